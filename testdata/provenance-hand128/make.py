#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand128 set (tourism and hotels).
Media names are real; every event, person, company, place-level detail, figure and quote is invented."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# t01: outside wire agency ANSA relayed by four outlets: it "Lo riferisce l'ANSA" + "ha detto all'ANSA"
# + "Secondo quanto ricostruito dall'agenzia"; de "wie die italienische Nachrichtenagentur Ansa berichtet"
# + "sagte … der Agentur" + "Nach Angaben von Ansa"; pl "podała włoska agencja prasowa ANSA" +
# "powiedział agencji ANSA" (dat.) + "Według ANSA" + "Jak informuje agencja"; es (no date line)
# "según informó este martes la agencia italiana Ansa" + "explicó a Ansa" + "precisa la agencia".
story("t01_agency_volarossa_cancellations", "agency", {
"00_it.txt": """Volarossa taglia 1.380 voli estivi: nove aerei a terra per i controlli ai motori
Corriere della Sera
6 aprile 2027, 13:20

La compagnia low cost siciliana Volarossa cancellerà 1.380 voli tra giugno e settembre, quasi un collegamento su sei del suo programma estivo. Lo riferisce l'ANSA, secondo cui nove dei 31 Airbus A320neo della flotta dovranno restare a terra per ispezioni straordinarie ai motori chieste dal costruttore.

«Non abbiamo alternative: senza quei nove aerei dobbiamo ridisegnare l'estate adesso, non a luglio con i passeggeri già in aeroporto», ha detto all'ANSA il direttore commerciale della compagnia, Marco Tesei. I tagli riguarderanno soprattutto i collegamenti da Catania, Palermo, Cagliari e Olbia verso Milano Linate, Torino e Bologna, ma anche alcune rotte internazionali, tra cui quelle per Monaco di Baviera, Cracovia e Madrid.

Secondo quanto ricostruito dall'agenzia, i passeggeri coinvolti sono circa 190mila. Volarossa comincerà a contattarli via email dalla prossima settimana e offrirà la riprotezione su un altro volo entro 48 ore oppure il rimborso integrale del biglietto.

La notizia preoccupa gli albergatori dell'isola, che puntavano su una stagione record dopo l'aumento dell'11% delle presenze straniere registrato nel 2026. «Ogni volo che salta sono camere vuote ad agosto», ha commentato all'agenzia Giuseppina Carrà, presidente dell'Associazione Albergatori Etnei.

Volarossa, nata a Catania nel 2019, ha trasportato 6,4 milioni di passeggeri lo scorso anno e contava di superare quota 7 milioni nel 2027. Secondo Tesei, l'obiettivo «resta raggiungibile solo se gli aerei torneranno in servizio a ottobre».
""",
"01_de.txt": """Sizilianische Billigairline streicht 1380 Sommerflüge – auch München betroffen
Süddeutsche Zeitung
6. April 2027

Die sizilianische Billigfluggesellschaft Volarossa streicht zwischen Juni und September 1380 Flüge, wie die italienische Nachrichtenagentur Ansa berichtet. Neun der 31 Maschinen vom Typ Airbus A320neo müssten für außerplanmäßige Triebwerksinspektionen am Boden bleiben, die der Hersteller angeordnet habe.

„Ohne diese neun Flugzeuge müssen wir den Sommer jetzt neu planen und nicht erst im Juli, wenn die Passagiere schon am Flughafen stehen“, sagte Vertriebschef Marco Tesei der Agentur. Betroffen sind vor allem Inlandsverbindungen von Catania, Palermo, Cagliari und Olbia nach Mailand, Turin und Bologna. Gestrichen werden aber auch Flüge ins Ausland, darunter Verbindungen nach München, Krakau und Madrid.

Nach Angaben von Ansa müssen sich rund 190 000 Fluggäste auf Änderungen einstellen. Die Airline will sie von der kommenden Woche an per E-Mail informieren und ihnen entweder einen Ersatzflug innerhalb von 48 Stunden oder die volle Erstattung des Ticketpreises anbieten. Fluggastrechte-Portale weisen darauf hin, dass bei Annullierungen mit mehr als zwei Wochen Vorlauf in der Regel keine Ausgleichszahlung fällig wird.

Sizilianische Hoteliers reagierten der Agentur zufolge besorgt, die Insel hatte 2026 ein Plus von elf Prozent bei ausländischen Gästen verzeichnet. Volarossa wurde 2019 in Catania gegründet und beförderte im vergangenen Jahr 6,4 Millionen Passagiere.
""",
"02_pl.txt": """Włoska tania linia odwołuje 1380 lotów. Także połączenia z Krakowem
Rzeczpospolita
06.04.2027 16:45

Sycylijski przewoźnik niskokosztowy Volarossa odwoła między czerwcem a wrześniem 1380 lotów – podała we wtorek włoska agencja prasowa ANSA. Powodem są nadzwyczajne przeglądy silników zlecone przez producenta: dziewięć z 31 samolotów Airbus A320neo, którymi dysponuje linia, musi zostać uziemionych.

„Nie mamy wyjścia. Bez tych dziewięciu maszyn musimy przebudować letni rozkład już teraz, a nie w lipcu, gdy pasażerowie będą już na lotniskach” – powiedział agencji ANSA dyrektor handlowy Volarossy Marco Tesei.

Według ANSA cięcia dotkną przede wszystkim połączeń krajowych z Katanii, Palermo, Cagliari i Olbii do Mediolanu, Turynu i Bolonii, ale także części tras zagranicznych – m.in. do Monachium, Madrytu i Krakowa. Z Krakowa Volarossa latała latem do Katanii trzy razy w tygodniu.

Jak informuje agencja, zmiany obejmą ok. 190 tys. pasażerów. Linia zacznie ich powiadamiać mailowo w przyszłym tygodniu i zaproponuje lot zastępczy w ciągu 48 godzin albo pełny zwrot pieniędzy za bilet.

Dla polskich biur podróży, które sprzedają wycieczki na Sycylię w pakietach z lotami rejsowymi, to zła wiadomość w szczycie sezonu rezerwacji. Sycylia odnotowała w ubiegłym roku wzrost liczby zagranicznych turystów o 11 proc.

Volarossa powstała w 2019 r. w Katanii. W 2026 r. przewiozła 6,4 mln pasażerów.
""",
"03_es.txt": """La aerolínea italiana Volarossa cancelará 1.380 vuelos este verano por revisiones de motores
El País

La aerolínea de bajo coste siciliana Volarossa cancelará 1.380 vuelos entre junio y septiembre, casi uno de cada seis de su programación estival, según informó este martes la agencia italiana Ansa. Nueve de los 31 Airbus A320neo de su flota deberán quedarse en tierra para someterse a inspecciones extraordinarias de los motores ordenadas por el fabricante.

"No tenemos alternativa: sin esos nueve aviones tenemos que rediseñar el verano ahora, y no en julio con los pasajeros ya en el aeropuerto", explicó a Ansa el director comercial de la compañía, Marco Tesei.

Los recortes afectarán sobre todo a las conexiones desde Catania, Palermo, Cagliari y Olbia con Milán, Turín y Bolonia, aunque también a varias rutas internacionales. Entre ellas figura la que une Madrid con Palermo, que la aerolínea operaba cinco veces por semana en verano, precisa la agencia.

Unos 190.000 pasajeros se verán afectados, según los cálculos recogidos por Ansa. Volarossa empezará a avisarles por correo electrónico la semana próxima y les ofrecerá un vuelo alternativo en un plazo de 48 horas o el reembolso íntegro del billete.

El sector hotelero siciliano, que esperaba una temporada récord tras crecer un 11% en visitantes extranjeros en 2026, ha recibido la noticia con preocupación, según la agencia. Volarossa, fundada en Catania en 2019, transportó 6,4 millones de pasajeros el año pasado.
""",
}, [("ANSA", False)],
[("ANSA", "00_it.txt"), ("ANSA", "01_de.txt"), ("ANSA", "02_pl.txt"), ("ANSA", "03_es.txt")],
[("Volarossa will cancel 1,380 flights between June and September because nine of its 31 Airbus A320neo aircraft must stay on the ground for engine inspections.",
  ["00_it.txt", "01_de.txt", "02_pl.txt", "03_es.txt"], 1),
 ("About 190,000 passengers are affected and will be offered another flight within 48 hours or a full refund.",
  ["00_it.txt", "01_de.txt", "02_pl.txt", "03_es.txt"], 1)])

