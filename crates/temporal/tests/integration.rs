//! End-to-end checks on real data in ../shared/data (skipped with a message when absent):
//! the seed story's timeline and the TempEval-3 scores on the dev archive.

use std::path::PathBuf;
use stemmata_ingest::{Format, Record, read_bytes};
use stemmata_model::Article;

fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    dir.is_dir().then_some(dir)
}

fn seed_articles(dir: &std::path::Path) -> Vec<Article> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join("seeds/articles"))
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
fn seed_timeline_has_the_six_dated_events() {
    let Some(dir) = data_dir() else {
        eprintln!("skipped: ../shared/data not found");
        return;
    };
    let articles = seed_articles(&dir);
    assert_eq!(articles.len(), 2);
    let refs: Vec<&Article> = articles.iter().collect();
    let timeline = stemmata_temporal::build_timeline(&refs);
    for t in &timeline {
        eprintln!(
            "{} [{}] {} ({})",
            t.date, t.expression, t.text, t.article_id
        );
    }
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("seeds/expected.json")).unwrap_or_default())
            .unwrap_or_default();
    let wanted = expected["timeline"].as_array().cloned().unwrap_or_default();
    assert_eq!(wanted.len(), 6);
    for w in wanted {
        let date = w["date"].as_str().unwrap_or_default();
        let needle = w["contains"].as_str().unwrap_or_default().to_lowercase();
        assert!(
            timeline
                .iter()
                .any(|t| t.date == date && t.text.to_lowercase().contains(&needle)),
            "no event on {date} mentioning {needle}"
        );
    }
    // Sorted by date, and the undated article's relative "Sunday" never becomes a guess of its
    // own: its only dated events are the written dates.
    assert!(timeline.windows(2).all(|w| w[0].date <= w[1].date));
}

#[test]
fn tempeval3_dev_scores() {
    let Some(dir) = data_dir() else {
        eprintln!("skipped: ../shared/data not found");
        return;
    };
    let archive = dir.join("tempeval3/tempeval3_dev.tar.zst");
    if !archive.is_file() {
        eprintln!("skipped: {} not found", archive.display());
        return;
    }
    let docs = match stemmata_temporal::eval::read_archive(&archive) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    let report = stemmata_temporal::eval::score(&docs);
    eprint!("{}", stemmata_temporal::eval::format_table(&report));
    let platinum = report
        .subcorpora
        .iter()
        .find(|s| s.name == "platinum")
        .expect("platinum subcorpus");
    // TempEval-3 Task A targets (HeidelTime on the full platinum set: 90.30 / 81.34 / 77.61).
    assert!(
        platinum.relaxed.f1 >= 0.91,
        "relaxed F1 {}",
        platinum.relaxed.f1
    );
    assert!(
        platinum.strict.f1 >= 0.84,
        "strict F1 {}",
        platinum.strict.f1
    );
    assert!(platinum.value_f1 >= 0.80, "value F1 {}", platinum.value_f1);
    assert!(
        report.overall.relaxed.f1 >= 0.90,
        "overall relaxed F1 {}",
        report.overall.relaxed.f1
    );
}
