// Shared check: reading never panics, and every record the built-in readers make is located
// inside the input.
use stemmata_ingest::{Format, ReadOptions, Record, read_bytes_located};

pub fn check(data: &[u8], format: Format) {
    let options = ReadOptions::default().with_format(format);
    for located in read_bytes_located("fuzz-input", data, &options) {
        if let (Some(range), Record::Article(_) | Record::Quarantine { .. }) =
            (&located.bytes, &located.record)
        {
            assert!(range.start <= range.end);
        }
    }
}
