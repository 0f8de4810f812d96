#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand93 set.

Health and pharmaceutical news under real media names (BBC News, STAT News, Le Figaro, El País,
Der Spiegel, Deutsches Ärzteblatt, Ukrinform; The Lancet and the NEJM as journals). All events,
outbreaks, drugs, companies and people are invented; no real article text is used.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# h01: a WHO statement (no medium between) taken directly by four outlets: en "the World Health
# Organization said in a statement"; fr "a annoncé l'Organisation mondiale de la santé (OMS) dans un
# communiqué"; es "según un comunicado de la Organización Mundial de la Salud (OMS)"; uk "йдеться у
# заяві Всесвітньої організації охорони здоров'я (ВООЗ)".
story("h01_who_statement_marburg", "official_statement", {
"00_en.txt": """WHO confirms Marburg outbreak in northern Angola, six dead
BBC News
2027-05-12 18:40

Six people have died in an outbreak of Marburg virus disease in the Kalunga-Norte district of northern Angola, the World Health Organization said in a statement on Wednesday.

Seventeen cases have been confirmed by laboratory tests since the first patient, a 34-year-old mine worker, fell ill at the end of April. About 240 people who had contact with the patients are being followed up by local health teams, the WHO said.

Marburg belongs to the same family as Ebola and causes severe bleeding fever. There is no approved vaccine or specific treatment, although candidate vaccines are being tested in several countries.

In its statement the organisation rated the risk as high at national level, moderate for the region and low globally. It said it did not recommend any restrictions on travel or trade with Angola.

"Early detection has given us a real chance to stop this outbreak quickly," the statement quoted Dr Amara Ndiaye-Folu, the WHO's regional emergencies director, as saying. The agency has sent an emergency team, protective equipment and a mobile laboratory to the district.
""",
"01_fr.txt": """Angola : l'OMS confirme une épidémie de fièvre de Marburg, six morts
Le Figaro
12 mai 2027

Une épidémie de maladie à virus de Marburg a fait six morts dans le district de Kalunga-Norte, dans le nord de l'Angola, a annoncé l'Organisation mondiale de la santé (OMS) dans un communiqué publié mercredi à Genève.

Dix-sept cas ont été confirmés en laboratoire depuis fin avril. Le premier malade était un mineur de 34 ans. Environ 240 personnes ayant été en contact avec des patients font l'objet d'un suivi, précise l'organisation.

Le virus de Marburg, de la même famille que celui d'Ebola, provoque une fièvre hémorragique souvent mortelle. Il n'existe ni vaccin homologué ni traitement spécifique.

L'OMS juge le risque « élevé » au niveau national, « modéré » au niveau régional et « faible » au niveau mondial. Elle ne recommande aucune restriction des voyages ou des échanges avec l'Angola. Une équipe d'urgence et un laboratoire mobile ont été dépêchés sur place.
""",
"02_es.txt": """La OMS confirma un brote de Marburgo en el norte de Angola con seis muertos
El País
12/05/2027 - 19:55

Seis personas han muerto en un brote de enfermedad por el virus de Marburgo en el distrito de Kalunga-Norte, en el norte de Angola, según un comunicado de la Organización Mundial de la Salud (OMS) difundido este miércoles.

Los laboratorios han confirmado 17 casos desde finales de abril, cuando enfermó el primer paciente, un minero de 34 años. Unas 240 personas que estuvieron en contacto con los enfermos están bajo seguimiento, añade el organismo.

El virus de Marburgo, pariente del ébola, causa una fiebre hemorrágica grave y no cuenta con vacuna aprobada ni tratamiento específico.

"La detección temprana nos da una oportunidad real de frenar este brote con rapidez", afirma en el comunicado la doctora Amara Ndiaye-Folu, directora regional de emergencias de la OMS. La organización ha enviado un equipo de emergencia y un laboratorio móvil a la zona.
""",
"03_uk.txt": """ВООЗ підтвердила спалах хвороби Марбург в Анголі: шестеро загиблих
Укрінформ
2027-05-12T21:10:00+03:00

У районі Калунга-Норте на півночі Анголи внаслідок спалаху хвороби, спричиненої вірусом Марбург, померли шестеро людей. Про це йдеться у заяві Всесвітньої організації охорони здоров'я (ВООЗ), оприлюдненій у середу.

Від кінця квітня лабораторно підтверджено 17 випадків. Першим захворів 34-річний шахтар. За близько 240 контактними особами ведеться спостереження, зазначають у ВООЗ.

Вірус Марбург належить до тієї ж родини, що й вірус Ебола, і спричиняє тяжку геморагічну гарячку. Затвердженої вакцини чи специфічного лікування не існує.

У ВООЗ оцінюють ризик як високий на національному рівні, помірний — на регіональному та низький — на глобальному. Обмежувати поїздки чи торгівлю з Анголою організація не рекомендує.
""",
}, [("World Health Organization", False)],
[("World Health Organization", "00_en.txt"), ("World Health Organization", "01_fr.txt"),
 ("World Health Organization", "02_es.txt"), ("World Health Organization", "03_uk.txt")],
[("An outbreak of Marburg virus disease in Angola's Kalunga-Norte district has killed six people, with 17 confirmed cases.",
  ["00_en.txt", "01_fr.txt", "02_es.txt", "03_uk.txt"], 1),
 ("The WHO rates the risk as high nationally, moderate regionally and low globally and advises no travel restrictions.",
  ["00_en.txt", "01_fr.txt", "03_uk.txt"], 1)])

