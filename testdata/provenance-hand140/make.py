#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand140 set.

Cryptocurrency and financial fraud. Real media names; every event, company, person, figure and
quote is invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# c01: in-corpus scoop by Handelsblatt (three anonymous people familiar = part of the scoop; BaFin's
# no-comment to Handelsblatt = part of the scoop), relayed 4x: en "German business daily Handelsblatt
# reported, citing three people familiar" + "the paper added"; pl "Jak podaje niemiecki dziennik
# „Handelsblatt“" + "Według „Handelsblattu“" (gen.) + "odmówiła „Handelsblattowi“" (dat.); it "Secondo
# il quotidiano economico tedesco Handelsblatt" + "riferisce ancora la testata di Düsseldorf"; ru
# "сообщила немецкая деловая газета Handelsblatt со ссылкой на" + "По данным издания" + "РБК направил
# запрос" (no own reporting).
story("c01_scoop_exchange_freeze", "scoop", {
"00_de.txt": """Kryptobörse Kryptalis stoppt Auszahlungen – Millionenloch bei Kundengeldern
Handelsblatt
09.03.2027 19:45

Die Frankfurter Kryptobörse Kryptalis hat am Dienstagnachmittag sämtliche Auszahlungen an ihre Kunden gestoppt. Nach Informationen des Handelsblatts fehlen in den Büchern des Unternehmens rund 410 Millionen Euro an Kundengeldern. Das erfuhr das Handelsblatt von drei mit den Vorgängen vertrauten Personen, die anonym bleiben wollten, weil die Gespräche mit der Aufsicht vertraulich sind.

Demnach soll ein Teil der Kundeneinlagen über eine Tochtergesellschaft auf Malta als hochriskante Kredite an Handelsfirmen geflossen sein. „Das Geld ist nicht einfach weg, aber es ist nicht dort, wo es sein sollte“, sagte eine der Personen. Intern sei die Lücke bereits Ende Februar aufgefallen, der Vorstand habe sie aber zunächst nicht gemeldet.

Kryptalis wurde 2019 von zwei ehemaligen Investmentbankern gegründet und zählt nach eigenen Angaben rund 260.000 Kunden in Deutschland, Österreich und Polen. Auf der Website der Börse hieß es am Abend lediglich, Auszahlungen seien „wegen technischer Wartungsarbeiten vorübergehend ausgesetzt“.

Die Finanzaufsicht BaFin hat nach Handelsblatt-Informationen einen Sonderbeauftragten in die Frankfurter Büros der Börse geschickt. Eine BaFin-Sprecherin sagte dem Handelsblatt auf Anfrage, man äußere sich „grundsätzlich nicht zu einzelnen Instituten“. Kryptalis-Chef Henrik Wolters ließ eine Anfrage bis Redaktionsschluss unbeantwortet.

Für die Branche kommt der Fall zur Unzeit: Seit die europäische MiCA-Verordnung vollständig gilt, werben lizenzierte Anbieter gezielt mit dem Argument, Kundengelder seien bei ihnen getrennt und sicher verwahrt. Kryptalis hatte eine solche Lizenz im vergangenen Sommer erhalten und sie in Werbekampagnen prominent herausgestellt.
""",
"01_en.txt": """German crypto exchange Kryptalis halts withdrawals amid reported €410M shortfall
CoinDesk
2027-03-09T21:10:00+00:00

Frankfurt-based crypto exchange Kryptalis froze all customer withdrawals on Tuesday, and roughly €410 million ($446 million) in client funds is missing from its books, German business daily Handelsblatt reported, citing three people familiar with the matter.

Part of the customer deposits was allegedly channelled through a Maltese subsidiary into high-risk loans to trading firms, according to the newspaper. One of the people told Handelsblatt the money was "not simply gone, but it is not where it should be." The gap was noticed internally as early as late February, the report said.

Kryptalis, founded in 2019 by two former investment bankers, says it has about 260,000 customers in Germany, Austria and Poland. A notice on its website on Tuesday evening said withdrawals had been "temporarily suspended due to technical maintenance."

Germany's financial watchdog BaFin has sent a special commissioner to the exchange's Frankfurt offices, the paper added. A BaFin spokeswoman declined to comment on individual firms when asked by Handelsblatt.

Kryptalis did not immediately respond to CoinDesk's request for comment. The exchange's native token, KRX, fell 61% in the hours after the report, according to CoinGecko data.

The exchange received a license under the European Union's Markets in Crypto-Assets (MiCA) regulation last summer and had advertised it heavily as proof that customer assets were held safely.
""",
"02_pl.txt": """Niemiecka giełda kryptowalut Kryptalis wstrzymała wypłaty. Brakuje 410 mln euro
Bankier.pl
10 marca 2027, 07:40

Frankfurcka giełda kryptowalut Kryptalis, z której usług korzystają także klienci w Polsce, we wtorek wstrzymała wszystkie wypłaty. Jak podaje niemiecki dziennik ekonomiczny „Handelsblatt“, w księgach spółki brakuje około 410 mln euro środków klientów.

Według „Handelsblattu“, który powołuje się na trzy osoby znające sprawę, część depozytów miała trafić za pośrednictwem spółki zależnej na Malcie do firm handlowych w formie wysoko ryzykownych pożyczek. Problem miał zostać zauważony wewnątrz firmy już pod koniec lutego.

Kryptalis, założony w 2019 roku, deklaruje około 260 tys. klientów w Niemczech, Austrii i Polsce. Ilu z nich to Polacy, nie wiadomo. Na stronie giełdy pojawił się jedynie komunikat o „czasowym zawieszeniu wypłat z powodu prac technicznych“.

Niemiecki nadzór finansowy BaFin wysłał do biur giełdy specjalnego pełnomocnika – pisze gazeta. Rzeczniczka urzędu odmówiła „Handelsblattowi“ komentarza w sprawie konkretnej instytucji.

Eksperci przypominają, że w razie upadłości giełdy kryptowalut jej klienci nie są objęci systemem gwarantowania depozytów, tak jak klienci banków. Środki zgromadzone na giełdzie mogą być odzyskane jedynie w postępowaniu upadłościowym, które zwykle trwa latami.
""",
"03_it.txt": """Cripto, la piattaforma tedesca Kryptalis blocca i prelievi: mancano 410 milioni
Il Sole 24 Ore
10 marzo 2027

La piattaforma di scambio di criptovalute Kryptalis, con sede a Francoforte, ha sospeso martedì tutti i prelievi dei clienti. Secondo il quotidiano economico tedesco Handelsblatt, che cita tre persone a conoscenza del dossier, dai conti della società mancherebbero circa 410 milioni di euro di fondi della clientela.

Parte dei depositi sarebbe finita, attraverso una controllata maltese, in prestiti ad alto rischio concessi a società di trading. «I soldi non sono semplicemente spariti, ma non sono dove dovrebbero essere», ha detto al giornale una delle fonti. Il buco sarebbe emerso internamente già alla fine di febbraio.

L'autorità di vigilanza finanziaria tedesca BaFin ha inviato un commissario speciale negli uffici della piattaforma, riferisce ancora la testata di Düsseldorf. Kryptalis, fondata nel 2019, dichiara circa 260mila clienti tra Germania, Austria e Polonia; sul suo sito si parla soltanto di una sospensione temporanea dei prelievi «per manutenzione tecnica».

Il caso riaccende il dibattito sulla custodia dei fondi dei clienti da parte degli exchange, a oltre quattro anni dal crollo di FTX. Proprio la garanzia di una gestione separata del denaro dei risparmiatori era uno dei pilastri del regolamento europeo MiCA, in base al quale Kryptalis aveva ottenuto la licenza la scorsa estate.
""",
"04_ru.txt": """Немецкая криптобиржа Kryptalis заморозила вывод средств клиентов
РБК
Wed, 10 Mar 2027 09:15:00 +0300

Франкфуртская криптовалютная биржа Kryptalis во вторник приостановила все выводы средств клиентов. Об этом сообщила немецкая деловая газета Handelsblatt со ссылкой на трех осведомленных собеседников. По данным издания, в отчетности биржи не хватает около €410 млн клиентских средств.

Как пишет Handelsblatt, часть депозитов могла быть направлена через мальтийскую дочернюю компанию на выдачу рискованных займов торговым фирмам. Внутри компании недостачу якобы обнаружили еще в конце февраля.

Немецкий финансовый регулятор BaFin направил в офис биржи специального уполномоченного, уточняет газета. Представитель BaFin отказалась комментировать изданию ситуацию с конкретной компанией.

Kryptalis была основана в 2019 году и, по собственным данным, обслуживает около 260 тыс. клиентов в Германии, Австрии и Польше. На сайте биржи говорится, что вывод средств «временно приостановлен в связи с техническими работами». РБК направил запрос в компанию.

Курс собственного токена биржи KRX после публикации Handelsblatt упал более чем на 60%. Летом прошлого года Kryptalis получила лицензию по европейскому регламенту MiCA, которая обязывает провайдеров хранить средства клиентов отдельно от собственных.
""",
}, [("Handelsblatt", True)],
[("Handelsblatt", "01_en.txt"), ("Handelsblatt", "02_pl.txt"), ("Handelsblatt", "03_it.txt"),
 ("Handelsblatt", "04_ru.txt")],
[("The Frankfurt crypto exchange Kryptalis halted all customer withdrawals.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt", "04_ru.txt"], 1),
 ("About 410 million euros of customer funds are missing from Kryptalis's books.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt", "04_ru.txt"], 1),
 ("BaFin sent a special commissioner to Kryptalis.",
  ["00_de.txt", "01_en.txt", "02_pl.txt", "03_it.txt", "04_ru.txt"], 1)])

