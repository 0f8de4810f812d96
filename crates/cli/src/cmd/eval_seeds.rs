//! `stemmata eval seeds DIR`: runs `analyze` on a folder of articles that has an
//! `expected.json` beside it (the layout of the seed articles: `DIR/articles/*` and
//! `DIR/expected.json`) and checks each stated fact, printing one line per check.

use crate::input;
use anyhow::{Context, Result};
use serde_json::{Value, json};
use std::io::Write;
use std::path::PathBuf;
use stemmata_model::report::{Report, StoryReport};

#[derive(clap::Args)]
pub struct Args {
    /// Folder with `articles/` and `expected.json`.
    pub dir: PathBuf,
    #[arg(long)]
    pub json: bool,
}

struct Checks {
    results: Vec<(String, bool, String)>,
}

impl Checks {
    fn check(&mut self, name: impl Into<String>, ok: bool, detail: impl Into<String>) {
        self.results.push((name.into(), ok, detail.into()));
    }
}

fn strs(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.to_lowercase()],
        Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_lowercase)).collect(),
        _ => Vec::new(),
    }
}

fn lc(s: &str) -> String {
    s.to_lowercase()
}

fn id_for_file<'a>(report: &'a Report, file_prefix: &str) -> Option<&'a str> {
    report.articles.iter().find(|a| {
        let name = a.source.rsplit('/').next().unwrap_or(&a.source);
        name.starts_with(file_prefix)
    }).map(|a| a.id.as_str())
}

fn story_with<'a>(report: &'a Report, id: &str) -> Option<&'a StoryReport> {
    report.stories.iter().find(|s| s.article_ids.iter().any(|a| a == id))
}

