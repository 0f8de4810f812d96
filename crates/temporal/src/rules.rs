//! The recognition rules: one regular expression per pattern, each with a normaliser that turns
//! the match into a TIMEX3 type and value. Rules are per language; overlapping matches are
//! resolved leftmost-longest by the caller.
//!
//! Conventions taken from the TimeML guidelines (and the TempEval-3 annotations): prepositions
//! ("on", "in", "am", "в") and quantity modifiers ("about", "more than") stay outside the extent;
//! determiners and relative words ("the", "last", "next", "ago") are inside it.

use crate::lexicon::*;
use crate::point::{Granularity, Point, Unit, duration_value};
use crate::{Tense, TimexKind};
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// What a rule says about its match.
#[derive(Debug, Clone, PartialEq)]
pub struct Norm {
    pub kind: TimexKind,
    pub value: Option<String>,
    pub modifier: Option<&'static str>,
    /// Anaphoric shift ("a year earlier", "the next day"): applied to the last date mentioned
    /// before this one when there is one, instead of the publication date.
    pub from_reference: Option<(Unit, i64)>,
}

impl Norm {
    fn new(kind: TimexKind, value: Option<String>) -> Norm {
        Norm {
            kind,
            value,
            modifier: None,
            from_reference: None,
        }
    }
    fn date(value: Option<String>) -> Option<Norm> {
        Some(Norm::new(TimexKind::Date, value))
    }
    fn with_mod(mut self, m: Option<&'static str>) -> Norm {
        self.modifier = m;
        self
    }
}

pub struct Ctx<'a> {
    pub anchor: Option<Date>,
    pub tense: Tense,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

type Handler = fn(&Captures, &Ctx) -> Option<Norm>;

pub struct Rule {
    pub name: &'static str,
    pub re: Regex,
    pub handler: Handler,
}

fn rule(name: &'static str, pattern: &str, handler: Handler) -> Rule {
    let re = match Regex::new(&format!("(?i){pattern}")) {
        Ok(re) => re,
        // The patterns are constants of this file; a bad one is a programming error caught by
        // the unit tests, which build every rule set.
        Err(e) => panic!("temporal rule {name}: {e}"),
    };
    Rule { name, re, handler }
}

fn g<'t>(c: &Captures<'t>, name: &str) -> Option<&'t str> {
    c.name(name).map(|m| m.as_str())
}

// ---------------------------------------------------------------------------------------------
// Resolution helpers shared by all languages.

/// The date a weekday name refers to, seen from `anchor`: the tense of the sentence decides the
/// direction ("Putin signaled Thursday" in a Friday article is the day before).
pub fn resolve_weekday(anchor: Date, wd: Weekday, tense: Tense) -> Option<Date> {
    let a = anchor.weekday().to_monday_zero_offset() as i64;
    let w = wd.to_monday_zero_offset() as i64;
    let back = (a - w).rem_euclid(7);
    let forward = (w - a).rem_euclid(7);
    let days = match tense {
        Tense::Past => -back,
        Tense::Future => forward,
        // Present tense in news mostly reports the recent past; a day ahead wins only when it is
        // strictly nearer.
        Tense::Present => {
            if forward < back {
                forward
            } else {
                -back
            }
        }
    };
    anchor.checked_add(days.days()).ok()
}

/// The year of a day-and-month without a year: the occurrence nearest the anchor, unless the
/// tense rules it out (a past event well after the publication date is last year's).
fn year_for(anchor: Date, month: i8, day: i8, tense: Tense) -> i16 {
    let y = anchor.year();
    let at = |yy: i16| Date::new(yy, month, day.min(28)).ok();
    let mut best = y;
    let mut best_days = i32::MAX;
    for yy in [y - 1, y, y + 1] {
        if let Some(d) = at(yy) {
            let days = (d - anchor).get_days();
            if days.abs() < best_days.abs() || best_days == i32::MAX {
                best = yy;
                best_days = days;
            }
        }
    }
    match tense {
        Tense::Past if best_days > 62 => best - 1,
        Tense::Future if best_days < -62 => best + 1,
        _ => best,
    }
}

fn full_date(year: Option<i16>, month: i8, day: i8, ctx: &Ctx) -> Option<String> {
    if !(1..=31).contains(&day) {
        return None;
    }
    match year {
        Some(y) => Date::new(y, month, day).ok().map(|d| Point::day(d).value()),
        None => match ctx.anchor {
            Some(a) => {
                let y = year_for(a, month, day, ctx.tense);
                Date::new(y, month, day).ok().map(|d| Point::day(d).value())
            }
            None => Some(format!("XXXX-{month:02}-{day:02}")),
        },
    }
}

fn month_value(year: Option<i16>, month: i8, ctx: &Ctx) -> String {
    match (year, ctx.anchor) {
        (Some(y), _) => format!("{y:04}-{month:02}"),
        (None, Some(a)) => format!("{:04}-{month:02}", year_for(a, month, 15, ctx.tense)),
        (None, None) => format!("XXXX-{month:02}"),
    }
}

fn parse_year(s: &str) -> Option<i16> {
    let y: i16 = s.parse().ok()?;
    if s.len() == 2 {
        return Some(if y < 50 { 2000 + y } else { 1900 + y });
    }
    Some(y)
}

fn modifier(word: Option<&str>) -> Option<&'static str> {
    let w = word?.to_lowercase();
    let w = w.trim();
    if w.starts_with("early")
        || w.contains("beginning")
        || w.contains("start")
        || w == "anfang"
        || w == "начале"
        || w == "на початку"
    {
        Some("START")
    } else if w.starts_with("late")
        || w.contains("end")
        || w == "ende"
        || w == "конце"
        || w == "наприкінці"
    {
        Some("END")
    } else if w.starts_with("mid") || w.contains("middle") || w == "mitte" || w == "середине"
    {
        Some("MID")
    } else {
        None
    }
}

/// Direction of a relative word: -1 last/previous, 0 this/current, +1 next/coming.
fn direction(word: &str) -> Option<i64> {
    let w = word.to_lowercase();
    let w = w.trim();
    const BACK: &[&str] = &[
        "last",
        "the last",
        "previous",
        "the previous",
        "the prior",
        "this past",
        "past",
        "the past",
        "letzte",
        "vergangene",
        "vorige",
        "прошл",
        "минул",
        "позапрошл",
    ];
    const AHEAD: &[&str] = &[
        "next",
        "the next",
        "coming",
        "the coming",
        "the following",
        "following",
        "nächste",
        "kommende",
        "следующ",
        "будущ",
        "наступн",
        "ближайш",
    ];
    if BACK.iter().any(|p| w.starts_with(p)) {
        Some(-1)
    } else if AHEAD.iter().any(|p| w.starts_with(p)) {
        Some(1)
    } else {
        Some(0)
    }
}

