//! Scoring provenance against a labelled set (see `testdata/provenance/generate.py` for the
//! label format): origin accuracy per story, relay-edge precision/recall/F1, and the
//! independent-source count per claim (exact-match rate, mean absolute error).

use crate::{analyze, independent_sources, same_source};
use serde::{Deserialize, Serialize};
use stemmata_model::Article;

#[derive(Debug, Clone, Deserialize)]
pub struct LabelSet {
    pub stories: Vec<StoryLabel>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct StoryLabel {
    pub id: String,
    #[serde(default)]
    pub scenario: String,
    pub articles: Vec<String>,
    pub origins: Vec<OriginLabel>,
    pub relays: Vec<RelayLabel>,
    #[serde(default)]
    pub claims: Vec<ClaimLabel>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct OriginLabel {
    pub name: String,
    pub in_corpus: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RelayLabel {
    pub origin: String,
    pub article: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ClaimLabel {
    #[serde(default)]
    pub text: String,
    pub articles: Vec<String>,
    pub independent_sources: usize,
}

/// The figures.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ProvenanceScores {
    pub origin_accuracy: f64,
    pub edges: EdgeScores,
    pub corroboration_exact: f64,
    pub corroboration_mae: f64,
    pub stories: usize,
    pub articles: usize,
    pub claims: usize,
    /// One line per story that is not fully right, for reading.
    pub errors: Vec<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Default)]
pub struct EdgeScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub gold: usize,
    pub predicted: usize,
}

/// Score every labelled story. `article` finds the article of a story's file (None when it
/// could not be read: its edges and claims then count as missed).
pub fn score(labels: &LabelSet, article: &dyn Fn(&str, &str) -> Option<Article>) -> ProvenanceScores {
    let mut out = ProvenanceScores::default();
    let (mut origins_ok, mut edge_tp, mut edge_pred, mut edge_gold) = (0usize, 0usize, 0usize, 0usize);
    let (mut exact, mut abs_err) = (0usize, 0usize);
    for story in &labels.stories {
        out.stories += 1;
        let loaded: Vec<(String, Article)> = story
            .articles
            .iter()
            .filter_map(|f| article(&story.id, f).map(|a| (f.clone(), a)))
            .collect();
        out.articles += loaded.len();
        let refs: Vec<&Article> = loaded.iter().map(|(_, a)| a).collect();
        // (A story the analysis fails on scores as one with no origins and no edges.)
        let p = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(&refs))).unwrap_or_else(|_| {
            eprintln!("error: story {}: provenance analysis failed; scored as finding nothing", story.id);
            crate::Provenance::default()
        });
        let file_of = |id: &str| loaded.iter().find(|(_, a)| a.id == id).map(|(f, _)| f.clone()).unwrap_or_default();
        let id_of = |file: &str| loaded.iter().find(|(f, _)| f == file).map(|(_, a)| a.id.clone());

        // Origins: the same set of names, each with the right in/out of corpus flag.
        let matched = story.origins.len() == p.origins.len()
            && story.origins.iter().all(|g| p.origins.iter().any(|o| same_source(&o.name, &g.name) && o.in_corpus == g.in_corpus));
        if matched {
            origins_ok += 1;
        } else {
            let pred: Vec<String> = p.origins.iter().map(|o| format!("{}{}", o.name, if o.in_corpus { "*" } else { "" })).collect();
            let gold: Vec<String> = story.origins.iter().map(|o| format!("{}{}", o.name, if o.in_corpus { "*" } else { "" })).collect();
            out.errors.push(format!("{}: origins {:?}, expected {:?}", story.id, pred, gold));
        }

        // Edges: (origin name, article file).
        let predicted: Vec<(String, String)> = p.relays.iter().map(|r| (r.origin.clone(), file_of(&r.article_id))).collect();
        edge_pred += predicted.len();
        edge_gold += story.relays.len();
        let mut used = vec![false; predicted.len()];
        for g in &story.relays {
            let hit = predicted.iter().enumerate().find(|(k, (o, f))| !used[*k] && *f == g.article && same_source(o, &g.origin));
            match hit {
                Some((k, _)) => {
                    used[k] = true;
                    edge_tp += 1;
                }
                None => out.errors.push(format!("{}: missed edge {} → {}", story.id, g.origin, g.article)),
            }
        }
        for (k, (o, f)) in predicted.iter().enumerate() {
            if !used[k] {
                out.errors.push(format!("{}: extra edge {} → {}", story.id, o, f));
            }
        }

        // Claims.
        for c in &story.claims {
            out.claims += 1;
            let ids: Vec<String> = c.articles.iter().filter_map(|f| id_of(f)).collect();
            let n = independent_sources(&p, ids.iter().map(String::as_str));
            if n == c.independent_sources {
                exact += 1;
            } else {
                out.errors.push(format!("{}: claim {:?} has {} independent sources, expected {}", story.id, c.text, n, c.independent_sources));
            }
            abs_err += n.abs_diff(c.independent_sources);
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    out.origin_accuracy = ratio(origins_ok, out.stories);
    let precision = ratio(edge_tp, edge_pred);
    let recall = ratio(edge_tp, edge_gold);
    let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
    out.edges = EdgeScores { precision, recall, f1, gold: edge_gold, predicted: edge_pred };
    out.corroboration_exact = ratio(exact, out.claims);
    out.corroboration_mae = if out.claims == 0 { 0.0 } else { abs_err as f64 / out.claims as f64 };
    out
}
