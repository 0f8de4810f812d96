//! Documents to records: one HTML page, one feed or one WARC file becomes articles, quarantined
//! records and diagnostics, the same [`Record`]s the ingest readers yield. These are plugged into
//! `stemmata-ingest` through its [`ExternalReader`] trait (see [`register`]) and used directly by
//! the fetcher.

use crate::decode::{decode_text, looks_binary};
use crate::feed::{FeedItem, looks_like_feed, parse_feed};
use crate::html::extract;
use crate::warc::{WarcReader, parse_http_response};
use std::io::{BufRead, Read};
use std::sync::Arc;
use stemmata_ingest::{ExternalReader, Format, ReadOptions, Record};
use stemmata_model::{Diagnostic, Quarantined, RawArticle, Severity};

/// Registers the HTML, feed and WARC readers with ingest's options.
pub fn register(options: &mut ReadOptions) {
    options.register(Format::Html, Arc::new(HtmlReader));
    options.register(Format::Feed, Arc::new(FeedReader));
    options.register(Format::Warc, Arc::new(WarcFileReader));
}

/// Limits for one document.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A document larger than this is quarantined, not parsed.
    pub max_document_bytes: usize,
    /// At most this many raw bytes are kept with a quarantined document.
    pub max_quarantine_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_document_bytes: 16 << 20, max_quarantine_bytes: 64 << 20 }
    }
}

impl From<&ReadOptions> for Limits {
    fn from(o: &ReadOptions) -> Self {
        // A page is one record; pages are larger than lines, so allow at least the default.
        Limits { max_document_bytes: o.max_record_bytes.max(Limits::default().max_document_bytes), max_quarantine_bytes: o.max_quarantine_bytes }
    }
}

fn diagnostic(source: &str, location: &str, message: String, severity: Severity) -> Diagnostic {
    Diagnostic { source: source.to_owned(), location: location.to_owned(), message, severity }
}

fn quarantine(source: &str, location: &str, reason: String, raw: Vec<u8>) -> Record {
    Record::Quarantine {
        item: Quarantined { source: source.to_owned(), location: location.to_owned(), reason: reason.clone(), raw },
        diagnostic: diagnostic(source, location, reason, Severity::Error),
    }
}

/// Reads up to `cap + 1` bytes; returns them and the total size (the rest is drained and counted).
fn read_capped(mut input: impl Read, cap: usize) -> (Vec<u8>, u64, Option<std::io::Error>) {
    let mut buf = Vec::new();
    if let Err(e) = (&mut input).take(cap as u64 + 1).read_to_end(&mut buf) {
        let total = buf.len() as u64;
        return (buf, total, Some(e));
    }
    let mut total = buf.len() as u64;
    if buf.len() > cap {
        match std::io::copy(&mut input, &mut std::io::sink()) {
            Ok(n) => total += n,
            Err(e) => return (buf, total, Some(e)),
        }
    }
    (buf, total, None)
}

/// The host of a URL without `www.` and port, for an outlet when the page names none.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    (host.contains('.') && !host.is_empty()).then_some(host)
}

