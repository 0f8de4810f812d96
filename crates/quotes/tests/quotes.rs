//! Extraction on invented articles in English, Ukrainian and Russian (`testdata/quotes`), and
//! the PolNeAR dev archive when the shared data is present.

use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `*.expected.tsv` line (kind, speaker, words the content contains) must be found.
#[test]
fn invented_articles_give_expected_quotes_and_speakers() {
    let dir = repo_root().join("testdata/quotes");
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata/quotes exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for expected_path in entries
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".expected.tsv"))
    {
        let text_path = PathBuf::from(
            expected_path
                .to_string_lossy()
                .replace(".expected.tsv", ".txt"),
        );
        let text = std::fs::read_to_string(&text_path).expect("fixture text");
        let found = stemmata_quotes::extract(&text);
        let expected = std::fs::read_to_string(expected_path).expect("expected file");
        for line in expected.lines().filter(|l| !l.trim().is_empty()) {
            let fields: Vec<&str> = line.split('\t').collect();
            let (kind, speaker, needle) = (fields[0], fields[1], fields[2]);
            let hit = found.iter().any(|a| {
                a.kind.as_str() == kind
                    && a.speaker
                        .as_deref()
                        .is_some_and(|s| s.contains(speaker) || speaker.contains(s))
                    && a.content
                        .iter()
                        .chain(&a.partial)
                        .any(|c| c.slice(&text).contains(needle))
            });
            let summary: Vec<String> = found
                .iter()
                .map(|a| {
                    format!(
                        "[{}] {:?} <- {}",
                        a.kind.as_str(),
                        a.speaker,
                        a.content_text(&text)
                    )
                })
                .collect();
            assert!(
                hit,
                "{}: no {kind} quote by {speaker} containing {needle:?}; found:\n{}",
                text_path.display(),
                summary.join("\n")
            );
            checked += 1;
        }
    }
    assert!(checked >= 15);
}

#[test]
fn polnear_direct_quotes_meet_targets() {
    let archive = repo_root().join("../shared/data/polnear/polnear_dev.tar.zst");
    if !archive.exists() {
        eprintln!("skipped: {} is absent", archive.display());
        return;
    }
    let docs = stemmata_quotes::eval::read_archive(&archive).expect("archive reads");
    let e = stemmata_quotes::eval::evaluate(&docs);
    assert!(
        e.direct.any_overlap.f1 >= 0.90,
        "direct F1 {:.3}",
        e.direct.any_overlap.f1
    );
    assert!(
        e.direct.speaker.accuracy >= 0.85,
        "speaker accuracy {:.3}",
        e.direct.speaker.accuracy
    );
}
