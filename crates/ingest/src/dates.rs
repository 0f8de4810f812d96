//! Publication dates as outlets write them: RFC 2822 and its variants, ISO 8601, numeric
//! European dates, and day-month-year with English, German, Ukrainian or Russian month names.
//!
//! Written by hand on `regex` + `jiff` because no crate takes all these variants and still tells
//! "not a date" apart from "a date that cannot exist" (`31 Feb 2025`), which we must report.
//! A date without a UTC offset is taken as UTC (the instant may then be off by the outlet's
//! offset, but the calendar date stays what was written).

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;
use regex::Regex;
use std::sync::LazyLock;
use stemmata_model::{DatePrecision, DateSource, Published};

/// The outcome of reading a date string.
#[derive(Debug, Clone, PartialEq)]
pub enum DateParse {
    Ok(Published),
    /// It is written like a date but names a day, time or offset that does not exist.
    Impossible(String),
    /// It is not a date at all.
    NotADate,
}

const ZONE: &str =
    r"(?:(?P<zone>Z|UTC|GMT|UT|[A-Z]{2,4})|(?:(?:UTC|GMT)?\s*(?P<off>[+-]\d{1,2}(?::?\d{2})?)))";
// (French writes "14h30".)
const TIME: &str =
    r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?";

// What stands between a date and its time: "at", "um", "à", "às", "alle (ore)", "a las", "о", "в", a
// dash, a bar or an at sign, in any case ("31 MAGGIO 2027 ALLE 12:05").
const CONNECTOR: &str = r"(?i:(?:at|um|om|o|о|в|à|às|as|alle(?:\s+ore)?|ore|a\s+las|a\s+la)\s+|[-–—|.·•@]\s+)";

/// A time written before its date: "20:41 BST, 3 June 2027".
static TIME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<time>\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)(?:\s*(?P<zone>[A-Z]{2,4}))?\s*[,|–·-]?\s+(?P<date>\S.*)$")
        .expect("valid regex")
});

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<y>\d{{4}})[-/](?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})(?:(?:T|\s+|,\s*)(?:{TIME}))?\s*{ZONE}?$"
    ))
    .expect("valid regex")
});

static NUMERIC_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\p{{L}}+\.?,?\s+)?(?P<d>\d{{1,2}})(?:[./-]|\.\s)(?P<m>\d{{1,2}})(?:[./-]|\.\s)(?P<y>\d{{4}}|\d{{2}})(?:,?\s+{CONNECTOR}?(?:{TIME}))?(?:\s*(?:Uhr|год\.?|h|uur))?\s*{ZONE}?$"
    ))
    .expect("valid regex")
});

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\p{{L}}+\.?,?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?(?:\.?\s+|\.)(?:de\s+)?(?P<mon>\p{{L}}+)(?:\.?,?\s+|\.)(?:de\s+)?(?P<y>\d{{4}})(?:\s*(?:року|года|р\.?|г\.?|r\.))?(?:,?\s+{CONNECTOR}?(?:{TIME}))?(?:\s*(?:Uhr|год\.?|h|uur))?\s*{ZONE}?$"
    ))
    .expect("valid regex")
});

static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\p{{L}}+\.?,?\s+)?(?P<mon>\p{{L}}+)\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?:,?\s+{CONNECTOR}?(?:{TIME}))?\s*{ZONE}?$"
    ))
    .expect("valid regex")
});

