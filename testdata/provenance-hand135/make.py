#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand135 set.

Mining and raw materials. Outlet and agency names are real media; every event, person, company,
mine, figure and quote is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))
def O(name, in_corpus):
    return {"name": name, "in_corpus": in_corpus}
def E(origin, article):
    return {"origin": origin, "article": article}
def C(text, articles, n):
    return {"text": text, "articles": articles, "independent_sources": n}

# s01: outside wire agency PAP (Polska Agencja Prasowa) relayed 4x. pl "poinformowała w środę rano
# Polska Agencja Prasowa" + "powiedział PAP" + "Jak podaje agencja"; uk "як передає Польська агенція
# преси (PAP)" + "За даними агентства" + "повідомив агентству"; de "berichtete die polnische
# Nachrichtenagentur PAP am Mittwochmorgen" (end of sentence) + "sagte … der Agentur"; es (no date
# line) "informó este miércoles la agencia polaca PAP" + "Según la agencia" + "declaró a PAP".
story("s01_agency_methane_rybnik", "agency", {
"00_pl.txt": """Wybuch metanu w kopalni Wrzosy. Trzech górników zaginionych, trwa akcja ratownicza
Rzeczpospolita
2027-03-10 08:45

W nocy z wtorku na środę w kopalni węgla kamiennego Wrzosy w Rybniku doszło do wybuchu metanu. Pod ziemią pozostaje trzech górników, z którymi nie ma kontaktu – poinformowała w środę rano Polska Agencja Prasowa.

Do zapalenia i wybuchu metanu doszło ok. godz. 23.20 w rejonie ściany wydobywczej na poziomie 860 metrów. W zagrożonym rejonie pracowało wówczas 14 górników. Jedenastu z nich wyjechało na powierzchnię o własnych siłach lub z pomocą kolegów, dwóch z poparzeniami trafiło do Centrum Leczenia Oparzeń w Siemianowicach Śląskich.

– Ratownicy posuwają się w kierunku miejsca, w którym prawdopodobnie znajdują się zaginieni. Warunki są bardzo trudne, stężenie metanu wciąż przekracza dopuszczalne normy – powiedział PAP rzecznik Śląskiego Holdingu Węglowego Tomasz Gawlik.

Jak podaje agencja, w akcji uczestniczy dziewięć zastępów ratowniczych, w tym specjaliści z Centralnej Stacji Ratownictwa Górniczego w Bytomiu. Przed wybuchem czujniki w rejonie ściany rejestrowały stężenie metanu na poziomie ok. 2 proc.

Wrzosy należą do najbardziej metanowych zakładów w regionie. W 2021 r. w tej samej kopalni doszło do zapalenia metanu, w wyniku którego poparzonych zostało czterech pracowników. Kopalnia zatrudnia ok. 3,1 tys. osób i wydobywa rocznie ok. 2,4 mln ton węgla koksowego.

Przyczyny zdarzenia wyjaśni specjalna komisja powołana przez Wyższy Urząd Górniczy. Prokuratura Rejonowa w Rybniku wszczęła śledztwo w sprawie narażenia pracowników na niebezpieczeństwo utraty życia.
""",
"01_uk.txt": """У Польщі на вугільній шахті стався вибух метану, доля трьох гірників невідома
Європейська правда
10.03.2027 10:20

На вугільній шахті «Вжоси» у польському Рибнику в ніч проти середи стався вибух метану. Троє гірників залишаються під землею, зв'язку з ними немає, як передає Польська агенція преси (PAP).

За даними агентства, вибух стався близько 23:20 за місцевим часом у районі видобувної лави на глибині 860 метрів. У небезпечній зоні тоді працювали 14 гірників. Одинадцятеро вибралися на поверхню, двох з опіками доставили до спеціалізованого опікового центру в Сем'яновіце-Шльонських.

«Рятувальники просуваються до місця, де ймовірно перебувають зниклі. Умови дуже складні, концентрація метану досі перевищує допустимі норми», — повідомив агентству речник компанії-власника Śląski Holding Węglowy Томаш Гавлік.

У пошуково-рятувальній операції задіяні дев'ять гірничорятувальних загонів. Шахта «Вжоси» вважається однією з найбільш небезпечних за вмістом метану в Сілезії: у 2021 році там уже сталося займання газу, тоді опіки отримали четверо працівників.

Польща залишається найбільшим виробником кам'яного вугілля в Європейському Союзі, хоча уряд і гірничі профспілки домовилися поступово закрити шахти до 2049 року.

Для з'ясування причин аварії польський Вищий гірничий нагляд створив спеціальну комісію.
""",
"02_de.txt": """Methanexplosion in polnischem Bergwerk – drei Kumpel vermisst
Frankfurter Allgemeine Zeitung
10. März 2027

In einem Steinkohlebergwerk im oberschlesischen Rybnik hat sich in der Nacht zum Mittwoch eine Methanexplosion ereignet. Drei Bergleute werden vermisst, berichtete die polnische Nachrichtenagentur PAP am Mittwochmorgen.

Die Explosion ereignete sich demnach gegen 23.20 Uhr in 860 Metern Tiefe im Bereich eines Abbaustrebs der Grube Wrzosy. Von den 14 Männern, die dort arbeiteten, gelangten elf an die Oberfläche; zwei von ihnen kamen mit Verbrennungen in eine Spezialklinik.

„Die Rettungskräfte arbeiten sich zu der Stelle vor, an der wir die Vermissten vermuten. Die Bedingungen sind sehr schwierig, die Methankonzentration liegt immer noch über den zulässigen Werten“, sagte Tomasz Gawlik, Sprecher des Betreibers Śląski Holding Węglowy, der Agentur. Neun Grubenwehrtrupps seien im Einsatz.

Wrzosy gilt als eine der am stärksten methanbelasteten Zechen der Region. Bereits 2021 hatte sich dort Grubengas entzündet, vier Arbeiter erlitten damals Verbrennungen. Das Bergwerk beschäftigt rund 3100 Menschen und fördert vor allem Kokskohle für die Stahlindustrie.

Polen deckt noch immer einen großen Teil seines Strombedarfs mit Kohle. Grubenunglücke durch Methan sind in den tiefen Schächten Oberschlesiens keine Seltenheit; die polnische Bergbaubehörde hat eine Kommission zur Untersuchung der Ursache eingesetzt.
""",
"03_es.txt": """Tres mineros desaparecidos tras una explosión de metano en una mina de carbón de Polonia
La Vanguardia

Tres mineros se encuentran desaparecidos tras una explosión de metano ocurrida en la noche del martes en la mina de carbón Wrzosy, en la ciudad polaca de Rybnik, en la región de Silesia, informó este miércoles la agencia polaca PAP.

Según la agencia, la deflagración se produjo hacia las 23.20 horas en una galería de explotación situada a 860 metros de profundidad, donde trabajaban en ese momento 14 mineros. Once lograron salir a la superficie y dos de ellos fueron trasladados con quemaduras a un centro especializado.

"Los equipos de rescate avanzan hacia el lugar donde probablemente se encuentran los desaparecidos. Las condiciones son muy difíciles y la concentración de metano sigue superando los niveles permitidos", declaró a PAP el portavoz de la empresa operadora, Tomasz Gawlik.

En las labores de búsqueda participan nueve equipos de salvamento minero. La mina Wrzosy, que emplea a unas 3.100 personas, es una de las más expuestas al metano de la cuenca silesia y ya sufrió un incendio de gas en 2021, en el que resultaron heridos cuatro trabajadores.

Polonia sigue siendo el mayor productor de carbón de la Unión Europea, aunque el Gobierno y los sindicatos mineros acordaron el cierre progresivo de las minas hasta 2049.
""",
}, [O("Polska Agencja Prasowa", False)],
[E("Polska Agencja Prasowa", "00_pl.txt"), E("Polska Agencja Prasowa", "01_uk.txt"),
 E("Polska Agencja Prasowa", "02_de.txt"), E("Polska Agencja Prasowa", "03_es.txt")],
[C("A methane explosion hit the Wrzosy coal mine in Rybnik overnight and three miners are missing.",
   ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_es.txt"], 1),
 C("Of 14 miners in the affected area, 11 reached the surface and two were taken to a burns unit.",
   ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_es.txt"], 1),
 C("Methane had already ignited at the Wrzosy mine in 2021, burning four workers.",
   ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_es.txt"], 1)])

# s02: in-corpus scoop by Diario Financiero (three anonymous sources + a draft seen by DF; the
# ministry's refusal to comment to DF is part of DF's report) relayed 3x. es own "según supo DF a
# partir de tres fuentes … que pidieron reserva de sus nombres" + "al que tuvo acceso este medio" +
# "dijo a DF"; en "business daily Diario Financiero reported on Tuesday, citing three people" +
# "the paper said"; de "Das berichtet die chilenische Wirtschaftszeitung „Diario Financiero“ unter
# Berufung auf" + "der dem Blatt vorliegt" + "zitiert die Zeitung"; pt (no date line) "segundo o
# jornal chileno Diario Financiero, que cita" + "De acordo com o DF" + "informou a publicação".
story("s02_scoop_lithium_chile", "scoop", {
"00_es.txt": """Gobierno alista decreto que obligará a procesar en Chile el 30% del litio antes de exportarlo
Diario Financiero
2027-04-06T07:10:00-04:00

El Ministerio de Minería prepara un decreto que obligaría a los productores de litio a procesar en el país al menos el 30% del carbonato de litio que extraen antes de poder exportarlo, según supo DF a partir de tres fuentes conocedoras de la iniciativa, que pidieron reserva de sus nombres.

De acuerdo con un borrador del texto, al que tuvo acceso este medio, la exigencia entraría en vigor en enero de 2028. A partir de esa fecha, las empresas que no acrediten el procesamiento local —por ejemplo, en plantas de cátodos o de hidróxido de litio— necesitarían una licencia de exportación anual otorgada por la Comisión Chilena del Cobre (Cochilco), cuyo volumen estaría sujeto a cuotas.

"La idea es que el valor agregado se quede en el norte y que no solo salga carbonato en sacos", dijo a DF una de las fuentes, que participa en las conversaciones entre Hacienda y Minería. Otra precisó que el borrador todavía no ha sido visado por la Secretaría General de la Presidencia y que "los porcentajes pueden moverse".

La medida alcanzaría a todos los productores que operan en los salares del norte, incluido el proyecto de Minera Pampa Roja en la Región de Antofagasta, adjudicado el año pasado, que planea producir 40.000 toneladas anuales a partir de 2029.

Consultado por DF, el Ministerio de Minería declinó comentar. En la industria, en tanto, el borrador ya genera inquietud: dos ejecutivos del sector señalaron a este diario que una cuota de exportación "sería una señal muy negativa para la inversión extranjera".

Chile es el segundo mayor productor de litio del mundo, detrás de Australia.
""",
"01_en.txt": """Chile drafting rule to force domestic processing of 30% of lithium output – report
MINING.COM
April 6, 2027

Chile's mining ministry is preparing a decree that would require lithium producers to process at least 30% of their lithium carbonate in the country before it can be shipped abroad, business daily Diario Financiero reported on Tuesday, citing three people with knowledge of the plan.

Under a draft seen by the Santiago-based newspaper, the requirement would take effect in January 2028. Companies unable to show local processing – in cathode or lithium hydroxide plants, for instance – would need an annual export licence issued by the Chilean Copper Commission (Cochilco), with volumes subject to quotas.

"The idea is that the added value stays in the north," one of the sources, who is involved in talks between the finance and mining ministries, told DF. Another said the draft had not yet been cleared by the presidency and that the percentages "could still move", the paper said.

The ministry declined to comment to Diario Financiero. Two industry executives quoted by the newspaper warned that an export quota would send "a very negative signal for foreign investment".

The rule would apply to all producers in the country's northern salt flats, including Minera Pampa Roja, which won a lithium contract in the Antofagasta region last year and plans to produce 40,000 tonnes a year from 2029.

Chile is the world's second-largest lithium producer after Australia. Several South American governments have been looking for ways to capture more of the battery supply chain at home as demand from electric-vehicle makers grows.
""",
"02_de.txt": """Chile will Lithium-Exporte an Verarbeitung im Inland knüpfen
Handelsblatt
06.04.2027 16:30

Chile erwägt strengere Regeln für die Ausfuhr von Lithium. Das Bergbauministerium in Santiago arbeitet an einem Dekret, nach dem Produzenten mindestens 30 Prozent ihres Lithiumcarbonats im Land weiterverarbeiten müssten, bevor sie es exportieren dürfen. Das berichtet die chilenische Wirtschaftszeitung „Diario Financiero“ unter Berufung auf drei mit dem Vorhaben vertraute Personen.

Laut einem Entwurf, der dem Blatt vorliegt, soll die Pflicht ab Januar 2028 gelten. Wer die Verarbeitung im Inland nicht nachweisen kann, bräuchte künftig eine jährliche Exportlizenz der staatlichen Kupferkommission Cochilco; die Mengen sollen kontingentiert werden. Der Entwurf sei aber noch nicht vom Präsidialamt abgesegnet, die Prozentsätze könnten sich noch ändern, zitiert die Zeitung einen der Informanten.

Das Ministerium wollte sich gegenüber „Diario Financiero“ nicht äußern. Branchenvertreter warnten in dem Bericht vor einem „sehr negativen Signal für ausländische Investitionen“.

Für deutsche Autobauer und Batteriehersteller wäre eine Exportquote heikel: Chile ist nach Australien der zweitgrößte Lithiumproduzent der Welt, und mehrere europäische Konzerne haben in den vergangenen Jahren Lieferverträge mit Produzenten in der Atacama-Region abgeschlossen. Betroffen wäre etwa auch das Projekt der Minera Pampa Roja in der Region Antofagasta, die ab 2029 jährlich 40.000 Tonnen produzieren will.
""",
"03_pt.txt": """Chile prepara decreto para exigir processamento local de 30% do lítio antes da exportação
Valor Econômico

O governo do Chile prepara um decreto que obrigaria as mineradoras de lítio a processar no país pelo menos 30% do carbonato de lítio extraído antes de exportá-lo, segundo o jornal chileno Diario Financiero, que cita três fontes a par da iniciativa.

De acordo com o DF, um rascunho do texto prevê que a exigência passe a valer em janeiro de 2028. As empresas que não comprovarem o processamento local precisariam de uma licença anual de exportação emitida pela Comissão Chilena do Cobre (Cochilco), com volumes sujeitos a cotas.

"A ideia é que o valor agregado fique no norte", afirmou uma das fontes ouvidas pelo jornal. Outra ressaltou que o rascunho ainda não foi aprovado pela Presidência e que os percentuais "podem mudar". O Ministério da Mineração chileno não quis comentar, informou a publicação.

A medida é acompanhada de perto no Brasil, onde fabricantes de baterias e montadoras avaliam contratos de fornecimento com produtores chilenos. O Chile é o segundo maior produtor mundial de lítio, atrás da Austrália, e um dos principais fornecedores do carbonato usado pela indústria brasileira.
""",
}, [O("Diario Financiero", True)],
[E("Diario Financiero", "01_en.txt"), E("Diario Financiero", "02_de.txt"),
 E("Diario Financiero", "03_pt.txt")],
[C("Chile's mining ministry is drafting a decree requiring lithium producers to process at least 30% of their lithium carbonate in Chile before exporting it.",
   ["00_es.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1),
 C("From January 2028 producers without local processing would need an annual export licence from Cochilco, with volumes subject to quotas.",
   ["00_es.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1),
 C("The draft has not yet been cleared by the presidency and the percentages could change.",
   ["00_es.txt", "01_en.txt", "02_de.txt", "03_pt.txt"], 1)])

# s03: chain Суспільне (own correspondent at the mine) -> The Kyiv Independent -> Gazeta Wyborcza ->
# Der Tagesspiegel. uk own "Кореспондентка Суспільного поспілкувалася" + "розповів Суспільному" +
# "сказала нашій кореспондентці"; en "Ukraine's public broadcaster Suspilne reported on May 14" +
# "told Suspilne" + "confirmed the debt to the broadcaster"; pl "podaje anglojęzyczny portal The Kyiv
# Independent, powołując się na ukraińskiego nadawcę publicznego Suspilne" (edge from The Kyiv
# Independent) + "cytuje portal" + "Jak pisze Kyiv Independent"; de "Wie die polnische Tageszeitung
# „Gazeta Wyborcza“ unter Berufung auf ukrainische Medien berichtet" (edge from Gazeta Wyborcza) +
# "zitiert die Zeitung" + "laut dem Bericht".
story("s03_chain_miners_underground_protest", "chain", {
"00_uk.txt": """На Дніпропетровщині 127 гірників відмовилися підніматися з шахти через борги із зарплати
Суспільне
14.05.2027 19:40

На шахті «Лугова» державного підприємства «Степвугілля» на Дніпропетровщині 127 гірників після завершення нічної зміни відмовилися підніматися на поверхню. Вони вимагають погасити заборгованість із заробітної плати за чотири місяці. Кореспондентка Суспільного поспілкувалася з гірниками та їхніми родинами біля копра шахти.

За словами шахтарів, протест триває на глибині 540 метрів з 6 ранку п'ятниці. Загальна сума боргу перед колективом шахти, за підрахунками профспілки, становить 38 мільйонів гривень.

«Люди четвертий місяць працюють без грошей. Хлопці сказали: не піднімемося, доки не побачимо документ про виплату», — розповів Суспільному голова первинної профспілкової організації шахти Олег Кравчина. За його словами, гірникам передають воду та їжу в кліті.

Біля адміністративного корпусу шахти зібралися близько пів сотні дружин і матерів протестувальників. «У мене двоє дітей, за садочок уже нічим платити», — сказала нашій кореспондентці дружина одного з гірників Наталія.

Директор шахти Віталій Голуб підтвердив Суспільному наявність заборгованості. Він пояснив, що підприємство очікує на кошти з державного бюджету, передбачені на погашення боргів вугільним підприємствам, але досі їх не отримало.

Шахта «Лугова» видобуває близько 600 тисяч тонн енергетичного вугілля на рік, яке йде на теплові електростанції. На підприємстві працює понад 1 800 людей.
""",
"01_en.txt": """Ukrainian miners stage underground protest over four months of unpaid wages
The Kyiv Independent
Fri, 14 May 2027 18:05:00 +0000

A total of 127 coal miners at the state-owned Luhova mine in Dnipropetrovsk Oblast have refused to return to the surface after their night shift, demanding four months of wage arrears, Ukraine's public broadcaster Suspilne reported on May 14.

The miners have been staying 540 meters underground since 6 a.m. on Friday, according to the report. The mine's trade union estimates the total debt to the workforce at 38 million hryvnias (around $900,000).

"People have been working without money for a fourth month. The guys said they will not come up until they see a document about the payment," Oleh Kravchyna, the head of the mine's trade union, told Suspilne. Food and water are being sent down to the protesters in the cage, he added.

Mine director Vitalii Holub confirmed the debt to the broadcaster, saying the enterprise was still waiting for state budget funds earmarked for paying off arrears at coal companies.

Wage arrears have become a chronic problem at Ukraine's state coal mines, many of which are loss-making and depend on government subsidies. Russia's full-scale invasion has cut the industry off from most of its former markets and from several of its largest mines.

Luhova, operated by the state enterprise Stepvuhillia, employs over 1,800 people and produces about 600,000 tons of thermal coal a year.
""",
"02_pl.txt": """Ukraina: 127 górników nie wyjeżdża na powierzchnię. Protest pod ziemią
Gazeta Wyborcza
15.05.2027 07:30

127 górników z państwowej kopalni Łuhowa w obwodzie dniepropietrowskim od piątku odmawia wyjazdu na powierzchnię. Domagają się wypłaty zaległych pensji za cztery miesiące – podaje anglojęzyczny portal The Kyiv Independent, powołując się na ukraińskiego nadawcę publicznego Suspilne.

Górnicy protestują na głębokości 540 metrów. Według związkowców zaległości wobec załogi sięgają 38 mln hrywien, czyli ok. 3,6 mln zł.

„Ludzie od czterech miesięcy pracują bez pieniędzy. Chłopaki powiedzieli, że nie wyjadą, dopóki nie zobaczą dokumentu o wypłacie” – cytuje portal przewodniczącego kopalnianego związku zawodowego Ołeha Krawczynę. Jak pisze Kyiv Independent, protestującym zjeżdżają w klatce woda i jedzenie.

Dyrektor kopalni Witalij Hołub potwierdził istnienie zadłużenia. Przedsiębiorstwo czeka na pieniądze z budżetu państwa przeznaczone na spłatę długów wobec górników.

Ukraińskie górnictwo węglowe od lat zmaga się z zaległościami płacowymi. Wiele państwowych kopalń przynosi straty i jest uzależnionych od dotacji, a wojna dodatkowo pogorszyła ich sytuację – część zakładów znalazła się na terenach okupowanych albo w zasięgu rosyjskiej artylerii. Kopalnia Łuhowa zatrudnia ponad 1800 osób.
""",
"03_de.txt": """Ukraine: Bergleute protestieren in 540 Metern Tiefe gegen ausstehende Löhne
Der Tagesspiegel
15. Mai 2027

In der Ukraine weigern sich seit Freitag 127 Bergleute, nach ihrer Nachtschicht aus dem staatlichen Kohlebergwerk Luhowa im Gebiet Dnipropetrowsk auszufahren. Wie die polnische Tageszeitung „Gazeta Wyborcza“ unter Berufung auf ukrainische Medien berichtet, fordern die Kumpel die Auszahlung von vier Monatslöhnen.

Der Protest findet in 540 Metern Tiefe statt. Die Lohnschulden gegenüber der Belegschaft belaufen sich nach Angaben der Gewerkschaft auf 38 Millionen Hrywnja, umgerechnet gut 800.000 Euro.

„Die Leute arbeiten seit vier Monaten ohne Geld“, zitiert die Zeitung den Gewerkschaftschef der Grube, Oleh Krawtschyna. Die Männer wollten erst ausfahren, wenn sie ein Dokument über die Zahlung sähen. Wasser und Lebensmittel würden ihnen mit dem Förderkorb nach unten geschickt.

Der Direktor des Bergwerks bestätigte laut dem Bericht die Schulden und verwies auf ausstehende Mittel aus dem Staatshaushalt.

Der ukrainische Kohlebergbau ist seit Jahren defizitär, viele staatliche Zechen überleben nur mit Subventionen. Lohnrückstände führen immer wieder zu Protesten; Untertage-Streiks gelten dabei als letztes Druckmittel der Belegschaften.
""",
}, [O("Суспільне", True)],
[E("Суспільне", "01_en.txt"), E("The Kyiv Independent", "02_pl.txt"),
 E("Gazeta Wyborcza", "03_de.txt")],
[C("127 miners at the state-owned Luhova coal mine refused to come to the surface, demanding four months of unpaid wages.",
   ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], 1),
 C("Wage arrears to the mine's workforce total 38 million hryvnias, according to the union.",
   ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], 1),
 C("The mine director confirmed the debt and said the mine was waiting for state budget funds.",
   ["00_uk.txt", "01_en.txt", "02_pl.txt", "03_de.txt"], 1)])

# s04: institution-published origin: an order of Brazil's Agência Nacional de Mineração (ANM)
# published on its website, taken directly 4x. pt "segundo ofício publicado no site da agência" +
# "De acordo com o documento" + "Segundo a ANM" (Folha's unanswered request adds nothing); es
# "según una resolución publicada en la web del organismo" + "señala el documento"; en "the
# regulator said in a notice published on its website" + "according to the notice" + "the ANM
# said"; ru "Об этом говорится в распоряжении ведомства, опубликованном … на его сайте" + "Как
# следует из документа" + "по данным ANM".
story("s04_institution_tailings_dam_brazil", "institution", {
"00_pt.txt": """ANM interdita barragem de mineradora em MG e manda retirar moradores da zona de autossalvamento
Folha de S.Paulo
17.jun.2027 às 14h05

A ANM (Agência Nacional de Mineração) determinou nesta quinta-feira (17) a paralisação imediata das operações na barragem de rejeitos B-3 Cachoeirinha, da Mineração Itacolomi do Norte, em Santa Rita do Paraopeba (MG), e elevou o nível de emergência da estrutura para 2, segundo ofício publicado no site da agência.

De acordo com o documento, fiscais da ANM identificaram em vistoria na semana passada surgências de água e trincas no talude de jusante, além de leituras "anômalas" em 6 dos 14 piezômetros instalados na barragem. A estrutura armazena cerca de 4,8 milhões de metros cúbicos de rejeitos de minério de ferro.

Com a elevação do nível de emergência, a mineradora é obrigada a retirar os moradores da chamada ZAS (zona de autossalvamento), área que seria atingida em menos de 30 minutos em caso de rompimento. Segundo a ANM, vivem na área cerca de 240 pessoas, em 86 imóveis.

O ofício dá à empresa 30 dias para apresentar uma nova declaração de condição de estabilidade, assinada por auditoria independente, e proíbe o lançamento de novos rejeitos no reservatório. A agência também aplicou multa de R$ 4,2 milhões por atraso na entrega de relatórios de monitoramento.

Procurada pela Folha, a Mineração Itacolomi do Norte não se manifestou até a publicação desta reportagem.

Minas Gerais concentra a maior parte das barragens de mineração do país e ainda convive com a memória dos rompimentos de Mariana (2015) e Brumadinho (2019).
""",
"01_es.txt": """Brasil ordena paralizar un dique de relaves minero en Minas Gerais y desalojar a 240 vecinos
El País
17 jun 2027 - 20:10 CEST

La Agencia Nacional de Minería (ANM) de Brasil ordenó este jueves detener de inmediato las operaciones del dique de relaves B-3 Cachoeirinha, de la empresa Mineração Itacolomi do Norte, en el Estado de Minas Gerais, y elevó su nivel de emergencia a 2, según una resolución publicada en la web del organismo.

El regulador detectó en una inspección realizada la semana pasada filtraciones de agua y grietas en el talud, así como lecturas "anómalas" en seis de los 14 piezómetros de la estructura, que almacena unos 4,8 millones de metros cúbicos de residuos de mineral de hierro, señala el documento.

La elevación del nivel de emergencia obliga a la minera a desalojar la llamada zona de autosalvamento, el área que quedaría anegada en menos de media hora en caso de rotura. Allí viven unas 240 personas, según la ANM. La empresa tiene además 30 días para presentar una nueva declaración de estabilidad firmada por una auditoría independiente.

El caso reaviva el recuerdo de las tragedias de Mariana, en 2015, y Brumadinho, en 2019, cuando la rotura de dos presas de relaves de mineral de hierro en el mismo Estado causó cerca de 300 muertos y uno de los mayores desastres ambientales de la historia de Brasil. Desde entonces, la legislación brasileña prohíbe las presas construidas con el método "aguas arriba" y ha endurecido las inspecciones.
""",
"02_en.txt": """Brazil regulator halts iron ore tailings dam, orders evacuation of 240 residents
BNamericas
2027-06-17T19:45:00Z

Brazil's National Mining Agency (ANM) has ordered Mineração Itacolomi do Norte to halt operations at its B-3 Cachoeirinha tailings dam in Minas Gerais state and raised the structure's emergency level to 2, the regulator said in a notice published on its website on Thursday.

Inspectors found water seepage and cracks on the downstream slope during a visit last week, as well as "anomalous" readings in six of the dam's 14 piezometers, according to the notice. The dam holds some 4.8 million cubic meters of iron ore tailings.

The higher emergency level requires the company to remove residents from the self-rescue zone, the area that would be flooded within 30 minutes in the event of a breach. About 240 people live in 86 homes in the zone, the ANM said.

The regulator gave the miner 30 days to submit a new stability declaration signed by an independent auditor, banned it from depositing more tailings in the reservoir and fined it 4.2 million reais for late delivery of monitoring reports.

Mineração Itacolomi do Norte, a mid-sized producer in the Iron Quadrangle, did not immediately respond to a request for comment.
""",
"03_ru.txt": """В Бразилии остановили работу хвостохранилища железорудной компании
Интерфакс
17 июня 2027 21:32

Национальное агентство горнодобывающей промышленности Бразилии (ANM) распорядилось немедленно прекратить эксплуатацию хвостохранилища B-3 Cachoeirinha компании Mineração Itacolomi do Norte в штате Минас-Жерайс. Об этом говорится в распоряжении ведомства, опубликованном в четверг на его сайте.

Как следует из документа, инспекторы агентства на прошлой неделе обнаружили на низовом откосе дамбы выходы воды и трещины, а шесть из 14 пьезометров показали «аномальные» значения. В хранилище находится около 4,8 млн кубометров отходов обогащения железной руды.

Агентство повысило уровень аварийной опасности сооружения до второго. Это обязывает компанию отселить жителей зоны самоспасения — территории, которую в случае прорыва дамбы затопит менее чем за 30 минут. Там, по данным ANM, проживают около 240 человек.

Регулятор также дал компании 30 дней на представление нового заключения о стабильности сооружения, подписанного независимым аудитором, и оштрафовал ее на 4,2 млн реалов.

В 2019 году прорыв дамбы хвостохранилища в Брумадинью в том же штате унес жизни 270 человек. После этой катастрофы Бразилия ужесточила требования к безопасности подобных сооружений.
""",
}, [O("Agência Nacional de Mineração", False)],
[E("Agência Nacional de Mineração", "00_pt.txt"), E("Agência Nacional de Mineração", "01_es.txt"),
 E("Agência Nacional de Mineração", "02_en.txt"), E("Agência Nacional de Mineração", "03_ru.txt")],
[C("Brazil's National Mining Agency ordered an immediate halt to operations at the B-3 Cachoeirinha tailings dam and raised its emergency level to 2.",
   ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 1),
 C("About 240 people living in the dam's self-rescue zone must be moved out.",
   ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 1),
 C("The company has 30 days to present a new stability declaration signed by an independent auditor.",
   ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 1)])

# s05: in-corpus scoop by Коммерсантъ (two officials + an anonymous coal-company manager + a draft
# seen by “Ъ”) relayed 2x; pl (no outlet line) is an uncredited close Polish translation published
# the next morning, keeping "Poinformowali o tym naszą gazetę", "z którym zapoznała się redakcja",
# "rozmawiał z nami": edge from Коммерсантъ. ru own "Как стало известно “Ъ”" + "рассказали “Ъ”" +
# "с которым ознакомился “Ъ”"; uk "пише російське видання «Коммерсант» з посиланням на" + "За даними
# «Коммерсанта»" + "зазначає видання" + "Співрозмовник «Коммерсанта»"; de "berichtet die
# Wirtschaftszeitung „Kommersant“ unter Berufung auf" + "den das Blatt einsehen konnte" + "dem
# Bericht zufolge" + "gegenüber „Kommersant“".
story("s05_translation_coking_coal_export_ban", "translation", {
"00_ru.txt": """Правительство готовит запрет на экспорт коксующегося угля
Коммерсантъ
2027-06-02 05:00

Как стало известно “Ъ”, правительство готовит временный, на шесть месяцев, запрет на экспорт концентрата коксующегося угля марок К и КЖ. Об этом “Ъ” рассказали два федеральных чиновника и топ-менеджер одной из угледобывающих компаний. Мера должна обеспечить сырьем российских металлургов, которые с начала года жалуются на дефицит и рост внутренних цен.

Проект постановления, с которым ознакомился “Ъ”, предполагает, что запрет вступит в силу с 1 июля 2027 года. Исключение сделано для поставок в страны ЕАЭС в рамках межправительственных соглашений. Как пояснил один из собеседников “Ъ”, экспорт этих марок в прошлом году составил около 14 млн тонн, или почти треть их производства.

По данным “Ъ”, с начала 2027 года внутренние цены на концентрат марки К выросли на 38%, до 21 тыс. руб. за тонну. «Металлурги пришли в правительство с простым аргументом: уголь уходит в Китай и Индию, а доменные печи сидят на голодном пайке», — говорит один из чиновников.

В Минэнерго “Ъ” сообщили, что не комментируют проекты документов. В угольной компании, представитель которой говорил с “Ъ” на условиях анонимности, считают, что запрет «ударит по Кузбассу сильнее, чем по кому-либо», так как экспортные контракты заключены на год вперед. По оценке собеседника “Ъ”, потери отрасли могут составить до 90 млрд руб.

Ранее правительство уже вводило временные ограничения на экспорт отдельных видов сырья, в частности минеральных удобрений и зерна.
""",
"01_uk.txt": """Росія готує заборону на експорт коксівного вугілля — «Коммерсант»
Економічна правда
2 червня 2027, 11:15

Уряд Росії готує тимчасову, на шість місяців, заборону на експорт концентрату коксівного вугілля марок К і КЖ. Про це пише російське видання «Коммерсант» з посиланням на двох федеральних чиновників і топменеджера однієї з вугледобувних компаній.

За даними «Коммерсанта», проєкт постанови передбачає, що заборона набуде чинності з 1 липня 2027 року. Виняток зроблено для поставок до країн Євразійського економічного союзу за міжурядовими угодами. Торік експорт цих марок становив близько 14 млн тонн — майже третину виробництва, зазначає видання.

Причиною називають дефіцит сировини в російських металургів: від початку року внутрішні ціни на концентрат марки К зросли на 38%, до 21 тис. рублів за тонну.

У Міністерстві енергетики РФ виданню відмовилися коментувати проєкт документа. Співрозмовник «Коммерсанта» у вугільній галузі оцінив можливі втрати галузі у 90 млрд рублів і зауважив, що найбільше постраждає Кузбас, адже експортні контракти укладено на рік уперед.

Російська вугільна галузь уже кілька років перебуває у кризі: через санкції, подовження логістичних маршрутів і падіння світових цін чимало компаній працюють зі збитками, а частину шахт у Кузбасі законсервовано.
""",
"02_de.txt": """Russland plant Exportstopp für Kokskohle
Die Welt
02.06.2027

Russland will offenbar die Ausfuhr von Kokskohle vorübergehend verbieten. Die Regierung in Moskau bereite einen sechsmonatigen Exportstopp für Konzentrat der Kokskohlesorten K und KSch vor, berichtet die Wirtschaftszeitung „Kommersant“ unter Berufung auf zwei Regierungsbeamte und einen Manager eines Kohleunternehmens.

Laut dem Entwurf eines Regierungserlasses, den das Blatt einsehen konnte, soll das Verbot ab dem 1. Juli gelten. Ausgenommen wären Lieferungen in Länder der Eurasischen Wirtschaftsunion. Im vergangenen Jahr exportierte Russland dem Bericht zufolge rund 14 Millionen Tonnen dieser Sorten, fast ein Drittel der Produktion.

Hintergrund sind Klagen der Stahlindustrie über Engpässe: Seit Jahresbeginn sind die Inlandspreise für die Sorte K nach Angaben der Zeitung um 38 Prozent auf 21.000 Rubel je Tonne gestiegen. Das Energieministerium wollte sich zu dem Entwurf nicht äußern.

Für die ohnehin angeschlagene Kohlebranche im sibirischen Kusbass wäre der Exportstopp ein weiterer Schlag. Ein Branchenvertreter bezifferte die möglichen Verluste gegenüber „Kommersant“ auf bis zu 90 Milliarden Rubel. Die meisten Exportverträge seien bereits für ein Jahr im Voraus abgeschlossen.

Russland hatte in den vergangenen Jahren bereits mehrfach Ausfuhrbeschränkungen für Rohstoffe verhängt, etwa für Dünger und Getreide.
""",
"03_pl.txt": """Rosja szykuje zakaz eksportu węgla koksowego
03.06.2027 09:10

Rząd przygotowuje czasowy, sześciomiesięczny zakaz eksportu koncentratu węgla koksowego gatunków K i KŻ. Poinformowali o tym naszą gazetę dwaj urzędnicy federalni i menedżer jednej z firm wydobywczych. Środek ma zapewnić surowiec rosyjskim hutnikom, którzy od początku roku skarżą się na niedobory i wzrost cen na rynku krajowym.

Projekt rozporządzenia, z którym zapoznała się redakcja, przewiduje, że zakaz wejdzie w życie 1 lipca 2027 r. Wyjątek zrobiono dla dostaw do krajów EUG w ramach umów międzyrządowych. Jak wyjaśnił jeden z rozmówców, eksport tych gatunków w ubiegłym roku wyniósł ok. 14 mln ton, czyli prawie jedną trzecią produkcji.

Od początku 2027 r. krajowe ceny koncentratu gatunku K wzrosły o 38 proc., do 21 tys. rubli za tonę. „Hutnicy przyszli do rządu z prostym argumentem: węgiel płynie do Chin i Indii, a wielkie piece są na głodowych racjach” – mówi jeden z urzędników.

W Ministerstwie Energetyki poinformowano nas, że nie komentuje się projektów dokumentów. W firmie węglowej, której przedstawiciel rozmawiał z nami pod warunkiem anonimowości, uważają, że zakaz „uderzy w Kuzbas mocniej niż w kogokolwiek”, ponieważ kontrakty eksportowe zawarto na rok naprzód. Według rozmówcy straty branży mogą sięgnąć 90 mld rubli.

Wcześniej rząd wprowadzał już czasowe ograniczenia eksportu niektórych surowców, m.in. nawozów mineralnych i zboża.
""",
}, [O("Коммерсантъ", True)],
[E("Коммерсантъ", "01_uk.txt"), E("Коммерсантъ", "02_de.txt"), E("Коммерсантъ", "03_pl.txt")],
[C("The Russian government is preparing a six-month ban on exports of coking coal concentrate of grades K and KZh.",
   ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_pl.txt"], 1),
 C("The ban would take effect on 1 July 2027, with an exemption for supplies to EAEU countries.",
   ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_pl.txt"], 1),
 C("Domestic prices for grade K concentrate have risen 38% since the start of the year, to 21,000 roubles a tonne.",
   ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_pl.txt"], 1)])

# s06: in-corpus scoop by Público (internal letter seen by Público + two anonymous workers) relayed
# 3x; El País adds its own confirmation from the company's spokesman (edge from Público + El País is
# an in-corpus origin itself). pt own "a que o PÚBLICO teve acesso" + "contaram ao PÚBLICO dois
# trabalhadores, que pediram para não ser identificados"; es "según adelantó este jueves el diario
# portugués Público" + "Según Público" + own "Un portavoz de Lusolítio confirmó a EL PAÍS"; en
# "daily newspaper Público reported on Thursday" + "which Público said it had seen" + "told Público
# on condition of anonymity" + "the paper reported"; ru "Об этом сообщила португальская газета
# Público, получившая копию" + "Как пишет издание" + "на которых ссылается газета".
story("s06_confirmation_lithium_mine_portugal", "confirmation", {
"00_pt.txt": """Lusolítio suspende construção da mina de lítio da Serra da Lousinha e dispensa 180 trabalhadores
Público
8 de Julho de 2027, 7:00

A Lusolítio – Minas do Norte vai suspender por tempo indeterminado a construção da mina de lítio da Serra da Lousinha, no concelho de Vinhais, e dispensar 180 dos 260 trabalhadores afectos à obra. A decisão consta de uma carta interna enviada aos funcionários na terça-feira, a que o PÚBLICO teve acesso.

Na carta, assinada pelo administrador-delegado, Rui Cardoso Mendes, a empresa justifica a suspensão com a "saída inesperada" do principal investidor, o fundo espanhol Meseta Capital, que detinha 45% do projecto e que, segundo o documento, "não acompanhará o aumento de capital previsto para o segundo semestre". Os trabalhos de desmatação e a construção dos acessos à futura corta a céu aberto param já a 15 de Julho.

Dois trabalhadores da obra, que pediram para não ser identificados, contaram ao PÚBLICO que a notícia foi transmitida em reuniões de equipa na quarta-feira de manhã. "Disseram-nos que os contratos a prazo não serão renovados e que o resto fica em lay-off", afirmou um deles. Segundo o mesmo trabalhador, a maioria dos dispensados vive nas aldeias vizinhas.

O projecto, orçado em 410 milhões de euros, previa a produção de 25 mil toneladas anuais de concentrado de espodumena a partir de 2029 e foi alvo de forte contestação local por causa do consumo de água e do impacto na paisagem. A declaração de impacte ambiental, favorável condicionada, foi emitida em 2025.

O PÚBLICO pediu esclarecimentos à Lusolítio, mas não obteve resposta até ao fecho desta edição.
""",
"01_es.txt": """La minera Lusolítio paraliza su proyecto de litio en el norte de Portugal
El País
08 jul 2027 - 13:25 CEST

La empresa portuguesa Lusolítio – Minas do Norte ha suspendido la construcción de la mina de litio de Serra da Lousinha, en el municipio de Vinhais, en el noreste de Portugal, y prescindirá de 180 de los 260 trabajadores de la obra, según adelantó este jueves el diario portugués Público, que tuvo acceso a una carta interna enviada a la plantilla.

Un portavoz de Lusolítio confirmó a EL PAÍS la suspensión de los trabajos, que se detendrán el 15 de julio, y aseguró que la compañía "está revisando el plan de financiación" del proyecto. "No renunciamos a la mina, pero no podemos seguir construyendo sin tener cerrado el capital", señaló el portavoz por teléfono. Según la misma fuente, los 80 empleados que se mantienen se ocuparán de la seguridad del recinto y de la restauración de las zonas ya desbrozadas.

El proyecto, presupuestado en 410 millones de euros, preveía producir 25.000 toneladas anuales de concentrado de espodumena a partir de 2029. Según Público, detrás de la decisión está la salida del fondo español Meseta Capital, que controlaba el 45% de la sociedad.

La mina ha sido objeto de protestas vecinales desde 2023 por su consumo de agua y su impacto en el paisaje. Portugal posee las mayores reservas de litio de Europa occidental, y Bruselas cuenta con los proyectos del país para reducir la dependencia del litio procesado en China.
""",
"02_en.txt": """Portugal's Lusolítio halts lithium mine construction, to cut 180 jobs – Público
Mining Weekly
8th July 2027

Portuguese lithium developer Lusolítio – Minas do Norte has suspended construction of its Serra da Lousinha lithium mine in northern Portugal indefinitely and will let go 180 of the 260 people working on the site, daily newspaper Público reported on Thursday.

The company informed staff of the decision in an internal letter sent on Tuesday, which Público said it had seen. In the letter, managing director Rui Cardoso Mendes blamed the "unexpected exit" of the main investor, Spanish fund Meseta Capital, which held 45% of the project and would not take part in a capital increase planned for the second half of the year, according to the newspaper.

Workers were told the news at team meetings on Wednesday morning, two site employees told Público on condition of anonymity. Fixed-term contracts will not be renewed and the remaining staff will be placed on temporary lay-off, one of them said.

Land clearing and construction of access roads to the planned open pit will stop on July 15, the paper reported.

The €410-million project was designed to produce 25 000 t/y of spodumene concentrate from 2029 and has faced strong local opposition over water use and its impact on the landscape.
""",
"03_ru.txt": """В Португалии заморозили строительство литиевого рудника
РБК
08.07.2027, 17:40

Португальская компания Lusolítio – Minas do Norte приостановила на неопределенный срок строительство литиевого рудника Серра-да-Лозинья на северо-востоке страны и сократит 180 из 260 занятых на объекте работников. Об этом сообщила португальская газета Público, получившая копию внутреннего письма компании.

Как пишет издание, решение связано с выходом из проекта главного инвестора — испанского фонда Meseta Capital, которому принадлежало 45%. Фонд не будет участвовать в увеличении капитала, запланированном на второе полугодие. Работы на площадке будут остановлены 15 июля.

По словам двух рабочих, на которых ссылается газета, о решении персоналу сообщили на планерках в среду утром; срочные контракты продлевать не будут.

Проект стоимостью €410 млн предусматривал производство 25 тыс. т сподуменового концентрата в год начиная с 2029 года. Местные жители выступали против рудника из-за большого потребления воды.

Португалия обладает крупнейшими в Западной Европе запасами лития — ключевого сырья для аккумуляторов электромобилей. Евросоюз рассчитывает на европейские проекты, чтобы снизить зависимость от поставок из Китая.
""",
}, [O("Público", True), O("El País", True)],
[E("Público", "01_es.txt"), E("Público", "02_en.txt"), E("Público", "03_ru.txt")],
[C("Lusolítio suspended construction of its Serra da Lousinha lithium mine.",
   ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 2),
 C("Work on the mine site will stop on 15 July.",
   ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 2),
 C("Workers were told of the decision at team meetings on Wednesday morning and fixed-term contracts will not be renewed.",
   ["00_pt.txt", "02_en.txt", "03_ru.txt"], 1)])

# s07: outside origin: the Facebook post of Inhul Lithium's CEO Andrii Stetsiuk, taken directly 4x.
# uk "Про це у своєму дописі у Facebook повідомив генеральний директор" + "написав Стецюк"; pl
# "poinformował w czwartek na Facebooku prezes ukraińskiej spółki Andrij Stecjuk" (end of sentence)
# + "napisał menedżer" + "Według wpisu Stecjuka"; ru (no outlet line, no date line) "Об этом в
# четверг написал в Facebook гендиректор «Ингул Лития» Андрей Стецюк" + "написал Стецюк в своем
# посте"; pt "A informação foi divulgada … pelo diretor-executivo da ucraniana, Andrii Stetsiuk, em
# publicação no Facebook" + "Pela publicação" (Exame's request, declined, adds no own reporting).
story("s07_post_lithium_permit_ukraine", "post", {
"00_uk.txt": """«Інгул Літій» отримала спецдозвіл на Вербове родовище, партнером стане бразильська компанія
LIGA.net
2027-08-19 12:15

Компанія «Інгул Літій» отримала спеціальний дозвіл на видобування літієвих руд на Вербовому родовищі в Кіровоградській області строком на 20 років. Про це у своєму дописі у Facebook повідомив генеральний директор компанії Андрій Стецюк.

«Сьогодні ми нарешті отримали спецдозвіл. Це два роки роботи, три геологічні звіти і сотні сторінок документів», — написав Стецюк.

За його словами, стратегічним партнером проєкту стане бразильська гірничодобувна компанія Mineração Tocantins Lítio, яка інвестує 240 млн доларів і отримає 49% у спільному підприємстві. Будівництво кар'єру та збагачувальної фабрики планують розпочати у 2028 році, а перший концентрат отримати у 2030-му.

Стецюк також зазначив, що на підприємстві працюватимуть близько 700 людей, більшість — мешканці довколишніх громад. «Ми хочемо, щоб літій з Кіровоградщини перероблявся в Україні, а не їхав за кордон як сировина», — додав він.

Україна має одні з найбільших розвіданих запасів літію в Європі, проте жодне родовище досі не розробляється. Літій входить до переліку критичних мінералів, які уряд пропонує інвесторам через аукціони на спецдозволи.
""",
"01_pl.txt": """Brazylijczycy zainwestują 240 mln dolarów w ukraińską kopalnię litu
Puls Biznesu
19 sierpnia 2027

Ukraińska spółka Inhul Lithium otrzymała 20-letnią koncesję na wydobycie rud litu ze złoża Werbowe w obwodzie kirowohradzkim, a jej partnerem zostanie brazylijska firma górnicza Mineração Tocantins Lítio – poinformował w czwartek na Facebooku prezes ukraińskiej spółki Andrij Stecjuk.

– Dzisiaj wreszcie otrzymaliśmy koncesję. To dwa lata pracy, trzy raporty geologiczne i setki stron dokumentów – napisał menedżer.

Według wpisu Stecjuka Brazylijczycy zainwestują 240 mln dolarów i obejmą 49 proc. udziałów we wspólnym przedsiębiorstwie. Budowa kopalni odkrywkowej i zakładu wzbogacania ma ruszyć w 2028 r., a pierwszy koncentrat ma powstać w 2030 r. Przy projekcie ma pracować ok. 700 osób.

Ukraina ma jedne z największych rozpoznanych złóż litu w Europie, ale żadne z nich nie jest dotąd eksploatowane. Kijów od kilku lat zabiega o zagranicznych inwestorów w sektorze surowców krytycznych, oferując koncesje na aukcjach.

Projektem interesowały się wcześniej również firmy z Europy Środkowej. Polskie przedsiębiorstwa z branży baterii, które budują zakłady w kraju, szukają stabilnych źródeł surowca poza Chinami.
""",
"02_ru.txt": """Бразильская компания вложит $240 млн в литиевое месторождение в Кировоградской области

Бразильская горнодобывающая компания Mineração Tocantins Lítio станет партнером украинской «Ингул Литий» в разработке Вербового месторождения лития в Кировоградской области и вложит в проект 240 млн долларов. Об этом в четверг написал в Facebook гендиректор «Ингул Лития» Андрей Стецюк.

Бразильцы получат 49% в совместном предприятии, уточнил топ-менеджер. Сама «Ингул Литий», по его словам, уже получила специальное разрешение на добычу сроком на 20 лет.

«Это два года работы, три геологических отчета и сотни страниц документов», — написал Стецюк в своем посте.

Карьер и обогатительную фабрику начнут строить в 2028 году, первый литиевый концентрат рассчитывают получить в 2030-м. Работу на предприятии получат около 700 человек, пишет глава компании.

Литий относится к критически важному сырью для производства аккумуляторов. В Украине разведано несколько месторождений этого металла, однако промышленная добыча пока нигде не ведется.
""",
"03_pt.txt": """Mineradora brasileira vai investir US$ 240 milhões em lítio na Ucrânia
Exame
19/08/2027 15:40

A Mineração Tocantins Lítio vai investir US$ 240 milhões em um projeto de lítio na Ucrânia, em parceria com a empresa local Inhul Lithium. A informação foi divulgada nesta quinta-feira pelo diretor-executivo da ucraniana, Andrii Stetsiuk, em publicação no Facebook.

Segundo o executivo, a companhia brasileira ficará com 49% da joint venture que vai explorar a jazida de Verbove, na região de Kirovohrad, no centro da Ucrânia. A Inhul Lithium obteve a licença especial para extrair minério de lítio na área por 20 anos.

"Hoje finalmente recebemos a licença. São dois anos de trabalho, três relatórios geológicos e centenas de páginas de documentos", escreveu Stetsiuk.

Pela publicação, a construção da mina a céu aberto e da usina de beneficiamento deve começar em 2028, com a primeira produção de concentrado prevista para 2030. O projeto deve empregar cerca de 700 pessoas.

Procurada pela Exame, a Mineração Tocantins Lítio disse que não comentaria o assunto antes de um comunicado oficial ao mercado.

O lítio é matéria-prima essencial para baterias de veículos elétricos, e mineradoras brasileiras vêm buscando projetos no exterior para diversificar suas operações.
""",
}, [O("Andrii Stetsiuk", False)],
[E("Andrii Stetsiuk", "00_uk.txt"), E("Andrii Stetsiuk", "01_pl.txt"),
 E("Andrii Stetsiuk", "02_ru.txt"), E("Andrii Stetsiuk", "03_pt.txt")],
[C("Inhul Lithium received a 20-year special permit to mine lithium ore at the Verbove deposit in Kirovohrad region.",
   ["00_uk.txt", "01_pl.txt", "02_ru.txt", "03_pt.txt"], 1),
 C("Brazil's Mineração Tocantins Lítio will invest $240 million and take 49% of the joint venture.",
   ["00_uk.txt", "01_pl.txt", "02_ru.txt", "03_pt.txt"], 1),
 C("Construction of the pit and processing plant is to start in 2028, with first concentrate in 2030.",
   ["00_uk.txt", "01_pl.txt", "02_ru.txt", "03_pt.txt"], 1)])

# s08: two independent own reports: Lausitzer Rundschau (reporter at the pit edge + the operator's
# answer to "unserer Zeitung") and TVN24 (reporter in the Polish village + the wójt to the
# reporter). en credits both (two edges); uk relays TVN24 only. de own "Ein Reporter der RUNDSCHAU
# konnte sich … ein Bild machen" + "auf Anfrage unserer Zeitung"; pl own "Reporter TVN24 rozmawiał
# rano z mieszkańcami" + "Jak ustalił reporter TVN24" + "powiedział reporterowi TVN24"; en "German
# regional daily Lausitzer Rundschau, whose reporter was at the edge of the mine, and Polish
# broadcaster TVN24 reported" + "told the Lausitzer Rundschau" + "TVN24 found"; uk "Про це
# повідомляє польський телеканал TVN24" + "Як передає телеканал" + "сказав журналістам TVN24".
story("s08_independent_lignite_landslide", "independent", {
"00_de.txt": """Großer Böschungsrutsch im Tagebau Neißeaue – Bandanlage verschüttet
Lausitzer Rundschau
2027-09-22T08:30:00+02:00

Im Braunkohletagebau Neißeaue ist in der Nacht zu Mittwoch eine Böschung auf einer Länge von rund 600 Metern abgerutscht. Nach ersten Schätzungen des Betreibers gerieten etwa zwei Millionen Kubikmeter Erdreich in Bewegung. Ein Reporter der RUNDSCHAU konnte sich am frühen Morgen vom Aussichtspunkt Heidehöhe ein Bild machen: Die Abbruchkante reicht bis auf wenige Meter an die Kreisstraße heran, ein Teil der Bandanlage liegt unter den Erdmassen.

„Gegen 2.40 Uhr haben unsere Messsysteme Bewegungen registriert, wenige Minuten später ist die Böschung abgegangen“, sagte ein Sprecher der Ostlausitzer Braunkohle GmbH (OLB) auf Anfrage unserer Zeitung. Ein Mitarbeiter der Nachtschicht, der eine Bandanlage kontrollierte, wurde leicht verletzt und ambulant behandelt. Die Förderung im Tagebau ist vorerst eingestellt.

Der Landkreis Görlitz hat die Kreisstraße zwischen Heidewinkel und Neißetal voll gesperrt. Das Sächsische Oberbergamt hat Sachverständige an den Ort geschickt, die die Standsicherheit der übrigen Böschungen prüfen sollen.

Ursache könnte nach Einschätzung des Unternehmens der ungewöhnlich hohe Grundwasserstand nach den Starkregenfällen der vergangenen Wochen sein. Anwohner in Heidewinkel berichteten unserem Reporter von einem dumpfen Knall in der Nacht.

Der Tagebau Neißeaue fördert jährlich rund acht Millionen Tonnen Braunkohle für das benachbarte Kraftwerk und soll nach den Plänen zum Kohleausstieg bis 2033 ausgekohlt sein. Auf polnischer Seite der Neiße wird der Tagebau seit Jahren kritisch gesehen.
""",
"01_pl.txt": """Osuwisko w niemieckiej odkrywce. Pęknięcia w domach po polskiej stronie Nysy
TVN24
22.09.2027, 10:12

Mieszkańców przygranicznych Wierzchowic Łużyckich w powiecie zgorzeleckim obudził w nocy z wtorku na środę głuchy huk i drżenie ziemi. Po drugiej stronie Nysy Łużyckiej, w niemieckiej kopalni odkrywkowej węgla brunatnego Neißeaue, doszło do osunięcia się skarpy. Reporter TVN24 rozmawiał rano z mieszkańcami wsi.

– Szyby w oknach drżały, myślałam, że to trzęsienie ziemi. Rano zobaczyłam rysę na ścianie w kuchni, której wczoraj nie było – mówiła pani Halina, mieszkanka Wierzchowic.

Jak ustalił reporter TVN24, pęknięcia ścian zgłosili do tej pory właściciele 12 domów. W kilku gospodarstwach obniżył się też poziom wody w studniach.

– Od rana jeździmy z rzeczoznawcą po domach. Zwróciliśmy się do wojewody dolnośląskiego, żeby pilnie wystąpił do strony niemieckiej o informacje, co dokładnie się stało i czy jest zagrożenie dla naszej gminy – powiedział reporterowi TVN24 wójt gminy Wierzchowice Marek Sobczak.

Niemiecki operator kopalni do czasu publikacji nie odpowiedział na pytania TVN24.

Odkrywka Neißeaue od lat budzi sprzeciw po polskiej stronie granicy. Mieszkańcy i samorządowcy skarżą się, że wydobycie obniża poziom wód gruntowych, a hałas i pył docierają do przygranicznych wsi.
""",
"02_en.txt": """Landslide at German lignite mine buries conveyors, cracks homes across Polish border
Notes from Poland
22 September 2027

A slope collapse at the Neißeaue open-cast lignite mine in eastern Germany overnight into Wednesday sent an estimated two million cubic metres of earth into the pit and left cracks in homes across the border in Poland, German regional daily Lausitzer Rundschau, whose reporter was at the edge of the mine, and Polish broadcaster TVN24 reported.

The slope gave way along about 600 metres shortly after 2:40 a.m., a spokesman for the mine's operator, Ostlausitzer Braunkohle, told the Lausitzer Rundschau. Part of a conveyor system was buried, one night-shift worker suffered minor injuries and mining has been halted, the paper wrote.

In the Polish village of Wierzchowice Łużyckie, just across the Neisse river, residents were woken by a rumble and shaking ground. Owners of 12 houses have reported cracked walls, TVN24 found. One resident told the broadcaster she had first thought it was an earthquake.

The Neißeaue mine, which supplies about eight million tonnes of lignite a year to a neighbouring power plant, has long been criticised by Polish communities along the border, who blame it for falling groundwater levels. It is scheduled to close by 2033 under Germany's coal phase-out.

Poland and Germany have no formal procedure for cross-border consultations on mining damage, an issue that Polish local authorities have raised repeatedly in recent years.
""",
"03_uk.txt": """Зсув ґрунту на німецькому вугільному кар'єрі: у польському селі потріскалися будинки
Укрінформ
22.09.2027 14:50

У німецькому кар'єрі з видобування бурого вугілля Neißeaue поблизу кордону з Польщею в ніч на середу стався зсув ґрунту. Через це в польському прикордонному селі Вежховіце-Лужицькі потріскалися стіни в будинках. Про це повідомляє польський телеканал TVN24.

Як передає телеканал, мешканців села розбудили гуркіт і поштовхи. Власники 12 будинків уже заявили про тріщини в стінах, а в кількох господарствах знизився рівень води в колодязях.

«Ми звернулися до нижньосілезького воєводи, щоб він терміново запросив у німецької сторони інформацію, що саме сталося і чи є загроза для нашої гміни», — сказав журналістам TVN24 війт гміни Марек Собчак.

Німецький оператор кар'єру на запитання телеканалу поки не відповів.

Кар'єр Neißeaue розташований неподалік Ниси-Лужицької, яка є кордоном між Німеччиною та Польщею. Польські громади вже давно скаржаться, що видобуток вугілля знижує рівень ґрунтових вод у прикордонні.
""",
}, [O("Lausitzer Rundschau", True), O("TVN24", True)],
[E("Lausitzer Rundschau", "02_en.txt"), E("TVN24", "02_en.txt"), E("TVN24", "03_uk.txt")],
[C("A slope collapsed overnight at the Neißeaue lignite mine near the German-Polish border.",
   ["00_de.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], 2),
 C("Water levels dropped in the wells of several households in the Polish village of Wierzchowice Łużyckie.",
   ["01_pl.txt", "03_uk.txt"], 1),
 C("The local wójt asked the Lower Silesian governor to urgently request information from the German side.",
   ["01_pl.txt", "03_uk.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 135 (mining and raw materials; invented events, real media names); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
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
        labels["stories"].append({"id": id, "scenario": scenario, "articles": names,
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
