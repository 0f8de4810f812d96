//! Print the agency mentions found in each document of a HIPE TSV read from stdin, with context:
//! `zstd -dc dev-de.tsv.zst | agency_mentions`.
use std::io::Read;
fn main() {
    let mut s = String::new();
    if std::io::stdin().read_to_string(&mut s).is_err() {
        std::process::exit(1);
    }
    let mut doc = String::new();
    let mut id = String::new();
    let flush = |id: &str, doc: &str| {
        for m in stemmata_attribution::agency::find_mentions(doc) {
            let a = doc[..m.start]
                .char_indices()
                .rev()
                .nth(40)
                .map(|(i, _)| i)
                .unwrap_or(0);
            let b = doc[m.end..]
                .char_indices()
                .nth(30)
                .map(|(i, _)| m.end + i)
                .unwrap_or(doc.len());
            println!(
                "{id}\t{}\t{:?}\t{}",
                m.agency.id,
                m.kind,
                &doc[a..b].replace('\n', " ")
            );
        }
    };
    for line in s.lines() {
        if let Some(v) = line.strip_prefix("# document_id = ") {
            flush(&id, &doc);
            doc.clear();
            id = v.to_string();
        } else if line.starts_with('#') || line.is_empty() {
            continue;
        } else {
            let cols: Vec<&str> = line.split('\t').collect();
            doc.push_str(cols[0]);
            if !cols.get(9).is_some_and(|c| c.contains("NoSpaceAfter")) {
                doc.push(' ');
            }
        }
    }
    flush(&id, &doc);
}
