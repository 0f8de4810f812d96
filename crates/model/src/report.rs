//! The `analyze --json` output contract (see ARCHITECTURE.md). Field names and shapes here are
//! relied on by tests and tools: extend with new optional fields, never rename or remove.

use crate::{Article, Diagnostic};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Report {
    pub articles: Vec<ArticleSummary>,
    pub stories: Vec<StoryReport>,
    pub diagnostics: Vec<DiagnosticReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutletReport {
    pub name: Option<String>,
    pub domain: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub id: String,
    pub source: String,
    pub title: String,
    pub outlet: OutletReport,
    /// RFC 3339 with the offset it was written in, or null when unknown (never invented).
    pub published: Option<String>,
    /// Where the date came from: header / feed / metadata / inferred; null when unknown.
    pub published_source: Option<String>,
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Id of the story the article was put in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story_id: Option<String>,
}

impl ArticleSummary {
    pub fn from_article(a: &Article) -> Self {
        ArticleSummary {
            id: a.id.clone(),
            source: a.source.clone(),
            title: a.title.clone(),
            outlet: OutletReport {
                name: a.outlet.as_ref().map(|o| o.name.clone()),
                domain: a.outlet.as_ref().and_then(|o| o.domain.clone()),
            },
            published: a.published.map(|p| p.to_rfc3339()),
            published_source: a.published.map(|p| {
                serde_json::to_value(p.source)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            }),
            language: a.language.clone(),
            url: a.url.clone(),
            story_id: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct StoryReport {
    pub id: String,
    pub title: String,
    pub article_ids: Vec<String>,
    pub origins: Vec<OriginReport>,
    pub relays: Vec<RelayReport>,
    pub claims: Vec<ClaimReport>,
    pub quotes: Vec<QuoteReport>,
    pub timeline: Vec<TimelineReport>,
    pub entities: Vec<EntityReport>,
    /// Earliest / latest publication among the story's dated articles (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Distinct outlets carrying the story.
    #[serde(default)]
    pub outlets: Vec<String>,
    /// Why each article is in the story: the clusterer's decision and its evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<MembershipReport>,
}

/// How an article came into its story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MembershipReport {
    pub article_id: String,
    /// `founded`, `joined` or `near_duplicate`.
    pub decision: String,
    /// Similarity to the story when it was decided, and the threshold it was held against.
    pub score: f32,
    pub threshold: f32,
    /// The story's members closest to the article, with their similarity.
    pub closest: Vec<NeighbourReport>,
    /// Terms, names and figures the article shares with the story.
    pub shared_terms: Vec<String>,
    /// Sentence-encoder cosine of the article's title and lead with the story's, when the
    /// encoder was used (a batch in several languages, or with dated headlines).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning: Option<f32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NeighbourReport {
    pub article_id: String,
    pub similarity: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OriginReport {
    pub name: String,
    pub in_corpus: bool,
    pub article_id: Option<String>,
    /// outlet / agency / person / anonymous / document / unknown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RelayReport {
    /// Name of the origin (or intermediate relay) this article took the report from.
    pub origin: String,
    pub article_id: String,
    /// The sentence and cue, or the reused passage, that shows the relay.
    pub evidence: String,
    /// When the origin is itself an article in the corpus (chains A → B → C).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin_article_id: Option<String>,
    /// `attribution` (cited) or `reuse` (undeclared copy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimReport {
    pub text: String,
    pub article_ids: Vec<String>,
    pub independent_sources: usize,
    /// The wording in each article carrying the claim.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variants: Vec<VariantReport>,
    /// The root origins the claim rests on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VariantReport {
    pub article_id: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteReport {
    pub speaker: Option<String>,
    pub text: String,
    pub article_id: String,
    pub variants: Vec<VariantReport>,
    /// `direct` or `indirect`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineReport {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (TIMEX3-style value).
    pub date: String,
    pub expression: String,
    pub text: String,
    pub article_id: String,
    /// Other articles reporting the same event.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_in: Vec<String>,
    /// Set when outlets give different dates for what looks like the same event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityReport {
    pub name: String,
    /// person / place / organisation / event
    pub kind: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub article_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticReport {
    pub source: String,
    pub location: String,
    pub message: String,
}

impl From<&Diagnostic> for DiagnosticReport {
    fn from(d: &Diagnostic) -> Self {
        DiagnosticReport { source: d.source.clone(), location: d.location.clone(), message: d.message.clone() }
    }
}
