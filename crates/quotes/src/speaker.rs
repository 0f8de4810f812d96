//! Who is speaking: the source phrase before or after a cue, cleaned into a speaker, and
//! pronouns, surnames and role nouns resolved to an earlier, fuller mention in the article.

use serde::{Deserialize, Serialize};

/// What kind of speaker a source phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named person ("Karoline Leavitt") or a pronoun resolved to one.
    Person,
    /// An unnamed source or class of sources ("one well-placed source", "officials").
    Anonymous,
    /// An organisation or outlet ("The Telegraph", "the Kremlin").
    Organisation,
    /// A text speaking for its authors ("the article says", "the statement").
    Document,
    /// A pronoun or phrase that could not be resolved.
    Unknown,
}

/// Words that precede a name as a title or office and are not part of the name.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "president", "vice", "secretary", "press", "minister", "prime", "foreign", "defense", "defence",
    "sen", "senator", "gov", "governor", "rep", "representative", "mayor", "general", "gen", "col",
    "lt", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "chancellor", "chairman",
    "chairwoman", "chair", "ceo", "director", "ambassador", "envoy", "special", "spokesman",
    "spokeswoman", "spokesperson", "judge", "justice", "chief", "deputy", "state", "house", "white",
    "national", "security", "council", "attorney", "speaker", "leader", "king", "queen", "pope",
    "commissioner", "former", "senior", "adviser", "advisor", "aide", "candidate", "republican",
    "democratic", "democrat", "sheriff", "officer", "commander", "coach", "host", "anchor", "editor",
    "rev", "sir", "lord", "lady", "us", "u", "s", "uk", "un", "eu", "nato", "gop", "sec", "lawmaker",
    "congressman", "congresswoman", "rabbi", "father", "sister", "brother", "captain", "capt",
    "sgt", "sergeant", "colonel", "lieutenant", "major", "admiral", "dean", "executive", "founder",
    "and", "of", "defence", "department", "ministry", "affairs", "interior", "finance", "economy",
    "президент", "міністр", "министр", "прем'єр", "премьер", "прем’єр", "глава", "голова",
    "спікер", "спикер", "секретар", "секретарь", "посол", "генерал", "депутат", "речник",
    "пресс-секретарь", "прес-секретар", "лидер", "лідер", "мэр", "мер", "сенатор", "губернатор",
    "радник", "советник", "керівник", "руководитель", "очільник", "командувач", "командующий",
];

/// Capitalised words that start sentences or phrases but never names.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "the", "a", "an", "after", "before", "in", "on", "at", "but", "and", "or", "if", "when", "while",
    "as", "so", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
    "his", "her", "their", "our", "my", "your", "since", "for", "from", "with", "by", "to", "of",
    "later", "earlier", "meanwhile", "however", "also", "then", "now", "today", "yesterday",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "following", "according", "last", "next", "one", "two", "some", "many",
    "several", "both", "all", "most", "no", "not", "crucially", "recent", "still", "yet", "there",
    "here", "what", "who", "why", "how", "where", "mr", "ms", "mrs", "dr",
];

#[rustfmt::skip]
const PRONOUNS_PERSON: &[&str] = &["he", "she", "him", "her", "він", "вона", "он", "она", "er", "sie", "i"];
#[rustfmt::skip]
const PRONOUNS_PLURAL: &[&str] = &["they", "вони", "они", "we", "ми", "мы"];
#[rustfmt::skip]
const PRONOUNS_THING: &[&str] = &["it", "воно", "оно"];

#[rustfmt::skip]
const ANONYMOUS_HEADS: &[&str] = &[
    "source", "sources", "official", "officials", "insider", "insiders", "person", "people",
    "diplomat", "diplomats", "observers", "analysts", "experts", "expert", "critics", "aides",
    "someone", "witnesses", "residents", "джерело", "джерела", "источник", "источники",
    "співрозмовник", "собеседник", "експерти", "эксперты", "посадовці", "чиновники",
];

