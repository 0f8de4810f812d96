#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand134 set.

Pensions and taxes. Real media names; every event, person, company, figure and quote is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: in-corpus scoop (Handelsblatt, leaked budget draft + anonymous senior official) relayed 4x.
# en "business daily Handelsblatt reported on Tuesday, citing a draft" + "the paper said" + "told
# Handelsblatt"; pl "ujawnił we wtorek dziennik „Handelsblatt”" + "Według „Handelsblattu”" (gen.) +
# "Gazeta powołuje się"; fr "révèle le quotidien économique Handelsblatt" + "selon le journal, qui
# cite"; it "Lo scrive il quotidiano economico Handelsblatt" + "riferisce il giornale di Düsseldorf".
story("t01_scoop_pension_subsidy_budget_draft", "scoop", {
"00_de.txt": """Haushaltsentwurf 2028: Finanzministerium will Rentenzuschuss um 4,2 Milliarden Euro kürzen
Handelsblatt
15.06.2027 – 06:00 Uhr

Das Bundesfinanzministerium will im kommenden Jahr deutlich weniger Geld in die gesetzliche Rentenversicherung überweisen. Nach einem internen Entwurf für den Bundeshaushalt 2028, der dem Handelsblatt vorliegt, soll der allgemeine Bundeszuschuss um 4,2 Milliarden Euro niedriger ausfallen als in der bisherigen Finanzplanung vorgesehen.

Der 212 Seiten starke Entwurf ist auf den 9. Juni datiert und trägt den Vermerk „Referentenentwurf – nicht regierungsintern abgestimmt“. Zur Begründung verweist das Ministerium auf die „komfortable Rücklage“ der Rentenversicherung, die Ende 2026 bei rund 41 Milliarden Euro gelegen habe.

Ein hoher Beamter des Ministeriums, der nicht namentlich genannt werden wollte, bezeichnete die Kürzung im Gespräch mit dem Handelsblatt als „größten Einzelposten“ des Sparpakets. „Ohne einen Beitrag der Rente halten wir die Schuldenbremse 2028 nicht ein“, sagte er.

Für Beschäftigte und Arbeitgeber könnte der Plan teuer werden. Aus Modellrechnungen im Anhang des Entwurfs geht hervor, dass der Beitragssatz 2029 von derzeit 18,9 auf 19,7 Prozent steigen müsste, falls die Rentenversicherung die Lücke aus ihrer Rücklage schließt.

Im Arbeitsministerium stößt das Vorhaben auf Widerstand. Ein Sprecher wollte sich auf Anfrage nicht zu „internen Arbeitsständen“ äußern. In Koalitionskreisen hieß es, der Entwurf werde „in dieser Form nicht durchs Kabinett gehen“.

Das Kabinett soll den Regierungsentwurf für den Haushalt 2028 Anfang Juli beschließen. Danach beginnen im Bundestag die Beratungen, die traditionell bis in den Spätherbst dauern.
""",
"01_en.txt": """Germany eyes 4.2 bln euro cut to pension subsidy in 2028 budget draft - Handelsblatt
Reuters
2027-06-15T08:12:00+00:00

BERLIN, June 15 (Reuters) - Germany's finance ministry wants to cut next year's federal subsidy to the statutory pension system by 4.2 billion euros ($4.5 billion), business daily Handelsblatt reported on Tuesday, citing a draft of the 2028 budget.

The 212-page draft, dated June 9 and marked as not yet agreed within the government, justifies the cut by pointing to the pension insurer's reserves of around 41 billion euros at the end of 2026, the paper said.

A senior finance ministry official, who was not named, told Handelsblatt the pension cut was "the largest single item" in the savings package and that Berlin would not meet its constitutional debt brake in 2028 without it.

According to model calculations annexed to the draft and cited by the newspaper, the contribution rate shared by employers and employees would have to climb to 19.7% in 2029 from 18.9% now if the pension insurer covered the gap from its reserves.

The finance ministry did not immediately respond to a request for comment.

Germany's pay-as-you-go pension system is under growing strain as the baby-boomer generation retires, and the federal transfer to the pension insurance is already the biggest single item in the federal budget.

The cabinet is due to approve the draft budget in early July before it goes to parliament.

(Reporting by Lena Hartwig; Editing by Thomas Marsh)
""",
"02_pl.txt": """Berlin chce oszczędzać na emeryturach. Wyciekł projekt budżetu Niemiec
Rzeczpospolita
15.06.2027 11:30

Niemieckie Ministerstwo Finansów zamierza w przyszłym roku obciąć dotację z budżetu federalnego do państwowego systemu emerytalnego o 4,2 mld euro – ujawnił we wtorek dziennik „Handelsblatt”, który dotarł do projektu budżetu na 2028 r.

Według „Handelsblattu” dokument liczy 212 stron i jest datowany na 9 czerwca. Resort uzasadnia cięcie wysoką rezerwą Deutsche Rentenversicherung, czyli niemieckiego odpowiednika ZUS, która pod koniec 2026 r. wynosiła ok. 41 mld euro.

Gazeta powołuje się również na wysokiego rangą urzędnika ministerstwa, który zastrzegł anonimowość. Jego zdaniem bez oszczędności na emeryturach rząd w Berlinie nie zdoła w 2028 r. dotrzymać zapisanego w konstytucji hamulca zadłużenia.

Dziennik z Düsseldorfu zwraca uwagę, że plan napotyka opór w ministerstwie pracy, a w koalicji słychać głosy, że w obecnej formie projekt nie zostanie przyjęty przez rząd.

Spór o finansowanie emerytur wraca w Niemczech co roku przy okazji prac nad budżetem. System repartycyjny, w którym składki bieżących pracowników finansują świadczenia obecnych emerytów, coraz mocniej odczuwa skutki przechodzenia na emeryturę pokolenia wyżu demograficznego.

Dla Polski temat nie jest obojętny: niemieckie świadczenia pobiera wiele osób mieszkających nad Wisłą, przede wszystkim byli pracownicy sezonowi i opiekunki osób starszych. Rząd federalny ma przyjąć projekt budżetu na początku lipca.
""",
"03_fr.txt": """Allemagne : Berlin envisage de raboter de 4,2 milliards d'euros sa subvention aux retraites
Le Monde
Publié le 15 juin 2027 à 13h05

Le ministère allemand des finances prévoit de réduire de 4,2 milliards d'euros, en 2028, la subvention fédérale versée à l'assurance-retraite publique, révèle le quotidien économique Handelsblatt, qui a pu consulter un avant-projet de budget.

Ce document de 212 pages, daté du 9 juin, justifie la coupe par le niveau des réserves de la caisse de retraite, environ 41 milliards d'euros fin 2026. Selon le journal, qui cite un haut fonctionnaire du ministère s'exprimant sous couvert d'anonymat, le gouvernement ne pourrait pas respecter en 2028 le « frein à l'endettement » inscrit dans la Loi fondamentale sans mettre les retraites à contribution.

Le ministère du travail, dirigé par les sociaux-démocrates, serait vent debout contre cette mesure, ajoute Handelsblatt, et plusieurs voix au sein de la coalition estiment que le texte ne passera pas en l'état.

La question du financement des retraites empoisonne la vie politique allemande depuis des années. Le système par répartition doit absorber le départ à la retraite des générations du baby-boom, alors que la subvention de l'État fédéral constitue déjà le premier poste de dépenses du budget.

Le conseil des ministres doit adopter le projet de budget 2028 début juillet, avant son examen par le Bundestag à l'automne.
""",
"04_it.txt": """Germania, la bozza di bilancio 2028 taglia 4,2 miliardi al contributo statale per le pensioni
Il Sole 24 Ore
15 giugno 2027, ore 14:20

Il ministero delle Finanze tedesco intende ridurre di 4,2 miliardi di euro il contributo federale all'assicurazione pensionistica pubblica nel 2028. Lo scrive il quotidiano economico Handelsblatt, che ha visionato una bozza del bilancio federale per il prossimo anno.

Secondo quanto riferisce il giornale di Düsseldorf, il documento, datato 9 giugno e non ancora concordato all'interno della coalizione, giustifica il taglio con le riserve accumulate dall'ente previdenziale, pari a circa 41 miliardi a fine 2026. Un alto funzionario del ministero, citato in forma anonima dall'Handelsblatt, lo definisce «la voce singola più consistente» del pacchetto di risparmi.

Il conto potrebbe ricadere su lavoratori e imprese. In base alle simulazioni allegate alla bozza e riportate dal quotidiano, l'aliquota contributiva dovrebbe salire dal 18,9 al 19,7% nel 2029 se la Rentenversicherung coprisse il buco attingendo alle proprie riserve.

Il dibattito tedesco ricorda da vicino quello italiano: anche a Berlino l'invecchiamento della popolazione mette sotto pressione un sistema a ripartizione, in cui i contributi di chi lavora pagano gli assegni di chi è già in pensione, e il trasferimento dello Stato all'ente previdenziale è la principale voce di spesa del bilancio federale.

Il via libera del consiglio dei ministri alla manovra tedesca è atteso per l'inizio di luglio; poi il testo passerà al Bundestag.
""",
}, [("Handelsblatt", True)],
[("Handelsblatt", "01_en.txt"), ("Handelsblatt", "02_pl.txt"), ("Handelsblatt", "03_fr.txt"),
 ("Handelsblatt", "04_it.txt")],
[("Germany's draft 2028 federal budget cuts the federal subsidy to the statutory pension insurance by 4.2 billion euros.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_fr.txt", "04_it.txt"], 1),
 ("According to the draft's calculations the pension contribution rate would have to rise from 18.9% to 19.7% in 2029.",
  ["00_de.txt", "01_en.txt", "04_it.txt"], 1),
 ("A senior finance ministry official said the debt brake could not be met in 2028 without the pension cut.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_fr.txt"], 1),
])

