//! Quotes and reported speech in one article: who said what, with which cue.
//!
//! The extractor works in three passes over the text:
//! 1. [`marks`] finds quoted stretches in any of the common mark styles;
//! 2. [`units`] cuts the text into sentence units that never split a quote from its attribution;
//! 3. each unit is searched for a reporting cue ([`cues`]) outside the quotes; the cue's shape
//!    says where the speaker is (before a verb, after "according to", inverted "said X"), and
//!    the other side is what was said. Quotes without a cue of their own continue the previous
//!    speaker (`"A," she said. "B."`) or follow a colon (`Yermak was defiant: "…"`).
//!
//! Speakers are resolved within the article ([`speaker`]): pronouns to a recent speaker or the
//! nearest full name, surnames to the full name, role nouns to the person holding the title.
//! The output keeps both the source phrase as written (for evaluation against span-level gold)
//! and the resolved name (for people).

pub mod cues;
pub mod eval;
pub mod marks;
pub mod speaker;
pub mod units;

use cues::{COMPLEMENTIZERS, CueShape};
use marks::Quoted;
use serde::{Deserialize, Serialize};
pub use speaker::SpeakerKind;
use speaker::{Memory, Resolved};
use stemmata_model::Span;

/// Direct (the speaker's own words, in quotation marks) or indirect (reported speech).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// One attribution: content tied to a source by a cue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub kind: QuoteKind,
    /// What was said. For direct quotes, the quoted words without marks, one span per quoted
    /// stretch (a split quote has several); for indirect speech, the reported clause.
    pub content: Vec<Span>,
    /// Quoted stretches inside indirect content (partial quotes: `would introduce "some changes"`).
    pub partial: Vec<Span>,
    /// The cue as written ("said", "according to", "declined to confirm", ":").
    pub cue: Option<Span>,
    /// The source phrase as written ("White House Press Secretary Karoline Leavitt", "she").
    pub source: Option<Span>,
    /// The resolved speaker's display name ("Karoline Leavitt" for "she").
    pub speaker: Option<String>,
    pub speaker_kind: Option<SpeakerKind>,
}

impl Attribution {
    /// The content as text; fragments of a split quote joined with " … ".
    pub fn content_text(&self, text: &str) -> String {
        self.content
            .iter()
            .map(|s| clean_quote(s.slice(text)))
            .collect::<Vec<_>>()
            .join(" … ")
    }
}

/// Trim spaces and the comma a quote ends with before its attribution (`"…," she said`).
pub fn clean_quote(s: &str) -> String {
    let t = s.trim();
    let t = t.strip_suffix(',').unwrap_or(t).trim_end();
    t.replace('\n', " ")
}

struct Word {
    span: Span,
    lower: String,
}

fn unit_words(text: &str, unit: Span, quotes: &[Quoted]) -> Vec<Word> {
    stemmata_text::word_spans(unit.slice(text))
        .into_iter()
        .map(|(s, e)| Span::new(unit.start + s, unit.start + e))
        .filter(|w| {
            !quotes
                .iter()
                .any(|q| q.outer.start <= w.start && w.end <= q.outer.end)
        })
        .map(|span| Word {
            span,
            lower: span.slice(text).to_lowercase(),
        })
        .collect()
}

/// Non-space characters of `span` inside quotes, as a share of all its non-space characters.
fn quoted_share(text: &str, span: Span, quotes: &[Quoted]) -> f64 {
    let count = |s: Span| {
        s.slice(text)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
    };
    let total = count(span);
    if total == 0 {
        return 0.0;
    }
    let inside: usize = quotes
        .iter()
        .filter(|q| q.outer.start >= span.start && q.outer.end <= span.end)
        .map(|q| count(q.inner))
        .sum();
    inside as f64 / total as f64
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len()
        - s.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ':' | '—' | '–' | '-' | ';')
        })
        .len();
    let body = &s[lead..];
    let kept = body.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';' | '—' | '–')
    });
    Span::new(span.start + lead, span.start + lead + kept.len())
}

/// A span of words `[from, to)` as a byte span.
fn words_span(words: &[Word], from: usize, to: usize) -> Span {
    Span::new(words[from].span.start, words[to - 1].span.end)
}

/// Per-article extraction state.
struct Extractor<'a> {
    text: &'a str,
    quotes: Vec<Quoted>,
    /// Names set in quotation marks ("«Азотекс»"), which are not quotes.
    names: Vec<Quoted>,
    memory: Memory,
    out: Vec<Attribution>,
    /// Index in `out` of the direct attribution made in the previous unit, if any.
    last_direct: Option<(usize, usize)>,
    /// The unit before the current one ("Das kündigte X an" reports it).
    previous_unit: Option<Span>,
    /// Indices in `out` of the attributions made in the previous unit.
    previous_out: std::ops::Range<usize>,
}

/// Extract all attributions from an article text, in text order.
pub fn extract(text: &str) -> Vec<Attribution> {
    let (names, quotes): (Vec<Quoted>, Vec<Quoted>) =
        marks::quoted_spans(text).into_iter().partition(|q| marks::is_quoted_name(text, q));
    let units = units::units(text, &quotes);
    let mut ex = Extractor {
        text,
        quotes,
        names,
        memory: Memory::default(),
        out: Vec::new(),
        last_direct: None,
        previous_unit: None,
        previous_out: 0..0,
    };
    for (ui, unit) in units.iter().enumerate() {
        let before = ex.out.len();
        ex.unit(ui, *unit);
        ex.previous_unit = Some(*unit);
        ex.previous_out = before..ex.out.len();
        // Names become known for later units only: a pronoun refers back.
        let words = unit_words(text, *unit, &ex.quotes);
        let spans: Vec<(usize, usize)> = words.iter().map(|w| (w.span.start, w.span.end)).collect();
        ex.memory.names.extend(speaker::person_names(text, &spans));
    }
    ex.out
}

impl<'a> Extractor<'a> {
    fn quotes_in(&self, span: Span) -> Vec<Quoted> {
        self.quotes
            .iter()
            .copied()
            .filter(|q| q.outer.start >= span.start && q.outer.end <= span.end)
            .collect()
    }

