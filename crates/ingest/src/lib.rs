//! Readers: turn files, directories, globs, stdin or bytes into [`RawArticle`]s plus diagnostics.
//!
//! Everything is detected by content, not by file name: compression (zstd, gzip) by magic bytes,
//! text encoding by BOM / UTF-8 validity / `chardetng`, and the format by sniffing the first
//! 64 KiB (see [`detect_format`]). `--format` forces a format.
//!
//! Invariants:
//! - Bad input never aborts a batch and is never dropped silently. Every record that cannot be
//!   used comes out as [`Record::Quarantine`] with its raw bytes and a [`Diagnostic`] saying where
//!   (file and line or byte offset), what is wrong and what was done.
//! - Memory is bounded: input is streamed; a record is capped at
//!   [`ReadOptions::max_record_bytes`] and quarantined past it (raw bytes kept up to
//!   [`ReadOptions::max_quarantine_bytes`]).
//! - Dates are never invented: an unparseable or impossible date leaves `published` empty and
//!   yields a warning.
//! - Output order is deterministic: inputs in the order given, directories walked in sorted order.
//!
//! Formats this crate does not read itself (HTML, feeds, WARC) are plugged in at run time through
//! [`ReadOptions::with_reader`] and the [`ExternalReader`] trait, so this crate does not depend on
//! the crate that implements them.

mod dates;
mod decode;
mod detect;
mod error;
mod jsonl;
mod lines;
mod reader;
mod text;
mod uci;

use std::collections::BTreeMap;
use std::fmt;
use std::io::BufRead;
use std::ops::Range;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

pub use dates::{DateParse, dateline, parse_date, published_from_unix};
pub use detect::detect_format;
pub use error::IngestError;
pub use reader::Reader;
pub use stemmata_model::{Diagnostic, Quarantined, RawArticle, Severity};

/// An input format. `Auto` sniffs the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Format {
    #[default]
    Auto,
    /// Seed text format: title line, optional outlet line, optional date line, blank line, body.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// UCI News Aggregator TSV (`ID TITLE URL PUBLISHER CATEGORY STORY HOSTNAME TIMESTAMP`).
    Uci,
    /// An HTML page (read by a registered [`ExternalReader`]).
    Html,
    /// RSS / Atom / JSON Feed (read by a registered [`ExternalReader`]).
    Feed,
    /// WARC archive (read by a registered [`ExternalReader`]).
    Warc,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Auto,
        Format::Text,
        Format::Jsonl,
        Format::Uci,
        Format::Html,
        Format::Feed,
        Format::Warc,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Text => "text",
            Format::Jsonl => "jsonl",
            Format::Uci => "uci",
            Format::Html => "html",
            Format::Feed => "feed",
            Format::Warc => "warc",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = IngestError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        let found = match lower.as_str() {
            "txt" => Some(Format::Text),
            "json" | "ndjson" => Some(Format::Jsonl),
            "tsv" => Some(Format::Uci),
            "rss" | "atom" => Some(Format::Feed),
            other => Format::ALL.into_iter().find(|f| f.name() == other),
        };
        found.ok_or_else(|| IngestError::UnknownFormat(s.to_owned()))
    }
}

/// Where to read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or a directory (walked recursively in sorted order; hidden entries skipped).
    Path(PathBuf),
    /// A glob pattern such as `feeds/**/*.jsonl`; matches are read in sorted order.
    Glob(String),
    /// Standard input.
    Stdin,
    /// Bytes already in memory, with the name to report them under.
    Bytes { name: String, bytes: Vec<u8> },
}

impl Input {
    /// Interprets a command-line argument: `-` is stdin, an existing path is a path, something
    /// with glob characters is a glob, anything else a path (that will be reported missing).
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            return Input::Stdin;
        }
        let path = PathBuf::from(arg);
        if std::fs::symlink_metadata(&path).is_ok() {
            return Input::Path(path);
        }
        if arg.contains(['*', '?', '[']) {
            return Input::Glob(arg.to_owned());
        }
        Input::Path(path)
    }
}

