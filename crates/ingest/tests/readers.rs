//! Readers end to end: real data when present, the bad-input suite, compression, and the
//! property that arbitrary bytes never panic and are always accounted for.

use proptest::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use stemmata_ingest::{
    Format, Input, ReadOptions, Record, Severity, read, read_bytes, read_bytes_located,
};
use stemmata_model::RawArticle;

fn shared_data() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} is absent", dir.display());
        None
    }
}

fn articles(records: &[Record]) -> Vec<&RawArticle> {
    records
        .iter()
        .filter_map(|r| {
            if let Record::Article(a) = r {
                Some(a)
            } else {
                None
            }
        })
        .collect()
}

fn quarantined(
    records: &[Record],
) -> Vec<(&stemmata_model::Quarantined, &stemmata_model::Diagnostic)> {
    records
        .iter()
        .filter_map(|r| match r {
            Record::Quarantine { item, diagnostic } if diagnostic.severity == Severity::Error => {
                Some((item, diagnostic))
            }
            _ => None,
        })
        .collect()
}

fn diagnostics(records: &[Record]) -> Vec<&stemmata_model::Diagnostic> {
    records.iter().filter_map(Record::diagnostic).collect()
}

fn read_paths(paths: &[&Path]) -> Vec<Record> {
    let inputs: Vec<Input> = paths.iter().map(|p| Input::Path(p.to_path_buf())).collect();
    read(&inputs, &ReadOptions::default()).collect()
}

#[test]
fn seed_articles_keep_outlet_and_date_and_invent_nothing() {
    let Some(data) = shared_data() else { return };
    let records = read_paths(&[&data.join("seeds/articles")]);
    let found = articles(&records);
    assert_eq!(found.len(), 2, "{records:#?}");
    let first = found
        .iter()
        .find(|a| a.source.contains("000_"))
        .expect("seed 000");
    assert_eq!(first.outlet.as_deref(), Some("global.espreso.tv"));
    assert_eq!(
        first.published.map(|p| p.to_rfc3339()).as_deref(),
        Some("2025-11-28T20:12:00+02:00")
    );
    assert!(first.title.starts_with("U.S. ready to recognize"));
    assert!(
        first
            .text
            .starts_with("The Telegraph reported the information.")
    );
    let second = found
        .iter()
        .find(|a| a.source.contains("001_"))
        .expect("seed 001");
    assert_eq!(second.outlet, None);
    assert_eq!(second.published, None);
    assert!(second.title.ends_with("The Telegraph"));
    assert!(second.text.starts_with("The United States is prepared"));
    assert!(second.text.contains('\n'), "paragraphs stay separated");
    assert!(
        diagnostics(&records).is_empty(),
        "{:?}",
        diagnostics(&records)
    );
}

#[test]
fn uci_dev_file_is_read_whole_from_zstd() {
    let Some(data) = shared_data() else { return };
    let records = read_paths(&[&data.join("uci-news/dev.tsv.zst")]);
    let found = articles(&records);
    assert_eq!(found.len(), 1717);
    assert!(diagnostics(&records).is_empty());
    let first = found[0];
    assert_eq!(first.title, "McDonald's struggles worsened by snow");
    assert_eq!(first.outlet.as_deref(), Some("Bradenton Herald"));
    assert_eq!(first.extra["story"], "d4lvRcSzuglGdFMmqvT6ZGcG8vDlM");
    assert_eq!(
        first.published.unwrap().to_rfc3339(),
        "2014-03-10T17:09:46+00:00"
    );
    assert!(first.source.ends_with("dev.tsv.zst:2"));
}

