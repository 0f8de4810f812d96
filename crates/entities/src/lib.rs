//! Entities of a story: people, places, organisations and named events (storms, floods), with
//! their aliases merged and their roles, across articles and scripts.
//!
//! A documented rule system, because no offline NER model small enough for this build exists as
//! a crate (the candidates download weights at run time):
//! 1. Names are runs of capitalised words ("Steve Witkoff", "National Security and Defence
//!    Council", "Зеленський"), possessives cut ("Ukraine's" → "Ukraine").
//! 2. A capitalised title inside a run splits it into role and name ("White House Press
//!    Secretary | Karoline Leavitt"); a lowercase role noun before a name ("peace envoy Steve
//!    Witkoff") or an apposition after it ("Andriy Yermak, the Ukrainian president's chief of
//!    staff") gives a role. A role makes the name a person.
//! 3. Places and organisations come from the word lists in [`gazetteer`] and from head words
//!    ("... Council", "... region").
//! 4. Aliases: a surname alone joins the full name ("Trump" → "Donald Trump"); spellings in
//!    Cyrillic and Latin meet through a transliteration key that ignores case endings and the
//!    i/y variation (Зеленський, Зеленского, Zelenskyy, Zelensky); fixed alias groups cover what
//!    rules cannot derive (US / U.S. / United States).

pub mod gazetteer;

use gazetteer::*;
use std::collections::{BTreeMap, BTreeSet};
use stemmata_model::Article;
use stemmata_model::report::EntityReport;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Organisation,
    Place,
    /// A named event: a storm, a flood ("Storm Ilka", "Sturm Ilka", "Hochwasser der Auer").
    Event,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
            Kind::Event => "event",
        }
    }
}

/// One name found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub name: String,
    pub kind: Option<Kind>,
    pub role: Option<String>,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    /// Only whitespace (no punctuation) between this token and the previous one.
    joined: bool,
    sentence_start: bool,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut joined = false;
    let mut sentence_start = true;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_alphanumeric() {
            let start = b;
            let mut j = i + 1;
            while j < chars.len() {
                let ch = chars[j].1;
                let next_alnum = chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric());
                if ch == '.' && next_alnum && !dot_joins(&chars[j + 1..]) {
                    // "information.The": a sentence glued to the next, not "Censor.NET".
                    break;
                }
                if ch.is_alphanumeric() || (matches!(ch, '-' | '\'' | '’' | '.') && next_alnum) {
                    j += 1;
                } else if ch == '.'
                    && j + 1 < chars.len()
                    && is_initialism(&text[start..chars[j].0])
                {
                    // "U.S." keeps its final dot.
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map(|(b, _)| *b).unwrap_or(text.len());
            out.push(Token {
                text: &text[start..end],
                start,
                joined,
                sentence_start,
            });
            joined = true;
            sentence_start = false;
            i = j;
            continue;
        }
        if !c.is_whitespace() {
            joined = false;
            if matches!(c, '.' | '!' | '?' | '"' | '“' | '”' | ':' | '—' | '–') || c == '-'
            {
                sentence_start = matches!(c, '.' | '!' | '?' | '"' | '“' | ':' | '—' | '–' | '-')
                    || sentence_start;
            }
        } else if c == '\n' {
            sentence_start = true;
            joined = false;
        }
        i += 1;
    }
    out
}

/// Whether the word after a dot continues the token: all capitals or all lowercase ("NET",
/// "tv") or one letter ("U.S"), not a capitalised word starting a glued sentence ("The").
fn dot_joins(rest: &[(usize, char)]) -> bool {
    let seg: Vec<char> = rest
        .iter()
        .map(|(_, c)| *c)
        .take_while(|c| c.is_alphanumeric())
        .collect();
    seg.len() == 1 || seg.iter().all(|c| !c.is_lowercase()) || seg.iter().all(|c| !c.is_uppercase())
}

fn is_initialism(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_uppercase()))
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn strip_possessive(s: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = s.strip_suffix(suffix) {
            return (stem, true);
        }
    }
    (s, false)
}

const CONNECTORS: &[&str] = &[
    "of", "and", "de", "von", "van", "der", "al", "bin", "la", "du", "for",
];

