//! Dates as web pages and feeds write them: ISO 8601 / RFC 3339 in all its looser forms,
//! RFC 2822, English month-name dates, and dates in URL paths.
//!
//! Every parser returns the instant together with the offset it was written in and how precise
//! it was; a date without a time is a day-precision date at local midnight, with offset 0 when
//! no offset was written (so its calendar day is kept exactly).

use jiff::civil::{Date, DateTime};
use regex::Regex;
use std::sync::LazyLock;
use stemmata_model::{DatePrecision, DateSource, Published};

/// Parses a date/time string as found in meta tags, JSON-LD, `<time datetime>` or feeds.
pub fn parse_date(value: &str, source: DateSource) -> Option<Published> {
    let s = value.trim();
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    parse_iso(s, source)
        .or_else(|| parse_rfc2822(s, source))
        .or_else(|| parse_unix(s, source))
        .or_else(|| parse_month_name(s, source))
        .filter(plausible)
}

/// Rejects dates no news page can have (before the web, or far in the future).
fn plausible(p: &Published) -> bool {
    // 1990-01-01 .. 2100-01-01
    (631_152_000..4_102_444_800).contains(&p.unix)
}

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    )
    .expect("static regex")
});

fn parse_iso(s: &str, source: DateSource) -> Option<Published> {
    let c = ISO.captures(s)?;
    let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i32>().ok());
    let date = Date::new(num(1)? as i16, num(2)? as i8, num(3)? as i8).ok()?;
    let Some(hour) = num(4) else {
        return day_published(date, source);
    };
    let minute = num(5)?;
    let second = num(6);
    let time = jiff::civil::Time::new(hour as i8, minute as i8, second.unwrap_or(0).min(59) as i8, 0).ok()?;
    let offset = match c.get(7).map(|m| m.as_str()) {
        None | Some("Z" | "z" | "UTC" | "GMT") => 0,
        Some(o) => parse_offset(o)?,
    };
    let precision = if second.is_some() { DatePrecision::Second } else { DatePrecision::Minute };
    at_offset(date.to_datetime(time), offset, precision, source)
}

fn parse_offset(o: &str) -> Option<i32> {
    let sign = if o.starts_with('-') { -1 } else { 1 };
    let digits: String = o[1..].chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        2 => (digits.parse::<i32>().ok()?, 0),
        4 => (digits[..2].parse::<i32>().ok()?, digits[2..].parse::<i32>().ok()?),
        _ => return None,
    };
    if h > 18 || m > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

fn at_offset(dt: DateTime, offset: i32, precision: DatePrecision, source: DateSource) -> Option<Published> {
    let off = jiff::tz::Offset::from_seconds(offset).ok()?;
    let ts = off.to_timestamp(dt).ok()?;
    Some(Published::new(ts.as_second(), offset, precision, source))
}

fn day_published(date: Date, source: DateSource) -> Option<Published> {
    at_offset(date.to_datetime(jiff::civil::Time::midnight()), 0, DatePrecision::Day, source)
}

fn parse_rfc2822(s: &str, source: DateSource) -> Option<Published> {
    // Feeds often write "GMT"/"UT"/"EST"; jiff's RFC 2822 parser knows the obsolete zones.
    let zoned = jiff::fmt::rfc2822::parse(s).ok()?;
    let offset = zoned.offset().seconds();
    Some(Published::new(zoned.timestamp().as_second(), offset, DatePrecision::Second, source))
}

fn parse_unix(s: &str, source: DateSource) -> Option<Published> {
    if !(s.len() == 10 || s.len() == 13) || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = s.parse().ok()?;
    let secs = if s.len() == 13 { n / 1000 } else { n };
    Some(Published::new(secs, 0, DatePrecision::Second, source))
}