/// Every kind of bad input in one batch: each is reported with its location, the good records
/// around it are all read, and nothing panics.
#[test]
fn bad_input_suite() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let write = |name: &str, bytes: &[u8]| {
        let path = d.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let empty = write("empty.txt", b"");
    let binary = write(
        "binary.bin",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00",
    );
    let mut bad_utf8 =
        "Ferry service resumes\nharbour-news.example\n\nThe ferry to Nordholm — and its café — runs again.".as_bytes().to_vec();
    // A lead byte followed by a non-continuation byte, at byte 60.
    bad_utf8.insert(60, 0xC3);
    bad_utf8.insert(61, 0x28);
    let invalid_utf8 = write("invalid-utf8.txt", &bad_utf8);
    let ukrainian = "Міська рада схвалила новий бюджет\nvisti-mista.example\n28.11.2025 10:00\n\n\
                     Депутати міської ради у четвер ухвалили бюджет на наступний рік. \
                     Мер заявив, що видатки на школи зростуть.";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(ukrainian);
    let legacy_1251 = write("legacy-1251.txt", &cp1251);
    let russian = "Городской совет утвердил новый бюджет\n\nДепутаты городского совета в четверг утвердили бюджет \
                   на следующий год. Мэр заявил, что расходы на школы вырастут.";
    let (koi8, _, _) = encoding_rs::KOI8_R.encode(russian);
    let legacy_koi8 = write("legacy-koi8r.txt", &koi8);
    let jsonl = write(
        "batch.jsonl",
        b"{\"title\":\"One\",\"text\":\"First.\"}\n{\"title\":\"Two\",\"text\":\"Cut off\n{\"text\":\"no title here\"}\n{\"title\":\"Four\",\"published\":\"2025-13-45\"}\n",
    );
    let impossible = write(
        "impossible-date.txt",
        b"Storm closes pass\nalpine-post.example\n31 Feb 2025\n\nThe pass was closed.",
    );
    let missing = d.join("does-not-exist.txt");
    let good = write(
        "good.txt",
        b"Library reopens\nBy Mara Lind\n\nThe library reopened on Monday.",
    );

    let records = read_paths(&[
        &empty,
        &binary,
        &invalid_utf8,
        &legacy_1251,
        &legacy_koi8,
        &jsonl,
        &impossible,
        &missing,
        &good,
    ]);
    let found = articles(&records);
    let titles: Vec<&str> = found.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Ferry service resumes",
            "Міська рада схвалила новий бюджет",
            "Городской совет утвердил новый бюджет",
            "One",
            "Four",
            "Storm closes pass",
            "Library reopens"
        ]
    );
    let q = quarantined(&records);
    let where_what: Vec<(String, String)> = q
        .iter()
        .map(|(item, d)| {
            (
                format!("{}:{}", file_name(&item.source), d.location),
                d.message.clone(),
            )
        })
        .collect();
    assert_eq!(q.len(), 4, "{where_what:#?}");
    assert!(where_what[0].0.starts_with("empty.txt") && where_what[0].1.contains("empty file"));
    assert!(where_what[1].0 == "binary.bin:byte 0" && where_what[1].1.contains("binary data"));
    assert_eq!(q[1].0.raw.len(), 20, "binary bytes kept whole");
    assert!(
        where_what[2].0 == "batch.jsonl:line 2" && where_what[2].1.contains("truncated JSON"),
        "{where_what:?}"
    );
    assert_eq!(q[2].0.raw, b"{\"title\":\"Two\",\"text\":\"Cut off");
    assert!(where_what[3].0 == "batch.jsonl:line 3" && where_what[3].1.contains("missing title"));

    let messages: Vec<String> = diagnostics(&records)
        .iter()
        .map(|d| d.to_string())
        .collect();
    let has = |file: &str, needle: &str| {
        messages
            .iter()
            .any(|m| m.contains(file) && m.contains(needle))
    };
    assert!(
        has("invalid-utf8.txt:byte 60", "malformed UTF-8"),
        "{messages:#?}"
    );
    assert!(
        has("legacy-1251.txt", "decoded as windows-1251"),
        "{messages:#?}"
    );
    assert!(has("legacy-koi8r.txt", "decoded as KOI8"), "{messages:#?}");
    assert!(has("batch.jsonl:line 4", "impossible date"));
    assert!(has("impossible-date.txt:line 3", "impossible date"));
    assert!(has("does-not-exist.txt", "no such file"));

    // The repaired article keeps its original bytes in quarantine, flagged as a warning.
    let kept: Vec<_> = records
        .iter()
        .filter_map(|r| match r {
            Record::Quarantine { item, diagnostic } if diagnostic.severity == Severity::Warning => {
                Some(item)
            }
            _ => None,
        })
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].raw, bad_utf8);

    let legacy = found
        .iter()
        .find(|a| a.title.starts_with("Міська"))
        .unwrap();
    assert_eq!(legacy.outlet.as_deref(), Some("visti-mista.example"));
    assert!(legacy.text.contains("Мер заявив"));
    assert!(legacy.published.is_some());
    let storm = found
        .iter()
        .find(|a| a.title == "Storm closes pass")
        .unwrap();
    assert_eq!(
        storm.published, None,
        "an impossible date is never replaced by a guess"
    );
    assert_eq!(
        found.iter().find(|a| a.title == "Four").unwrap().published,
        None
    );
    assert_eq!(found.last().unwrap().byline.as_deref(), Some("Mara Lind"));
}

