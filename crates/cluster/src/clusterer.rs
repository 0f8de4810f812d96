//! The online clusterer: one pass over a stream, a bounded set of live stories.
//!
//! Each arriving article is compared with the live stories that share its heaviest terms (an
//! inverted index over live stories keeps this to a few dozen comparisons however long the stream
//! is). It joins the best story whose score — centroid cosine blended with the cosine to the
//! closest recent member, discounted by the time since the story last grew — reaches the threshold,
//! or it founds a new story. Near-copies (MinHash over word shingles) join their original's story
//! outright. When an article joins a story that another live story also resembles, the two
//! centroids are compared and the stories merge if they agree; the older story keeps its id and
//! the merge is recorded. Stories that stop growing leave the window, which bounds memory.

use crate::features::{
    CapsTable, Featurizer, Features, Kind, is_calendar_word, skeleton, spelling_key, stem, stem_key, term_hash,
    term_hash_bytes, title_dates, title_numbers,
};
use crate::idmap::IdMap;
use crate::vector::{self, DocFreq, SparseColumns, SparseVec};
use crate::{Assignment, Config, Decision, Merge, Neighbour};
use stemmata_model::{Article, story_id_for};
use stemmata_text::minhash::MinHasher;
use std::collections::VecDeque;

const NO_SLOT: u32 = u32::MAX;

/// A live story holding a near copy: its slot, the estimated similarity, the copy's article id.
type NearCopy = (u32, f32, String);

/// A story in the window.
#[derive(Debug, Clone)]
struct Live {
    story: u32,
    /// Sum of the members' unit vectors, cut to the heaviest terms.
    centroid: SparseColumns,
    norm: f32,
    /// Sum of the members' embeddings, when embeddings are given.
    embedding: Option<Vec<f32>>,
    size: u32,
    /// Sum of the members' feature counts (their mean says how short the texts are).
    terms: u64,
    last_time: Option<i64>,
    last_seq: u64,
    recent: VecDeque<Member>,
    /// Figures in the members' titles (bounded).
    numbers: Vec<u32>,
    /// Calendar days named in the members' titles, `(month, day)` (bounded).
    dates: Vec<(u8, u8)>,
    /// Figure terms anywhere in the members (bounded, sorted).
    figures: Vec<u64>,
    /// Name terms of the founding article's title (sorted); see [`names_conflict`].
    title_names: Vec<u64>,
    /// Sum of the members' name-and-figure vectors: what survives translation.
    entities: SparseColumns,
    entities_norm: f32,
    /// Languages of the members, one bit each ([`Clusterer::language_bit`]).
    languages: u64,
    /// The outlet every member comes from ([`outlet_key`]), while they all come from one.
    outlet: Option<u64>,
}

#[derive(Debug, Clone)]
struct Member {
    article_id: String,
    seq: u64,
    vector: SparseVec,
    /// The people it is about, when it has a text ([`Facts::protagonists`]).
    protagonists: Option<Vec<Protagonist>>,
    /// Every term it mentions ([`Facts::mentions`]), when it has a text (the names of a headline
    /// are in the story's [`Live::entities`]; 256 bytes per member would be a fifth of the memory
    /// of a headline stream).
    mentions: Option<Box<Mentions>>,
}

#[derive(Debug, Clone)]
struct StoryInfo {
    id: String,
    parent: u32,
}

/// A near-copy candidate kept for a while: its signature and story.
#[derive(Debug, Clone)]
struct Fingerprint {
    signature: Vec<u64>,
    story: u32,
    article_id: String,
}

/// A candidate-index entry: a story (its index in `stories`), valid while the story holds a
/// slot. A story never returns to a slot once it has left one, so an entry made for the former
/// tenant of a reused slot is stale, not inherited; and four bytes an entry keep the lists that
/// every article scans small.
type Posting = u32;

/// Streaming story clusterer. Feed articles in publication order with [`Clusterer::push`];
/// equal timestamps should come in a fixed order (the batch [`crate::cluster`] sorts by id).
#[derive(Debug, Clone)]
pub struct Clusterer {
    cfg: Config,
    featurizer: Featurizer,
    df: DocFreq,
    caps: CapsTable,
    slots: Vec<Option<Live>>,
    free: Vec<u32>,
    postings: IdMap<Vec<Posting>>,
    stories: Vec<StoryInfo>,
    /// Each story's slot, or `NO_SLOT` once it has left the window or merged into another (a
    /// column of its own: the candidate search reads it for every posting).
    story_slots: Vec<u32>,
    merges: Vec<Merge>,
    seq: u64,
    now: Option<i64>,
    /// Scratch of the candidate search: a sum for each slot (zero between searches), and room
    /// for the slots summed.
    acc: Vec<f32>,
    touched: Vec<u32>,
    /// The article's similarity to each recent member of the stories scored closely in this
    /// push (`(slot, start, end)` into `member_sims`), reused as the assignment's evidence.
    member_sim_slots: Vec<(u32, usize, usize)>,
    member_sims: Vec<f32>,
    minhasher: MinHasher,
    bands: IdMap<Vec<u64>>,
    prints: VecDeque<Fingerprint>,
    prints_base: u64,
    /// Language codes in the order first seen; a language's bit is its position (languages
    /// after the 63rd share the last bit).
    language_codes: Vec<String>,
}

/// Statistics on the clusterer's state (for benchmarks and logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub articles: u64,
    pub stories: usize,
    pub live_stories: usize,
    pub merges: usize,
    pub vocabulary: usize,
}

impl Clusterer {
    pub fn new(cfg: Config) -> Self {
        let featurizer = Featurizer::new(cfg.features.clone());
        let df = DocFreq::new(cfg.vocabulary_cap);
        let caps = CapsTable::new(cfg.vocabulary_cap);
        Clusterer {
            minhasher: MinHasher::new(cfg.near_duplicate_bands, cfg.near_duplicate_rows),
            cfg,
            featurizer,
            df,
            caps,
            slots: Vec::new(),
            free: Vec::new(),
            postings: IdMap::default(),
            stories: Vec::new(),
            story_slots: Vec::new(),
            merges: Vec::new(),
            seq: 0,
            now: None,
            acc: Vec::new(),
            touched: Vec::new(),
            member_sim_slots: Vec::new(),
            member_sims: Vec::new(),
            bands: IdMap::default(),
            prints: VecDeque::new(),
            prints_base: 0,
            language_codes: Vec::new(),
        }
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    pub fn stats(&self) -> Stats {
        Stats {
            articles: self.seq,
            stories: self.stories.len(),
            live_stories: self.slots.iter().filter(|s| s.is_some()).count(),
            merges: self.merges.len(),
            vocabulary: self.df.terms(),
        }
    }

    /// Merges so far, in the order they happened.
    pub fn merges(&self) -> &[Merge] {
        &self.merges
    }

    /// The current id of a story that may since have been merged into another.
    pub fn resolve(&self, story_id: &str) -> String {
        match self.stories.iter().position(|s| s.id == story_id) {
            Some(i) => self.stories[self.root(i as u32) as usize].id.clone(),
            None => story_id.to_owned(),
        }
    }

    /// Final story id of every story ever founded, by founding order: `(founded as, now)`.
    pub fn redirects(&self) -> Vec<(String, String)> {
        (0..self.stories.len() as u32)
            .map(|i| (self.stories[i as usize].id.clone(), self.stories[self.root(i) as usize].id.clone()))
            .collect()
    }

    fn root(&self, mut s: u32) -> u32 {
        while self.stories[s as usize].parent != s {
            s = self.stories[s as usize].parent;
        }
        s
    }

    /// Put one article into a story.
    pub fn push(&mut self, article: &Article) -> Assignment {
        self.push_with_embedding(article, None)
    }

    /// Like [`Clusterer::push`], with the article's sentence embedding (unit length) as an
    /// extra signal when a model is available.
    pub fn push_with_embedding(&mut self, article: &Article, embedding: Option<&[f32]>) -> Assignment {
        self.seq += 1;
        let time = article.published.map(|p| p.unix);
        if let Some(t) = time {
            self.now = Some(self.now.map_or(t, |n| n.max(t)));
        }
        if self.seq.is_multiple_of(self.cfg.maintenance_every.max(1)) {
            self.maintain();
        }

        let (feats, observations) = self.featurize(article);
        self.caps.learn(&observations);
        self.df.observe(&feats.list);
        let vec = vector::weigh(&self.featurizer, &self.df, &feats.list);

        let facts = Facts::of(article, &feats, self.featurizer.config().stem_chars);
        // Exact and near copies first: they settle the question without a threshold.
        let (copy, signature) = self.near_copy(article, &facts, time);

        let entities = entity_vector(&vec, &feats);
        // The heaviest terms, plus the heaviest names and figures: across languages those are
        // the only terms a story and an article can share.
        // A full text has more rare words of its own than a headline has words: its heaviest
        // dozen may all be names its story never used (the people a follow-up quotes).
        let query_terms = if vec.len() >= self.cfg.short_text_terms { self.cfg.text_query_terms } else { self.cfg.query_terms };
        let mut query = vector::top_terms(&vec, query_terms);
        for e in vector::top_terms(&entities, query_terms / 2) {
            if !query.iter().any(|q| q.0 == e.0) {
                query.push(e);
            }
        }
        let language = article.language.as_deref().map(|l| self.language_bit(l));
        let outlet = outlet_key(article);
        let mut scored = self.score_candidates(&vec, &query, &facts, (&entities, language, outlet), embedding, time);
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));