# t02: institution-published origin outside the corpus: a judgment of the Court of Justice of the EU
# taken directly 4x under its name in each language. pl "Tak wynika z opublikowanego w czwartek
# wyroku Trybunału Sprawiedliwości Unii Europejskiej" + "czytamy w uzasadnieniu wyroku"; de "Das geht
# aus einem am Donnerstag veröffentlichten Urteil des Europäischen Gerichtshofs (EuGH) hervor";
# fr (no outlet, no date line) "C'est ce qu'a jugé jeudi la Cour de justice de l'Union européenne
# (CJUE), dans un arrêt publié sur son site"; it "Lo ha stabilito la Corte di giustizia dell'Ue".
story("t02_institution_cjeu_pension_tax_allowance", "institution", {
"00_pl.txt": """TSUE: emeryci mieszkający za granicą mają prawo do kwoty wolnej
Dziennik Gazeta Prawna
2027-03-11 10:15

Polski fiskus nie może odmawiać kwoty wolnej od podatku emerytom, którzy mieszkają w innym państwie Unii, ale niemal cały dochód uzyskują z Polski. Tak wynika z opublikowanego w czwartek wyroku Trybunału Sprawiedliwości Unii Europejskiej (sygn. C-418/26).

Sprawa dotyczyła 71-letniego Zbigniewa K., byłego górnika z Wałbrzycha, który od 2019 r. mieszka w Görlitz w Saksonii. Jego jedynym dochodem jest emerytura z ZUS w wysokości ok. 4100 zł brutto miesięcznie. Jako nierezydent płacił od niej 12-proc. zryczałtowany podatek, bez możliwości skorzystania z kwoty wolnej. Po niemieckiej stronie jego sytuacja również nie była uwzględniana, bo polska emerytura nie podlegała tam opodatkowaniu.

Wątpliwości miał Wojewódzki Sąd Administracyjny w Gliwicach, który skierował do Luksemburga pytanie prejudycjalne. Trybunał uznał, że takie traktowanie narusza swobodę przepływu pracowników. „Państwo, z którego pochodzi zasadniczo całość dochodu podatnika, jest jedynym, które może uwzględnić jego sytuację osobistą i rodzinną” – czytamy w uzasadnieniu wyroku.

TSUE podkreślił też, że nie ma znaczenia, czy emeryt wyjechał za granicę przed przejściem na emeryturę, czy już po nim.

Wyrok jest wiążący dla polskich sądów i organów podatkowych. Sprawą Zbigniewa K. ponownie zajmie się teraz gliwicki WSA. Doradcy podatkowi przypominają, że emeryci w podobnej sytuacji mogą składać wnioski o stwierdzenie nadpłaty za ostatnie pięć lat.
""",
"01_de.txt": """EuGH: Polen muss Rentnern im Ausland den Grundfreibetrag gewähren
Süddeutsche Zeitung
11. März 2027, 12:48 Uhr

Polen darf Rentnern, die in einem anderen EU-Staat wohnen, aber fast ihr gesamtes Einkommen aus Polen beziehen, den steuerlichen Grundfreibetrag nicht verweigern. Das geht aus einem am Donnerstag veröffentlichten Urteil des Europäischen Gerichtshofs (EuGH) in Luxemburg hervor (Rechtssache C-418/26).

Geklagt hatte ein 71 Jahre alter ehemaliger Bergmann aus Niederschlesien, der seit 2019 im sächsischen Görlitz lebt. Seine polnische Rente von umgerechnet knapp 950 Euro im Monat wurde in Polen pauschal mit zwölf Prozent besteuert, einen Freibetrag erhielt er als Nichtansässiger nicht. In Deutschland wiederum spielte die Rente steuerlich keine Rolle.

Nach Auffassung der Luxemburger Richter verstößt diese Praxis gegen die Arbeitnehmerfreizügigkeit. Der Staat, aus dem im Wesentlichen das gesamte Einkommen stamme, sei als einziger in der Lage, die persönliche Lage des Steuerpflichtigen zu berücksichtigen, heißt es in dem Urteil. Dabei sei unerheblich, ob der Betroffene vor oder nach Rentenbeginn umgezogen sei.

Vorgelegt hatte den Fall ein polnisches Verwaltungsgericht in Gliwice, das nun abschließend entscheiden muss. Für Grenzgänger und Ruheständler entlang der deutsch-polnischen Grenze dürfte das Urteil dennoch sofort Bedeutung haben: In den Landkreisen Görlitz und Vorpommern-Greifswald leben Tausende polnische Staatsbürger, von denen viele inzwischen im Rentenalter sind.
""",
"02_fr.txt": """Fiscalité des retraités : la justice européenne donne tort à la Pologne

Un État membre ne peut pas refuser l'abattement fiscal de base à un retraité qui vit dans un autre pays de l'Union mais tire la quasi-totalité de ses revenus de son territoire. C'est ce qu'a jugé jeudi la Cour de justice de l'Union européenne (CJUE), dans un arrêt publié sur son site dans l'affaire C-418/26.

Le litige opposait l'administration fiscale polonaise à un ancien mineur installé en Allemagne, dont la pension, versée par la caisse de retraite polonaise, était imposée à un taux forfaitaire sans aucun abattement. Pour la Cour, cette différence de traitement entre résidents et non-résidents constitue une entrave à la libre circulation des travailleurs.

« L'État dont provient l'essentiel des revenus du contribuable est le seul en mesure de prendre en compte sa situation personnelle et familiale », relèvent les juges de Luxembourg. D'après l'arrêt, peu importe que l'intéressé ait déménagé avant ou après son départ à la retraite.

La décision s'inscrit dans une jurisprudence ancienne de la Cour sur l'imposition des non-résidents, mais c'est la première fois qu'elle l'applique aussi clairement à des pensions de retraite. Elle pourrait intéresser de nombreux retraités européens installés de l'autre côté d'une frontière, notamment des Français vivant en Belgique, en Espagne ou au Portugal et percevant uniquement une pension française.

Il appartient désormais à la juridiction administrative polonaise qui avait saisi la Cour de trancher le litige à la lumière de cet arrêt.
""",
"03_it.txt": """Ue: Corte di giustizia, no tax area anche per i pensionati residenti all'estero
ANSA
11/03/2027 16:02

(ANSA) - BRUXELLES, 11 MAR - Uno Stato membro non può negare la no tax area ai pensionati che vivono in un altro Paese dell'Unione ma ricevono da quello Stato quasi tutto il loro reddito. Lo ha stabilito la Corte di giustizia dell'Unione europea con una sentenza pubblicata oggi nella causa C-418/26.

Il caso riguarda un ex minatore polacco di 71 anni residente a Görlitz, in Sassonia, la cui pensione veniva tassata in Polonia con un'aliquota forfettaria del 12% senza alcuna detrazione. Secondo i giudici di Lussemburgo, questa disparità di trattamento tra residenti e non residenti viola la libera circolazione dei lavoratori.

Nella sentenza la Corte sottolinea che solo lo Stato da cui proviene sostanzialmente l'intero reddito del contribuente è in grado di tenere conto della sua situazione personale e familiare, e che non conta se il trasferimento all'estero sia avvenuto prima o dopo il pensionamento.

Il verdetto potrebbe avere ripercussioni anche per l'Italia, dove da anni si discute del trattamento fiscale dei pensionati che si trasferiscono all'estero. La parola passa ora al tribunale amministrativo polacco che aveva sollevato la questione pregiudiziale. (ANSA).
""",
}, [("Court of Justice of the European Union", False)],
[("Court of Justice of the European Union", "00_pl.txt"), ("Court of Justice of the European Union", "01_de.txt"),
 ("Court of Justice of the European Union", "02_fr.txt"), ("Court of Justice of the European Union", "03_it.txt")],
[("The CJEU ruled that Poland may not refuse the basic tax-free allowance to pensioners who live in another EU state but receive almost all their income from Poland.",
  ["00_pl.txt", "01_de.txt", "02_fr.txt", "03_it.txt"], 1),
 ("The case was brought by a 71-year-old former Polish miner living in Görlitz whose pension was taxed at a flat 12% without an allowance.",
  ["00_pl.txt", "01_de.txt", "03_it.txt"], 1),
])

