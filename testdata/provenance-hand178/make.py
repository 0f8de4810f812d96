#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand178 set.

Topic: mountains, ski resorts, avalanches and mountain rescue. Outlets are real media names; every
event, person, company, body, place, figure and quote is invented. No text is copied from any real
article. Run `python3 make.py` to rewrite stories/ and labels.json.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# m01: in-corpus scoop (case 1). l'Adige saw an internal technical report ("che l'Adige ha potuto
# visionare") and spoke to two anonymous employees ("hanno raccontato al nostro giornale"); the
# operator's director answered l'Adige ("Contattato dall'Adige") = part of l'Adige's report.
# Relays: de Tiroler Tageszeitung ("Das berichtet die Trentiner Tageszeitung l'Adige unter Berufung
# auf einen internen technischen Bericht ..., den das Blatt einsehen konnte" + "dem Blatt aus Trient";
# own unanswered request "Eine Anfrage der TT ließ ... unbeantwortet"; background BR mention);
# en The Guardian (quote first, credit after: "... told L'Adige, the Trento daily that on Wednesday
# published ..."; "did not respond to a request for comment from the Guardian");
# pl RMF24 (paraphrase without any credit until the last paragraph: "O sprawie jako pierwszy napisał
# ... dziennik „l'Adige”").
story("m01_cervara_avalanche_memo", "scoop", {
"00_it.txt": """Passo Cervara, tre impianti antivalanga guasti da dicembre ma le piste restavano aperte
l'Adige
10 febbraio 2027 - 06:30

Tre dei sette impianti di distacco programmato delle valanghe che proteggono le piste di Passo Cervara erano fuori servizio da metà dicembre quando, il 14 gennaio, una slavina ha travolto la pista Larici ferendo due sciatori. Lo rivela una relazione tecnica interna della Sorna Impianti spa, la società che gestisce il comprensorio in Val di Sorna, che l'Adige ha potuto visionare.

Il documento, datato 9 gennaio e firmato dal responsabile della sicurezza delle piste, segnala «guasti ai sensori di innesco» su tre impianti installati sotto la cresta di Cima Moresca e raccomanda «la chiusura precauzionale dei tracciati sottostanti fino al ripristino». Le piste Larici e Forcellina, invece, sono rimaste aperte per tutto il mese.

Due dipendenti della società, che hanno chiesto di restare anonimi per timore di ritorsioni, hanno raccontato al nostro giornale che la relazione era stata discussa in una riunione interna il 10 gennaio. «Ci è stato detto che i pezzi di ricambio sarebbero arrivati a febbraio e che nel frattempo bastavano i controlli a vista», ha riferito uno dei due.

Nella valanga del 14 gennaio sono rimasti feriti un maestro di sci di 41 anni e una turista tedesca di 29 anni, dimessi dall'ospedale dopo alcuni giorni. I carabinieri hanno acquisito nei giorni scorsi i registri degli impianti di risalita.

Contattato dall'Adige, il direttore della Sorna Impianti, Marco Zanolli, ha confermato i guasti ma sostiene che «le piste erano sicure, perché quel giorno il pericolo valanghe era moderato e i controlli previsti sono stati eseguiti». I ricambi, ha aggiunto, erano stati ordinati già a dicembre.
""",
"01_de.txt": """Lawinenschutz defekt, Pisten trotzdem offen: Vorwürfe gegen Skigebiet im Trentino
Tiroler Tageszeitung
10.02.2027, 12:14

Im Trentiner Skigebiet Passo Cervara sollen drei von sieben fernausgelösten Lawinensprenganlagen seit Mitte Dezember außer Betrieb gewesen sein – auch am 14. Jänner, als eine Lawine die Piste Larici verschüttete und zwei Skifahrer verletzte. Das berichtet die Trentiner Tageszeitung l'Adige unter Berufung auf einen internen technischen Bericht der Betreibergesellschaft Sorna Impianti, den das Blatt einsehen konnte.

In dem mit 9. Jänner datierten Papier empfiehlt der Verantwortliche für die Pistensicherheit demnach, die darunterliegenden Abfahrten vorsorglich zu sperren, bis die Anlagen repariert sind. Geschehen ist das nicht. Zwei Mitarbeiter, die anonym bleiben wollen, sagten der Zeitung, man habe ihnen bei einer internen Besprechung erklärt, die Ersatzteile kämen erst im Februar und bis dahin reichten Sichtkontrollen.

Bei dem Lawinenabgang wurden ein 41-jähriger Skilehrer und eine 29-jährige Urlauberin aus Deutschland verletzt. Die Carabinieri haben laut l'Adige inzwischen die Betriebsbücher der Liftanlagen sichergestellt.

Betriebsleiter Marco Zanolli bestätigte gegenüber dem Blatt aus Trient die Defekte, wies die Vorwürfe aber zurück: Die Pisten seien sicher gewesen, die Lawinengefahr an jenem Tag nur mäßig. Eine Anfrage der TT ließ die Sorna Impianti bis Redaktionsschluss unbeantwortet.

Ferngesteuerte Sprenganlagen gehören in vielen Skigebieten der Alpen längst zum Standard. Über Ausfälle solcher Systeme bei großer Kälte hatte vor zwei Wintern bereits der Bayerische Rundfunk im Zusammenhang mit einem Skigebiet im Allgäu berichtet.
""",
"02_en.txt": """Italian ski resort kept slopes open despite broken avalanche defences, paper reports
The Guardian
Wed 10 Feb 2027 16.05 GMT

"We were told the spare parts would arrive in February and that visual checks would do in the meantime," one employee of the lift company told L'Adige, the Trento daily that on Wednesday published details of an internal report on the failures.

Three of the seven remote avalanche-control systems above the slopes of Passo Cervara, a resort in the northern Italian province of Trentino, had been out of action since mid-December, the newspaper reported. They were still broken on 14 January, when an avalanche swept across the Larici piste and injured two skiers, a 41-year-old instructor and a 29-year-old German tourist.

According to the internal technical report, which L'Adige said it had seen, the resort's head of piste safety recommended on 9 January that the runs below the ridge be closed until the systems were repaired. They stayed open. Two employees, who spoke to the paper on condition of anonymity, said the report was discussed at an internal meeting the following day.

Marco Zanolli, the director of the operator, Sorna Impianti, confirmed the faults to L'Adige but insisted the pistes had been safe because the avalanche danger that day was moderate. Sorna Impianti did not respond to a request for comment from the Guardian.

Italian police have seized the lift company's maintenance logs, the paper added. Winter tourism is the mainstay of the Val di Sorna, where the resort is the largest employer.
""",
"03_pl.txt": """Włochy: niesprawne systemy przeciwlawinowe, a trasy otwarte. Dwoje rannych
RMF24
Środa, 10 lutego 2027 (17:32)

W ośrodku narciarskim Passo Cervara w północnych Włoszech trzy z siedmiu instalacji do zdalnego wyzwalania lawin nie działały od połowy grudnia. Mimo to trasy poniżej grani Cima Moresca pozostawały otwarte – także 14 stycznia, gdy lawina zeszła na trasę Larici.

Śnieżna masa porwała dwie osoby: 41-letniego instruktora narciarstwa i 29-letnią turystkę z Niemiec. Oboje trafili do szpitala, po kilku dniach zostali wypisani.

Z wewnętrznego raportu technicznego spółki Sorna Impianti, która zarządza ośrodkiem, wynika, że odpowiedzialny za bezpieczeństwo tras już 9 stycznia zalecał zamknięcie zagrożonych zjazdów do czasu naprawy. Dwóch pracowników spółki twierdzi, że na wewnętrznym zebraniu usłyszeli, iż części zamienne dotrą dopiero w lutym, a do tego czasu wystarczą kontrole wzrokowe.

Dyrektor Sorna Impianti Marco Zanolli przyznał, że instalacje były uszkodzone, ale przekonuje, że trasy były bezpieczne, bo zagrożenie lawinowe tego dnia było umiarkowane. Karabinierzy zabezpieczyli dokumentację wyciągów.

W dolinie co zimę wypoczywa wielu polskich narciarzy, a Passo Cervara jest jednym z największych ośrodków w okolicy.

O sprawie jako pierwszy napisał w środę ukazujący się w Trydencie dziennik „l'Adige”, który dotarł do raportu i rozmawiał z pracownikami spółki, zastrzegającymi sobie anonimowość. Także dyrektor Zanolli wypowiadał się dla tej gazety.
""",
}, [{"name": "l'Adige", "in_corpus": True}],
[{"origin": "l'Adige", "article": "01_de.txt"},
 {"origin": "l'Adige", "article": "02_en.txt"},
 {"origin": "l'Adige", "article": "03_pl.txt"}],
[{"text": "Three of the seven avalanche-control systems above the Passo Cervara slopes had been out of service since mid-December while the slopes below stayed open.",
  "articles": ["00_it.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "An avalanche on 14 January hit the Larici piste and injured a 41-year-old ski instructor and a 29-year-old German tourist.",
  "articles": ["00_it.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "Sorna Impianti's director Marco Zanolli confirmed the faults but said the pistes were safe because the avalanche danger that day was moderate.",
  "articles": ["00_it.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1}])

# m02: a rescue service's own Facebook post (case 2), taken directly by pl Gazeta Krakowska (quote
# first: "– ... – napisał w niedzielę rano na Facebooku naczelnik Grupy Ratowniczej Gór Siwych";
# background mention of Radio Kraków), uk Суспільне ("Про це повідомила ... у своєму дописі у
# Facebook"), de MDR (no date line; "teilte ... auf ihrer Facebook-Seite mit"; organiser "nicht zu
# erreichen") and fr Le Figaro ("a annoncé ... dans une publication sur Facebook"); ru Новая газета
# Европа takes it via Gazeta Krakowska ("пишет региональная «Газета Краковска» (Gazeta Krakowska),
# ссылаясь на публикацию спасателей в фейсбуке" + "По данным «Газеты Краковской»") = chain.
story("m02_siwe_rescue_facebook", "statement", {
"00_pl.txt": """11 godzin walki z wichurą w Górach Siwych. Ratownicy sprowadzili 14 turystów z grani
Gazeta Krakowska
17.01.2027, 11:48

– Grupa nie miała raków, czołówek ani mapy, a na szlak wyszła o godz. 13, mimo komunikatów o nadciągającej wichurze – napisał w niedzielę rano na Facebooku naczelnik Grupy Ratowniczej Gór Siwych Grzegorz Pajda. Ratownicy przez 11 godzin sprowadzali z grani 14 turystów, którzy utknęli w zamieci między Wilczą Przełęczą a Siwym Wierchem.

Jak przekazali ratownicy w obszernym wpisie, wezwanie przyszło w sobotę o godz. 17.20. Do akcji ruszyło 23 ratowników. Śmigłowiec nie mógł wystartować, bo wiatr w porywach dochodził do 110 km/h. Ostatnie osoby dotarły do schroniska na Wilczej Przełęczy w niedzielę o 4.30.

Turyści w wieku od 19 do 34 lat to uczestnicy międzynarodowego obozu językowego – dziewięcioro Ukraińców i pięcioro Niemców. 22-letnia Ukrainka z objawami hipotermii trafiła do szpitala w Siwcu. Pozostali nie wymagali hospitalizacji, czytamy w poście.

„Apelujemy: sprawdzajcie prognozy i komunikaty, zanim wyjdziecie w góry. Zimą grań Siwego Wierchu to teren wysokogórski” – dodali ratownicy.

To już trzecia nocna akcja w tym rejonie w obecnym sezonie. O poprzedniej, w grudniu, informowało Radio Kraków.
""",
"01_uk.txt": """У польських горах рятувальники 11 годин виводили туристів із заметілі: серед них дев'ятеро українців
Суспільне Новини
17 січня 2027, 14:20

У Польщі гірські рятувальники протягом 11 годин евакуйовували з хребта 14 туристів, які потрапили в заметіль у горах Сиві. Серед них — дев'ятеро громадян України. Про це повідомила польська рятувальна служба Grupa Ratownicza Gór Siwych у своєму дописі у Facebook.

За даними рятувальників, виклик надійшов у суботу о 17:20. На пошуки вирушили 23 рятувальники, гелікоптер не зміг піднятися в повітря через вітер, пориви якого сягали 110 км/год. Останні туристи дісталися притулку на Вовчому перевалі (Wilcza Przełęcz) о 4:30 в неділю.

«Група не мала ні кішок, ні налобних ліхтариків, ні мапи і вийшла на маршрут о 13-й, попри попередження про ураганний вітер», — написав начальник служби Ґжеґож Пайда.

Туристи віком від 19 до 34 років — учасники міжнародного мовного табору, крім українців, там було п'ятеро німців. 22-річну українку з ознаками переохолодження доправили до лікарні. Решта госпіталізації не потребувала, йдеться в дописі.

Рятувальники закликали туристів перевіряти прогнози погоди перед виходом у гори. За їхніми словами, це вже третя нічна операція в цьому районі від початку сезону.
""",
"02_de.txt": """Elf Stunden im Schneesturm: Bergretter holen Sprachcamp-Gruppe aus polnischen Bergen
MDR

In Polen haben Bergretter 14 junge Leute aus einem Schneesturm geholt, unter ihnen fünf Deutsche. Die Gruppe war am Samstagnachmittag auf einem Grat zwischen dem Pass Wilcza Przełęcz und dem Gipfel Siwy Wierch in den Siwe-Bergen in Not geraten. Das teilte die örtliche Bergrettung Grupa Ratownicza Gór Siwych am Sonntag auf ihrer Facebook-Seite mit.

Der Einsatz dauerte nach Angaben der Retter elf Stunden. 23 Bergretter seien ausgerückt, ein Hubschrauber habe wegen Sturmböen von bis zu 110 Kilometern pro Stunde nicht starten können. Erst gegen 4.30 Uhr am Sonntag erreichten die letzten Wanderer die Hütte auf dem Pass.

Die 19- bis 34-Jährigen nahmen an einem internationalen Sprachcamp teil, neun von ihnen stammen aus der Ukraine. Eine 22-jährige Ukrainerin kam mit Unterkühlung ins Krankenhaus, die übrigen mussten nicht behandelt werden.

Deutliche Kritik übt der Leiter der Bergrettung, Grzegorz Pajda, in dem Beitrag: Die Gruppe habe weder Steigeisen noch Stirnlampen oder eine Karte dabeigehabt und sei trotz Sturmwarnung um 13 Uhr aufgebrochen.

Woher die deutschen Teilnehmer stammen, ist bislang nicht bekannt. Der Veranstalter des Sprachcamps war für eine Stellungnahme zunächst nicht zu erreichen.
""",
"03_ru.txt": """В Польше спасатели 11 часов выводили из пурги группу туристов из Украины и Германии
Новая газета Европа
17 января 2027, 19:05

В Польше горные спасатели в течение 11 часов спускали с хребта 14 туристов, застигнутых метелью в горах Сиве. Об этом пишет региональная «Газета Краковска» (Gazeta Krakowska), ссылаясь на публикацию спасателей в фейсбуке.

Как уточняет издание, вызов поступил в субботу в 17:20, в операции участвовали 23 спасателя. Вертолет не смог взлететь из-за ветра, порывы которого достигали 110 км/ч. Последние туристы добрались до приюта на перевале только в 4:30 утра в воскресенье.

По данным «Газеты Краковской», в группе были девять граждан Украины и пять граждан Германии в возрасте от 19 до 34 лет — участники международного языкового лагеря. 22-летнюю украинку с переохлаждением госпитализировали, остальным медицинская помощь не понадобилась.

«У группы не было ни кошек, ни налобных фонарей, ни карты, а на маршрут они вышли в 13 часов, несмотря на предупреждения об урагане», — приводит газета слова начальника спасательной службы Гжегожа Пайды.

Это уже третья ночная спасательная операция в этом районе с начала сезона, отмечает краковское издание.
""",
"04_fr.txt": """Pologne : 14 randonneurs pris dans le blizzard secourus après onze heures d'opération
Le Figaro
Publié le 17/01/2027 à 18:22

Onze heures d'efforts dans la tempête. Les sauveteurs des monts Siwe, dans le sud de la Pologne, ont ramené dans la nuit de samedi à dimanche 14 randonneurs bloqués sur une crête, a annoncé dimanche matin le service de secours en montagne (Grupa Ratownicza Gór Siwych, GRGS) dans une publication sur Facebook.

L'alerte a été donnée samedi à 17h20. Vingt-trois secouristes ont été mobilisés, mais l'hélicoptère n'a pas pu décoller en raison de rafales atteignant 110 km/h, précise le GRGS. Les derniers marcheurs ont rejoint le refuge du col de Wilcza Przełęcz vers 4h30.

Âgés de 19 à 34 ans, les randonneurs participaient à un camp linguistique international : neuf Ukrainiens et cinq Allemands. Une Ukrainienne de 22 ans, en hypothermie, a été hospitalisée. Les autres n'ont pas eu besoin de soins.

« Le groupe n'avait ni crampons, ni lampes frontales, ni carte, et il est parti à 13 heures malgré les alertes météo », a déploré dans ce message le chef des secouristes, Grzegorz Pajda, qui appelle les randonneurs à consulter les prévisions avant de partir.

Selon les secouristes, il s'agit déjà de la troisième intervention de nuit dans le secteur depuis le début de la saison.
""",
}, [{"name": "Grupa Ratownicza Gór Siwych", "in_corpus": False}],
[{"origin": "Grupa Ratownicza Gór Siwych", "article": "00_pl.txt"},
 {"origin": "Grupa Ratownicza Gór Siwych", "article": "01_uk.txt"},
 {"origin": "Grupa Ratownicza Gór Siwych", "article": "02_de.txt"},
 {"origin": "Gazeta Krakowska", "article": "03_ru.txt"},
 {"origin": "Grupa Ratownicza Gór Siwych", "article": "04_fr.txt"}],
[{"text": "Mountain rescuers brought down 14 tourists caught in a blizzard in the Siwe mountains after an 11-hour operation.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], "independent_sources": 1},
 {"text": "A 22-year-old Ukrainian woman from the group was taken to hospital with hypothermia.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], "independent_sources": 1},
 {"text": "Rescue chief Grzegorz Pajda said the group had no crampons, headlamps or map and set off at 1 pm despite storm warnings.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], "independent_sources": 1}])

# m03: own report with an uncredited close translation (case 3). fr Le Dauphiné Libéré own report
# ("Notre journaliste, présent sur le domaine, a assisté à l'évacuation", "nous a raconté", "a confié
# au Dauphiné"); it La Stampa the next morning: uncredited close Italian translation that keeps
# "Il nostro cronista, presente sulle piste", "ci ha raccontato", "ha confidato al nostro giornale";
# credited relays: en The Local France ("regional newspaper Le Dauphiné Libéré reported", "told Le
# Dauphiné", "told the newspaper") and uk ТСН.ua ("повідомляє французька регіональна газета Le
# Dauphiné Libéré", "За даними видання", credit in parentheses "(за інформацією Le Dauphiné Libéré ...)").
story("m03_arolles_chairlift_translation", "translation", {
"00_fr.txt": """Val-Sérane : 126 skieurs évacués du télésiège des Arolles après trois heures d'attente
Le Dauphiné Libéré
Le 23/01/2027 à 19:05

Trois heures suspendus dans le vide, par moins huit degrés. Ce samedi, vers 13 h 40, le câble du télésiège des Arolles, à Val-Sérane, est sorti de ses poulies au niveau du pylône 9, immobilisant l'appareil avec 126 skieurs à bord. Notre journaliste, présent sur le domaine, a assisté à l'évacuation.

Une quarantaine de pisteurs-secouristes de la station, épaulés par des moniteurs, ont descendu les skieurs un par un à l'aide de cordes. Le dernier a touché le sol peu avant 17 heures. « On voyait les gens taper des pieds pour se réchauffer. Personne n'a paniqué, mais c'était long », nous a raconté Camille Roux, une skieuse de 34 ans qui attendait au pied de l'appareil que sa fille soit évacuée.

Trois personnes légèrement en hypothermie ont été prises en charge au poste de secours, selon la station. Aucun blessé grave n'est à déplorer.

« Le télésiège avait passé son contrôle annuel en décembre, sans aucune réserve », a confié au Dauphiné Hélène Vachoux, directrice de Sérane Domaine Skiable, la société qui exploite les remontées mécaniques. Une expertise doit déterminer pourquoi le câble a déraillé. L'appareil restera fermé au moins jusqu'à mercredi.

Le télésiège des Arolles, mis en service en 1998, dessert les pistes du secteur de la Combe Noire. Son remplacement par un télésiège débrayable était prévu pour 2029.
""",
"01_it.txt": """Val-Sérane, 126 sciatori evacuati dalla seggiovia bloccata: tre ore sospesi nel vuoto
La Stampa
24 gennaio 2027, 07:50

Tre ore sospesi nel vuoto, a otto gradi sotto zero. Sabato, intorno alle 13.40, il cavo della seggiovia delle Arolles, a Val-Sérane, nelle Alpi francesi, è uscito dalle pulegge all'altezza del pilone 9, bloccando l'impianto con 126 sciatori a bordo. Il nostro cronista, presente sulle piste, ha assistito all'evacuazione.

Una quarantina di addetti al soccorso piste della stazione, aiutati dai maestri di sci, hanno calato gli sciatori uno per uno con le corde. L'ultimo ha toccato terra poco prima delle 17. «Si vedeva la gente battere i piedi per scaldarsi. Nessuno è andato nel panico, ma è stata lunga», ci ha raccontato Camille Roux, una sciatrice di 34 anni che aspettava ai piedi dell'impianto che la figlia venisse evacuata.

Tre persone in lieve ipotermia sono state assistite al posto di soccorso, secondo la stazione. Non ci sono feriti gravi.

«La seggiovia aveva superato il controllo annuale a dicembre, senza alcuna riserva», ha confidato al nostro giornale Hélène Vachoux, direttrice di Sérane Domaine Skiable, la società che gestisce gli impianti di risalita. Una perizia dovrà stabilire perché il cavo sia deragliato. L'impianto resterà chiuso almeno fino a mercoledì.

La seggiovia delle Arolles, in funzione dal 1998, serve le piste del settore della Combe Noire. La sua sostituzione con un impianto ad ammorsamento automatico era prevista per il 2029.
""",
"02_en.txt": """126 skiers lowered by rope after French Alps chairlift breaks down
The Local France
Published: 24 January 2027 10:22 CET

Skiers were left dangling for up to three hours in temperatures of minus 8C on Saturday after a chairlift broke down at the resort of Val-Sérane, the regional newspaper Le Dauphiné Libéré reported.

The cable of the Arolles chairlift came off its pulleys at pylon 9 at around 1.40pm, leaving 126 people stranded, according to the paper, whose journalist watched the evacuation. Around 40 of the resort's ski patrollers, helped by instructors, lowered the skiers one by one on ropes, the last of them reaching the ground just before 5pm.

"You could see people stamping their feet to keep warm. Nobody panicked, but it was long," a skier waiting for her daughter at the foot of the lift told Le Dauphiné.

Three people were treated for mild hypothermia at the resort's first-aid post, and nobody was seriously hurt.

Hélène Vachoux, director of the lift operator Sérane Domaine Skiable, told the newspaper that the chairlift had passed its annual inspection in December "without any reservations". Experts will examine why the cable derailed, and the lift will stay shut until at least Wednesday.

The Arolles chairlift was built in 1998 and was already due to be replaced by a faster detachable lift in 2029.
""",
"03_uk.txt": """У французьких Альпах 126 лижників три години провисіли на зупиненому підйомнику
ТСН.ua
24 січня 2027, 13:47

На гірськолижному курорті Валь-Серан у французьких Альпах у суботу зупинився крісельний підйомник «Арол», на якому опинилися 126 лижників. Людей знімали з висоти за допомогою мотузок понад три години, повідомляє французька регіональна газета Le Dauphiné Libéré.

За даними видання, близько 13:40 трос підйомника зійшов зі шківів біля опори №9. Температура повітря становила мінус вісім градусів. Евакуацію проводили близько 40 патрульних-рятувальників курорту разом з інструкторами, останнього лижника спустили на землю незадовго до 17:00. Журналіст газети спостерігав за евакуацією на місці.

Троє людей отримали легке переохолодження (за інформацією Le Dauphiné Libéré, їм допомогли в медпункті курорту). Серйозно ніхто не постраждав.

Директорка компанії-оператора Sérane Domaine Skiable Елен Вашу сказала газеті, що в грудні підйомник пройшов щорічну перевірку без жодних зауважень. Причини аварії встановить експертиза, а сам підйомник буде закритий щонайменше до середи.

Як пише видання, підйомник «Арол» працює з 1998 року, а його заміну на сучасніший швидкісний підйомник планували на 2029 рік. Чи були серед лижників громадяни України, наразі невідомо.
""",
}, [{"name": "Le Dauphiné Libéré", "in_corpus": True}],
[{"origin": "Le Dauphiné Libéré", "article": "01_it.txt"},
 {"origin": "Le Dauphiné Libéré", "article": "02_en.txt"},
 {"origin": "Le Dauphiné Libéré", "article": "03_uk.txt"}],
[{"text": "The Arolles chairlift at Val-Sérane stopped with 126 skiers aboard after its cable came off the pulleys, and they were lowered by rope over about three hours.",
  "articles": ["00_fr.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Three people were treated for mild hypothermia and nobody was seriously hurt.",
  "articles": ["00_fr.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Hélène Vachoux of Sérane Domaine Skiable said the chairlift had passed its annual inspection in December.",
  "articles": ["00_fr.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], "independent_sources": 1}])

# m04: three-step chain (case 4). uk ZAXID.NET own report (correspondent in hospital: "Кореспондент
# ZAXID.NET поспілкувався", "розповів ZAXID.NET", "Як з'ясував ZAXID.NET", "сказав нашому
# кореспондентові") -> pl Rzeczpospolita (quote first: "– ... – powiedział lwowskiemu portalowi
# Zaxid.net"; "Jak podaje Zaxid.net", "relacjonuje portal", "cytuje Zaxid.net"; own unsuccessful contact
# attempt) -> de Süddeutsche Zeitung ("berichtet die polnische Tageszeitung Rzeczpospolita, die sich
# ihrerseits auf das Lemberger Nachrichtenportal Zaxid.net beruft", "das Warschauer Blatt", "heißt es
# in dem Bericht der Rzeczpospolita") and en Notes from Poland (headline credit "reports
# Rzeczpospolita", "the Polish daily Rzeczpospolita has reported", "was quoted as saying by
# Rzeczpospolita"; never names Zaxid.net). Both C articles get one edge from Rzeczpospolita.
story("m04_cheremkhova_snow_cave_chain", "chain", {
"00_uk.txt": """«Їли сніг і рахували години»: у Карпатах знайшли живими двох польських скітурів, яких шукали три доби
ZAXID.NET
04 лютого 2027, 09:12

Двох польських скітурів, які зникли на схилах гори Черемхова ще 31 січня, гірські рятувальники знайшли живими в сніговій печері на висоті близько 1600 метрів. Кореспондент ZAXID.NET поспілкувався з одним із них у лікарні у Верхньому Студенці.

«Ми викопали печеру, коли зрозуміли, що в заметіль далі не пройдемо. Мали два батончики і газовий пальник, топили сніг і рахували години», — розповів ZAXID.NET 31-річний Павел К. Його 29-річний товариш Міхал С. має обмороження пальців рук, обидва перебувають під наглядом лікарів.

Пошуки тривали три доби. Як з'ясував ZAXID.NET, через сильний вітер гелікоптер вдалося підняти лише вранці 3 лютого: саме з повітря рятувальники помітили лижі, встромлені в сніг біля входу до печери.

«Вони зробили все правильно: не пішли вниз навмання, а закопалися й чекали. Це їх і врятувало», — сказав нашому кореспондентові начальник гірського пошуково-рятувального поста Іван Палійчук.

Поляки приїхали в Карпати 30 січня і, за словами Павела, планували триденний перехід хребтом. Про маршрут вони повідомили лише знайомим у Польщі, які й підняли тривогу, коли чоловіки не вийшли на зв'язок.
""",
"01_pl.txt": """Trzy doby w jamie śnieżnej. Polscy skiturowcy odnalezieni w ukraińskich Karpatach
Rzeczpospolita
Publikacja: 04.02.2027 13:55

– Wykopaliśmy jamę, kiedy zrozumieliśmy, że w zamieci dalej nie przejdziemy. Mieliśmy dwa batony i palnik gazowy, topiliśmy śnieg i liczyliśmy godziny – powiedział lwowskiemu portalowi Zaxid.net 31-letni Paweł K., jeden z dwóch polskich skiturowców odnalezionych w ukraińskich Karpatach po trzech dobach poszukiwań.

Jak podaje Zaxid.net, mężczyźni zaginęli 31 stycznia na stokach góry Czeremchowa. Ukraińscy ratownicy górscy znaleźli ich w jamie śnieżnej na wysokości ok. 1600 m. Z powodu silnego wiatru śmigłowiec mógł wystartować dopiero rano 3 lutego – to z powietrza ratownicy zauważyli narty wbite w śnieg przy wejściu do jamy.

29-letni Michał S. ma odmrożone palce dłoni. Obaj są pod opieką lekarzy w szpitalu w Wierchnim Studeńcu, relacjonuje portal, którego dziennikarz rozmawiał z Pawłem K. przy szpitalnym łóżku.

– Zrobili wszystko dobrze: nie schodzili na oślep, tylko się zakopali i czekali – cytuje Zaxid.net szefa górskiego posterunku ratowniczego Iwana Palijczuka.

Polacy przyjechali w Karpaty 30 stycznia. O planowanej trasie poinformowali tylko znajomych w kraju, którzy zaalarmowali służby. Do czasu publikacji nie udało nam się skontaktować z rodzinami mężczyzn.
""",
"02_de.txt": """Polnische Skitourengeher überleben drei Tage in Schneehöhle
Süddeutsche Zeitung
5. Februar 2027, 10:14 Uhr

Drei Tage lang haben zwei polnische Skitourengeher in den ukrainischen Karpaten in einer selbst gegrabenen Schneehöhle ausgeharrt, nun sind sie lebend gefunden worden. Das berichtet die polnische Tageszeitung Rzeczpospolita, die sich ihrerseits auf das Lemberger Nachrichtenportal Zaxid.net beruft.

Die beiden Männer im Alter von 29 und 31 Jahren waren demnach am 31. Januar am Berg Tscheremchowa in einen Schneesturm geraten. Ukrainische Bergretter entdeckten sie am Morgen des 3. Februar aus einem Hubschrauber: Vor dem Eingang der Höhle auf etwa 1600 Metern steckten ihre Ski im Schnee. Wegen des Sturms hatte der Helikopter zuvor nicht aufsteigen können.

„Wir hatten zwei Riegel und einen Gaskocher, wir haben Schnee geschmolzen und die Stunden gezählt“, zitiert das Warschauer Blatt einen der beiden. Sein jüngerer Begleiter erlitt Erfrierungen an den Fingern, beide werden im Krankenhaus behandelt.

Der Leiter der örtlichen Bergrettung lobte das Verhalten der Männer: Sie seien nicht blind abgestiegen, sondern hätten sich eingegraben und gewartet, heißt es in dem Bericht der Rzeczpospolita.

Die Skitourengeher hatten ihre Route nur Bekannten in Polen mitgeteilt, die schließlich Alarm schlugen.
""",
"03_en.txt": """Polish ski tourers survive three days in Ukrainian snow cave, reports Rzeczpospolita
Notes from Poland
February 5, 2027

Two Polish ski tourers who went missing in Ukraine's Carpathian mountains have been found alive after spending three days in a snow cave they dug during a blizzard, the Polish daily Rzeczpospolita has reported.

The men, aged 31 and 29 and identified only as Paweł K. and Michał S., disappeared on 31 January on the slopes of Cheremkhova mountain. Ukrainian mountain rescuers spotted their skis planted in the snow at the entrance to the cave, at an altitude of around 1,600 metres, from a helicopter on the morning of 3 February, according to the newspaper. Strong winds had kept the helicopter grounded until then.

"We had two energy bars and a gas stove, we melted snow and counted the hours," Paweł K. was quoted as saying by Rzeczpospolita. Michał S. suffered frostbite to his fingers, and both men are being treated in hospital.

The head of the local rescue post praised the pair for staying put instead of trying to descend blindly.

The men had arrived in the Carpathians on 30 January and had told only friends in Poland about their route. It was those friends who eventually raised the alarm, the paper wrote.
""",
}, [{"name": "ZAXID.NET", "in_corpus": True}],
[{"origin": "ZAXID.NET", "article": "01_pl.txt"},
 {"origin": "Rzeczpospolita", "article": "02_de.txt"},
 {"origin": "Rzeczpospolita", "article": "03_en.txt"}],
[{"text": "Two Polish ski tourers missing since 31 January on Cheremkhova mountain were found alive in a snow cave after three days.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "They survived on two energy bars and snow melted on a gas stove.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "One of the two men suffered frostbite to his fingers and both are being treated in hospital.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1}])

# m05: relay that adds its own confirmation = two roots (case 5). ru Коммерсантъ own report ("Как
# стало известно “Ъ”", "рассказали два источника", "собеседник “Ъ”", unanswered "на запрос “Ъ” не
# ответили"); ru РБК relays it ("Первым об этом сообщил «Коммерсантъ» со ссылкой на источники",
# "По данным «Коммерсанта»", "по информации издания") and adds its own answered enquiry ("Пресс-служба
# ... подтвердила РБК", "заявила РБК", "сообщили РБК в компании") = edge + own root; fr Courrier
# international (headline credit "selon “Kommersant”", "rapporte ... le quotidien économique russe
# Kommersant", "Selon le journal", "précise le quotidien"); pl Polsat News (headline credit
# "„Kommiersant”:", case forms "Według „Kommiersanta”", "powiedziały „Kommiersantowi”").
story("m05_sedlovina_gondola_confirmation", "confirmation", {
"00_ru.txt": """«Белая Седловина» лишилась вершины
Коммерсантъ
11.03.2027, 07:58

Горнолыжный курорт «Белая Седловина» на Северном Кавказе до конца сезона закрывает верхнюю гондольную канатную дорогу «Седловина-3». Как стало известно “Ъ”, при плановом осмотре в конце февраля в фундаменте опоры №7 обнаружили трещину длиной около 40 см. Об этом “Ъ” рассказали два источника в АО «Седловина-Туризм», управляющем курортом, информацию подтвердил собеседник в региональном правительстве.

Дорога, поднимающая лыжников с высоты 2450 м на 3100 м, была остановлена 2 марта «по техническим причинам». С ее закрытием недоступны четыре верхние трассы общей протяженностью 11 км — самые популярные на курорте. По словам одного из собеседников “Ъ”, ремонт опоры потребует демонтажа троса и займет не менее трех месяцев.

Пропускная способность «Седловины-3» — до 1800 человек в час. В марте, по оценке собеседника “Ъ” в компании, курорт недосчитается до 40% выручки. Стоимость ски-пасса с 12 марта будет снижена на 20%.

Канатную дорогу в 2019 году строила подрядная компания «Кавказтрос». В АО «Седловина-Туризм» на запрос “Ъ” не ответили.
""",
"01_ru.txt": """Курорт «Белая Седловина» закрыл верхнюю канатную дорогу до конца сезона
РБК
11 марта 2027, 12:15

Горнолыжный курорт «Белая Седловина» не откроет до конца сезона верхнюю канатную дорогу «Седловина-3», в опоре которой обнаружена трещина. Первым об этом сообщил «Коммерсантъ» со ссылкой на источники в управляющей компании.

Пресс-служба АО «Седловина-Туризм» подтвердила РБК, что дорога закрыта до конца сезона. «Безопасность гостей для нас приоритет. Ремонтные работы начнутся сразу после схода снега», — заявила РБК представитель компании Алина Кудаева. По ее словам, владельцы сезонных абонементов смогут вернуть часть их стоимости.

По данным «Коммерсанта», трещину длиной около 40 см нашли в фундаменте опоры №7 при плановом осмотре в конце февраля. Дорога, поднимающая лыжников на высоту 3100 м, остановлена со 2 марта, из-за этого закрыты четыре верхние трассы общей протяженностью 11 км. Ремонт, по информации издания, займет не меньше трех месяцев.

С 12 марта курорт снижает стоимость ски-пасса на 20%, сообщили РБК в компании.

«Белая Седловина» — один из крупнейших горнолыжных курортов региона. Верхнюю канатную дорогу ввели в эксплуатацию в 2019 году.
""",
"02_fr.txt": """Russie : une station de ski du Caucase ferme sa télécabine sommitale, selon “Kommersant”
Courrier international
Publié le 11 mars 2027 à 16h40

Coup dur pour la station de Belaïa Sedlovina, dans le Caucase du Nord. Sa télécabine sommitale, la Sedlovina-3, restera fermée jusqu'à la fin de la saison après la découverte d'une fissure d'une quarantaine de centimètres dans les fondations d'un pylône, rapporte ce jeudi le quotidien économique russe Kommersant.

Selon le journal, qui cite deux sources au sein de la société d'exploitation Sedlovina-Tourisme, la fissure a été repérée lors d'une inspection de routine fin février. L'installation, qui monte les skieurs de 2 450 à 3 100 mètres, est à l'arrêt depuis le 2 mars. Quatre pistes, soit 11 kilomètres, sont désormais inaccessibles.

La télécabine peut transporter jusqu'à 1 800 personnes par heure. D'après Kommersant, la station pourrait perdre jusqu'à 40 % de son chiffre d'affaires en mars. Les réparations, qui nécessiteront de démonter le câble, dureront au moins trois mois.

Pour limiter la casse, le forfait sera vendu 20 % moins cher à partir du 12 mars, précise le quotidien. L'exploitant n'a pas répondu aux questions du journal.
""",
"03_pl.txt": """Rosyjski kurort zamyka górną kolejkę. „Kommiersant”: pęknięcie w podporze
Polsat News
czwartek, 11 marca 2027 18:03

Ośrodek narciarski Biełaja Siedłowina na rosyjskim Kaukazie Północnym do końca sezonu nie uruchomi górnej kolei gondolowej. Powodem jest pęknięcie w fundamencie jednej z podpór – podał w czwartek rosyjski dziennik „Kommiersant”.

Według „Kommiersanta” pęknięcie o długości ok. 40 cm wykryto podczas rutynowej kontroli pod koniec lutego. Kolejka, która wwozi narciarzy z wysokości 2450 na 3100 m n.p.m., stoi od 2 marca. Zamknięte są cztery najwyżej położone trasy o łącznej długości 11 km. Kolejka może przewieźć do 1800 osób na godzinę – podkreśla moskiewski dziennik.

Dwa źródła w spółce zarządzającej ośrodkiem powiedziały „Kommiersantowi”, że naprawa potrwa co najmniej trzy miesiące, bo wymaga demontażu liny. Jak pisze gazeta, powołując się na swojego rozmówcę w spółce, w marcu kurort może stracić nawet 40 proc. przychodów.

Od 12 marca karnety mają być tańsze o 20 proc. Spółka nie odpowiedziała na pytania rosyjskiej gazety.

Biełaja Siedłowina to jeden z największych ośrodków narciarskich w regionie. Górną kolejkę oddano do użytku w 2019 r.
""",
}, [{"name": "Коммерсантъ", "in_corpus": True}, {"name": "РБК", "in_corpus": True}],
[{"origin": "Коммерсантъ", "article": "01_ru.txt"},
 {"origin": "Коммерсантъ", "article": "02_fr.txt"},
 {"origin": "Коммерсантъ", "article": "03_pl.txt"}],
[{"text": "The Belaya Sedlovina resort's upper gondola will stay closed until the end of the season after a crack was found in a pylon foundation.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 2},
 {"text": "The repair will take at least three months.",
  "articles": ["00_ru.txt", "01_ru.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 2},
 {"text": "The resort could lose up to 40% of its March revenue.",
  "articles": ["00_ru.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 1}])

# m06: a person's own Instagram post (case 6), taken directly by all five: pl TVN24 (quote first:
# "– ... – napisała na Instagramie Agnieszka Wielgosz", "relacjonuje we wpisie"); en BBC News ("the
# 38-year-old wrote in a post on Instagram"); it Corriere della Sera ("lo ha annunciato su Instagram";
# background: an interview given to TVN24 in December, before the expedition = no edge); uk
# Українська правда ("Про це Вельгош написала у своєму Instagram", "йдеться в дописі"); ru article
# without outlet line ("Об этом она написала во вторник в своем Instagram"; background "польские СМИ
# писали").
story("m06_wielgosz_instagram", "social_post", {
"00_pl.txt": """„Góra powiedziała: nie tej zimy”. Agnieszka Wielgosz kończy wyprawę na Tagharan po lawinie
TVN24
16 lutego 2027, 10:31

– Góra powiedziała nam dziś bardzo wyraźnie: nie tej zimy. Kończymy wyprawę. Najważniejsze, że wszyscy żyjemy – napisała na Instagramie Agnieszka Wielgosz. Polska himalaistka przerwała zimową próbę wejścia na liczący 7312 m Tagharan w pakistańskim Karakorum.

Jak relacjonuje we wpisie, w nocy z niedzieli na poniedziałek lawina zasypała obóz drugi na wysokości 6100 m. Namioty i większość sprzętu przepadły. Jej partner, Włoch Davide Morlacchi, został porwany przez masy śniegu ok. 80 metrów w dół i złamał lewą nogę.

„Davide jest niesamowicie twardy. Przez dziesięć godzin schodziliśmy z nim do bazy, razem z Sher Bazem i Nadirem Alim, bez których by się nie udało” – napisała Wielgosz. Do wpisu dołączyła zdjęcie zniszczonego obozu.

Morlacchi ma zostać przetransportowany śmigłowcem do szpitala, gdy tylko pozwoli na to pogoda. Sama himalaistka, jak zapewnia, jest cała, ma jedynie lekko odmrożone policzki.

38-letnia Wielgosz próbowała zdobyć Tagharan zimą po raz drugi. Gdyby jej się udało, byłoby to pierwsze zimowe wejście na ten szczyt.
""",
"01_en.txt": """Polish climber abandons winter Tagharan bid after avalanche hits camp
BBC News
16 February 2027

Polish mountaineer Agnieszka Wielgosz has called off her attempt to make the first winter ascent of Tagharan, a 7,312m (23,990ft) peak in Pakistan's Karakoram range, after an avalanche buried one of her camps and injured her climbing partner.

"The mountain told us very clearly today: not this winter," the 38-year-old wrote in a post on Instagram on Tuesday. "The most important thing is that we are all alive."

The avalanche struck Camp 2, at 6,100m, during the night from Sunday to Monday, destroying the tents and most of the equipment, she said. Her partner, the Italian climber Davide Morlacchi, was swept about 80m down the slope and broke his left leg.

Wielgosz wrote that it had taken ten hours to bring Morlacchi down to base camp with the help of two Pakistani high-altitude porters, whom she named as Sher Baz and Nadir Ali. He is due to be flown to hospital by helicopter as soon as the weather allows. Wielgosz herself said she had suffered only mild frostbite on her cheeks.

It was her second winter attempt on the mountain, which has never been climbed in winter. Polish climbers have a long tradition of winter mountaineering in the Himalaya and the Karakoram.
""",
"02_it.txt": """Valanga sul Tagharan, Davide Morlacchi si rompe una gamba: la spedizione invernale finisce qui
Corriere della Sera
16 febbraio 2027 | 14:05

Una valanga ha distrutto nella notte tra domenica e lunedì il campo 2 del Tagharan, 7.312 metri nel Karakorum pakistano, e ha trascinato per circa 80 metri l'alpinista italiano Davide Morlacchi, che si è fratturato la gamba sinistra. La spedizione invernale è finita: lo ha annunciato su Instagram la sua compagna di cordata, la polacca Agnieszka Wielgosz.

«La montagna oggi ci ha detto chiaramente: non quest'inverno. La cosa più importante è che siamo tutti vivi», ha scritto Wielgosz nel post, accompagnato da una foto delle tende sepolte dalla neve a 6.100 metri.

Secondo il racconto dell'alpinista, ci sono volute dieci ore per riportare Morlacchi al campo base, con l'aiuto di due portatori d'alta quota pakistani. Il trasferimento in elicottero verso un ospedale è previsto appena il meteo lo permetterà. Wielgosz ha riportato solo lievi congelamenti al viso.

Per Morlacchi era il primo tentativo invernale su una vetta di oltre settemila metri. In un'intervista rilasciata a dicembre alla televisione polacca TVN24, prima della partenza, Wielgosz aveva definito il compagno «la persona più calma che conosca in montagna».

Morlacchi, finora, non ha commentato pubblicamente l'incidente.
""",
"03_uk.txt": """Польська альпіністка Агнешка Вельгош припинила зимове сходження на Тагаран після лавини
Українська правда
Вівторок, 16 лютого 2027, 15:30

Польська альпіністка Агнешка Вельгош завершила зимову експедицію на вершину Тагаран (7312 м) у пакистанському Каракорумі. Лавина зруйнувала табір на висоті 6100 метрів, а її напарник, італієць Давіде Морлаккі, зламав ногу. Про це Вельгош написала у своєму Instagram.

«Гора сьогодні дуже чітко сказала нам: не цієї зими. Найважливіше, що ми всі живі», — йдеться в дописі.

За словами альпіністки, лавина зійшла в ніч з неділі на понеділок. Вона знищила намети і більшу частину спорядження, а Морлаккі протягло схилом близько 80 метрів. Спуск до базового табору з травмованим напарником тривав десять годин, допомагали двоє пакистанських висотних носіїв.

Італійця мають евакуювати гелікоптером до лікарні, щойно дозволить погода. Сама Вельгош, як вона пише, отримала лише легкі обмороження щік. До допису альпіністка додала фото зруйнованого табору, на якому з-під снігу видно лише верхівки наметів. Окремо вона подякувала носіям, без яких, за її словами, спуск був би неможливим.

Для 38-річної альпіністки це була друга спроба зимового сходження на Тагаран. Узимку на цю вершину досі ніхто не піднімався.
""",
"04_ru.txt": """Польская альпинистка Агнешка Вельгош прервала зимнюю экспедицию на Тагаран из-за лавины
16 февраля 2027 г., 17:52

Польская альпинистка Агнешка Вельгош объявила о завершении зимней экспедиции на семитысячник Тагаран (7312 м) в Каракоруме. Об этом она написала во вторник в своем Instagram.

«Гора сегодня очень ясно сказала нам: не этой зимой. Самое главное, что мы все живы», — написала Вельгош.

По ее словам, в ночь на понедельник лавина накрыла второй лагерь на высоте 6100 м, уничтожив палатки и большую часть снаряжения. Ее напарника, итальянского альпиниста Давиде Морлакки, протащило по склону около 80 метров, он сломал левую ногу. Спуск в базовый лагерь занял десять часов, помогали двое пакистанских высотных носильщиков.

Морлакки эвакуируют вертолетом, как только позволит погода. Сама 38-летняя Вельгош, как она сообщила, отделалась легким обморожением щек. К посту альпинистка приложила фотографию разрушенного лагеря и отдельно поблагодарила носильщиков, без которых, по ее словам, спуск был бы невозможен.

Это была вторая попытка альпинистки совершить первое зимнее восхождение на Тагаран. Ранее польские СМИ писали, что экспедицию частично оплатили болельщики через краудфандинг.
""",
}, [{"name": "Agnieszka Wielgosz", "in_corpus": False}],
[{"origin": "Agnieszka Wielgosz", "article": "00_pl.txt"},
 {"origin": "Agnieszka Wielgosz", "article": "01_en.txt"},
 {"origin": "Agnieszka Wielgosz", "article": "02_it.txt"},
 {"origin": "Agnieszka Wielgosz", "article": "03_uk.txt"},
 {"origin": "Agnieszka Wielgosz", "article": "04_ru.txt"}],
[{"text": "Agnieszka Wielgosz ended her winter expedition on Tagharan after an avalanche destroyed Camp 2 at 6,100 metres.",
  "articles": ["00_pl.txt", "01_en.txt", "02_it.txt", "03_uk.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "Her Italian partner Davide Morlacchi was swept about 80 metres down the slope and broke his leg.",
  "articles": ["00_pl.txt", "01_en.txt", "02_it.txt", "03_uk.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "It took ten hours to bring Morlacchi down to base camp with the help of two Pakistani high-altitude porters.",
  "articles": ["00_pl.txt", "01_en.txt", "02_it.txt", "03_uk.txt", "04_ru.txt"], "independent_sources": 1}])

# m07: two independent roots (case 7). de ORF Tirol own report (reporter at the rescue base: "sagte
# Einsatzleiter ... zu ORF-Reporterin Julia Mair am Einsatzort"); APA, an outside agency, only
# credited: en The Independent ("the Austria Press Agency (APA) reported", "according to the agency",
# "a police spokesman told APA"); fr RTS Info paraphrases and names the agency only in the last
# paragraph ("Ces informations ont été communiquées dimanche par l'Austria Presse Agentur (APA)",
# "l'agence autrichienne"); it Alto Adige credits both ("Lo riferiscono l'agenzia di stampa austriaca
# Apa e l'emittente pubblica Orf", "Secondo l'agenzia", "ha detto all'Orf", "Come ha riferito
# l'emittente") = two edges.
story("m07_platzerkogel_avalanche_two_roots", "two_roots", {
"00_de.txt": """Lawine am Platzerkogel: Ein Toter, eine Schwerverletzte
ORF Tirol
21.02.2027 15.10

Am Platzerkogel im Lärchwaldtal ist am Sonntagvormittag eine Lawine auf eine Gruppe von sechs Skitourengehern aus Bayern abgegangen. Vier von ihnen wurden verschüttet. Ein 52-jähriger Mann starb noch an der Unfallstelle, eine 47-jährige Frau wurde schwer verletzt ins Krankenhaus geflogen.

Die Lawine löste sich gegen 11.15 Uhr im steilen Nordhang unterhalb des Gipfels auf rund 2.400 Metern Seehöhe. Die zwei nicht verschütteten Tourengeher gruben zwei ihrer Begleiter selbst aus, die beiden anderen wurden von den Bergrettern geortet. Im Einsatz standen rund 40 Bergretter, zwei Notarzthubschrauber und zwei Lawinenhunde.

„Die Gruppe war im steilsten Teil des Hanges unterwegs, genau dort, wo sich seit Tagen Triebschnee angesammelt hat“, sagte Einsatzleiter Stefan Haselwanter von der Bergrettung Lärchwald zu ORF-Reporterin Julia Mair am Einsatzort am Talboden. Alle Verschütteten hätten ein Lawinenverschüttetensuchgerät getragen, das habe die Suche stark verkürzt.

Die Bergretter kehrten am frühen Nachmittag ins Tal zurück. Die Alpinpolizei hat Ermittlungen zum Unfallhergang aufgenommen.

Der Platzerkogel ist ein beliebtes Skitourenziel. Im Lärchwaldtal war es zuletzt vor vier Jahren zu einem tödlichen Lawinenunfall gekommen.
""",
"01_en.txt": """German ski tourer killed by avalanche in Austrian Alps
The Independent
Sunday 21 February 2027 17:40 GMT

A German ski tourer has been killed and a woman seriously injured after an avalanche hit a group of six on a mountain in the Austrian Alps, the Austria Press Agency (APA) reported.

The group from Bavaria was climbing the Platzerkogel, a 2,680-metre peak in Tyrol, when the slide broke loose on Sunday morning, burying four of them, according to the agency.

A 52-year-old man died at the scene. A 47-year-old woman was flown to hospital with serious injuries, while the two others who had been buried were pulled out with minor injuries, a police spokesman told APA.

The avalanche warning level in the area had been set at three on a five-point scale, meaning "considerable" danger, the agency said. Rescuers and two helicopters were deployed, and police have opened an inquiry into the circumstances of the accident.

Dozens of people die in avalanches in the Alps every winter, many of them ski tourers and off-piste skiers venturing beyond secured runs. Avalanche experts have repeatedly warned that the days after heavy snowfall are among the most dangerous of the season.
""",
"02_it.txt": """Valanga in Tirolo travolge sei scialpinisti bavaresi: un morto e una ferita grave
Alto Adige
21/02/2027 - 18:25

Un morto e una ferita grave: è il bilancio della valanga che domenica mattina ha travolto sei scialpinisti bavaresi sul Platzerkogel, nel Tirolo austriaco. Lo riferiscono l'agenzia di stampa austriaca Apa e l'emittente pubblica Orf, che ha inviato una giornalista sul luogo delle operazioni.

Secondo l'agenzia, la slavina si è staccata intorno alle 11.15 sul versante nord della montagna, seppellendo quattro dei sei componenti del gruppo. Un uomo di 52 anni è morto sul posto, mentre una donna di 47 anni è stata trasportata in elicottero all'ospedale in gravi condizioni.

«Il gruppo si trovava nel punto più ripido del pendio, proprio dove da giorni si era accumulata neve ventata», ha detto all'Orf il capo dell'intervento, Stefan Haselwanter, del soccorso alpino di Lärchwald. Come ha riferito l'emittente, due scialpinisti rimasti illesi hanno estratto da soli due compagni, mentre gli altri due sono stati localizzati dai soccorritori. Sul posto sono intervenuti una quarantina di uomini, due elicotteri e due unità cinofile.

La polizia alpina austriaca ha aperto un'indagine per chiarire la dinamica dell'incidente.

Il Platzerkogel, 2.680 metri, è una meta frequentata anche da molti scialpinisti altoatesini, soprattutto nei fine settimana di fine inverno.
""",
"03_fr.txt": """Avalanche mortelle dans le Tyrol autrichien : un skieur de randonnée allemand tué
RTS Info
Publié le 21 février 2027 à 19:12

Un skieur de randonnée allemand de 52 ans a perdu la vie dimanche dans une avalanche sur le Platzerkogel, un sommet de 2680 mètres du Tyrol autrichien. Une femme de 47 ans a été grièvement blessée.

Le groupe, composé de six skieurs venus de Bavière, montait vers le sommet lorsque la coulée s'est déclenchée en fin de matinée. Quatre personnes ont été ensevelies. L'homme est décédé sur place, tandis que la blessée a été héliportée à l'hôpital. Les deux autres victimes ensevelies n'ont été que légèrement touchées, a indiqué un porte-parole de la police.

Le danger d'avalanche était évalué à 3 sur une échelle de 5 (« marqué ») dans ce secteur. Des secouristes et deux hélicoptères ont été engagés. Une enquête a été ouverte pour déterminer les circonstances de l'accident.

En Suisse aussi, les spécialistes appellent à la plus grande prudence hors des pistes balisées après les importantes chutes de neige de la semaine écoulée.

Ces informations ont été communiquées dimanche par l'Austria Presse Agentur (APA). C'est à l'agence autrichienne que s'est exprimé le porte-parole de la police.
""",
}, [{"name": "ORF Tirol", "in_corpus": True}, {"name": "APA", "in_corpus": False}],
[{"origin": "APA", "article": "01_en.txt"},
 {"origin": "APA", "article": "02_it.txt"},
 {"origin": "ORF Tirol", "article": "02_it.txt"},
 {"origin": "APA", "article": "03_fr.txt"}],
[{"text": "An avalanche on the Platzerkogel buried four of six Bavarian ski tourers; a 52-year-old man died and a 47-year-old woman was seriously injured.",
  "articles": ["00_de.txt", "01_en.txt", "02_it.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "The avalanche danger in the area was rated 3 on a five-point scale (considerable).",
  "articles": ["01_en.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Rescue leader Stefan Haselwanter said the group was on the steepest part of the slope where wind-drifted snow had built up.",
  "articles": ["00_de.txt", "02_it.txt"], "independent_sources": 2}])


def check(sid, name, text):
    """Format checks and a word count of the body (printed, not part of the labels)."""
    lines = text.split("\n")
    assert lines[0].strip(), (sid, name, "title")
    blank = lines.index("")
    assert 2 <= blank <= 3, (sid, name, "header lines", blank)
    body = "\n".join(lines[blank + 1:]).strip()
    paras = [p for p in body.split("\n\n") if p.strip()]
    words = len(body.split())
    return blank, len(paras), words


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 178 (mountains, ski resorts, avalanches, "
                       "mountain rescue; real outlet names, invented events); see README.md.",
              "stories": []}
    langs = {}
    n = 0
    for sid, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, sid)
        os.makedirs(d)
        for name, text in arts.items():
            blank, paras, words = check(sid, name, text)
            print(f"{sid}/{name}: header={blank} paragraphs={paras} words={words}")
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
            lang = name[3:5]
            langs[lang] = langs.get(lang, 0) + 1
            n += 1
        names = set(arts)
        onames = {o["name"] for o in origins}
        for r in relays:
            assert r["article"] in names, (sid, r)
        for c in claims:
            assert set(c["articles"]) <= names, (sid, c)
        assert len({a[3:5] for a in arts}) >= 3, sid
        labels["stories"].append({"id": sid, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(S)} stories, {n} articles:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))


if __name__ == "__main__":
    main()