    fn unit(&mut self, ui: usize, unit: Span) {
        let text = self.text;
        let quotes = self.quotes_in(unit);
        let words = unit_words(text, unit, &quotes);
        let lowers: Vec<String> = words.iter().map(|w| w.lower.clone()).collect();
        let folded: Vec<String> = words
            .iter()
            .map(|w| stemmata_text::fold(&w.lower))
            .collect();
        for i in 0..words.len() {
            let own = cues::cue_at(&lowers, i);
            let Some(cue) = own.or_else(|| cues::shared_cue_at(&folded, i)) else {
                continue;
            };
            let from_shared = own.is_none();
            if let Some(a) = self.build(ui, unit, &words, &quotes, cue, from_shared) {
                let direct = a.kind == QuoteKind::Direct;
                self.remember(&a, ui);
                self.out.push(a);
                self.last_direct = direct.then(|| (self.out.len() - 1, ui));
                return;
            }
        }
        if quotes.is_empty() {
            self.last_direct = None;
            for a in self.reported_by_cue(ui, unit, &quotes) {
                self.remember(&a, ui);
                self.out.push(a);
            }
            return;
        }
        // `"…," Bennett shot back.`: a quote ending in a comma, question or exclamation mark
        // and followed by a clause is attributed by that clause even without a known cue.
        if let Some(a) = self.comma_quote(ui, unit, &words, &quotes) {
            self.remember(&a, ui);
            self.out.push(a);
            self.last_direct = Some((self.out.len() - 1, ui));
            return;
        }
        // A quote right after a colon: the clause before it names the speaker.
        let first = quotes[0];
        let before = Span::new(unit.start, first.outer.start);
        if before.slice(text).trim_end().ends_with(':') {
            let clause_words: Vec<&Word> = words
                .iter()
                .filter(|w| w.span.end <= first.outer.start)
                .collect();
            if let Some(a) = self.colon_quote(ui, unit, &clause_words, &quotes) {
                self.remember(&a, ui);
                self.out.push(a);
                self.last_direct = Some((self.out.len() - 1, ui));
                return;
            }
        }
        // A unit that is only a quote continues the previous unit's direct quote: as another
        // part of it within a paragraph, as a new quote by the same speaker after a line break.
        if let Some((idx, prev_unit)) = self.last_direct
            && prev_unit + 1 == ui
            && quoted_share(text, unit, &quotes) > 0.8
        {
            let prev_end = self.out[idx]
                .content
                .iter()
                .map(|s| s.end)
                .max()
                .unwrap_or(unit.start);
            let new_paragraph = text[prev_end.min(unit.start)..unit.start].contains('\n');
            if new_paragraph {
                let mut next = self.out[idx].clone();
                next.content = quotes.iter().map(|q| q.inner).collect();
                next.partial.clear();
                next.cue = None;
                self.out.push(next);
                self.last_direct = Some((self.out.len() - 1, ui));
            } else {
                for q in &quotes {
                    self.out[idx].content.push(q.inner);
                }
                self.last_direct = Some((idx, ui));
            }
            return;
        }
        self.last_direct = None;
        for a in self.reported_by_cue(ui, unit, &quotes) {
            self.remember(&a, ui);
            self.out.push(a);
        }
    }

    fn remember(&mut self, a: &Attribution, ui: usize) {
        if let (Some(name), Some(kind), Some(src)) = (&a.speaker, a.speaker_kind, a.source)
            && kind != SpeakerKind::Unknown
        {
            self.memory.speakers.push((
                src.start,
                Resolved {
                    name: name.clone(),
                    kind,
                },
                ui,
            ));
        }
    }

    fn speaker_of(&self, source: Span, ui: usize) -> Resolved {
        speaker::resolve(source.slice(self.text), source.start, ui, &self.memory)
    }

