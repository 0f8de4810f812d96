#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand54 set (events, people and
companies invented; outlet names real)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: in-corpus document investigation (Економічна правда, uk) relayed by three: en credits
# "documents obtained by ... Ekonomichna Pravda"; de credits "Ekonomitschna Prawda"; ru is an
# uncredited close translation published next morning that keeps "ознакомилось издание" /
# "редакция" as if it were its own work -> edge from Економічна правда, scenario translation.
story("s01_investigation_grain_dryers", "in_corpus_investigation_with_uncredited_translation", {
"00_uk.txt": """«Південьелеватор» купив зерносушарки у 2,3 раза дорожче за ринок через лондонського посередника
Економічна правда
2027-05-11 09:30

Згідно з документами, які має в розпорядженні «Економічна правда», державне підприємство «Південьелеватор» торік закупило 14 зерносушарок данської марки Nordtørk за 312 млн грн — приблизно у 2,3 раза дорожче, ніж ці самі машини коштували у виробника.

Виробник продавав сушарку моделі NT-40 дилерам приблизно за 9,6 млн грн. Державне підприємство заплатило за кожну 22,3 млн грн. Різниця осіла в посередника — компанії Agrotek Partners LLP, зареєстрованої в Лондоні у 2025 році зі статутним капіталом 100 фунтів стерлінгів. Партнерами LLP значаться дві фірми з Белізу.

Журналісти ЕП проаналізували 40 сторінок договору поставки та порівняли ціни з прайс-листом виробника за 2026 рік. Тендер проводили за переговорною процедурою: інших учасників, крім Agrotek Partners, не було.

Директор «Південьелеватора» Валентин Гордієнко на запит ЕП не відповів. У Мінагрополітики заявили, що про закупівлю їм невідомо, і пообіцяли перевірку.
""",
"01_en.txt": """State grain firm paid more than double for dryers via London shell, Ukrainian outlet reports
The Kyiv Independent
2027-05-11T15:10:00+00:00

Ukraine's state enterprise Pivdenelevator paid about 2.3 times the manufacturer's price for 14 grain dryers bought last year, according to documents obtained by the Ukrainian outlet Ekonomichna Pravda.

The enterprise paid 22.3 million hryvnias per Danish-made Nordtørk NT-40 dryer, while the manufacturer sold the model to dealers for around 9.6 million hryvnias, Ekonomichna Pravda's investigation found. The total contract was worth 312 million hryvnias.

The difference went to an intermediary, Agrotek Partners LLP, registered in London in 2025 with a capital of 100 pounds, the outlet reported. Its two partners are firms registered in Belize.

Pivdenelevator's director Valentyn Hordiienko did not respond to Ekonomichna Pravda's request for comment. The Kyiv Independent could not independently verify the documents.
""",
"02_de.txt": """Ukraine: Staatsbetrieb soll Getreidetrockner zu überhöhten Preisen gekauft haben
Deutsche Welle
12. Mai 2027

Der ukrainische Staatsbetrieb Piwdenelewator hat für 14 Getreidetrockner offenbar mehr als das Doppelte des Listenpreises bezahlt. Das berichtet das ukrainische Wirtschaftsportal Ekonomitschna Prawda unter Berufung auf Vertragsunterlagen, die ihm vorliegen.

Demnach kostete jeder Trockner des dänischen Herstellers Nordtørk den Staatsbetrieb umgerechnet rund 510.000 Euro, etwa 2,3-mal so viel wie beim Hersteller. Zwischengeschaltet war eine Londoner Firma namens Agrotek Partners.

Das Agrarministerium in Kiew kündigte nach dem Bericht eine Prüfung an.
""",
"03_ru.txt": """«Пивденьэлеватор» купил зерносушилки в 2,3 раза дороже рынка через лондонского посредника
Южный курьер
12.05.2027 08:45

Как следует из документов, с которыми ознакомилось издание, государственное предприятие «Пивденьэлеватор» в прошлом году закупило 14 зерносушилок датской марки Nordtørk за 312 млн грн — примерно в 2,3 раза дороже, чем эти же машины стоили у производителя.

Производитель продавал сушилку модели NT-40 дилерам примерно за 9,6 млн грн. Госпредприятие заплатило за каждую 22,3 млн грн. Разница осела у посредника — компании Agrotek Partners LLP, зарегистрированной в Лондоне в 2025 году с уставным капиталом 100 фунтов стерлингов. Партнерами LLP значатся две фирмы из Белиза.

Журналисты проанализировали 40 страниц договора поставки и сравнили цены с прайс-листом производителя за 2026 год. Тендер проводили по переговорной процедуре: других участников, кроме Agrotek Partners, не было.

Директор «Пивденьэлеватора» Валентин Гордиенко на запрос редакции не ответил. В Минагрополитики заявили, что о закупке им неизвестно, и пообещали проверку.
""",
}, [{"name": "Економічна правда", "in_corpus": True}],
[("Економічна правда", "01_en.txt"), ("Економічна правда", "02_de.txt"), ("Економічна правда", "03_ru.txt")],
[("State enterprise Pivdenelevator bought 14 Nordtørk grain dryers at about 2.3 times the manufacturer's price.", ["00_uk.txt", "01_en.txt", "02_de.txt", "03_ru.txt"], 1),
 ("The intermediary Agrotek Partners LLP was registered in London in 2025 with a capital of 100 pounds and has two Belize partners.", ["00_uk.txt", "01_en.txt", "03_ru.txt"], 1)])