        let threshold = self.cfg.threshold;
        let best = scored.first().copied();
        let copy_of = copy.as_ref().map(|c| Neighbour { article_id: c.2.clone(), similarity: c.1 });
        let (slot, decision, score) = match (copy, best) {
            (Some((slot, sim, _)), _) => (slot, Decision::NearDuplicate, sim),
            (None, Some((slot, s))) if s >= threshold => (slot, Decision::Joined, s),
            (None, b) => (self.found(article), Decision::Founded, b.map_or(0.0, |b| b.1)),
        };

        let evidence_slot = if decision == Decision::Founded { best.map(|b| b.0) } else { Some(slot) };
        let (mut closest, shared_terms) = match evidence_slot {
            Some(es) if self.cfg.explain => self.evidence(es, &vec, &feats),
            _ => (Vec::new(), Vec::new()),
        };
        if let Some(c) = copy_of {
            closest.retain(|n| n.article_id != c.article_id);
            closest.insert(0, c);
        }
        let meaning = evidence_slot
            .and_then(|es| self.slot_ref(es).embedding.as_deref())
            .zip(embedding)
            .map(|(story, article)| dense_cosine(article, story));

        self.add_entities(slot, &entities, language);
        self.add_member(slot, article, outlet, vec, &query, &facts, embedding, time);
        if let Some(sig) = signature {
            let story = self.slot_ref(slot).story;
            self.remember_print(sig, story, &article.id);
        }
        let slot = if decision != Decision::Founded { self.try_merges(slot, &scored) } else { slot };
        let slot = if decision != Decision::Founded { self.regroup(slot) } else { slot };
        let story = self.slot_ref(slot).story;
        Assignment {
            article_id: article.id.clone(),
            story_id: self.stories[story as usize].id.clone(),
            decision,
            score,
            threshold,
            closest,
            shared_terms,
            meaning,
        }
    }

    /// An article's features and capitalisation observations, read as its language writes
    /// capitals (German capitalises every noun).
    fn featurize(&self, article: &Article) -> (Features, Vec<(u64, bool)>) {
        self.featurizer.features_in(&article.title, &article.text, &self.caps, capitalises_nouns(article))
    }

    /// The vector the clusterer would give `article` with the document frequencies seen so far
    /// (without counting it); for pairwise scoring.
    pub fn represent(&self, article: &Article) -> SparseVec {
        let (feats, _) = self.featurize(article);
        vector::weigh(&self.featurizer, &self.df, &feats.list)
    }

    /// Learn from an article which words are names (capitalised mid-sentence), without counting
    /// or clustering it; for batches whose articles are all known in advance.
    pub fn learn_capitals(&mut self, article: &Article) {
        let (_, observations) = self.featurize(article);
        self.caps.learn(&observations);
    }

    /// Count an article's terms in the document frequencies without clustering it.
    pub fn observe(&mut self, article: &Article) {
        let (feats, observations) = self.featurize(article);
        self.caps.learn(&observations);
        self.df.observe(&feats.list);
    }

    /// The same-story score of two articles as the clusterer sees a one-article story and a
    /// newcomer: the cosine of their vectors (blended with embeddings when given), times the
    /// conflict and same-outlet multipliers.
    /// Comparable with [`Config::threshold`] exactly as the clusterer's own scores are (the
    /// newcomer's length sets its threshold).
    pub fn pair_score(&self, a: &Article, b: &Article, embeddings: Option<(&[f32], &[f32])>) -> f32 {
        let read = |x: &Article| {
            let (feats, _) = self.featurize(x);
            (
                vector::weigh(&self.featurizer, &self.df, &feats.list),
                Facts::of(x, &feats, self.featurizer.config().stem_chars),
            )
        };
        let ((va, fa), (vb, fb)) = (read(a), read(b));
        let lexical = vector::cosine(&va, &vb);
        let apart = a.language.is_some() && b.language.is_some() && a.language != b.language;
        let mut score = match embeddings {
            Some((ea, eb)) if apart => lexical.max(self.cross_lingual_meaning(dense_cosine(ea, eb))),
            Some((ea, eb)) => self.blend(lexical, Some(dense_cosine(ea, eb))),
            None => lexical,
        };
        let same_language = a.language.is_none() || b.language.is_none() || a.language == b.language;
        score *= self.conflict(fa.stated(), fb.stated(), same_language);
        score *= self.outlet_factor(outlet_key(a), outlet_key(b));
        let threshold = self.article_threshold(va.len().min(vb.len())).max(self.cfg.min_threshold);
        score / threshold * self.cfg.threshold
    }

    /// [`Config::same_outlet`] when an article comes from the outlet every member of a story
    /// (or the other article of a pair) comes from, else 1.
    fn outlet_factor(&self, article: Option<u64>, story: Option<u64>) -> f32 {
        if article.is_some() && article == story { self.cfg.same_outlet } else { 1.0 }
    }

    /// The score an embedding cosine gives an article and a story in languages apart.
    fn cross_lingual_meaning(&self, cosine: f32) -> f32 {
        let floor = self.cfg.cross_lingual_embedding_floor;
        self.cfg.cross_lingual_embedding_weight * ((cosine - floor) / (1.0 - floor)).clamp(0.0, 1.0)
    }

    fn blend(&self, lexical: f32, semantic: Option<f32>) -> f32 {
        match semantic {
            Some(s) => (1.0 - self.cfg.embedding_weight) * lexical + self.cfg.embedding_weight * self.meaning(s),
            None => lexical,
        }
    }

    /// An embedding cosine on the lexical scale: unrelated texts of one language sit near
    /// `embedding_floor` (0), paraphrases near 1.
    fn meaning(&self, cosine: f32) -> f32 {
        let floor = self.cfg.embedding_floor;
        ((cosine - floor) / (1.0 - floor)).clamp(0.0, 1.0)
    }

    /// The score multiplier for what an article's title and a story's titles (or another
    /// article's title) state: the figures and days they give, and (for two single reports in
    /// one language) the names ([`names_conflict`]).
    fn conflict(&self, a: Stated, b: Stated, same_language: bool) -> f32 {
        let x = self.cfg.names_conflict;
        let names = if same_language && names_conflict(&a, &b) { x } else { 1.0 };
        let names = if same_language && protagonists_conflict(&a, &b) { names * x } else { names };
        names * self.figures_conflict(a, b)
    }

    /// Different calendar days mark a recurring kind of event on another day (the weather of
    /// the 8th and of the 18th): `number_conflict`, and once more when the figures differ too.
    /// Other differing figures mark different events of one kind (the 11th and the 12th death)
    /// unless one text reports a figure of the other's title (the recoveries and the new cases
    /// of one daily report); a year in a text tells when, not what, and does not count as
    /// reporting.
    fn figures_conflict(&self, a: Stated, b: Stated) -> f32 {
        let x = self.cfg.number_conflict;
        let figures = numbers_conflict(a.numbers, b.numbers);
        if dates_conflict(a.dates, b.dates) {
            return if figures { x * x } else { x };
        }
        let reports = |text: &Stated, title: &Stated| {
            !text.figures.is_empty()
                && title.numbers.iter().any(|&n| {
                !(1900..=2100).contains(&n) && text.figures.binary_search(&number_term(n)).is_ok()
            })
        };
        if figures && !reports(&a, &b) && !reports(&b, &a) { x } else { 1.0 }
    }

    fn slot_ref(&self, slot: u32) -> &Live {
        self.slots[slot as usize].as_ref().expect("slot of a live story")
    }

    /// The join threshold for an article with `terms` features: short texts (headlines) share
    /// fewer words with anything, so their cosines run lower for the same evidence.
    fn article_threshold(&self, terms: usize) -> f32 {
        let full = self.cfg.short_text_terms.max(2) as f32;
        let factor = ((1.0 + terms as f32).ln() / (1.0 + full).ln()).clamp(self.cfg.short_text_floor, 1.0);
        self.cfg.threshold * factor
    }

    fn score_candidates(
        &mut self,
        vec: &SparseVec,
        query: &[(u64, f32)],
        facts: &Facts,
        (entities, language, outlet): (&SparseVec, Option<u64>, Option<u64>),
        embedding: Option<&[f32]>,
        time: Option<i64>,
    ) -> Vec<(u32, f32)> {
        // Built when a story in another language is scored.
        let mut entity_probe: Option<vector::Probe> = None;
        let base_threshold = self.article_threshold(vec.len());
        let headline = vec.len() < self.cfg.text_decay_terms;
        let decay_secs = if headline { self.cfg.decay_secs } else { self.cfg.text_decay_secs };
        let cands = self.candidates(query, self.cfg.max_candidates, None);

        // Centroid cosines first; the closest-member cosine only for the best few (it costs a
        // comparison per remembered member).
        let probe = vector::Probe::new(vec);
        // Every candidate's story and the start of its centroid are read before any is scored,
        // so that their misses overlap (see `candidates`).
        for &(slot, _) in &cands {
            if let Some(live) = self.slots[slot as usize].as_ref() {
                touch(live.centroid.terms().first());
            }
        }
        let mut first: Vec<(u32, f32)> = Vec::with_capacity(cands.len());
        for (slot, _) in cands {
            let Some(live) = self.slots[slot as usize].as_ref() else { continue };
            // An undated article may belong to any story still held (its date is unknown, not
            // today's): only the article-count bound applies to it.
            let open = if time.is_some() { self.in_window(live) } else { self.in_article_window(live) };
            if !open {
                continue;
            }
            first.push((slot, if live.norm > 0.0 { probe.dot_columns(&live.centroid) / live.norm } else { 0.0 }));
        }
        first.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        // Likewise the recent members of the stories compared member by member.
        for &(slot, _) in first.iter().take(self.cfg.link_candidates) {
            if let Some(live) = self.slots[slot as usize].as_ref() {
                live.recent.iter().for_each(|m| touch(m.vector.first()));
            }
        }
        let mut scored = Vec::with_capacity(first.len());
        self.member_sim_slots.clear();
        self.member_sims.clear();
        for (rank, (slot, centroid)) in first.into_iter().enumerate() {
            let Some(live) = self.slots[slot as usize].as_ref() else { continue };
            let link = if rank < self.cfg.link_candidates {
                let start = self.member_sims.len();
                self.member_sims.extend(live.recent.iter().map(|m| probe.dot(&m.vector)));
                self.member_sim_slots.push((slot, start, self.member_sims.len()));
                self.member_sims[start..].iter().copied().fold(0.0f32, f32::max)
            } else {
                centroid
            };
            let mut lexical = (1.0 - self.cfg.link_weight) * centroid + self.cfg.link_weight * link;
            let semantic = match (embedding, live.embedding.as_ref()) {
                (Some(e), Some(c)) => Some(dense_cosine(e, c)),
                _ => None,
            };
            let apart = language.is_some_and(|lang| languages_apart(live.languages, lang));
            // Across languages only names and figures can match: judge those on their own, and
            // the meaning (embeddings) on its own.
            if apart && live.entities_norm > 0.0 {
                let probe = entity_probe.get_or_insert_with(|| vector::Probe::new(entities));
                let names = probe.dot_columns(&live.entities) / live.entities_norm;
                lexical = lexical.max(self.cfg.cross_lingual_weight * names);
            }
            let mut score = if apart {
                lexical.max(semantic.map_or(0.0, |s| self.cross_lingual_meaning(s)))
            } else {
                self.blend(lexical, semantic)
            };
            let gap = match (time, live.last_time) {
                (Some(t), Some(last)) => Some((t - last).max(0) as f32),
                _ => None,
            };
            score *= (-gap.unwrap_or(0.0) / decay_secs).exp();
            // Only with both dates known: the meaning tells the event only within hours.
            if let (true, false, Some(gap), Some(s)) = (headline, apart, gap, semantic) {
                let w = self.cfg.headline_embedding_weight;
                let meaning = ((1.0 - w) * lexical + w * self.meaning(s)) * (-gap / self.cfg.headline_embedding_decay_secs).exp();
                score = score.max(meaning);
            }
            let same_language = language.is_none_or(|l| live.languages == 0 || live.languages == l);
            score *= self.conflict(facts.stated(), live.stated(), same_language);
            score *= self.outlet_factor(outlet, live.outlet);
            // Broad stories (many members) have diffuse centroids that true members score lower
            // against; judge the score relative to the story's threshold.
            let relief = 1.0 + self.cfg.size_relief * (live.size.max(1) as f32).ln();
            let threshold = (base_threshold / relief).max(self.cfg.min_threshold);
            scored.push((slot, score / threshold * self.cfg.threshold));
        }
        scored
    }

    /// The `k` live stories (slots) with the most weight of `terms` in the candidate index, best
    /// first ([`top_k`]), leaving out the slot `skip`. Each slot's weights are summed in the
    /// order of `terms`.
    fn candidates(&mut self, terms: &[(u64, f32)], k: usize, skip: Option<u32>) -> Vec<(u32, f32)> {
        if self.acc.len() < self.slots.len() {
            self.acc.resize(self.slots.len(), 0.0);
        }
        // Every term's list is found (and its first entry read) before any is summed: the misses
        // on the index and the lists then overlap, where term by term each would wait for the
        // sums of the term before.
        let lists: Vec<(&[Posting], f32)> =
            terms.iter().filter_map(|(t, w)| self.postings.get(t).map(|list| (list.as_slice(), *w))).collect();
        for (list, _) in &lists {
            touch(list.first());
        }
        // Room for every entry, so that a slot seen for the first time is noted without a branch.
        let entries = lists.iter().map(|(list, _)| list.len()).sum::<usize>();
        if self.touched.len() < entries {
            self.touched.resize(entries, 0);
        }
        let (acc, touched, story_slots) = (&mut self.acc[..], &mut self.touched[..], &self.story_slots[..]);
        let mut seen = 0;
        for (list, w) in lists {
            for &story in list {
                let slot = story_slots[story as usize];
                if slot == NO_SLOT {
                    continue;
                }
                let a = &mut acc[slot as usize];
                touched[seen] = slot;
                seen += usize::from(*a == 0.0);
                *a += w;
            }
        }
        // Each touched slot's sum is taken (and its cell reset for the next search) as it is read.
        let cands = touched[..seen].iter().map(|&s| (s, std::mem::take(&mut acc[s as usize])));
        top_k(cands.filter(|c| Some(c.0) != skip), k)
    }

    fn in_article_window(&self, live: &Live) -> bool {
        self.seq.saturating_sub(live.last_seq) <= self.cfg.window_articles
    }

    fn in_window(&self, live: &Live) -> bool {
        if !self.in_article_window(live) {
            return false;
        }
        match (self.now, live.last_time) {
            (Some(now), Some(last)) => now - last <= self.cfg.window_secs,
            _ => true,
        }
    }

    fn found(&mut self, article: &Article) -> u32 {
        let story = self.stories.len() as u32;
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slots.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        self.stories.push(StoryInfo { id: story_id_for(&article.id), parent: story });
        self.story_slots.push(slot);
        self.slots[slot as usize] = Some(Live {
            story,
            centroid: SparseColumns::default(),
            norm: 0.0,
            embedding: None,
            size: 0,
            terms: 0,
            last_time: None,
            last_seq: self.seq,
            recent: VecDeque::new(),
            numbers: Vec::new(),
            dates: Vec::new(),
            figures: Vec::new(),
            title_names: Vec::new(),
            entities: SparseColumns::default(),
            entities_norm: 0.0,
            languages: 0,
            outlet: None,
        });
        slot
    }

    #[allow(clippy::too_many_arguments)] // the parts of one article, computed once by the caller
    fn add_member(
        &mut self,
        slot: u32,
        article: &Article,
        outlet: Option<u64>,
        vec: SparseVec,
        query: &[(u64, f32)],
        facts: &Facts,
        embedding: Option<&[f32]>,
        time: Option<i64>,
    ) {
        let cfg = &self.cfg;
        let seq = self.seq;
        let live = self.slots[slot as usize].as_mut().expect("slot of a live story");
        live.centroid.add(&vec);
        if live.centroid.len() > cfg.centroid_terms * 2 {
            live.centroid.truncate(cfg.centroid_terms);
        }
        live.norm = live.centroid.norm();
        if let Some(e) = embedding {
            let sum = live.embedding.get_or_insert_with(|| vec![0.0; e.len()]);
            if sum.len() == e.len() {
                for (s, x) in sum.iter_mut().zip(e) {
                    *s += x;
                }
            }
        }
        live.outlet = if live.size == 0 || live.outlet == outlet { outlet } else { None };
        live.size += 1;
        live.terms += vec.len() as u64;
        if live.numbers.len() < 32 {
            live.numbers.extend_from_slice(&facts.numbers);
            live.numbers.sort_unstable();
            live.numbers.dedup();
        }
        if live.dates.len() < 16 {
            live.dates.extend_from_slice(&facts.dates);
            live.dates.sort_unstable();
            live.dates.dedup();
        }
        if live.figures.len() < 256 {
            live.figures.extend_from_slice(&facts.figures);
            live.figures.sort_unstable();
            live.figures.dedup();
        }
        if live.size == 1 {
            live.title_names = facts.title_names.clone();
        }
        live.last_time = match (live.last_time, time) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        live.last_seq = seq;
        let mut member_vec = vec;
        vector::truncate(&mut member_vec, cfg.member_terms);
        live.recent.push_back(Member {
            article_id: article.id.clone(),
            seq,
            vector: member_vec,
            protagonists: facts.protagonists.clone(),
            mentions: facts.protagonists.is_some().then(|| Box::new(facts.mentions.clone())),
        });
        while live.recent.len() > cfg.recent_members {
            live.recent.pop_front();
        }
        let posting: Posting = live.story;
        for (term, _) in query.iter() {
            let list = self.postings.entry(*term).or_default();
            if list.last() != Some(&posting) && !list.contains(&posting) {
                list.push(posting);
                if list.len() > cfg.posting_cap * 2 {
                    list.drain(..list.len() - cfg.posting_cap);
                }
            }
        }
    }

    fn add_entities(&mut self, slot: u32, entities: &SparseVec, language: Option<u64>) {
        let cap = self.cfg.centroid_terms;
        let live = self.slots[slot as usize].as_mut().expect("slot of a live story");
        live.entities.add(entities);
        if live.entities.len() > cap * 2 {
            live.entities.truncate(cap);
        }
        live.entities_norm = live.entities.norm();
        if let Some(l) = language {
            live.languages |= l;
        }
    }

    /// The bit standing for a language code in [`Live::languages`].
    fn language_bit(&mut self, code: &str) -> u64 {
        match self.language_codes.iter().position(|c| c == code) {
            Some(i) => 1 << i,
            None if self.language_codes.len() < 63 => {
                self.language_codes.push(code.to_owned());
                1 << (self.language_codes.len() - 1)
            }
            None => 1 << 63,
        }
    }

    /// Merge live stories that this article showed to be one: the story it joined and any other
    /// candidate that scored close to the threshold, if their centroids agree.
    fn try_merges(&mut self, slot: u32, scored: &[(u32, f32)]) -> u32 {
        let probe = self.cfg.threshold * self.cfg.merge_probe;
        let mut survivor = slot;
        for &(other, score) in scored.iter().take(self.cfg.merge_candidates) {
            if other == survivor || score < probe {
                continue;
            }
            let (Some(a), Some(b)) = (self.slots[survivor as usize].as_ref(), self.slots[other as usize].as_ref())
            else {
                continue;
            };
            // Stories in languages apart, both of which the article would have joined: it
            // bridges two reports of one event that share too few names to agree on their own.
            let bridged = score >= self.cfg.threshold && languages_apart(a.languages, b.languages);
            let Some(agreement) = self.agreement(a, b, self.cfg.merge_threshold).or(bridged.then_some(score.min(1.0)))
            else {
                continue;
            };
            // The story founded first keeps its id.
            let (keep, gone) = if a.story < b.story { (survivor, other) } else { (other, survivor) };
            self.merge_slots(keep, gone, agreement);
            survivor = keep;
        }
        survivor
    }

    /// The cosine of two stories' centroids, when it is high enough for them to be one story.
    fn agreement(&self, a: &Live, b: &Live, bar: f32) -> Option<f32> {
        let denom = a.norm * b.norm;
        let mut agreement = if denom > 0.0 { a.centroid.dot(&b.centroid) / denom } else { 0.0 };
        // Stories in different languages share only names and figures: judged on those, as an
        // article is judged against a story in other languages.
        let names_denom = a.entities_norm * b.entities_norm;
        if languages_apart(a.languages, b.languages) && names_denom > 0.0 {
            let names = a.entities.dot(&b.entities) / names_denom;
            agreement = agreement.max(self.cfg.cross_lingual_weight * names);
        }
        // Short texts (headlines) make sparse centroids whose cosines run low for the same
        // evidence: the merge bar falls with the members' length as the join threshold does.
        let mean_terms = |l: &Live| (l.terms / u64::from(l.size.max(1))) as usize;
        let factor = self.article_threshold(mean_terms(a).min(mean_terms(b))) / self.cfg.threshold;
        (agreement >= bar * factor).then_some(agreement)
    }

    /// When a story has grown (to 4, 8, 16... members), look for another live story whose
    /// centroid now agrees with it: evidence that arrived piecemeal can show two stories are one.
    fn regroup(&mut self, slot: u32) -> u32 {
        let size = self.slot_ref(slot).size;
        if size < self.cfg.regroup_min_size.max(2) || !size.is_power_of_two() {
            return slot;
        }
        let top = self.slot_ref(slot).centroid.top_terms(self.cfg.index_terms);
        // Candidates by the weight of the heaviest terms they share, as for an article.
        let cands = self.candidates(&top, self.cfg.merge_candidates, Some(slot));
        let mut best: Option<(u32, f32)> = None;
        for (other, _) in cands {
            let (Some(a), Some(b)) = (self.slots[slot as usize].as_ref(), self.slots[other as usize].as_ref()) else {
                continue;
            };
            if !self.in_window(b) {
                continue;
            }
            if let Some(agreement) = self.agreement(a, b, self.cfg.regroup_threshold)
                && best.is_none_or(|(_, x)| agreement > x)
            {
                best = Some((other, agreement));
            }
        }
        let Some((other, agreement)) = best else { return slot };
        let (a, b) = (self.slot_ref(slot).story, self.slot_ref(other).story);
        let (keep, gone) = if a < b { (slot, other) } else { (other, slot) };
        self.merge_slots(keep, gone, agreement);
        keep
    }

    fn merge_slots(&mut self, keep: u32, gone: u32, agreement: f32) {
        let Some(g) = self.slots[gone as usize].take() else { return };
        self.free.push(gone);
        let cfg = self.cfg.clone();
        let k = self.slots[keep as usize].as_mut().expect("slot of a live story");
        k.centroid.add(&g.centroid.iter().collect::<SparseVec>());
        k.centroid.truncate(cfg.centroid_terms);
        k.norm = k.centroid.norm();
        if let (Some(a), Some(b)) = (k.embedding.as_mut(), g.embedding.as_ref()) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        } else if k.embedding.is_none() {
            k.embedding = g.embedding.clone();
        }
        k.size += g.size;
        k.terms += g.terms;
        k.entities.add(&g.entities.iter().collect::<SparseVec>());
        k.entities.truncate(cfg.centroid_terms);
        k.entities_norm = k.entities.norm();
        k.languages |= g.languages;
        if k.outlet != g.outlet {
            k.outlet = None;
        }
        k.numbers.extend_from_slice(&g.numbers);
        k.numbers.sort_unstable();
        k.numbers.dedup();
        k.dates.extend_from_slice(&g.dates);
        k.dates.sort_unstable();
        k.dates.dedup();
        k.figures.extend_from_slice(&g.figures);
        k.figures.sort_unstable();
        k.figures.dedup();
        k.last_time = match (k.last_time, g.last_time) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        k.last_seq = k.last_seq.max(g.last_seq);
        let mut recent: Vec<Member> = k.recent.drain(..).chain(g.recent).collect();
        recent.sort_by_key(|m| m.seq);
        let skip = recent.len().saturating_sub(cfg.recent_members);
        k.recent = recent.into_iter().skip(skip).collect();
        let keep_story = k.story;
        let top = k.centroid.top_terms(cfg.index_terms);
        let posting: Posting = keep_story;
        for (term, _) in top {
            let list = self.postings.entry(term).or_default();
            if !list.contains(&posting) {
                list.push(posting);
            }
        }
        self.stories[g.story as usize].parent = keep_story;
        self.story_slots[g.story as usize] = NO_SLOT;
        self.story_slots[keep_story as usize] = keep;
        self.merges.push(Merge {
            from: self.stories[g.story as usize].id.clone(),
            into: self.stories[keep_story as usize].id.clone(),
            agreement,
            after_articles: self.seq,
        });
    }

    /// The closest recent members of a story and the terms the article shares with it.
    fn evidence(&self, slot: u32, vec: &SparseVec, feats: &Features) -> (Vec<Neighbour>, Vec<String>) {
        let Some(live) = self.slots[slot as usize].as_ref() else { return (Vec::new(), Vec::new()) };
        // Computed while scoring when this story was among the closest (the same sums in the
        // same order as `vector::dot`).
        let known = self.member_sim_slots.iter().find(|k| k.0 == slot).map(|&(_, a, b)| &self.member_sims[a..b]);
        let mut near: Vec<(f32, &Member)> = match known {
            Some(sims) => sims.iter().copied().zip(&live.recent).collect(),
            None => live.recent.iter().map(|m| (vector::dot(vec, &m.vector), m)).collect(),
        };
        near.retain(|n| n.0 > 0.0);
        near.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.article_id.cmp(&b.1.article_id)));
        near.truncate(3);
        let closest: Vec<Neighbour> =
            near.into_iter().map(|(similarity, m)| Neighbour { article_id: m.article_id.clone(), similarity }).collect();
        let mut shared: Vec<(f32, u64)> =
            live.centroid.shared_with(vec).map(|(i, weight)| (vec[i].1 * weight, vec[i].0)).collect();
        shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut terms: Vec<String> = Vec::new();
        for (_, term) in shared {
            if let Some(s) = feats.surface_of(term)
                && !terms.iter().any(|t| t == s)
            {
                terms.push(s.to_owned());
            }
            if terms.len() == 8 {
                break;
            }
        }
        (closest, terms)
    }

    /// A live story holding a near copy of `article`, and the article's signature to remember.
    /// A copy counts only while its story is open to the article (the time window, as for any
    /// join) and with the title conflicts applied: a text repeated with another day's or
    /// figure's title (a templated forecast, a daily count) is another report.
    fn near_copy(
        &self,
        article: &Article,
        facts: &Facts,
        time: Option<i64>,
    ) -> (Option<NearCopy>, Option<Vec<u64>>) {
        if self.cfg.near_duplicate <= 0.0 {
            return (None, None);
        }
        let cut = floor_char_boundary(&article.text, self.cfg.near_duplicate_chars);
        let body = &article.text[..cut];
        if stemmata_text::words(body).take(self.cfg.near_duplicate_min_words).count()
            < self.cfg.near_duplicate_min_words
        {
            return (None, None);
        }
        let shingles = stemmata_text::minhash::shingles(body, 3);
        let signature = self.minhasher.signature(&shingles);
        let mut best: Option<(u32, f32, &str)> = None;
        for key in self.minhasher.band_keys(&signature) {
            let Some(list) = self.bands.get(&key) else { continue };
            for &pos in list {
                let Some(print) = pos.checked_sub(self.prints_base).and_then(|i| self.prints.get(i as usize)) else {
                    continue;
                };
                let sim = MinHasher::similarity(&signature, &print.signature) as f32;
                if sim < self.cfg.near_duplicate {
                    continue;
                }
                let slot = self.story_slots[self.root(print.story) as usize];
                if slot == NO_SLOT {
                    continue;
                }
                let live = self.slot_ref(slot);
                let open = if time.is_some() { self.in_window(live) } else { self.in_article_window(live) };
                let sim = sim * self.conflict(facts.stated(), live.stated(), false);
                if !open || sim < self.cfg.near_duplicate {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((bs, bsim, _)) => sim > bsim || (sim == bsim && slot < bs),
                };
                if better {
                    best = Some((slot, sim, print.article_id.as_str()));
                }
            }
        }
        (best.map(|(s, sim, id)| (s, sim, id.to_owned())), Some(signature))
    }

    fn remember_print(&mut self, signature: Vec<u64>, story: u32, article_id: &str) {
        // Positions are absolute (prints_base + index) so evicting old prints never shifts them.
        let pos = self.prints_base + self.prints.len() as u64;
        for key in self.minhasher.band_keys(&signature) {
            self.bands.entry(key).or_default().push(pos);
        }
        self.prints.push_back(Fingerprint { signature, story, article_id: article_id.to_owned() });
        while self.prints.len() > self.cfg.near_duplicate_window {
            self.prints.pop_front();
            self.prints_base += 1;
        }
    }

    /// Drop stories that left the window and index entries that point nowhere.
    fn maintain(&mut self) {
        for i in 0..self.slots.len() {
            let expired = match self.slots[i].as_ref() {
                Some(live) => !self.in_window(live),
                None => false,
            };
            if expired && let Some(live) = self.slots[i].take() {
                self.story_slots[live.story as usize] = NO_SLOT;
                self.free.push(i as u32);
            }
        }
        // Freed slots are reused in a fixed order (lowest first) so runs are reproducible.
        self.free.sort_unstable_by(|a, b| b.cmp(a));
        self.free.dedup();
        let story_slots = &self.story_slots;
        self.postings.retain(|_, list| {
            list.retain(|&story| story_slots[story as usize] != NO_SLOT);
            !list.is_empty()
        });
        let base = self.prints_base;
        self.bands.retain(|_, list| {
            list.retain(|p| *p >= base);
            !list.is_empty()
        });
        self.postings.shrink_to_fit();
        self.bands.shrink_to_fit();
    }
}

