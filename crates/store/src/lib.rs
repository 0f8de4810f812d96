//! The persistent side of stemmata: one embedded SQLite file holding articles, quarantined
//! records, diagnostics, the stories the pipeline formed (with their full reports) and a full-text
//! index over the articles.
//!
//! Why SQLite: one file, no server, transactions that survive a `kill -9` (WAL), and FTS5 with
//! BM25 ranking and diacritic folding built in, so search needs no second engine beside it.
//!
//! Invariants:
//! - Article ids are content hashes; inserting an article that is already stored changes nothing
//!   (`INSERT OR IGNORE`), so re-ingesting the same input is idempotent.
//! - Every write is one transaction: a crash leaves either the whole batch or none of it.
//! - The full-text index is maintained by triggers, so it can never disagree with `articles`.
//! - The schema is versioned with `PRAGMA user_version`; [`Store::open`] migrates older files and
//!   refuses newer ones.
//! - Everything returned is in a stable order (explicit `ORDER BY`, ties broken by id).

pub mod export;
mod schema;
mod search;
mod stories;

pub use export::{ExportFormat, Table};
pub use search::{Fragment, SearchFilter, SearchHit, SearchResults, fts_query};
pub use stories::{EntityRow, StoryDetail, StoryFilter, StoryRow, StorySort, independent_sources};

use rusqlite::{Connection, OpenFlags, OptionalExtension, Row, params};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;
use stemmata_model::{
    Article, DatePrecision, DateSource, Diagnostic, Outlet, Published, Quarantined, Severity, Span,
};

/// Errors from the store, with the file they concern when there is one.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open database {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error(
        "database {path} has schema version {found}, newer than this stemmata supports ({supported}); \
         upgrade stemmata or use another --db"
    )]
    SchemaTooNew { path: PathBuf, found: i64, supported: i64 },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored JSON in {what} is unreadable: {source}")]
    Json { what: &'static str, source: serde_json::Error },
    #[error("invalid search query: {0}")]
    Query(String),
    #[error("export failed: {0}")]
    Export(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What one [`Store::insert_articles`] call did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct InsertStats {
    /// Articles that were new and are now stored.
    pub stored: usize,
    /// Articles whose id was already stored (or repeated within the batch).
    pub duplicates: usize,
}

impl std::ops::AddAssign for InsertStats {
    fn add_assign(&mut self, other: Self) {
        self.stored += other.stored;
        self.duplicates += other.duplicates;
    }
}

/// An offset/limit window over a result list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Page {
    pub offset: usize,
    pub limit: usize,
}

impl Page {
    pub const MAX_LIMIT: usize = 1000;
    pub fn new(offset: usize, limit: usize) -> Self {
        Page { offset, limit: limit.clamp(1, Self::MAX_LIMIT) }
    }
}

impl Default for Page {
    fn default() -> Self {
        Page { offset: 0, limit: 50 }
    }
}

/// A quarantined record as listed back (the raw bytes are fetched separately; they can be large).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuarantineEntry {
    pub id: String,
    pub source: String,
    pub location: String,
    pub reason: String,
    pub raw_len: usize,
    /// Up to 200 bytes of the raw record, lossily decoded, for a first look.
    pub preview: String,
    /// Unix seconds when it was quarantined.
    pub quarantined_at: i64,
}

/// A stored article and the story it currently belongs to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    pub article: Article,
    pub story_id: Option<String>,
}

/// Row counts, for summaries and consistency checks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub articles: usize,
    pub indexed: usize,
    pub quarantined: usize,
    pub diagnostics: usize,
    pub stories: usize,
}

/// A handle on one stemmata database file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Columns read by [`article_from_row`], in order.
pub(crate) const ARTICLE_COLUMNS: &str = "a.id, a.source, a.url, a.outlet, a.outlet_domain, a.title, a.byline, \
     a.published_unix, a.published_offset, a.published_precision, a.published_source, a.language, a.text, \
     a.sentences, a.extra";