#[rustfmt::skip]
const DOCUMENT_HEADS: &[&str] = &[
    "article", "report", "statement", "document", "paper", "letter", "memo", "authors", "author",
    "journalists", "reporters", "email", "study", "survey", "poll", "headline", "post", "tweet",
    "release", "calls", "recordings", "publication", "outlet", "newspaper", "стаття", "статья",
    "заява", "заявление", "документ", "видання", "издание", "журналісти", "журналисты", "автори",
    "авторы", "звіт", "доклад", "counter-proposal", "proposal", "plan", "ruling", "filing",
];

/// Auxiliaries and adverbs that sit between a subject and its cue ("has also said").
#[rustfmt::skip]
const FILLERS: &[&str] = &[
    "has", "have", "had", "also", "previously", "reportedly", "repeatedly", "once", "later", "then",
    "publicly", "explicitly", "will", "would", "could", "may", "might", "should", "can", "did", "does",
    "do", "just", "recently", "again", "further", "already", "now", "still", "even", "only", "often",
    "never", "always", "first", "initially", "earlier", "had", "not", "had", "privately", "openly",
    "та", "також", "и", "і", "также", "уже", "вже", "раніше", "ранее", "тоже", "теж",
];

#[rustfmt::skip]
const LEADING_FILLERS: &[&str] = &[
    "and", "but", "while", "though", "although", "as", "so", "yet", "because", "however", "that",
    "which", "who", "when", "where", "meanwhile", "since", "also", "і", "и", "а", "але", "но",
    "однак", "однако", "проте", "тоді", "тогда", "then", "where", "whereas",
];

#[rustfmt::skip]
const PASSIVE: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];

/// Is this (lowercased) word a capitalised sentence opener rather than a name?
pub fn is_sentence_opener(word: &str) -> bool {
    NOT_NAMES.contains(&word) || TITLES.contains(&word)
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Strip a possessive ending: "Trump’s" → "Trump".
fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// A person name found in running text, with the title words written before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention {
    pub at: usize,
    pub name: String,
    pub titles: Vec<String>,
}

/// Runs of capitalised words in `words` (word, byte start, byte end) that look like a
/// person's full name: two or more capitalised non-title words, not preceded by "the".
pub fn person_names(text: &str, words: &[(usize, usize)]) -> Vec<NameMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &text[words[i].0..words[i].1];
        if !is_capitalised(w) {
            i += 1;
            continue;
        }
        // Extend the run while words are capitalised and only spaces or a period separate them.
        let mut j = i + 1;
        while j < words.len() {
            let gap = &text[words[j - 1].1..words[j].0];
            let next = &text[words[j].0..words[j].1];
            let gap_ok = gap == " "
                || gap == ". "
                || gap == "." && text[words[j - 1].0..words[j - 1].1].chars().count() == 1;
            if !gap_ok
                || !is_capitalised(next)
                || words[j - 1].1 < words[j].0
                    && text[words[j - 1].0..words[j - 1].1].ends_with("’s")
            {
                break;
            }
            j += 1;
        }
        let preceded_by_article = i > 0 && {
            let prev = lower(&text[words[i - 1].0..words[i - 1].1]);
            prev == "the" && text[words[i - 1].1..words[i].0] == *" "
        };
        let run: Vec<&str> = (i..j).map(|k| &text[words[k].0..words[k].1]).collect();
        // Everything up to the last title word is office, not name ("Vermont Sen. Bernie Sanders").
        // German compound titles end in their head: "Firmenchef", "Kestrel-Rail-Chef", "Regierungssprecherin".
        let german_title = |w: &str| {
            let w = lower(w);
            ["chef", "chefin", "sprecher", "sprecherin", "direktor", "direktorin", "präsident", "präsidentin", "minister", "ministerin"]
                .iter()
                .any(|h| w == *h || w.len() >= h.len() + 3 && w.ends_with(h))
                || w.starts_with("bürgermeister")
                || w.starts_with("kommandant")
        };
        let is_title = |w: &str| {
            TITLES.contains(&lower(w).as_str()) || NOT_NAMES.contains(&lower(w).as_str()) || german_title(w)
        };
        let mut k = run[..run.len().saturating_sub(1)]
            .iter()
            .rposition(|w| is_title(w))
            .map_or(0, |p| p + 1);
        // An acronym before a name belongs to the office ("управління ДСНС Тарас Гриценко").
        let acronym = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() && c.is_alphabetic());
        let organisation_tail = run.last().is_some_and(|l| {
            matches!(
                lower(l).as_str(),
                "service" | "corps" | "news" | "group" | "agency" | "council" | "ministry" | "office" | "force" | "forces"
            )
        });
        if (3..=4).contains(&(run.len() - k))
            && acronym(run[k])
            && !organisation_tail
            && run[k + 1..].iter().all(|w| w.chars().any(char::is_lowercase))
        {
            k += 1;
        }
        // A person's name is written in one script: a Latin-script organisation before a
        // Cyrillic name ("директор Kestrel Rail Антон Вайс") is not part of it.
        let cyrillic = stemmata_text::has_cyrillic;
        if let Some(last) = run.last()
            && let Some(p) = run[k..].iter().rposition(|w| cyrillic(w) != cyrillic(last))
        {
            k += p + 1;
        }
        let titles: Vec<String> = run[..k].iter().map(|w| lower(w)).collect();
        let name_words: Vec<&str> = run[k..].iter().map(|w| strip_possessive(w)).collect();
        let first_is_the = run.first().is_some_and(|w| lower(w) == "the");
        if name_words.len() >= 2
            && name_words.len() <= 4
            && !preceded_by_article
            && !first_is_the
            && let Some(pos) = words.get(i + k)
        {
            out.push(NameMention {
                at: pos.0,
                name: name_words.join(" "),
                titles,
            });
        }
        i = j;
    }
    out
}

