//! Attribution extraction: who a sentence says something comes from.
//!
//! For each sentence and title this finds the cue ("reported", "citing", "як передає", "selon")
//! and the source it names, classified as outlet, agency, person, organization, anonymous or
//! document. Back-references ("the authors stress", "the article says") resolve to the outlet
//! named before them. Wire credits and datelines ("LONDRES, 27 (Havas).", "(ATS)") come from the
//! agency registry in [`agency`]. The cue words are public in [`lexicon`] for other stages.
//!
//! Pure functions over text; nothing here does IO except the evaluation readers in [`eval`].

pub mod agency;
pub mod eval;
pub mod extract;
pub mod given_names;
pub mod institution;
pub mod lexicon;

pub use extract::{
    Attribution, CueKindOrCredit, DATIVE_JOURNALISTS, Source, SourceKind, extract_sentences, is_person_title, full_name, media_mentions,
    medium_behind_sources, names_a_place, names_social_platform, not_a_medium_name, post_author, posted, quote_regions, wrote_after_post, title_credit, titled_name_in, titled_person, unnamed_medium,
};

use stemmata_model::{Article, Span};
use stemmata_text::fold;

/// Word spans as in `stemmata_text::word_spans`, with French and Italian elisions split off
/// ("l'AFP" → "l'", "AFP"; "d'après" → "d'", "après") so names after them match.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, e) in stemmata_text::word_spans(text) {
        let w = &text[s..e];
        let split = w
            .char_indices()
            .find(|(_, c)| matches!(c, '\'' | '’'))
            .and_then(|(i, c)| {
                let prefix = &w[..i];
                let elided = matches!(
                    prefix,
                    "l" | "d"
                        | "j"
                        | "m"
                        | "n"
                        | "s"
                        | "t"
                        | "c"
                        | "qu"
                        | "L"
                        | "D"
                        | "Qu"
                        | "jusqu"
                        | "lorsqu"
                        | "puisqu"
                );
                elided.then_some(i + c.len_utf8())
            });
        match split {
            Some(at) if at < w.len() => {
                out.push((s, s + at));
                out.push((s + at, e));
            }
            _ => out.push((s, e)),
        }
    }
    out
}

/// Words of a text (see [`word_spans`]).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_spans(text).into_iter().map(move |(s, e)| &text[s..e])
}

/// Errors of the evaluation readers.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a zstd stream: {message}")]
    Zstd { path: String, message: String },
    #[error("{path}: {message}")]
    Format { path: String, message: String },
}

/// A German name without a case ending it may carry: "Flussboten" → "Flussbote", "Flussbot";
/// "Kreisblatts" → "Kreisblatt" ("dem Flussboten", "des Kreisblatts").
pub fn german_case_stems(name: &str) -> impl Iterator<Item = &str> {
    ["en", "es", "n", "s"].into_iter().filter_map(move |e| name.strip_suffix(e))
}

/// The key under which outlet names are compared: "The Telegraph", "Telegraph",
/// "telegraph.co.uk" and "www.telegraph.co.uk" all give "telegraph"; "Censor.NET" and
/// "censor.net" give "censor"; "global.espreso.tv" and "Espreso" give "espreso".
pub fn outlet_key(name: &str) -> String {
    // A well-known medium under any of its names ("Ґардіан", "theguardian.com", "FT") keys as its
    // registry name.
    let name = stemmata_text::media::lookup(name).map_or(name, |m| m.name);
    // A US broadcaster by its call sign, whatever follows: "WKDR-TV", "WKDR Channel 4", "KSTV 7".
    if let Some(sign) = call_sign(name) {
        return sign;
    }
    match outlet_key_words(name) {
        KeyWords::Domain(label) => transliterate(&label),
        // ("das Investigativportal iStories": the name past its describing words may be known.)
        KeyWords::Words(w) => {
            // (Only past the words the key drops: "Uralskyy Obozrevatel" is not "Obozrevatel".)
            let parts: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == '-').filter(|p| !p.is_empty()).collect();
            let k = parts.len().saturating_sub(w.len());
            match (k > 0).then(|| stemmata_text::media::lookup(&parts[k..].join(" "))).flatten() {
                Some(m) if m.name != name => outlet_key(m.name),
                _ => transliterate(&w.concat()),
            }
        }
    }
}

/// The call sign a broadcaster's name opens with: K or W and two or three more capitals, alone or
/// with "-TV", "-FM", "-AM", "-DT" ("WKDR-TV", "KSTV"), in lower case.
fn call_sign(name: &str) -> Option<String> {
    let first = name.trim().trim_start_matches("the ").split_whitespace().next()?;
    let letters = ["-TV", "-FM", "-AM", "-DT", "-LP"].iter().find_map(|s| first.strip_suffix(s)).unwrap_or(first);
    let n = letters.chars().count();
    ((4..=4).contains(&n) || n == 3 && first.len() > 3)
        .then_some(())
        .filter(|_| letters.starts_with(['K', 'W']) && letters.chars().all(|c| c.is_ascii_uppercase()))
        .map(|_| letters.to_lowercase())
}

/// The parts of an outlet name its key is made of: the registrable label of a domain, or the
/// name's words without a leading article, describing nouns and a trailing agency word.
enum KeyWords {
    Domain(String),
    Words(Vec<String>),
}

fn outlet_key_words(name: &str) -> KeyWords {
    let folded = fold(name.trim());
    let folded = folded
        .trim_start_matches("https://")
        .trim_start_matches("http://");
    let folded = folded.split('/').next().unwrap_or("");
    let folded = folded.strip_prefix("www.").unwrap_or(folded);
    let is_domain = !folded.contains(' ') && folded.contains('.');
    if is_domain {
        // The registrable label: drop the TLD, second-level public suffixes and subdomains.
        let labels: Vec<&str> = folded.split('.').filter(|l| !l.is_empty()).collect();
        let suffixes = [
            "com", "co", "org", "net", "gov", "ac", "edu", "news", "media", "info", "biz",
        ];
        let mut end = labels.len().saturating_sub(1);
        while end > 1 && suffixes.contains(&labels[end - 1]) {
            end -= 1;
        }
        return KeyWords::Domain(
            labels
                .get(end.saturating_sub(1))
                .map(|s| s.chars().filter(|c| c.is_alphanumeric()).collect())
                .unwrap_or_default(),
        );
    }
    let mut w: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if w.len() > 1
        && matches!(
            w[0],
            "the" | "le" | "la" | "les" | "die" | "der" | "das" | "dem" | "den" | "des" | "l"
                // Spanish, Italian and Portuguese articles ("el diario El País", "o Expresso").
                | "el" | "los" | "las" | "il" | "lo" | "gli" | "o" | "os"
                // A French article written in Cyrillic ("Ле Матен де Кьерзак").
                | "ле" | "ла" | "ль"
        )
    {
        w.remove(0);
    }
    // "US-Nachrichtenportal Axios": a country's initials joined to a describing compound.
    if w.len() > 2 && matches!(w[0], "us" | "uk" | "eu" | "usa") && german_media_compound(w[1]) {
        w.remove(0);
    }
    // A describing noun before the name: "Nachrichtenagentur Nordic Wire", "агентство Reuters".
    while w.len() > 1
        && matches!(
            w[0],
            "agency" | "newspaper" | "nachrichtenagentur" | "presseagentur" | "agentur" | "zeitung" | "agence" | "агентство"
                | "агентства" | "видання" | "издание" | "газета"
        )
        || w.len() > 1 && german_media_compound(w[0])
    {
        w.remove(0);
    }
    // "Telegram-канала Baza", "YouTube channel X": the platform's channel before the name.
    while w.len() > 2
        && matches!(w[0], "telegram" | "телеграм" | "youtube")
        && matches!(w[1], "канал" | "канала" | "каналу" | "каналі" | "канале" | "channel" | "kanal" | "kanals")
    {
        w.drain(..2);
    }
    // ("das Investigativportal The Insider": an article after the describing word.)
    if w.len() > 1 && matches!(w[0], "the" | "le" | "la" | "der" | "die" | "das") {
        w.remove(0);
    }
    // "Tennard Press Agency" = "Tennard Press": a trailing agency word is no part of the name.
    while w.len() > 1 && matches!(w[w.len() - 1], "agency" | "agentur" | "агентство" | "агенція") {
        w.pop();
    }
    // "Censor.NET" written as a name keeps its TLD as a word ("Obrii-Info" keeps its "Info").
    if w.len() > 1
        && folded.contains('.')
        && matches!(
            w[w.len() - 1],
            "net" | "com" | "ua" | "ru" | "tv" | "uk" | "org" | "info"
        )
    {
        w.pop();
    }
    KeyWords::Words(w.into_iter().map(String::from).collect())
}

