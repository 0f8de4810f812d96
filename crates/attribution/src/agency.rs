//! News agencies: a registry of names, abbreviations and historical names with Wikidata ids, and
//! a detector of agency mentions and wire credits ("LONDRES, 27 (Havas).", "(ATS)", "Reuter
//! meldet", "selon l'AFP", "wie dpa berichtet") that tolerates OCR noise.
//!
//! Written by hand because the hard part is the knowledge (which spellings, which contexts), not
//! the matching; a general NER model would not know that "(ats)" is a wire credit.

use stemmata_text::fold;

/// One news agency under all the names it was printed with.
#[derive(Debug, PartialEq, Eq)]
pub struct Agency {
    /// Stable short id, also the label used in the newsagency annotation (`ATS-SDA`, `UP-UPI`).
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Wikidata QID, when the agency has one.
    pub qid: Option<&'static str>,
    /// Full names (any case; matched folded, OCR-tolerant when long enough).
    pub names: &'static [&'static str],
    /// Abbreviations (matched as written in capitals, or in any case inside a credit).
    pub abbreviations: &'static [&'static str],
    /// The name is also a common surname or word: accept it only in a wire-credit context.
    pub needs_context: bool,
}

/// The registry. Historical successions are one identity where the annotation treats them so
/// (UP/UPI, ATS/SDA/Keystone-ATS); Wolff and DNB stay apart, as they do in Wikidata.
pub static AGENCIES: &[Agency] = &[
    Agency {
        id: "Havas",
        name: "Havas",
        qid: Some("Q2826560"),
        names: &["Havas", "Agence Havas", "Havas-Ofi"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "Reuters",
        name: "Reuters",
        qid: Some("Q130879"),
        names: &[
            "Reuters",
            "Reuter",
            "Agence Reuter",
            "Reuters news agency",
            "Рейтер",
            "Рейтерс",
            "Reuter's",
        ],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "ATS-SDA",
        name: "Keystone-ATS",
        qid: Some("Q430109"),
        names: &[
            "Agence télégraphique suisse",
            "Schweizerische Depeschenagentur",
            "Keystone-ATS",
            "Keystone-SDA",
            "Agenzia Telegrafica Svizzera",
        ],
        abbreviations: &["ATS", "SDA", "ATS-SDA", "SDA-ATS"],
        needs_context: false,
    },
    Agency {
        id: "AFP",
        name: "Agence France-Presse",
        qid: Some("Q40464"),
        names: &[
            "Agence France-Presse",
            "Agence France Presse",
            "France-Presse",
            "Франс Пресс",
            "Франс-Пресс",
        ],
        abbreviations: &["AFP", "АФП"],
        needs_context: false,
    },
    Agency {
        id: "UP-UPI",
        name: "United Press International",
        qid: Some("Q493845"),
        names: &["United Press", "United Press International", "United Preß"],
        abbreviations: &["UPI", "UP", "U.P.", "U.P.I."],
        needs_context: false,
    },
    Agency {
        id: "AP",
        name: "Associated Press",
        qid: Some("Q40469"),
        names: &[
            "Associated Press",
            "Associated Preß",
            "Ассошиэйтед Пресс",
            "Ассошиейтед Прес",
        ],
        abbreviations: &["AP", "A.P."],
        needs_context: false,
    },
    Agency {
        id: "Wolff",
        name: "Wolffs Telegraphisches Bureau",
        qid: Some("Q552226"),
        names: &[
            "Wolff",
            "Wolffs Telegraphisches Bureau",
            "Wolff'sches Bureau",
            "Wolffsche Bureau",
            "Wolffbureau",
            "Wolff-Bureau",
        ],
        abbreviations: &["WTB"],
        needs_context: true,
    },
    Agency {
        id: "DNB",
        name: "Deutsches Nachrichtenbüro",
        qid: Some("Q1205856"),
        names: &["Deutsches Nachrichtenbüro", "Deutsches Nachrichtenbureau"],
        abbreviations: &["DNB", "D.N.B."],
        needs_context: false,
    },
    Agency {
        id: "Stefani",
        name: "Agenzia Stefani",
        qid: Some("Q1415690"),
        names: &["Stefani", "Agenzia Stefani", "Agence Stefani"],
        abbreviations: &[],
        needs_context: true,
    },
    Agency {
        id: "DPA",
        name: "Deutsche Presse-Agentur",
        qid: Some("Q312653"),
        names: &["Deutsche Presse-Agentur", "Deutsche Presseagentur", "Deutschen Presse-Agentur", "Deutschen Presseagentur", "German Press Agency"],
        abbreviations: &["DPA", "dpa"],
        needs_context: false,
    },
    Agency {
        id: "TASS",
        name: "TASS",
        qid: Some("Q223799"),
        names: &[
            "Telegraphic Agency of the Soviet Union",
            "ТАСС",
            "TASS",
            "Tass",
            "Agence Tass",
        ],
        abbreviations: &["ТАСС", "TASS"],
        needs_context: false,
    },
    // Interfax-Ukraine is an agency of its own (Kyiv), listed before Interfax so that its longer
    // name is found first.
    Agency {
        id: "Interfax-Ukraine",
        name: "Interfax-Ukraine",
        qid: None,
        names: &["Interfax-Ukraine", "Interfax Ukraine", "Інтерфакс-Україна", "Интерфакс-Украина"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "Interfax",
        name: "Interfax",
        qid: Some("Q379271"),
        names: &[
            "Interfax",
            "Інтерфакс",
            "Интерфакс",
        ],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "Ukrinform",
        name: "Ukrinform",
        qid: Some("Q2469307"),
        names: &["Ukrinform", "Укрінформ", "Укринформ"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "UNIAN",
        name: "UNIAN",
        qid: Some("Q4047488"),
        names: &["УНІАН", "УНИАН", "Unian"],
        abbreviations: &["UNIAN", "УНІАН", "УНИАН"],
        needs_context: false,
    },
    Agency {
        id: "RIA",
        name: "RIA Novosti",
        qid: Some("Q212686"),
        names: &["RIA Novosti", "РИА Новости", "РІА Новини"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "ANSA",
        name: "ANSA",
        qid: Some("Q392934"),
        names: &[],
        abbreviations: &["ANSA"],
        needs_context: false,
    },
    Agency {
        id: "Lusa",
        name: "Lusa",
        qid: Some("Q1142004"),
        names: &["Agência Lusa", "Agencia Lusa", "Lusa"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "EuropaPress",
        name: "Europa Press",
        qid: Some("Q3736374"),
        names: &["Europa Press"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "EFE",
        name: "Agencia EFE",
        qid: Some("Q1333431"),
        names: &["Agencia EFE"],
        abbreviations: &["EFE"],
        needs_context: false,
    },
    Agency {
        id: "Kipa",
        name: "Katholische Internationale Presseagentur",
        qid: Some("Q1522416"),
        names: &[
            "Kipa",
            "Katholische Internationale Presseagentur",
            "Apic-Kipa",
        ],
        abbreviations: &["KIPA"],
        needs_context: false,
    },
    Agency {
        id: "Extel",
        name: "Exchange Telegraph",
        qid: Some("Q1525848"),
        names: &["Exchange Telegraph", "Extel", "Exchange"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "APA",
        name: "Austria Presse Agentur",
        qid: Some("Q680603"),
        names: &["Austria Presse Agentur"],
        abbreviations: &["APA"],
        needs_context: false,
    },
    Agency {
        id: "ANP",
        name: "Algemeen Nederlands Persbureau",
        qid: Some("Q1330178"),
        names: &["Algemeen Nederlands Persbureau"],
        abbreviations: &["ANP"],
        needs_context: false,
    },
    Agency {
        id: "Belga",
        name: "Belga",
        qid: Some("Q815453"),
        names: &["Belga"],
        abbreviations: &[],
        needs_context: true,
    },
    Agency {
        id: "Xinhua",
        name: "Xinhua",
        qid: Some("Q204839"),
        names: &["Xinhua", "Синьхуа"],
        abbreviations: &[],
        needs_context: false,
    },
    Agency {
        id: "Bloomberg",
        name: "Bloomberg",
        qid: Some("Q13977"),
        names: &["Bloomberg News"],
        abbreviations: &[],
        needs_context: false,
    },
];

/// The agency with this id.
pub fn by_id(id: &str) -> Option<&'static Agency> {
    AGENCIES.iter().find(|a| a.id == id)
}

/// The agency a name or abbreviation stands for (any case, diacritics ignored, small OCR errors
/// in long names tolerated).
pub fn lookup(name: &str) -> Option<&'static Agency> {
    // Remembered per thread: stories compare the same names again and again (bounded, emptied
    // when full).
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, Option<usize>>> = std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if let Some(hit) = CACHE.with(|c| c.borrow().get(name).copied()) {
        return hit.map(|i| &AGENCIES[i]);
    }
    let found = lookup_uncached(name);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 50_000 {
            c.clear();
        }
        c.insert(name.to_string(), found.and_then(|a| AGENCIES.iter().position(|x| std::ptr::eq(x, a))));
    });
    found
}

fn lookup_uncached(name: &str) -> Option<&'static Agency> {
    let key = squash(name);
    if key.is_empty() {
        return None;
    }
    let exact = AGENCIES.iter().find(|a| {
        a.names
            .iter()
            .chain(a.abbreviations.iter())
            .any(|n| squash(n) == key)
    });
    // (A misspelt name is still a name: "exchanged" is no "Exchange".)
    // (Nor is a given name: "Stefan" is no "Stefani".)
    let capitalised = name.trim_start().starts_with(char::is_uppercase) && !crate::given_names::is_given_name(&fold(name.trim()));
    exact.or_else(|| {
        AGENCIES.iter().filter(|_| capitalised).find(|a| {
            a.names.iter().any(|n| {
                let n = squash(n);
                n.chars().count() >= 6 && within_one_edit(&n, &key) && ocr_substitution(&n, &key)
            })
        })
    })
}

/// Whether a name and a word one letter apart differ, if by a letter put for another, by two an
/// OCR reads alike ("Rcuter" for "Reuter", "Uniled" for "United"; not "Retter", rescuers).
fn ocr_substitution(a: &str, b: &str) -> bool {
    const ALIKE: &[(char, char)] = &[('e', 'c'), ('t', 'l'), ('l', 'i'), ('i', 'r'), ('n', 'u'), ('m', 'n'), ('o', 'c'), ('e', 'o'), ('h', 'b'), ('f', 't'), ('l', '1'), ('o', '0')];
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return true;
    }
    a.iter().zip(&b).filter(|(x, y)| x != y).all(|(&x, &y)| ALIKE.iter().any(|&(p, q)| (x, y) == (p, q) || (x, y) == (q, p)))
}

/// Folded letters and digits only: "U. P." → "up", "Havàs" → "havas".
fn squash(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Levenshtein distance ≤ 1 (OCR: "Rcuter", "Reutei", "Uniled").
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// How an agency is named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreditKind {
    /// In parentheses or a dash credit: "(Havas)", "(ATS/Reuter)", "— ATS —", "ats/afp".
    Credit,
    /// With a reporting cue: "selon l'AFP", "Reuter meldet", "wie dpa berichtet", "agence Havas".
    Cue,
    /// Named without a cue ("the AP's archive").
    Mention,
}

/// One agency mention in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyMention {
    /// Byte range of the mention.
    pub start: usize,
    pub end: usize,
    pub agency: &'static Agency,
    pub kind: CreditKind,
}

