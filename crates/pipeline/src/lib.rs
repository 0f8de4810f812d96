//! The analysis pipeline: cluster articles into stories, then analyze each story (provenance,
//! claims, quotes, timeline, entities) and fill the `analyze --json` output contract.
//!
//! Pure and deterministic: the same articles in any order give the same report, byte for byte.
//! Articles are sorted by (publication time, id) before anything else looks at them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use stemmata_model::report::{ArticleSummary, MembershipReport, NeighbourReport, ClaimReport, DiagnosticReport, QuoteReport, Report, StoryReport, VariantReport};
use stemmata_model::{Article, Diagnostic, Published, Story};

/// Analysis settings shared by the CLI, the server and the evals.
#[derive(Clone, Default)]
pub struct Options {
    /// The multilingual sentence encoder, when its model is installed: claims and quotes are
    /// then also matched across languages and wordings by meaning. `None` is lexical mode.
    pub encoder: Option<Arc<stemmata_embed::Encoder>>,
}

impl Options {
    /// Lexical mode, plus the sentence encoder if its model is found (`STEMMATA_MODEL_DIR` or
    /// `models/usem3`); nothing is downloaded.
    pub fn from_env() -> Self {
        Options { encoder: stemmata_embed::Encoder::from_env().map(Arc::new) }
    }
}

impl std::fmt::Debug for Options {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Options").field("encoder", &self.encoder.is_some()).finish()
    }
}

/// Stream order: dated articles by time, undated ones after them, ties by id.
pub fn stream_order(articles: &mut [Article]) {
    articles.sort_by(|a, b| {
        let ka = a.published.map(|p| p.latest()).unwrap_or(i64::MAX);
        let kb = b.published.map(|p| p.latest()).unwrap_or(i64::MAX);
        ka.cmp(&kb).then_with(|| a.id.cmp(&b.id))
    });
}

/// Group articles into stories (online, time-aware, multilingual; see `stemmata-cluster`).
pub fn cluster(articles: &[Article], options: &Options) -> Vec<Story> {
    clustering(articles, options).stories
}

/// Stories with the evidence of every assignment (closest articles, shared terms, score and
/// threshold) and the merges made on the way.
pub fn clustering(articles: &[Article], options: &Options) -> stemmata_cluster::Clustering {
    let embeddings = clustering_embeddings(articles, options.encoder.as_deref());
    stemmata_cluster::cluster_batch_with_embeddings(articles, embeddings.as_deref(), &stemmata_cluster::Config::default())
}

/// Characters of an article's text embedded after its title for clustering: the lead, which
/// says what happened.
const CLUSTER_LEAD_CHARS: usize = 300;

/// Whether the clusterer would weigh sentence embeddings for these articles: between an article
/// and a story in different languages, and for a dated headline (a text shorter than the lead)
/// against a story of its language within hours. Not for a batch in one language of full or
/// undated texts, where the encoder would change nothing.
pub fn clustering_uses_embeddings(articles: &[Article]) -> bool {
    let languages: BTreeSet<&str> = articles.iter().filter_map(|a| a.language.as_deref()).collect();
    let headline = |a: &Article| a.published.is_some() && a.text.trim().chars().nth(CLUSTER_LEAD_CHARS).is_none();
    languages.len() >= 2 || articles.iter().any(headline)
}