# h02: a drugmaker's press release (company's own statement, no medium between) taken directly by
# four outlets: en "the company said in a press release"; de "teilte … in einer Pressemitteilung
# mit"; fr "a annoncé le laboratoire danois dans un communiqué"; es (no date line) "según ha
# informado la farmacéutica en un comunicado". The EMA is only mentioned as having been informed.
story("h02_press_release_recall", "company_statement", {
"00_en.txt": """Norvanta recalls 14 batches of blood thinner Tradexil over dosing error
STAT News
May 18, 2027, 7:05 a.m. ET

Danish drugmaker Norvanta Pharma is recalling 14 batches of its anticoagulant Tradexil in nine European countries after quality tests found that some tablets contained up to 12% more active ingredient than stated on the label, the company said in a press release Tuesday.

The affected batches of the 20-milligram tablets were made at the company's plant in Kalundborg between November and February. Norvanta said it had received no reports of patients being harmed, but an overdose of an anticoagulant can raise the risk of bleeding.

"Patient safety comes first, and we are acting out of caution," chief executive Henrik Vallø said in the release. The company said it had informed the European Medicines Agency and national regulators.

Patients should not stop taking the drug without talking to their doctor or pharmacist, Norvanta said, and pharmacies will exchange packs from the affected batches free of charge. Tradexil is not sold in the United States.
""",
"01_de.txt": """Blutverdünner Tradexil: Norvanta ruft 14 Chargen zurück
Der Spiegel
18.05.2027 14:20

Der dänische Pharmakonzern Norvanta Pharma ruft in neun europäischen Ländern, darunter Deutschland, 14 Chargen seines Gerinnungshemmers Tradexil zurück. Bei Qualitätskontrollen hätten einige Tabletten bis zu zwölf Prozent mehr Wirkstoff enthalten als angegeben, teilte das Unternehmen am Dienstag in einer Pressemitteilung mit.

Betroffen sind Tabletten mit 20 Milligramm aus dem Werk in Kalundborg, hergestellt zwischen November und Februar. Berichte über geschädigte Patienten lägen nicht vor, hieß es. Eine Überdosis eines Gerinnungshemmers kann allerdings das Blutungsrisiko erhöhen.

Patientinnen und Patienten sollen das Medikament nicht eigenmächtig absetzen, sondern mit Arzt oder Apotheke sprechen. Apotheken tauschen Packungen der betroffenen Chargen kostenlos um.
""",
"02_fr.txt": """Anticoagulant Tradexil : rappel de quatorze lots dans neuf pays européens
Le Figaro
18/05/2027 à 16:45

Le laboratoire danois Norvanta Pharma rappelle quatorze lots de son anticoagulant Tradexil dans neuf pays européens, dont la France, a annoncé le laboratoire danois dans un communiqué mardi. Des contrôles ont montré que certains comprimés contenaient jusqu'à 12 % de principe actif en plus.

Les lots concernés, des comprimés dosés à 20 mg, ont été fabriqués à Kalundborg entre novembre et février. « La sécurité des patients passe avant tout », a déclaré le directeur général, Henrik Vallø, cité dans le communiqué.

Les patients ne doivent pas interrompre leur traitement sans avis médical ; les pharmacies échangeront gratuitement les boîtes concernées.
""",
"03_es.txt": """Norvanta retira 14 lotes del anticoagulante Tradexil en nueve países europeos
El País

La farmacéutica danesa Norvanta Pharma retira 14 lotes de su anticoagulante Tradexil en nueve países europeos, entre ellos España, después de que unos controles de calidad detectaran comprimidos con hasta un 12% más de principio activo del indicado, según ha informado la farmacéutica en un comunicado este martes.

Los lotes afectados, de comprimidos de 20 miligramos, se fabricaron en la planta de Kalundborg entre noviembre y febrero. La compañía asegura que no ha recibido notificaciones de pacientes perjudicados, aunque una sobredosis de anticoagulante puede aumentar el riesgo de hemorragia.

Norvanta pide a los pacientes que no interrumpan el tratamiento sin consultar a su médico o farmacéutico. Las farmacias cambiarán gratis los envases afectados.
""",
}, [("Norvanta Pharma", False)],
[("Norvanta Pharma", "00_en.txt"), ("Norvanta Pharma", "01_de.txt"),
 ("Norvanta Pharma", "02_fr.txt"), ("Norvanta Pharma", "03_es.txt")],
[("Norvanta Pharma is recalling 14 batches of the anticoagulant Tradexil in nine European countries because some tablets contained up to 12% more active ingredient.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_es.txt"], 1),
 ("Norvanta says it has no reports of patients being harmed by the affected batches.",
  ["00_en.txt", "01_de.txt", "03_es.txt"], 1)])

