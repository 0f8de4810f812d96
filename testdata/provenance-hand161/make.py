#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand161 set.

Consumer product recalls and safety regulators. Real media names as outlets; every event, company,
product, person, figure and quote is invented.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# q01: in-corpus scoop by Der Spiegel (internal documents + three people familiar; company declines).
# pl "podaje tygodnik „Der Spiegel”, powołując się na" + "Według „Spiegla”" + unanswered Money.pl request;
# es "según ha publicado este viernes el semanario alemán Der Spiegel" + "Según el medio alemán";
# ru "сообщает журнал Der Spiegel со ссылкой на" + "По данным издания" + "пишет Spiegel".
# Background only: Stiftung Warentest, BAuA, UOKiK, OCU.
story("q01_spiegel_dryer_recall", "scoop", {
"00_de.txt": """Brandgefahr: Hausgerätehersteller Wendling bereitet Rückruf von 1,2 Millionen Wäschetrocknern vor
Der Spiegel
12.03.2027, 06.00 Uhr

Der ostwestfälische Hausgerätehersteller Wendling bereitet nach SPIEGEL-Informationen einen der größten Rückrufe seiner Firmengeschichte vor. Betroffen sind rund 1,2 Millionen Wärmepumpentrockner der Baureihe TrockenPro, die zwischen 2022 und 2025 in Deutschland und elf weiteren europäischen Ländern verkauft wurden. Grund ist eine fehlerhafte Thermosicherung, die im Dauerbetrieb versagen und einen Brand auslösen kann.

Das geht aus internen Unterlagen hervor, die dem SPIEGEL vorliegen. In einer Präsentation für den Vorstand vom Februar listet die Qualitätssicherung 37 Brände auf, die mit den Geräten in Verbindung gebracht werden, darunter ein Wohnungsbrand in Kassel im vergangenen November, bei dem zwei Menschen eine Rauchvergiftung erlitten. Ein Zulieferer aus Tschechien hatte die Sicherungen demnach mit einem falschen Auslösewert geliefert.

Drei mit dem Vorgang vertraute Personen bestätigten dem SPIEGEL, dass der Rückruf noch im März offiziell angekündigt werden soll. Intern werden die Kosten auf bis zu 140 Millionen Euro geschätzt. Kunden sollen die Wahl haben zwischen einer Reparatur durch einen Techniker vor Ort und einem Gutschein für ein Neugerät.

Ein Sprecher von Wendling wollte sich auf Anfrage nicht zu „internen Unterlagen und Spekulationen“ äußern. Man nehme die Sicherheit der Kundinnen und Kunden „sehr ernst“, teilte er lediglich mit.

Die Stiftung Warentest hatte den TrockenPro 8 im Jahr 2025 noch mit der Note „gut“ bewertet. In der Produktsicherheitsdatenbank der Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA) ist bislang kein Eintrag zu den Geräten zu finden.
""",
"01_pl.txt": """Niemiecki gigant AGD szykuje wielki zwrot suszarek. Chodzi o ryzyko pożaru
money.pl
12.03.2027 11:47

Producent sprzętu AGD Wendling przygotowuje akcję zwrotu około 1,2 mln suszarek do ubrań z pompą ciepła z serii TrockenPro – podaje tygodnik „Der Spiegel”, powołując się na wewnętrzne dokumenty firmy. Powodem ma być wadliwy bezpiecznik termiczny, który przy długiej pracy może przestać działać i doprowadzić do pożaru.

Według „Spiegla” dział kontroli jakości koncernu naliczył już 37 pożarów, które mogą mieć związek z urządzeniami. Do jednego z nich doszło w listopadzie w mieszkaniu w Kassel – dwie osoby zatruły się wtedy dymem. Wadliwe bezpieczniki miał dostarczyć czeski poddostawca.

Rozmówcy niemieckiego tygodnika twierdzą, że firma chce oficjalnie ogłosić akcję jeszcze w marcu. Jej koszt wewnętrznie szacowany jest na nawet 140 mln euro. Klienci mają mieć do wyboru naprawę w domu albo bon na nowe urządzenie.

Suszarki z serii TrockenPro sprzedawano w latach 2022–2025 w Niemczech i w jedenastu innych krajach Europy. Z informacji „Spiegla” nie wynika jednak, czy na tej liście jest Polska.

Money.pl zwrócił się do polskiego biura handlowego Wendlinga z pytaniem, ile urządzeń trafiło na nasz rynek. Do chwili publikacji nie otrzymaliśmy odpowiedzi.

Przypomnijmy, że w Polsce informacje o niebezpiecznych produktach publikuje Urząd Ochrony Konkurencji i Konsumentów w swoim rejestrze produktów niebezpiecznych.
""",
"02_es.txt": """El fabricante alemán Wendling prepara la retirada de 1,2 millones de secadoras por riesgo de incendio
La Vanguardia
12/03/2027 14:05

El fabricante alemán de electrodomésticos Wendling prepara la retirada de alrededor de 1,2 millones de secadoras con bomba de calor de su gama TrockenPro por un defecto en el fusible térmico que puede provocar incendios, según ha publicado este viernes el semanario alemán Der Spiegel.

La revista, que cita documentos internos de la compañía y a tres personas conocedoras del asunto, asegura que el departamento de calidad de la empresa ha registrado 37 incendios relacionados con estos aparatos. Uno de ellos se produjo el pasado noviembre en una vivienda de Kassel, donde dos personas resultaron intoxicadas por el humo.

Según el medio alemán, el origen del problema está en un lote de fusibles suministrados por un proveedor checo con un valor de disparo erróneo. Wendling tendría previsto anunciar oficialmente la campaña antes de que termine marzo y calcula que le costará hasta 140 millones de euros.

Un portavoz de la compañía declinó hacer comentarios a Der Spiegel sobre lo que calificó de "documentos internos y especulaciones".

Las secadoras afectadas se vendieron entre 2022 y 2025 en Alemania y en otros once países europeos. El semanario no precisa si España figura entre ellos.

La Organización de Consumidores y Usuarios (OCU) recomienda, con carácter general, no dejar las secadoras funcionando durante la noche ni cuando no hay nadie en casa.
""",
"03_ru.txt": """Spiegel узнал о подготовке отзыва 1,2 млн сушильных машин Wendling
РБК
12 марта 2027, 15:20

Немецкий производитель бытовой техники Wendling готовится отозвать около 1,2 млн сушильных машин с тепловым насосом серии TrockenPro из-за риска возгорания. Об этом сообщает журнал Der Spiegel со ссылкой на внутренние документы компании и трех человек, знакомых с ситуацией.

По данным издания, причиной стал неисправный термопредохранитель, который при длительной работе может не сработать. Служба контроля качества Wendling насчитала 37 пожаров, которые могут быть связаны с этими машинами, в том числе пожар в квартире в Касселе в ноябре прошлого года, когда два человека отравились дымом.

Отзыв планируется объявить до конца марта, а его стоимость компания оценивает в сумму до €140 млн, пишет Spiegel. Покупателям предложат либо ремонт на дому, либо сертификат на новое устройство.

Представитель Wendling отказался комментировать журналу «внутренние документы и спекуляции».

Сушильные машины TrockenPro продавались с 2022 по 2025 год в Германии и еще 11 европейских странах. Официальные поставки техники Wendling в Россию прекращены в 2022 году.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_pl.txt"), ("Der Spiegel", "02_es.txt"), ("Der Spiegel", "03_ru.txt")],
[("Wendling is preparing a recall of about 1.2 million TrockenPro heat-pump tumble dryers because a faulty thermal fuse can cause fires.",
  ["00_de.txt", "01_pl.txt", "02_es.txt", "03_ru.txt"], 1),
 ("Wendling's quality department has linked 37 fires to the dryers, including a flat fire in Kassel in which two people suffered smoke poisoning.",
  ["00_de.txt", "01_pl.txt", "02_es.txt", "03_ru.txt"], 1),
 ("A Wendling spokesman declined to comment on internal documents and speculation.",
  ["00_de.txt", "02_es.txt", "03_ru.txt"], 1)])

# q02: institution-published origin: UOKiK's warning on its website (outside the corpus).
# pl "wynika z komunikatu opublikowanego w czwartek na stronie UOKiK" + "czytamy w komunikacie";
# uk "Про це йдеться в повідомленні, оприлюдненому … на сайті відомства" + "Як зазначає UOKiK";
# de (no outlet line) "teilte die Behörde am Donnerstag auf ihrer Internetseite mit" + "Laut der Mitteilung";
# es credits Rzeczpospolita "según informa el diario polaco Rzeczpospolita, que cita un comunicado de … (UOKiK)"
# + "recoge el rotativo" + "añade Rzeczpospolita": one edge from Rzeczpospolita (chain).
story("q02_uokik_slime_boron", "institution", {
"00_pl.txt": """UOKiK ostrzega przed popularnym slime'em. Czterokrotnie przekroczony limit boru
Rzeczpospolita
Publikacja: 15.04.2027 13:10

Urząd Ochrony Konkurencji i Konsumentów ostrzega rodziców przed zabawką „Slime Galaxy Glow”, sprzedawaną w sklepach stacjonarnych i internetowych w całym kraju. Badania wykazały, że masa uwalnia ponad czterokrotnie więcej boru, niż dopuszczają przepisy – wynika z komunikatu opublikowanego w czwartek na stronie UOKiK.

Próbki zabawki zbadało laboratorium urzędu. Migracja boru wyniosła 1240 mg/kg, podczas gdy dla zabawek płynnych i lepkich norma wynosi 300 mg/kg. „Nadmiar boru może szkodzić zdrowiu, w tym negatywnie wpływać na rozwój i płodność. Dzieci, bawiąc się masą, mają ją na dłoniach, a często także w ustach” – czytamy w komunikacie.

Urząd apeluje, by natychmiast przestać korzystać z zabawki. Importer, spółka Hapi-Toys z Wólki Kosowskiej, wstrzymał sprzedaż i wycofał produkt z rynku. Klienci mogą oddać zabawkę w miejscu zakupu i odzyskać pieniądze – informuje UOKiK.

Zabawkę łatwo rozpoznać po fioletowym pojemniku w kształcie planety z brokatową masą w środku. Kwestionowana partia ma numer GX-2611.

To kolejne w ostatnich latach ostrzeżenie przed slime'ami. Inspekcja Handlowa regularnie kontroluje zabawki dla dzieci, a informacje o niebezpiecznych produktach trafiają też do unijnego systemu Safety Gate.
""",
"01_uk.txt": """У Польщі попередили про небезпечний слайм для дітей із надлишком бору
Укрінформ
15.04.2027 16:25

Польське Управління з питань конкуренції та захисту прав споживачів (UOKiK) закликало батьків не купувати дітям іграшку «Slime Galaxy Glow»: лабораторні дослідження виявили в ній у чотири рази більше бору, ніж дозволено. Про це йдеться в повідомленні, оприлюдненому в четвер на сайті відомства.

Як зазначає UOKiK, міграція бору зі зразків становила 1240 мг/кг за норми 300 мг/кг для рідких і липких іграшок. Надлишок бору може шкодити здоров'ю, зокрема впливати на розвиток і репродуктивну функцію, а діти під час гри часто тягнуть масу до рота, наголошують у відомстві.

Імпортер — компанія Hapi-Toys з Вульки-Косовської під Варшавою — припинив продаж і відкликав товар. Покупці можуть повернути іграшку в магазин і отримати гроші, повідомляє управління.

Слайм продається у фіолетовій банці у формі планети з блискітками всередині; йдеться про партію з номером GX-2611.

В Україні державний нагляд за безпечністю іграшок здійснює Держпродспоживслужба. Чи потрапляв цей товар на український ринок, невідомо.
""",
"02_de.txt": """Polen warnt vor Schleim-Spielzeug mit zu viel Bor
15. April 2027

Die polnische Wettbewerbs- und Verbraucherschutzbehörde UOKiK warnt vor einem Schleim-Spielzeug, das deutlich zu viel Bor enthält. Bei Laboruntersuchungen des Spielzeugs „Slime Galaxy Glow“ sei mehr als das Vierfache des zulässigen Grenzwerts gemessen worden, teilte die Behörde am Donnerstag auf ihrer Internetseite mit.

Laut der Mitteilung lösten sich aus den Proben 1240 Milligramm Bor pro Kilogramm; für flüssige und klebrige Spielzeuge erlaubt die EU 300 Milligramm. Zu viel Bor könne die Entwicklung und die Fruchtbarkeit beeinträchtigen, warnt die Behörde. Kinder hätten den Schleim beim Spielen an den Händen und oft auch im Mund.

Der Importeur, eine Firma aus dem Großhandelszentrum Wólka Kosowska bei Warschau, hat den Verkauf nach Angaben der Behörde gestoppt und das Produkt zurückgerufen. Käufer können den Schleim im Geschäft zurückgeben und bekommen ihr Geld erstattet.

Das Spielzeug steckt in einem lila Behälter in Form eines Planeten; betroffen ist die Charge GX-2611. Ob es auch in Deutschland verkauft wurde, ist unklar. Hierzulande sind die Marktüberwachungsbehörden der Länder für die Sicherheit von Spielzeug zuständig.
""",
"03_es.txt": """Polonia alerta de un 'slime' infantil con cuatro veces más boro del permitido
20minutos
16.04.2027 - 09:40h

Las autoridades de consumo de Polonia han detectado niveles de boro más de cuatro veces superiores al límite legal en un 'slime', la popular masa viscosa con la que juegan millones de niños, según informa el diario polaco Rzeczpospolita, que cita un comunicado de la Oficina de Protección de la Competencia y del Consumidor (UOKiK).

El producto, comercializado con el nombre 'Slime Galaxy Glow', liberó 1.240 miligramos de boro por kilo en los análisis del laboratorio del organismo, cuando la normativa europea fija un máximo de 300 miligramos para los juguetes líquidos o pegajosos. El exceso de boro puede perjudicar el desarrollo y la fertilidad, advierte la UOKiK, recoge el rotativo.

La empresa importadora ha retirado el juguete del mercado y los compradores pueden devolverlo en la tienda y recuperar su dinero, añade Rzeczpospolita.

Por ahora no consta que el producto se haya vendido en España. En nuestro país, las alertas sobre juguetes peligrosos se difunden a través de la red de alerta de las autoridades de consumo, conectada al sistema europeo Safety Gate, que cada semana publica decenas de avisos sobre productos infantiles.
""",
}, [("UOKiK", False)],
[("UOKiK", "00_pl.txt"), ("UOKiK", "01_uk.txt"), ("UOKiK", "02_de.txt"), ("Rzeczpospolita", "03_es.txt")],
[("UOKiK lab tests found boron migration of 1,240 mg/kg from the Slime Galaxy Glow toy, more than four times the 300 mg/kg limit.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_es.txt"], 1),
 ("The importer stopped sales and withdrew the toy; buyers can return it to the shop for a refund.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_es.txt"], 1),
 ("The affected batch is GX-2611, sold in a purple planet-shaped container.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt"], 1)])

# q03: chain Le Parisien (own lab tests) -> The Guardian -> Gazeta Wyborcza, uk (no outlet, no date line).
# fr own "Le Parisien en a acheté quinze … et les a fait analyser" + "à qui nous avons soumis" + "Sollicitée, la DGCCRF";
# en "according to an investigation by the French daily Le Parisien" + "the paper" + "told Le Parisien";
# pl "podaje brytyjski dziennik „The Guardian”, powołując się na śledztwo francuskiej gazety „Le Parisien”" + "pisze „Guardian”";
# uk "пише британське видання The Guardian з посиланням на розслідування французької газети Le Parisien".
story("q03_parisien_makeup_chain", "chain", {
"00_fr.txt": """Maquillage pour enfants : nos analyses révèlent du plomb et du nickel dans des coffrets vendus en ligne
Le Parisien
Le 18 mai 2027 à 06h00

Des fards à paupières pailletés, des rouges à lèvres roses et des vernis « spécial princesse » : les coffrets de maquillage pour enfants se vendent par milliers sur les plateformes en ligne, souvent pour moins de 15 euros. Le Parisien en a acheté quinze, sur quatre sites différents, et les a fait analyser par un laboratoire indépendant accrédité, à Lyon.

Résultat : six coffrets sur quinze dépassent les valeurs de référence utilisées par les autorités sanitaires pour les traces de plomb ou de nickel dans les cosmétiques. Le pire, une palette vendue sous le nom de « Princess Glam Box », contient neuf fois plus de plomb que la valeur de référence. Deux autres dépassent largement celle du nickel, un métal très allergisant.

« Chez un enfant, la peau des paupières et des lèvres est fine, et le maquillage finit souvent dans la bouche », rappelle la dermatologue pédiatrique Claire Mornand, à qui nous avons soumis les résultats. « Le plomb n'a rien à faire dans ces produits. »

Sollicitée, la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF) indique avoir « pris connaissance » de nos résultats et « envisager des contrôles ciblés ». Aucun des quatre vendeurs n'a répondu à nos questions.

Sur les emballages, la plupart des coffrets affichent pourtant la mention « conforme aux normes européennes ». Trois d'entre eux n'indiquent ni le nom ni l'adresse d'une personne responsable dans l'Union européenne, une mention pourtant obligatoire.
""",
"01_en.txt": """Lead and nickel found in children's makeup kits sold online, French tests show
The Guardian
Wed 19 May 2027 08.30 BST

Six out of 15 children's makeup kits bought online in France contained lead or nickel above the reference values used by health authorities, according to an investigation by the French daily Le Parisien.

The paper bought the kits – glittery eyeshadows, pink lipsticks and "princess" nail varnishes, most costing less than €15 – from four online marketplaces and had them tested by an accredited laboratory in Lyon. The worst performer, a palette sold as "Princess Glam Box", contained nine times the reference value for lead, Le Parisien reported. Two other kits had high levels of nickel, a common cause of skin allergies.

"Children's eyelids and lips have thin skin, and makeup often ends up in the mouth," the paediatric dermatologist Claire Mornand told the paper. "Lead has no business being in these products."

France's consumer watchdog, the DGCCRF, told Le Parisien it was considering targeted inspections. None of the four sellers responded to the newspaper's questions.

Most of the kits carried the claim "complies with European standards" on their packaging, while three did not name a person responsible for the product in the EU, as the law requires.

In the UK, cosmetics safety is overseen by the Office for Product Safety and Standards, which has issued several warnings in recent years about children's cosmetics bought from online marketplaces.
""",
"02_pl.txt": """Ołów w kosmetykach dla dzieci. Niepokojące wyniki badań zestawów do makijażu z internetu
Gazeta Wyborcza
20 maja 2027, 07:15

W sześciu z 15 zestawów do makijażu dla dzieci kupionych w internecie wykryto ołów lub nikiel w ilościach przekraczających wartości referencyjne – podaje brytyjski dziennik „The Guardian”, powołując się na śledztwo francuskiej gazety „Le Parisien”.

Francuscy dziennikarze kupili zestawy – brokatowe cienie do powiek, różowe szminki i lakiery do paznokci „dla księżniczek” – na czterech platformach sprzedażowych i zlecili ich zbadanie akredytowanemu laboratorium w Lyonie. Najgorzej wypadła paleta „Princess Glam Box”, w której stężenie ołowiu dziewięciokrotnie przekraczało wartość referencyjną – pisze „Guardian”. W dwóch innych zestawach wykryto dużo niklu, który silnie uczula.

„Skóra powiek i warg u dziecka jest cienka, a makijaż często trafia do ust” – powiedziała cytowana przez brytyjską gazetę dermatolog dziecięca Claire Mornand.

Francuski urząd ochrony konsumentów DGCCRF rozważa ukierunkowane kontrole. Żaden ze sprzedawców nie odpowiedział na pytania dziennikarzy.

W Polsce nadzór nad bezpieczeństwem kosmetyków sprawuje Państwowa Inspekcja Sanitarna.
""",
"03_uk.txt": """У наборах дитячої косметики з інтернету знайшли свинець і нікель

У шести з 15 наборів дитячої косметики, придбаних в інтернеті у Франції, виявили свинець або нікель у концентраціях, що перевищують референтні значення. Про це пише британське видання The Guardian з посиланням на розслідування французької газети Le Parisien.

Журналісти купили тіні з блискітками, рожеві помади та лаки для нігтів «для принцес» на чотирьох онлайн-платформах і передали їх на аналіз до акредитованої лабораторії в Ліоні. Найгірший результат показала палетка «Princess Glam Box»: вміст свинцю в ній удев'ятеро перевищив референтне значення, зазначає The Guardian.

Ще у двох наборах виявили високий вміст нікелю — металу, який часто спричиняє алергію.

«Шкіра повік і губ у дитини тонка, а косметика часто потрапляє до рота», — цитує видання дитячу дерматологиню Клер Морнан.

Французьке відомство із захисту прав споживачів DGCCRF розглядає можливість цільових перевірок, пише британська газета. Жоден із продавців на запитання журналістів не відповів.
""",
}, [("Le Parisien", True)],
[("Le Parisien", "01_en.txt"), ("The Guardian", "02_pl.txt"), ("The Guardian", "03_uk.txt")],
[("Six of 15 children's makeup kits bought online contained lead or nickel above reference values.",
  ["00_fr.txt", "01_en.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("The worst kit, 'Princess Glam Box', contained nine times the reference value for lead.",
  ["00_fr.txt", "01_en.txt", "02_pl.txt", "03_uk.txt"], 1),
 ("Three of the kits did not name a person responsible for the product in the EU.",
  ["00_fr.txt", "01_en.txt"], 1)])

# q04: Suspilne own report (correspondent at the market, DSNS and consumer service speaking to Suspilne);
# 01_ru is an uncredited close Russian translation on Корреспондент.net hours later (keeps "Журналистка
# … побывала", drops the outlet name): edge from Суспільне. en "Suspilne, Ukraine's public broadcaster,
# reported" + "told Suspilne"; de "Das berichtet der öffentlich-rechtliche ukrainische Sender Suspilne"
# + "sagte … dem Sender" + "heißt es in dem Bericht".
story("q04_suspilne_heaters_translation", "translation", {
"00_uk.txt": """На Харківщині за місяць три пожежі через обігрівачі однієї моделі: їх досі продають на ринку
Суспільне
19 січня 2027, 09:42

Від початку січня на Харківщині сталися щонайменше три пожежі, причиною яких, за попередніми даними рятувальників, стали масляні обігрівачі «Теплозір ОМ-11». Про це Суспільному розповів речник ГУ ДСНС у Харківській області Олексій Гарбуз.

За його словами, 3 січня обігрівач загорівся у квартирі на Салтівці, 11 січня — у приватному будинку в Чугуєві, а 16 січня — у гуртожитку в Лозовій. В усіх трьох випадках займання почалося біля вимикача живлення на корпусі приладу. Загиблих немає, у Лозовій двоє людей отруїлися чадним газом і отримали медичну допомогу.

«Ми бачимо однаковий характер пошкоджень: оплавлений блок керування і вигорілий кабель. Експертиза ще триває, але збіг трьох випадків за місяць — це вже сигнал», — сказав Гарбуз.

Журналістка Суспільного в понеділок побувала на ринку «Барабашово» і побачила, що обігрівачі цієї моделі досі продаються щонайменше у двох павільйонах, за ціною від 1900 гривень. Продавці запевнили, що «скарг не було».

У Головному управлінні Держпродспоживслужби в Харківській області Суспільному повідомили, що розпочали позапланову перевірку імпортера — київського ТОВ «Домтехімпорт». «Якщо виявимо невідповідність вимогам безпеки, продукцію вилучать з обігу», — розповіла начальниця відділу ринкового нагляду Ірина Сапронова.

Суспільне надіслало запит до «Домтехімпорту», але відповіді на момент публікації не отримало.
""",
"01_ru.txt": """В Харьковской области за месяц три пожара из-за обогревателей одной модели: их до сих пор продают на рынке
Корреспондент.net
19 января 2027, 13:05

С начала января в Харьковской области произошло как минимум три пожара, причиной которых, по предварительным данным спасателей, стали масляные обогреватели "Теплозор ОМ-11". Об этом рассказал пресс-секретарь ГУ ГСЧС в Харьковской области Алексей Гарбуз.

По его словам, 3 января обогреватель загорелся в квартире на Салтовке, 11 января — в частном доме в Чугуеве, а 16 января — в общежитии в Лозовой. Во всех трех случаях возгорание началось возле выключателя питания на корпусе прибора. Погибших нет, в Лозовой два человека отравились угарным газом и получили медицинскую помощь.

"Мы видим одинаковый характер повреждений: оплавленный блок управления и выгоревший кабель. Экспертиза еще продолжается, но совпадение трех случаев за месяц — это уже сигнал", — сказал Гарбуз.

Журналистка в понедельник побывала на рынке "Барабашово" и увидела, что обогреватели этой модели до сих пор продаются как минимум в двух павильонах по цене от 1900 гривен. Продавцы заверили, что "жалоб не было".

В Главном управлении Госпродпотребслужбы в Харьковской области сообщили, что начали внеплановую проверку импортера — киевского ООО "Домтехимпорт". "Если выявим несоответствие требованиям безопасности, продукцию изымут из обращения", — рассказала начальник отдела рыночного надзора Ирина Сапронова.
""",
"02_en.txt": """Three fires in a month blamed on one model of oil heater in Kharkiv Oblast
The Kyiv Independent
January 20, 2027 10:15 AM

At least three fires in Kharkiv Oblast since the start of January have been linked to oil-filled heaters of the same model, Suspilne, Ukraine's public broadcaster, reported on Jan. 19.

The fires broke out in an apartment in Kharkiv's Saltivka district on Jan. 3, in a private house in Chuhuiv on Jan. 11, and in a dormitory in Lozova on Jan. 16, Oleksii Harbuz, a spokesperson for the State Emergency Service in the oblast, told Suspilne. In all three cases, the fire started near the power switch of a Teplozir OM-11 heater. No one was killed, but two people in Lozova suffered carbon monoxide poisoning.

"We see the same pattern of damage: a melted control unit and a burnt-out cable," Harbuz said.

A Suspilne journalist found the heaters still on sale at Kharkiv's Barabashovo market, priced from 1,900 hryvnias ($45).

The regional branch of the State Service for Food Safety and Consumer Protection has launched an unscheduled inspection of the importer, Kyiv-based Domtekhimport, the broadcaster reported. The company did not respond to Suspilne's request for comment.

Demand for electric heaters has surged in Ukraine since Russia began systematic attacks on the country's energy infrastructure in 2022, as households try to keep warm during power and heating outages.
""",
"03_de.txt": """Ukraine: Drei Brände in einem Monat – Verdacht fällt auf Ölradiatoren
Deutsche Welle
20.01.2027

In der ostukrainischen Region Charkiw sind seit Jahresbeginn mindestens drei Brände ausgebrochen, die nach vorläufigen Erkenntnissen des Zivilschutzes von Ölradiatoren desselben Modells ausgelöst wurden. Das berichtet der öffentlich-rechtliche ukrainische Sender Suspilne.

Die Feuer brachen demnach in einer Wohnung in Charkiw, in einem Einfamilienhaus in Tschuhujiw und in einem Wohnheim in Losowa aus. Jedes Mal habe der Brand in der Nähe des Netzschalters eines Heizgeräts vom Typ „Teplosir OM-11“ begonnen, sagte ein Sprecher des Zivilschutzes dem Sender. Tote gab es nicht; in Losowa erlitten zwei Menschen eine Kohlenmonoxidvergiftung.

Eine Reporterin von Suspilne fand die Geräte noch am Montag an mindestens zwei Ständen auf dem Charkiwer Großmarkt Barabaschowo. Die regionale Verbraucherschutzbehörde habe eine außerplanmäßige Prüfung des Importeurs aus Kiew eingeleitet, heißt es in dem Bericht.

Seit Russland 2022 mit gezielten Angriffen auf die Energieversorgung begonnen hat, heizen viele Ukrainerinnen und Ukrainer mit elektrischen Geräten, wenn Fernwärme oder Gas ausfallen. Billige Heizgeräte unklarer Herkunft sind deshalb stark gefragt.
""",
}, [("Суспільне", True)],
[("Суспільне", "01_ru.txt"), ("Суспільне", "02_en.txt"), ("Суспільне", "03_de.txt")],
[("At least three fires in Kharkiv Oblast since the start of January have been linked to Teplozir OM-11 oil heaters.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("The heaters are still on sale at Kharkiv's Barabashovo market.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1),
 ("The regional consumer protection service has launched an unscheduled inspection of the Kyiv-based importer.",
  ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_de.txt"], 1)])

# q05: Le Monde own report (internal DGCCRF report seen by Le Monde + anonymous source); El País relays it
# and adds its own confirmation (ministry sources "han confirmado a EL PAÍS", company "aseguró a este diario"):
# El País is an origin too. pl "ustalił francuski dziennik „Le Monde”" + "Według „Le Monde'u”";
# de credits both ("Wie die Pariser Zeitung „Le Monde“ unter Berufung auf das Dokument berichtet" and
# "wie die spanische Zeitung „El País“ unter Berufung auf das Gesundheitsministerium … meldet"): two edges;
# en credits only El País ("El País reported" + "The Spanish paper said … first revealed by Le Monde").
story("q05_lemonde_keratin_confirmation", "relay_with_confirmation", {
"00_fr.txt": """Lissages à la kératine : un rapport de la DGCCRF pointe des produits libérant du formaldéhyde
Le Monde
Publié le 08 juin 2027 à 05h30

Près de quatre produits de lissage à la kératine sur dix contrôlés par les services de l'Etat dégagent, une fois chauffés, des quantités de formaldéhyde supérieures à ce qu'autorise la réglementation européenne. C'est la conclusion d'un rapport interne de la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF), daté du 12 mai, que Le Monde a pu consulter.