# t02: El País in-corpus scoop on a hotel chain sale, three anonymous sources (they belong to El País);
# company declined comment to El País. pt "A notícia é avançada … pelo jornal El País, que cita três
# fontes" + "Segundo o diário madrileno" + "De acordo com o jornal espanhol" + Expresso's own
# unanswered request; fr "C'est ce qu'a révélé mardi El País, le quotidien espagnol citant …" +
# "Selon les informations d'El País" + "Le journal ajoute" + "d'après le quotidien madrilène";
# en "Spanish newspaper El País reported on Tuesday" + "Citing three people …, El País said" +
# "the paper said" + "declined to comment to the Spanish daily" + FT's own unanswered request.
story("t02_scoop_orvanta_hotel_sale", "scoop", {
"00_es.txt": """La hotelera Orvanta negocia su venta al fondo estadounidense Kestrel Ridge por 1.450 millones
El País
2027-03-16T07:30:00+01:00

La cadena hotelera mallorquina Orvanta Hoteles, propietaria de 38 establecimientos vacacionales en Baleares, Canarias y el Algarve portugués, negocia su venta al fondo estadounidense Kestrel Ridge Capital por unos 1.450 millones de euros, deuda incluida, según tres fuentes conocedoras de la operación consultadas por EL PAÍS.

Las conversaciones están muy avanzadas. El fondo concluyó en febrero la revisión de las cuentas y de los activos, y las partes aspiran a firmar antes del inicio de la temporada alta, a finales de junio. La familia Ferrà, que fundó la cadena en Alcúdia en 1974, conservaría un 15% del capital.

"Es la mejor oferta que ha recibido la familia en diez años y la tercera generación no quiere dejarla pasar", resume una de las fuentes, que pide no ser identificada. Otra de ellas señala que Kestrel Ridge pretende reconvertir seis de los hoteles de Mallorca en establecimientos solo para adultos y subirlos a la categoría de cinco estrellas.

Orvanta facturó 412 millones de euros en 2026, un 9% más que el año anterior, y emplea a unas 4.100 personas en temporada alta. Una portavoz de la cadena declinó hacer comentarios a este periódico. Kestrel Ridge, con sede en Boston, no respondió a las preguntas de EL PAÍS.

De cerrarse, sería una de las mayores compraventas del sector hotelero vacacional español de los últimos años, en un momento en que los fondos internacionales buscan activos en la costa ante el récord de llegadas de turistas extranjeros.
""",
"01_pt.txt": """Cadeia espanhola dona de cinco hotéis no Algarve negoceia venda a fundo americano
Expresso
16/03/2027 12:10

A cadeia hoteleira espanhola Orvanta Hoteles, que explora cinco unidades no Algarve, está em negociações avançadas para ser vendida ao fundo norte-americano Kestrel Ridge Capital por cerca de 1450 milhões de euros, incluindo dívida. A notícia é avançada esta terça-feira pelo jornal El País, que cita três fontes conhecedoras do processo.

Segundo o diário madrileno, o fundo concluiu em fevereiro a análise das contas e dos ativos do grupo, e as partes querem assinar o acordo antes do arranque da época alta, no final de junho. A família Ferrà, que fundou a cadeia em Maiorca em 1974, manteria 15% do capital.

De acordo com o jornal espanhol, a Orvanta faturou 412 milhões de euros em 2026 e emprega cerca de 4100 pessoas nos meses de verão. No Algarve, a cadeia tem hotéis em Albufeira, Armação de Pêra e Vilamoura.

A Orvanta recusou comentar a notícia ao El País. O Expresso contactou a empresa em Palma de Maiorca, mas não obteve resposta até ao fecho desta edição.

A operação, a concretizar-se, será mais um sinal do apetite dos fundos internacionais pela hotelaria de praia na Península Ibérica, num ano em que tanto Espanha como Portugal esperam novos recordes de turistas estrangeiros.
""",
"02_fr.txt": """Hôtellerie : l'espagnol Orvanta en passe de tomber dans l'escarcelle d'un fonds américain
Les Echos
16 mars 2027

Le fonds d'investissement américain Kestrel Ridge Capital serait sur le point de racheter la chaîne hôtelière espagnole Orvanta Hoteles pour environ 1,45 milliard d'euros, dette comprise. C'est ce qu'a révélé mardi El País, le quotidien espagnol citant trois sources proches des négociations.

Selon les informations d'El País, les discussions sont très avancées : l'audit des comptes et des 38 hôtels du groupe, situés aux Baléares, aux Canaries et en Algarve, s'est achevé en février, et les parties espèrent signer avant le début de la haute saison, fin juin.

Le journal ajoute que Kestrel Ridge entend transformer six établissements de Majorque en hôtels réservés aux adultes et les faire monter en gamme, jusqu'à la catégorie cinq étoiles. Une stratégie déjà suivie par plusieurs acquéreurs sur les côtes espagnoles, où la clientèle à fort pouvoir d'achat tire les prix vers le haut.

Fondée en 1974 à Alcúdia, Orvanta a réalisé l'an dernier un chiffre d'affaires de 412 millions d'euros, d'après le quotidien madrilène. Sollicitée par El País, la chaîne n'a pas souhaité faire de commentaire.

Pour les fonds, l'hôtellerie de loisirs espagnole reste l'une des classes d'actifs les plus recherchées d'Europe, portée par des taux d'occupation qui dépassent désormais 80 % l'été sur les îles.
""",
"03_en.txt": """Kestrel Ridge in talks to buy Spanish resort chain Orvanta for €1.45bn
Financial Times
Tue, 16 Mar 2027 15:02:00 +0000

US private equity group Kestrel Ridge Capital is in advanced talks to buy Orvanta Hoteles, a family-owned chain of 38 beach resorts in the Balearic and Canary Islands and Portugal's Algarve, for about €1.45bn including debt, Spanish newspaper El País reported on Tuesday.

Citing three people familiar with the negotiations, El País said the Boston-based fund had completed its due diligence in February and that both sides hoped to sign before the peak season begins in late June. The Ferrà family, which founded the business in the Mallorcan town of Alcúdia in 1974, would keep a 15 per cent stake, the paper said.

Orvanta had revenues of €412mn last year and employs about 4,100 people in the summer months, according to the report. One of the people quoted by El País described the bid as "the best offer the family has had in a decade".

Orvanta declined to comment to the Spanish daily. Kestrel Ridge did not respond to a request for comment from the Financial Times.

The deal would add to a run of acquisitions of Spanish leisure hotels by international investors, who have been drawn by record tourist arrivals and room rates that have risen faster than inflation for three consecutive years.
""",
}, [("El País", True)],
[("El País", "01_pt.txt"), ("El País", "02_fr.txt"), ("El País", "03_en.txt")],
[("Orvanta Hoteles is in advanced talks to sell itself to the US fund Kestrel Ridge Capital for about 1.45 billion euros including debt.",
  ["00_es.txt", "01_pt.txt", "02_fr.txt", "03_en.txt"], 1),
 ("The founding Ferrà family would keep a 15% stake.",
  ["00_es.txt", "01_pt.txt", "03_en.txt"], 1),
 ("Kestrel Ridge plans to turn six Orvanta hotels in Mallorca into adults-only five-star hotels.",
  ["00_es.txt", "02_fr.txt"], 1)])

