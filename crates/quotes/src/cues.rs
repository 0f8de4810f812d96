//! Reporting cues: the words that tie words to a speaker ("said", "according to", "заявив").
//!
//! Lists are written out inflection by inflection rather than stemmed: a stemmer would turn
//! "states" (the noun) and "post" into cues, and a closed list is easy to audit and extend.

/// How a cue relates to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueShape {
    /// A reporting verb; the speaker is its subject ("she said", or inverted "said one source").
    Verb,
    /// A participle hanging off a clause ("…, saying that …"); the speaker is the clause subject.
    Participle,
    /// A preposition-like cue; the speaker follows it ("according to X", "за словами X").
    Preposition,
}

#[rustfmt::skip]
const EN_VERBS: &[&str] = &[
    "say", "says", "said", "tell", "tells", "told", "state", "stated", "add", "adds", "added", "note",
    "notes", "noted", "stress", "stresses", "stressed", "emphasize", "emphasizes", "emphasized",
    "emphasise", "emphasises", "emphasised", "argue", "argues", "argued", "claim", "claims", "claimed",
    "warn", "warns", "warned", "explain", "explains", "explained", "write", "writes", "wrote",
    "report", "reports", "reported", "announce", "announces", "announced", "insist", "insists",
    "insisted", "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted",
    "reply", "replies", "replied", "respond", "responds", "responded", "suggest", "suggests",
    "suggested", "indicate", "indicates", "indicated", "confirm", "confirms", "confirmed", "deny",
    "denies", "denied", "recall", "recalls", "recalled", "predict", "predicts", "predicted",
    "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledged", "concluded",
    "observe", "observes", "observed", "allege", "alleges", "alleged", "contend", "contends",
    "contended", "maintain", "maintains", "maintained", "tweet", "tweets", "tweeted", "testified",
    "urge", "urges", "urged", "mention", "mentions", "mentioned", "concede", "concedes", "conceded",
    "complain", "complains", "complained", "counter", "countered", "signal", "signals", "signaled",
    "signalled", "assert", "asserts", "asserted", "declare", "declares", "declared", "reiterate",
    "reiterates", "reiterated", "reveal", "reveals", "revealed", "cautioned", "quipped", "joked",
    "lamented", "boasted", "charged", "remarked", "believe", "believes", "believed", "think",
    "thinks", "thought", "asked", "answered", "continued", "agreed", "wrote", "estimated", "conclude",
    "concludes", "acknowledges", "calls", "called", "accused", "accuses", "described", "describes",
    "echoed", "fears", "feared", "hopes", "hoped", "knows", "knew", "demanded", "demands",
    "recounted", "shouted", "wondered", "questioned",
];

/// Verbs that also have common non-reporting uses ("the so-called", "a state", "he thought
/// about"): cues only when a quote or a complementizer ("that") follows.
#[rustfmt::skip]
const EN_WEAK: &[&str] = &[
    "state", "add", "note", "report", "claim", "counter", "signal", "post", "believe", "believes",
    "believed", "think", "thinks", "thought", "calls", "called", "accused", "accuses", "described",
    "describes", "fears", "feared", "hopes", "hoped", "knows", "knew", "asked", "answered",
    "continued", "agreed", "charged", "countered", "signals", "signaled", "signalled", "tell",
    "promise", "promises", "promised", "demanded", "demands", "wondered", "questioned", "echoed",
    "recall", "recalls", "recalled", "maintain", "maintains", "maintained", "vow", "urge", "urges",
    "urged", "mention", "predict", "reveal", "reveals", "revealed", "counter",
];

/// Is this cue word reliable only with a quote or a complementizer after it?
pub fn is_weak(word: &str) -> bool {
    EN_WEAK.contains(&word)
}

#[rustfmt::skip]
const EN_PARTICIPLES: &[&str] = &[
    "saying", "telling", "stating", "adding", "noting", "stressing", "emphasizing", "emphasising",
    "arguing", "claiming", "warning", "explaining", "writing", "insisting", "acknowledging",
    "admitting", "suggesting", "indicating", "confirming", "denying", "calling", "declaring",
    "asserting", "vowing", "promising", "citing",
];

