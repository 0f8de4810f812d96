#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand118 set.

Banks, central banks and markets. Real media names; every event, bank, company, person,
figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# q01: institution-published origin outside the corpus: the Polish central bank's communique
# after a Monetary Policy Council meeting, taken directly by all four articles.
# pl "wynika z komunikatu opublikowanego ... na stronie internetowej NBP" + "czytamy w komunikacie";
# de "teilte die Narodowy Bank Polski (NBP) ... mit" + "hieß es in der Erklärung des Gremiums";
# uk "Про це йдеться в повідомленні польського центробанку, оприлюдненому на його сайті";
# it "Lo si legge nel comunicato diffuso ... dalla Narodowy Bank Polski (Nbp)" + "Secondo la nota".
story("q01_nbp_rate_decision", "institution", {
"00_pl.txt": """RPP tnie stopy procentowe. Referencyjna w dół o 25 punktów bazowych
Rzeczpospolita
3.03.2027, 16:12

Rada Polityki Pieniężnej na marcowym posiedzeniu obniżyła stopę referencyjną o 25 punktów bazowych, do 4,00 proc. Nowe poziomy stóp obowiązują od czwartku, 4 marca – wynika z komunikatu opublikowanego w środę po południu na stronie internetowej NBP.

Stopa lombardowa spadła do 4,50 proc., a stopa depozytowa do 3,50 proc. To pierwsza zmiana kosztu pieniądza w Polsce od października ubiegłego roku.

„Rada ocenia, że inflacja powróciła do przedziału odchyleń od celu inflacyjnego i w horyzoncie oddziaływania polityki pieniężnej pozostanie w jego pobliżu" – czytamy w komunikacie. Jak zaznaczono w dokumencie, w lutym ceny towarów i usług konsumpcyjnych były o 2,9 proc. wyższe niż przed rokiem. Cel inflacyjny Narodowego Banku Polskiego wynosi 2,5 proc. z dopuszczalnym pasmem odchyleń o 1 pkt proc. w obie strony.

Rada nie przesądza jednak o kolejnych krokach. „Dalsze decyzje Rady będą zależały od napływających danych" – podkreślono w komunikacie. Szczegóły decyzji prezes NBP ma przedstawić w czwartek na konferencji prasowej.

Decyzja jest zaskoczeniem dla dużej części rynku. Większość ekonomistów bankowych spodziewała się, że pierwsze cięcie nastąpi dopiero w maju, po publikacji nowej projekcji makroekonomicznej. Po opublikowaniu komunikatu złoty osłabił się o ok. 0,4 proc. wobec euro, a rentowności dwuletnich obligacji skarbowych spadły o 12 punktów bazowych.

Obniżka oznacza niższe raty dla kredytobiorców ze zmiennym oprocentowaniem. W przypadku kredytu hipotecznego na 400 tys. zł, zaciągniętego na 25 lat, miesięczna rata może spaść o ok. 60 zł – pod warunkiem że bank szybko uwzględni nową wysokość stawek rynkowych.
""",
"01_de.txt": """Polens Notenbank senkt überraschend den Leitzins
Frankfurter Allgemeine
3. März 2027

Die polnische Zentralbank hat ihren Leitzins zum ersten Mal seit Oktober gesenkt. Der Referenzsatz falle um 25 Basispunkte auf 4,00 Prozent, teilte die Narodowy Bank Polski (NBP) am Mittwochnachmittag in Warschau mit. Die neuen Sätze gelten von Donnerstag an; der Lombardsatz sinkt auf 4,50 Prozent, der Einlagensatz auf 3,50 Prozent.

Der geldpolitische Rat begründete den Schritt mit der nachlassenden Teuerung. Die Inflation sei in das Toleranzband um das Ziel von 2,5 Prozent zurückgekehrt und werde dort voraussichtlich auch bleiben, hieß es in der Erklärung des Gremiums. Im Februar lagen die Verbraucherpreise nach Angaben der Notenbank um 2,9 Prozent über dem Niveau des Vorjahresmonats.

Weitere Schritte ließen die Währungshüter offen. Künftige Entscheidungen hingen von den eingehenden Daten ab, schrieb der Rat. Der Notenbankpräsident will die Entscheidung am Donnerstag vor der Presse erläutern.

Viele Ökonomen hatten erst im Mai mit einer Lockerung gerechnet. Der Zloty gab nach der Veröffentlichung leicht nach, ein Euro kostete zeitweise 4,31 Zloty. Die Renditen zweijähriger polnischer Staatsanleihen fielen deutlich.

Für deutsche Unternehmen mit Werken in Polen dürften die Finanzierungskosten damit etwas sinken. Viele mittelständische Zulieferer finanzieren ihre polnischen Standorte allerdings in Euro und spüren die Zinsentscheidung aus Warschau nur mittelbar.
""",
"02_uk.txt": """Нацбанк Польщі несподівано знизив облікову ставку до 4%
Економічна правда
03.03.2027 17:40

Рада монетарної політики Національного банку Польщі (NBP) у середу знизила референтну ставку на 25 базисних пунктів — до 4%. Про це йдеться в повідомленні польського центробанку, оприлюдненому на його сайті.

Ломбардна ставка знизилася до 4,5%, депозитна — до 3,5%. Нові ставки діють з 4 березня. Це перше зниження вартості грошей у Польщі з жовтня минулого року.

«Рада оцінює, що інфляція повернулася в межі допустимого відхилення від цілі», — зазначають у NBP. За даними регулятора, у лютому споживчі ціни в Польщі зросли на 2,9% у річному вимірі. Інфляційна ціль польського центробанку становить 2,5% з допустимим відхиленням в один процентний пункт в обидва боки.

Подальші рішення залежатимуть від нових даних, наголосила рада. Голова NBP представить деталі рішення на пресконференції в четвер.

Більшість аналітиків очікували першого зниження ставки лише у травні. Після публікації рішення злотий послабився щодо євро приблизно на 0,4%.

Для України рішення польського регулятора важливе насамперед через курс злотого. Польща залишається одним з головних торговельних партнерів України, а сотні тисяч українців, які працюють у Польщі, отримують зарплату в злотих і переказують частину заробітку додому.
""",
"03_it.txt": """Polonia, la banca centrale taglia i tassi di 25 punti base
Il Sole 24 Ore
3 marzo 2027

La banca centrale polacca ha abbassato il tasso di riferimento di 25 punti base, al 4%: è il primo taglio dallo scorso ottobre. Lo si legge nel comunicato diffuso mercoledì pomeriggio dalla Narodowy Bank Polski (Nbp) al termine della riunione del Consiglio di politica monetaria.

Secondo la nota, il tasso lombard scende al 4,5% e quello sui depositi al 3,5%, con effetto da giovedì. Il Consiglio ha lasciato aperta la porta a ulteriori mosse: le prossime decisioni «dipenderanno dai dati in arrivo», ha scritto l'istituto di Varsavia. Il governatore illustrerà la decisione in conferenza stampa giovedì.

La mossa arriva in anticipo rispetto alle attese della maggior parte degli analisti, che collocavano il primo taglio a maggio, dopo la pubblicazione delle nuove proiezioni macroeconomiche. Subito dopo l'annuncio lo zloty ha perso terreno sull'euro, mentre i rendimenti dei titoli di Stato a due anni sono scesi in modo marcato.

Per le imprese italiane presenti in Polonia, soprattutto nella componentistica auto e nell'agroalimentare, il taglio potrebbe tradursi in un costo del credito locale più contenuto. Il mercato polacco resta uno dei più dinamici dell'Unione europea, con una crescita del Pil che gli economisti stimano vicina al 3% anche quest'anno.
""",
}, [
    {"name": "Narodowy Bank Polski", "in_corpus": False},
], [
    {"origin": "Narodowy Bank Polski", "article": "00_pl.txt"},
    {"origin": "Narodowy Bank Polski", "article": "01_de.txt"},
    {"origin": "Narodowy Bank Polski", "article": "02_uk.txt"},
    {"origin": "Narodowy Bank Polski", "article": "03_it.txt"},
], [
    {"text": "Poland's central bank cut its reference rate by 25 basis points to 4.00%.",
     "articles": ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_it.txt"], "independent_sources": 1},
    {"text": "The Monetary Policy Council said inflation had returned to the tolerance band around the target; February inflation was 2.9% year on year.",
     "articles": ["00_pl.txt", "01_de.txt", "02_uk.txt"], "independent_sources": 1},
])

# q02: in-corpus scoop (Financial Times, three people familiar) relayed 4x. Handelsblatt credits the
# FT and adds its own confirmation from Milan finance circles (edge + own origin). uk is a chain:
# it credits only Rzeczpospolita ("з посиланням на британську Financial Times") -> edge from
# Rzeczpospolita. The price is not in Handelsblatt's article.
story("q02_ft_scoop_bank_stake", "scoop", {
"00_en.txt": """Banca Lariana in advanced talks to buy control of Poland's Bank Nadodrzański
Financial Times
2027-05-11T05:00:00+01:00

Italy's Banca Lariana is in advanced talks to buy a 60 per cent stake in Polish lender Bank Nadodrzański from US private equity group Halvern Capital, in a deal that would value the holding at about €1.9bn, according to three people familiar with the matter.

The Como-based bank, which has been searching for growth outside its crowded home market, has completed due diligence and the two sides are now negotiating final terms, the people said. An agreement could be announced within weeks, although one of them cautioned that the talks could still fall apart over guarantees Halvern is being asked to give on the lender's loan book.

"Lariana has been circling central Europe for two years. Nadodrzański is the only asset of that size that is genuinely for sale," said one of the people.

Bank Nadodrzański, headquartered in Wrocław, has about 2.3mn retail customers and a strong position in lending to small and medium-sized companies in western Poland. Halvern acquired its controlling stake in 2021 and floated the remaining shares on the Warsaw Stock Exchange two years later.

Any deal would require the approval of Poland's Financial Supervision Authority, the KNF, which has in the past pressed foreign buyers of domestic banks for commitments on capital and on keeping headquarters in the country.

Banca Lariana declined to comment. Halvern Capital and Bank Nadodrzański did not respond to requests for comment.

Shares in Banca Lariana have gained 18 per cent this year, helped by higher interest income and a share buyback programme of €400mn announced in February.
""",
"01_de.txt": """Italienische Banca Lariana greift nach polnischer Bank Nadodrzański
Handelsblatt
11.05.2027 – 10:45 Uhr

Die italienische Banca Lariana steht offenbar kurz vor ihrem ersten großen Zukauf in Osteuropa. Wie die „Financial Times" am Dienstag unter Berufung auf drei mit der Sache vertraute Personen berichtete, verhandelt das Institut aus Como mit dem US-Finanzinvestor Halvern Capital über die Übernahme von 60 Prozent an der Bank Nadodrzański aus Breslau.

Aus Finanzkreisen in Mailand erfuhr das Handelsblatt, dass die Gespräche tatsächlich weit fortgeschritten sind. „Die Prüfung der Bücher ist abgeschlossen, jetzt geht es um Garantien und den Zeitplan", sagte eine mit den Verhandlungen vertraute Person dem Handelsblatt. Eine Einigung könne noch vor der Sommerpause verkündet werden.

Banca Lariana wollte sich auf Anfrage nicht äußern, Halvern Capital reagierte zunächst nicht.

Für die Italiener wäre es die erste große Übernahme außerhalb des Heimatmarkts. Vorstandschef und Aufsichtsrat hatten bereits im Herbst angekündigt, nach Wachstumschancen in Mittel- und Osteuropa zu suchen. Die Bank Nadodrzański zählt rund 2,3 Millionen Privatkunden und ist vor allem im Westen Polens im Geschäft mit dem Mittelstand stark. Halvern hatte die Mehrheit 2021 erworben und den Rest der Aktien zwei Jahre später an die Warschauer Börse gebracht.

Die polnische Finanzaufsicht KNF müsste einem Verkauf zustimmen. Sie gilt als streng, wenn ausländische Käufer heimische Banken übernehmen wollen. Auch für deutsche Mittelständler in Niederschlesien, von denen viele Kunden der Bank sind, dürfte der Eigentümerwechsel von Interesse sein.
""",
"02_pl.txt": """Włosi chcą przejąć Bank Nadodrzański. „FT": rozmowy są zaawansowane
Rzeczpospolita
11.05.2027

Włoska Banca Lariana prowadzi zaawansowane rozmowy o odkupieniu od amerykańskiego funduszu Halvern Capital 60 proc. akcji wrocławskiego Banku Nadodrzańskiego – podał we wtorek rano brytyjski „Financial Times", powołując się na trzy osoby zaznajomione ze sprawą.

Według dziennika transakcja wyceniałaby ten pakiet na ok. 1,9 mld euro, czyli ponad 8 mld zł. Włosi mieli już zakończyć badanie due diligence, a strony negocjują ostateczne warunki. Porozumienie może zostać ogłoszone w ciągu kilku tygodni, choć – jak pisze „FT" – rozmowy wciąż mogą się załamać na gwarancjach dotyczących portfela kredytowego.

Bank Nadodrzański obsługuje ok. 2,3 mln klientów indywidualnych i jest jednym z najsilniejszych graczy w kredytowaniu małych i średnich firm na zachodzie kraju. Halvern kupił pakiet kontrolny w 2021 r., a dwa lata później wprowadził pozostałe akcje na warszawską giełdę.

Na ewentualną transakcję musiałaby się zgodzić Komisja Nadzoru Finansowego, która od zagranicznych inwestorów przejmujących polskie banki zwykle oczekuje zobowiązań dotyczących utrzymania kapitału i siedziby w kraju.

Bank Nadodrzański do chwili publikacji nie odpowiedział na pytania „Rzeczpospolitej". We wtorek przed południem kurs jego akcji rósł na GPW o ponad 9 proc.

Banca Lariana z Como od dwóch lat szuka możliwości ekspansji poza nasycony rynek włoski. Byłaby to jej pierwsza duża akwizycja zagraniczna.
""",
"03_uk.txt": """Італійська Banca Lariana веде переговори про купівлю польського банку — ЗМІ
Економічна правда
11 травня 2027, 14:20

Італійська банківська група Banca Lariana веде переговори на просунутій стадії щодо купівлі 60% акцій польського Bank Nadodrzański в американського фонду Halvern Capital. Про це пише польська газета Rzeczpospolita з посиланням на британську Financial Times.

За даними «Жечпосполитої», пакет може бути оцінений приблизно в 1,9 млрд євро. Італійці вже завершили перевірку банку, і сторони узгоджують остаточні умови. Угоду можуть оголосити протягом кількох тижнів, хоча переговори ще можуть зірватися, зазначає видання.

Bank Nadodrzański зі штаб-квартирою у Вроцлаві обслуговує близько 2,3 млн приватних клієнтів і активно кредитує малий та середній бізнес на заході Польщі. Серед його клієнтів — чимало українців, які працюють у Нижній Сілезії: торік банк запустив україномовну версію мобільного застосунку.

Операцію має погодити польський регулятор фінансового ринку KNF.

Halvern Capital придбав контрольний пакет банку у 2021 році, а за два роки вивів решту акцій на Варшавську біржу. Після появи новини акції банку на біржі подорожчали більш ніж на 9%.
""",
"04_it.txt": """Banca Lariana tratta per il controllo della polacca Nadodrzański
Corriere della Sera
11 maggio 2027

Banca Lariana sarebbe in trattative avanzate per rilevare il 60% della polacca Bank Nadodrzański dal fondo americano Halvern Capital, in un'operazione che valorizzerebbe la quota circa 1,9 miliardi di euro. È quanto riporta il Financial Times, che cita tre persone a conoscenza del dossier.

Secondo il quotidiano della City, la due diligence è conclusa e le parti stanno negoziando le condizioni finali. L'annuncio potrebbe arrivare nel giro di alcune settimane, anche se — avverte una delle fonti del giornale britannico — la trattativa potrebbe ancora saltare sulle garanzie relative al portafoglio crediti.

Per l'istituto comasco si tratterebbe della prima grande acquisizione all'estero. L'istituto lombardo cerca da tempo di crescere fuori da un mercato domestico ormai saturo, e negli ultimi due anni aveva guardato a diversi dossier in Europa centrale.

Bank Nadodrzański, con sede a Breslavia, conta circa 2,3 milioni di clienti retail ed è forte nel credito alle piccole e medie imprese della Polonia occidentale. Halvern ne aveva acquisito il controllo nel 2021, quotando due anni dopo il resto del capitale alla Borsa di Varsavia. L'operazione dovrebbe ottenere il via libera della Knf, l'autorità di vigilanza polacca.

Banca Lariana non ha commentato. In Piazza Affari il titolo ha chiuso in rialzo dell'1,8%.
""",
}, [
    {"name": "Financial Times", "in_corpus": True},
    {"name": "Handelsblatt", "in_corpus": True},
], [
    {"origin": "Financial Times", "article": "01_de.txt"},
    {"origin": "Financial Times", "article": "02_pl.txt"},
    {"origin": "Rzeczpospolita", "article": "03_uk.txt"},
    {"origin": "Financial Times", "article": "04_it.txt"},
], [
    {"text": "Banca Lariana is in advanced talks to buy a controlling 60% stake in Bank Nadodrzański from Halvern Capital.",
     "articles": ["00_en.txt", "01_de.txt", "02_pl.txt", "03_uk.txt", "04_it.txt"], "independent_sources": 2},
    {"text": "The deal would value the stake at about €1.9 billion.",
     "articles": ["00_en.txt", "02_pl.txt", "03_uk.txt", "04_it.txt"], "independent_sources": 1},
])

# q03: institution-published origin: the National Bank of Ukraine's fine notice on its website,
# taken directly by all four. uk "Про це йдеться в повідомленні на сайті НБУ" + "Як зазначає
# регулятор"; ru "говорится в сообщении НБУ, опубликованном в четверг на его сайте" + "По данным
# регулятора"; en (no outlet line, no date line) "the central bank said on its website";
# pl "poinformował w czwartek ukraiński bank centralny w komunikacie" + "Jak przekazał NBU".
story("q03_nbu_fine_notice", "institution", {
"00_uk.txt": """НБУ оштрафував «Карпатський Кредит» на 38,6 млн грн за порушення фінмоніторингу
Економічна правда
15 липня 2027, 12:05

Національний банк наклав на АТ «Банк Карпатський Кредит» штраф у розмірі 38,6 млн грн за порушення законодавства у сфері фінансового моніторингу. Про це йдеться в повідомленні на сайті НБУ.

Як зазначає регулятор, під час планової виїзної перевірки з'ясувалося, що банк не повідомив Державну службу фінансового моніторингу про 412 порогових фінансових операцій. Крім того, банк неналежно ідентифікував і верифікував частину клієнтів — зокрема фізичних осіб-підприємців, через рахунки яких проходили значні суми готівки.

Окрім штрафу, НБУ застосував до банку захід впливу у вигляді письмового застереження та зобов'язав його до 1 жовтня усунути виявлені порушення й переглянути внутрішні процедури.

«Карпатський Кредит» заснований в Івано-Франківську, з 2018 року 100% його акцій належать польському Bank Nadsański. Станом на 1 червня банк посідав 31-ше місце за розміром активів серед 61 банку.

«Економічна правда» звернулася до банку по коментар, але на момент публікації відповіді не отримала.

Від початку року Нацбанк оштрафував за порушення у сфері фінмоніторингу вже сім банків. Найбільший штраф — 74 млн грн — у квітні отримав один із державних банків.
""",
"01_ru.txt": """НБУ оштрафовал банк «Карпатский Кредит» на 38,6 млн грн
Интерфакс-Украина
15.07.2027 12:31

Национальный банк Украины оштрафовал АО «Банк Карпатский Кредит» на 38,6 млн грн за нарушения в сфере финансового мониторинга, говорится в сообщении НБУ, опубликованном в четверг на его сайте.

По данным регулятора, банк не сообщил Государственной службе финансового мониторинга о 412 пороговых финансовых операциях, а также ненадлежащим образом проводил идентификацию и верификацию части клиентов.

Кроме того, Нацбанк вынес банку письменное предостережение и обязал его до 1 октября устранить нарушения, отмечается в сообщении.

Как сообщалось, в марте 2026 года НБУ уже штрафовал «Карпатский Кредит» на 4,2 млн грн – тогда за нарушение требований к раскрытию структуры собственности.

«Карпатский Кредит» основан в 1993 году в Ивано-Франковске. С 2018 года его единственным акционером является польский Bank Nadsański. На 1 июня 2027 года банк занимал 31-е место по размеру общих активов (8,9 млрд грн) среди 61 действующего банка Украины.

В 2027 году НБУ усилил надзор за соблюдением банками требований финансового мониторинга: с начала года штрафы получили уже семь учреждений.
""",
"02_en.txt": """Ukraine's central bank fines Polish-owned Karpatskyi Kredyt bank 38.6 mln hryvnias

The National Bank of Ukraine has fined Bank Karpatskyi Kredyt, the Ukrainian subsidiary of Poland's Bank Nadsański, 38.6 million hryvnias for breaching anti-money laundering rules, the central bank said on its website on Thursday.

The lender failed to notify the State Financial Monitoring Service of 412 transactions above the reporting threshold and did not properly identify and verify some of its clients, the central bank said.

The regulator also issued the bank a written warning and ordered it to remedy the violations by Oct. 1.

Karpatskyi Kredyt, based in the western city of Ivano-Frankivsk, is a mid-sized lender that ranks 31st by assets among Ukraine's 61 banks. Bank Nadsański bought it in 2018 as part of a push to serve Polish companies and Ukrainian migrant workers on both sides of the border.

Ukraine has stepped up enforcement of anti-money laundering rules as it works to meet commitments made to international partners, and the central bank has fined seven lenders for financial monitoring breaches since the start of the year.

The fine is small relative to the size of the Polish parent, which reported a net profit of 1.1 billion zlotys last year.
""",
"03_pl.txt": """Ukraina: bank centralny ukarał spółkę zależną Banku Nadsańskiego
PAP
15.07.2027 14:02

Narodowy Bank Ukrainy (NBU) nałożył na Bank Karpatski Kredyt, ukraińską spółkę zależną Banku Nadsańskiego, karę w wysokości 38,6 mln hrywien (ok. 3,6 mln zł) za naruszenia przepisów o przeciwdziałaniu praniu pieniędzy – poinformował w czwartek ukraiński bank centralny w komunikacie zamieszczonym na swojej stronie internetowej.

Jak przekazał NBU, nieprawidłowości wykryto podczas planowej kontroli na miejscu. Bank miał m.in. nie dopełnić obowiązków w zakresie identyfikacji i weryfikacji klientów.

Regulator udzielił ponadto bankowi pisemnego upomnienia i zobowiązał go do usunięcia naruszeń do 1 października.

Bank Karpatski Kredyt z siedzibą w Iwano-Frankiwsku należy w całości do Banku Nadsańskiego od 2018 r. Pod względem wielkości aktywów zajmuje 31. miejsce wśród 61 banków działających na Ukrainie.

Według danych Narodowego Banku Ukrainy od początku roku kary za naruszenia w obszarze monitoringu finansowego otrzymało siedem ukraińskich banków.

Bank Nadsański, notowany na warszawskiej giełdzie, wypracował w ubiegłym roku 1,1 mld zł zysku netto. Ukraińska spółka odpowiada za niespełna 4 proc. aktywów grupy.
""",
}, [
    {"name": "National Bank of Ukraine", "in_corpus": False},
], [
    {"origin": "National Bank of Ukraine", "article": "00_uk.txt"},
    {"origin": "National Bank of Ukraine", "article": "01_ru.txt"},
    {"origin": "National Bank of Ukraine", "article": "02_en.txt"},
    {"origin": "National Bank of Ukraine", "article": "03_pl.txt"},
], [
    {"text": "The National Bank of Ukraine fined Bank Karpatskyi Kredyt UAH 38.6 million for financial-monitoring (anti-money-laundering) violations.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_pl.txt"], "independent_sources": 1},
    {"text": "The bank failed to report 412 threshold transactions to the State Financial Monitoring Service.",
     "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1},
])

# q04: a finance minister's post on X (outside origin) taken directly by en, ru, fr, uk; the German
# article is a chain: "Das berichtete die Nachrichtenagentur Reuters ... unter Berufung auf einen
# Beitrag von Finanzminister ... auf der Plattform X" -> edge from Reuters (in corpus).
story("q04_minister_x_post", "social_post", {
"00_en.txt": """Ukraine to keep 50% profit tax on banks in 2028, finance minister says
Reuters
Sun, 12 Sep 2027 17:48:00 +0000

KYIV, Sept 12 (Reuters) - Ukraine's government will propose keeping a 50% corporate income tax rate for banks next year, Finance Minister Ostap Zhuravlenko said in a post on X on Sunday, extending a levy that lenders had expected to expire.

"Banks had another record year while the country carries the cost of the war. Keeping the 50% rate in 2028 is a matter of fairness," Zhuravlenko wrote.

The measure would bring about 41 billion hryvnias ($990 million) into the budget, he added. The bill will be submitted to parliament together with the draft 2028 budget on Sept. 15, according to the post.

Under current law the higher rate, introduced as a temporary measure, was due to fall back to the standard level from January 2028.

The finance ministry did not immediately respond to a request for further details.

Ukrainian banks, which hold large portfolios of government bonds and central bank certificates of deposit, have reported strong profits as interest rates stayed high. Bankers have argued that an extended windfall levy would limit their capacity to lend to businesses and to finance reconstruction projects.

Parliament is expected to vote on the 2028 budget in the first reading in October. International lenders have urged Kyiv to broaden its tax base rather than rely on one-off levies on individual sectors.
""",
"01_ru.txt": """Минфин предложит сохранить ставку налога на прибыль банков 50% в 2028 году – Журавленко
Интерфакс-Украина
12.09.2027 20:15

Правительство Украины предложит сохранить в 2028 году ставку налога на прибыль для банков на уровне 50%, написал министр финансов Остап Журавленко в соцсети X в воскресенье вечером.

«Банки снова получили рекордную прибыль, в то время как страна несет расходы войны. Сохранение ставки 50% в 2028 году – вопрос справедливости», – отметил глава Минфина.

По его подсчетам, эта мера принесет бюджету около 41 млрд грн. Законопроект будет внесен в Верховную Раду вместе с проектом госбюджета на 2028 год 15 сентября, уточнил министр.

Согласно действующему Налоговому кодексу, повышенная ставка вводилась как временная и с 1 января 2028 года должна была снизиться до базового уровня.

Как сообщало агентство, по данным Национального банка, в первом полугодии 2027 года платежеспособные банки Украины получили 71,3 млрд грн чистой прибыли, что на 9% больше, чем годом ранее. Основную часть доходов банкам по-прежнему обеспечивают процентные доходы по государственным облигациям и депозитным сертификатам НБУ.

Представители банковского сектора ранее неоднократно выступали против продления повышенной ставки, указывая, что она ограничивает возможности кредитования экономики.
""",
"02_de.txt": """Ukraine will Banken weiter mit 50 Prozent besteuern
Frankfurter Allgemeine
13.09.2027

Die ukrainische Regierung will den erhöhten Steuersatz von 50 Prozent auf die Gewinne der Banken auch im Jahr 2028 beibehalten. Das berichtete die Nachrichtenagentur Reuters am Sonntagabend unter Berufung auf einen Beitrag von Finanzminister Ostap Schurawlenko auf der Plattform X.

Nach Angaben von Reuters soll die Maßnahme dem Staatshaushalt rund 41 Milliarden Hrywnja einbringen, umgerechnet gut 850 Millionen Euro. Der Gesetzentwurf solle zusammen mit dem Haushaltsentwurf für 2028 am 15. September ins Parlament eingebracht werden, hieß es in dem Bericht der Agentur.

Schurawlenko begründete den Schritt demnach mit den Rekordgewinnen der Branche, während das Land die Kosten des Krieges trage. Es gehe um „Fairness", zitierte ihn die Agentur. Nach geltendem Recht wäre der Sondersatz im Januar 2028 ausgelaufen.

Die ukrainischen Banken verdienen seit Jahren prächtig an hohen Zinsen auf Staatsanleihen und Einlagezertifikate der Notenbank. Die Branche warnt jedoch, eine dauerhafte Sonderlast schwäche ihre Fähigkeit, Unternehmen und den Wiederaufbau zu finanzieren.

Betroffen sind auch die Töchter österreichischer, französischer und ungarischer Bankengruppen, die in der Ukraine zu den größten privaten Instituten zählen. Für sie dürfte sich die Rendite des Ukraine-Geschäfts damit auch im kommenden Jahr deutlich verringern.
""",
"03_fr.txt": """L'Ukraine va maintenir l'impôt de 50 % sur les bénéfices des banques
Les Echos
12 sept. 2027 à 21:30

Kiev ne lâche pas ses banques. Le gouvernement ukrainien proposera de maintenir en 2028 le taux de 50 % de l'impôt sur les bénéfices des établissements bancaires, a annoncé dimanche soir le ministre des Finances, Ostap Jouravlenko, sur le réseau social X.

« Les banques ont encore connu une année record alors que le pays porte le coût de la guerre », a écrit le ministre, qui y voit « une question d'équité ». Le projet de loi sera déposé au Parlement le 15 septembre, en même temps que le projet de budget pour 2028, a-t-il précisé.

Ce taux, présenté à l'origine comme temporaire, devait revenir à son niveau normal au 1er janvier 2028. Sa prolongation est une mauvaise nouvelle pour le secteur, qui plaidait pour un retour au droit commun afin de pouvoir financer la reconstruction.

Les banques ukrainiennes affichent depuis plusieurs années des résultats florissants, portés par des taux d'intérêt élevés et par leurs importants portefeuilles d'obligations d'Etat. Plusieurs groupes européens, dont des banques françaises, y possèdent des filiales qui comptent parmi les plus gros contribuables du secteur.

Le budget 2028 doit être examiné en première lecture par la Rada en octobre.
""",
"04_uk.txt": """Журавленко: ставку податку на прибуток банків 50% збережуть і у 2028 році
Економічна правда
12 вересня 2027, 20:02

Уряд запропонує зберегти ставку податку на прибуток для банків на рівні 50% і у 2028 році. Про це міністр фінансів Остап Журавленко написав у своєму акаунті в соцмережі X.

«Банки мали ще один рекордний рік, тоді як країна несе витрати війни. Збереження ставки 50% у 2028 році — питання справедливості», — наголосив міністр.

За оцінкою Мінфіну, наведеною в дописі, цей захід принесе бюджету близько 41 млрд грн. Відповідний законопроєкт внесуть до Верховної Ради разом із проєктом держбюджету-2028 15 вересня.

Чинна редакція Податкового кодексу передбачала, що підвищена ставка діятиме тимчасово і з 1 січня 2028 року повернеться до базового рівня.

Банкіри неодноразово критикували ідею продовжити дію підвищеної ставки. На їхню думку, додаткове навантаження обмежує можливості кредитувати бізнес, зокрема у проєктах відновлення.

Банківська система залишається одним із найприбутковіших секторів економіки: основну частину доходів банкам забезпечують облігації внутрішньої державної позики та депозитні сертифікати Нацбанку.
""",
}, [
    {"name": "Ostap Zhuravlenko", "in_corpus": False},
], [
    {"origin": "Ostap Zhuravlenko", "article": "00_en.txt"},
    {"origin": "Ostap Zhuravlenko", "article": "01_ru.txt"},
    {"origin": "Reuters", "article": "02_de.txt"},
    {"origin": "Ostap Zhuravlenko", "article": "03_fr.txt"},
    {"origin": "Ostap Zhuravlenko", "article": "04_uk.txt"},
], [
    {"text": "Ukraine's government will propose keeping the 50% profit tax rate for banks in 2028.",
     "articles": ["00_en.txt", "01_ru.txt", "02_de.txt", "03_fr.txt", "04_uk.txt"], "independent_sources": 1},
    {"text": "The measure would bring about UAH 41 billion into the budget.",
     "articles": ["00_en.txt", "01_ru.txt", "02_de.txt", "04_uk.txt"], "independent_sources": 1},
])

# q05: in-corpus scoop (Ведомости, three anonymous sources) on a Bank of Russia rescue. 01_uk has no
# outlet line and is an uncredited, close Ukrainian translation published five hours later (same
# paragraphs, same quotes; it keeps "розповіли виданню" for "рассказали «Ведомостям»"): edge from
# Ведомости. en "Russian business daily Vedomosti reported ..., citing" + "told Vedomosti";
# de "Wie die Moskauer Wirtschaftszeitung „Wedomosti" ... unter Berufung auf ... berichtet" +
# "Der Zeitung zufolge"; fr "selon le quotidien économique russe Vedomosti" + "rapporte le journal".
story("q05_vedomosti_scoop_translation", "translation", {
"00_ru.txt": """ЦБ готовится ввести временную администрацию в Волгопромбанке
Ведомости
2027-06-22 06:15

Банк России готовится ввести временную администрацию в Волжском промышленном банке (Волгопромбанк, входит в топ-60 по размеру активов). Санация может пройти через Фонд консолидации банковского сектора (ФКБС). Об этом «Ведомостям» рассказали три источника: двое близких к ЦБ и один топ-менеджер банка.

По словам собеседников «Ведомостей», решение может быть принято уже в ближайшие две недели. Дыра в капитале банка оценивается примерно в 27 млрд руб., говорит один из источников, близких к регулятору: весенняя проверка ЦБ выявила недосоздание резервов по кредитам компаниям, связанным с акционерами.

«Банк последние полгода держался на рефинансировании. Сейчас все понимают, что самостоятельно он не выплывет», – говорит топ-менеджер банка.

Представитель ЦБ отказался от комментариев. В пресс-службе Волгопромбанка «Ведомостям» заявили, что банк «работает в штатном режиме и выполняет все обязательства перед клиентами».

Волгопромбанк основан в 1991 году в Самаре. На 1 мая его активы составляли 184 млрд руб., средства физических лиц – 97 млрд руб. Основной владелец банка – самарский предприниматель Геннадий Ступин (58%).

Если санация состоится, она станет крупнейшей с 2023 года. Вкладчикам банка ничего не угрожает: при санации через ФКБС банк продолжает работать, а обязательства перед клиентами сохраняются.
""",
"01_uk.txt": """ЦБ Росії готується запровадити тимчасову адміністрацію у Волгопромбанку
22.06.2027 11:40

Банк Росії готується запровадити тимчасову адміністрацію у Волзькому промисловому банку (Волгопромбанк, входить до топ-60 за розміром активів). Санація може пройти через Фонд консолідації банківського сектору (ФКБС). Про це виданню розповіли три джерела: двоє близьких до ЦБ і один топменеджер банку.

За словами співрозмовників, рішення можуть ухвалити вже найближчими двома тижнями. Діру в капіталі банку оцінюють приблизно в 27 млрд рублів, каже одне з джерел, близьких до регулятора: весняна перевірка ЦБ виявила недоформування резервів за кредитами компаніям, пов'язаним з акціонерами.

«Банк останні пів року тримався на рефінансуванні. Зараз усі розуміють, що самостійно він не випливе», — каже топменеджер банку.

Представник ЦБ від коментарів відмовився. У пресслужбі Волгопромбанку заявили, що банк «працює в штатному режимі та виконує всі зобов'язання перед клієнтами».

Волгопромбанк заснований 1991 року в Самарі. На 1 травня його активи становили 184 млрд рублів, кошти фізичних осіб — 97 млрд рублів. Основний власник банку — самарський підприємець Геннадій Ступін (58%).

Якщо санація відбудеться, вона стане найбільшою з 2023 року. Вкладникам банку нічого не загрожує: під час санації через ФКБС банк продовжує працювати, а зобов'язання перед клієнтами зберігаються.
""",
"02_en.txt": """Russia's central bank preparing to take over Volgoprombank - Vedomosti
Reuters
2027-06-22T09:52:00+03:00

MOSCOW, June 22 (Reuters) - The Bank of Russia is preparing to put mid-sized lender Volgoprombank under temporary administration, possibly through its Banking Sector Consolidation Fund, Russian business daily Vedomosti reported on Tuesday, citing three unnamed sources.

Two of the sources were described as close to the central bank and one as a senior manager at the Samara-based lender. A decision could be taken within the next two weeks, the newspaper said.

The bank's capital shortfall is estimated at about 27 billion roubles ($310 million), one of the sources close to the regulator told Vedomosti, adding that a central bank inspection in the spring had found insufficient provisions against loans to companies linked to the bank's shareholders.

The central bank declined to comment to Vedomosti, while Volgoprombank told the paper it was operating normally and meeting all its obligations to clients.

Reuters could not independently verify the report. The central bank and Volgoprombank did not immediately respond to Reuters' requests for comment.

Volgoprombank, majority-owned by local businessman Gennady Stupin, had assets of 184 billion roubles as of May 1. The Bank of Russia has used the consolidation fund to rescue several large lenders over the past decade, keeping them operating while it injects capital and replaces management.
""",
"03_de.txt": """Russische Zentralbank will offenbar Wolgaprombank unter Zwangsverwaltung stellen
Süddeutsche Zeitung
22. Juni 2027

Die russische Zentralbank bereitet offenbar die Übernahme der Kontrolle über ein weiteres Geldinstitut vor. Wie die Moskauer Wirtschaftszeitung „Wedomosti" am Dienstag unter Berufung auf drei Quellen berichtet, soll die Wolgaprombank aus Samara unter vorläufige Verwaltung gestellt werden. Die Sanierung könne über den Fonds zur Konsolidierung des Bankensektors laufen, einen Rettungsfonds der Notenbank.

Der Zeitung zufolge klafft in der Bilanz der Bank ein Loch von rund 27 Milliarden Rubel, umgerechnet knapp 290 Millionen Euro. Bei einer Prüfung im Frühjahr hätten die Aufseher zu geringe Rückstellungen für Kredite an Firmen aus dem Umfeld der Eigentümer festgestellt. Eine Entscheidung sei innerhalb von zwei Wochen möglich.

Die Zentralbank wollte sich gegenüber dem Blatt nicht äußern. Die Bank selbst erklärte der Zeitung, sie arbeite normal und erfülle alle Verpflichtungen.

Die Wolgaprombank zählt zu den 60 größten Banken Russlands und hat rund 97 Milliarden Rubel an Einlagen von Privatkunden. Beobachter sehen in dem Fall ein Zeichen dafür, dass die lange Phase hoher Leitzinsen vor allem mittelgroße Institute mit riskanten Kreditbüchern unter Druck setzt.
""",
"04_fr.txt": """Russie : la banque centrale s'apprête à prendre le contrôle de Volgoprombank
Les Echos
22 juin 2027

La Banque de Russie se prépare à placer sous administration temporaire Volgoprombank, une banque régionale de taille moyenne basée à Samara, selon le quotidien économique russe Vedomosti. L'opération pourrait passer par le Fonds de consolidation du secteur bancaire, le véhicule de sauvetage du régulateur, rapporte le journal, qui cite trois sources, dont deux proches de la banque centrale.

La décision pourrait tomber d'ici deux semaines. Interrogée par Vedomosti, la banque centrale n'a pas souhaité faire de commentaire, tandis que l'établissement assure fonctionner normalement.

Volgoprombank figure parmi les soixante premières banques russes par la taille du bilan. Son principal actionnaire, l'homme d'affaires Guennadi Stoupine, détient 58 % du capital.

Le secteur bancaire russe souffre de taux directeurs restés très élevés pendant plusieurs années, qui ont fragilisé les établissements les plus exposés aux entreprises en difficulté. Les grandes banques publiques, elles, continuent d'afficher des profits confortables.
""",
}, [
    {"name": "Ведомости", "in_corpus": True},
], [
    {"origin": "Ведомости", "article": "01_uk.txt"},
    {"origin": "Ведомости", "article": "02_en.txt"},
    {"origin": "Ведомости", "article": "03_de.txt"},
    {"origin": "Ведомости", "article": "04_fr.txt"},
], [
    {"text": "The Bank of Russia is preparing to put Volgoprombank under temporary administration, possibly via the Banking Sector Consolidation Fund.",
     "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt", "04_fr.txt"], "independent_sources": 1},
    {"text": "Volgoprombank's capital hole is estimated at about 27 billion roubles.",
     "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
])

# q06: two independent reports of the same ECB capital demand: Les Echos' own report (two sources
# close to the supervisor; in corpus) and Bloomberg (people familiar; outside the corpus). it
# credits both (two edges); de credits only Bloomberg; pl credits only Les Echos. The ECB did not
# publish anything and is no origin.
story("q06_two_reports_ecb_capital", "independent", {
"00_fr.txt": """La BCE va exiger une augmentation de capital de Banca Tirrenica
Les Echos
7 oct. 2027 à 07:00

Selon nos informations, la supervision bancaire de la Banque centrale européenne (BCE) va demander à Banca Tirrenica de lever environ 800 millions d'euros de fonds propres. La lettre de mise en demeure devrait être adressée à la banque napolitaine d'ici à la fin du mois, ont indiqué aux « Echos » deux sources proches du superviseur.

En cause : une inspection sur place menée au printemps, qui a mis au jour un provisionnement insuffisant sur environ 3,4 milliards d'euros de prêts aux entreprises, principalement dans l'immobilier commercial. « Les constats sont lourds et Francfort ne laissera pas passer un nouvel exercice sans renforcement du capital », résume l'une de ces sources.

Le dossier est suivi de près à Nantes, où Crédit Ligérien, actionnaire à 35 % de Banca Tirrenica depuis 2019, devra décider s'il accompagne l'opération. Un refus le verrait mécaniquement dilué. Interrogé, Crédit Ligérien n'a pas souhaité faire de commentaire. La BCE et Banca Tirrenica n'ont pas répondu à nos sollicitations.

Avec un ratio de fonds propres durs (CET1) de 11,2 % à fin juin, Banca Tirrenica respecte les exigences minimales, mais avec une marge nettement plus faible que la moyenne des banques italiennes. La banque avait déjà renoncé à verser un dividende au titre de l'exercice 2026.

Pour Crédit Ligérien, qui a fait de l'Italie son deuxième marché, une nouvelle mise de fonds tomberait mal : le groupe mutualiste a engagé cette année un plan d'économies de 150 millions d'euros.
""",
"01_it.txt": """Bce, pressing su Banca Tirrenica: in arrivo la richiesta di un aumento da 800 milioni
Il Sole 24 Ore
7 ottobre 2027

La vigilanza della Banca centrale europea si prepara a chiedere a Banca Tirrenica un aumento di capitale da circa 800 milioni di euro. È quanto emerge dalle indiscrezioni pubblicate giovedì, in modo indipendente l'una dall'altra, dal quotidiano francese Les Echos e dall'agenzia Bloomberg, entrambe basate su fonti vicine al dossier.

Le due testate concordano sull'importo e sui tempi: la lettera di Francoforte dovrebbe arrivare a Napoli entro la fine del mese. Banca Tirrenica, contattata, non ha commentato.

La notizia ha pesato sul titolo, che in Piazza Affari ha chiuso in calo del 6,4% dopo aver toccato un ribasso di oltre il 9% a metà seduta. Gli analisti ricordano che l'istituto, con un Cet1 all'11,2% a fine giugno, è sopra i requisiti minimi, ma con un margine più sottile rispetto alla media del sistema.

Il nodo principale riguarda il socio francese Crédit Ligérien, che detiene il 35% del capitale: dalla sua disponibilità a sottoscrivere la propria quota dipende la riuscita dell'operazione. In caso contrario, non si esclude l'ingresso di nuovi investitori, a partire dalle fondazioni del Mezzogiorno.

Per il sistema bancario italiano sarebbe la prima ricapitalizzazione imposta dalla Bce dopo diversi anni di utili record.
""",
"02_de.txt": """EZB verlangt offenbar Kapitalerhöhung von Banca Tirrenica
Handelsblatt
07.10.2027 – 13:20 Uhr

Die Europäische Zentralbank (EZB) will die italienische Banca Tirrenica offenbar zu einer Kapitalerhöhung von rund 800 Millionen Euro drängen. Das berichtet die Finanznachrichtenagentur Bloomberg unter Berufung auf mit der Angelegenheit vertraute Personen.

Um einen Teil der Lücke zu schließen, prüfe die Bank aus Neapel zudem den Verkauf ihrer Konsumentenkredit-Tochter Tirrena Credito, so Bloomberg. Mehrere Finanzinvestoren hätten bereits Interesse signalisiert. Die EZB-Aufsicht wolle ihre Forderung noch im Oktober schriftlich übermitteln.

Weder die EZB noch Banca Tirrenica wollten den Bericht kommentieren.

An der Mailänder Börse brach die Aktie zeitweise um mehr als neun Prozent ein. Die Bank erfüllt mit einer harten Kernkapitalquote von 11,2 Prozent zwar die Mindestanforderungen, liegt aber deutlich unter dem Durchschnitt der italienischen Branche.

Für die Bankenaufsicht in Frankfurt ist der Fall ein Test. Nach Jahren hoher Gewinne, die vor allem aus gestiegenen Zinsen stammten, rücken wieder die Kreditrisiken in den Vordergrund – besonders bei Gewerbeimmobilien, wo viele Institute ihre Rückstellungen nach Ansicht der Aufseher zu zögerlich erhöht haben.

Größter Einzelaktionär der Banca Tirrenica ist die französische Genossenschaftsbank Crédit Ligérien mit 35 Prozent.
""",
"03_pl.txt": """EBC każe włoskiemu bankowi dokapitalizować się. Chodzi o 800 mln euro
Rzeczpospolita
7.10.2027

Europejski Bank Centralny zażąda od włoskiej Banca Tirrenica podniesienia kapitału o ok. 800 mln euro – podał w czwartek francuski dziennik „Les Echos", powołując się na dwa źródła zbliżone do nadzorcy.

Według „Les Echos" powodem są zbyt niskie rezerwy na ok. 3,4 mld euro kredytów dla firm, głównie z sektora nieruchomości komercyjnych. Nieprawidłowości miała wykazać wiosenna kontrola na miejscu przeprowadzona przez nadzór bankowy EBC. Pismo w tej sprawie ma trafić do neapolitańskiego banku do końca października – zauważa gazeta.

Kluczowa będzie postawa francuskiego Crédit Ligérien, który ma 35 proc. akcji Banca Tirrenica. Jak pisze paryski dziennik, jeśli Francuzi nie wezmą udziału w emisji, ich udział zostanie rozwodniony.

Sprawa jest obserwowana także w Polsce. Banca Tirrenica kontroluje działającą od 2015 r. spółkę leasingową z siedzibą w Katowicach, która finansuje m.in. maszyny dla firm z Górnego Śląska. Spółka nie ma statusu banku i nie podlega bezpośrednio nadzorowi EBC.

Żądanie dokapitalizowania byłoby pierwszym tak poważnym sygnałem ze strony nadzoru w strefie euro od kilku lat. Analitycy zwracają uwagę, że problemy z nieruchomościami komercyjnymi mogą dotknąć także innych średnich banków.
""",
}, [
    {"name": "Les Echos", "in_corpus": True},
    {"name": "Bloomberg", "in_corpus": False},
], [
    {"origin": "Les Echos", "article": "01_it.txt"},
    {"origin": "Bloomberg", "article": "01_it.txt"},
    {"origin": "Bloomberg", "article": "02_de.txt"},
    {"origin": "Les Echos", "article": "03_pl.txt"},
], [
    {"text": "The ECB will ask Banca Tirrenica to raise about €800 million of capital.",
     "articles": ["00_fr.txt", "01_it.txt", "02_de.txt", "03_pl.txt"], "independent_sources": 2},
    {"text": "An ECB on-site inspection found insufficient provisions on about €3.4 billion of corporate loans, mainly commercial real estate.",
     "articles": ["00_fr.txt", "03_pl.txt"], "independent_sources": 1},
    {"text": "Banca Tirrenica is considering selling its consumer-credit unit Tirrena Credito.",
     "articles": ["02_de.txt"], "independent_sources": 1},
])

# q07: a bank's stock-exchange filing (current report to the Warsaw Stock Exchange; outside origin)
# taken directly by pl (PAP), it (ANSA) and en (Reuters). fr (no date line) is a chain: "rapporte
# l'agence de presse polonaise PAP, qui cite un communiqué de la banque" + "D'après l'agence" ->
# edge from PAP (in corpus).
story("q07_bank_filing_chain", "filing", {
"00_pl.txt": """Bank Pomorsko-Kujawski zawiąże 1,35 mld zł rezerw na sprawy frankowe. Prezes odchodzi
PAP
14.10.2027, 19:32

Bank Pomorsko-Kujawski (BPK) zawiąże w trzecim kwartale dodatkowe 1,35 mld zł rezerw na ryzyko prawne związane z kredytami hipotecznymi we frankach szwajcarskich – poinformował bank w czwartkowym raporcie bieżącym. W efekcie spodziewa się ok. 610 mln zł straty netto za III kwartał.

Jak podano w komunikacie, decyzja wynika z aktualizacji modelu szacowania rezerw po wyraźnym wzroście liczby pozwów w ostatnich miesiącach. Na koniec września bank był stroną ok. 21,4 tys. postępowań sądowych dotyczących kredytów frankowych.

Z raportu wynika także, że prezes banku Jerzy Olszewicz złożył rezygnację z funkcji ze skutkiem na 31 października. Rada nadzorcza powierzyła kierowanie pracami zarządu wiceprezes Annie Brzezickiej-Lenart. Bank nie podał powodów rezygnacji.

BPK zaznaczył, że mimo straty jego współczynniki kapitałowe pozostaną powyżej wymogów nadzorczych. Szczegółowe wyniki za III kwartał bank opublikuje 4 listopada.

Większościowym akcjonariuszem banku z siedzibą w Bydgoszczy jest włoska Banca Euganea, która ma 58 proc. akcji. Pozostałe walory są notowane na GPW. Na zamknięciu czwartkowej sesji, jeszcze przed publikacją raportu, kurs BPK wynosił 48,20 zł.

Olszewicz kierował bankiem od 2022 r. Wcześniej przez dziewięć lat był członkiem zarządu odpowiedzialnym za bankowość detaliczną.
""",
"01_it.txt": """Polonia: la controllata di Banca Euganea accantona 1,35 miliardi di zloty, si dimette l'a.d.
ANSA
2027-10-14 21:05

(ANSA) - MILANO, 14 OTT - Bank Pomorsko-Kujawski, la controllata polacca di Banca Euganea, accantonerà nel terzo trimestre ulteriori 1,35 miliardi di zloty (circa 315 milioni di euro) a fronte del rischio legale legato ai vecchi mutui in franchi svizzeri. Lo ha comunicato la banca in una nota alla Borsa di Varsavia, precisando di attendere una perdita netta trimestrale di circa 610 milioni di zloty.

Secondo il documento, l'amministratore delegato Jerzy Olszewicz ha rassegnato le dimissioni con effetto dal 31 ottobre. La guida del consiglio di gestione passa ad interim alla vicepresidente Anna Brzezicka-Lenart.

L'istituto di Bydgoszcz, si legge ancora nella nota, ha rivisto il modello di stima degli accantonamenti dopo il forte aumento delle cause intentate dai clienti, salite a circa 21.400. I coefficienti patrimoniali resteranno comunque al di sopra dei requisiti minimi.

Banca Euganea, che detiene il 58% della banca polacca, non ha commentato. Il gruppo padovano presenterà i conti del terzo trimestre il 9 novembre. Il tema dei mutui in franchi svizzeri pesa da anni sui conti delle banche attive in Polonia, dove migliaia di contenziosi si sono conclusi con sentenze favorevoli ai clienti. (ANSA).
""",
"02_en.txt": """Poland's BPK takes $370 mln Swiss franc loan hit, CEO quits
Reuters
October 14, 2027 6:58 PM UTC

WARSAW, Oct 14 (Reuters) - Polish lender Bank Pomorsko-Kujawski will book an additional 1.35 billion zlotys ($370 million) in provisions for legal risks tied to Swiss franc mortgages in the third quarter and expects a net loss of about 610 million zlotys, the bank said in a stock exchange filing on Thursday.

Chief Executive Jerzy Olszewicz has resigned with effect from Oct. 31, according to the filing. Deputy CEO Anna Brzezicka-Lenart will lead the management board in the interim. The bank did not give a reason for his departure.

The lender, which is 58% owned by Italy's Banca Euganea, said it had updated its provisioning model after a sharp rise in the number of lawsuits, which reached about 21,400 at the end of September. Its capital ratios would remain above regulatory requirements, it added.

Bank Pomorsko-Kujawski's shares closed at 48.20 zlotys before the announcement.

Polish banks have spent years setting aside money for franc-denominated mortgages taken out mostly in the 2000s, after courts ruled in favour of thousands of borrowers who argued their loan contracts contained unfair clauses. The cost has weighed on profits even as higher interest rates lifted earnings across the sector.

Banca Euganea did not immediately respond to a request for comment.
""",
"03_fr.txt": """Pologne : la filiale de Banca Euganea plombée par les crédits en francs suisses
Les Echos

La facture des crédits immobiliers en francs suisses continue de s'alourdir pour les banques présentes en Pologne. Bank Pomorsko-Kujawski, filiale à 58 % de l'italienne Banca Euganea, va passer au troisième trimestre 1,35 milliard de zlotys (environ 315 millions d'euros) de provisions supplémentaires, rapporte l'agence de presse polonaise PAP, qui cite un communiqué de la banque à la Bourse de Varsovie.

D'après l'agence, l'établissement de Bydgoszcz s'attend en conséquence à une perte nette d'environ 610 millions de zlotys sur le trimestre. La banque a revu son modèle de provisionnement après une forte hausse du nombre de procédures engagées par ses clients.

Ces contentieux, nés de prêts accordés pour l'essentiel dans les années 2000, ont déjà coûté plusieurs dizaines de milliards de zlotys au secteur bancaire polonais. Les tribunaux ont donné raison dans une large majorité des cas aux emprunteurs, qui contestaient des clauses jugées abusives.

Pour Banca Euganea, l'impact devrait rester limité : la filiale polonaise représente moins d'un cinquième du bilan du groupe padouan, qui publiera ses comptes trimestriels début novembre. Les analystes s'attendent toutefois à ce que le sujet domine la conférence avec les investisseurs.
""",
}, [
    {"name": "Bank Pomorsko-Kujawski", "in_corpus": False},
], [
    {"origin": "Bank Pomorsko-Kujawski", "article": "00_pl.txt"},
    {"origin": "Bank Pomorsko-Kujawski", "article": "01_it.txt"},
    {"origin": "Bank Pomorsko-Kujawski", "article": "02_en.txt"},
    {"origin": "PAP", "article": "03_fr.txt"},
], [
    {"text": "Bank Pomorsko-Kujawski will book an additional PLN 1.35 billion of provisions for Swiss-franc mortgage litigation in the third quarter and expects a net loss of about PLN 610 million.",
     "articles": ["00_pl.txt", "01_it.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 1},
    {"text": "CEO Jerzy Olszewicz resigned with effect from 31 October.",
     "articles": ["00_pl.txt", "01_it.txt", "02_en.txt"], "independent_sources": 1},
])


def main():
    sdir = os.path.join(ROOT, "stories")
    if os.path.isdir(sdir):
        shutil.rmtree(sdir)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sdir, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = sorted(arts)
        for r in relays:
            assert r["article"] in names, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in names, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 118 (banks, central banks and markets; "
                   "invented events, real media names); see README.md.", "stories": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
