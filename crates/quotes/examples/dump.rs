//! Print the attributions found in text files, or score a PolNeAR-style archive:
//! `cargo run --example dump -- FILE...` / `cargo run --example dump -- --eval ARCHIVE`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--eval") {
        let Some(path) = args.get(1) else { return };
        match stemmata_quotes::eval::read_archive(std::path::Path::new(path)) {
            Ok(docs) => {
                let e = stemmata_quotes::eval::evaluate(&docs);
                println!("{e:#?}");
            }
            Err(e) => eprintln!("{e}"),
        }
        return;
    }
    for path in args {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for a in stemmata_quotes::extract(&text) {
            println!(
                "[{}] {:?} <- {:?} ({:?}) cue={:?}",
                a.kind.as_str(),
                a.speaker.clone().unwrap_or_default(),
                a.content_text(&text),
                a.source.map(|s| s.slice(&text).to_string()),
                a.cue.map(|s| s.slice(&text).to_string())
            );
            for p in &a.partial {
                println!("    partial: {:?}", p.slice(&text));
            }
        }
    }
}
