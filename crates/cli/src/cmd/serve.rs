//! `stemmata serve [--addr 127.0.0.1:8080] [--db FILE]`: the JSON API and the web UI.

use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on. Use 0.0.0.0:PORT to serve other machines.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The database file (created if missing).
    #[arg(long, default_value = "stemmata.db")]
    pub db: PathBuf,
    /// Enable `POST /api/ingest` for requests with `Authorization: Bearer TOKEN`.
    /// Read from the STEMMATA_INGEST_TOKEN environment variable when set (keeps it out of `ps`).
    #[arg(long)]
    pub ingest_token: Option<String>,
    /// Largest accepted upload, in MiB.
    #[arg(long, default_value_t = 32, value_parser = clap::value_parser!(u64).range(1..=1024))]
    pub max_upload_mib: u64,
    /// Search results kept for repeated queries (0 turns the cache off); emptied whenever the
    /// store changes.
    #[arg(long, default_value_t = 512, value_parser = clap::value_parser!(u64).range(0..=100_000))]
    pub search_cache: u64,
}

pub fn run(args: Args) -> Result<()> {
    let token = std::env::var("STEMMATA_INGEST_TOKEN").ok().filter(|t| !t.is_empty()).or(args.ingest_token);
    if let Some(t) = &token {
        anyhow::ensure!(t.len() >= 16, "the ingest token must be at least 16 characters");
    }
    let mut config = stemmata_server::Config::new(&args.db);
    config.max_upload_bytes = (args.max_upload_mib as usize) << 20;
    config.search_cache = args.search_cache as usize;
    let writable = token.is_some();
    config.ingest = token.map(|t| (t, Arc::new(super::ingest::ServerIngester) as Arc<dyn stemmata_server::Ingester>));
    stemmata_server::run(config, args.addr, |addr| {
        eprintln!(
            "stemmata: serving {} on http://{addr}/ ({}); Ctrl-C stops",
            args.db.display(),
            if writable { "ingest enabled" } else { "read-only" }
        );
    })
    .with_context(|| format!("serving {}", args.db.display()))
}