/// Finds name mentions in a text.
pub fn mentions(text: &str) -> Vec<Mention> {
    let toks = tokens(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(toks[i].text) {
            i += 1;
            continue;
        }
        // Grow a run of capitalised words joined by spaces (connectors allowed inside).
        let mut j = i;
        let mut words: Vec<&str> = Vec::new();
        let mut ended_by_possessive = false;
        loop {
            let (w, poss) = strip_possessive(toks[j].text);
            words.push(w);
            if poss {
                ended_by_possessive = true;
                break;
            }
            let next = j + 1;
            if next >= toks.len() || !toks[next].joined {
                break;
            }
            if capitalised(toks[next].text) {
                j = next;
                continue;
            }
            if CONNECTORS.contains(&toks[next].text)
                && next + 1 < toks.len()
                && toks[next + 1].joined
                && capitalised(toks[next + 1].text)
            {
                words.push(toks[next].text);
                j = next + 1;
                continue;
            }
            break;
        }
        let _ = ended_by_possessive;
        // Token positions of the run's words (connectors included), to cut it at "and".
        let run_tokens: Vec<usize> = (i..=j).collect();
        let and_at = words.iter().position(|w| *w == "and");
        let keep_whole = and_at.is_some_and(|k| {
            words[k + 1..]
                .iter()
                .any(|w| ORGANISATION_HEADS.contains(&lower(w).as_str()) || is_title(w))
        });
        let parts: Vec<(usize, usize)> = match and_at {
            Some(k) if !keep_whole => vec![(0, k), (k + 1, words.len())],
            _ => vec![(0, words.len())],
        };
        for (a, b) in parts {
            if a >= b {
                continue;
            }
            let first_tok = &toks[run_tokens[a]];
            let last_tok = &toks[run_tokens[b - 1]];
            let run_end = last_tok.start + words[b - 1].len();
            analyse_run(
                text,
                &words[a..b],
                first_tok.start,
                run_end,
                first_tok.sentence_start,
                &mut out,
            );
        }
        i = j + 1;
    }
    out
}

fn lower(s: &str) -> String {
    s.to_lowercase()
}

