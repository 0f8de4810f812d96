//! Single-threaded search latency over an existing store: runs each query of a list (one per
//! line on stdin, optionally `query<TAB>language`) a few times and prints the median, p99 and
//! max per query shape, plus CPU seconds.
//!
//! cargo run --release -p stemmata-store --example search_latency -- DB < queries.txt

use std::io::BufRead;
use std::time::Instant;
use stemmata_store::{Page, SearchFilter, Store};

fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(db) = args.get(1) else {
        eprintln!("usage: search_latency DB < queries.txt");
        std::process::exit(2);
    };
    let rounds: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    let store = Store::open_read_only(db).expect("open");
    let queries: Vec<(String, Option<String>)> = std::io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.split_once('\t') {
            Some((q, lang)) => (q.to_string(), Some(lang.to_string())),
            None => (l, None),
        })
        .collect();
    // SEARCH_DUMP=FILE writes every result (JSON, one line per query) to compare two builds.
    if let Ok(dump) = std::env::var("SEARCH_DUMP") {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::fs::File::create(dump).expect("dump file"));
        for (q, lang) in &queries {
            let filter = SearchFilter {
                language: lang.clone(),
                ..Default::default()
            };
            for page in [
                Page::new(0, 50),
                Page::new(50, 20),
                Page::new(1990, 20),
                Page::new(5000, 10),
            ] {
                let r = store.search(q, &filter, page).expect("search");
                writeln!(out, "{}", serde_json::to_string(&r).expect("json")).expect("write");
            }
        }
    }
    let mut times = Vec::new();
    let cpu = cpu_seconds();
    let started = Instant::now();
    for _ in 0..rounds {
        for (q, lang) in &queries {
            let filter = SearchFilter {
                language: lang.clone(),
                ..Default::default()
            };
            let t = Instant::now();
            let r = store.search(q, &filter, Page::new(0, 50)).expect("search");
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            std::hint::black_box(r);
        }
    }
    let wall = started.elapsed().as_secs_f64();
    times.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    println!(
        "{} searches: mean {:.3} ms, p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms, CPU {:.2} s, wall {:.2} s",
        times.len(),
        wall * 1000.0 / times.len() as f64,
        pct(0.5),
        pct(0.99),
        pct(1.0),
        cpu_seconds() - cpu,
        wall
    );
}
