//! What the articles of one story say in common, and what each says alone.
//!
//! - [`align_claims`]: sentences from different articles that state the same thing (by
//!   [`similarity`]) are grouped into one claim; a claim keeps every article's wording. Sentences
//!   no other article restates are the unique content of their article's outlet.
//! - [`match_quotes`]: quotes are extracted per article ([`stemmata_quotes`]) and the same quote
//!   reported by several articles, in different wordings or translations, becomes one quote with
//!   variants.
//!
//! Both are pure functions of the articles (and, optionally, an embedding encoder); outputs are
//! sorted so the same story always yields the same claims.

pub mod eval;
pub mod similarity;

/// The per-article extractor, re-exported so callers need one dependency.
pub use stemmata_embed::Encoder;
pub use stemmata_quotes as quotes;

use serde::{Deserialize, Serialize};
use similarity::{Profile, profile};
use stemmata_model::{Article, ArticleId};
use stemmata_quotes::{QuoteKind, SpeakerKind};

/// One statement and the articles carrying it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The wording of the first article carrying it.
    pub text: String,
    /// Articles carrying the claim, in the story's article order.
    pub article_ids: Vec<ArticleId>,
    /// Distinct outlet names carrying it, sorted.
    pub outlets: Vec<String>,
    /// Each article's own wording: (article id, sentence).
    pub variants: Vec<(ArticleId, String)>,
}

impl Claim {
    /// Carried by one outlet only: that outlet's unique content.
    pub fn is_unique(&self) -> bool {
        self.outlets.len() <= 1
    }
}

/// A quote with the same words reported by other articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchedQuote {
    pub speaker: Option<String>,
    pub speaker_kind: Option<SpeakerKind>,
    pub text: String,
    pub article_id: ArticleId,
    pub kind: QuoteKind,
    pub cue: Option<String>,
    /// Every wording of the quote, its own first, when other articles give it too: (article id, wording).
    pub variants: Vec<(ArticleId, String)>,
}

struct Unit {
    article: usize,
    order: usize,
    text: String,
    profile: Profile,
}

/// Disjoint sets whose members each come from a different article.
struct Groups {
    parent: Vec<usize>,
    articles: Vec<Vec<usize>>,
}

impl Groups {
    fn new(units: &[Unit]) -> Self {
        Groups { parent: (0..units.len()).collect(), articles: units.iter().map(|u| vec![u.article]).collect() }
    }
    fn find(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.parent[r] != r {
            r = self.parent[r];
        }
        let mut k = i;
        while self.parent[k] != r {
            let next = self.parent[k];
            self.parent[k] = r;
            k = next;
        }
        r
    }
    /// Merge the groups of `a` and `b` unless they share an article (one wording per article).
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb || self.articles[ra].iter().any(|x| self.articles[rb].contains(x)) {
            return;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[gone] = keep;
        let moved = std::mem::take(&mut self.articles[gone]);
        self.articles[keep].extend(moved);
    }
}

/// Is this sentence worth aligning: a statement, not a sub-heading or a fragment?
fn is_statement(s: &str) -> bool {
    let words = stemmata_text::words(s).count();
    words >= 5 && (words >= 8 || s.trim_end().ends_with(['.', '!', '?', '"', '”', '»']))
}

fn embed_all(encoder: Option<&Encoder>, texts: &[&str]) -> Option<Vec<Vec<f32>>> {
    encoder.map(|e| e.embed(texts))
}

/// Two sentences in different languages state the same figures: at least two, one of them no
/// year, and no other ("59 euros … 149 euros" / "ab 59 Euro … ab 149 Euro" / "від 149 євро … від 59
/// євро"). Across languages words cannot match; figures can.
fn same_figures(a: &similarity::Profile, b: &similarity::Profile) -> bool {
    let year = |n: &String| n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
    a.numbers.len() >= 2 && a.numbers == b.numbers && a.numbers.iter().any(|n| !year(n))
}

