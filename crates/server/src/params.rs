//! Query parameters shared by the API and the UI, and their validation. Every limit is checked
//! here, so handlers only see values in range.

use crate::AppError;
use serde::Deserialize;
use stemmata_store::{Page, SearchFilter, StoryFilter, StorySort};

/// Largest page a client may ask for.
pub const MAX_PAGE: usize = 200;
const MAX_OFFSET: usize = 1_000_000;
const MAX_TEXT: usize = 500;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageParams {
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

impl PageParams {
    pub fn page(&self, default_limit: usize) -> Result<Page, AppError> {
        let limit = self.limit.unwrap_or(default_limit);
        if limit == 0 || limit > MAX_PAGE {
            return Err(AppError::bad_request(format!("limit must be between 1 and {MAX_PAGE}, got {limit}")));
        }
        let offset = self.offset.unwrap_or(0);
        if offset > MAX_OFFSET {
            return Err(AppError::bad_request(format!("offset must be at most {MAX_OFFSET}, got {offset}")));
        }
        Ok(Page::new(offset, limit))
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryParams {
    pub offset: Option<usize>,
    pub limit: Option<usize>,
    pub sort: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
    pub min_size: Option<usize>,
    pub title: Option<String>,
}

impl StoryParams {
    pub fn filter(&self) -> Result<(StoryFilter, Page), AppError> {
        let sort = match self.sort.as_deref().filter(|s| !s.is_empty()) {
            Some(s) => s.parse::<StorySort>().map_err(AppError::bad_request)?,
            None => StorySort::Size,
        };
        let filter = StoryFilter {
            outlet: text("outlet", &self.outlet)?,
            language: language(&self.language)?,
            min_size: self.min_size,
            title: text("title", &self.title)?,
            sort,
        };
        let page = PageParams { offset: self.offset, limit: self.limit }.page(50)?;
        Ok((filter, page))
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchParams {
    pub q: Option<String>,
    pub outlet: Option<String>,
    pub language: Option<String>,
    pub story: Option<String>,
    /// `YYYY-MM-DD` or RFC 3339; inclusive.
    pub from: Option<String>,
    /// `YYYY-MM-DD` (inclusive day) or RFC 3339 (exclusive instant).
    pub to: Option<String>,
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

impl SearchParams {
    pub fn query(&self) -> Result<String, AppError> {
        Ok(text("q", &self.q)?.unwrap_or_default())
    }

    pub fn filter(&self) -> Result<(SearchFilter, Page), AppError> {
        let story = match self.story.as_deref().filter(|s| !s.is_empty()) {
            Some(s) => Some(id("story", s)?.to_string()),
            None => None,
        };
        let filter = SearchFilter {
            outlet: text("outlet", &self.outlet)?,
            language: language(&self.language)?,
            story,
            from_unix: date("from", &self.from, false)?,
            to_unix: date("to", &self.to, true)?,
        };
        if let (Some(from), Some(to)) = (filter.from_unix, filter.to_unix)
            && from >= to {
                return Err(AppError::bad_request("'from' must be before 'to'"));
            }
        let page = PageParams { offset: self.offset, limit: self.limit }.page(20)?;
        Ok((filter, page))
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityParams {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub story: Option<String>,
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportParams {
    pub format: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IngestParams {
    pub format: Option<String>,
}

/// Free text: trimmed, empty means absent, at most 500 characters.
pub fn text(name: &str, value: &Option<String>) -> Result<Option<String>, AppError> {
    match value.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) if s.chars().count() > MAX_TEXT => {
            Err(AppError::bad_request(format!("'{name}' is longer than {MAX_TEXT} characters")))
        }
        Some(s) => Ok(Some(s.to_string())),
    }
}

/// An ISO 639-1 code (two or three lowercase letters).
fn language(value: &Option<String>) -> Result<Option<String>, AppError> {
    match value.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) if (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()) => Ok(Some(s.to_string())),
        Some(s) => Err(AppError::bad_request(format!(
            "'language' must be an ISO 639-1 code such as en, uk or de, got '{}'",
            s.chars().take(20).collect::<String>()
        ))),
    }
}

/// A story or article id: short, and only letters, digits, `-`, `_` and `.`.
pub fn id<'a>(what: &str, value: &'a str) -> Result<&'a str, AppError> {
    if value.is_empty()
        || value.len() > 128
        || !value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
    {
        return Err(AppError::bad_request(format!("malformed {what} id")));
    }
    Ok(value)
}

/// A date bound as unix seconds. A bare date as the upper bound includes that whole day.
fn date(name: &str, value: &Option<String>, upper: bool) -> Result<Option<i64>, AppError> {
    let Some(s) = value.as_deref().map(str::trim).filter(|s| !s.is_empty()) else { return Ok(None) };
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Ok(Some(ts.as_second()));
    }
    match s.parse::<jiff::civil::Date>() {
        Ok(d) => {
            let day = if upper { d.tomorrow().unwrap_or(d) } else { d };
            let ts = day
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .map_err(|e| AppError::bad_request(format!("'{name}': {e}")))?;
            Ok(Some(ts.timestamp().as_second()))
        }
        Err(_) => Err(AppError::bad_request(format!(
            "'{name}' must be a date (YYYY-MM-DD) or an RFC 3339 time"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_bounded() {
        assert!(PageParams { offset: None, limit: Some(0) }.page(20).is_err());
        assert!(PageParams { offset: None, limit: Some(MAX_PAGE + 1) }.page(20).is_err());
        assert!(PageParams { offset: Some(MAX_OFFSET + 1), limit: None }.page(20).is_err());
        assert_eq!(PageParams::default().page(20).unwrap(), Page::new(0, 20));
    }

    #[test]
    fn dates_and_ids_are_checked() {
        let p = SearchParams { from: Some("2025-11-28".into()), to: Some("2025-11-28".into()), ..Default::default() };
        let (f, _) = p.filter().unwrap();
        assert_eq!(f.to_unix.unwrap() - f.from_unix.unwrap(), 86_400);
        let bad = SearchParams { from: Some("yesterday".into()), ..Default::default() };
        assert!(bad.filter().unwrap_err().message.contains("YYYY-MM-DD"));
        let reversed = SearchParams { from: Some("2025-12-01".into()), to: Some("2025-11-01".into()), ..Default::default() };
        assert!(reversed.filter().is_err());
        assert!(id("story", "s-0123abcd").is_ok());
        assert!(id("story", "../etc/passwd").is_err());
        assert!(id("story", "<script>").is_err());
        let lang = SearchParams { language: Some("EN'--".into()), ..Default::default() };
        assert!(lang.filter().is_err());
    }
}
