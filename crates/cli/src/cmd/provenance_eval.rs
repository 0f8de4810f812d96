//! `stemmata eval provenance DIR`: provenance against a labelled set laid out as
//! `DIR/labels.json` + `DIR/stories/<story id>/<file>` (see testdata/provenance): origin
//! accuracy, relay-edge precision/recall/F1, independent-source count exact-match rate and MAE.

use crate::input;
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use stemmata_model::Article;
use stemmata_provenance::eval::{score, LabelSet};

#[derive(clap::Args)]
pub struct Args {
    /// Folder with `labels.json` and `stories/`.
    pub dir: PathBuf,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also list each story that is not fully right.
    #[arg(long)]
    pub errors: bool,
    /// With `--errors`: also print every attribution found in the articles of those stories
    /// (cue, source, kind), to see why a credit was missed or misread.
    #[arg(long, requires = "errors")]
    pub trace: bool,
}

pub fn run(args: Args) -> Result<()> {
    let labels_path = args.dir.join("labels.json");
    let labels: LabelSet = serde_json::from_str(
        &std::fs::read_to_string(&labels_path).with_context(|| format!("reading {}", labels_path.display()))?,
    )
    .with_context(|| format!("parsing {}", labels_path.display()))?;
    let stories_dir = args.dir.join("stories");
    let loaded = input::load(vec![stemmata_ingest::Input::Path(stories_dir.clone())], Default::default());
    for d in &loaded.diagnostics {
        eprintln!("{d}");
    }
    // Key articles by "<story id>/<file>", the tail of their source path.
    let mut by_file: BTreeMap<String, Article> = BTreeMap::new();
    for a in loaded.articles {
        let path = a.source.split(':').next().unwrap_or(&a.source).replace('\\', "/");
        let mut parts = path.rsplit('/');
        let (Some(file), Some(story)) = (parts.next(), parts.next()) else { continue };
        by_file.insert(format!("{story}/{file}"), a);
    }
    let scores = score(&labels, &|story, file| by_file.get(&format!("{story}/{file}")).cloned());
    // Written with `?`, so a reader that stops early (`| head`) ends the command quietly.
    let mut out = crate::out::stdout();
    if args.json {
        let mut v = serde_json::to_value(&scores)?;
        if !args.errors
            && let Some(o) = v.as_object_mut()
        {
            o.remove("errors");
        }
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    writeln!(out, "stories {}  articles {}  claims {}", scores.stories, scores.articles, scores.claims)?;
    writeln!(out, "origin accuracy        {:.3}", scores.origin_accuracy)?;
    writeln!(
        out,
        "relay edges            P {:.3}  R {:.3}  F1 {:.3}  (gold {}, predicted {})",
        scores.edges.precision, scores.edges.recall, scores.edges.f1, scores.edges.gold, scores.edges.predicted
    )?;
    writeln!(out, "corroboration exact    {:.3}", scores.corroboration_exact)?;
    writeln!(out, "corroboration MAE      {:.3}", scores.corroboration_mae)?;
    if args.errors {
        for e in &scores.errors {
            writeln!(out, "  {e}")?;
        }
    }
    if args.trace {
        let failed: std::collections::BTreeSet<&str> =
            scores.errors.iter().filter_map(|e| e.split(':').next()).collect();
        for story in labels.stories.iter().filter(|s| failed.contains(s.id.as_str())) {
            writeln!(out, "\n{}", story.id)?;
            let articles: Vec<Article> =
                story.articles.iter().filter_map(|f| by_file.get(&format!("{}/{f}", story.id)).cloned()).collect();
            let known: Vec<String> = articles.iter().filter_map(|a| a.outlet.as_ref().map(|o| o.name.clone())).collect();
            for a in &articles {
                let file = a.source.rsplit('/').next().unwrap_or(&a.source);
                let outlet = a.outlet.as_ref().map_or("-", |o| o.name.as_str());
                writeln!(out, "  {file} [{outlet}]")?;
                for at in stemmata_attribution::article_attributions(a, &known) {
                    let (name, kind) = at.source.as_ref().map_or(("-", "-"), |s| (s.name.as_str(), s.kind.as_str()));
                    let via = at.recipient.as_ref().map(|r| format!(" to {}", r.name)).unwrap_or_default();
                    writeln!(out, "    {:<24} {name} ({kind}){via}", at.cue_text)?;
                }
            }
        }
    }
    Ok(())
}
