//! One module per subcommand.
pub mod analyze;
pub mod demo;
pub mod eval;
pub mod eval_seeds;