/// How much of the file read-only connections map into memory (address space, not RAM).
const MMAP_BYTES: i64 = 1 << 30;

impl Store {
    /// Opens (creating if needed) a database file and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let conn = Connection::open(&path).map_err(|source| StoreError::Open { path: path.clone(), source })?;
        Self::setup(conn, path, true)
    }

    /// Opens an existing database for reading only (the server's default): no migration, no writes.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(&path, flags)
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        Self::setup(conn, path, false)
    }

    /// Changes whenever another connection, in this process or another, has committed since
    /// this connection last asked (`PRAGMA data_version`); for caches of query results.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// A private in-memory database (tests, one-shot analysis).
    pub fn open_in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Open { path: path.clone(), source })?;
        Self::setup(conn, path, true)
    }

    fn setup(conn: Connection, path: PathBuf, writable: bool) -> Result<Store> {
        // Readers and the writer wait for each other instead of failing with SQLITE_BUSY.
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.set_prepared_statement_cache_capacity(64);
        if writable {
            // WAL: readers never block the writer (serve while ingesting) and a killed writer
            // leaves the last committed state. NORMAL sync is durable across process crashes.
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "cache_size", -32_000)?; // 32 MB page cache
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        if !writable {
            // Readers map the file instead of copying pages into each connection's cache, so
            // pooled connections share one copy (the OS page cache) and start warm.
            conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
        }
        let mut store = Store { conn, path };
        if writable {
            schema::migrate(&mut store.conn, &store.path)?;
        } else {
            schema::check_version(&store.conn, &store.path)?;
        }
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Schema version of the open file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Stores a batch of articles in one transaction; already-stored ids are skipped.
    pub fn insert_articles(&mut self, articles: &[Article]) -> Result<InsertStats> {
        let now = unix_now();
        let tx = self.conn.transaction()?;
        let mut stats = InsertStats::default();
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO articles (id, source, url, outlet, outlet_domain, title, byline, \
                 published_unix, published_offset, published_precision, published_source, language, text, \
                 sentences, extra, ingested_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
            )?;
            for a in articles {
                let sentences = encode_sentences(&a.sentences);
                let extra = if a.extra.is_empty() {
                    None
                } else {
                    Some(serde_json::to_string(&a.extra).map_err(|source| StoreError::Json { what: "extra", source })?)
                };
                let changed = stmt.execute(params![
                    a.id,
                    a.source,
                    a.url,
                    a.outlet.as_ref().map(|o| o.name.as_str()),
                    a.outlet.as_ref().and_then(|o| o.domain.as_deref()),
                    a.title,
                    a.byline,
                    a.published.map(|p| p.unix),
                    a.published.map(|p| p.offset_seconds),
                    a.published.map(|p| precision_name(p.precision)),
                    a.published.map(|p| source_name(p.source)),
                    a.language,
                    a.text,
                    sentences,
                    extra,
                    now,
                ])?;
                if changed == 1 {
                    stats.stored += 1;
                } else {
                    stats.duplicates += 1;
                }
            }
        }
        tx.commit()?;
        Ok(stats)
    }

    /// Keeps records that could not be used, with their raw bytes. Idempotent: the same record
    /// from the same place is kept once. Returns how many were new.
    pub fn insert_quarantine(&mut self, records: &[Quarantined]) -> Result<usize> {
        let now = unix_now();
        let tx = self.conn.transaction()?;
        let mut added = 0;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO quarantine (id, source, location, reason, raw, quarantined_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for q in records {
                added += stmt.execute(params![quarantine_id(q), q.source, q.location, q.reason, q.raw, now])?;
            }
        }
        tx.commit()?;
        Ok(added)
    }

    /// Records diagnostics (warnings about repaired input and errors); repeated ones are kept once.
    pub fn insert_diagnostics(&mut self, diagnostics: &[Diagnostic]) -> Result<usize> {
        let now = unix_now();
        let tx = self.conn.transaction()?;
        let mut added = 0;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT OR IGNORE INTO diagnostics (source, location, message, severity, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for d in diagnostics {
                let severity = match d.severity {
                    Severity::Warning => "warning",
                    Severity::Error => "error",
                };
                added += stmt.execute(params![d.source, d.location, d.message, severity, now])?;
            }
        }
        tx.commit()?;
        Ok(added)
    }

    /// Quarantined records, oldest first (then by source and location).
    pub fn quarantine_list(&self, page: Page) -> Result<Vec<QuarantineEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, source, location, reason, length(raw), substr(raw, 1, 200), quarantined_at FROM quarantine \
             ORDER BY quarantined_at, source, location, id LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map(params![page.limit as i64, page.offset as i64], |r| {
            let preview: Option<Vec<u8>> = r.get(5)?;
            Ok(QuarantineEntry {
                id: r.get(0)?,
                source: r.get(1)?,
                location: r.get(2)?,
                reason: r.get(3)?,
                raw_len: r.get::<_, Option<i64>>(4)?.unwrap_or(0) as usize,
                preview: String::from_utf8_lossy(&preview.unwrap_or_default()).into_owned(),
                quarantined_at: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The raw bytes of one quarantined record.
    pub fn quarantine_raw(&self, id: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT raw FROM quarantine WHERE id = ?1", [id], |r| r.get(0))
            .optional()?)
    }

    /// Stored diagnostics, oldest first.
    pub fn diagnostics(&self, page: Page) -> Result<Vec<Diagnostic>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT source, location, message, severity FROM diagnostics ORDER BY rowid LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map(params![page.limit as i64, page.offset as i64], |r| {
            let severity: String = r.get(3)?;
            Ok(Diagnostic {
                source: r.get(0)?,
                location: r.get(1)?,
                message: r.get(2)?,
                severity: if severity == "warning" { Severity::Warning } else { Severity::Error },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// One article by id, with its story.
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let sql = format!(
            "SELECT {ARTICLE_COLUMNS}, (SELECT story_id FROM story_articles s WHERE s.article_id = a.id) \
             FROM articles a WHERE a.id = ?1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([id])?;
        match rows.next()? {
            Some(row) => {
                let article = article_from_row(row)?;
                let story_id: Option<String> = row.get(15)?;
                Ok(Some(StoredArticle { article, story_id }))
            }
            None => Ok(None),
        }
    }

    /// Several articles by id, in the order asked (unknown ids are skipped).
    pub fn articles_by_id(&self, ids: &[String]) -> Result<Vec<Article>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let mut rows = stmt.query([id])?;
            if let Some(row) = rows.next()? {
                out.push(article_from_row(row)?);
            }
        }
        Ok(out)
    }

    /// Every stored article in insertion order, read in chunks so memory stays bounded.
    pub fn all_articles(&self) -> ArticleIter<'_> {
        ArticleIter { store: self, after_rowid: 0, buffer: std::collections::VecDeque::new(), done: false }
    }

    /// Row counts of the main tables.
    pub fn counts(&self) -> Result<Counts> {
        let count = |sql: &str| -> Result<usize> { Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize) };
        Ok(Counts {
            articles: count("SELECT count(*) FROM articles")?,
            indexed: count("SELECT count(*) FROM articles_fts_docsize")?,
            quarantined: count("SELECT count(*) FROM quarantine")?,
            diagnostics: count("SELECT count(*) FROM diagnostics")?,
            stories: count("SELECT count(*) FROM stories")?,
        })
    }

    /// SQLite's own consistency check plus the full-text index check; `Ok(())` when sound,
    /// otherwise the problems found.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for line in stmt.query_map([], |r| r.get::<_, String>(0))? {
            let line = line?;
            if line != "ok" {
                problems.push(line);
            }
        }
        // Raises an error if the index disagrees with the content table.
        if let Err(e) = self.conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)", []) {
            problems.push(format!("full-text index: {e}"));
        }
        Ok(problems)
    }

    /// Direct access for read-only reporting queries that have no method yet.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Distinct outlets with article counts, most articles first.
    pub fn outlets(&self, limit: usize) -> Result<Vec<(String, usize)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet \
             ORDER BY n DESC, outlet LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as usize)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// Streams articles out of the store in bounded chunks (see [`Store::all_articles`]).