# t03: chain uk -> ru -> en, de. Ekonomichna Pravda's own scoop (two anonymous tax-service sources,
# own analysis of the invoice register); Interfax-Ukraine relays it ("сообщило издание «Экономическая
# правда» со ссылкой на два источника в ГНС" + "По данным издания" + "Как отмечает"); en credits
# "Interfax-Ukraine reported …, citing … Ekonomichna Pravda" + "the agency reported"; de credits
# "Wie die Nachrichtenagentur Interfax-Ukraine unter Berufung auf das Wirtschaftsportal Ekonomitschna
# Prawda meldet". Both get one edge from Интерфакс-Украина (credit to the in-corpus intermediate).
story("t03_chain_tax_audit_grain_trader_vat", "chain", {
"00_uk.txt": """Податкова перевіряє зернотрейдера «Степовий колос» через 640 млн грн відшкодування ПДВ
Економічна правда
14 жовтня 2027, 09:40

Державна податкова служба розпочала позапланову документальну перевірку миколаївського зернотрейдера «Степовий колос». Приводом стали 640 млн грн бюджетного відшкодування ПДВ, які компанія отримала у 2025–2026 роках. Як з'ясувала «Економічна правда», наказ про перевірку підписали 8 жовтня.

Про це ЕП розповіли два співрозмовники в ДПС, які погодилися говорити лише на умовах анонімності, оскільки не мають права публічно коментувати перевірки. За їхніми словами, податківці підозрюють, що частину зерна, експорт якого задекларувала компанія, насправді закуповували через ланцюжок щонайменше з 14 фіктивних постачальників.

«Схема класична: зерно купують у фермерів за готівку, а податкові накладні "малюють" через транзитні фірми», – сказав один із них.

Журналісти ЕП проаналізували дані з відкритих реєстрів: лише за перший квартал 2026 року вісім постачальників «Степового колосу» зареєстрували податкові накладні на 212 млн грн, хоча жоден із них не мав ні власних складів, ні техніки, ні найманих працівників.

Директор компанії Віталій Гордієнко в телефонній розмові з ЕП сказав лише, що «Степовий колос» «працює прозоро і сплачує всі податки», і відмовився відповідати на інші запитання.

Перевірка може тривати до 30 робочих днів. Якщо порушення підтвердяться, компанії загрожують донарахування податків і штрафи, а матеріали можуть передати до Бюро економічної безпеки.
""",
"01_ru.txt": """Налоговая начала внеплановую проверку зернотрейдера «Степовой колос» – СМИ
Интерфакс-Украина
14.10.2027 11:22

Киев. 14 октября. ИНТЕРФАКС-УКРАИНА – Государственная налоговая служба Украины (ГНС) начала внеплановую документальную проверку николаевского зернотрейдера «Степовой колос», получившего в 2025–2026 годах 640 млн грн бюджетного возмещения НДС. Об этом сообщило издание «Экономическая правда» со ссылкой на два источника в ГНС.

По данным издания, приказ о проверке подписан 8 октября. Налоговики подозревают, что часть зерна, экспорт которого задекларировала компания, закупалась через цепочку как минимум из 14 фиктивных поставщиков.

Как отмечает «Экономическая правда», только в первом квартале 2026 года восемь поставщиков компании зарегистрировали налоговые накладные на 212 млн грн, не имея ни собственных складов, ни техники.

Директор «Степового колоса» Виталий Гордиенко заявил изданию, что компания «работает прозрачно и платит все налоги». На запрос агентства в компании на момент публикации не ответили.

Проверка может продлиться до 30 рабочих дней. В случае подтверждения нарушений компании грозят доначисления и штрафы, а материалы могут быть переданы в Бюро экономической безопасности.

Как сообщалось, злоупотребления при возмещении НДС экспортерам зерна остаются одной из главных проблем налогового администрирования в Украине.
""",
"02_en.txt": """Tax service audits grain trader over Hr 640 million in VAT refunds, Interfax-Ukraine says
The Kyiv Independent
Oct. 14, 2027 2:05 PM

The State Tax Service has launched an unscheduled audit of Mykolaiv-based grain trader Stepovyi Kolos over 640 million hryvnias ($15.4 million) in VAT refunds it received in 2025-2026, Interfax-Ukraine reported on Oct. 14, citing the economic news outlet Ekonomichna Pravda.

The audit was ordered on Oct. 8, according to the news agency. Tax officials suspect that some of the grain the company declared for export was in fact bought through a chain of at least 14 fictitious suppliers, the agency reported.

Company director Vitalii Hordiienko said the firm "operates transparently and pays all taxes," according to the report.

The Kyiv Independent could not independently verify the information. The State Tax Service did not respond to a request for comment by the time of publication.

VAT refund fraud in the grain trade has long been a headache for Ukrainian authorities. Exporters are entitled to reclaim value-added tax paid on purchases, and schemes involving shell suppliers that issue invoices without delivering any goods have cost the budget billions of hryvnias over the past decade.

Ukraine's international partners, including the European Union, have repeatedly pressed Kyiv to clean up tax administration as part of its reform commitments.
""",
"03_de.txt": """Ukrainische Steuerbehörde prüft Getreidehändler wegen Mehrwertsteuer-Erstattungen
Der Standard
14. Oktober 2027, 16:30

Die ukrainische Steuerbehörde hat eine außerplanmäßige Prüfung beim Getreidehändler Stepowyj Kolos aus Mykolajiw eingeleitet. Wie die Nachrichtenagentur Interfax-Ukraine unter Berufung auf das Wirtschaftsportal Ekonomitschna Prawda meldet, geht es um Mehrwertsteuer-Erstattungen von 640 Millionen Hrywnja, umgerechnet rund 14 Millionen Euro, aus den Jahren 2025 und 2026.

Den Angaben der Agentur zufolge vermuten die Steuerprüfer, dass ein Teil des als Export deklarierten Getreides über eine Kette von mindestens 14 Scheinlieferanten eingekauft wurde. Der Firmenchef wies die Vorwürfe zurück: Man arbeite transparent und zahle alle Steuern.

Agrarexporte sind für die vom Krieg gezeichnete ukrainische Wirtschaft die wichtigste Devisenquelle. Exporteure können sich die beim Einkauf gezahlte Mehrwertsteuer vom Staat zurückholen – ein System, das seit Jahren für Betrug mit Scheinfirmen anfällig ist.

Im Zuge der Beitrittsverhandlungen mit der Europäischen Union hat Kiew zugesagt, die Steuerverwaltung zu modernisieren und Erstattungsbetrug konsequenter zu verfolgen. Brüssel beobachtet die Fortschritte genau.
""",
}, [("Економічна правда", True)],
[("Економічна правда", "01_ru.txt"), ("Интерфакс-Украина", "02_en.txt"), ("Интерфакс-Украина", "03_de.txt")],
[("The tax service launched an unscheduled audit of grain trader Stepovyi Kolos over 640 million hryvnias of VAT refunds received in 2025-2026.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("Tax officials suspect grain was bought through a chain of at least 14 fictitious suppliers.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("In the first quarter of 2026 eight of the company's suppliers registered tax invoices worth 212 million hryvnias without having warehouses or equipment.",
  ["00_uk.txt", "01_ru.txt"], 1),
])

# t04: Money.pl own data story (data obtained from ZUS + ZUS spokeswoman speaking to the outlet);
# 01_uk has no outlet line and is an uncredited, close Ukrainian translation published the next
# morning (keeps "powiedziała w rozmowie z naszą redakcją" as "у розмові з нашою редакцією" and
# "które ZUS przekazał money.pl" as "які ZUS передав редакції"): edge from Money.pl. en credits
# "according to data obtained by business news website Money.pl" + "told Money.pl".
story("t04_translation_ukrainians_zus_pensions", "translation", {
"00_pl.txt": """Coraz więcej Ukraińców z emeryturą z ZUS. Nowe dane
Money.pl
2027-02-08 06:30

Na koniec 2026 r. emeryturę lub rentę z Zakładu Ubezpieczeń Społecznych pobierało 14 872 obywateli Ukrainy – wynika z danych, które ZUS przekazał money.pl. To o ok. 60 proc. więcej niż dwa lata wcześniej, gdy takich osób było 9 310.

Średnie świadczenie wypłacane obywatelom Ukrainy wyniosło w grudniu 1 934 zł brutto, czyli mniej więcej o połowę mniej niż przeciętna emerytura w Polsce. Zdecydowana większość to świadczenia częściowe, liczone proporcjonalnie do okresu pracy w Polsce na podstawie polsko-ukraińskiej umowy o zabezpieczeniu społecznym.

– To przede wszystkim osoby, które przez kilkanaście lat legalnie pracowały w Polsce i płaciły składki. Część z nich wróciła na Ukrainę, ale wiele mieszka u nas na stałe – powiedziała w rozmowie z naszą redakcją rzeczniczka ZUS Iwona Sadowska.

Z danych wynika także, że 3 118 świadczeniobiorców z ukraińskim obywatelstwem otrzymuje pieniądze na konto w ukraińskim banku. Najwięcej emerytów z Ukrainy mieszka w województwach mazowieckim, dolnośląskim i wielkopolskim.

Według rzeczniczki liczba ta będzie rosła. – Co roku wiek emerytalny osiąga kolejny rocznik osób, które przyjechały do Polski do pracy w pierwszej dekadzie XXI wieku – dodała Sadowska.

Ekonomiści od lat zwracają uwagę, że cudzoziemcy płacący składki poprawiają bilans Funduszu Ubezpieczeń Społecznych, bo na jednego emeryta z Ukrainy przypada dziś kilkudziesięciu ukraińskich płatników składek.
""",
"01_uk.txt": """Дедалі більше українців отримують пенсію з польського ZUS: нові дані
09.02.2027 08:10

Наприкінці 2026 року пенсію з польської Установи соціального страхування (ZUS) отримували 14 872 громадяни України – як випливає з даних, які ZUS передав редакції. Це приблизно на 60% більше, ніж два роки тому, коли таких людей було 9 310.

Середня виплата громадянам України в грудні становила 1 934 злотих брутто, тобто приблизно вдвічі менше за середню пенсію в Польщі. Переважна більшість – це часткові пенсії, які розраховують пропорційно до періоду роботи в Польщі на підставі польсько-української угоди про соціальне забезпечення.

«Це передусім люди, які протягом десяти-п'ятнадцяти років легально працювали в Польщі і сплачували внески. Частина з них повернулася в Україну, але багато хто живе у нас постійно», – сказала у розмові з нашою редакцією речниця ZUS Івона Садовська.

З даних також випливає, що 3 118 отримувачів з українським громадянством отримують кошти на рахунок в українському банку. Найбільше пенсіонерів з України живе у Мазовецькому, Нижньосілезькому та Великопольському воєводствах.

За словами речниці, їхня кількість зростатиме. «Щороку пенсійного віку досягає черговий рік народження людей, які приїхали до Польщі на роботу в першому десятилітті XXI століття», – додала Садовська.

Економісти давно звертають увагу, що іноземці, які сплачують внески, покращують баланс польського Фонду соціального страхування, адже на одного пенсіонера з України сьогодні припадає кілька десятків українських платників внесків.
""",
"02_en.txt": """Number of Ukrainians drawing Polish state pensions up 60% in two years
Notes from Poland
9 February 2027

The number of Ukrainian citizens receiving a pension or disability benefit from Poland's Social Insurance Institution (ZUS) rose to 14,872 at the end of 2026, up from 9,310 two years earlier, according to data obtained by business news website Money.pl.

The average benefit paid to Ukrainians in December was 1,934 zloty gross, roughly half the average Polish pension, the outlet reports. Most are partial pensions calculated in proportion to the time worked in Poland under a bilateral social security agreement between Warsaw and Kyiv.

"These are mainly people who worked legally in Poland for a dozen or more years and paid contributions," ZUS spokeswoman Iwona Sadowska told Money.pl. "Some have returned to Ukraine, but many live here permanently."

Sadowska expects the figure to keep rising as more of those who arrived in Poland for work in the 2000s reach retirement age.

Ukrainians are by far the largest group of foreign workers in Poland's social security system. Even before Russia's full-scale invasion in 2022, hundreds of thousands of Ukrainians were working in Poland, and their number grew further as refugees entered the labour market.

Economists have pointed out that foreign contributors currently pay far more into the system than they draw from it, easing pressure on Poland's ageing pension fund.
""",
}, [("Money.pl", True)],
[("Money.pl", "01_uk.txt"), ("Money.pl", "02_en.txt")],
[("14,872 Ukrainian citizens received a pension or disability benefit from ZUS at the end of 2026, up from 9,310 two years earlier.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt"], 1),
 ("The average benefit paid to Ukrainian citizens in December was 1,934 zloty gross.",
  ["00_pl.txt", "01_uk.txt", "02_en.txt"], 1),
 ("3,118 Ukrainian recipients receive their benefit into an account at a Ukrainian bank.",
  ["00_pl.txt", "01_uk.txt"], 1),
])

