//! `stemmata search QUERY [filters] [--json]`: full-text search over the stored articles.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use stemmata_store::{Fragment, Page, SearchFilter};

#[derive(clap::Args)]
#[command(after_help = "Query syntax: all words must match; \"a phrase\"; prefix*; -excluded; a OR b.\n\
    Diacritics and case are ignored (Kyiv matches kyïv).")]
pub struct Args {
    /// What to look for.
    #[arg(required = true)]
    pub query: Vec<String>,
    /// The database file.
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// Only this outlet (name or domain).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only this language (ISO 639-1).
    #[arg(long)]
    pub language: Option<String>,
    /// Only articles of this story.
    #[arg(long)]
    pub story: Option<String>,
    /// Published on or after this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub from: Option<i64>,
    /// Published on or before this date (YYYY-MM-DD).
    #[arg(long, value_parser = parse_day)]
    pub to: Option<i64>,
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub limit: u64,
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// One JSON document with the hits, scores and highlighted fragments.
    #[arg(long)]
    pub json: bool,
}

/// A calendar day as unix seconds at 00:00 UTC.
fn parse_day(s: &str) -> Result<i64, String> {
    let date: jiff::civil::Date = s.parse().map_err(|_| format!("'{s}' is not a date like 2025-11-28"))?;
    let zoned = date.to_zoned_datetime(jiff::tz::TimeZone::UTC).map_err(|e| e.to_string())?;
    Ok(zoned.timestamp().as_second())
}

pub fn run(args: Args) -> Result<()> {
    let store = super::stories::open_existing(&args.db)?;
    let query = args.query.join(" ");
    let filter = SearchFilter {
        outlet: args.outlet,
        language: args.language,
        story: args.story,
        from_unix: args.from,
        // --to names a whole day.
        to_unix: args.to.map(|t| t + 86_400),
    };
    let results = store.search(&query, &filter, Page::new(args.offset, args.limit as usize)).context("searching")?;
    let mut out = crate::out::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &results)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{}{} matches", results.total, if results.total_is_lower_bound { "+" } else { "" })?;
    for hit in &results.hits {
        let a = &hit.article;
        let outlet = a.outlet.name.clone().or_else(|| a.outlet.domain.clone()).unwrap_or_else(|| "unknown".into());
        let date = a.published.as_deref().map(|d| d.get(..10).unwrap_or(d)).unwrap_or("undated");
        writeln!(out, "{}  {}  {}  {}", &a.id[..a.id.len().min(12)], outlet, date, marked(&hit.title))?;
        if !hit.snippet.is_empty() {
            writeln!(out, "    {}", marked(&hit.snippet).replace('\n', " "))?;
        }
    }
    Ok(())
}

/// Matches in [brackets] so they stand out in a terminal and in a pipe alike.
fn marked(parts: &[Fragment]) -> String {
    parts.iter().map(|f| if f.hit { format!("[{}]", f.text) } else { f.text.clone() }).collect()
}
