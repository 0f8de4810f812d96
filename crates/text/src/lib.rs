//! The normalization stage and the text utilities every later stage shares.
//!
//! `finish` turns a reader's [`RawArticle`] into an [`Article`]: NFC text with tidy whitespace,
//! a language, sentence spans, an outlet, and the content-hash id. Everything here is pure and
//! deterministic; nothing does IO.

pub mod media;
pub mod minhash;
pub mod outlet;
pub mod sentences;

use stemmata_model::{Article, RawArticle};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

pub use sentences::sentences;

/// NFC, unified line breaks, no control or zero-width characters, runs of blanks folded to one
/// space, lines trimmed, at most one empty line between paragraphs.
pub fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    let mut newlines = 0usize;
    for c in input.nfc() {
        match c {
            '\r' => {}
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
                pending_space = false;
                newlines += 1;
            }
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' => {}
            c if c.is_whitespace() => pending_space = true,
            c if c.is_control() => pending_space = true,
            c => {
                if !out.is_empty() {
                    if newlines > 0 {
                        out.push_str(if newlines > 1 { "\n\n" } else { "\n" });
                    } else if pending_space {
                        out.push(' ');
                    }
                }
                newlines = 0;
                pending_space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Normalize a single-line field (title, outlet, byline): like [`normalize`] with line breaks
/// folded into spaces.
pub fn normalize_line(input: &str) -> String {
    normalize(input).replace("\n\n", " ").replace('\n', " ")
}

/// Lowercase with diacritics removed: the form used to compare words across spellings
/// (`Zelenskyy`/`zelenskyy`, `ё`/`е`, `é`/`e`).
pub fn fold(word: &str) -> String {
    word.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect::<String>()
}

/// Whether a sentence is page furniture a scraped article carries around its text rather than
/// reporting: a photo credit, a link to another article, a call to subscribe or share, a byline,
/// a copyright line ("Фото: AFP", "Читайте також: …", "Subscribe to our Telegram channel", "©
/// Daily X 2027"). Two outlets' texts share such lines by habit, not by copying.
pub fn page_furniture(sentence: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "фото", "photo", "foto", "illustrative photo", "джерело фото", "источник фото", "crédit photo", "credit photo",
        "bild:", "читайте також", "читайте также", "дивіться також", "смотрите также", "read also", "also read",
        "read more", "related:", "lire aussi", "à lire aussi", "a lire aussi", "lesen sie auch", "mehr zum thema",
        "підписуйтесь", "подписывайтесь", "підписуйтеся", "subscribe to", "follow us", "share on", "поділитися",
        "поделиться", "teilen", "partager", "©", "(c) ", "автор:", "author:", "автор фото", "all rights reserved",
        "pic.twitter.com",
    ];
    let s = sentence.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-' | '•' | '*' | '(' | '['));
    let lower = s.to_lowercase();
    // (An opening word is whole: "Фото: AFP", not "Фотограф зняв"; a bare "Photo" is a label only
    // before a colon or a dash: not "Фото зруйнованої покрівлі опублікувала спільнота …".)
    OPENINGS.iter().any(|o| {
        lower.strip_prefix(o).is_some_and(|rest| {
            (!o.ends_with(char::is_alphabetic) || !rest.starts_with(char::is_alphabetic))
                && (!matches!(*o, "фото" | "photo" | "foto") || rest.trim_start().starts_with([':', '—', '–', '-', '/']) || rest.trim().is_empty())
        })
    })
        || lower.contains("all rights reserved")
        || lower.contains("все права защищены")
        || lower.contains("усі права захищені")
        || lower.contains("pic.twitter.com")
}

/// A lowercase Ukrainian or Russian word without its case ending, longest ending first, the stem
/// keeping three letters at least ("газети" → "газет", "правде" → "правд"). The caller decides
/// whether the word is Cyrillic.
pub fn strip_case_ending(word: &str) -> &str {
    const ENDINGS: &[&str] = &[
        "ому", "ему", "ого", "его", "ими", "ыми", "ами", "ями", "их", "ых", "ій", "ой", "ей", "ий", "ый", "ої", "ою",
        "ею", "ая", "яя", "ое", "ее", "ую", "юю", "ым", "им", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ів", "а", "я",
        "і", "и", "ы", "у", "ю", "е", "о", "ь", "ї", "є", "й",
    ];
    ENDINGS
        .iter()
        .find(|e| word.ends_with(*e) && word.chars().count() >= e.chars().count() + 3)
        .map_or(word, |e| &word[..word.len() - e.len()])
}

/// Whether any letter is Cyrillic (the basic block, U+0400–U+04FF): the script test the stages
/// share when a name's or a word's script decides how it is read.
pub fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

/// Word tokens: maximal runs of alphanumeric characters, keeping inner apostrophes and hyphens
/// (`don't`, `Jean-Claude`, `28-point`). Returns byte spans into `text`.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        // The next character is only read for a joiner inside a word (rare).
        let joins = matches!(c, '\'' | '’' | '-' | '‐')
            && start.is_some()
            && text[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
        if joins {
            continue;
        }
        if let Some(s) = start.take() {
            spans.push((s, i));
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// Word tokens as slices.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_spans(text).into_iter().map(move |(s, e)| &text[s..e])
}

/// Function words that, between them, tell the Latin-script news languages apart. A word may be
/// listed for several languages; a word listed for one language only is *distinctive*.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    ("en", &["the", "of", "and", "to", "in", "is", "for", "on", "with", "as", "by", "at", "from", "that", "was", "are", "has", "its", "after", "will", "be", "his", "her", "their", "this", "over", "new", "says", "said", "not", "but", "up", "out", "into", "about", "than", "more", "could", "would", "should", "can", "may", "it", "he", "she", "we", "they", "you", "how", "what", "why", "who", "amid", "against", "before", "off", "been", "were", "had", "have"]),
    ("de", &["in", "der", "die", "das", "und", "den", "dem", "des", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine", "einer", "im", "zu", "von", "wird", "auch", "nach", "bei", "aus", "wie", "über"]),
    ("fr", &["de", "en", "le", "la", "les", "des", "du", "un", "une", "et", "est", "pour", "dans", "sur", "au", "aux", "qui", "que", "pas", "par", "avec", "ce", "cette", "sont", "selon", "après"]),
    ("es", &["de", "en", "la", "el", "los", "las", "del", "y", "es", "por", "para", "con", "una", "que", "se", "al", "su", "como", "más", "tras", "según"]),
    ("it", &["in", "la", "il", "lo", "gli", "della", "delle", "degli", "di", "che", "per", "con", "una", "sono", "nel", "nella", "dopo", "anche", "più"]),
    ("pt", &["de", "a", "o", "os", "as", "do", "da", "dos", "das", "em", "que", "para", "com", "uma", "não", "ao", "pelo", "pela", "após"]),
    ("nl", &["in", "de", "het", "een", "van", "en", "is", "niet", "op", "met", "voor", "zijn", "aan", "bij", "ook", "naar", "wordt"]),
    ("pl", &["w", "i", "z", "na", "się", "że", "do", "nie", "jest", "od", "po", "przez", "dla", "oraz", "jak", "to", "ze", "za", "już", "który", "która", "które", "jego", "jej", "ich", "są", "także", "według", "został", "została", "będzie"]),
];

const LANGS: usize = FUNCTION_WORDS.len();

/// For each function word, the languages that list it (bit `i` for `FUNCTION_WORDS[i]`).
fn function_word_table() -> &'static std::collections::HashMap<&'static str, u8> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<&'static str, u8>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = std::collections::HashMap::new();
        for (i, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            for w in list.iter() {
                *table.entry(*w).or_insert(0u8) |= 1 << i;
            }
        }
        table
    })
}

/// Latin letters the fast path reads (ASCII and Latin-1/Extended-A).
fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c.is_ascii() || ('\u{C0}'..='\u{17F}').contains(&c))
}