# s02: the same leaked letter obtained independently by the Financial Times (own) and Der Spiegel
# (own, "das dem SPIEGEL vorliegt"): two roots. fr credits both (two edges); uk credits Spiegel.
story("s02_same_leak_two_outlets_chemical_plant", "two_independent_document_scoops", {
"00_en.txt": """Veldhoff Chemie plans to shut Marlstett fertiliser plant, cutting 1,900 jobs
Financial Times
2027-05-18 05:00

German chemicals group Veldhoff Chemie is preparing to close its fertiliser plant in Marlstett, Rhineland-Palatinate, by the end of 2028, putting 1,900 jobs at risk, according to a letter obtained by the Financial Times.

In the letter, chief executive Annika Brauer tells senior managers that ammonia production in Germany "no longer has a path to profitability" at current gas prices. Part of the output would be moved to the group's plant in Louisiana, which runs on cheaper US gas, the letter says.

The Marlstett site, opened in 1962, is Veldhoff's largest in Europe. The letter is dated May 6 and marked "strictly confidential".

Veldhoff declined to comment.
""",
"01_de.txt": """Veldhoff Chemie will Werk in Marlstett schließen – 1900 Stellen betroffen
Der Spiegel
18.05.2027 06:00

Der Chemiekonzern Veldhoff bereitet die Schließung seines Düngemittelwerks in Marlstett vor. Bis Ende 2028 sollen dort die Anlagen stillgelegt werden, wie aus einem internen Papier hervorgeht, das dem SPIEGEL vorliegt. 1900 Beschäftigte wären betroffen. Es handelt sich um ein Schreiben von Vorstandschefin Annika Brauer an die Führungskräfte.

Die Ammoniakproduktion in Deutschland sei bei den aktuellen Gaspreisen „nicht mehr profitabel zu betreiben", heißt es darin. Nach SPIEGEL-Informationen soll der Vorstand am 28. Mai endgültig entscheiden; der Betriebsrat wurde bislang nicht eingebunden.

Veldhoff wollte sich auf Anfrage nicht zu dem Schreiben äußern.
""",
"02_fr.txt": """Le chimiste allemand Veldhoff s'apprête à fermer son usine d'engrais de Marlstett
Les Echos
18 mai 2027

Le groupe chimique allemand Veldhoff Chemie prépare la fermeture d'ici fin 2028 de son usine d'engrais de Marlstett, en Rhénanie-Palatinat, qui emploie 1 900 personnes. C'est ce que révèlent mardi le Financial Times et l'hebdomadaire allemand Der Spiegel, qui ont chacun pu consulter une lettre de la présidente du directoire, Annika Brauer.

Selon ce courrier, la production d'ammoniac en Allemagne n'est plus rentable au prix actuel du gaz. L'usine de Marlstett est le plus grand site européen du groupe.

Veldhoff n'a pas souhaité commenter.
""",
"03_uk.txt": """Німецький хімічний концерн Veldhoff закриває завод добрив: без роботи залишаться 1900 людей
Європейська правда
2027-05-18 13:20

Німецький концерн Veldhoff Chemie готується закрити завод добрив у Марлштетті до кінця 2028 року, роботу втратять 1900 працівників. Про це пише німецький журнал Der Spiegel, у розпорядженні якого опинився внутрішній документ компанії — лист голови правління Анніки Брауер.

За даними Spiegel, остаточне рішення правління ухвалить 28 травня, а профспілкову раду підприємства досі не поінформували.

Концерн пояснює закриття високими цінами на газ.
""",
}, [{"name": "Financial Times", "in_corpus": True}, {"name": "Der Spiegel", "in_corpus": True}],
[("Financial Times", "02_fr.txt"), ("Der Spiegel", "02_fr.txt"), ("Der Spiegel", "03_uk.txt")],
[("Veldhoff Chemie plans to close its Marlstett fertiliser plant by the end of 2028, affecting 1,900 jobs.", ["00_en.txt", "01_de.txt", "02_fr.txt", "03_uk.txt"], 2),
 ("Veldhoff's board is to decide on 28 May and the works council has not been involved.", ["01_de.txt", "03_uk.txt"], 1),
 ("Part of the output would move to Veldhoff's plant in Louisiana.", ["00_en.txt"], 1)])

