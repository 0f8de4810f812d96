//! The domain model every stage shares: articles as they come out of ingest, stories as the
//! clusterer forms them, diagnostics for bad input, and the `analyze --json` output contract.
//!
//! Invariants kept here:
//! - An [`Article`]'s id is a content hash of what identifies the article (outlet or URL, title,
//!   text), so reading the same input twice yields the same ids and a store adds nothing new.
//! - Nothing here does IO; stages are pure functions over these types.
//! - Dates are never invented: `published` is `None` unless a header, a feed, page metadata or the
//!   text itself states it, and [`DateSource`] says which.

pub mod report;

use serde::{Deserialize, Serialize};
use std::fmt;

/// Content-hash id of an article: 32 lowercase hex digits (XXH3-128).
pub type ArticleId = String;

/// Where an article was published.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Outlet {
    /// Human name, e.g. "Censor.NET", "Espreso". Falls back to the domain when only that is known.
    pub name: String,
    /// Registrable host, e.g. "global.espreso.tv", when known.
    pub domain: Option<String>,
}

/// How we know an article's publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// A date line in the article's own header (seed text format, JSONL field, TSV column).
    Header,
    /// A feed item's date.
    Feed,
    /// HTML metadata (meta tags, JSON-LD, `<time>`, URL pattern).
    Metadata,
    /// Read from the content: a dateline at the head of the body (`Published 14 March 2026`).
    Inferred,
}

/// How precise a stated date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Second,
    Minute,
    Day,
}

/// A publication time as it was stated: the instant plus the UTC offset it was written in, so
/// `Fri, 28 Nov 2025 20:12:00 +0200` round-trips to `2025-11-28T20:12:00+02:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Published {
    /// Seconds since the Unix epoch (UTC).
    pub unix: i64,
    /// Offset from UTC, in seconds, the date was written in.
    pub offset_seconds: i32,
    pub precision: DatePrecision,
    pub source: DateSource,
}

impl Published {
    pub fn new(unix: i64, offset_seconds: i32, precision: DatePrecision, source: DateSource) -> Self {
        Published { unix, offset_seconds, precision, source }
    }

    /// The latest instant the stated time allows, for putting articles in order: a date without a
    /// time may be any moment of its day, so it goes after the same day's timed reports (which
    /// the date-only one more likely relays than precedes), and a time to the minute after that
    /// minute's seconds.
    pub fn latest(&self) -> i64 {
        match self.precision {
            DatePrecision::Second => self.unix,
            DatePrecision::Minute => self.unix + 59,
            DatePrecision::Day => self.unix + 86_399,
        }
    }

    /// The civil date-time in the offset the date was written in.
    pub fn local_datetime(&self) -> Option<jiff::civil::DateTime> {
        let ts = jiff::Timestamp::from_second(self.unix).ok()?;
        let offset = jiff::tz::Offset::from_seconds(self.offset_seconds).ok()?;
        Some(offset.to_datetime(ts))
    }

    /// The civil date in the offset the date was written in (what "Thursday" is relative to).
    pub fn local_date(&self) -> Option<jiff::civil::Date> {
        self.local_datetime().map(|dt| dt.date())
    }

    /// RFC 3339 with the original offset, e.g. `2025-11-28T20:12:00+02:00`.
    pub fn to_rfc3339(&self) -> String {
        match self.local_datetime() {
            Some(dt) => {
                let off = self.offset_seconds;
                let sign = if off < 0 { '-' } else { '+' };
                let abs = off.unsigned_abs();
                format!(
                    "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
                    dt.year(),
                    dt.month(),
                    dt.day(),
                    dt.hour(),
                    dt.minute(),
                    dt.second(),
                    sign,
                    abs / 3600,
                    (abs % 3600) / 60
                )
            }
            None => String::new(),
        }
    }
}

