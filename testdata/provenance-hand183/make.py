#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand183 set.

Topic: video game studios, game publishers and game-industry layoffs.
The outlets are real media names (written as those outlets write their own names); everything
else -- events, studios, publishers, unions, podcasts, people, places, figures and quotes -- is
invented, and no text is copied from any real article.
"""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# v01: in-corpus scoop by Business Insider Polska (four anonymous employees + internal e-mail seen
# by the outlet + the company's reply to the outlet). en and de credit Business Insider Polska;
# uk credits only GamesIndustry.biz (naming Business Insider Polska), and only in its last paragraph.
story("v01_wilczy_jar_layoffs", "scoop", {
"00_pl.txt": """Zwolnienia w Wilczym Jarze. Pracę straci co trzecia osoba, kontynuacja „Szczeliny” wstrzymana
Business Insider Polska
02.03.2027, 07:45

Studio Wilczy Jar, twórca przebojowej gry RPG „Szczelina”, zwalnia 92 z około 260 pracowników i wstrzymuje prace nad kontynuacją tytułu – ustalił Business Insider Polska. O redukcji zespół dowiedział się w poniedziałek podczas wideokonferencji dla całej firmy, która trwała niespełna 20 minut.

Rozmawialiśmy z czterema pracownikami studia z Olszynowa. Wszyscy prosili o zachowanie anonimowości, bo – jak tłumaczą – wiążą ich klauzule poufności. „Nikt nie zadawał pytań. Prezes przeczytał komunikat, kamera się wyłączyła, a godzinę później dostaliśmy zaproszenia na indywidualne rozmowy z HR-em” – opowiada jeden z programistów, który pracuje w firmie od sześciu lat.

Dotarliśmy także do wewnętrznego e-maila, który prezes Bartosz Olędzki rozesłał po spotkaniu. Pisze w nim o „konieczności dostosowania skali działalności do realiów rynkowych” oraz o tym, że projekt o roboczej nazwie „Iskra” zostaje „zawieszony do odwołania”. Według naszych rozmówców nad kontynuacją „Szczeliny” pracowało w ostatnim roku ponad 120 osób.

Zwolnienia obejmą przede wszystkim dział produkcji, ale także część testerów i grafików. Z relacji pracowników wynika, że osoby zatrudnione na umowach o pracę dostaną odprawy wyższe niż ustawowe, a współpracownicy na kontraktach B2B – jedynie miesiąc wypowiedzenia. „Ludzie na B2B są w najgorszej sytuacji, część z nich dopiero co wzięła kredyty hipoteczne” – mówi nam jedna z graficzek.

Rzeczniczka spółki Agnieszka Rydel potwierdziła w rozmowie z Business Insider Polska, że firma „przeprowadza zmiany organizacyjne”, ale odmówiła podania liczby zwalnianych osób. Zapewniła, że studio „pozostaje w pełni zaangażowane w rozwój «Szczeliny»”, która od premiery w 2024 r. sprzedała się w ponad 3 mln egzemplarzy.
""",
"01_en.txt": """Szczelina developer Wilczy Jar lays off 92 staff and pauses sequel - report
GamesIndustry.biz
2027-03-02T11:30:00+00:00

Polish studio Wilczy Jar, the developer behind RPG hit Szczelina, is laying off 92 of its roughly 260 employees and has put work on the game's sequel on hold, Business Insider Polska reported this morning.

According to the report, which cites four current staff members who asked not to be named, employees learned of the cuts during a company-wide video call on Monday that lasted less than 20 minutes. "Nobody asked any questions. The CEO read out a statement, the camera went off, and an hour later we got invitations to one-on-one meetings with HR," one programmer told the outlet.

An internal email from CEO Bartosz Olędzki seen by Business Insider Polska speaks of the need to "adjust the scale of operations to market realities" and describes the sequel, codenamed Iskra, as "suspended until further notice". More than 120 people had been working on it over the past year, the publication's sources said.

Most of the affected roles are in production, though testers and artists are also impacted. Staff on employment contracts are reportedly being offered severance above the statutory minimum, while contractors working under the B2B arrangements common in Poland will only get one month's notice.

A company spokesperson told Business Insider Polska that Wilczy Jar was "carrying out organisational changes" but declined to give figures. GamesIndustry.biz has reached out to the studio for comment. Szczelina launched in 2024 and has sold more than three million copies.
""",
"02_de.txt": """Massenentlassung bei Wilczy Jar: Szczelina-Entwickler streicht über 90 Stellen
GameStar
02.03.2027 um 15:10 Uhr

Schlechte Nachrichten für Fans von Szczelina: Das polnische Entwicklerstudio Wilczy Jar entlässt offenbar 92 seiner rund 260 Angestellten. Auch die Arbeit am Nachfolger des Rollenspiels liegt vorerst auf Eis.

Das berichtet das polnische Wirtschaftsmagazin Business Insider Polska unter Berufung auf vier Mitarbeiterinnen und Mitarbeiter, die anonym bleiben wollen. Demnach wurde die Belegschaft am Montag in einer knapp 20-minütigen Videokonferenz über den Stellenabbau informiert – Fragen seien nicht gestellt worden, anschließend habe die Personalabteilung zu Einzelgesprächen geladen.

In einer internen Mail, die dem Magazin vorliegt, spricht Studiochef Bartosz Olędzki von der Notwendigkeit, „die Größe des Unternehmens an die Realitäten des Marktes anzupassen“. Das Nachfolgeprojekt mit dem Codenamen Iskra sei „bis auf Weiteres ausgesetzt“. Zuletzt sollen mehr als 120 Leute daran gearbeitet haben.

Betroffen sind laut dem Bericht vor allem die Produktion sowie Teile von QA und Grafik. Besonders hart trifft es Freelancer mit sogenannten B2B-Verträgen, die in Polen weit verbreitet sind: Sie bekommen nur eine einmonatige Kündigungsfrist.

Eine Anfrage von GameStar ließ Wilczy Jar bis zur Veröffentlichung dieses Artikels unbeantwortet. Szczelina erschien 2024 für PC und Konsolen und hat sich seitdem über drei Millionen Mal verkauft.
""",
"03_uk.txt": """Польська студія Wilczy Jar звільняє третину команди та заморожує сиквел Szczelina
dev.ua
3 березня 2027, 10:20