/// Month names in the languages of the news we read (English, German, French, Spanish,
/// Portuguese, Italian, Dutch, Indonesian); a word matches when it is the name or an
/// abbreviation of at least three letters ("Sept", "Okt.", "févr").
const MONTH_NAMES: [&[&str]; 12] = [
    &["january", "januar", "janvier", "enero", "janeiro", "gennaio", "januari"],
    &["february", "februar", "février", "fevrier", "febrero", "fevereiro", "febbraio", "februari", "pebruari"],
    &["march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "maret"],
    &["april", "avril", "abril", "aprile"],
    &["may", "mai", "mayo", "maio", "maggio", "mei"],
    &["june", "juni", "juin", "junio", "junho", "giugno"],
    &["july", "juli", "juillet", "julio", "julho", "luglio"],
    &["august", "août", "aout", "agosto", "augustus", "agustus"],
    &["september", "sept", "septembre", "septiembre", "setembro", "settembre"],
    &["october", "oktober", "octobre", "octubre", "outubro", "ottobre"],
    &["november", "novembre", "noviembre", "novembro", "nopember"],
    &["december", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "desember"],
];

fn month_number(word: &str) -> Option<i8> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    if w.chars().count() < 3 {
        return None;
    }
    MONTH_NAMES.iter().position(|names| names.iter().any(|n| n.starts_with(w))).map(|i| i as i8 + 1)
}

// The month word is a whole run of letters (a word boundary or a space before it, a dot or a
// space after it), so `\p{L}+` finds the same dates as `\p{L}{3,9}` once words outside 3..=9
// letters are passed over in code (see `month_word`): no match the bounded form would find
// starts inside the span of a passed-over one. The unbounded form compiles in a quarter of
// the time (the bounded one repeats the Unicode letter class nine times).
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b").expect("static regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})\b").expect("static regex")
});

/// The month a matched word names, if it has 3 to 9 letters.
fn month_word(word: &str) -> Option<i8> {
    (word.chars().count() <= 9).then(|| month_number(word)).flatten()
}
static CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?").expect("static regex"));

/// A date written for readers in a page ("Posted Nov 19, 2019 at 9:24 pm", "publiziert am
/// 25. September 2018", "2019-04-10"), as a local date-time without offset.
pub fn parse_visible_date(text: &str) -> Option<Published> {
    // Every form read here has a year of four ASCII digits (other digits match `\d` but do
    // not parse as numbers): text without one is settled without running the patterns.
    if text.len() > 200 || !text.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    parse_month_name(text, DateSource::Metadata)
        .or_else(|| ISO_IN_TEXT.find(text).and_then(|m| parse_iso(m.as_str(), DateSource::Metadata)))
        .filter(plausible)
}

static ISO_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?").expect("static regex"));

/// "November 19, 2019", "Nov. 19, 2019 5:02 pm", "19 November 2019". Without a written offset
/// the date keeps its calendar day (offset 0).
fn parse_month_name(s: &str, source: DateSource) -> Option<Published> {
    // The earliest written date wins, whichever order it is written in.
    let month_first = MONTH_FIRST.captures_iter(s).find_map(|c| {
        let m = month_word(&c[1])?;
        Some((c.get(0)?.start(), c.get(0)?.end(), c[3].parse::<i16>().ok()?, m, c[2].parse::<i8>().ok()?))
    });
    let day_first = DAY_FIRST.captures_iter(s).find_map(|c| {
        let m = month_word(&c[2])?;
        Some((c.get(0)?.start(), c.get(0)?.end(), c[3].parse::<i16>().ok()?, m, c[1].parse::<i8>().ok()?))
    });
    let (_, end, y, m, d) = match (month_first, day_first) {
        (Some(a), Some(b)) => if a.0 <= b.0 { a } else { b },
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => return None,
    };
    let date = Date::new(y, m, d).ok()?;
    // A clock time right after the date (or right before it, "10:48, Tue, Nov 19, 2019").
    if let Some(c) = CLOCK.captures(&s[end..]).filter(|c| c.get(0).is_some_and(|m| m.start() < 12)).or_else(|| CLOCK.captures(s)) {
        let mut hour: i8 = c[1].parse().ok()?;
        let minute: i8 = c[2].parse().ok()?;
        if let Some(ampm) = c.get(4) {
            let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, h) if h < 12 => h + 12,
                (_, h) => h,
            };
        }
        if let Ok(time) = jiff::civil::Time::new(hour, minute, 0, 0) {
            return at_offset(date.to_datetime(time), 0, DatePrecision::Minute, source);
        }
    }
    day_published(date, source)
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/_-]((?:19|20)\d{2})[/-]?(\d{1,2})[/-]?(\d{1,2})(?:[/_-]|\.html?|$)").expect("static regex")
});

static URL_MONTH_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)/((?:19|20)\d{2})/([a-z]{3,9})/(\d{1,2})(?:/|$)").expect("static regex"));

