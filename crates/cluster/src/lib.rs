//! Story clustering: which articles tell the same story.
//!
//! Online and time-aware: articles are taken in publication order (ties broken by article id, so
//! the input order never matters) and each one joins a live story or founds a new one; see
//! [`Clusterer`] for the algorithm and [`features`] for the multilingual representation.
//! Every decision keeps its evidence ([`Assignment`]): the score, the threshold, the closest
//! articles and the shared terms, so a user can see why an article is in a story.
//!
//! One [`Config`] serves every corpus and language; nothing is tuned per input.

pub mod clusterer;
pub mod eval;
pub mod features;
pub mod generate;
mod idmap;
pub mod metrics;
pub mod vector;

pub use clusterer::{Clusterer, Stats};
pub use features::FeatureConfig;

use serde::{Deserialize, Serialize};
use stemmata_model::{Article, Story};
use std::collections::BTreeMap;

/// Errors of this crate (reading evaluation files).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what}: line {line}: {message}")]
    Format { what: String, line: usize, message: String },
    #[error("{0}: header not recognised (expected the UCI, ECB+, our labelled-set or tgcontest-pairs columns)")]
    UnknownFormat(String),
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

/// The clustering configuration. [`Config::default`] is the one configuration used everywhere.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub features: FeatureConfig,
    /// An article joins the best live story whose score reaches this.
    pub threshold: f32,
    /// Thresholds never fall below this.
    pub min_threshold: f32,
    /// Texts with fewer features than this get a proportionally (log scale) lower threshold ...
    pub short_text_terms: usize,
    /// Features from which an article counts as a text for the slower time decay
    /// (`text_decay_secs`): 20, more than the longest headlines have, so a report of three
    /// sentences is judged as a text, not as a headline.
    pub text_decay_terms: usize,
    /// ... but never below this share of `threshold`.
    pub short_text_floor: f32,
    /// A story of n members has its threshold divided by `1 + size_relief * ln n`.
    pub size_relief: f32,
    /// Score multiplier when the article's title and the story's titles state figures and share
    /// none (`11th death` / `12th death`), unless one side's text reports a figure of the other's
    /// title; also when they name calendar days and share none (`forecast for 8 November` /
    /// `forecast for 18 November`), and then once more if their figures differ too.
    pub number_conflict: f32,
    /// Score multiplier between two single reports (a one-article story and a newcomer, or the
    /// two articles of a pair) in one language when at least half of each headline's names are
    /// never mentioned by the other: the same kind of event with other people or places
    /// (`Putin praises ties with Tokayev` / `Lukashenko congratulates Tokayev`). A story of
    /// several reports is judged by its centroid instead. Applied (once more) also when two reports
    /// with a text are about other people ([`RawFeature::is_protagonist`]): each names in full
    /// someone the other never mentions (`Klitschko stopped Hasim Rahman` / `Klitschko stopped
    /// Tony Thompson`); against a story, someone none of its recent members mentions while the
    /// article never mentions someone at least two and half of them are about.
    ///
    /// [`RawFeature::is_protagonist`]: crate::features::RawFeature::is_protagonist
    pub names_conflict: f32,
    /// Score multiplier when an article comes from the outlet that every member of a story comes
    /// from (for a pair: both articles from one outlet). An outlet reports an event once and then
    /// runs follow-ups, previews, reactions and the next instalment of a series (the weather of
    /// each day, the ceasefire talks of each week) as reports of their own, which share its
    /// vocabulary and its page furniture; a second report from the same outlet needs more
    /// evidence than one from another outlet. A story carried by several outlets is not affected.
    pub same_outlet: f32,
    /// Against a story in other languages, the cosine of names and figures alone, times this,
    /// stands in for the lexical score when higher (those vectors are sparse and a translation
    /// keeps only part of them, so their cosines run low).
    pub cross_lingual_weight: f32,
    /// Share of the score that comes from the closest recent member instead of the centroid.
    pub link_weight: f32,
    /// Candidates (best by centroid) also scored against their closest recent member.
    pub link_candidates: usize,
    /// Two live stories merge when their centroids' cosine reaches this.
    pub merge_threshold: f32,
    /// Candidates scoring at least `merge_probe * threshold` are checked for a merge.
    pub merge_probe: f32,
    pub merge_candidates: usize,
    /// A story that grows to this many members, and to each power of two after, is compared
    /// with the live stories sharing its heaviest terms and merged with one that agrees.
    pub regroup_min_size: u32,
    /// Centroid cosine at which such a regrouping merge happens.
    pub regroup_threshold: f32,
    /// Scores fall by `exp(-gap / decay_secs)` with the time since the story last grew ...
    pub decay_secs: f32,
    /// ... or by `exp(-gap / text_decay_secs)` for an article with a text of its own (at least
    /// `text_decay_terms` features): a full report shares enough with its story to be judged on
    /// its evidence days later (a follow-up, a late independent report), where a headline's few
    /// words match other events of the day as well as they match their own.
    pub text_decay_secs: f32,
    /// A story leaves the window after this long without a new article ...
    pub window_secs: i64,
    /// ... or after this many articles without one (streams without dates).
    pub window_articles: u64,
    /// Terms kept in a story centroid.
    pub centroid_terms: usize,
    /// Terms kept per remembered member (evidence and closest-member score).
    pub member_terms: usize,
    pub recent_members: usize,
    /// Heaviest article terms used to look up candidate stories, and indexed when it joins.
    pub query_terms: usize,
    /// Heaviest terms used (and indexed) for an article with a text (`short_text_terms` features
    /// or more).
    pub text_query_terms: usize,
    pub index_terms: usize,
    /// Live stories remembered per term in the candidate index.
    pub posting_cap: usize,
    /// Candidates scored exactly per article.
    pub max_candidates: usize,
    /// Estimated Jaccard similarity of word 3-shingles at which an article is a near copy
    /// (0 turns near-copy detection off).
    pub near_duplicate: f32,
    pub near_duplicate_bands: usize,
    pub near_duplicate_rows: usize,
    pub near_duplicate_min_words: usize,
    pub near_duplicate_chars: usize,
    pub near_duplicate_window: usize,
    /// Document-frequency table size before rare terms are forgotten.
    pub vocabulary_cap: usize,
    /// Weight of the embedding cosine, when embeddings are given, for an article and a story in
    /// one language. 0 by default: words already match there, and no weight improved both
    /// English sets (UCI, ECB+) at once (look-alike events read alike); headlines get their own
    /// rule below.
    pub embedding_weight: f32,
    /// Embedding cosine of unrelated texts of one language (mapped to 0): 0.3, about the 99th
    /// percentile of headlines of different stories in the UCI dev set (half of same-story
    /// headline pairs reach 0.48).
    pub embedding_floor: f32,
    /// Across languages, where only names and figures can match word for word, the embedding
    /// cosine of the article and the story's members, mapped from
    /// `cross_lingual_embedding_floor` (unrelated reports in two languages: 0) to 1, is a score
    /// of its own, times this weight; the story scores the best of it, its words and its names.
    /// The floor, 0.4, is about the 98th percentile of that cosine between reports of different
    /// stories in two languages in our own sets (half of same-story pairs reach 0.68).
    pub cross_lingual_embedding_weight: f32,
    pub cross_lingual_embedding_floor: f32,
    /// A headline (fewer than `text_decay_terms` features) in the story's language scores at
    /// least the blend of its words and its meaning (the embedding cosine from
    /// `embedding_floor`, times this weight), decayed by `exp(-gap / headline_embedding_decay_secs)`:
    /// two headlines of one event often share no word, and within hours of each other the same
    /// meaning is the same event, where a day later it is as often the next look-alike. Not for
    /// undated articles (no hours to tell) nor across languages (`cross_lingual_embedding_*`).
    /// UCI dev 0.914 -> 0.932 with 0.7 and 4 h; every weight 0.6-0.8 with a floor of 0.25-0.3 and
    /// a decay of 2-4 h gave 0.930-0.936, while decays of 8 h and more let same-domain stories
    /// of one afternoon (an iOS release, a wearables SDK) merge.
    pub headline_embedding_weight: f32,
    pub headline_embedding_decay_secs: f32,
    /// Keep closest articles and shared terms with each assignment.
    pub explain: bool,
    /// Articles between window upkeep passes.
    pub maintenance_every: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            features: FeatureConfig::default(),
            threshold: 0.29,
            min_threshold: 0.05,
            short_text_terms: 60,
            text_decay_terms: 20,
            short_text_floor: 0.3,
            size_relief: 0.4,
            number_conflict: 0.6,
            names_conflict: 0.45,
            same_outlet: 0.7,
            cross_lingual_weight: 2.0,
            link_weight: 0.3,
            link_candidates: 2,
            merge_threshold: 0.7,
            merge_probe: 0.8,
            merge_candidates: 3,
            regroup_min_size: 4,
            regroup_threshold: 0.65,
            decay_secs: 86_400.0,
            text_decay_secs: 4.0 * 86_400.0,
            window_secs: 7 * 86_400,
            window_articles: 200_000,
            centroid_terms: 80,
            member_terms: 40,
            recent_members: 5,
            query_terms: 12,
            text_query_terms: 24,
            index_terms: 12,
            posting_cap: 64,
            max_candidates: 6,
            near_duplicate: 0.8,
            near_duplicate_bands: 8,
            near_duplicate_rows: 4,
            near_duplicate_min_words: 25,
            near_duplicate_chars: 4000,
            near_duplicate_window: 100_000,
            vocabulary_cap: 2_000_000,
            embedding_weight: 0.0,
            embedding_floor: 0.3,
            cross_lingual_embedding_weight: 1.0,
            cross_lingual_embedding_floor: 0.4,
            headline_embedding_weight: 0.7,
            headline_embedding_decay_secs: 4.0 * 3_600.0,
            explain: true,
            maintenance_every: 4096,
        }
    }
}