/// Whether a folded word is a German compound naming a kind of medium by its last part:
/// "wirtschaftsmagazin", "lokalzeitung", "regionalfernsehens".
pub(crate) fn german_media_compound(folded: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "zeitung", "zeitungen", "magazin", "magazins", "portal", "portals", "agentur", "blatt", "blattes", "sender", "medium", "mediums",
        "senders", "fernsehen", "fernsehens", "zeitschrift", "sendung", "podcast", "podcasts",
    ];
    // ("Bundesnetzagentur" is a federal agency, "Nachrichtenagentur" a medium.)
    ENDINGS.iter().any(|e| {
        folded.len() >= e.len() + 4
            && folded.ends_with(e)
            && (*e != "agentur"
                || !["bundes", "landes", "netz", "raumfahrt", "arzneimittel", "umwelt", "energie", "arbeit"].iter().any(|p| folded.starts_with(p)))
    })
}

/// Whether two names of two words or more sound alike word by word across scripts ("Мерроу
/// Ньюз" / "Merrow News Agency", «Ешгров Леджер» / "The Ashgrove Ledger"), where the whole name
/// has too few consonants for [`outlet_keys_match`] or an English `g` or `dg` became `г` or `дж`.
pub fn names_sound_alike(a: &str, b: &str) -> bool {
    let (KeyWords::Words(wa), KeyWords::Words(wb)) = (outlet_key_words(a), outlet_key_words(b)) else {
        return false;
    };
    if wa.len() < 2 || wa.len() != wb.len() || wa == wb {
        return false;
    }
    if words_sound_alike(&wa, &wb) {
        return true;
    }
    // "Радіо Гребля" / "Hreblia Radio": a kind of medium and a name, in either order.
    let kind = |w: &String| matches!(transliterate(w).as_str(), "radio" | "tv" | "fm" | "news" | "niuz" | "info" | "media" | "press" | "pres");
    wa.len() == 2 && (kind(&wa[0]) || kind(&wa[1])) && words_sound_alike(&[wa[1].clone(), wa[0].clone()], &wb)
}

/// Whether two abbreviations in capitals are one written in Cyrillic and Latin letters ("РБК" /
/// "RBK", "ТАСС" / "TASS").
pub fn abbreviations_alike(a: &str, b: &str) -> bool {
    let caps = |w: &str| (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    let (a, b) = (a.trim(), b.trim());
    caps(a)
        && caps(b)
        && stemmata_text::has_cyrillic(a) != stemmata_text::has_cyrillic(b)
        && transliterate(&a.to_lowercase()) == transliterate(&b.to_lowercase())
}

/// Word by word, the words of two names sound alike (see [`names_sound_alike`]).
fn words_sound_alike(wa: &[String], wb: &[String]) -> bool {
    let mut total = 0;
    for (x, y) in wa.iter().zip(wb) {
        // A Latin `c` is `k` in English and French and `ts` in Polish and Czech ("Stromnicy" /
        // "Стромниці"): either reading.
        let readings = |w: &str| {
            let w = transliterate(w);
            // (Polish "rz", "sz" and "w" are the "ж", "ш" and "в" of Cyrillic: "Wierzbicki" /
            // "Вежбицький".)
            let slavic = w.replace("szcz", "shch").replace("rz", "zh").replace("sz", "sh").replace("cz", "ch").replace('c', "ts").replace('w', "v");
            // (French writes "ч" "tch" and "у" "ou": "Tkatchouk" / "Tkachuk", "Tarassiouk".)
            let french = w.replace("tch", "ch").replace("ou", "u").replace("dj", "j");
            [word_sound(&w), word_sound(&slavic), word_sound(&french)]
        };
        let (rx, ry) = (readings(x), readings(y));
        let Some(sx) = rx.iter().find(|r| !r.is_empty() && ry.contains(*r)) else {
            return false;
        };
        total += sx.chars().count();
    }
    total >= 4
}

/// A word's consonants as a name sounds across scripts: `dg`, `dzh`, `j` and `zh` one sound;
/// `sh`, `sch` and `s` one; `ch`, `kh` and `k` one; `g` and `h` dropped, as Ukrainian writes an
/// English `g` with `г` (read `h`); vowels, `w` and `y` dropped; a leading vowel kept as `_`
/// so that "Ashgrove" / "Ешгров" still start alike and differ from "Shgrove".
fn word_sound(word: &str) -> String {
    // A `w` before a vowel is the `в` or `у` of Cyrillic ("Wire" / "Вайр", "Уайр"); elsewhere
    // it closes a vowel ("Merrow" / "Мерроу"). A Cyrillic `у` opening a diphthong is that `w`.
    let chars: Vec<char> = word.chars().collect();
    let vowel = |c: Option<&char>| c.is_some_and(|c| "aeiouy".contains(*c));
    let word: String = chars
        .iter()
        .enumerate()
        .map(|(k, &c)| match c {
            'w' if vowel(chars.get(k + 1)) => 'v',
            'u' if k == 0 && vowel(chars.get(1)) => 'v',
            c => c,
        })
        .collect();
    let s = word
        .replace("dzh", "j")
        .replace("dg", "j")
        .replace("zh", "j")
        .replace("sch", "s")
        .replace("sh", "s")
        .replace("ch", "k")
        // Cyrillic `х` for a Greek or Latin `ch` ("Echo" / "Ехо").
        .replace("kh", "k");
    let lead = if s.starts_with(['a', 'e', 'i', 'o', 'u']) { "_" } else { "" };
    format!("{lead}{}", squeezed_consonants(&s, &['a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', 'g']))
}

/// The letters of `s` but `dropped` ones, `c` and `q` as `k`, `z` as `s`, each run once.
fn squeezed_consonants(s: &str, dropped: &[char]) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            c if dropped.contains(&c) || !c.is_alphabetic() => continue,
            'c' | 'q' => 'k',
            'z' => 's',
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// An outlet key that ignores Ukrainian and Russian case endings: "Буковинській газеті"
/// (dative), "Буковинської газети" (genitive) and "Буковинська газета" give one key, as do
/// "Невскому наблюдателю" and "Невский наблюдатель". Names without Cyrillic words keep their
/// [`outlet_key`].
pub fn outlet_case_key(name: &str) -> String {
    // Lowercase, not folded: folding takes the breve off й and would merge -ий with -и.
    let lower = name.trim().to_lowercase();
    // A well-known medium is known by its name alone.
    if !stemmata_text::has_cyrillic(&lower) || stemmata_text::media::lookup(name).is_some() {
        return outlet_key(name);
    }
    let stems: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let cyrillic = w.chars().all(|c| ('\u{0400}'..='\u{04ff}').contains(&c) || c == '\'' || c == '’');
            let stem = if cyrillic { stemmata_text::strip_case_ending(w) } else { w };
            // A fleeting vowel drops before the endings ("листок" / "листку", "Кременець" /
            // "Кременця"): the key drops it in every form.
            let fleeting = ["ок", "ек", "ёк", "ец"]
                .iter()
                .find(|f| cyrillic && stem.ends_with(*f) && stem.chars().count() >= 4);
            let stem = match fleeting {
                Some(f) => format!("{}{}", &stem[..stem.len() - f.len()], &f[f.len() - "к".len()..]),
                None => stem.to_string(),
            };
            // The Russian adjective suffix -ическ- is Ukrainian -ічн- ("Экономический пульс" /
            // "Економічний пульс").
            let stem = match stem.strip_suffix("ическ") {
                Some(base) if base.chars().count() >= 3 => format!("{base}ічн"),
                _ => stem,
            };
            // A Russian name translated into Ukrainian (or back) changes its common words:
            // «Южный причал» is «Південний причал», «Сульская заря» is «Сульська зоря».
            match RUSSIAN_TO_UKRAINIAN_STEMS.iter().find(|(ru, _)| *ru == stem) {
                Some((_, uk)) => uk.to_string(),
                None => stem,
            }
        })
        .collect();
    format!("~{}", outlet_key(&stems.join(" ")))
}

