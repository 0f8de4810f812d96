//! MinHash signatures over word shingles, for near-duplicate and text-reuse detection.
//!
//! Small and dependency-free on purpose: the permutation family is XXH3 with per-row seeds,
//! which is fast and well distributed; the bands/rows split gives an LSH index.

use crate::{fold, words};
use std::collections::BTreeMap;

/// Hashes of the `k`-word shingles of `text` (words folded), sorted and deduplicated.
pub fn shingles(text: &str, k: usize) -> Vec<u64> {
    let folded: Vec<String> = words(text).map(fold).collect();
    let k = k.max(1);
    let mut out: Vec<u64> = if folded.len() < k {
        if folded.is_empty() { Vec::new() } else { vec![hash_words(&folded)] }
    } else {
        folded.windows(k).map(hash_words).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

fn hash_words(ws: &[String]) -> u64 {
    let mut buf = Vec::with_capacity(ws.iter().map(|w| w.len() + 1).sum());
    for w in ws {
        buf.extend_from_slice(w.as_bytes());
        buf.push(b' ');
    }
    xxhash_rust::xxh3::xxh3_64(&buf)
}

/// Exact Jaccard similarity of two sorted, deduplicated shingle sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f64 / (a.len() + b.len() - inter) as f64
}

/// Containment of `a` in `b`: the share of `a`'s shingles that `b` also has.
pub fn containment(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    let inter = a.iter().filter(|h| b.binary_search(h).is_ok()).count();
    inter as f64 / a.len() as f64
}

/// A MinHash family of `bands * rows` functions.
#[derive(Debug, Clone)]
pub struct MinHasher {
    bands: usize,
    rows: usize,
}

impl MinHasher {
    pub fn new(bands: usize, rows: usize) -> Self {
        MinHasher { bands: bands.max(1), rows: rows.max(1) }
    }

    pub fn len(&self) -> usize {
        self.bands * self.rows
    }

    pub fn is_empty(&self) -> bool {
        false
    }

    pub fn signature(&self, shingles: &[u64]) -> Vec<u64> {
        (0..self.len())
            .map(|seed| {
                shingles
                    .iter()
                    .map(|h| xxhash_rust::xxh3::xxh3_64_with_seed(&h.to_le_bytes(), seed as u64))
                    .min()
                    .unwrap_or(u64::MAX)
            })
            .collect()
    }

    /// Share of equal rows: an estimate of the Jaccard similarity.
    pub fn similarity(a: &[u64], b: &[u64]) -> f64 {
        if a.is_empty() || a.len() != b.len() {
            return 0.0;
        }
        a.iter().zip(b).filter(|(x, y)| x == y && **x != u64::MAX).count() as f64 / a.len() as f64
    }

    /// One key per band; documents sharing any key are candidate near-duplicates.
    pub fn band_keys(&self, signature: &[u64]) -> Vec<u64> {
        signature
            .chunks(self.rows)
            .enumerate()
            .map(|(band, rows)| {
                let mut buf = Vec::with_capacity(8 * (rows.len() + 1));
                buf.extend_from_slice(&(band as u64).to_le_bytes());
                for r in rows {
                    buf.extend_from_slice(&r.to_le_bytes());
                }
                xxhash_rust::xxh3::xxh3_64(&buf)
            })
            .collect()
    }
}

/// An LSH index from band keys to the items that have them.
#[derive(Debug, Default, Clone)]
pub struct LshIndex {
    buckets: BTreeMap<u64, Vec<usize>>,
}

impl LshIndex {
    pub fn insert(&mut self, item: usize, band_keys: &[u64]) {
        for k in band_keys {
            self.buckets.entry(*k).or_default().push(item);
        }
    }

    /// Items sharing at least one band with `band_keys`, sorted and deduplicated.
    pub fn candidates(&self, band_keys: &[u64]) -> Vec<usize> {
        let mut out: Vec<usize> =
            band_keys.iter().filter_map(|k| self.buckets.get(k)).flatten().copied().collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_copies_score_high_and_strangers_low() {
        let a = "The United States is prepared to recognise Russian control over occupied territories, including Crimea, to reach a deal.";
        let b = "The United States is prepared to recognize Russian control over occupied territories, including Crimea, to reach a deal!";
        let c = "Heavy rain flooded the old town of Lviv on Monday, closing schools and three bridges for the day.";
        let (sa, sb, sc) = (shingles(a, 3), shingles(b, 3), shingles(c, 3));
        assert!(jaccard(&sa, &sb) > 0.6);
        assert_eq!(jaccard(&sa, &sc), 0.0);
        let mh = MinHasher::new(16, 4);
        let (ga, gb, gc) = (mh.signature(&sa), mh.signature(&sb), mh.signature(&sc));
        assert!(MinHasher::similarity(&ga, &gb) > 0.4);
        assert!(MinHasher::similarity(&ga, &gc) < 0.1);
        let mut idx = LshIndex::default();
        idx.insert(0, &mh.band_keys(&ga));
        idx.insert(2, &mh.band_keys(&gc));
        assert_eq!(idx.candidates(&mh.band_keys(&gb)), vec![0]);
    }
}
