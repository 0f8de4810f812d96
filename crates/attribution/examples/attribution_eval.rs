//! Print evaluation figures without the CLI: `attribution_eval polnear ARCHIVE` or
//! `attribution_eval agency FILE`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(kind), Some(path)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: attribution_eval polnear|agency PATH");
        std::process::exit(2);
    };
    let json = match kind.as_str() {
        "polnear" => stemmata_attribution::eval::polnear(path).map(|s| format!("{s:?}")),
        "agency" => stemmata_attribution::eval::newsagency(path).map(|s| format!("{s:?}")),
        _ => {
            eprintln!("unknown kind {kind}");
            std::process::exit(2);
        }
    };
    match json {
        Ok(j) => println!("{j}"),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
