#![no_main]
// The jsonl reader on arbitrary bytes.
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::check(data, stemmata_ingest::Format::Jsonl);
});
