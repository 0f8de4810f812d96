//! Scoring the extractor against attribution gold in brat standoff (the PolNeAR layout:
//! `text/<name>.txt` + `attributions/<name>_<annotator>.ann`, packed as `.tar.zst`).
//!
//! An attribution matches when its content overlaps the gold content (any overlap, and
//! separately with at least half of the shorter span). Speakers are scored on matched pairs: the
//! source phrase as written must overlap the gold source span. Direct quotes (gold content mostly
//! in quotation marks) and indirect attributions are reported separately.
//!
//! For error analysis, `STEMMATA_EVAL_DEBUG=1` prints every missed gold direct quote (`MISS`),
//! every wrong speaker on a matched one (`SPK`) and every unmatched predicted quote (`FP`) to stderr.

use crate::{QuoteKind, extract, marks};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: not a zstd stream: {message}")]
    Zstd { path: String, message: String },
    #[error(
        "{path}: no documents with both text/<name>.txt and attributions/<name>_<annotator>.ann"
    )]
    Empty { path: String },
}

/// Character ranges (code points, as brat counts) of one annotated part, possibly discontinuous.
type Ranges = Vec<(usize, usize)>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldAttribution {
    pub content: Ranges,
    pub source: Option<Ranges>,
    pub cue: Option<Ranges>,
}

/// One article with its gold attributions (from one annotator).
#[derive(Debug, Clone)]
pub struct Document {
    pub name: String,
    pub text: String,
    pub gold: Vec<GoldAttribution>,
}

/// Parse brat standoff: `T` lines give typed spans, `E` lines tie Content/Cue/Source together.
/// Lines that do not parse are skipped (free-text notes, spans broken over lines).
pub fn parse_ann(ann: &str) -> Vec<GoldAttribution> {
    let mut spans: BTreeMap<&str, Ranges> = BTreeMap::new();
    let mut events: Vec<Vec<(&str, &str)>> = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_, offsets)) = body.split_once(' ') else {
                continue;
            };
            let ranges: Option<Ranges> = offsets
                .split(';')
                .map(|part| {
                    let mut it = part.split_whitespace().map(str::parse::<usize>);
                    match (it.next(), it.next()) {
                        (Some(Ok(a)), Some(Ok(b))) if a <= b => Some((a, b)),
                        _ => None,
                    }
                })
                .collect();
            if let Some(r) = ranges {
                spans.insert(id, r);
            }
        } else if id.starts_with('E') {
            events.push(
                body.split_whitespace()
                    .filter_map(|p| p.split_once(':'))
                    .collect(),
            );
        }
    }
    let mut out = Vec::new();
    for event in events {
        let mut content = Vec::new();
        let mut source = None;
        let mut cue = None;
        for (role, id) in event {
            let Some(r) = spans.get(id) else { continue };
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            match role {
                "Content" => content.extend(r.iter().copied()),
                "Source" => source = Some(r.clone()),
                "Cue" => cue = Some(r.clone()),
                _ => {}
            }
        }
        if !content.is_empty() {
            content.sort();
            out.push(GoldAttribution {
                content,
                source,
                cue,
            });
        }
    }
    out
}

