#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand79 set (real outlet, journal and
institution names; every study, statement, event and person is invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# r01: a study in the journal Nature (outside the corpus) relayed by four outlets, none of which
# talks to the authors: en "according to a study published on Wednesday in the journal Nature" +
# "the authors write"; de "berichten Forschende … im Fachjournal Nature"; uk "йдеться в статті,
# опублікованій у журналі Nature"; fr "selon une étude parue mercredi dans la revue Nature".
story("r01_journal_nature_fungus_pfas", "journal", {
"00_en.txt": """Enzyme from birch fungus breaks down 'forever chemical' PFOA in lab tests
The Guardian
2027-03-10T16:00:00+00:00

An enzyme made by a bracket fungus that grows on birch trees in northern Norway can break down PFOA, one of the most persistent of the so-called forever chemicals, according to a study published on Wednesday in the journal Nature.

In laboratory tests the enzyme, which the researchers have named borealase, degraded 68% of the PFOA in contaminated water samples within 21 days. The work was carried out by a team at the Norwegian University of Science and Technology (NTNU) in Trondheim led by the biochemist Ingrid Mæhle.

"To our knowledge this is the first enzyme of natural origin shown to cleave the carbon-fluorine bond of PFOA at a measurable rate," the authors write in the paper.

The results come with caveats. The experiments were run at 30C in small glass flasks, and in soil samples the enzyme removed only about a fifth of the chemical over the same period. The team writes that it plans a field trial on contaminated soil at a former military airfield near Bodø next year.

PFOA was used for decades in non-stick coatings and firefighting foams. It is banned in the EU but remains in soil and groundwater around airports and industrial sites, and has been linked to kidney cancer and thyroid disease.
""",
"01_de.txt": """Pilz-Enzym zersetzt Ewigkeitschemikalie PFOA
Süddeutsche Zeitung
10.03.2027 18:30

Ein Enzym aus einem Baumpilz, der in Nordnorwegen auf Birken wächst, kann die extrem langlebige Industriechemikalie PFOA abbauen. Das berichten Forschende der Technisch-Naturwissenschaftlichen Universität Norwegens (NTNU) in Trondheim im Fachjournal Nature.

Im Labor zersetzte das Enzym, das die Gruppe um die Biochemikerin Ingrid Mæhle „Borealase" getauft hat, innerhalb von 21 Tagen 68 Prozent des PFOA in verunreinigten Wasserproben. Es sei nach ihrem Wissen das erste natürliche Enzym, das die Kohlenstoff-Fluor-Bindung von PFOA messbar spalte, schreiben die Autorinnen und Autoren.

Im Boden wirkte das Enzym allerdings deutlich schwächer: Dort verschwand in derselben Zeit nur etwa ein Fünftel der Substanz. Im kommenden Jahr wollen die Forschenden einen Feldversuch auf belastetem Boden eines ehemaligen Militärflugplatzes bei Bodø beginnen.

PFOA gehört zu den per- und polyfluorierten Alkylverbindungen (PFAS), die wegen ihrer Beständigkeit als Ewigkeitschemikalien gelten. In der EU ist der Stoff verboten, findet sich aber weiterhin im Grundwasser rund um Flughäfen und Industrieanlagen.
""",
"02_uk.txt": """Фермент із гриба розкладає «вічний хімікат» PFOA: дослідження в Nature
Українська правда. Життя
2027-03-11 09:15

Фермент, який виробляє трутовик, що росте на березах на півночі Норвегії, здатен розкладати PFOA (перфтороктанову кислоту) — одну з найстійкіших речовин із групи «вічних хімікатів». Про це йдеться в статті, опублікованій у науковому журналі Nature.

Дослідники Норвезького університету природничих і технічних наук (NTNU) у Тронгеймі під керівництвом біохімікині Інгрід Меле назвали фермент бореалазою. У лабораторних умовах він за 21 день розклав 68% PFOA у забруднених зразках води.

«Наскільки нам відомо, це перший фермент природного походження, який із вимірною швидкістю розриває зв'язок вуглець — фтор у PFOA», — пишуть автори статті.

Водночас у зразках ґрунту фермент працював значно гірше: за той самий час зникла лише приблизно п'ята частина речовини. PFOA десятиліттями використовували в антипригарних покриттях і протипожежних пінах; її пов'язують із раком нирки та хворобами щитоподібної залози.
""",
"03_fr.txt": """Un champignon du Grand Nord capable de dégrader un « polluant éternel »
Le Monde
11 mars 2027

Une enzyme produite par un champignon poussant sur les bouleaux du nord de la Norvège dégrade le PFOA, l'un des plus tenaces des « polluants éternels », selon une étude parue mercredi dans la revue Nature.

En laboratoire, cette enzyme, baptisée boréalase par l'équipe de la biochimiste Ingrid Mæhle, de l'Université norvégienne de sciences et de technologie (NTNU) à Trondheim, a éliminé 68 % du PFOA présent dans des échantillons d'eau contaminée en vingt et un jours.

Les auteurs soulignent qu'il s'agit, à leur connaissance, de la première enzyme d'origine naturelle capable de rompre la liaison carbone-fluor du PFOA à une vitesse mesurable. Dans le sol, son efficacité tombe toutefois à environ un cinquième.

L'équipe prévoit un essai sur le terrain l'an prochain, sur les sols pollués d'un ancien aérodrome militaire près de Bodø. Interdit dans l'Union européenne, le PFOA persiste dans les nappes phréatiques autour des aéroports et des sites industriels.
""",
}, [("Nature", False)],
[("Nature", "00_en.txt"), ("Nature", "01_de.txt"), ("Nature", "02_uk.txt"), ("Nature", "03_fr.txt")],
[("An enzyme from a Norwegian birch fungus, described by an NTNU team, broke down 68% of PFOA in contaminated water samples within 21 days in the lab.",
  ["00_en.txt", "01_de.txt", "02_uk.txt", "03_fr.txt"], 1),
 ("The team plans a field trial on contaminated soil at a former military airfield near Bodø.",
  ["00_en.txt", "01_de.txt", "03_fr.txt"], 1)])

