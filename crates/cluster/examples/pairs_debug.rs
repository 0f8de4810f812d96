//! Development aid: pair scores next to gold labels, worst mistakes first.
//! `cargo run --release --example pairs_debug -- FILE`

mod common;

use stemmata_cluster::{Clusterer, eval};

fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let content = std::fs::read_to_string(&path).expect("readable file");
    let pairs = eval::read_pairs(&path, &content).expect("pairs format");
    let cfg = common::config_from_env();
    let mut c = Clusterer::new(cfg.clone());
    let mut seen = std::collections::BTreeSet::new();
    for p in &pairs {
        for a in [&p.first, &p.second] {
            if seen.insert(a.id.clone()) {
                c.observe(a);
            }
        }
    }
    let mut rows: Vec<(f32, &eval::Pair)> = pairs.iter().map(|p| (c.pair_score(&p.first, &p.second, None), p)).collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (s, p) in rows {
        let wrong = (s >= cfg.threshold) != p.same_story;
        println!(
            "{} {:.3} {} {} | {} | {}",
            if wrong { "XX" } else { "  " },
            s,
            if p.same_story { "OK " } else { "BAD" },
            p.language,
            p.first.title.chars().take(70).collect::<String>(),
            p.second.title.chars().take(70).collect::<String>()
        );
    }
}
