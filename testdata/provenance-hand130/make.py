#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand130 set (media business; all
events, people, companies, figures and quotes invented; outlet and agency names are real)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# m01: outside wire agency PAP reports a regional daily's end of print; relayed 4x. pl "poinformowała
# Polska Agencja Prasowa" + "Jak podaje PAP" + "powiedział PAP" (indeclinable dative) + "dodała
# agencja"; de "wie die polnische Nachrichtenagentur PAP am Dienstag meldete" + "der Agentur zufolge" +
# "sagte ... der PAP"; en "Polish news agency PAP reported" + "according to the state-owned agency" +
# "told PAP" + "PAP added"; fr (no date line) "rapporte l'agence de presse polonaise PAP" + "Selon
# l'agence" + "a confié à la PAP" + "précise la PAP". The publisher's chief speaks to PAP: not an origin.
story("m01_agency_print_closure", "agency", {
"00_pl.txt": """„Kurier Zalewski” zniknie z kiosków. Po 71 latach koniec wydania papierowego
Rzeczpospolita
2 marca 2027, 13:20

Ukazujący się od 1956 r. dziennik regionalny „Kurier Zalewski” przestanie wychodzić w wersji drukowanej z końcem marca – poinformowała we wtorek Polska Agencja Prasowa. Gazeta ma być odtąd dostępna wyłącznie w internecie.

Jak podaje PAP, ostatni numer papierowy trafi do sprzedaży 31 marca. Z 46 pracowników redakcji i działu dystrybucji pracę straci 19 osób, w tym wszyscy fotoreporterzy poza jednym.

– Nie było już z czego dokładać. Papier zdrożał w ciągu trzech lat o 60 proc., a kolportaż w małych miejscowościach praktycznie przestał istnieć – powiedział PAP Tomasz Grabarczyk, prezes wydawnictwa Morena Media, do którego należy tytuł. Zapewnił, że serwis internetowy gazety zostanie rozbudowany, a zwolnieni dziennikarze dostaną odprawy wyższe niż ustawowe.

Według danych przytoczonych przez agencję nakład „Kuriera” spadł z ok. 38 tys. egzemplarzy w 2010 r. do 6,2 tys. obecnie. Płatne subskrypcje cyfrowe wykupiło dotąd niespełna 2,4 tys. czytelników.

To kolejny regionalny tytuł, który w ostatnich latach rezygnuje z druku. Medioznawcy od dawna ostrzegają, że znikanie lokalnej prasy papierowej uderza przede wszystkim w starszych mieszkańców mniejszych gmin, którzy rzadziej korzystają z internetu.

Działający w wydawnictwie związek zawodowy zapowiedział na czwartek spotkanie z zarządem w sprawie warunków zwolnień – dodała agencja.
""",
"01_de.txt": """Polnische Regionalzeitung „Kurier Zalewski“ stellt Druckausgabe ein
Der Standard
2. März 2027, 17:05

Nach 71 Jahren verschwindet eine weitere polnische Regionalzeitung vom Kiosk: Der „Kurier Zalewski“ aus dem Nordosten des Landes erscheint Ende März zum letzten Mal gedruckt, wie die polnische Nachrichtenagentur PAP am Dienstag meldete. Künftig soll es das Blatt nur noch online geben.

Von den 46 Beschäftigten in Redaktion und Vertrieb verlieren der Agentur zufolge 19 ihren Arbeitsplatz. „Das Papier ist in drei Jahren um 60 Prozent teurer geworden, und der Vertrieb in den kleinen Orten existiert praktisch nicht mehr“, sagte Tomasz Grabarczyk, Chef des Verlags Morena Media, der PAP. Die Online-Ausgabe werde ausgebaut, den Gekündigten würden Abfindungen über dem gesetzlichen Mindestmaß gezahlt.

Die Auflage ist laut PAP von rund 38.000 Exemplaren im Jahr 2010 auf zuletzt 6.200 gesunken. Ein Digitalabo haben bisher knapp 2.400 Leserinnen und Leser abgeschlossen.

Die Krise der Lokalpresse trifft Polen ähnlich hart wie Österreich und Deutschland. Seit Jahren kämpfen Regionalverlage mit steigenden Druck- und Zustellkosten, während Anzeigenerlöse zu großen Plattformen abwandern. In Polen kommt hinzu, dass in vielen ländlichen Gemeinden das Netz der Zeitungskioske in den vergangenen Jahren stark ausgedünnt wurde.

Die Gewerkschaft im Verlag will am Donnerstag mit der Geschäftsführung über die Bedingungen der Kündigungen sprechen, berichtete die Agentur weiter.
""",
"02_en.txt": """Polish regional daily Kurier Zalewski to end print edition after 71 years
Press Gazette
2027-03-02T18:30:00+00:00

Kurier Zalewski, a regional daily newspaper in north-eastern Poland that has been published since 1956, will print its last edition on 31 March and continue online only, Polish news agency PAP reported on Tuesday.

Nineteen of the title's 46 editorial and distribution staff are set to lose their jobs, including all but one of its photographers, according to the state-owned agency.

"There was simply nothing left to subsidise it with. Paper has gone up 60% in three years, and distribution to small towns has practically ceased to exist," Tomasz Grabarczyk, chief executive of publisher Morena Media, told PAP. He said the paper's website would be expanded and that those made redundant would receive severance above the statutory minimum.

Print circulation has fallen from around 38,000 copies in 2010 to 6,200 today, the agency said, while fewer than 2,400 readers have so far taken out a paid digital subscription.

The end of the print edition follows a string of similar moves by regional publishers across Central Europe, where local titles have been squeezed by the rising cost of newsprint and the collapse of rural newsstand networks. Press Gazette has previously covered the decline of regional print in the UK and Ireland.

The union at Morena Media is due to meet management on Thursday to discuss the terms of the redundancies, PAP added.
""",
"03_fr.txt": """Pologne : le quotidien régional « Kurier Zalewski » abandonne le papier après 71 ans
Le Figaro

C'est la fin d'une époque pour les lecteurs du nord-est de la Pologne. Le quotidien régional « Kurier Zalewski », fondé en 1956, sortira pour la dernière fois des rotatives le 31 mars et ne paraîtra plus qu'en ligne, rapporte l'agence de presse polonaise PAP.

Selon l'agence, 19 des 46 salariés de la rédaction et de la distribution vont perdre leur emploi. « Il n'y avait plus rien pour compenser les pertes. Le papier a augmenté de 60 % en trois ans et la distribution dans les petites communes a pratiquement disparu », a confié à la PAP Tomasz Grabarczyk, président de la maison d'édition Morena Media, propriétaire du titre. Il promet un site internet étoffé et des indemnités supérieures au minimum légal.

Le tirage du journal est passé d'environ 38 000 exemplaires en 2010 à 6 200 aujourd'hui, précise la PAP. Moins de 2 400 lecteurs ont souscrit un abonnement numérique payant.

La presse régionale polonaise, comme son homologue française, subit de plein fouet la hausse du prix du papier et l'effondrement des recettes publicitaires, captées par les grandes plateformes numériques. Dans les campagnes, la disparition des kiosques prive aussi de nombreux lecteurs âgés de leur journal quotidien.

Le syndicat de l'entreprise doit rencontrer la direction jeudi pour négocier les conditions des licenciements.
""",
}, [("Polska Agencja Prasowa", False)],
[("Polska Agencja Prasowa", "00_pl.txt"), ("Polska Agencja Prasowa", "01_de.txt"),
 ("Polska Agencja Prasowa", "02_en.txt"), ("Polska Agencja Prasowa", "03_fr.txt")],
[("Kurier Zalewski will end its print edition on 31 March after 71 years and continue online only.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 1),
 ("19 of the title's 46 editorial and distribution staff will lose their jobs.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 1),
 ("Print circulation fell from about 38,000 copies in 2010 to 6,200.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_fr.txt"], 1)])

# m02: in-corpus scoop by Der Spiegel (several newsroom members, an internal letter, the publisher's
# reply to SPIEGEL), relayed directly by en, pl, es; ru credits The Guardian "со ссылкой на" Der
# Spiegel -> one edge from The Guardian (chain). en "Der Spiegel reported on Friday" + "according to
# the news magazine, which cited" + "seen by Der Spiegel" + "told the magazine" + own unanswered
# request; ru "сообщает британская The Guardian со ссылкой на немецкий журнал Der Spiegel" + "По
# данным издания" + "пишет The Guardian"; pl "ujawnił w piątek tygodnik „Der Spiegel”" + "Według
# „Spiegla”" (genitive) + "w odpowiedzi na pytania „Spiegla”"; es "según informó el viernes el
# semanario Der Spiegel" + "siempre según la revista" + "citados por Der Spiegel" + "dijo al semanario".
story("m02_scoop_editor_resigns", "scoop", {
"00_de.txt": """Streit um Recherche: Chefredakteurin der „Weserländer Allgemeinen“ tritt zurück
Der Spiegel
12.03.2027, 14.32 Uhr

Die Chefredakteurin der „Weserländer Allgemeinen“, Katrin Oberdiek, hat ihr Amt niedergelegt. Nach SPIEGEL-Informationen ist der Rücktritt die Folge eines wochenlangen Konflikts mit dem Verleger Gerd Hollmann, der die Veröffentlichung einer Recherche über den Bauträger Terravia Bau verhindert haben soll. An dem Unternehmen hält die Familie Hollmann über eine Beteiligungsgesellschaft rund 30 Prozent.

Mehrere Redaktionsmitglieder bestätigten dem SPIEGEL, dass ein Team der Zeitung seit vergangenem Herbst zu Grundstücksgeschäften zwischen Terravia und drei Gemeinden im Verbreitungsgebiet recherchiert hatte. Der fertige Text, eine Doppelseite, sei Ende Februar auf Anweisung des Verlegers aus der Wochenendausgabe genommen worden. „Das war kein redaktioneller Streit, das war ein Eingriff“, sagt ein Redakteur, der namentlich nicht genannt werden will.

In einem internen Schreiben an die Belegschaft, das dem SPIEGEL vorliegt, begründet Oberdiek ihren Schritt knapp: Sie könne „die Unabhängigkeit der Redaktion unter den gegebenen Umständen nicht mehr gewährleisten“. Oberdiek leitete das Blatt seit 2021; die Zeitung hat eine verkaufte Auflage von rund 118.000 Exemplaren.

Auf SPIEGEL-Anfrage erklärte die Hollmann Mediengruppe, der Text sei „juristisch nicht ausreichend abgesichert“ gewesen; von einem Eingriff in die redaktionelle Freiheit könne keine Rede sein. Man bedauere den Weggang von Frau Oberdiek. Eine Nachfolge soll in den kommenden Wochen benannt werden, bis dahin führt ihr Stellvertreter Jens Aumüller die Redaktion kommissarisch.

In der Redaktion ist die Stimmung nach Angaben mehrerer Beschäftigter angespannt. Einige Reporter erwägen demnach, das Haus ebenfalls zu verlassen.
""",
"01_en.txt": """German regional editor quits after publisher 'spiked investigation', says Der Spiegel
The Guardian
Fri, 12 Mar 2027 19:10:00 +0000

The editor-in-chief of one of northern Germany's largest regional newspapers has resigned after her publisher allegedly blocked an investigation into a property developer partly owned by his family, Der Spiegel reported on Friday.

Katrin Oberdiek, who had run the Weserländer Allgemeine since 2021, stepped down following weeks of conflict with the paper's owner, Gerd Hollmann, according to the news magazine, which cited several members of the newsroom.

A team of reporters had been looking since last autumn into land deals between the developer, Terravia Bau, and three municipalities in the paper's circulation area, Der Spiegel said. The finished two-page piece was pulled from a weekend edition in late February on Hollmann's instructions. The Hollmann family holds about 30% of Terravia through an investment company.

In an internal letter to staff seen by Der Spiegel, Oberdiek wrote that she could "no longer guarantee the independence of the newsroom under the current circumstances".

Hollmann Mediengruppe told the magazine the article had not been "sufficiently secured from a legal point of view" and denied any interference with editorial freedom.

The Weserländer Allgemeine sells about 118,000 copies a day. Oberdiek's deputy, Jens Aumüller, will lead the newsroom on an interim basis.

The case comes amid growing concern in Germany about the concentration of regional newspaper ownership, with a handful of publishing families controlling most local titles in several states.

Hollmann Mediengruppe did not immediately respond to a request for comment from the Guardian.
""",
"02_ru.txt": """Главный редактор немецкой региональной газеты ушла в отставку из-за снятого владельцем расследования
Медуза
13 марта 2027, 09:15

Главный редактор газеты Weserländer Allgemeine, одной из крупнейших региональных газет на севере Германии, Катрин Обердик ушла в отставку. Об этом сообщает британская The Guardian со ссылкой на немецкий журнал Der Spiegel.

По данным издания, поводом стал конфликт с владельцем газеты Гердом Хольманом. Он якобы распорядился снять из номера выходного дня двухполосный материал о застройщике Terravia Bau, который журналисты готовили с осени. Семье Хольмана через инвестиционную компанию принадлежит около 30% этого застройщика. Расследование касалось сделок с землей между Terravia и тремя муниципалитетами.

В письме сотрудникам Обердик написала, что «при нынешних обстоятельствах больше не может гарантировать независимость редакции», пишет The Guardian. Издательский дом Hollmann Mediengruppe заявил, что текст был «недостаточно проверен с юридической точки зрения», и отверг обвинения во вмешательстве в работу редакции.

Обердик руководила газетой с 2021 года. Ее тираж — около 118 тысяч экземпляров. Временно редакцию возглавит заместитель главного редактора Йенс Аумюллер.

В Германии в последние годы все чаще обсуждают концентрацию региональной прессы в руках нескольких издательских семей: в ряде федеральных земель им принадлежит большая часть местных газет.
""",
"03_pl.txt": """Naczelna „Weserländer Allgemeine” odchodzi. Wydawca miał zablokować tekst o deweloperze
Wirtualnemedia.pl
13.03.2027 10:40

Katrin Oberdiek, redaktor naczelna niemieckiego dziennika regionalnego „Weserländer Allgemeine”, zrezygnowała ze stanowiska – ujawnił w piątek tygodnik „Der Spiegel”. Powodem ma być konflikt z wydawcą, który zablokował publikację dziennikarskiego śledztwa.

Według „Spiegla” zespół reporterów gazety od jesieni badał transakcje gruntowe między deweloperem Terravia Bau a trzema gminami z obszaru, na którym ukazuje się dziennik. Gotowy, dwustronicowy tekst pod koniec lutego zdjęto z wydania weekendowego na polecenie właściciela wydawnictwa Gerda Hollmanna. Rodzina Hollmannów ma – poprzez spółkę inwestycyjną – ok. 30 proc. udziałów w Terravii.

Tygodnik powołuje się na kilku członków redakcji, a także na wewnętrzny list Oberdiek do zespołu. Naczelna napisała w nim, że „w obecnych okolicznościach nie jest w stanie zagwarantować niezależności redakcji”.

Hollmann Mediengruppe w odpowiedzi na pytania „Spiegla” stwierdziła, że materiał „nie był wystarczająco zabezpieczony pod względem prawnym”, i zaprzeczyła, by doszło do ingerencji w wolność redakcyjną.

„Weserländer Allgemeine” sprzedaje ok. 118 tys. egzemplarzy dziennie. Oberdiek kierowała nią od 2021 roku. Do czasu wyboru następcy redakcją pokieruje jej zastępca Jens Aumüller.

O koncentracji rynku prasy regionalnej w Niemczech pisaliśmy wielokrotnie – w kilku landach większość lokalnych tytułów należy do zaledwie kilku rodzin wydawców.
""",
"04_es.txt": """Dimite la directora de un diario regional alemán tras el veto del editor a una investigación
El País
13 de marzo de 2027 - 12:05 CET

Katrin Oberdiek, directora del diario regional alemán Weserländer Allgemeine, ha dimitido tras semanas de enfrentamiento con el editor y propietario del periódico, Gerd Hollmann, según informó el viernes el semanario Der Spiegel. El motivo, siempre según la revista, fue la decisión de Hollmann de retirar de la edición del fin de semana una investigación sobre una promotora inmobiliaria en la que su familia tiene una participación.

El reportaje, de dos páginas, analizaba las operaciones de compraventa de suelo entre la promotora Terravia Bau y tres municipios de la zona de difusión del periódico. La familia Hollmann controla alrededor del 30% de la empresa a través de una sociedad de inversión. Varios miembros de la redacción, citados por Der Spiegel sin revelar su identidad, aseguran que el texto estaba terminado y que fue retirado a finales de febrero por orden directa del editor.

“No fue una discusión periodística, fue una injerencia”, dijo al semanario uno de esos redactores. El grupo Hollmann Mediengruppe sostiene, en cambio, que el texto “no estaba suficientemente blindado desde el punto de vista jurídico” y niega cualquier presión sobre la redacción.

Oberdiek dirigía desde 2021 el periódico, que vende unos 118.000 ejemplares diarios. Su número dos, Jens Aumüller, asumirá la dirección de forma interina.

El caso ha reabierto en Alemania el debate sobre la concentración de la prensa regional, en manos de un puñado de familias editoras en varios estados federados.
""",
}, [("Der Spiegel", True)],
[("Der Spiegel", "01_en.txt"), ("The Guardian", "02_ru.txt"), ("Der Spiegel", "03_pl.txt"),
 ("Der Spiegel", "04_es.txt")],
[("Katrin Oberdiek resigned as editor-in-chief of the Weserländer Allgemeine.",
  ["00_de.txt", "01_en.txt", "02_ru.txt", "03_pl.txt", "04_es.txt"], 1),
 ("Publisher Gerd Hollmann had a finished investigation into Terravia Bau, in which his family holds about 30%, pulled from the weekend edition.",
  ["00_de.txt", "01_en.txt", "02_ru.txt", "03_pl.txt", "04_es.txt"], 1),
 ("In an internal letter Oberdiek wrote she could no longer guarantee the newsroom's independence.",
  ["00_de.txt", "01_en.txt", "02_ru.txt", "03_pl.txt"], 1)])

# m03: in-corpus scoop by Детектор медіа (registry entries, the channel's press office and an
# anonymous source at the regulator speaking to the outlet); chain uk -> en (The Kyiv Independent
# credits Detector Media) -> de (taz credits only the "Kyiv Independent"); ru 02 has no outlet line and
# is an uncredited close Russian translation of the uk article published five hours later (keeps
# "нашему изданию" for "«Детектору медіа»"): edge from Детектор медіа.
story("m03_chain_tv_owner", "chain", {
"00_uk.txt": """Власником телеканалу «Обрій ТБ» стала кіпрська компанія: бенефіціаром є Вадим Кушнір
Детектор медіа
06.04.2027 10:20

Телеканал «Обрій ТБ» змінив власника: 100% корпоративних прав ТОВ «Обрій Медіа Груп», якому належить ліцензія мовника, перейшли до кіпрської компанії Lemarion Holdings Ltd. Кінцевим бенефіціаром нового власника вказано бізнесмена Вадима Кушніра. Як з'ясував «Детектор медіа», відповідні зміни внесли до Єдиного державного реєстру 1 квітня.

Раніше канал належав родині засновника Петра Гайового, яка контролювала його з 2009 року. Сума угоди не розголошується. Кушнір, відомий насамперед як власник мережі автозаправок у центральних областях, досі в медійному бізнесі помічений не був.

У пресслужбі «Обрій ТБ» «Детектору медіа» підтвердили зміну власника, але від коментарів щодо умов продажу відмовилися. «Редакційна політика каналу не зміниться, усі ведучі залишаються в ефірі», — сказала речниця каналу Ірина Мельник.

Мовник зобов'язаний повідомити Національну раду з питань телебачення і радіомовлення про зміну структури власності. Співрозмовник «Детектора медіа» в Нацраді, який попросив не називати його імені, розповів, що станом на понеділок такого повідомлення регулятор не отримував. «Якщо документів не буде, питання винесуть на засідання», — додав він.

«Обрій ТБ» мовить у 14 областях і, за даними останнього панельного дослідження, має частку аудиторії близько 2,1%.
""",
"01_en.txt": """Regional broadcaster Obrii TV quietly sold to Cyprus firm owned by fuel magnate, Detector Media reports
The Kyiv Independent
April 6, 2027 4:45 pm

Ukrainian television channel Obrii TV has changed hands, with full ownership of the company that holds its broadcasting licence passing to a Cyprus-registered firm controlled by businessman Vadym Kushnir, media watchdog outlet Detector Media reported on April 6.

According to the outlet, which cited entries in the state business registry, Lemarion Holdings Ltd became the sole owner of Obrii Media Group LLC on April 1. Kushnir, who owns a chain of filling stations in central Ukraine, has no known previous media holdings.

The channel had been controlled since 2009 by the family of its founder, Petro Haiovyi. The price of the deal was not disclosed.

Obrii TV's press office confirmed the change of ownership to Detector Media but declined to discuss the terms. "The channel's editorial policy will not change, and all our presenters remain on air," spokeswoman Iryna Melnyk told the outlet.

Broadcasters are required to inform the National Council of Television and Radio Broadcasting about changes in their ownership structure. A source at the regulator told Detector Media on condition of anonymity that no such notification had been received as of April 5.

Obrii TV broadcasts in 14 oblasts and has an audience share of about 2.1%, according to the outlet.

Media ownership transparency has been a recurring issue in Ukraine, where television channels have long been used by wealthy businessmen to build political influence.
""",
"02_ru.txt": """Владельцем телеканала «Обрий ТБ» стала кипрская компания: бенефициар — Вадим Кушнир
6 апреля 2027, 15:10

Телеканал «Обрий ТБ» сменил владельца: 100% корпоративных прав ООО «Обрий Медиа Груп», которому принадлежит лицензия вещателя, перешли к кипрской компании Lemarion Holdings Ltd. Конечным бенефициаром нового владельца указан бизнесмен Вадим Кушнир. Соответствующие изменения внесли в Единый государственный реестр 1 апреля.

Ранее канал принадлежал семье основателя Петра Гаевого, которая контролировала его с 2009 года. Сумма сделки не разглашается. Кушнир, известный прежде всего как владелец сети автозаправок в центральных областях, до сих пор в медийном бизнесе замечен не был.

В пресс-службе «Обрий ТБ» нашему изданию подтвердили смену владельца, но от комментариев относительно условий продажи отказались. «Редакционная политика канала не изменится, все ведущие остаются в эфире», — сказала пресс-секретарь канала Ирина Мельник.

Вещатель обязан уведомить Национальный совет по вопросам телевидения и радиовещания об изменении структуры собственности. Собеседник издания в Нацсовете, попросивший не называть его имени, рассказал, что по состоянию на понедельник такого уведомления регулятор не получал. «Если документов не будет, вопрос вынесут на заседание», — добавил он.

«Обрий ТБ» вещает в 14 областях и, по данным последнего панельного исследования, имеет долю аудитории около 2,1%.
""",
"03_de.txt": """Ukrainischer Regionalsender Obrij TV an Zypern-Firma verkauft
taz
7.4.2027

Der ukrainische Fernsehsender Obrij TV hat den Besitzer gewechselt. Wie der englischsprachige „Kyiv Independent“ am Dienstagabend berichtete, gehört die Gesellschaft, die die Sendelizenz hält, seit dem 1. April vollständig der auf Zypern registrierten Firma Lemarion Holdings. Dahinter steht demnach der Unternehmer Wadym Kuschnir, der bislang vor allem mit einer Tankstellenkette in der Zentralukraine Geld verdient.

Bisher war der Sender, der in 14 Regionen ausgestrahlt wird, im Besitz der Familie des Gründers Petro Hajowyj. Über den Kaufpreis ist nichts bekannt. Eine Sprecherin des Senders versicherte laut dem Bericht, an der redaktionellen Linie werde sich nichts ändern.

Pikant ist, dass die Medienaufsicht nach Angaben der Zeitung bislang nicht über den Eigentümerwechsel informiert wurde, obwohl Sender dazu verpflichtet sind. Ein Informant in der Behörde habe bestätigt, dass bis Montag keine Meldung eingegangen sei.

Die Transparenz der Eigentumsverhältnisse ist in der ukrainischen Medienlandschaft ein Dauerthema. Über Jahre nutzten vermögende Geschäftsleute Fernsehsender gezielt, um politischen Einfluss zu gewinnen. Medienorganisationen fordern deshalb seit Langem, dass die tatsächlichen Eigentümer von Sendern lückenlos offengelegt werden.
""",
}, [("Детектор медіа", True)],
[("Детектор медіа", "01_en.txt"), ("Детектор медіа", "02_ru.txt"), ("The Kyiv Independent", "03_de.txt")],
[("Full ownership of Obrii TV's licence-holding company passed to Cyprus-registered Lemarion Holdings, controlled by businessman Vadym Kushnir.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], 1),
 ("A source at the National Council said the regulator had not been notified of the ownership change.",
  ["00_uk.txt", "01_en.txt", "02_ru.txt", "03_de.txt"], 1)])

# m04: institution-published origin outside the corpus: Reporters Without Borders' report and the
# statement accompanying it, taken directly by all five. fr "selon un rapport publié mercredi par
# Reporters sans frontières (RSF)" + "D'après l'ONG" + "précise RSF"; es "según el informe ... que
# Reporteros Sin Fronteras (RSF) ha hecho público" + "El documento señala"; pl "wynika z
# opublikowanego w środę raportu organizacji Reporterzy bez Granic" + "Paryska organizacja" +
# "szefowa biura europejskiego Reporterów bez Granic" (genitive); uk "Про це йдеться у доповіді
# міжнародної організації «Репортери без кордонів»"; ru "приводятся в докладе «Репортеров без границ»"
# (genitive) + "Правозащитники призывают". RSF's Europe desk head is quoted from the statement.
story("m04_document_rsf_local_press", "document", {
"00_fr.txt": """Plus de 1 100 titres de presse locale ont disparu en Europe depuis 2019, alerte RSF
Le Monde
21 avril 2027 à 06h00

Au moins 1 120 journaux locaux et régionaux ont cessé de paraître dans quatorze pays européens entre 2019 et 2026, selon un rapport publié mercredi 21 avril par Reporters sans frontières (RSF). Intitulé « Silence local », le document décrit une Europe où des pans entiers du territoire n'ont plus aucun média de proximité.

D'après l'ONG, 41 % des communes de moins de 10 000 habitants étudiées ne disposent plus d'aucun titre ou site d'information consacré à leur actualité. La France compte 148 fermetures sur la période, devant l'Espagne (131) et la Pologne (96). L'Ukraine, où la guerre a entraîné la disparition de 230 titres, n'est pas comptée dans ce total et constitue un cas à part, souligne le rapport.

RSF s'inquiète aussi de la multiplication des pressions sur les journalistes locaux : l'organisation a recensé 212 agressions, menaces ou poursuites abusives visant des rédactions locales en 2026, contre 147 un an plus tôt.

« Quand un journal local disparaît, ce n'est pas seulement une entreprise qui ferme, c'est une communauté qui devient aveugle », a déclaré Hélène Vasseur, responsable du bureau Europe de RSF, dans le communiqué accompagnant le rapport.

L'organisation, dont le siège est à Paris, appelle l'Union européenne à créer un fonds dédié au journalisme local et les États à réserver une part de la publicité publique aux médias de proximité.

Le rapport s'appuie sur les données de registres de presse nationaux, d'associations d'éditeurs et sur des entretiens avec plus de 300 journalistes, précise RSF.
""",
"01_es.txt": """RSF alerta del cierre de 1.120 periódicos locales en Europa desde 2019, 131 de ellos en España
elDiario.es
21/04/2027 - 08:30h

España es el segundo país europeo donde más cabeceras locales han desaparecido en los últimos años, según el informe 'Silencio local' que Reporteros Sin Fronteras (RSF) ha hecho público este miércoles. La organización contabiliza 131 cierres en España entre 2019 y 2026, solo por detrás de Francia (148), dentro de un total de 1.120 periódicos locales y regionales clausurados en catorce países.

El documento señala que en el 41% de los municipios de menos de 10.000 habitantes analizados ya no existe ningún medio dedicado a la información local. Son los llamados 'desiertos informativos', que según RSF se concentran en las zonas rurales del interior.

La ONG también alerta de un aumento de las presiones contra los periodistas que cubren la actualidad local: en 2026 registró 212 agresiones, amenazas o demandas abusivas contra redacciones locales en Europa, frente a las 147 del año anterior.

"Cuando desaparece un periódico local no solo cierra una empresa: una comunidad se queda ciega", afirma Hélène Vasseur, responsable de la oficina de Europa de RSF, en el comunicado que acompaña el informe.

Reporteros Sin Fronteras pide a la Unión Europea un fondo específico para el periodismo local y a los gobiernos que reserven una parte de la publicidad institucional para los medios de proximidad. El informe se basa en registros oficiales de prensa, datos de asociaciones de editores y entrevistas con más de 300 periodistas.
""",
"02_pl.txt": """Raport RSF: w Polsce zniknęło 96 gazet lokalnych
Gazeta Wyborcza
21 kwietnia 2027

Od 2019 r. w Polsce przestało się ukazywać 96 tytułów prasy lokalnej i regionalnej – wynika z opublikowanego w środę raportu organizacji Reporterzy bez Granic (RSF). W całej Europie, w 14 badanych krajach, takich zamknięć było co najmniej 1120.

Autorzy raportu „Lokalna cisza” zwracają uwagę, że w 41 proc. przeanalizowanych gmin liczących poniżej 10 tys. mieszkańców nie działa już żaden lokalny tytuł ani portal informacyjny. Najwięcej zamknięć odnotowano we Francji (148) i w Hiszpanii (131); Polska jest na trzecim miejscu.

Paryska organizacja odnotowuje też rosnącą liczbę nacisków na lokalnych dziennikarzy. W 2026 r. RSF naliczyła w Europie 212 przypadków napaści, gróźb i tzw. pozwów SLAPP wymierzonych w lokalne redakcje – wobec 147 rok wcześniej.

„Kiedy znika lokalna gazeta, nie zamyka się tylko firma. Cała społeczność traci wzrok” – napisała w komunikacie szefowa biura europejskiego Reporterów bez Granic Hélène Vasseur.

RSF apeluje do Unii Europejskiej o utworzenie funduszu wspierającego dziennikarstwo lokalne, a do rządów – o przeznaczanie części budżetów na ogłoszenia publiczne dla mediów lokalnych. Raport powstał na podstawie danych z rejestrów prasy, informacji stowarzyszeń wydawców oraz ponad 300 wywiadów z dziennikarzami.
""",
"03_uk.txt": """Через війну в Україні закрилися 230 місцевих видань – звіт «Репортерів без кордонів»
Укрінформ
21.04.2027 11:47

Від початку повномасштабного вторгнення Росії в Україні припинили існування щонайменше 230 місцевих і регіональних видань. Про це йдеться у доповіді міжнародної організації «Репортери без кордонів» (RSF), оприлюдненій у середу.

Як зазначають автори документа, більшість цих медіа закрилися через окупацію територій, руйнування друкарень і втрату рекламного ринку в прифронтових громадах. RSF виокремлює Україну як особливий випадок і до загального підрахунку її не включає: в інших країнах Європи місцева преса зникає передусім з економічних причин.

Загалом, за підрахунками організації, у 14 європейських країнах між 2019 і 2026 роками закрилися 1120 місцевих і регіональних газет. У 41% досліджених громад із населенням до 10 тисяч осіб не залишилося жодного місцевого медіа.

Окремо у звіті йдеться про тиск на журналістів місцевих редакцій: 2026 року RSF зафіксувала 212 нападів, погроз і зловживань судовими позовами проти них, тоді як роком раніше – 147.

«Коли зникає місцева газета, закривається не лише підприємство – ціла громада сліпне», – наголосила керівниця європейського бюро RSF Елен Вассер у заяві, поширеній разом із доповіддю.

Організація закликає ЄС створити окремий фонд підтримки локальної журналістики.
""",
"04_ru.txt": """«Репортеры без границ»: за семь лет в Европе закрылись более 1100 местных газет
Новая газета Европа
21 апреля 2027

В четырнадцати европейских странах с 2019 по 2026 год перестали выходить не менее 1120 местных и региональных газет. Такие данные приводятся в докладе «Репортеров без границ» (RSF) под названием «Местная тишина», опубликованном в среду на сайте организации.

Больше всего закрытий RSF насчитала во Франции (148), Испании (131) и Польше (96). Украину, где из-за войны исчезли 230 изданий, авторы доклада рассматривают отдельно и в общий подсчет не включают.

Согласно докладу, в 41% обследованных муниципалитетов с населением менее 10 тысяч человек не осталось ни одного местного СМИ. Организация называет такие территории «информационными пустынями».

Растет и давление на местных журналистов: в 2026 году «Репортеры без границ» зафиксировали 212 нападений, угроз и злоупотреблений судебными исками против местных редакций — против 147 годом ранее.

«Когда исчезает местная газета, закрывается не только предприятие — целое сообщество слепнет», — заявила глава европейского бюро RSF Элен Вассёр.

Правозащитники призывают Евросоюз создать отдельный фонд поддержки местной журналистики, а правительства — направлять часть государственной рекламы в местные СМИ.
""",
}, [("Reporters Without Borders", False)],
[("Reporters Without Borders", "00_fr.txt"), ("Reporters Without Borders", "01_es.txt"),
 ("Reporters Without Borders", "02_pl.txt"), ("Reporters Without Borders", "03_uk.txt"),
 ("Reporters Without Borders", "04_ru.txt")],
[("At least 1,120 local and regional newspapers closed in 14 European countries between 2019 and 2026.",
  ["00_fr.txt", "01_es.txt", "02_pl.txt", "03_uk.txt", "04_ru.txt"], 1),
 ("RSF recorded 212 attacks, threats or abusive lawsuits against local newsrooms in 2026, up from 147 a year earlier.",
  ["00_fr.txt", "01_es.txt", "02_pl.txt", "03_uk.txt", "04_ru.txt"], 1),
 ("230 local and regional outlets have disappeared in Ukraine because of the war.",
  ["00_fr.txt", "03_uk.txt", "04_ru.txt"], 1)])

# m05: in-corpus scoop by Wirtualnemedia.pl ("jak ustaliły Wirtualnemedia.pl", two anonymous people
# close to the council, the owner's comment to the portal); de Deutsche Welle relays it ("berichtete
# ... zunächst das polnische Medienportal Wirtualnemedia.pl unter Berufung auf") AND adds its own
# confirmation ("Auf Anfrage der DW bestätigte ein Sprecher ... sagte ... der DW"): edge + own
# in-corpus origin; en relays the portal ("the portal wrote, citing", "the portal added"); uk credits
# "Deutsche Welle з посиланням на польський галузевий портал Wirtualnemedia.pl" + "підтвердив DW" +
# "Як пише DW": one edge from Deutsche Welle.
story("m05_confirmation_radio_licence", "confirmation", {
"00_pl.txt": """KRRiT nie przedłuży koncesji Radia Przełęcz. Stacja zapowiada odwołanie
Wirtualnemedia.pl
2027-05-10 08:15

Krajowa Rada Radiofonii i Telewizji odmówiła przedłużenia koncesji na nadawanie naziemne regionalnej rozgłośni Radio Przełęcz z Rzeszowa – jak ustaliły Wirtualnemedia.pl. Obecna koncesja wygasa 30 czerwca.

Według naszych informatorów z otoczenia Rady decyzja zapadła w piątek na zamkniętym posiedzeniu stosunkiem głosów 3 do 2. Dwie osoby znające przebieg posiedzenia twierdzą, że przeważył argument o wielokrotnym niewypełnianiu przez stację obowiązku nadawania programu lokalnego – zgodnie z koncesją powinien on stanowić co najmniej 20 proc. czasu antenowego, a kontrole z lat 2025–2026 wykazały, że było to niekiedy poniżej 9 proc.

– Dowiadujemy się o tym od dziennikarzy, a nie z urzędu. Jeżeli decyzja rzeczywiście zapadła, odwołamy się do sądu – powiedział Wirtualnemedia.pl Marek Wilczyński, prezes spółki Podkarpacka Fala, do której należy rozgłośnia. Dodał, że stacja w ostatnim roku „nadrobiła zaległości” i zatrudniła trzech nowych reporterów w terenie.

Radio Przełęcz nadaje od 1998 r. na częstotliwościach w Rzeszowie, Krośnie i Sanoku. Według ostatniego badania słuchalności ma ok. 4,3 proc. udziału w rynku radiowym w województwie podkarpackim. Zatrudnia 27 osób.

Biuro KRRiT do poniedziałku rana nie odpowiedziało na nasze pytania.
""",
"01_de.txt": """Polen: Medienaufsicht verlängert Lizenz von Regionalradio nicht
Deutsche Welle
10.05.2027

Die polnische Medienaufsicht KRRiT verlängert die terrestrische Sendelizenz des Regionalsenders Radio Przełęcz aus Rzeszów nicht. Das berichtete am Montag zunächst das polnische Medienportal Wirtualnemedia.pl unter Berufung auf zwei Personen aus dem Umfeld des Rundfunkrats. Auf Anfrage der DW bestätigte ein Sprecher des Landesrundfunkrats am Nachmittag die Entscheidung. „Der Rat hat beschlossen, die Konzession nicht zu verlängern. Die schriftliche Begründung wird dem Sender in den kommenden Tagen zugestellt“, sagte Sprecher Paweł Kordecki der DW.

Die aktuelle Lizenz läuft am 30. Juni aus. Als Grund nannte Kordecki, dass der Sender seinen Verpflichtungen zu lokalen Programminhalten wiederholt nicht nachgekommen sei.

Der Betreiber, die Firma Podkarpacka Fala, hatte gegenüber Wirtualnemedia.pl angekündigt, vor Gericht zu ziehen. Das Radio sendet seit 1998 im Südosten Polens und beschäftigt 27 Menschen.

Die Entscheidung dürfte in Polen eine neue Debatte über die Rolle des Rundfunkrats auslösen. Das Gremium, dessen Mitglieder von Parlament und Präsident bestimmt werden, steht seit Jahren im Verdacht, politisch zu entscheiden; Kritiker werfen ihm vor, kleinere Sender mit zweierlei Maß zu messen. Für Radio Przełęcz wäre es das Ende nach fast drei Jahrzehnten, sollte ein Gericht die Entscheidung nicht kippen.
""",
"02_en.txt": """Polish regulator refuses to renew licence of regional broadcaster Radio Przełęcz
Notes from Poland
10 May 2027

Poland's National Broadcasting Council (KRRiT) has decided not to renew the terrestrial licence of Radio Przełęcz, a commercial regional station based in the south-eastern city of Rzeszów, media industry portal Wirtualnemedia.pl reported on Monday morning.

The decision was taken at a closed-door meeting on Friday by three votes to two, the portal wrote, citing two unnamed people close to the council. According to them, the deciding factor was the station's repeated failure to meet a licence condition requiring at least 20% of airtime to be devoted to local programming; inspections in 2025 and 2026 found that the share had at times fallen below 9%.

Marek Wilczyński, head of the station's owner, Podkarpacka Fala, told Wirtualnemedia.pl that he had learned of the decision from journalists rather than from the regulator. "If the decision has really been made, we will appeal to the courts," he said.

Radio Przełęcz, which has been on air since 1998 and employs 27 people, broadcasts in Rzeszów, Krosno and Sanok. It has a listening share of about 4.3% in the Podkarpackie region, the portal added.

The current licence expires on 30 June.

KRRiT has frequently found itself at the centre of political disputes. Its members are appointed by parliament and the president, and critics have long accused it of partisan decision-making.
""",
"03_uk.txt": """Польська медійна рада не продовжила ліцензію регіонального радіо
Детектор медіа
10 травня 2027, 19:30

Польська Національна рада з питань радіомовлення і телебачення (KRRiT) відмовилася продовжити ліцензію на наземне мовлення регіональній радіостанції Radio Przełęcz із Жешува. Про це повідомляє Deutsche Welle з посиланням на польський галузевий портал Wirtualnemedia.pl.

Речник KRRiT Павел Кордецький підтвердив DW, що рада ухвалила таке рішення, а письмове обґрунтування станції надішлють найближчими днями. За його словами, мовник неодноразово не виконував зобов'язань щодо частки місцевого контенту.

Чинна ліцензія Radio Przełęcz спливає 30 червня. Оператор станції, компанія Podkarpacka Fala, вже заявив, що оскаржуватиме рішення в суді.

Радіостанція мовить із 1998 року на південному сході Польщі, поблизу кордону з Україною, і має у штаті 27 працівників.

Як пише DW, рішення може знову розпалити дискусію про політичну залежність польського регулятора: його членів призначають парламент і президент, а критики роками закидають раді упереджене ставлення до невеликих мовників.
""",
}, [("Wirtualnemedia.pl", True), ("Deutsche Welle", True)],
[("Wirtualnemedia.pl", "01_de.txt"), ("Wirtualnemedia.pl", "02_en.txt"), ("Deutsche Welle", "03_uk.txt")],
[("KRRiT refused to renew Radio Przełęcz's terrestrial licence, which expires on 30 June.",
  ["00_pl.txt", "01_de.txt", "02_en.txt", "03_uk.txt"], 2),
 ("The council decided 3 to 2 at a closed session on Friday.",
  ["00_pl.txt", "02_en.txt"], 1)])

# m06: two independent in-corpus reports published the same morning: El Confidencial ("según ha podido
# saber El Confidencial", "Fuentes conocedoras de la negociación": job cuts) and Expansión ("según
# fuentes financieras consultadas por Expansión": price). fr Les Echos credits both ("selon les
# quotidiens espagnols El Confidencial et Expansión, qui ont révélé l'information" + "précisent les deux
# journaux"): two edges; en FT credits only Expansión ("according to Spanish business daily Expansión",
# "Expansión said", "the newspaper reported, citing financial sources", "according to the report").
story("m06_independent_press_group_sale", "independent", {
"00_es.txt": """El fondo Quercia Capital se queda con el Grupo Editorial Cantábrico y prepara un ajuste de 140 empleos
El Confidencial
18/02/2027 05:00

El fondo de inversión madrileño Quercia Capital ha cerrado un acuerdo para hacerse con el Grupo Editorial Cantábrico (GEC), editor de cuatro cabeceras regionales en Cantabria, Asturias y el País Vasco, según ha podido saber El Confidencial. La firma de la operación está prevista para la próxima semana.

Fuentes conocedoras de la negociación explican que el plan de negocio del nuevo propietario contempla cerrar dos de las tres plantas de impresión del grupo y concentrar la producción en la de Santander. El ajuste afectaría a unos 140 de los 610 empleados de GEC, sobre todo en talleres y distribución, aunque también en las redacciones.

La familia Arriaga, que controla el grupo desde su fundación en 1952, llevaba más de un año buscando comprador. Las ventas en quiosco de sus diarios —entre ellos El Vigía del Cantábrico y Diario de la Ribera— han caído un 45% desde 2019, y la deuda bancaria supera los 30 millones de euros, según las cuentas depositadas en el Registro Mercantil.

Quercia Capital, creado en 2018 por antiguos directivos de banca de inversión, no tiene experiencia previa en el sector de los medios. Su cartera incluye empresas de logística y una cadena de clínicas dentales.

Un portavoz de GEC declinó hacer comentarios a este periódico. Quercia tampoco respondió a las preguntas de El Confidencial.

Los comités de empresa de las cuatro cabeceras han convocado asambleas para este jueves.
""",
"01_es.txt": """Quercia Capital comprará el Grupo Editorial Cantábrico por unos 54 millones
Expansión
18/02/2027 06:30

Quercia Capital ha alcanzado un acuerdo con la familia Arriaga para adquirir el 100% del Grupo Editorial Cantábrico (GEC) por alrededor de 54 millones de euros, deuda incluida, según fuentes financieras consultadas por Expansión. La operación, asesorada por dos bancos de inversión españoles, se firmará previsiblemente antes de final de mes.

GEC, con sede en Santander, edita cuatro diarios regionales y facturó 71,4 millones de euros en 2025, con un resultado bruto de explotación (ebitda) de apenas 3,2 millones. La compañía cerró el último ejercicio con pérdidas por segundo año consecutivo.

Las mismas fuentes señalan que el fondo pretende integrar la distribución de los periódicos con la de otros editores del norte de España y vender el edificio histórico de la sede en el centro de Santander, valorado en unos 12 millones.

Quercia Capital, que gestiona unos 400 millones de euros, debuta así en el sector de los medios de comunicación. Hasta ahora había invertido en logística, salud y servicios industriales.

La venta de GEC se suma a otras operaciones recientes en la prensa regional española, donde varios grupos familiares han dado entrada a fondos ante la caída de ingresos por publicidad y difusión. Ni GEC ni Quercia quisieron hacer comentarios.
""",
"02_fr.txt": """Espagne : un fonds d'investissement rachète le groupe de presse régionale Cantábrico
Les Echos
18 févr. 2027 à 12:10

Nouvelle illustration de la recomposition de la presse régionale en Europe : le fonds d'investissement madrilène Quercia Capital a trouvé un accord pour racheter le Grupo Editorial Cantábrico (GEC), éditeur de quatre quotidiens dans le nord de l'Espagne, selon les quotidiens espagnols El Confidencial et Expansión, qui ont révélé l'information jeudi matin.

Le groupe, basé à Santander, était contrôlé depuis sa fondation en 1952 par la famille Arriaga, qui cherchait un repreneur depuis plus d'un an. Ses titres, dont El Vigía del Cantábrico, souffrent comme l'ensemble de la presse espagnole de l'érosion des ventes en kiosque et de la publicité.

Quercia Capital, créé en 2018 par d'anciens banquiers d'affaires, n'a jamais investi dans les médias jusqu'ici. Son portefeuille compte des entreprises de logistique et de santé.

Ni le vendeur ni l'acheteur n'ont souhaité commenter, précisent les deux journaux.

En France aussi, plusieurs titres régionaux ont changé de mains ces dernières années, avec l'arrivée d'investisseurs extérieurs au secteur, attirés par des actifs devenus bon marché mais confrontés à la même équation : des ventes papier en recul constant et des abonnements numériques qui ne compensent pas encore les pertes.
""",
"03_en.txt": """Private equity fund Quercia agrees €54mn deal for Spanish regional publisher
Financial Times
2027-02-18T14:00:00Z

Madrid-based investment fund Quercia Capital has agreed to buy Grupo Editorial Cantábrico, a family-owned publisher of four regional newspapers in northern Spain, for about €54mn including debt, according to Spanish business daily Expansión.

The deal, which Expansión said was expected to be signed before the end of the month, would mark the first media investment for Quercia, which manages about €400mn and has so far backed logistics, healthcare and industrial services companies.

GEC, based in Santander, had revenues of €71.4mn in 2025 and earnings before interest, tax, depreciation and amortisation of just €3.2mn, the newspaper reported, citing financial sources. It has been loss-making for two consecutive years.

The fund plans to merge the group's newspaper distribution with that of other publishers in northern Spain and to sell its historic headquarters building in central Santander, valued at around €12mn, according to the report.

Spain's regional press has been hit hard by the decline in print sales and advertising, and several family-owned groups have turned to financial investors in recent years.

Neither GEC nor Quercia responded to requests for comment from the Financial Times.
""",
}, [("El Confidencial", True), ("Expansión", True)],
[("El Confidencial", "02_fr.txt"), ("Expansión", "02_fr.txt"), ("Expansión", "03_en.txt")],
[("Quercia Capital agreed to buy Grupo Editorial Cantábrico.",
  ["00_es.txt", "01_es.txt", "02_fr.txt", "03_en.txt"], 2),
 ("The price is about 54 million euros including debt.",
  ["01_es.txt", "03_en.txt"], 1),
 ("The new owner plans to close two of three printing plants and cut about 140 of 610 jobs.",
  ["00_es.txt"], 1)])

# m07: a person's own Facebook post (outside origin Olena Tarasiuk) taken directly by all four: uk
# "Про це вона написала ... у своєму дописі у Facebook" + "йдеться в її дописі" + UP's unanswered
# request (no own reporting); ru "в посте в фейсбуке" + "Как пишет Тарасюк" + "по ее словам"; fr "dans
# un message publié sur Facebook" + "précise-t-elle dans son message" + "Contacté par RFI, ... n'a pas
# donné suite"; en 03 has neither outlet nor date line: "in a Facebook post" + "according to the post".
story("m07_social_post_editor_quits", "social_post", {
"00_uk.txt": """Головна редакторка полтавського телеканалу «Лівобережжя» звільнилася через тиск власника
Українська правда
23 травня 2027, 10:05

Головна редакторка полтавського регіонального телеканалу «Лівобережжя» Олена Тарасюк оголосила про звільнення. Про це вона написала в суботу ввечері у своєму дописі у Facebook.

За словами Тарасюк, новий власник каналу, бізнесмен Ігор Сагайдак, вимагав зняти з ефіру журналістське розслідування про міський тендер на ремонт доріг вартістю 186 мільйонів гривень. «Мені запропонували або прибрати сюжет, або піти. Я не буду цензоркою у власній редакції», — йдеться в її дописі.

Разом із нею, як написала Тарасюк, звільняються ще п'ятеро журналістів розслідувальної групи каналу. Вона пообіцяла, що розслідування буде оприлюднене «на іншому майданчику» найближчими тижнями.

Сагайдак, за її словами, придбав «Лівобережжя» в березні цього року. Тарасюк очолювала редакцію з 2019 року.

«Українська правда» звернулася до Сагайдака по коментар, однак на момент публікації він не відповів.

Телеканал «Лівобережжя» мовить на Полтавщину та частину Харківщини і є одним із найпомітніших регіональних мовників Лівобережної України.
""",
"01_ru.txt": """Главред телеканала в Полтаве ушла в отставку, обвинив нового владельца в цензуре
Радио Свобода
23.05.2027 12:30

Главный редактор полтавского регионального телеканала «Левобережье» Елена Тарасюк объявила об уходе с должности, обвинив нового владельца канала в попытке цензуры. Свое решение она объяснила в посте в фейсбуке, опубликованном вечером в субботу.

Как пишет Тарасюк, бизнесмен Игорь Сагайдак, купивший канал в марте, потребовал снять с эфира расследование о городском тендере на ремонт дорог стоимостью 186 миллионов гривен. «Мне предложили либо убрать сюжет, либо уйти. Я не буду цензором в собственной редакции», — написала журналистка.

Вместе с ней, по ее словам, уходят еще пять журналистов отдела расследований. Само расследование, пообещала Тарасюк, будет опубликовано «на другой площадке» в ближайшие недели.

Тарасюк возглавляла редакцию «Левобережья» с 2019 года. Сам Сагайдак публично ее заявление пока не комментировал.

Украинские медийные организации в последние месяцы неоднократно выражали обеспокоенность давлением на региональные СМИ, которые в условиях войны зачастую зависят от местных бизнесменов и властей.
""",
"02_fr.txt": """Ukraine : la rédactrice en chef d'une télévision régionale démissionne en dénonçant la censure de son propriétaire
RFI
23/05/2027 - 15:42

La rédactrice en chef de la chaîne de télévision régionale ukrainienne Livoberejjia, basée à Poltava, a annoncé samedi soir sa démission dans un message publié sur Facebook, accusant le nouveau propriétaire de la chaîne d'avoir voulu censurer une enquête.

Dans ce texte, Olena Tarassiouk affirme que l'homme d'affaires Ihor Sahaïdak, qui a racheté la chaîne en mars, a exigé la déprogrammation d'un reportage d'investigation sur un appel d'offres municipal de 186 millions de hryvnias (environ 4 millions d'euros) pour la réfection des routes. « On m'a proposé soit de retirer le sujet, soit de partir. Je ne serai pas la censeure de ma propre rédaction », écrit-elle.

Cinq journalistes de la cellule d'investigation quittent la chaîne avec elle, précise-t-elle dans son message. L'enquête sera publiée « sur une autre plateforme » dans les prochaines semaines, promet la journaliste, qui dirigeait la rédaction depuis 2019.

Contacté par RFI, Ihor Sahaïdak n'a pas donné suite.

En Ukraine, les médias régionaux, fragilisés économiquement par la guerre, dépendent souvent d'hommes d'affaires locaux, ce qui inquiète les organisations de défense de la liberté de la presse.
""",
"03_en.txt": """Ukrainian regional TV editor resigns, accuses new owner of censorship

The editor-in-chief of Livoberezhzhia, a regional television channel in the Ukrainian city of Poltava, has resigned, accusing the station's new owner of trying to kill an investigative report.

Olena Tarasiuk announced her departure in a Facebook post on Saturday evening. She wrote that businessman Ihor Sahaidak, who bought the channel in March, had demanded that an investigation into a 186 million hryvnia municipal tender for road repairs be taken off air.

"I was offered a choice: drop the story or leave. I will not be a censor in my own newsroom," Tarasiuk wrote.

Five members of the channel's investigative team are leaving with her, according to the post. Tarasiuk, who had led the newsroom since 2019, said the investigation would be published "on another platform" in the coming weeks.

Sahaidak has not publicly commented on her statement.

Press freedom groups have warned that regional media in Ukraine have become increasingly dependent on local business owners and authorities since the start of Russia's full-scale invasion, as advertising revenue has collapsed in many regions.
""",
}, [("Olena Tarasiuk", False)],
[("Olena Tarasiuk", "00_uk.txt"), ("Olena Tarasiuk", "01_ru.txt"), ("Olena Tarasiuk", "02_fr.txt"),
 ("Olena Tarasiuk", "03_en.txt")],
[("Olena Tarasiuk resigned as editor-in-chief of the Livoberezhzhia TV channel.",
  ["00_uk.txt", "01_ru.txt", "02_fr.txt", "03_en.txt"], 1),
 ("She said owner Ihor Sahaidak demanded that an investigation into a 186 million hryvnia road-repair tender be taken off air.",
  ["00_uk.txt", "01_ru.txt", "02_fr.txt", "03_en.txt"], 1),
 ("Five journalists of the channel's investigative team are leaving with her.",
  ["00_uk.txt", "01_ru.txt", "02_fr.txt", "03_en.txt"], 1)])


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
        for o, a in relays:
            assert a in arts, (id, a)
        for c in claims:
            for a in c[1]:
                assert a in arts, (id, a)
        out.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": n, "in_corpus": ic} for n, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": sorted(a), "independent_sources": n} for t, a, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 130 (media business; invented events, real outlet names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
