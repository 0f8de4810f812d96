//! TempEval-3 Task A scoring of [`extract`](crate::extract) on TimeML documents.
//!
//! An archive is a `.tar.zst` (or plain `.tar`) of `<subcorpus>/<DOCID>.tml`. Each document's
//! creation time (the `TIMEX3` with `functionInDocument="CREATION_TIME"`) is the anchor and is
//! not scored. Scores follow UzZaman et al. (2013): strict extent = same characters, relaxed =
//! any overlap; value (type) F1 = relaxed F1 × the share of relaxed matches whose value (type)
//! agrees.

use crate::extract;
use jiff::civil::Date;
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
        "{path}: no .tml documents found (expected <subcorpus>/<DOCID>.tml inside the archive)"
    )]
    Empty { path: String },
}

/// A gold temporal expression: character offsets into [`Document::text`].
#[derive(Debug, Clone, PartialEq)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub name: String,
    pub subcorpus: String,
    /// The plain text of the `<TEXT>` element (tags removed, entities decoded).
    pub text: String,
    pub creation_date: Option<Date>,
    pub timexes: Vec<GoldTimex>,
}

/// Counts behind one line of the report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub documents: usize,
    pub gold: usize,
    pub system: usize,
    pub strict_matches: usize,
    /// Gold expressions overlapped by a system expression (for recall) and system expressions
    /// overlapping a gold one (for precision).
    pub relaxed_gold_matched: usize,
    pub relaxed_system_matched: usize,
    pub value_correct: usize,
    pub type_correct: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    pub name: String,
    pub counts: Counts,
    pub strict: Prf,
    pub relaxed: Prf,
    pub value_f1: f64,
    pub type_f1: f64,
    /// Share of relaxed matches with the right value.
    pub value_accuracy: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn prf(matched_system: usize, system: usize, matched_gold: usize, gold: usize) -> Prf {
    let p = if system == 0 {
        0.0
    } else {
        matched_system as f64 / system as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        matched_gold as f64 / gold as f64
    };
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    Prf {
        precision: p,
        recall: r,
        f1,
    }
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.system += o.system;
        self.strict_matches += o.strict_matches;
        self.relaxed_gold_matched += o.relaxed_gold_matched;
        self.relaxed_system_matched += o.relaxed_system_matched;
        self.value_correct += o.value_correct;
        self.type_correct += o.type_correct;
    }

    pub fn scores(&self, name: &str) -> Scores {
        let strict = prf(
            self.strict_matches,
            self.system,
            self.strict_matches,
            self.gold,
        );
        let relaxed = prf(
            self.relaxed_system_matched,
            self.system,
            self.relaxed_gold_matched,
            self.gold,
        );
        let accuracy = |n: usize| {
            if self.relaxed_gold_matched == 0 {
                0.0
            } else {
                n as f64 / self.relaxed_gold_matched as f64
            }
        };
        Scores {
            name: name.to_string(),
            counts: self.clone(),
            strict,
            relaxed,
            value_f1: relaxed.f1 * accuracy(self.value_correct),
            type_f1: relaxed.f1 * accuracy(self.type_correct),
            value_accuracy: accuracy(self.value_correct),
        }
    }
}

/// One system/gold disagreement, for error analysis (`--errors`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mismatch {
    pub document: String,
    /// `missed`, `spurious`, `extent`, `value`, `type`.
    pub what: &'static str,
    pub gold: Option<String>,
    pub system: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub overall: Scores,
    pub subcorpora: Vec<Scores>,
    #[serde(skip)]
    pub mismatches: Vec<Mismatch>,
}

