#!/usr/bin/env python3
"""Writes stories/ and labels.json: one short story per credit phrasing (see README.md)."""
import json, os, shutil, sys
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
shutil.rmtree(root + '/stories', ignore_errors=True); os.makedirs(root + '/stories')
BODY = {
 'uk': ["Пором між Заріччям і Лісовим перестане курсувати з 1 березня.", "Причиною називають знос двигуна, ремонт якого коштуватиме 4,2 мільйона гривень.", "Мешканці Лісового тепер їздитимуть до райцентру об'їзною дорогою завдовжки 38 кілометрів."],
 'ru': ["Паром между Заречьем и Лисовым перестанет ходить с 1 марта.", "Причиной называют износ двигателя, ремонт которого обойдется в 4,2 миллиона гривен.", "Жителям Лисового теперь придется ездить в райцентр по объездной дороге длиной 38 километров."],
 'en': ["The ferry between Zarichchia and Lisove will stop running on 1 March.", "The reason given is a worn-out engine whose repair would cost 4.2 million hryvnias.", "Residents of Lisove will now have to take a 38-kilometre detour to the district centre."],
 'de': ["Die Fähre zwischen Saritschtschja und Lissowe wird ab dem 1. März eingestellt.", "Als Grund wird ein verschlissener Motor genannt, dessen Reparatur 4,2 Millionen Hrywnja kosten würde.", "Die Bewohner von Lissowe müssen nun einen 38 Kilometer langen Umweg in die Kreisstadt nehmen."],
 'fr': ["Le bac entre Zaritchtchia et Lissové cessera de circuler le 1er mars.", "En cause, un moteur usé dont la réparation coûterait 4,2 millions de hryvnias.", "Les habitants de Lissové devront désormais faire un détour de 38 kilomètres jusqu'au chef-lieu."],
}
TITLE = {'uk': "Пором до Лісового зупиняють", 'ru': "Паром в Лисовое останавливают", 'en': "Ferry to Lisove to stop running", 'de': "Fähre nach Lissowe wird eingestellt", 'fr': "Le bac de Lissové s'arrête"}
OUT = {'uk': "Вісті Заріччя", 'ru': "Заречные новости", 'en': "Riverside Echo", 'de': "Flussbote", 'fr': "L'Écho du Fleuve"}
# (lang, position, sentence with {X}) ; X is the outside medium's name as written in that language
T = [
 ('uk',0,"Про це повідомляє {X}."), ('uk',3,"Про це пише {X}."), ('uk',0,"Як передає {X}, рішення ухвалила обласна рада."),
 ('uk',3,"Про це йдеться в матеріалі {Xg}."), ('uk',3,"Про це в ефірі телеканалу {X} розповів директор перевізника."),
 ('uk',0,"Директор перевізника розповів {Xd}, що іншого виходу немає."), ('uk',3,"Першим про це повідомив телеканал {X}."),
 ('uk',3,"Джерело: {X}."), ('uk',0,"За даними {Xg}, рішення ухвалили ще в січні."), ('uk',0,"Як стало відомо {Xd}, рішення ухвалили ще в січні."),
 ('uk',3,"Відповідне відео оприлюднив телеканал {X}."), ('uk',0,"З посиланням на {X} повідомляє місцевий сайт."),
 ('uk',3,"Інформацію підтвердили {Xd} в районній адміністрації."), ('uk',0,"У коментарі {Xd} директор перевізника сказав, що іншого виходу немає."),
 ('ru',0,"Об этом сообщает {X}."), ('ru',3,"Об этом пишет {X}."), ('ru',0,"Как передает {X}, решение приняла областная рада."),
 ('ru',3,"Об этом говорится в материале {Xg}."), ('ru',0,"По данным {Xg}, решение приняли еще в январе."),
 ('ru',0,"Директор перевозчика рассказал {Xd}, что другого выхода нет."), ('ru',3,"Первым об этом сообщил телеканал {X}."),
 ('ru',3,"Источник: {X}."), ('ru',0,"Как стало известно {Xd}, решение приняли еще в январе."), ('ru',3,"Видео опубликовал телеканал {X}."),
 ('ru',0,"Ссылаясь на {X}, местный портал пишет, что решение приняли еще в январе."), ('ru',3,"Информацию {Xd} подтвердили в районной администрации."),
 ('en',3,"The {X} reported the closure first."), ('en',0,"According to the {X}, the decision was taken in January."),
 ('en',3,"The news was first reported by the {X}."), ('en',0,"The carrier's director told the {X} there was no other option."),
 ('en',0,"Speaking to the {X}, the carrier's director said there was no other option."), ('en',3,"The closure was first reported by the regional broadcaster {X}."),
 ('en',0,"As the {X} reported on Monday, the decision was taken in January."), ('en',3,"(Source: {X})"),
 ('en',0,"The decision was taken in January, the {X} said, citing the regional council."), ('en',3,"The {X} broke the news on Monday evening."),
 ('de',0,"Das berichtet der {X}."), ('de',0,"Wie der {X} berichtet, fiel die Entscheidung bereits im Januar."), ('de',0,"Laut einem Bericht des {Xg} fiel die Entscheidung bereits im Januar."),
 ('de',3,"Zuerst hatte der {X} darüber berichtet."), ('de',0,"Dem {Xd} zufolge fiel die Entscheidung bereits im Januar."),
 ('de',0,"Der Direktor des Betreibers sagte dem {Xd}, es gebe keine andere Lösung."),
 ('fr',0,"Selon {X}, la décision a été prise en janvier."), ('fr',3,"L'information a été révélée par {X}."), ('fr',0,"Comme l'a révélé {X}, la décision a été prise en janvier."),
 ('fr',0,"Le directeur du transporteur a confié à {X} qu'il n'y avait pas d'autre solution."), ('fr',0,"Interrogé par {X}, le directeur du transporteur a confirmé la fermeture."),
 ('fr',0,"D'après nos confrères de {X}, la décision a été prise en janvier."),
 ('uk',3,"Раніше про це повідомляв {X}."), ('uk',0,"Як повідомило видання {X}, рішення ухвалили ще в січні."),
 ('uk',3,"Про закриття переправи першими написали журналісти {Xg}."), ('uk',0,"{X} пише, що рішення ухвалили ще в січні."),
 ('uk',3,"Деталі — у матеріалі {Xg}."), ('uk',0,"Згідно з публікацією {Xg}, рішення ухвалили ще в січні."),
 ('uk',0,"Про це сьогодні повідомив {X} з посиланням на обласну раду."), ('uk',3,"Новину оприлюднив {X}, її підхопили інші місцеві сайти."),
 ('uk',0,"Як зазначає {X}, рішення ухвалили ще в січні."), ('uk',3,"Про це повідомила журналістка {Xg}."),
 ('uk',0,"Пише {X}: рішення ухвалили ще в січні."), ('uk',3,"Фото та подробиці — на сайті {Xg}."),
 ('ru',3,"Ранее об этом сообщал {X}."), ('ru',0,"Как сообщило издание {X}, решение приняли еще в январе."),
 ('ru',3,"О закрытии переправы первыми написали журналисты {Xg}."), ('ru',0,"{X} пишет, что решение приняли еще в январе."),
 ('ru',0,"Согласно публикации {Xg}, решение приняли еще в январе."), ('ru',3,"Новость опубликовал {X}, ее подхватили другие местные сайты."),
 ('ru',0,"Как отмечает {X}, решение приняли еще в январе."), ('ru',3,"Об этом сообщила журналистка {Xg}."),
 ('en',0,"The {X} reported on Monday that the decision was taken in January."), ('en',3,"The story was first reported by the regional paper {X} on Monday."),
 ('en',0,"The decision was taken in January, reports the {X}."), ('en',3,"This article is based on reporting by the {X}."),
 ('en',0,"In a report published on Monday, the {X} said the decision was taken in January."), ('en',3,"The {X}'s reporter Olena Marchuk first broke the story."),
 ('en',0,"The decision was taken in January, the {X} wrote on its website."), ('en',3,"Details were first published by the {X}, a weekly in the region."),
 ('en',0,"The decision was taken in January, according to a report in the {X}."), ('en',3,"The carrier's director confirmed the plan to the {X}."),
 ('de',3,"Darüber hatte zuerst der {X} berichtet."), ('de',0,"Der {X} meldet, die Entscheidung sei bereits im Januar gefallen."),
 ('de',0,"Wie der {X} am Montag meldete, fiel die Entscheidung bereits im Januar."), ('de',0,"Nach Informationen des {Xg} fiel die Entscheidung bereits im Januar."),
 ('de',3,"Das schreibt der {X} in seiner Montagsausgabe."), ('de',0,"Gegenüber dem {Xd} sagte der Direktor des Betreibers, es gebe keine andere Lösung."),
 ('fr',3,"C'est {X} qui a révélé l'information lundi."), ('fr',0,"{X} rapporte que la décision a été prise en janvier."),
 ('fr',0,"Selon les informations de {X}, la décision a été prise en janvier."), ('fr',3,"L'information a d'abord été publiée par {X}."),
 ('fr',0,"La décision a été prise en janvier, indique {X}."), ('fr',0,"Le directeur du transporteur a déclaré à {X} qu'il n'y avait pas d'autre solution."),
]
# outside medium name forms per language: nominative, genitive, dative; the other relay's credit; the gold name
NAME = {
 'uk': ("«Голос Прикарпаття»", "«Голосу Прикарпаття»", "«Голосу Прикарпаття»"),
 'ru': ("«Голос Прикарпаття»", "«Голоса Прикарпаття»", "«Голосу Прикарпаття»"),
 'en': ("Carpathian Voice", "Carpathian Voice", "Carpathian Voice"),
 'de': ("Karpatenbote", "Karpatenboten", "Karpatenboten"),
 'fr': ("La Voix des Carpates", "La Voix des Carpates", "La Voix des Carpates"),
}
GOLD = {'uk': "Holos Prykarpattia", 'ru': "Holos Prykarpattia", 'en': "Carpathian Voice", 'de': "Karpatenbote", 'fr': "La Voix des Carpates"}
ANCHOR = {'uk': "The closure was reported by the Ukrainian newspaper Holos Prykarpattia.", 'ru': "The closure was reported by the Ukrainian newspaper Holos Prykarpattia.",
 'en': "Про закриття повідомило видання Carpathian Voice.", 'de': "The closure was reported by the German paper Karpatenbote.", 'fr': "The closure was reported by the French daily La Voix des Carpates."}