# h03: a study published in The Lancet (journal = medium outside the corpus) reported by four
# papers: de "im Fachjournal The Lancet veröffentlicht"; en (no outlet line, title suffix "- BBC
# News") "published in The Lancet"; es "publicado … en la revista The Lancet"; uk "опубліковано в
# медичному журналі The Lancet". No outlet interviews anyone; quotes are from the paper.
story("h03_lancet_polypill_study", "journal", {
"00_de.txt": """Polypille senkt Schlaganfallrisiko um fast ein Drittel
Deutsches Ärzteblatt
14. Mai 2027

Eine Kombinationstablette aus drei niedrig dosierten Blutdrucksenkern und einem Statin hat in einer großen internationalen Studie das Schlaganfallrisiko um 31 Prozent gesenkt. Die Ergebnisse der Studie UNIPILL-14 wurden am Freitag im Fachjournal The Lancet veröffentlicht.

An der randomisierten Studie nahmen 9.412 Menschen über 55 Jahre in 14 Ländern teil, darunter Deutschland, Spanien und die Ukraine. Sie wurden im Mittel 4,6 Jahre beobachtet. Herzinfarkte traten in der Polypillen-Gruppe um 22 Prozent seltener auf als unter der üblichen Versorgung.

Die Tablette koste in der Herstellung weniger als zehn Cent pro Tag, schreiben die Autorinnen und Autoren um Helena Marsh vom Westbrook Institute for Global Health. Nebenwirkungen wie Schwindel seien in beiden Gruppen ähnlich häufig gewesen.
""",
"01_en.txt": """Cheap 'polypill' cuts strokes by almost a third, study finds - BBC News
2027-05-14T23:01:00+01:00

A single daily pill combining three low-dose blood pressure drugs and a statin cut the risk of stroke by 31%, according to a large international trial published in The Lancet.

The UNIPILL-14 study followed 9,412 people aged over 55 in 14 countries, including the UK, Spain and Ukraine, for an average of 4.6 years. Heart attacks were 22% less common among those taking the polypill than among those receiving usual care.

The researchers, led by Prof Helena Marsh of the Westbrook Institute for Global Health, write that the pill costs less than 10p a day to make and could "transform prevention in countries where most people never see a cardiologist".

Side-effects such as dizziness were about as common in both groups, the paper reports.
""",
"02_es.txt": """Una 'polipíldora' barata reduce casi un tercio los ictus
El País
14 may 2027 - 23:05 CEST

Una sola pastilla diaria que combina tres antihipertensivos en dosis bajas y una estatina redujo un 31% el riesgo de ictus, según un gran ensayo internacional publicado este viernes en la revista The Lancet.

El estudio UNIPILL-14 siguió durante una media de 4,6 años a 9.412 personas mayores de 55 años en 14 países. España fue uno de los que más participantes aportó, con unos 1.100 pacientes en 23 hospitales. Los infartos fueron un 22% menos frecuentes en el grupo de la polipíldora que con la atención habitual.

Según los autores, encabezados por la investigadora Helena Marsh, del Westbrook Institute for Global Health, fabricar la pastilla cuesta menos de diez céntimos al día.
""",
"03_uk.txt": """«Поліпілюля» знизила ризик інсульту майже на третину — дослідження в The Lancet
Укрінформ
15.05.2027 09:30

Одна щоденна таблетка, що поєднує три препарати від тиску в низьких дозах і статин, знизила ризик інсульту на 31%. Результати міжнародного дослідження UNIPILL-14 опубліковано в медичному журналі The Lancet.

У дослідженні взяли участь люди віком понад 55 років у 14 країнах, серед них Україна: близько 800 пацієнтів лікувалися в 11 українських лікарнях. Інфаркти в групі «поліпілюлі» траплялися на 22% рідше, ніж за звичайного лікування.

Як пишуть автори дослідження, виготовлення таблетки коштує менше ніж десять євроцентів на день.
""",
}, [("The Lancet", False)],
[("The Lancet", "00_de.txt"), ("The Lancet", "01_en.txt"),
 ("The Lancet", "02_es.txt"), ("The Lancet", "03_uk.txt")],
[("In the UNIPILL-14 trial a combination polypill cut the risk of stroke by 31%.",
  ["00_de.txt", "01_en.txt", "02_es.txt", "03_uk.txt"], 1),
 ("The trial followed 9,412 people over 55 in 14 countries for an average of 4.6 years.",
  ["00_de.txt", "01_en.txt", "02_es.txt"], 1),
 ("Heart attacks were 22% less common in the polypill group than under usual care.",
  ["00_de.txt", "01_en.txt", "02_es.txt", "03_uk.txt"], 1)])

