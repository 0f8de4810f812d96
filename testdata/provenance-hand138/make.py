#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand138 set.

Prisons and the justice system. Real media names; every event, person, prison, figure and quote
is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# j01: in-corpus scoop by Corriere della Sera built on anonymous prison officers (the anonymous
# people belong to the origin); relayed by es, fr, en. it own "È quanto ha ricostruito il Corriere
# della Sera" + "ha raccontato un altro agente al Corriere"; es "según publica ... el diario milanés
# Corriere della Sera, que cita" + "De acuerdo con el relato del rotativo" + "añade el Corriere"; fr
# credit at the end "révèle le Corriere della Sera" + "Selon le quotidien milanais" + "précise le
# journal"; en "the Italian newspaper Corriere della Sera has reported" + "told the Milan-based daily".
story("j01_scoop_anonymous_escape_italy", "scoop", {
"00_it.txt": """Evasi in tre dal carcere di Roccaferrata: calati con le lenzuola dal muro di cinta, di guardia solo quattro agenti
Corriere della Sera
2027-03-08T07:45:00+01:00

Tre detenuti sono evasi nella notte tra domenica e lunedì dalla casa circondariale di Roccaferrata, nel basso Lazio, calandosi dal muro di cinta con una corda ricavata da lenzuola annodate. È quanto ha ricostruito il Corriere della Sera, che ha potuto parlare con tre agenti della polizia penitenziaria in servizio nell'istituto. Gli agenti hanno chiesto di restare anonimi perché non autorizzati a parlare con la stampa.

Secondo le loro testimonianze, i tre — due italiani di 31 e 44 anni e un albanese di 27, tutti in attesa di giudizio per rapina e traffico di stupefacenti — avrebbero segato le sbarre della finestra di un bagno della sezione B con una lama da seghetto entrata in carcere durante i colloqui. Poi hanno attraversato il cortile del passeggio e scavalcato il muro di sei metri proprio nel punto in cui la telecamera di sorveglianza era guasta «da almeno due mesi», come ci ha detto uno degli agenti.

«Quella notte eravamo in quattro per 210 detenuti. Il turno dovrebbe essere di nove persone», ha raccontato un altro agente al Corriere. L'allarme è scattato soltanto alle 5.40, durante la conta del mattino, oltre tre ore dopo la fuga.

La direttrice dell'istituto, Marina Ceccotti, non ha voluto commentare. Interpellato dal Corriere, il Dipartimento dell'amministrazione penitenziaria si è limitato a confermare «l'allontanamento di tre detenuti» e l'avvio delle ricerche. Posti di blocco sono stati istituiti su tutte le strade della provincia.

Il carcere di Roccaferrata, progettato per 140 persone, ne ospita oggi 210. Nel 2026, raccontano le nostre fonti, vi si erano già registrati due tentativi di evasione, entrambi sventati all'ultimo momento.
""",
"01_es.txt": """Tres presos se fugan de una cárcel italiana descolgándose con sábanas anudadas
El Mundo
8 de marzo de 2027, 12:10

Tres reclusos se fugaron en la madrugada del lunes de la prisión de Roccaferrata, en el sur de la región italiana del Lacio, tras descolgarse por el muro perimetral con una cuerda hecha de sábanas, según publica este lunes el diario milanés Corriere della Sera, que cita a varios agentes de la policía penitenciaria bajo condición de anonimato.

Los fugados, dos italianos de 31 y 44 años y un albanés de 27, estaban en prisión preventiva por robo y narcotráfico. De acuerdo con el relato del rotativo, serraron los barrotes de la ventana de un baño con una hoja de sierra que habría entrado en la cárcel durante las visitas, cruzaron el patio y saltaron un muro de seis metros justo donde una cámara de vigilancia llevaba meses averiada.

"Esa noche éramos cuatro para 210 presos. El turno debería ser de nueve", dijo uno de los funcionarios al periódico italiano. La alarma no saltó hasta las 5.40, durante el recuento de la mañana, más de tres horas después de la huida, añade el Corriere.

La directora del centro rehusó hacer declaraciones, y el Departamento de Administración Penitenciaria se limitó a confirmar "el alejamiento de tres reclusos" y el inicio de la búsqueda. La cárcel, diseñada para 140 internos, acoge actualmente a 210.

Los sindicatos de funcionarios de prisiones italianos denuncian desde hace años la falta crónica de personal en las cárceles del país, uno de los problemas que Roma arrastra junto con el hacinamiento.
""",
"02_fr.txt": """Italie : trois détenus s'évadent à l'aide de draps noués, quatre surveillants pour 210 prisonniers
Le Figaro
08/03/2027 à 15:32

Ils n'étaient que quatre surveillants pour 210 détenus. Trois prisonniers se sont évadés dans la nuit de dimanche à lundi de la maison d'arrêt de Roccaferrata, dans le sud du Latium, en descendant le mur d'enceinte à l'aide d'une corde de draps noués, révèle le Corriere della Sera.

Selon le quotidien milanais, qui s'appuie sur les témoignages d'agents pénitentiaires s'exprimant sous couvert d'anonymat, les trois hommes – deux Italiens de 31 et 44 ans et un Albanais de 27 ans, tous en détention provisoire – ont scié les barreaux d'une fenêtre des sanitaires avec une lame de scie introduite lors des parloirs. Ils ont ensuite franchi un mur de six mètres à l'endroit précis où la caméra de surveillance était en panne depuis des mois.

L'alerte n'a été donnée qu'à 5 h 40, lors de l'appel du matin, soit plus de trois heures après la fuite, précise le journal. La directrice de l'établissement n'a pas souhaité s'exprimer ; l'administration pénitentiaire italienne s'est contentée de confirmer « l'éloignement de trois détenus » et le lancement des recherches.

Conçue pour 140 personnes, la prison en accueille aujourd'hui 210. La surpopulation carcérale est un mal chronique en Italie, qui a déjà été condamnée pour ce motif par la Cour européenne des droits de l'homme.
""",
"03_en.txt": """Three inmates escape Italian jail on knotted bedsheets as four guards watch 210 prisoners
The Guardian
Mon 8 Mar 2027 18.05 GMT

Three prisoners escaped from a jail in central Italy overnight by climbing down its perimeter wall on a rope made of knotted bedsheets, at a time when only four guards were on duty for 210 inmates, the Italian newspaper Corriere della Sera has reported.

The men, two Italians aged 31 and 44 and a 27-year-old Albanian, all awaiting trial on robbery and drug trafficking charges, sawed through the bars of a bathroom window at the prison in Roccaferrata, south of Rome, with a blade smuggled in during visits, according to prison officers who spoke to Corriere on condition of anonymity.

They then crossed the exercise yard and scaled the six-metre wall at a spot where a CCTV camera had been broken for at least two months, one officer told the Milan-based daily. The escape was noticed only at 5.40am during the morning headcount, more than three hours later.

"That night we were four for 210 inmates. The shift is supposed to be nine people," another officer was quoted as saying.

The prison's director declined to comment. Italy's prison administration department confirmed only "the departure of three detainees" and said a search was under way, with roadblocks set up across the province.

The jail was built for 140 people. Corriere's sources said two earlier escape attempts there had been foiled last year. Italian prison officers' unions have for years warned of staff shortages across the country's overcrowded prison system.
""",
}, [{"name": "Corriere della Sera", "in_corpus": True}],
[{"origin": "Corriere della Sera", "article": a} for a in ("01_es.txt", "02_fr.txt", "03_en.txt")],
[
 {"text": "Three inmates escaped overnight from the Roccaferrata prison by climbing down the perimeter wall on a rope of knotted bedsheets.",
  "articles": ["00_it.txt", "01_es.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Only four guards were on duty for 210 inmates on the night of the escape.",
  "articles": ["00_it.txt", "01_es.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The alarm was raised only at 5.40 during the morning count, more than three hours after the escape.",
  "articles": ["00_it.txt", "01_es.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
])

# j02: chain. Медиазона own report (relatives of inmates, a video it obtained, the regional FSIN's
# reply to its query) -> Reuters (credits Mediazona; its own unanswered request and "could not
# independently verify" add no reporting) -> Folha de S.Paulo ("informou ... a agência de notícias
# Reuters, com base em reportagem do site independente russo Mediazona") and la Repubblica ("Lo
# riferisce la Reuters, che riprende quanto pubblicato dal sito ... Mediazona" + "scrive l'agenzia
# britannica"): both get the edge from Reuters. Суспільне takes it directly: "Про це пише ...
# «Медіазона»" + "розповіли «Медіазоні»" (dat.) + "За даними «Медіазони»" (gen.).
story("j02_chain_colony_riot", "chain", {
"00_ru.txt": """«Они просто перестали выходить на проверку»: в ИК-31 в Ельничном заключённые забаррикадировались в промзоне после смерти осуждённого
Медиазона
2027-04-13 10:20

В исправительной колонии №31 в посёлке Ельничный Свердловской области в ночь на 13 апреля около 150 заключённых отказались возвращаться в бараки и забаррикадировались в промзоне. Как стало известно «Медиазоне», протест начался после того, как в штрафном изоляторе колонии умер 38-летний осуждённый Руслан Гайнуллин, которого, по словам соседей по камере, несколько дней не выпускали к врачу.

Об этом «Медиазоне» рассказали родственники трёх заключённых, которые ночью дозвонились до них с нелегальных телефонов. «Они просто перестали выходить на проверку. Сказали: пока не приедет прокурор, никто никуда не пойдёт», — говорит жена одного из осуждённых, попросившая не называть её имени.

В распоряжении редакции есть видео продолжительностью около 40 секунд, снятое, судя по всему, внутри промзоны: на нём видны перевёрнутые станки и костёр у входа в цех. «Медиазона» не смогла установить, когда именно снята запись, однако двое собеседников опознали на ней помещения колонии.

Утром 13 апреля, по словам родственников, в колонию въехали несколько автобусов со спецназом ФСИН. Что происходило дальше, неизвестно: связь с заключёнными пропала.

В пресс-службе ГУФСИН по Свердловской области на запрос «Медиазоны» ответили, что «в учреждении проводятся плановые режимные мероприятия» и «обстановка контролируется». О смерти Гайнуллина в ведомстве не упомянули.

ИК-31 — колония строгого режима, рассчитанная на 1200 человек. Ещё в 2025 году правозащитники жаловались на избиения осуждённых в её штрафном изоляторе.
""",
"01_en.txt": """Inmates barricade themselves in Russian penal colony after prisoner's death, Mediazona reports
Reuters
2027-04-13T13:05:00Z

About 150 inmates at a strict-regime penal colony in Russia's Sverdlovsk region refused to return to their barracks and barricaded themselves in the workshop zone after a fellow prisoner died in a punishment cell, independent Russian news outlet Mediazona reported on Tuesday.

Citing relatives of three prisoners who had reached them on illicit mobile phones, Mediazona said the protest at Penal Colony No. 31 in the settlement of Yelnichny began overnight after 38-year-old Ruslan Gainullin died in the colony's punishment cell. Cellmates said he had been denied a doctor for several days, the outlet reported.

Mediazona also published a roughly 40-second video it said had been filmed inside the workshop zone, showing overturned machine tools and a fire near a doorway. Reuters could not independently verify the video or the outlet's account.

Relatives told Mediazona that several buses carrying special forces of the Federal Penitentiary Service (FSIN) entered the colony on Tuesday morning, after which contact with the inmates was lost.

The regional branch of the FSIN told Mediazona that "scheduled security measures" were under way and the situation was under control. It did not mention Gainullin's death. The FSIN did not immediately respond to a Reuters request for comment.

Riots in Russian prisons are rarely reported, and information about them usually emerges through relatives and human rights groups.
""",
"02_pt.txt": """Presos se rebelam em colônia penal na Rússia após morte de detento, diz agência
Folha de S.Paulo
13.abr.2027 às 16h30

Cerca de 150 presos de uma colônia penal de regime rigoroso na região de Sverdlovsk, nos montes Urais, se recusaram a voltar aos alojamentos e se entrincheiraram na área das oficinas depois da morte de um detento numa cela de isolamento, informou nesta terça-feira (13) a agência de notícias Reuters, com base em reportagem do site independente russo Mediazona.

Segundo a agência, o protesto na Colônia Penal nº 31, no povoado de Ielnitchni, começou durante a madrugada, depois que Ruslan Gainullin, 38, morreu na solitária. Companheiros de cela afirmam que ele passou dias sem atendimento médico.

Um vídeo de cerca de 40 segundos mostra máquinas reviradas e uma fogueira perto de uma porta. A Reuters disse não ter conseguido verificar as imagens de forma independente.

Ainda de acordo com a Reuters, ônibus com tropas especiais do Serviço Penitenciário Federal (FSIN) entraram na colônia na manhã de terça, e desde então os parentes perderam o contato com os presos. O órgão regional afirmou que a situação está sob controle, mas não mencionou a morte do detento.

Rebeliões em prisões russas raramente vêm a público e, quando isso acontece, costuma ser por meio de familiares e de organizações de direitos humanos.
""",
"03_it.txt": """Russia, rivolta in una colonia penale degli Urali dopo la morte di un detenuto
la Repubblica
13 aprile 2027

Una rivolta è scoppiata nella notte in una colonia penale a regime duro nella regione di Sverdlovsk, negli Urali: circa 150 detenuti si sono rifiutati di rientrare nelle baracche e si sono barricati nella zona dei laboratori. Lo riferisce la Reuters, che riprende quanto pubblicato dal sito d'informazione indipendente Mediazona.

La protesta, scrive l'agenzia britannica, è esplosa dopo la morte di Ruslan Gainullin, 38 anni, deceduto in una cella di isolamento della Colonia n. 31 di Yelnichny. Secondo i compagni di cella, per giorni gli sarebbe stato negato un medico.

In un video di una quarantina di secondi si vedono macchinari rovesciati e un fuoco acceso davanti a un ingresso. Le immagini non sono state verificate in modo indipendente.

Martedì mattina nella colonia sono entrati diversi autobus di forze speciali del Servizio penitenziario federale; da allora i familiari non riescono più a comunicare con i detenuti. Le autorità regionali parlano di «misure di sicurezza programmate» e di una situazione «sotto controllo».

Le rivolte nelle carceri russe sono rare, o almeno raramente se ne ha notizia: le informazioni arrivano quasi sempre dai parenti dei detenuti o dalle organizzazioni per i diritti umani.
""",
"04_uk.txt": """У російській колонії на Уралі в'язні забарикадувалися в промзоні після смерті засудженого — «Медіазона»
Суспільне Новини
13 квітня 2027, 12:47

У виправній колонії №31 у селищі Єльничний Свердловської області Росії близько 150 ув'язнених відмовилися повертатися до бараків і забарикадувалися в промзоні. Про це пише російське незалежне видання «Медіазона».

Протест почався після смерті 38-річного засудженого Руслана Гайнулліна у штрафному ізоляторі колонії. За словами сусідів по камері, його кілька днів не випускали до лікаря. Родичі трьох в'язнів розповіли «Медіазоні», що ті зателефонували їм уночі з нелегальних телефонів.

«Вони просто перестали виходити на перевірку. Сказали: поки не приїде прокурор, ніхто нікуди не піде», — цитує видання дружину одного із засуджених.

За даними «Медіазони», вранці 13 квітня до колонії заїхали кілька автобусів зі спецпризначенцями ФСВП Росії, після чого зв'язок з ув'язненими зник. У регіональному управлінні відомства виданню відповіли, що там тривають «планові режимні заходи».

У розпорядженні «Медіазони» також є відео, на якому видно перекинуті верстати й багаття біля входу до цеху. Колонія №31 — установа суворого режиму, розрахована на 1200 осіб.
""",
}, [{"name": "Медиазона", "in_corpus": True}],
[{"origin": "Медиазона", "article": "01_en.txt"},
 {"origin": "Reuters", "article": "02_pt.txt"},
 {"origin": "Reuters", "article": "03_it.txt"},
 {"origin": "Медиазона", "article": "04_uk.txt"}],
[
 {"text": "About 150 inmates at Penal Colony No. 31 in Yelnichny refused to return to their barracks and barricaded themselves in the workshop zone.",
  "articles": ["00_ru.txt", "01_en.txt", "02_pt.txt", "03_it.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "The protest began after inmate Ruslan Gainullin, 38, died in the colony's punishment cell, having reportedly been denied a doctor.",
  "articles": ["00_ru.txt", "01_en.txt", "02_pt.txt", "03_it.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "Buses with penitentiary special forces entered the colony in the morning, after which contact with the inmates was lost.",
  "articles": ["00_ru.txt", "01_en.txt", "02_pt.txt", "03_it.txt", "04_uk.txt"], "independent_sources": 1},
])

# j03: institution-published origin outside the corpus: a monitoring report posted on the website of
# the Ukrainian Parliament Commissioner for Human Rights (ombudsman). uk "Про це йдеться у звіті ...,
# який оприлюднили на офіційному сайті Уповноваженого" + "Як зазначається в документі"; ru (no date
# line) "говорится в отчёте Уполномоченного Верховной Рады по правам человека, обнародованном ... на
# официальном сайте"; en "Ukraine's parliamentary human rights commissioner said in a report
# published on May 18" + own confirmation: two lawyers and a former detainee "told the Kyiv
# Independent" -> The Kyiv Independent is an in-corpus origin too; fr "c'est le constat dressé par
# le commissaire aux droits humains du Parlement ukrainien dans un rapport mis en ligne" + "Selon le
# médiateur". The Justice Ministry's silence is no origin.
story("j03_ombudsman_report_sizo", "institution", {
"00_uk.txt": """У Вербичанському СІЗО 140 людей утримують у камерах, розрахованих на 90, — звіт Омбудсмана
Укрінформ
18.05.2027 14:35

У Вербичанському слідчому ізоляторі 140 ув'язнених утримують у камерах, загальна площа яких розрахована на 90 осіб, а гарячої води в установі немає з лютого. Про це йдеться у звіті за результатами моніторингового візиту Національного превентивного механізму, який оприлюднили на офіційному сайті Уповноваженого Верховної Ради України з прав людини.

Як зазначається в документі, моніторингова група відвідала ізолятор 22–23 квітня без попередження. У 17 із 31 камери на одну людину припадає менше ніж 2,5 квадратного метра, тобто менше від встановленої законом норми. В окремих камерах ув'язнені сплять по черзі.

Окремо Омбудсман звертає увагу на те, що 12 ув'язнених із діагностованим туберкульозом не ізольовані від інших, а медична частина працює без лікаря-фтизіатра з минулої осені.

«Умови тримання у Вербичанському СІЗО можуть бути кваліфіковані як нелюдське та таке, що принижує гідність, поводження», — йдеться у звіті.

Уповноважений рекомендував Міністерству юстиції протягом місяця перевести частину ув'язнених до інших установ, відновити гаряче водопостачання та забезпечити ізоляцію хворих. Звіт також надіслано до Офісу Генерального прокурора.

Національний превентивний механізм діє в Україні з 2012 року. Його представники мають право без попередження відвідувати будь-які місця несвободи — від СІЗО до психіатричних лікарень.
""",
"01_ru.txt": """Омбудсмен: в Вербичанском СИЗО 140 человек содержат в камерах на 90 мест, больные туберкулёзом не изолированы
Интерфакс-Украина

Киев. В Вербичанском следственном изоляторе 140 заключённых содержатся в камерах, рассчитанных на 90 человек, а горячей воды в учреждении нет с февраля. Об этом говорится в отчёте Уполномоченного Верховной Рады по правам человека, обнародованном во вторник на официальном сайте омбудсмена.

Согласно документу, мониторинговая группа Национального превентивного механизма посетила изолятор 22–23 апреля без предварительного уведомления. В 17 камерах из 31 на одного человека приходится менее 2,5 кв. м, в некоторых камерах заключённые спят по очереди.

В отчёте также указывается, что 12 заключённых с диагностированным туберкулёзом содержатся вместе с остальными, а в медчасти с осени нет врача-фтизиатра.

«Условия содержания в Вербичанском СИЗО могут быть квалифицированы как бесчеловечное и унижающее достоинство обращение», — отмечается в документе.

Омбудсмен рекомендовал Минюсту в течение месяца перевести часть заключённых в другие учреждения и обеспечить изоляцию больных. Отчёт направлен также в Офис генпрокурора.

В Министерстве юстиции на момент публикации ситуацию не прокомментировали.
""",
"02_en.txt": """Ombudsman finds 140 detainees crammed into space for 90 at Verbychansk pre-trial jail
The Kyiv Independent
May 18, 2027 6:10 PM

Detainees at a pre-trial detention centre in Verbychansk sleep in shifts and share cells with tuberculosis patients, Ukraine's parliamentary human rights commissioner said in a report published on May 18.

The report, posted on the ombudsman's website after an unannounced two-day visit by the National Preventive Mechanism in April, found 140 people held in cells designed for 90. In 17 of the facility's 31 cells, each detainee had less than 2.5 square metres of space, the document says.

Two lawyers representing detainees at the Verbychansk facility confirmed the conditions to the Kyiv Independent. "My client told me they take turns lying down. Four beds for seven men," said lawyer Yaroslav Tkachuk, whose client has been held there since December.

A former detainee, released in early May, told the Kyiv Independent that the cell he shared with eight others had one working light bulb and a toilet separated from the beds only by a curtain. "You stop noticing the cough after a week. That is the frightening part," he said, asking not to be named.

According to the ombudsman, 12 detainees diagnosed with tuberculosis are not isolated from others, and the medical unit has had no TB specialist since last autumn.

The ombudsman recommended that the Justice Ministry transfer some of the detainees to other facilities within a month. The ministry did not respond to the Kyiv Independent's request for comment by the time of publication.

Human rights groups have long criticised conditions in Ukraine's pre-trial detention centres, many of which occupy buildings more than a century old.
""",
"03_fr.txt": """Ukraine : le médiateur dénonce des conditions « inhumaines » dans une maison d'arrêt surpeuplée
Le Monde
19 mai 2027

Cent quarante détenus entassés dans des cellules prévues pour 90, des malades de la tuberculose mêlés aux autres prisonniers et pas d'eau chaude depuis février : c'est le constat dressé par le commissaire aux droits humains du Parlement ukrainien dans un rapport mis en ligne mardi 18 mai sur son site.

Le document porte sur la maison d'arrêt de Verbytchansk, visitée à l'improviste les 22 et 23 avril par les équipes du mécanisme national de prévention de la torture. Dans 17 des 31 cellules, chaque détenu dispose de moins de 2,5 m², relève le rapport, et dans certaines, les prisonniers dorment à tour de rôle.

Selon le médiateur, douze détenus atteints de tuberculose ne sont pas isolés, et le service médical fonctionne sans pneumologue depuis l'automne. Les conditions de détention « peuvent être qualifiées de traitement inhumain et dégradant », écrit-il.

L'institution recommande au ministère de la justice de transférer une partie des détenus d'ici un mois, de rétablir l'eau chaude et d'isoler les malades. Le rapport a également été transmis au parquet général.

Depuis 2012, les équipes du médiateur peuvent se rendre sans préavis dans tous les lieux de privation de liberté du pays, des maisons d'arrêt aux hôpitaux psychiatriques.
""",
}, [{"name": "Ukrainian Parliament Commissioner for Human Rights", "in_corpus": False},
    {"name": "The Kyiv Independent", "in_corpus": True}],
[{"origin": "Ukrainian Parliament Commissioner for Human Rights", "article": a}
 for a in ("00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt")],
[
 {"text": "140 detainees are held at the Verbychansk pre-trial detention centre in cells designed for 90.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "The detention centre has had no hot water since February.",
  "articles": ["00_uk.txt", "01_ru.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "The ombudsman recommended that the Justice Ministry transfer some of the detainees to other facilities within a month.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_fr.txt"], "independent_sources": 2},
])

# j04: a person's own social-media post outside the corpus: lawyer Irina Vetlugina's Telegram post
# about her client's hunger strike. ru "Об этом в своём телеграм-канале написала его адвокат Ирина
# Ветлугина" + "написала адвокат" + "Как отмечает адвокат"; uk "Про це повідомила його адвокатка
# Ірина Ветлугіна у своєму Telegram-каналі" + "Як написала Ветлугіна" + "за словами Ветлугіної"
# (gen.); en "his lawyer said Saturday" + "lawyer Irina Vetlugina wrote on her Telegram channel" (the
# FSIN's silence to The Moscow Times adds nothing); it via The Moscow Times: "Lo riporta il sito
# indipendente in lingua inglese The Moscow Times, citando un messaggio pubblicato su Telegram dalla
# sua avvocata" + "precisa il sito" -> edge from The Moscow Times.
story("j04_lawyer_post_hunger_strike", "social_post", {
"00_ru.txt": """Политзаключённый Глеб Сухоруков девятый день держит голодовку в СИЗО — адвокат
Новая газета Европа
12 июня 2027, 09:15

Бывший муниципальный депутат из Нижнеозёрска Глеб Сухоруков, осуждённый на семь лет за антивоенные посты, девятый день держит голодовку в местном СИЗО-2. Об этом в своём телеграм-канале написала его адвокат Ирина Ветлугина, которая навестила подзащитного накануне.

По словам Ветлугиной, 29-летний Сухоруков, страдающий диабетом первого типа, объявил голодовку 3 июня, после того как у него изъяли глюкометр и перестали выдавать инсулин по графику. «Глеб похудел на семь килограммов, у него дрожат руки, он с трудом стоит. Администрация делает вид, что ничего не происходит», — написала адвокат.

Ветлугина также опубликовала копию заявления, которое Сухоруков передал начальнику изолятора: в нём он требует вернуть глюкометр и допустить к нему независимого эндокринолога.

Как отмечает адвокат, жалоба в прокуратуру, поданная неделю назад, до сих пор осталась без ответа.

Сухорукова задержали в сентябре 2026 года после серии публикаций во «ВКонтакте» с критикой войны. В марте суд признал его виновным в «распространении заведомо ложной информации» об армии. Приговор пока не вступил в законную силу, поэтому он остаётся в СИЗО.

Голодовки остаются одним из немногих способов протеста, доступных политическим заключённым в России; правозащитники неоднократно указывали, что администрации изоляторов в таких случаях нередко отказывают в медицинской помощи.
""",
"01_uk.txt": """Російський політв'язень Гліб Сухоруков голодує вже дев'ять днів — адвокатка
hromadske
12.06.2027 13:40

Колишній муніципальний депутат з російського Нижньоозерська Гліб Сухоруков, засуджений до семи років позбавлення волі за антивоєнні дописи, дев'ятий день тримає голодування в місцевому СІЗО. Про це повідомила його адвокатка Ірина Ветлугіна у своєму Telegram-каналі.

Як написала Ветлугіна, 29-річний Сухоруков, який хворіє на діабет першого типу, оголосив голодування 3 червня, коли в нього вилучили глюкометр і перестали вчасно видавати інсулін.

«Гліб схуд на сім кілограмів, у нього тремтять руки, він ледве стоїть. Адміністрація вдає, що нічого не відбувається», — написала захисниця.

Адвокатка оприлюднила також копію заяви Сухорукова до начальника ізолятора з вимогою повернути глюкометр і допустити до нього незалежного ендокринолога. Скарга до прокуратури, за словами Ветлугіної, залишилася без відповіді.

Сухорукова затримали у вересні 2026 року через дописи у «ВКонтакте», в яких він критикував війну Росії проти України. У березні суд визнав його винним у поширенні «завідомо неправдивої інформації» про російську армію. Вирок ще не набрав законної сили.
""",
"02_en.txt": """Jailed Russian Anti-War Politician on Hunger Strike for Ninth Day, Lawyer Says
The Moscow Times
Sat, 12 Jun 2027 11:30:00 +0300

Gleb Sukhorukov, a former municipal deputy sentenced to seven years in prison over anti-war social media posts, has been on hunger strike for nine days in a pre-trial detention center in the city of Nizhneozyorsk, his lawyer said Saturday.

Sukhorukov, 29, who has type 1 diabetes, stopped eating on June 3 after jail staff confiscated his blood glucose meter and stopped giving him insulin on schedule, lawyer Irina Vetlugina wrote on her Telegram channel after visiting him on Friday.

"Gleb has lost seven kilograms, his hands are shaking and he can barely stand. The administration is pretending nothing is happening," Vetlugina wrote.

She also posted a copy of a statement Sukhorukov had handed to the head of the detention facility demanding the return of his glucose meter and access to an independent endocrinologist. A complaint filed with prosecutors a week ago has gone unanswered, according to the lawyer.

The regional branch of the Federal Penitentiary Service (FSIN) did not respond to The Moscow Times' request for comment.

Sukhorukov was detained in September 2026 over a series of VKontakte posts criticizing the war in Ukraine and was convicted in March of spreading "deliberately false information" about the Russian military. He remains in pre-trial detention pending his appeal.
""",
"03_it.txt": """Russia, ex consigliere comunale contro la guerra in sciopero della fame da nove giorni
Il Post
12 giugno 2027

Gleb Sukhorukov, ex consigliere comunale di Nizhneozyorsk condannato a sette anni di carcere per alcuni post contro la guerra in Ucraina, è al nono giorno di sciopero della fame in un centro di detenzione preventiva. Lo riporta il sito indipendente in lingua inglese The Moscow Times, citando un messaggio pubblicato su Telegram dalla sua avvocata, Irina Vetlugina.

Sukhorukov, che ha 29 anni e soffre di diabete di tipo 1, avrebbe smesso di mangiare il 3 giugno, quando il personale del carcere gli ha sequestrato il glucometro e ha smesso di somministrargli l'insulina con regolarità. Secondo l'avvocata, in nove giorni ha perso sette chili e fatica a stare in piedi.

Il detenuto chiede la restituzione del glucometro e una visita da parte di un endocrinologo indipendente. Il servizio penitenziario federale russo non ha risposto alle domande del Moscow Times, precisa il sito.

Sukhorukov era stato arrestato nel settembre del 2026 per una serie di post pubblicati sul social network VKontakte e condannato a marzo per aver diffuso «informazioni deliberatamente false» sull'esercito russo. La sentenza non è ancora definitiva.
""",
}, [{"name": "Irina Vetlugina", "in_corpus": False}],
[{"origin": "Irina Vetlugina", "article": "00_ru.txt"},
 {"origin": "Irina Vetlugina", "article": "01_uk.txt"},
 {"origin": "Irina Vetlugina", "article": "02_en.txt"},
 {"origin": "The Moscow Times", "article": "03_it.txt"}],
[
 {"text": "Jailed former municipal deputy Gleb Sukhorukov has been on hunger strike for nine days in pre-trial detention.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Sukhorukov, who has type 1 diabetes, began the hunger strike on June 3 after his glucose meter was confiscated and his insulin was no longer given on schedule.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1},
])

# j05: two independent in-corpus reports. Folha de S.Paulo: its reporter at the prison gate,
# relatives and the state secretary talking to Folha ("A reportagem da Folha esteve na porta da
# unidade", "disse à Folha", "afirmou à reportagem"). O Globo: two anonymous officials of the
# secretariat ("ouvidos pelo GLOBO sob a condição de anonimato", "disse ao GLOBO"). es credits both
# ("informaron ... los diarios Folha de S.Paulo y O Globo", "Según la Folha", "dijo al diario
# paulista", "O Globo, por su parte, reveló", "citados por el periódico carioca") -> two edges; fr
# credits O Globo only ("rapporte mardi le quotidien O Globo, qui cite", "D'après le journal de
# Rio", "selon les sources du quotidien carioca", "Sollicité par O Globo").
story("j05_two_reports_brazil_hostages", "two_independent", {
"00_pt.txt": """Presos fazem seis policiais penais reféns em penitenciária no interior do Pará
Folha de S.Paulo
2027-07-20 09:05

Presos da Penitenciária Regional de Porto Jatobá, no interior do Pará, mantinham desde a noite de segunda-feira (19) seis policiais penais como reféns, em uma rebelião que já deixou ao menos dois detentos mortos. A reportagem da Folha esteve na porta da unidade na manhã desta terça (20) e acompanhou a chegada de tropas do Batalhão de Choque.

Do lado de fora, cerca de cem familiares aguardavam notícias sob o sol. "Meu filho me ligou às onze da noite dizendo que tinha fogo no pavilhão 3. Depois, mais nada", disse à Folha a diarista Cleonice Barros, 52.

O secretário estadual de Administração Penitenciária, Rogério Antunes Filho, afirmou à reportagem que os presos exigem a volta de dois líderes de facção transferidos na semana passada para um presídio federal e a retomada das visitas íntimas, suspensas desde maio. "Não há negociação sobre transferências. Estamos negociando apenas a libertação dos servidores", disse.

Segundo o secretário, os reféns estão vivos e recebem água. Os dois presos mortos teriam sido vítimas de uma briga entre grupos rivais no início do motim.

A penitenciária tem capacidade para 680 pessoas e abriga hoje cerca de 1.300 presos, de acordo com dados da própria secretaria. Em 2025, a unidade já havia registrado um princípio de rebelião, contido em poucas horas.
""",
"01_pt.txt": """Motim em Porto Jatobá: secretaria foi alertada dez dias antes e não reforçou a guarda
O Globo
20/07/2027 - 10:40

A rebelião na Penitenciária Regional de Porto Jatobá, no Pará, começou como represália à transferência de dois chefes de uma facção criminosa para a penitenciária federal de Mossoró, na semana passada, segundo dois servidores da Secretaria de Administração Penitenciária ouvidos pelo GLOBO sob a condição de anonimato.

De acordo com esses servidores, a secretaria havia recebido, dez dias antes, um relatório de inteligência que alertava para o risco de motim na unidade, mas não reforçou o efetivo. Na noite de segunda-feira, havia 14 policiais penais de plantão para cerca de 1.300 presos. Seis deles foram feitos reféns.

"O relatório dizia com todas as letras que eles iam reagir à transferência. Ninguém fez nada", disse um dos servidores ao GLOBO. Segundo ele, as negociações, conduzidas por um coronel da Polícia Militar, avançaram durante a madrugada, e a libertação dos reféns era esperada para as próximas horas. Dois presos morreram no início do motim.

Procurada, a secretaria não comentou o relatório de inteligência e afirmou apenas, em nota enviada ao jornal, que "todas as medidas para a preservação de vidas estão sendo adotadas".

A unidade, construída para 680 presos, é uma das mais superlotadas do estado.
""",
"02_es.txt": """Motín con rehenes en una cárcel de Brasil: seis guardias retenidos y dos presos muertos
Clarín
20/07/2027 13:15

Un motín en la Penitenciaría Regional de Porto Jatobá, en el estado brasileño de Pará, dejó al menos dos presos muertos y seis agentes penitenciarios tomados como rehenes, informaron este martes los diarios Folha de S.Paulo y O Globo.

Según la Folha, cuyo reportero estuvo en la puerta del penal, un centenar de familiares esperaba noticias afuera mientras llegaban las tropas de choque. El secretario de Administración Penitenciaria del estado, Rogério Antunes Filho, dijo al diario paulista que los reclusos exigen el regreso de dos líderes de una facción trasladados a una cárcel federal y la reanudación de las visitas íntimas, y aseguró que no habrá negociación sobre los traslados.

O Globo, por su parte, reveló que la secretaría había recibido diez días antes un informe de inteligencia que alertaba sobre el riesgo de un motín, pero no reforzó la guardia. Esa noche había 14 agentes para unos 1.300 internos, de acuerdo con dos funcionarios citados por el periódico carioca bajo condición de anonimato.

La cárcel tiene capacidad para 680 personas. Brasil tiene una de las mayores poblaciones carcelarias del mundo, y los motines con toma de rehenes se repiten con frecuencia en los penales del norte y el nordeste del país.
""",
"03_fr.txt": """Brésil : la mutinerie de Porto Jatobá avait été annoncée par le renseignement pénitentiaire
Libération
20 juillet 2027 à 18h02

Les autorités de l'Etat du Pará, dans le nord du Brésil, avaient été prévenues. Dix jours avant la mutinerie qui secoue depuis lundi soir la prison régionale de Porto Jatobá, un rapport de renseignement signalait un risque de soulèvement, sans que les effectifs soient renforcés, rapporte mardi le quotidien O Globo, qui cite deux fonctionnaires de l'administration pénitentiaire sous couvert d'anonymat.

D'après le journal de Rio, seuls 14 agents étaient de garde lundi soir pour quelque 1 300 détenus, dans un établissement prévu pour 680. Six d'entre eux ont été pris en otage. Deux prisonniers ont été tués au début de la révolte.

La mutinerie aurait été déclenchée par le transfert, la semaine dernière, de deux chefs d'une faction criminelle vers la prison fédérale de Mossoró. Les négociations, menées par un colonel de la police militaire, progressaient dans la nuit, selon les sources du quotidien carioca, et une libération des otages était attendue dans les heures suivantes.

Sollicité par O Globo, le secrétariat à l'administration pénitentiaire s'est borné à affirmer que « toutes les mesures pour préserver les vies » étaient prises.
""",
}, [{"name": "Folha de S.Paulo", "in_corpus": True}, {"name": "O Globo", "in_corpus": True}],
[{"origin": "Folha de S.Paulo", "article": "02_es.txt"},
 {"origin": "O Globo", "article": "02_es.txt"},
 {"origin": "O Globo", "article": "03_fr.txt"}],
[
 {"text": "Inmates at the Porto Jatobá regional penitentiary in Pará took six prison officers hostage in a riot in which at least two inmates were killed.",
  "articles": ["00_pt.txt", "01_pt.txt", "02_es.txt", "03_fr.txt"], "independent_sources": 2},
 {"text": "The riot is linked to last week's transfer of two faction leaders to a federal prison.",
  "articles": ["00_pt.txt", "01_pt.txt", "02_es.txt", "03_fr.txt"], "independent_sources": 2},
])

# j06: El País own report (a draft decree seen by the paper, two anonymous ministry officials
# "consultados por este periódico"); 01_pt has no outlet line and is an uncredited, close European-
# Portuguese translation published six hours later (same structure, same quote, same closing
# figures; it keeps "a que este jornal teve acesso" and "consultados por este jornal") -> edge from
# El País, scenario translation. fr "selon un projet de décret consulté par le quotidien espagnol El
# País" + "précise le journal madrilène" + "cités par El País sous couvert d'anonymat"; en "Spanish
# newspaper El País reported on Monday, citing a draft" + "the paper said" (a Reuters request left
# unanswered adds nothing).
story("j06_translation_colombia_pardon", "translation", {
"00_es.txt": """El Gobierno de Colombia prepara un indulto para 4.200 presos por delitos menores para aliviar el hacinamiento
El País
06 sept 2027 - 05:30 CEST

El Gobierno de Colombia ultima un decreto que permitirá conmutar las penas o conceder la libertad anticipada a unas 4.200 personas condenadas por delitos no violentos, en un intento por reducir el hacinamiento de las cárceles, que supera el 25% a escala nacional. Así consta en un borrador del decreto, de 23 páginas, al que ha tenido acceso EL PAÍS.

El texto, fechado el 29 de agosto, prevé beneficiar a condenados por hurto simple, porte de pequeñas cantidades de droga y otros delitos con penas inferiores a cuatro años que hayan cumplido al menos la mitad de la condena. Quedan excluidos de forma expresa los condenados por delitos sexuales, violencia intrafamiliar, homicidio y corrupción.

Dos funcionarios del Ministerio de Justicia consultados por este periódico, que pidieron no ser identificados por no estar autorizados a hablar del asunto, aseguran que el decreto podría firmarse antes de que termine septiembre. "La idea es que las primeras salidas se produzcan en octubre, de forma escalonada, para no saturar a los jueces", explica uno de ellos.

Según el borrador, el Instituto Nacional Penitenciario y Carcelario (INPEC) tendrá 60 días para elaborar las listas de beneficiarios, que luego revisarán los jueces de ejecución de penas.

El Ministerio de Justicia declinó comentar oficialmente el documento. Las cárceles colombianas albergan a unos 100.000 reclusos en un sistema con capacidad para algo más de 80.000, según cifras oficiales.
""",
"01_pt.txt": """Governo da Colômbia prepara indulto para 4.200 presos por crimes menores para aliviar a sobrelotação
06/09/2027 11:48

O Governo da Colômbia está a finalizar um decreto que permitirá comutar as penas ou conceder liberdade antecipada a cerca de 4.200 pessoas condenadas por crimes não violentos, numa tentativa de reduzir a sobrelotação das prisões, que ultrapassa os 25% a nível nacional. É o que consta de um rascunho do decreto, com 23 páginas, a que este jornal teve acesso.

O texto, datado de 29 de agosto, prevê beneficiar condenados por furto simples, posse de pequenas quantidades de droga e outros crimes com penas inferiores a quatro anos que tenham cumprido pelo menos metade da pena. Ficam expressamente excluídos os condenados por crimes sexuais, violência doméstica, homicídio e corrupção.

Dois funcionários do Ministério da Justiça consultados por este jornal, que pediram para não ser identificados por não estarem autorizados a falar sobre o assunto, garantem que o decreto poderá ser assinado antes do fim de setembro. "A ideia é que as primeiras saídas aconteçam em outubro, de forma escalonada, para não sobrecarregar os juízes", explica um deles.

Segundo o rascunho, o Instituto Nacional Penitenciário e Carcerário (INPEC) terá 60 dias para elaborar as listas de beneficiários, que depois serão revistas pelos juízes de execução de penas.

O Ministério da Justiça recusou comentar oficialmente o documento. As prisões colombianas albergam cerca de 100 mil reclusos num sistema com capacidade para pouco mais de 80 mil, segundo números oficiais.
""",
"02_fr.txt": """Colombie : le gouvernement prépare une grâce pour 4 200 détenus afin de désengorger les prisons
RFI
Publié le : 06/09/2027 - 16:20

Le gouvernement colombien s'apprête à accorder une réduction de peine ou une libération anticipée à environ 4 200 personnes condamnées pour des délits non violents, selon un projet de décret consulté par le quotidien espagnol El País. Objectif : réduire la surpopulation carcérale, qui dépasse 25 % dans le pays.

Le texte de 23 pages, daté du 29 août, vise notamment les auteurs de vols simples ou de détention de petites quantités de drogue, condamnés à moins de quatre ans de prison et ayant purgé au moins la moitié de leur peine. Les auteurs de crimes sexuels, de violences conjugales, d'homicide ou de faits de corruption en sont explicitement exclus, précise le journal madrilène.

Selon deux fonctionnaires du ministère de la Justice cités par El País sous couvert d'anonymat, le décret pourrait être signé avant la fin du mois de septembre, et les premières libérations intervenir en octobre, de manière échelonnée.

L'Institut national pénitentiaire et carcéral (INPEC) disposerait ensuite de 60 jours pour établir les listes de bénéficiaires, qui seraient examinées par les juges d'application des peines. Le ministère n'a pas souhaité commenter officiellement le document.

Avec quelque 100 000 détenus pour un peu plus de 80 000 places, la Colombie fait face depuis des années à une surpopulation que la Cour constitutionnelle a qualifiée d'« état de choses inconstitutionnel ».
""",
"03_en.txt": """Colombia drafting pardon decree for 4,200 low-level prisoners to ease overcrowding - El País
Reuters
2027-09-06T17:02:00Z

Colombia's government is preparing a decree that would commute sentences or grant early release to about 4,200 people convicted of non-violent crimes in an effort to ease prison overcrowding, Spanish newspaper El País reported on Monday, citing a draft of the decree.

The 23-page draft, dated Aug. 29, would apply to people serving sentences of less than four years for offences such as petty theft or possession of small amounts of drugs who have completed at least half of their term, the paper said. People convicted of sexual offences, domestic violence, homicide and corruption would be excluded.

Two Justice Ministry officials quoted anonymously by El País said the decree could be signed before the end of September, with the first releases expected in October.

Under the draft, the national prison agency INPEC would have 60 days to draw up lists of eligible inmates to be reviewed by judges.

Colombia's Justice Ministry did not immediately respond to a Reuters request for comment. The country's prisons hold about 100,000 inmates in facilities built for just over 80,000, according to official figures.
""",
}, [{"name": "El País", "in_corpus": True}],
[{"origin": "El País", "article": a} for a in ("01_pt.txt", "02_fr.txt", "03_en.txt")],
[
 {"text": "Colombia's government is preparing a decree to commute sentences or grant early release to about 4,200 prisoners convicted of non-violent crimes.",
  "articles": ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "People convicted of sexual crimes, domestic violence, homicide and corruption are excluded from the measure.",
  "articles": ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "The decree could be signed before the end of September, with the first releases in October.",
  "articles": ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_en.txt"], "independent_sources": 1},
])

# j07: outside wire agency EFE, relayed 4x. es "informó la agencia EFE" + "confirmó a EFE" + "dijo ...
# a la agencia" + "Según la información de EFE" + "añadió la agencia"; uk "Про це повідомляє іспанська
# інформаційна агенція EFE" + "розповів агенції" (dat.) + "За даними EFE" + "зазначає агенція"; ru
# "Об этом со ссылкой на замминистра юстиции ... сообщает испанское агентство EFE" (the vice-minister
# talking to EFE is not an origin) + "По словам собеседника агентства" + "передаёт EFE"; it "Lo rende
# noto l'agenzia spagnola Efe, secondo cui" + "All'agenzia il viceministro ... ha detto".
story("j07_agency_tunnel_escape_paraguay", "agency", {
"00_es.txt": """Se fugan 23 presos de una cárcel del sur de Paraguay a través de un túnel de 40 metros
La Vanguardia
11/10/2027 14:22

Veintitrés reclusos se fugaron en la madrugada de este lunes de la Penitenciaría Regional de Villa Tayuá, en el sur de Paraguay, a través de un túnel de unos 40 metros que desembocaba en un terreno baldío junto al penal, informó la agencia EFE.

El viceministro de Política Criminal, Néstor Ayala Benítez, confirmó a EFE que la fuga se detectó a las 6.15, durante el recuento matutino, y que 17 de los evadidos cumplían condena por homicidio o robo agravado. "El túnel tiene una factura profesional, con iluminación y ventilación. Eso no se hizo en una semana", dijo el viceministro a la agencia.

Según la información de EFE, la boca del túnel se encontraba bajo una litera del pabellón C, que alberga a 96 internos en un espacio previsto para 40. Las autoridades suspendieron al director del centro y a los nueve guardias que estaban de turno, y la Fiscalía abrió una investigación por posible connivencia.

La Policía Nacional desplegó unos 300 agentes y estableció controles en los pasos fronterizos con Argentina, situados a unos 30 kilómetros del penal. Hasta el mediodía, tres de los fugados habían sido recapturados en una zona boscosa cercana, añadió la agencia.

Las cárceles paraguayas sufren un hacinamiento crónico, y las organizaciones de derechos humanos llevan años advirtiendo de que varios penales están de hecho controlados por grupos criminales.
""",
"01_uk.txt": """У Парагваї 23 в'язні втекли з в'язниці через 40-метровий тунель
УНІАН
11 жовтня 2027, 20:05

У Парагваї 23 ув'язнені втекли з регіональної пенітенціарної установи в місті Вілья-Таюа на півдні країни через тунель завдовжки близько 40 метрів. Про це повідомляє іспанська інформаційна агенція EFE.

Втечу виявили о 6:15 під час ранкової перевірки. Як розповів агенції заступник міністра юстиції з питань кримінальної політики Нестор Аяла Бенітес, 17 утікачів відбували покарання за вбивство або збройне пограбування. «Тунель зроблений професійно, з освітленням і вентиляцією. Такого за тиждень не викопаєш», — сказав він.

За даними EFE, вхід до тунелю був під нарами в блоці C, де утримували 96 в'язнів при розрахунку на 40 місць. Директора установи та дев'ятьох охоронців, які чергували тієї ночі, відсторонили від роботи.

Поліція залучила до пошуків близько 300 правоохоронців і посилила контроль на кордоні з Аргентиною. До обіду вдалося затримати трьох утікачів, зазначає агенція.
""",
"02_ru.txt": """В Парагвае 23 заключённых сбежали из тюрьмы через подземный ход
Коммерсантъ
11.10.2027, 18:40

В Парагвае 23 заключённых совершили побег из региональной тюрьмы в городе Вилья-Таюа на юге страны по подземному ходу длиной около 40 м. Об этом со ссылкой на замминистра юстиции Нестора Аялу Бенитеса сообщает испанское агентство EFE.

По словам собеседника агентства, побег обнаружили во время утренней проверки в 6:15 по местному времени; 17 беглецов отбывали наказание за убийство или разбой. Лаз, оборудованный освещением и вентиляцией, начинался под нарами в блоке C, где содержались 96 человек при норме 40.

Начальник тюрьмы и девять охранников, дежуривших ночью, отстранены от работы, прокуратура проверяет версию о сговоре. К поискам привлечены около 300 полицейских, усилен контроль на границе с Аргентиной.

К середине дня были задержаны трое беглецов, передаёт EFE.

Тюрьмы Парагвая хронически переполнены, а правозащитники не первый год предупреждают, что часть исправительных учреждений страны фактически находится под контролем преступных группировок.
""",
"03_it.txt": """Paraguay, evasione di massa: 23 detenuti fuggiti da un tunnel lungo 40 metri
ANSA
11 ottobre 2027, 19:30

Ventitré detenuti sono evasi all'alba di lunedì da un carcere di Villa Tayuá, nel sud del Paraguay, attraverso un tunnel lungo circa 40 metri che sbucava in un terreno incolto accanto alla struttura. Lo rende noto l'agenzia spagnola Efe, secondo cui diciassette degli evasi stavano scontando condanne per omicidio o rapina aggravata.

All'agenzia il viceministro della Politica criminale, Néstor Ayala Benítez, ha detto che il tunnel era "di fattura professionale, con illuminazione e ventilazione". L'imbocco si trovava sotto una branda del padiglione C, dove erano rinchiusi 96 detenuti a fronte di 40 posti.

Il direttore del carcere e i nove agenti di turno sono stati sospesi. Circa 300 poliziotti partecipano alle ricerche e sono stati rafforzati i controlli al confine con l'Argentina; tre fuggitivi sono già stati ripresi.
""",
}, [{"name": "EFE", "in_corpus": False}],
[{"origin": "EFE", "article": a} for a in ("00_es.txt", "01_uk.txt", "02_ru.txt", "03_it.txt")],
[
 {"text": "23 inmates escaped from the Villa Tayuá prison in southern Paraguay through a tunnel about 40 metres long.",
  "articles": ["00_es.txt", "01_uk.txt", "02_ru.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "The prison director and the nine guards on duty were suspended.",
  "articles": ["00_es.txt", "01_uk.txt", "02_ru.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Three of the escapees have been recaptured.",
  "articles": ["00_es.txt", "01_uk.txt", "02_ru.txt", "03_it.txt"], "independent_sources": 1},
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
        json.dump({"about": "Hand-written provenance test set 138 (prisons and justice; real media "
                   "names, invented events); see README.md.", "stories": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
