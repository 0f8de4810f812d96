//! Cosine distributions for same-event and different-event sentence pairs per language
//! pair, from tests/fixtures/events.tsv (invented sentences; Ukrainian is not one of the
//! model's 16 languages). Run: cargo run --release -p stemmata-embed --example crosslingual

use std::collections::BTreeMap;

use stemmata_embed::{Encoder, cosine};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let encoder = Encoder::load(&Encoder::env_dir())?;
    let raw = include_str!("../tests/fixtures/events.tsv");
    let rows: Vec<(&str, &str, &str)> = raw
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            Some((f.next()?, f.next()?, f.next()?))
        })
        .collect();
    let texts: Vec<&str> = rows.iter().map(|r| r.2).collect();
    let vectors = encoder.embed(&texts);
    // (lang pair, same event?) -> cosines
    let mut groups: BTreeMap<(String, bool), Vec<f32>> = BTreeMap::new();
    for i in 0..rows.len() {
        for j in i + 1..rows.len() {
            let (a, b) = if rows[i].1 <= rows[j].1 { (rows[i].1, rows[j].1) } else { (rows[j].1, rows[i].1) };
            let same = rows[i].0 == rows[j].0;
            if a == b && same {
                continue;
            }
            groups.entry((format!("{a}-{b}"), same)).or_default().push(cosine(&vectors[i], &vectors[j]));
        }
    }
    println!("{:<6} {:<9} {:>4} {:>6} {:>6} {:>6} {:>6}", "pair", "kind", "n", "min", "mean", "max", "p90");
    for ((pair, same), mut values) in groups {
        values.sort_by(f32::total_cmp);
        let n = values.len();
        let mean = values.iter().sum::<f32>() / n as f32;
        let p90 = values[(n * 9 / 10).min(n - 1)];
        let kind = if same { "same" } else { "different" };
        println!("{pair:<6} {kind:<9} {n:>4} {:>6.3} {mean:>6.3} {:>6.3} {p90:>6.3}", values[0], values[n - 1]);
    }
    Ok(())
}
