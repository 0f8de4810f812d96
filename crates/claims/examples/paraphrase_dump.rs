//! `cargo run --example paraphrase_dump -- PAIRS.tsv`: per pair the label, the similarity and its
//! parts (stem Dice, containment, trigram Dice, embedding cosine, penalty), tab-separated.
use stemmata_claims::similarity::{profile, similarity};

fn main() {
    let Some(path) = std::env::args().nth(1) else { return };
    let pairs = stemmata_claims::eval::read_pairs(&path).expect("pairs");
    let encoder = stemmata_embed::Encoder::from_env();
    let texts: Vec<&str> = pairs.iter().flat_map(|p| [p.first.as_str(), p.second.as_str()]).collect();
    let vectors = encoder.as_ref().map(|e| e.embed(&texts));
    for (i, p) in pairs.iter().enumerate() {
        let (a, b) = (profile(&p.first), profile(&p.second));
        let v = vectors.as_ref().map(|v| (v[2 * i].as_slice(), v[2 * i + 1].as_slice()));
        let cos = v.map_or(0.0, |(x, y)| stemmata_embed::cosine(x, y));
        let shared = a.stems.intersection(&b.stems).count() as f64;
        let dice = 2.0 * shared / (a.stems.len() + b.stems.len()).max(1) as f64;
        let cont = shared / a.stems.len().min(b.stems.len()).max(1) as f64;
        let tri = 2.0 * a.trigrams.intersection(&b.trigrams).count() as f64 / (a.trigrams.len() + b.trigrams.len()).max(1) as f64;
        let extra = a.stems.difference(&b.stems).count().max(b.stems.difference(&a.stems).count());
        let nums = (a.numbers.len(), b.numbers.len(), a.numbers == b.numbers);
        println!(
            "{}\t{:.4}\t{dice:.4}\t{cont:.4}\t{tri:.4}\t{cos:.4}\t{extra}\t{}\t{}\t{}\t{}\t{}",
            u8::from(p.paraphrase),
            similarity(&a, &b, v),
            nums.0, nums.1, nums.2, p.first, p.second
        );
    }
}