Les enquêteurs ont prélevé 60 produits en 2026, dans des salons de coiffure et sur des sites de vente en ligne. Vingt-trois d'entre eux libèrent du formaldéhyde, une substance classée cancérogène, au-delà des seuils autorisés. Le rapport cite notamment la gamme « Keratina Lux Pro », fabriquée au Brésil et distribuée en Europe par une société de Paterna, près de Valence (Espagne), Cosmética Brisa.

Selon le document, la DGCCRF prévoit de signaler ces produits sur Safety Gate, le système d'alerte rapide de l'Union européenne, et de demander leur retrait. Quatre coiffeuses interrogées par les enquêteurs ont décrit des irritations des yeux et des difficultés respiratoires pendant les lissages.

« Les professionnels sont les premiers exposés, plusieurs fois par jour, dans des salons souvent mal ventilés », souligne une source au sein de l'administration, qui a requis l'anonymat.

Contactée par Le Monde, la société Cosmética Brisa n'a pas donné suite. Le ministère de l'économie, dont dépend la DGCCRF, n'a pas souhaité commenter un « document de travail ».
""",
"01_es.txt": """Sanidad investiga a una distribuidora valenciana de productos de alisado con formaldehído tras un informe francés
El País
09 jun 2027 - 12:30 CEST

La Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) ha abierto una investigación sobre Cosmética Brisa, una distribuidora de Paterna (Valencia) cuyos productos de alisado con queratina liberan formaldehído por encima de los límites legales, según un informe de las autoridades francesas. Fuentes del Ministerio de Sanidad han confirmado a EL PAÍS la apertura del expediente, que podría terminar con la retirada de los productos del mercado español.

El informe, elaborado por la Dirección General de Competencia, Consumo y Represión del Fraude de Francia (DGCCRF) y revelado este martes por el diario francés Le Monde, concluye que 23 de los 60 productos de alisado analizados en 2026 desprenden formaldehído, una sustancia cancerígena, al calentarse. Entre ellos figura la gama Keratina Lux Pro, fabricada en Brasil y distribuida en Europa por la empresa valenciana.

Según Le Monde, París prevé notificar los productos a través del sistema europeo de alerta rápida Safety Gate.

Un portavoz de Cosmética Brisa aseguró a este diario que la empresa "cumple con toda la normativa" y que sus productos cuentan con "informes de seguridad en regla". "Estamos revisando los análisis franceses y colaboraremos con las autoridades", añadió. La compañía vende la gama en unos 1.400 salones de peluquería de toda España, según sus propios datos.

Los alisados con queratina se han popularizado en los últimos años en las peluquerías españolas, donde un tratamiento cuesta entre 80 y 200 euros.
""",
"02_pl.txt": """Rakotwórczy formaldehyd w kosmetykach do prostowania włosów. Francuski raport
TVN24
09.06.2027, 15:02