pub fn run(args: Args) -> Result<()> {
    let expected_path = args.dir.join("expected.json");
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(&expected_path).with_context(|| format!("reading {}", expected_path.display()))?,
    )
    .with_context(|| format!("parsing {}", expected_path.display()))?;
    let loaded = input::load(vec![stemmata_ingest::Input::Path(args.dir.join("articles"))], Default::default());
    let report = stemmata_pipeline::analyze(&loaded.articles, &loaded.diagnostics, &stemmata_pipeline::Options::from_env());
    let mut c = Checks { results: Vec::new() };

    if let Some(arts) = expected["articles"].as_object() {
        for (file, facts) in arts {
            let stem = file.trim_end_matches(".txt");
            let Some(a) = report.articles.iter().find(|a| a.source.contains(stem)) else {
                c.check(format!("{file}: read"), false, "not in the report");
                continue;
            };
            let outlets = strs(&facts["outlet"]);
            let got = [a.outlet.name.clone(), a.outlet.domain.clone()];
            let ok = got.iter().flatten().any(|g| outlets.contains(&lc(g)));
            c.check(format!("{file}: outlet"), ok, format!("{:?}", got));
            let want = facts["published"].as_str();
            c.check(format!("{file}: published"), a.published.as_deref() == want, format!("{:?}", a.published));
            let lang = facts["language"].as_str();
            c.check(format!("{file}: language"), a.language.as_deref() == lang, format!("{:?}", a.language));
        }
    }
    if let Some(groups) = expected["stories"].as_array() {
        for g in groups {
            let ids: Vec<Option<&str>> = strs(g).iter().map(|f| id_for_file(&report, f.trim_end_matches(".txt"))).collect();
            let stories: Vec<Option<&str>> =
                ids.iter().map(|id| id.and_then(|id| story_with(&report, id)).map(|s| s.id.as_str())).collect();
            let ok = !stories.is_empty() && stories.iter().all(|s| s.is_some() && *s == stories[0]);
            c.check("one story holds the expected articles", ok, format!("{stories:?}"));
        }
    }
    let main_story = report.stories.first();
    if let (Some(origin), Some(story)) = (expected.get("origin"), main_story) {
        let names = strs(&origin["name"]);
        let found = story.origins.iter().find(|o| names.contains(&lc(&o.name)));
        c.check(
            "origin named",
            found.is_some_and(|o| Some(o.in_corpus) == origin["in_corpus"].as_bool()),
            format!("{:?}", story.origins.iter().map(|o| (&o.name, o.in_corpus)).collect::<Vec<_>>()),
        );
    }
    if let (Some(core), Some(story)) = (expected.get("core_claim"), main_story) {
        let needles = strs(&core["contains_any"]);
        let claim = story
            .claims
            .iter()
            .filter(|cl| needles.iter().any(|n| lc(&cl.text).contains(n)))
            .max_by_key(|cl| cl.article_ids.len());
        let ok = claim.is_some_and(|cl| {
            Some(cl.article_ids.len() as u64) == core["articles"].as_u64()
                && Some(cl.independent_sources as u64) == core["independent_sources"].as_u64()
        });
        c.check(
            "core claim: articles and independent sources",
            ok,
            format!("{:?}", claim.map(|cl| (cl.article_ids.len(), cl.independent_sources, &cl.text))),
        );
    }
    if let Some(quotes) = expected["quotes"].as_array() {
        for q in quotes {
            let needle = lc(q["contains"].as_str().unwrap_or_default());
            let speakers = strs(&q["speaker"]);
            let article = q["article"].as_str().and_then(|p| id_for_file(&report, p));
            let found = report.stories.iter().flat_map(|s| &s.quotes).any(|rq| {
                let texts: Vec<(&str, &str)> = std::iter::once((rq.article_id.as_str(), rq.text.as_str()))
                    .chain(rq.variants.iter().map(|v| (v.article_id.as_str(), v.text.as_str())))
                    .collect();
                texts.iter().any(|(aid, t)| Some(*aid) == article && lc(t).contains(&needle))
                    && rq.speaker.as_deref().is_some_and(|s| speakers.iter().any(|w| lc(s).contains(w.as_str())))
            });
            c.check(format!("quote “{needle}”"), found, "");
        }
    }
    if let Some(same) = expected["same_quote"].as_array() {
        let parts: Vec<(Option<&str>, String)> = same
            .iter()
            .filter_map(|p| p.as_array())
            .map(|p| (p[0].as_str().and_then(|f| id_for_file(&report, f)), lc(p[1].as_str().unwrap_or_default())))
            .collect();
        let ok = report.stories.iter().flat_map(|s| &s.quotes).any(|rq| {
            parts.iter().all(|(aid, needle)| {
                std::iter::once((rq.article_id.as_str(), rq.text.as_str()))
                    .chain(rq.variants.iter().map(|v| (v.article_id.as_str(), v.text.as_str())))
                    .any(|(a, t)| Some(a) == *aid && lc(t).contains(needle.as_str()))
            })
        });
        c.check("shared quote recognised as one", ok, "");
    }
    if let (Some(min), Some(story)) = (expected["shared_claims_min"].as_u64(), main_story) {
        let shared = story.claims.iter().filter(|cl| cl.article_ids.len() > 1).count();
        c.check(format!("at least {min} shared claims"), shared as u64 >= min, format!("{shared}"));
    }
    if let Some(events) = expected["timeline"].as_array() {
        for e in events {
            let date = e["date"].as_str().unwrap_or_default();
            let needle = lc(e["contains"].as_str().unwrap_or_default());
            let ok = report
                .stories
                .iter()
                .flat_map(|s| &s.timeline)
                .any(|t| t.date == date && lc(&t.text).contains(&needle));
            c.check(format!("timeline {date} “{needle}”"), ok, "");
        }
    }
    if let Some(entities) = expected["entities"].as_array() {
        for e in entities {
            let name = lc(e["name"].as_str().unwrap_or_default());
            let aliases = strs(&e["aliases"]);
            let found = report.stories.iter().flat_map(|s| &s.entities).find(|re| {
                lc(&re.name) == name || re.aliases.iter().any(|a| lc(a) == name)
            });
            let ok = found.is_some_and(|re| {
                aliases.iter().all(|a| lc(&re.name) == *a || re.aliases.iter().any(|x| lc(x) == *a))
            });
            c.check(format!("entity {name}"), ok, "");
        }
    }

    let passed = c.results.iter().filter(|r| r.1).count();
    let mut out = crate::out::stdout();
    if args.json {
        let checks: Vec<Value> =
            c.results.iter().map(|(n, ok, d)| json!({"check": n, "ok": ok, "detail": d})).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&json!({"passed": passed, "total": c.results.len(), "checks": checks}))?)?;
    } else {
        for (name, ok, detail) in &c.results {
            writeln!(out, "{} {name}{}", if *ok { "ok  " } else { "FAIL" }, if detail.is_empty() || *ok { String::new() } else { format!("  (got {detail})") })?;
        }
        writeln!(out, "seed checks: {passed} of {} hold", c.results.len())?;
    }
    Ok(())
}
