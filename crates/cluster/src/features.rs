//! Turning an article into weighted lexical features.
//!
//! The representation is deliberately language-agnostic so one configuration serves every
//! language: words are folded (lowercase, no diacritics), Cyrillic is transliterated to Latin so
//! names written in Ukrainian or Russian meet their English spelling, and words are cut to a fixed
//! prefix, a crude stemmer that copes with rich inflection (`Зеленського`, `Зеленский`,
//! `Zelensky` all start `zelens`). Names additionally get a consonant skeleton (`Трамп` → `trmp`
//! = `Trump` → `trmp`, `Київ` → `kv` = `Kyiv`), numbers are kept whole, and the words a story is
//! about — names, places, figures, the headline — are weighted up.

use crate::idmap::IdMap;

/// What a feature is; each kind has its own weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Word,
    /// A capitalised word in running text (a name, place or organisation).
    Name,
    /// The consonant skeleton of a name, for spellings across scripts.
    Skeleton,
    /// A figure of two or more digits (years, counts, amounts).
    Number,
}

/// A feature before weighting: its hash, kind, accumulated term frequency and display form.
#[derive(Debug, Clone)]
pub struct RawFeature {
    pub term: u64,
    pub kind: Kind,
    pub tf: f32,
    /// Byte range of the display form in [`Features::arena`].
    surface: (u32, u32),
    /// Some occurrence is in the title.
    pub in_title: bool,
    /// Some occurrence in the title or the lead follows another capitalised word, where capitals
    /// mark names: a surname after a given name (`Peter Capaldi`, `Hasim Rahman`).
    pub after_name: bool,
    /// Some occurrence follows no capitalised word of its sentence: the surname used alone
    /// (`Capaldi said`), as a report refers again to the person it introduced.
    pub alone: bool,
}

impl RawFeature {
    /// A person the report is about: named in full in its title or lead and again on its own
    /// later. Parts of the names of places and organisations are rarely used alone
    /// (`Fifth Avenue`, `United Nations`, `Kraft Foods`).
    pub fn is_protagonist(&self) -> bool {
        self.kind == Kind::Name && self.after_name && self.alone
    }
}

/// An article's features, sorted by term, with the folded words they were made from.
#[derive(Debug, Clone, Default)]
pub struct Features {
    pub list: Vec<RawFeature>,
    /// The folded words, one after another (one allocation instead of one per word).
    arena: String,
}

impl Features {
    /// The folded word a feature was first seen as.
    pub fn surface(&self, f: &RawFeature) -> &str {
        self.arena.get(f.surface.0 as usize..f.surface.1 as usize).unwrap_or("")
    }

    /// The display form of a term, if the article has it.
    pub fn surface_of(&self, term: u64) -> Option<&str> {
        self.list.binary_search_by_key(&term, |f| f.term).ok().map(|k| self.surface(&self.list[k]))
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// Knobs of the representation (part of [`crate::Config`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeatureConfig {
    /// Characters kept of each word (a prefix stemmer); 0 keeps words whole.
    pub stem_chars: usize,
    /// How much one occurrence in the title counts against one in the body.
    pub title_weight: f32,
    /// Extra weight of the first `lead_words` words of the body.
    pub lead_weight: f32,
    pub lead_words: usize,
    /// Body words read at most (the lead carries the story; the tail adds noise and cost).
    pub body_words: usize,
    pub name_weight: f32,
    pub skeleton_weight: f32,
    pub number_weight: f32,
    /// The IDF is raised to this power: above 1 it sharpens the contrast between the rare terms
    /// that identify an event and the common ones of its topic (1.25 helps headline streams but
    /// weakens cross-lingual joins, which rest on a few names).
    pub idf_power: f32,
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            stem_chars: 6,
            title_weight: 3.0,
            lead_weight: 1.5,
            lead_words: 60,
            body_words: 400,
            name_weight: 2.5,
            skeleton_weight: 0.7,
            number_weight: 1.5,
            idf_power: 1.0,
        }
    }
}

/// How often each word was seen capitalised where capitals mean something (mid-sentence in text
/// that does not capitalise every word), learned online. It lets names be recognised where
/// capitals say nothing: in title-case headlines, at the start of a sentence, in German text.
#[derive(Debug, Clone, Default)]
pub struct CapsTable {
    counts: IdMap<(u32, u32)>,
    cap: usize,
}

impl CapsTable {
    pub fn new(cap: usize) -> Self {
        CapsTable { counts: IdMap::default(), cap: cap.max(1024) }
    }

    /// Learn from `(word hash, capitalised)` observations.
    pub fn learn(&mut self, observations: &[(u64, bool)]) {
        for &(w, caps) in observations {
            let e = self.counts.entry(w).or_insert((0, 0));
            e.1 += 1;
            if caps {
                e.0 += 1;
            }
        }
        if self.counts.len() > self.cap {
            self.counts.retain(|_, (_, total)| *total > 1);
        }
    }

    /// True when the word is mostly written with a capital where capitals are informative.
    pub fn is_name(&self, word: u64) -> bool {
        self.is_name_seen(word, 2)
    }

    /// [`CapsTable::is_name`] on at least `times` observations. German text, whose own capitals
    /// say nothing, takes a word seen capitalised once mid-sentence elsewhere as a name: what it
    /// shares with reports in other languages is mostly those names.
    pub fn is_name_seen(&self, word: u64, times: u32) -> bool {
        match self.counts.get(&word) {
            Some(&(caps, total)) => total >= times.max(1) && caps * 4 >= total * 3,
            None => false,
        }
    }
}

/// Extracts [`RawFeature`]s from titles and bodies.
#[derive(Debug, Clone)]
pub struct Featurizer {
    cfg: FeatureConfig,
    /// Hashes of the folded stopwords.
    stopwords: IdMap<()>,
}