/// Read every `(text, annotation)` pair from a PolNeAR-style `.tar.zst` (or plain `.tar`),
/// taking the lexicographically first annotator where an article has several.
pub fn read_archive(path: &Path) -> Result<Vec<Document>, EvalError> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| EvalError::Io {
        path: shown.clone(),
        source,
    })?;
    let reader: Box<dyn Read> = if shown.ends_with(".tar") {
        Box::new(std::io::BufReader::new(file))
    } else {
        let decoder = ruzstd::decoding::StreamingDecoder::new(std::io::BufReader::new(file))
            .map_err(|e| EvalError::Zstd {
                path: shown.clone(),
                message: e.to_string(),
            })?;
        Box::new(decoder)
    };
    let mut archive = tar::Archive::new(reader);
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut anns: BTreeMap<String, (String, String)> = BTreeMap::new();
    let entries = archive.entries().map_err(|source| EvalError::Io {
        path: shown.clone(),
        source,
    })?;
    for entry in entries {
        let mut entry = entry.map_err(|source| EvalError::Io {
            path: shown.clone(),
            source,
        })?;
        let name = entry
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut body = String::new();
        if entry.read_to_string(&mut body).is_err() {
            continue;
        }
        let file_name = name.rsplit('/').next().unwrap_or(&name).to_string();
        if name.contains("text/") && file_name.ends_with(".txt") {
            texts.insert(file_name.trim_end_matches(".txt").to_string(), body);
        } else if name.contains("attributions/") && file_name.ends_with(".ann") {
            let stem = file_name.trim_end_matches(".ann");
            let Some((article, annotator)) = stem.rsplit_once('_') else {
                continue;
            };
            let keep = anns
                .get(article)
                .is_none_or(|(a, _)| annotator < a.as_str());
            if keep {
                anns.insert(article.to_string(), (annotator.to_string(), body));
            }
        }
    }
    let docs: Vec<Document> = anns
        .into_iter()
        .filter_map(|(name, (_, ann))| {
            let text = texts.get(&name)?.clone();
            Some(Document {
                name,
                gold: parse_ann(&ann),
                text,
            })
        })
        .collect();
    if docs.is_empty() {
        return Err(EvalError::Empty { path: shown });
    }
    Ok(docs)
}

/// Precision, recall and F1 with their counts.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub predicted: usize,
    pub gold: usize,
    pub predicted_matched: usize,
    pub gold_matched: usize,
}

impl Prf {
    fn new(predicted: usize, predicted_matched: usize, gold: usize, gold_matched: usize) -> Self {
        let precision = if predicted == 0 {
            0.0
        } else {
            predicted_matched as f64 / predicted as f64
        };
        let recall = if gold == 0 {
            0.0
        } else {
            gold_matched as f64 / gold as f64
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
            predicted,
            gold,
            predicted_matched,
            gold_matched,
        }
    }
}

/// Speaker scores on matched attributions.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct SpeakerScore {
    /// Matched pairs where the gold names a source.
    pub pairs: usize,
    /// ...and our source phrase overlaps it.
    pub correct: usize,
    /// correct / pairs.
    pub accuracy: f64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Category {
    /// Content overlaps the gold content at all.
    pub any_overlap: Prf,
    /// Overlap is at least half of the shorter content.
    pub half_overlap: Prf,
    pub speaker: SpeakerScore,
    pub cue_correct: usize,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct QuoteEval {
    pub documents: usize,
    pub all: Category,
    pub direct: Category,
    pub indirect: Category,
}

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut map: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    map.push(text.len());
    map
}

fn to_bytes(map: &[usize], ranges: &Ranges) -> Vec<(usize, usize)> {
    ranges
        .iter()
        .map(|&(a, b)| (map[a.min(map.len() - 1)], map[b.min(map.len() - 1)]))
        .collect()
}

fn overlap(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    let mut total = 0;
    for &(s1, e1) in a {
        for &(s2, e2) in b {
            let s = s1.max(s2);
            let e = e1.min(e2);
            if e > s {
                total += e - s;
            }
        }
    }
    total
}

fn length(a: &[(usize, usize)]) -> usize {
    a.iter().map(|(s, e)| e - s).sum()
}

/// Is this content mostly quoted words? (The gold's own marks decide, not our extractor.)
fn is_direct(text: &str, ranges: &[(usize, usize)]) -> bool {
    let mut quoted = 0;
    let mut total = 0;
    for &(s, e) in ranges {
        let part = &text[s..e];
        total += part.chars().filter(|c| c.is_alphanumeric()).count();
        quoted += marks::quoted_spans(part)
            .iter()
            .map(|q| {
                q.inner
                    .slice(part)
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .count()
            })
            .sum::<usize>();
    }
    total > 0 && quoted * 2 >= total
}