labels = {"about": "Provenance phrasing battery (invented, generated by make.py); see README.md.", "stories": []}


def article(title, outlet, date, body):
    """An article file: title, outlet line and date line when given, a blank line, the body."""
    return title + "\n" + (outlet + "\n" if outlet else "") + (date + "\n" if date else "") + "\n" + " ".join(body) + "\n"


def relay(lang, outlet, date, credit):
    """A later article in `lang` with the credit sentence after the body's first two sentences."""
    return article(TITLE[lang], outlet, date, BODY[lang][:2] + [credit] + BODY[lang][2:])


def named(template, mark, forms):
    """A template with a medium's nominative, genitive and dative (`{X}`, `{Xg}`, `{Xd}` for mark `{X}`)."""
    nom, gen, dat = forms
    return template.replace(mark[:-1] + 'g}', gen).replace(mark[:-1] + 'd}', dat).replace(mark, nom)


def other(lang):
    """The language of the second article: English, or Ukrainian for English."""
    return 'en' if lang != 'en' else 'uk'


def story(sid, scenario, files, origins, relays, independent=1):
    """Write a story's files and its labels: one claim (the body's first sentence) over all of them."""
    d = f"{root}/stories/{sid}"; os.makedirs(d)
    for name, text in files:
        open(f"{d}/{name}", 'w').write(text)
    articles = [name for name, _ in files]
    labels["stories"].append({"id": sid, "scenario": scenario, "articles": articles,
        "origins": [{"name": o, "in_corpus": c} for o, c in origins],
        "relays": [{"origin": o, "article": a} for o, a in relays],
        "claims": [{"text": BODY['en'][0], "articles": articles, "independent_sources": independent}]})


