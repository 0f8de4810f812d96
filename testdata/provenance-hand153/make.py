#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand153 set.

Books, publishing houses and literary prizes. Real media names; every event, person, company,
publisher, prize, foundation, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency AFP (deal learned from people close to the talks) relayed 4x:
# fr Le Figaro runs the dispatch ("a appris mardi l'AFP de sources concordantes", "interrogées par
# l'agence", "a déclaré à l'AFP"); nl "Dat meldt het Franse persbureau AFP" + "aldus het persbureau"
# + "zei hij tegen het persbureau"; de "Das berichtet die Nachrichtenagentur AFP unter Berufung auf"
# + "sagte er der französischen Agentur"; pl (no date line) "podała we wtorek agencja AFP, powołując
# się na" + "Jak dowiedziała się agencja" + "przekazał agencji".
story("t01_agency_afp_publisher_takeover", "agency", {
"00_fr.txt": """Édition : le groupe Lavandier sur le point de racheter le néerlandais De Kraanvogel
Le Figaro
2027-03-09T11:42:00+01:00

Le groupe d'édition français Lavandier, propriétaire d'une vingtaine de maisons dont les éditions du Sablier et Rive Haute, s'apprête à racheter l'éditeur littéraire néerlandais De Kraanvogel, a appris mardi l'AFP de sources concordantes.

Le montant de l'opération avoisinerait 38 millions d'euros, selon deux personnes proches du dossier interrogées par l'agence. La signature pourrait intervenir d'ici à la fin du mois, une fois levées les dernières conditions suspensives, notamment le feu vert de l'autorité néerlandaise de la concurrence.

« Nous discutons avec plusieurs partenaires, mais rien n'est signé », s'est borné à déclarer à l'AFP Pieter Hoekstra-Valk, directeur général de De Kraanvogel. Sollicité par l'agence, le groupe Lavandier n'a pas souhaité faire de commentaire.

Fondée en 1952 à Amsterdam, De Kraanvogel publie une soixantaine de titres par an et emploie 41 salariés. Son catalogue compte plusieurs romanciers traduits dans plus de trente langues, dont Lotte Brinkgreve, ainsi qu'une collection de poésie réputée aux Pays-Bas comme en Flandre.

Pour Lavandier, qui a réalisé en 2026 un chiffre d'affaires de 412 millions d'euros, il s'agirait de la première acquisition hors de l'espace francophone. Le groupe avait déjà tenté, sans succès, de s'implanter en Espagne il y a quatre ans.

L'opération intervient dans un marché européen de l'édition en pleine recomposition, où les grands groupes multiplient les rachats de maisons indépendantes pour sécuriser des fonds de catalogue et des droits de traduction.
""",
"01_nl.txt": """Franse uitgeefgroep Lavandier wil Amsterdamse uitgeverij De Kraanvogel overnemen
de Volkskrant
9 maart 2027, 14:05

De Franse uitgeefgroep Lavandier staat op het punt de Amsterdamse literaire uitgeverij De Kraanvogel over te nemen. Dat meldt het Franse persbureau AFP dinsdag op basis van ingewijden.

Met de overname zou ongeveer 38 miljoen euro gemoeid zijn, aldus het persbureau. De handtekening kan volgens de bronnen van AFP nog deze maand worden gezet, als de mededingingstoezichthouder geen bezwaar maakt.

Volgens een van de ingewijden die AFP sprak, wil Lavandier de 41 medewerkers van De Kraanvogel in dienst houden en blijft het kantoor aan de Keizersgracht open. Ook de naam van de uitgeverij zou blijven bestaan.

Directeur Pieter Hoekstra-Valk wilde de overname niet bevestigen. ‘We praten met verschillende partijen, maar er is niets getekend’, zei hij tegen het persbureau. Lavandier gaf AFP geen commentaar.

De Kraanvogel werd in 1952 opgericht en brengt jaarlijks zo’n zestig titels uit, van literaire romans tot poëzie. Het fonds bevat onder meer het werk van Lotte Brinkgreve, wier romans in ruim dertig talen zijn vertaald.

Lavandier, dat vorig jaar een omzet van 412 miljoen euro had, zou met de aankoop voor het eerst buiten het Franse taalgebied actief worden. Het zou de derde grote buitenlandse overname in het Nederlandse boekenvak binnen twee jaar zijn.
""",
"02_de.txt": """Lavandier greift nach Amsterdamer Verlag De Kraanvogel
Börsenblatt
09.03.2027 16:20

Die französische Verlagsgruppe Lavandier will den Amsterdamer Literaturverlag De Kraanvogel übernehmen. Das berichtet die Nachrichtenagentur AFP unter Berufung auf mehrere mit dem Vorgang vertraute Personen. Der Kaufpreis soll sich demnach auf rund 38 Millionen Euro belaufen; unterschrieben werden könnte noch im März.

Kraanvogel-Geschäftsführer Pieter Hoekstra-Valk wollte die Gespräche nicht bestätigen. „Wir sprechen mit mehreren Partnern, aber unterschrieben ist nichts“, sagte er der französischen Agentur. Lavandier äußerte sich gegenüber AFP nicht.

Der 1952 gegründete Verlag bringt jährlich rund 60 Titel heraus und beschäftigt 41 Mitarbeiterinnen und Mitarbeiter. Im deutschsprachigen Raum ist De Kraanvogel vor allem als Lizenzgeber bekannt: Die Romane von Lotte Brinkgreve, deren Rechte das Haus vertritt, erscheinen seit Jahren in deutscher Übersetzung und standen mehrfach auf der Bestsellerliste.

Lavandier, zu dem unter anderem die Häuser Éditions du Sablier und Rive Haute gehören, setzte 2026 nach eigenen Angaben 412 Millionen Euro um. Mit dem Kauf würde die Gruppe erstmals außerhalb des französischsprachigen Raums Fuß fassen.

Die Konzentration im europäischen Verlagswesen hat sich zuletzt beschleunigt. Große Gruppen sichern sich mit Zukäufen unabhängiger Häuser vor allem Backlists und Übersetzungsrechte – ein Trend, den unabhängige Verlegerinnen und Verleger seit Langem mit Sorge beobachten.
""",
"03_pl.txt": """Francuzi kupują holenderskie wydawnictwo. Lavandier sięga po De Kraanvogel
Rzeczpospolita

Francuska grupa wydawnicza Lavandier przejmie amsterdamskie wydawnictwo literackie De Kraanvogel – podała we wtorek agencja AFP, powołując się na osoby zaznajomione z przebiegiem negocjacji.

Jak dowiedziała się agencja, Francuzi zamierzają zachować 41-osobowy zespół, siedzibę oficyny w Amsterdamie, a także jej nazwę. Transakcja ma zostać sfinalizowana w najbliższych tygodniach.

„Rozmawiamy z kilkoma partnerami, ale nic nie zostało podpisane” – przekazał agencji prezes De Kraanvogel Pieter Hoekstra-Valk. Przedstawiciele Lavandier nie odpowiedzieli na pytania AFP.

Założone w 1952 r. wydawnictwo publikuje rocznie ok. 60 tytułów. Polskim czytelnikom znane jest przede wszystkim jako pierwszy wydawca powieści Lotte Brinkgreve, której książki ukazują się także w polskich przekładach. Od kilku lat De Kraanvogel wydaje również literaturę polską w tłumaczeniu na niderlandzki.

Dla Lavandier, do którego należą m.in. oficyny Éditions du Sablier i Rive Haute, byłaby to pierwsza akwizycja poza krajami francuskojęzycznymi. Grupa, której przychody w ubiegłym roku sięgnęły 412 mln euro, od dawna szukała możliwości ekspansji na rynkach północnej Europy.

Rynek książki w Europie przechodzi w ostatnich latach gwałtowną konsolidację. Duże koncerny przejmują niezależne wydawnictwa, by zdobyć ich katalogi i prawa do przekładów.
""",
}, [("AFP", False)],
[("AFP", "00_fr.txt"), ("AFP", "01_nl.txt"), ("AFP", "02_de.txt"), ("AFP", "03_pl.txt")],
[("The French publishing group Lavandier is about to buy the Amsterdam literary publisher De Kraanvogel.",
  ["00_fr.txt", "01_nl.txt", "02_de.txt", "03_pl.txt"], 1),
 ("The deal is worth about 38 million euros.", ["00_fr.txt", "01_nl.txt", "02_de.txt"], 1),
 ("Lavandier intends to keep De Kraanvogel's 41 employees, its Amsterdam office and its name.",
  ["01_nl.txt", "03_pl.txt"], 1)])