# t05: Les Echos own scoop ("Selon nos informations", anonymous ministerial adviser and government
# sources); Le Figaro relays it ("Comme l'ont révélé Les Echos") and adds its own confirmation
# ("Interrogé par Le Figaro, l'entourage de la ministre du Travail a confirmé"): edge + own origin.
# it "Secondo quanto scrive il quotidiano economico francese Les Echos, che cita fonti governative";
# de "Wie die Wirtschaftszeitung „Les Echos“ unter Berufung auf Regierungskreise berichtet" +
# "bestätigte dem „Figaro“": two edges.
story("t05_confirmation_france_pension_indexation", "confirmation", {
"00_fr.txt": """Retraites : le gouvernement prépare une sous-indexation des pensions en 2028
Les Echos
Publié le 3 sept. 2027 à 7:01

Le gouvernement s'apprête à demander un nouvel effort aux retraités. Selon nos informations, le projet de loi de financement de la Sécurité sociale (PLFSS) pour 2028 prévoit de revaloriser les pensions de base au 1er janvier 0,8 point en dessous de l'inflation. La mesure rapporterait environ 2,7 milliards d'euros l'an prochain.

« L'arbitrage est rendu, il reste à trouver le bon habillage », glisse un conseiller ministériel. Plusieurs sources gouvernementales assurent aux « Echos » que les petites pensions, inférieures à 1 400 euros bruts par mois, seraient épargnées, afin de désamorcer l'accusation de frapper les plus modestes.

Bercy plaidait pour un gel pur et simple des pensions, mais Matignon a jugé le risque politique trop élevé à quelques mois d'échéances électorales locales. La sous-indexation, déjà pratiquée par le passé, a l'avantage d'être « moins lisible » pour l'opinion, reconnaît un proche du dossier.

Le déficit de la branche vieillesse devrait atteindre 6,8 milliards d'euros cette année, malgré les réformes successives. Sans mesure nouvelle, il dépasserait 9 milliards en 2028, selon les projections internes consultées par « Les Echos ».

Les syndicats promettent déjà la bataille. Le PLFSS doit être présenté en conseil des ministres à la fin du mois, avant d'être examiné par le Parlement à l'automne.
""",
"01_fr.txt": """Retraites : le ministère du Travail confirme la piste d'une sous-indexation en 2028
Le Figaro
03/09/2027 à 11:48

Les retraités vont-ils de nouveau mettre la main à la poche ? Comme l'ont révélé Les Echos ce vendredi matin, le gouvernement envisage de revaloriser les pensions de base 0,8 point en dessous de l'inflation au 1er janvier 2028, dans le cadre du budget de la Sécurité sociale.

Interrogé par Le Figaro, l'entourage de la ministre du Travail a confirmé que cette option figurait « bien dans le projet de PLFSS transmis à Matignon », tout en précisant que « rien n'est définitivement acté avant le conseil des ministres ». « Il n'y aura pas d'année blanche, les pensions augmenteront, mais un peu moins vite que les prix », justifie-t-on au ministère.

L'annonce passe mal. « C'est une baisse de pouvoir d'achat déguisée pour 17 millions de retraités », a réagi auprès du Figaro une responsable d'une association de retraités, qui appelle les parlementaires à rejeter la mesure.

Le sujet est explosif pour l'exécutif, qui ne dispose pas d'une majorité absolue à l'Assemblée nationale. Les oppositions, de gauche comme de droite, ont déjà fait savoir qu'elles s'opposeraient à tout « rabot » sur les pensions.

Le projet de loi de financement de la Sécurité sociale doit être dévoilé dans les prochaines semaines.
""",
"02_it.txt": """Francia, il governo pensa di rivalutare le pensioni meno dell'inflazione
Corriere della Sera
3 settembre 2027

Anche Parigi mette mano alle pensioni per far quadrare i conti. Secondo quanto scrive il quotidiano economico francese Les Echos, che cita fonti governative, la legge di finanziamento della previdenza sociale per il 2028 prevede di rivalutare le pensioni di base il primo gennaio di 0,8 punti in meno rispetto all'inflazione.

La misura, stima il giornale, garantirebbe risparmi per circa 2,7 miliardi di euro il prossimo anno. Le pensioni più basse, sotto i 1.400 euro lordi mensili, sarebbero escluse dal taglio, aggiunge Les Echos.

Il ministero dell'Economia avrebbe preferito un blocco totale delle rivalutazioni, ma il primo ministro avrebbe giudicato troppo alto il costo politico di una scelta simile.

Il meccanismo ricorda da vicino quello adottato più volte in Italia, dove negli ultimi anni i governi hanno ridotto la perequazione automatica degli assegni più alti per contenere la spesa previdenziale. In Francia, dove la riforma delle pensioni ha già scatenato in passato settimane di scioperi e manifestazioni, i sindacati annunciano una nuova mobilitazione.

Il testo dovrebbe essere presentato in consiglio dei ministri entro la fine del mese.
""",
"03_de.txt": """Frankreich will Renten langsamer steigen lassen als die Preise
Frankfurter Allgemeine Zeitung
03.09.2027, 17:25

Frankreichs Regierung will die Renten im kommenden Jahr weniger stark erhöhen, als die Preise steigen. Wie die Wirtschaftszeitung „Les Echos“ unter Berufung auf Regierungskreise berichtet, sollen die Grundrenten zum 1. Januar 2028 um 0,8 Prozentpunkte unterhalb der Inflationsrate angehoben werden.

Das Arbeitsministerium bestätigte dem „Figaro“ am Freitag, die Maßnahme sei Teil des Entwurfs für das Sozialversicherungsbudget, betonte aber, endgültig entschieden sei noch nichts. Die Renten würden weiter steigen, nur etwas langsamer als die Verbraucherpreise, hieß es.

Für Präsident und Regierung ist das Thema heikel. Schon die Anhebung des Rentenalters hatte vor einigen Jahren monatelange Massenproteste ausgelöst, und in der Nationalversammlung fehlt dem Regierungslager eine eigene Mehrheit. Sowohl die linke als auch die rechte Opposition kündigten Widerstand an.

Frankreich steht wegen seines hohen Haushaltsdefizits unter Druck aus Brüssel. Die Rentenkasse gehört zu den größten Posten im Sozialbudget; ohne Gegenmaßnahmen droht ihr Defizit in den kommenden Jahren weiter zu wachsen. Der Gesetzentwurf soll Ende September im Kabinett beraten werden.
""",
}, [("Les Echos", True), ("Le Figaro", True)],
[("Les Echos", "01_fr.txt"), ("Les Echos", "02_it.txt"), ("Les Echos", "03_de.txt"), ("Le Figaro", "03_de.txt")],
[("The French government plans to raise basic pensions on 1 January 2028 by 0.8 points less than inflation.",
  ["00_fr.txt", "01_fr.txt", "02_it.txt", "03_de.txt"], 2),
 ("The below-inflation indexation would save about 2.7 billion euros next year.",
  ["00_fr.txt", "02_it.txt"], 1),
])

