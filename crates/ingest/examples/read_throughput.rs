//! Reader throughput: `cargo run --release -p stemmata-ingest --example read_throughput -- [--repeat N] PATH...`
//! Reads the inputs N times (default 20) and prints records per second for the reader alone
//! (decompression, decoding, parsing; no normalization, no store).

use std::time::Instant;
use stemmata_ingest::{Input, ReadOptions, Record, read};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 20usize;
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        repeat = args
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(repeat);
        args.drain(i..(i + 2).min(args.len()));
    }
    if args.is_empty() {
        eprintln!("usage: read_throughput [--repeat N] PATH...");
        std::process::exit(2);
    }
    let inputs: Vec<Input> = args.iter().map(|a| Input::from_arg(a)).collect();
    let options = ReadOptions::default();
    let (mut articles, mut quarantined, mut diagnostics) = (0usize, 0usize, 0usize);
    let start = Instant::now();
    for _ in 0..repeat {
        for record in read(&inputs, &options) {
            match record {
                Record::Article(_) => articles += 1,
                Record::Quarantine { .. } => quarantined += 1,
                Record::Diagnostic(_) => diagnostics += 1,
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{repeat} passes: {articles} articles, {quarantined} quarantined, {diagnostics} diagnostics in {seconds:.3} s = {:.0} records/s",
        (articles + quarantined) as f64 / seconds
    );
}
