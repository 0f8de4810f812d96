//! Evaluation against public labelled sets: PolNeAR (brat standoff in a tar.zst) for cues and
//! sources, and HIPE-style newsagency TSV (zstd) for agency mentions and article-level credits.

use crate::{CueKindOrCredit, Error, agency, extract_sentences};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use stemmata_model::Span;

/// Precision, recall, F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    /// From counts: matched predictions, predictions, matched gold items, gold items.
    pub fn from_counts(tp_pred: usize, pred: usize, tp_gold: usize, gold: usize) -> Prf {
        let precision = if pred == 0 {
            0.0
        } else {
            tp_pred as f64 / pred as f64
        };
        let recall = if gold == 0 {
            0.0
        } else {
            tp_gold as f64 / gold as f64
        };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

fn read_zstd(path: &str) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::Io {
        path: path.into(),
        source: e,
    })?;
    let mut decoder = ruzstd::decoding::StreamingDecoder::new(std::io::BufReader::new(file))
        .map_err(|e| Error::Zstd {
            path: path.into(),
            message: e.to_string(),
        })?;
    let mut out = Vec::new();
    decoder.read_to_end(&mut out).map_err(|e| Error::Io {
        path: path.into(),
        source: e,
    })?;
    Ok(out)
}

/// PolNeAR scores.
#[derive(Debug, Clone, Serialize)]
pub struct PolnearScores {
    pub cue: Prf,
    pub source: Prf,
    pub articles: usize,
    pub gold_cues: usize,
    pub predicted_cues: usize,
    pub gold_sources: usize,
    pub predicted_sources: usize,
}

/// A brat span list ("12 18" or "12 18;20 25") as character ranges.
fn brat_ranges(field: &str) -> Vec<(usize, usize)> {
    field
        .split(';')
        .filter_map(|part| {
            let mut it = part.split_whitespace();
            let s = it.next()?.parse().ok()?;
            let e = it.next()?.parse().ok()?;
            Some((s, e))
        })
        .collect()
}

/// A cue or source the scorer did not match: a gold span no prediction overlaps (missed) or a
/// predicted span no gold span overlaps (spurious), with the sentence it stands in.
#[derive(Debug, Clone, Serialize)]
pub struct PolnearMiss {
    pub article: String,
    /// "cue" or "source".
    pub label: &'static str,
    /// True for a gold span nothing predicted overlaps, false for a spurious prediction.
    pub missed: bool,
    /// The span, in bytes of the article text.
    pub span: Span,
    pub text: String,
    /// The words around it on the same line.
    pub context: String,
}

/// Score cue and source extraction on a PolNeAR-layout archive (`text/<name>.txt`,
/// `attributions/<name>_<annotator>.ann`). Spans match when they overlap. Where several
/// annotators annotated one article, the lexicographically first annotation file is used.
pub fn polnear(path: &str) -> Result<PolnearScores, Error> {
    polnear_with_misses(path, None)
}