# t06: a person's own post outside the corpus: MP Ostap Hnatiuk's Telegram post, relayed directly 4x.
# uk "Про це у своєму Telegram-каналі написав народний депутат" + "написав Гнатюк" + "У Мінфіні
# «Українській правді» … не прокоментували" (no own reporting); ru "сообщил в своем Telegram-канале
# нардеп" + "По словам нардепа"; en "lawmaker Ostap Hnatiuk said in a Telegram post" + "Hnatiuk
# wrote"; pl (no date line) "poinformował na Telegramie ukraiński deputowany" + "Jak napisał".
story("t06_post_military_levy_on_pensions", "social_post", {
"00_uk.txt": """Мінфін пропонує стягувати військовий збір з пенсій понад 25 тисяч гривень – нардеп
Українська правда
21 листопада 2027, 10:12

Міністерство фінансів підготувало зміни до Податкового кодексу, якими пропонує запровадити військовий збір у розмірі 5% з пенсій, що перевищують 25 тисяч гривень на місяць. Про це у своєму Telegram-каналі написав народний депутат, член бюджетного комітету Верховної Ради Остап Гнатюк.

За його словами, нова норма стосуватиметься приблизно 41 тисячі пенсіонерів – переважно колишніх суддів, прокурорів і високопосадовців, які отримують спеціальні пенсії. «Бюджет отримає близько 1,9 млрд грн на рік. Це не порятунок, але сигнал справедливості: поки військові воюють, найвищі пенсії мають теж працювати на оборону», – написав Гнатюк.

Депутат оприлюднив фотографію першої сторінки документа і зазначив, що законопроєкт має надійти до Ради до кінця року разом з іншими податковими змінами.

У Міністерстві фінансів на запит «Української правди» станом на момент публікації інформацію депутата не прокоментували.

Нагадаємо, військовий збір зараз сплачують із заробітної плати та інших доходів фізичних осіб, однак пенсії від нього звільнені. Ідея поширити збір на високі пенсії вже кілька разів обговорювалася в парламенті, але до голосування так і не дійшла.
""",
"01_ru.txt": """Минфин хочет обложить военным сбором пенсии свыше 25 тысяч гривен – нардеп Гнатюк
РБК-Украина
21.11.2027, 11:40

Министерство финансов Украины предлагает ввести военный сбор в размере 5% с пенсий, превышающих 25 тысяч гривен в месяц. Об этом сообщил в своем Telegram-канале народный депутат, член бюджетного комитета Остап Гнатюк.

По словам нардепа, изменения коснутся около 41 тысячи пенсионеров, в основном бывших судей, прокуроров и чиновников, получающих специальные пенсии. Дополнительные поступления в бюджет он оценил примерно в 1,9 млрд грн в год.

«Это не спасение, но сигнал справедливости», – написал Гнатюк, добавив, что соответствующий законопроект должен поступить в Верховную Раду до конца года.

Официальных комментариев Минфина по этому поводу пока нет.

Напомним, сейчас военный сбор уплачивается с зарплат и ряда других доходов физических лиц, тогда как пенсии от него освобождены. Вопрос о налогообложении высоких пенсий периодически поднимается в парламенте с начала полномасштабной войны.
""",
"02_en.txt": """Finance Ministry proposes military levy on pensions above Hr 25,000, lawmaker says
The Kyiv Independent
Nov. 21, 2027 3:30 PM

Ukraine's Finance Ministry has drafted tax changes that would impose a 5% military levy on monthly pensions exceeding 25,000 hryvnias ($600), lawmaker Ostap Hnatiuk, a member of parliament's budget committee, said in a Telegram post on Nov. 21.

The levy would apply to around 41,000 pensioners, most of them former judges, prosecutors and senior officials who receive so-called special pensions, Hnatiuk wrote.

"This will not save the budget, but it is a signal of fairness," he said in the post, adding that the bill was expected to reach parliament by the end of the year.

The Finance Ministry has not publicly commented on the proposal.

The military levy, introduced in 2014 to help finance the armed forces, is currently paid on salaries and some other personal income, while pensions are exempt. Ukraine has been searching for new revenue sources as defense spending consumes most of its budget and Western financial aid is expected to decline.
""",
"03_pl.txt": """Ukraina chce opodatkować wysokie emerytury. Pieniądze pójdą na armię
Gazeta Wyborcza

Ukraiński resort finansów przygotował zmiany w kodeksie podatkowym, które przewidują 5-procentowy podatek wojskowy od emerytur przekraczających 25 tys. hrywien miesięcznie. Poinformował o tym na Telegramie ukraiński deputowany Ostap Hnatiuk, członek komisji budżetowej Rady Najwyższej.

Jak napisał Hnatiuk, budżet zyskałby dzięki temu ok. 1,9 mld hrywien rocznie. Nowa danina miałaby dotyczyć przede wszystkim tzw. specjalnych emerytur byłych sędziów, prokuratorów i wysokich urzędników. – To nie uratuje budżetu, ale jest sygnałem sprawiedliwości – stwierdził deputowany.

Podatek wojskowy wprowadzono na Ukrainie w 2014 r., po aneksji Krymu. Obecnie płacą go osoby pracujące, emerytury są z niego zwolnione.

Kijów od miesięcy szuka nowych źródeł dochodów. Wydatki na obronę pochłaniają większość budżetu, a zachodni partnerzy dają do zrozumienia, że pomoc finansowa nie będzie trwała bez końca. Według deputowanego projekt ustawy ma trafić do parlamentu do końca roku.
""",
}, [("Ostap Hnatiuk", False)],
[("Ostap Hnatiuk", "00_uk.txt"), ("Ostap Hnatiuk", "01_ru.txt"), ("Ostap Hnatiuk", "02_en.txt"), ("Ostap Hnatiuk", "03_pl.txt")],
[("The Finance Ministry proposes a 5% military levy on pensions above 25,000 hryvnias a month.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt"], 1),
 ("The levy would affect about 41,000 pensioners, mostly recipients of special pensions.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt"], 1),
 ("The levy would bring the budget about 1.9 billion hryvnias a year.",
  ["00_uk.txt", "01_ru.txt", "03_pl.txt"], 1),
])