# t03: an institution's own published document (Câmara Municipal do Porto's draft regulation on its
# website) taken directly by pt, es and pl; fr takes it via Público (chain, edge from Público even
# though Le Figaro names the municipality's document). pt "consta de uma proposta … publicada …
# no portal da autarquia" + "Segundo o documento" + "lê-se na nota justificativa"; es "según la
# propuesta … que publicó el lunes en su página web" + "según recoge el texto"; fr "rapporte le
# quotidien portugais Público, qui a consulté la proposition mise en ligne … par la municipalité" +
# "D'après le journal lisboète" + "Toujours selon Público"; pl "Tak wynika z projektu … opublikowano
# na stronie internetowej ratusza" + "Jak czytamy w projekcie" + "czytamy w uzasadnieniu".
story("t03_institution_porto_tourist_tax", "institution", {
"00_pt.txt": """Porto quer subir a taxa turística para cinco euros por noite
Público
03/05/2027 - 18:40

A Câmara Municipal do Porto quer aumentar a taxa turística de três para cinco euros por noite e por hóspede a partir de 1 de janeiro de 2028. A medida consta de uma proposta de alteração ao regulamento municipal publicada esta segunda-feira no portal da autarquia, que fica em consulta pública durante 30 dias úteis.

Segundo o documento, o limite de noites sujeitas à taxa passa de sete para dez, e a isenção para crianças até aos 16 anos mantém-se. A câmara estima que a receita anual suba dos atuais 27 milhões de euros para cerca de 41 milhões.

"O crescimento da procura turística tem impactos diretos na habitação, na limpeza urbana e na mobilidade, que devem ser suportados por quem deles beneficia", lê-se na nota justificativa que acompanha a proposta. De acordo com o mesmo texto, 40% da receita ficará consignada a programas de habitação acessível para residentes e 25% à limpeza e manutenção do centro histórico.

A proposta prevê ainda que os alojamentos locais que não entreguem a taxa cobrada dentro do prazo passem a pagar uma coima mínima de 2500 euros, contra os 500 euros atuais.

Depois da consulta pública, o regulamento terá de ser aprovado pelo executivo camarário e pela assembleia municipal. O Porto cobra taxa turística desde 2018; no ano passado, a cidade registou perto de 12 milhões de dormidas.
""",
"01_es.txt": """Oporto subirá su tasa turística a cinco euros por noche en 2028
La Vanguardia
4 de mayo de 2027 09:15

Alojarse en Oporto será más caro a partir del próximo año. El Ayuntamiento de la ciudad portuguesa propone elevar la tasa turística de tres a cinco euros por persona y noche desde el 1 de enero de 2028, según la propuesta de modificación del reglamento municipal que publicó el lunes en su página web y que se somete ahora a consulta pública durante 30 días hábiles.

El documento amplía además de siete a diez el número máximo de noches gravadas y mantiene exentos a los menores de 16 años. El consistorio calcula que la recaudación pasará de 27 a unos 41 millones de euros anuales.

La Cámara Municipal justifica la subida por la presión del turismo sobre la vivienda, la limpieza y la movilidad, unos costes que, según recoge el texto, "deben ser soportados por quien se beneficia de ellos". El 40% de lo recaudado se destinará a programas de vivienda asequible para residentes y un 25%, a la limpieza y el mantenimiento del casco histórico.

La medida llega después de que otras ciudades del sur de Europa hayan endurecido sus tasas en los últimos años. En España, el debate sigue abierto en varias comunidades autónomas, donde el sector hotelero advierte de que el recargo puede restar competitividad frente a otros destinos.
""",
"02_fr.txt": """Porto veut presque doubler sa taxe de séjour
Le Figaro
4 mai 2027 à 11h05

Les touristes de passage à Porto devront bientôt mettre la main au portefeuille. La deuxième ville du Portugal envisage de porter sa taxe de séjour de 3 à 5 euros par nuit et par personne à compter du 1er janvier 2028, rapporte le quotidien portugais Público, qui a consulté la proposition mise en ligne lundi par la municipalité.

D'après le journal lisboète, le nombre maximal de nuits taxées passerait de sept à dix, les enfants de moins de 16 ans restant exonérés. Les recettes attendues grimperaient ainsi de 27 à environ 41 millions d'euros par an. Le texte, soumis à consultation publique pendant trente jours ouvrables, devra ensuite être voté par l'exécutif municipal puis par l'assemblée municipale.

Toujours selon Público, les locations de courte durée qui ne reverseraient pas la taxe dans les délais s'exposeraient à une amende d'au moins 2 500 euros, contre 500 euros aujourd'hui.

Porto, qui a vu sa fréquentation exploser en une décennie, n'est pas la seule destination européenne à relever la note. Plusieurs villes d'Italie et d'Espagne ont récemment augmenté leurs taxes ou instauré des droits d'entrée pour les visiteurs à la journée, au nom de la lutte contre le surtourisme.
""",
"03_pl.txt": """Porto podnosi opłatę turystyczną. Nocleg zdrożeje o dwa euro od osoby
Gazeta Wyborcza
4 maja 2027, 14:20

Władze Porto chcą od 1 stycznia 2028 r. podnieść opłatę turystyczną z 3 do 5 euro za osobę za noc. Tak wynika z projektu zmian w miejskim regulaminie, który w poniedziałek opublikowano na stronie internetowej ratusza. Dokument przez 30 dni roboczych będzie poddany konsultacjom społecznym.

Jak czytamy w projekcie, opłata będzie pobierana maksymalnie za dziesięć nocy, a nie – jak dotąd – za siedem. Dzieci poniżej 16. roku życia nadal będą z niej zwolnione. Miasto szacuje, że roczne wpływy wzrosną z 27 do ok. 41 mln euro.

Urzędnicy uzasadniają podwyżkę presją, jaką ruch turystyczny wywiera na rynek mieszkaniowy, sprzątanie miasta i transport. Koszty te – czytamy w uzasadnieniu – „powinni ponosić ci, którzy z tego korzystają”. 40 proc. wpływów ma trafić na programy tanich mieszkań dla mieszkańców, a 25 proc. na sprzątanie i utrzymanie zabytkowego centrum.

Porto jest jednym z najchętniej odwiedzanych przez Polaków miast Półwyspu Iberyjskiego, z kilku polskich lotnisk latają tam bezpośrednie samoloty. Opłata turystyczna doliczana jest zwykle do rachunku na miejscu, a nie w momencie rezerwacji.
""",
}, [("Câmara Municipal do Porto", False)],
[("Câmara Municipal do Porto", "00_pt.txt"), ("Câmara Municipal do Porto", "01_es.txt"),
 ("Público", "02_fr.txt"), ("Câmara Municipal do Porto", "03_pl.txt")],
[("Porto proposes raising its tourist tax from 3 to 5 euros per guest per night from 1 January 2028.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_pl.txt"], 1),
 ("The maximum number of taxed nights would rise from seven to ten.",
  ["00_pt.txt", "01_es.txt", "02_fr.txt", "03_pl.txt"], 1),
 ("40% of the tourist-tax revenue would be earmarked for affordable housing for residents.",
  ["00_pt.txt", "01_es.txt", "03_pl.txt"], 1)])