/// One HTML page to records. `url` is where it came from (HTTP, WARC target), `content_type`
/// the HTTP header when known.
pub fn html_records(source: &str, location: &str, bytes: &[u8], url: Option<&str>, content_type: Option<&str>, limits: Limits) -> Vec<Record> {
    let mut out = Vec::new();
    if bytes.len() > limits.max_document_bytes {
        let mut raw = bytes.to_vec();
        raw.truncate(limits.max_quarantine_bytes);
        let reason = format!(
            "page of {} bytes is over the {}-byte limit; not parsed, kept as is{}",
            bytes.len(),
            limits.max_document_bytes,
            if raw.len() < bytes.len() { format!(" (first {} bytes kept)", raw.len()) } else { String::new() }
        );
        out.push(quarantine(source, location, reason, raw));
        return out;
    }
    if looks_binary(bytes) {
        out.push(quarantine(source, location, "binary data, not an HTML page; kept as is".into(), bytes.to_vec()));
        return out;
    }
    let decoded = decode_text(bytes, content_type);
    if decoded.guessed {
        out.push(Record::Diagnostic(diagnostic(
            source,
            location,
            format!("no charset declared; read as {} (guessed from the bytes)", decoded.encoding),
            Severity::Warning,
        )));
    }
    if crate::html::nesting_depth(&decoded.text, crate::html::MAX_NESTING) > crate::html::MAX_NESTING {
        let reason = format!("tags nested deeper than {} levels; not parsed, kept as is", crate::html::MAX_NESTING);
        out.push(quarantine(source, location, reason, bytes.to_vec()));
        return out;
    }
    let page = extract(&decoded.text, url);
    if page.text.trim().is_empty() {
        out.push(quarantine(source, location, "no article text found in the page; kept as is".into(), bytes.to_vec()));
        return out;
    }
    let meta = page.meta;
    let url_out = meta.canonical_url.clone().or_else(|| url.map(str::to_owned));
    let outlet = meta.site_name.clone().or_else(|| url_out.as_deref().and_then(host_of));
    let mut extra = serde_json::Map::new();
    if let Some(m) = meta.modified {
        extra.insert("modified".into(), serde_json::Value::String(m.to_rfc3339()));
    }
    if let Some(d) = &meta.description {
        extra.insert("description".into(), serde_json::Value::String(d.clone()));
    }
    if decoded.encoding != "UTF-8" {
        extra.insert("encoding".into(), serde_json::Value::String(decoded.encoding.to_owned()));
    }
    if let Some(u) = url
        && Some(u) != url_out.as_deref()
    {
        extra.insert("fetched_url".into(), serde_json::Value::String(u.to_owned()));
    }
    out.push(Record::Article(RawArticle {
        source: if location.is_empty() { source.to_owned() } else { format!("{source}:{location}") },
        url: url_out,
        outlet,
        title: meta.title.unwrap_or_default(),
        byline: meta.byline,
        published: meta.published,
        language: meta.language,
        text: page.text,
        extra,
    }));
    out
}

/// A feed item as an article; `None` when it carries no text at all.
pub fn feed_item_article(source: &str, item: &FeedItem, feed_title: Option<&str>, feed_language: Option<&str>) -> Option<RawArticle> {
    let text = item.content.clone().or_else(|| item.summary.clone()).unwrap_or_default();
    if text.trim().is_empty() {
        return None;
    }
    let mut extra = serde_json::Map::new();
    extra.insert("feed_item_id".into(), serde_json::Value::String(item.id.clone()));
    if let Some(u) = item.updated {
        extra.insert("modified".into(), serde_json::Value::String(u.to_rfc3339()));
    }
    let outlet = feed_title.map(str::to_owned).or_else(|| item.url.as_deref().and_then(host_of));
    Some(RawArticle {
        source: source.to_owned(),
        url: item.url.clone(),
        outlet,
        title: item.title.clone().unwrap_or_default(),
        byline: item.author.clone(),
        published: item.published.or(item.updated),
        language: item.language.clone().or_else(|| feed_language.map(str::to_owned)).and_then(|l| {
            let p = l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            (p.len() == 2).then_some(p)
        }),
        text,
        extra,
    })
}

/// One feed document to records: an article per item with text, a warning per item without.
pub fn feed_records(source: &str, location: &str, bytes: &[u8], limits: Limits) -> Vec<Record> {
    if bytes.len() > limits.max_document_bytes {
        let mut raw = bytes.to_vec();
        raw.truncate(limits.max_quarantine_bytes);
        return vec![quarantine(source, location, format!("feed of {} bytes is over the limit; not parsed", bytes.len()), raw)];
    }
    let feed = match parse_feed(bytes) {
        Ok(f) => f,
        Err(e) => return vec![quarantine(source, location, format!("not a readable feed: {e}"), bytes.to_vec())],
    };
    let at = |i: usize| if location.is_empty() { format!("item {}", i + 1) } else { format!("{location} item {}", i + 1) };
    let mut out = Vec::new();
    for (i, item) in feed.items.iter().enumerate() {
        match feed_item_article(&format!("{source}:{}", at(i)), item, feed.title.as_deref(), feed.language.as_deref()) {
            Some(a) => out.push(Record::Article(a)),
            None => out.push(Record::Diagnostic(diagnostic(
                source,
                &at(i),
                format!("feed item {:?} has no text (only a link); fetch its page to read it", item.url.as_deref().unwrap_or("")),
                Severity::Warning,
            ))),
        }
    }
    if feed.items.is_empty() {
        out.push(Record::Diagnostic(diagnostic(source, location, "feed has no items".into(), Severity::Warning)));
    }
    out
}