pub struct ArticleIter<'a> {
    store: &'a Store,
    after_rowid: i64,
    buffer: std::collections::VecDeque<Article>,
    done: bool,
}

const ITER_CHUNK: i64 = 2000;

impl ArticleIter<'_> {
    fn refill(&mut self) -> Result<()> {
        let sql = format!("SELECT {ARTICLE_COLUMNS}, a.rowid FROM articles a WHERE a.rowid > ?1 ORDER BY a.rowid LIMIT ?2");
        let mut stmt = self.store.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params![self.after_rowid, ITER_CHUNK])?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            self.buffer.push_back(article_from_row(row)?);
            self.after_rowid = row.get(15)?;
            n += 1;
        }
        if n < ITER_CHUNK {
            self.done = true;
        }
        Ok(())
    }
}

impl Iterator for ArticleIter<'_> {
    type Item = Result<Article>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.buffer.is_empty() && !self.done
            && let Err(e) = self.refill() {
                self.done = true;
                return Some(Err(e));
            }
        self.buffer.pop_front().map(Ok)
    }
}

pub(crate) fn article_from_row(r: &Row<'_>) -> Result<Article> {
    let outlet_name: Option<String> = r.get(3)?;
    let outlet_domain: Option<String> = r.get(4)?;
    let outlet = match (outlet_name, outlet_domain) {
        (Some(name), domain) => Some(Outlet { name, domain }),
        (None, Some(domain)) => Some(Outlet { name: domain.clone(), domain: Some(domain) }),
        (None, None) => None,
    };
    let unix: Option<i64> = r.get(7)?;
    let published = match unix {
        Some(unix) => {
            let offset: Option<i64> = r.get(8)?;
            let precision: Option<String> = r.get(9)?;
            let source: Option<String> = r.get(10)?;
            Some(Published::new(
                unix,
                offset.unwrap_or(0) as i32,
                parse_precision(precision.as_deref()),
                parse_source(source.as_deref()),
            ))
        }
        None => None,
    };
    let sentences: String = r.get(13)?;
    let extra: Option<String> = r.get(14)?;
    let extra = match extra {
        Some(s) => serde_json::from_str(&s).map_err(|source| StoreError::Json { what: "extra", source })?,
        None => serde_json::Map::new(),
    };
    Ok(Article {
        id: r.get(0)?,
        source: r.get(1)?,
        url: r.get(2)?,
        outlet,
        title: r.get(5)?,
        byline: r.get(6)?,
        published,
        language: r.get(11)?,
        text: r.get(12)?,
        sentences: decode_sentences(&sentences)?,
        extra,
    })
}

