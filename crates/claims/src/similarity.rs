//! How alike two sentences are in what they state: the one measure the claim aligner, the
//! cross-article quote matcher and the paraphrase evaluation all use.
//!
//! The lexical part compares content-word stems (stop words dropped, British and American
//! spellings folded: recognise/recognize, favourable/favorable) by Dice and by containment, so a
//! short sentence restated inside a longer one still scores high, and it penalises sentences
//! that give different figures. When sentence embeddings are available (`stemmata-embed`), their
//! cosine is blended in; it carries the cross-language signal the lexical part cannot.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::BTreeSet;

/// Pairs scoring at or above this are taken to state the same thing. Chosen on the MRPC dev half
/// (the F1-optimal region of the lexical score is flat between 0.45 and 0.5).
pub const SAME_CLAIM: f64 = 0.47;

/// The same decision when the embedding cosine is blended in (its scale differs); chosen the
/// same way.
pub const SAME_CLAIM_EMBEDDED: f64 = 0.51;

/// The threshold for scores computed with or without embeddings.
pub fn threshold(embedded: bool) -> f64 {
    if embedded { SAME_CLAIM_EMBEDDED } else { SAME_CLAIM }
}

/// Weight of the embedding cosine when vectors are available.
const EMBEDDING_WEIGHT: f64 = 0.6;

const STOP: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but", "is",
    "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that", "these",
    "those", "as", "he", "she", "they", "his", "her", "their", "said", "says", "say", "will", "would",
    "could", "can", "which", "who", "whom", "what", "there", "than", "then", "also", "into", "about",
    "after", "before", "over", "under", "up", "out", "not", "no", "we", "our", "you", "i", "do", "does",
    "did", "so", "if", "such", "any", "all", "its", "them", "him", "more", "most", "very", "just",
    // Ukrainian and Russian function words
    "і", "й", "та", "в", "у", "на", "з", "із", "зі", "до", "що", "як", "це", "не", "за", "по", "від",
    "для", "про", "и", "с", "со", "к", "что", "как", "это", "от", "о", "об", "из", "но", "а", "же",
    // German and French function words
    "der", "die", "das", "und", "ist", "den", "dem", "des", "ein", "eine", "zu", "mit", "von", "le", "la",
    "les", "de", "des", "et", "un", "une", "du", "est", "en", "que", "qui",
];

/// British → American spelling, applied to both sides before stemming so that either spelling
/// meets the other.
fn fold_spelling(word: &str) -> String {
    let mut w = word.to_string();
    for (from, to) in [("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize")] {
        if w.len() > from.len() + 3 && w.ends_with(from) {
            w.truncate(w.len() - from.len());
            w.push_str(to);
            return w;
        }
    }
    for (from, to) in [("our", "or"), ("ourable", "orable"), ("ourite", "orite"), ("ours", "ors")] {
        if w.len() >= from.len() + 3 && w.ends_with(from) && !w.ends_with("hour") && !w.ends_with("four") {
            w.truncate(w.len() - from.len());
            w.push_str(to);
            return w;
        }
    }
    match w.as_str() {
        "defence" => "defense".into(),
        "offence" => "offense".into(),
        "centre" => "center".into(),
        "programme" => "program".into(),
        "travelled" => "traveled".into(),
        _ => w,
    }
}

fn stemmer_for(word: &str) -> Algorithm {
    if word.chars().any(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ')) {
        // No Ukrainian Snowball stemmer; the Russian one strips most shared endings.
        Algorithm::Russian
    } else if word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        Algorithm::Russian
    } else {
        Algorithm::English
    }
}

/// What the lexical measure compares: content-word stems, and the figures a sentence gives.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    pub stems: BTreeSet<String>,
    pub numbers: BTreeSet<String>,
}

/// Build the profile of a sentence.
pub fn profile(text: &str) -> Profile {
    let english = Stemmer::create(Algorithm::English);
    let russian = Stemmer::create(Algorithm::Russian);
    let mut stems = BTreeSet::new();
    let mut numbers = BTreeSet::new();
    for word in stemmata_text::words(text) {
        let folded = stemmata_text::fold(word);
        let folded = folded.trim_end_matches("’s").trim_end_matches("'s");
        if folded.chars().any(|c| c.is_ascii_digit()) {
            numbers.insert(folded.chars().filter(char::is_ascii_digit).collect());
            continue;
        }
        if STOP.contains(&folded) || folded.chars().count() < 2 {
            continue;
        }
        let spelled = fold_spelling(folded);
        let stem = match stemmer_for(&spelled) {
            Algorithm::Russian => russian.stem(&spelled).into_owned(),
            _ => english.stem(&spelled).into_owned(),
        };
        stems.insert(stem);
    }
    Profile { stems, numbers }
}

/// Lexical similarity in [0, 1] of two profiles.
pub fn lexical(a: &Profile, b: &Profile) -> f64 {
    if a.stems.is_empty() || b.stems.is_empty() {
        return 0.0;
    }
    let shared = a.stems.intersection(&b.stems).count() as f64;
    let dice = 2.0 * shared / (a.stems.len() + b.stems.len()) as f64;
    let containment = shared / a.stems.len().min(b.stems.len()) as f64;
    let figures_differ = (!a.numbers.is_empty() || !b.numbers.is_empty()) && a.numbers != b.numbers;
    let penalty = if figures_differ { 0.1 } else { 0.0 };
    (0.5 * dice + 0.5 * containment - penalty).max(0.0)
}

/// The similarity of two sentences: lexical, blended with the embedding cosine when both
/// vectors are given.
pub fn similarity(a: &Profile, b: &Profile, vectors: Option<(&[f32], &[f32])>) -> f64 {
    let lex = lexical(a, b);
    match vectors {
        Some((x, y)) => {
            let cos = f64::from(stemmata_embed::cosine(x, y));
            // The embedding's unrelated-sentence floor sits near 0.2; stretch it to [0, 1].
            let cos = ((cos - 0.2) / 0.8).clamp(0.0, 1.0);
            EMBEDDING_WEIGHT * cos + (1.0 - EMBEDDING_WEIGHT) * lex
        }
        None => lex,
    }
}

/// Do two sentences state the same thing?
pub fn same_claim(a: &Profile, b: &Profile, vectors: Option<(&[f32], &[f32])>) -> bool {
    similarity(a, b, vectors) >= threshold(vectors.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_spellings_meet() {
        let a = profile("The US is ready to recognise Russian control and finds it favourable");
        let b = profile("The US is ready to recognize Russian control and finds it favorable");
        assert!((lexical(&a, &b) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn restated_claim_scores_above_unrelated() {
        let a = profile("Trump sent envoy Steve Witkoff and Jared Kushner to Moscow to make an offer to Putin.");
        let b = profile("President Trump has sent peace envoy Steve Witkoff and son-in-law Jared Kushner to Moscow to present the offer directly to Putin.");
        let c = profile("Heavy rain flooded the harbour district on Tuesday.");
        assert!(same_claim(&a, &b, None));
        assert!(!same_claim(&a, &c, None));
    }

    #[test]
    fn different_figures_lower_the_score() {
        let a = profile("The plan has 28 points and was drafted in Moscow.");
        let b = profile("The plan has 19 points and was drafted in Moscow.");
        assert!(lexical(&a, &b) < lexical(&a, &a));
    }
}