fn analyse_run(
    text: &str,
    words: &[&str],
    start: usize,
    end: usize,
    sentence_start: bool,
    out: &mut Vec<Mention>,
) {
    let full = words.join(" ");
    // Whole run known as an organisation or place ("The Telegraph", "White House"); a leading
    // "The" stays only where it is part of the name.
    let listed =
        |n: &str| is_place(&lower(n)) || is_organisation(&lower(n)) || canonical_alias(n).is_some();
    if words.len() >= 2 && words[0].eq_ignore_ascii_case("the") && !listed(&full) {
        let rest = words[1..].join(" ");
        if let Some(kind) = known_kind(&rest) {
            let rest_start = start + text[start..end].find(words[1]).unwrap_or(0);
            out.push(Mention {
                name: rest,
                kind: Some(kind),
                role: None,
                start: rest_start,
                end,
            });
            return;
        }
    }
    if let Some(kind) = known_kind(&full) {
        out.push(Mention {
            name: full,
            kind: Some(kind),
            role: None,
            start,
            end,
        });
        return;
    }
    // Leading words that are not names ("The", "After", "Russian").
    let mut first = 0;
    while first < words.len() && NOT_NAMES.contains(&lower(words[first]).as_str()) {
        first += 1;
    }
    if first >= words.len() {
        return;
    }
    // An acronym before a name belongs to the role before it ("речник управління ДСНС Тарас
    // Гриценко", "the EU's ... OSCE Ivan Petrov"), not to the name.
    let acronym = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() && c.is_alphabetic());
    let title_case = |w: &str| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
    };
    // Only when what follows reads as a person's name: two or three words, no organisation or
    // place head ("US Marine Corps", "BBC World Service" keep their acronym).
    let rest = &words[(first + 1).min(words.len())..];
    if words.len() - first >= 3
        && words.len() - first <= 4
        && acronym(words[first])
        && !is_title(words[first + 1])
        && rest.iter().all(|w| title_case(w))
        && known_kind(&rest.join(" ")).is_none()
        && rest.last().is_some_and(|l| {
            let l = lower(l);
            !ORGANISATION_HEADS.contains(&l.as_str())
                && !PLACE_HEADS.contains(&l.as_str())
                && !matches!(l.as_str(), "corps" | "service" | "centre" | "center" | "fleet")
        })
    {
        first += 1;
    }
    let words = &words[first..];
    // "Storm Ilka", "Hurricane Maria", "Sturm Ilka": a named event, not a person called Ilka.
    if words.len() >= 2 && EVENT_HEADS.contains(&lower(words[0]).as_str()) {
        out.push(Mention { name: words.join(" "), kind: Some(Kind::Event), role: None, start, end });
        return;
    }
    let leading = &text[..start];
    // A capitalised title splits role and name.
    let mut title_end: Option<usize> = None;
    for (k, w) in words.iter().enumerate() {
        if is_title(w) && k + 1 < words.len() {
            let mut e = k;
            // "Secretary of State": the role runs through "of X".
            if words.get(k + 1) == Some(&"of") && k + 2 < words.len() - 1 {
                e = k + 2;
            }
            title_end = Some(e);
        }
    }
    if let Some(mut e) = title_end {
        // "Речник Кремля Дмитро Пєсков": an institution right after the title belongs to the role.
        while words.len() - (e + 1) > 2 && known_kind(words[e + 1]).is_some() {
            e += 1;
        }
        let name_words = &words[e + 1..];
        if !name_words.is_empty()
            && name_words.iter().all(|w| !CONNECTORS.contains(w))
            && known_kind(&name_words.join(" ")).is_none()
        {
            // The role starts after a connector before the first title: "Schreiben von
            // Konzernchefin Maren Østby" (German capitalises every noun) is the chief's letter.
            let first_title = words.iter().position(|w| is_title(w)).unwrap_or(0).min(e);
            let role_start = words[..first_title]
                .iter()
                .rposition(|w| CONNECTORS.contains(w))
                .map_or(0, |c| c + 1);
            let role = words[role_start..=e].join(" ");
            let role = role.strip_prefix("The ").unwrap_or(&role).to_string();
            let name = name_words.join(" ");
            let name_start = start + text[start..end].find(name_words[0]).unwrap_or(0);
            out.push(Mention {
                name,
                kind: Some(Kind::Person),
                role: Some(role),
                start: name_start,
                end,
            });
            return;
        }
    }
    let name = words.join(" ");
    let last = lower(words[words.len() - 1]);
    let mut kind = known_kind(&name);
    if kind.is_none() && words.len() >= 2 {
        // German puts the common noun first and compounds it: "Kleinstadt Zoriane",
        // "Unterstadt von Erlenau", "Düngemittelwerks Azotex".
        // English names end in their head ("Düsseldorf Airport", "Darmstadt University of
        // Technology", "World Bank Group"): the German order does not apply to them.
        let english_order = words.iter().any(|w| matches!(*w, "of" | "and"))
            || ORGANISATION_HEADS.contains(&last.as_str())
            || PLACE_HEADS.contains(&last.as_str())
            || matches!(last.as_str(), "airport" | "university" | "station" | "stadium" | "hospital" | "corps");
        let german_head = |heads: &[&str]| {
            if english_order {
                return None;
            }
            words[..words.len() - 1].iter().rposition(|w| {
                let w = lower(w);
                heads.iter().any(|h| w == *h || w.chars().count() > h.chars().count() + 2 && w.ends_with(h))
            })
        };
        let (org_head, place_head) = (german_head(GERMAN_ORGANISATION_HEADS), german_head(GERMAN_PLACE_HEADS));
        if ORGANISATION_HEADS.contains(&last.as_str()) || org_head.is_some() {
            kind = Some(Kind::Organisation);
        } else if PLACE_HEADS.contains(&last.as_str())
            || (words.len() == 2 && PLACE_HEADS.contains(&lower(words[0]).as_str()))
            || place_head.is_some()
        {
            // "Donetsk region", and the German "Region Charkiw".
            kind = Some(Kind::Place);
        }
        // The name is what follows the common noun ("Bahnunternehmen Kestrel Rail" is Kestrel
        // Rail), unless a connector ties them ("Wasserwerk der Stadt", "Unterstadt von Erlenau").
        if let Some(h) = org_head.or(place_head)
            && !CONNECTORS.contains(&words[h + 1])
        {
            let rest = &words[h + 1..];
            let rest_start = start + text[start..end].find(rest[0]).unwrap_or(0);
            out.push(Mention { name: rest.join(" "), kind, role: None, start: rest_start, end });
            return;
        }
    }
    let role = if kind.is_none() {
        role_before(leading).or_else(|| role_after(&text[end..]))
    } else {
        None
    };
    if role.is_some() {
        kind = Some(Kind::Person);
    }
    // A lone capitalised word opening a sentence is weak evidence; keep it only when known.
    if kind.is_none() && words.len() == 1 && sentence_start && first == 0 {
        let w = lower(words[0]);
        if w.chars().count() < 3 {
            return;
        }
    }
    if words.len() == 1 && words[0].chars().count() < 2 {
        return;
    }
    out.push(Mention {
        name,
        kind,
        role,
        start,
        end,
    });
}

/// A German noun with a genitive after it ("Turnhalle der Grundschule", "Hochwasser des Flusses"):
/// an article inside a name that no `von`/`van`/`zu` introduces, so not a person's name ("Ursula
/// von der Leyen" is one).
fn genitive_phrase(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.iter().enumerate().skip(1).any(|(i, w)| {
        matches!(*w, "der" | "des" | "die" | "das" | "dem" | "den")
            && !matches!(words[i - 1].to_lowercase().as_str(), "von" | "van" | "zu")
    })
}

