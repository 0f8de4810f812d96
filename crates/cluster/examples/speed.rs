//! Development aid: where the time goes, per phase, on an uncompressed labelled file.

mod common;

use std::time::Instant;
use stemmata_cluster::features::{CapsTable, Featurizer};
use stemmata_cluster::{Clusterer, Config, eval};

fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    if path == "generated" || path == "headlines" {
        let cfg = common::config_from_env();
        let n: usize = std::env::args().nth(2).map_or(100_000, |n| n.parse().expect("article count"));
        let stream: Vec<_> = if path == "headlines" {
            stemmata_cluster::generate::StreamGenerator::new(42, 100_000).headlines_only().take(n).collect()
        } else {
            stemmata_cluster::generate::StreamGenerator::new(1, 20_000).take(n).collect()
        };
        let t = Instant::now();
        let mut c = Clusterer::new(cfg.clone());
        for a in &stream {
            c.push(a);
        }
        println!("generated push: {:.0}/s {:?}", stream.len() as f64 / t.elapsed().as_secs_f64(), c.stats());
        return;
    }
    let content = std::fs::read_to_string(&path).expect("readable file");
    let set = eval::read_labelled(&path, &content).expect("known format");
    let n = set.articles.len() as f64;
    let cfg = Config::default();
    let f = Featurizer::new(cfg.features.clone());
    let caps = CapsTable::new(1 << 20);
    let t = Instant::now();
    let mut total = 0usize;
    for a in &set.articles {
        total += f.features(&a.title, &a.text, &caps).len();
    }
    println!("features only: {:.0}/s ({total})", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let mut c = Clusterer::new(cfg.clone());
    for a in &set.articles {
        c.push(a);
    }
    println!("push (explain): {:.0}/s", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let mut c = Clusterer::new(Config { explain: false, ..cfg.clone() });
    for a in &set.articles {
        c.push(a);
    }
    println!("push (no explain): {:.0}/s", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let _ = stemmata_cluster::cluster(&set.articles, &cfg);
    println!("cluster(): {:.0}/s", n / t.elapsed().as_secs_f64());
    let stream: Vec<_> = stemmata_cluster::generate::StreamGenerator::new(1, 20_000).take(200_000).collect();
    let t = Instant::now();
    let mut c = Clusterer::new(cfg.clone());
    for a in &stream {
        c.push(a);
    }
    println!("generated push: {:.0}/s {:?}", stream.len() as f64 / t.elapsed().as_secs_f64(), c.stats());
}