# t02: in-corpus scoop by Gazeta Wyborcza (two anonymous jurors + an email "do którego dotarła"
# the paper; the sponsor's denial given to Wyborcza): own "ustaliła „Wyborcza”" + "opowiedziało
# „Gazecie Wyborczej” dwoje jurorów" (dative) + "Dotarliśmy"; uk "Про це пише польська «Газета
# Виборча» з посиланням на" + "За словами співрозмовників «Виборчої»" (gen.) + "цитує лист";
# ru "Об этом сообщила польская «Газета Выборча»" + "рассказали изданию" + "По данным «Выборчей»"
# + "как отмечает газета"; en "Gazeta Wyborcza reported on Thursday, citing two jurors" + "told
# Wyborcza" + "An email seen by Wyborcza"; de "Wie die polnische Tageszeitung „Gazeta Wyborcza“
# unter Berufung auf zwei Jurymitglieder berichtet" + "Der Zeitung zufolge" + "schreibt das Blatt".
story("t02_scoop_wyborcza_prize_jury", "scoop", {
"00_pl.txt": """Sponsor chciał usunąć powieść z finału. Przewodnicząca jury „Bursztynowego Pióra” rezygnuje
Gazeta Wyborcza
2027-05-20 06:00

Prof. Teresa Malinowska-Ryś, przewodnicząca jury Nagrody Literackiej „Bursztynowe Pióro”, złożyła rezygnację. Powodem są naciski głównego sponsora nagrody, spółki Węglopol Energia, która domagała się usunięcia z listy finałowej powieści Marty Dzierżanowskiej „Czarny śnieg” – ustaliła „Wyborcza”.

O kulisach sprawy opowiedziało „Gazecie Wyborczej” dwoje jurorów, którzy proszą o anonimowość, bo obrady kapituły formalnie wciąż trwają. – Usłyszeliśmy, że jeśli „Czarny śnieg” zostanie w finale, sponsor wycofa pieniądze na kolejne trzy edycje – mówi jedna z tych osób. Druga dodaje, że podczas posiedzenia 14 maja przewodnicząca „odmówiła głosowania nad czymkolwiek pod dyktando firmy”.

Dotarliśmy też do e-maila, który 12 maja dyrektor marketingu Węglopolu wysłał do zarządu fundacji organizującej nagrodę. „Nie możemy firmować książki, która przedstawia naszą branżę jako truciciela regionu” – czytamy w wiadomości.

Prof. Malinowska-Ryś potwierdziła nam, że złożyła rezygnację, ale odmówiła dalszego komentarza. Biuro prasowe Węglopolu w odpowiedzi na pytania „Wyborczej” zaprzecza, by spółka wywierała jakiekolwiek naciski. „Sponsor nie ma i nie miał wpływu na decyzje jury” – napisała rzeczniczka firmy Agnieszka Mroczek.

„Czarny śnieg” to opowieść o śląskim miasteczku, którego mieszkańcy latami chorują przez wyziewy z pobliskiej elektrowni. Książka ukazała się jesienią i sprzedała się w ponad 40 tys. egzemplarzy.

Nagroda „Bursztynowe Pióro”, przyznawana od 2009 r., należy do najważniejszych wyróżnień dla polskiej prozy. Laureat otrzymuje 60 tys. zł. Gala finałowa ma się odbyć 14 czerwca w Gdańsku.
""",
"01_uk.txt": """Голова журі польської премії «Бурштинове перо» пішла у відставку через тиск спонсора
Читомо
20 травня 2027

Голова журі польської літературної премії «Бурштинове перо» професорка Тереза Малиновська-Рись подала у відставку. Про це пише польська «Газета Виборча» з посиланням на двох членів журі, які побажали залишитися анонімними.

За словами співрозмовників «Виборчої», головний спонсор премії — енергетична компанія Węglopol Energia — вимагав вилучити з короткого списку роман Марти Дзержановської «Чорний сніг». Якщо книжка залишиться у фіналі, компанія нібито погрожувала припинити фінансування трьох наступних сезонів премії.

Видання також ознайомилося з електронним листом, який 12 травня директор із маркетингу компанії надіслав правлінню фонду-організатора. «Ми не можемо підтримувати книжку, яка зображує нашу галузь отруйником регіону», — цитує лист газета.

Сама Малиновська-Рись, за даними польських журналістів, відставку підтвердила, але коментувати її причини відмовилася.

Роман «Чорний сніг» розповідає про сілезьке містечко, мешканці якого роками хворіють через викиди сусідньої електростанції. Книжка вийшла восени 2026 року і розійшлася накладом понад 40 тисяч примірників — це один із найпомітніших польських бестселерів сезону.

Премія «Бурштинове перо» існує з 2009 року і вважається однією з найважливіших нагород для польської прози; переможець отримує 60 тисяч злотих. Фінальна церемонія запланована на 14 червня в Гданську.
""",
"02_ru.txt": """В Польше глава жюри литературной премии ушла в отставку из-за давления спонсора
Новая газета Европа
20 мая 2027, 13:10

Председатель жюри польской литературной премии «Янтарное перо» профессор Тереза Малиновская-Рысь подала в отставку. Об этом сообщила польская «Газета Выборча».

Двое членов жюри на условиях анонимности рассказали изданию, что главный спонсор премии, энергетическая компания Węglopol Energia, требовала убрать из шорт-листа роман Марты Дзержановской «Черный снег». По их словам, в противном случае компания грозила прекратить финансирование премии на три года вперед.

По данным «Выборчей», 12 мая директор компании по маркетингу направил правлению фонда письмо, в котором говорилось, что фирма «не может поддерживать книгу, изображающую нашу отрасль отравителем региона». В пресс-службе Węglopol газете заявили, что спонсор «не имеет и не имел влияния на решения жюри».

Сама Малиновская-Рысь, как отмечает газета, подтвердила свою отставку, но от комментариев отказалась.

Роман «Черный снег» рассказывает о шахтерском городке в Силезии, жители которого годами болеют из-за выбросов соседней электростанции. Книга вышла осенью и разошлась тиражом более 40 тысяч экземпляров.

«Янтарное перо» вручается с 2009 года и считается одной из главных наград для польской прозы. Церемония награждения назначена на 14 июня в Гданьске.
""",
"03_en.txt": """Literary prize jury chair quits after sponsor sought removal of coal novel, reports Wyborcza
Notes from Poland
Thu, 20 May 2027 15:30:00 +0200

The head of the jury of the Amber Quill, one of Poland's most prestigious literary awards, has resigned after the prize's main sponsor, an energy company, pressed for a novel about coal pollution to be dropped from the shortlist, Gazeta Wyborcza reported on Thursday, citing two jurors who asked not to be named.

According to the daily, Węglopol Energia threatened to withdraw funding for the next three editions of the prize if Marta Dzierżanowska's Black Snow (Czarny śnieg) remained among the finalists. Professor Teresa Malinowska-Ryś stepped down after refusing to put the matter to a vote, the two jurors told Wyborcza.

An email seen by Wyborcza, sent on 12 May by Węglopol's marketing director to the board of the foundation that runs the prize, said the company "cannot put its name to a book that portrays our industry as the poisoner of the region".

Węglopol denied exerting any pressure. "The sponsor does not have and has never had any influence on the jury's decisions," a company spokeswoman told the newspaper. Malinowska-Ryś confirmed her resignation to Wyborcza but declined to comment further.

Black Snow, published last autumn, follows the residents of a small Silesian town who have been falling ill for years because of fumes from a nearby power station. It has sold more than 40,000 copies.

The Amber Quill, known in Polish as Bursztynowe Pióro, has been awarded since 2009 and comes with prize money of 60,000 zloty. The winner is due to be announced at a gala in Gdańsk on 14 June.
""",
"04_de.txt": """Eklat um polnischen Literaturpreis: Jury-Vorsitzende tritt nach Druck des Sponsors zurück
Frankfurter Allgemeine Zeitung
21. Mai 2027

In Polen hat die Vorsitzende der Jury des renommierten Literaturpreises „Bernsteinfeder“ ihr Amt niedergelegt. Wie die polnische Tageszeitung „Gazeta Wyborcza“ unter Berufung auf zwei Jurymitglieder berichtet, hatte der Hauptsponsor des Preises, der Energiekonzern Węglopol Energia, verlangt, einen kohlekritischen Roman von der Shortlist zu streichen.

Es geht um „Schwarzer Schnee“ von Marta Dzierżanowska, ein Buch über eine schlesische Kleinstadt, deren Bewohner seit Jahren unter den Abgasen eines nahen Kraftwerks leiden. Der Zeitung zufolge drohte das Unternehmen, die Finanzierung der nächsten drei Preisrunden einzustellen, sollte der Roman im Finale bleiben. Die beiden Jurymitglieder wollten ihre Namen nicht gedruckt sehen, weil die Beratungen formal noch laufen.

Die Literaturwissenschaftlerin Teresa Malinowska-Ryś habe sich geweigert, darüber abstimmen zu lassen, und ihren Rücktritt eingereicht, schreibt das Blatt. Es zitiert zudem aus einer E-Mail des Marketingdirektors von Węglopol an den Vorstand der Stiftung, die den Preis vergibt: Man könne kein Buch unterstützen, das „unsere Branche als Vergifter der Region“ darstelle.

Węglopol wies gegenüber der „Wyborcza“ jede Einflussnahme zurück. Der Sponsor habe keinen Einfluss auf die Entscheidungen der Jury und habe ihn auch nie gehabt, erklärte eine Sprecherin.

Der seit 2009 vergebene Preis ist mit 60.000 Złoty dotiert und gilt als eine der wichtigsten Auszeichnungen für polnische Prosa. Die Preisverleihung ist für den 14. Juni in Danzig geplant.
""",
}, [("Gazeta Wyborcza", True)],
[("Gazeta Wyborcza", "01_uk.txt"), ("Gazeta Wyborcza", "02_ru.txt"), ("Gazeta Wyborcza", "03_en.txt"),
 ("Gazeta Wyborcza", "04_de.txt")],
[("Teresa Malinowska-Ryś, chair of the jury of the Bursztynowe Pióro (Amber Quill) literary prize, has resigned.",
  ["00_pl.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_de.txt"], 1),
 ("The prize's main sponsor Węglopol Energia demanded that Marta Dzierżanowska's novel Czarny śnieg be removed from the shortlist.",
  ["00_pl.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_de.txt"], 1),
 ("Węglopol denies exerting any pressure on the jury.", ["00_pl.txt", "02_ru.txt", "03_en.txt", "04_de.txt"], 1)])