/// A capitalised title, inflected or compounded ("Präsidenten", "US-Sondergesandte",
/// "Пресс-секретарь").
fn is_title(word: &str) -> bool {
    let w = lower(word);
    if TITLES.contains(&w.as_str()) {
        return true;
    }
    let last = w.rsplit('-').next().unwrap_or(&w);
    // German compounds end in their head: "Firmenchef", "Kestrel-Rail-Chef", "Regierungssprecher".
    const GERMAN_HEADS: &[&str] = &[
        "chef", "chefin", "sprecher", "sprecherin", "direktor", "direktorin", "präsident", "präsidentin",
        "minister", "ministerin", "vorsitzende", "vorsitzender", "leiter", "leiterin",
    ];
    TITLE_STEMS.iter().any(|s| w.starts_with(s) || last.starts_with(s))
        || GERMAN_HEADS.iter().any(|h| last == *h || w.len() >= h.len() + 3 && w.ends_with(h))
}

/// A lowercase role noun, or an inflected Cyrillic one ("посланцем", "речника").
fn is_role_noun(phrase: &str) -> bool {
    let p = lower(phrase);
    if ROLE_NOUNS.contains(&p.as_str()) {
        return true;
    }
    !p.contains(' ')
        && p.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
        && TITLE_STEMS.iter().any(|s| p.starts_with(s))
}

fn known_kind(name: &str) -> Option<Kind> {
    let canon = canonical_alias(name).unwrap_or(name);
    let k = lower(canon);
    let k = k.trim_start_matches("the ").to_string();
    if is_organisation(&k) || is_organisation(&lower(name)) {
        Some(Kind::Organisation)
    } else if is_place(&k) || is_place(&lower(name)) {
        Some(Kind::Place)
    } else {
        // Other spellings of a listed place ("Charkiw", "Харкова" for Kharkiv).
        let key = raw_phrase_key(name);
        if key.chars().count() >= 5 && PLACE_KEYS.contains(&key) {
            Some(Kind::Place)
        } else {
            None
        }
    }
}

static PLACE_KEYS: std::sync::LazyLock<BTreeSet<String>> =
    std::sync::LazyLock::new(|| PLACES.iter().map(|p| raw_phrase_key(p)).collect());

/// The canonical form of a fixed alias group the name belongs to, by exact form or by key
/// (so inflected "Києва" finds "Kyiv" through "Kiev").
fn canonical_alias(name: &str) -> Option<&'static str> {
    let n = lower(name);
    if let Some(g) = ALIASES.iter().find(|g| g.iter().any(|a| lower(a) == n)) {
        return Some(g[0]);
    }
    let key = raw_phrase_key(name);
    // Keys of very short forms ("US", "UN") collide too easily; those match exactly only.
    if key.chars().count() < 4 {
        return None;
    }
    ALIASES
        .iter()
        .find(|g| g.iter().any(|a| raw_phrase_key(a) == key))
        .map(|g| g[0])
}

fn raw_phrase_key(name: &str) -> String {
    name.split_whitespace()
        .map(name_key)
        .collect::<Vec<_>>()
        .join(" ")
}

const DETERMINERS: &[&str] = &[
    "his", "her", "the", "a", "an", "its", "their", "another", "our", "your", "my", "and", "as",
    "of", "by", "with", "to", "for",
];

/// "peace envoy", "son-in-law", "Russian leader" right before a name.
fn role_before(leading: &str) -> Option<String> {
    let tail = leading.trim_end().trim_end_matches(',').trim_end();
    let words: Vec<&str> = tail.rsplit(|c: char| c.is_whitespace()).take(5).collect();
    if words.is_empty() {
        return None;
    }
    // words are reversed: words[0] is nearest the name.
    for n in (1..=3).rev() {
        if words.len() < n {
            continue;
        }
        let noun: Vec<&str> = words[..n].iter().rev().copied().collect();
        let noun = noun.join(" ");
        if !is_role_noun(&noun)
            || noun.chars().next().is_some_and(|c| c.is_uppercase()) && n == 1 && !is_title(&noun)
        {
            continue;
        }
        let mut phrase = vec![noun];
        // Up to two modifiers: a known role modifier ("peace", "special") or a capitalised word
        // ("Russian", "White House").
        for w in words.iter().skip(n).take(2) {
            let lw = lower(w);
            if DETERMINERS.contains(&lw.as_str()) || w.ends_with([',', '.', ';', ':', '"', ')']) {
                break;
            }
            if !w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.') {
                break;
            }
            if !(capitalised(w) || ROLE_MODIFIERS.contains(&lw.as_str())) {
                break;
            }
            phrase.insert(0, w.to_string());
        }
        return Some(phrase.join(" "));
    }
    None
}

