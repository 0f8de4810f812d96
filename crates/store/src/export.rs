//! Exports of the store as CSV or JSON Lines, one table at a time, streamed: rows are read in
//! bounded chunks and written as they come, so memory stays flat however large the store is.

use crate::{Result, Store, StoreError};
use serde::Serialize;
use std::io::Write;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Table {
    Stories,
    Articles,
    Claims,
    Quotes,
    Relays,
    Timeline,
}

impl Table {
    pub const ALL: [Table; 6] =
        [Table::Stories, Table::Articles, Table::Claims, Table::Quotes, Table::Relays, Table::Timeline];

    pub fn name(self) -> &'static str {
        match self {
            Table::Stories => "stories",
            Table::Articles => "articles",
            Table::Claims => "claims",
            Table::Quotes => "quotes",
            Table::Relays => "relays",
            Table::Timeline => "timeline",
        }
    }

    /// CSV header (and JSONL keys), in order.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Stories => &[
                "id", "title", "size", "outlets", "languages", "first_seen", "last_seen", "independent_sources",
            ],
            Table::Articles => &[
                "id", "story_id", "source", "url", "outlet", "domain", "title", "byline", "published",
                "published_source", "language", "text",
            ],
            Table::Claims => &["story_id", "text", "independent_sources", "article_ids", "sources"],
            Table::Quotes => &["story_id", "speaker", "text", "article_id", "kind", "cue", "variants"],
            Table::Relays => &["story_id", "origin", "article_id", "origin_article_id", "kind", "evidence"],
            Table::Timeline => &["story_id", "date", "expression", "text", "article_id", "also_in", "conflict"],
        }
    }
}

impl std::str::FromStr for Table {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Table::ALL.into_iter().find(|t| t.name() == s).ok_or_else(|| {
            format!(
                "unknown table '{s}' (expected one of: {})",
                Table::ALL.map(Table::name).join(", ")
            )
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Jsonl,
}

impl ExportFormat {
    pub fn content_type(self) -> &'static str {
        match self {
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Jsonl => "application/x-ndjson",
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Jsonl => "jsonl",
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "csv" => Ok(ExportFormat::Csv),
            "jsonl" | "ndjson" => Ok(ExportFormat::Jsonl),
            other => Err(format!("unknown export format '{other}' (expected csv or jsonl)")),
        }
    }
}

/// A cell: text, a number, or nothing. Lists are joined with `;` in CSV and kept as arrays in JSONL.
enum Cell {
    Text(String),
    Number(i64),
    List(Vec<String>),
    Null,
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}
impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}
impl From<Option<String>> for Cell {
    fn from(s: Option<String>) -> Self {
        s.map_or(Cell::Null, Cell::Text)
    }
}
impl From<usize> for Cell {
    fn from(n: usize) -> Self {
        Cell::Number(n as i64)
    }
}
impl From<Vec<String>> for Cell {
    fn from(v: Vec<String>) -> Self {
        Cell::List(v)
    }
}

struct Sink<W: Write> {
    format: ExportFormat,
    columns: &'static [&'static str],
    csv: Option<csv::Writer<W>>,
    raw: Option<W>,
    rows: usize,
}

impl<W: Write> Sink<W> {
    fn new(out: W, table: Table, format: ExportFormat) -> Result<Self> {
        let columns = table.columns();
        match format {
            ExportFormat::Csv => {
                let mut w = csv::WriterBuilder::new().from_writer(out);
                w.write_record(columns).map_err(csv_error)?;
                Ok(Sink { format, columns, csv: Some(w), raw: None, rows: 0 })
            }
            ExportFormat::Jsonl => Ok(Sink { format, columns, csv: None, raw: Some(out), rows: 0 }),
        }
    }

