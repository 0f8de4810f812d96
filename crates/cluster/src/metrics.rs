//! Clustering and pair-classification metrics.

use serde::Serialize;
use std::collections::HashMap;
use std::hash::Hash;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(precision: f64, recall: f64) -> Self {
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Prf { precision, recall, f1 }
    }
}

/// Intersection sizes by (predicted, gold) label number, label sizes, and each item's label numbers.
type Contingency = (HashMap<(usize, usize), u64>, Vec<u64>, Vec<u64>, Vec<usize>, Vec<usize>);

/// Sizes of the (predicted, gold) intersections, plus per-label sizes.
fn contingency<P: Hash + Eq, G: Hash + Eq>(predicted: &[P], gold: &[G]) -> Contingency {
    let mut pid: HashMap<&P, usize> = HashMap::new();
    let mut gid: HashMap<&G, usize> = HashMap::new();
    let (mut pi, mut gi) = (Vec::with_capacity(predicted.len()), Vec::with_capacity(gold.len()));
    for p in predicted {
        let n = pid.len();
        pi.push(*pid.entry(p).or_insert(n));
    }
    for g in gold {
        let n = gid.len();
        gi.push(*gid.entry(g).or_insert(n));
    }
    let mut psize = vec![0u64; pid.len()];
    let mut gsize = vec![0u64; gid.len()];
    let mut cells: HashMap<(usize, usize), u64> = HashMap::new();
    for (&p, &g) in pi.iter().zip(&gi) {
        psize[p] += 1;
        gsize[g] += 1;
        *cells.entry((p, g)).or_insert(0) += 1;
    }
    (cells, psize, gsize, pi, gi)
}

/// B-cubed precision, recall and F1 of a predicted clustering against gold labels (one label per
/// item, same order).
pub fn bcubed<P: Hash + Eq, G: Hash + Eq>(predicted: &[P], gold: &[G]) -> Prf {
    let n = predicted.len().min(gold.len());
    if n == 0 {
        return Prf::new(0.0, 0.0);
    }
    let (cells, psize, gsize, pi, gi) = contingency(&predicted[..n], &gold[..n]);
    let (mut p, mut r) = (0.0f64, 0.0f64);
    for i in 0..n {
        let both = cells[&(pi[i], gi[i])] as f64;
        p += both / psize[pi[i]] as f64;
        r += both / gsize[gi[i]] as f64;
    }
    Prf::new(p / n as f64, r / n as f64)
}

/// Pairwise precision, recall and F1: over all item pairs, "same cluster" as the positive class.
pub fn pairwise<P: Hash + Eq, G: Hash + Eq>(predicted: &[P], gold: &[G]) -> Prf {
    let n = predicted.len().min(gold.len());
    let (cells, psize, gsize, _, _) = contingency(&predicted[..n], &gold[..n]);
    let pairs = |c: u64| (c * c.saturating_sub(1) / 2) as f64;
    let tp: f64 = cells.values().map(|&c| pairs(c)).sum();
    let pp: f64 = psize.iter().map(|&c| pairs(c)).sum();
    let gp: f64 = gsize.iter().map(|&c| pairs(c)).sum();
    let precision = if pp > 0.0 { tp / pp } else { 1.0 };
    let recall = if gp > 0.0 { tp / gp } else { 1.0 };
    Prf::new(precision, recall)
}

/// Area under the ROC curve of scores for a binary label (ties count half).
pub fn roc_auc(scores: &[f32], positive: &[bool]) -> f64 {
    let mut items: Vec<(f32, bool)> = scores.iter().copied().zip(positive.iter().copied()).collect();
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    let npos = items.iter().filter(|x| x.1).count() as f64;
    let nneg = items.len() as f64 - npos;
    if npos == 0.0 || nneg == 0.0 {
        return 0.5;
    }
    // Sum of positive ranks, average rank for ties (Mann-Whitney U).
    let mut rank_sum = 0.0f64;
    let mut i = 0;
    while i < items.len() {
        let mut j = i;
        while j + 1 < items.len() && items[j + 1].0 == items[i].0 {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        rank_sum += items[i..=j].iter().filter(|x| x.1).count() as f64 * avg;
        i = j + 1;
    }
    (rank_sum - npos * (npos + 1.0) / 2.0) / (npos * nneg)
}

/// Accuracy and F1 of the positive class of binary decisions.
pub fn binary(decisions: &[bool], positive: &[bool]) -> (f64, f64) {
    let (mut tp, mut fp, mut fneg, mut correct) = (0.0f64, 0.0f64, 0.0f64, 0usize);
    for (&d, &g) in decisions.iter().zip(positive) {
        if d == g {
            correct += 1;
        }
        match (d, g) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            _ => {}
        }
    }
    let n = decisions.len().max(1) as f64;
    let f1 = if tp > 0.0 { 2.0 * tp / (2.0 * tp + fp + fneg) } else { 0.0 };
    (correct as f64 / n, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_lumped_clusterings() {
        let gold = ["a", "a", "b", "b"];
        assert_eq!(bcubed(&[1, 1, 2, 2], &gold).f1, 1.0);
        let lumped = bcubed(&[1, 1, 1, 1], &gold);
        assert_eq!(lumped.recall, 1.0);
        assert_eq!(lumped.precision, 0.5);
        let split = pairwise(&[1, 2, 3, 4], &gold);
        assert_eq!(split.recall, 0.0);
    }

    #[test]
    fn auc_orders_scores() {
        assert_eq!(roc_auc(&[0.1, 0.2, 0.8, 0.9], &[false, false, true, true]), 1.0);
        assert_eq!(roc_auc(&[0.5, 0.5], &[false, true]), 0.5);
        let (acc, f1) = binary(&[true, false, true], &[true, false, false]);
        assert!((acc - 2.0 / 3.0).abs() < 1e-9);
        assert!((f1 - 2.0 / 3.0).abs() < 1e-9);
    }
}