/// What a reader yields.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// A usable article, not yet normalized (see `stemmata_text::finish`).
    Article(RawArticle),
    /// A record that could not be used (severity `Error`), or the original bytes of one that was
    /// used only after repair (severity `Warning`, e.g. invalid UTF-8 replaced by U+FFFD), kept so
    /// nothing is lost.
    Quarantine {
        item: Quarantined,
        diagnostic: Diagnostic,
    },
    /// A problem not tied to kept bytes: an assumed encoding, an impossible date, a missing path,
    /// a symlink loop.
    Diagnostic(Diagnostic),
}

impl Record {
    pub fn diagnostic(&self) -> Option<&Diagnostic> {
        match self {
            Record::Article(_) => None,
            Record::Quarantine { diagnostic, .. } | Record::Diagnostic(diagnostic) => {
                Some(diagnostic)
            }
        }
    }
}

/// A record with the byte range of the (decompressed) source it came from, when known.
/// Built-in readers always know it; external readers may not.
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub record: Record,
    pub bytes: Option<Range<u64>>,
}

/// A reader for a format this crate does not parse itself (HTML, feeds, WARC).
///
/// `input` is already decompressed, but not decoded: the reader sees the raw bytes and handles
/// the charset itself (HTML and XML declare theirs). It must never panic and must return a
/// [`Record::Quarantine`] for anything it cannot use.
pub trait ExternalReader: Send + Sync {
    fn read(
        &self,
        source: &str,
        input: Box<dyn BufRead + Send>,
        options: &ReadOptions,
    ) -> Box<dyn Iterator<Item = Record> + Send>;
}

/// How to read.
#[derive(Clone)]
pub struct ReadOptions {
    /// `Auto` detects per file.
    pub format: Format,
    /// A record (line, or whole file for one-article formats) longer than this is quarantined.
    pub max_record_bytes: usize,
    /// At most this many raw bytes are kept for one quarantined record; the rest is counted in
    /// the diagnostic.
    pub max_quarantine_bytes: usize,
    /// Follow symbolic links while walking directories (loops are detected and reported).
    pub follow_symlinks: bool,
    external: BTreeMap<Format, Arc<dyn ExternalReader>>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: Format::Auto,
            max_record_bytes: 8 << 20,
            max_quarantine_bytes: 64 << 20,
            follow_symlinks: true,
            external: BTreeMap::new(),
        }
    }
}

impl fmt::Debug for ReadOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReadOptions")
            .field("format", &self.format)
            .field("max_record_bytes", &self.max_record_bytes)
            .field("max_quarantine_bytes", &self.max_quarantine_bytes)
            .field("follow_symlinks", &self.follow_symlinks)
            .field("external", &self.external.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl ReadOptions {
    pub fn with_format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// Plugs in the reader for `format` (HTML, feed, WARC, or an override of a built-in one).
    pub fn with_reader(mut self, format: Format, reader: Arc<dyn ExternalReader>) -> Self {
        self.register(format, reader);
        self
    }

    pub fn register(&mut self, format: Format, reader: Arc<dyn ExternalReader>) {
        self.external.insert(format, reader);
    }

    pub fn external_reader(&self, format: Format) -> Option<&Arc<dyn ExternalReader>> {
        self.external.get(&format)
    }
}

/// Reads all `inputs` lazily, one record at a time, in input order.
pub fn read(inputs: &[Input], options: &ReadOptions) -> Reader {
    Reader::new(inputs.to_vec(), options.clone())
}

/// Reads one in-memory source (tests, fuzzing, stdin-like callers).
pub fn read_bytes(source_name: &str, bytes: &[u8], format: Format) -> Vec<Record> {
    let options = ReadOptions::default().with_format(format);
    read(
        &[Input::Bytes {
            name: source_name.to_owned(),
            bytes: bytes.to_vec(),
        }],
        &options,
    )
    .collect()
}

/// Like [`read_bytes`], with options and byte ranges (for accounting checks).
pub fn read_bytes_located(source_name: &str, bytes: &[u8], options: &ReadOptions) -> Vec<Located> {
    let mut reader = read(
        &[Input::Bytes {
            name: source_name.to_owned(),
            bytes: bytes.to_vec(),
        }],
        options,
    );
    std::iter::from_fn(|| reader.next_located()).collect()
}
