//! `stemmata eval extraction ARCHIVE`: main-text extraction scored with the article-extraction
//! benchmark's own metric (4-token shingles, per-page normalised, F1 of the mean precision and
//! recall, exact-match accuracy), plus pages per second on one thread.

use anyhow::{Context, Result};
use serde::Serialize;
use std::path::PathBuf;
use std::io::Write;
use std::time::Instant;
use stemmata_web::eval::{PageScore, Summary, bootstrap_f1_std, load_benchmark, score_page, summarize};

#[derive(clap::Args)]
pub struct Args {
    /// Benchmark archive (`.tar.zst`, `.tar.gz`, `.tar` or a directory) holding
    /// `html/<id>.html.gz` and `ground-truth.json`.
    pub archive: PathBuf,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    pub json: bool,
    /// Also list every page's precision and recall, worst first.
    #[arg(long)]
    pub pages: bool,
}

#[derive(Serialize)]
struct PageResult {
    id: String,
    url: String,
    precision: Option<f64>,
    recall: Option<f64>,
    exact: bool,
    error: Option<String>,
}

#[derive(Serialize)]
struct Report {
    archive: String,
    #[serde(flatten)]
    summary: Summary,
    f1_std: f64,
    pages_per_second: f64,
    seconds: f64,
    failed_pages: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    per_page: Vec<PageResult>,
}

pub fn run(args: Args) -> Result<()> {
    let items = load_benchmark(&args.archive).with_context(|| format!("reading {}", args.archive.display()))?;
    anyhow::ensure!(!items.is_empty(), "{} holds no pages", args.archive.display());
    // Decompression and decoding happen before the clock starts: only extraction is timed.
    let mut errors: Vec<Option<String>> = Vec::with_capacity(items.len());
    let mut pages: Vec<String> = Vec::with_capacity(items.len());
    for it in &items {
        match stemmata_web::decode::gunzip(&it.html_gz, stemmata_web::decode::DEFAULT_MAX_BYTES) {
            Ok(bytes) => {
                pages.push(stemmata_web::decode::decode_text(&bytes, None).text);
                errors.push(if it.html_gz.is_empty() { Some("page missing from the archive".into()) } else { None });
            }
            Err(e) => {
                pages.push(String::new());
                errors.push(Some(e.message));
            }
        }
    }
    let started = Instant::now();
    let predictions: Vec<String> = items
        .iter()
        .zip(&pages)
        .map(|(it, html)| if html.is_empty() { String::new() } else { stemmata_web::html::extract(html, Some(&it.url)).text })
        .collect();
    let seconds = started.elapsed().as_secs_f64();
    let scores: Vec<PageScore> = items.iter().zip(&predictions).map(|(it, p)| score_page(&it.truth, p)).collect();
    let summary = summarize(&scores);
    let mut per_page: Vec<PageResult> = items
        .iter()
        .zip(&scores)
        .zip(errors)
        .map(|((it, s), error)| PageResult { id: it.id.clone(), url: it.url.clone(), precision: s.precision, recall: s.recall, exact: s.exact, error })
        .collect();
    let failed_pages = per_page.iter().filter(|p| p.error.is_some()).count();
    per_page.sort_by(|a, b| {
        let key = |p: &PageResult| p.precision.unwrap_or(0.0).min(p.recall.unwrap_or(0.0));
        key(a).total_cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    if !args.pages {
        per_page.clear();
    }
    let report = Report {
        archive: args.archive.display().to_string(),
        summary,
        f1_std: bootstrap_f1_std(&scores, 1000),
        pages_per_second: items.len() as f64 / seconds.max(1e-9),
        seconds,
        failed_pages,
        per_page,
    };
    let mut out = crate::out::stdout();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        return Ok(());
    }
    writeln!(out, "extraction on {} ({} pages)", report.archive, report.summary.pages)?;
    writeln!(out, "  precision  {:.4}", report.summary.precision)?;
    writeln!(out, "  recall     {:.4}", report.summary.recall)?;
    writeln!(out, "  F1         {:.4} ± {:.4}", report.summary.f1, report.f1_std)?;
    writeln!(out, "  accuracy   {:.4}", report.summary.accuracy)?;
    writeln!(out, "  speed      {:.0} pages/s (one thread, {:.2} s)", report.pages_per_second, report.seconds)?;
    if report.failed_pages > 0 {
        writeln!(out, "  failed     {} pages could not be read (scored as empty)", report.failed_pages)?;
    }
    for p in &report.per_page {
        writeln!(
            out,
            "  {}  P {:>5}  R {:>5}  {}{}",
            &p.id[..p.id.len().min(12)],
            p.precision.map_or("-".into(), |v| format!("{v:.3}")),
            p.recall.map_or("-".into(), |v| format!("{v:.3}")),
            p.url,
            p.error.as_deref().map_or(String::new(), |e| format!("  ({e})"))
        )?;
    }
    Ok(())
}