/// Sentences as a compact JSON array of `[start, end]` pairs.
fn encode_sentences(spans: &[Span]) -> String {
    let mut s = String::with_capacity(spans.len() * 12 + 2);
    s.push('[');
    for (i, span) in spans.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&format!("[{},{}]", span.start, span.end));
    }
    s.push(']');
    s
}

fn decode_sentences(s: &str) -> Result<Vec<Span>> {
    let pairs: Vec<(usize, usize)> =
        serde_json::from_str(s).map_err(|source| StoreError::Json { what: "sentences", source })?;
    Ok(pairs.into_iter().map(|(a, b)| Span::new(a, b)).collect())
}

fn precision_name(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Second => "second",
        DatePrecision::Minute => "minute",
        DatePrecision::Day => "day",
    }
}

fn parse_precision(s: Option<&str>) -> DatePrecision {
    match s {
        Some("day") => DatePrecision::Day,
        Some("minute") => DatePrecision::Minute,
        _ => DatePrecision::Second,
    }
}

fn source_name(s: DateSource) -> &'static str {
    match s {
        DateSource::Header => "header",
        DateSource::Feed => "feed",
        DateSource::Metadata => "metadata",
        DateSource::Inferred => "inferred",
    }
}

fn parse_source(s: Option<&str>) -> DateSource {
    match s {
        Some("feed") => DateSource::Feed,
        Some("metadata") => DateSource::Metadata,
        Some("inferred") => DateSource::Inferred,
        _ => DateSource::Header,
    }
}

