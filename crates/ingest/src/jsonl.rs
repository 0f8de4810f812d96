//! JSONL: one JSON object per line. Field names vary between exporters, so each model field
//! accepts a few common spellings; every other field is kept in `extra`.

use crate::dates::{DateParse, parse_date, published_from_unix};
use serde_json::{Map, Value};
use stemmata_model::{DateSource, Diagnostic, RawArticle, Severity};

const TITLE: &[&str] = &["title", "headline", "name"];
const TEXT: &[&str] = &[
    "text",
    "body",
    "content",
    "maintext",
    "article",
    "description",
];
const URL: &[&str] = &["url", "link", "href"];
const OUTLET: &[&str] = &[
    "outlet",
    "source",
    "publisher",
    "site",
    "site_name",
    "domain",
];
const PUBLISHED: &[&str] = &[
    "published",
    "date",
    "pubDate",
    "pubdate",
    "published_at",
    "datetime",
    "timestamp",
    "time",
];
const LANGUAGE: &[&str] = &["language", "lang"];
const BYLINE: &[&str] = &["byline", "author", "authors", "creator"];

/// Removes the first of `names` present in `map` and returns it.
fn take(map: &mut Map<String, Value>, names: &[&str]) -> Option<(String, Value)> {
    let key = names.iter().find(|n| map.contains_key(**n))?;
    map.remove_entry(*key)
}

/// The text of the first of `names` present. A plain string is moved out of `map`; a structured
/// value (`{"name": .., "domain": ..}`, a list of authors) is read but stays in `map`, so the
/// parts the model has no place for are kept in `extra`.
fn take_text(map: &mut Map<String, Value>, names: &[&str]) -> Option<String> {
    let (key, value) = take(map, names)?;
    let text = as_text(&value);
    if !value.is_string() || text.is_none() {
        map.insert(key, value);
    }
    text
}

/// A string field, or a name inside an object (`{"source": {"name": "X"}}`), or joined strings.
fn as_text(value: &Value) -> Option<String> {
    let s = match value {
        Value::String(s) => s.trim().to_owned(),
        Value::Object(o) => o.get("name").or_else(|| o.get("title")).and_then(as_text)?,
        Value::Array(items) => items
            .iter()
            .filter_map(as_text)
            .collect::<Vec<_>>()
            .join(", "),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A whole JSON document rather than one object per line: an array (`[{...}, ...]`) or objects
/// pretty-printed over several lines (first line a lone `{`).
pub(crate) fn is_json_document(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let trimmed = text.trim_start();
    if let Some(rest) = trimmed.strip_prefix('[') {
        return rest.trim_start().starts_with(['{', ']']) || rest.trim_start().is_empty();
    }
    trimmed
        .lines()
        .next()
        .is_some_and(|first| first.trim() == "{")
}

/// Parses one line. `Err` says why it cannot be used; `Ok` carries the article and warnings.
pub(crate) fn parse_line(
    source: &str,
    location: &str,
    line: &str,
) -> Result<(RawArticle, Vec<Diagnostic>), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| {
        if e.is_eof() {
            format!("truncated JSON ({e}); record quarantined")
        } else {
            format!("invalid JSON ({e}); record quarantined")
        }
    })?;
    parse_value(source, location, value)
}

/// Maps one JSON value to an article.
pub(crate) fn parse_value(
    source: &str,
    location: &str,
    value: Value,
) -> Result<(RawArticle, Vec<Diagnostic>), String> {
    let Value::Object(mut map) = value else {
        return Err("not a JSON object; record quarantined".to_owned());
    };
    let warn = |message: String| Diagnostic {
        source: source.to_owned(),
        location: location.to_owned(),
        message,
        severity: Severity::Warning,
    };
    let mut warnings = Vec::new();
    let Some(title) = take_text(&mut map, TITLE) else {
        return Err(
            "missing title (expected a `title` or `headline` string); record quarantined"
                .to_owned(),
        );
    };
    let mut article = RawArticle {
        source: source.to_owned(),
        title,
        ..RawArticle::default()
    };
    article.text = take_text(&mut map, TEXT).unwrap_or_default();
    article.url = take_text(&mut map, URL);
    article.outlet = take_text(&mut map, OUTLET);
    article.byline = take_text(&mut map, BYLINE);
    article.language = take_text(&mut map, LANGUAGE).map(|l| l.to_lowercase());
    if let Some((key, value)) = take(&mut map, PUBLISHED) {
        let parsed = match &value {
            Value::Number(n) => match n
                .as_i64()
                .and_then(|n| published_from_unix(n, DateSource::Header))
            {
                Some(p) => DateParse::Ok(p),
                None => DateParse::Impossible(format!("timestamp {n} is out of range")),
            },
            Value::String(s) => parse_date(s, DateSource::Header),
            Value::Null => DateParse::NotADate,
            _ => DateParse::Impossible(format!("`{key}` is neither a string nor a number")),
        };
        match parsed {
            DateParse::Ok(p) => article.published = Some(p),
            DateParse::Impossible(why) => {
                warnings.push(warn(format!(
                    "impossible date in `{key}`: {why}; publication date left unknown, article kept"
                )));
                map.insert(key, value);
            }
            DateParse::NotADate => {
                if !value.is_null() {
                    warnings.push(warn(format!(
                        "unreadable date in `{key}`: {value}; publication date left unknown, article kept"
                    )));
                }
                map.insert(key, value);
            }
        }
    }
    article.extra = map;
    Ok((article, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_field_spellings_and_extra() {
        let (a, w) = parse_line(
            "f.jsonl:1",
            "line 1",
            r#"{"headline":"Bridge reopens","body":"Traffic resumed.","link":"https://x.example/b","publisher":{"name":"X Daily"},"pubDate":"2025-03-02T08:00:00+01:00","lang":"EN","section":"local"}"#,
        )
        .unwrap();
        assert!(w.is_empty());
        assert_eq!(a.title, "Bridge reopens");
        assert_eq!(a.text, "Traffic resumed.");
        assert_eq!(a.url.as_deref(), Some("https://x.example/b"));
        assert_eq!(a.outlet.as_deref(), Some("X Daily"));
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2025-03-02T08:00:00+01:00"
        );
        assert_eq!(a.extra.get("section"), Some(&Value::String("local".into())));
        // The structured publisher is read and also kept whole.
        assert_eq!(a.extra["publisher"]["name"], "X Daily");
    }

    #[test]
    fn bad_records_say_why() {
        assert!(
            parse_line("f", "line 1", r#"{"title":"cut"#)
                .unwrap_err()
                .contains("truncated")
        );
        assert!(
            parse_line("f", "line 1", r#"[1,2]"#)
                .unwrap_err()
                .contains("not a JSON object")
        );
        assert!(
            parse_line("f", "line 1", r#"{"text":"no title"}"#)
                .unwrap_err()
                .contains("missing title")
        );
        let (a, w) = parse_line("f", "line 2", r#"{"title":"t","date":"2025-02-30"}"#).unwrap();
        assert_eq!(a.published, None);
        assert_eq!(w[0].location, "line 2");
        assert!(w[0].message.contains("impossible date"));
        // The unusable value is kept, not lost.
        assert_eq!(
            a.extra.get("date"),
            Some(&Value::String("2025-02-30".into()))
        );
    }
}
