#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand157 set (all events invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# c01: an institution's own published notice (KNF, Poland's financial supervisor) is the origin,
# outside the corpus; five articles take it directly from the notice: pl "wynika z komunikatu
# opublikowanego ... na stronie internetowej urzędu" + "Jak czytamy w komunikacie"; en "according to
# a notice published Tuesday on the regulator's website" + "the watchdog wrote"; de "Das geht aus einer
# ... veröffentlichten Mitteilung der Behörde hervor" + "heißt es in der Mitteilung"; uk "Про це
# йдеться в повідомленні регулятора, оприлюдненому ... на його сайті" + "наголошують у KNF"; es
# "según un comunicado publicado el martes en la web del organismo" + "añade el texto del regulador".
story("c01_institution_knf_brixora", "institution", {
"00_pl.txt": """KNF ostrzega przed giełdą kryptowalut Brixora. Sprawa trafiła do prokuratury
Bankier.pl
09.03.2027 10:25

Komisja Nadzoru Finansowego wpisała giełdę kryptowalut Brixora na listę ostrzeżeń publicznych – wynika z komunikatu opublikowanego we wtorek rano na stronie internetowej urzędu. Nadzór złożył też zawiadomienie do prokuratury o podejrzeniu prowadzenia działalności bez wymaganego zezwolenia.

Brixora Ltd, spółka zarejestrowana na Seszelach, od jesieni 2025 r. prowadzi intensywną kampanię reklamową w polskim internecie. Na polskojęzycznej stronie obiecuje „gwarantowany zysk do 4 proc. miesięcznie" z tzw. programu stakingowego. Jak czytamy w komunikacie, oferowanie takiego produktu może wymagać zezwolenia, którego spółka nie posiada.

KNF podaje, że do 26 lutego wpłynęło do niej 214 skarg klientów Brixory, głównie dotyczących zablokowanych od kilku tygodni wypłat. Łączną kwotę środków, o których zwrot upominają się skarżący, urząd szacuje na ok. 11,8 mln zł.

„Wpis na listę ostrzeżeń nie przesądza o popełnieniu przestępstwa, ale jest sygnałem, że klienci powinni zachować szczególną ostrożność" – zaznaczono w komunikacie. Nadzór przypomina również, że od końca 2024 r. dostawcy usług w zakresie kryptoaktywów działający w Unii Europejskiej muszą posiadać licencję na podstawie rozporządzenia MiCA.

Na liście ostrzeżeń publicznych KNF znajduje się obecnie ponad 1,4 tys. podmiotów, z czego blisko jedna trzecia to firmy związane z kryptowalutami lub rynkiem forex.
""",
"01_en.txt": """Polish regulator blacklists crypto exchange Brixora, refers case to prosecutors
CoinDesk
2027-03-09T13:40:00Z

Poland's Financial Supervision Authority has added Seychelles-registered crypto exchange Brixora to its public warning list and reported the firm to prosecutors on suspicion of operating without a license, according to a notice published Tuesday on the regulator's website.

The authority, known by its Polish initials KNF, said it had received 214 complaints from Brixora customers by Feb. 26, most of them about withdrawals that had been blocked for weeks. The complainants are seeking a combined 11.8 million zlotys (about $2.9 million), the notice said.

Brixora has advertised heavily to Polish users since late 2025, promising a "guaranteed return of up to 4% a month" on a staking product. Offering such a product may require an authorization the company does not hold, according to the KNF.

"Placement on the warning list does not determine that an offence has been committed, but it is a signal that customers should exercise particular caution," the watchdog wrote.

Under the European Union's Markets in Crypto-Assets regulation (MiCA), crypto service providers operating in the bloc have needed a license since the end of 2024. The KNF's warning list now counts more than 1,400 entities, nearly a third of them linked to crypto or forex trading.
""",
"02_de.txt": """Polen: Finanzaufsicht warnt vor Kryptobörse Brixora
Handelsblatt
9. März 2027

Die polnische Finanzaufsicht KNF hat die auf den Seychellen registrierte Kryptobörse Brixora auf ihre öffentliche Warnliste gesetzt und Anzeige bei der Staatsanwaltschaft erstattet. Das geht aus einer am Dienstag veröffentlichten Mitteilung der Behörde hervor. Der Verdacht: Brixora biete ihre Dienste ohne die erforderliche Erlaubnis an.

Bis zum 26. Februar seien bei der Aufsicht 214 Beschwerden von Kunden eingegangen, heißt es in der Mitteilung. Die meisten beträfen seit Wochen gesperrte Auszahlungen. Insgesamt forderten die Beschwerdeführer rund 11,8 Millionen Złoty zurück, umgerechnet etwa 2,7 Millionen Euro.

Die Plattform wirbt seit Herbst 2025 massiv um polnische Kunden und verspricht bei einem sogenannten Staking-Programm eine „garantierte Rendite von bis zu vier Prozent im Monat". Für ein solches Produkt sei womöglich eine Genehmigung nötig, die das Unternehmen nicht besitze, schreibt die KNF.

Die Aufnahme in die Warnliste bedeute noch nicht, dass eine Straftat begangen worden sei, betont die Behörde. Sie sei aber ein Signal an die Kunden, „besonders vorsichtig zu sein".

Seit Ende 2024 benötigen Anbieter von Kryptodienstleistungen in der EU eine Lizenz nach der MiCA-Verordnung. Auf der Warnliste der polnischen Aufsicht stehen derzeit mehr als 1400 Unternehmen.
""",
"03_uk.txt": """Польський регулятор вніс криптобіржу Brixora до списку попереджень
Економічна правда
9 березня 2027, 15:10

Комісія з нагляду за фінансовим сектором Польщі (KNF) внесла криптобіржу Brixora до публічного списку попереджень і звернулася до прокуратури. Про це йдеться в повідомленні регулятора, оприлюдненому у вівторок на його сайті.

Як зазначає польський наглядовий орган, компанія, зареєстрована на Сейшельських островах, може надавати послуги без необхідного дозволу. До 26 лютого до KNF надійшло 214 скарг від клієнтів біржі, більшість із них стосуються заблокованого виведення коштів. Загалом скаржники вимагають повернути близько 11,8 млн злотих.

Brixora з осені 2025 року активно рекламується в польському сегменті інтернету та обіцяє «гарантований прибуток до 4% на місяць» від стейкінгу. Саме такий продукт, на думку регулятора, може потребувати дозволу, якого в компанії немає.

«Внесення до списку попереджень не означає, що злочин скоєно, але є сигналом, що клієнтам слід бути особливо обережними», – наголошують у KNF.

Від кінця 2024 року постачальники послуг у сфері криптоактивів, які працюють у ЄС, зобов'язані мати ліцензію відповідно до регламенту MiCA. В Україні повноцінне регулювання ринку віртуальних активів досі не запрацювало.
""",
"04_es.txt": """Polonia incluye al exchange Brixora en su lista de advertencias y lo denuncia ante la Fiscalía
Expansión
10/03/2027 08:15

La Comisión de Supervisión Financiera de Polonia (KNF) ha incluido a la plataforma de criptomonedas Brixora en su lista pública de advertencias y ha presentado una denuncia ante la Fiscalía por presunta actividad sin autorización, según un comunicado publicado el martes en la web del organismo.

El supervisor polaco asegura haber recibido hasta el 26 de febrero 214 reclamaciones de clientes, la mayoría por retiradas bloqueadas durante semanas. En total, los afectados reclaman unos 11,8 millones de zlotis (alrededor de 2,7 millones de euros).

Brixora, registrada en Seychelles, promete en su web en polaco una "rentabilidad garantizada de hasta el 4% mensual" mediante staking. Un producto así, advierte la KNF, podría requerir una autorización de la que la empresa carece.

"La inclusión en la lista no prejuzga la comisión de un delito, pero es una señal de que los clientes deben extremar la precaución", añade el texto del regulador.

Desde finales de 2024, los proveedores de servicios de criptoactivos que operan en la Unión Europea necesitan una licencia conforme al reglamento MiCA, y los supervisores nacionales han multiplicado en los últimos meses sus avisos sobre plataformas sin autorización que captan clientes a través de las redes sociales.
"""},
[("Komisja Nadzoru Finansowego", False)],
[("Komisja Nadzoru Finansowego", "00_pl.txt"), ("Komisja Nadzoru Finansowego", "01_en.txt"),
 ("Komisja Nadzoru Finansowego", "02_de.txt"), ("Komisja Nadzoru Finansowego", "03_uk.txt"),
 ("Komisja Nadzoru Finansowego", "04_es.txt")],
[("Poland's financial supervisor KNF put crypto exchange Brixora on its public warning list and reported it to prosecutors.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_uk.txt", "04_es.txt"], 1),
 ("The KNF received 214 complaints from Brixora customers seeking about 11.8 million zlotys.",
  ["00_pl.txt", "01_en.txt", "02_de.txt", "03_uk.txt", "04_es.txt"], 1)])

