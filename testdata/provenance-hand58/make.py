#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand58 set (events, people and
companies invented; real media names appear as credits AND as uncredited mentions)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: a newspaper (Meißner Abendpost) is the SUBJECT: fined by a media regulator. Own report by
# Elbtal-Rundschau (decision seen, director + editor asked); en and uk credit Elbtal-Rundschau; ru
# (no date line) credits the in-corpus Northbridge Chronicle (chain); de Mainfelder Tagblatt credits
# dpa (second root). Uncredited mentions: the fined paper itself, its publisher as a company's
# owner, Deutschlandfunk (background interview), Spiegel ("wrote back in 2025"), Der Spiegel (2025).
story("s01_paper_fined_regulator", "own_report_with_relays", {
"00_de.txt": """Medienaufsicht verhängt 240.000 Euro Bußgeld gegen „Meißner Abendpost"
Elbtal-Rundschau
2027-04-06 09:15

Die Landesmedienanstalt Ostsachsen hat gegen die „Meißner Abendpost" ein Bußgeld von 240.000 Euro verhängt. Die Zeitung habe in ihrem Online-Angebot zwischen Mai 2025 und Oktober 2026 insgesamt 37 Artikel über den Bauträger Kornblum Wohnbau veröffentlicht, die von dem Unternehmen bezahlt, aber nicht als Werbung gekennzeichnet worden seien. Der 19-seitige Bescheid liegt der Elbtal-Rundschau vor.

„Leserinnen und Leser konnten nicht erkennen, dass sie Anzeigen lesen", sagte die Direktorin der Landesmedienanstalt, Brigitte Hallmann, der Elbtal-Rundschau. Es sei das höchste Bußgeld, das die Behörde je gegen ein Presseunternehmen verhängt habe.

Pikant: Kornblum Wohnbau gehört zu 30 Prozent dem Verlag der „Meißner Abendpost", der Nordmark Mediengruppe. Der Bauträger war im vergangenen Jahr zugleich der größte Anzeigenkunde des Blattes.

Chefredakteur Malte Risius kündigte auf Anfrage unserer Zeitung Widerspruch an. „Wir halten den Bescheid für falsch und werden ihn gerichtlich überprüfen lassen", sagte er. Noch im Januar hatte Risius dem Deutschlandfunk gesagt, sein Haus trenne Redaktion und Anzeigen „strikter als jede andere Zeitung in Sachsen".
""",
"01_en.txt": """German regional paper fined €240,000 over disguised property adverts
Northbridge Chronicle
2027-04-06T15:40:00+01:00

A media regulator in eastern Germany has fined the Meißner Abendpost, a regional daily, €240,000 for running 37 paid articles about a property developer without labelling them as advertising, the Dresden regional newspaper Elbtal-Rundschau reported on Tuesday, citing the regulator's decision, which it has seen.

The articles, published online between May 2025 and October 2026, promoted housing projects by Kornblum Wohnbau, a developer that is 30 per cent owned by the paper's own publisher, Nordmark Mediengruppe. "Readers could not tell that they were reading adverts," the regulator's director, Brigitte Hallmann, told the Elbtal-Rundschau.

The Meißner Abendpost's editor-in-chief, Malte Risius, told the Elbtal-Rundschau he would appeal. In January, Risius told Deutschlandfunk that his newsroom kept advertising and journalism apart more strictly than any other paper in Saxony.

German publishers have leaned increasingly on sponsored content as print revenue has fallen, a trend the Chronicle has covered for several years.
""",
"02_uk.txt": """Німецьку регіональну газету оштрафували на 240 тисяч євро за приховану рекламу
Вечірній Поділ
06.04.2027 17:20

Медійний регулятор на сході Німеччини оштрафував регіональну газету «Майсенер Абендпост» на 240 тисяч євро. Про це повідомила дрезденська регіональна газета Elbtal-Rundschau, яка ознайомилася з рішенням регулятора.

За інформацією видання, газета опублікувала на своєму сайті 37 оплачених статей про забудовника Kornblum Wohnbau, не позначивши їх як рекламу. Забудовник на 30 відсотків належить видавцеві самої газети.

«Читачі не могли зрозуміти, що читають рекламу», — сказала виданню директорка регулятора Бригітте Гальман.

Як писав Spiegel ще 2025 року, регіональні газети Німеччини дедалі частіше заробляють на спонсорованих матеріалах.
""",
"03_ru.txt": """Немецкую газету оштрафовали на 240 тысяч евро за скрытую рекламу застройщика
Новый Перекат

Региональная медиаслужба на востоке Германии наложила штраф в 240 тысяч евро на газету «Майсенер Абендпост» за 37 статей о застройщике Kornblum Wohnbau, которые были оплачены, но не помечены как реклама. Об этом сообщила британская газета Northbridge Chronicle.

По данным издания, застройщик на 30 процентов принадлежит издателю самой газеты. Главный редактор «Майсенер Абендпост» Мальте Ризиус намерен обжаловать штраф.

Ещё в январе Ризиус уверял в эфире Deutschlandfunk, что его редакция строже всех в Саксонии отделяет журналистику от рекламы.
""",
"04_de.txt": """Schleichwerbung: Bußgeld gegen Meißner Zeitung
Mainfelder Tagblatt
6. April 2027

Die Landesmedienanstalt Ostsachsen hat gegen die „Meißner Abendpost" ein Bußgeld in Höhe von 240.000 Euro verhängt, wie die Deutsche Presse-Agentur (dpa) meldet. Grund seien bezahlte, aber nicht gekennzeichnete Artikel über einen Bauträger.

Ein Sprecher der Behörde sagte der dpa, die Zeitung habe über anderthalb Jahre hinweg „systematisch" gegen das Trennungsgebot verstoßen. Der Verlag äußerte sich zunächst nicht.

Der Spiegel hatte bereits 2025 über ähnliche Praktiken bei ostdeutschen Lokalblättern berichtet.
""",
}, [{"name": "Elbtal-Rundschau", "in_corpus": True},
    {"name": "Deutsche Presse-Agentur", "in_corpus": False}],
[{"origin": "Elbtal-Rundschau", "article": "01_en.txt"},
 {"origin": "Elbtal-Rundschau", "article": "02_uk.txt"},
 {"origin": "Northbridge Chronicle", "article": "03_ru.txt"},
 {"origin": "Deutsche Presse-Agentur", "article": "04_de.txt"}],
[{"text": "The Ostsachsen media regulator fined the Meißner Abendpost €240,000 for undeclared paid articles.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 2},
 {"text": "Editor-in-chief Malte Risius will appeal the fine.",
  "articles": ["00_de.txt", "01_en.txt", "03_ru.txt"], "independent_sources": 1}])

# s02: the broadcaster IS the source: a minister announces closures "during a debate on ZDF" and
# nobody else is named, so ZDF is an out-of-corpus origin with edges to every article that takes the
# statement from the broadcast. ru credits the in-corpus Mainfelder Tagblatt (which itself names ZDF):
# edge from Mainfelder Tagblatt only. de Elbtal-Rundschau relays ZDF and adds its own confirmation
# from the ministry (second root). Uncredited: "hatte der Zeit … gesagt", "a former Financial Times
# Berlin correspondent" (the host's former employer), "в интервью Bild" (background).
story("s02_zdf_debate_maternity_wards", "broadcast_source", {
"00_de.txt": """Seelbach: 14 Geburtsstationen in Thüringen sollen schließen
Mainfelder Tagblatt
2027-04-16 07:30

Thüringens Gesundheitsministerin Dagmar Seelbach will bis 2029 14 der 31 Geburtsstationen im Land schließen lassen. Das sagte die Ministerin am Donnerstagabend in einer Diskussionsrunde im ZDF. Kleine Abteilungen mit weniger als 300 Geburten im Jahr seien „weder personell noch finanziell zu halten".

Die Hebammen der betroffenen Häuser sollen nach Seelbachs Worten Stellen in größeren Kliniken angeboten bekommen. Welche Standorte betroffen sind, ließ sie in der Sendung offen.

Noch im vergangenen Herbst hatte Seelbach der Zeit gesagt, in Thüringen werde „keine einzige Geburtsstation" geschlossen. Der Landeshebammenverband sprach am Freitag von einem „Wortbruch".
""",
"01_en.txt": """Harwick's twin town could lose its maternity ward under German cuts
The Harwick Courier
16 April 2027

Fourteen of the 31 maternity wards in the German state of Thuringia, possibly including the one in Harwick's twin town of Wölfersroda, are to close by 2029, the state's health minister, Dagmar Seelbach, said during a televised debate on ZDF, Germany's public broadcaster, on Thursday night.

Pressed by the programme's host, a former Financial Times Berlin correspondent, Seelbach said units delivering fewer than 300 babies a year could not be staffed or funded. Midwives at the affected units would be offered jobs at larger hospitals, she said.

She did not say which hospitals would be affected. The Wölfersroda unit delivered 212 babies last year, according to figures published by the town.

Members of the Harwick Twinning Association said they would write to the minister.
""",
"02_uk.txt": """У Тюрингії закриють майже половину пологових відділень
Сіверський край
2027-04-16T10:05:00+03:00

До 2029 року в німецькій землі Тюрингія закриють 14 із 31 пологового відділення. Про це заявила міністерка охорони здоров'я землі Дагмар Зеельбах під час теледебатів на німецькому телеканалі ZDF у четвер увечері.

За словами міністерки, невеликі відділення, де приймають менше 300 пологів на рік, неможливо забезпечити ні персоналом, ні грошима. Акушеркам запропонують роботу у великих клініках.

У Тюрингії живуть понад 20 тисяч українців, які виїхали від війни.
""",
"03_ru.txt": """В Тюрингии закроют 14 родильных отделений
Вечерний Затон
16.04.2027 14:50

Власти немецкой земли Тюрингия намерены до 2029 года закрыть 14 из 31 родильного отделения, пишет немецкая газета «Майнфельдер Тагблатт». Как уточняет издание, министр здравоохранения Дагмар Зеельбах заявила об этом в эфире ZDF.

По словам министра, акушеркам закрываемых отделений предложат работу в крупных клиниках.

Ещё год назад в интервью Bild Зеельбах обещала, что ни одно родильное отделение в земле не закроется.
""",
"04_de.txt": """Ministerium bestätigt: Auch Wölfersroda und Kahla-Ost betroffen
Elbtal-Rundschau
2027-04-17 08:45

Die Ankündigung von Thüringens Gesundheitsministerin Dagmar Seelbach, bis 2029 14 der 31 Geburtsstationen im Land zu schließen, wird konkret. Seelbach hatte die Zahl am Donnerstag in einer Talkrunde im ZDF genannt.

Auf Nachfrage der Elbtal-Rundschau bestätigte ein Ministeriumssprecher am Freitag die Zahl und nannte erstmals Standorte: Betroffen sind unter anderem die Stationen in Wölfersroda und Kahla-Ost, beide nahe der sächsischen Grenze. „Die Liste ist abgestimmt", sagte der Sprecher unserer Zeitung.

Schwangere aus dem Raum Wölfersroda müssten künftig bis zu 50 Kilometer fahren, sagte die Hebamme Jana Korbmacher der Elbtal-Rundschau.
""",
}, [{"name": "ZDF", "in_corpus": False},
    {"name": "Elbtal-Rundschau", "in_corpus": True}],
[{"origin": "ZDF", "article": "00_de.txt"},
 {"origin": "ZDF", "article": "01_en.txt"},
 {"origin": "ZDF", "article": "02_uk.txt"},
 {"origin": "Mainfelder Tagblatt", "article": "03_ru.txt"},
 {"origin": "ZDF", "article": "04_de.txt"}],
[{"text": "Thuringia's health minister Dagmar Seelbach said 14 of the state's 31 maternity wards will close by 2029.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_de.txt"], "independent_sources": 2},
 {"text": "Midwives at the closing wards will be offered jobs at larger hospitals.",
  "articles": ["00_de.txt", "01_en.txt", "02_uk.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "The ministry confirmed the wards in Wölfersroda and Kahla-Ost are among those to close.",
  "articles": ["04_de.txt"], "independent_sources": 1}])

# s03: own report by Сіверський край (correspondent on site); en credits it and names the owner as
# "a former Reuters correspondent" who "told the BBC last year" (background, no edge); ru credits
# Reuters for real (second root); de has no outlet line (title suffix) and credits Siwerskyj Kraj,
# mentioning an Arte documentary (uncredited).
story("s03_grain_terminal_fire", "own_report_with_relays", {
"00_uk.txt": """У Придунайську згоріли 12 тисяч тонн соняшнику
Сіверський край
2027-04-20T06:40:00+03:00

У ніч на вівторок на зерновому терміналі Danube Grain Hub у Придунайську на Одещині сталася пожежа. Згоріло близько 12 тисяч тонн насіння соняшнику, зруйновано два силоси. Кореспондент «Сіверського краю» бачив, як вогнеборці ще о шостій ранку заливали тліюче зерно.

Директор термінала Василь Гончарук розповів нашому кореспондентові, що вогонь, імовірно, спричинило коротке замикання на стрічковому конвеєрі. «За кілька хвилин полум'я перекинулося на силоси», — сказав він. Ніхто не постраждав.

Термінал належить данцеві Томасу Рейнгольту, колишньому кореспондентові Reuters, який купив його 2022 року. Збитки ще не підраховані.
""",
"01_en.txt": """Fire destroys 12,000 tonnes of sunflower seed at Danube grain terminal
The Harwick Courier
20 April 2027

A fire at the Danube Grain Hub terminal in the Ukrainian port town of Prydunaisk destroyed about 12,000 tonnes of sunflower seed overnight into Tuesday, the Ukrainian regional outlet Siverskyi Krai reported. Its correspondent saw firefighters still dousing smouldering grain at 6 a.m.

The terminal's director, Vasyl Honcharuk, told Siverskyi Krai that a short circuit on a conveyor belt was the likely cause. Nobody was hurt.

The terminal belongs to Tomas Reinholt, a Danish former Reuters correspondent who bought it in 2022. Reinholt told the BBC last year that the terminal had "survived everything the war has thrown at it". Reinholt studied at Harwick College in the 1990s.
""",
"02_ru.txt": """Пожар на зерновом терминале в Одесской области уничтожил 12 тысяч тонн семечки
Новый Перекат
20.04.2027 12:30

На зерновом терминале Danube Grain Hub в городе Придунайск Одесской области сгорели около 12 тысяч тонн семян подсолнечника, сообщает агентство Reuters со ссылкой на региональное управление ГСЧС Украины.

По данным агентства, огонь удалось локализовать к утру вторника, пострадавших нет. Причины пожара устанавливаются. Терминал в прошлом году перевалил около 900 тысяч тонн зерна.
""",
"03_de.txt": """Großbrand in ukrainischem Donauhafen: 12.000 Tonnen Sonnenblumenkerne verbrannt | Elbtal-Rundschau
2027-04-20 16:10

Im ukrainischen Donauhafen Prydunajsk sind bei einem Brand in einem Getreideterminal rund 12.000 Tonnen Sonnenblumenkerne verbrannt, berichtet das ukrainische Regionalportal Siwerskyj Kraj. Ein Reporter des Portals war am Morgen vor Ort.

Als Ursache vermutet der Terminalchef Wassyl Hontscharuk einen Kurzschluss an einem Förderband. Verletzt wurde niemand.

Das Terminal war 2025 in einer Arte-Dokumentation über den Getreidehandel auf der Donau zu sehen. Über den Hafen läuft auch ein Teil der Sonnenblumenöl-Importe sächsischer Lebensmittelhersteller.
""",
}, [{"name": "Сіверський край", "in_corpus": True},
    {"name": "Reuters", "in_corpus": False}],
[{"origin": "Сіверський край", "article": "01_en.txt"},
 {"origin": "Reuters", "article": "02_ru.txt"},
 {"origin": "Сіверський край", "article": "03_de.txt"}],
[{"text": "A fire at the Danube Grain Hub terminal in Prydunaisk destroyed about 12,000 tonnes of sunflower seed.",
  "articles": ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "The terminal director blamed a short circuit on a conveyor belt.",
  "articles": ["00_uk.txt", "01_en.txt", "03_de.txt"], "independent_sources": 1}])

# s04: a newspaper raided and its editor resigning. Own report by Вечерний Затон (correspondent at
# the office, editor confirms); uk credits Вечерний Затон AND the editor's own Telegram post (two
# edges); en credits Vecherny Zaton, with "as The Economist noted back in 2023" and "told the BBC last
# year" (background); de takes only the Telegram post, with a 2025 taz interview (background); ru
# 04 is an uncredited rewrite of Вечерний Затон. The raided paper is named everywhere as subject.
story("s04_paper_raided_editor_resigns", "own_report_telegram_and_copy", {
"00_ru.txt": """Следователи пришли в «Ольшанский курьер». Главный редактор уходит
Вечерний Затон
22.04.2027 18:10

Сотрудники Следственного комитета в среду провели обыск в редакции газеты «Ольшанский курьер». Корреспондент «Вечернего Затона» находился у здания редакции, когда около 11 утра туда вошли восемь человек в штатском. Обыск закончился только к пяти часам вечера.

По словам сотрудников газеты, следователи изъяли 11 компьютеров и сервер редакции. Основанием для обыска, как сказали нашему корреспонденту в редакции, стало дело о «неуплате налогов» издательством.

Главный редактор «Ольшанского курьера» Галина Стрельцова подтвердила «Вечернему Затону», что уходит с поста. «Я не хочу, чтобы из-за меня закрыли газету», — сказала она.

В интервью «Дождю» в 2025 году Стрельцова говорила, что газета живёт на подписку и не берёт рекламу у городской администрации.
""",
"01_uk.txt": """У Росії після обшуку пішла з посади редакторка незалежної газети
Вечірній Поділ
22.04.2027 21:35

У російському місті Ольшанськ слідчі провели обшук у редакції газети «Ольшанский курьер». Як повідомило російськомовне видання «Вечерний Затон», кореспондент якого був біля будівлі редакції, обшук почався близько 11 ранку.

Сама головна редакторка газети Галина Стрельцова написала у своєму Telegram-каналі, що обшук тривав шість годин і що вона залишає посаду. «Це моє рішення, ніхто мене не змушував», — написала вона.

«Ольшанский курьер» виходить з 1994 року і вважається однією з останніх незалежних місцевих газет у регіоні.
""",
"02_en.txt": """Editor of Russian local paper quits after investigators raid newsroom
Northbridge Chronicle
2027-04-23T08:00:00+01:00

Investigators searched the newsroom of Olshansky Kuryer, an independent local paper in the Russian town of Olshansk, on Wednesday, and its editor-in-chief, Galina Streltsova, said she was stepping down, the Russian-language outlet Vecherny Zaton reported. Its correspondent was outside the building as the search began.

Investigators took away 11 computers and the paper's server, Vecherny Zaton reported. Streltsova confirmed her resignation to the outlet, saying she did not want the paper to be closed because of her.

As The Economist noted back in 2023, Russia's few remaining independent local papers have survived mostly on reader subscriptions. Streltsova told the BBC last year that the Kuryer had "never taken a rouble from city hall".
""",
"03_de.txt": """Chefredakteurin von russischer Lokalzeitung tritt nach Durchsuchung zurück
Mainfelder Tagblatt
23. April 2027

Nach einer Durchsuchung der Redaktion tritt die Chefredakteurin der russischen Lokalzeitung „Olschanski Kurjer", Galina Strelzowa, zurück. Die Ermittler seien sechs Stunden lang in den Räumen gewesen, schrieb Strelzowa am Mittwochabend auf Telegram. „Es ist meine Entscheidung, niemand hat mich gezwungen."

In einem Interview mit der taz hatte Strelzowa 2025 gesagt, sie rechne jeden Monat mit einer Durchsuchung. Die Zeitung erscheint seit 1994.
""",
"04_ru.txt": """Обыск в «Ольшанском курьере»: изъяты компьютеры, редактор уходит
Новый Перекат
2027-04-23 09:20

В среду в редакции ольшанской газеты «Ольшанский курьер» прошёл обыск: около 11 утра туда вошли восемь сотрудников Следственного комитета, обыск закончился к пяти вечера.

Следователи изъяли 11 компьютеров и сервер редакции. Поводом стало дело о неуплате налогов издательством.

Главный редактор газеты Галина Стрельцова уходит с поста. «Я не хочу, чтобы из-за меня закрыли газету», — пояснила она.
""",
}, [{"name": "Вечерний Затон", "in_corpus": True},
    {"name": "Галина Стрельцова", "in_corpus": False}],
[{"origin": "Вечерний Затон", "article": "01_uk.txt"},
 {"origin": "Галина Стрельцова", "article": "01_uk.txt"},
 {"origin": "Вечерний Затон", "article": "02_en.txt"},
 {"origin": "Галина Стрельцова", "article": "03_de.txt"},
 {"origin": "Вечерний Затон", "article": "04_ru.txt"}],
[{"text": "Investigators searched the newsroom of the Olshansky Kuryer newspaper.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_ru.txt"], "independent_sources": 2},
 {"text": "Editor-in-chief Galina Streltsova is stepping down.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_ru.txt"], "independent_sources": 2},
 {"text": "Investigators seized 11 computers and the newsroom server.",
  "articles": ["00_ru.txt", "02_en.txt", "04_ru.txt"], "independent_sources": 1}])

