#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand88 set.

Real media names, invented events and people (elections, opinion polls, parliaments)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: two outlets each commissioned their own poll (two independent in-corpus origins):
# Stern (Forsa, own: "im Auftrag des Stern", "sagte dem Stern") and Der Tagesspiegel (Ipsos, own:
# "im Auftrag des Tagesspiegels", "sagte ... dem Tagesspiegel"). DW (en) credits both -> two edges;
# Європейська правда (uk) credits only Stern ("на замовлення журналу Stern", "Як пише Stern").
story("s01_two_commissioned_polls", "two_independent_origins", {
"00_de.txt": """Forsa-Umfrage für den Stern: „Aufbruch Mitte" erstmals zweistellig
Stern
2027-04-14 06:00

Die erst im Februar gegründete Partei „Aufbruch Mitte" kommt in einer bundesweiten Umfrage erstmals auf einen zweistelligen Wert. In der repräsentativen Erhebung, die das Meinungsforschungsinstitut Forsa im Auftrag des Stern durchgeführt hat, erreicht die Partei der früheren Landrätin Miriam Kessler-Aydin 12 Prozent.

Forsa hat dafür vom 8. bis 11. April 1.506 Wahlberechtigte befragt. Die statistische Fehlertoleranz liegt bei plus/minus 2,5 Prozentpunkten.

Die Regierungskoalition aus Union und SPD käme zusammen nur noch auf 41 Prozent und hätte damit keine eigene Mehrheit im Bundestag mehr. Besonders stark legt „Aufbruch Mitte" bei den 30- bis 44-Jährigen zu: In dieser Altersgruppe würden 17 Prozent die neue Partei wählen.

Kessler-Aydin sagte dem Stern, das Ergebnis sei „eine Ermutigung, aber noch lange keine Wahl". Bis zum Herbst wolle ihre Partei in allen 16 Ländern Landesverbände gegründet haben.
""",
"01_de.txt": """Ipsos-Umfrage: Mehrheit wünscht vorgezogene Neuwahl – „Aufbruch Mitte" bei elf Prozent
Der Tagesspiegel
14.04.2027 08:30

Nach dem wochenlangen Koalitionsstreit über den Haushalt 2028 wünscht sich eine Mehrheit der Deutschen eine vorgezogene Bundestagswahl. In einer Umfrage des Instituts Ipsos im Auftrag des Tagesspiegels sprechen sich 58 Prozent der Befragten für Neuwahlen noch in diesem Jahr aus, 35 Prozent sind dagegen.

Auch in dieser Erhebung erreicht die neue Partei „Aufbruch Mitte" erstmals einen zweistelligen Wert: Sie kommt auf 11 Prozent. Ipsos hat vom 9. bis 12. April online 2.000 Wahlberechtigte befragt.

Besonders groß ist der Wunsch nach Neuwahlen unter den Anhängern der Opposition. Aber auch 41 Prozent der SPD-Anhänger halten vorgezogene Wahlen für richtig.

„Die Zahlen zeigen eine erhebliche Unruhe in der Wählerschaft, und davon profitiert vor allem, wer noch keine Regierungsverantwortung trägt", sagte der Mainzer Politikwissenschaftler Tobias Reinhold dem Tagesspiegel.
""",
"02_en.txt": """New German party 'Aufbruch Mitte' hits double digits in two polls
DW
2027-04-14T11:20:00+00:00

A party founded only two months ago has reached double-digit support in Germany for the first time, according to two separate opinion polls published on Wednesday.

A survey by the Forsa institute for the weekly magazine Stern puts Aufbruch Mitte (Awakening Centre) at 12%, while a poll conducted by Ipsos for the Berlin daily Der Tagesspiegel has it at 11%.

The party was launched in February by Miriam Kessler-Aydin, a former district administrator from Baden-Württemberg who left the Christian Democrats last year. It campaigns for a balanced budget, faster planning procedures and what it calls a "pragmatic" migration policy.

Both polls were taken in the days after the coalition of the conservative CDU/CSU bloc and the Social Democrats narrowly survived a dispute over the 2028 budget.
""",
"03_uk.txt": """У Німеччині нова партія «Aufbruch Mitte» вперше набрала понад 10% — опитування Forsa
Європейська правда
14.04.2027 13:45

Заснована лише два місяці тому німецька партія «Aufbruch Mitte» («Пробудження центру») уперше отримала двозначний рейтинг. За даними опитування інституту Forsa, проведеного на замовлення журналу Stern, за неї готові проголосувати 12% виборців.

Як пише Stern, правляча коаліція ХДС/ХСС та СДПН разом отримала б лише 41% і втратила б більшість у Бундестазі.

Партію в лютому заснувала колишня очільниця району Міріам Кесслер-Айдин, яка минулого року вийшла з ХДС.

Опитування проводили 8–11 квітня серед 1506 виборців.
""",
}, [("Stern", True), ("Der Tagesspiegel", True)],
[("Stern", "02_en.txt"), ("Der Tagesspiegel", "02_en.txt"), ("Stern", "03_uk.txt")],
[("The new German party Aufbruch Mitte reaches double-digit support (11-12%) in a poll for the first time.",
  ["00_de.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 2),
 ("In the Forsa poll for Stern the CDU/CSU-SPD coalition would get only 41% and lose its Bundestag majority.",
  ["00_de.txt", "03_uk.txt"], 1),
 ("In the Ipsos poll for Der Tagesspiegel 58% want early federal elections this year.",
  ["01_de.txt"], 1)])

# s02: a parliament speaker's own Telegram/X post, relayed directly by uk ("написав у своєму
# Telegram-каналі"), en ("wrote on X") and de ("schrieb ... auf Telegram"); fr (no date line)
# credits The Kyiv Independent ("rapporte le site d'information The Kyiv Independent", "Selon le
# média ukrainien anglophone") -> chain Tkachyshyn -> The Kyiv Independent -> Ouest-France.
story("s02_speaker_telegram_post", "official_post_chain", {
"00_uk.txt": """Ткачишин: Рада 14 травня розгляне законопроєкт про перші повоєнні вибори
Українська правда
2027-05-06 09:40

Верховна Рада проведе позачергове пленарне засідання 14 травня, на якому в першому читанні розгляне законопроєкт №11240 про проведення перших виборів після завершення воєнного стану. Про це голова Верховної Ради Роман Ткачишин написав у своєму Telegram-каналі.

«Погоджувальна рада ухвалила рішення: 14 травня — позачергове засідання. Єдине питання порядку денного — законопроєкт про перші повоєнні вибори. Суспільство має знати правила заздалегідь», — зазначив Ткачишин.

Законопроєкт передбачає, що перші парламентські та президентські вибори відбудуться не раніше ніж через 180 днів після припинення чи скасування воєнного стану. Документ також містить окремі норми щодо голосування військовослужбовців і внутрішньо переміщених осіб.
""",
"01_en.txt": """Rada to hold special session on post-war elections bill, speaker says
The Kyiv Independent
May 6, 2027 11:05

Ukraine's parliament will convene for an extraordinary plenary session on May 14 to consider a bill on the country's first elections after martial law, Verkhovna Rada Speaker Roman Tkachyshyn wrote on X on May 6.

"The only item on the agenda is the bill on the first post-war elections. Society must know the rules in advance," Tkachyshyn wrote. He posted the same message on his Telegram channel.

Under draft law No. 11240, the first parliamentary and presidential elections could take place no earlier than 180 days after martial law is lifted. The bill also sets out separate rules for voting by soldiers and internally displaced people.

Ukraine has not held nationwide elections since martial law was introduced at the start of Russia's full-scale invasion in February 2022.
""",
"02_de.txt": """Ukrainisches Parlament berät über Wahlen nach dem Kriegsrecht
tagesschau.de
6. Mai 2027

Das ukrainische Parlament will sich in einer Sondersitzung mit den ersten Wahlen nach dem Ende des Kriegsrechts befassen. Die Werchowna Rada werde am 14. Mai zu einer außerordentlichen Plenarsitzung zusammenkommen, schrieb Parlamentspräsident Roman Tkatschyschyn auf Telegram. Einziger Tagesordnungspunkt sei ein Gesetzentwurf über die ersten Nachkriegswahlen.

„Die Gesellschaft muss die Regeln im Voraus kennen", schrieb Tkatschyschyn.

Seit Beginn des russischen Angriffskriegs im Februar 2022 und der Verhängung des Kriegsrechts finden in der Ukraine keine landesweiten Wahlen statt.
""",
"03_fr.txt": """Ukraine : le Parlement se penchera le 14 mai sur les premières élections d'après-guerre
Ouest-France

Le Parlement ukrainien tiendra le 14 mai une séance plénière extraordinaire consacrée à un projet de loi sur les premières élections organisées après la levée de la loi martiale, rapporte le site d'information The Kyiv Independent.

Selon le média ukrainien anglophone, le président de la Rada, Roman Tkatchychyne, a annoncé cette séance sur le réseau social X. « La société doit connaître les règles à l'avance », a-t-il écrit.

Le texte prévoit que les premières élections législatives et présidentielle ne pourront avoir lieu que 180 jours au moins après la fin de la loi martiale.
""",
}, [("Roman Tkachyshyn", False)],
[("Roman Tkachyshyn", "00_uk.txt"), ("Roman Tkachyshyn", "01_en.txt"), ("Roman Tkachyshyn", "02_de.txt"),
 ("The Kyiv Independent", "03_fr.txt")],
[("The Verkhovna Rada will hold an extraordinary plenary session on 14 May on the bill on the first post-war elections.",
  ["00_uk.txt", "01_en.txt", "02_de.txt", "03_fr.txt"], 1),
 ("The bill provides that the first elections take place no earlier than 180 days after martial law ends.",
  ["00_uk.txt", "01_en.txt", "03_fr.txt"], 1)])

# s03: a pollster's own publication (KIIS survey on its website, no medium between) relayed 4x;
# es has no outlet line (title suffix "| Europa Press").
story("s03_kiis_own_release", "institution_release", {
"00_uk.txt": """КМІС: 62% українців вважають, що парламентські вибори мають відбутися протягом року після завершення воєнного стану
Укрінформ
2027-03-22 14:10

62% українців вважають, що перші парламентські вибори мають відбутися не пізніше ніж через рік після завершення воєнного стану. Про це свідчать результати всеукраїнського опитування, які Київський міжнародний інститут соціології (КМІС) оприлюднив на своєму сайті.

Ще 24% опитаних вважають, що з виборами варто зачекати щонайменше два роки, 14% не визначилися.

Водночас рівень довіри до Верховної Ради зріс до 19% порівняно з 11% торік, ідеться в повідомленні КМІС.

«Запит на оновлення влади високий, але більшість людей не хоче поспіху», — зазначила в коментарі, оприлюдненому разом із результатами, заступниця виконавчого директора КМІС Олена Вербицька.

Опитування проводили методом телефонних інтерв'ю з 3 по 12 березня серед 1012 респондентів віком від 18 років на підконтрольній уряду території. Статистична похибка не перевищує 4,1%.
""",
"01_en.txt": """62% of Ukrainians want parliamentary vote within a year of martial law ending, KIIS poll shows
Kyiv Post
22 March 2027

Most Ukrainians believe the first parliamentary election should be held within a year after martial law ends, according to a survey published on Monday by the Kyiv International Institute of Sociology (KIIS).

In the nationwide telephone poll, 62% of respondents said the vote should come no later than twelve months after martial law is lifted, while 24% said it should wait at least two years. Trust in the Verkhovna Rada rose to 19%, up from 11% a year earlier, KIIS said.

"The demand for renewal is high, but most people do not want haste," Olena Verbytska, KIIS deputy executive director, said in a commentary released with the results.

The institute interviewed 1,012 adults between March 3 and 12 in government-controlled areas.
""",
"02_es.txt": """Encuesta: la mayoría de los ucranianos quiere legislativas en el año siguiente al fin de la ley marcial | Europa Press
22/03/2027 16:40

El 62 % de los ucranianos considera que las primeras elecciones legislativas deben celebrarse, como muy tarde, un año después del fin de la ley marcial, según una encuesta publicada este lunes por el Instituto Internacional de Sociología de Kiev (KIIS).

Un 24 % cree que es mejor esperar al menos dos años, mientras que el 14 % no tiene una opinión formada.

La confianza en la Rada Suprema, el Parlamento ucraniano, ha subido hasta el 19 %, frente al 11 % del año pasado, según el instituto.

El sondeo telefónico se realizó entre el 3 y el 12 de marzo a 1.012 personas mayores de edad en los territorios controlados por el Gobierno de Kiev.
""",
"03_de.txt": """Umfrage: Ukrainer wollen Parlamentswahl binnen eines Jahres nach dem Kriegsrecht
Der Standard
22. März 2027

Eine Mehrheit der Ukrainerinnen und Ukrainer will, dass nach dem Ende des Kriegsrechts rasch ein neues Parlament gewählt wird. 62 Prozent sprechen sich dafür aus, die erste Parlamentswahl spätestens ein Jahr nach Aufhebung des Kriegsrechts abzuhalten, wie aus einer am Montag veröffentlichten Umfrage des Kiewer Internationalen Instituts für Soziologie (KIIS) hervorgeht.

24 Prozent der Befragten würden mindestens zwei Jahre warten. Das Institut befragte zwischen dem 3. und 12. März telefonisch 1.012 Erwachsene in den von der Regierung kontrollierten Gebieten.
""",
}, [("KIIS", False)],
[("KIIS", "00_uk.txt"), ("KIIS", "01_en.txt"), ("KIIS", "02_es.txt"), ("KIIS", "03_de.txt")],
[("62% of Ukrainians want the first parliamentary election within a year after martial law ends (KIIS).",
  ["00_uk.txt", "01_en.txt", "02_es.txt", "03_de.txt"], 1),
 ("Trust in the Verkhovna Rada rose to 19% from 11% a year earlier.",
  ["00_uk.txt", "01_en.txt", "02_es.txt"], 1)])

# s04: leaked draft, chain A -> B -> C: Der Spiegel (own: "Referentenentwurf ..., der dem SPIEGEL
# vorliegt", anonymous CDU/CSU source "sagte ... dem SPIEGEL, das namentlich nicht genannt werden
# wollte", "Aus Koalitionskreisen hieß es") -> Politico Europe ("Der Spiegel reported ... citing a
# draft it obtained") -> El País ("según informa el medio Politico Europe, que cita un borrador al
# que tuvo acceso el semanario Der Spiegel") and Le Figaro (no outlet line, title suffix; "rapporte
# le site Politico Europe"); Європейська правда credits Der Spiegel directly.
story("s04_spiegel_leaked_draft_chain", "chain", {
"00_de.txt": """Innenministerium plant Wahlalter 16 und fünfjährige Legislaturperiode
Der Spiegel
2027-06-11 18:02

Das Bundesinnenministerium will das Wahlalter bei Bundestagswahlen auf 16 Jahre senken und die Wahlperiode des Bundestags von vier auf fünf Jahre verlängern. Das geht aus einem Referentenentwurf hervor, der dem SPIEGEL vorliegt. Der 43 Seiten lange Entwurf ist auf den 4. Juni datiert und soll noch vor der Sommerpause in die Ressortabstimmung gehen.

Die Senkung des Wahlalters soll nach dem Entwurf erstmals bei der Bundestagswahl 2029 gelten. Für die längere Wahlperiode müsste Artikel 39 des Grundgesetzes geändert werden, dafür ist eine Zweidrittelmehrheit in Bundestag und Bundesrat nötig.

In der Unionsfraktion regt sich bereits Widerstand. „Wahlalter 16 ist mit uns nicht zu machen, daran ändert auch ein Papier aus dem Ministerium nichts", sagte ein Mitglied des Fraktionsvorstands dem SPIEGEL, das namentlich nicht genannt werden wollte. Aus Koalitionskreisen hieß es, die beiden Vorhaben könnten am Ende getrennt werden.

Das Innenministerium wollte sich auf Anfrage nicht zu dem Entwurf äußern. Man kommentiere „keine internen Arbeitsstände", sagte ein Sprecher.
""",
"01_en.txt": """Berlin drafts plan to lower voting age to 16 and extend Bundestag term to five years
Politico Europe
2027-06-12T07:15:00+00:00

Germany's interior ministry has drawn up a bill that would lower the voting age for federal elections to 16 and lengthen the Bundestag's term from four to five years, Der Spiegel reported on Friday, citing a draft it obtained.

The 43-page draft, dated June 4, would apply the lower voting age for the first time at the 2029 federal election, according to the German news magazine. Extending the legislative term would require amending the Basic Law, Germany's constitution, and therefore a two-thirds majority in both chambers of parliament.

The conservative CDU/CSU parliamentary group is already pushing back. "Voting at 16 is not going to happen with us," a member of the group's leadership told Der Spiegel on condition of anonymity.

The ministry declined to comment to Spiegel, saying it does not discuss internal drafts.
""",
"02_es.txt": """Alemania estudia rebajar la edad de voto a 16 años y alargar la legislatura a cinco
El País
12 de junio de 2027, 11:30

El Ministerio del Interior alemán ha preparado un anteproyecto de ley para rebajar a 16 años la edad mínima para votar en las elecciones al Bundestag y alargar la legislatura de cuatro a cinco años, según informa el medio Politico Europe, que cita un borrador al que tuvo acceso el semanario alemán Der Spiegel.

De acuerdo con Politico Europe, el grupo parlamentario conservador CDU/CSU ya ha mostrado su rechazo. "El voto a los 16 no saldrá adelante con nosotros", dijo a Der Spiegel un miembro de la dirección del grupo que pidió el anonimato.

Para alargar la legislatura sería necesario reformar la Ley Fundamental, lo que exige una mayoría de dos tercios en el Bundestag y en el Bundesrat. La rebaja de la edad de voto se aplicaría por primera vez en las elecciones federales de 2029.
""",
"03_fr.txt": """Allemagne : vers un droit de vote à 16 ans aux élections fédérales ? – Le Figaro
12 juin 2027

Le ministère allemand de l'Intérieur prépare un projet de loi visant à abaisser à 16 ans l'âge du droit de vote aux élections fédérales et à allonger la législature du Bundestag de quatre à cinq ans, rapporte le site Politico Europe. Le droit de vote à 16 ans s'appliquerait pour la première fois lors des élections de 2029.

Une révision de la Loi fondamentale, qui requiert une majorité des deux tiers au Bundestag et au Bundesrat, serait indispensable pour prolonger la législature, souligne Politico.
""",
"04_uk.txt": """У Німеччині пропонують знизити виборчий вік до 16 років — Der Spiegel
Європейська правда
12.06.2027 10:20

Міністерство внутрішніх справ Німеччини підготувало законопроєкт, який передбачає зниження віку, з якого можна голосувати на виборах до Бундестагу, до 16 років і подовження каденції парламенту з чотирьох до п'яти років. Про це повідомляє журнал Der Spiegel, який ознайомився з проєктом документа.

За даними видання, знижений виборчий вік мав би застосовуватися вперше на федеральних виборах 2029 року. Для подовження каденції потрібні зміни до Основного закону і дві третини голосів у Бундестазі та Бундесраті.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("Politico Europe", "02_es.txt"), ("Politico Europe", "03_fr.txt"),
 ("Der Spiegel", "04_uk.txt")],
[("A draft bill of the German interior ministry would lower the federal voting age to 16 and extend the Bundestag term to five years.",
  ["00_de.txt", "01_en.txt", "02_es.txt", "03_fr.txt", "04_uk.txt"], 1),
 ("An anonymous member of the CDU/CSU parliamentary group leadership rejects voting at 16.",
  ["00_de.txt", "01_en.txt", "02_es.txt"], 1)])

# s05: a YouGov poll commissioned and published by The Times (own, with anonymous Labour MPs),
# relayed by The Independent ("according to a YouGov poll for The Times", "quoted anonymously by
# The Times"), Courrier international ("sondage YouGov commandé par le quotidien The Times"),
# Süddeutsche Zeitung ("wie die Londoner Times unter Berufung auf eine von ihr in Auftrag gegebene
# YouGov-Umfrage berichtet"), and an UNCREDITED close Spanish translation in 20minutos that only
# names YouGov and keeps "told The Times" as "dijeron a este periódico".
story("s05_times_yougov_poll", "commissioned_poll_with_translation", {
"00_en.txt": """Voters back proportional representation by two to one, poll finds
The Times
2027-03-01 22:30

Support for scrapping first-past-the-post has reached a record high, with 61 per cent of voters saying they would back a switch to proportional representation for general elections, a YouGov poll for The Times has found.

Only 29 per cent want to keep the current system, according to the survey of 2,114 adults carried out on February 25 and 26. Support for change is highest among voters aged 18 to 24, at 74 per cent, but a majority of those over 65, 52 per cent, also favour reform.

The findings will add to pressure on ministers ahead of a Commons debate on electoral reform next week. Three Labour MPs, speaking on condition of anonymity, told The Times that the government was preparing to announce a citizens' assembly on the voting system before the summer recess. "No 10 knows it cannot keep kicking this into the long grass," one said.

A government spokesman said there were "no plans" to change the voting system for Westminster elections.
""",
"01_en.txt": """Record 61% of Britons want proportional representation, YouGov survey suggests
The Independent
2 March 2027

A record 61 per cent of Britons would support replacing first-past-the-post with proportional representation, according to a YouGov poll for The Times.

The survey of just over 2,000 adults found that only 29 per cent wanted to keep the current system, with younger voters the most enthusiastic about change.

Labour MPs quoted anonymously by The Times said ministers were preparing to announce a citizens' assembly on the voting system before the summer. Downing Street said there were "no plans" to change how MPs are elected.
""",
"02_fr.txt": """Royaume-Uni : 61 % des Britanniques favorables à la proportionnelle
Courrier international
3 mars 2027

Jamais le scrutin majoritaire uninominal à un tour, le fameux « first past the post », n'avait paru aussi impopulaire outre-Manche. Selon un sondage YouGov commandé par le quotidien The Times et publié lundi soir, 61 % des Britanniques seraient favorables à l'introduction de la proportionnelle pour les élections législatives.

Seuls 29 % des personnes interrogées souhaitent conserver le système actuel. Chez les 18-24 ans, la proportion de partisans d'une réforme atteint 74 %, souligne le journal conservateur.
""",
"03_es.txt": """Los votantes británicos apoyan la representación proporcional por dos a uno
20minutos
02/03/2027 09:15

El apoyo a abandonar el sistema mayoritario ha alcanzado un máximo histórico: el 61 % de los votantes respaldaría el paso a la representación proporcional en las elecciones generales, según una encuesta de YouGov.

Solo el 29 % quiere mantener el sistema actual, según el sondeo a 2.114 adultos realizado el 25 y el 26 de febrero. El apoyo al cambio es mayor entre los votantes de 18 a 24 años, con un 74 %, pero también una mayoría de los mayores de 65, el 52 %, está a favor de la reforma.

Los resultados aumentarán la presión sobre los ministros antes de un debate sobre la reforma electoral en la Cámara de los Comunes la próxima semana. Tres diputados laboristas, que hablaron bajo condición de anonimato, dijeron a este periódico que el Gobierno se prepara para anunciar una asamblea ciudadana sobre el sistema electoral antes de las vacaciones de verano. "Downing Street sabe que no puede seguir aplazándolo indefinidamente", afirmó uno de ellos.

Un portavoz del Gobierno aseguró que "no hay planes" para cambiar el sistema de votación en las elecciones a Westminster.
""",
"04_de.txt": """Briten wollen mehrheitlich das Verhältniswahlrecht
Süddeutsche Zeitung
02.03.2027 12:05

Eine klare Mehrheit der Britinnen und Briten will das Mehrheitswahlrecht abschaffen. 61 Prozent sprechen sich für die Einführung des Verhältniswahlrechts bei Unterhauswahlen aus, wie die Londoner Times unter Berufung auf eine von ihr in Auftrag gegebene YouGov-Umfrage berichtet. Nur 29 Prozent wollen am bisherigen System festhalten.

Die Regierung in London hat eine Wahlrechtsreform bislang abgelehnt. Ein Regierungssprecher sagte der Zeitung, es gebe „keine Pläne" für eine Änderung.
""",
}, [("The Times", True)],
[("The Times", "01_en.txt"), ("The Times", "02_fr.txt"), ("The Times", "03_es.txt"), ("The Times", "04_de.txt")],
[("61% of British voters back proportional representation in a YouGov poll for The Times; 29% want to keep first-past-the-post.",
  ["00_en.txt", "01_en.txt", "02_fr.txt", "03_es.txt", "04_de.txt"], 1),
 ("Anonymous Labour MPs say the government is preparing to announce a citizens' assembly on the voting system before the summer.",
  ["00_en.txt", "01_en.txt", "03_es.txt"], 1)])

# s06: the state pollster CIS publishes its own barometer (institution origin); El País,
# elDiario.es and Reuters take it directly; Le Monde credits El País ("rapporte El País", "Selon le
# quotidien madrilène") while naming the CIS barometer -> edge from El País (chain CIS -> El País ->
# Le Monde).
story("s06_cis_barometer_chain", "institution_release_chain", {
"00_es.txt": """El CIS de mayo sitúa al PSOE 1,6 puntos por delante del PP
El País
2027-05-20 13:05

El PSOE ganaría hoy unas elecciones generales con el 31,8 % de los votos, 1,6 puntos por delante del PP, que obtendría el 30,2 %, según el barómetro de mayo del Centro de Investigaciones Sociológicas (CIS) publicado este jueves. Vox se quedaría en el 12,4 % y Sumar, en el 8,1 %.

La vivienda se consolida como el principal problema del país: el 38 % de los encuestados la menciona en primer lugar, por delante del paro (21 %) y de la situación política (17 %).

El trabajo de campo se realizó entre el 2 y el 9 de mayo mediante 4.012 entrevistas presenciales en todo el territorio nacional.
""",
"01_es.txt": """El barómetro del CIS mantiene al PSOE en cabeza y la vivienda como primera preocupación
elDiario.es
20 de mayo de 2027

El barómetro del Centro de Investigaciones Sociológicas difundido este jueves vuelve a situar al PSOE como primera fuerza, con una estimación de voto del 31,8 %, frente al 30,2 % del PP.

Según el CIS, la vivienda es el principal problema de España para el 38 % de los ciudadanos, el porcentaje más alto desde que el organismo incluye esta categoría en sus encuestas.

El estudio se basa en 4.012 entrevistas realizadas entre el 2 y el 9 de mayo.
""",
"02_en.txt": """Spain's Socialists edge ahead of conservatives in state pollster survey
Reuters
2027-05-20T12:50:00+00:00

Spain's ruling Socialists (PSOE) would win 31.8% of the vote if a general election were held now, narrowly ahead of the conservative People's Party on 30.2%, a monthly survey by the state-run Centre for Sociological Research (CIS) showed on Thursday.

The far-right Vox would come third with 12.4%, according to the CIS barometer, which was based on 4,012 face-to-face interviews conducted between May 2 and 9.
""",
"03_fr.txt": """Espagne : le PSOE devance de peu le PP dans le baromètre du CIS
Le Monde
20 mai 2027

Les socialistes espagnols conservent une courte avance sur la droite. Selon le baromètre mensuel du Centre de recherches sociologiques (CIS), le PSOE obtiendrait 31,8 % des voix en cas d'élections générales, contre 30,2 % pour le Parti populaire, rapporte El País.

Selon le quotidien madrilène, le logement reste la principale préoccupation des Espagnols, citée en premier par 38 % des personnes interrogées.
""",
}, [("CIS", False)],
[("CIS", "00_es.txt"), ("CIS", "01_es.txt"), ("CIS", "02_en.txt"), ("El País", "03_fr.txt")],
[("The CIS May barometer puts the PSOE at 31.8% ahead of the PP at 30.2%.",
  ["00_es.txt", "01_es.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Housing is the main problem for 38% of Spaniards in the CIS barometer.",
  ["00_es.txt", "01_es.txt", "03_fr.txt"], 1)])

# s07: election day in Moldova with three origins, each article resting on exactly one:
# an electoral commission's preliminary count (uk, es), Reuters' own exit interview with a
# candidate (en, own: "Ciobanu told Reuters as he left a polling station") relayed by ORF.at
# (de, no date line: "sagte ... der Nachrichtenagentur Reuters"), and an opposition bloc's
# press release (fr "Dans un communiqué publié dimanche", uk "йдеться в заяві блоку").
story("s07_moldova_election_day", "multiple_origins", {
"00_uk.txt": """Вибори в Молдові: за попередніми даними ЦВК, лідирує Партія справедливості і розвитку
Європейська правда
27.09.2027 07:30

Партія справедливості і розвитку (PDD) отримує 38,4% голосів на парламентських виборах у Молдові після обробки 97% протоколів. Про це свідчать попередні дані Центральної виборчої комісії Молдови.

Опозиційний Блок «Патрія Ноуе» набирає 27,9%. Прохідний бар'єр також долають ще дві партії. Явка, за даними ЦВК, становила 51,3%.

Остаточні результати комісія має оприлюднити протягом тижня.
""",
"01_en.txt": """'I will not govern with the Bloc,' Moldovan candidate Ciobanu says after voting
Reuters
2027-09-26T10:45:00+00:00

Ion Ciobanu, who leads the list of the Party of Justice and Development (PDD) in Moldova's parliamentary election, said on Sunday he would not form a coalition with the opposition Bloc Patria Nouă under any circumstances.

"I will not govern with the Bloc. If we do not get a majority, we will go into opposition," Ciobanu told Reuters as he left a polling station in Chisinau's Botanica district shortly after casting his ballot with his wife.

The 47-year-old former mayor of Balti said he expected turnout to exceed 50%. Polls close at 9 p.m. (1800 GMT), and preliminary results are expected overnight.
""",
"02_fr.txt": """Moldavie : le Bloc Patria Nouă dénonce des « transports organisés d'électeurs »
RFI
26 septembre 2027 16:20

Dans un communiqué publié dimanche après-midi, le Bloc Patria Nouă, principale force d'opposition en Moldavie, affirme avoir recensé « au moins 40 cas de transport organisé d'électeurs » vers des bureaux de vote des districts d'Orhei et d'Ungheni. Le bloc demande à la Commission électorale centrale d'ouvrir une enquête.

« Nous n'accepterons pas un résultat obtenu par la fraude », écrit le parti, sans fournir de preuves à ce stade.

Les bureaux de vote fermeront à 21 heures, heure locale.
""",
"03_es.txt": """El PDD gana las legislativas en Moldavia, según el recuento preliminar
Agencia EFE
2027-09-27 09:10

El Partido Justicia y Desarrollo (PDD) ha ganado las elecciones parlamentarias celebradas este domingo en Moldavia con el 38,4 % de los votos, según los datos preliminares de la Comisión Electoral Central (CEC) con el 97 % de las actas escrutadas.

El opositor Bloque Patria Nouă obtiene el 27,9 %, de acuerdo con el recuento de la CEC, que cifró la participación en el 51,3 %.
""",
"04_de.txt": """Moldau wählt: Spitzenkandidat Ciobanu schließt Koalition mit Patria-Block aus
ORF.at

In der Republik Moldau wird am Sonntag ein neues Parlament gewählt. Der Spitzenkandidat der Partei für Gerechtigkeit und Entwicklung (PDD), Ion Ciobanu, schloss eine Koalition mit dem oppositionellen Block Patria Nouă aus.

„Ich werde nicht mit dem Block regieren. Wenn wir keine Mehrheit bekommen, gehen wir in die Opposition", sagte Ciobanu nach seiner Stimmabgabe in Chișinău der Nachrichtenagentur Reuters.

Die Wahllokale schließen um 21.00 Uhr Ortszeit (20.00 Uhr MESZ).
""",
"05_uk.txt": """Опозиційний блок у Молдові заявив про організоване підвезення виборців
Радіо Свобода
26.09.2027 17:05

Опозиційний Блок «Патрія Ноуе» заявив про «щонайменше 40 випадків організованого підвезення виборців» до виборчих дільниць в Орхейському та Унгенському районах. Про це йдеться в заяві блоку, оприлюдненій у неділю по обіді.

Блок закликав Центральну виборчу комісію розпочати розслідування. «Ми не визнаємо результат, здобутий шляхом фальсифікацій», — наголошується в заяві.

Голосування триває до 21:00 за місцевим часом.
""",
}, [("Central Electoral Commission of Moldova", False), ("Reuters", True), ("Bloc Patria Nouă", False)],
[("Central Electoral Commission of Moldova", "00_uk.txt"), ("Central Electoral Commission of Moldova", "03_es.txt"),
 ("Reuters", "04_de.txt"), ("Bloc Patria Nouă", "02_fr.txt"), ("Bloc Patria Nouă", "05_uk.txt")],
[("Preliminary CEC count after 97% of protocols: PDD 38.4%, Bloc Patria Nouă 27.9%, turnout 51.3%.",
  ["00_uk.txt", "03_es.txt"], 1),
 ("PDD lead candidate Ion Ciobanu rules out governing with Bloc Patria Nouă.",
  ["01_en.txt", "04_de.txt"], 1),
 ("Bloc Patria Nouă alleges at least 40 cases of organised transport of voters in Orhei and Ungheni.",
  ["02_fr.txt", "05_uk.txt"], 1)])

def main():
    out = os.path.join(ROOT, "stories")
    if os.path.isdir(out):
        shutil.rmtree(out)
    stories = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(out, id)
        os.makedirs(d)
        for name, text in arts.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write(text)
        for _, a in relays:
            assert a in arts, (id, a)
        for _, arts_c, _ in claims:
            for a in arts_c:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": sorted(arts),
            "origins": [{"name": n, "in_corpus": c} for n, c in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 88 (real media names, invented events); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