/// Month number for an English, German, Ukrainian or Russian month name or abbreviation.
fn month_number(word: &str) -> Option<i8> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    const NAMES: [(&[&str], i8); 12] = [
        (
            &[
                "jan",
                "january",
                "januar",
                "jänner",
                "січня",
                "січень",
                "января",
                "январь",
                "янв",
            ],
            1,
        ),
        (
            &[
                "feb",
                "february",
                "februar",
                "лютого",
                "лютий",
                "февраля",
                "февраль",
                "фев",
            ],
            2,
        ),
        (
            &[
                "mar",
                "march",
                "märz",
                "maerz",
                "mär",
                "березня",
                "березень",
                "марта",
                "март",
            ],
            3,
        ),
        (
            &["apr", "april", "квітня", "квітень", "апреля", "апрель"],
            4,
        ),
        (&["may", "mai", "травня", "травень", "мая", "май"], 5),
        (
            &["jun", "june", "juni", "червня", "червень", "июня", "июнь"],
            6,
        ),
        (
            &["jul", "july", "juli", "липня", "липень", "июля", "июль"],
            7,
        ),
        (
            &[
                "aug",
                "august",
                "серпня",
                "серпень",
                "августа",
                "август",
                "авг",
            ],
            8,
        ),
        (
            &[
                "sep",
                "sept",
                "september",
                "вересня",
                "вересень",
                "сентября",
                "сентябрь",
                "сен",
            ],
            9,
        ),
        (
            &[
                "oct",
                "october",
                "okt",
                "oktober",
                "жовтня",
                "жовтень",
                "октября",
                "октябрь",
                "окт",
            ],
            10,
        ),
        (
            &[
                "nov",
                "november",
                "листопада",
                "листопад",
                "ноября",
                "ноябрь",
                "ноя",
            ],
            11,
        ),
        (
            &[
                "dec",
                "december",
                "dez",
                "dezember",
                "грудня",
                "грудень",
                "декабря",
                "декабрь",
                "дек",
            ],
            12,
        ),
    ];
    // French, with and without accents and in the abbreviations of French datelines.
    const FRENCH: [(&[&str], i8); 12] = [
        (&["janvier", "janv"], 1),
        (&["février", "fevrier", "févr", "fevr"], 2),
        (&["mars"], 3),
        (&["avril", "avr"], 4),
        (&["mai"], 5),
        (&["juin"], 6),
        (&["juillet", "juil"], 7),
        (&["août", "aout"], 8),
        (&["septembre", "sept"], 9),
        (&["octobre"], 10),
        (&["novembre"], 11),
        (&["décembre", "decembre", "déc"], 12),
    ];
    // Polish (genitive as in dates, and the nominative), Spanish and Italian.
    const MORE: [(&[&str], i8); 12] = [
        (&["stycznia", "styczeń", "styczen", "sty", "enero", "gennaio", "ene", "gen", "janeiro", "jan"], 1),
        (&["lutego", "luty", "lut", "febrero", "febbraio", "feb", "fevereiro", "fev"], 2),
        (&["marca", "marzec", "marzo", "mar", "março", "marco"], 3),
        (&["kwietnia", "kwiecień", "kwiecien", "kwi", "abril", "aprile", "abr"], 4),
        (&["maja", "maj", "mayo", "maggio", "may", "maio", "mai"], 5),
        (&["czerwca", "czerwiec", "cze", "junio", "giugno", "jun", "junho"], 6),
        (&["lipca", "lipiec", "lip", "julio", "luglio", "jul", "julho"], 7),
        (&["sierpnia", "sierpień", "sierpien", "sie", "agosto", "ago"], 8),
        (&["września", "wrzesnia", "wrzesień", "wrzesien", "wrz", "septiembre", "setiembre", "settembre", "sep", "set", "setembro"], 9),
        (&["października", "pazdziernika", "październik", "pazdziernik", "paź", "paz", "octubre", "ottobre", "oct", "ott", "outubro", "out"], 10),
        (&["listopada", "listopad", "lis", "noviembre", "novembre", "nov", "novembro"], 11),
        (&["grudnia", "grudzień", "grudzien", "gru", "diciembre", "dicembre", "dic", "dezembro", "dez"], 12),
    ];
    // Dutch ("9 maart 2027", "3 okt. 2027").
    const DUTCH: [(&[&str], i8); 12] = [
        (&["januari"], 1),
        (&["februari"], 2),
        (&["maart", "mrt"], 3),
        (&["april", "apr"], 4),
        (&["mei"], 5),
        (&["juni"], 6),
        (&["juli"], 7),
        (&["augustus", "aug"], 8),
        (&["september", "sept"], 9),
        (&["oktober", "okt"], 10),
        (&["november"], 11),
        (&["december"], 12),
    ];
    // Ukrainian and Russian abbreviations ("6 февр. 2026", "3 лист. 2025").
    const SHORT: [(&[&str], i8); 12] = [
        (&["січ"], 1),
        (&["лют", "февр"], 2),
        (&["бер", "мар"], 3),
        (&["квіт", "апр"], 4),
        (&["трав"], 5),
        (&["черв", "июн"], 6),
        (&["лип", "июл"], 7),
        (&["серп"], 8),
        (&["вер", "сент"], 9),
        (&["жовт"], 10),
        (&["лист", "нояб"], 11),
        (&["груд"], 12),
    ];
    NAMES
        .iter()
        .chain(FRENCH.iter())
        .chain(SHORT.iter())
        .chain(MORE.iter())
        .chain(DUTCH.iter())
        .find(|(names, _)| names.contains(&w))
        .map(|(_, n)| *n)
}

