//! Prints the detected language of each line of a file (one text per line): `language_dump FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: language_dump FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let started = std::time::Instant::now();
    let langs: Vec<Option<String>> = text.lines().map(stemmata_text::detect_language).collect();
    let elapsed = started.elapsed();
    for l in &langs {
        println!("{}", l.as_deref().unwrap_or("-"));
    }
    eprintln!(
        "{} texts in {:.1} ms",
        langs.len(),
        elapsed.as_secs_f64() * 1e3
    );
}