# r02: a university's press release (ETH Zürich; results not yet peer reviewed, no journal) taken
# directly by four outlets: de "Das teilte die Hochschule am Dienstag mit" + "heisst es in der
# Mitteilung" + "wird … in der Mitteilung zitiert"; en "ETH Zurich said in a press release";
# fr "annonce l'École polytechnique fédérale de Zurich (EPFZ) dans un communiqué"; ru (no outlet
# line) "говорится в пресс-релизе Швейцарской высшей технической школы Цюриха (ETH Zürich)".
story("r02_press_release_eth_cortisol_patch", "press_release", {
"00_de.txt": """ETH-Pflaster misst Stresshormon im Schweiss
Neue Zürcher Zeitung
2027-04-06 10:40

Forschende der ETH Zürich haben ein hauchdünnes Pflaster entwickelt, das den Gehalt des Stresshormons Cortisol im Schweiss fortlaufend misst. Das teilte die Hochschule am Dienstag mit.

In einem ersten Test mit 48 Freiwilligen stimmten die Werte des Pflasters in 91 Prozent der Fälle mit jenen aus Speichelproben überein, heisst es in der Mitteilung. Das Pflaster sendet die Messwerte alle zehn Minuten per Funk an ein Mobiltelefon.

„Bisher musste man für einen Cortisol-Verlauf über den Tag ein Dutzend Mal in ein Röhrchen spucken", wird Projektleiterin Lea Brunner vom Departement Gesundheitswissenschaften und Technologie in der Mitteilung zitiert. Das Pflaster könne bei der Behandlung von Schlafstörungen und Burn-out helfen.

Die Ergebnisse sind noch nicht in einer Fachzeitschrift begutachtet worden; die Gruppe will sie im Juni an einer Fachtagung in Basel vorstellen. Die Herstellung eines Pflasters koste rund zwei Franken, schreibt die ETH.
""",
"01_en.txt": """Swiss researchers develop skin patch that tracks stress hormone in sweat
The Independent
2027-04-06T15:20:00+00:00

Researchers in Switzerland have built a thin skin patch that continuously measures levels of the stress hormone cortisol in sweat, ETH Zurich said in a press release on Tuesday.

In a first test with 48 volunteers, readings from the patch matched those from saliva samples in 91% of cases, according to the university. The patch sends a reading to a mobile phone every ten minutes.

"Until now, tracking cortisol through the day meant spitting into a tube a dozen times," project leader Lea Brunner said in the statement released by the university. The team hopes the patch could help doctors treating sleep disorders and burnout.

The findings have not yet been peer reviewed and will be presented at a conference in Basel in June, the release said.
""",
"02_fr.txt": """Un patch qui mesure le cortisol dans la sueur mis au point à Zurich
Le Temps
6 avril 2027

Des chercheurs zurichois ont conçu un patch ultrafin qui mesure en continu le taux de cortisol, l'hormone du stress, dans la sueur, annonce l'École polytechnique fédérale de Zurich (EPFZ) dans un communiqué publié mardi.

Lors d'un premier essai sur 48 volontaires, les valeurs du patch concordaient dans 91 % des cas avec celles de prélèvements de salive, précise le communiqué. « Jusqu'ici, il fallait cracher une douzaine de fois dans un tube pour suivre le cortisol sur une journée », y explique la cheffe de projet, Lea Brunner.

Selon l'EPFZ, la fabrication d'un patch coûte environ deux francs. Les chercheurs espèrent l'utiliser dans le suivi des troubles du sommeil et de l'épuisement professionnel.
""",
"03_ru.txt": """В Цюрихе создали пластырь, который измеряет гормон стресса в поте
07.04.2027 08:05

Исследователи из Швейцарии разработали тонкий пластырь, который непрерывно измеряет уровень гормона стресса кортизола в поте. Об этом говорится в пресс-релизе Швейцарской высшей технической школы Цюриха (ETH Zürich).

В первом испытании с участием 48 добровольцев показания пластыря совпали с результатами анализа слюны в 91% случаев. Данные каждые десять минут передаются на мобильный телефон.

«Раньше, чтобы проследить уровень кортизола в течение дня, нужно было десяток раз сплюнуть в пробирку», — приводятся в пресс-релизе слова руководителя проекта Леи Бруннер.

Результаты пока не прошли рецензирование в научном журнале. Команда представит их на конференции в Базеле в июне, сообщил университет.
""",
}, [("ETH Zürich", False)],
[("ETH Zürich", "00_de.txt"), ("ETH Zürich", "01_en.txt"), ("ETH Zürich", "02_fr.txt"), ("ETH Zürich", "03_ru.txt")],
[("ETH Zurich researchers developed a patch measuring cortisol in sweat whose readings matched saliva samples in 91% of cases in a test with 48 volunteers.",
  ["00_de.txt", "01_en.txt", "02_fr.txt", "03_ru.txt"], 1),
 ("The results are not yet peer reviewed and will be presented at a conference in Basel in June.",
  ["00_de.txt", "01_en.txt", "03_ru.txt"], 1)])