/// As [`polnear`], also listing every unmatched gold and predicted cue and source in `misses`.
pub fn polnear_with_misses(
    path: &str,
    mut misses: Option<&mut Vec<PolnearMiss>>,
) -> Result<PolnearScores, Error> {
    let bytes = read_zstd(path)?;
    let mut archive = tar::Archive::new(&bytes[..]);
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut anns: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let entries = archive.entries().map_err(|e| Error::Io {
        path: path.into(),
        source: e,
    })?;
    for entry in entries {
        let mut entry = entry.map_err(|e| Error::Io {
            path: path.into(),
            source: e,
        })?;
        let name = entry
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut content = String::new();
        if entry.read_to_string(&mut content).is_err() {
            continue;
        }
        let file = name.rsplit('/').next().unwrap_or(&name).to_string();
        if name.contains("text/") && file.ends_with(".txt") {
            texts.insert(file.trim_end_matches(".txt").to_string(), content);
        } else if name.contains("attributions/") && file.ends_with(".ann") {
            let stem = file.trim_end_matches(".ann");
            // "<article>_<annotator>"; the article name itself contains underscores.
            let Some((article, _annotator)) = stem.rsplit_once('_') else {
                continue;
            };
            anns.entry(article.to_string())
                .or_default()
                .insert(file.clone(), content);
        }
    }
    if texts.is_empty() || anns.is_empty() {
        return Err(Error::Format {
            path: path.into(),
            message: "no text/*.txt or attributions/*.ann files".into(),
        });
    }
    let (mut cue_tp_p, mut cue_p, mut cue_tp_g, mut cue_g) = (0, 0, 0, 0);
    let (mut src_tp_p, mut src_p, mut src_tp_g, mut src_g) = (0, 0, 0, 0);
    let mut articles = 0;
    for (article, files) in &anns {
        let Some(text) = texts.get(article) else {
            continue;
        };
        let Some((_, ann)) = files.iter().next() else {
            continue;
        };
        articles += 1;
        // Brat offsets count characters; our spans are bytes.
        let char_to_byte: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let to_bytes = |(s, e): (usize, usize)| {
            let s = *char_to_byte.get(s).unwrap_or(&text.len());
            let e = *char_to_byte.get(e).unwrap_or(&text.len());
            Span::new(s, e)
        };
        let mut gold_cues: Vec<Vec<Span>> = Vec::new();
        let mut gold_sources: Vec<Vec<Span>> = Vec::new();
        for line in ann.lines() {
            let mut cols = line.split('\t');
            let (Some(id), Some(meta)) = (cols.next(), cols.next()) else {
                continue;
            };
            if !id.starts_with('T') {
                continue;
            }
            let Some((label, ranges)) = meta.split_once(' ') else {
                continue;
            };
            let spans: Vec<Span> = brat_ranges(ranges).into_iter().map(to_bytes).collect();
            match label {
                "Cue" => gold_cues.push(spans),
                "Source" => gold_sources.push(spans),
                _ => {}
            }
        }
        let sentences = stemmata_text::sentences(text, Some("en"));
        // Wire credits and datelines ("WASHINGTON (AP) —") credit the whole article; PolNeAR
        // annotates no such relation.
        let mut predicted = extract_sentences(text, &sentences, Some("en"), &[]);
        predicted.retain(|a| a.cue_kind != CueKindOrCredit::Credit);
        let pred_cues: Vec<Span> = predicted.iter().map(|a| a.cue).collect();
        let pred_sources: Vec<Span> = predicted
            .iter()
            .filter_map(|a| a.source.as_ref().map(|s| s.span))
            .collect();
        let overlaps = |a: &Span, b: &[Span]| b.iter().any(|g| a.start < g.end && g.start < a.end);
        if let Some(misses) = misses.as_deref_mut() {
            let mut note = |label: &'static str, missed: bool, span: Span| {
                let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[span.end..]
                    .find('\n')
                    .map_or(text.len(), |i| span.end + i);
                let from = text.floor_char_boundary(span.start.saturating_sub(120).max(line_start));
                let to = text.ceil_char_boundary((span.end + 120).min(line_end));
                misses.push(PolnearMiss {
                    article: article.clone(),
                    label,
                    missed,
                    span,
                    text: text[span.start..span.end].to_string(),
                    context: format!(
                        "{}[[{}]]{}",
                        &text[from..span.start],
                        &text[span.start..span.end],
                        &text[span.end..to]
                    ),
                });
            };
            for (label, gold, pred) in [
                ("cue", &gold_cues, &pred_cues),
                ("source", &gold_sources, &pred_sources),
            ] {
                for g in gold.iter().filter(|g| !pred.iter().any(|p| overlaps(p, g))) {
                    if let (Some(first), Some(last)) = (g.first(), g.last()) {
                        note(label, true, Span::new(first.start, last.end));
                    }
                }
                for p in pred.iter().filter(|p| !gold.iter().any(|g| overlaps(p, g))) {
                    note(label, false, *p);
                }
            }
        }
        cue_p += pred_cues.len();
        cue_g += gold_cues.len();
        cue_tp_p += pred_cues
            .iter()
            .filter(|p| gold_cues.iter().any(|g| overlaps(p, g)))
            .count();
        cue_tp_g += gold_cues
            .iter()
            .filter(|g| pred_cues.iter().any(|p| overlaps(p, g)))
            .count();
        src_p += pred_sources.len();
        src_g += gold_sources.len();
        src_tp_p += pred_sources
            .iter()
            .filter(|p| gold_sources.iter().any(|g| overlaps(p, g)))
            .count();
        src_tp_g += gold_sources
            .iter()
            .filter(|g| pred_sources.iter().any(|p| overlaps(p, g)))
            .count();
    }
    Ok(PolnearScores {
        cue: Prf::from_counts(cue_tp_p, cue_p, cue_tp_g, cue_g),
        source: Prf::from_counts(src_tp_p, src_p, src_tp_g, src_g),
        articles,
        gold_cues: cue_g,
        predicted_cues: cue_p,
        gold_sources: src_g,
        predicted_sources: src_p,
    })
}

