//! SentencePiece unigram tokenizer for the model's `sp.model`.
//!
//! Hand-written because the Rust SentencePiece crates bind the C++ library; the parts this
//! model needs are small: a protobuf reader for three messages, the `nmt_nfkc` normaliser
//! driven by the precompiled charsmap (a darts-clone double-array trie plus a table of
//! NUL-terminated replacements) and Viterbi over the piece lattice.

use std::path::Path;

use crate::EmbedError;

pub const UNK_ID: u32 = 0;
pub const BOS_ID: u32 = 1;
pub const EOS_ID: u32 = 2;

/// U+2581, the symbol SentencePiece uses for a space.
const SPACE_SYMBOL: &[u8] = "\u{2581}".as_bytes();
/// SentencePiece's penalty below the lowest piece score for an unknown character.
const UNK_PENALTY: f64 = 10.0;

/// Piece types from sentencepiece_model.proto.
const TYPE_UNKNOWN: u64 = 2;
const TYPE_CONTROL: u64 = 3;

#[derive(Debug, Clone)]
pub struct Tokenizer {
    normalizer: Normalizer,
    trie: PieceTrie,
    scores: Vec<f32>,
    unk_score: f64,
}

impl Tokenizer {
    pub fn load(path: &Path) -> Result<Tokenizer, EmbedError> {
        let bytes = std::fs::read(path).map_err(|source| EmbedError::Io { path: path.to_owned(), source })?;
        Tokenizer::from_bytes(&bytes).map_err(|what| EmbedError::format(path, what))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Tokenizer, String> {
        let mut pieces: Vec<(Vec<u8>, f32, u64)> = Vec::new();
        let mut normalizer_spec: Option<&[u8]> = None;
        for field in Fields::new(bytes) {
            match field? {
                (1, Value::Bytes(piece)) => pieces.push(parse_piece(piece)?),
                (3, Value::Bytes(spec)) => normalizer_spec = Some(spec),
                _ => {}
            }
        }
        // Ids 0..=2 are the unknown, begin and end pieces the encoder always emits.
        if pieces.len() <= EOS_ID as usize {
            return Err(format!("sp.model has {} pieces, fewer than the three special ones", pieces.len()));
        }
        let normalizer = Normalizer::from_spec(normalizer_spec.unwrap_or(&[]))?;
        let scores: Vec<f32> = pieces.iter().map(|(_, score, _)| *score).collect();
        let min_score = scores.iter().copied().fold(f32::INFINITY, f32::min);
        let mut trie = PieceTrie::default();
        for (id, (piece, _, kind)) in pieces.iter().enumerate() {
            // As in SentencePiece, control and unknown pieces are never matched in text.
            if *kind == TYPE_CONTROL || *kind == TYPE_UNKNOWN || piece.is_empty() {
                continue;
            }
            trie.insert(piece, u32::try_from(id).map_err(|_| "too many pieces")?);
        }
        Ok(Tokenizer { normalizer, trie: trie.freeze(), scores, unk_score: f64::from(min_score) - UNK_PENALTY })
    }

    /// Number of pieces in the vocabulary.
    pub fn pieces(&self) -> usize {
        self.scores.len()
    }

    /// Piece ids of `text` framed by BOS and EOS, as the encoder expects them.
    pub fn encode(&self, text: &str) -> Vec<u32> {
        let normalized = self.normalizer.normalize(text);
        let mut ids = Vec::with_capacity(normalized.len() / 3 + 2);
        ids.push(BOS_ID);
        if normalized.is_empty() {
            ids.push(UNK_ID);
        } else {
            self.viterbi(&normalized, &mut ids);
        }
        ids.push(EOS_ID);
        ids
    }

    /// Best segmentation by piece scores. Ties keep the earliest-starting node (strict `>`
    /// in start order), which is what SentencePiece does.
    fn viterbi(&self, text: &str, ids: &mut Vec<u32>) {
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut best = vec![-1e38f64; len + 1];
        best[0] = 0.0;
        let mut start_of = vec![0usize; len + 1];
        let mut piece_of = vec![UNK_ID; len + 1];
        for (start, ch) in text.char_indices() {
            let base = best[start];
            let char_end = start + ch.len_utf8();
            let mut has_single = false;
            let mut node = 0u32;
            for (end, &byte) in bytes.iter().enumerate().skip(start).map(|(i, b)| (i + 1, b)) {
                let Some(next) = self.trie.child(node, byte) else { break };
                node = next;
                if let Some(id) = self.trie.piece(node) {
                    let score = base + f64::from(self.scores[id as usize]);
                    if score > best[end] {
                        best[end] = score;
                        start_of[end] = start;
                        piece_of[end] = id;
                    }
                    if end == char_end {
                        has_single = true;
                    }
                }
            }
            if !has_single {
                let score = base + self.unk_score;
                if score > best[char_end] {
                    best[char_end] = score;
                    start_of[char_end] = start;
                    piece_of[char_end] = UNK_ID;
                }
            }
        }
        let first = ids.len();
        let mut end = len;
        while end > 0 {
            ids.push(piece_of[end]);
            end = start_of[end];
        }
        ids[first..].reverse();
    }
}

fn parse_piece(bytes: &[u8]) -> Result<(Vec<u8>, f32, u64), String> {
    let (mut piece, mut score, mut kind) = (Vec::new(), 0.0f32, 1u64);
    for field in Fields::new(bytes) {
        match field? {
            (1, Value::Bytes(text)) => piece = text.to_vec(),
            (2, Value::Fixed32(bits)) => score = f32::from_bits(bits),
            (3, Value::Varint(value)) => kind = value,
            _ => {}
        }
    }
    std::str::from_utf8(&piece).map_err(|_| "a piece is not UTF-8")?;
    Ok((piece, score, kind))
}

/// The `nmt_nfkc` normaliser: longest-match replacement from the charsmap, then
/// SentencePiece's whitespace rules (dummy prefix, collapse, escape to U+2581).
#[derive(Debug, Clone)]
struct Normalizer {
    units: Vec<u32>,
    replacements: Vec<u8>,
    add_dummy_prefix: bool,
    remove_extra_whitespaces: bool,
    escape_whitespaces: bool,
}

impl Normalizer {
    fn from_spec(spec: &[u8]) -> Result<Normalizer, String> {
        let mut charsmap: &[u8] = &[];
        let (mut add_dummy_prefix, mut remove_extra_whitespaces, mut escape_whitespaces) = (true, true, true);
        for field in Fields::new(spec) {
            match field? {
                (2, Value::Bytes(map)) => charsmap = map,
                (3, Value::Varint(v)) => add_dummy_prefix = v != 0,
                (4, Value::Varint(v)) => remove_extra_whitespaces = v != 0,
                (5, Value::Varint(v)) => escape_whitespaces = v != 0,
                _ => {}
            }
        }
        let (units, replacements) = if charsmap.is_empty() {
            (Vec::new(), Vec::new())
        } else {
            let size = charsmap.get(..4).ok_or("charsmap truncated")?;
            let size = u32::from_le_bytes([size[0], size[1], size[2], size[3]]) as usize;
            let trie = charsmap.get(4..4 + size).ok_or("charsmap trie truncated")?;
            let units = trie.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
            (units, charsmap[4 + size..].to_vec())
        };
        Ok(Normalizer { units, replacements, add_dummy_prefix, remove_extra_whitespaces, escape_whitespaces })
    }