# t04: chain pl -> de -> es -> pt. Rzeczpospolita's own scoop (documents, two anonymous people close to
# the board; the regional register office speaking to Rz is part of Rz's report): "Jak ustaliła
# „Rzeczpospolita”" + "Z dokumentów, do których dotarła „Rz”" + "mówi „Rzeczpospolitej”" (dat.).
# de "Das berichtet die polnische Tageszeitung „Rzeczpospolita“ unter Berufung auf Insider" +
# "Nach Angaben des Blattes" + "schreibt die Zeitung" -> edge Rzeczpospolita. es "Así lo publica el
# semanario alemán Der Spiegel, que a su vez se hace eco de una información del diario polaco
# Rzeczpospolita" + "Según el medio alemán" + "Der Spiegel añade" -> edge Der Spiegel. pt (no date
# line) "noticia o portal espanhol especializado Hosteltur, que cita a revista alemã Der Spiegel" +
# "De acordo com o Hosteltur" + "O portal acrescenta" -> edge Hosteltur.
story("t04_chain_sunvia_tour_operator", "chain", {
"00_pl.txt": """Biuro podróży Sunvia wstrzymało sprzedaż. Za granicą jest 7,4 tys. klientów
Rzeczpospolita
2027-07-09 06:00

Warszawskie biuro podróży Sunvia w czwartek wieczorem wstrzymało sprzedaż wszystkich wyjazdów. Jak ustaliła „Rzeczpospolita”, powodem jest odmowa przedłużenia gwarancji turystycznej przez ubezpieczyciela firmy. Bez niej organizator nie może zawierać nowych umów z klientami.

Z dokumentów, do których dotarła „Rz”, wynika, że za granicą przebywa obecnie ok. 7,4 tys. klientów Sunvii – najwięcej na Wyspach Kanaryjskich (ok. 2,9 tys.), a także na Krecie, w Turcji i w portugalskim Algarve (ok. 600 osób). Według tych samych dokumentów zaległości biura wobec hoteli i przewoźników sięgają 38 mln zł.

– Zarząd do ostatniej chwili liczył na nowego inwestora. Rozmowy zerwano w środę – mówi „Rzeczpospolitej” jedna z dwóch osób z otoczenia zarządu, które rozmawiały z nami pod warunkiem zachowania anonimowości. Druga dodaje, że część hoteli na Teneryfie i Gran Canarii już w czwartek zażądała od turystów ponownej zapłaty za pobyt.

Sunvia do chwili publikacji nie odpowiedziała na nasze pytania. Urząd marszałkowski w Warszawie, który prowadzi rejestr organizatorów turystyki, przekazał „Rz”, że w piątek wystąpi do ubezpieczyciela o zorganizowanie powrotu klientów do kraju.

Sunvia działa na rynku od 2011 r. W ubiegłym roku obsłużyła ok. 64 tys. klientów i miała 410 mln zł przychodów.
""",
"01_de.txt": """Polnischer Reiseveranstalter stoppt Verkauf – Tausende Urlauber im Ausland
Der Spiegel
9. Juli 2027, 13.47 Uhr

Der polnische Reiseveranstalter Sunvia hat den Verkauf sämtlicher Reisen eingestellt. Das berichtet die polnische Tageszeitung „Rzeczpospolita“ unter Berufung auf Insider und interne Dokumente. Demnach hat sich der Versicherer des Warschauer Unternehmens geweigert, die gesetzlich vorgeschriebene Insolvenzabsicherung zu verlängern.

Nach Angaben des Blattes sind derzeit rund 7400 Sunvia-Kunden im Urlaub, die meisten von ihnen – etwa 2900 – auf den Kanarischen Inseln. Weitere Gäste sind auf Kreta, in der Türkei und an der portugiesischen Algarve, dort etwa 600. Einige Hotels auf Teneriffa und Gran Canaria hätten die Urlauber bereits aufgefordert, ihren Aufenthalt ein zweites Mal zu bezahlen, schreibt die Zeitung.

Die Verbindlichkeiten gegenüber Hotels und Fluggesellschaften belaufen sich laut „Rzeczpospolita“ auf 38 Millionen Złoty, umgerechnet knapp neun Millionen Euro. Gespräche mit einem möglichen Investor seien am Mittwoch gescheitert, zitiert das Blatt eine Person aus dem Umfeld der Geschäftsführung.

Sunvia hatte im vergangenen Jahr rund 64.000 Kunden, auf dem deutschen Markt ist das Unternehmen nicht aktiv. Ein solcher Zusammenbruch mitten in der Hochsaison ist für die Branche ein Albtraum: Die Rückholung der Gäste muss über die Versicherung organisiert werden, während die Hotels vor Ort auf offenen Rechnungen sitzen bleiben.
""",
"02_es.txt": """Hoteles canarios reclaman pagos a clientes de un turoperador polaco en apuros
Hosteltur
10/07/2027

Varios hoteles de Tenerife y Gran Canaria han pedido a clientes del turoperador polaco Sunvia que vuelvan a pagar su estancia, después de que la compañía suspendiera la venta de todos sus viajes. Así lo publica el semanario alemán Der Spiegel, que a su vez se hace eco de una información del diario polaco Rzeczpospolita.

Según el medio alemán, la aseguradora de Sunvia se ha negado a prorrogar la garantía obligatoria que cubre a los viajeros en caso de insolvencia, sin la cual el turoperador no puede seguir vendiendo. En este momento hay unos 7.400 clientes de la empresa de vacaciones en el extranjero, de los que alrededor de 2.900 se encuentran en Canarias y unos 600 en el Algarve portugués.

Der Spiegel añade que las deudas de Sunvia con hoteles y aerolíneas rondan los 38 millones de zlotis, casi nueve millones de euros, y que las conversaciones con un posible inversor se rompieron el miércoles.

El mercado polaco se ha convertido en uno de los de mayor crecimiento para los hoteleros canarios en los últimos años. La directiva europea de viajes combinados obliga a los organizadores a contar con una garantía que asegure la repatriación y el reembolso de los viajeros.
""",
"03_pt.txt": """Suspensão de vendas de operador polaco deixa 600 turistas no Algarve na incerteza
Publituris

Cerca de 600 clientes do operador turístico polaco Sunvia estão neste momento de férias no Algarve, depois de a empresa ter suspendido a venda de todas as viagens, noticia o portal espanhol especializado Hosteltur, que cita a revista alemã Der Spiegel.

De acordo com o Hosteltur, a seguradora do operador recusou prolongar a garantia obrigatória que protege os viajantes em caso de insolvência. No total, haverá cerca de 7400 clientes da Sunvia no estrangeiro, a maioria – aproximadamente 2900 – nas Canárias, onde alguns hotéis já terão exigido aos turistas que voltassem a pagar a estadia.

O portal acrescenta que as dívidas da Sunvia a hotéis e companhias aéreas rondam os nove milhões de euros e que as negociações com um potencial investidor falharam.

Não é claro, para já, se algum hotel algarvio tomou medidas semelhantes. A Polónia tem vindo a ganhar peso como mercado emissor para o Algarve, sobretudo com voos charter durante o verão.
""",
}, [("Rzeczpospolita", True)],
[("Rzeczpospolita", "01_de.txt"), ("Der Spiegel", "02_es.txt"), ("Hosteltur", "03_pt.txt")],
[("Polish tour operator Sunvia suspended all sales after its insurer refused to extend its travel guarantee, with about 7,400 clients abroad.",
  ["00_pl.txt", "01_de.txt", "02_es.txt", "03_pt.txt"], 1),
 ("Some hotels in Tenerife and Gran Canaria asked Sunvia clients to pay for their stay a second time.",
  ["00_pl.txt", "01_de.txt", "02_es.txt", "03_pt.txt"], 1),
 ("Sunvia owes hotels and airlines about 38 million zloty (almost nine million euros).",
  ["00_pl.txt", "01_de.txt", "02_es.txt", "03_pt.txt"], 1)])

