//! Reader for NumPy `.npy` arrays stored in an `.npz` zip archive.
//!
//! Written by hand because the only crate that reads npz (`npyz`) pulls C builds of
//! zstd and bzip2; the format we need (little-endian, C order, four dtypes) is tiny.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use crate::EmbedError;

/// The element data of one array, in C (row-major) order.
#[derive(Debug, Clone, PartialEq)]
pub enum Data {
    F32(Vec<f32>),
    F64(Vec<f64>),
    U8(Vec<u8>),
    I8(Vec<i8>),
}

/// One array: its shape and its elements.
#[derive(Debug, Clone, PartialEq)]
pub struct Array {
    pub shape: Vec<usize>,
    pub data: Data,
}

impl Array {
    fn len(&self) -> usize {
        self.shape.iter().product()
    }
}

/// Calls `visit` with each `NAME.npy` member of the archive at `path` in archive order,
/// so a caller can place large arrays without holding the whole archive decoded at once.
pub fn for_each_npy(
    path: &Path,
    mut visit: impl FnMut(&str, Array) -> Result<(), EmbedError>,
) -> Result<(), EmbedError> {
    let file = File::open(path).map_err(|source| EmbedError::Io { path: path.to_owned(), source })?;
    let mut archive = zip::ZipArchive::new(BufReader::new(file))
        .map_err(|e| EmbedError::format(path, format!("not a readable zip archive: {e}")))?;
    let mut bytes = Vec::new();
    for index in 0..archive.len() {
        let mut member = archive
            .by_index(index)
            .map_err(|e| EmbedError::format(path, format!("zip member {index}: {e}")))?;
        let name = member.name().map_err(|e| EmbedError::format(path, format!("zip member {index}: {e}")))?;
        let Some(name) = name.strip_suffix(".npy").map(str::to_owned) else {
            continue;
        };
        bytes.clear();
        bytes.reserve(usize::try_from(member.size()).unwrap_or(0));
        member
            .read_to_end(&mut bytes)
            .map_err(|e| EmbedError::format(path, format!("{name}.npy: cannot inflate: {e}")))?;
        let array = parse_npy(&bytes).map_err(|what| EmbedError::format(path, format!("{name}.npy: {what}")))?;
        visit(&name, array)?;
    }
    Ok(())
}

/// Parses one `.npy` file image (format versions 1 to 3).
pub fn parse_npy(bytes: &[u8]) -> Result<Array, String> {
    let rest = bytes.strip_prefix(b"\x93NUMPY").ok_or("missing .npy magic")?;
    let (&major, rest) = rest.split_first().ok_or("truncated header")?;
    let (_minor, rest) = rest.split_first().ok_or("truncated header")?;
    let (header_len, rest) = match major {
        1 => {
            let (len, rest) = rest.split_at_checked(2).ok_or("truncated header")?;
            (usize::from(u16::from_le_bytes([len[0], len[1]])), rest)
        }
        2 | 3 => {
            let (len, rest) = rest.split_at_checked(4).ok_or("truncated header")?;
            let len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]);
            (usize::try_from(len).map_err(|_| "header too long")?, rest)
        }
        other => return Err(format!("unsupported .npy version {other}")),
    };
    let (header, body) = rest.split_at_checked(header_len).ok_or("truncated header")?;
    let header = std::str::from_utf8(header).map_err(|_| "header is not UTF-8")?;
    let descr = dict_value(header, "descr").ok_or("header has no descr")?;
    let descr = descr.trim_matches(|c| c == '\'' || c == '"');
    if dict_value(header, "fortran_order").is_some_and(|v| v.starts_with("True")) {
        return Err("Fortran-order arrays are not supported".into());
    }
    let shape = parse_shape(dict_value(header, "shape").ok_or("header has no shape")?)?;
    let count = shape.iter().try_fold(1usize, |total, &d| total.checked_mul(d)).ok_or("array too large")?;
    let need = |width: usize| -> Result<&[u8], String> {
        let size = count.checked_mul(width).ok_or("array too large")?;
        body.get(..size)
            .ok_or_else(|| format!("data truncated: {} bytes for {count} elements of {width}", body.len()))
    };
    let data = match descr {
        "<f4" => Data::F32(need(4)?.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()),
        "<f8" => Data::F64(
            need(8)?
                .chunks_exact(8)
                .map(|c| f64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect(),
        ),
        "|u1" | "<u1" => Data::U8(need(1)?.to_vec()),
        "|i1" | "<i1" => Data::I8(need(1)?.iter().map(|&b| b as i8).collect()),
        other => return Err(format!("unsupported dtype {other}")),
    };
    let array = Array { shape, data };
    debug_assert_eq!(array.len(), count);
    Ok(array)
}

