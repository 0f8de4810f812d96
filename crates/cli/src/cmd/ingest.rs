//! `stemmata ingest PATH... [--format F] [--db FILE]`: read, normalize and store articles in
//! batches (one transaction each, so a crash loses at most the batch in flight and a re-run
//! completes it), then re-run the analysis over everything stored and replace the stories.

use crate::input;
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;
use stemmata_ingest::{Format, Input, Record};
use stemmata_model::{Article, Diagnostic, Quarantined, Severity};
use stemmata_store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively), globs, or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<String>,
    /// Input format: auto, text, jsonl, uci, html, feed, warc.
    #[arg(long, default_value = "auto", value_parser = input::parse_format)]
    pub format: Format,
    /// The database file (created if missing).
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// Articles per transaction.
    #[arg(long, default_value_t = 5000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub batch: u64,
    /// Only store the articles; do not re-run the analysis (stories stay as they were).
    #[arg(long)]
    pub no_analyze: bool,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// What an ingest did; printed at the end (and returned by the server's ingest endpoint).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Records read: articles plus quarantined records.
    pub read: usize,
    pub stored: usize,
    pub duplicates: usize,
    pub quarantined: usize,
    pub warnings: usize,
    /// Problems with no record to keep: a missing path, an unreadable directory, a symlink loop.
    pub errors: usize,
    /// Stories after the analysis re-run (`None` when it was skipped).
    pub stories: Option<usize>,
    /// Seconds spent reading and storing (analysis not included).
    pub ingest_seconds: f64,
    pub articles_per_second: f64,
    pub analyze_seconds: Option<f64>,
}

pub fn run(args: Args) -> Result<()> {
    let started = Instant::now();
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let inputs = input::inputs_from_args(&args.paths);
    let records = stemmata_ingest::read(&inputs, &input::read_options(args.format));
    let mut printed = 0usize;
    let mut last_report = Instant::now();
    let mut summary = store_records(&mut store, records, args.batch as usize, |s, diagnostics| {
        // Each problem once on stderr, up to a limit; all of them are in the store.
        for d in diagnostics {
            if printed < 20 {
                eprintln!("stemmata: {d}");
            } else if printed == 20 {
                eprintln!("stemmata: more problems follow; see `stemmata quarantine`");
            }
            printed += 1;
        }
        if last_report.elapsed().as_secs() >= 2 {
            last_report = Instant::now();
            eprintln!(
                "stemmata: {} read, {} stored, {} duplicates, {} quarantined ({:.0} articles/s)",
                s.read,
                s.stored,
                s.duplicates,
                s.quarantined,
                (s.stored + s.duplicates) as f64 / started.elapsed().as_secs_f64().max(1e-9)
            );
        }
    })?;
    if !args.no_analyze {
        analyze_store(&mut store, &mut summary)?;
    }
    if args.json {
        writeln!(crate::out::stdout(), "{}", serde_json::to_string_pretty(&summary)?)?;
    }
    eprintln!(
        "stemmata: ingest done: {} read, {} stored, {} duplicates, {} quarantined, {} warnings, {} errors; {:.0} articles/s ({:.2} s){}",
        summary.read,
        summary.stored,
        summary.duplicates,
        summary.quarantined,
        summary.warnings,
        summary.errors,
        summary.articles_per_second,
        summary.ingest_seconds,
        match (summary.stories, summary.analyze_seconds) {
            (Some(n), Some(t)) => format!("; {n} stories after analysis ({t:.2} s)"),
            _ => String::new(),
        }
    );
    Ok(())
}

/// Records after normalization, in input order.
enum Normalized {
    Article(Article),
    Quarantine(Quarantined, Diagnostic),
    Diagnostic(Diagnostic),
}

/// Records handed to a normalization worker at a time.
const CHUNK: usize = 512;