/// Scores one document.
pub fn score_document(doc: &Document, mismatches: &mut Vec<Mismatch>) -> Counts {
    let system = extract(&doc.text, Some("en"), doc.creation_date);
    // System spans are byte offsets; gold ones are char offsets. Convert once.
    let char_of_byte: Vec<usize> = {
        let mut v = vec![0; doc.text.len() + 1];
        let mut c = 0;
        for (b, ch) in doc.text.char_indices() {
            for k in 0..ch.len_utf8() {
                v[b + k] = c;
            }
            c += 1;
        }
        v[doc.text.len()] = c;
        v
    };
    let sys: Vec<(usize, usize, &str, &str)> = system
        .iter()
        .map(|m| {
            (
                char_of_byte[m.span.start],
                char_of_byte[m.span.end],
                m.kind.as_str(),
                m.value.as_deref().unwrap_or(""),
            )
        })
        .collect();
    let mut c = Counts {
        documents: 1,
        gold: doc.timexes.len(),
        system: sys.len(),
        ..Counts::default()
    };
    let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    let chars: Vec<char> = doc.text.chars().collect();
    let show = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    for g in &doc.timexes {
        let hit = sys.iter().find(|s| overlaps((s.0, s.1), (g.start, g.end)));
        match hit {
            Some(s) => {
                c.relaxed_gold_matched += 1;
                if s.0 == g.start && s.1 == g.end {
                    c.strict_matches += 1;
                } else {
                    mismatches.push(Mismatch {
                        document: doc.name.clone(),
                        what: "extent",
                        gold: Some(show(g.start, g.end)),
                        system: Some(show(s.0, s.1)),
                    });
                }
                if s.3 == g.value {
                    c.value_correct += 1;
                } else {
                    mismatches.push(Mismatch {
                        document: doc.name.clone(),
                        what: "value",
                        gold: Some(format!("{} = {}", show(g.start, g.end), g.value)),
                        system: Some(format!("{} = {}", show(s.0, s.1), s.3)),
                    });
                }
                if s.2 == g.kind {
                    c.type_correct += 1;
                } else {
                    mismatches.push(Mismatch {
                        document: doc.name.clone(),
                        what: "type",
                        gold: Some(format!("{} = {}", show(g.start, g.end), g.kind)),
                        system: Some(format!("{} = {}", show(s.0, s.1), s.2)),
                    });
                }
            }
            None => mismatches.push(Mismatch {
                document: doc.name.clone(),
                what: "missed",
                gold: Some(format!("{} = {}", show(g.start, g.end), g.value)),
                system: None,
            }),
        }
    }
    for s in &sys {
        if doc
            .timexes
            .iter()
            .any(|g| overlaps((s.0, s.1), (g.start, g.end)))
        {
            c.relaxed_system_matched += 1;
        } else {
            mismatches.push(Mismatch {
                document: doc.name.clone(),
                what: "spurious",
                gold: None,
                system: Some(format!("{} = {}", show(s.0, s.1), s.3)),
            });
        }
    }
    c
}

/// Scores documents, overall and per subcorpus (sorted by name).
pub fn score(documents: &[Document]) -> Report {
    let mut per: BTreeMap<&str, Counts> = BTreeMap::new();
    let mut overall = Counts::default();
    let mut mismatches = Vec::new();
    for d in documents {
        let c = score_document(d, &mut mismatches);
        per.entry(d.subcorpus.as_str()).or_default().add(&c);
        overall.add(&c);
    }
    Report {
        overall: overall.scores("overall"),
        subcorpora: per.iter().map(|(name, c)| c.scores(name)).collect(),
        mismatches,
    }
}

/// Reads every `.tml` of a `.tar.zst` / `.tar` archive, sorted by path.
pub fn read_archive(path: &Path) -> Result<Vec<Document>, EvalError> {
    let shown = path.display().to_string();
    let io = |source| EvalError::Io {
        path: shown.clone(),
        source,
    };
    let mut raw = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut raw))
        .map_err(io)?;
    let tar_bytes = if raw.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let mut out = Vec::new();
        let mut decoder = ruzstd::decoding::StreamingDecoder::new(raw.as_slice()).map_err(|e| {
            EvalError::Zstd {
                path: shown.clone(),
                message: e.to_string(),
            }
        })?;
        decoder.read_to_end(&mut out).map_err(io)?;
        out
    } else {
        raw
    };
    let mut archive = tar::Archive::new(tar_bytes.as_slice());
    let mut docs = Vec::new();
    for entry in archive.entries().map_err(io)? {
        let mut entry = entry.map_err(io)?;
        let name = entry.path().map_err(io)?.to_string_lossy().into_owned();
        let file = name.rsplit('/').next().unwrap_or(&name);
        if !name.ends_with(".tml") || file.starts_with("._") {
            continue;
        }
        let mut body = String::new();
        if entry.read_to_string(&mut body).is_err() {
            continue;
        }
        let trimmed = name.trim_start_matches("./");
        let subcorpus = trimmed
            .rsplit_once('/')
            .map(|(dir, _)| dir.to_string())
            .unwrap_or_default();
        docs.push(parse_timeml(trimmed, &subcorpus, &body));
    }
    if docs.is_empty() {
        return Err(EvalError::Empty { path: shown });
    }
    docs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(docs)
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let pat = format!("{name}=\"");
    let i = tag.find(&pat)? + pat.len();
    let rest = &tag[i..];
    Some(&rest[..rest.find('"')?])
}