Blisko cztery na dziesięć produktów do keratynowego prostowania włosów skontrolowanych we Francji uwalniają po podgrzaniu formaldehyd w ilościach przekraczających unijne normy – ustalił francuski dziennik „Le Monde”, który dotarł do wewnętrznego raportu tamtejszego urzędu ochrony konsumentów DGCCRF.

Według „Le Monde'u” inspektorzy pobrali w 2026 roku 60 produktów z salonów fryzjerskich i sklepów internetowych. Aż 23 z nich uwalniały formaldehyd, substancję uznaną za rakotwórczą, powyżej dopuszczalnych wartości. W raporcie wymieniono m.in. linię „Keratina Lux Pro”, produkowaną w Brazylii i dystrybuowaną w Europie przez hiszpańską firmę spod Walencji.

DGCCRF zamierza zgłosić produkty do unijnego systemu szybkiego ostrzegania Safety Gate i zażądać ich wycofania – pisze francuska gazeta. Cztery fryzjerki, z którymi rozmawiali inspektorzy, skarżyły się na podrażnienie oczu i problemy z oddychaniem podczas zabiegów.

Dystrybutor nie odpowiedział na pytania „Le Monde'u”.

Zabiegi keratynowego prostowania włosów są popularne również w Polsce. Za nadzór nad bezpieczeństwem kosmetyków odpowiada u nas Państwowa Inspekcja Sanitarna.
""",
"03_de.txt": """Formaldehyd im Friseursalon: Spanien ermittelt nach französischem Prüfbericht
Frankfurter Allgemeine Zeitung
10.06.2027, 08:15