# c02: institution-published origin outside the corpus: the Polish Financial Supervision Authority
# (KNF) put a platform on its public warning list in a communiqué on its website. pl, uk, de take it
# from the communiqué: "Wynika to z komunikatu opublikowanego … na stronie internetowej KNF" +
# "czytamy w komunikacie nadzoru"; "Про це йдеться в повідомленні, оприлюдненому … на сайті
# регулятора"; "Das teilte die Behörde am Mittwoch auf ihrer Internetseite mit". Chain: fr "rapporte
# le site économique ukrainien Ekonomitchna Pravda, qui cite un communiqué …" + "Selon ce média" +
# "cité par Ekonomitchna Pravda": edge from Економічна правда.
story("c02_institution_knf_warning", "institution", {
"00_pl.txt": """KNF ostrzega przed platformą Vantoria Capital. Sprawa trafi do prokuratury
money.pl
14.04.2027 12:20

Komisja Nadzoru Finansowego wpisała spółkę Vantoria Capital na listę ostrzeżeń publicznych i złożyła zawiadomienie do prokuratury. Wynika to z komunikatu opublikowanego w środę na stronie internetowej KNF.

Według Komisji podmiot, który przedstawia się jako platforma do inwestowania w kryptowaluty i złoto, świadczy usługi maklerskie bez wymaganego zezwolenia. W komunikacie wskazano, że Vantoria Capital prowadziła w mediach społecznościowych kampanie reklamowe z wykorzystaniem wizerunków znanych osób – w tym wygenerowanych przez sztuczną inteligencję nagrań z udziałem polskich sportowców.

„Apelujemy o szczególną ostrożność. Obietnice stałego zysku rzędu kilkunastu procent miesięcznie powinny budzić niepokój każdego inwestora“ – czytamy w komunikacie nadzoru.

KNF podaje, że zawiadomienie dotyczy podejrzenia popełnienia przestępstwa prowadzenia działalności maklerskiej bez zezwolenia. Spółka ma być zarejestrowana w Saint Vincent i Grenadynach, a jej strona internetowa jest dostępna w języku polskim, ukraińskim i niemieckim.

Na liście ostrzeżeń publicznych KNF znajduje się obecnie ponad 1400 podmiotów. W ubiegłym roku nadzór dopisał do niej 212 firm, z czego większość oferowała inwestycje w kryptowaluty lub na rynku Forex.
""",
"01_uk.txt": """Польський регулятор вніс криптоплатформу Vantoria Capital до списку попереджень
Економічна правда
14 квітня 2027, 15:02

Комісія з фінансового нагляду Польщі (KNF) внесла компанію Vantoria Capital, яка пропонувала інвестиції в криптовалюти та золото, до свого списку публічних попереджень і подала повідомлення до прокуратури. Про це йдеться в повідомленні, оприлюдненому в середу на сайті регулятора.

Як зазначає KNF, компанія надає брокерські послуги без відповідного дозволу. У своїй рекламі в соцмережах Vantoria Capital використовувала згенеровані штучним інтелектом відео з відомими людьми, зокрема польськими спортсменами.

Польський нагляд закликав інвесторів бути особливо обережними. «Обіцянки стабільного прибутку в розмірі кільканадцяти відсотків на місяць мають насторожити кожного інвестора», — ідеться в документі.

Компанія, за даними регулятора, зареєстрована в Сент-Вінсенті і Гренадинах. Її сайт доступний польською, українською та німецькою мовами.

Схожі рекламні кампанії з використанням діпфейків останнім часом з'являються і в українському сегменті соцмереж. Шахраї, як правило, пропонують «інвестувати» невелику суму, а згодом переконують жертв вносити дедалі більші кошти під приводом «розблокування прибутку».
""",
"02_de.txt": """Polens Finanzaufsicht warnt vor Krypto-Plattform Vantoria Capital
Frankfurter Allgemeine Zeitung
14. April 2027

Die polnische Finanzaufsicht KNF hat die Krypto-Investmentplattform Vantoria Capital auf ihre öffentliche Warnliste gesetzt. Das teilte die Behörde am Mittwoch auf ihrer Internetseite mit. Das Unternehmen biete ohne Erlaubnis Wertpapierdienstleistungen an, heißt es in der Mitteilung.

Vantoria Capital hatte nach Angaben der Aufseher in sozialen Netzwerken mit Videos geworben, in denen mithilfe künstlicher Intelligenz bekannte Persönlichkeiten – darunter polnische Sportler – scheinbar für die Plattform warben. Versprochen wurden Renditen von mehr als zehn Prozent im Monat.

Die Behörde hat außerdem Anzeige bei der Staatsanwaltschaft erstattet. Laut der KNF ist die Firma im Karibikstaat St. Vincent und die Grenadinen registriert; ihre Internetseite gibt es auch auf Deutsch.

Auch in Deutschland warnt die Bafin seit Monaten vor ähnlichen Angeboten, die mit gefälschten Prominenten-Videos für angeblich sichere Kryptogewinne werben. Anleger sollten vor einer Investition in der Unternehmensdatenbank der Aufsicht prüfen, ob ein Anbieter eine Erlaubnis besitzt. Wer bereits Geld überwiesen hat, sollte umgehend seine Bank informieren und Anzeige erstatten.
""",
"03_fr.txt": """Cryptomonnaies : la Pologne met en garde contre la plateforme Vantoria Capital
Le Figaro
15/04/2027 10:12

Le régulateur financier polonais a inscrit la plateforme d'investissement en cryptomonnaies Vantoria Capital sur sa liste d'avertissements publics et a saisi le parquet, rapporte le site économique ukrainien Ekonomitchna Pravda, qui cite un communiqué publié mercredi par l'autorité polonaise de surveillance financière (KNF).

Selon ce média, la société fournissait des services d'investissement sans autorisation et faisait la promotion de ses offres sur les réseaux sociaux à l'aide de vidéos générées par intelligence artificielle mettant en scène des personnalités, dont des sportifs polonais.

« Les promesses d'un profit stable de plus de dix pour cent par mois doivent alerter tout investisseur », a averti le régulateur, cité par Ekonomitchna Pravda. La société serait immatriculée à Saint-Vincent-et-les-Grenadines et son site est proposé en polonais, en ukrainien et en allemand.

En France, l'Autorité des marchés financiers publie elle aussi régulièrement des listes noires de sites proposant des placements en crypto-actifs sans autorisation. Ces escroqueries, qui s'appuient de plus en plus sur des hypertrucages de personnalités connues, visent souvent des épargnants peu familiers des cryptomonnaies, à qui l'on promet des gains rapides et sans risque.
""",
}, [("Komisja Nadzoru Finansowego", False)],
[("Komisja Nadzoru Finansowego", "00_pl.txt"), ("Komisja Nadzoru Finansowego", "01_uk.txt"),
 ("Komisja Nadzoru Finansowego", "02_de.txt"), ("Економічна правда", "03_fr.txt")],
[("Poland's KNF put Vantoria Capital on its public warning list.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1),
 ("KNF notified prosecutors about Vantoria Capital.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1),
 ("Vantoria Capital advertised with AI-generated videos of famous people, including Polish athletes.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_fr.txt"], 1)])

# c03: outside wire agency ANSA (investigative sources and the lawyer speak to ANSA = part of ANSA's
# report; Guardia di Finanza and Turin prosecutors are not origins). it "Lo riferisce l'ANSA"
# (sentence-final) + "Secondo quanto appreso dall'agenzia da fonti investigative" + "ha detto
# all'ANSA"; fr "rapporte l'agence de presse italienne ANSA" + "citées par l'agence" + "aurait résumé
# … à l'ANSA"; pl "poinformowała włoska agencja prasowa ANSA" + "Jak podaje ANSA, powołując się na"
# + "dodaje agencja" + "w rozmowie z ANSA"; ru "Об этом передает итальянское агентство ANSA" + "По
# данным агентства" + "цитирует ANSA"; en (no outlet, no date line) "Italian news agency ANSA
# reported" + "ANSA said, citing investigative sources".
story("c03_agency_ponzi_arrest", "agency", {
"00_it.txt": """Torino, arrestato il fondatore di Aurelia Prime: «Uno schema Ponzi da 96 milioni»
Corriere della Sera
18 maggio 2027 - 13:05

Prometteva rendimenti del 4 per cento al mese grazie a un presunto algoritmo di arbitraggio sulle criptovalute, ma secondo gli inquirenti pagava i vecchi clienti con i soldi dei nuovi. Raffaele Tonnini, 47 anni, fondatore della piattaforma Aurelia Prime, è stato arrestato martedì mattina a Torino dalla Guardia di Finanza. Lo riferisce l'ANSA.

Secondo quanto appreso dall'agenzia da fonti investigative, sarebbero circa 11.400 i risparmiatori coinvolti in tutta Italia, per una raccolta complessiva di 96 milioni di euro. L'accusa, contestata dalla Procura di Torino, è di truffa aggravata, abusivismo finanziario e autoriciclaggio.

«Non c'era nessun algoritmo: c'era un foglio Excel e un conto in Lituania», avrebbe spiegato uno degli investigatori. Nel corso dell'operazione i finanzieri hanno sequestrato una villa a Porto Cervo, tre auto di lusso e portafogli digitali per un valore stimato complessivo di 14 milioni di euro.

Aurelia Prime era attiva dal 2022 e si era fatta conoscere attraverso seminari in hotel di lusso e gruppi Telegram, dove Tonnini si presentava come ex trader di una banca d'affari londinese. I primi ritardi nei pagamenti risalgono all'autunno scorso, quando molti clienti avevano iniziato a chiedere indietro il capitale.

Il legale di Tonnini, l'avvocato Piero Galassi, ha detto all'ANSA che il suo assistito «chiarirà ogni aspetto davanti al giudice».
""",
"01_fr.txt": """Italie : le fondateur de la plateforme crypto Aurelia Prime arrêté pour escroquerie pyramidale
Le Monde
18 mai 2027

La police financière italienne a arrêté mardi à Turin Raffaele Tonnini, 47 ans, fondateur de la plateforme d'investissement en cryptomonnaies Aurelia Prime, soupçonné d'avoir monté une chaîne de Ponzi, rapporte l'agence de presse italienne ANSA.

Environ 11 400 épargnants auraient confié au total 96 millions d'euros à la plateforme, qui promettait des rendements de 4 % par mois grâce à un prétendu algorithme d'arbitrage, selon des sources proches de l'enquête citées par l'agence. Les enquêteurs soupçonnent M. Tonnini d'avoir rémunéré les premiers clients avec l'argent des nouveaux venus.

« Il n'y avait pas d'algorithme, seulement un tableur Excel et un compte en Lituanie », aurait résumé l'un des enquêteurs à l'ANSA. La Guardia di Finanza a saisi une villa en Sardaigne, trois voitures de luxe et des portefeuilles numériques, pour une valeur totale estimée à 14 millions d'euros.

Le parquet de Turin le poursuit pour escroquerie aggravée, exercice illégal d'activités financières et autoblanchiment. Son avocat a assuré à l'agence que son client « s'expliquera devant le juge ».

Ce dossier intervient alors que les autorités européennes multiplient les mises en garde contre les plateformes promettant des gains garantis dans les cryptoactifs, souvent promues lors de séminaires ou sur des messageries comme Telegram.
""",
"02_pl.txt": """Włochy: zatrzymano twórcę piramidy finansowej Aurelia Prime
Rzeczpospolita
2027-05-18 16:40

Włoska Gwardia Finansowa zatrzymała we wtorek w Turynie 47-letniego Raffaele Tonniniego, założyciela platformy inwestycyjnej Aurelia Prime. Mężczyzna jest podejrzany o stworzenie piramidy finansowej, w którą zaangażowało się ok. 11,4 tys. osób – poinformowała włoska agencja prasowa ANSA.

Platforma obiecywała klientom 4 proc. zysku miesięcznie dzięki rzekomemu algorytmowi arbitrażu na rynku kryptowalut. Jak podaje ANSA, powołując się na źródła w śledztwie, w rzeczywistości wypłaty dla starszych inwestorów pochodziły z wpłat nowych. Łącznie Aurelia Prime miała zebrać 96 mln euro.

Prokuratura w Turynie zarzuca Tonniniemu oszustwo, prowadzenie nielegalnej działalności finansowej oraz tzw. samopranie pieniędzy. Śledczy zabezpieczyli m.in. willę na Sardynii i trzy luksusowe samochody – dodaje agencja.

Tonnini przedstawiał się jako były trader londyńskiego banku inwestycyjnego i organizował seminaria w luksusowych hotelach. Klientów pozyskiwał także przez grupy w komunikatorze Telegram. Jego adwokat zapowiedział w rozmowie z ANSA, że podejrzany „wyjaśni wszystko przed sądem“.

Nie wiadomo, czy wśród poszkodowanych są obywatele Polski. Platforma nie miała polskiej wersji językowej.
""",
"03_ru.txt": """В Италии арестован создатель криптовалютной пирамиды Aurelia Prime
Коммерсантъ
18.05.2027, 17:55

Финансовая гвардия Италии во вторник задержала в Турине 47-летнего Раффаэле Тоннини — основателя инвестиционной платформы Aurelia Prime, которую следствие считает финансовой пирамидой. Об этом передает итальянское агентство ANSA.

По данным агентства, жертвами схемы могли стать около 11,4 тыс. вкладчиков, которые в общей сложности доверили платформе €96 млн. Aurelia Prime обещала доходность 4% в месяц за счет якобы существующего алгоритма арбитража криптовалют, однако выплаты прежним клиентам, как полагают следователи, производились из денег новых.

«Никакого алгоритма не было: была таблица Excel и счет в Литве», — цитирует ANSA одного из следователей. Следователи наложили арест на виллу на Сардинии, три автомобиля класса люкс и криптокошельки; общая стоимость арестованного имущества оценивается в €14 млн, уточняет агентство.

Прокуратура Турина вменяет предпринимателю мошенничество при отягчающих обстоятельствах, незаконную финансовую деятельность и самоотмывание денежных средств. Адвокат обвиняемого заявил агентству, что его подзащитный «даст все объяснения в суде».

Aurelia Prime работала с 2022 года и привлекала клиентов через семинары в дорогих отелях и группы в Telegram.
""",
"04_en.txt": """Italian police arrest founder of €96 million crypto 'Ponzi' platform

Italian financial police arrested the founder of cryptocurrency investment platform Aurelia Prime in Turin on Tuesday on suspicion of running a Ponzi scheme that took in about €96 million from some 11,400 savers, Italian news agency ANSA reported.

Raffaele Tonnini, 47, promised investors monthly returns of 4% from what he described as a crypto arbitrage algorithm, ANSA said, citing investigative sources. Prosecutors in Turin believe early investors were paid out of money deposited by newer ones.

"There was no algorithm: there was an Excel spreadsheet and a bank account in Lithuania," one investigator was quoted as saying by the agency.

Officers of the Guardia di Finanza seized a villa in Sardinia, three luxury cars and crypto wallets worth an estimated €14 million in total. Tonnini faces charges of aggravated fraud, unauthorised financial activity and self-laundering.

His lawyer told ANSA that his client would "clarify every aspect before the judge."

Aurelia Prime had been active since 2022, recruiting clients through seminars in upmarket hotels and Telegram groups, where Tonnini presented himself as a former trader at a London investment bank. Payment delays began last autumn.
""",
}, [("ANSA", False)],
[("ANSA", "00_it.txt"), ("ANSA", "01_fr.txt"), ("ANSA", "02_pl.txt"), ("ANSA", "03_ru.txt"),
 ("ANSA", "04_en.txt")],
[("Raffaele Tonnini, founder of the crypto platform Aurelia Prime, was arrested in Turin.",
  ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_ru.txt", "04_en.txt"], 1),
 ("Aurelia Prime collected about 96 million euros from some 11,400 investors.",
  ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_ru.txt", "04_en.txt"], 1),
 ("Investigators seized a villa in Sardinia and three luxury cars.",
  ["00_it.txt", "01_fr.txt", "02_pl.txt", "03_ru.txt", "04_en.txt"], 1)])

# c04: in-corpus investigation by Forbes Україна (blockchain analysis, documents, two anonymous former
# employees, the co-founder's denial "у коментарі Forbes"); chain Forbes Україна -> РБК-Украина -> de.
# ru "Об этом сообщает Forbes Украина по итогам собственного расследования" + "Как выяснило
# издание" + "рассказали журналистам Forbes"; de "wie das ukrainische Nachrichtenportal RBK-Ukrajina
# unter Berufung auf eine Recherche der ukrainischen Ausgabe des Wirtschaftsmagazins Forbes berichtet"
# + "laut RBK-Ukrajina": one edge from РБК-Украина; en "Forbes Ukraine reported" + "According to
# Forbes Ukraine's investigation" + "speaking to the magazine" + "in comments to Forbes Ukraine".
story("c04_chain_exchange_fake_hack", "chain", {
"00_uk.txt": """Зламу не було? Як із криптобіржі Tarvex перед «хакерською атакою» вивели $38 млн
Forbes Україна
2027-06-08 10:00

Київська криптобіржа Tarvex, яка 27 травня оголосила про хакерську атаку та заморозила рахунки понад 90 000 клієнтів, за два тижні до «зламу» перевела щонайменше $38 млн клієнтських коштів на гаманці, пов'язані з компаніями в ОАЕ. Це з'ясував Forbes Україна, проаналізувавши транзакції в блокчейні, корпоративні документи та листування, яке надали колишні співробітники біржі.

Двоє колишніх працівників Tarvex, які погодилися говорити з Forbes на умовах анонімності, розповіли, що перекази ініціювали з облікового запису, доступ до якого мали лише співзасновники компанії — Артем Гнатюк і Денис Ярошенко. «Ніхто з технічної команди не бачив жодних ознак атаки. Про "злам" ми дізналися з телеграм-каналу біржі», — каже один зі співрозмовників.

Журналісти Forbes простежили рух коштів: 11–13 травня з гарячих гаманців біржі кількома десятками транзакцій вивели USDT на суму $38,2 млн. Далі кошти пройшли через два сервіси-міксери й опинилися на адресах, які раніше використовувала дубайська компанія Lamora Trading FZE. Директором цієї компанії, згідно з реєстром вільної економічної зони, значиться Ярошенко.

Гнатюк у коментарі Forbes назвав висновки редакції «маніпуляцією» і заявив, що біржа «стала жертвою атаки професійних хакерів» та співпрацює з кіберполіцією. Ярошенко на запитання не відповів.

Клієнти Tarvex, серед яких чимало дрібних інвесторів, об'єдналися в групу, щоб подати колективну заяву до правоохоронців. За їхніми підрахунками, на рахунках біржі на момент заморожування залишалося близько $52 млн.
""",
"01_ru.txt": """Forbes: с криптобиржи Tarvex за две недели до «взлома» вывели $38 млн
РБК-Украина
08.06.2027 13:30

С киевской криптобиржи Tarvex, которая в конце мая заявила о хакерской атаке и заморозила счета более 90 тыс. клиентов, за две недели до «взлома» вывели не менее $38 млн клиентских средств на кошельки, связанные с компаниями в ОАЭ. Об этом сообщает Forbes Украина по итогам собственного расследования.

Как выяснило издание, проанализировав транзакции в блокчейне и корпоративные документы, 11–13 мая с «горячих» кошельков биржи вывели USDT на $38,2 млн. Затем средства прошли через два миксера и оказались на адресах, которые ранее использовала дубайская компания Lamora Trading FZE. Ее директором, согласно реестру свободной экономической зоны, значится совладелец Tarvex Денис Ярошенко.

Двое бывших сотрудников биржи рассказали журналистам Forbes на условиях анонимности, что переводы инициировались с учетной записи, доступ к которой был только у совладельцев — Артема Гнатюка и Дениса Ярошенко.

Гнатюк в комментарии изданию назвал выводы журналистов «манипуляцией» и заявил, что биржа стала жертвой профессиональных хакеров. Ярошенко на вопросы Forbes не ответил.

Напомним, 27 мая Tarvex сообщила о взломе и приостановила все операции. По словам клиентов биржи, на ее счетах к тому моменту оставалось около $52 млн.
""",
"02_de.txt": """Ukrainische Kryptobörse Tarvex: Millionen vor angeblichem Hackerangriff abgezogen
Der Standard
9. Juni 2027, 08:15

Bei der Kiewer Kryptobörse Tarvex sollen rund zwei Wochen vor einem angeblichen Hackerangriff mindestens 38 Millionen Dollar an Kundengeldern auf Wallets abgeflossen sein, die mit Firmen in den Vereinigten Arabischen Emiraten in Verbindung stehen, wie das ukrainische Nachrichtenportal RBK-Ukrajina unter Berufung auf eine Recherche der ukrainischen Ausgabe des Wirtschaftsmagazins Forbes berichtet.

Demnach wurden zwischen dem 11. und 13. Mai Stablecoins im Wert von 38,2 Millionen Dollar aus den Wallets der Börse abgezogen und über zwei sogenannte Mixer-Dienste verschleiert. Am Ende landete das Geld laut RBK-Ukrajina auf Adressen, die zuvor eine Firma aus Dubai genutzt hatte – deren Direktor ist dem Bericht zufolge Tarvex-Mitgründer Denys Jaroschenko.

Die Börse hatte Ende Mai einen Hackerangriff gemeldet und die Konten von mehr als 90.000 Kundinnen und Kunden eingefroren. Mitgründer Artem Hnatjuk wies die Vorwürfe als „Manipulation“ zurück und sprach von einem Angriff professioneller Hacker.

Auch in Österreich hatten in den vergangenen Jahren mehrere Krypto-Plattformen für Schlagzeilen gesorgt. Die Finanzmarktaufsicht FMA rät Anlegerinnen und Anlegern, nur bei Anbietern zu investieren, die über eine Lizenz nach der EU-Verordnung MiCA verfügen, und Guthaben nicht dauerhaft auf Handelsplattformen liegen zu lassen.
""",
"03_en.txt": """Crypto exchange Tarvex moved $38 million out before claimed hack, Forbes Ukraine finds
The Kyiv Independent
June 8, 2027 4:50 PM

At least $38 million in customer funds was moved from Kyiv-based crypto exchange Tarvex to wallets linked to companies in the United Arab Emirates two weeks before the exchange said it had been hacked, Forbes Ukraine reported on June 8, based on an analysis of blockchain transactions and corporate records.

Tarvex froze the accounts of more than 90,000 customers on May 27, blaming an attack by hackers.

According to Forbes Ukraine's investigation, stablecoins worth $38.2 million left the exchange's hot wallets on May 11–13, passed through two mixing services and ended up at addresses previously used by Lamora Trading FZE, a Dubai company whose director is Tarvex co-founder Denys Yaroshenko, according to the free-zone registry cited by the magazine.

Two former Tarvex employees, speaking to the magazine on condition of anonymity, said the transfers were initiated from an account that only the co-founders could access. "Nobody on the technical team saw any sign of an attack," one of them said.

Co-founder Artem Hnatiuk called the findings "manipulation" in comments to Forbes Ukraine and said the exchange had fallen victim to professional hackers. Yaroshenko did not respond to the outlet's questions.

The Kyiv Independent has reached out to Ukraine's cyber police for comment. Customers of the exchange say around $52 million remained in their accounts when they were frozen.
""",
}, [("Forbes Україна", True)],
[("Forbes Україна", "01_ru.txt"), ("РБК-Украина", "02_de.txt"), ("Forbes Україна", "03_en.txt")],
[("At least 38 million dollars of customer funds were moved out of Tarvex to UAE-linked wallets two weeks before its claimed hack.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 ("The funds ended up at addresses used by a Dubai company whose director is Tarvex co-founder Denys Yaroshenko.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1),
 ("Co-founder Artem Hnatiuk called the findings manipulation.",
  ["00_uk.txt", "01_ru.txt", "02_de.txt", "03_en.txt"], 1)])

# c05: in-corpus scoop by Les Echos ("a appris « Les Echos » de source proche de l'enquête", "Selon
# nos informations", two anonymous former employees); it is an uncredited close Italian translation
# published the next morning (same structure and quotes; "secondo quanto si apprende da fonte vicina
# all'indagine", "precisa la stessa fonte", no credit): edge from Les Echos; en (no date line) "Les
# Echos reported on Wednesday, citing a person close to the investigation" + "according to the French
# business daily" + "Les Echos added"; uk "Про це пише французьке ділове видання Les Echos з
# посиланням на джерело, близьке до слідства" + "За даними Les Echos" + "повідомляє газета".
story("c05_translation_staking_ponzi", "translation", {
"00_fr.txt": """Cryptoactifs : le fondateur de Lumeno placé en garde à vue
Les Echos
22 sept. 2027, 18:30

Thibault Vasseur, fondateur de la plateforme de placements en cryptoactifs Lumeno, a été placé en garde à vue mercredi matin dans les locaux de l'Office central pour la répression de la grande délinquance financière (OCRGDF), à Nanterre, a appris « Les Echos » de source proche de l'enquête.

Les enquêteurs soupçonnent l'entrepreneur lyonnais de 39 ans d'avoir fait fonctionner Lumeno comme une pyramide de Ponzi : les rendements de 18 % par an promis aux quelque 23 000 clients de la plateforme auraient en réalité été versés grâce aux dépôts des nouveaux venus. Selon nos informations, les sommes collectées depuis 2021 atteignent environ 140 millions d'euros.

Le parquet de Paris avait ouvert en juin une information judiciaire pour escroquerie en bande organisée, abus de confiance et blanchiment. Deux autres dirigeants de la société ont également été interpellés mercredi, précise la même source.

Deux anciens salariés de Lumeno, qui ont requis l'anonymat, décrivent une entreprise où « personne, à part le fondateur, n'avait accès aux portefeuilles ». « On nous expliquait que le staking rapportait mécaniquement. Quand on posait des questions sur les chiffres, on nous répondait que c'était confidentiel », raconte l'un d'eux.

Lumeno, qui revendiquait le titre de « fintech la plus rentable de France », avait suspendu les retraits de ses clients en mai, invoquant une « migration technique ». L'Autorité des marchés financiers avait pour sa part inscrit la société sur sa liste noire dès le mois de mars.

Sollicité par « Les Echos », l'avocat de Thibault Vasseur, Me Antoine Delorme, n'a pas souhaité faire de commentaire.
""",
"01_it.txt": """Cripto, il fondatore della piattaforma francese Lumeno in stato di fermo
Milano Finanza
23 settembre 2027, ore 7:10

Thibault Vasseur, fondatore della piattaforma francese di investimenti in cripto-attività Lumeno, è stato posto in stato di fermo mercoledì mattina negli uffici dell'Office central pour la répression de la grande délinquance financière (OCRGDF) a Nanterre, secondo quanto si apprende da fonte vicina all'indagine.

Gli investigatori sospettano che l'imprenditore lionese, 39 anni, abbia gestito Lumeno come uno schema Ponzi: i rendimenti del 18% annuo promessi ai circa 23mila clienti della piattaforma sarebbero stati pagati in realtà con i depositi dei nuovi arrivati. Le somme raccolte dal 2021 ammonterebbero a circa 140 milioni di euro.

La Procura di Parigi aveva aperto a giugno un'inchiesta giudiziaria per truffa in banda organizzata, appropriazione indebita e riciclaggio. Altri due dirigenti della società sono stati fermati mercoledì, precisa la stessa fonte.

Due ex dipendenti di Lumeno, che hanno chiesto l'anonimato, descrivono un'azienda in cui «nessuno, a parte il fondatore, aveva accesso ai portafogli». «Ci spiegavano che lo staking rendeva in automatico. Quando facevamo domande sui numeri, ci rispondevano che era riservato», racconta uno di loro.

Lumeno, che si presentava come «la fintech più redditizia di Francia», aveva sospeso i prelievi dei clienti a maggio, invocando una «migrazione tecnica». L'Autorità dei mercati finanziari francese (AMF) aveva inserito la società nella sua lista nera già a marzo.

Contattato, l'avvocato di Vasseur, Antoine Delorme, non ha voluto commentare.
""",
"02_en.txt": """Founder of French crypto platform Lumeno held in fraud probe
Financial Times

The founder of French crypto investment platform Lumeno has been taken into police custody as part of a fraud investigation into a business that raised about €140mn from retail savers, Les Echos reported on Wednesday, citing a person close to the investigation.

Thibault Vasseur, 39, was being questioned by officers of France's central office for serious financial crime in Nanterre, west of Paris, according to the French business daily. Investigators suspect that the 18 per cent annual returns Lumeno promised its roughly 23,000 customers were in fact paid out of new deposits, the paper said.

Paris prosecutors opened a judicial investigation in June into suspected organised fraud, breach of trust and money laundering, Les Echos added. Two other executives were also detained on Wednesday.

Lumeno, founded in Lyon in 2021, had billed itself as France's most profitable fintech and attracted customers with promises of "staking" returns — rewards paid for locking up tokens to help secure blockchain networks. It froze customer withdrawals in May, citing a "technical migration".

France's markets regulator, the AMF, had added the company to its blacklist of unauthorised crypto providers in March.

Vasseur's lawyer declined to comment to Les Echos. Lumeno did not respond to a request for comment from the Financial Times.
""",
"03_uk.txt": """У Франції затримали засновника криптоплатформи Lumeno, яку підозрюють у схемі Понці
LIGA.net
23.09.2027 09:40

Засновника французької платформи для інвестицій у криптоактиви Lumeno Тібо Вассера затримали в середу в Нантері під Парижем. Про це пише французьке ділове видання Les Echos з посиланням на джерело, близьке до слідства.

За даними Les Echos, слідчі підозрюють, що Lumeno працювала як піраміда Понці: обіцяні приблизно 23 тисячам клієнтів 18% річних насправді виплачували з внесків нових учасників. Загалом платформа з 2021 року зібрала близько 140 млн євро.

Разом із 39-річним засновником затримали ще двох керівників компанії, повідомляє газета. Адвокат Вассера від коментарів відмовився.

Колишні співробітники Lumeno, на яких посилається видання, розповіли, що доступу до криптогаманців компанії не мав ніхто, крім засновника. «Коли ми питали про цифри, нам відповідали, що це конфіденційно», — цитує Les Echos одного з них.

Lumeno позиціонувала себе як «найприбутковіший фінтех Франції». У травні платформа заблокувала виведення коштів, пояснивши це «технічною міграцією». Французький регулятор фінансових ринків AMF ще в березні вніс компанію до свого чорного списку.
""",
}, [("Les Echos", True)],
[("Les Echos", "01_it.txt"), ("Les Echos", "02_en.txt"), ("Les Echos", "03_uk.txt")],
[("Lumeno founder Thibault Vasseur was taken into police custody.",
  ["00_fr.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Lumeno collected about 140 million euros from some 23,000 clients.",
  ["00_fr.txt", "01_it.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Paris prosecutors opened a judicial investigation in June for organised fraud.",
  ["00_fr.txt", "01_it.txt", "02_en.txt"], 1)])

# c06: a person's own post outside the corpus: Velkora CEO Marius Kalvaitis on X. en "said in a
# post on X" + "Kalvaitis wrote" + "according to the post"; de (Der Spiegel) "Das schrieb … am
# Dienstag auf der Plattform X" + own confirmation "Auf SPIEGEL-Anfrage bestätigte eine
# Unternehmenssprecherin" + "teilte dem SPIEGEL mit": edge from Kalvaitis AND Der Spiegel is an
# in-corpus origin; uk "Про це у вівторок написав у соцмережі X" + "йдеться в дописі"; pl
# "poinformował we wtorek na platformie X" + "napisał Kalvaitis w swoim wpisie"; it "Ad annunciarlo
# … con un post su X" + "Secondo quanto confermato al settimanale tedesco Der Spiegel": two edges
# (Kalvaitis, Der Spiegel).
story("c06_post_lender_insolvency", "social_post_own_confirmation", {
"00_en.txt": """Crypto lender Velkora halts withdrawals, CEO says firm will file for insolvency
The Block
October 5, 2027, 3:42PM UTC

Vilnius-based crypto lender Velkora has suspended all withdrawals, swaps and transfers and will file for insolvency in Lithuania, its co-founder and chief executive Marius Kalvaitis said in a post on X on Tuesday.

"Today we made the hardest decision in Velkora's history," Kalvaitis wrote. "Loan defaults by two institutional borrowers and a wave of withdrawals over the past ten days have left us unable to meet our obligations."

The company would ask a Vilnius court to open insolvency proceedings "within days," according to the post, which did not say how much customer money is held on the platform.

Kalvaitis also apologized directly to users. "I failed you, and I am sorry," he wrote, adding that he would "personally cooperate with every authority."

Velkora, launched in 2020, offered yields of up to 11% on stablecoin deposits and lent customer assets to trading firms and market makers. It was registered as a virtual asset service provider in Lithuania.

Withdrawal requests on the platform had been piling up since late September, when users on Reddit and Telegram began complaining of delays of several days. Velkora's VLK token fell 74% in the 24 hours after Kalvaitis' post.
""",
"01_de.txt": """Krypto-Verleiher Velkora stoppt Auszahlungen – auch Tausende Deutsche betroffen
Der Spiegel
05.10.2027, 19.04 Uhr

Der litauische Krypto-Kreditanbieter Velkora hat alle Auszahlungen gestoppt und will Insolvenz anmelden. Das schrieb Mitgründer und Vorstandschef Marius Kalvaitis am Dienstag auf der Plattform X. Zwei institutionelle Kreditnehmer hätten ihre Darlehen nicht zurückgezahlt, zugleich hätten Kunden in den vergangenen zehn Tagen massenhaft Geld abgezogen, begründete Kalvaitis den Schritt.

Auf SPIEGEL-Anfrage bestätigte eine Unternehmenssprecherin in Vilnius die Angaben. Betroffen seien rund 38.000 Kundinnen und Kunden, davon etwa 6000 in Deutschland, sagte sie. Die Summe der Kundeneinlagen bezifferte sie auf „etwas mehr als 170 Millionen Euro“. Wie viel davon noch vorhanden ist, wollte die Sprecherin nicht sagen.

Velkora hatte mit Zinsen von bis zu elf Prozent auf Einlagen in sogenannten Stablecoins geworben und die Kundengelder an Handelsfirmen verliehen. Das Geschäftsmodell erinnert an die US-Krypto-Verleiher Celsius und BlockFi, die 2022 zusammengebrochen waren.

Die Finanzaufsicht Bafin teilte dem SPIEGEL mit, Velkora habe keine Erlaubnis für Geschäfte in Deutschland besessen. Verbraucherschützer raten Betroffenen, ihre Forderungen zu dokumentieren und Screenshots ihrer Kontostände zu sichern. Ob deutsche Kundinnen und Kunden im litauischen Insolvenzverfahren nennenswerte Summen zurückbekommen, ist offen.
""",
"02_uk.txt": """Литовська криптоплатформа Velkora зупинила виведення коштів і готується до банкрутства
НВ
5 жовтня 2027, 18:20

Литовський криптовалютний кредитний сервіс Velkora призупинив усі виведення коштів, обміни та перекази і найближчими днями подасть заяву про неплатоспроможність. Про це у вівторок написав у соцмережі X співзасновник і генеральний директор компанії Маріус Калвайтіс.

За словами Калвайтіса, до такого рішення призвели дефолти двох інституційних позичальників і хвиля виведення коштів за останні десять днів. «Сьогодні ми ухвалили найважче рішення в історії Velkora», — написав він.

Очільник компанії окремо звернувся до клієнтів із вибаченнями: «Я вас підвів, і мені шкода». Калвайтіс також пообіцяв «особисто співпрацювати з кожним органом влади».

Velkora працює з 2020 року й пропонувала до 11% річних на депозити в стейблкоїнах, позичаючи кошти клієнтів трейдинговим компаніям і маркетмейкерам. Скільки українців користувалися сервісом, невідомо.

Заяву до суду у Вільнюсі буде подано «протягом кількох днів», йдеться в дописі. Даних про обсяг клієнтських коштів на платформі він не містить.
""",
"03_pl.txt": """Velkora wstrzymuje wypłaty. Prezes: „Zawiodłem was“
Business Insider Polska
2027-10-05T17:55:00+02:00

Litewska platforma pożyczek kryptowalutowych Velkora wstrzymała wszystkie wypłaty, wymiany i przelewy. Spółka zamierza złożyć w Wilnie wniosek o ogłoszenie niewypłacalności – poinformował we wtorek na platformie X jej współzałożyciel i prezes Marius Kalvaitis.

Jako przyczynę podał niespłacenie pożyczek przez dwóch instytucjonalnych kredytobiorców oraz falę wypłat z ostatnich dziesięciu dni. „Zawiodłem was i bardzo mi przykro“ – napisał Kalvaitis w swoim wpisie, zwracając się do klientów.

Velkora działała od 2020 r. i oferowała nawet 11 proc. rocznie od depozytów w stablecoinach. Środki klientów platforma pożyczała firmom tradingowym i animatorom rynku. Z usług spółki korzystali również klienci z Polski, jednak ich liczba nie jest znana.

Wniosek do sądu ma zostać złożony „w ciągu kilku dni“. Prezes Velkory nie podał, ile pieniędzy klientów znajduje się obecnie na platformie.

Przypadek Velkory przypomina upadki amerykańskich pożyczkodawców Celsius i BlockFi z 2022 r., po których tysiące klientów przez lata czekały na odzyskanie choćby części środków.
""",
"04_it.txt": """Cripto, la piattaforma lituana Velkora blocca i prelievi e va verso l'insolvenza
la Repubblica
6 ottobre 2027

La piattaforma lituana di prestiti in criptovalute Velkora ha bloccato tutti i prelievi e si prepara a chiedere l'insolvenza. Ad annunciarlo è stato martedì, con un post su X, il cofondatore e amministratore delegato Marius Kalvaitis, che ha attribuito il crollo al mancato rimborso dei prestiti da parte di due grandi clienti istituzionali e a un'ondata di ritiri negli ultimi dieci giorni.

Secondo quanto confermato al settimanale tedesco Der Spiegel da una portavoce della società, i clienti coinvolti sono circa 38mila, di cui circa 6mila in Germania, e i depositi superano di poco i 170 milioni di euro. Non è chiaro quanti siano gli italiani.

Velkora prometteva rendimenti fino all'11% annuo sui depositi in stablecoin e prestava il denaro dei clienti a società di trading. Un modello simile a quello di Celsius e BlockFi, i due prestatori americani falliti nel 2022 lasciando migliaia di risparmiatori in attesa dei rimborsi.

La richiesta di insolvenza sarà presentata a un tribunale di Vilnius «entro pochi giorni», ha scritto Kalvaitis, promettendo piena collaborazione con le autorità.
""",
}, [("Marius Kalvaitis", False), ("Der Spiegel", True)],
[("Marius Kalvaitis", "00_en.txt"), ("Marius Kalvaitis", "01_de.txt"),
 ("Marius Kalvaitis", "02_uk.txt"), ("Marius Kalvaitis", "03_pl.txt"),
 ("Marius Kalvaitis", "04_it.txt"), ("Der Spiegel", "04_it.txt")],
[("The Lithuanian crypto lender Velkora suspended all withdrawals.",
  ["00_en.txt", "01_de.txt", "02_uk.txt", "03_pl.txt", "04_it.txt"], 2),
 ("Velkora will file for insolvency in Lithuania.",
  ["00_en.txt", "01_de.txt", "02_uk.txt", "03_pl.txt", "04_it.txt"], 2),
 ("Kalvaitis apologised to customers, writing that he had failed them.",
  ["00_en.txt", "02_uk.txt", "03_pl.txt"], 1)])

# c07: two independent in-corpus reports of a raid on a Dnipro call centre. Gazeta Wyborcza: own
# ("jak ustaliła „Wyborcza“", "Z dokumentów prokuratury …, do których dotarliśmy", an anonymous
# investigator "mówi nam"); Українська правда: own ("Про це «Українській правді» розповіли два
# джерела в Національній поліції" (dat.), "За словами співрозмовників УП"). de credits both ("Das
# berichten übereinstimmend die polnische Zeitung Gazeta Wyborcza und das ukrainische Nachrichtenportal
# Ukrajinska Prawda" + "Nach Angaben der Wyborcza" + "Die Ukrajinska Prawda schreibt unter Berufung
# auf"): two edges. ru (Meduza, no outlet line, title suffix) "Об этом сообщила «Украинская правда» со
# ссылкой на" + "По данным издания" + "цитирует «Украинская правда»"; fr "selon le quotidien polonais
# Gazeta Wyborcza" + "consultés par le journal" + "a confié à la Wyborcza" + "rapporte le journal".
story("c07_independent_call_centre_raid", "independent", {
"00_pl.txt": """Nalot na call center w Dnieprze. Oszukiwali Polaków na „inwestycje w kryptowaluty“
Gazeta Wyborcza
16 listopada 2027, 20:15

Ukraińska policja przy udziale funkcjonariuszy polskiego Centralnego Biura Zwalczania Cyberprzestępczości weszła we wtorek do biura w Dnieprze, z którego – jak ustaliła „Wyborcza“ – od co najmniej dwóch lat dzwoniono do Polaków z ofertą inwestycji w kryptowaluty na fałszywej platformie Altavera Invest.

Z dokumentów prokuratury w Katowicach, do których dotarliśmy, wynika, że poszkodowanych jest co najmniej 870 osób z całej Polski, a ich łączne straty przekraczają 23 mln zł. Konsultanci podawali się za „analityków rynku“ i przekonywali ofiary do instalowania na komputerach programów do zdalnego pulpitu.

„To była fabryka. Mieli scenariusze rozmów po polsku, niemiecku i czesku, a nawet tabelę z »premiami« za każdego klienta, który wpłacił ponad 50 tys. zł“ – mówi nam śledczy zaangażowany w sprawę, który prosi o anonimowość, bo postępowanie jest w toku.

Jedną z ofiar jest 68-letnia emerytka z Sosnowca, która straciła oszczędności życia – 410 tys. zł. Pieniądze przelewała na konta na Litwie i Cyprze, a następnie kupowała za nie kryptowaluty, które trafiały na wskazane przez „doradcę“ portfele.

Prokuratura Regionalna w Katowicach prowadzi śledztwo w tej sprawie od lutego. Jej rzecznik potwierdził nam jedynie, że „trwają czynności z udziałem strony ukraińskiej“, odmawiając podania szczegółów.
""",
"01_uk.txt": """У Дніпрі накрили кол-центр, який ошукував європейців на фейкових криптоінвестиціях
Українська правда
Tue, 16 Nov 2027 21:40:00 +0200

У Дніпрі правоохоронці провели обшуки в кол-центрі, працівники якого від імені фейкової інвестиційної платформи Altavera Invest виманювали гроші в мешканців Польщі, Німеччини та Чехії. Про це «Українській правді» розповіли два джерела в Національній поліції.

За словами співрозмовників УП, у вівторок під час операції затримали 14 осіб, серед них — двох ймовірних організаторів схеми, громадян України віком 31 і 35 років. В офісі на лівому березі Дніпра вилучили понад 120 комп'ютерів, сім-картки польських і німецьких операторів та чорнову бухгалтерію.

«Там працювали переважно студенти зі знанням польської та німецької. Їм платили ставку плюс відсоток від "депозитів" жертв», — сказав один зі співрозмовників видання.

Операцію проводили спільно з польськими колегами, додали джерела. Офіційно в Нацполіції ситуацію поки не коментують.

Це не перша подібна історія в Дніпрі: місто вже неодноразово опинялося в центрі скандалів довкола шахрайських кол-центрів, орієнтованих на клієнтів з Європейського Союзу. Зазвичай такі офіси маскуються під IT-компанії або служби підтримки.
""",
"02_de.txt": """Razzia in Dnipro: Callcenter soll Europäer mit Fake-Kryptoanlagen betrogen haben
Süddeutsche Zeitung
17. November 2027, 10:05 Uhr

In der ukrainischen Stadt Dnipro haben Ermittler ein Callcenter durchsucht, von dem aus Anleger in Polen, Deutschland und Tschechien mit angeblichen Kryptoinvestments betrogen worden sein sollen. Das berichten übereinstimmend die polnische Zeitung Gazeta Wyborcza und das ukrainische Nachrichtenportal Ukrajinska Prawda.

Die Betrüger gaben sich den Berichten zufolge als Analysten der Plattform Altavera Invest aus und überredeten ihre Opfer am Telefon, Fernwartungsprogramme auf ihren Computern zu installieren. Nach Angaben der Wyborcza ermittelt die Staatsanwaltschaft im polnischen Katowice bereits seit Februar; Hunderte Menschen sollen Geld verloren haben. Die Ukrajinska Prawda schreibt unter Berufung auf Quellen in der Nationalpolizei, dass bei dem Einsatz am Dienstag mehr als 120 Computer beschlagnahmt worden seien.

An der Aktion waren auch polnische Cyberermittler beteiligt. Auch deutsche Anleger dürften betroffen sein: In dem Büro soll es Gesprächsleitfäden auf Deutsch gegeben haben.

Das Bundeskriminalamt warnt seit Jahren vor sogenanntem Cyber-Trading-Betrug. Die Täter locken ihre Opfer meist über Werbeanzeigen in sozialen Netzwerken auf professionell gestaltete Plattformen, auf denen zunächst scheinbare Gewinne angezeigt werden. Auszahlungen gibt es dann nicht mehr.
""",
"03_ru.txt": """В Днепре провели обыски в колл-центре, обманывавшем европейцев на «криптоинвестициях» — Meduza
16 ноября 2027, 23:30

В Днепре полиция провела обыски в колл-центре, сотрудники которого от имени несуществующей инвестиционной платформы Altavera Invest выманивали деньги у жителей Польши, Германии и Чехии. Об этом сообщила «Украинская правда» со ссылкой на два источника в Национальной полиции Украины.

По данным издания, во время операции во вторник задержали 14 человек, в том числе двух предполагаемых организаторов — граждан Украины 31 и 35 лет. Из офиса изъяли более 120 компьютеров, польские и немецкие SIM-карты и черновую бухгалтерию.

«Там работали в основном студенты со знанием польского и немецкого. Им платили ставку плюс процент от "депозитов" жертв», — цитирует «Украинская правда» одного из собеседников.

Операцию, как пишет издание, проводили совместно с польскими полицейскими. Официально Нацполиция ситуацию пока не комментировала.

Мошеннические колл-центры, работающие на клиентов из Евросоюза, уже не раз обнаруживали в крупных городах Украины. Как правило, такие офисы маскируются под IT-компании или службы поддержки, а их сотрудники набираются через объявления о «работе с иностранными клиентами».
""",
"04_fr.txt": """Ukraine : un centre d'appels soupçonné d'avoir escroqué des centaines de Polonais perquisitionné à Dnipro
Libération
17/11/2027 12:30

La police ukrainienne, épaulée par des enquêteurs polonais spécialisés dans la cybercriminalité, a perquisitionné mardi un centre d'appels de Dnipro d'où des employés démarchaient des Polonais pour les inciter à investir dans des cryptomonnaies sur une fausse plateforme, Altavera Invest, selon le quotidien polonais Gazeta Wyborcza.

D'après des documents du parquet de Katowice consultés par le journal, au moins 870 personnes ont été victimes de l'escroquerie en Pologne, pour un préjudice total dépassant 23 millions de zlotys (environ 5,4 millions d'euros). Les faux « analystes » convainquaient leurs victimes d'installer sur leur ordinateur des logiciels de prise de contrôle à distance.

« C'était une usine », a confié à la Wyborcza un enquêteur sous couvert d'anonymat, évoquant des scripts d'appel en polonais, en allemand et en tchèque. Parmi les victimes figure une retraitée de 68 ans qui a perdu toutes ses économies, rapporte le journal.

Ces arnaques au faux placement se sont multipliées en Europe ces dernières années. Les escrocs attirent leurs cibles par des publicités sur les réseaux sociaux, affichent des gains fictifs sur des plateformes au design soigné, puis bloquent toute demande de retrait.
""",
}, [("Gazeta Wyborcza", True), ("Українська правда", True)],
[("Gazeta Wyborcza", "02_de.txt"), ("Українська правда", "02_de.txt"),
 ("Українська правда", "03_ru.txt"), ("Gazeta Wyborcza", "04_fr.txt")],
[("Police raided a call centre in Dnipro that defrauded Europeans through the fake crypto platform Altavera Invest.",
  ["00_pl.txt", "01_uk.txt", "02_de.txt", "03_ru.txt", "04_fr.txt"], 2),
 ("Polish victims lost more than 23 million zloty.",
  ["00_pl.txt", "04_fr.txt"], 1),
 ("Fourteen people were detained in the operation.",
  ["01_uk.txt", "03_ru.txt"], 1)])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, text in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
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
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 140 (invented); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
