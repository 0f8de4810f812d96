//! Bytes to text: gzip with a size cap, binary sniffing, and charset detection.
//!
//! The charset order is the one browsers use: a byte-order mark, then the HTTP
//! `Content-Type` charset, then a `<meta charset>` in the first KiB, and only then a guess from
//! the bytes (chardetng). Pages in legacy encodings (windows-1251, Shift_JIS, ...) thus come out
//! as proper text, and the caller is told which encoding was used when it was guessed.

use crate::Error;
use std::io::Read;

/// Hard cap on what one decompressed document may grow to (a gzip bomb stops here).
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// True when the bytes start with the gzip magic number.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.len() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
}

/// Decompresses gzip (all members) up to `max_bytes` of output.
///
/// A truncated or corrupt stream is an error that still carries what was decoded before the
/// damage, so the caller can keep a partial page with a warning instead of losing it.
pub fn gunzip(bytes: &[u8], max_bytes: usize) -> Result<Vec<u8>, GunzipError> {
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes).take(max_bytes as u64 + 1);
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4).min(max_bytes));
    let mut buf = [0u8; 64 * 1024];
    loop {
        match decoder.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                out.extend_from_slice(&buf[..n]);
                if out.len() > max_bytes {
                    out.truncate(max_bytes);
                    return Err(GunzipError { partial: out, message: format!("decompressed size exceeds {max_bytes} bytes") });
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(GunzipError { partial: out, message: format!("corrupt or truncated gzip: {e}") }),
        }
    }
    Ok(out)
}

/// A failed decompression with whatever came out before the failure.
#[derive(Debug, Clone)]
pub struct GunzipError {
    pub partial: Vec<u8>,
    pub message: String,
}

impl From<GunzipError> for Error {
    fn from(e: GunzipError) -> Self {
        Error::Format { input: String::new(), message: e.message }
    }
}

/// Heuristic: the bytes are not text (NULs, or many control bytes, in the first 8 KiB).
/// UTF-16 with a BOM is text and passes.
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.is_empty() {
        return false;
    }
    let nul = head.iter().filter(|&&b| b == 0).count();
    let control = head.iter().filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b)).count();
    nul > 0 || control * 20 > head.len()
}

/// The text of a document plus how its encoding was determined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Encoding name as WHATWG spells it, e.g. `UTF-8`, `windows-1251`.
    pub encoding: &'static str,
    /// The encoding was guessed from the bytes (no BOM, header or meta said it).
    pub guessed: bool,
    /// Some bytes were not valid in that encoding and became U+FFFD.
    pub had_errors: bool,
}

/// Decodes a document's bytes. `content_type` is the HTTP header when known.
pub fn decode_text(bytes: &[u8], content_type: Option<&str>) -> Decoded {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, had_errors) = enc.decode(bytes);
        return Decoded { text: text.into_owned(), encoding: enc.name(), guessed: false, had_errors };
    }
    let declared = content_type
        .and_then(charset_param)
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]))
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        // A page cannot really be UTF-16 without a BOM; browsers read that label as UTF-8.
        .map(|e| if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE { encoding_rs::UTF_8 } else { e });
    let (enc, guessed) = match declared {
        Some(e) => (e, false),
        None => {
            // Valid UTF-8 needs no guess; it is also by far the most common case.
            if std::str::from_utf8(bytes).is_ok() {
                (encoding_rs::UTF_8, false)
            } else {
                let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                (detector.guess(None, chardetng::Utf8Detection::Allow), true)
            }
        }
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded { text: text.into_owned(), encoding: enc.name(), guessed, had_errors }
}

/// `charset=` parameter of a Content-Type value.
pub fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(['"', '\'']).to_owned())
    })
}

/// The charset a page declares in `<meta charset=...>` or `<meta http-equiv content=...charset=...>`.
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..].iter().position(|&b| b == b'>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset=") {
            let rest = &tag[c + 8..];
            let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
            let value: Vec<u8> = rest
                .iter()
                .copied()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .collect();
            if !value.is_empty() {
                return String::from_utf8(value).ok();
            }
        }
        from = end.max(start + 1);
        if from >= lower.len() {
            break;
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1251_page_is_read_from_its_meta_tag() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<html><head><meta charset=\"windows-1251\"></head><body>Привіт, світе</body></html>");
        let d = decode_text(&bytes, None);
        assert!(d.text.contains("Привіт, світе"));
        assert_eq!(d.encoding, "windows-1251");
        assert!(!d.guessed);
    }

    #[test]
    fn undeclared_legacy_bytes_are_guessed() {
        let text = "Новини дня: уряд оголосив нові правила для імпорту зерна, а парламент розгляне закон наступного тижня.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decode_text(&bytes, None);
        assert!(d.guessed);
        assert_eq!(d.text, text);
    }

    #[test]
    fn http_header_wins_over_guessing() {
        let (bytes, _, _) = encoding_rs::ISO_8859_2.encode("Zażółć gęślą jaźń");
        let d = decode_text(&bytes, Some("text/html; charset=ISO-8859-2"));
        assert_eq!(d.text, "Zażółć gęślą jaźń");
    }

    #[test]
    fn truncated_gzip_keeps_what_was_readable() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut enc, "hello world ".repeat(5000).as_bytes()).unwrap();
        let full = enc.finish().unwrap();
        assert_eq!(gunzip(&full, DEFAULT_MAX_BYTES).unwrap().len(), 60000);
        let err = gunzip(&full[..full.len() / 2], DEFAULT_MAX_BYTES).unwrap_err();
        assert!(err.message.contains("truncated"), "{}", err.message);
        let bomb = gunzip(&full, 1000).unwrap_err();
        assert_eq!(bomb.partial.len(), 1000);
    }

    #[test]
    fn binary_is_recognised() {
        assert!(looks_binary(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13]));
        assert!(!looks_binary("<html>plain</html>".as_bytes()));
    }
}