# r03: a WHO (Regional Office for Europe) statement taken directly by five outlets: en "the World
# Health Organization said on Monday" + "said … in the statement"; de "teilte die
# Weltgesundheitsorganisation (WHO) … mit"; uk "йдеться в заяві Європейського регіонального бюро
# ВООЗ"; ru "говорится в заявлении Всемирной организации здравоохранения"; fr (no date line)
# "a annoncé lundi l'Organisation mondiale de la santé (OMS)".
story("r03_who_statement_measles_europe", "official_statement", {
"00_en.txt": """Measles cases in Europe reach highest level in 30 years, WHO says
BBC News
2027-02-15 11:20

Measles cases in Europe and Central Asia rose to their highest level in three decades last year, the World Health Organization (WHO) said on Monday.

The WHO's regional office for Europe said 212,000 cases were recorded across the 53 countries of its region in 2026, up from about 127,000 the year before. Sixty-one people died, most of them children under five.

"Every one of these deaths could have been prevented by two doses of a vaccine that has been in use for more than fifty years," Dr Amara Lindqvist, who leads the office's work on vaccine-preventable diseases, said in the statement.

The largest outbreaks were in Kazakhstan, Romania and Ukraine, where 9,800 cases were reported. The WHO urged governments to run catch-up campaigns for children who missed vaccinations during the pandemic.
""",
"01_de.txt": """WHO: So viele Masernfälle in Europa wie seit 30 Jahren nicht
Deutsche Welle
15.02.2027 13:05

In Europa und Zentralasien sind im vergangenen Jahr so viele Menschen an Masern erkrankt wie seit drei Jahrzehnten nicht mehr. In den 53 Ländern der Region seien 2026 rund 212.000 Fälle registriert worden, teilte die Weltgesundheitsorganisation (WHO) in Kopenhagen mit. Im Jahr davor waren es etwa 127.000.

61 Menschen starben, die meisten von ihnen Kinder unter fünf Jahren. „Jeder dieser Todesfälle hätte durch zwei Dosen eines seit mehr als fünfzig Jahren bewährten Impfstoffs verhindert werden können", erklärte die WHO-Expertin Amara Lindqvist.

Die WHO rief die Regierungen auf, versäumte Impfungen bei Kindern nachzuholen.
""",
"02_uk.txt": """ВООЗ: кількість випадків кору в Європі — найвища за 30 років
Суспільне
2027-02-15T14:40:00+02:00

Торік у Європі та Центральній Азії зафіксували найбільше випадків кору за останні три десятиліття. Про це йдеться в заяві Європейського регіонального бюро Всесвітньої організації охорони здоров'я (ВООЗ), оприлюдненій у понеділок.

За даними ВООЗ, у 53 країнах регіону 2026 року виявили 212 тисяч випадків захворювання проти приблизно 127 тисяч роком раніше. В Україні зареєстрували 9800 випадків — це один із трьох найбільших спалахів у регіоні разом із Казахстаном і Румунією.

У ВООЗ закликали уряди провести додаткові кампанії вакцинації для дітей, які пропустили щеплення.
""",
"03_ru.txt": """ВОЗ: заболеваемость корью в Европе достигла максимума за 30 лет
Настоящее время
15.02.2027 16:10

Число случаев кори в Европе и Центральной Азии в 2026 году стало самым высоким за последние тридцать лет. Об этом говорится в заявлении Всемирной организации здравоохранения (ВОЗ), опубликованном в понедельник.

В 53 странах Европейского региона ВОЗ зарегистрировали 212 тысяч случаев, годом ранее — около 127 тысяч. Умер 61 человек, в основном дети младше пяти лет. Крупнейшие вспышки пришлись на Казахстан, Румынию и Украину, где выявили 9800 заболевших.

«Каждую из этих смертей можно было предотвратить двумя дозами вакцины, которую применяют больше пятидесяти лет», — заявила руководитель направления по управляемым инфекциям европейского бюро ВОЗ Амара Линдквист.
""",
"04_fr.txt": """Rougeole : l'Europe a connu en 2026 son pire bilan depuis trente ans
RFI

L'Europe et l'Asie centrale ont enregistré l'an dernier leur plus grand nombre de cas de rougeole depuis trois décennies, a annoncé lundi l'Organisation mondiale de la santé (OMS).

Quelque 212 000 cas ont été recensés en 2026 dans les 53 pays de la région européenne de l'OMS, contre environ 127 000 l'année précédente. Soixante et une personnes sont mortes, pour la plupart des enfants de moins de cinq ans.

L'OMS appelle les gouvernements à organiser des campagnes de rattrapage pour les enfants qui n'ont pas été vaccinés pendant la pandémie.
""",
}, [("World Health Organization", False)],
[("World Health Organization", "00_en.txt"), ("World Health Organization", "01_de.txt"),
 ("World Health Organization", "02_uk.txt"), ("World Health Organization", "03_ru.txt"),
 ("World Health Organization", "04_fr.txt")],
[("About 212,000 measles cases were recorded in the WHO European region in 2026, the highest in 30 years (up from about 127,000).",
  ["00_en.txt", "01_de.txt", "02_uk.txt", "03_ru.txt", "04_fr.txt"], 1),
 ("61 people died of measles in the region in 2026, most of them children under five.",
  ["00_en.txt", "01_de.txt", "03_ru.txt", "04_fr.txt"], 1),
 ("Ukraine recorded 9,800 measles cases, one of the largest outbreaks in the region.",
  ["00_en.txt", "02_uk.txt", "03_ru.txt"], 1)])