/// Fast path for Latin-script text: a clear majority of one language's function words. `None`
/// when the evidence is thin or mixed (then the statistical detector decides).
///
/// Two ways to decide: a large majority (the best language has at least two hits and no rival
/// any, or four and three times any rival's), or, for the short texts headlines are, a
/// distinctive word of one language (two letters or more, not in capitals), no distinctive word
/// of any other, and more hits than any rival.
fn language_by_function_words(sample: &str) -> Option<&'static str> {
    let table = function_word_table();
    let mut hits = [0usize; LANGS];
    let mut distinctive = [0usize; LANGS];
    let mut words_seen = 0usize;
    let mut lower = String::new();
    for w in words(sample).take(120) {
        if !w.chars().all(is_latin_letter) {
            if w.chars().any(|c| c.is_alphabetic() && !is_latin_letter(c)) {
                return None; // another script: not for this fast path
            }
            continue;
        }
        words_seen += 1;
        if w.len() > 7 {
            continue; // longer than any function word
        }
        let key: &str = if w.bytes().any(|b| b.is_ascii_uppercase()) || !w.is_ascii() {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            &lower
        } else {
            w
        };
        if let Some(&langs) = table.get(key) {
            for (i, h) in hits.iter_mut().enumerate() {
                if langs & (1 << i) != 0 {
                    *h += 1;
                }
            }
            // One-letter words and capitals (`A.`, `EST`) are too often initials or acronyms.
            if langs.count_ones() == 1 && w.len() > 1 && !w.chars().all(|c| c.is_uppercase()) {
                distinctive[langs.trailing_zeros() as usize] += 1;
            }
        }
    }
    if words_seen < 3 {
        return None;
    }
    let best = (0..LANGS).max_by(|a, b| hits[*a].cmp(&hits[*b]).then(b.cmp(a)))?;
    let rivals = || (0..LANGS).filter(move |i| *i != best);
    let second = rivals().map(|i| hits[i]).max().unwrap_or(0);
    let top = hits[best];
    let majority = (top >= 2 && second == 0) || (top >= 4 && top >= 3 * second);
    let distinct = distinctive[best] >= 1 && rivals().all(|i| distinctive[i] == 0) && top > second;
    (majority || distinct).then_some(FUNCTION_WORDS[best].0)
}

