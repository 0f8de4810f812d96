//! `stemmata timeline STORY [--json]`: a stored story's dated events in order, with the outlets
//! that report each and the date conflicts between them. `--input PATH...` analyzes files
//! instead of reading the store.

use crate::input;
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use stemmata_model::report::{ArticleSummary, StoryReport};

/// Which stories a per-story view shows: one stored story, or files analyzed on the spot.
#[derive(clap::Args)]
pub struct StorySelection {
    /// Story id as shown by `stemmata stories` (a unique prefix is enough). With `--input`,
    /// optional: without it every story is shown.
    pub story: Option<String>,
    /// The database file.
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// Analyze these files (or directories, globs, `-`) instead of reading the store.
    #[arg(long = "input", num_args = 1..)]
    pub input: Vec<String>,
}

impl StorySelection {
    pub fn load(&self) -> Result<Vec<(StoryReport, BTreeMap<String, ArticleSummary>)>> {
        load_stories(self.story.as_deref(), &self.db, &self.input)
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub selection: StorySelection,
    /// Print the timeline as JSON (the output contract's `timeline` array).
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let stories = args.selection.load()?;
    let mut out = crate::out::stdout();
    if args.json {
        let value: Vec<serde_json::Value> = stories
            .iter()
            .map(|(s, _)| serde_json::json!({"story_id": s.id, "title": s.title, "timeline": s.timeline}))
            .collect();
        let value = if value.len() == 1 {
            value[0]["timeline"].clone()
        } else {
            serde_json::Value::Array(value)
        };
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(());
    }
    for (story, articles) in &stories {
        writeln!(out, "{}  {}", story.id, story.title)?;
        if story.timeline.is_empty() {
            writeln!(out, "  (no dated events)")?;
        }
        let outlet = |id: &str| outlet_label(articles, id);
        for e in &story.timeline {
            writeln!(
                out,
                "  {:<10}  {:<22}  {}",
                e.date,
                truncate(&e.expression, 22),
                outlet(&e.article_id)
            )?;
            writeln!(out, "              {}", e.text)?;
            if !e.also_in.is_empty() {
                let others: Vec<String> = e.also_in.iter().map(|id| outlet(id)).collect();
                writeln!(out, "              also reported by: {}", others.join(", "))?;
            }
            if let Some(c) = &e.conflict {
                writeln!(out, "              CONFLICT: {c}")?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The story (or stories) to show with their articles: from the store, or from `--input`.
pub fn load_stories(
    story: Option<&str>,
    db: &std::path::Path,
    inputs: &[String],
) -> Result<Vec<(StoryReport, BTreeMap<String, ArticleSummary>)>> {
    if !inputs.is_empty() {
        let loaded = input::load(
            input::inputs_from_args(inputs),
            stemmata_ingest::Format::Auto,
        );
        let report =
            stemmata_pipeline::analyze(&loaded.articles, &loaded.diagnostics, &stemmata_pipeline::Options::from_env());
        let articles: BTreeMap<String, ArticleSummary> = report
            .articles
            .iter()
            .map(|a| (a.id.clone(), a.clone()))
            .collect();
        let chosen: Vec<StoryReport> = report
            .stories
            .into_iter()
            .filter(|s| story.is_none_or(|id| s.id.starts_with(id)))
            .collect();
        if chosen.is_empty() {
            anyhow::bail!(
                "no story{} in {}",
                story.map(|s| format!(" {s}")).unwrap_or_default(),
                inputs.join(" ")
            );
        }
        return Ok(chosen.into_iter().map(|s| (s, articles.clone())).collect());
    }
    let Some(typed) = story else {
        anyhow::bail!(
            "which story? pass its id (see `stemmata stories`), or --input PATH to analyze files"
        );
    };
    let store = super::stories::open_existing(db)?;
    let id = resolve(&store, typed)?;
    let detail = store
        .story(&id)
        .context("reading the story")?
        .context("story vanished while reading")?;
    let articles = detail
        .articles
        .iter()
        .map(|a| (a.id.clone(), a.clone()))
        .collect();
    Ok(vec![(detail.report, articles)])
}

/// Exact id, or the single stored story whose id starts with what was typed.
fn resolve(store: &stemmata_store::Store, typed: &str) -> Result<String> {
    if store.story(typed)?.is_some() {
        return Ok(typed.to_string());
    }
    let matches: Vec<String> = store
        .story_ids()?
        .into_iter()
        .filter(|id| id.starts_with(typed))
        .take(5)
        .collect();
    match matches.len() {
        0 => anyhow::bail!("no story {typed}; list them with `stemmata stories`"),
        1 => Ok(matches[0].clone()),
        _ => anyhow::bail!("{typed} is ambiguous: {} ...", matches.join(", ")),
    }
}

pub fn outlet_label(articles: &BTreeMap<String, ArticleSummary>, id: &str) -> String {
    let short = &id[..id.len().min(8)];
    match articles.get(id) {
        Some(a) => {
            let name = a
                .outlet
                .name
                .clone()
                .or_else(|| a.outlet.domain.clone())
                .unwrap_or_else(|| "unknown outlet".into());
            format!("{name} ({short})")
        }
        None => short.to_string(),
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n.saturating_sub(1)).collect();
    format!("{cut}…")
}