# r04: AFP's own reporting (a regional health official told AFP), relayed by five outlets:
# fr "a indiqué lundi à l'AFP" + "(Avec AFP)"; en (no outlet line, title suffix "| Euronews")
# "told AFP" + "AFP reported"; de "wie die Nachrichtenagentur AFP berichtete" + "sagte … der AFP";
# ru "сообщает агентство Франс Пресс" + "рассказала AFP"; uk "повідомляє агентство Франс Прес".
story("r04_agency_afp_dengue_herault", "agency", {
"00_fr.txt": """Dengue : quatorze cas autochtones dans l'Hérault, un record en métropole
Le Figaro
2027-08-19 17:45

Quatorze cas de dengue autochtone ont désormais été confirmés dans l'Hérault, ce qui en fait le plus important foyer de transmission locale jamais observé en France métropolitaine, a indiqué lundi à l'AFP l'Agence régionale de santé (ARS) d'Occitanie.

Tous les malades habitent ou travaillent dans le quartier de Celleneuve, à Montpellier, et aucun n'avait voyagé dans une zone où le virus circule, a précisé à l'agence le Dr Hélène Castagnier, médecin épidémiologiste à l'ARS. Deux patients ont été hospitalisés ; leur état n'inspire pas d'inquiétude.

Des opérations de démoustication ont été menées dans la nuit de dimanche à lundi dans un rayon de 200 mètres autour des domiciles des malades, et une nouvelle campagne est prévue jeudi.

(Avec AFP)
""",
"01_en.txt": """Dengue cluster in southern France grows to 14 locally acquired cases | Euronews
2027-08-19T18:30:00+02:00

Fourteen locally acquired cases of dengue fever have been confirmed in the southern French department of Hérault, the largest cluster of local transmission ever recorded in mainland France, regional health authorities told AFP on Monday.

All of the patients live or work in the Celleneuve district of Montpellier and none had travelled to an area where the virus circulates, epidemiologist Hélène Castagnier of the regional health agency told AFP. Two patients were taken to hospital.

Mosquito-control teams sprayed a 200-metre radius around the patients' homes overnight, and another round is planned for Thursday, AFP reported.
""",
"02_de.txt": """Südfrankreich: Größter Dengue-Ausbruch mit lokaler Übertragung
Der Standard
19. August 2027

Im südfranzösischen Département Hérault sind 14 Dengue-Fälle bestätigt worden, bei denen sich die Betroffenen im Land selbst angesteckt haben. Das sei der größte derartige Ausbruch, der je auf dem französischen Festland verzeichnet wurde, wie die Nachrichtenagentur AFP unter Berufung auf die regionale Gesundheitsbehörde ARS berichtete.

Alle Erkrankten lebten oder arbeiteten im Montpellierer Viertel Celleneuve und seien nicht in Risikogebiete gereist, sagte die Epidemiologin Hélène Castagnier der AFP.
""",
"03_ru.txt": """Во Франции выявили крупнейший очаг местной передачи лихорадки денге
Новая газета Европа
19.08.2027 20:10

В департаменте Эро на юге Франции подтверждены 14 случаев лихорадки денге, которыми люди заразились на месте, сообщает агентство Франс Пресс. Это крупнейший очаг местной передачи вируса в континентальной Франции за всё время наблюдений.

Все заболевшие живут или работают в районе Селльнёв в Монпелье и не выезжали в страны, где циркулирует вирус, рассказала AFP эпидемиолог регионального агентства здравоохранения Элен Кастанье. Двое пациентов госпитализированы.

Вокруг домов заболевших провели обработку от комаров в радиусе 200 метров, следующая обработка запланирована на четверг.
""",
"04_uk.txt": """На півдні Франції зафіксували рекордний спалах денге
Громадське
20.08.2027 07:30

У французькому департаменті Еро підтвердили 14 випадків лихоманки денге, якою люди заразилися на місці. Це найбільший осередок місцевої передачі вірусу в континентальній Франції, повідомляє агентство Франс Прес з посиланням на регіональну агенцію охорони здоров'я.

Усі хворі мешкають або працюють у кварталі Сельнев у Монпельє і не подорожували до країн, де поширений вірус. Двох пацієнтів госпіталізували.
""",
}, [("AFP", False)],
[("AFP", "00_fr.txt"), ("AFP", "01_en.txt"), ("AFP", "02_de.txt"), ("AFP", "03_ru.txt"), ("AFP", "04_uk.txt")],
[("Fourteen locally acquired dengue cases were confirmed in Hérault, the largest local-transmission cluster ever recorded in mainland France.",
  ["00_fr.txt", "01_en.txt", "02_de.txt", "03_ru.txt", "04_uk.txt"], 1),
 ("Mosquito-control spraying was carried out within 200 metres of the patients' homes, with another round planned for Thursday.",
  ["00_fr.txt", "01_en.txt", "03_ru.txt"], 1)])

