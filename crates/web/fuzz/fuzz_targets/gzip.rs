//! Arbitrary bytes as gzip: decompression with a size cap never panics and never exceeds it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match stemmata_web::decode::gunzip(data, 1 << 20) {
        Ok(out) => assert!(out.len() <= 1 << 20),
        Err(e) => assert!(e.partial.len() <= 1 << 20),
    }
});