# t07: two independent own reports on the same search: Corriere della Sera ("Secondo quanto risulta
# al Corriere della Sera", anonymous investigative sources, company reply "interpellata dal
# Corriere") and Il Sole 24 Ore (search warrant "che Il Sole 24 Ore ha potuto consultare"). de
# credits both ("wie die Zeitungen … übereinstimmend berichten"): two edges; fr credits only Il Sole
# ("selon le quotidien économique Il Sole 24 Ore, qui a consulté" + "D'après le journal milanais";
# "n'a pas répondu aux sollicitations du Monde" adds no own reporting).
story("t07_independent_tax_evasion_search_fashion", "independent", {
"00_it.txt": """Evasione fiscale, la Guardia di Finanza perquisisce la sede di Veltrani
Corriere della Sera
2027-05-19 07:45

Gli uomini del Nucleo di polizia economico-finanziaria della Guardia di Finanza di Milano sono entrati martedì mattina nella sede di Veltrani Moda, il gruppo dell'abbigliamento di lusso con 1.200 dipendenti e stabilimenti in Brianza. Secondo quanto risulta al Corriere della Sera, la Procura di Milano ipotizza un'evasione fiscale di circa 48 milioni di euro tra il 2021 e il 2025.

I finanzieri sono rimasti negli uffici di corso Venezia per quasi dieci ore, acquisendo computer, server e documentazione contabile. Al centro dell'inchiesta ci sarebbero le royalty per l'uso del marchio pagate dalla capogruppo a una società estera controllata dalla famiglia. «Non parliamo di errori contabili, ma di un sistema costruito a tavolino», riferisce una fonte investigativa.

Interpellata dal Corriere, l'azienda ha fatto sapere di essere «totalmente estranea a qualsiasi illecito» e di aver fornito «piena collaborazione» agli inquirenti. «Siamo certi di poter chiarire ogni aspetto nelle sedi opportune», ha aggiunto un portavoce.

Veltrani Moda, fondata nel 1978, ha chiuso il 2026 con un fatturato di 410 milioni di euro, realizzato per oltre due terzi all'estero. Negli ultimi anni la Procura milanese ha aperto diversi fascicoli su grandi gruppi della moda e del lusso, sia per questioni fiscali sia per lo sfruttamento della manodopera nella filiera.
""",
"01_it.txt": """Veltrani, il fisco contesta 48 milioni: nel mirino la controllata lussemburghese
Il Sole 24 Ore
19 maggio 2027

La controllata lussemburghese Veltrani International S.à r.l. sarebbe stata una società «esterovestita»: formalmente con sede nel Granducato, di fatto gestita da Milano. È questa l'ipotesi alla base della perquisizione condotta martedì dalla Guardia di Finanza nella sede di Veltrani Moda, secondo il decreto firmato dal pubblico ministero Chiara Bellandi, che Il Sole 24 Ore ha potuto consultare.

Nel documento la Procura stima in circa 48 milioni di euro le imposte evase tra il 2021 e il 2025. Attraverso la società lussemburghese sarebbero transitati i proventi delle licenze del marchio, tassati in Lussemburgo con aliquote molto più basse di quelle italiane.

Gli indagati sono tre: l'amministratore delegato Federico Veltrani, il direttore finanziario e un consulente fiscale esterno. Tutti sono accusati di dichiarazione infedele e omessa dichiarazione. Secondo il decreto, le decisioni strategiche della controllata venivano prese in riunioni che si svolgevano a Milano, mentre a Lussemburgo lavoravano due sole dipendenti part-time.

La contestazione dell'esterovestizione è tra gli strumenti più utilizzati dall'amministrazione finanziaria contro i gruppi che spostano utili verso Paesi a fiscalità agevolata. In caso di condanna, oltre alle imposte evase, la società rischierebbe sanzioni fino al 240% dell'importo contestato.
""",
"02_de.txt": """Steuerfahnder durchsuchen Mailänder Modekonzern Veltrani
Süddeutsche Zeitung
19.05.2027 14:10

Die italienische Finanzpolizei Guardia di Finanza hat am Dienstag die Zentrale des Mailänder Modekonzerns Veltrani durchsucht. Wie die Zeitungen „Corriere della Sera“ und „Il Sole 24 Ore“ übereinstimmend berichten, geht es um mutmaßlich hinterzogene Steuern von rund 48 Millionen Euro aus den Jahren 2021 bis 2025.

Die Beamten beschlagnahmten demnach Computer und Buchhaltungsunterlagen. Der „Corriere“ zitiert eine Quelle aus Ermittlerkreisen mit den Worten, es handle sich nicht um Buchungsfehler, sondern um „ein am Schreibtisch konstruiertes System“. Das Unternehmen wies die Vorwürfe gegenüber dem Blatt zurück und kündigte an, mit den Behörden zusammenzuarbeiten.

Italien geht seit einigen Jahren verstärkt gegen Steuerflucht großer Unternehmen vor. Im Visier der Mailänder Staatsanwaltschaft standen zuletzt mehrfach Luxus- und Modekonzerne, denen teils Steuertricks, teils Missstände bei Zulieferern vorgeworfen wurden.

Veltrani, 1978 gegründet, erwirtschaftet den Großteil seines Umsatzes im Ausland, darunter auch in Deutschland, wo das Unternehmen eigene Läden in München, Düsseldorf und Berlin betreibt.
""",
"03_fr.txt": """Italie : le groupe de mode Veltrani soupçonné d'avoir éludé 48 millions d'euros d'impôts
Le Monde
Publié le 19 mai 2027 à 18h30

La police financière italienne a perquisitionné, mardi 18 mai, le siège milanais du groupe de prêt-à-porter de luxe Veltrani Moda, soupçonné d'avoir éludé environ 48 millions d'euros d'impôts entre 2021 et 2025, selon le quotidien économique Il Sole 24 Ore, qui a consulté le mandat de perquisition.

D'après le journal milanais, les enquêteurs reprochent au groupe d'avoir logé les revenus de sa marque dans une filiale luxembourgeoise, Veltrani International, qui n'aurait existé que sur le papier : ses décisions auraient été prises à Milan, tandis que deux salariées à temps partiel seulement travaillaient au Luxembourg.

Trois personnes font l'objet d'une enquête, dont le directeur général, Federico Veltrani, ajoute Il Sole 24 Ore. Le groupe n'a pas répondu aux sollicitations du Monde.

L'Italie, qui affiche l'un des niveaux de fraude fiscale les plus élevés de l'Union européenne, a multiplié ces dernières années les enquêtes visant des multinationales soupçonnées de transférer leurs bénéfices vers des pays à la fiscalité plus clémente. Plusieurs grands noms de la mode et du numérique ont fini par conclure des accords avec le fisc pour plusieurs centaines de millions d'euros.
""",
}, [("Corriere della Sera", True), ("Il Sole 24 Ore", True)],
[("Corriere della Sera", "02_de.txt"), ("Il Sole 24 Ore", "02_de.txt"), ("Il Sole 24 Ore", "03_fr.txt")],
[("The Guardia di Finanza searched the Veltrani fashion group over suspected tax evasion of about 48 million euros in 2021-2025.",
  ["00_it.txt", "01_it.txt", "02_de.txt", "03_fr.txt"], 2),
 ("The evasion allegedly ran through the Luxembourg subsidiary Veltrani International, run in fact from Milan.",
  ["01_it.txt", "03_fr.txt"], 1),
 ("Three people are under investigation, including chief executive Federico Veltrani.",
  ["01_it.txt", "03_fr.txt"], 1),
])

