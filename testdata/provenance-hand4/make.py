#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand4 set (all invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# d01: outside origin credited under three spellings (Latin, Ukrainian and Russian Cyrillic), relayed 4x
story("d01_outside_transliterated", "external", {
"00_en.txt": """Ravelin Minerals to close Kessby copper mine, 1,150 jobs at risk
Corvenna Clarion
2025-06-09T07:40:00+01:00

Ravelin Minerals plans to close its copper mine at Kessby by March 2026, putting 1,150 jobs at risk, The Calderwick Times was first to break the news on Sunday.
The company has told suppliers that the ore left in the 74-year-old pit can no longer be mined at a profit, the paper said, citing two people close to the company.
A spokesman for Ravelin declined to comment on Monday. Kessby has about 9,000 inhabitants, and the mine is its largest employer.
""",
"01_uk.txt": """Ravelin Minerals закриє мідну копальню в Кессбі: роботу можуть втратити 1150 людей
Подорожник
Mon, 09 Jun 2025 11:05:00 +0300

Гірничодобувна компанія Ravelin Minerals планує до березня 2026 року закрити мідну копальню в містечку Кессбі, через що роботу можуть втратити 1150 людей.
Про це першою повідомила британська газета «Колдервік Таймс».
За даними видання, руду, що залишилася в 74-річній копальні, вже неможливо видобувати з прибутком.
""",
"02_ru.txt": """Медный рудник в Кессби закроют к марту 2026 года
Вечерний Белоключ
2025-06-09

Как выяснила газета «Колдервик Таймс», компания Ravelin Minerals намерена закрыть медный рудник в Кессби к марту 2026 года.
Работы лишатся 1150 человек.
По данным издания, компания уже предупредила поставщиков, что добыча на 74-летнем руднике перестала окупаться.
""",
"03_fr.txt": """Ravelin Minerals va fermer la mine de cuivre de Kessby
L'Écho de Vaubrelle
2025-06-09T16:20:00+02:00

Le groupe minier Ravelin Minerals s'apprête à fermer d'ici mars 2026 sa mine de cuivre de Kessby, ce qui menace 1 150 emplois, révèle le quotidien britannique Calderwick Times.
Selon le journal, le minerai restant dans cette mine exploitée depuis 74 ans n'est plus rentable.
Un porte-parole du groupe n'a pas souhaité faire de commentaire.
""",
}, [("The Calderwick Times", False)],
[("The Calderwick Times", "00_en.txt"), ("The Calderwick Times", "01_uk.txt"),
 ("The Calderwick Times", "02_ru.txt"), ("The Calderwick Times", "03_fr.txt")],
[("Ravelin Minerals to close the Kessby copper mine by March 2026, 1,150 jobs at risk",
  ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 1)])

# d02: chain of three in-corpus outlets: Mörenthaler Kurier (own) -> Ellisford Register -> Le Réveil de Saulmont
story("d02_chain_dam_crack", "chain", {
"00_de.txt": """Riss in der Grauach-Talsperre: 180 Anwohner in Sicherheit gebracht
Mörenthaler Kurier
2025-03-18T19:30:00+01:00

An der Staumauer der Grauach-Talsperre oberhalb von Mörenthal ist ein rund drei Meter langer Riss entdeckt worden.
Wie unser Korrespondent vor Ort erfuhr, wurden am Dienstagnachmittag 180 Bewohner des Ortsteils Grauach-Unterdorf vorsorglich in die Turnhalle der Gesamtschule gebracht.
Der Wasserspiegel soll bis Donnerstag um vier Meter abgesenkt werden, sagte Talsperrenmeister Ewald Brünnighaus.
Die Ursache des Risses ist noch unklar.
""",
"01_en.txt": """Crack in German dam forces 180 people from their homes
Ellisford Register
Wed, 19 Mar 2025 09:15:00 +0000

A crack about three metres long has been found in the wall of the Grauach dam above the German town of Mörenthal, and 180 residents of the Grauach-Unterdorf district were moved out on Tuesday as a precaution.
The regional paper Mörenthaler Kurier broke the story on Tuesday evening.
Engineers plan to lower the reservoir by four metres by Thursday, the paper said. The cause of the crack has not yet been established.
""",
"02_fr.txt": """Allemagne : une fissure sur le barrage de la Grauach, 180 habitants évacués
Le Réveil de Saulmont
2025-03-19

Une fissure d'environ trois mètres a été découverte sur le mur du barrage de la Grauach, en amont de Mörenthal, selon nos confrères de l'Ellisford Register, qui citent le journal régional allemand Mörenthaler Kurier.
Par précaution, 180 habitants du quartier de Grauach-Unterdorf ont été évacués mardi.
Le niveau du lac de retenue doit être abaissé de quatre mètres d'ici jeudi.
""",
}, [("Mörenthaler Kurier", True)],
[("Mörenthaler Kurier", "01_en.txt"), ("Ellisford Register", "02_fr.txt")],
[("Three-metre crack in the Grauach dam above Mörenthal, 180 residents of Grauach-Unterdorf evacuated, reservoir lowered by four metres",
  ["00_de.txt", "01_en.txt", "02_fr.txt"], 1)])

