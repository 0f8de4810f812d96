//! Development aid: score the default configuration (optionally patched by a JSON object in
//! `CLUSTER_CONFIG`) on uncompressed labelled files. `cargo run --release --example tune -- FILE...`

mod common;

use stemmata_cluster::eval;

fn main() {
    let cfg = common::config_from_env();
    for path in std::env::args().skip(1) {
        let content = std::fs::read_to_string(&path).expect("readable file");
        if let Ok(pairs) = eval::read_pairs(&path, &content) {
            let r = eval::evaluate_pairs(&pairs, &cfg);
            println!("{path}: {}", serde_json::to_string(&r).unwrap_or_default());
            continue;
        }
        let set = eval::read_labelled(&path, &content).expect("known format");
        let vectors = common::embeddings_from_env(&path);
        let r = eval::evaluate_clustering_with(&set, vectors.as_deref(), &cfg);
        println!(
            "{path}: B3 P {:.3} R {:.3} F1 {:.4} pairF1 {:.3} clusters {}/{} {:.0}/s",
            r.bcubed.precision, r.bcubed.recall, r.bcubed.f1, r.pairwise_f1, r.clusters, r.gold_clusters, r.articles_per_sec
        );
    }
}
