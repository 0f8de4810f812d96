//! Arbitrary bytes as an HTML page: decoding, metadata, main text, the record built from it,
//! and the date parsers on the same bytes as text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use stemmata_model::DateSource;
use stemmata_web::readers::{Limits, html_records};

fuzz_target!(|data: &[u8]| {
    let records = html_records("fuzz.html", "", data, Some("https://fuzz.example/2024/01/02/a"), None, Limits::default());
    assert!(!records.is_empty(), "every page yields an article or a diagnostic");
    let text = String::from_utf8_lossy(&data[..data.len().min(200)]);
    let _ = stemmata_web::dates::parse_date(&text, DateSource::Metadata);
    let _ = stemmata_web::dates::parse_visible_date(&text);
    let _ = stemmata_web::dates::date_from_url(&text);
});
