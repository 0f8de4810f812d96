#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand27 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus): return {"name": name, "in_corpus": in_corpus}
def R(origin, article): return {"origin": origin, "article": article}
def C(text, articles, n): return {"text": text, "articles": articles, "independent_sources": n}

# s01: UK paper The Harrowgate Ledger (outside) reports Veldania ready to cede the Sarnat corridor,
# citing anonymous officials + one anonymous source. uk relay ("пише", "як зазначає видання",
# "наголошують автори статті", title suffix, lost spaces after full stops); en relays it "as relayed
# by" the uk outlet (edge from Ранковий Шлях); uk (no date) "з посиланням на"; ru; de.
story("s01_ledger_corridor_concession", "chain", {
"00_uk.txt": """Уряд Вельданії готовий поступитися Сарнатським коридором – The Harrowgate Ledger
Ранковий Шлях
2027-03-11 09:40

Уряд Вельданії готовий передати під спільний контроль Сарнатський коридор, якщо це дозволить відновити переговори з Острелією, пише британська газета The Harrowgate Ledger з посиланням на поінформованих посадовців.Як зазначає видання, відповідну пропозицію прем'єр-міністр Ірена Волош обговорювала з міністрами у четвер на закритій нараді.

«Ми розуміємо, що без коридору жодної угоди не буде. Питання лише в тому, як це подати виборцям», – цитує газета одного з учасників наради, який побажав залишитися анонімним.Наголошують автори статті, що офіційно уряд поки не підтверджує цих планів.

За даними The Harrowgate Ledger, коридор може перейти під нагляд змішаної комісії вже до кінця травня.Видання зазначає, що опозиція назвала таку поступку «капітуляцією».

Офіційний представник уряду Вельданії Марек Тульчин відмовився коментувати публікацію.
""",
"01_en.txt": """Veldania ready to give up control of Sarnat corridor, UK paper says
Eastbrook Monitor
2027-03-11T14:05:00+00:00

The government of Veldania is prepared to place the Sarnat corridor under joint control if that would restart talks with Ostrelia, the British newspaper The Harrowgate Ledger reported, as relayed by the Ukrainian outlet Rankovyi Shliakh.

Prime Minister Irena Volosh discussed the proposal with ministers at a closed meeting on Thursday, the Ledger wrote, citing officials familiar with the matter.One participant, who asked not to be named, was quoted as saying: "We understand there is no deal without the corridor. The only question is how to sell it to voters."

The corridor could be handed to a mixed commission by the end of May, the paper said.The authors stress that the government has not officially confirmed the plans.

Government spokesman Marek Tulchyn declined to comment.
""",
"02_uk.txt": """Вельданія може віддати Сарнатський коридор під спільний контроль
Вечірній Перевал

Уряд Вельданії розглядає можливість передати Сарнатський коридор під спільний контроль заради відновлення переговорів з Острелією. Про це повідомляє «Ранковий Шлях» з посиланням на британську газету The Harrowgate Ledger.

За даними видання, прем'єрка Ірена Волош обговорювала пропозицію з міністрами на закритій нараді.Коридор може перейти під нагляд змішаної комісії до кінця травня.

«Без коридору жодної угоди не буде», – сказав газеті анонімний учасник наради.

Уряд публікацію не коментує.
""",
"03_ru.txt": """СМИ: Вельдания готова уступить Сарнатский коридор
Северный Вестник
11.03.2027 16:20

Правительство Вельдании готово передать Сарнатский коридор под совместный контроль ради возобновления переговоров с Острелией, пишет британская газета The Harrowgate Ledger со ссылкой на осведомлённых чиновников.

Как отмечает издание, премьер-министр Ирена Волош обсуждала это предложение с министрами на закрытом совещании в четверг. «Без коридора никакой сделки не будет. Вопрос лишь в том, как подать это избирателям», – приводит газета слова одного из участников, пожелавшего остаться неизвестным.

Официально правительство эти планы не подтверждает, подчёркивают авторы статьи.
""",
"04_de.txt": """Bericht: Veldanien zu Zugeständnis beim Sarnat-Korridor bereit
Moorbacher Rundschau
Thu, 11 Mar 2027 18:30:00 +0000

Die Regierung Veldaniens ist nach einem Bericht der britischen Zeitung The Harrowgate Ledger bereit, den Sarnat-Korridor unter gemeinsame Kontrolle zu stellen, um die Gespräche mit Ostrelien wieder in Gang zu bringen. Das Blatt beruft sich auf namentlich nicht genannte Regierungsbeamte.

Ministerpräsidentin Irena Wolosch habe den Vorschlag am Donnerstag in einer geschlossenen Sitzung mit Ministern besprochen, schreibt die Zeitung. „Ohne den Korridor gibt es keinen Deal", zitiert sie einen anonymen Teilnehmer.

Ein Regierungssprecher wollte sich nicht äußern.
""",
}, [O("The Harrowgate Ledger", False)],
[R("The Harrowgate Ledger", "00_uk.txt"), R("Ранковий Шлях", "01_en.txt"), R("Ранковий Шлях", "02_uk.txt"),
 R("The Harrowgate Ledger", "03_ru.txt"), R("The Harrowgate Ledger", "04_de.txt")],
[C("The government of Veldania is ready to place the Sarnat corridor under joint control to restart talks with Ostrelia.",
   ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_de.txt"], 1)])

# s02: German daily Kieferstädter Allgemeine (outside) -> uk -> en -> ru (relay of relay of relay);
# second en credits the German paper directly ("last weekend", "the newspaper notes").
story("s02_allgemeine_border_trucks", "chain", {
"00_uk.txt": """Морванія взимку закриє пункт пропуску Листвин для вантажівок – ЗМІ
Ранковий Шлях
2027-03-15 08:15

Уряд Морванії планує з грудня закрити пункт пропуску Листвин для вантажівок на всю зиму, повідомляє німецьке видання Kieferstädter Allgemeine з посиланням на дипломатів двох країн.Видання зазначає, що рішення ухвалили минулих вихідних після скарг місцевих громад на затори.

За даними газети, вантажний рух мають перенаправити на пункт Горбки, розташований за 60 кілометрів.Автори матеріалу наголошують, що перевізників досі офіційно не попередили.
""",
"01_en.txt": """Morvania to shut Lystvyn crossing to lorries for winter
The Coldharbour Times
2027-03-15T12:30:00+00:00

Morvania plans to close the Lystvyn border crossing to lorries for the whole winter from December, the Ukrainian news site Rankovyi Shliakh reported, citing the German daily Kieferstädter Allgemeine.

Freight would be diverted to the Horbky crossing, about 60 kilometres away, the site said. Hauliers have not yet been formally notified.
""",
"02_ru.txt": """Морвания на зиму закроет для фур пункт пропуска Листвин
Северный Вестник
15.03.2027 17:45

Морвания с декабря закроет пункт пропуска Листвин для грузовиков на всю зиму, сообщает британское издание The Coldharbour Times со ссылкой на украинский сайт «Ранковий Шлях».

Грузовой поток, по данным издания, перенаправят на пункт Горбки в 60 километрах. Перевозчиков официально пока не уведомили.
""",
"03_en.txt": """Lystvyn crossing to close to trucks this winter, German paper says
Eastbrook Monitor
2027-03-15T19:10:00+00:00

Morvania will close the Lystvyn border crossing to heavy goods vehicles from December until spring, the German daily Kieferstädter Allgemeine reported, citing diplomats from both countries. The decision was taken last weekend after local communities complained about queues, the newspaper notes.

Trucks are to be diverted to Horbky, 60 kilometres to the south. The paper stresses that haulage firms have not been officially informed.
""",
}, [O("Kieferstädter Allgemeine", False)],
[R("Kieferstädter Allgemeine", "00_uk.txt"), R("Ранковий Шлях", "01_en.txt"), R("The Coldharbour Times", "02_ru.txt"),
 R("Kieferstädter Allgemeine", "03_en.txt")],
[C("Morvania will close the Lystvyn border crossing to lorries for the winter from December.",
   ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], 1)])

# s03: governor's Telegram post relayed with no medium credited (origin = the person, outside);
# en relay of the en relay ("as reported by Eastbrook Monitor").
story("s03_governor_post_depot_fire", "official_post", {
"00_uk.txt": """У Підліссі горить нафтобаза, 40 домогосподарств без газу
Вечірній Перевал
2027-03-18 07:50

У Підліссі вночі загорілася нафтобаза, через пожежу 40 домогосподарств тимчасово залишилися без газу. Про це написав у Telegram голова обласної адміністрації Остап Гребенюк.

«Рятувальники працюють на місці. Загрози для житлових будинків немає», – зазначив він. За словами Гребенюка, газопостачання відновлять до вечора.
""",
"01_en.txt": """Fuel depot fire in Pidlissia cuts gas to 40 homes
Eastbrook Monitor
2027-03-18T09:30:00+00:00

A fire broke out overnight at a fuel depot in Pidlissia, leaving 40 households without gas, regional governor Ostap Hrebeniuk said in a Telegram post on Thursday morning.

"Rescuers are on site. There is no threat to residential buildings," Hrebeniuk wrote. Gas supply should be restored by the evening, he added.
""",
"02_ru.txt": """В Подлесье загорелась нефтебаза
Северный Вестник
18.03.2027 10:05

В Подлесье ночью загорелась нефтебаза, без газа остались 40 домохозяйств, написал в Telegram глава областной администрации Остап Гребенюк. По его словам, угрозы жилым домам нет, газ дадут к вечеру.
""",
"03_en.txt": """Depot blaze leaves Pidlissia homes without gas
The Coldharbour Times
2027-03-18T13:00:00+00:00

Forty households in Pidlissia were left without gas after a fire at a fuel depot overnight, as reported by Eastbrook Monitor. The regional governor said there was no threat to homes and that gas would be back by the evening.
""",
}, [O("Ostap Hrebeniuk", False)],
[R("Ostap Hrebeniuk", "00_uk.txt"), R("Ostap Hrebeniuk", "01_en.txt"), R("Ostap Hrebeniuk", "02_ru.txt"),
 R("Eastbrook Monitor", "03_en.txt")],
[C("A fire at a fuel depot in Pidlissia left 40 households without gas.",
   ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_en.txt"], 1)])

# s04: hospital director's quote given to Вечірній Перевал = its own reporting; three relays.
story("s04_own_quote_maternity_ward", "own_report", {
"00_uk.txt": """Пологове відділення лікарні в Ясенах закриють з квітня
Вечірній Перевал
2027-03-20 11:00

Пологове відділення районної лікарні в Ясенах припинить роботу з 1 квітня через брак лікарів. Про це «Вечірньому Перевалу» розповів директор лікарні Богдан Кушнір.

«У нас залишився один акушер-гінеколог, і йому 71 рік. Ми не можемо ризикувати», – сказав Кушнір нашому кореспондентові. Породіль направлятимуть до обласного перинатального центру.
""",
"01_en.txt": """Yaseny hospital to close maternity ward over doctor shortage
The Coldharbour Times
2027-03-20T15:20:00+00:00

The district hospital in Yaseny will close its maternity ward on 1 April because it has run out of doctors, director Bohdan Kushnir told the Ukrainian outlet Vechirnii Pereval. "We have one obstetrician left, and he is 71," Kushnir said.
""",
"02_uk.txt": """У Ясенах закривають пологове відділення
Ранковий Шлях
2027-03-20 16:40

Районна лікарня в Ясенах з 1 квітня закриває пологове відділення, повідомляє «Вечірній Перевал» з посиланням на директора закладу Богдана Кушніра.Причина – брак лікарів.
""",
"03_fr.txt": """Ukraine : la maternité de Iasseny fermera en avril
La Gazette de Brévillac
21 mars 2027

La maternité de l'hôpital de district de Iasseny fermera le 1er avril faute de médecins, selon le site ukrainien Vetchirniï Pereval, à qui le directeur Bohdan Kouchnir a déclaré qu'il ne restait qu'un seul obstétricien, âgé de 71 ans.
""",
}, [O("Вечірній Перевал", True)],
[R("Вечірній Перевал", "01_en.txt"), R("Вечірній Перевал", "02_uk.txt"), R("Вечірній Перевал", "03_fr.txt")],
[C("The maternity ward of the Yaseny district hospital will close on 1 April because of a doctor shortage.",
   ["00_uk.txt", "01_en.txt", "02_uk.txt", "03_fr.txt"], 1)])

# s05: two independent roots (own ru report + outside agency Brackwater Wire); uk credits both.
story("s05_two_roots_bridge_closure", "two_roots", {
"00_ru.txt": """В Заречье закрыли мост через Ольшанку
Северный Вестник
2027-03-22 09:10

Мост через Ольшанку в Заречье закрыли для движения после того, как в опоре обнаружили трещину, передаёт корреспондент «Северного Вестника» с места событий. «Трещину заметили рыбаки в воскресенье», – рассказал нашему корреспонденту глава поселка Фёдор Лазня.
""",
"01_en.txt": """Bridge over Olshanka closed after crack found in pier
Eastbrook Monitor
2027-03-22T11:45:00+00:00

A bridge over the Olshanka river in Zarechye has been closed to traffic after a crack was found in one of its piers, Brackwater Wire reported. The detour adds about 25 kilometres, the agency said.
""",
"02_uk.txt": """У Зарічному закрили міст через тріщину в опорі
Ранковий Шлях
2027-03-22 13:30

Міст через річку Ольшанка в Зарічному закрили для руху через тріщину в опорі. Про це повідомляють агентство Brackwater Wire та російськомовне видання «Северный Вестник».Об'їзд подовжує шлях приблизно на 25 кілометрів.
""",
}, [O("Северный Вестник", True), O("Brackwater Wire", False)],
[R("Brackwater Wire", "01_en.txt"), R("Brackwater Wire", "02_uk.txt"), R("Северный Вестник", "02_uk.txt")],
[C("The bridge over the Olshanka in Zarechye was closed after a crack was found in a pier.",
   ["00_ru.txt", "01_en.txt", "02_uk.txt"], 2)])

# s06: US magazine The Pellworth Review (outside) interview; en relay with back-references;
# uk relay of the en relay; fr relays the magazine directly.
story("s06_magazine_port_director", "chain", {
"00_en.txt": """Port chief says Drevna terminal will be sold by autumn
Eastbrook Monitor
2027-03-25T10:00:00+00:00

The container terminal at the port of Drevna will be sold to a private operator by the autumn, port director Leonid Marchuk told the American magazine The Pellworth Review in an interview published on Wednesday. "The state cannot keep paying for cranes it does not use," he said.

The magazine writes that three bidders have already visited the terminal. The authors stress that the sale still needs the approval of parliament.
""",
"01_uk.txt": """Контейнерний термінал порту Древна продадуть до осені
Ранковий Шлях
2027-03-25 14:20

Контейнерний термінал порту Древна продадуть приватному операторові до осені, пише Eastbrook Monitor із посиланням на інтерв'ю директора порту Леоніда Марчука американському журналу The Pellworth Review.Як зазначає видання, термінал уже відвідали троє потенційних покупців.
""",
"02_fr.txt": """Le terminal à conteneurs de Drevna sera vendu d'ici l'automne
La Gazette de Brévillac
25 mars 2027

Le terminal à conteneurs du port de Drevna sera cédé à un opérateur privé d'ici l'automne, a déclaré son directeur Leonid Martchouk au magazine américain The Pellworth Review. Selon le magazine, trois candidats ont déjà visité le site.
""",
}, [O("The Pellworth Review", False)],
[R("The Pellworth Review", "00_en.txt"), R("Eastbrook Monitor", "01_uk.txt"), R("The Pellworth Review", "02_fr.txt")],
[C("The container terminal of the port of Drevna will be sold to a private operator by the autumn.",
   ["00_en.txt", "01_uk.txt", "02_fr.txt"], 1)])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 27 (invented); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            assert all(a in arts for a in c["articles"]), (id, c)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
