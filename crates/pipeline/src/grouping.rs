//! A first story grouping: greedy online assignment by TF-IDF cosine to story centroids over
//! title and lead, plus MinHash near-duplicate links. Input must be in stream order.

use std::collections::{BTreeMap, HashMap};
use stemmata_model::{Article, Story, story_id_for};
use stemmata_text::{fold, minhash, words};

const THRESHOLD: f64 = 0.22;
const NEAR_DUPLICATE: f64 = 0.5;

fn terms(a: &Article) -> Vec<String> {
    let lead: String = a.text.chars().take(1500).collect();
    let mut out = Vec::new();
    // The title counts twice: it is the densest statement of the event.
    for text in [a.title.as_str(), a.title.as_str(), lead.as_str()] {
        for w in words(text) {
            let f = fold(w);
            if f.chars().count() > 2 {
                // Folds British/American spellings together: recognise/recognize.
                out.push(f.replace("is", "iz"));
            }
        }
    }
    out
}

pub fn cluster(articles: &[Article]) -> Vec<Story> {
    let docs: Vec<Vec<String>> = articles.iter().map(terms).collect();
    let mut df: HashMap<&str, usize> = HashMap::new();
    for d in &docs {
        let mut seen: Vec<&str> = d.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            *df.entry(t).or_default() += 1;
        }
    }
    let n = docs.len() as f64;
    let vectors: Vec<BTreeMap<&str, f64>> = docs
        .iter()
        .map(|d| {
            let mut tf: BTreeMap<&str, f64> = BTreeMap::new();
            for t in d {
                *tf.entry(t.as_str()).or_default() += 1.0;
            }
            for (t, w) in tf.iter_mut() {
                *w = (1.0 + w.ln()) * (((1.0 + n) / (1.0 + df[t] as f64)).ln() + 1.0);
            }
            let norm = tf.values().map(|w| w * w).sum::<f64>().sqrt().max(1e-9);
            tf.values_mut().for_each(|w| *w /= norm);
            tf
        })
        .collect();
    let shingle_sets: Vec<Vec<u64>> = articles.iter().map(|a| minhash::shingles(&a.text, 4)).collect();

    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut centroids: Vec<BTreeMap<&str, f64>> = Vec::new();
    for (i, v) in vectors.iter().enumerate() {
        let mut best: Option<(usize, f64)> = None;
        for (s, c) in centroids.iter().enumerate() {
            let norm = c.values().map(|w| w * w).sum::<f64>().sqrt().max(1e-9);
            let dot: f64 = v.iter().filter_map(|(t, w)| c.get(t).map(|cw| w * cw)).sum();
            let mut score = dot / norm;
            if members[s].iter().any(|&j| minhash::jaccard(&shingle_sets[i], &shingle_sets[j]) >= NEAR_DUPLICATE) {
                score = score.max(1.0);
            }
            if score >= THRESHOLD && best.is_none_or(|(_, b)| score > b) {
                best = Some((s, score));
            }
        }
        match best {
            Some((s, _)) => {
                members[s].push(i);
                for (t, w) in v {
                    *centroids[s].entry(t).or_default() += w;
                }
            }
            None => {
                members.push(vec![i]);
                centroids.push(v.clone());
            }
        }
    }
    members
        .into_iter()
        .map(|m| {
            let founding = &articles[m[0]];
            let dates: Vec<i64> = m.iter().filter_map(|&i| articles[i].published.map(|p| p.unix)).collect();
            Story {
                id: story_id_for(&founding.id),
                title: founding.title.clone(),
                article_ids: m.iter().map(|&i| articles[i].id.clone()).collect(),
                first_seen: dates.iter().min().copied(),
                last_seen: dates.iter().max().copied(),
            }
        })
        .collect()
}