# t05: Ouest-France's own report (mayor speaking to the paper, "notre correspondante a compté"). The
# Italian article (no outlet line) is an uncredited, close translation published the next day; it
# even keeps "ci ha spiegato la sindaca" and "la nostra corrispondente ha contato": edge from
# Ouest-France. en "the regional daily Ouest-France reported" + "the newspaper said" + "told
# Ouest-France" + "Ouest-France's correspondent counted"; de "berichtet die Regionalzeitung
# „Ouest-France“" + "sagte Bürgermeisterin … der Zeitung" + "Wie das Blatt weiter schreibt".
story("t05_translation_roch_glaz_cove", "translation", {
"00_fr.txt": """Port-Clévan : l'accès à l'anse de Roc'h Glaz sera payant et sur réservation cet été
Ouest-France
2027-05-20T18:30:00+02:00

C'est une première sur la côte finistérienne. À partir du 1er juillet, les visiteurs qui souhaitent descendre dans l'anse de Roc'h Glaz, à Port-Clévan, devront réserver en ligne un créneau et payer 3 €. Le nombre d'entrées sera plafonné à 2 500 par jour, a annoncé jeudi la maire, Gwenaëlle Kerhervé, à l'issue du conseil municipal.

« Nous n'avons plus le choix. L'été dernier, le sentier s'est effondré sur vingt mètres et les secours sont intervenus quatorze fois en deux mois », nous a expliqué l'élue. Depuis qu'une vidéo de la crique aux eaux turquoise a dépassé les 30 millions de vues sur les réseaux sociaux, la commune de 900 habitants a vu affluer jusqu'à 11 000 visiteurs par jour en août.

Dimanche dernier, en plein week-end de la Pentecôte, notre correspondante a compté plus de 600 voitures garées sur les bas-côtés de la départementale, jusqu'à deux kilomètres du bourg. Une navette gratuite reliera cet été au départ du sentier un parking de délestage de 800 places, aménagé à 4 km.

Les habitants de la commune et les enfants de moins de 12 ans seront exemptés. Les recettes, estimées à 180 000 € pour la saison, financeront la restauration du sentier côtier et deux postes de gardes du littoral.

Tous les commerçants ne sont pas convaincus. « On va perdre les gens qui s'arrêtaient sur un coup de tête », regrette Loïc Morvan, qui tient la crêperie du port.
""",
"01_it.txt": """Port-Clévan, l'accesso all'insenatura di Roc'h Glaz sarà a pagamento e su prenotazione
21 maggio 2027

È una prima volta sulla costa del Finistère. Dal 1° luglio i visitatori che vogliono scendere nell'insenatura di Roc'h Glaz, a Port-Clévan, dovranno prenotare online una fascia oraria e pagare 3 euro. Gli ingressi saranno limitati a 2.500 al giorno, ha annunciato giovedì la sindaca Gwenaëlle Kerhervé al termine del consiglio comunale.

«Non abbiamo più scelta. L'estate scorsa il sentiero è franato per venti metri e i soccorsi sono intervenuti quattordici volte in due mesi», ci ha spiegato la sindaca. Da quando un video della caletta dalle acque turchesi ha superato i 30 milioni di visualizzazioni sui social, il comune di 900 abitanti ha visto arrivare fino a 11.000 visitatori al giorno ad agosto.

Domenica scorsa, in pieno weekend di Pentecoste, la nostra corrispondente ha contato più di 600 auto parcheggiate ai bordi della strada dipartimentale, fino a due chilometri dal paese. Quest'estate una navetta gratuita collegherà all'inizio del sentiero un parcheggio scambiatore da 800 posti, realizzato a 4 chilometri.

I residenti e i bambini sotto i 12 anni saranno esentati. Gli incassi, stimati in 180.000 euro per la stagione, finanzieranno il restauro del sentiero costiero e due posti di guardia del litorale.

Non tutti i commercianti sono convinti. «Perderemo chi si fermava d'impulso», lamenta Loïc Morvan, che gestisce la crêperie del porto.
""",
"02_en.txt": """Brittany village to charge €3 and cap visitors at viral cove
The Guardian
Fri, 21 May 2027 10:12:00 +0000

A village on the coast of Brittany is to charge visitors €3 and limit numbers to 2,500 a day at a turquoise cove that has become a social media sensation, the regional daily Ouest-France reported.

From 1 July, anyone wanting to walk down to the Roc'h Glaz cove at Port-Clévan, in Finistère, will have to book a time slot online. The mayor, Gwenaëlle Kerhervé, announced the measure after a council meeting on Thursday, the newspaper said.

"We no longer have a choice. Last summer, the path collapsed over 20 metres and the emergency services were called out 14 times in two months," Kerhervé told Ouest-France.

The commune has 900 inhabitants but drew up to 11,000 visitors a day last August after a video of the cove passed 30m views online. Ouest-France's correspondent counted more than 600 cars parked along the verges of the main road on Sunday, some of them two kilometres from the village.

Residents and children under 12 will be exempt. A free shuttle bus will run from a new 800-space car park 4km away.

The move follows a string of measures against overtourism in Europe, from day-tripper fees to limits on cruise ships, as destinations struggle with crowds amplified by social media.
""",
"03_de.txt": """Bretonische Gemeinde verlangt Eintritt für Traumbucht
Frankfurter Allgemeine Zeitung
21.05.2027

Wer im Sommer die Bucht von Roc'h Glaz im bretonischen Port-Clévan besuchen will, muss künftig vorab online ein Zeitfenster buchen und drei Euro zahlen. Vom 1. Juli an dürfen höchstens 2500 Besucher am Tag hinunter zum Strand, berichtet die Regionalzeitung „Ouest-France“.

Die Maßnahme sei unausweichlich, sagte Bürgermeisterin Gwenaëlle Kerhervé der Zeitung. Im vergangenen Sommer sei der Küstenpfad auf zwanzig Metern Länge abgerutscht, Rettungskräfte hätten in zwei Monaten vierzehnmal ausrücken müssen. Die türkisfarbene Bucht war durch ein Video in sozialen Netzwerken berühmt geworden, das mehr als 30 Millionen Mal angesehen wurde.

Wie das Blatt weiter schreibt, sollen Einwohner und Kinder unter zwölf Jahren keinen Eintritt zahlen. Die erwarteten Einnahmen von rund 180.000 Euro pro Saison sollen in die Sanierung des Pfads und in zwei Stellen für Küstenwächter fließen. Ein kostenloser Pendelbus soll Besucher von einem neuen Parkplatz mit 800 Stellplätzen zum Beginn des Wanderwegs bringen.

Port-Clévan reiht sich damit in eine wachsende Zahl europäischer Orte ein, die dem Andrang von Tagesgästen mit Gebühren und Obergrenzen begegnen.
""",
}, [("Ouest-France", True)],
[("Ouest-France", "01_it.txt"), ("Ouest-France", "02_en.txt"), ("Ouest-France", "03_de.txt")],
[("From 1 July, visitors to the Roc'h Glaz cove at Port-Clévan must book online and pay 3 euros, with a cap of 2,500 visitors a day.",
  ["00_fr.txt", "01_it.txt", "02_en.txt", "03_de.txt"], 1),
 ("The commune of 900 inhabitants drew up to 11,000 visitors a day in August.",
  ["00_fr.txt", "01_it.txt", "02_en.txt"], 1)])

