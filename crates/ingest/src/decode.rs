//! Bytes to text: decompression (zstd, gzip) by magic bytes, binary detection, and the choice of
//! text encoding (BOM, then UTF-8 validity, then `chardetng` for legacy encodings).

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};
use ruzstd::decoding::StreamingDecoder;
use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Read};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compression {
    None,
    Zstd,
    Gzip,
}

impl Compression {
    pub(crate) fn sniff(head: &[u8]) -> Compression {
        if head.starts_with(&[0x28, 0xB5, 0x2F, 0xFD]) {
            Compression::Zstd
        } else if head.starts_with(&[0x1F, 0x8B]) {
            Compression::Gzip
        } else {
            Compression::None
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Zstd => "zstd",
            Compression::Gzip => "gzip",
        }
    }
}

pub(crate) type DynRead = Box<dyn Read + Send>;

/// Wraps `input` in the decompressor its first bytes call for.
pub(crate) fn decompress(input: DynRead, compression: Compression) -> DynRead {
    match compression {
        Compression::None => input,
        // Multi-member gzip (e.g. `.warc.gz`, concatenated logs) must be read to the end.
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(input)),
        Compression::Zstd => Box::new(ZstdFrames {
            source: Some(BufReader::new(input)),
            decoder: None,
        }),
    }
}

/// A zstd stream of one or more concatenated frames (`StreamingDecoder` reads one frame).
struct ZstdFrames {
    source: Option<BufReader<DynRead>>,
    decoder: Option<StreamingDecoder<BufReader<DynRead>, ruzstd::decoding::FrameDecoder>>,
}

impl Read for ZstdFrames {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if let Some(decoder) = self.decoder.as_mut() {
                let n = decoder.read(buf)?;
                if n > 0 {
                    return Ok(n);
                }
                if let Some(decoder) = self.decoder.take() {
                    self.source = Some(decoder.into_inner());
                }
            }
            let Some(mut source) = self.source.take() else {
                return Ok(0);
            };
            if source.fill_buf()?.is_empty() {
                return Ok(0);
            }
            match StreamingDecoder::new(source) {
                Ok(decoder) => self.decoder = Some(decoder),
                Err(e) => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("corrupt zstd frame: {e}"),
                    ));
                }
            }
        }
    }
}

/// Binary data, not text: NUL bytes or many control characters (UTF-16 with a BOM is text).
pub(crate) fn looks_binary(head: &[u8]) -> bool {
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    controls * 20 > head.len()
}

/// The encoding chosen for one source.
#[derive(Debug, Clone)]
pub(crate) struct Decoding {
    pub encoding: &'static Encoding,
    /// Bytes of BOM at the start of the source to skip.
    pub bom_len: usize,
    /// Set when the source is not plain UTF-8: what was assumed and why (becomes a warning).
    pub assumed: Option<String>,
}

/// Chooses the encoding from the head of a source. `complete` says the head is the whole source
/// (otherwise a multi-byte sequence may be cut at its end).
pub(crate) fn choose_encoding(head: &[u8], complete: bool) -> Decoding {
    if let Some((encoding, bom_len)) = Encoding::for_bom(head) {
        let assumed = (encoding != UTF_8)
            .then(|| format!("decoded as {} (byte order mark)", encoding.name()));
        return Decoding {
            encoding,
            bom_len,
            assumed,
        };
    }
    let (valid_multibyte, invalid) = utf8_census(head, complete);
    if invalid == 0 {
        return Decoding {
            encoding: UTF_8,
            bom_len: 0,
            assumed: None,
        };
    }
    // Mostly valid UTF-8 with a few broken bytes: still UTF-8, repaired record by record.
    if valid_multibyte >= invalid {
        return Decoding {
            encoding: UTF_8,
            bom_len: 0,
            assumed: None,
        };
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(head, complete);
    let encoding = detector.guess(None, Utf8Detection::Deny);
    Decoding {
        encoding,
        bom_len: 0,
        assumed: Some(format!(
            "not valid UTF-8; decoded as {} (detected from the bytes)",
            encoding.name()
        )),
    }
}

/// (valid multi-byte UTF-8 sequences, invalid sequences) in `bytes`.
fn utf8_census(bytes: &[u8], complete: bool) -> (usize, usize) {
    let mut valid_multibyte = 0;
    let mut invalid = 0;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid_multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                valid_multibyte += std::str::from_utf8(good)
                    .map_or(0, |s| s.chars().filter(|c| !c.is_ascii()).count());
                match e.error_len() {
                    Some(len) => {
                        invalid += 1;
                        rest = &after[len..];
                    }
                    None => {
                        // Cut at the end of an incomplete head: not an error.
                        if complete {
                            invalid += 1;
                        }
                        break;
                    }
                }
            }
        }
    }
    (valid_multibyte, invalid)
}

