//! End-to-end behaviour of web input: fetching against a local server this test starts on
//! 127.0.0.1, bad pages, and (when the shared benchmark is present) extraction quality and
//! publication dates against hand-written labels.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use stemmata_ingest::Record;
use stemmata_web::fetch::{FetchConfig, Fetcher, Outcome, fetch_records};
use stemmata_web::readers::{Limits, html_records, warc_records};

/// A request the test server saw: method, path and headers (lowercased names).
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    headers: Vec<(String, String)>,
}

type Handler = dyn Fn(&Seen, usize) -> (u16, Vec<(String, String)>, Vec<u8>) + Send + Sync;

/// Serves up to `max_requests` connections on 127.0.0.1, one request each; stops by itself.
fn serve(max_requests: usize, handler: Arc<Handler>) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for (n, stream) in listener.incoming().take(max_requests).enumerate() {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let mut headers = Vec::new();
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
                }
            }
            let request = Seen { path, headers };
            log.lock().expect("lock").push(request.clone());
            let (status, extra, body) = handler(&request, n);
            let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
            for (k, v) in extra {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (base, seen)
}

fn fast_config() -> FetchConfig {
    FetchConfig {
        timeout: Duration::from_secs(5),
        backoff: Duration::from_millis(10),
        per_host_interval: Duration::from_millis(0),
        use_env_proxy: false,
        ..FetchConfig::default()
    }
}

const PAGE: &str = "<html lang=\"en\"><head><title>Quarry reopens</title><meta property=\"og:site_name\" content=\"Hill Courier\">\
<meta property=\"article:published_time\" content=\"2025-05-06T10:00:00+01:00\"></head><body><article>\
<p>The old quarry above the village reopened on Tuesday after a four-year closure, the operator said in a statement.</p>\
<p>Residents had campaigned against the plan, citing dust and heavy lorries on the single-track road through the valley.</p>\
<p>The council approved the permit last month on condition that trucks avoid school hours.</p></article></body></html>";

fn text(body: &str) -> Vec<(String, String)> {
    vec![("Content-Type".into(), body.into())]
}

#[test]
fn fetch_respects_robots_follows_redirects_and_reads_pages() {
    let handler: Arc<Handler> = Arc::new(|req: &Seen, _| match req.path.as_str() {
        "/robots.txt" => (200, text("text/plain"), b"User-agent: *\nDisallow: /private\n".to_vec()),
        "/old" => (301, vec![("Location".into(), "/news/quarry".into())], Vec::new()),
        "/news/quarry" => (200, text("text/html; charset=utf-8"), PAGE.as_bytes().to_vec()),
        _ => (404, Vec::new(), b"no".to_vec()),
    });
    let (base, seen) = serve(10, handler);
    let mut fetcher = Fetcher::new(fast_config());
    let urls = vec![format!("{base}/old"), format!("{base}/private/secret")];
    let records = fetch_records(&mut fetcher, &urls, Limits::default(), |_| {});
    let articles: Vec<_> = records.iter().filter_map(|r| if let Record::Article(a) = r { Some(a) } else { None }).collect();
    assert_eq!(articles.len(), 1, "{records:?}");
    assert_eq!(articles[0].url.as_deref(), Some(format!("{base}/news/quarry").as_str()));
    assert_eq!(articles[0].outlet.as_deref(), Some("Hill Courier"));
    assert!(articles[0].text.contains("reopened on Tuesday"));
    let disallowed = records.iter().filter_map(Record::diagnostic).any(|d| d.message.contains("robots.txt disallows"));
    assert!(disallowed, "{records:?}");
    // The disallowed page was never requested; robots.txt was read once for the host.
    let paths: Vec<String> = seen.lock().unwrap().iter().map(|s| s.path.clone()).collect();
    assert!(!paths.iter().any(|p| p.starts_with("/private")), "{paths:?}");
    assert_eq!(paths.iter().filter(|p| *p == "/robots.txt").count(), 1);
    assert!(seen.lock().unwrap().iter().all(|s| s.headers.iter().any(|(k, v)| k == "user-agent" && v.starts_with("stemmata/"))));
}