# s05: own report by The Harwick Courier; BBC Sport as a real out-of-corpus credit (second root).
# Uncredited: the sponsor "majority-owned by the regional broadcaster Dales TV" (outlet as owner),
# "advertised heavily on Eurosport" (outlet as ad venue), a rider's interview with Суспільне last
# year (background), "a former Sky Sports commentator" (former employer). 04 has no outlet line
# (title suffix "| Northbridge Chronicle").
story("s05_cycle_race_cancelled", "own_report_and_agency", {
"00_en.txt": """Tour of the Harwick Dales cancelled after betting sponsor pulls out
The Harwick Courier
2027-05-03 11:00

This year's Tour of the Harwick Dales, the three-day cycle race that brings about 40,000 spectators to the valley every June, has been cancelled after its title sponsor, the betting firm Quickstake, withdrew its backing.

Margaret Elwood, chair of the Harwick Dales Cycling Trust, which organises the race, told the Courier that Quickstake still owed the trust £400,000 from last year's event. "We cannot stage a race on promises," she said at the trust's office on Market Street.

Quickstake, which is majority-owned by the regional broadcaster Dales TV, said in an email that it was "reviewing its sponsorship portfolio". The firm advertised heavily on Eurosport during last year's Tour de France.

The race was won last year by the Ukrainian rider Andriy Moroz.
""",
"01_de.txt": """Britisches Etappenrennen abgesagt – auch Team Elbsandstein betroffen
Elbtal-Rundschau
03.05.2027 16:45

Die diesjährige Tour of the Harwick Dales in Nordengland ist abgesagt. Das berichtet die britische Lokalzeitung Harwick Courier. Hauptsponsor, der Wettanbieter Quickstake, sei ausgestiegen und schulde dem Veranstalter noch 400.000 Pfund aus dem Vorjahr, sagte die Vorsitzende des Organisationskomitees, Margaret Elwood, dem Blatt.

Quickstake hatte zuletzt vor allem rund um die Eurosport-Übertragungen der Tour de France geworben.

Für das Dresdner Kontinentalteam Elbsandstein war die dreitägige Rundfahrt im Juni der wichtigste Saisontermin in Großbritannien.
""",
"02_uk.txt": """У Британії скасували велогонку, яку торік виграв українець Андрій Мороз
Сіверський край
3 травня 2027

Багатоденну велогонку Tour of the Harwick Dales в Англії цього року скасували, бо з неї вийшов головний спонсор — букмекерська компанія Quickstake. Про це повідомляє BBC Sport.

Голова організаційного комітету Маргарет Елвуд сказала BBC Sport, що без титульного спонсора провести гонку неможливо.

Торік перегони виграв українець Андрій Мороз. В інтерв'ю «Суспільному» минулої осені він казав, що хоче захистити титул.
""",
"03_ru.txt": """В Англии отменили веломногодневку из-за ухода букмекера
Новый Перекат
2027-05-04T07:15:00+03:00

Организаторы английской веломногодневки Tour of the Harwick Dales отменили гонку этого года, пишет британская газета Harwick Courier. Титульный спонсор, букмекерская компания Quickstake, отказался от поддержки и, по словам организаторов, до сих пор должен им 400 тысяч фунтов за прошлый год.

Quickstake на 60 процентов принадлежит региональному телеканалу Dales TV.

Прошлогоднюю гонку выиграл украинец Андрей Мороз.
""",
"04_en.txt": """Harwick Dales race off as Quickstake ends deal | Northbridge Chronicle

The Tour of the Harwick Dales will not take place this year after the betting company Quickstake ended its title sponsorship, BBC Sport reported on Monday.

"Without a title partner there is simply no race," the organising trust's chair, Margaret Elwood, told BBC Sport.

Race director Colin Ashby, a former Sky Sports commentator, said the trust hoped to return in 2028.
""",
}, [{"name": "The Harwick Courier", "in_corpus": True},
    {"name": "BBC Sport", "in_corpus": False}],
[{"origin": "The Harwick Courier", "article": "01_de.txt"},
 {"origin": "BBC Sport", "article": "02_uk.txt"},
 {"origin": "The Harwick Courier", "article": "03_ru.txt"},
 {"origin": "BBC Sport", "article": "04_en.txt"}],
[{"text": "The Tour of the Harwick Dales was cancelled after title sponsor Quickstake withdrew.",
  "articles": ["00_en.txt", "01_de.txt", "02_uk.txt", "03_ru.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "Quickstake still owes the organisers £400,000 from last year.",
  "articles": ["00_en.txt", "01_de.txt", "03_ru.txt"], "independent_sources": 1}])

# s06: a newspaper SOLD, and the sold paper is itself in the corpus: Вечірній Поділ announces its own
# sale (own origin); en credits the announcement (edge from Вечірній Поділ); ru and de
# credit Interfax-Ukraine and name Вечірній Поділ only as the subject; Сіверський край does its own
# interview with the editor (third root) and names the paper only as subject. Uncredited: "бывший
# продюсер «1+1»" (former employer), "As the Financial Times noted in 2024", "said in a 2025 interview
# with Der Spiegel", DW Akademie, Радіо Свобода (background).
story("s06_paper_sold", "self_announcement_agency_and_own", {
"00_uk.txt": """«Вечірній Поділ» має нового власника. Звернення до читачів
Вечірній Поділ
2027-05-10 08:00

Шановні читачі! Редакція «Вечірнього Подолу» повідомляє, що 7 травня видавництво газети продали компанії «Дніпро Капітал Медіа», яка належить київському підприємцеві Арсену Коваляку. Суму угоди сторони за домовленістю не розголошують.

Головною редакторкою залишається Ірина Гнатюк, усі 23 працівники редакції зберігають роботу. Новий власник письмово зобов'язався не втручатися в редакційну політику.

«Ми тридцять років виходили без олігархів і сподіваємося, що так і буде далі», — пише Ірина Гнатюк.
""",
"01_ru.txt": """Киевскую газету «Вечирний Подол» купил бизнесмен Арсен Коваляк
Вечерний Затон
10.05.2027 12:40

Киевская газета «Вечирний Подол» продана компании «Днипро Капитал Медиа» предпринимателя Арсена Коваляка, сообщает агентство «Интерфакс-Украина» со ссылкой на выписку из госреестра.

Коваляк в прошлом работал продюсером на телеканале «1+1», а затем основал сеть коворкингов. Сумма сделки, по данным агентства, не раскрывается.
""",
"02_en.txt": """Kyiv's Vechirnii Podil sold to former TV producer
Northbridge Chronicle
2027-05-10T13:25:00+01:00

Vechirnii Podil, one of Kyiv's oldest independent newspapers, has been sold to Dnipro Kapital Media, a company owned by the businessman Arsen Kovalyk, the paper announced in a front-page note to its readers on Monday.

Iryna Hnatiuk will remain editor-in-chief and all 23 newsroom staff will keep their jobs, Vechirnii Podil said, adding that the new owner had pledged in writing not to interfere with its editorial line.

As the Financial Times noted in 2024, Ukraine's regional and city press has survived the war largely on donor grants. Kovalyk said in a 2025 interview with Der Spiegel that he wanted to own "a paper with a soul".
""",
"03_de.txt": """Kiewer Traditionszeitung verkauft
Mainfelder Tagblatt
10.05.2027 15:00

Die Kiewer Zeitung „Wetschirnij Podil" ist an die Firma Dnipro Kapital Media des Unternehmers Arsen Kowaljak verkauft worden. Das meldet die ukrainische Nachrichtenagentur Interfax-Ukraine unter Berufung auf das staatliche Handelsregister.

Die 1997 gegründete Zeitung hatte 2023 ein Fortbildungsprogramm der DW Akademie durchlaufen. Ein Kaufpreis wurde nicht genannt.
""",
"04_uk.txt": """Гнатюк: новий власник «Вечірнього Подолу» не читатиме текстів до друку
Сіверський край
10 травня 2027

Головна редакторка київської газети «Вечірній Поділ» Ірина Гнатюк розповіла «Сіверському краю», що залишається на посаді після продажу видання компанії «Дніпро Капітал Медіа» Арсена Коваляка.

«У договорі прямо записано: власник не бачить текстів до публікації. Якщо це порушать — я піду першою», — сказала Гнатюк нашій кореспондентці.

Торік в інтерв'ю Радіо Свобода Гнатюк казала, що газета протримається без інвестора щонайбільше два роки.
""",
}, [{"name": "Вечірній Поділ", "in_corpus": True},
    {"name": "Interfax-Ukraine", "in_corpus": False},
    {"name": "Сіверський край", "in_corpus": True}],
[{"origin": "Interfax-Ukraine", "article": "01_ru.txt"},
 {"origin": "Вечірній Поділ", "article": "02_en.txt"},
 {"origin": "Interfax-Ukraine", "article": "03_de.txt"}],
[{"text": "The Kyiv newspaper Vechirnii Podil was sold to Arsen Kovalyk's company Dnipro Kapital Media.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_uk.txt"], "independent_sources": 3},
 {"text": "Iryna Hnatiuk remains editor-in-chief after the sale.",
  "articles": ["00_uk.txt", "02_en.txt", "04_uk.txt"], "independent_sources": 2}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
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
        stories.append({"id": id, "scenario": scenario, "articles": sorted(arts),
                        "origins": origins, "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 58 (invented events; real media named as "
                       "credits and as uncredited subjects/background/owners); see README.md.",
              "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
