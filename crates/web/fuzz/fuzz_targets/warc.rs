//! Arbitrary bytes as a WARC file (plain or gzip per record), with the HTTP responses inside.
#![no_main]
use libfuzzer_sys::fuzz_target;
use stemmata_web::readers::{Limits, warc_records};

fuzz_target!(|data: &[u8]| {
    let limits = Limits { max_document_bytes: 1 << 20, max_quarantine_bytes: 1 << 20 };
    for _ in warc_records("fuzz.warc".into(), std::io::Cursor::new(data.to_vec()), limits).take(10_000) {}
    let _ = stemmata_web::warc::parse_http_response(data, 1 << 20);
});