/// Quarantine key: the same bad record from the same place is kept once.
fn quarantine_id(q: &Quarantined) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for part in [q.source.as_bytes(), q.location.as_bytes(), q.reason.as_bytes(), &q.raw] {
        h.update(part);
        h.update(&[0x1f]);
    }
    format!("{:032x}", h.digest128())
}

pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn article(title: &str, text: &str, outlet: &str, unix: Option<i64>) -> Article {
        let outlet = Outlet { name: outlet.to_string(), domain: Some(format!("{}.example", outlet.to_lowercase())) };
        Article {
            id: Article::content_id(None, Some(&outlet), title, text),
            source: format!("test:{title}"),
            url: None,
            outlet: Some(outlet),
            title: title.to_string(),
            byline: None,
            published: unix.map(|u| Published::new(u, 7200, DatePrecision::Minute, DateSource::Header)),
            language: Some("en".into()),
            sentences: vec![Span::new(0, text.len())],
            text: text.to_string(),
            extra: serde_json::Map::new(),
        }
    }

    #[test]
    fn articles_round_trip_with_all_fields() {
        let mut store = Store::open_in_memory().unwrap();
        let mut a = article("Dam breach", "Water rose. Town evacuated.", "Kyiv Post", Some(1_764_353_520));
        a.sentences = vec![Span::new(0, 11), Span::new(12, 27)];
        a.extra.insert("category".into(), serde_json::json!("b"));
        a.byline = Some("Olena K.".into());
        a.url = Some("https://kyivpost.example/x".into());
        store.insert_articles(std::slice::from_ref(&a)).unwrap();
        let back = store.article(&a.id).unwrap().unwrap();
        assert_eq!(back.article, a);
        assert_eq!(back.story_id, None);
    }

    #[test]
    fn reinserting_adds_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let batch = vec![article("a", "x", "O", None), article("b", "y", "O", None)];
        assert_eq!(store.insert_articles(&batch).unwrap(), InsertStats { stored: 2, duplicates: 0 });
        assert_eq!(store.insert_articles(&batch).unwrap(), InsertStats { stored: 0, duplicates: 2 });
        let counts = store.counts().unwrap();
        assert_eq!(counts.articles, 2);
        assert_eq!(counts.indexed, 2);
    }

    #[test]
    fn quarantine_keeps_raw_bytes_once() {
        let mut store = Store::open_in_memory().unwrap();
        let q = Quarantined {
            source: "bad.jsonl".into(),
            location: "line 3".into(),
            reason: "truncated JSON".into(),
            raw: vec![0xff, 0xfe, b'{'],
        };
        assert_eq!(store.insert_quarantine(&[q.clone(), q.clone()]).unwrap(), 1);
        let list = store.quarantine_list(Page::default()).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].raw_len, 3);
        assert_eq!(store.quarantine_raw(&list[0].id).unwrap().unwrap(), q.raw);
    }

    #[test]
    fn iterator_streams_everything_in_order() {
        let mut store = Store::open_in_memory().unwrap();
        let batch: Vec<Article> = (0..4500).map(|i| article(&format!("t{i}"), "body", "O", None)).collect();
        store.insert_articles(&batch).unwrap();
        let titles: Vec<String> = store.all_articles().map(|a| a.unwrap().title).collect();
        assert_eq!(titles.len(), 4500);
        assert_eq!(titles[0], "t0");
        assert_eq!(titles[4499], "t4499");
    }
}
