//! `stemmata eval attribution ARCHIVE`: cue and source extraction against a PolNeAR-layout
//! archive (tar.zst with `text/*.txt` and brat `attributions/*_<annotator>.ann`), overlap match.

use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The archive, e.g. ../shared/data/polnear/polnear_dev.tar.zst.
    pub archive: PathBuf,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let s = stemmata_attribution::eval::polnear(&args.archive.to_string_lossy())?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(());
    }
    println!("articles {}  gold cues {}  gold sources {}", s.articles, s.gold_cues, s.gold_sources);
    println!("cue     P {:.3}  R {:.3}  F1 {:.3}", s.cue.precision, s.cue.recall, s.cue.f1);
    println!("source  P {:.3}  R {:.3}  F1 {:.3}", s.source.precision, s.source.recall, s.source.f1);
    Ok(())
}