# h04: a health ministry's figures (Ministerio de Sanidad, no medium between) taken directly by three
# outlets; El País also sends its own reporter to the hospital (own reporting: El País is an
# in-corpus origin as well). es "según los datos publicados … por el Ministerio de Sanidad" + "ha
# podido comprobar EL PAÍS" + "explica a este periódico"; en "Spain's health ministry said" +
# "figures released by the ministry"; de "wie das spanische Gesundheitsministerium … mitteilte".
story("h04_ministry_figures_legionella", "official_statement_plus_own", {
"00_es.txt": """El brote de legionela de Villanueva del Ardal suma 64 casos y cinco muertos
El País
2027-05-25 13:15

El brote de legionelosis de Villanueva del Ardal (Toledo) suma ya 64 casos confirmados y cinco fallecidos, según los datos publicados este martes por el Ministerio de Sanidad. Diecinueve personas siguen hospitalizadas.

Sanidad sitúa el origen más probable en una torre de refrigeración de una nave logística del polígono industrial, que fue clausurada el viernes. Los técnicos esperan los resultados de las muestras para confirmarlo.

En el Hospital Universitario de Toledo, la dirección ha habilitado una planta entera para los enfermos del brote, según ha podido comprobar EL PAÍS. "Llevamos diez días sin respiro; la mayoría son hombres mayores de 60 años con otras enfermedades", explica a este periódico la jefa de Medicina Interna, Rosario Almagro.

Vecinos del barrio de la Estación, el más cercano al polígono, relatan que el ayuntamiento no les informó hasta una semana después de los primeros ingresos.
""",
"01_en.txt": """Spain Legionnaires' outbreak: five dead and 64 cases confirmed
BBC News
25 May 2027

Five people have died and 64 cases have been confirmed in an outbreak of Legionnaires' disease in the Spanish town of Villanueva del Ardal, near Toledo, Spain's health ministry said on Tuesday.

According to figures released by the ministry, 19 patients remain in hospital, four of them in intensive care.

The ministry said the most likely source was a cooling tower at a logistics warehouse on the edge of the town, which was shut down on Friday. Test results are expected later this week.

Legionnaires' disease is a form of pneumonia caught by breathing in droplets of contaminated water. It does not spread from person to person.
""",
"02_de.txt": """Legionellen-Ausbruch in Spanien: fünf Tote
Deutsches Ärzteblatt
Dienstag, 25. Mai 2027

In der spanischen Kleinstadt Villanueva del Ardal bei Toledo sind bei einem Legionellen-Ausbruch fünf Menschen gestorben. Insgesamt seien 64 Fälle bestätigt, wie das spanische Gesundheitsministerium am Dienstag mitteilte.

19 Patienten werden demnach noch im Krankenhaus behandelt, vier davon auf der Intensivstation. Als wahrscheinlichste Quelle nennt das Ministerium einen Kühlturm einer Logistikhalle im Gewerbegebiet, der am Freitag stillgelegt wurde.
""",
}, [("Ministerio de Sanidad", False), ("El País", True)],
[("Ministerio de Sanidad", "00_es.txt"), ("Ministerio de Sanidad", "01_en.txt"),
 ("Ministerio de Sanidad", "02_de.txt")],
[("The Legionnaires' outbreak in Villanueva del Ardal has 64 confirmed cases and five deaths.",
  ["00_es.txt", "01_en.txt", "02_de.txt"], 2),
 ("The most likely source is a cooling tower at a logistics warehouse, shut down on Friday.",
  ["00_es.txt", "01_en.txt", "02_de.txt"], 2),
 ("Nineteen patients remain in hospital, four of them in intensive care.",
  ["01_en.txt", "02_de.txt"], 1)])