def own_story(sid, scenario, lang, body):
    """An own report in `lang` (outlet OUT[lang]) and a later article crediting it by name."""
    credit = OWNNAME[lang][3]
    l2 = other(lang)
    sentence = {'en': f"The closure was first reported by {credit}.", 'uk': f"Про закриття першим повідомило {credit}."}[l2]
    story(sid, scenario,
          [(f"01_{lang}.txt", article(TITLE[lang], OUT[lang], "2026-02-03 10:00", body)),
           (f"02_{l2}.txt", relay(l2, {'en': 'Morning Ledger', 'uk': 'Ранкова пошта'}[l2], "2026-02-03 15:00", sentence))],
          [(OUT[lang], True)], [(OUT[lang], f"02_{l2}.txt")])
for n, (lang, pos, t) in enumerate(T):
    body = list(BODY[lang]); body.insert(pos, named(t, '{X}', NAME[lang]))
    l2 = other(lang)
    story(f"t{n:02d}_{lang}", "battery",
          [(f"01_{lang}.txt", article(TITLE[lang], OUT[lang], "2026-02-03 10:00", body)),
           (f"02_{l2}.txt", relay(l2, OUT[l2], "2026-02-03 15:00", ANCHOR[lang]))],
          [(GOLD[lang], False)], [(GOLD[lang], f"01_{lang}.txt"), (GOLD[lang], f"02_{l2}.txt")])