Produkte für Keratin-Glättungen beim Friseur setzen nach einem internen Prüfbericht der französischen Verbraucherschutzbehörde DGCCRF häufig krebserregendes Formaldehyd frei. Wie die Pariser Zeitung „Le Monde“ unter Berufung auf das Dokument berichtet, überschritten 23 von 60 kontrollierten Produkten beim Erhitzen die zulässigen Werte. Frankreich wolle die Produkte über das EU-Schnellwarnsystem Safety Gate melden.

Unter den beanstandeten Produkten ist demnach die Serie „Keratina Lux Pro“ aus Brasilien, die ein Vertrieb aus Paterna bei Valencia in Europa verkauft. Inzwischen hat die spanische Arzneimittelbehörde AEMPS eine Untersuchung gegen das Unternehmen Cosmética Brisa eingeleitet, wie die spanische Zeitung „El País“ unter Berufung auf das Gesundheitsministerium in Madrid meldet. Die Firma beteuerte gegenüber dem Blatt, sie halte alle Vorschriften ein.

Formaldehyd ist in der EU als krebserregend eingestuft und als Inhaltsstoff in Kosmetika verboten; sogenannte Formaldehyd-Abspalter dürfen nur in engen Grenzen eingesetzt werden. Besonders gefährdet sind Friseurinnen und Friseure, die die Dämpfe mehrmals täglich einatmen.

