//! Sparse TF-IDF vectors with document frequencies learned online from the stream.

use crate::features::{Featurizer, RawFeature};
use crate::idmap::IdMap;

/// A sparse vector: `(term, weight)` sorted by term.
pub type SparseVec = Vec<(u64, f32)>;

/// Document frequencies seen so far. Bounded: when it grows past `cap` terms, terms seen once
/// are forgotten (they carry no cross-document evidence yet).
#[derive(Debug, Clone, Default)]
pub struct DocFreq {
    counts: IdMap<u32>,
    docs: u64,
    cap: usize,
}

impl DocFreq {
    pub fn new(cap: usize) -> Self {
        DocFreq { counts: IdMap::default(), docs: 0, cap: cap.max(1024) }
    }

    pub fn observe(&mut self, feats: &[RawFeature]) {
        self.docs += 1;
        for f in feats {
            *self.counts.entry(f.term).or_insert(0) += 1;
        }
        if self.counts.len() > self.cap {
            self.counts.retain(|_, c| *c > 1);
            // Still too big: halve every count (old evidence fades), then drop zeros.
            if self.counts.len() > self.cap * 3 / 4 {
                self.counts.retain(|_, c| {
                    *c /= 2;
                    *c > 0
                });
            }
        }
    }

    /// Smoothed inverse document frequency.
    pub fn idf(&self, term: u64) -> f32 {
        let df = self.counts.get(&term).copied().unwrap_or(0) as f32;
        (1.0 + (self.docs as f32 + 1.0) / (df + 1.0)).ln()
    }

    pub fn docs(&self) -> u64 {
        self.docs
    }

    pub fn terms(&self) -> usize {
        self.counts.len()
    }
}

/// Unit-length TF-IDF vector of an article's features (IDF raised to the configured power).
pub fn weigh(featurizer: &Featurizer, df: &DocFreq, feats: &[RawFeature]) -> SparseVec {
    let power = featurizer.config().idf_power;
    let mut v: SparseVec = feats
        .iter()
        .map(|f| {
            let tf = if f.tf > 1.0 { 1.0 + f.tf.ln() } else { f.tf };
            let idf = df.idf(f.term);
            let idf = if power == 1.0 { idf } else { idf.powf(power) };
            (f.term, tf * featurizer.kind_weight(f.kind) * idf)
        })
        .collect();
    normalize(&mut v);
    v
}

pub fn norm(v: &[(u64, f32)]) -> f32 {
    v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt()
}

pub fn normalize(v: &mut SparseVec) {
    let n = norm(v);
    if n > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= n;
        }
    }
}

/// Dot product of two term-sorted vectors.
pub fn dot(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    // A short vector (a headline) against a long one (a story centroid): look each term up.
    if a.len() * 8 < b.len() {
        return lookup_dot(a, b);
    }
    if b.len() * 8 < a.len() {
        return lookup_dot(b, a);
    }
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        let (ta, tb) = (a[i].0, b[j].0);
        if ta < tb {
            i += 1;
        } else if ta > tb {
            j += 1;
        } else {
            s += a[i].1 * b[j].1;
            i += 1;
            j += 1;
        }
    }
    s
}

fn lookup_dot(short: &[(u64, f32)], long: &[(u64, f32)]) -> f32 {
    let mut s = 0.0f32;
    let mut rest = long;
    for &(t, w) in short {
        match rest.binary_search_by_key(&t, |e| e.0) {
            Ok(k) => {
                s += w * rest[k].1;
                rest = &rest[k + 1..];
            }
            Err(k) => rest = &rest[k..],
        }
    }
    s
}

/// An article's vector as a small open-addressing table, for dot products against many long
/// vectors: scanning each story centroid in order while probing this L1-resident table beats
/// binary-searching centroids scattered over memory.
#[derive(Debug, Clone)]
pub struct Probe {
    keys: Vec<u64>,
    values: Vec<f32>,
    mask: usize,
    /// One bit for each value of a term's top six bits that the vector has: most terms of a
    /// centroid are not the article's, and this tells so for all but a few without probing.
    present: u64,
}

