#!/usr/bin/env python3
"""Generate the labelled provenance test set: invented news stories in English, Ukrainian,
Russian and German, written in the seed text format, with the true relay graph as labels.

Every article, outlet, person and event here is invented. Run from the repository root:

    python3 testdata/provenance/generate.py

It rewrites testdata/provenance/stories/ and testdata/provenance/labels.json. The same seed
gives the same files.

Label format (labels.json):
  {"stories": [{"id", "scenario", "articles": [file names under stories/<id>/],
                "origins": [{"name", "in_corpus"}],
                "relays": [{"origin", "article"}]            # origin: outlet or agency name
                "claims": [{"text", "articles": [...], "independent_sources": n}]}]}
An edge's origin is the source the article took the report from (an in-corpus outlet for
chains, else the outside origin at the top of what the article cites).
"""

import json
import os
import random
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "stories")

# Outlets of the corpus: (name, language). Invented.
OUTLETS = {
    "en": ["Kyiv Courier", "Harbor Times", "Dnipro Ledger", "Baltic Wire Report", "Morning Dispatch",
           "Eastern Review", "The Carpathian Post", "Odesa Mirror", "Continental Desk", "Riverside Gazette"],
    "uk": ["Волинський вісник", "Полтавський кур'єр", "Новини Поділля", "Дніпровська правда", "Слобідський часопис",
           "Карпатський експрес"],
    "ru": ["Северный курьер", "Балтийские ведомости", "Вечерний меридиан", "Новости Причерноморья", "Уральский обозреватель"],
    "de": ["Rheinischer Anzeiger", "Donau-Kurier", "Nordsee Rundschau", "Alpenblatt"],
}

# Outside origins (never in the corpus), with the spellings articles use for them.
EXTERNAL = [
    ("The Telegraph", ["The Telegraph", "Telegraph", "telegraph.co.uk"]),
    ("The Guardian", ["The Guardian", "Guardian"]),
    ("Financial Times", ["Financial Times", "the Financial Times"]),
    ("The Wall Street Journal", ["The Wall Street Journal", "Wall Street Journal"]),
    ("Der Spiegel", ["Der Spiegel", "Spiegel"]),
    ("Politico", ["Politico"]),
    ("Bloomberg", ["Bloomberg"]),
    ("The Economist", ["The Economist"]),
    ("Le Monde", ["Le Monde"]),
    ("Axios", ["Axios"]),
]
AGENCIES = [
    ("Reuters", {"en": "Reuters", "uk": "Reuters", "ru": "Reuters", "de": "Reuters"}),
    ("Associated Press", {"en": "the Associated Press", "uk": "Associated Press", "ru": "Associated Press", "de": "AP"}),
    ("Agence France-Presse", {"en": "AFP", "uk": "AFP", "ru": "AFP", "de": "AFP"}),
    ("Ukrinform", {"en": "Ukrinform", "uk": "Укрінформ", "ru": "Укринформ", "de": "Ukrinform"}),
    ("Interfax", {"en": "Interfax", "uk": "Інтерфакс", "ru": "Интерфакс", "de": "Interfax"}),
    ("Deutsche Presse-Agentur", {"en": "dpa", "uk": "dpa", "ru": "dpa", "de": "dpa"}),
]

CITIES = {
    "en": ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Poltava", "Chernihiv", "Sumy", "Vinnytsia"],
    "uk": ["Харків", "Одеса", "Львів", "Дніпро", "Запоріжжя", "Миколаїв", "Полтава", "Чернігів", "Суми", "Вінниця"],
    "ru": ["Харьков", "Одесса", "Львов", "Днепр", "Запорожье", "Николаев", "Полтава", "Чернигов", "Сумы", "Винница"],
    "de": ["Charkiw", "Odessa", "Lwiw", "Dnipro", "Saporischschja", "Mykolajiw", "Poltawa", "Tschernihiw", "Sumy", "Winnyzja"],
}