Ob Produkte der Serie auch in deutschen Salons verwendet werden, ist nicht bekannt. Das Bundesinstitut für Risikobewertung rät seit Jahren zur Vorsicht bei Glättungsbehandlungen, bei denen Formaldehyd entstehen kann.
""",
"04_en.txt": """Spain investigates hair-straightening products over cancer-linked chemical
The Independent
Thursday 10 June 2027 11:40 BST

Spain's medicines regulator has opened an investigation into a company that distributes keratin hair-straightening products found to release formaldehyde, a chemical linked to cancer, the Spanish newspaper El País has reported.

Health ministry sources confirmed to the paper that the Spanish Agency of Medicines and Medical Devices (AEMPS) had opened a case against Cosmética Brisa, a distributor based in Paterna near Valencia, which could lead to the products being pulled from the Spanish market.

The Spanish paper said the investigation followed an internal report by France's consumer protection authority, the DGCCRF, first revealed by Le Monde, which found that 23 of 60 straightening products tested in 2026 released formaldehyde above legal limits when heated. The Keratina Lux Pro range, made in Brazil and sold in Europe by Cosmética Brisa, was among them.

A spokesperson for Cosmética Brisa told El País that the company "complies with all regulations" and was reviewing the French findings. The company says the range is used in around 1,400 hair salons in Spain.

Formaldehyde is classified as a carcinogen and banned as an ingredient in cosmetics across the EU, but some straightening treatments release it when the hair is heated with flat irons. Hairdressers, who may carry out several treatments a day, are the most exposed.

In Britain, local trading standards teams enforce the rules on cosmetic products.
""",
}, [("Le Monde", True), ("El País", True)],
[("Le Monde", "01_es.txt"), ("Le Monde", "02_pl.txt"), ("Le Monde", "03_de.txt"),
 ("El País", "03_de.txt"), ("El País", "04_en.txt")],
[("An internal DGCCRF report found that 23 of 60 keratin straightening products tested released formaldehyde above legal limits when heated.",
  ["00_fr.txt", "01_es.txt", "02_pl.txt", "03_de.txt", "04_en.txt"], 2),
 ("Spain's medicines agency AEMPS has opened an investigation into the distributor Cosmética Brisa.",
  ["01_es.txt", "03_de.txt", "04_en.txt"], 2),
 ("Four hairdressers questioned by the inspectors reported eye irritation and breathing difficulties during treatments.",
  ["00_fr.txt", "02_pl.txt"], 1)])

# q06: outside agency EFE (company director speaking to EFE is not an origin), relayed 4x.
# es "según ha informado este lunes la agencia EFE" + "ha explicado a EFE" + "ha asegurado … a la agencia";
# fr "rapporte lundi l'agence de presse espagnole EFE" + "a précisé à l'agence" + "selon EFE";
# ru (no date line) "сообщает испанское агентство EFE" + "рассказал агентству" + "приводит EFE слова";
# uk "повідомляє іспанська інформаційна агенція EFE" + "За даними агенції" + "розповів агенції".
# Background only: RappelConso, Держпродспоживслужба.
story("q06_efe_ride_on_cars", "agency", {
"00_es.txt": """Una juguetera de Ibi retira 48.000 coches eléctricos infantiles por riesgo de incendio de la batería
ABC
Actualizado 05/07/2027 a las 13:24h

La empresa juguetera Juguetes Roqueta, con sede en Ibi (Alicante), ha iniciado la retirada de unos 48.000 coches eléctricos infantiles del modelo Bólido Turbo 12V por un defecto en la batería que puede provocar sobrecalentamientos e incluso incendios, según ha informado este lunes la agencia EFE.

Los vehículos, pensados para niños de tres a seis años, se vendieron entre marzo de 2025 y mayo de 2027 en jugueterías y grandes superficies de España, Portugal y Francia. La compañía tiene constancia de once incidentes, tres de ellos con llamas, en los que dos niños sufrieron quemaduras leves, ha explicado a EFE su director general, Vicente Sempere.

"Hemos detectado que un lote de baterías de un proveedor asiático no cumple nuestras especificaciones. No vamos a esperar a que ocurra algo grave", ha asegurado Sempere a la agencia. La empresa ofrece cambiar gratuitamente la batería y el cargador, y pide a las familias que dejen de usar los coches mientras tanto.

Los afectados pueden identificar el producto por el número de serie, que empieza por BT12-25 o BT12-26 y figura bajo el asiento. Juguetes Roqueta ha comunicado la retirada a las autoridades de consumo.

Ibi, conocida como el "valle del juguete", concentra buena parte de los fabricantes de juguetes de España.
""",
"01_fr.txt": """Espagne : 48.000 voitures électriques pour enfants rappelées pour risque d'incendie, certaines vendues en France
Le Figaro
Publié le 05/07/2027 à 17:52

