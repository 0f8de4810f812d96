//! Command-line access to the encoder, for comparing with the reference and measuring speed.
//!
//! Reads one text per stdin line (a JSON string, or plain text when the line is not one).
//!   embed ids                    one JSON list of piece ids per text
//!   embed vectors                one JSON list of 512 floats per text
//!   embed bench [THREADS] [TEXT_LIMIT_CHARS] [CACHED_PIECES]
//!                                load time, texts/s and tokens/s (optionally on truncated texts;
//!                                EMBED_EXACT=1 measures the f32 path)
//! The model comes from $STEMMATA_MODEL_DIR or ./models/usem3.

use std::io::{BufRead, Write};
use std::time::Instant;

use stemmata_embed::Encoder;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map(String::as_str).unwrap_or("vectors");
    let started = Instant::now();
    let encoder = Encoder::load(&Encoder::env_dir())?;
    let load_seconds = started.elapsed().as_secs_f64();
    let mut texts = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        texts.push(serde_json::from_str::<String>(&line).unwrap_or(line));
    }
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match mode {
        "ids" => {
            for text in &texts {
                writeln!(stdout, "{}", serde_json::to_string(&encoder.token_ids(text))?)?;
            }
        }
        "vectors" => {
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            for vector in encoder.embed(&refs) {
                writeln!(stdout, "{}", serde_json::to_string(&vector)?)?;
            }
        }
        "bench" => {
            let threads = args.get(1).and_then(|t| t.parse().ok()).unwrap_or(1);
            let limit = args.get(2).and_then(|t| t.parse::<usize>().ok());
            if let Some(limit) = limit {
                for text in &mut texts {
                    if let Some((cut, _)) = text.char_indices().nth(limit) {
                        text.truncate(cut);
                    }
                }
            }
            let cached = args.get(3).and_then(|t| t.parse().ok()).unwrap_or(stemmata_embed::DEFAULT_CACHED_PIECES);
            let exact = std::env::var_os("EMBED_EXACT").is_some();
            let encoder = encoder.with_threads(threads).with_cached_pieces(cached).with_reduced_precision(!exact);
            eprintln!("reduced precision: {}", encoder.reduced_precision());
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let tokenize_start = Instant::now();
            let tokens: usize = refs.iter().map(|t| encoder.token_ids(t).len()).sum();
            let tokenize_seconds = tokenize_start.elapsed().as_secs_f64();
            let start = Instant::now();
            let cpu_start = cpu_seconds();
            let vectors = encoder.embed(&refs);
            let seconds = start.elapsed().as_secs_f64();
            let cpu = cpu_seconds() - cpu_start;
            writeln!(
                stdout,
                "load {load_seconds:.3} s; {} texts, {tokens} tokens ({:.1} per text); threads {threads}; \
                 tokenize alone {:.0} texts/s; embed {seconds:.3} s = {:.0} texts/s, {:.0} tokens/s; \
                 cpu {cpu:.2} s = {:.0} texts per cpu-second, {:.0} tokens per cpu-second",
                vectors.len(),
                tokens as f64 / vectors.len().max(1) as f64,
                vectors.len() as f64 / tokenize_seconds,
                vectors.len() as f64 / seconds,
                tokens as f64 / seconds,
                vectors.len() as f64 / cpu,
                tokens as f64 / cpu,
            )?;
        }
        other => return Err(format!("unknown mode {other}; use ids, vectors or bench").into()),
    }
    Ok(())
}

/// User + system CPU time of this process (Linux /proc; 0 elsewhere). Wall time on a shared
/// machine says little; CPU time says what one core does.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let Some(rest) = stat.rsplit_once(')').map(|(_, rest)| rest) else { return 0.0 };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum());
    ticks / 100.0
}