/// One word as read from the text, before it becomes a feature.
struct Token {
    /// Byte range of the folded word in the arena.
    folded: (u32, u32),
    /// Byte range of what the stem is cut from: the folded word, or for a Cyrillic word the
    /// folded Snowball stem (`Тулы`, `Туле` → `tul`; `Путина` → `putin`).
    base: (u32, u32),
    /// XXH3 of `folded`.
    hash: u64,
    chars: usize,
    capitalised: bool,
    all_caps: bool,
    sentence_initial: bool,
    numeric: bool,
    in_title: bool,
    position: usize,
}

impl Featurizer {
    pub fn new(cfg: FeatureConfig) -> Self {
        let stopwords =
            STOPWORDS.iter().map(|w| (xxhash_rust::xxh3::xxh3_64(fold_translit(w).as_bytes()), ())).collect();
        Featurizer { cfg, stopwords }
    }

    pub fn config(&self) -> &FeatureConfig {
        &self.cfg
    }

    /// Features of an article given its title and body, sorted by term hash.
    pub fn features(&self, title: &str, body: &str, caps: &CapsTable) -> Features {
        self.features_and_observations(title, body, caps).0
    }

    /// Features, plus the capitalisation observations the text offers to a [`CapsTable`].
    pub fn features_and_observations(
        &self,
        title: &str,
        body: &str,
        caps: &CapsTable,
    ) -> (Features, Vec<(u64, bool)>) {
        self.features_in(title, body, caps, false)
    }

