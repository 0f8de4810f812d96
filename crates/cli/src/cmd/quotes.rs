//! `stemmata quotes STORY [--speaker NAME] [--json]`: who said what in a story, grouped by
//! speaker, each quote with its wordings in other articles. `--input PATH...` analyzes files
//! instead of reading the store.

use anyhow::Result;
use std::collections::BTreeMap;
use std::io::Write;
use stemmata_model::report::QuoteReport;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub selection: super::timeline::StorySelection,
    /// Only quotes whose speaker contains this (case-insensitive).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Print the quotes as JSON (the output contract's `quotes` array).
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let stories = args.selection.load()?;
    let wanted = args.speaker.as_deref().map(str::to_lowercase);
    let keep = |q: &&QuoteReport| {
        wanted.as_deref().is_none_or(|w| q.speaker.as_deref().is_some_and(|s| s.to_lowercase().contains(w)))
    };
    let mut out = crate::out::stdout();
    if args.json {
        let quotes: Vec<&QuoteReport> = stories.iter().flat_map(|(s, _)| s.quotes.iter()).filter(keep).collect();
        serde_json::to_writer_pretty(&mut out, &quotes)?;
        writeln!(out)?;
        return Ok(());
    }
    for (story, articles) in &stories {
        writeln!(out, "Story {} — {}", story.id, story.title)?;
        let mut by_speaker: BTreeMap<&str, Vec<&QuoteReport>> = BTreeMap::new();
        for q in story.quotes.iter().filter(keep) {
            by_speaker.entry(q.speaker.as_deref().unwrap_or("unknown speaker")).or_default().push(q);
        }
        for (speaker, quotes) in by_speaker {
            writeln!(out, "  {speaker}")?;
            for q in quotes {
                let outlet = |id: &str| {
                    articles.get(id).and_then(|a| a.outlet.name.clone()).unwrap_or_else(|| id.chars().take(8).collect())
                };
                let kind = q.kind.as_deref().map(|k| format!(" [{k}]")).unwrap_or_default();
                writeln!(out, "    “{}”{kind} — {}", q.text, outlet(&q.article_id))?;
                for v in q.variants.iter().filter(|v| v.article_id != q.article_id || v.text != q.text) {
                    writeln!(out, "        also: “{}” — {}", v.text, outlet(&v.article_id))?;
                }
            }
        }
    }
    Ok(())
}