/// A record decoded to text.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// Byte offset (within the record) of the first malformed sequence, and how many there were.
    pub malformed: Option<(usize, usize)>,
}

pub(crate) fn decode_record<'a>(bytes: &'a [u8], encoding: &'static Encoding) -> Decoded<'a> {
    if encoding == UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(s) => Decoded {
                text: Cow::Borrowed(s),
                malformed: None,
            },
            Err(e) => {
                let (_, invalid) = utf8_census(bytes, true);
                Decoded {
                    text: String::from_utf8_lossy(bytes),
                    malformed: Some((e.valid_up_to(), invalid.max(1))),
                }
            }
        };
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let malformed = had_errors.then(|| {
        let first = text.find('\u{FFFD}').map_or(0, |char_pos| {
            // Approximate for multi-byte legacy encodings; exact for single-byte ones.
            text[..char_pos].chars().count()
        });
        (first, text.matches('\u{FFFD}').count().max(1))
    });
    Decoded { text, malformed }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1251_and_koi8_r_are_detected() {
        let sentence = "Міська рада ухвалила бюджет на наступний рік, повідомили в управлінні фінансів. \
                        Депутати проголосували одноголосно.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(sentence);
        let d = choose_encoding(&bytes, true);
        assert_eq!(d.encoding, encoding_rs::WINDOWS_1251);
        assert_eq!(decode_record(&bytes, d.encoding).text, sentence);

        let russian = "Городской совет утвердил бюджет на следующий год, сообщили в управлении финансов. \
                       Депутаты проголосовали единогласно, а мэр назвал его честным.";
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(russian);
        let d = choose_encoding(&bytes, true);
        assert!(
            d.encoding == encoding_rs::KOI8_R || d.encoding == encoding_rs::KOI8_U,
            "{}",
            d.encoding.name()
        );
        assert_eq!(decode_record(&bytes, d.encoding).text, russian);
        assert!(d.assumed.unwrap().contains("KOI8"));
    }

    #[test]
    fn utf8_with_a_broken_byte_stays_utf8_and_is_located() {
        let mut bytes = "Київ — столиця. Привіт, світе!".as_bytes().to_vec();
        bytes.insert(9, 0xFF); // a char boundary: after "Київ "
        let d = choose_encoding(&bytes, true);
        assert_eq!(d.encoding, UTF_8);
        let decoded = decode_record(&bytes, UTF_8);
        assert_eq!(decoded.malformed, Some((9, 1)));
        assert!(decoded.text.contains('\u{FFFD}'));
    }

    #[test]
    fn binary_is_recognized() {
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\x00\x00\x00"));
        assert!(!looks_binary("Заголовок\nтекст статті\n".as_bytes()));
        assert!(!looks_binary(b"\xFF\xFEa\x00b\x00"));
    }

    #[test]
    fn multi_frame_zstd_is_read_to_the_end() {
        // Two frames, each a raw (uncompressed) block: magic, descriptor (single segment, 1-byte
        // size), content size, block header (last, raw, size n), content.
        fn frame(content: &[u8]) -> Vec<u8> {
            let mut f = vec![0x28, 0xB5, 0x2F, 0xFD, 0x20, content.len() as u8];
            let header = ((content.len() as u32) << 3) | 1;
            f.extend_from_slice(&header.to_le_bytes()[..3]);
            f.extend_from_slice(content);
            f
        }
        let mut bytes = frame(b"first line\n");
        bytes.extend(frame(b"second line\n"));
        let mut out = String::new();
        decompress(Box::new(std::io::Cursor::new(bytes)), Compression::Zstd)
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "first line\nsecond line\n");
    }
}