fn season_code(word: &str) -> Option<(&'static str, i8)> {
    let w = word.to_lowercase();
    // Second value: the month the season is taken to start in (for "last"/"next").
    match w.as_str() {
        "spring" | "frühling" | "frühjahr" => Some(("SP", 3)),
        "summer" | "sommer" => Some(("SU", 6)),
        "fall" | "autumn" | "herbst" => Some(("FA", 9)),
        "winter" => Some(("WI", 12)),
        _ => None,
    }
}

fn relative_unit_value(anchor: Date, unit: Unit, amount: i64) -> Option<String> {
    let base = Point::new(anchor, unit.granularity());
    let p = base.shift(unit, amount)?;
    Some(match unit {
        Unit::Weekend => format!("{}-WE", p.value()),
        _ => p.value(),
    })
}

fn weekend_value(anchor: Date, tense: Tense, shift: i64) -> Option<String> {
    // Past/present on a weekday means the weekend just gone.
    let on_weekend = matches!(anchor.weekday(), Weekday::Saturday | Weekday::Sunday);
    let extra = if shift == 0 && tense != Tense::Future && !on_weekend {
        -1
    } else {
        0
    };
    relative_unit_value(anchor, Unit::Weekend, shift + extra)
}

fn part_of_day(word: &str) -> Option<&'static str> {
    let w = word.to_lowercase();
    if w.starts_with("morning")
        || w.starts_with("morgen")
        || w.starts_with("vormittag")
        || w.starts_with("утр")
        || w.starts_with("ранк")
        || w.starts_with("вранці")
    {
        Some("MO")
    } else if w.starts_with("afternoon")
        || w.starts_with("nachmittag")
        || w.starts_with("днём")
        || w.starts_with("днем")
        || w.starts_with("вдень")
    {
        Some("AF")
    } else if w.starts_with("evening")
        || w.starts_with("abend")
        || w.starts_with("вечер")
        || w.starts_with("вечор")
        || w.starts_with("ввечері")
    {
        Some("EV")
    } else if w.starts_with("night")
        || w.starts_with("nacht")
        || w.starts_with("ноч")
        || w.starts_with("вночі")
        || w == "tonight"
    {
        Some("NI")
    } else {
        None
    }
}

/// Day a deictic word names, relative to the anchor.
fn deictic_offset(word: &str) -> Option<i64> {
    let w = word.to_lowercase();
    Some(match w.as_str() {
        "today" | "tonight" | "heute" | "сегодня" | "сьогодні" => 0,
        "yesterday" | "gestern" | "вчера" | "вчора" | "учора" => -1,
        "tomorrow" | "morgen" | "завтра" => 1,
        "the day before yesterday" | "vorgestern" | "позавчера" | "позавчора" => {
            -2
        }
        "the day after tomorrow" | "übermorgen" | "послезавтра" | "післязавтра" => {
            2
        }
        _ => return None,
    })
}

fn day_word_date(word: &str, ctx: &Ctx) -> Option<Option<Date>> {
    // Outer None: not a day word. Inner None: a day word with no anchor to resolve it.
    if let Some(off) = deictic_offset(word) {
        return Some(ctx.anchor.and_then(|a| a.checked_add(off.days()).ok()));
    }
    if let Some(wd) = weekday(word) {
        return Some(ctx.anchor.and_then(|a| resolve_weekday(a, wd, ctx.tense)));
    }
    None
}

fn amount_and_unit(c: &Captures) -> Option<(Option<f64>, Unit)> {
    let unit = unit(g(c, "unit")?)?;
    let amount = match g(c, "num") {
        Some(n) => number(n)?,
        None => Some(1.0),
    };
    Some((amount, unit))
}

// ---------------------------------------------------------------------------------------------
// Handlers (language-neutral: they read named groups).

fn h_day_month(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let month = month(g(c, "mon")?)?;
    let day: i8 = g(c, "day")?.parse().ok()?;
    let year = g(c, "year").and_then(parse_year);
    // Without an anchor a yearless date stays `XXXX-MM-DD`: several years fit any weekday,
    // so the caller resolves the year from context (e.g. the story's dates).
    let value = full_date(year, month, day, ctx)?;
    Norm::date(Some(value))
}

fn h_month_year(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let month = month(g(c, "mon")?)?;
    let year = g(c, "year").and_then(parse_year);
    Norm::date(Some(month_value(year, month, ctx))).map(|n| n.with_mod(modifier(g(c, "mod"))))
}

fn h_month_alone(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let word = g(c, "mon")?;
    let m = month(word)?;
    let rel = g(c, "rel");
    // "May" and "March" are also a verb; alone they need a preposition or a relative word.
    if matches!(word, "May" | "March") && rel.is_none() && g(c, "pre").is_none() {
        return None;
    }
    let value = match (rel.map(|r| r.to_lowercase()), ctx.anchor) {
        (Some(r), Some(a)) if r == "last" => {
            let y = if m < a.month() {
                a.year()
            } else {
                a.year() - 1
            };
            format!("{y:04}-{m:02}")
        }
        (Some(r), Some(a)) if r == "next" => {
            let y = if m > a.month() {
                a.year()
            } else {
                a.year() + 1
            };
            format!("{y:04}-{m:02}")
        }
        (Some(r), Some(a)) if r.contains("this") => format!("{:04}-{m:02}", a.year()),
        _ => month_value(None, m, ctx),
    };
    Norm::date(Some(value)).map(|n| n.with_mod(modifier(rel)))
}

fn h_iso(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    let y = parse_year(g(c, "y")?)?;
    let m: i8 = g(c, "m")?.parse().ok()?;
    let d: i8 = g(c, "d")?.parse().ok()?;
    Norm::date(Some(Point::day(Date::new(y, m, d).ok()?).value()))
}

fn h_us_numeric(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    let y = parse_year(g(c, "y")?)?;
    let m: i8 = g(c, "a")?.parse().ok()?;
    let d: i8 = g(c, "b")?.parse().ok()?;
    Norm::date(Some(Point::day(Date::new(y, m, d).ok()?).value()))
}