/// How an article came into its story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// No live story scored at the threshold: the article started one.
    Founded,
    /// The best live story scored at or above the threshold.
    Joined,
    /// A near copy of an article already in the story.
    NearDuplicate,
}

/// An article close to the one assigned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Neighbour {
    pub article_id: String,
    pub similarity: f32,
}

/// Why an article is in its story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assignment {
    pub article_id: String,
    pub story_id: String,
    pub decision: Decision,
    /// Score against the story joined (for `founded`: against the best story that was not enough).
    pub score: f32,
    pub threshold: f32,
    /// The story's members closest to the article.
    pub closest: Vec<Neighbour>,
    /// The terms, names and figures contributing most to the score.
    pub shared_terms: Vec<String>,
    /// The sentence-encoder cosine of the article's title and lead with the story's (the mean of
    /// its members'), when both were embedded: the evidence of meaning beside the words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning: Option<f32>,
}

/// Two live stories found to be one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Merge {
    pub from: String,
    pub into: String,
    /// Cosine of the two centroids.
    pub agreement: f32,
    /// Articles processed when the merge happened.
    pub after_articles: u64,
}

/// The result of clustering a batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clustering {
    /// Stories in order of their first article in the stream.
    pub stories: Vec<Story>,
    /// One per input article, in input order, with final story ids (after merges).
    pub assignments: Vec<Assignment>,
    pub merges: Vec<Merge>,
}