/// Stems of words common in outlet names, Russian to Ukrainian, after [`outlet_case_key`] took
/// their endings off: translated names meet ("Южный причал" / "Південний причал").
const RUSSIAN_TO_UKRAINIAN_STEMS: &[(&str, &str)] = &[
    ("южн", "південн"), ("северн", "північн"), ("западн", "західн"), ("восточн", "східн"),
    ("вест", "віст"), ("вестник", "вісник"), ("новост", "новин"), ("зар", "зор"), ("волн", "хвил"),
    ("вечерн", "вечірн"), ("сельск", "сільськ"), ("городск", "міськ"), ("морск", "морськ"),
    ("степн", "степов"), ("лесн", "лісов"), ("делов", "ділов"), ("речн", "річков"),
    ("курьер", "кур'єр"), ("жизн", "житт"), ("недел", "тижн"), ("тижден", "тижн"), ("заметк", "нотатк"),
    ("главн", "головн"), ("лент", "стрічк"), ("взгляд", "погляд"), ("деньг", "грош"), ("обзор", "огляд"),
    ("биржев", "біржов"), ("город", "міст"), ("колокольн", "дзвіниц"), ("колокол", "дзвон"), ("свет", "світ"),
    ("утренн", "ранков"), ("вечер", "вечір"), ("голос", "голос"), ("ведомост", "відомост"), ("звезд", "зірк"),
    ("огн", "вогн"), ("родн", "рідн"), ("народн", "народн"), ("площад", "площ"), ("улиц", "вулиц"), ("ветер", "вітер"),
    ("обозревател", "оглядач"), ("обозреватель", "оглядач"), ("наблюдател", "спостерігач"),
    ("наблюдатель", "спостерігач"), ("зеркал", "дзеркал"), ("хроник", "хронік"), ("сегодн", "сьогодн"),
    ("рассвет", "світанок"), ("полден", "полудн"), ("дел", "справ"), ("мысл", "думк"), ("нов", "нов"), ("слов", "слов"),
];

/// The [`outlet_case_key`] of a Ukrainian or Russian name written in Latin letters ("Zoriani
/// Visti", "Novyi Kurier"): each word without its final vowels, which is where the Cyrillic case
/// endings fall, so it meets the case key of any Cyrillic form («Зоряним вістям», «Нового
/// кур'єра»). `None` for a name with Cyrillic letters (its own case key serves) or no word left.
pub fn latin_case_key(name: &str) -> Option<String> {
    // (A well-known medium is known by its names alone.)
    if stemmata_text::has_cyrillic(name) || stemmata_text::media::lookup(name).is_some() {
        return None;
    }
    let key = outlet_key(name);
    if key.is_empty() {
        return None;
    }
    let stems: Vec<String> = fold(name.trim())
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "the" | "le" | "la" | "les" | "l" | "der" | "die" | "das"))
        .map(|w| {
            let stem = w.trim_end_matches(['a', 'e', 'i', 'o', 'u', 'y', 'j']);
            if stem.chars().count() >= 3 { stem.to_string() } else { w.to_string() }
        })
        .collect();
    let stems = format!("~{}", stems.concat());
    (stems.len() > 4).then_some(stems)
}

/// A folded word in Latin letters (Cyrillic transliterated), for comparing texts across scripts.
pub fn latin_word(word: &str) -> String {
    transliterate(&fold(word))
}

/// Cyrillic to Latin, so that "Цензор" and "Censor" land near each other. Keys only.
fn transliterate(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let t = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "h",
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'є' => "ie",
            'ж' => "zh",
            'з' => "z",
            'и' => "y",
            'і' => "i",
            'ї' => "i",
            'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ь' => "",
            'ю' => "iu",
            'я' => "ia",
            'ы' => "y",
            'э' => "e",
            'ъ' => "",
            'ё' => "e",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(t);
    }
    out
}