/// The names, name skeletons and figures of an article's vector, at unit length.
/// Two language sets (bit sets), both known, with no language in common.
fn languages_apart(a: u64, b: u64) -> bool {
    a != 0 && b != 0 && a & b == 0
}

fn entity_vector(vec: &SparseVec, feats: &Features) -> SparseVec {
    // `vec` was weighed from `feats.list` term by term, so both are in the same order.
    let mut out: SparseVec = vec
        .iter()
        .zip(&feats.list)
        .filter(|(_, f)| matches!(f.kind, Kind::Name | Kind::Skeleton | Kind::Number))
        .map(|(e, _)| *e)
        .collect();
    vector::normalize(&mut out);
    out
}

/// The feature term of a figure, as the featurizer hashes its digits (without allocating).
fn number_term(n: u32) -> u64 {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    term_hash_bytes(Kind::Number, &buf[i..])
}

/// The outlet an article comes from, as a hash of its domain (or else its name), when known.
fn outlet_key(article: &Article) -> Option<u64> {
    let outlet = article.outlet.as_ref()?;
    let key = outlet.domain.as_deref().unwrap_or(&outlet.name).trim().to_lowercase();
    let key = key.strip_prefix("www.").unwrap_or(&key);
    (!key.is_empty()).then(|| xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}

/// German (and Luxembourgish) capitalise every noun.
fn capitalises_nouns(article: &Article) -> bool {
    matches!(article.language.as_deref(), Some("de" | "lb"))
}

/// What an article states that another can contradict.
#[derive(Debug, Clone, Default)]
struct Facts {
    /// Figures of the title ([`title_numbers`]).
    numbers: Vec<u32>,
    /// Calendar days of the title ([`title_dates`]).
    dates: Vec<(u8, u8)>,
    /// Figure terms of title and text (two digits or more), sorted as the features are.
    figures: Vec<u64>,
    /// Name terms of the title, sorted.
    title_names: Vec<u64>,
    /// Name and name-skeleton terms of title and text, sorted.
    names: Vec<u64>,
    /// For a report with a text (at least [`TEXT_WORDS`] words besides the title), the people
    /// it is about ([`RawFeature::is_protagonist`]); `None` for a headline or a brief, whose
    /// silence about someone says nothing.
    protagonists: Option<Vec<Protagonist>>,
    /// Every term of title and text, for a report with a text.
    mentions: Mentions,
}

/// Words of text (besides the title) from which a report's silence about someone counts.
const TEXT_WORDS: usize = 25;

/// A person a report is about: the name, word and skeleton terms of the surname, any of which
/// another report may mention (a sentence-initial `Obama` may be read as a word; `Путина` and
/// `Putin` meet in the skeleton).
type Protagonist = (u64, u64, u64);

impl Facts {
    fn of(article: &Article, feats: &Features, stem_chars: usize) -> Self {
        let title = article.title.as_str();
        let with_text = article.text.split_whitespace().nth(TEXT_WORDS - 1).is_some();
        let terms = |keep: &dyn Fn(&crate::features::RawFeature) -> bool| {
            feats.list.iter().filter(|f| keep(f)).map(|f| f.term).collect::<Vec<u64>>()
        };
        Facts {
            numbers: title_numbers(title),
            dates: title_dates(title),
            figures: terms(&|f| f.kind == Kind::Number),
            // Weekdays and months capitalised in a headline say when, not who.
            title_names: terms(&|f| f.kind == Kind::Name && f.in_title && !is_calendar_word(feats.surface(f))),
            names: terms(&|f| matches!(f.kind, Kind::Name | Kind::Skeleton)),
            protagonists: with_text.then(|| {
                feats
                    .list
                    .iter()
                    .filter(|f| f.is_protagonist() && !is_calendar_word(feats.surface(f)))
                    .map(|f| {
                        let surface = feats.surface(f);
                        let word = term_hash(Kind::Word, &stem_key(stem(&spelling_key(surface), stem_chars)));
                        let skeleton = skeleton(surface);
                        let skeleton = if skeleton.len() >= 2 { term_hash(Kind::Skeleton, &skeleton) } else { f.term };
                        (f.term, word, skeleton)
                    })
                    .collect()
            }),
            mentions: if with_text { Mentions::of(feats.list.iter().map(|f| f.term)) } else { Mentions::default() },
        }
    }

    fn stated(&self) -> Stated<'_> {
        Stated {
            numbers: &self.numbers,
            dates: &self.dates,
            figures: &self.figures,
            key_names: &self.title_names,
            names: Names(&self.names),
            single: true,
            cast: Cast::One(self.protagonists.as_deref(), &self.mentions),
        }
    }
}