# c02: in-corpus scoop by Forbes Україна (two anonymous people familiar with the talks + a draft term
# sheet seen by Forbes; Kunabit's refusal to comment to Forbes). ru ForkLog relays it ("сообщил
# украинский Forbes со ссылкой на" + "По данным издания" + "Как уточняет Forbes Украина"). pt Valor
# Econômico relays it ("segundo a edição ucraniana da revista Forbes, que cita") AND adds its own
# confirmation ("O Valor confirmou a negociação com uma pessoa próxima") -> edge + own origin.
# en The Block credits both Forbes Ukraine and Valor's confirmation -> two edges.
story("c02_scoop_confirmed_kunabit_stake", "scoop_confirmed", {
"00_uk.txt": """Бразильський Banco Tauari купує 40% української криптобіржі Kunabit – джерела
Forbes Україна
14 квітня 2027, 07:30

Бразильський цифровий банк Banco Tauari погодився купити 40% київської криптобіржі Kunabit приблизно за $62 млн. Про це Forbes розповіли два джерела, обізнані з ходом перемовин. Угода оцінює всю біржу приблизно в $155 млн.

Сторони підписали меморандум про наміри наприкінці березня, кажуть співрозмовники Forbes. Закрити угоду планують до кінця червня, після отримання погоджень від регуляторів. Проєкт term sheet, з яким ознайомився Forbes, передбачає, що бразильський банк отримає два з п'яти місць у наглядовій раді Kunabit та право першої пропозиції на решту акцій засновників.

«Для Tauari це спосіб швидко вийти на європейський ринок і водночас отримати технологічну команду, яку в Бразилії довелося б збирати роками», – каже одне з джерел.

Kunabit заснували у 2019 році Олег Савчин та Ярема Білик. За даними компанії, у біржі 1,3 млн зареєстрованих користувачів, а середньодобовий обсяг торгів у першому кварталі 2027 року становив близько $140 млн. У 2026-му Kunabit отримала ліцензію постачальника послуг у сфері криптоактивів (CASP) у Литві.

Banco Tauari, заснований у Сан-Паулу у 2018 році, обслуговує 9 млн клієнтів і минулого року запустив власну платформу для торгівлі криптовалютами. У пресслужбі Kunabit відмовилися коментувати інформацію Forbes. У Banco Tauari не відповіли на запит до моменту публікації.
""",
"01_ru.txt": """Бразильский банк купит долю в украинской криптобирже Kunabit — Forbes
ForkLog
14.04.2027 12:05

Бразильский цифровой банк Banco Tauari договорился о покупке 40% украинской криптобиржи Kunabit примерно за $62 млн. Об этом сообщил украинский Forbes со ссылкой на два источника, знакомых с ходом переговоров.

По данным издания, сделка оценивает всю площадку примерно в $155 млн. Меморандум о намерениях стороны подписали в конце марта, а закрыть сделку планируют до конца июня — после получения разрешений регуляторов.

Как уточняет Forbes Украина, бразильский банк получит два из пяти мест в наблюдательном совете Kunabit и право первой покупки оставшихся акций основателей. Журналисты ссылаются также на проект term sheet, с которым им удалось ознакомиться.

Kunabit основали в 2019 году Олег Савчин и Ярема Белик. По собственным данным биржи, у неё 1,3 млн зарегистрированных пользователей, а среднесуточный объём торгов в первом квартале составлял около $140 млн. В 2026 году площадка получила лицензию CASP в Литве, что позволяет ей работать во всём Евросоюзе.

Banco Tauari основан в Сан-Паулу в 2018 году и обслуживает 9 млн клиентов. В пресс-службе Kunabit отказались комментировать информацию Forbes.
""",
"02_pt.txt": """Banco Tauari negocia compra de 40% da corretora ucraniana de cripto Kunabit
Valor Econômico
14/04/2027 15:10

O banco digital paulistano Banco Tauari fechou acordo para comprar uma fatia de 40% na corretora de criptomoedas ucraniana Kunabit por cerca de US$ 62 milhões, segundo a edição ucraniana da revista Forbes, que cita duas fontes a par das negociações. O negócio avalia a Kunabit em aproximadamente US$ 155 milhões.

O Valor confirmou a negociação com uma pessoa próxima à diretoria do Tauari. "O memorando foi assinado e a diligência está praticamente concluída; falta o aval dos reguladores", disse essa pessoa, que pediu para não ser identificada. Segundo ela, o banco pretende usar a Kunabit como base para oferecer serviços de cripto a clientes brasileiros que vivem na Europa.

De acordo com a Forbes Ucrânia, a conclusão da operação está prevista para o fim de junho, e o Tauari terá dois dos cinco assentos no conselho de supervisão da corretora.

Fundada em Kiev em 2019, a Kunabit diz ter 1,3 milhão de usuários cadastrados e licença de prestadora de serviços de criptoativos na Lituânia, o que lhe permite atuar em toda a União Europeia.

O Tauari, que tem 9 milhões de clientes, lançou no ano passado sua própria plataforma de compra e venda de criptoativos. Procurado oficialmente, o banco não comentou. A Kunabit também não se manifestou.
""",
"03_en.txt": """Brazil's Banco Tauari to take 40% stake in Ukrainian crypto exchange Kunabit
The Block
Wed, 14 Apr 2027 18:45:00 +0000

Brazilian digital lender Banco Tauari has agreed to buy a 40% stake in Kyiv-based crypto exchange Kunabit for roughly $62 million, Forbes Ukraine reported Wednesday, citing two people familiar with the talks.

The deal values Kunabit at about $155 million, according to the report. The two sides signed a memorandum of understanding in late March and aim to close by the end of June, subject to regulatory approvals.

Later on Wednesday, Brazilian financial daily Valor Econômico said it had confirmed the negotiations with a person close to Tauari's management, who told the paper that due diligence was "practically concluded." That person said the bank plans to use Kunabit as a base to serve Brazilian customers living in Europe.

Kunabit, founded in 2019, says it has 1.3 million registered users and holds a crypto-asset service provider license in Lithuania, which allows it to passport its services across the European Union under MiCA. Banco Tauari serves some 9 million customers and launched its own crypto trading platform last year.

Kunabit declined to comment to Forbes Ukraine. Neither company responded to The Block's request for comment by press time.
"""},
[("Forbes Україна", True), ("Valor Econômico", True)],
[("Forbes Україна", "01_ru.txt"), ("Forbes Україна", "02_pt.txt"),
 ("Forbes Україна", "03_en.txt"), ("Valor Econômico", "03_en.txt")],
[("Banco Tauari agreed to buy a 40% stake in Ukrainian crypto exchange Kunabit for about $62 million.",
  ["00_uk.txt", "01_ru.txt", "02_pt.txt", "03_en.txt"], 2),
 ("Kunabit's average daily trading volume in the first quarter of 2027 was about $140 million.",
  ["00_uk.txt", "01_ru.txt"], 1)])

