//! The article-body extraction benchmark: its archive layout and its own metric.
//!
//! The layout is `html/<id>.html.gz` plus `ground-truth.json` (`{id: {url, articleBody}}`),
//! either as a directory or as a `.tar`, `.tar.gz` or `.tar.zst` archive. The metric reproduces
//! the benchmark's `evaluate.py`: `\w+` tokens, 4-token shingles as multisets, per-page counts
//! normalised to equal weight, precision and recall averaged over pages, F1 from those means.

use crate::Error;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// One benchmark page: its id, URL, raw (still gzip-compressed) HTML and the true body text.
#[derive(Debug, Clone)]
pub struct BenchmarkItem {
    pub id: String,
    pub url: String,
    pub html_gz: Vec<u8>,
    pub truth: String,
}

/// Reads a benchmark archive (directory, `.tar`, `.tar.gz`/`.tgz` or `.tar.zst`).
/// Items are sorted by id; an id with ground truth but no page is kept with empty HTML so it
/// scores as a failed prediction rather than vanishing from the mean.
pub fn load_benchmark(path: &Path) -> Result<Vec<BenchmarkItem>, Error> {
    let mut pages: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut truth_json: Option<Vec<u8>> = None;
    let io = |e: std::io::Error| Error::Io { path: path.display().to_string(), source: e };
    if path.is_dir() {
        truth_json = Some(std::fs::read(path.join("ground-truth.json")).map_err(io)?);
        let dir = path.join("html");
        for entry in std::fs::read_dir(&dir).map_err(io)? {
            let entry = entry.map_err(io)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(".html.gz") {
                pages.insert(id.to_owned(), std::fs::read(entry.path()).map_err(io)?);
            }
        }
    } else {
        let file = std::fs::File::open(path).map_err(io)?;
        let name = path.to_string_lossy().to_lowercase();
        let reader: Box<dyn Read> = if name.ends_with(".zst") || name.ends_with(".tzst") {
            Box::new(ruzstd::decoding::StreamingDecoder::new(std::io::BufReader::new(file)).map_err(|e| {
                Error::Format { input: path.display().to_string(), message: format!("not a zstd stream: {e}") }
            })?)
        } else if name.ends_with(".gz") || name.ends_with(".tgz") {
            Box::new(flate2::read::MultiGzDecoder::new(std::io::BufReader::new(file)))
        } else {
            Box::new(std::io::BufReader::new(file))
        };
        let mut archive = tar::Archive::new(reader);
        for entry in archive.entries().map_err(io)? {
            let mut entry = entry.map_err(io)?;
            let entry_path = entry.path().map_err(io)?.to_string_lossy().into_owned();
            let entry_path = entry_path.trim_start_matches("./");
            // Archives may wrap the layout in one top folder.
            let file_name = entry_path.rsplit('/').next().unwrap_or("");
            let parent_is_html = entry_path.rsplit('/').nth(1) == Some("html");
            if file_name == "ground-truth.json" {
                let mut buf = Vec::new();
                entry.read_to_end(&mut buf).map_err(io)?;
                truth_json = Some(buf);
            } else if parent_is_html && let Some(id) = file_name.strip_suffix(".html.gz") {
                let mut buf = Vec::new();
                entry.read_to_end(&mut buf).map_err(io)?;
                pages.insert(id.to_owned(), buf);
            }
        }
    }
    let truth_json = truth_json.ok_or_else(|| Error::Format {
        input: path.display().to_string(),
        message: "no ground-truth.json in the archive".into(),
    })?;
    let truth: BTreeMap<String, serde_json::Value> = serde_json::from_slice(&truth_json).map_err(|e| {
        Error::Format { input: format!("{}/ground-truth.json", path.display()), message: e.to_string() }
    })?;
    let mut items = Vec::with_capacity(truth.len());
    for (id, value) in truth {
        let get = |k: &str| value.get(k).and_then(|v| v.as_str()).unwrap_or("").to_owned();
        items.push(BenchmarkItem { html_gz: pages.remove(&id).unwrap_or_default(), url: get("url"), truth: get("articleBody"), id });
    }
    Ok(items)
}

/// `\w+` tokens as Python's `re` finds them: runs of alphanumeric characters and `_`.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

fn shingles<'a>(toks: &[&'a str]) -> BTreeMap<Vec<&'a str>, i64> {
    let mut counts = BTreeMap::new();
    if toks.is_empty() {
        return counts;
    }
    if toks.len() < 4 {
        *counts.entry(toks.to_vec()).or_insert(0) += 1;
        return counts;
    }
    for w in toks.windows(4) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Normalised (tp, fp, fn) of one page; all zero when both texts are empty.