fn file_name(source: &str) -> &str {
    source.rsplit('/').next().unwrap_or(source)
}

#[test]
fn fifty_megabyte_line_is_quarantined_whole_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.jsonl");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        f.write_all(b"{\"title\":\"before\",\"text\":\"a\"}\n{\"title\":\"huge\",\"text\":\"")
            .unwrap();
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..50 {
            f.write_all(&chunk).unwrap();
        }
        f.write_all(b"\"}\n{\"title\":\"after\",\"text\":\"b\"}\n")
            .unwrap();
    }
    let records = read_paths(&[&path]);
    let titles: Vec<&str> = articles(&records)
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["before", "after"]);
    let q = quarantined(&records);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].1.location, "line 2");
    assert!(q[0].1.message.contains("exceeds"), "{}", q[0].1.message);
    assert_eq!(
        q[0].0.raw.len(),
        50 * (1 << 20) + 26,
        "raw bytes kept, nothing lost"
    );

    // A tighter keep limit bounds memory and says how much was dropped.
    let mut options = ReadOptions::default();
    options.max_record_bytes = 1 << 20;
    options.max_quarantine_bytes = 2 << 20;
    let records: Vec<Record> = read(&[Input::Path(path)], &options).collect();
    let q = quarantined(&records);
    assert_eq!(q[0].0.raw.len(), 2 << 20);
    assert!(q[0].1.message.contains("only the first"));
    assert_eq!(articles(&records).len(), 2);
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    std::fs::create_dir_all(root.join("a")).unwrap();
    std::fs::write(root.join("a/one.txt"), "Title one\n\nBody one.").unwrap();
    std::fs::write(root.join("b.txt"), "Title two\n\nBody two.").unwrap();
    std::os::unix::fs::symlink(&root, root.join("a/back-to-root")).unwrap();
    std::os::unix::fs::symlink("self-loop", root.join("self-loop")).unwrap();
    let records = read_paths(&[&root, &root.join("self-loop")]);
    let titles: Vec<&str> = articles(&records)
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(
        titles,
        ["Title one", "Title two"],
        "sorted walk, loop not followed"
    );
    let messages: Vec<String> = diagnostics(&records)
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("back-to-root") && m.contains("symlink loop")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().filter(|m| m.contains("self-loop")).count() >= 1,
        "{messages:#?}"
    );
}

#[test]
fn gzip_and_zstd_inputs_are_detected_by_content() {
    let jsonl = b"{\"title\":\"Zipped\",\"text\":\"Inside.\"}\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(jsonl).unwrap();
    let gz = gz.finish().unwrap();
    let records = read_bytes("x.bin", &gz, Format::Auto);
    assert_eq!(articles(&records)[0].title, "Zipped");

    let zst =
        ruzstd::encoding::compress_to_vec(&jsonl[..], ruzstd::encoding::CompressionLevel::Fastest);
    let records = read_bytes("y", &zst, Format::Auto);
    assert_eq!(articles(&records)[0].title, "Zipped");

    // Corrupt compressed data is quarantined, not a panic.
    let mut broken = zst.clone();
    broken.truncate(8);
    let records = read_bytes("z.zst", &broken, Format::Auto);
    assert!(articles(&records).is_empty());
    assert!(!diagnostics(&records).is_empty());
}