# c03: chain de -> en -> pl, es. Handelsblatt's own scoop (internal e-mails it holds, three anonymous
# employees, the company's reply "Auf Anfrage des Handelsblatts"); en CoinDesk "German business daily
# Handelsblatt reported Monday, citing internal emails" (+ unanswered CoinDesk request = no own
# reporting); pl money.pl "podaje branżowy serwis CoinDesk, powołując się na niemiecki dziennik
# „Handelsblatt"" + "Według CoinDeska" -> edge from CoinDesk; es Cinco Días "según informa el portal
# especializado CoinDesk" + "añade el portal" -> edge from CoinDesk.
story("c03_chain_lumbrix_layoffs", "chain", {
"00_de.txt": """Krypto-Broker Lumbrix streicht 40 Prozent der Stellen und zieht sich aus Polen und Spanien zurück
Handelsblatt
03.05.2027 06:00

Der Münchener Krypto-Broker Lumbrix steht vor einem harten Sparkurs. Das Unternehmen will rund 40 Prozent seiner 310 Stellen abbauen und sich bis Ende September aus Polen und Spanien zurückziehen. Das geht aus internen E-Mails hervor, die dem Handelsblatt vorliegen. Drei Mitarbeiter, die anonym bleiben wollen, bestätigten die Pläne.

Betroffen seien vor allem die Teams in Warschau und Madrid, heißt es in einer Nachricht von Vorstandschefin Henrike Moosbrugger an die Führungskräfte vom vergangenen Donnerstag. „Wir müssen uns auf die Märkte konzentrieren, in denen wir profitabel wachsen können", schreibt Moosbrugger darin. Kunden in beiden Ländern sollen ihre Konten bis zum 30. September schließen oder zu einer Partnerplattform übertragen können.

Nach Angaben der Mitarbeiter hat Lumbrix 2026 einen Verlust von knapp 19 Millionen Euro gemacht. Eine geplante Finanzierungsrunde über 50 Millionen Euro sei im Frühjahr gescheitert, nachdem der Hauptinvestor abgesprungen war. „Seitdem herrscht Krisenstimmung", sagte einer der drei.

Auf Anfrage des Handelsblatts bestätigte ein Lumbrix-Sprecher eine „Neuausrichtung", wollte aber keine Zahlen nennen. Die Bafin-Erlaubnis für das Kryptoverwahrgeschäft sei davon nicht berührt.

Lumbrix wurde 2020 gegründet und hat nach eigenen Angaben rund 480.000 Kunden, davon etwa 70.000 in Polen und 45.000 in Spanien.
""",
"01_en.txt": """German crypto broker Lumbrix to cut 40% of staff, exit Poland and Spain: Handelsblatt
CoinDesk
2027-05-03T11:20:00Z

Munich-based crypto broker Lumbrix plans to lay off about 40% of its 310 employees and pull out of Poland and Spain by the end of September, German business daily Handelsblatt reported Monday, citing internal emails and three employees.

The Warsaw and Madrid teams will be hit hardest, according to a message CEO Henrike Moosbrugger sent to managers last week, which Handelsblatt quoted. "We have to focus on the markets where we can grow profitably," Moosbrugger wrote.

Customers in the two countries will be able to close their accounts or move them to a partner platform until Sept. 30, the newspaper said. Lumbrix lost nearly €19 million in 2026, and a planned €50 million funding round collapsed this spring after the lead investor walked away, Handelsblatt's sources said.

A Lumbrix spokesperson confirmed a "realignment" to Handelsblatt but declined to give figures. Lumbrix did not immediately respond to a request for comment from CoinDesk.

Founded in 2020, Lumbrix says it has about 480,000 customers, including some 70,000 in Poland and 45,000 in Spain. It holds a crypto custody license from Germany's BaFin, which the spokesperson said was not affected.
""",
"02_pl.txt": """Niemiecki broker kryptowalut Lumbrix wycofuje się z Polski. 70 tys. klientów musi zamknąć konta
money.pl
3 maja 2027, 16:05

Monachijski broker kryptowalut Lumbrix zamierza zwolnić ok. 40 proc. pracowników i do końca września wycofać się z Polski i Hiszpanii – podaje branżowy serwis CoinDesk, powołując się na niemiecki dziennik „Handelsblatt".

Według CoinDeska najmocniej odczuje to zespół w Warszawie. Polscy klienci – a jest ich ok. 70 tys. – będą mogli do 30 września zamknąć rachunki albo przenieść je na platformę partnerską. Nie wiadomo jeszcze, o jaką platformę chodzi.

„Musimy skupić się na rynkach, na których możemy rentownie rosnąć" – napisała prezes Lumbriksa Henrike Moosbrugger w wiadomości do menedżerów, cytowanej przez amerykański portal.

Jak podaje serwis, firma zamknęła 2026 r. stratą w wysokości blisko 19 mln euro, a planowana runda finansowania o wartości 50 mln euro upadła wiosną po wycofaniu się głównego inwestora. Rzecznik Lumbriksa potwierdził jedynie „zmianę kierunku", nie podając żadnych liczb.

Lumbrix działa od 2020 r. i ma licencję niemieckiego nadzoru BaFin na przechowywanie kryptoaktywów. Na polskim rynku konkuruje z kilkunastoma giełdami i brokerami, które po wejściu w życie rozporządzenia MiCA również walczą o licencje i ograniczają koszty.
""",
"03_es.txt": """El bróker alemán de criptomonedas Lumbrix abandonará España y recortará el 40% de su plantilla
Cinco Días
4 de mayo de 2027

El bróker de criptoactivos Lumbrix, con sede en Múnich, cerrará sus operaciones en España y Polonia antes de que acabe septiembre y despedirá a cerca del 40% de sus 310 empleados, según informa el portal especializado CoinDesk.

La oficina de Madrid será una de las más afectadas, de acuerdo con la información publicada por el medio estadounidense. Los cerca de 45.000 clientes españoles de la plataforma podrán cerrar sus cuentas o traspasarlas a una plataforma socia hasta el 30 de septiembre.

"Tenemos que concentrarnos en los mercados donde podemos crecer de forma rentable", escribió la consejera delegada, Henrike Moosbrugger, en un mensaje interno que recoge CoinDesk.

Lumbrix perdió casi 19 millones de euros en 2026 y una ronda de financiación de 50 millones fracasó esta primavera tras la retirada de su inversor principal, añade el portal. Un portavoz de la compañía se limitó a confirmar una "reorientación" del negocio, sin dar cifras.

La salida de Lumbrix se produce en plena adaptación del sector al reglamento europeo MiCA, que obliga a los proveedores de servicios de criptoactivos a contar con licencia. En España, la CNMV es la autoridad encargada de supervisar ese régimen.
"""},
[("Handelsblatt", True)],
[("Handelsblatt", "01_en.txt"), ("CoinDesk", "02_pl.txt"), ("CoinDesk", "03_es.txt")],
[("Lumbrix plans to cut about 40% of its 310 jobs and withdraw from Poland and Spain by the end of September.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1),
 ("Lumbrix lost nearly 19 million euros in 2026 and a planned 50 million euro funding round collapsed.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_es.txt"], 1)])