/// One sentence embedding per article (its title and lead) for the clusterer (see
/// [`clustering_uses_embeddings`]): `None` without an encoder or when the clusterer would not use
/// them, so such a batch costs nothing more.
pub fn clustering_embeddings(articles: &[Article], encoder: Option<&stemmata_embed::Encoder>) -> Option<Vec<Vec<f32>>> {
    let encoder = encoder?;
    if !clustering_uses_embeddings(articles) {
        return None;
    }
    let texts: Vec<String> = articles
        .iter()
        .map(|a| {
            let lead: String = a.text.chars().take(CLUSTER_LEAD_CHARS).collect();
            format!("{}. {}", a.title.trim_end_matches(['.', ' ']), lead)
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    Some(encoder.embed(&refs))
}

/// Analyze one story whose articles are given in stream order.
pub fn analyze_story(story: &Story, articles: &[&Article], options: &Options) -> StoryReport {
    let encoder = options.encoder.as_deref();
    let mut report = StoryReport {
        id: story.id.clone(),
        title: story.title.clone(),
        article_ids: story.article_ids.clone(),
        ..Default::default()
    };
    let dated: Vec<Published> = articles.iter().filter_map(|a| a.published).collect();
    report.first_seen = dated.iter().min_by_key(|p| p.unix).map(|p| p.to_rfc3339());
    report.last_seen = dated.iter().max_by_key(|p| p.unix).map(|p| p.to_rfc3339());
    report.outlets = articles
        .iter()
        .filter_map(|a| a.outlet.as_ref().map(|o| o.name.clone()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();

    // Stages (each fills its part of the report):
    // [provenance] origins, relays
    // (A fault in the rules on one story's text costs that story its provenance, not the run:
    // the story is reported without origins and the fault on stderr.)
    let provenance = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stemmata_provenance::analyze(articles))).unwrap_or_else(|_| {
        eprintln!("error: story {}: provenance analysis failed; the story is reported without origins and relays", story.id);
        stemmata_provenance::Provenance::default()
    });
    report.origins = provenance.origin_reports();
    report.relays = provenance.relay_reports();
    // [claims] claims with independent-source counts
    report.claims = stemmata_claims::align_claims(articles, encoder)
        .into_iter()
        .map(|c| {
            let ids = c.article_ids.iter().map(String::as_str);
            ClaimReport {
                independent_sources: stemmata_provenance::independent_sources(&provenance, ids.clone()),
                sources: stemmata_provenance::sources_of(&provenance, ids),
                variants: c.variants.into_iter().map(|(article_id, text)| VariantReport { article_id, text }).collect(),
                text: c.text,
                article_ids: c.article_ids,
            }
        })
        .collect();
    // [quotes] quotes with speakers and variants
    report.quotes = stemmata_claims::match_quotes(articles, encoder)
        .into_iter()
        .map(|q| QuoteReport {
            speaker: q.speaker,
            text: q.text,
            article_id: q.article_id,
            variants: q.variants.into_iter().map(|(article_id, text)| VariantReport { article_id, text }).collect(),
            kind: Some(q.kind.as_str().to_string()),
            cue: q.cue,
        })
        .collect();
    // [timeline] dated events
    report.timeline = stemmata_temporal::build_timeline(articles);
    // [entities] entities with aliases and roles
    report.entities = stemmata_entities::story_entities(articles);
    // A speaker named in another script or by surname alone is the person entity it is an alias
    // of ("Антон Вайс" and "Weiss" are "Anton Weiss"), so one person's quotes go together. A
    // different full name in the same script stays as it is: people are keyed by surname, so
    // "Hunter Biden" may be listed under "Joe Biden" and is still not him.
    let cyrillic = stemmata_text::has_cyrillic;
    for q in &mut report.quotes {
        let Some(speaker) = q.speaker.as_deref() else { continue };
        let mut people = report.entities.iter().filter(|e| e.kind == "person");
        if let Some(e) = people.find(|e| {
            e.name != speaker
                && e.aliases.iter().any(|a| a == speaker)
                && (!speaker.contains(' ') || cyrillic(speaker) != cyrillic(&e.name))
        }) {
            q.speaker = Some(e.name.clone());
        }
    }
    report
}

/// One outlet is one name: an outlet known here by its domain (`easternwire.example` read as
/// `Easternwire`) and elsewhere by its name (`Eastern Wire`) is shown, and counted, once, under
/// the most written-out of its names (most words, then most capitals; ties alphabetical).
fn one_name_per_outlet(articles: &mut [Article]) {
    let rank = |n: &str| (n.split_whitespace().count(), n.chars().filter(|c| c.is_uppercase()).count());
    let mut best: BTreeMap<String, String> = BTreeMap::new();
    for o in articles.iter().filter_map(|a| a.outlet.as_ref()) {
        let key = stemmata_attribution::outlet_key(&o.name);
        if key.is_empty() {
            continue;
        }
        let e = best.entry(key).or_insert_with(|| o.name.clone());
        if rank(&o.name) > rank(e) || (rank(&o.name) == rank(e) && o.name < *e) {
            *e = o.name.clone();
        }
    }
    // A name read off a domain (`Kyivledger`) is written out where an article names the outlet
    // in running text (`Kyiv Ledger`): two or three capitalised words that make up the key.
    let unspaced: BTreeSet<String> =
        best.iter().filter(|(_, n)| !n.contains(' ')).map(|(k, _)| k.clone()).collect();
    if !unspaced.is_empty() {
        let mut found: BTreeMap<String, String> = BTreeMap::new();
        for a in articles.iter() {
            let text = a.text.as_str();
            let spans = stemmata_text::word_spans(text);
            let capital = |k: usize| text[spans[k].0..].chars().next().is_some_and(|c| c.is_ascii_uppercase());
            for i in 0..spans.len() {
                if !capital(i) {
                    continue;
                }
                let mut key = text[spans[i].0..spans[i].1].to_lowercase();
                for j in i + 1..(i + 3).min(spans.len()) {
                    if !capital(j) || &text[spans[j - 1].1..spans[j].0] != " " {
                        break;
                    }
                    key.push_str(&text[spans[j].0..spans[j].1].to_lowercase());
                    if unspaced.contains(&key) {
                        found.entry(key.clone()).or_insert_with(|| text[spans[i].0..spans[j].1].to_string());
                    }
                }
            }
        }
        for (key, name) in found {
            best.insert(key, name);
        }
    }
    for o in articles.iter_mut().filter_map(|a| a.outlet.as_mut()) {
        if let Some(name) = best.get(&stemmata_attribution::outlet_key(&o.name)) {
            o.name.clone_from(name);
        }
    }
}

/// The whole analysis: stories and their reports, plus the diagnostics of reading.
pub fn analyze(articles: &[Article], diagnostics: &[Diagnostic], options: &Options) -> Report {
    let mut ordered: Vec<Article> = articles.to_vec();
    stream_order(&mut ordered);
    // The same article read twice (same content id) is analyzed once.
    ordered.dedup_by(|a, b| a.id == b.id);
    one_name_per_outlet(&mut ordered);
    let clustering = clustering(&ordered, options);
    let stories = clustering.stories;
    let mut why: BTreeMap<&str, Vec<MembershipReport>> = BTreeMap::new();
    for a in &clustering.assignments {
        why.entry(a.story_id.as_str()).or_default().push(MembershipReport {
            article_id: a.article_id.clone(),
            decision: serde_json::to_value(a.decision)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            score: a.score,
            threshold: a.threshold,
            closest: a
                .closest
                .iter()
                .map(|n| NeighbourReport { article_id: n.article_id.clone(), similarity: n.similarity })
                .collect(),
            shared_terms: a.shared_terms.clone(),
            meaning: a.meaning,
        });
    }
    let by_id: BTreeMap<&str, &Article> = ordered.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut story_of: BTreeMap<&str, &str> = BTreeMap::new();
    let mut story_reports = Vec::with_capacity(stories.len());
    for story in &stories {
        let members: Vec<&Article> = story.article_ids.iter().filter_map(|id| by_id.get(id.as_str()).copied()).collect();
        for a in &members {
            story_of.insert(a.id.as_str(), story.id.as_str());
        }
        let mut report = analyze_story(story, &members, options);
        report.why = why.remove(story.id.as_str()).unwrap_or_default();
        story_reports.push(report);
    }
    // Biggest stories first, then by id, so the report reads like a front page and stays stable.
    story_reports.sort_by(|a, b| b.article_ids.len().cmp(&a.article_ids.len()).then_with(|| a.id.cmp(&b.id)));
    let articles = ordered
        .iter()
        .map(|a| {
            let mut s = ArticleSummary::from_article(a);
            s.story_id = story_of.get(a.id.as_str()).map(|s| s.to_string());
            s
        })
        .collect();
    Report {
        articles,
        stories: story_reports,
        diagnostics: diagnostics.iter().map(DiagnosticReport::from).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, language: &str, title: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            source: id.into(),
            url: None,
            outlet: None,
            title: title.into(),
            byline: None,
            published: None,
            language: Some(language.into()),
            text: text.into(),
            sentences: Vec::new(),
            extra: Default::default(),
        }
    }

    #[test]
    fn an_outlet_known_by_its_domain_and_its_name_is_one_outlet() {
        let mut a = article("a1", "en", "Night train to Lviv", "Kestrel Rail will run a night train to Lviv.");
        a.outlet = Some(stemmata_text::outlet::from_domain("easternwire.example"));
        let mut b = article("a2", "en", "Night train to Lviv", "Kestrel Rail will run a night train to Lviv from June.");
        b.outlet = Some(stemmata_model::Outlet { name: "Eastern Wire".into(), domain: None });
        let mut c = article("a3", "en", "Night train to Lviv", "Kestrel Rail runs a night train to Lviv.");
        c.outlet = Some(stemmata_model::Outlet { name: "Western Wire".into(), domain: None });
        let report = analyze(&[a, b, c], &[], &Options::default());
        assert_eq!(report.stories.len(), 1, "{:?}", report.stories);
        assert_eq!(report.stories[0].outlets, vec!["Eastern Wire".to_string(), "Western Wire".to_string()]);
    }

    #[test]
    fn an_outlet_named_in_running_text_is_shown_by_that_name() {
        let mut a = article("a1", "en", "Spill in Zoriane", "Ammonia leaked into the river, the Kyiv Ledger learned.");
        a.outlet = Some(stemmata_text::outlet::from_domain("kyivledger.example"));
        let mut b = article("a2", "en", "Spill in Zoriane", "Ammonia leaked into the river on Thursday.");
        b.outlet = Some(stemmata_text::outlet::from_domain("northpost.example"));
        let report = analyze(&[a, b], &[], &Options::default());
        let outlets: Vec<&String> = report.stories.iter().flat_map(|s| &s.outlets).collect();
        assert!(outlets.iter().any(|o| *o == "Kyiv Ledger"), "{outlets:?}");
        assert!(outlets.iter().any(|o| *o == "Northpost"), "{outlets:?}");
    }

    #[test]
    fn a_speaker_named_in_another_script_is_the_person_entity() {
        let en = article(
            "a1",
            "en",
            "Night train to Lviv",
            "Kestrel Rail chief executive Anton Weiss announced the service on Wednesday. \
             \"The demand is there,\" Weiss said. \"The day trains are sold out for months.\"",
        );
        let uk = article(
            "a2",
            "uk",
            "Нічний потяг до Львова",
            "Генеральний директор Kestrel Rail Антон Вайс оголосив про рейс у середу. \
             «Попит є, денні потяги розпродані на місяці вперед», — сказав Антон Вайс.",
        );
        let story = Story {
            id: "s-1".into(),
            title: "Night train to Lviv".into(),
            article_ids: vec!["a1".into(), "a2".into()],
            first_seen: None,
            last_seen: None,
        };
        let report = analyze_story(&story, &[&en, &uk], &Options::default());
        let weiss = report.entities.iter().find(|e| e.kind == "person" && e.name.contains("Weiss"));
        let weiss = weiss.unwrap_or_else(|| panic!("{:?}", report.entities));
        assert!(weiss.aliases.iter().any(|a| a.contains("Вайс")), "{weiss:?}");
        let speakers: BTreeSet<_> = report.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        assert!(report.quotes.len() >= 2, "{:?}", report.quotes);
        assert_eq!(speakers, BTreeSet::from([weiss.name.as_str()]), "{:?}", report.quotes);
    }

    #[test]
    fn a_namesake_keeps_his_own_quotes() {
        let a = article(
            "a1",
            "en",
            "Biden speaks",
            "President Joe Biden spoke on Monday. \"We will act,\" Joe Biden said. \"Soon,\" Biden said.              Joe Biden left. \"I am proud of my father,\" Hunter Biden said.",
        );
        let story = Story {
            id: "s-1".into(),
            title: "Biden speaks".into(),
            article_ids: vec!["a1".into()],
            first_seen: None,
            last_seen: None,
        };
        let report = analyze_story(&story, &[&a], &Options::default());
        let hunter = report.quotes.iter().find(|q| q.text.contains("proud"));
        assert_eq!(hunter.and_then(|q| q.speaker.as_deref()), Some("Hunter Biden"), "{:?}", report.quotes);
    }
}
