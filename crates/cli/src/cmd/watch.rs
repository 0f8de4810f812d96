//! `stemmata watch --feeds FILE`: poll feeds on an interval and store only items not seen
//! before. What was seen (item ids per feed) and each URL's ETag/Last-Modified live in a state
//! file, so a restart neither re-fetches old items nor downloads unchanged feeds.

use super::fetch::{FetchOptions, report};
use super::ingest::{analyze_store, store_records};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use stemmata_store::Store;
use stemmata_web::fetch::{Outcome, Validators, document_records, is_feed, outcome_diagnostic};

#[derive(clap::Args)]
pub struct Args {
    /// A file of feed URLs, one per line (`#` starts a comment).
    #[arg(long)]
    pub feeds: PathBuf,
    /// Seconds between two polls of the feed list.
    #[arg(long, default_value_t = 900.0)]
    pub interval: f64,
    /// Stop after this many polls (0: run until interrupted).
    #[arg(long, default_value_t = 0)]
    pub rounds: u64,
    /// Where seen items and HTTP validators are kept between runs.
    #[arg(long, default_value = "stemmata-watch.json")]
    pub state: PathBuf,
    /// The database file (created if missing).
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub fetch: FetchOptions,
    /// Only store the articles; do not re-run the analysis after a poll that found new ones.
    #[arg(long)]
    pub no_analyze: bool,
    /// Print each poll's summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Items remembered per feed; the oldest are forgotten past this many.
const MAX_SEEN_PER_FEED: usize = 10_000;

#[derive(Debug, Default, Serialize, Deserialize)]
struct State {
    /// Feed URL -> item ids already stored, in the order they were first seen.
    seen: BTreeMap<String, Vec<String>>,
    validators: BTreeMap<String, Validators>,
}

fn load_state(path: &Path) -> Result<State> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes).with_context(|| format!("reading watch state {}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
        Err(e) => Err(e).with_context(|| format!("reading watch state {}", path.display())),
    }
}

fn save_state(path: &Path, state: &State) -> Result<()> {
    // Write then rename, so an interrupted save never leaves a half-written state.
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, serde_json::to_vec_pretty(state)?).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

fn read_feed_list(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading feed list {}", path.display()))?;
    let feeds: Vec<String> = text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    anyhow::ensure!(!feeds.is_empty(), "{} lists no feed URLs", path.display());
    Ok(feeds)
}

pub fn run(args: Args) -> Result<()> {
    anyhow::ensure!(args.interval.is_finite() && args.interval >= 0.0, "--interval must be a number of seconds >= 0");
    let feeds = read_feed_list(&args.feeds)?;
    let mut state = load_state(&args.state)?;
    let mut fetcher = args.fetch.fetcher()?;
    fetcher.validators = std::mem::take(&mut state.validators);
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let mut round = 0u64;
    loop {
        round += 1;
        let started = Instant::now();
        let mut records = Vec::new();
        for feed_url in &feeds {
            match fetcher.fetch(feed_url) {
                Outcome::NotModified => eprintln!("stemmata: {feed_url}: not modified"),
                Outcome::Fetched(doc) => {
                    if !is_feed(&doc) {
                        eprintln!("stemmata: {feed_url}: not a feed (Content-Type {:?}); skipped", doc.content_type);
                        continue;
                    }
                    let ids: Vec<String> = match stemmata_web::feed::parse_feed(&doc.body) {
                        Ok(f) => f.items.into_iter().map(|i| i.id).collect(),
                        Err(e) => {
                            eprintln!("stemmata: {feed_url}: unreadable feed: {e}");
                            continue;
                        }
                    };
                    let seen: BTreeSet<String> = state.seen.get(feed_url).map(|v| v.iter().cloned().collect()).unwrap_or_default();
                    let new: BTreeSet<String> = ids.iter().filter(|id| !seen.contains(*id)).cloned().collect();
                    eprintln!("stemmata: {feed_url}: {} items, {} new", ids.len(), new.len());
                    if !new.is_empty() {
                        let filter = |id: &str| new.contains(id);
                        records.extend(document_records(&mut fetcher, &doc, args.fetch.limits(), Some(&filter), &mut |u| {
                            eprintln!("stemmata: fetching {u}")
                        }));
                    }
                    let list = state.seen.entry(feed_url.clone()).or_default();
                    list.extend(ids.into_iter().filter(|id| new.contains(id)));
                    if list.len() > MAX_SEEN_PER_FEED {
                        let excess = list.len() - MAX_SEEN_PER_FEED;
                        list.drain(..excess);
                    }
                }
                other => records.push(outcome_diagnostic(feed_url, &other)),
            }
        }
        let mut summary = store_records(&mut store, records.into_iter(), 5000, |_, diagnostics| {
            for d in diagnostics {
                eprintln!("stemmata: {d}");
            }
        })?;
        if !args.no_analyze && summary.stored > 0 {
            analyze_store(&mut store, &mut summary)?;
        }
        state.validators = fetcher.validators.clone();
        save_state(&args.state, &state)?;
        report(&summary, args.json, started)?;
        if args.rounds != 0 && round >= args.rounds {
            return Ok(());
        }
        std::thread::sleep(Duration::from_secs_f64(args.interval));
    }
}
