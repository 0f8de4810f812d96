//! The binary as users and scripts see it: the output contract on the seed articles, the demo,
//! exit codes, and bad input reported instead of aborting.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stemmata"))
}

fn seeds() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/seeds");
    if dir.join("articles").is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: {} is absent", dir.display());
        None
    }
}

fn json_of(cmd: &mut Command) -> Value {
    let out = cmd.output().expect("run stemmata");
    assert!(out.status.success(), "stemmata failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

#[test]
fn seeds_contract_outlets_dates_one_story() {
    let Some(dir) = seeds() else { return };
    let r = json_of(bin().arg("analyze").arg(dir.join("articles")).arg("--json"));
    for key in ["articles", "stories", "diagnostics"] {
        assert!(r[key].is_array(), "{key} missing");
    }
    let articles = r["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    let find = |stem: &str| articles.iter().find(|a| a["source"].as_str().unwrap().contains(stem)).unwrap();
    let espreso = find("000_");
    assert_eq!(espreso["outlet"]["domain"], "global.espreso.tv");
    assert_eq!(espreso["published"], "2025-11-28T20:12:00+02:00");
    assert_eq!(espreso["language"], "en");
    let censor = find("001_");
    assert_eq!(censor["outlet"]["name"], "Censor.NET");
    assert!(censor["published"].is_null(), "a date was invented: {}", censor["published"]);
    let stories = r["stories"].as_array().unwrap();
    let holding: Vec<_> = stories
        .iter()
        .filter(|s| s["article_ids"].as_array().unwrap().iter().any(|id| id == &espreso["id"] || id == &censor["id"]))
        .collect();
    assert_eq!(holding.len(), 1, "the two seed articles must form one story");
    let story = holding[0];
    for key in ["id", "title", "article_ids", "origins", "relays", "claims", "quotes", "timeline", "entities"] {
        assert!(!story[key].is_null(), "story field {key} missing");
    }
}

#[test]
fn analyze_is_deterministic() {
    let Some(dir) = seeds() else { return };
    let a = bin().arg("analyze").arg(dir.join("articles")).arg("--json").output().unwrap();
    let b = bin().arg("analyze").arg(dir.join("articles")).arg("--json").output().unwrap();
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn demo_finds_stories_and_reports_bad_files() {
    let r = json_of(bin().args(["demo", "--json"]));
    let stories = r["stories"].as_array().unwrap();
    assert!(stories.iter().filter(|s| s["article_ids"].as_array().unwrap().len() > 1).count() >= 3, "demo needs multi-article stories");
    assert!(!r["diagnostics"].as_array().unwrap().is_empty(), "the sample's malformed files must be reported");
    let text = bin().arg("demo").output().unwrap();
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).contains("stories from"));
}

/// The sample corpus's four stories, as its README states them: every article in its own story
/// and no other article with it (a follow-up days later, a headline-only copy, the web items and
/// the repaired bad files included).
#[test]
fn demo_stories_are_the_sample_readme_stories() {
    let r = json_of(bin().args(["demo", "--json"]));
    let tsv = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../samples/corpus/headlines.tsv")).unwrap();
    let story_of_row = |line: usize| -> char {
        let label = tsv.lines().nth(line - 1).unwrap().split('\t').nth(5).unwrap();
        match label {
            "zoriane-spill" => 'a',
            "havgrim-cuts" => 'b',
            "erlenau-flood" => 'c',
            "kestrel-night-train" => 'd',
            other => panic!("unknown story label {other}"),
        }
    };
    let gold = |source: &str| -> char {
        let (path, item) = source.rsplit_once(':').map_or((source, ""), |(p, i)| (p, i));
        let file = path.rsplit('/').next().unwrap();
        match file {
            "headlines.tsv" => story_of_row(item.parse().unwrap()),
            "wires.jsonl" => ['a', 'a', 'b', 'b', 'd', 'd'][item.parse::<usize>().unwrap() - 1],
            "green-report-feed.xml" => if item.ends_with('1') { 'a' } else { 'c' },
            "legacy-1251.txt" => 'a',
            "truncated.jsonl" => 'b',
            "impossible-date.txt" => 'c',
            "invalid-utf8.txt" => 'd',
            f => f.chars().next().unwrap(),
        }
    };
    let story_of: std::collections::BTreeMap<&str, &str> = r["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["article_ids"].as_array().unwrap().iter().map(move |id| (id.as_str().unwrap(), s["id"].as_str().unwrap())))
        .collect();
    let mut stories: std::collections::BTreeMap<char, std::collections::BTreeSet<&str>> = Default::default();
    for a in r["articles"].as_array().unwrap() {
        let source = a["source"].as_str().unwrap();
        stories.entry(gold(source)).or_default().insert(story_of[a["id"].as_str().unwrap()]);
    }
    assert_eq!(stories.keys().collect::<String>(), "abcd");
    for (letter, ids) in &stories {
        assert_eq!(ids.len(), 1, "story {letter} is split: {ids:?}");
    }
    let distinct: std::collections::BTreeSet<_> = stories.values().flatten().collect();
    assert_eq!(distinct.len(), 4, "two sample stories were merged: {stories:?}");
}

/// The sample README's relays: each text article relays the article (or outside source) it says,
/// and the independent reports relay nothing (headline-only rows are left out: a headline
/// carries no credit).
#[test]
fn demo_relays_are_the_sample_readme_relays() {
    let r = json_of(bin().args(["demo", "--json"]));
    let readme_id = |source: &str| -> Option<String> {
        let file = source.rsplit('/').next().unwrap();
        let named = match file {
            "wires.jsonl:1" => "a4",
            "wires.jsonl:2" => "a5",
            "wires.jsonl:3" => "b2",
            "wires.jsonl:4" => "b4",
            "wires.jsonl:5" => "d1",
            "wires.jsonl:6" => "d3",
            "legacy-1251.txt" => "a7",
            "truncated.jsonl:1" => "b5",
            "impossible-date.txt" => "c5",
            "invalid-utf8.txt" => "d4",
            "green-report-feed.xml:item 1" => "a8",
            "green-report-feed.xml:item 2" => "c6",
            f if f.starts_with("headlines.tsv") => return None,
            f => &f[..2],
        };
        Some(named.to_string())
    };
    let ids: std::collections::BTreeMap<&str, Option<String>> =
        r["articles"].as_array().unwrap().iter().map(|a| (a["id"].as_str().unwrap(), readme_id(a["source"].as_str().unwrap()))).collect();
    let mut found = std::collections::BTreeSet::new();
    for story in r["stories"].as_array().unwrap() {
        for relay in story["relays"].as_array().unwrap() {
            let Some(article) = ids[relay["article_id"].as_str().unwrap()].clone() else { continue };
            let origin = match relay["origin_article_id"].as_str() {
                Some(id) => ids[id].clone().unwrap_or_else(|| format!("headline of {}", relay["origin"])),
                None => relay["origin"].as_str().unwrap().to_string(),
            };
            found.insert(format!("{article}<-{origin}"));
        }
    }
    let expected: std::collections::BTreeSet<String> = [
        "a2<-a1", "a3<-a1", "a4<-a1", "a7<-a1", "a8<-a1", "a5<-a2", "b1<-Nordic Wire", "b2<-Nordic Wire", "b3<-Nordic Wire",
        "b4<-Nordic Wire", "b5<-Nordic Wire", "c3<-c1", "c6<-c1", "d3<-d1",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(found, expected);
}

#[test]
fn usage_errors_exit_2_and_missing_paths_are_reported() {
    let out = bin().arg("no-such-command").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().args(["analyze", "/definitely/not/here.txt", "--json"]).output().unwrap();
    assert!(out.status.success());
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    let diags = r["diagnostics"].as_array().unwrap();
    assert!(diags.iter().any(|d| d["source"].as_str().unwrap().contains("/definitely/not/here.txt")));
}

#[test]
fn stdin_is_read() {
    use std::io::Write;
    let mut child = bin()
        .args(["analyze", "-", "--json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Flood closes bridges in Lvivska\nexample-news.org\n2025-03-04T10:00:00+01:00\n\nHeavy rain closed three bridges on Tuesday, the city council said.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["articles"][0]["outlet"]["domain"], "example-news.org");
    assert_eq!(r["articles"][0]["published"], "2025-03-04T10:00:00+01:00");
}

/// A reader that goes away before the results are written (`… | head`) ends the command quietly
/// with status 0, no panic: stdout is closed here right after the start, so every write fails.
#[test]
fn closed_stdout_is_not_a_failure() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let clustering = root.join("testdata/clustering/multilingual.tsv");
    let provenance = root.join("testdata/provenance");
    let runs: [Vec<&std::ffi::OsStr>; 4] = [
        vec!["eval".as_ref(), "clustering".as_ref(), clustering.as_os_str()],
        vec!["eval".as_ref(), "clustering".as_ref(), clustering.as_os_str(), "--json".as_ref()],
        vec!["eval".as_ref(), "provenance".as_ref(), provenance.as_os_str(), "--errors".as_ref()],
        vec!["demo".as_ref()],
    ];
    for args in runs {
        let mut child = bin()
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?}, stderr: {stderr}", out.status);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
