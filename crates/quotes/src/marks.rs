//! Quotation marks: which stretches of a text are quoted.
//!
//! News text mixes conventions: straight `"…"`, English curly `“…”`, Russian and Ukrainian
//! `«…»`, German and Ukrainian `„…“`. A quote may run over several paragraphs: by press
//! convention each continued paragraph opens with a mark and only the last one closes, or (in
//! scraped text) a paragraph opens a quote that the next paragraph closes. Single quotes are
//! left alone: they double as apostrophes (`don’t`) and mostly mark nested quotes or headlines.

use stemmata_model::Span;

/// One quoted stretch: `outer` includes the marks, `inner` is what was quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quoted {
    pub outer: Span,
    pub inner: Span,
}

fn closers_for(open: char) -> &'static [char] {
    match open {
        '"' => &['"', '”'],
        '“' => &['”', '"'],
        '„' => &['“', '”', '"'],
        '«' => &['»'],
        // A stray closing curly mark used as an opener (seen in scraped text).
        '”' => &['”', '"'],
        _ => &[],
    }
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '«' | '”')
}

/// Does the paragraph starting at `from` close a quote left open (an odd number of straight or
/// curly marks before any new opener of a typed pair)?
fn next_paragraph_closes(text: &str, from: usize, open: char) -> bool {
    let para_end = text[from..]
        .find('\n')
        .map(|i| from + i)
        .unwrap_or(text.len());
    let para = &text[from..para_end];
    let trimmed = para.trim_start();
    if trimmed.starts_with(open) || trimmed.starts_with('“') && open == '“' {
        // Press convention: the continuation paragraph opens again; the old one ends here.
        return false;
    }
    let closers = closers_for(open);
    let count = para
        .chars()
        .filter(|c| closers.contains(c) || *c == open)
        .count();
    count % 2 == 1
}

/// The characters of `text` with doubled apostrophes (`''`, a double quotation mark in some
/// wire and archive text) read as one straight double mark: (byte offset, char, byte length).
fn marks(text: &str) -> Vec<(usize, char, usize)> {
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
            chars.next();
            out.push((i, '"', 2));
        } else {
            out.push((i, c, c.len_utf8()));
        }
    }
    out
}

/// All top-level quoted stretches in `text`, in order. Nested quotes stay inside their parent.
pub fn quoted_spans(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    // (start, kind, length of the opening mark)
    let mut open: Option<(usize, char, usize)> = None;
    let doubled = text.contains("''");
    for (i, c, len) in marks(text) {
        match open {
            None => {
                if is_opener(c) {
                    open = Some((i, c, len));
                }
            }
            Some((start, kind, open_len)) => {
                if c == '\n' {
                    let next = i + 1;
                    let closes = if doubled && open_len == 2 {
                        let para_end = text[next..]
                            .find('\n')
                            .map(|k| next + k)
                            .unwrap_or(text.len());
                        let para = &text[next..para_end];
                        !para.trim_start().starts_with("''") && para.matches("''").count() % 2 == 1
                    } else {
                        next_paragraph_closes(text, next, kind)
                    };
                    if !closes {
                        // The quote ends with its paragraph.
                        let inner = Span::new(start + open_len, i);
                        if !text[inner.start..inner.end].trim().is_empty() {
                            out.push(Quoted {
                                outer: Span::new(start, i),
                                inner,
                            });
                        }
                        open = None;
                    }
                    continue;
                }
                if closers_for(kind).contains(&c) {
                    // `“` opens in English but closes `„`; as the closer of `“` it would only be a
                    // typo, so a following letter means a fresh quote starts rather than one ends.
                    let inner = Span::new(start + open_len, i);
                    let end = i + len;
                    if !text[inner.start..inner.end].trim().is_empty() {
                        out.push(Quoted {
                            outer: Span::new(start, end),
                            inner,
                        });
                    }
                    open = None;
                }
            }
        }
    }
    if let Some((start, _, open_len)) = open {
        let inner = Span::new(start + open_len, text.len());
        if !text[inner.start..].trim().is_empty() {
            out.push(Quoted {
                outer: Span::new(start, text.len()),
                inner,
            });
        }
    }
    out
}

/// Russian, Ukrainian and German set names in quotation marks inside a sentence ("заводу
/// «Азотекс»", "пише «Зоряні вісті» з посиланням …", "Sturm „Ilka“"): a short capitalised
/// span in « » or „ “ right after a word, with no sentence punctuation in it, is a name.
pub fn is_quoted_name(text: &str, q: &Quoted) -> bool {
    let opener = text[q.outer.start..].chars().next();
    if !matches!(opener, Some('«' | '„')) {
        return false;
    }
    let inner = q.inner.slice(text).trim();
    let words = stemmata_text::word_spans(inner).len();
    let after_word = text[..q.outer.start].trim_end_matches(' ').chars().last().is_some_and(char::is_alphanumeric);
    (1..=3).contains(&words)
        && inner.chars().next().is_some_and(char::is_uppercase)
        && !inner.contains(['.', ',', '!', '?', ';', ':'])
        && after_word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        quoted_spans(t).iter().map(|q| q.inner.slice(t)).collect()
    }

    #[test]
    fn finds_each_mark_style() {
        assert_eq!(texts(r#"He said "yes" and "no"."#), vec!["yes", "no"]);
        assert_eq!(texts("She said “it works” today."), vec!["it works"]);
        assert_eq!(texts("Він сказав: «Ми готові» вчора."), vec!["Ми готові"]);
        assert_eq!(
            texts("Er sagte: „Wir sind bereit“ gestern."),
            vec!["Wir sind bereit"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            texts("«Он сказал „нет“ вчера», — сообщил он."),
            vec!["Он сказал „нет“ вчера"]
        );
    }

    #[test]
    fn quote_closed_in_next_paragraph_spans_both() {
        let t = "\"First part.\nSecond part,\" the paper says.";
        assert_eq!(texts(t), vec!["First part.\nSecond part,"]);
    }

    #[test]
    fn continued_paragraph_convention() {
        let t = "\"First paragraph.\n\"Second paragraph.\"";
        assert_eq!(texts(t), vec!["First paragraph.", "Second paragraph."]);
    }

    #[test]
    fn doubled_apostrophes_are_double_quotes() {
        assert_eq!(
            texts("''We are ready,'' she said of the 'new' ferry."),
            vec!["We are ready,"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(texts("It’s the Americans’ view, don't you think").is_empty());
    }
}