/// Reads records, normalizes articles and stores everything in batches. `on_batch` sees the
/// running totals and the diagnostics of each stored batch.
///
/// Three roles run at once: one thread reads, worker threads normalize (language detection
/// dominates the cost), and the calling thread stores. Chunks carry sequence numbers and are
/// stored in input order, so the result is the same as a sequential run.
pub fn store_records(
    store: &mut Store,
    records: impl Iterator<Item = Record> + Send,
    batch: usize,
    mut on_batch: impl FnMut(&Summary, &[Diagnostic]),
) -> Result<Summary> {
    use std::collections::BTreeMap;
    use std::sync::{Arc, Mutex, mpsc};
    let started = Instant::now();
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 8);
    let mut summary = Summary::default();
    std::thread::scope(|scope| -> Result<()> {
        let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Vec<Record>)>(workers * 2);
        let work_rx = Arc::new(Mutex::new(work_rx));
        let (done_tx, done_rx) = mpsc::sync_channel::<(usize, Vec<Normalized>)>(workers * 2);
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(CHUNK);
            let mut seq = 0;
            for record in records {
                chunk.push(record);
                if chunk.len() == CHUNK {
                    if work_tx.send((seq, std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK)))).is_err() {
                        return;
                    }
                    seq += 1;
                }
            }
            if !chunk.is_empty() {
                let _ = work_tx.send((seq, chunk));
            }
        });
        for _ in 0..workers {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                loop {
                    let next = match work_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, chunk)) = next else { return };
                    let normalized = chunk
                        .into_iter()
                        .map(|record| match record {
                            Record::Article(raw) => Normalized::Article(stemmata_text::finish(raw)),
                            Record::Quarantine { item, diagnostic } => Normalized::Quarantine(item, diagnostic),
                            Record::Diagnostic(d) => Normalized::Diagnostic(d),
                        })
                        .collect();
                    if done_tx.send((seq, normalized)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);

        let mut articles: Vec<Article> = Vec::with_capacity(batch);
        let mut quarantined: Vec<Quarantined> = Vec::new();
        let mut diagnostics: Vec<Diagnostic> = Vec::new();
        let mut flush = |store: &mut Store,
                         summary: &mut Summary,
                         articles: &mut Vec<Article>,
                         quarantined: &mut Vec<Quarantined>,
                         diagnostics: &mut Vec<Diagnostic>|
         -> Result<()> {
            let stats = store.insert_articles(articles).context("storing articles")?;
            summary.stored += stats.stored;
            summary.duplicates += stats.duplicates;
            store.insert_quarantine(quarantined).context("storing quarantined records")?;
            store.insert_diagnostics(diagnostics).context("storing diagnostics")?;
            on_batch(summary, diagnostics);
            articles.clear();
            quarantined.clear();
            diagnostics.clear();
            Ok(())
        };
        // Chunks may finish out of order; hold them until their turn.
        let mut waiting: BTreeMap<usize, Vec<Normalized>> = BTreeMap::new();
        let mut next_seq = 0;
        for (seq, chunk) in done_rx {
            waiting.insert(seq, chunk);
            while let Some(chunk) = waiting.remove(&next_seq) {
                next_seq += 1;
                for item in chunk {
                    match item {
                        Normalized::Article(a) => {
                            summary.read += 1;
                            articles.push(a);
                        }
                        Normalized::Quarantine(item, diagnostic) => {
                            // A Warning keeps the original bytes of a record used after repair.
                            if diagnostic.severity == Severity::Error {
                                summary.read += 1;
                                summary.quarantined += 1;
                            } else {
                                summary.warnings += 1;
                            }
                            quarantined.push(item);
                            diagnostics.push(diagnostic);
                        }
                        Normalized::Diagnostic(d) => {
                            match d.severity {
                                Severity::Warning => summary.warnings += 1,
                                Severity::Error => summary.errors += 1,
                            }
                            diagnostics.push(d);
                        }
                    }
                    if articles.len() >= batch || quarantined.len() >= 256 {
                        flush(store, &mut summary, &mut articles, &mut quarantined, &mut diagnostics)?;
                    }
                }
            }
        }
        flush(store, &mut summary, &mut articles, &mut quarantined, &mut diagnostics)
    })?;
    summary.ingest_seconds = started.elapsed().as_secs_f64();
    summary.articles_per_second = (summary.stored + summary.duplicates) as f64 / summary.ingest_seconds.max(1e-9);
    Ok(summary)
}

/// Re-runs the analysis over every stored article and replaces the stored stories.
pub fn analyze_store(store: &mut Store, summary: &mut Summary) -> Result<()> {
    let started = Instant::now();
    let articles: Vec<Article> =
        store.all_articles().collect::<Result<_, _>>().context("reading stored articles")?;
    let report = stemmata_pipeline::analyze(&articles, &[], &stemmata_pipeline::Options::from_env());
    let stories = store.replace_stories(&report).context("storing stories")?;
    summary.stories = Some(stories);
    summary.analyze_seconds = Some(started.elapsed().as_secs_f64());
    Ok(())
}

/// The server's ingest endpoint: the same path as the command, on an uploaded body.
pub struct ServerIngester;

impl stemmata_server::Ingester for ServerIngester {
    fn ingest(&self, db: &Path, body: &[u8], format: Option<&str>) -> Result<serde_json::Value, String> {
        let format = match format {
            Some(f) => input::parse_format(f)?,
            None => Format::Auto,
        };
        let mut store = Store::open(db).map_err(|e| e.to_string())?;
        let inputs = [Input::Bytes { name: "upload".into(), bytes: body.to_vec() }];
        let records = stemmata_ingest::read(&inputs, &input::read_options(format));
        let mut summary = store_records(&mut store, records, 5000, |_, _| {}).map_err(|e| format!("{e:#}"))?;
        analyze_store(&mut store, &mut summary).map_err(|e| format!("{e:#}"))?;
        serde_json::to_value(&summary).map_err(|e| e.to_string())
    }
}
