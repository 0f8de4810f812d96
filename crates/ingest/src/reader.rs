//! The streaming reader: expands inputs (paths, directories, globs, stdin), opens each source,
//! undoes compression, picks the format and encoding, and hands records out one at a time.

use crate::decode::{
    Compression, DynRead, choose_encoding, decode_record, decompress, looks_binary,
};
use crate::detect::detect_format;
use crate::lines::{CappedLines, Line};
use crate::uci::{Columns, is_header};
use crate::{Format, Input, Located, ReadOptions, Record, jsonl, text};
use encoding_rs::Encoding;
use std::collections::VecDeque;
use std::io::{self, BufReader, Cursor, Read};
use std::path::Path;
use stemmata_model::{Diagnostic, Quarantined, RawArticle, Severity};

/// How much of a source is looked at to choose its format and encoding.
const HEAD_BYTES: usize = 64 * 1024;

/// Iterator over [`Record`]s of all inputs, in order. Build it with [`crate::read`].
pub struct Reader {
    options: ReadOptions,
    queue: VecDeque<Input>,
    walker: Option<Box<dyn Iterator<Item = walkdir::Result<walkdir::DirEntry>> + Send>>,
    current: Option<Current>,
    pending: VecDeque<Located>,
    /// When reading began (unix seconds): a dateline later than this is not a publication date.
    now: i64,
}

enum Current {
    Lines(Box<LineSource>),
    External(Box<dyn Iterator<Item = Record> + Send>),
}

impl Iterator for Reader {
    type Item = Record;
    fn next(&mut self) -> Option<Record> {
        self.next_located().map(|l| l.record)
    }
}

impl Reader {
    pub(crate) fn new(inputs: Vec<Input>, options: ReadOptions) -> Reader {
        Reader {
            options,
            queue: inputs.into(),
            walker: None,
            current: None,
            pending: VecDeque::new(),
            now: jiff::Timestamp::now().as_second(),
        }
    }

    /// The next record with the byte range it came from. An article whose input gave no
    /// publication date gets the one its body opens with, if any (see [`crate::dateline`]).
    pub fn next_located(&mut self) -> Option<Located> {
        let mut located = self.next_as_read()?;
        if let Record::Article(raw) = &mut located.record
            && raw.published.is_none()
        {
            raw.published = crate::dateline(&raw.text, self.now);
        }
        Some(located)
    }

