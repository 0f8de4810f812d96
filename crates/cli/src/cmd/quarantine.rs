//! `stemmata quarantine [--json]`: records that could not be used, kept with their raw bytes.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use stemmata_store::Page;

#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// Write the raw bytes of the record with this id to stdout instead of listing.
    #[arg(long)]
    pub raw: Option<String>,
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub limit: u64,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// One JSON document: {total, quarantine: [...]}.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let store = super::stories::open_existing(&args.db)?;
    let mut out = crate::out::stdout();
    if let Some(id) = &args.raw {
        let raw = store.quarantine_raw(id)?.with_context(|| format!("no quarantined record {id}"))?;
        out.write_all(&raw)?;
        return Ok(());
    }
    let total = store.counts()?.quarantined;
    let rows = store.quarantine_list(Page::new(args.offset, args.limit as usize)).context("listing quarantine")?;
    if args.json {
        serde_json::to_writer_pretty(&mut out, &serde_json::json!({"total": total, "quarantine": rows}))?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{total} quarantined records")?;
    for q in &rows {
        let place = if q.location.is_empty() { q.source.clone() } else { format!("{}:{}", q.source, q.location) };
        writeln!(out, "{}  {place}: {} ({} bytes kept)", q.id, q.reason, q.raw_len)?;
    }
    if total > rows.len() {
        writeln!(out, "(showing {}; use --offset/--limit for more)", rows.len())?;
    }
    Ok(())
}
