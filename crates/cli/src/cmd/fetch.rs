//! `stemmata fetch URL...`: fetch pages or feeds over HTTP (politely: robots.txt, a per-host
//! rate limit, retries with backoff, size and redirect limits), extract the articles and store
//! them exactly as `ingest` does. A feed URL fetches the feed and then each item's page.

use super::ingest::{Summary, analyze_store, store_records};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use stemmata_store::Store;
use stemmata_web::fetch::{FetchConfig, Fetcher, fetch_records};
use stemmata_web::readers::Limits;

/// How to fetch; shared by `fetch` and `watch`.
#[derive(clap::Args, Debug, Clone)]
pub struct FetchOptions {
    /// Least seconds between two requests to the same host (robots.txt Crawl-delay may raise it).
    #[arg(long, default_value_t = 1.0)]
    pub rate: f64,
    /// Seconds before one request is given up.
    #[arg(long, default_value_t = 20.0)]
    pub timeout: f64,
    /// Extra attempts after a network error, HTTP 429 or 5xx (waits 0.5 s, 1 s, 2 s, ...).
    #[arg(long, default_value_t = 2)]
    pub retries: u32,
    /// Largest response body accepted, in bytes.
    #[arg(long, default_value_t = 16 << 20)]
    pub max_bytes: usize,
    /// Redirects followed at most.
    #[arg(long, default_value_t = 5)]
    pub max_redirects: u32,
    /// User-Agent header; its first word is the name robots.txt rules are matched against.
    #[arg(long)]
    pub user_agent: Option<String>,
}

impl FetchOptions {
    pub fn fetcher(&self) -> Result<Fetcher> {
        anyhow::ensure!(self.rate.is_finite() && self.rate >= 0.0, "--rate must be a number of seconds >= 0");
        anyhow::ensure!(self.timeout.is_finite() && self.timeout > 0.0, "--timeout must be a number of seconds > 0");
        let mut config = FetchConfig {
            timeout: Duration::from_secs_f64(self.timeout),
            max_bytes: self.max_bytes,
            max_redirects: self.max_redirects,
            retries: self.retries,
            per_host_interval: Duration::from_secs_f64(self.rate),
            ..FetchConfig::default()
        };
        if let Some(ua) = &self.user_agent {
            config.user_agent = ua.clone();
        }
        Ok(Fetcher::new(config))
    }

    pub fn limits(&self) -> Limits {
        Limits { max_document_bytes: self.max_bytes, ..Limits::default() }
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Page or feed URLs (http or https).
    #[arg(required = true)]
    pub urls: Vec<String>,
    /// The database file (created if missing).
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    #[command(flatten)]
    pub fetch: FetchOptions,
    /// Only store the articles; do not re-run the analysis.
    #[arg(long)]
    pub no_analyze: bool,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> Result<()> {
    let started = Instant::now();
    let mut fetcher = args.fetch.fetcher()?;
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let records = fetch_records(&mut fetcher, &args.urls, args.fetch.limits(), |url| eprintln!("stemmata: fetching {url}"));
    let mut summary = store_records(&mut store, records.into_iter(), 5000, |_, diagnostics| {
        for d in diagnostics {
            eprintln!("stemmata: {d}");
        }
    })?;
    if !args.no_analyze && summary.stored > 0 {
        analyze_store(&mut store, &mut summary)?;
    }
    report(&summary, args.json, started)
}

pub fn report(summary: &Summary, json: bool, started: Instant) -> Result<()> {
    if json {
        writeln!(crate::out::stdout(), "{}", serde_json::to_string_pretty(summary)?)?;
    }
    eprintln!(
        "stemmata: fetch done: {} articles read, {} stored, {} duplicates, {} quarantined, {} warnings, {} errors ({:.1} s)",
        summary.read,
        summary.stored,
        summary.duplicates,
        summary.quarantined,
        summary.warnings,
        summary.errors,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
