//! `stemmata`: the command-line interface. It only wires the library crates together: reading
//! (`stemmata-ingest`), normalization (`stemmata-text`), analysis (`stemmata-pipeline`) and
//! storage. Results go to stdout, progress and logs to stderr. Exit codes: 0 ok, 1 failure,
//! 2 usage error.

// Results go through `out::stdout()` (see there), never `println!`, which panics on a closed pipe.
#![deny(clippy::print_stdout)]

mod cmd;
mod input;
mod out;
mod render;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the clusterer and the readers allocate many small,
/// short-lived vectors and strings per article.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Read articles into the store (files, directories, globs, `-`), then update the stories.
    Ingest(cmd::ingest::Args),
    /// List the stored stories.
    Stories(cmd::stories::Args),
    /// Show one stored story: articles, provenance, claims, quotes, timeline, entities.
    Story(cmd::story::Args),
    /// List records that could not be used (kept with their raw bytes).
    Quarantine(cmd::quarantine::Args),
    /// Full-text search over the stored articles.
    Search(cmd::search::Args),
    /// Export stories, articles, claims, quotes, relays or timeline as CSV or JSON Lines.
    Export(cmd::export::Args),
    /// Serve the JSON API and the web UI.
    Serve(cmd::serve::Args),
    /// Analyze articles in one go (no store): stories, provenance, claims, quotes, timeline.
    Analyze(cmd::analyze::Args),
    /// Run the analysis on the built-in sample corpus and print what it finds.
    Demo(cmd::demo::Args),
    /// Fetch pages or feeds over HTTP (robots.txt, rate limit, retries) and store their articles.
    Fetch(cmd::fetch::Args),
    /// Poll feeds on an interval and store only the new items.
    Watch(cmd::watch::Args),
    /// Measure speed and memory on generated input.
    #[command(subcommand)]
    Bench(cmd::bench::BenchCommand),
    /// A story's dated events in order, merged across outlets, with date conflicts flagged.
    Timeline(cmd::timeline::Args),
    /// People, places and organisations with aliases, roles and the articles naming them.
    Entities(cmd::entities::Args),
    /// Who said what in a story: quotes by speaker, with their wordings in other articles.
    Quotes(cmd::quotes::Args),
    /// Measure quality against a labelled data set.
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Stories(args) => cmd::stories::run(args),
        Command::Story(args) => cmd::story::run(args),
        Command::Quarantine(args) => cmd::quarantine::run(args),
        Command::Search(args) => cmd::search::run(args),
        Command::Export(args) => cmd::export::run(args),
        Command::Serve(args) => cmd::serve::run(args),
        Command::Analyze(args) => cmd::analyze::run(args),
        Command::Demo(args) => cmd::demo::run(args),
        Command::Fetch(args) => cmd::fetch::run(args),
        Command::Watch(args) => cmd::watch::run(args),
        Command::Bench(command) => cmd::bench::run(command),
        Command::Timeline(args) => cmd::timeline::run(args),
        Command::Entities(args) => cmd::entities::run(args),
        Command::Quotes(args) => cmd::quotes::run(args),
        Command::Eval(command) => cmd::eval::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if out::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("stemmata: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
