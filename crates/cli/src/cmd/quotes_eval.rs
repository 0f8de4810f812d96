//! `stemmata eval quotes ARCHIVE`: quote and reported-speech extraction against a PolNeAR-layout
//! archive (tar.zst with `text/*.txt` and brat `attributions/*_<annotator>.ann`; the
//! lexicographically first annotator of each article). Direct quotes (gold content mostly in
//! quotation marks) and indirect attributions are scored apart.

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use stemmata_claims::quotes::eval::{Category, evaluate, read_archive};

#[derive(clap::Args)]
pub struct Args {
    /// The archive, e.g. ../shared/data/polnear/polnear_dev.tar.zst.
    pub archive: PathBuf,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
}

fn line(name: &str, c: &Category) -> String {
    let a = &c.any_overlap;
    let h = &c.half_overlap;
    let s = &c.speaker;
    format!(
        "{name:<9} gold {:>5}  predicted {:>5}  P {:.3}  R {:.3}  F1 {:.3}  (≥50% overlap F1 {:.3})  speaker accuracy {:.3} on {} matched (P {:.3} R {:.3} F1 {:.3})",
        a.gold, a.predicted, a.precision, a.recall, a.f1, h.f1, s.accuracy, s.pairs, s.precision, s.recall, s.f1
    )
}

pub fn run(args: Args) -> Result<()> {
    let docs = read_archive(&args.archive)?;
    let e = evaluate(&docs);
    let mut out = crate::out::stdout();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&e)?)?;
        return Ok(());
    }
    writeln!(out, "documents {}  (attribution matched by content-span overlap)", e.documents)?;
    writeln!(out, "{}", line("direct", &e.direct))?;
    writeln!(out, "{}", line("indirect", &e.indirect))?;
    writeln!(out, "{}", line("all", &e.all))?;
    Ok(())
}