/// The names an article or a story mentions (sorted).
#[derive(Debug, Clone, Copy)]
struct Names<'a>(&'a [u64]);

impl Names<'_> {
    fn contains(&self, term: u64) -> bool {
        self.0.binary_search(&term).is_ok()
    }
}

/// [`Facts`] of an article or a story, borrowed.
#[derive(Debug, Clone, Copy)]
struct Stated<'a> {
    numbers: &'a [u32],
    dates: &'a [(u8, u8)],
    figures: &'a [u64],
    /// The names the headline gives.
    key_names: &'a [u64],
    /// Every name mentioned.
    names: Names<'a>,
    /// One article (a story of one member).
    single: bool,
    /// Who the article, or each of the story's recent members, is about.
    cast: Cast<'a>,
}

/// The protagonists of one article, or the recent members of a story.
#[derive(Debug, Clone, Copy)]
enum Cast<'a> {
    One(Option<&'a [Protagonist]>, &'a Mentions),
    Members(&'a VecDeque<Member>),
}

impl Live {
    fn stated(&self) -> Stated<'_> {
        Stated {
            numbers: &self.numbers,
            dates: &self.dates,
            figures: &self.figures,
            key_names: &self.title_names,
            names: Names(self.entities.terms()),
            single: self.size == 1,
            cast: Cast::Members(&self.recent),
        }
    }
}