#[test]
fn glob_and_formats_without_reader() {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in [
        ("b.txt", "Bee\n\nB."),
        ("a.txt", "Ay\n\nA."),
        ("c.md", "Sea\n\nC."),
    ] {
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    std::fs::write(
        dir.path().join("page.html"),
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
    )
    .unwrap();
    let pattern = format!("{}/*.txt", dir.path().display());
    let records: Vec<Record> =
        read(&[Input::from_arg(&pattern)], &ReadOptions::default()).collect();
    let titles: Vec<&str> = articles(&records)
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Ay", "Bee"]);

    let records = read_paths(&[&dir.path().join("page.html")]);
    let q = quarantined(&records);
    assert!(q[0].1.message.contains("`html` is not supported yet"));
    let none = format!("{}/*.nothing", dir.path().display());
    let records: Vec<Record> = read(&[Input::from_arg(&none)], &ReadOptions::default()).collect();
    assert!(diagnostics(&records)[0].message.contains("no file matches"));
}

#[test]
fn an_external_reader_plugs_into_the_dispatch() {
    struct Pages;
    impl stemmata_ingest::ExternalReader for Pages {
        fn read(
            &self,
            source: &str,
            mut input: Box<dyn std::io::BufRead + Send>,
            _: &ReadOptions,
        ) -> Box<dyn Iterator<Item = Record> + Send> {
            let mut s = String::new();
            let _ = input.read_to_string(&mut s);
            let title = s
                .split("<title>")
                .nth(1)
                .and_then(|t| t.split("</title>").next())
                .unwrap_or("")
                .to_owned();
            Box::new(std::iter::once(Record::Article(RawArticle {
                source: source.to_owned(),
                title,
                ..RawArticle::default()
            })))
        }
    }
    let options = ReadOptions::default().with_reader(Format::Html, std::sync::Arc::new(Pages));
    let page = b"<html><head><title>Plugged</title></head></html>".to_vec();
    let records: Vec<Record> = read(
        &[Input::Bytes {
            name: "p.html".into(),
            bytes: page,
        }],
        &options,
    )
    .collect();
    assert_eq!(articles(&records)[0].title, "Plugged");
}

/// Bytes not covered by any article or quarantine record must be ASCII whitespace (or a UCI
/// header line, which is consumed).
fn assert_accounted(bytes: &[u8], format: Format) {
    let options = ReadOptions::default().with_format(format);
    let located = read_bytes_located("arbitrary", bytes, &options);
    let mut covered = vec![false; bytes.len()];
    for l in &located {
        if matches!(l.record, Record::Article(_) | Record::Quarantine { .. }) {
            let range = l
                .bytes
                .clone()
                .expect("built-in readers locate their records");
            for c in &mut covered[range.start as usize..(range.end as usize).min(bytes.len())] {
                *c = true;
            }
        }
    }
    let mut line_start = 0;
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        let uncovered = (line_start..line_start + line.len()).any(|j| !covered[j]);
        if uncovered {
            let blank = line.iter().all(u8::is_ascii_whitespace);
            let header = i == 0 && String::from_utf8_lossy(line).contains("TITLE");
            assert!(
                blank || header,
                "line {} not accounted for: {:?}",
                i + 1,
                String::from_utf8_lossy(line)
            );
        }
        line_start += line.len() + 1;
    }
}

/// An empty JSON array holds no article; it is reported, not silently dropped, and whatever
/// follows it is still read.
#[test]
fn empty_json_array_is_reported_and_the_rest_read() {
    for (text, articles_expected) in [
        ("[]", 0),
        ("[ ]\n", 0),
        ("[]\n[{\"title\": \"After\", \"text\": \"Body.\"}]", 1),
    ] {
        assert_accounted(text.as_bytes(), Format::Auto);
        let located = read_bytes_located("empty.json", text.as_bytes(), &ReadOptions::default());
        let records: Vec<Record> = located.into_iter().map(|l| l.record).collect();
        assert_eq!(articles(&records).len(), articles_expected, "{text:?}");
        let empty = quarantined(&records);
        assert_eq!(empty.len(), 1, "{text:?}: {records:#?}");
        assert!(
            empty[0].1.message.contains("empty JSON array"),
            "{:?}",
            empty[0].1
        );
    }
}

