//! The server as a user meets it: JSON API answers and errors, the OpenAPI document, streaming
//! exports, the token-guarded ingest, HTML pages that escape hostile articles, and (when
//! Debian's chromium is installed) a real headless browser rendering every page, following
//! links, taking screenshots into `artifacts/` and proving no injected script runs.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use stemmata_model::report::{
    ClaimReport, EntityReport, OriginReport, QuoteReport, RelayReport, Report, StoryReport, TimelineReport,
    VariantReport,
};
use stemmata_model::{Article, DatePrecision, DateSource, Outlet, Published, Quarantined, Span};
use stemmata_server::{Config, Ingester};
use stemmata_store::Store;
use tower::ServiceExt;

/// Each payload, if it ever ran, would mark the document; the browser test looks for the mark.
const SCRIPT: &str = "<script>document.documentElement.setAttribute('data-pwned','script')</script>";
const IMG: &str = "\"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">";
const ATTR: &str = "' autofocus onfocus='document.documentElement.setAttribute(\"data-pwned\",\"attr\")' x='";
const SVG: &str = "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\">";
const JS_URL: &str = "javascript:document.documentElement.setAttribute('data-pwned','url')";

fn article(outlet: &str, title: &str, text: &str, unix: Option<i64>, url: Option<&str>) -> Article {
    let outlet = Outlet { name: outlet.into(), domain: None };
    Article {
        id: Article::content_id(url, Some(&outlet), title, text),
        source: format!("fixture/{}.txt", title.len()),
        url: url.map(str::to_owned),
        outlet: Some(outlet),
        title: title.into(),
        byline: None,
        published: unix.map(|u| Published::new(u, 7200, DatePrecision::Minute, DateSource::Header)),
        language: Some("en".into()),
        sentences: vec![Span::new(0, text.len())],
        text: text.into(),
        extra: serde_json::Map::new(),
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    db: PathBuf,
    story: String,
    hostile: String,
    articles: Vec<Article>,
}

/// Invented articles: a harbour story with an original, a relay and a hostile relay, plus a
/// quarantined record whose raw bytes are themselves hostile.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ui.db");
    let original = article(
        "Harbor Daily",
        "Ferry service to Kelp Island resumes after storm",
        "The ferry to Kelp Island resumed on Monday.\nHarbour master Ilse Brandt said: \"The pier is safe again.\"",
        Some(1_764_000_000),
        Some("https://harbordaily.example/ferry"),
    );
    let relay = article(
        "Valley Courier",
        "Kelp Island ferry back, Harbor Daily reports",
        "As reported by Harbor Daily, the ferry to Kelp Island resumed on Monday.",
        Some(1_764_003_600),
        None,
    );
    let hostile = article(
        &format!("Evil Outlet {SVG}"),
        &format!("Ferry {SCRIPT} title {IMG}"),
        &format!("Body with {SCRIPT} and {ATTR} and {IMG}."),
        None,
        Some(JS_URL),
    );
    let mut store = Store::open(&db).unwrap();
    store.insert_articles(&[original.clone(), relay.clone(), hostile.clone()]).unwrap();
    store
        .insert_quarantine(&[Quarantined {
            source: format!("bad{SCRIPT}.jsonl"),
            location: "line 2".into(),
            reason: format!("truncated JSON {IMG}"),
            raw: format!("{{\"title\": \"{SCRIPT}").into_bytes(),
        }])
        .unwrap();
    let story_id = "s-ferry0000000001".to_string();
    let report = Report {
        articles: vec![],
        stories: vec![StoryReport {
            id: story_id.clone(),
            title: original.title.clone(),
            article_ids: vec![original.id.clone(), relay.id.clone(), hostile.id.clone()],
            origins: vec![
                OriginReport { name: "Harbor Daily".into(), in_corpus: true, article_id: Some(original.id.clone()), kind: Some("outlet".into()) },
                OriginReport { name: format!("Wire {SCRIPT}"), in_corpus: false, article_id: None, kind: None },
            ],
            relays: vec![
                RelayReport {
                    origin: "Harbor Daily".into(),
                    article_id: relay.id.clone(),
                    evidence: "As reported by Harbor Daily".into(),
                    origin_article_id: Some(original.id.clone()),
                    kind: Some("attribution".into()),
                },
                RelayReport {
                    origin: format!("Wire {SCRIPT}"),
                    article_id: hostile.id.clone(),
                    evidence: format!("citing {IMG}"),
                    origin_article_id: None,
                    kind: Some("attribution".into()),
                },
            ],
            claims: vec![
                ClaimReport {
                    text: "The ferry to Kelp Island resumed on Monday".into(),
                    article_ids: vec![original.id.clone(), relay.id.clone()],
                    independent_sources: 1,
                    variants: vec![VariantReport { article_id: relay.id.clone(), text: "the ferry to Kelp Island resumed".into() }],
                    sources: vec!["Harbor Daily".into()],
                },
                ClaimReport {
                    text: format!("Hostile claim {ATTR}"),
                    article_ids: vec![hostile.id.clone()],
                    independent_sources: 1,
                    variants: vec![],
                    sources: vec![],
                },
            ],
            quotes: vec![
                QuoteReport {
                    speaker: Some("Ilse Brandt".into()),
                    text: "The pier is safe again.".into(),
                    article_id: original.id.clone(),
                    variants: vec![VariantReport { article_id: relay.id.clone(), text: "the pier is safe".into() }],
                    kind: Some("direct".into()),
                    cue: Some("said".into()),
                },
                QuoteReport {
                    speaker: Some(format!("Mallory {IMG}")),
                    text: format!("quote {SCRIPT}"),
                    article_id: hostile.id.clone(),
                    variants: vec![],
                    kind: Some("direct".into()),
                    cue: None,
                },
            ],
            timeline: vec![TimelineReport {
                date: "2025-11-24".into(),
                expression: "on Monday".into(),
                text: format!("The ferry resumed {SVG}"),
                article_id: original.id.clone(),
                also_in: vec![relay.id.clone()],
                conflict: None,
            }],
            entities: vec![
                EntityReport { name: "Ilse Brandt".into(), kind: "person".into(), aliases: vec!["Brandt".into()], roles: vec!["harbour master".into()], article_ids: vec![] },
                EntityReport { name: format!("Evil {SCRIPT}"), kind: "organisation".into(), aliases: vec![IMG.into()], roles: vec![], article_ids: vec![] },
            ],
            first_seen: None,
            last_seen: None,
            outlets: vec![],
            why: vec![],
        }],
        diagnostics: vec![],
    };
    store.replace_stories(&report).unwrap();
    Fixture { _dir: dir, db, story: story_id, hostile: hostile.id.clone(), articles: vec![original, relay, hostile] }
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, String, String) {
    let response = app.clone().oneshot(Request::get(uri).body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let content_type =
        response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, content_type, String::from_utf8_lossy(&body).into_owned())
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

#[tokio::test]
async fn api_lists_stories_and_returns_a_story_with_its_articles() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    let (status, ct, body) = get(&app, "/api/stories?limit=10").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ct.starts_with("application/json"));
    let v = json(&body);
    assert_eq!(v["total"], 1);
    assert_eq!(v["stories"][0]["size"], 3);
    assert_eq!(v["stories"][0]["independent_sources"], 1);
    let (status, _, body) = get(&app, &format!("/api/stories/{}", f.story)).await;
    assert_eq!(status, StatusCode::OK);
    let v = json(&body);
    assert_eq!(v["articles"].as_array().unwrap().len(), 3);
    assert_eq!(v["report"]["relays"].as_array().unwrap().len(), 2);
    let (status, _, body) = get(&app, &format!("/api/articles/{}", f.articles[0].id)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json(&body)["story_id"], f.story.as_str());
    let (_, _, body) = get(&app, "/api/entities?name=brandt").await;
    assert_eq!(json(&body)["entities"][0]["roles"][0], "harbour master");
    let (_, _, body) = get(&app, "/healthz").await;
    assert_eq!(json(&body)["counts"]["articles"], 3);
}

