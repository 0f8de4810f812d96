//! `stemmata eval timex ARCHIVE [--json] [--errors]`: TempEval-3 Task A scores (temporal
//! expression extent and normalisation) on a `.tar.zst` / `.tar` of `<subcorpus>/<DOC>.tml`.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// TimeML archive, e.g. ../shared/data/tempeval3/tempeval3_dev.tar.zst.
    pub archive: PathBuf,
    /// Print the scores as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Also list every disagreement with the annotation (missed, spurious, extent, value, type).
    #[arg(long)]
    pub errors: bool,
}

pub fn run(args: Args) -> Result<()> {
    let docs = stemmata_temporal::eval::read_archive(&args.archive)
        .with_context(|| format!("reading {}", args.archive.display()))?;
    eprintln!("stemmata: scoring {} TimeML documents", docs.len());
    let report = stemmata_temporal::eval::score(&docs);
    let mut out = crate::out::stdout();
    if args.json {
        let mut value = serde_json::to_value(&report)?;
        if args.errors {
            value["mismatches"] = serde_json::to_value(&report.mismatches)?;
        }
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "TempEval-3 Task A (strict = exact extent, relaxed = overlap; value/type F1 = relaxed F1 x accuracy)"
    )?;
    write!(out, "{}", stemmata_temporal::eval::format_table(&report))?;
    if args.errors {
        for m in &report.mismatches {
            writeln!(
                out,
                "{}\t{}\tgold: {}\tsystem: {}",
                m.document,
                m.what,
                m.gold.as_deref().unwrap_or("-"),
                m.system.as_deref().unwrap_or("-")
            )?;
        }
    }
    Ok(())
}
