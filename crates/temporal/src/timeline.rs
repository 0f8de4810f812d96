//! A story's timeline: each sentence that dates something (a day, a month or a year) becomes an
//! event; the same event told by several outlets is merged (`also_in`), and the same event given
//! different dates by different articles is flagged (`conflict`).
//!
//! Dates are resolved against each article's own publication date. An undated article keeps
//! its relative expressions unresolved; its yearless dates ("On 25 November") take the year
//! that puts them nearest to the story's publication dates, because a story spans days, not
//! years.

use crate::{TimexKind, extract};
use jiff::civil::Date;
use std::collections::BTreeSet;
use stemmata_model::report::TimelineReport;
use stemmata_model::{Article, Span};

/// One dated event before merging.
#[derive(Debug, Clone)]
struct Event {
    date: String,
    expression: String,
    text: String,
    article_id: String,
    words: BTreeSet<String>,
}

/// Longest event text kept (sentences of run-on bodies can be very long).
const MAX_TEXT: usize = 400;

/// Builds the timeline of one story from its articles.
pub fn build_timeline(articles: &[&Article]) -> Vec<TimelineReport> {
    let reference = articles
        .iter()
        .filter_map(|a| a.published.and_then(|p| p.local_date()))
        .min();
    let mut events: Vec<Event> = Vec::new();
    for article in articles {
        let anchor = article.published.and_then(|p| p.local_date());
        let lang = article.language.as_deref();
        let mentions = extract(&article.text, lang, anchor);
        let mut seen: BTreeSet<(String, usize)> = BTreeSet::new();
        for m in mentions {
            if !matches!(m.kind, TimexKind::Date | TimexKind::Time) {
                continue;
            }
            let Some(value) = m.value.as_deref() else {
                continue;
            };
            let Some(mut date) = calendar_date(value, reference) else {
                continue;
            };
            // A clock time later than the article's own time on its own day, told in the past
            // ("Gegen 23 Uhr löste die Stadt Katastrophenalarm aus" in a morning report), was the
            // evening before.
            if m.kind == TimexKind::Time
                && let Some(p) = article.published.filter(|p| p.precision != stemmata_model::DatePrecision::Day)
                && let (Some(published), Some(said)) = (p.local_datetime(), clock_time(value))
                && published.date().to_string() == date
                && said > published.time()
                && crate::tense_at(&article.text, m.span.start, m.span.end, lang) == crate::Tense::Past
                && let Ok(previous) = published.date().yesterday()
            {
                date = previous.to_string();
            }
            // The dateline at the head of the body is when the article appeared, not an event.
            if in_dateline(&article.text, m.span, &date, anchor) {
                continue;
            }
            let sentence = sentence_around(&article.text, &article.sentences, m.span);
            // "today" inside a quotation is the speaker's generic now, not a dated event.
            let before = article.text.get(sentence.start..m.span.start).unwrap_or("");
            let quotes = before
                .chars()
                .filter(|c| matches!(c, '"' | '“' | '”' | '«' | '»' | '„'))
                .count();
            if quotes % 2 == 1 && !m.expression.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            if !seen.insert((date.clone(), sentence.start)) {
                continue;
            }
            let text = clip(sentence.slice(&article.text).trim());
            if text.is_empty() {
                continue;
            }
            events.push(Event {
                date,
                expression: m.expression,
                words: content_words(&text),
                text,
                article_id: article.id.clone(),
            });
        }
    }
    merge(events)
}

/// Whether a mention of `date` at `span` is the article's dateline: the article's own date,
/// written in one of the first three lines of the body, in a short head that is not a sentence
/// (`Published 14 March 2026`, `HAMBURG, 3 September 2025 — …`; what follows a dash or a
/// bracket is the story). "On 3 September the bridge closed." stays an event.
fn in_dateline(text: &str, span: Span, date: &str, published: Option<Date>) -> bool {
    if published.is_none_or(|p| p.to_string() != date) {
        return false;
    }
    let mut offset = 0;
    let mut lines = 0;
    for line in text.split_inclusive('\n') {
        let end = offset + line.len();
        if line.trim().is_empty() {
            offset = end;
            continue;
        }
        lines += 1;
        if lines > 3 {
            return false;
        }
        if (offset..end).contains(&span.start) {
            let head_len = line.find(['—', '–', '|', '(']).unwrap_or(line.len());
            let (start, stop) = (span.start - offset, (span.end - offset).min(line.len()));
            if stop > head_len {
                return false;
            }
            let head = &line[..head_len];
            let rest = format!("{} {}", &head[..start], &head[stop..]);
            let rest = rest.trim().trim_end_matches([',', ';', ':', ' ']);
            let words = rest.split_whitespace().count();
            // A dateline writes its date in figures ("Today the bridge reopened" is news) and
            // holds no sentence.
            let figures = head[start..stop].chars().any(|c| c.is_ascii_digit());
            let sentence = rest.ends_with(['.', '!', '?']) || rest.contains(". ");
            return figures && head.chars().count() <= 120 && words <= 6 && !sentence;
        }
        offset = end;
    }
    false
}