Польська студія Wilczy Jar, яка створила рольову гру Szczelina, скорочує 92 з приблизно 260 працівників. Роботу над продовженням гри, що мало робочу назву Iskra, призупинено на невизначений термін.

Про скорочення співробітникам оголосили в понеділок під час загальної відеоконференції, яка тривала менш ніж 20 хвилин. Згодом генеральний директор Бартош Оленджкі розіслав лист, у якому пояснив рішення «необхідністю пристосувати масштаб діяльності до ринкових реалій».

Найбільше звільнень — у продакшн-відділі, також під скорочення потрапили тестувальники та художники. Працівники за трудовими договорами отримають вихідну допомогу, більшу за передбачену законом, а ті, хто співпрацював зі студією за B2B-контрактами (польський аналог роботи через ФОП), — лише місяць на передачу справ.

Szczelina вийшла у 2024 році й розійшлася тиражем понад 3 млн копій. Серед українських гравців гра також була популярною — повну українську локалізацію вона отримала ще на старті.

Про звільнення пише британське галузеве видання GamesIndustry.biz, посилаючись на матеріал польського Business Insider Polska та розповіді чотирьох працівників студії, які побажали залишитися анонімними.
""",
}, [
    {"name": "Business Insider Polska", "in_corpus": True},
], [
    {"origin": "Business Insider Polska", "article": "01_en.txt"},
    {"origin": "Business Insider Polska", "article": "02_de.txt"},
    {"origin": "GamesIndustry.biz", "article": "03_uk.txt"},
], [
    {"text": "Wilczy Jar is laying off 92 of its roughly 260 employees and has suspended work on the sequel to Szczelina.",
     "articles": ["00_pl.txt", "01_en.txt", "02_de.txt", "03_uk.txt"], "independent_sources": 1},
])

# v02: outside origin = a laid-off developer's own LinkedIn post (Claire Vannier). Every article
# takes it directly: fr "C'est par un long message publié sur LinkedIn", en "wrote in a LinkedIn
# post", es credit only in the last paragraph ("Así lo ha contado ella misma en una publicación en
# LinkedIn"), pl (no outlet line) "Kulisy decyzji opisała w poniedziałkowym wpisie na LinkedInie".
# The publisher's silence (unanswered requests) adds nothing.
story("v02_brume_haute_linkedin", "social_post", {
"00_fr.txt": """« On l'a appris un lundi matin » : le studio Brume Haute fermé, ses 64 salariés licenciés
Numerama
Publié le 12 avril 2027 à 19h12

C'est par un long message publié sur LinkedIn ce lundi 12 avril que Claire Vannier, animatrice principale chez Brume Haute, a annoncé la fermeture du studio. Les 64 salariés de la structure, installée à Saint-Aurèle, ont été licenciés le matin même par l'éditeur Valtique Interactive, propriétaire du studio depuis 2023.

« On l'a appris un lundi matin, en visio, à 9 h 30. À 10 h, nos accès au serveur étaient coupés », écrit-elle. Claire Vannier, qui travaillait chez Brume Haute depuis neuf ans, raconte que l'équipe venait de boucler une démo jouable des « Marées de sel », un jeu d'aventure narratif attendu pour 2028. Le projet est purement et simplement annulé.

Selon son message, la fermeture sera effective fin avril. « Valtique nous a parlé de "recentrage stratégique". Je ne sais pas ce qu'on recentre quand on ferme la seule équipe qui fabriquait le jeu », ajoute-t-elle, avant de lancer un appel aux recruteurs en faveur de ses collègues : animateurs, level designers, développeurs gameplay.

Lundi soir, son post avait déjà été partagé plus de 2 000 fois. Contacté par Numerama, Valtique Interactive n'avait pas répondu à nos sollicitations au moment de la publication de cet article.

Brume Haute s'était fait connaître en 2019 avec « Lanterne », un petit jeu de plateforme salué par la critique, avant d'être racheté quatre ans plus tard par Valtique.
""",
"01_en.txt": """Valtique shuts down Lanterne studio Brume Haute, laying off all 64 developers
PC Gamer
published 13 April 2027

French studio Brume Haute, best known for the 2019 platformer Lanterne, has been closed by its owner Valtique Interactive, and all 64 of its staff have lost their jobs. The news came not from the publisher but from one of the developers.

"We found out on a Monday morning, on a video call, at 9:30. By 10, our server access was gone," lead animator Claire Vannier wrote in a LinkedIn post on Monday. Vannier, who spent nine years at the studio, said the team had just wrapped a playable demo of Les Marées de Sel (roughly "The Salt Tides"), a narrative adventure that was due in 2028 and has now been cancelled.

According to Vannier, the closure takes effect at the end of April. Valtique described the decision to staff as a "strategic refocus," she wrote. "I don't know what you refocus when you close the only team that was actually making the game."

Valtique acquired Brume Haute in 2023. The publisher did not respond to PC Gamer's request for comment by the time of publication.

Vannier's post ends with a list of her colleagues' roles—animators, level designers, gameplay programmers—and a plea to recruiters to get in touch. If you're hiring, it's worth a look.
""",
"02_es.txt": """Cierra Brume Haute, el estudio francés de Lanterne: sus 64 trabajadores, a la calle
3DJuegos
13 Abril 2027, 12:40

Otro estudio que echa el cierre. Brume Haute, el equipo francés que firmó el aplaudido plataformas Lanterne en 2019, ha sido clausurado por su propietaria, la editora Valtique Interactive. Los 64 empleados de la compañía se han quedado sin trabajo de un día para otro.

La plantilla se enteró el lunes a primera hora, en una videollamada a las 9:30; media hora después ya no tenía acceso a los servidores. El cierre será efectivo a finales de abril.

Con el estudio desaparece también Les Marées de Sel, una aventura narrativa prevista para 2028 de la que el equipo acababa de terminar una demo jugable. Valtique habría justificado la decisión ante los trabajadores como un "reenfoque estratégico".

"No sé qué se reenfoca cuando cierras el único equipo que estaba haciendo el juego", lamenta la animadora Claire Vannier, que llevaba nueve años en Brume Haute. Así lo ha contado ella misma en una publicación en LinkedIn, donde también pide a los reclutadores que se fijen en sus compañeros.
""",
"03_pl.txt": """Francuskie studio Brume Haute zamknięte. Animatorka opisała kulisy zwolnień
14 kwietnia 2027, 09:15

