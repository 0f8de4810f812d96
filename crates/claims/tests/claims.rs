//! Claim alignment and quote matching on the two seed articles, and the paraphrase scorer on
//! the MRPC half, when the shared data is present.

use std::path::{Path, PathBuf};
use stemmata_model::{Article, RawArticle};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

/// The seed text layout: title, optional outlet and date lines, a blank line, the body.
fn read_seed(path: &Path) -> Article {
    let raw = std::fs::read_to_string(path).expect("seed article");
    let (head, body) = raw.split_once("\n\n").unwrap_or((raw.as_str(), ""));
    let mut lines = head.lines();
    let title = lines.next().unwrap_or_default().to_string();
    let outlet = lines.next().map(str::to_string);
    stemmata_text::finish(RawArticle {
        source: path.display().to_string(),
        outlet,
        title,
        text: body.to_string(),
        ..Default::default()
    })
}

fn seeds() -> Option<Vec<Article>> {
    let dir = data().join("seeds/articles");
    if !dir.exists() {
        eprintln!("skipped: {} is absent", dir.display());
        return None;
    }
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir).ok()?.flatten().map(|e| e.path()).collect();
    paths.sort();
    Some(paths.iter().map(|p| read_seed(p)).collect())
}

#[test]
fn seed_articles_share_claims_and_keep_their_own() {
    let Some(articles) = seeds() else { return };
    let refs: Vec<&Article> = articles.iter().collect();
    let claims = stemmata_claims::align_claims(&refs, None);
    let shared: Vec<_> = claims.iter().filter(|c| c.article_ids.len() == 2).collect();
    assert!(shared.len() >= 5, "only {} shared claims", shared.len());
    // The core claim is among them, in both spellings.
    assert!(shared.iter().any(|c| c.variants.iter().any(|v| v.1.contains("recognise")) && c.variants.iter().any(|v| v.1.contains("recognize"))));
    // What only one outlet says stays its own.
    let unique = |needle: &str| claims.iter().any(|c| c.is_unique() && c.text.contains(needle));
    assert!(unique("Yermak") && unique("Umerov") && unique("Driscoll"));
}

#[test]
fn seed_quote_in_two_wordings_is_one_quote() {
    let Some(articles) = seeds() else { return };
    let refs: Vec<&Article> = articles.iter().collect();
    let quotes = stemmata_claims::match_quotes(&refs, None);
    let merged = quotes
        .iter()
        .find(|q| q.text.contains("increasingly clear"))
        .expect("the shared quote is found");
    assert_eq!(merged.variants.len(), 2, "{merged:?}");
    let leavitt = quotes.iter().filter(|q| q.speaker.as_deref() == Some("Karoline Leavitt")).count();
    assert!(leavitt >= 2, "the pronoun \"she\" resolves to Leavitt");
}

#[test]
fn paraphrase_scorer_beats_the_majority_baseline() {
    let path = data().join("mrpc/mrpc_test_dev.tsv");
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let pairs = stemmata_claims::eval::read_pairs(&path.to_string_lossy()).expect("pairs read");
    let e = stemmata_claims::eval::evaluate(&pairs, None);
    let majority = 2.0 * (e.positives as f64 / e.pairs as f64) / (1.0 + e.positives as f64 / e.pairs as f64);
    assert!(e.f1 > majority, "F1 {:.3} vs majority {:.3}", e.f1, majority);
    assert!(e.roc_auc > 0.7, "ROC-AUC {:.3}", e.roc_auc);
}