Le fabricant de jouets espagnol Juguetes Roqueta rappelle quelque 48.000 voitures électriques pour enfants de son modèle Bólido Turbo 12V, en raison d'un défaut de batterie pouvant provoquer une surchauffe, voire un départ de feu, rapporte lundi l'agence de presse espagnole EFE.

Les véhicules, destinés aux 3-6 ans, ont été vendus entre mars 2025 et mai 2027 en Espagne, au Portugal et en France, dans des magasins de jouets et des grandes surfaces. L'entreprise, basée à Ibi, dans la province d'Alicante, a recensé onze incidents, dont trois avec des flammes, a précisé à l'agence son directeur général, Vicente Sempere. Deux enfants ont été légèrement brûlés, dont un à Toulouse, selon EFE.

« Un lot de batteries d'un fournisseur asiatique ne respecte pas nos spécifications », a expliqué le dirigeant. Le fabricant propose de remplacer gratuitement la batterie et le chargeur et demande aux familles de ne plus utiliser les voitures d'ici là. Les modèles concernés portent un numéro de série commençant par BT12-25 ou BT12-26, inscrit sous le siège.

En France, les rappels de produits de consommation sont recensés sur le site gouvernemental RappelConso, où chacun peut vérifier si un article qu'il possède est concerné.
""",
"02_ru.txt": """В Испании отзывают 48 тысяч детских электромобилей из-за риска возгорания
Газета.Ru

Испанский производитель игрушек Juguetes Roqueta отзывает около 48 тыс. детских электромобилей модели Bólido Turbo 12V из-за дефекта аккумулятора, который может перегреваться и воспламеняться. Об этом сообщает испанское агентство EFE.

Машинки для детей от трех до шести лет продавались с марта 2025 по май 2027 года в Испании, Португалии и Франции. Как рассказал агентству генеральный директор компании Висенте Семпере, зафиксировано 11 инцидентов, в трех из них появлялось пламя.

«Мы обнаружили, что партия аккумуляторов от азиатского поставщика не соответствует нашим требованиям. Мы не будем ждать, пока произойдет что-то серьезное», — приводит EFE слова Семпере.

Компания предлагает бесплатно заменить аккумулятор и зарядное устройство. Родителей просят не пользоваться машинками до замены.

Фабрика Juguetes Roqueta находится в городке Иби под Аликанте, который в Испании называют «долиной игрушек».
""",
"03_uk.txt": """Іспанський виробник відкликає 48 тисяч дитячих електромобілів через ризик займання
ЛІГА.net
05.07.2027, 19:10

Іспанська компанія Juguetes Roqueta відкликає близько 48 тисяч дитячих електромобілів моделі Bólido Turbo 12V через дефект акумулятора, який може перегріватися і спричинити пожежу. Про це повідомляє іспанська інформаційна агенція EFE.

За даними агенції, машинки для дітей віком від трьох до шести років продавали з березня 2025 до травня 2027 року в Іспанії, Португалії та Франції. Компанія знає про 11 інцидентів, у трьох випадках з'являлося полум'я, двоє дітей отримали легкі опіки, розповів агенції генеральний директор Вісенте Семпере.

За його словами, проблема в партії акумуляторів від азійського постачальника. Виробник безкоштовно замінить акумулятор і зарядний пристрій, а батьків просять не користуватися машинками до заміни.

Електромобілі можна ідентифікувати за серійним номером під сидінням: він починається з BT12-25 або BT12-26.

В Україні за безпечність іграшок відповідає Держпродспоживслужба.
""",
}, [("EFE", False)],
[("EFE", "00_es.txt"), ("EFE", "01_fr.txt"), ("EFE", "02_ru.txt"), ("EFE", "03_uk.txt")],
[("Juguetes Roqueta is recalling about 48,000 Bólido Turbo 12V children's electric cars over a battery defect that can cause overheating and fire.",
  ["00_es.txt", "01_fr.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("The company knows of eleven incidents, three of them with flames.",
  ["00_es.txt", "01_fr.txt", "02_ru.txt", "03_uk.txt"], 1),
 ("Two children suffered minor burns.",
  ["00_es.txt", "01_fr.txt", "03_uk.txt"], 1)])

# q07: Kommersant own scoop (two sources + draft seen by «Ъ»; watchdog silent; industry union to «Ъ»);
# a surgeon's own Telegram post a week earlier is a second, outside origin. en credits Kommersant
# ("the Kommersant business daily reported Tuesday, citing two sources") and the post ("wrote on her
# Telegram channel"): two edges; fr (no date line) also both ("a publié sur sa chaîne Telegram" +
# "Selon le quotidien économique russe Kommersant"); uk "пише російське видання «Коммерсант» з посиланням
# на" + "За даними «Коммерсанта»"; pl "podaje dziennik „Kommiersant”, powołując się na" + "Według „Kommiersanta”".
story("q07_kommersant_water_beads_post", "scoop_and_post", {
"00_ru.txt": """Гидрогелевым шарикам готовят запрет
Коммерсантъ
14.09.2027, 00:05

Роспотребнадзор подготовил проект постановления, запрещающего розничную продажу гидрогелевых шариков — игрушек, которые многократно увеличиваются в объеме в воде. Об этом «Ъ» рассказали два источника, знакомых с подготовкой документа. Проект постановления, с которым ознакомился «Ъ», предусматривает запрет с 1 сентября 2028 года, в том числе на маркетплейсах.

Как следует из пояснительной записки, поводом стали случаи, когда маленькие дети глотали шарики: попадая в кишечник, они разбухают и вызывают непроходимость, которую приходится устранять хирургически. По словам одного из собеседников «Ъ», за последний год в ведомство обратились несколько детских больниц. Исключение в проекте сделано для профессионального использования, например во флористике.

В Роспотребнадзоре на запрос «Ъ» не ответили. В Союзе производителей и импортеров игрушек «Ъ» заявили, что поддерживают ограничения для мелких шариков, «опасных для детей до трех лет», но считают полный запрет избыточным. «Покупатели просто уйдут к продавцам из соцсетей, где никакого контроля нет»,— сказал представитель союза.

По оценкам собеседников «Ъ» на рынке, в 2026 году в России было продано около 3 млн упаковок таких шариков, большая часть — через маркетплейсы.
""",
"01_en.txt": """Russia Drafts Ban on Water Beads After Children Swallow Toys, Kommersant Reports
The Moscow Times
Sept. 14, 2027

Russia's consumer protection watchdog Rospotrebnadzor has drafted a ban on the retail sale of water beads, the brightly colored toys that swell when soaked, the Kommersant business daily reported Tuesday, citing two sources familiar with the draft.

The ban would take effect on Sept. 1, 2028, and would also cover sales on online marketplaces, according to a copy of the draft resolution seen by Kommersant. Florists and other professional users would be exempt.

Rospotrebnadzor did not respond to Kommersant's request for comment.

