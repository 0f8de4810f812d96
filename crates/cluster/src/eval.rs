//! Evaluation against labelled sets: reading them (from text already in memory; the caller does
//! the IO and decompression) and scoring the clusterer with the one default configuration.
//!
//! Clustering sets, told apart by their header:
//! - UCI News Aggregator: `ID TITLE URL PUBLISHER CATEGORY STORY HOSTNAME TIMESTAMP` (gold STORY);
//! - ECB+ documents: `ID CLUSTER TOPIC SUBCORPUS URL FIRST_SENTENCE TEXT` (gold CLUSTER);
//! - our own labelled set: `ID STORY LANGUAGE PUBLISHED OUTLET TITLE TEXT` (gold STORY).
//!
//! Pair sets (tgcontest-pairs): `pair_id component lang pool label url1 title1 text1 url2 title2 text2`.
//!
//! [`read_file`] and [`peak_rss_mb`] are the only IO here, for the evaluation commands.

use crate::metrics::{self, Prf};
use crate::{Clusterer, Config, Error};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;
use stemmata_model::{Article, DatePrecision, DateSource, Outlet, Published};

/// Read an evaluation file, plain or zstd-compressed (told by its magic bytes), as UTF-8.
pub fn read_file(path: &std::path::Path) -> Result<String, Error> {
    let io = |e: std::io::Error| Error::Io { path: path.display().to_string(), message: e.to_string() };
    let bytes = std::fs::read(path).map_err(io)?;
    let bytes = if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let mut out = Vec::new();
        let mut decoder = ruzstd::decoding::StreamingDecoder::new(bytes.as_slice())
            .map_err(|e| Error::Io { path: path.display().to_string(), message: format!("zstd: {e}") })?;
        std::io::Read::read_to_end(&mut decoder, &mut out).map_err(io)?;
        out
    } else {
        bytes
    };
    String::from_utf8(bytes)
        .map_err(|e| Error::Io { path: path.display().to_string(), message: format!("not UTF-8: {e}") })
}

/// Peak resident memory of this process in MB (`VmHWM`), 0 where the system does not say.
pub fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Articles with their gold story labels, in file order.
#[derive(Debug, Clone)]
pub struct Labelled {
    pub format: &'static str,
    pub articles: Vec<Article>,
    pub gold: Vec<String>,
}

