//! Full-text search over articles (SQLite FTS5, BM25, diacritics folded).
//!
//! Users type plain queries, not FTS5 syntax: words (all must match), `"exact phrases"`,
//! `prefix*`, `-excluded` words and `OR` between two terms. [`fts_query`] turns that into a
//! well-formed FTS5 expression, so no input can cause a syntax error or reach FTS5 operators.

use crate::stories::summary_from_row;
use crate::{Page, Result, Store};
use rusqlite::{OptionalExtension, params_from_iter, types::Value};
use serde::Serialize;
use stemmata_model::report::ArticleSummary;

/// Markers FTS5 wraps around matched terms; private-use characters, so the caller can split on
/// them and escape every piece (no HTML ever passes through SQLite).
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';
/// Counting stops here; the total is then reported as a lower bound.
const COUNT_CAP: usize = 10_000;
/// BM25 costs a lookup per match, so for very common words ranking is done among this many of
/// the most recently stored matches (news: recent first is what readers want anyway). Pages
/// past the window are ranked over all matches.
pub const RANK_WINDOW: usize = 2_000;
/// The ranking: BM25 with a title match weighing most, then outlet, body, language (the same
/// weights as the table's configured `rank`).
const BM25: &str = "bm25(articles_fts, 4.0, 1.0, 2.0, 0.5)";

/// Narrows a search. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SearchFilter {
    /// Outlet name or domain, case-insensitive.
    pub outlet: Option<String>,
    /// ISO 639-1 code.
    pub language: Option<String>,
    /// Only articles of this story.
    pub story: Option<String>,
    /// Published at or after (unix seconds); undated articles are excluded when set.
    pub from_unix: Option<i64>,
    /// Published before (unix seconds).
    pub to_unix: Option<i64>,
}

/// A piece of highlighted text: `hit` pieces matched the query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fragment {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub article: ArticleSummary,
    /// BM25 score; lower is better (SQLite's convention).
    pub score: f64,
    pub title: Vec<Fragment>,
    /// The best passage of the body, matches marked; empty when the body has no match.
    pub snippet: Vec<Fragment>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// The FTS5 expression actually run.
    pub query: String,
    pub total: usize,
    /// True when `total` is only a lower bound (counting stopped early).
    pub total_is_lower_bound: bool,
    /// Set when there were more matches than [`RANK_WINDOW`]: ranking was among the most recently
    /// stored this many.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranked_within: Option<usize>,
    pub hits: Vec<SearchHit>,
}

#[derive(Debug, PartialEq)]
enum Term {
    Word { text: String, prefix: bool },
    Phrase(String),
}

impl Term {
    fn to_fts(&self) -> String {
        match self {
            Term::Word { text, prefix } => format!("\"{}\"{}", text.replace('"', "\"\""), if *prefix { "*" } else { "" }),
            Term::Phrase(text) => format!("\"{}\"", text.replace('"', "\"\"")),
        }
    }
}

/// Translates a user query into an FTS5 expression; `None` when nothing in it is searchable
/// (empty, punctuation only, or only exclusions).
pub fn fts_query(input: &str) -> Option<String> {
    // Each group is a list of alternatives (joined by OR); groups are joined by AND.
    let mut groups: Vec<Vec<Term>> = Vec::new();
    let mut negatives: Vec<Term> = Vec::new();
    let mut pending_or = false;
    let mut chars = input.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        let mut negative = false;
        if c == '-' {
            negative = true;
            chars.next();
        }
        let term = if chars.peek() == Some(&'"') {
            chars.next();
            let phrase: String = chars.by_ref().take_while(|&c| c != '"').collect();
            Term::Phrase(phrase)
        } else {
            let mut word = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() {
                    break;
                }
                word.push(c);
                chars.next();
            }
            if word == "OR" && !negative {
                pending_or = !groups.is_empty();
                continue;
            }
            let prefix = word.ends_with('*');
            let text = word.trim_end_matches('*').to_string();
            Term::Word { text, prefix }
        };
        let text = match &term {
            Term::Word { text, .. } | Term::Phrase(text) => text,
        };
        // The tokenizer would drop it anyway; an empty phrase is an FTS5 error.
        if !text.chars().any(char::is_alphanumeric) {
            pending_or = false;
            continue;
        }
        if negative {
            negatives.push(term);
        } else if pending_or {
            if let Some(last) = groups.last_mut() {
                last.push(term);
            }
            pending_or = false;
        } else {
            groups.push(vec![term]);
        }
    }
    if groups.is_empty() {
        return None;
    }
    let out: Vec<String> = groups
        .iter()
        .map(|g| {
            if g.len() == 1 {
                g[0].to_fts()
            } else {
                format!("({})", g.iter().map(Term::to_fts).collect::<Vec<_>>().join(" OR "))
            }
        })
        .collect();
    let mut expr = out.join(" AND ");
    for n in &negatives {
        expr = format!("{expr} NOT {}", n.to_fts());
    }
    Some(expr)
}