The report came a week after Irina Sokolova, a pediatric surgeon at a Moscow children's hospital, wrote on her Telegram channel that her department had removed swollen water beads from the intestines of 14 children since January, the youngest of them 11 months old.

"Parents think these are harmless. A bead the size of a pea becomes the size of a walnut inside a child's gut," Sokolova wrote in the post, which has been viewed more than 400,000 times.

Water beads have been the subject of warnings and recalls in several countries after cases of children swallowing them or putting them in their ears.
""",
"02_uk.txt": """У Росії хочуть заборонити гідрогелеві кульки для дітей — ЗМІ
РБК-Україна
14 вересня 2027, 10:47

Роспотребнагляд Росії підготував проєкт постанови про заборону роздрібного продажу гідрогелевих кульок — іграшок, які в кілька разів збільшуються у воді. Про це пише російське видання «Коммерсант» з посиланням на два джерела, знайомі з підготовкою документа.

Як зазначає видання, заборона має набути чинності з 1 вересня 2028 року і стосуватиметься також маркетплейсів. Виняток передбачено для професійного використання, зокрема у флористиці.

За даними «Коммерсанта», приводом стали випадки, коли маленькі діти ковтали кульки: у кишечнику вони набухають і спричиняють непрохідність, яку доводиться усувати хірургічно.

Видання також пише, що торік у Росії продали близько 3 млн упаковок таких кульок, здебільшого через маркетплейси. У Роспотребнагляді на запит видання не відповіли.

Гідрогелеві кульки продають у яскравих пакетиках як сенсорну іграшку або для декору. Лікарі в багатьох країнах застерігають батьків, що такі іграшки не можна залишати в доступі малих дітей.
""",
"03_pl.txt": """Rosja chce zakazać kulek hydrożelowych. Dzieci je połykają
Onet
14 września 2027, 12:30

Rosyjski urząd nadzoru konsumenckiego Rospotriebnadzor przygotował projekt rozporządzenia zakazującego sprzedaży detalicznej kulek hydrożelowych – podaje dziennik „Kommiersant”, powołując się na dwa źródła zaznajomione z pracami nad dokumentem.

Według „Kommiersanta” zakaz miałby obowiązywać od 1 września 2028 r. i objąć również platformy internetowe. Wyjątek przewidziano dla zastosowań profesjonalnych, np. w kwiaciarstwie. Dziennik dotarł do projektu rozporządzenia.

Powodem są przypadki połykania kulek przez małe dzieci. W jelitach kulki pęcznieją i mogą powodować niedrożność, która wymaga operacji – pisze rosyjska gazeta. Rospotriebnadzor nie odpowiedział na pytania dziennika.

Rosyjskie stowarzyszenie producentów i importerów zabawek uważa całkowity zakaz za przesadny i proponuje ograniczenia tylko dla najmniejszych kulek – dodaje „Kommiersant”.

Kulki hydrożelowe, nazywane też kulkami wodnymi, są popularne także w Polsce. Przed połykaniem ich przez dzieci od lat ostrzegają lekarze w wielu krajach.
""",
"04_fr.txt": """En Russie, une chirurgienne alerte sur les billes d'eau avalées par des enfants, Moscou prépare une interdiction
Libération

« Les parents pensent que c'est inoffensif. Une bille de la taille d'un petit pois devient grosse comme une noix dans l'intestin d'un enfant. » Le 7 septembre, la chirurgienne pédiatrique moscovite Irina Sokolova a publié sur sa chaîne Telegram un message qui a fait le tour des réseaux sociaux russes : depuis janvier, son service a retiré des billes d'eau de l'intestin de quatorze enfants, le plus jeune âgé de 11 mois.

Une semaine plus tard, les autorités semblent prêtes à réagir. Selon le quotidien économique russe Kommersant, le service de protection des consommateurs Rospotrebnadzor a rédigé un projet de décret interdisant la vente au détail de ces billes de polymère, qui gonflent au contact de l'eau. L'interdiction entrerait en vigueur le 1er septembre 2028 et concernerait aussi les plateformes en ligne, précise le journal, qui cite deux sources proches du dossier.

Vendues en sachets multicolores pour quelques dizaines de roubles, les billes d'eau servent de jouet sensoriel ou de décoration florale. L'usage professionnel, notamment par les fleuristes, resterait autorisé, d'après Kommersant.

Dans son message, Irina Sokolova appelait les parents à « ranger ces billes comme on range les médicaments ». Rospotrebnadzor n'a pas répondu aux questions du quotidien.
""",
}, [("Коммерсантъ", True), ("Irina Sokolova", False)],
[("Коммерсантъ", "01_en.txt"), ("Коммерсантъ", "02_uk.txt"), ("Коммерсантъ", "03_pl.txt"), ("Коммерсантъ", "04_fr.txt"),
 ("Irina Sokolova", "01_en.txt"), ("Irina Sokolova", "04_fr.txt")],
[("Rospotrebnadzor has drafted a ban on the retail sale of water beads.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_pl.txt", "04_fr.txt"], 2),
 ("The ban would take effect on 1 September 2028, cover online marketplaces and exempt professional use such as floristry.",
  ["00_ru.txt", "01_en.txt", "02_uk.txt", "03_pl.txt", "04_fr.txt"], 2),
 ("A Russian toy makers' and importers' union considers a full ban excessive.",
  ["00_ru.txt", "03_pl.txt"], 1),
 ("A Moscow paediatric surgeon's department has removed water beads from the intestines of 14 children since January.",
  ["01_en.txt", "04_fr.txt"], 2)])


def roots(article, origins, relays, seen=()):
    """Root origins of an article (for the self-check below)."""
    names = {o for o, _ in origins}
    out = set()
    for o, a in relays:
        if a == article:
            src = [f for f, _ in origins if f == o]
            if src:
                out.add(o)
            else:  # an in-corpus relay outlet that is not an origin: follow its own edges
                out |= roots(OUTLET[o], origins, relays, seen + (article,))
    own = OUTLET_OF.get(article)
    if own in names:
        out.add(own)
    return out


def main():
    global OUTLET, OUTLET_OF
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        OUTLET, OUTLET_OF = {}, {}
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(text)
            lines = text.split("\n")
            if lines[1].strip():
                OUTLET[lines[1].strip()] = fn
                OUTLET_OF[fn] = lines[1].strip()
        for o, inc in origins:
            assert (o in OUTLET) == inc, (id, o)
        for o, a in relays:
            assert a in arts and (o in OUTLET or o in dict(origins)), (id, o, a)
        for text, arts_c, n in claims:
            r = set()
            for a in arts_c:
                assert a in arts, (id, a)
                r |= roots(a, origins, relays)
            assert len(r) == n, (id, text, r, n)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": o, "in_corpus": inc} for o, inc in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 161 (consumer product recalls and safety "
                   "regulators; real media names, invented events); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
