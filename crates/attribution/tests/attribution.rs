//! Wire credits measured on the real newsagency dev half, when it is present.

use std::path::Path;

#[test]
fn newsagency_article_level_credits_are_found() {
    for (lang, min_f1) in [("fr", 0.85), ("de", 0.80)] {
        let path = format!(
            "{}/../../../shared/data/newsagency/dev-{lang}.tsv.zst",
            env!("CARGO_MANIFEST_DIR")
        );
        if !Path::new(&path).exists() {
            eprintln!("skipped: {path} is absent");
            continue;
        }
        let scores = stemmata_attribution::eval::newsagency(&path).expect("readable");
        assert!(scores.documents > 0);
        assert!(
            scores.article.f1 >= min_f1,
            "{lang}: article F1 {:.3} < {min_f1}",
            scores.article.f1
        );
    }
}

#[test]
fn relayed_report_names_its_outlet_and_anonymous_sources() {
    let text = "The Telegraph reported this, citing its sources, as relayed by Censor.NET.";
    let found = stemmata_attribution::extract_sentences(
        text,
        &[stemmata_model::Span::new(0, text.len())],
        Some("en"),
        &[],
    );
    let kinds: Vec<_> = found
        .iter()
        .filter_map(|a| a.source.as_ref().map(|s| s.kind))
        .collect();
    use stemmata_attribution::SourceKind::*;
    assert_eq!(kinds, vec![Outlet, Anonymous, Outlet]);
}

#[test]
fn agency_named_after_its_description_and_the_documents_it_cites() {
    use stemmata_attribution::SourceKind::*;
    for (text, agency_cue) in [
        (
            "Про це повідомляє агентство Nordic Wire з посиланням на внутрішній лист генеральної директорки Марен Естбю.",
            "Про це повідомляє",
        ),
        (
            "Das berichtet die Nachrichtenagentur Nordic Wire unter Berufung auf ein internes Schreiben von Konzernchefin Maren Østby.",
            "berichtet",
        ),
    ] {
        let found = stemmata_attribution::extract_sentences(text, &[stemmata_model::Span::new(0, text.len())], None, &[]);
        let sources: Vec<_> = found
            .iter()
            .filter_map(|a| a.source.as_ref().map(|s| (a.cue.slice(text), s.kind, s.name.as_str())))
            .collect();
        assert_eq!(sources[0], (agency_cue, Outlet, "Nordic Wire"), "{text}");
        assert_eq!(sources[1].1, Document, "{text}");
    }
}

#[test]
fn describing_words_before_an_outlet_name_are_dropped() {
    for text in [
        "About 300 residents were evacuated, the local newspaper Erlenauer Anzeiger reported.",
        "Близько 300 мешканців евакуювали, пише місцеве видання Erlenauer Anzeiger.",
        "Das berichtet die bayerische Lokalzeitung Erlenauer Anzeiger.",
    ] {
        let found = stemmata_attribution::extract_sentences(text, &[stemmata_model::Span::new(0, text.len())], None, &[]);
        let names: Vec<_> = found.iter().filter_map(|a| a.source.as_ref().map(|s| s.name.as_str())).collect();
        assert!(names.contains(&"Erlenauer Anzeiger"), "{text}: {names:?}");
    }
    // A capitalised medium word belongs to the name.
    let text = "According to Daily Wire, the dam was breached overnight.";
    let found = stemmata_attribution::extract_sentences(text, &[stemmata_model::Span::new(0, text.len())], None, &[]);
    assert_eq!(found[0].source.as_ref().map(|s| s.name.as_str()), Some("Daily Wire"));
}
