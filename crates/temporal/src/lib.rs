//! Temporal expressions: recognition and TIMEX3 normalisation in English, German, Russian and
//! Ukrainian, resolved against an article's publication date.
//!
//! Why own rules and not a crate: the Duckling port (`duckling` 0.4) covers English well but
//! misreads German ("Mi" in "Minister" as Wednesday) and has no Ukrainian; `two_timer` is English
//! only. Neither produces TIMEX3 values (weeks, quarters, `PRESENT_REF`, durations) nor lets the
//! sentence's tense pick the direction of a bare weekday, which news needs ("Putin signaled
//! Thursday" in a Friday article is the day before). The rules are regular expressions in
//! [`rules`], one normaliser each, chosen leftmost-longest.
//!
//! Dates are never guessed: without an anchor, relative expressions ("Thursday", "last week")
//! come back with `value: None`, and a date without a year as `XXXX-MM-DD`.

pub mod eval;
mod lexicon;
pub mod point;
mod rules;
pub mod timeline;

use jiff::civil::Date;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;
use stemmata_model::Span;

pub use point::{Granularity, Point, Unit};
pub use timeline::build_timeline;

/// TIMEX3 `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexKind {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TimexKind::Date => "DATE",
            TimexKind::Time => "TIME",
            TimexKind::Duration => "DURATION",
            TimexKind::Set => "SET",
        }
    }
}

/// Grammatical tense of the clause around a mention: it decides which way a bare weekday or
/// month points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeMention {
    /// Byte range of the expression in the text.
    pub span: Span,
    pub expression: String,
    pub kind: TimexKind,
    /// TIMEX3 value (`2025-11-27`, `2025-W47-WE`, `P2Y`, `PRESENT_REF`, `XXXX-11-23`), or `None`
    /// when it depends on an anchor that was not given.
    pub value: Option<String>,
    /// TIMEX3 `mod` (`START`, `END`, `MID`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
}

/// Finds and normalises the temporal expressions of `text`.
///
/// `lang` is an ISO 639-1 code (`en`, `de`, `ru`, `uk`); `None` or another code runs every rule
/// set. `anchor` is the publication date in the article's own time zone.
pub fn extract(text: &str, lang: Option<&str>, anchor: Option<Date>) -> Vec<TimeMention> {
    let lang = lang.filter(|l| matches!(*l, "en" | "de" | "ru" | "uk"));
    let rules = rules::rules_for(lang);
    struct Candidate {
        start: usize,
        end: usize,
        norm: rules::Norm,
    }
    let mut candidates = Vec::new();
    for rule in rules {
        for caps in rule.re.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let extent = caps.name("t").unwrap_or(whole);
            let (mut start, end) = trim_extent(text, extent.start(), extent.end());
            // Adjectival durations keep the article outside: "the [14-day] ban".
            if caps.name("sep").is_some_and(|s| s.as_str() == "-")
                && let Some(the) = caps.name("the")
                && the.as_str().eq_ignore_ascii_case("the")
                && the.start() == start
            {
                start =
                    the.end() + (text[the.end()..].len() - text[the.end()..].trim_start().len());
            }
            if start >= end {
                continue;
            }
            let ctx = rules::Ctx {
                anchor,
                tense: tense_at(text, start, end, lang),
                text,
                start,
                end,
            };
            if let Some(norm) = (rule.handler)(&caps, &ctx) {
                candidates.push(Candidate { start, end, norm });
            }
            let _ = rule.name;
        }
    }
    // Leftmost-longest, without overlaps; ties keep the earlier rule (rules are listed from the
    // most to the least specific).
    candidates.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut chosen: Vec<Candidate> = Vec::new();
    for c in candidates {
        if chosen.last().is_some_and(|last| c.start < last.end) {
            continue;
        }
        chosen.push(c);
    }
    // Anaphoric expressions ("a year earlier", "the next day") count from the last date
    // mentioned before them, when it is at least as fine as their unit.
    let mut reference: Option<Point> = None;
    let mut out = Vec::with_capacity(chosen.len());
    for c in chosen {
        let mut norm = c.norm;
        if let (Some((unit, amount)), Some(r)) = (norm.from_reference, reference)
            && anchor.is_some()
            && r.granularity >= unit.granularity()
            && let Some(p) = r.shift(unit, amount)
        {
            norm.value = Some(p.value());
        }
        if matches!(norm.kind, TimexKind::Date | TimexKind::Time)
            && let Some(p) = norm.value.as_deref().and_then(Point::parse)
        {
            reference = Some(p);
        }
        out.push(TimeMention {
            span: Span::new(c.start, c.end),
            expression: text[c.start..c.end].to_string(),
            kind: norm.kind,
            value: norm.value,
            modifier: norm.modifier.map(str::to_string),
        });
    }
    recurring_weekdays(text, &mut out);
    out
}

