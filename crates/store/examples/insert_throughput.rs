//! How fast the store takes articles, without reading or normalization in the way: UCI-style
//! TSV rows (title, URL, publisher, timestamp) become articles directly and are inserted in
//! batches of 5,000, as `stemmata ingest` does. Prints articles/s and CPU seconds.
//!
//! cargo run --release -p stemmata-store --example insert_throughput -- FILE.tsv [DB]

use std::time::Instant;
use stemmata_model::{Article, DatePrecision, DateSource, Outlet, Published, Span};
use stemmata_store::Store;

fn cpu_seconds() -> f64 {
    // utime + stime of this process, from /proc (Linux); 0 elsewhere.
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(input) = args.get(1) else {
        eprintln!("usage: insert_throughput FILE.tsv [DB]");
        std::process::exit(2);
    };
    let db = args.get(2).cloned().unwrap_or_else(|| std::env::temp_dir().join("stemmata-insert.db").display().to_string());
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{db}{suffix}"));
    }
    let text = std::fs::read_to_string(input).expect("read input");
    let articles: Vec<Article> = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            let (title, url, publisher, millis) = (*c.get(1)?, *c.get(2)?, *c.get(3)?, c.get(7)?.parse::<i64>().ok()?);
            let outlet = Outlet { name: publisher.to_string(), domain: c.get(6).map(|h| h.to_string()) };
            Some(Article {
                id: Article::content_id(Some(url), Some(&outlet), title, ""),
                source: format!("{input}:{}", c[0]),
                url: Some(url.to_string()),
                outlet: Some(outlet),
                title: title.to_string(),
                byline: None,
                published: Some(Published::new(millis / 1000, 0, DatePrecision::Second, DateSource::Header)),
                language: Some("en".into()),
                sentences: vec![Span::new(0, 0)],
                text: String::new(),
                extra: serde_json::Map::new(),
            })
        })
        .collect();
    let mut store = Store::open(&db).expect("open");
    let cpu0 = cpu_seconds();
    let t0 = Instant::now();
    let mut stored = 0;
    for chunk in articles.chunks(5000) {
        stored += store.insert_articles(chunk).expect("insert").stored;
    }
    drop(store);
    let wall = t0.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    println!(
        "{stored} articles stored in {wall:.2} s wall ({:.0}/s), {cpu:.2} s CPU ({:.0}/s per core)",
        stored as f64 / wall,
        stored as f64 / cpu.max(0.01)
    );
}