/// A whole WARC stream to records: every `response` (HTTP 200) or `resource` record holding a
/// page or a feed; other record types are metadata and are passed over.
pub fn warc_records(source: String, input: impl Read + Send + 'static, limits: Limits) -> impl Iterator<Item = Record> + Send {
    let mut head = [0u8; 2];
    let mut input = std::io::BufReader::new(input);
    let gzip = match input.fill_buf() {
        Ok(buf) if buf.len() >= 2 => {
            head.copy_from_slice(&buf[..2]);
            crate::decode::is_gzip(&head)
        }
        _ => false,
    };
    let mut reader = WarcReader::new(input, gzip);
    let mut index = 0usize;
    let mut pending: std::collections::VecDeque<Record> = Default::default();
    std::iter::from_fn(move || {
        loop {
            if let Some(r) = pending.pop_front() {
                return Some(r);
            }
            let next = reader.next()?;
            index += 1;
            match next {
                Err(problem) => {
                    let severity = Severity::Error;
                    pending.push_back(Record::Diagnostic(diagnostic(&source, &format!("byte {}", problem.offset), problem.message, severity)));
                }
                Ok(record) => {
                    let location = format!("record {index}");
                    let kind = record.record_type().to_ascii_lowercase();
                    let uri = record.target_uri().map(str::to_owned);
                    let (status, content_type, body) = match kind.as_str() {
                        "response" => match parse_http_response(&record.body, limits.max_document_bytes + 1) {
                            Ok(resp) => (resp.status, resp.header("content-type").map(str::to_owned), resp.body),
                            Err(e) => {
                                pending.push_back(quarantine(&source, &location, format!("unreadable HTTP response: {e}"), record.body));
                                continue;
                            }
                        },
                        "resource" => (200, record.header("content-type").map(str::to_owned), record.body),
                        _ => continue,
                    };
                    if status != 200 {
                        continue;
                    }
                    let ct = content_type.as_deref().unwrap_or("").to_ascii_lowercase();
                    let is_feed = ct.contains("rss") || ct.contains("atom") || ct.contains("feed+json") || (ct.contains("xml") && looks_like_feed(&body));
                    let is_html = ct.contains("html") || (ct.is_empty() && !is_feed && !looks_binary(&body));
                    let name = match &uri {
                        Some(u) => format!("{source}:{location} {u}"),
                        None => format!("{source}:{location}"),
                    };
                    if is_feed {
                        pending.extend(feed_records(&name, "", &body, limits));
                    } else if is_html {
                        for r in html_records(&name, "", &body, uri.as_deref(), content_type.as_deref(), limits) {
                            // A page with no article text inside a crawl is usually an index page:
                            // reported, but its bytes stay in the WARC and need no copy.
                            match r {
                                Record::Quarantine { diagnostic, .. } if diagnostic.message.starts_with("no article text") => {
                                    pending.push_back(Record::Diagnostic(Diagnostic { severity: Severity::Warning, ..diagnostic }));
                                }
                                other => pending.push_back(other),
                            }
                        }
                    }
                }
            }
        }
    })
}

/// HTML files for ingest.
pub struct HtmlReader;
/// Feed files for ingest.
pub struct FeedReader;
/// WARC files for ingest.
pub struct WarcFileReader;

