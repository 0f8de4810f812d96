#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand148 set.

Insurance news (storm damage claims, insurer insolvencies, premium rises, fraud rings).
Outlet and agency names are real media names; every event, company, person, figure and quote
is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside wire agency ANSA relayed by four outlets: it "Lo riferisce l'ANSA" + "ha detto
# all'agenzia" + "Secondo quanto riportato dall'agenzia"; en "Italian news agency ANSA reported
# Wednesday" + "told ANSA" + "the agency said"; de "wie die italienische Nachrichtenagentur Ansa
# berichtet" + "sagte … der Agentur" + "Nach Angaben von Ansa"; pt (no date line) "segundo a
# agência noticiosa italiana ANSA" + "disse à agência" + "avança a ANSA".
story("s01_agency_veneto_hail", "agency", {
"00_it.txt": """Grandinata in Veneto, oltre 14 mila denunce di sinistro in 48 ore
la Repubblica
9 giugno 2027, 10:42

Sono più di 14 mila le denunce di sinistro arrivate alle compagnie assicurative nelle 48 ore successive alla grandinata che lunedì sera ha colpito le province di Treviso e Padova. Lo riferisce l'ANSA, secondo cui i danni assicurati potrebbero aggirarsi intorno ai 210 milioni di euro.

Chicchi grandi fino a sei centimetri hanno sfondato lucernari, tetti di capannoni e parabrezza tra Castelfranco Veneto, Cittadella e Camposampiero. Nel solo piazzale di una concessionaria alle porte di Castelfranco sono state danneggiate circa 3.200 auto nuove in attesa di consegna.

"Abbiamo ricevuto in due giorni il numero di denunce che di solito gestiamo in tre mesi", ha detto all'agenzia Giorgio Trevisan, direttore sinistri di Serenissima Assicurazioni, una delle compagnie più presenti nella zona. La società ha richiamato in servizio 60 periti da altre regioni e promette i primi sopralluoghi entro lunedì prossimo.

Secondo quanto riportato dall'agenzia, circa il 70 per cento delle denunce riguarda veicoli, il resto abitazioni, capannoni e serre. Le aziende agricole assicurate con polizze contro le avversità atmosferiche stimano perdite fino al 60 per cento sul mais e sulle orticole.

L'assessora regionale alla protezione civile, Lucia Dal Cin, ha annunciato che la Regione chiederà lo stato di emergenza. "Chi non era assicurato rischia di dover pagare tutto di tasca propria", ha avvertito, invitando i cittadini a fotografare i danni prima di qualsiasi riparazione.
""",
"01_en.txt": """Hailstorm in northern Italy triggers more than 14,000 claims in two days
Insurance Journal
June 9, 2027

Insurers in Italy's Veneto region received more than 14,000 claims within 48 hours of a violent hailstorm that swept across the provinces of Treviso and Padua on Monday evening, Italian news agency ANSA reported Wednesday.

Insured losses could reach around €210 million ($228 million), the agency said. Hailstones up to six centimeters across smashed skylights, warehouse roofs and windshields in the towns of Castelfranco Veneto, Cittadella and Camposampiero. At one car dealership near Castelfranco, some 3,200 new vehicles awaiting delivery were damaged.

"In two days we received the number of claims we normally handle in three months," Giorgio Trevisan, head of claims at Serenissima Assicurazioni, told ANSA. The insurer, one of the largest in the area, has brought in 60 loss adjusters from other regions and expects to complete first inspections by next Monday.

About 70% of the claims concern vehicles, with the remainder covering homes, commercial buildings and greenhouses, according to ANSA. Farmers with weather-risk crop policies estimate losses of up to 60% on corn and vegetables.

The regional government plans to request a state of emergency, regional civil protection commissioner Lucia Dal Cin said, warning that uninsured households may have to bear the full cost of repairs.

Hail has become the costliest peril for Italian property insurers in recent years, with convective storms in the north generating a growing share of weather-related claims.
""",
"02_de.txt": """Hagelsturm in Venetien: Versicherer zählen mehr als 14.000 Schadenmeldungen
Frankfurter Allgemeine Zeitung
09.06.2027, 13:15

Nach einem schweren Hagelunwetter in Norditalien sind bei den Versicherern binnen 48 Stunden mehr als 14.000 Schadenmeldungen eingegangen, wie die italienische Nachrichtenagentur Ansa berichtet. Betroffen sind vor allem die Provinzen Treviso und Padua, über die am Montagabend Hagelkörner von bis zu sechs Zentimetern Durchmesser niedergingen.

Den versicherten Schaden beziffert die Agentur auf rund 210 Millionen Euro. Zerstört wurden Dachfenster, Hallendächer und Windschutzscheiben; allein auf dem Gelände eines Autohändlers bei Castelfranco Veneto wurden etwa 3200 fabrikneue Wagen beschädigt.

„In zwei Tagen haben wir so viele Meldungen bekommen wie sonst in drei Monaten“, sagte Giorgio Trevisan, Leiter der Schadenabteilung bei Serenissima Assicurazioni, der Agentur. Der Versicherer hat 60 Gutachter aus anderen Regionen zusammengezogen.

Nach Angaben von Ansa betreffen etwa 70 Prozent der Meldungen Fahrzeuge, der Rest Wohnhäuser, Gewerbehallen und Gewächshäuser. Landwirte rechnen bei Mais und Gemüse mit Ausfällen von bis zu 60 Prozent. Die Region Venetien will den Notstand beantragen.

Für die Branche kommt das Unwetter zur Unzeit: Die Rückversicherer hatten ihre Preise für Naturgefahrendeckungen in Italien erst zu Jahresbeginn erneut angehoben.
""",
"03_pt.txt": """Granizo no norte de Itália provoca mais de 14 mil participações de sinistro
Público

As seguradoras italianas receberam mais de 14 mil participações de sinistro em apenas 48 horas, depois de uma forte tempestade de granizo ter atingido na segunda-feira à noite as províncias de Treviso e Pádua, no Véneto. Os danos seguros deverão rondar os 210 milhões de euros, segundo a agência noticiosa italiana ANSA.

Pedras de granizo com até seis centímetros de diâmetro partiram claraboias, telhados de armazéns e para-brisas em Castelfranco Veneto, Cittadella e Camposampiero. Só no parque de um concessionário automóvel perto de Castelfranco ficaram danificados cerca de 3200 carros novos que aguardavam entrega.

"Em dois dias recebemos o número de participações que normalmente tratamos em três meses", disse à agência Giorgio Trevisan, diretor de sinistros da Serenissima Assicurazioni. A seguradora mobilizou 60 peritos de outras regiões.

Cerca de 70% das participações dizem respeito a veículos, avança a ANSA; as restantes envolvem habitações, pavilhões industriais e estufas. Os agricultores com seguros de colheita estimam perdas de até 60% no milho e nos hortícolas.

A região do Véneto vai pedir a declaração do estado de emergência. Em Portugal, as seguradoras têm alertado para o aumento dos fenómenos de granizo no interior norte, ainda que com prejuízos muito inferiores aos registados em Itália.
""",
}, [("ANSA", False)],
[("ANSA", "00_it.txt"), ("ANSA", "01_en.txt"), ("ANSA", "02_de.txt"), ("ANSA", "03_pt.txt")],
[("Insurers received more than 14,000 claims within 48 hours after a hailstorm hit the provinces of Treviso and Padua.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1),
 ("Insured losses from the Veneto hailstorm are estimated at about 210 million euros.",
  ["00_it.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1)])

# s02: Handelsblatt's own scoop (sources in financial circles, people familiar, who stay
# anonymous and belong to the origin; the company's refusal to Handelsblatt is part of it), relayed
# 4x: en "German business daily Handelsblatt reported on Tuesday, citing people familiar" + "the
# newspaper said" + "the paper added" (FT's own unanswered request adds nothing); it "Secondo quanto
# riporta il quotidiano economico Handelsblatt, che cita fonti finanziarie" + "scrive il giornale di
# Düsseldorf"; ru "сообщает деловая газета Handelsblatt со ссылкой на источники в финансовых кругах"
# + "По информации издания" + "отмечает газета"; es "Así lo publica el diario económico alemán
# Handelsblatt, que cita a personas conocedoras" + "añade el rotativo" + "Según el periódico de
# Düsseldorf".
story("s02_scoop_insurer_insolvency", "scoop", {
"00_de.txt": """Sachversicherer Elbtal droht die Pleite – Bafin verlangt Sanierungsplan
Handelsblatt
2027-05-18T06:00:00+02:00

Der Dresdner Sachversicherer Elbtal Sachversicherung AG ist nach einer Serie schwerer Unwetter in existenzielle Schieflage geraten. Nach Informationen des Handelsblatts aus Finanzkreisen ist die Solvenzquote des Unternehmens zum Ende des ersten Quartals auf 84 Prozent gefallen – und liegt damit deutlich unter der gesetzlich geforderten Mindestmarke von 100 Prozent.

Die Finanzaufsicht Bafin hat Elbtal deshalb aufgefordert, bis Ende Mai einen Sanierungsplan vorzulegen, wie mehrere mit der Lage vertraute Personen dem Handelsblatt bestätigten. Gelingt es nicht, frisches Kapital aufzutreiben, droht im Sommer der Antrag auf Eröffnung eines Insolvenzverfahrens. „Die Lage ist ernst, die Zeit läuft davon“, sagte eine der Personen, die anonym bleiben wollte.

Elbtal versichert rund 420.000 Kunden, vor allem Wohngebäude und Hausrat in Sachsen, Thüringen und Brandenburg. Die Hagel- und Starkregenereignisse der vergangenen beiden Sommer haben das Unternehmen nach Handelsblatt-Informationen zusammen rund 480 Millionen Euro gekostet – mehr als das Doppelte der eigenen Kalkulation. Zugleich verteuerte sich der Rückversicherungsschutz zum Jahreswechsel um fast 40 Prozent.

Hinter den Kulissen laufen Gespräche mit möglichen Käufern. Ein Interessent ist demnach der Hamburger Versicherer Nordkap Versicherungsgruppe, der Teile des Bestands übernehmen könnte. Eine Einigung sei aber noch nicht in Sicht, hieß es.

Elbtal wollte sich auf Anfrage des Handelsblatts nicht äußern. Die Bafin teilte mit, sie kommentiere einzelne Unternehmen grundsätzlich nicht.

Für die Kunden wäre eine Pleite heikel: Anders als bei Lebensversicherern gibt es für Sachversicherer in Deutschland keine Sicherungseinrichtung. Im Insolvenzfall enden die Verträge nach einem Monat, offene Schäden werden nur mit einer Quote bedient.
""",
"01_en.txt": """German home insurer Elbtal ordered to draw up rescue plan after storm losses
Financial Times
2027-05-18 11:40

Germany's financial regulator BaFin has ordered Dresden-based property insurer Elbtal Sachversicherung to present a recovery plan by the end of May after its solvency ratio slumped below the legal minimum, German business daily Handelsblatt reported on Tuesday, citing people familiar with the situation.

Elbtal's solvency ratio fell to 84 per cent at the end of the first quarter, well short of the 100 per cent required under EU Solvency II rules. Unless it raises fresh capital, the insurer could have to file for insolvency in the summer, the newspaper said.

The company, which covers about 420,000 customers mainly for buildings and contents in eastern Germany, has been hit by two summers of severe hail and flash floods. Those events cost it around €480mn, more than twice what it had budgeted for, Handelsblatt reported. Reinsurance costs rose almost 40 per cent at the start of the year.

Hamburg-based Nordkap Versicherungsgruppe is among potential buyers that could take over part of Elbtal's portfolio, the paper added, though no deal is imminent.

Elbtal declined to comment to Handelsblatt, and BaFin said it did not comment on individual companies. Elbtal did not respond to a request for comment from the Financial Times.

Unlike life insurers, German property and casualty insurers are not covered by an industry guarantee scheme, meaning policies would lapse one month after insolvency proceedings begin.
""",
"02_it.txt": """Germania, la compagnia Elbtal sotto la soglia di solvibilità: la BaFin chiede un piano di risanamento
Il Sole 24 Ore
18 maggio 2027

Il maltempo degli ultimi due anni rischia di mandare in default un assicuratore tedesco. Secondo quanto riporta il quotidiano economico Handelsblatt, che cita fonti finanziarie, l'indice di solvibilità della Elbtal Sachversicherung di Dresda è sceso all'84% alla fine del primo trimestre, sotto il minimo regolamentare del 100% previsto da Solvency II.

L'autorità di vigilanza tedesca BaFin avrebbe chiesto alla compagnia di presentare un piano di risanamento entro la fine di maggio. Senza un aumento di capitale, scrive il giornale di Düsseldorf, la domanda di insolvenza potrebbe arrivare già in estate.

Elbtal assicura circa 420 mila clienti, soprattutto abitazioni e contenuti domestici in Sassonia, Turingia e Brandeburgo. Grandinate e nubifragi delle ultime due estati le sono costati circa 480 milioni di euro, più del doppio di quanto preventivato, mentre il costo della riassicurazione è salito di quasi il 40% a gennaio.

Tra i possibili acquirenti di una parte del portafoglio, sempre secondo Handelsblatt, figura il gruppo amburghese Nordkap Versicherungsgruppe, ma un accordo non sarebbe vicino. La compagnia non ha voluto commentare.

Il caso riaccende in Germania il dibattito sulla mancanza di un fondo di garanzia per le polizze danni, che oggi lascerebbe i clienti di una compagnia insolvente con rimborsi solo parziali.
""",
"03_ru.txt": """Немецкий страховщик Elbtal оказался на грани банкротства из-за ущерба от непогоды
Интерфакс
18 мая 2027, 14:27

Москва. 18 мая. ИНТЕРФАКС - Немецкий регулятор BaFin потребовал от дрезденской страховой компании Elbtal Sachversicherung до конца мая представить план финансового оздоровления, сообщает деловая газета Handelsblatt со ссылкой на источники в финансовых кругах.

По информации издания, коэффициент платежеспособности страховщика по итогам первого квартала упал до 84% при минимально допустимом уровне в 100%. Если компании не удастся привлечь новый капитал, летом она может подать заявление о банкротстве, отмечает газета.

Elbtal обслуживает около 420 тыс. клиентов, в основном страхуя жилые дома и домашнее имущество в восточных землях Германии. Градобития и ливни последних двух лет обошлись компании примерно в 480 млн евро - более чем вдвое больше заложенного в расчеты. Стоимость перестрахования с начала года выросла почти на 40%.

Как пишет Handelsblatt, среди потенциальных покупателей части портфеля - гамбургская Nordkap Versicherungsgruppe, однако до сделки еще далеко. В самой Elbtal от комментариев газете отказались, в BaFin заявили, что не комментируют ситуацию в отдельных компаниях.

В отличие от страховщиков жизни, у компаний, работающих в имущественном страховании, в Германии нет гарантийного фонда: в случае банкротства договоры прекращаются через месяц.
""",
"04_es.txt": """La aseguradora alemana Elbtal, al borde de la insolvencia por las tormentas
Expansión
19/05/2027 07:30

El supervisor financiero alemán, BaFin, ha exigido a la aseguradora de daños Elbtal Sachversicherung que presente un plan de saneamiento antes de que acabe mayo, después de que su ratio de solvencia cayera por debajo del mínimo legal. Así lo publica el diario económico alemán Handelsblatt, que cita a personas conocedoras de la situación.

La ratio de solvencia de la compañía, con sede en Dresde, se situó en el 84% al cierre del primer trimestre, frente al 100% que exige la normativa europea Solvencia II. Si no consigue capital fresco, la entidad podría solicitar la insolvencia este verano, añade el rotativo.

Elbtal tiene unos 420.000 clientes, sobre todo de seguros de hogar en el este de Alemania. Las granizadas y lluvias torrenciales de los dos últimos veranos le han costado alrededor de 480 millones de euros, más del doble de lo previsto, mientras que el precio del reaseguro se disparó casi un 40% en enero.

Según el periódico de Düsseldorf, el grupo hamburgués Nordkap Versicherungsgruppe estudia quedarse con parte de la cartera, aunque no hay acuerdo a la vista. Elbtal rehusó hacer comentarios.

El caso preocupa en el sector europeo, donde varias aseguradoras medianas han sufrido en los últimos años pérdidas por fenómenos climáticos extremos que superan con creces sus previsiones.
""",
}, [("Handelsblatt", True)],
[("Handelsblatt", "01_en.txt"), ("Handelsblatt", "02_it.txt"), ("Handelsblatt", "03_ru.txt"), ("Handelsblatt", "04_es.txt")],
[("BaFin has ordered Elbtal Sachversicherung to present a recovery plan by the end of May after its solvency ratio fell to 84%.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_ru.txt", "04_es.txt"], 1),
 ("Hail and heavy-rain events over the past two summers cost Elbtal about 480 million euros, more than twice its own estimate.",
  ["00_de.txt", "01_en.txt", "02_it.txt", "03_ru.txt", "04_es.txt"], 1)])

# s03: an institution's own published decision (National Bank of Ukraine, statement on its site)
# taken directly 3x; de (VersicherungsJournal) via Економічна правда (chain, edge from the portal):
# uk "Про це йдеться в повідомленні НБУ, оприлюдненому … на офіційному сайті регулятора" + "Як
# зазначає регулятор" + "За даними НБУ" + "наголошується в повідомленні Нацбанку"; ru "говорится в
# сообщении Нацбанка, опубликованном … на его сайте" + "Согласно сообщению"; en "the regulator
# said in a statement posted on its website" + "the central bank said" + "the NBU wrote"; de "Das
# berichtet das ukrainische Wirtschaftsportal Ekonomitschna Prawda unter Berufung auf eine
# Mitteilung der Notenbank" + "Dem Bericht zufolge" + "schreibt Ekonomitschna Prawda" + "Laut dem Portal".
story("s03_institution_nbu_licence", "institution", {
"00_uk.txt": """НБУ відкликав ліцензії страховика «Оріана Гарант», який не платив за шкоду від буревію
Економічна правда
22 червня 2027, 15:48

Національний банк відкликав усі ліцензії приватного акціонерного товариства «Страхова компанія «Оріана Гарант» і виключив його з Державного реєстру фінансових установ. Про це йдеться в повідомленні НБУ, оприлюдненому у вівторок на офіційному сайті регулятора.

Як зазначає регулятор, компанія систематично не виконувала зобов'язань перед клієнтами: станом на 1 червня вона не врегулювала 1870 страхових випадків на загальну суму 94 млн грн. Переважна більшість із них стосується пошкодження житла й автомобілів під час травневого буревію в Одеській області.

За даними НБУ, під час інспекційної перевірки також з'ясувалося, що страховик завищував вартість активів: частина облігацій, які він показував у звітності, насправді була заблокована в іншій фінансовій установі. Через це фактичний обсяг резервів був майже вдвічі меншим за заявлений.

«Компанія роками демонструвала формальну відповідність вимогам, але не мала реальних ресурсів для виплат», — наголошується в повідомленні Нацбанку.

Неврегульовані зобов'язання «Оріана Гарант» за договорами ОСЦПВ візьме на себе Моторне (транспортне) страхове бюро України. Власникам інших полісів, зокрема страхування майна, регулятор радить звертатися з вимогами до ліквідатора.

«Оріана Гарант» працювала на ринку з 2009 року і за підсумками 2026 року зібрала 312 млн грн страхових премій. Це вже третій страховик, який втратив ліцензії від початку року.
""",
"01_ru.txt": """Нацбанк Украины лишил лицензий страховую компанию «Ориана Гарант»
Интерфакс-Украина
22.06.2027 16:10

Киев. 22 июня. ИНТЕРФАКС-УКРАИНА - Национальный банк Украины отозвал все лицензии ЧАО «Страховая компания «Ориана Гарант» и исключил ее из Государственного реестра финансовых учреждений, говорится в сообщении Нацбанка, опубликованном во вторник на его сайте.

Как отмечает регулятор, по состоянию на 1 июня компания не урегулировала 1870 страховых случаев на общую сумму 94 млн грн. Большинство из них связаны с ущербом жилью и автомобилям, причиненным майским ураганом в Одесской области.

Согласно сообщению, в ходе инспекционной проверки НБУ выяснилось, что страховщик завышал стоимость активов: часть облигаций, отраженных в отчетности, фактически была заблокирована в другом финансовом учреждении. В результате реальный объем резервов оказался почти вдвое меньше заявленного.

Обязательства «Ориана Гарант» по договорам ОСАГО перейдут к Моторному (транспортному) страховому бюро Украины. Владельцам остальных полисов Нацбанк рекомендует обращаться с требованиями к ликвидатору.

По данным регулятора, в 2026 году компания собрала 312 млн грн страховых премий. «Ориана Гарант» стала третьим страховщиком, лишенным лицензий с начала года.
""",
"02_en.txt": """Central bank pulls licenses of insurer that failed to pay storm claims
The Kyiv Independent
Tue, 22 Jun 2027 17:30:00 +0300

The National Bank of Ukraine (NBU) has revoked all licenses of the insurer Oriana Harant, which failed to pay out on hundreds of storm damage claims in the Odesa region, the regulator said in a statement posted on its website on June 22.

According to the statement, Oriana Harant had failed to settle 1,870 insurance claims worth a combined Hr 94 million ($2.3 million) as of June 1. Most of them concern homes and cars damaged during a storm that hit the region in May.

An on-site inspection also found that the company had overstated the value of its assets, the central bank said. Some of the bonds listed in its financial reports were in fact frozen at another financial institution, which meant its real reserves were almost half of what it had declared.

"For years the company showed formal compliance with the requirements but had no real resources to pay claims," the NBU wrote.

Claims under compulsory motor third-party liability policies will be taken over by the Motor (Transport) Insurance Bureau of Ukraine, while holders of other policies, including property insurance, should file their claims with the liquidator, the regulator said.

Oriana Harant, founded in 2009, collected Hr 312 million in premiums last year. It is the third insurer to lose its licenses in 2027.
""",
"03_de.txt": """Ukraine: Notenbank entzieht Versicherer Oriana Harant die Lizenzen
VersicherungsJournal
23. Juni 2027

Die ukrainische Nationalbank hat dem Versicherer Oriana Harant sämtliche Lizenzen entzogen. Das berichtet das ukrainische Wirtschaftsportal Ekonomitschna Prawda unter Berufung auf eine Mitteilung der Notenbank, die seit 2020 auch die Versicherungsaufsicht im Land ausübt.

Dem Bericht zufolge hatte das Unternehmen zum 1. Juni 1.870 Schadenfälle mit einem Gesamtvolumen von 94 Millionen Hrywnja (rund 2,1 Millionen Euro) nicht reguliert. Der größte Teil betrifft Wohnhäuser und Autos, die im Mai bei einem Sturm im Gebiet Odessa beschädigt worden waren.

Bei einer Vor-Ort-Prüfung sei zudem aufgefallen, dass der Versicherer den Wert seiner Kapitalanlagen zu hoch ausgewiesen habe, schreibt Ekonomitschna Prawda. Ein Teil der Anleihen sei bei einem anderen Finanzinstitut blockiert gewesen; die tatsächlichen Reserven hätten nur gut die Hälfte der gemeldeten betragen.

Die offenen Ansprüche aus Kfz-Haftpflichtverträgen übernimmt das ukrainische Kraftfahrzeug-Versicherungsbüro. Inhaber anderer Policen müssen sich an den Liquidator wenden.

Oriana Harant war seit 2009 am Markt und nahm im vergangenen Jahr 312 Millionen Hrywnja an Beiträgen ein. Laut dem Portal ist es bereits der dritte Versicherer, der in diesem Jahr seine Zulassung verliert.
""",
}, [("National Bank of Ukraine", False)],
[("National Bank of Ukraine", "00_uk.txt"), ("National Bank of Ukraine", "01_ru.txt"),
 ("National Bank of Ukraine", "02_en.txt"), ("Економічна правда", "03_de.txt")],
[("The National Bank of Ukraine revoked all licences of the insurer Oriana Harant, which had failed to settle 1,870 claims worth 94 million hryvnias.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# s04: chain Expresso -> El País -> it, en. pt own: indictment "a que o Expresso teve acesso" +
# anonymous "fonte ligada à investigação" ("conta ao Expresso"); es "Así lo revela el semanario
# portugués Expresso, que ha tenido acceso al escrito de acusación" + "Según el semanario" + "citada
# por Expresso" + "informa Expresso"; it "Lo scrive il quotidiano spagnolo El País, che cita il
# settimanale portoghese Expresso" + "Secondo El País" + "riferisce il giornale madrileno" (edge
# from El País); en "according to an indictment reported by the Spanish daily El País" + "El País,
# citing the Portuguese weekly Expresso, reported" + "the newspaper said" (edge from El País).
story("s04_chain_fraud_ring", "chain", {
"00_pt.txt": """Rede de burla simulou mais de 300 acidentes e tempestades e lesou seguradoras em 6,8 milhões
Expresso
11 de setembro de 2027, 08:00

Durante quase quatro anos, uma rede organizada a partir de Barcelos simulou acidentes de viação e danos causados por tempestades para cobrar indemnizações a seguradoras portuguesas e espanholas. O prejuízo ascende a 6,8 milhões de euros, segundo o despacho de acusação do Ministério Público a que o Expresso teve acesso.

São 41 os arguidos, entre os quais dois mecânicos, um advogado de Braga e um perito avaliador que trabalhava por conta de várias companhias. De acordo com a acusação, o grupo participou pelo menos 312 sinistros falsos entre 2022 e 2026, muitos deles envolvendo carros já acidentados que eram "reciclados" em novas colisões encenadas em estradas secundárias do Minho e da Galiza.

Depois das tempestades do inverno de 2025, a rede passou a apostar também nos danos em habitações: telhados partidos de propósito, fotografias reutilizadas e faturas de reparação emitidas por empresas de fachada. "Chegaram a participar o mesmo telhado a três seguradoras diferentes", conta ao Expresso uma fonte ligada à investigação, que pediu para não ser identificada.

O alegado líder, um empresário de 47 anos dono de uma oficina, terá ficado com cerca de um terço do dinheiro. Parte foi aplicada em imóveis em Esposende e em Ourense, na Galiza.

A investigação começou em 2024, depois de a Aseguradora Cantábrica, uma companhia espanhola, detetar que o mesmo Audi tinha tido quatro acidentes graves em 14 meses, sempre com condutores diferentes. A Polícia Judiciária contou com a colaboração da Guardia Civil.

Contactado pelo Expresso, o advogado do principal arguido não quis comentar.
""",
"01_es.txt": """Una red simuló más de 300 accidentes y daños por temporales en Portugal y Galicia para estafar a las aseguradoras
El País
2027-09-12T09:30:00+02:00

Una red criminal con base en Barcelos, en el norte de Portugal, simuló durante casi cuatro años accidentes de tráfico y daños por temporales para cobrar indemnizaciones de aseguradoras portuguesas y españolas, con un perjuicio de 6,8 millones de euros. Así lo revela el semanario portugués Expresso, que ha tenido acceso al escrito de acusación de la Fiscalía.

Los acusados son 41, entre ellos dos mecánicos, un abogado de Braga y un perito tasador que trabajaba para varias compañías. Según el semanario, el grupo declaró al menos 312 siniestros falsos entre 2022 y 2026, muchos con coches ya siniestrados que se "reciclaban" en nuevas colisiones escenificadas en carreteras secundarias del Miño y de Galicia.

Tras los temporales del invierno de 2025, la red amplió el negocio a los daños en viviendas: tejados rotos a propósito, fotografías reutilizadas y facturas de empresas pantalla. Una fuente de la investigación citada por Expresso asegura que llegaron a declarar el mismo tejado a tres aseguradoras distintas.

El presunto cabecilla, un empresario de 47 años propietario de un taller, se habría quedado con cerca de un tercio del dinero. Parte se invirtió en inmuebles en Esposende y en Ourense, informa Expresso.

La investigación arrancó en 2024, cuando la Aseguradora Cantábrica detectó que un mismo Audi había sufrido cuatro accidentes graves en 14 meses con conductores diferentes. La Policía Judiciaria portuguesa trabajó en el caso con la Guardia Civil.

El fraude en el seguro del automóvil es uno de los más extendidos en la península, y las compañías llevan años reclamando más medios para perseguirlo.
""",
"02_it.txt": """Portogallo, 300 incidenti e danni da maltempo inventati: truffa da 6,8 milioni alle assicurazioni
Il Sole 24 Ore
13/09/2027

Incidenti stradali messi in scena, tetti danneggiati di proposito, foto riciclate e fatture di società fantasma. È il sistema con cui una rete con base a Barcelos, nel nord del Portogallo, avrebbe sottratto 6,8 milioni di euro a compagnie portoghesi e spagnole in quasi quattro anni. Lo scrive il quotidiano spagnolo El País, che cita il settimanale portoghese Expresso.

Secondo El País, gli imputati sono 41: tra loro due meccanici, un avvocato di Braga e un perito che lavorava per diverse compagnie. Il gruppo avrebbe denunciato almeno 312 sinistri falsi tra il 2022 e il 2026, spesso utilizzando auto già incidentate che venivano "riciclate" in nuove collisioni simulate su strade secondarie tra il Minho e la Galizia.

Le indagini sono partite nel 2024, quando la compagnia spagnola Aseguradora Cantábrica si è accorta che la stessa Audi aveva avuto quattro incidenti gravi in 14 mesi, con conducenti diversi. Parte del denaro, riferisce il giornale madrileno, è stata investita in immobili a Esposende e a Ourense.

Il caso ricorda da vicino le inchieste italiane sulle frodi Rc auto, dove i cosiddetti "sinistri fotocopia" restano uno dei fattori che tengono alti i premi in alcune province del Sud.
""",
"03_en.txt": """Portuguese ring staged hundreds of car crashes and storm claims, prosecutors say
The Guardian
Mon 13 Sep 2027 11.20 BST

A criminal network in northern Portugal staged more than 300 road accidents and storm-damage claims over almost four years, extracting €6.8m from Portuguese and Spanish insurers, according to an indictment reported by the Spanish daily El País.

El País, citing the Portuguese weekly Expresso, reported on Sunday that prosecutors had charged 41 people, including two mechanics, a lawyer from Braga and a loss adjuster who worked for several insurance companies. The group allegedly filed at least 312 false claims between 2022 and 2026.

Many involved cars that had already been written off and were "recycled" into new, staged collisions on back roads in Portugal's Minho region and neighbouring Galicia. After winter storms in 2025, the network moved into home insurance, deliberately breaking roof tiles and reusing photographs of damage, the newspaper said.

The investigation began in 2024 when a Spanish insurer, Aseguradora Cantábrica, noticed that a single Audi had been involved in four serious crashes in 14 months with different drivers at the wheel. Portugal's criminal investigation police worked with Spain's Guardia Civil on the case.

The alleged ringleader, a 47-year-old garage owner, is suspected of keeping about a third of the money, El País reported.
""",
}, [("Expresso", True)],
[("Expresso", "01_es.txt"), ("El País", "02_it.txt"), ("El País", "03_en.txt")],
[("A fraud ring based in Barcelos staged at least 312 false accident and storm-damage claims, costing Portuguese and Spanish insurers 6.8 million euros.",
  ["00_pt.txt", "01_es.txt", "02_it.txt", "03_en.txt"], 1),
 ("Prosecutors charged 41 people, including two mechanics, a lawyer from Braga and a loss adjuster.",
  ["00_pt.txt", "01_es.txt", "02_it.txt", "03_en.txt"], 1)])

# s05: Cinco Días' own analysis of 85 renewal notices (broker quote "explica a este periódico",
# anonymous executive); pt (no outlet line) is an uncredited close translation published the next
# day that keeps "explica a este jornal" (edge from Cinco Días, scenario translation); de "Das geht
# aus einer Auswertung der spanischen Wirtschaftszeitung Cinco Días hervor" + "schreibt das Blatt"
# + "berichtet der Zeitung"; uk "Про це пише іспанське ділове видання Cinco Días, журналісти якого
# проаналізували" + "За підрахунками видання" + "розповіла виданню".
story("s05_translation_valencia_premiums", "translation", {
"00_es.txt": """El seguro de hogar se encarece un 31% en la Comunidad Valenciana tras las inundaciones
Cinco Días
4 de octubre de 2027, 07:00 CEST

Los propietarios de viviendas en la Comunidad Valenciana están recibiendo estos días las renovaciones de sus seguros de hogar con subidas medias del 31%, un año después de las inundaciones de septiembre de 2026. Es la principal conclusión de un análisis de Cinco Días sobre 85 recibos de renovación emitidos por nueve aseguradoras, facilitados por lectores y corredores de la provincia de Valencia.

Las subidas varían mucho según la zona. En municipios de la Ribera Alta como Alzira o Carcaixent, el incremento medio alcanza el 44%, y en ocho de los recibos analizados la prima se ha duplicado. En la ciudad de Valencia, la subida media se queda en el 19%.

"Tengo clientes que pagaban 280 euros al año y ahora les piden 560 por la misma casa", explica a este periódico Amparo Ferrer, corredora de seguros en Alzira. Según Ferrer, al menos dos compañías han dejado de aceptar nuevas pólizas en calles que se inundaron el año pasado.

Las aseguradoras consultadas por Cinco Días atribuyen el alza al encarecimiento del reaseguro y al aumento del coste de las reparaciones. "El precio tiene que reflejar el riesgo real; durante años el hogar ha sido un ramo deficitario", señala un directivo de una de las grandes compañías del sector, que prefiere no ser identificado.

Las organizaciones de consumidores advierten de que muchas familias optarán por reducir coberturas o prescindir del seguro, lo que dejaría a más hogares sin protección ante el próximo episodio de lluvias torrenciales.
""",
"01_pt.txt": """Seguro de habitação sobe 31% na região de Valência depois das inundações
05-10-2027 09:15

Os proprietários de casas na Comunidade Valenciana estão a receber por estes dias as renovações dos seus seguros de habitação com aumentos médios de 31%, um ano depois das inundações de setembro de 2026. É a principal conclusão de uma análise a 85 avisos de renovação emitidos por nove seguradoras, cedidos por leitores e corretores da província de Valência.

Os aumentos variam muito consoante a zona. Em municípios da Ribera Alta como Alzira ou Carcaixent, o aumento médio chega aos 44%, e em oito dos avisos analisados o prémio duplicou. Na cidade de Valência, a subida média fica-se pelos 19%.

"Tenho clientes que pagavam 280 euros por ano e agora pedem-lhes 560 pela mesma casa", explica a este jornal Amparo Ferrer, corretora de seguros em Alzira. Segundo Ferrer, pelo menos duas companhias deixaram de aceitar novas apólices em ruas que ficaram inundadas no ano passado.

As seguradoras consultadas atribuem a subida ao encarecimento do resseguro e ao aumento do custo das reparações. "O preço tem de refletir o risco real; durante anos o ramo habitação foi deficitário", afirma um administrador de uma das grandes companhias do setor, que prefere não ser identificado.

As organizações de consumidores alertam que muitas famílias vão optar por reduzir coberturas ou prescindir do seguro, o que deixaria mais casas sem proteção perante o próximo episódio de chuvas torrenciais.
""",
"02_de.txt": """Nach der Flut: Wohngebäudeversicherung in Valencia fast ein Drittel teurer
Süddeutsche Zeitung
5. Oktober 2027, 18:02 Uhr

Ein Jahr nach den verheerenden Überschwemmungen vom September 2026 müssen Hausbesitzer in der spanischen Region Valencia deutlich mehr für ihre Versicherung zahlen. Das geht aus einer Auswertung der spanischen Wirtschaftszeitung Cinco Días hervor, die 85 Verlängerungsschreiben von neun Versicherern untersucht hat. Im Schnitt steigen die Prämien für Gebäude- und Hausratschutz demnach um 31 Prozent.

Besonders hart trifft es Orte der Ribera Alta wie Alzira oder Carcaixent, wo das Plus im Mittel 44 Prozent beträgt. In acht der untersuchten Fälle habe sich die Prämie verdoppelt, schreibt das Blatt. In der Stadt Valencia selbst liegt der Anstieg bei 19 Prozent.

Eine Versicherungsmaklerin aus Alzira, Amparo Ferrer, berichtet der Zeitung von Kunden, die statt 280 Euro nun 560 Euro im Jahr zahlen sollen. Mindestens zwei Gesellschaften nähmen in Straßen, die im vergangenen Jahr überflutet waren, gar keine neuen Kunden mehr an.

Die Versicherer begründen die Erhöhungen mit teurerer Rückversicherung und gestiegenen Reparaturkosten. Verbraucherschützer befürchten, dass viele Familien ihren Schutz reduzieren oder ganz kündigen.

Das Phänomen ist auch hierzulande bekannt: Nach dem Hochwasser im Ahrtal 2021 hatten deutsche Wohngebäudeversicherer ihre Beiträge in mehreren Runden angehoben.
""",
"03_uk.txt": """В Іспанії після повеней страхування житла подорожчало майже на третину
Мінфін
6 жовтня 2027, 09:40

Власники будинків в іспанському регіоні Валенсія цієї осені отримують рахунки за продовження страхування житла в середньому на 31% дорожчі, ніж торік. Про це пише іспанське ділове видання Cinco Días, журналісти якого проаналізували 85 повідомлень про поновлення полісів від дев'яти страхових компаній.

За підрахунками видання, найбільше подорожчання — у муніципалітетах району Рібера-Альта, зокрема в Алсірі та Каркайшенті: там премії зросли в середньому на 44%, а у восьми випадках подвоїлися. У самому місті Валенсія зростання становить 19%.

Страхова брокерка з Алсіри Ампаро Феррер розповіла виданню, що деякі її клієнти, які раніше платили 280 євро на рік, тепер мають сплачувати 560 євро за той самий будинок. Щонайменше дві компанії взагалі перестали укладати нові договори на вулицях, що були затоплені минулого року.

Страховики пояснюють підвищення дорожчим перестрахуванням і зростанням вартості ремонтів. Організації захисту споживачів попереджають, що частина родин може відмовитися від страхування або скоротити покриття.

Нагадаємо, у вересні 2026 року внаслідок злив у районі Валенсії було затоплено тисячі будинків.
""",
}, [("Cinco Días", True)],
[("Cinco Días", "01_pt.txt"), ("Cinco Días", "02_de.txt"), ("Cinco Días", "03_uk.txt")],
[("Home insurance premiums in the Valencia region rose by an average of 31% at renewal, according to an analysis of 85 renewal notices from nine insurers.",
  ["00_es.txt", "01_pt.txt", "02_de.txt", "03_uk.txt"], 1),
 ("In Ribera Alta municipalities such as Alzira and Carcaixent the average increase reached 44%.",
  ["00_es.txt", "01_pt.txt", "02_de.txt", "03_uk.txt"], 1)])

# s06: РБК's own scoop (two anonymous market sources, a broker source, an internal letter seen by
# РБК); Ведомости relays it ("О планах … накануне сообщил РБК со ссылкой на источники") and adds
# its own confirmation ("«Ведомостям» это подтвердил директор …"): edge from РБК and in-corpus
# origin itself; uk "Про це повідомляє російське видання РБК з посиланням на джерела" + "За даними
# РБК" + "пише РБК" + "співрозмовники видання"; en (no date line) credits both: "confirmed to the
# Vedomosti business daily" + "was first reported on Monday by the RBC news outlet" + "told
# Vedomosti" + "RBC reported" + "the outlet's sources said".
story("s06_confirmation_kasko_rates", "confirmation", {
"00_ru.txt": """«Вега-Гарант» и еще два страховщика повысят тарифы КАСКО до 25%
РБК
05.07.2027, 08:15

Страховая компания «Вега-Гарант», входящая в пятерку крупнейших игроков на рынке автострахования, с 1 августа повысит тарифы по КАСКО в среднем на 18–25%. Об этом РБК рассказали два источника на страховом рынке и собеседник в одном из крупных страховых брокеров. Аналогичное повышение, по их словам, готовят еще как минимум два страховщика из топ-10.

РБК ознакомился с внутренним письмом «Вега-Гаранта» агентам. В нем повышение объясняется ростом стоимости запчастей и ремонта — за год средний чек ремонта по КАСКО в компании вырос на 34%, — а также убытками от мошенничества. Сильнее всего подорожают полисы для китайских кроссоверов и автомобилей старше пяти лет, следует из письма.

«Рынок долго держал цены, но дальше работать в минус никто не готов», — говорит один из собеседников РБК. По его словам, в отдельных регионах, в том числе в Краснодарском крае, где летом резко выросло число претензий из-за градобитий, тарифы могут вырасти и на 40%.

В «Вега-Гаранте» на запрос РБК не ответили. В Банке России сообщили, что тарифы по КАСКО страховщики устанавливают самостоятельно.

По оценкам участников рынка, выплаты по КАСКО в 2026 году выросли более чем на 20%, тогда как сборы премий почти не изменились.
""",
"01_ru.txt": """«Вега-Гарант» подтвердил повышение тарифов КАСКО
Ведомости
6 июля 2027, 12:40

Страховая компания «Вега-Гарант» с 1 августа поднимет тарифы по КАСКО в среднем на 18–25%. «Ведомостям» это подтвердил директор по розничному страхованию компании Игорь Сафонов. О планах страховщика накануне сообщил РБК со ссылкой на источники на рынке и внутреннее письмо агентам.

«Решение принято, новые тарифы вступят в силу с 1 августа для новых договоров и при пролонгации», — сказал Сафонов. По его словам, главная причина — стоимость запчастей: средний убыток по КАСКО за год вырос примерно на треть. Еще одним фактором он назвал мошенничество — компания за первое полугодие выявила более 1100 подозрительных заявлений об убытках, в том числе со старыми повреждениями, которые выдавались за последствия града.

Сафонов отказался комментировать, собираются ли повышать тарифы другие участники рынка. Представители двух крупных страховщиков, опрошенных «Ведомостями», сообщили, что пересматривают тарифы, но окончательных решений пока не приняли.

Независимый эксперт по страхованию Ольга Кравцова считает, что подорожание КАСКО продолжится и в следующем году. «Без повышения тарифов этот вид страхования становится убыточным для большинства компаний. Вопрос только в том, сколько клиентов откажется от полиса», — говорит она.
""",
"02_uk.txt": """У Росії страховики піднімають ціни на КАСКО до 25% — РБК
LIGA.net
5 липня 2027, 14:20

Російська страхова компанія «Вега-Гарант», одна з п'яти найбільших на ринку автострахування РФ, з 1 серпня підвищить тарифи КАСКО в середньому на 18–25%. Про це повідомляє російське видання РБК з посиланням на джерела на страховому ринку.

За даними РБК, подібне підвищення готують щонайменше ще двоє страховиків із першої десятки. Видання ознайомилося з внутрішнім листом компанії до агентів, у якому подорожчання пояснюють зростанням вартості запчастин і ремонту — середній чек ремонту за рік зріс на 34%, — а також збитками від шахрайства.

Найбільше подорожчають поліси для китайських кросоверів і автомобілів, старших за п'ять років. В окремих регіонах, зокрема в Краснодарському краї, тарифи можуть зрости на 40%, пише РБК.

Як зазначають співрозмовники видання, ринок довго стримував ціни, однак працювати в мінус страховики більше не готові.

Подорожчання ремонту автомобілів у Росії пов'язане із санкціями, які обмежили постачання оригінальних запчастин від західних виробників, а також із коливаннями курсу рубля.
""",
"03_en.txt": """Russian Car Insurance Set for Steep Price Hikes as Repair Costs Soar
The Moscow Times

One of Russia's largest car insurers will raise prices for comprehensive motor coverage, known as KASKO, by an average of 18-25% from Aug. 1, its retail chief confirmed to the Vedomosti business daily on Tuesday.

The increase at Vega-Garant was first reported on Monday by the RBC news outlet, which cited two insurance market sources and an internal letter sent to the company's agents. According to RBC, at least two other top-10 insurers are preparing similar moves.

"The decision has been made," Vega-Garant's retail insurance director Igor Safonov told Vedomosti, blaming the rising price of spare parts. The average KASKO claim at the company has grown by about a third over the past year, he said. Safonov also pointed to fraud, saying the insurer had flagged more than 1,100 suspicious claims in the first half of the year, including old damage passed off as hail damage.

Policies for Chinese-made crossovers and cars older than five years will see the sharpest increases, RBC reported. In some regions, including the southern Krasnodar region, which saw a surge in hail claims this summer, prices could rise by as much as 40%, the outlet's sources said.

Car repair costs in Russia have surged since Western sanctions cut off supplies of original parts and major foreign automakers left the market.
""",
}, [("РБК", True), ("Ведомости", True)],
[("РБК", "01_ru.txt"), ("РБК", "02_uk.txt"), ("РБК", "03_en.txt"), ("Ведомости", "03_en.txt")],
[("Vega-Garant will raise KASKO premiums by an average of 18-25% from 1 August.",
  ["00_ru.txt", "01_ru.txt", "02_uk.txt", "03_en.txt"], 2),
 ("Vega-Garant's internal letter to agents says the average KASKO repair bill rose by 34% in a year.",
  ["00_ru.txt", "02_uk.txt"], 1)])

# s07: a person's own social-media post (Tiago Valadares on LinkedIn) taken directly by pt, en,
# de; es via ECO (chain, edge from ECO). pt "O anúncio foi feito … pelo cofundador e CEO … numa
# publicação no LinkedIn" + "escreveu o gestor" + "Na mesma publicação" (ECO's unanswered request
# to the supervisor adds nothing); es "Así lo adelantó este lunes el portal económico portugués
# ECO, que se hace eco de un mensaje del cofundador … en LinkedIn" + "Según ECO" + "recoge el medio
# luso"; en "co-founder and CEO Tiago Valadares said in a LinkedIn post on Monday" + "Valadares
# wrote" + "In the post"; de "Das schrieb Mitgründer und CEO Tiago Valadares am Montag auf
# LinkedIn" + "heißt es in dem Beitrag" + "versicherte der Gründer in seinem Post".
story("s07_post_insurtech_insolvency", "post", {
"00_pt.txt": """Insurtech Quilha Seguros vai pedir insolvência. "Falhámos", admite fundador
ECO
1 de março de 2027, 13:05

A insurtech portuguesa Quilha Seguros vai apresentar-se à insolvência depois de não ter conseguido levantar o capital de que precisava para cobrir as perdas provocadas pela tempestade Leonor, em janeiro. O anúncio foi feito esta segunda-feira pelo cofundador e CEO, Tiago Valadares, numa publicação no LinkedIn.

"Falhámos. Depois da Leonor, os sinistros consumiram em seis semanas mais do que todo o capital que tínhamos levantado desde 2022", escreveu o gestor. Segundo Valadares, a ronda de 15 milhões de euros que estava a ser negociada com investidores caiu na última semana de fevereiro.

A Quilha, que vendia seguros de habitação e de recheio exclusivamente através de uma aplicação, tinha cerca de 62 mil clientes em Portugal e 9 mil em Espanha. Na mesma publicação, o fundador garante que as apólices em vigor "continuam válidas até à data do próximo vencimento" e que os sinistros já participados serão tratados pelo administrador de insolvência. Depois da tempestade, a seguradora recebeu cerca de 7 mil participações.

"Peço desculpa aos nossos clientes e à equipa de 48 pessoas que acreditou nisto", acrescentou Valadares.

A Quilha cresceu com prémios até 30% abaixo dos praticados pelas seguradoras tradicionais e chegou a ser apontada como uma das startups portuguesas mais promissoras do setor financeiro.

O ECO contactou a Autoridade de Supervisão de Seguros e Fundos de Pensões (ASF), que não respondeu até à hora de publicação.
""",
"01_es.txt": """La aseguradora digital portuguesa Quilha, con 9.000 clientes en España, pedirá la insolvencia
Expansión
02/03/2027 08:00

La insurtech portuguesa Quilha Seguros, que vende seguros de hogar a través de una aplicación móvil y cuenta con unos 9.000 clientes en España, se declarará en insolvencia tras no lograr el capital necesario para hacer frente a los siniestros de la borrasca Leonor. Así lo adelantó este lunes el portal económico portugués ECO, que se hace eco de un mensaje del cofundador y consejero delegado, Tiago Valadares, en LinkedIn.

Según ECO, Valadares reconoce que los siniestros consumieron en seis semanas más que todo el capital captado desde 2022. Una ronda de 15 millones de euros que la compañía negociaba con inversores se cayó a finales de febrero.

La compañía, que tenía además unos 62.000 clientes en Portugal, asegura que las pólizas en vigor seguirán siendo válidas hasta su próximo vencimiento y que los siniestros ya declarados los gestionará el administrador concursal, recoge el medio luso. Quilha recibió cerca de 7.000 partes tras la borrasca.

La start-up había desembarcado en España en 2025 con primas hasta un 30% inferiores a las de las aseguradoras tradicionales. Su caída se suma a la de otras insurtech europeas que han tenido problemas para levantar capital en los últimos dos años.
""",
"02_en.txt": """Portuguese insurtech Quilha to file for insolvency after storm losses wipe out its capital
TechCrunch
March 1, 2027, 9:47 AM PST

Quilha Seguros, a Portuguese app-only home insurer, is going insolvent after claims from a January windstorm burned through its capital and a planned funding round fell apart, co-founder and CEO Tiago Valadares said in a LinkedIn post on Monday.

"We failed," Valadares wrote. "After Leonor, claims consumed more in six weeks than all the capital we had raised since 2022." A €15 million round the startup had been negotiating with investors collapsed in the last week of February, he said.

Quilha, founded in 2022, sold home and contents policies through its app and had about 62,000 customers in Portugal and 9,000 in Spain. It received roughly 7,000 claims after storm Leonor hit Portugal's coast.

In the post, Valadares said existing policies would remain valid until their next renewal date and that claims already filed would be handled by the insolvency administrator. He apologized to customers and to the company's 48 employees.

Full-stack insurtechs, which hold their own insurance licenses rather than selling on behalf of established carriers, have struggled to raise money in recent years, as investors balk at the capital needed to absorb catastrophe losses.
""",
"03_de.txt": """Portugiesisches Insurtech Quilha gibt auf
Finance Forward
2. März 2027

Das portugiesische Versicherungs-Startup Quilha Seguros steht vor der Insolvenz. Das schrieb Mitgründer und CEO Tiago Valadares am Montag auf LinkedIn. „Wir sind gescheitert“, heißt es in dem Beitrag. Nach dem Wintersturm Leonor hätten die Schäden binnen sechs Wochen mehr Geld verschlungen, als das Unternehmen seit 2022 insgesamt eingesammelt habe.

Eine Finanzierungsrunde über 15 Millionen Euro sei in der letzten Februarwoche geplatzt, so Valadares weiter. Quilha verkaufte Wohngebäude- und Hausratpolicen ausschließlich per App und zählte zuletzt rund 62.000 Kunden in Portugal und 9.000 in Spanien.

Laufende Verträge blieben bis zum nächsten Fälligkeitstermin gültig, bereits gemeldete Schäden werde der Insolvenzverwalter bearbeiten, versicherte der Gründer in seinem Post. Nach dem Sturm waren bei Quilha etwa 7.000 Schadenmeldungen eingegangen.

Das Scheitern zeigt, wie schwer es für junge Versicherer ist, Naturkatastrophen abzufedern: Anders als bei Vermittler-Startups liegt das Risiko bei ihnen selbst in der Bilanz. Auch in Deutschland hatten mehrere digitale Versicherer zuletzt Mühe, neues Kapital einzuwerben.
""",
}, [("Tiago Valadares", False)],
[("Tiago Valadares", "00_pt.txt"), ("ECO", "01_es.txt"), ("Tiago Valadares", "02_en.txt"), ("Tiago Valadares", "03_de.txt")],
[("Quilha Seguros will file for insolvency after claims from storm Leonor consumed its capital and a 15 million euro funding round collapsed.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_de.txt"], 1)])

# s08: two independent own reports of one hailstorm: de Der Standard (reporter on the spot in
# Schwaz, "wie ein Lokalaugenschein des STANDARD zeigt", "sagte … dem STANDARD"), it Corriere della
# Sera (correspondent in Bressanone, "come ha potuto constatare il Corriere", "spiega al nostro
# giornale"); en credits both ("the Austrian daily Der Standard reported" + "told Der Standard,
# whose reporter"; "according to Italy's Corriere della Sera" + "told the newspaper"): two edges;
# uk credits only the Corriere ("Про це пише італійська газета Corriere della Sera, кореспондент
# якої побував" + "За даними видання" + "сказав газеті" + "Як зазначає газета").
story("s08_independent_alpine_hail", "independent", {
"00_de.txt": """Hagel in Tirol: Versicherer rechnet mit 75 Millionen Euro Schaden
Der Standard
19. Juli 2027, 11:34

Schwaz – Am Montagmorgen klingt es in der Schwazer Innenstadt, als würde überall gleichzeitig renoviert. Auf Dutzenden Dächern tauschen Dachdecker zertrümmerte Ziegel aus, vor den Autohäusern an der Bundesstraße stehen Reihen von Wagen mit eingedellten Motorhauben und gesprungenen Scheiben. Das Hagelunwetter vom Sonntagnachmittag hat im Tiroler Unterinntal binnen 20 Minuten enorme Schäden angerichtet, wie ein Lokalaugenschein des STANDARD zeigt.

Bei der Inntaler Wechselseitigen Versicherung, dem größten Sachversicherer der Region, waren bis Montagmittag rund 9.400 Schadenmeldungen eingegangen. „Wir rechnen allein in Tirol mit einem versicherten Schaden von rund 75 Millionen Euro“, sagte Vorstand Markus Thaler dem STANDARD. „Das wäre der teuerste Hagel in der Geschichte unseres Hauses.“

Die Körner hatten nach Angaben von Anrainern die Größe von Tischtennisbällen. In Vomp und Stans schlugen sie Löcher in Wintergärten und Photovoltaikanlagen. „Ich habe so etwas in 60 Jahren nicht erlebt“, erzählt Pensionistin Hermine Gruber, deren Carport unter der Last eingestürzt ist.

Thaler rät Betroffenen, Schäden zu fotografieren und Notreparaturen vorzunehmen, die Rechnungen aber aufzuheben. Die Gutachter würden zuerst zu Haushalten kommen, deren Dach nicht mehr dicht sei.

Auch Südtirol war von dem Unwetter schwer getroffen. Die Gewitterzelle war am Sonntag vom Eisacktal über den Brenner nach Norden gezogen.
""",
"01_it.txt": """Grandine in Alto Adige, 6.100 denunce. Meleti distrutti fino al 40 per cento
Corriere della Sera
19 luglio 2027 - 12:50

BRESSANONE — Nei meleti sopra Bressanone i frutti ancora acerbi sono a terra, spaccati. Le reti antigrandine, dove c'erano, hanno retto solo in parte. La grandinata di domenica pomeriggio ha colpito la Valle Isarco in meno di mezz'ora e, come ha potuto constatare il Corriere, ha lasciato dietro di sé tetti sfondati, auto ammaccate e interi filari spogli.

Alla Cassa Mutua Assicurazioni Isarco, la compagnia che assicura buona parte dei frutticoltori della zona, sono arrivate finora circa 6.100 denunce di sinistro. "In alcuni impianti abbiamo perdite fino al 40 per cento del raccolto di mele", spiega al nostro giornale il direttore Stefan Oberhofer. "I periti sono già al lavoro, ma ci vorranno settimane."

Nella zona industriale di Bressanone la grandine ha danneggiato i pannelli solari di una decina di capannoni. Diversi automobilisti sorpresi dalla tempesta sull'autostrada del Brennero hanno cercato riparo sotto i cavalcavia, bloccando per un'ora il traffico verso nord.

"Chi ha i meleti senza reti e senza polizza è rovinato", dice Matthias Kofler, frutticoltore di Varna, che ha perso metà della produzione.

La stessa cella temporalesca, spiegano i meteorologi provinciali, si è poi spostata oltre il Brennero, verso il Tirolo austriaco, dove ha causato danni altrettanto gravi.
""",
"02_en.txt": """Hailstorm batters Tyrol and South Tyrol, leaving insurers with thousands of claims
Euronews
2027-07-19T17:05:00+02:00

A violent hailstorm swept across the Alps on Sunday afternoon, smashing roofs, cars and orchards on both sides of the Austrian-Italian border and leaving insurers facing thousands of claims.

In Austria's Tyrol, the region's largest property insurer, Inntaler Wechselseitige, had received about 9,400 claims by midday Monday and expects insured losses of around €75 million in Tyrol alone, the Austrian daily Der Standard reported. "That would be the most expensive hail in our company's history," board member Markus Thaler told Der Standard, whose reporter described roofers replacing smashed tiles across the town of Schwaz.

South of the Brenner Pass, the Italian province of South Tyrol was hit just as hard. About 6,100 claims had been filed with Cassa Mutua Assicurazioni Isarco, which insures many of the area's fruit growers, according to Italy's Corriere della Sera. Some orchards lost up to 40% of their apple crop, director Stefan Oberhofer told the newspaper.

The storm cell moved from South Tyrol's Isarco valley north across the Brenner into Austria within an hour. Hailstones the size of table-tennis balls were reported in several villages.

Hail is among the fastest-growing sources of weather-related insurance losses in Europe, as warmer summers fuel more intense thunderstorms.
""",
"03_uk.txt": """Град в італійському Південному Тиролі знищив до 40% урожаю яблук
НВ
19 липня 2027, 19:25

Сильний град, що в неділю вдень пройшов північчю Італії, завдав значної шкоди садам, будинкам і автомобілям у провінції Больцано — Південному Тиролі. Про це пише італійська газета Corriere della Sera, кореспондент якої побував у постраждалих районах.

За даними видання, до місцевої страхової компанії Cassa Mutua Assicurazioni Isarco, яка страхує значну частину садівників регіону, надійшло вже близько 6100 заяв про страхові випадки. «У деяких садах ми втратили до 40% урожаю яблук», — сказав газеті директор компанії Штефан Обергофер.

Град пошкодив також сонячні панелі на дахах підприємств у промисловій зоні міста Брессаноне, а водії на автомагістралі через перевал Бреннер були змушені ховатися під мостами, пише Corriere della Sera.

Як зазначає газета, згодом грозова комірка перемістилася через Бреннер до австрійського Тиролю, де також завдала серйозних збитків.

Південний Тироль — один із найбільших у Європі регіонів вирощування яблук.
""",
}, [("Der Standard", True), ("Corriere della Sera", True)],
[("Der Standard", "02_en.txt"), ("Corriere della Sera", "02_en.txt"), ("Corriere della Sera", "03_uk.txt")],
[("A hailstorm on Sunday caused heavy damage in both the Austrian Tyrol and Italy's South Tyrol.",
  ["00_de.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], 2),
 ("Hail damaged solar panels in Bressanone's industrial zone and drivers on the Brenner motorway sheltered under bridges.",
  ["01_it.txt", "03_uk.txt"], 1)])


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
        for o, a in relays:
            assert a in arts, (id, a)
        for _, cas, _ in claims:
            for a in cas:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": cas, "independent_sources": k} for t, cas, k in claims],
        })
    labels = {"about": "Hand-written provenance test set 148 (insurance; real media names, invented events); see README.md.",
              "stories": out}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
