//! `stemmata eval agency FILE`: news-agency credits against a HIPE-style TSV (the newsagency
//! layout, plain or .zst): article-level P/R/F1 over (document, agency), mention-level strict
//! and fuzzy (boundary-overlap) P/R/F1.

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The TSV, e.g. ../shared/data/newsagency/dev-fr.tsv.zst.
    pub file: PathBuf,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let s = stemmata_attribution::eval::newsagency(&args.file.to_string_lossy())?;
    let mut out = crate::out::stdout();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&s)?)?;
        return Ok(());
    }
    writeln!(out, "documents {}", s.documents)?;
    for (name, p) in [("article", s.article), ("mention strict", s.mention_strict), ("mention fuzzy", s.mention_fuzzy)] {
        writeln!(out, "{name:<15} P {:.3}  R {:.3}  F1 {:.3}", p.precision, p.recall, p.f1)?;
    }
    Ok(())
}
