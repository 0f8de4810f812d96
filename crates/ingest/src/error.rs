use thiserror::Error;

/// Errors of the reader API itself. Problems with the input data are not errors: they come out
/// as diagnostics and quarantined records so a batch always goes on.
#[derive(Debug, Error)]
pub enum IngestError {
    #[error("unknown format `{0}`: expected one of auto, text, jsonl, uci, html, feed, warc")]
    UnknownFormat(String),
}