/// UTC offset in seconds of a zone abbreviation that is unambiguous in news datelines.
fn zone_offset(zone: &str) -> Option<i32> {
    let hours = match zone {
        "Z" | "UTC" | "GMT" | "UT" | "WET" => 0,
        "BST" | "CET" | "WEST" => 1,
        "CEST" | "EET" => 2,
        "EEST" | "MSK" => 3,
        "EST" => -5,
        "EDT" => -4,
        "CDT" => -5,
        "CST" => -6,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" => -7,
        _ => return None,
    };
    Some(hours * 3600)
}

fn parse_offset(text: &str) -> Option<i32> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let digits: String = digits.chars().filter(|c| *c != ':').collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        3 => (
            digits[..1].parse::<i32>().ok()?,
            digits[1..].parse::<i32>().ok()?,
        ),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    if m >= 60 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60))
}

/// Reads a date as written in a header, feed or data column.
pub fn parse_date(input: &str, source: DateSource) -> DateParse {
    let s = input.trim();
    if s.is_empty() || s.len() > 80 {
        return DateParse::NotADate;
    }
    // A label before the date: "Updated 9:41 AM EDT, August 18, 2027", "Actualizado: 22/07/2027
    // 19:47 CEST".
    if let Some(m) = DATELINE_LABEL.find(s).filter(|m| m.end() > 0 && m.end() < s.len()) {
        match parse_date(&s[m.end()..], source) {
            DateParse::NotADate => {}
            parsed => return parsed,
        }
    }
    // A city before the date: "Madrid - 23 MAR 2027 - 08:15 CET".
    if let Some((place, rest)) = s.split_once(" - ").or_else(|| s.split_once(" – "))
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && (1..=3).contains(&place.split(' ').count())
        && place.split(' ').all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        match parse_date(rest, source) {
            DateParse::NotADate => {}
            parsed => return parsed,
        }
    }
    // An update after a bar ("21:04 BST, 15 July 2027 | Updated: 22:30 BST, …"): the first is
    // the publication.
    if let Some((first, rest)) = s.split_once(" | ")
        && first.chars().any(|c| c.is_ascii_digit())
        && rest.starts_with(char::is_alphabetic)
    {
        match parse_date(first, source) {
            DateParse::NotADate => {}
            parsed => return parsed,
        }
    }
    // A time in brackets: "10.11.2027 [09:40]".
    if let Some(inner) = s.strip_suffix(']').and_then(|t| t.rsplit_once(" [")).filter(|(_, t)| !t.contains(['[', ']']))
    {
        let joined = format!("{} {}", inner.0, inner.1);
        match parse_date(&joined, source) {
            DateParse::NotADate => {}
            parsed => return parsed,
        }
    }
    // The country after the time, for its local time: "Monday 30 August 2027 08:10, UK".
    if let Some(before) = s.strip_suffix(", UK").or_else(|| s.strip_suffix(" UK")) {
        return parse_date(before, source);
    }
    // An update note in brackets after the date: "10 luglio 2027 (modifica il 10 luglio 2027)".
    if let Some(open) = s.find(" (").filter(|_| s.ends_with(')')) {
        let before = parse_date(&s[..open], source);
        if before != DateParse::NotADate {
            return before;
        }
    }
    if let Some(caps) = TIME_FIRST.captures(s) {
        let date = &caps["date"];
        if !date.starts_with(|c: char| c.is_ascii_digit()) || !TIME_FIRST.is_match(date) {
            let zone = caps.name("zone").map_or("", |z| z.as_str());
            let moved = format!("{date} {} {zone}", &caps["time"]);
            match parse_date(moved.trim(), source) {
                DateParse::NotADate => {}
                parsed => return parsed,
            }
        }
    }
    // Unix time in seconds or milliseconds, as some JSON exports write it.
    if s.bytes().all(|b| b.is_ascii_digit()) && (s.len() == 10 || s.len() == 13) {
        return match s.parse::<i64>() {
            Ok(n) => published_from_unix(n, source).map_or_else(
                || DateParse::Impossible(format!("timestamp {s} is out of range")),
                DateParse::Ok,
            ),
            Err(_) => DateParse::NotADate,
        };
    }
    for (regex, named_month) in [
        (&*ISO, false),
        (&*NUMERIC_DMY, false),
        (&*DAY_MONTH_YEAR, true),
        (&*MONTH_DAY_YEAR, true),
    ] {
        let Some(caps) = regex.captures(s) else {
            continue;
        };
        let month = if named_month {
            match caps.name("mon").and_then(|m| month_number(m.as_str())) {
                Some(m) => m,
                None => continue,
            }
        } else {
            match caps.name("m").and_then(|m| m.as_str().parse::<i8>().ok()) {
                Some(m) => m,
                None => continue,
            }
        };
        let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i64>().ok());
        let (Some(year), Some(mut day)) = (num("y"), num("d")) else {
            continue;
        };
        // "15/07/27 07:10": a year in two digits is this century's.
        let year = if year < 100 { 2000 + year } else { year };
        // "02/26/2026": an American month first, when the day cannot be a month.
        let mut month = month;
        if !named_month && month > 12 && (1..=12).contains(&day) {
            (month, day) = (day as i8, i64::from(month));
        }
        // US zones written without the season ("7:05 a.m. ET"): daylight time from April to
        // October.
        let us_zone = |z: &str| {
            let standard = match z {
                "ET" => -5,
                "CT" => -6,
                "MT" => -7,
                "PT" => -8,
                _ => return None,
            };
            Some((standard + i32::from((4..=10).contains(&month))) * 3600)
        };
        let zone = match (caps.name("zone"), caps.name("off")) {
            (Some(z), _) => match zone_offset(z.as_str()).or_else(|| us_zone(z.as_str())) {
                Some(o) => Some(o),
                // An unknown trailing word: not a date line we understand.
                None => continue,
            },
            (None, Some(o)) => match parse_offset(o.as_str()) {
                Some(o) => Some(o),
                None => {
                    return DateParse::Impossible(format!(
                        "`{}` is not a valid UTC offset",
                        o.as_str()
                    ));
                }
            },
            (None, None) => None,
        };
        let time = match (num("h"), num("mi")) {
            (Some(h), Some(mi)) => {
                let mut h = h;
                if let Some(ampm) = caps.name("ampm") {
                    if !(1..=12).contains(&h) {
                        return DateParse::Impossible(format!("hour {h} with {}", ampm.as_str()));
                    }
                    let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
                    h = (h % 12) + if pm { 12 } else { 0 };
                }
                Some((h, mi, num("s")))
            }
            _ => None,
        };
        return build(year, month, day, time, zone, source, s);
    }
    DateParse::NotADate
}