/// A speaker as resolved from a source phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub name: String,
    pub kind: SpeakerKind,
}

/// What the resolver knows about the article so far.
#[derive(Debug, Default)]
pub struct Memory {
    /// Full names seen outside quotes, in text order.
    pub names: Vec<NameMention>,
    /// Speakers of earlier attributions: (byte position, speaker, unit index).
    pub speakers: Vec<(usize, Resolved, usize)>,
}

impl Memory {
    fn person_by_surname(&self, surname: &str, before: usize) -> Option<String> {
        let s = stemmata_text::fold(surname);
        let found = self.names.iter().rev().filter(|m| m.at < before).find(|m| {
            m.name
                .split(' ')
                .next_back()
                .is_some_and(|last| stemmata_text::fold(last) == s)
        });
        found.map(|m| m.name.clone()).or_else(|| {
            self.speakers
                .iter()
                .rev()
                .filter(|(at, r, _)| *at < before && r.kind == SpeakerKind::Person)
                .find(|(_, r, _)| {
                    r.name
                        .split(' ')
                        .next_back()
                        .is_some_and(|last| stemmata_text::fold(last) == s)
                })
                .map(|(_, r, _)| r.name.clone())
        })
    }

    fn person_by_role(&self, role: &str, before: usize) -> Option<String> {
        self.names
            .iter()
            .rev()
            .filter(|m| m.at < before)
            .find(|m| m.titles.iter().any(|t| t == role))
            .map(|m| m.name.clone())
    }

    fn resolve_pronoun(&self, pronoun: &str, before: usize, unit: usize) -> Option<Resolved> {
        if PRONOUNS_PLURAL.contains(&pronoun) {
            return self
                .speakers
                .iter()
                .rev()
                .find(|(at, r, u)| {
                    *at < before
                        && unit.saturating_sub(*u) <= 2
                        && r.kind != SpeakerKind::Person
                        && r.kind != SpeakerKind::Unknown
                })
                .map(|(_, r, _)| r.clone());
        }
        if PRONOUNS_THING.contains(&pronoun) {
            return self
                .speakers
                .iter()
                .rev()
                .find(|(at, r, u)| {
                    *at < before
                        && unit.saturating_sub(*u) <= 2
                        && matches!(r.kind, SpeakerKind::Organisation | SpeakerKind::Document)
                })
                .map(|(_, r, _)| r.clone());
        }
        if pronoun == "i" {
            return None;
        }
        // A speaker quoted in the last units is the likeliest referent ("Leavitt declined to
        // comment. "…," she said."); otherwise the nearest full name before the pronoun.
        let recent = self.speakers.iter().rev().find(|(at, r, u)| {
            *at < before && unit.saturating_sub(*u) <= 2 && r.kind == SpeakerKind::Person
        });
        if let Some((_, r, _)) = recent {
            return Some(r.clone());
        }
        // German capitalises every noun, so a capitalised run there ("Die Deutsche Bahn") is not
        // yet a person: "er"/"sie" take only names that do not open with an article.
        let german = matches!(pronoun, "er" | "sie");
        let plausible = |m: &&NameMention| {
            !german
                || !m.name.split_whitespace().next().is_some_and(|w| {
                    matches!(lower(w).as_str(), "die" | "der" | "das" | "den" | "dem" | "des" | "ein" | "eine")
                })
        };
        if let Some(m) = self.names.iter().rev().filter(plausible).find(|m| m.at < before) {
            return Some(Resolved {
                name: m.name.clone(),
                kind: SpeakerKind::Person,
            });
        }
        if german {
            return None;
        }
        self.speakers
            .iter()
            .rev()
            .find(|(at, r, _)| *at < before && r.kind == SpeakerKind::Person)
            .map(|(_, r, _)| r.clone())
    }
}

