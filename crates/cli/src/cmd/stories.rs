//! `stemmata stories [--json]`: the stored stories, biggest first (or by `--sort`).

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use stemmata_store::{Page, Store, StoryFilter, StorySort};

#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// Order: size, recent, independent.
    #[arg(long, default_value = "size", value_parser = |s: &str| s.parse::<StorySort>())]
    pub sort: StorySort,
    /// Only stories carried by this outlet (name or domain).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only stories with an article in this language (ISO 639-1).
    #[arg(long)]
    pub language: Option<String>,
    /// Only stories with at least this many articles.
    #[arg(long)]
    pub min_size: Option<usize>,
    /// How many stories to show.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub limit: u64,
    /// How many to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// One JSON document: {total, stories: [...]}.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let store = open_existing(&args.db)?;
    let filter = StoryFilter {
        outlet: args.outlet,
        language: args.language,
        min_size: args.min_size,
        title: None,
        sort: args.sort,
    };
    let (total, rows) = store.stories(&filter, Page::new(args.offset, args.limit as usize)).context("listing stories")?;
    let mut out = crate::out::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &serde_json::json!({"total": total, "stories": rows}))?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{total} stories{}", if rows.len() < total { format!(" (showing {})", rows.len()) } else { String::new() })?;
    for r in &rows {
        let mut outlets = r.outlets.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        if r.outlets.len() > 3 {
            outlets.push_str(&format!(" +{}", r.outlets.len() - 3));
        }
        let first = r.first_seen.as_deref().map(|d| d.get(..10).unwrap_or(d)).unwrap_or("undated");
        writeln!(
            out,
            "{}  {:>4} art. {:>2} indep.  {}  {}  [{}] {}",
            r.id,
            r.size,
            r.independent_sources,
            first,
            clip(&r.title, 80),
            r.languages.join(","),
            outlets
        )?;
    }
    Ok(())
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// Opening a store for reading commands: a missing file is a user error worth a hint.
pub fn open_existing(db: &std::path::Path) -> Result<Store> {
    if !db.exists() {
        anyhow::bail!("no database at {}; run `stemmata ingest PATH` first (or pass --db)", db.display());
    }
    Store::open(db).with_context(|| format!("opening {}", db.display()))
}