/// ISO 639-1 code of the text's language, `None` when the text is too short or too mixed to say.
pub fn detect_language(text: &str) -> Option<String> {
    // A paragraph is enough for a reliable answer, and detection cost grows with the sample.
    let sample = language_sample(text);
    if let Some(lang) = language_by_function_words(sample) {
        return Some(lang.to_owned());
    }
    statistical(sample)
}

/// The first 600 characters of `text`.
fn language_sample(text: &str) -> &str {
    text.char_indices().nth(600).map_or(text, |(i, _)| &text[..i])
}

/// The function-word fast path alone (for measuring it).
pub fn language_fast_path(text: &str) -> Option<&'static str> {
    language_by_function_words(language_sample(text))
}

/// The statistical detector alone (for measuring the fast path against it).
pub fn language_statistical(text: &str) -> Option<String> {
    statistical(language_sample(text))
}

fn statistical(sample: &str) -> Option<String> {
    let letters = sample.chars().filter(|c| c.is_alphabetic()).count();
    // Too little to go on: no guess (checked first, the detector being the costly part).
    if letters < 12 {
        return None;
    }
    let info = detector().detect(sample)?;
    // Short strings get a guess only when the detector is sure.
    if letters < 80 && !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    iso639_1(info.lang()).map(str::to_owned)
}

/// Only the languages stemmata can name (see [`iso639_1`]): fewer candidates make detection
/// faster and keep it from answering with a language no later stage knows.
fn detector() -> &'static whatlang::Detector {
    static DETECTOR: std::sync::OnceLock<whatlang::Detector> = std::sync::OnceLock::new();
    DETECTOR.get_or_init(|| {
        let known: Vec<whatlang::Lang> = whatlang::Lang::all().iter().copied().filter(|l| iso639_1(*l).is_some()).collect();
        whatlang::Detector::with_allowlist(known)
    })
}

fn iso639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Ukr => "uk",
        Rus => "ru",
        Deu => "de",
        Fra => "fr",
        Spa => "es",
        Ita => "it",
        Por => "pt",
        Pol => "pl",
        Nld => "nl",
        Ces => "cs",
        Slk => "sk",
        Bel => "be",
        Bul => "bg",
        Srp => "sr",
        Hrv => "hr",
        Slv => "sl",
        Ron => "ro",
        Hun => "hu",
        Fin => "fi",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Ell => "el",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Pes => "fa",
        Hin => "hi",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Tha => "th",
        Vie => "vi",
        Ind => "id",
        Kat => "ka",
        Hye => "hy",
        Aze => "az",
        Epo => "eo",
        _ => return None,
    })
}

fn valid_language_code(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_lowercase();
    let primary = code.split(['-', '_']).next().unwrap_or("");
    (primary.len() == 2 && primary.chars().all(|c| c.is_ascii_lowercase())).then(|| primary.to_owned())
}

