//! `cargo run --example paraphrase -- PAIRS.tsv [--no-embed]`: the aligner's similarity on MRPC-style pairs.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else { return };
    let encoder = if args.iter().any(|a| a == "--no-embed") { None } else { stemmata_embed::Encoder::from_env() };
    match stemmata_claims::eval::read_pairs(path) {
        Ok(pairs) => println!("{:#?}", stemmata_claims::eval::evaluate(&pairs, encoder.as_ref())),
        Err(e) => eprintln!("{e}"),
    }
}
