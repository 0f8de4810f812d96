//! Normalization throughput on one core: `cargo run --release -p stemmata-text --example
//! finish_speed -- FILE` with one title per line; prints articles/s for `finish` and for
//! language detection alone.
use std::time::Instant;
use stemmata_model::RawArticle;

fn main() {
    let path = std::env::args().nth(1).expect("usage: finish_speed FILE (one title per line)");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let titles: Vec<&str> = text.lines().collect();
    let rounds = 20;
    let start = Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for t in &titles {
            n += stemmata_text::detect_language(t).map_or(0, |l| l.len());
        }
    }
    let lang = start.elapsed().as_secs_f64();
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &titles {
            let a = stemmata_text::finish(RawArticle { source: "x".into(), title: (*t).into(), ..Default::default() });
            n += a.sentences.len();
        }
    }
    let finish = start.elapsed().as_secs_f64();
    let total = (titles.len() * rounds) as f64;
    println!("detect_language: {:.0}/s; finish: {:.0}/s ({n})", total / lang, total / finish);
}