#[tokio::test]
async fn bad_input_gets_a_json_error_that_says_what_is_wrong() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    for (uri, status, needle) in [
        ("/api/stories?limit=0", 400, "limit must be between 1 and 200"),
        ("/api/stories?limit=5000", 400, "limit must be between"),
        ("/api/stories?limit=ten", 400, "limit"),
        ("/api/stories?sort=alphabet", 400, "unknown sort"),
        ("/api/stories?colour=red", 400, "colour"),
        ("/api/stories/s-nope", 404, "no story"),
        ("/api/stories/..%2F..%2Fetc", 400, "malformed story id"),
        ("/api/articles/%3Cscript%3E", 400, "malformed article id"),
        ("/api/search", 400, "'q' is required"),
        ("/api/search?q=ferry&from=last-week", 400, "YYYY-MM-DD"),
        ("/api/search?q=ferry&language=english", 400, "ISO 639-1"),
        ("/api/export/passwords", 400, "unknown table"),
        ("/api/export/claims?format=xlsx", 400, "unknown export format"),
    ] {
        let (got, ct, body) = get(&app, uri).await;
        assert_eq!(got.as_u16(), status, "{uri}: {body}");
        assert!(ct.starts_with("application/json"), "{uri}: {ct}");
        let v = json(&body);
        assert_eq!(v["error"]["status"], status, "{uri}");
        assert!(v["error"]["message"].as_str().unwrap().contains(needle), "{uri}: {body}");
    }
    let long = "a".repeat(501);
    let (got, _, body) = get(&app, &format!("/api/search?q={long}")).await;
    assert_eq!(got, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn search_ranks_and_highlights() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    let (status, _, body) = get(&app, "/api/search?q=kelp%20island&limit=5").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v = json(&body);
    assert_eq!(v["total"], 2);
    let title = &v["hits"][0]["title"];
    assert!(title.as_array().unwrap().iter().any(|f| f["hit"] == true && f["text"] == "Kelp"), "{title}");
    let (_, _, body) = get(&app, "/api/search?q=kelp&outlet=valley%20courier").await;
    assert_eq!(json(&body)["total"], 1);
    let (status, _, page) = get(&app, "/search?q=kelp").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("<mark>Kelp</mark>"), "{page}");
}