/// Two single reports whose headlines each name someone the other never mentions: the same
/// kind of event with other people, places or organisations.
fn names_conflict(a: &Stated, b: &Stated) -> bool {
    let strange = |x: &Stated, y: &Stated| {
        let unknown = x.key_names.iter().filter(|&&n| !y.names.contains(n)).count();
        unknown > 0 && unknown * 2 >= x.key_names.len()
    };
    a.single && b.single && strange(a, b) && strange(b, a)
}

/// Reports about other people: an article with a text that is about someone the other side
/// never mentions, while the other side is about someone the article never mentions. The other
/// side is another report with a text (a pair, or a story of one), or a story, whose people are
/// those that at least two and at least half of its recent members with a text are about (one
/// report's choice of whom to name in full is no consensus). Reports of one event name the
/// same protagonists; the same kind of event with other people (another boxer stopped by the
/// same champion, another coach fired by the same team) does not, though a later report may
/// look back on the earlier event and name its people.
fn protagonists_conflict(a: &Stated, b: &Stated) -> bool {
    let Cast::One(Some(own), mine) = a.cast else { return false };
    let Cast::Members(members) = b.cast else {
        // Two reports.
        let Cast::One(Some(theirs), yours) = b.cast else { return false };
        return own.iter().any(|p| !yours.contains(p)) && theirs.iter().any(|p| !mine.contains(p));
    };
    // A story: someone the article is about whom none of its recent members mentions ...
    let mentioned = |p: &Protagonist| {
        b.names.contains(p.0)
            || b.names.contains(p.2)
            || members.iter().any(|m| m.mentions.as_ref().is_some_and(|x| x.contains(p)))
    };
    if own.iter().all(mentioned) {
        return false;
    }
    // ... and someone the story is about whom the article never mentions.
    let casts: Vec<&[Protagonist]> = members.iter().filter_map(|m| m.protagonists.as_deref()).collect();
    if b.single {
        return casts.first().is_some_and(|theirs| theirs.iter().any(|p| !mine.contains(p)));
    }
    let mut all: Vec<Protagonist> = casts.iter().flat_map(|c| c.iter().copied()).collect();
    all.sort_unstable();
    all.chunk_by(|x, y| x == y).any(|run| run.len() >= 2 && run.len() * 2 >= casts.len() && !mine.contains(&run[0]))
}