/// Pairs of units from different articles that state the same thing, best first; with the
/// articles' languages, also pairs across languages that state the same figures.
fn similar_pairs(units: &[Unit], languages: &[Option<&str>], vectors: Option<&[Vec<f32>]>) -> Vec<(f64, usize, usize)> {
    let mut pairs = Vec::new();
    let threshold = similarity::threshold(vectors.is_some());
    for i in 0..units.len() {
        for j in i + 1..units.len() {
            if units[i].article == units[j].article {
                continue;
            }
            let v = vectors.map(|v| (v[i].as_slice(), v[j].as_slice()));
            let s = similarity::similarity(&units[i].profile, &units[j].profile, v);
            if s >= threshold {
                pairs.push((s, i, j));
            } else if !languages.is_empty()
                && languages[units[i].article] != languages[units[j].article]
                && same_figures(&units[i].profile, &units[j].profile)
            {
                pairs.push((threshold, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    pairs
}

/// Group the sentences (and titles) of a story's articles into claims. Shared claims come first
/// (most articles first), then each article's unique statements in article and text order.
/// A story of one article has no claims to align and yields none.
pub fn align_claims(articles: &[&Article], encoder: Option<&Encoder>) -> Vec<Claim> {
    if articles.len() < 2 {
        return Vec::new();
    }
    let mut units = Vec::new();
    for (ai, article) in articles.iter().enumerate() {
        let mut texts: Vec<String> = Vec::new();
        if is_statement(&article.title) || stemmata_text::words(&article.title).count() >= 5 {
            texts.push(article.title.trim().to_string());
        }
        texts.extend(article.sentence_texts().map(|s| s.trim().trim_start_matches(['-', '•', '–', '—', ' ']).to_string()).filter(|s| is_statement(s)));
        for (order, text) in texts.into_iter().enumerate() {
            units.push(Unit { article: ai, order, profile: profile(&text), text });
        }
    }
    let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
    let vectors = embed_all(encoder, &texts);
    let mut groups = Groups::new(&units);
    let languages: Vec<Option<&str>> = articles.iter().map(|a| a.language.as_deref()).collect();
    for (_, i, j) in similar_pairs(&units, &languages, vectors.as_deref()) {
        groups.union(i, j);
    }
    let mut members: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for i in 0..units.len() {
        let r = groups.find(i);
        members.entry(r).or_default().push(i);
    }
    let mut claims: Vec<(usize, usize, usize, Claim)> = members
        .into_values()
        .map(|mut m| {
            m.sort_by_key(|&i| (units[i].article, units[i].order));
            let first = &units[m[0]];
            let mut outlets: Vec<String> = m.iter().map(|&i| articles[units[i].article].outlet_name().to_string()).collect();
            outlets.sort();
            outlets.dedup();
            let claim = Claim {
                text: first.text.clone(),
                article_ids: m.iter().map(|&i| articles[units[i].article].id.clone()).collect(),
                outlets,
                variants: m.iter().map(|&i| (articles[units[i].article].id.clone(), units[i].text.clone())).collect(),
            };
            (m.len(), first.article, first.order, claim)
        })
        .collect();
    claims.sort_by(|a, b| {
        let shared_a = a.0 > 1;
        let shared_b = b.0 > 1;
        shared_b.cmp(&shared_a).then(b.0.cmp(&a.0)).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2))
    });
    claims.into_iter().map(|c| c.3).collect()
}

/// Could two speakers be the same? Unnamed and unresolved speakers match anyone; named ones
/// must share their last name.
fn compatible_speakers(a: &MatchedQuote, b: &MatchedQuote) -> bool {
    let named = |q: &MatchedQuote| matches!(q.speaker_kind, Some(SpeakerKind::Person) | Some(SpeakerKind::Organisation));
    if !named(a) || !named(b) {
        return true;
    }
    let last = |q: &MatchedQuote| q.speaker.as_deref().and_then(|s| s.split_whitespace().last()).map(stemmata_text::fold);
    last(a) == last(b)
}

/// The quotes of every article, in article and text order, before matching.
pub fn article_quotes(article: &Article) -> Vec<MatchedQuote> {
    let text = article.text.as_str();
    let mut out = Vec::new();
    for a in stemmata_quotes::extract(text) {
        let Some(speaker) = a.speaker.clone() else { continue };
        let cue = a.cue.map(|c| c.slice(text).trim_end_matches(':').trim().to_string()).filter(|c| !c.is_empty());
        let make = |words: String, kind: QuoteKind| MatchedQuote {
            speaker: Some(speaker.clone()),
            speaker_kind: a.speaker_kind,
            text: words,
            article_id: article.id.clone(),
            kind,
            cue: cue.clone(),
            variants: Vec::new(),
        };
        match a.kind {
            QuoteKind::Direct => {
                for part in &a.content {
                    let words = stemmata_quotes::clean_quote(part.slice(text));
                    if !words.is_empty() {
                        out.push(make(words, QuoteKind::Direct));
                    }
                }
            }
            QuoteKind::Indirect => {
                // Reported speech too short to say anything ("reported the information") is left out.
                let reported = a.content_text(text);
                if stemmata_text::words(&reported).count() >= 4 {
                    out.push(make(reported, QuoteKind::Indirect));
                }
                // Partial quotes inside reported speech are the speaker's own words too.
                for part in &a.partial {
                    let words = stemmata_quotes::clean_quote(part.slice(text));
                    if stemmata_text::words(&words).count() >= 2 {
                        out.push(make(words, QuoteKind::Direct));
                    }
                }
            }
        }
    }
    out
}

/// Extract the quotes of a story's articles and merge the same quote reported by several
/// articles into one, with the other articles' wordings as variants.
pub fn match_quotes(articles: &[&Article], encoder: Option<&Encoder>) -> Vec<MatchedQuote> {
    let quotes: Vec<(usize, MatchedQuote)> =
        articles.iter().enumerate().flat_map(|(ai, a)| article_quotes(a).into_iter().map(move |q| (ai, q))).collect();
    let units: Vec<Unit> = quotes
        .iter()
        .enumerate()
        .map(|(order, (ai, q))| Unit { article: *ai, order, text: q.text.clone(), profile: profile(&q.text) })
        .collect();
    let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
    let vectors = if articles.len() > 1 { embed_all(encoder, &texts) } else { None };
    let mut groups = Groups::new(&units);
    for (_, i, j) in similar_pairs(&units, &[], vectors.as_deref()) {
        let (a, b) = (&quotes[i].1, &quotes[j].1);
        if a.kind == b.kind && compatible_speakers(a, b) {
            groups.union(i, j);
        }
    }
    let mut out: Vec<MatchedQuote> = Vec::new();
    let mut index_of_root: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for (i, (_, q)) in quotes.iter().enumerate() {
        let root = groups.find(i);
        match index_of_root.get(&root) {
            Some(&k) => {
                if out[k].variants.is_empty() {
                    let own = (out[k].article_id.clone(), out[k].text.clone());
                    out[k].variants.push(own);
                }
                out[k].variants.push((q.article_id.clone(), q.text.clone()));
                // A named speaker beats an anonymous one for the merged quote.
                if out[k].speaker_kind != Some(SpeakerKind::Person) && q.speaker_kind == Some(SpeakerKind::Person) {
                    out[k].speaker = q.speaker.clone();
                    out[k].speaker_kind = q.speaker_kind;
                }
            }
            None => {
                index_of_root.insert(root, out.len());
                out.push(q.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use stemmata_model::{Outlet, Span};

    fn article(id: &str, outlet: &str, title: &str, sentences: &[&str]) -> Article {
        let text = sentences.join(" ");
        let mut spans = Vec::new();
        let mut at = 0;
        for s in sentences {
            spans.push(Span::new(at, at + s.len()));
            at += s.len() + 1;
        }
        Article {
            id: id.into(),
            source: format!("{id}.txt"),
            url: None,
            outlet: Some(Outlet { name: outlet.into(), domain: None }),
            title: title.into(),
            byline: None,
            published: None,
            language: Some("en".into()),
            text,
            sentences: spans,
            extra: Default::default(),
        }
    }

    #[test]
    fn the_same_figures_align_across_languages_only() {
        let en = article("en", "Harbour Post", "Night train", &["A couchette berth will cost from 59 euros and a sleeper compartment from 149 euros."]);
        let mut de = article("de", "Rheinblick", "Nachtzug", &["Ein Platz im Liegewagen soll ab 59 Euro kosten, ein Schlafwagenabteil ab 149 Euro."]);
        de.language = Some("de".into());
        let claims = align_claims(&[&en, &de], None);
        assert!(claims.iter().any(|c| c.article_ids.len() == 2), "{claims:?}");
        // In one language the words must agree too.
        let other = article("b", "Lindental Post", "Ferry", &["Ferry tickets rise from 59 euros to 149 euros in the summer season."]);
        let claims = align_claims(&[&en, &other], None);
        assert!(claims.iter().all(|c| c.article_ids.len() == 1), "{claims:?}");
    }

    #[test]
    fn restatements_align_and_the_rest_is_unique() {
        let a = article("a", "Harbour Post", "Harbour closed", &[
            "The city council voted to close the old harbour to cargo ships from next spring.",
            "Fishermen protested outside the town hall on Monday evening.",
        ]);
        let b = article("b", "Coast Daily", "Harbour to shut", &[
            "From next spring the old harbor will be closed to cargo ships, the city council decided.",
            "The mayor promised compensation for the dock workers who lose their jobs.",
        ]);
        let claims = align_claims(&[&a, &b], None);
        assert_eq!(claims[0].article_ids, vec!["a", "b"]);
        assert_eq!(claims[0].outlets, vec!["Coast Daily", "Harbour Post"]);
        let unique: Vec<&str> = claims.iter().filter(|c| c.is_unique()).map(|c| c.text.as_str()).collect();
        assert!(unique.iter().any(|t| t.starts_with("Fishermen")));
        assert!(unique.iter().any(|t| t.starts_with("The mayor")));
    }

    #[test]
    fn same_quote_in_two_wordings_is_one_quote() {
        let a = article("a", "Harbour Post", "t", &["\"It is increasingly clear the ministry does not care about the fishermen,\" said one source."]);
        let b = article("b", "Coast Daily", "t", &["One source said: \"It is becoming increasingly clear that the ministry does not care what fishermen think.\""]);
        let quotes = match_quotes(&[&a, &b], None);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].variants.len(), 2);
        assert_eq!(quotes[0].variants[1].0, "b");
    }
}
