//! Bounded load test of `stemmata serve` on loopback.
//!
//! Generates a store of invented articles (100,000 by default) with stories, relays, claims,
//! quotes, timeline and entities, starts the server on 127.0.0.1 (a free port), then drives it
//! with N concurrent keep-alive clients for a fixed time per endpoint and prints requests/s and
//! p50/p99 latency for the story list, story pages and search.
//!
//! cargo run --release -p stemmata-server --example loadtest -- [--articles 100000] [--clients 50]
//!     [--seconds 10] [--db PATH (reused if it exists)] [--read-workers N (server default)]
//!     [--search-cache N (server default; 0 measures every search cold)]
//!
//! Traffic goes only to 127.0.0.1 and every loop stops by count and by time.

use std::net::SocketAddr;

/// The allocator of the `stemmata` binary, so the in-process server behaves as `stemmata serve`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use stemmata_model::report::{
    ClaimReport, EntityReport, QuoteReport, RelayReport, Report, StoryReport, TimelineReport, VariantReport,
};
use stemmata_model::{Article, DatePrecision, DateSource, Outlet, Published, Span};
use stemmata_store::Store;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

const WORDS: &[&str] = &[
    "harbour", "ferry", "council", "budget", "storm", "bridge", "election", "minister", "grain", "export",
    "railway", "hospital", "strike", "court", "river", "drought", "festival", "school", "tariff", "pipeline",
    "airport", "mayor", "reservoir", "factory", "union", "treaty", "border", "vaccine", "satellite", "museum",
    "wildfire", "harvest", "tunnel", "refinery", "parliament", "shipyard", "lighthouse", "orchard", "canal", "quarry",
];
const OUTLETS: usize = 40;
const LANGUAGES: &[&str] = &["en", "de", "uk", "fr"];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn arg<T: std::str::FromStr>(name: &str, default: T) -> T {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Builds the store: stories of 1..=30 articles, each with a first report and relays of it.
fn generate(db: &PathBuf, total: usize) -> Store {
    let mut store = Store::open(db).expect("open store");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut report = Report::default();
    let mut batch = Vec::with_capacity(5000);
    let mut made = 0usize;
    let mut story_no = 0usize;
    let started = Instant::now();
    while made < total {
        let size = (1 + rng.below(30)).min(total - made);
        let (a, b, c) = (WORDS[rng.below(WORDS.len())], WORDS[rng.below(WORDS.len())], WORDS[rng.below(WORDS.len())]);
        let base_time = 1_700_000_000 + story_no as i64 * 1800;
        let mut ids = Vec::with_capacity(size);
        let mut outlets_of = Vec::with_capacity(size);
        for k in 0..size {
            let outlet_no = rng.below(OUTLETS);
            let outlet = Outlet { name: format!("Outlet {outlet_no}"), domain: Some(format!("outlet{outlet_no}.example")) };
            let title = format!("{a} {b} report {story_no} {c} update {k}");
            let text = format!(
                "The {a} near the {b} was reported on day {story_no}. Officials said the {c} plan changes. \
                 Residents of district {k} asked about the {a}. \"We expect news on the {b} soon,\" a spokesperson said."
            );
            let article = Article {
                id: Article::content_id(None, Some(&outlet), &title, &text),
                source: format!("generated:{made}"),
                url: Some(format!("https://outlet{outlet_no}.example/{story_no}/{k}")),
                outlet: Some(outlet),
                title,
                byline: None,
                published: Some(Published::new(base_time + k as i64 * 300, 0, DatePrecision::Minute, DateSource::Header)),
                language: Some(LANGUAGES[rng.below(LANGUAGES.len())].to_string()),
                sentences: vec![Span::new(0, text.len())],
                text,
                extra: serde_json::Map::new(),
            };
            ids.push(article.id.clone());
            outlets_of.push(format!("Outlet {outlet_no}"));
            batch.push(article);
            made += 1;
        }
        if batch.len() >= 5000 {
            store.insert_articles(&batch).expect("insert");
            batch.clear();
        }
        let first = ids[0].clone();
        report.stories.push(StoryReport {
            id: stemmata_model::story_id_for(&first),
            title: format!("{a} {b} report {story_no} {c} update 0"),
            article_ids: ids.clone(),
            relays: ids
                .iter()
                .skip(1)
                .map(|id| RelayReport {
                    origin: outlets_of[0].clone(),
                    article_id: id.clone(),
                    evidence: format!("according to {}", outlets_of[0]),
                    origin_article_id: Some(first.clone()),
                    kind: Some("attribution".into()),
                })
                .collect(),
            claims: vec![ClaimReport {
                text: format!("The {a} near the {b} was reported on day {story_no}"),
                article_ids: ids.clone(),
                independent_sources: 1,
                variants: ids.iter().map(|id| VariantReport { article_id: id.clone(), text: format!("the {a} near the {b}") }).collect(),
                sources: vec![outlets_of[0].clone()],
            }],
            quotes: vec![QuoteReport {
                speaker: Some("a spokesperson".into()),
                text: format!("We expect news on the {b} soon"),
                article_id: first.clone(),
                variants: vec![],
                kind: Some("direct".into()),
                cue: Some("said".into()),
            }],
            timeline: vec![TimelineReport {
                date: "2023-11-14".into(),
                expression: format!("day {story_no}"),
                text: format!("The {a} was reported"),
                article_id: first.clone(),
                also_in: vec![],
                conflict: None,
            }],
            entities: vec![EntityReport { name: format!("{c} authority"), kind: "organisation".into(), aliases: vec![], roles: vec![], article_ids: vec![] }],
            ..Default::default()
        });
        story_no += 1;
    }
    store.insert_articles(&batch).expect("insert");
    store.replace_stories(&report).expect("stories");
    eprintln!("generated {made} articles in {story_no} stories in {:.1} s", started.elapsed().as_secs_f64());
    store
}

/// One keep-alive HTTP/1.1 connection; GET returns (status, body length).
struct Client {
    reader: BufReader<tokio::net::TcpStream>,
    addr: SocketAddr,
}

impl Client {
    async fn connect(addr: SocketAddr) -> std::io::Result<Client> {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(Client { reader: BufReader::new(stream), addr })
    }

    async fn get(&mut self, path: &str) -> std::io::Result<(u16, usize)> {
        let request = format!("GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", self.addr);
        self.reader.get_mut().write_all(request.as_bytes()).await?;
        let mut line = String::new();
        self.reader.read_line(&mut line).await?;
        let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let mut length = 0usize;
        loop {
            line.clear();
            if self.reader.read_line(&mut line).await? == 0 {
                return Err(std::io::Error::other("connection closed"));
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':')
                && k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().unwrap_or(0);
                }
        }
        let mut body = vec![0u8; length];
        self.reader.read_exact(&mut body).await?;
        Ok((status, length))
    }
}