# t06: Expresso's own scoop (internal document seen by Expresso, two anonymous company sources -- they
# belong to Expresso). es: Cinco Días credits Expresso ("según adelantó este viernes el semanario
# portugués Expresso") AND adds its own confirmation ("Fuentes de Lusatlântica consultadas por Cinco
# Días confirmaron el recorte"): edge from Expresso and Cinco Días is an in-corpus origin too. en
# "Portuguese weekly Expresso reported on Friday" + "The paper said it had seen" + "told the weekly";
# pl (no date line) "poinformował … portugalski tygodnik „Expresso”, powołując się na" + "Według
# „Expresso”" + "Tygodnik dodaje" + "jeden z rozmówców lizbońskiego tygodnika" (gen.).
story("t06_confirmation_lusatlantica_brazil", "confirmation", {
"00_pt.txt": """Lusatlântica corta 420 voos para o Brasil no verão
Expresso
12 fevereiro 2027 7:00

A Lusatlântica vai cancelar cerca de 420 voos para o Brasil entre julho e setembro, reduzindo para metade as frequências de verão para Fortaleza, Recife e Salvador. A decisão consta de um documento interno a que o Expresso teve acesso e foi confirmada por duas fontes da companhia, que pediram para não ser identificadas.

Os aviões libertados vão reforçar as rotas para a América do Norte, onde a transportadora lisboeta conseguiu tarifas médias mais altas em 2026. Segundo o documento, Boston passará de sete para dez voos semanais e Toronto de quatro para sete.

"O Nordeste brasileiro deu-nos volume, mas não nos dá margem. Com o preço do combustível onde está, não podemos voar cheios e perder dinheiro", afirma uma das fontes ouvidas pelo Expresso. A outra admite que a decisão "vai custar caro" à imagem da companhia no Brasil, o seu maior mercado fora da Europa.

Os passageiros com reservas nos voos cancelados deverão ser contactados a partir de março. A Lusatlântica tinha vendido cerca de 60% dos lugares nesses voos, de acordo com o mesmo documento.

Questionada pelo Expresso, a administração da companhia não quis comentar "planeamento comercial em curso". A Lusatlântica transportou 5,1 milhões de passageiros em 2026, dos quais 1,3 milhões em ligações com o Brasil.
""",
"01_es.txt": """La portuguesa Lusatlântica recorta 420 vuelos a Brasil en verano
Cinco Días
12 de febrero de 2027 13:35

La aerolínea portuguesa Lusatlântica cancelará unos 420 vuelos a Brasil entre julio y septiembre y dejará en la mitad sus frecuencias estivales a Fortaleza, Recife y Salvador de Bahía, según adelantó este viernes el semanario portugués Expresso, que cita un documento interno y dos fuentes de la compañía.

Fuentes de Lusatlântica consultadas por Cinco Días confirmaron el recorte y explicaron que la aerolínea priorizará este verano "las rutas con mejor rentabilidad por asiento". Los pasajeros afectados, añadieron, podrán cambiar sin coste a los vuelos que se mantienen o solicitar el reembolso.

La decisión afecta también a los viajeros españoles que utilizan Lisboa como escala hacia el noreste brasileño: la compañía ofrece conexiones diarias desde Madrid, Barcelona, Málaga y Bilbao con su centro de operaciones en el aeropuerto Humberto Delgado.

Según el semanario luso, alrededor del 60% de las plazas de esos vuelos ya estaban vendidas. Expresso apunta al precio del combustible y a unas tarifas bajas en el mercado brasileño como los motivos del ajuste.

Lusatlântica cerró 2026 con 5,1 millones de pasajeros. Brasil es su principal mercado fuera de Europa.
""",
"02_en.txt": """Portuguese airline Lusatlântica to halve summer flights to north-east Brazil
Euronews
2027-02-12 16:20

Lisbon-based Lusatlântica will cancel around 420 flights to Brazil between July and September, halving its summer schedule to Fortaleza, Recife and Salvador, Portuguese weekly Expresso reported on Friday.

The paper said it had seen an internal document setting out the cuts, which were confirmed by two company sources who asked not to be named. According to Expresso, the aircraft freed up will be redeployed to North America: Boston will go from seven to ten weekly flights and Toronto from four to seven.

"North-east Brazil gave us volume, but it doesn't give us margin," one of the sources told the weekly, pointing to high fuel prices.

Around 60% of seats on the affected flights had already been sold, Expresso reported. Passengers are expected to be contacted from March.

Brazil is Lusatlântica's biggest market outside Europe, accounting for 1.3 million of the 5.1 million passengers it carried last year.
""",
"03_pl.txt": """Lusatlântica tnie loty do Brazylii. Samoloty polecą do Bostonu i Toronto
Rynek Lotniczy

Portugalska linia lotnicza Lusatlântica odwoła latem ok. 420 rejsów do Brazylii – poinformował w piątek portugalski tygodnik „Expresso”, powołując się na wewnętrzny dokument przewoźnika oraz dwa anonimowe źródła w spółce. Między lipcem a wrześniem liczba połączeń do Fortalezy, Recife i Salvadoru spadnie o połowę.

Według „Expresso” uwolnione maszyny trafią na trasy północnoamerykańskie. Do Bostonu linia będzie latać dziesięć razy w tygodniu zamiast siedmiu, a do Toronto – siedem razy zamiast czterech. Tygodnik dodaje, że na odwołane rejsy sprzedano już ok. 60 proc. miejsc.

Jak tłumaczy jeden z rozmówców lizbońskiego tygodnika, połączenia z północno-wschodnią Brazylią zapewniały przewoźnikowi duży ruch, ale niskie marże, zwłaszcza przy obecnych cenach paliwa.

Lusatlântica przewiozła w 2026 r. 5,1 mln pasażerów. Dla polskich podróżnych lizbońskie lotnisko jest popularnym punktem przesiadkowym w drodze do Ameryki Południowej.
""",
}, [("Expresso", True), ("Cinco Días", True)],
[("Expresso", "01_es.txt"), ("Expresso", "02_en.txt"), ("Expresso", "03_pl.txt")],
[("Lusatlântica will cancel about 420 summer flights to Brazil between July and September, halving its flights to Fortaleza, Recife and Salvador.",
  ["00_pt.txt", "01_es.txt", "02_en.txt", "03_pl.txt"], 2),
 ("The freed-up aircraft will be moved to North American routes: Boston from seven to ten weekly flights, Toronto from four to seven.",
  ["00_pt.txt", "02_en.txt", "03_pl.txt"], 1)])