/// Whether matching `code` in the FTS5 language column selects exactly the articles whose
/// language is `code`: no other stored value (`de-at`, `DE`, `gsw de`) tokenizes to a token equal
/// to it. Answers no when unsure (values outside ASCII, an unknown set of values).
fn language_token_is_exact(languages: Option<&[String]>, code: &str) -> bool {
    let Some(values) = languages else { return false };
    values.iter().filter(|v| v.as_str() != code).all(|v| {
        v.is_ascii() && !v.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| t.eq_ignore_ascii_case(code))
    })
}

/// Whether a word of the FTS5 expression `expr` could equal a token of the stored language
/// values (`uk` in `"uk" AND "floods"`). Errs towards yes: prefixes, values outside ASCII, an
/// unknown set of values, and words with Latin letters outside ASCII (FTS5 folds `dé` to `de`).
fn may_match_language(expr: &str, languages: Option<&[String]>) -> bool {
    let Some(languages) = languages else { return true };
    if languages.iter().any(|v| !v.is_ascii()) || expr.contains('*') {
        return true;
    }
    let codes: std::collections::BTreeSet<String> = languages
        .iter()
        .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let latin_beyond_ascii = |c: char| matches!(c, '\u{80}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}');
    expr.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).any(|t| {
        if t.is_ascii() { codes.contains(&t.to_ascii_lowercase()) } else { t.chars().any(latin_beyond_ascii) }
    })
}

