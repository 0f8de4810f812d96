//! Real web input for stemmata: saved HTML pages, RSS/Atom/JSON feeds, WARC crawls, and polite
//! fetching over HTTP. Everything here turns outside bytes into [`stemmata_model::RawArticle`]s
//! plus [`stemmata_model::Diagnostic`]s; nothing panics on bad input and nothing is dropped
//! silently.
//!
//! Layers, bottom up: [`decode`] (gzip, charsets) → [`html`] / [`feed`] / [`warc`] (parsers of
//! one format each) → [`page`] (one document of any kind to articles) → [`fetch`] (HTTP with
//! robots.txt, rate limits, conditional GET). [`eval`] scores main-text extraction against the
//! article-extraction benchmark layout.

pub mod dates;
pub mod decode;
pub mod eval;
pub mod feed;
pub mod fetch;
pub mod html;
mod markup;
pub mod readers;
pub mod warc;

/// Errors of this crate, with the source (path or URL) they concern.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{input}: {message}")]
    Format { input: String, message: String },
    #[error("{url}: {message}")]
    Http { url: String, message: String },
}