fn build(
    year: i64,
    month: i8,
    day: i64,
    time: Option<(i64, i64, Option<i64>)>,
    offset: Option<i32>,
    source: DateSource,
    written: &str,
) -> DateParse {
    let impossible =
        || DateParse::Impossible(format!("`{written}` names a date that does not exist"));
    if !(1000..=9999).contains(&year) {
        return impossible();
    }
    let Ok(date) = Date::new(year as i16, month, day.clamp(0, 127) as i8) else {
        return impossible();
    };
    let (civil_time, precision) = match time {
        None => (Time::midnight(), DatePrecision::Day),
        Some((h, mi, sec)) => {
            // A leap second (":60") is read as the last second of its minute.
            let s = sec.map(|s| if s == 60 { 59 } else { s });
            let Ok(t) = Time::new(
                h.clamp(-1, 99) as i8,
                mi.clamp(-1, 99) as i8,
                s.unwrap_or(0).clamp(-1, 99) as i8,
                0,
            ) else {
                return DateParse::Impossible(format!(
                    "`{written}` names a time that does not exist"
                ));
            };
            (
                t,
                if sec.is_some() {
                    DatePrecision::Second
                } else {
                    DatePrecision::Minute
                },
            )
        }
    };
    let offset_seconds = offset.unwrap_or(0);
    let Ok(off) = Offset::from_seconds(offset_seconds) else {
        return DateParse::Impossible(format!("`{written}` has an impossible UTC offset"));
    };
    let Ok(ts) = off.to_timestamp(DateTime::from_parts(date, civil_time)) else {
        return impossible();
    };
    DateParse::Ok(Published::new(
        ts.as_second(),
        offset_seconds,
        precision,
        source,
    ))
}