/// Outlet keys match exactly, or within a small edit distance for long names written in
/// another script ("Karpatskyi Ekspres" / "Карпатський експрес").
pub fn outlet_keys_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Two well-known media are alike only by name ("Українська правда" / "Європейська правда"
    // differ by two consonants).
    if registry_key(a) && registry_key(b) {
        return false;
    }
    // Transliterations differ in vowels and a few consonants ("Nevsky Vestnik" / "Невский
    // вестник" → nevskyvestnik / nevskyivestnyk; "Gazeta" / "Газета" → gazeta / hazeta).
    let (sa, sb) = (translit_skeleton(a), translit_skeleton(b));
    if sa.chars().count() >= 6 && sa == sb {
        return true;
    }
    // A short name whose `й` one language writes `i`, another `j` or `y` ("Obrii" / "Obrij" /
    // "Обрій"): the spellings differ only there.
    let iy = |k: &str| k.replace(['y', 'j'], "i");
    if a.chars().count() >= 4 && a.chars().count() == b.chars().count() && iy(a) == iy(b) {
        return true;
    }
    // An English name written in Cyrillic keeps its consonants ("Calderwick Times" /
    // "Колдервік Таймс").
    // A German `w` is `v` ("Pjataja Werst" / "П'ята верста"): either reading.
    for (wa, wb) in [(false, false), (true, false), (false, true)] {
        if wa && !a.contains('w') || wb && !b.contains('w') {
            continue;
        }
        let (ca, cb) = (consonants(a, wa), consonants(b, wb));
        let (na, nb) = (ca.chars().count(), cb.chars().count());
        if na.min(nb) >= 6 && (ca == cb || na.min(nb) >= 9 && edit_distance(&ca, &cb) <= 2) {
            return true;
        }
        // Five consonants suffice when the spellings are of a length ("Velm Courier" / "Велм
        // Курьер").
        if na.min(nb) == 5 && ca == cb && a.chars().count().abs_diff(b.chars().count()) <= 3 {
            return true;
        }
    }
    // A French name written as it sounds ("Le Réveil de Saulmont" / "Ле Ревей де Сольмон",
    // "Veja-Press" / "Вежа-Прес"): read either side the French way and compare again.
    for (fa, fb) in [(french_reading(a), b.to_string()), (a.to_string(), french_reading(b))] {
        if fa == a && fb == b {
            continue;
        }
        let (sa, sb) = (translit_skeleton(&fa), translit_skeleton(&fb));
        let (ca, cb) = (consonants(&fa, false), consonants(&fb, false));
        if sa.chars().count() >= 6 && sa == sb || ca.chars().count() >= 6 && ca == cb {
            return true;
        }
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let shorter = la.min(lb);
    if shorter < 6 || la.abs_diff(lb) > 2 {
        return false;
    }
    let allowed = if shorter >= 12 { 2 } else { 1 };
    edit_distance(a, b) <= allowed || edit_distance(&sa, &sb) <= allowed
}

/// Whether a key is a well-known medium's (see [`stemmata_text::media`]).
fn registry_key(key: &str) -> bool {
    static KEYS: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| stemmata_text::media::MEDIA.iter().map(|m| outlet_key(m.name)).collect()).contains(key)
}

/// Whether two names are known to stand for different media or agencies ("Интерфакс" /
/// "Интерфакс-Украина", "The Times" / "The Sunday Times").
pub fn known_apart(a: &str, b: &str) -> bool {
    use stemmata_text::media::lookup;
    if let (Some(x), Some(y)) = (lookup(a), lookup(b)) {
        return x.name != y.name;
    }
    if let (Some(x), Some(y)) = (agency::lookup(a), agency::lookup(b)) {
        return x.id != y.id;
    }
    false
}

/// Whether `short` is a short form of the outlet name `long`: its words (articles aside) open or
/// close the longer name ("the Chronicle" of "The Morrowby Chronicle", "L'Éveil" of "L'Éveil de
/// Montcharrier", "Der Anzeiger" of "Der Anzeiger im Tal"), or an acronym opening it or made of
/// its words' initials ("BBC" of "BBC News", "УП" of "Українська правда", "NYT" of "The New York
/// Times").
pub fn short_form_of(short: &str, long: &str) -> bool {
    if known_apart(short, long) {
        return false;
    }
    let words = |n: &str| -> Vec<String> {
        let mut w: Vec<String> = fold(n).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect();
        while w.len() > 1 && matches!(w[0].as_str(), "the" | "le" | "la" | "les" | "l" | "der" | "die" | "das" | "dem" | "den" | "des" | "el" | "il" | "lo" | "los" | "las" | "o" | "os") {
            w.remove(0);
        }
        w
    };
    let (s, l) = (words(short), words(long));
    // Ukrainian and Russian words meet in any case ("Северному обзору" / "Северный обзор").
    // The words differ in their endings only: vowels and the consonants of case endings
    // ("северному" / "северный", "обзору" / "обзор"; not "вести" / "вестник").
    let same = |a: &String, b: &String| {
        // ("Radio Chaika" / «Чайка»: a word and its transliteration.)
        a == b || stemmata_text::has_cyrillic(a) != stemmata_text::has_cyrillic(b) && a.chars().count() >= 4 && outlet_keys_match(&transliterate(a), &transliterate(b)) || {
            let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
            let ending = |w: &String| {
                let tail: Vec<char> = w.chars().skip(common).collect();
                tail.len() <= 3 && tail.iter().all(|c| "аеёиоуыэюяймхьіїє".contains(*c))
            };
            stemmata_text::has_cyrillic(a) && common >= 4 && ending(a) && ending(b)
        }
    };
    let run = |from: usize| s.iter().zip(&l[from..]).all(|(a, b)| same(a, b));
    // "BBC" / "BBC News", "NV" / "NV.ua": an acronym as the name's first word; "УП" / "Українська
    // правда", "NYT" / "The New York Times": the initials of its words.
    let bare = ["the ", "The ", "le ", "Le ", "la ", "La ", "l'", "L'"].iter().find_map(|a| short.strip_prefix(a)).unwrap_or(short);
    let letters: Vec<char> = bare.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = (2..=6).contains(&letters.len()) && bare.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-'));
    // (An elided article is no word: "DNA" of "Dernières Nouvelles d'Alsace".)
    let content: Vec<&String> = l.iter().filter(|w| !matches!(w.as_str(), "d" | "l")).collect();
    // ("MOZ" of "Märkische Oderzeitung": a German compound with a paper's head word gives two
    // initials.)
    let compounds: Vec<&str> = content
        .iter()
        .flat_map(|w| {
            ["zeitung", "blatt", "kurier", "nachrichten", "rundschau", "anzeiger", "bote"]
                .iter()
                .find(|h| w.len() >= h.len() + 3 && w.ends_with(*h))
                .map_or_else(|| vec![w.as_str()], |h| vec![&w[..w.len() - h.len()], &w[w.len() - h.len()..]])
        })
        .collect();
    let initials_of = |words: &[&str]| words.len() == letters.len() && words.iter().zip(&letters).all(|(w, &c)| w.chars().next() == fold(&c.to_string()).chars().next());
    let initials = acronym && (initials_of(&content.iter().map(|w| w.as_str()).collect::<Vec<_>>()) || initials_of(&compounds));
    // ("La Voz" of "La Voz de Galicia": a short word after the long name's own article.)
    let same_article = || {
        let first = |n: &str| fold(n).split(' ').next().map(str::to_string);
        short.contains(' ') && first(short) == first(long) && first(short).is_some_and(|a| matches!(a.as_str(), "the" | "le" | "la" | "el" | "il" | "der" | "die" | "das" | "o" | "a"))
    };
    !s.is_empty()
        && s.len() < l.len()
        && (s.iter().any(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic)) || acronym || same_article() && s.iter().all(|w| w.chars().count() == 3 && w.chars().all(char::is_alphabetic)))
        && (run(0) || run(l.len() - s.len()))
        || initials
}

