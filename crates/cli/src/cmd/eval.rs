//! `stemmata eval KIND ...`: quality measured against labelled data sets, printed for people or
//! as one JSON object (`--json`) for tools.

use anyhow::Result;

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Article-body extraction benchmark (html/<id>.html.gz + ground-truth.json): shingle P/R/F1, pages/s.
    Extraction(super::extraction_eval::Args),
    /// Seed articles: the facts of a labelled expected.json checked against `analyze`.
    Seeds(super::eval_seeds::Args),
    /// PolNeAR-layout archive (.tar.zst, brat standoff): quotes and reported speech, direct and indirect apart.
    Quotes(super::quotes_eval::Args),
    /// Labelled sentence pairs (MRPC TSV): the claim aligner's similarity as a paraphrase classifier.
    Paraphrase(super::paraphrase_eval::Args),
}

pub fn run(command: EvalCommand) -> Result<()> {
    match command {
        EvalCommand::Extraction(args) => super::extraction_eval::run(args),
        EvalCommand::Seeds(args) => super::eval_seeds::run(args),
        EvalCommand::Quotes(args) => super::quotes_eval::run(args),
        EvalCommand::Paraphrase(args) => super::paraphrase_eval::run(args),
    }
}