# Own reporting: the article's own outlet found it out; another article credits it.
OWN = [
 ('uk',3,"Директор перевізника підтвердив це «{Od}» телефоном."), ('uk',3,"Про це «{Od}» розповів директор перевізника."),
 ('uk',0,"Наш кореспондент побував на переправі в понеділок."), ('uk',3,"Копію рішення обласної ради має редакція «{Og}»."),
 ('uk',0,"Журналісти «{Og}» зв'язалися з директором перевізника, і він підтвердив рішення."), ('uk',3,"На запит «{Og}» в обласній раді підтвердили рішення."),
 ('uk',3,"Як з'ясували «{O}», рішення ухвалили ще в січні."), ('uk',3,"Директор перевізника підтвердив нашому виданню, що іншого виходу немає."),
 ('ru',3,"Директор перевозчика подтвердил это «{Od}» по телефону."), ('ru',0,"Наш корреспондент побывал на переправе в понедельник."),
 ('ru',3,"Копия решения областного совета есть в распоряжении редакции."), ('ru',3,"Как выяснили «{O}», решение приняли еще в январе."),
 ('ru',3,"В ответ на запрос «{Og}» в областном совете подтвердили решение."), ('ru',3,"Директор перевозчика рассказал нашему изданию, что другого выхода нет."),
 ('en',3,"The carrier's director confirmed the decision to the {O} by phone."), ('en',0,"The {O} has seen a copy of the regional council's decision."),
 ('en',3,"When the {O} visited the crossing on Monday, the ferry was already moored."), ('en',3,"Speaking to this newspaper, the carrier's director said there was no other option."),
 ('en',3,"The {O} contacted the regional council, which confirmed the decision."), ('en',0,"Our reporter travelled to the crossing on Monday."),
 ('de',3,"Der Direktor des Betreibers bestätigte dies dem {Od} am Telefon."), ('de',3,"Auf Nachfrage des {Og} bestätigte der Bezirksrat die Entscheidung."),
 ('de',0,"Unser Reporter war am Montag an der Anlegestelle."),
 ('fr',3,"Le directeur du transporteur l'a confirmé à {O} par téléphone."), ('fr',0,"Notre correspondant s'est rendu lundi à l'embarcadère."),
 ('fr',3,"Contacté par {O}, le conseil régional a confirmé la décision."),
]
OWNNAME = {'uk': ("Вісті Заріччя", "Вістей Заріччя", "Вістям Заріччя", "the Ukrainian site Visti Zarichchia", "Visti Zarichchia"),
 'ru': ("Заречные новости", "Заречных новостей", "Заречным новостям", "the Russian-language site Zarechnye Novosti", "Zarechnye Novosti"),
 'en': ("Riverside Echo", "Riverside Echo", "Riverside Echo", "видання Riverside Echo", "Riverside Echo"),
 'de': ("Flussboten", "Flussboten", "Flussboten", "the German paper Flussbote", "Flussbote"),
 'fr': ("L'Écho du Fleuve", "L'Écho du Fleuve", "L'Écho du Fleuve", "the French paper L'Écho du Fleuve", "L'Écho du Fleuve"),
}
for n, (lang, pos, t) in enumerate(OWN):
    body = list(BODY[lang]); body.insert(pos, named(t, '{O}', OWNNAME[lang][:3]))
    own_story(f"o{n:02d}_{lang}", "own", lang, body)

