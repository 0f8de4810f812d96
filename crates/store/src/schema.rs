//! Schema and migrations. `PRAGMA user_version` holds the number of migrations applied; each
//! migration runs in its own transaction, so a crash mid-migration leaves the previous version.

use crate::{Result, StoreError};
use rusqlite::Connection;
use std::path::Path;

/// Migration `i` brings the schema from version `i` to `i + 1`. Append only; never edit a
/// released migration.
const MIGRATIONS: &[&str] = &[
    // 1: articles with a full-text index, quarantine, diagnostics, stories.
    r#"
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        outlet_domain TEXT,
        title TEXT NOT NULL,
        byline TEXT,
        published_unix INTEGER,
        published_offset INTEGER,
        published_precision TEXT,
        published_source TEXT,
        language TEXT,
        text TEXT NOT NULL,
        sentences TEXT NOT NULL,
        extra TEXT,
        ingested_at INTEGER NOT NULL
    );
    CREATE INDEX articles_published ON articles(published_unix);
    CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
    CREATE INDEX articles_domain ON articles(outlet_domain COLLATE NOCASE);
    CREATE INDEX articles_language ON articles(language);

    -- External-content index: the text lives once, in articles; triggers keep both in step.
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, outlet, language,
        content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    );
    -- Ranking: a title match weighs most, then outlet, body, language.
    INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0, 0.5)');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, outlet, language)
        VALUES (new.seq, new.title, new.text, new.outlet, new.language);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet, language)
        VALUES ('delete', old.seq, old.title, old.text, old.outlet, old.language);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet, language)
        VALUES ('delete', old.seq, old.title, old.text, old.outlet, old.language);
        INSERT INTO articles_fts(rowid, title, text, outlet, language)
        VALUES (new.seq, new.title, new.text, new.outlet, new.language);
    END;

    CREATE TABLE quarantine (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        location TEXT NOT NULL,
        reason TEXT NOT NULL,
        raw BLOB NOT NULL,
        quarantined_at INTEGER NOT NULL
    );

    CREATE TABLE diagnostics (
        seq INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        location TEXT NOT NULL,
        message TEXT NOT NULL,
        severity TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (source, location, message)
    );

    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        size INTEGER NOT NULL,
        outlets TEXT NOT NULL,
        outlet_count INTEGER NOT NULL,
        languages TEXT NOT NULL,
        first_seen TEXT,
        first_seen_unix INTEGER,
        last_seen TEXT,
        last_seen_unix INTEGER,
        independent_sources INTEGER NOT NULL,
        report TEXT NOT NULL
    );
    CREATE INDEX stories_size ON stories(size DESC, id);
    CREATE INDEX stories_last_seen ON stories(last_seen_unix DESC, id);

    CREATE TABLE story_articles (
        article_id TEXT NOT NULL,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, story_id)
    ) WITHOUT ROWID;
    CREATE INDEX story_articles_story ON story_articles(story_id);

    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    "#,
    // 2: entities per story, so entity lists need no scan of every report.
    r#"
    CREATE TABLE story_entities (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        aliases TEXT NOT NULL,
        roles TEXT NOT NULL,
        PRIMARY KEY (story_id, name, kind)
    ) WITHOUT ROWID;
    CREATE INDEX story_entities_name ON story_entities(name COLLATE NOCASE);
    "#,
    // 3: story reports move to their own table so list queries scan narrow rows, and the list
    // orders get indexes that match them exactly.
    r#"
    CREATE TABLE story_reports (
        story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        report TEXT NOT NULL
    );
    INSERT INTO story_reports (story_id, report) SELECT id, report FROM stories;
    ALTER TABLE stories DROP COLUMN report;
    DROP INDEX stories_size;
    DROP INDEX stories_last_seen;
    CREATE INDEX stories_by_size ON stories(size DESC, position, id);
    CREATE INDEX stories_by_recent ON stories(last_seen_unix DESC, position, id);
    CREATE INDEX stories_by_independent ON stories(independent_sources DESC, size DESC, position, id);
    CREATE INDEX stories_by_position ON stories(position);
    "#,
];

pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let mut current = check_version(conn, path)?;
    while current < VERSION {
        let tx = conn.transaction()?;
        tx.execute_batch(MIGRATIONS[current as usize])?;
        tx.pragma_update(None, "user_version", current + 1)?;
        tx.commit()?;
        current += 1;
    }
    Ok(())
}

pub(crate) fn check_version(conn: &Connection, path: &Path) -> Result<i64> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::SchemaTooNew { path: path.to_path_buf(), found, supported: VERSION });
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_file_reaches_the_current_version_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = crate::Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        drop(store);
        let again = crate::Store::open(&path).unwrap();
        assert_eq!(again.schema_version().unwrap(), VERSION);
    }

    #[test]
    fn a_version_2_file_with_stories_migrates_and_keeps_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v2.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(MIGRATIONS[1]).unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
        conn.execute(
            "INSERT INTO stories (id, position, title, size, outlets, outlet_count, languages, independent_sources, report) \
             VALUES ('s-1', 0, 'Old story', 0, '[]', 0, '[]', 0, ?1)",
            [r#"{"id":"s-1","title":"Old story","article_ids":[],"origins":[],"relays":[],"claims":[],"quotes":[],"timeline":[],"entities":[]}"#],
        )
        .unwrap();
        drop(conn);
        let store = crate::Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        let story = store.story("s-1").unwrap().unwrap();
        assert_eq!(story.report.title, "Old story");
    }

    #[test]
    fn a_newer_file_is_refused_with_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", VERSION + 5).unwrap();
        drop(conn);
        let err = crate::Store::open(&path).unwrap_err();
        assert!(err.to_string().contains("newer than this stemmata supports"), "{err}");
    }
}