# d03: French agency, datelines in French, German and English, credit in Ukrainian
story("d03_agency_derailment", "agency", {
"00_fr.txt": """Neuf wagons de céréales déraillent près de Pontrevel
L'Observateur du Morvelin
2025-05-14T11:20:00+02:00

PONTREVEL, 14 mai (AVP) – Neuf wagons d'un train de marchandises chargé de céréales ont déraillé mercredi à l'aube près de Pontrevel, a indiqué la préfecture.
Le convoi comptait 23 wagons ; personne n'a été blessé.
La ligne entre Pontrevel et Saint-Ambrin-des-Forges restera fermée au moins trois jours, le temps de relever les wagons et de réparer 400 mètres de voie.
""",
"01_de.txt": """Güterzug in Frankreich entgleist – Strecke drei Tage gesperrt
Kranzauer Nachrichten
2025-05-14T14:02:00+02:00

Pontrevel (AVP) – Nahe der französischen Stadt Pontrevel sind am Mittwochmorgen neun Waggons eines Güterzugs entgleist.
Der mit Getreide beladene Zug hatte 23 Waggons, verletzt wurde niemand, wie die französische Nachrichtenagentur Vellanne-Presse meldete.
Die Strecke nach Saint-Ambrin-des-Forges bleibt mindestens drei Tage gesperrt.
""",
"02_en.txt": """Nine wagons of grain train derail in France, line shut for three days
Wrexholt Beacon
Wed, 14 May 2025 15:30:00 +0100

PONTREVEL, France (Agence Vellanne-Presse) — Nine wagons of a 23-wagon freight train loaded with grain came off the rails near Pontrevel early on Wednesday. No one was hurt.
The line between Pontrevel and Saint-Ambrin-des-Forges will remain closed for at least three days while 400 metres of track are repaired, the agency said.
""",
"03_uk.txt": """У Франції зійшли з рейок дев'ять вагонів із зерном
Степовий маяк
2025-05-14

Поблизу французького міста Понтревель у середу вранці зійшли з рейок дев'ять вагонів вантажного потяга, що перевозив зерно.
Про це повідомляє французьке агентство Vellanne-Presse (AVP).
Загалом у складі потяга було 23 вагони, ніхто не постраждав.
Рух між Понтревелем і Сен-Амбреном-де-Форжем буде закрито щонайменше на три дні.
""",
}, [("Agence Vellanne-Presse", False)],
[("Agence Vellanne-Presse", "00_fr.txt"), ("Agence Vellanne-Presse", "01_de.txt"),
 ("Agence Vellanne-Presse", "02_en.txt"), ("Agence Vellanne-Presse", "03_uk.txt")],
[("Nine wagons of a 23-wagon grain train derailed near Pontrevel, no injuries, line closed at least three days",
  ["00_fr.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1)])

# d04: Ukrainian agency credited in five spellings (Обрій-Інфо, Обрий-Инфо, Obrii-Info, Obrij-Info, Obriï-Info)
story("d04_agency_water_tariff", "agency", {
"00_uk.txt": """У Старобережі вода подорожчає на 27% з 1 липня
Подорожник
2025-05-21T10:00:00+03:00

Виконавчий комітет Старобережської міської ради погодив підвищення тарифу на водопостачання на 27 відсотків.
Як повідомляє інформаційне агентство «Обрій-Інфо», з 1 липня кубометр води для населення коштуватиме 38,40 гривні замість нинішніх 30,24 гривні.
У комунальному підприємстві «Старобережводоканал» пояснили подорожчання зростанням цін на електроенергію.
""",
"01_ru.txt": """В Старобереже вода подорожает на 27 процентов
Лесная неделя
Wed, 21 May 2025 12:30:00 +0300

СТАРОБЕРЕЖ, 21 мая (Обрий-Инфо). Исполком городского совета Старобережа одобрил повышение тарифа на воду на 27 процентов, передаёт агентство «Обрий-Инфо».
С 1 июля кубометр воды для населения будет стоить 38,40 гривны.
Прежний тариф, 30,24 гривны, действовал с 2023 года.
""",
"02_en.txt": """Water in Staroberezh to cost 27% more from July
Staroberezh Today
2025-05-21T13:10:00+03:00

STAROBEREZH, May 21 (Obrii-Info) — The city's executive committee has approved a 27 percent rise in the water tariff, the Obrii-Info news agency reports.
From July 1 households will pay 38.40 hryvnias per cubic metre, up from 30.24.
The municipal utility Staroberezhvodokanal blamed higher electricity prices.
""",
"03_de.txt": """Partnerstadt Staroberesch: Wasser wird um 27 Prozent teurer
Ulmwiesener Tagespost
2025-05-22

In Ulmwiesens ukrainischer Partnerstadt Staroberesch steigt der Wasserpreis zum 1. Juli um 27 Prozent.
Das meldet die ukrainische Nachrichtenagentur Obrij-Info.
Ein Kubikmeter kostet Privathaushalte dann 38,40 Hrywnja statt bisher 30,24 Hrywnja.
""",
"04_fr.txt": """Ukraine : à Staroberej, l'eau augmente de 27 %
L'Observateur du Morvelin
2025-05-22T09:45:00+02:00

À Staroberej, le prix de l'eau augmentera de 27 % au 1er juillet, rapporte l'agence ukrainienne Obriï-Info.
Le mètre cube passera de 30,24 à 38,40 hryvnias pour les ménages.
La régie municipale des eaux invoque la hausse du prix de l'électricité.
""",
}, [("Обрій-Інфо", False)],
[("Обрій-Інфо", "00_uk.txt"), ("Обрій-Інфо", "01_ru.txt"), ("Обрій-Інфо", "02_en.txt"),
 ("Обрій-Інфо", "03_de.txt"), ("Обрій-Інфо", "04_fr.txt")],
[("Staroberezh water tariff rises 27% from 1 July, from 30.24 to 38.40 hryvnias per cubic metre",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt", "04_fr.txt"], 1)])

# d05: two independent own reports (uk correspondent, French envoyée), later both relayed in en and de
story("d05_two_own_reports_roof", "two_independent", {
"00_uk.txt": """У Ясеногірську під час буревію обвалився дах ТЦ «Каштан»: 14 постраждалих
Ясеногірські новини
2025-04-12T21:40:00+03:00

У суботу ввечері під час буревію в Ясеногірську обвалилася ділянка даху торговельного центру «Каштан» завдовжки близько 40 метрів.
Наш кореспондент, який прибув на місце за пів години після обвалу, бачив, як рятувальники виводили людей через службовий вхід.
За даними міських рятувальників, постраждали 14 людей, трьох госпіталізовано.
Продавчиня кав'ярні на першому поверсі Зіновія Кудлай розповіла, що стеля «просто склалася, як картон».
""",
"01_fr.txt": """Ukraine : le toit d'un centre commercial s'effondre à Iassenohirsk, 14 blessés
L'Observateur du Morvelin
2025-04-13T08:00:00+02:00

Une partie du toit du centre commercial Kachtan, longue d'une quarantaine de mètres, s'est effondrée samedi soir à Iassenohirsk pendant une violente tempête.
Notre envoyée spéciale, Mathilde Cazenove-Rieux, qui se trouvait à deux rues de là, a vu les secours évacuer des clients par une sortie de service.
Quatorze personnes ont été blessées, dont trois hospitalisées, selon les secouristes de la ville.
""",
"02_en.txt": """Fourteen hurt as storm brings down shopping centre roof in Yasenohirsk
Wrexholt Beacon
Sun, 13 Apr 2025 10:20:00 +0100

A 40-metre section of the roof of the Kashtan shopping centre in Yasenohirsk collapsed during a storm on Saturday evening, injuring 14 people, the local newspaper Yasenohirski Novyny reported.
The French weekly L'Observateur du Morvelin, whose correspondent was two streets away, gave the same toll and said three of the injured were taken to hospital.
Rescuers led shoppers out through a service entrance.
""",
"03_de.txt": """Sturm bringt Dach von Einkaufszentrum in Jassenohirsk zum Einsturz
Hagmersfelder Rundblick
2025-04-13

Im ukrainischen Jassenohirsk ist am Samstagabend während eines Sturms ein etwa 40 Meter langer Teil des Dachs des Einkaufszentrums Kaschtan eingestürzt.
Nach Informationen der Lokalzeitung Jassenohirski Nowyny und der französischen Wochenzeitung L'Observateur du Morvelin wurden 14 Menschen verletzt, drei von ihnen kamen ins Krankenhaus.
""",
}, [("Ясеногірські новини", True), ("L'Observateur du Morvelin", True)],
[("Ясеногірські новини", "02_en.txt"), ("L'Observateur du Morvelin", "02_en.txt"),
 ("Ясеногірські новини", "03_de.txt"), ("L'Observateur du Morvelin", "03_de.txt")],
[("40-metre section of the Kashtan shopping centre roof in Yasenohirsk collapsed in a storm, 14 injured, 3 in hospital",
  ["00_uk.txt", "01_fr.txt", "02_en.txt", "03_de.txt"], 2)])

# d06: outside TV channel; the German relay adds its own confirmation; uk relay via an in-corpus ru paper
story("d06_relay_confirms_airline", "relay_plus_own", {
"00_ru.txt": """Lunetta Air прекращает рейсы из Тальмерово в Хагмерсфельд
Тальмеровский телеграф
2025-09-23T18:10:00+03:00

Авиакомпания Lunetta Air с 1 ноября прекращает полёты по маршруту Тальмерово — Хагмерсфельд, сообщил телеканал «Восьмой меридиан».
Сейчас самолёты летают три раза в неделю, однако за год пассажиропоток на линии сократился на 40 процентов.
Деньги за билеты на рейсы после 1 ноября, по данным телеканала, вернут в полном объёме.
""",
"01_de.txt": """Lunetta Air streicht Verbindung nach Talmerowo
Hagmersfelder Rundblick
2025-09-24T12:00:00+02:00

Die Fluggesellschaft Lunetta Air stellt zum 1. November ihre Flüge zwischen Hagmersfeld und Talmerowo ein.
Dem russischen Fernsehsender Wosmoi Meridian zufolge ist die Zahl der Fluggäste auf der Strecke binnen eines Jahres um 40 Prozent gesunken.
Ein Sprecher der Airline bestätigte dem Hagmersfelder Rundblick am Mittwoch die Einstellung der bislang dreimal wöchentlich angebotenen Verbindung.
Bereits gekaufte Tickets werden erstattet.
""",
"02_uk.txt": """Lunetta Air скасовує рейси Тальмерово — Хагмерсфельд
Степовий маяк
2025-09-24

Авіакомпанія Lunetta Air із 1 листопада припиняє польоти між Тальмеровом і німецьким Хагмерсфельдом, пише «Тальмеровский телеграф» із посиланням на телеканал «Восьмий меридіан».
За рік кількість пасажирів на цьому напрямку скоротилася на 40%.
""",
"03_en.txt": """Lunetta Air to drop Talmerovo–Hagmersfeld route
Pennock Valley Gazette
Thu, 25 Sep 2025 07:30:00 +0100

Lunetta Air will stop flying between Talmerovo and Hagmersfeld from November 1, reports the German paper Hagmersfelder Rundblick, which said an airline spokesman had confirmed the decision.
Passenger numbers on the thrice-weekly route fell by 40 percent in a year.
""",
}, [("Восьмой меридиан", False), ("Hagmersfelder Rundblick", True)],
[("Восьмой меридиан", "00_ru.txt"), ("Восьмой меридиан", "01_de.txt"),
 ("Тальмеровский телеграф", "02_uk.txt"), ("Hagmersfelder Rundblick", "03_en.txt")],
[("Lunetta Air ends its Talmerovo-Hagmersfeld flights on 1 November after a 40% drop in passengers",
  ["00_ru.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 2)])

# d07: French own report; uncredited German translation; English relay without a date line
story("d07_translation_frescoes", "translation", {
"00_fr.txt": """Vaubrelle : des fresques du XIVe siècle découvertes dans la chapelle Sainte-Ermeline
L'Écho de Vaubrelle
2025-10-07T06:30:00+02:00

Sous plusieurs couches de badigeon, les restaurateurs de la chapelle Sainte-Ermeline ont mis au jour des fresques du XIVe siècle couvrant environ 23 mètres carrés.
Notre correspondant a pu voir lundi les premières scènes dégagées, qui racontent la vie de la sainte.
« Nous ne nous attendions pas à un ensemble aussi complet », confie la restauratrice Solène Abrieux-Manchon.
Le chantier, d'un coût de 180 000 euros, doit s'achever au printemps, et la chapelle rouvrira au public en juin 2026.
""",
"01_de.txt": """Fresken aus dem 14. Jahrhundert in Kapelle von Vaubrelle entdeckt
Kranzauer Nachrichten
2025-10-08T05:50:00+02:00

Unter mehreren Kalkschichten haben Restauratoren in der Kapelle Sainte-Ermeline in Vaubrelle Fresken aus dem 14. Jahrhundert freigelegt, die rund 23 Quadratmeter bedecken.
Die ersten freigelegten Szenen erzählen das Leben der Heiligen.
„Wir hatten nicht mit einem so vollständigen Ensemble gerechnet“, sagt die Restauratorin Solène Abrieux-Manchon.
Die Arbeiten kosten 180.000 Euro; im Juni 2026 soll die Kapelle wieder öffnen.
""",
"02_en.txt": """Medieval frescoes found under whitewash in French chapel
Corvenna Clarion

Restorers working on the chapel of Sainte-Ermeline in Vaubrelle have uncovered 14th-century frescoes covering about 23 square metres, according to a story in the local paper L'Écho de Vaubrelle.
The scenes show the life of the saint.
The chapel is due to reopen to visitors in June 2026 after 180,000 euros of work.
""",
}, [("L'Écho de Vaubrelle", True)],
[("L'Écho de Vaubrelle", "01_de.txt"), ("L'Écho de Vaubrelle", "02_en.txt")],
[("14th-century frescoes covering about 23 square metres uncovered in the Sainte-Ermeline chapel in Vaubrelle",
  ["00_fr.txt", "01_de.txt", "02_en.txt"], 1)])

# d08: one outlet relays two different outside origins (a local daily and a German agency)
story("d08_two_outside_origins_battery", "two_independent", {
"00_en.txt": """Valtrosse to build 1.2 billion euro battery plant in Bréhaut
Wrexholt Beacon
Thu, 06 Feb 2025 08:00:00 +0000

Carmaker Valtrosse Automobiles will build a battery plant in the French town of Bréhaut, investing 1.2 billion euros and creating 900 jobs, according to a report in the local daily Le Petit Bréhautais.
The German news agency Nordbrand, in a report published on Wednesday, gave the same investment figure and said production would start in 2028.
Valtrosse has not commented.
""",
"01_fr.txt": """Valtrosse va construire une usine de batteries à Bréhaut
La Vigie de Pontrevel
2025-02-05T19:00:00+01:00

Le constructeur Valtrosse Automobiles va implanter une usine de batteries à Bréhaut, indique le journal Le Petit Bréhautais dans son édition de mercredi.
L'investissement atteindrait 1,2 milliard d'euros et 900 emplois seraient créés.
Le maire de Bréhaut, Gérald Fontcouverte, s'est dit « très confiant » sans confirmer le projet.
""",
"02_de.txt": """Valtrosse plant Batteriewerk im französischen Bréhaut
Ulmwiesener Tagespost
2025-02-05

Der Autohersteller Valtrosse will im französischen Bréhaut für 1,2 Milliarden Euro ein Batteriewerk bauen.
Der Nachrichtenagentur Nordbrand zufolge sollen dort ab 2028 Batteriezellen für Elektroautos gefertigt werden.
Rund 900 Arbeitsplätze sollen entstehen.
""",
"03_uk.txt": """Valtrosse збудує у Франції завод батарей за 1,2 млрд євро
Подорожник
2025-02-06T09:30:00+02:00

Автовиробник Valtrosse Automobiles збудує завод акумуляторних батарей у французькому місті Брео, повідомляє німецьке агентство «Нордбранд».
Інвестиції становитимуть 1,2 млрд євро, на підприємстві працюватимуть 900 людей.
Виробництво планують запустити у 2028 році.
""",
}, [("Le Petit Bréhautais", False), ("Nordbrand", False)],
[("Le Petit Bréhautais", "00_en.txt"), ("Nordbrand", "00_en.txt"),
 ("Le Petit Bréhautais", "01_fr.txt"), ("Nordbrand", "02_de.txt"), ("Nordbrand", "03_uk.txt")],
[("Valtrosse Automobiles to build a 1.2 billion euro battery plant in Bréhaut with 900 jobs",
  ["00_en.txt", "01_fr.txt", "02_de.txt", "03_uk.txt"], 2)])

# d09: interview given to a French paper; the mayor and a florist are never origins
story("d09_interview_car_ban", "in_corpus", {
"00_fr.txt": """Saulmont fermera son centre historique aux voitures dès le 1er septembre
Le Réveil de Saulmont
2025-06-30T07:00:00+02:00

À partir du 1er septembre, les voitures ne pourront plus circuler dans les 36 rues du centre historique de Saulmont, a annoncé la maire Hélène Marquet-Duvignaud dans un entretien accordé au Réveil de Saulmont.
Seuls les riverains, les livreurs avant 10 heures et les secours garderont un accès.
Les contrevenants s'exposeront à une amende de 135 euros.
« On va perdre des clients », regrette Bastien Louvrier, fleuriste rue des Tanneurs.
""",
"01_de.txt": """Saulmont sperrt Altstadt für Autos
Mörenthaler Kurier
2025-06-30T15:40:00+02:00

Die französische Stadt Saulmont verbannt vom 1. September an die Autos aus den 36 Straßen ihrer Altstadt.
Das kündigte Bürgermeisterin Hélène Marquet-Duvignaud in einem Interview mit der Lokalzeitung Le Réveil de Saulmont an.
Wer trotzdem hineinfährt, muss 135 Euro zahlen.
""",
"02_uk.txt": """Французьке місто Сольмон закриває історичний центр для автомобілів
Голос Верболозів
2025-07-01

З 1 вересня автомобілі не зможуть в'їжджати на 36 вулиць історичного центру французького міста Сольмон.
Про це мерка міста Елен Марке-Дювіньо заявила в інтерв'ю місцевій газеті «Ле Ревей де Сольмон».
Штраф для порушників становитиме 135 євро.
""",
"03_en.txt": """French town of Saulmont to ban cars from its old centre
Corvenna Clarion
Tue, 01 Jul 2025 08:10:00 +0100

Cars will be banned from the 36 streets of Saulmont's historic centre from September 1, Mayor Hélène Marquet-Duvignaud told the local newspaper Le Réveil de Saulmont.
Drivers who ignore the ban face a fine of 135 euros.
A florist interviewed by the paper, Bastien Louvrier, said shops would lose customers.
""",
}, [("Le Réveil de Saulmont", True)],
[("Le Réveil de Saulmont", "01_de.txt"), ("Le Réveil de Saulmont", "02_uk.txt"),
 ("Le Réveil de Saulmont", "03_en.txt")],
[("Saulmont bans cars from the 36 streets of its historic centre from 1 September, 135 euro fine",
  ["00_fr.txt", "01_de.txt", "02_uk.txt", "03_en.txt"], 1)])

# d10: "has learned" from anonymous officials (outlet is the origin); uncredited English copy; uk, ru, de relays
story("d10_has_learned_harbour", "in_corpus", {
"00_en.txt": """Aldwyke to sell 49% of harbour company for £310m | Greyholm Standard
Greyholm Standard
2025-07-02T06:00:00+01:00

Aldwyke city council is preparing to sell a 49 percent stake in the Aldwyke Harbour Company to a consortium led by Brenmoor Capital for £310 million, the Greyholm Standard has learned.
Two council officials, who asked not to be named because the talks are confidential, said the deal would be put to a vote on July 15.
The harbour handled 4.2 million tonnes of cargo last year. Council leader Marian Oakhurst-Pell declined to comment.
""",
"01_en.txt": """Council plans £310m sale of stake in Aldwyke harbour
Pennock Valley Gazette
2025-07-02T11:45:00+01:00

Aldwyke city council is preparing to sell 49 percent of the Aldwyke Harbour Company to a group led by Brenmoor Capital for £310 million.
The deal will be put to councillors on July 15, according to officials.
The harbour handled 4.2 million tonnes of cargo last year.
""",
"02_uk.txt": """Олдвайк продасть 49% портової компанії за 310 млн фунтів
Голос Верболозів
2025-07-02T16:20:00+03:00

Міська рада Олдвайка готує продаж 49% акцій портової компанії Aldwyke Harbour Company консорціуму на чолі з Brenmoor Capital за 310 мільйонів фунтів, як з'ясувало видання «Грейголм Стендард».
Голосування щодо угоди заплановане на 15 липня.
Торік порт перевалив 4,2 мільйона тонн вантажів.
""",
"03_ru.txt": """Олдуайк продаст 49% портовой компании за 310 млн фунтов
Лесная неделя
2025-07-02

Власти Олдуайка намерены продать 49 процентов акций портовой компании Aldwyke Harbour Company консорциуму во главе с Brenmoor Capital за 310 миллионов фунтов стерлингов, пишет британская газета Greyholm Standard со ссылкой на двух сотрудников городского совета.
Сделку вынесут на голосование 15 июля.
""",
"04_de.txt": """Aldwyke will Anteil an Hafengesellschaft verkaufen
Ulmwiesener Tagespost
2025-07-03

Die Stadt Aldwyke will 49 Prozent ihrer Hafengesellschaft für 310 Millionen Pfund an ein Konsortium um Brenmoor Capital verkaufen.
Das erfuhr der britische Greyholm Standard von zwei Mitarbeitern der Stadtverwaltung, die nicht genannt werden wollten.
Der Stadtrat soll am 15. Juli abstimmen. Der Hafen schlug im vergangenen Jahr 4,2 Millionen Tonnen Fracht um.
""",
}, [("Greyholm Standard", True)],
[("Greyholm Standard", "01_en.txt"), ("Greyholm Standard", "02_uk.txt"),
 ("Greyholm Standard", "03_ru.txt"), ("Greyholm Standard", "04_de.txt")],
[("Aldwyke council to sell 49% of the Aldwyke Harbour Company to a Brenmoor Capital consortium for £310 million, vote on 15 July",
  ["00_en.txt", "01_en.txt", "02_uk.txt", "03_ru.txt", "04_de.txt"], 1)])

# d11: own report known only by its title suffix (no outlet line); de relay without date; fr relay with "| Outlet" title and no outlet line
story("d11_title_suffix_baths", "in_corpus", {
"00_en.txt": """Council votes to close Kilnmere baths after 92 years – Corvenna Clarion
Tue, 11 Mar 2025 22:05:00 +0000

Corvenna's city council voted 19 to 12 on Tuesday evening to close the Kilnmere public baths at the end of August, 92 years after they opened.
Our correspondent in the council chamber heard the chair of the finance committee, Lionel Abernathy-Rusk, say that repairing the roof and the pool hall would cost £6.8 million.
About 200 swimmers protested outside the town hall before the vote.
""",
"01_de.txt": """Corvenna schließt das Kilnmere-Bad nach 92 Jahren
Kranzauer Nachrichten

In Kranzaus englischer Partnerstadt Corvenna schließt Ende August das Hallenbad Kilnmere, 92 Jahre nach seiner Eröffnung.
Der Stadtrat stimmte mit 19 zu 12 Stimmen für die Schließung, berichtete die Zeitung Corvenna Clarion am Dienstag.
Eine Sanierung hätte 6,8 Millionen Pfund gekostet.
""",
"02_fr.txt": """Corvenna : les bains de Kilnmere fermeront après 92 ans | L'Écho de Vaubrelle
2025-03-12

Le conseil municipal de Corvenna, en Angleterre, a voté mardi soir par 19 voix contre 12 la fermeture des bains de Kilnmere à la fin du mois d'août, rapporte le Corvenna Clarion.
L'établissement avait ouvert ses portes il y a 92 ans.
Sa rénovation aurait coûté 6,8 millions de livres.
""",
}, [("Corvenna Clarion", True)],
[("Corvenna Clarion", "01_de.txt"), ("Corvenna Clarion", "02_fr.txt")],
[("Corvenna council voted 19-12 to close the 92-year-old Kilnmere baths at the end of August, repairs would cost £6.8 million",
  ["00_en.txt", "01_de.txt", "02_fr.txt"], 1)])

# d12: bridge closure in Hagmersfeld (look-alike of d13, must stay separate)
story("d12_bridge_hagmersfeld", "in_corpus", {
"00_de.txt": """Lindenbrücke in Hagmersfeld gesperrt – Risse in zwei Stahlträgern
Hagmersfelder Rundblick
2025-11-03T17:45:00+01:00

Die Lindenbrücke über die Wietzach ist seit Montagmittag für den gesamten Verkehr gesperrt.
Wie der Hagmersfelder Rundblick aus dem Rathaus erfuhr, haben Prüfer bei einer Routineuntersuchung Risse in zwei Stahlträgern der 1968 gebauten Brücke entdeckt.
Die Sperrung dürfte mindestens acht Monate dauern; die täglich rund 14.000 Fahrzeuge müssen eine elf Kilometer lange Umleitung über Steinwiese nehmen.
Unser Korrespondent beobachtete am Nachmittag lange Staus an der Kreuzung am Mühlweg.
""",
"01_fr.txt": """Hagmersfeld, ville jumelle de Pontrevel, ferme son pont des Tilleuls
La Vigie de Pontrevel
2025-11-04T07:15:00+01:00

Le pont des Tilleuls (Lindenbrücke), qui franchit la Wietzach à Hagmersfeld, ville allemande jumelée avec Pontrevel, est fermé à toute circulation depuis lundi.
Des fissures ont été découvertes sur deux poutres en acier de l'ouvrage, construit en 1968, a appris le quotidien Hagmersfelder Rundblick.
La fermeture devrait durer au moins huit mois ; les 14 000 véhicules qui l'empruntent chaque jour sont déviés sur onze kilomètres.
""",
"02_en.txt": """German town shuts 1968 bridge after cracks found in girders
Ellisford Register
Tue, 04 Nov 2025 09:00:00 +0000

Hagmersfeld has closed the Lindenbrücke over the river Wietzach after inspectors found cracks in two steel girders, the newspaper Hagmersfelder Rundblick revealed on Monday.
The bridge, built in 1968 and used by about 14,000 vehicles a day, will stay shut for at least eight months, and drivers face an 11-kilometre detour, the local paper said.
""",
}, [("Hagmersfelder Rundblick", True)],
[("Hagmersfelder Rundblick", "01_fr.txt"), ("Hagmersfelder Rundblick", "02_en.txt")],
[("Hagmersfeld's 1968 Lindenbrücke over the Wietzach closed for at least eight months after cracks in two steel girders",
  ["00_de.txt", "01_fr.txt", "02_en.txt"], 1)])

# d13: bridge closure in Verbolozy (look-alike of d12); chain uk -> uk -> ru, plus a de relay with no outlet and no date line
story("d13_bridge_verbolozy", "chain", {
"00_uk.txt": """У Верболозах закрили міст через Сріблянку: течія підмила опору
Голос Верболозів
2025-11-05T16:00:00+02:00

З середи міст через річку Сріблянку у Верболозах закрито для всіх транспортних засобів — течія підмила одну з його опор.
Наш кореспондент на місці бачив, як комунальники встановлювали бетонні блоки на в'їздах.
Міст збудували 1974 року, ремонт триватиме щонайменше п'ять місяців.
Водіям доведеться їхати в об'їзд через село Ожинки — це 23 кілометри. Пішоходам ходити мостом поки дозволено.
""",
"01_uk.txt": """Міст у Верболозах закрили щонайменше на п'ять місяців
Степовий маяк
2025-11-06T08:15:00+02:00

У Верболозах закрили для транспорту міст через Сріблянку, збудований 1974 року: вода підмила одну з опор, повідомляє кореспондент «Голосу Верболозів».
Ремонт триватиме щонайменше п'ять місяців, об'їзд через Ожинки становить 23 кілометри.
""",
"02_ru.txt": """В Верболозах закрыли мост через Сриблянку
Лесная неделя
Thu, 06 Nov 2025 14:00:00 +0300

В городе Верболозы закрыт для транспорта мост через реку Сриблянку, пишет «Степовий маяк» со ссылкой на местную газету «Голос Верболозів».
Течение подмыло одну из опор моста, построенного в 1974 году.
Ремонт займёт не меньше пяти месяцев, объезд через Ожинки составляет 23 километра.
""",
"03_de.txt": """Brücke in ukrainischer Kleinstadt Werbolosy gesperrt

In der ukrainischen Kleinstadt Werbolosy ist die Brücke über den Fluss Sribljanka für Fahrzeuge gesperrt worden, weil die Strömung einen Pfeiler unterspült hat.
Die 1974 gebaute Brücke bleibt mindestens fünf Monate zu, wie das Lokalblatt Holos Werbolosiw zuerst berichtet hatte.
Autofahrer müssen einen Umweg von 23 Kilometern über Oschynky nehmen.
""",
}, [("Голос Верболозів", True)],
[("Голос Верболозів", "01_uk.txt"), ("Степовий маяк", "02_ru.txt"), ("Голос Верболозів", "03_de.txt")],
[("Bridge over the Sriblianka in Verbolozy, built in 1974, closed to vehicles for at least five months after a pier was undermined, 23 km detour",
  ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_de.txt"], 1)])


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
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, a, _ in claims:
            for x in a:
                assert x in arts, (id, x)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    labels = {"about": "Hand-written provenance test set 4 (invented); see README.md.", "stories": stories}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    n = sum(len(s["articles"]) for s in stories)
    print(f"{len(stories)} stories, {n} articles")

if __name__ == "__main__":
    main()