/// Trim a source phrase to the subject right before a cue: drop leading conjunctions and
/// trailing auxiliaries, and refuse phrases that are clauses rather than noun phrases.
/// Returns the kept word range `[from, to)` of `words`.
pub fn trim_subject(words: &[&str]) -> Option<(usize, usize)> {
    let mut to = words.len();
    while to > 0 && FILLERS.contains(&lower(words[to - 1]).as_str()) {
        to -= 1;
    }
    if to > 0 && PASSIVE.contains(&lower(words[to - 1]).as_str()) {
        // "it was reported that": no speaker is named.
        return None;
    }
    let mut from = 0;
    while from < to && LEADING_FILLERS.contains(&lower(words[from]).as_str()) {
        from += 1;
    }
    if from >= to {
        return None;
    }
    Some((from, to))
}

/// Does the phrase refer back to an outlet named before ("the article", "the authors",
/// "видання")? Uses the shared lexicons' back-reference lists.
fn is_back_reference(phrase: &str) -> bool {
    let folded = stemmata_attribution::lexicon::phrase_words(phrase);
    stemmata_attribution::lexicon::all().iter().any(|lex| {
        lex.back_references
            .iter()
            .any(|r| stemmata_attribution::lexicon::phrase_words(r) == folded)
    })
}