/// A date stated in a URL path (`/2019/11/19/`, `/2019-11-19-`, `/20191119/`, `/2019/nov/18/`).
pub fn date_from_url(url: &str) -> Option<Published> {
    let path_start = url.find("://").map_or(0, |i| i + 3);
    let path = &url[path_start..];
    let path = &path[path.find('/').unwrap_or(path.len())..];
    if let Some(c) = URL_MONTH_NAME.captures(path)
        && let Some(m) = month_number(&c[2])
        && let (Ok(y), Ok(d)) = (c[1].parse::<i16>(), c[3].parse::<i8>())
        && let Ok(date) = Date::new(y, m, d)
    {
        return day_published(date, DateSource::Metadata).filter(plausible);
    }
    for c in URL_DATE.captures_iter(path) {
        let y: i16 = c[1].parse().ok()?;
        let m: i8 = c[2].parse().ok()?;
        let d: i8 = c[3].parse().ok()?;
        if let Ok(date) = Date::new(y, m, d) {
            return day_published(date, DateSource::Metadata).filter(plausible);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc(s: &str) -> String {
        parse_date(s, DateSource::Metadata).map(|p| p.to_rfc3339()).unwrap_or_default()
    }

    #[test]
    fn iso_forms_keep_their_offset() {
        assert_eq!(rfc("2019-11-19T17:02:00-05:00"), "2019-11-19T17:02:00-05:00");
        assert_eq!(rfc("2019-11-19T17:02:00.000Z"), "2019-11-19T17:02:00+00:00");
        assert_eq!(rfc("2019-11-19 17:02:00 +0100"), "2019-11-19T17:02:00+01:00");
        assert_eq!(rfc("20191119T1702"), "2019-11-19T17:02:00+00:00");
        assert_eq!(rfc("2019-11-19"), "2019-11-19T00:00:00+00:00");
    }

    #[test]
    fn feed_and_prose_dates() {
        assert_eq!(rfc("Tue, 19 Nov 2019 17:02:00 GMT"), "2019-11-19T17:02:00+00:00");
        assert_eq!(rfc("Fri, 28 Nov 2025 20:12:00 +0200"), "2025-11-28T20:12:00+02:00");
        assert_eq!(rfc("Updated Nov. 19, 2019 5:02 pm ET"), "2019-11-19T17:02:00+00:00");
        assert_eq!(rfc("19 November 2019"), "2019-11-19T00:00:00+00:00");
        assert_eq!(rfc("1574182920"), "2019-11-19T17:02:00+00:00");
        assert_eq!(rfc("Marchers gathered 12 2019"), "");
        assert_eq!(rfc("publiziert am 30. Juli 2018"), "2018-07-30T00:00:00+00:00");
        assert_eq!(rfc("sexta-feira, 22 de outubro de 2010 às 20:13"), "2010-10-22T20:13:00+00:00");
        assert_eq!(rfc("Posted on Maret 30, 2015 by Admin"), "2015-03-30T00:00:00+00:00");
        assert_eq!(rfc("not a date"), "");
        // Month words have 3 to 9 letters.
        assert_eq!(rfc("septiembre 5, 2019"), "");
        assert_eq!(rfc("On 5, 2019"), "");
        assert_eq!(rfc("5 de 2019"), "");
        assert_eq!(rfc("Mondays in 5, 2019: Sept 6, 2019"), "2019-09-06T00:00:00+00:00");
        assert_eq!(rfc("5 sept 2019"), "2019-09-05T00:00:00+00:00");
    }

    #[test]
    fn url_dates() {
        let d = |u: &str| date_from_url(u).and_then(|p| p.local_date()).map(|d| d.to_string());
        assert_eq!(d("https://x.com/2019/11/19/politics/story.html").as_deref(), Some("2019-11-19"));
        assert_eq!(d("https://x.com/news/2019-11-19-story").as_deref(), Some("2019-11-19"));
        assert_eq!(d("https://x.com/20191119/story").as_deref(), Some("2019-11-19"));
        assert_eq!(d("https://x.com/tuft-cells-20191115/").as_deref(), Some("2019-11-15"));
        assert_eq!(d("https://x.com/article/12345678"), None);
        assert_eq!(d("https://x.com/statements/2019/nov/18/who/what/").as_deref(), Some("2019-11-18"));
        assert_eq!(d("https://2019.x.com/13/40/a"), None);
    }
}
