//! Provenance through the public API: order independence and corroboration counts.

use stemmata_model::{Article, DatePrecision, DateSource, Outlet, Published};

fn article(id: &str, outlet: &str, unix: i64, language: &str, title: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        source: format!("{id}.txt"),
        url: None,
        outlet: Some(Outlet { name: outlet.into(), domain: None }),
        title: title.into(),
        byline: None,
        published: Some(Published::new(unix, 0, DatePrecision::Second, DateSource::Header)),
        language: Some(language.into()),
        text: text.into(),
        sentences: stemmata_text::sentences(text, Some(language)),
        extra: Default::default(),
    }
}

#[test]
fn a_report_relayed_in_three_languages_is_one_source_in_any_order() {
    let a = article("a", "Harbor Times", 100, "en", "Port reopens", "The port of Mykolaiv will reopen on Monday, two officials familiar with the plan said.");
    let b = article("b", "Волинський вісник", 200, "uk", "Порт відкриють", "Порт Миколаєва відкриють у понеділок. Про це пише Harbor Times.");
    let c = article("c", "Rheinischer Anzeiger", 300, "de", "Hafen öffnet", "Der Hafen von Mykolajiw öffnet am Montag wieder. Laut Harbor Times ist das beschlossen.");
    let forward = stemmata_provenance::analyze(&[&a, &b, &c]);
    let backward = stemmata_provenance::analyze(&[&c, &b, &a]);
    assert_eq!(forward, backward);
    assert_eq!(forward.origins.len(), 1);
    assert!(forward.origins[0].in_corpus);
    assert_eq!(stemmata_provenance::independent_sources(&forward, ["a", "b", "c"]), 1);
    assert_eq!(forward.relays.len(), 2);
}
