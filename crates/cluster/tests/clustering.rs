//! What a user of the clusterer notices: look-alike events kept apart, one event reported in four
//! languages kept together, the seed articles in one story, the same stories whatever the input
//! order, and a reason for every assignment.

use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use stemmata_cluster::{Config, Decision, cluster, eval, metrics};
use stemmata_model::Article;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn multilingual() -> eval::Labelled {
    let path = repo_root().join("testdata/clustering/multilingual.tsv");
    let content = eval::read_file(&path).expect("the invented set is in the repository");
    eval::read_labelled("multilingual.tsv", &content).expect("our labelled format")
}

/// Story of each article as sets of article indices, independent of story ids and order.
fn partition(articles: &[Article], assignments: &[stemmata_cluster::Assignment]) -> BTreeSet<BTreeSet<String>> {
    let mut by_story: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for (a, s) in articles.iter().zip(assignments) {
        by_story.entry(s.story_id.as_str()).or_default().insert(a.source.clone());
    }
    by_story.into_values().collect()
}

#[test]
fn multilingual_lookalikes_stay_apart_and_languages_come_together() {
    let set = multilingual();
    let result = cluster(&set.articles, &Config::default());
    let predicted: Vec<&str> = result.assignments.iter().map(|a| a.story_id.as_str()).collect();
    let scores = metrics::bcubed(&predicted, &set.gold);
    println!("multilingual set: B-cubed P {:.3} R {:.3} F1 {:.3}", scores.precision, scores.recall, scores.f1);
    // Look-alike stories (two quakes, two fires, two rate decisions, ...) are never mixed.
    assert!(scores.precision >= 0.97, "look-alike stories were merged: {scores:?}");
    assert!(scores.f1 >= 0.85, "{scores:?}");
    // Every story in at least three languages has at least two languages in one predicted story.
    let mut languages_together = 0;
    for story in result.stories.iter() {
        let langs: BTreeSet<&str> = story
            .article_ids
            .iter()
            .filter_map(|id| set.articles.iter().find(|a| &a.id == id))
            .filter_map(|a| a.language.as_deref())
            .collect();
        if langs.len() >= 3 {
            languages_together += 1;
        }
    }
    assert!(languages_together >= 12, "only {languages_together} stories gathered three or more languages");
}

#[test]
fn chile_and_turkey_quakes_are_two_stories_and_the_chilean_one_is_one() {
    let set = multilingual();
    let result = cluster(&set.articles, &Config::default());
    let story_of = |label: &str| -> BTreeSet<&str> {
        set.gold
            .iter()
            .zip(&result.assignments)
            .filter(|(g, _)| g.as_str() == label)
            .map(|(_, a)| a.story_id.as_str())
            .collect()
    };
    let chile = story_of("quake-chile");
    let turkey = story_of("quake-turkey");
    assert_eq!(chile.len(), 1, "the Chilean quake in en/uk/de was split");
    assert!(chile.is_disjoint(&turkey), "the two quakes were merged");
}

fn seed_article(path: &Path) -> Article {
    // Seed text layout: title line, optional outlet and date lines, blank line, body.
    let raw = std::fs::read_to_string(path).expect("seed file readable");
    let (head, body) = raw.split_once("\n\n").unwrap_or((raw.as_str(), ""));
    let title = head.lines().next().unwrap_or("").to_owned();
    Article {
        id: Article::content_id(None, None, &title, body),
        source: path.display().to_string(),
        url: None,
        outlet: None,
        title,
        byline: None,
        published: None,
        language: Some("en".into()),
        text: body.to_owned(),
        sentences: Vec::new(),
        extra: Default::default(),
    }
}

#[test]
fn the_two_seed_articles_are_one_story() {
    let dir = repo_root().join("../shared/data/seeds/articles");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    let mut articles: Vec<Article> = paths.iter().map(|p| seed_article(p)).collect();
    // Among unrelated stories, so that the pair is not one story merely for lack of others.
    articles.extend(multilingual().articles);
    let result = cluster(&articles, &Config::default());
    assert_eq!(result.assignments[0].story_id, result.assignments[1].story_id, "{:?}", result.assignments[1]);
    let seed_story = &result.assignments[0].story_id;
    assert_eq!(result.assignments.iter().filter(|a| &a.story_id == seed_story).count(), 2);
}

/// An English report, dated to the second when `unix` is given.
fn report(id: &str, title: &str, text: &str, unix: Option<i64>) -> Article {
    use stemmata_model::{DatePrecision, DateSource, Published};
    Article {
        id: id.into(),
        source: id.into(),
        url: None,
        outlet: None,
        title: title.into(),
        byline: None,
        published: unix.map(|u| Published::new(u, 0, DatePrecision::Second, DateSource::Header)),
        language: Some("en".into()),
        text: text.into(),
        sentences: Vec::new(),
        extra: Default::default(),
    }
}

#[test]
fn an_undated_report_joins_an_older_story_whatever_came_since() {
    let mut articles = vec![
        report(
            "dated",
            "Harbour authority closes Kelp Island ferry pier after crack found",
            "The Kelp Island harbour authority closed the ferry pier on Tuesday after inspectors found a crack in its main beam.",
            Some(1_764_000_000),
        ),
        report(
            "undated",
            "Kelp Island ferry pier closed over cracked beam",
            "Inspectors found a crack in the main beam of the Kelp Island ferry pier, and the harbour authority closed it.",
            None,
        ),
    ];
    // Months of other news since: the stream's clock is far past the pier story.
    articles.extend(multilingual().articles);
    let result = cluster(&articles, &Config::default());
    let story = |id: &str| &result.assignments.iter().find(|a| a.article_id == id).expect("assigned").story_id;
    assert_eq!(story("dated"), story("undated"));
}