    /// [`Featurizer::features_and_observations`] for text in a language that capitalises every
    /// noun (German) when `nouns_capitalised`: its capitals then say nothing of names, which
    /// are only the words the [`CapsTable`] learned elsewhere (and all-caps acronyms), and it
    /// teaches the table nothing. Otherwise `Fluss`, `Leitungswasser` and `Katastrophenschutz`
    /// would be the names a German report is searched by, and `Zoriane` would not.
    /// The body is read up to the page furniture that may follow it ([`body_end`]).
    pub fn features_in(
        &self,
        title: &str,
        body: &str,
        caps: &CapsTable,
        nouns_capitalised: bool,
    ) -> (Features, Vec<(u64, bool)>) {
        let mut tokens = Vec::with_capacity(64);
        let mut arena = String::with_capacity(title.len() + body.len().min(self.cfg.body_words * 8));
        self.tokenize(title, true, usize::MAX, &mut tokens, &mut arena);
        self.tokenize(&body[..body_end(body)], false, self.cfg.body_words, &mut tokens, &mut arena);

        // Capitalisation only marks names when the text does not capitalise everything: headlines
        // in title case, German nouns and all-caps text would otherwise make every word a name.
        let names_from_caps = |in_title: bool| {
            let (mut caps, mut total) = (0usize, 0usize);
            for t in tokens.iter().filter(|t| t.in_title == in_title && !t.sentence_initial && !t.numeric) {
                total += 1;
                if t.capitalised {
                    caps += 1;
                }
            }
            total > 0 && (caps as f32) < 0.45 * total as f32
        };
        let body_caps = !nouns_capitalised && names_from_caps(false);
        let title_caps = !nouns_capitalised && names_from_caps(true);
        // Words seen capitalised mid-sentence in the body are names wherever they occur.
        let mut known_names: IdMap<()> = IdMap::default();
        if body_caps {
            for t in tokens.iter().filter(|t| !t.in_title && t.capitalised && !t.sentence_initial && !t.numeric) {
                known_names.insert(t.hash, ());
            }
        }

        // The skeleton of a word, for the table: German spells the names it shares with other
        // languages its own way (`Kremenezk`, `Kremenetsk`), and only their skeletons meet.
        let skeleton_key = |t: &Token, sk: &mut [u8; 5]| -> Option<u64> {
            let n = skeleton_into(&arena[t.folded.0 as usize..t.folded.1 as usize], false, sk);
            (n >= NAME_SKELETON_MIN).then(|| term_hash_bytes(Kind::Skeleton, &sk[..n]))
        };
        let mut sk = [0u8; 5];
        let mut observations = Vec::new();
        for t in &tokens {
            let informative = if t.in_title { title_caps } else { body_caps };
            if informative && !t.sentence_initial && !t.numeric && !t.all_caps {
                observations.push((t.hash, t.capitalised));
                if let Some(key) = skeleton_key(t, &mut sk) {
                    observations.push((key, t.capitalised));
                }
            }
        }

        // Every occurrence first; occurrences of one term are merged after a stable sort.
        let mut out: Vec<RawFeature> = Vec::with_capacity(tokens.len() * 2);
        let add = |out: &mut Vec<RawFeature>, term: u64, kind: Kind, (surface, in_title): ((u32, u32), bool), tf: f32| {
            out.push(RawFeature { term, kind, tf, surface, in_title, after_name: false, alone: false })
        };
        let mut previous: Option<&Token> = None;
        for t in &tokens {
            let prev = previous.replace(t).filter(|p| p.in_title == t.in_title && !t.sentence_initial);
            let folded = &arena[t.folded.0 as usize..t.folded.1 as usize];
            let base = if t.in_title {
                self.cfg.title_weight
            } else if t.position < self.cfg.lead_words {
                self.cfg.lead_weight
            } else {
                1.0
            };
            if t.numeric {
                if t.chars >= 2 {
                    add(&mut out, term_hash(Kind::Number, folded), Kind::Number, (t.folded, t.in_title), base);
                }
                continue;
            }
            if t.chars < 2 || self.stopwords.contains_key(&t.hash) {
                continue;
            }
            let caps_ok = if t.in_title { title_caps } else { body_caps };
            let is_name = t.all_caps
                || (t.capitalised && caps_ok && !t.sentence_initial)
                || known_names.contains_key(&t.hash)
                || (t.capitalised
                    && (!caps_ok || t.sentence_initial)
                    && caps.is_name_seen(t.hash, if nouns_capitalised { 1 } else { 2 }))
                // A German noun spelled like a name seen elsewhere is that name.
                || (nouns_capitalised
                    && t.capitalised
                    && skeleton_key(t, &mut sk).is_some_and(|key| caps.is_name_seen(key, 1)));
            let kind = if is_name { Kind::Name } else { Kind::Word };
            // A surname after a given name, in the title or the lead, where capitals mark names
            // (not in a title-case headline, where every word has one).
            let after_name = is_name
                && t.capitalised
                && caps_ok
                && t.chars >= 3
                && !t.all_caps
                && (t.in_title || t.position < self.cfg.lead_words)
                && prev.is_some_and(|p| {
                    p.capitalised && !p.all_caps && !p.numeric && p.chars >= 2 && !self.stopwords.contains_key(&p.hash)
                });
            let alone = is_name && !prev.is_some_and(|p| p.capitalised);
            // Names keep their letters: a Latin spelling keeps the nominative ending the Snowball
            // stem drops (`Sumy`, `Суми` → `сум`); their Cyrillic case forms meet in the skeleton.
            let cut_from = if is_name { folded } else { &arena[t.base.0 as usize..t.base.1 as usize] };
            let spelled = if is_name { name_spelling_key(cut_from) } else { spelling_key(cut_from) };
            let stem = stem_key(stem(&spelled, self.cfg.stem_chars));
            add(&mut out, term_hash(kind, &stem), kind, (t.folded, t.in_title), base);
            if let Some(f) = out.last_mut() {
                f.after_name = after_name;
                f.alone = alone;
            }
            // Names, and words capitalised only by position (which may still be names), get a
            // consonant skeleton so they can meet a spelling from another script.
            if t.capitalised || t.all_caps {
                let (min, weight) = if is_name { (2, base) } else { (3, base * 0.5) };
                for w_as_v in [false, true] {
                    if w_as_v && !folded.contains('w') {
                        break;
                    }
                    let n = skeleton_into(folded, w_as_v, &mut sk);
                    if n >= min {
                        add(&mut out, term_hash_bytes(Kind::Skeleton, &sk[..n]), Kind::Skeleton, (t.folded, t.in_title), weight);
                    }
                }
                // French leaves a final consonant unspoken, and other scripts leave it out:
                // `Saulmont` / `Сольмон`, `Duvignaud` / `Дювіньо`.
                if is_name
                    && folded.len() >= 6
                    && folded.ends_with(['t', 'd', 's', 'x'])
                    && folded[..folded.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u', 'n'])
                {
                    let n = skeleton_into(&folded[..folded.len() - 1], false, &mut sk);
                    if n >= 3 {
                        add(&mut out, term_hash_bytes(Kind::Skeleton, &sk[..n]), Kind::Skeleton, (t.folded, t.in_title), weight);
                    }
                }
            }
        }
        // Stable: the first occurrence gives the display form, and the term frequencies add up in
        // text order.
        out.sort_by_key(|f| f.term);
        out.dedup_by(|later, first| {
            if later.term != first.term {
                return false;
            }
            first.tf += later.tf;
            first.in_title |= later.in_title;
            first.after_name |= later.after_name;
            first.alone |= later.alone;
            // A word counts as a name if any of its occurrences is one.
            first.kind = first.kind.max(later.kind);
            true
        });
        (Features { list: out, arena }, observations)
    }

    /// The multiplier of a feature kind.
    pub fn kind_weight(&self, kind: Kind) -> f32 {
        match kind {
            Kind::Word => 1.0,
            Kind::Name => self.cfg.name_weight,
            Kind::Skeleton => self.cfg.skeleton_weight,
            Kind::Number => self.cfg.number_weight,
        }
    }

    fn tokenize(&self, text: &str, in_title: bool, limit: usize, out: &mut Vec<Token>, arena: &mut String) {
        let russian = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Russian);
        let mut position = 0usize;
        for (start, end) in stemmata_text::word_spans(text) {
            if position >= limit {
                break;
            }
            let word = &text[start..end];
            let sentence_initial = is_sentence_initial(&text[..start]);
            // Split compounds joined by hyphens (`28-point`, `al-Assad`) and drop possessives.
            for part in word.split(['-', '‐']) {
                let part = strip_possessive(part);
                if part.is_empty() {
                    continue;
                }
                let mut chars = part.chars();
                let first = chars.next().unwrap_or(' ');
                let capitalised = first.is_uppercase();
                let letters = part.chars().filter(|c| c.is_alphabetic()).count();
                let all_caps = letters >= 2 && part.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
                let numeric = part.chars().all(|c| c.is_ascii_digit());
                let start = arena.len();
                fold_translit_into(part, arena);
                if arena.len() == start {
                    continue;
                }
                let folded = &arena[start..];
                let hash = xxhash_rust::xxh3::xxh3_64(folded.as_bytes());
                let chars = folded.chars().count();
                let end = arena.len();
                // Russian and Ukrainian words inflect past a six-letter prefix (`Тулы`/`Туле`,
                // `новых`/`новые`): their stem is cut from the Snowball stem (Russian, which
                // strips most endings Ukrainian shares).
                let base = if stemmata_text::has_cyrillic(part) {
                    let stemmed = russian.stem(&part.to_lowercase()).into_owned();
                    fold_translit_into(&stemmed, arena);
                    if arena.len() > end { (end as u32, arena.len() as u32) } else { (start as u32, end as u32) }
                } else {
                    (start as u32, end as u32)
                };
                out.push(Token {
                    folded: (start as u32, end as u32),
                    base,
                    hash,
                    chars,
                    capitalised,
                    all_caps,
                    sentence_initial,
                    numeric,
                    in_title,
                    position,
                });
            }
            position += 1;
        }
    }
}