# r05: a newspaper's own interview with a study author (unpublished cohort data) in Der Spiegel,
# relayed by three outlets that credit the in-corpus magazine (chain Der Spiegel → en, ru, uk):
# own "sagt … im Gespräch mit dem SPIEGEL" + "hat sie dem SPIEGEL vorab gezeigt"; en "told the
# German news magazine Der Spiegel in an interview"; ru "рассказала в интервью немецкому журналу
# Der Spiegel" + "По её словам"; uk "розповіла в інтерв'ю німецькому журналу Der Spiegel" +
# "сказала вона «Шпігелю»".
story("r05_own_interview_spiegel_long_covid", "own_interview", {
"00_de.txt": """Long Covid: Jeder Fünfte ist nach drei Jahren noch nicht genesen
Der Spiegel
2027-05-03 08:00

Drei Jahre nach einer Corona-Infektion leidet fast jeder fünfte Betroffene mit Long Covid noch immer unter Beschwerden. Das zeigen bislang unveröffentlichte Daten einer Langzeitstudie der Universität Leipzig, die deren Leiterin, die Epidemiologin Katrin Oberholzer, dem SPIEGEL vorab gezeigt hat.

Die Studie begleitet seit 2024 rund 9400 Erwachsene aus Sachsen, die nach einer Infektion anhaltende Symptome entwickelt hatten. 19 Prozent von ihnen berichten nach drei Jahren weiter über Erschöpfung, Atemnot oder Konzentrationsprobleme. „Wir hatten gehofft, dass die Kurve nach zwei Jahren flacher wird. Das ist leider nicht passiert", sagt Oberholzer im Gespräch mit dem SPIEGEL.

Frauen seien etwa doppelt so häufig betroffen wie Männer, sagt die Forscherin. Wer vor der Infektion regelmäßig Sport getrieben habe, erhole sich dagegen schneller.

Oberholzer will die Ergebnisse im Sommer bei einer Fachzeitschrift einreichen. Sie fordert mehr spezialisierte Ambulanzen: „Viele Patienten warten in Sachsen länger als ein halbes Jahr auf einen Termin."
""",
"01_en.txt": """One in five long Covid patients still ill after three years, German study leader says
The Telegraph
2027-05-03 14:10

Almost one in five people with long Covid still have symptoms three years after their infection, the head of a large German study told the news magazine Der Spiegel in an interview published on Monday.

Katrin Oberholzer, an epidemiologist at Leipzig University, has followed about 9,400 adults in Saxony since 2024. Nineteen per cent of them still report fatigue, breathlessness or problems concentrating, she told Der Spiegel. Women were affected about twice as often as men.

"We had hoped the curve would flatten after two years. Sadly that has not happened," Oberholzer said. The data have not yet been published; she told the magazine she plans to submit them to a journal this summer.
""",
"02_ru.txt": """Почти каждый пятый пациент с постковидом не выздоровел и через три года — исследование
Медуза
03.05.2027 17:30

Почти каждый пятый человек с долгим ковидом продолжает страдать от симптомов спустя три года после заражения. Об этом рассказала в интервью немецкому журналу Der Spiegel эпидемиолог Лейпцигского университета Катрин Оберхольцер, которая руководит крупным исследованием.

С 2024 года ученые наблюдают около 9400 взрослых жителей Саксонии. По ее словам, 19% участников по-прежнему жалуются на усталость, одышку и проблемы с концентрацией. Женщины страдают примерно вдвое чаще мужчин.
""",
"03_uk.txt": """Майже кожен п'ятий хворий на довгий ковід не одужав і через три роки
Українська правда
2027-05-04T09:00:00+03:00

Майже кожен п'ятий пацієнт із довгим ковідом досі має симптоми через три роки після інфікування. Про це розповіла в інтерв'ю німецькому журналу Der Spiegel епідеміологиня Лейпцизького університету Катрін Оберхольцер.

Її команда з 2024 року спостерігає за приблизно 9400 дорослими із Саксонії. 19% із них і досі скаржаться на втому, задишку та проблеми з концентрацією. «Ми сподівалися, що після двох років крива стане пологішою. На жаль, цього не сталося», — сказала вона «Шпігелю».

Дані ще не опубліковані: дослідниця планує подати їх до наукового журналу влітку.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("Der Spiegel", "02_ru.txt"), ("Der Spiegel", "03_uk.txt")],
[("About 19% of some 9,400 long Covid patients in a Leipzig University cohort still have symptoms three years after infection.",
  ["00_de.txt", "01_en.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("Women are affected about twice as often as men.",
  ["00_de.txt", "01_en.txt", "02_ru.txt"], 1),
 ("The data are unpublished and the study leader plans to submit them to a journal in the summer.",
  ["00_de.txt", "01_en.txt", "03_uk.txt"], 1)])

# r06: own reporting by Суспільне (correspondent in the ward, surgeon "розповів Суспільному");
# 01_ru is an uncredited close Russian translation published the next morning (keeps "рассказал
# нашему корреспонденту", no credit): edge from Суспільне; de credits "der ukrainische
# öffentlich-rechtliche Rundfunk Suspilne"; en (no date line) credits "public broadcaster Suspilne".
story("r06_translation_suspilne_lung_transplant", "translation", {
"00_uk.txt": """У Львові вперше в Україні пересадили легені від живих донорів
Суспільне
2027-06-14 12:15

Хірурги Першого медичного об'єднання Львова вперше в Україні пересадили частки легень від живих донорів. Легені отримала 16-річна Софія з муковісцидозом, донорами стали її батьки. Кореспондентка Суспільного побувала у відділенні, де дівчина відновлюється після операції.

Операція тривала 11 годин і відбулася 2 червня. Кожен із батьків віддав одну нижню частку легені. «Ми готувалися до цього майже рік, двічі їздили на стажування до Відня», — розповів Суспільному керівник хірургічної бригади Андрій Мельничук.

За словами лікаря, Софія вже дихає самостійно, без кисневої підтримки, а її батьків виписали додому. Дівчину планують виписати наприкінці липня.

У лікарні кажуть, що наступного року хочуть проводити до п'яти таких операцій.
""",
"01_ru.txt": """Во Львове впервые в Украине пересадили легкие от живых доноров
Страна.ua
15.06.2027 09:40

Хирурги Первого медицинского объединения Львова впервые в Украине пересадили доли легких от живых доноров. Легкие получила 16-летняя София с муковисцидозом, донорами стали ее родители.

Операция длилась 11 часов и прошла 2 июня. Каждый из родителей отдал одну нижнюю долю легкого. «Мы готовились к этому почти год, дважды ездили на стажировку в Вену», — рассказал нашему корреспонденту руководитель хирургической бригады Андрей Мельничук.

По словам врача, София уже дышит самостоятельно, без кислородной поддержки, а ее родителей выписали домой. Девушку планируют выписать в конце июля.

В больнице говорят, что в следующем году хотят проводить до пяти таких операций.
""",
"02_de.txt": """Ukraine: Erste Lungentransplantation von lebenden Spendern in Lwiw
Frankfurter Allgemeine Zeitung
14. Juni 2027

Chirurgen in Lwiw haben erstmals in der Ukraine Lungenlappen von lebenden Spendern transplantiert. Das berichtete der ukrainische öffentlich-rechtliche Rundfunk Suspilne. Empfängerin ist eine 16-Jährige mit Mukoviszidose, gespendet haben ihre Eltern.

Der Eingriff am 2. Juni habe elf Stunden gedauert, sagte der Leiter des Chirurgenteams, Andrij Melnytschuk, dem Sender. Die Patientin atme inzwischen ohne Sauerstoffunterstützung.
""",
"03_en.txt": """Lviv surgeons perform Ukraine's first living-donor lung transplant
The Kyiv Independent

Surgeons in Lviv have carried out Ukraine's first lung transplant from living donors, public broadcaster Suspilne reported on June 14.

A 16-year-old girl with cystic fibrosis received a lower lobe from each of her parents in an 11-hour operation on June 2. "We prepared for this for almost a year," lead surgeon Andrii Melnychuk told Suspilne. The girl is now breathing without oxygen support, according to the report.
""",
}, [("Суспільне", True)],
[("Суспільне", "01_ru.txt"), ("Суспільне", "02_de.txt"), ("Суспільне", "03_en.txt")],
[("Lviv surgeons performed Ukraine's first lung transplant from living donors, on a 16-year-old girl with cystic fibrosis whose parents were the donors.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 ("The operation on 2 June lasted 11 hours.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 ("The hospital wants to perform up to five such operations next year.",
  ["00_uk.txt", "01_ru.txt"], 1)])

# r07: two independent studies on the same question (does metformin protect the knee joint?): a
# randomised trial in The New England Journal of Medicine (Monash University) and a Danish registry
# study in The Lancet (Aarhus University), both outside the corpus. en reports the NEJM trial only,
# de and uk the Lancet study only, fr and ru both. The shared finding has two roots.
story("r07_two_studies_metformin_knee", "independent_studies", {
"00_en.txt": """Diabetes drug metformin may slow onset of knee arthritis, trial finds
The Guardian
2027-09-23T22:30:00+01:00

The cheap diabetes drug metformin may delay the onset of knee osteoarthritis in people at high risk, according to a randomised trial published in the New England Journal of Medicine.

The trial, led by researchers at Monash University in Melbourne, followed 1,240 adults aged 50 to 75 who were overweight and had knee pain but no diagnosis of arthritis. Over four years, those given metformin were 27% less likely to be diagnosed with knee osteoarthritis than those given a placebo.

"Metformin appears to reduce low-grade inflammation in the joint lining," the authors, led by Prof Priya Raman, wrote in the journal. They cautioned that the drug caused stomach upsets in about one in eight participants.
""",
"01_de.txt": """Diabetesmittel Metformin schützt womöglich das Kniegelenk
ZEIT ONLINE
24.09.2027 06:50

Menschen mit Typ-2-Diabetes, die das Medikament Metformin einnehmen, erkranken seltener an Kniearthrose. Das schreiben Forschende der Universität Aarhus im Fachblatt The Lancet.

Das Team um den Epidemiologen Mikkel Sørvad wertete die Daten von rund 310.000 Menschen aus dem dänischen Gesundheitsregister aus. Wer Metformin nahm, hatte über zehn Jahre ein um 31 Prozent geringeres Risiko für eine Kniearthrose als Diabetiker, die andere Medikamente erhielten.

Eine Registerstudie könne keinen ursächlichen Zusammenhang belegen, schreiben die Autoren. Sie empfehlen, Metformin in klinischen Studien gezielt zu prüfen.
""",
"02_fr.txt": """Arthrose du genou : deux études plaident pour un vieux médicament du diabète
Le Monde
24 septembre 2027

Deux études publiées cette semaine, l'une dans le New England Journal of Medicine, l'autre dans The Lancet, suggèrent que la metformine, un antidiabétique bon marché, pourrait protéger contre l'arthrose du genou.

La première, un essai randomisé mené par l'université Monash de Melbourne auprès de 1 240 adultes en surpoids souffrant de douleurs au genou, montre un risque d'arthrose réduit de 27 % sur quatre ans dans le groupe traité par rapport au placebo.

La seconde, conduite par l'université d'Aarhus à partir des registres de santé danois, porte sur environ 310 000 diabétiques : ceux qui prenaient de la metformine avaient un risque inférieur de 31 % sur dix ans.

Les deux équipes ont travaillé indépendamment l'une de l'autre, avec des méthodes différentes.
""",
"03_ru.txt": """Два исследования: метформин может защищать от артроза коленного сустава
Медуза
2027-09-24 12:00

Дешевый препарат от диабета метформин может снижать риск артроза коленного сустава. К такому выводу независимо друг от друга пришли авторы двух исследований, опубликованных на этой неделе в журналах The New England Journal of Medicine и The Lancet.

В рандомизированном испытании Университета Монаша в Мельбурне участвовали 1240 взрослых с лишним весом и болями в колене. За четыре года у принимавших метформин артроз диагностировали на 27% реже, чем в группе плацебо.

Ученые из Орхусского университета проанализировали данные датских медицинских регистров о примерно 310 тысячах людей с диабетом. У тех, кто принимал метформин, риск артроза колена за десять лет оказался на 31% ниже.
""",
"04_uk.txt": """Ліки від діабету метформін можуть захищати від артрозу колін — дослідження
ЛІГА.net
24.09.2027 15:30

Люди з діабетом 2 типу, які приймають метформін, рідше хворіють на артроз колінного суглоба. Про це йдеться в дослідженні вчених Орхуського університету, опублікованому в медичному журналі The Lancet.

Дослідники проаналізували дані датського реєстру про приблизно 310 тисяч людей. Ризик артрозу колін упродовж десяти років у тих, хто приймав метформін, був на 31% нижчим.

Автори наголошують, що реєстрове дослідження не доводить причинного зв'язку.
""",
}, [("The New England Journal of Medicine", False), ("The Lancet", False)],
[("The New England Journal of Medicine", "00_en.txt"), ("The Lancet", "01_de.txt"),
 ("The New England Journal of Medicine", "02_fr.txt"), ("The Lancet", "02_fr.txt"),
 ("The New England Journal of Medicine", "03_ru.txt"), ("The Lancet", "03_ru.txt"),
 ("The Lancet", "04_uk.txt")],
[("Taking metformin is linked to a lower risk of knee osteoarthritis.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_ru.txt", "04_uk.txt"], 2),
 ("In a randomised trial of 1,240 adults led by Monash University, metformin cut knee osteoarthritis diagnoses by 27% over four years versus placebo.",
  ["00_en.txt", "02_fr.txt", "03_ru.txt"], 1),
 ("A Danish registry study of about 310,000 people with diabetes found a 31% lower knee osteoarthritis risk over ten years in metformin users.",
  ["01_de.txt", "02_fr.txt", "03_ru.txt", "04_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 79 (science and health news; real outlet, journal "
                       "and institution names, invented studies, statements and people); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for _, a in relays:
            assert a in names, (id, a)
        for _, ca, _ in claims:
            for a in ca:
                assert a in names, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": k} for t, ca, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