# Negatives: an own report that mentions another medium, not as its source.
NEG = [
 ('en',"The mayor, who sued the Northern Gazette for libel last year, declined to comment."),
 ('en',"A Northern Gazette photographer was among the passengers on the last crossing."),
 ('en',"The carrier advertised the closure in the Northern Gazette and on local radio."),
 ('en',"The decision comes a year after the Northern Gazette was bought by a Kyiv media group."),
 ('uk',"Журналістку «Північної газети» не пустили на засідання ради."),
 ('uk',"Перевізник розмістив оголошення про закриття в «Північній газеті»."),
 ('uk',"Минулого року мер подав до суду на «Північну газету» через статтю про тендер."),
 ('ru',"Журналистку «Северной газеты» не пустили на заседание совета."),
 ('ru',"Перевозчик разместил объявление о закрытии в «Северной газете»."),
 ('de',"Ein Fotograf der Nordischen Zeitung war unter den Fahrgästen der letzten Überfahrt."),
 ('fr',"Un photographe du Journal du Nord faisait partie des passagers de la dernière traversée."),
]
OWNCHECK = {'en': "The carrier's director confirmed the decision to the {O} by phone.", 'uk': "Про це «{Od}» розповів директор перевізника.",
 'ru': "Директор перевозчика подтвердил это «{Od}» по телефону.", 'de': "Der Direktor des Betreibers bestätigte dies dem {Od} am Telefon.",
 'fr': "Le directeur du transporteur l'a confirmé à {O} par téléphone."}
for n, (lang, neg) in enumerate(NEG):
    own_story(f"n{n:02d}_{lang}", "own-with-mention", lang, BODY[lang] + [named(OWNCHECK[lang], '{O}', OWNNAME[lang][:3]), neg])

# Chains: A (own report) -> B credits A -> C credits only B.
CHAIN = [
 ('de',"Das berichtet das britische Portal Morning Ledger."), ('de',"Wie das Onlineportal Morning Ledger meldet, fiel die Entscheidung im Januar."),
 ('fr',"C'est ce que rapporte le site britannique Morning Ledger."), ('fr',"Selon le Morning Ledger, la décision a été prise en janvier."),
 ('ru',"Об этом сообщает британский портал Morning Ledger."), ('ru',"Как пишет Morning Ledger, решение приняли еще в январе."),
 ('uk',"Про це пише британський портал Morning Ledger."), ('uk',"Як повідомляє Morning Ledger, рішення ухвалили ще в січні."),
 ('en',"The Morning Ledger reported the closure on Tuesday."), ('en',"The decision was taken in January, according to the Morning Ledger."),
]
OUT2 = {'de': "Donaupost", 'fr': "Le Quotidien du Rhin", 'ru': "Вечерний Днепр", 'uk': "Дніпровський вечір", 'en': "Evening Standard of Kerr"}
for n, (lang, cred_c) in enumerate(CHAIN):
    story(f"c{n:02d}_{lang}", "chain",
          [("01_uk.txt", article(TITLE['uk'], OUT['uk'], "2026-02-03 10:00", BODY['uk'] + [named(OWNCHECK['uk'], '{O}', OWNNAME['uk'][:3])])),
           ("02_en.txt", relay('en', "Morning Ledger", "2026-02-03 15:00", "The closure was first reported by the Ukrainian site Visti Zarichchia.")),
           (f"03_{lang}.txt", relay(lang, OUT2[lang], "2026-02-04 09:00", cred_c))],
          [(OUT['uk'], True)], [(OUT['uk'], "02_en.txt"), ("Morning Ledger", f"03_{lang}.txt")])
# Uncredited copies: a later close translation of an own report, crediting no one.
for n, lang in enumerate(['uk', 'ru', 'de', 'fr']):
    story(f"u{n:02d}_{lang}", "uncredited",
          [("01_en.txt", article(TITLE['en'], "Riverside Echo", "2026-02-03 10:00", BODY['en'] + [OWNCHECK['en'].replace('{O}', 'Riverside Echo')])),
           (f"02_{lang}.txt", article(TITLE[lang], OUT2[lang], "2026-02-03 18:00", BODY[lang]))],
          [("Riverside Echo", True)], [("Riverside Echo", f"02_{lang}.txt")])