impl Probe {
    pub fn new(v: &[(u64, f32)]) -> Self {
        let cap = (v.len() * 4).next_power_of_two().max(16);
        let mut keys = vec![0u64; cap];
        let mut values = vec![0.0f32; cap];
        let mask = cap - 1;
        let mut present = 0u64;
        for &(t, w) in v {
            // Term 0 marks an empty cell; a real term hashing to 0 is practically impossible and
            // would only be ignored.
            if t == 0 {
                continue;
            }
            let mut i = (t as usize) & mask;
            while keys[i] != 0 && keys[i] != t {
                i = (i + 1) & mask;
            }
            keys[i] = t;
            values[i] = w;
            present |= Self::top_bit(t);
        }
        Probe { keys, values, mask, present }
    }

    /// The bit of `present` standing for a term (the table index takes the low bits).
    fn top_bit(t: u64) -> u64 {
        1 << (t >> 58)
    }

    fn get(&self, t: u64) -> f32 {
        if self.present & Self::top_bit(t) == 0 {
            return 0.0;
        }
        let mut i = (t as usize) & self.mask;
        loop {
            let k = self.keys[i];
            if k == t {
                return self.values[i];
            }
            if k == 0 {
                return 0.0;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Dot product with any vector.
    pub fn dot(&self, other: &[(u64, f32)]) -> f32 {
        other.iter().map(|&(t, w)| if t == 0 { 0.0 } else { self.get(t) * w }).sum()
    }

    /// Dot product with a column vector: its terms are scanned and a weight is read only for a
    /// shared term. The shared terms' products are summed in term order as [`Probe::dot`] sums
    /// them (the zeros it adds for the others change no sum of positive weights; its sum of
    /// nothing is -0).
    pub fn dot_columns(&self, other: &SparseColumns) -> f32 {
        let mut s = if other.is_empty() { -0.0f32 } else { 0.0 };
        for (i, &t) in other.terms.iter().enumerate() {
            if t == 0 {
                continue;
            }
            let w = self.get(t);
            if w != 0.0 {
                s += w * other.weights[i];
            }
        }
        s
    }
}

/// A long-lived sparse vector (a story's centroid) stored as two columns, terms and weights,
/// both in term order. Scoring an article scans a centroid's terms for the few it shares with
/// the article: with the terms alone in one column the scan reads half the memory of
/// `(u64, f32)` pairs (padded to 16 bytes), and only a shared term's weight is read at all.
#[derive(Debug, Clone, Default)]
pub struct SparseColumns {
    terms: Vec<u64>,
    weights: Vec<f32>,
}

impl SparseColumns {
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[u64] {
        &self.terms
    }

    pub fn iter(&self) -> impl Iterator<Item = (u64, f32)> + '_ {
        self.terms.iter().copied().zip(self.weights.iter().copied())
    }

    /// The Euclidean norm, summed in term order as [`norm`] sums.
    pub fn norm(&self) -> f32 {
        self.weights.iter().map(|w| w * w).sum::<f32>().sqrt()
    }

    /// Add a term-sorted vector in place: the same sums as [`add_scaled`] with scale 1 (a term
    /// already present gets `old + new`), without building a new vector each time.
    pub fn add(&mut self, v: &[(u64, f32)]) {
        let mut inserted = 0;
        let mut from = 0;
        for &(t, w) in v {
            let k = from + self.terms[from..].partition_point(|&x| x < t);
            if self.terms.get(k) == Some(&t) {
                self.weights[k] += w;
            } else {
                inserted += 1;
            }
            from = k;
        }
        if inserted == 0 {
            return;
        }
        // From the back: grow both columns by the new terms, then move each run of old entries
        // between two new terms once, as far right as the new terms before it need.
        let old = self.terms.len();
        self.terms.resize(old + inserted, 0);
        self.weights.resize(old + inserted, 0.0);
        let mut end = old;
        for &(t, w) in v.iter().rev() {
            let k = self.terms[..end].partition_point(|&x| x < t);
            if k < end && self.terms[k] == t {
                // Already summed above: it moves with its run.
                continue;
            }
            self.terms.copy_within(k..end, k + inserted);
            self.weights.copy_within(k..end, k + inserted);
            inserted -= 1;
            self.terms[k + inserted] = t;
            self.weights[k + inserted] = w;
            end = k;
        }
    }

    /// Keep the `k` heaviest terms, as [`truncate`] does.
    pub fn truncate(&mut self, k: usize) {
        if self.len() <= k {
            return;
        }
        let mut pairs: SparseVec = self.iter().collect();
        truncate(&mut pairs, k);
        self.terms.clear();
        self.weights.clear();
        self.extend(pairs);
    }

    /// The `k` heaviest terms, heaviest first, as [`top_terms`] gives them.
    pub fn top_terms(&self, k: usize) -> SparseVec {
        top_terms(&self.iter().collect::<SparseVec>(), k)
    }

    /// Dot product, summed in term order as [`dot`] sums.
    pub fn dot(&self, other: &SparseColumns) -> f32 {
        let (a, b) = (&self.terms, &other.terms);
        let (mut i, mut j, mut s) = (0, 0, 0.0f32);
        // Two centroids interleave their terms unpredictably: the walk advances without a branch
        // on which term is smaller, and adds zero where the terms differ (which leaves a sum of
        // positive weights as it is).
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i], b[j]);
            let product = self.weights[i] * other.weights[j];
            s += if x == y { product } else { 0.0 };
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        s
    }