# t08: a wire agency outside the corpus: Interfax, to which a deputy finance minister spoke.
# ru "рассказал «Интерфаксу» заместитель министра" (dat.) + "цитирует агентство" + "Как сообщило
# агентство"; en "told the Interfax news agency" + "Voronikhin was quoted as saying"; uk "заявив
# російському агентству «Інтерфакс»" + "передає агентство"; pl "powiedział agencji Interfax" +
# "cytuje wiceministra agencja". The minister is not an origin.
story("t08_agency_russia_pension_savings_tax", "agency", {
"00_ru.txt": """Минфин предложил повысить НДФЛ при досрочном изъятии пенсионных накоплений
Ведомости
25 апреля 2027, 13:20

Министерство финансов предлагает повысить ставку НДФЛ при досрочном расторжении договоров негосударственного пенсионного обеспечения с 13% до 15% начиная с 1 января 2028 г. Об этом рассказал «Интерфаксу» заместитель министра финансов Алексей Воронихин.

По его словам, сейчас значительная часть клиентов негосударственных пенсионных фондов (НПФ) пользуется налоговым вычетом, а затем забирает деньги через два-три года. «Льготы созданы для тех, кто копит на старость, а не для тех, кто использует НПФ как короткий депозит», – цитирует агентство замминистра.

Дополнительные поступления в бюджет от этой меры Воронихин оценил в 38 млрд руб. в год. Повышенная ставка не будет применяться при расторжении договора по медицинским показаниям, уточнил он.

Как сообщило агентство, соответствующие поправки в Налоговый кодекс Минфин внесет в правительство до конца мая.

Участники рынка опасаются, что ужесточение налогового режима ударит по притоку средств в НПФ, который в последние годы рос во многом благодаря государственным программам софинансирования долгосрочных сбережений. По итогам 2026 г. объем пенсионных резервов фондов превысил 2 трлн руб.
""",
"01_en.txt": """Russia plans higher tax on early pension savings withdrawals - Interfax
Reuters
Sun, 25 Apr 2027 12:05:00 +0000

MOSCOW, April 25 (Reuters) - Russia's finance ministry wants to raise personal income tax on early withdrawals from private pension schemes to 15% from 13% from 2028, Deputy Finance Minister Alexei Voronikhin told the Interfax news agency in an interview published on Sunday.

Many clients of non-state pension funds claim tax deductions on their contributions and then pull the money out after two or three years, Voronikhin said. "The benefits were created for those who save for old age, not for those who use pension funds as a short-term deposit," he was quoted as saying.

The change would bring the budget an extra 38 billion roubles ($470 million) a year, the deputy minister told Interfax.

Russia has raised a series of taxes over the past few years, including a move to a progressive personal income tax scale, as it seeks to fund high military spending and contain a widening budget deficit.

Non-state pension funds have grown rapidly thanks to state co-financing programmes for long-term savings, and market participants have warned that tighter tax rules could slow inflows.

(Reporting by Reuters; Editing by Alison Meyer)
""",
"02_uk.txt": """У Росії хочуть підвищити податок на дострокове зняття пенсійних накопичень
Економічна правда
25 квітня 2027, 16:45

Міністерство фінансів Росії пропонує з 2028 року підвищити податок на доходи фізичних осіб у разі дострокового розірвання договорів недержавного пенсійного забезпечення з 13% до 15%. Про це заступник міністра фінансів РФ Олексій Воронихін заявив російському агентству «Інтерфакс».

За його словами, багато клієнтів недержавних пенсійних фондів отримують податкове відрахування, а потім забирають гроші вже через два-три роки. Відповідні поправки до Податкового кодексу Мінфін РФ внесе до уряду до кінця травня, передає агентство.

Це вже не перше підвищення податків у Росії за останні роки. Кремль шукає додаткові надходження, щоб фінансувати війну проти України та покривати зростаючий дефіцит бюджету. Раніше в Росії запровадили прогресивну шкалу ПДФО та підвищили податок на прибуток підприємств.

Економісти зазначають, що російський уряд дедалі частіше намагається залучати заощадження громадян для фінансування бюджету, зокрема через державні програми довгострокових заощаджень.
""",
"03_pl.txt": """Rosja sięga po oszczędności emerytalne. Wyższy podatek za wcześniejszą wypłatę
Rzeczpospolita
25.04.2027 18:02

Rosyjskie Ministerstwo Finansów chce od 2028 r. podnieść z 13 do 15 proc. podatek dochodowy od środków wypłacanych przed terminem z niepaństwowych funduszy emerytalnych. Powiedział o tym agencji Interfax wiceminister finansów Rosji Aleksiej Woronichin.

– Ulgi powstały dla tych, którzy oszczędzają na starość, a nie dla tych, którzy traktują fundusze emerytalne jak krótkoterminową lokatę – cytuje wiceministra agencja. Według Woronichina budżet zyska dzięki zmianie ok. 38 mld rubli rocznie.

To kolejny krok Moskwy w kierunku zwiększania obciążeń podatkowych. W ostatnich latach Rosja wprowadziła m.in. progresywną skalę podatku dochodowego od osób fizycznych oraz podniosła podatek CIT. Wszystko po to, by sfinansować rosnące wydatki na wojnę z Ukrainą.

Rosyjskie niepaństwowe fundusze emerytalne w ostatnich latach szybko rosły, m.in. dzięki rządowemu programowi dopłat do długoterminowych oszczędności. Przedstawiciele branży ostrzegają, że wyższy podatek może zniechęcić klientów.
""",
}, [("Interfax", False)],
[("Interfax", "00_ru.txt"), ("Interfax", "01_en.txt"), ("Interfax", "02_uk.txt"), ("Interfax", "03_pl.txt")],
[("Russia's finance ministry proposes raising the income tax on early withdrawals from non-state pension schemes from 13% to 15% from 2028.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_pl.txt"], 1),
 ("The change would bring the budget about 38 billion roubles a year.",
  ["00_ru.txt", "01_en.txt", "03_pl.txt"], 1),
 ("The ministry will submit the tax code amendments to the government by the end of May.",
  ["00_ru.txt", "02_uk.txt"], 1),
])


