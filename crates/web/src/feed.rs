//! RSS 0.9x/1.0/2.0, Atom and JSON Feed, through `feed-rs` (one model for all of them).

use crate::html::fragment_text;
use jiff::Timestamp;
use stemmata_model::{DatePrecision, DateSource, Published};

/// A feed: its title and site link, and its items in document order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Feed {
    pub title: Option<String>,
    /// The site the feed belongs to (its first non-self link).
    pub site_url: Option<String>,
    pub language: Option<String>,
    pub items: Vec<FeedItem>,
}

/// One feed item. Texts are plain text (HTML in the feed is reduced to paragraphs).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedItem {
    /// The item's id (guid, Atom id, JSON Feed id), or a hash of its content when it has none.
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<Published>,
    pub updated: Option<Published>,
    pub author: Option<String>,
    pub summary: Option<String>,
    /// Full content when the feed carries it (`content:encoded`, Atom `content`).
    pub content: Option<String>,
    pub language: Option<String>,
}

/// True when the bytes look like a feed rather than a page: an RSS/RDF/Atom root element, or
/// JSON with a JSON Feed `version`.
pub fn looks_like_feed(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        return t.contains("jsonfeed.org/version");
    }
    t.contains("<rss") || t.contains("<rdf:rdf") || t.contains("<feed")
}

/// Parses a feed. The error says what the parser disliked.
pub fn parse_feed(bytes: &[u8]) -> Result<Feed, String> {
    let parsed = feed_rs::parser::parse(bytes).map_err(|e| e.to_string())?;
    let site_url = parsed
        .links
        .iter()
        .find(|l| l.rel.as_deref() != Some("self") && l.href.starts_with("http"))
        .map(|l| l.href.clone());
    let language = parsed.language.clone();
    let items = parsed
        .entries
        .into_iter()
        .map(|e| {
            let url = e
                .links
                .iter()
                .find(|l| matches!(l.rel.as_deref(), None | Some("alternate")) && l.href.starts_with("http"))
                .or_else(|| e.links.first())
                .map(|l| l.href.trim().to_owned());
            let author = {
                let names: Vec<String> = e.authors.iter().filter_map(|p| p.name.clone()).filter(|n| !n.trim().is_empty()).collect();
                (!names.is_empty()).then(|| names.join(", "))
            };
            let text_of = |t: &feed_rs::model::Text| -> String {
                if t.content_type.essence().to_string().contains("html") || t.content.contains('<') {
                    fragment_text(&t.content)
                } else {
                    t.content.trim().to_owned()
                }
            };
            FeedItem {
                id: e.id.clone(),
                url,
                title: e.title.as_ref().map(|t| fragment_text(&t.content)).filter(|t| !t.is_empty()),
                published: e.published.and_then(feed_date),
                updated: e.updated.and_then(feed_date),
                author,
                summary: e.summary.as_ref().map(text_of).filter(|t| !t.is_empty()),
                content: e.content.as_ref().and_then(|c| c.body.as_deref()).map(fragment_text).filter(|t| !t.is_empty()),
                language: e.language.clone(),
            }
        })
        .collect();
    Ok(Feed { title: parsed.title.map(|t| fragment_text(&t.content)).filter(|t| !t.is_empty()), site_url, language, items })
}

/// feed-rs hands dates over in UTC; the written offset is lost there, so it is 0 here.
fn feed_date(dt: chrono::DateTime<chrono::Utc>) -> Option<Published> {
    let ts = Timestamp::from_second(dt.timestamp()).ok()?;
    Some(Published::new(ts.as_second(), 0, DatePrecision::Second, DateSource::Feed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss2_items_with_html_content() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<item><title>Ferry strike ends</title><link>https://gazette.example/ferry</link><guid>g-1</guid>
<pubDate>Mon, 02 Jun 2025 07:15:00 +0200</pubDate><description>Crews return &lt;b&gt;today&lt;/b&gt;.</description>
<content:encoded><![CDATA[<p>Crews return today.</p><p>The union accepted the offer.</p>]]></content:encoded></item>
</channel></rss>"#;
        let f = parse_feed(xml.as_bytes()).unwrap();
        assert_eq!(f.title.as_deref(), Some("Harbour Gazette"));
        assert_eq!(f.items.len(), 1);
        let it = &f.items[0];
        assert_eq!(it.url.as_deref(), Some("https://gazette.example/ferry"));
        assert_eq!(it.summary.as_deref(), Some("Crews return today."));
        assert_eq!(it.content.as_deref(), Some("Crews return today.\nThe union accepted the offer."));
        assert_eq!(it.published.unwrap().to_rfc3339(), "2025-06-02T05:15:00+00:00");
        assert!(looks_like_feed(xml.as_bytes()));
    }

    #[test]
    fn atom_and_json_feed() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Notes</title>
<entry><id>urn:1</id><title>Dam opens</title><link href="https://v.example/dam"/>
<updated>2025-01-03T10:00:00Z</updated><author><name>Ola Nordmann</name></author><summary>Water flows.</summary></entry></feed>"#;
        let f = parse_feed(atom.as_bytes()).unwrap();
        assert_eq!(f.items[0].author.as_deref(), Some("Ola Nordmann"));
        assert_eq!(f.items[0].updated.unwrap().to_rfc3339(), "2025-01-03T10:00:00+00:00");
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Orbit","items":[
 {"id":"7","url":"https://o.example/7","title":"Launch slips","content_text":"Weather delays the launch.","date_published":"2025-02-01T12:00:00-05:00"}]}"#;
        assert!(looks_like_feed(json.as_bytes()));
        let f = parse_feed(json.as_bytes()).unwrap();
        assert_eq!(f.items[0].id, "7");
        assert_eq!(f.items[0].published.unwrap().to_rfc3339(), "2025-02-01T17:00:00+00:00");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        // Truncated XML may parse partially or fail; either way it must not panic.
        let _ = parse_feed(b"<rss><channel><item><title>unclosed");
        assert!(parse_feed(b"\x00\x01\x02").is_err());
        assert!(!looks_like_feed(b"<html><body>page</body></html>"));
    }
}