Valtique Interactive zamknęło francuskie studio Brume Haute, autorów ciepło przyjętej platformówki Lanterne. Pracę straciło wszystkich 64 pracowników, a przygodowa gra Les Marées de Sel, której premierę planowano na 2028 rok, została skasowana.

Kulisy decyzji opisała w poniedziałkowym wpisie na LinkedInie Claire Vannier, główna animatorka studia, związana z Brume Haute od dziewięciu lat. Jak relacjonuje, zespół dowiedział się o zamknięciu w poniedziałek o 9:30 podczas wideorozmowy, a pół godziny później pracownikom odcięto dostęp do serwerów.

„Nie wiem, co właściwie chce się przeorientować, zamykając jedyny zespół, który naprawdę robił tę grę” – napisała Vannier, odnosząc się do „strategicznego przeorientowania”, którym wydawca miał uzasadnić swoją decyzję.

Zgodnie z jej relacją studio przestanie działać z końcem kwietnia. Animatorka dodała, że jej koledzy – animatorzy, level designerzy i programiści rozgrywki – szukają teraz nowej pracy, i zaapelowała do rekruterów o kontakt.

Valtique Interactive przejęło Brume Haute w 2023 roku. Wydawca nie skomentował dotąd publicznie zamknięcia studia.
""",
}, [
    {"name": "Claire Vannier", "in_corpus": False},
], [
    {"origin": "Claire Vannier", "article": "00_fr.txt"},
    {"origin": "Claire Vannier", "article": "01_en.txt"},
    {"origin": "Claire Vannier", "article": "02_es.txt"},
    {"origin": "Claire Vannier", "article": "03_pl.txt"},
], [
    {"text": "Valtique Interactive closed the studio Brume Haute, laid off all 64 employees and cancelled Les Marées de Sel.",
     "articles": ["00_fr.txt", "01_en.txt", "02_es.txt", "03_pl.txt"], "independent_sources": 1},
])

# v03: outside origin = the industry podcast Zwischensequenz (the CEO only speaks on it). de and en
# take it directly ("sagte … im Branchenpodcast", "Speaking on German industry podcast"); ru credits
# only VGC ("сообщает британский портал VGC со ссылкой на … подкаст") -> edge VGC; fr credits only
# Handelsblatt, quote first ("rapporte le quotidien économique Handelsblatt", "qui reprend les propos
# tenus … dans le podcast") -> edge Handelsblatt; uk takes the podcast directly, credit only in the
# last paragraph. Handelsblatt's and VGC's requests add nothing.
story("v03_kranich_podcast", "podcast", {
"00_de.txt": """Kranich Interactive streicht jede vierte Stelle – und steigt aus dem Publishing aus
Handelsblatt
06.05.2027 - 17:40 Uhr

Der Spielepublisher Kranich Interactive baut massiv Personal ab. Rund 85 der 320 Arbeitsplätze sollen bis Jahresende wegfallen, das Studio in Hohenbrück wird geschlossen. Das sagte Vorstandschef Matthias Lenhardt im Branchenpodcast „Zwischensequenz“, dessen neue Folge am Donnerstag erschienen ist.

„Wir haben zu lange geglaubt, dass der Markt nach der Delle wieder anzieht. Das war ein Fehler, und den korrigieren wir jetzt“, sagte Lenhardt in dem gut einstündigen Gespräch. Kranich werde sich künftig auf die eigenen Marken konzentrieren und keine Spiele externer Studios mehr veröffentlichen.

Für die Branche ist das ein bemerkenswerter Schritt. Kranich galt in den vergangenen Jahren als einer der wenigen mittelgroßen deutschen Publisher, die gezielt kleinere Teams aus dem In- und Ausland unter Vertrag nahmen. Bereits unterschriebene Verträge will das Unternehmen nach Lenhardts Worten erfüllen, neue Projekte nimmt es nicht mehr an.

Das Studio in Hohenbrück mit zuletzt rund 40 Beschäftigten hatte an einem noch nicht angekündigten Aufbauspiel gearbeitet, das nun eingestellt wird. Mit dem Betriebsrat sei man über einen Sozialplan im Gespräch, sagte Lenhardt.

Auf Anfrage des Handelsblatts wollte sich das Unternehmen über die Aussagen im Podcast hinaus nicht äußern. Kranich Interactive ist nicht börsennotiert, der Umsatz lag 2026 nach eigenen Angaben bei 61 Millionen Euro.
""",
"01_en.txt": """German publisher Kranich Interactive to cut 85 jobs and quit third-party publishing
VGC
Fri, 07 May 2027 08:05:00 +0000

Kranich Interactive, the German publisher behind a string of well-received indie releases, is cutting around 85 jobs and closing its Hohenbrück studio, its chief executive has said.

Speaking on German industry podcast Zwischensequenz, CEO Matthias Lenhardt said the company had "believed for too long that the market would pick up again after the dip".

"That was a mistake, and we're correcting it now," he added.

The cuts affect roughly a quarter of Kranich's 320 staff. Lenhardt told the podcast that the publisher would focus on its own IP going forward and would no longer sign games from external developers, although existing contracts will be honoured.

The Hohenbrück studio, which employed around 40 people, had been working on an unannounced city-builder, which has now been cancelled. VGC has contacted Kranich Interactive for further comment.
""",
"02_ru.txt": """Немецкий издатель Kranich Interactive сократит четверть сотрудников и закроет студию
Игромания
7 мая 2027, 11:30

Немецкий издатель Kranich Interactive уволит около 85 человек из 320 и закроет студию в Хоэнбрюке. Кроме того, компания перестанет издавать игры сторонних разработчиков. Об этом сообщает британский портал VGC со ссылкой на слова главы компании Маттиаса Ленхардта в немецком подкасте Zwischensequenz.

«Мы слишком долго верили, что после спада рынок снова пойдет вверх. Это была ошибка, и сейчас мы ее исправляем», — приводит VGC слова Ленхардта.

По его словам, Kranich сосредоточится на собственных франшизах. Уже подписанные контракты с внешними студиями издатель выполнит, но новых заключать не будет.

