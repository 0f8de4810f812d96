#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand106 set (courts, prosecutors
and justice; real media names, all events, people, companies, figures and quotes invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# c01: a court's ruling published on the court's website (outside origin). pl Rzeczpospolita takes
# it from the website; uk Суспільне takes it from Rzeczpospolita (chain, edge from Rzeczpospolita);
# de FAZ takes it directly ("Das geht aus dem Urteil ... hervor", "Laut der Urteilsbegründung");
# fr without outlet line takes it directly ("selon le jugement publié ... sur le site").
story("c01_court_ruling_lublin_trafficking", "institution_chain", {
"00_pl.txt": """Sześć lat więzienia dla właściciela agencji pracy. Sąd: Ukraińców traktował jak towar
Rzeczpospolita
15.03.2027 14:20

Grzegorz W., właściciel agencji pośrednictwa pracy Agro-Serwis Wschód, został skazany na sześć lat pozbawienia wolności za handel ludźmi. Ofiarami było 46 obywateli Ukrainy, których w latach 2024–2025 kierował do pracy w szklarniach pod Lublinem. Wynika to z wyroku Sądu Okręgowego w Lublinie, którego pisemne uzasadnienie sąd opublikował w poniedziałek na swojej stronie internetowej.

Jak czytamy w uzasadnieniu, pracownikom zaraz po przyjeździe odbierano paszporty „do depozytu", a stawka, którą faktycznie otrzymywali, wynosiła około 9 zł za godzinę. Resztę pochłaniały potrącenia za nocleg w przerobionej chlewni, dowóz do pracy i „kary porządkowe". Część osób pracowała po 14 godzin dziennie, siedem dni w tygodniu.

„Oskarżony traktował pokrzywdzonych jak towar, który można przewieźć, przechować i rozliczyć. Zatrzymanie dokumentów tożsamości odbierało im realną możliwość odejścia" – napisał sąd w uzasadnieniu.

Sąd nakazał Grzegorzowi W. zapłatę łącznie 1,38 mln zł zadośćuczynienia na rzecz pokrzywdzonych. Jego żona Beata W., która prowadziła księgowość agencji, usłyszała wyrok dwóch lat pozbawienia wolności w zawieszeniu na pięć lat. Sąd orzekł też wobec obojga dziesięcioletni zakaz prowadzenia działalności w zakresie pośrednictwa pracy.

Wyrok nie jest prawomocny. Obrona może złożyć apelację do Sądu Apelacyjnego w Lublinie w ciągu 14 dni od doręczenia uzasadnienia.

Sprawa wyszła na jaw w lutym 2025 roku, gdy dwóch pracowników uciekło z gospodarstwa i zgłosiło się do punktu konsultacyjnego dla cudzoziemców w Lublinie. Pokrzywdzonym w trakcie procesu pomagał prawnie Konsulat Generalny Ukrainy w Lublinie. Według danych przytoczonych przez sąd Straż Graniczna w ciągu ostatnich trzech lat prowadziła w województwie lubelskim 11 podobnych postępowań.
""",
"01_uk.txt": """У Польщі власника агенції працевлаштування засудили до шести років за торгівлю українцями
Суспільне Новини
15 березня 2027, 18:42

Суд у польському Любліні засудив до шести років позбавлення волі власника агенції з працевлаштування, яка експлуатувала 46 громадян України в теплицях неподалік міста. Про це пише польська газета Rzeczpospolita, яка ознайомилася з обґрунтуванням вироку, оприлюдненим на сайті Люблінського окружного суду.

За даними видання, українцям одразу після приїзду забирали паспорти «на зберігання», а фактично вони отримували близько 9 злотих за годину. Решту грошей утримували за житло в переобладнаному свинарнику, доставку на роботу та «дисциплінарні штрафи». Дехто працював по 14 годин на добу без вихідних.

Газета цитує обґрунтування суду: «Обвинувачений ставився до потерпілих як до товару, який можна перевезти, зберігати і списати».

Як зазначає Rzeczpospolita, власник агенції Гжегож В. має виплатити потерпілим загалом 1,38 мільйона злотих компенсації. Його дружина, яка вела бухгалтерію, отримала два роки умовно. Вирок не набрав законної сили, його можна оскаржити в апеляційному суді.

Справа стала відомою у лютому 2025 року, коли двоє працівників утекли з господарства і звернулися до консультаційного пункту для іноземців. Генеральне консульство України в Любліні, за даними польської газети, надавало потерпілим правову допомогу під час процесу.
""",
"02_de.txt": """Sechs Jahre Haft für polnischen Arbeitsvermittler wegen Menschenhandels mit Ukrainern
Frankfurter Allgemeine Zeitung
16. März 2027

Ein polnischer Arbeitsvermittler ist wegen Menschenhandels zu sechs Jahren Haft verurteilt worden. Das geht aus dem Urteil des Bezirksgerichts Lublin hervor, das das Gericht am Montag samt schriftlicher Begründung auf seiner Internetseite veröffentlicht hat. Opfer waren 46 ukrainische Staatsbürger, die der Inhaber der Agentur Agro-Serwis Wschód in den Jahren 2024 und 2025 in Gewächshäuser im Umland von Lublin vermittelt hatte.

Laut der Urteilsbegründung wurden den Arbeitern gleich nach der Ankunft die Pässe abgenommen, angeblich zur Verwahrung. Ausgezahlt wurden ihnen rund neun Złoty pro Stunde, umgerechnet gut zwei Euro; der Rest ging für Abzüge drauf, etwa für die Unterkunft in einem umgebauten Schweinestall und den Transport zu den Feldern.

„Der Angeklagte behandelte die Geschädigten wie eine Ware, die man befördern, lagern und abrechnen kann", heißt es in dem Urteil. Durch die Einbehaltung der Ausweise sei den Arbeitern jede realistische Möglichkeit genommen worden, die Arbeit aufzugeben.

Das Gericht verpflichtete den 51 Jahre alten Grzegorz W. zur Zahlung von insgesamt 1,38 Millionen Złoty Schmerzensgeld an die Opfer. Seine Ehefrau, die die Buchhaltung führte, erhielt zwei Jahre auf Bewährung. Das Urteil ist nicht rechtskräftig.

Polen ist auf Saisonkräfte aus der Ukraine angewiesen; in der Landwirtschaft der Woiwodschaft Lublin arbeiten nach offiziellen Angaben mehrere zehntausend Ukrainer.
""",
"03_fr.txt": """Pologne : six ans de prison pour le patron d'une agence d'intérim qui exploitait des Ukrainiens
16 mars 2027

Le propriétaire d'une agence de placement polonaise a été condamné à six ans de prison ferme pour traite d'êtres humains, selon le jugement publié lundi sur le site internet du tribunal régional de Lublin, dans l'est de la Pologne. Quarante-six ressortissants ukrainiens en ont été victimes entre 2024 et 2025, dans des serres de la région.

D'après les attendus du jugement, les passeports des travailleurs leur étaient confisqués dès leur arrivée. Ils ne touchaient qu'environ 9 zlotys de l'heure (un peu plus de 2 euros), le reste de leur salaire étant amputé de retenues pour un hébergement dans une ancienne porcherie, le transport et des « amendes disciplinaires ».

« L'accusé traitait les victimes comme une marchandise que l'on peut transporter, entreposer et comptabiliser », écrit le tribunal, qui souligne que la confiscation des papiers privait les travailleurs de toute possibilité réelle de partir.

Le condamné, identifié comme Grzegorz W., devra verser au total 1,38 million de zlotys de dommages et intérêts. Son épouse, chargée de la comptabilité de l'agence, a écopé de deux ans avec sursis. Le jugement n'est pas définitif et peut faire l'objet d'un appel.

L'affaire avait éclaté en février 2025, lorsque deux ouvriers avaient réussi à s'enfuir de l'exploitation et à alerter une association d'aide aux étrangers.
""",
}, [
 {"name": "District Court in Lublin", "in_corpus": False},
], [
 {"origin": "District Court in Lublin", "article": "00_pl.txt"},
 {"origin": "Rzeczpospolita", "article": "01_uk.txt"},
 {"origin": "District Court in Lublin", "article": "02_de.txt"},
 {"origin": "District Court in Lublin", "article": "03_fr.txt"},
], [
 {"text": "A court in Lublin sentenced the owner of a Polish labour agency to six years in prison for trafficking 46 Ukrainian workers.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The workers' passports were taken on arrival and they were paid about 9 zlotys an hour.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The court ordered 1.38 million zlotys in compensation and the ruling is not final.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], "independent_sources": 1},
])

# c02: the Prosecutor General's Office statement on its website (outside origin). uk Укрінформ
# takes it directly ("передає Укрінформ з посиланням на ... Офісу Генерального прокурора"); en Kyiv
# Independent directly; pl PAP credits Ukrinform (chain, edge from Укрінформ); ru article without
# outlet and date line takes the statement directly.
story("c02_prosecutor_statement_fortifications", "institution_chain", {
"00_uk.txt": """Ексдиректору держпідприємства повідомили про підозру в розкраданні 48,7 млн грн на фортифікаціях
Укрінформ
20.04.2027 10:12

Колишньому директору державного підприємства «Поліськбудресурс» повідомили про підозру в заволодінні 48,7 млн гривень, виділених на будівництво фортифікаційних споруд у Житомирській області. Про це йдеться в повідомленні Офісу Генерального прокурора, оприлюдненому на його офіційному сайті, передає Укрінформ.

За даними слідства, упродовж 2025 року посадовець організував закупівлю бетонних конструкцій та арматури через три підконтрольні фірми-«прокладки». Ціни в договорах були завищені в середньому в 2,3 раза порівняно з ринковими. Частину бетону, за версією прокурорів, на об'єкти взагалі не поставили.

«Кошти, які мали піти на захист північного кордону, осіли на рахунках фіктивних підприємств», — наголошують в Офісі генпрокурора.

Дії ексдиректора кваліфіковано за ч. 5 ст. 191 Кримінального кодексу України (привласнення, розтрата майна або заволодіння ним шляхом зловживання службовим становищем в особливо великих розмірах, вчинене в умовах воєнного стану). Санкція статті передбачає до 12 років позбавлення волі з конфіскацією майна.

Прокурори мають намір просити суд обрати підозрюваному запобіжний захід у вигляді тримання під вартою з альтернативою застави в 12 млн гривень. Ім'я підозрюваного в повідомленні не називають; за даними відомства, це 54-річний мешканець Житомира.

Досудове розслідування здійснюють слідчі Державного бюро розслідувань. Також вирішується питання про арешт майна фігуранта та пов'язаних із ним компаній.
""",
"01_en.txt": """Ex-head of state firm charged with embezzling Hr 48.7 million meant for fortifications
The Kyiv Independent
Apr 20, 2027 1:05 PM

A former director of the state-owned enterprise Poliskbudresurs has been charged with embezzling Hr 48.7 million ($1.2 million) allocated for the construction of fortifications in Zhytomyr Oblast, the Prosecutor General's Office said in a statement published on April 20.

According to the statement, the suspect used three shell companies under his control in 2025 to buy concrete blocks and reinforcing steel at prices that were on average 2.3 times higher than market rates. Some of the concrete was never delivered to the construction sites at all, prosecutors say.

"Funds that were supposed to protect the northern border ended up in the accounts of fictitious companies," the office said.

The suspect, a 54-year-old resident of Zhytomyr whose name was not disclosed, faces up to 12 years in prison if convicted. The office said it would ask a court to remand him in custody with an option of bail set at Hr 12 million.

The case is being investigated by the State Bureau of Investigation (DBR). Ukraine has spent billions of hryvnias on defensive lines along its northern border with Belarus since 2022, and several cases of embezzlement linked to fortification contracts have reached the courts over the past two years.
""",
"02_pl.txt": """Ukraina: zarzuty dla byłego dyrektora państwowej firmy. Miał przywłaszczyć pieniądze na fortyfikacje
PAP
20 kwietnia 2027, 16:37

Były dyrektor ukraińskiego przedsiębiorstwa państwowego Poliskbudresurs usłyszał zarzut przywłaszczenia 48,7 mln hrywien (ok. 4,6 mln zł) przeznaczonych na budowę umocnień w obwodzie żytomierskim – poinformowała ukraińska państwowa agencja Ukrinform, powołując się na komunikat Prokuratury Generalnej.

Jak podaje agencja, w 2025 roku podejrzany miał kupować bloki betonowe i stal zbrojeniową za pośrednictwem trzech podstawionych firm. Ceny w umowach były średnio 2,3 razy wyższe od rynkowych, a części betonu w ogóle nie dostarczono na budowy.

„Pieniądze, które miały służyć obronie północnej granicy, trafiły na konta fikcyjnych spółek" – cytuje Ukrinform stanowisko prokuratury.

Mężczyźnie grozi do 12 lat więzienia. Według agencji prokuratorzy zamierzają wnioskować o areszt z możliwością wpłacenia kaucji w wysokości 12 mln hrywien. Nazwiska podejrzanego nie podano.

Obwód żytomierski graniczy z Białorusią. Od początku pełnoskalowej inwazji Rosji Ukraina buduje wzdłuż tej granicy linie umocnień; agencja przypomina, że w ostatnich dwóch latach do sądów trafiło kilka spraw dotyczących nadużyć przy takich kontraktach.
""",
"03_ru.txt": """На Украине бывшему директору госпредприятия сообщили о подозрении в хищении денег на фортификации

Бывшему директору государственного предприятия «Полесскстройресурс» сообщили о подозрении в хищении 48,7 млн гривен, выделенных на строительство фортификационных сооружений в Житомирской области. Об этом говорится в сообщении Офиса генпрокурора Украины, опубликованном во вторник на сайте ведомства.

Как следует из сообщения, в 2025 году подозреваемый закупал бетонные блоки и арматуру через три подконтрольные фирмы-однодневки по ценам, в среднем в 2,3 раза превышавшим рыночные. Часть бетона, по версии следствия, на объекты так и не поступила.

«Средства, которые должны были пойти на защиту северной границы, осели на счетах фиктивных предприятий», — говорится в заявлении прокуратуры.

Действия бывшего директора квалифицированы по ч. 5 ст. 191 УК Украины, ему грозит до 12 лет лишения свободы. Прокуроры намерены ходатайствовать об аресте с альтернативой залога в 12 млн гривен. Имя подозреваемого в сообщении не приводится, указано лишь, что ему 54 года и он живет в Житомире.

Расследование ведет Государственное бюро расследований. Решается вопрос об аресте имущества подозреваемого и связанных с ним компаний.
""",
}, [
 {"name": "Office of the Prosecutor General of Ukraine", "in_corpus": False},
], [
 {"origin": "Office of the Prosecutor General of Ukraine", "article": "00_uk.txt"},
 {"origin": "Office of the Prosecutor General of Ukraine", "article": "01_en.txt"},
 {"origin": "Укрінформ", "article": "02_pl.txt"},
 {"origin": "Office of the Prosecutor General of Ukraine", "article": "03_ru.txt"},
], [
 {"text": "The former director of the state enterprise Poliskbudresurs was served a notice of suspicion over 48.7 million hryvnias meant for fortifications in Zhytomyr region.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Materials were bought through three shell companies at prices about 2.3 times the market rate.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], "independent_sources": 1},
 {"text": "Prosecutors will ask for custody with bail of 12 million hryvnias.",
  "articles": ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_ru.txt"], "independent_sources": 1},
])

# c03: Der Spiegel's own scoop (indictment seen by the magazine, anonymous investigators, the
# company's reply to Spiegel). Relayed by ru Коммерсантъ, fr Le Monde, pl Rzeczpospolita; en
# Reuters relays Spiegel AND gets its own confirmation from the prosecutors ("confirmed to
# Reuters"): edge from Der Spiegel + Reuters is an in-corpus origin itself.
story("c03_indictment_scoop_machine_tools", "scoop_confirmation", {
"00_de.txt": """Anklage gegen Ex-Manager: Wie Fräsmaschinen aus Bayern in Russlands Rüstungsindustrie gelangten
Der Spiegel
2027-05-07T06:00:00+02:00

Die Generalstaatsanwaltschaft München hat Anklage gegen den früheren Exportleiter eines oberbayerischen Maschinenbauers erhoben. Rainer T., 58, soll zwischen 2023 und 2025 insgesamt 37 CNC-Fräsmaschinen der Lindhammer Präzisionsmaschinen GmbH aus Ingolstadt im Wert von rund 14,6 Millionen Euro über eine Handelsfirma in Kirgisistan an einen Zulieferer der russischen Rüstungsindustrie verkauft haben. Die 212 Seiten umfassende Anklageschrift, die bei der Staatsschutzkammer des Landgerichts München I eingegangen ist, liegt dem SPIEGEL vor.

Den Ermittlern zufolge war die kirgisische Firma eine reine Durchgangsstation. Keine der Maschinen sei je in Bischkek aufgestellt worden; sie seien binnen weniger Tage per Lkw über Kasachstan nach Russland weitergefahren. In internen E-Mails, die in der Anklage zitiert werden, schrieb T. einem Kollegen: „Bischkek steht nur auf dem Lieferschein. Frag nicht weiter."

Aus Ermittlerkreisen heißt es, man prüfe inzwischen auch die Rolle von mindestens zwei weiteren Mitarbeitern des Unternehmens. Ein Zollfahnder, der anonym bleiben möchte, spricht von einem der bislang größten Fälle dieser Art in Bayern.

Lindhammer teilte auf SPIEGEL-Anfrage mit, man habe sich bereits im Herbst 2025 von T. getrennt und arbeite „vollumfänglich mit den Behörden zusammen". T.s Verteidiger ließ eine Anfrage unbeantwortet. Wird T. wegen Verstoßes gegen das Außenwirtschaftsgesetz verurteilt, drohen ihm mehrere Jahre Haft. Wann der Prozess beginnt, ist offen.
""",
"01_ru.txt": """Spiegel: немецкие станки попадали в российский ВПК через Киргизию
Коммерсантъ
07.05.2027, 14:35

Прокуратура Мюнхена предъявила обвинение бывшему руководителю экспортного отдела баварской компании Lindhammer Präzisionsmaschinen. Об этом сообщил немецкий журнал Der Spiegel, ознакомившийся с обвинительным заключением.

По данным журнала, 58-летний Райнер Т. в 2023–2025 годах продал 37 фрезерных станков с ЧПУ на общую сумму около €14,6 млн через торговую фирму в Бишкеке поставщику российской оборонной промышленности. Станки, как утверждает обвинение, в Киргизии даже не выгружались, а в течение нескольких дней уходили грузовиками через Казахстан в Россию.

Spiegel приводит цитату из внутренней переписки обвиняемого: «Бишкек стоит только в накладной. Больше не спрашивай». Как пишет Spiegel, следователи проверяют роль еще как минимум двух сотрудников компании.

В самой Lindhammer журналу заявили, что расстались с Райнером Т. осенью 2025 года и полностью сотрудничают со следствием. Дело будет рассматривать земельный суд Мюнхена; дата начала процесса пока не определена.

Германия с 2022 года ужесточила контроль за экспортом продукции двойного назначения в Центральную Азию: по данным немецких статистиков, поставки станков в Киргизию за два года выросли в несколько раз.
""",
"02_fr.txt": """Allemagne : un ex-cadre inculpé pour avoir livré des machines-outils à l'industrie d'armement russe
Le Monde
7 mai 2027 à 17h48

Un ancien responsable des exportations d'un fabricant bavarois de machines-outils va être jugé pour violation des sanctions contre la Russie, selon l'acte d'accusation consulté par l'hebdomadaire allemand Der Spiegel. Le parquet général de Munich reproche à Rainer T., 58 ans, d'avoir vendu entre 2023 et 2025 trente-sept fraiseuses à commande numérique de la société Lindhammer, d'une valeur de 14,6 millions d'euros, à un fournisseur de l'industrie d'armement russe, en passant par une société commerciale au Kirghizistan.

D'après le Spiegel, aucune machine n'a jamais été installée à Bichkek : elles repartaient en camion vers la Russie via le Kazakhstan en quelques jours. Le magazine cite un courriel interne dans lequel l'accusé écrivait à un collègue : « Bichkek, c'est juste l'adresse sur le bon de livraison. Ne pose pas de questions. »

Les enquêteurs s'intéresseraient aussi au rôle d'au moins deux autres salariés, rapporte le magazine. L'entreprise a indiqué au Spiegel s'être séparée de Rainer T. à l'automne 2025 et coopérer pleinement avec les autorités.

Depuis 2022, les exportations allemandes vers l'Asie centrale font l'objet d'une surveillance accrue, Berlin soupçonnant plusieurs pays de la région de servir de plaque tournante pour contourner l'embargo.
""",
"03_pl.txt": """„Spiegel": niemieckie obrabiarki trafiały do rosyjskiego przemysłu zbrojeniowego przez Kirgistan
Rzeczpospolita
8 maja 2027

Prokuratura generalna w Monachium oskarżyła byłego szefa działu eksportu bawarskiej firmy Lindhammer o łamanie sankcji nałożonych na Rosję – ujawnił niemiecki tygodnik „Der Spiegel", który dotarł do aktu oskarżenia.

Według tygodnika 58-letni Rainer T. w latach 2023–2025 sprzedał 37 frezarek sterowanych numerycznie o wartości ok. 14,6 mln euro dostawcy rosyjskiego przemysłu zbrojeniowego. Oficjalnie maszyny trafiały do firmy handlowej w Biszkeku, ale – jak podaje „Spiegel" – w ciągu kilku dni jechały ciężarówkami przez Kazachstan do Rosji.

Tygodnik przytacza wewnętrzną korespondencję oskarżonego. „Biszkek jest tylko na dokumencie dostawy. Nie pytaj dalej" – miał napisać T. do kolegi z firmy. Z informacji „Spiegla" wynika też, że śledczy badają rolę co najmniej dwóch kolejnych pracowników.

Firma Lindhammer przekazała niemieckiemu tygodnikowi, że rozstała się z T. jesienią 2025 r. i w pełni współpracuje z organami ścigania.

To kolejna w ostatnich miesiącach sprawa dotycząca omijania sankcji przez kraje Azji Środkowej. Polskie służby celne w 2026 r. zatrzymały kilkanaście transportów maszyn deklarowanych jako towar dla odbiorców w Kazachstanie i Kirgistanie.
""",
"04_en.txt": """German prosecutors charge ex-manager over machine tool exports to Russia
Reuters
Fri, 07 May 2027 15:52:00 +0000

MUNICH, May 7 (Reuters) - German prosecutors have charged a former export manager of Bavarian machine tool maker Lindhammer with breaching sanctions against Russia, Der Spiegel reported on Friday, citing the indictment.

A spokeswoman for the Munich general prosecutor's office confirmed to Reuters that an indictment had been filed with the Munich regional court against a 58-year-old former employee of a company based in Ingolstadt, but declined to give further details, citing the ongoing proceedings.

According to the magazine, the man sold milling machines to a supplier of Russia's defence industry via a trading company in Kyrgyzstan between 2023 and 2025.

Lindhammer, a privately held company with around 900 employees, did not immediately respond to a Reuters request for comment. It told Der Spiegel it had parted ways with the manager in 2025 and was cooperating fully with authorities.

Germany has stepped up checks on exports of dual-use goods to Central Asia since Russia's full-scale invasion of Ukraine in 2022, after trade data showed a sharp rise in shipments of machinery to countries such as Kyrgyzstan and Kazakhstan.

(Reporting by Reuters staff; Editing by Reuters editors)
""",
}, [
 {"name": "Der Spiegel", "in_corpus": True},
 {"name": "Reuters", "in_corpus": True},
], [
 {"origin": "Der Spiegel", "article": "01_ru.txt"},
 {"origin": "Der Spiegel", "article": "02_fr.txt"},
 {"origin": "Der Spiegel", "article": "03_pl.txt"},
 {"origin": "Der Spiegel", "article": "04_en.txt"},
], [
 {"text": "Munich prosecutors have charged a former export manager of Lindhammer with breaching sanctions against Russia.",
  "articles": ["00_de.txt", "01_ru.txt", "02_fr.txt", "03_pl.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "37 CNC milling machines worth about 14.6 million euros went to a Russian arms-industry supplier via a trading firm in Bishkek.",
  "articles": ["00_de.txt", "01_ru.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "An internal email quoted in the indictment says Bishkek was only on the delivery note.",
  "articles": ["00_de.txt", "01_ru.txt", "02_fr.txt", "03_pl.txt"], "independent_sources": 1},
])

# c04: a defence lawyer's Facebook post (outside person origin). ru Медуза, de Süddeutsche and pl
# Gazeta Wyborcza (no date line) take the post directly ("написал в фейсбуке", "Kowyrschin zufolge",
# "napisał na Facebooku"); en The Guardian credits Meduza (chain, edge from Медуза).
story("c04_lawyer_facebook_kaliningrad", "person_post_chain", {
"00_ru.txt": """Суд в Калининграде продлил арест немецкому инженеру Йонасу Хеттлеру. Адвокат: он похудел на 11 кг
Медуза
16 апреля 2027, 21:10

Центральный районный суд Калининграда продлил на три месяца, до 19 июля, срок содержания под стражей гражданину Германии Йонасу Хеттлеру, обвиняемому в контрабанде. Об этом в пятницу вечером написал в фейсбуке адвокат Хеттлера Андрей Ковыршин.

34-летнего инженера из Лейпцига задержали 19 января на пограничном переходе «Мамоново — Гжехотки», когда он въезжал в Калининградскую область на своей машине. По версии следствия, в багажнике нашли комплектующие для беспилотников, которые ФТС относит к товарам военного назначения. Хеттлер вину не признает и утверждает, что вез детали для хобби-проекта — авиамоделей.

«За три месяца следствие не провело ни одной экспертизы. Зато Йонас похудел на 11 килограммов, и 9 апреля его перевели в больницу СИЗО-1», — написал Ковыршин. По словам адвоката, консулу Германии дважды отказали в свидании с подзащитным без объяснения причин.

Как отметил Ковыршин в своем посте, защита обжалует решение о продлении ареста в Калининградском областном суде. Хеттлеру грозит до 12 лет лишения свободы.

Министерство иностранных дел Германии ранее называло дело Хеттлера «политически мотивированным» и требовало его освобождения.
""",
"01_de.txt": """Leipziger Ingenieur bleibt in Kaliningrad in Haft – Anwalt: Gesundheitszustand verschlechtert
Süddeutsche Zeitung
17. April 2027, 08:15 Uhr

Der in Russland inhaftierte Leipziger Ingenieur Jonas Hettler muss mindestens drei weitere Monate in Untersuchungshaft bleiben. Ein Gericht in Kaliningrad habe die Haft bis zum 19. Juli verlängert, schrieb sein russischer Anwalt Andrej Kowyrschin am Freitagabend auf Facebook.

Kowyrschin zufolge hat der 34-Jährige in der Haft elf Kilogramm abgenommen und wurde am 9. April in das Krankenhaus der Untersuchungshaftanstalt Nr. 1 verlegt. „In drei Monaten hat die Ermittlung kein einziges Gutachten eingeholt", so der Anwalt in seinem Beitrag. Dem deutschen Konsul sei zweimal ohne Begründung ein Besuch verweigert worden.

Hettler war am 19. Januar an einem Grenzübergang zwischen Polen und der russischen Exklave festgenommen worden. Die russischen Behörden werfen ihm Schmuggel vor: In seinem Kofferraum sollen Bauteile für Drohnen gelegen haben, die als Militärgüter eingestuft werden. Hettler bestreitet das; nach seinen Angaben handelte es sich um Teile für Modellflugzeuge.

Die Verteidigung will gegen die Haftverlängerung vor dem Gebietsgericht Kaliningrad Beschwerde einlegen. Im Fall einer Verurteilung drohen dem Deutschen bis zu zwölf Jahre Lagerhaft. Das Auswärtige Amt hatte den Fall bereits im Februar als politisch motiviert bezeichnet.
""",
"02_pl.txt": """Niemiec zatrzymany w Królewcu zostaje w areszcie. Obrońca alarmuje
Gazeta Wyborcza

Sąd w Królewcu przedłużył o trzy miesiące, do 19 lipca, areszt niemieckiego inżyniera Jonasa Hettlera – napisał na Facebooku jego rosyjski obrońca Andriej Kowyrszyn.

34-letni Hettler, mieszkaniec Lipska, został zatrzymany 19 stycznia na przejściu granicznym Grzechotki–Mamonowo, kilkadziesiąt kilometrów od Elbląga. Rosjanie zarzucają mu przemyt: w bagażniku jego auta miały się znajdować części do dronów, zakwalifikowane jako towar wojskowy. Niemiec twierdzi, że wiózł części do modeli latających.

Według adwokata stan zdrowia jego klienta jest coraz gorszy. Hettler schudł w areszcie 11 kilogramów, a 9 kwietnia przeniesiono go do szpitala aresztu śledczego nr 1. „Przez trzy miesiące śledczy nie zlecili ani jednej ekspertyzy" – relacjonuje Kowyrszyn. Jak dodaje obrońca, niemieckiemu konsulowi dwukrotnie odmówiono widzenia z zatrzymanym.

Obrona zapowiada zażalenie do sądu obwodowego. Za przemyt towarów wojskowych grozi w Rosji do 12 lat kolonii karnej.

Przejście w Grzechotkach jest jednym z dwóch drogowych przejść między Polską a obwodem królewieckim, które wciąż działają. Polskie MSZ od miesięcy odradza podróże do Rosji.
""",
"03_en.txt": """Russian court extends detention of German engineer Jonas Hettler
The Guardian
Sat 17 Apr 2027 10.40 BST

A court in the Russian exclave of Kaliningrad has extended the pre-trial detention of Jonas Hettler, a German engineer accused of smuggling drone parts, by three months, according to the independent Russian news site Meduza, which cited a Facebook post by his lawyer, Andrei Kovyrshin.

Hettler, 34, from Leipzig, has been held since 19 January, when Russian border guards said they had found components for unmanned aerial vehicles in the boot of his car at a crossing from Poland. He denies the charges, saying the parts were for model aircraft.

Meduza reported that Hettler had lost 11kg in custody and had been transferred to the hospital wing of Kaliningrad's pre-trial detention centre No 1 on 9 April. "In three months, the investigators have not commissioned a single expert examination," Kovyrshin wrote, as quoted by Meduza.

The lawyer said the defence would appeal against the ruling. Hettler faces up to 12 years in a penal colony if convicted.

Germany's foreign ministry has described the case as politically motivated. Several foreign nationals detained in Russia since 2022 have later been released in prisoner exchanges.
""",
}, [
 {"name": "Andrei Kovyrshin", "in_corpus": False},
], [
 {"origin": "Andrei Kovyrshin", "article": "00_ru.txt"},
 {"origin": "Andrei Kovyrshin", "article": "01_de.txt"},
 {"origin": "Andrei Kovyrshin", "article": "02_pl.txt"},
 {"origin": "Медуза", "article": "03_en.txt"},
], [
 {"text": "A Kaliningrad court extended German engineer Jonas Hettler's detention by three months, until 19 July.",
  "articles": ["00_ru.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Hettler has lost 11 kg and was moved to the hospital of pre-trial detention centre No 1 on 9 April.",
  "articles": ["00_ru.txt", "01_de.txt", "02_pl.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "A German consul was twice refused a visit to Hettler.",
  "articles": ["00_ru.txt", "01_de.txt", "02_pl.txt"], "independent_sources": 1},
])

# c05: outside agency Интерфакс (anonymous law-enforcement source belongs to it). ru Коммерсантъ
# relays Interfax and adds its own source's confirmation (edge + in-corpus origin); en The Moscow
# Times, uk Українська правда, de Die Welt relay Interfax ("Der Agentur zufolge", "Laut Interfax").
story("c05_agency_arrest_defence_ceo", "agency_confirmation", {
"00_ru.txt": """Экс-глава НПО «Северный кристалл» арестован по делу о мошенничестве
Коммерсантъ
20.05.2027, 19:40

Басманный суд Москвы в четверг арестовал на два месяца бывшего генерального директора АО «НПО „Северный кристалл“» Олега Вершинина, обвиняемого в мошенничестве в особо крупном размере (ч. 4 ст. 159 УК РФ). Об этом сообщил «Интерфакс» со ссылкой на источник в правоохранительных органах.

Источник «Ъ», знакомый с ходом расследования, подтвердил эту информацию. По его словам, господин Вершинин был задержан накануне вечером, свою вину он не признает, а защита намерена обжаловать арест в Мосгорсуде.

Речь идет о государственном контракте на поставку тепловизионных прицелов, заключенном в 2023 году. По версии следствия, ущерб бюджету превысил 1,2 млрд руб. В сообщении агентства уточняется, что вместе с господином Вершининым по делу проходит его бывший заместитель по финансам, которому суд избрал меру пресечения в виде домашнего ареста.

«Северный кристалл» входит в число крупных поставщиков оптоэлектроники для силовых ведомств. Олег Вершинин руководил предприятием с 2019 года и покинул пост в феврале 2027 года. Получить комментарий в пресс-службе предприятия “Ъ” в четверг не удалось.

Максимальное наказание по ч. 4 ст. 159 УК РФ — до десяти лет лишения свободы.
""",
"01_en.txt": """Former head of Russian defence optics maker arrested on fraud charges
The Moscow Times
May 20, 2027

A Moscow court on Thursday ordered the former chief executive of defence optics producer Severny Kristall to be held in pre-trial detention for two months on large-scale fraud charges, Interfax reported, citing an unnamed law enforcement source.

Oleg Vershinin, who ran the company from 2019 until February this year, is suspected of defrauding the state of more than 1.2 billion rubles ($14 million) under a 2023 contract to supply thermal imaging sights, the source told the agency.

According to Interfax, investigators believe components for the sights were bought through a trading firm registered in Cyprus and resold to Severny Kristall at several times their real price. Vershinin's former finance deputy was placed under house arrest in the same case, the agency said.

Basmanny District Court, which handles many high-profile cases, did not immediately publish its ruling. Vershinin faces up to 10 years in prison if found guilty.

Russia's defence industry has been rocked by a string of corruption cases since 2024, when several senior Defence Ministry officials were arrested on bribery charges.
""",
"02_uk.txt": """У Москві заарештували колишнього керівника оборонного підприємства «Северный кристалл»
Українська правда
20 травня 2027, 20:15

Басманний суд Москви заарештував на два місяці колишнього генерального директора російського оборонного НВО «Северный кристалл» Олега Вершиніна. Про це повідомляє російське агентство «Інтерфакс» із посиланням на джерело в правоохоронних органах РФ.

Вершиніна обвинувачують у шахрайстві в особливо великому розмірі. За даними агентства, йдеться про державний контракт 2023 року на постачання тепловізійних прицілів, збитки за яким перевищили 1,2 млрд рублів.

Як розповів співрозмовник «Інтерфаксу», слідство вважає, що комплектуючі для прицілів закуповували через торгову фірму, зареєстровану на Кіпрі, і перепродували підприємству в кілька разів дорожче. Колишньому фінансовому заступнику Вершиніна суд обрав домашній арешт.

«Северный кристалл» виготовляє оптоелектроніку, зокрема приціли та прилади нічного бачення, які використовують російські війська, зокрема й на фронті в Україні. Підприємство перебуває під санкціями ЄС, США та України.

Вершиніну загрожує до 10 років позбавлення волі.
""",
"03_de.txt": """Moskau: Ex-Chef von Rüstungsfirma wegen Betrugs in U-Haft
Die Welt
21.05.2027

Ein Moskauer Gericht hat den früheren Generaldirektor des russischen Rüstungsunternehmens Sewerny Kristall, Oleg Werschinin, für zwei Monate in Untersuchungshaft geschickt. Das meldete die russische Nachrichtenagentur Interfax unter Berufung auf Ermittlerkreise.

Der Agentur zufolge wird Werschinin schwerer Betrug vorgeworfen. Bei einem Staatsauftrag über Wärmebildvisiere aus dem Jahr 2023 soll dem Haushalt ein Schaden von mehr als 1,2 Milliarden Rubel (rund 13 Millionen Euro) entstanden sein. Laut Interfax sollen Bauteile über eine auf Zypern registrierte Handelsfirma eingekauft und dem Unternehmen zu einem Vielfachen des Preises weiterverkauft worden sein.

Werschinins früherer Finanzvorstand wurde demnach unter Hausarrest gestellt. Dem Ex-Chef drohen bis zu zehn Jahre Haft.

In Russland sind seit 2024 zahlreiche Manager aus der Rüstungsbranche und hochrangige Beamte des Verteidigungsministeriums wegen Korruption festgenommen worden. Beobachter sehen darin auch einen Machtkampf innerhalb der Sicherheitsapparate.
""",
}, [
 {"name": "Интерфакс", "in_corpus": False},
 {"name": "Коммерсантъ", "in_corpus": True},
], [
 {"origin": "Интерфакс", "article": "00_ru.txt"},
 {"origin": "Интерфакс", "article": "01_en.txt"},
 {"origin": "Интерфакс", "article": "02_uk.txt"},
 {"origin": "Интерфакс", "article": "03_de.txt"},
], [
 {"text": "A Moscow court arrested Oleg Vershinin, former head of Severny Kristall, for two months on large-scale fraud charges.",
  "articles": ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 2},
 {"text": "Investigators say components were bought through a Cyprus-registered trading firm and resold at several times their price.",
  "articles": ["01_en.txt", "02_uk.txt", "03_de.txt"], "independent_sources": 1},
])

# c06: two independent own courtroom reports (fr Le Monde, pl Rzeczpospolita); de without outlet
# line is an uncredited close translation of Le Monde published the next morning (edge from Le
# Monde); en Notes from Poland credits both (two edges).
story("c06_paris_trial_posted_workers", "independent_translation", {
"00_fr.txt": """Travail détaché : trois ans de prison pour le patron polonais qui avait « fait de la fraude un modèle économique »
Le Monde
10 juin 2027 à 19h32

Radosław Kmiecik a écouté le jugement sans ciller, les mains croisées sur le pupitre. Jeudi 10 juin, la 31e chambre du tribunal correctionnel de Paris a condamné le dirigeant de la société Wiślan Posting à trois ans d'emprisonnement, dont dix-huit mois avec sursis, et à 400 000 euros d'amende pour travail dissimulé et fraude aux cotisations sociales. Il lui est en outre interdit de gérer une entreprise pendant dix ans.

Entre 2022 et 2025, sa société avait détaché 212 ouvriers polonais et ukrainiens sur des chantiers d'Île-de-France, tout en continuant à déclarer la plupart d'entre eux comme travailleurs saisonniers en Pologne. Le préjudice pour l'Urssaf est évalué à 6,8 millions d'euros.

« Vous n'avez pas contourné la directive sur le détachement, vous en avez fait un modèle économique », a lancé la présidente, Claire Dubreuil, en lisant les motifs. Quatre entreprises françaises de sous-traitance, poursuivies pour avoir eu recours à ces ouvriers, ont été condamnées à des amendes allant de 30 000 à 120 000 euros.

Durant les trois jours d'audience, en mai, plusieurs ouvriers étaient venus raconter les journées de onze heures et les logements partagés à huit dans des pavillons de Seine-Saint-Denis. Aucun d'eux n'était présent jeudi soir.

Le parquet avait requis quatre ans, dont deux avec sursis. La défense dispose de dix jours pour faire appel.
""",
"01_pl.txt": """Paryż: trzy lata więzienia dla polskiego przedsiębiorcy za oszustwa przy delegowaniu pracowników
Rzeczpospolita
10.06.2027, 21:05

Sąd karny w Paryżu skazał w czwartek Radosława Kmiecika, prezesa firmy Wiślan Posting, na trzy lata więzienia, z czego półtora roku w zawieszeniu, oraz 400 tys. euro grzywny. Korespondent „Rzeczpospolitej" był na sali rozpraw, gdy przewodnicząca składu odczytywała wyrok.

Sąd uznał, że w latach 2022–2025 spółka delegowała do pracy na budowach w regionie paryskim 212 Polaków i Ukraińców, ale większość z nich nadal zgłaszała w Polsce jako pracowników sezonowych. Francuski zakład ubezpieczeń społecznych URSSAF wycenił straty na 6,8 mln euro. Kmiecik ma też dziesięcioletni zakaz kierowania firmą we Francji.

– Mój klient jest rozczarowany. Złożymy apelację, bo sąd nie wziął pod uwagę, że spółka działała na podstawie zaświadczeń A1 wydanych przez polski ZUS – powiedział „Rzeczpospolitej" po ogłoszeniu wyroku obrońca przedsiębiorcy, mecenas Pierre-Henri Vasseur.

Grzywny od 30 do 120 tys. euro dostały także cztery francuskie firmy podwykonawcze, które korzystały z pracy delegowanych robotników.

Sprawa Wiślan Posting była jedną z największych we Francji dotyczących nadużyć przy delegowaniu pracowników z Europy Środkowej. Francuskie służby od kilku lat prowadzą kontrole na placach budowy, także w związku z inwestycjami olimpijskimi.
""",
"02_de.txt": """Entsendebetrug: Drei Jahre Haft für polnischen Firmenchef in Paris
11.06.2027 09:50

Radosław Kmiecik hörte das Urteil ohne eine Miene zu verziehen, die Hände auf dem Pult verschränkt. Am Donnerstag verurteilte die 31. Kammer des Pariser Strafgerichts den Chef der Firma Wiślan Posting zu drei Jahren Haft, davon 18 Monate auf Bewährung, und zu 400.000 Euro Geldstrafe wegen Schwarzarbeit und Sozialversicherungsbetrugs. Zudem darf er zehn Jahre lang kein Unternehmen leiten.

Zwischen 2022 und 2025 hatte seine Firma 212 polnische und ukrainische Arbeiter auf Baustellen im Großraum Paris entsandt, die meisten von ihnen in Polen aber weiter als Saisonkräfte gemeldet. Den Schaden für die französische Sozialversicherungskasse Urssaf beziffert das Gericht auf 6,8 Millionen Euro.

„Sie haben die Entsenderichtlinie nicht umgangen, Sie haben daraus ein Geschäftsmodell gemacht", sagte die Vorsitzende Richterin Claire Dubreuil bei der Urteilsbegründung. Vier französische Subunternehmen, die die Arbeiter eingesetzt hatten, erhielten Geldstrafen zwischen 30.000 und 120.000 Euro.

An den drei Verhandlungstagen im Mai hatten mehrere Arbeiter von Elf-Stunden-Tagen und Unterkünften berichtet, in denen sich acht Männer ein Haus teilten. Am Donnerstagabend war keiner von ihnen anwesend.

Die Staatsanwaltschaft hatte vier Jahre Haft gefordert, davon zwei auf Bewährung. Die Verteidigung kann binnen zehn Tagen Berufung einlegen.
""",
"03_en.txt": """Polish businessman jailed in France over posted workers fraud
Notes from Poland
11 June 2027

A Paris criminal court has sentenced the head of a Polish posting agency to three years in prison, half of it suspended, and fined him €400,000 for undeclared work and social security fraud involving more than 200 workers from Poland and Ukraine.

The ruling against Radosław Kmiecik, the head of Wiślan Posting, was handed down on Thursday evening, French daily Le Monde and Poland's Rzeczpospolita reported. Both newspapers had reporters in the courtroom.

According to the verdict as described by both papers, Kmiecik's company sent 212 workers to building sites around Paris between 2022 and 2025 while continuing to register most of them in Poland as seasonal workers. France's social security collection agency, URSSAF, put its losses at €6.8 million. Kmiecik was also banned from running a company for ten years, and four French subcontractors were fined between €30,000 and €120,000.

The case is one of the largest of its kind in France, where the use of workers posted from central and eastern Europe has long been politically sensitive. Under EU rules, posted workers can remain in their home country's social security system for up to two years, provided their employer holds a valid A1 certificate.

Poland is the largest sender of posted workers in the EU, with more than 600,000 certificates issued each year, according to official Polish data.
""",
}, [
 {"name": "Le Monde", "in_corpus": True},
 {"name": "Rzeczpospolita", "in_corpus": True},
], [
 {"origin": "Le Monde", "article": "02_de.txt"},
 {"origin": "Le Monde", "article": "03_en.txt"},
 {"origin": "Rzeczpospolita", "article": "03_en.txt"},
], [
 {"text": "A Paris court sentenced Radosław Kmiecik to three years in prison, 18 months suspended, and a 400,000-euro fine.",
  "articles": ["00_fr.txt", "01_pl.txt", "02_de.txt", "03_en.txt"], "independent_sources": 2},
 {"text": "The presiding judge said the company had turned the posted-workers directive into a business model.",
  "articles": ["00_fr.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "Kmiecik's lawyer said he would appeal.",
  "articles": ["01_pl.txt"], "independent_sources": 1},
])

# c07: Українська правда own scoop (two anonymous law-enforcement sources, detention report seen).
# en Kyiv Independent credits UP; fr Libération credits the Kyiv Independent "citant Oukraïnska
# Pravda" (chain, edge from The Kyiv Independent); pl Onet and ru Новая газета Европа (no date line)
# credit UP directly (genitive forms).
story("c07_scoop_chain_judge_bribe", "scoop_chain", {
"00_uk.txt": """НАБУ затримало суддю Київського апеляційного суду на хабарі у $70 тисяч – джерела
Українська правда
2027-06-24T08:30:00+03:00

Детективи Національного антикорупційного бюро в ніч на четвер затримали суддю Київського апеляційного суду Віталія Гнатюка під час отримання 70 тисяч доларів неправомірної вигоди. Про це «Українській правді» розповіли два джерела в правоохоронних органах.

За словами співрозмовників УП, гроші передавав представник агрофірми, яка судиться з місцевою громадою за земельну ділянку площею 3,2 гектара під Бучею. Суддя нібито обіцяв скасувати рішення першої інстанції на користь компанії.

«Його взяли на парковці біля ресторану на Столичному шосе, гроші лежали в коробці з-під цукерок», – сказав один із співрозмовників видання.

У розпорядженні «Української правди» є копія протоколу затримання. З документа випливає, що операція тривала з березня і проводилася під контролем Спеціалізованої антикорупційної прокуратури. Купюри, за даними протоколу, були заздалегідь помічені.

У НАБУ на запит УП відповіли, що «проводять невідкладні слідчі дії» і поки не коментують деталі. Сам Гнатюк на дзвінки не відповів.

Віталій Гнатюк працює суддею з 2011 року, до апеляційного суду його призначили у 2021-му. Згідно з його останньою декларацією, він володіє будинком у Київській області та двома автомобілями.
""",
"01_en.txt": """Anti-corruption bureau detains Kyiv appeals court judge over $70,000 bribe – media
The Kyiv Independent
June 24, 2027 12:10 PM

Detectives of the National Anti-Corruption Bureau (NABU) detained Kyiv Court of Appeal judge Vitaliy Hnatiuk overnight on June 24 while he was receiving a $70,000 bribe, Ukrainska Pravda reported, citing two sources in law enforcement.

The money was allegedly paid by a representative of an agricultural company involved in a dispute with a local community near Bucha over a 3.2-hectare plot of land, according to the outlet. In exchange, the judge reportedly promised to overturn a lower court's ruling in the company's favor.

Ukrainska Pravda said it had seen a copy of the detention report, which shows the operation had been running since March under the supervision of the Specialized Anti-Corruption Prosecutor's Office.

NABU has not yet officially commented on the detention. Hnatiuk did not respond to Ukrainska Pravda's calls.

Judicial reform and the fight against corruption in courts are among the key conditions for Ukraine's accession talks with the European Union.
""",
"02_fr.txt": """Ukraine : un juge de la cour d'appel de Kyiv interpellé en flagrant délit de corruption
Libération
24 juin 2027

Un juge de la cour d'appel de Kyiv, Vitali Hnatiouk, a été interpellé dans la nuit de mercredi à jeudi par le Bureau national anticorruption (NABU) alors qu'il recevait un pot-de-vin de 70 000 dollars, rapporte le média ukrainien anglophone The Kyiv Independent, citant Oukraïnska Pravda.

Selon le site, l'argent aurait été versé par le représentant d'une entreprise agricole en conflit avec une commune proche de Boutcha au sujet d'un terrain de 3,2 hectares. Le magistrat aurait promis d'annuler en appel une décision de première instance défavorable à la société.

L'opération, supervisée par le parquet spécialisé anticorruption, aurait été préparée depuis mars, d'après The Kyiv Independent.

La lutte contre la corruption dans la justice est l'une des conditions posées par Bruxelles dans le cadre des négociations d'adhésion de l'Ukraine à l'Union européenne. Plusieurs magistrats ont été arrêtés ces dernières années, dont l'ancien président de la Cour suprême en 2023.
""",
"03_pl.txt": """Ukraina: sędzia sądu apelacyjnego w Kijowie zatrzymany z łapówką
Onet
24 czerwca 2027, 15:44

Detektywi Narodowego Biura Antykorupcyjnego Ukrainy (NABU) zatrzymali sędziego Sądu Apelacyjnego w Kijowie Witalija Hnatiuka w chwili przyjmowania 70 tys. dolarów łapówki – poinformowała „Ukraińska Prawda", powołując się na dwa źródła w organach ścigania.

Według „Ukraińskiej Prawdy" pieniądze przekazał przedstawiciel firmy rolniczej, która spiera się z samorządem pod Buczą o działkę o powierzchni 3,2 ha. W zamian sędzia miał obiecać uchylenie niekorzystnego dla spółki wyroku sądu pierwszej instancji.

„Wzięli go na parkingu przy restauracji, pieniądze leżały w pudełku po czekoladkach" – cytuje jednego z informatorów portal. Dziennikarze „UP" zapoznali się też z kopią protokołu zatrzymania.

NABU nie skomentowało jeszcze oficjalnie sprawy.

Reforma sądownictwa to jeden z warunków, które Unia Europejska postawiła Ukrainie w negocjacjach akcesyjnych. W 2023 r. NABU zatrzymało ówczesnego prezesa Sądu Najwyższego Ukrainy.
""",
"04_ru.txt": """В Киеве на взятке задержали судью апелляционного суда
Новая газета Европа

Детективы Национального антикоррупционного бюро Украины (НАБУ) задержали судью Киевского апелляционного суда Виталия Гнатюка при получении 70 тысяч долларов. Об этом сообщила «Украинская правда» со ссылкой на двух собеседников в правоохранительных органах.

По данным издания, деньги передал представитель агрофирмы, которая судится с местной громадой за участок площадью 3,2 гектара под Бучей. Судья якобы обещал отменить решение суда первой инстанции в пользу компании.

«Его взяли на парковке у ресторана, деньги лежали в коробке из-под конфет», — цитирует УП одного из источников. Как пишет «Украинская правда», операция велась с марта под контролем Специализированной антикоррупционной прокуратуры.

В НАБУ изданию ответили, что проводят неотложные следственные действия, и от деталей отказались. Сам Гнатюк, по информации УП, на звонки журналистов не ответил.

Виталий Гнатюк работает судьей с 2011 года, в апелляционный суд его назначили в 2021-м. Согласно его последней декларации, на которую ссылается «Украинская правда», у него есть дом в Киевской области и два автомобиля.

Борьба с коррупцией в судах остается одним из ключевых условий переговоров о вступлении Украины в Евросоюз. В 2023 году НАБУ задержало тогдашнего председателя Верховного суда Украины.
""",
}, [
 {"name": "Українська правда", "in_corpus": True},
], [
 {"origin": "Українська правда", "article": "01_en.txt"},
 {"origin": "The Kyiv Independent", "article": "02_fr.txt"},
 {"origin": "Українська правда", "article": "03_pl.txt"},
 {"origin": "Українська правда", "article": "04_ru.txt"},
], [
 {"text": "NABU detained Kyiv Court of Appeal judge Vitaliy Hnatiuk while he was receiving a $70,000 bribe.",
  "articles": ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_pl.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "The bribe was allegedly paid by an agricultural company to overturn a ruling in a dispute over a 3.2-hectare plot near Bucha.",
  "articles": ["00_uk.txt", "01_en.txt", "02_fr.txt", "03_pl.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "The money was handed over in a chocolate box in a restaurant car park.",
  "articles": ["00_uk.txt", "03_pl.txt", "04_ru.txt"], "independent_sources": 1},
])

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
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 106 (courts, prosecutors and justice; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