struct Tally {
    predicted: usize,
    predicted_any: usize,
    predicted_half: usize,
    gold: usize,
    gold_any: usize,
    gold_half: usize,
    speaker_pairs_gold: usize,
    speaker_pairs_pred: usize,
    speaker_correct: usize,
    cue_correct: usize,
}

impl Tally {
    fn new() -> Self {
        Tally {
            predicted: 0,
            predicted_any: 0,
            predicted_half: 0,
            gold: 0,
            gold_any: 0,
            gold_half: 0,
            speaker_pairs_gold: 0,
            speaker_pairs_pred: 0,
            speaker_correct: 0,
            cue_correct: 0,
        }
    }
    fn category(&self) -> Category {
        let precision = if self.speaker_pairs_pred == 0 {
            0.0
        } else {
            self.speaker_correct as f64 / self.speaker_pairs_pred as f64
        };
        let recall = if self.speaker_pairs_gold == 0 {
            0.0
        } else {
            self.speaker_correct as f64 / self.speaker_pairs_gold as f64
        };
        Category {
            any_overlap: Prf::new(self.predicted, self.predicted_any, self.gold, self.gold_any),
            half_overlap: Prf::new(
                self.predicted,
                self.predicted_half,
                self.gold,
                self.gold_half,
            ),
            speaker: SpeakerScore {
                pairs: self.speaker_pairs_gold,
                correct: self.speaker_correct,
                accuracy: recall,
                precision,
                recall,
                f1: if precision + recall == 0.0 {
                    0.0
                } else {
                    2.0 * precision * recall / (precision + recall)
                },
            },
            cue_correct: self.cue_correct,
        }
    }
}