/// Weekdays listed with a frequency ("dreimal pro Woche, am Montag, Mittwoch und Freitag", "runs
/// twice a week, on Tuesdays and Fridays") name a schedule, not dates: they become sets.
fn recurring_weekdays(text: &str, mentions: &mut [TimeMention]) {
    let weekday_of = |m: &TimeMention| {
        m.expression
            .split_whitespace()
            .last()
            .and_then(|w| lexicon::weekday(&w.to_lowercase()))
    };
    let mut i = 0;
    while i < mentions.len() {
        let (s, e) = sentence_bounds(text, mentions[i].span.start, mentions[i].span.end);
        let same: Vec<usize> = (i..mentions.len())
            .take_while(|&k| mentions[k].span.end <= e)
            .collect();
        let weekdays: Vec<usize> = same
            .iter()
            .copied()
            .filter(|&k| mentions[k].kind == TimexKind::Date && weekday_of(&mentions[k]).is_some())
            .collect();
        if weekdays.len() >= 2 && FREQUENCY.is_match(&text[s..e]) {
            for k in weekdays {
                if let Some(wd) = weekday_of(&mentions[k]) {
                    mentions[k].kind = TimexKind::Set;
                    mentions[k].value = Some(format!("XXXX-WXX-{}", wd.to_monday_one_offset()));
                }
            }
        }
        i = same.last().map_or(i + 1, |l| l + 1);
    }
}

static FREQUENCY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?:once|twice|\w+ times) a week|per week|each week|every week|weekly|pro Woche|in der Woche|wöchentlich|на тиждень|щотижня|в неделю|еженедельно)\b",
    )
});

/// Drops surrounding whitespace and a trailing possessive or punctuation from an extent.
fn trim_extent(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    let trimmed = trimmed.trim_end_matches([',', ';', ':']);
    (start + lead, start + lead + trimmed.len())
}