#[test]
fn a_copy_of_a_closed_story_starts_a_new_one() {
    // A town hall reuses last month's notice word for word: the same text is another event.
    let body = "The town hall of Brindmoor announced that the northern car park will be closed for resurfacing \
                from Monday, and residents are asked to use the market square car park instead while the work \
                lasts. Buses will stop at the market square as usual, the notice said, and the work should take \
                about a week if the weather holds.";
    let make = |id: &str, unix: i64| report(id, "Brindmoor closes northern car park for resurfacing", body, Some(unix));
    let day = 86_400;
    let start = 1_764_000_000;
    let articles = [make("march", start), make("march-copy", start + day), make("april", start + 30 * day)];
    let result = cluster(&articles, &Config::default());
    let a = &result.assignments;
    assert_eq!(a[1].decision, Decision::NearDuplicate);
    assert_eq!(a[0].story_id, a[1].story_id);
    assert_ne!(a[0].story_id, a[2].story_id, "{:?}", a[2]);
}

#[test]
fn a_german_report_read_first_meets_its_translations_in_a_batch() {
    use stemmata_model::{DatePrecision, DateSource, Published};
    // Our hand-written provenance story h06: a German original (file 01) and its en/uk/ru
    // translations, read in file order, each file's language in its name (`01_de.txt`).
    let dir = repo_root().join("testdata/provenance-hand/stories/h06_translation_one_undeclared");
    let entries = std::fs::read_dir(&dir).expect("hand set in the repository");
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    let articles: Vec<Article> = paths
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut a = seed_article(p);
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            a.language = stem.rsplit('_').next().map(str::to_owned);
            let unix = 1_764_000_000 + i as i64 * 3600;
            a.published = Some(Published::new(unix, 0, DatePrecision::Second, DateSource::Header));
            a
        })
        .collect();
    assert_eq!(articles[0].language.as_deref(), Some("de"));
    // Read as a stream, the German report comes before anything taught which of its capitalised
    // words are names (it starts a story of its own); in a batch the other reports teach it first.
    let batch = stemmata_cluster::cluster_batch(&articles, &Config::default());
    let stories: BTreeSet<&str> = batch.assignments.iter().map(|a| a.story_id.as_str()).collect();
    assert_eq!(stories.len(), 1, "{:?}", batch.assignments);
}

#[test]
fn every_assignment_says_why() {
    let set = multilingual();
    let result = cluster(&set.articles, &Config::default());
    for a in &result.assignments {
        match a.decision {
            Decision::Joined => {
                assert!(a.score >= a.threshold, "{a:?}");
                assert!(!a.closest.is_empty(), "a joined article names its closest story members: {a:?}");
                assert!(!a.shared_terms.is_empty(), "{a:?}");
            }
            Decision::NearDuplicate => assert!(!a.closest.is_empty()),
            Decision::Founded => assert!(a.score < a.threshold, "{a:?}"),
        }
    }
    // Story ids are the founders' ids and every story lists its articles once.
    for s in &result.stories {
        let unique: BTreeSet<&String> = s.article_ids.iter().collect();
        assert_eq!(unique.len(), s.article_ids.len());
        assert!(s.article_ids.iter().any(|id| stemmata_model::story_id_for(id) == s.id), "{}", s.id);
    }
}

#[test]
fn reruns_are_identical() {
    let set = multilingual();
    let a = cluster(&set.articles, &Config::default());
    let b = cluster(&set.articles, &Config::default());
    assert_eq!(a, b);
}

#[test]
fn compressed_and_plain_evaluation_files_read_alike() {
    let path = repo_root().join("../shared/data/uci-news/dev.tsv.zst");
    if !path.exists() {
        println!("skipped: {} is absent", path.display());
        return;
    }
    let content = eval::read_file(&path).expect("zstd decodes");
    let set = eval::read_labelled("uci", &content).expect("UCI header");
    assert_eq!(set.format, "uci");
    assert_eq!(set.articles.len(), 1717);
    let scores = eval::evaluate_clustering(&set, &Config::default());
    println!("UCI dev: {scores:?}");
    assert!(scores.bcubed.f1 >= 0.8, "{scores:?}");
}

fn shuffled<T: Clone>(items: &[T], keys: &[u64]) -> Vec<T> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    idx.sort_by_key(|&i| (keys.get(i).copied().unwrap_or(0), i));
    idx.into_iter().map(|i| items[i].clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Articles with equal timestamps (here: all of a day share one) give the same stories in
    /// any input order.
    #[test]
    fn input_order_does_not_matter(keys in proptest::collection::vec(any::<u64>(), 64)) {
        let mut articles = multilingual().articles;
        for a in &mut articles {
            if let Some(p) = a.published.as_mut() {
                p.unix -= p.unix.rem_euclid(86_400);
            }
        }
        let base = cluster(&articles, &Config::default());
        let permuted = shuffled(&articles, &keys);
        let other = cluster(&permuted, &Config::default());
        prop_assert_eq!(partition(&articles, &base.assignments), partition(&permuted, &other.assignments));
        let ids = |c: &stemmata_cluster::Clustering| c.stories.iter().map(|s| s.id.clone()).collect::<BTreeSet<_>>();
        prop_assert_eq!(ids(&base), ids(&other));
    }
}