    /// The weight of each term of a term-sorted vector that this one also has, in term order:
    /// `(position in v, weight here)`.
    pub fn shared_with<'a>(&'a self, v: &'a [(u64, f32)]) -> impl Iterator<Item = (usize, f32)> + 'a {
        let mut from = 0;
        v.iter().enumerate().filter_map(move |(i, &(t, _))| {
            let k = from + self.terms[from..].partition_point(|&x| x < t);
            from = k;
            (self.terms.get(k) == Some(&t)).then(|| (i, self.weights[k]))
        })
    }
}

impl Extend<(u64, f32)> for SparseColumns {
    fn extend<I: IntoIterator<Item = (u64, f32)>>(&mut self, iter: I) {
        for (t, w) in iter {
            self.terms.push(t);
            self.weights.push(w);
        }
    }
}

/// Cosine of two term-sorted vectors of any length.
pub fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f32 {
    let d = norm(a) * norm(b);
    if d > 0.0 { dot(a, b) / d } else { 0.0 }
}

/// `a + scale * b`, both term-sorted.
pub fn add_scaled(a: &[(u64, f32)], b: &[(u64, f32)], scale: f32) -> SparseVec {
    let mut out = Vec::with_capacity(a.len() + b.len());
    if b.len() * 4 < a.len() {
        // A short vector into a long one (an article into a story centroid): find each of its
        // terms by binary search and copy the runs of `a` in between whole.
        let mut i = 0;
        for &(t, w) in b {
            let k = i + a[i..].partition_point(|e| e.0 < t);
            out.extend_from_slice(&a[i..k]);
            i = k;
            match a.get(i) {
                Some(&(ta, wa)) if ta == t => {
                    out.push((t, wa + w * scale));
                    i += 1;
                }
                _ => out.push((t, w * scale)),
            }
        }
        out.extend_from_slice(&a[i..]);
        return out;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i >= a.len() || b[j].0 < a[i].0 {
            out.push((b[j].0, b[j].1 * scale));
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1 * scale));
            i += 1;
            j += 1;
        }
    }
    out
}

/// Keep the `k` heaviest terms (ties by term, so the result is deterministic), term-sorted.
pub fn truncate(v: &mut SparseVec, k: usize) {
    if v.len() <= k {
        return;
    }
    if k > 0 {
        v.select_nth_unstable_by(k - 1, heavier_first);
    }
    v.truncate(k);
    v.sort_unstable_by_key(|e| e.0);
}

/// The `k` heaviest terms, heaviest first.
pub fn top_terms(v: &[(u64, f32)], k: usize) -> Vec<(u64, f32)> {
    let mut t: Vec<(u64, f32)> = v.to_vec();
    if k > 0 && k < t.len() {
        t.select_nth_unstable_by(k - 1, heavier_first);
        t.truncate(k);
    }
    t.sort_unstable_by(heavier_first);
    t.truncate(k);
    t
}

