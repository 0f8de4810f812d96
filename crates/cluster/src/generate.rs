//! A generated article stream for benchmarks: many concurrent stories, each with its own names,
//! place, figures and topic words drawn from a shared vocabulary (so stories of one topic look
//! alike), arriving over simulated days. Deterministic for a seed; no outside data.

use stemmata_model::{Article, DatePrecision, DateSource, Outlet, Published};

/// SplitMix64: small, fast, good enough for generating test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "di", "po", "ga", "ri", "se", "tu", "ba", "el", "an", "or",
    "is", "ur", "ve", "zo", "ha", "ki",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables).map(|_| SYLLABLES[rng.below(SYLLABLES.len())]).collect()
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

struct GenStory {
    words: Vec<String>,
    names: Vec<String>,
    figure: u32,
    remaining: usize,
}

/// Generates `n` headline-style articles (title plus a one-sentence lead).
pub struct StreamGenerator {
    rng: Rng,
    topics: Vec<Vec<String>>,
    common: Vec<String>,
    live: Vec<GenStory>,
    produced: u64,
    start: i64,
    per_day: u64,
    leads: bool,
}

impl StreamGenerator {
    /// `per_day` articles per simulated day; about 30 stories are under way at any time per
    /// 1,000 articles a day.
    pub fn new(seed: u64, per_day: u64) -> Self {
        let mut rng = Rng::new(seed);
        let topics = (0..200).map(|_| (0..30).map(|_| word(&mut rng, 3)).collect()).collect();
        let common = (0..2000)
            .map(|_| {
                let n = 2 + rng.below(2);
                word(&mut rng, n)
            })
            .collect();
        StreamGenerator {
            rng,
            topics,
            common,
            live: Vec::new(),
            produced: 0,
            start: 1_767_225_600,
            per_day: per_day.max(1),
            leads: true,
        }
    }

    /// Headlines alone: the articles get no lead sentence.
    pub fn headlines_only(mut self) -> Self {
        self.leads = false;
        self
    }

    fn new_story(&mut self) -> GenStory {
        let rng = &mut self.rng;
        let topic = &self.topics[rng.below(self.topics.len())];
        let words = (0..6).map(|_| topic[rng.below(topic.len())].clone()).collect();
        let names = (0..3)
            .map(|_| {
                let n = 2 + rng.below(2);
                capitalise(&word(rng, n))
            })
            .collect();
        GenStory { words, names, figure: 10 + rng.below(990) as u32, remaining: 1 + rng.below(40) }
    }
}

impl Iterator for StreamGenerator {
    type Item = Article;

    fn next(&mut self) -> Option<Article> {
        let target_live = (self.per_day as usize / 30).max(8);
        while self.live.len() < target_live {
            let s = self.new_story();
            self.live.push(s);
        }
        let i = self.rng.below(self.live.len());
        let rng = &mut self.rng;
        let s = &mut self.live[i];
        let pick = |rng: &mut Rng, v: &[String], k: usize| -> Vec<String> {
            (0..k).map(|_| v[rng.below(v.len())].clone()).collect()
        };
        let mut title_words = pick(rng, &s.words, 3);
        title_words.insert(rng.below(title_words.len()), s.names[rng.below(s.names.len())].clone());
        title_words.push(pick(rng, &self.common, 1).remove(0));
        let mut title = capitalise(&title_words.join(" "));
        if rng.below(2) == 0 {
            title.push_str(&format!(" {}", s.figure));
        }
        let mut lead = pick(rng, &self.common, 6);
        lead.extend(pick(rng, &s.words, 3));
        lead.push(s.names[rng.below(s.names.len())].clone());
        let text = if self.leads { format!("{}.", capitalise(&lead.join(" "))) } else { String::new() };
        s.remaining -= 1;
        if s.remaining == 0 {
            self.live.swap_remove(i);
        }
        let unix = self.start + (self.produced * 86_400 / self.per_day) as i64;
        self.produced += 1;
        let outlet = Outlet { name: format!("outlet{}", self.rng.below(500)), domain: None };
        let id = Article::content_id(None, Some(&outlet), &title, &format!("{text}{}", self.produced));
        Some(Article {
            id,
            source: format!("generated:{}", self.produced),
            url: None,
            outlet: Some(outlet),
            title,
            byline: None,
            published: Some(Published::new(unix, 0, DatePrecision::Second, DateSource::Header)),
            language: Some("en".into()),
            text,
            sentences: Vec::new(),
            extra: Default::default(),
        })
    }
}