/// A token for matching: byte span, raw and folded form.
struct Tok<'a> {
    start: usize,
    end: usize,
    raw: &'a str,
    folded: String,
}

fn tokens(text: &str) -> Vec<Tok<'_>> {
    split_hyphens(text, crate::word_spans(text))
        .into_iter()
        .map(|(s, e)| Tok {
            start: s,
            end: e,
            raw: &text[s..e],
            folded: fold(&text[s..e]),
        })
        .collect()
}

/// Hyphenated compounds split into their parts ("Reuter-Meldung", "Keystone-ATS"), so a name
/// inside a compound is found; registry names are split the same way.
fn split_hyphens(text: &str, spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        let mut start = s;
        for (i, c) in text[s..e].char_indices() {
            if matches!(c, '-' | '‐') {
                if s + i > start {
                    out.push((start, s + i));
                }
                start = s + i + c.len_utf8();
            }
        }
        if e > start {
            out.push((start, e));
        }
    }
    out
}

fn name_words(name: &str) -> Vec<String> {
    split_hyphens(name, crate::word_spans(name))
        .into_iter()
        .map(|(s, e)| fold(&name[s..e]))
        .collect()
}

/// Names that are also surnames or words: bare mentions of them are not credits.
#[rustfmt::skip]
const AMBIGUOUS_BARE: &[&str] = &["reuter", "wolff", "stefani", "belga", "exchange", "tass"];