#[tokio::test]
async fn exports_stream_csv_and_jsonl() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    let (status, ct, body) = get(&app, "/api/export/claims.csv").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ct.starts_with("text/csv"));
    assert!(body.starts_with("story_id,text,independent_sources,article_ids,sources\n"), "{body}");
    assert_eq!(body.lines().count(), 3);
    let (_, ct, body) = get(&app, "/api/export/relays?format=jsonl").await;
    assert!(ct.starts_with("application/x-ndjson"));
    let rows: Vec<serde_json::Value> = body.lines().map(json).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["origin"], "Harbor Daily");
}

#[tokio::test]
async fn openapi_document_describes_every_api_route() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    let (status, _, body) = get(&app, "/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let v = json(&body);
    assert!(v["openapi"].as_str().unwrap().starts_with("3."));
    for path in ["/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/search", "/api/entities", "/api/quarantine", "/api/export/{table}", "/api/ingest"] {
        assert!(v["paths"].get(path).is_some(), "{path} undocumented");
    }
}

/// Stores each non-empty line of the upload as an article titled by it (a test double for the
/// binary's real ingest path, which lives in the CLI crate).
struct LineIngester;
impl Ingester for LineIngester {
    fn ingest(&self, db: &Path, body: &[u8], _format: Option<&str>) -> Result<serde_json::Value, String> {
        let text = std::str::from_utf8(body).map_err(|e| e.to_string())?;
        let articles: Vec<Article> =
            text.lines().filter(|l| !l.trim().is_empty()).map(|l| article("Uploads", l, l, None, None)).collect();
        let mut store = Store::open(db).map_err(|e| e.to_string())?;
        let stats = store.insert_articles(&articles).map_err(|e| e.to_string())?;
        Ok(serde_json::json!({"stored": stats.stored, "duplicates": stats.duplicates}))
    }
}

