//! Arbitrary bytes as a feed (RSS, Atom, JSON Feed) and the records built from its items.
#![no_main]
use libfuzzer_sys::fuzz_target;
use stemmata_web::readers::{Limits, feed_records};

fuzz_target!(|data: &[u8]| {
    let _ = stemmata_web::feed::looks_like_feed(data);
    let records = feed_records("fuzz.xml", "", data, Limits::default());
    assert!(!records.is_empty(), "a feed yields items or a diagnostic");
});