/// A language code that is a single FTS5 token (ASCII letters and digits only).
fn is_plain_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= 8 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn fragments(marked: &str) -> Vec<Fragment> {
    let mut out = Vec::new();
    let mut hit = false;
    let mut current = String::new();
    for c in marked.chars() {
        if c == OPEN || c == CLOSE {
            if !current.is_empty() {
                out.push(Fragment { text: std::mem::take(&mut current), hit });
            }
            hit = c == OPEN;
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(Fragment { text: current, hit });
    }
    out
}

impl Store {
    /// The distinct language values stored, walked through the language index (a seek each);
    /// `None` past a few hundred values, when callers must assume the worst.
    fn language_values(&self) -> Result<Option<Vec<String>>> {
        const MAX_DISTINCT: usize = 256;
        let mut next = self.conn.prepare_cached("SELECT min(language) FROM articles WHERE language > ?")?;
        let mut values: Vec<String> = Vec::new();
        for _ in 0..MAX_DISTINCT {
            let after = values.last().map(String::as_str).unwrap_or("");
            match next.query_row([after], |r| r.get::<_, Option<String>>(0))? {
                Some(value) => values.push(value),
                None => return Ok(Some(values)),
            }
        }
        Ok(None)
    }

    #[cfg(test)]
    fn language_token_is_exact(&self, code: &str) -> Result<bool> {
        Ok(language_token_is_exact(self.language_values()?.as_deref(), code))
    }

    /// Ranked full-text search with filters, highlights and pagination.
    pub fn search(&self, query: &str, filter: &SearchFilter, page: Page) -> Result<SearchResults> {
        let Some(expr) = fts_query(query) else {
            return Ok(SearchResults {
                query: String::new(),
                total: 0,
                total_is_lower_bound: false,
                ranked_within: None,
                hits: vec![],
            });
        };
        // Filters are checked per match against the article row (a primary-key lookup), so
        // FTS5 can still hand matches over in rank order and LIMIT can stop early.
        // The user's words are looked for in the title, body and outlet only: the language column
        // is there for filtering, and a search for `UK` or `de` must not return every article
        // in Ukrainian or German. The column filter costs FTS5 a check per position, so it is
        // added only when a word of the query could be a token of the language column.
        // One read snapshot for counting, ranking and the page, so a write in between cannot
        // make them disagree. (Dropping it ends the read; nothing was written.)
        let _snapshot = if self.conn.is_autocommit() { Some(self.conn.unchecked_transaction()?) } else { None };
        let languages = self.language_values()?;
        let matched = if may_match_language(&expr, languages.as_deref()) {
            format!("{{title text outlet}} : ({expr})")
        } else {
            expr.clone()
        };
        let mut values = vec![Value::Text(matched.clone())];
        let mut article_clauses: Vec<&str> = Vec::new();
        // The same without the language check, for when the FTS5 language column stands in for it.
        let mut other_values = values.clone();
        let mut other_clauses: Vec<&str> = Vec::new();
        let mut add = |clause: &'static str, vals: &[Value], is_language: bool| {
            article_clauses.push(clause);
            values.extend_from_slice(vals);
            if !is_language {
                other_clauses.push(clause);
                other_values.extend_from_slice(vals);
            }
        };
        if let Some(outlet) = filter.outlet.as_deref().filter(|s| !s.is_empty()) {
            let v = Value::Text(outlet.into());
            add("(a.outlet = ? COLLATE NOCASE OR a.outlet_domain = ? COLLATE NOCASE)", &[v.clone(), v], false);
        }
        if let Some(language) = filter.language.as_deref().filter(|s| !s.is_empty()) {
            add("a.language = ?", &[Value::Text(language.into())], true);
        }
        if let Some(story) = filter.story.as_deref().filter(|s| !s.is_empty()) {
            add(
                "EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id AND sa.story_id = ?)",
                &[Value::Text(story.into())],
                false,
            );
        }
        if let Some(from) = filter.from_unix {
            add("a.published_unix >= ?", &[Value::Integer(from)], false);
        }
        if let Some(to) = filter.to_unix {
            add("a.published_unix < ?", &[Value::Integer(to)], false);
        }
        let where_with = |clauses: &[&str]| {
            if clauses.is_empty() {
                "articles_fts MATCH ?".to_string()
            } else {
                format!(
                    "articles_fts MATCH ? AND EXISTS (SELECT 1 FROM articles a WHERE a.seq = articles_fts.rowid AND {})",
                    clauses.join(" AND ")
                )
            }
        };
        let where_sql = where_with(&article_clauses);
        // Counting and finding the window need only which articles match, not their scores, so a
        // language filter also narrows the FTS5 walk through the indexed language column. When
        // no stored language value other than the code itself holds the code as a token (no
        // `de-at` beside `de`), that is exact and the per-match check on the article row, the
        // costly part, is dropped. The scoring query keeps the user's expression alone, so BM25
        // scores are unchanged.
        let (mut count_where, mut count_values) = (where_sql.clone(), values.clone());
        if let Some(language) = filter.language.as_deref().filter(|l| is_plain_code(l)) {
            let narrowed = Value::Text(format!("({matched}) AND {{language}} : \"{language}\""));
            if language_token_is_exact(languages.as_deref(), language) {
                count_where = where_with(&other_clauses);
                count_values = other_values;
            }
            count_values[0] = narrowed;
        }
        let count_sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE {count_where} LIMIT {})",
            COUNT_CAP + 1
        );
        let map_err = |e: rusqlite::Error| match &e {
            // A malformed expression should be impossible after fts_query; say so plainly if not.
            rusqlite::Error::SqliteFailure(_, Some(msg)) if msg.contains("fts5") => crate::StoreError::Query(msg.clone()),
            _ => crate::StoreError::Sqlite(e),
        };
        let counted: i64 =
            self.conn.prepare_cached(&count_sql)?.query_row(params_from_iter(count_values.iter()), |r| r.get(0)).map_err(map_err)?;
        let counted = counted as usize;
        let mut ranked_where = where_sql.clone();
        let mut ranked_values = values.clone();
        let mut ranked_within = None;
        if counted > RANK_WINDOW && page.offset + page.limit <= RANK_WINDOW {
            // Streaming in rowid order is cheap: find where the newest RANK_WINDOW matches start.
            let threshold_sql = format!(
                "SELECT rowid FROM articles_fts WHERE {count_where} ORDER BY rowid DESC LIMIT 1 OFFSET {}",
                RANK_WINDOW - 1
            );
            let threshold: Option<i64> = self
                .conn
                .prepare_cached(&threshold_sql)?
                .query_row(params_from_iter(count_values.iter()), |r| r.get(0))
                .optional()
                .map_err(map_err)?;
            if let Some(threshold) = threshold {
                ranked_where = format!("{where_sql} AND articles_fts.rowid >= ?");
                ranked_values.push(Value::Integer(threshold));
                ranked_within = Some(RANK_WINDOW);
            }
        }
        // Scores come from `bm25()` sorted by SQLite's own top-k sorter: FTS5's `ORDER BY rank`
        // path runs the match twice (once to sort, once to step through the sorted rows) and
        // costs about twice as much.
        let rank_sql =
            format!("SELECT rowid, {BM25} AS score FROM articles_fts WHERE {ranked_where} ORDER BY score, rowid LIMIT ? OFFSET ?");
        ranked_values.push(Value::Integer(page.limit as i64));
        ranked_values.push(Value::Integer(page.offset as i64));
        let ranked: Vec<(i64, f64)> = self
            .conn
            .prepare_cached(&rank_sql)?
            .query_map(params_from_iter(ranked_values.iter()), |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(map_err)?
            .collect::<rusqlite::Result<_>>()
            .map_err(map_err)?;
        let mut hits = Vec::with_capacity(ranked.len());
        if let (Some(low), Some(high)) = (ranked.iter().map(|h| h.0).min(), ranked.iter().map(|h| h.0).max()) {
            // Highlights and snippets for the rows of the page only: one walk of the matches
            // between the lowest and highest rowid of the page (no scoring), the rows picked by
            // a set test FTS5 does not see (`+`), so it does not seek each one afresh.
            let rowids = serde_json::to_string(&ranked.iter().map(|h| h.0).collect::<Vec<_>>())
                .map_err(|e| crate::StoreError::Query(e.to_string()))?;
            let page_sql = format!(
                "SELECT a.id, a.source, a.title, a.outlet, a.outlet_domain, a.published_unix, a.published_offset, \
                 a.published_precision, a.published_source, a.language, a.url, \
                 (SELECT story_id FROM story_articles sa WHERE sa.article_id = a.id ORDER BY story_id LIMIT 1), \
                 articles_fts.rowid, highlight(articles_fts, 0, '{OPEN}', '{CLOSE}'), \
                 snippet(articles_fts, 1, '{OPEN}', '{CLOSE}', '…', 24) \
                 FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid \
                 WHERE articles_fts MATCH ?1 AND articles_fts.rowid BETWEEN ?2 AND ?3 \
                 AND +articles_fts.rowid IN (SELECT value FROM json_each(?4))"
            );
            // Rank order (score, then rowid) decides ties, the same on every page.
            let order: std::collections::HashMap<i64, (usize, f64)> =
                ranked.iter().enumerate().map(|(i, &(rowid, score))| (rowid, (i, score))).collect();
            let mut positioned: Vec<(usize, SearchHit)> = Vec::with_capacity(ranked.len());
            let mut stmt = self.conn.prepare_cached(&page_sql)?;
            let rows = stmt
                .query_map(rusqlite::params![matched, low, high, rowids], |r| {
                    let story_id: Option<String> = r.get(11)?;
                    let rowid: i64 = r.get(12)?;
                    let title: String = r.get(13)?;
                    let snippet: String = r.get::<_, Option<String>>(14)?.unwrap_or_default();
                    let snippet = if snippet.contains(OPEN) { fragments(&snippet) } else { Vec::new() };
                    let (position, score) = order.get(&rowid).copied().unwrap_or((usize::MAX, f64::MAX));
                    Ok((
                        position,
                        SearchHit { article: summary_from_row(r, story_id)?, score, title: fragments(&title), snippet },
                    ))
                })
                .map_err(map_err)?;
            for hit in rows {
                positioned.push(hit.map_err(map_err)?);
            }
            positioned.sort_by_key(|(position, _)| *position);
            hits.extend(positioned.into_iter().map(|(_, hit)| hit));
        }
        Ok(SearchResults {
            query: expr,
            total: counted.min(COUNT_CAP),
            total_is_lower_bound: counted > COUNT_CAP,
            ranked_within,
            hits,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;

    #[test]
    fn user_queries_become_safe_fts_expressions() {
        assert_eq!(fts_query("bridge kyiv").as_deref(), Some("\"bridge\" AND \"kyiv\""));
        assert_eq!(fts_query("\"grain deal\" export*").as_deref(), Some("\"grain deal\" AND \"export\"*"));
        assert_eq!(fts_query("kyiv OR kiev -moscow").as_deref(), Some("(\"kyiv\" OR \"kiev\") NOT \"moscow\""));
        assert_eq!(fts_query("a\"b").as_deref(), Some("\"a\"\"b\"")); // quotes inside a word are escaped
        assert_eq!(fts_query("\"open phrase").as_deref(), Some("\"open phrase\"")); // unclosed quote runs to the end
        assert_eq!(fts_query("NEAR( ^ ) : *").as_deref(), Some("\"NEAR(\"")); // operators are plain words
        assert_eq!(fts_query("^ ) : *"), None);
        assert_eq!(fts_query("-only"), None);
        assert_eq!(fts_query(""), None);
    }

    fn store() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store
            .insert_articles(&[
                article("Zelensky visits Kharkiv", "The president met soldiers in Kharkiv.", "Espreso", Some(1_700_000_000)),
                article("Grain corridor", "Ships left Odesa. Kharkiv was calm.", "Reuters", Some(1_600_000_000)),
                article("Über Kiew", "Präsident Selenskyj in Charkiw.", "Spiegel", None),
            ])
            .unwrap();
        store
    }

    #[test]
    fn title_matches_rank_first_and_are_highlighted() {
        let s = store();
        let r = s.search("kharkiv", &SearchFilter::default(), Page::default()).unwrap();
        assert_eq!(r.total, 2);
        assert_eq!(r.hits[0].article.title, "Zelensky visits Kharkiv");
        assert!(r.hits[0].title.iter().any(|f| f.hit && f.text == "Kharkiv"));
        assert!(r.hits[1].snippet.iter().any(|f| f.hit && f.text == "Kharkiv"));
    }

    #[test]
    fn diacritics_are_folded() {
        let s = store();
        assert_eq!(s.search("uber", &SearchFilter::default(), Page::default()).unwrap().total, 1);
        assert_eq!(s.search("prasident", &SearchFilter::default(), Page::default()).unwrap().total, 1);
    }

    #[test]
    fn filters_apply() {
        let s = store();
        let f = SearchFilter { outlet: Some("reuters".into()), ..Default::default() };
        assert_eq!(s.search("kharkiv", &f, Page::default()).unwrap().total, 1);
        let f = SearchFilter { from_unix: Some(1_650_000_000), ..Default::default() };
        let r = s.search("kharkiv", &f, Page::default()).unwrap();
        assert_eq!((r.total, r.hits[0].article.outlet.name.as_deref()), (1, Some("Espreso")));
        let f = SearchFilter { language: Some("de".into()), ..Default::default() };
        assert_eq!(s.search("kharkiv", &f, Page::default()).unwrap().total, 0);
    }

    #[test]
    fn common_words_are_ranked_among_the_newest_matches() {
        let mut s = Store::open_in_memory().unwrap();
        let many: Vec<_> = (0..RANK_WINDOW + 300)
            .map(|i| article(&format!("Weather note {i}"), "Rain again.", "Daily", None))
            .collect();
        s.insert_articles(&many).unwrap();
        let r = s.search("weather", &SearchFilter::default(), Page::new(0, 10)).unwrap();
        assert_eq!(r.total, RANK_WINDOW + 300);
        assert_eq!(r.ranked_within, Some(RANK_WINDOW));
        assert_eq!(r.hits.len(), 10);
        // The oldest 300 are outside the window.
        assert!(r.hits.iter().all(|h| h.article.title.trim_start_matches("Weather note ").parse::<usize>().unwrap() >= 300));
        let deep = s.search("weather", &SearchFilter::default(), Page::new(RANK_WINDOW, 10)).unwrap();
        assert_eq!((deep.ranked_within, deep.hits.len()), (None, 10));
    }

    #[test]
    fn language_filter_counts_and_windows_exactly() {
        let mut s = Store::open_in_memory().unwrap();
        let many: Vec<_> = (0..RANK_WINDOW * 3 + 300)
            .map(|i| {
                let mut a = article(&format!("Weather note {i}"), "Rain again.", "Daily", None);
                // Every third article is German; some carry a regional tag that only starts with "de".
                a.language = Some(match i % 3 { 0 => "de", 1 => "en", _ => "de-at" }.into());
                a
            })
            .collect();
        s.insert_articles(&many).unwrap();
        let german = SearchFilter { language: Some("de".into()), ..Default::default() };
        let r = s.search("weather", &german, Page::new(0, 10)).unwrap();
        let expected = (0..RANK_WINDOW * 3 + 300).filter(|i| i % 3 == 0).count();
        assert_eq!((r.total, r.ranked_within), (expected, Some(RANK_WINDOW)));
        assert!(r.hits.iter().all(|h| h.article.language.as_deref() == Some("de")));
        // The window holds the newest RANK_WINDOW German matches.
        let oldest_in_window = (0..RANK_WINDOW * 3 + 300).filter(|i| i % 3 == 0).rev().nth(RANK_WINDOW - 1).unwrap();
        assert!(r.hits.iter().all(|h| h.article.title.trim_start_matches("Weather note ").parse::<usize>().unwrap() >= oldest_in_window));
        let none = SearchFilter { language: Some("uk".into()), ..Default::default() };
        assert_eq!(s.search("weather", &none, Page::default()).unwrap().total, 0);
    }

    #[test]
    fn language_filter_is_exact_with_and_without_regional_tags() {
        let mut s = Store::open_in_memory().unwrap();
        let many: Vec<_> = (0..RANK_WINDOW + 500)
            .map(|i| {
                let mut a = article(&format!("Weather note {i}"), "Rain again.", "Daily", None);
                a.language = Some(if i % 2 == 0 { "de" } else { "en" }.into());
                a
            })
            .collect();
        s.insert_articles(&many).unwrap();
        assert!(s.language_token_is_exact("de").unwrap());
        let german = SearchFilter { language: Some("de".into()), ..Default::default() };
        let before = s.search("weather", &german, Page::new(0, 10)).unwrap();
        assert_eq!(before.total, (RANK_WINDOW + 500).div_ceil(2));
        assert!(before.hits.iter().all(|h| h.article.language.as_deref() == Some("de")));
        // Values that carry "de" as a token but are not "de" make the index alone inexact.
        for (tag, title) in [("de-AT", "Weather in Vienna"), ("DE", "Weather upper case")] {
            let mut a = article(title, "Rain.", "Daily", None);
            a.language = Some(tag.into());
            s.insert_articles(&[a]).unwrap();
            assert!(!s.language_token_is_exact("de").unwrap(), "{tag}");
            let after = s.search("weather", &german, Page::new(0, 10)).unwrap();
            assert_eq!((after.total, after.hits.len()), (before.total, 10), "{tag}");
            assert!(after.hits.iter().all(|h| h.article.language.as_deref() == Some("de")));
        }
        assert!(s.language_token_is_exact("en").unwrap());
    }

    #[test]
    fn language_codes_are_not_searched_as_words() {
        let mut s = Store::open_in_memory().unwrap();
        let mut a = article("Hochwasser in Erlenau", "Die Feuerwehr war im Einsatz.", "Donaupost", None);
        a.language = Some("de".into());
        let mut b = article("Повінь у Зоряному", "Рятувальники працюють.", "Огляд", None);
        b.language = Some("uk".into());
        let mut c = article("UK floods", "Rivers rose across the UK.", "Daily", None);
        c.language = Some("en".into());
        s.insert_articles(&[a, b, c]).unwrap();
        let r = s.search("uk", &SearchFilter::default(), Page::default()).unwrap();
        assert_eq!((r.total, r.hits.len(), r.hits[0].article.title.as_str()), (1, 1, "UK floods"));
        assert_eq!(s.search("de", &SearchFilter::default(), Page::default()).unwrap().total, 0);
        let german = SearchFilter { language: Some("de".into()), ..Default::default() };
        assert_eq!(s.search("erlenau", &german, Page::default()).unwrap().total, 1);
        assert_eq!(s.search("floods OR erlenau", &SearchFilter::default(), Page::default()).unwrap().total, 2);
    }

    #[test]
    fn the_column_filter_is_kept_only_where_a_word_could_be_a_language_code() {
        let langs: Vec<String> = ["de", "en", "pt-BR", "uk"].iter().map(|s| s.to_string()).collect();
        let some = Some(langs.as_slice());
        assert!(!may_match_language("\"harbour\" AND \"ferry\"", some));
        assert!(!may_match_language("\"повінь\"", some)); // Cyrillic never folds to a code
        assert!(may_match_language("\"UK\" AND \"floods\"", some));
        assert!(may_match_language("\"br\"", some)); // a token of pt-BR
        assert!(may_match_language("\"dé\"", some)); // folds to de
        assert!(may_match_language("\"ex\"*", some)); // prefixes could reach a code
        assert!(may_match_language("\"harbour\"", None)); // unknown set of values
        assert!(may_match_language("\"harbour\"", Some(&["ру".to_string()][..])));
        assert!(!may_match_language("\"harbour\"", Some(&[][..])));
    }

    #[test]
    fn hostile_input_never_errors() {
        let s = store();
        for q in ["\"", "a OR", "OR OR", "* * *", "-\"x\"", "col:val", "NEAR(a b)", "((", "\u{E000}kharkiv"] {
            assert!(s.search(q, &SearchFilter::default(), Page::default()).is_ok(), "{q}");
        }
    }
}