Студия в Хоэнбрюке, где работали около 40 человек, делала еще не анонсированный градостроительный симулятор. Проект отменен.

В последние годы Kranich Interactive выпустил несколько заметных инди-игр небольших европейских команд, в том числе из Восточной Европы.
""",
"03_fr.txt": """Kranich Interactive supprime 85 postes et renonce à l'édition de jeux tiers
Gamekult
07/05/2027 à 14h20

« Nous avons trop longtemps cru que le marché repartirait après le creux. C'était une erreur, et nous la corrigeons maintenant. » Le constat est signé Matthias Lenhardt, patron de l'éditeur allemand Kranich Interactive, rapporte le quotidien économique Handelsblatt.

Selon le journal allemand, qui reprend les propos tenus par le dirigeant dans le podcast spécialisé Zwischensequenz, l'entreprise va supprimer environ 85 de ses 320 postes d'ici à la fin de l'année et fermer son studio de Hohenbrück, qui comptait une quarantaine de salariés.

Surtout, Kranich cessera d'éditer les jeux de studios extérieurs pour se concentrer sur ses propres licences. Les contrats déjà signés seront honorés, mais l'éditeur n'en signera plus de nouveaux – un coup dur pour les petites équipes européennes qui comptaient sur lui.

Le jeu de gestion sur lequel planchait le studio de Hohenbrück, jamais annoncé officiellement, passe à la trappe. Un plan social est en discussion avec les représentants du personnel.

Interrogé par le Handelsblatt, Kranich n'a pas souhaité aller au-delà des déclarations de son PDG.
""",
"04_uk.txt": """Kranich Interactive скоротить 85 працівників і закриє студію в Гоенбрюку
ITC.ua
07.05.2027 18:45

Німецький видавець Kranich Interactive скорочує близько 85 із 320 робочих місць. Студію в Гоенбрюку, де працювало приблизно 40 людей, закриють, а містобудівний симулятор, який там розробляли, скасовано.

Також компанія відмовляється від видання ігор сторонніх розробників і надалі зосередиться на власних франшизах. Уже укладені угоди з незалежними студіями Kranich виконає, але нових не підписуватиме.

Для невеликих європейських команд це погана новина: в останні роки Kranich був одним із небагатьох середніх видавців, які охоче брали під крило інді-проєкти, зокрема зі Східної Європи.

«Ми надто довго вірили, що після спаду ринок знову піде вгору. Це була помилка, і зараз ми її виправляємо».

Так пояснив рішення генеральний директор Kranich Interactive Маттіас Ленгардт. Про скорочення він розповів у німецькому галузевому подкасті Zwischensequenz, новий випуск якого вийшов у четвер.
""",
}, [
    {"name": "Zwischensequenz", "in_corpus": False},
], [
    {"origin": "Zwischensequenz", "article": "00_de.txt"},
    {"origin": "Zwischensequenz", "article": "01_en.txt"},
    {"origin": "VGC", "article": "02_ru.txt"},
    {"origin": "Handelsblatt", "article": "03_fr.txt"},
    {"origin": "Zwischensequenz", "article": "04_uk.txt"},
], [
    {"text": "Kranich Interactive will cut about 85 of its 320 jobs, close its Hohenbrück studio and stop publishing games by external developers.",
     "articles": ["00_de.txt", "01_en.txt", "02_ru.txt", "03_fr.txt", "04_uk.txt"], "independent_sources": 1},
])

# v04: chain dev.ua -> Eurogamer -> es, pl. dev.ua's own scoop (internal notice in the newsroom's
# possession, three anonymous employees, the publisher's reply to dev.ua). Eurogamer credits dev.ua
# ("As reported by Ukrainian tech news site dev.ua"); Vandal (no date line) credits Eurogamer only
# ("según informa Eurogamer", "declaraciones recogidas por el medio británico"); Spider's Web credits
# "Eurogamer, powołując się na ukraiński serwis dev.ua" -> edge from Eurogamer.
story("v04_stozhary_chain", "chain", {
"00_uk.txt": """Шведська Halvard Entertainment закриває українську студію Stozhary Interactive: без роботи залишаються 74 людини
dev.ua
2027-06-14 09:00

Шведський видавець Halvard Entertainment закриває свою українську студію Stozhary Interactive. Роботу втрачають усі 74 працівники, з'ясував dev.ua. Офіс у Зеленоборі припинить роботу 31 липня.

У розпорядженні редакції є копія внутрішнього повідомлення, яке співробітники отримали минулої п'ятниці. У ньому йдеться про «припинення діяльності дочірньої компанії у зв'язку з переглядом портфеля проєктів». Кожному працівнику запропонували компенсацію в розмірі трьох місячних окладів.

Троє працівників студії, які погодилися поговорити з dev.ua на умовах анонімності, розповідають, що про закриття їх ніхто не попереджав. «Ще в травні нам показували роадмап на два роки вперед. А в п'ятницю о п'ятій вечора прийшов лист», — каже один із геймдизайнерів.

Stozhary Interactive з 2021 року працювала над тактичною стратегією «Межа» (Mezha), анонс якої планували на осінь. За словами співрозмовників dev.ua, права на проєкт залишаються в Halvard, але що буде з грою далі, невідомо.

У пресслужбі Halvard Entertainment закриття студії dev.ua підтвердили. «Це було непросте рішення, ухвалене з огляду на ситуацію на ринку, а не на роботу команди», — написав у відповіді на запит редакції речник компанії Юнас Гедвалль.
""",
"01_en.txt": """Halvard shuts Ukrainian studio Stozhary Interactive, all 74 staff laid off
Eurogamer
June 14, 2027 4:32pm

Swedish publisher Halvard Entertainment is closing its Ukrainian studio Stozhary Interactive, leaving all 74 of its employees out of work.

As reported by Ukrainian tech news site dev.ua, staff received an internal notice last Friday announcing the "cessation of the subsidiary's activities following a review of the project portfolio". The office in Zelenobir will close on 31st July, and each employee has been offered compensation equal to three months' salary.

Three Stozhary employees who spoke to dev.ua anonymously said the closure came without warning. "In May they were still showing us a roadmap two years ahead. Then on Friday at 5pm the email came," one game designer told the site.

