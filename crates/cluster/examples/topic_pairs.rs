//! Development aid: pair scores inside each topic of an ECB+ file (both events of a topic are
//! the same kind of event): per topic, the share of same-event and of cross-event pairs scoring
//! at the threshold, and how often the conflict multipliers fired on each.
//! `cargo run --release --example topic_pairs -- FILE` (CLUSTER_CONFIG patches the config).

mod common;

use std::collections::BTreeMap;
use stemmata_cluster::{Clusterer, eval};

fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let content = std::fs::read_to_string(&path).expect("readable file");
    let set = eval::read_labelled(&path, &content).expect("known format");
    let cfg = common::config_from_env();
    let off = common::config(Some(
        r#"{"names_conflict":1.0,"number_conflict":1.0,"same_outlet":1.0}"#,
    ));
    let (mut c, mut c0) = (Clusterer::new(cfg.clone()), Clusterer::new(off));
    for a in &set.articles {
        c.observe(a);
        c0.observe(a);
    }
    let topic = |g: &str| g.split('_').next().unwrap_or("").to_owned();
    let mut by_topic: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, g) in set.gold.iter().enumerate() {
        by_topic.entry(topic(g)).or_default().push(i);
    }
    // per kind (same, cross): pairs, above threshold, conflict fired
    let mut total = [[0usize; 3]; 2];
    for (t, members) in &by_topic {
        let mut row = [[0usize; 3]; 2];
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (&set.articles[i], &set.articles[j]);
                let s = c.pair_score(a, b, None);
                let s0 = c0.pair_score(a, b, None);
                let k = usize::from(set.gold[i] != set.gold[j]);
                row[k][0] += 1;
                row[k][1] += usize::from(s >= cfg.threshold);
                row[k][2] += usize::from(s < s0 * 0.99);
            }
        }
        for k in 0..2 {
            for m in 0..3 {
                total[k][m] += row[k][m];
            }
        }
        println!(
            "topic {t:>3}: same {:>4} joined {:.2} conflict {:.2} | cross {:>4} joined {:.2} conflict {:.2}",
            row[0][0],
            row[0][1] as f32 / row[0][0].max(1) as f32,
            row[0][2] as f32 / row[0][0].max(1) as f32,
            row[1][0],
            row[1][1] as f32 / row[1][0].max(1) as f32,
            row[1][2] as f32 / row[1][0].max(1) as f32
        );
    }
    println!(
        "ALL: same {} joined {:.3} conflict {:.3} | cross {} joined {:.3} conflict {:.3}",
        total[0][0],
        total[0][1] as f32 / total[0][0] as f32,
        total[0][2] as f32 / total[0][0] as f32,
        total[1][0],
        total[1][1] as f32 / total[1][0] as f32,
        total[1][2] as f32 / total[1][0] as f32
    );
}