/// Heavier weight first, ties by term: a total order, so selections are deterministic.
fn heavier_first(a: &(u64, f32), b: &(u64, f32)) -> std::cmp::Ordering {
    b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_algebra() {
        let a = vec![(1, 1.0), (3, 2.0)];
        let b = vec![(2, 1.0), (3, 1.0)];
        assert_eq!(dot(&a, &b), 2.0);
        let long: Vec<(u64, f32)> = (0..100).map(|t| (t, 1.0)).collect();
        assert_eq!(dot(&a, &long), 3.0);
        assert_eq!(dot(&long, &a), 3.0);
        assert_eq!(Probe::new(&a).dot(&long), dot(&a, &long));
        assert_eq!(Probe::new(&long).dot(&b), dot(&long, &b));
        assert_eq!(add_scaled(&a, &b, 2.0), vec![(1, 1.0), (2, 2.0), (3, 4.0)]);
        // A short vector into a long one takes the search path; it must add up as the merge does.
        let short = vec![(0, 0.5), (7, 1.0), (50, 2.0), (99, 3.0), (150, 4.0)];
        let bump = |t: u64| short.iter().find(|e| e.0 == t).map_or(0.0, |e| e.1 * 0.5);
        let expected: SparseVec = (0..100).map(|t| (t, 1.0 + bump(t))).chain([(150, 2.0)]).collect();
        assert_eq!(add_scaled(&long, &short, 0.5), expected);
        assert_eq!(add_scaled(&long, &[], 0.5), long);
        let mut c = vec![(1, 0.1), (2, 0.5), (3, 0.3)];
        truncate(&mut c, 2);
        assert_eq!(c, vec![(2, 0.5), (3, 0.3)]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn columns_compute_what_the_pair_vectors_do() {
        // Pseudo-random term-sorted vectors of various lengths and overlaps.
        // Terms spread over all 64 bits as hashes are (the probe looks at the top bits first).
        let make = |seed: u64, n: u64, stride: u64| -> SparseVec {
            let mut v: SparseVec = (0..n)
                .map(|i| {
                    let term = (1 + i * stride + seed % stride).wrapping_mul(0x9E37_79B9_7F4A_7C15);
                    (term, ((i * 31 + seed) % 17 + 1) as f32 / 7.0)
                })
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            v
        };
        let vectors = [make(1, 5, 3), make(2, 40, 2), make(3, 120, 1), make(4, 1, 5), Vec::new(), make(5, 9, 11)];
        for a in &vectors {
            for b in &vectors {
                let mut cols = SparseColumns::default();
                cols.add(a);
                cols.add(b);
                let pairs = add_scaled(a, b, 1.0);
                assert_eq!(cols.iter().collect::<SparseVec>(), pairs);
                assert_eq!(cols.norm().to_bits(), norm(&pairs).to_bits());
                let mut other = SparseColumns::default();
                other.add(b);
                assert_eq!(cols.dot(&other).to_bits(), dot(&pairs, b).to_bits());
                assert_eq!(Probe::new(a).dot_columns(&cols).to_bits(), Probe::new(a).dot(&pairs).to_bits());
                let shared: Vec<(usize, f32)> = cols.shared_with(a).collect();
                assert_eq!(shared.len(), a.len());
                assert!(shared.iter().all(|&(i, w)| pairs.iter().any(|p| p.0 == a[i].0 && p.1 == w)));
                assert_eq!(cols.top_terms(7), top_terms(&pairs, 7));
                let (mut cut, mut cut_pairs) = (cols.clone(), pairs.clone());
                cut.truncate(10);
                truncate(&mut cut_pairs, 10);
                assert_eq!(cut.iter().collect::<SparseVec>(), cut_pairs);
            }
        }
    }

    #[test]
    fn selection_keeps_the_heaviest_terms_as_a_full_sort_would() {
        // Pseudo-random weights with ties, against the obvious sort-everything answer.
        let v: SparseVec = (0..200u64).map(|t| (t * 7 + 3, ((t * 37) % 23) as f32)).collect();
        for k in [0, 1, 5, 12, 80, 199, 200, 300] {
            let mut full = v.clone();
            full.sort_by(heavier_first);
            full.truncate(k);
            assert_eq!(top_terms(&v, k), full, "top {k}");
            let mut cut = v.clone();
            truncate(&mut cut, k);
            full.sort_by_key(|e| e.0);
            assert_eq!(cut, full, "truncate {k}");
        }
    }
}
