#!/usr/bin/env python3
"""Writes stories/ and labels.json of the hand-written provenance-hand62 set (events and people invented)."""
import json, os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
S = []
def story(id, scenario, arts, origins, relays, claims):
    S.append((id, scenario, arts, origins, relays, claims))

# s01: outside agency PAP relayed 4x: pl "– podaje PAP" + "powiedziała PAP"; de "wie die polnische
# Nachrichtenagentur PAP meldet"; uk "повідомляє польське агентство PAP"; pl without outlet line,
# only "(PAP)" at the end.
story("s01_pap_barge_bridge", "agency", {
"00_pl.txt": """Barka uderzyła w most na Odrze w Krośnie Odrzańskim. Przeprawa zamknięta
Rzeczpospolita
2027-05-11 09:40

Pchana barka z ładunkiem żwiru uderzyła we wtorek nad ranem w filar mostu drogowego na Odrze w Krośnie Odrzańskim. Przeprawa została zamknięta dla ruchu do odwołania – podaje PAP.

Do zdarzenia doszło około godz. 4.30. Jak powiedziała PAP rzeczniczka wojewody lubuskiego Agnieszka Rutkowska-Bąk, w filarze powstało pęknięcie długie na ok. 1,5 metra. „Do czasu ekspertyzy konstruktorów nie wpuścimy na most ani samochodów, ani pieszych” – dodała.

Barką kierowało dwóch członków załogi; żaden z nich nie odniósł obrażeń. Policja zbada ich trzeźwość i ustali, dlaczego jednostka zeszła z toru wodnego.

Objazd dla kierowców prowadzi przez most w Cigacicach, co wydłuża drogę o ok. 40 km. Ekspertyza ma być gotowa najwcześniej w piątek.
""",
"01_de.txt": """Frachtkahn rammt Oderbrücke – Brücke in Krosno Odrzańskie gesperrt
Deutsche Welle
11. Mai 2027

Im westpolnischen Krosno Odrzańskie hat ein Schubverband mit Kies am frühen Dienstagmorgen einen Pfeiler der Straßenbrücke über die Oder gerammt, wie die polnische Nachrichtenagentur PAP meldet. Die Brücke, nur wenige Kilometer von der deutschen Grenze entfernt, ist bis auf Weiteres gesperrt.

Nach Angaben einer Sprecherin des Woiwoden von Lebus, Agnieszka Rutkowska-Bąk, hat der Pfeiler einen rund anderthalb Meter langen Riss. Bis Statiker die Brücke geprüft hätten, dürften weder Autos noch Fußgänger hinüber.

Die beiden Besatzungsmitglieder blieben unverletzt. Autofahrer müssen einen Umweg von etwa 40 Kilometern über Cigacice nehmen.
""",
"02_uk.txt": """У Польщі баржа врізалася в міст через Одру — переправу закрили
Укрінформ
11.05.2027 12:15

У польському місті Кросно-Оджанське баржа з гравієм у вівторок уранці врізалася в опору автомобільного мосту через Одру. Міст закрили для руху до особливого розпорядження, повідомляє польське агентство PAP.

За словами речниці Любуського воєводи Агнешки Рутковської-Бонк, на опорі утворилася тріщина завдовжки близько півтора метра. До завершення експертизи на міст не пускатимуть ні автомобілі, ні пішоходів.

Двоє членів екіпажу баржі не постраждали. Об'їзд через Цигацице подовжує шлях приблизно на 40 км.
""",
"03_pl.txt": """Krosno Odrzańskie: most na Odrze zamknięty po uderzeniu barki
11.05.2027 13:05

Most drogowy na Odrze w Krośnie Odrzańskim pozostaje zamknięty po tym, jak we wtorek rano uderzyła w niego barka ze żwirem. W filarze powstało pęknięcie o długości ok. 1,5 m.

Rzeczniczka wojewody lubuskiego Agnieszka Rutkowska-Bąk zapowiedziała, że most nie zostanie otwarty przed zakończeniem ekspertyzy, która ma potrwać co najmniej do piątku. Kierowcy muszą korzystać z objazdu przez Cigacice.

Załodze barki nic się nie stało. Policja wyjaśnia okoliczności zdarzenia. (PAP)
""",
}, [("PAP", False)],
[("PAP", "00_pl.txt"), ("PAP", "01_de.txt"), ("PAP", "02_uk.txt"), ("PAP", "03_pl.txt")],
[("A barge carrying gravel hit a pillar of the Oder road bridge in Krosno Odrzanskie and the bridge was closed.",
  ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_pl.txt"], 1),
 ("The pillar has a crack about 1.5 metres long.", ["00_pl.txt", "01_de.txt", "02_uk.txt", "03_pl.txt"], 1)])

# s02: in-corpus scoop of Rzeczpospolita relayed in pl, de, uk: own "Jak dowiedziała się
# „Rzeczpospolita”" + "dokumenty, do których dotarła „Rz”" + "powiedział „Rzeczpospolitej”";
# pl "według Rzeczpospolitej"; de "berichtet die polnische Tageszeitung „Rzeczpospolita“";
# uk "пише польська газета Rzeczpospolita" + "«Жечпосполита»".
story("s02_rzeczpospolita_sleeper_cars", "scoop", {
"00_pl.txt": """Kolej Bałtycka kupi wagony sypialne na Ukrainie. Kontrakt za 410 mln zł
Rzeczpospolita
2027-05-18T06:00:00+02:00

Jak dowiedziała się „Rzeczpospolita”, spółka Kolej Bałtycka S.A. zamierza zamówić 36 nowych wagonów sypialnych w ukraińskiej fabryce Dniprowagon w Krzemieńczuku. Wartość kontraktu ma wynieść ok. 410 mln zł.

Z dokumentów, do których dotarła „Rz”, wynika, że pierwsze wagony miałyby wyjechać na tory w grudniu 2028 r. i obsługiwać nocne połączenia z Gdyni do Przemyśla oraz do Lwowa. W przetargu oferty złożyły jeszcze dwie firmy z Europy Zachodniej, ale były o ponad 30 proc. droższe.

„Ukraiński producent dał najniższą cenę i zgodził się na 80-procentowy udział polskich podwykonawców” – powiedział „Rzeczpospolitej” członek zarządu spółki Bartłomiej Ciechanowicz. Umowa ma zostać podpisana w czerwcu.
""",
"01_pl.txt": """Wagony sypialne z Krzemieńczuka? Kolej Bałtycka stawia na ukraińską fabrykę
TVN24
18.05.2027 10:20

Kolej Bałtycka S.A. chce kupić 36 wagonów sypialnych od ukraińskiego producenta Dniprowagon – wynika z informacji „Rzeczpospolitej”. Według Rzeczpospolitej kontrakt będzie wart ok. 410 mln zł.

Jak podaje dziennik, nowe wagony miałyby jeździć od grudnia 2028 r. w nocnych pociągach z Gdyni do Przemyśla i Lwowa. Konkurencyjne oferty z Europy Zachodniej były droższe o ponad 30 proc.

Członek zarządu spółki Bartłomiej Ciechanowicz powiedział gazecie, że ukraiński producent zaoferował najniższą cenę. Umowa ma zostać podpisana w czerwcu.
""",
"02_de.txt": """Polnische Bahn bestellt Schlafwagen in der Ukraine
Tagesschau
18.05.2027 14:30

Die polnische Bahngesellschaft Kolej Bałtycka will 36 neue Schlafwagen beim ukrainischen Hersteller Dniprowagon in Krementschuk bestellen. Das berichtet die polnische Tageszeitung „Rzeczpospolita“. Der Auftrag soll rund 410 Millionen Złoty, knapp 96 Millionen Euro, wert sein.

Nach Informationen der Zeitung sollen die ersten Wagen ab Dezember 2028 in Nachtzügen von Gdynia nach Przemyśl und ins ukrainische Lwiw fahren. Zwei westeuropäische Anbieter seien mehr als 30 Prozent teurer gewesen.

Vorstandsmitglied Bartłomiej Ciechanowicz sagte dem Blatt, der ukrainische Hersteller habe den niedrigsten Preis geboten.
""",
"03_uk.txt": """Польська залізниця замовить 36 спальних вагонів у Кременчуці
Українська правда
18 травня 2027, 15:45

Польська компанія Kolej Bałtycka планує замовити 36 нових спальних вагонів на кременчуцькому заводі «Дніпровагон». Про це пише польська газета Rzeczpospolita.

За даними «Жечпосполитої», вартість контракту становить близько 410 млн злотих. Перші вагони мають курсувати з грудня 2028 року в нічних потягах з Гдині до Перемишля та Львова.

Член правління компанії Бартломей Цехановіч сказав виданню, що український виробник запропонував найнижчу ціну. Угоду планують підписати в червні.
""",
}, [("Rzeczpospolita", True)],
[("Rzeczpospolita", "01_pl.txt"), ("Rzeczpospolita", "02_de.txt"), ("Rzeczpospolita", "03_uk.txt")],
[("Kolej Baltycka plans to order 36 sleeper cars from the Ukrainian plant Dniprovagon in Kremenchuk for about 410 million zloty.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt"], 1),
 ("The first cars are to run from December 2028 on night trains from Gdynia to Przemysl and Lviv.",
  ["00_pl.txt", "01_pl.txt", "02_de.txt", "03_uk.txt"], 1)])