#[tokio::test]
async fn ingest_needs_the_token_and_then_stores() {
    let f = fixture();
    let post = |token: Option<&str>, body: &str| {
        let mut r = Request::post("/api/ingest");
        if let Some(t) = token {
            r = r.header("authorization", format!("Bearer {t}"));
        }
        r.body(Body::from(body.to_string())).unwrap()
    };
    let read_only = stemmata_server::router(Config::new(&f.db)).unwrap();
    let r = read_only.oneshot(post(Some("x"), "a")).await.unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let mut config = Config::new(&f.db);
    config.ingest = Some(("correct-horse-battery".into(), Arc::new(LineIngester)));
    config.max_upload_bytes = 1024;
    let app = stemmata_server::router(config).unwrap();
    let r = app.clone().oneshot(post(Some("wrong-horse-battery!!"), "a")).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = app.clone().oneshot(post(None, "a")).await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = app.clone().oneshot(post(Some("correct-horse-battery"), &"x".repeat(4096))).await.unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let r = app.clone().oneshot(post(Some("correct-horse-battery"), "Tide tables printed\nNew lighthouse lamp\n")).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let v = json(&String::from_utf8_lossy(&r.into_body().collect().await.unwrap().to_bytes()));
    assert_eq!(v["stored"], 2);
    let (_, _, body) = get(&app, "/api/search?q=lighthouse").await;
    assert_eq!(json(&body)["total"], 1, "the upload is searchable at once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_beyond_the_read_workers_wait_their_turn_and_all_succeed() {
    let f = fixture();
    let mut config = Config::new(&f.db);
    config.read_workers = 1;
    let app = stemmata_server::router(config).unwrap();
    let mut tasks = Vec::new();
    for i in 0..40 {
        let app = app.clone();
        let uri = match i % 4 {
            0 => "/api/search?q=harbour".to_string(),
            1 => format!("/story/{}", f.story),
            2 => "/api/stories/no-such-story".to_string(),
            _ => "/?sort=recent".to_string(),
        };
        tasks.push(tokio::spawn(async move { (i, get(&app, &uri).await.0) }));
    }
    for t in tasks {
        let (i, status) = t.await.unwrap();
        let expected = if i % 4 == 2 { StatusCode::NOT_FOUND } else { StatusCode::OK };
        assert_eq!(status, expected, "request {i}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reading_while_an_ingest_writes_loses_nothing() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    let db = f.db.clone();
    // A writer in another thread, committing batches while the server answers.
    let writer = std::thread::spawn(move || {
        let mut store = Store::open(&db).unwrap();
        for batch in 0..20 {
            let articles: Vec<Article> = (0..250)
                .map(|i| article("Night Desk", &format!("Tide gauge reading {batch}-{i}"), "The gauge rose.", None, None))
                .collect();
            store.insert_articles(&articles).unwrap();
        }
    });
    let mut last = 0;
    while !writer.is_finished() {
        let (status, _, body) = get(&app, "/healthz").await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let n = json(&body)["counts"]["articles"].as_u64().unwrap();
        assert!(n >= last, "a reader never sees fewer articles than before");
        assert_eq!((n - 3) % 250, 0, "readers see whole batches only");
        last = n;
        let (status, _, body) = get(&app, "/api/search?q=gauge&limit=5").await;
        assert_eq!(status, StatusCode::OK);
        assert!(json(&body)["total"].as_u64().unwrap() >= n - 3, "a search sees every article committed before it");
    }
    writer.join().unwrap();
    let (_, _, body) = get(&app, "/api/search?q=tide%20gauge&limit=1").await;
    assert_eq!(json(&body)["total"], 5000, "every write is visible and searchable");
}

#[tokio::test]
async fn a_repeated_search_sees_articles_written_since_by_another_process() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    for page in ["/api/search?q=lighthouse", "/search?q=lighthouse"] {
        let (status, _, _) = get(&app, page).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (_, _, body) = get(&app, "/api/search?q=lighthouse").await;
    assert_eq!(json(&body)["total"], 0);
    // Another connection, as `stemmata ingest --db` running beside the server would be.
    let mut writer = Store::open(&f.db).unwrap();
    writer.insert_articles(&[article("Coast Watch", "Lighthouse relit", "The lighthouse shone again.", None, None)]).unwrap();
    let (_, _, body) = get(&app, "/api/search?q=lighthouse").await;
    assert_eq!(json(&body)["total"], 1, "the cached answer from before the write is not served");
    let (_, _, page) = get(&app, "/search?q=lighthouse").await;
    assert!(page.contains("<mark>Lighthouse</mark> relit"), "{page}");
}

fn ui_pages(f: &Fixture) -> Vec<String> {
    let mut pages = vec![
        "/".to_string(),
        format!("/story/{}", f.story),
        "/search?q=ferry".into(),
        "/search?q=script".into(),
        "/entities".into(),
        "/quarantine".into(),
    ];
    pages.extend(f.articles.iter().map(|a| format!("/article/{}", a.id)));
    pages
}

/// The real tags of a page and their attribute names. Escaped text never holds a raw `<`, so
/// whatever starts with one is markup; quoted attribute values are skipped whole.
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for chunk in html.split('<').skip(1) {
        let mut chars = chunk.chars().peekable();
        let name: String = chars.by_ref().take_while(|c| !c.is_whitespace() && *c != '>').collect();
        let mut attributes = Vec::new();
        if chunk.starts_with(&format!("{name}>")) || chunk.starts_with(&format!("{name}/>")) {
            out.push((name.to_ascii_lowercase(), attributes));
            continue;
        }
        loop {
            while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
                chars.next();
            }
            match chars.peek() {
                None | Some('>') => break,
                _ => {}
            }
            let attr: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=' && *c != '>')).collect();
            if chars.peek() == Some(&'=') {
                chars.next();
                match chars.peek().copied() {
                    Some(q @ ('"' | '\'')) => {
                        chars.next();
                        for c in chars.by_ref() {
                            if c == q {
                                break;
                            }
                        }
                    }
                    _ => while chars.next_if(|c| !c.is_whitespace() && *c != '>').is_some() {},
                }
            }
            if attr.is_empty() {
                chars.next();
            } else {
                attributes.push(attr.to_ascii_lowercase());
            }
        }
        out.push((name.to_ascii_lowercase(), attributes));
    }
    out
}

/// No element the hostile fixture could have smuggled in, no event handler, no script link.
fn assert_escaped(uri: &str, html: &str) {
    for (tag, attributes) in tags(html) {
        assert!(!matches!(tag.as_str(), "script" | "img" | "iframe" | "object"), "{uri}: a <{tag}> element got through");
        for a in &attributes {
            assert!(!a.starts_with("on"), "{uri}: an event handler attribute {a} on <{tag}>");
            assert!(a != "autofocus", "{uri}: an injected autofocus attribute on <{tag}>");
        }
    }
    assert!(!html.to_ascii_lowercase().contains("href=\"javascript:"), "{uri}: a javascript: link was made");
}

#[test]
fn the_tag_scanner_sees_injected_attributes() {
    let t = tags("<p class=\"a b\" title='x onload=y'>t</p><img src=x onerror=\"z\"><br/>");
    assert_eq!(t[0], ("p".to_string(), vec!["class".to_string(), "title".to_string()]));
    assert_eq!(t[2], ("img".to_string(), vec!["src".to_string(), "onerror".to_string()]));
}

#[tokio::test]
async fn every_page_renders_and_escapes_hostile_articles() {
    let f = fixture();
    let app = stemmata_server::router(Config::new(&f.db)).unwrap();
    for uri in ui_pages(&f) {
        let (status, ct, html) = get(&app, &uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(ct.starts_with("text/html"), "{uri}: {ct}");
        assert_escaped(&uri, &html);
    }
    let (_, _, story) = get(&app, &format!("/story/{}", f.story)).await;
    assert!(story.contains("<svg"), "the relay graph is drawn");
    assert!(story.contains("&lt;script&gt;"), "hostile text is shown, escaped");
    assert!(story.contains("Ilse Brandt"), "quotes by speaker");
    assert!(story.contains("What each outlet adds"));
    let (_, _, hostile) = get(&app, &format!("/article/{}", f.hostile)).await;
    assert!(hostile.contains("<code>javascript:"), "the javascript: URL is shown as text, not a link");
    let (status, ct, _) = get(&app, "/no/such/page").await;
    assert_eq!((status, ct.starts_with("text/html")), (StatusCode::NOT_FOUND, true));
}

// ---------------------------------------------------------------- headless browser

const CHROMIUM: &str = "/usr/bin/chromium";

fn chromium_flags(profile: &Path) -> Vec<String> {
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([format!("--user-data-dir={}", profile.display())])
    .collect()
}

/// Starts the server on a free loopback port in a background thread.
fn start_server(db: &Path) -> std::net::SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    let config = Config::new(db);
    std::thread::spawn(move || {
        let _ = stemmata_server::run(config, "127.0.0.1:0".parse().unwrap(), move |addr| {
            let _ = tx.send(addr);
        });
    });
    rx.recv_timeout(std::time::Duration::from_secs(30)).expect("server started")
}

/// Minimal HTTP/1.1 GET over loopback; returns the status code.
fn http_status(addr: std::net::SocketAddr, path: &str) -> u16 {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut response = String::new();
    let _ = s.read_to_string(&mut response);
    response.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0)
}