    /// The subject phrase ending right before word `end` (exclusive), within the unit.
    fn subject_before(
        &self,
        unit: Span,
        words: &[Word],
        quotes: &[Quoted],
        end: usize,
    ) -> Option<Span> {
        let text = self.text;
        if end == 0 {
            return None;
        }
        // Start after the last quote before the cue and after the last clause break.
        let cue_start = words[end].span.start;
        // A short quoted name right before the verb is its addressee, not a quote ending:
        // "У керівництві підприємства «Зоряним вістям» заявили, що …".
        let short_name_before = |q: &Quoted| {
            text[q.outer.end..cue_start].trim().is_empty()
                && stemmata_text::word_spans(q.inner.slice(text)).len() <= 3
                && !q.inner.slice(text).contains(['.', ',', '!', '?'])
        };
        let mut from_byte = quotes
            .iter()
            .filter(|q| q.outer.end <= cue_start && !short_name_before(q))
            .map(|q| q.outer.end)
            .max()
            .unwrap_or(unit.start);
        let left = &text[from_byte..cue_start];
        let left_trim = left.trim_end();
        if !left_trim.ends_with(',') {
            if let Some(p) = left_trim.rfind([',', ';', ':', '(', '—', '–']) {
                from_byte += p + 1;
            }
        } else {
            // "Name, the chief of staff, said": the apposition belongs to the subject.
            if let Some(p) = left_trim.rfind([';', ':', '(', '—', '–']) {
                from_byte += p + 1;
            }
        }
        // A quoted name right before the verb is its addressee ("«Зоряним вістям» заявили").
        let until_byte = self
            .names
            .iter()
            .find(|q| q.outer.end <= cue_start && text[q.outer.end..cue_start].trim().is_empty())
            .map_or(cue_start, |q| q.outer.start);
        let idx: Vec<usize> = (0..end)
            .filter(|&k| words[k].span.start >= from_byte && words[k].span.end <= until_byte)
            .collect();
        if idx.is_empty() {
            return None;
        }
        let slice: Vec<&str> = idx.iter().map(|&k| words[k].span.slice(text)).collect();
        let (a, b) = speaker::trim_subject(&slice)?;
        let (mut a, b) = (idx[a], idx[b - 1] + 1);
        // A long stretch is a clause, not a subject: keep its tail up to 14 words.
        if b - a > 14 {
            a = b - 14;
            // ...starting at a capitalised word or a determiner.
            while a < b
                && !words[a]
                    .span
                    .slice(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && !matches!(
                    words[a].lower.as_str(),
                    "the" | "a" | "an" | "one" | "two" | "multiple" | "some"
                )
            {
                a += 1;
            }
            if a >= b {
                return None;
            }
        }
        Some(trim_span(text, words_span(words, a, b)))
    }

    /// The noun phrase right after word `start`: up to a comma, a cue or the end of the unit.
    fn phrase_after(&self, unit: Span, words: &[Word], start: usize, limit: usize) -> Option<Span> {
        if start >= words.len() {
            return None;
        }
        let text = self.text;
        let mut end = start;
        while end < words.len() && end - start < limit {
            if end > start {
                let gap = &text[words[end - 1].span.end..words[end].span.start];
                // Quotation marks around a name ("газета «Зоряні вісті»") belong to the phrase.
                let in_name = |w: &Word| self.names.iter().any(|q| q.outer.start <= w.span.start && w.span.end <= q.outer.end);
                let marks_of_name = (in_name(&words[end]) || in_name(&words[end - 1]))
                    && !gap.contains([',', ';', ':', '(', '—', '–', '.']);
                if !marks_of_name && gap.contains([',', ';', ':', '(', '—', '–', '.', '"', '“', '”', '«', '»'])
                {
                    break;
                }
                // The source ends where it cites another: "… з посиланням на", "… со ссылкой на".
                let next = words.get(end + 1).map(|w| w.lower.as_str());
                if words[end].lower == "citing"
                    || matches!(words[end].lower.as_str(), "з" | "со" | "unter")
                        && matches!(next, Some("посиланням" | "ссылкой" | "berufung"))
                {
                    break;
                }
            }
            end += 1;
        }
        let span = words_span(words, start, end);
        let _ = unit;
        // "местная газета «Зоряні вісті»": the quoted name after describing words is the source.
        if let Some(name) = self.names.iter().find(|q| span.start <= q.outer.start && q.outer.end <= span.end + 3)
            && words[start..end].iter().all(|w| w.span.end <= name.outer.end)
            && words[start..end]
                .iter()
                .take_while(|w| w.span.end <= name.outer.start)
                .all(|w| !w.span.slice(text).chars().next().is_some_and(char::is_uppercase))
        {
            return Some(trim_span(text, name.inner));
        }
        Some(trim_span(text, span))
    }

    fn finish(
        &self,
        ui: usize,
        kind: QuoteKind,
        content: Vec<Span>,
        partial: Vec<Span>,
        cue: Span,
        source: Option<Span>,
    ) -> Option<Attribution> {
        let content: Vec<Span> = content
            .into_iter()
            .filter(|s| !s.slice(self.text).trim().is_empty())
            .collect();
        if content.is_empty() {
            return None;
        }
        let resolved = source.map(|s| self.speaker_of(s, ui));
        Some(Attribution {
            kind,
            content,
            partial,
            cue: Some(cue),
            source,
            speaker: resolved.as_ref().map(|r| r.name.clone()),
            speaker_kind: resolved.map(|r| r.kind),
        })
    }

    /// Content between `from` and `to`: direct when it is mostly quoted, else indirect.
    fn content_of(
        &self,
        from: usize,
        to: usize,
        quotes: &[Quoted],
    ) -> Option<(QuoteKind, Vec<Span>, Vec<Span>)> {
        let span = trim_span(self.text, Span::new(from, to));
        if span.is_empty() {
            return None;
        }
        let inside: Vec<Quoted> = quotes
            .iter()
            .copied()
            .filter(|q| q.outer.start >= from && q.outer.end <= to)
            .collect();
        if !inside.is_empty() && quoted_share(self.text, span, &inside) >= 0.5 {
            return Some((
                QuoteKind::Direct,
                inside.iter().map(|q| q.inner).collect(),
                Vec::new(),
            ));
        }
        let words = stemmata_text::word_spans(span.slice(self.text)).len();
        if words < 2 {
            return None;
        }
        Some((
            QuoteKind::Indirect,
            vec![span],
            inside.iter().map(|q| q.inner).collect(),
        ))
    }

    fn build(
        &self,
        ui: usize,
        unit: Span,
        words: &[Word],
        quotes: &[Quoted],
        cue: cues::CueMatch,
        from_shared: bool,
    ) -> Option<Attribution> {
        let text = self.text;
        let cue_end_word = cue.start + cue.len;
        let cue_span = words_span(words, cue.start, cue_end_word);
        let after_cue = cue_span.end;
        let rest_words = words.len() - cue_end_word;
        let right_has_quote = quotes.iter().any(|q| q.outer.start >= after_cue);
        let left_quotes: Vec<Quoted> = quotes
            .iter()
            .copied()
            .filter(|q| q.outer.end <= cue_span.start)
            .collect();
        // Complementizer within three words after the cue ("said Thursday that", "told reporters that").
        // ...with no punctuation in between ("said, adding that" belongs to "adding").
        // Russian and Ukrainian always write a comma before the complementizer ("заявили, що …").
        let comp = (cue_end_word..words.len().min(cue_end_word + 3))
            .take_while(|&k| {
                let gap = &text[after_cue..words[k].span.start];
                !gap.contains([';', ':', '.', '(', '—', '–'])
                    && (!gap.contains(',') || matches!(words[k].lower.as_str(), "що" | "что" | "щоб" | "чтобы"))
            })
            .find(|&k| COMPLEMENTIZERS.contains(&words[k].lower.as_str()));
        // A capitalised cue word mid-sentence is a name or title ("Secretary of State Rubio").
        if cue.start > 0
            && words[cue.start]
                .span
                .slice(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            return None;
        }
        // A Russian or Ukrainian verb after "about this" ("Об этом сообщил X"): the opener is
        // found once, for the checks here and for `slavic_inverted`.
        let mut slavic_opener = None;
        if cue.shape == CueShape::Verb && cue.start > 0 && cues::is_slavic_verb(&words[cue.start].lower) {
            let previous = words[cue.start - 1].lower.as_str();
            // The verb of "як пише X" / "как сообщает X", which the preposition-like cue covers.
            if matches!(previous, "як" | "как") {
                return None;
            }
            let lowers: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
            slavic_opener = cues::about_this_opener(&lowers, cue.start);
            // "Об этом сообщает X" with no sentence before it to report: nothing to attribute.
            if self.previous_unit.is_none() && slavic_opener.is_some() {
                return None;
            }
        }
        if cue.shape == CueShape::Verb
            && let Some(a) = self
                .german_inverted(ui, unit, words, quotes, cue, cue_span)
                .or_else(|| slavic_opener.and_then(|opener| self.slavic_inverted(ui, words, cue, cue_span, opener)))
        {
            return Some(a);
        }
        if cue.len == 1
            && (cues::is_weak(&words[cue.start].lower)
                || from_shared && !cues::is_strong(&words[cue.start].lower))
        {
            // Weak cues need "that" right after, or a quote within a few words.
            let comp_next = comp == Some(cue_end_word);
            // Verbs known only from the shared lexicons ("proposed", "supported") need the quote
            // right after them; this crate's own weak cues allow a short object ("told reporters").
            let gap_allowed = if from_shared { 0 } else { 3 };
            let quote_near = quotes.iter().any(|q| {
                q.outer.start >= after_cue
                    && stemmata_text::word_spans(&text[after_cue..q.outer.start]).len()
                        <= gap_allowed
            });
            let quote_before = left_quotes
                .iter()
                .any(|q| text[q.outer.end..cue_span.start].split_whitespace().count() <= 3);
            if !comp_next && !quote_near && !quote_before {
                return None;
            }
        }
        // "citing the local newspaper X" names a source; "citing bad weather" gives a reason, and
        // the clause's own subject is the one reporting.
        let shape = if cue.shape == CueShape::Preposition && words[cue.start].lower == "citing" {
            const SOURCE_WORDS: &[&str] = &[
                "sources", "source", "officials", "official", "newspaper", "agency", "report", "reports",
                "statement", "spokesman", "spokeswoman", "spokesperson", "media", "website", "ministry",
                "police", "authorities", "data", "figures", "documents", "people", "person", "diplomats",
            ];
            let source_like = words[cue_end_word..].iter().take(8).any(|w| {
                SOURCE_WORDS.contains(&w.lower.as_str())
                    || w.span.slice(text).chars().next().is_some_and(char::is_uppercase)
            });
            if source_like { CueShape::Preposition } else { CueShape::Participle }
        } else {
            cue.shape
        };
        match shape {
            CueShape::Preposition => {
                let source = self.phrase_after(unit, words, cue_end_word, 12)?;
                let left_text = Span::new(unit.start, cue_span.start).slice(text);
                let (kind, content, partial) = if stemmata_text::word_spans(left_text).len() <= 1 {
                    // "According to X, content."
                    let comma = text[source.end..unit.end]
                        .find(',')
                        .map(|p| source.end + p + 1)
                        .unwrap_or(source.end);
                    // "Як пише агентство, про це оголосив X": X is the speaker, found at the verb.
                    let rest: Vec<&Word> = words.iter().filter(|w| w.span.start >= comma).collect();
                    let lowers: Vec<&str> = rest.iter().map(|w| w.lower.as_str()).collect();
                    if let Some(v) = lowers.iter().position(|w| cues::is_slavic_verb(w))
                        && cues::about_this_opener(&lowers, v) == Some(0)
                    {
                        return None;
                    }
                    self.content_of(comma, unit.end, quotes)?
                } else {
                    self.content_of(unit.start, cue_span.start, quotes)?
                };
                self.finish(ui, kind, content, partial, cue_span, Some(source))
            }
            CueShape::Participle => {
                // "…, saying that X": the speaker is the unit's subject.
                let source = self.subject_at_start(unit, words, cue.start)?;
                let from = comp.map(|k| words[k].span.end).unwrap_or(after_cue);
                let (kind, content, partial) = self.content_of(from, unit.end, quotes)?;
                self.finish(ui, kind, content, partial, cue_span, Some(source))
            }
            CueShape::Verb => {
                // Trailing cue: `"…," she said.` / `"…," said one source.` / `X is true, officials said.`
                // The source after an inverted verb ends where it cites another ("…, сообщила
                // местная газета «Зоряні вісті» со ссылкой на городской совет").
                let tail_words = words[cue_end_word..]
                    .iter()
                    .position(|w| matches!(w.lower.as_str(), "citing" | "со" | "з" | "unter"))
                    .filter(|&p| {
                        let next = words.get(cue_end_word + p + 1).map(|w| w.lower.as_str());
                        matches!(next, None | Some("ссылкой" | "посиланням" | "berufung")) || words[cue_end_word + p].lower == "citing"
                    })
                    .unwrap_or(rest_words);
                let left_text = Span::new(unit.start, cue_span.start).slice(text).trim_end();
                let quote_then_cue = !left_quotes.is_empty() && {
                    let last_end = left_quotes
                        .iter()
                        .map(|q| q.outer.end)
                        .max()
                        .unwrap_or(unit.start);
                    stemmata_text::word_spans(&text[last_end..cue_span.start]).len() <= 12
                };
                // A quote opening right after the cue is the cue's content ("said: "…"").
                let quote_follows = quotes.iter().any(|q| {
                    q.outer.start >= after_cue && {
                        let gap = &text[after_cue..q.outer.start];
                        stemmata_text::word_spans(gap).len() <= 3 && !gap.contains([',', '.', ';'])
                    }
                });
                // `X is true, the minister said on Monday.`: a short subject after the last
                // comma and nothing but time and place after the cue.
                // ...but not after a fronted adverbial ("In a statement, the company said on
                // Monday it expects …"), which is no content.
                let subject_after_comma = left_text.rfind(',').is_some_and(|p| {
                    let before_words: Vec<&str> = stemmata_text::words(&left_text[..p]).collect();
                    let subject = stemmata_text::word_spans(&left_text[p + 1..]).len();
                    let adverbial = before_words.first().is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "in" | "on" | "at" | "after" | "before" | "during" | "despite" | "following" | "with"
                                | "for" | "as" | "when" | "while" | "since" | "under" | "by" | "from" | "asked"
                        )
                    });
                    before_words.len() >= 4 && !adverbial && (1..=6).contains(&subject)
                });
                let trailing = comp.is_none()
                    && (quote_then_cue && !quote_follows
                        || !right_has_quote && tail_words <= 7 && left_text.ends_with(',')
                        || !right_has_quote
                            && subject_after_comma
                            && tail_is_adjunct(&words[cue_end_word..]));
                if trailing {
                    let last_quote_end = left_quotes
                        .iter()
                        .map(|q| q.outer.end)
                        .max()
                        .unwrap_or(unit.start);
                    let between = Span::new(last_quote_end, cue_span.start);
                    let between_words = stemmata_text::word_spans(between.slice(text)).len();
                    let (content_end, source) = if !left_quotes.is_empty() && between_words == 0 {
                        (
                            last_quote_end,
                            self.phrase_after(unit, words, cue_end_word, 12),
                        )
                    } else if !left_quotes.is_empty()
                        && between_words <= 12
                        && between.slice(text).trim_start().starts_with([',', ' '])
                        || !left_quotes.is_empty() && between_words <= 12
                    {
                        (
                            last_quote_end,
                            self.subject_before(unit, words, quotes, cue.start),
                        )
                    } else {
                        // Indirect with the cue at the end: "X is true, the minister said."
                        let comma = left_text.rfind(',').map(|p| unit.start + p)?;
                        let source = if Span::new(comma + 1, cue_span.start)
                            .slice(text)
                            .trim()
                            .is_empty()
                        {
                            self.phrase_after(unit, words, cue_end_word, 12)
                        } else {
                            self.subject_before(unit, words, quotes, cue.start)
                        };
                        (comma, source)
                    };
                    let source = source?;
                    let (kind, content, partial) =
                        self.content_of(unit.start, content_end, quotes)?;
                    return self.finish(ui, kind, content, partial, cue_span, Some(source));
                }
                // Forward: "X said (that) …", "X said: "…"", "X told reporters that …".
                let source = self.subject_before(unit, words, quotes, cue.start);
                let from = comp.map(|k| words[k].span.end).unwrap_or(after_cue);
                let (kind, content, partial) = self.content_of(from, unit.end, quotes)?;
                if source.is_none() && kind == QuoteKind::Direct {
                    return None;
                }
                let mut a = self.finish(ui, kind, content, partial, cue_span, source)?;
                if source.is_none() {
                    a.speaker = None;
                }
                Some(a)
            }
        }
    }

    /// German puts the verb second: when something else opens the clause ("Das kündigte
    /// Firmenchef Anton Weiss an.", "Zur Grenzkontrolle sagte er, diese solle …"), the speaker
    /// follows the verb. A demonstrative opener ("Das", "Dies") reports the previous sentence;
    /// otherwise the content follows the speaker after a comma.
    fn german_inverted(
        &self,
        ui: usize,
        unit: Span,
        words: &[Word],
        quotes: &[Quoted],
        cue: cues::CueMatch,
        cue_span: Span,
    ) -> Option<Attribution> {
        const DEMONSTRATIVES: &[&str] = &["das", "dies", "dieses"];
        const PRONOUNS: &[&str] = &["er", "sie", "man"];
        const DETERMINERS: &[&str] = &["der", "die", "das", "ein", "eine", "dessen", "deren"];
        let text = self.text;
        if cue.start == 0 || !cues::is_german_verb(&words[cue.start].lower) {
            return None;
        }
        // The opener: a demonstrative alone, or a phrase after which no subject precedes the verb
        // (its first word a preposition).
        let first = words[0].lower.as_str();
        let demonstrative = cue.start == 1 && DEMONSTRATIVES.contains(&first);
        if !demonstrative && !cues::is_german_preposition(first) {
            return None;
        }
        // The subject right after the verb: a pronoun, or an optional determiner and capitalised
        // words (German capitalises nouns and names).
        let after = cue.start + cue.len;
        let next = words.get(after)?;
        let mut end = after;
        if PRONOUNS.contains(&next.lower.as_str()) {
            end += 1;
        } else {
            if DETERMINERS.contains(&next.lower.as_str()) {
                end += 1;
            }
            while end < words.len()
                && end - after < 6
                && words[end].span.slice(text).chars().next().is_some_and(char::is_uppercase)
                && (end == after || !text[words[end - 1].span.end..words[end].span.start].contains([',', ';', ':']))
            {
                end += 1;
            }
            if end == after || end == after + 1 && DETERMINERS.contains(&next.lower.as_str()) {
                return None;
            }
        }
        let source = words_span(words, after, end);
        let rest = &text[source.end..unit.end];
        let (kind, content, partial) = if let Some(comma) = rest.find(',').filter(|_| !demonstrative) {
            self.content_of(source.end + comma + 1, unit.end, quotes)?
        } else if demonstrative {
            self.previous_content()?
        } else {
            return None;
        };
        self.finish(ui, kind, content, partial, cue_span, Some(source))
    }

    /// Russian and Ukrainian name the source after the verb when the clause opens with "about
    /// this" ("Об этом сообщил министр Иван Петров.", "Про це в середу оголосив директор Антон
    /// Вайс."): the content is the previous sentence. `opener` is the index of "об"/"про" (or
    /// "это"/"це") before the verb.
    fn slavic_inverted(
        &self,
        ui: usize,
        words: &[Word],
        cue: cues::CueMatch,
        cue_span: Span,
        opener: usize,
    ) -> Option<Attribution> {
        let text = self.text;
        // The opener starts the unit or follows a comma ("Як пише агентство, про це …"); no
        // comma between it and the verb.
        let clause_start = words[opener].span.start;
        if opener > 0 && !text[words[opener - 1].span.end..clause_start].contains(',') {
            return None;
        }
        if text[clause_start..cue_span.start].contains([',', ';', ':']) {
            return None;
        }
        let after = cue.start + cue.len;
        // An impersonal plural names the institution with "in": "повідомили в міській раді та в
        // районному управлінні ДСНС" (the council and the service said so).
        let impersonal = words[cue.start].lower.ends_with("ли")
            && words.get(after).is_some_and(|w| matches!(w.lower.as_str(), "в" | "у" | "на"));
        let mut end = after;
        while end < words.len()
            && end - after < 12
            && (end == after || !text[words[end - 1].span.end..words[end].span.start].contains([',', ';', ':', '(', '—', '–']))
            && (impersonal || !cues::SLAVIC_ADJUNCT_OPENERS.contains(&words[end].lower.as_str()))
        {
            end += 1;
        }
        if !impersonal && end - after > 8 {
            end = after + 8;
        }
        if end == after {
            return None;
        }
        let source = words_span(words, after, end);
        let (kind, content, partial) = self.previous_content()?;
        self.finish(ui, kind, content, partial, cue_span, Some(source))
    }

    /// What "this" refers to in "Das sagte X" / "Об этом сообщил X": the content of the previous
    /// sentence's own attribution if it has one (without its "…, reports Y"), else the sentence.
    fn previous_content(&self) -> Option<(QuoteKind, Vec<Span>, Vec<Span>)> {
        // What another speaker confirms is reported, not quoted: the words were the first speaker's.
        if let Some(a) = self.out.get(self.previous_out.start).filter(|_| !self.previous_out.is_empty()) {
            return Some((QuoteKind::Indirect, a.content.clone(), a.partial.clone()));
        }
        let previous = self.previous_unit?;
        self.content_of(previous.start, previous.end, &self.quotes_in(previous))
    }

    /// Reported speech found by the attribution rules when none of this crate's cues built
    /// one: a verb cue with its subject before it ("Polls show …", "Trump questioned whether …"),
    /// the rest of the unit after the cue (and its "that") as indirect content.
    fn reported_by_cue(&self, ui: usize, unit: Span, quotes: &[Quoted]) -> Vec<Attribution> {
        use stemmata_attribution::lexicon::CueKind;
        let text = self.text;
        let found = stemmata_attribution::extract_sentences(text, &[unit], None, &[]);
        let forward: Vec<(Span, Span)> = found
            .iter()
            .filter(|a| {
                matches!(
                    a.cue_kind,
                    stemmata_attribution::CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb)
                )
            })
            .filter_map(|a| {
                let s = a.source.as_ref()?.span;
                (s.end <= a.cue.start).then_some((a.cue, s))
            })
            .collect();
        let mut out = Vec::new();
        // Each cue's content runs to the next cue's source ("X said A, and Y warned B").
        for (k, &(cue, source)) in forward.iter().enumerate() {
            let end = forward
                .get(k + 1)
                .map(|(_, s)| s.start)
                .filter(|&e| e > cue.end)
                .unwrap_or(unit.end);
            let rest = &text[cue.end..end];
            let lead = rest.len() - rest.trim_start().len();
            let from = if rest
                .trim_start()
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("that "))
            {
                cue.end + lead + 4
            } else {
                cue.end
            };
            if stemmata_text::word_spans(&text[from..end]).len() < 3 {
                continue;
            }
            let Some((kind, content, partial)) = self.content_of(from, end, quotes) else {
                continue;
            };
            out.extend(self.finish(ui, kind, content, partial, cue, Some(source)));
        }
        out
    }

    /// The subject at the start of the unit, up to the first lowercase word that is not part of
    /// a noun phrase ("A European counter-proposal to the plan rejected …" → "A European counter-proposal").
    #[allow(clippy::nonminimal_bool)]
    fn subject_at_start(&self, unit: Span, words: &[Word], before: usize) -> Option<Span> {
        let _ = unit;
        let mut end = 0;
        while end < before && end < 8 {
            let w = words[end].span.slice(self.text);
            let lower = words[end].lower.as_str();
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let determiner = matches!(
                lower,
                "the" | "a" | "an" | "one" | "his" | "her" | "their" | "its"
            );
            if end > 0
                && !capital
                && !determiner
                && !w.contains('-')
                && !(end == 1 && words[0].lower.chars().all(char::is_alphabetic))
            {
                break;
            }
            if matches!(lower, "to" | "of" | "in" | "on" | "for" | "with") {
                break;
            }
            end += 1;
        }
        (end > 0).then(|| trim_span(self.text, words_span(words, 0, end)))
    }

    fn comma_quote(
        &self,
        ui: usize,
        unit: Span,
        words: &[Word],
        quotes: &[Quoted],
    ) -> Option<Attribution> {
        let text = self.text;
        let last = quotes.last()?;
        let inner = last.inner.slice(text).trim_end();
        if !inner.ends_with([',', '?', '!']) || quotes[0].outer.start > unit.start {
            return None;
        }
        let after: Vec<&Word> = words
            .iter()
            .filter(|w| w.span.start >= last.outer.end)
            .collect();
        if after.is_empty() || after.len() > 12 {
            return None;
        }
        let first = after[0];
        let first_text = first.span.slice(text);
        let pronoun = matches!(first.lower.as_str(), "he" | "she" | "they" | "we" | "i");
        if !pronoun && !first_text.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let mut end = 1;
        if !pronoun {
            while end < after.len()
                && after[end]
                    .span
                    .slice(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                end += 1;
            }
        }
        // The verb right after the name is the cue ("shot back", "laughed").
        let verb = after.get(end)?;
        if verb
            .span
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        {
            return None;
        }
        let source = Span::new(first.span.start, after[end - 1].span.end);
        let content: Vec<Span> = quotes.iter().map(|q| q.inner).collect();
        self.finish(
            ui,
            QuoteKind::Direct,
            content,
            Vec::new(),
            verb.span,
            Some(source),
        )
    }

    /// `Yermak was defiant: "…"` — the speaker is the subject of the clause before the colon.
    fn colon_quote(
        &self,
        ui: usize,
        unit: Span,
        clause: &[&Word],
        quotes: &[Quoted],
    ) -> Option<Attribution> {
        let text = self.text;
        let first = quotes[0];
        let colon = text[..first.outer.start].rfind(':')?;
        // Clause start: after the last comma before the colon.
        let clause_start = text[unit.start..colon]
            .rfind([',', ';'])
            .map(|p| unit.start + p + 1)
            .unwrap_or(unit.start);
        let in_clause: Vec<&&Word> = clause
            .iter()
            .filter(|w| w.span.start >= clause_start)
            .collect();
        if in_clause.is_empty() || in_clause.len() > 14 {
            return None;
        }
        // Subject: the first pronoun or run of capitalised words (not a sentence opener like
        // "After"), possibly after a preposition ("with Trump reportedly yelling:").
        let is_pronoun = |w: &str| {
            matches!(
                w,
                "he" | "she" | "they" | "we" | "i" | "він" | "вона" | "вони" | "он" | "она" | "они"
            )
        };
        let is_name_word = |w: &Word| {
            let s = w.span.slice(text);
            s.chars().next().is_some_and(char::is_uppercase)
                && !speaker::is_sentence_opener(&w.lower)
        };
        let start = in_clause
            .iter()
            .position(|w| is_pronoun(&w.lower) || is_name_word(w));
        let source = start.map(|st| {
            let mut end = st + 1;
            if !is_pronoun(&in_clause[st].lower) {
                while end < in_clause.len() && is_name_word(in_clause[end]) {
                    end += 1;
                }
            }
            (
                Span::new(in_clause[st].span.start, in_clause[end - 1].span.end),
                end,
            )
        });
        let cue_from = source.map_or(in_clause[0].span.start, |(_, end)| {
            in_clause.get(end).map_or(colon, |w| w.span.start)
        });
        let cue = Span::new(cue_from.min(colon), colon + 1);
        let content: Vec<Span> = quotes
            .iter()
            .filter(|q| q.outer.start > colon)
            .map(|q| q.inner)
            .collect();
        let mut a = self.finish(
            ui,
            QuoteKind::Direct,
            content,
            Vec::new(),
            cue,
            source.map(|(s, _)| s),
        )?;
        if source.is_none() {
            a.speaker = None;
        }
        Some(a)
    }
}