struct Table<'a> {
    name: &'a str,
    columns: HashMap<&'a str, usize>,
    rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Table<'a> {
    fn parse(name: &'a str, content: &'a str) -> Table<'a> {
        let mut lines = content.lines().enumerate();
        let header = lines.next().map(|(_, l)| l.trim_start_matches('\u{feff}')).unwrap_or("");
        let columns = header.split('\t').enumerate().map(|(i, c)| (c.trim(), i)).collect();
        let rows = lines.filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| (i + 1, l.split('\t').collect())).collect();
        Table { name, columns, rows }
    }

    fn has(&self, cols: &[&str]) -> bool {
        cols.iter().all(|c| self.columns.contains_key(c))
    }

    fn get(&self, row: &(usize, Vec<&'a str>), col: &str) -> Result<&'a str, Error> {
        let i = self.columns[col];
        row.1.get(i).copied().ok_or_else(|| Error::Format {
            what: self.name.to_owned(),
            line: row.0,
            message: format!("missing column {col}"),
        })
    }
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#']).next()?.to_lowercase();
    (!host.is_empty()).then(|| host.trim_start_matches("www.").to_owned())
}

fn article(
    source: String,
    url: Option<&str>,
    outlet: Option<Outlet>,
    title: &str,
    text: &str,
    published: Option<Published>,
    language: Option<String>,
) -> Article {
    let title = stemmata_text::normalize_line(title);
    let text = stemmata_text::normalize(text);
    let url = url.filter(|u| !u.is_empty()).map(str::to_owned);
    Article {
        id: Article::content_id(url.as_deref(), outlet.as_ref(), &title, &text),
        source,
        url,
        outlet,
        title,
        byline: None,
        published,
        language,
        text,
        sentences: Vec::new(),
        extra: Default::default(),
    }
}

/// Read a labelled clustering set, detecting its format from the header.
pub fn read_labelled(name: &str, content: &str) -> Result<Labelled, Error> {
    let t = Table::parse(name, content);
    let mut articles = Vec::with_capacity(t.rows.len());
    let mut gold = Vec::with_capacity(t.rows.len());
    let format;
    if t.has(&["TITLE", "STORY", "TIMESTAMP", "PUBLISHER"]) {
        format = "uci";
        for row in &t.rows {
            let millis: i64 = t.get(row, "TIMESTAMP")?.trim().parse().map_err(|_| Error::Format {
                what: name.to_owned(),
                line: row.0,
                message: "TIMESTAMP is not a number".into(),
            })?;
            let url = t.get(row, "URL").ok();
            let domain = t.columns.contains_key("HOSTNAME").then(|| t.get(row, "HOSTNAME").ok()).flatten();
            let outlet = Outlet {
                name: t.get(row, "PUBLISHER")?.to_owned(),
                domain: domain.filter(|d| !d.is_empty()).map(|d| d.trim_start_matches("www.").to_owned()),
            };
            let published = Published::new(millis.div_euclid(1000), 0, DatePrecision::Second, DateSource::Header);
            articles.push(article(
                format!("{name}:{}", row.0 + 1),
                url,
                Some(outlet),
                t.get(row, "TITLE")?,
                "",
                Some(published),
                None,
            ));
            gold.push(t.get(row, "STORY")?.to_owned());
        }
    } else if t.has(&["CLUSTER", "FIRST_SENTENCE", "TEXT"]) {
        format = "ecbplus";
        for row in &t.rows {
            let url = t.get(row, "URL").ok().filter(|u| !u.is_empty());
            let outlet = url.and_then(host_of).map(|h| Outlet { name: h.clone(), domain: Some(h) });
            let text = t.get(row, "TEXT").unwrap_or("");
            articles.push(article(
                format!("{name}:{}", row.0 + 1),
                url,
                outlet,
                t.get(row, "FIRST_SENTENCE")?,
                text,
                None,
                Some("en".into()),
            ));
            gold.push(t.get(row, "CLUSTER")?.to_owned());
        }
    } else if t.has(&["STORY", "LANGUAGE", "PUBLISHED", "OUTLET", "TITLE", "TEXT"]) {
        format = "stemmata";
        for row in &t.rows {
            let stamp = t.get(row, "PUBLISHED")?.trim();
            let published = if stamp.is_empty() {
                None
            } else {
                let ts: jiff_free::Stamp = jiff_free::parse(stamp).ok_or_else(|| Error::Format {
                    what: name.to_owned(),
                    line: row.0,
                    message: format!("PUBLISHED {stamp:?} is not YYYY-MM-DDTHH:MM:SSZ"),
                })?;
                Some(Published::new(ts.0, 0, DatePrecision::Minute, DateSource::Header))
            };
            let outlet_name = t.get(row, "OUTLET")?;
            let outlet = Outlet { name: outlet_name.to_owned(), domain: Some(outlet_name.to_owned()) };
            let lang = t.get(row, "LANGUAGE")?.trim();
            articles.push(article(
                format!("{name}:{}", row.0 + 1),
                None,
                Some(outlet),
                t.get(row, "TITLE")?,
                &t.get(row, "TEXT")?.replace("\\n", "\n"),
                published,
                (!lang.is_empty()).then(|| lang.to_owned()),
            ));
            gold.push(t.get(row, "STORY")?.to_owned());
        }
    } else {
        return Err(Error::UnknownFormat(name.to_owned()));
    }
    Ok(Labelled { format, articles, gold })
}

/// A tiny UTC timestamp parser for our own test set (`2026-03-02T08:15:00Z`), so the crate needs
/// no date library for it.
mod jiff_free {
    pub struct Stamp(pub i64);

    pub fn parse(s: &str) -> Option<Stamp> {
        let s = s.strip_suffix('Z')?;
        let (date, time) = s.split_once('T')?;
        let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
        let (y, m, day) = (d.next()??, d.next()??, d.next()??);
        let mut t = time.split(':').map(|p| p.parse::<i64>().ok());
        let (hh, mm) = (t.next()??, t.next()??);
        let ss = t.next().flatten().unwrap_or(0);
        if !(1..=12).contains(&m) || !(1..=31).contains(&day) || hh > 23 || mm > 59 || ss > 60 {
            return None;
        }
        // Days from civil (Howard Hinnant's algorithm).
        let y2 = if m <= 2 { y - 1 } else { y };
        let era = y2.div_euclid(400);
        let yoe = y2 - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        Some(Stamp(days * 86_400 + hh * 3600 + mm * 60 + ss))
    }

    #[cfg(test)]
    #[test]
    fn epoch_and_leap_years() {
        assert_eq!(parse("1970-01-01T00:00:00Z").map(|s| s.0), Some(0));
        assert_eq!(parse("2024-03-01T00:00Z").map(|s| s.0), Some(1_709_251_200));
        assert!(parse("2024-13-01T00:00Z").is_none());
    }
}

/// Scores of the clusterer on a labelled set.
#[derive(Debug, Clone, Serialize)]
pub struct ClusteringScores {
    pub bcubed: Prf,
    pub pairwise_f1: f64,
    pub clusters: usize,
    pub gold_clusters: usize,
    pub articles: usize,
    pub articles_per_sec: f64,
    /// Filled in by the caller, which can read process statistics.
    pub peak_rss_mb: f64,
}

/// Cluster the set with `cfg` and score it against the gold labels.
pub fn evaluate_clustering(set: &Labelled, cfg: &Config) -> ClusteringScores {
    evaluate_clustering_with(set, None, cfg)
}

/// [`evaluate_clustering`] with one sentence embedding per article (same order), as the pipeline
/// gives the clusterer when the encoder is installed. The time to compute them is not counted.
pub fn evaluate_clustering_with(set: &Labelled, embeddings: Option<&[Vec<f32>]>, cfg: &Config) -> ClusteringScores {
    let start = Instant::now();
    let result = crate::cluster_with_embeddings(&set.articles, embeddings, cfg);
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    let predicted: Vec<&str> = result.assignments.iter().map(|a| a.story_id.as_str()).collect();
    let bcubed = metrics::bcubed(&predicted, &set.gold);
    let pairwise = metrics::pairwise(&predicted, &set.gold);
    let gold_clusters = set.gold.iter().collect::<std::collections::BTreeSet<_>>().len();
    ClusteringScores {
        bcubed,
        pairwise_f1: pairwise.f1,
        clusters: result.stories.len(),
        gold_clusters,
        articles: set.articles.len(),
        articles_per_sec: set.articles.len() as f64 / secs,
        peak_rss_mb: 0.0,
    }
}

/// One labelled pair.
#[derive(Debug, Clone)]
pub struct Pair {
    pub language: String,
    pub same_story: bool,
    pub first: Article,
    pub second: Article,
}

/// Read a tgcontest-pairs TSV.
pub fn read_pairs(name: &str, content: &str) -> Result<Vec<Pair>, Error> {
    let t = Table::parse(name, content);
    if !t.has(&["lang", "label", "url1", "title1", "text1", "url2", "title2", "text2"]) {
        return Err(Error::UnknownFormat(name.to_owned()));
    }
    let mut out = Vec::with_capacity(t.rows.len());
    for row in &t.rows {
        let lang = t.get(row, "lang")?.trim().to_owned();
        let label = t.get(row, "label")?.trim();
        let same_story = match label {
            "OK" => true,
            "BAD" => false,
            other => {
                return Err(Error::Format {
                    what: name.to_owned(),
                    line: row.0,
                    message: format!("label {other:?} is neither OK nor BAD"),
                });
            }
        };
        let side = |n: &str| -> Result<Article, Error> {
            let url = t.get(row, &format!("url{n}"))?;
            let outlet = host_of(url).map(|h| Outlet { name: h.clone(), domain: Some(h) });
            Ok(article(
                format!("{name}:{}", row.0 + 1),
                Some(url),
                outlet,
                t.get(row, &format!("title{n}"))?,
                t.get(row, &format!("text{n}"))?,
                None,
                Some(lang.clone()),
            ))
        };
        out.push(Pair { first: side("1")?, second: side("2")?, language: lang, same_story });
    }
    Ok(out)
}

#[derive(Debug, Clone, Serialize)]
pub struct PairScores {
    pub accuracy: f64,
    pub f1: f64,
    pub roc_auc: f64,
    pub pairs: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PairsReport {
    pub overall: PairScores,
    pub by_language: BTreeMap<String, PairScores>,
    pub pairs: usize,
    /// The decision threshold used (the clusterer's own).
    pub threshold: f32,
}

/// Score every pair with the clusterer's own similarity and decide with its own threshold.
/// Document frequencies come from the articles of the file, streamed through the clusterer once,
/// as they would be had the articles arrived as a stream.
pub fn evaluate_pairs(pairs: &[Pair], cfg: &Config) -> PairsReport {
    let mut clusterer = Clusterer::new(cfg.clone());
    let mut seen = std::collections::BTreeSet::new();
    for p in pairs {
        for a in [&p.first, &p.second] {
            if seen.insert(a.id.clone()) {
                clusterer.observe(a);
            }
        }
    }
    let scores: Vec<f32> = pairs.iter().map(|p| clusterer.pair_score(&p.first, &p.second, None)).collect();
    let threshold = cfg.threshold;
    let summarize = |idx: &[usize]| {
        let s: Vec<f32> = idx.iter().map(|&i| scores[i]).collect();
        let gold: Vec<bool> = idx.iter().map(|&i| pairs[i].same_story).collect();
        let decisions: Vec<bool> = s.iter().map(|&x| x >= threshold).collect();
        let (accuracy, f1) = metrics::binary(&decisions, &gold);
        PairScores { accuracy, f1, roc_auc: metrics::roc_auc(&s, &gold), pairs: idx.len() }
    };
    let all: Vec<usize> = (0..pairs.len()).collect();
    let mut langs: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, p) in pairs.iter().enumerate() {
        langs.entry(p.language.clone()).or_default().push(i);
    }
    PairsReport {
        overall: summarize(&all),
        by_language: langs.iter().map(|(l, idx)| (l.clone(), summarize(idx))).collect(),
        pairs: pairs.len(),
        threshold,
    }
}