static PAST_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:was|were|had|did|said|told|ago|yesterday|earlier|previously|(?-i:[a-z]{2,}ed)|(?-i:[a-z]+ught)|took|came|went|met|began|left|made|gave|won|lost|fell|rose|sent|held|saw|spoke|wrote|ran|became|got|led|paid|sold|bought|hit|set off|resigned)\b",
    )
});
static FUTURE_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:will|won't|shall|'ll|going to|plans? to|planned|planning|scheduled|expected to|is to|are to|set to|tomorrow|upcoming|(?:is|are) due|slated|poised to|intends? to|aims? to|hopes? to|vows? to|to be held|expects?|forecasts?|predicts?|goe?s? on sale|takes? effect|comes? into force|kicks? off)\b",
    )
});
static PAST_DE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:war|waren|hatte|hatten|wurde|wurden|sagte|sagten|erklärte|erklärten|teilte|löste|lösten|stieg|stiegen|begann|begannen|kam|kamen|ging|gingen|fiel|fielen|rief|riefen|brach|brachen|meldete|meldeten|kündigte|kündigten|gab|gaben|traf|trafen|fand|fanden|(?-i:ge[a-zäöüß]{2,}(?:t|en)))\b",
    )
});
static FUTURE_DE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:wird|werden|soll|sollen|will|wollen|plant|planen|geplant|kommenden|nächsten|(?-i:morgen))\b",
    )
});
static PAST_RU: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-i)\b(?:был|была|были|было|[а-яё]{2,}(?:ал|ял|ил|ел|ыл|ул|ла|ло|ли|лся|лась|лись))\b")
});
static FUTURE_RU: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:будет|будут|буду|будем|планирует|планируют|намерен\w*|собирается|следующ\w*|завтра|предстоящ\w*|состоится|состоятся|пройд[её]т|пройдут|начн[её]тся|начнутся|откроется|откроются|запланирован\w*)\b",
    )
});
static PAST_UK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-i)\b(?:був|була|були|було|[а-яіїєґ'’]{2,}(?:ав|яв|ив|ів|їв|ла|ло|ли|вся|лася|лися))\b")
});
static FUTURE_UK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:буде|будуть|буду|будемо|планує|планують|наступн\w*|завтра|\w+тиме|\w+тимуть|\w+тимемо|відбудеться|відбудуться|пройде|пройдуть|розпочнеться|розпочнуться|запланован\w*)\b",
    )
});

fn re(pattern: &str) -> Regex {
    match Regex::new(&format!("(?i){pattern}")) {
        Ok(r) => r,
        Err(e) => panic!("tense pattern: {e}"),
    }
}

/// Tense of the sentence around `start..end`: the verb-like marker nearest to the mention wins.
pub fn tense_at(text: &str, start: usize, end: usize, lang: Option<&str>) -> Tense {
    let (s, e) = sentence_bounds(text, start, end);
    let sentence = &text[s..e];
    let pairs: Vec<(&Regex, &Regex)> = match lang {
        Some("en") => vec![(&PAST_EN, &FUTURE_EN)],
        Some("de") => vec![(&PAST_DE, &FUTURE_DE)],
        Some("ru") => vec![(&PAST_RU, &FUTURE_RU)],
        Some("uk") => vec![(&PAST_UK, &FUTURE_UK)],
        _ => vec![
            (&PAST_EN, &FUTURE_EN),
            (&PAST_DE, &FUTURE_DE),
            (&PAST_RU, &FUTURE_RU),
            (&PAST_UK, &FUTURE_UK),
        ],
    };
    let (ms, me) = (start - s, end - s);
    // A marker in the mention's own clause beats a nearer one across a comma or dash: in "will
    // run from 1 June, its chief executive announced on Wednesday" the reporting verb dates the
    // announcement, not the launch.
    let distance = |a: usize, b: usize| {
        let (gap, between) = if b <= ms {
            (ms - b, &sentence[b..ms])
        } else {
            (a.saturating_sub(me), &sentence[me.min(a)..a])
        };
        // A comma inside a figure ("1,500") breaks nothing.
        let breaks = between
            .match_indices([',', ';', '—', '–'])
            .filter(|(i, m)| *m != "," || between[i + 1..].starts_with(' '))
            .count();
        (breaks, gap)
    };
    let mut best: Option<((usize, usize), Tense)> = None;
    for (past, future) in pairs {
        let futures: Vec<(usize, usize)> = future
            .find_iter(sentence)
            .map(|m| (m.start(), m.end()))
            .collect();
        for (a, b) in &futures {
            // The mention itself ("next", "tomorrow") does not count as the verb.
            if *a >= ms && *b <= me {
                continue;
            }
            let d = distance(*a, *b);
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, Tense::Future));
            }
        }
        for m in past.find_iter(sentence) {
            if m.start() >= ms && m.end() <= me || futures.iter().any(|(a, _)| *a == m.start()) {
                continue;
            }
            let d = distance(m.start(), m.end());
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, Tense::Past));
            }
        }
    }
    best.map(|(_, t)| t).unwrap_or(Tense::Present)
}

