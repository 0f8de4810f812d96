//! `stemmata eval KIND ...`: quality measured against labelled data sets, printed for people or
//! as one JSON object (`--json`) for tools.

use anyhow::Result;

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Seed articles: the facts of a labelled expected.json checked against `analyze`.
    Seeds(super::eval_seeds::Args),
}

pub fn run(command: EvalCommand) -> Result<()> {
    match command {
        EvalCommand::Seeds(args) => super::eval_seeds::run(args),
    }
}