#[rustfmt::skip]
const RU_UK_VERBS: &[&str] = &[
    // Russian
    "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "сообщил", "сообщила",
    "сообщили", "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула", "подчеркнули",
    "добавил", "добавила", "добавили", "написал", "написала", "написали", "пишет", "пишут",
    "сообщает", "сообщают", "заявляет", "заявляют", "утверждает", "утверждают", "считает",
    "считают", "передает", "передаёт", "уточнил", "уточнила", "пояснил", "пояснила", "рассказал",
    "рассказала", "рассказали", "признал", "признала", "объяснил", "объяснила", "напомнил",
    "напомнила", "говорит", "говорят", "отмечает", "подчеркивает", "подчёркивает",
    // Ukrainian
    "сказав", "заявив", "повідомив", "повідомила", "повідомили", "зазначив", "зазначила",
    "зазначили", "наголосив", "наголосила", "наголосили", "додав", "додала", "додали", "написав",
    "пише", "пишуть", "повідомляє", "повідомляють", "заявляє", "заявляють", "стверджує",
    "стверджують", "вважає", "вважають", "уточнив", "уточнила", "пояснив", "пояснила", "розповів",
    "розповіла", "розповіли", "визнав", "визнала", "нагадав", "нагадала", "каже", "кажуть",
    "зазначає", "наголошує",
];

/// German reporting verbs in the forms that stand second in a main clause ("Das sagte er").
#[rustfmt::skip]
const DE_VERBS: &[&str] = &[
    "sagte", "sagten", "sagt", "sagen", "erklärte", "erklärten", "erklärt", "kündigte", "kündigten",
    "kündigt", "teilte", "teilten", "teilt", "betonte", "betonten", "betont", "berichtete",
    "berichteten", "berichtet", "meldete", "meldet", "schrieb", "schreibt", "gab", "gaben", "warnte",
    "warnt", "bestätigte", "bestätigt", "räumte", "fügte", "forderte", "fordert", "versprach",
    "verspricht", "kritisierte", "kritisiert", "erläuterte", "bekräftigte", "unterstrich",
];

/// Is this a German reporting verb that can stand second in a clause?
pub fn is_german_verb(word: &str) -> bool {
    DE_VERBS.contains(&word)
}

/// German prepositions (and contractions) that open a clause as an adverbial, leaving the
/// subject to follow the verb.
pub fn is_german_preposition(word: &str) -> bool {
    #[rustfmt::skip]
    const PREPOSITIONS: &[&str] = &[
        "zur", "zum", "zu", "nach", "laut", "am", "im", "auf", "über", "bei", "beim", "vor", "gegenüber",
        "mit", "dazu", "darüber", "hierzu", "außerdem", "zudem", "später", "anschließend",
    ];
    PREPOSITIONS.contains(&word)
}

/// Is this a Russian or Ukrainian reporting verb?
pub fn is_slavic_verb(word: &str) -> bool {
    RU_UK_VERBS.contains(&word) || matches!(word, "оголосив" | "оголосила" | "объявил" | "объявила" | "передає")
}

/// The index of an "about this" opener ("об этом", "о том", "про це", "это", "це") before the
/// verb at `verb`, if the words before the verb hold one.
pub fn about_this_opener(words: &[&str], verb: usize) -> Option<usize> {
    (0..verb.saturating_sub(1))
        .rev()
        .find(|&k| {
            matches!(
                (words[k], words[k + 1]),
                ("об", "этом") | ("о", "том") | ("про", "це") | ("про", "это")
            )
        })
        .or_else(|| (verb > 0 && matches!(words[verb - 1], "это" | "це")).then(|| verb - 1))
}

/// Words that end the speaker's phrase after an inverted Russian or Ukrainian verb: the
/// prepositions that open an adjunct ("… Иван Петров в интервью", "… з посиланням на …").
pub const SLAVIC_ADJUNCT_OPENERS: &[&str] = &[
    "в", "во", "на", "у", "з", "із", "зі", "со", "с", "по", "для", "после", "після", "под", "під",
    "при", "перед", "во время", "журналистам", "журналістам", "репортерам",
];

/// Multi-word cues whose speaker follows ("according to X").
const PREPOSITIONS: &[&[&str]] = &[
    &["according", "to"],
    &["по", "словам"],
    &["по", "данным"],
    &["по", "информации"],
    &["как", "сообщает"],
    &["как", "пишет"],
    &["за", "словами"],
    &["за", "даними"],
    &["за", "інформацією"],
    &["як", "повідомляє"],
    &["як", "пише"],
];

/// Verbs that become cues only with a following reporting infinitive ("declined to confirm").
#[rustfmt::skip]
const EN_CONTROL: &[&str] = &["declined", "declines", "refused", "refuses", "went", "goes"];
#[rustfmt::skip]
const EN_CONTROL_OBJECT: &[&str] = &[
    "confirm", "comment", "say", "discuss", "elaborate", "specify", "deny", "disclose", "name",
    "on",
];

/// Words that introduce reported content right after a cue.
#[rustfmt::skip]
pub const COMPLEMENTIZERS: &[&str] = &["that", "что", "що", "чтобы", "щоб", "if", "whether"];

/// A cue found at word index `start` covering `len` words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueMatch {
    pub start: usize,
    pub len: usize,
    pub shape: CueShape,
}

