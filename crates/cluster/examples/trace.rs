//! Development aid: the stream as the clusterer saw it — per article its gold label, decision,
//! score and story at the time (before later merges), and every merge with the gold labels of
//! both sides. `cargo run --release --example trace -- FILE [TOPIC_PREFIX]`

use std::collections::BTreeMap;
mod common;
use stemmata_cluster::{Clusterer, eval, stream_order};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let content = std::fs::read_to_string(&args[1]).expect("readable file");
    let set = eval::read_labelled(&args[1], &content).expect("known format");
    let filter = args.get(2).cloned();
    let mut c = Clusterer::new(common::config_from_env());
    let mut story_gold: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut merges_seen = 0;
    for i in stream_order(&set.articles) {
        let a = c.push(&set.articles[i]);
        let gold = &set.gold[i];
        let show = filter.as_ref().is_none_or(|f| gold.starts_with(f.as_str()));
        // Story ids at the time: resolve through merges recorded so far.
        let sid = c.resolve(&a.story_id);
        *story_gold
            .entry(sid.clone())
            .or_default()
            .entry(gold.clone())
            .or_default() += 1;
        if show {
            println!(
                "{:<14} {:<12} {:?} {:.3} {} | {}",
                gold,
                &sid[..8.min(sid.len())],
                a.decision,
                a.score,
                set.articles[i].title.chars().take(70).collect::<String>(),
                a.shared_terms
                    .iter()
                    .take(6)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(",")
            );
        }
        let merges = c.merges();
        for m in &merges[merges_seen..] {
            let from = story_gold.remove(&m.from).unwrap_or_default();
            let into = story_gold.entry(m.into.clone()).or_default();
            let fs = format!("{from:?}");
            let is = format!("{into:?}");
            for (g, n) in from {
                *into.entry(g).or_default() += n;
            }
            if show {
                println!(
                    "   MERGE {} {} -> {} {} agreement {:.3}",
                    &m.from[..8],
                    fs,
                    &m.into[..8],
                    is,
                    m.agreement
                );
            }
        }
        merges_seen = merges.len();
    }
}