# t03: chain uk -> pl -> nl, fr. Читомо's own reporting ("Як дізналося «Читомо»", "розповіла
# «Читомо»", "«Читомо» ознайомилося з переліком угод", "За нашою інформацією"); Onet relays it
# ("informuje ukraiński portal branżowy Czytomo", "Jak podaje Czytomo", "powiedziała portalowi",
# "Według ustaleń Czytomo"); NRC credits Onet ("Dat meldt de Poolse nieuwssite Onet, die zich
# baseert op het Oekraïense boekenplatform Chytomo", "Volgens Onet"); Livres Hebdo credits Onet
# ("rapporte le portail polonais Onet", "souligne le site, qui s'appuie sur … Tchytomo", "Selon
# Onet", "citée par le site polonais"). Both late articles: one edge from Onet.
story("t03_chain_chytomo_onet_rights", "chain", {
"00_uk.txt": """Дебютний роман «Соляна вежа» продали у 14 країн — рекорд для українського дебюту
Читомо
2027-04-16T10:00:00+03:00

Права на переклад дебютного роману Ярини Костюк «Соляна вежа» продано видавцям із 14 країн. Як дізналося «Читомо», угоди укладено під час Лондонського книжкового ярмарку та впродовж тижня після нього. Це найбільша кількість іноземних продажів для дебюту українського автора за всі роки незалежності.

«Ми розраховували на три-чотири мови. Коли в перший день ярмарку надійшли дві конкурентні пропозиції з Німеччини, стало зрозуміло, що відбувається щось незвичне», — розповіла «Читомо» директорка видавництва «Сім лелек» Ірина Гаврилюк.

Німецькі права після аукціону дісталися гамбурзькому видавництву Möwenstein Verlag. «Читомо» ознайомилося з переліком підписаних угод: окрім Німеччини, роман вийде у Франції, Нідерландах, Польщі, Італії, Іспанії, Чехії, Швеції, Норвегії, Литві, Естонії, Хорватії, Словенії та Японії.

За нашою інформацією, сукупний аванс за всіма угодами перевищив 100 тисяч євро. Гаврилюк суму не підтвердила, зазначивши лише, що вона «в рази більша» за все, що видавництво отримувало раніше.

«Соляна вежа» вийшла в Україні у вересні 2026 року накладом 18 тисяч примірників. Роман розповідає історію трьох поколінь родини з невеликого містечка на Донеччині, де століттями видобували сіль.

Ярина Костюк до роботи над книжкою понад десять років працювала журналісткою. Зараз вона пише другий роман, який видавництво планує випустити наступного року.
""",
"01_pl.txt": """Ukraiński debiut podbija Europę. Prawa do „Solnej wieży” sprzedane do 14 krajów
Onet
17 kwietnia 2027, 08:45

Debiutancka powieść ukraińskiej pisarki Jaryny Kostiuk „Solna wieża” ukaże się w 14 krajach – informuje ukraiński portal branżowy Czytomo. To rekord, jeśli chodzi o zagraniczną sprzedaż praw do debiutu ukraińskiego autora.

Jak podaje Czytomo, umowy zawarto podczas Londyńskich Targów Książki i w ciągu tygodnia po ich zakończeniu. Prawa niemieckie po licytacji trafiły do hamburskiego wydawnictwa Möwenstein Verlag.

– Liczyliśmy na trzy, cztery języki. Kiedy pierwszego dnia targów przyszły dwie konkurencyjne oferty z Niemiec, zrozumieliśmy, że dzieje się coś niezwykłego – powiedziała portalowi Iryna Hawryluk, szefowa wydawnictwa Sim Łełek.

Według ustaleń Czytomo łączna wartość zaliczek przekroczyła 100 tys. euro, choć sama wydawczyni kwoty nie potwierdziła. Wśród krajów, w których ukaże się książka, jest także Polska; nazwy polskiego wydawcy ukraiński portal nie podaje.

„Solna wieża” ukazała się na Ukrainie we wrześniu 2026 r. w nakładzie 18 tys. egzemplarzy. To saga o trzech pokoleniach rodziny z niewielkiego miasteczka w obwodzie donieckim, w którym od stuleci wydobywano sól.

Kostiuk przez ponad dziesięć lat pracowała jako dziennikarka. Obecnie pisze drugą powieść.
""",
"02_nl.txt": """Oekraïense debuutroman in veertien landen verkocht
NRC
17-04-2027 17:30

De debuutroman De zouttoren van de Oekraïense schrijfster Jaryna Kostjoek verschijnt in veertien landen, waaronder Nederland. Dat meldt de Poolse nieuwssite Onet, die zich baseert op het Oekraïense boekenplatform Chytomo.

Volgens Onet werden de contracten gesloten tijdens de Londense boekenbeurs en in de week daarna. Nooit eerder werden de rechten op een debuut van een Oekraïense auteur aan zoveel buitenlandse uitgevers verkocht. De gezamenlijke voorschotten zouden meer dan 100.000 euro bedragen.

‘We rekenden op drie, vier talen’, zei uitgeefster Iryna Havryljoek van uitgeverij Sim Lelek tegen het Oekraïense platform. ‘Toen er op de eerste beursdag twee concurrerende biedingen uit Duitsland binnenkwamen, begrepen we dat er iets bijzonders gebeurde.’

Welke Nederlandse uitgeverij de rechten heeft gekocht, maakt de Poolse site niet bekend.

De roman volgt drie generaties van een familie in een stadje in de Donbas waar al eeuwenlang zout wordt gewonnen. Het boek verscheen in september in Oekraïne in een oplage van 18.000 exemplaren, voor Oekraïense begrippen een groot aantal.

Oekraïense literatuur wint sinds enkele jaren terrein bij buitenlandse uitgevers. Vooral romans over het dagelijks leven in het oosten van het land worden veel vertaald.
""",
"03_fr.txt": """Droits étrangers : le premier roman ukrainien « La Tour de sel » cédé dans quatorze pays
Livres Hebdo
19 avril 2027

Le premier roman de l'Ukrainienne Iaryna Kostiouk, « La Tour de sel », va être traduit dans quatorze pays, rapporte le portail polonais Onet. Un record pour un premier roman d'auteur ukrainien, souligne le site, qui s'appuie sur les informations du média spécialisé ukrainien Tchytomo.

Selon Onet, les contrats ont été signés pendant la Foire du livre de Londres et dans la semaine qui a suivi. Les droits allemands ont été emportés aux enchères par la maison hambourgeoise Möwenstein Verlag. La France figure également parmi les pays acquéreurs, mais le nom de l'éditeur français n'a pas été communiqué.

« Nous comptions sur trois ou quatre langues », a confié l'éditrice Iryna Havryliouk, directrice de la maison Sim Lelek, citée par le site polonais. « Quand deux offres concurrentes sont arrivées d'Allemagne dès le premier jour de la foire, nous avons compris qu'il se passait quelque chose d'inhabituel. »

Paru en Ukraine en septembre 2026 et tiré à 18 000 exemplaires, le roman suit trois générations d'une famille dans une petite ville du Donbass où l'on extrait le sel depuis des siècles.

Ancienne journaliste, Iaryna Kostiouk travaille déjà à un deuxième roman. La littérature ukrainienne connaît depuis plusieurs années un intérêt croissant chez les éditeurs européens, en particulier pour les récits ancrés dans l'est du pays.
""",
}, [("Читомо", True)],
[("Читомо", "01_pl.txt"), ("Onet", "02_nl.txt"), ("Onet", "03_fr.txt")],
[("Translation rights to Yaryna Kostiuk's debut novel The Salt Tower (Соляна вежа) have been sold to publishers in 14 countries.",
  ["00_uk.txt", "01_pl.txt", "02_nl.txt", "03_fr.txt"], 1),
 ("German rights went to the Hamburg publisher Möwenstein Verlag after an auction.",
  ["00_uk.txt", "01_pl.txt", "03_fr.txt"], 1),
 ("The combined advances exceed 100,000 euros.", ["00_uk.txt", "01_pl.txt", "02_nl.txt"], 1)])