/// ", the Ukrainian president's chief of staff, ..." right after a name.
fn role_after(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let end = rest
        .find([',', ';', '.', '(', '"', '\n'])
        .unwrap_or(rest.len());
    let mut phrase = &rest[..end];
    if let Some(i) = phrase.find(" who ") {
        phrase = &phrase[..i];
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return None;
    }
    let lw: Vec<String> = words
        .iter()
        .map(|w| lower(w.trim_end_matches("'s").trim_end_matches("’s")))
        .collect();
    if !matches!(
        lw[0].as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its"
    ) && !ROLE_NOUNS.contains(&lw[0].as_str())
    {
        return None;
    }
    let has_role = ROLE_NOUNS.iter().any(|r| {
        let rw: Vec<&str> = r.split(' ').collect();
        lw.windows(rw.len())
            .any(|w| w.iter().zip(&rw).all(|(a, b)| a == b))
    });
    if !has_role {
        return None;
    }
    let phrase = phrase.trim();
    Some(phrase.strip_prefix("the ").unwrap_or(phrase).to_string())
}

/// Matching key for names across scripts and spellings: transliterated, lowercased, Slavic case
/// endings and i/y variants folded ("Зеленського", "Zelenskyy" → "zelensk").
pub fn name_key(word: &str) -> String {
    let lw = lower(word).replace(['\'', '’', 'ʼ', '.'], "");
    let cyrillic = lw.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let mut base = lw.clone();
    if cyrillic {
        const ENDINGS: &[&str] = &[
            "ого", "ому", "ими", "ій", "ий", "ый", "ой", "ем", "ом", "ою", "ей", "ым", "им", "ої",
            "а", "у", "ю", "е", "і", "и", "я",
        ];
        for e in ENDINGS {
            if let Some(stem) = base.strip_suffix(e)
                && stem.chars().count() >= 4
            {
                base = stem.to_string();
                break;
            }
        }
    }
    let mut latin = String::new();
    for c in base.chars() {
        let t = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "h",
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'ё' => "e",
            'є' => "ye",
            'ж' => "zh",
            'з' => "z",
            'и' => "y",
            'і' => "i",
            'ї' => "yi",
            'й' => "y",
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
            'ь' | 'ъ' => "",
            'ы' => "y",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            'ä' => "a",
            'ö' => "o",
            'ü' => "u",
            'ß' => "ss",
            'é' | 'è' | 'ê' => "e",
            'á' | 'à' => "a",
            'ó' => "o",
            'í' => "i",
            'ú' => "u",
            'ñ' => "n",
            'ç' => "c",
            'ł' => "l",
            'ś' => "s",
            'ć' => "c",
            'ż' | 'ź' => "z",
            c => {
                latin.push(c);
                continue;
            }
        };
        latin.push_str(t);
    }
    // i/y/j are one letter here; "kh"/"h" and "g"/"h" (Ukrainian г) too; doubled letters fold.
    // German and English spellings of one Cyrillic name differ in w/v, s/z and ye/e
    // ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy"; "Пєсков", "Песков").
    // German writes Х as a leading "Ch" ("Charkiw"), Ш as "sch" ("Schmidt", "Шмідт") and hears
    // "ei" as Cyrillic writes "ай" ("Weiss", "Вайс"; "Schneider", "Шнайдер").
    let latin = match latin.strip_prefix("ch") {
        Some(rest) if !rest.starts_with(['a', 'e', 'i', 'o', 'u']) || rest.starts_with("ar") => {
            format!("h{rest}")
        }
        _ => latin,
    };
    let folded: String = latin
        .replace("kh", "h")
        .replace("ye", "e")
        .replace("sch", "sh")
        .chars()
        .map(|c| match c {
            'y' | 'j' => 'i',
            'g' => 'h',
            'w' => 'v',
            'z' => 's',
            c => c,
        })
        .collect::<String>()
        // After `y` became `i`, so Cyrillic `ей` (`ey`) and Latin `ei` both become `ai`.
        .replace("ei", "ai");
    let mut out = String::new();
    for c in folded.chars() {
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    if out.chars().count() >= 5 {
        while out.ends_with(['a', 'e', 'i', 'o', 'u']) && out.chars().count() > 4 {
            out.pop();
        }
    }
    out
}

fn phrase_key(name: &str) -> String {
    let canon = canonical_alias(name).unwrap_or(name);
    canon
        .trim_start_matches("the ")
        .trim_start_matches("The ")
        .split_whitespace()
        .map(name_key)
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Default)]
struct Builder {
    kind: Option<Kind>,
    forms: BTreeMap<String, usize>,
    roles: BTreeSet<String>,
    articles: BTreeSet<String>,
    mentions: usize,
}

/// The entities of a story's articles.
pub fn story_entities(articles: &[&Article]) -> Vec<EntityReport> {
    let mut all: Vec<(Mention, &str)> = Vec::new();
    for a in articles {
        for m in mentions(&a.title) {
            all.push((m, a.id.as_str()));
        }
        for m in mentions(&a.text) {
            all.push((m, a.id.as_str()));
        }
    }
    build(all)
}