/// The time of day of a TIMEX value such as `2026-03-15T23:00`.
fn clock_time(value: &str) -> Option<jiff::civil::Time> {
    let t = value.split_once('T')?.1;
    let (h, m) = t.split_once(':').unwrap_or((t, "0"));
    let (h, m): (i8, i8) = (h.get(..2)?.parse().ok()?, m.get(..2).unwrap_or(m).parse().ok()?);
    jiff::civil::Time::new(h, m, 0, 0).ok()
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from a TIMEX3 value, or `None` for weeks, quarters,
/// seasons, references (`PRESENT_REF`) and durations. `XXXX-MM-DD` takes its year from the
/// story's reference date when there is one.
fn calendar_date(value: &str, reference: Option<Date>) -> Option<String> {
    let v = value.split('T').next().unwrap_or(value);
    let parts: Vec<&str> = v.split('-').collect();
    let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if all_digits(y, 4) => Some(y.to_string()),
        [y, m] if all_digits(y, 4) && all_digits(m, 2) => Some(format!("{y}-{m}")),
        [y, m, d] if all_digits(y, 4) && all_digits(m, 2) && all_digits(d, 2) => {
            Some(format!("{y}-{m}-{d}"))
        }
        ["XXXX", m, d] if all_digits(m, 2) && all_digits(d, 2) => {
            let r = reference?;
            let (m, d): (i8, i8) = (m.parse().ok()?, d.parse().ok()?);
            // The occurrence nearest the story's first publication, not more than two months
            // after it (a report does not date events far in its own future).
            let best = [r.year() - 1, r.year(), r.year() + 1]
                .into_iter()
                .filter_map(|y| Date::new(y, m, d).ok())
                .filter(|c| (*c - r).get_days() <= 62)
                .min_by_key(|c| (*c - r).get_days().abs())?;
            Some(format!(
                "{:04}-{:02}-{:02}",
                best.year(),
                best.month(),
                best.day()
            ))
        }
        _ => None,
    }
}

fn sentence_around(text: &str, sentences: &[Span], span: Span) -> Span {
    if let Some(s) = sentences
        .iter()
        .find(|s| s.start <= span.start && span.end <= s.end)
    {
        return *s;
    }
    // No sentence list: the line around the mention.
    let start = text[..span.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let end = text[span.end..]
        .find('\n')
        .map(|i| span.end + i)
        .unwrap_or(text.len());
    Span::new(start, end)
}

fn clip(s: &str) -> String {
    let s = s.trim_start_matches(['-', '–', '•', '*', ' ']);
    if s.len() <= MAX_TEXT {
        return s.to_string();
    }
    let mut end = MAX_TEXT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let cut = s[..end].rfind(' ').unwrap_or(end);
    format!("{}…", &s[..cut])
}

fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| {
            let w = w.to_lowercase();
            // A crude stem so "recognise"/"recognize", "talks"/"talk" meet.
            w.chars().take(6).collect::<String>().replace('z', "s")
        })
        .collect()
}

fn similarity(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        0.0
    } else {
        inter as f64 / smaller as f64
    }
}

/// Same-event threshold on the overlap coefficient of content words.
const SAME_EVENT: f64 = 0.5;