pub fn page_counts(truth: &str, prediction: &str) -> (f64, f64, f64) {
    let t = shingles(&tokens(truth));
    let p = shingles(&tokens(prediction));
    let (mut tp, mut fp, mut fneg) = (0i64, 0i64, 0i64);
    let keys: std::collections::BTreeSet<&Vec<&str>> = t.keys().chain(p.keys()).collect();
    for k in keys {
        let tc = t.get(k).copied().unwrap_or(0);
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fp += (pc - tc).max(0);
        fneg += (tc - pc).max(0);
    }
    let sum = (tp + fp + fneg) as f64;
    if sum == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / sum, fp as f64 / sum, fneg as f64 / sum)
}

/// Scores of one page; `None` where the benchmark skips the item for that mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageScore {
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    /// Token lists identical.
    pub exact: bool,
}

pub fn score_page(truth: &str, prediction: &str) -> PageScore {
    let (tp, fp, fneg) = page_counts(truth, prediction);
    let precision = if fp == 0.0 && fneg == 0.0 {
        Some(1.0)
    } else if tp + fp == 0.0 {
        None
    } else {
        Some(tp / (tp + fp))
    };
    let recall = if fp == 0.0 && fneg == 0.0 {
        Some(1.0)
    } else if tp + fneg == 0.0 {
        None
    } else {
        Some(tp / (tp + fneg))
    };
    PageScore { precision, recall, exact: tokens(truth) == tokens(prediction) }
}

/// Precision, recall, F1 (of the means) and accuracy over a set of pages.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Summary {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
    pub pages: usize,
}

pub fn summarize(scores: &[PageScore]) -> Summary {
    let mean = |vals: Vec<f64>| if vals.is_empty() { 0.0 } else { vals.iter().sum::<f64>() / vals.len() as f64 };
    let precision = mean(scores.iter().filter_map(|s| s.precision).collect());
    let recall = mean(scores.iter().filter_map(|s| s.recall).collect());
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    let accuracy = if scores.is_empty() {
        0.0
    } else {
        scores.iter().filter(|s| s.exact).count() as f64 / scores.len() as f64
    };
    Summary { precision, recall, f1, accuracy, pages: scores.len() }
}

/// Standard deviation of F1 over bootstrap resamples of the pages (the benchmark's "±"),
/// with a fixed-seed generator so the figure is reproducible.
pub fn bootstrap_f1_std(scores: &[PageScore], rounds: usize) -> f64 {
    if scores.is_empty() || rounds == 0 {
        return 0.0;
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        // xorshift64*: enough randomness for resampling, no dependency.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut f1s = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let sample: Vec<PageScore> =
            (0..scores.len()).map(|_| scores[(next() % scores.len() as u64) as usize]).collect();
        f1s.push(summarize(&sample).f1);
    }
    let m = f1s.iter().sum::<f64>() / f1s.len() as f64;
    (f1s.iter().map(|f| (f - m) * (f - m)).sum::<f64>() / f1s.len() as f64).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_drop_punctuation_and_keep_case() {
        assert_eq!(tokens("Hello, World! it's 3.5"), vec!["Hello", "World", "it", "s", "3", "5"]);
        assert_eq!(tokens("Привіт світ_1"), vec!["Привіт", "світ_1"]);
    }

    #[test]
    fn identical_texts_score_one() {
        let s = score_page("one two three four five", "one two three four five");
        assert_eq!(s, PageScore { precision: Some(1.0), recall: Some(1.0), exact: true });
    }

    #[test]
    fn empty_prediction_skips_precision_and_scores_zero_recall() {
        let s = score_page("one two three four five", "");
        assert_eq!(s.precision, None);
        assert_eq!(s.recall, Some(0.0));
    }

    #[test]
    fn extra_boilerplate_lowers_precision_only() {
        let truth = "a b c d e f g h";
        let s = score_page(truth, "a b c d e f g h Related stories Sign up now");
        assert_eq!(s.recall, Some(1.0));
        let p = s.precision.unwrap();
        assert!(p > 0.4 && p < 0.9, "{p}");
        let sum = summarize(&[s, score_page(truth, truth)]);
        assert!(sum.f1 < 1.0 && sum.f1 > 0.8);
        assert_eq!(sum.accuracy, 0.5);
    }

    #[test]
    fn short_text_is_one_shingle() {
        assert_eq!(page_counts("a b", "a b"), (1.0, 0.0, 0.0));
        assert_eq!(page_counts("a b", "a c"), (0.0, 0.5, 0.5));
    }
}
