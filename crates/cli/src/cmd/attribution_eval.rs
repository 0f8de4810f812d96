//! `stemmata eval attribution ARCHIVE`: cue and source extraction against a PolNeAR-layout
//! archive (tar.zst with `text/*.txt` and brat `attributions/*_<annotator>.ann`), overlap match.

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The archive, e.g. ../shared/data/polnear/polnear_dev.tar.zst.
    pub archive: PathBuf,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also list each unmatched cue and source, one a line: `MISS`/`SPURIOUS`, label,
    /// article:start-end (bytes), the span's words and its context with the span in [[ ]]
    /// (with --json, a `misses` array instead).
    #[arg(long)]
    pub errors: bool,
}

pub fn run(args: Args) -> Result<()> {
    let mut misses = Vec::new();
    let s = stemmata_attribution::eval::polnear_with_misses(
        &args.archive.to_string_lossy(),
        args.errors.then_some(&mut misses),
    )?;
    let mut out = crate::out::stdout();
    if args.json {
        let mut value = serde_json::to_value(&s)?;
        if args.errors {
            value["misses"] = serde_json::to_value(&misses)?;
        }
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        return Ok(());
    }
    for m in &misses {
        let kind = if m.missed { "MISS" } else { "SPURIOUS" };
        let flat = |t: &str| t.replace(['\n', '\t'], " ");
        writeln!(
            out,
            "{kind}\t{}\t{}:{}-{}\t{}\t{}",
            m.label,
            m.article,
            m.span.start,
            m.span.end,
            flat(&m.text),
            flat(&m.context)
        )?;
    }
    writeln!(out, "articles {}  gold cues {}  gold sources {}", s.articles, s.gold_cues, s.gold_sources)?;
    writeln!(out, "cue     P {:.3}  R {:.3}  F1 {:.3}", s.cue.precision, s.cue.recall, s.cue.f1)?;
    writeln!(out, "source  P {:.3}  R {:.3}  F1 {:.3}", s.source.precision, s.source.recall, s.source.f1)?;
    Ok(())
}