# s03: out-of-corpus agency's document scoop ("a document seen by Reuters") relayed by four.
story("s03_reuters_document_gas_storage", "out_of_corpus_document_scoop", {
"00_en.txt": """Ukraine's KHK plans to sell 49% of gas storage unit to Norway's Brennvik - Reuters
Kyiv Post
2027-05-20 11:40

Ukrainian state gas company Karpatska Hazova Kompaniia (KHK) plans to sell a 49% stake in its storage subsidiary Stryi Storage to Norwegian investment fund Brennvik Capital, according to a document seen by Reuters.

The stake would be sold for about 610 million euros, the document, a presentation prepared for KHK's supervisory board and dated April 29, showed, Reuters reported on Tuesday.

Stryi Storage operates three underground facilities in western Ukraine with a combined capacity of 7.4 billion cubic metres. The deal would still need government approval.

KHK and Brennvik declined to comment to Reuters.
""",
"01_uk.txt": """КГК хоче продати 49% свого газосховищного бізнесу норвезькому фонду — Reuters
НВ
20.05.2027 14:05

Державна «Карпатська газова компанія» (КГК) планує продати 49% своєї дочірньої компанії «Стрийське сховище» норвезькому інвестиційному фонду Brennvik Capital. Про це повідомляє агентство Reuters з посиланням на документ, з яким ознайомилися його журналісти.

Йдеться про презентацію для наглядової ради КГК. Угода потребуватиме схвалення уряду.

«Стрийське сховище» управляє трьома підземними сховищами на заході України.
""",
"02_ru.txt": """Украинская КГК готовит продажу 49% газовых хранилищ норвежскому фонду
Зеркало недели
2027-05-20T16:30:00+03:00

Государственная «Карпатская газовая компания» (КГК) собирается продать 49% дочерней компании «Стрыйское хранилище» норвежскому фонду Brennvik Capital примерно за 610 млн евро. Об этом сообщает агентство Reuters.

Как следует из документа, с которым ознакомилось агентство, речь идет о презентации для наблюдательного совета КГК от 29 апреля. Сделку должен одобрить Кабмин.

В КГК и Brennvik от комментариев агентству отказались.
""",
"03_fr.txt": """Ukraine : l'énergéticien public KHK prêt à céder 49 % de ses stockages de gaz à un fonds norvégien
Le Figaro

La compagnie gazière publique ukrainienne Karpatska Hazova Kompaniia (KHK) envisage de céder 49 % de sa filiale de stockage Stryi Storage au fonds d'investissement norvégien Brennvik Capital, pour environ 610 millions d'euros, selon un document consulté par l'agence Reuters.

Il s'agit d'une présentation destinée au conseil de surveillance de KHK. L'opération devra être approuvée par le gouvernement ukrainien.
""",
}, [{"name": "Reuters", "in_corpus": False}],
[("Reuters", "00_en.txt"), ("Reuters", "01_uk.txt"), ("Reuters", "02_ru.txt"), ("Reuters", "03_fr.txt")],
[("KHK plans to sell 49% of its storage subsidiary Stryi Storage to Norwegian fund Brennvik Capital.", ["00_en.txt", "01_uk.txt", "02_ru.txt", "03_fr.txt"], 1),
 ("The stake would be sold for about 610 million euros.", ["00_en.txt", "02_ru.txt", "03_fr.txt"], 1)])

