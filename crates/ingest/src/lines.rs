//! Lines with a length cap, so one giant line cannot take all memory.

use std::io::{self, BufRead};

pub(crate) struct Line {
    /// The line without its `\n` (and `\r`), truncated to the keep limit when oversize.
    pub bytes: Vec<u8>,
    /// 1-based line number.
    pub number: u64,
    /// Byte range in the source, newline included.
    pub start: u64,
    pub end: u64,
    /// Full length without the newline when it exceeded the record cap.
    pub oversize: Option<u64>,
}

pub(crate) struct CappedLines<R> {
    inner: R,
    offset: u64,
    number: u64,
    max_record: usize,
    max_keep: usize,
    done: bool,
}

impl<R: BufRead> CappedLines<R> {
    pub(crate) fn new(inner: R, start_offset: u64, max_record: usize, max_keep: usize) -> Self {
        CappedLines {
            inner,
            offset: start_offset,
            number: 0,
            max_record,
            max_keep: max_keep.max(max_record),
            done: false,
        }
    }

    pub(crate) fn offset(&self) -> u64 {
        self.offset
    }

    pub(crate) fn max_record(&self) -> usize {
        self.max_record
    }

    /// The next line; an IO error (e.g. corrupt compressed data) ends the stream.
    pub(crate) fn next_line(&mut self) -> Option<io::Result<Line>> {
        if self.done {
            return None;
        }
        let start = self.offset;
        let mut bytes = Vec::new();
        let mut length: u64 = 0;
        let mut terminated = false;
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            };
            if buf.is_empty() {
                break;
            }
            let (chunk, used, found) = match memchr::memchr(b'\n', buf) {
                Some(i) => (&buf[..i], i + 1, true),
                None => (buf, buf.len(), false),
            };
            let room = self.max_keep.saturating_sub(bytes.len());
            bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
            length += chunk.len() as u64;
            self.inner.consume(used);
            self.offset += used as u64;
            if found {
                terminated = true;
                break;
            }
        }
        if !terminated && length == 0 {
            self.done = true;
            return None;
        }
        if bytes.last() == Some(&b'\r') && length <= self.max_keep as u64 {
            bytes.pop();
            length -= 1;
        }
        self.number += 1;
        let oversize = (length > self.max_record as u64).then_some(length);
        Some(Ok(Line {
            bytes,
            number: self.number,
            start,
            end: self.offset,
            oversize,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_capped_and_flagged() {
        let mut data = vec![b'x'; 100];
        data.extend_from_slice(b"\nshort\r\nlast");
        let mut lines = CappedLines::new(&data[..], 0, 10, 20);
        let first = lines.next_line().unwrap().unwrap();
        assert_eq!(first.bytes.len(), 20);
        assert_eq!(first.oversize, Some(100));
        assert_eq!((first.start, first.end), (0, 101));
        let second = lines.next_line().unwrap().unwrap();
        assert_eq!(second.bytes, b"short");
        assert_eq!(second.number, 2);
        let third = lines.next_line().unwrap().unwrap();
        assert_eq!(third.bytes, b"last");
        assert_eq!(third.end, data.len() as u64);
        assert!(lines.next_line().is_none());
    }
}