# t07: two independent own reports from the same place: la Repubblica ("ha raccontato a Repubblica",
# reporting from the spot) and Süddeutsche Zeitung ("Ein SZ-Reporter war am Sonntag vor Ort" +
# "sagte … der Süddeutschen Zeitung" (dat.) + "sagte ein Sprecher der SZ"). en credits both ("according
# to reports in Italy's La Repubblica and Germany's Süddeutsche Zeitung" + "told La Repubblica" +
# "He told the Süddeutsche Zeitung" + "the German paper said"): two edges. pl credits only the SZ
# ("relacjonuje reporter niemieckiej „Süddeutsche Zeitung”" (gen.) + "powiedział monachijskiemu
# dziennikowi" (dat.) + "Jak pisze „SZ”" + "w rozmowie z niemiecką gazetą" + "Według „Süddeutsche
# Zeitung”"): one edge.
story("t07_independent_dolomites_turnstiles", "independent", {
"00_it.txt": """Dolomiti, sei euro per il belvedere di Instagram: i contadini mettono i tornelli
la Repubblica
2 agosto 2027 - 08:04

ALPE DI ROVÈL (Trento) – Alle nove del mattino la coda davanti ai tornelli è già di trecento persone. Da sabato, per percorrere l'ultimo tratto di sentiero che porta al belvedere del Col Fràsen, diventato in due estati uno dei luoghi più fotografati delle Dolomiti, si pagano sei euro. Li incassa il Consorzio Pascoli Rovèl, che riunisce le undici famiglie proprietarie dei prati.

«Noi falciamo i prati, loro li calpestano. Ogni estate perdiamo un terzo del fieno», ha raccontato a Repubblica Ernesto Dallapè, portavoce del consorzio, mentre controllava il lettore dei biglietti. Secondo il consorzio, nelle domeniche di luglio sono saliti fino a 7.000 escursionisti, molti in sandali e con il telefono in mano.

Tra chi aspetta in fila le reazioni sono contrastanti. «Sei euro per un prato? Allora la prossima volta vado in Austria», protesta una coppia di Verona. Un gruppo di studenti olandesi paga senza discutere: «La foto vale di più».

I soldi, assicura Dallapè, serviranno a pagare due persone che sorveglino il sentiero e a risarcire le famiglie per l'erba rovinata. Gli escursionisti che salgono a piedi dal paese, senza usare la seggiovia, per ora non pagano: i tornelli sono stati montati solo all'arrivo dell'impianto.
""",
"01_de.txt": """Drehkreuz vor dem Postkartenblick
Süddeutsche Zeitung
02.08.2027, 11:30 Uhr

Wer auf der Alpe di Rovèl im Trentino den berühmten Blick vom Col Fràsen genießen will, muss seit Samstag sechs Euro zahlen. Bauern haben an der Bergstation des Sessellifts Drehkreuze aufgestellt. Ein SZ-Reporter war am Sonntag vor Ort: Schon am Vormittag stauten sich die Wanderer auf dem Weg, viele von ihnen aus Deutschland.

„Wir mähen die Wiesen, und die Leute trampeln sie kaputt“, sagte Ernesto Dallapè, Sprecher des Weidekonsortiums Pascoli Rovèl, der Süddeutschen Zeitung. Elf Familien, denen die Almwiesen gehören, haben sich zusammengeschlossen. An Spitzentagen im Juli seien bis zu 7000 Menschen hinaufgekommen, seit Fotos vom Aussichtspunkt in sozialen Netzwerken kursieren.

Ob die Drehkreuze rechtens sind, ist offen. Die Provinzverwaltung in Trient prüfe, ob ein privater Eigentümer auf einem markierten Wanderweg Eintritt verlangen dürfe, sagte ein Sprecher der SZ. Mehrere Wandervereine haben bereits Bedenken angemeldet.

Unter den Wartenden hält sich der Ärger in Grenzen. „Sechs Euro, das ist ein Cappuccino und ein Croissant hier oben“, sagt ein Urlauber aus Regensburg. Eine Familie aus Stuttgart dreht dagegen um. Wer zu Fuß vom Dorf aufsteigt, statt den Lift zu nehmen, kommt bislang übrigens kostenlos zum Aussichtspunkt.
""",
"02_en.txt": """Farmers charge hikers €6 to reach Instagram-famous Dolomites viewpoint
The Guardian
2027-08-02T17:45:00+01:00

Farmers in Italy's Dolomites have put up turnstiles and started charging hikers €6 to walk to a viewpoint that has become a fixture on social media, according to reports in Italy's La Repubblica and Germany's Süddeutsche Zeitung, both of which sent reporters to the site at the weekend.

The turnstiles, installed on Saturday at the top of the chairlift at Alpe di Rovèl in Trentino, guard the final stretch of the path to the Col Fràsen viewpoint. They were put up by a consortium of 11 families who own the meadows.

"We mow the meadows, they trample them. Every summer we lose a third of our hay," Ernesto Dallapè, a spokesperson for the consortium, told La Repubblica. He told the Süddeutsche Zeitung that up to 7,000 people had climbed to the viewpoint on peak days in July.

La Repubblica's reporter described a queue of 300 people at 9am on Sunday, while the German paper said many of those waiting had travelled from Germany. Hikers who walk up from the village rather than taking the lift can still reach the viewpoint for free.

The row is the latest in a series of disputes over crowds in the Dolomites, where local communities have experimented with road closures, parking fees and booking systems on the busiest mountain passes.
""",
"03_pl.txt": """Bramki i 6 euro za widok. Rolnicy w Dolomitach mają dość turystów
Gazeta Wyborcza
2 sierpnia 2027, 19:10

Za przejście ostatniego odcinka szlaku na punkt widokowy Col Fràsen w Dolomitach trzeba od soboty zapłacić 6 euro. Właściciele łąk na Alpe di Rovèl w Trydencie ustawili przy górnej stacji wyciągu krzesełkowego bramki obrotowe – relacjonuje reporter niemieckiej „Süddeutsche Zeitung”, który w niedzielę był na miejscu.

– My kosimy łąki, a oni je depczą – powiedział monachijskiemu dziennikowi Ernesto Dallapè, rzecznik konsorcjum zrzeszającego jedenaście rodzin, do których należą pastwiska. Jak pisze „SZ”, w szczytowe dni lipca na punkt widokowy wchodziło nawet 7 tys. osób, odkąd zdjęcia z tego miejsca zrobiły furorę w mediach społecznościowych.

Nie wiadomo, czy opłata jest legalna. Władze prowincji w Trydencie sprawdzają, czy prywatny właściciel może pobierać pieniądze za przejście znakowanym szlakiem – przekazał rzecznik administracji w rozmowie z niemiecką gazetą.

Według „Süddeutsche Zeitung” wielu czekających w kolejce turystów przyjechało z Niemiec. Bezpłatnie na punkt widokowy można wciąż dotrzeć pieszo z doliny, bez korzystania z wyciągu.

Dolomity od kilku lat zmagają się z nadmiarem turystów. Region jest popularny także wśród Polaków, którzy coraz częściej wybierają Trydent zamiast zatłoczonego Południowego Tyrolu.
""",
}, [("la Repubblica", True), ("Süddeutsche Zeitung", True)],
[("la Repubblica", "02_en.txt"), ("Süddeutsche Zeitung", "02_en.txt"), ("Süddeutsche Zeitung", "03_pl.txt")],
[("Landowners at Alpe di Rovèl have installed turnstiles and charge hikers 6 euros to reach the Col Fràsen viewpoint.",
  ["00_it.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], 2),
 ("Up to 7,000 people climbed to the viewpoint on peak days in July.",
  ["00_it.txt", "01_de.txt", "02_en.txt", "03_pl.txt"], 2),
 ("The provincial administration in Trento is examining whether the turnstiles are legal.",
  ["01_de.txt", "03_pl.txt"], 1)])

# t08: a person's own social-media post (CEO Agnieszka Sowińska on LinkedIn) taken directly by all four.
# pl "napisała w poniedziałek na LinkedInie prezes spółki" + "podkreśliła Sowińska we wpisie" +
# "Według jej wpisu" + Business Insider's own unanswered request; pt "O anúncio foi feito … pela
# presidente executiva …, numa publicação na rede social LinkedIn" + "Na mesma mensagem"; en (no
# outlet and no date line) "said in a post on LinkedIn" + "according to the post"; it "Lo ha scritto
# su LinkedIn l'amministratrice delegata" + "Nel post, la manager spiega" + "Secondo quanto riportato
# nel messaggio".
story("t08_social_post_kormoran_base", "social_post", {
"00_pl.txt": """Kormoran Air otwiera bazę w Rzeszowie. Prezes ogłasza nowe kierunki na lato
Business Insider Polska
15.02.2027 10:22

Czarterowa linia Kormoran Air od 1 czerwca otworzy bazę na lotnisku Rzeszów-Jasionka. Z Podkarpacia samoloty przewoźnika polecą m.in. do Katanii, Olbii, Funchal na Maderze i na Teneryfę – napisała w poniedziałek na LinkedInie prezes spółki Agnieszka Sowińska.

Jak poinformowała, Kormoran Air wyleasingował na sezon letni trzy samoloty Airbus A321neo. Dwa z nich będą stacjonować w Rzeszowie, a trzeci wzmocni bazę w Katowicach. „To największa rozbudowa floty w historii firmy i odpowiedź na popyt, którego nie byliśmy w stanie obsłużyć w zeszłym roku” – podkreśliła Sowińska we wpisie.

Prezes dodała, że linia zatrudni 140 osób personelu pokładowego i technicznego, a rekrutacja w Rzeszowie ruszy w marcu. Według jej wpisu przewoźnik sprzedał już ponad 40 proc. miejsc na lipcowe i sierpniowe rejsy z nowej bazy, głównie we współpracy z biurami podróży.

Business Insider Polska zapytał Kormoran Air o szczegóły umowy leasingowej. Do chwili publikacji nie otrzymaliśmy odpowiedzi.

Kormoran Air działa od 2016 r. i wykonuje głównie loty czarterowe na zlecenie touroperatorów. W ubiegłym roku przewiózł 1,2 mln pasażerów.
""",
"01_pt.txt": """Companhia polaca vai ligar Rzeszów ao Funchal a partir de junho
Diário de Notícias
15 de fevereiro de 2027, 15:40

A companhia aérea charter polaca Kormoran Air vai abrir em junho uma base no aeroporto de Rzeszów, no sudeste da Polónia, com voos para o Funchal, Tenerife, Catânia e Olbia. O anúncio foi feito esta segunda-feira pela presidente executiva da empresa, Agnieszka Sowinska, numa publicação na rede social LinkedIn.

Na mesma mensagem, a gestora explica que a transportadora alugou três Airbus A321neo para a temporada de verão e que vai contratar 140 tripulantes e técnicos. "É a maior expansão da frota da nossa história", escreveu.

A Madeira tem vindo a atrair cada vez mais turistas da Europa Central e de Leste, sobretudo nos meses de verão. A publicação de Sowinska não refere quantos voos semanais estão previstos para o Funchal nem quais os operadores turísticos que vão vender os pacotes.

A Kormoran Air, fundada em 2016, transportou 1,2 milhões de passageiros no ano passado, sobretudo em voos fretados por operadores turísticos.
""",
"02_en.txt": """Polish charter airline Kormoran Air leases three A321neos, opens Rzeszów base

Kormoran Air, a Polish charter carrier, will open a base at Rzeszów airport on 1 June and fly from there to Catania, Olbia, Funchal and Tenerife, its chief executive Agnieszka Sowińska said in a post on LinkedIn on Monday.

The airline has taken three Airbus A321neo aircraft on lease for the summer season, Sowińska wrote. Two will be based in Rzeszów in south-eastern Poland and the third at Katowice, the carrier's largest base.

"This is the biggest fleet expansion in our history and the answer to demand we were unable to meet last year," she said in the post, adding that the company would hire 140 cabin crew and engineering staff.

More than 40% of seats on July and August flights from the new base have already been sold, mainly through tour operators, according to the post.

Founded in 2016, Kormoran Air carried 1.2 million passengers last year. Poland's outbound holiday market has grown strongly in recent years, with charter capacity to southern Europe rising season after season.
""",
"03_it.txt": """La polacca Kormoran Air apre una base a Rzeszów: voli per Catania e Olbia
TTG Italia
16 febbraio 2027

Nuovi collegamenti dalla Polonia verso la Sicilia e la Sardegna. La compagnia charter polacca Kormoran Air aprirà il 1° giugno una base all'aeroporto di Rzeszów, da cui opererà voli per Catania e Olbia, oltre che per Funchal e Tenerife. Lo ha scritto su LinkedIn l'amministratrice delegata Agnieszka Sowinska.

Nel post, la manager spiega che il vettore ha preso in leasing tre Airbus A321neo per la stagione estiva: due saranno basati a Rzeszów, il terzo a Katowice. «È la più grande espansione della flotta nella nostra storia», sottolinea Sowinska, annunciando 140 assunzioni tra personale di bordo e tecnici.

Secondo quanto riportato nel messaggio, oltre il 40% dei posti sui voli di luglio e agosto dalla nuova base è già stato venduto, soprattutto attraverso i tour operator.

Per gli albergatori siciliani e sardi il mercato polacco è tra quelli cresciuti di più negli ultimi anni, complice l'aumento dei voli charter e low cost dagli aeroporti regionali della Polonia.
""",
}, [("Agnieszka Sowińska", False)],
[("Agnieszka Sowińska", "00_pl.txt"), ("Agnieszka Sowińska", "01_pt.txt"),
 ("Agnieszka Sowińska", "02_en.txt"), ("Agnieszka Sowińska", "03_it.txt")],
[("Kormoran Air will open a base at Rzeszów airport on 1 June with flights to Catania, Olbia, Funchal and Tenerife.",
  ["00_pl.txt", "01_pt.txt", "02_en.txt", "03_it.txt"], 1),
 ("Kormoran Air has leased three Airbus A321neo aircraft for the summer season.",
  ["00_pl.txt", "01_pt.txt", "02_en.txt", "03_it.txt"], 1),
 ("More than 40% of seats on July and August flights from the new base are already sold.",
  ["00_pl.txt", "02_en.txt", "03_it.txt"], 1)])


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
        names = sorted(arts)
        onames = {o for o, _ in origins}
        for o, a in relays:
            assert a in arts, (id, a)
        for _, ca, _n in claims:
            for a in ca:
                assert a in arts, (id, a)
        stories.append({
            "id": id,
            "scenario": scenario,
            "articles": names,
            "origins": [{"name": o, "in_corpus": ic} for o, ic in origins],
            "relays": [{"origin": o, "article": a} for o, a in relays],
            "claims": [{"text": t, "articles": ca, "independent_sources": n} for t, ca, n in claims],
        })
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 128 (tourism and hotels; real media names, invented events); see README.md.",
                   "stories": stories}, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