/// Newsagency (HIPE TSV) scores.
#[derive(Debug, Clone, Serialize)]
pub struct AgencyScores {
    pub article: Prf,
    pub mention_strict: Prf,
    pub mention_fuzzy: Prf,
    pub documents: usize,
}

struct HipeDoc {
    tokens: Vec<String>,
    no_space_after: Vec<bool>,
    /// Gold mentions: token range and agency label.
    gold: Vec<(usize, usize, String)>,
    /// Gold article-level agencies (QIDs), `unk` and `_` left out.
    sources: BTreeSet<String>,
}

fn parse_hipe(text: &str) -> Vec<HipeDoc> {
    let mut docs: Vec<HipeDoc> = Vec::new();
    let mut fine_col = 3;
    for line in text.lines() {
        if let Some(cols) = line.strip_prefix("# global.columns =") {
            if let Some(p) = cols.split_whitespace().position(|c| c == "NE-FINE-LIT") {
                fine_col = p;
            }
            continue;
        }
        if line.starts_with("# document_id") {
            docs.push(HipeDoc {
                tokens: Vec::new(),
                no_space_after: Vec::new(),
                gold: Vec::new(),
                sources: BTreeSet::new(),
            });
            continue;
        }
        if let Some(v) = line.strip_prefix("# news-agency-as-source") {
            if let Some(doc) = docs.last_mut() {
                let v = v.trim_start_matches([' ', '=']);
                doc.sources = v
                    .split(',')
                    .map(str::trim)
                    .filter(|q| q.starts_with('Q'))
                    .map(str::to_string)
                    .collect();
            }
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some(doc) = docs.last_mut() else { continue };
        let cols: Vec<&str> = line.split('\t').collect();
        let idx = doc.tokens.len();
        doc.tokens.push(cols[0].to_string());
        let misc = cols.get(9).copied().unwrap_or("");
        doc.no_space_after.push(misc.contains("NoSpaceAfter"));
        let tag = cols.get(fine_col).copied().unwrap_or("O");
        if let Some(label) = tag.strip_prefix("B-org.ent.pressagency.") {
            doc.gold.push((idx, idx + 1, label.to_string()));
        } else if tag.starts_with("I-org.ent.pressagency.")
            && let Some(last) = doc.gold.last_mut()
            && last.1 == idx
        {
            last.1 = idx + 1;
        }
    }
    docs
}

/// Score agency detection on a HIPE-layout TSV (optionally zstd-compressed): article-level
/// P/R/F1 over (document, agency QID) pairs, mention-level strict (same tokens, same agency)
/// and fuzzy (overlapping tokens, same agency) P/R/F1. Generic `ag`/`unk` mentions are not
/// agencies we can name and are left out of both sides.
pub fn newsagency(path: &str) -> Result<AgencyScores, Error> {
    let bytes = if path.ends_with(".zst") {
        read_zstd(path)?
    } else {
        std::fs::read(path).map_err(|e| Error::Io {
            path: path.into(),
            source: e,
        })?
    };
    let text = String::from_utf8_lossy(&bytes);
    let docs = parse_hipe(&text);
    if docs.is_empty() {
        return Err(Error::Format {
            path: path.into(),
            message: "no `# document_id` lines".into(),
        });
    }
    let (mut art_tp, mut art_p, mut art_g) = (0, 0, 0);
    let (mut s_tp, mut f_tp_p, mut f_tp_g, mut m_p, mut m_g) = (0, 0, 0, 0, 0);
    for doc in &docs {
        // Rebuild the text with token offsets.
        let mut buf = String::new();
        let mut offsets = Vec::with_capacity(doc.tokens.len());
        for (i, t) in doc.tokens.iter().enumerate() {
            let s = buf.len();
            buf.push_str(t);
            offsets.push((s, buf.len()));
            if !doc.no_space_after[i] {
                buf.push(' ');
            }
        }
        let mentions = agency::find_mentions(&buf);
        let token_range = |s: usize, e: usize| {
            let first = offsets
                .iter()
                .position(|(_, te)| *te > s)
                .unwrap_or(offsets.len());
            let last = offsets
                .iter()
                .rposition(|(ts, _)| *ts < e)
                .map(|p| p + 1)
                .unwrap_or(first);
            (first, last.max(first + 1))
        };
        let pred: Vec<(usize, usize, &str)> = mentions
            .iter()
            .map(|m| {
                let (a, b) = token_range(m.start, m.end);
                (a, b, m.agency.id)
            })
            .collect();
        let gold: Vec<&(usize, usize, String)> = doc
            .gold
            .iter()
            .filter(|g| g.2 != "ag" && g.2 != "unk")
            .collect();
        m_p += pred.len();
        m_g += gold.len();
        s_tp += pred
            .iter()
            .filter(|p| gold.iter().any(|g| g.0 == p.0 && g.1 == p.1 && g.2 == p.2))
            .count();
        f_tp_p += pred
            .iter()
            .filter(|p| gold.iter().any(|g| g.0 < p.1 && p.0 < g.1 && g.2 == p.2))
            .count();
        f_tp_g += gold
            .iter()
            .filter(|g| pred.iter().any(|p| g.0 < p.1 && p.0 < g.1 && g.2 == p.2))
            .count();
        let predicted: BTreeSet<String> = mentions
            .iter()
            .filter_map(|m| m.agency.qid.map(str::to_string))
            .collect();
        art_p += predicted.len();
        art_g += doc.sources.len();
        art_tp += predicted.intersection(&doc.sources).count();
    }
    Ok(AgencyScores {
        article: Prf::from_counts(art_tp, art_p, art_tp, art_g),
        mention_strict: Prf::from_counts(s_tp, m_p, s_tp, m_g),
        mention_fuzzy: Prf::from_counts(f_tp_p, m_p, f_tp_g, m_g),
        documents: docs.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hipe_documents_parse_with_mentions_and_sources() {
        let tsv = "# global.columns = TOKEN NE-COARSE-LIT NE-COARSE-METO NE-FINE-LIT NE-FINE-METO NE-FINE-COMP NE-NESTED NEL-LIT NEL-METO RENDER SEG OCR-INFO MISC\n\
# document_id = X-1\n# news-agency-as-source = Q2826560, unk\n\
PARIS\tO\tO\tO\tO\tO\tO\t_\t_\tNoSpaceAfter\t_\t_\t_\n\
,\tO\tO\tO\tO\tO\tO\t_\t_\t_\t_\t_\t_\n\
(\tO\tO\tO\tO\tO\tO\t_\t_\tNoSpaceAfter\t_\t_\t_\n\
Havas\tB-org\tO\tB-org.ent.pressagency.Havas\tO\tO\tO\tQ2826560\t_\tNoSpaceAfter\t_\t_\t_\n\
)\tO\tO\tO\tO\tO\tO\t_\t_\t_\t_\t_\t_\n";
        let docs = parse_hipe(tsv);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].gold, vec![(3, 4, "Havas".to_string())]);
        assert_eq!(docs[0].sources.iter().collect::<Vec<_>>(), vec!["Q2826560"]);
    }

    #[test]
    fn prf_from_counts() {
        let p = Prf::from_counts(8, 10, 8, 16);
        assert!((p.precision - 0.8).abs() < 1e-9 && (p.recall - 0.5).abs() < 1e-9);
    }
}