Stozhary had been working on Mezha, a tactical strategy game, since 2021, and an announcement had been planned for this autumn. The rights remain with Halvard, and what happens to the project now is unclear.

Halvard spokesperson Jonas Hedvall confirmed the closure to dev.ua, calling it "a difficult decision made in light of the market situation, not the team's work". Eurogamer has contacted Halvard for comment.
""",
"02_es.txt": """Halvard Entertainment cierra el estudio ucraniano Stozhary Interactive y despide a sus 74 empleados
Vandal

La editora sueca Halvard Entertainment ha decidido cerrar Stozhary Interactive, su estudio en Ucrania, según informa Eurogamer. Los 74 trabajadores del equipo perderán su empleo y la oficina de Zelenobir dejará de funcionar el 31 de julio.

Los empleados recibieron el pasado viernes un comunicado interno en el que se hablaba del "cese de actividad de la filial tras una revisión de la cartera de proyectos". A cada uno se le ha ofrecido una indemnización equivalente a tres sueldos.

La noticia ha pillado por sorpresa a la plantilla. "En mayo todavía nos enseñaban una hoja de ruta a dos años vista. Y el viernes a las cinco de la tarde llegó el correo", cuenta uno de los diseñadores del estudio en unas declaraciones recogidas por el medio británico.

Stozhary trabajaba desde 2021 en Mezha, un juego de estrategia táctica cuyo anuncio estaba previsto para este otoño. Los derechos siguen en manos de Halvard, aunque por ahora se desconoce qué pasará con el proyecto.

Desde la editora atribuyen el cierre a "la situación del mercado, no al trabajo del equipo".
""",
"03_pl.txt": """Szwedzki wydawca zamyka ukraińskie studio. 74 osoby bez pracy
Spider's Web
15.06.2027 08:10

Halvard Entertainment zamyka Stozhary Interactive – ukraińskie studio, które od 2021 r. pracowało nad taktyczną strategią Mezha. Jak podaje Eurogamer, powołując się na ukraiński serwis dev.ua, pracę straci wszystkich 74 pracowników, a biuro w Zełenoborze zostanie zamknięte z końcem lipca.

O decyzji zespół dowiedział się z wewnętrznego komunikatu rozesłanego w piątek po południu. Szwedzki wydawca pisze w nim o „zakończeniu działalności spółki zależnej w związku z przeglądem portfela projektów”. Pracownicy mają dostać odprawy w wysokości trzech pensji.

„Jeszcze w maju pokazywano nam roadmapę na dwa lata do przodu” – relacjonuje jeden z projektantów, cytowany przez brytyjski serwis. Zapowiedź gry planowano na jesień. Teraz jej przyszłość stoi pod znakiem zapytania, bo prawa do marki pozostają przy Halvard.

Rzecznik wydawcy Jonas Hedvall przekonuje, że decyzja była podyktowana „sytuacją rynkową, a nie pracą zespołu”.

To kolejne w tym roku zamknięcie studia należącego do zachodniego wydawcy w Europie Środkowo-Wschodniej.
""",
}, [
    {"name": "dev.ua", "in_corpus": True},
], [
    {"origin": "dev.ua", "article": "01_en.txt"},
    {"origin": "Eurogamer", "article": "02_es.txt"},
    {"origin": "Eurogamer", "article": "03_pl.txt"},
], [
    {"text": "Halvard Entertainment is closing its Ukrainian studio Stozhary Interactive and all 74 employees lose their jobs.",
     "articles": ["00_uk.txt", "01_en.txt", "02_es.txt", "03_pl.txt"], "independent_sources": 1},
])

# v05: El País's own report (reporter at the protest, documents it had access to, a delegate and a
# regional minister speaking to the paper); 01_ru is an uncredited, close Russian translation
# published the next morning (same paragraphs, quotes and figures; "decía a este periódico" dropped)
# -> edge from El País, scenario translation; fr credits "le quotidien madrilène El País, qui a
# consulté les documents"; de credits only in its last paragraph ("Darüber berichtete die spanische
# Tageszeitung „El País“").
story("v05_garza_roja_translation", "translation", {
"00_es.txt": """Los trabajadores de Garza Roja protestan ante el estudio contra un ERE que afecta a la mitad de la plantilla
El País
Villalcázar del Río - 20 sept 2027 - 21:10 CEST

Medio centenar de trabajadores del estudio de videojuegos Garza Roja se concentraron este lunes a mediodía frente a la sede de la empresa en Villalcázar del Río para protestar contra el expediente de regulación de empleo (ERE) que la compañía comunicó el viernes. El ajuste afecta a 58 de sus 110 empleados, según la documentación entregada al comité de empresa, a la que ha tenido acceso EL PAÍS.

"Hemos sacado adelante dos juegos en cinco años y nos despiden por correo electrónico", decía a este periódico Lucía Ferrán, programadora de sistemas y delegada del comité, mientras sus compañeros desplegaban una pancarta con el lema "No somos un gasto". La protesta, que duró algo más de una hora, transcurrió sin incidentes bajo la vigilancia de dos patrullas de la Policía Local.

Garza Roja, fundado en 2015 y conocido por el juego de acción Cenizas de Nácar, justifica el ERE en la cancelación de su próximo proyecto por parte de su socio editorial, la estadounidense Bellwether Games. La dirección del estudio no respondió el lunes a las preguntas de este diario.

El consejero de Economía del Gobierno regional, Ramón Ibarguren, aseguró a EL PAÍS que la Administración "estudiará fórmulas de apoyo" para recolocar a los afectados y que se reunirá con la empresa esta misma semana. El estudio recibió en 2024 una ayuda pública de 1,2 millones de euros para la contratación de personal.

El periodo de consultas con la representación de los trabajadores arranca el miércoles y puede durar como máximo 30 días. Los sindicatos han convocado una nueva concentración para ese mismo día.
""",
"01_ru.txt": """Сотрудники испанской студии Garza Roja вышли на протест против сокращения половины штата
Газета.Ru
21.09.2027, 08:12

Около пятидесяти сотрудников испанской студии видеоигр Garza Roja в понедельник днем собрались у офиса компании в Вильялькасар-дель-Рио, чтобы выразить протест против массового сокращения, о котором руководство объявило в пятницу. Под него попадают 58 из 110 работников, следует из документов, переданных комитету трудового коллектива.

