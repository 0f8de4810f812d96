#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand177 set.

Banks, central banks, bank fines and financial supervisors. Outlets are real media names; every
event, person, company, body, place, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# b01: Handelsblatt's own scoop (draft decision seen by the paper + three people familiar with the
# matter) relayed 3x: en Reuters "Handelsblatt reported on Tuesday, citing a draft decision" +
# "Reuters could not immediately verify" (no own reporting); it "A rivelarlo è stato ieri il
# quotidiano economico tedesco Handelsblatt" + "Secondo il giornale di Düsseldorf" (background:
# Corriere della Sera 2025, no edge); es "según publica este martes el diario económico alemán" +
# "El rotativo, que cita un borrador".
story("b01_nordhafen_aml_fine", "scoop", {
"00_de.txt": """Geldwäsche-Mängel: Aufsicht will Nordhafen Kreditbank 63,5 Millionen Euro Strafe aufbrummen
Handelsblatt
09.03.2027 - 06:00 Uhr

Der Nordhafen Kreditbank droht die höchste Geldbuße ihrer Geschichte. Das Bundesamt für Kreditwesen und Geldwäscheprävention (BKGP) will gegen das Institut aus Hafenstedt eine Strafe von 63,5 Millionen Euro verhängen. Das geht aus dem Entwurf eines Bußgeldbescheids hervor, der dem Handelsblatt vorliegt. Drei mit dem Vorgang vertraute Personen bestätigten die Größenordnung.

Die Aufseher werfen der Bank in dem 41-seitigen Papier vor, zwischen 2023 und 2025 insgesamt 1140 verdächtige Überweisungen über ihre Korrespondenzkonten nicht oder erst mit monatelanger Verspätung gemeldet zu haben. Ein Großteil der Zahlungen sei über die italienische Niederlassung in Borgovalle gelaufen. Das interne Kontrollsystem sei „in wesentlichen Teilen unwirksam" gewesen, heißt es in dem Entwurf.

Nach Angaben eines Insiders hat die Bank bereits im vierten Quartal Rückstellungen über 40 Millionen Euro gebildet; weitere Belastungen könnten im ersten Quartal folgen. Vorstandschef Jens-Ulrich Brakemeier habe den Aufsichtsrat Ende Februar über den Entwurf unterrichtet, sagte eine zweite Person, die nicht namentlich genannt werden wollte.

Die Nordhafen Kreditbank wollte sich auf Anfrage nicht äußern. Ein Sprecher des BKGP verwies darauf, dass die Behörde laufende Verfahren grundsätzlich nicht kommentiere. Die Bank hat nun vier Wochen Zeit, zu den Vorwürfen Stellung zu nehmen; erst danach wird der Bescheid erlassen und veröffentlicht.

Für das Institut mit einer Bilanzsumme von rund 38 Milliarden Euro kommt die Strafe zur Unzeit. Bereits im Januar hatte der „Spiegel" über kritische Befunde der internen Revision berichtet, die Aktie hat seither rund 18 Prozent an Wert verloren.
""",
"01_en.txt": """Germany's Nordhafen Kreditbank faces 63.5 mln euro fine over money-laundering lapses - Handelsblatt
Reuters
March 9, 2027 7:47 AM GMT+1

March 9 (Reuters) - German lender Nordhafen Kreditbank faces a fine of 63.5 million euros ($69 million) over failures in its anti-money-laundering controls, business daily Handelsblatt reported on Tuesday, citing a draft decision by the banking watchdog BKGP.

According to the draft, which the newspaper said it had seen, the Hafenstedt-based lender failed to flag, or flagged months too late, 1,140 suspicious transfers that passed through its correspondent accounts between 2023 and 2025. Many of the payments were routed through the bank's branch in the Italian city of Borgovalle, Handelsblatt said. Three people familiar with the matter confirmed the size of the planned penalty to the paper.

Nordhafen has already set aside 40 million euros in the fourth quarter to cover the expected fine, the report said, citing an unnamed source. Chief executive Jens-Ulrich Brakemeier briefed the supervisory board on the draft in late February, according to Handelsblatt.

Reuters could not immediately verify the report. Nordhafen declined to comment when contacted by Reuters. The BKGP said it does not comment on ongoing proceedings.

Under German rules, the bank has four weeks to respond to the draft before a final decision is issued and made public. Shares in Nordhafen, which have lost about 18% since January, fell 4.2% in early trading.

(Reporting by Katrin Obermaier; Editing by Tom Halloway)
""",
"02_it.txt": """Antiriciclaggio, maxi-multa in arrivo per la tedesca Nordhafen. Nel mirino la filiale di Borgovalle
Il Sole 24 Ore
10 marzo 2027

La tedesca Nordhafen Kreditbank rischia una sanzione da 63,5 milioni di euro per le carenze nei controlli antiriciclaggio, e una parte rilevante delle operazioni contestate sarebbe passata dalla sua filiale italiana di Borgovalle. A rivelarlo è stato ieri il quotidiano economico tedesco Handelsblatt, che ha potuto visionare una bozza del provvedimento dell'autorità di vigilanza, il Bundesamt für Kreditwesen und Geldwäscheprävention (BKGP).

Secondo il giornale di Düsseldorf, all'istituto di Hafenstedt vengono contestati 1.140 bonifici sospetti, transitati tra il 2023 e il 2025 sui conti di corrispondenza e non segnalati, oppure segnalati con mesi di ritardo. Il sistema dei controlli interni viene definito nella bozza «in larga parte inefficace». Tre persone a conoscenza del dossier, citate dal quotidiano, hanno confermato l'entità della multa.

Stando a quanto ricostruito da Handelsblatt, la banca avrebbe già accantonato 40 milioni di euro nel quarto trimestre del 2026, mentre l'amministratore delegato Jens-Ulrich Brakemeier avrebbe informato il consiglio di sorveglianza a fine febbraio.

Nordhafen, che con la stampa tedesca non ha voluto commentare, avrà ora quattro settimane per presentare le proprie osservazioni; solo dopo il provvedimento diventerà definitivo e sarà reso pubblico.

Per la filiale di Borgovalle, una sessantina di dipendenti al servizio soprattutto di imprese esportatrici, non è la prima volta sotto i riflettori: già nel 2025 il Corriere della Sera aveva raccontato di un audit interno che segnalava lacune nelle verifiche sui clienti esteri.
""",
"03_es.txt": """Alemania prepara una multa de 63,5 millones al banco Nordhafen por fallos contra el blanqueo
Expansión
09/03/2027 13:20

El supervisor bancario alemán se dispone a imponer una sanción de 63,5 millones de euros a Nordhafen Kreditbank por deficiencias en sus controles contra el blanqueo de capitales, según publica este martes el diario económico alemán Handelsblatt.

El rotativo, que cita un borrador de la resolución del Bundesamt für Kreditwesen und Geldwäscheprävention (BKGP) y a tres personas conocedoras del expediente, asegura que se trataría de la mayor multa en la historia de la entidad. De acuerdo con la información de Handelsblatt, el supervisor considera que el sistema de control interno del banco fue "ineficaz en buena parte" entre 2023 y 2025.

Nordhafen, con un balance de unos 38.000 millones de euros, habría dotado ya provisiones por 40 millones en el cuarto trimestre para hacer frente a la sanción, añade el periódico alemán, que atribuye ese dato a una fuente interna.

La entidad no ha querido hacer comentarios, según el diario. El borrador todavía puede modificarse: el banco dispone de cuatro semanas para presentar alegaciones antes de que la multa sea firme y se haga pública.

Nordhafen no tiene sucursal en España, pero cuenta con una cartera de clientes españoles centrada en la financiación del comercio exterior, sobre todo exportadores de maquinaria y componentes. Sus acciones cedían un 4,2% a media sesión en la Bolsa alemana.
""",
}, [{"name": "Handelsblatt", "in_corpus": True}],
[{"origin": "Handelsblatt", "article": "01_en.txt"},
 {"origin": "Handelsblatt", "article": "02_it.txt"},
 {"origin": "Handelsblatt", "article": "03_es.txt"}],
[{"text": "The German supervisor BKGP plans to fine Nordhafen Kreditbank 63.5 million euros over anti-money-laundering failures.",
  "articles": ["00_de.txt", "01_en.txt", "02_it.txt", "03_es.txt"], "independent_sources": 1},
 {"text": "The draft decision says 1,140 suspicious transfers through correspondent accounts in 2023-2025 were not reported or reported late, many via the Borgovalle branch.",
  "articles": ["00_de.txt", "01_en.txt", "02_it.txt"], "independent_sources": 1},
 {"text": "Nordhafen has already set aside provisions of 40 million euros in the fourth quarter.",
  "articles": ["00_de.txt", "01_en.txt", "02_it.txt", "03_es.txt"], "independent_sources": 1}])

