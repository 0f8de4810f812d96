//! Reading inputs for the commands: ingest's readers, then the normalization stage.

use stemmata_ingest::{Format, Input, ReadOptions, Record};
use stemmata_model::{Article, Diagnostic, Quarantined};

/// Everything read from a set of inputs.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub quarantined: Vec<Quarantined>,
    pub diagnostics: Vec<Diagnostic>,
    pub records: usize,
}

/// Reader options with every format the binary knows plugged in.
pub fn read_options(format: Format) -> ReadOptions {
    // [web readers] HTML, feeds and WARC are registered here.
    let mut options = ReadOptions::default().with_format(format);
    stemmata_web::readers::register(&mut options);
    options
}

pub fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

/// Reads, normalizes and collects. Bad records become diagnostics and quarantine entries.
pub fn load(inputs: Vec<Input>, format: Format) -> Loaded {
    let mut loaded = Loaded::default();
    for record in stemmata_ingest::read(&inputs, &read_options(format)) {
        loaded.records += 1;
        match record {
            Record::Article(raw) => loaded.articles.push(stemmata_text::finish(raw)),
            Record::Quarantine { item, diagnostic } => {
                loaded.quarantined.push(item);
                loaded.diagnostics.push(diagnostic);
            }
            Record::Diagnostic(d) => loaded.diagnostics.push(d),
        }
    }
    loaded
}

pub fn inputs_from_args(args: &[String]) -> Vec<Input> {
    args.iter().map(|a| Input::from_arg(a)).collect()
}