«Мы за пять лет выпустили две игры, а нас увольняют по электронной почте», — рассказала программист и член комитета Лусия Ферран, пока ее коллеги разворачивали плакат с лозунгом «Мы не статья расходов». Акция продолжалась чуть больше часа и прошла без происшествий, за порядком следили два патруля местной полиции.

Garza Roja, основанная в 2015 году и известная по экшену Cenizas de Nácar, объясняет сокращения тем, что ее издательский партнер — американская компания Bellwether Games — отменил следующий проект студии. Руководство студии в понедельник на вопросы не ответило.

Министр экономики регионального правительства Рамон Ибаргурен заявил, что власти «изучат варианты поддержки» для трудоустройства уволенных и на этой неделе встретятся с руководством компании. В 2024 году студия получила государственную субсидию в размере 1,2 млн евро на наем персонала.

Консультации с представителями работников начнутся в среду и продлятся не более 30 дней. Профсоюзы назначили на тот же день новую акцию протеста.
""",
"02_fr.txt": """En Espagne, le studio de jeux vidéo Garza Roja veut licencier la moitié de ses salariés
Le Monde
Publié le 21 septembre 2027 à 11h30

Le studio espagnol Garza Roja, créateur du jeu d'action « Cenizas de Nácar », s'apprête à supprimer 58 de ses 110 postes, rapporte le quotidien madrilène El País, qui a consulté les documents remis au comité d'entreprise. Une cinquantaine de salariés ont manifesté, lundi 20 septembre, devant le siège du studio, à Villalcázar del Río.

« Nous avons sorti deux jeux en cinq ans et on nous licencie par courriel », a déclaré au journal Lucía Ferrán, programmeuse et déléguée du personnel. Les manifestants avaient déployé une banderole proclamant « Nous ne sommes pas une dépense ».

La direction justifie ce plan par l'annulation de son prochain projet par son partenaire éditeur, l'américain Bellwether Games. Elle n'a pas répondu aux questions d'El País.

D'après le quotidien espagnol, le gouvernement régional s'est engagé à « étudier des formules de soutien » pour reclasser les salariés concernés. Le studio avait pourtant touché, en 2024, une aide publique de 1,2 million d'euros destinée à l'embauche.

La procédure de consultation des représentants du personnel, qui s'ouvre mercredi, ne peut excéder trente jours en droit espagnol.
""",
"03_de.txt": """Spanisches Spielestudio Garza Roja will jede zweite Stelle streichen
Der Standard
21. September 2027, 16:05

Beim spanischen Entwicklerstudio Garza Roja stehen 58 von 110 Jobs auf dem Spiel. Die Geschäftsführung hat vergangenen Freitag ein Verfahren zur Massenkündigung eingeleitet, am Montag protestierten rund 50 Beschäftigte vor der Firmenzentrale in Villalcázar del Río.

„Wir haben in fünf Jahren zwei Spiele herausgebracht, und jetzt werden wir per E-Mail gekündigt“, sagte die Programmiererin und Belegschaftsvertreterin Lucía Ferrán. Die Kundgebung verlief ohne Zwischenfälle.

Als Grund nennt das Studio, das vor allem für das Actionspiel Cenizas de Nácar bekannt ist, die Absage seines nächsten Projekts durch den US-Publisher Bellwether Games. Die Regionalregierung kündigte an, Unterstützungsmöglichkeiten für die Betroffenen zu prüfen – pikant, weil Garza Roja 2024 eine Förderung von 1,2 Millionen Euro für Neueinstellungen erhalten hatte.

Die Verhandlungen mit der Belegschaftsvertretung beginnen am Mittwoch und dürfen in Spanien höchstens 30 Tage dauern. Das Verfahren heißt dort ERE, kurz für „expediente de regulación de empleo“.

Darüber berichtete die spanische Tageszeitung „El País“, deren Reporter bei der Kundgebung vor Ort war.
""",
}, [
    {"name": "El País", "in_corpus": True},
], [
    {"origin": "El País", "article": "01_ru.txt"},
    {"origin": "El País", "article": "02_fr.txt"},
    {"origin": "El País", "article": "03_de.txt"},
], [
    {"text": "Garza Roja plans to cut 58 of its 110 jobs, and about 50 employees protested outside its headquarters in Villalcázar del Río.",
     "articles": ["00_es.txt", "01_ru.txt", "02_fr.txt", "03_de.txt"], "independent_sources": 1},
])

# v06: outside wire agency Reuters (three people familiar), relayed 4x. Puls Biznesu credits Reuters
# and adds its own confirmation from the head of the Polish unit ("potwierdził „Pulsowi Biznesu”",
# "powiedział nam") -> edge from Reuters + Puls Biznesu is itself an origin. Background mentions with
# no edge: en "since the Financial Times reported in January", ru "Ранее, в августе, Bloomberg писал".
# "declined to comment" (Guardian) and "no ha respondido a las preguntas de EXPANSIÓN" add nothing.
story("v06_aurelian_reuters", "agency_confirmation", {
"00_en.txt": """Aurelian Games to cut 1,200 jobs and close three studios, sources say
The Guardian
Tue 12 Oct 2027 19.48 BST

Aurelian Games, the US publisher behind the Starwake shooter series, is preparing to cut about 1,200 jobs, roughly 9% of its workforce, and close three of its studios, Reuters reported on Tuesday, citing three people familiar with the plans.

The studios earmarked for closure include Aurelian's team in Wrzosowice, Poland, which worked on expansions for Starwake, according to the report. The other two are in the US. The cuts are expected to be announced alongside the company's quarterly results on Thursday, the sources told the news agency.

Aurelian declined to comment when contacted by the Guardian.

The company has been under pressure since the Financial Times reported in January that the activist investor Greyhollow Capital had built a stake of more than 5% and was pushing for deep cost cuts. Aurelian's shares have fallen by a third since the start of the year.

The latest cuts would add to a long run of layoffs across the games industry, which unions say has left thousands of developers looking for work.
""",
"01_pl.txt": """Aurelian Games zamknie studio we Wrzosowicach. Pracę straci 230 osób
Puls Biznesu
13.10.2027 06:00

Amerykański wydawca gier Aurelian Games zamknie swoje studio we Wrzosowicach. Informację, którą we wtorek wieczorem podała agencja Reuters, potwierdził „Pulsowi Biznesu” Tomasz Więcław, dyrektor polskiego oddziału spółki.

