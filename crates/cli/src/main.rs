//! `stemmata`: the command-line interface. It only wires the library crates together: reading
//! (`stemmata-ingest`), normalization (`stemmata-text`), analysis (`stemmata-pipeline`) and
//! storage. Results go to stdout, progress and logs to stderr. Exit codes: 0 ok, 1 failure,
//! 2 usage error.

mod cmd;
mod input;
mod render;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "stemmata",
    version,
    about = "Groups news articles into stories and shows who reported first, who relayed whom, and what is independently confirmed",
    long_about = None,
    after_help = "Start with `stemmata demo`, or `stemmata analyze DIR` on a folder of articles."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze articles in one go (no store): stories, provenance, claims, quotes, timeline.
    Analyze(cmd::analyze::Args),
    /// Run the analysis on the built-in sample corpus and print what it finds.
    Demo(cmd::demo::Args),
    /// Measure quality against a labelled data set.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => cmd::analyze::run(args),
        Command::Demo(args) => cmd::demo::run(args),
        Command::Eval(command) => cmd::eval::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stemmata: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// `stemmata analyze … | head` closes the pipe early: that is not a failure.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>().and_then(|j| j.io_error_kind()) == Some(std::io::ErrorKind::BrokenPipe)
    })
}
