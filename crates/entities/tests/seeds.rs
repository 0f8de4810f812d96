//! The seed articles (../shared/data/seeds): every person and place a reader expects, with the
//! aliases they are called by. Skips with a message when the data folder is absent.

use std::path::PathBuf;
use stemmata_ingest::{Format, Record, read_bytes};
use stemmata_model::Article;

fn seeds_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/seeds");
    dir.is_dir().then_some(dir)
}

fn seed_articles(dir: &std::path::Path) -> Vec<Article> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join("articles"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let bytes = std::fs::read(&p).unwrap_or_default();
        for r in read_bytes(&p.display().to_string(), &bytes, Format::Text) {
            if let Record::Article(raw) = r {
                out.push(stemmata_text::finish(raw));
            }
        }
    }
    out
}

#[test]
fn seed_entities_with_aliases() {
    let Some(dir) = seeds_dir() else {
        eprintln!("skipped: ../shared/data/seeds not found");
        return;
    };
    let articles = seed_articles(&dir);
    assert_eq!(articles.len(), 2);
    let refs: Vec<&Article> = articles.iter().collect();
    let entities = stemmata_entities::story_entities(&refs);
    for e in &entities {
        eprintln!(
            "{:<12} {:<28} {:?} {:?} {}",
            e.kind,
            e.name,
            e.aliases,
            e.roles,
            e.article_ids.len()
        );
    }
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap_or_default())
            .unwrap_or_default();
    let wanted = expected["entities"].as_array().cloned().unwrap_or_default();
    assert_eq!(wanted.len(), 16);
    let mut missing = Vec::new();
    for w in wanted {
        let name = w["name"].as_str().unwrap_or_default().to_lowercase();
        let found = entities.iter().find(|e| {
            e.name.to_lowercase() == name || e.aliases.iter().any(|a| a.to_lowercase() == name)
        });
        let Some(found) = found else {
            missing.push(name);
            continue;
        };
        for alias in w["aliases"].as_array().cloned().unwrap_or_default() {
            let alias = alias.as_str().unwrap_or_default().to_lowercase();
            if found.name.to_lowercase() != alias
                && !found.aliases.iter().any(|a| a.to_lowercase() == alias)
            {
                missing.push(format!("{name} as {alias}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing:?}");
    let role_of = |n: &str| {
        entities
            .iter()
            .find(|e| e.name == n)
            .map(|e| e.roles.join("; "))
            .unwrap_or_default()
    };
    assert!(role_of("Karoline Leavitt").contains("White House Press Secretary"));
    assert!(role_of("Steve Witkoff").contains("peace envoy"));
    assert!(role_of("Andriy Yermak").contains("chief of staff"));
}