# s04: a public court filing (complaint on the SDNY docket / PACER) cited directly by three outlets,
# none crediting another: origin is the court (issuer of the public document), in_corpus false.
story("s04_court_filing_shipping_lawsuit", "public_court_filing_cited_directly", {
"00_en.txt": """Danish shipowner sues Ukrainian grain trader for $48.6 million in New York
Bloomberg
2027-05-25 18:20

Copenhagen-based Skovgaard Bulk A/S is suing Ukrainian grain trader Prychornomorska Agro LLC for $48.6 million in unpaid freight and demurrage, court filings show.

According to the complaint, filed Monday in federal court in Manhattan, Prychornomorska Agro chartered seven Skovgaard bulk carriers in 2026 to carry wheat and corn from Odesa and stopped paying after the fourth voyage.

The shipowner also alleges that the trader moved its cash and grain contracts to a Cyprus affiliate, Velora Trading Ltd., to put them out of reach of creditors, according to the filing.

The case is Skovgaard Bulk A/S v. Prychornomorska Agro LLC, US District Court, Southern District of New York. No lawyer for Prychornomorska Agro was listed on the docket.
""",
"01_de.txt": """Dänische Reederei verklagt ukrainischen Getreidehändler auf 48,6 Millionen Dollar
Handelsblatt
25.05.2027 20:15

Die Kopenhagener Reederei Skovgaard Bulk fordert von dem ukrainischen Getreidehändler Prytschornomorska Agro 48,6 Millionen Dollar. Das geht aus der Klageschrift hervor, die am Montag beim Bundesbezirksgericht für den südlichen Bezirk von New York eingereicht wurde und öffentlich einsehbar ist.

Die Reederei wirft dem Händler vor, Geld und Lieferverträge auf eine Schwesterfirma in Zypern, die Velora Trading, übertragen zu haben, um sie dem Zugriff der Gläubiger zu entziehen.

Ein Termin für eine erste Anhörung steht noch nicht fest.
""",
"02_ru.txt": """Датский судовладелец подал в суд Нью-Йорка на одесского зернотрейдера
РБК-Украина

Датская компания Skovgaard Bulk требует от одесского зернотрейдера «Причерноморская Агро» 48,6 млн долларов. Как следует из материалов дела, опубликованных в судебном реестре PACER, иск подан в окружной суд США Южного округа Нью-Йорка в понедельник.

Согласно исковому заявлению, в 2026 году трейдер зафрахтовал семь балкеров Skovgaard для перевозки пшеницы и кукурузы из Одессы и перестал платить после четвертого рейса. Истец требует оплатить фрахт и простой судов.
""",
}, [{"name": "U.S. District Court for the Southern District of New York", "in_corpus": False}],
[("U.S. District Court for the Southern District of New York", "00_en.txt"),
 ("U.S. District Court for the Southern District of New York", "01_de.txt"),
 ("U.S. District Court for the Southern District of New York", "02_ru.txt")],
[("Skovgaard Bulk is suing Prychornomorska Agro for $48.6 million in a New York federal court.", ["00_en.txt", "01_de.txt", "02_ru.txt"], 1),
 ("The trader chartered seven Skovgaard bulk carriers in 2026 and stopped paying after the fourth voyage.", ["00_en.txt", "02_ru.txt"], 1),
 ("The shipowner alleges the trader moved assets to Cyprus affiliate Velora Trading.", ["00_en.txt", "01_de.txt"], 1)])