fn h_year(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let ys = g(c, "year")?;
    let y: i16 = ys.parse().ok()?;
    let bytes = ctx.text.as_bytes();
    // Not a year: "$2000", "2,000", "2000%", "1999.5", "1,999".
    let before = ctx.text[..ctx.start].trim_end_matches(' ');
    if before.ends_with(['$', '£', '€', '#', ',', '.'])
        && before.ends_with(|ch: char| !ch.is_alphabetic())
    {
        let last = before.chars().last();
        if matches!(last, Some('$' | '£' | '€' | '#'))
            || before
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|ch| ch.is_ascii_digit())
        {
            return None;
        }
    }
    // Not a year: a count after a word of approximation ("about 1200 jobs", "близько 1200
    // робочих місць", "rund 1200 Stellen").
    let previous_word: String = before
        .chars()
        .rev()
        .take_while(|ch| ch.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    // ...unless a preposition of time comes first ("by around 2030", "bis etwa 2030") or nothing
    // is counted after it ("in about 1995.").
    let word_before_approximation = before[..before.len() - previous_word.len().min(before.len())]
        .trim_end()
        .rsplit(|ch: char| !ch.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let temporal_preposition = matches!(
        word_before_approximation.as_str(),
        "by" | "in"
            | "since"
            | "until"
            | "from"
            | "before"
            | "after"
            | "bis"
            | "seit"
            | "ab"
            | "vor"
            | "nach"
            | "до"
            | "з"
            | "с"
            | "у"
            | "в"
            | "від"
            | "от"
            | "к"
            | "після"
            | "после"
    );
    let counted = ctx.text[ctx.end..]
        .trim_start_matches(' ')
        .chars()
        .next()
        .is_some_and(char::is_alphabetic);
    if matches!(
        previous_word.as_str(),
        "about"
            | "around"
            | "approximately"
            | "nearly"
            | "almost"
            | "some"
            | "roughly"
            | "близько"
            | "майже"
            | "понад"
            | "около"
            | "почти"
            | "более"
            | "свыше"
            | "примерно"
            | "приблизно"
            | "rund"
            | "etwa"
            | "ungefähr"
            | "knapp"
            | "fast"
    ) && g(c, "mod").is_none()
        && !temporal_preposition
        && counted
    {
        return None;
    }
    let after = &ctx.text[ctx.end..];
    if after.starts_with('%')
        || after.starts_with(" percent")
        || after.starts_with(" per cent")
        || (after.starts_with([',', '.'])
            && after.as_bytes().get(1).is_some_and(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let _ = bytes;
    if !(1000..=2100).contains(&y) {
        return None;
    }
    let value = if g(c, "fy").is_some_and(|f| f.eq_ignore_ascii_case("fiscal")) {
        format!("FY{y:04}")
    } else {
        format!("{y:04}")
    };
    Norm::date(Some(value)).map(|n| n.with_mod(modifier(g(c, "mod"))))
}

fn h_decade(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    // (extent: "the" stays outside, as in the TimeML corpora)
    let d = g(c, "dec")?;
    Norm::date(Some(d.to_string())).map(|n| n.with_mod(modifier(g(c, "mod"))))
}

fn h_century(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    let n: i16 = g(c, "cent")?.parse().ok()?;
    Norm::date(Some(format!("{:02}", n - 1)))
}

fn h_weekday(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let wd = weekday(g(c, "wd")?)?;
    let rel = g(c, "rel").map(|r| r.to_lowercase());
    let tense = match rel.as_deref().and_then(direction) {
        Some(-1) => Tense::Past,
        Some(1) => Tense::Future,
        _ => ctx.tense,
    };
    let date = ctx.anchor.and_then(|a| {
        let d = resolve_weekday(a, wd, tense)?;
        // "last Friday" said on a Friday is a week back, "next Friday" a week ahead.
        match rel.as_deref().and_then(direction) {
            Some(-1) if d == a => a.checked_sub(7.days()).ok(),
            Some(1) if d == a => a.checked_add(7.days()).ok(),
            _ => Some(d),
        }
    });
    // "Friday night": TimeML corpora mostly annotate the day (DATE, day value).
    Norm::date(date.map(|d| Point::day(d).value()))
}

fn h_deictic(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let w = g(c, "w")?.to_lowercase();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(off) = deictic_offset(&w) {
        let value = ctx
            .anchor
            .and_then(|a| a.checked_add(off.days()).ok())
            .map(|d| Point::day(d).value());
        if w == "tonight" {
            return Some(Norm::new(TimexKind::Time, value.map(|v| format!("{v}TNI"))));
        }
        return Norm::date(value);
    }
    // "this morning", "last night", "yesterday afternoon", "heute Abend", "вчера вечером".
    let words: Vec<&str> = w.split(' ').collect();
    if words.len() >= 2 {
        let (first, last) = (words[0], words[words.len() - 1]);
        let day = match first {
            "this" | "heute" | "сегодня" | "сьогодні" => Some(0),
            "last" => Some(-1),
            _ => deictic_offset(first),
        };
        if let (Some(off), Some(p)) = (day, part_of_day(last)) {
            let value = ctx
                .anchor
                .and_then(|a| a.checked_add(off.days()).ok())
                .map(|d| format!("{}T{p}", Point::day(d).value()));
            return Some(Norm::new(TimexKind::Time, value));
        }
    }
    const PRESENT: &[&str] = &[
        "now",
        "currently",
        "nowadays",
        "at present",
        "presently",
        "these days",
        "jetzt",
        "derzeit",
        "zurzeit",
        "gegenwärtig",
        "сейчас",
        "теперь",
        "в настоящее время",
        "нині",
        "зараз",
        "тепер",
        "наразі",
    ];
    const PAST: &[&str] = &[
        "recently",
        "lately",
        "the past",
        "kürzlich",
        "neulich",
        "недавно",
        "нещодавно",
        "недавнo",
    ];
    const FUTURE: &[&str] = &[
        "soon",
        "the future",
        "future",
        "the near future",
        "near future",
        "bald",
        "скоро",
        "вскоре",
        "незабаром",
        "невдовзі",
    ];
    let value = if PRESENT.contains(&w.as_str()) {
        "PRESENT_REF"
    } else if PAST.contains(&w.as_str()) {
        "PAST_REF"
    } else if FUTURE.contains(&w.as_str()) {
        "FUTURE_REF"
    } else {
        return None;
    };
    Norm::date(Some(value.to_string()))
}

fn h_relative_unit(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let rel = g(c, "rel")?.to_lowercase();
    let unit_word = g(c, "unit")?.to_lowercase();
    let modifier = modifier(g(c, "mod")).or_else(|| modifier(Some(&rel)));
    if rel == "the" && g(c, "mod").is_none() && !unit_word.starts_with("weekend") {
        return None;
    }
    // Seasons.
    if let Some((code, start_month)) = season_code(&unit_word) {
        let dir = direction(&rel).unwrap_or(0);
        let value = ctx.anchor.map(|a| {
            let current_started = a.month() >= start_month;
            let y = match dir {
                -1 => a.year() - 1,
                1 => {
                    if current_started {
                        a.year() + 1
                    } else {
                        a.year()
                    }
                }
                _ => a.year(),
            };
            format!("{y:04}-{code}")
        });
        let value = match g(c, "year").and_then(parse_year) {
            Some(y) => Some(format!("{y:04}-{code}")),
            None => value,
        };
        return Norm::date(value).map(|n| n.with_mod(modifier));
    }
    let unit = unit(&unit_word)?;
    if let Some(y) = g(c, "year").and_then(parse_year) {
        // "the first half of 1998" style is handled by the ordinal rule; here "the spring of".
        return Norm::date(Some(format!("{y:04}")));
    }
    // "the past week" is a stretch of time, "last week" a calendar week.
    if rel == "the past" {
        return Some(Norm::new(
            TimexKind::Duration,
            Some(duration_value(Some(1.0), unit)),
        ));
    }
    let dir = direction(&rel).unwrap_or(0);
    let anaphoric = rel.starts_with("the ")
        && matches!(
            rel.as_str(),
            "the next" | "the following" | "the previous" | "the prior" | "the same"
        )
        || rel == "that";
    let value = ctx.anchor.and_then(|a| match unit {
        Unit::Weekend => weekend_value(a, ctx.tense, dir),
        _ => relative_unit_value(a, unit, dir),
    });
    let mut n = Norm::new(TimexKind::Date, value).with_mod(modifier);
    if anaphoric && unit != Unit::Weekend {
        n.from_reference = Some((unit, dir));
    }
    Some(n)
}

fn h_ago(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    if ctx.text[ctx.end..].trim_start().starts_with("than") {
        return None;
    }
    let (amount, unit) = amount_and_unit(c)?;
    let dir_word = g(c, "dir")?.to_lowercase();
    let sign: i64 = if [
        "ago",
        "earlier",
        "before",
        "назад",
        "тому",
        "vor",
        "previously",
    ]
    .iter()
    .any(|w| dir_word.starts_with(w))
    {
        -1
    } else {
        1
    };
    let Some(amount) = amount else {
        return Norm::date(Some(
            if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string(),
        ));
    };
    if amount.fract() != 0.0 {
        return Norm::date(None);
    }
    let n = sign * amount as i64;
    let value = ctx.anchor.and_then(|a| relative_unit_value(a, unit, n));
    let mut norm = Norm::new(TimexKind::Date, value);
    if dir_word == "earlier" || dir_word == "later" {
        norm.from_reference = Some((unit, n));
    }
    if unit.granularity() >= Granularity::Day
        && matches!(unit, Unit::Hour | Unit::Minute | Unit::Second)
    {
        norm.kind = TimexKind::Time;
    }
    Some(norm)
}

fn h_in_future(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    // "in zwei Wochen", "через два дня": a date ahead.
    let (amount, unit) = amount_and_unit(c)?;
    let value = match amount {
        Some(a) if a.fract() == 0.0 => ctx
            .anchor
            .and_then(|an| relative_unit_value(an, unit, a as i64)),
        Some(_) => None,
        None => Some("FUTURE_REF".to_string()),
    };
    Norm::date(value)
}

fn h_duration(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let after = &ctx.text[ctx.end..];
    // Ages are not durations in TimeML ("a 10-year-old").
    if after.starts_with("-old") || after.starts_with(" old") || after.starts_with("-olds") {
        return None;
    }
    let (amount, unit) = amount_and_unit(c)?;
    if unit == Unit::Weekend {
        return None;
    }
    // Decades and centuries are written in years ("a decade" = P10Y) in the TimeML corpora.
    let (amount, unit) = match unit {
        Unit::Decade => (amount.map(|a| a * 10.0), Unit::Year),
        Unit::Century => (amount.map(|a| a * 100.0), Unit::Year),
        u => (amount, u),
    };
    let modifier = match g(c, "approx").map(str::to_lowercase).as_deref() {
        Some("nearly") => Some("APPROX"),
        Some("more than") | Some("at least") => Some("MORE_THAN"),
        Some("less than") | Some("up to") | Some("a mere") => Some("LESS_THAN"),
        _ => None,
    };
    Some(Norm::new(TimexKind::Duration, Some(duration_value(amount, unit))).with_mod(modifier))
}

fn h_vague_duration(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    if g(c, "pre").is_none() && g(c, "prep").is_none() {
        return None;
    }
    let unit = unit(g(c, "unit")?)?;
    Some(Norm::new(
        TimexKind::Duration,
        Some(duration_value(None, unit)),
    ))
}

fn h_set(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    let word = g(c, "unit").or_else(|| g(c, "adv"))?.to_lowercase();
    if let Some(wd) = weekday(&word) {
        let n = wd.to_monday_one_offset();
        return Some(Norm::new(TimexKind::Set, Some(format!("XXXX-WXX-{n}"))));
    }
    if let Some(p) = part_of_day(&word) {
        return Some(Norm::new(TimexKind::Set, Some(format!("TXX{p}"))));
    }
    let unit = unit(&word).or_else(|| {
        const ADVERBS: &[(&str, Unit)] = &[
            ("daily", Unit::Day),
            ("nightly", Unit::Day),
            ("weekly", Unit::Week),
            ("biweekly", Unit::Week),
            ("monthly", Unit::Month),
            ("quarterly", Unit::Quarter),
            ("annual", Unit::Year),
            ("yearly", Unit::Year),
            ("hourly", Unit::Hour),
            ("täglich", Unit::Day),
            ("wöchentlich", Unit::Week),
            ("monatlich", Unit::Month),
            ("jährlich", Unit::Year),
            ("ежедневн", Unit::Day),
            ("еженедельн", Unit::Week),
            ("ежемесячн", Unit::Month),
            ("ежегодн", Unit::Year),
            ("щодня", Unit::Day),
            ("щоденн", Unit::Day),
            ("щотижн", Unit::Week),
            ("щомісяц", Unit::Month),
            ("щороку", Unit::Year),
            ("щорічн", Unit::Year),
        ];
        ADVERBS
            .iter()
            .find(|(s, _)| word.starts_with(s))
            .map(|&(_, u)| u)
    })?;
    let amount = if word.starts_with("biweekly") || g(c, "other").is_some() {
        2.0
    } else {
        1.0
    };
    Some(Norm::new(
        TimexKind::Set,
        Some(duration_value(Some(amount), unit)),
    ))
}

fn h_time(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let (mut hour, minute): (i8, i8) = if let Some(n) = g(c, "noon") {
        let n = n.to_lowercase();
        (
            if n.starts_with("mid") && n != "midday" {
                0
            } else {
                12
            },
            0,
        )
    } else if let Some(h) = g(c, "h") {
        (
            h.parse().ok()?,
            g(c, "mi").map(|m| m.parse().ok()).unwrap_or(Some(0))?,
        )
    } else {
        (g(c, "h24")?.parse().ok()?, g(c, "mi24")?.parse().ok()?)
    };
    if let Some(ap) = g(c, "ap") {
        let pm = ap.to_lowercase().starts_with('p');
        if !(1..=12).contains(&hour) {
            return None;
        }
        if pm && hour < 12 {
            hour += 12;
        } else if !pm && hour == 12 {
            hour = 0;
        }
    }
    if !(0..=24).contains(&hour) || !(0..=59).contains(&minute) {
        return None;
    }
    let day: Option<Option<String>> = if let (Some(mon), Some(d)) = (g(c, "mon"), g(c, "day")) {
        let m = month(mon)?;
        let d: i8 = d.parse().ok()?;
        Some(full_date(None, m, d, ctx))
    } else if let Some(w) = g(c, "wd1").or_else(|| g(c, "wd2")) {
        day_word_date(w, ctx).map(|o| o.map(|d| Point::day(d).value()))
    } else {
        None
    };
    let day = match day {
        Some(d) => d,
        // A bare clock time in news is on the day of the report.
        None => ctx.anchor.map(|a| Point::day(a).value()),
    };
    let value = day.map(|d| format!("{d}T{hour:02}:{minute:02}"));
    Some(Norm::new(TimexKind::Time, value))
}

fn ordinal(word: &str) -> Option<i8> {
    let w = word.to_lowercase();
    Some(match w.as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

fn h_quarter(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let which = g(c, "ord")?.to_lowercase();
    let unit_word = g(c, "unit")?.to_lowercase();
    let half = unit_word == "half";
    let year = g(c, "year").and_then(parse_year);
    let year_word = g(c, "yw").map(|w| w.to_lowercase());
    let per_year = if half { 2 } else { 4 };
    let months_per = if half { 6 } else { 3 };
    let value = (|| {
        let a = ctx.anchor;
        let current = a.map(|a| (a.month() as i64 - 1) / months_per + 1);
        let (mut y, idx): (i16, i64) = match ordinal(&which) {
            Some(n) => {
                let n = n as i64;
                if n > per_year {
                    return None;
                }
                let y = match (year, a, current) {
                    (Some(y), _, _) => y,
                    (None, Some(a), Some(cur)) => {
                        if n > cur && ctx.tense != Tense::Future {
                            a.year() - 1
                        } else {
                            a.year()
                        }
                    }
                    _ => return Some(format!("XXXX-{}{n}", if half { "H" } else { "Q" })),
                };
                (y, n)
            }
            None => {
                let a = a?;
                let cur = current?;
                let shift = match which.as_str() {
                    "current" | "this" => 0,
                    "next" | "coming" => 1,
                    _ => -1,
                };
                let mut idx = cur + shift;
                let mut y = a.year();
                if idx < 1 {
                    idx += per_year;
                    y -= 1;
                } else if idx > per_year {
                    idx -= per_year;
                    y += 1;
                }
                (y, idx)
            }
        };
        match year_word.as_deref() {
            Some(w) if w.starts_with("last") => y -= 1,
            Some(w) if w.starts_with("next") => y += 1,
            _ => {}
        }
        Some(format!("{y:04}-{}{idx}", if half { "H" } else { "Q" }))
    })();
    Norm::date(value)
}

fn h_the_quarter(_c: &Captures, ctx: &Ctx) -> Option<Norm> {
    // In business news "the quarter" is the one last reported: the quarter before the article's.
    let value = ctx
        .anchor
        .and_then(|a| Point::new(a, Granularity::Quarter).shift(Unit::Quarter, -1))
        .map(|p| p.value());
    Norm::date(value)
}

fn h_year_earlier(_c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let value = ctx.anchor.map(|a| format!("{:04}", a.year() - 1));
    let mut n = Norm::new(TimexKind::Date, value);
    n.from_reference = Some((Unit::Year, -1));
    Some(n)
}

fn h_holiday(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let name = g(c, "hol")?.to_lowercase();
    let year = g(c, "year").and_then(parse_year);
    let (m, d): (i8, Option<i8>) = if name.starts_with("christmas eve") {
        (12, Some(24))
    } else if name.starts_with("christmas") {
        (12, Some(25))
    } else if name.starts_with("new year's eve") {
        (12, Some(31))
    } else if name.starts_with("new year") {
        (1, Some(1))
    } else if name.starts_with("independence") {
        (7, Some(4))
    } else if name.starts_with("thanksgiving") {
        (11, None)
    } else if name.starts_with("halloween") {
        (10, Some(31))
    } else {
        return None;
    };
    let y = year.or_else(|| {
        let a = ctx.anchor?;
        Some(year_for(a, m, d.unwrap_or(25), ctx.tense))
    });
    let value = y.and_then(|y| {
        let day = match d {
            Some(d) => d,
            None => {
                // Fourth Thursday of November.
                let first = Date::new(y, 11, 1).ok()?;
                let off = (Weekday::Thursday.to_monday_zero_offset()
                    - first.weekday().to_monday_zero_offset())
                .rem_euclid(7);
                1 + off + 21
            }
        };
        Some(Point::day(Date::new(y, m, day).ok()?).value())
    });
    Norm::date(value)
}

// ---------------------------------------------------------------------------------------------
// Rule sets.

fn english() -> Vec<Rule> {
    let mon = EN_MONTH;
    let monf = EN_MONTH_FULL;
    let wd = EN_WEEKDAY;
    let num = EN_NUMBER;
    let unit = EN_UNIT;
    vec![
        rule(
            "en-month-day",
            &format!(
                r"\b(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"
            ),
            h_day_month,
        ),
        rule(
            "en-day-month",
            &format!(
                r"\b(?:(?P<wd>{wd}),?\s+(?:the\s+)?)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{mon})(?:,?\s+(?P<year>\d{{4}})\b)?"
            ),
            h_day_month,
        ),
        rule(
            "en-month-year",
            &format!(
                r"\b(?:(?P<mod>early|late|mid-|mid|the end of|the beginning of|the start of|the middle of)\s*)?(?P<mon>{mon}),?\s+(?:of\s+)?(?P<year>\d{{4}})\b"
            ),
            h_month_year,
        ),
        rule(
            "en-month",
            &format!(
                r"\b(?:(?P<pre>in|since|until|by|from|through|during|of|before|after|to|and|or|between)\s+)?(?P<t>(?:(?P<rel>last|next|this|early|late|mid-|mid|earlier this|later this|the end of|the beginning of|the middle of)\s*)?(?P<mon>{monf}))\b"
            ),
            h_month_alone,
        ),
        rule(
            "iso-date",
            r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b",
            h_iso,
        ),
        rule(
            "en-numeric-date",
            r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b",
            h_us_numeric,
        ),
        rule(
            "en-year",
            r"\b(?P<t>(?:(?P<mod>early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|the rest of)\s*)?(?:(?P<fy>fiscal|calendar)\s+)?(?P<year>1[0-9]\d\d|20\d\d))\b",
            h_year,
        ),
        rule(
            "en-decade",
            r"\b(?:the\s+)?(?P<t>(?:(?P<mod>early|late|mid)[-\s])?(?P<dec>1[0-9]\d|20\d)0'?s)\b",
            h_decade,
        ),
        rule(
            "en-century",
            r"\b(?:the\s+)?(?P<t>(?P<cent>\d{1,2})(?:st|nd|rd|th)[-\s]century)\b",
            h_century,
        ),
        rule(
            "en-weekday",
            &format!(
                r"\b(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{wd})(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
            ),
            h_weekday,
        ),
        rule(
            "en-deictic",
            r"\b(?P<w>the day before yesterday|the day after tomorrow|(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|tomorrow night|last night|today|yesterday|tomorrow|tonight|now|currently|recently|nowadays|lately|at present|presently|these days|the past|the (?:near )?future)\b",
            h_deictic,
        ),
        rule(
            "en-relative-unit",
            r"\b(?:(?P<mod>the end of|the beginning of|the start of|the middle of|the rest of|end of|early|late|mid-)\s*)?(?P<rel>last|next|this|the past|the previous|the coming|the next|the following|the current|the latest|the last|the same|the prior|that|this past|earlier this|later this|early this|late this|early next|late last|early last|late next|the)\s+(?:(?:fiscal|calendar)\s+)?(?P<unit>year|month|week|weekend|quarter|decade|century|spring|summer|fall|autumn|winter|day)\b(?:\s+of\s+(?P<year>\d{4}))?",
            h_relative_unit,
        ),
        rule(
            "en-season-year",
            r"\b(?:(?P<mod>early|late|mid-)\s*)?(?:the\s+)?(?P<unit>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>\d{4})\b(?P<rel>)",
            h_relative_unit_season_year,
        ),
        rule(
            "en-ago",
            &format!(
                r"\b(?P<num>{num})(?:\s+|-)(?P<unit>{unit})\s+(?P<dir>ago|earlier|later|hence)\b"
            ),
            h_ago,
        ),
        rule(
            "en-vague-ago",
            &format!(r"\b(?P<unit>{unit})\s+(?P<dir>ago|earlier|later)\b(?P<num>)"),
            h_vague_ago,
        ),
        rule(
            "en-duration",
            &format!(
                r"\b(?P<t>(?:(?P<approx>nearly|more than|less than|at least|a mere|up to)\s+)?(?:(?P<the>the\s+(?:past|last|next|first|previous|coming|final|following|latest|remaining|same|initial|entire|full|whole)|the|another|an additional)\s+)?(?P<num>{num})(?P<sep>\s+|-)(?:(?:more|full|straight|consecutive)\s+)?(?P<unit>{unit}))\b"
            ),
            h_duration,
        ),
        rule(
            "en-vague-duration",
            r"\b(?:(?P<prep>for|over|within|during)\s+)?(?P<t>(?P<pre>(?:the\s+)?(?:past|last|next|coming|recent|previous|few)\s+)?(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes))\b",
            h_vague_duration,
        ),
        rule(
            "en-set",
            &format!(
                r"\b(?:every\s+(?P<other>other\s+)?(?P<unit>day|week|month|year|quarter|hour|minute|morning|evening|night|weekend|{wd})|each\s+(?P<unit2>day|week|month|year|quarter|season|{wd})|(?P<adv>daily|weekly|biweekly|monthly|yearly|hourly|nightly)|per\s+(?P<unit3>day|week|month|year|hour))\b"
            ),
            h_set_en,
        ),
        rule(
            "en-time",
            &format!(
                r"\b(?:(?P<wd1>{wd}|today|yesterday|tomorrow)\s+(?:at\s+)?)?(?:(?P<h>\d{{1,2}})(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)\b|(?P<noon>noon|midnight|midday)\b)(?:\s+(?P<tz>(?-i:[A-Z]{{2,3}}T|GMT|UTC)\b))?(?:,?\s+(?:on\s+)?(?P<wd2>{wd}|today|yesterday|tomorrow)\b|,?\s+(?P<mon>{mon})\s+(?P<day>\d{{1,2}})\b)?"
            ),
            h_time,
        ),
        rule(
            "en-quarter",
            r"\b(?:(?:the|this|last|next|(?P<yw>this|last|next)\s+year's)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|previous|past|final)(?:[-\s](?:fiscal[-\s])?)(?P<unit>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?P<year>\d{4}))?",
            h_quarter,
        ),
        rule("en-the-quarter", r"\bthe\s+quarter\b", h_the_quarter),
        rule(
            "en-year-earlier",
            r"\b(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:period|quarter))?\b",
            h_year_earlier,
        ),
        rule(
            "en-holiday",
            r"\b(?P<hol>Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year's Day|Independence Day|Thanksgiving(?: Day)?|Halloween)\b(?:,?\s+(?P<year>\d{4})\b)?",
            h_holiday,
        ),
    ]
}

fn h_relative_unit_season_year(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    let (code, _) = season_code(g(c, "unit")?)?;
    let y = parse_year(g(c, "year")?)?;
    Norm::date(Some(format!("{y:04}-{code}"))).map(|n| n.with_mod(modifier(g(c, "mod"))))
}

fn h_vague_ago(c: &Captures, _ctx: &Ctx) -> Option<Norm> {
    // "years ago", "months earlier": plural unit with no number.
    let u = g(c, "unit")?;
    if !u.ends_with('s') {
        return None;
    }
    let dir = g(c, "dir")?.to_lowercase();
    Norm::date(Some(
        if dir == "later" {
            "FUTURE_REF"
        } else {
            "PAST_REF"
        }
        .to_string(),
    ))
}

fn h_set_en(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    // The three alternatives use different group names; fold them for h_set.
    if g(c, "unit").is_some() || g(c, "adv").is_some() {
        return h_set(c, ctx);
    }
    let word = g(c, "unit2").or_else(|| g(c, "unit3"))?.to_lowercase();
    if word == "season" {
        return Some(Norm::new(TimexKind::Set, Some("XXXX".to_string())));
    }
    if let Some(wd) = weekday(&word) {
        return Some(Norm::new(
            TimexKind::Set,
            Some(format!("XXXX-WXX-{}", wd.to_monday_one_offset())),
        ));
    }
    let u = unit(&word)?;
    Some(Norm::new(
        TimexKind::Set,
        Some(duration_value(Some(1.0), u)),
    ))
}

fn german() -> Vec<Rule> {
    let mon = DE_MONTH;
    let wd = DE_WEEKDAY;
    let num = DE_NUMBER;
    let unit = DE_UNIT;
    vec![
        rule(
            "de-day-month",
            &format!(
                r"\b(?:(?P<wd>{wd}),?\s+(?:(?:dem|den)\s+)?)?(?P<day>\d{{1,2}})\.\s*(?P<mon>{mon})(?:\s+(?P<year>\d{{4}})\b)?"
            ),
            h_day_month,
        ),
        rule(
            "de-numeric-date",
            r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b",
            h_iso,
        ),
        rule(
            "de-month-year",
            &format!(r"\b(?:(?P<mod>Anfang|Ende|Mitte)\s+)?(?P<mon>{mon})\s+(?P<year>\d{{4}})\b"),
            h_month_year,
        ),
        rule(
            "de-month",
            &format!(
                r"\b(?P<pre>im|seit|bis|ab|Anfang|Ende|Mitte)\s+(?P<t>(?P<mon>{mon}))\b(?P<rel>)"
            ),
            h_month_alone_de,
        ),
        rule(
            "de-year",
            r"\b(?P<t>(?:(?P<mod>Anfang|Ende|Mitte)\s+)?(?P<year>1[0-9]\d\d|20\d\d))\b",
            h_year,
        ),
        rule(
            "de-decade",
            r"\b(?:die\s+|den\s+)?(?P<dec>1[0-9]\d|20\d)0er(?:\s+Jahre[n]?)?\b",
            h_decade,
        ),
        rule(
            "de-weekday",
            &format!(
                r"\b(?:am\s+)?(?P<t>(?:(?P<rel>letzten|vergangenen|kommenden|nächsten|diesen)\s+)?(?P<wd>{wd})(?P<part>morgen|vormittag|nachmittag|abend|nacht)?)\b"
            ),
            h_weekday_de,
        ),
        rule(
            "de-deictic",
            r"\b(?P<w>(?:heute|gestern|morgen)\s+(?:Morgen|Vormittag|Nachmittag|Abend|Nacht)|vorgestern|übermorgen|heute|gestern|(?-i:morgen)|jetzt|derzeit|zurzeit|gegenwärtig|kürzlich|neulich|bald)\b",
            h_deictic,
        ),
        rule(
            "de-relative-unit",
            r"\b(?P<rel>letzten|letzte|letztes|letzter|vergangenen|vergangene|vergangenes|vorigen|vorige|voriges|nächsten|nächste|nächstes|kommenden|kommende|kommendes|diesen|diese|dieses|dieser|laufenden|laufende|laufendes)\s+(?P<unit>Woche|Wochenende|Monats|Monat|Jahres|Jahr|Quartals|Quartal|Jahrzehnts|Jahrzehnt|Frühling|Frühjahr|Sommer|Herbst|Winter)\b",
            h_relative_unit,
        ),
        rule(
            "de-ago",
            &format!(r"\b(?P<dir>vor)\s+(?P<num>{num})\s+(?P<unit>{unit})\b"),
            h_ago,
        ),
        rule(
            "de-in",
            &format!(r"\b(?:in|binnen)\s+(?P<t>(?P<num>{num})\s+(?P<unit>{unit}))\b"),
            h_in_future_de,
        ),
        rule(
            "de-duration",
            &format!(r"\b(?P<t>(?P<num>{num})\s+(?P<unit>{unit}))\b"),
            h_duration,
        ),
        rule(
            "de-set",
            r"\b(?:(?:jeden|jede|jedes)\s+(?P<unit>Tag|Woche|Monat|Jahr|Morgen|Abend)|(?P<adv>täglich|wöchentlich|monatlich|jährlich))\b",
            h_set,
        ),
        rule(
            "de-time",
            r"\b(?:um\s+)?(?P<t>(?P<h24>[01]?\d|2[0-3])(?:[:.](?P<mi24>[0-5]\d))?\s*Uhr)\b(?P<ap>)",
            h_time_de,
        ),
        rule(
            "de-time-colon",
            r"\b(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)\b",
            h_time,
        ),
    ]
}

fn h_month_alone_de(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let m = month(g(c, "mon")?)?;
    let value = month_value(None, m, ctx);
    Norm::date(Some(value)).map(|n| n.with_mod(modifier(g(c, "pre"))))
}

fn h_weekday_de(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    // "am" is a preposition, not a direction.
    let rel = g(c, "rel").map(|r| r.to_lowercase());
    let wd = weekday(g(c, "wd")?)?;
    let tense = match rel.as_deref() {
        Some(r) if r.starts_with("letzt") || r.starts_with("vergangen") => Tense::Past,
        Some(r) if r.starts_with("nächst") || r.starts_with("kommend") => Tense::Future,
        _ => ctx.tense,
    };
    let part = g(c, "part").and_then(part_of_day);
    let value = ctx
        .anchor
        .and_then(|a| resolve_weekday(a, wd, tense))
        .map(|d| {
            let v = Point::day(d).value();
            match part {
                Some(p) => format!("{v}T{p}"),
                None => v,
            }
        });
    Some(Norm::new(
        if part.is_some() {
            TimexKind::Time
        } else {
            TimexKind::Date
        },
        value,
    ))
}

fn h_in_future_de(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    h_in_future(c, ctx)
}

fn h_time_de(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let h: i8 = g(c, "h24")?.parse().ok()?;
    let m: i8 = g(c, "mi24").map(|m| m.parse().ok()).unwrap_or(Some(0))?;
    let value = ctx
        .anchor
        .map(|a| format!("{}T{h:02}:{m:02}", Point::day(a).value()));
    Some(Norm::new(TimexKind::Time, value))
}

fn slavic(lang: &str) -> Vec<Rule> {
    let (mon, wd, num, unit) = if lang == "ru" {
        (RU_MONTH, RU_WEEKDAY, RU_NUMBER, RU_UNIT)
    } else {
        (UK_MONTH, UK_WEEKDAY, UK_NUMBER, UK_UNIT)
    };
    let year_word = if lang == "ru" {
        r"(?:\s*(?:года|году|год|г\.))?"
    } else {
        r"(?:\s*(?:року|році|рік|р\.))?"
    };
    let ago = if lang == "ru" {
        "назад"
    } else {
        "тому"
    };
    let rel = if lang == "ru" {
        r"(?:прошлыми|следующими|прошлой|прошлом|прошлого|прошлые|прошлых|прошлый|прошлую|следующей|следующем|следующего|следующий|следующую|будущей|будущем|будущего|этой|этом|этого|этот|эту|текущей|текущем|текущего|позапрошлой|позапрошлом|позапрошлого|ближайшие|ближайший|ближайшую)"
    } else {
        r"(?:минулими|наступними|минулого|минулому|минулий|минулу|минулі|минулих|минулої|минулій|наступного|наступному|наступний|наступну|наступної|наступній|цього|цьому|цей|цю|цієї|цій|поточного|поточному|позаминулого|позаминулому)"
    };
    let set_adv = if lang == "ru" {
        r"ежедневно|еженедельно|ежемесячно|ежегодно"
    } else {
        r"щодня|щоденно|щотижня|щомісяця|щороку|щорічно"
    };
    let every = if lang == "ru" {
        r"(?:каждый|каждую|каждое|каждого)"
    } else {
        r"(?:кожного|кожну|кожен|кожний|кожне)"
    };
    let deictic = if lang == "ru" {
        r"(?:сегодня|вчера|позавчера|послезавтра|завтра|сейчас|теперь|в настоящее время|недавно|вскоре|скоро)"
    } else {
        r"(?:сьогодні|вчора|учора|позавчора|післязавтра|завтра|зараз|нині|тепер|наразі|нещодавно|незабаром|невдовзі)"
    };
    let later = "через";
    vec![
        rule(
            "sl-day-month",
            &format!(
                r"(?:\b(?P<wd>{wd}),?\s+)?\b(?P<day>\d{{1,2}})(?:-?(?:го|е))?\s+(?P<mon>{mon})\b(?:\s+(?P<year>\d{{4}}){year_word})?"
            ),
            h_day_month,
        ),
        rule(
            "sl-numeric-date",
            r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b",
            h_iso,
        ),
        rule(
            "sl-month-year",
            &format!(r"\b(?P<mon>{mon})\s+(?P<year>\d{{4}}){year_word}"),
            h_month_year,
        ),
        rule(
            "sl-month",
            &format!(r"\b(?P<pre>в|у|с|з|до|к)\s+(?P<t>(?P<mon>{mon}))\b(?P<rel>)"),
            h_month_alone_de,
        ),
        rule(
            "sl-year",
            &format!(r"\b(?P<t>(?P<year>1[0-9]\d\d|20\d\d){year_word})(?:\b|$|\s)"),
            h_year_slavic,
        ),
        rule(
            "sl-weekday",
            &format!(r"\b(?:(?P<rel>{rel})\s+)?(?P<wd>{wd})\b"),
            h_weekday_slavic,
        ),
        rule(
            "sl-deictic",
            &format!(r"(?:^|\b)(?P<w>{deictic})\b"),
            h_deictic,
        ),
        rule(
            "sl-relative-unit",
            &format!(r"\b(?P<rel>{rel})\s+(?P<unit>{unit}|выходн\w*|вихідн\w*)"),
            h_relative_unit_slavic,
        ),
        rule(
            "sl-ago",
            &format!(r"\b(?:(?P<num>{num})\s+)?(?P<unit>{unit})\s+(?P<dir>{ago})"),
            h_ago,
        ),
        rule(
            "sl-later",
            &format!(r"\b{later}\s+(?:(?P<num>{num})\s+)?(?P<unit>{unit})"),
            h_in_future,
        ),
        rule(
            "sl-duration",
            &format!(r"\b(?P<num>{num})\s+(?P<unit>{unit})\b"),
            h_duration,
        ),
        rule(
            "sl-set",
            &format!(r"(?:\b{every}\s+(?P<unit>{unit})|\b(?P<adv>{set_adv}))"),
            h_set,
        ),
        rule(
            "sl-time",
            r"\b(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)\b",
            h_time,
        ),
    ]
}

fn h_year_slavic(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    // The generic year check looks at the text right after the match; the match here may end
    // in a space, which is fine.
    h_year(c, ctx)
}

fn h_weekday_slavic(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let wd = weekday(g(c, "wd")?)?;
    let tense = match g(c, "rel").and_then(direction) {
        Some(-1) => Tense::Past,
        Some(1) => Tense::Future,
        _ => ctx.tense,
    };
    Norm::date(
        ctx.anchor
            .and_then(|a| resolve_weekday(a, wd, tense))
            .map(|d| Point::day(d).value()),
    )
}

fn h_relative_unit_slavic(c: &Captures, ctx: &Ctx) -> Option<Norm> {
    let unit = unit(g(c, "unit")?)?;
    let dir = direction(g(c, "rel")?).unwrap_or(0);
    let dir = if g(c, "rel").is_some_and(|r| {
        r.to_lowercase().starts_with("позa")
            || r.to_lowercase().starts_with("позапрошл")
            || r.to_lowercase().starts_with("позаминул")
    }) {
        -2
    } else {
        dir
    };
    let value = ctx.anchor.and_then(|a| match unit {
        Unit::Weekend => weekend_value(a, ctx.tense, dir),
        _ => relative_unit_value(a, unit, dir),
    });
    Norm::date(value)
}

/// Rule sets by language; `None` = every language (for text whose language is unknown).
pub fn rules_for(lang: Option<&str>) -> &'static [Rule] {
    static EN: LazyLock<Vec<Rule>> = LazyLock::new(english);
    static DE: LazyLock<Vec<Rule>> = LazyLock::new(german);
    static RU: LazyLock<Vec<Rule>> = LazyLock::new(|| slavic("ru"));
    static UK: LazyLock<Vec<Rule>> = LazyLock::new(|| slavic("uk"));
    static ALL: LazyLock<Vec<Rule>> = LazyLock::new(|| {
        let mut v = english();
        v.extend(german());
        v.extend(slavic("ru"));
        v.extend(slavic("uk"));
        v
    });
    match lang {
        Some("en") => &EN,
        Some("de") => &DE,
        Some("ru") => &RU,
        Some("uk") => &UK,
        _ => &ALL,
    }
}