# c04: El Confidencial's own scoop (two anonymous employees, an internal report it has seen, the
# company's confirmation "a este diario"). en Decrypt "El Confidencial reported Thursday, citing" +
# "told El Confidencial" + "the outlet added"; ru РБК "пишет испанское издание El Confidencial,
# ссылаясь на" + "По информации El Confidencial" + "подтвердили El Confidencial" (dative);
# pt 03_pt.txt: no outlet line, published the next morning, an uncredited close Portuguese translation
# of El Confidencial's article (same paragraphs, same quotes, keeps "contaram a este jornal",
# "confirmaram a este jornal") -> edge from El Confidencial, scenario translation.
story("c04_translation_almenara_hack", "translation", {
"00_es.txt": """Almenara sufrió un robo de 23 millones en criptomonedas y tardó nueve días en avisar a sus clientes
El Confidencial
20/05/2027 05:45

El exchange valenciano de criptomonedas Almenara sufrió el pasado 8 de mayo un ataque informático en el que le sustrajeron activos digitales por valor de unos 23 millones de euros, y no informó a sus clientes hasta nueve días después. Así lo han contado a El Confidencial dos empleados de la compañía, que piden no ser identificados, y así consta en un informe interno al que ha tenido acceso este periódico.

Según el documento, los atacantes accedieron a una de las billeteras "calientes" de la plataforma —las que están conectadas a internet— tras hacerse con las credenciales de un proveedor externo de software. En menos de dos horas vaciaron la cartera, que contenía sobre todo ether y la stablecoin USDC.

"Durante una semana nos pidieron que dijéramos a los clientes que había un mantenimiento técnico", relata uno de los empleados. El 17 de mayo, Almenara envió un correo a sus usuarios en el que hablaba de un "incidente de seguridad", sin precisar la cuantía.

Fuentes oficiales de la compañía confirmaron a este diario el incidente y aseguraron que "ningún cliente perderá un solo euro", porque la empresa cubrirá las pérdidas con fondos propios y un seguro. No quisieron confirmar la cifra de 23 millones.

Almenara, fundada en 2018 por Ignacio Redondo Velasco, asegura tener 260.000 clientes, la mayoría en España y Portugal. Está inscrita en el registro del Banco de España como proveedor de servicios de cambio de moneda virtual.
""",
"01_en.txt": """Spanish crypto exchange Almenara hid €23 million hack for nine days, report says
Decrypt
May 20, 2027, 2:30 PM UTC

Hackers drained roughly €23 million ($25 million) in digital assets from Valencia-based crypto exchange Almenara on May 8, but the company did not tell customers for nine days, El Confidencial reported Thursday, citing two employees and an internal report.

The attackers got into one of Almenara's hot wallets using credentials stolen from an outside software vendor and emptied it in under two hours, according to the internal report seen by the Spanish outlet. The wallet held mostly ETH and the USDC stablecoin.

Staff were told for a week to describe the outage to users as "technical maintenance," one of the employees told El Confidencial. Almenara emailed customers about a "security incident" on May 17 without disclosing the amount.

The exchange confirmed the incident to the newspaper, saying that "no customer will lose a single euro" because losses would be covered from its own funds and an insurance policy. It declined to confirm the €23 million figure, the outlet added.

Founded in 2018 by Ignacio Redondo Velasco, Almenara claims about 260,000 customers, mostly in Spain and Portugal. Decrypt has reached out to Almenara for comment.
""",
"02_ru.txt": """Испанская криптобиржа Almenara девять дней скрывала взлом на €23 млн
РБК
20 мая 2027, 19:02

Хакеры похитили с испанской криптобиржи Almenara цифровые активы примерно на €23 млн, а клиентам площадка сообщила об инциденте лишь спустя девять дней. Об этом пишет испанское издание El Confidencial, ссылаясь на двух сотрудников компании и внутренний отчёт.

Атака произошла 8 мая. По информации El Confidencial, злоумышленники получили доступ к одному из «горячих» кошельков биржи с помощью учётных данных, украденных у стороннего поставщика программного обеспечения, и опустошили его менее чем за два часа. В кошельке хранились в основном ether и стейблкоин USDC.

Сотрудникам неделю велели говорить пользователям о «технических работах», рассказал изданию один из источников. Письмо об «инциденте безопасности» клиенты получили только 17 мая, сумма ущерба в нём не указывалась.

Официальные представители Almenara подтвердили El Confidencial факт взлома и заверили, что «ни один клиент не потеряет ни евро»: убытки покроют из собственных средств и страховки. Сумму в €23 млн в компании подтверждать не стали, отмечает издание.

Almenara основана в 2018 году в Валенсии. По собственным данным, у неё около 260 тыс. клиентов, в основном в Испании и Португалии.
""",
"03_pt.txt": """Corretora Almenara sofreu roubo de 23 milhões em criptomoedas e levou nove dias para avisar clientes
21/05/2027 08h10

A corretora valenciana de criptomoedas Almenara sofreu no passado dia 8 de maio um ataque informático em que lhe foram subtraídos ativos digitais no valor de cerca de 23 milhões de euros, e só informou os seus clientes nove dias depois. Foi o que contaram a este jornal dois funcionários da empresa, que pedem para não ser identificados, e é o que consta de um relatório interno a que tivemos acesso.

Segundo o documento, os atacantes entraram numa das carteiras "quentes" da plataforma — as que estão ligadas à internet — depois de obterem as credenciais de um fornecedor externo de software. Em menos de duas horas esvaziaram a carteira, que continha sobretudo ether e a stablecoin USDC.

"Durante uma semana pediram-nos para dizer aos clientes que havia uma manutenção técnica", relata um dos funcionários. A 17 de maio, a Almenara enviou um e-mail aos utilizadores em que falava de um "incidente de segurança", sem precisar o montante.

Fontes oficiais da empresa confirmaram a este jornal o incidente e garantiram que "nenhum cliente perderá um único euro", porque a empresa cobrirá as perdas com fundos próprios e um seguro. Não quiseram confirmar o valor de 23 milhões.

A Almenara, fundada em 2018 por Ignacio Redondo Velasco, afirma ter 260 mil clientes, a maioria em Espanha e Portugal. Está inscrita no registo do Banco de Espanha como prestadora de serviços de câmbio de moeda virtual.
"""},
[("El Confidencial", True)],
[("El Confidencial", "01_en.txt"), ("El Confidencial", "02_ru.txt"), ("El Confidencial", "03_pt.txt")],
[("Hackers stole crypto assets worth about 23 million euros from Spanish exchange Almenara on May 8.",
  ["00_es.txt", "01_en.txt", "02_ru.txt", "03_pt.txt"], 1),
 ("Almenara told customers about the incident only nine days later, after staff were told to call it technical maintenance.",
  ["00_es.txt", "01_en.txt", "02_ru.txt", "03_pt.txt"], 1)])

