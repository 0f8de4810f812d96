#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand98 set (events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: a court ruling published on the court's own site (High Anti-Corruption Court, outside the
# corpus) taken directly by uk (Укрінформ), en, de (no date line); pl takes it from Ukrinform
# ("poinformowała … agencja Ukrinform, powołując się na wyrok"): chain, edge from Укрінформ.
story("t01_court_ruling_customs_bribe", "court_ruling_document_chain", {
"00_uk.txt": """ВАКС засудив ексзаступника начальника Волинської митниці до восьми років позбавлення волі
Укрінформ
15.04.2027 09:40

Вищий антикорупційний суд визнав колишнього заступника начальника Волинської митниці Романа Костюка винним в одержанні 85 тисяч доларів неправомірної вигоди та призначив йому покарання у вигляді восьми років позбавлення волі з конфіскацією майна.

Про це йдеться у вироку, оприлюдненому на сайті ВАКС.

Як встановив суд, у 2024 році Костюк вимагав гроші від власника лісоторговельної компанії «Полісся Вуд Трейд» Віталія Лозинського. За хабар посадовець обіцяв безперешкодне митне оформлення партій пиломатеріалів, вартість яких у деклараціях була суттєво занижена. Кошти передавали частинами на автостоянці поблизу пункту пропуску «Ягодин» на кордоні з Польщею.

Крім того, суд на три роки позбавив Костюка права обіймати посади в органах державної влади.

Лозинського, який визнав свою провину та співпрацював зі слідством, засуджено до п'яти років позбавлення волі зі звільненням від відбування покарання з іспитовим строком три роки, зазначили у ВАКС.

Костюка затримали детективи НАБУ в листопаді 2024 року під час отримання останньої частини хабаря — 20 тисяч доларів. Відтоді він перебував під вартою з правом внесення застави, яку так і не вніс.

Вирок не набрав законної сили. Його може бути оскаржено до Апеляційної палати ВАКС протягом 30 днів з дня проголошення.
""",
"01_en.txt": """Anti-corruption court jails former Volyn customs official for eight years over $85,000 bribe
The Kyiv Independent
April 15, 2027 12:05 PM

Ukraine's High Anti-Corruption Court (HACC) has sentenced Roman Kostiuk, a former deputy head of the customs office in Volyn Oblast, to eight years in prison for accepting an $85,000 bribe from a timber trader, according to a verdict published on the court's website on April 15.

The court also ordered the confiscation of Kostiuk's property and banned him from holding public office for three years.

According to the ruling, in 2024 Kostiuk demanded money from Vitaliy Lozynskyi, the owner of lumber exporter Polissia Wood Trade, in exchange for waving through shipments of sawn timber declared at well below their real value. The cash was handed over in installments in a parking lot near the Yahodyn checkpoint on the border with Poland, the court said.

Lozynskyi, who admitted his guilt and cooperated with investigators, received a five-year sentence, suspended with three years of probation.

Detectives of the National Anti-Corruption Bureau (NABU) detained Kostiuk in November 2024 as he was receiving the last $20,000 of the bribe. He has been in custody since then.

The verdict has not yet entered into force and can be appealed to the HACC's Appeals Chamber within 30 days.

Customs has long been seen as one of the most corruption-prone state bodies in Ukraine. An overhaul of the service, including the re-vetting of its senior officials, is among the reforms Kyiv has committed to in its EU accession talks.
""",
"02_pl.txt": """Ukraina. Osiem lat więzienia dla celnika z przejścia Jagodzin–Dorohusk
Rzeczpospolita
15.04.2027, 14:32

Wyższy Sąd Antykorupcyjny Ukrainy skazał byłego zastępcę szefa wołyńskiego urzędu celnego Romana Kostiuka na osiem lat pozbawienia wolności za przyjęcie 85 tys. dolarów łapówki – poinformowała w czwartek ukraińska państwowa agencja Ukrinform, powołując się na wyrok opublikowany na stronie sądu.

Jak podaje agencja, w 2024 r. Kostiuk żądał pieniędzy od właściciela firmy handlującej drewnem Polissia Wood Trade Witalija Łozynskiego. W zamian obiecywał bezproblemową odprawę partii tarcicy, których wartość w deklaracjach celnych była znacznie zaniżona. Gotówkę przekazywano w ratach na parkingu w pobliżu przejścia granicznego w Jagodzinie, po ukraińskiej stronie granicy z Polską.

Sąd orzekł też przepadek mienia skazanego oraz trzyletni zakaz zajmowania stanowisk w organach władzy. Łozynski, który przyznał się do winy i współpracował ze śledczymi, dostał pięć lat w zawieszeniu na trzy lata – przekazał Ukrinform.

Kostiuk został zatrzymany przez Narodowe Biuro Antykorupcyjne Ukrainy (NABU) w listopadzie 2024 r., gdy odbierał ostatnią ratę – 20 tys. dolarów. Wyrok jest nieprawomocny, obrona może się od niego odwołać w ciągu 30 dni.

Przejście Dorohusk–Jagodzin to jedno z najważniejszych przejść towarowych na granicy polsko-ukraińskiej. Polscy przewoźnicy od lat skarżą się na wielogodzinne kolejki i nieprzejrzyste procedury po stronie ukraińskiej.
""",
"03_de.txt": """Acht Jahre Haft für früheren ukrainischen Zollbeamten wegen Bestechung
Der Standard

Das Hohe Antikorruptionsgericht der Ukraine hat einen früheren Vizechef der Zollbehörde im westukrainischen Gebiet Wolyn zu acht Jahren Haft verurteilt. Roman Kostjuk habe von einem Holzhändler 85.000 US-Dollar Schmiergeld angenommen, heißt es in dem Urteil, das das Gericht auf seiner Website veröffentlicht hat.

Laut der Urteilsbegründung verlangte Kostjuk das Geld im Jahr 2024. Im Gegenzug sollte er Lieferungen von Schnittholz durchwinken, deren Wert in den Zollerklärungen deutlich zu niedrig angegeben war. Die Übergabe erfolgte in Raten auf einem Parkplatz nahe dem Grenzübergang Jahodyn an der Grenze zu Polen. Das Gericht ordnete zudem die Einziehung seines Vermögens an und verbot ihm für drei Jahre, öffentliche Ämter zu bekleiden.

Die Antikorruptionsbehörde Nabu hatte den Beamten im November 2024 festgenommen, als er die letzte Rate über 20.000 Dollar entgegennahm. Das Urteil ist nicht rechtskräftig; Kostjuk kann binnen 30 Tagen Berufung einlegen.

Der ukrainische Zoll gilt seit Jahren als besonders korruptionsanfällig. Die Reform der Behörde gehört zu den Bedingungen, die die EU im Rahmen der Beitrittsgespräche mit Kiew gestellt hat. Das Hohe Antikorruptionsgericht war 2019 auf Druck westlicher Geldgeber eingerichtet worden; es verhandelt ausschließlich Fälle, die von Nabu und der Sonderstaatsanwaltschaft für Korruptionsbekämpfung angeklagt werden.
""",
}, [("High Anti-Corruption Court", False)],
[("High Anti-Corruption Court", "00_uk.txt"), ("High Anti-Corruption Court", "01_en.txt"),
 ("Укрінформ", "02_pl.txt"), ("High Anti-Corruption Court", "03_de.txt")],
[("The High Anti-Corruption Court sentenced former Volyn customs deputy head Roman Kostiuk to eight years in prison for an $85,000 bribe from a timber trader.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], 1),
 ("Timber exporter Vitaliy Lozynskyi, who pleaded guilty, received a five-year suspended sentence.",
  ["00_uk.txt", "01_en.txt", "02_pl.txt"], 1)])

# t02: a prosecutor's office statement (Prokuratura Krajowa, outside) taken directly by all four;
# Gazeta Wyborcza adds the defence lawyer's confirmation given to "Wyborcza" (own reporting: an
# in-corpus origin too). uk makes an unanswered request to the MFA (adds nothing).
story("t02_prosecutor_statement_hospital_bribes", "prosecutor_statement_own_confirmation", {
"00_pl.txt": """Były dyrektor szpitala zatrzymany przez CBA. Miał przyjąć ponad 1,2 mln zł łapówek
TVN24
2027-05-11 12:47

Funkcjonariusze Centralnego Biura Antykorupcyjnego zatrzymali Marka Z., do ubiegłego roku dyrektora Podkarpackiego Centrum Kardiologii w Jarosławiu. Mężczyzna usłyszał zarzuty przyjęcia ponad 1,2 mln zł łapówek w zamian za ustawianie przetargów na sprzęt medyczny – poinformowała we wtorek Prokuratura Krajowa.

Jak czytamy w komunikacie opublikowanym na stronie internetowej PK, w latach 2023–2025 dyrektor miał tak przygotowywać specyfikacje przetargowe, by zamówienia na angiografy, pompy infuzyjne i wyposażenie sal hemodynamiki o łącznej wartości 46 mln zł trafiały do wybranych dostawców. Łapówki przekazywano w gotówce oraz w formie fikcyjnych umów doradczych zawieranych z firmą należącą do szwagra podejrzanego.

Zarzuty wręczania korzyści majątkowych usłyszało również dwóch przedsiębiorców: Tomasz W. oraz obywatel Ukrainy Ołeksandr K., właściciel lwowskiej firmy dystrybuującej sprzęt kardiologiczny. Wobec Ołeksandra K. prokurator zastosował poręczenie majątkowe w wysokości 300 tys. zł, zakaz opuszczania kraju i zatrzymanie paszportu.

„Podejrzany Marek Z. nie przyznał się do popełnienia zarzucanych mu czynów i odmówił składania wyjaśnień” – przekazała prokuratura. Na wniosek śledczych Sąd Rejonowy w Rzeszowie aresztował go na trzy miesiące. Grozi mu do 12 lat pozbawienia wolności.

Śledztwo prowadzi Podkarpacki Wydział Zamiejscowy Departamentu do spraw Przestępczości Zorganizowanej i Korupcji Prokuratury Krajowej w Rzeszowie. Jak zaznaczono w komunikacie, sprawa ma charakter rozwojowy i nie wyklucza się kolejnych zatrzymań.
""",
"01_pl.txt": """Dyrektor od przetargów. Marek Z. z zarzutami, obrońca: „To zemsta przegranego dostawcy”
Gazeta Wyborcza
11 maja 2027 | 16:20

Marek Z., który do 2025 r. kierował Podkarpackim Centrum Kardiologii w Jarosławiu, został zatrzymany przez CBA i usłyszał zarzuty korupcyjne. O sprawie poinformowała we wtorek w komunikacie Prokuratura Krajowa.

Według śledczych w latach 2023–2025 były dyrektor przyjął co najmniej 1,2 mln zł w zamian za ustawianie przetargów na sprzęt kardiologiczny wart łącznie 46 mln zł. Zarzuty usłyszały też dwie inne osoby – przedsiębiorcy, którzy mieli wręczać łapówki. Sąd w Rzeszowie zgodził się na trzymiesięczny areszt dla Marka Z.

Mec. Paweł Sroka, obrońca byłego dyrektora, w rozmowie z „Wyborczą” potwierdził, że jego klient usłyszał zarzuty, ale nie przyznaje się do winy.

– Cała konstrukcja oskarżenia opiera się na zeznaniach jednego przedsiębiorcy, który w 2024 r. przegrał przetarg i od tamtej pory próbuje się zemścić. Mój klient nigdy nie wziął ani złotówki – powiedział nam adwokat. Zapowiedział, że jeszcze w tym tygodniu złoży zażalenie na decyzję o areszcie.

Marek Z. kierował jarosławskim centrum od 2017 r. Za jego kadencji szpital otworzył drugą pracownię hemodynamiki i kupił nowy angiograf za 11 mln zł. W 2025 r. zarząd województwa odwołał go ze stanowiska bez podania przyczyn, a jego następczyni zleciła wewnętrzny audyt zamówień publicznych.
""",
"02_en.txt": """Former Polish hospital director charged with taking 1.2 million zloty in bribes to rig tenders
Notes from Poland
11 May 2027

Poland's Central Anti-Corruption Bureau (CBA) has detained the former director of a cardiology hospital in the south-eastern town of Jarosław on suspicion of taking over 1.2 million zloty (€280,000) in bribes, the National Prosecutor's Office (Prokuratura Krajowa, PK) announced in a statement on Tuesday.

Prosecutors say that between 2023 and 2025 the man, identified only as Marek Z. in line with Polish privacy law, tailored tender specifications so that contracts for angiography systems, infusion pumps and other equipment worth a total of 46 million zloty went to favoured suppliers. Part of the money was allegedly disguised as payments for consultancy contracts with a company owned by his brother-in-law.

Two businessmen were also charged with paying bribes, including Oleksandr K., a Ukrainian citizen who owns a medical-equipment distributor in Lviv. He was released on bail of 300,000 zloty, banned from leaving Poland and had his passport confiscated, the PK said.

According to the statement, Marek Z. did not plead guilty and refused to give explanations. A court in Rzeszów has remanded him in custody for three months. He faces up to 12 years in prison.

The case is being handled by the PK's department for organised crime and corruption. Prosecutors added that further arrests could not be ruled out.

The arrest comes amid a wider crackdown on corruption in public hospital procurement, which audit bodies have for years described as one of the areas of the Polish state most exposed to bribery.
""",
"03_uk.txt": """У Польщі громадянину України висунули обвинувачення у справі про хабарі в кардіоцентрі
Європейська правда
11 травня 2027, 18:05

Польська прокуратура висунула обвинувачення громадянину України у справі про хабарі за тендери на медичне обладнання в Підкарпатському центрі кардіології в Ярославі. Про це йдеться в заяві Національної прокуратури Польщі (Prokuratura Krajowa), оприлюдненій на її сайті у вівторок.

За даними слідства, колишній директор лікарні Марек З. у 2023–2025 роках отримав понад 1,2 млн злотих хабарів за те, що «підлаштовував» умови тендерів на ангіографи, інфузійні насоси та інше обладнання загальною вартістю 46 млн злотих. Його затримали співробітники Центрального антикорупційного бюро (CBA), а суд у Ряшеві взяв його під варту на три місяці.

Обвинувачення в наданні хабарів отримали двоє підприємців, серед них — власник львівської компанії-дистриб'ютора кардіологічного обладнання Олександр К. Як зазначили в польському відомстві, його звільнили під заставу в 300 тисяч злотих, заборонили виїжджати з Польщі та вилучили паспорт.

Відповідно до польського законодавства, прізвища підозрюваних у повідомленнях правоохоронців повністю не розкриваються.

«Європейська правда» звернулася до МЗС України із запитом, чи надає консульство України в Любліні допомогу громадянину, якому висунули обвинувачення. На момент публікації відповіді не надійшло.
""",
}, [("Prokuratura Krajowa", False), ("Gazeta Wyborcza", True)],
[("Prokuratura Krajowa", "00_pl.txt"), ("Prokuratura Krajowa", "01_pl.txt"),
 ("Prokuratura Krajowa", "02_en.txt"), ("Prokuratura Krajowa", "03_uk.txt")],
[("Marek Z., former director of the Podkarpackie Cardiology Centre in Jarosław, was detained by the CBA and charged with taking over PLN 1.2 million in bribes to rig equipment tenders.",
  ["00_pl.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], 2),
 ("A Ukrainian citizen, Oleksandr K., owner of a Lviv medical-equipment distributor, was also charged and released on PLN 300,000 bail with a ban on leaving Poland.",
  ["00_pl.txt", "02_en.txt", "03_uk.txt"], 1)])

# t03: Der Spiegel has seen the indictment (own; the lawyer and the prosecutors speaking to the
# SPIEGEL are part of its report); relayed by en, pl ("powiedział „Spieglowi”"), ru; fr takes it
# from The Guardian ("rapporte … The Guardian, citant … Der Spiegel"): chain, edge from The Guardian.
story("t03_spiegel_indictment_russia_exports", "indictment_scoop_chain", {
"00_de.txt": """Lager für Putins Kanonen: Hamburger Händler wegen Russland-Exporten angeklagt
Der Spiegel
11.06.2027, 18.04 Uhr

Die Staatsanwaltschaft Hamburg hat Anklage gegen zwei Manager des Hamburger Industriehändlers Nordkap Industriebedarf GmbH erhoben. Sie sollen zwischen 2023 und 2026 Präzisionslager und Ersatzteile für CNC-Maschinen im Wert von rund 9,3 Millionen Euro über Scheinabnehmer in Kirgisistan und der Türkei an russische Rüstungsbetriebe geliefert haben. Das geht aus der 212 Seiten starken Anklageschrift hervor, die dem SPIEGEL vorliegt.

Angeklagt sind Geschäftsführer Jens R., 54, und die frühere Vertriebsleiterin Oksana L., 41. Die Ermittler werfen ihnen Verstöße gegen das Außenwirtschaftsgesetz in 37 Fällen vor. Mindestens 1400 Teile landeten demnach bei zwei Zulieferern der russischen Artilleriefertigung, einer davon in Tula.

Besonders belastend sind aus Sicht der Ermittler Chatnachrichten, die nach einer Durchsuchung im Herbst 2025 auf dem Diensthandy von L. sichergestellt wurden. Darin schreibt sie von "unseren Freunden in Moskau" und rät einem Mitarbeiter, auf Lieferscheinen "bloß nicht Russland" zu erwähnen. Die kirgisische Firma, an die die Ware offiziell ging, hatte laut Anklage weder ein Lager noch Angestellte.

Der Verteidiger von Jens R., der Hamburger Anwalt Torben Wilke, sagte dem SPIEGEL, sein Mandant habe "zu keinem Zeitpunkt gewusst", dass die Ware nach Russland weiterverkauft werde. Die Anwältin von Oksana L. ließ eine Anfrage unbeantwortet. Die Staatsanwaltschaft bestätigte auf Nachfrage lediglich, dass Anklage erhoben worden sei, und verwies auf das laufende Verfahren.

Über die Zulassung der Anklage muss nun eine Wirtschaftsstrafkammer des Landgerichts Hamburg entscheiden. Bei einer Verurteilung drohen den beiden mehrjährige Haftstrafen.
""",
"01_en.txt": """Managers of German firm charged over €9.3m of machine parts sent to Russian arms makers
The Guardian
Sat 12 Jun 2027 09.15 BST

Two managers of a Hamburg industrial supplies company have been charged with secretly shipping €9.3m (£7.9m) worth of precision bearings and machine-tool parts to Russian weapons manufacturers via front companies in Kyrgyzstan and Turkey, according to Der Spiegel, which has seen the indictment.

Hamburg prosecutors accuse the managing director of Nordkap Industriebedarf, named only as Jens R. under German privacy rules, and its former head of sales, Oksana L., of 37 breaches of Germany's foreign trade law between 2023 and 2026, the news magazine reported on Friday.

At least 1,400 parts ended up with two suppliers to Russia's artillery industry, the 212-page indictment says, according to Der Spiegel. Chat messages found on L.'s work phone reportedly refer to "our friends in Moscow" and instruct an employee not to mention Russia on delivery notes.

Torben Wilke, the lawyer for Jens R., told Der Spiegel his client had "at no point known" that the goods were being sold on to Russia.

A regional court in Hamburg must now decide whether to put the pair on trial.

The case is one of a growing number of German prosecutions targeting the re-export of sanctioned goods through central Asia and the Caucasus. EU officials have repeatedly warned that exports of dual-use items to Russia's neighbours rose sharply after the full-scale invasion of Ukraine in 2022, and Brussels has added dozens of third-country companies to its sanctions lists.
""",
"02_pl.txt": """Niemcy. Menedżerowie z Hamburga oskarżeni. Części trafiały do rosyjskiej zbrojeniówki
Onet
12 czerwca 2027, 11:02

Prokuratura w Hamburgu oskarżyła dwoje menedżerów firmy Nordkap Industriebedarf o to, że przez trzy lata wysyłali do Rosji precyzyjne łożyska i części do obrabiarek CNC – ustalił niemiecki tygodnik „Der Spiegel”, który dotarł do aktu oskarżenia.

Według liczącego 212 stron dokumentu w latach 2023–2026 towar o wartości ok. 9,3 mln euro trafiał formalnie do firm w Kirgistanie i Turcji, a stamtąd do rosyjskich zakładów pracujących dla przemysłu zbrojeniowego. Co najmniej 1400 części dotarło do dwóch poddostawców produkcji artyleryjskiej, w tym do zakładu w Tule – podaje „Spiegel”.

Oskarżeni to 54-letni dyrektor zarządzający Jens R. i 41-letnia była szefowa sprzedaży Oksana L. Śledczy zarzucają im 37 naruszeń niemieckiej ustawy o obrocie z zagranicą. W wiadomościach znalezionych na służbowym telefonie kobieta miała pisać o „naszych przyjaciołach w Moskwie”.

Obrońca Jensa R., adwokat Torben Wilke, powiedział „Spieglowi”, że jego klient „w żadnym momencie nie wiedział”, iż towar jest odsprzedawany do Rosji.

O tym, czy sprawa trafi na wokandę, zdecyduje sąd krajowy w Hamburgu. Niemieckie prokuratury prowadzą obecnie kilkadziesiąt postępowań dotyczących omijania sankcji nałożonych na Rosję po inwazji na Ukrainę.
""",
"03_ru.txt": """В Германии двум менеджерам гамбургской фирмы предъявили обвинение в поставках деталей российской оборонке. Об этом пишет Der Spiegel
Медуза
12 июня 2027, 14:40

Прокуратура Гамбурга предъявила обвинение двум менеджерам компании Nordkap Industriebedarf, которая торгует промышленным оборудованием. По версии следствия, в 2023–2026 годах они поставляли в Россию прецизионные подшипники и запчасти для станков с ЧПУ на сумму около 9,3 миллиона евро, сообщает Der Spiegel. Журналисты издания ознакомились с обвинительным заключением объемом 212 страниц.

Формально товар отправляли фирмам-посредникам в Киргизии и Турции. По данным журнала, не менее 1400 деталей получили два поставщика российских производителей артиллерии, один из которых находится в Туле.

Обвиняемые — 54-летний управляющий директор Йенс Р. и 41-летняя бывшая руководительница отдела продаж Оксана Л. (полные имена по немецким законам не раскрываются). В переписке, найденной в служебном телефоне Оксаны Л., она, как пишет «Шпигель», упоминала «наших друзей в Москве».

Адвокат Йенса Р. Торбен Вильке заявил изданию, что его подзащитный «ни в какой момент не знал», что товар перепродают в Россию.

Решение о том, начнется ли суд, примет земельный суд Гамбурга. С 2022 года ЕС запретил экспорт в Россию широкого списка товаров двойного назначения; поставки через страны Центральной Азии и Закавказья остаются главным способом обхода этих ограничений.
""",
"04_fr.txt": """Allemagne : deux cadres mis en accusation pour avoir livré des pièces à l'industrie d'armement russe
Le Figaro
13/06/2027 à 08:30

Le parquet de Hambourg a mis en accusation deux responsables d'une entreprise allemande de fournitures industrielles, soupçonnés d'avoir expédié vers la Russie pour 9,3 millions d'euros de roulements de précision et de pièces de machines-outils, rapporte le quotidien britannique The Guardian, citant l'hebdomadaire allemand Der Spiegel.

Selon le journal londonien, la marchandise de la société Nordkap Industriebedarf transitait entre 2023 et 2026 par des sociétés-écrans au Kirghizistan et en Turquie avant d'aboutir chez deux fournisseurs de l'industrie russe de l'artillerie. Au moins 1400 pièces seraient concernées.

Les deux accusés, le directeur général et l'ancienne responsable commerciale de l'entreprise, identifiés seulement comme Jens R. et Oksana L., sont poursuivis pour 37 infractions à la loi allemande sur le commerce extérieur. Le tribunal régional de Hambourg doit désormais décider de l'ouverture d'un procès.

Ce dossier s'ajoute à une longue liste d'enquêtes ouvertes en Europe sur le contournement des sanctions imposées à Moscou depuis l'invasion de l'Ukraine en février 2022. Les exportations européennes de biens dits « à double usage » vers l'Asie centrale ont fortement augmenté depuis, au point d'inquiéter Bruxelles, qui a ajouté plusieurs entreprises kirghizes et turques à sa liste noire.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("Der Spiegel", "02_pl.txt"), ("Der Spiegel", "03_ru.txt"),
 ("The Guardian", "04_fr.txt")],
[("Hamburg prosecutors charged two managers of Nordkap Industriebedarf with shipping about €9.3 million of precision bearings and machine parts to Russian arms makers via Kyrgyzstan and Turkey.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_ru.txt", "04_fr.txt"], 1),
 ("The managing director's lawyer, Torben Wilke, said his client never knew the goods were being resold to Russia.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], 1)])

# t04: two independent investigations published the same day (Важные истории: Russian customs
# data; Слідство.Інфо: leaked correspondence), both in the corpus and neither citing the other;
# the en roundup relays both (two edges); de relays iStories only.
story("t04_two_investigations_drone_engines", "two_investigations_roundup", {
"00_ru.txt": """Моторы для ижевских дронов шли через Алматы. Совладелец посредника — киевский бизнесмен
Важные истории
6 июля 2027, 19:00

Казахстанская компания ТОО «Степ Моушн» в 2026 году поставила ижевскому производителю ударных беспилотников АО «Азимут-Авиа» 3100 поршневых двигателей китайского производства на 14,2 миллиона долларов. Это следует из данных российской таможни, которые изучили «Важные истории». 49% казахстанской фирмы, как выяснили журналисты, принадлежит гражданину Украины — киевскому предпринимателю Руслану Гнатюку.

Двигатели выпускает компания Ningbo Xinrui Power из китайского Нинбо. По таможенным декларациям, их ввозили в Россию партиями по 150–300 штук через пункт пропуска на российско-казахстанской границе и везли в Ижевск в качестве «запасных частей для мотопомп». Однако модель двигателя, указанная в документах, совпадает с той, что эксперты находили в обломках сбитых дронов «Азимут-Авиа», — рассказал «Важным историям» бывший сотрудник одного из российских оборонных НИИ, попросивший не называть его имени.

Согласно реестру юридических лиц Казахстана, доля Гнатюка в «Степ Моушн» зарегистрирована с 2023 года. Остальные 51% принадлежат гражданину Казахстана Ерлану Сагинтаеву. Ни Гнатюк, ни Сагинтаев не ответили на вопросы «Важных историй». В «Азимут-Авиа» на запрос также не ответили.

«Азимут-Авиа» с 2024 года находится под санкциями ЕС, США и Великобритании. Компания выпускает дроны-камикадзе дальностью до 900 километров, которые Россия применяет для ударов по украинским городам.
""",
"01_uk.txt": """Постачальник ЗСУ — співвласник казахстанської фірми, яка возила двигуни російському виробнику дронів
Слідство.Інфо
06.07.2027 08:00

Київський бізнесмен Руслан Гнатюк, чия компанія постачає генератори для Збройних сил України, є співвласником казахстанського ТОО «Степ Моушн». Ця фірма продавала китайські двигуни російському виробнику ударних дронів «Азимут-Авиа». Це з'ясували журналісти «Слідства.Інфо».

У розпорядженні редакції є листування менеджерів «Степ Моушн» з представниками «Азимут-Авиа» за 2025–2026 роки. У ньому сторони погоджують графік поставок двигунів китайської компанії Ningbo Xinrui Power і обговорюють, як оформлювати їх у документах як «запчастини до мотопомп». Справжність листування підтвердили двоє колишніх працівників казахстанської фірми, які говорили з нами на умовах анонімності.

За даними казахстанського реєстру, Гнатюку належить 49% «Степ Моушн». В Україні він володіє ТОВ «Енергоресурс-Плюс», яке у 2025–2026 роках уклало з Міністерством оборони договори на постачання генераторів на 38 мільйонів гривень.

У телефонній розмові зі «Слідством.Інфо» Гнатюк заявив, що «вийшов з казахстанського бізнесу ще у 2025 році» і не знав, кому фірма продає двигуни. Водночас станом на липень 2027 року реєстр досі містить його ім'я серед власників.

Міністерство оборони на запит редакції не відповіло.
""",
"02_en.txt": """Ukrainian army supplier co-owns Kazakh firm that sold engines to Russian drone maker, investigations find
The Kyiv Independent
July 7, 2027 10:30 AM

A Kyiv businessman whose company supplies generators to Ukraine's military co-owns a Kazakh firm that sold Chinese-made engines to a sanctioned Russian manufacturer of attack drones, according to two separate investigations published on July 6 by the Ukrainian investigative outlet Slidstvo.Info and the Russian independent media outlet iStories.

Both outlets established that Ruslan Hnatiuk holds a 49% stake in Steppe Motion, a company registered in Almaty.

iStories, which reviewed Russian customs records, found that Steppe Motion delivered piston engines produced by China's Ningbo Xinrui Power to Azimut-Avia, an Izhevsk-based manufacturer of long-range kamikaze drones. The engines were declared as spare parts for motor pumps, the outlet reported.

Slidstvo.Info obtained correspondence between Steppe Motion managers and Azimut-Avia representatives in which the two sides agreed delivery schedules for the engines. The outlet also reported that Hnatiuk's Ukrainian company, Enerhoresurs-Plus, signed contracts worth Hr 38 million (around $900,000) with the Defense Ministry in 2025-2026.

Hnatiuk told Slidstvo.Info that he had left the Kazakh business in 2025 and did not know who the company was selling engines to. According to both investigations, the Kazakh registry still lists him as a co-owner. He did not respond to questions from iStories.

The Defense Ministry did not respond to the Kyiv Independent's request for comment by the time of publication.

Azimut-Avia has been under EU, U.S. and U.K. sanctions since 2024.
""",
"03_de.txt": """Motoren für russische Kamikaze-Drohnen: Spur führt über Kasachstan nach Kiew
Süddeutsche Zeitung
7. Juli 2027, 6:15 Uhr

Eine Firma aus Kasachstan hat im vergangenen Jahr 3100 in China gebaute Kolbenmotoren an einen russischen Hersteller von Kamikaze-Drohnen geliefert – und zu fast der Hälfte gehört sie einem ukrainischen Geschäftsmann. Das berichtet das russische Investigativportal iStories („Wichtige Geschichten“) unter Berufung auf russische Zolldaten.

Demnach verkaufte die in Almaty registrierte Steppe Motion die Motoren des chinesischen Herstellers Ningbo Xinrui Power im Wert von 14,2 Millionen US-Dollar an das Unternehmen Azimut-Avia aus Ischewsk. In den Zollpapieren seien sie als Ersatzteile für Motorpumpen deklariert worden. Nach Angaben des Portals entspricht das Modell jedoch jenem, das Fachleute in Trümmern abgeschossener Azimut-Drohnen gefunden hätten.

49 Prozent an Steppe Motion hält laut kasachischem Handelsregister der Kiewer Unternehmer Ruslan Hnatjuk, schreibt iStories. Weder er noch der kasachische Mitinhaber beantworteten die Fragen der Journalisten.

Azimut-Avia steht seit 2024 auf den Sanktionslisten der EU, der USA und Großbritanniens. Die Drohnen des Herstellers haben eine Reichweite von bis zu 900 Kilometern und werden von Russland bei Angriffen auf ukrainische Städte eingesetzt.

Das Exilmedium iStories arbeitet von Europa aus und ist in Russland als "unerwünschte Organisation" eingestuft.
""",
}, [("Важные истории", True), ("Слідство.Інфо", True)],
[("Слідство.Інфо", "02_en.txt"), ("Важные истории", "02_en.txt"), ("Важные истории", "03_de.txt")],
[("Kazakh firm Steppe Motion supplied Chinese-made engines to the sanctioned Russian drone maker Azimut-Avia.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 2),
 ("Kyiv businessman Ruslan Hnatiuk holds 49% of Steppe Motion according to the Kazakh registry.",
  ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], 2),
 ("In 2026 Steppe Motion delivered 3,100 engines worth $14.2 million to Azimut-Avia.",
  ["00_ru.txt", "03_de.txt"], 1)])

# t05: an investigation by OCCRP (outside the corpus) relayed directly by fr, uk, ru and a pl
# article without outlet line; the ex-senator's lawyer answering OCCRP is part of OCCRP's report.
story("t05_occrp_villa_sanctions", "outside_investigation", {
"00_fr.txt": """Sanctions : un ex-sénateur russe aurait gardé sa villa du cap d'Antibes grâce à des sociétés-écrans
Libération
5 août 2027 à 19h12

Visé depuis 2022 par les sanctions de l'Union européenne, l'ancien sénateur russe Valentin Orlovski continuerait de contrôler la villa Les Tamaris, au cap d'Antibes, estimée à 38 millions d'euros. C'est ce que révèle une enquête publiée jeudi par l'Organized Crime and Corruption Reporting Project (OCCRP), un réseau international de journalistes d'investigation.

Selon l'OCCRP, la propriété n'a jamais été gelée car elle appartient officiellement à une société civile immobilière française, elle-même détenue par Marelco Holdings, immatriculée à Chypre, puis par un trust basé à Dubaï, Sandpiper Trust FZE. Les documents obtenus par le consortium désignent comme bénéficiaire de ce trust Alina Orlovskaïa, la fille de l'ex-sénateur, âgée de 27 ans.

Les journalistes ont également découvert qu'une société monégasque, Riviera Bâtiment Services, a réglé en 2025 et 2026 des travaux de rénovation de la villa pour 2,7 millions d'euros. Des factures consultées par l'OCCRP montrent que certaines commandes étaient adressées directement au « bureau de V. O. » à Moscou.

Son avocat, Me Henri Dufresne, a assuré à l'OCCRP que son client « ne détient plus aucun intérêt dans ce bien depuis 2021 ». Contactée par le consortium, la direction générale du Trésor n'a pas souhaité commenter.

Valentin Orlovski, 68 ans, a siégé au Conseil de la Fédération de 2011 à 2021. L'UE l'a sanctionné en mars 2022 pour son soutien à l'invasion de l'Ukraine.
""",
"01_uk.txt": """Підсанкційний ексенатор РФ зберіг віллу на Лазурному узбережжі завдяки офшорам — розслідування OCCRP
hromadske
6 серпня 2027 10:15

Колишній член Ради Федерації Росії Валентин Орловський, який з 2022 року перебуває під санкціями ЄС, досі контролює віллу «Ле Тамаріс» на мисі Антіб на півдні Франції вартістю 38 мільйонів євро. Про це йдеться в розслідуванні Центру дослідження корупції та організованої злочинності (OCCRP), оприлюдненому в четвер.

Як пишуть журналісти OCCRP, вілла формально належить французькій компанії, власником якої є кіпрська Marelco Holdings, а її, своєю чергою, контролює трастова компанія Sandpiper Trust FZE з Дубая. Бенефіціаркою трасту, за документами, які отримали розслідувачі, є 27-річна донька ексенатора Аліна Орловська. Через таку схему майно не потрапило під заморожування.

Крім того, у 2025–2026 роках монакська компанія Riviera Bâtiment Services оплатила ремонт вілли на 2,7 мільйона євро. Частину рахунків, з'ясували в OCCRP, було адресовано безпосередньо «офісу В. О.» в Москві.

Адвокат Орловського в коментарі журналістам центру заявив, що його клієнт «не має жодного інтересу в цьому майні з 2021 року».

Орловський у 2011–2021 роках був членом Ради Федерації і публічно підтримав повномасштабне вторгнення Росії в Україну. Україна запровадила проти нього санкції ще у 2022 році.
""",
"02_ru.txt": """OCCRP: бывший сенатор Орловский сохранил виллу на Лазурном Берегу вопреки санкциям
Новая газета Европа
2027-08-06T08:20:00+02:00

Бывший член Совета Федерации Валентин Орловский, находящийся под санкциями Евросоюза с марта 2022 года, продолжает распоряжаться виллой «Ле Тамарис» на мысе Антиб стоимостью около 38 миллионов евро. Об этом говорится в расследовании Проекта по расследованию организованной преступности и коррупции (OCCRP), опубликованном в четверг.

Как выяснили журналисты OCCRP, вилла принадлежит французской компании по управлению недвижимостью. Ее владелец — кипрская Marelco Holdings, которую, в свою очередь, контролирует траст Sandpiper Trust FZE из Дубая. Бенефициаром траста по документам значится 27-летняя дочь экс-сенатора Алина Орловская. Именно поэтому французские власти так и не заморозили имущество.

По данным расследования, в 2025–2026 годах ремонт виллы на 2,7 миллиона евро оплатила монакская фирма Riviera Bâtiment Services. Часть счетов адресована «офису В. О.» в Москве.

Адвокат Орловского в ответ на вопросы OCCRP заявил, что его клиент «не имеет никакого интереса в этой собственности с 2021 года».

Орловский был сенатором с 2011 по 2021 год. Весной 2022 года он публично поддержал вторжение в Украину, после чего попал в санкционные списки ЕС, Великобритании и Канады.
""",
"03_pl.txt": """Rosyjski ekssenator omija sankcje. Willa na Lazurowym Wybrzeżu wciąż w rękach rodziny
6.08.2027, 13:50

Były rosyjski senator Walentin Orłowski, objęty od 2022 r. unijnymi sankcjami, nadal kontroluje luksusową willę na przylądku Antibes wartą 38 mln euro – wynika ze śledztwa dziennikarzy z międzynarodowego konsorcjum OCCRP (Organized Crime and Corruption Reporting Project).

Jak ustalili reporterzy OCCRP, posiadłość „Les Tamaris” nie została zamrożona, bo formalnie należy do francuskiej spółki, której właścicielem jest cypryjska Marelco Holdings, kontrolowana z kolei przez trust Sandpiper Trust FZE z Dubaju. Beneficjentką trustu jest 27-letnia córka polityka, Alina Orłowska.

Prawnik Orłowskiego zapewnił w odpowiedzi na pytania dziennikarzy konsorcjum, że jego klient „od 2021 r. nie ma żadnego interesu w tej nieruchomości”.

Orłowski zasiadał w Radzie Federacji w latach 2011–2021. Unia Europejska wpisała go na listę sankcyjną w marcu 2022 r. za poparcie inwazji na Ukrainę.

Organizacje antykorupcyjne od dawna apelują do władz Francji o dokładniejsze sprawdzanie struktur właścicielskich nieruchomości na Riwierze. Według nich spółki zarejestrowane na Cyprze i w Zjednoczonych Emiratach Arabskich pozwalają wielu objętym sankcjami Rosjanom zachować majątek w Unii.
""",
}, [("OCCRP", False)],
[("OCCRP", "00_fr.txt"), ("OCCRP", "01_uk.txt"), ("OCCRP", "02_ru.txt"), ("OCCRP", "03_pl.txt")],
[("Sanctioned ex-senator Valentin Orlovsky still controls a €38 million villa on Cap d'Antibes through shell companies in Cyprus and Dubai, with his daughter as the trust's beneficiary.",
  ["00_fr.txt", "01_uk.txt", "02_ru.txt", "03_pl.txt"], 1),
 ("A Monaco firm, Riviera Bâtiment Services, paid €2.7 million for the villa's renovation in 2025-2026.",
  ["00_fr.txt", "01_uk.txt", "02_ru.txt"], 1)])

# t06: TASS (outside; the court's press service and the lawyer speaking to TASS are part of its
# report) -> Медуза -> DW ("meldet … Meduza unter Berufung auf … TASS": edge from Медуза);
# The Moscow Times takes TASS directly; uk (no outlet line) is an uncredited close translation of
# Meduza's text published later that keeps "повідомляє ТАСС": edge from Медуза.
story("t06_tass_chain_body_armour_fraud", "agency_chain_translation", {
"00_ru.txt": """Бывшего начальника отдела закупок московской Росгвардии приговорили к 11 годам колонии за хищения на бронежилетах
Медуза
14:05, 3 сентября 2027

Мещанский суд Москвы приговорил бывшего начальника отдела материально-технического обеспечения Главного управления Росгвардии по Москве полковника Андрея Кулагина к 11 годам колонии строгого режима. Его признали виновным в мошенничестве в особо крупном размере, сообщает ТАСС со ссылкой на пресс-службу суда.

По данным агентства, в 2023–2024 годах Кулагин организовал закупку у компании «Щит-Техно» 18 тысяч бронежилетов класса Бр5 по завышенной цене, а часть жилетов вообще не была поставлена. Ущерб суд оценил в 420 миллионов рублей. Генеральный директор «Щит-Техно» Денис Ясенев, проходивший по тому же делу, получил семь лет колонии общего режима.

Кроме того, суд лишил Кулагина звания полковника и назначил ему штраф в 5 миллионов рублей. Адвокат осужденного Ольга Мирская сказала ТАСС, что защита обжалует приговор: по ее словам, Кулагин «лишь подписывал документы, подготовленные другими службами».

За последние три года в России возбудили десятки уголовных дел о хищениях при закупках для силовых ведомств; по ряду из них обвиняемыми стали высокопоставленные офицеры Минобороны и Росгвардии. Многие из этих дел, как отмечают юристы, возбуждены по материалам ФСБ.

«Медуза» признана в России «нежелательной организацией». Если вы находитесь в России, пересылать этот текст может быть небезопасно.
""",
"01_de.txt": """Russland: Elf Jahre Straflager für früheren Beschaffungschef der Nationalgarde
Deutsche Welle
03.09.2027

Ein Moskauer Gericht hat einen früheren Beschaffungschef der russischen Nationalgarde Rosgwardija wegen Betrugs zu elf Jahren Straflager verurteilt. Das meldet das unabhängige russische Exilportal Meduza unter Berufung auf die staatliche Nachrichtenagentur TASS.

Oberst Andrej Kulagin hatte demnach in den Jahren 2023 und 2024 bei der Moskauer Hauptverwaltung der Nationalgarde den Einkauf von 18.000 Schutzwesten bei der Firma Schtschit-Techno organisiert – zu überhöhten Preisen. Ein Teil der Westen sei nie geliefert worden. Den Schaden beziffert das Meschtschanski-Bezirksgericht laut Meduza auf 420 Millionen Rubel, umgerechnet rund 4,5 Millionen Euro. Der Chef des Lieferanten erhielt sieben Jahre Haft.

Kulagins Anwältin kündigte an, gegen das Urteil Berufung einzulegen.

Korruptionsverfahren gegen Offiziere von Armee und Sicherheitsbehörden haben in Russland seit Beginn des Angriffskriegs gegen die Ukraine deutlich zugenommen. Beobachter sehen darin auch Machtkämpfe innerhalb des Sicherheitsapparats. Meduza arbeitet aus dem lettischen Riga und ist in Russland als "unerwünschte Organisation" verboten.
""",
"02_en.txt": """Former Rosgvardia Procurement Chief Jailed for 11 Years Over Body Armor Fraud
The Moscow Times
Sept. 3, 2027

A Moscow court on Friday sentenced a former senior procurement officer of Russia's National Guard (Rosgvardia) to 11 years in a maximum-security penal colony for defrauding the agency of 420 million rubles ($4.8 million) in a body armor deal, the state-run TASS news agency reported, citing the court's press service.

Colonel Andrei Kulagin, who headed the logistics department of Rosgvardia's Moscow branch, arranged the purchase of 18,000 Class Br5 bulletproof vests from the company Shchit-Tekhno at inflated prices in 2023-2024, TASS said. Part of the order was never delivered.

Moscow's Meshchansky District Court also stripped Kulagin of his rank and fined him 5 million rubles. Shchit-Tekhno's CEO Denis Yasenev received seven years.

Kulagin's lawyer Olga Mirskaya told TASS the defense would appeal the verdict, insisting her client "only signed documents prepared by other departments."

The case is the latest in a string of corruption prosecutions against military and security officials since the start of the full-scale invasion of Ukraine. Several former deputy defense ministers and generals have received long prison terms, in what analysts describe as both an anti-graft campaign and a reshuffle of the security elite.
""",
"03_uk.txt": """Колишнього начальника відділу закупівель московської Росгвардії засудили до 11 років колонії за розкрадання на бронежилетах
03.09.2027 17:40

Мещанський суд Москви засудив колишнього начальника відділу матеріально-технічного забезпечення Головного управління Росгвардії по Москві полковника Андрія Кулагіна до 11 років колонії суворого режиму. Його визнали винним у шахрайстві в особливо великому розмірі, повідомляє ТАСС із посиланням на пресслужбу суду.

За даними агентства, у 2023–2024 роках Кулагін організував закупівлю в компанії «Щит-Техно» 18 тисяч бронежилетів класу Бр5 за завищеною ціною, а частину жилетів узагалі не було поставлено. Збитки суд оцінив у 420 мільйонів рублів. Генеральний директор «Щит-Техно» Денис Ясенєв, який проходив у тій самій справі, отримав сім років колонії загального режиму.

Крім того, суд позбавив Кулагіна звання полковника й призначив йому штраф у 5 мільйонів рублів. Адвокатка засудженого Ольга Мірська сказала ТАСС, що захист оскаржить вирок: за її словами, Кулагін «лише підписував документи, підготовлені іншими службами».

За останні три роки в Росії порушили десятки кримінальних справ про розкрадання під час закупівель для силових відомств; у низці з них обвинуваченими стали високопосадовці Міноборони та Росгвардії. Багато з цих справ, як зазначають юристи, порушено за матеріалами ФСБ.
""",
}, [("TASS", False)],
[("TASS", "00_ru.txt"), ("Медуза", "01_de.txt"), ("TASS", "02_en.txt"), ("Медуза", "03_uk.txt")],
[("A Moscow court sentenced former Rosgvardia procurement chief Colonel Andrei Kulagin to 11 years for a 420-million-rouble fraud over body armour.",
  ["00_ru.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Kulagin's lawyer said the defence would appeal the verdict.",
  ["00_ru.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 1)])

# t07: Interfax (outside; anonymous law-enforcement source belongs to it) relayed by Коммерсантъ,
# which adds its own source and the lawyer speaking to "Ъ" (also an in-corpus origin), by Reuters
# (no date line) and Le Monde; pl takes it from Kommersant only ("podał … „Kommiersant”").
story("t07_interfax_kommersant_kaliningrad_bribe", "agency_own_confirmation_chain", {
"00_ru.txt": """Дорога к границе довела до ФСБ
Коммерсантъ
02.10.2027, 07:45

В Калининграде задержан заместитель председателя правительства Калининградской области Игорь Беседин, курировавший дорожное строительство. Его подозревают в получении взятки в 18 млн руб. от подрядчика.

Вечером в пятницу о задержании чиновника сообщил «Интерфакс» со ссылкой на источник в правоохранительных органах. Собеседник “Ъ” в силовых структурах подтвердил эту информацию и уточнил, что дело возбуждено по ч. 6 ст. 290 УК РФ (получение взятки в особо крупном размере). По его словам, поводом стали показания директора подрядной организации ООО «Балтдорстрой» Сергея Ананьева, задержанного в августе.

Речь идет о контракте на реконструкцию участка трассы, ведущей к пункту пропуска Мамоново — Гжехотки на границе с Польшей. Контракт стоимостью 2,3 млрд руб. «Балтдорстрой» получил в 2025 году; по версии следствия, взятка стала платой за победу в конкурсе и подписание актов приемки работ, которые, как утверждают следователи, были выполнены не полностью.

Адвокат Игоря Беседина Виктор Ланской сказал “Ъ”, что его подзащитный вину не признает. «Все конкурсные процедуры проводились на электронной площадке, и у моего доверителя не было возможности повлиять на их итоги»,— заявил он.

Ожидается, что в ближайшие дни чиновника этапируют в Москву, где Басманный суд рассмотрит вопрос о мере пресечения.
""",
"01_en.txt": """Russian regional official detained on suspicion of taking bribe - Interfax
Reuters

Russia's Federal Security Service (FSB) has detained Igor Besedin, a deputy head of the government of the Kaliningrad region, on suspicion of taking a bribe of 18 million roubles ($195,000) from a road contractor, the Interfax news agency reported on Friday, citing a law enforcement source.

Searches were carried out at Besedin's office and at his home on the outskirts of Kaliningrad, Interfax said. The source did not say which contract the alleged bribe was linked to.

Besedin, 52, has overseen road construction in the Russian Baltic exclave, which borders NATO members Poland and Lithuania, since 2021.

Reuters could not immediately verify the report. The Kaliningrad regional government did not respond to a request for comment.

Russian authorities have detained dozens of regional officials on corruption charges in recent years. Critics say such cases are often used to settle scores between rival groups in the elite, while the Kremlin presents them as proof of its resolve to tackle graft.
""",
"02_fr.txt": """Russie : un vice-premier ministre de la région de Kaliningrad arrêté pour corruption
Le Monde
2 octobre 2027

Le vice-président du gouvernement de la région russe de Kaliningrad chargé des routes, Igor Besedine, a été interpellé vendredi par le FSB, les services de sécurité russes, a rapporté l'agence de presse Interfax, citant une source au sein des forces de l'ordre. Il est soupçonné d'avoir touché un pot-de-vin de 18 millions de roubles (environ 180 000 euros) de la part d'une entreprise de travaux publics.

Selon l'agence, des perquisitions ont eu lieu dans son bureau et à son domicile. Ni le gouvernement régional ni le parquet n'ont commenté cette arrestation dans l'immédiat.

L'enclave de Kaliningrad, coincée entre la Pologne et la Lituanie, toutes deux membres de l'OTAN et de l'Union européenne, est régulièrement au cœur des tensions entre Moscou et les Occidentaux. Les chantiers routiers vers la frontière polonaise, lancés avant la guerre pour développer le commerce transfrontalier, ont pour la plupart été ralentis depuis 2022.

Les arrestations de hauts fonctionnaires régionaux pour corruption se sont multipliées en Russie ces dernières années. Plusieurs vice-gouverneurs et anciens vice-ministres de la défense ont été condamnés à de lourdes peines de prison, dans ce que certains analystes décrivent comme une lutte de clans au sein de l'appareil sécuritaire.
""",
"03_pl.txt": """Rosja. Wicepremier obwodu kaliningradzkiego zatrzymany. Chodzi o drogę do przejścia w Grzechotkach
Rzeczpospolita
02.10.2027, 15:10

Igor Biesiedin, wicepremier rządu obwodu kaliningradzkiego odpowiedzialny za budowę dróg, został zatrzymany przez FSB. Jest podejrzany o przyjęcie 18 mln rubli łapówki od firmy budowlanej – podał w sobotę moskiewski dziennik „Kommiersant”, powołując się na źródło w resortach siłowych.

Według „Kommiersanta” chodzi o wart 2,3 mld rubli kontrakt na przebudowę odcinka trasy prowadzącej do przejścia granicznego Mamonowo–Grzechotki. Zlecenie w 2025 r. otrzymała spółka Bałtdorstroj, której dyrektor Siergiej Ananjew został zatrzymany już w sierpniu. To jego zeznania – jak pisze gazeta – obciążyły wicepremiera.

Adwokat urzędnika Wiktor Łanskoj powiedział dziennikowi, że jego klient nie przyznaje się do winy, bo wszystkie przetargi odbywały się na platformie elektronicznej.

Ruch na przejściu w Grzechotkach od 2022 r. jest znacznie mniejszy niż przed wojną, a rosyjskie władze obwodu wielokrotnie zapowiadały modernizację drogi dojazdowej. Biesiedin odpowiadał za ten projekt od 2021 r.
""",
}, [("Interfax", False), ("Коммерсантъ", True)],
[("Interfax", "00_ru.txt"), ("Interfax", "01_en.txt"), ("Interfax", "02_fr.txt"),
 ("Коммерсантъ", "03_pl.txt")],
[("Kaliningrad deputy premier Igor Besedin was detained by the FSB on suspicion of taking an 18-million-rouble bribe from a road contractor.",
  ["00_ru.txt", "01_en.txt", "02_fr.txt", "03_pl.txt"], 2),
 ("Searches were carried out at Besedin's office and home.",
  ["01_en.txt", "02_fr.txt"], 1)])

# t08: a joint police and customs press release (outside) taken directly by de, en, uk (uk's
# unanswered request to Lviv police adds nothing); PAP's own reporting (the prosecutor's
# spokeswoman speaking to PAP, outside) relayed by pl; en credits both (two edges).
story("t08_police_release_pap_cocaine_lorry", "police_release_and_agency", {
"00_de.txt": """240 Kilo Kokain zwischen Bananen: Lkw-Fahrer an der A3 festgenommen
Frankfurter Rundschau
Stand: 19.10.2027, 12:34 Uhr

Fahnder haben auf der A3 bei Offenbach rund 240 Kilogramm Kokain in einem Sattelzug entdeckt. Der 46 Jahre alte Fahrer, ein polnischer Staatsangehöriger, wurde festgenommen. Das teilten das Polizeipräsidium Frankfurt am Main und das Zollfahndungsamt Frankfurt am Dienstag in einer gemeinsamen Pressemitteilung mit.

Wie es in der Mitteilung heißt, stoppte eine gemeinsame Kontrollgruppe von Polizei und Zoll den Lastwagen bereits in der Nacht zum Samstag auf einem Parkplatz. Das Rauschgift war in 180 Bananenkisten versteckt, jeweils unter einer Lage Früchte. Der Sattelzug war auf dem Weg vom Hafen Rotterdam ins westukrainische Lwiw. Den Straßenverkaufswert des Kokains beziffern die Ermittler auf rund 18 Millionen Euro.

Ein Haftrichter am Amtsgericht Frankfurt ordnete am Sonntag Untersuchungshaft an. Dem Mann drohen wegen bandenmäßigen Handeltreibens mit Betäubungsmitteln in nicht geringer Menge bis zu 15 Jahre Haft. Die Ermittlungen zu den Hintermännern dauern an, heißt es weiter.

Erst im Juli hatten Zollfahnder in Frankfurt rund 300 Kilogramm Kokain in einer Lieferung mit Ananas sichergestellt. Rotterdam gilt neben Antwerpen als wichtigstes Einfallstor für Kokain aus Südamerika nach Europa.
""",
"01_pl.txt": """Polski kierowca zatrzymany w Niemczech. W ciężarówce 240 kg kokainy
Interia
Wtorek, 19 października 2027 (17:45)

Niemieccy śledczy zatrzymali 46-letniego polskiego kierowcę ciężarówki, w której naczepie znaleziono ok. 240 kg kokainy ukrytej w kartonach z bananami – podała Polska Agencja Prasowa.

Jak przekazała agencja, rzeczniczka prokuratury we Frankfurcie nad Menem Nadja Kühn potwierdziła, że zatrzymany to mieszkaniec Lubelszczyzny, który od kilku lat pracował dla jednej z polskich firm transportowych. – Podejrzany nie przyznaje się do winy. Twierdzi, że nie wiedział, co przewozi, bo naczepę zaplombowano w porcie – powiedziała PAP Kühn.

Ciężarówkę zatrzymano w nocy z piątku na sobotę na autostradzie A3 niedaleko Frankfurtu. Sąd zastosował wobec Polaka areszt tymczasowy. Według rzeczniczki grozi mu do 15 lat więzienia.

Konsulat RP w Kolonii ma kontakt z zatrzymanym – przekazało PAP biuro prasowe MSZ.

To kolejny w ostatnich latach przypadek zatrzymania polskiego kierowcy z dużym ładunkiem narkotyków w Europie Zachodniej. Przemytnicy coraz częściej ukrywają kokainę w legalnych transportach owoców z portów w Rotterdamie i Antwerpii.
""",
"02_en.txt": """Polish lorry driver arrested in Germany with 240 kg of cocaine hidden among bananas
Notes from Poland
19 October 2027

A 46-year-old Polish lorry driver has been arrested in Germany after police and customs officers found around 240 kg of cocaine hidden in boxes of bananas in his vehicle, German authorities said in a joint statement on Tuesday.

The Frankfurt police and the city's customs investigation office said the drugs, with an estimated street value of €18 million, were discovered during a check on the A3 motorway near Offenbach on Friday night. The cocaine had been packed into 180 banana boxes, each hidden under a layer of fruit.

A spokeswoman for the Frankfurt prosecutor's office, Nadja Kühn, told the Polish Press Agency (PAP) that the driver comes from the Lublin region and denies knowing what he was carrying, claiming the trailer had been sealed at the port.

He has been remanded in custody and faces up to 15 years in prison.

Poland's foreign ministry told PAP that the consulate in Cologne was in contact with the man.

Cocaine seizures in Europe have hit record levels in recent years as South American cartels make growing use of ports such as Rotterdam and Antwerp. Several Polish drivers have been detained in Germany and the Netherlands in similar cases.
""",
"03_uk.txt": """У Німеччині затримали фуру з 240 кг кокаїну, яка прямувала до Львова
ZAXID.NET
19 жовтня 2027, 20:10

Поблизу Франкфурта-на-Майні поліція та митниця затримали вантажівку, у якій серед бананів перевозили близько 240 кілограмів кокаїну. Вантаж прямував із порту Роттердама до Львова. Про це повідомили поліція Франкфурта-на-Майні та місцеве управління митних розслідувань.

Як ідеться у спільному пресрелізі відомств, фуру зупинили в ніч на суботу на автомагістралі A3 неподалік Оффенбаха. Наркотики були сховані у 180 коробках з бананами під шаром фруктів. Вартість кокаїну на чорному ринку правоохоронці оцінюють приблизно у 18 мільйонів євро.

Водія — 46-річного громадянина Польщі — затримали, суд відправив його під варту. Йому загрожує до 15 років позбавлення волі. Слідство встановлює, хто мав отримати вантаж.

ZAXID.NET звернувся до ГУ Національної поліції у Львівській області із запитом, чи відомо українським правоохоронцям про цю партію. На момент публікації відповіді не надійшло.

Останніми роками Україна дедалі частіше фігурує у європейських розслідуваннях як транзитна країна для наркотиків, які потрапляють до ЄС через порти Північного моря.
""",
}, [("Polizeipräsidium Frankfurt am Main", False), ("PAP", False)],
[("Polizeipräsidium Frankfurt am Main", "00_de.txt"), ("PAP", "01_pl.txt"),
 ("Polizeipräsidium Frankfurt am Main", "02_en.txt"), ("PAP", "02_en.txt"),
 ("Polizeipräsidium Frankfurt am Main", "03_uk.txt")],
[("German police and customs seized about 240 kg of cocaine hidden among bananas in a lorry driven by a 46-year-old Polish citizen near Frankfurt.",
  ["00_de.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], 2),
 ("The lorry was travelling from the port of Rotterdam to Lviv.",
  ["00_de.txt", "03_uk.txt"], 1),
 ("The driver faces up to 15 years in prison.",
  ["00_de.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], 2)])


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
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 98 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
