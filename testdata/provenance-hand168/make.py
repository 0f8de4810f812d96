#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand168 set.

Real media names are used as outlets; every event, place, river, dam, company, person, figure and
quote is invented. Theme: dams, rivers, droughts and water authorities.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# d01: in-corpus scoop by Gazeta Wyborcza resting on two anonymous engineers and a report seen by
# the paper; the authority's denial is given to the paper. Relayed 4x: uk "пише польська газета
# Gazeta Wyborcza з посиланням на" + "За даними «Газети Виборчої»"; nl "meldt de Poolse krant …
# op basis van"; en (no date line) "the Polish daily Gazeta Wyborcza reported on Tuesday" +
# "told Wyborcza"; ru "сообщила польская газета … со ссылкой на" + "По информации «Выборчей»".
# Background: NIK (2021 audit), RMF FM (earlier, unrelated report) are not sources.
story("d01_scoop_dam_seepage", "scoop", {
"00_pl.txt": """Przesiąki i pęknięcie na zaporze w Borowcu Górnym. Raport zalecał obniżenie zbiornika, zarząd zwlekał
Gazeta Wyborcza
13.07.2027, 06:00

Na zaporze zbiornika Borowiec Górny na Wierzchlicy od wiosny przybywa wody, która przesącza się przez korpus budowli, a w betonowym przelewie pojawiło się pęknięcie długie na 14 metrów. Jak ustaliła „Gazeta Wyborcza”, wewnętrzny raport z czerwcowej inspekcji zalecał natychmiastowe obniżenie poziomu wody w zbiorniku o dwa metry. Do dziś tego nie zrobiono.

O sprawie opowiedzieli nam dwaj inżynierowie Zarządu Zlewni Wierzchlicy, którzy proszą o anonimowość, bo nie są upoważnieni do rozmów z mediami. – Pomiary pokazują, że przesiąki wzrosły z czterech do jedenastu litrów na sekundę. Dla zapory z lat 70. to sygnał, którego nie wolno lekceważyć – mówi jeden z nich.

Raport, do którego dotarła „Wyborcza”, datowany jest na 18 czerwca. Jego autorzy piszą, że „stan techniczny przelewu wymaga pilnego odciążenia budowli”. Według naszych rozmówców kierownictwo zarządu odłożyło decyzję na jesień, by w szczycie sezonu nie narażać na straty małej elektrowni wodnej i ośrodków wypoczynkowych nad zalewem.

Poniżej zapory, w Lipniku Nadrzecznym i trzech okolicznych wsiach, mieszka ok. 20 tys. osób. Zbiornik oddany do użytku w 1976 r. mieści 38 mln m sześc. wody, a zapora ma 24 m wysokości.

Rzeczniczka zarządu Marta Kędzierska w rozmowie z „Wyborczą” zaprzeczyła, by mieszkańcom cokolwiek groziło. – Zapora jest bezpieczna, jest pod stałą obserwacją, a raport to dokument roboczy – powiedziała. Nie odpowiedziała na pytanie, dlaczego zaleceń nie wdrożono.

Na konieczność remontu zapory zwracała uwagę już w 2021 r. Najwyższa Izba Kontroli. Urząd wojewódzki do wtorku rano nie skomentował sprawy.
""",
"01_uk.txt": """У Польщі тривалий час не знижували рівень водосховища попри тріщину на греблі – Gazeta Wyborcza
Європейська правда
13 липня 2027, 11:40

На греблі водосховища Боровець-Гурний на річці Вежхліца в Польщі з'явилася 14-метрова тріщина в бетонному водоскиді, а через тіло греблі просочується дедалі більше води. Про це пише польська газета Gazeta Wyborcza з посиланням на двох інженерів місцевого управління водних ресурсів, які говорили на умовах анонімності.

За даними «Газети Виборчої», внутрішній звіт за результатами червневої інспекції рекомендував негайно знизити рівень води у водосховищі на два метри. Утім, цього досі не зробили: за словами співрозмовників видання, керівництво управління відклало рішення на осінь, щоб у розпал сезону не завдати збитків малій ГЕС і базам відпочинку.

«Вимірювання показують, що фільтрація зросла з чотирьох до одинадцяти літрів на секунду. Для греблі 1970-х років це сигнал, який не можна ігнорувати», – цитує газета одного з інженерів.

Нижче за течією, в містечку Ліпнік-Наджечни та трьох селах, живуть близько 20 тисяч людей. Водосховище об'ємом 38 млн кубометрів ввели в експлуатацію у 1976 році, висота греблі – 24 метри.

Речниця управління Марта Кендзерська у коментарі виданню заперечила загрозу для мешканців. «Гребля безпечна, вона під постійним наглядом, а звіт – це робочий документ», – заявила вона.

Як зазначає газета, на необхідність ремонту греблі ще у 2021 році вказувала Найвища палата контролю Польщі.
""",
"02_nl.txt": """'Poolse stuwdam lekt en vertoont scheur, maar waterbeheerder greep niet in'
NOS
13 juli 2027, 15:48

De stuwdam van het Poolse stuwmeer Borowiec Górny lekt steeds meer water en in de betonnen overlaat zit een scheur van veertien meter. Dat meldt de Poolse krant Gazeta Wyborcza op basis van gesprekken met twee ingenieurs van de regionale waterbeheerder, die anoniem willen blijven.

Volgens de krant adviseerde een intern inspectierapport in juni om het waterpeil in het meer direct twee meter te laten zakken. Dat is niet gebeurd. De leiding van de waterbeheerder zou het besluit hebben uitgesteld tot het najaar, om een kleine waterkrachtcentrale en de vakantieparken aan het meer tijdens het hoogseizoen niet te benadelen.

De lekkage door de dam nam volgens metingen toe van vier naar elf liter per seconde. "Voor een dam uit de jaren zeventig is dat een signaal dat je niet mag negeren", zegt een van de ingenieurs tegen de krant.

Stroomafwaarts wonen zo'n 20.000 mensen, in het stadje Lipnik Nadrzeczny en drie omliggende dorpen. De dam is 24 meter hoog en werd in 1976 in gebruik genomen. Het stuwmeer bevat 38 miljoen kubieke meter water.

Polen kampt deze zomer in het noorden met lage rivierstanden, terwijl in het zuiden van het land in het voorjaar juist veel regen viel.
""",
"03_en.txt": """Polish dam leaking and cracked as managers delayed lowering reservoir, report says
The Guardian

A dam on the Wierzchlica river in Poland is leaking increasing amounts of water and has a 14-metre crack in its concrete spillway, but managers put off lowering the reservoir behind it despite an internal recommendation to do so, the Polish daily Gazeta Wyborcza reported on Tuesday.

Citing two engineers at the regional water authority who spoke on condition of anonymity because they were not authorised to talk to the media, the newspaper said seepage through the 1970s structure had risen from four to 11 litres a second since the spring.

An inspection report dated 18 June, which Wyborcza said it had seen, recommended cutting the water level in the Borowiec Górny reservoir by two metres immediately. According to the engineers, the authority's leadership postponed the decision until the autumn to spare a small hydropower plant and the holiday resorts on the lake at the height of the tourist season.

About 20,000 people live downstream in the town of Lipnik Nadrzeczny and three surrounding villages. The reservoir holds 38m cubic metres of water behind a 24-metre dam.

The authority's spokesperson, Marta Kędzierska, denied that residents were at risk. "The dam is safe, it is under constant observation, and the report is a working document," she told Wyborcza.

Poland's Supreme Audit Office warned in 2021 that the dam needed renovation. Ageing water infrastructure has become a growing concern across central Europe as heavier downpours alternate with long dry spells.
""",
"04_ru.txt": """Польская газета сообщила о трещине в плотине водохранилища Боровец-Гурны
Коммерсантъ
13.07.2027, 17:25

В плотине водохранилища Боровец-Гурны на реке Вежхлица в Польше обнаружена трещина длиной 14 м, а фильтрация воды через тело плотины с весны почти утроилась. Об этом сообщила польская газета Gazeta Wyborcza со ссылкой на двух инженеров регионального управления водного хозяйства, пожелавших остаться неназванными.

По информации «Выборчей», внутренний отчет по итогам июньской инспекции рекомендовал немедленно снизить уровень воды в водохранилище на 2 м. Однако руководство управления, как утверждают собеседники издания, отложило решение до осени, чтобы в разгар сезона не лишать доходов малую ГЭС и базы отдыха на берегу. Фильтрация, по их данным, выросла с 4 до 11 л в секунду.

Ниже по течению, в городке Липник-Наджечны и трех деревнях, проживают около 20 тыс. человек. Водохранилище объемом 38 млн куб. м введено в эксплуатацию в 1976 году, высота плотины — 24 м.

Пресс-секретарь управления Марта Кендзерска в разговоре с газетой отвергла опасения. «Плотина безопасна, она находится под постоянным наблюдением, а отчет — рабочий документ»,— приводит ее слова издание.

В мае польская радиостанция RMF FM сообщала, что правительство намерено до 2030 года направить на модернизацию гидротехнических сооружений около 3 млрд злотых.
""",
},
[{"name": "Gazeta Wyborcza", "in_corpus": True}],
[{"origin": "Gazeta Wyborcza", "article": a} for a in ["01_uk.txt", "02_nl.txt", "03_en.txt", "04_ru.txt"]],
[{"text": "A 14-metre crack and growing seepage were found at the Borowiec Górny dam on the Wierzchlica, and an internal inspection report recommended lowering the reservoir by two metres, which was not done.",
  "articles": ["00_pl.txt", "01_uk.txt", "02_nl.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1},
 {"text": "The water authority's spokeswoman Marta Kędzierska denied that residents were at risk and called the report a working document.",
  "articles": ["00_pl.txt", "01_uk.txt", "03_en.txt", "04_ru.txt"], "independent_sources": 1}])

# d02: outside agency ANSA relayed 4x: it "Lo riferisce l'ANSA" + "ha spiegato all'agenzia" +
# "Secondo quanto riportato dall'agenzia" + "interpellata dall'ANSA"; fr "rapporte l'agence de presse
# italienne ANSA" + "a déclaré à l'ANSA" + "Selon l'agence"; pl (no outlet line) "podała włoska
# agencja prasowa ANSA" + "Według ANSA" + "powiedział agencji"; uk "Про це повідомляє італійське
# агентство ANSA" + "За даними агентства" + "сказав агентству". Background: La Repubblica (earlier
# unrelated investigation), IMGW, Coldiretti-like farm associations are not sources.
story("d02_agency_lake_rationing", "agency", {
"00_it.txt": """Siccità, il lago di Serrapiana ai minimi dal 1952: stop all'acqua di notte in 14 comuni
Il Fatto Quotidiano
20 luglio 2027

Da lunedì 26 luglio i rubinetti resteranno a secco ogni notte, dalle 22 alle 6, nei 14 comuni serviti dal lago di Serrapiana, dove il livello dell'acqua è sceso di 3,4 metri rispetto alla media del periodo. Lo riferisce l'ANSA, precisando che si tratta del valore più basso da quando sono iniziate le misurazioni, nel 1952.

Le interruzioni riguarderanno circa 86mila residenti. "Non abbiamo alternative: se continuiamo a prelevare a questo ritmo, a fine agosto il lago non basterà più nemmeno per le ore diurne", ha spiegato all'agenzia Ottavio Lanzillotta, presidente di Acque del Serrapiano, la società che gestisce il servizio idrico nella zona.

Secondo quanto riportato dall'agenzia, da gennaio nel bacino è caduto il 58% di pioggia in meno rispetto alla media. Ospedali e case di riposo saranno riforniti con autobotti, mentre i sindaci hanno già vietato di innaffiare giardini e orti e di riempire le piscine private.

Già a giugno le associazioni agricole della provincia avevano chiesto lo stato di emergenza per la siccità. La Regione, interpellata dall'ANSA, ha fatto sapere che la richiesta è "in fase di istruttoria" e che una decisione arriverà entro fine mese.
""",
"01_fr.txt": """Sécheresse en Italie : l'eau coupée la nuit dans 14 communes autour du lac de Serrapiana
Le Figaro
Publié le 20/07/2027 à 14:12

L'eau du robinet sera coupée toutes les nuits, de 22 heures à 6 heures, à partir du lundi 26 juillet dans 14 communes italiennes alimentées par le lac de Serrapiana, rapporte l'agence de presse italienne ANSA. Le niveau du lac a baissé de 3,40 mètres par rapport à la moyenne saisonnière, du jamais-vu depuis le début des relevés en 1952.

Quelque 86.000 habitants sont concernés. « Nous n'avons pas d'alternative : si nous continuons à pomper à ce rythme, fin août le lac ne suffira même plus pour la journée », a déclaré à l'ANSA Ottavio Lanzillotta, président d'Acque del Serrapiano, la société qui gère la distribution d'eau dans le secteur.

Selon l'agence, il est tombé depuis janvier 58 % de pluie de moins que la normale dans le bassin. Les hôpitaux et les maisons de retraite seront approvisionnés par camions-citernes, et l'arrosage des jardins est déjà interdit.

Début juillet, le quotidien La Repubblica avait consacré une longue enquête au manque d'eau dans le centre de l'Italie, où plusieurs régions réclament l'état d'urgence. En France aussi, plusieurs départements du Sud-Est sont placés en alerte sécheresse renforcée depuis la mi-juin.
""",
"02_pl.txt": """Włochy: susza. 86 tys. osób bez wody w nocy
20.07.2027, 15:30

W 14 gminach we Włoszech od poniedziałku woda w kranach będzie wyłączana każdej nocy od godz. 22 do 6 – podała włoska agencja prasowa ANSA. Powodem jest rekordowo niski poziom jeziora Serrapiana, z którego zaopatrywani są mieszkańcy.

Według ANSA lustro wody jest o 3,4 m niżej niż zwykle o tej porze roku – to najniższy poziom od rozpoczęcia pomiarów w 1952 r. Od stycznia spadło tam o 58 proc. mniej deszczu niż średnio.

Ograniczenia obejmą ok. 86 tys. mieszkańców. – Nie mamy wyjścia. Jeśli dalej będziemy pobierać wodę w tym tempie, pod koniec sierpnia jezioro nie wystarczy nawet na dostawy w ciągu dnia – powiedział agencji Ottavio Lanzillotta, prezes spółki Acque del Serrapiano, która zarządza wodociągami w okolicy.

Szpitale i domy opieki mają być zaopatrywane przez beczkowozy. Gminy zakazały już podlewania ogrodów i napełniania prywatnych basenów.

Susza dotyka w tym roku także Polskę. Instytut Meteorologii i Gospodarki Wodnej od kilku tygodni ostrzega przed suszą hydrologiczną w dorzeczu Wisły.
""",
"03_uk.txt": """В Італії через посуху вночі відключатимуть воду у 14 громадах
hromadske
20 липня 2027, 18:05

В Італії з понеділка, 26 липня, щоночі з 22:00 до 06:00 відключатимуть водопостачання у 14 муніципалітетах, які отримують воду з озера Серрап'яна. Про це повідомляє італійське агентство ANSA.

За даними агентства, рівень води в озері опустився на 3,4 метра нижче від середнього для цієї пори року – це найнижчий показник від початку вимірювань у 1952 році. Від січня в басейні випало на 58% менше опадів, ніж зазвичай.

Обмеження стосуватимуться близько 86 тисяч мешканців. «Альтернативи в нас немає: якщо й далі забиратимемо воду такими темпами, наприкінці серпня озера не вистачить навіть на денні години», – сказав агентству Оттавіо Ланціллотта, президент компанії Acque del Serrapiano, яка постачає воду в регіоні.

Лікарні та будинки для літніх людей забезпечуватимуть водою автоцистернами. Місцева влада вже заборонила поливати сади й городи та наповнювати приватні басейни.
""",
},
[{"name": "ANSA", "in_corpus": False}],
[{"origin": "ANSA", "article": a} for a in ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_uk.txt"]],
[{"text": "From Monday 26 July the water supply will be cut every night from 22:00 to 06:00 in 14 municipalities served by Lake Serrapiana, affecting about 86,000 residents.",
  "articles": ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_uk.txt"], "independent_sources": 1},
 {"text": "Lake Serrapiana is 3.4 metres below its seasonal average, the lowest since measurements began in 1952.",
  "articles": ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_uk.txt"], "independent_sources": 1}])

# d03: an institution's own published statement (Waterschap Vlietlanden, on its website) taken
# directly by all four: nl "Dat heeft het waterschap vanavond op zijn website bekendgemaakt" +
# "staat in de bekendmaking" + "aldus dijkgraaf … in het persbericht"; en "the board said in a
# statement on its website" + "According to the statement"; fr "L'organisme l'a annoncé … dans un
# communiqué publié sur son site" + "Selon le communiqué"; it "Lo ha comunicato … in una nota
# pubblicata sul proprio sito" + "Si legge nella nota". The dike reeve is quoted from the statement:
# she is not a separate origin. Background: KNMI, SPW are not sources.
story("d03_institution_sprinkling_ban", "institution", {
"00_nl.txt": """Waterschap Vlietlanden verbiedt beregenen uit sloten en rivier vanaf vrijdag
NOS
21 juli 2027, 21:14

Boeren en tuinders in het gebied van Waterschap Vlietlanden mogen vanaf vrijdag 00.00 uur geen oppervlaktewater meer gebruiken om hun land te beregenen. Dat heeft het waterschap vanavond op zijn website bekendgemaakt. Het verbod geldt voor ongeveer 4200 agrarische bedrijven en ruim 61.000 hectare grond.

De afvoer van de Kromme Vliet, de belangrijkste rivier in het gebied, is volgens het waterschap gedaald tot 0,3 kubieke meter per seconde. Normaal is dat in juli ruim 2 kuub. Ook worden alle stuwen in de rivier gesloten om het resterende water vast te houden, staat in de bekendmaking.

"We zien de Kromme Vliet met de dag verder zakken. Zonder ingrijpen dreigen de veenkaden uit te drogen, en dat is een risico voor de veiligheid", aldus dijkgraaf Hendrika Oosterwold in het persbericht.

Voor het drenken van vee en voor kapitaalintensieve teelten zoals bloembollen en fruit, die met druppelslangen worden bevloeid, geldt een uitzondering. Het verbod blijft van kracht tot het waterschap het intrekt; wie zich er niet aan houdt, riskeert een last onder dwangsom.

Eerder deze maand waarschuwde het KNMI al dat het neerslagtekort in het oosten van het land is opgelopen tot boven de 200 millimeter.
""",
"01_en.txt": """Water board bans farmers from sprinkling with river water as drought bites
DutchNews.nl
July 21, 2027

Farmers in the area covered by the Vlietlanden water board will be banned from using surface water to irrigate their land from midnight on Friday, the board said in a statement on its website on Wednesday evening.

The ban affects some 4,200 farms and more than 61,000 hectares of land. According to the statement, the flow of the Kromme Vliet, the main river in the area, has dropped to 0.3 cubic metres a second, compared with more than two cubic metres in a normal July. All weirs in the river will also be closed to hold back the water that remains.

"We can see the Kromme Vliet dropping further day by day. If we do nothing, the peat embankments risk drying out, and that is a safety risk," dike reeve Hendrika Oosterwold said in the statement.

Watering livestock and the drip irrigation of high-value crops such as flower bulbs and fruit trees are exempt. The ban will stay in place until the water board lifts it.

The Netherlands' 21 water boards are among the oldest democratic institutions in the country, with some dating back to the 13th century. They are responsible for dykes, water levels and the treatment of waste water.
""",
"02_fr.txt": """Sécheresse : nos voisins néerlandais interdisent d'irriguer les champs avec l'eau des rivières
Le Soir
Mis en ligne le 22/07/2027 à 07:30

Aux Pays-Bas, l'office des eaux Vlietlanden (« waterschap ») interdira à partir de vendredi minuit aux agriculteurs de pomper l'eau des cours d'eau et des fossés pour irriguer leurs terres. L'organisme l'a annoncé mercredi soir dans un communiqué publié sur son site internet.

Quelque 4.200 exploitations et plus de 61.000 hectares sont concernés. Selon le communiqué, le débit de la Kromme Vliet, principale rivière de la région, est tombé à 0,3 mètre cube par seconde, contre plus de deux mètres cubes en temps normal au mois de juillet. Tous les barrages mobiles de la rivière seront en outre fermés afin de retenir l'eau restante.

« Nous voyons la Kromme Vliet baisser de jour en jour. Sans intervention, les digues en tourbe risquent de se dessécher, ce qui pose un problème de sécurité », souligne la présidente de l'office, Hendrika Oosterwold, citée dans le texte.

L'abreuvement du bétail et l'irrigation au goutte-à-goutte des cultures à forte valeur, comme les bulbes et les vergers, restent autorisés.

En Wallonie, le Service public de Wallonie s'est pour l'instant contenté d'appeler les agriculteurs à la modération.
""",
"03_it.txt": """Nei Paesi Bassi un ente per le acque ha vietato di irrigare i campi con l'acqua dei fiumi
Il Post
giovedì 22 luglio 2027

Il Waterschap Vlietlanden, uno degli enti pubblici che nei Paesi Bassi gestiscono argini, canali e livelli dell'acqua, ha vietato da venerdì agli agricoltori della sua zona di usare l'acqua di fiumi e fossati per irrigare. Lo ha comunicato mercoledì sera in una nota pubblicata sul proprio sito.

Il divieto riguarda circa 4.200 aziende agricole e più di 61mila ettari di terreno. Si legge nella nota che la portata del Kromme Vliet, il principale fiume della zona, è scesa a 0,3 metri cubi al secondo, contro gli oltre 2 normali a luglio; saranno chiuse anche tutte le paratoie lungo il fiume, per trattenere l'acqua rimasta.

La presidente dell'ente, Hendrika Oosterwold, ha spiegato nel comunicato che senza interventi gli argini di torba rischiano di seccarsi, cosa che ne comprometterebbe la tenuta. Sono esclusi dal divieto l'abbeveraggio del bestiame e l'irrigazione a goccia di colture di valore come i bulbi da fiore e gli alberi da frutto.

I Paesi Bassi hanno una lunga tradizione di gestione dell'acqua: circa un quarto del paese si trova sotto il livello del mare, e i waterschappen sono tra le istituzioni più antiche del paese.
""",
},
[{"name": "Waterschap Vlietlanden", "in_corpus": False}],
[{"origin": "Waterschap Vlietlanden", "article": a} for a in ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_it.txt"]],
[{"text": "Waterschap Vlietlanden bans sprinkling with surface water from Friday for about 4,200 farms and more than 61,000 hectares.",
  "articles": ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The flow of the Kromme Vliet has fallen to 0.3 cubic metres per second, against more than two in a normal July.",
  "articles": ["00_nl.txt", "01_en.txt", "02_fr.txt", "03_it.txt"], "independent_sources": 1}])

# d04: chain ru -> en -> it, pl. Новая газета Европа own report (correspondent in the villages,
# dispatch log in the newsroom's possession, "на запрос … не ответила"); The Independent credits
# "according to the independent Russian outlet Novaya Gazeta Europe" (edge from NGE); La Stampa
# credits "Lo riporta il quotidiano britannico The Independent, citando il sito russo indipendente
# Novaja Gazeta Europa" (edge from The Independent only); Onet credits "podał brytyjski dziennik
# „The Independent”" + "powołując się na niezależny rosyjski portal" (edge from The Independent).
# Background: Novaya Gazeta (Moscow), TASS are not sources.
story("d04_chain_spillway_release", "chain", {
"00_ru.txt": """«Вода пришла ночью, никто не предупредил». Как сброс с Талдымской ГЭС затопил два села
Новая газета Европа
7 июля 2027, 19:20

В ночь на 5 июля оператор Талдымской ГЭС открыл затворы водосброса, и за несколько часов вода в реке Талдыма поднялась на 2,8 метра. В селах Новокурьино и Сосновый Лог затоплены 312 домов. Корреспондент «Новой газеты Европа» побывал на месте и поговорил с жителями: никто из них, по их словам, не получил ни СМС-оповещения, ни звонка.

«Проснулась от того, что собака лает, опустила ноги с кровати — а там вода по щиколотку», — рассказала нашему корреспонденту пенсионерка Валентина Шубина из Соснового Лога. Ее дом стоит в 400 метрах от реки; раньше вода никогда не доходила до их улицы.

В распоряжении редакции оказалась копия диспетчерского журнала станции. Согласно записи, сброс увеличили с 900 до 2400 кубометров в секунду в 01:40 — после того как уровень водохранилища приблизился к предельной для плотины отметке. Уведомление в районную администрацию, судя по журналу, ушло в 03:15, когда вода уже стояла во дворах.

Глава Новокурьинского сельсовета Игорь Бажин подтвердил «Новой газете Европа», что узнал о сбросе «от людей, а не от энергетиков». В региональном управлении МЧС утверждают, что оповещение было проведено «в установленном порядке».

Компания «Сибгидроресурс», которой принадлежит ГЭС, на запрос «Новой газеты Европа» не ответила. Жителям пока пообещали единовременную выплату в 10 тысяч рублей на семью; многие говорят, что этого не хватит даже на новые полы.
""",
"01_en.txt": """Russian hydropower plant 'flooded 312 homes without warning' after night-time release
The Independent
Thursday 08 July 2027 09:12 BST

A Russian hydropower plant opened its spillway gates in the middle of the night without warning residents downstream, flooding 312 homes in two Siberian villages, according to the independent Russian outlet Novaya Gazeta Europe.

The water in the Taldyma river rose by 2.8 metres within hours in the early morning of 5 July, the outlet reported, after the operator of the Taldyma hydroelectric station increased the discharge from 900 to 2,400 cubic metres per second. Residents of Novokurino and Sosnovy Log told Novaya Gazeta Europe, whose correspondent visited the villages, that they received no text message or phone call.

"I woke up because the dog was barking, put my feet down from the bed and the water was up to my ankles," pensioner Valentina Shubina told the outlet.

A copy of the plant's dispatch log obtained by Novaya Gazeta Europe shows the district administration was notified at 3.15am – more than 90 minutes after the release began, when water was already standing in people's yards.

Russia's emergencies ministry insisted that the warning had been issued "in accordance with established procedure". Sibgidroresurs, the company that owns the plant, did not respond to the outlet's request for comment.

Novaya Gazeta Europe was set up by journalists of Novaya Gazeta after the Moscow newspaper suspended publication in 2022.
""",
"02_it.txt": """Russia, la centrale apre le paratoie di notte: 312 case allagate in Siberia
La Stampa
08 Luglio 2027 alle 15:40

Le paratoie della centrale idroelettrica di Taldyma, in Siberia, sono state aperte in piena notte senza che gli abitanti a valle venissero avvisati: in poche ore il fiume è salito di 2,8 metri e 312 case sono finite sott'acqua in due villaggi. Lo riporta il quotidiano britannico The Independent, citando il sito russo indipendente Novaja Gazeta Europa, che ha inviato un corrispondente sul posto.

Secondo l'Independent, nella notte del 5 luglio il gestore dell'impianto ha portato lo scarico da 900 a 2.400 metri cubi al secondo. Il registro di servizio della centrale mostrerebbe che l'amministrazione locale è stata avvertita alle 3.15, oltre un'ora e mezza dopo l'inizio dello scarico, quando l'acqua era già nei cortili.

"Mi sono svegliata perché il cane abbaiava, ho messo i piedi giù dal letto e c'era l'acqua alle caviglie", ha raccontato una pensionata di Sosnovy Log, Valentina Shubina.

Il ministero russo per le Emergenze sostiene che l'allerta è stata diramata "secondo le procedure". La società proprietaria dell'impianto, Sibgidroresurs, non ha commentato.
""",
"03_pl.txt": """Rosja. Elektrownia otworzyła upusty w nocy. Zalane 312 domów
Onet
08.07.2027 16:55

Elektrownia wodna na rzece Tałdyma na Syberii w nocy otworzyła upusty, nie ostrzegając mieszkańców. W ciągu kilku godzin poziom rzeki podniósł się o 2,8 m, a w dwóch wsiach pod wodą znalazło się 312 domów – podał brytyjski dziennik „The Independent”.

Jak pisze „Independent”, powołując się na niezależny rosyjski portal, operator elektrowni zwiększył zrzut wody z 900 do 2400 m sześc. na sekundę. Mieszkańcy wsi Nowokurino i Sosnowyj Łog nie dostali ani SMS-a, ani telefonu z ostrzeżeniem.

– Obudziłam się, bo pies szczekał. Postawiłam nogi na podłodze, a tam woda po kostki – cytuje brytyjska gazeta jedną z mieszkanek, emerytkę Walentinę Szubinę.

Rosyjskie ministerstwo ds. sytuacji nadzwyczajnych twierdzi, że ostrzeżenie wydano „zgodnie z procedurą”. Właściciel elektrowni, firma Sibgidroresurs, nie odpowiedział na pytania.

Rosyjskie media państwowe, w tym agencja TASS, nie informowały dotąd o zdarzeniu.
""",
},
[{"name": "Новая газета Европа", "in_corpus": True}],
[{"origin": "Новая газета Европа", "article": "01_en.txt"},
 {"origin": "The Independent", "article": "02_it.txt"},
 {"origin": "The Independent", "article": "03_pl.txt"}],
[{"text": "A night-time spillway release at the Taldyma hydropower plant raised the river by 2.8 metres and flooded 312 homes in two villages without warning.",
  "articles": ["00_ru.txt", "01_en.txt", "02_it.txt", "03_pl.txt"], "independent_sources": 1},
 {"text": "According to the plant's dispatch log, the district administration was notified at 03:15, after the release had begun and water was already in yards.",
  "articles": ["00_ru.txt", "01_en.txt", "02_it.txt"], "independent_sources": 1}])

# d05: La Stampa own report (reporter at the site, "come ha potuto verificare La Stampa", "ha detto
# alla Stampa", "non ha risposto alle richieste di commento della Stampa"); Nice-Matin publishes the
# next morning an uncredited, close French translation (same order, figures and quotes; keeps "a
# confié à notre journal", "nos sollicitations", and "la Région" meaning the Italian region): edge
# from La Stampa, not an origin; The Local Italy "Italian daily La Stampa reported on Wednesday" +
# "told La Stampa"; de Volkskrant "Dat schrijft de Italiaanse krant La Stampa, die een verslaggever
# naar de bouwplaats stuurde" + "Volgens La Stampa".
story("d05_translation_alpine_dam", "translation", {
"00_it.txt": """Valle Gelasca, le ruspe sono già al lavoro per la diga. E in Francia temono di restare senz'acqua
La Stampa
14 Luglio 2027 alle 06:30

A Pian del Ciaret, a 1.600 metri di quota in fondo alla Valle Gelasca, due escavatori scavano già le fondamenta di quella che diventerà una diga alta 38 metri. Il cantiere della società Idroalpi Nord è aperto da tre settimane, ma – come ha potuto verificare La Stampa – la valutazione d'impatto ambientale transfrontaliera, obbligatoria perché il torrente Gelasca prosegue il suo corso in Francia, non è mai stata avviata.

Il progetto prevede un invaso da 4,5 milioni di metri cubi e una centrale da 12 megawatt. Secondo i calcoli dei tecnici comunali, d'estate nel tratto francese del torrente resterebbe meno di un terzo della portata attuale.

"Ci hanno presentato il progetto come un piccolo impianto. Poi sono arrivate le ruspe", dice il sindaco di Castelvecchio Gelasca, Aldo Peirone, che ha scritto alla Regione. Dall'altra parte del confine, a Saint-Aubert-sur-Gélasque, l'acquedotto del paese pesca proprio dal torrente. "Quest'estate abbiamo già avuto due settimane di razionamento. Con la diga saremmo finiti", ha detto alla Stampa Régine Faure, allevatrice di capre.

La Regione spiega che l'autorizzazione risale al 2019 e che "eventuali profili transfrontalieri sono di competenza ministeriale". Idroalpi Nord non ha risposto alle richieste di commento della Stampa.
""",
"01_fr.txt": """Vallée de la Gélasque : les pelleteuses déjà à l'œuvre pour le barrage, la France craint de manquer d'eau
Nice-Matin
15 juillet 2027 à 08h10

À Pian del Ciaret, à 1.600 mètres d'altitude au fond de la vallée de la Gélasque, deux pelleteuses creusent déjà les fondations de ce qui deviendra un barrage de 38 mètres de haut. Le chantier de la société Idroalpi Nord est ouvert depuis trois semaines, mais l'évaluation d'impact environnemental transfrontalière, obligatoire puisque la Gélasque poursuit son cours en France, n'a jamais été lancée.

Le projet prévoit une retenue de 4,5 millions de mètres cubes et une centrale de 12 mégawatts. Selon les calculs des techniciens municipaux, l'été, il resterait dans la partie française du torrent moins d'un tiers du débit actuel.

« On nous a présenté le projet comme une petite installation. Puis les pelleteuses sont arrivées », dit le maire de Castelvecchio Gelasca, Aldo Peirone, qui a écrit à la Région. De l'autre côté de la frontière, à Saint-Aubert-sur-Gélasque, le réseau d'eau potable du village puise justement dans le torrent. « Cet été, nous avons déjà eu deux semaines de rationnement. Avec le barrage, ce serait la fin », a confié à notre journal Régine Faure, éleveuse de chèvres.

La Région explique que l'autorisation date de 2019 et que « les éventuels aspects transfrontaliers relèvent du ministère ». Idroalpi Nord n'a pas répondu à nos sollicitations.
""",
"02_en.txt": """Dam works begin in Piedmont valley without cross-border review, French villages fear for water
The Local Italy
14 July 2027 16:20 CEST

Construction has begun on a 38-metre dam in an Alpine valley in north-west Italy without the cross-border environmental assessment required because the stream flows on into France, Italian daily La Stampa reported on Wednesday.

The newspaper said two excavators were already digging the foundations at Pian del Ciaret, 1,600 metres up at the head of the Gelasca valley, where the company Idroalpi Nord opened the site three weeks ago. The project includes a reservoir of 4.5 million cubic metres and a 12-megawatt power station.

According to calculations by municipal technicians cited by La Stampa, less than a third of the current summer flow would remain in the French stretch of the stream.

"They presented it to us as a small plant. Then the bulldozers arrived," Aldo Peirone, mayor of Castelvecchio Gelasca, told the paper. Across the border in Saint-Aubert-sur-Gélasque, where the village's water supply draws directly from the stream, goat farmer Régine Faure told La Stampa the village had already been through two weeks of rationing this summer.

The regional government said the authorisation dated back to 2019 and that any cross-border issues were a matter for the ministry in Rome. Idroalpi Nord did not respond to La Stampa's requests for comment.
""",
"03_nl.txt": """Italiaanse stuwdam in aanbouw bedreigt watervoorziening van Franse dorpen
de Volkskrant
donderdag 15 juli 2027, 12:02

In een Alpendal in Noordwest-Italië wordt gebouwd aan een 38 meter hoge stuwdam, terwijl het verplichte grensoverschrijdende milieuonderzoek nooit is gestart. Dat schrijft de Italiaanse krant La Stampa, die een verslaggever naar de bouwplaats stuurde.

Volgens La Stampa graven bij Pian del Ciaret, op 1600 meter hoogte, al drie weken twee graafmachines aan de fundering. Het stuwmeer moet 4,5 miljoen kubieke meter water gaan bevatten. Omdat de bergstroom Gelasca verderop Frankrijk in stroomt, zou er in de zomer minder dan een derde van het huidige debiet overblijven voor de Franse dorpen stroomafwaarts, blijkt uit berekeningen van gemeentelijke technici die de krant aanhaalt.

"Ze presenteerden het als een kleine centrale. Toen kwamen de bulldozers", zegt burgemeester Aldo Peirone van Castelvecchio Gelasca tegen de krant. In het Franse Saint-Aubert-sur-Gélasque, dat zijn drinkwater uit de bergstroom haalt, gold deze zomer al twee weken een rantsoenering.

Het bouwbedrijf Idroalpi Nord reageerde niet op vragen van La Stampa. De regio zegt dat de vergunning al in 2019 is verleend.
""",
},
[{"name": "La Stampa", "in_corpus": True}],
[{"origin": "La Stampa", "article": a} for a in ["01_fr.txt", "02_en.txt", "03_nl.txt"]],
[{"text": "Construction of a 38-metre dam at Pian del Ciaret in the Gelasca valley has begun without the mandatory cross-border environmental assessment.",
  "articles": ["00_it.txt", "01_fr.txt", "02_en.txt", "03_nl.txt"], "independent_sources": 1},
 {"text": "Less than a third of the current summer flow would remain in the French stretch of the Gelasca, according to municipal technicians.",
  "articles": ["00_it.txt", "01_fr.txt", "02_en.txt", "03_nl.txt"], "independent_sources": 1}])

# d06: Суспільне own report (correspondent at the dam, resident "розповів Суспільному", water office
# "Суспільному підтвердили"); TVN24 relays ("jak jako pierwszy podał ukraiński nadawca publiczny
# Suspilne", "Według Suspilnego") and adds its own confirmation from the Polish water authority ("W
# rozmowie z TVN24 … potwierdziła", "powiedziała reporterowi TVN24"): edge + own origin; Le Monde
# credits both ("a révélé jeudi le diffuseur public ukrainien Souspilne" + "a confirmé à la chaîne
# polonaise TVN24"): two edges; Настоящее время "сообщает украинский общественный вещатель
# «Суспильне»" + "По данным «Суспильного»": one edge. The Polish and Ukrainian water authorities
# speak to outlets: not origins.
story("d06_confirmation_border_river", "relay_with_confirmation", {
"00_uk.txt": """На Білявці агрохолдинг насипав незаконну греблю: річка біля кордону з Польщею майже пересохла
Суспільне
15.07.2027 09:30

На річці Білявка, за шість кілометрів від кордону з Польщею, з'явилася земляна гребля заввишки близько трьох метрів. Вона повністю перекрила русло, і нижче за течією річка майже пересохла. Це побачив кореспондент Суспільного, який у середу побував біля села Завидів.

Греблю, за словами місцевих жителів, насипали на початку липня. Воду з утвореного ставка трубами подають на кукурудзяні поля агрохолдингу «Агро-Полісся Захід». Нижче греблі від річки лишилися калюжі й мертва риба.

«Мій батько тут щуку ловив, а тепер курці по коліна не буде», – розповів Суспільному мешканець Завидова Петро Гнатюк. За його словами, люди вже двічі скаржилися до сільради, але відповіді не отримали.

В обласному управлінні водних ресурсів Суспільному підтвердили, що жодного дозволу на спорудження греблі чи на спеціальне водокористування компанія не отримувала. Матеріали передали до Державної екологічної інспекції.

В агрохолдингу «Агро-Полісся Захід» на запит Суспільного не відповіли.

Далі Білявка тече територією Польщі, де її називають Białawka. Минулого літа через посуху річка вже міліла, але так низько вода не опускалася ніколи, кажуть місцеві.
""",
"01_pl.txt": """Ukraińska firma zatamowała graniczną rzekę. Po polskiej stronie Białawka wysycha
TVN24
15 lipca 2027 15:20

Na ukraińskim odcinku rzeki Białawki, kilka kilometrów od granicy z Polską, stanęła nielegalna ziemna tama, która zatrzymała niemal cały przepływ – jak jako pierwszy podał ukraiński nadawca publiczny Suspilne. Woda z powstałego zbiornika trafia na pola kukurydzy należące do holdingu rolnego Agro-Polissia Zachid.

Według Suspilnego tamę usypano na początku lipca, a ukraiński urząd gospodarki wodnej nie wydał na nią żadnego pozwolenia. Firma nie odpowiedziała na pytania ukraińskich dziennikarzy.

Skutki widać już po polskiej stronie. W rozmowie z TVN24 rzeczniczka Państwowego Gospodarstwa Wodnego Wody Polskie Joanna Kalinowska potwierdziła, że od 9 lipca przepływ na wodowskazie w Zabłociu Granicznym spadł z 1,4 m sześc. na sekundę niemal do zera. – Takiego stanu nie notowaliśmy od początku pomiarów – powiedziała reporterowi TVN24.

Dodała, że sprawą ma się zająć polsko-ukraińska komisja do spraw wód granicznych, a Wody Polskie wystąpiły już do strony ukraińskiej o wyjaśnienia.

Białawka na odcinku granicznym jest ważnym źródłem wody dla okolicznych gospodarstw i stawów rybnych.
""",
"02_fr.txt": """Ukraine : une digue illégale assèche une rivière frontalière avec la Pologne
Le Monde
Publié le 16 juillet 2027 à 10h45

Une digue de terre construite sans autorisation sur la Biliavka, une rivière qui coule de l'Ukraine vers la Pologne, a presque entièrement coupé son débit, a révélé jeudi le diffuseur public ukrainien Souspilne, dont un journaliste s'est rendu sur place, près du village de Zavydiv. L'eau retenue sert à irriguer les champs de maïs d'un groupe agricole, Agro-Polissia Zakhid, qui n'a pas répondu aux questions du média.

Selon Souspilne, l'ouvrage, haut d'environ trois mètres, a été érigé début juillet, et l'administration régionale ukrainienne de l'eau affirme n'avoir délivré aucun permis. En aval, il ne reste que des flaques et des poissons morts.

Côté polonais, où la rivière prend le nom de Białawka, une porte-parole de l'agence publique de l'eau Wody Polskie a confirmé à la chaîne polonaise TVN24 que le débit mesuré à la station de Zabłocie Graniczne était tombé presque à zéro depuis le 9 juillet, un niveau « jamais enregistré depuis le début des relevés ». Une commission polono-ukrainienne des eaux frontalières doit se saisir du dossier.

Les conflits d'usage de l'eau se multiplient en Europe centrale, où les étés secs mettent sous pression les petites rivières.
""",
"03_ru.txt": """На западе Украины агрохолдинг перекрыл реку незаконной дамбой
Настоящее время
2027-07-15 18:45

На реке Белявка на западе Украины, в шести километрах от польской границы, агрохолдинг «Агро-Полесье Захид» насыпал земляную дамбу высотой около трех метров и полностью перекрыл русло. Об этом сообщает украинский общественный вещатель «Суспильне», корреспондент которого побывал на месте.

По данным «Суспильного», дамбу насыпали в начале июля, а вода из образовавшегося пруда идет на кукурузные поля компании. Ниже по течению от реки остались лужи и мертвая рыба. «Мой отец тут щуку ловил, а теперь курице по колено не будет», — цитирует вещатель местного жителя Петра Гнатюка.

В областном управлении водных ресурсов «Суспильному» подтвердили, что разрешения на строительство дамбы компания не получала; материалы переданы в Государственную экологическую инспекцию. В агрохолдинге на запрос журналистов не ответили.

Ниже по течению Белявка протекает по территории Польши.
""",
},
[{"name": "Суспільне", "in_corpus": True},
 {"name": "TVN24", "in_corpus": True}],
[{"origin": "Суспільне", "article": "01_pl.txt"},
 {"origin": "Суспільне", "article": "02_fr.txt"},
 {"origin": "TVN24", "article": "02_fr.txt"},
 {"origin": "Суспільне", "article": "03_ru.txt"}],
[{"text": "An unauthorised earthen dam built by an agricultural holding on the Biliavka near the Polish border has cut off almost all of the river's flow.",
  "articles": ["00_uk.txt", "01_pl.txt", "02_fr.txt", "03_ru.txt"], "independent_sources": 2},
 {"text": "The Polish water authority confirmed that the flow at the Zabłocie Graniczne gauge has fallen almost to zero since 9 July.",
  "articles": ["01_pl.txt", "02_fr.txt"], "independent_sources": 2}])

# d07: a person's own Telegram post (Oleh Stetsiura, head of the settlement military
# administration) is the outside origin. Суспільне, Настоящее время, Kyiv Independent (no outlet and
# no date line) and NOS take the post directly ("Про це повідомив у Telegram", "написал в своем
# Telegram-канале", "said on Telegram", "schrijft … op Telegram"); Українська правда credits only
# Суспільне ("Про це повідомляє Суспільне з посиланням на начальника …", "Як пише Суспільне"):
# edge from Суспільне (short chain). Background: the weather service, the State Agency of Water
# Resources are not sources.
story("d07_telegram_pond_dam", "social_post", {
"00_uk.txt": """На Полтавщині після зливи прорвало дамбу ставка: підтоплено 47 дворів
Суспільне
25 липня 2027, 08:10

У селищі Кременівка на Полтавщині вночі після сильної зливи прорвало земляну дамбу Верхнього ставу. Вода підтопила 47 дворів, 126 людей евакуювали. Про це повідомив у Telegram начальник Кременівської селищної військової адміністрації Олег Стецюра.

За його словами, за три години в селищі випало 94 міліметри опадів. Дамбу, збудовану ще в 1960-х роках, прорвало близько третьої ночі.

«Людей вивозили на човнах і тракторах, зараз вони в приміщенні ліцею, мають де спати і що їсти. Загиблих і травмованих немає», – написав Стецюра.

Також вода розмила ділянку дороги в напрямку сусіднього села, рух перекрито. Рівень води, як зазначив начальник адміністрації, поступово спадає. На місці працюють рятувальники та комунальники, які засипають промоїну в залишках дамби, щоб вберегти від підтоплення нижню частину селища.

Мешканцям підтоплених дворів Стецюра пообіцяв допомогу з відкачуванням води й дезінфекцією криниць.

Синоптики Українського гідрометцентру ще напередодні попереджали про грози та зливи в центральних областях.
""",
"01_uk.txt": """На Полтавщині прорвало дамбу ставка, евакуювали 126 людей
Українська правда
25.07.2027 10:32

У селищі Кременівка на Полтавщині вночі прорвало дамбу ставка, підтоплено 47 дворів. Про це повідомляє Суспільне з посиланням на начальника селищної військової адміністрації Олега Стецюру.

Деталі: Як пише Суспільне, за три години в селищі випало 94 мм опадів. Земляну дамбу Верхнього ставу, збудовану в 1960-х роках, прорвало близько третьої ночі.

126 людей евакуювали човнами і тракторами, їх розмістили в місцевому ліцеї, де для них облаштували місця для ночівлі та харчування. Загиблих і травмованих немає, наголосив Стецюра.

Вода також розмила ділянку дороги до сусіднього села, рух там перекрито. Рівень води, за даними Суспільного, поступово спадає, а рятувальники засипають промоїну в залишках дамби.

Передісторія: Напередодні синоптики Укргідрометцентру попереджали про грози, зливи та град у центральних областях України. Упродовж липня через негоду вже підтоплювало кілька сіл на Черкащині.
""",
"02_ru.txt": """В Полтавской области после ливня прорвало дамбу пруда, подтоплены 47 дворов
Настоящее время
25.07.2027 11:05

В поселке Кременевка Полтавской области Украины ночью после сильного ливня прорвало земляную дамбу пруда. Подтоплены 47 дворов, эвакуированы 126 человек, написал в своем Telegram-канале начальник Кременевской поселковой военной администрации Олег Стецюра.

По его словам, за три часа в поселке выпало 94 мм осадков, а дамбу, построенную еще в 1960-х годах, прорвало около трех часов ночи. «Людей вывозили на лодках и тракторах, сейчас они в здании лицея, им есть где спать и что есть. Погибших и травмированных нет», — сообщил Стецюра.

Вода также размыла участок дороги в соседнее село, движение по нему перекрыто. Уровень воды, как пишет глава администрации, постепенно снижается; спасатели засыпают промоину в остатках дамбы, чтобы вода не дошла до нижней части поселка.

Многие небольшие пруды и плотины в Украине были построены еще в советское время и десятилетиями не ремонтировались.
""",
"03_en.txt": """Pond dam bursts in Poltava Oblast after downpour, 126 evacuated

An earthen dam holding back a pond in the village of Kremenivka in Poltava Oblast burst overnight on July 25 after torrential rain, flooding 47 households, Oleh Stetsiura, head of the local military administration, said on Telegram.

Some 126 people were evacuated, Stetsiura wrote. According to the official, 94 millimeters of rain fell in three hours, and the dam, built in the 1960s, gave way at around 3 a.m.

"People were taken out by boat and by tractor, they are now in the lyceum building, they have a place to sleep and food. There are no dead or injured," he said.

The floodwater also washed away a section of the road to a neighboring village, which has been closed to traffic. Water levels are gradually receding, according to Stetsiura.

Many of Ukraine's small dams and ponds were built in the Soviet era and have not been maintained for decades, the State Agency of Water Resources has said in the past.
""",
"04_nl.txt": """Dam van vijver in Oekraïne doorgebroken na hevige regen, 126 mensen geëvacueerd
NOS
25 juli 2027, 13:20

In het Oekraïense dorp Kremenivka, in de regio Poltava, is vannacht na hevige regenval een aarden dam van een vijver doorgebroken. Het water overstroomde 47 erven en 126 mensen zijn geëvacueerd, schrijft het hoofd van het lokale militaire bestuur, Oleh Stetsjoera, op Telegram.

In drie uur viel volgens Stetsjoera 94 millimeter regen. De dam, die in de jaren zestig werd aangelegd, begaf het rond 03.00 uur 's nachts. Bewoners werden met boten en tractoren in veiligheid gebracht en zitten nu in een school. Er zijn geen doden of gewonden.

Ook spoelde een stuk weg naar een buurdorp weg. Het water zakt inmiddels langzaam, meldt Stetsjoera.

Oekraïne telt duizenden kleine stuwen en dammen uit de Sovjettijd; veel ervan zijn in de afgelopen decennia slecht onderhouden.
""",
},
[{"name": "Oleh Stetsiura", "in_corpus": False}],
[{"origin": "Oleh Stetsiura", "article": "00_uk.txt"},
 {"origin": "Суспільне", "article": "01_uk.txt"},
 {"origin": "Oleh Stetsiura", "article": "02_ru.txt"},
 {"origin": "Oleh Stetsiura", "article": "03_en.txt"},
 {"origin": "Oleh Stetsiura", "article": "04_nl.txt"}],
[{"text": "The earthen dam of a pond in Kremenivka burst overnight after heavy rain, flooding 47 households; 126 people were evacuated.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_nl.txt"], "independent_sources": 1},
 {"text": "94 millimetres of rain fell in three hours and the 1960s dam gave way at around 3 a.m.",
  "articles": ["00_uk.txt", "01_uk.txt", "02_ru.txt", "03_en.txt", "04_nl.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 168 (dams, rivers, droughts, water authorities; "
                       "real outlet names, invented events); see README.md.", "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        labels["stories"].append({"id": id, "scenario": scenario, "articles": sorted(arts),
                                  "origins": origins, "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
