//! `stemmata bench clustering`: throughput and memory of the story clusterer on a generated
//! stream, at 100k, 500k and 1M articles.

use anyhow::Result;
use std::io::Write;
use stemmata_cluster::{Config, generate};

#[derive(clap::Subcommand)]
pub enum BenchCommand {
    /// Cluster a generated stream of headline-and-lead articles (or headlines alone, with
    /// `--headlines`; lexical mode, one core) and print articles/s and peak memory at 100k, 500k
    /// and 1M articles.
    Clustering(ClusteringArgs),
}

#[derive(clap::Args)]
pub struct ClusteringArgs {
    /// Articles to generate and cluster.
    #[arg(long, default_value_t = 1_000_000)]
    pub n: u64,
    /// Headlines alone (no lead sentence), the unit of the headlines-per-second goal.
    #[arg(long)]
    pub headlines: bool,
    /// One JSON object per checkpoint (JSON Lines) instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(command: BenchCommand) -> Result<()> {
    match command {
        BenchCommand::Clustering(args) => clustering(args),
    }
}

fn clustering(args: ClusteringArgs) -> Result<()> {
    let mut out = crate::out::stdout();
    if !args.json {
        writeln!(out, "{:>10} {:>12} {:>14} {:>12} {:>10} {:>12}  {:<16}", "articles", "articles/s", "recent art/s", "live stories", "stories", "peak RSS MB", "outcome hash")?;
    }
    // The callback cannot return an error: the first one is kept, later checkpoints are not printed.
    let mut failure: Option<anyhow::Error> = None;
    generate::bench(args.n, args.headlines, &Config::default(), |p| {
        if failure.is_some() {
            return;
        }
        let written = if args.json {
            serde_json::to_string(p).map_err(anyhow::Error::from).and_then(|line| Ok(writeln!(out, "{line}")?))
        } else {
            writeln!(
                out,
                "{:>10} {:>12.0} {:>14.0} {:>12} {:>10} {:>12.1}  {}",
                p.articles,
                p.articles_per_sec,
                p.recent_articles_per_sec,
                p.live_stories,
                p.stories,
                p.peak_rss_mb,
                p.outcome_hash
            )
            .map_err(anyhow::Error::from)
        };
        if let Err(e) = written {
            failure = Some(e);
        }
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