/// The consonants of a key, each run once, read alike across transliterations: `sch`, `sh`,
/// `zh` and `z` as `s`, `ch`, `c` and `q` as `k`; `h`, `w`, `j` and `y` dropped, as English
/// writes them where other scripts have a vowel or nothing ("Morrowby Chronicle" / "Морроуби
/// Кроникл", "Northmere" / "Нортмир", "Pjataja Werst" / "П'ята верста").
fn consonants(key: &str, w_as_v: bool) -> String {
    let s = key.replace("sch", "s").replace("sh", "s").replace("zh", "s").replace("ch", "k");
    let s = if w_as_v { s.replace('w', "v") } else { s };
    squeezed_consonants(&s, &['a', 'e', 'i', 'o', 'u', 'y', 'j', 'h', 'w'])
}

/// A key with the spellings transliterations disagree on merged: y/j/ii → i, kh/g → h,
/// w → v, ck/c → k, doubled letters single.
fn translit_skeleton(key: &str) -> String {
    // (Polish "cz" and "sz" are "ч" and "ш": "Surmacz" / «Сурмач».)
    let s = key
        .replace("cz", "ch")
        .replace("sz", "sh")
        .replace("sch", "sh")
        .replace("zh", "sh")
        .replace("kh", "h")
        .replace("ck", "k")
        // "Quinn Harlow" / «Квінн Гарлоу»: an English "qu" and a final "ow" as they are written in
        // Cyrillic.
        .replace("qu", "kv")
        .replace("ow", "ou")
        .replace(['y', 'j'], "i")
        .replace('g', "h")
        .replace('w', "v")
        .replace(['c', 'q'], "k")
        .replace('z', "s");
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if !out.ends_with(ch) {
            out.push(ch);
        }
    }
    out
}

/// A key read the French way: `j` as `zh` (ж), `ch` as `sh`, `ou` as `u`, the `l` of `-eil`,
/// `-ail` silent, and the name's final `t`, `s`, `d` or `x` silent.
fn french_reading(key: &str) -> String {
    // ("Saint-Brac" is said "Sen-Brac": «Сен-Брак».)
    let mut s = key
        .replace("saint", "sen")
        .replace("ch", "sh")
        .replace('j', "zh")
        .replace("eau", "o")
        .replace("au", "o")
        .replace("ou", "u")
        .replace("eill", "ei")
        .replace("aill", "ai")
        .replace("eil", "ei")
        .replace("ail", "ai");
    if s.ends_with(['t', 's', 'd', 'x']) && s.chars().count() > 4 {
        s.pop();
    }
    s
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Whether two outlet names denote the same outlet.
pub fn same_outlet(a: &str, b: &str) -> bool {
    let (ka, kb) = (outlet_key(a), outlet_key(b));
    !ka.is_empty() && ka == kb
}

/// All attributions of an article: its title credit, its sentences, back-references resolved to
/// the outlet named before them (or, failing that, after them in the same article: "the article
/// says" often precedes the name in relayed text).
pub fn article_attributions(article: &Article, known_outlets: &[String]) -> Vec<Attribution> {
    let lang = article.language.as_deref();
    let mut out = Vec::new();
    if let Some(source) = title_credit(&article.title) {
        // "… — FT і Politico", "… – Reuters and AP": each medium its own credit.
        let parts: Vec<(usize, &str)> = {
            let text = source.text.as_str();
            let mut parts = Vec::new();
            let mut from = 0;
            if let Some((at, sep)) = [" і ", " и ", " та ", " and ", " & ", " und ", " et "]
                .iter()
                .filter_map(|sep| text.find(sep).map(|at| (at, *sep)))
                .min_by_key(|(at, _)| *at)
            {
                parts.push((from, &text[from..at]));
                from = at + sep.len();
            }
            parts.push((from, &text[from..]));
            parts
        };
        let split = parts.len() == 2 && parts.iter().all(|(_, p)| p.trim().starts_with(|c: char| c.is_uppercase()));
        let sources: Vec<Source> = if split {
            parts
                .iter()
                .map(|&(at, p)| Source {
                    span: Span::new(source.span.start + at, source.span.start + at + p.len()),
                    text: p.trim().to_string(),
                    name: p.trim().to_string(),
                    ..source.clone()
                })
                .collect()
        } else {
            vec![source]
        };
        for source in sources {
            out.push(Attribution {
                in_title: true,
                sentence: Span::new(0, article.title.len()),
                cue: source.span,
                cue_text: source.text.clone(),
                cue_kind: CueKindOrCredit::Credit,
                source: Some(source),
                recipient: None,
            });
        }
    }
    let title_sentences = [Span::new(0, article.title.len())];
    for mut a in extract_sentences(&article.title, &title_sentences, lang, known_outlets) {
        a.in_title = true;
        out.push(a);
    }
    let sentences: Vec<Span> = if article.sentences.is_empty() && !article.text.is_empty() {
        stemmata_text::sentences(&article.text, lang)
    } else {
        article.sentences.clone()
    };
    out.extend(extract_sentences(
        &article.text,
        &sentences,
        lang,
        known_outlets,
    ));
    // "… до открытия магазинов — ТАСС", "… rescue boats — Reuters": a brief's last sentence
    // closing on a dash and a medium's name, as a title does.
    if let Some(&last) = sentences.last() {
        let slice = last.slice(&article.text);
        let bare = slice.trim_end();
        if !bare.ends_with(['.', '!', '?', '…', '"', '»', '”'])
            && let Some(mut source) = title_credit(bare)
            && !out.iter().any(|a| !a.in_title && a.sentence == last && a.source.is_some())
        {
            let offset = last.start;
            source.span = Span::new(source.span.start + offset, source.span.end + offset);
            out.push(Attribution {
                in_title: false,
                sentence: last,
                cue: source.span,
                cue_text: source.text.clone(),
                cue_kind: CueKindOrCredit::Credit,
                source: Some(source),
                recipient: None,
            });
        }
    }
    // "By PA Reporter", "By AP staff": a wire's byline opening the body credits the wire.
    if let Some(&first) = sentences.first() {
        let line = first.slice(&article.text);
        let line = line.lines().next().unwrap_or("").trim();
        if let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) {
            let words: Vec<&str> = rest.split_whitespace().collect();
            let role = words.last().map(|w| w.to_lowercase());
            if (2..=4).contains(&words.len())
                && role.as_deref().is_some_and(|r| matches!(r, "reporter" | "reporters" | "staff" | "correspondent" | "correspondents" | "writer" | "writers"))
            {
                let name = words[..words.len() - 1].join(" ");
                let name = name.trim_start_matches("the ").trim_start_matches("The ");
                if let Some(agency) = stemmata_text::media::lookup(name) {
                    let at = first.start + article.text[first.start..].find(name).unwrap_or(0);
                    let span = Span::new(at, at + name.len());
                    out.push(Attribution {
                        in_title: false,
                        sentence: first,
                        cue: span,
                        cue_text: name.to_string(),
                        cue_kind: CueKindOrCredit::Credit,
                        source: Some(Source { span, text: name.to_string(), name: agency.name.to_string(), kind: SourceKind::Agency, agency: None, back_reference: false }),
                        recipient: None,
                    });
                }
            }
        }
    }
    if out.first().is_some_and(|a| a.cue_kind == CueKindOrCredit::Credit && title_tail_is_content(a, article, &out, known_outlets)) {
        out.remove(0);
    }
    resolve_back_references(&mut out);
    // "Rzecznik odniósł się do publikacji „Rzeczpospolitej”. Dziennik napisał …": with no
    // medium credited, a back-reference points at the medium the article named before it.
    if out.iter().any(|a| a.source.iter().chain(&a.recipient).any(|s| s.back_reference && s.kind == SourceKind::Unknown)) {
        let mentions = extract::media_mentions(&article.text, &sentences, lang);
        for a in out.iter_mut().filter(|a| !a.in_title) {
            let at = a.sentence.start;
            for src in [a.source.as_mut(), a.recipient.as_mut()].into_iter().flatten() {
                if src.back_reference && src.kind == SourceKind::Unknown
                    && let Some(m) = mentions.iter().rev().find(|m| m.span.end <= at)
                {
                    src.name = m.name.clone();
                    src.kind = m.kind;
                }
            }
        }
    }
    out
}