    fn next_as_read(&mut self) -> Option<Located> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            match self.current.as_mut() {
                Some(Current::Lines(lines)) => {
                    if lines.fill(&mut self.pending) {
                        continue;
                    }
                    self.current = None;
                    continue;
                }
                Some(Current::External(records)) => match records.next() {
                    Some(record) => {
                        return Some(Located {
                            record,
                            bytes: None,
                        });
                    }
                    None => {
                        self.current = None;
                        continue;
                    }
                },
                None => {}
            }
            if let Some(walker) = self.walker.as_mut() {
                match walker.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_file() {
                            let path = entry.into_path();
                            self.open_path(&path);
                        }
                        continue;
                    }
                    Some(Err(e)) => {
                        let path = e
                            .path()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default();
                        let message = match e.loop_ancestor() {
                            Some(ancestor) => format!(
                                "symlink loop: points back to {}; not followed, the rest of the directory is read",
                                ancestor.display()
                            ),
                            None => format!("cannot read: {}; skipped", io_message(&e)),
                        };
                        self.diagnostic(&path, "", message, Severity::Error);
                        continue;
                    }
                    None => {
                        self.walker = None;
                        continue;
                    }
                }
            }
            let input = self.queue.pop_front()?;
            self.open_input(input);
        }
    }

    fn diagnostic(&mut self, source: &str, location: &str, message: String, severity: Severity) {
        self.pending.push_back(Located {
            record: Record::Diagnostic(Diagnostic {
                source: source.to_owned(),
                location: location.to_owned(),
                message,
                severity,
            }),
            bytes: None,
        });
    }

    fn open_input(&mut self, input: Input) {
        match input {
            Input::Stdin => self.open_stream("<stdin>", Box::new(io::stdin())),
            Input::Bytes { name, bytes } => {
                self.open_stream(&name, Box::new(Cursor::new(bytes)))
            }
            Input::Glob(pattern) => match glob::glob(&pattern) {
                Err(e) => self.diagnostic(
                    &pattern,
                    "",
                    format!("invalid glob pattern: {e}"),
                    Severity::Error,
                ),
                Ok(paths) => {
                    let mut found = Vec::new();
                    for entry in paths {
                        match entry {
                            Ok(path) => found.push(path),
                            Err(e) => {
                                let path = e.path().display().to_string();
                                self.diagnostic(
                                    &path,
                                    "",
                                    format!("cannot read: {}; skipped", e.error()),
                                    Severity::Error,
                                )
                            }
                        }
                    }
                    if found.is_empty() {
                        self.diagnostic(
                            &pattern,
                            "",
                            "no file matches this pattern".to_owned(),
                            Severity::Error,
                        );
                    }
                    found.sort();
                    for path in found.into_iter().rev() {
                        self.queue.push_front(Input::Path(path));
                    }
                }
            },
            Input::Path(path) => {
                let name = path.display().to_string();
                match std::fs::metadata(&path) {
                    Err(e) => {
                        let why = if e.kind() == io::ErrorKind::NotFound {
                            "no such file or directory".to_owned()
                        } else if e.raw_os_error() == Some(40) {
                            "symlink loop (too many levels of symbolic links)".to_owned()
                        } else {
                            e.to_string()
                        };
                        self.diagnostic(
                            &name,
                            "",
                            format!("cannot read: {why}; skipped"),
                            Severity::Error,
                        );
                    }
                    Ok(meta) if meta.is_dir() => {
                        let walker = walkdir::WalkDir::new(&path)
                            .follow_links(self.options.follow_symlinks)
                            .sort_by_file_name()
                            .into_iter();
                        self.walker =
                            Some(Box::new(walker.filter_entry(|e| {
                                e.depth() == 0 || !is_hidden(e.file_name())
                            })));
                    }
                    Ok(_) => self.open_path(&path),
                }
            }
        }
    }

    fn open_path(&mut self, path: &Path) {
        let name = path.display().to_string();
        match std::fs::File::open(path) {
            Ok(file) => self.open_stream(&name, Box::new(file)),
            Err(e) => self.diagnostic(
                &name,
                "",
                format!("cannot open: {e}; skipped"),
                Severity::Error,
            ),
        }
    }

    fn quarantine(
        &mut self,
        source: &str,
        location: &str,
        reason: String,
        raw: Vec<u8>,
        bytes: Option<std::ops::Range<u64>>,
    ) {
        self.pending.push_back(quarantine(
            source,
            location,
            reason,
            raw,
            Severity::Error,
            bytes,
        ));
    }

    /// Opens one source: decompression, format, encoding; queues its records or sets it current.
    fn open_stream(&mut self, name: &str, input: DynRead) {
        let max_keep = self
            .options
            .max_quarantine_bytes
            .max(self.options.max_record_bytes);
        let (magic, input) = match peek(input, 8) {
            Ok(x) => x,
            Err(e) => {
                return self.diagnostic(
                    name,
                    "",
                    format!("cannot read: {e}; skipped"),
                    Severity::Error,
                );
            }
        };
        let compression = Compression::sniff(&magic);
        // The compressed bytes are recorded until the head is unpacked, so a stream that cannot
        // be unpacked is quarantined whole, from a file, stdin or memory alike.
        let recorder = Recorder::new(input, max_keep);
        let tap = recorder.clone();
        let input = decompress(Box::new(recorder), compression);
        let (head, mut input) = match peek(input, HEAD_BYTES) {
            Ok(x) => x,
            Err(e) => {
                let (raw, total) = tap.drain();
                let reason = format!(
                    "cannot decompress ({} stream): {e}; file quarantined",
                    compression.name()
                );
                let reason = with_truncation(reason, &raw, total);
                return self.quarantine(name, "byte 0", reason, raw, Some(0..total));
            }
        };
        tap.stop();
        let complete = head.len() < HEAD_BYTES;
        if head.is_empty() {
            let reason = "empty file: no article in it".to_owned();
            return self.quarantine(name, "", reason, magic, Some(0..0));
        }
        let format = match self.options.format {
            Format::Auto => detect_format(&head),
            forced => forced,
        };
        if let Some(reader) = self.options.external_reader(format).cloned() {
            let records = reader.read(name, Box::new(BufReader::new(input)), &self.options);
            self.current = Some(Current::External(records));
            return;
        }
        if matches!(format, Format::Html | Format::Feed | Format::Warc) {
            let (raw, total) = read_capped(&mut input, max_keep);
            let reason = format!(
                "format `{format}` is not supported yet (no reader registered for it); file quarantined"
            );
            return self.quarantine(
                name,
                "",
                with_truncation(reason, &raw, total),
                raw,
                Some(0..total),
            );
        }
        if looks_binary(&head) {
            let (raw, total) = read_capped(&mut input, max_keep);
            let at = memchr::memchr(0, &head)
                .map_or(String::new(), |i| format!(" (NUL byte at byte {i})"));
            let reason = format!("binary data, not text{at}; file quarantined");
            return self.quarantine(
                name,
                "byte 0",
                with_truncation(reason, &raw, total),
                raw,
                Some(0..total),
            );
        }
        match format {
            Format::Jsonl if jsonl::is_json_document(&head) => {
                self.read_json_document(name, input, max_keep)
            }
            Format::Jsonl | Format::Uci => {
                let decoding = choose_encoding(&head, complete);
                if decoding.encoding == encoding_rs::UTF_16LE
                    || decoding.encoding == encoding_rs::UTF_16BE
                {
                    let (raw, total) = read_capped(&mut input, max_keep);
                    let reason = "UTF-16 is not supported for line formats (convert to UTF-8); file quarantined";
                    return self.quarantine(
                        name,
                        "",
                        with_truncation(reason.to_owned(), &raw, total),
                        raw,
                        Some(0..total),
                    );
                }
                if let Some(assumed) = &decoding.assumed {
                    self.diagnostic(name, "", assumed.clone(), Severity::Warning);
                }
                let lines = CappedLines::new(
                    BufReader::with_capacity(256 * 1024, input),
                    0,
                    self.options.max_record_bytes,
                    max_keep,
                );
                self.current = Some(Current::Lines(Box::new(LineSource {
                    name: name.to_owned(),
                    lines,
                    uci: (format == Format::Uci).then_some(None),
                    encoding: decoding.encoding,
                    bom_len: decoding.bom_len,
                })));
            }
            _ => self.read_text_file(name, input, max_keep),
        }
    }

    fn read_text_file(&mut self, name: &str, mut input: DynRead, max_keep: usize) {
        let (raw, total, error) = read_capped_checked(&mut input, max_keep);
        let range = Some(0..total);
        if let Some(e) = error {
            // Half an article is not an article: keep what was read, use none of it.
            let reason = format!("read error after {total} bytes ({e}); file quarantined");
            return self.quarantine(name, &format!("byte {total}"), reason, raw, range);
        }
        if total > self.options.max_record_bytes as u64 {
            let reason = format!(
                "article of {total} bytes exceeds the {}-byte record limit; file quarantined",
                self.options.max_record_bytes
            );
            return self.quarantine(name, "", with_truncation(reason, &raw, total), raw, range);
        }
        let decoding = choose_encoding(&raw, true);
        if let Some(assumed) = &decoding.assumed {
            self.diagnostic(name, "", assumed.clone(), Severity::Warning);
        }
        let decoded = decode_record(&raw[decoding.bom_len.min(raw.len())..], decoding.encoding);
        if let Some((offset, count)) = decoded.malformed {
            let reason = format!(
                "{count} malformed {} sequence(s), first at byte {}; replaced by U+FFFD, article kept, original bytes kept here",
                decoding.encoding.name(),
                offset + decoding.bom_len
            );
            self.pending.push_back(quarantine(
                name,
                &format!("byte {}", offset + decoding.bom_len),
                reason,
                raw.clone(),
                Severity::Warning,
                range.clone(),
            ));
        }
        match text::parse_text_article(name, &decoded.text) {
            Ok((article, warnings)) => {
                self.push_article(article, warnings, range);
            }
            Err(why) => {
                let reason = format!("{why}; file quarantined");
                self.quarantine(name, "", reason, raw.clone(), range);
            }
        }
    }

    /// A JSON array of articles, or pretty-printed objects spanning lines: parsed as a stream of
    /// values, each object an article.
    fn read_json_document(&mut self, name: &str, mut input: DynRead, max_keep: usize) {
        let (raw, total, error) = read_capped_checked(&mut input, max_keep);
        if let Some(e) = error {
            // The complete values before the error are still read; the cut one is quarantined.
            self.diagnostic(
                name,
                &format!("byte {total}"),
                format!("read error: {e}; the rest of this source is skipped"),
                Severity::Error,
            );
        }
        if total > raw.len() as u64 {
            let reason = format!(
                "JSON document of {total} bytes exceeds the {max_keep}-byte limit; file quarantined"
            );
            return self.quarantine(
                name,
                "",
                with_truncation(reason, &raw, total),
                raw,
                Some(0..total),
            );
        }
        let mut stream =
            serde_json::Deserializer::from_slice(&raw).into_iter::<serde_json::Value>();
        let mut start = 0usize;
        let mut record = 0usize;
        loop {
            match stream.next() {
                None => break,
                Some(Ok(value)) => {
                    let end = stream.byte_offset();
                    let range = Some(start as u64..end as u64);
                    let items = match value {
                        serde_json::Value::Array(items) => items,
                        other => vec![other],
                    };
                    if items.is_empty() {
                        record += 1;
                        let location = format!("record {record}");
                        let why =
                            "empty JSON array: no article in it; record quarantined".to_owned();
                        let raw_item = raw[start..end].to_vec();
                        self.quarantine(name, &location, why, raw_item, range.clone());
                    }
                    for item in items {
                        record += 1;
                        let location = format!("record {record}");
                        let source = format!("{name}#{record}");
                        match jsonl::parse_value(&source, &location, item) {
                            Ok((article, warnings)) => {
                                let warnings = warnings.into_iter().map(|mut w| {
                                    w.source = name.to_owned();
                                    w
                                });
                                self.push_article(article, warnings.collect(), range.clone())
                            }
                            Err(why) => {
                                let raw_item = raw[start..end].to_vec();
                                self.quarantine(name, &location, why, raw_item, range.clone())
                            }
                        }
                    }
                    start = end;
                }
                Some(Err(e)) => {
                    let reason = format!(
                        "invalid JSON ({e}); the rest of the file from byte {start} quarantined"
                    );
                    let rest = raw[start.min(raw.len())..].to_vec();
                    self.quarantine(
                        name,
                        &format!("byte {start}"),
                        reason,
                        rest,
                        Some(start as u64..total),
                    );
                    break;
                }
            }
        }
    }

    fn push_article(
        &mut self,
        article: RawArticle,
        warnings: Vec<Diagnostic>,
        range: Option<std::ops::Range<u64>>,
    ) {
        self.pending.push_back(Located {
            record: Record::Article(article),
            bytes: range.clone(),
        });
        for w in warnings {
            self.pending.push_back(Located {
                record: Record::Diagnostic(w),
                bytes: range.clone(),
            });
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|s| s.starts_with('.'))
}