/// Words that, before or after a name, make it a wire credit.
#[rustfmt::skip]
const CONTEXT_BEFORE: &[&str] = &[
    "agence", "agences", "agency", "agentur", "bureau", "büro", "bureaus", "depeche", "depeches", "dépêche",
    "dépêches", "selon", "apres", "après", "laut", "wie", "von", "via", "citing", "per",
    "telegramme", "télégramme", "telegramm", "mande", "meldung", "meldungen", "nach", "l'agence", "lagence",
    "correspondant", "correspondent", "korrespondent", "agenzia", "service", "informations", "nachrichten",
    "агентство", "агентства", "агентству", "агентством", "за", "посиланням", "ссылкой", "данными", "даними",
    "передає", "передает", "повідомляє", "сообщает", "told", "to", "by", "the", "according",
];
#[rustfmt::skip]
const CONTEXT_AFTER: &[&str] = &[
    "meldet", "meldete", "berichtet", "berichtete", "telegraphiert", "drahtet", "mande", "rapporte",
    "annonce", "apprend", "telegraphie", "télégraphie", "communique", "reports", "reported", "said", "says",
    "writes", "повідомляє", "сообщает", "пише", "пишет", "передає", "передает", "erfährt", "zufolge",
    "meldung", "meldungen", "bericht", "depesche", "telegramm", "korrespondent", "agentur", "bureau", "büro",
];