fn merge(mut events: Vec<Event>) -> Vec<TimelineReport> {
    events.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.article_id.cmp(&b.article_id))
            .then(a.text.cmp(&b.text))
    });
    let mut out: Vec<(TimelineReport, BTreeSet<String>)> = Vec::new();
    for e in events {
        // Merge into an earlier entry of the same date from another article telling the same.
        if let Some((entry, words)) = out.iter_mut().find(|(r, w)| {
            r.date == e.date
                && r.article_id != e.article_id
                && !r.also_in.contains(&e.article_id)
                && similarity(w, &e.words) >= SAME_EVENT
        }) {
            entry.also_in.push(e.article_id.clone());
            words.extend(e.words.iter().cloned());
            continue;
        }
        out.push((
            TimelineReport {
                date: e.date.clone(),
                expression: e.expression.clone(),
                text: e.text.clone(),
                article_id: e.article_id.clone(),
                also_in: Vec::new(),
                conflict: None,
            },
            e.words,
        ));
    }
    // Conflicts: the same event (same wording) dated to different days by different articles.
    let snapshot: Vec<(String, String, BTreeSet<String>, usize)> = out
        .iter()
        .map(|(r, w)| {
            (
                r.date.clone(),
                r.article_id.clone(),
                w.clone(),
                r.date.len(),
            )
        })
        .collect();
    for (i, (entry, words)) in out.iter_mut().enumerate() {
        let mut others: Vec<String> = snapshot
            .iter()
            .enumerate()
            .filter(|(j, (date, article, w, len))| {
                *j != i
                    && *len == 10
                    && entry.date.len() == 10
                    && *date != entry.date
                    && *article != entry.article_id
                    && similarity(words, w) >= 0.8
                    && words.len().min(w.len()) >= 5
            })
            .map(|(_, (date, article, _, _))| format!("{date} in {article}"))
            .collect();
        others.sort();
        others.dedup();
        if !others.is_empty() {
            entry.conflict = Some(format!("also dated {}", others.join(", ")));
        }
    }
    out.into_iter().map(|(r, _)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use stemmata_model::{DatePrecision, DateSource, Published};

    fn article(id: &str, text: &str, published: Option<Published>) -> Article {
        // Sentences split on ". " and newlines: enough for these invented texts.
        let mut sentences = Vec::new();
        let mut start = 0;
        for (i, ch) in text.char_indices() {
            if ch == '\n' || (ch == '.' && text[i + 1..].starts_with(' ')) {
                sentences.push(Span::new(start, i + 1));
                start = i + 1;
            }
        }
        if start < text.len() {
            sentences.push(Span::new(start, text.len()));
        }
        Article {
            id: id.into(),
            source: format!("{id}.txt"),
            url: None,
            outlet: None,
            title: String::new(),
            byline: None,
            published,
            language: Some("en".into()),
            text: text.into(),
            sentences,
            extra: Default::default(),
        }
    }

    // Wed 3 Sep 2025, 10:00 +02:00.
    fn wednesday() -> Option<Published> {
        Some(Published::new(
            1756886400,
            7200,
            DatePrecision::Second,
            DateSource::Header,
        ))
    }

    #[test]
    fn a_past_clock_time_after_the_article_time_was_the_day_before() {
        // Published Wednesday 3 September 2025 at 10:00 (see `wednesday`).
        let german = |id: &str, text: &str| Article { language: Some("de".into()), ..article(id, text, wednesday()) };
        let a = german("a", "Die Brücke wurde gesperrt. Gegen 23 Uhr löste die Stadt Alarm aus.");
        let t = build_timeline(&[&a]);
        assert!(t.iter().any(|e| e.expression == "23 Uhr" && e.date == "2025-09-02"), "{t:?}");
        // In the future it stays on the day.
        let b = german("b", "Die Pressekonferenz wird um 23 Uhr beginnen.");
        let t = build_timeline(&[&b]);
        assert!(t.iter().all(|e| e.date != "2025-09-02"), "{t:?}");
    }

    #[test]
    fn the_dateline_is_not_an_event_but_the_story_after_it_is() {
        let a = article(
            "a",
            "Published 3 September 2025\nThe harbour bridge reopened Monday after repairs.",
            wednesday(),
        );
        let b = article(
            "b",
            "HAMBURG, 3 September 2025 — The harbour bridge closed on 12 August for repairs.",
            wednesday(),
        );
        let c = article("c", "\nOn 3 September 2025 the ferry resumed service.", wednesday());
        let d = article("d", "Today the city council met", wednesday());
        let t = build_timeline(&[&a, &b, &c, &d]);
        let dates: Vec<(&str, &str)> = t.iter().map(|e| (e.date.as_str(), e.article_id.as_str())).collect();
        assert_eq!(dates, vec![("2025-08-12", "b"), ("2025-09-01", "a"), ("2025-09-03", "c"), ("2025-09-03", "d")]);
    }

    #[test]
    fn relative_dates_resolve_and_undated_articles_keep_them_open() {
        let a = article(
            "a",
            "The harbour bridge reopened Monday after repairs. The mayor will visit in 2026.",
            wednesday(),
        );
        let b = article(
            "b",
            "The harbour bridge reopened Monday after the repairs ended. It closed on 12 August.",
            None,
        );
        let t = build_timeline(&[&a, &b]);
        let dates: Vec<(&str, &str)> = t
            .iter()
            .map(|e| (e.date.as_str(), e.article_id.as_str()))
            .collect();
        // b's "Monday" has no anchor: not on the timeline; its yearless "12 August" takes the
        // story's year.
        assert_eq!(
            dates,
            vec![("2025-08-12", "b"), ("2025-09-01", "a"), ("2026", "a")]
        );
    }

    #[test]
    fn same_event_from_two_outlets_is_merged_and_different_dates_conflict() {
        let a = article(
            "a",
            "The harbour bridge over the river reopened on 1 September after long repairs.",
            wednesday(),
        );
        let b = article(
            "b",
            "The harbour bridge over the river reopened on 1 September after repairs.",
            wednesday(),
        );
        let c = article(
            "c",
            "The harbour bridge over the river reopened on 2 September after long repairs.",
            wednesday(),
        );
        let t = build_timeline(&[&a, &b, &c]);
        assert_eq!(t.len(), 2, "{t:#?}");
        assert_eq!(t[0].also_in, vec!["b".to_string()]);
        assert!(
            t[0].conflict
                .as_deref()
                .is_some_and(|c| c.contains("2025-09-02")),
            "{t:#?}"
        );
    }
}