fn io_message(e: &walkdir::Error) -> String {
    e.io_error()
        .map_or_else(|| e.to_string(), |io| io.to_string())
}

/// A line-oriented source (JSONL or UCI) being read.
struct LineSource {
    name: String,
    lines: CappedLines<BufReader<DynRead>>,
    /// `Some(None)` for UCI before its header was seen, `Some(Some(columns))` after.
    uci: Option<Option<Columns>>,
    encoding: &'static Encoding,
    bom_len: usize,
}

impl LineSource {
    /// Reads lines until at least one record is queued; false at the end of the source.
    fn fill(&mut self, out: &mut VecDeque<Located>) -> bool {
        loop {
            let line = match self.lines.next_line() {
                None => return false,
                Some(Ok(line)) => line,
                Some(Err(e)) => {
                    let at = format!("byte {}", self.lines.offset());
                    out.push_back(Located {
                        record: Record::Diagnostic(Diagnostic {
                            source: self.name.clone(),
                            location: at,
                            message: format!("read error: {e}; the rest of this source is skipped"),
                            severity: Severity::Error,
                        }),
                        bytes: None,
                    });
                    return true;
                }
            };
            if self.handle(line, out) {
                return true;
            }
        }
    }

    /// Turns one line into records; false when the line yields nothing (blank, header).
    fn handle(&mut self, mut line: Line, out: &mut VecDeque<Located>) -> bool {
        let location = format!("line {}", line.number);
        let source = format!("{}:{}", self.name, line.number);
        let range = Some(line.start..line.end);
        if line.number == 1 && self.bom_len > 0 {
            line.bytes.drain(..self.bom_len.min(line.bytes.len()));
        }
        if let Some(total) = line.oversize {
            let reason = with_truncation(
                format!(
                    "record of {total} bytes exceeds the {}-byte record limit; quarantined",
                    self.lines_max_record()
                ),
                &line.bytes,
                total,
            );
            out.push_back(quarantine(
                &self.name,
                &location,
                reason,
                line.bytes,
                Severity::Error,
                range,
            ));
            return true;
        }
        // Only ASCII-blank lines are skipped silently; anything else is an article or quarantined.
        if line.bytes.iter().all(u8::is_ascii_whitespace) {
            return false;
        }
        let decoded = decode_record(&line.bytes, self.encoding);
        let text = decoded.text.trim();
        let parsed = match &mut self.uci {
            None => jsonl::parse_line(&source, &location, text),
            Some(columns) => {
                let columns = match columns {
                    Some(c) => c,
                    None => {
                        if is_header(text.as_bytes()) {
                            *columns = Some(Columns::from_header(text));
                            return false;
                        }
                        columns.insert(Columns::standard())
                    }
                };
                crate::uci::parse_row(
                    columns,
                    &source,
                    &location,
                    decoded.text.trim_end_matches(['\r', '\n']),
                )
            }
        };
        let malformed = decoded.malformed;
        match parsed {
            Ok((article, warnings)) => {
                out.push_back(Located {
                    record: Record::Article(article),
                    bytes: range.clone(),
                });
                for mut w in warnings {
                    // The article's source names the line; a diagnostic names the file and a location.
                    w.source.clone_from(&self.name);
                    out.push_back(Located {
                        record: Record::Diagnostic(w),
                        bytes: range.clone(),
                    });
                }
                if let Some((offset, count)) = malformed {
                    let reason = format!(
                        "{count} malformed {} sequence(s), first at byte {} of the line; replaced by U+FFFD, article kept, original bytes kept here",
                        self.encoding.name(),
                        offset
                    );
                    out.push_back(quarantine(
                        &self.name,
                        &location,
                        reason,
                        line.bytes,
                        Severity::Warning,
                        range,
                    ));
                }
            }
            Err(why) => {
                let why = match malformed {
                    Some((offset, _)) => format!(
                        "{why} (also malformed {} at byte {offset})",
                        self.encoding.name()
                    ),
                    None => why,
                };
                out.push_back(quarantine(
                    &self.name,
                    &location,
                    why,
                    line.bytes,
                    Severity::Error,
                    range,
                ));
            }
        }
        true
    }

