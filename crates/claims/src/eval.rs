//! Paraphrase evaluation: the claim aligner's own similarity and threshold, scored on labelled
//! sentence pairs (the MRPC layout: `Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String`).

use crate::similarity;
use serde::Serialize;
use stemmata_embed::Encoder;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: no labelled pairs (expected columns Quality, #1 ID, #2 ID, #1 String, #2 String)")]
    Empty { path: String },
}

/// One labelled pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub paraphrase: bool,
    pub first: String,
    pub second: String,
}

/// Parse the TSV; rows whose label is not 0 or 1 (the header, broken lines) are skipped.
pub fn parse_pairs(tsv: &str) -> Vec<Pair> {
    tsv.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 5 {
                return None;
            }
            let paraphrase = match fields[0].trim() {
                "1" => true,
                "0" => false,
                _ => return None,
            };
            Some(Pair { paraphrase, first: fields[3].to_string(), second: fields[4].to_string() })
        })
        .collect()
}

pub fn read_pairs(path: &str) -> Result<Vec<Pair>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io { path: path.to_string(), source })?;
    let pairs = parse_pairs(&text);
    if pairs.is_empty() {
        return Err(EvalError::Empty { path: path.to_string() });
    }
    Ok(pairs)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ParaphraseEval {
    pub pairs: usize,
    pub positives: usize,
    /// The fixed threshold of the claim aligner.
    pub threshold: f64,
    pub accuracy: f64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Ranking quality of the score, independent of the threshold.
    pub roc_auc: f64,
    /// Whether sentence embeddings took part (a model was found).
    pub embeddings: bool,
    /// For reference only: the threshold that would maximise F1 on this very file, and that F1.
    pub oracle_threshold: f64,
    pub oracle_f1: f64,
}

/// Score every pair with the aligner's similarity; embeddings are used when `encoder` is given.
pub fn evaluate(pairs: &[Pair], encoder: Option<&Encoder>) -> ParaphraseEval {
    let vectors = encoder.map(|e| {
        let texts: Vec<&str> = pairs.iter().flat_map(|p| [p.first.as_str(), p.second.as_str()]).collect();
        e.embed(&texts)
    });
    let scores: Vec<f64> = pairs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let v = vectors.as_ref().map(|v| (v[2 * i].as_slice(), v[2 * i + 1].as_slice()));
            similarity::similarity(&similarity::profile(&p.first), &similarity::profile(&p.second), v)
        })
        .collect();
    let (mut tp, mut fp, mut tn, mut fn_) = (0usize, 0usize, 0usize, 0usize);
    let threshold = similarity::threshold(vectors.is_some());
    for (p, s) in pairs.iter().zip(&scores) {
        match (p.paraphrase, *s >= threshold) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (false, false) => tn += 1,
            (true, false) => fn_ += 1,
        }
    }
    let oracle = oracle_threshold(pairs, &scores);
    let precision = if tp + fp == 0 { 0.0 } else { tp as f64 / (tp + fp) as f64 };
    let recall = if tp + fn_ == 0 { 0.0 } else { tp as f64 / (tp + fn_) as f64 };
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    ParaphraseEval {
        pairs: pairs.len(),
        positives: tp + fn_,
        threshold,
        accuracy: if pairs.is_empty() { 0.0 } else { (tp + tn) as f64 / pairs.len() as f64 },
        precision,
        recall,
        f1,
        roc_auc: roc_auc(pairs, &scores),
        embeddings: encoder.is_some(),
        oracle_threshold: oracle.0,
        oracle_f1: oracle.1,
    }
}

/// The threshold maximising F1 over `scores`, and the F1 it gives.
fn oracle_threshold(pairs: &[Pair], scores: &[f64]) -> (f64, f64) {
    let mut ranked: Vec<(f64, bool)> = scores.iter().copied().zip(pairs.iter().map(|p| p.paraphrase)).collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives = ranked.iter().filter(|r| r.1).count() as f64;
    let mut best = (0.0, 0.0);
    let mut tp = 0.0;
    for (k, (score, label)) in ranked.iter().enumerate() {
        if *label {
            tp += 1.0;
        }
        let tie = ranked.get(k + 1).is_some_and(|n| n.0 == *score);
        if tie || tp == 0.0 {
            continue;
        }
        let precision = tp / (k + 1) as f64;
        let recall = tp / positives;
        let f1 = 2.0 * precision * recall / (precision + recall);
        if f1 > best.1 {
            best = (*score, f1);
        }
    }
    best
}

/// Probability that a random paraphrase outscores a random non-paraphrase (ties count half).
fn roc_auc(pairs: &[Pair], scores: &[f64]) -> f64 {
    let mut ranked: Vec<(f64, bool)> = scores.iter().copied().zip(pairs.iter().map(|p| p.paraphrase)).collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0));
    let positives = ranked.iter().filter(|r| r.1).count() as f64;
    let negatives = ranked.len() as f64 - positives;
    if positives == 0.0 || negatives == 0.0 {
        return 0.0;
    }
    // Sum of positive ranks, with average ranks for ties.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < ranked.len() {
        let mut j = i;
        while j < ranked.len() && ranked[j].0 == ranked[i].0 {
            j += 1;
        }
        let average_rank = (i + 1 + j) as f64 / 2.0;
        rank_sum += average_rank * ranked[i..j].iter().filter(|r| r.1).count() as f64;
        i = j;
    }
    (rank_sum - positives * (positives + 1.0) / 2.0) / (positives * negatives)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_an_invented_sample() {
        let tsv = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n\
            1\t1\t2\tThe council closed the old harbour to cargo ships.\tThe old harbor was closed to cargo ships by the council.\n\
            0\t3\t4\tThe council closed the old harbour to cargo ships.\tFishermen protested outside the town hall on Monday.\n";
        let pairs = parse_pairs(tsv);
        assert_eq!(pairs.len(), 2);
        let e = evaluate(&pairs, None);
        assert_eq!(e.accuracy, 1.0);
        assert_eq!(e.roc_auc, 1.0);
    }
}
