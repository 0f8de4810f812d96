//! Quote-aware sentence units.
//!
//! A quote and the words that attribute it belong together even when the quote holds several
//! sentences (`"A. B," she said.`), so the units here never break inside quotation marks. That is
//! why this is not the general sentence splitter: it only serves attaching cues to quotes. It
//! copes with scraped text that lost the space after a full stop (`information.The`).

use crate::marks::Quoted;
use stemmata_model::Span;

#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "st", "jr", "sr", "gen", "lt", "col", "prof", "no",
    "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "capt", "sgt", "rev", "ft", "mt", "etc", "approx", "dept", "est", "fig", "maj", "adm",
    "т", "г", "им", "ст", "тыс", "млн", "млрд", "р", "вул", "ул",
];

fn is_opening_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«' | '(' | '[' | '—' | '–' | '-')
}

/// The word ending right before byte `end`.
fn word_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .rfind(|c: char| !c.is_alphanumeric())
        .map(|i| i + text[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    &text[start..end]
}

/// Could a sentence end at the terminator at byte `at` (followed by `next_start`)?
fn ends_sentence(text: &str, at: usize, next_start: usize, had_space: bool) -> bool {
    let Some(next) = text[next_start..].chars().next() else {
        return true;
    };
    if !(next.is_uppercase() || next.is_numeric() && had_space || is_opening_mark(next)) {
        return false;
    }
    if text[at..].starts_with('.') {
        let word = word_before(text, at);
        let lower = word.to_lowercase();
        if ABBREVIATIONS.contains(&lower.as_str()) {
            return false;
        }
        // German dates: "ab dem 1. Juni".
        let next_word: String = text[next_start..].chars().take_while(|c| c.is_alphabetic()).collect();
        if stemmata_text::sentences::day_ordinal(word, &next_word) {
            return false;
        }
        // Initials and acronyms: "J. Smith", "U.S. officials".
        if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
            return false;
        }
        if !had_space {
            // "information.The" (lost space) ends a sentence; "Censor.NET" does not.
            let next_word: String = text[next_start..]
                .trim_start_matches(is_opening_mark)
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            let mut letters = next_word.chars();
            let first_upper = letters.next().is_some_and(char::is_uppercase);
            // "The", "It's", or a one-letter word ("A", "I"); not "NET" or "S".
            let titlecase = first_upper
                && letters.next().is_none_or(char::is_lowercase)
                && (next_word.chars().count() > 1 || matches!(next_word.as_str(), "A" | "I"));
            if word.chars().count() < 2 || !titlecase {
                return false;
            }
        }
    }
    true
}

/// Split `text` into units that end at sentence ends and line breaks outside quotes.
pub fn units(text: &str, quotes: &[Quoted]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut qi = 0usize;
    let bytes_len = text.len();
    let mut i = 0usize;
    let push = |out: &mut Vec<Span>, s: usize, e: usize| {
        let slice = &text[s..e];
        let lead = slice.len() - slice.trim_start().len();
        let trail = slice.len() - slice.trim_end().len();
        if lead + trail < slice.len() {
            out.push(Span::new(s + lead, e - trail));
        }
    };
    while i < bytes_len {
        // Skip over quotes as a whole; a quote ending a sentence may end the unit.
        if qi < quotes.len() && quotes[qi].outer.start == i {
            let q = quotes[qi];
            qi += 1;
            i = q.outer.end;
            let inner = q.inner.slice(text).trim_end();
            if inner.ends_with(['.', '!', '?', '…']) && i < bytes_len {
                let rest = &text[i..];
                let trimmed = rest.trim_start_matches([' ', '\t']);
                let had_space = trimmed.len() != rest.len();
                let next_start = i + (rest.len() - trimmed.len());
                if trimmed.starts_with('\n')
                    || ends_sentence(text, i, next_start, had_space)
                        && !trimmed.starts_with(['-', '—', '–'])
                {
                    push(&mut out, start, i);
                    start = i;
                }
            }
            continue;
        }
        while qi < quotes.len() && quotes[qi].outer.start < i {
            qi += 1;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + len;
            // Closing brackets stay with their sentence.
            while let Some(n) = text[j..].chars().next() {
                if matches!(n, ')' | ']' | '.' | '!' | '?') {
                    j += n.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &text[j..];
            let trimmed = rest.trim_start_matches([' ', '\t']);
            let had_space = trimmed.len() != rest.len();
            let next_start = j + (rest.len() - trimmed.len());
            if next_start >= bytes_len || ends_sentence(text, i, next_start, had_space) {
                push(&mut out, start, j);
                start = j;
            }
            i = j;
            continue;
        }
        i += len;
    }
    push(&mut out, start, bytes_len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::quoted_spans;

    fn split(t: &str) -> Vec<&str> {
        units(t, &quoted_spans(t))
            .iter()
            .map(|s| s.slice(t))
            .collect()
    }

    #[test]
    fn keeps_quotes_with_their_attribution() {
        let t = r#""First. Second," she said. "Third." Then more."#;
        assert_eq!(
            split(t),
            vec![r#""First. Second," she said."#, r#""Third.""#, "Then more."]
        );
    }

    #[test]
    fn copes_with_missing_space_after_full_stop() {
        assert_eq!(
            split("It was reported.The next one. Mr. Smith left."),
            vec!["It was reported.", "The next one.", "Mr. Smith left."]
        );
        assert_eq!(
            split("It ended.A new one began.\"Yes,\" he said."),
            vec!["It ended.", "A new one began.", "\"Yes,\" he said."]
        );
        assert_eq!(
            split("As relayed by Censor.NET today."),
            vec!["As relayed by Censor.NET today."]
        );
    }

    #[test]
    fn acronyms_do_not_end_sentences() {
        assert_eq!(
            split("The U.S. Senate voted. Done."),
            vec!["The U.S. Senate voted.", "Done."]
        );
    }

    #[test]
    fn german_day_ordinals_do_not_end_sentences() {
        assert_eq!(
            split("Der Zug fährt ab dem 1. Juni. Das sagte Weiss."),
            vec!["Der Zug fährt ab dem 1. Juni.", "Das sagte Weiss."]
        );
    }
}