    fn lines_max_record(&self) -> String {
        self.lines.max_record().to_string()
    }
}

fn quarantine(
    source: &str,
    location: &str,
    reason: String,
    raw: Vec<u8>,
    severity: Severity,
    bytes: Option<std::ops::Range<u64>>,
) -> Located {
    Located {
        record: Record::Quarantine {
            item: Quarantined {
                source: source.to_owned(),
                location: location.to_owned(),
                reason: reason.clone(),
                raw,
            },
            diagnostic: Diagnostic {
                source: source.to_owned(),
                location: location.to_owned(),
                message: reason,
                severity,
            },
        },
        bytes,
    }
}

fn with_truncation(reason: String, kept: &[u8], total: u64) -> String {
    if (kept.len() as u64) < total {
        format!(
            "{reason} (only the first {} of {total} bytes kept)",
            kept.len()
        )
    } else {
        reason
    }
}

/// Reads up to `n` bytes and gives back a reader that still yields them first.
fn peek(mut input: DynRead, n: usize) -> io::Result<(Vec<u8>, DynRead)> {
    let mut head = Vec::with_capacity(n.min(HEAD_BYTES));
    (&mut input).take(n as u64).read_to_end(&mut head)?;
    let again = Cursor::new(head.clone());
    Ok((head, Box::new(again.chain(input))))
}

