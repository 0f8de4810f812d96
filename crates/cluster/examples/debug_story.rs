//! Development aid: show how one gold story of a labelled file was clustered.
//! `cargo run --release --example debug_story -- FILE GOLD_LABEL`

use stemmata_cluster::{Config, cluster, eval};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let content = std::fs::read_to_string(&args[1]).expect("readable file");
    let set = eval::read_labelled(&args[1], &content).expect("known format");
    let result = cluster(&set.articles, &Config::default());
    for (i, a) in result.assignments.iter().enumerate() {
        if set.gold[i] == args[2] {
            println!(
                "{:<20} {:?} {:.3} {:<60} {:?}",
                a.story_id,
                a.decision,
                a.score,
                set.articles[i].title.chars().take(60).collect::<String>(),
                a.shared_terms
            );
        }
    }
}