/// Fuzz cases per property: 256, or PROPTEST_CASES for a longer run.
fn fuzz_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    #[test]
    fn arbitrary_bytes_never_panic_and_are_accounted_for(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in [Format::Auto, Format::Text, Format::Jsonl, Format::Uci] {
            assert_accounted(&bytes, format);
        }
    }

    #[test]
    fn line_shaped_input_is_accounted_for(lines in proptest::collection::vec("[ -~\u{400}-\u{4ff}\t{}\":,]{0,80}", 0..20)) {
        let text = lines.join("\n");
        for format in [Format::Auto, Format::Text, Format::Jsonl, Format::Uci] {
            assert_accounted(text.as_bytes(), format);
        }
        let uci = format!("ID\tTITLE\tURL\tPUBLISHER\tCATEGORY\tSTORY\tHOSTNAME\tTIMESTAMP\n{text}");
        assert_accounted(uci.as_bytes(), Format::Auto);
    }
}

/// The built-in sample corpus reads exactly as samples/README.md describes it.
#[test]
fn sample_corpus_reads_as_documented() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let records = read_paths(&[&samples.join("corpus")]);
    assert!(
        diagnostics(&records).is_empty(),
        "{:#?}",
        diagnostics(&records)
    );
    let found = articles(&records);
    assert_eq!(found.len(), 11 + 6 + 12);
    let languages: std::collections::BTreeSet<_> =
        found.iter().filter_map(|a| a.language.as_deref()).collect();
    assert_eq!(
        languages.into_iter().collect::<Vec<_>>(),
        ["de", "en", "uk"]
    );
    let undated: Vec<&str> = found
        .iter()
        .filter(|a| a.published.is_none())
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(
        undated,
        ["Hochwasser in Erlenau: Schule wird zur Notunterkunft"]
    );
    let rheinblick = found
        .iter()
        .find(|a| a.title.starts_with("Ammoniak im Fluss"))
        .unwrap();
    assert_eq!(rheinblick.outlet.as_deref(), Some("rheinblick.example"));
    assert_eq!(
        rheinblick.published.unwrap().to_rfc3339(),
        "2026-03-06T18:05:00+01:00"
    );
    let wire = found
        .iter()
        .find(|a| a.title.starts_with("Fish die"))
        .unwrap();
    assert_eq!(wire.byline.as_deref(), Some("Dmytro Savchuk"));
    assert!(wire.text.starts_with("ZORIANE, Ukraine"));

    let records = read_paths(&[&samples.join("bad")]);
    let titles: Vec<&str> = articles(&records)
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Erlenau counts the cost of storm Ilka",
            "Night train from Vienna to Lviv to start on 1 June",
            "В украинском городе Зоряне из-за утечки аммиака отключили питьевую воду",
            "Norway's Solvik braces for Havgrim factory closure",
        ]
    );
    let q: Vec<String> = quarantined(&records)
        .iter()
        .map(|(i, d)| format!("{}:{}", file_name(&i.source), d.location))
        .collect();
    assert_eq!(
        q,
        [
            "binary-garbage.bin:byte 0",
            "empty.txt:",
            "missing-title.jsonl:line 1",
            "truncated.jsonl:line 2"
        ]
    );
}

#[test]
fn json_arrays_and_pretty_printed_objects_are_read() {
    let array = br#"[
  {"title": "First", "text": "One."},
  {"text": "no title"},
  {"title": "Third", "published": "2026-03-11"}
]"#;
    let records = read_bytes("export.json", array, Format::Auto);
    let titles: Vec<&str> = articles(&records)
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["First", "Third"]);
    let q = quarantined(&records);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].1.location, "record 2");

    let pretty = b"{\n  \"title\": \"Pretty\",\n  \"text\": \"Spread over lines.\"\n}\n{\n  \"title\": \"Second\"\n}\n{\n  \"title\": \"Cut";
    let records = read_bytes("pretty.jsonl", pretty, Format::Auto);
    let titles: Vec<&str> = articles(&records)
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, ["Pretty", "Second"]);
    let q = quarantined(&records);
    assert!(q[0].1.message.contains("invalid JSON"), "{:?}", q[0].1);
    assert_eq!(q[0].0.raw, b"\n{\n  \"title\": \"Cut");
}

