//! Crash safety: a writer killed with SIGKILL mid-ingest leaves a database that opens, passes
//! SQLite's and FTS5's integrity checks, holds only whole batches, and a re-run completes it with
//! every article stored exactly once.
//!
//! Two writers are killed: the `stemmata ingest` command itself when its binary has been built
//! next to this test (as `cargo test --workspace` does), and always a writer that uses this
//! crate's API the same way (this test binary re-executed as a child process).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use stemmata_model::{Article, DatePrecision, DateSource, Outlet, Published, Span};
use stemmata_store::Store;

const BATCH: usize = 500;

/// Invented articles: unique titles, a few sentences each.
fn generated(i: usize) -> (String, String, String) {
    let outlets = ["Harbor Daily", "Valley Courier", "Northern Wire", "Kraj Vistnyk"];
    let title = format!("Council vote {i} moves ferry timetable for district {}", i % 97);
    let text = format!(
        "The council of district {} voted on item {i}. Residents said the ferry timetable change surprised them. \
         A spokeswoman said the new schedule starts next month.",
        i % 97
    );
    (outlets[i % outlets.len()].to_string(), title, text)
}

fn article(i: usize) -> Article {
    let (outlet, title, text) = generated(i);
    let outlet = Outlet { name: outlet.clone(), domain: Some(format!("{}.example", outlet.to_lowercase().replace(' ', ""))) };
    Article {
        id: Article::content_id(None, Some(&outlet), &title, &text),
        source: format!("generated:{i}"),
        url: None,
        outlet: Some(outlet),
        title,
        byline: None,
        published: Some(Published::new(1_700_000_000 + i as i64 * 60, 0, DatePrecision::Minute, DateSource::Header)),
        language: Some("en".into()),
        sentences: vec![Span::new(0, text.len())],
        text,
        extra: serde_json::Map::new(),
    }
}

fn count(db: &Path) -> usize {
    // A fresh read-only handle each time, as another process would see it.
    Store::open_read_only(db).and_then(|s| s.counts()).map(|c| c.articles).unwrap_or(0)
}

/// Waits until the writer has committed at least `at_least` articles, then SIGKILLs it.
/// Returns false when the writer finished before it could be killed.
fn kill_midway(child: &mut Child, db: &Path, at_least: usize) -> bool {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        if db.exists() && count(db) >= at_least {
            child.kill().expect("SIGKILL the writer");
            let _ = child.wait();
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    panic!("the writer stored fewer than {at_least} articles in two minutes");
}

fn assert_consistent_after_crash(db: &Path, total: usize) -> usize {
    let store = Store::open(db).expect("the database opens after a crash");
    let problems = store.integrity_check().unwrap();
    assert!(problems.is_empty(), "integrity problems after SIGKILL: {problems:?}");
    let counts = store.counts().unwrap();
    assert_eq!(counts.articles, counts.indexed, "the full-text index matches the articles table");
    assert!(counts.articles < total, "killed before the end");
    assert_eq!(counts.articles % BATCH, 0, "only whole batches are stored (got {})", counts.articles);
    counts.articles
}

fn assert_each_once(db: &Path, total: usize) {
    let store = Store::open(db).unwrap();
    let (rows, distinct): (i64, i64) = store
        .connection()
        .query_row("SELECT count(*), count(DISTINCT title) FROM articles", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((rows as usize, distinct as usize), (total, total), "every article stored exactly once");
    assert!(store.integrity_check().unwrap().is_empty());
    assert_eq!(store.counts().unwrap().indexed, total);
}

/// Child side of the API-level test: only acts when re-executed by the parent.
#[test]
fn crash_child_writer() {
    let (Ok(db), Ok(total)) = (std::env::var("STEMMATA_CRASH_DB"), std::env::var("STEMMATA_CRASH_TOTAL")) else {
        return;
    };
    let total: usize = total.parse().unwrap();
    let mut store = Store::open(&db).unwrap();
    let articles: Vec<Article> = (0..total).map(article).collect();
    for chunk in articles.chunks(BATCH) {
        store.insert_articles(chunk).unwrap();
    }
}

#[test]
fn a_killed_api_writer_leaves_whole_batches_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let total = 20_000;
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child_writer", "--nocapture", "--test-threads=1"])
        .env("STEMMATA_CRASH_DB", &db)
        .env("STEMMATA_CRASH_TOTAL", total.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    if !kill_midway(&mut child, &db, 2 * BATCH) {
        println!("the writer finished before it could be killed; checking the result only");
    } else {
        let kept = assert_consistent_after_crash(&db, total);
        println!("killed after {kept} articles were committed");
    }
    // The re-run: everything again; what is already stored is skipped.
    let mut store = Store::open(&db).unwrap();
    let articles: Vec<Article> = (0..total).map(article).collect();
    let mut stats = stemmata_store::InsertStats::default();
    for chunk in articles.chunks(BATCH) {
        stats += store.insert_articles(chunk).unwrap();
    }
    drop(store);
    assert_eq!(stats.stored + stats.duplicates, total);
    assert_each_once(&db, total);
}

/// The `stemmata` binary built beside this test, if any.
fn stemmata_binary() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("STEMMATA_BIN") {
        return Some(PathBuf::from(p));
    }
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?; // target/<profile>/deps/<test> → target/<profile>
    let bin = profile_dir.join("stemmata");
    bin.exists().then_some(bin)
}

#[test]
fn a_killed_stemmata_ingest_leaves_a_sound_store_and_a_rerun_completes() {
    let Some(bin) = stemmata_binary() else {
        println!("skipped: the stemmata binary is not built (run `cargo test --workspace` or set STEMMATA_BIN)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    let total = 20_000;
    let mut lines = String::new();
    for i in 0..total {
        let (outlet, title, text) = generated(i);
        let line = serde_json::json!({"title": title, "text": text, "outlet": outlet, "published": format!("2025-03-{:02}T10:00:00Z", 1 + i % 28)});
        lines.push_str(&line.to_string());
        lines.push('\n');
    }
    std::fs::write(&input, lines).unwrap();
    let db = dir.path().join("cli.db");
    let ingest = |bin: &Path| {
        let mut cmd = Command::new(bin);
        cmd.arg("ingest")
            .arg(&input)
            .arg("--db")
            .arg(&db)
            .args(["--batch", &BATCH.to_string(), "--no-analyze"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    let mut child = ingest(&bin).spawn().unwrap();
    if kill_midway(&mut child, &db, 2 * BATCH) {
        // Checked on a copy of the crash image (file + WAL), so opening it here cannot change
        // the original the re-run continues from (a binary built from older sources may use
        // an older schema version than this test's store).
        let image = dir.path().join("image.db");
        for suffix in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{suffix}", db.display()));
            if from.exists() {
                std::fs::copy(&from, format!("{}{suffix}", image.display())).unwrap();
            }
        }
        let kept = assert_consistent_after_crash(&image, total);
        println!("stemmata ingest killed after {kept} articles were committed");
    } else {
        println!("stemmata ingest finished before it could be killed; checking the result only");
    }
    let status = ingest(&bin).status().unwrap();
    assert!(status.success(), "the re-run succeeds");
    assert_each_once(&db, total);
}