# A relay that adds its own confirmation: an edge from the outside medium and its own outlet as a
# second origin; the claim has two independent sources.
RELAY_OWN = [
 ('uk', "Про це повідомляє «Голос Прикарпаття».", "Директор перевізника підтвердив це «Вістям Заріччя» телефоном."),
 ('ru', "Об этом сообщает «Голос Прикарпаття».", "Директор перевозчика подтвердил это «Заречным новостям» по телефону."),
 ('en', "The closure was first reported by the Carpathian Voice.", "The carrier's director confirmed the decision to the Riverside Echo by phone."),
 ('de', "Das berichtet der Karpatenbote.", "Der Direktor des Betreibers bestätigte dies dem Flussboten am Telefon."),
]
for n, (lang, cred, own) in enumerate(RELAY_OWN):
    l2 = other(lang)
    story(f"r{n:02d}_{lang}", "relay-and-own",
          [(f"01_{lang}.txt", article(TITLE[lang], OUT[lang], "2026-02-03 10:00", [cred] + BODY[lang] + [own])),
           (f"02_{l2}.txt", relay(l2, OUT2[l2], "2026-02-03 15:00", ANCHOR[lang]))],
          [(GOLD[lang], False), (OUT[lang], True)], [(GOLD[lang], f"01_{lang}.txt"), (GOLD[lang], f"02_{l2}.txt")], independent=2)
# Two outside media credited in one article; a second article credits one of them.
TWO = [
 ('uk', "Про це повідомляє «Голос Прикарпаття».", "Пізніше рішення підтвердив і телеканал «Край ТБ»."),
 ('ru', "Об этом сообщает «Голос Прикарпаття».", "Позже решение подтвердил и телеканал «Край ТВ»."),
 ('en', "The closure was first reported by the Carpathian Voice.", "The regional broadcaster Kraj TV later confirmed the decision."),
]
SECOND = {'uk': "Край ТБ", 'ru': "Край ТВ", 'en': "Kraj TV"}
for n, (lang, cred, cred2) in enumerate(TWO):
    l2 = other(lang)
    story(f"w{n:02d}_{lang}", "two-outside",
          [(f"01_{lang}.txt", article(TITLE[lang], OUT[lang], "2026-02-03 10:00", [cred] + BODY[lang] + [cred2])),
           (f"02_{l2}.txt", relay(l2, OUT2[l2], "2026-02-03 15:00", ANCHOR[lang]))],
          [(GOLD[lang], False), (SECOND[lang], False)],
          [(GOLD[lang], f"01_{lang}.txt"), (SECOND[lang], f"01_{lang}.txt"), (GOLD[lang], f"02_{l2}.txt")], independent=2)
# A credit in the headline's suffix (the article has its own outlet line) or a wire dateline.
HEAD = [
 ('uk', TITLE['uk'] + " — «Голос Прикарпаття»", ""), ('ru', TITLE['ru'] + " | «Голос Прикарпаття»", ""),
 ('en', TITLE['en'] + " (Carpathian Voice)", ""), ('de', TITLE['de'] + " (Karpatenbote)", ""),
 ('uk', TITLE['uk'], "ЛІСОВЕ, 3 лютого /«Голос Прикарпаття»/. "), ('en', TITLE['en'], "LISOVE, Feb 3 (Carpathian Voice) - "),
 ('fr', TITLE['fr'], "LISSOVÉ, 3 février (La Voix des Carpates) - "),
]
for n, (lang, title, dateline) in enumerate(HEAD):
    l2 = other(lang)
    body = [dateline + BODY[lang][0]] + BODY[lang][1:]
    story(f"h{n:02d}_{lang}", "headline-or-dateline",
          [(f"01_{lang}.txt", article(title, OUT[lang], "2026-02-03 10:00", body)),
           (f"02_{l2}.txt", relay(l2, OUT2[l2], "2026-02-03 15:00", ANCHOR[lang]))],
          [(GOLD[lang], False)], [(GOLD[lang], f"01_{lang}.txt"), (GOLD[lang], f"02_{l2}.txt")])