/// Unix time in seconds, or milliseconds when the number is too large to be seconds.
pub fn published_from_unix(n: i64, source: DateSource) -> Option<Published> {
    let seconds = if n.unsigned_abs() >= 100_000_000_000 {
        n.div_euclid(1000)
    } else {
        n
    };
    // 1900 .. 2200: anything outside is a unit mix-up or garbage, not a publication date.
    if !(-2_208_988_800..=7_258_118_400).contains(&seconds) {
        return None;
    }
    Some(Published::new(seconds, 0, DatePrecision::Second, source))
}

/// Words that introduce a dateline: "Published", "Updated: …", "Опубліковано", "Stand:".
static DATELINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|issued)(?:\s+(?:on|at))?|date|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|stand|erschienen(?:\s+am)?|опубліковано|оновлено|опубликовано|обновлено|дата(?:\s+публікації|\s+публикации)?|actualizado|publicado|atualizado|aggiornato|pubblicato(?:\s+il)?|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|modifié(?:\s+le)?|opublikowano|publikacja|zaktualizowano|aktualizacja)\s*:?\s*",
    )
    .expect("valid regex")
});

/// A wire-style place lead-in in capitals: "KYIV, ", "NEW YORK (Reuters) — " is not read further.
static DATELINE_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{Lu} .'’-]{1,30},\s*").expect("valid regex"));

const WEEKDAYS: &[&str] = &[
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
    "friday", "sat", "saturday", "sun", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "понеділок", "вівторок", "середа",
    "четвер", "пʼятниця", "п'ятниця", "субота", "неділя", "понедельник", "вторник", "среда", "четверг",
    "пятница", "суббота", "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "нд", "вс",
];

/// Lines of the body read for a dateline, and the longest line that can be one.
const DATELINE_LINES: usize = 3;
const DATELINE_MAX_CHARS: usize = 120;

/// The publication date written at the head of an article body, for articles whose input gave
/// none: a dateline such as `Published August 02, 2013`, `18 September 2013 Last updated at
/// 13:59 GMT`, `KYIV, 28 November 2025 —` or a line holding only a date.
///
/// Only the first few short lines are read, the date must name its day, month and year and may
/// not lie in the future of `now` (unix seconds), and a line that reads as a sentence ("On 28
/// November 2025 the minister …" names an event, not the publication) is not taken. The result
/// is marked [`DateSource::Inferred`].
pub fn dateline(text: &str, now: i64) -> Option<Published> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(DATELINE_LINES)
        .find_map(|line| dateline_in_line(line, now))
}