# h05: anonymous sources at a regulator (FDA) quoted by one outlet (STAT News, own reporting),
# relayed by three: en own "according to two FDA officials who spoke to STAT on condition of
# anonymity"; de "berichtet das US-Fachportal STAT News unter Berufung auf zwei Mitarbeiter der
# Behörde"; fr "selon le site spécialisé américain STAT, qui cite deux responsables de la FDA sous
# couvert d'anonymat"; es (no outlet line) "según ha adelantado el medio especializado
# estadounidense STAT". The NEJM is mentioned only as where last year's trial appeared.
story("h05_anonymous_fda_sources", "anonymous_scoop", {
"00_en.txt": """FDA poised to reject Kelvora's ALS drug tirnesiran, officials say
STAT News
2027-06-02T16:30:00-04:00

The Food and Drug Administration is preparing to reject Kelvora Therapeutics' experimental ALS treatment tirnesiran, according to two FDA officials who spoke to STAT on condition of anonymity because they were not authorized to discuss the review.

Agency reviewers have concluded that the benefit seen in the drug's pivotal trial was driven largely by patients at a single study site in Ohio, the officials said, and that the results from the other 31 sites did not show a meaningful slowing of the disease. A so-called complete response letter is expected before the June 14 decision date.

The trial's results were published in the New England Journal of Medicine last year and were hailed by patient groups at the time.

"The review team does not believe the data can support approval as it stands," one of the officials told STAT. The second official said the agency would likely ask for a new trial.

Kelvora, based in Cambridge, Mass., declined to comment. Its shares fell 38% in after-hours trading after this story was published.
""",
"01_de.txt": """US-Behörde will ALS-Mittel offenbar nicht zulassen
Der Spiegel
03.06.2027 08:10

Die US-Arzneimittelbehörde FDA wird das ALS-Medikament Tirnesiran des Biotech-Unternehmens Kelvora Therapeutics voraussichtlich nicht zulassen. Das berichtet das US-Fachportal STAT News unter Berufung auf zwei Mitarbeiter der Behörde, die anonym bleiben wollten.

Demnach sind die Gutachter der FDA zu dem Schluss gekommen, dass der Nutzen in der entscheidenden Studie vor allem auf Patienten eines einzigen Studienzentrums in Ohio zurückgeht. Eine Entscheidung ist bis zum 14. Juni fällig.

Kelvora wollte sich gegenüber STAT nicht äußern. Die Aktie des Unternehmens brach nachbörslich um 38 Prozent ein.
""",
"02_fr.txt": """SLA : la FDA s'apprêterait à rejeter le tirnesiran de Kelvora
Le Figaro
3 juin 2027

L'Agence américaine du médicament (FDA) s'apprête à refuser d'autoriser le tirnesiran, traitement expérimental de la maladie de Charcot développé par Kelvora Therapeutics, selon le site spécialisé américain STAT, qui cite deux responsables de la FDA sous couvert d'anonymat.

Les évaluateurs de l'agence estiment que le bénéfice observé dans l'essai principal tient surtout aux patients d'un seul centre, dans l'Ohio, rapporte STAT. Une décision est attendue d'ici le 14 juin.

Le titre de Kelvora a chuté de 38 % après la clôture de Wall Street.
""",
"03_es.txt": """La FDA se dispone a rechazar el fármaco contra la ELA de Kelvora
03/06/2027 10:40

La agencia estadounidense del medicamento (FDA) se dispone a rechazar el tirnesiran, el tratamiento experimental contra la esclerosis lateral amiotrófica (ELA) de Kelvora Therapeutics, según ha adelantado el medio especializado estadounidense STAT, que cita a dos funcionarios de la agencia que pidieron el anonimato.

La decisión debe conocerse antes del 14 de junio. Las acciones de Kelvora se desplomaron un 38% tras el cierre de la Bolsa.
""",
}, [("STAT News", True)],
[("STAT News", "01_de.txt"), ("STAT News", "02_fr.txt"), ("STAT News", "03_es.txt")],
[("The FDA is preparing to reject Kelvora Therapeutics' ALS drug tirnesiran.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_es.txt"], 1),
 ("FDA reviewers think the trial's benefit was driven by patients at a single site in Ohio.",
  ["00_en.txt", "01_de.txt", "02_fr.txt"], 1),
 ("Kelvora's shares fell 38% in after-hours trading.",
  ["00_en.txt", "01_de.txt", "02_fr.txt", "03_es.txt"], 1)])