/// A byte range into an article's `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One news article after ingest and normalization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    /// Where it was read from: a path or URL plus record locator (`file.jsonl:12`).
    pub source: String,
    /// The article's own URL when known.
    pub url: Option<String>,
    pub outlet: Option<Outlet>,
    pub title: String,
    pub byline: Option<String>,
    pub published: Option<Published>,
    /// ISO 639-1 code (`en`, `uk`, `ru`, `de`, ...), `None` when undetectable.
    pub language: Option<String>,
    /// Body text, NFC-normalized, paragraphs separated by `\n`.
    pub text: String,
    /// Sentence spans over `text`.
    pub sentences: Vec<Span>,
    /// Fields from the input this model has no place for (kept, never dropped).
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Article {
    /// The content hash that identifies an article: who published it (outlet domain, name or
    /// URL) and what it says (title and text). The source path is deliberately left out, so the
    /// same article read from a moved file keeps its id.
    pub fn content_id(url: Option<&str>, outlet: Option<&Outlet>, title: &str, text: &str) -> ArticleId {
        let mut buf = Vec::with_capacity(title.len() + text.len() + 64);
        let who = outlet
            .map(|o| o.domain.clone().unwrap_or_else(|| o.name.to_lowercase()))
            .or_else(|| url.map(str::to_owned))
            .unwrap_or_default();
        for part in [who.as_str(), title, text] {
            buf.extend_from_slice(part.as_bytes());
            buf.push(0x1f);
        }
        format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&buf))
    }

    /// The sentences as string slices.
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().map(|s| s.slice(&self.text))
    }

    /// Outlet name for display, or the URL host, or "unknown".
    pub fn outlet_name(&self) -> &str {
        self.outlet.as_ref().map(|o| o.name.as_str()).unwrap_or("unknown")
    }
}

/// An article as a reader found it, before normalization (see `stemmata-text`'s `finish`),
/// which turns it into an [`Article`]: NFC text, language, sentences, outlet, content id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct RawArticle {
    /// Path or URL plus record locator, e.g. `feeds/x.jsonl:12`.
    pub source: String,
    pub url: Option<String>,
    /// Outlet as stated by the input: a name ("Censor.NET") or a domain ("global.espreso.tv").
    pub outlet: Option<String>,
    pub title: String,
    pub byline: Option<String>,
    pub published: Option<Published>,
    /// Language stated by the input (ISO 639-1), trusted over detection when valid.
    pub language: Option<String>,
    pub text: String,
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A problem with input: never silent, always with where it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// File path or URL.
    pub source: String,
    /// `line 12`, `byte 4096`, `record 3`, or empty when it concerns the whole source.
    pub location: String,
    /// What is wrong and what was done about it.
    pub message: String,
    pub severity: Severity,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record was used, with something repaired or guessed (e.g. re-decoded from windows-1251).
    Warning,
    /// The record could not be used and was quarantined.
    Error,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            write!(f, "{}: {}", self.source, self.message)
        } else {
            write!(f, "{}:{}: {}", self.source, self.location, self.message)
        }
    }
}

/// A record that could not be used, kept with its raw bytes so nothing is lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quarantined {
    pub source: String,
    pub location: String,
    pub reason: String,
    pub raw: Vec<u8>,
}

/// A story: articles that report one event, as the clusterer formed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id derived from the story's founding article.
    pub id: String,
    pub title: String,
    pub article_ids: Vec<ArticleId>,
    /// Earliest and latest publication (unix seconds) of its dated articles.
    pub first_seen: Option<i64>,
    pub last_seen: Option<i64>,
}

/// Story id derived from the id of the article that founded it.
pub fn story_id_for(founding_article: &str) -> String {
    let short: String = founding_article.chars().take(16).collect();
    format!("s-{short}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_without_a_time_goes_after_that_days_timed_reports() {
        let midnight = 1_762_560_000; // 2025-11-08T00:00:00Z
        let date_only = Published::new(midnight, 0, DatePrecision::Day, DateSource::Header);
        let morning = Published::new(midnight + 7 * 3600, 0, DatePrecision::Second, DateSource::Header);
        let next_day = Published::new(midnight + 86_400, 0, DatePrecision::Second, DateSource::Header);
        assert!(morning.latest() < date_only.latest());
        assert!(date_only.latest() < next_day.latest());
    }

    #[test]
    fn rfc3339_keeps_the_written_offset() {
        // Fri, 28 Nov 2025 20:12:00 +0200 == 18:12:00Z
        let p = Published::new(1764353520, 7200, DatePrecision::Second, DateSource::Header);
        assert_eq!(p.to_rfc3339(), "2025-11-28T20:12:00+02:00");
        assert_eq!(p.local_date().unwrap().to_string(), "2025-11-28");
    }

    #[test]
    fn content_id_ignores_nothing_that_identifies() {
        let a = Article::content_id(None, None, "t", "x");
        let b = Article::content_id(None, None, "t", "y");
        let outlet = Outlet { name: "X".into(), domain: Some("x.com".into()) };
        let c = Article::content_id(None, Some(&outlet), "t", "x");
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_eq!(a, Article::content_id(None, None, "t", "x"));
        assert_eq!(a.len(), 32);
    }
}
