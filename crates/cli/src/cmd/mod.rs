//! One module per subcommand.
pub mod analyze;
pub mod demo;
pub mod eval;
pub mod eval_seeds;
pub mod export;
pub mod ingest;
pub mod quarantine;
pub mod search;
pub mod serve;
pub mod stories;
pub mod story;
pub mod quotes_eval;
pub mod paraphrase_eval;
pub mod fetch;
pub mod watch;
pub mod extraction_eval;