# Events: per language a title, the core claim, a second claim, and background sentences.
# {c} city, {n} a number, {m} a second number.
EVENTS = [
    {
        "en": ("Power plant near {c} to get new turbines by spring",
               "The thermal power plant near {c} will receive {n} new turbines before the end of March.",
               "The turbines were bought with a loan of {m} million euros from a European bank.",
               ["Engineers have been repairing the plant since a fire damaged two units in the autumn.",
                "The plant supplies heat to most of the city's eastern districts."]),
        "uk": ("ТЕС біля міста {c} отримає нові турбіни до весни",
               "Теплова електростанція біля міста {c} отримає {n} нових турбін до кінця березня.",
               "Турбіни придбали за кредит у {m} мільйонів євро від європейського банку.",
               ["Інженери ремонтують станцію з осені, коли пожежа пошкодила два енергоблоки.",
                "Станція постачає тепло більшості східних районів міста."]),
        "ru": ("ТЭС возле города {c} получит новые турбины до весны",
               "Тепловая электростанция возле города {c} получит {n} новых турбин до конца марта.",
               "Турбины купили за кредит в {m} миллионов евро от европейского банка.",
               ["Инженеры ремонтируют станцию с осени, когда пожар повредил два энергоблока.",
                "Станция снабжает теплом большинство восточных районов города."]),
        "de": ("Kraftwerk bei {c} erhält bis zum Frühjahr neue Turbinen",
               "Das Wärmekraftwerk bei {c} erhält bis Ende März {n} neue Turbinen.",
               "Die Turbinen wurden mit einem Kredit von {m} Millionen Euro einer europäischen Bank gekauft.",
               ["Ingenieure reparieren das Werk seit einem Brand im Herbst, der zwei Blöcke beschädigte.",
                "Das Kraftwerk versorgt die meisten östlichen Bezirke der Stadt mit Wärme."]),
    },
    {
        "en": ("Grain corridor: {n} ships left {c} port this week",
               "{n} cargo ships carrying grain left the port of {c} this week despite the threat of drones.",
               "Insurers raised the premium for the route to {m} percent of the cargo value.",
               ["The corridor has operated without a formal agreement since the summer.",
                "Port workers said loading now continues through the night."]),
        "uk": ("Зерновий коридор: {n} суден вийшли з порту {c} цього тижня",
               "{n} вантажних суден із зерном вийшли з порту {c} цього тижня попри загрозу дронів.",
               "Страховики підняли премію для маршруту до {m} відсотків вартості вантажу.",
               ["Коридор працює без офіційної угоди з літа.",
                "Навантаження тепер триває і вночі."]),
        "ru": ("Зерновой коридор: {n} судов вышли из порта {c} на этой неделе",
               "{n} грузовых судов с зерном вышли из порта {c} на этой неделе несмотря на угрозу дронов.",
               "Страховщики подняли премию для маршрута до {m} процентов стоимости груза.",
               ["Коридор работает без официального соглашения с лета.",
                "Погрузка теперь продолжается и ночью."]),
        "de": ("Getreidekorridor: {n} Schiffe verließen diese Woche den Hafen {c}",
               "{n} Frachtschiffe mit Getreide verließen diese Woche trotz der Drohnengefahr den Hafen {c}.",
               "Versicherer erhöhten die Prämie für die Route auf {m} Prozent des Frachtwerts.",
               ["Der Korridor funktioniert seit dem Sommer ohne formelles Abkommen.",
                "Die Verladung läuft inzwischen auch nachts."]),
    },
    {
        "en": ("{c} hospital to open new burn unit funded by donors",
               "The regional hospital in {c} will open a burn unit with {n} beds next month.",
               "Donors from three countries covered {m} percent of the cost of the equipment.",
               ["Until now patients with severe burns had to be taken to Kyiv.",
                "The unit will also train surgeons from neighbouring regions."]),
        "uk": ("Лікарня в місті {c} відкриє нове опікове відділення коштом донорів",
               "Обласна лікарня в місті {c} наступного місяця відкриє опікове відділення на {n} ліжок.",
               "Донори з трьох країн покрили {m} відсотків вартості обладнання.",
               ["Досі пацієнтів із тяжкими опіками доводилося везти до Києва.",
                "У відділенні також навчатимуть хірургів із сусідніх областей."]),
        "ru": ("Больница в городе {c} откроет новое ожоговое отделение на деньги доноров",
               "Областная больница в городе {c} в следующем месяце откроет ожоговое отделение на {n} коек.",
               "Доноры из трех стран покрыли {m} процентов стоимости оборудования.",
               ["До сих пор пациентов с тяжелыми ожогами приходилось везти в Киев.",
                "В отделении также будут обучать хирургов из соседних областей."]),
        "de": ("Klinik in {c} eröffnet neue Verbrennungsstation mit Spendengeld",
               "Das Regionalkrankenhaus in {c} eröffnet nächsten Monat eine Verbrennungsstation mit {n} Betten.",
               "Spender aus drei Ländern übernahmen {m} Prozent der Kosten für die Ausrüstung.",
               ["Bisher mussten Patienten mit schweren Verbrennungen nach Kiew gebracht werden.",
                "Die Station soll auch Chirurgen aus Nachbarregionen ausbilden."]),
    },
    {
        "en": ("Government plans to cut rail fares on routes to {c}",
               "The government plans to cut rail fares on routes to {c} by {n} percent from next month.",
               "The cut would cost the state railway about {m} million hryvnias a year.",
               ["Passenger numbers on the routes fell sharply last year.",
                "Regional councils have asked for cheaper fares for months."]),
        "uk": ("Уряд планує знизити вартість квитків на потяги до міста {c}",
               "Уряд планує з наступного місяця знизити вартість квитків на потяги до міста {c} на {n} відсотків.",
               "Зниження коштуватиме залізниці близько {m} мільйонів гривень на рік.",
               ["Минулого року кількість пасажирів на цих маршрутах різко впала.",
                "Обласні ради місяцями просили здешевити квитки."]),
        "ru": ("Правительство планирует снизить стоимость билетов на поезда до города {c}",
               "Правительство планирует со следующего месяца снизить стоимость билетов на поезда до города {c} на {n} процентов.",
               "Снижение обойдется железной дороге примерно в {m} миллионов гривен в год.",
               ["В прошлом году число пассажиров на этих маршрутах резко упало.",
                "Областные советы месяцами просили удешевить билеты."]),
        "de": ("Regierung will Bahnpreise auf Strecken nach {c} senken",
               "Die Regierung will die Bahnpreise auf Strecken nach {c} ab nächstem Monat um {n} Prozent senken.",
               "Die Senkung würde die Staatsbahn rund {m} Millionen Hrywnja im Jahr kosten.",
               ["Die Fahrgastzahlen auf diesen Strecken sind im vergangenen Jahr stark gesunken.",
                "Regionalräte fordern seit Monaten günstigere Fahrkarten."]),
    },
    {
        "en": ("Flood barrier in {c} to be finished two years early",
               "The new flood barrier on the river in {c} will be finished {n} months ahead of schedule.",
               "The project's budget was raised to {m} million euros after a review.",
               ["Parts of the old town were flooded twice in the past decade.",
                "Construction began three years ago."]),
        "uk": ("Протипаводкову дамбу в місті {c} добудують раніше строку",
               "Нову протипаводкову дамбу на річці в місті {c} добудують на {n} місяців раніше графіка.",
               "Бюджет проєкту після перевірки збільшили до {m} мільйонів євро.",
               ["За останнє десятиліття старе місто двічі затоплювало.",
                "Будівництво почалося три роки тому."]),
        "ru": ("Противопаводковую дамбу в городе {c} достроят раньше срока",
               "Новую противопаводковую дамбу на реке в городе {c} достроят на {n} месяцев раньше графика.",
               "Бюджет проекта после проверки увеличили до {m} миллионов евро.",
               ["За последнее десятилетие старый город дважды затапливало.",
                "Строительство началось три года назад."]),
        "de": ("Hochwasserschutz in {c} wird früher fertig",
               "Der neue Hochwasserdamm am Fluss in {c} wird {n} Monate früher als geplant fertig.",
               "Das Budget des Projekts wurde nach einer Prüfung auf {m} Millionen Euro erhöht.",
               ["Die Altstadt wurde im vergangenen Jahrzehnt zweimal überflutet.",
                "Der Bau begann vor drei Jahren."]),
    },
    {
        "en": ("Defence ministry to buy {n} air-defence radars",
               "The defence ministry has agreed to buy {n} air-defence radars to protect {c} and nearby towns.",
               "The first radars are due to arrive within {m} weeks.",
               ["Air raids on the region intensified in recent months.",
                "The radars are made by a consortium of European firms."]),
        "uk": ("Міноборони закупить {n} радарів протиповітряної оборони",
               "Міністерство оборони погодило закупівлю {n} радарів ППО для захисту міста {c} та сусідніх громад.",
               "Перші радари мають прибути протягом {m} тижнів.",
               ["Останніми місяцями повітряні атаки на регіон посилилися.",
                "Радари виготовляє консорціум європейських компаній."]),
        "ru": ("Минобороны закупит {n} радаров противовоздушной обороны",
               "Министерство обороны согласовало закупку {n} радаров ПВО для защиты города {c} и соседних общин.",
               "Первые радары должны прибыть в течение {m} недель.",
               ["В последние месяцы воздушные атаки на регион усилились.",
                "Радары производит консорциум европейских компаний."]),
        "de": ("Verteidigungsministerium kauft {n} Luftabwehrradare",
               "Das Verteidigungsministerium hat den Kauf von {n} Luftabwehrradaren zum Schutz von {c} und umliegenden Orten vereinbart.",
               "Die ersten Radare sollen innerhalb von {m} Wochen eintreffen.",
               ["Die Luftangriffe auf die Region haben in den letzten Monaten zugenommen.",
                "Die Radare stammen von einem Konsortium europäischer Firmen."]),
    },
    {
        "en": ("Chemical plant in {c} halts production after leak",
               "A chemical plant in {c} halted production after an ammonia leak injured {n} workers.",
               "Inspectors found that a valve had not been replaced for {m} years.",
               ["Residents of nearby streets were told to keep their windows closed.",
                "The plant employs about two thousand people."]),
        "uk": ("Хімічний завод у місті {c} зупинив виробництво після витоку",
               "Хімічний завод у місті {c} зупинив виробництво після витоку аміаку, внаслідок якого постраждали {n} працівників.",
               "Інспектори з'ясували, що клапан не міняли {m} років.",
               ["Мешканцям сусідніх вулиць порадили не відчиняти вікна.",
                "На заводі працює близько двох тисяч людей."]),
        "ru": ("Химический завод в городе {c} остановил производство после утечки",
               "Химический завод в городе {c} остановил производство после утечки аммиака, в результате которой пострадали {n} рабочих.",
               "Инспекторы выяснили, что клапан не меняли {m} лет.",
               ["Жителям соседних улиц посоветовали не открывать окна.",
                "На заводе работает около двух тысяч человек."]),
        "de": ("Chemiewerk in {c} stoppt Produktion nach Leck",
               "Ein Chemiewerk in {c} hat die Produktion gestoppt, nachdem bei einem Ammoniakleck {n} Arbeiter verletzt wurden.",
               "Prüfer stellten fest, dass ein Ventil seit {m} Jahren nicht ersetzt worden war.",
               ["Anwohner wurden aufgefordert, die Fenster geschlossen zu halten.",
                "Das Werk beschäftigt rund zweitausend Menschen."]),
    },
    {
        "en": ("Central bank weighs new loan scheme for farmers near {c}",
               "The central bank is weighing a loan scheme of {n} billion hryvnias for farmers in the {c} region.",
               "Loans would carry an interest rate of {m} percent for the first three years.",
               ["Many farms near the front line lost their machinery last year.",
                "Farmers' unions welcomed the idea but asked for faster payments."]),
        "uk": ("Нацбанк розглядає нову кредитну програму для фермерів біля міста {c}",
               "Національний банк розглядає кредитну програму на {n} мільярдів гривень для фермерів області з центром у місті {c}.",
               "Ставка за кредитами становитиме {m} відсотків у перші три роки.",
               ["Багато господарств біля лінії фронту торік втратили техніку.",
                "Фермерські спілки підтримали ідею, але попросили швидших виплат."]),
        "ru": ("Нацбанк рассматривает новую кредитную программу для фермеров возле города {c}",
               "Национальный банк рассматривает кредитную программу на {n} миллиардов гривен для фермеров области с центром в городе {c}.",
               "Ставка по кредитам составит {m} процентов в первые три года.",
               ["Многие хозяйства у линии фронта в прошлом году потеряли технику.",
                "Фермерские союзы поддержали идею, но попросили более быстрых выплат."]),
        "de": ("Zentralbank prüft neues Kreditprogramm für Landwirte bei {c}",
               "Die Zentralbank prüft ein Kreditprogramm über {n} Milliarden Hrywnja für Landwirte in der Region {c}.",
               "Die Kredite sollen in den ersten drei Jahren {m} Prozent Zinsen kosten.",
               ["Viele Betriebe nahe der Front verloren im vergangenen Jahr ihre Maschinen.",
                "Bauernverbände begrüßten die Idee, forderten aber schnellere Auszahlungen."]),
    },
]

