//! Sentence splitting for news text.
//!
//! Hand-written because news bodies scraped from the web break the assumptions of the
//! general-purpose splitters: full stops that lost their following space
//! (`reported the information.The United States`), quotes glued to the next sentence
//! (`partners."It's`), outlet names with dots (`Censor.NET`), abbreviations (`U.S.`, `Dr.`,
//! `z. B.`, `т. е.`), decimals and URLs. Each line is a paragraph; bullet lines are sentences.

use stemmata_model::Span;

/// Abbreviations (lowercase, without the final dot) after which a full stop does not end a
/// sentence, for the languages the project reads.
const ABBREVIATIONS: &[&str] = &[
    // English
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "sen", "rep", "gov", "pres", "rev", "hon", "amb", "supt", "insp", "det", "atty", "messrs", "mme", "mlle",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vol", "vols", "pp", "fig", "figs", "approx",
    "est", "inc", "ltd", "corp", "co", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft", "vs", "etc",
    "e.g", "i.e", "cf", "al", "ca", "p", "op", "ed", "eds", "jr", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c",
    // German
    "z.b", "bzw", "d.h", "u.a", "usw", "ggf", "vgl", "inkl", "evtl", "sog", "str", "nr", "hr", "fr", "dipl", "ing",
    "mio", "mrd", "bspw", "z", "u", "d", "o.ä", "s", "abs", "jh", "jhd",
    // Ukrainian / Russian
    "т", "т.е", "т.д", "т.п", "т.ч", "г", "гг", "ул", "вул", "им", "ім", "див", "см", "напр", "тис", "млн", "млрд",
    "грн", "руб", "коп", "р", "рр", "ст", "проф", "акад", "доц", "пл", "просп", "обл", "р-н", "с", "смт", "м",
    "п", "др", "пр", "тыс", "ін", "інш", "тощо",
    // French
    "m", "mm", "mme", "mlle", "env", "cf", "av", "apr", "j.-c", "boul",
    // Polish ranks and titles ("powiedziała nam podkom. Anna Wilczek"), Italian and Spanish titles
    "podkom", "nadkom", "asp", "sierż", "mł", "płk", "ppłk", "mjr", "kpt", "ppor", "prok", "mec", "ks", "inż",
    "hab", "tzw", "np", "tj", "dott", "avv", "sig", "sra", "dña",
];

/// Words that, after a multi-dot abbreviation such as `U.S.`, show that a new sentence began.
const SENTENCE_STARTERS: &[&str] = &[
    "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "in", "on", "but", "and", "a",
    "an", "its", "his", "her", "their", "there", "after", "before", "meanwhile", "however", "according",
];

