//! `stemmata demo`: the analysis on the built-in sample corpus (invented articles in several
//! languages, including relays, an independent report, quotes, relative dates and bad files).

use crate::{input, render};
use anyhow::Result;
use std::io::Write;
use stemmata_ingest::{Format, Input};

include!(concat!(env!("OUT_DIR"), "/samples.rs"));

#[derive(clap::Args)]
pub struct Args {
    /// Print the report as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// The sample corpus as in-memory inputs, in a stable order.
pub fn sample_inputs() -> Vec<Input> {
    SAMPLES.iter().map(|(name, bytes)| Input::Bytes { name: format!("samples/{name}"), bytes: bytes.to_vec() }).collect()
}

pub fn run(args: Args) -> Result<()> {
    let loaded = input::load(sample_inputs(), Format::Auto);
    let report = stemmata_pipeline::analyze(&loaded.articles, &loaded.diagnostics, &stemmata_pipeline::Options::from_env());
    let mut stdout = crate::out::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut stdout, &report)?;
        writeln!(stdout)?;
    } else {
        writeln!(
            stdout,
            "stemmata demo: {} sample files, {} articles read, {} quarantined\n",
            SAMPLES.len(),
            loaded.articles.len(),
            loaded.quarantined.len()
        )?;
        write!(stdout, "{}", render::report(&report))?;
    }
    Ok(())
}