fn decode_entity(s: &str) -> Option<(char, usize)> {
    for (ent, ch) in [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&apos;", '\''),
    ] {
        if s.starts_with(ent) {
            return Some((ch, ent.len()));
        }
    }
    None
}

/// Parses a TimeML document: the DCT, and the `<TEXT>` content with its TIMEX3 spans.
pub fn parse_timeml(name: &str, subcorpus: &str, xml: &str) -> Document {
    let mut creation_date = None;
    if let Some(i) = xml.find("functionInDocument=\"CREATION_TIME\"") {
        let tag_start = xml[..i].rfind('<').unwrap_or(0);
        let tag_end = xml[i..].find('>').map(|e| i + e).unwrap_or(xml.len());
        let tag = &xml[tag_start..tag_end];
        creation_date = attribute(tag, "value")
            .and_then(|v| v.get(..10))
            .and_then(|v| v.parse::<Date>().ok());
    }
    let body = match (xml.find("<TEXT>"), xml.find("</TEXT>")) {
        (Some(s), Some(e)) if e > s => &xml[s + "<TEXT>".len()..e],
        _ => "",
    };
    let mut text = String::new();
    let mut chars = 0usize;
    let mut open: Option<(usize, String, String)> = None;
    let mut timexes = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with('<') {
            let end = rest.find('>').map(|e| i + e + 1).unwrap_or(body.len());
            let tag = &body[i..end];
            if tag.starts_with("<TIMEX3") {
                let kind = attribute(tag, "type").unwrap_or("").to_string();
                let value = attribute(tag, "value").unwrap_or("").to_string();
                open = Some((chars, kind, value));
            } else if tag.starts_with("</TIMEX3")
                && let Some((start, kind, value)) = open.take()
            {
                timexes.push(GoldTimex {
                    start,
                    end: chars,
                    kind,
                    value,
                });
            }
            i = end;
            continue;
        }
        if rest.starts_with('&')
            && let Some((ch, len)) = decode_entity(rest)
        {
            text.push(ch);
            chars += 1;
            i += len;
            continue;
        }
        let ch = rest.chars().next().unwrap_or(' ');
        text.push(ch);
        chars += 1;
        i += ch.len_utf8();
    }
    Document {
        name: name.to_string(),
        subcorpus: subcorpus.to_string(),
        text,
        creation_date,
        timexes,
    }
}

/// Plain-text table of a report.
pub fn format_table(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{:<12} {:>5} {:>5} {:>5}  {:>6} {:>6} {:>6}  {:>6} {:>6} {:>6}  {:>7} {:>7}\n",
        "subcorpus",
        "docs",
        "gold",
        "sys",
        "str-P",
        "str-R",
        "str-F1",
        "rel-P",
        "rel-R",
        "rel-F1",
        "value",
        "type"
    ));
    for s in report
        .subcorpora
        .iter()
        .chain(std::iter::once(&report.overall))
    {
        out.push_str(&format!(
            "{:<12} {:>5} {:>5} {:>5}  {:>6.4} {:>6.4} {:>6.4}  {:>6.4} {:>6.4} {:>6.4}  {:>7.4} {:>7.4}\n",
            s.name, s.counts.documents, s.counts.gold, s.counts.system, s.strict.precision, s.strict.recall, s.strict.f1,
            s.relaxed.precision, s.relaxed.recall, s.relaxed.f1, s.value_f1, s.type_f1
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<TimeML><DOCID>X</DOCID><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>The council met <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> &amp; agreed on a plan for <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>.</TEXT></TimeML>"#;

    #[test]
    fn timeml_text_offsets_and_creation_time() {
        let d = parse_timeml("x/X.tml", "x", DOC);
        assert_eq!(d.creation_date, Some(jiff::civil::date(2013, 3, 22)));
        assert_eq!(d.timexes.len(), 2);
        let t = &d.timexes[0];
        assert_eq!(
            d.text
                .chars()
                .skip(t.start)
                .take(t.end - t.start)
                .collect::<String>(),
            "Thursday"
        );
        assert!(d.text.contains("Thursday & agreed"));
    }

    #[test]
    fn a_perfect_system_scores_one() {
        let d = parse_timeml("x/X.tml", "x", DOC);
        let r = score(&[d]);
        assert_eq!(r.overall.counts.gold, 2);
        assert!(
            (r.overall.strict.f1 - 1.0).abs() < 1e-9,
            "{:?}",
            r.mismatches
        );
        assert!(
            (r.overall.value_f1 - 1.0).abs() < 1e-9,
            "{:?}",
            r.mismatches
        );
    }
}
