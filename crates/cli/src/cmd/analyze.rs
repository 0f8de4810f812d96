//! `stemmata analyze PATH... [--json]`: read, normalize and analyze in one go, without a store.

use crate::{input, render};
use anyhow::Result;
use std::io::Write;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively), globs, or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Input format: auto, text, jsonl, uci, html, feed, warc.
    #[arg(long, default_value = "auto", value_parser = input::parse_format)]
    pub format: stemmata_ingest::Format,
    /// Print the report as one JSON document (the output contract).
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let loaded = input::load(input::inputs_from_args(&args.paths), args.format);
    if loaded.articles.is_empty() && loaded.records == 0 {
        eprintln!("stemmata: nothing was read from {}", args.paths.join(" "));
    }
    let report = stemmata_pipeline::analyze(&loaded.articles, &loaded.diagnostics, &stemmata_pipeline::Options::from_env());
    let mut stdout = crate::out::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut stdout, &report)?;
        writeln!(stdout)?;
    } else {
        write!(stdout, "{}", render::report(&report))?;
    }
    for d in &loaded.diagnostics {
        eprintln!("stemmata: {d}");
    }
    Ok(())
}