/// Headings of the page furniture that scraped article text often carries at its end: lists of
/// the outlet's other articles (`ALSO READ: <headline>`, `Читайте также`) and calls to follow
/// it (`Подписывайтесь на канал ...`). Written as pages write them, so that running text
/// (`read more about`) does not match.
const FURNITURE_HEADINGS: &[&str] = &[
    "ALSO READ", "Also read:", "ALSO WATCH", "ALSO LISTEN", "READ MORE:", "Read more:", "RELATED:", "Related:",
    "Читайте также", "ЧИТАЙТЕ ТАКЖЕ", "Смотрите также", "Читайте нас в", "Подписывайтесь на",
    "Читайте також", "ЧИТАЙТЕ ТАКОЖ", "Дивіться також", "Підписуйтесь на",
    "Lesen Sie auch", "Mehr zum Thema", "Lire aussi", "À lire aussi", "A lire aussi",
];

/// Where an article's own text ends: at the first heading of page furniture
/// ([`FURNITURE_HEADINGS`]) that follows a complete sentence, else at the end. What follows such
/// a heading is the outlet's, not the article's: headlines of its other reports and its
/// channels, which two unrelated reports of one outlet share (one may even list the other's
/// headline) and two reports of one event from different outlets do not.
pub fn body_end(body: &str) -> usize {
    // Searching costs a setup per heading: skip it for texts that cannot hold one (a headline's
    // empty body, a text without a sentence end to follow).
    if !body.contains(['.', '!', '?', '…']) {
        return body.len();
    }
    FURNITURE_HEADINGS
        .iter()
        .filter(|h| h.len() <= body.len())
        .filter_map(|h| body.find(h))
        .filter(|&at| body[..at].contains(['.', '!', '?', '…']))
        .min()
        .unwrap_or(body.len())
}