# h06: Le Figaro's own investigation (internal ANSM report seen by the paper, spokesman confirming
# to it); an uncredited close Ukrainian translation on a health site the next day that keeps
# "confirmed to our publication"; a credited German relay. fr own "a appris Le Figaro" + "que Le
# Figaro a pu consulter" + "a confirmé au Figaro"; uk copy no credit, "підтвердив нашому виданню";
# de "wie die Pariser Tageszeitung Le Figaro berichtet" + "Dem Bericht zufolge".
story("h06_uncredited_translation_eyedrops", "translation", {
"00_fr.txt": """Collyre contaminé : 23 infections graves dans six hôpitaux, deux patients ont perdu un œil
Le Figaro
2027-06-08 06:00

Un collyre vendu en pharmacie, l'Ocuvelle des Laboratoires Bréval, est soupçonné d'être à l'origine de 23 infections oculaires graves à Pseudomonas aeruginosa recensées dans six hôpitaux français depuis mars, a appris Le Figaro.

Selon un rapport interne de l'Agence nationale de sécurité du médicament (ANSM) que Le Figaro a pu consulter, la même souche bactérienne a été retrouvée chez 17 patients et dans deux flacons entamés. Deux patients, à Lyon et à Rennes, ont perdu la vue d'un œil.

Un porte-parole de l'ANSM a confirmé au Figaro qu'un rappel de plusieurs lots était « en préparation » et devrait être annoncé dans les prochains jours. Les Laboratoires Bréval n'ont pas répondu à nos sollicitations.

Le rapport relève que le site de production, près d'Angers, avait fait l'objet d'observations lors d'une inspection en 2025.
""",
"01_uk.txt": """Забруднені очні краплі у Франції: 23 тяжкі інфекції, двоє пацієнтів втратили око
МедОгляд
09.06.2027 07:45

Очні краплі Ocuvelle виробництва Laboratoires Bréval, які продаються в аптеках, підозрюють у спричиненні 23 тяжких очних інфекцій Pseudomonas aeruginosa, зафіксованих у шести французьких лікарнях з березня.

Згідно з внутрішнім звітом Національного агентства безпеки лікарських засобів Франції (ANSM), той самий штам бактерії виявили у 17 пацієнтів і у двох відкритих флаконах. Двоє пацієнтів — у Ліоні та Ренні — втратили зір на одне око.

Речник ANSM підтвердив нашому виданню, що відкликання кількох партій «готується» і буде оголошене найближчими днями. Laboratoires Bréval на запити не відповіли.

У звіті зазначено, що до виробничого майданчика поблизу Анже були зауваження під час інспекції у 2025 році.
""",
"02_de.txt": """Frankreich: Augentropfen mit 23 schweren Infektionen in Verbindung gebracht
Deutsches Ärzteblatt
8. Juni 2027

In Frankreich werden Augentropfen der Marke Ocuvelle mit 23 schweren Augeninfektionen durch Pseudomonas aeruginosa in sechs Kliniken in Verbindung gebracht, wie die Pariser Tageszeitung Le Figaro berichtet. Die Zeitung beruft sich auf einen internen Bericht der Arzneimittelbehörde ANSM.

Dem Bericht zufolge wurde derselbe Bakterienstamm bei 17 Patienten und in zwei angebrochenen Fläschchen nachgewiesen. Ein Rückruf mehrerer Chargen werde vorbereitet. Ocuvelle ist in Deutschland nicht im Handel.
""",
}, [("Le Figaro", True)],
[("Le Figaro", "01_uk.txt"), ("Le Figaro", "02_de.txt")],
[("Ocuvelle eye drops are suspected of causing 23 serious Pseudomonas infections in six French hospitals.",
  ["00_fr.txt", "01_uk.txt", "02_de.txt"], 1),
 ("Two patients lost the sight of one eye.",
  ["00_fr.txt", "01_uk.txt"], 1),
 ("The ANSM is preparing a recall of several batches.",
  ["00_fr.txt", "01_uk.txt", "02_de.txt"], 1)])