/// Words after a cue that add only when, where or how it was said ("on Monday", "at a news
/// conference in Vienna", "in a statement"), not a clause of their own.
fn tail_is_adjunct(tail: &[Word]) -> bool {
    const OPENERS: &[&str] = &[
        "at", "in", "on", "during", "after", "before", "via", "through", "late", "earlier", "last",
        "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    ];
    const CLAUSE: &[&str] = &[
        "that", "is", "are", "was", "were", "will", "would", "could", "should", "can", "has", "have",
        "had", "must", "may", "might", "did", "does", "do", "not", "it", "he", "she", "they", "we", "i",
        "there", "this", "these",
    ];
    match tail.first() {
        None => true,
        Some(first) => {
            tail.len() <= 8
                && OPENERS.contains(&first.lower.as_str())
                && !tail.iter().any(|w| CLAUSE.contains(&w.lower.as_str()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Vec<(String, String, String)> {
        extract(t)
            .iter()
            .map(|a| {
                (
                    a.kind.as_str().to_string(),
                    a.content_text(t),
                    a.speaker.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn reported_speech_from_attribution_cues() {
        let got = run("The harbour survey found most residents back the new levy.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "indirect");
        assert_eq!(got[0].1, "most residents back the new levy");
        let got = run("Mayor Dana Okafor questioned whether the ferry could run all winter.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].2.contains("Okafor"), "{got:?}");
        // Two reporting clauses in one sentence give two attributions.
        let got =
            run("Okafor criticized the new pier plan, and Vell doubted the crews would strike.");
        assert_eq!(got.len(), 2, "{got:?}");
        // No cue, no attribution.
        assert!(run("The ferry leaves the harbour at dawn every day.").is_empty());
    }

    #[test]
    fn trailing_cue_with_pronoun_resolves_to_named_speaker() {
        let t = "Press Secretary Mara Olsen declined to comment on the plan. \"We are talking to everyone,\" she said. \"Nothing is final.\"";
        let got = run(t);
        assert_eq!(got[0].0, "indirect");
        assert_eq!(got[0].2, "Mara Olsen");
        assert_eq!(
            got[1],
            (
                "direct".into(),
                "We are talking to everyone … Nothing is final.".into(),
                "Mara Olsen".into()
            )
        );
    }

    #[test]
    fn inverted_cue_gives_anonymous_source() {
        let t = "\"The deal is dead,\" said one well-placed source.";
        assert_eq!(
            run(t),
            vec![(
                "direct".into(),
                "The deal is dead".into(),
                "one well-placed source".into()
            )]
        );
    }

    #[test]
    fn colon_and_forward_cues() {
        let t = "Ivan Petrenko resigned on Monday. Before leaving, Petrenko was defiant: \"I did nothing wrong.\"";
        let got = run(t);
        assert_eq!(
            got,
            vec![(
                "direct".into(),
                "I did nothing wrong.".into(),
                "Ivan Petrenko".into()
            )]
        );
        let t = "The authors note that the council will vote on \"a new budget\" next week.";
        let got = extract(t);
        assert_eq!(got[0].kind, QuoteKind::Indirect);
        assert_eq!(got[0].speaker.as_deref(), Some("The authors"));
        assert_eq!(got[0].partial.len(), 1);
    }

    #[test]
    fn according_to_puts_speaker_after_cue() {
        let t = "The mayor will resign next month, according to two officials familiar with the matter.";
        let got = extract(t);
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].source.unwrap().slice(t),
            "two officials familiar with the matter"
        );
        assert_eq!(got[0].content_text(t), "The mayor will resign next month");
        assert_eq!(got[0].speaker_kind, Some(SpeakerKind::Anonymous));
    }

    #[test]
    fn ukrainian_and_russian_quotes() {
        let t = "Міністр Олег Коваль заявив: «Ми не віддамо жодного міста».";
        let got = run(t);
        assert_eq!(
            got,
            vec![(
                "direct".into(),
                "Ми не віддамо жодного міста".into(),
                "Олег Коваль".into()
            )]
        );
        let t = "«Переговоры продолжаются», — сказал Дмитрий Соколов.";
        let got = run(t);
        assert_eq!(got[0].1, "Переговоры продолжаются");
        assert_eq!(got[0].2, "Дмитрий Соколов");
    }

    #[test]
    fn reporting_clause_after_the_content() {
        let t = "The night train will run from 1 June, chief executive Anton Weiss announced at a news conference on Wednesday.";
        assert_eq!(
            run(t),
            vec![("indirect".into(), "The night train will run from 1 June".into(), "Anton Weiss".into())]
        );
        let t = "The state railway still has to approve the timetable, Weiss said.";
        assert_eq!(run(t)[0].1, "The state railway still has to approve the timetable");
        // A clause after the cue is its content, not an adjunct.
        let t = "After the meeting, Weiss said the plan would go ahead.";
        assert_eq!(run(t)[0].1, "the plan would go ahead");
    }

    #[test]
    fn german_speaker_after_the_verb() {
        let t = "Kestrel Rail will ab Juni einen Nachtzug einsetzen. Das kündigte Firmenchef Anton Weiss am Mittwoch in Wien an.";
        assert_eq!(
            run(t),
            vec![(
                "indirect".into(),
                "Kestrel Rail will ab Juni einen Nachtzug einsetzen".into(),
                "Anton Weiss".into()
            )]
        );
        let t = "Anton Weiss leitet die Firma. Zur Grenzkontrolle sagte er, diese solle im fahrenden Zug stattfinden.";
        assert_eq!(
            run(t),
            vec![("indirect".into(), "diese solle im fahrenden Zug stattfinden".into(), "Anton Weiss".into())]
        );
    }

    #[test]
    fn russian_and_ukrainian_source_after_about_this() {
        let t = "Поезд будет ходить три раза в неделю. Об этом сообщил министр транспорта Иван Петров.";
        assert_eq!(
            run(t),
            vec![("indirect".into(), "Поезд будет ходить три раза в неделю".into(), "Иван Петров".into())]
        );
        let t = "Потяг курсуватиме з червня. Як пише агентство, про це в середу оголосив директор компанії Антон Вайс.";
        assert_eq!(
            run(t),
            vec![("indirect".into(), "Потяг курсуватиме з червня".into(), "Антон Вайс".into())]
        );
        // Nothing before it to report: no attribution with "Про це" as the speaker.
        assert!(run("Про це повідомив міністр Іван Петренко.").iter().all(|a| a.2 != "Про це"));
    }

    #[test]
    fn slavic_comma_before_that_and_names_in_guillemets() {
        let t = "У керівництві підприємства «Зоряним вістям» заявили, що резервуар пошкодився через корозію.";
        assert_eq!(
            run(t),
            vec![("indirect".into(), "резервуар пошкодився через корозію".into(), "У керівництві підприємства".into())]
        );
        let t = "Министр заявил, что поезд будет ходить.";
        assert_eq!(run(t), vec![("indirect".into(), "поезд будет ходить".into(), "Министр".into())]);
        let t = "У річку потрапило 300 кубометрів стічних вод. Про це «Зоряним вістям» повідомили в міській раді та в управлінні ДСНС.";
        assert_eq!(
            run(t),
            vec![(
                "indirect".into(),
                "У річку потрапило 300 кубометрів стічних вод".into(),
                "в міській раді та в управлінні ДСНС".into()
            )]
        );
    }

    #[test]
    fn citing_names_the_source_of_the_clause() {
        let t = "Dead fish were found along the river, citing the local newspaper Zoriani Visti.";
        let got = extract(t);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].content_text(t), "Dead fish were found along the river");
        assert_eq!(got[0].source.map(|s| s.slice(t)), Some("the local newspaper Zoriani Visti"));
        // A reason is not a source.
        let t = "The airline cancelled dozens of flights, citing bad weather.";
        assert_eq!(run(t), vec![("indirect".into(), "bad weather".into(), "The airline".into())]);
        let t = "Вода непридатна, пише місцева газета «Зоряні вісті» з посиланням на міську раду.";
        assert_eq!(run(t), vec![("indirect".into(), "Вода непридатна".into(), "Зоряні вісті".into())]);
    }

    #[test]
    fn review_cases_stay_right() {
        // A fronted adverbial is no content: the clause after the cue is.
        let t = "In a statement, the company said on Monday it expects profits to rise.";
        assert_eq!(run(t)[0].1, "on Monday it expects profits to rise");
        // A second speaker confirming a quote reports it; the words stay the first speaker's.
        let t = "„Wir sind bereit“, sagte Weiss. Das bestätigte Müller.";
        let got = run(t);
        assert_eq!(got[1], ("indirect".into(), "Wir sind bereit".into(), "Müller".into()), "{got:?}");
        // A quoted name inside the phrase does not replace the person after it.
        let t = "Потяг курсуватиме з червня. Про це повідомив директор «Укрзалізниці» Антон Вайс.";
        let got = run(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "Потяг курсуватиме з червня");
        assert!(got[0].2.contains("Антон Вайс"), "{got:?}");
        // "Er" takes a person, not a capitalised German noun phrase.
        let got = run("Die Deutsche Bahn will ab Juni fahren. Er sagte, das sei gut.");
        assert!(got.iter().all(|a| a.2 != "Die Deutsche Bahn"), "{got:?}");
    }

    #[test]
    fn scare_quotes_are_not_quotes() {
        assert!(extract("The so-called \"peace plan\" was published on Monday.").is_empty());
    }
}
