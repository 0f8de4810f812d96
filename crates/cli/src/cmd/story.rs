//! `stemmata story ID [--json] [--why] [--claims]`: one stored story in full.

use crate::render;
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use stemmata_model::report::{ArticleSummary, Report};

#[derive(clap::Args)]
pub struct Args {
    /// Story id as shown by `stemmata stories` (a unique prefix is enough).
    pub id: String,
    /// The database file.
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// The story's report as JSON (the output contract's story object, plus its articles).
    #[arg(long)]
    pub json: bool,
    /// Explain the provenance: who relayed whom, with the evidence.
    #[arg(long)]
    pub why: bool,
    /// List the claims with their independent-source counts.
    #[arg(long)]
    pub claims: bool,
}

pub fn run(args: Args) -> Result<()> {
    let store = super::stories::open_existing(&args.db)?;
    let id = resolve(&store, &args.id)?;
    let detail = store.story(&id).context("reading the story")?.context("story vanished while reading")?;
    let mut out = crate::out::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &detail)?;
        writeln!(out)?;
        return Ok(());
    }
    let report = Report { articles: detail.articles.clone(), stories: vec![detail.report.clone()], diagnostics: vec![] };
    write!(out, "{}", render::story(&report, &detail.report, args.claims))?;
    if args.why {
        let articles: BTreeMap<&str, &ArticleSummary> = detail.articles.iter().map(|a| (a.id.as_str(), a)).collect();
        write!(out, "\n{}", render::membership(&detail.report, &articles))?;
        writeln!(out, "\nWho relayed whom:")?;
        write!(out, "{}", render::relay_tree(&detail.report, &articles))?;
        for r in &detail.report.relays {
            writeln!(out, "  {} ← {}: {}", &r.article_id[..r.article_id.len().min(8)], r.origin, r.evidence)?;
        }
    }
    Ok(())
}

/// Exact id, or the single story whose id starts with what was typed.
fn resolve(store: &stemmata_store::Store, typed: &str) -> Result<String> {
    if store.story(typed)?.is_some() {
        return Ok(typed.to_string());
    }
    let matches: Vec<String> = store.story_ids()?.into_iter().filter(|id| id.starts_with(typed)).take(5).collect();
    match matches.len() {
        0 => anyhow::bail!("no story {typed}; list them with `stemmata stories`"),
        1 => Ok(matches[0].clone()),
        _ => anyhow::bail!("{typed} is ambiguous: {} ...", matches.join(", ")),
    }
}