#[test]
fn conditional_get_retries_and_limits() {
    let handler: Arc<Handler> = Arc::new(|req: &Seen, _| {
        let has = |name: &str, value: &str| req.headers.iter().any(|(k, v)| k == name && v == value);
        match req.path.as_str() {
            "/robots.txt" => (404, Vec::new(), Vec::new()),
            "/feed" if has("if-none-match", "\"v1\"") => (304, Vec::new(), Vec::new()),
            "/feed" => (200, vec![("Content-Type".into(), "application/rss+xml".into()), ("ETag".into(), "\"v1\"".into())], b"<rss/>".to_vec()),
            "/big" => (200, text("text/html"), vec![b'x'; 50_000]),
            "/loop" => (302, vec![("Location".into(), "/loop".into())], Vec::new()),
            _ => (503, vec![("Retry-After".into(), "0".into())], Vec::new()),
        }
    });
    let (base, seen) = serve(30, handler);
    let mut fetcher = Fetcher::new(FetchConfig { max_bytes: 10_000, max_redirects: 3, retries: 2, ..fast_config() });
    assert!(matches!(fetcher.fetch(&format!("{base}/feed")), Outcome::Fetched(_)));
    assert_eq!(fetcher.fetch(&format!("{base}/feed")), Outcome::NotModified);
    assert!(matches!(fetcher.fetch(&format!("{base}/big")), Outcome::Failed(r) if r.contains("larger than 10000")));
    assert!(matches!(fetcher.fetch(&format!("{base}/loop")), Outcome::Failed(r) if r.contains("redirects")));
    assert!(matches!(fetcher.fetch(&format!("{base}/flaky")), Outcome::Failed(r) if r.contains("503")));
    let flaky = seen.lock().unwrap().iter().filter(|s| s.path == "/flaky").count();
    assert_eq!(flaky, 3, "one try plus two retries");
    let loops = seen.lock().unwrap().iter().filter(|s| s.path == "/loop").count();
    assert_eq!(loops, 4, "first request plus three redirects");
}

#[test]
fn feed_items_are_followed_to_their_pages() {
    let feed = |base: &str| {
        format!(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hill Courier</title>\
<item><title>Quarry reopens</title><link>{base}/news/quarry</link><guid>q1</guid><pubDate>Tue, 06 May 2025 09:00:00 GMT</pubDate><description>Short.</description></item>\
<item><title>Gone</title><link>{base}/news/gone</link><guid>q2</guid><description>Only the feed knows this item now.</description></item>\
</channel></rss>"
        )
    };
    let base_holder: Arc<Mutex<String>> = Arc::new(Mutex::new(String::new()));
    let b = base_holder.clone();
    let handler: Arc<Handler> = Arc::new(move |req: &Seen, _| match req.path.as_str() {
        "/robots.txt" => (404, Vec::new(), Vec::new()),
        "/feed.xml" => (200, text("application/rss+xml"), feed(&b.lock().unwrap()).into_bytes()),
        "/news/quarry" => (200, text("text/html"), PAGE.as_bytes().to_vec()),
        _ => (404, Vec::new(), Vec::new()),
    });
    let (base, _) = serve(10, handler);
    *base_holder.lock().unwrap() = base.clone();
    let mut fetcher = Fetcher::new(FetchConfig { retries: 0, ..fast_config() });
    let records = fetch_records(&mut fetcher, &[format!("{base}/feed.xml")], Limits::default(), |_| {});
    let articles: Vec<_> = records.iter().filter_map(|r| if let Record::Article(a) = r { Some(a) } else { None }).collect();
    assert_eq!(articles.len(), 2, "{records:?}");
    assert!(articles[0].text.contains("single-track road"), "full page text, not the feed summary");
    assert_eq!(articles[1].text, "Only the feed knows this item now.");
    assert!(records.iter().filter_map(Record::diagnostic).any(|d| d.message.contains("HTTP status 404")));
}