/// Rough sentence bounds around a span: enough to find the verb of the clause. Handles glued
/// sentences ("information.The") and common abbreviations ("Nov.", "U.S.", "Mr.").
fn sentence_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_boundary = |i: usize| -> bool {
        // `i` is the index of a '.', '!', '?' or '\n'.
        match bytes[i] {
            b'\n' | b'!' | b'?' => true,
            b'.' => {
                let next = text[i + 1..].chars().find(|c| {
                    !c.is_whitespace() && *c != '"' && *c != '\'' && *c != '”' && *c != '’'
                });
                if !next.is_some_and(|c| c.is_uppercase()) {
                    return false;
                }
                let word: String = text[..i]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic() || *c == '.')
                    .collect();
                let word: String = word.chars().rev().collect();
                const ABBREVIATIONS: &[&str] = &[
                    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
                    "sgt", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "jan", "feb", "mar",
                    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "u.s",
                    "u.k", "u.n", "a.m", "p.m", "bzw", "ca", "dr", "z.b",
                ];
                let lower = word.to_lowercase();
                !(word.chars().count() == 1 || ABBREVIATIONS.contains(&lower.as_str()))
            }
            _ => false,
        }
    };
    let mut s = 0;
    for (i, b) in bytes[..start].iter().enumerate().rev() {
        if matches!(b, b'.' | b'!' | b'?' | b'\n') && is_boundary(i) {
            s = i + 1;
            break;
        }
    }
    let mut e = text.len();
    for (i, b) in bytes.iter().enumerate().skip(end) {
        if matches!(b, b'.' | b'!' | b'?' | b'\n') && is_boundary(i) {
            e = i;
            break;
        }
    }
    (s, e.max(end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn values(text: &str, lang: &str, anchor: Option<Date>) -> Vec<(String, Option<String>)> {
        extract(text, Some(lang), anchor)
            .into_iter()
            .map(|m| (m.expression, m.value))
            .collect()
    }

    fn one(text: &str, lang: &str, anchor: Option<Date>) -> (String, Option<String>) {
        let v = values(text, lang, anchor);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap_or_default()
    }

    const FRI: Date = date(2025, 11, 28);

    #[test]
    fn past_tense_weekday_is_the_previous_one() {
        assert_eq!(
            one(
                "Putin signaled Thursday that recognition matters.",
                "en",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-11-27")
        );
        assert_eq!(
            one(
                "The Kremlin confirmed Friday it had received a plan.",
                "en",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-11-28")
        );
        assert_eq!(
            one(
                "After a Wednesday meeting, leaders emphasized the principle.",
                "en",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-11-26")
        );
    }

    #[test]
    fn future_tense_weekday_is_the_next_one() {
        assert_eq!(
            one("The envoys will meet Tuesday in Moscow.", "en", Some(FRI))
                .1
                .as_deref(),
            Some("2025-12-02")
        );
        // Scheduling words without "will", in the languages the rules cover; FRI is a Friday, so
        // a bare Thursday in the present tense would be the day before.
        for (text, lang) in [
            ("Ministers are due to meet on Thursday.", "en"),
            ("The vote is slated for Thursday.", "en"),
            ("The summit, to be held on Thursday, is in Geneva.", "en"),
            ("Заседание состоится в четверг.", "ru"),
            ("Засідання відбудеться в четвер.", "uk"),
            ("Tickets go on sale on Thursday, the company said.", "en"),
            ("The new rules take effect on Thursday.", "en"),
        ] {
            assert_eq!(
                one(text, lang, Some(FRI)).1.as_deref(),
                Some("2025-12-04"),
                "{text}"
            );
        }
        // The tense of the mention's own clause, not of a reporting clause after a comma.
        assert_eq!(
            one(
                "The line will open on Thursday, the operator announced.",
                "en",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-12-04")
        );
        assert_eq!(
            one(
                "The operator announced on Thursday that the line will open soon.",
                "en",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-11-27")
        );
        assert_eq!(
            one("Forecasters expect more rain until Thursday, and residents were told to stay away.", "en", Some(FRI))
                .1
                .as_deref(),
            Some("2025-12-04")
        );
        // "due to" as a cause is not a schedule.
        assert_eq!(
            one(
                "Flights were cancelled on Thursday due to fog.",
                "en",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-11-27")
        );
    }

    #[test]
    fn absolute_dates_and_years() {
        assert_eq!(
            one(
                "Since the annexation of Crimea in 2014, nothing changed.",
                "en",
                None
            )
            .1
            .as_deref(),
            Some("2014")
        );
        assert_eq!(
            one(
                "On Sunday, 23 November, talks began in Geneva.",
                "en",
                Some(FRI)
            ),
            ("Sunday, 23 November".into(), Some("2025-11-23".into()))
        );
        assert_eq!(
            one("On 25 November, Trump sent his envoy.", "en", None)
                .1
                .as_deref(),
            Some("XXXX-11-25")
        );
        assert_eq!(
            one("It was signed on Nov. 19, 1998 in Paris.", "en", None)
                .1
                .as_deref(),
            Some("1998-11-19")
        );
    }

    #[test]
    fn counts_after_approximation_words_are_not_years() {
        for (text, lang) in [
            ("The company will cut about 1200 jobs.", "en"),
            ("Компанія скоротить близько 1200 працівників.", "uk"),
            ("Der Konzern will rund 1200 Stellen streichen.", "de"),
        ] {
            assert!(values(text, lang, Some(FRI)).is_empty(), "{text}");
        }
        assert_eq!(
            one("The plant opened in 1998.", "en", None).1.as_deref(),
            Some("1998")
        );
        // Years after a word of approximation stay years when a preposition of time leads or
        // nothing is counted.
        assert_eq!(
            one("Emissions should halve by around 2030.", "en", None)
                .1
                .as_deref(),
            Some("2030")
        );
        assert_eq!(
            one("The plant was built in about 1995.", "en", None)
                .1
                .as_deref(),
            Some("1995")
        );
    }

    #[test]
    fn weekdays_listed_with_a_frequency_are_a_schedule() {
        let v = values(
            "Der Zug soll dreimal pro Woche verkehren, am Montag, Mittwoch und Freitag.",
            "de",
            Some(FRI),
        );
        assert_eq!(v.len(), 3, "{v:?}");
        assert!(
            v.iter()
                .all(|(_, value)| value.as_deref().is_some_and(|x| x.starts_with("XXXX-WXX-"))),
            "{v:?}"
        );
        // A count without a period is no schedule; nor is "a week after".
        for text in [
            "The minister visited Kyiv twice, on Monday and Wednesday.",
            "Talks were held on Monday and Wednesday, a week after the ceasefire.",
        ] {
            let v = values(text, "en", Some(FRI));
            assert!(
                v.iter().any(|x| x.1.as_deref() == Some("2025-11-24")),
                "{text}: {v:?}"
            );
        }
        // Two weekdays without a frequency stay dates.
        let v = values("Talks were held on Monday and Wednesday.", "en", Some(FRI));
        assert_eq!(
            v.iter().filter_map(|x| x.1.as_deref()).collect::<Vec<_>>(),
            ["2025-11-24", "2025-11-26"]
        );
    }

    #[test]
    fn relative_expressions_need_an_anchor() {
        assert_eq!(
            one("Talks were held in Geneva last weekend.", "en", Some(FRI))
                .1
                .as_deref(),
            Some("2025-W47-WE")
        );
        assert_eq!(
            one("Talks were held in Geneva last weekend.", "en", None).1,
            None
        );
        assert_eq!(
            one("He arrived two days ago.", "en", Some(FRI))
                .1
                .as_deref(),
            Some("2025-11-26")
        );
        assert_eq!(
            one("The deal is due next month.", "en", Some(FRI))
                .1
                .as_deref(),
            Some("2025-12")
        );
        assert_eq!(
            one("He resigned yesterday.", "en", Some(FRI)).1.as_deref(),
            Some("2025-11-27")
        );
    }

    #[test]
    fn durations_and_sets() {
        let m = extract(
            "The war has lasted nearly four years and talks happen every week.",
            Some("en"),
            Some(FRI),
        );
        let got: Vec<_> = m
            .iter()
            .map(|m| (m.kind, m.value.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            got,
            vec![
                (TimexKind::Duration, "P4Y".into()),
                (TimexKind::Set, "P1W".into())
            ]
        );
    }

    #[test]
    fn anaphoric_shift_uses_the_last_date() {
        let v = values(
            "Profit rose in the third quarter, up from a year earlier.",
            "en",
            Some(date(1989, 10, 30)),
        );
        assert_eq!(v[0].1.as_deref(), Some("1989-Q3"));
        assert_eq!(v[1].1.as_deref(), Some("1988-Q3"));
    }

    #[test]
    fn german_russian_ukrainian() {
        assert_eq!(
            one(
                "Putin sagte am Donnerstag, dass es wichtig sei.",
                "de",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-11-27")
        );
        assert_eq!(
            one(
                "Die Gespräche begannen am 23. November 2025 in Genf.",
                "de",
                None
            )
            .1
            .as_deref(),
            Some("2025-11-23")
        );
        assert_eq!(
            one("Er kam vor zwei Tagen an.", "de", Some(FRI))
                .1
                .as_deref(),
            Some("2025-11-26")
        );
        assert_eq!(
            one(
                "Путин заявил в четверг, что признание важно.",
                "ru",
                Some(FRI)
            )
            .1
            .as_deref(),
            Some("2025-11-27")
        );
        assert_eq!(
            one("Переговоры начались 23 ноября в Женеве.", "ru", Some(FRI))
                .1
                .as_deref(),
            Some("2025-11-23")
        );
        assert_eq!(
            one("Крым аннексировали в 2014 году.", "ru", None)
                .1
                .as_deref(),
            Some("2014")
        );
        assert_eq!(
            one("Переговори відбулися минулого тижня.", "uk", Some(FRI))
                .1
                .as_deref(),
            Some("2025-W47")
        );
        assert_eq!(
            one("Єрмак подав у відставку в п'ятницю.", "uk", Some(FRI))
                .1
                .as_deref(),
            Some("2025-11-28")
        );
        assert_eq!(
            one("Він приїхав два дні тому.", "uk", Some(FRI))
                .1
                .as_deref(),
            Some("2025-11-26")
        );
        assert_eq!(
            one("Минулими вихідними відбулася зустріч.", "uk", Some(FRI))
                .1
                .as_deref(),
            Some("2025-W47-WE")
        );
        assert_eq!(
            one("Am Montag hatte er es gesagt.", "de", Some(FRI)),
            ("Montag".into(), Some("2025-11-24".into()))
        );
        assert_eq!(
            one("На следующей неделе планируется встреча.", "ru", Some(FRI))
                .1
                .as_deref(),
            Some("2025-W49")
        );
        let d = extract("Переговоры идут уже три недели.", Some("ru"), Some(FRI));
        assert_eq!(
            (d[0].kind, d[0].value.as_deref()),
            (TimexKind::Duration, Some("P3W"))
        );
    }

    #[test]
    fn not_years() {
        assert!(
            extract(
                "They paid $2000 for 1,999 tickets and 2000% more.",
                Some("en"),
                None
            )
            .is_empty()
        );
    }
}