    fn offset(unit: u32) -> usize {
        ((unit >> 10) << ((unit & 0x200) >> 6)) as usize
    }

    /// The normalised form of the longest charsmap key at the start of `data`, and how many
    /// bytes it consumed; one unchanged character when no key matches.
    fn normalize_prefix<'a>(&'a self, data: &'a [u8]) -> (&'a [u8], usize) {
        let mut best: Option<(usize, usize)> = None;
        if let Some(&root) = self.units.first() {
            let mut node = Normalizer::offset(root);
            for (i, &byte) in data.iter().enumerate() {
                node ^= usize::from(byte);
                let Some(&unit) = self.units.get(node) else { break };
                if unit & 0x8000_00FF != u32::from(byte) {
                    break;
                }
                node ^= Normalizer::offset(unit);
                if unit & 0x100 != 0 {
                    let Some(&leaf) = self.units.get(node) else { break };
                    best = Some((i + 1, (leaf & 0x7FFF_FFFF) as usize));
                }
            }
        }
        if let Some((consumed, value)) = best
            && value < self.replacements.len()
        {
            let tail = &self.replacements[value..];
            let end = tail.iter().position(|&b| b == 0).unwrap_or(tail.len());
            return (&tail[..end], consumed);
        }
        let width = utf8_width(data);
        (&data[..width], width)
    }

    fn normalize(&self, text: &str) -> String {
        let raw = text.as_bytes();
        let space: &[u8] = if self.escape_whitespaces { SPACE_SYMBOL } else { b" " };
        let mut pos = 0;
        if self.remove_extra_whitespaces {
            while pos < raw.len() {
                let (piece, consumed) = self.normalize_prefix(&raw[pos..]);
                if piece != b" " {
                    break;
                }
                pos += consumed;
            }
        }
        if pos >= raw.len() {
            return String::new();
        }
        let mut out: Vec<u8> = Vec::with_capacity(raw.len() + 8);
        if self.add_dummy_prefix {
            out.extend_from_slice(space);
        }
        let mut previous_was_space = self.remove_extra_whitespaces;
        while pos < raw.len() {
            let (mut piece, consumed) = self.normalize_prefix(&raw[pos..]);
            pos += consumed;
            if self.remove_extra_whitespaces && previous_was_space {
                while let Some(rest) = piece.strip_prefix(b" ") {
                    piece = rest;
                }
            }
            if let Some(&last) = piece.last() {
                for &byte in piece {
                    if byte == b' ' {
                        out.extend_from_slice(space);
                    } else {
                        out.push(byte);
                    }
                }
                previous_was_space = last == b' ';
            }
        }
        if self.remove_extra_whitespaces {
            while out.ends_with(space) {
                out.truncate(out.len() - space.len());
            }
        }
        // Replacements come from the model file; a broken one must not abort a run.
        match String::from_utf8(out) {
            Ok(normalized) => normalized,
            Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
        }
    }
}