# How an article names its source, per language. {s} is the source's name.
OPEN_CITES = {
    "en": ["{s} reported on {day}.", "According to {s}, the decision was taken last week.",
           "{s} reported this, citing its own sources.", "{s} writes that officials confirmed the plan.",
           "The information was first published by {s}.", "This was reported by {s}."],
    "uk": ["Про це повідомляє {s}.", "Про це пише {s}.", "Як передає {s}, рішення ухвалили минулого тижня.",
           "Про це пише видання {s} з посиланням на власні джерела."],
    "ru": ["Об этом сообщает {s}.", "Об этом пишет {s}.", "Как передает {s}, решение приняли на прошлой неделе.",
           "Об этом пишет издание {s} со ссылкой на собственные источники."],
    "de": ["Das berichtet {s}.", "Wie {s} berichtet, fiel die Entscheidung vergangene Woche.", "Laut {s} ist der Plan beschlossen."],
}
# Anonymous and official sources inside a report (they belong to the report's origin).
INNER = {
    "en": ["according to two sources familiar with the talks", "one well-placed source said",
           "officials told reporters", "a senior official said on condition of anonymity"],
    "uk": ["за словами обізнаних джерел", "повідомило поінформоване джерело", "заявили посадовці"],
    "ru": ["по словам осведомленных источников", "сообщил информированный источник", "заявили чиновники"],
    "de": ["wie informierte Kreise sagten", "sagte ein ranghoher Beamter"],
}
OWN_CONFIRM = {
    "en": ["A spokesman for the regional administration independently confirmed the figures to our correspondent.",
           "Our correspondent independently confirmed the details with two officials on Tuesday."],
    "uk": ["Речник обласної адміністрації підтвердив ці дані нашому кореспонденту."],
    "ru": ["Представитель областной администрации подтвердил эти данные нашему корреспонденту."],
    "de": ["Ein Sprecher der Regionalverwaltung bestätigte die Zahlen unserem Korrespondenten."],
}
DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]}


TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ю": "yu", "я": "ya", "ы": "y", "э": "e", "ъ": "", "ё": "yo", "'": "",
}


def romanize(name):
    out = []
    for ch in name:
        low = ch.lower()
        if low in TRANSLIT:
            t = TRANSLIT[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return " ".join(w[:1].upper() + w[1:] for w in "".join(out).split(" "))


def is_cyrillic(name):
    return any("\u0400" <= ch <= "\u04ff" for ch in name)


def display(name, lang, rng):
    """How an article in `lang` writes an outlet's name: romanized in Latin-script text,
    sometimes in guillemets in Cyrillic text."""
    if is_cyrillic(name) and lang in ("en", "de"):
        return romanize(name)
    if lang in ("uk", "ru") and rng.random() < 0.4:
        return f"«{name}»"
    return name


def title_credit(title, name, rng):
    return f"{title} {rng.choice(['–', '-', '|'])} {name}"


class Story:
    def __init__(self, sid, scenario, rng):
        self.id = sid
        self.scenario = scenario
        self.rng = rng
        self.articles = []   # dicts: file, outlet, lang, date, title, body
        self.relays = []     # (origin name, file)
        self.origins = []    # (name, in_corpus)
        self.claims = []     # (text, files, n)
        self.base_time = 1700000000 + rng.randrange(0, 300) * 86400
        self.event = rng.choice(EVENTS)
        self.city = rng.randrange(len(CITIES["en"]))
        self.n = rng.choice([3, 4, 5, 6, 7, 8, 9, 12, 14, 16, 18, 20, 25, 30, 40])
        self.m = rng.choice([11, 15, 17, 22, 24, 35, 48, 60, 75, 90, 120, 140])
        self.used_outlets = set()

    def outlet(self, lang):
        choices = [o for o in OUTLETS[lang] if o not in self.used_outlets]
        o = self.rng.choice(choices)
        self.used_outlets.add(o)
        return o

    def facts(self, lang):
        title, core, second, background = self.event[lang]
        c = CITIES[lang][self.city]
        fill = lambda s: s.format(c=c, n=self.n, m=self.m)
        return fill(title), fill(core), fill(second), [fill(b) for b in background]

    def add(self, lang, outlet, hours, lines, title=None, dated=True):
        t, core, second, background = self.facts(lang)
        idx = len(self.articles)
        file = f"{idx:02d}_{lang}.txt"
        self.articles.append({"file": file, "outlet": outlet, "lang": lang,
                              "date": self.base_time + hours * 3600 if dated else None,
                              "title": title or t, "body": lines})
        return file

    def write(self):
        d = os.path.join(OUT, self.id)
        os.makedirs(d, exist_ok=True)
        for a in self.articles:
            head = [a["title"]]
            if a["outlet"]:
                head.append(a["outlet"])
            if a["date"] is not None:
                import datetime
                dt = datetime.datetime.fromtimestamp(a["date"], datetime.timezone(datetime.timedelta(hours=2)))
                head.append(dt.isoformat())
            with open(os.path.join(d, a["file"]), "w", encoding="utf-8") as f:
                f.write("\n".join(head) + "\n\n" + "\n".join(a["body"]) + "\n")

    def label(self):
        return {
            "id": self.id,
            "scenario": self.scenario,
            "articles": [a["file"] for a in self.articles],
            "origins": [{"name": n, "in_corpus": c} for n, c in self.origins],
            "relays": [{"origin": o, "article": f} for o, f in self.relays],
            "claims": [{"text": t, "articles": fs, "independent_sources": n} for t, fs, n in self.claims],
        }


def cite(lang, name, rng, day=None):
    s = rng.choice(OPEN_CITES[lang]).format(s=display(name, lang, rng), day=day or rng.choice(DAYS["en"]))
    # Sentences that start with a lowercase "the" name.
    return s[0].upper() + s[1:]


def own_report(st, lang, outlet, hours, with_inner=True, dated=True):
    """An article of the outlet's own reporting (no media cited)."""
    rng = st.rng
    t, core, second, background = st.facts(lang)
    lines = []
    if with_inner and lang in INNER:
        inner = rng.choice(INNER[lang])
        lines.append(core[:-1] + ", " + inner + ".")
    else:
        lines.append(core)
    lines.append(second)
    lines.extend(background)
    return st.add(lang, outlet, hours, lines, dated=dated)


def relay_text(st, lang, source_name, hours, outlet, mode="body", extra=None, dated=True):
    """An article relaying `source_name` with an attribution."""
    rng = st.rng
    t, core, second, background = st.facts(lang)
    lines = []
    title = None
    if mode == "title":
        title = title_credit(t, display(source_name, lang, rng).strip("«»"), rng)
        lines = [core, second, background[0]]
    elif mode == "lead":
        lines = [cite(lang, source_name, rng), core, second, background[1]]
    else:
        lines = [core, cite(lang, source_name, rng), second]
    if extra:
        lines.extend(extra)
    return st.add(lang, outlet, hours, lines, title=title, dated=dated)


def scenario_external(st):
    """Outside origin, all articles relay it (various cues, languages, title credits)."""
    rng = st.rng
    origin, spellings = rng.choice(EXTERNAL)
    files = []
    for k in range(rng.randint(3, 5)):
        lang = rng.choice(["en", "en", "uk", "ru", "de"])
        mode = rng.choice(["body", "lead", "title"]) if lang == "en" else rng.choice(["body", "lead"])
        f = relay_text(st, lang, rng.choice(spellings), 2 + k * 3, st.outlet(lang), mode, dated=rng.random() > 0.15)
        st.relays.append((origin, f))
        files.append(f)
    st.origins = [(origin, False)]
    st.claims.append(("core", files, 1))


def scenario_agency(st):
    """A wire report relayed by several outlets, with credits and cues."""
    rng = st.rng
    canonical, forms = rng.choice(AGENCIES)
    files = []
    for k in range(rng.randint(3, 4)):
        lang = rng.choice(["en", "uk", "ru", "de"])
        t, core, second, background = st.facts(lang)
        name = forms[lang]
        style = rng.choice(["dateline", "cue"])
        if style == "dateline" and lang in ("en", "de"):
            city = CITIES[lang][st.city].upper()
            credit = name if name.isupper() or name in ("Reuters", "dpa", "Ukrinform", "Interfax") else name
            lines = [f"{city} ({credit}) — {core}", second, background[0]]
        else:
            lines = [core, cite(lang, name, rng), background[1]]
        f = st.add(lang, st.outlet(lang), 1 + k * 2, lines)
        st.relays.append((canonical, f))
        files.append(f)
    st.origins = [(canonical, False)]
    st.claims.append(("core", files, 1))


def scenario_in_corpus(st):
    """An in-corpus original relayed with attribution, some relays naming it by its outlet."""
    rng = st.rng
    lang0 = rng.choice(["en", "uk", "ru"])
    o0 = st.outlet(lang0)
    a0 = own_report(st, lang0, o0, 0)
    files = [a0]
    for k in range(rng.randint(2, 4)):
        lang = rng.choice(["en", "uk", "ru", "de"])
        mode = rng.choice(["body", "lead", "title"]) if lang == "en" else rng.choice(["body", "lead"])
        f = relay_text(st, lang, o0, 3 + k * 2, st.outlet(lang), mode)
        st.relays.append((o0, f))
        files.append(f)
    st.origins = [(o0, True)]
    st.claims.append(("core", files, 1))


def scenario_chain(st):
    """A → B → C (→ D): each relay names only its immediate source."""
    rng = st.rng
    lang0 = rng.choice(["en", "uk"])
    o0 = st.outlet(lang0)
    prev = o0
    files = [own_report(st, lang0, o0, 0)]
    for k in range(rng.randint(2, 3)):
        lang = rng.choice(["en", "uk", "ru"])
        o = st.outlet(lang)
        f = relay_text(st, lang, prev, 4 + 4 * k, o, rng.choice(["body", "lead"]))
        st.relays.append((prev, f))
        files.append(f)
        prev = o
    st.origins = [(o0, True)]
    st.claims.append(("core", files, 1))


def scenario_external_chain(st):
    """An outside origin relayed by one outlet, whose article others cite in turn."""
    rng = st.rng
    origin, spellings = rng.choice(EXTERNAL)
    lang = rng.choice(["en", "uk"])
    o1 = st.outlet(lang)
    f1 = relay_text(st, lang, rng.choice(spellings), 1, o1, "lead")
    st.relays.append((origin, f1))
    files = [f1]
    for k in range(rng.randint(1, 3)):
        lang2 = rng.choice(["en", "uk", "ru"])
        t, core, second, background = st.facts(lang2)
        via = display(o1, lang2, rng)
        if lang2 == "en":
            line = f"{origin} reported the plan, as relayed by {via}."
        elif lang2 == "uk":
            line = f"Про це пише {origin}, як передає {via}."
        else:
            line = f"Об этом пишет {origin}, как передает {via}."
        f = st.add(lang2, st.outlet(lang2), 5 + 3 * k, [core, line, second])
        st.relays.append((o1, f))
        files.append(f)
    st.origins = [(origin, False)]
    st.claims.append(("core", files, 1))


def scenario_reuse(st):
    """An original copied without attribution (same language), plus a cited relay."""
    rng = st.rng
    lang = rng.choice(["en", "uk", "ru"])
    o0 = st.outlet(lang)
    a0 = own_report(st, lang, o0, 0)
    files = [a0]
    original = st.articles[-1]["body"]
    for k in range(rng.randint(1, 2)):
        body = list(original[:3])
        if rng.random() < 0.5:
            body = [body[1], body[0], body[2]]
        t, core, second, background = st.facts(lang)
        f = st.add(lang, st.outlet(lang), 6 + 5 * k, body, title=t.replace(":", " —"))
        st.relays.append((o0, f))
        files.append(f)
    lang2 = rng.choice(["en", "de"])
    f = relay_text(st, lang2, o0, 20, st.outlet(lang2), "body")
    st.relays.append((o0, f))
    files.append(f)
    st.origins = [(o0, True)]
    st.claims.append(("core", files, 1))


def scenario_two_independent(st):
    """Two outlets report on their own; later articles relay one or both."""
    rng = st.rng
    # Independent reports are worded independently: here, in different languages.
    la = rng.choice(["en", "uk"])
    lb = rng.choice([l for l in ["en", "ru", "de"] if l != la])
    oa, ob = st.outlet(la), st.outlet(lb)
    fa = own_report(st, la, oa, 0)
    fb = own_report(st, lb, ob, 1)
    lang = "en"
    t, core, second, background = st.facts(lang)
    z = st.outlet(lang)
    fz = st.add(lang, z, 8, [core, f"According to {display(oa, lang, rng)} and {display(ob, lang, rng)}, the plan was agreed last week.", background[0]])
    st.relays += [(oa, fz), (ob, fz)]
    lang2 = rng.choice(["uk", "ru", "en"])
    fw = relay_text(st, lang2, oa, 10, st.outlet(lang2), "lead")
    st.relays.append((oa, fw))
    st.origins = [(oa, True), (ob, True)]
    st.claims.append(("core", [fa, fb, fz, fw], 2))
    st.claims.append(("core-relays", [fa, fw], 1))
    st.claims.append(("core-both", [fb, fz], 2))


def scenario_relay_plus_own(st):
    """An article relays an outside report and adds its own confirmation."""
    rng = st.rng
    origin, spellings = rng.choice(EXTERNAL)
    files = []
    for k in range(rng.randint(1, 2)):
        lang = rng.choice(["en", "uk", "ru"])
        f = relay_text(st, lang, rng.choice(spellings), 1 + k, st.outlet(lang), "body")
        st.relays.append((origin, f))
        files.append(f)
    lang = rng.choice(["en", "uk", "ru", "de"])
    z = st.outlet(lang)
    fz = relay_text(st, lang, rng.choice(spellings), 6, z, "lead", extra=[rng.choice(OWN_CONFIRM[lang])])
    st.relays.append((origin, fz))
    st.origins = [(origin, False), (z, True)]
    st.claims.append(("core", files + [fz], 2))
    st.claims.append(("core-relays-only", files, 1))


def scenario_all_own(st):
    """Several outlets report a public event on their own (no relays)."""
    rng = st.rng
    files = []
    origins = []
    langs = ["en", "uk", "ru", "de"]
    rng.shuffle(langs)
    for k in range(rng.randint(2, 4)):
        # Independent reports are worded independently: one per language.
        lang = langs[k]
        o = st.outlet(lang)
        files.append(own_report(st, lang, o, k * 2, with_inner=rng.random() < 0.6))
        origins.append((o, True))
    st.origins = origins
    st.claims.append(("core", files, len(files)))


def scenario_translation(st):
    """A report in one language, translated into others with attribution, one undated."""
    rng = st.rng
    lang0 = rng.choice(["en", "ru"])
    o0 = st.outlet(lang0)
    files = [own_report(st, lang0, o0, 0)]
    targets = [l for l in ["en", "uk", "ru", "de"] if l != lang0]
    rng.shuffle(targets)
    for k, lang in enumerate(targets[: rng.randint(2, 3)]):
        f = relay_text(st, lang, o0, 2 + k, st.outlet(lang), rng.choice(["body", "lead"]), dated=k != 0)
        st.relays.append((o0, f))
        files.append(f)
    st.origins = [(o0, True)]
    st.claims.append(("core", files, 1))


SCENARIOS = [
    ("external", scenario_external, 7),
    ("agency", scenario_agency, 5),
    ("in_corpus", scenario_in_corpus, 6),
    ("chain", scenario_chain, 5),
    ("external_chain", scenario_external_chain, 4),
    ("reuse", scenario_reuse, 5),
    ("two_independent", scenario_two_independent, 4),
    ("relay_plus_own", scenario_relay_plus_own, 4),
    ("all_own", scenario_all_own, 3),
    ("translation", scenario_translation, 4),
]


def main():
    rng = random.Random(20251128)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    stories = []
    k = 0
    for name, fn, count in SCENARIOS:
        for _ in range(count):
            k += 1
            st = Story(f"s{k:02d}_{name}", name, rng)
            fn(st)
            st.write()
            stories.append(st.label())
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Invented provenance test set; see generate.py for the label format.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
    n_articles = sum(len(s["articles"]) for s in stories)
    print(f"{len(stories)} stories, {n_articles} articles")


if __name__ == "__main__":
    main()