# ---------------------------------------------------------------------------------------------
# In-corpus origin -> the article that is its own report (used only for the consistency check).
OWN = {
    "t01_scoop_pension_subsidy_budget_draft": {"Handelsblatt": ["00_de.txt"]},
    "t03_chain_tax_audit_grain_trader_vat": {"Економічна правда": ["00_uk.txt"],
                                             "Интерфакс-Украина": ["01_ru.txt"]},
    "t04_translation_ukrainians_zus_pensions": {"Money.pl": ["00_pl.txt"]},
    "t05_confirmation_france_pension_indexation": {"Les Echos": ["00_fr.txt"], "Le Figaro": ["01_fr.txt"]},
    "t07_independent_tax_evasion_search_fashion": {"Corriere della Sera": ["00_it.txt"],
                                                   "Il Sole 24 Ore": ["01_it.txt"]},
}

def roots(sid, art, origins, relays, seen=()):
    own = OWN.get(sid, {})
    out = set(o for o, ok in origins if ok and art in own.get(o, []))
    for o, a in relays:
        if a != art:
            continue
        if o in own and art not in own[o]:
            for src in own[o]:
                if src not in seen:
                    out |= roots(sid, src, origins, relays, seen + (art,))
        else:
            out.add(o)
    return out

def check():
    langs = {}
    for sid, sc, arts, origins, relays, claims in S:
        names = {o for o, _ in origins}
        ls = set()
        for f in arts:
            ls.add(f.split("_")[1].split(".")[0])
            langs[f.split("_")[1].split(".")[0]] = langs.get(f.split("_")[1].split(".")[0], 0) + 1
            body = arts[f].split("\n\n", 1)[1]
            n = len(body.split())
            assert 120 <= n <= 350, (sid, f, n)
        assert len(ls) >= 3, sid
        for o, a in relays:
            assert a in arts, (sid, a)
            assert o in names or o in OWN.get(sid, {}), (sid, o)
        for text, cas, k in claims:
            for a in cas:
                assert a in arts, (sid, a)
            rs = set()
            for a in cas:
                rs |= roots(sid, a, origins, relays)
            assert len(rs) == k, (sid, text, rs, k)
    return langs

def main():
    langs = check()
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for sid, sc, arts, origins, relays, claims in S:
        d = os.path.join(sd, sid)
        os.makedirs(d)
        for f, t in arts.items():
            with open(os.path.join(d, f), "w", encoding="utf-8") as fh:
                fh.write(t)
        out.append({
            "id": sid,
            "scenario": sc,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"about": "Hand-written provenance test set 134 (pensions and taxes; real media "
                            "names, invented events); see README.md.", "stories": out},
                  fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(S), "stories,", sum(len(s[2]) for s in S), "articles:",
          ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))

if __name__ == "__main__":
    main()
