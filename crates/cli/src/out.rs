//! Standard output for every command. Results are written to [`stdout`] with `writeln!(out, …)?`
//! rather than `println!`, so a reader that stops early (`stemmata eval clustering FILE | head`)
//! turns into a `BrokenPipe` error that [`is_broken_pipe`] lets `main` end quietly with status 0,
//! where `println!` would panic. SIGPIPE stays ignored (Rust's default): restoring its default
//! action would kill the process silently and break `set -o pipefail` scripts.

use std::io::{ErrorKind, StdoutLock};

/// Locked, line-buffered stdout (what `println!` writes to), for `writeln!(out, …)?`.
pub fn stdout() -> StdoutLock<'static> {
    std::io::stdout().lock()
}

/// Whether a command failed only because its reader went away: not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>().and_then(|j| j.io_error_kind()) == Some(ErrorKind::BrokenPipe)
    })
}
