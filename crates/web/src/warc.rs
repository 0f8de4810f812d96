//! WARC 1.0/1.1 records (plain or gzip per record) and the HTTP responses inside them.
//!
//! Written by hand on top of flate2: the format is a header block plus `Content-Length` bytes,
//! and a streaming reader that survives truncation and keeps what it read is simpler to get
//! right here than adapting a crate that stops at the first damaged record.

use std::io::{BufRead, BufReader, Read};

/// Records larger than this are skipped (with a diagnostic), not loaded.
pub const MAX_RECORD_BYTES: u64 = 64 * 1024 * 1024;

/// One WARC record: its headers (names lowercased, in order) and its block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcRecord {
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Byte offset of the record in the (decompressed) stream, for diagnostics.
    pub offset: u64,
}

impl WarcRecord {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
    pub fn record_type(&self) -> &str {
        self.header("warc-type").unwrap_or("")
    }
    pub fn target_uri(&self) -> Option<&str> {
        self.header("warc-target-uri").map(|u| u.trim_matches(['<', '>']))
    }
}

/// A problem met while reading; reading goes on after it when it can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcProblem {
    pub offset: u64,
    pub message: String,
    /// The stream cannot be read any further.
    pub fatal: bool,
}

/// Streams records from a WARC file, decompressing gzip members transparently.
pub struct WarcReader {
    input: BufReader<Box<dyn Read + Send>>,
    offset: u64,
    done: bool,
}

impl WarcReader {
    /// `gzip`: the stream is `.warc.gz` (sniff with [`crate::decode::is_gzip`]).
    pub fn new<R: Read + Send + 'static>(reader: R, gzip: bool) -> Self {
        let inner: Box<dyn Read + Send> =
            if gzip { Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(reader))) } else { Box::new(reader) };
        WarcReader { input: BufReader::with_capacity(64 * 1024, inner), offset: 0, done: false }
    }
}

impl Iterator for WarcReader {
    type Item = Result<WarcRecord, WarcProblem>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let fail = |this: &mut Self, message: String| {
            this.done = true;
            Some(Err(WarcProblem { offset: this.offset, message, fatal: true }))
        };
        // Skip blank lines between records; find the version line.
        let mut line = Vec::new();
        loop {
            line.clear();
            match read_line_limited(&mut self.input, &mut line, 64 * 1024) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => {
                    if line.iter().all(|b| b.is_ascii_whitespace()) {
                        self.offset += n as u64;
                        continue;
                    }
                    break;
                }
                Err(e) => return fail(self, format!("unreadable WARC stream: {e}")),
            }
        }
        let record_offset = self.offset;
        self.offset += line.len() as u64;
        if !line.starts_with(b"WARC/") {
            return fail(self, "expected a WARC version line; the rest of the file is not WARC".into());
        }
        let mut headers = Vec::new();
        loop {
            line.clear();
            match read_line_limited(&mut self.input, &mut line, 64 * 1024) {
                Ok(0) => return fail(self, "file ends inside a record header (truncated)".into()),
                Ok(n) => {
                    self.offset += n as u64;
                    let text = String::from_utf8_lossy(&line);
                    let text = text.trim_end_matches(['\r', '\n']);
                    if text.is_empty() {
                        break;
                    }
                    if let Some((k, v)) = text.split_once(':') {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
                    } else if let Some(last) = headers.last_mut() {
                        // Folded continuation line.
                        last.1.push(' ');
                        last.1.push_str(text.trim());
                    }
                }
                Err(e) => return fail(self, format!("unreadable WARC header: {e}")),
            }
        }
        let length = headers.iter().find(|(k, _)| k == "content-length").and_then(|(_, v)| v.parse::<u64>().ok());
        let Some(length) = length else {
            return fail(self, "record without a valid Content-Length; cannot find the next record".into());
        };
        if length > MAX_RECORD_BYTES {
            // Skip the block without holding it.
            match std::io::copy(&mut (&mut self.input).take(length), &mut std::io::sink()) {
                Ok(n) if n == length => {
                    self.offset += length;
                    return Some(Err(WarcProblem {
                        offset: record_offset,
                        message: format!("record of {length} bytes is over the {MAX_RECORD_BYTES}-byte limit; skipped"),
                        fatal: false,
                    }));
                }
                _ => return fail(self, "file ends inside an oversized record (truncated)".into()),
            }
        }
        let mut body = Vec::with_capacity(length as usize);
        match (&mut self.input).take(length).read_to_end(&mut body) {
            Ok(n) if n as u64 == length => {}
            Ok(n) => {
                self.done = true;
                self.offset += n as u64;
                return Some(Err(WarcProblem {
                    offset: record_offset,
                    message: format!("record truncated: {n} of {length} bytes present"),
                    fatal: true,
                }));
            }
            Err(e) => return fail(self, format!("record unreadable (corrupt or truncated compression?): {e}")),
        }
        self.offset += length;
        Some(Ok(WarcRecord { headers, body, offset: record_offset }))
    }
}