/// Byte length of the UTF-8 character at the start of `data` (1 for a stray byte).
fn utf8_width(data: &[u8]) -> usize {
    let width = match data.first() {
        None => return 0,
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b >> 5 == 0x6 => 2,
        Some(&b) if b >> 4 == 0xE => 3,
        Some(&b) if b >> 3 == 0x1E => 4,
        Some(_) => 1,
    };
    if data.len() < width || data[1..width].iter().any(|&b| b & 0xC0 != 0x80) { 1 } else { width }
}

/// Byte trie over the pieces, children stored contiguously and sorted for binary search.
#[derive(Debug, Clone, Default)]
struct PieceTrie {
    /// While building: (parent, byte) -> child.
    building: std::collections::HashMap<(u32, u8), u32>,
    pieces: Vec<Option<u32>>,
    /// Frozen form: children of node n are edges[first[n]..first[n + 1]].
    first: Vec<u32>,
    edges: Vec<(u8, u32)>,
}

impl PieceTrie {
    fn insert(&mut self, piece: &[u8], id: u32) {
        if self.pieces.is_empty() {
            self.pieces.push(None);
        }
        let mut node = 0u32;
        for &byte in piece {
            let next = self.pieces.len() as u32;
            node = *self.building.entry((node, byte)).or_insert(next);
            if node == next {
                self.pieces.push(None);
            }
        }
        // A duplicate piece keeps its first id, as a dictionary built in id order would not;
        // SentencePiece rejects duplicates, so this never matters for a valid model.
        self.pieces[node as usize].get_or_insert(id);
    }

    fn freeze(mut self) -> PieceTrie {
        let mut edges: Vec<(u32, u8, u32)> = self.building.drain().map(|((p, b), c)| (p, b, c)).collect();
        edges.sort_unstable();
        let nodes = self.pieces.len().max(1);
        let mut first = vec![0u32; nodes + 1];
        for &(parent, _, _) in &edges {
            first[parent as usize + 1] += 1;
        }
        for n in 0..nodes {
            first[n + 1] += first[n];
        }
        if self.pieces.is_empty() {
            self.pieces.push(None);
        }
        PieceTrie {
            building: Default::default(),
            pieces: self.pieces,
            first,
            edges: edges.into_iter().map(|(_, b, c)| (b, c)).collect(),
        }
    }

    fn child(&self, node: u32, byte: u8) -> Option<u32> {
        let from = self.first[node as usize] as usize;
        let to = self.first[node as usize + 1] as usize;
        let children = &self.edges[from..to];
        children.binary_search_by_key(&byte, |&(b, _)| b).ok().map(|at| children[at].1)
    }

    fn piece(&self, node: u32) -> Option<u32> {
        self.pieces[node as usize]
    }
}

/// A field value of the protobuf wire format.
enum Value<'a> {
    Varint(u64),
    Fixed64,
    Bytes(&'a [u8]),
    Fixed32(u32),
}