/// The order the stream is replayed in: by publication time (undated last), then article id,
/// so that articles with equal timestamps give the same stories whatever order they came in.
pub fn stream_order(articles: &[Article]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&articles[a], &articles[b]);
        let key = |x: &Article| x.published.map_or(i64::MAX, |p| p.latest());
        key(x).cmp(&key(y)).then_with(|| x.id.cmp(&y.id)).then(a.cmp(&b))
    });
    order
}

/// Cluster a batch of articles into stories.
pub fn cluster(articles: &[Article], cfg: &Config) -> Clustering {
    cluster_with_embeddings(articles, None, cfg)
}

/// Like [`cluster`], with one embedding per article (same order) when a model is available.
pub fn cluster_with_embeddings(articles: &[Article], embeddings: Option<&[Vec<f32>]>, cfg: &Config) -> Clustering {
    cluster_stream(Clusterer::new(cfg.clone()), articles, embeddings)
}

/// [`cluster`] for a batch whose articles are all known in advance (an analysis of a folder
/// rather than a stream): which words are names is first learned from every article, so a
/// German report, whose capitals say nothing, is read with the names the other reports taught
/// even when it comes first.
pub fn cluster_batch(articles: &[Article], cfg: &Config) -> Clustering {
    cluster_batch_with_embeddings(articles, None, cfg)
}

/// [`cluster_batch`] with one embedding per article (same order) when a model is available.
pub fn cluster_batch_with_embeddings(articles: &[Article], embeddings: Option<&[Vec<f32>]>, cfg: &Config) -> Clustering {
    let mut clusterer = Clusterer::new(cfg.clone());
    for a in articles {
        clusterer.learn_capitals(a);
    }
    cluster_stream(clusterer, articles, embeddings)
}

fn cluster_stream(mut clusterer: Clusterer, articles: &[Article], embeddings: Option<&[Vec<f32>]>) -> Clustering {
    let mut slots: Vec<Option<Assignment>> = vec![None; articles.len()];
    for i in stream_order(articles) {
        let e = embeddings.and_then(|e| e.get(i)).map(|v| v.as_slice());
        slots[i] = Some(clusterer.push_with_embedding(&articles[i], e));
    }
    let redirects: BTreeMap<String, String> = clusterer.redirects().into_iter().collect();
    let mut assignments: Vec<Assignment> = slots.into_iter().flatten().collect();
    for a in &mut assignments {
        if let Some(to) = redirects.get(&a.story_id) {
            a.story_id = to.clone();
        }
    }
    let stories = build_stories(articles, &assignments);
    Clustering { stories, assignments, merges: clusterer.merges().to_vec() }
}

fn build_stories(articles: &[Article], assignments: &[Assignment]) -> Vec<Story> {
    let mut by_story: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, a) in assignments.iter().enumerate() {
        by_story.entry(a.story_id.as_str()).or_default().push(i);
    }
    let order = stream_order(articles);
    let mut rank = vec![0usize; articles.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    let mut stories: Vec<(usize, Story)> = by_story
        .into_iter()
        .map(|(id, mut members)| {
            members.sort_by_key(|&i| rank[i]);
            members.dedup_by(|a, b| articles[*a].id == articles[*b].id);
            let times: Vec<i64> = members.iter().filter_map(|&i| articles[i].published.map(|p| p.unix)).collect();
            // The title of the founding article, which the story id is derived from.
            let founder = members
                .iter()
                .copied()
                .find(|&i| stemmata_model::story_id_for(&articles[i].id) == id)
                .unwrap_or(members[0]);
            let story = Story {
                id: id.to_owned(),
                title: articles[founder].title.clone(),
                article_ids: members.iter().map(|&i| articles[i].id.clone()).collect(),
                first_seen: times.iter().min().copied(),
                last_seen: times.iter().max().copied(),
            };
            (rank[members[0]], story)
        })
        .collect();
    stories.sort_by_key(|(r, _)| *r);
    stories.into_iter().map(|(_, s)| s).collect()
}