#[test]
fn bad_pages_become_diagnostics_and_keep_their_bytes() {
    let limits = Limits::default();
    // A 100 MB page: refused before parsing, its first bytes kept.
    let mut huge = b"<html><body>".to_vec();
    huge.resize(100 * 1024 * 1024, b'a');
    let recs = html_records("huge.html", "", &huge, None, None, limits);
    assert!(matches!(&recs[..], [Record::Quarantine { item, diagnostic }] if !item.raw.is_empty() && diagnostic.message.contains("over the")));
    drop(huge);
    // Deeply nested tags: refused quickly, bytes kept; moderately deep pages still parse.
    let depth = 100_000;
    let mut nested = "<div>".repeat(depth);
    nested.push_str("<p>The bridge inspection found corrosion in two of the main cables and the engineers closed one lane.</p>");
    nested.push_str(&"</div>".repeat(depth));
    let handle = std::thread::Builder::new().stack_size(8 << 20).spawn(move || html_records("deep.html", "", nested.as_bytes(), None, None, limits)).unwrap();
    let recs = handle.join().expect("deep nesting must not crash");
    assert!(matches!(&recs[..], [Record::Quarantine { item, diagnostic }] if item.raw.len() > 1_000_000 && diagnostic.message.contains("nested deeper")));
    let mut nested = "<div>".repeat(2_000);
    nested.push_str("<p>The bridge inspection found corrosion in two of the main cables and the engineers closed one lane.</p>");
    let recs = html_records("deep.html", "", nested.as_bytes(), None, None, limits);
    assert!(matches!(&recs[..], [Record::Article(a)] if a.text.contains("corrosion")), "{recs:?}");
    // Binary data.
    let recs = html_records("x.png", "", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None, None, limits);
    assert!(matches!(&recs[0], Record::Quarantine { item, .. } if item.raw.starts_with(b"\x89PNG")));
    // A truncated gzip WARC keeps the records before the damage and reports the rest.
    let mut warc = Vec::new();
    for i in 0..3 {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{}", PAGE.replace("Quarry", &format!("Quarry {i}")));
        let rec = format!("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://hill.example/{i}\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len());
        let mut gz = flate2_gzip(rec.as_bytes());
        warc.append(&mut gz);
    }
    warc.truncate(warc.len() - 40);
    let recs: Vec<Record> = warc_records("crawl.warc.gz".into(), std::io::Cursor::new(warc), limits).collect();
    let articles = recs.iter().filter(|r| matches!(r, Record::Article(_))).count();
    assert_eq!(articles, 2, "{recs:?}");
    assert!(recs.iter().filter_map(Record::diagnostic).any(|d| d.source == "crawl.warc.gz"));
}

fn flate2_gzip(bytes: &[u8]) -> Vec<u8> {
    // Hand-built gzip member with stored (uncompressed) deflate blocks: no extra dev-dependency.
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    for (i, chunk) in bytes.chunks(65_535).enumerate() {
        let last = (i + 1) * 65_535 >= bytes.len();
        out.push(u8::from(last));
        let len = chunk.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
    out.extend_from_slice(&crc32(bytes).to_le_bytes());
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn shared_benchmark() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/extraction/dev.tar.zst");
    if path.exists() {
        Some(path)
    } else {
        eprintln!("skipped: {} not present", path.display());
        None
    }
}

#[test]
fn publication_dates_match_hand_labels() {
    let Some(path) = shared_benchmark() else { return };
    let items = stemmata_web::eval::load_benchmark(&path).expect("benchmark readable");
    let labels = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/web/dates.tsv")).expect("labels");
    let (mut right, mut total, mut wrong) = (0, 0, Vec::new());
    for line in labels.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let Some((id, date)) = line.split_once('\t') else { continue };
        let Some(item) = items.iter().find(|it| it.id.starts_with(id)) else { continue };
        let html = stemmata_web::decode::gunzip(&item.html_gz, 64 << 20).expect("page gunzips");
        let text = stemmata_web::decode::decode_text(&html, None).text;
        let page = stemmata_web::html::extract(&text, Some(&item.url));
        let got = page.meta.published.and_then(|p| p.local_date()).map(|d| d.to_string()).unwrap_or_default();
        total += 1;
        if got == date {
            right += 1;
        } else {
            wrong.push(format!("{id}: want {date}, got {got:?}"));
        }
    }
    assert!(total >= 80, "labels cover the dev pages");
    assert!(right * 10 >= total * 9, "publication date right on {right}/{total}; wrong: {wrong:#?}");
}

#[test]
fn extraction_quality_on_the_benchmark() {
    let Some(path) = shared_benchmark() else { return };
    let items = stemmata_web::eval::load_benchmark(&path).expect("benchmark readable");
    let scores: Vec<_> = items
        .iter()
        .map(|it| {
            let html = stemmata_web::decode::gunzip(&it.html_gz, 64 << 20).unwrap_or_default();
            let text = stemmata_web::decode::decode_text(&html, None).text;
            stemmata_web::eval::score_page(&it.truth, &stemmata_web::html::extract(&text, Some(&it.url)).text)
        })
        .collect();
    let summary = stemmata_web::eval::summarize(&scores);
    // Readability alone reaches 0.954 here; the boilerplate cuts must keep us clearly above it.
    assert!(summary.f1 >= 0.97, "{summary:?}");
}

mod never_panics {
    use proptest::prelude::*;
    use stemmata_web::readers::{Limits, feed_records, html_records, warc_records};

    /// Markup-ish bytes: fragments of real syntax shuffled with noise find more paths than
    /// uniform bytes do.
    fn markupish() -> impl Strategy<Value = Vec<u8>> {
        let pieces = prop::sample::select(vec![
            "<html>", "<p>", "</p>", "<div class=\"caption\">", "</div>", "<script>", "</script>", "<!--", "-->",
            "<meta property=\"article:published_time\" content=\"2024-02-30T25:61:00+99:00\">", "<time datetime=\"", "\">",
            "<rss><channel><item><title>", "</title></item></channel></rss>", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
            "WARC/1.1\r\n", "Content-Length: 12\r\n\r\n", "WARC-Type: response\r\n", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
            "ffff\r\n", "\u{feff}", "é", "\u{0}", "<svg>", "Nov. 31, 2019 13:99 pm", "{\"version\":\"https://jsonfeed.org/version/1\"",
        ]);
        prop::collection::vec(prop_oneof![pieces.prop_map(|s| s.as_bytes().to_vec()), prop::collection::vec(any::<u8>(), 0..16)], 0..40)
            .prop_map(|parts| parts.concat())
    }

    proptest! {
        // 256 cases, or PROPTEST_CASES for a longer run.
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
        ))]
        #[test]
        fn every_parser_answers_on_any_bytes(data in markupish()) {
            let limits = Limits { max_document_bytes: 1 << 16, max_quarantine_bytes: 1 << 16 };
            prop_assert!(!html_records("p.html", "", &data, None, None, limits).is_empty());
            prop_assert!(!feed_records("f.xml", "", &data, limits).is_empty());
            let _ = warc_records("w.warc".into(), std::io::Cursor::new(data.clone()), limits).count();
            let _ = stemmata_web::decode::gunzip(&data, 1 << 16);
        }
    }
}

#[test]
fn unreachable_host_is_a_failure_not_a_robots_ban() {
    // Bind then drop a listener: its port is closed on loopback.
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("port");
    let mut fetcher = Fetcher::new(FetchConfig { retries: 1, ..fast_config() });
    let outcome = fetcher.fetch(&format!("http://127.0.0.1:{port}/news"));
    assert!(matches!(&outcome, Outcome::Failed(r) if r.contains("cannot read robots.txt")), "{outcome:?}");
}