fn build(all: Vec<(Mention, &str)>) -> Vec<EntityReport> {
    // People: keyed by surname; full names first so lone surnames can join them.
    let mut people: BTreeMap<String, Builder> = BTreeMap::new();
    let mut named: BTreeMap<String, Builder> = BTreeMap::new();
    let surname = |name: &str| {
        name.split_whitespace()
            .last()
            .map(name_key)
            .unwrap_or_default()
    };
    // Evidence that a multi-word name is a person: a role somewhere, or the surname used alone.
    let mut person_surnames: BTreeSet<String> = BTreeSet::new();
    let single_keys: BTreeSet<String> = all
        .iter()
        .filter(|(m, _)| !m.name.contains(' '))
        .map(|(m, _)| name_key(&m.name))
        .collect();
    for (m, _) in &all {
        let words = m.name.split_whitespace().count();
        if m.kind == Some(Kind::Person)
            || (m.kind.is_none()
                && (2..=3).contains(&words)
                && single_keys.contains(&surname(&m.name))
                // "Hafen Odessa" ends in a place, it is not a person.
                && m.name.split_whitespace().last().and_then(known_kind).is_none()
                && !genitive_phrase(&m.name))
        {
            person_surnames.insert(surname(&m.name));
        }
    }
    for (m, article) in &all {
        let words = m.name.split_whitespace().count();
        let key = surname(&m.name);
        let is_person = m.kind == Some(Kind::Person)
            || (m.kind.is_none()
                && person_surnames.contains(&key)
                && (words >= 2 || known_kind(&m.name).is_none()));
        let b = if is_person {
            people.entry(key).or_default()
        } else if let Some(kind) = m.kind {
            // An event is keyed by its name without the head, so "Storm Ilka" is "Sturm Ilka".
            let key = match (kind, m.name.split_once(' ')) {
                (Kind::Event, Some((_, rest))) => format!("event {}", phrase_key(rest)),
                _ => phrase_key(&m.name),
            };
            let e = named.entry(key).or_default();
            e.kind = Some(kind);
            e
        } else {
            continue;
        };
        if is_person {
            b.kind = Some(Kind::Person);
        }
        *b.forms.entry(m.name.clone()).or_default() += 1;
        if let Some(r) = &m.role {
            b.roles.insert(r.clone());
        }
        b.articles.insert(article.to_string());
        b.mentions += 1;
    }
    let mut out: Vec<(usize, EntityReport)> = Vec::new();
    for b in people.into_values().chain(named.into_values()) {
        let Some(kind) = b.kind else { continue };
        // A person needs a full name somewhere; a lone surname alone is not enough to list.
        if kind == Kind::Person && !b.forms.keys().any(|f| f.contains(' ')) && b.roles.is_empty() {
            continue;
        }
        let latin = |s: &str| s.chars().all(|c| !('\u{0400}'..='\u{04FF}').contains(&c));
        let canonical_of = |f: &str| {
            canonical_alias(f)
                .map(str::to_string)
                .unwrap_or_else(|| f.to_string())
        };
        let name = b
            .forms
            .iter()
            .map(|(f, n)| (canonical_of(f), *n))
            .max_by(|(fa, na), (fb, nb)| {
                (
                    latin(fa),
                    fa.split_whitespace().count().min(3),
                    na,
                    std::cmp::Reverse(fa.clone()),
                )
                    .cmp(&(
                        latin(fb),
                        fb.split_whitespace().count().min(3),
                        nb,
                        std::cmp::Reverse(fb.clone()),
                    ))
            })
            .map(|(f, _)| f)
            .unwrap_or_default();
        let mut aliases: BTreeSet<String> =
            b.forms.keys().filter(|f| **f != name).cloned().collect();
        // A person's surname is the form news uses on second reference ("Leavitt said"), so it
        // is an alias even in a story that happens to use only the full name.
        if kind == Kind::Person
            && let Some(surname) = name.split_whitespace().last()
            && surname != name
        {
            aliases.insert(surname.to_string());
        }
        if let Some(g) = ALIASES.iter().find(|g| g[0] == name) {
            aliases.extend(
                b.forms
                    .keys()
                    .filter(|f| g.contains(&f.as_str()) && **f != name)
                    .cloned(),
            );
        }
        let mut roles: Vec<String> = Vec::new();
        for r in &b.roles {
            if !roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                roles.push(r.clone());
            }
        }
        out.push((
            b.mentions,
            EntityReport {
                name,
                kind: kind.as_str().to_string(),
                aliases: aliases.into_iter().collect(),
                roles,
                article_ids: b.articles.into_iter().collect(),
            },
        ));
    }
    // Most mentioned first; ties by kind and name, so the order is stable.
    out.sort_by(|(na, a), (nb, b)| {
        nb.cmp(na)
            .then(a.kind.cmp(&b.kind))
            .then(a.name.cmp(&b.name))
    });
    // Two builders can end on the same display name (an alias group met from two keys).
    let mut merged: Vec<EntityReport> = Vec::new();
    for (_, e) in out {
        if let Some(prev) = merged
            .iter_mut()
            .find(|p| p.name == e.name && p.kind == e.kind)
        {
            for a in e.aliases {
                if !prev.aliases.contains(&a) {
                    prev.aliases.push(a);
                }
            }
            for r in e.roles {
                if !prev.roles.contains(&r) {
                    prev.roles.push(r);
                }
            }
            for id in e.article_ids {
                if !prev.article_ids.contains(&id) {
                    prev.article_ids.push(id);
                }
            }
            prev.aliases.sort();
            prev.article_ids.sort();
            continue;
        }
        merged.push(e);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, Option<Kind>, Option<String>)> {
        mentions(text)
            .into_iter()
            .map(|m| (m.name, m.kind, m.role))
            .collect()
    }

    #[test]
    fn titles_split_role_and_name() {
        let m = names("Harbour Authority Press Secretary Mara Ostrand declined to comment.");
        assert_eq!(
            m[0],
            (
                "Mara Ostrand".into(),
                Some(Kind::Person),
                Some("Harbour Authority Press Secretary".into())
            )
        );
        let m = names("Yesterday Secretary of State Ilja Brandt arrived.");
        assert!(
            m.contains(&(
                "Ilja Brandt".into(),
                Some(Kind::Person),
                Some("Secretary of State".into())
            )),
            "{m:?}"
        );
    }

    #[test]
    fn lowercase_roles_and_appositions() {
        let m = names(
            "The mayor sent trade envoy Pella Norquist and his son-in-law Tobin Vale to Geneva.",
        );
        assert!(
            m.contains(&(
                "Pella Norquist".into(),
                Some(Kind::Person),
                Some("trade envoy".into())
            )),
            "{m:?}"
        );
        assert!(
            m.contains(&(
                "Tobin Vale".into(),
                Some(Kind::Person),
                Some("son-in-law".into())
            )),
            "{m:?}"
        );
        let m = names(
            "Ansel Merrow, the island council's chief of staff who drafted the plan, resigned.",
        );
        assert_eq!(m[0].2.as_deref(), Some("island council's chief of staff"));
    }

    #[test]
    fn german_compound_titles_and_common_nouns_before_names() {
        let m = names("Das kündigte Firmenchef Anton Weiss am Mittwoch an.");
        assert!(m.contains(&("Anton Weiss".into(), Some(Kind::Person), Some("Firmenchef".into()))), "{m:?}");
        let m = names("Laut einem Schreiben von Konzernchefin Maren Østby schließt das Werk.");
        assert!(m.contains(&("Maren Østby".into(), Some(Kind::Person), Some("Konzernchefin".into()))), "{m:?}");
        let m = names("Im Düngemittelwerks Azotex trat Ammoniak aus. Die Kleinstadt Zoriane ist ohne Wasser.");
        assert!(m.contains(&("Azotex".into(), Some(Kind::Organisation), None)), "{m:?}");
        assert!(m.contains(&("Zoriane".into(), Some(Kind::Place), None)), "{m:?}");
        let m = names("Im Fluss Wilschanka starben Fische. The boats left Lake Geneva.");
        assert!(m.contains(&("Wilschanka".into(), Some(Kind::Place), None)), "{m:?}");
        assert!(m.iter().any(|x| x.0 == "Lake Geneva" && x.1 == Some(Kind::Place)), "{m:?}");
        // A connector keeps the phrase whole: this is the town's waterworks, not a place "Stadt".
        let m = names("Das Wasserwerk der Stadt ist geschlossen.");
        assert!(m.contains(&("Wasserwerk der Stadt".into(), Some(Kind::Organisation), None)), "{m:?}");
    }

    #[test]
    fn named_storms_are_events_in_any_language_and_countries_meet_their_exonyms() {
        let m = names("Storm Ilka flooded the town. Residents said Ilka came fast.");
        assert!(m.contains(&("Storm Ilka".into(), Some(Kind::Event), None)), "{m:?}");
        let en = article("a", "Storm Ilka flooded Erlenau on Saturday, and Ilka is moving on to Poland.");
        let de = article("b", "Sturm Ilka hat Erlenau überflutet. Der Sturm zieht nach Polen weiter.");
        let report = story_entities(&[&en, &de]);
        let ilka: Vec<_> = report.iter().filter(|e| e.name.contains("Ilka")).collect();
        assert_eq!(ilka.len(), 1, "{report:?}");
        assert_eq!(ilka[0].kind, "event");
        assert!(ilka[0].aliases.iter().any(|a| a == "Sturm Ilka") || ilka[0].name == "Sturm Ilka", "{ilka:?}");
        assert!(!report.iter().any(|e| e.kind == "person"), "{report:?}");
        let poland = report.iter().find(|e| e.name == "Poland").unwrap_or_else(|| panic!("{report:?}"));
        assert!(poland.aliases.iter().any(|a| a == "Polen"), "{poland:?}");
    }

    #[test]
    fn a_noun_with_a_genitive_is_not_a_person() {
        let a = article("a", "Die Evakuierten schliefen in der Turnhalle der Grundschule. Die Grundschule bleibt zu.");
        let report = story_entities(&[&a]);
        assert!(!report.iter().any(|e| e.kind == "person" && e.name.contains("Grundschule")), "{report:?}");
        assert!(genitive_phrase("Turnhalle der Grundschule"));
        assert!(!genitive_phrase("Ursula von der Leyen"));
        assert!(!genitive_phrase("Von der Leyen"));
    }

    #[test]
    fn an_acronym_before_a_name_is_not_part_of_it() {
        let m = names("Речник районного управління ДСНС Тарас Гриценко повідомив про це.");
        assert!(m.iter().any(|x| x.0 == "Тарас Гриценко"), "{m:?}");
        let m = names("NATO Secretary General Mark Rutte arrived.");
        assert!(m.iter().any(|x| x.0 == "Mark Rutte"), "{m:?}");
        let m = names("Yesterday the US Marine Corps said so.");
        assert!(m.iter().all(|x| x.0 != "Marine Corps"), "{m:?}");
    }

    #[test]
    fn english_names_keep_their_head_at_the_end() {
        for (text, name) in [
            ("Flights left Düsseldorf Airport late.", "Düsseldorf Airport"),
            ("A study by Darmstadt University of Technology was cited.", "Darmstadt University of Technology"),
            ("The loan from World Bank Group arrived.", "World Bank Group"),
        ] {
            let m = names(text);
            assert!(m.iter().any(|x| x.0 == name), "{text}: {m:?}");
        }
    }

    #[test]
    fn transliteration_key_meets_across_scripts() {
        assert_eq!(name_key("Зеленський"), name_key("Zelenskyy"));
        assert_eq!(name_key("Зеленского"), name_key("Zelensky"));
        assert_eq!(name_key("Путіна"), name_key("Putin"));
        assert_eq!(name_key("Київ"), name_key("Kyiv"));
        assert_eq!(name_key("Selenskyj"), name_key("Zelenskyy"));
        assert_eq!(name_key("Пєсков"), name_key("Песков"));
        assert_eq!(name_key("Charkiw"), name_key("Kharkiv"));
        assert_eq!(name_key("Weiss"), name_key("Вайс"));
        assert_eq!(name_key("Schneider"), name_key("Шнайдер"));
        assert_eq!(name_key("Schmidt"), name_key("Шмідт"));
        assert_ne!(name_key("Weiss"), name_key("Wess"));
        assert_eq!(name_key("Sheinbaum"), name_key("Шейнбаум"));
        assert_eq!(name_key("Leila"), name_key("Лейла"));
    }

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            source: id.into(),
            url: None,
            outlet: None,
            title: String::new(),
            byline: None,
            published: None,
            language: None,
            text: text.into(),
            sentences: Vec::new(),
            extra: Default::default(),
        }
    }

    #[test]
    fn surnames_and_scripts_merge_into_one_person() {
        let a = article(
            "a",
            "Governor Oleksa Marchuk visited Kyiv. Marchuk said the U.S. would help.",
        );
        let b = article(
            "b",
            "Губернатор Олекса Марчук прибув до Києва. Марчука зустріли в США.",
        );
        let e = story_entities(&[&a, &b]);
        let marchuk = e
            .iter()
            .find(|e| e.name == "Oleksa Marchuk")
            .expect("person");
        assert_eq!(marchuk.kind, "person");
        assert!(
            marchuk.aliases.contains(&"Marchuk".to_string()),
            "{marchuk:?}"
        );
        assert!(
            marchuk.aliases.iter().any(|a| a.starts_with("Марчук")),
            "{marchuk:?}"
        );
        assert_eq!(marchuk.article_ids, vec!["a".to_string(), "b".to_string()]);
        assert!(marchuk.roles.contains(&"Governor".to_string()));
        let us = e.iter().find(|e| e.name == "United States").expect("place");
        assert!(
            us.aliases.contains(&"U.S.".to_string()) && us.aliases.contains(&"США".to_string()),
            "{us:?}"
        );
        let kyiv = e.iter().find(|e| e.name == "Kyiv").expect("Kyiv");
        assert_eq!(kyiv.article_ids.len(), 2, "{kyiv:?}");
    }
}