/// The terms a report mentions, as a Bloom filter of 2048 bits (256 bytes, where its sorted
/// terms take about 2 KB): a false positive only makes a report seem to mention someone it does
/// not, which never makes two reports conflict.
#[derive(Debug, Clone, Default)]
struct Mentions([u64; 32]);

impl Mentions {
    fn of(terms: impl Iterator<Item = u64>) -> Self {
        let mut bits = [0u64; 32];
        for t in terms {
            for b in Self::bits(t) {
                bits[b / 64] |= 1 << (b % 64);
            }
        }
        Mentions(bits)
    }

    /// Three bit positions from the term, which is already a uniform hash.
    fn bits(term: u64) -> [usize; 3] {
        [(term & 2047) as usize, ((term >> 21) & 2047) as usize, ((term >> 42) & 2047) as usize]
    }

    fn has(&self, term: u64) -> bool {
        Self::bits(term).iter().all(|&b| self.0[b / 64] & (1 << (b % 64)) != 0)
    }

    fn contains(&self, p: &Protagonist) -> bool {
        self.has(p.0) || self.has(p.1) || self.has(p.2)
    }
}

/// Both titles state figures and share none.
fn numbers_conflict(a: &[u32], b: &[u32]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|n| b.binary_search(n).is_ok())
}

/// Both titles name calendar days and share none.
fn dates_conflict(a: &[(u8, u8)], b: &[(u8, u8)]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|d| b.binary_search(d).is_ok())
}

fn dense_cosine(a: &[f32], b: &[f32]) -> f32 {
    let (mut d, mut na, mut nb) = (0.0f32, 0.0f32, 0.0f32);
    for (x, y) in a.iter().zip(b) {
        d += x * y;
        na += x * x;
        nb += y * y;
    }
    if na > 0.0 && nb > 0.0 { d / (na.sqrt() * nb.sqrt()) } else { 0.0 }
}