# h07: chain of three: agency → paper → site. Ukrinform's own correspondent report (uk own
# "повідомляє власний кореспондент Укрінформу" + "розповіла кореспондентові Укрінформу"); Le Figaro
# credits Ukrinform ("rapporte l'agence de presse ukrainienne Ukrinform"); an English health site
# (no date line) credits Le Figaro "citing" Ukrinform → edge from Le Figaro only; Der Spiegel credits
# Ukrinform directly ("meldet die ukrainische Nachrichtenagentur Ukrinform").
story("h07_chain_botulism_poltava", "chain", {
"00_uk.txt": """На Полтавщині дев'ятеро людей госпіталізовані з ботулізмом після в'яленої риби
Укрінформ
2027-06-15 12:20

Дев'ятеро мешканців села Журавка на Полтавщині потрапили до лікарні з ботулізмом після того, як з'їли в'ялену рибу, куплену на стихійному ринку. Про це повідомляє власний кореспондент Укрінформу.

Двоє пацієнтів перебувають у реанімації на апараті штучної вентиляції легень, розповіла кореспондентові Укрінформу головна лікарка обласної клінічної лікарні Оксана Дем'яненко. «Ще сім людей у стані середньої тяжкості, їм уже ввели протиботулінічну сироватку, яку вночі доставили з Києва», — сказала вона.

Усі хворі купували рибу в одного продавця в неділю. Поліція встановлює його особу, залишки риби вилучено для аналізу.

Лікарі закликають не купувати в'ялену та копчену рибу в місцях стихійної торгівлі.
""",
"01_fr.txt": """Ukraine : neuf personnes hospitalisées pour botulisme après avoir mangé du poisson séché
Le Figaro
15/06/2027 à 17:30

Neuf habitants du village de Jouravka, dans la région de Poltava, dans le centre de l'Ukraine, ont été hospitalisés pour botulisme après avoir consommé du poisson séché acheté sur un marché informel, rapporte l'agence de presse ukrainienne Ukrinform.

Deux patients sont en réanimation sous respiration artificielle, a indiqué à l'agence la médecin-cheffe de l'hôpital régional, Oksana Demianenko. Les sept autres ont reçu un sérum antitoxine acheminé de Kiev dans la nuit.

Tous les malades avaient acheté du poisson au même vendeur dimanche ; la police le recherche.
""",
"02_en.txt": """Nine in hospital with botulism in Ukraine after eating dried fish
EuroHealth Digest

Nine people from the village of Zhuravka in Ukraine's Poltava region are in hospital with botulism after eating dried fish bought at an informal market, French daily Le Figaro reported, citing Ukraine's state news agency Ukrinform.

Two of the patients are on ventilators in intensive care, according to the report. The others have been given antitoxin flown in from Kyiv overnight.

All nine had bought fish from the same seller on Sunday, and police are trying to identify him.
""",
"03_de.txt": """Botulismus in der Ukraine: Neun Menschen nach Verzehr von Trockenfisch in Klinik
Der Spiegel
15. Juni 2027, 18.05 Uhr

Im Gebiet Poltawa in der Zentralukraine sind neun Menschen mit Botulismus ins Krankenhaus gekommen, nachdem sie getrockneten Fisch von einem Straßenmarkt gegessen hatten. Das meldet die ukrainische Nachrichtenagentur Ukrinform.

Zwei Patienten würden auf der Intensivstation künstlich beatmet, sagte die Chefärztin der Gebietsklinik, Oksana Demjanenko, der Agentur. Alle Betroffenen stammen aus dem Dorf Schurawka und hatten den Fisch am Sonntag beim selben Händler gekauft.
""",
}, [("Укрінформ", True)],
[("Укрінформ", "01_fr.txt"), ("Le Figaro", "02_en.txt"), ("Укрінформ", "03_de.txt")],
[("Nine people in Zhuravka, Poltava region, were hospitalised with botulism after eating dried fish from an informal market.",
  ["00_uk.txt", "01_fr.txt", "02_en.txt", "03_de.txt"], 1),
 ("Two of the patients are on ventilators in intensive care.",
  ["00_uk.txt", "01_fr.txt", "02_en.txt", "03_de.txt"], 1),
 ("All the patients bought fish from the same seller on Sunday and police are looking for him.",
  ["00_uk.txt", "01_fr.txt", "02_en.txt"], 1)])


def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    labels = {"about": "Hand-written provenance test set 93 (health and pharma news, real media names, invented events); see README.md.",
              "stories": []}
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        names = set(arts)
        for _, a in relays:
            assert a in names, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in names, (id, a)
        labels["stories"].append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