/// The kind of speaker a cleaned source phrase names, and its display name.
pub fn resolve(phrase: &str, at: usize, unit: usize, memory: &Memory) -> Resolved {
    let words: Vec<&str> = stemmata_text::words(phrase).collect();
    let lowered: Vec<String> = words.iter().map(|w| lower(w)).collect();
    let cleaned = phrase
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    // "the article says", "the authors stress": the outlet cited before speaks through its text.
    if words.len() <= 3 && is_back_reference(phrase) {
        let outlet = memory
            .speakers
            .iter()
            .rev()
            .find(|(pos, r, _)| *pos < at && r.kind == SpeakerKind::Organisation);
        if let Some((_, r, _)) = outlet {
            return r.clone();
        }
        return Resolved {
            name: cleaned,
            kind: SpeakerKind::Document,
        };
    }
    if words.len() == 1 {
        let w = lowered[0].as_str();
        if PRONOUNS_PERSON.contains(&w)
            || PRONOUNS_PLURAL.contains(&w)
            || PRONOUNS_THING.contains(&w)
        {
            return memory.resolve_pronoun(w, at, unit).unwrap_or(Resolved {
                name: cleaned,
                kind: SpeakerKind::Unknown,
            });
        }
    }
    // A full name anywhere in the phrase, preferring the last ("US Secretary of State Marco Rubio").
    let spans = stemmata_text::word_spans(phrase);
    if let Some(m) = person_names(phrase, &spans).pop() {
        return Resolved {
            name: m.name,
            kind: SpeakerKind::Person,
        };
    }
    let head = lowered.last().map(String::as_str).unwrap_or("");
    let has = |list: &[&str]| lowered.iter().any(|w| list.contains(&w.as_str()));
    // A bare surname, possibly after a title ("Yermak", "President Zelenskyy", "президент Зеленський").
    let caps: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            is_capitalised(w)
                && !TITLES.contains(&lower(w).as_str())
                && !NOT_NAMES.contains(&lower(w).as_str())
        })
        .collect();
    if caps.len() == 1 && words.len() <= 4 && !has(ANONYMOUS_HEADS) && !has(DOCUMENT_HEADS) {
        let surname = strip_possessive(caps[0]);
        if let Some(full) = memory.person_by_surname(surname, at) {
            return Resolved {
                name: full,
                kind: SpeakerKind::Person,
            };
        }
        let starts_with_the = lowered.first().is_some_and(|w| w == "the");
        let titled = lowered
            .iter()
            .any(|w| TITLES.contains(&w.as_str()) && w != "the");
        let kind = if titled && !starts_with_the {
            SpeakerKind::Person
        } else {
            SpeakerKind::Organisation
        };
        return Resolved {
            name: if kind == SpeakerKind::Person {
                surname.to_string()
            } else {
                cleaned
            },
            kind,
        };
    }
    if has(ANONYMOUS_HEADS) {
        return Resolved {
            name: cleaned,
            kind: SpeakerKind::Anonymous,
        };
    }
    if DOCUMENT_HEADS.contains(&head) {
        return Resolved {
            name: cleaned,
            kind: SpeakerKind::Document,
        };
    }
    // "the minister", "the president": the nearest earlier person with that title.
    if words.len() <= 3
        && lowered.first().is_some_and(|w| w == "the")
        && TITLES.contains(&head)
        && let Some(full) = memory.person_by_role(head, at)
    {
        return Resolved {
            name: full,
            kind: SpeakerKind::Person,
        };
    }
    if words
        .iter()
        .any(|w| is_capitalised(w) && !NOT_NAMES.contains(&lower(w).as_str()))
    {
        return Resolved {
            name: cleaned,
            kind: SpeakerKind::Organisation,
        };
    }
    Resolved {
        name: cleaned,
        kind: SpeakerKind::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        person_names(t, &stemmata_text::word_spans(t))
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    #[test]
    fn titles_are_not_part_of_names() {
        assert_eq!(
            names("White House Press Secretary Karoline Leavitt declined"),
            vec!["Karoline Leavitt"]
        );
        assert_eq!(
            names("US Secretary of State Marco Rubio said"),
            vec!["Marco Rubio"]
        );
        assert_eq!(
            names("Vermont Sen. Bernie Sanders asked"),
            vec!["Bernie Sanders"]
        );
    }

    #[test]
    fn a_name_in_another_script_is_not_the_organisation_before_it() {
        assert_eq!(names("директор Kestrel Rail Антон Вайс оголосив"), vec!["Антон Вайс"]);
        assert_eq!(names("глава компании Azotex Тарас Гриценко заявил"), vec!["Тарас Гриценко"]);
    }

    #[test]
    fn places_after_the_are_not_people() {
        assert!(names("The United States is ready").is_empty());
        assert!(names("in the United States today").is_empty());
    }

    #[test]
    fn pronoun_resolves_to_recent_speaker() {
        let mut memory = Memory::default();
        memory.speakers.push((
            10,
            Resolved {
                name: "Karoline Leavitt".into(),
                kind: SpeakerKind::Person,
            },
            3,
        ));
        let r = resolve("she", 50, 4, &memory);
        assert_eq!(r.name, "Karoline Leavitt");
    }

    #[test]
    fn surname_resolves_to_full_name() {
        let mut memory = Memory::default();
        memory.names.push(NameMention {
            at: 5,
            name: "Andriy Yermak".into(),
            titles: vec![],
        });
        assert_eq!(resolve("Yermak", 90, 9, &memory).name, "Andriy Yermak");
        assert_eq!(
            resolve("one well-placed source", 90, 9, &memory).kind,
            SpeakerKind::Anonymous
        );
        assert_eq!(
            resolve("the article", 90, 9, &memory).kind,
            SpeakerKind::Document
        );
        memory.speakers.push((
            20,
            Resolved {
                name: "The Harbour Post".into(),
                kind: SpeakerKind::Organisation,
            },
            2,
        ));
        assert_eq!(
            resolve("the authors", 90, 9, &memory).name,
            "The Harbour Post"
        );
    }
}