/// One benchmark checkpoint.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BenchPoint {
    pub articles: u64,
    /// Clustering throughput from the start (generation time excluded).
    pub articles_per_sec: f64,
    /// Throughput since the previous checkpoint: flat when per-article cost does not grow.
    pub recent_articles_per_sec: f64,
    pub live_stories: usize,
    pub stories: usize,
    pub peak_rss_mb: f64,
    /// A hash of every assignment and merge so far (story, decision, score, evidence): equal
    /// across builds exactly when they cluster the stream identically.
    pub outcome_hash: String,
}

/// Folds assignments and merges into one running hash (XXH3, each value seeded with the hash
/// so far, so order counts).
#[derive(Debug, Clone, Copy, Default)]
struct OutcomeHash(u64);

impl OutcomeHash {
    fn bytes(&mut self, b: &[u8]) {
        // The length first, so that ("ab", "c") and ("a", "bc") differ.
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(&(b.len() as u64).to_le_bytes(), self.0);
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(b, self.0);
    }

    fn assignment(&mut self, a: &crate::Assignment) {
        self.bytes(a.story_id.as_bytes());
        self.bytes(&[a.decision as u8]);
        self.bytes(&a.score.to_bits().to_le_bytes());
        for n in &a.closest {
            self.bytes(n.article_id.as_bytes());
            self.bytes(&n.similarity.to_bits().to_le_bytes());
        }
        for t in &a.shared_terms {
            self.bytes(t.as_bytes());
        }
    }

    fn merges(mut self, merges: &[crate::Merge]) -> u64 {
        for m in merges {
            self.bytes(m.from.as_bytes());
            self.bytes(m.into.as_bytes());
            self.bytes(&m.agreement.to_bits().to_le_bytes());
            self.bytes(&m.after_articles.to_le_bytes());
        }
        self.0
    }
}

/// Cluster `n` generated articles (headline and lead, or headlines alone; 100,000 a day) with
/// `cfg`, calling `report` at 100k, 500k, 1M, every further million, and at `n`. Assignments
/// are dropped as they come, as a streaming consumer would store them, so memory is the
/// clusterer's own; each is folded into [`BenchPoint::outcome_hash`] first (outside the timing).
pub fn bench(n: u64, headlines_only: bool, cfg: &crate::Config, mut report: impl FnMut(&BenchPoint)) {
    let mut clusterer = crate::Clusterer::new(cfg.clone());
    let generator = StreamGenerator::new(42, 100_000);
    let generator = if headlines_only { generator.headlines_only() } else { generator };
    let mut busy = std::time::Duration::ZERO;
    let (mut last_busy, mut last_n) = (std::time::Duration::ZERO, 0u64);
    let mut outcome = OutcomeHash::default();
    for (i, article) in generator.take(n as usize).enumerate() {
        let start = std::time::Instant::now();
        let assignment = clusterer.push(&article);
        busy += start.elapsed();
        outcome.assignment(&assignment);
        drop(assignment);
        let done = i as u64 + 1;
        let checkpoint = matches!(done, 100_000 | 500_000) || done.is_multiple_of(1_000_000) || done == n;
        if checkpoint {
            let stats = clusterer.stats();
            let interval = (busy - last_busy).as_secs_f64().max(1e-9);
            report(&BenchPoint {
                articles: done,
                articles_per_sec: done as f64 / busy.as_secs_f64().max(1e-9),
                recent_articles_per_sec: (done - last_n) as f64 / interval,
                live_stories: stats.live_stories,
                stories: stats.stories,
                peak_rss_mb: crate::eval::peak_rss_mb(),
                outcome_hash: format!("{:016x}", outcome.merges(clusterer.merges())),
            });
            last_busy = busy;
            last_n = done;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_dated_in_order() {
        let a: Vec<Article> = StreamGenerator::new(7, 10_000).take(50).collect();
        let b: Vec<Article> = StreamGenerator::new(7, 10_000).take(50).collect();
        assert_eq!(a, b);
        assert!(a.windows(2).all(|w| w[0].published.unwrap().unix <= w[1].published.unwrap().unix));
        assert!(a.iter().all(|x| !x.title.is_empty()));
        let h: Vec<Article> = StreamGenerator::new(7, 10_000).headlines_only().take(50).collect();
        assert!(h.iter().zip(&a).all(|(h, a)| h.title == a.title && h.text.is_empty() && !a.text.is_empty()));
    }
}