Według Reutersa, który powołuje się na trzy osoby znające plany firmy, Aurelian zamierza zlikwidować ok. 1,2 tys. etatów, czyli mniej więcej 9 proc. wszystkich, i zamknąć trzy studia – oprócz polskiego dwa w USA.

– Mogę potwierdzić, że studio we Wrzosowicach zakończy działalność. Pracownicy zostali o tym poinformowani we wtorek – powiedział nam Tomasz Więcław. Jak dodał, w polskim studiu pracuje obecnie 230 osób, a zwolnienia zostaną przeprowadzone w trybie zwolnień grupowych do końca marca 2028 r.

Studio we Wrzosowicach powstało w 2016 r. i odpowiadało m.in. za dodatki do serii Starwake. Było jednym z największych pracodawców branży gier w regionie.

Dyrektor zapewnia, że zwalniani pracownicy otrzymają odprawy wyższe niż ustawowe oraz wsparcie firmy outplacementowej.
""",
"02_es.txt": """Aurelian Games recortará 1.200 empleos y cerrará tres estudios
Expansión
13 oct. 2027 - 09:15

La editora estadounidense de videojuegos Aurelian Games, responsable de la saga Starwake, prepara un recorte de alrededor de 1.200 puestos de trabajo, en torno al 9% de su plantilla, y el cierre de tres de sus estudios, según adelanta la agencia Reuters, que cita a tres personas conocedoras de los planes.

Uno de los estudios afectados está en Polonia y los otros dos, en Estados Unidos. La compañía anunciaría los despidos el jueves, coincidiendo con la presentación de sus resultados trimestrales.

Aurelian no ha respondido a las preguntas de EXPANSIÓN sobre el posible impacto del ajuste en su filial comercial española.

La empresa atraviesa un año complicado. Sus acciones acumulan una caída de un tercio desde enero y el fondo activista Greyhollow Capital, con más del 5% del capital, presiona para que reduzca costes.

El sector del videojuego encadena ya varios ejercicios de ajustes de plantilla tras la expansión vivida durante la pandemia.
""",
"03_ru.txt": """Издатель видеоигр Aurelian Games сократит 1,2 тыс. сотрудников
РБК
13 октября 2027, 10:47

Американский издатель видеоигр Aurelian Games, выпускающий серию шутеров Starwake, планирует сократить около 1,2 тыс. сотрудников — примерно 9% персонала — и закрыть три студии. Об этом сообщает Reuters со ссылкой на три источника, знакомых с планами компании.

По данным агентства, под закрытие попадут две студии в США и одна в Польше. Официально о сокращениях компания объявит в четверг вместе с квартальной отчетностью.

Акции Aurelian Games с начала года подешевели на треть. Давление на менеджмент усилилось после того, как в капитал компании вошел активистский фонд Greyhollow Capital, добивающийся снижения издержек.

Ранее, в августе, Bloomberg писал, что Aurelian ведет переговоры о продаже одного из своих мобильных подразделений. Компания эту информацию не комментировала.

Aurelian Games станет очередной крупной компанией игровой индустрии, решившейся на массовые сокращения в этом году.
""",
}, [
    {"name": "Reuters", "in_corpus": False},
    {"name": "Puls Biznesu", "in_corpus": True},
], [
    {"origin": "Reuters", "article": "00_en.txt"},
    {"origin": "Reuters", "article": "01_pl.txt"},
    {"origin": "Reuters", "article": "02_es.txt"},
    {"origin": "Reuters", "article": "03_ru.txt"},
], [
    {"text": "Aurelian Games plans to cut about 1,200 jobs and close three studios, one of them in Poland.",
     "articles": ["00_en.txt", "01_pl.txt", "02_es.txt", "03_ru.txt"], "independent_sources": 2},
    {"text": "Aurelian Games is expected to announce the cuts with its quarterly results on Thursday.",
     "articles": ["00_en.txt", "02_es.txt", "03_ru.txt"], "independent_sources": 1},
])

# v07: two independent roots: Les Echos's own report (video interview with the president, anonymous
# employees) and the union SAMJ's own statement published on its website the next day. Game
# Developer credits both (two edges); heise credits only the union's statement ("teilte die
# Gewerkschaft SAMJ … in einer auf ihrer Website veröffentlichten Stellungnahme mit") and has a
# background mention of Le Figaro (no edge); Економічна правда credits "у відеоінтерв'ю французькому
# діловому виданню Les Echos"; 3DNews credits only Game Developer ("сообщает американский отраслевой
# ресурс Game Developer").
story("v07_orpheon_two_roots", "two_roots", {
"00_fr.txt": """Jeux vidéo : Orphéon va fermer son studio de Montclaret, 140 postes supprimés
Les Echos
Publié le 8 nov. 2027 à 18:30

L'éditeur de jeux vidéo Orphéon s'apprête à fermer son studio de Montclaret, le plus important de ses trois sites de production. Ses 140 salariés seront concernés par un plan de sauvegarde de l'emploi (PSE), qui doit être présenté mardi au comité social et économique (CSE). « C'est la décision la plus difficile que j'aie eu à prendre », reconnaît sa présidente, Hélène Daubrac, dans un entretien vidéo accordé aux « Echos ».

La dirigeante justifie cette fermeture par l'envolée des coûts de production et les ventes décevantes de « Vents d'Ardoise », dont le deuxième épisode, sorti au printemps, s'est écoulé à moins de la moitié des 800.000 exemplaires espérés. « Nous ne pouvons plus porter trois studios avec le chiffre d'affaires d'un éditeur de taille moyenne », explique-t-elle.

Le jeu en cours de développement à Montclaret, un titre d'action dont le nom n'a pas été dévoilé, ne sera pas abandonné pour autant : selon Hélène Daubrac, il sera achevé par un studio prestataire extérieur, avec une sortie repoussée à 2029.

A Montclaret, l'annonce ne surprend guère. Plusieurs salariés, qui ont requis l'anonymat, décrivent une ambiance « de fin de règne » depuis l'été, marquée par le gel des recrutements et le départ de deux directeurs artistiques. « On voyait les bureaux se vider, on attendait juste la date », confie l'un d'eux.