# t04: de Volkskrant's own investigation (compared the two books; author "zei tegen deze krant");
# 01_de.txt (no outlet line) is an uncredited, close German translation published hours later
# that keeps "Das ergab eine Untersuchung dieser Zeitung" and "sagte … dieser Zeitung": edge from
# de Volkskrant. en "an investigation by the Dutch daily de Volkskrant has found" + "told the
# Volkskrant" + "told the paper"; ru "Это выяснили журналисты нидерландской газеты de Volkskrant"
# + "По подсчетам de Volkskrant" + "заявил … газете".
story("t04_translation_volkskrant_plagiarism", "translation", {
"00_nl.txt": """Winnend debuut van de Duinroosprijs bevat tientallen passages uit vergeten Vlaamse roman
de Volkskrant
2027-06-03 05:00

De roman Het zoutmeer van Joris van Dalen-Mertens, die in november de Duinroosprijs voor het beste literaire debuut won, bevat minstens 23 passages die vrijwel woordelijk zijn overgenomen uit De late veerman, een roman van de Vlaamse schrijver Achiel Vervaet uit 1968. Dat blijkt uit onderzoek van de Volkskrant.

De krant legde beide boeken naast elkaar. In sommige gevallen zijn alleen namen en plaatsen veranderd; elders zijn hele alinea’s overgenomen, tot en met een beschrijving van de mist boven de Schelde. Samen gaat het om ruim elf pagina’s tekst. Vervaet overleed in 1991; zijn roman is al decennia niet meer te koop.

‘Ik herken dat er overeenkomsten zijn, maar ik heb nooit bewust iets overgenomen’, zei Van Dalen-Mertens tegen deze krant. ‘Ik heb dat boek als student gelezen. Kennelijk is er meer blijven hangen dan ik dacht.’

Uitgeverij Zandloper laat weten de geplande vierde druk van Het zoutmeer stop te zetten. ‘We nemen dit zeer serieus en laten de tekst door een onafhankelijke deskundige onderzoeken’, aldus uitgever Femke Roozendaal.

De Duinroosprijs geldt als een van de belangrijkste prijzen voor debutanten in het Nederlandse taalgebied en bedraagt 15.000 euro. Het bestuur van de prijs zegt tegenover de Volkskrant ‘geschokt’ te zijn en zich te beraden op ‘passende stappen’.

Het zoutmeer werd door de jury geprezen als ‘een verbluffend zelfverzekerd debuut’ en is sinds de bekroning ruim 30.000 keer verkocht.
""",
"01_de.txt": """Preisgekrönter niederländischer Debütroman enthält Dutzende Passagen aus vergessenem flämischem Buch
03.06.2027, 11:20

Der Roman „Het zoutmeer“ (Der Salzsee) von Joris van Dalen-Mertens, der im November den Duinroos-Preis für das beste literarische Debüt gewonnen hat, enthält mindestens 23 Passagen, die nahezu wörtlich aus „De late veerman“, einem Roman des flämischen Schriftstellers Achiel Vervaet aus dem Jahr 1968, übernommen wurden. Das ergab eine Untersuchung dieser Zeitung.

Die Zeitung legte beide Bücher nebeneinander. In manchen Fällen wurden nur Namen und Orte geändert; an anderen Stellen wurden ganze Absätze übernommen, bis hin zu einer Beschreibung des Nebels über der Schelde. Insgesamt geht es um mehr als elf Seiten Text. Vervaet starb 1991; sein Roman ist seit Jahrzehnten nicht mehr im Handel.

„Ich erkenne, dass es Übereinstimmungen gibt, aber ich habe nie bewusst etwas übernommen“, sagte Van Dalen-Mertens dieser Zeitung. „Ich habe das Buch als Student gelesen. Offenbar ist mehr hängen geblieben, als ich dachte.“

Der Verlag Zandloper teilt mit, die geplante vierte Auflage von „Het zoutmeer“ zu stoppen. „Wir nehmen das sehr ernst und lassen den Text von einem unabhängigen Sachverständigen prüfen“, so Verlegerin Femke Roozendaal.

Der Duinroos-Preis gilt als eine der wichtigsten Auszeichnungen für Debütanten im niederländischen Sprachraum und ist mit 15.000 Euro dotiert. Der Vorstand des Preises zeigt sich gegenüber dieser Zeitung „schockiert“ und berät über „angemessene Schritte“.

„Het zoutmeer“ war von der Jury als „verblüffend selbstbewusstes Debüt“ gelobt worden und hat sich seit der Auszeichnung mehr als 30.000 Mal verkauft.
""",
"02_en.txt": """Dutch prize-winning debut contains passages lifted from forgotten Flemish novel, paper finds
The Bookseller
2027-06-03T15:10:00+01:00

Het zoutmeer (The Salt Lake), the novel by Joris van Dalen-Mertens that won the Netherlands' Duinroos Prize for best literary debut last November, contains at least 23 passages taken almost word for word from a 1968 novel by the Flemish writer Achiel Vervaet, an investigation by the Dutch daily de Volkskrant has found.

The paper compared the prize-winner with Vervaet's De late veerman (The Late Ferryman), out of print for decades, and found more than 11 pages of overlapping text, in some cases with only names and places changed.

"I recognise that there are similarities, but I never consciously copied anything," Van Dalen-Mertens told the Volkskrant, adding that he had read Vervaet's book as a student.

His publisher, Zandloper, told the paper it had halted a planned fourth printing and would have the text examined by an independent expert. "We take this very seriously," publisher Femke Roozendaal said.

The Duinroos Prize, worth €15,000, is regarded as one of the most important awards for first-time authors in the Dutch-speaking world. According to the Volkskrant, its board said it was "shocked" and was considering "appropriate steps".

Het zoutmeer, praised by the jury as "a stunningly self-assured debut", has sold more than 30,000 copies since it won the prize.
""",
"03_ru.txt": """Роман — победитель нидерландской премии для дебютантов оказался частично списан с забытой фламандской книги
Медуза
3 июня 2027, 19:05

В романе Йориса ван Дален-Мертенса «Соленое озеро», получившем в ноябре нидерландскую премию «Дюнная роза» (Duinroosprijs) за лучший литературный дебют, обнаружено не менее 23 фрагментов, почти дословно совпадающих с текстом романа фламандского писателя Ахиела Верваета «Поздний перевозчик» 1968 года. Это выяснили журналисты нидерландской газеты de Volkskrant.

По подсчетам de Volkskrant, совпадения занимают в общей сложности больше одиннадцати страниц. В некоторых местах автор лишь заменил имена героев и названия мест, в других целиком перенесены абзацы — например, описание тумана над Шельдой.

«Я признаю, что сходство есть, но никогда сознательно ничего не заимствовал», — заявил ван Дален-Мертенс газете. По его словам, книгу Верваета он читал еще студентом.

Вервает умер в 1991 году, его роман десятилетиями не переиздавался. Премия «Дюнная роза» считается одной из самых престижных наград для дебютантов в нидерландоязычных странах, ее размер составляет 15 тысяч евро.

После вручения премии «Соленое озеро» разошлось тиражом более 30 тысяч экземпляров; жюри называло книгу «ошеломляюще уверенным дебютом».
""",
}, [("de Volkskrant", True)],
[("de Volkskrant", "01_de.txt"), ("de Volkskrant", "02_en.txt"), ("de Volkskrant", "03_ru.txt")],
[("Joris van Dalen-Mertens's prize-winning debut Het zoutmeer contains at least 23 passages copied almost word for word from Achiel Vervaet's 1968 novel De late veerman.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1),
 ("The publisher Zandloper has halted the planned fourth printing of the novel.",
  ["00_nl.txt", "01_de.txt", "02_en.txt"], 1),
 ("Van Dalen-Mertens denies having consciously copied anything.",
  ["00_nl.txt", "01_de.txt", "02_en.txt", "03_ru.txt"], 1)])

# t05: institution-published origin: the Leipzig foundation Stiftung Lindenhaus announces the prize
# on its website (with the jury's statement); all four take it from there. de "Das teilte die
# Leipziger Stiftung Lindenhaus am Dienstag auf ihrer Internetseite mit" + "heißt es in der
# Begründung der Jury, die die Stiftung veröffentlichte" + "laut Mitteilung" + "Nach Angaben der
# Stiftung"; uk "Про це йдеться в повідомленні лейпцизького фонду «Лінденгаус», оприлюдненому на
# його сайті" + "ідеться в обґрунтуванні журі" + "як зазначають у фонді"; pl "Poinformowała o tym
# lipska Fundacja Lindenhaus w komunikacie opublikowanym … na swojej stronie internetowej" +
# "czytamy w uzasadnieniu jury" + "jak przekazała fundacja"; fr "a annoncé mardi la fondation
# Lindenhaus, basée à Leipzig, dans un communiqué mis en ligne sur son site" + "peut-on lire dans
# l'argumentaire du jury" + "précise la fondation".
story("t05_institution_lindenhaus_prize", "institution", {
"00_de.txt": """Lindenhaus-Preis für Oksana Lytwynez und ihren Übersetzer Jakob Wendeler
Süddeutsche Zeitung
14. September 2027, 18:02 Uhr

Die ukrainische Lyrikerin Oksana Lytwynez und ihr deutscher Übersetzer Jakob Wendeler erhalten den diesjährigen Lindenhaus-Preis für europäische Literatur. Das teilte die Leipziger Stiftung Lindenhaus am Dienstag auf ihrer Internetseite mit. Ausgezeichnet wird der Gedichtband „Garten nach dem Regen“, der im Frühjahr in Wendelers Übertragung erschienen ist.

Lytwynez gelinge es, „den Alltag eines Landes im Krieg in eine Sprache von stiller, fast schmerzhafter Genauigkeit zu fassen“, heißt es in der Begründung der Jury, die die Stiftung veröffentlichte. Wendelers Übersetzung bewahre „den Atem und die Brüche des Originals, ohne je ins Exotische zu kippen“.

Der Preis ist mit 30.000 Euro dotiert, die zu gleichen Teilen an Autorin und Übersetzer gehen. Die Verleihung findet laut Mitteilung am 12. November in Leipzig statt; die Laudatio hält die Schriftstellerin Ruth Kammerlander.

Nach Angaben der Stiftung wurde Lytwynez 1985 in Schytomyr geboren und lebt in Kiew. Sie hat vier Gedichtbände veröffentlicht, „Garten nach dem Regen“ erschien im Original 2025. Wendeler, Jahrgang 1979, übersetzt aus dem Ukrainischen und dem Polnischen.

Die Stiftung Lindenhaus vergibt den Preis seit 2011. Er ist eine der wenigen Auszeichnungen, die ausdrücklich ein Werk und seine Übersetzung gemeinsam würdigen.
""",
"01_uk.txt": """Поетка Оксана Литвинець і її перекладач отримали німецьку премію «Лінденгаус»
Суспільне Культура
14.09.2027 21:40

Українська поетка Оксана Литвинець та її німецький перекладач Якоб Венделер стали лауреатами премії «Лінденгаус» за європейську літературу 2027 року. Про це йдеться в повідомленні лейпцизького фонду «Лінденгаус», оприлюдненому на його сайті у вівторок.

Відзнаку присуджено за збірку «Сад після зливи», яка навесні вийшла німецькою в перекладі Венделера. Литвинець вдається «вмістити повсякдення країни у війні в мову тихої, майже болісної точності», ідеться в обґрунтуванні журі. Переклад, як зазначають у фонді, зберігає «подих і злами оригіналу».

Премія становить 30 тисяч євро, які порівну розділять авторка і перекладач. Урочиста церемонія відбудеться 12 листопада в Лейпцигу.

Оксана Литвинець народилася 1985 року в Житомирі, живе в Києві. Вона авторка чотирьох поетичних збірок; «Сад після зливи» в оригіналі вийшов 2025 року. Якоб Венделер перекладає з української та польської.

Премію «Лінденгаус» фонд вручає з 2011 року. Її особливість у тому, що вона відзначає водночас автора і перекладача.
""",
"02_pl.txt": """Ukraińska poetka i jej niemiecki tłumacz z Nagrodą Lindenhaus
Polityka
15 września 2027

Oksana Łytwynec, ukraińska poetka z Kijowa, oraz jej niemiecki tłumacz Jakob Wendeler zostali tegorocznymi laureatami Nagrody Lindenhaus dla literatury europejskiej. Poinformowała o tym lipska Fundacja Lindenhaus w komunikacie opublikowanym we wtorek na swojej stronie internetowej.

Nagrodę przyznano za tom „Ogród po ulewie”, wydany wiosną po niemiecku w przekładzie Wendelera. Łytwynec potrafi – czytamy w uzasadnieniu jury – „zamknąć codzienność kraju w stanie wojny w języku cichej, niemal bolesnej precyzji”. Tłumacz zachował z kolei „oddech i pęknięcia oryginału”, jak przekazała fundacja.

Uroczystość wręczenia odbędzie się 12 listopada w Lipsku. Wyróżnienie, przyznawane od 2011 r., należy do nielicznych w Europie, które honorują jednocześnie autora i tłumacza.

Łytwynec urodziła się w 1985 r. w Żytomierzu. Opublikowała cztery tomy wierszy. Wendeler tłumaczy z ukraińskiego i polskiego – po niemiecku ukazały się w jego przekładzie m.in. wiersze kilku współczesnych polskich poetek.

W Polsce utwory Łytwynec ukazywały się dotąd głównie w antologiach i czasopismach literackich.
""",
"03_fr.txt": """La poétesse ukrainienne Oksana Lytvynets et son traducteur allemand lauréats du prix Lindenhaus
ActuaLitté
15/09/2027

La poétesse ukrainienne Oksana Lytvynets et son traducteur allemand Jakob Wendeler reçoivent le prix Lindenhaus de littérature européenne 2027, a annoncé mardi la fondation Lindenhaus, basée à Leipzig, dans un communiqué mis en ligne sur son site.

Le jury distingue le recueil « Le Jardin après l'averse », paru au printemps en allemand dans la traduction de Wendeler. Oksana Lytvynets parvient à « saisir le quotidien d'un pays en guerre dans une langue d'une précision silencieuse, presque douloureuse », peut-on lire dans l'argumentaire du jury. La traduction, précise la fondation, préserve « le souffle et les cassures de l'original ».

Doté de 30 000 euros, le prix sera partagé à parts égales entre l'autrice et son traducteur. Créé en 2011, il a la particularité de récompenser conjointement un auteur et celui ou celle qui l'a traduit.

Née en 1985 à Jytomyr, Oksana Lytvynets vit à Kyiv. Elle a publié quatre recueils de poésie, dont aucun n'est pour l'heure disponible en français.
""",
}, [("Stiftung Lindenhaus", False)],
[("Stiftung Lindenhaus", "00_de.txt"), ("Stiftung Lindenhaus", "01_uk.txt"), ("Stiftung Lindenhaus", "02_pl.txt"),
 ("Stiftung Lindenhaus", "03_fr.txt")],
[("Oksana Lytvynets and her German translator Jakob Wendeler have won the 2027 Lindenhaus Prize for European Literature.",
  ["00_de.txt", "01_uk.txt", "02_pl.txt", "03_fr.txt"], 1),
 ("The prize is worth 30,000 euros, shared equally between author and translator.",
  ["00_de.txt", "01_uk.txt", "03_fr.txt"], 1),
 ("The award ceremony will take place on 12 November in Leipzig.", ["00_de.txt", "01_uk.txt", "02_pl.txt"], 1)])

# t06: a person's own Facebook post (outside) relayed directly by uk and en; Медуза relays the post
# AND adds its own confirmation (found the book on sale, the publisher's reply "«Медузе»
# сказали", the author's confirmation "в переписке с «Медузой»"): edge from the post + in-corpus
# origin Медуза; pl credits both the post ("napisał w niedzielę na Facebooku") and Meduza ("Jego
# słowa potwierdził … portal Meduza", "Jak ustalili jego dziennikarze", "przekazało Meduzie"):
# two edges.
story("t06_post_meduza_confirmation", "social_post_confirmation", {
"00_uk.txt": """Письменник Андрій Вербицький заявив, що його роман без дозволу видали в Росії
Українська правда
2027-10-03 21:15

Український письменник Андрій Вербицький заявив, що московське видавництво «Северный переплет» без його згоди випустило російський переклад його роману «Зимові яблука». Про це він написав у своєму дописі у Facebook у неділю.

«Я нікому не продавав і не продам прав на російський переклад. Те, що зараз лежить на полицях у Петербурзі, — крадіжка», — написав Вербицький.

До допису письменник додав фотографію обкладинки російського видання з назвою «Зимние яблоки» та логотипом видавництва. За словами автора, фото йому надіслала читачка із Санкт-Петербурга, яка побачила книжку в магазині.

Вербицький зазначив, що вже найняв юристів і вимагатиме вилучити наклад із продажу. «Я розумію, що російський суд мені не допоможе. Але я хочу, щоб кожен іноземний партнер цього видавництва знав, з ким має справу», — додав він.

Роман «Зимові яблука» вийшов українською 2024 року і став одним із найпродаваніших українських романів того року. Книжку перекладено англійською, німецькою та польською мовами; права на переклади продавало українське видавництво автора.

Андрій Вербицький — автор п'яти романів і збірки оповідань. Від 2022 року він служить у Збройних силах України.
""",
"01_en.txt": """Ukrainian novelist says Russian publisher printed his book without permission
The Kyiv Independent
4 October 2027

Ukrainian writer Andriy Verbytskyi has accused the Moscow publishing house Severny Pereplyot of releasing a Russian translation of his novel Winter Apples without his consent.

"I have never sold, and will never sell, the rights to a Russian translation. What is now lying on the shelves in St Petersburg is theft," Verbytskyi wrote in a Facebook post on Oct. 3.

The author attached a photo of the cover of the Russian edition, titled Zimniye Yabloki and bearing the publisher's logo, which he said had been sent to him by a reader in St Petersburg who had spotted the book in a shop.

In the post, Verbytskyi said he had already hired lawyers and would demand that the print run be withdrawn from sale. "I understand that a Russian court will not help me. But I want every foreign partner of this publisher to know who they are dealing with," he wrote.

Winter Apples, first published in Ukrainian in 2024, was one of the year's best-selling Ukrainian novels. It has since been translated into English, German and Polish.

Verbytskyi, the author of five novels and a short story collection, has served in the Armed Forces of Ukraine since 2022.
""",
"02_ru.txt": """Украинский писатель обвинил московское издательство в пиратском издании своего романа. «Медуза» нашла книгу в продаже
Медуза
04.10.2027, 18:15

Украинский писатель Андрей Вербицкий заявил, что московское издательство «Северный переплет» без его разрешения выпустило русский перевод его романа «Зимние яблоки». «Я никому не продавал и не продам прав на русский перевод. То, что сейчас лежит на полках в Петербурге, — кража», — написал он в фейсбуке в воскресенье.

«Медуза» проверила слова писателя. Книга под названием «Зимние яблоки» с логотипом «Северного переплета» продается в интернет-магазинах двух крупных книжных сетей по цене от 890 рублей. В выходных данных указан тираж 5000 экземпляров, имя переводчика не названо.

В издательстве «Медузе» сказали, что права были приобретены «через посредника в Европе», но назвать его отказались. Договор с самим автором, по словам сотрудника издательства, «не требовался». Сам Вербицкий в переписке с «Медузой» подтвердил, что никаких посредников на продажу прав не уполномочивал.

Роман «Зимние яблоки» вышел на украинском языке в 2024 году и стал одним из самых продаваемых украинских романов года; его перевели на английский, немецкий и польский. Вербицкий с 2022 года служит в ВСУ.
""",
"03_pl.txt": """Ukraiński pisarz: Rosjanie wydali moją powieść bez zgody. Meduza potwierdza, że książka jest w sprzedaży
TVN24
5 października 2027, 07:50

Ukraiński pisarz Andrij Werbycki oskarżył moskiewskie wydawnictwo Siewiernyj Pieriepliot o wydanie bez jego zgody rosyjskiego przekładu powieści „Zimowe jabłka”. – Nikomu nie sprzedałem i nie sprzedam praw do rosyjskiego przekładu. To, co leży teraz na półkach w Petersburgu, to kradzież – napisał w niedzielę na Facebooku.

Jego słowa potwierdził niezależny rosyjskojęzyczny portal Meduza. Jak ustalili jego dziennikarze, książka jest dostępna w sklepach internetowych dwóch dużych rosyjskich sieci księgarskich, a w stopce redakcyjnej podano nakład 5 tys. egzemplarzy. Nazwiska tłumacza nie ujawniono.

Wydawnictwo przekazało Meduzie, że prawa nabyło „za pośrednictwem agenta w Europie”, ale odmówiło podania jego nazwy. Werbycki zapewnił portal, że nikogo nie upoważniał do sprzedaży praw.

„Zimowe jabłka” ukazały się po ukraińsku w 2024 r., a rok później także po polsku. Werbycki od 2022 r. służy w ukraińskiej armii.
""",
}, [("Andriy Verbytskyi", False), ("Медуза", True)],
[("Andriy Verbytskyi", "00_uk.txt"), ("Andriy Verbytskyi", "01_en.txt"), ("Andriy Verbytskyi", "02_ru.txt"),
 ("Andriy Verbytskyi", "03_pl.txt"), ("Медуза", "03_pl.txt")],
[("The Moscow publisher Severny Pereplyot released a Russian translation of Andriy Verbytskyi's novel Winter Apples without his consent.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_pl.txt"], 2),
 ("Verbytskyi has hired lawyers and will demand that the print run be withdrawn from sale.",
  ["00_uk.txt", "01_en.txt"], 1)])