fn floor_char_boundary(s: &str, max: usize) -> usize {
    if s.len() <= max {
        return s.len();
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Read a value only to bring its cache line in: done for each of several scattered places
/// before working through them one at a time, it makes their cache misses overlap.
fn touch<T: Copy>(value: Option<&T>) {
    std::hint::black_box(value.copied());
}

/// The `k` best candidates (highest weight, then lowest slot: a total order, so the result does
/// not depend on the input order), best first. Thousands of slots can share a common word and
/// only a handful are kept: one pass with a small sorted buffer, in which most candidates lose
/// to the worst kept one at the first comparison.
fn top_k(cands: impl Iterator<Item = (u32, f32)>, k: usize) -> Vec<(u32, f32)> {
    let order = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    let mut best: Vec<(u32, f32)> = Vec::with_capacity(k + 1);
    if k == 0 {
        return best;
    }
    for c in cands {
        if best.len() == k && best.last().is_some_and(|worst| order(&c, worst).is_ge()) {
            continue;
        }
        let at = best.partition_point(|b| order(b, &c).is_lt());
        best.insert(at, c);
        best.truncate(k);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FeatureConfig;

    fn facts(title: &str, text: &str) -> Facts {
        let cfg = FeatureConfig::default();
        let feats = Featurizer::new(cfg.clone()).features(title, text, &CapsTable::default());
        Facts::of(&article("x", title, text), &feats, cfg.stem_chars)
    }

    /// The conflict multiplier between two `(title, text)` articles, as a fresh clusterer sees it.
    fn conflict(a: (&str, &str), b: (&str, &str)) -> f32 {
        let (fa, fb) = (facts(a.0, a.1), facts(b.0, b.1));
        Clusterer::new(Config::default()).conflict(fa.stated(), fb.stated(), true)
    }

    fn article(id: &str, title: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            source: id.into(),
            url: None,
            outlet: None,
            title: title.into(),
            byline: None,
            published: None,
            language: Some("ru".into()),
            text: text.into(),
            sentences: Vec::new(),
            extra: Default::default(),
        }
    }

    /// A unit vector along `axis` tilted towards `other` so that the two share cosine `cos`.
    fn tilted(axis: usize, other: usize, cos: f32) -> Vec<f32> {
        let mut v = vec![0.0; 8];
        v[axis] = cos;
        v[other] = (1.0 - cos * cos).sqrt();
        v
    }

    #[test]
    fn across_languages_the_meaning_joins_reports_whose_words_cannot_match() {
        // The names are spelt apart (Zarichchia / Заречье, Dnister / Днестровские); the detour's
        // length, written alike, makes the story a candidate and is too little to join on.
        let mut en = article(
            "en",
            "Ferry to Zarichchia stops running",
            "The ferry between Zarichchia and Lisove stops in March, the operator Dnister Lines said: a 38 km detour.",
        );
        en.language = Some("en".into());
        let ru = article(
            "ru",
            "Паром в Заречье перестанет ходить",
            "Паром между Заречьем и Лисовым остановят в марте, сообщил перевозчик «Днестровские линии»: объезд 38 км.",
        );
        let base = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
        // Close in meaning (cosine 0.8): one story; not close (0.3): two; no embeddings: two.
        for (cos, same) in [(0.8, true), (0.3, false)] {
            let mut c = Clusterer::new(Config::default());
            let a = c.push_with_embedding(&en, Some(&base));
            let b = c.push_with_embedding(&ru, Some(&tilted(0, 1, cos)));
            assert_eq!(a.story_id == b.story_id, same, "cosine {cos}: {b:?}");
        }
        let mut c = Clusterer::new(Config::default());
        let (a, b) = (c.push(&en), c.push(&ru));
        assert_ne!(a.story_id, b.story_id);
        // In one language the words decide: the same embeddings do not join two Russian reports
        // that share no word.
        let other = article("ru2", "Мэр открыл новый мост", "Новый мост через реку открыт для машин, 38 пролетов.");
        let mut c = Clusterer::new(Config::default());
        let a = c.push_with_embedding(&ru, Some(&base));
        let b = c.push_with_embedding(&other, Some(&tilted(0, 1, 0.8)));
        assert_ne!(a.story_id, b.story_id);
    }

    #[test]
    fn a_headline_close_in_meaning_joins_within_hours_and_not_a_day_later_or_undated() {
        use stemmata_model::{DatePrecision, DateSource, Published};
        // Two headlines of one release that share one word: too little to join on by words.
        let headline = |id: &str, title: &str, unix: Option<i64>| Article {
            language: Some("en".into()),
            published: unix.map(|u| Published::new(u, 0, DatePrecision::Second, DateSource::Header)),
            ..article(id, title, "")
        };
        let t0 = 1_700_000_000;
        let base = [1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
        let cases = [
            // (second headline's delay, its embedding cosine with the first, one story?)
            (Some(1_800), 0.9, true),
            (Some(1_800), 0.2, false),
            (Some(2 * 86_400), 0.9, false),
            (None, 0.9, false),
        ];
        for (delay, cos, same) in cases {
            let mut c = Clusterer::new(Config::default());
            let a = c.push_with_embedding(&headline("a", "Kestrel Rail unveils Vienna sleeper timetable", Some(t0)), Some(&base));
            let second = headline("b", "Overnight carriages to Lviv: fares from 59 euros, says Kestrel", delay.map(|d| t0 + d));
            let b = c.push_with_embedding(&second, Some(&tilted(0, 1, cos)));
            assert_eq!(a.story_id == b.story_id, same, "delay {delay:?}, cosine {cos}: {b:?}");
            // The evidence keeps the cosine with the story it was decided against.
            assert!(b.meaning.is_some_and(|m| (m - cos).abs() < 1e-4), "{b:?}");
        }
        // Without embeddings the words alone do not join them.
        let mut c = Clusterer::new(Config::default());
        let a = c.push(&headline("a", "Kestrel Rail unveils Vienna sleeper timetable", Some(t0)));
        let b = c.push(&headline("b", "Overnight carriages to Lviv: fares from 59 euros, says Kestrel", Some(t0 + 1_800)));
        assert_ne!(a.story_id, b.story_id);
        assert_eq!(b.meaning, None);
    }

    #[test]
    fn a_report_that_two_stories_in_other_languages_would_each_take_joins_them() {
        let mut c = Clusterer::new(Config::default());
        let ru = article(
            "ru",
            "В Кременецке закрыли старый мост через Икву",
            "Мост в Кременецке закрыт для машин. Мэр Олег Сидоренко сказал, что ремонт займет 14 месяцев.",
        );
        let mut de = article(
            "de",
            "Alte Brücke gesperrt",
            "Die Stadt hat beim Fonds Dnister-Plus 380 000 Euro beantragt, sagte Vizebürgermeisterin \
             Halyna Koval. Die Brücke von 1962 trug zuletzt Lastwagen bis 40 Tonnen.",
        );
        let mut uk = article(
            "uk",
            "У Кременці закрили старий міст через Ікву",
            "Міст 1962 року у Кременці закрито. Мер Олег Сидоренко каже, що ремонт триватиме 14 \
             місяців. Місто просить у фонду Dnister-Plus 380 000 євро, повідомила Галина Коваль.",
        );
        de.language = Some("de".into());
        uk.language = Some("uk".into());
        let first = c.push(&ru);
        let second = c.push(&de);
        let third = c.push(&uk);
        assert_eq!(second.decision, Decision::Founded, "the German report shares nothing with the Russian");
        let story = |a: &Assignment| c.resolve(&a.story_id);
        assert_eq!(story(&first), story(&third));
        assert_eq!(c.merges().len(), 1);
        assert_eq!(story(&second), story(&third), "{second:?} / {third:?}");
    }

    #[test]
    fn number_terms_are_the_featurizer_terms_of_the_digits() {
        for n in [0u32, 7, 42, 1200, 4_294_967_295] {
            assert_eq!(number_term(n), term_hash(Kind::Number, &n.to_string()));
        }
    }

    #[test]
    fn another_calendar_day_counts_against_a_join_more_than_another_figure() {
        let x = Config::default().number_conflict;
        // Different days: a different figure, and a different day on top.
        assert_eq!(conflict(("Прогноз погоды на 8 ноября", ""), ("Прогноз погоды на 18 ноября", "")), x * x);
        assert_eq!(conflict(("Weather forecast for November 8", ""), ("Forecast for 16 Nov.", "")), x * x);
        // The same day number in another month is still another day.
        assert_eq!(conflict(("Прогноз погоды на 8 ноября", ""), ("Прогноз погоды на 8 декабря", "")), x);
        // Figures that differ without naming days; the same day with different counts.
        assert_eq!(conflict(("11 deaths in Voronezh", ""), ("12th death in Voronezh", "")), x);
        assert_eq!(conflict(("8. November: 12 neue Fälle", ""), ("12 neue Fälle am 8. November", "")), 1.0);
        assert_eq!(conflict(("Прогноз погоды на 8 ноября", ""), ("Погода на выходные", "")), 1.0);
    }

    #[test]
    fn different_headline_figures_agree_when_a_text_reports_the_other_title_figure() {
        let x = Config::default().number_conflict;
        let recovered = "В Татарстане за сутки излечились 65 человек";
        let cases = "84 новых случая зафиксировано в Татарстане";
        // The recoveries and the new cases of one daily report.
        assert_eq!(conflict((recovered, "Выявлено 84 новых случая."), (cases, "За сутки выявлено 84 случая.")), 1.0);
        assert_eq!(conflict((cases, "За сутки выявлено 84 случая."), (recovered, "Выявлено 84 новых случая.")), 1.0);
        // Neither text reports the other's figure.
        assert_eq!(conflict((recovered, "Выписаны 65 человек."), (cases, "За сутки выявлено 84 случая.")), x);
        // A year in the text says when, not what.
        assert_eq!(conflict(("Budget 2020 passed", "As in 2019, the vote was close."), ("Budget 2019 passed", "")), x);
        // Another day is not explained away by a text that mentions it.
        assert_eq!(
            conflict(("Прогноз погоды на 8 ноября", "Ночью до минус 16."), ("Прогноз погоды на 16 ноября", "")),
            x * x
        );
    }

    #[test]
    fn forecasts_for_different_days_are_apart_in_the_stream_and_in_pairs_alike() {
        let a = article(
            "a",
            "Прогноз погоды на 8 ноября",
            "По информации Амурского ЦГМС, в пятницу, 8 ноября, ночью в отдельных западных районах Амурской \
             области ожидается слабый снег. Ветер северо-западный умеренный. Температура на севере области \
             от минус 16 до минус 21 градуса.",
        );
        let b = article(
            "b",
            "Прогноз погоды на 18 ноября",
            "По информации Амурского ЦГМС, в понедельник, 18 ноября, по области ночью будет облачно с \
             прояснениями, пройдет снег. Ветер северный, северо-восточный, местами с порывами до 15 метров \
             в секунду. Температура на севере области от минус 22 до минус 27 градусов.",
        );
        // Another outlet's forecast for the 8th.
        let c = article(
            "c",
            "Погода на 8 ноября в Амурской области",
            "Амурский ЦГМС: в пятницу, 8 ноября, в западных районах области слабый снег, ветер \
             северо-западный, на севере области до минус 21 градуса.",
        );
        let cfg = Config::default();
        let mut pairs = Clusterer::new(cfg.clone());
        for x in [&a, &b, &c] {
            pairs.observe(x);
        }
        // The two days' forecasts score about 0.21 (0.36 without the extra date multiplier, which
        // would join them); the two forecasts for the 8th well above the threshold.
        assert!(pairs.pair_score(&a, &b, None) < cfg.threshold);
        assert!(pairs.pair_score(&a, &c, None) >= cfg.threshold);
        let mut stream = Clusterer::new(cfg);
        let (sa, sb, sc) = (stream.push(&a), stream.push(&b), stream.push(&c));
        assert_ne!(sa.story_id, sb.story_id);
        assert_eq!(sa.story_id, sc.story_id);
    }

    #[test]
    fn single_reports_naming_other_people_in_their_headlines_conflict() {
        let x = Config::default().names_conflict;
        let brenn = ("Mayor Alda Brenn opens the bridge in Ostwick", "The mayor, Alda Brenn, opened the bridge in Ostwick.");
        let salo = ("Governor Piet Salo visits the bridge in Ostwick", "Governor Piet Salo toured the bridge in Ostwick.");
        assert_eq!(conflict(brenn, salo), x);
        // The other report names the mayor somewhere: one story.
        let ribbon = ("Ostwick gets its new bridge", "Mayor Alda Brenn cut the ribbon in Ostwick.");
        assert_eq!(conflict(brenn, ribbon), 1.0);
        // A weekday in a headline is no name.
        let arrest = (
            "Police in Ostwick arrest a suspect on Friday",
            "Officers in the town of Ostwick arrested a man after the robbery at the old post office.",
        );
        let held = (
            "Suspect Jon Marl is held after the robbery in Ostwick",
            "The police in the town of Ostwick said they arrested Jon Marl after the robbery at the post office.",
        );
        assert_eq!(conflict(arrest, held), 1.0);
        // Across languages names are spelt apart: the rule does not apply.
        let (fa, fb) = (facts(brenn.0, brenn.1), facts(salo.0, salo.1));
        assert_eq!(Clusterer::new(Config::default()).conflict(fa.stated(), fb.stated(), false), 1.0);
    }

    const RAHMAN: (&str, &str) = (
        "Klitschko keeps his heavyweight titles",
        "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim on Saturday night. \
         Rahman, a late substitute, barely threw a punch. Klitschko said he had expected more from \
         the former champion, who weighed in heavier than ever before.",
    );
    const THOMPSON: (&str, &str) = (
        "Klitschko keeps his heavyweight titles",
        "Wladimir Klitschko stopped Tony Thompson in the sixth round in Bern on Saturday night. \
         Thompson, the mandatory challenger, was cut early. Klitschko said the American had been a \
         tougher opponent in their first fight, which went eleven rounds.",
    );

    #[test]
    fn reports_with_texts_about_other_people_conflict() {
        let x = Config::default().names_conflict;
        assert_eq!(conflict(RAHMAN, THOMPSON), x);
        assert_eq!(conflict(THOMPSON, RAHMAN), x);
        // Another report of the same fight names the same people.
        let same = (
            "Rahman no match for Klitschko",
            "Hasim Rahman was no match for Wladimir Klitschko, who won in the seventh round in \
             Mannheim. Rahman had stepped in for the injured Tony Thompson. Klitschko now looks to \
             a unification bout next year, his promoter said on Sunday.",
        );
        assert_eq!(conflict(RAHMAN, same), 1.0);
        // A brief's silence about someone says nothing.
        assert_eq!(conflict(RAHMAN, ("Klitschko wins again", "Wladimir Klitschko won in Bern.")), 1.0);
    }

    #[test]
    fn a_report_about_someone_a_story_never_mentions_conflicts_with_the_people_the_story_is_about() {
        let x = Config::default().names_conflict;
        let mut c = Clusterer::new(Config::default());
        let second = (
            "Klitschko stops Thompson again",
            "Wladimir Klitschko beat Tony Thompson in Bern on Saturday night, stopping the American \
             in the sixth round. Thompson had lasted eleven rounds in their first fight. Klitschko \
             keeps his belts and said he wants a fight in London next.",
        );
        let a = c.push(&article("t1", THOMPSON.0, THOMPSON.1));
        let b = c.push(&article("t2", second.0, second.1));
        assert_eq!(c.resolve(&a.story_id), c.resolve(&b.story_id));
        let live = c.slots.iter().flatten().next().expect("one live story");
        assert_eq!(live.size, 2);
        let f = facts(RAHMAN.0, RAHMAN.1);
        assert_eq!(c.conflict(f.stated(), live.stated(), true), x);
        // A report that names the story's protagonist is not about someone else.
        let f = facts(
            "Klitschko keeps his heavyweight titles",
            "Wladimir Klitschko stopped Hasim Rahman in Mannheim on Saturday night. Rahman had \
             replaced the injured Tony Thompson a month ago. Klitschko said he would give Thompson \
             a fight next year if the American is fit again.",
        );
        assert_eq!(c.conflict(f.stated(), live.stated(), true), 1.0);
    }

    fn from_outlet(mut a: Article, domain: &str) -> Article {
        a.outlet = Some(stemmata_model::Outlet { name: domain.to_uppercase(), domain: Some(domain.into()) });
        a
    }

    #[test]
    fn a_second_report_from_the_same_outlet_needs_more_evidence() {
        let a = article(
            "a",
            "Фанаты «Локомотива» нарисовали граффити у арены",
            "Болельщики «Локомотива» нарисовали граффити в поддержку Семина у домашней арены клуба.",
        );
        let b = article(
            "b",
            "Болельщики «Локомотива» устроили акцию у касс арены",
            "Фанаты «Локомотива» провели акцию у касс домашней арены клуба в поддержку Семина.",
        );
        let cfg = Config::default();
        let mut c = Clusterer::new(cfg.clone());
        for x in [&a, &b] {
            c.observe(x);
        }
        let apart = c.pair_score(&from_outlet(a.clone(), "sport.example"), &from_outlet(b.clone(), "news.example"), None);
        let together =
            c.pair_score(&from_outlet(a.clone(), "sport.example"), &from_outlet(b.clone(), "www.sport.example"), None);
        assert!(apart > cfg.threshold && together < apart, "{together} / {apart}");
        assert!((together - apart * cfg.same_outlet).abs() < 1e-6, "{together} / {apart}");
        // Unknown outlets are not one outlet.
        assert_eq!(c.pair_score(&a, &b, None), apart);

        // In the stream: a story carried by one outlet, then by two.
        let story = |c: &mut Clusterer, x: &Article| c.push(x).score;
        let mut one = Clusterer::new(cfg.clone());
        let mut other = Clusterer::new(cfg.clone());
        for c in [&mut one, &mut other] {
            for x in [&a, &b] {
                c.observe(x);
            }
        }
        story(&mut one, &from_outlet(a.clone(), "sport.example"));
        story(&mut other, &from_outlet(a.clone(), "sport.example"));
        let same = story(&mut one, &from_outlet(b.clone(), "sport.example"));
        let elsewhere = story(&mut other, &from_outlet(b.clone(), "news.example"));
        assert!(elsewhere > 0.0 && same < elsewhere, "{same} / {elsewhere}");
        assert!((same - elsewhere * cfg.same_outlet).abs() < 1e-6, "{same} / {elsewhere}");
    }

    #[test]
    fn a_story_carried_by_several_outlets_is_no_outlet_s_own() {
        let mut c = Clusterer::new(Config::default());
        let a = from_outlet(article("a", "Вулкан Шивелуч выбросил пепел", "Пепел поднялся на десять километров."), "one.example");
        let b = from_outlet(article("b", "Шивелуч выбросил пепел на десять километров", ""), "two.example");
        c.push(&a);
        c.push(&b);
        let outlets: Vec<Option<u64>> = c.slots.iter().flatten().map(|l| l.outlet).collect();
        assert_eq!(outlets, vec![None], "one story, no single outlet");
    }

    #[test]
    fn a_reused_slot_does_not_inherit_the_index_entries_of_its_former_story() {
        let cfg = Config { window_articles: 2, maintenance_every: 1, ..Config::default() };
        let mut c = Clusterer::new(cfg);
        let first = article("a", "Вулкан Шивелуч выбросил пепел на высоту десять километров", "");
        c.push(&first);
        for (i, title) in ["Цены на бензин снова выросли", "Футбольный клуб сменил тренера", "В метро открыли новую станцию"]
            .iter()
            .enumerate()
        {
            c.push(&article(&format!("x{i}"), title, ""));
        }
        // The volcano story left the window and its slot went to a later story.
        let slot = 0usize;
        assert!(c.slots[slot].as_ref().is_some_and(|l| l.story != 0));
        let volcano = vector::top_terms(&c.represent(&first), 8);
        let live_entries = volcano
            .iter()
            .filter_map(|(t, _)| c.postings.get(t))
            .flatten()
            .filter(|&&story| c.story_slots[story as usize] as usize == slot)
            .count();
        assert_eq!(live_entries, 0);
    }
}