fn read_line_limited(input: &mut impl BufRead, out: &mut Vec<u8>, limit: usize) -> std::io::Result<usize> {
    let n = input.take(limit as u64).read_until(b'\n', out)?;
    Ok(n)
}

/// An HTTP/1.x response as stored in a WARC `response` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    pub status: u16,
    /// Header names lowercased, in order.
    pub headers: Vec<(String, String)>,
    /// The body after undoing chunked transfer encoding and gzip/deflate content encoding.
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Parses a raw HTTP response (status line, headers, body).
pub fn parse_http_response(raw: &[u8], max_body: usize) -> Result<HttpResponse, String> {
    let split = find(raw, b"\r\n\r\n").map(|i| (i, i + 4)).or_else(|| find(raw, b"\n\n").map(|i| (i, i + 2)));
    let Some((head_end, body_start)) = split else {
        return Err("no end of HTTP headers".into());
    };
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    if !status_line.starts_with("HTTP/") {
        return Err(format!("not an HTTP status line: {:?}", truncate(status_line, 60)));
    }
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("bad HTTP status line: {:?}", truncate(status_line, 60)))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned())))
        .collect();
    let get = |n: &str| headers.iter().find(|(k, _)| k == n).map(|(_, v)| v.to_ascii_lowercase());
    let mut body = raw[body_start..].to_vec();
    if get("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        body = dechunk(&body);
    }
    match get("content-encoding").as_deref() {
        Some("gzip" | "x-gzip") => {
            body = crate::decode::gunzip(&body, max_body).map_err(|e| format!("body: {}", e.message))?;
        }
        Some("deflate") => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .take(max_body as u64)
                .read_to_end(&mut out)
                .map_err(|e| format!("body: corrupt deflate: {e}"))?;
            body = out;
        }
        _ => {}
    }
    body.truncate(max_body);
    Ok(HttpResponse { status, headers, body })
}

/// Undoes chunked transfer encoding; a malformed tail keeps what was decoded.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    while let Some(eol) = find(data, b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..eol]);
        let size_hex = size_text.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_hex, 16) else { break };
        data = &data[eol + 2..];
        if size == 0 {
            break;
        }
        let take = size.min(data.len());
        out.extend_from_slice(&data[..take]);
        data = &data[take..];
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
        if take < size {
            break;
        }
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    pub(crate) fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn gz(b: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn reads_gzip_per_record_and_parses_chunked_http() {
        let http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>hi\r\n6\r\n there\r\n0\r\n\r\n";
        let mut file = gz(&record("warcinfo", "", b"software: test"));
        file.extend(gz(&record("response", "<https://a.example/1>", http)));
        let records: Vec<_> = WarcReader::new(std::io::Cursor::new(file), true).collect();
        assert_eq!(records.len(), 2);
        let r = records[1].as_ref().unwrap();
        assert_eq!(r.record_type(), "response");
        assert_eq!(r.target_uri(), Some("https://a.example/1"));
        let resp = parse_http_response(&r.body, 1 << 20).unwrap();
        assert_eq!(resp.status, 200);
        assert_eq!(resp.body, b"<p>hi there");
        assert_eq!(resp.header("content-type"), Some("text/html; charset=utf-8"));
    }

    #[test]
    fn truncated_file_keeps_earlier_records_and_reports() {
        let mut file = record("response", "https://a.example/1", b"HTTP/1.1 200 OK\r\n\r\nfirst");
        let second = record("response", "https://a.example/2", b"HTTP/1.1 200 OK\r\n\r\nsecond page body");
        file.extend_from_slice(&second[..second.len() - 10]);
        let records: Vec<_> = WarcReader::new(std::io::Cursor::new(file), false).collect();
        assert_eq!(records.len(), 2);
        assert!(records[0].is_ok());
        let problem = records[1].as_ref().unwrap_err();
        assert!(problem.message.contains("truncated"), "{}", problem.message);
    }

    #[test]
    fn not_warc_is_one_fatal_problem() {
        let records: Vec<_> = WarcReader::new(std::io::Cursor::new(b"<html>nope</html>".to_vec()), false).collect();
        assert_eq!(records.len(), 1);
        assert!(records[0].as_ref().unwrap_err().fatal);
    }
}