/// The figures in a title (`Forecast for 8 November` → `[8]`), sorted and unique. Two headlines
/// that give different figures for the same kind of event usually report different events.
pub fn title_numbers(title: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    if !title.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    for (start, end) in stemmata_text::word_spans(title) {
        for part in title[start..end].split(['-', '‐']) {
            let digits = part.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=9).contains(&digits)
                && let Ok(n) = part[..digits].parse()
            {
                out.push(n);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The calendar days a title names, as `(month, day)` (`Прогноз погоды на 8 ноября` → `[(11, 8)]`,
/// `Forecast for November 8` and `8. November` alike), sorted and unique. A day of the month next
/// to a month's name in English, German, French, Spanish, Italian, Russian or Ukrainian (genitive
/// or nominative, full or abbreviated). Headlines that name different days for the same kind of
/// event report different events (the weather of the 8th and of the 18th) — stronger evidence
/// than other differing figures, which may be two counts of one event.
pub fn title_dates(title: &str) -> Vec<(u8, u8)> {
    let mut out: Vec<(u8, u8)> = Vec::new();
    if !title.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    let words: Vec<&str> = stemmata_text::words(title).collect();
    // No day of the month, no date: the words need not be folded (most titles' figures are
    // years, counts and amounts).
    if !words.iter().any(|w| day_of(w).is_some()) {
        return out;
    }
    let mut folded = String::new();
    for (i, word) in words.iter().enumerate() {
        // The English modal and verb are not months ("Top 10 may rise", "5 march on").
        // Nor is a word with digits (the day itself), which need not be folded to tell.
        if matches!(*word, "may" | "march") || word.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        folded.clear();
        fold_translit_into(word, &mut folded);
        let Some(month) = month_of(&folded) else { continue };
        // The day before the month (`8 ноября`, `8. November`) or after it (`November 8`).
        let before = i.checked_sub(1).and_then(|j| day_of(words[j]));
        if let Some(day) = before.or_else(|| words.get(i + 1).and_then(|w| day_of(w))) {
            out.push((month, day));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A day of the month written as a word: one or two digits, optionally with an ordinal ending
/// (`8`, `8th`, `1er`, `8-го`).
fn day_of(word: &str) -> Option<u8> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 2 || word[digits..].chars().count() > 3 {
        return None;
    }
    let day: u8 = word[..digits].parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// The month a word names, given as [`fold_translit`] writes it (`y` as `i`).
fn month_of(folded: &str) -> Option<u8> {
    Some(match folded {
        "januari" | "jan" | "januar" | "janner" | "janvier" | "enero" | "gennaio" | "ianvaria" | "ianvar"
        | "sichnia" | "sichen" => 1,
        "februari" | "feb" | "februar" | "fevrier" | "febrero" | "febbraio" | "fevralia" | "fevral" | "liutogo"
        | "liutii" => 2,
        "march" | "mar" | "marz" | "mars" | "marzo" | "marta" | "mart" | "bereznia" | "berezen" => 3,
        "april" | "apr" | "avril" | "abril" | "aprile" | "aprelia" | "aprel" | "kvitnia" | "kviten" => 4,
        "mai" | "maio" | "maggio" | "maia" | "travnia" | "traven" => 5,
        "june" | "jun" | "juni" | "juin" | "junio" | "giugno" | "iiunia" | "iiun" | "chervnia" | "cherven" => 6,
        "juli" | "jul" | "juillet" | "julio" | "luglio" | "iiulia" | "iiul" | "lipnia" | "lipen" => 7,
        "august" | "aug" | "aout" | "agosto" | "avgusta" | "avgust" | "serpnia" | "serpen" => 8,
        "september" | "sep" | "sept" | "septembre" | "septiembre" | "settembre" | "sentiabria" | "sentiabr"
        | "veresnia" | "veresen" => 9,
        "october" | "oct" | "oktober" | "octobre" | "octubre" | "ottobre" | "oktiabria" | "oktiabr"
        | "zhovtnia" | "zhovten" => 10,
        "november" | "nov" | "novembre" | "noviembre" | "noiabria" | "noiabr" | "listopada" | "listopad" => 11,
        "december" | "dec" | "dezember" | "decembre" | "diciembre" | "dicembre" | "dekabria" | "dekabr"
        | "grudnia" | "gruden" => 12,
        _ => return None,
    })
}

/// A month or weekday name, given as [`fold_translit`] writes it.
pub fn is_calendar_word(folded: &str) -> bool {
    const WEEKDAYS: &[&str] = &[
        "mon", "mondai", "tue", "tues", "tuesdai", "wed", "wednesdai", "thu", "thurs", "thursdai", "fri",
        "fridai", "sat", "saturdai", "sun", "sundai", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica",
    ];
    month_of(folded).is_some() || WEEKDAYS.contains(&folded)
}

fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stripped) = word.strip_suffix(suffix) {
            return stripped;
        }
    }
    word
}

/// True when the word after `before` starts a sentence (or the text).
fn is_sentence_initial(before: &str) -> bool {
    for c in before.chars().rev() {
        match c {
            ' ' | '\t' | '"' | '“' | '”' | '«' | '„' | '(' | '\'' | '‘' | '—' | '–' => continue,
            '.' | '!' | '?' | ':' | '\n' | '…' => return true,
            _ => return false,
        }
    }
    true
}

/// Hash of a feature: its key, in the namespace of its kind (words and names share one, so the
/// same word matches whether or not it was recognised as a name).
pub fn term_hash(kind: Kind, key: &str) -> u64 {
    term_hash_bytes(kind, key.as_bytes())
}

/// [`term_hash`] of a key already in bytes (digits, a skeleton), without a UTF-8 check.
pub fn term_hash_bytes(kind: Kind, key: &[u8]) -> u64 {
    let namespace = match kind {
        Kind::Word | Kind::Name => 1,
        Kind::Skeleton => 2,
        Kind::Number => 3,
    };
    xxhash_rust::xxh3::xxh3_64_with_seed(key, namespace)
}

/// The first `n` characters of `word` (all of it when `n` is 0).
pub fn stem(word: &str, n: usize) -> &str {
    if n == 0 {
        return word;
    }
    match word.char_indices().nth(n) {
        Some((i, _)) => &word[..i],
        None => word,
    }
}

/// A stem as it is hashed: `w` read as `v`, which is how German writes `в` (`Poltawa`, `Полтава`).
/// Only here, not in the folded word: the consonant skeleton drops `w` so that an English `w`
/// spoken as a vowel still meets the Cyrillic spelling (`Powell`, `Пауэлл`).
pub fn stem_key(stem: &str) -> std::borrow::Cow<'_, str> {
    if stem.contains('w') { std::borrow::Cow::Owned(stem.replace('w', "v")) } else { std::borrow::Cow::Borrowed(stem) }
}

/// [`spelling_key`] of a name, with `h` read as `g` and `kh` as `h`: Ukrainian writes `г` as
/// `h` (`Hrytsai`, `Грицай`), Russian writes a foreign `h` as `г` (`Гамбург`) or `х`
/// (`Хальденау`, `Haldenau`).
pub fn name_spelling_key(word: &str) -> std::borrow::Cow<'_, str> {
    let word = spelling_key(word);
    if !word.contains('h') {
        return word;
    }
    std::borrow::Cow::Owned(word.replace("kh", "h").replace('h', "g"))
}

/// A word before its stem is cut, with German spellings of Cyrillic letters written as English
/// writes them: `sch` and `zh` as `sh` (`Bereschna`, `Berezhna`), `j` as `i` (`Kamjanka`,
/// `Kamianka`).
pub fn spelling_key(word: &str) -> std::borrow::Cow<'_, str> {
    // Byte windows rather than `str::contains`, whose substring search costs a setup per call.
    let has = |pat: &[u8]| word.as_bytes().windows(pat.len()).any(|w| w == pat);
    if !word.contains('j') && !has(b"sch") && !has(b"zh") {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(word.replace("tsch", "ch").replace("sch", "sh").replace("zh", "sh").replace('j', "i"))
}

/// Lowercase, no diacritics, apostrophes dropped, Cyrillic and Greek written in Latin letters,
/// and the letters transliterations disagree on made one: `y` is `i` (Ukrainian `и` is `y` in
/// `Melnyk`, Russian `и` is `i`; `я` is `ia` in `Zoriane`, `ya` elsewhere) and `x` is `ks`
/// (`Azotex`, `Азотекс`).
pub fn fold_translit(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 4);
    fold_translit_into(word, &mut out);
    out
}

/// [`fold_translit`], appending to `out`.
pub fn fold_translit_into(word: &str, out: &mut String) {
    let push = |out: &mut String, c: char| match c {
        'y' => out.push('i'),
        'x' => out.push_str("ks"),
        c => out.push(c),
    };
    if word.is_ascii() {
        // Byte by byte: the common case, and the hottest loop of tokenisation.
        for b in word.bytes().filter(u8::is_ascii_alphanumeric) {
            match b.to_ascii_lowercase() {
                b'y' => out.push('i'),
                b'x' => out.push_str("ks"),
                b => out.push(char::from(b)),
            }
        }
        return;
    }
    for c in stemmata_text::fold(word).chars() {
        if let Some(latin) = translit(c) {
            for l in latin.chars() {
                push(out, l);
            }
        } else if c.is_alphanumeric() {
            push(out, c);
        }
    }
}

/// Latin spelling of a lowercase Cyrillic or Greek letter (after diacritics are folded, so `й`
/// arrives as `и` and `ї` as `і`). Chosen to land near English press spellings.
fn translit(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'і' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        'ў' => "u",
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' | 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        '\'' | '’' | 'ʼ' => "",
        _ => return None,
    })
}

/// Skeleton letters a word needs before its skeleton alone can make it a name.
const NAME_SKELETON_MIN: usize = 4;

/// Consonant skeleton of a folded Latin word, at most five letters: vowels and the letters
/// transliterations disagree on (`j`, `g`/`h`, `w`) dropped, doubles collapsed, `c`/`k`/`q`
/// unified and `z` read as `s`, German `tsch` as `ch` and `sch` as `sh` (folding already wrote
/// `y` as `i` and `x` as `ks`), so `zelenskyy`/`zelenskiy`/`selenskyj` → `slnsk`; a `w` is
/// often a vowel (`Powell`, `Пауэлл`).
pub fn skeleton(folded: &str) -> String {
    let mut buf = [0u8; 5];
    let n = skeleton_into(folded, false, &mut buf);
    String::from_utf8_lossy(&buf[..n]).into_owned()
}

