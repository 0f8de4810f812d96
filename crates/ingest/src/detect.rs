//! Format sniffing from the first bytes of a (decompressed) source.

use crate::Format;

/// The format of a source from its head (its first 64 KiB or so), never from its name.
///
/// Order matters: markup and WARC have unmistakable openings; a UCI header is exact; JSONL
/// starts with `{`; everything else is the seed text format.
pub fn detect_format(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let body = &head[start..];
    let lower: Vec<u8> = body
        .iter()
        .take(1024)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if body.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
        return Format::Html;
    }
    if lower.starts_with(b"<?xml")
        || lower.starts_with(b"<rss")
        || lower.starts_with(b"<feed")
        || lower.starts_with(b"<rdf")
    {
        let window = &lower[..];
        let has = |needle: &[u8]| window.windows(needle.len()).any(|w| w == needle);
        if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") || has(b"<channel") {
            return Format::Feed;
        }
        if has(b"<html") {
            return Format::Html;
        }
    }
    if lower.starts_with(b"<!--") || lower.starts_with(b"<head") || lower.starts_with(b"<body") {
        return Format::Html;
    }
    if crate::uci::is_header(first_line(head)) {
        return Format::Uci;
    }
    if body.first() == Some(&b'{') || crate::jsonl::is_json_document(body) {
        return Format::Jsonl;
    }
    Format::Text
}

fn first_line(head: &[u8]) -> &[u8] {
    let end = memchr::memchr(b'\n', head).unwrap_or(head.len());
    &head[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart_by_content() {
        assert_eq!(
            detect_format(b"ID\tTITLE\tURL\tPUBLISHER\tCATEGORY\tSTORY\tHOSTNAME\tTIMESTAMP\n1\t"),
            Format::Uci
        );
        assert_eq!(detect_format(b"\n{\"title\": \"x\"}\n"), Format::Jsonl);
        assert_eq!(detect_format(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(
            detect_format(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"),
            Format::Feed
        );
        assert_eq!(
            detect_format(b"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Format::Feed
        );
        assert_eq!(
            detect_format(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"),
            Format::Warc
        );
        assert_eq!(
            detect_format(b"A headline\nexample.com\n\nBody."),
            Format::Text
        );
        assert_eq!(detect_format("\u{FEFF}{\"a\":1}".as_bytes()), Format::Jsonl);
        assert_eq!(detect_format(b"[\n  {\"title\": \"x\"}\n]"), Format::Jsonl);
        assert_eq!(
            detect_format(b"[Update] Council votes\n\nBody."),
            Format::Text
        );
    }
}