#[test]
fn utf16_with_bom_and_utf8_bom_are_decoded() {
    let text = "Заголовок\nkyivledger.example\n\nТекст статті.";
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let records = read_bytes("utf16.txt", &utf16, Format::Auto);
    let found = articles(&records);
    assert_eq!(found[0].title, "Заголовок");
    assert_eq!(found[0].outlet.as_deref(), Some("kyivledger.example"));
    assert!(
        diagnostics(&records)
            .iter()
            .any(|d| d.message.contains("UTF-16LE"))
    );

    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend_from_slice(text.as_bytes());
    let records = read_bytes("bom.txt", &utf8, Format::Auto);
    assert_eq!(articles(&records)[0].title, "Заголовок");
    assert!(diagnostics(&records).is_empty());
}

#[test]
fn a_corrupt_gzip_text_file_is_quarantined_not_half_read() {
    let body = "Long article title\nexample.org\n\n".to_string()
        + &"A sentence of the body. ".repeat(4000);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(body.as_bytes()).unwrap();
    let mut gz = gz.finish().unwrap();
    let cut = gz.len() / 2;
    gz.truncate(cut);
    let records = read_bytes("cut.txt.gz", &gz, Format::Auto);
    assert!(articles(&records).is_empty(), "{records:?}");
    let q = quarantined(&records);
    assert_eq!(q.len(), 1);
    assert!(
        q[0].1.message.contains("read error") || q[0].1.message.contains("decompress"),
        "{}",
        q[0].1.message
    );
}

#[test]
fn a_dateline_dates_an_undated_article_and_says_it_was_inferred() {
    use stemmata_model::DateSource;
    let seed = "Ferry service resumes on the Danube\nexample.org\n\nPublished 14 March 2026, 09:30\n\nThe ferry runs again.\n";
    let records = read_bytes("ferry.txt", seed.as_bytes(), Format::Auto);
    let found = articles(&records);
    assert_eq!(found.len(), 1, "{records:#?}");
    let p = found[0].published.expect("dated by its dateline");
    assert_eq!(p.source, DateSource::Inferred);
    assert_eq!(p.to_rfc3339(), "2026-03-14T09:30:00+00:00");

    // A date in the input wins over the body; an event date in prose dates nothing.
    let jsonl = concat!(
        r#"{"title":"A","text":"Published 14 March 2026\nText.","published":"2026-03-15T08:00:00Z"}"#,
        "\n",
        r#"{"title":"B","text":"On 14 March 2026 the ferry sank near the harbour wall."}"#,
        "\n"
    );
    let records = read_bytes("feed.jsonl", jsonl.as_bytes(), Format::Auto);
    let found = articles(&records);
    let given = found[0].published.expect("date from the record");
    assert_eq!(given.to_rfc3339(), "2026-03-15T08:00:00+00:00");
    assert_ne!(given.source, DateSource::Inferred);
    assert_eq!(found[1].published, None);
}

#[test]
fn compressed_input_that_cannot_be_unpacked_is_quarantined_whole_from_memory_too() {
    // The gzip magic, then a header no decoder accepts, then more bytes.
    let mut bytes = vec![31, 139, 163, 194, 219, 115, 69, 139];
    bytes.extend((0..5000u32).map(|i| (i * 7 % 251) as u8));
    let located = read_bytes_located("bad.gz", &bytes, &ReadOptions::default());
    let quarantines: Vec<_> = located
        .iter()
        .filter_map(|l| match &l.record {
            Record::Quarantine { item, .. } => Some((item, l.bytes.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(quarantines.len(), 1, "{located:?}");
    let (item, range) = &quarantines[0];
    assert!(item.reason.contains("cannot decompress"), "{}", item.reason);
    assert_eq!(item.raw, bytes, "every byte of the input is kept");
    assert_eq!(*range, Some(0..bytes.len() as u64));
    assert_accounted(&bytes, Format::Auto);
}