# c05: origin outside the corpus = a person's own post on X: Tomasz Reszel, founder and CEO of the
# exchange Nuvexa. pl Puls Biznesu "Poinformował o tym ... we wpisie na platformie X Tomasz Reszel" +
# "Jak napisał Reszel" (genitive "wpisie Reszla"); uk Mind (no date line) "Про це в соцмережі X
# написав засновник ... Томаш Решель" + "За словами Решеля"; pt Portal do Bitcoin "anunciou ... em
# publicação no X" + "escreveu Reszel" (+ unanswered request = no own reporting); de BTC-ECHO "Das
# teilte Gründer und CEO Tomasz Reszel am Freitagabend in einem Beitrag auf X mit" + "so der Nuvexa-Chef".
story("c05_post_nuvexa_withdrawals", "post", {
"00_pl.txt": """Nuvexa wstrzymuje wypłaty w złotych. Prezes: „środki klientów są bezpieczne"
Puls Biznesu
04.06.2027, 21:30

Giełda kryptowalut Nuvexa wstrzymała na maksymalnie 72 godziny wypłaty w złotych i w brazylijskich realach. Poinformował o tym w piątek wieczorem we wpisie na platformie X Tomasz Reszel, założyciel i prezes spółki.

Jak napisał Reszel, powodem jest zablokowanie rachunków przez litewskiego partnera płatniczego, za pośrednictwem którego Nuvexa obsługuje przelewy w walutach tradycyjnych. „Środki klientów są bezpieczne i w pełni pokryte. Problem dotyczy wyłącznie kanału płatności, nie naszej płynności" – zapewnił szef giełdy. Wypłaty kryptowalut na zewnętrzne portfele działają normalnie.

Reszel nie ujawnił nazwy partnera ani powodu blokady. We wpisie dodał jedynie, że spółka „prowadzi rozmowy z dwoma innymi dostawcami" i że pierwsze wypłaty mogą zostać wznowione już w poniedziałek.

Nuvexa, zarejestrowana w Wilnie, działa od 2021 r. i – według danych podawanych przez samą spółkę – ma ok. 600 tys. klientów, z czego ponad połowa mieszka w Polsce. Giełda ma też użytkowników w Ukrainie i Brazylii. W marcu pochwaliła się uzyskaniem licencji MiCA od Banku Litwy.

Pod wpisem Reszla w ciągu kilku godzin pojawiło się kilkaset komentarzy, w większości od zaniepokojonych klientów, którzy dopytywali o zlecone wcześniej przelewy.
""",
"01_uk.txt": """Криптобіржа Nuvexa призупинила виведення коштів у фіатних валютах
Mind

Криптобіржа Nuvexa, яка працює в Польщі, Україні та Бразилії, призупинила щонайбільше на 72 години виведення коштів у польських злотих і бразильських реалах. Про це в соцмережі X написав засновник і генеральний директор компанії Томаш Решель.

За словами Решеля, литовський платіжний партнер біржі заблокував рахунки, через які Nuvexa обслуговує перекази у фіатних валютах. «Кошти клієнтів у безпеці й повністю забезпечені. Проблема лише в платіжному каналі, а не в нашій ліквідності», – запевнив він у дописі. Виведення криптовалют на зовнішні гаманці працює у звичному режимі.

Чи стосуються обмеження гривневих операцій, Решель не уточнив. Назву партнера та причини блокування він також не розкрив, зазначивши лише, що компанія «веде переговори з двома іншими провайдерами» і перші виплати можуть відновити вже в понеділок.

Nuvexa зареєстрована у Вільнюсі та працює з 2021 року. За даними самої біржі, нею користуються близько 600 тис. клієнтів, більшість – у Польщі. У березні компанія отримала ліцензію за регламентом MiCA від Банку Литви.
""",
"02_pt.txt": """Exchange Nuvexa suspende saques em reais por até 72 horas
Portal do Bitcoin
5 de junho de 2027

A exchange de criptomoedas Nuvexa suspendeu por até 72 horas os saques em reais e em zlótis poloneses, anunciou na noite de sexta-feira (4) o fundador e CEO da empresa, Tomasz Reszel, em publicação no X (antigo Twitter).

Segundo o executivo, a suspensão ocorre porque um parceiro de pagamentos lituano bloqueou as contas por meio das quais a Nuvexa processa transferências em moeda fiduciária. "Os fundos dos clientes estão seguros e totalmente lastreados. O problema é apenas no canal de pagamento, não na nossa liquidez", escreveu Reszel. Os saques de criptomoedas para carteiras externas seguem funcionando.

O CEO não revelou o nome do parceiro nem o motivo do bloqueio, mas afirmou que a empresa está "em conversas com dois outros provedores" e que os primeiros saques podem ser retomados já na segunda-feira.

Registrada em Vilnius, na Lituânia, a Nuvexa chegou ao Brasil em 2024 e diz ter cerca de 600 mil clientes no total, a maioria na Polônia. No país, a exchange oferece depósitos via Pix.

O Portal do Bitcoin procurou a Nuvexa para comentar o caso, mas não obteve resposta até a publicação desta reportagem.
""",
"03_de.txt": """Kryptobörse Nuvexa setzt Fiat-Auszahlungen aus – CEO beschwichtigt auf X
BTC-ECHO
5. Juni 2027, 10:40

Die litauische Kryptobörse Nuvexa hat Auszahlungen in polnischen Złoty und brasilianischen Real für bis zu 72 Stunden ausgesetzt. Das teilte Gründer und CEO Tomasz Reszel am Freitagabend in einem Beitrag auf X mit.

Grund sei, dass ein litauischer Zahlungspartner die Konten gesperrt habe, über die Nuvexa Überweisungen in Fiatwährungen abwickelt, schrieb Reszel. „Die Kundengelder sind sicher und vollständig gedeckt. Das Problem betrifft nur den Zahlungskanal, nicht unsere Liquidität." Krypto-Auszahlungen auf externe Wallets funktionierten normal.

Den Namen des Zahlungsdienstleisters nannte Reszel nicht. Man verhandle mit „zwei anderen Anbietern", erste Auszahlungen könnten bereits am Montag wieder möglich sein, so der Nuvexa-Chef.

Nuvexa hat nach eigenen Angaben rund 600.000 Kunden, vor allem in Polen, und besitzt seit März eine MiCA-Lizenz der litauischen Zentralbank. In Deutschland ist die Börse bislang nicht aktiv.

Ausgesetzte Auszahlungen gelten in der Kryptobranche als Warnsignal: Bei mehreren Pleiten der vergangenen Jahre standen sie am Anfang des Zusammenbruchs. Ob bei Nuvexa mehr dahintersteckt als ein Problem mit dem Zahlungsdienstleister, ist derzeit nicht absehbar.
"""},
[("Tomasz Reszel", False)],
[("Tomasz Reszel", "00_pl.txt"), ("Tomasz Reszel", "01_uk.txt"),
 ("Tomasz Reszel", "02_pt.txt"), ("Tomasz Reszel", "03_de.txt")],
[("Nuvexa suspended withdrawals in zlotys and Brazilian reais for up to 72 hours.",
  ["00_pl.txt", "01_uk.txt", "02_pt.txt", "03_de.txt"], 1),
 ("Reszel said a Lithuanian payment partner had frozen the accounts Nuvexa uses for fiat transfers.",
  ["00_pl.txt", "01_uk.txt", "02_pt.txt", "03_de.txt"], 1)])