/// [`skeleton`] into a buffer, without allocating; returns its length (0 for non-Latin words).
fn skeleton_into(folded: &str, w_as_v: bool, out: &mut [u8; 5]) -> usize {
    let mut n = 0;
    let mut last = b' ';
    let bytes = folded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        i += 1;
        // German spellings of Cyrillic letters: `tsch` is `ч` (English `ch`), `sch` is `ш`/`ж`
        // (`sh`/`zh`), `z` is `ц` (`ts`) or `з` (`Selenskyj`, `Zelensky`).
        let c = if rest.starts_with(b"tsch") {
            i += 3;
            b'k'
        } else if rest.starts_with(b"sch") {
            i += 2;
            b's'
        } else if rest.starts_with(b"ts") {
            continue;
        } else {
            rest[0]
        };
        let c = match c {
            // `g`/`h` too: Ukrainian `г` is `h` in English spellings, Russian `г` is `g`.
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'j' | b'h' | b'g' => {
                last = b' ';
                continue;
            }
            // A `w` is `в` in German (`Charkiw`) but often a vowel in English (`Powell`,
            // `Пауэлл`): read as `v` or dropped, as the caller asks.
            b'w' if w_as_v => b'v',
            b'w' => {
                last = b' ';
                continue;
            }
            b'c' | b'q' | b'x' => b'k',
            b'z' => b's',
            c if c.is_ascii_lowercase() => c,
            _ => return 0,
        };
        if c != last {
            out[n] = c;
            n += 1;
            if n == out.len() {
                break;
            }
        }
        last = c;
    }
    n
}