/// A one-word title tail that the body uses as a word of its own, outside any credit, is part
/// of the headline ("Flights Talmerovo — Hagmersfeld" with "… to Hagmersfeld" in the body), not
/// an outlet's name; a story outlet's name stays a credit.
fn title_tail_is_content(credit: &Attribution, article: &Article, found: &[Attribution], known_outlets: &[String]) -> bool {
    let Some(source) = credit.source.as_ref().filter(|s| s.kind == SourceKind::Outlet) else { return false };
    let key = outlet_key(&source.name);
    if words(&source.name).count() != 1 || known_outlets.iter().any(|k| outlet_keys_match(&outlet_key(k), &key)) {
        return false;
    }
    let name = source.name.to_lowercase();
    let n = name.chars().count();
    if n < 5 {
        return false;
    }
    // The stem, so that case forms count ("Хагмерсфельдом").
    let stem: String = name.chars().take(n.max(7) - 2).collect();
    let credited = |start: usize| {
        found.iter().filter(|a| !a.in_title).any(|a| {
            a.source.iter().chain(a.recipient.iter()).any(|s| s.span.start <= start && start < s.span.end)
        })
    };
    stemmata_text::word_spans(&article.text)
        .into_iter()
        .any(|(s, e)| article.text[s..e].to_lowercase().starts_with(&stem) && !credited(s))
}

/// Point back-references at the nearest outlet named before them (title credits count as
/// before everything); if none, at the first named after them. With no outlet named before, a
/// name credited by "according to" and taken for a person's is the medium meant ("according to
/// Capital Insight … the magazine says"), unless it has a title or its surname speaks on its
/// own elsewhere.
pub fn resolve_back_references(attributions: &mut [Attribution]) {
    let is_back_ref = |a: &Attribution| {
        a.source.as_ref().is_some_and(|s| s.back_reference)
            || a.recipient.as_ref().is_some_and(|s| s.back_reference)
    };
    if let Some(first_ref) = attributions.iter().position(is_back_ref) {
        let media_before = attributions[..first_ref]
            .iter()
            .any(|a| a.source.as_ref().is_some_and(|s| s.kind.is_media() && !s.back_reference));
        let candidate = (!media_before)
            .then(|| {
                attributions[..first_ref].iter().rposition(|a| {
                    matches!(a.cue_kind, CueKindOrCredit::Cue(lexicon::CueKind::SourceAfter))
                        && a.source.as_ref().is_some_and(|s| {
                            s.kind == SourceKind::Person && !s.back_reference && unknown_name(s, attributions)
                        })
                })
            })
            .flatten();
        if let Some(c) = candidate
            && let Some(s) = attributions[c].source.as_mut()
        {
            s.kind = SourceKind::Outlet;
        }
    }
    // ("The Telegraph reported …, as relayed by Censor.NET. … told the British newspaper": the
    // carrier named by "as relayed by" is no referent while the report's own source is named.)
    let carrier = |a: &Attribution| {
        let cue = fold(&a.cue_text);
        cue == "as relayed by" || cue == "relayed by"
    };
    let any_main = attributions.iter().any(|a| !carrier(a) && a.source.as_ref().is_some_and(|s| s.kind.is_media() && !s.back_reference));
    let named: Vec<(usize, String)> = attributions
        .iter()
        .enumerate()
        .filter(|(_, a)| !(any_main && carrier(a)))
        .filter_map(|(i, a)| {
            a.source
                .as_ref()
                .filter(|s| s.kind.is_media() && !s.back_reference)
                .map(|s| (i, s.name.clone()))
        })
        .collect();
    // ("Ukraine's military intelligence agency (HUR) said …; … the agency said": a back-reference
    // whose noun closes an earlier body's phrase is that body, not a medium.)
    let bodies: Vec<(usize, String, Source)> = attributions
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let s = a.source.as_ref().filter(|s| !s.back_reference && matches!(s.kind, SourceKind::Organization | SourceKind::Person | SourceKind::Unknown))?;
            // (A phrase of two words or more that opens with a capital: "Ukraine's … agency".)
            let ws: Vec<&str> = words(&s.text).collect();
            (ws.len() >= 2 && ws[0].starts_with(char::is_uppercase)).then(|| (i, fold(ws[ws.len() - 1]), s.clone()))
        })
        .collect();
    for (i, a) in attributions.iter_mut().enumerate() {
        for src in [a.source.as_mut(), a.recipient.as_mut()].into_iter().flatten() {
            if !src.back_reference {
                continue;
            }
            let noun = words(&src.text).last().map(fold);
            if let Some((_, _, body)) = bodies.iter().rev().find(|(j, last, _)| *j < i && noun.as_deref() == Some(last.as_str())) {
                src.name = body.name.clone();
                src.kind = SourceKind::Organization;
                src.back_reference = false;
                continue;
            }
            let before = named
                .iter()
                .rev()
                .find(|(j, _)| *j < i)
                .map(|(_, n)| n.clone());
            let after = named.iter().find(|(j, _)| *j > i).map(|(_, n)| n.clone());
            if let Some(name) = before.or(after) {
                src.name = name;
            } else {
                // Nothing to point at: keep it as an unresolved reference, not an outlet named "the article".
                src.kind = SourceKind::Unknown;
            }
        }
    }
}