/// Cues from the shared lexicons: single folded words (verbs, publishing verbs) and phrases of
/// two or more words whose source follows ("з посиланням на", "as relayed by"). Single-word
/// "source after" entries ("via", "per") are left out: too often not cues.
struct Shared {
    words: std::collections::BTreeSet<String>,
    phrases: Vec<Vec<String>>,
}

fn shared() -> &'static Shared {
    static SHARED: std::sync::OnceLock<Shared> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| {
        use stemmata_attribution::lexicon::{all, phrase_words};
        let mut words = std::collections::BTreeSet::new();
        let mut phrases = Vec::new();
        for lex in all() {
            for w in lex.verbs.iter().chain(lex.media_verbs.iter()) {
                let folded = phrase_words(w);
                if folded.len() == 1 {
                    words.extend(folded);
                }
            }
            for p in lex.source_after {
                let folded = phrase_words(p);
                if folded.len() >= 2 {
                    phrases.push(folded);
                }
            }
        }
        // Longest first, so "as first reported by" wins over "reported by".
        phrases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        Shared { words, phrases }
    })
}

/// A cue from the shared lexicons at word `i` (`folded`: lowercase, diacritics removed). Verbs
/// found only there count as weak: they need a following quote or complementizer.
pub fn shared_cue_at(folded: &[String], i: usize) -> Option<CueMatch> {
    let lex = shared();
    for phrase in &lex.phrases {
        if folded.len() >= i + phrase.len() && folded[i..i + phrase.len()] == phrase[..] {
            return Some(CueMatch {
                start: i,
                len: phrase.len(),
                shape: CueShape::Preposition,
            });
        }
    }
    if lex.words.contains(&folded[i]) {
        let shape = if folded[i].ends_with("ing") {
            CueShape::Participle
        } else {
            CueShape::Verb
        };
        return Some(CueMatch {
            start: i,
            len: 1,
            shape,
        });
    }
    None
}

/// Is this word a strong cue of this crate's own lists (reliable without "that" or a quote)?
pub fn is_strong(word: &str) -> bool {
    (EN_VERBS.contains(&word) || RU_UK_VERBS.contains(&word)) && !is_weak(word)
}

/// The cue starting at word `i` of `words` (lowercased), if any.
pub fn cue_at(words: &[String], i: usize) -> Option<CueMatch> {
    let w = words[i].as_str();
    for phrase in PREPOSITIONS {
        if words.len() >= i + phrase.len()
            && phrase.iter().enumerate().all(|(k, p)| words[i + k] == *p)
        {
            return Some(CueMatch {
                start: i,
                len: phrase.len(),
                shape: CueShape::Preposition,
            });
        }
    }
    if EN_CONTROL.contains(&w) {
        // "declined to comment", "went on to say"
        let next: Vec<&str> = words
            .iter()
            .skip(i + 1)
            .take(3)
            .map(String::as_str)
            .collect();
        if next.first() == Some(&"to") && next.get(1).is_some_and(|n| EN_CONTROL_OBJECT.contains(n))
        {
            return Some(CueMatch {
                start: i,
                len: 3,
                shape: CueShape::Verb,
            });
        }
        if next.len() == 3 && next[0] == "on" && next[1] == "to" && EN_VERBS.contains(&next[2]) {
            return Some(CueMatch {
                start: i,
                len: 4,
                shape: CueShape::Verb,
            });
        }
        return None;
    }
    if w == "pointed" && words.get(i + 1).is_some_and(|n| n == "out") {
        return Some(CueMatch {
            start: i,
            len: 2,
            shape: CueShape::Verb,
        });
    }
    if EN_VERBS.contains(&w) || RU_UK_VERBS.contains(&w) {
        return Some(CueMatch {
            start: i,
            len: 1,
            shape: CueShape::Verb,
        });
    }
    if EN_PARTICIPLES.contains(&w) {
        return Some(CueMatch {
            start: i,
            len: 1,
            // "…, citing the local newspaper X": X is the source of the clause, as with "according to".
            shape: if w == "citing" { CueShape::Preposition } else { CueShape::Participle },
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn recognises_verbs_prepositions_and_control_verbs() {
        assert_eq!(
            cue_at(&ws("she said"), 1).map(|c| c.shape),
            Some(CueShape::Verb)
        );
        assert_eq!(
            cue_at(&ws("according to him"), 0).map(|c| (c.shape, c.len)),
            Some((CueShape::Preposition, 2))
        );
        assert_eq!(
            cue_at(&ws("за словами міністра"), 0).map(|c| c.len),
            Some(2)
        );
        assert_eq!(
            cue_at(&ws("declined to confirm details"), 0).map(|c| c.len),
            Some(3)
        );
        assert_eq!(cue_at(&ws("declined an offer"), 0), None);
        assert_eq!(
            cue_at(&ws("заявив"), 0).map(|c| c.shape),
            Some(CueShape::Verb)
        );
    }
}
