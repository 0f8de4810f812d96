//! `stemmata entities [STORY] [--json]`: people, places, organisations and named events with
//! their aliases, roles and the articles that mention them — of one story, or across all stored stories.
//! `--input PATH...` analyzes files instead of reading the store.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Story id (a unique prefix is enough); without it, entities across all stored stories.
    pub story: Option<String>,
    /// The database file.
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// Analyze these files (or directories, globs, `-`) instead of reading the store.
    #[arg(long = "input", num_args = 1..)]
    pub input: Vec<String>,
    /// Only this kind: person, place, organisation or event.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only names containing this text (case-insensitive), across stories.
    #[arg(long)]
    pub name: Option<String>,
    /// How many entities to list across stories.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let mut out = crate::out::stdout();
    if args.story.is_none() && args.input.is_empty() {
        // Across the store.
        let store = super::stories::open_existing(&args.db)?;
        let (total, rows) = store
            .entities(
                args.name.as_deref(),
                args.kind.as_deref(),
                None,
                stemmata_store::Page::new(0, args.limit),
            )
            .context("reading entities")?;
        if args.json {
            let value: Vec<serde_json::Value> = rows
                .iter()
                .map(|r| {
                    serde_json::json!({"name": r.name, "kind": r.kind, "aliases": r.aliases, "roles": r.roles,
                        "stories": r.stories, "story_ids": r.story_ids})
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
            return Ok(());
        }
        writeln!(out, "{} entities ({} shown)", total, rows.len())?;
        for r in rows {
            writeln!(
                out,
                "{:<13} {:<30} {:>3} stories",
                r.kind, r.name, r.stories
            )?;
            if !r.aliases.is_empty() {
                writeln!(out, "{:<14}aka {}", "", r.aliases.join(", "))?;
            }
            if !r.roles.is_empty() {
                writeln!(out, "{:<14}role {}", "", r.roles.join("; "))?;
            }
        }
        return Ok(());
    }
    let stories = super::timeline::load_stories(args.story.as_deref(), &args.db, &args.input)?;
    let keep = |kind: &str| {
        args.kind
            .as_deref()
            .is_none_or(|k| k.eq_ignore_ascii_case(kind))
    };
    let name_ok = |name: &str| {
        args.name
            .as_deref()
            .is_none_or(|n| name.to_lowercase().contains(&n.to_lowercase()))
    };
    if args.json {
        let value: Vec<serde_json::Value> = stories
            .iter()
            .map(|(s, _)| {
                let entities: Vec<_> = s
                    .entities
                    .iter()
                    .filter(|e| keep(&e.kind) && name_ok(&e.name))
                    .collect();
                serde_json::json!({"story_id": s.id, "title": s.title, "entities": entities})
            })
            .collect();
        let value = if value.len() == 1 {
            value[0]["entities"].clone()
        } else {
            serde_json::Value::Array(value)
        };
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(());
    }
    for (story, articles) in &stories {
        writeln!(out, "{}  {}", story.id, story.title)?;
        for e in story
            .entities
            .iter()
            .filter(|e| keep(&e.kind) && name_ok(&e.name))
        {
            writeln!(out, "  {:<13} {}", e.kind, e.name)?;
            if !e.aliases.is_empty() {
                writeln!(out, "  {:<13} aka {}", "", e.aliases.join(", "))?;
            }
            if !e.roles.is_empty() {
                writeln!(out, "  {:<13} role {}", "", e.roles.join("; "))?;
            }
            let in_articles: Vec<String> = e
                .article_ids
                .iter()
                .map(|id| super::timeline::outlet_label(articles, id))
                .collect();
            if !in_articles.is_empty() {
                writeln!(out, "  {:<13} in {}", "", in_articles.join(", "))?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}
