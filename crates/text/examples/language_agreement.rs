//! How often the function-word fast path answers, and how often it agrees with the statistical
//! detector: `language_agreement FILE` with one text per line.
fn main() {
    let path = std::env::args().nth(1).expect("usage: language_agreement FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let (mut answered, mut agreed, mut total) = (0, 0, 0);
    let mut counts = std::collections::BTreeMap::new();
    for line in text.lines() {
        total += 1;
        let full = stemmata_text::detect_language(line);
        *counts.entry(full.clone().unwrap_or_else(|| "none".into())).or_insert(0) += 1;
        if let Some(fast) = stemmata_text::language_fast_path(line) {
            answered += 1;
            let stat = stemmata_text::language_statistical(line);
            if stat.as_deref() == Some(fast) {
                agreed += 1;
            } else if std::env::var_os("SHOW").is_some() {
                println!("fast {fast} / statistical {stat:?}: {}", line.chars().take(100).collect::<String>());
            }
        }
    }
    println!("{total} texts; fast path answered {answered}, agreed with the statistical detector on {agreed}; {counts:?}");
}
