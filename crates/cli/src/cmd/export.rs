//! `stemmata export TABLE [--format csv|jsonl] [--output FILE]`: a whole table, streamed.

use anyhow::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use stemmata_store::{ExportFormat, Table};

#[derive(clap::Args)]
pub struct Args {
    /// stories, articles, claims, quotes, relays or timeline.
    #[arg(value_parser = |s: &str| s.parse::<Table>())]
    pub table: Table,
    /// csv or jsonl.
    #[arg(long, default_value = "jsonl", value_parser = |s: &str| s.parse::<ExportFormat>())]
    pub format: ExportFormat,
    /// Write here instead of stdout.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// The database file.
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
}

pub fn run(args: Args) -> Result<()> {
    let store = super::stories::open_existing(&args.db)?;
    let rows = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut w = BufWriter::new(file);
            let n = store.export(args.table, args.format, &mut w)?;
            w.flush()?;
            n
        }
        None => {
            let stdout = crate::out::stdout();
            store.export(args.table, args.format, BufWriter::new(stdout))?
        }
    };
    eprintln!("stemmata: exported {rows} {} rows as {}", args.table.name(), args.format.extension());
    Ok(())
}