fn dateline_in_line(line: &str, now: i64) -> Option<Published> {
    if line.chars().count() > DATELINE_MAX_CHARS {
        return None;
    }
    // A label, or failing that a place in capitals, goes before the date.
    let lead = DATELINE_LABEL.find(line).or_else(|| DATELINE_PLACE.find(line));
    let rest = lead.map_or(line, |m| &line[m.end()..]);
    // A date opens with a figure, a month or a weekday; anything else is prose.
    let first = rest.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != 'ʼ').next().unwrap_or("");
    let opens_like_a_date = first.chars().next().is_some_and(|c| c.is_ascii_digit())
        || month_number(first).is_some()
        || WEEKDAYS.contains(&first.to_lowercase().as_str());
    if !opens_like_a_date {
        return None;
    }
    // The longest run of leading words that reads as a date; what follows may be a label
    // ("Last updated at …"), an agency or a dash, but not a sentence.
    let cuts = rest
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .chain(std::iter::once(rest.len()));
    for cut in cuts.rev() {
        let head = rest[..cut].trim_end_matches([',', ';', '|', '·', '-', '–', '—', ' ']);
        let DateParse::Ok(p) = parse_date(head, DateSource::Inferred) else { continue };
        let tail = rest[cut..].trim();
        let words = tail.split_whitespace().count();
        // A dash or an agency in brackets ends a wire dateline; the story follows.
        let lead_in = tail.starts_with(['—', '–', '-', '(', '|']);
        if !lead_in && (words > 8 || (tail.ends_with(['.', '!', '?']) && words > 3)) {
            return None;
        }
        return (p.unix <= now.saturating_add(2 * 86_400)).then_some(p);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_at_the_head_of_a_body() {
        let now = 1_800_000_000;
        let d = |s: &str| dateline(s, now).map(|p| (p.to_rfc3339(), p.source));
        let inferred = |s: &str| (s.to_owned(), DateSource::Inferred);
        assert_eq!(d("Published August 02, 2013\nA ferry sank."), Some(inferred("2013-08-02T00:00:00+00:00")));
        assert_eq!(
            d("18 September 2013 Last updated at 13:59 GMT\nText."),
            Some(inferred("2013-09-18T00:00:00+00:00"))
        );
        assert_eq!(d("Updated: 2025-11-28 20:12\nText."), Some(inferred("2025-11-28T20:12:00+00:00")));
        assert_eq!(d("KYIV, 28 November 2025 — The council met."), Some(inferred("2025-11-28T00:00:00+00:00")));
        assert_eq!(d("Опубліковано 28 листопада 2025, 20:12\nТекст."), Some(inferred("2025-11-28T20:12:00+00:00")));
        assert_eq!(d("Stand: 03.03.2025 14:30\nText."), Some(inferred("2025-03-03T14:30:00+00:00")));
        // Read only near the top, from short lines.
        assert_eq!(d("One.\nTwo.\nThree.\n28 November 2025"), None);
    }

    proptest::proptest! {
        #[test]
        fn datelines_never_lie_in_the_future(
            text in "(Published |KYIV, |Stand: )?(0?[1-9]|1[0-9]|2[0-8]) (March|November|листопада) 20[0-3][0-9]([, ]+[0-2][0-9]:[0-5][0-9])?( —|,)?\\PC{0,40}(\n\\PC{0,40}){0,2}",
            now in 1_700_000_000i64..2_000_000_000,
        ) {
            if let Some(p) = dateline(&text, now) {
                proptest::prop_assert!(p.unix <= now + 2 * 86_400);
                proptest::prop_assert_eq!(p.source, DateSource::Inferred);
            }
        }

        #[test]
        fn any_text_and_any_clock_are_survived(text in "\\PC{0,200}", now in proptest::prelude::any::<i64>()) {
            let _ = dateline(&text, now);
        }
    }

    #[test]
    fn event_dates_and_future_dates_are_not_datelines() {
        let now = 1_800_000_000; // 2027-01-15
        assert_eq!(dateline("On 28 November 2025 the minister resigned after a long row.", now), None);
        assert_eq!(dateline("28 November 2025 will be remembered as the day the bridge reopened to traffic.", now), None);
        assert_eq!(dateline("The minister said on Friday that talks would go on.", now), None);
        assert_eq!(dateline("Published 3 March 2031", now), None);
        assert_eq!(dateline("31 Feb 2025\nText.", now), None);
        assert_eq!(dateline("", now), None);
    }

    fn rfc(s: &str) -> String {
        match parse_date(s, DateSource::Header) {
            DateParse::Ok(p) => p.to_rfc3339(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn rfc2822_keeps_its_offset() {
        assert_eq!(
            rfc("Fri, 28 Nov 2025 20:12:00 +0200"),
            "2025-11-28T20:12:00+02:00"
        );
        assert_eq!(rfc("28 Nov 2025 20:12 +02:00"), "2025-11-28T20:12:00+02:00");
        assert_eq!(
            rfc("Fri, 28 Nov 2025 18:12:00 GMT"),
            "2025-11-28T18:12:00+00:00"
        );
        assert_eq!(
            rfc("Tue, 04 Mar 2025 09:05:00 EST"),
            "2025-03-04T09:05:00-05:00"
        );
    }

    #[test]
    fn a_time_after_a_connector_and_us_zones_without_the_season() {
        assert_eq!(rfc("12/05/2027 - 19:55"), "2027-05-12T19:55:00+00:00");
        assert_eq!(rfc("18/05/2027 à 16:45"), "2027-05-18T16:45:00+00:00");
        assert_eq!(rfc("May 18, 2027, 7:05 a.m. ET"), "2027-05-18T07:05:00-04:00");
        assert_eq!(rfc("Jan 18, 2027, 7:05 p.m. PT"), "2027-01-18T19:05:00-08:00");
        assert_eq!(rfc("18.05.2027 um 16:45 Uhr"), "2027-05-18T16:45:00+00:00");
        assert_eq!(rfc("Mo., 18.10.2027, 19:05"), "2027-10-18T19:05:00+00:00");
        assert_eq!(rfc("16 settembre 2027 | 21:15"), "2027-09-16T21:15:00+00:00");
        assert_eq!(rfc("12.abr.2027 às 16h10"), "2027-04-12T16:10:00+00:00");
        assert_eq!(rfc("4 de junio de 2027 a las 10:05"), "2027-06-04T10:05:00+00:00");
        assert_eq!(rfc("20:41 BST, 3 June 2027"), "2027-06-03T20:41:00+01:00");
        assert_eq!(rfc("06 abr 2027 . 05:00 h"), "2027-04-06T05:00:00+00:00");
        assert_eq!(rfc("6 avril 2027 · 17:55"), "2027-04-06T17:55:00+00:00");
        assert_eq!(rfc("12/10/2027 om 14.10 uur"), "2027-10-12T14:10:00+00:00");
        assert_eq!(rfc("14 maja 2027 o 09:15"), "2027-05-14T09:15:00+00:00");
        assert_eq!(rfc("10 luglio 2027 (modifica il 10 luglio 2027 | 21:30)"), "2027-07-10T00:00:00+00:00");
        // A label before the date; the country after the time.
        assert_eq!(rfc("Updated 9:41 AM EDT, August 18, 2027"), "2027-08-18T09:41:00-04:00");
        assert_eq!(rfc("Actualizado: 22/07/2027 19:47 CEST"), "2027-07-22T19:47:00+02:00");
        assert_eq!(rfc("Monday 30 August 2027 08:10, UK"), "2027-08-30T08:10:00+00:00");
        assert_eq!(rfc("15/07/27 07:10"), "2027-07-15T07:10:00+00:00");
        // A city before the date.
        assert_eq!(rfc("Madrid - 23 MAR 2027 - 08:15 CET"), "2027-03-23T08:15:00+01:00");
        assert_eq!(rfc("Kyiv - Ministry"), "NotADate");
        assert_eq!(rfc("20:41, 3 June"), "NotADate");
    }

    #[test]
    fn slashes_abbreviations_year_words_and_french_hours() {
        assert_eq!(rfc("06/02/2026 14:30"), "2026-02-06T14:30:00+00:00");
        assert_eq!(rfc("02/26/2026"), "2026-02-26T00:00:00+00:00");
        // Day first with dashes, as in Portugal and the Netherlands.
        assert_eq!(rfc("18-07-2027 23:15"), "2027-07-18T23:15:00+00:00");
        assert_eq!(rfc("6 февр. 2026"), "2026-02-06T00:00:00+00:00");
        assert_eq!(rfc("3 лист. 2025"), "2025-11-03T00:00:00+00:00");
        assert_eq!(rfc("6 лютого 2026 року"), "2026-02-06T00:00:00+00:00");
        assert_eq!(rfc("6 февраля 2026 г."), "2026-02-06T00:00:00+00:00");
        assert_eq!(rfc("jeudi 6 février 2026 à 14h30"), "2026-02-06T14:30:00+00:00");
        assert_eq!(rfc("14 listopada 2027, 13:05"), "2027-11-14T13:05:00+00:00");
        assert_eq!(rfc("5 października 2027 r."), "2027-10-05T00:00:00+00:00");
        assert_eq!(rfc("5 de octubre de 2027, 10:15"), "2027-10-05T10:15:00+00:00");
        assert_eq!(rfc("12 maggio 2027"), "2027-05-12T00:00:00+00:00");
        assert_eq!(rfc("3 de maio de 2027"), "2027-05-03T00:00:00+00:00");
    }

    #[test]
    fn iso_and_numeric_variants() {
        assert_eq!(
            rfc("2025-11-28T20:12:00+02:00"),
            "2025-11-28T20:12:00+02:00"
        );
        assert_eq!(rfc("2025-11-28 20:12"), "2025-11-28T20:12:00+00:00");
        assert_eq!(rfc("2025-11-28"), "2025-11-28T00:00:00+00:00");
        assert_eq!(rfc("2025-11-28T18:12:00.123Z"), "2025-11-28T18:12:00+00:00");
        assert_eq!(rfc("28.11.2025 20:12"), "2025-11-28T20:12:00+00:00");
    }

    #[test]
    fn month_names_in_five_languages() {
        assert_eq!(rfc("28 November 2025"), "2025-11-28T00:00:00+00:00");
        assert_eq!(
            rfc("November 28, 2025, 8:12 pm"),
            "2025-11-28T20:12:00+00:00"
        );
        assert_eq!(
            rfc("28. November 2025, 14:30 Uhr"),
            "2025-11-28T14:30:00+00:00"
        );
        assert_eq!(rfc("3. März 2025"), "2025-03-03T00:00:00+00:00");
        assert_eq!(rfc("28 листопада 2025, 20:12"), "2025-11-28T20:12:00+00:00");
        assert_eq!(rfc("5 марта 2025 г."), "2025-03-05T00:00:00+00:00");
        assert_eq!(rfc("5 décembre 2025"), "2025-12-05T00:00:00+00:00");
        assert_eq!(rfc("17 octobre 2025"), "2025-10-17T00:00:00+00:00");
        assert_eq!(rfc("1er août 2025"), rfc("1 août 2025"));
        // Dutch, and an hour marked with "h" or "uur".
        assert_eq!(rfc("9 maart 2027, 11:42"), "2027-03-09T11:42:00+00:00");
        assert_eq!(rfc("3 okt. 2027 14.05 uur"), "2027-10-03T14:05:00+00:00");
        assert_eq!(rfc("15/04/2027 13:50h"), "2027-04-15T13:50:00+00:00");
    }

    #[test]
    fn precision_follows_what_was_written() {
        let p = |s| match parse_date(s, DateSource::Header) {
            DateParse::Ok(p) => p.precision,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(p("28 November 2025"), DatePrecision::Day);
        assert_eq!(p("2025-11-28 20:12"), DatePrecision::Minute);
        assert_eq!(p("Fri, 28 Nov 2025 20:12:00 +0200"), DatePrecision::Second);
    }

    #[test]
    fn impossible_dates_are_told_apart_from_non_dates() {
        assert!(matches!(
            parse_date("31 Feb 2025", DateSource::Header),
            DateParse::Impossible(_)
        ));
        assert!(matches!(
            parse_date("2025-13-45", DateSource::Header),
            DateParse::Impossible(_)
        ));
        assert!(matches!(
            parse_date("2025-11-28 25:61", DateSource::Header),
            DateParse::Impossible(_)
        ));
        assert_eq!(
            parse_date("global.espreso.tv", DateSource::Header),
            DateParse::NotADate
        );
        assert_eq!(
            parse_date("The minister said on Friday", DateSource::Header),
            DateParse::NotADate
        );
        assert_eq!(
            parse_date("28 apples 2025", DateSource::Header),
            DateParse::NotADate
        );
    }

    #[test]
    fn unix_seconds_and_milliseconds() {
        let ms = published_from_unix(1394471386119, DateSource::Header).unwrap();
        assert_eq!(ms.to_rfc3339(), "2014-03-10T17:09:46+00:00");
        assert_eq!(
            published_from_unix(1394471386, DateSource::Header),
            Some(ms)
        );
        assert_eq!(published_from_unix(i64::MAX, DateSource::Header), None);
    }
}