/// The raw text of `key`'s value in the Python dict literal of an npy header.
fn dict_value<'a>(header: &'a str, key: &str) -> Option<&'a str> {
    let quoted = [format!("'{key}'"), format!("\"{key}\"")];
    let start = quoted.iter().find_map(|q| header.find(q.as_str()).map(|at| at + q.len()))?;
    let value = header[start..].trim_start().strip_prefix(':')?.trim_start();
    let end = if value.starts_with('(') {
        value.find(')')? + 1
    } else {
        value.find([',', '}']).unwrap_or(value.len())
    };
    Some(value[..end].trim())
}

fn parse_shape(text: &str) -> Result<Vec<usize>, String> {
    let inner = text
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .ok_or_else(|| format!("bad shape {text}"))?;
    inner
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| part.parse::<usize>().map_err(|_| format!("bad shape {text}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn npy(descr: &str, shape: &str, body: &[u8]) -> Vec<u8> {
        let mut header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
        while (10 + header.len() + 1) % 64 != 0 {
            header.push(' ');
        }
        header.push('\n');
        let mut out = b"\x93NUMPY\x01\x00".to_vec();
        out.extend_from_slice(&(header.len() as u16).to_le_bytes());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(body);
        out
    }

    #[test]
    fn reads_a_float_matrix() {
        let body: Vec<u8> = [1.5f32, -2.0, 0.25, 4.0, 5.0, 6.0].iter().flat_map(|v| v.to_le_bytes()).collect();
        let array = parse_npy(&npy("<f4", "(2, 3)", &body)).expect("valid npy");
        assert_eq!(array.shape, vec![2, 3]);
        assert_eq!(array.data, Data::F32(vec![1.5, -2.0, 0.25, 4.0, 5.0, 6.0]));
    }

    #[test]
    fn reads_scalars_and_vectors() {
        let scalar = parse_npy(&npy("<f8", "()", &1e-12f64.to_le_bytes())).expect("valid npy");
        assert!(scalar.shape.is_empty());
        assert_eq!(scalar.data, Data::F64(vec![1e-12]));
        let vector = parse_npy(&npy("|u1", "(3,)", &[0, 63, 7])).expect("valid npy");
        assert_eq!(vector.shape, vec![3]);
        assert_eq!(vector.data, Data::U8(vec![0, 63, 7]));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(tail in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let mut bytes = b"\x93NUMPY\x01\x00".to_vec();
            bytes.extend_from_slice(&tail);
            let _ = parse_npy(&bytes);
            let _ = parse_npy(&tail);
        }

        #[test]
        fn headers_with_any_shape_parse_or_fail_cleanly(shape in "\\([0-9, ]{0,40}\\)", descr in "[<|][fuic][1248]") {
            let _ = parse_npy(&npy(&descr, &shape, &[0; 64]));
        }
    }

    #[test]
    fn rejects_truncated_and_foreign_data() {
        assert!(parse_npy(&npy("<f4", "(4,)", &[0; 8])).is_err());
        assert!(parse_npy(&npy("<c8", "(1,)", &[0; 8])).is_err());
        assert!(parse_npy(b"PK\x03\x04 not npy").is_err());
        assert!(parse_npy(b"\x93NUMPY\x01").is_err());
    }
}