/// The normalization stage: a reader's record becomes an [`Article`].
pub fn finish(raw: RawArticle) -> Article {
    let title = normalize_line(&raw.title);
    let text = normalize(&raw.text);
    let language = raw
        .language
        .as_deref()
        .and_then(valid_language_code)
        .or_else(|| detect_language(&format!("{title}\n{text}")));
    let mut extra = raw.extra;
    let outlet = outlet::infer(raw.outlet.as_deref(), raw.url.as_deref(), &title, &text, &mut extra);
    let sentences = sentences(&text, language.as_deref());
    let id = Article::content_id(raw.url.as_deref(), outlet.as_ref(), &title, &text);
    Article {
        id,
        source: raw.source,
        url: raw.url,
        outlet,
        title,
        byline: raw.byline.map(|b| normalize_line(&b)).filter(|b| !b.is_empty()),
        published: raw.published,
        language,
        text,
        sentences,
        extra,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn page_furniture_lines() {
        for line in ["Фото: AFP", "(Photo: Reuters)", "Read also: Town buys buses – Daily X", "Читайте також: новини", "Subscribe to our Telegram channel", "© Daily X 2027. All rights reserved", "— Oleh Z (@oz) March 1, 2027 pic.twitter.com/x"] {
            assert!(page_furniture(line), "{line}");
        }
        for line in ["Photographers were kept away from the site.", "Фотограф зняв пожежу.", "The mayor said buses are free.", "Фото зруйнованої покрівлі опублікувала спільнота «Підслухано»."] {
            assert!(!page_furniture(line), "{line}");
        }
    }

    use super::*;

    #[test]
    fn normalize_composes_and_tidies() {
        assert_eq!(normalize("e\u{301}te\u{301}  \t x\r\n\r\n\r\n y \u{200B}z"), "été x\n\ny z");
        assert_eq!(normalize("  a\u{a0}b  "), "a b");
    }

    #[test]
    fn fold_removes_case_and_marks() {
        assert_eq!(fold("Zelenskyy"), "zelenskyy");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Genève"), "geneve");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let w: Vec<_> = words("It’s a 28-point plan, don't 'quote'.").collect();
        assert_eq!(w, ["It’s", "a", "28-point", "plan", "don't", "quote"]);
    }

    #[test]
    fn languages_of_the_corpus() {
        assert_eq!(detect_language("The United States is preparing to formally recognize Russian control over Crimea.").as_deref(), Some("en"));
        assert_eq!(detect_language("Сполучені Штати готові визнати контроль Росії над окупованими територіями України.").as_deref(), Some("uk"));
        assert_eq!(detect_language("Соединённые Штаты готовы признать контроль России над оккупированными территориями.").as_deref(), Some("ru"));
        assert_eq!(detect_language("Die Vereinigten Staaten sind bereit, die russische Kontrolle über die Krim anzuerkennen.").as_deref(), Some("de"));
        assert_eq!(detect_language("Rosjanie twierdzą, że zajęli Klenowe. Ukraińska armia: to nieprawda").as_deref(), Some("pl"));
        assert_eq!(detect_language("ok"), None);
    }

    #[test]
    fn headlines_decided_by_a_distinctive_function_word() {
        assert_eq!(language_fast_path("Rail worker struck by train in Harlem"), Some("en"));
        assert_eq!(language_fast_path("Notenbank senkt Leitzins auf 13 Prozent"), Some("de"));
        // Initials and acronyms are not evidence; a shared word alone is not either.
        assert_eq!(language_fast_path("Men's Wearhouse buys Jos. A. Bank"), None);
        assert_eq!(language_fast_path("Merkel in Berlin heute"), None);
        // Distinctive words of two languages: undecided.
        assert_eq!(language_fast_path("The show und die Stars"), None);
    }

    #[test]
    fn finish_prefers_stated_language_and_keeps_missing_date() {
        let raw = RawArticle {
            source: "x.txt".into(),
            title: " A  title ".into(),
            text: "Body text here.It continues.".into(),
            language: Some("EN-gb".into()),
            ..Default::default()
        };
        let a = finish(raw);
        assert_eq!(a.title, "A title");
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(a.published, None);
        assert_eq!(a.sentences.len(), 2);
    }
}