# Officials, bodies and their pages are no media: an article quoting only them is its outlet's own
# report.
OFFICIAL = [
 ('uk', "Про це повідомили в пресслужбі обласної ради."), ('uk', "Як повідомила на своїй сторінці у Facebook обласна рада, рішення остаточне."),
 ('uk', "За даними обласної ради, рішення остаточне."), ('uk', "Про це йдеться в повідомленні перевізника «Дніпрофлот»."),
 ('ru', "Об этом сообщили в пресс-службе областного совета."), ('ru', "Как сообщил в своем Telegram-канале глава областного совета, решение окончательное."),
 ('ru', "По данным областного совета, решение окончательное."),
 ('en', "The regional council said in a statement that the decision was final."), ('en', "According to the regional council, the decision is final."),
 ('en', "The carrier, Dniproflot, confirmed the closure in a post on its Facebook page."),
 ('de', "Das teilte der Bezirksrat in einer Pressemitteilung mit."), ('de', "Laut Bezirksrat ist die Entscheidung endgültig."),
 ('fr', "Selon le conseil régional, la décision est définitive."), ('fr', "C'est ce qu'a annoncé le conseil régional dans un communiqué."),
]
for n, (lang, off) in enumerate(OFFICIAL):
    own_story(f"f{n:02d}_{lang}", "officials", lang, BODY[lang] + [off])

# Names across Ukrainian and Russian, a page title naming the outlet, and a credit naming the
# medium a story outlet relied on.
MORE = [
 # (id, files: [(name, title, outlet line or None, date, body)], origins, relays)
 ("x00_ru_names_uk_outlet", [
   ("01_uk.txt", TITLE['uk'], "Вісті Заріччя", "2026-02-03 10:00", BODY['uk'] + [OWNCHECK['uk'].replace('{Od}', "Вістям Заріччя")]),
   ("02_ru.txt", TITLE['ru'], "Вечерний Днепр", "2026-02-03 15:00", BODY['ru'][:2] + ["Об этом сообщает сайт «Вести Заречья»."] + BODY['ru'][2:])],
  [("Вісті Заріччя", True)], [("Вісті Заріччя", "02_ru.txt")]),
 ("x01_title_names_outlet", [
   ("01_uk.txt", TITLE['uk'] + " | Вісті Заріччя", None, "2026-02-03 10:00", BODY['uk'] + [OWNCHECK['uk'].replace('{Od}', "Вістям Заріччя")]),
   ("02_en.txt", TITLE['en'], "Morning Ledger", "2026-02-03 15:00", BODY['en'][:2] + ["The closure was first reported by the Ukrainian site Visti Zarichchia."] + BODY['en'][2:])],
  [("Вісті Заріччя", True)], [("Вісті Заріччя", "02_en.txt")]),
 ("x02_credit_via_story_outlet", [
   ("01_uk.txt", TITLE['uk'], "Вісті Заріччя", "2026-02-03 10:00", ["Про це повідомляє «Голос Прикарпаття»."] + BODY['uk']),
   ("02_ru.txt", TITLE['ru'], "Вечерний Днепр", "2026-02-03 15:00", ["Как передают «Вести Заречья» со ссылкой на «Голос Прикарпаття», паром остановят."] + BODY['ru'][1:])],
  [("Holos Prykarpattia", False)], [("Holos Prykarpattia", "01_uk.txt"), ("Вісті Заріччя", "02_ru.txt")]),
 ("x03_undated_relay", [
   ("01_en.txt", TITLE['en'], "Riverside Echo", "2026-02-03 10:00", BODY['en'] + [OWNCHECK['en'].replace('{O}', "Riverside Echo")]),
   ("02_uk.txt", TITLE['uk'], "Ранкова пошта", None, BODY['uk'][:2] + ["Про це пише британське видання Riverside Echo."] + BODY['uk'][2:])],
  [("Riverside Echo", True)], [("Riverside Echo", "02_uk.txt")]),
]
for sid, files, origins, relays in MORE:
    story(sid, "names-and-pages", [(name, article(*parts)) for name, *parts in files], origins, relays)
json.dump(labels, open(f"{root}/labels.json", 'w'), ensure_ascii=False, indent=1)
print(len(labels["stories"]), "stories")