# s03: chain Onet -> Notes from Poland -> Українська правда; plus pl "jak informuje Onet".
# Own "Jak ustalił Onet" + "dziennikarze Onetu dotarli" + "powiedział Onetowi"; pl "jak informuje
# Onet"; en "news website Onet reported" + "told Onet"; uk (no date line) "пише англомовне видання
# Notes from Poland з посиланням на портал Onet" -> edge from Notes from Poland.
story("s03_chain_onet_mayor_suv", "chain", {
"00_pl.txt": """Burmistrz Lipnicy Dolnej pojechał służbowym SUV-em na urlop do Chorwacji
Onet
2027-05-20 07:15

Jak ustalił Onet, burmistrz Lipnicy Dolnej Ryszard Kowalczyk-Wrona w sierpniu ubiegłego roku pojechał należącym do gminy samochodem terenowym na dwutygodniowy urlop do Chorwacji. Auto przejechało w tym czasie ok. 3400 km.

Dziennikarze Onetu dotarli do karty drogowej pojazdu oraz faktur za paliwo opłaconych z budżetu gminy – łącznie 2860 zł. W rubryce „cel wyjazdu” wpisano „delegacja – współpraca partnerska”. Lipnica Dolna nie ma jednak żadnej gminy partnerskiej w Chorwacji.

„Nikt mnie nie pytał o zgodę, a kluczyki zniknęły na dwa tygodnie” – powiedział Onetowi pracownik urzędu, który prosił o anonimowość. Burmistrz nie odpowiedział na nasze pytania. Radni opozycji zapowiadają zawiadomienie do prokuratury.
""",
"01_pl.txt": """Służbowym autem na wakacje? Burmistrz Lipnicy Dolnej pod lupą
Polsat News
20.05.2027 11:50

Burmistrz Lipnicy Dolnej Ryszard Kowalczyk-Wrona miał pojechać gminnym SUV-em na urlop do Chorwacji – jak informuje Onet. Samochód pokonał ok. 3400 km, a rachunki za paliwo na kwotę 2860 zł pokrył budżet gminy.

Według portalu w karcie drogowej jako cel wyjazdu wpisano „współpracę partnerską”, choć gmina nie ma partnera w Chorwacji. Radni opozycji chcą zawiadomić prokuraturę. Burmistrz do tej pory nie skomentował sprawy.
""",
"02_en.txt": """Polish mayor took council SUV on Croatian holiday, report says
Notes from Poland
20 May 2027

The mayor of the small Polish town of Lipnica Dolna, Ryszard Kowalczyk-Wrona, drove a council-owned SUV around 3,400 km on a two-week holiday in Croatia last August, news website Onet reported on Thursday.

Fuel invoices worth 2,860 zloty were paid from the municipal budget, and the vehicle's logbook described the trip as "partnership cooperation" – although the town has no partner municipality in Croatia, according to Onet.

An employee of the town hall who asked not to be named told Onet that the keys had "disappeared for two weeks". The mayor has not responded. Opposition councillors say they will notify prosecutors.
""",
"03_uk.txt": """Польський бургомістр поїхав службовим позашляховиком у відпустку до Хорватії
Українська правда

Бургомістр польського міста Липниця-Дольна Ришард Ковальчик-Врона торік у серпні поїхав на двотижневий відпочинок до Хорватії на позашляховику, що належить громаді. Про це пише англомовне видання Notes from Poland з посиланням на польський портал Onet.

Автомобіль проїхав близько 3400 км, а рахунки за пальне на 2860 злотих оплатили з міського бюджету. У дорожньому листі мету поїздки записали як «партнерська співпраця», хоча партнерського міста в Хорватії Липниця-Дольна не має.

Опозиційні радні мають намір звернутися до прокуратури.
""",
}, [("Onet", True)],
[("Onet", "01_pl.txt"), ("Onet", "02_en.txt"), ("Notes from Poland", "03_uk.txt")],
[("The mayor of Lipnica Dolna drove a council-owned SUV about 3,400 km on a holiday in Croatia.",
  ["00_pl.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], 1),
 ("Fuel invoices of 2,860 zloty were paid from the municipal budget.",
  ["00_pl.txt", "01_pl.txt", "02_en.txt", "03_uk.txt"], 1)])

# s04: Polish ministry communiqué taken directly (no medium between) + minister's X post.
# pl DGP "czytamy w komunikacie resortu" (communiqué only); pl Polsat News "jak czytamy w komunikacie
# ministerstwa" + "poinformował na platformie X minister"; uk "йдеться в повідомленні Міністерства
# інфраструктури Польщі"; en (no outlet line) "the ministry said in a statement" + "wrote on X".
story("s04_ministry_communique_border_lane", "official_statement", {
"00_pl.txt": """Osobny pas dla pustych ciężarówek w Dorohusku od 1 lipca
Dziennik Gazeta Prawna
2027-05-24 16:05

Od 1 lipca na przejściu granicznym Dorohusk–Jagodzin zostanie wydzielony osobny pas dla pustych samochodów ciężarowych wracających na Ukrainę – poinformowało w poniedziałek Ministerstwo Infrastruktury.

„Rozwiązanie ma skrócić czas oczekiwania pustych pojazdów, który w szczycie przekracza obecnie 60 godzin. Odprawa pustych ciężarówek będzie prowadzona na dwóch dodatkowych stanowiskach” – czytamy w komunikacie resortu.

Według ministerstwa zmiana została uzgodniona z Krajową Administracją Skarbową i stroną ukraińską. Resort zapowiada, że po trzech miesiącach oceni efekty i zdecyduje, czy podobny pas powstanie w Hrebennem.
""",
"01_pl.txt": """Dorohusk: osobny pas dla pustych tirów i 12 mln zł na parking
Polsat News
24.05.2027 18:30

Puste ciężarówki wracające na Ukrainę będą od 1 lipca odprawiane na osobnym pasie na przejściu Dorohusk–Jagodzin. Jak czytamy w komunikacie Ministerstwa Infrastruktury, odprawa odbywać się będzie na dwóch dodatkowych stanowiskach, a czas oczekiwania ma się wyraźnie skrócić.

Minister infrastruktury Paweł Gralewski poinformował na platformie X, że resort przeznaczy 12 mln zł na budowę parkingu buforowego dla 300 ciężarówek przy drodze krajowej nr 12. „Kierowcy nie będą już czekać na poboczu” – napisał minister. Budowa ma ruszyć jesienią.
""",
"02_uk.txt": """Польща виділить окрему смугу для порожніх вантажівок у пункті пропуску Дорогуськ
Укрінформ
24.05.2027 19:10

З 1 липня в пункті пропуску Дорогуськ–Ягодин порожні вантажівки, що повертаються в Україну, оформлятимуть на окремій смузі. Про це йдеться в повідомленні Міністерства інфраструктури Польщі.

Як зазначили в міністерстві, для порожніх вантажівок відкриють два додаткові місця оформлення. Зараз у пікові дні черга перевищує 60 годин. Рішення погоджене з польською митною службою та українською стороною.
""",
"03_en.txt": """Poland to open separate lane for empty lorries at Dorohusk crossing
2027-05-25T08:00:00+00:00

Empty lorries returning to Ukraine will be cleared in a separate lane at the Dorohusk–Yahodyn border crossing from 1 July, Poland's infrastructure ministry said in a statement on Monday. Two additional clearance booths will serve them, the ministry said; waits currently exceed 60 hours at peak times.

Infrastructure Minister Paweł Gralewski also wrote on X that the government would spend 12 million zloty on a buffer car park for 300 lorries along the DK12 road. "Drivers will no longer have to wait on the hard shoulder," he wrote.
""",
}, [("Ministerstwo Infrastruktury", False), ("Paweł Gralewski", False)],
[("Ministerstwo Infrastruktury", "00_pl.txt"), ("Ministerstwo Infrastruktury", "01_pl.txt"),
 ("Ministerstwo Infrastruktury", "02_uk.txt"), ("Ministerstwo Infrastruktury", "03_en.txt"),
 ("Paweł Gralewski", "01_pl.txt"), ("Paweł Gralewski", "03_en.txt")],
[("From 1 July empty lorries returning to Ukraine will be cleared in a separate lane at the Dorohusk-Yahodyn crossing.",
  ["00_pl.txt", "01_pl.txt", "02_uk.txt", "03_en.txt"], 1),
 ("The ministry will spend 12 million zloty on a buffer car park for 300 lorries.",
  ["01_pl.txt", "03_en.txt"], 1)])

# s05: own report of RMF FM ("Jak ustalił reporter RMF FM" + "powiedział naszemu reporterowi");
# pl TVN24 "jak informuje RMF FM" + "powołując się na źródła w prokuraturze"; en (no date line)
# credits RMF FM and the outside Gazeta Wyborcza ("citing police sources"); de "berichtet der
# polnische Radiosender RMF FM".
story("s05_rmf_forged_certificates", "scoop", {
"00_pl.txt": """Fałszywe zaświadczenia dla kierowców zawodowych. Zatrzymano lekarza i trzech pośredników
RMF FM
2027-06-02 07:30

Jak ustalił reporter RMF FM, krakowska prokuratura zatrzymała cztery osoby podejrzane o wystawianie fałszywych orzeczeń lekarskich dla kierowców zawodowych. Wśród zatrzymanych jest lekarz prowadzący przychodnię w Wieliczce oraz trzech pośredników.

Według śledczych przez dwa lata wystawiono co najmniej 1200 zaświadczeń o braku przeciwwskazań do prowadzenia ciężarówek i autobusów – bez żadnych badań. Kierowcy płacili za nie od 300 do 600 zł.

„Zabezpieczyliśmy dokumentację medyczną i telefony podejrzanych. Sprawa ma charakter rozwojowy” – powiedział naszemu reporterowi prokurator Wojciech Sadurski. Podejrzanym grozi do ośmiu lat więzienia.
""",
"01_pl.txt": """Lewe badania dla kierowców ciężarówek. Cztery osoby zatrzymane
TVN24
02.06.2027 10:10

Prokuratura w Krakowie zatrzymała lekarza i trzech pośredników, którzy mieli sprzedawać kierowcom zawodowym fałszywe orzeczenia lekarskie – jak informuje RMF FM. Rozgłośnia, powołując się na źródła w prokuraturze, podaje, że wystawiono co najmniej 1200 takich zaświadczeń.

Kierowcy mieli płacić za jeden dokument od 300 do 600 zł. Według RMF FM lekarz prowadził przychodnię w Wieliczce. Zatrzymanym grozi do ośmiu lat więzienia.
""",
"02_en.txt": """Doctor among four held over 1,200 fake medical certificates for Polish truck drivers
Notes from Poland

Prosecutors in Kraków have detained four people, including a doctor, suspected of selling at least 1,200 fake medical certificates to professional truck and bus drivers, radio station RMF FM reported on Wednesday.

Drivers paid between 300 and 600 zloty for a certificate without any examination, prosecutor Wojciech Sadurski told RMF FM. Both RMF FM and the daily Gazeta Wyborcza, which cited police sources, reported that the doctor ran a clinic in Wieliczka near Kraków.

The suspects face up to eight years in prison.
""",
"03_de.txt": """Krakau: Arzt soll 1200 gefälschte Atteste für Lkw-Fahrer ausgestellt haben
Deutsche Welle
02.06.2027 15:40

In Krakau hat die Staatsanwaltschaft einen Arzt und drei Vermittler festgenommen, die Berufskraftfahrern gefälschte Gesundheitszeugnisse verkauft haben sollen. Das berichtet der polnische Radiosender RMF FM.

Demnach wurden in zwei Jahren mindestens 1200 Bescheinigungen ohne Untersuchung ausgestellt; die Fahrer zahlten 300 bis 600 Złoty. Den Verdächtigen drohen bis zu acht Jahre Haft.
""",
}, [("RMF FM", True), ("Gazeta Wyborcza", False)],
[("RMF FM", "01_pl.txt"), ("RMF FM", "02_en.txt"), ("RMF FM", "03_de.txt"), ("Gazeta Wyborcza", "02_en.txt")],
[("Krakow prosecutors detained a doctor and three intermediaries suspected of issuing at least 1,200 fake medical certificates for professional drivers.",
  ["00_pl.txt", "01_pl.txt", "02_en.txt", "03_de.txt"], 1),
 ("The detained doctor ran a clinic in Wieliczka.", ["00_pl.txt", "01_pl.txt", "02_en.txt"], 2)])

def main():
    sd = os.path.join(ROOT, "stories")
    if os.path.isdir(sd):
        shutil.rmtree(sd)
    out = []
    for id, scen, arts, origins, relays, claims in S:
        d = os.path.join(sd, id)
        os.makedirs(d)
        for fn, txt in arts.items():
            with open(os.path.join(d, fn), "w", encoding="utf-8") as f:
                f.write(txt)
        out.append({"id": id, "scenario": scen, "articles": sorted(arts),
                    "origins": [{"name": n, "in_corpus": c} for n, c in origins],
                    "relays": [{"origin": o, "article": a} for o, a in relays],
                    "claims": [{"text": t, "articles": a, "independent_sources": k} for t, a, k in claims]})
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"about": "Hand-written provenance test set 62 (invented events and people, real Polish/German/English/Ukrainian media names); see README.md.",
                   "stories": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