# c06: two independent own reports published the same morning: uk Економічна правда (a letter to
# clients "який має у своєму розпорядженні «Економічна правда»" + its journalist's call to support,
# "Журналістка ЕП") and pl Rzeczpospolita ("ustaliła „Rzeczpospolita"" + "potwierdził w rozmowie z
# „Rz"" + an anonymous bank manager "mówi „Rz""). de FAZ credits both ("berichten übereinstimmend
# ... „Rzeczpospolita" und ... „Ekonomitschna Prawda"", "Der Rzeczpospolita sagte" (dative)) -> two
# edges; ru Коммерсантъ credits only «Экономическая правда» ("По информации «Экономической правды»").
story("c06_independent_zlotex_hryvnia", "independent", {
"00_uk.txt": """Криптобіржа Zlotex з 1 липня припиняє операції з гривнею
Економічна правда
22 червня 2027, 10:20

Польська криптобіржа Zlotex, якою користуються сотні тисяч українців, з 1 липня припиняє приймати поповнення та виводити кошти в гривні. Про це йдеться в листі біржі до клієнтів, який має у своєму розпорядженні «Економічна правда».

«Через зміну умов співпраці з банком-партнером ми змушені припинити операції з UAH. Просимо вивести гривневі залишки до 30 червня», – ідеться в листі. Торгівля криптовалютами та операції в злотих і євро тривають у звичному режимі.

Журналістка ЕП звернулася до служби підтримки Zlotex під виглядом клієнтки. Оператор підтвердив, що гривневі картки перестануть приймати «з 1 липня без винятків», а залишки, не виведені до цієї дати, конвертують у USDT за ринковим курсом.

За даними біржі, гривнею на Zlotex користуються близько 240 тис. клієнтів, а гривневі операції дають приблизно 18% обороту. Який саме банк змінив умови співпраці, у листі не уточнюється.

Zlotex заснована у Вроцлаві у 2020 році. Після 2022 року біржа стала популярною серед українців завдяки низьким комісіям на обмін гривні на доларові стейблкоїни.
""",
"01_pl.txt": """Zlotex rezygnuje z hrywny. Prezes: bank nie chciał dalej obsługiwać przelewów z Ukrainy
Rzeczpospolita
wtorek, 22 czerwca 2027

Wrocławska giełda kryptowalut Zlotex od 1 lipca przestanie obsługiwać wpłaty i wypłaty w ukraińskich hrywnach – ustaliła „Rzeczpospolita". Decyzję potwierdził w rozmowie z „Rz" prezes spółki Marek Grabiec.

– Nasz bank partnerski poinformował nas w maju, że nie będzie dalej rozliczał przelewów z ukraińskich kart. Szukaliśmy alternatywy przez kilka tygodni, ale na dziś jej nie ma – powiedział nam Grabiec. Nazwy banku nie chciał ujawnić.

Jak wyjaśnia prezes, z hrywny korzysta ok. 240 tys. klientów Zlotexu, którzy odpowiadają za mniej więcej jedną piątą obrotów. Handel kryptowalutami oraz operacje w złotych i euro mają działać bez zmian. Klienci, którzy nie wypłacą hrywien do końca czerwca, otrzymają równowartość w stablecoinie USDT.

Nasi rozmówcy z branży zwracają uwagę, że banki coraz ostrożniej podchodzą do przelewów z Ukrainy powiązanych z kryptowalutami. – Koszty weryfikacji takich transakcji są dziś wyższe niż prowizje, które bank na nich zarabia – mówi „Rz" menedżer jednego z polskich banków, który prosi o anonimowość.

Zlotex działa od 2020 r. W ubiegłym roku miał 31 mln zł przychodów i 4,2 mln zł zysku netto.
""",
"02_de.txt": """Polnische Kryptobörse Zlotex stellt Hrywnja-Geschäft ein
Frankfurter Allgemeine Zeitung
23.06.2027

Die polnische Kryptobörse Zlotex beendet zum 1. Juli den Zahlungsverkehr in ukrainischer Hrywnja. Das berichten übereinstimmend die polnische Tageszeitung „Rzeczpospolita" und das ukrainische Wirtschaftsportal „Ekonomitschna Prawda". Betroffen sind rund 240.000 Kunden, die meisten davon Ukrainer.

Der Rzeczpospolita sagte Zlotex-Chef Marek Grabiec, die Partnerbank habe im Mai angekündigt, Überweisungen von ukrainischen Karten nicht länger abzuwickeln; eine Alternative gebe es derzeit nicht. Den Namen der Bank nannte er nicht.

Ekonomitschna Prawda beruft sich auf ein Schreiben der Börse an ihre Kunden. Darin werden die Nutzer aufgefordert, ihre Hrywnja-Guthaben bis zum 30. Juni abzuheben. Nicht abgehobene Beträge sollen in den Stablecoin USDT umgetauscht werden. Wie das Portal weiter berichtet, bestätigte auch der Kundendienst der Börse die Frist.

Der Handel mit Kryptowährungen sowie Euro- und Złoty-Transaktionen laufen den Berichten zufolge normal weiter. Das Hrywnja-Geschäft macht demnach knapp ein Fünftel des Umsatzes aus.

Zlotex mit Sitz in Breslau war nach Beginn der russischen Vollinvasion 2022 bei ukrainischen Geflüchteten beliebt geworden, weil die Börse den Umtausch von Hrywnja in Dollar-Stablecoins zu niedrigen Gebühren anbot.
""",
"03_ru.txt": """Польская криптобиржа Zlotex отказывается от гривны
Коммерсантъ
23 июня 2027 г.

Польская криптобиржа Zlotex с 1 июля прекращает принимать пополнения и проводить выводы в украинских гривнах. Об этом сообщила украинская «Экономическая правда», получившая письмо биржи клиентам.

«В связи с изменением условий сотрудничества с банком-партнером мы вынуждены прекратить операции с UAH»,— цитирует письмо издание. Клиентов просят вывести гривневые остатки до 30 июня, в противном случае средства конвертируют в USDT по рыночному курсу. По информации «Экономической правды», это подтвердил и оператор службы поддержки биржи.

Торговля криптовалютами, а также операции в злотых и евро продолжатся в обычном режиме. Гривной на Zlotex пользуются около 240 тыс. клиентов, на такие операции приходится примерно 18% оборота площадки, уточняет украинское издание.

Zlotex основана во Вроцлаве в 2020 году. После 2022 года биржа стала популярной среди украинцев, выехавших в Польшу, благодаря низким комиссиям на обмен гривны.
"""},
[("Економічна правда", True), ("Rzeczpospolita", True)],
[("Rzeczpospolita", "02_de.txt"), ("Економічна правда", "02_de.txt"), ("Економічна правда", "03_ru.txt")],
[("Crypto exchange Zlotex will stop hryvnia deposits and withdrawals from July 1.",
  ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_ru.txt"], 2),
 ("Hryvnia balances not withdrawn by the end of June will be converted into USDT.",
  ["00_uk.txt", "01_pl.txt", "02_de.txt", "03_ru.txt"], 2),
 ("A Polish bank manager said verifying crypto-linked transfers from Ukraine costs more than the fees banks earn on them.",
  ["01_pl.txt"], 1)])

# c07: outside wire agency Reuters (three anonymous people with knowledge of the matter belong to
# Reuters; Paxalia's and the CVM's replies to Reuters are part of its report). pt Folha "informou
# nesta quinta-feira (8) a agência de notícias Reuters, citando" + "De acordo com a agência" + "disse
# à agência"; es La Nación "según informó este jueves la agencia Reuters, que cita" + "Según la agencia
# británica" (+ unanswered enquiry to the CNV = no own reporting); en (no outlet line, no date line)
# "three people with knowledge of the matter told Reuters" + "according to the news agency"; ru
# Ведомости "сообщило агентство Reuters со ссылкой на" + "по данным агентства" + "пишет Reuters".
story("c07_agency_paxalia_cvm", "agency", {
"00_pt.txt": """CVM investiga corretora de cripto Paxalia por oferta irregular de token, diz agência
Folha de S.Paulo
8.jul.2027 às 13h40

A CVM (Comissão de Valores Mobiliários) abriu um processo administrativo para investigar a corretora de criptomoedas paulistana Paxalia por suspeita de oferta irregular de valores mobiliários, informou nesta quinta-feira (8) a agência de notícias Reuters, citando três pessoas com conhecimento do assunto.

De acordo com a agência, o foco da investigação é o token PXA Renda, lançado pela Paxalia em 2026 com promessa de rendimento de 1,2% ao mês lastreado em recebíveis de pequenas empresas. Para a área técnica da autarquia, o produto teria características de contrato de investimento coletivo e precisaria de registro.

Ainda segundo a Reuters, a Paxalia captou cerca de R$ 410 milhões com o token junto a aproximadamente 38 mil investidores no Brasil e na Argentina. Uma das fontes disse à agência que a CVM pode determinar a suspensão da oferta nas próximas semanas.

A CVM disse à Reuters que não comenta investigações em andamento. A Paxalia afirmou à agência que "sempre atuou em conformidade com a regulamentação" e que colabora com as autoridades.

Fundada em 2017, a Paxalia tem cerca de 2,1 milhões de clientes e está entre as maiores corretoras de criptoativos do país em volume de negociação.
""",
"01_es.txt": """Brasil investiga al exchange Paxalia, que captó fondos de inversores argentinos
La Nación
8 de julio de 2027

La Comisión de Valores Mobiliarios de Brasil (CVM) abrió una investigación sobre el exchange de criptomonedas Paxalia, con sede en San Pablo, por la presunta oferta irregular de un token que prometía rendimientos mensuales, según informó este jueves la agencia Reuters, que cita a tres personas al tanto del caso.

El producto en la mira es el PXA Renda, un token respaldado por créditos de pequeñas empresas que ofrecía un 1,2% mensual. Según la agencia británica, Paxalia recaudó con él unos 410 millones de reales (cerca de US$75 millones) entre unos 38.000 inversores de Brasil y de la Argentina.

La CVM podría ordenar la suspensión de la oferta en las próximas semanas, indicó una de las fuentes consultadas por Reuters. Paxalia respondió a la agencia que "siempre actuó conforme a la regulación" y que colabora con las autoridades.

Paxalia desembarcó en el país en 2025 y promocionó el PXA Renda en redes sociales como una alternativa "en dólares digitales" frente a la inflación. No está claro cuántos de los inversores afectados son argentinos. La Comisión Nacional de Valores (CNV) no respondió a una consulta de este medio.
""",
"02_en.txt": """Brazil's securities regulator probes crypto exchange Paxalia over yield token

Brazil's Securities and Exchange Commission (CVM) has opened an administrative proceeding into São Paulo-based crypto exchange Paxalia over a yield-bearing token it sold to tens of thousands of investors, three people with knowledge of the matter told Reuters.

The probe centers on PXA Renda, a token launched in 2026 that promised a 1.2% monthly return backed by receivables from small businesses. CVM staff believe the product may qualify as a collective investment contract that requires registration, Reuters said.

Paxalia raised about 410 million reais ($75 million) from roughly 38,000 investors in Brazil and Argentina through the token, according to the news agency. One of the sources said the regulator could order the offering suspended within weeks.

In a statement to Reuters, Paxalia said it had "always acted in compliance with regulations" and was cooperating with the authorities. The CVM told the agency it does not comment on ongoing investigations.

Founded in 2017, Paxalia has about 2.1 million customers and ranks among Brazil's largest crypto exchanges by trading volume. Latin America's biggest economy has been steadily tightening its oversight of crypto firms that market yield products to retail investors.
""",
"03_ru.txt": """Бразильский регулятор начал расследование в отношении криптобиржи Paxalia
Ведомости
08.07.2027 18:25

Комиссия по ценным бумагам Бразилии (CVM) начала административное расследование в отношении криптобиржи Paxalia из Сан-Паулу. Об этом сообщило агентство Reuters со ссылкой на трех осведомленных собеседников.

Поводом стал токен PXA Renda, который биржа выпустила в 2026 г. Он обещал инвесторам доходность 1,2% в месяц за счет дебиторской задолженности малого бизнеса. Специалисты регулятора, по данным агентства, считают, что продукт может подпадать под определение коллективного инвестиционного договора и требует регистрации.

С помощью токена Paxalia привлекла около 410 млн реалов (около $75 млн) примерно у 38 000 инвесторов из Бразилии и Аргентины, пишет Reuters. Один из собеседников агентства допустил, что CVM в ближайшие недели может приостановить размещение.

В Paxalia агентству заявили, что компания «всегда действовала в соответствии с регулированием» и сотрудничает с властями.

Paxalia основана в 2017 г. и обслуживает около 2,1 млн клиентов. Бразилия входит в число крупнейших крипторынков Латинской Америки.
"""},
[("Reuters", False)],
[("Reuters", "00_pt.txt"), ("Reuters", "01_es.txt"), ("Reuters", "02_en.txt"), ("Reuters", "03_ru.txt")],
[("Brazil's securities regulator CVM opened an investigation into crypto exchange Paxalia over its PXA Renda token.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 1),
 ("Paxalia raised about 410 million reais from roughly 38,000 investors in Brazil and Argentina with the token.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_ru.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        os.makedirs(os.path.join(sd, id))
        for fn, text in arts.items():
            with open(os.path.join(sd, id, fn), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for o, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 157 (invented events, real media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