/// A name of two or more capitalised words, no title, whose last word is nowhere a source on
/// its own (people are named again by surname: "Hrytsai said").
fn unknown_name(s: &Source, all: &[Attribution]) -> bool {
    let ws: Vec<&str> = words(&s.text).collect();
    if ws.len() < 2
        || ws.len() > 4
        || !ws.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || ws.iter().any(|w| extract::is_person_title(&fold(w)))
    {
        return false;
    }
    let last = fold(ws[ws.len() - 1]);
    !all.iter().any(|a| {
        a.source.as_ref().is_some_and(|o| {
            o.text != s.text && words(&o.text).any(|w| fold(w) == last)
        })
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_title_crediting_two_media_credits_each_and_the_carrier_is_no_referent() {
        let mut a = stemmata_model::Article {
            id: "a".into(),
            source: "a.txt".into(),
            url: None,
            outlet: None,
            title: "Переговори зайшли в глухий кут – FT і Politico".into(),
            byline: None,
            published: None,
            language: Some("en".into()),
            text: "Talks stalled, The Telegraph reported, as relayed by Censor.NET. \"Nobody wants it,\" one source told the British newspaper.".into(),
            sentences: Vec::new(),
            extra: Default::default(),
        };
        a.sentences = stemmata_text::sentences(&a.text, Some("en"));
        let attrs = article_attributions(&a, &[]);
        let credits: Vec<&str> = attrs.iter().filter(|x| x.in_title).filter_map(|x| x.source.as_ref().map(|s| s.name.as_str())).collect();
        assert!(credits.contains(&"FT") && credits.contains(&"Politico"), "{credits:?}");
        assert!(attrs.iter().any(|x| x.recipient.as_ref().is_some_and(|r| r.back_reference && r.name == "The Telegraph")), "{attrs:?}");
    }

    use super::*;

    #[test]
    fn outlet_names_normalize() {
        assert_eq!(outlet_key("The Telegraph"), "telegraph");
        assert_eq!(outlet_key("telegraph.co.uk"), "telegraph");
        assert_eq!(outlet_key("https://www.telegraph.co.uk/news/"), "telegraph");
        assert_eq!(outlet_key("Censor.NET"), "censor");
        assert_eq!(outlet_key("censor.net"), "censor");
        assert_eq!(outlet_key("global.espreso.tv"), "espreso");
        assert_eq!(outlet_key("die Nachrichtenagentur Nordic Wire"), outlet_key("Nordic Wire"));
        assert_eq!(outlet_key("агентство Nordic Wire"), outlet_key("Nordic Wire"));
        assert_eq!(outlet_key("dem Nordic Wire"), outlet_key("Nordic Wire"));
        // A fleeting vowel: "листок" / "листку", "Кременець" / "Кременця".
        assert_eq!(outlet_case_key("Степовий листок"), outlet_case_key("Степовому листку"));
        assert_eq!(outlet_case_key("Вестник Кременца"), outlet_case_key("Вестник Кременец"));
        assert_ne!(outlet_case_key("Степовий листок"), outlet_case_key("Степовий лист"));
        assert_eq!(outlet_key("Obrii-Info"), "obriiinfo");
        assert_eq!(outlet_key("Agence Lumière-Presse"), outlet_key("Lumière-Presse"));
        // An English name in Cyrillic keeps its consonants; German writes w and s for в and з.
        assert!(outlet_keys_match(&outlet_key("The Marrowick Times"), &outlet_key("Марровік Таймс")));
        assert!(outlet_keys_match(&outlet_key("Holos Werbolosiw"), &outlet_key("Голос Верболозів")));
        assert!(!outlet_keys_match(&outlet_key("The Marrowick Times"), &outlet_key("The Marrowick Post")));
        assert!(short_form_of("the Chronicle", "The Morrowby Chronicle"));
        assert!(short_form_of("L'Éveil", "L'Éveil de Montcharrier"));
        assert!(short_form_of("La Voz", "La Voz de Galicia"));
        // A German compound with a paper's head word gives two initials.
        assert!(short_form_of("MOZ", "Märkische Oderzeitung") && !short_form_of("MZ", "Märkische Oderzeitung"));
        assert!(!short_form_of("La Voz", "El Voz de Galicia"));
        assert!(!short_form_of("The", "The Morrowby Chronicle"));
        assert!(!short_form_of("Morrowby Chronicle", "The Morrowby Chronicle"));
        // Ukrainian and Russian names in another case.
        assert!(short_form_of("Северному обзору", "Северный обзор-Инфо"));
        assert!(!short_form_of("Северному вестнику", "Северный обзор-Инфо"));
        assert!(!short_form_of("Вести", "Вестник Заречья"));
        assert!(outlet_keys_match(&outlet_key("Morrowby Chronicle"), &outlet_key("Морроуби Кроникл")));
        assert!(outlet_keys_match(&outlet_key("Pjataja Werst"), &outlet_key("П'ята верста")));
        assert!(outlet_keys_match(&outlet_key("Obrij"), &outlet_key("Обрій")));
        assert!(outlet_keys_match(&outlet_key("Obrii"), &outlet_key("Obrij")));
        assert!(!outlet_keys_match(&outlet_key("Obrij"), &outlet_key("Obrat")));
        assert!(outlet_keys_match(&outlet_key("Saltmarsh Wire Service"), &outlet_key("Солтмарш Уайр Сервис")));
        assert!(outlet_keys_match(&outlet_key("Le Matin de Quierzac"), &outlet_key("Ле Матен де Кьерзак")));
        assert_eq!(latin_case_key("Zoriani Visti"), Some(outlet_case_key("Зоряним вістям")));
        assert_eq!(latin_case_key("Novyi Kurier"), Some(outlet_case_key("Нового кур'єра")));
        assert_eq!(latin_case_key("Новий кур'єр"), None);
        assert!(outlet_keys_match(&outlet_key("Le Réveil de Saulmont"), &outlet_key("Ле Ревей де Сольмон")));
        assert!(outlet_keys_match(&outlet_key("Veja-Press"), &outlet_key("Вежа-Прес")));
        assert!(outlet_keys_match(&outlet_key("Velm Courier"), &outlet_key("Велм Курьер")));
        assert!(!outlet_keys_match(&outlet_key("Le Réveil de Saulmont"), &outlet_key("Le Courrier de Saulmont")));
        assert_eq!(outlet_key("brindlewood-news.example"), outlet_key("Brindlewood News"));
        assert_eq!(outlet_case_key("Тернославських відомостей"), outlet_case_key("Тернославські відомості"));
        assert!(!outlet_keys_match(&outlet_key("Morrowby Chronicle"), &outlet_key("Morrowby Courier")));
        assert!(same_outlet("Espreso", "global.espreso.tv"));
        assert!(!same_outlet("The Times", "The Telegraph"));
    }

    #[test]
    fn names_that_sound_alike_word_by_word() {
        assert!(names_sound_alike("Мерроу Ньюз", "Merrow News Agency"));
        assert!(names_sound_alike("Ешгров Леджер", "The Ashgrove Ledger"));
        assert!(!names_sound_alike("Мерроу Ньюз", "Merrow Post"));
        // French transliterations.
        assert!(names_sound_alike("Olha Tkatchouk", "Olha Tkachuk"));
        assert!(names_sound_alike("Olena Tarassiouk", "Olena Tarasiuk"));
        // A kind of medium and a name in either order.
        assert!(names_sound_alike("Радіо Гребля", "Hreblia Radio"));
        assert!(short_form_of("Чайка", "Radio Chaika"));
        assert!(outlet_keys_match(&outlet_key("Эвей де Сен-Брак"), &outlet_key("L'Éveil de Saint-Brac")));
        assert!(!short_form_of("Чайка", "Radio Volna"));
        assert!(!names_sound_alike("Гребля Пост", "Post Hreblia"));
        // Well-known media under their other names.
        assert_eq!(outlet_key("www.theguardian.com"), outlet_key("«Ґардіан»"));
        assert_eq!(outlet_key("the FT"), outlet_key("Financial Times"));
        assert_ne!(outlet_key("The Sunday Times"), outlet_key("The Times"));
        assert!(!names_sound_alike("Ешгров Леджер", "The Ashgrove Courier"));
        // One word is too little to go by, and so are three consonants.
        assert!(!names_sound_alike("Мерроу", "Merrow"));
        assert!(!names_sound_alike("Ме Ньюз", "Me News"));
        // An English `w` before a vowel is `в` or `у`; French names read the French way.
        assert!(names_sound_alike("Толленд Прес Вайр", "Tolland Press Wire"));
        assert!(names_sound_alike("Толлэнд Пресс Уайр", "Tolland Press Wire"));
        assert!(names_sound_alike("Ехо Стромниці", "Echo Stromnicy"));
        assert!(outlet_keys_match(&outlet_key("Le Nouveau Regard"), &outlet_key("Ле Нуво Регар")));
    }

    #[test]
    fn a_broadcaster_by_its_call_sign() {
        assert_eq!(outlet_key("WKDR-TV"), outlet_key("WKDR Channel 4"));
        assert_eq!(outlet_key("WKDR"), outlet_key("WKDR Channel 4"));
        assert_ne!(outlet_key("WKDR-TV"), outlet_key("WKBR-TV"));
        // Not every word in capitals is a call sign.
        assert_ne!(outlet_key("WELT"), "welt".to_string() + "x");
        assert_eq!(call_sign("Kyiv Post"), None);
        assert_eq!(call_sign("KYIV Post"), Some("kyiv".into()));
    }

    #[test]
    fn translated_and_described_names_share_a_key() {
        // Russian and Ukrainian names of one outlet translate their common words.
        assert_eq!(outlet_case_key("Южный причал"), outlet_case_key("Південний причал"));
        assert_eq!(outlet_case_key("«Сульской зари»"), outlet_case_key("Сульська зоря"));
        assert_ne!(outlet_case_key("Южный причал"), outlet_case_key("Північний причал"));
        assert_eq!(outlet_case_key("Экономического пульса"), outlet_case_key("Економічний пульс"));
        assert_eq!(outlet_case_key("Деньги и рынок"), outlet_case_key("Гроші й ринок"));
        // A German compound naming the kind of medium describes the name.
        assert_eq!(outlet_key("Wirtschaftsmagazin Norland Business Review"), outlet_key("Norland Business Review"));
        assert_eq!(outlet_key("Lokalzeitung"), "lokalzeitung");
    }

    #[test]
    fn transliterations_match() {
        let k = |s: &str| outlet_key(s);
        assert!(outlet_keys_match(&k("Nevsky Vestnik"), &k("Невский вестник")));
        assert!(outlet_keys_match(&k("Hromadskyi Kurier"), &k("Громадський кур'єр")));
        assert!(outlet_keys_match(&k("Novaya Gazeta"), &k("Новая газета")));
        // Too many differences for the edit distance alone.
        assert!(outlet_keys_match(&k("Vecherny Yug"), &k("Вечерний Юг")));
        assert!(!outlet_keys_match(&k("Novaya Gazeta"), &k("Новые известия")));
    }

    fn article(text: &str) -> Article {
        Article {
            id: "a".into(),
            source: "a.txt".into(),
            url: None,
            outlet: None,
            title: String::new(),
            byline: None,
            published: None,
            language: Some("en".into()),
            text: text.into(),
            sentences: stemmata_text::sentences(text, Some("en")),
            extra: Default::default(),
        }
    }

    #[test]
    fn a_wire_s_byline_opening_the_body_credits_the_wire() {
        let a = article("By PA Reporter\n\nA 40-metre stretch of the pier has collapsed into the sea.");
        let attrs = article_attributions(&a, &[]);
        assert!(attrs.iter().any(|x| x.source.as_ref().is_some_and(|s| s.name == "PA Media")), "{attrs:?}");
        let a = article("By Anna Weller\n\nA 40-metre stretch of the pier has collapsed into the sea.");
        assert!(article_attributions(&a, &[]).iter().all(|x| x.source.is_none()));
    }

    #[test]
    fn a_back_reference_to_a_body_named_before_is_that_body() {
        let text = "A train derailed, Ukraine's military intelligence agency (HUR) said on April 8. The line will be closed for two days, the agency said.";
        let sentences = stemmata_text::sentences(text, Some("en"));
        let mut attrs = crate::extract_sentences(text, &sentences, Some("en"), &[]);
        super::resolve_back_references(&mut attrs);
        let last = attrs.iter().rev().find_map(|a| a.source.clone()).expect("a source");
        assert_eq!((last.name.as_str(), last.kind), ("Ukraine's military intelligence agency", crate::SourceKind::Organization), "{attrs:?}");
    }

    #[test]
    fn a_back_reference_adopts_a_name_taken_for_a_person() {
        let a = article(
            "The plant will close in May, according to Silver Compass. The magazine says 200 jobs go.",
        );
        let attrs = article_attributions(&a, &[]);
        assert!(
            attrs.iter().any(|x| x.source.as_ref().is_some_and(|s| s.back_reference && s.name == "Silver Compass")),
            "{attrs:?}"
        );
        // A surname speaking on its own is a person's: the reference stays unresolved.
        let a = article(
            "The plant will close in May, according to Olena Marchuk. Marchuk said 200 jobs go. The magazine says so.",
        );
        let attrs = article_attributions(&a, &[]);
        assert!(
            attrs.iter().all(|x| x.source.as_ref().is_none_or(|s| s.name != "Olena Marchuk" || s.kind == SourceKind::Person)),
            "{attrs:?}"
        );
    }

    #[test]
    fn case_keys_meet_across_ukrainian_and_russian_cases() {
        let k = outlet_case_key("Поліська зоря");
        assert!(k.starts_with('~'));
        assert_eq!(outlet_case_key("Поліській зорі"), k);
        assert_eq!(outlet_case_key("Поліської зорі"), k);
        assert_eq!(outlet_case_key("Северному вестнику"), outlet_case_key("Северный вестник"));
        assert_eq!(outlet_case_key("Северного вестника"), outlet_case_key("Северный вестник"));
        assert_ne!(outlet_case_key("Северный вестник"), outlet_case_key("Южный вестник"));
        // Names in Latin letters keep their key.
        assert_eq!(outlet_case_key("The Lindental Post"), outlet_key("Lindental Post"));
    }

}
