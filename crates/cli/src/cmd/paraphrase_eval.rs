//! `stemmata eval paraphrase PAIRS.tsv`: the claim aligner's similarity and its fixed threshold
//! on labelled sentence pairs (MRPC layout: Quality, #1 ID, #2 ID, #1 String, #2 String).
//! Sentence embeddings join the lexical measure when a model is installed (see
//! `STEMMATA_MODEL_DIR`); `--lexical` measures the lexical part alone.

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use stemmata_claims::eval::{evaluate, read_pairs};

#[derive(clap::Args)]
pub struct Args {
    /// The pairs file, e.g. ../shared/data/mrpc/mrpc_test_dev.tsv.
    pub pairs: PathBuf,
    /// Leave sentence embeddings out even when a model is installed.
    #[arg(long)]
    pub lexical: bool,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let pairs = read_pairs(&args.pairs.to_string_lossy())?;
    let encoder = if args.lexical { None } else { stemmata_claims::Encoder::from_env() };
    let e = evaluate(&pairs, encoder.as_ref());
    let mut out = crate::out::stdout();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&e)?)?;
        return Ok(());
    }
    writeln!(
        out,
        "pairs {}  paraphrases {}  similarity {}  threshold {:.2}",
        e.pairs,
        e.positives,
        if e.embeddings { "lexical + embeddings" } else { "lexical" },
        e.threshold
    )?;
    writeln!(out, "accuracy {:.1}  precision {:.1}  recall {:.1}  F1 {:.1}  ROC-AUC {:.3}", 100.0 * e.accuracy, 100.0 * e.precision, 100.0 * e.recall, 100.0 * e.f1, e.roc_auc)?;
    Ok(())
}
