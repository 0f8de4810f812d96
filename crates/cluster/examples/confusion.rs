//! Development aid: per gold story, the predicted stories its articles went to (largest first),
//! and per predicted story the gold stories it mixes. `cargo run --release --example confusion -- FILE`

mod common;

use std::collections::BTreeMap;
use stemmata_cluster::{cluster_with_embeddings, eval};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let content = std::fs::read_to_string(&args[1]).expect("readable file");
    let set = eval::read_labelled(&args[1], &content).expect("known format");
    let cfg = common::config_from_env();
    let vectors = common::embeddings_from_env(&args[1]);
    let result = cluster_with_embeddings(&set.articles, vectors.as_deref(), &cfg);
    // `CONFUSION_DUMP=FILE`: each article's predicted story, one per line in file order.
    if let Ok(dump) = std::env::var("CONFUSION_DUMP") {
        let lines: Vec<&str> = result.assignments.iter().map(|a| a.story_id.as_str()).collect();
        std::fs::write(dump, lines.join("\n") + "\n").expect("writable dump");
    }
    let mut by_gold: BTreeMap<&str, BTreeMap<&str, Vec<usize>>> = BTreeMap::new();
    let mut by_pred: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for (i, a) in result.assignments.iter().enumerate() {
        by_gold.entry(&set.gold[i]).or_default().entry(&a.story_id).or_default().push(i);
        *by_pred.entry(&a.story_id).or_default().entry(&set.gold[i]).or_default() += 1;
    }
    for (gold, preds) in &by_gold {
        let mut v: Vec<(&&str, &Vec<usize>)> = preds.iter().collect();
        v.sort_by_key(|(_, m)| std::cmp::Reverse(m.len()));
        let sizes: Vec<String> = v.iter().map(|(p, m)| format!("{}:{}", &p[2..6], m.len())).collect();
        println!("GOLD {gold} -> {}", sizes.join(" "));
        for (_, members) in v.iter().skip(1).take(4) {
            let i = members[0];
            println!("      frag: {}", set.articles[i].title.chars().take(90).collect::<String>());
        }
    }
    for (pred, golds) in &by_pred {
        if golds.len() > 1 {
            println!("MIXED {} {:?}", &pred[2..6], golds);
        }
    }
}