impl ExternalReader for HtmlReader {
    fn read(&self, source: &str, input: Box<dyn BufRead + Send>, options: &ReadOptions) -> Box<dyn Iterator<Item = Record> + Send> {
        let limits = Limits::from(options);
        let (bytes, total, err) = read_capped(input, limits.max_document_bytes);
        let records = match err {
            Some(e) => vec![quarantine(source, &format!("byte {total}"), format!("read failed after {total} bytes: {e}; partial page kept"), bytes)],
            None if total as usize > limits.max_document_bytes => {
                let mut raw = bytes;
                raw.truncate(limits.max_quarantine_bytes);
                vec![quarantine(
                    source,
                    "",
                    format!("page of {total} bytes is over the {}-byte limit; not parsed (first {} bytes kept)", limits.max_document_bytes, raw.len()),
                    raw,
                )]
            }
            None => html_records(source, "", &bytes, None, None, limits),
        };
        Box::new(records.into_iter())
    }
}

impl ExternalReader for FeedReader {
    fn read(&self, source: &str, input: Box<dyn BufRead + Send>, options: &ReadOptions) -> Box<dyn Iterator<Item = Record> + Send> {
        let limits = Limits::from(options);
        let (bytes, total, err) = read_capped(input, limits.max_document_bytes);
        let records = match err {
            Some(e) => vec![quarantine(source, &format!("byte {total}"), format!("read failed: {e}; partial feed kept"), bytes)],
            None => feed_records(source, "", &bytes, limits),
        };
        Box::new(records.into_iter())
    }
}

impl ExternalReader for WarcFileReader {
    fn read(&self, source: &str, input: Box<dyn BufRead + Send>, options: &ReadOptions) -> Box<dyn Iterator<Item = Record> + Send> {
        Box::new(warc_records(source.to_owned(), input, Limits::from(options)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "<html lang=\"pt\"><head><meta property=\"og:site_name\" content=\"Diário do Vale\"><meta property=\"article:published_time\" content=\"2025-04-02T08:00:00-03:00\"><title>Chuva forte</title></head><body><article><p>A chuva forte da madrugada alagou três bairros da cidade e deixou dezenas de famílias fora de casa, segundo a defesa civil municipal.</p><p>As aulas foram suspensas nas escolas da zona norte e a prefeitura abriu dois abrigos temporários no ginásio e na igreja matriz.</p><p>A previsão indica mais chuva até sexta-feira, com risco de deslizamentos nas encostas.</p></article></body></html>";

    #[test]
    fn html_page_becomes_an_article() {
        let recs = html_records("page.html", "", ARTICLE.as_bytes(), Some("https://vale.example/2025/04/02/chuva"), None, Limits::default());
        let Record::Article(a) = &recs[0] else { panic!("{recs:?}") };
        assert_eq!(a.outlet.as_deref(), Some("Diário do Vale"));
        assert_eq!(a.language.as_deref(), Some("pt"));
        assert_eq!(a.published.unwrap().to_rfc3339(), "2025-04-02T08:00:00-03:00");
        assert_eq!(a.published.unwrap().source, stemmata_model::DateSource::Metadata);
        assert!(a.text.contains("alagou três bairros"));
    }

    #[test]
    fn bad_pages_are_quarantined_with_their_bytes() {
        let limits = Limits { max_document_bytes: 1000, max_quarantine_bytes: 500 };
        let big = vec![b'a'; 5000];
        let recs = html_records("big.html", "", &big, None, None, limits);
        let Record::Quarantine { item, diagnostic } = &recs[0] else { panic!() };
        assert_eq!(item.raw.len(), 500);
        assert!(diagnostic.message.contains("over the 1000-byte limit"));
        let recs = html_records("x.html", "", &[0u8, 1, 2, 3, 0xff], None, None, limits);
        assert!(matches!(&recs[0], Record::Quarantine { item, .. } if item.raw == [0u8, 1, 2, 3, 0xff]));
        let recs = html_records("nav.html", "", b"<html><body><nav><a href=/>Home</a></nav></body></html>", None, None, limits);
        assert!(matches!(&recs[0], Record::Quarantine { diagnostic, .. } if diagnostic.message.contains("no article text")));
    }

    #[test]
    fn host_of_strips_www_and_port() {
        assert_eq!(host_of("https://www.example.org:8080/a?b").as_deref(), Some("example.org"));
        assert_eq!(host_of("not a url"), None);
    }
}