# s05: Le Monde's own report that both cites a confidential document it consulted and quotes its
# own anonymous diplomats (both own reporting -> one in-corpus origin); three credited relays
# (de without outlet line).
story("s05_document_and_own_sources_guarantee_fund", "own_document_plus_own_sources", {
"00_fr.txt": """Mer Noire : Paris propose un fonds de garantie de 5 milliards d'euros pour les navires à destination de l'Ukraine
Le Monde
2 juin 2027

La France veut convaincre ses partenaires européens de créer un fonds de garantie de 5 milliards d'euros pour couvrir les assureurs des navires qui font escale dans les ports ukrainiens, selon un document consulté par Le Monde. Cette note confidentielle du Quai d'Orsay, datée du 27 mai, doit être présentée au Conseil européen des 24 et 25 juin.

Le fonds serait alimenté par les Etats membres volontaires et géré par la Banque européenne d'investissement. Il interviendrait lorsque les dommages dépassent les plafonds des assurances privées.

Berlin reste réservé, ont confié au Monde trois diplomates européens, sous couvert d'anonymat. « Les Allemands craignent de payer pour tout le monde », résume l'un d'eux.
""",
"01_en.txt": """France floats €5bn EU guarantee fund for Black Sea shipping
Politico Europe
2027-06-02T16:45:00+00:00

France is proposing a €5 billion EU guarantee fund to back insurers of ships calling at Ukrainian ports, Le Monde reported Wednesday, citing an internal memo reviewed by the newspaper.

The French foreign ministry memo is meant to be presented to EU leaders at their June 24-25 summit, according to Le Monde. The fund would be managed by the European Investment Bank.

Germany remains skeptical, three European diplomats told Le Monde.
""",
"02_de.txt": """Frankreich schlägt EU-Garantiefonds für Schiffe nach Ukraine vor
2. Juni 2027

Frankreich will einen EU-Garantiefonds über fünf Milliarden Euro für Versicherer von Schiffen einrichten, die ukrainische Häfen anlaufen. Das berichtet die französische Zeitung Le Monde unter Berufung auf ein vertrauliches Papier des Außenministeriums und drei Diplomaten.

Die Bundesregierung sei zurückhaltend, heißt es in dem Bericht. Der Vorschlag soll beim EU-Gipfel Ende Juni beraten werden.
""",
"03_uk.txt": """Франція пропонує фонд на 5 млрд євро для страхування суден, що прямують в Україну
Європейська правда
02.06.2027 19:30

Франція пропонує партнерам по ЄС створити гарантійний фонд на 5 млрд євро для страховиків суден, які заходять в українські порти. Про це пише французька газета Le Monde, яка ознайомилася з конфіденційною запискою МЗС Франції.

Фондом керуватиме Європейський інвестиційний банк. Пропозицію мають обговорити на саміті ЄС 24–25 червня.
""",
}, [{"name": "Le Monde", "in_corpus": True}],
[("Le Monde", "01_en.txt"), ("Le Monde", "02_de.txt"), ("Le Monde", "03_uk.txt")],
[("France proposes a 5 billion euro EU guarantee fund for insurers of ships calling at Ukrainian ports.", ["00_fr.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], 1),
 ("Germany/Berlin remains reserved about the proposal, according to diplomats.", ["00_fr.txt", "01_en.txt", "02_de.txt"], 1)])

# s06: chain. The Guardian's own memo scoop ("in an internal memo reviewed by the Guardian" + a
# former employee) -> Libération credits the Guardian -> ru (no outlet line, title suffix) credits
# Libération "со ссылкой на" the Guardian: edge from Libération.
story("s06_memo_chain_drones", "chain", {
"00_en.txt": """UK drone maker kept shipping to Ukraine after memo showed a third failed in frost
The Guardian
2027-06-08 07:00

A British drone manufacturer continued to ship reconnaissance drones to Ukraine for two months after its own engineers found that almost a third of them failed in freezing conditions, according to an internal memo reviewed by the Guardian.

In the memo, dated 14 March, Harwick Aerosystems' chief engineer Tom Aldridge wrote that 31% of the Kestrel-7 drones tested lost control of their rotors at temperatures below minus 15C. The Bristol-based company delivered a further 420 drones to Ukraine in March and April.

A former Harwick employee, who asked not to be named, told the Guardian that staff had raised the problem in January. "Everyone knew the winter batch was bad," they said.

Harwick said it had "fully addressed" the fault in a software update in May.
""",
"01_fr.txt": """Drones britanniques pour l'Ukraine : un tiers tombaient en panne par grand froid
Libération
8 juin 2027

Le fabricant britannique de drones Harwick Aerosystems a continué à livrer l'Ukraine pendant deux mois alors que ses propres ingénieurs avaient constaté que 31 % de ses drones Kestrel-7 tombaient en panne en dessous de -15 °C. C'est ce que révèle le quotidien britannique The Guardian, qui a pu consulter une note interne de l'entreprise.

Selon le Guardian, 420 drones supplémentaires ont été livrés en mars et en avril. L'entreprise affirme avoir corrigé le défaut en mai.
""",
"02_ru.txt": """Британские дроны для Украины отказывали на морозе — Новая газета Европа
09.06.2027 10:20

Почти треть британских разведывательных дронов Kestrel-7, поставленных Украине, отказывала при температуре ниже минус 15 градусов. Как сообщает французская газета Libération со ссылкой на британскую The Guardian, об этом говорится во внутренней записке производителя, компании Harwick Aerosystems.

Компания утверждает, что устранила неисправность в мае.
""",
}, [{"name": "The Guardian", "in_corpus": True}],
[("The Guardian", "01_fr.txt"), ("Libération", "02_ru.txt")],
[("31% of Harwick's Kestrel-7 drones failed at temperatures below minus 15C.", ["00_en.txt", "01_fr.txt", "02_ru.txt"], 1),
 ("Harwick kept delivering drones (420 more) to Ukraine in March and April after the memo.", ["00_en.txt", "01_fr.txt"], 1)])

# s07: Russian investigative outlet's own customs-document investigation (+ its own former-employee
# source) relayed three times under other spellings (iStories, «Важливі історії», Waschnyje istorii).
story("s07_customs_documents_machine_tools", "in_corpus_investigation", {
"00_ru.txt": """Как оборонный завод «Северный прибор» получил 37 западных станков через Киргизию
Важные истории
2027-06-15 10:00

Оборонное предприятие АО «Северный прибор» из Торжца в 2026 году получило 37 станков с ЧПУ немецкого и японского производства на 21 млн долларов. Как следует из документов, с которыми ознакомились «Важные истории», станки ввезла киргизская компания «Таш-Инвест», а доставлял их турецкий экспедитор.

Журналисты «Важных историй» сопоставили 112 таможенных деклараций. «Таш-Инвест» зарегистрирована в Бишкеке в 2025 году, ее единственный сотрудник — директор.

Бывший сотрудник «Северного прибора» рассказал «Важным историям», что новые станки установили в цехе, где делают детали для ракет. В компании на вопросы не ответили.
""",
"01_uk.txt": """Російський оборонний завод отримав 37 західних верстатів через Киргизстан — розслідування
Радіо Свобода
15.06.2027 15:30

Російське оборонне підприємство «Северный прибор» у 2026 році отримало 37 верстатів з ЧПК німецького та японського виробництва на 21 млн доларів через киргизьку компанію «Таш-Інвест». Про це повідомляє російське розслідувальне видання «Важные истории» («Важливі історії»), яке ознайомилося з митними деклараціями.

За даними видання, компанію-посередника зареєстрували в Бішкеку у 2025 році.
""",
"02_en.txt": """Russian defense plant got 37 Western machine tools via Kyrgyzstan, iStories finds
The Moscow Times
2027-06-15T17:05:00+00:00

Russian defense manufacturer Severny Pribor received 37 German- and Japanese-made CNC machine tools worth $21 million in 2026 via a Kyrgyz company, Tash-Invest, according to customs documents obtained by the investigative outlet iStories.

A former Severny Pribor employee told iStories the machines were installed in a workshop producing missile parts. The company did not respond to the outlet's questions.
""",
"03_de.txt": """Russischer Rüstungsbetrieb bezog westliche Maschinen über Kirgistan
ZEIT ONLINE
16. Juni 2027

Der russische Rüstungsbetrieb Sewerny Pribor hat 2026 offenbar 37 CNC-Werkzeugmaschinen aus Deutschland und Japan im Wert von 21 Millionen Dollar erhalten. Das berichtet das russische Investigativportal iStories (Waschnyje istorii), dem Zolldokumente vorliegen. Eingeführt wurden die Maschinen demnach von der kirgisischen Firma Tasch-Invest.
""",
}, [{"name": "Важные истории", "in_corpus": True}],
[("Важные истории", "01_uk.txt"), ("Важные истории", "02_en.txt"), ("Важные истории", "03_de.txt")],
[("Severny Pribor received 37 German and Japanese CNC machine tools worth $21 million via Kyrgyz company Tash-Invest in 2026.", ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 1),
 ("A former employee says the machines were installed in a workshop making missile parts.", ["00_ru.txt", "02_en.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 54 (documents and investigations; real outlet names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for o, a in relays:
            assert a in names, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in names, (id, a)
        labels["stories"].append({
            "id": id, "scenario": scenario, "articles": sorted(arts),
            "origins": origins,
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