# b02: the supervisor's own published statement/decision (CSEC) taken directly by es, fr, en, ru;
# uk takes it via El País ("Про це повідомляє іспанська газета El País з посиланням на рішення" +
# "Як пише видання" + "цитує газета"): chain, edge from El País. "Fuentes … consultadas por este
# periódico declinaron hacer comentarios", "Contactée par Le Monde, … n'avait pas répondu", "did not
# respond to a request for comment" add no own reporting.
story("b02_aldeval_refugee_accounts", "statement_chain", {
"00_es.txt": """El supervisor multa con 19,4 millones a Banco Aldeval por bloquear cuentas de refugiados ucranianos
El País
17 mar 2027 - 11:42 CET

La Comisión de Supervisión de Entidades de Crédito (CSEC) ha impuesto una multa de 19,4 millones de euros a Banco Aldeval por bloquear de forma sistemática las cuentas de 3.812 refugiados ucranianos sin analizar cada caso, según ha informado este miércoles el organismo en un comunicado.

De acuerdo con la resolución, publicada en la web del supervisor, la entidad con sede en Puerto Lindar aplicó entre 2024 y 2026 un filtro automático que congelaba las cuentas abiertas con un permiso de protección temporal en cuanto el titular recibía una transferencia desde el extranjero. La CSEC califica los hechos como infracción muy grave de la normativa sobre acceso a la cuenta de pago básica.

Además de la sanción, Aldeval deberá devolver en un plazo de tres meses 2,3 millones de euros en comisiones cobradas a los afectados por descubiertos y reactivaciones, precisa el texto.

"Un control antifraude no puede convertirse en una exclusión por pasaporte", afirma la presidenta de la CSEC, Marta Echeverría Lasa, en el comunicado.

La resolución no es firme y el banco puede recurrirla en el plazo de dos meses. Fuentes de Aldeval consultadas por este periódico declinaron hacer comentarios. Las quejas de los afectados habían sido recogidas ya en 2025 por la Asociación de Ucranianos del Litoral, que llevó los primeros casos ante el propio supervisor.
""",
"01_fr.txt": """En Espagne, une banque sanctionnée pour avoir gelé les comptes de réfugiés ukrainiens
Le Monde
Publié le 17 mars 2027 à 16h05

Le régulateur bancaire espagnol a infligé une amende de 19,4 millions d'euros à Banco Aldeval, accusé d'avoir bloqué sans examen individuel les comptes de 3 812 réfugiés ukrainiens, a annoncé mercredi 17 mars la Commission de supervision des établissements de crédit (CSEC) dans un communiqué.

Selon la décision publiée sur le site de l'autorité, l'établissement gelait automatiquement, entre 2024 et 2026, les comptes ouverts par des bénéficiaires de la protection temporaire dès qu'ils recevaient un virement de l'étranger. Certains clients ont ainsi été privés de leurs allocations pendant plusieurs semaines, relève le texte.

La banque devra en outre rembourser 2,3 millions d'euros de frais prélevés aux personnes concernées. « Un contrôle antifraude ne peut pas devenir une exclusion par le passeport », souligne la présidente du régulateur, Marta Echeverría Lasa, citée dans le communiqué.

Le communiqué précise que deux autres établissements font l'objet de contrôles similaires, sans les nommer.

Contactée par Le Monde, Banco Aldeval n'avait pas répondu mercredi en fin d'après-midi.
""",
"02_en.txt": """Spanish lender fined €19.4mn for freezing Ukrainian refugees' accounts
Financial Times
March 17 2027

Spain's banking supervisor has fined Banco Aldeval €19.4mn for systematically freezing the accounts of thousands of Ukrainian refugees, one of the largest penalties it has imposed on a mid-sized lender.

The Commission for the Supervision of Credit Institutions (CSEC) said on Wednesday that Aldeval had blocked the accounts of 3,812 holders of temporary protection permits between 2024 and 2026 without assessing individual cases, using an automated filter triggered by incoming transfers from abroad.

In a decision published on its website, the regulator classed the breach as "very serious" and ordered the bank to refund €2.3mn in fees charged to the customers affected within three months.

"An anti-fraud control cannot become exclusion by passport," Marta Echeverría Lasa, the CSEC's president, said in the statement.

The ruling can be appealed within two months. Aldeval, which has about 260 branches, did not respond to a request for comment. The bank reported a net profit of €188mn for 2026.
""",
"03_ru.txt": """Испанский регулятор оштрафовал Banco Aldeval на 19,4 млн евро за блокировку счетов украинских беженцев
Интерфакс
17 марта 2027 года 14:58

Комиссия по надзору за кредитными организациями Испании (CSEC) оштрафовала Banco Aldeval на 19,4 млн евро за массовую блокировку счетов украинских беженцев, говорится в сообщении регулятора, опубликованном в среду.

По данным комиссии, в 2024-2026 годах банк автоматически замораживал счета обладателей статуса временной защиты, как только на них поступали переводы из-за рубежа. Всего были заблокированы счета 3812 клиентов, при этом индивидуальная проверка не проводилась.

Регулятор квалифицировал нарушение как «очень серьезное». «Антифрод-контроль не может превращаться в исключение по паспорту», - приводятся в сообщении слова председателя CSEC Марты Эчеверрии Ласы.

Решение может быть обжаловано банком в течение двух месяцев, отмечается в документе. Как следует из сообщения, после начала проверки банк отключил автоматический фильтр и вручную разблокировал большую часть счетов. Как уточняет CSEC, проверки по аналогичным жалобам проводятся еще в двух банках, названия которых не раскрываются.

Banco Aldeval работает преимущественно на средиземноморском побережье Испании. По итогам 2026 года чистая прибыль банка составила 188 млн евро.
""",
"04_uk.txt": """В Іспанії банк оштрафували на €19,4 млн за блокування рахунків українських біженців
Економічна правда
Середа, 17 березня 2027, 18:20

Іспанський банківський регулятор оштрафував Banco Aldeval на 19,4 млн євро за те, що банк масово блокував рахунки українців, які отримали тимчасовий захист. Про це повідомляє іспанська газета El País з посиланням на рішення Комісії з нагляду за кредитними установами (CSEC).

Як пише видання, у 2024-2026 роках банк автоматично заморожував рахунки, щойно на них надходив переказ з-за кордону. Загалом постраждали 3812 клієнтів, а індивідуальної перевірки жодного випадку не проводили. Частина з них через це тижнями не могла отримати соціальні виплати. Регулятор кваліфікував порушення як «дуже серйозне», пише El País.

За даними El País, Aldeval також має протягом трьох місяців повернути українцям 2,3 млн євро комісій, які списували за овердрафти та повторну активацію рахунків.

«Антифрод-контроль не може перетворюватися на виключення за паспортом», - цитує газета голову CSEC Марту Ечеверрію Ласу.

Сам банк від коментарів іспанським журналістам відмовився.

Раніше ЕП писала, що українці в кількох країнах ЄС скаржилися на блокування рахунків через автоматичні антифрод-фільтри банків.
""",
}, [{"name": "Comisión de Supervisión de Entidades de Crédito", "in_corpus": False}],
[{"origin": "Comisión de Supervisión de Entidades de Crédito", "article": "00_es.txt"},
 {"origin": "Comisión de Supervisión de Entidades de Crédito", "article": "01_fr.txt"},
 {"origin": "Comisión de Supervisión de Entidades de Crédito", "article": "02_en.txt"},
 {"origin": "Comisión de Supervisión de Entidades de Crédito", "article": "03_ru.txt"},
 {"origin": "El País", "article": "04_uk.txt"}],
[{"text": "The Spanish supervisor CSEC fined Banco Aldeval 19.4 million euros for blocking the accounts of 3,812 Ukrainian refugees without individual checks.",
  "articles": ["00_es.txt", "01_fr.txt", "02_en.txt", "03_ru.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "Banco Aldeval must refund 2.3 million euros in fees to the customers affected.",
  "articles": ["00_es.txt", "01_fr.txt", "02_en.txt", "04_uk.txt"], "independent_sources": 1},
 {"text": "The decision can be appealed within two months.",
  "articles": ["00_es.txt", "02_en.txt", "03_ru.txt"], "independent_sources": 1}])

# b03: Corriere della Sera's own report (DAL NOSTRO INVIATO, "ha illustrato al Corriere", "secondo
# quanto risulta al Corriere"); 01_es (no outlet line) is an uncredited close Spanish translation
# published the next morning, keeping "DE NUESTRO ENVIADO ESPECIAL", "explicó a este periódico",
# "según ha podido saber este diario" (and the background mention of Il Sole 24 Ore): edge from
# Corriere della Sera, scenario translation. en "its chief executive has told Corriere della Sera" +
# "told the Milan daily"; de "im Gespräch mit dem Mailänder Corriere della Sera" + "nach
# Informationen des Corriere" + "berichtet das Blatt".
story("b03_valmarenese_branches", "translation", {
"00_it.txt": """Credito Valmarenese chiude 38 filiali. Borsani: «Non è una ritirata, il 70% dei clienti è già sull'app»
Corriere della Sera
22 aprile 2027 (modifica il 22 aprile 2027 | 21:47)

DAL NOSTRO INVIATO
VALMARENA — La Banca di Credito Valmarenese chiuderà 38 delle sue 112 filiali entro la metà del 2028. Lo ha annunciato oggi l'amministratrice delegata Federica Borsani, che a margine dell'assemblea dei soci ha illustrato al Corriere i dettagli del piano.

«Non è una ritirata dal territorio: il 70 per cento delle operazioni dei nostri clienti passa ormai dall'app, e mantenere sportelli vuoti non ha senso», ha detto Borsani. I circa 260 dipendenti coinvolti saranno ricollocati nei centri di consulenza e nel back office: «Non ci saranno licenziamenti», ha assicurato.

Accanto alla razionalizzazione della rete, la banca ha messo in vendita un portafoglio di crediti deteriorati da 1,2 miliardi di euro lordi. Tra i pretendenti, secondo quanto risulta al Corriere, c'è anche il servicer spagnolo Gestión de Activos Ebro, in cordata con un fondo statunitense. La cessione dovrebbe chiudersi entro l'autunno.

Nella sala convegni di Villa Ortensi, gremita di piccoli azionisti, i soci hanno approvato il bilancio 2026 con il 91,3 per cento dei voti e un dividendo di 0,21 euro per azione. Non sono mancate le contestazioni: diversi sindaci dei comuni dell'alta valle hanno chiesto di salvare almeno gli sportelli nei paesi dove non c'è un'altra banca.

L'anno scorso il Sole 24 Ore aveva ipotizzato una fusione con un istituto lombardo, un'ipotesi che Borsani ha liquidato con una battuta: «Oggi parliamo di filiali, non di nozze».
""",
"01_es.txt": """Crédito Valmarenese cerrará 38 sucursales y pone a la venta 1.200 millones en créditos dudosos
23.04.2027 – 08:15

DE NUESTRO ENVIADO ESPECIAL
VALMARENA (ITALIA) — La Banca di Credito Valmarenese cerrará 38 de sus 112 sucursales antes de mediados de 2028. Así lo anunció ayer su consejera delegada, Federica Borsani, que al margen de la junta de accionistas explicó a este periódico los detalles del plan.

"No es una retirada del territorio: el 70% de las operaciones de nuestros clientes pasa ya por la app, y mantener oficinas vacías no tiene sentido", dijo Borsani. Los cerca de 260 empleados afectados serán recolocados en los centros de asesoramiento y en el back office: "No habrá despidos", aseguró.

Junto a la reducción de la red, el banco ha puesto a la venta una cartera de créditos dudosos de 1.200 millones de euros brutos. Entre los aspirantes, según ha podido saber este diario, figura el servicer español Gestión de Activos Ebro, en consorcio con un fondo estadounidense. La venta debería cerrarse antes del otoño.

En la sala de conferencias de Villa Ortensi, abarrotada de pequeños accionistas, los socios aprobaron las cuentas de 2026 con el 91,3% de los votos y un dividendo de 0,21 euros por acción. No faltaron las protestas: varios alcaldes de los municipios del alto valle pidieron salvar al menos las oficinas de los pueblos donde no hay otro banco.

El año pasado Il Sole 24 Ore había apuntado a una fusión con una entidad lombarda, una hipótesis que Borsani despachó con una broma: "Hoy hablamos de sucursales, no de bodas".
""",
"02_en.txt": """Italian lender Credito Valmarenese to close a third of its branches
The Guardian
Fri 23 Apr 2027 10.32 BST

The Italian regional bank Banca di Credito Valmarenese will close 38 of its 112 branches by the middle of next year, its chief executive has told Corriere della Sera, as more and more of its customers bank by smartphone.

Federica Borsani told the Milan daily that 70% of customer transactions now went through the bank's app and that keeping empty branches open "makes no sense". None of the roughly 260 staff affected would lose their jobs, she said; they are to be moved to advice centres and back-office roles.

The announcement came on the day of the bank's annual meeting in Valmarena, at which shareholders approved a dividend of 21 cents a share, according to the newspaper's report. Several mayors from villages in the upper valley protested at the meeting, calling for branches to stay open where there is no other bank, Corriere reported.

The closures follow a wider trend across southern Europe, where regional lenders have sharply cut their networks over the past decade. Consumer groups have warned that older customers in rural areas risk being left without easy access to cash.
""",
"03_de.txt": """Italienische Regionalbank schließt jede dritte Filiale
Süddeutsche Zeitung
23. April 2027, 14:51 Uhr

Die italienische Regionalbank Banca di Credito Valmarenese macht 38 ihrer 112 Filialen dicht. Das kündigte Vorstandschefin Federica Borsani im Gespräch mit dem Mailänder Corriere della Sera an; bis Mitte 2028 sollen die Schließungen abgeschlossen sein.

„Das ist kein Rückzug aus der Region", sagte Borsani der Zeitung. Siebzig Prozent der Kundengeschäfte liefen inzwischen über die App. Die rund 260 betroffenen Beschäftigten sollen in Beratungszentren und im Backoffice unterkommen, Kündigungen schließt die Bank aus.

Parallel dazu will das Institut ein Paket notleidender Kredite im Bruttovolumen von 1,2 Milliarden Euro abstoßen. Zu den Interessenten gehört nach Informationen des Corriere der spanische Servicer Gestión de Activos Ebro, der gemeinsam mit einem US-Fonds bietet. Abgeschlossen werden soll der Verkauf bis zum Herbst.

Bei der Hauptversammlung in Valmarena hätten mehrere Bürgermeister aus dem oberen Tal gegen die Schließungen protestiert, berichtet das Blatt. In vielen Dörfern ist die Valmarenese die einzige Bank am Ort.

Auch hierzulande dünnen Sparkassen und Genossenschaftsbanken ihre Filialnetze seit Jahren aus, weil immer mehr Kunden ihre Bankgeschäfte online erledigen.
""",
}, [{"name": "Corriere della Sera", "in_corpus": True}],
[{"origin": "Corriere della Sera", "article": "01_es.txt"},
 {"origin": "Corriere della Sera", "article": "02_en.txt"},
 {"origin": "Corriere della Sera", "article": "03_de.txt"}],
[{"text": "Banca di Credito Valmarenese will close 38 of its 112 branches by mid-2028.",
  "articles": ["00_it.txt", "01_es.txt", "02_en.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "The bank is selling a 1.2 billion euro bad-loan portfolio; the Spanish servicer Gestión de Activos Ebro is among the bidders.",
  "articles": ["00_it.txt", "01_es.txt", "03_de.txt"], "independent_sources": 1},
 {"text": "Shareholders approved a dividend of 0.21 euros per share.",
  "articles": ["00_it.txt", "01_es.txt", "02_en.txt"], "independent_sources": 1}])

# b04: three-step chain Коммерсантъ -> Економічна правда -> de, en. Own: "“Ъ” ознакомился с
# письмом" + "рассказали “Ъ” два источника". uk: "пише російська газета «Коммерсант» з посиланням
# на" + "За даними «Коммерсанта»" (gen.) + "розповів «Коммерсанту»" (dat.). de credits the Ukrainian
# portal and names Kommersant as its source ("das sich wiederum auf … beruft"): edge from
# Економічна правда only; en credits Ekonomichna Pravda only. Background: "Ранее РБК писал", "Раніше
# ЕП писала", "hatte die F.A.Z. … berichtet" give no edge.
story("b04_uraltransbank_china_payments", "chain", {
"00_ru.txt": """Уралтрансбанк свернет платежи в Китай после потери корсчетов
Коммерсантъ
10.05.2027, 09:12

Верхнеборский Уралтрансбанк с 1 июня прекратит проводить платежи корпоративных клиентов в юанях в Китай. Об этом говорится в письме банка клиентам, с которым ознакомился “Ъ”. Подлинность документа “Ъ” подтвердили два источника, знакомых с ситуацией.

Согласно письму, решение связано с тем, что в феврале два китайских региональных банка закрыли Уралтрансбанку корреспондентские счета. «В сложившихся условиях банк не может гарантировать сроки и исполнение платежей в КНР», - говорится в документе. Клиентам предлагают до конца мая завершить расчеты по действующим контрактам.

Изменения затронут около 1700 компаний, в основном импортеров оборудования и автокомпонентов, рассказал “Ъ” один из собеседников. По словам другого источника, весной банк пытался открыть счет в третьем китайском банке, но после проверки его комплаенс-службой получил отказ.

В пресс-службе Уралтрансбанка получение запроса “Ъ” подтвердили, но от комментариев отказались.

Уралтрансбанк входит в полсотни крупнейших российских банков по размеру активов. Ранее РБК писал, что сроки исполнения платежей в Китай у региональных банков в 2026 году выросли до двух-трех недель, а комиссии посредников - до 3-4% от суммы.
""",
"01_uk.txt": """Російський Уралтрансбанк припиняє платежі до Китаю - «Коммерсант»
Економічна правда
10 травня 2027, 13:40

Російський Уралтрансбанк з 1 червня перестане проводити платежі корпоративних клієнтів у юанях до Китаю. Про це пише російська газета «Коммерсант» з посиланням на лист банку до клієнтів і два обізнані джерела.

За даними «Коммерсанта», у лютому два китайські регіональні банки закрили Уралтрансбанку кореспондентські рахунки. У листі, з яким ознайомилися російські журналісти, банк пояснює, що «не може гарантувати строки та виконання платежів до КНР». Клієнтам радять до кінця травня завершити розрахунки за чинними контрактами.

Рішення зачепить близько 1700 компаній - переважно імпортерів обладнання та автокомпонентів, розповів «Коммерсанту» один зі співрозмовників. Як зазначає газета, навесні банк намагався відкрити рахунок у третьому китайському банку, але отримав відмову.

У пресслужбі Уралтрансбанку від коментарів російському виданню відмовилися. Уралтрансбанк входить до п'ятдесяти найбільших банків Росії за розміром активів, зазначає «Коммерсант».

Раніше ЕП писала, що через загрозу вторинних санкцій з боку США та ЄС китайські банки дедалі частіше відмовляються обслуговувати платежі російських компаній, а імпортери шукають посередників у третіх країнах.
""",
"02_de.txt": """Russische Regionalbank stoppt Zahlungen nach China
Frankfurter Allgemeine Zeitung
11.05.2027, 07:58

Die russische Uraltransbank stellt zum 1. Juni die Yuan-Zahlungen ihrer Firmenkunden nach China ein. Das berichtet das ukrainische Wirtschaftsportal Ekonomitschna Prawda, das sich wiederum auf die russische Zeitung Kommersant beruft. Die Bank aus Werchneborsk habe ihre Kunden in einem Schreiben darüber informiert, heißt es in dem Bericht.

Hintergrund ist demnach, dass zwei chinesische Regionalbanken im Februar die Korrespondenzkonten der Uraltransbank gekündigt haben. Man könne Fristen und Ausführung von Zahlungen nach China „nicht mehr garantieren", zitiert das ukrainische Portal aus dem Brief. Den Kunden werde empfohlen, laufende Verträge bis Ende Mai abzuwickeln.

Die Uraltransbank äußerte sich zunächst nicht.

Der Fall zeigt, wie schwierig der Zahlungsverkehr zwischen Russland und China geworden ist. Schon im vergangenen Herbst hatte die F.A.Z. über russische Importeure berichtet, die für Überweisungen nach China wochenlang warten und auf Vermittler in Drittstaaten ausweichen müssen. Chinesische Institute fürchten, wegen solcher Geschäfte selbst ins Visier westlicher Sanktionen zu geraten, und prüfen russische Kunden deutlich strenger als noch vor zwei Jahren.
""",
"03_en.txt": """Russian lender to halt yuan payments to China, Ukrainian outlet reports
The Kyiv Independent
May 10, 2027 6:15 PM

Russia's Uraltransbank will stop processing its corporate clients' yuan payments to China from June 1, Ukrainian business outlet Ekonomichna Pravda reported on May 10.

The move will affect about 1,700 companies, mostly importers of machinery and car parts, according to Ekonomichna Pravda's report. The outlet said the bank had informed clients of the decision in a letter, saying it could no longer guarantee that payments to China would be executed on time.

Uraltransbank, based in the city of Verkhneborsk, is among Russia's 50 largest lenders by assets.

Chinese banks have grown increasingly reluctant to handle transactions for Russian companies amid the threat of secondary sanctions. Russian importers have complained for months of delays of several weeks and of rising fees charged by intermediaries in third countries.

The squeeze on payments is one of the less visible effects of sanctions on Russia's economy, which relies heavily on Chinese machinery and components.
""",
}, [{"name": "Коммерсантъ", "in_corpus": True}],
[{"origin": "Коммерсантъ", "article": "01_uk.txt"},
 {"origin": "Економічна правда", "article": "02_de.txt"},
 {"origin": "Економічна правда", "article": "03_en.txt"}],
[{"text": "Uraltransbank will stop its corporate clients' yuan payments to China from June 1.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_de.txt", "03_en.txt"], "independent_sources": 1},
 {"text": "Two Chinese regional banks closed Uraltransbank's correspondent accounts in February.",
  "articles": ["00_ru.txt", "01_uk.txt", "02_de.txt"], "independent_sources": 1},
 {"text": "About 1,700 companies, mostly importers of machinery and car parts, are affected.",
  "articles": ["00_ru.txt", "01_uk.txt", "03_en.txt"], "independent_sources": 1}])

# b05: Les Echos' own scoop ("Selon nos informations", draft seen, three sources); Il Sole 24 Ore
# relays it ("Lo scrive il quotidiano economico francese Les Echos, citando") and adds its own
# confirmation ("Contattata dal Sole 24 Ore, Serrelonde Italia ha confermato" + "ha spiegato al
# nostro giornale"): edge from Les Echos + Il Sole 24 Ore as a second in-corpus root. Plain relays:
# de "Wie die Wirtschaftszeitung „Les Echos" unter Berufung auf … berichtet" + "wollte sich auf
# Anfrage des Handelsblatts nicht äußern" (no own reporting); es "según adelanta este jueves el
# diario económico Les Echos" + "El rotativo parisino" (background "como publicó Cinco Días en 2025").
story("b05_serrelonde_fees_settlement", "confirmation", {
"00_fr.txt": """Frais bancaires : Banque Serrelonde prête à payer 210 millions d'euros pour solder l'enquête du superviseur
Les Echos
Publié le 3 juin 2027 à 7:00

Selon nos informations, Banque Serrelonde s'apprête à verser 210 millions d'euros pour clore l'enquête ouverte en 2025 par l'Autorité de contrôle des pratiques bancaires (ACPB) sur les frais prélevés à ses clients en difficulté. Un accord transactionnel, dont « Les Echos » ont pu consulter le projet, doit être signé dans les prochains jours, indiquent trois sources proches du dossier.

Le superviseur reproche à la banque de Sainte-Orvanne d'avoir facturé, entre 2021 et 2025, des commissions d'intervention supérieures au plafond réglementaire à quelque 410 000 clients. Une partie d'entre eux étaient pourtant identifiés comme « fragiles » dans les fichiers internes de l'établissement, selon le document.

Sur le total, 34 millions d'euros concernent la filiale italienne, Serrelonde Italia, installée à Castelmoro, qui avait appliqué le même barème à environ 52 000 clients, précise l'une des sources. Le reste prendra surtout la forme de remboursements automatiques aux clients français, l'amende proprement dite étant limitée à 45 millions.

Sollicitée, la banque n'a pas souhaité faire de commentaire. L'ACPB n'a pas répondu.

Le montant dépasse nettement les 120 millions d'euros provisionnés par Serrelonde dans ses comptes 2026. En 2024, « Le Monde » avait révélé les premières plaintes d'associations de consommateurs contre les pratiques tarifaires du groupe.
""",
"01_it.txt": """Serrelonde verso l'accordo da 210 milioni. La filiale italiana: «Accantonati 34 milioni»
Il Sole 24 Ore
03 giugno 2027, 12:40

La francese Banque Serrelonde è pronta a pagare 210 milioni di euro per chiudere l'indagine dell'autorità di vigilanza sulle commissioni applicate ai clienti in difficoltà. Lo scrive il quotidiano economico francese Les Echos, citando tre fonti vicine al dossier e una bozza dell'accordo.

Secondo il giornale parigino, l'Autorité de contrôle des pratiques bancaires (ACPB) contesta al gruppo di aver addebitato tra il 2021 e il 2025 commissioni oltre il tetto regolamentare. Una parte della somma riguarda l'Italia.

Contattata dal Sole 24 Ore, Serrelonde Italia ha confermato di aver accantonato 34 milioni di euro per rimborsare circa 52mila clienti italiani. «Restituiremo le commissioni anche a chi nel frattempo ha chiuso il conto», ha spiegato al nostro giornale il direttore generale della controllata di Castelmoro, Paolo Gribaudo. I rimborsi, ha aggiunto, partiranno entro l'autunno e non richiederanno alcuna domanda da parte dei clienti.

L'accordo non è ancora firmato e, stando a Les Echos, dovrebbe essere formalizzato nei prossimi giorni. La capogruppo francese non ha commentato.

Serrelonde Italia, 31 sportelli e circa 180mila clienti, era stata rilevata dal gruppo d'Oltralpe nel 2019.
""",
"02_de.txt": """Französische Banque Serrelonde will Gebührenstreit für 210 Millionen Euro beilegen
Handelsblatt
03.06.2027 - 10:15 Uhr

Die französische Banque Serrelonde steht offenbar kurz vor einer Einigung mit der Bankenaufsicht ihres Landes. Wie die Wirtschaftszeitung „Les Echos" unter Berufung auf drei mit dem Vorgang vertraute Personen berichtet, will das Institut 210 Millionen Euro zahlen, um ein Verfahren wegen überhöhter Kontogebühren zu beenden.

Die Aufsichtsbehörde ACPB wirft der Bank dem Bericht zufolge vor, zwischen 2021 und 2025 rund 410.000 Kunden Gebühren oberhalb der gesetzlichen Obergrenze berechnet zu haben. Viele von ihnen seien intern als „finanziell gefährdet" eingestuft gewesen, schreibt das Pariser Blatt, dem ein Entwurf der Vereinbarung vorliegt.

Die Summe liegt deutlich über den 120 Millionen Euro, die Serrelonde für 2026 zurückgestellt hatte. Eine Sprecherin der Bank wollte sich auf Anfrage des Handelsblatts nicht äußern. Die Aufsicht hatte das Verfahren 2025 nach Beschwerden von Schuldnerberatungen eingeleitet.

Für die französische Branche ist der Fall heikel: Verbraucherschützer fordern seit Jahren strengere Regeln für Gebühren bei Kontoüberziehungen. Unterzeichnet werden soll die Vereinbarung „Les Echos" zufolge in den kommenden Tagen.
""",
"03_es.txt": """Banque Serrelonde pagará 210 millones para cerrar la investigación por comisiones abusivas, según 'Les Echos'
Cinco Días
03 jun 2027 - 13:05 CEST

La entidad francesa Banque Serrelonde se dispone a pagar 210 millones de euros para cerrar la investigación abierta por el supervisor de su país sobre las comisiones cobradas a clientes en dificultades, según adelanta este jueves el diario económico Les Echos.

El rotativo parisino, que cita a tres fuentes próximas al expediente y ha tenido acceso al borrador del acuerdo, explica que la Autorité de contrôle des pratiques bancaires (ACPB) reprocha a la entidad haber aplicado a unos 410.000 clientes comisiones por encima del límite legal entre 2021 y 2025.

Según Les Echos, el acuerdo se firmará en los próximos días. La cifra supera con holgura los 120 millones de euros que el banco había provisionado en sus cuentas de 2026.

Serrelonde no está presente en la banca minorista española, pero sí en la gestión de patrimonios: como publicó Cinco Días en 2025, el grupo compró ese año una pequeña gestora con sede en Pinar de Olvera, con unos 900 millones de euros bajo gestión.

El caso llega en plena ofensiva de los supervisores europeos contra las comisiones que penalizan a los clientes más vulnerables.
""",
}, [{"name": "Les Echos", "in_corpus": True}, {"name": "Il Sole 24 Ore", "in_corpus": True}],
[{"origin": "Les Echos", "article": "01_it.txt"},
 {"origin": "Les Echos", "article": "02_de.txt"},
 {"origin": "Les Echos", "article": "03_es.txt"}],
[{"text": "Banque Serrelonde is set to pay 210 million euros to settle the ACPB investigation into fees charged to customers in difficulty.",
  "articles": ["00_fr.txt", "01_it.txt", "02_de.txt", "03_es.txt"], "independent_sources": 2},
 {"text": "34 million euros concern the Italian subsidiary Serrelonde Italia, which will refund about 52,000 Italian customers.",
  "articles": ["00_fr.txt", "01_it.txt"], "independent_sources": 2},
 {"text": "Fees above the regulatory cap were charged to about 410,000 customers between 2021 and 2025.",
  "articles": ["00_fr.txt", "02_de.txt", "03_es.txt"], "independent_sources": 1}])

# b06: a banker's own Facebook post taken directly by all four: uk "написав у Facebook" + "йдеться в
# дописі"; ru "написал он в своем фейсбуке" + "следует из его поста"; en "announced in a Facebook
# post" + "Dovhaliuk wrote"; it "Lo ha annunciato su Facebook" + "ha scritto … nel post". Background:
# Forbes Україна 2025, NV 2026 interview (no edges); "interpellata, non ha rilasciato commenti" adds
# nothing.
story("b06_kvitka_sale_facebook", "social_post", {
"00_uk.txt": """Засновник Kvitka Bank продає необанк італійській Banca Ardesia за €95 млн
LIGA.net
11.07.2027 21:34

Італійська банківська група Banca Ardesia купить 100% українського необанку Kvitka Bank за 95 млн євро. Про це в неділю ввечері написав у Facebook співзасновник і CEO банку Андрій Довгалюк.

«Ми довго шукали партнера, який не зламає продукт, а дасть йому капітал і європейську ліцензію. Сьогодні ми підписали угоду», - йдеться в дописі Довгалюка. За його словами, угода потребує погодження регуляторів в Україні та Італії і має бути закрита в першому кварталі 2028 року.

Після закриття угоди Довгалюк залишить посаду CEO, але щонайменше два роки працюватиме в банку радником. Нового керівника визначать італійські акціонери, написав він.

Банкір також запевнив клієнтів, що для них нічого не зміниться: «Депозити, картки, кешбек - усе працює як раніше». Як зазначено в дописі, Kvitka Bank обслуговує 1,1 млн клієнтів.

Офіційного повідомлення на сайті банку станом на вечір неділі не було, Banca Ardesia також поки не коментувала угоду публічно. У 2025 році Forbes Україна оцінював частку Довгалюка в банку у $40 млн.
""",
"01_ru.txt": """Украинский необанк Kvitka продают итальянской Banca Ardesia
The Bell
12 июля 2027, 10:05

Сооснователь и CEO украинского необанка Kvitka Bank Андрей Довгалюк объявил о продаже банка итальянской группе Banca Ardesia. Сумма сделки - 95 млн евро, написал он в своем фейсбуке в воскресенье вечером. Итальянцы получат 100% банка.

«Мы долго искали партнера, который не сломает продукт, а даст ему капитал и европейскую лицензию», - говорится в посте Довгалюка.

Сам Довгалюк после закрытия сделки покинет пост CEO, но останется в банке советником как минимум на два года, следует из его поста. Клиентам, которых, по его словам, у Kvitka 1,1 млн, он пообещал, что депозиты и карты будут работать в обычном режиме.

Kvitka Bank - один из немногих украинских банков, созданных с нуля после 2020 года; Довгалюк основал его в 2021-м вместе с двумя бывшими коллегами. Банк не имеет отделений и работает только через мобильное приложение; основную прибыль ему приносят кредитные карты и эквайринг для малого бизнеса.

Для Banca Ardesia это будет первая покупка за пределами Евросоюза. Итальянская группа пока не комментировала сделку публично.
""",
"02_en.txt": """Italy's Banca Ardesia to buy Ukrainian neobank Kvitka for 95 million euros, founder says
The Kyiv Independent
July 12, 2027 9:40 AM

Italian banking group Banca Ardesia has agreed to buy Ukrainian neobank Kvitka Bank for 95 million euros ($103 million), the bank's co-founder and CEO Andrii Dovhaliuk announced in a Facebook post on July 11.

"We spent a long time looking for a partner who wouldn't break the product but would give it capital and a European license. Today we signed the deal," Dovhaliuk wrote.

The acquisition still needs approval from regulators in Ukraine and Italy and is expected to close in the first quarter of 2028, according to the post. Dovhaliuk said he would step down as CEO once the deal closes but would stay on as an adviser for at least two years.

Kvitka Bank, which says it serves 1.1 million customers, is one of the few Ukrainian banks to have attracted a foreign buyer in recent years. In a 2026 interview with NV, Dovhaliuk had said he had "no plans to sell, only to grow."
""",
"03_it.txt": """Banche: Ardesia compra l'ucraina Kvitka Bank per 95 milioni
ANSA
12 luglio 2027 11:18

(ANSA) - VALCERNA, 12 LUG - Banca Ardesia sbarca in Ucraina. Il gruppo di Valcerna ha raggiunto un accordo per rilevare il 100% della banca digitale ucraina Kvitka Bank per 95 milioni di euro. Lo ha annunciato su Facebook il cofondatore e amministratore delegato dell'istituto ucraino, Andrii Dovhaliuk.

"Oggi abbiamo firmato l'accordo", ha scritto Dovhaliuk nel post pubblicato ieri sera, spiegando che l'operazione dovrà ricevere il via libera delle autorità di vigilanza di Ucraina e Italia e che il closing è atteso nel primo trimestre del 2028.

Kvitka Bank, secondo quanto riferito dal manager, conta 1,1 milioni di clienti e opera esclusivamente tramite app. Ai clienti Dovhaliuk ha assicurato che depositi e carte continueranno a funzionare come prima. Per Ardesia, che ha chiuso il 2026 con un utile netto di 212 milioni di euro, si tratterebbe della prima acquisizione fuori dall'Unione europea.

Banca Ardesia, interpellata, non ha rilasciato commenti. Il titolo in Borsa guadagnava in mattinata l'1,4%. (ANSA).
""",
}, [{"name": "Andrii Dovhaliuk", "in_corpus": False}],
[{"origin": "Andrii Dovhaliuk", "article": "00_uk.txt"},
 {"origin": "Andrii Dovhaliuk", "article": "01_ru.txt"},
 {"origin": "Andrii Dovhaliuk", "article": "02_en.txt"},
 {"origin": "Andrii Dovhaliuk", "article": "03_it.txt"}],
[{"text": "Banca Ardesia will buy 100% of the Ukrainian neobank Kvitka Bank for 95 million euros.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1},
 {"text": "Dovhaliuk will step down as CEO after the deal closes and stay on as an adviser for at least two years.",
  "articles": ["00_uk.txt", "01_ru.txt", "02_en.txt"], "independent_sources": 1},
 {"text": "The deal needs approval from regulators in Ukraine and Italy and should close in the first quarter of 2028.",
  "articles": ["00_uk.txt", "02_en.txt", "03_it.txt"], "independent_sources": 1}])

# b07: two independent roots: El Confidencial's own report ("según han confirmado a El Confidencial
# cuatro fuentes", "según ha podido saber este diario") and Bloomberg (outside, only credited).
# de (no date line) "Das meldete die Finanznachrichtenagentur Bloomberg … unter Berufung auf" +
# "hieß es bei Bloomberg"; en Reuters "Bloomberg News reported on Tuesday, citing people familiar";
# fr "rapporte mardi le site d'information espagnol El Confidencial" + "Selon le média madrilène";
# it credits both: "Secondo quanto riportato ieri dall'agenzia Bloomberg e dal quotidiano online
# spagnolo El Confidencial". "Contactée par « Les Echos », … n'a pas souhaité" adds nothing.
story("b07_valdeoria_tirrena_bid", "two_roots", {
"00_es.txt": """Banco Valdeoria estudia lanzar una opa sobre la italiana Banca Mercantile Tirrena
El Confidencial
14/09/2027 - 05:45

Banco Valdeoria ha dado los primeros pasos para dar el salto a Italia. La entidad que preside Íñigo Larrañeta estudia lanzar una oferta pública de adquisición sobre Banca Mercantile Tirrena, según han confirmado a El Confidencial cuatro fuentes conocedoras de la operación.

El consejo de administración del banco se reunió el lunes de forma extraordinaria en Puerto Vedral y encargó a la boutique Hartwell Partners el análisis de la operación, según ha podido saber este diario. Las conversaciones con el entorno de Tirrena son todavía preliminares y no se ha fijado un precio.

Para financiar la compra, Valdeoria baraja una ampliación de capital de hasta 500 millones de euros, que se combinaría con el exceso de capital acumulado en los últimos tres ejercicios, explican las mismas fuentes. La entidad cerró junio con una ratio de capital de máxima calidad del 15,1%, muy por encima de sus requisitos.

Fuentes oficiales de Valdeoria se limitaron a señalar a este medio que el banco "analiza de forma permanente oportunidades de crecimiento", sin confirmar ni desmentir el interés.

Tirrena, con unos 900.000 clientes y una red concentrada en la costa tirrena, ha sido objeto de varios acercamientos en los últimos años, ninguno de los cuales llegó a materializarse.
""",
"01_de.txt": """Banco Valdeoria erwägt Gebot für Banca Mercantile Tirrena
Börsen-Zeitung

Die spanische Banco Valdeoria prüft einem Bericht zufolge eine Übernahme der italienischen Banca Mercantile Tirrena. Das meldete die Finanznachrichtenagentur Bloomberg am Dienstag unter Berufung auf mit der Angelegenheit vertraute Personen. Ein mögliches Angebot könnte Tirrena demnach mit rund 1,6 Mrd. Euro bewerten.

Valdeoria habe bereits Kontakt zur größten Aktionärin von Tirrena aufgenommen, der Fondazione Cassa di Porto Salvèra, die 19% der Anteile hält, hieß es bei Bloomberg weiter. Die Überlegungen befänden sich allerdings in einem frühen Stadium, eine Entscheidung sei noch nicht gefallen.

Die Tirrena-Aktie sprang nach dem Bericht um mehr als 7% nach oben. Valdeoria und Tirrena äußerten sich zunächst nicht.

Für Valdeoria wäre es der erste Schritt über die Landesgrenzen hinaus. Die Bank hatte sich in den vergangenen Jahren auf das Heimatgeschäft konzentriert und ihre harte Kernkapitalquote auf 15,1% hochgefahren. Grenzüberschreitende Übernahmen unter Banken sind in der Eurozone bislang die Ausnahme geblieben, weil unterschiedliche nationale Regeln und Einlagensicherungssysteme die erhofften Synergien schmälern.
""",
"02_it.txt": """Valdeoria punta Tirrena, sul tavolo un'offerta da 1,6 miliardi
MF Milano Finanza
15/09/2027 06:30

La spagnola Banco Valdeoria guarda all'Italia e mette nel mirino Banca Mercantile Tirrena. Secondo quanto riportato ieri dall'agenzia Bloomberg e dal quotidiano online spagnolo El Confidencial, l'istituto iberico sta valutando un'offerta sulla banca di Porto Salvèra.

Bloomberg, citando persone informate sui fatti, parla di una possibile valorizzazione intorno a 1,6 miliardi di euro. El Confidencial, dal canto suo, scrive che il consiglio di amministrazione di Valdeoria si è riunito lunedì in seduta straordinaria e ha affidato alla boutique Hartwell Partners il compito di studiare il dossier.

A Piazza Affari il titolo Tirrena ha chiuso in rialzo del 7,2%. Contattata, Tirrena non ha commentato; nessun commento nemmeno da Valdeoria.

Il dossier potrebbe riaprire la partita del risiko bancario nel Mezzogiorno, rimasta ferma dopo il fallimento delle trattative tra Tirrena e un fondo statunitense. Gli analisti ricordano che la banca tirrenica, con circa 900mila clienti, è tra le poche di medie dimensioni ancora indipendenti, e che un eventuale compratore straniero dovrebbe fare i conti con una fondazione azionista molto legata al territorio.
""",
"03_fr.txt": """L'espagnol Valdeoria lorgne l'italien Tirrena
Les Echos
Publié le 14 sept. 2027 à 12:10

Banco Valdeoria envisage de lancer une offre publique d'achat sur Banca Mercantile Tirrena, rapporte mardi le site d'information espagnol El Confidencial, qui cite quatre sources au fait du dossier.

Selon le média madrilène, le conseil d'administration de la banque espagnole s'est réuni lundi en séance extraordinaire et a mandaté la banque d'affaires Hartwell Partners. Pour financer l'opération, Valdeoria réfléchirait à une augmentation de capital pouvant atteindre 500 millions d'euros, précise El Confidencial.

Les discussions n'en seraient qu'à un stade préliminaire. Mardi, l'action Tirrena a bondi de plus de 7 % en séance. Fondée au XIXe siècle, la banque compte environ 900 000 clients. Contactée par « Les Echos », la banque espagnole n'a pas souhaité faire de commentaire.

Un tel rachat ferait figure d'exception : les opérations transfrontalières restent rares dans la banque européenne, freinées par la fragmentation des règles nationales. En 2026, « Les Echos » avaient révélé que Tirrena avait éconduit un fonds d'investissement américain qui proposait de racheter la banque.
""",
"04_en.txt": """Spain's Banco Valdeoria weighs bid for Italy's Tirrena - Bloomberg News
Reuters
September 14, 2027 6:05 PM GMT+2

Sept 14 (Reuters) - Spanish lender Banco Valdeoria is exploring a takeover offer for Italy's Banca Mercantile Tirrena that could value the target at about 1.6 billion euros ($1.75 billion), Bloomberg News reported on Tuesday, citing people familiar with the matter.

Valdeoria has approached Tirrena's largest shareholder, the Fondazione Cassa di Porto Salvèra, which holds a 19% stake, according to the report. Deliberations are at an early stage and Valdeoria could still decide not to pursue a deal, the people told Bloomberg.

Reuters could not immediately verify the report. Valdeoria and Tirrena did not immediately respond to requests for comment.

Shares in Tirrena jumped as much as 8.1% after the report and closed up 7.2%, giving the bank a market value of about 1.3 billion euros.

A deal would be one of the few cross-border bank takeovers in the euro zone in recent years, as lenders have been deterred by differing national rules.

(Reporting by Giulia Ferranti and Pablo Ríos Aranda; Editing by Mark Pottinger)
""",
}, [{"name": "El Confidencial", "in_corpus": True}, {"name": "Bloomberg", "in_corpus": False}],
[{"origin": "Bloomberg", "article": "01_de.txt"},
 {"origin": "Bloomberg", "article": "02_it.txt"},
 {"origin": "El Confidencial", "article": "02_it.txt"},
 {"origin": "El Confidencial", "article": "03_fr.txt"},
 {"origin": "Bloomberg", "article": "04_en.txt"}],
[{"text": "Banco Valdeoria is considering a takeover offer for Banca Mercantile Tirrena.",
  "articles": ["00_es.txt", "01_de.txt", "02_it.txt", "03_fr.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "An offer could value Tirrena at about 1.6 billion euros.",
  "articles": ["01_de.txt", "02_it.txt", "04_en.txt"], "independent_sources": 2},
 {"text": "Valdeoria is weighing a capital increase of up to 500 million euros to finance the purchase.",
  "articles": ["00_es.txt", "03_fr.txt"], "independent_sources": 1},
 {"text": "Valdeoria has approached Tirrena's largest shareholder, the Fondazione Cassa di Porto Salvèra, which holds 19%.",
  "articles": ["01_de.txt", "04_en.txt"], "independent_sources": 1}])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 177 (banks, central banks, bank fines, "
                       "financial supervisors; real outlet names, invented events); see README.md.",
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