/// Iterator over the (field number, value) pairs of one protobuf message.
struct Fields<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Fields<'a> {
    fn new(data: &'a [u8]) -> Fields<'a> {
        Fields { data, pos: 0 }
    }

    fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *self.data.get(self.pos).ok_or("protobuf varint truncated")?;
            self.pos += 1;
            value |= u64::from(byte & 0x7F) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("protobuf varint too long".into())
    }

    fn take(&mut self, count: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(count).filter(|&end| end <= self.data.len()).ok_or("protobuf field truncated")?;
        let bytes = &self.data[self.pos..end];
        self.pos = end;
        Ok(bytes)
    }

    fn field(&mut self) -> Result<(u64, Value<'a>), String> {
        let tag = self.varint()?;
        let value = match tag & 7 {
            0 => Value::Varint(self.varint()?),
            1 => {
                self.take(8)?;
                Value::Fixed64
            }
            2 => {
                let len = usize::try_from(self.varint()?).map_err(|_| "protobuf length too large")?;
                Value::Bytes(self.take(len)?)
            }
            5 => {
                let b = self.take(4)?;
                Value::Fixed32(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            }
            other => return Err(format!("unsupported protobuf wire type {other}")),
        };
        Ok((tag >> 3, value))
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = Result<(u64, Value<'a>), String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.data.len() {
            return None;
        }
        let field = self.field();
        if field.is_err() {
            self.pos = self.data.len();
        }
        Some(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn varint(mut value: u64, out: &mut Vec<u8>) {
        while value >= 0x80 {
            out.push((value as u8) | 0x80);
            value >>= 7;
        }
        out.push(value as u8);
    }

    fn bytes_field(field: u64, bytes: &[u8], out: &mut Vec<u8>) {
        varint(field << 3 | 2, out);
        varint(bytes.len() as u64, out);
        out.extend_from_slice(bytes);
    }

    /// An invented model without a charsmap: pieces with scores, one control piece.
    fn model(pieces: &[(&str, f32, u64)]) -> Vec<u8> {
        let mut out = Vec::new();
        for (text, score, kind) in pieces {
            let mut piece = Vec::new();
            bytes_field(1, text.as_bytes(), &mut piece);
            piece.push(2 << 3 | 5);
            piece.extend_from_slice(&score.to_le_bytes());
            varint(3 << 3, &mut piece);
            varint(*kind, &mut piece);
            bytes_field(1, &piece, &mut out);
        }
        let mut spec = Vec::new();
        bytes_field(1, b"identity", &mut spec);
        bytes_field(3, &spec, &mut out);
        out
    }

    fn tokenizer() -> Tokenizer {
        Tokenizer::from_bytes(&model(&[
            ("<unk>", 0.0, 2),
            ("<s>", 0.0, 3),
            ("</s>", 0.0, 3),
            ("\u{2581}", -2.0, 1),
            ("\u{2581}the", -1.0, 1),
            ("\u{2581}t", -3.0, 1),
            ("h", -3.0, 1),
            ("e", -3.0, 1),
            ("\u{2581}cat", -1.5, 1),
            ("ca", -2.5, 1),
            ("t", -2.5, 1),
            ("s", -2.0, 1),
            ("ж", -4.0, 1),
        ]))
        .expect("invented model parses")
    }

    #[test]
    fn segments_by_best_total_score() {
        let tok = tokenizer();
        assert_eq!(tok.encode("the cats"), vec![BOS_ID, 4, 8, 11, EOS_ID]);
        // Extra and surrounding spaces collapse to one word boundary.
        assert_eq!(tok.encode("  the   cat "), vec![BOS_ID, 4, 8, EOS_ID]);
    }

    #[test]
    fn unknown_characters_and_control_pieces_become_unk() {
        let tok = tokenizer();
        // "q" is in no piece; "<s>" in text must not match the control piece.
        assert_eq!(tok.encode("q"), vec![BOS_ID, 3, UNK_ID, EOS_ID]);
        let ids = tok.encode("<s>");
        assert!(!ids[1..ids.len() - 1].contains(&BOS_ID), "{ids:?}");
        assert_eq!(tok.encode("ж"), vec![BOS_ID, 3, 12, EOS_ID]);
    }

    #[test]
    fn empty_text_is_a_single_unk() {
        let tok = tokenizer();
        assert_eq!(tok.encode(""), vec![BOS_ID, UNK_ID, EOS_ID]);
        assert_eq!(tok.encode("    "), vec![BOS_ID, UNK_ID, EOS_ID]);
        // Without a charsmap a tab is not a space: it stays, as an unknown character.
        assert_eq!(tok.encode(" \t "), vec![BOS_ID, 3, UNK_ID, EOS_ID]);
    }

    proptest::proptest! {
        #[test]
        fn any_text_tokenizes_into_framed_known_ids(text in "\\PC{0,40}|[ a-zж\t]{0,40}") {
            let tok = tokenizer();
            let ids = tok.encode(&text);
            proptest::prop_assert!(ids.len() >= 3);
            proptest::prop_assert_eq!(ids[0], BOS_ID);
            proptest::prop_assert_eq!(*ids.last().unwrap_or(&0), EOS_ID);
            proptest::prop_assert!(ids.iter().all(|&id| (id as usize) < tok.pieces()));
        }

        #[test]
        fn arbitrary_model_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            if let Ok(tok) = Tokenizer::from_bytes(&bytes) {
                let ids = tok.encode("  Ünïcode ｔｅｘｔ, жук 🚢 ");
                proptest::prop_assert!(ids.iter().all(|&id| (id as usize) < tok.pieces()));
            }
        }
    }

    #[test]
    fn malformed_model_is_an_error_not_a_panic() {
        assert!(Tokenizer::from_bytes(&[]).is_err());
        assert!(Tokenizer::from_bytes(&[0x0a, 0x05, 0x01]).is_err());
        assert!(Tokenizer::from_bytes(&[0xff; 12]).is_err());
    }
}