struct Figures {
    requests: usize,
    errors: usize,
    seconds: f64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

async fn drive(addr: SocketAddr, clients: usize, seconds: u64, paths: Arc<Vec<String>>) -> Figures {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for c in 0..clients {
        let paths = paths.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0usize;
            let Ok(mut client) = Client::connect(addr).await else { return (latencies, 1) };
            let mut i = c * 7919;
            // Bounded by time and by count.
            while Instant::now() < deadline && latencies.len() < 200_000 {
                let path = &paths[i % paths.len()];
                i += 1;
                let t = Instant::now();
                match client.get(path).await {
                    Ok((200, _)) => latencies.push(t.elapsed()),
                    Ok(_) => errors += 1,
                    Err(_) => {
                        errors += 1;
                        match Client::connect(addr).await {
                            Ok(c) => client = c,
                            Err(_) => break,
                        }
                    }
                }
            }
            (latencies, errors)
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        if let Ok((l, e)) = t.await {
            all.extend(l);
            errors += e;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    all.sort();
    let pct = |p: f64| all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1))).map(|d| d.as_secs_f64() * 1000.0).unwrap_or(0.0);
    Figures { requests: all.len(), errors, seconds, p50_ms: pct(0.50), p99_ms: pct(0.99), max_ms: pct(1.0) }
}

fn main() {
    let total: usize = arg("--articles", 100_000);
    let clients: usize = arg("--clients", 50);
    let seconds: u64 = arg("--seconds", 10).min(120);
    let default_db = std::env::temp_dir().join(format!("stemmata-load-{total}.db"));
    let db: PathBuf = arg("--db", default_db);
    let store = if db.exists() { Store::open(&db).expect("open") } else { generate(&db, total) };
    let counts = store.counts().expect("counts");
    eprintln!("store {}: {} articles, {} stories", db.display(), counts.articles, counts.stories);

    // Request mixes: list pages with different sorts and offsets, random stories, searches.
    let mut rng = Rng(42);
    let ids = store.story_ids().expect("ids");
    let sorts = ["size", "recent", "independent"];
    let lists: Vec<String> = (0..500)
        .map(|_| format!("/?sort={}&offset={}", sorts[rng.below(3)], rng.below(200) * 50))
        .collect();
    let stories: Vec<String> = (0..2000).map(|_| format!("/story/{}", ids[rng.below(ids.len())])).collect();
    let searches: Vec<String> = (0..2000)
        .map(|_| match rng.below(3) {
            0 => format!("/search?q={}", WORDS[rng.below(WORDS.len())]),
            1 => format!("/search?q={}+{}", WORDS[rng.below(WORDS.len())], WORDS[rng.below(WORDS.len())]),
            _ => format!("/api/search?q=%22{}+near%22&language=de", WORDS[rng.below(WORDS.len())]),
        })
        .collect();
    drop(store);

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async move {
        let mut config = stemmata_server::Config::new(&db);
        config.read_workers = arg("--read-workers", config.read_workers);
        config.search_cache = arg("--search-cache", config.search_cache);
        let app = stemmata_server::router(config).expect("router");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(async move { axum::serve(listener, app).await });
        println!("{clients} concurrent clients, {seconds} s per endpoint, {} articles, 127.0.0.1", counts.articles);
        println!("{:<14} {:>9} {:>8} {:>9} {:>9} {:>9} {:>7}", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
        for (name, paths) in [("story list", lists), ("story page", stories), ("search", searches)] {
            let f = drive(addr, clients, seconds, Arc::new(paths)).await;
            println!(
                "{:<14} {:>9} {:>8.0} {:>9.1} {:>9.1} {:>9.1} {:>7}",
                name,
                f.requests,
                f.requests as f64 / f.seconds,
                f.p50_ms,
                f.p99_ms,
                f.max_ms,
                f.errors
            );
        }
    });
}