fn run_chromium(args: &[String]) -> String {
    let out = std::process::Command::new(CHROMIUM)
        .args(args)
        .stderr(std::process::Stdio::null())
        .output()
        .expect("chromium runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Internal links (`href="/..."`) in a page.
fn links(html: &str) -> Vec<String> {
    html.split("href=\"/").skip(1).filter_map(|rest| rest.split('"').next()).map(|l| format!("/{}", l.replace("&amp;", "&"))).collect()
}

#[test]
fn headless_chromium_renders_pages_follows_links_and_runs_no_injected_script() {
    if !Path::new(CHROMIUM).exists() {
        println!("skipped: {CHROMIUM} is not installed (scripts/install-chromium.sh installs it)");
        return;
    }
    let f = fixture();
    let addr = start_server(&f.db);
    let profile = tempfile::tempdir().unwrap();
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/ui");
    std::fs::create_dir_all(&artifacts).unwrap();
    let mut checked_links = std::collections::BTreeSet::new();
    for (i, uri) in ui_pages(&f).iter().enumerate() {
        let url = format!("http://{addr}{uri}");
        let mut args = chromium_flags(profile.path());
        args.extend(["--dump-dom".to_string(), url.clone()]);
        let dom = run_chromium(&args);
        assert!(dom.contains("stemmata"), "{uri}: the page rendered in the browser: {dom}");
        // After the browser ran the page, no payload may have marked the document.
        assert!(!dom.contains("data-pwned=\""), "{uri}: an injected script ran");
        assert_escaped(uri, &dom);
        for link in links(&dom) {
            if checked_links.insert(link.clone()) {
                assert_eq!(http_status(addr, &link), 200, "{uri} links to {link}, which does not load");
            }
        }
        for (label, size) in [("desktop", "1280,900"), ("phone", "390,844")] {
            let shot = artifacts.join(format!("{i:02}-{label}.png"));
            let mut args = chromium_flags(profile.path());
            args.extend([format!("--window-size={size}"), format!("--screenshot={}", shot.display()), url.clone()]);
            run_chromium(&args);
            let png = std::fs::read(&shot).unwrap_or_default();
            assert!(png.starts_with(b"\x89PNG"), "{uri}: screenshot {label} taken");
        }
    }
    assert!(checked_links.len() >= 8, "links were followed: {checked_links:?}");
    println!("browser: {} pages, {} links checked, screenshots in {}", ui_pages(&f).len(), checked_links.len(), artifacts.display());
}