    fn row(&mut self, cells: Vec<Cell>) -> Result<()> {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows += 1;
        match self.format {
            ExportFormat::Csv => {
                let record: Vec<String> = cells
                    .into_iter()
                    .map(|c| match c {
                        Cell::Text(s) => s,
                        Cell::Number(n) => n.to_string(),
                        Cell::List(v) => v.join(";"),
                        Cell::Null => String::new(),
                    })
                    .collect();
                if let Some(w) = self.csv.as_mut() {
                    w.write_record(&record).map_err(csv_error)?;
                }
            }
            ExportFormat::Jsonl => {
                let mut object = serde_json::Map::new();
                for (name, cell) in self.columns.iter().zip(cells) {
                    let value = match cell {
                        Cell::Text(s) => serde_json::Value::String(s),
                        Cell::Number(n) => serde_json::Value::from(n),
                        Cell::List(v) => serde_json::Value::from(v),
                        Cell::Null => serde_json::Value::Null,
                    };
                    object.insert((*name).to_string(), value);
                }
                if let Some(w) = self.raw.as_mut() {
                    serde_json::to_writer(&mut *w, &object)
                        .map_err(|source| StoreError::Json { what: "export", source })?;
                    w.write_all(b"\n").map_err(io_error)?;
                }
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<usize> {
        if let Some(w) = self.csv.as_mut() {
            w.flush().map_err(io_error)?;
        }
        if let Some(w) = self.raw.as_mut() {
            w.flush().map_err(io_error)?;
        }
        Ok(self.rows)
    }
}

fn csv_error(e: csv::Error) -> StoreError {
    StoreError::Export(e.to_string())
}
fn io_error(e: std::io::Error) -> StoreError {
    StoreError::Export(e.to_string())
}

impl Store {
    /// Writes one table to `out`; returns the number of rows written (header not counted).
    pub fn export<W: Write>(&self, table: Table, format: ExportFormat, out: W) -> Result<usize> {
        let mut sink = Sink::new(out, table, format)?;
        match table {
            Table::Articles => {
                for article in self.all_articles_with_story() {
                    let (a, story_id) = article?;
                    let published = a.published.map(|p| p.to_rfc3339());
                    let published_source = a.published.map(|p| format!("{:?}", p.source).to_lowercase());
                    sink.row(vec![
                        a.id.into(),
                        story_id.into(),
                        a.source.into(),
                        a.url.into(),
                        a.outlet.as_ref().map(|o| o.name.clone()).into(),
                        a.outlet.as_ref().and_then(|o| o.domain.clone()).into(),
                        a.title.into(),
                        a.byline.into(),
                        published.into(),
                        published_source.into(),
                        a.language.into(),
                        a.text.into(),
                    ])?;
                }
            }
            _ => {
                for story in self.all_stories() {
                    let (row, report) = story?;
                    let id = row.id.clone();
                    match table {
                        Table::Stories => sink.row(vec![
                            row.id.into(),
                            row.title.into(),
                            row.size.into(),
                            row.outlets.into(),
                            row.languages.into(),
                            row.first_seen.into(),
                            row.last_seen.into(),
                            row.independent_sources.into(),
                        ])?,
                        Table::Claims => {
                            for c in report.claims {
                                sink.row(vec![
                                    id.as_str().into(),
                                    c.text.into(),
                                    c.independent_sources.into(),
                                    c.article_ids.into(),
                                    c.sources.into(),
                                ])?;
                            }
                        }
                        Table::Quotes => {
                            for q in report.quotes {
                                let variants: Vec<String> =
                                    q.variants.into_iter().map(|v| format!("{}: {}", v.article_id, v.text)).collect();
                                sink.row(vec![
                                    id.as_str().into(),
                                    q.speaker.into(),
                                    q.text.into(),
                                    q.article_id.into(),
                                    q.kind.into(),
                                    q.cue.into(),
                                    variants.into(),
                                ])?;
                            }
                        }
                        Table::Relays => {
                            for r in report.relays {
                                sink.row(vec![
                                    id.as_str().into(),
                                    r.origin.into(),
                                    r.article_id.into(),
                                    r.origin_article_id.into(),
                                    r.kind.into(),
                                    r.evidence.into(),
                                ])?;
                            }
                        }
                        Table::Timeline => {
                            for t in report.timeline {
                                sink.row(vec![
                                    id.as_str().into(),
                                    t.date.into(),
                                    t.expression.into(),
                                    t.text.into(),
                                    t.article_id.into(),
                                    t.also_in.into(),
                                    t.conflict.into(),
                                ])?;
                            }
                        }
                        Table::Articles => {}
                    }
                }
            }
        }
        sink.finish()
    }

    /// Articles with their story id, in insertion order, in bounded chunks.
    fn all_articles_with_story(&self) -> impl Iterator<Item = Result<(stemmata_model::Article, Option<String>)>> + '_ {
        let mut after = 0i64;
        let mut buffer: std::collections::VecDeque<(stemmata_model::Article, Option<String>)> = Default::default();
        let mut done = false;
        std::iter::from_fn(move || {
            if buffer.is_empty() && !done {
                let sql = format!(
                    "SELECT {}, a.seq, (SELECT story_id FROM story_articles s WHERE s.article_id = a.id ORDER BY story_id LIMIT 1) \
                     FROM articles a WHERE a.seq > ?1 ORDER BY a.seq LIMIT 1000",
                    crate::ARTICLE_COLUMNS
                );
                let result = (|| -> Result<()> {
                    let mut stmt = self.conn.prepare_cached(&sql)?;
                    let mut rows = stmt.query([after])?;
                    let mut n = 0;
                    while let Some(r) = rows.next()? {
                        let article = crate::article_from_row(r)?;
                        after = r.get(15)?;
                        buffer.push_back((article, r.get(16)?));
                        n += 1;
                    }
                    if n < 1000 {
                        done = true;
                    }
                    Ok(())
                })();
                if let Err(e) = result {
                    done = true;
                    return Some(Err(e));
                }
            }
            buffer.pop_front().map(Ok)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;
    use stemmata_model::report::{ClaimReport, Report, StoryReport};

    fn store() -> Store {
        let mut s = Store::open_in_memory().unwrap();
        let a = article("Port, \"reopened\"", "Line one.\nLine two, with comma.", "Espreso", Some(1_764_353_520));
        s.insert_articles(std::slice::from_ref(&a)).unwrap();
        s.replace_stories(&Report {
            stories: vec![StoryReport {
                id: "s-1".into(),
                title: a.title.clone(),
                article_ids: vec![a.id.clone()],
                claims: vec![ClaimReport {
                    text: "The port reopened".into(),
                    article_ids: vec![a.id.clone()],
                    independent_sources: 1,
                    variants: vec![],
                    sources: vec!["Espreso".into()],
                }],
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
        s
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        let s = store();
        let mut out = Vec::new();
        assert_eq!(s.export(Table::Articles, ExportFormat::Csv, &mut out).unwrap(), 1);
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let headers = reader.headers().unwrap().clone();
        assert_eq!(headers.get(6), Some("title"));
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(row.get(6), Some("Port, \"reopened\""));
        assert_eq!(row.get(11), Some("Line one.\nLine two, with comma."));
        assert_eq!(row.get(1), Some("s-1"));
    }

    #[test]
    fn jsonl_has_one_object_per_row_with_lists_as_arrays() {
        let s = store();
        let mut out = Vec::new();
        assert_eq!(s.export(Table::Claims, ExportFormat::Jsonl, &mut out).unwrap(), 1);
        let text = String::from_utf8(out).unwrap();
        let v: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(v["story_id"], "s-1");
        assert_eq!(v["independent_sources"], 1);
        assert_eq!(v["sources"], serde_json::json!(["Espreso"]));
        let mut stories = Vec::new();
        s.export(Table::Stories, ExportFormat::Jsonl, &mut stories).unwrap();
        assert!(String::from_utf8(stories).unwrap().contains("\"first_seen\":\"2025-11-28T20:12:00+02:00\""));
    }

    #[test]
    fn table_names_parse() {
        for t in Table::ALL {
            assert_eq!(t.name().parse::<Table>().unwrap(), t);
        }
        assert!("nope".parse::<Table>().unwrap_err().contains("stories"));
    }
}
