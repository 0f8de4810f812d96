//! Development aid: the clusterer with sentence embeddings (title + lead) on uncompressed files.
//! `CLUSTER_CONFIG='{"embedding_weight":0.4}' cargo run --release --example embed_tune -- FILE...`

mod common;

use stemmata_cluster::{Clusterer, cluster_with_embeddings, eval, metrics};

fn text_of(a: &stemmata_model::Article) -> String {
    let lead: String = a.text.chars().take(400).collect();
    format!("{}. {}", a.title, lead)
}

fn main() {
    let encoder = stemmata_embed::Encoder::from_env().expect("a model in models/usem3");
    let cfg = common::config_from_env();
    for path in std::env::args().skip(1) {
        let content = std::fs::read_to_string(&path).expect("readable");
        if let Ok(pairs) = eval::read_pairs(&path, &content) {
            let mut c = Clusterer::new(cfg.clone());
            for p in &pairs {
                c.observe(&p.first);
                c.observe(&p.second);
            }
            let t1: Vec<String> = pairs.iter().map(|p| text_of(&p.first)).collect();
            let t2: Vec<String> = pairs.iter().map(|p| text_of(&p.second)).collect();
            let e1 = encoder.embed(&t1.iter().map(String::as_str).collect::<Vec<_>>());
            let e2 = encoder.embed(&t2.iter().map(String::as_str).collect::<Vec<_>>());
            let scores: Vec<f32> =
                pairs.iter().enumerate().map(|(i, p)| c.pair_score(&p.first, &p.second, Some((&e1[i], &e2[i])))).collect();
            let gold: Vec<bool> = pairs.iter().map(|p| p.same_story).collect();
            let dec: Vec<bool> = scores.iter().map(|&s| s >= cfg.threshold).collect();
            let (acc, f1) = metrics::binary(&dec, &gold);
            println!("{path}: acc {acc:.3} f1 {f1:.3} auc {:.3}", metrics::roc_auc(&scores, &gold));
            continue;
        }
        let set = eval::read_labelled(&path, &content).expect("format");
        let texts: Vec<String> = set.articles.iter().map(text_of).collect();
        let emb = encoder.embed(&texts.iter().map(String::as_str).collect::<Vec<_>>());
        let r = cluster_with_embeddings(&set.articles, Some(&emb), &cfg);
        let pred: Vec<&str> = r.assignments.iter().map(|a| a.story_id.as_str()).collect();
        let b = metrics::bcubed(&pred, &set.gold);
        println!("{path}: B3 P {:.3} R {:.3} F1 {:.4} clusters {}", b.precision, b.recall, b.f1, r.stories.len());
    }
}