/// Reads everything, keeping at most `keep` bytes; returns them, the total length, and the
/// error that ended the read early, if any (what was read before it is kept).
fn read_capped_checked(input: &mut DynRead, keep: usize) -> (Vec<u8>, u64, Option<io::Error>) {
    let mut kept = Vec::new();
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match input.read(&mut buf) {
            Ok(0) => return (kept, total, None),
            Ok(n) => {
                let room = keep.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
                total += n as u64;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return (kept, total, Some(e)),
        }
    }
}

fn read_capped(input: &mut DynRead, keep: usize) -> (Vec<u8>, u64) {
    let (kept, total, _) = read_capped_checked(input, keep);
    (kept, total)
}

/// A reader that keeps a copy of what passes through it (up to a cap) and counts it, shared
/// with a handle that can take the rest of the input back after the reader it feeds failed.
#[derive(Clone)]
struct Recorder(std::sync::Arc<std::sync::Mutex<Recorded>>);

struct Recorded {
    input: DynRead,
    kept: Vec<u8>,
    total: u64,
    cap: usize,
}

impl Recorder {
    fn new(input: DynRead, cap: usize) -> Recorder {
        Recorder(std::sync::Arc::new(std::sync::Mutex::new(Recorded { input, kept: Vec::new(), total: 0, cap })))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Recorded> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Stops keeping copies: the input is readable and will be accounted record by record.
    fn stop(&self) {
        let mut r = self.lock();
        r.cap = 0;
        r.kept = Vec::new();
    }

    /// Everything read so far and what remains of the input: the bytes kept and their total.
    fn drain(&self) -> (Vec<u8>, u64) {
        let mut r = self.lock();
        let room = r.cap.saturating_sub(r.kept.len());
        let (rest, more) = read_capped(&mut r.input, room);
        r.kept.extend_from_slice(&rest);
        (std::mem::take(&mut r.kept), r.total + more)
    }
}

impl Read for Recorder {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut r = self.lock();
        let n = r.input.read(buf)?;
        let room = r.cap.saturating_sub(r.kept.len());
        r.kept.extend_from_slice(&buf[..n.min(room)]);
        r.total += n as u64;
        Ok(n)
    }
}