/// Person titles and given-name signals before a surname that an agency also bears.
#[rustfmt::skip]
const PERSON_BEFORE: &[&str] = &[
    "m", "mm", "mme", "mlle", "mr", "mrs", "herr", "hr", "frau", "dr", "docteur", "notar", "notaire",
    "freres", "frères", "famille", "madame", "monsieur", "sieur", "veuve", "vve", "prof", "rue", "rues",
    "strasse", "straße", "amendement", "chez", "hans", "victor", "nikolas", "maison", "gebrüder", "witwe",
];

/// Find agency mentions in `text`.
pub fn find_mentions(text: &str) -> Vec<AgencyMention> {
    let toks = tokens(text);
    let mut out: Vec<AgencyMention> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((len, agency, is_abbrev)) = match_at(text, &toks, i) {
            let start = toks[i].start;
            let end = toks[i + len - 1].end;
            // Abbreviations written "U. P." end with a dot inside the mention.
            let end = if is_abbrev
                && text[end..].starts_with('.')
                && agency.abbreviations.iter().any(|a| a.ends_with('.'))
            {
                end + 1
            } else {
                end
            };
            let kind = context_kind(text, &toks, i, i + len);
            let person = looks_like_person(text, &toks, i);
            let lower = toks[i].raw.chars().all(|c| !c.is_uppercase());
            // ("Start-up-Szene": the tail of a compound is no agency; "dpa-Informationen" heads one.)
            // (Lowercase, inside a compound that goes on with a capital: OCR breaks lines within credits.)
            let compound_tail = text[..start].ends_with('-')
                && text[..start - 1].ends_with(char::is_alphanumeric)
                && text[end..].strip_prefix('-').is_some_and(|r| r.starts_with(char::is_uppercase))
                && toks[i].raw.chars().all(|c| !c.is_uppercase());
            let accept = !compound_tail && match kind {
                CreditKind::Credit => true,
                CreditKind::Cue => !person,
                // A bare name: only unambiguous long names or capitalised abbreviations.
                CreditKind::Mention => {
                    let ambiguous = len == 1 && AMBIGUOUS_BARE.contains(&toks[i].folded.as_str());
                    // All capitals in running text is a surname in a notice ("REUTER notaire").
                    let shouting = !is_abbrev
                        && toks[i].raw.chars().count() > 4
                        && toks[i].raw.chars().all(|c| !c.is_lowercase());
                    // OCR-tolerant matching only where the context says "agency".
                    let surface = squash(&text[start..end]);
                    let exact = agency
                        .names
                        .iter()
                        .chain(agency.abbreviations.iter())
                        .any(|n| squash(n) == surface);
                    !person
                        && exact
                        && !ambiguous
                        && !shouting
                        && !agency.needs_context
                        && !lower
                        && (!is_abbrev || toks[i].raw.chars().count() >= 3)
                }
            };
            if accept {
                out.push(AgencyMention {
                    start,
                    end,
                    agency,
                    kind,
                });
                i += len;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Match an agency name or abbreviation at token `i`: (tokens used, agency, by abbreviation).
fn match_at(text: &str, toks: &[Tok<'_>], i: usize) -> Option<(usize, &'static Agency, bool)> {
    let mut best: Option<(usize, &'static Agency, bool)> = None;
    static NAMES: std::sync::OnceLock<Vec<Vec<Vec<String>>>> = std::sync::OnceLock::new();
    let all_names = NAMES.get_or_init(|| {
        AGENCIES
            .iter()
            .map(|a| a.names.iter().map(|n| name_words(n)).collect())
            .collect()
    });
    for (agency, names) in AGENCIES.iter().zip(all_names) {
        for name_words in names {
            let n = name_words.len();
            if n == 0 || i + n > toks.len() {
                continue;
            }
            let ok = name_words.iter().zip(&toks[i..i + n]).all(|(w, t)| {
                w == &t.folded || (w.chars().count() >= 6 && within_one_edit(w, &t.folded))
            });
            // A full name starts with a capital (OCR keeps that far more often than it loses it).
            let capital = toks[i].raw.chars().next().is_some_and(|c| c.is_uppercase());
            if ok && capital && best.is_none_or(|b| n > b.0) {
                best = Some((n, agency, false));
            }
        }
        for abbr in agency.abbreviations {
            let parts: Vec<&str> = split_hyphens(abbr, crate::word_spans(abbr))
                .into_iter()
                .map(|(s, e)| &abbr[s..e])
                .collect();
            let n = parts.len();
            if n == 0 || i + n > toks.len() {
                continue;
            }
            // "U. P." and "U.P." both split into one-letter words.
            let ok = parts.iter().zip(&toks[i..i + n]).all(|(p, t)| {
                t.raw == *p
                    || (t.raw.to_lowercase() == p.to_lowercase()
                        && inside_credit(text, toks, i, i + n))
            });
            if ok && best.is_none_or(|b| n > b.0) {
                best = Some((n, agency, true));
            }
        }
    }
    best
}

/// Whether tokens `[from, to)` sit in a wire credit: in parentheses, between dashes, or in a
/// slash list of agencies ("ats/afp/ap").
fn inside_credit(text: &str, toks: &[Tok<'_>], from: usize, to: usize) -> bool {
    let start = toks[from].start;
    let end = toks[to - 1].end;
    let before = text[..start].trim_end_matches([' ', '.']);
    let after = text[end..].trim_start_matches([' ', '.']);
    let opens = before.ends_with(['(', '[', '{', '/', '—', '–', '-']);
    let closes = after.starts_with([')', ']', '}', '/', '—', '–', '-']);
    opens && closes
        || before.ends_with(['(', '[', '{']) && after.starts_with(['/', '-'])
        || before.ends_with(['/', '-']) && after.starts_with([')', ']', '}'])
        || before.ends_with('/') && (after.is_empty() || after.starts_with('\n'))
        || (before.ends_with(['(', '[']) && after.starts_with([')', ']', ',']))
}

fn context_kind(text: &str, toks: &[Tok<'_>], from: usize, to: usize) -> CreditKind {
    if inside_credit(text, toks, from, to) {
        return CreditKind::Credit;
    }
    let start = toks[from].start;
    let end = toks[to - 1].end;
    let before = text[..start].trim_end();
    let after = text[end..].trim_start();
    // "LONDRES, 27 (Havas" with the closing parenthesis lost to OCR.
    if before.ends_with('(') || after.starts_with(')') {
        return CreditKind::Credit;
    }
    let prev = from
        .checked_sub(1)
        .map(|p| toks[p].folded.as_str())
        .unwrap_or("");
    let prev_apostrophe = prev.trim_end_matches(['\'', '’']);
    let next = toks.get(to).map(|t| t.folded.as_str()).unwrap_or("");
    let in_list = |list: &[&str], w: &str| list.iter().any(|c| fold(c) == w);
    let gap_prev_ok = from
        .checked_sub(1)
        .map(|p| {
            text[toks[p].end..start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '\'' | '’'))
        })
        .unwrap_or(false);
    if gap_prev_ok && (in_list(CONTEXT_BEFORE, prev) || in_list(CONTEXT_BEFORE, prev_apostrophe)) {
        return CreditKind::Cue;
    }
    // "l'AFP", "de l'ATS": an elided article before a capitalised abbreviation.
    if text[..start].ends_with(['\'', '’']) && matches!(prev_apostrophe, "l" | "d") {
        return CreditKind::Cue;
    }
    if in_list(CONTEXT_AFTER, next) {
        return CreditKind::Cue;
    }
    CreditKind::Mention
}

fn looks_like_person(text: &str, toks: &[Tok<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let prev = &toks[p];
    let gap = &text[prev.end..toks[i].start];
    if gap.contains(['(', ')', '\n', '—', '–']) {
        return false;
    }
    if PERSON_BEFORE.iter().any(|w| fold(w) == prev.folded) {
        return true;
    }
    // An initial: "F. Reuter", "Ad. Reuter".
    let initial = prev.raw.chars().count() <= 2
        && prev.raw.chars().next().is_some_and(char::is_uppercase)
        && gap.starts_with('.');
    // A given name right before ("Hans Reuter"): a capitalised word, no punctuation between.
    let given = gap.chars().all(char::is_whitespace)
        && prev.raw.chars().next().is_some_and(char::is_uppercase)
        && prev.raw.chars().skip(1).all(char::is_lowercase)
        && prev.raw.chars().count() >= 3
        && !CONTEXT_BEFORE.iter().any(|w| fold(w) == prev.folded);
    initial || given
}

/// Agencies credited in a text, deduplicated, in order of first mention.
pub fn credited_agencies(text: &str) -> Vec<&'static Agency> {
    let mut out: Vec<&'static Agency> = Vec::new();
    for m in find_mentions(text) {
        if !out.iter().any(|a| a.id == m.agency.id) {
            out.push(m.agency);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<&'static str> {
        find_mentions(text).iter().map(|m| m.agency.id).collect()
    }

    #[test]
    fn datelines_and_credits_in_french_and_german() {
        assert_eq!(
            ids("LONDRES, 27 (Havas). — Le cabinet s'est réuni."),
            vec!["Havas"]
        );
        assert_eq!(
            ids("Berne, 3. (ats) Le Conseil fédéral a décidé."),
            vec!["ATS-SDA"]
        );
        assert_eq!(
            ids("Marseille, 22 (ATS/Reuter/AFP). - Les sauveteurs"),
            vec!["ATS-SDA", "Reuters", "AFP"]
        );
        assert_eq!(
            ids("Wie dpa berichtet, wurde die Brücke gesperrt."),
            vec!["DPA"]
        );
        assert_eq!(
            ids("Reuter meldet aus Kairo, die Lage sei ruhig."),
            vec!["Reuters"]
        );
        assert_eq!(ids("selon l'AFP, le navire a coulé"), vec!["AFP"]);
    }

    #[test]
    fn ocr_noise_and_historical_names() {
        assert_eq!(ids("BERLIN, 4. (Rcuter.) Die Regierung"), vec!["Reuters"]);
        assert_eq!(
            ids("d'après une dépêche de l'Agence Havàs, le roi"),
            vec!["Havas"]
        );
        assert_eq!(
            ids("NEW YORK, 2. (Uniled Press) Der Präsident"),
            vec!["UP-UPI"]
        );
        assert_eq!(lookup("Keystone-ATS").map(|a| a.id), Some("ATS-SDA"));
        assert_eq!(lookup("U.P.").map(|a| a.qid), Some(Some("Q493845")));
    }

    #[test]
    fn surnames_and_words_are_not_agencies() {
        // (One letter off, but not as an OCR misreads: "nach Angaben der Retter".)
        assert!(lookup("Retter").is_none());
        assert!(lookup("Rcuters").is_some());
        assert!(ids("à l'atelier des frères Reuter, au faubourg").is_empty());
        assert!(ids("Hans Reuter hatte im Grunde genommen recht").is_empty());
        assert!(ids("désirant ap prendre le français").is_empty());
        assert!(ids("Au croisement des rues Vulcain et Wolff").is_empty());
    }
}
