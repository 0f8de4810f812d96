//! Print the attributions found in each text file given: `attribution_dump FILE...`, one line
//! per attribution: file, cue start, cue end, cue, source start, source end, source, kind, name,
//! recipient, the post's author when it tells of a post; a back-reference's name ends in `^` (the text's language from `STEMMATA_LANG`, English by default; one sentence per line;
//! the story's known outlets from `STEMMATA_KNOWN`, separated by `|`).
fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let lang = std::env::var("STEMMATA_LANG").unwrap_or_else(|_| "en".into());
        let known: Vec<String> =
            std::env::var("STEMMATA_KNOWN").map(|k| k.split('|').map(str::to_string).collect()).unwrap_or_default();
        let sentences = stemmata_text::sentences(&text, Some(&lang));
        for a in stemmata_attribution::extract_sentences(&text, &sentences, Some(&lang), &known) {
            let cs = text[..a.cue.start].chars().count();
            let ce = cs + text[a.cue.start..a.cue.end].chars().count();
            let (ss, se, st, sk) = match &a.source {
                Some(s) => {
                    let ss = text[..s.span.start].chars().count();
                    (
                        ss,
                        ss + s.text.chars().count(),
                        s.text.clone(),
                        s.kind.as_str(),
                    )
                }
                None => (0, 0, String::new(), "-"),
            };
            let name = a.source.as_ref().map_or(String::new(), |s| format!("{}{}", s.name, if s.back_reference { "^" } else { "" }));
            let heard = a.recipient.as_ref().map_or("", |r| r.name.as_str());
            let post = if stemmata_attribution::posted(&text, &a) {
                format!("post by {}", stemmata_attribution::post_author(&text, &a).unwrap_or_else(|| "?".into()))
            } else {
                String::new()
            };
            println!("{path}\t{cs}\t{ce}\t{}\t{ss}\t{se}\t{st}\t{sk}\t{name}\t{heard}\t{post}", a.cue_text);
        }
    }
}