/// Function words of the languages we meet most; a short list is enough because inverse
/// document frequency discounts the rest. Transliterated forms, folded like any word before use
/// (so none may fold onto another language's content word: Russian `была` would meet Ukrainian
/// `біла`, `я` the French `IA`).
const STOPWORDS: &[&str] = &[
    // English
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its",
    "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
    "your", "my", "him", "them", "us", "not", "no", "will", "would", "can", "could", "should", "may",
    "might", "about", "after", "before", "over", "into", "up", "out", "than", "then", "so", "if", "who",
    "what", "which", "when", "where", "how", "all", "also", "more", "new", "said", "says", "say", "just",
    "one", "two", "s", "t", "there", "here", "some", "any", "other", "very", "now", "while", "amid", "via",
    // German
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und",
    "oder", "aber", "im", "zu", "zum", "zur", "mit", "von", "vom", "fur", "auf", "aus", "bei", "nach",
    "ist", "sind", "war", "wurde", "wurden", "hat", "haben", "nicht", "sich", "auch", "es", "er", "sie",
    "wir", "ihr", "als", "wie", "dass", "bis", "am", "um", "uber", "noch", "nur", "so", "man", "wird",
    // French
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "en", "au", "aux", "dans", "sur",
    "par", "pour", "avec", "sans", "est", "sont", "etait", "ete", "ce", "cette", "ces", "il", "elle",
    "ils", "elles", "qui", "que", "qu", "ne", "pas", "plus", "se", "sa", "son", "ses", "leur", "l", "d",
    // Spanish / Italian
    "el", "los", "las", "y", "del", "con", "por", "para", "es", "lo", "il", "di", "che", "e", "per",
    // Russian / Ukrainian, transliterated
    "i", "v", "vo", "na", "s", "so", "k", "ko", "o", "ob", "ot", "po", "za", "iz", "do", "u", "ne",
    "chto", "kak", "eto", "on", "ona", "oni", "my", "vy", "no", "a", "zhe", "li", "by", "byl",
    "dlya", "pri", "pro", "ili", "ego", "ee", "ikh", "uzhe", "tak", "tolko",
    "takzhe", "ta", "ale", "tse", "yak", "shcho", "vid", "dlia", "pid", "yogo", "yiyi", "yikh", "buv",
    "bula", "bulo", "buli", "tezh", "takozh", "pislya", "cherez", "mizh", "nad", "pered",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(f: &Featurizer, title: &str, body: &str) -> Vec<(Kind, String)> {
        let feats = f.features(title, body, &CapsTable::default());
        let mut v: Vec<(Kind, String)> = feats.list.iter().map(|r| (r.kind, feats.surface(r).to_owned())).collect();
        v.sort();
        v
    }

    #[test]
    fn russian_case_forms_share_a_term() {
        let f = Featurizer::new(FeatureConfig::default());
        let term = |body: &str| {
            let feats = f.features("", body, &CapsTable::default());
            feats.list.iter().filter(|r| r.kind == Kind::Word).map(|r| r.term).collect::<Vec<u64>>()
        };
        assert_eq!(term("тарифы"), term("тарифов"));
        assert_eq!(term("новых"), term("новые"));
        assert_ne!(term("тарифы"), term("таблицы"));
    }

    #[test]
    fn cyrillic_names_meet_their_english_spelling() {
        assert_eq!(skeleton(&fold_translit("Зеленський")), skeleton(&fold_translit("Zelenskyy")));
        assert_eq!(skeleton(&fold_translit("Трамп")), skeleton(&fold_translit("Trump")));
        assert_eq!(skeleton(&fold_translit("Київ")), skeleton(&fold_translit("Kyiv")));
        assert_eq!(stem(&fold_translit("Зеленского"), 6), stem(&fold_translit("Zelensky"), 6));
        // Ukrainian press spellings (`и` as `y`, `я` as `ia`), `x` for `кс`, German `w` for `в`.
        for (a, b) in [("Мельник", "Melnyk"), ("Зоряне", "Zoriane"), ("Азотекс", "Azotex"), ("Полтава", "Poltawa")] {
            let (fa, fb) = (fold_translit(a), fold_translit(b));
            assert_eq!(stem_key(stem(&fa, 6)), stem_key(stem(&fb, 6)), "{a} / {b}");
        }
        // An English `w` spoken as a vowel still meets the Cyrillic spelling in the skeleton.
        assert_eq!(skeleton(&fold_translit("Powell")), skeleton(&fold_translit("Пауэлл")));
        assert_eq!(skeleton(&fold_translit("Snowden")), skeleton(&fold_translit("Сноуден")));
        // German spellings: `sch` for `ж`/`ш`, `tsch` for `ч`, `z` for `з` and `ц`.
        for (a, b) in [("Juschnohirsk", "Yuzhnohirsk"), ("Tscherkassy", "Cherkasy"), ("Selenskyj", "Zelensky")] {
            assert_eq!(skeleton(&fold_translit(a)), skeleton(&fold_translit(b)), "{a} / {b}");
        }
        assert_eq!(skeleton(&fold_translit("Zybulja")), skeleton(&fold_translit("Цибуля")));
        // ... and in the name itself, before its stem is cut.
        let f = Featurizer::new(FeatureConfig::default());
        let names = |title: &str| -> Vec<u64> {
            let feats = f.features(title, "", &CapsTable::default());
            feats.list.iter().filter(|x| x.kind == Kind::Name).map(|x| x.term).collect()
        };
        assert_eq!(names("flood in KAMJANKA-BERESCHNA"), names("flood in KAMIANKA-BEREZHNA"));
        assert_eq!(names("flood in KAMIANKA-BEREZHNA"), names("flood in КАМ'ЯНКА-БЕРЕЖНА"));
        // Ukrainian `г` is `h`; a foreign `h` is `х` or `г` in Russian.
        assert_eq!(names("minister HRYTSAI"), names("министр ГРИЦАЙ"));
        assert_eq!(names("town of HALDENAU"), names("город ХАЛЬДЕНАУ"));
        assert_eq!(names("Klinik in TSCHERNIHIW"), names("лікарня в ЧЕРНІГІВ"));
    }

    #[test]
    fn a_german_w_meets_the_v_of_other_spellings_in_a_second_skeleton() {
        let f = Featurizer::new(FeatureConfig::default());
        let caps = CapsTable::default();
        let skeletons = |title: &str| -> Vec<u64> {
            let feats = f.features(title, "", &caps);
            feats.list.iter().filter(|x| x.kind == Kind::Skeleton).map(|x| x.term).collect()
        };
        let german = skeletons("zug in NOWOHORIW");
        let english = skeletons("train in NOVOHORIV");
        assert!(english.iter().any(|t| german.contains(t)), "{german:?} / {english:?}");
        // Without a `w` there is one skeleton per name.
        assert_eq!((german.len(), english.len()), (2, 1));
    }

    #[test]
    fn a_silent_french_final_meets_a_spelling_without_it() {
        let f = Featurizer::new(FeatureConfig::default());
        let caps = CapsTable::default();
        let skeletons = |title: &str| -> Vec<u64> {
            let feats = f.features(title, "", &caps);
            feats.list.iter().filter(|x| x.kind == Kind::Skeleton).map(|x| x.term).collect()
        };
        let french = skeletons("cars banned in Vaulmont");
        let ukrainian = skeletons("автомобілі у Вольмоні");
        assert!(french.iter().any(|t| ukrainian.contains(t)), "{french:?} / {ukrainian:?}");
    }

    #[test]
    fn german_capitals_mark_nouns_not_names() {
        let f = Featurizer::new(FeatureConfig::default());
        let mut caps = CapsTable::new(1 << 16);
        for body in [
            "Tap water in Zoriane was cut off after the spill.",
            "The mayor of Zoriane said tankers come.",
            "The town braced for storm Ilka on Saturday.",
        ] {
            let (_, obs) = f.features_and_observations("", body, &caps);
            caps.learn(&obs);
        }
        let body = "Im Fluss bei Zoriane wurden tote Fische gefunden. Das Leitungswasser ist nicht trinkbar.";
        let (feats, obs) = f.features_in("Ammoniak im Fluss", body, &caps, true);
        assert!(obs.is_empty(), "German capitals teach nothing: {obs:?}");
        let kind = |w: &str| feats.list.iter().find(|r| feats.surface(r) == w && r.kind != Kind::Skeleton).map(|r| r.kind);
        assert_eq!(kind("fluss"), Some(Kind::Word));
        assert_eq!(kind("leitungswasser"), Some(Kind::Word));
        assert_eq!(kind("zoriane"), Some(Kind::Name), "a name learned from other text stays one");
        let (feats, _) = f.features_in("Sturm Ilka erreicht die Stadt", "", &caps, true);
        let ilka = feats.list.iter().find(|r| feats.surface(r) == "ilka" && r.kind != Kind::Skeleton);
        assert_eq!(ilka.map(|r| r.kind), Some(Kind::Name), "seen capitalised once elsewhere is enough in German");
        assert!(!caps.is_name(xxhash_rust::xxh3::xxh3_64(b"ilka")), "but not in text whose capitals speak");
        // The same text taken as capitalising only names makes the nouns names.
        let (feats, _) = f.features_in("Ammoniak im Fluss", body, &caps, false);
        assert!(feats.list.iter().any(|r| feats.surface(r) == "fluss" && r.kind == Kind::Name));
    }

    #[test]
    fn a_german_spelling_of_a_name_seen_elsewhere_is_a_name() {
        let f = Featurizer::new(FeatureConfig::default());
        let mut caps = CapsTable::new(1 << 16);
        for body in ["The river burst its banks near Kremenetsk on Sunday.", "Roads out of Kremenetsk were closed."] {
            let (_, obs) = f.features_and_observations("", body, &caps);
            caps.learn(&obs);
        }
        let (feats, _) = f.features_in("", "Hochwasser bei Kremenezk: Straßen gesperrt.", &caps, true);
        let kind = |w: &str| feats.list.iter().find(|r| feats.surface(r) == w && r.kind != Kind::Skeleton).map(|r| r.kind);
        assert_eq!(kind("kremenezk"), Some(Kind::Name));
        assert_eq!(kind("hochwasser"), Some(Kind::Word));
    }

    #[test]
    fn names_and_numbers_are_recognised_in_running_text() {
        let f = Featurizer::new(FeatureConfig::default());
        let t = terms(&f, "quake hits coast", "The strong quake hit Chile on Monday. Officials in Santiago counted 214 dead.");
        assert!(t.contains(&(Kind::Name, "santiago".into())), "{t:?}");
        assert!(t.contains(&(Kind::Name, "chile".into())), "{t:?}");
        assert!(t.contains(&(Kind::Number, "214".into())), "{t:?}");
        // Sentence-initial capitals are not names; stopwords are gone.
        assert!(t.contains(&(Kind::Word, "officials".into())), "{t:?}");
        assert!(!t.iter().any(|(_, s)| s == "the" || s == "on"), "{t:?}");
    }

    #[test]
    fn people_named_in_full_in_the_lead_and_again_alone_are_protagonists() {
        let f = Featurizer::new(FeatureConfig::default());
        let feats = f.features(
            "Champion keeps his titles",
            "Wladimir Klitschko stopped Hasim Rahman in a hall on Fifth Avenue in the seventh round. \
             Rahman, a late substitute, barely threw a punch. Klitschko said the crowd on Fifth \
             Avenue had seen a short night.",
            &CapsTable::default(),
        );
        let mut people: Vec<&str> =
            feats.list.iter().filter(|x| x.is_protagonist()).map(|x| feats.surface(x)).collect();
        people.sort_unstable();
        // A street's name is never used alone; a given name never follows another name.
        assert_eq!(people, ["klitschko", "rahman"]);
    }

    #[test]
    fn title_case_headlines_do_not_make_every_word_a_name() {
        let f = Featurizer::new(FeatureConfig::default());
        let t = terms(&f, "Stocks Fall Sharply As Oil Prices Surge", "");
        assert!(t.iter().all(|(k, _)| *k != Kind::Name), "{t:?}");
    }

    #[test]
    fn names_learned_from_running_text_are_recognised_in_title_case_headlines() {
        let f = Featurizer::new(FeatureConfig::default());
        let mut caps = CapsTable::new(1 << 16);
        for body in ["Shares of Nokia fell.", "Analysts expect Nokia to cut jobs.", "The fall in shares was sharp."] {
            let (_, obs) = f.features_and_observations("", body, &caps);
            caps.learn(&obs);
        }
        let t = terms_with(&f, "Nokia Shares Fall Again", &caps);
        assert!(t.contains(&(Kind::Name, "nokia".into())), "{t:?}");
        assert!(t.contains(&(Kind::Word, "shares".into())), "{t:?}");
    }

    fn terms_with(f: &Featurizer, title: &str, caps: &CapsTable) -> Vec<(Kind, String)> {
        let feats = f.features(title, "", caps);
        feats.list.iter().map(|r| (r.kind, feats.surface(r).to_owned())).collect()
    }

    #[test]
    fn page_furniture_after_the_text_is_not_read() {
        let body = "Two episodes in and we are hooked on the crime drama Trackers. ALSO READ: PODCAST | \
                    THE INTERVIEW: Rolanda Marais tells all about her new role";
        assert_eq!(&body[..body_end(body)], "Two episodes in and we are hooked on the crime drama Trackers. ");
        let ru = "Мэр открыл мост. Подписывайтесь на канал AllHockey в Яндекс.Дзене";
        assert_eq!(&ru[..body_end(ru)], "Мэр открыл мост. ");
        // Running text, and a heading before any sentence, are kept.
        for kept in ["You can read more about it later. Related talks stall.", "ALSO READ: the mayor opened the bridge."] {
            assert_eq!(body_end(kept), kept.len(), "{kept}");
        }
        let f = Featurizer::new(FeatureConfig::default());
        let t = terms(&f, "", body);
        assert!(t.iter().any(|(_, s)| s == "trackers"), "{t:?}");
        assert!(!t.iter().any(|(_, s)| s == "marais" || s == "podcast"), "{t:?}");
    }

    #[test]
    fn features_are_sorted_and_unique() {
        let f = Featurizer::new(FeatureConfig::default());
        let feats = f.features("Kyiv Kyiv", "Kyiv and Kyiv again, said Kyiv.", &CapsTable::default());
        assert!(feats.list.windows(2).all(|w| w[0].term < w[1].term));
    }

    #[test]
    fn title_dates_are_days_next_to_month_names_in_many_languages() {
        assert_eq!(title_dates("Прогноз погоды на 8 ноября"), vec![(11, 8)]);
        assert_eq!(title_dates("Прогноз погоди на 18 листопада"), vec![(11, 18)]);
        assert_eq!(title_dates("Forecast for November 16, 2019"), vec![(11, 16)]);
        assert_eq!(title_dates("Launch set for Nov. 8"), vec![(11, 8)]);
        assert_eq!(title_dates("Wetter am 8. November"), vec![(11, 8)]);
        assert_eq!(title_dates("Météo du 1er décembre"), vec![(12, 1)]);
        assert_eq!(title_dates("С 6 по 8-го мая почтальоны доставят поздравления"), vec![(5, 8)]);
        // Figures that are not days, and month names without a day.
        assert!(title_dates("Brent fell 8% in November").is_empty());
        assert!(title_dates("COVID-19 cases may rise in May 2020").is_empty());
        assert!(title_dates("Прогноз на 2020 год: 45 ноябрьских дней").is_empty());
        assert!(title_dates("Прогноз погоды на выходные").is_empty());
        assert!(title_dates("Top 10 may rise again").is_empty());
        assert_eq!(title_dates("Top 10 picks for May 8"), vec![(5, 8)]);
        assert_eq!(title_dates("Grève du 8 mai"), vec![(5, 8)]);
    }
}
