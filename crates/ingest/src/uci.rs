//! UCI News Aggregator TSV: `ID TITLE URL PUBLISHER CATEGORY STORY HOSTNAME TIMESTAMP`, one
//! headline a line, TIMESTAMP in milliseconds since the epoch. Kept cheap per record (a split on
//! tabs and a few small strings): this reader feeds bulk loads of hundreds of thousands of rows.

use crate::dates::published_from_unix;
use serde_json::Value;
use stemmata_model::{DateSource, Diagnostic, RawArticle, Severity};

pub(crate) const COLUMNS: [&str; 8] = [
    "ID",
    "TITLE",
    "URL",
    "PUBLISHER",
    "CATEGORY",
    "STORY",
    "HOSTNAME",
    "TIMESTAMP",
];

/// True for a header line naming at least the TITLE, URL, PUBLISHER and TIMESTAMP columns.
pub(crate) fn is_header(line: &[u8]) -> bool {
    let Ok(line) = std::str::from_utf8(line) else {
        return false;
    };
    let names: Vec<&str> = line
        .trim_end_matches('\r')
        .split('\t')
        .map(str::trim)
        .collect();
    names.len() >= 4
        && ["TITLE", "URL", "PUBLISHER", "TIMESTAMP"]
            .iter()
            .all(|c| names.contains(c))
}

/// Column positions, from the header or the standard order.
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    names: Vec<String>,
    title: Option<usize>,
    url: Option<usize>,
    publisher: Option<usize>,
    timestamp: Option<usize>,
}

impl Columns {
    pub(crate) fn standard() -> Columns {
        Columns::from_names(COLUMNS.iter().map(|s| s.to_string()).collect())
    }

    pub(crate) fn from_header(line: &str) -> Columns {
        Columns::from_names(
            line.trim_end_matches('\r')
                .split('\t')
                .map(|s| s.trim().to_owned())
                .collect(),
        )
    }

    fn from_names(names: Vec<String>) -> Columns {
        let pos = |n: &str| names.iter().position(|c| c == n);
        Columns {
            title: pos("TITLE"),
            url: pos("URL"),
            publisher: pos("PUBLISHER"),
            timestamp: pos("TIMESTAMP"),
            names,
        }
    }
}

pub(crate) fn parse_row(
    columns: &Columns,
    source: &str,
    location: &str,
    line: &str,
) -> Result<(RawArticle, Vec<Diagnostic>), String> {
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() != columns.names.len() {
        return Err(format!(
            "expected {} tab-separated fields, found {}; record quarantined",
            columns.names.len(),
            fields.len()
        ));
    }
    let get = |i: Option<usize>| {
        i.and_then(|i| fields.get(i))
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    };
    let Some(title) = get(columns.title) else {
        return Err("missing title (empty TITLE column); record quarantined".to_owned());
    };
    let mut warnings = Vec::new();
    let published = match get(columns.timestamp) {
        None => None,
        Some(ts) => match ts
            .parse::<i64>()
            .ok()
            .and_then(|n| published_from_unix(n, DateSource::Header))
        {
            Some(p) => Some(p),
            None => {
                warnings.push(Diagnostic {
                    source: source.to_owned(),
                    location: location.to_owned(),
                    message: format!(
                        "unreadable TIMESTAMP `{ts}` (expected milliseconds since the epoch); publication date left unknown, article kept"
                    ),
                    severity: Severity::Warning,
                });
                None
            }
        },
    };
    let mut extra = serde_json::Map::new();
    for (i, name) in columns.names.iter().enumerate() {
        if Some(i) == columns.title || Some(i) == columns.url || Some(i) == columns.publisher {
            continue;
        }
        if Some(i) == columns.timestamp && published.is_some() {
            continue;
        }
        if let Some(value) = get(Some(i)) {
            extra.insert(name.to_lowercase(), Value::String(value.to_owned()));
        }
    }
    let article = RawArticle {
        source: source.to_owned(),
        url: get(columns.url).map(str::to_owned),
        outlet: get(columns.publisher).map(str::to_owned),
        title: title.to_owned(),
        published,
        extra,
        ..RawArticle::default()
    };
    Ok((article, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_maps_to_article_with_extras() {
        let columns =
            Columns::from_header("ID\tTITLE\tURL\tPUBLISHER\tCATEGORY\tSTORY\tHOSTNAME\tTIMESTAMP");
        let (a, w) = parse_row(
            &columns,
            "u.tsv:2",
            "line 2",
            "7\tRates held steady\thttp://www.ledger.example/a\tThe Ledger\tb\tabc123\twww.ledger.example\t1394471386119",
        )
        .unwrap();
        assert!(w.is_empty());
        assert_eq!(a.title, "Rates held steady");
        assert_eq!(a.outlet.as_deref(), Some("The Ledger"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2014-03-10T17:09:46+00:00"
        );
        assert_eq!(a.extra["story"], "abc123");
        assert_eq!(a.extra["category"], "b");
        assert_eq!(a.extra["id"], "7");
        assert_eq!(a.extra["hostname"], "www.ledger.example");
    }

    #[test]
    fn short_rows_and_empty_titles_are_refused() {
        let columns = Columns::standard();
        assert!(
            parse_row(&columns, "u", "line 3", "1\tonly two")
                .unwrap_err()
                .contains("expected 8")
        );
        assert!(
            parse_row(&columns, "u", "line 3", "1\t \tu\tp\tb\ts\th\t1")
                .unwrap_err()
                .contains("missing title")
        );
        let (a, w) = parse_row(&columns, "u", "line 4", "1\tT\tu\tp\tb\ts\th\tsoon").unwrap();
        assert_eq!(a.published, None);
        assert_eq!(a.extra["timestamp"], "soon");
        assert_eq!(w.len(), 1);
    }
}