# t07: two independent own reports of the theft: Rzeczpospolita (librarian and police told the paper,
# a reporter at the library: "ustaliła „Rzeczpospolita”", "powiedział „Rzeczpospolitej”",
# "przekazała „Rz”", "Nasz reporter") and Le Monde (found the manuscript in a Paris auction
# catalogue: "a constaté Le Monde", "Interrogé par Le Monde", "a indiqué au Monde"). nl credits both
# (two edges: "Dat meldden dinsdag de Poolse krant Rzeczpospolita en het Franse dagblad Le Monde",
# "Volgens Rzeczpospolita", "schrijft Le Monde", "tegenover de Franse krant"); en credits Le Monde
# ("Le Monde has reported", "The French newspaper found", "told Le Monde", "the paper reported");
# ru credits Rzeczpospolita in Cyrillic ("сообщила польская газета «Жечпосполита»", "рассказал
# «Жечпосполитой»", "По данным газеты", "Как отмечает издание").
story("t07_two_independent_psalter_theft", "two_independent", {
"00_pl.txt": """Z toruńskiej biblioteki zniknął XV-wieczny psałterz. Policja szuka złodzieja
Rzeczpospolita
16.11.2027 07:00

Z zabytkowego księgozbioru Biblioteki Fundacji im. Ludwika Zielonki w Toruniu skradziono iluminowany psałterz z XV wieku – ustaliła „Rzeczpospolita”. Wartość rękopisu eksperci szacują na ok. 4 mln zł.

Brak psałterza wykryto 2 listopada podczas corocznej inwentaryzacji zbiorów specjalnych. – Pudło, w którym przechowywano rękopis, stało na swoim miejscu, ale było puste – powiedział „Rzeczpospolitej” dyrektor biblioteki Zbigniew Kowalewicz. Jego zdaniem sprawcą mogła być osoba, która miała dostęp do magazynu.

Sprawą zajmuje się Komenda Miejska Policji w Toruniu. – Prowadzimy postępowanie w sprawie kradzieży dobra o szczególnym znaczeniu dla kultury. Sprawdzamy m.in. nagrania z monitoringu – przekazała „Rz” rzeczniczka komendy asp. Marta Lisowska.

Psałterz toruński, spisany ok. 1460 r. prawdopodobnie w jednym z pomorskich klasztorów, liczy 212 kart i 38 miniatur. Ostatni raz był udostępniany badaczom we wrześniu. Nasz reporter, który w poniedziałek odwiedził bibliotekę, zastał czytelnię zbiorów specjalnych zamkniętą „do odwołania”.

Fundacja im. Ludwika Zielonki przejęła księgozbiór w 1994 r. od spadkobierców kolekcjonera. Od tamtej pory biblioteka nie odnotowała żadnej kradzieży.
""",
"01_fr.txt": """Un psautier médiéval volé en Pologne proposé aux enchères à Paris
Le Monde
16 novembre 2027 à 12h30

Un psautier enluminé du XVe siècle, volé dans une bibliothèque de Toruń, en Pologne, figure au catalogue d'une vente aux enchères prévue le 27 novembre à Paris, a constaté Le Monde. Le manuscrit, décrit comme « provenant d'une collection particulière d'Europe centrale », est présenté sous le numéro 112 par la maison de ventes Verdelet, avec une estimation de 350 000 à 450 000 euros.

Copié vers 1460, l'ouvrage compte 38 miniatures. Celles qui sont reproduites dans le catalogue correspondent, page pour page, aux photographies publiées en 2019 par la bibliothèque de la Fondation Ludwik-Zielonka dans un inventaire numérique. Interrogé par Le Monde, le directeur de la bibliothèque, Zbigniew Kowalewicz, a confirmé que le manuscrit avait disparu de ses réserves. « C'est bien notre psautier, sans aucun doute possible », a-t-il déclaré.

Joint lundi, le commissaire-priseur Arnaud Séverac, qui dirige la maison Verdelet, a indiqué au Monde avoir retiré le lot de la vente « dès que des doutes sérieux sur sa provenance » lui ont été signalés. Il affirme avoir agi « en toute bonne foi » et avoir transmis les coordonnées du vendeur aux services de police spécialisés.

Ce n'est pas la première fois qu'un manuscrit disparu d'une bibliothèque d'Europe centrale refait surface sur le marché de l'art d'Europe occidentale, où les vérifications de provenance restent très inégales d'une maison de ventes à l'autre.
""",
"02_nl.txt": """Middeleeuws psalter gestolen uit Poolse bibliotheek
Trouw
17 november 2027

Uit een bibliotheek in het Poolse Toruń is een rijk verlucht psalter uit de vijftiende eeuw gestolen. Dat meldden dinsdag de Poolse krant Rzeczpospolita en het Franse dagblad Le Monde.

Volgens Rzeczpospolita wordt de waarde van het handschrift geschat op vier miljoen zloty, omgerekend ruim 900.000 euro. Het boek behoort tot de collectie van de Bibliotheek van de Ludwik Zielonka-stichting.

Het handschrift werd rond 1460 vervaardigd en bevat 38 miniaturen, schrijft Le Monde. De directeur van de bibliotheek, Zbigniew Kowalewicz, bevestigde tegenover de Franse krant dat het psalter uit de depots is verdwenen.

Bibliotheken en archieven in Midden-Europa worden de laatste jaren vaker getroffen door diefstal van waardevolle boeken en handschriften. Vaak gaat het om daders die zich als onderzoeker toegang verschaffen tot de collectie.
""",
"03_en.txt": """Medieval psalter stolen from Polish library turns up in Paris auction catalogue
The Guardian
Tue 16 Nov 2027 17.45 GMT

A 15th-century illuminated psalter stolen from a library in the Polish city of Toruń was listed for sale by a Paris auction house with an estimate of up to €450,000, Le Monde has reported.

The French newspaper found the manuscript in the catalogue of the Verdelet auction house as lot 112, described as coming "from a private collection in central Europe", ahead of a sale scheduled for 27 November. According to Le Monde, the miniatures reproduced in the catalogue match, page for page, photographs the library published in a digital inventory in 2019.

The library's director, Zbigniew Kowalewicz, told Le Monde: "It is definitely our psalter, beyond any doubt."

The auctioneer Arnaud Séverac said he had withdrawn the lot as soon as serious doubts about its provenance were raised, and had passed the seller's details to specialist police, the paper reported. He insisted he had acted "in complete good faith".

The psalter, copied around 1460, contains 38 miniatures. It belongs to the library of the Ludwik Zielonka Foundation in Toruń, a city on the Vistula known for its medieval old town.
""",
"04_ru.txt": """Из библиотеки в польской Торуни похитили средневековую псалтирь
Новая газета Европа
16 ноября 2027

Из библиотеки Фонда имени Людвика Зелёнки в Торуни похищена иллюминированная псалтирь XV века, сообщила польская газета «Жечпосполита». Эксперты оценивают рукопись примерно в 4 млн злотых.

Пропажу обнаружили 2 ноября во время ежегодной инвентаризации специальных фондов. «Коробка, в которой хранилась рукопись, стояла на своем месте, но была пуста», — рассказал «Жечпосполитой» директор библиотеки Збигнев Ковалевич. По его мнению, похититель мог иметь доступ к хранилищу.

По данным газеты, делом занимается городская полиция Торуни; следователи изучают записи камер видеонаблюдения. «Мы ведем производство по делу о краже объекта, имеющего особое значение для культуры», — цитирует издание представительницу полиции Марту Лисовскую.

Рукопись, созданная около 1460 года, насчитывает 212 листов и 38 миниатюр. В последний раз исследователи работали с ней в сентябре.

Как отмечает издание, читальный зал специальных фондов закрыт «до особого распоряжения». Фонд получил собрание в 1994 году от наследников коллекционера; до сих пор краж в библиотеке не случалось.
""",
}, [("Rzeczpospolita", True), ("Le Monde", True)],
[("Rzeczpospolita", "02_nl.txt"), ("Le Monde", "02_nl.txt"), ("Le Monde", "03_en.txt"),
 ("Rzeczpospolita", "04_ru.txt")],
[("A 15th-century illuminated psalter was stolen from the Ludwik Zielonka Foundation library in Toruń.",
  ["00_pl.txt", "01_fr.txt", "02_nl.txt", "03_en.txt", "04_ru.txt"], 2),
 ("The psalter was listed as lot 112 in a Paris sale by the Verdelet auction house, which has withdrawn it.",
  ["01_fr.txt", "03_en.txt"], 1),
 ("The loss was discovered on 2 November during an inventory and Toruń police are investigating.",
  ["00_pl.txt", "04_ru.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
            assert o in onames or any(o in t.split("\n")[1] for t in arts.values()), (id, o)
        for _, ca, _ in claims:
            for a in ca:
                assert a in arts, (id, a)
        labels.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": o, "in_corpus": ic} for o, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 153 (books, publishing, literary prizes; "
                   "real media names, invented events); see README.md.", "stories": labels},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