/// Run the extractor over every document and score it.
pub fn evaluate(docs: &[Document]) -> QuoteEval {
    // Tallies: 0 = all, 1 = direct, 2 = indirect.
    let mut tallies = [Tally::new(), Tally::new(), Tally::new()];
    for doc in docs {
        let text = doc.text.as_str();
        let map = char_to_byte(text);
        #[allow(clippy::type_complexity)]
        let gold: Vec<(
            Vec<(usize, usize)>,
            Option<Vec<(usize, usize)>>,
            Option<Vec<(usize, usize)>>,
            bool,
        )> = doc
            .gold
            .iter()
            .map(|g| {
                let c = to_bytes(&map, &g.content);
                let direct = is_direct(text, &c);
                (
                    c,
                    g.source.as_ref().map(|s| to_bytes(&map, s)),
                    g.cue.as_ref().map(|s| to_bytes(&map, s)),
                    direct,
                )
            })
            .collect();
        let predicted = extract(text);
        let pred: Vec<(Vec<(usize, usize)>, bool)> = predicted
            .iter()
            .map(|a| {
                // Direct content is scored with its marks, as the gold annotates it.
                let spans = a
                    .content
                    .iter()
                    .map(|s| (s.start, s.end))
                    .chain(a.partial.iter().map(|s| (s.start, s.end)))
                    .collect();
                (spans, a.kind == QuoteKind::Direct)
            })
            .collect();
        // Greedy one-to-one matching by overlap size.
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (pi, (p, _)) in pred.iter().enumerate() {
            for (gi, (g, _, _, _)) in gold.iter().enumerate() {
                let o = overlap(p, g);
                if o > 0 {
                    pairs.push((o, pi, gi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut pred_match: Vec<Option<(usize, bool)>> = vec![None; pred.len()];
        let mut gold_match: Vec<Option<(usize, bool)>> = vec![None; gold.len()];
        for (o, pi, gi) in pairs {
            if pred_match[pi].is_some() || gold_match[gi].is_some() {
                continue;
            }
            let shorter = length(&pred[pi].0).min(length(&gold[gi].0)).max(1);
            let half = o * 2 >= shorter;
            pred_match[pi] = Some((gi, half));
            gold_match[gi] = Some((pi, half));
        }
        for (pi, (_, direct)) in pred.iter().enumerate() {
            for t in [0, if *direct { 1 } else { 2 }] {
                tallies[t].predicted += 1;
                if let Some((_, half)) = pred_match[pi] {
                    tallies[t].predicted_any += 1;
                    tallies[t].predicted_half += usize::from(half);
                }
            }
        }
        if std::env::var_os("STEMMATA_EVAL_DEBUG").is_some() {
            for (gi, (c, source, _, direct)) in gold.iter().enumerate() {
                if *direct {
                    let first = c[0].0;
                    let show: String = text[first..c[c.len() - 1].1].chars().take(160).collect();
                    let src = source
                        .as_ref()
                        .map(|s| text[s[0].0..s[0].1].to_string())
                        .unwrap_or_default();
                    match gold_match[gi] {
                        None => {
                            eprintln!("MISS\t{}\t{}\t{}", doc.name, show.replace('\n', " "), src)
                        }
                        Some((pi, _)) => {
                            let ours = predicted[pi]
                                .source
                                .map(|s| s.slice(text).to_string())
                                .unwrap_or_default();
                            if let Some(g) = source
                                && predicted[pi]
                                    .source
                                    .is_none_or(|p| overlap(g, &[(p.start, p.end)]) == 0)
                            {
                                eprintln!(
                                    "SPK\t{}\t{}\tgold={}\tours={}",
                                    doc.name,
                                    show.replace('\n', " "),
                                    src,
                                    ours
                                );
                            }
                        }
                    }
                }
            }
            for (pi, (_, direct)) in pred.iter().enumerate() {
                if *direct && pred_match[pi].is_none() {
                    eprintln!("FP\t{}\t{}", doc.name, predicted[pi].content_text(text));
                }
            }
        }
        for (gi, (_, source, cue, direct)) in gold.iter().enumerate() {
            for t in [0, if *direct { 1 } else { 2 }] {
                tallies[t].gold += 1;
                let Some((pi, half)) = gold_match[gi] else {
                    continue;
                };
                tallies[t].gold_any += 1;
                tallies[t].gold_half += usize::from(half);
                let a = &predicted[pi];
                let ours = a.source.map(|s| vec![(s.start, s.end)]);
                if source.is_some() {
                    tallies[t].speaker_pairs_gold += 1;
                }
                if ours.is_some() {
                    tallies[t].speaker_pairs_pred += 1;
                }
                if let (Some(g), Some(p)) = (source, &ours)
                    && overlap(g, p) > 0
                {
                    tallies[t].speaker_correct += 1;
                }
                if let (Some(g), Some(c)) = (cue, a.cue)
                    && overlap(g, &[(c.start, c.end)]) > 0
                {
                    tallies[t].cue_correct += 1;
                }
            }
        }
    }
    QuoteEval {
        documents: docs.len(),
        all: tallies[0].category(),
        direct: tallies[1].category(),
        indirect: tallies[2].category(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_discontinuous_content_and_missing_source() {
        let ann = "T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 14;20 25\tx\nT4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nE2\tAttribution-no-source:T9\n#1\tAnnotatorNotes T1\tnote";
        let gold = parse_ann(ann);
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].content, vec![(9, 14), (20, 25)]);
        assert_eq!(gold[0].source, Some(vec![(0, 3)]));
    }

    #[test]
    fn perfect_extraction_scores_one() {
        let text = "\"We will win,\" said Anna Berg.".to_string();
        // Content 1..12 ("We will win"), source 20..29 (chars == bytes here).
        let gold = vec![GoldAttribution {
            content: vec![(0, 14)],
            source: Some(vec![(20, 29)]),
            cue: Some(vec![(15, 19)]),
        }];
        let eval = evaluate(&[Document {
            name: "x".into(),
            text,
            gold,
        }]);
        assert_eq!(eval.direct.any_overlap.f1, 1.0);
        assert_eq!(eval.direct.speaker.accuracy, 1.0);
        assert_eq!(eval.indirect.any_overlap.gold, 0);
    }
}
