//! `stemmata eval clustering FILE` and `stemmata eval pairs FILE`: the story clusterer against
//! labelled sets, with the one default configuration (nothing is tuned per file).

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use stemmata_cluster::{Config, eval};

#[derive(clap::Args)]
pub struct ClusteringArgs {
    /// Labelled articles, plain or .zst: UCI News (…/uci-news/dev.tsv.zst, gold STORY), ECB+
    /// (…/ecbplus/dev.tsv.zst, gold CLUSTER) or our own set (testdata/clustering/multilingual.tsv);
    /// the format is told by the header.
    pub file: PathBuf,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args)]
pub struct PairsArgs {
    /// Same-story pairs, plain or .zst, tgcontest-pairs layout (…/tgcontest-pairs/dev.tsv.zst).
    pub file: PathBuf,
    /// One JSON object on stdout instead of the table.
    #[arg(long)]
    pub json: bool,
}

pub fn run_clustering(args: ClusteringArgs) -> Result<()> {
    let name = args.file.display().to_string();
    let content = eval::read_file(&args.file)?;
    let set = eval::read_labelled(&name, &content).with_context(|| format!("reading {name}"))?;
    eprintln!("{name}: {} articles ({} format), clustering…", set.articles.len(), set.format);
    // As `analyze` clusters: with the sentence encoder when it is installed and the clusterer
    // would use it (the set spans languages, or has dated headlines).
    let uses_embeddings = stemmata_pipeline::clustering_uses_embeddings(&set.articles);
    let options = if uses_embeddings { stemmata_pipeline::Options::from_env() } else { Default::default() };
    let embed_start = std::time::Instant::now();
    let embeddings = stemmata_pipeline::clustering_embeddings(&set.articles, options.encoder.as_deref());
    let embed_secs = embed_start.elapsed().as_secs_f64();
    let mut scores = eval::evaluate_clustering_with(&set, embeddings.as_deref(), &Config::default());
    scores.peak_rss_mb = eval::peak_rss_mb();
    let embedded = embeddings.as_ref().map_or(0, Vec::len);
    let mut out = crate::out::stdout();
    if args.json {
        let value = serde_json::json!({
            "bcubed": {
                "precision": scores.bcubed.precision,
                "recall": scores.bcubed.recall,
                "f1": scores.bcubed.f1,
            },
            "pairwise_f1": scores.pairwise_f1,
            "clusters": scores.clusters,
            "gold_clusters": scores.gold_clusters,
            "articles": scores.articles,
            "articles_per_sec": scores.articles_per_sec,
            "peak_rss_mb": scores.peak_rss_mb,
            "embedded_articles": embedded,
            "embedding_secs": embed_secs,
        });
        writeln!(out, "{}", serde_json::to_string(&value)?)?;
        return Ok(());
    }
    let b = scores.bcubed;
    writeln!(out, "B-cubed       P {:.3}  R {:.3}  F1 {:.3}", b.precision, b.recall, b.f1)?;
    writeln!(out, "pairwise F1   {:.3}", scores.pairwise_f1)?;
    writeln!(out, "clusters      {} (gold {})", scores.clusters, scores.gold_clusters)?;
    writeln!(out, "articles      {} at {:.0} articles/s", scores.articles, scores.articles_per_sec)?;
    writeln!(out, "peak RSS      {:.1} MB", scores.peak_rss_mb)?;
    let why_not = if !uses_embeddings { "one language, no dated headlines" } else { "no sentence-encoder model installed" };
    match embedded {
        0 => writeln!(out, "embeddings    not used ({why_not})")?,
        n => writeln!(out, "embeddings    {n} articles (title and lead) in {embed_secs:.2} s, not counted above")?,
    }
    Ok(())
}

pub fn run_pairs(args: PairsArgs) -> Result<()> {
    let name = args.file.display().to_string();
    let content = eval::read_file(&args.file)?;
    let pairs = eval::read_pairs(&name, &content).with_context(|| format!("reading {name}"))?;
    let report = eval::evaluate_pairs(&pairs, &Config::default());
    let mut out = crate::out::stdout();
    if args.json {
        let scores = |s: &eval::PairScores| serde_json::json!({"accuracy": s.accuracy, "f1": s.f1, "roc_auc": s.roc_auc});
        let by_language: serde_json::Map<String, serde_json::Value> =
            report.by_language.iter().map(|(l, s)| (l.clone(), scores(s))).collect();
        let value = serde_json::json!({
            "overall": scores(&report.overall),
            "by_language": by_language,
            "pairs": report.pairs,
        });
        writeln!(out, "{}", serde_json::to_string(&value)?)?;
        return Ok(());
    }
    writeln!(out, "same-story decision at the clusterer's threshold {:.2}", report.threshold)?;
    writeln!(out, "{:<10} {:>6} {:>9} {:>7} {:>8}", "language", "pairs", "accuracy", "F1(OK)", "ROC-AUC")?;
    for (lang, s) in report.by_language.iter().chain(std::iter::once((&"overall".to_owned(), &report.overall))) {
        writeln!(out, "{lang:<10} {:>6} {:>9.3} {:>7.3} {:>8.3}", s.pairs, s.accuracy, s.f1, s.roc_auc)?;
    }
    Ok(())
}