Non coté, Orphéon a réalisé un chiffre d'affaires de 96 millions d'euros lors de son dernier exercice, en recul de 18 %.
""",
"01_en.txt": """Orphéon to close Montclaret studio, cutting 140 jobs
Game Developer
November 9, 2027

French publisher Orphéon plans to close its studio in Montclaret, the largest of its three production sites, with the loss of 140 jobs.

The closure was first reported by French business daily Les Echos on Monday. In a video interview with the paper, Orphéon president Hélène Daubrac called it "the most difficult decision I have had to make," blaming rising production costs and weak sales of Vents d'Ardoise: Episode 2, which sold less than half of the 800,000 copies the company had hoped for.

On Tuesday, the Syndicat autonome des métiers du jeu (SAMJ), a union that represents workers at the studio, said in a statement published on its website that management had presented a plan to cut all 140 jobs to the company's works council that morning. The union called the closure "a brutal decision taken without any consultation of the teams."

The SAMJ said it would push for as many staff as possible to be redeployed to Orphéon's two other studios, and called on workers to down tools for an hour on Thursday.

Game Developer has reached out to Orphéon for comment.
""",
"02_de.txt": """Französischer Publisher Orphéon schließt Studio: 140 Stellen betroffen
heise online
09.11.2027 15:22 Uhr

Der französische Spielepublisher Orphéon will sein Studio in Montclaret schließen. Alle 140 Beschäftigten sollen ihren Arbeitsplatz verlieren, teilte die Gewerkschaft SAMJ (Syndicat autonome des métiers du jeu) am Dienstag in einer auf ihrer Website veröffentlichten Stellungnahme mit.

Die Geschäftsführung habe am Dienstagvormittag dem Sozial- und Wirtschaftsausschuss (CSE) – dem französischen Pendant zum Betriebsrat – einen Sozialplan vorgelegt, heißt es darin. Die Gewerkschaft spricht von einer „brutalen Entscheidung, die ohne jede Konsultation der Teams getroffen wurde“.

Die SAMJ will erreichen, dass möglichst viele Beschäftigte an die beiden anderen Standorte des Publishers wechseln können. Für Donnerstag ruft sie zu einer einstündigen Arbeitsniederlegung auf.

Über finanzielle Schwierigkeiten bei Orphéon hatte die französische Tageszeitung Le Figaro bereits im Sommer berichtet; damals ging es um Gespräche mit Banken über eine Umschuldung. Montclaret ist der größte der drei Produktionsstandorte des Unternehmens.

Eine Anfrage von heise online ließ Orphéon bis Redaktionsschluss unbeantwortet.
""",
"03_uk.txt": """Французький видавець ігор Orphéon закриває найбільшу студію: 140 людей втратять роботу
Економічна правда
9 листопада 2027, 17:05

Французький видавець відеоігор Orphéon закриває свою студію в Монкларе — найбільший із трьох виробничих майданчиків компанії. Роботу втратять 140 працівників.

Про це у відеоінтерв'ю французькому діловому виданню Les Echos розповіла президентка компанії Елен Добрак. «Це найважче рішення, яке мені доводилося ухвалювати», — визнала вона.

За її словами, причина — зростання витрат на виробництво та слабкі продажі другого епізоду гри Vents d'Ardoise: він розійшовся накладом, меншим за половину від очікуваних 800 тис. копій.

Гру, над якою зараз працює студія в Монкларе, не скасують. Як пояснила Добрак, її завершить зовнішній підрядник, а реліз перенесуть на 2029 рік.

Orphéon не торгується на біржі. За останній фінансовий рік виручка компанії скоротилася на 18%, до 96 млн євро.
""",
"04_ru.txt": """Французский издатель Orphéon закроет студию в Монкларе и уволит 140 человек
3DNews
10.11.2027 [09:40]

Французский издатель Orphéon закроет студию в Монкларе — крупнейшую из трех своих студий. Без работы останутся 140 человек. Об этом сообщает американский отраслевой ресурс Game Developer.

Глава компании Элен Добрак назвала закрытие «самым трудным решением», которое ей приходилось принимать. Как поясняет Game Developer, руководство Orphéon объясняет сокращения ростом затрат на разработку и слабыми продажами второго эпизода Vents d'Ardoise: его тираж не дотянул и до половины от ожидаемых 800 тыс. копий.

Профсоюз SAMJ, представляющий сотрудников студии, назвал решение «жестоким» и принятым «без каких-либо консультаций с командами». Профсоюз добивается перевода части сотрудников в две другие студии Orphéon, а на четверг назначил часовую забастовку.

По информации издания, план сокращений представили совету работников во вторник утром.

На запросы Game Developer в Orphéon пока не ответили.
""",
}, [
    {"name": "Les Echos", "in_corpus": True},
    {"name": "SAMJ", "in_corpus": False},
], [
    {"origin": "Les Echos", "article": "01_en.txt"},
    {"origin": "SAMJ", "article": "01_en.txt"},
    {"origin": "SAMJ", "article": "02_de.txt"},
    {"origin": "Les Echos", "article": "03_uk.txt"},
    {"origin": "Game Developer", "article": "04_ru.txt"},
], [
    {"text": "Orphéon will close its Montclaret studio and all 140 jobs there will be lost.",
     "articles": ["00_fr.txt", "01_en.txt", "02_de.txt", "03_uk.txt", "04_ru.txt"], "independent_sources": 2},
    {"text": "The game in development at Montclaret will be finished by an external contractor and its release pushed to 2029.",
     "articles": ["00_fr.txt", "03_uk.txt"], "independent_sources": 1},
])


def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scenario, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        names = sorted(arts)
        for n in names:
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(arts[n])
        on = {o["name"] for o in origins}
        for r in relays:
            assert r["article"] in arts, (id, r)
        for c in claims:
            for a in c["articles"]:
                assert a in arts, (id, a)
        out.append({"id": id, "scenario": scenario, "articles": names, "origins": origins,
                    "relays": relays, "claims": claims})
    labels = {"about": "Hand-written provenance test set 183 (video game studios, game publishers and "
                       "game-industry layoffs; real outlet names, everything else invented); see README.md.",
              "stories": out}
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "stories,", sum(len(s["articles"]) for s in out), "articles")

if __name__ == "__main__":
    main()