/// Sentence spans over `text`. `language` (ISO 639-1) is accepted for future per-language
/// rules; the abbreviation list covers all supported languages at once.
pub fn sentences(text: &str, _language: Option<&str>) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        split_line(text, line_start, line_start + line.len(), &mut spans);
        line_start += line.len() + 1;
    }
    spans
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‚' | '‹' | '(' | '[')
}

fn is_closing_mark(c: char) -> bool {
    matches!(c, '”' | '»' | '’' | '›' | ')' | ']')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

fn push_trimmed(text: &str, start: usize, end: usize, spans: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        spans.push(Span::new(start + lead, end - trail));
    }
}

/// The word (letters and inner dots) that ends right before byte `dot` in `chars`.
fn word_before(chars: &[(usize, char)], dot_index: usize) -> String {
    let mut i = dot_index;
    while i > 0 {
        let c = chars[i - 1].1;
        if c.is_alphanumeric() || c == '.' || c == '-' {
            i -= 1;
        } else {
            break;
        }
    }
    chars[i..dot_index].iter().map(|(_, c)| *c).collect()
}

const GERMAN_MONTHS: &[&str] = &[
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
];

fn is_day_ordinal(word: &str, rest: &[(usize, char)]) -> bool {
    let next_word: String = rest.iter().map(|p| p.1).take_while(|c| c.is_alphabetic()).collect();
    day_ordinal(word, &next_word)
}

/// Whether the full stop after `word` is a German ordinal ("am 1. Juni", "im 14. Jahrhundert",
/// "zum 20. Jahrestag") rather than a sentence end: `word` is one or two digits and `next_word`
/// a month name or a noun counted in ordinals.
pub fn day_ordinal(word: &str, next_word: &str) -> bool {
    const ORDINAL_NOUNS: &[&str] = &[
        "jahrhundert", "jahrhunderts", "jahrtausend", "jahrtausends", "jahrestag", "jahrestages", "geburtstag",
        "geburtstages", "todestag", "todestages", "lebensjahr", "lebensjahres", "stock", "stockwerk", "etage",
        "runde", "spieltag", "platz", "klasse", "liga", "auflage", "ausgabe", "sitzung", "wahlperiode",
    ];
    let next = next_word.to_lowercase();
    !word.is_empty()
        && word.len() <= 2
        && word.chars().all(|c| c.is_ascii_digit())
        && (GERMAN_MONTHS.contains(&next.as_str()) || ORDINAL_NOUNS.contains(&next.as_str()))
}

fn split_line(text: &str, from: usize, to: usize, spans: &mut Vec<Span>) {
    let chars: Vec<(usize, char)> = text[from..to].char_indices().map(|(i, c)| (i + from, c)).collect();
    let n = chars.len();
    let mut start = from;
    let mut straight_quote_open = false;
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c == '"' {
            straight_quote_open = !straight_quote_open;
            i += 1;
            continue;
        }
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        let dot_index = i;
        // A run of terminal marks ("?!", "...").
        let mut j = i;
        while j < n && is_terminal(chars[j].1) {
            j += 1;
        }
        // Closing quotes and brackets belong to the sentence they end.
        let mut closed_quote = false;
        while j < n {
            let d = chars[j].1;
            if d == '"' && straight_quote_open {
                straight_quote_open = false;
                closed_quote = true;
                j += 1;
            } else if is_closing_mark(d) {
                closed_quote = true;
                j += 1;
            } else {
                break;
            }
        }
        if j >= n {
            break;
        }
        let mut k = j;
        while k < n && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k >= n {
            break;
        }
        let spaced = k > j;
        let next = chars[k].1;
        let after_next = chars.get(k + 1).map(|p| p.1);
        let only_dot = c == '.' && j - dot_index == 1 && !closed_quote;
        // (A single quotation mark after a space opens a quote when a capital follows: "… Kelvara.
        // 'Dit zijn gegevens …', zegt Brinkhorst.")
        let opens_quote = next == '"' && !straight_quote_open || is_opening_quote(next) || spaced && matches!(next, '\'' | '‘');
        let starts_upper = next.is_uppercase()
            || (opens_quote && after_next.is_some_and(|a| a.is_uppercase() || a.is_numeric()));
        let boundary = if spaced {
            if next.is_lowercase() {
                false
            } else if only_dot {
                let word = word_before(&chars, dot_index);
                let lower = word.to_lowercase();
                let letters = word.chars().filter(|c| c.is_alphabetic()).count();
                if word.contains('.') && letters <= 4 {
                    // "U.S." ends a sentence only when a typical sentence opener follows.
                    let next_word: String =
                        chars[k..].iter().map(|p| p.1).take_while(|c| c.is_alphabetic()).collect();
                    SENTENCE_STARTERS.contains(&next_word.to_lowercase().as_str())
                } else if ABBREVIATIONS.contains(&lower.as_str())
                    // German dates ("am 3. Mai") and initials ("J. Smith") do not end a sentence.
                    || is_day_ordinal(&word, &chars[k..])
                    || letters == 1 && word.chars().all(|c| c.is_uppercase())
                {
                    false
                } else {
                    starts_upper || next.is_numeric() || next == '-' || next == '–' || next == '—'
                }
            } else {
                starts_upper || next.is_numeric() || next == '-' || next == '–' || next == '—'
            }
        } else if closed_quote || c != '.' {
            starts_upper
        } else {
            // A full stop glued to the next word: "information.The" splits; "Censor.NET",
            // "U.S.", "espreso.tv", "3.5" and URLs do not.
            let word = word_before(&chars, dot_index);
            let glued_word = word.chars().count() >= 2
                && !word.contains('.')
                && word.chars().all(char::is_alphabetic)
                && word.chars().any(char::is_lowercase);
            // A capitalised word, or a one-letter word that can open a sentence ("A new plan", "I").
            let next_is_word_start = next.is_uppercase()
                && (after_next.is_some_and(char::is_lowercase)
                    || (matches!(next, 'A' | 'I' | 'В' | 'У' | 'І' | 'З' | 'А' | 'О' | 'Я' | 'К' | 'С')
                        && after_next.is_some_and(char::is_whitespace)));
            let next_opens = opens_quote && after_next.is_some_and(char::is_uppercase);
            // A name written like a web address, «Соснівець.City»: a Cyrillic word glued to a
            // Latin one, or a word right after an opening quotation mark.
            let word_start = dot_index - word.chars().count();
            let quoted_name = word_start > 0 && matches!(chars[word_start - 1].1, '«' | '„' | '“' | '"');
            let mixed_scripts = crate::has_cyrillic(&word) && next.is_ascii_uppercase();
            (glued_word || word.chars().last().is_some_and(|l| l.is_lowercase() || l.is_numeric()))
                && (next_is_word_start && glued_word && !quoted_name && !mixed_scripts || next_opens)
        };
        if boundary {
            let end = chars[j].0;
            push_trimmed(text, start, end, spans);
            start = end;
            i = k;
        } else {
            i = j;
        }
    }
    push_trimmed(text, start, to, spans);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Some("en")).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn a_single_quotation_mark_opens_a_sentence() {
        assert_eq!(
            split("Zij zag dat de data naar AdNexo gingen. 'Dit zijn gegevens', zegt Brinkhorst. Het is 'n fout."),
            vec!["Zij zag dat de data naar AdNexo gingen.", "'Dit zijn gegevens', zegt Brinkhorst.", "Het is 'n fout."]
        );
    }

    #[test]
    fn missing_spaces_after_full_stops() {
        assert_eq!(
            split("The Telegraph reported the information.The United States is preparing."),
            ["The Telegraph reported the information.", "The United States is preparing."]
        );
    }

    #[test]
    fn glued_one_letter_words() {
        assert_eq!(
            split("after a full ceasefire.A new plan emerged.I agree.В Києві тихо."),
            ["after a full ceasefire.", "A new plan emerged.", "I agree.", "В Києві тихо."]
        );
    }

    #[test]
    fn a_name_written_like_a_web_address_is_no_sentence_end() {
        let text = "Про це повідомляє портал «Соснівець.City». Фестиваль скасовано.";
        assert_eq!(sentences(text, Some("uk")).len(), 2);
        assert_eq!(sentences("He reported the information.The United States agreed.", Some("en")).len(), 2);
    }

    #[test]
    fn glued_quotes() {
        assert_eq!(
            split(r#"It came despite objections from partners."It's clear," said one source. "They say so."Putin signaled Thursday."#),
            [
                "It came despite objections from partners.",
                r#""It's clear," said one source."#,
                r#""They say so.""#,
                "Putin signaled Thursday."
            ]
        );
    }

    #[test]
    fn polish_ranks_do_not_end_a_sentence() {
        let t = "– Resztę agencja potrącała – powiedziała nam podkom. Anna Wilczek z policji. Śledztwo trwa.";
        assert_eq!(split(t).len(), 2, "{:?}", split(t));
    }

    #[test]
    fn abbreviations_outlets_numbers_urls_stay_whole() {
        let t = "The U.S. offer was relayed by Censor.NET on espreso.tv at 3.5 p.m. today. Dr. Smith and J. K. Rowling agreed. See https://example.com/a.b for more.";
        assert_eq!(
            split(t),
            [
                "The U.S. offer was relayed by Censor.NET on espreso.tv at 3.5 p.m. today.",
                "Dr. Smith and J. K. Rowling agreed.",
                "See https://example.com/a.b for more."
            ]
        );
    }

    #[test]
    fn us_at_sentence_end() {
        assert_eq!(split("Both refused, like the U.S. The talks go on."), ["Both refused, like the U.S.", "The talks go on."]);
    }

    #[test]
    fn lines_and_bullets_are_sentences() {
        let t = "US peace plan\n- On Sunday, 23 November, talks began.\n- It was reported earlier.";
        assert_eq!(split(t), ["US peace plan", "- On Sunday, 23 November, talks began.", "- It was reported earlier."]);
    }

    #[test]
    fn cyrillic_and_german() {
        assert_eq!(
            split("Про це пише видання. Зеленський заявив, що т. е. ні. Das ist z. B. gut. Er kam am 3. Mai."),
            ["Про це пише видання.", "Зеленський заявив, що т. е. ні.", "Das ist z. B. gut.", "Er kam am 3. Mai."]
        );
        assert_eq!(
            split("Fresken aus dem 14. Jahrhundert wurden gefunden. Die Zahl stieg auf 14. Neue Fälle kamen."),
            ["Fresken aus dem 14. Jahrhundert wurden gefunden.", "Die Zahl stieg auf 14.", "Neue Fälle kamen."]
        );
    }

    #[test]
    fn question_and_exclamation() {
        assert_eq!(split("Why now? Nobody knows! But it is."), ["Why now?", "Nobody knows!", "But it is."]);
    }
}
