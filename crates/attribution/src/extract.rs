//! Attribution extraction: find each cue in a sentence and the source it names.
//!
//! Rules over words, not a parser: news attribution is formulaic ("X said", "according to X",
//! "X reported, citing Y", "пише X"), and the rules work the same way for every language that has
//! a lexicon. The source is the noun phrase next to the cue: before a verb cue (its subject), or
//! after it when the order is inverted (`"...," said one source`) or the cue is a preposition.

use crate::agency;
use crate::lexicon::{self, CueKind, CueLexicon};
use serde::Serialize;
use stemmata_model::Span;
use stemmata_text::fold;

mod post;

/// What kind of thing a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Outlet,
    Agency,
    Person,
    Organization,
    Anonymous,
    Document,
    Unknown,
}

impl SourceKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            SourceKind::Outlet => "outlet",
            SourceKind::Agency => "agency",
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Document => "document",
            SourceKind::Unknown => "unknown",
        }
    }

    /// Outlets and agencies publish: an article citing one is relaying it.
    pub fn is_media(&self) -> bool {
        matches!(self, SourceKind::Outlet | SourceKind::Agency)
    }
}

/// The source an attribution names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Byte range in the text the attribution was found in.
    pub span: Span,
    /// The words as written ("the authors", "one well-placed source").
    pub text: String,
    /// The name it stands for: the outlet a back-reference points to, the agency's name, or `text`.
    pub name: String,
    pub kind: SourceKind,
    /// Registry id when the source is a news agency.
    pub agency: Option<&'static str>,
    /// The phrase refers back to an outlet named before ("the article says").
    pub back_reference: bool,
}

impl Source {
    /// A source whose words are its name, no agency and no back-reference.
    fn named(span: Span, name: String, kind: SourceKind) -> Source {
        Source { span, text: name.clone(), name, kind, agency: None, back_reference: false }
    }
}

/// One attribution: a cue and the source it names (if it names one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// True when found in the title (spans then index the title).
    pub in_title: bool,
    /// The sentence it was found in.
    pub sentence: Span,
    pub cue: Span,
    pub cue_text: String,
    #[serde(skip)]
    pub cue_kind: CueKindOrCredit,
    pub source: Option<Source>,
    /// Whom the source told it to ("told Reuters"): the outlet that did the reporting.
    pub recipient: Option<Source>,
}

impl Attribution {
    /// A cue found in running text (not a title) with the source it names, and no recipient.
    fn in_text(text: &str, sentence: Span, cue: Span, cue_kind: CueKindOrCredit, source: Option<Source>) -> Self {
        Attribution {
            in_title: false,
            sentence,
            cue,
            cue_text: text[cue.start..cue.end].to_string(),
            cue_kind,
            source,
            recipient: None,
        }
    }
}

/// A lexicon cue, or a wire/title credit found by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKindOrCredit {
    Cue(CueKind),
    /// "(Reuters)", "LONDRES, 27 (Havas).", a title suffix "– The Telegraph".
    Credit,
    /// A short lead-in ending in a colon that names who says what follows: "Lynch: No outside
    /// influence on FBI probe", "Зеленський: ...".
    Colon,
}

/// A word of the sentence with its byte span (absolute) and folded form.
#[derive(Debug)]
struct Word<'a> {
    start: usize,
    end: usize,
    raw: &'a str,
    folded: String,
}

fn is_capitalized(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        // A name written in camel case: "iStories", "eFinancial" (not "mRNA": one letter, then
        // capitals only).
        || w.chars().next().is_some_and(|c| c.is_lowercase())
            && chars.next().is_some_and(|c| c.is_uppercase())
            && w.chars().skip(2).any(|c| c.is_lowercase())
}

#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "which", "him", "her", "them", "us", "me",
    "він", "вона", "вони", "ми", "он", "она", "они", "мы", "er", "sie", "wir", "il", "elle", "ils", "elles", "nous",
    // Italian and Spanish subject pronouns after the verb ("Lo ha annunciato lei stessa").
    "lei", "lui", "loro", "ella", "ellos", "ellas",
    // Dutch ("Volgens hem gaat het om …", "vertelde hij").
    "hij", "zij", "hem",
    // Contracted with an auxiliary ("he's also praising", "they're looking").
    "he's", "she's", "they're", "we're", "you're", "i'm", "i've", "we've", "they've", "you've", "he'd",
    "she'd", "they'd", "we'd", "i'd", "he'll", "she'll", "they'll", "we'll", "i'll", "he’s", "she’s",
    "they’re", "we’re", "you’re", "i’m", "i’ve", "we’ve", "they’ve", "you’ve", "he’d", "she’d", "they’d",
    "we’d", "i’d", "he’ll", "she’ll", "they’ll", "we’ll", "i’ll",
];

/// Cue words that are as often nouns ("the states", "terrorist attacks", "his plans"): taken as
/// cues only with a pronoun or a name as subject, or a "that"-clause or quote after them.
#[rustfmt::skip]
const NOUN_LIKE_CUES: &[&str] = &[
    "states", "state", "attacks", "attack", "points", "point", "plans", "plan", "questions", "question",
    "reports", "report", "calls", "call", "shows", "show", "supports", "support", "orders", "order",
    "claims", "claim", "charges", "charge", "demands", "demand", "doubts", "doubt", "fears", "fear",
    "hopes", "hope", "estimates", "estimate", "records", "notes", "note", "signals", "signal", "contest",
    "hints", "worries", "worry", "thanks", "blames", "blame", "praise", "promises", "promise", "pledges",
    "found", "find", "finds", "see", "saw", "know", "knows", "want", "wants", "think", "feel", "felt",
    "appear", "appears", "appeared",
    "pledged", "showing", "stress", "vows",
];

/// Verbs that are cues only next to a quotation.
#[rustfmt::skip]
const QUOTE_ONLY_CUES: &[&str] = &["continued", "continues", "read", "reads"];

/// Verbs that report a stance only with a "that"-clause or a quotation.
#[rustfmt::skip]
const CLAUSE_ONLY_CUES: &[&str] = &["maintain", "maintains", "maintained", "maintaining"];

/// Plural and collective nouns that speak, find or show as subjects of verbs that are as often
/// nouns ("polls show", "voters see", "the analysis found").
#[rustfmt::skip]
const SPEAKING_NOUNS: &[&str] = &[
    "polls", "surveys", "studies", "reports", "results", "numbers", "filings", "findings", "analyses",
    "research", "video", "videos", "voters", "americans", "democrats", "republicans", "critics",
    "supporters", "experts", "analysts", "economists", "investors", "observers", "residents", "court",
    "justices", "campaign", "candidates", "leaders", "lawmakers", "groups", "activists", "advocates",
    "authors", "journalists", "reporters", "researchers", "scientists", "editors", "writers",
];

/// Nouns that make "show" a noun before it ("talk shows", "a TV show", "the game show").
#[rustfmt::skip]
const SHOW_MODIFIERS: &[&str] = &[
    "tv", "talk", "game", "news", "radio", "sunday", "morning", "late-night", "reality", "cooking",
    "road", "trade", "air", "horse", "car", "fashion", "comedy", "variety", "quiz", "cable", "network",
    "television", "evening", "night", "daytime", "interview", "political", "popular", "hit", "lost",
    "found", "lost-and-found", "strong", "weak", "poor", "best", "worst", "second", "third", "first",
];

/// Words skipped between a subject and its verb ("Trump also said", "has repeatedly warned").
#[rustfmt::skip]
const SKIP_BEFORE_VERB: &[&str] = &[
    "also", "has", "have", "had", "was", "were", "is", "are", "later", "previously", "then", "recently",
    "reportedly", "further", "earlier", "would", "will", "did", "does", "do", "been", "not", "never", "just",
    "first", "again", "repeatedly", "publicly", "privately", "once", "often", "always", "still", "already",
    "had", "could", "might", "may", "can", "should", "must", "even", "simply", "flatly", "only", "yet",
    "openly", "explicitly", "clearly", "specifically", "initially", "subsequently", "separately", "too",
    "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t", "never", "really", "actually", "truly",
    "таке", "також", "тоже", "также", "ранее", "раніше", "уже", "вже", "auch", "bereits", "aussi", "déjà",
    "übereinstimmend", "ubereinstimmend", "zuerst", "erstmals", "gestern", "heute", "ebenfalls", "zunächst",
];

/// Words that end a noun phrase when walking away from the cue.
#[rustfmt::skip]
const PHRASE_BREAK: &[&str] = &[
    "and", "but", "or", "though", "although", "because", "that", "while", "when", "if", "so", "than", "as",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "to",
    "not", "this", "what", "where", "why", "how", "there", "after", "before", "since", "until", "also",
    "whether", "do", "does", "did", "may", "might", "should", "must", "on", "at", "in", "into", "for",
    "about", "over", "under", "against", "during", "amid", "despite", "yet", "then", "now", "however",
    "і", "й", "та", "що", "але", "и", "что", "но", "а", "und", "dass", "aber", "et", "que", "mais",
    "з", "із", "зі", "у", "в", "на", "до", "про", "за", "від", "по", "со", "с", "о", "об", "от", "к", "для",
    "після", "после", "через", "під", "под", "ist", "sind", "hat", "wurde", "est",
    "як", "как", "коли", "когда", "щоб", "чтобы", "au", "aux", "che",
    // French: "a déclaré le maire dans un entretien …".
    "dans", "lors", "pendant", "avec", "selon",
    // The way a report came ("a través del Sistema …", "attraverso il sito"): no one's name.
    "attraverso", "tramite", "mediante", "atraves",
];

/// Romance articles, definite and indefinite, folded ("a" left out: it is also a preposition).
#[rustfmt::skip]
const ROMANCE_ARTICLES: &[&str] = &[
    "o", "os", "as", "la", "le", "les", "el", "los", "las", "il", "lo", "gli", "l'", "un", "una", "une", "um", "uma",
];

#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "two", "three", "several", "multiple", "some", "many", "his", "her", "their",
    "its", "our", "these", "those", "other", "another", "most", "few", "all", "both", "each", "any",
];

/// Words after which a cue word is a noun or gerund ("the report", "any reporting", "in reports").
#[rustfmt::skip]
const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "your", "my",
    "no", "any", "every", "more", "such", "new", "recent", "initial", "previous", "earlier", "further",
    "local", "media", "news", "press", "own", "latest", "original", "of", "in", "on", "for", "with", "from",
    "about", "after", "before", "without", "into", "than", "some", "many", "much", "whose",
];

/// Parts of cue phrases that name a publisher ("reported by", "as relayed by", "пише", "laut").
#[rustfmt::skip]
const PUBLISHING_STEMS: &[&str] = &[
    "report", "relay", "post on", "post by", "issue of", "edition of", "ausgabe", "publish", "via", "writ", "cited by", "quoted by", "передає", "передает", "пише",
    // Spanish, Italian, Portuguese: "informa", "publicó", "scrive", "riporta", "noticiou", "avança".
    "inform", "public", "pubblic", "scriv", "riport", "riferi", "notici", "avanç", "adelant", "recog", "rivel", "revel",
    "пишет", "повідомляє", "сообщает", "повідомило", "сообщило", "berichtet", "meldet", "laut", "rapport",
    "ecrit", "selon", "citing", "citant", "посиланням", "ссылкой", "посилаючись", "ссылаясь", "інформаціє",
    "информаци", "даними", "данным", "interview", "інтерв'ю", "интервью", "матеріал", "материал", "публікац",
    "публикац", "з'ясув", "выясни", "ефір", "эфир", "оприлюдн", "обнародов", "інформує", "информирует",
    // "Як стало відомо «X»", "как стало известно «X»": whom it became known to is a medium.
    "відомо", "известно",
    // "у коментарі «X»", "interrogé par X": the medium that asked.
    "коментар", "комментари", "interroge", "contacte", "joint par", "sollicite", "questionne",
];

/// Words that make a name a person's ("President Volodymyr Zelenskyy", "Press Secretary X").
/// Ukrainian and Russian relative pronouns, in their cases.
#[rustfmt::skip]
const SLAVIC_RELATIVES: &[&str] = &[
    "який", "яка", "яке", "які", "якого", "якої", "яких", "якому", "якій", "яким", "якими", "котрий", "котра",
    "который", "которая", "которое", "которые", "которого", "которой", "которых", "которому", "которым", "чей", "чья",
    "чьи", "чий", "чия", "чиї",
];

/// Heads of German compound newspaper names ("Kreisbote", "Wochenblatt", "Stadtanzeiger",
/// "Morgenpost", "Landeszeitung"), in any case ("des Kreisboten", "dem Wochenblatt").
const GERMAN_MEDIA_HEADS: &[&str] = &[
    "bote", "boten", "blatt", "blattes", "blatts", "anzeiger", "anzeigers", "zeitung", "kurier", "kuriers",
    "rundschau", "nachrichten", "spiegel", "spiegels", "post", "merkur", "merkurs", "tagblatt", "echo", "echos",
];

/// Whether a word is a German compound ending in a newspaper head ([`GERMAN_MEDIA_HEADS`]) with
/// at least four letters before it ("Kreisbote", not "Kompost"). Such a word is a name's only
/// right beside another name word ("der Kreisbote Altmark"): alone it is mostly a common noun ("die
/// Lokalzeitung"), and a German noun before a genitive is none ("Bericht des Karpatenboten").
fn german_media_compound(w: &str) -> bool {
    GERMAN_MEDIA_HEADS.iter().any(|h| {
        let head = w.len() >= h.len() + 4 && w.ends_with(h) && w[..w.len() - h.len()].chars().all(|c| c.is_ascii_alphabetic() || c == 'ß');
        // ("Mietspiegel", "Meeresspiegel": a mirror of rents or of the sea; a paper's "-spiegel"
        // opens with its day, week or town: "Tagesspiegel", "Wochenspiegel", "Stadtspiegel".)
        head && (!h.starts_with("spiegel")
            || ["tages", "wochen", "stadt", "kreis", "lokal", "heimat", "bezirk", "land", "abend", "morgen"]
                .iter()
                .any(|p| w.to_lowercase().starts_with(p)))
    })
}

/// Ukrainian and Russian media nouns in the dative, told something ("розповіла газеті",
/// "рассказала изданию"), as written.
#[rustfmt::skip]
const DATIVE_MEDIA_NOUNS: &[&str] = &[
    "газеті", "виданню", "журналу", "телеканалу", "каналу", "агентству", "сайту", "порталу",
    "газете", "изданию", "редакції", "редакции",
];

/// Whether a Ukrainian or Russian word ends like an adjective in the dative ("російському",
/// "українській", "российской").
fn dative_adjective(folded: &str) -> bool {
    ["ому", "ему", "ій", "ой", "ей"].iter().any(|e| folded.ends_with(e))
}

/// Nouns for a medium's journalists: what one of them reports, the medium reports
/// ("The Courier's reporter Anna Weller broke the story", "журналістка «X» Олена Марчук").
#[rustfmt::skip]
const JOURNALIST_NOUNS: &[&str] = &[
    "reporter", "correspondent", "journalist", "editor", "columnist", "reporters", "correspondents", "journalists",
    "журналіст", "журналістка", "журналісти", "журналіста", "журналістки", "кореспондент", "кореспондентка",
    "кореспонденти", "кореспондента", "кореспондентки", "редактор", "редакторка", "оглядач", "оглядачка",
    "журналист", "журналистка", "журналисты", "журналиста", "журналистки", "корреспондент", "корреспондентка",
    "корреспонденты", "корреспондента", "корреспондентки", "обозреватель",
    "reporterin", "korrespondent", "korrespondentin", "journalistin", "redakteur", "redakteurin",
    "journaliste", "correspondant", "correspondante", "redacteur", "redactrice", "chroniqueur", "chroniqueuse",
    "periodista", "giornalista", "jornalista", "dziennikarz", "dziennikarka", "dziennikarze", "dziennikarzy", "reporterzy",
    "reporterka", "reporterów", "korespondentka",
];

/// The medium whose journalist the phrase `start..end` names: "The Courier's reporter Anna
/// Weller", "Courier reporter Anna Weller", "Anna Weller, a reporter for the Courier",
/// "журналістка «Голосу Прикарпаття» Олена Марчук", "корреспондент издания «X» Олег Марчук".
fn journalist_medium(text: &str, words: &[Word<'_>], start: usize, end: usize, lex: &CueLexicon) -> Option<(usize, usize)> {
    let journalist = |k: usize| in_list(JOURNALIST_NOUNS, &words[k].folded);
    let spaced = |a: usize, b: usize| (a + 1..=b).all(|k| gap_is_space(gap(text, words, k - 1, k)));
    // Capitalised words back from `last` (inclusive), "of" and "the" inside.
    let name_back = |last: usize| {
        let mut a = last;
        while a > 0
            && (is_capitalized(words[a - 1].raw) || matches!(words[a - 1].folded.as_str(), "of" | "the"))
            && gap_is_space(gap(text, words, a - 1, a))
        {
            a -= 1;
        }
        while a < last && (!is_capitalized(words[a].raw) || words[a].folded == "the") {
            a += 1;
        }
        a
    };
    if start >= 2 && journalist(start - 1) && spaced(start - 1, start) {
        let before = start - 2;
        let raw = words[before].raw;
        // "The Courier's reporter …", "Courier reporter …".
        if lex.language == "en" && spaced(before, start - 1) && is_capitalized(raw) {
            let a = name_back(before);
            let possessive = raw.ends_with("'s") || raw.ends_with("’s");
            let named = words[a..=before].iter().any(|w| in_list(MEDIA_WORDS, &w.folded)) || before > a;
            if possessive || named {
                return Some((a, before + 1));
            }
        }
    }
    // A quoted name after a journalist noun (and a media noun): "журналістка «X» Олена Марчук".
    if start >= 1
        && gap(text, words, start - 1, start).trim().starts_with(['»', '“', '”', '"'])
        && let Some(open) = (start.saturating_sub(7)..start).rev().find(|&k| k > 0 && quote_opens(text, words, k))
    {
        let mut j = open - 1;
        if media_noun(lex, &words[j].folded) && j > 0 {
            j -= 1;
        }
        if journalist(j) {
            return Some((open, start));
        }
    }
    // "Anna Weller, a reporter for the Courier, …".
    if lex.language == "en" && end + 3 < words.len() && gap(text, words, end - 1, end).trim() == "," {
        let mut k = end;
        if matches!(words[k].folded.as_str(), "a" | "an" | "the") {
            k += 1;
        }
        if k + 2 < words.len() && !journalist(k) && !is_capitalized(words[k].raw) {
            k += 1;
        }
        if k + 2 < words.len() && journalist(k) && matches!(words[k + 1].folded.as_str(), "for" | "at" | "with" | "of") && spaced(end, k + 2) {
            let from = k + 2 + usize::from(words[k + 2].folded == "the");
            if from < words.len() && is_capitalized(words[from].raw) {
                let mut e = from;
                while e < words.len() && (is_capitalized(words[e].raw) || matches!(words[e].folded.as_str(), "of" | "de")) && (e == from || gap_is_space(gap(text, words, e - 1, e))) {
                    e += 1;
                }
                return Some((from, e));
            }
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Masculine,
    Feminine,
    Neuter,
    Plural,
}

/// The gender (or plural) of a Ukrainian or Russian past-tense verb: "підтвердив" / "подтвердил",
/// "-ла", "-ло", "-ли".
fn past_gender(verb: &str) -> Option<Gender> {
    if !stemmata_text::has_cyrillic(verb) || verb.chars().count() < 4 {
        return None;
    }
    if verb.ends_with("ла") {
        Some(Gender::Feminine)
    } else if verb.ends_with("ло") {
        Some(Gender::Neuter)
    } else if verb.ends_with("ли") {
        Some(Gender::Plural)
    } else if verb.ends_with(['в', 'л']) {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// The gender a noun's ending shows, when it shows one clearly: "рішення", "решение", "відео"
/// neuter; "канал" masculine; "подробиці" plural ("-а" and "-я" say nothing sure: "голова"; nor
/// does "-о": "батько", and surnames in "-енко").
fn noun_gender(noun: &str) -> Option<Gender> {
    if !stemmata_text::has_cyrillic(noun) || noun.chars().count() < 3 {
        return None;
    }
    let last = noun.chars().next_back()?;
    if ["ння", "ття", "ие", "ье", "ство", "цтво"].iter().any(|e| noun.ends_with(e)) || matches!(noun, "відео" | "видео" | "фото") {
        Some(Gender::Neuter)
    } else if last == 'о' {
        None
    } else if matches!(last, 'а' | 'я') {
        // Feminine as a rule, but not people's nouns: "голова", "суддя", "глава", "староста".
        None
    } else if matches!(last, 'и' | 'і' | 'ы') {
        Some(Gender::Plural)
    } else if last.is_alphabetic() && !matches!(last, 'ь' | 'й' | 'е' | 'є' | 'у' | 'ю' | 'ї') {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// Whether a noun phrase before a past-tense verb cannot be its subject: its head noun (the first
/// word without an adjective's ending) has another gender or number.
/// (Read as written: folding turns "й" into "и".)
fn disagrees(phrase: &[Word<'_>], verb: &Word<'_>) -> bool {
    let phrase: Vec<String> = phrase.iter().map(|w| w.raw.to_lowercase()).collect();
    // (A noun may end like an adjective: "решение"; then the last word is the head.)
    let Some(head) = phrase.iter().find(|w| !slavic_adjective(w)).or(phrase.last()) else { return false };
    match (noun_gender(head), past_gender(&verb.raw.to_lowercase())) {
        (Some(n), Some(v)) => n != v,
        _ => false,
    }
}

/// Whether a Ukrainian or Russian word (lowercase, as written) has an adjective's ending
/// ("відповідне", "новое", "свіжу", "міський").
fn slavic_adjective(folded: &str) -> bool {
    folded.chars().count() > 3
        && ["е", "є", "і", "ий", "ій", "ая", "яя", "ой", "ый", "ую", "юю", "у", "ю"].iter().any(|e| folded.ends_with(e))
        && stemmata_text::has_cyrillic(folded)
}

/// [`slavic_adjective`], or one in the genitive, dative or instrumental ("словацького",
/// "регіональної", "немецкой", "местному").
fn slavic_adjective_any_case(lower: &str) -> bool {
    slavic_adjective(lower)
        || lower.chars().count() > 4
            && ["ого", "ої", "ому", "ій", "их", "ими", "ой", "ым", "ыми", "ей"].iter().any(|e| lower.ends_with(e))
            && stemmata_text::has_cyrillic(lower)
}

/// Whether a word is a Ukrainian or Russian relative pronoun (read from its letters as written:
/// folding turns "ї" into "і").
fn slavic_relative(w: &Word<'_>) -> bool {
    SLAVIC_RELATIVES.contains(&w.raw.to_lowercase().as_str())
}

#[rustfmt::skip]
const PERSON_TITLES: &[&str] = &[
    "president", "minister", "secretary", "prime", "senator", "governor", "mayor", "general", "chancellor",
    "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "envoy",
    // Leakers and tipsters ("the leaker Quinn Harlow", "el filtrador", "інсайдер Квінн Гарлоу").
    "leaker", "tipster", "filtrador", "filtradora", "інсайдер", "инсайдер",
    // A parliament's speaker ("Verkhovna Rada Speaker Roman Tkachyshyn", "спікер Ради").
    "speaker", "спікер", "спікерка", "спикер", "marszałek", "marszałka",
    "ambassador", "director", "chief", "head", "adviser", "advisor", "commander", "deputy", "chairman",
    "professor", "judge", "king", "queen", "pope", "lawmaker", "official", "leader", "ceo", "founder", "cto", "cfo", "coo",
    "президент", "міністр", "прем'єр", "речник", "посол", "президента", "министр", "премьер", "пресс-секретарь",
    "глава", "голова", "керівник", "руководитель", "начальник", "начальниця", "начальница", "очільник", "очільниця",
    "заступник", "заступниця", "заместитель", "керівниця", "командувач", "командующий", "речниця", "präsident", "minister", "kanzler", "sprecher", "président",
    "ministre", "porte-parole", "maire", "bürgermeister", "bürgermeisterin", "мэр", "мер", "directeur",
    "directrice", "директор", "rector", "recteur", "rektor", "ректор", "gouverneur", "губернатор", "député",
    "депутат", "sénateur", "présidente", "präsidentin", "ministerin", "sprecherin",
    // Spanish, Italian and Portuguese ("el ministro del Interior", "il portavoce", "o porta-voz").
    "ministro", "ministra", "presidenta", "portavoz", "portavoce", "porta-voz", "alcalde", "alcaldesa", "sindaco",
    "prefeito", "prefeita", "premier", "secretario", "secretaria", "secretário", "secretária", "embajador",
    "embajadora", "ambasciatore", "embaixador", "embaixadora", "direttore", "direttrice", "diretor", "diretora",
    "gobernador", "governatore", "governador", "jefe", "jefa", "consigliere", "diputado", "diputada", "deputato",
    "senador", "senatore", "viceministro", "viceministra", "vicepresidente",
    // Polish, and Italian mayors ("rzecznik Śląskiej Grupy Górniczej", "la vicesindaca").
    "rzecznik", "rzecznika", "rzeczniczka", "rzeczniczki", "ministra", "prezes", "prezesa", "dyrektor", "dyrektora",
    "burmistrz", "burmistrza", "wojewoda", "wojewody", "prezydent", "prezydenta", "szef", "szefa", "szefowa",
    "komendant", "komendanta", "prokurator", "prokuratora", "sindaca", "assessore", "assessora", "questore",
    // Editors ("Главный редактор «X» Галина Стрельцова", "die Chefredakteurin").
    "editor", "editor-in-chief", "редактор", "редакторка", "редактора", "головред", "главред", "chefredakteur",
    "chefredakteurin", "rédacteur", "rédactrice", "redaktor", "redaktorka", "publisher",
    // Local office holders ("Independent councillor Ravi Menon").
    "councillor", "councilor", "councilman", "councilwoman", "alderman", "sheriff", "commissioner", "superintendent",
    "assemblyman", "assemblywoman",
    // German heads and officers, capitalised like any noun ("der Chef der Gebietsverwaltung").
    "chef", "chefin", "leiter", "leiterin", "landrat", "landrätin", "direktor", "direktorin", "vorsitzende",
    "vorsitzender", "stadtsprecher", "stadtsprecherin", "polizeisprecher", "polizeisprecherin", "préfet", "préfète",
    // Ukrainian and Russian titles in their common cases and feminine forms.
    "староста", "старостка", "старости", "старосты", "бургомістр", "бургомістра", "бургомистр", "бургомистра",
    "директорка", "директора", "директорки", "мера", "мэра", "речниця", "речниці", "речника", "керівниця",
    "керівника", "керівниці", "руководителя", "главврач", "головлікар", "міністра", "министра", "губернатора",
    "голову", "голови", "главу", "главы", "заступник", "заступника", "заступниця", "заступницю", "заместитель",
    "заместителя", "очільник", "очільника", "посла", "речницю", "спикер", "спикера", "спікер", "спікера",
    // Researchers and analysts ("німецький дослідник безпеки Йонас Ретцлафф", "security researcher
    // Jonas Retzlaff").
    "researcher", "analyst", "дослідник", "дослідника", "дослідниця", "дослідниці", "исследователь",
    "исследователя", "исследовательница", "аналітик", "аналітика", "аналитик", "аналитика", "forscher", "forscherin",
    // Lawyers ("Адвокатка", "l'avocate de la famille").
    "lawyer", "attorney", "адвокат", "адвокатка", "адвоката", "адвокатки", "адвокатеса", "адвокатесса", "avocat", "avocate",
    "abogado", "abogada", "avvocato", "avvocata", "advogado", "advogada", "anwalt", "anwaltin", "rechtsanwalt",
    "rechtsanwaltin", "adwokat", "adwokatka", "mecenas",
    // Skippers ("le patron du thonier Mar da Feteira").
    "skipper", "patron", "patronne", "patrao", "armateur",
    // Inspectors ("l'inspectrice Marloes Hoogendijk").
    "inspector", "inspectora", "inspecteur", "inspectrice", "ispettore", "ispettrice", "inspektor", "inspektorin",
    "inspektorka", "інспектор", "інспекторка", "инспектор",
    // Scientists by their field ("ukraińska archeolożka Ołena Marczuk", "la chercheuse de l'Institut").
    "scientist", "archaeologist", "archeologist", "biologist", "chercheur", "chercheuse", "scientifique", "archeologue",
    "biologiste", "ricercatore", "ricercatrice", "archeologo", "archeologa", "investigador", "investigadora", "arqueologo",
    "arqueologa", "pesquisador", "pesquisadora", "naukowiec", "naukowczyni", "badacz", "badaczka", "archeolog",
    "archeolozka", "archeolożka", "biolog", "biolożka", "biolozka", "археолог", "археологиня", "археологині", "археолога",
    "біолог", "біологиня", "биолог", "учений", "учена", "ученый", "archaologe", "archaologin", "biologe", "biologin",
];

/// A person's title ([`PERSON_TITLES`]), also with a prefix ("vice-ministre", "віце-прем'єр",
/// "ex-president") or as the head of a German compound ("Vize-Infrastrukturminister",
/// "Regierungssprecherin").
fn title_word(folded: &str) -> bool {
    if in_list(PERSON_TITLES, folded) {
        return true;
    }
    const PREFIXES: &[&str] = &["vice-", "vize-", "віце-", "вице-", "ex-", "екс-", "экс-", "co-", "acting-", "vice", "wice"];
    if let Some(rest) = PREFIXES.iter().find_map(|p| folded.strip_prefix(p)) {
        return title_word(rest);
    }
    const GERMAN_HEADS: &[&str] = &["forscher", "forscherin", "minister", "ministerin", "sprecher", "sprecherin", "präsident", "präsidentin", "prasident", "prasidentin", "chef", "chefin", "leiter", "leiterin", "direktor", "direktorin", "grunder", "grunderin", "führer", "fuhrer", "führerin", "fuhrerin"];
    // ("Das schrieb Gründerin und CEO Lucía Berrocal": a founder is a person's title, alone too.)
    matches!(folded, "grunder" | "grunderin" | "gründer" | "gründerin" | "mitgrunder" | "mitgrunderin" | "geschaftsfuhrer" | "geschaftsfuhrerin")
        || GERMAN_HEADS.iter().any(|h| folded.len() >= h.len() + 4 && folded.ends_with(h))
}

#[rustfmt::skip]
const TITLE_ABBREVIATIONS: &[&str] = &["mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "jr", "sr", "prof", "lt", "col", "sgt", "pres"];

/// Words marking media in a name ("The Kyiv Independent", "Daily Mail", "Fox News").
#[rustfmt::skip]
const MEDIA_WORDS: &[&str] = &[
    "times", "post", "news", "telegraph", "journal", "guardian", "herald", "tribune", "gazette", "press",
    "agency", "tv", "radio", "channel", "daily", "weekly", "magazine", "review", "observer", "independent",
    "mail", "express", "mirror", "pravda", "politico", "axios", "bloomberg", "cnn", "bbc", "abc", "cbs",
    "nbc", "fox", "msnbc", "economist", "spiegel", "zeitung", "monde", "figaro", "liberation", "kommersant",
    "vedomosti", "izvestia", "novosti", "insider", "wire", "chronicle", "inquirer", "examiner", "bild",
    "standard", "sentinel", "courier", "ledger", "clarion", "register", "beacon", "bulletin", "dispatch",
    "kurier", "anzeiger", "rundschau", "nachrichten", "tagblatt", "tagespost", "bote", "echo", "vigie",
    "depeche", "republicain", "progres", "nouvelliste", "observateur", "reveil", "telegraf", "telegramm",
    "eveil", "courrier", "matin", "soir", "lantern", "islander", "versta", "vesti", "visti", "vedomosti",
    "правда", "известия", "коммерсантъ", "ведомости", "новини", "новости", "газета", "тиждень", "дзеркало",
    "цензор", "ліга", "эхо", "дождь", "медуза", "meduza", "suspilne", "суспільне", "espreso", "еспресо",
    "hromadske", "громадське", "ukrainska", "українська", "rbc", "рбк", "unian", "tsn", "тсн", "ntv", "нтв",
    "lenta", "лента", "interfax", "kurier", "standard", "presse", "tagesschau", "stern", "faz", "nzz",
    "welt", "ouest", "parisien", "echos", "journal", "quotidien", "dépêche", "matin", "soir", "tribune",
    // Common heads of newspaper names in several languages.
    "ledger", "courier", "bulletin", "dispatch", "monitor", "sentinel", "globe", "digest", "echo",
    "bote", "anzeiger", "rundschau", "abendblatt", "tagblatt", "tageblatt", "merkur", "vestnik", "visti",
    "gazeta", "вестник", "вісник", "вісті", "вести", "кур'єр", "курьер", "огляд", "обозреватель",
];

#[rustfmt::skip]
const ORGANIZATION_WORDS: &[&str] = &[
    "ministry", "office", "council", "department", "kremlin", "house", "government", "police", "army", "authorities",
    // Companies described ("La compañía asegura", "l'entreprise précise", "das Unternehmen teilte mit").
    "compania", "empresa", "entreprise", "societe", "azienda", "societa", "unternehmen", "konzern",
    "committee", "commission", "court", "parliament", "senate", "congress", "party", "campaign", "bank",
    "agency's", "service", "embassy", "administration", "company", "union", "nato", "un", "eu", "fbi", "cia",
    "pentagon", "міністерство", "мзс", "мвс", "офіс", "уряд", "кремль", "міноборони", "министерство",
    "мид", "правительство", "минобороны", "генштаб", "зсу", "сбу", "нбу",
    // French and German bodies ("La Fédération Wallonie-Bruxelles annonce", "die Stadtverwaltung").
    "federation", "ministere", "mairie", "prefecture", "sous-prefecture", "gendarmerie", "syndicat", "association",
    "ministerium", "stadtverwaltung", "polizei", "staatsanwaltschaft", "regierung", "bundesregierung", "landratsamt",
    // Guards and police forces, and Spanish, Italian and Polish bodies ("the Guardia Civil", "Straż Graniczna").
    "guard", "guardia", "carabinieri", "policia", "polizia", "ministerio", "ministero", "gobierno", "governo",
    "ayuntamiento", "fiscalia", "procura", "questura", "ministerstwo", "policja", "rzad", "urzad", "straz",
    "prokuratura", "słuzba", "słuzby",
    // "аукціонного дому Delorme-Vasseur": an auction or publishing house.
    "дім", "дому", "дом", "дома", "домом",
    // Associations, federations, clubs and authorities ("говорится в заявлении Польского союза
    // биатлона", "the Polish Biathlon Association said"), Ukrainian and Russian in their cases.
    "authority", "regulator", "league", "club", "союз", "союзу", "союза", "союзі", "союзе", "федерація",
    "федерації", "федерацію", "федерация", "федерации", "федерацию", "асоціація", "асоціації", "ассоциация",
    "ассоциации", "спілка", "спілки", "комітет", "комітету", "комитет", "комитета", "міністерства",
    "министерства", "управління", "управление", "управления", "поліція", "поліції", "полиция", "полиции",
    "прокуратура", "прокуратури", "прокуратуры", "уряду", "правительства", "мерія", "мерії", "мэрия", "мэрии",
    "адміністрація", "адміністрації", "администрация", "администрации", "клуб", "клубу", "клуба", "zwiazek",
    "zwiazku", "federacja", "federacji", "stowarzyszenie", "stowarzyszenia",
];

/// German articles in every case ("der britische …", "dem Blatt").
#[rustfmt::skip]
const GERMAN_ARTICLES: &[&str] = &["der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "eines"];

/// A media word of an English name written in Cyrillic ("Колдервік Таймс", "Грейголм
/// Стендард"): its consonants in Latin letters are those of the English word.
fn transliterated_media_word(w: &Word<'_>) -> bool {
    fn consonants(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars().filter(|c| c.is_ascii_alphabetic() && !"aeiouy".contains(*c)) {
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        out
    }
    if !stemmata_text::has_cyrillic(w.raw) || !is_capitalized(w.raw) {
        return false;
    }
    let skeleton = consonants(&crate::latin_word(w.raw));
    skeleton.len() >= 3 && MEDIA_WORDS.iter().any(|m| m.is_ascii() && consonants(m) == skeleton)
}

/// German weekdays, months and times of day, which follow "am", "im" in dates, not in names.
const GERMAN_TIME_WORDS: &[&str] = &[
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende", "januar",
    "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    "morgen", "abend", "vormittag", "nachmittag", "jahr", "fruhjahr", "sommer", "herbst", "winter",
];

/// Whether a folded word is a German time word ([`GERMAN_TIME_WORDS`]) or a weekday joined to a
/// time of day ("Freitagmorgen", "Samstagnachmittag").
fn german_time_word(folded: &str) -> bool {
    const WEEKDAYS_DE: &[&str] = &["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"];
    const TIMES_OF_DAY: &[&str] = &["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"];
    in_list(GERMAN_TIME_WORDS, folded)
        || WEEKDAYS_DE.iter().any(|d| folded.strip_prefix(d).is_some_and(|t| TIMES_OF_DAY.contains(&t)))
}

/// A web domain written as a name ("brindlewood-news.example", "Censor.NET").
fn is_domain_word(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    stemmata_text::outlet::looks_like_domain(w)
        && w.rsplit('.').next().is_some_and(|tld| tld.len() <= 10)
        && w.split('.').next().is_some_and(|l| l.chars().any(char::is_alphabetic))
}

/// A word naming a kind of medium ("newspaper", "агентство", "Portal") in the lexicon's
/// language, English or German.
fn media_noun(lex: &CueLexicon, folded: &str) -> bool {
    let noun = |w: &str| {
        [lex, &lexicon::ENGLISH, &lexicon::GERMAN]
            .iter()
            .any(|l| l.media_nouns.iter().any(|m| !m.contains(' ') && fold(m) == w))
    };
    // "YouTube-канал", "Fußball-Podcast": a compound whose last part is a media noun.
    noun(folded) || crate::german_media_compound(folded) || folded.rsplit_once('-').is_some_and(|(_, last)| noun(last))
}

/// Whether the words after a name's end are an apposition calling it a medium: a comma, an
/// optional article and a media noun within the next four words ("…, a weekly newspaper",
/// "…, quotidien de notre ville", "…, an anonymous Telegram channel").
fn appositive_medium(text: &str, words: &[Word<'_>], end: usize, lex: &CueLexicon) -> bool {
    if end == 0 || end >= words.len() {
        return false;
    }
    // "Night Dispatcher (Nichnyi Dyspetcher), a Telegram channel": past another name in brackets.
    let mut end = end;
    if gap(text, words, end - 1, end).trim().trim_end_matches(['"', '“', '«', '„']) == "(" {
        match (end + 1..words.len().min(end + 7)).find(|&m| gap(text, words, m - 1, m).contains(')')) {
            Some(m) if gap(text, words, m - 1, m).trim().trim_start_matches([')', '»', '"', '”']) == "," => end = m,
            _ => return false,
        }
    } else if gap(text, words, end - 1, end).trim() != "," {
        return false;
    }
    let mut k = end;
    if in_list(&["a", "an", "the", "un", "une", "le", "la", "l'", "ein", "eine", "einer", "der", "die", "das"], &words[k].folded) {
        k += 1;
    }
    let cue_verb = |w: &Word<'_>| {
        [lex, &lexicon::ENGLISH].iter().any(|l| l.verbs.contains(&w.folded.as_str()) || l.media_verbs.contains(&w.folded.as_str()))
    };
    // Only describing words before the noun: "…, told this newspaper" is no apposition, nor is a
    // relative clause.
    let describes = |d: usize| {
        !in_list(PRONOUNS, &words[d].folded)
            && !matches!(
                words[d].folded.as_str(),
                "this" | "that" | "our" | "its" | "his" | "her" | "their" | "these" | "whose" | "of" | "de" | "du" | "des"
                    | "d" | "von" | "vom" | "для" | "из" | "від" | "qui" | "que" | "dont"
                    // ("…Італії, оприлюднені на його сайті": a participle's place, no apposition.)
                    | "на" | "в" | "у" | "auf" | "im" | "w" | "we" | "sur" | "dans" | "su" | "sul" | "nel"
                    | "його" | "її" | "его" | "ее" | "своєму" | "своем" | "seinem" | "ihrem" | "son" | "sa" | "suo" | "sua"
            )
            && !slavic_relative(&words[d])
            && !cue_verb(&words[d])
    };
    // "…, the newspaper said": a clause of its own, no apposition ("…, the evening paper, published
    // on Friday" is a participle).
    let speaks = |j: usize| {
        words.get(j + 1).is_some_and(cue_verb)
            && !words.get(j + 2).is_some_and(|w| matches!(w.folded.as_str(), "on" | "in" | "by" | "at" | "last" | "every" | "since"))
    };
    (k..(k + 4).min(words.len()))
        .take_while(|&j| j == k || gap_is_space(gap(text, words, j - 1, j)))
        .take_while(|&j| j == k || describes(j - 1))
        .any(|j| {
            !is_capitalized(words[j].raw)
                && media_noun(lex, &words[j].folded)
                && !speaks(j)
                // ("…until September, the French daily Le Monde reported": the noun's own name
                // follows it, and the name before the comma is another's.)
                && !words.get(j + 1).is_some_and(|w| is_capitalized(w.raw) && gap_is_space(gap(text, words, j, j + 1)))
        })
}

/// A platform whose name describes a medium on it ("la chaîne Telegram russophone « X »").
fn platform_word(folded: &str) -> bool {
    matches!(folded, "telegram" | "youtube" | "facebook" | "instagram" | "tiktok" | "viber")
}

/// A word naming a platform where posts are made, in any script or case form ("X", "Telegram",
/// "телеграм-каналі", "фейсбуці", "Twitter").
fn platform_token(raw: &str, folded: &str) -> bool {
    raw == "X"
        || platform_word(folded)
        // (Case forms: "na Instagramie", "na TikToku", "на YouTube-каналі".)
        || ["телеграм", "telegram", "фейсбук", "facebook", "twitter", "твіттер", "твиттер", "інстаграм", "инстаграм", "bluesky", "threads", "linkedin", "mastodon", "weibo", "instagram", "tiktok", "youtube", "вконтакте", "vkontakte"]
            .iter()
            .any(|p| folded.starts_with(p))
}

/// Dative nouns for a medium's journalists: "кореспондентові УНІАН", "рассказала корреспонденту
/// издания …" (whom it was told).
pub const DATIVE_JOURNALISTS: &[&str] = &[
    "кореспондентові", "кореспонденту", "кореспондентці", "кореспондентам", "журналістові", "журналісту", "журналістці",
    "журналістам", "корреспонденту", "корреспондентке", "корреспондентам", "журналисту", "журналистке", "журналистам",
];

/// Role nouns an apposition gives a person ("…, responsable régional de la protection civile",
/// "…, a spokeswoman for the council"), beyond the titles in [`PERSON_TITLES`].
#[rustfmt::skip]
const PERSON_ROLES: &[&str] = &[
    "responsable", "chargé", "chargée", "adjoint", "adjointe", "conseiller", "conseillère", "commissaire",
    "secrétaire", "commandant", "capitaine", "ingénieur", "ingénieure", "médecin", "habitant", "habitante",
    "employé", "employée", "représentant", "représentante", "porte-parole", "officer", "manager", "resident",
    "engineer", "doctor", "spokesperson", "spokeswoman", "spokesman", "official",
];

/// Whether the words after a name's end are an apposition calling it a person: a comma, an
/// optional article and a title or role noun ("Serhiï Babentchouk, responsable régional …").
/// A Romance preposition or article before the medium told ("à l'agence", "au journal", "a la
/// agencia", "all'agenzia", "ao jornal").
fn romance_to_the(w: &Word<'_>) -> bool {
    w.raw == "à" || matches!(w.folded.as_str(), "au" | "aux" | "l'" | "la" | "le" | "a" | "al" | "all'" | "alla" | "ao" | "el" | "il" | "o")
}

fn appositive_person(text: &str, words: &[Word<'_>], end: usize, lex: &CueLexicon) -> bool {
    // "…, the official newspaper of the party": a medium's apposition.
    if end == 0 || end >= words.len() || gap(text, words, end - 1, end).trim() != "," || appositive_medium(text, words, end, lex) {
        return false;
    }
    let k = end + usize::from(in_list(&["a", "an", "the", "un", "une", "le", "la", "l'"], &words[end].folded));
    words.get(k).is_some_and(|w| {
        !is_capitalized(w.raw) && (title_word(&w.folded) || in_list(PERSON_ROLES, &w.folded))
    })
}

/// A word describing a medium before its media noun: a lowercase adjective ("regional",
/// "британський") or a capitalised one of nationality or place ("German", "British",
/// "Ukrainian", "Kyiv-based").
fn describing_word(w: &Word<'_>) -> bool {
    if !is_capitalized(w.raw) {
        return !in_list(PHRASE_BREAK, &w.folded) && !in_list(PRONOUNS, &w.folded);
    }
    let f = w.folded.as_str();
    // "the Telegram channel X", "a YouTube channel": the platform describes the medium.
    if matches!(f, "telegram" | "youtube" | "facebook" | "instagram" | "tiktok" | "viber" | "whatsapp" | "substack") {
        return true;
    }
    // ("the Bologna daily X", "Madrid newspaper X": a city describes the paper.)
    f.chars().count() > 3 && names_a_place(w.raw)
        || f.chars().count() > 3
        && (["ish", "ian", "an", "ese", "ch", "ss", "ic", "i"].iter().any(|e| f.ends_with(e))
            // Dutch: "het Duitse persbureau", "de Britse krant", "het Oekraïense staatspersbureau".
            || f.chars().count() > 4 && ["tse", "nse", "aanse", "olse", "kse", "ndse", "sche"].iter().any(|e| f.ends_with(e))
            // "Kyiv-based", "the Russian-language site", "a Kremlin-funded channel".
            || ["-based", "-language", "-speaking", "-owned", "-run", "-funded", "-backed", "-born", "-area", "-region", "-district"].iter().any(|e| f.ends_with(e)))
}

/// Adjectives of nationality, folded (English and Dutch), the capitalised words an unnamed
/// medium may hold (German capitalises its nouns: "einer örtlichen Zeitung"; compounds such as
/// "Alpenblatt" are names).
const NATIONALITIES: &[&str] = &[
    "french", "german", "british", "english", "ukrainian", "russian", "polish", "american", "portuguese",
    "spanish", "italian", "european", "swiss", "austrian", "dutch", "belgian", "canadian", "irish", "scottish",
    // Dutch: "de Britse krant".
    "britse", "duitse", "franse", "italiaanse", "spaanse", "oekraiense", "russische", "poolse", "amerikaanse",
    "nederlandse", "belgische", "oostenrijkse", "zwitserse", "portugese", "europese", "griekse", "roemeense",
];

/// Whether an outlet's name names no one: only describing words and media nouns ("a French
/// news magazine", "the regional daily").
pub fn unnamed_medium(name: &str) -> bool {
    let words = words_of(name, Span::new(0, name.len()));
    // "in a post on Facebook": the platform is where it was posted, not who published it.
    if !words.is_empty() && words.iter().all(|w| platform_token(w.raw, &w.folded)) {
        return true;
    }
    // (Platforms named in two words or more.)
    if matches!(fold(name.trim()).as_str(), "truth social" | "x (twitter)" | "x (formerly twitter)") {
        return true;
    }
    // "По данным украинских СМИ", "пишуть ЗМІ", "Medien", "the US-Zeitung": the media at large, or
    // a medium described by a compound.
    if words.len() == 1
        && (matches!(words[0].folded.as_str(), "сми" | "змі" | "media" | "medien" | "medias")
            || words[0].folded.contains('-')
                && matches!(words[0].folded.rsplit('-').next().unwrap_or(""), "zeitung" | "blatt" | "magazin" | "sender" | "portal" | "agentur"))
    {
        return true;
    }
    let noun = |w: &Word<'_>| lexicon::all().iter().any(|l| l.media_nouns.iter().any(|m| fold(m) == w.folded));
    words.iter().any(noun)
        && words.iter().all(|w| {
            matches!(w.folded.as_str(), "a" | "an" | "the")
                || noun(w)
                || !is_capitalized(w.raw)
                || NATIONALITIES.contains(&w.folded.as_str())
        })
}

/// "white paper", "policy paper": a document, not a newspaper (`phrase` ends with the noun).
fn document_paper(phrase: &[Word<'_>]) -> bool {
    const DOCUMENT_PAPERS: &[&str] =
        &["white", "green", "position", "policy", "working", "research", "discussion", "consultation"];
    let n = phrase.len();
    n >= 2 && phrase[n - 1].folded == "paper" && in_list(DOCUMENT_PAPERS, &phrase[n - 2].folded)
}

/// The start of a media noun's describing words and article, reading left from the media noun at
/// `noun` ("the German paper", "a regional daily", "the Kyiv-based outlet"); `None` when a word
/// before it does not describe.
fn describing_start(text: &str, words: &[Word<'_>], noun: usize) -> Option<usize> {
    let mut s = noun;
    while s > 0 && noun - s < 4 && gap_is_space(gap(text, words, s - 1, s)) {
        let w = &words[s - 1];
        if matches!(w.folded.as_str(), "the" | "a" | "an") || in_list(GERMAN_ARTICLES, &w.folded) {
            return Some(s - 1);
        }
        if !describing_word(w) {
            break;
        }
        s -= 1;
    }
    (s < noun).then_some(s)
}

/// A cue word misspelt with a single letter for a double one ("acording", "aditional") read as
/// the cue word; every other word as it is.
fn undoubled_cue(folded: &str) -> String {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static TYPOS: OnceLock<HashMap<String, String>> = OnceLock::new();
    let typos = TYPOS.get_or_init(|| {
        let cue_words: Vec<String> = lexicon::all()
            .iter()
            .flat_map(|l| lexicon::matcher(l).phrases.iter())
            .flat_map(|(w, _, _)| w.iter().cloned())
            .collect();
        let mut map = HashMap::new();
        for w in &cue_words {
            let chars: Vec<char> = w.chars().collect();
            if chars.len() < 7 {
                continue;
            }
            for k in 1..chars.len() {
                if chars[k] == chars[k - 1] && chars[k].is_alphabetic() {
                    let typo: String = chars[..k].iter().chain(&chars[k + 1..]).collect();
                    if !cue_words.contains(&typo) {
                        map.insert(typo, w.clone());
                    }
                }
            }
        }
        map
    });
    typos.get(folded).cloned().unwrap_or_else(|| folded.to_string())
}

/// Whether a sentence says its words were posted on a platform: Telegram, Facebook, X, a social
/// network ("написав у своєму телеграм-каналі", "teilte … auf der Plattform X mit", "a annoncé sur X").
fn names_platform(sentence: &str) -> bool {
    let folded = fold(sentence);
    social_platform_in(sentence, &folded)
        || FOLDED_LISTS.publications.iter().any(|p| folded.contains(p.as_str()))
        || names_official_site(&folded)
}

/// Whether a sentence names a social network a person posts on ("wrote on X", "у своєму
/// телеграм-каналі", "w serwisie X").
pub fn names_social_platform(sentence: &str) -> bool {
    social_platform_in(sentence, &fold(sentence))
}

/// Social networks, as sentences name them.
const PLATFORMS: &[&str] = &[
    "telegram", "телеграм", "facebook", "фейсбук", "фейсбуц", "instagram", "інстаграм", "инстаграм", "twitter", "твіттер",
    "твиттер", "соцмереж", "соцсет", "social media", "sozialen netzwerk", "sozialen medien", "reseaux sociaux",
    // ("Threads" is also a common word: only as a token after "on", below.)
    "truth social", "bluesky", "tiktok", "youtube", "linkedin", "вконтакте", "mastodon", "weibo",
    // "en la red social X", "na rede social X", "on the social network X".
    "red social", "redes sociales", "rede social", "redes sociais", "social network", "reseau social", "soziales netzwerk",
    // "auf der Plattform X", "sur la plateforme X": the network by its letter.
    "plattform x ", "plattform x.", "plattform x,", "platform x ", "platform x.", "platform x,", "plateforme x ", "plateforme x.",
    "plateforme x,", "piattaforma x ", "piattaforma x.", "piattaforma x,", "plataforma x ", "plataforma x.", "plataforma x,",
    "platformie x", "платформі x", "платформе x",
];

/// [`PLATFORMS`] and [`PUBLICATIONS`] folded as sentences are, once.
struct FoldedLists {
    platforms: Vec<String>,
    publications: Vec<String>,
}

static FOLDED_LISTS: std::sync::LazyLock<FoldedLists> = std::sync::LazyLock::new(|| FoldedLists {
    platforms: PLATFORMS.iter().map(|p| fold(p)).collect(),
    publications: PUBLICATIONS.iter().map(|p| fold(p)).collect(),
});

/// [`names_social_platform`] of a sentence already folded.
fn social_platform_in(sentence: &str, folded: &str) -> bool {
    // (Folded alike: "фейсбук" loses the breve of its "й".)
    if FOLDED_LISTS.platforms.iter().any(|p| folded.contains(p.as_str())) {
        return true;
    }
    // "on X", "sur X", "auf der Plattform X": the platform X, after a preposition or its noun.
    let words: Vec<&str> = sentence.split_whitespace().collect();
    words.windows(2).any(|w| {
        matches!(w[1].trim_end_matches(['.', ',', ';', ':', ')']), "X" | "Threads")
            && matches!(
                fold(w[0]).as_str(),
                "on" | "sur" | "auf" | "plattform" | "платформі" | "платформе" | "platformie" | "serwisie" | "в" | "у" | "in" | "via"
                    // "su X", "en X", "no X": Italian, Spanish, Portuguese.
                    | "su" | "en" | "em" | "no"
            )
    }) || words.windows(3).any(|w| {
        // "en su cuenta de X", "sur son compte X": an account on X.
        matches!(w[2].trim_end_matches(['.', ',', ';', ':', ')']), "X")
            && matches!(fold(w[0]).as_str(), "cuenta" | "conta" | "compte" | "account" | "profilo" | "perfil" | "konto")
            && matches!(fold(w[1]).as_str(), "de" | "di" | "da" | "do" | "na" | "on")
    })
}

/// Where bodies and authors publish besides social networks: websites, statements, filings, blogs.
const PUBLICATIONS: &[&str] = &[
    // An official website is where a body publishes its statements.
    "website", "internetseite", "webseite", "homepage", "site internet", "site officiel", "офіційному сайті",
    "sul sito", "sul proprio sito", "sur son site", "num comunicado", "em comunicado", "no portal do governo",
    "en la web del gobierno", "en un comunicado", "en su web", "en la web", "en su sitio", "en su pagina web",
    "no site", "no seu site", "na stronie",
    "официальном сайте", "на сайті", "на сайте", "stronie internetowej",
    // So are its statements, readouts and press releases.
    "in a statement", "in a written statement", "readout", "press release", "in einer mitteilung",
    "in einer erklarung", "schriftlichen erklarung", "schriftlichen mitteilung", "pressemitteilung", "dans un communique", "у заяві", "в заяві", "у повідомленні", "в повідомленні", "в пресрелізі", "у пресрелізі",
    "в заявлении", "в сообщении", "в пресс-релизе", "w komunikacie", "en un comunicado", "in una nota",
    // A company's disclosures: "said in a regulatory filing", "in einer Ad-hoc-Mitteilung".
    // (Not "in the statement": one told before, whose author is named there.)
    "regulatory filing", "stock exchange filing", "stock-exchange filing", "ad-hoc-mitteilung",
    "pflichtmitteilung", "un comunicado", "un communique", "un comunicato", "in un comunicato", "una nota ufficiale",
    "in una nota", "una nota diffusa",
    // A blog is a post of its author's ("in a blog post", "in einem Blogbeitrag", "у своєму
    // блозі"), and a vendor's security advisory a statement.
    "blog", "блог", "блоз", "security advisory", "in an advisory", "sicherheitshinweis", "sicherheitsmitteilung",
    "sicherheitswarnung", "бюллетен", "бюлетен",
    // A body's press office speaks for it.
    "пресс-служба", "прес-служба", "пресслужба", "press office", "pressestelle",
    "своєму сайті", "своем сайте", "сайті компанії", "сайте компании", "in the advisory", "im sicherheitshinweis",
    // A military's or a service's daily summary: "said in its morning report", «у ранковому
    // зведенні», "в утренней сводке", "w porannym komunikacie", "im morgendlichen Lagebericht".
    "morning report", "evening report", "daily report", "operational update", "зведенн", "сводк", "komunikacie",
    "lagebericht",
];

/// The body whose document a document source is, named in the genitive after it: "an order of
/// the Education and Science Ministry", "dem Urteil des Bezirksgerichts Lublin", "aus einem
/// Eintrag in der Rückrufdatenbank des Kraftfahrt-Bundesamts (KBA)" (read on past the document's
/// noun to the clause's end).
fn document_owner(text: &str, a: &Attribution) -> Option<String> {
    let s = a.source.as_ref().filter(|s| s.kind == SourceKind::Document)?;
    let clause = text.get(s.span.start..a.sentence.end.max(s.span.end))?;
    let clause = clause.split([',', ';']).next().unwrap_or(clause);
    // Each genitive in turn ("in der Rückrufdatenbank des Kraftfahrt-Bundesamts": the database's
    // owner).
    // (And the Romance genitives: "le rapport annuel de la Commission européenne", "il rapporto
    // annuale della Commissione europea".)
    let mut starts: Vec<usize> = [" of the ", " of ", " des ", " der ", " de la ", " de l'", " du ", " del ", " della ", " dell'", " de ", " do ", " da ", " di "]
        .iter()
        .flat_map(|p| clause.match_indices(p).map(|(k, _)| k + p.len()))
        .collect();
    // ("raportu … opublikowanego we wtorek przez niemiecką Federalną Komisję …": the agent of
    // its publishing, past at most two describing words.)
    for p in [" przez ", " by the ", " by ", " von der ", " vom ", " par le ", " par la ", " por el ", " por la ", " pelo ", " pela ", " dal ", " dalla "] {
        for (k, _) in clause.match_indices(p) {
            let mut at = k + p.len();
            for _ in 0..2 {
                let w = clause.get(at..).unwrap_or("").split(' ').next().unwrap_or("");
                if w.is_empty() || is_capitalized(w) || !w.chars().all(char::is_alphabetic) {
                    break;
                }
                at += w.len() + 1;
            }
            if clause.get(at..).is_some_and(|r| r.starts_with(char::is_uppercase)) {
                starts.push(at);
            }
        }
    }
    // ("z raportu Głównego Urzędu Statystycznego": a Slavic genitive needs no preposition; the
    // name right after a Polish, Ukrainian or Russian document head.)
    let slavic_heads: Vec<&str> = ["pl", "uk", "ru"].iter().filter_map(|l| lexicon::lexicon(l)).flat_map(|l| l.document_heads.iter().copied()).collect();
    let mut at = 0;
    for w in clause.split(' ') {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !bare.is_empty() && slavic_heads.iter().any(|h| fold(h) == fold(bare)) {
            let next = at + w.len() + 1;
            if clause.get(next..).is_some_and(|r| r.starts_with(char::is_uppercase)) {
                starts.push(next);
            }
        }
        at += w.len() + 1;
    }
    starts.sort_unstable();
    starts.dedup();
    starts.into_iter().find_map(|at| {
        // (An international body in full, whatever its case: "der EU-Kommission", "ежегодном
        // докладе Европейской комиссии", "della Commissione europea".)
        let rest = clause.get(at..).unwrap_or("");
        if let Some(n) = crate::institution::international_name_len(rest) {
            return Some(rest[..n].to_string());
        }
        // (Or its first word or two: "der EU-Kommission", "Европейской комиссии".)
        for words in 1..=2 {
            let end = rest.match_indices(' ').nth(words - 1).map_or(rest.len(), |(k, _)| k);
            let name = rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if name.split(' ').count() == words && crate::institution::international_body(name).is_some() {
                return Some(name.to_string());
            }
        }
        // ("z wyroku Sądu Okręgowego w Lublinie": a Polish name's place after "w".)
        let owner: Vec<&str> = clause[at..].split(' ').take_while(|w| is_capitalized(w) || matches!(*w, "and" | "of" | "for" | "und" | "für" | "w" | "we")).collect();
        let owner = owner.join(" ");
        let owner = owner.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let owner = owner.trim_end_matches(" and").trim_end_matches(" of").trim_end_matches(" for").trim_end_matches(" w").trim_end_matches(" we");
        // ("… Wypadków Lotniczych (BFU)": its initials in brackets after it.)
        let initials = clause
            .get(at + owner.len()..)
            .unwrap_or("")
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .map(|(i, _)| i)
            .filter(|i| (2..=6).contains(&i.chars().count()) && i.chars().all(|c| c.is_uppercase()));
        let with_initials;
        let owner = match initials {
            Some(i) if !owner.is_empty() => {
                with_initials = format!("{owner} ({i})");
                with_initials.as_str()
            }
            _ => owner,
        };
        // (One word when it is a name, not a kind of body alone: "des Kraftfahrt-Bundesamts".)
        let named = owner.split(' ').count() >= 2 || owner.contains('-') && !crate::institution::kind_only(owner);
        if named && crate::institution::concepts(owner).is_some() {
            return Some(owner.to_string());
        }
        // ("einer … Entscheidung der Behörde" after "Die französische Regulierungsbehörde Arcep"):
        // a kind of body alone, the body the text names.
        crate::institution::kind_only(owner).then(|| crate::institution::named_body_in(text, owner)).flatten()
    })
}

/// The author of a post an attribution reports ("Mayor Oksana Derkach wrote on Telegram",
/// "a annoncé samedi sur X la présidente de l'arrondissement, Friederike Albers"): the person
/// or body named as the source of a speech verb in a sentence that names the platform. The post is
/// a publication the article relays, like a medium's report. For an attribution [`posted`] is
/// true of (the caller checks); returns the name without titles (its capitalised words), or `None`.
pub fn post_author(text: &str, a: &Attribution) -> Option<String> {
    if let Some(firm) = poll_author(text, a) {
        return Some(firm);
    }
    if let Some(owner) = earlier_publisher(text, a) {
        return Some(owner);
    }
    // (An international body named as the owner first: "dem Jahresbericht der EU-Kommission …,
    // den die Brüsseler Behörde veröffentlicht hat".)
    if let Some(owner) = document_owner(text, a).filter(|o| crate::institution::international_body(o).is_some()) {
        return Some(owner);
    }
    if let Some(author) = document_author(text, a) {
        return Some(author);
    }
    if let Some(owner) = document_owner(text, a) {
        return Some(owner);
    }
    if let Some(issuer) = released_by(text, a) {
        return Some(issuer);
    }
    let s = a.source.as_ref();
    // "Harwick Township police said in a statement": a named body with its kind in lower case.
    let body = s.filter(|s| s.kind == SourceKind::Organization).and_then(|s| {
        let words: Vec<&str> = crate::words(&s.text).collect();
        let (last, first) = (words.last()?, words.first()?);
        // ("the Machico volunteer fire brigade": a few lowercase words of its kind after the name.)
        let lower_tail = words[..words.len() - 1].iter().rev().take_while(|w| !is_capitalized(w) && fold(w) != "the").count();
        (words.len() >= 2
            && !is_capitalized(last)
            && (in_list(ORGANIZATION_WORDS, &fold(last)) || matches!(fold(last).as_str(), "brigade" | "squad" | "rescue"))
            && lower_tail <= 2
            && words[..words.len() - 1 - lower_tail].iter().all(|w| is_capitalized(w) || matches!(fold(w).as_str(), "the" | "of"))
            // (A name, not a description: "the Hamburg-based company", "the company".)
            && words[..words.len() - 1].iter().any(|w| is_capitalized(w) && fold(w) != "the")
            && !words.iter().any(|w| DESCRIBING_SUFFIXES.iter().any(|e| w.ends_with(e)))
            // ("the LaLiga club", "the Serie A side": a team described by its league.)
            && !matches!(fold(last).as_str(), "club" | "side" | "team"))
        .then(|| {
            let from = if fold(first) == "the" { s.text.find(words[1]).unwrap_or(0) } else { 0 };
            s.text[from..].to_string()
        })
    });
    // "according to a news release issued Tuesday by the Harwick Township Police Department": the
    // body that issued the document.
    let issuer = s.filter(|s| s.kind == SourceKind::Document).and_then(|s| {
        let rest = text.get(s.span.end..a.sentence.end)?;
        let by = rest.find(" by ").filter(|&b| b <= 40 && !rest[..b].contains([',', ';', '.']))?;
        let after = rest[by + 4..].trim_start();
        let after = after.strip_prefix("the ").unwrap_or(after);
        let name: Vec<&str> = after.split_whitespace().take_while(|w| is_capitalized(w) || matches!(*w, "of" | "and" | "for")).collect();
        let mut name: Vec<&str> = name.into_iter().map(|w| w.trim_end_matches([',', '.', ';', ':'])).collect();
        while name.last().is_some_and(|w| matches!(*w, "of" | "and" | "for")) {
            name.pop();
        }
        (name.len() >= 2).then(|| name.join(" "))
    });
    // "за інформацією Генштабу": a public body by its name.
    // ("говорится в пресс-релизе Городской пинакотеки Вальдорно": a museum, a festival or a party
    // speaks in its own releases.)
    let speaks_for_itself = |s: &Source| {
        let words: Vec<&str> = s.name.split_whitespace().collect();
        !s.back_reference
            && (2..=5).contains(&words.len())
            && (is_capitalized(words[0])
                || words.iter().any(|w| is_capitalized(w) && crate::institution::kind_only(w))
                // ("la fondation Lindenhaus": an article and the kind in lower case; "l'Università
                // di Padova", "l'université de Padoue": the kind past an elided article.)
                || words.len() >= 3 && in_list(ROMANCE_ARTICLES, &fold(words[0])) && crate::institution::kind_only(words[1])
                || ["l'", "l’"].iter().any(|a| fold(words[0]).strip_prefix(a).is_some_and(crate::institution::kind_only)))
            && words.last().is_some_and(|w| is_capitalized(w))
            && crate::institution::announces_itself(&s.name)
    };
    // ("eparchia wołyńska Prawosławnego Kościoła Ukrainy": a body that speaks in statements,
    // named in lower case.)
    let speaks_in_statements = |s: &Source| s.kind == SourceKind::Organization && !s.back_reference && statement_body(&s.name);
    let institution = s.filter(|s| crate::institution::publishing_body(&s.name) || speaks_for_itself(s) || speaks_in_statements(s)).map(|s| {
        let n = s.name.trim();
        // (An article before a name: "der HUR", "l'Organisation mondiale de la santé"; not before
        // a description, "das spanische Gesundheitsministerium".)
        let bare = ["the ", "The ", "der ", "die ", "das ", "le ", "la ", "l'", "l’", "el ", "il ", "o ", "a "].iter().find_map(|a| n.strip_prefix(a)).unwrap_or(n);
        // ("w liście pasterskim Konferencji Episkopatu Polski": the body after its document.)
        let named_tail = n.find(|c: char| c.is_uppercase()).map(|k| &n[k..]).filter(|t| t.len() < n.len() && statement_body(t));
        if let Some(tail) = named_tail.filter(|_| !bare.starts_with(char::is_uppercase)) {
            return tail.to_string();
        }
        if bare.starts_with(char::is_uppercase) { bare } else { n }.to_string()
    });
    // "O Bétis anunciou no seu site oficial", "Il Real Betis ha comunicato attraverso il proprio
    // sito ufficiale": a body's own name on its own channel, its article left out (not a kind of
    // body alone: "the Ministry", "die Polizei"; a council's press release is the reporting
    // outlet's source).
    let own_channel = || names_official_site(&fold(a.sentence.slice(text)));
    let own_name = s.filter(|s| s.kind == SourceKind::Organization && own_channel()).and_then(|s| {
        let words: Vec<&str> = crate::words(&s.text).collect();
        let lead = usize::from(words.first().is_some_and(|w| {
            matches!(fold(w).as_str(), "the" | "il" | "lo" | "la" | "le" | "l'" | "o" | "a" | "el" | "der" | "die" | "das")
        }));
        let name = &words[lead.min(words.len())..];
        (!name.is_empty()
            && name.len() <= 4
            && name.iter().all(|w| is_capitalized(w))
            && !name.iter().any(|w| in_list(ORGANIZATION_WORDS, &fold(w)))
            && crate::institution::concepts(&s.text).is_none())
        .then(|| {
            let from = s.text.find(name[0]).unwrap_or(0);
            s.text[from..].to_string()
        })
    });
    // (No name closing a body's phrase: "police in Upper Bavaria" names a place.)
    let named = || s.filter(|s| !(s.kind == SourceKind::Organization && (s.text.contains(" in ") || s.text.contains(" of ")))).and_then(|s| full_name(&s.text));
    // ("in einer Mitteilung des Instituts zitiert": a kind of body alone, for the caller to name.)
    let kind = || s.filter(|s| !s.back_reference && crate::institution::kind_only(&s.name)).map(|s| s.text.clone());
    // "a annoncé mardi la Berlinale dans un communiqué", "повідомили на офіційному сайті
    // Берлінале": one capitalised word, no given name, that speaks in a statement or on its site
    // (not after a German article: German capitalises every noun, "das Unternehmen").
    let one_word = || {
        let s = s?;
        let words: Vec<&str> = crate::words(&s.text).collect();
        let lead = usize::from(words.len() == 2 && matches!(fold(words[0]).as_str(), "la" | "le" | "l'" | "il" | "el" | "the"));
        let name = *words.get(lead)?;
        let folded_sentence = fold(a.sentence.slice(text));
        (words.len() == lead + 1
            && is_capitalized(name)
            && name.chars().count() >= 4
            && name.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !crate::given_names::is_given_name(&fold(name))
            && !in_list(PRONOUNS, &fold(name))
            && !names_a_place(name)
            && !crate::institution::kind_only(name)
            && (names_official_site(&folded_sentence)
                || OWN_SITES.iter().any(|o| folded_sentence.contains(o))
                || lead == 1 && FOLDED_LISTS.publications.iter().any(|p| folded_sentence.contains(p.as_str()))))
        .then(|| name.to_string())
    };
    // "у Telegram-каналі АТ «Горинь Газ»", "teilte der regionale Gasversorger Horyn Gas mit": a
    // company's name read out of its legal form or kind.
    let company = s
        .filter(|s| s.kind == SourceKind::Organization && s.name != s.text && s.name.split_whitespace().count() <= 4)
        .filter(|s| s.name.split_whitespace().all(is_capitalized))
        .map(|s| s.name.clone());
    // "йдеться в повідомленні аукціонного дому Delorme-Vasseur": a house or company described in
    // lower case, then its name.
    let described_house = s.filter(|s| s.kind == SourceKind::Organization).and_then(|s| {
        let words: Vec<&str> = crate::words(&s.text).collect();
        let k = words.iter().position(|w| {
            let w = fold(w);
            matches!(w.as_str(), "дім" | "дому" | "дом" | "дома" | "домом" | "house") || in_list(COMPANY_WORDS, &w)
        })?;
        let tail = &words[k + 1..];
        (words[..=k].iter().all(|w| !is_capitalized(w)) && (1..=3).contains(&tail.len()) && tail.iter().all(|w| is_capitalized(w)) && !names_a_place(&tail.join(" ")))
            .then(|| s.text[s.text.find(tail[0]).unwrap_or(0)..].to_string())
    });
    // "По словам замминистра Ирины Довгаль, которые приводит пресс-служба ведомства": words the
    // body's press office gives out are the body's.
    let press_office = s.filter(|s| matches!(s.kind, SourceKind::Person | SourceKind::Unknown)).and_then(|_| press_office_owner(text, a.sentence.slice(text)));
    // "der Chef der Gebietsverwaltung, Taras Doroschenko, …": the name in the apposition after
    // (past a genitive that completes the title).
    let apposition = || {
        let s = s?;
        let rest = text.get(s.span.end..)?;
        let comma = rest.find(", ").filter(|&c| c <= 60 && !rest[..c].contains(['.', ';', ':', '«', '"', '“']))?;
        let rest = &rest[comma + 2..];
        let name = &rest[..rest.find([',', '.', ';'])?];
        full_name(name).filter(|n| n.len() == name.trim().len())
    };
    body.or(company).or(described_house).or(press_office).or(issuer).or(own_name).or(institution).or_else(|| {
        // (Of a document or of no one named: "a verdict published on the court's website"; a
        // spokesperson's statement on a chancellery's site stays the spokesperson's.)
        s.is_none_or(|s| !matches!(s.kind, SourceKind::Person | SourceKind::Organization)).then(|| site_owner(a.sentence.slice(text))).flatten()
    }).or_else(|| {
        // ("el director de la Reserva de la Biosfera Radiológica …, Oleg Martyniuk": a person
        // described in lower case, the name in the apposition after, not the body's.)
        s.filter(|s| matches!(s.kind, SourceKind::Person | SourceKind::Unknown) && s.text.starts_with(char::is_lowercase)).and_then(|_| apposition())
    }).or_else(named).or_else(kind).or_else(one_word).or_else(|| {
        // ("the Commission nationale … (CNIL) said in a decision published on its website": a
        // body by its abbreviation, on its own site.)
        let on_its_site = || {
            let folded = fold(a.sentence.slice(text));
            ["on its website", "on its site", "sur son site", "en su web", "en su sitio", "auf seiner website", "auf ihrer website", "sul suo sito", "no seu site"].iter().any(|p| folded.contains(p))
        };
        s.filter(|s| s.kind == SourceKind::Organization && !s.back_reference && (2..=8).contains(&s.name.chars().count()) && s.name.chars().all(|c| c.is_uppercase()) && on_its_site())
            .map(|s| s.name.clone())
    }).or_else(apposition)
    .or_else(|| {
        // "повідомила начальниця міської військової адміністрації Ірина Дзюба": a given name and a
        // surname later in the sentence, when the source phrase was cut short of them. (Not for a
        // body: "… with head coach Oleh Hnatiuk, the club said in a statement".)
        if s.is_some_and(|s| s.kind == SourceKind::Organization) {
            return None;
        }
        // (In the source phrase first: "Wie Transfer-Insider Davide Lanzoni auf X schrieb, haben
        // sich Atalanta und Newcastle …" is no post of a name later in the sentence.)
        let named = |span: &str| {
            let words: Vec<&str> = crate::words(span).collect();
            words.windows(2).find_map(|w| {
                // (Not a possessive: "under Ottavio Serranti's 1641 canvas".)
                (crate::given_names::is_given_name(&fold(w[0])) && is_capitalized(w[0]) && is_capitalized(w[1]) && !w[1].ends_with("'s") && !w[1].ends_with("’s"))
                    .then(|| w.join(" "))
            })
        };
        // (Not a name before a source that describes someone: "La actriz Pilar Montanés presidirá
        // el jurado …, según ha anunciado el certamen italiano" is no post of the actress; a
        // pronoun's name comes before it: "Priya Castell reagierte auf X: …, schrieb sie".)
        let from = s
            .filter(|s| !in_list(PRONOUNS, &fold(&s.text)))
            .map_or(a.sentence.start, |s| s.span.start.min(a.cue.start))
            .max(a.sentence.start);
        s.and_then(|s| named(&s.text)).or_else(|| named(text.get(from..a.sentence.end)?))
    })
}

/// Whether an attribution reports a post: a speech verb whose source is a person, a body or an
/// unnamed one ("the minister", "she") in a sentence that names the platform.
pub fn posted(text: &str, a: &Attribution) -> bool {
    // ("за інформацією Генштабу": a public body, even when read as a medium.)
    let body = a.source.as_ref().is_some_and(|s| !s.back_reference && crate::institution::publishing_body(&s.name));
    // ("the World Health Organization (WHO) said": an international organisation speaks in
    // statements.)
    // (Read on past the source phrase: "l'Organisation mondiale de la santé (OMS)".)
    let international = || {
        a.source.as_ref().is_some_and(|s| {
        let end = text.floor_char_boundary((s.span.end + 60).min(a.sentence.end).max(s.span.end));
        !s.back_reference
            && text.get(s.span.start..end).is_some_and(|after| {
                let clause = after.split(['.', ';', ',']).next().unwrap_or(after);
                crate::institution::international_body(clause).is_some()
            })
        })
    };
    // (No source read: "…, Iryna Dziuba, head of the administration, said on Telegram".)
    // (A stance or an accusation is no post: "Yurii Martyniuk, who is suspected of …, his lawyer
    // wrote on Facebook".)
    const NOT_POSTING: &[&str] = &[
        "suspected", "suspects", "suspect", "believes", "believed", "believe", "thinks", "thought", "wants", "wanted",
        "hopes", "hoped", "fears", "feared", "expects", "expected", "accused", "charged", "agreed", "agree", "plans",
        "planned", "seems", "seemed", "appears", "appeared", "found", "finds", "vowed", "vows",
    ];
    // (A paper a medium has seen is no post: "aus einem internen Papier der Europäischen
    // Weltraumorganisation, das dem SPIEGEL vorliegt", "a draft seen by Reuters".)
    const SEEN: &[&str] = &[
        "vorliegt", "vorlag", "vorliegen", "seen by", "obtained by", "reviewed by", "в распоряжении", "в розпорядженні", "obtenu par",
        "consulte par", "en poder de", "in possesso",
        // ("o despacho de acusação do Ministério Público a que o Expresso teve acesso".)
        "teve acesso", "tiveram acesso", "tuvo acceso", "ha tenido acceso", "a eu acces", "a pu consulter", "ha potuto consultare",
        "ha visionato", "dotarl", "ознакомил", "ознайомил", "ознайоми",
    ];
    let seen = || {
        a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Document) && {
            let folded = fold(a.sentence.slice(text));
            SEEN.iter().any(|w| folded.contains(&fold(w)))
        }
    };
    // ("napisała w komunikacie prezes Katrin Oberländer": a company's head or spokesperson
    // writing in its statement writes the company's, no post of their own.)
    let in_company_statement = || {
        a.source.as_ref().is_some_and(|s| {
            let words: Vec<String> = crate::words(&fold(&s.text)).map(str::to_string).collect();
            s.kind == SourceKind::Document
                && words.iter().take(3).position(|w| STATEMENT_NOUNS.contains(&w.as_str())).is_some_and(|k| {
                    words.get(k + 1).is_some_and(|t| {
                        matches!(t.as_str(), "prezes" | "prezeska" | "dyrektor" | "dyrektorka" | "rzecznik" | "rzeczniczka" | "ceo" | "chief" | "spokeswoman" | "spokesman" | "spokesperson")
                    })
                })
        })
    };
    !a.in_title
        && !NOT_POSTING.contains(&fold(a.cue_text.trim()).as_str())
        && !seen()
        && !in_company_statement()
        // ("Procurada, a Capes afirmou em nota …": an answer to the reporter, no post.)
        && !asked_by_reporter(&fold(a.sentence.slice(text)))
        && a.source.as_ref().is_none_or(|s| {
            // ("в Telegram-каналі ДСНС України": a public body's channel is the body's.)
            // ("in einer Mitteilung des Instituts zitiert": a kind of body alone is a body.)
            body || !s.back_reference && (crate::institution::public_body(&s.name) || crate::institution::kind_only(&s.name)) || !s.back_reference
                && matches!(s.kind, SourceKind::Person | SourceKind::Organization | SourceKind::Document | SourceKind::Unknown)
        })
        && matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb | CueKind::SourceAfter))
        && (names_platform(a.sentence.slice(text))
            // ("Un lungo post pubblicato domenica sera su Instagram. … «…», ha scritto il
            // centrocampista": a person writing, right after the post is told of.)
            || wrote_after_post(text, a)
            // "according to a poll published by the research firm X": the firm's publication.
            || poll_author(text, a).is_some()
            // "за інформацією Генштабу", "according to the Ministry of Energy": a public body's
            // own publication.
            || body && publication_cue(&a.cue_text)
            // ("Das teilte der HUR am Dienstag mit": the verb's particle closes the clause.)
            || body && fold(a.cue_text.trim()) == "teilte" && text[a.cue.end..a.sentence.end].split(|c: char| !c.is_alphanumeric()).any(|w| w == "mit")
            // "wie der Konzern am Donnerstag mitteilte", "the company announced": a company's
            // announcement is its statement.
            // ("teilte Naftogaz am Mittwoch mit" after "der Energiekonzern Naftogaz": a company
            // the article calls one; a reporter's request is ruled out above.)
            || (publication_cue(&a.cue_text) || fold(a.cue_text.trim()) == "teilte")
                && a.recipient.is_none()
                && a.source.as_ref().is_some_and(|s| {
                    let words: Vec<String> = crate::words(&fold(&s.text)).map(str::to_string).collect();
                    // ("teilte das Stuttgarter Unternehmen mit", "the German company said": an
                    // article and one word before the company word.)
                    (words.len() <= 2 || words.len() == 3 && matches!(words[0].as_str(), "the" | "der" | "die" | "das" | "le" | "la" | "il" | "el" | "o" | "a" | "het" | "de"))
                        && words.last().is_some_and(|w| COMPANY_WORDS.contains(&w.as_str()))
                        || !s.back_reference && called_a_company(text, &s.name, matches!(fold(a.cue_text.trim()).as_str(), "teilte" | "mitteilte" | "teilte mit"))
                        // "the festival announced", "teilte das Museum mit": a museum or a
                        // festival announces.
                        // So does a political party ("foi anunciada pelo partido").
                        || !s.back_reference && crate::institution::announces_itself(&s.name)
                        || !s.back_reference
                            && crate::institution::kind_only(&s.name)
                            && (["festival", "museum", "musee", "museo", "muzeum"].iter().any(|k| fold(&s.name).contains(k))
                                || crate::words(&fold(&s.name)).any(|w| matches!(w, "party" | "partido" | "partito" | "parti" | "partei")))
                })
            // ("The Met Office issued an amber warning": a weather or civil-protection service
            // the article leads with, not one told of in passing further down.)
            || body
                && a.source.as_ref().is_some_and(|s| {
                    // (The service first: the lead paragraph is folded only for one.)
                    if !crate::institution::speaks_in_statements(&s.name) {
                        return false;
                    }
                    let lead = text.trim_start();
                    let lead = fold(&lead[..lead.find('\n').unwrap_or(lead.len())]);
                    let name = s.name.trim();
                    let name = ["the ", "The ", "il ", "le ", "la ", "der ", "die ", "das ", "el "].iter().find_map(|a| name.strip_prefix(a)).unwrap_or(name);
                    lead.contains(&fold(name))
                })
            || international()
            // ("aus einem Eintrag in der Rückrufdatenbank des Kraftfahrt-Bundesamts (KBA)": a
            // public body's document.)
            || document_owner(text, a).is_some_and(|o| crate::institution::publishing_body(&o))
            // "оприлюднили на сайті МОЗ. Як ідеться в документі": the document the body published.
            || earlier_publisher(text, a).is_some()
            // ("aus einem am Donnerstag veröffentlichten Beschluss der Behörde": a document published,
            // whose owner is named after it.)
            || a.source.as_ref().is_some_and(|s| {
                s.kind == SourceKind::Document
                    && text[a.sentence.start.min(s.span.start)..s.span.start].split_whitespace().rev().take(3).any(|w| PUBLISHED.iter().any(|p| fold(w).starts_with(p)))
            }) && document_owner(text, a).is_some()
            // "selon une délibération publiée mardi sur le site du régulateur": a document on a
            // body's site, or one published by a body ("según un informe que la fundación
            // italiana Prateria Blu publicó").
            || a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Document)
                && (site_owner(a.sentence.slice(text)).is_some() || document_author(text, a).is_some())
            // "according to a news release issued by the police department": a body's release.
            || a.source.as_ref().is_some_and(|s| {
                s.kind == SourceKind::Document
                    && ["release", "statement", "communique", "komunikat", "comunicado", "mitteilung", "заяв", "пресс-релиз", "пресреліз"]
                        .iter()
                        .any(|w| fold(&s.text).contains(w))
                    && text.get(s.span.end..a.sentence.end).is_some_and(|r| r.contains(" by "))
            }))
}

/// Whether a person wrote what a sentence quotes right after a post on a social network was told
/// of (in its paragraph or the one before).
pub fn wrote_after_post(text: &str, a: &Attribution) -> bool {
    const WROTE: &[&str] = &["wrote", "writes", "ha scritto", "scrive", "scrisse", "escribió", "escribe", "ha escrito", "a écrit", "écrit", "schrieb", "schreibt", "написал", "написала", "написав", "napisał", "napisała", "escreveu"];
    let cue = fold(a.cue_text.trim());
    // (A person described, "il centrocampista"; not a pronoun, whose person is told of before,
    // nor a name.)
    let described = |s: &Source| {
        matches!(s.kind, SourceKind::Person | SourceKind::Unknown)
            && !in_list(PRONOUNS, &fold(&s.text))
            && s.text.split_whitespace().skip(1).all(|w| !is_capitalized(w))
            && s.text.split_whitespace().count() >= 2
    };
    // (Only where the sentence names no network itself: "ha scritto il direttore nel post".)
    if !WROTE.iter().any(|w| fold(w) == cue) || !a.source.as_ref().is_some_and(described) || names_platform(a.sentence.slice(text)) {
        return false;
    }
    // (Its paragraph up to it and the paragraph before: a quote of several sentences opens it.)
    let before = text[..a.sentence.start].trim_end();
    let paragraph = before.rfind('\n').unwrap_or(0);
    let start = before[..paragraph].trim_end().rfind('\n').map_or(0, |k| k + 1);
    let previous = &before[start..];
    names_platform(previous) && ["post", "пост", "wpis", "beitrag", "publicación", "publication", "messaggio", "mensaje", "message"].iter().any(|p| fold(previous).contains(&fold(p)))
}

/// A statement's nouns, folded, as a source phrase names them ("w komunikacie", "in the statement").
const STATEMENT_NOUNS: &[&str] = &[
    "komunikacie", "oswiadczeniu", "statement", "release", "communique", "comunicado", "comunicato", "mitteilung", "pressemitteilung",
];

/// Legal forms of a company written before its quoted name ("АТ «Горинь Газ»", "ООО «Ромашка»").
const COMPANY_FORMS: &[&str] = &[
    "АТ", "ПАТ", "ПрАТ", "ТОВ", "ДП", "КП", "НАК", "АО", "ПАО", "ОАО", "ЗАО", "ООО", "ГК", "ФГУП", "ГУП", "МУП",
];

/// Endings of German compounds naming a company's kind ("Gasversorger", "Netzbetreiber",
/// "Energiekonzern"), folded.
const COMPANY_COMPOUNDS: &[&str] = &["versorger", "betreiber", "konzern", "unternehmen", "hersteller", "anbieter", "gesellschaft"];

/// Words that describe a company or group, folded ("the company said in a statement", "a
/// annoncé le groupe dans un communiqué", "der Energiekonzern Naftogaz").
pub const COMPANY_WORDS: &[&str] = &[
    "company", "group", "firm", "carmaker", "maker", "manufacturer", "lender", "insurer", "retailer", "konzern",
    "unternehmen", "hersteller", "firma", "societe", "groupe", "entreprise", "constructeur", "societa", "gruppo",
    "azienda", "empresa", "compania", "grupo", "компанія", "компания", "концерн", "spolka", "koncern",
    "distributor", "supplier", "operator", "utility", "provider", "carrier", "airline", "producer", "developer",
];

/// Whether the text calls a name a company: a company word, or a German compound ending in one,
/// right before it ("der staatliche Energiekonzern Naftogaz", "the state energy company
/// Naftogaz", "компанія «Нафтогаз»"); for an announcement (`announced`), a company word anywhere
/// in the text will do.
fn called_a_company(text: &str, name: &str, announced: bool) -> bool {
    let name = name.trim();
    let name = ["die ", "der ", "das ", "the ", "la ", "le ", "il ", "el "].iter().find_map(|a| name.strip_prefix(a)).unwrap_or(name);
    // ("Das teilte die Deutsche Bahn mit. … nach Angaben des Konzerns": a name of no person that
    // made an announcement, "mitteilen", in an article that calls its subject a company.)
    let words: Vec<&str> = crate::words(name).collect();
    let folded = fold(text);
    if announced
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| is_capitalized(w))
        && !crate::given_names::is_given_name(&fold(words[0]))
        && stemmata_text::media::lookup(name).is_none()
        && !names_a_place(name)
        && [
            "des konzerns", "der konzern", "dem konzern", "des unternehmens", "das unternehmen", "the company", "l'azienda",
            "la societa", "la empresa", "la compania", "l'entreprise", "le groupe",
        ]
        .iter()
        .any(|p| folded.contains(p))
    {
        return true;
    }
    let Some(first) = name.split_whitespace().next().filter(|w| w.starts_with(char::is_uppercase)) else {
        return false;
    };
    let spans = crate::word_spans(text);
    spans.windows(2).any(|p| {
        let (prev, word) = (fold(&text[p[0].0..p[0].1]), &text[p[1].0..p[1].1]);
        word == first
            && text[p[0].1..p[1].0].chars().all(|c| c == ' ' || "«\"„“".contains(c))
            // ("der Billig-Airline Skyvera": the head of a hyphenated compound.)
            && (COMPANY_WORDS.contains(&prev.as_str())
                || prev.rsplit_once('-').is_some_and(|(_, head)| COMPANY_WORDS.contains(&head))
                || ["konzern", "unternehmen", "hersteller"].iter().any(|e| prev.len() > e.len() + 2 && prev.ends_with(e)))
    })
}

/// Whether a folded sentence tells of an answer to the reporter's question ("teilte auf Anfrage
/// mit", "said when asked", "told us"), the outlet's own reporting rather than a release.
fn asked_by_reporter(folded: &str) -> bool {
    ["auf anfrage", "auf nachfrage", "-anfrage", "when asked", "procurad", "contactad", "contattat", "interpellat", "contacte par",
        "contactee par", "sollicite par", "sollicitee par", "contacted by", "reached by", "approached by",
        // A statement sent to the reporting outlet answers it: "En una nota enviada a Folha".
        "nota enviada a", "nota enviada al", "statement sent to", "statement emailed to", "communique envoye a", "message envoye a", "nota inviata a", "on request", "asked by", "sur demande", "interroge", "a pregunta",
        "на запит", "на запрос", "na prosbe", "zapytan", "su richiesta",
        // ("In a statement to CNN, the Federal Aviation Administration said": given to a medium.)
        "in a statement to", "in an email to", "in einer stellungnahme gegenuber", "dans une declaration a", "w oswiadczeniu dla",
        "в заявлении для", "в заяві для", "en un comunicado a", "in una dichiarazione a", "em declaracoes a", "em comunicado enviado a"]
        .iter()
        .any(|p| folded.contains(p))
}

/// A body's own channels, folded: "its official website", "su página web oficial", "no seu site
/// oficial", "sul proprio sito ufficiale", "auf seiner offiziellen Website".
const OFFICIAL_SITES: &[&str] = &[
    "official website", "official site", "official account", "official channels", "web oficial", "site oficial",
    "sito ufficiale", "canali ufficiali", "offiziellen website", "offiziellen homepage", "offiziellen kanalen",
    "site officiel", "офіційному сайті", "официальном сайте", "oficjalnej stronie",
];

/// The body whose press office a sentence names ("пресс-служба ведомства", "прес-служба
/// Міноборони", "the press office of the ministry"), as the sentence writes it, or `None`.
fn press_office_owner(text: &str, sentence: &str) -> Option<String> {
    const OFFICES: &[&str] = &["пресс-служба ", "пресс-службы ", "прес-служба ", "прес-служби ", "пресслужба ", "пресслужби ", "press office of the ", "press office of "];
    let lower = sentence.to_lowercase();
    let at = OFFICES.iter().find_map(|o| lower.find(o).map(|k| k + o.len()))?;
    let rest = sentence.get(at..)?;
    let run = rest.find([',', '.', ';', ':', '(', '«', '"']).unwrap_or(rest.len());
    let words: Vec<&str> = rest[..run].split_whitespace().take(4).collect();
    // ("пресс-служба ведомства": the ministry or the agency the text names.)
    if words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "ведомства" | "відомства")) {
        return ["министерство", "міністерство", "агентство", "служба", "комитет", "комітет"]
            .iter()
            .find_map(|kind| crate::institution::named_body_in(text, kind));
    }
    (1..=words.len())
        .rev()
        .map(|n| words[..n].join(" "))
        .find(|owner| crate::institution::kind_only(owner) || crate::institution::concepts(owner).is_some())
}

/// A speaker's own website, folded ("In a decision published on its website, Arera said").
const OWN_SITES: &[&str] = &[
    "on its website", "on its site", "sur son site", "sul suo sito", "sul proprio sito", "en su web", "en su sitio web",
    "en su pagina web", "no seu site", "na sua pagina", "auf seiner website", "auf ihrer website", "auf seiner internetseite",
    "auf ihrer internetseite", "на своєму сайті", "на своем сайте", "na swojej stronie",
];

/// The body whose website a sentence says something was published on: "a verdict published on
/// the court's website", "on the website of the Prosecutor General's Office", «оприлюдненому на
/// сайті ВАКС», "na stronie internetowej Prokuratury Krajowej", "auf der Website des Gerichts",
/// "sur le site du tribunal". Only a body (a named one or a kind of body, for the caller to name).
fn site_owner(sentence: &str) -> Option<String> {
    const SITE: &[&str] = &[
        "website", "site", "webpage", "сайті", "сайте", "вебсайті", "вебсайте", "stronie", "webseite", "internetseite",
        "homepage", "sito", "web", "pagina",
    ];
    // Words between the site and its owner: "of the", "internetowej", "des", "du", "de la".
    const LINKS: &[&str] = &[
        "of", "the", "official", "internetowej", "oficjalnej", "des", "der", "du", "de", "la", "l'", "del", "della", "dell'",
        "do", "da", "officiel", "ufficiale", "internet", "офіційному", "официальном", "its", "their",
    ];
    let spans = stemmata_text::word_spans(sentence);
    let words: Vec<&str> = spans.iter().map(|&(s, e)| &sentence[s..e]).collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let (site, links): (Vec<String>, Vec<String>) = (SITE.iter().map(|x| fold(x)).collect(), LINKS.iter().map(|x| fold(x)).collect());
    let is_body = |name: &str| {
        crate::institution::concepts(name).is_some() || crate::institution::kind_only(name) || crate::institution::publishing_body(name)
    };
    for i in 0..words.len() {
        if !site.contains(&folded[i]) {
            continue;
        }
        // "on the court's website", "on the High Anti-Corruption Court's official website".
        let mut k = i;
        while k > 0 && folded[k - 1] == "official" {
            k -= 1;
        }
        if let Some(owner) = k.checked_sub(1).map(|b| words[b]).and_then(|p| p.strip_suffix("'s").or_else(|| p.strip_suffix("’s"))) {
            let b = k - 1;
            let mut from = b;
            while from > 0
                && is_capitalized(words[from - 1])
                && is_capitalized(owner)
                && sentence[spans[from - 1].1..spans[from].0] == *" "
                && b - from < 4
            {
                from -= 1;
            }
            let name = if from < b { format!("{} {owner}", words[from..b].join(" ")) } else { owner.to_string() };
            if is_body(&name) {
                return Some(name);
            }
            continue;
        }
        // ("L'Autorité de régulation … (Arcep) a infligé une amende …, selon une décision publiée
        // mardi sur son site internet": the site of the body the sentence opened with, named by
        // its abbreviation in brackets.)
        if k > 0 && matches!(folded[k - 1].as_str(), "son" | "sa" | "su" | "its" | "seiner" | "seinem" | "ihrer" | "ihrem" | "swojej" | "swoim" | "suo" | "sua" | "seu") {
            let before = &sentence[..spans[k - 1].0];
            let bracketed = before.match_indices(" (").find_map(|(at, _)| {
                let inner = before[at + 2..].split(')').next()?;
                (!inner.contains(' ') && (2..=8).contains(&inner.chars().count()) && inner.starts_with(char::is_uppercase)).then_some((at, inner))
            });
            if let Some((_, abbr)) = bracketed.filter(|&(at, a)| crate::institution::abbreviation_of_body(a) || is_body(a) || abbreviates_name_before(&before[..at], a)) {
                return Some(abbr.to_string());
            }
        }
        // ("na stronie francuskiego regulatora rynku telekomunikacyjnego Arcep": a body's
        // abbreviation a few lower-case words on.)
        if let Some(abbr) = words[i + 1..words.len().min(i + 8)]
            .iter()
            .take_while(|w| !w.ends_with(['.', ',']))
            .find(|w| is_capitalized(w) && crate::institution::abbreviation_of_body(w))
            .filter(|_| words[i + 1..words.len().min(i + 8)].iter().take_while(|w| !is_capitalized(w)).count() >= 1)
        {
            return Some(abbr.to_string());
        }
        // "на сайті ВАКС", "na stronie internetowej Prokuratury Krajowej", "on the website of the …".
        let mut j = i + 1;
        while j < words.len() && links.contains(&folded[j]) {
            j += 1;
        }
        let mut end = j;
        while end < words.len()
            && end - j < 5
            && (end == j || sentence[spans[end - 1].1..spans[end].0] == *" ")
            && (is_capitalized(words[end]) || end == j || matches!(folded[end].as_str(), "of" | "for" | "and"))
        {
            end += 1;
        }
        while end > j && matches!(folded[end - 1].as_str(), "of" | "for" | "and") {
            end -= 1;
        }
        if end > j {
            let name = &sentence[spans[j].0..spans[end - 1].1];
            // ("sul sito dell'Autorità": the elided article glued to the name is no part of it.)
            let name = ["dell'", "dell’", "dall'", "l'", "l’", "d'", "d’", "della ", "del "]
                .iter()
                .find_map(|p| name.strip_prefix(p))
                .filter(|n| n.starts_with(char::is_uppercase))
                .unwrap_or(name);
            if is_body(name) {
                return Some(name.to_string());
            }
        }
    }
    None
}

/// The body that published the document an attribution names bare ("the document", "il
/// rapporto"): the owner of the site the sentence before names ("Відповідний наказ … оприлюднили
/// на сайті МОЗ. Як ідеться в документі, …"), or the publisher one of the four sentences before
/// names ([`published_by`]); `None` for a document named with more words, or none told of before.
fn earlier_publisher(text: &str, a: &Attribution) -> Option<String> {
    let s = a.source.as_ref().filter(|s| s.kind == SourceKind::Document && !a.in_title)?;
    let words: Vec<String> = crate::words(&fold(&s.text)).map(str::to_string).collect();
    // (Its own list, not `DETERMINERS`: definite articles and demonstratives of the languages.)
    const LEADS: &[&str] = &["the", "this", "that", "цьому", "этом", "этому", "der", "dem", "das", "le", "la", "il", "el", "o", "a", "tym"];
    let head = match words.as_slice() {
        [w] => w,
        [d, w] if LEADS.contains(&d.as_str()) => w,
        _ => return None,
    };
    let document = crate::lexicon::all().iter().any(|l| l.document_heads.iter().any(|h| fold(h) == *head));
    if !document {
        return None;
    }
    // The sentence before: back to the full stop before the one that ends it.
    let before = text[..a.sentence.start].trim_end();
    let start = before.trim_end_matches(['.', '!', '?']).rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
    let previous = &before[start..];
    if let Some(owner) = site_owner(previous) {
        return Some(owner);
    }
    // Or who published it, told a few sentences before ("… del rapporto "Praterie in ritirata",
    // pubblicato stamattina dalla Fondazione Prateria Blu. … Secondo il rapporto, …").
    let mut end = before.len();
    for _ in 0..4 {
        let head = before[..end].trim_end();
        let start = head.trim_end_matches(['.', '!', '?']).rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        if let Some(publisher) = published_by(&head[start..]) {
            return Some(publisher);
        }
        if start == 0 {
            break;
        }
        end = start;
    }
    None
}

/// Who published the document an attribution names, by the words after it in its sentence.
fn document_author(text: &str, a: &Attribution) -> Option<String> {
    let s = a.source.as_ref().filter(|s| s.kind == SourceKind::Document && !a.in_title)?;
    published_by(text.get(s.span.start..a.sentence.end)?)
}

/// Stems of the verbs and participles of publishing, folded.
const PUBLISHED: &[&str] = &[
    "publi", "pubblic", "divulg", "diffus", "released", "issued", "veroffentlich", "опубл", "оприлюдн", "presentad",
    "presentat", "presente", "bereitgestell",
];

/// Who a sentence says published a document: the name after a participle of publishing and its
/// agent's preposition ("pubblicato stamattina sul proprio sito dalla Fondazione Prateria Blu",
/// "le rapport publié mardi par la fondation italienne Prateria Blu", "a report released by the
/// Baltic Institute"), or the subject of a relative clause of publishing ("un informe que la
/// fundación italiana Prateria Blu publicó"). `None` for no such sentence.
pub fn published_by(sentence: &str) -> Option<String> {
    const AGENTS: &[&str] = &["by", "dalla", "dal", "dallo", "da", "par", "por", "pela", "pelo", "von", "vom"];
    const CONNECTORS: &[&str] = &["de", "di", "del", "della", "of", "for", "du", "des", "y", "e", "and", "da", "do"];
    let spans = stemmata_text::word_spans(sentence);
    let raw: Vec<&str> = spans.iter().map(|&(s, e)| &sentence[s..e]).collect();
    let folded: Vec<String> = raw.iter().map(|w| fold(w)).collect();
    let joined = |m: usize| sentence[spans[m - 1].1..spans[m].0].chars().all(|c| c == ' ' || c == '\'' || c == '’');
    // A name of capitalised words (and the small words inside it) from `j`.
    let name_at = |j: usize| -> Option<String> {
        if !raw.get(j).is_some_and(|w| is_capitalized(w) && w.chars().next().is_some_and(char::is_alphabetic)) {
            return None;
        }
        let mut end = j + 1;
        while end < raw.len() && end - j < 6 && joined(end) && (is_capitalized(raw[end]) || CONNECTORS.contains(&folded[end].as_str())) {
            end += 1;
        }
        while end > j + 1 && CONNECTORS.contains(&folded[end - 1].as_str()) {
            end -= 1;
        }
        let name = raw[j..end].join(" ");
        // (Not a possessive: "by Ukraine's computer emergency response team".)
        let possessive = raw[end - 1].ends_with("'s") || raw[end - 1].ends_with("’s");
        (!possessive && !names_a_place(&name) && !in_list(WEEKDAYS, &folded[j])).then_some(name)
    };
    for k in 0..raw.len() {
        if !PUBLISHED.iter().any(|p| folded[k].starts_with(p)) || is_capitalized(raw[k]) {
            continue;
        }
        // "… publié mardi 4 mai par la fondation italienne Prateria Blu".
        for m in k + 1..(k + 9).min(raw.len()) {
            // ("publicado na noite de terça-feira pela agência": a hyphenated day.)
            if !joined(m) && &sentence[spans[m - 1].1..spans[m].0] != "-" {
                break;
            }
            let agent = AGENTS.contains(&folded[m].as_str()) || ["dall'", "dall’"].iter().any(|p| folded[m].starts_with(p));
            if !agent {
                continue;
            }
            // ("dall'Istituto X": the name glued to the elided article.)
            if folded[m].starts_with("dall") && raw[m].contains(['\'', '’']) {
                let glued = raw[m].split(['\'', '’']).nth(1).unwrap_or("");
                if glued.starts_with(char::is_uppercase) {
                    return Some(glued.to_string());
                }
            }
            // "pela agência espanhola de segurança alimentar (AESAN)": a body named in lower case
            // and defined by its abbreviation in brackets.
            let lower = (m + 1..(m + 9).min(raw.len())).take_while(|&j| joined(j) && !is_capitalized(raw[j])).last();
            if let Some(abbr) = lower.and_then(|l| crate::institution::defining_abbreviation(&sentence[spans[l].1..])) {
                return Some(abbr.to_string());
            }
            let j = (m + 1..(m + 6).min(raw.len())).take_while(|&j| joined(j)).find(|&j| is_capitalized(raw[j]))?;
            if (m + 1..j).all(|d| !is_capitalized(raw[d])) {
                return name_at(j);
            }
            return None;
        }
        // "einem Streikaufruf, den die GSL am Montagabend auf ihrer Internetseite veröffentlichte":
        // the subject of a German relative clause closed by the verb.
        if (folded[k].starts_with("veroffentlich") || folded[k].starts_with("bereitgestell"))
            && let Some(r) = (k.saturating_sub(14)..k).rev().find(|&r| {
                r > 0 && matches!(folded[r].as_str(), "den" | "die" | "das" | "welchen" | "welche" | "welches") && sentence[spans[r - 1].1..spans[r].0].contains(',')
            })
        {
            let j = if r + 2 < k && matches!(folded[r + 1].as_str(), "der" | "die" | "das") { r + 2 } else { r + 1 };
            // (A kind of body alone, "das das Gericht … veröffentlichte", is the body named before
            // it: the caller's to name.)
            if let Some(name) = (j < k).then(|| name_at(j)).flatten() {
                return Some(name);
            }
        }
        // ("la resolución que la Comisión Nacional de Informática y Libertades (CNIL, por sus siglas
        // en francés) publicó": the abbreviation in brackets right before the verb, after a
        // relative pronoun.)
        if let Some(open) = sentence[..spans[k].0].trim_end().strip_suffix(')').and_then(|b| b.rfind('(')) {
            let abbr = sentence[open + 1..].split([',', ')']).next().unwrap_or("").trim();
            let before = &sentence[..open];
            let relative = before.split_whitespace().rev().take(12).any(|w| matches!(fold(w).as_str(), "que" | "che" | "qui" | "which" | "that"));
            if relative && abbreviates_name_before(before, abbr) {
                return Some(abbr.to_string());
            }
        }
        // "un informe que la fundación italiana Prateria Blu publicó": the capitalised words
        // right before the verb, after a relative pronoun.
        if k >= 2 && joined(k) && is_capitalized(raw[k - 1]) {
            let mut j = k - 1;
            while j > 0 && joined(j) && is_capitalized(raw[j - 1]) && k - j < 5 {
                j -= 1;
            }
            if (j.saturating_sub(5)..j).any(|r| matches!(folded[r].as_str(), "que" | "che" | "qui" | "which" | "that")) {
                return name_at(j);
            }
        }
    }
    None
}

/// Whether an abbreviation ("CNIL") spells the initials of the name right before its brackets
/// ("la Commission nationale de l'informatique et des libertés"), from a capitalised word on:
/// its letters in order as the first letters of the name's words.
fn abbreviates_name_before(before: &str, abbr: &str) -> bool {
    let letters: Vec<char> = abbr.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
    if !(2..=8).contains(&letters.len()) || !abbr.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-') {
        return false;
    }
    // The name's words, the last first; an elided article glued to a word is no word of it.
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(12)
        .map(|w| w.rsplit(['\'', '’']).next().unwrap_or(w))
        .collect();
    let mut want = letters.iter().rev().peekable();
    for w in &words {
        let Some(&&c) = want.peek() else { break };
        if fold(w).starts_with(c) {
            want.next();
            // (The first letter opens the name with a capital: "Commission".)
            if want.peek().is_none() {
                return is_capitalized(w);
            }
        }
    }
    false
}

/// The body's name an unknown abbreviation stands for where the text defines it in brackets
/// ("l'agence régionale de santé (ARS)" for "ARS"), or `None`: a known medium or agency, no
/// definition, or a definition that names no kind of body.
fn defined_body(text: &str, name: &str) -> Option<String> {
    let bare = ["l'", "l’", "the ", "la ", "le ", "el ", "il ", "der ", "die ", "das "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name);
    if !(2..=6).contains(&bare.chars().count())
        || !bare.chars().all(|c| c.is_uppercase())
        || stemmata_text::media::lookup(bare).is_some()
        || agency::lookup(bare).is_some()
    {
        return None;
    }
    let at = text.find(&format!("({bare})"))?;
    let before = &text[..at];
    let start = before.rfind(['.', ',', ';', ':', '\n', '(']).map_or(0, |k| k + 1);
    let phrase: Vec<&str> = before[start..].split_whitespace().collect();
    let phrase = phrase[phrase.len().saturating_sub(6)..].join(" ");
    let concepts = crate::institution::concepts(&phrase)?;
    (stemmata_text::media::lookup(&phrase).is_none() && crate::institution::kind_only(&phrase) || concepts.len() >= 2).then_some(phrase)
}

/// English months, folded.
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
];

/// Points a source at another span of `text`, its text with it (the caller sets the name).
fn reframe(s: &mut Source, text: &str, start: usize, end: usize) {
    s.span = Span::new(start, end);
    s.text = text[start..end].to_string();
}

/// Whether a folded sentence names a body's own channel ([`OFFICIAL_SITES`]).
fn names_official_site(folded: &str) -> bool {
    OFFICIAL_SITES.iter().any(|o| folded.contains(o))
}

/// Endings of a describing word that is no name ("the Hamburg-based company", "the
/// Warsaw-based research firm").
const DESCRIBING_SUFFIXES: &[&str] = &["-based", "-owned", "-run", "-funded", "-backed", "-listed"];

/// Words of a published poll ("according to a poll published by X", "wynika z sondażu
/// pracowni X", "selon un sondage de l'institut X", "geht aus einer Umfrage des Instituts X
/// hervor"), folded.
const POLL_WORDS: &[&str] = &[
    "poll", "survey", "sondaz", "sondazu", "umfrage", "sondage", "опитування", "опрос", "опроса", "encuesta", "sondeo",
    "sondaggio", "sondagem", "badanie", "badania", "barometre", "barometer", "barometro", "erhebung",
];

/// Words that name who made a poll or issued a release, before the name: its kind ("the research
/// firm X", "pracowni X", "des Instituts X") or "by".
const ISSUER_LEADS: &[&str] = &[
    "by", "przez", "von", "vom", "par", "por", "da", "dal", "firm", "pollster", "institute", "company", "agency",
    "pracowni", "pracownie", "pracownia", "osrodka", "osrodek", "instituts", "institut", "l'institut", "instituto",
    "istituto", "dell'istituto", "del", "des", "de", "der", "компанії", "компании", "центру", "центра", "фонду", "фонда",
    "соціологічної", "социологической", "групи", "группы",
];

/// Who published the poll, or the release, that an attribution relays: the name after its kind or
/// "by" among the words after the cue ("according to a poll published on Tuesday by the
/// Warsaw-based research firm Horyzont" → "Horyzont"). `None` unless a poll or release word opens
/// what the cue names.
pub fn poll_author(text: &str, a: &Attribution) -> Option<String> {
    if a.in_title {
        return None;
    }
    let rest = text.get(a.cue.end..a.sentence.end)?;
    let spans = stemmata_text::word_spans(rest);
    let folded: Vec<String> = spans.iter().map(|&(s, e)| fold(&rest[s..e])).collect();
    const RELEASES: &[&str] = &[
        "komunikatu", "komunikat", "communique", "release", "pressemitteilung", "mitteilung",
        // Official results: "selon les résultats officiels publiés mardi par la Commission …".
        "results", "resultats", "wyniki", "wynikow", "ergebnis", "endergebnis", "результати", "результаты", "resultados",
        "risultati",
        // A service's bulletin: "nel bollettino diffuso dal Dipartimento della Protezione Civile".
        "bollettino", "bulletin",
        // An electoral count: "según los datos preliminares de la Comisión Electoral Central (CEC)".
        "datos", "dati", "donnees", "recuento", "conteggio", "decompte",
    ];
    // "el informe provisional que la Comisión de Investigación … (CIAIAC) hizo público", "dem
    // Zwischenbericht der Untersuchungskommission CIAIAC", "an interim report by Spain's
    // accident investigation commission, the CIAIAC": a report and the body it names by its
    // abbreviation, no medium.
    const REPORTS: &[&str] = &[
        "report", "informe", "rapport", "rapporto", "bericht", "zwischenbericht", "abschlussbericht", "raport", "raporcie",
        "relatorio", "звіт", "звіті", "звіту", "доклад", "докладе", "отчет", "отчете",
    ];
    if let Some(report) = (0..folded.len().min(7)).find(|&k| REPORTS.contains(&folded[k].as_str())) {
        let issuer = (report + 1..spans.len().min(report + 18))
            .take_while(|&j| !rest[spans[j - 1].1..spans[j].0].contains(['.', ';', ':']))
            .map(|j| &rest[spans[j].0..spans[j].1])
            .find(|w| {
                (3..=8).contains(&w.chars().count())
                    && w.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
                    && stemmata_text::media::lookup(w).is_none()
                    && agency::lookup(w).is_none()
                    // (Capitals that name no body: titles, currencies, fuels, trains.)
                    && !matches!(*w, "CEO" | "CFO" | "COO" | "CTO" | "USA" | "USD" | "EUR" | "GBP" | "GDP" | "LNG" | "LPG" | "COVID" | "HIV" | "AIDS" | "PDF" | "ICE" | "TGV" | "SUV")
            });
        if let Some(issuer) = issuer {
            return Some(issuer.to_string());
        }
    }
    let doc = (0..folded.len().min(7)).find(|&k| POLL_WORDS.contains(&folded[k].as_str()) || RELEASES.contains(&folded[k].as_str()))?;
    // (In the cue's clause: "Jak czytamy w uzasadnieniu decyzji, badania przeprowadzone przez
    // Narodowy Instytut Leków wykazały" names the studies of the decision.)
    if rest[..spans[doc].0].contains([',', ';', ':']) {
        return None;
    }
    let capital = |k: usize| rest[spans[k].0..].starts_with(char::is_uppercase);
    let time = |w: &str| in_list(WEEKDAYS, w) || in_list(TIME_WORDS_AFTER_CUE, w) || MONTHS.contains(&w);
    let lead = |j: usize| ISSUER_LEADS.contains(&folded[j].as_str());
    // ("par la Commission", "by the firm X": an article between.)
    let article = |j: usize| matches!(folded[j].as_str(), "the" | "la" | "le" | "l" | "der" | "die" | "das" | "el" | "il");
    // ("l'institut polonais X": an adjective between.)
    let between = |j: usize| article(j) || !capital(j) && folded[j].chars().count() > 3 && !lead(j);
    let mut k = doc + 1;
    while k < spans.len() && k <= doc + 12 {
        // (Within the clause: "…, said X" is someone else.)
        if rest[spans[k - 1].1..spans[k].0].contains([',', ';', '(', ':', '—', '–']) {
            return None;
        }
        // (A German genitive or "von" right after the document only: "laut Mitteilung vor allem vom
        // Geschäft mit Getrieben" names no issuer.)
        // (Nor a French or Spanish "de" farther on: "un communiqué ad hoc publié après la clôture
        // de la Bourse de Francfort".)
        let german_far = |j: usize| matches!(folded[j].as_str(), "vom" | "von" | "des" | "der" | "de" | "du" | "del") && j > doc + 2;
        // "por el Instituto Internacional de Sociología de Kiev (KIIS)", "du Centre de
        // recherches sociologiques (CIS)": a name up to the abbreviation that closes it, the
        // kind in it, after a lead however far from the document.
        let bracket_end = |k: usize| {
            let last = (k + 1..spans.len().min(k + 7))
                .take_while(|&j| &rest[spans[j - 1].1..spans[j].0] == " " && !rest[spans[j].0..spans[j].1].chars().all(char::is_uppercase))
                .last()
                .unwrap_or(k);
            let closed = rest[spans[last].1..].starts_with(" (")
                && rest[spans[last].1 + 2..].split(')').next().is_some_and(|abbr| {
                    (2..=6).contains(&abbr.chars().count()) && abbr.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
                });
            (closed && (k + 1..=last).all(|j| !matches!(folded[j].as_str(), "by" | "przez" | "von" | "vom" | "par" | "por" | "da" | "dal")))
                .then_some(last)
        };
        if capital(k) && !time(&folded[k]) && (lead(k - 1) || k >= 2 && between(k - 1) && lead(k - 2))
            && let Some(e) = bracket_end(k)
        {
            return Some(rest[spans[k].0..spans[e].1].to_string());
        }
        if capital(k)
            && !time(&folded[k])
            && !folded[k].ends_with("-based")
            && (lead(k - 1) && !german_far(k - 1) || k >= 2 && between(k - 1) && lead(k - 2) && !german_far(k - 2))
        {
            let mut end = k;
            while end + 1 < spans.len() && end < k + 4 && capital(end + 1) && &rest[spans[end].1..spans[end + 1].0] == " " {
                end += 1;
            }
            // "la Commission électorale nationale (PKW)": lowercase words of the name up to its
            // abbreviation.
            if let Some(open) = rest[spans[end].1..].find(" (").map(|o| o + spans[end].1) {
                let before: Vec<usize> = (end + 1..spans.len()).take_while(|&j| spans[j].1 <= open).collect();
                if before.iter().all(|&j| !capital(j) && !lead(j))
                    && before.len() <= 3
                    && rest[spans[end].1..open].split_whitespace().all(|w| w.chars().all(char::is_alphabetic))
                    && rest[open + 2..].split(')').next().is_some_and(|abbr| abbr.len() >= 2 && abbr.chars().all(|c| c.is_uppercase()))
                {
                    end = before.last().copied().unwrap_or(end);
                }
            }
            // "des Warschauer Instituts Horyzont": the name after the kind.
            let start = (k..=end).rev().find(|&j| lead(j)).map_or(k, |j| j + 1);
            if start > end {
                return None;
            }
            return Some(rest[spans[start].0..spans[end].1].to_string());
        }
        k += 1;
    }
    None
}

/// Who released the statement an attribution's sentence tells of after its cue ("said in a
/// statement released by the institute" → "the institute"): the words after "released by" up
/// to the clause's end, when a statement or release comes just before.
fn released_by(text: &str, a: &Attribution) -> Option<String> {
    if a.in_title {
        return None;
    }
    let rest = text.get(a.cue.end..a.sentence.end)?;
    let folded = rest.to_lowercase();
    let at = [" released by ", " issued by ", " put out by ", " published by "].iter().find_map(|p| folded.find(p).map(|k| (k, p.len())))?;
    let before = &folded[..at.0];
    if before.len() > 40 || !["statement", "release", "communique", "communiqué"].iter().any(|w| before.contains(w)) {
        return None;
    }
    let after = &rest[at.0 + at.1..];
    let clause = after.split([',', '.', ';', ':', '(', '—', '–']).next()?.trim();
    let words: Vec<&str> = clause.split_whitespace().take(7).collect();
    (!words.is_empty() && words.len() <= 6).then(|| words.join(" "))
}

/// Cues by which a body's publication is relayed ("according to", "за даними", "reported"), not
/// words said to a reporter.
fn publication_cue(cue: &str) -> bool {
    const CUES: &[&str] = &[
        "according to", "за даними", "за інформацією", "по данным", "по информации", "laut", "nach angaben", "selon", "según", "secondo",
        "według", "согласно", "reported", "reports", "повідомляє", "повідомив", "повідомила", "повідомило", "повідомили",
        "сообщает", "сообщил", "сообщила", "сообщило", "сообщили", "informó", "informa", "annonce", "a annoncé",
        "berichtet", "berichtete", "meldet", "meldete", "poinformował", "poinformowała", "poinformowało", "podał", "podaje",
        "announced", "announces", "published", "podała", "podało", "mitteilte", "teilte mit", "wie", "a publié",
        "про це повідомляє", "про це повідомили", "об этом сообщает", "об этом сообщили", "як повідомляє", "как сообщает",
        // Romance announcements: "lo ha anunciado la formación", "foi anunciada pelo partido".
        "anunció", "ha anunciado", "lo ha anunciado", "lo anunció", "anunciou", "foi anunciada pelo", "foi anunciado pelo",
        "ha annunciato", "lo ha annunciato",
        // A body's figures: "Про це свідчать дані МВС", "figures from the interior ministry show".
        "про це свідчать дані", "свідчать дані", "як свідчать дані", "показують дані", "як показують дані",
        "об этом свидетельствуют данные", "свидетельствуют данные", "как свидетельствуют данные", "показывают данные",
        "как показывают данные", "figures from", "data from", "statistics from",
    ];
    let c = fold(cue.trim());
    // ("jak podaje GUS", "як повідомляє", "wie … meldet": the cue after its "as".)
    let bare = ["jak ", "як ", "как ", "wie ", "as ", "come ", "comme ", "como "].iter().find_map(|a| c.strip_prefix(a)).unwrap_or(&c);
    CUES.iter().any(|x| fold(x) == c || fold(x) == bare)
}

/// A person's or body's name in a source phrase: the capitalised words closing it, titles
/// dropped ("голова обласної державної адміністрації Тарас Дорошенко" → "Тарас Дорошенко",
/// "Mayor Oksana Derkach" → "Oksana Derkach"); two to four words.
pub fn full_name(phrase: &str) -> Option<String> {
    let words: Vec<&str> = crate::words(phrase).collect();
    let title = |w: &str| is_person_title(&fold(w)) || is_person_title(&w.to_lowercase());
    let k = words.iter().rposition(|w| !is_capitalized(w) || title(w)).map_or(0, |k| k + 1);
    // "мэр Сухобалки Оксана Литвинчук": a place in the title before the given name is no part of
    // the name.
    let k = (k + 1..words.len().saturating_sub(1))
        .find(|&g| crate::given_names::is_given_name(&fold(words[g])))
        .unwrap_or(k);
    // "заступник міністра інфраструктури Польщі Томаш Вєльгош": a country in the genitive
    // closing the title is no part of the name either.
    let k = if words.len() >= k + 3 && is_country(words[k]) { k + 1 } else { k };
    let name = &words[k..];
    // ("Den Ermittlern zufolge", "In internen E-Mails": an article or a preposition opening a
    // sentence is no given name.)
    let article = name.first().is_some_and(|w| {
        matches!(fold(w).as_str(), "der" | "die" | "das" | "den" | "dem" | "des" | "ein" | "eine" | "einer" | "einem" | "in" | "im" | "laut" | "the" | "le" | "la" | "les" | "el" | "il")
    });
    (name.len() >= 2 && name.len() <= 4 && !article && !name.iter().any(|w| w.chars().all(|c| !c.is_lowercase()))).then(|| name.join(" "))
}

/// A country's name in any case: a gazetteer place, or the stem of a Ukrainian or Russian
/// country name ("Польщі", "Германии", "Франції").
fn is_country(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "польщ", "польш", "німеччин", "германи", "франці", "франци", "італі", "итали", "іспані", "испани", "британі",
        "британи", "англі", "англи", "америк", "україн", "украин", "росі", "росси", "білорус", "беларус", "угорщин",
        "венгри", "румуні", "румыни", "чехі", "чехи", "словаччин", "словаки", "литв", "латві", "латви", "естоні",
        "эстони", "молдов", "грузі", "грузи", "туреччин", "турци", "китаю", "китая", "японі", "япони", "канад",
        "австрі", "австри", "швеці", "швеци", "норвегі", "норвеги", "фінлянді", "финлянди", "нідерланд", "нидерланд",
        "бельгі", "бельги", "швейцарі", "швейцари", "ізраїл", "израил", "казахстан", "азербайджан", "вірмені", "армени",
    ];
    let folded = fold(word);
    names_a_place(word) || STEMS.iter().any(|s| folded.starts_with(&fold(s)))
}

/// Whether a folded word is a person's title ("minister", "mayor").
pub fn is_person_title(folded: &str) -> bool {
    title_word(folded) || in_list(TITLE_ABBREVIATIONS, folded)
}

/// A person's name after their title in a sentence ("Der Leaker Quinn Harlow hat …" → "Quinn
/// Harlow"): two capitalised words after a title word.
pub fn titled_name_in(sentence: &str) -> Option<String> {
    let words: Vec<&str> = crate::words(sentence).collect();
    words.windows(3).find_map(|w| {
        (is_person_title(&fold(w[0])) && is_capitalized(w[1]) && is_capitalized(w[2]) && !is_person_title(&fold(w[1])))
            .then(|| format!("{} {}", w[1], w[2]))
    })
}

/// Stems of Ukrainian and Russian institution nouns, matched in any case form.
#[rustfmt::skip]
const ORGANIZATION_STEMS: &[&str] = &[
    "міністерств", "министерств", "мінздрав", "минздрав", "мінфін", "минфин", "управлінн", "управлени",
    "служб", "адміністрац", "администрац", "мері", "мэри", "поліці", "полици", "уряд", "правительств",
    "комітет", "комитет", "департамент", "прокуратур", "держстат", "росстат", "статистик", "відомств",
    "ведомств", "офіс", "офис", "генпрокур", "інститут", "институт", "компані", "компани", "банк", "агентств", "агенци", "гварді", "гварди",
];

fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}

/// Whether a case-free key ([`crate::outlet_case_key`]) is a known outlet's, spelt alike or
/// nearly so («Вербовская неделя» of Вербівський тиждень: the vowels of a translated adjective).
fn known_case_key(known: &[String], case_key: &str) -> bool {
    known.iter().any(|k| k == case_key || k.starts_with('~') && crate::outlet_keys_match(k, case_key))
}

/// Quotation marks that open a name or a quotation.
const OPENING_QUOTES: [char; 4] = ['«', '„', '“', '"'];
/// Quotation marks that close one.
const CLOSING_QUOTES: [char; 4] = ['»', '“', '”', '"'];

/// Whether a quotation mark opens right before word `k` (after the word before it).
fn quote_opens(text: &str, words: &[Word<'_>], k: usize) -> bool {
    // (No word `k`, or none before it: no mark opens there.)
    (1..words.len()).contains(&k) && gap(text, words, k - 1, k).trim_end().ends_with(OPENING_QUOTES)
}

/// Whether a folded phrase is one of a lexicon's entries (written with their diacritics).
fn in_folded_list(list: &[&str], phrase: &str) -> bool {
    list.iter().any(|e| fold(e) == phrase)
}

fn words_of(text: &str, span: Span) -> Vec<Word<'_>> {
    let slice = span.slice(text);
    crate::word_spans(slice)
        .into_iter()
        .map(|(s, e)| Word {
            start: span.start + s,
            end: span.start + e,
            raw: &slice[s..e],
            folded: fold(&slice[s..e]),
        })
        .collect()
}

/// The text between two words (exclusive).
fn gap<'a>(text: &'a str, words: &[Word<'_>], left: usize, right: usize) -> &'a str {
    text.get(words[left].end..words[right].start).unwrap_or("")
}

fn gap_is_space(g: &str) -> bool {
    g.chars().all(char::is_whitespace)
}

/// Attribution extraction over one text (an article body or a title), with the sentence spans
/// the text was split into. `known_outlets` are outlet names known to be media (e.g. the
/// outlets of a story), used to tell "Politico said" (an outlet) from "Rubio said" (a person).
pub fn extract_sentences(
    text: &str,
    sentences: &[Span],
    language: Option<&str>,
    known_outlets: &[String],
) -> Vec<Attribution> {
    let lexicons = lexicon::for_language(language);
    // Keys, then case-free keys of Ukrainian and Russian names (see `outlet_case_key`).
    let mut known: Vec<String> = known_outlets.iter().map(|o| crate::outlet_key(o)).collect();
    known.extend(
        known_outlets
            .iter()
            .map(|o| crate::outlet_case_key(o))
            .filter(|k| k.starts_with('~'))
            .chain(known_outlets.iter().filter_map(|o| crate::latin_case_key(o))),
    );
    let quoted = quote_regions(text);
    let mut out = Vec::new();
    for &sentence in sentences {
        // A wire story's revision note ("(Adds quote from river authority in paragraph 3)") says
        // what changed, not who said it.
        let body = sentence.slice(text).trim_start();
        if ["(Adds ", "(Updates ", "(Recasts ", "(Corrects ", "(Changes ", "(Rewrites "].iter().any(|p| body.starts_with(p)) {
            continue;
        }
        let mut found: Vec<Attribution> = extract_sentence(text, sentence, &lexicons, &known)
            .into_iter()
            // Attributions inside quoted speech belong to the speaker's words, not to
            // the article's sourcing ("I think", "you know").
            .filter(|a| {
                !matches!(a.cue_kind, CueKindOrCredit::Cue(_))
                    || !quoted
                        .iter()
                        .any(|q| q.start < a.cue.start && a.cue.end <= q.end)
            })
            .collect();
        drop_embedded(text, &mut found);
        let cx = post::Cx { text, sentence, language, lexicons: &lexicons, known: &known };
        for pass in post::POST_PASSES {
            pass(&cx, &mut found);
        }
        out.extend(found);
    }
    out
}

/// Whether a source phrase is someone's own page on a platform: "his Facebook", "ihrem
/// Instagram-Account", "son compte X".
fn own_platform(phrase: &str) -> bool {
    let words: Vec<&str> = crate::words(phrase).collect();
    words.len() >= 2
        && words.len() <= 4
        && matches!(
            fold(words[0]).as_str(),
            "his" | "her" | "its" | "their" | "seinem" | "seiner" | "ihrem" | "ihrer" | "son" | "sa" | "ses" | "su" | "sus" | "suo" | "sua"
                | "swoim" | "swojej" | "своєму" | "своїй" | "своем" | "своей"
        )
        && words[1..].iter().any(|w| platform_token(w, &fold(w)))
}

/// Whether a source phrase names only a place, led by a preposition of place or a participle:
/// "à Genève", "publié mercredi à Genève", "en Bruselas".
fn only_a_place(phrase: &str) -> bool {
    let words: Vec<&str> = crate::words(phrase).collect();
    let Some(first) = words.first().map(|w| fold(w)) else { return false };
    let led = matches!(first.as_str(), "a" | "au" | "aux" | "en" | "dans" | "in" | "nel" | "nella" | "da" | "desde" | "depuis")
        || ["e", "ee", "es", "ees", "ado", "ada", "ido", "ida", "ato", "ata", "ito", "ita"].iter().any(|e| first.ends_with(e) && first.chars().count() > 5)
            && !is_capitalized(words[0]);
    let capitals: Vec<&&str> = words.iter().filter(|w| is_capitalized(w)).collect();
    led && !capitals.is_empty() && capitals.iter().all(|w| names_a_place(w))
}

/// "In a post on its Telegram channel, Harwick Watch said …": the post's place is the speaker's
/// own channel, which makes the speaker a medium; the post itself credits no one else.
fn own_channel_post(found: &mut Vec<Attribution>) {
    let own_post = |a: &Attribution| {
        fold(&a.cue_text).contains("post")
            && a.source.as_ref().is_some_and(|s| matches!(fold(&s.text).split(' ').next(), Some("its" | "their")))
    };
    if let Some(k) = found.iter().position(own_post) {
        found.remove(k);
        for a in found.iter_mut() {
            if let Some(s) = a.source.as_mut().filter(|s| s.kind == SourceKind::Person) {
                s.kind = SourceKind::Outlet;
            }
        }
    }
}

/// Media an article names without a cue of speech or publishing: a name right after a media
/// noun ("відео … на YouTube-каналі «Трамвайні нотатки»", "for the weekly Le Nouveau Regard")
/// or a name an apposition calls a medium ("Tram Notes, a YouTube channel run by …"). News names
/// a medium almost only to credit it; callers use these where an article credits no one else.
pub fn media_mentions(text: &str, sentences: &[Span], language: Option<&str>) -> Vec<Source> {
    const PLATFORMS: &[&str] = &["youtube", "telegram", "facebook", "tiktok", "instagram", "viber", "twitter"];
    let lexicons = lexicon::for_language(language);
    let lex = lexicons[0];
    let medium_word = |w: &Word<'_>| {
        // "YouTube-каналі": a platform before a hyphen names the kind of channel.
        let last = w.folded.rsplit('-').next().unwrap_or(&w.folded);
        let last_raw = w.raw.rsplit('-').next().unwrap_or(w.raw);
        // (German capitalises every noun: "im Auftrag der konservativen Zeitung Le Figaro".)
        (!is_capitalized(last_raw) || crate::german_media_compound(&w.folded) || lex.language == "de")
            // (German writes its nouns capitalised: "Ein wachsender Teil" holds no "Sender".)
            && (lex.language != "de" || is_capitalized(w.raw))
            && (media_noun(lex, &w.folded) || media_noun(lex, last))
            // ("der Agentur Agro-Serwis Wschód": a German "Agentur" alone is any agency; a news
            // agency is a "Nachrichtenagentur".)
            && !(lex.language == "de" && w.folded == "agentur")
    };
    // "Журналистка «Лозоварской волны» видела пламя", "a reporter for the Ashgrove Ledger": a
    // medium's journalist names the medium whose reporting it is.
    const JOURNALISTS: &[&str] = &[
        "journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents", "photographer",
        "журналіст", "журналістка", "журналісти", "кореспондент", "кореспондентка", "кореспонденти", "фотокореспондент",
        "журналист", "журналистка", "журналисты", "корреспондент", "корреспондентка", "корреспонденты", "репортер",
        "фотограф", "reporterin", "korrespondent", "korrespondentin", "journaliste", "correspondant", "correspondante",
    ];
    const LINKS: &[&str] = &["for", "of", "at", "from", "with", "the", "des", "der", "von", "vom", "du", "de", "la", "le", "l'", "l"];
    let mut out: Vec<Source> = Vec::new();
    for &sentence in sentences {
        let words = words_of(text, sentence);
        for k in 0..words.len() {
            let journalist = JOURNALISTS.contains(&words[k].folded.as_str()).then(|| {
                let mut n = k + 1;
                while n < words.len() && n <= k + 2 && LINKS.contains(&words[n].folded.as_str()) && !is_capitalized(words[n].raw) {
                    n += 1;
                }
                n
            });
            // (A German media noun, capitalised like any noun, before a name of two words and not
            // the article's own: "der Zeitung Le Figaro", not "unserer Zeitung Widerspruch".)
            let german_plain = lex.language == "de" && is_capitalized(words[k].raw) && !crate::german_media_compound(&words[k].folded);
            let german_ok = !german_plain
                || k > 0
                    && !words[k - 1].folded.starts_with("unser")
                    && words.get(k + 1).is_some_and(|n| is_capitalized(n.raw))
                    && words.get(k + 2).is_some_and(|n| is_capitalized(n.raw) && gap_is_space(gap(text, &words, k + 1, k + 2)));
            // "do porannej publikacji „Rzeczpospolitej”", "на публікацію «Української правди»": a
            // report named by the quoted medium that published it.
            let report_of = REPORT_NOUNS.iter().any(|n| fold(n) == words[k].folded) && quote_opens(text, &words, k + 1);
            let after_noun = (medium_word(&words[k]) && german_ok || report_of)
                .then(|| {
                    let mut n = k + 1;
                    while n < words.len() && PLATFORMS.contains(&words[n].folded.as_str()) && gap_is_space(gap(text, &words, n - 1, n)) {
                        n += 1;
                    }
                    n
                })
                .or(journalist)
                // "телепрограми про права споживачів «Смол Прінт»": a few words describing the
                // medium before its quoted name.
                .map(|n| {
                    (n..(n + 4).min(words.len()))
                        .take_while(|&m| m == n || !is_capitalized(words[m - 1].raw))
                        .find(|&m| m > n && quote_opens(text, &words, m))
                        .filter(|&m| (n..m).all(|d| !is_capitalized(words[d].raw)))
                        // ("російського видання з назвою «Зимние яблоки»": an edition's title, no
                        // medium's name.)
                        .filter(|&m| !(n..m).any(|d| TITLE_WORDS.contains(&words[d].folded.as_str())))
                        .unwrap_or(n)
                })
                .filter(|&n| {
                    let quoted = n < words.len() && quote_opens(text, &words, n);
                    // In Ukrainian and Russian a medium's Cyrillic name stands in quotation marks; a
                    // bare one is a person's ("Автор каналу Артем Глушко").
                    let latin = n < words.len() && words[n].raw.chars().all(|c| !('\u{0400}'..='\u{04ff}').contains(&c));
                    n < words.len()
                        && (quoted || is_capitalized(words[n].raw) && (latin || !matches!(lex.language, "uk" | "ru")))
                        && !gap(text, &words, n - 1, n).contains([',', '.', ';', ':', '(', ')'])
                });
            // (A quoted name is read in place, its opening mark before it; a bare one from its
            // first word, whatever punctuation came before.)
            let phrase = after_noun.and_then(|n| {
                if quote_opens(text, &words, n) {
                    right_phrase(text, &words, n, lex)
                } else {
                    right_phrase(text, &words[n..], 0, lex).map(|(s, e)| (s + n, e + n))
                }
            });
            // A capitalised run ending here, called a medium by the apposition after it.
            // (Not a month: "since late April, the agency said".)
            let apposed = (k + 1 < words.len()
                && is_capitalized(words[k].raw)
                && !MONTHS.contains(&words[k].folded.as_str())
                && !in_list(WEEKDAYS, &words[k].folded)
                && appositive_medium(text, &words, k + 1, lex))
                .then(|| {
                    let mut s = k;
                    while s > 0 && is_capitalized(words[s - 1].raw) && gap_is_space(gap(text, &words, s - 1, s)) {
                        s -= 1;
                    }
                    (s, k + 1)
                });
            // "a randomised trial published in the New England Journal of Medicine", "deux études
            // publiées cette semaine, l'une dans le New England Journal of Medicine, l'autre dans
            // The Lancet": a well-known medium after "in" where the sentence tells of a publication.
            let published_in = (matches!(words[k].folded.as_str(), "in" | "dans" | "im" | "в" | "у" | "w" | "en" | "nel" | "sul")
                && published_sentence(&fold(sentence.slice(text))))
            .then(|| {
                let n = k + 1 + usize::from(words.get(k + 1).is_some_and(|w| !is_capitalized(w.raw) && matches!(w.folded.as_str(), "the" | "le" | "la" | "der" | "dem")));
                right_phrase(text, &words, n, lex)
            })
            .flatten()
            .filter(|&(s, e)| stemmata_text::media::lookup(&text[words[s].start..words[e - 1].end]).is_some());
            for (s, e) in phrase.into_iter().chain(apposed).chain(published_in) {
                let noun = words[k].folded.rsplit('-').next().unwrap_or(&words[k].folded);
                let mut source = make_source(text, &words, s, e, CueKind::SourceAfter, lex, &[], noun);
                // An apposition calls it a medium; a journalist works for one.
                if apposed == Some((s, e)) || report_of && phrase == Some((s, e)) || journalist.is_some() && matches!(source.kind, SourceKind::Person | SourceKind::Unknown | SourceKind::Organization) {
                    source.kind = SourceKind::Outlet;
                }
                // ("near Ryabinovka station in Russia's Voronezh Oblast", "w pobliżu stacji
                // Riabinowka": a railway station and a place are no media; a station is a medium
                // by a known or quoted name.)
                let station = matches!(noun, "station" | "stacja" | "stacji" | "stacją" | "станція" | "станції" | "станция" | "станции")
                    && stemmata_text::media::lookup(&source.name).is_none()
                    && !quote_opens(text, &words, s);
                if source.kind == SourceKind::Outlet
                    && !source.back_reference
                    && source.name.chars().any(char::is_alphabetic)
                    && !station
                    && !names_a_place(&source.name)
                    && !out.iter().any(|o| o.span == source.span)
                {
                    out.push(source);
                }
            }
        }
    }
    out
}

/// Nouns of a report before the quoted name of the medium that published it, folded.
const REPORT_NOUNS: &[&str] = &[
    "publikacji", "publikacja", "publikacje", "publikację", "artykułu", "artykule", "artykuł", "публікацію", "публікації",
    "публікація", "публикацию", "публикации", "публикация", "статтю", "статті", "статью", "статье",
];

/// Words that give a work's title before it ("з назвою «…»", "под названием", "titled").
const TITLE_WORDS: &[&str] = &["назвою", "названием", "titled", "entitled", "intitule", "intitolato", "titulado", "tytulem", "titel"];

/// Whether a folded sentence tells of something published ("published", "publiées", "parue",
/// "veröffentlicht", "erschienen", "опублікованому", "опубликованных", "opublikowane").
fn published_sentence(folded: &str) -> bool {
    ["publish", "publie", "parue", "paru ", "veroffentlich", "erschien", "опублік", "опублик", "opublikow", "pubblicat", "publicad"]
        .iter()
        .any(|p| folded.contains(p))
}

/// Byte ranges between opening and closing quotation marks (curly, guillemets, straight).
pub fn quote_regions(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Two apostrophes stand for a double quotation mark in some wire and archive text
        // (''We are ready,'' she said).
        let (c, len) = if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
            chars.next();
            ('"', 2)
        } else {
            (c, c.len_utf8())
        };
        match (open, c) {
            // (German also quotes »so«.)
            (None, '“' | '«' | '„' | '»') => open = Some((i, c)),
            (None, '"') => open = Some((i, c)),
            // Closing marks do not always match the opening one (“…" in edited copy).
            (Some((s, '“' | '„')), '”' | '“' | '"')
            | (Some((s, '«')), '»')
            | (Some((s, '»')), '«')
            | (Some((s, '"')), '"' | '”') => {
                out.push(Span::new(s, i + len));
                open = None;
            }
            // A paragraph break closes a quote left open: a paragraph of a multi-paragraph
            // quote or a transcript turn ("WALLACE: …), quoted up to the break.
            (Some((s, _)), '\n') => {
                out.push(Span::new(s, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Attributions in one sentence.
fn extract_sentence(
    text: &str,
    sentence: Span,
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Vec<Attribution> {
    let words = words_of(text, sentence);
    let folded: Vec<String> = words.iter().map(|w| undoubled_cue(&w.folded)).collect();
    let mut out = Vec::new();
    // A headline stands on a line of its own.
    let (before, after) = (&text[..sentence.start], &text[sentence.end..]);
    let own_line = (before.trim().is_empty()
        || before.trim_end_matches([' ', '\t']).ends_with('\n'))
        && (after.trim().is_empty() || after.trim_start_matches([' ', '\t']).starts_with('\n'));
    let headline = own_line && is_headline_case(&words);
    let mut i = 0;
    while i < words.len() {
        if let Some(a) = nominal_cue(text, sentence, &words, i, lexicons, known) {
            out.push(a);
            i += 1;
            continue;
        }
        if let Some((a, next)) = poll_cue(text, sentence, &words, i, lexicons, known) {
            out.push(a);
            i = next;
            continue;
        }
        if let Some((a, next)) = viewpoint_frame(text, sentence, &words, i, lexicons, known) {
            out.push(a);
            i = next;
            continue;
        }
        if let Some(a) = characterization(text, sentence, &words, i, lexicons, known) {
            out.push(a);
            i += 1;
            continue;
        }
        if let Some((a, next)) = stance_predicate(text, sentence, &words, i, lexicons, known) {
            out.push(a);
            i = next;
            continue;
        }
        let mut found = None;
        for lex in lexicons {
            if let Some((len, kind, _)) = lexicon::matcher(lex).match_at(&folded, i)
                && found.as_ref().is_none_or(|(l, _, _)| len > *l)
            {
                found = Some((len, kind, *lex));
            }
        }
        let Some((len, kind, lex)) = found else {
            i += 1;
            continue;
        };
        // "as" in "as relayed by" belongs to the cue; a verb used as a noun ("the report") is
        // not a cue when a determiner precedes it.
        // A name ending in a media word is a subject ("Fox News said", "the Associated Press
        // reported"), and so is a media word or an adverb before a past tense ("local media
        // reported", "she further noted"): neither makes the verb a noun.
        let past = folded[i].ends_with("ed")
            || matches!(
                folded[i].as_str(),
                "said" | "told" | "wrote" | "found" | "thought" | "knew"
            );
        // A gerund after a preposition of time or means reports an act of the sentence's
        // subject ("after saying", "in rejecting the challenge", "by noting that").
        let gerund = folded[i].ends_with("ing")
            && i > 0
            && matches!(
                folded[i - 1].as_str(),
                "after" | "before" | "in" | "upon" | "by"
            );
        // "Some chanted", "many argue": a quantifier standing alone as the subject, before a
        // verb that is no plural noun ("some reports", "many claims" stay nouns).
        let quantifier = i > 0
            && matches!(folded[i - 1].as_str(), "some" | "many")
            && (i == 1
                || !gap_is_space(gap(text, &words, i - 2, i - 1))
                || matches!(folded[i - 2].as_str(), "and" | "but" | "while" | "though"))
            && kind == CueKind::Verb
            && !in_list(NOUN_LIKE_CUES, &folded[i])
            && (!folded[i].ends_with('s') || folded[i].ends_with("ss"));
        let subject_before = gerund
            || quantifier
            || i > 1
                && is_capitalized(words[i - 1].raw)
                && matches!(folded[i - 1].as_str(), "media" | "news" | "press")
            || past
                && i > 0
                && matches!(
                    folded[i - 1].as_str(),
                    "media" | "news" | "press" | "further" | "earlier"
                );
        // "en su cuenta de Instagram", "nella sua nota": a Romance possessive, demonstrative or
        // indefinite article makes the cue word a noun.
        let romance_noun = i > 0
            && match lex.language {
                "es" => matches!(folded[i - 1].as_str(), "su" | "sus" | "una" | "un" | "esta" | "este" | "mi" | "nuestra" | "nuestro"),
                "it" => matches!(folded[i - 1].as_str(), "sua" | "suo" | "una" | "un" | "questa" | "questo" | "nostra" | "nostro"),
                "pt" => matches!(folded[i - 1].as_str(), "sua" | "seu" | "uma" | "um" | "esta" | "este" | "nossa" | "nosso"),
                "fr" => matches!(folded[i - 1].as_str(), "sa" | "son" | "une" | "un" | "cette" | "ce" | "leur" | "notre"),
                _ => false,
            };
        // "l'emittente pubblica britannica": an adjective after a media noun.
        if i > 0 && folded[i] == "pubblica" && media_noun(lex, &folded[i - 1]) && gap_is_space(gap(text, &words, i - 1, i)) {
            i += 1;
            continue;
        }
        // "La coalición cuenta con 76 escaños": "contar con" is to have, not to tell.
        if lex.language == "es"
            && matches!(folded[i].as_str(), "cuenta" | "cuentan" | "conto" | "contaba" | "contaban" | "contaron")
            && folded.get(i + 1).is_some_and(|w| w == "con")
        {
            i += 1;
            continue;
        }
        if matches!(kind, CueKind::Verb | CueKind::MediaVerb)
            && i > 0
            && (in_list(NOUN_BEFORE, &folded[i - 1]) || romance_noun)
            && gap_is_space(gap(text, &words, i - 1, i))
            && !subject_before
        {
            i += 1;
            continue;
        }
        // A capitalised verb inside a sentence is part of a name ("Secretary of State"), unless
        // the sentence is a headline with every word capitalised ("Senator Says She Will Run").
        if matches!(kind, CueKind::Verb | CueKind::MediaVerb)
            && i > 0
            && is_capitalized(words[i].raw)
            && (!headline || in_single_quotes(&text[sentence.start..words[i].start]))
        {
            i += 1;
            continue;
        }
        // Set phrases that are not attribution: "you know" as a filler, "so called", "what he
        // called X", "a group called X" (naming).
        let prev_word = i.checked_sub(1).map(|k| folded[k].as_str()).unwrap_or("");
        let filler = matches!(folded[i].as_str(), "know" | "see" | "mean")
            && matches!(prev_word, "you" | "i")
            && text[words[i].end..]
                .trim_start()
                .starts_with([',', '.', '?', '!', '—', '–']);
        let naming = matches!(folded[i].as_str(), "called" | "dubbed" | "named")
            && (prev_word == "so" || i >= 2 && folded[i - 2] == "what" || in_list(&["a", "an", "group", "organization", "organisation", "company", "program", "programme", "movement", "party", "bill", "plan", "book", "film", "show", "website", "site", "account", "campaign", "event", "town", "city", "place", "entity"], prev_word)
                // Passive and appositive naming: "has been called a …", "officials, called superdelegates".
                || in_list(&["be", "been", "being", "is", "was", "were", "are", "typically", "often", "sometimes", "commonly", "one"], prev_word)
                // "a fund manager named Okafor", "two ferries dubbed “the twins”": a noun given
                // a name, not a speaker.
                || folded[i] != "called" && i >= 1 && gap_is_space(gap(text, &words, i - 1, i))
                    && !is_capitalized(words[i - 1].raw)
                    && !in_list(PRONOUNS, prev_word)
                    && !in_list(SKIP_BEFORE_VERB, prev_word)
                    && !matches!(prev_word, "who" | "which" | "that")
                    && !(prev_word.len() > 4 && prev_word.ends_with("ly"))
                // "a local choir called Example", "a dance called “the harbour shuffle”": an indefinite
                // noun phrase right before the name it is given.
                || i >= 2 && gap_is_space(gap(text, &words, i - 1, i))
                    && !is_capitalized(words[i - 1].raw)
                    && !in_list(PRONOUNS, prev_word)
                    && (i.saturating_sub(4)..i - 1).rev().take_while(|&k| matches!(folded[k].as_str(), "a" | "an") || !is_capitalized(words[k].raw) && !in_list(PHRASE_BREAK, &folded[k])).any(|k| matches!(folded[k].as_str(), "a" | "an"))
                    && (words.get(i + 1).is_some_and(|w| is_capitalized(w.raw)) || text[words[i].end..].trim_start().starts_with(['"', '“'])));
        // "called off", "called up", "called back": phrasal verbs that report nothing.
        let phrasal = folded[i] == "called"
            && matches!(
                folded.get(i + 1).map(String::as_str),
                Some("off" | "up" | "back" | "in")
            );
        // "say" set off by commas is "for example" ("than, say, Mr. Cruz's plan").
        let for_example = folded[i] == "say"
            && i > 0
            && gap(text, &words, i - 1, i).contains(',')
            && text[words[i].end..].starts_with(',');
        // "compared to/with" is a comparison; "(Reporting by …)", "contributed reporting",
        // "precincts reporting" are credits and counts, not attribution.
        let next_word = folded.get(i + len).map(String::as_str).unwrap_or("");
        let comparison = folded[i] == "compared" && matches!(next_word, "to" | "with");
        // Set phrases with "say": "easier said than done", "enough said", "having said that",
        // "that said", "needless to say", "suffice it to say".
        let idiom = len == 1
            && matches!(folded[i].as_str(), "said" | "say")
            && (next_word == "than"
                || matches!(prev_word, "easier" | "enough" | "having" | "needless")
                    // "… enough," said Madison: the quote's last word, not the idiom.
                    && gap_is_space(gap(text, &words, i - 1, i))
                || prev_word == "that" && (i == 1 || text[words[i].end..].starts_with(','))
                || prev_word == "to"
                    && i >= 2
                    && matches!(folded[i - 2].as_str(), "it" | "needless" | "suffice"));
        let credit_line = len == 1
            && matches!(folded[i].as_str(), "reporting" | "writing" | "editing")
            && (matches!(
                prev_word,
                "contributed" | "additional" | "precincts" | "and"
            ) || i == 0
                || matches!(next_word, "by" | "contributed"))
            // A byline: "Lerer reported from Los Angeles."
            || len == 1
                && matches!(folded[i].as_str(), "reported" | "reporting")
                && next_word == "from"
                && words.get(i + 2).is_some_and(|w| is_capitalized(w.raw));
        // A company's results: "Vaucourt reported a 14% fall in sales", "posted a net loss".
        let results = len == 1
            && matches!(folded[i].as_str(), "reported" | "reports" | "report" | "posted" | "posts")
            && matches!(next_word, "a" | "an" | "net" | "record" | "quarterly" | "annual" | "first-quarter" | "full-year" | "higher" | "lower" | "its" | "their" | "revenue" | "revenues" | "sales" | "profit" | "profits" | "earnings" | "losses")
            && folded[i + 1..]
                .iter()
                .take(7)
                .take_while(|w| !matches!(w.as_str(), "that" | "and" | "but" | "which" | "who"))
                .any(|w| matches!(w.as_str(), "sales" | "revenue" | "revenues" | "profit" | "profits" | "loss" | "losses" | "earnings" | "turnover" | "income" | "deficit" | "surplus"))
            // … unless a medium reports them ("Reuters reported a fall in sales at …").
            && !{
                let first = (0..i).rev().take_while(|&k| is_capitalized(words[k].raw)).last().unwrap_or(i);
                first < i && crate::agency::lookup(&text[words[first].start..words[i - 1].end]).is_some()
                    || media_noun(lex, prev_word)
            };
        if filler || naming || phrasal || comparison || credit_line || for_example || idiom || results {
            i += 1;
            continue;
        }
        // A verb cue taking another as infinitive is one cue: "declined to say", "went on to
        // praise", "seemed to suggest".
        let mut len = len;
        // "was quoted as saying", "described as calling": one cue too.
        if matches!(kind, CueKind::Verb | CueKind::MediaVerb)
            && folded.get(i + len).is_some_and(|w| w == "as")
            && folded.get(i + len + 1).is_some_and(|w| w.ends_with("ing"))
            && gap_is_space(gap(text, &words, i + len - 1, i + len))
            && matches!(
                lexicon::matcher(lex).match_at(&folded, i + len + 1),
                Some((1, CueKind::Verb | CueKind::MediaVerb, _))
            )
        {
            len += 2;
        }
        if matches!(kind, CueKind::Verb | CueKind::MediaVerb)
            && folded.get(i + len).is_some_and(|w| w == "to")
        {
            let next = lexicon::matcher(lex).match_at(&folded, i + len + 1);
            if let Some((l2, CueKind::Verb | CueKind::MediaVerb, _)) = next
                && gap_is_space(gap(text, &words, i + len - 1, i + len))
                && gap_is_space(gap(text, &words, i + len, i + len + 1))
            {
                len += 1 + l2;
            }
        }
        let cue = Span::new(words[i].start, words[i + len - 1].end);
        if matches!(kind, CueKind::Verb | CueKind::MediaVerb)
            && len == 1
            && in_list(NOUN_LIKE_CUES, &folded[i])
        {
            // A name or pronoun as subject: not a figure ("30 states", "by 7 points") and not a
            // possessive ("Kasich's showing", "Editor's note").
            // Auxiliaries and adverbs between the subject and the verb are skipped ("who can
            // support", "has seemed").
            let mut k = i;
            while k > 1
                && in_list(SKIP_BEFORE_VERB, &folded[k - 1])
                && gap_is_space(gap(text, &words, k - 1, k))
            {
                k -= 1;
            }
            let prev = k.checked_sub(1).map(|k| words[k].raw).unwrap_or("");
            let prev_folded = k.checked_sub(1).map(|k| folded[k].as_str()).unwrap_or("");
            // The sentence's first word counts when it is not a determiner ("Lynch calls …").
            let name_like = prev.chars().next().is_some_and(char::is_uppercase)
                && (k > 1
                    || !in_list(DETERMINERS, prev_folded)
                        && !in_list(PHRASE_BREAK, prev_folded)
                        && !in_list(NOUN_BEFORE, prev_folded));
            let possessive = prev.ends_with("'s") || prev.ends_with("’s");
            // Documents and groups speak through these verbs too ("the survey found", "polls
            // show", "voters see"), and so do relative pronouns ("results that show").
            let noun_subject = in_list(lexicon::ENGLISH.document_heads, prev_folded)
                || in_list(lexicon::ENGLISH.anonymous_heads, prev_folded)
                || in_list(SPEAKING_NOUNS, prev_folded)
                || matches!(prev_folded, "that" | "which");
            let subject_ok = k > 0
                && gap_is_space(gap(text, &words, k - 1, k))
                && !possessive
                && (in_list(PRONOUNS, prev_folded) || name_like || noun_subject);
            // "seemed to", "appears to": a stance whatever the subject.
            let stance = matches!(
                folded[i].as_str(),
                "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
            ) && folded.get(i + 1).is_some_and(|w| w == "to")
                && folded
                    .get(i + 2)
                    .is_some_and(|w| !in_list(DETERMINERS, w) && !in_list(PRONOUNS, w));
            let rest = text[words[i].end..].trim_start();
            let clause_after = folded.get(i + 1).is_some_and(|w| w == "that")
                || !possessive && rest.starts_with([':', '"', '“'])
                || rest
                    .strip_prefix(',')
                    .is_some_and(|r| r.trim_start().starts_with(['"', '“', '\'']));
            // Evidence verbs with a noun subject and an object that reads as a finding: "the
            // footage shows him leaving", "tallies show a tie", "the inquiry found no breach".
            // As nouns they follow a modifier ("talk shows", "the TV show") or a determiner.
            let evidence = matches!(
                folded[i].as_str(),
                "show" | "shows" | "showed" | "found" | "finds"
            ) && k > 0
                && gap_is_space(gap(text, &words, k - 1, k))
                && !possessive
                && !is_capitalized(prev)
                && !in_list(PHRASE_BREAK, prev_folded)
                && !in_list(DETERMINERS, prev_folded)
                && !in_list(SHOW_MODIFIERS, prev_folded)
                && words.get(i + 1).is_some_and(|w| {
                    gap_is_space(gap(text, &words, i, i + 1))
                        && (in_list(DETERMINERS, &w.folded)
                            || in_list(PRONOUNS, &w.folded)
                            || matches!(
                                w.folded.as_str(),
                                "how" | "why" | "what" | "where" | "whether" | "no" | "little"
                            )
                            || w.raw.starts_with(|c: char| c.is_ascii_digit())
                            || is_capitalized(w.raw))
                });
            // "…, reports Capital Insight.", "…, reports the German paper X, which said …": a
            // name closing the sentence (or followed by a clause about it) after a comma.
            let inverted_credit = i > 0
                && gap(text, &words, i - 1, i).trim() == ","
                && words.get(i + 1).is_some_and(|w| is_capitalized(w.raw) || w.folded == "the")
                && right_phrase(text, &words, i + 1, lex).is_some_and(|(s, e)| {
                    let closes = e == words.len()
                        && text[words[e - 1].end..sentence.end]
                            .trim()
                            .trim_end_matches(['"', '”', '»', ')'])
                            .chars()
                            .all(|c| matches!(c, '.' | '!' | '?'));
                    let clause_about_it = e < words.len()
                        && gap(text, &words, e - 1, e).trim() == ","
                        && matches!(folded[e].as_str(), "which" | "who" | "citing" | "quoting" | "adding" | "saying");
                    (closes || clause_about_it) && words[s..e].iter().any(|w| is_capitalized(w.raw))
                });
            if !subject_ok && !clause_after && !stance && !evidence && !inverted_credit {
                i += 1;
                continue;
            }
        }
        // "appeared on a show", "found itself in …", "were found slain": no attribution.
        let next_folded = folded.get(i + 1).map(String::as_str).unwrap_or("");
        let appear_elsewhere = len == 1
            && matches!(folded[i].as_str(), "appear" | "appears" | "appeared")
            && !matches!(next_folded, "to" | "that" | "as");
        let found_oneself = len == 1
            && matches!(folded[i].as_str(), "find" | "finds" | "found")
            && (matches!(
                next_folded,
                "itself"
                    | "himself"
                    | "herself"
                    | "themselves"
                    | "myself"
                    | "ourselves"
                    | "yourself"
                    | "ways"
                    | "time"
            ) || matches!(
                prev_word,
                "is" | "are" | "was" | "were" | "been" | "being" | "be"
            ));
        // ("has reported himself to the federation's prosecutor": turned himself in.)
        let reported_oneself = len == 1
            && matches!(folded[i].as_str(), "report" | "reports" | "reported" | "reporting")
            && matches!(next_folded, "himself" | "herself" | "themselves" | "itself" | "myself" | "ourselves");
        if appear_elsewhere || found_oneself || reported_oneself {
            i += 1;
            continue;
        }
        // "per" and "via" name a source only when a name or a determiner follows ("per the AP",
        // "via Reuters"), not a unit or a channel ("$45 per barrel", "via email").
        if len == 1 && matches!(folded[i].as_str(), "per" | "via") {
            let next_ok = words.get(i + 1).is_some_and(|w| {
                is_capitalized(w.raw) && !w.raw.chars().next().is_some_and(|c| c.is_ascii_digit())
                    || matches!(w.folded.as_str(), "the" | "a" | "an")
            });
            // A photo credit ("Ann Okafor via Example Images") or a channel named like a name
            // ("via Facebook", "via Executive Order") is not where a report comes from.
            let channel = words[i + 1..]
                .iter()
                .take(4)
                .take_while(|w| is_capitalized(w.raw))
                .any(|w| {
                    matches!(
                        w.folded.as_str(),
                        "images"
                            | "image"
                            | "photo"
                            | "photos"
                            | "facebook"
                            | "twitter"
                            | "instagram"
                            | "youtube"
                            | "email"
                            | "e-mail"
                            | "skype"
                            | "zoom"
                            | "order"
                            | "getty"
                    )
                });
            let next_ok = next_ok && !channel;
            // "via Poland": a route through a place, not a source; so is any name after a word of
            // travel ("sent on a detour via Hlybochok", "flights via Vienna").
            // (Words of travel only, not vehicles: "the train crash, via Reuters" is a credit.)
            const ROUTE_WORDS: &[&str] = &[
                "detour", "detours", "diversion", "route", "routes", "routed", "rerouted", "diverted", "travel",
                "travelling", "traveling", "flying", "flew", "fly", "drive", "driving", "drove", "transit", "shipped",
                "arrive", "arrives", "arrived", "arriving", "delivered", "imported", "exported", "flow", "flows", "pumped",
            ];
            let travel = (i.saturating_sub(3)..i)
                .any(|k| in_list(ROUTE_WORDS, &words[k].folded) && (k + 1..=i).all(|m| gap_is_space(gap(text, &words, m - 1, m))));
            // ("via the Polish and Slovak borders": a crossing, named by its country.)
            const CROSSINGS: &[&str] = &["border", "borders", "frontier", "crossing", "crossings", "corridor", "pipeline", "port", "ports", "route"];
            let crossing = (i + 2..(i + 6).min(words.len())).find(|&k| !is_capitalized(words[k].raw) && !matches!(words[k].folded.as_str(), "and" | "or"))
                .is_some_and(|k| in_list(CROSSINGS, &words[k].folded));
            // ("a train between Lviv and Kraków via Przemyśl": after two places, a third.)
            let between = i >= 3
                && is_capitalized(words[i - 1].raw)
                && matches!(words[i - 2].folded.as_str(), "and" | "to")
                && (i.saturating_sub(6)..i - 2).any(|k| matches!(words[k].folded.as_str(), "between" | "from"));
            let place = travel
                || crossing
                || between
                || right_phrase(text, &words, i + 1, lex).is_some_and(|(s, e)| {
                    let name = fold(&text[words[s].start..words[e - 1].end]);
                    stemmata_entities::gazetteer::is_place(&name)
                });
            if !next_ok || place {
                i += 1;
                continue;
            }
        }
        // A Dutch verb whose particle closes the clause ("Dat maakte de Commissie vrijdag
        // bekend", "deelde de politie mee"): without the particle it says nothing ("maakte winst").
        if lex.language == "nl" && len == 1 && matches!(folded[i].as_str(), "maakte" | "maakt" | "maakten" | "deelde" | "deelt" | "deelden") {
            let particle = if folded[i].starts_with("maak") { "bekend" } else { "mee" };
            let closes = (i + 1..(i + 12).min(words.len())).find(|&k| folded[k] == particle).is_some_and(|k| {
                k + 1 == words.len() || !gap_is_space(gap(text, &words, k, k + 1))
            });
            if !closes {
                i += 1;
                continue;
            }
        }
        // "Z dokumentów … wynika, że …": what follows the comma is the finding, not a source
        // ("wynika ze sprawozdania" names one).
        if lex.language == "pl" && len >= 2 && folded[i + len - 2] == "wynika" && folded[i + len - 1] == "ze" && gap(text, &words, i + len - 2, i + len - 1).contains(',') {
            i += 1;
            continue;
        }
        // "sondaż dla stacji TVN24", not "rezerwa dla stacji Werbołoziw-2" (a power station): a
        // station is a broadcaster when quoted or known.
        if lex.language == "pl" && len == 2 && folded[i] == "dla" && folded[i + 1] == "stacji" && i + 2 < words.len() {
            let quoted = gap(text, &words, i + 1, i + 2).trim_end().ends_with(['„', '"', '«', '“']);
            let known = (i + 3..=(i + 5).min(words.len())).any(|e| stemmata_text::media::lookup(&text[words[i + 2].start..words[e - 1].end]).is_some());
            if !quoted && !known {
                i += 1;
                continue;
            }
        }
        // "Spanish operator writes off satellite", "wrote down the stake": accounting, not writing.
        if lex.language == "en"
            && len == 1
            && matches!(folded[i].as_str(), "write" | "writes" | "wrote" | "written" | "writing")
            && folded.get(i + 1).is_some_and(|w| matches!(w.as_str(), "off" | "down"))
        {
            i += 1;
            continue;
        }
        // "Dat staat in een rapport van …", not "staat in brand", "staat in Rotterdam".
        if lex.language == "nl"
            && folded[i..i + len].first().is_some_and(|w| matches!(w.as_str(), "staat" | "stond"))
            && !(i + len..(i + len + 2).min(words.len())).any(|k| lex.document_heads.contains(&folded[k].as_str()))
        {
            i += 1;
            continue;
        }
        // (A participle only as "Dat heeft X … bekendgemaakt", where X follows the auxiliary.)
        if matches!(lex.language, "nl" | "de")
            && len == 1
            && matches!(folded[i].as_str(), "bekendgemaakt" | "meegedeeld" | "mitgeteilt" | "bekanntgegeben")
            && closing_participle_subject(&folded, i).is_none()
        {
            i += 1;
            continue;
        }
        // Verbs that report speech only next to a quotation ("“…,” he continued", "the sign
        // read: “…”"): elsewhere they are not cues ("continues to trail", "read the report").
        if len == 1 && in_list(QUOTE_ONLY_CUES, &folded[i]) {
            let before = if i > 0 {
                gap(text, &words, i - 1, i)
            } else {
                &text[sentence.start..words[i].start]
            };
            let rest = text[words[i].end..sentence.end].trim_start();
            let next_is_quote = rest.starts_with([':', '"', '“', '\'', '‘'])
                || rest
                    .strip_prefix(',')
                    .is_some_and(|r| r.trim_start().starts_with(['"', '“', '\'', '‘']));
            let after_quote = before.contains(['"', '”', '\'', '’']);
            let closes = rest.starts_with(['.', ',', ';']) || rest.is_empty();
            let quoted_before = text[sentence.start..words[i].start].contains(['"', '”', '“'])
                || text[sentence.start..words[i].start].contains("''");
            if !(next_is_quote || after_quote || closes && quoted_before) {
                i += 1;
                continue;
            }
        }
        // "maintain" reports a stance only with what is maintained ("has maintained that …",
        // "…,” she maintained"); elsewhere it is "keep" ("maintained a lead").
        if len == 1 && in_list(CLAUSE_ONLY_CUES, &folded[i]) {
            let rest = text[words[i].end..sentence.end].trim_start();
            let before = if i > 0 {
                gap(text, &words, i - 1, i)
            } else {
                ""
            };
            let clause = folded.get(i + 1).is_some_and(|w| w == "that")
                || rest.starts_with([':', '"', '“'])
                || before.contains(['"', '”', '\'', '’', ','])
                    && (rest.starts_with(['.', ',', ';']) || rest.is_empty());
            if !clause {
                i += 1;
                continue;
            }
        }
        // "published" after a noun or an auxiliary is a participle ("a report published
        // Tuesday", "was published in 2015", "As published in …"): the work, not its publisher.
        // With its agent ("was first published by Politico") the publisher follows.
        // "a report published on Tuesday by X": its agent after a time.
        let agent_follows = agent_after_time(text, &words, &folded, i + 1).is_some();
        if len == 1 && folded[i] == "published" && i > 0 && next_word != "by" && !agent_follows {
            let g = gap(text, &words, i - 1, i);
            let participle = !gap_is_space(g)
                || matches!(
                    prev_word,
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "be"
                        | "been"
                        | "being"
                        | "as"
                        | "just"
                        | "first"
                        | "recently"
                        | "newly"
                        | "inadvertently"
                        | "originally"
                )
                || !is_capitalized(words[i - 1].raw)
                    && !in_list(PRONOUNS, prev_word)
                    && !in_list(SKIP_BEFORE_VERB, prev_word)
                    && !matches!(prev_word, "who" | "which" | "that");
            if participle {
                i += 1;
                continue;
            }
        }
        // German puts the subject first as well: "Das Blatt schreibt", "Der Hafen meldet
        // Rekordumsatz" (its object is no source), unlike "Das berichtet X", "Am Montag meldete X".
        let de_subject = (kind == CueKind::SourceAfter && len == 1)
            .then(|| german_subject_first(text, &words, i, lex))
            .flatten()
            .or_else(|| (len == 1).then(|| german_relative_subject(text, &words, i, lex)).flatten())
            .or_else(|| french_subject_first(text, &words, i, i + len, lex));
        // The subject publishes only if it is known as a medium ("Die Stadt meldet" is no outlet),
        // or the verb only publishes ("Le Vigilant rapporte").
        let kind = match de_subject {
            Some(_) if lex.language == "fr" && {
                let cue = folded[i..i + len].join(" ");
                in_folded_list(lexicon::FRENCH.media_verbs, &cue) && !in_folded_list(lexicon::FRENCH.verbs, &cue)
            } => CueKind::MediaVerb,
            Some(_) => CueKind::Verb,
            None => kind,
        };
        let source = match kind {
            _ if de_subject.is_some() => de_subject,
            // "…“, wird ein Freund des Paares zitiert": a German passive of quoting names the quoted
            // between the auxiliary and the participle.
            _ if lex.language == "de"
                && len == 1
                && folded[i] == "zitiert"
                && let Some(a) = (i.saturating_sub(6)..i.saturating_sub(1)).rev().find(|&k| matches!(folded[k].as_str(), "wird" | "werden" | "wurde" | "wurden")) =>
            {
                // (Up to a place it was quoted in: "wird der Minister in der Zeitung zitiert".)
                let e = (a + 2..i).find(|&k| matches!(folded[k].as_str(), "in" | "im" | "von" | "vom" | "bei" | "auf")).unwrap_or(i);
                // (A noun phrase: an article, or names; not "wird darin mit den Worten zitiert".)
                let noun_phrase = matches!(folded[a + 1].as_str(), "der" | "die" | "das" | "ein" | "eine" | "einer" | "eines")
                    && (a + 2..e).all(|k| !matches!(folded[k].as_str(), "mit" | "ohne" | "so" | "auch" | "nicht" | "darin" | "dazu" | "damit"))
                    || (a + 1..e).all(|k| is_capitalized(words[k].raw));
                (noun_phrase && e - a <= 6 && (a + 1..e).all(|k| gap_is_space(gap(text, &words, k - 1, k)))).then_some((a + 1, e))
            }
            // "Stasiak wrote in an Instagram post", "said in a statement": no one is named after
            // "in a …"; the writer is the subject before.
            CueKind::SourceAfter
                if lex.language == "en"
                    && folded[i + len - 1] == "in"
                    && folded.get(i + len).is_some_and(|w| matches!(w.as_str(), "a" | "an"))
                    && i > 0 =>
            {
                left_phrase(text, &words, i, lex)
            }
            // ("La Stampa, dont l'envoyé …, rapporte qu'il …": the that-clause after the verb.)
            CueKind::SourceAfter
                if words.get(i + len).is_some_and(|w| matches!(w.folded.as_str(), "que" | "qu'" | "qu’" | "che") || w.folded.starts_with("qu'") || w.folded.starts_with("qu’"))
                    && let Some(subject) = romance_relative_subject(text, &words, i, lex) =>
            {
                Some(subject)
            }
            CueKind::SourceAfter => quoted_subject(text, sentence, &words, i, lex)
                .or_else(|| subject_for_its_part(text, &words, i))
                .or_else(|| right_phrase(text, &words, after_site_phrase(&words, after_time_phrase(text, &words, i + len)), lex))
                .or_else(|| subject_before_present(text, sentence, &words, i, len, lex)),
            CueKind::SourceBefore => left_phrase(text, &words, i, lex),
            // "Dat heeft Kustlijn Netbeheer vanochtend in een persbericht bekendgemaakt": a Dutch
            // participle closing the clause; its subject follows the auxiliary.
            // (German too: "Das hat die Freiwillige Feuerwehr am Morgen auf Facebook mitgeteilt".)
            CueKind::Verb
                if matches!(lex.language, "nl" | "de")
                    && matches!(folded[i].as_str(), "bekendgemaakt" | "meegedeeld" | "mitgeteilt" | "bekanntgegeben")
                    && let Some(a) = closing_participle_subject(&folded, i) =>
            {
                right_phrase(text, &words, a + 1, lex)
            }
            // Passive: "was first published by X", "first reported on Tuesday by X".
            CueKind::Verb | CueKind::MediaVerb
                if folded.get(i + len).is_some_and(|w| w == "by" || lex.language == "fr" && w == "par") =>
            {
                right_phrase(text, &words, i + len + 1, lex)
            }
            CueKind::Verb | CueKind::MediaVerb
                if lex.language == "en"
                    && folded[i + len - 1].ends_with("ed")
                    && let Some(b) = agent_after_time(text, &words, &folded, i + len) =>
            {
                right_phrase(text, &words, b + 1, lex)
            }
            CueKind::Verb | CueKind::MediaVerb => {
                // "No injuries were reported": a passive without its agent names no source.
                let passive = lex.language == "en"
                    && kind == CueKind::MediaVerb
                    && len == 1
                    && folded.get(i + 1).is_none_or(|w| w != "as")
                    && i > 0
                    && matches!(folded[i - 1].as_str(), "was" | "were" | "is" | "are" | "been" | "being" | "be")
                    && folded[i].ends_with("ed")
                    // "Blocked emergency exits reported as fire tears through …": a headline's
                    // passive without its auxiliary ("as early as", "as saying" are the verb's own).
                    || lex.language == "en"
                        && kind == CueKind::MediaVerb
                        && len == 1
                        && folded[i] == "reported"
                        && i > 0
                        && gap(text, &words, i - 1, i).trim().is_empty()
                        && folded.get(i + 1).is_some_and(|w| w == "as")
                        && gap_is_space(gap(text, &words, i, i + 1))
                        && folded.get(i + 2).is_some_and(|w| !matches!(w.as_str(), "early" | "recently" | "late" | "far" | "much" | "many" | "saying" | "telling" | "having" | "well"))
                    // "Le problème aurait été signalé": a French passive without its agent.
                    || lex.language == "fr"
                        && len == 1
                        && i > 0
                        && matches!(folded[i - 1].as_str(), "ete" | "est" | "sont" | "etait" | "etaient" | "sera" | "seront" | "fut");
                // "видання «Устьмор'я сьогодні» опублікувало": a name in guillemets right before the
                // verb is its subject.
                let quoted_left = matches!(lex.language, "uk" | "ru" | "de")
                    .then(|| quoted_name_before(text, sentence, &words, i))
                    .flatten()
                    // After a media noun ("видання «X»"), not as the object of a preposition ("у
                    // системі «X» повідомили"); before a publishing verb also on its own ("Раніше
                    // «X» писав").
                    .filter(|&k| {
                        k > 0 && media_noun(lex, &folded[k - 1])
                            || kind == CueKind::MediaVerb
                                && matches!(lex.language, "uk" | "ru")
                                && (k == 0 || !in_list(CYRILLIC_PREPOSITIONS, &folded[k - 1]))
                    })
                    .map(|k| (k, i));
                // "Районна газета «X», кореспонденти якої були на пристані, писала": the quoted
                // name of a medium before a relative clause set off by commas.
                let relative_left = (matches!(lex.language, "uk" | "ru") && i > 2 && gap(text, &words, i - 1, i).trim() == ",")
                    .then(|| {
                        (i.saturating_sub(14).max(1)..i - 1)
                            .rev()
                            .find(|&o| gap(text, &words, o - 1, o).trim().trim_start_matches(['»', '“', '”', '"']) == ",")
                            .filter(|&o| (o..(o + 3).min(i)).any(|k| slavic_relative(&words[k])))
                    })
                    .flatten()
                    .and_then(|o| {
                        gap(text, &words, o - 1, o).trim().starts_with(['»', '“', '”', '"']).then_some(())?;
                        quote_opening_before(text, sentence, &words, o)
                            .filter(|&k| k > 0 && media_noun(lex, &folded[k - 1]))
                            .map(|k| (k, o))
                    });
                // "Волністов сам спростував": the name before "himself".
                let self_left = (i >= 2
                    && matches!(folded[i - 1].as_str(), "сам" | "сама" | "самі" | "сами" | "himself" | "herself" | "selbst")
                    && is_capitalized(words[i - 2].raw))
                .then(|| left_phrase(text, &words, i - 1, lex))
                .flatten();
                let romance_relative_left = romance_relative_subject(text, &words, i, lex);
                let left = quoted_left
                    .or(relative_left)
                    .or(romance_relative_left)
                    .or(self_left)
                    .or_else(|| left_phrase(text, &words, i, lex))
                    .or_else(|| clause_subject(text, sentence, &words, i, i + len, lex))
                    .filter(|&(s, e)| lex.language != "de" || german_subject(&folded, s, e) && !german_genitive(text, &words, s))
                    // ("Ukrainian banks, which hold …, have reported": a nationality before a common
                    // noun is no subject's name.)
                    .filter(|&(s, e)| !(e - s == 1 && in_list(NATIONALITIES, &folded[s]) && words.get(e).is_some_and(|w| !is_capitalized(w.raw))))
                    // A Dutch clause opens with its object before the verb ("Dat meldden vrijdag
                    // het weekblad X en …", "Dit schrijft de krant"): the subject comes after it.
                    .filter(|&(s, e)| {
                        lex.language != "nl" || !(e - s == 1 && matches!(folded[s].as_str(), "dat" | "dit" | "zo" | "er" | "daarover" | "hierover" | "ook"))
                    })
                    // "Об этом в воскресенье написала газета X": the object of a preposition is
                    // no subject; elsewhere one name after "in" is the place ("… recolhidas num
                    // armazém em Loures revelaram"; English, read on PolNeAR, keeps its "officials in
                    // X" readers).
                    .filter(|&(s, e)| {
                        !(s > 0
                            && match lex.language {
                                "uk" | "ru" => matches!(folded[s - 1].as_str(), "в" | "во" | "у" | "о" | "об" | "про" | "на" | "по" | "с" | "з" | "із"),
                                "en" => false,
                                _ => e - s == 1 && matches!(folded[s - 1].as_str(), "em" | "en" | "in" | "dans" | "nel" | "nella" | "im" | "w" | "we"),
                            })
                    })
                    // ("O planach resortu poinformowali nas dwaj dyplomaci": a fronted Polish
                    // prepositional phrase is no subject either.)
                    .filter(|&(s, _)| {
                        !(lex.language == "pl" && matches!(folded[s].as_str(), "o" | "w" | "we" | "z" | "ze" | "na" | "do" | "od" | "po" | "przy" | "za" | "dla"))
                    })
                    .filter(|_| !passive);
                // "Таку інформацію оприлюднило видання X": a fronted object, the subject after.
                const FRONTED: &[&str] = &[
                    "таку", "такую", "цю", "эту", "це", "это", "ці", "эти", "такі", "такие", "новину", "новость",
                    "інформацію", "информацию", "дані", "данные", "відомості", "сведения", "так",
                    // "Першим план закриття оприлюднив журнал X": the subject after the verb.
                    "першим", "першою", "першими", "первым", "первой", "первыми",
                    // "Подробности приводит сайт X", "Фото … опублікувала спільнота X".
                    "подробности", "подробиці", "детали", "деталі", "фото", "відео", "видео", "ролик", "знімки",
                    "снимки", "кадри", "кадры", "фотографии", "фотографії", "фотографию", "фотографію", "снимок",
                    "знімок", "видеозапись", "відеозапис",
                ];
                let inverted = left.is_none()
                    || lex.language != "en"
                        && left.as_ref().is_some_and(|(s, e)| {
                            !is_capitalized(words[*s].raw)
                                && !is_anonymous_phrase(&folded[*s..*e], lex)
                                && e - s > 1
                                || matches!(lex.language, "uk" | "ru") && in_list(FRONTED, &folded[*s])
                                // "C'est ce qu'affirme le journal X", "ce que rapporte X": the
                                // source follows the verb.
                                || lex.language == "fr"
                                    && e - s >= 2
                                    && matches!(folded[*e - 1].trim_end_matches(['\'', '’']), "qu" | "que")
                                    && folded[*e - 2] == "ce"
                                // "Пізніше рішення підтвердив і телеканал X": the phrase before the
                                // verb does not agree with it in gender or number.
                                // (Not a name: a quoted name agrees with its media noun.)
                                || matches!(lex.language, "uk" | "ru")
                                    && !(*s > 0 && quote_opens(text, &words, *s))
                                    && (*s + 1..*e).all(|k| !is_capitalized(words[k].raw))
                                    && disagrees(&words[*s..*e], &words[i + len - 1])
                                // "Відповідне відео опублікував канал X": adjectives and a fronted
                                // object.
                                || matches!(lex.language, "uk" | "ru")
                                    && e - s <= 3
                                    && in_list(FRONTED, &folded[*e - 1])
                                    && (*s..*e - 1).all(|k| slavic_adjective(&words[k].raw.to_lowercase()))
                                // "її підхопила газета X", "независимо друг от друга рассказали X":
                                // a lowercase word alone before the verb that is no subject pronoun.
                                || matches!(lex.language, "uk" | "ru")
                                    && e - s == 1
                                    && !is_capitalized(words[*s].raw)
                                    && stemmata_text::has_cyrillic(words[*s].raw)
                                    && !matches!(
                                        words[*s].raw.to_lowercase().as_str(),
                                        "він" | "вона" | "воно" | "вони" | "он" | "она" | "оно" | "они" | "ми" | "мы" | "я" | "ти" | "ты" | "ви" | "вы"
                                            | "хто" | "кто" | "що" | "что"
                                    )
                                    && !slavic_relative(&words[*s])
                                    && !is_anonymous_phrase(&folded[*s..*e], lex)
                                // "такие слова Савчина приводит издание X": the fronted object
                                // opens the clause, the name before the verb is its genitive.
                                || matches!(lex.language, "uk" | "ru")
                                    && (0..*s)
                                        .rev()
                                        .take_while(|&k| (k + 1..=*s).all(|d| gap_is_space(gap(text, &words, d - 1, d))))
                                        .last()
                                        .is_some_and(|c| in_list(FRONTED, &folded[c]) && *s - c <= 3)
                        });
                // English puts the source after the verb only after the quote or clause it
                // attributes ("…," said X; "…, says X"); elsewhere the phrase after the verb is
                // its object ("told reporters", "describe Obama").
                // (Not a noun opening the sentence: "Relay world champion X will retire".)
                let inversion_place = lex.language != "en"
                    || i == 0 && !matches!(folded[0].as_str(), "relay" | "report" | "quote" | "note" | "claim" | "call" | "publish" | "write" | "broadcast")
                    || i > 0 && gap(text, &words, i - 1, i)
                        .contains([',', '"', '“', '”', '’', '\'', ':', '?', '!']);
                // A participle is not inverted ("…, calling them …"): its object follows it.
                let participle = lex.language == "en" && folded[i].ends_with("ing");
                // A French passive without its agent names no one after the verb either.
                let french_passive = passive && lex.language == "fr";
                if inverted && inversion_place && !participle && !french_passive {
                    // English does not invert a pronoun or a possessive ("…, said he hadn't",
                    // "said Clinton's response …"), nor after "told" (its object follows).
                    // "підтвердив і телеканал X", "bestätigte auch der Sender X": an additive
                    // particle before the inverted subject.
                    // ("napisała w poście na Facebooku pasażerka X": past the platform.)
                    let from = after_time_phrase(text, &words, i + len);
                    let from = if lex.language == "en" { from } else { after_site_phrase(&words, from) };
                    let from = if lex.language != "en"
                        && from + 1 < words.len()
                        && matches!(folded[from].as_str(), "і" | "й" | "и" | "також" | "теж" | "также" | "тоже" | "auch" | "aussi" | "egalement" | "tambien" | "anche" | "tambem")
                    {
                        from + 1
                    } else {
                        from
                    };
                    let right = right_phrase(text, &words, from, lex).filter(|&(s, e)| {
                        lex.language != "en"
                            || !(e - s == 1 && in_list(PRONOUNS, &folded[s])
                                || matches!(
                                    folded[s].as_str(),
                                    "of" | "to" | "from" | "with" | "by" | "about" | "for"
                                )
                                || words[e - 1].raw.ends_with("'s")
                                || words[e - 1].raw.ends_with("’s")
                                || matches!(folded[i].as_str(), "told" | "tells" | "tell"))
                    });
                    // "написала в воскресенье британская газета X", "написала о контракте X": a
                    // short prepositional phrase before the inverted subject.
                    let right = right.or_else(|| {
                        let k = i + len;
                        (matches!(lex.language, "uk" | "ru")
                            && k + 2 < words.len()
                            && matches!(folded[k].as_str(), "в" | "во" | "у" | "о" | "об" | "про")
                            && (k + 1..=k + 2).all(|m| gap_is_space(gap(text, &words, m - 1, m))))
                        .then(|| right_phrase(text, &words, k + 2, lex))
                        .flatten()
                        .filter(|&(s, e)| {
                            is_capitalized(words[s].raw)
                                || words[s..e].iter().any(|w| media_noun(lex, &w.folded))
                        })
                    });
                    right.or(left)
                } else {
                    left
                }
            }
        };
        // "X, посилаючись на Y, пише …": the subject before the participle.
        let source = source.or_else(|| participle_subject(text, &words, i, lex));
        // "Про це повідомили в Офісі генпрокурора", "как сообщили в пресс-службе МЧС": an
        // impersonal plural verb and the body where it was said.
        let source = source.or_else(|| impersonal_body(text, &words, i + len, lex));
        // "according to X and Y": a second source joined to the first.
        // Generic "you" ("you would never know it", "if you don't believe …") names no one.
        // ("bittet Spender, sich beim Kriminalkommissariat zu melden": a reflexive pronoun is no
        // subject.)
        if source.is_some_and(|(s, e)| e - s == 1 && matches!(folded[s].as_str(), "you") || folded[s] == "sich") {
            i += len;
            continue;
        }
        // An inverted source is followed by its partner ("повідомили X та «Y»").
        let second = source.and_then(|(s, e)| {
            // "Darüber hatten X und Y berichtet": the partner follows a subject read after the
            // auxiliary, as it follows an inverted one.
            let after_auxiliary = lex.language == "de" && e < i && (folded[e] == "und" || german_als_auch(&words, e));
            let k = if s >= i + len || after_auxiliary { CueKind::SourceAfter } else { kind };
            coordinated(text, &words, s, e, k, lex)
        });
        let cue_folded = folded[i..i + len].join(" ");
        // "X was quoted as saying": X spoke, it did not publish.
        let kind = if cue_folded.contains(" as ") && kind == CueKind::MediaVerb {
            CueKind::Verb
        } else {
            kind
        };
        // "X is widely seen as Y": X is what is judged; who judges goes unnamed.
        let judged = matches!(
            cue_folded.as_str(),
            "seen as" | "perceived as" | "thought of as" | "known as"
        );
        let source = source.filter(|_| !judged);
        let second = second.filter(|_| !judged);
        // "…, schreibt der Kanal, der mehrere Videos des Feuers veröffentlichte": in a German
        // relative clause the subject is the pronoun opening it, not the noun before the verb.
        let source = source.filter(|&(s, e)| {
            lex.language != "de" || e > i || {
                let clause = (0..s).rev().find(|&k| k > 0 && gap(text, &words, k - 1, k).contains(',')).unwrap_or(0);
                !(clause < s
                    && matches!(folded[clause].as_str(), "der" | "die" | "das" | "welcher" | "welche" | "welches")
                    && clause > 0
                    && gap(text, &words, clause - 1, clause).contains(','))
            }
        });
        let source =
            source.map(|(s, e)| make_source(text, &words, s, e, kind, lex, known, &cue_folded));
        // "Про це у своєму Telegram-каналі повідомила начальниця …": the channel is the subject's
        // own; what follows the verb after it is the subject, read by that verb.
        let own_channel = matches!(cue_folded.as_str(), "у своєму telegram-каналі" | "в своєму telegram-каналі" | "в своем telegram-канале");
        // (A channel named after it is quoted or capitalised: "у своєму Telegram-каналі начальник
        // …" is the speaker's own.)
        let source = source.filter(|s| {
            !own_channel
                || words.get(i + len).is_some_and(|w| w.start >= s.span.start && (is_capitalized(w.raw) || quote_opens(text, &words, i + len)))
        });
        // "объявила в телеграм-канале мэр Сухобалки Оксана Литвинчук": a channel's "name" opening
        // with a person's title is its owner, the speaker.
        let channel_cue = cue_folded.contains("канал") || cue_folded.contains("channel");
        let source = source.map(|mut s| {
            let first = words.iter().find(|w| w.start == s.span.start);
            if channel_cue && first.is_some_and(|w| !is_capitalized(w.raw) && is_person_title(&w.folded)) {
                s.kind = SourceKind::Person;
                if let Some(n) = full_name(&s.text) {
                    s.name = n;
                }
            }
            s
        });
        // "Кадри показав телеканал X": what showed is a medium only when named as one (a media
        // noun before its name, quotation marks, or an outlet of the story), not "Аналіз показав".
        let showed = matches!(folded[i].as_str(), "показав" | "показала" | "показало" | "показали" | "показал");
        let source = source.filter(|s| {
            !showed
                || s.name != s.text
                || text[..s.span.start].trim_end().ends_with(OPENING_QUOTES)
                || known.contains(&crate::outlet_key(&s.name))
        });
        // "X told Reuters": the outlet that heard it.
        let recipient = if matches!(folded[i].as_str(), "told" | "tells" | "telling") {
            right_phrase(text, &words, i + len, lex)
                // "told reporters outside the Llanferrin club": an audience, not a medium.
                .filter(|&(s, _)| {
                    !in_list(
                        &["reporters", "journalists", "correspondents", "press", "media", "crowd", "crowds", "supporters", "residents", "students", "voters"],
                        &folded[s],
                    )
                })
                // ("told independent Russian media": the press in general.)
                .filter(|&(_, e)| !words.get(e).is_some_and(|n| matches!(n.folded.as_str(), "media" | "outlets" | "press" | "newspapers")))
                // "told European allies": an adjective before a plural noun names no medium.
                .filter(|&(_, e)| {
                    !words.get(e).is_some_and(|n| {
                        gap_is_space(gap(text, &words, e - 1, e))
                            && !is_capitalized(n.raw)
                            && n.folded.len() > 3
                            && n.folded.ends_with('s')
                            && !matches!(n.folded.as_str(), "this" | "thus" | "was" | "has" | "its" | "his" | "hers" | "always" | "perhaps")
                    })
                })
                // "told the Phoenix-area station": a description of a medium, to its noun.
                .map(|(s, e)| {
                    let described = words.get(e).is_some_and(|n| {
                        !is_capitalized(n.raw) && media_noun(lex, &n.folded) && gap_is_space(gap(text, &words, e - 1, e))
                    });
                    let s = if described && s > 0 && folded[s - 1] == "the" { s - 1 } else { s };
                    (s, e + usize::from(described && folded[s] == "the"))
                })
                .map(|(s, e)| {
                    make_source(text, &words, s, e, CueKind::MediaVerb, lex, known, "told")
                })
                .filter(|s| s.kind.is_media())
        } else if lex.language == "en"
            && matches!(
                folded[i].as_str(),
                "confirmed" | "confirms" | "confirm" | "said" | "says" | "explained" | "revealed"
                    | "disclosed" | "admitted" | "stated" | "described"
            )
            // ("says goodbye to Porto": a club, no medium, hears a farewell.)
            && !folded.get(i + len).is_some_and(|w| matches!(w.as_str(), "goodbye" | "farewell" | "hello" | "sorry" | "thanks" | "thank"))
        {
            // "confirmed the figure to Meridian Daily": the outlet that heard it, a few words on
            // in the same clause.
            (i + len..words.len().min(i + len + 7))
                .take_while(|&k| k == i + len || gap_is_space(gap(text, &words, k - 1, k)))
                // ("said he had gone to the FIGC's prosecutor": a clause of its own, told to no one.)
                .take_while(|&k| !matches!(folded[k].as_str(), "he" | "she" | "they" | "we" | "i" | "it" | "that"))
                // "to the Harbour Courier": the article before the name.
                .find_map(|k| {
                    let name = k + 1 + usize::from(words.get(k + 1).is_some_and(|w| w.folded == "the"));
                    // ("has confirmed to broadcaster TVN24": a media noun before the name.)
                    let name = name + usize::from(words.get(name).is_some_and(|w| !is_capitalized(w.raw) && media_noun(lex, &w.folded)));
                    // (Not a figure: "said 60 to 90mm of rain".)
                    (folded[k] == "to" && words.get(name).is_some_and(|w| is_capitalized(w.raw) && w.raw.starts_with(char::is_alphabetic))).then_some(name)
                })
                // ("confirms plan to shift Dresden base to Krakow": a move's goal, no medium.)
                .filter(|&k| {
                    !(i + len..k).any(|m| {
                        matches!(
                            folded[m].as_str(),
                            "shift" | "move" | "moving" | "relocate" | "transfer" | "send" | "sent" | "return" | "fly" | "flights" | "travel" | "head" | "expand"
                        )
                    })
                })
                .and_then(|k| right_phrase(text, &words, k, lex))
                .map(|(s, e)| {
                    make_source(text, &words, s, e, CueKind::MediaVerb, lex, known, "told")
                })
                // ("has confirmed to a German newspaper": a medium not named heard it.)
                .or_else(|| {
                    let k = (i + len..words.len().min(i + len + 3)).find(|&k| folded[k] == "to" && (i + len..=k).all(|m| m == i + len || gap_is_space(gap(text, &words, m - 1, m))))?;
                    let a = k + 1;
                    (words.get(a).is_some_and(|w| matches!(w.folded.as_str(), "a" | "an")))
                        .then_some(())?;
                    let noun = (a + 1..words.len().min(a + 4)).find(|&m| media_noun(lex, &words[m].folded))?;
                    ((a + 1..=noun).all(|m| gap_is_space(gap(text, &words, m - 1, m)) && !is_capitalized(words[m].raw) || in_list(NATIONALITIES, &words[m].folded))).then_some(())?;
                    let span = Span::new(words[a].start, words[noun].end);
                    Some(Source::named(span, span.slice(text).to_string(), SourceKind::Outlet))
                })
                // ("from March 1 to March 31": a date, no medium.)
                .filter(|s| {
                    s.kind.is_media()
                        && !names_a_place(&s.name)
                        && !s.name.split_whitespace().next().is_some_and(|w| {
                            let w = fold(w);
                            MONTHS.contains(&w.as_str())
                                || matches!(w.as_str(), "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sept" | "sep" | "oct" | "nov" | "dec")
                                || in_list(WEEKDAYS, &w)
                        })
                })
        } else if matches!(lex.language, "uk" | "ru" | "de") && kind == CueKind::Verb {
            // "підтвердив «Буковинській газеті»", "рассказал Невскому наблюдателю", "bestätigte dem
            // Hagmersfelder Rundblick": an outlet known to the story, in the dative right after the
            // verb, heard it.
            // (Not after a preposition: "kündigte Pryce-Holloway in dem Beitrag an".)
            let dative_article = |k: usize| {
                lex.language == "de"
                    && matches!(folded[k].as_str(), "dem" | "der")
                    && !(k > 0
                        && matches!(
                            folded[k - 1].as_str(),
                            "in" | "aus" | "mit" | "von" | "bei" | "nach" | "zu" | "auf" | "an" | "vor" | "seit" | "unter" | "uber" | "hinter" | "neben" | "zwischen"
                        ))
            };
            let after = i + len + usize::from(folded.get(i + len).is_some() && dative_article(i + len));
            // German puts the subject between ("Das sagte der Bürgermeister dem Anzeiger im Tal"):
            // a dative article a few words on opens the recipient too.
            let later = (lex.language == "de")
                .then(|| {
                    (after + 1..(after + 8).min(words.len()))
                        .take_while(|&k| gap_is_space(gap(text, &words, k - 1, k)))
                        .find(|&k| dative_article(k) && k + 1 < words.len())
                        .map(|k| k + 1)
                })
                .flatten()
                // "Как рассказал пилот Андрей Козак еженедельнику «Вербовская неделя»": after the
                // inverted speaker, a media noun and the quoted name.
                .or_else(|| {
                    (after + 1..(after + 8).min(words.len().saturating_sub(1)))
                        .take_while(|&k| gap_is_space(gap(text, &words, k - 1, k)))
                        .find(|&k| {
                            media_noun(lex, &folded[k]) && quote_opens(text, &words, k + 1)
                        })
                        .map(|k| k + 1)
                });
            let heard = [Some(after), later]
                .into_iter()
                .flatten()
                .filter_map(|from| right_phrase(text, &words, from, lex))
                .find_map(|(s, e)| {
                    (s + 1..=e).rev().find_map(|e2| {
                        let name = &text[words[s].start..words[e2 - 1].end];
                        let case_key = crate::outlet_case_key(name);
                        let known_name = if lex.language == "de" {
                            // In any case: "dem Flussboten", "des Kreisblatts".
                            std::iter::once(name)
                                .chain(crate::german_case_stems(name))
                                .any(|n| known.contains(&crate::outlet_key(n)))
                        } else {
                            // (Not a lowercase noun: "підтвердив кореспондентці Суспільного" is no
                            // "Корреспондент.net".)
                            (is_capitalized(words[s].raw) || name.contains('.')) && case_key.starts_with('~') && known_case_key(known, &case_key)
                        };
                        known_name.then(|| {
                            let mut r = make_source(text, &words, s, e2, CueKind::MediaVerb, lex, known, "told");
                            r.kind = SourceKind::Outlet;
                            r
                        })
                    })
                });
            // A medium by its own words in the dative, known or not: "sagte der Bürgermeister dem
            // Kreisboten Altmark" (after "dem", which no subject takes); "Мер розповів «Голосу
            // Прикарпаття», що …" (a quoted name right after the verb, whose subject came before).
            let subject_before = source.as_ref().is_some_and(|s| s.span.end <= words[i].start && s.kind != SourceKind::Outlet);
            let unknown_medium = || {
                let from = match lex.language {
                    "de" => [Some(after), later].into_iter().flatten().find(|&k| k > 0 && folded[k - 1] == "dem" && dative_article(k - 1)),
                    // "підтвердив журналістам «X»": X's reporters heard it.
                    _ => {
                        let journalists = ["журналістам", "журналісту", "журналістці", "кореспонденту", "кореспондентові", "кореспондентам", "кореспондентці", "журналистам", "журналисту", "корреспонденту", "корреспондентам"];
                        // ("заявив російському агентству «Інтерфакс»": adjectives and a media noun in
                        // the dative before the quoted name.)
                        let mut k = i + len;
                        while k < (i + len + 2).min(words.len())
                            && !is_capitalized(words[k].raw)
                            && dative_adjective(&folded[k])
                            && folded.get(k + 1).is_some_and(|w| DATIVE_MEDIA_NOUNS.contains(&w.as_str()) || dative_adjective(w))
                        {
                            k += 1;
                        }
                        let k = if folded.get(k).is_some_and(|w| DATIVE_MEDIA_NOUNS.contains(&w.as_str())) && k + 1 < words.len() && quote_opens(text, &words, k + 1) {
                            k + 1
                        } else {
                            i + len + usize::from(folded.get(i + len).is_some_and(|w| in_list(&journalists, w)))
                        };
                        Some(k).filter(|&k| subject_before && k < words.len() && quote_opens(text, &words, k))
                    }
                };
                let (s, e) = right_phrase(text, &words, from?, lex)?;
                let mut r = make_source(text, &words, s, e, CueKind::MediaVerb, lex, known, "told");
                if lex.language != "de" && matches!(r.kind, SourceKind::Organization | SourceKind::Unknown | SourceKind::Person) {
                    r.kind = SourceKind::Outlet;
                }
                // ("erklärte, man bleibe dem Projekt in Polen verpflichtet": one German noun alone
                // is no medium's name, unless a paper's compound or a known medium.)
                // ("sagte … dem Kurier": a paper's head word, or a known outlet's short name.)
                let folded_name = fold(&r.name);
                let plain_noun = lex.language == "de"
                    && !r.name.contains(' ')
                    && !german_media_compound(&folded_name)
                    && !GERMAN_MEDIA_HEADS.contains(&folded_name.as_str())
                    && !media_noun(lex, &folded_name)
                    && stemmata_text::media::lookup(&r.name).is_none()
                    && agency::lookup(&r.name).is_none()
                    && !known.iter().any(|k| k.split_whitespace().last().is_some_and(|l| fold(l) == folded_name));
                (r.kind.is_media() && !r.back_reference && !plain_noun).then_some(r)
            };
            // "sagte eine Sprecherin der Hafenbehörde, Olena Hryzaj, der Nachrichtenagentur
            // Reuters": a medium noun in the dative and its name, later in the clause.
            let described_dative = || {
                if lex.language != "de" {
                    return None;
                }
                // (`named`: "der Deutschen Presse-Agentur", a known agency by its two words.)
                let (k, named) = (i + len..words.len().min(i + len + 20))
                    .take_while(|&k| k == i + len || !gap(text, &words, k - 1, k).contains(['.', ';', ':', '„', '“', '"']))
                    .take_while(|&k| !matches!(folded[k].as_str(), "dass" | "ob" | "weil"))
                    .find_map(|k| {
                        if !matches!(folded[k].as_str(), "der" | "dem") {
                            return None;
                        }
                        let named = words.get(k + 2).is_some_and(|w| agency::lookup(&text[words[k + 1].start..w.end]).is_some());
                        ((words.get(k + 1).is_some_and(|w| german_media_compound(&w.folded) || media_noun(lex, &w.folded)) || named)
                            && words.get(k + 2).is_some_and(|w| is_capitalized(w.raw) || w.raw.chars().all(|c| c.is_lowercase()) && agency::lookup(w.raw).is_some())
                            && gap_is_space(gap(text, &words, k, k + 1))
                            && gap_is_space(gap(text, &words, k + 1, k + 2)))
                        .then_some((k, named))
                    })?;
                let (s, e) = if named { (k + 1, k + 3) } else { right_phrase(text, &words, k + 2, lex)? };
                let mut r = make_source(text, &words, s, e, CueKind::MediaVerb, lex, known, "told");
                if matches!(r.kind, SourceKind::Organization | SourceKind::Unknown | SourceKind::Person) {
                    r.kind = SourceKind::Outlet;
                }
                (!r.back_reference).then_some(r)
            };
            heard.or_else(|| dative_outlet_before(text, &words, i, lex, known)).or_else(unknown_medium).or_else(described_dative)
        } else if lex.language == "fr" && kind == CueKind::Verb {
            // "a confié le maire au Courrier du Val", "a déclaré au Courrier du Val": a medium by its
            // own words after "au", "aux" or "à", a few words on in the same clause.
            (i + len..words.len().min(i + len + 6))
                .take_while(|&k| k == i + len || gap_is_space(gap(text, &words, k - 1, k)))
                // (Folding makes "à" an "a": read as written.)
                .find(|&k| matches!(folded[k].as_str(), "au" | "aux") || words[k].raw == "à")
                // "à la RTS", "à l'AFP": past the article.
                // (A capitalised article is the name's: "à La Voix des Carpates".)
                .map(|k| if words[k].raw == "à" && words.get(k + 1).is_some_and(|w| matches!(w.raw, "la" | "l'" | "l’")) { k + 1 } else { k })
                // ("a confié au quotidien une locataire du quartier d'Afrikaanderwijk": the daily
                // named before, then the speaker.)
                .filter(|&k| {
                    !(words.get(k + 1).is_some_and(|w| !is_capitalized(w.raw) && media_noun(lex, &w.folded))
                        && words.get(k + 2).is_some_and(|w| matches!(w.folded.as_str(), "un" | "une" | "des")))
                })
                .and_then(|k| right_phrase(text, &words, k + 1, lex))
                .map(|(s, e)| make_source(text, &words, s, e, CueKind::MediaVerb, lex, known, "told"))
                // "a confié à la RTS", "a indiqué à l'AFP": initials after "à" are a medium's.
                .map(|mut s| {
                    let bare = ["la ", "le ", "l'", "l’"].iter().find_map(|a| s.name.strip_prefix(a)).unwrap_or(&s.name).to_string();
                    let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
                    if !s.kind.is_media() && (2..=6).contains(&letters) && bare.chars().all(|c| c.is_uppercase() || c == '-') {
                        s.kind = SourceKind::Outlet;
                        s.name = bare;
                    }
                    s
                })
                // "estimé à près de 240 000 euros": a medium's name opens with a capital letter.
                .filter(|s| s.kind.is_media() && !s.back_reference && s.name.chars().next().is_some_and(char::is_uppercase))
                // ("a précisé à l'agence le Dr Hélène Castagnier": the name after the medium noun is
                // the speaker's.)
                .filter(|s| {
                    let mut w = s.name.split_whitespace();
                    let (first, second) = (w.next().unwrap_or(""), w.next().unwrap_or(""));
                    let first = fold(first);
                    !(in_list(TITLE_ABBREVIATIONS, first.trim_end_matches('.'))
                        || crate::given_names::is_given_name(&first) && second.starts_with(char::is_uppercase))
                })
        } else {
            None
        };
        // "Як розповіли «Степовому маяку» в міськраді": the story outlet read after the verb is
        // whom it was told, not who told it.
        let source = source.filter(|src| {
            !(matches!(lex.language, "uk" | "ru" | "de")
                && recipient.as_ref().is_some_and(|r| r.span.start == src.span.start)
                // "a confié à la RTS": the phrase after the verb is whom it was told.
                || lex.language == "fr"
                    && (src.text.starts_with("à ") || src.text.starts_with("au ") || src.text.starts_with("aux "))
                    && recipient.as_ref().is_some_and(|r| src.span.start <= r.span.start && r.span.end <= src.span.end))
        });
        let first_is_media = source.as_ref().is_some_and(|f| f.kind.is_media());
        let found = Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(kind), source);
        out.push(Attribution { recipient, ..found });
        if let Some((s, e)) = second {
            let mut other = make_source(text, &words, s, e, kind, lex, known, &cue_folded);
            // A name in quotation marks beside a medium is a medium too, never a person
            // ("X та «Y»").
            let quoted = text[..words[s].start].trim_end().ends_with(['«', '"', '“', '„']);
            if quoted
                && other.kind == SourceKind::Person
                && first_is_media
            {
                other.kind = SourceKind::Outlet;
            }
            out.push(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(kind), Some(other)));
        }
        i += len;
    }
    // "X said in an interview with Y": the interview is where X spoke, Y is the interviewer; with
    // a speech verb in the sentence the phrase is no cue of its own.
    let has_verb = out.iter().any(|a| {
        matches!(
            a.cue_kind,
            CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb)
        )
    });
    if has_verb {
        let is_venue = |a: &Attribution| {
            a.cue_kind == CueKindOrCredit::Cue(CueKind::SourceAfter)
                && matches!(
                    fold(&a.cue_text).as_str(),
                    "in an interview with" | "in a statement to" | "speaking to" | "in comments to" | "in remarks to"
                        | "in an interview to" | "speaking on"
                )
        };
        // The medium that held the interview heard the words: it is the speech verb's recipient
        // ("told Y").
        let venues: Vec<Attribution> = out.iter().filter(|a| is_venue(a)).cloned().collect();
        out.retain(|a| !is_venue(a));
        for v in venues {
            let Some(medium) = v.source.filter(|s| s.kind.is_media()) else { continue };
            let speaker = out
                .iter_mut()
                .filter(|a| {
                    matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb))
                        && a.recipient.is_none()
                })
                .min_by_key(|a| a.cue.start.abs_diff(v.cue.start));
            if let Some(a) = speaker {
                a.recipient = Some(medium);
            }
        }
    }
    // "In a Gazette poll, 41 percent of residents said …", "… 62 percent agreed, according to the
    // survey": the respondents' answers are the poll's finding, not a second attribution.
    let poll_frame = out.iter().any(|a| {
        a.cue_kind == CueKindOrCredit::Cue(CueKind::SourceAfter)
            && a.source.as_ref().is_some_and(|s| {
                s.kind == SourceKind::Document
                    || fold(&s.text)
                        .split_whitespace()
                        .any(|w| in_list(POLL_NOUNS, w) || w == "polls" || w == "surveys")
            })
    });
    if poll_frame {
        out.retain(|a| {
            !(matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::Verb))
                && a.source.as_ref().is_some_and(|s| {
                    // The share may stand before the head the subject was cut to ("79
                    // percent of Democrats").
                    let lead = text[sentence.start..s.span.start]
                        .rsplit([',', ';', ':'])
                        .next()
                        .unwrap_or("");
                    let f = fold(&format!("{lead}{}", s.text));
                    f.contains("percent")
                        || f.contains('%')
                        || f.trim_start().starts_with(|c: char| c.is_ascii_digit())
                }))
        });
    }
    drop_framed(text, sentence, &mut out);
    if lexicons.first().is_some_and(|l| matches!(l.language, "fr" | "pt" | "it")) {
        out.extend(participle_agent(text, sentence, &words, &out, lexicons[0], known));
    }
    if let Some(a) = colon_lead_in(text, sentence, &words, &out, lexicons, known) {
        out.push(a);
    } else if let Some(a) = colon_before_quote(text, sentence, &words, &out, lexicons, known) {
        out.push(a);
    }
    // Wire credits: "(Reuters)", "selon l'AFP" — agencies named with a credit context.
    let slice = sentence.slice(text);
    for m in agency::find_mentions(slice) {
        if m.kind == agency::CreditKind::Mention {
            continue;
        }
        // A photographer's credit line ("Ann Okafor / Reuters."): the agency took the picture;
        // it is not where the text comes from.
        let (head, tail) = (&slice[..m.start], &slice[m.end..]);
        let photographer = head.trim_end().strip_suffix('/').is_some_and(|name| {
            let name: Vec<&str> = name.split_whitespace().collect();
            (1..=4).contains(&name.len()) && name.iter().all(|w| is_capitalized(w))
        }) && tail.trim().chars().all(|c| matches!(c, '.' | ')' | ']'));
        if photographer {
            continue;
        }
        // "l'agence sanitaire locale (ATS) a confirmé", "l'Agenzia di tutela della salute (Ats)
        // della Brianza": letters in brackets after a lowercase word, the sentence running on in
        // lowercase, abbreviate the words before them; no wire credit.
        let opened = head.trim_end_matches(' ').ends_with('(') || slice[m.start..].starts_with('(');
        let before_bracket = head.trim_end_matches(' ').trim_end_matches('(').trim_end();
        let after = tail.trim_start_matches(')');
        if opened
            && before_bracket.split_whitespace().last().is_some_and(|w| w.starts_with(char::is_lowercase))
            && after.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase))
        {
            continue;
        }
        // ("a Agência Portuguesa do Ambiente (APA) disse": letters in brackets that spell the
        // initials of the name before them.)
        if opened && abbreviates_name_before(before_bracket, slice[m.start..m.end].trim_matches(['(', ')'])) {
            continue;
        }
        let span = Span::new(sentence.start + m.start, sentence.start + m.end);
        // Named already as a source, or as the outlet someone spoke to ("told The Associated
        // Press"): the agency heard the words, it did not send them.
        let already = out.iter().any(|a| {
            a.source
                .iter()
                .chain(a.recipient.iter())
                .any(|s| s.span.start <= span.start && span.end <= s.span.end)
        });
        if already {
            continue;
        }
        let agency = Source {
            span,
            text: text[span.start..span.end].to_string(),
            name: m.agency.name.to_string(),
            kind: SourceKind::Agency,
            agency: Some(m.agency.id),
            back_reference: false,
        };
        out.push(Attribution::in_text(text, sentence, span, CueKindOrCredit::Credit, Some(agency)));
    }
    cited_by_subject(text, sentence, &words, lexicons, known, &mut out);
    // Credits in brackets the registry does not know, unless a found source covers them:
    // "OSTROHIRSK (Northstar Press Agency) —" (a dateline), "… to the Novyi Posad district
    // (Vezha-Press)." (a medium's name closing a sentence).
    for found in [dateline_agency(text, sentence), closing_credit(text, sentence)].into_iter().chain(signoff_credits(text, sentence).into_iter().map(Some)) {
        if let Some(source) = found
            && !out.iter().any(|a| {
                a.source.as_ref().is_some_and(|s| s.span.start < source.span.end && source.span.start < s.span.end)
            })
        {
            let span = source.span;
            out.push(Attribution::in_text(text, sentence, span, CueKindOrCredit::Credit, Some(source)));
        }
    }
    if lexicons.iter().any(|l| l.language == "de") {
        passive_agents(text, &words, &mut out);
    }
    if lexicons.iter().any(|l| l.language == "fr") {
        for source in french_shown_by(text, &words) {
            if !out.iter().any(|a| a.source.as_ref().is_some_and(|s| s.span.start < source.span.end && source.span.start < s.span.end)) {
                let span = source.span;
                out.push(Attribution::in_text(text, sentence, span, CueKindOrCredit::Credit, Some(source)));
            }
        }
    }
    for (label, source) in source_line(text, sentence) {
        if !out.iter().any(|a| a.source.as_ref().is_some_and(|s| s.span.start < source.span.end && source.span.start < s.span.end)) {
            out.push(Attribution::in_text(text, sentence, label, CueKindOrCredit::Credit, Some(source)));
        }
    }
    out.sort_by_key(|a| (a.cue.start, a.cue.end));
    out
}

/// German report participles with their agent before them: "Anders als zunächst von der britischen
/// Zeitung Harwick Gazette berichtet, …", "wie vom Sender Tal TV gemeldet": the medium after
/// "von"/"vom" (past an article, describing words and a media noun) is the source of a
/// participle cue found without one.
fn passive_agents(text: &str, words: &[Word<'_>], out: &mut [Attribution]) {
    const PARTICIPLES: &[&str] = &["berichtet", "gemeldet", "verbreitet", "veroffentlicht", "enthullt"];
    const BETWEEN: &[&str] = &["zuerst", "zunachst", "bereits", "schon", "erstmals", "ursprunglich", "am", "im"];
    let lex = &lexicon::GERMAN;
    for a in out.iter_mut().filter(|a| a.source.is_none()) {
        let Some(cue) = words.iter().position(|w| w.start == a.cue.start && in_list(PARTICIPLES, &w.folded)) else { continue };
        let Some(von) = (cue.saturating_sub(10)..cue).rev().find(|&k| matches!(words[k].folded.as_str(), "von" | "vom")) else { continue };
        let spaced = (von + 1..=cue).all(|k| gap_is_space(gap(text, words, k - 1, k)));
        if !spaced {
            continue;
        }
        // The name: capitalised words after the last media noun (or after the article), up to
        // the words that may stand between it and the participle.
        let mut from = von + 1;
        if from < cue && in_list(GERMAN_ARTICLES, &words[from].folded) {
            from += 1;
        }
        while from < cue && !is_capitalized(words[from].raw) {
            from += 1;
        }
        if let Some(noun) = (from..cue).rev().find(|&k| media_noun(lex, &words[k].folded)) {
            from = noun + 1;
        }
        let mut end = cue;
        while end > from && (in_list(BETWEEN, &words[end - 1].folded) || german_time_word(&words[end - 1].folded)) {
            end -= 1;
        }
        if from >= end || end - from > 5 || !words[from..end].iter().all(|w| is_capitalized(w.raw)) {
            continue;
        }
        let span = Span::new(words[from].start, words[end - 1].end);
        let name = span.slice(text).to_string();
        a.source = Some(Source::named(span, name, SourceKind::Outlet));
    }
}

/// In "les images et les informations de la télévision X" (`start..end`), the first word after
/// the information nouns' "de" (past its article): the owner of what was shown or told.
fn french_information_owner(words: &[Word<'_>], start: usize, end: usize) -> Option<usize> {
    const INFORMATION: &[&str] = &[
        "images", "image", "informations", "information", "chiffres", "donnees", "revelations", "photos", "videos",
        "propos", "calculs", "estimations", "constatations", "sources",
    ];
    const DETERMINERS: &[&str] = &["les", "des", "la", "le", "l", "une", "un", "ses", "leurs"];
    let mut k = start;
    let mut nouns = 0;
    loop {
        while k < end && in_list(DETERMINERS, &words[k].folded) {
            k += 1;
        }
        if k < end && in_list(INFORMATION, &words[k].folded) {
            nouns += 1;
            k += 1;
        } else {
            break;
        }
        if k < end && words[k].folded == "et" {
            k += 1;
        } else {
            break;
        }
    }
    if nouns == 0 || k >= end || !matches!(words[k].folded.as_str(), "de" | "du" | "des" | "d") {
        return None;
    }
    k += 1;
    while k < end && matches!(words[k].folded.as_str(), "la" | "le" | "l" | "les") {
        k += 1;
    }
    (k < end).then_some(k)
}

/// "Les images diffusées dimanche soir par Télé Haute-Lormande montrent …", "la vidéo publiée
/// par X": pictures, footage or a report shown by a named medium come from it.
fn french_shown_by(text: &str, words: &[Word<'_>]) -> Vec<Source> {
    const SHOWN: &[&str] = &[
        "images", "image", "video", "videos", "photos", "photo", "reportage", "article", "enquete", "documentaire",
        "sequence", "sequences", "informations", "revelations", "temoignages",
    ];
    const BY: &[&str] = &[
        "diffuse", "diffusee", "diffuses", "diffusees", "publie", "publiee", "publies", "publiees", "revele",
        "revelee", "reveles", "revelees", "devoile", "devoilee", "devoiles", "devoilees", "tournee", "tournees",
        "tourne", "tournes", "realise", "realisee", "recueillies", "recueillis", "recueilli", "recueillie",
    ];
    let mut out = Vec::new();
    for p in 1..words.len() {
        if !in_list(BY, &words[p].folded) || !in_list(SHOWN, &words[p - 1].folded) {
            continue;
        }
        let Some(par) = (p + 1..words.len().min(p + 5)).find(|&k| words[k].folded == "par") else { continue };
        if !(p + 1..=par).all(|k| gap_is_space(gap(text, words, k - 1, k))) {
            continue;
        }
        let mut from = par + 1;
        while from < words.len() && matches!(words[from].folded.as_str(), "la" | "le" | "l" | "les") {
            from += 1;
        }
        // Past a media noun and its describing words ("la chaîne régionale X").
        let lex = &lexicon::FRENCH;
        if from < words.len() && !is_capitalized(words[from].raw) && media_noun(lex, &words[from].folded) {
            from += 1;
            while from < words.len() && !is_capitalized(words[from].raw) && words[from].folded.len() > 3 {
                from += 1;
            }
        }
        if from >= words.len() || !is_capitalized(words[from].raw) {
            continue;
        }
        let mut end = from + 1;
        while end < words.len()
            && gap_is_space(gap(text, words, end - 1, end))
            && (is_capitalized(words[end].raw) || matches!(words[end].folded.as_str(), "de" | "du" | "des" | "la" | "d"))
        {
            end += 1;
        }
        while end > from + 1 && !is_capitalized(words[end - 1].raw) {
            end -= 1;
        }
        let span = Span::new(words[from].start, words[end - 1].end);
        let name = span.slice(text).to_string();
        out.push(Source::named(span, name, SourceKind::Outlet));
    }
    out
}

/// Labels of a line that names the article's sources ("Джерело: X", "Source: X, Y").
#[rustfmt::skip]
const SOURCE_LINE_LABELS: &[&str] = &[
    "джерело", "джерела", "источник", "источники", "source", "sources", "quelle", "quellen", "за матеріалами",
    "по материалам", "based on reporting by", "with reporting from", "mit material von", "avec", "zrodło", "zrodła", "fuente", "fuentes", "fonte", "fonti", "con informacion de", "con información de",
];

/// A short line of its own that names the article's sources after a label and a colon:
/// "Джерело: Harwick Sentinel", "Sources: Nordpress, harwick-sentinel.example". Each name, one to
/// five words starting with a capital or a quotation mark, or a domain, is credited as a medium.
/// Photo and video credits ("Фото: Reuters") name no source of the text.
fn source_line(text: &str, sentence: Span) -> Vec<(Span, Source)> {
    let slice = sentence.slice(text);
    let mut lead = slice.len() - slice.trim_start().len();
    let mut line = slice.trim();
    // "(Source: X)", "[Джерело: X]": the line in brackets.
    if let Some(inner) = line.strip_prefix(['(', '[']).and_then(|l| l.trim_end_matches('.').strip_suffix([')', ']'])) {
        lead += 1;
        line = inner;
    }
    // "h/t Sportivny Polden", "(Writing by M. Ellery, with reporting by Suspilne)", "Additional
    // reporting by Reuters": a credit without a colon (a reporter's name is no medium).
    let lower = line.to_lowercase();
    let credited_after = ["h/t ", "hat tip ", "via "]
        .iter()
        .filter(|p| lower.starts_with(*p))
        .map(|p| p.len())
        .chain(lower.rfind("reporting by ").map(|at| at + "reporting by ".len()))
        // "La rédaction avec AFP", "Le Figaro avec AFP", "Mit Material von dpa": a known agency or
        // medium after the newsroom on a short line of its own.
        .chain(
            ["avec ", "mit material von ", "mit material der ", "con información de ", "con informacion de "]
                .iter()
                .filter_map(|p| lower.rfind(*p).filter(|&at| at == 0 || lower[..at].ends_with(' ')).map(|at| at + p.len()))
                .find(|&at| {
                    let name = line[at..].trim().trim_end_matches(['.', ')']).trim();
                    line.chars().count() <= 60
                        && (agency::lookup(name).is_some() || stemmata_text::media::lookup(name).is_some())
                }),
        )
        .next();
    if let Some(at) = credited_after
        && line.chars().count() <= 160
    {
        let name = line[at..].trim().trim_end_matches(['.', ')']).trim();
        let first = name.split_whitespace().next().unwrap_or("");
        let named = name.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"' | '“' | '„'))
            || stemmata_text::media::lookup(name).is_some()
            || agency::lookup(name).is_some();
        if !name.is_empty()
            && name.split_whitespace().count() <= 5
            && !name.contains([',', ';'])
            && named
            && !crate::given_names::is_given_name(&fold(first))
        {
            let start = sentence.start + lead + line[..at].len() + (line[at..].len() - line[at..].trim_start().len());
            let agency = agency::lookup(name);
            let label_span = Span::new(sentence.start + lead, start);
            return vec![(label_span, Source {
                span: Span::new(start, start + name.len()),
                text: name.to_string(),
                kind: if agency.is_some() { SourceKind::Agency } else { SourceKind::Outlet },
                agency: agency.map(|a| a.id),
                name: agency.map_or(name.to_string(), |a| a.name.to_string()),
                back_reference: false,
            })];
        }
    }
    let Some(colon) = line.find(':') else { return Vec::new() };
    let label = fold(line[..colon].trim());
    if line.chars().count() > 160 || !in_list(SOURCE_LINE_LABELS, &label) {
        return Vec::new();
    }
    let label_span = Span::new(sentence.start + lead, sentence.start + lead + colon);
    let mut out = Vec::new();
    let rest_start = sentence.start + lead + colon + 1;
    let rest = &text[rest_start..sentence.start + lead + line.len()];
    let mut offset = 0;
    for part in rest.split([',', ';', '|']) {
        let part_start = rest_start + offset;
        offset += part.len() + 1;
        let trimmed = part.trim().trim_end_matches('.').trim();
        let words = trimmed.split_whitespace().count();
        // ("Quelle: dpa": a known medium in lowercase.)
        let named = trimmed.starts_with(|c: char| c.is_uppercase() || matches!(c, '«' | '"' | '“' | '„'))
            || stemmata_text::outlet::looks_like_domain(trimmed)
            || agency::lookup(trimmed).is_some_and(|a| a.abbreviations.contains(&trimmed));
        if trimmed.is_empty() || words > 5 || !named {
            continue;
        }
        let start = part_start + part.find(trimmed).unwrap_or(0);
        let name = trimmed.trim_matches(['«', '»', '"', '“', '”', '„']).to_string();
        let agency = agency::lookup(&name);
        out.push((label_span, Source {
            span: Span::new(start, start + trimmed.len()),
            text: trimmed.to_string(),
            kind: if agency.is_some() { SourceKind::Agency } else { SourceKind::Outlet },
            agency: agency.map(|a| a.id),
            name: agency.map_or(name, |a| a.name.to_string()),
            back_reference: false,
        }));
    }
    out
}

/// Verbs by which a medium names the medium it rests on ("Y ссылается на X", "Y cites X").
const CITING_CUES: &[&str] = &[
    "ссылается на", "ссылаются на", "ссылалась на", "ссылался на", "ссылалось на", "ссылались на", "посилається на",
    "посилаються на", "посилалася на", "посилався на", "посилалося на", "посилалися на", "cites", "cited", "cite",
    "beruft sich auf", "berief sich auf", "berufen sich auf", "beriefen sich auf",
];

/// "Y ссылается на X", "Y, which broke the story on Monday, cites X", "The Courier cited the
/// paper X": a medium naming the medium it rests on. The sentence credits both: the medium that
/// cites (the article relays it) and the one cited (whom it relays). The found attribution has
/// one of them; the other is added when it is a medium too.
fn cited_by_subject(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    lexicons: &[&'static CueLexicon],
    known: &[String],
    out: &mut Vec<Attribution>,
) {
    let mut added = Vec::new();
    for a in out.iter() {
        let cue = fold(&a.cue_text);
        let Some(source) = a.source.as_ref().filter(|s| s.kind.is_media() && in_list(CITING_CUES, &cue)) else {
            continue;
        };
        let (Some(ci), Some(ce)) = (
            words.iter().position(|w| w.start == a.cue.start),
            words.iter().position(|w| w.end == a.cue.end).map(|k| k + 1),
        ) else {
            continue;
        };
        let Some(lex) = lexicons.iter().find(|l| l.source_after.iter().chain(l.verbs).chain(l.media_verbs).any(|c| fold(c) == cue)) else {
            continue;
        };
        let other = if source.span.start >= a.cue.end {
            // The subject, directly before the verb or before a clause set off by commas.
            left_phrase(text, words, ci, lex).or_else(|| {
                (ci > 0 && gap(text, words, ci - 1, ci).trim() == ",")
                    .then(|| (ci.saturating_sub(14)..ci - 1).rev().find(|&k| k > 0 && gap(text, words, k - 1, k).trim() == ","))
                    .flatten()
                    .map(|k| {
                        // The words before the clause's comma, back to the previous punctuation
                        // or to the media noun before the name ("Британская газета X").
                        let mut s = k - 1;
                        while s > 0 && k - s < 8 && gap_is_space(gap(text, words, s - 1, s)) && !media_noun(lex, &words[s - 1].folded) {
                            s -= 1;
                        }
                        (s, k)
                    })
            })
        } else {
            right_phrase(text, words, ce, lex)
        };
        let Some((s, e)) = other else { continue };
        let found = make_source(text, words, s, e, CueKind::MediaVerb, lex, known, &cue);
        if found.kind.is_media()
            && !out.iter().any(|b| b.source.as_ref().is_some_and(|o| o.span.start < found.span.end && found.span.start < o.span.end))
        {
            added.push(Attribution::in_text(text, sentence, a.cue, a.cue_kind, Some(found)));
        }
    }
    out.extend(added);
}

/// A bracket closing a sentence that holds only a medium's name: one to three capitalised words,
/// one of them (or a part of a hyphenated one) an agency or media word ("(Vezha-Press)",
/// "(Baltic News Agency)"); other brackets ("(pictured)", "(D-Ill.)") credit no one.
/// A wire's sign-off on the last line of a text: the agency, alone or after its writer's
/// initials ("PAP", "aw, PAP", "(aw/PAP)", "dpa/lno").
fn signoff_credits(text: &str, sentence: Span) -> Vec<Source> {
    let line = sentence.slice(text).trim();
    if line.is_empty() || line.chars().count() > 30 || !text[sentence.end..].trim().is_empty() || line.contains('\n') {
        return Vec::new();
    }
    let line_at = sentence.start + (sentence.slice(text).len() - sentence.slice(text).trim_start().len());
    let mut found = Vec::new();
    let mut at = 0;
    for token in line.split([',', '/', '(', ')', ';', ' ', '.']) {
        let start = at;
        at += token.len() + 1;
        if token.is_empty() {
            continue;
        }
        // An agency, or a known medium by its abbreviation ("PAP").
        let credited = agency::lookup(token).map(|m| (m.name, Some(m.id))).or_else(|| {
            stemmata_text::media::lookup(token)
                .filter(|_| token.chars().count() >= 2 && token.chars().all(|c| c.is_uppercase()))
                .map(|m| (m.name, None))
        });
        match credited {
            Some((name, agency)) => found.push(Source {
                span: Span::new(line_at + start, line_at + start + token.len()),
                text: token.to_string(),
                name: name.to_string(),
                kind: SourceKind::Agency,
                agency,
                back_reference: false,
            }),
            // A writer's initials in small letters.
            None if token.chars().count() <= 4 && token.chars().all(|c| c.is_lowercase()) => {}
            None => return Vec::new(),
        }
    }
    found
}

fn closing_credit(text: &str, sentence: Span) -> Option<Source> {
    let slice = sentence.slice(text);
    let trimmed = slice.trim_end();
    let body = trimmed.strip_suffix('.').unwrap_or(trimmed).trim_end();
    let inner_end = body.strip_suffix(')')?;
    let open = inner_end.rfind('(')?;
    let inner = &inner_end[open + 1..];
    // Initials standing after the sentence has ended, a wire's sign-off: "… ist noch unklar.
    // (nnd)", "… Brückmann & Sohn. (NND)". Before the full stop they define an acronym ("the
    // World Health Organization (WHO).").
    let before = inner_end[..open].trim_end();
    if is_initials(inner) && (before.is_empty() || before.ends_with(['.', '!', '?', '"', '”', '»'])) {
        let start = sentence.start + open + 1;
        return Some(Source {
            span: Span::new(start, start + inner.len()),
            text: inner.to_string(),
            name: inner.to_string(),
            kind: SourceKind::Agency,
            agency: None,
            back_reference: false,
        });
    }
    let names: Vec<&str> = inner.split_whitespace().collect();
    if names.is_empty() || names.len() > 3 || !names.iter().all(|w| is_capitalized(w)) || inner.contains([',', ';', '(']) {
        return None;
    }
    let media = inner
        .split(|c: char| c == '-' || c.is_whitespace())
        .map(fold)
        .any(|w| in_list(DATELINE_AGENCY_WORDS, &w) || in_list(MEDIA_WORDS, &w) || w == "presse" || w == "прес" || w == "пресс");
    if !media {
        return None;
    }
    let start = sentence.start + open + 1;
    let end = start + inner.len();
    Some(Source {
        span: Span::new(start, end),
        text: inner.to_string(),
        name: inner.to_string(),
        kind: SourceKind::Agency,
        agency: None,
        back_reference: false,
    })
}

/// A wire's initials: two to six letters, all capitals ("PAL", "AP") or all small ("nnd", "dpa").
fn is_initials(word: &str) -> bool {
    (2..=6).contains(&word.chars().count())
        && word.chars().all(char::is_alphabetic)
        && (word.chars().all(char::is_uppercase) || word.chars().all(char::is_lowercase))
}

/// Words that make a bracketed dateline name an agency's.
#[rustfmt::skip]
const DATELINE_AGENCY_WORDS: &[&str] = &[
    "agency", "press", "agentur", "nachrichtenagentur", "presseagentur", "agence", "agenzia", "agencia",
    "агентство", "агенція", "agentstvo", "newswire",
];

/// A dateline credit at the start of a sentence: a place in capitals (a date may follow), then
/// a capitalised name in brackets with an agency word, then a dash or colon: "OSTROHIRSK
/// (Northstar Press Agency) —", "KYIV, March 3 (Baltic News Agency) -".
fn dateline_agency(text: &str, sentence: Span) -> Option<Source> {
    let slice = sentence.slice(text);
    // "(Name) —", or between slashes: "КИЇВ, 3 лютого /Укрінформ/."
    let (open, close) = match slice.find('(') {
        Some(open) if open <= 60 => (open, open + slice[open..].find(')')?),
        _ => {
            let open = slice.find('/')?;
            (open, open + 1 + slice[open + 1..].find('/')?)
        }
    };
    let slashes = slice[open..].starts_with('/');
    let place = slice[..open].trim();
    let after = slice[close + 1..].trim_start();
    if open > 60 || !(after.starts_with(['—', '–', '-', ':']) || slashes && after.starts_with('.')) {
        return None;
    }
    let place_words: Vec<&str> = crate::words(place).collect();
    let first = place_words.first()?;
    let capitals = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase());
    if place_words.len() > 6 || !capitals(first) || place.contains(['!', '?', '"', '«', '“']) {
        return None;
    }
    // (A name in quotation marks inside: "/«Голос Прикарпаття»/".)
    let quoted = slice[open + 1..close].trim();
    let inner_start = open + 1 + (slice[open + 1..close].len() - slice[open + 1..close].trim_start().len());
    let (inner_start, inner) = match quoted.strip_prefix('«').and_then(|q| q.strip_suffix('»')) {
        Some(q) => (inner_start + '«'.len_utf8(), q),
        None => (open + 1, &slice[open + 1..close]),
    };
    let names: Vec<(usize, usize)> = crate::word_spans(inner);
    if names.is_empty()
        || names.len() > 6
        || !(is_capitalized(&inner[names[0].0..names[0].1]) || names.len() == 1 && is_initials(inner.trim()))
        || inner.contains([',', ';', '(', '"'])
    {
        return None;
    }
    // An agency word in the bracket ("Baltmer News Agency"), or a wire dateline with a date and a
    // short name in the bracket: "PONTREVEL, 14 mai (AVP) –", "STAROBEREZH, May 21 (Obrii-Info) —".
    let agency_word = names.iter().any(|&(s, e)| in_list(DATELINE_AGENCY_WORDS, &fold(&inner[s..e])));
    let dated = place.contains(',') && place.chars().any(|c| c.is_ascii_digit());
    // (The small words of a name count: "La Voix des Carpates".)
    let short_name = names.len() <= 4
        && names.iter().all(|&(s, e)| {
            is_capitalized(&inner[s..e]) || matches!(&inner[s..e], "de" | "des" | "du" | "la" | "le" | "of" | "the" | "der" | "die" | "am" | "im")
        });
    // "EBERSFURT (PAL) –": initials alone after a place in capitals; German wires write theirs
    // in small letters ("HALDERN (nnd) –", as "(dpa)").
    // ("PORTOFERRATO (CHIETI) -": a province in capitals, no agency's initials.)
    let initials = names.len() == 1
        && is_initials(inner.trim())
        && (agency::lookup(inner.trim()).is_some() || inner.trim().chars().count() < 6 && !names_a_place(inner.trim()));
    if !(agency_word || dated && short_name || initials) {
        return None;
    }
    let start = sentence.start + inner_start + names[0].0;
    let end = sentence.start + inner_start + names[names.len() - 1].1;
    let name = text[start..end].to_string();
    Some(Source {
        span: Span::new(start, end),
        text: name.clone(),
        name,
        kind: SourceKind::Agency,
        agency: None,
        back_reference: false,
    })
}

/// A headline in title case: nearly every word of four letters or more is capitalised
/// ("Senator Says Budget Talks Will Resume"). Such a line gives no capital-letter hint of names.
fn is_headline_case(words: &[Word<'_>]) -> bool {
    let long: Vec<&Word<'_>> = words
        .iter()
        .filter(|w| w.raw.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalized = long.iter().filter(|w| is_capitalized(w.raw)).count();
    long.len() >= 3 && capitalized * 10 >= long.len() * 9
}

/// Words after "To" at a sentence start that open a time, a purpose or a discourse frame
/// rather than a person's view ("To be sure,", "To date,", "To this end,").
#[rustfmt::skip]
const FRAME_NOT_VIEW: &[&str] = &[
    "now", "example", "instance", "years", "months", "weeks", "days", "decades", "a", "an", "the",
    "this", "that", "these", "those", "one", "two", "some", "more", "most", "all", "be", "date",
    "starters", "sure", "once", "then", "its", "his", "her", "their", "our", "my", "your", "much",
    "long", "good", "better", "worse", "many",
];

/// "To Okafor, the vote was a warning.": a sentence opening with "To", a name and a comma
/// states the named person's view.
fn viewpoint_frame(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    i: usize,
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Option<(Attribution, usize)> {
    let lex = lexicons.iter().copied().find(|l| l.language == "en")?;
    // "For X," is as often the topic as the view ("For Vell, the format was not ideal").
    if i != 0 || words[0].raw != "To" {
        return None;
    }
    let first = words.get(1)?;
    if !is_capitalized(first.raw)
        || first.raw.starts_with(|c: char| c.is_ascii_digit())
        || in_list(FRAME_NOT_VIEW, &first.folded)
        || in_list(WEEKDAYS, &first.folded)
    {
        return None;
    }
    // The name runs to the comma: capitalised words, initials and "of".
    let mut end = 1;
    while end < words.len() && end <= 5 {
        let g = gap(text, words, end - 1, end);
        if end > 1 && !(gap_is_space(g) || g == ". " || g == ".") {
            break;
        }
        end += 1;
        if end >= words.len() {
            return None;
        }
        if gap(text, words, end - 1, end).trim() == "," {
            break;
        }
    }
    if gap(text, words, end - 1, end).trim() != ","
        || !words[1..end]
            .iter()
            .all(|w| is_capitalized(w.raw) || w.folded == "of")
    {
        return None;
    }
    let source = make_source(text, words, 1, end, CueKind::SourceAfter, lex, known, "to");
    let cue = Span::new(words[0].start, words[0].end);
    Some((
        Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::SourceAfter), Some(source)),
        end,
    ))
}

/// Verbs that characterize someone or something when "as" follows their object ("cast her rival
/// as a spoiler", "painted the plan as reckless", "billed himself as an outsider").
#[rustfmt::skip]
const AS_VERBS: &[&str] = &[
    "cast", "casts", "casting", "paint", "paints", "painted", "painting", "frame", "frames", "framed",
    "framing", "bill", "bills", "billed", "billing", "brand", "brands", "branded", "branding", "peg",
    "pegs", "pegged", "pegging", "position", "positions", "positioned", "positioning", "present",
    "presents", "presented", "presenting", "pitch", "pitches", "pitched", "pitching", "tout", "touts",
    "touted", "touting", "style", "styles", "styled", "styling",
];

/// "Okafor cast her rival as a spoiler": a verb of characterization with "as" after its object
/// (at most six words on, in the same clause). The subject before the verb is the source.
fn characterization(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    i: usize,
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Option<Attribution> {
    let lex = lexicons.iter().copied().find(|l| l.language == "en")?;
    let w = &words[i];
    if !in_list(AS_VERBS, &w.folded) || i == 0 || is_capitalized(w.raw) {
        return None;
    }
    // "the campaign's pitch as", "a portrait painted as": nouns and participles after a
    // determiner or a passive auxiliary do not characterize.
    let prev = words[i - 1].folded.as_str();
    if in_list(NOUN_BEFORE, prev)
        || matches!(
            prev,
            "was" | "were" | "is" | "are" | "be" | "been" | "being"
        )
    {
        return None;
    }
    let as_at = (i + 2..words.len().min(i + 8)).find(|&k| words[k].folded == "as")?;
    let clause = (i + 1..=as_at).all(|k| gap_is_space(gap(text, words, k - 1, k)))
        && words[i + 1..as_at].iter().all(|x| {
            !matches!(
                x.folded.as_str(),
                "and"
                    | "but"
                    | "that"
                    | "which"
                    | "who"
                    | "such"
                    | "well"
                    | "soon"
                    | "long"
                    | "much"
                    | "far"
            )
        });
    if !clause {
        return None;
    }
    let subject = left_phrase(text, words, i, lex)
        .or_else(|| clause_subject(text, sentence, words, i, i + 1, lex));
    let source =
        subject.map(|(s, e)| make_source(text, words, s, e, CueKind::Verb, lex, known, &w.folded));
    let cue = Span::new(w.start, w.end);
    Some(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::Verb), source))
}

/// Adjectives of attitude that take "of" ("proud of", "wary of"); any adjective can take
/// "about" ("upbeat about", "coy about").
#[rustfmt::skip]
const STANCE_OF_ADJECTIVES: &[&str] = &[
    "fond", "tired", "proud", "wary", "afraid", "supportive", "dismissive", "contemptuous",
    "suspicious", "scornful", "respectful", "envious", "jealous", "ashamed", "weary", "leery",
    "mindful", "enamored", "enamoured", "appreciative", "disdainful", "distrustful", "protective",
];

/// Words that may stand between a copula and its adjective ("is not so sure", "was far less shy").
#[rustfmt::skip]
const DEGREE_WORDS: &[&str] = &[
    "not", "so", "very", "too", "less", "more", "still", "also", "quite", "far", "just", "now", "much",
    "rather", "pretty", "increasingly", "clearly", "openly", "deeply", "especially", "particularly",
    "n't", "never", "always", "been",
];

/// "is upbeat about", "were coy about", "is wary of": a copula and an adjective of attitude
/// toward what follows; the subject before the copula is the source.
fn stance_predicate(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    i: usize,
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Option<(Attribution, usize)> {
    let lex = lexicons.iter().copied().find(|l| l.language == "en")?;
    if !matches!(
        words[i].folded.as_str(),
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "am"
            | "seems"
            | "seemed"
            | "appears"
            | "appeared"
            | "remains"
            | "remained"
            | "sounded"
            | "sounds"
    ) {
        return None;
    }
    let mut j = i + 1;
    while j < words.len()
        && (in_list(DEGREE_WORDS, &words[j].folded)
            || words[j].folded.len() > 4 && words[j].folded.ends_with("ly"))
        && gap_is_space(gap(text, words, j - 1, j))
    {
        j += 1;
    }
    let adjective = words.get(j)?;
    let prep = words.get(j + 1)?;
    let joined =
        gap_is_space(gap(text, words, j - 1, j)) && gap_is_space(gap(text, words, j, j + 1));
    let plain = adjective.raw.chars().all(|c| c.is_lowercase() || c == '-')
        && !in_list(DETERMINERS, &adjective.folded)
        && !in_list(PHRASE_BREAK, &adjective.folded)
        && !in_list(PRONOUNS, &adjective.folded)
        && !in_list(NOUN_BEFORE, &adjective.folded)
        // "about" as "roughly": "is worth about", "was only about", "is up about".
        && !matches!(
            adjective.folded.as_str(),
            "only" | "worth" | "up" | "down" | "out" | "back" | "off" | "over" | "around" | "none"
        )
        && !adjective.folded.ends_with("ing")
        && !adjective.folded.ends_with("ed")
        && lexicon::matcher(lex)
            .match_at(std::slice::from_ref(&adjective.folded), 0)
            .is_none();
    let takes = prep.folded == "about"
        || prep.folded == "of" && in_list(STANCE_OF_ADJECTIVES, &adjective.folded);
    if !joined || !plain || !takes {
        return None;
    }
    let (s, e) = left_phrase(text, words, i, lex)?;
    let source = make_source(
        text,
        words,
        s,
        e,
        CueKind::Verb,
        lex,
        known,
        &adjective.folded,
    );
    let cue = Span::new(adjective.start, prep.end);
    Some((
        Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::Verb), Some(source)),
        j + 2,
    ))
}

/// Whether text ends inside a quotation opened with a single curly mark (‘…), as headlines
/// quote: "Okafor: ‘We Will Not Wait’".
fn in_single_quotes(before: &str) -> bool {
    // A ’ between letters is an apostrophe ("I’m"), not a closing mark.
    let closing = before
        .char_indices()
        .filter(|&(i, c)| {
            c == '’'
                && !(before[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
                    && before[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic))
        })
        .count();
    before.matches('‘').count() > closing
        || before.matches('“').count() > before.matches('”').count()
}

/// Nouns of one opinion poll after which "in" introduces the source of a finding ("Smith leads
/// by six points in the latest Example Times poll"). Plural "in the polls" is a standing, not a
/// source ("she slipped in the polls").
#[rustfmt::skip]
const POLL_NOUNS: &[&str] = &["poll", "survey"];

/// "in a national poll", "In the latest Example/Research survey, 40 percent said …": the
/// preposition is the cue and the poll its source. Returns the attribution and the word index
/// after the source.
fn poll_cue(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    i: usize,
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Option<(Attribution, usize)> {
    if words[i].folded != "in" {
        return None;
    }
    // "voters in the poll", "respondents in the survey": who was asked, not what was found.
    if i > 0
        && in_list(
            &[
                "voters",
                "respondents",
                "adults",
                "americans",
                "people",
                "participants",
                "those",
                "democrats",
                "republicans",
                "independents",
                "women",
                "men",
            ],
            &words[i - 1].folded,
        )
    {
        return None;
    }
    let lex = lexicons.iter().copied().find(|l| l.language == "en")?;
    let mut j = i + 1;
    while j < words.len() && j <= i + 9 {
        let g = gap(text, words, j - 1, j);
        let joined = gap_is_space(g)
            || matches!(g.trim(), "-" | "/" | "." | "'" | "’" | "'s" | "’s")
            || g.trim() == "." && !g.contains(' ');
        if !joined {
            return None;
        }
        let w = words[j].folded.as_str();
        if in_list(POLL_NOUNS, w) {
            break;
        }
        // "in the wake of a poll", "in front of a polling place": the poll is not the frame.
        if in_list(PHRASE_BREAK, w) && w != "and" || w == "of" || in_list(PRONOUNS, w) {
            return None;
        }
        j += 1;
    }
    if j >= words.len() || !in_list(POLL_NOUNS, &words[j].folded) {
        return None;
    }
    let mut end = j + 1;
    // "in a poll released Monday", "in a survey of 1,000 adults" stay the source's words.
    if words.get(end).is_some_and(|w| w.folded == "by")
        && gap_is_space(gap(text, words, j, end))
        && let Some((_, e)) = right_phrase(text, words, end + 1, lex)
    {
        end = e;
    }
    let source = make_source(
        text,
        words,
        i + 1,
        end,
        CueKind::SourceAfter,
        lex,
        known,
        "in",
    );
    let cue = Span::new(words[i].start, words[i].end);
    Some((
        Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::SourceAfter), Some(source)),
        end,
    ))
}

/// Nouns of speech and stance that report an attribution without a holder named before them
/// ("amid allegations of fraud", "raised questions about").
#[rustfmt::skip]
const UNHELD_NOMINAL_CUES: &[&str] = &[
    "allegation", "allegations", "accusation", "accusations", "claims", "criticism", "questions",
    "calls", "concerns", "fears", "complaints", "warnings", "demands", "doubts",
];

/// The subject of a verb cut off from it by an upstream participle: "X, посилаючись на Y,
/// пише", "X, ссылаясь на Y, сообщает", "X, unter Berufung auf Y, meldet".
/// After an impersonal plural cue ending before `after` ("повідомили", "зазначають", "сообщили"),
/// the body in the locative that said it: "в Офісі генпрокурора", "у пресслужбі МВС", "в
/// пресс-службе ГУ МЧС".
fn impersonal_body(text: &str, words: &[Word<'_>], after: usize, lex: &'static CueLexicon) -> Option<(usize, usize)> {
    if !matches!(lex.language, "uk" | "ru") || after == 0 || after + 1 >= words.len() {
        return None;
    }
    let verb = &words[after - 1].folded;
    let plural = ["ли", "ють", "ют", "ять", "ят"].iter().any(|e| verb.ends_with(e));
    let body = &words[after + 1];
    (plural
        && matches!(words[after].folded.as_str(), "в" | "у" | "во")
        && gap_is_space(gap(text, words, after - 1, after))
        && gap_is_space(gap(text, words, after, after + 1))
        && (is_capitalized(body.raw)
            || ["пресслужб", "прес-служб", "пресс-служб", "офіс", "офис", "міністерств", "министерств", "поліці", "полиц", "прокуратур"]
                .iter()
                .any(|h| body.folded.starts_with(h))))
    .then(|| right_phrase(text, words, after + 1, lex))
    .flatten()
}

fn participle_subject(
    text: &str,
    words: &[Word<'_>],
    cue: usize,
    lex: &'static CueLexicon,
) -> Option<(usize, usize)> {
    const PARTICIPLES: &[&str] = &["посилаючись", "ссылаясь", "citing", "quoting", "unter", "zitierend"];
    if cue < 3 || gap(text, words, cue - 1, cue).trim() != "," {
        return None;
    }
    let p = (1..cue - 1).rev().find(|&p| {
        in_list(PARTICIPLES, &words[p].folded) && gap(text, words, p - 1, p).trim() == ","
    })?;
    let (s, e) = right_phrase(text, &words[..p], 0, lex)?;
    (s == 0 && e == p && is_capitalized(words[0].raw)).then_some((0, p))
}

/// A German sentence opening with the subject of the verb cue at `cue`: a noun phrase from
/// the first word to the verb ("Die Eastbridge Post berichtet", "Reuters meldet"), not a
/// fronted object, adverb or prepositional phrase ("Das berichtet X", "Heute meldet X",
/// "Nach Angaben … meldet").
/// "Der Tarnmouth Examiner, der die Verhandlung verfolgte, zitiert die Richterin": the subject
/// of a German speech or publishing verb before a relative clause closed by a comma right before
/// the verb (the phrase after the verb is its object).
fn german_relative_subject(text: &str, words: &[Word<'_>], cue: usize, lex: &CueLexicon) -> Option<(usize, usize)> {
    if lex.language != "de"
        || cue <= 2
        || cue >= words.len()
        || gap(text, words, cue - 1, cue).trim() != ","
        || !lexicon::GERMAN.media_verbs.contains(&words[cue].folded.as_str()) && !lexicon::GERMAN.verbs.contains(&words[cue].folded.as_str())
    {
        return None;
    }
    let open = (1..cue - 1).rev().take(10).find(|&k| gap(text, words, k - 1, k).trim() == ",")?;
    (matches!(words[open].folded.as_str(), "der" | "die" | "das" | "welcher" | "welche" | "welches")
        && open <= 5
        && (1..open).all(|k| gap_is_space(gap(text, words, k - 1, k)))
        && is_capitalized(words[open - 1].raw)
        && (in_list(GERMAN_ARTICLES, &words[0].folded) || is_capitalized(words[0].raw)))
    .then_some((0, open))
}

fn german_subject_first(
    text: &str,
    words: &[Word<'_>],
    cue: usize,
    lex: &CueLexicon,
) -> Option<(usize, usize)> {
    #[rustfmt::skip]
    const NOT_SUBJECT: &[&str] = &[
        "das", "dies", "dieses", "so", "heute", "gestern", "zudem", "außerdem", "ausserdem", "weiter",
        "ferner", "dazu", "daher", "nun", "jetzt", "inzwischen", "zuletzt", "zuvor", "bereits", "auch",
        "ebenfalls", "hier", "dort", "damals", "später", "spater", "darüber", "daruber", "davon", "es",
        "am", "im", "in", "an", "auf", "nach", "laut", "wie", "bei", "vor", "seit", "mit", "zum", "zur",
        "um", "gegen", "über", "uber", "unter", "aus", "von", "für", "fur", "als", "wo", "was", "wer",
        "dann", "deshalb", "trotzdem", "zunächst", "zunachst", "schon", "noch", "erst", "nur", "zuerst",
    ];
    if let Some(subject) = german_relative_subject(text, words, cue, lex) {
        return Some(subject);
    }
    // "Das Portal X hatte zuerst darüber berichtet": the subject before the auxiliary, the
    // participle at the end of the clause after adverbs.
    const AUXILIARIES: &[&str] = &["hatte", "hat", "hatten", "haben", "habe"];
    if lex.language == "de"
        && cue < words.len()
        && lexicon::GERMAN.media_verbs.contains(&words[cue].folded.as_str())
        && let Some(a) = (2..cue).find(|&k| in_list(AUXILIARIES, &words[k].folded))
        && a <= 7
        // Nothing after the auxiliary that could be the subject: "hatte am Dienstag über die
        // Schließung berichtet" (a time, an object after its preposition), not "hatte die Zeitung X".
        && words.get(a + 1).is_some_and(|w| !is_capitalized(w.raw) && !in_list(GERMAN_ARTICLES, &w.folded))
        && words[a + 1..cue].iter().enumerate().all(|(n, w)| {
            !is_capitalized(w.raw) || n > 0 && (german_time_word(&w.folded) || in_list(GERMAN_ARTICLES, &words[a + n].folded))
        })
        && is_capitalized(words[a - 1].raw)
        && (1..=cue).all(|k| gap_is_space(gap(text, words, k - 1, k)))
    {
        return Some((0, a));
    }
    // "Darüber hatte zuerst die Zeitung X berichtet": after a fronted adverb, the auxiliary, then
    // the subject (up to "und" before a second one), the participle closing the clause.
    // "Über die Pläne hatten am Montag sowohl X als auch Y berichtet": a fronted prepositional
    // phrase of a few words, a time and "sowohl" before the subject.
    const ADVERBS: &[&str] = &["zuerst", "bereits", "schon", "auch", "ebenfalls", "zuvor", "erst", "kurz", "vorher", "darüber", "daruber", "sowohl"];
    const FRONT_PREPOSITIONS: &[&str] = &["über", "uber", "von", "zu", "zum", "zur", "zu"];
    let front = if words.first().is_some_and(|w| in_list(FRONT_PREPOSITIONS, &w.folded)) { 6 } else { 3 };
    if lex.language == "de"
        && cue < words.len()
        && lexicon::GERMAN.media_verbs.contains(&words[cue].folded.as_str())
        && text[words[cue].end..].trim_start().starts_with(['.', ',', ';'])
        && let Some(a) = (1..front.min(cue)).find(|&k| in_list(AUXILIARIES, &words[k].folded))
        && in_list(NOT_SUBJECT, &words[0].folded)
        && (1..=a + 1).all(|k| gap_is_space(gap(text, words, k - 1, k)))
    {
        let mut s = a + 1;
        loop {
            let time = matches!(words[s].folded.as_str(), "am" | "im" | "vom")
                && words.get(s + 1).is_some_and(|n| in_list(WEEKDAYS, &n.folded) || german_time_word(&n.folded));
            if time && s + 2 < cue {
                s += 2;
            } else if s < cue && (in_list(ADVERBS, &words[s].folded) || german_time_word(&words[s].folded)) && gap_is_space(gap(text, words, s, s + 1)) {
                s += 1;
            } else {
                break;
            }
        }
        let mut e = (s..cue).find(|&k| words[k].folded == "und" || german_als_auch(words, k)).unwrap_or(cue);
        // The subject ends before what the report was about or when it came: "der Lokalsender
        // Radio Ostheide über den Diebstahl", "die Zeitung X am Montag" (not "Der Anzeiger im Tal").
        if let Some(first_capital) = (s..e).find(|&k| is_capitalized(words[k].raw)) {
            let ends = |k: usize| {
                !is_capitalized(words[k].raw)
                    && (in_list(ADVERBS, &words[k].folded)
                        || in_list(NOT_SUBJECT, &words[k].folded)
                            && words.get(k + 1).is_some_and(|n| in_list(GERMAN_ARTICLES, &n.folded) || in_list(WEEKDAYS, &n.folded) || german_time_word(&n.folded)))
            };
            if let Some(k) = (first_capital + 1..e).find(|&k| ends(k)) {
                e = k;
            }
        }
        while e > s + 1 && in_list(ADVERBS, &words[e - 1].folded) {
            e -= 1;
        }
        let joined = (s + 1..e).all(|k| gap_is_space(gap(text, words, k - 1, k)));
        if s < e && joined && words[s..e].iter().any(|w| is_capitalized(w.raw)) {
            return Some((s, e));
        }
    }
    if lex.language != "de"
        || cue == 0
        || cue > 6
        || !lexicon::GERMAN.media_verbs.contains(&words[cue].folded.as_str())
            && !lexicon::GERMAN.verbs.contains(&words[cue].folded.as_str())
    {
        return None;
    }
    if (1..=cue).any(|k| !gap_is_space(gap(text, words, k - 1, k)) && gap(text, words, k - 1, k) != "-") {
        return None;
    }

    let first = &words[0];
    if cue == 1 && in_list(NOT_SUBJECT, &first.folded)
        || cue > 1 && !in_list(GERMAN_ARTICLES, &first.folded) && in_list(NOT_SUBJECT, &first.folded)
        || words[1..cue].iter().any(|w| in_list(NOT_SUBJECT, &w.folded) || in_list(PHRASE_BREAK, &w.folded))
        || !is_capitalized(words[cue - 1].raw)
        || in_list(PRONOUNS, &first.folded)
    {
        return None;
    }
    Some((0, cue))
}

/// French publishing verbs that also follow their source ("…, rapporte X") take a name right
/// before them as their subject: "Le quotidien portugais Jornal da Bancada annonce …", "Le
/// Harrowmere Standard, quotidien de notre ville, fait état de …" (an apposition between).
fn french_subject_first(text: &str, words: &[Word<'_>], cue: usize, cue_end: usize, lex: &'static CueLexicon) -> Option<(usize, usize)> {
    if lex.language != "fr" || cue == 0 {
        return None;
    }
    let phrase = words[cue..cue_end].iter().map(|w| w.folded.as_str()).collect::<Vec<_>>().join(" ");
    if !in_folded_list(lexicon::FRENCH.media_verbs, &phrase) && !in_folded_list(lexicon::FRENCH.verbs, &phrase) {
        return None;
    }
    // "C'est la revue allemande X qui a dévoilé": a cleft puts the subject between "c'est" and "qui".
    if cue >= 3 && words[cue - 1].folded == "qui" {
        let est = (cue.saturating_sub(12)..cue - 2).rev().find(|&k| {
            matches!(words[k].folded.as_str(), "est" | "etait" | "c'est" | "c’est" | "c'etait" | "c’etait")
                && (k == 0 || matches!(words[k - 1].folded.as_str(), "c" | "c'" | "ce") || words[k].folded.starts_with('c'))
        });
        if let Some(k) = est
            && (k + 1..cue - 1).any(|d| is_capitalized(words[d].raw))
            && (k + 2..cue).all(|d| !gap(text, words, d - 1, d).contains([',', ';', ':', '.']))
        {
            return Some((k + 1, cue - 1));
        }
    }
    // "X, quotidien de notre ville jumelle, fait état de": the name before the apposition.
    let mut before = cue;
    if gap(text, words, cue - 1, cue).trim() == "," {
        let open = (1..cue).rev().take(8).find(|&k| gap(text, words, k - 1, k).trim() == ",")?;
        if !(media_noun(lex, &words[open].folded) || open + 1 < cue && media_noun(lex, &words[open + 1].folded)) {
            return None;
        }
        before = open;
    }
    let (s, e) = if before < cue {
        // The name before the apposition, from the clause's start.
        let s = (0..before).rev().find(|&k| k == 0 || !gap_is_space(gap(text, words, k - 1, k)))?;
        (before - s <= 6).then_some((s, before))?
    } else {
        left_phrase(text, words, before, lex)?
    };
    if !is_capitalized(words[e - 1].raw) {
        return None;
    }
    // "Le quotidien sportif portugais X": the article, media noun and adjectives before the name.
    let mut start = s;
    if let Some(a) = (s.saturating_sub(5)..s).find(|&a| {
        matches!(words[a].folded.as_str(), "le" | "la" | "l'" | "l")
            && a + 1 < s
            && media_noun(lex, &words[a + 1].folded)
            && (a + 2..s).all(|d| !is_capitalized(words[d].raw))
            && (a + 1..=s).all(|d| gap_is_space(gap(text, words, d - 1, d)))
    }) {
        start = a;
    }
    // A sentence-initial article alone ("Le Figaro annonce") or a name: the clause's first words.
    (start == 0 || gap(text, words, start - 1, start).trim().ends_with([',', ';', ':'])).then_some((start, e))
}

/// Whether "als auch" (of "sowohl X als auch Y") starts at word `k`.
fn german_als_auch(words: &[Word<'_>], k: usize) -> bool {
    words[k].folded == "als" && words.get(k + 1).is_some_and(|w| w.folded == "auch")
}

/// Whether the words `s..e` before a German verb can be its subject: not a demonstrative or
/// adverb standing first ("Das erfuhr der Standard", "So meldet es X"), nor the object of a
/// preposition ("vor Ort erfuhr", "aus dem Rathaus erfuhr").
fn german_subject(folded: &[String], s: usize, e: usize) -> bool {
    #[rustfmt::skip]
    const PREPOSITIONS: &[&str] = &[
        "vor", "aus", "von", "vom", "bei", "beim", "mit", "nach", "in", "im", "am", "an", "auf", "zu", "zum",
        "zur", "über", "uber", "unter", "gegen", "seit", "durch", "für", "fur",
    ];
    #[rustfmt::skip]
    const FIRST_NOT_SUBJECT: &[&str] = &["das", "dies", "dieses", "es", "so", "hier", "dort", "dazu", "davon", "darüber", "daruber"];
    if e - s == 1 && in_list(FIRST_NOT_SUBJECT, &folded[s]) {
        return false;
    }
    // "Auf Instagram schrieb sie": a fronted prepositional phrase, the subject after the verb.
    if in_list(PREPOSITIONS, &folded[s]) {
        return false;
    }
    let mut p = s;
    while p > 0 && in_list(GERMAN_ARTICLES, &folded[p - 1]) {
        p -= 1;
    }
    !(p > 0 && in_list(PREPOSITIONS, &folded[p - 1]))
}

/// Whether a German phrase from `s` is a noun's genitive ("die Präsidentschaft der nordspanischen
/// Region Kantabrien erklärt"): an object, no subject.
fn german_genitive(text: &str, words: &[Word<'_>], s: usize) -> bool {
    // "In der Talkshow „El Hormiguero“ des Senders Antena 3 sagte …": a medium's name after a
    // media noun in the genitive, in a prepositional phrase opening the clause.
    let genitive_noun = |k: usize| media_noun(&lexicon::GERMAN, &words[k].folded) || media_noun(&lexicon::GERMAN, words[k].folded.trim_end_matches('s'));
    if (s >= 2 && matches!(words[s - 2].folded.as_str(), "des" | "der") && genitive_noun(s - 1)
        || s >= 1 && matches!(words[s - 1].folded.as_str(), "des" | "der") && genitive_noun(s))
        && words.first().is_some_and(|w| matches!(w.folded.as_str(), "in" | "im" | "bei" | "beim" | "auf" | "nach" | "vor" | "wahrend" | "während"))
    {
        return true;
    }
    let mut p = s;
    while p > 0 && s - p < 2 && !is_capitalized(words[p - 1].raw) && !in_list(GERMAN_ARTICLES, &words[p - 1].folded) {
        p -= 1;
    }
    let p = if in_list(GERMAN_ARTICLES, &words[p].folded) { p + 1 } else { p };
    // Inside a prepositional phrase: "Wie BILD aus dem Umfeld der Band erfuhr" (not a document's
    // owner: "in einer Mitteilung des Instituts zitiert").
    let in_prepositional = || {
        p >= 4
            && !lexicon::GERMAN.document_heads.contains(&words[p - 2].folded.as_str())
            && in_list(GERMAN_ARTICLES, &words[p - 3].folded)
            && matches!(words[p - 4].folded.as_str(), "aus" | "von" | "vom" | "bei" | "mit" | "nach" | "in" | "an" | "auf" | "zu" | "unter" | "über" | "uber")
    };
    p >= 2
        && matches!(words[p - 1].folded.as_str(), "der" | "des")
        && is_capitalized(words[p - 2].raw)
        && !in_list(GERMAN_ARTICLES, &words[p - 2].folded)
        && (in_prepositional() || {
            // Or after an auxiliary, the participle closing the clause ("Der russische Dienst der
            // BBC berichtete" has its genitive inside the subject), not a verb inside a quotation.
            let quotes = quote_regions(text);
            words[..p - 2].iter().any(|w| {
                matches!(w.folded.as_str(), "hat" | "haben" | "hatte" | "hatten" | "habe" | "ist" | "sind" | "war" | "wurde")
                    && !quotes.iter().any(|q| q.start <= w.start && w.start < q.end)
            })
        })
}

/// Possessive determiners that name the holder of a nominal cue ("his call for", "her view that").
#[rustfmt::skip]
const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my"];

/// A noun of speech or stance after a possessive ("his suggestion that …", "Trump's call for …",
/// "their criticism of …"): the possessor is the source.
fn nominal_cue(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    i: usize,
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Option<Attribution> {
    let lex = lexicons
        .iter()
        .copied()
        .find(|l| !l.nominal_cues.is_empty())?;
    if i == 0
        || !in_list(lex.nominal_cues, &words[i].folded)
        || !gap_is_space(gap(text, words, i - 1, i))
    {
        return None;
    }
    // What the noun introduces: a clause, a complement or a quotation.
    let next = words.get(i + 1).map(|w| w.folded.as_str()).unwrap_or("");
    let rest = text[words[i].end..].trim_start();
    let introduces = matches!(
        next,
        "that" | "of" | "for" | "to" | "on" | "about" | "against" | "with"
    ) || rest.starts_with([':', '"', '“']);
    if !introduces {
        return None;
    }
    let prev = &words[i - 1];
    let holder = if in_list(POSSESSIVES, &prev.folded) {
        Some((i - 1, i))
    } else if let Some(name) = prev
        .raw
        .strip_suffix("'s")
        .or_else(|| prev.raw.strip_suffix("’s"))
    {
        if !is_capitalized(name) {
            return None;
        }
        // The name before the possessive: capitalised words back from it ("Hillary Clinton's").
        let mut s = i - 1;
        while s > 0
            && is_capitalized(words[s - 1].raw)
            && gap_is_space(gap(text, words, s - 1, s))
            && !in_list(DETERMINERS, &words[s - 1].folded)
        {
            s -= 1;
        }
        Some((s, i))
    } else {
        None
    };
    let cue = Span::new(words[i].start, words[i].end);
    let Some((start, end)) = holder else {
        // Without a holder only nouns that always report what someone says or thinks, before
        // what they report: "allegations of fraud", "questions about her health", "calls for
        // an inquiry", "fears that prices will rise".
        // A name, pronoun or adverb before it makes it a verb ("Smith calls for", "she also
        // questions whether").
        let verb_like = is_capitalized(prev.raw)
            || in_list(PRONOUNS, &prev.folded)
            || in_list(SKIP_BEFORE_VERB, &prev.folded)
            || prev.folded.ends_with("ly")
            || matches!(prev.folded.as_str(), "that" | "who" | "which");
        let reported = in_list(UNHELD_NOMINAL_CUES, &words[i].folded)
            && !verb_like
            && matches!(
                next,
                "that" | "of" | "about" | "over" | "for" | "against" | "whether"
            );
        if !reported {
            return None;
        }
        return Some(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::Verb), None));
    };
    let mut source = make_source(
        text,
        words,
        start,
        end,
        CueKind::Verb,
        lex,
        known,
        &words[i].folded,
    );
    if let Some(t) = source
        .text
        .strip_suffix("'s")
        .or_else(|| source.text.strip_suffix("’s"))
    {
        let t = t.to_string();
        source.span = Span::new(source.span.start, source.span.start + t.len());
        source.name = t.clone();
        source.text = t;
    }
    if in_list(POSSESSIVES, &prev.folded) && source.kind == SourceKind::Unknown {
        source.kind = SourceKind::Person;
    }
    Some(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::Verb), Some(source)))
}

/// A cue in an "if" clause is a condition or an indirect question, not something said: "if he
/// wants our guns", "asked workers if they planned to attend".
fn drop_conditional(text: &str, out: &mut Vec<Attribution>) {
    out.retain(|a| {
        if !matches!(
            a.cue_kind,
            CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb)
        ) {
            return true;
        }
        let before: Vec<&str> = text[..a.cue.start]
            .split_whitespace()
            .rev()
            .take(2)
            .collect();
        // ("Ukraine's government will propose keeping …": a plan, no report.)
        // (Only verbs of proposing: "will say", "will announce" read as reports in PolNeAR.)
        let planned = before.first().is_some_and(|w| *w == "will")
            && matches!(a.cue_text.to_lowercase().as_str(), "propose" | "present" | "unveil" | "submit" | "introduce");
        !planned
            && !before.iter().any(|w| {
                w.trim_start_matches(['"', '“', '('])
                    .eq_ignore_ascii_case("if")
            })
    });
}

/// "Die Pfarrer müssen die Gründung … ihrer Diözesankurie melden": a German infinitive after a
/// modal verb of its clause is a duty or a wish, no report.
fn drop_modal_infinitives(text: &str, out: &mut Vec<Attribution>) {
    out.retain(|a| {
        let clause = &text[a.sentence.start.min(a.cue.start)..a.cue.start];
        let clause = clause.rsplit([',', ';', ':']).next().unwrap_or(clause);
        !(matches!(a.cue_text.to_lowercase().as_str(), "melden" | "berichten" | "mitteilen" | "sagen" | "erklären")
            && clause.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "müssen" | "muss" | "musste" | "mussten" | "sollen" | "soll" | "sollte" | "sollten" | "können" | "kann" | "konnte" | "wollen" | "will" | "wollte" | "dürfen" | "darf"
                )
            }))
    });
}

/// Attribution in PolNeAR's sense is univocal: what a cue reports is one span, and a cue inside
/// it is part of what is reported. A cue that follows another in the same clause, with no
/// comma, semicolon or conjunction between them to start a clause of its own, is inside what
/// the first one reports: "Officials feared voters would see the plan as a giveaway", "the
/// senator wants to know who approved it". A medium named there is kept: it is a step of a
/// relay ("X reported that Y wrote …").
fn drop_run_on(text: &str, out: &mut Vec<Attribution>) {
    let mut keep = vec![true; out.len()];
    for j in 0..out.len() {
        let b = &out[j];
        // "… an architect who said he was stiffed": a relative clause is a clause of its own.
        if !matches!(b.cue_kind, CueKindOrCredit::Cue(_))
            || b.source.as_ref().is_some_and(|s| s.kind.is_media() || matches!(fold(&s.text).as_str(), "who" | "which"))
        {
            continue;
        }
        let inside = out[..j].iter().zip(&keep).any(|(a, &kept)| {
            if !kept || !matches!(a.cue_kind, CueKindOrCredit::Cue(_)) || a.cue.end > b.cue.start {
                return false;
            }
            let between = &text[a.cue.end..b.cue.start];
            // Conjunctions and subordinators open clauses of their own ("… after Nabisco
            // announced", "… because he worries").
            // So do quotations ("… said. ''We …'' X said").
            !between.contains([
                ',', ';', ':', '?', '!', '(', ')', '—', '–', '―', '\n', '"', '“', '”',
            ]) && !between.contains("''")
                && !between.contains(" - ")
                && !between.split_whitespace().any(|w| {
                    matches!(
                        w,
                        "and"
                            | "but"
                            | "or"
                            | "while"
                            | "whereas"
                            | "when"
                            | "after"
                            | "before"
                            | "because"
                            | "as"
                            | "since"
                            | "though"
                            | "although"
                            | "if"
                            | "until"
                            | "unless"
                            | "once"
                            | "where"
                            | "even"
                    )
                })
        });
        if inside {
            keep[j] = false;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// A cue verb in the infinitive with no subject of its own, after another cue of the sentence,
/// is part of what that one reports: "She said she had decided not to recommend charges",
/// "He declined at first to criticize the group". Its speaker is the earlier cue's.
fn drop_nested_infinitives(text: &str, out: &mut Vec<Attribution>) {
    let mut keep = vec![true; out.len()];
    for (j, b) in out.iter().enumerate() {
        if b.cue_kind != CueKindOrCredit::Cue(CueKind::Verb) || b.source.is_some() {
            continue;
        }
        let before = text[..b.cue.start].trim_end();
        let infinitive = before
            .strip_suffix("to")
            .is_some_and(|r| r.ends_with(|c: char| c.is_whitespace()));
        let after_cue = out[..j].iter().any(|a| {
            matches!(a.cue_kind, CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb))
                && a.cue.end <= b.cue.start
                // In the same clause: no punctuation between them ("…, speaking on condition of
                // anonymity to discuss" is a purpose of its own).
                && !text[a.cue.end..b.cue.start]
                    .contains([',', ';', ':', '"', '“', '”', '(', ')', '—', '–', '―'])
        });
        if infinitive && after_cue {
            keep[j] = false;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Frames that take a whole clause as what is attributed: "According to the filing, the firm
/// said it would appeal" and "The firm said it would appeal, according to the filing" attribute
/// the clause, speech verbs and all, to the filing. Cues inside the framed clause are part of
/// what the frame reports, not attributions of their own. The frame opens the sentence (its
/// source closed by a comma) or closes it (set off by a comma).
fn drop_framed(text: &str, sentence: Span, out: &mut Vec<Attribution>) {
    // Framed clauses, and whether the frame follows its clause.
    let mut framed: Vec<(Span, bool)> = Vec::new();
    for a in out.iter() {
        if a.cue_kind != CueKindOrCredit::Cue(CueKind::SourceAfter)
            || fold(&a.cue_text) != "according to"
        {
            continue;
        }
        let raw = &text[sentence.start..a.cue.start];
        let before = raw.trim();
        let opens = before.is_empty()
            || !before.contains(char::is_whitespace)
                && matches!(
                    fold(before).as_str(),
                    "but" | "and" | "yet" | "so" | "still" | "also"
                );
        let Some(source) = a.source.as_ref() else {
            continue;
        };
        if opens {
            if let Some(comma) = text[source.span.end..sentence.end].find(',') {
                framed.push((Span::new(source.span.end + comma + 1, sentence.end), false));
            }
        } else if let Some(comma) = raw.rfind(',')
            && raw[comma + 1..].trim().is_empty()
            && !out.iter().any(|b| b.cue.start >= a.cue.end)
        {
            // The clause the frame closes: back to a conjunction joining clauses.
            let head = &raw[..comma];
            let clause_start = [
                ", but ",
                ", and ",
                ", while ",
                ", though ",
                ", although ",
                "; ",
            ]
            .iter()
            .filter_map(|c| head.rfind(c).map(|k| k + c.len()))
            .max()
            .unwrap_or(0);
            framed.push((
                Span::new(sentence.start + clause_start, sentence.start + comma),
                true,
            ));
        }
    }
    if framed.is_empty() {
        return;
    }
    out.retain(|a| {
        let inside = framed.iter().any(|&(f, frame_after)| {
            // Only within one clause: a quotation, a colon or a bracket between the cue and
            // the frame starts other words.
            let between = if frame_after {
                text.get(a.cue.end..f.end)
            } else {
                text.get(f.start..a.cue.start)
            };
            f.start <= a.cue.start
                && a.cue.end <= f.end
                && between.is_some_and(|b| {
                    !b.contains(['"', '“', '”', ':', ';', '(', ')', '—', '–', '―'])
                })
        });
        // A medium reporting is a step of the relay ("Politico reported, according to …").
        let media = a.source.as_ref().is_some_and(|s| s.kind.is_media());
        !(inside
            && !media
            && matches!(
                a.cue_kind,
                CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb)
            ))
    });
}

fn drop_embedded(text: &str, out: &mut Vec<Attribution>) {
    let mut keep = vec![true; out.len()];
    for i in 0..out.len() {
        if !keep[i]
            || !matches!(
                out[i].cue_kind,
                CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb)
            )
        {
            continue;
        }
        let after = text[out[i].cue.end..].trim_start();
        let opens_clause = after
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("that "));
        if !opens_clause {
            // A clause without "that" ("Trump said he feels he can win", "voters who say they
            // want …"): a later cue whose source is the clause's subject, with no punctuation or
            // conjunction between, is part of what was said.
            for j in i + 1..out.len() {
                if !matches!(
                    out[j].cue_kind,
                    CueKindOrCredit::Cue(CueKind::Verb | CueKind::MediaVerb)
                ) {
                    break;
                }
                let Some(src) = out[j].source.as_ref() else {
                    break;
                };
                // "an architect who said he was stiffed": a relative clause of its own.
                if src.kind.is_media()
                    || matches!(fold(&src.text).as_str(), "who" | "which")
                    || src.span.start < out[i].cue.end
                    || src.span.end > out[j].cue.start
                {
                    break;
                }
                let between = &text[out[i].cue.end..out[j].cue.start];
                let broken = between.contains([
                    ',', ';', ':', '"', '“', '”', '«', '»', '(', ')', '—', '–', '\n',
                ]) || between.contains("''")
                    || [
                        " and ",
                        " but ",
                        " or ",
                        " while ",
                        " whereas ",
                        " because ",
                        " although ",
                        " though ",
                        " if ",
                        " when ",
                        " as ",
                        " after ",
                        " before ",
                        " since ",
                        " until ",
                        " unless ",
                        " once ",
                        " where ",
                        " than ",
                        " so ",
                    ]
                    .iter()
                    .any(|c| between.contains(c));
                if broken {
                    break;
                }
                keep[j] = false;
            }
            continue;
        }
        for j in i + 1..out.len() {
            // A medium named inside the clause is still a step of the relay chain ("Censor.NET
            // reported that The Telegraph wrote …") and is kept.
            let media = out[j].source.as_ref().is_some_and(|s| s.kind.is_media());
            if out[j].cue.start <= out[i].cue.end
                || media
                || !matches!(out[j].cue_kind, CueKindOrCredit::Cue(_))
            {
                continue;
            }
            let between = &text[out[i].cue.end..out[j].cue.start];
            // A new clause ("…, but he said", "…, while Cruz said") or a quotation ends the clause.
            let new_clause = [" and ", " but ", " while ", " whereas ", " yet "]
                .iter()
                .any(|c| between.contains(&format!(",{c}")));
            // A named subject right after a comma opens the main clause the "that"-clause was
            // part of ("As for …, polls suggesting that X …, Podesta said").
            // A pronoun after a comma or a dash does too ("When X noted that …, he said"), and
            // a participle set off by a comma adds to the main clause (", adding …").
            let main_subject = out[j].source.as_ref().is_some_and(|s| {
                let before = text
                    .get(out[i].cue.end..s.span.start)
                    .unwrap_or("")
                    .trim_end();
                s.span.start > out[i].cue.end
                    && s.span.end <= out[j].cue.start
                    && (before.ends_with(',')
                        && s.text.chars().next().is_some_and(char::is_uppercase)
                        || before.ends_with([',', '—', '–', '―'])
                            && in_list(PRONOUNS, &fold(&s.text)))
            });
            let set_off = text[..out[j].cue.start].trim_end().ends_with(',');
            // A second verb of the main subject with its own clause ("acknowledged that … but
            // noted that …", "… and warned: …").
            let coordinated = [" and", " but"]
                .iter()
                .any(|c| text[..out[j].cue.start].trim_end().ends_with(c))
                && {
                    let rest = text[out[j].cue.end..].trim_start();
                    rest.starts_with("that ") || rest.starts_with([':', '"', '“'])
                };
            if new_clause
                || main_subject
                || set_off
                || coordinated
                || between.contains([';', '"', '“', '”', '«', '»'])
                || between.contains("''")
            {
                break;
            }
            keep[j] = false;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// Lead-ins that end in a colon without naming a speaker ("Photo: …", "Updated: …").
#[rustfmt::skip]
const COLON_LABELS: &[&str] = &[
    "photo", "photos", "picture", "image", "images", "video", "watch", "listen", "read", "related", "see",
    "update", "updated", "note", "editor", "editors", "correction", "clarification", "caption", "credit",
    "credits", "source", "sources", "tags", "tag", "topics", "filed", "posted", "published", "email",
    "e-mail", "tel", "phone", "fax", "contact", "address", "website", "web", "click", "subscribe", "follow",
    "share", "advertisement", "sponsored", "by", "q", "a", "question", "answer", "step", "part", "chapter",
    "example", "warning", "disclaimer", "live", "breaking", "more", "also", "next", "previously", "when",
    "where", "what", "who", "time", "date", "location", "price", "cost", "total", "score", "result", "results",
    "фото", "відео", "видео", "читайте", "оновлено", "обновлено", "джерело", "источник", "foto", "quelle",
    "lesen", "lire", "mise", "look", "wow", "boom", "busted", "leaked", "just", "exclusive", "plus",
    "consider", "contributing", "reminder", "bonus", "spotted", "flashback",
];

/// A colon that opens a quotation after a clause naming no other cue: "Asked about the delay,
/// Jones shrugged: “We will see.”", "- Ann Example, Daily Example: “Turnout fell.”". The cue is
/// the colon, with the word before it when that word is not part of a name ("shrugged:"); the
/// source is the name before the colon or the subject of that word.
fn colon_before_quote(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    found: &[Attribution],
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Option<Attribution> {
    let lex = *lexicons.first()?;
    if lex.language != "en" {
        return None;
    }
    let first = words.first()?;
    let slice = &text[first.start..sentence.end];
    let colon = first.start + slice.find(':')?;
    let rest = text[colon + 1..sentence.end].trim_start();
    if !rest.starts_with(['"', '“', '‘', '\'', '«']) {
        return None;
    }
    // The colon itself inside a quotation ("“Remember: …”") or after another cue.
    let head = &text[sentence.start..colon];
    let open_quotes = head.matches(['“', '«']).count() > head.matches(['”', '»']).count()
        || head.matches('"').count() % 2 == 1;
    if open_quotes || found.iter().any(|a| a.cue.start < colon) {
        return None;
    }
    let k = words
        .iter()
        .take_while(|w| w.end <= colon)
        .count()
        .checked_sub(1)?;
    if !text[words[k].end..colon].trim().is_empty() {
        return None;
    }
    let last = &words[k];
    let (cue, source) = if is_capitalized(last.raw) {
        // A name: capitalised words back from the colon ("Ann B. Example:").
        let mut s = k;
        while s > 0
            && k - s < 5
            && is_capitalized(words[s - 1].raw)
            && (gap_is_space(gap(text, words, s - 1, s)) || gap(text, words, s - 1, s) == ". ")
        {
            s -= 1;
        }
        if in_list(DETERMINERS, &words[s].folded)
            || in_list(PRONOUNS, &words[s].folded)
            || in_list(COLON_LABELS, &words[s].folded)
        {
            return None;
        }
        let src = make_source(text, words, s, k + 1, CueKind::Verb, lex, known, ":");
        (Span::new(colon, colon + 1), Some(src))
    } else {
        if in_list(PHRASE_BREAK, &last.folded) || in_list(PRONOUNS, &last.folded) {
            return None;
        }
        let subject = left_phrase(text, words, k, lex)
            .or_else(|| clause_subject(text, sentence, words, k, k + 1, lex));
        let src =
            subject.map(|(s, e)| make_source(text, words, s, e, CueKind::Verb, lex, known, ":"));
        (Span::new(last.start, colon + 1), src)
    };
    Some(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Colon, source))
}

/// "Name: what they said" — a lead-in of one to six words starting with a capital, a space
/// after the colon and at least three words after it, no other cue before the colon.
fn colon_lead_in(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    found: &[Attribution],
    lexicons: &[&'static CueLexicon],
    known: &[String],
) -> Option<Attribution> {
    let first = words.first()?;
    let slice = &text[first.start..sentence.end];
    let colon = first.start + slice.find(':')?;
    if !text[colon + 1..].starts_with(char::is_whitespace) {
        return None;
    }
    let before = words.iter().take_while(|w| w.end <= colon).count();
    let after = words.len() - before;
    // An interview printed as questions and answers: "Q: …" and "A: …" open their paragraphs.
    let interview_turn = before == 1
        && after >= 1
        && matches!(first.raw, "Q" | "A")
        && (first.start == 0
            || text[..first.start]
                .trim_end_matches([' ', '\t'])
                .ends_with('\n'));
    if interview_turn {
        let lex = *lexicons.first()?;
        let source = make_source(text, words, 0, 1, CueKind::Verb, lex, known, ":");
        let cue = Span::new(colon, colon + 1);
        return Some(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Colon, Some(source)));
    }
    if before == 0
        || before > 6
        || after < 3
        || !is_capitalized(first.raw)
        || in_list(COLON_LABELS, &first.folded)
    {
        return None;
    }
    // Quotation marks or brackets before the colon: the colon belongs to something else. An
    // opening mark before the first word counts too ("“Remember: …").
    if text[first.start..colon].contains(['"', '“', '”', '«', '»', '(', ')', '['])
        || text[sentence.start..first.start].contains(['“', '«', '‘'])
    {
        return None;
    }
    if found.iter().any(|a| a.cue.start < colon) {
        return None;
    }
    // The source: the lead-in up to a word that starts a phrase of its own ("Gillibrand on
    // Hillary's speeches:", "Mukasey at RNC:").
    let end = (1..before)
        .find(|&k| in_list(PHRASE_BREAK, &words[k].folded))
        .unwrap_or(before);
    // The source reads as a name: capitalised words, not a label in capitals ("RAMOS:" in a
    // transcript, "UPDATE:"), not an opening word ("The Latest:", "Here's why:"), no figures.
    // A transcript's speaker label is one surname in capitals opening a paragraph or a quoted
    // turn ("WALLACE: Let's start …").
    let opens_turn = text[..first.start]
        .trim_end_matches([' ', '"', '“'])
        .ends_with('\n')
        || first.start == 0
        || text[..first.start].ends_with(['"', '“']);
    let speaker_label = end == 1
        && opens_turn
        && first.raw.chars().count() >= 3
        && first.raw.chars().all(|c| c.is_uppercase());
    // An outlet of the story opening a headline ("Громадський кур'єр: …"), however it is cased.
    let known_outlet = {
        let key = crate::outlet_key(&text[words[0].start..words[end - 1].end]);
        !key.is_empty() && known.iter().any(|k| crate::outlet_keys_match(k, &key))
    };
    let name_like = speaker_label
        || known_outlet
        || words[..end].iter().all(|w| {
            is_capitalized(w.raw)
                && !w.raw.chars().any(|c| c.is_ascii_digit())
                && !(w.raw.chars().count() > 1 && w.raw.chars().all(|c| !c.is_lowercase()))
        });
    let opener = in_list(DETERMINERS, &first.folded)
        || in_list(PHRASE_BREAK, &first.folded)
        || in_list(PRONOUNS, &first.folded)
        || matches!(
            first.folded.as_str(),
            "here" | "here's" | "here’s" | "this" | "that" | "why" | "how" | "what" | "continued"
        );
    // "Hong Kong – Hang Seng: DOWN 0.1 percent": a table row, not a speaker.
    let lead_in = &text[words[0].start..words[end - 1].end];
    if !name_like
        || opener
        || lead_in.contains(['/', '–', '—', '-']) && end < 2
        || lead_in.contains(" – ")
        || lead_in.contains(" — ")
    {
        return None;
    }
    let lex = *lexicons.first()?;
    let source = make_source(text, words, 0, end, CueKind::Verb, lex, known, ":");
    let cue = Span::new(colon, colon + 1);
    Some(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Colon, Some(source)))
}

/// The phrase joined by "and" to a named source: after it for cues followed by their source
/// ("according to X and Y"), before it for subjects ("X and Y reported").
fn coordinated(
    text: &str,
    words: &[Word<'_>],
    start: usize,
    end: usize,
    kind: CueKind,
    lex: &'static CueLexicon,
) -> Option<(usize, usize)> {
    const AND: &[&str] = &["and", "і", "й", "та", "и", "und", "et", "y", "e"];
    // (Dutch "en" is a Romance preposition elsewhere: "publicó el lunes en la red social X".)
    let and = |w: &str| in_list(AND, w) || lex.language == "nl" && w == "en";
    // "первым написал X, а позже, независимо от него, — Y": an elliptic second clause whose
    // subject follows a dash.
    if kind == CueKind::SourceAfter
        && matches!(lex.language, "uk" | "ru")
        && end < words.len()
        && gap(text, words, end - 1, end).trim() == ","
        && words[end].folded == "а"
        && let Some(k) = (end + 1..(end + 8).min(words.len())).find(|&k| gap(text, words, k - 1, k).contains(['—', '–']))
    {
        // Read from the name on: the dash is no break before it.
        return right_phrase(text, &words[k..], 0, lex).map(|(s, e)| (s + k, e + k));
    }
    // "the German paper Havelland Kurier": a name behind a described media noun.
    let described_medium = (start + 1..end)
        // (German capitalises the noun: "das ukrainische Nachrichtenportal X".)
        .any(|k| media_noun(lex, &words[k - 1].folded) && (!is_capitalized(words[k - 1].raw) || lex.language == "de") && is_capitalized(words[k].raw));
    // "nach Informationen der Lokalzeitung X und der Wochenzeitung Y": an article opens either.
    let article_first = |k: usize| {
        words.get(k).is_some_and(|w| {
            !is_capitalized(w.raw)
                && (in_list(GERMAN_ARTICLES, &w.folded)
                    || matches!(w.folded.as_str(), "the" | "le" | "la" | "l'" | "el" | "il" | "lo" | "o" | "las" | "los" | "os" | "gli")
                    || lex.language == "nl" && matches!(w.folded.as_str(), "de" | "het"))
        })
    };
    if !is_capitalized(words[start].raw)
        && !described_medium
        && !article_first(start)
        && !text[..words[start].start]
            .trim_end()
            .ends_with(['«', '"', '“', '„'])
    {
        return None;
    }
    match kind {
        CueKind::SourceAfter => {
            // "sowohl X als auch Y": the two words join as "und" does.
            let als_auch = end < words.len() && german_als_auch(words, end);
            let end = if als_auch { end + 1 } else { end };
            let conj = words.get(end)?;
            if !and(&conj.folded) && !als_auch
                || !gap_is_space(gap(text, words, end - 1, end))
                    && !gap(text, words, end - 1, end)
                        .trim()
                        .chars()
                        .all(|c| matches!(c, '»' | '"' | '”' | '“'))
            {
                return None;
            }
            // "und, unabhängig davon, die Zeitung Y": a short aside after the conjunction.
            let aside = (gap(text, words, end, end + 1).trim() == ",")
                .then(|| (end + 2..(end + 5).min(words.len())).find(|&k| gap(text, words, k - 1, k).trim() == ","))
                .flatten();
            let end = match aside {
                Some(k) => k - 1,
                None => end,
            };
            let next = words.get(end + 1)?;
            let quoted = quote_opens(text, words, end + 1);
            // "и французская «Ле Матен»": describing words before the second name.
            let described = (end + 2..(end + 4).min(words.len())).any(|k| {
                is_capitalized(words[k].raw) || quote_opens(text, words, k)
            }) && describing_word(next);
            if !is_capitalized(next.raw) && !quoted && !article_first(end + 1) && !described {
                return None;
            }
            if aside.is_some() {
                // Read from the name on: the aside's comma is no break before it.
                return right_phrase(text, &words[end + 1..], 0, lex).map(|(s, e)| (s + end + 1, e + end + 1));
            }
            right_phrase(text, words, end + 1, lex)
        }
        CueKind::Verb | CueKind::MediaVerb if start >= 2 => {
            let conj = &words[start - 1];
            if !and(&conj.folded) || !gap_is_space(gap(text, words, start - 1, start)) {
                return None;
            }
            if let Some((s, e)) = left_phrase(text, words, start - 1, lex) {
                // "the public broadcaster Suspilne and the French daily Le Monde reported": a
                // described medium's name.
                let described = (s..e).any(|k| media_noun(lex, &words[k].folded)) && is_capitalized(words[e - 1].raw);
                return (is_capitalized(words[s].raw) || described).then_some((s, e));
            }
            // "Obrii, a local news site, and Y both reported": a name and the apposition calling
            // it a medium before the conjunction.
            if gap(text, words, start - 2, start - 1).trim() != "," {
                return None;
            }
            let e = (start.saturating_sub(8).max(1)..start - 2).rev().find(|&k| gap(text, words, k - 1, k).trim() == ",")?;
            if !appositive_medium(text, words, e, lex) {
                return None;
            }
            let mut s = e - 1;
            while s > 0 && is_capitalized(words[s - 1].raw) && gap_is_space(gap(text, words, s - 1, s)) {
                s -= 1;
            }
            is_capitalized(words[s].raw).then_some((s, e))
        }
        _ => None,
    }
}

/// Past "на офіційному сайті", "на сторінці", "на сайте" between a cue and the body it names
/// ("йдеться у повідомленні на офіційному сайті Міністерства енергетики"): where the statement
/// was published, not who published it.
fn after_site_phrase(words: &[Word<'_>], at: usize) -> usize {
    // "Según ha publicado en Weibo el filtrador X", "ha escrito en la red social X el periodista
    // Y": the platform before the inverted subject.
    // ("napisała w poście na Facebooku pasażerka X", "schrieb auf Facebook die Passagierin X".)
    if words.get(at).is_some_and(|w| matches!(w.folded.as_str(), "en" | "em" | "su" | "no" | "na" | "sur" | "w" | "auf" | "im"))
        && let Some(k) = (at + 1..(at + 5).min(words.len())).find(|&k| platform_token(words[k].raw, &words[k].folded) || words[k].folded == "weibo")
        && (at + 1..k).all(|d| !is_capitalized(words[d].raw))
        && k + 1 < words.len()
    {
        return k + 1;
    }
    // "podał w porannym komunikacie Sztab Generalny", "a annoncé dans un communiqué la
    // Fédération": the statement before the inverted subject.
    const STATEMENTS: &[&str] = &[
        "komunikacie", "oswiadczeniu", "comunicado", "communique", "comunicato", "nota", "mitteilung", "erklarung",
        "statement", "lagebericht", "raporcie", "зведенні", "сводке", "заяві", "заявлении", "повідомленні", "сообщении",
    ];
    if words.get(at).is_some_and(|w| matches!(w.folded.as_str(), "en" | "em" | "w" | "dans" | "in" | "im" | "в" | "у"))
        && let Some(k) = (at + 1..(at + 4).min(words.len())).find(|&k| STATEMENTS.iter().any(|s| fold(s) == words[k].folded))
        && (at + 1..=k).all(|d| !is_capitalized(words[d].raw))
        && k + 1 < words.len()
        && is_capitalized(words[k + 1].raw)
    {
        return k + 1;
    }
    if !words.get(at).is_some_and(|w| matches!(w.folded.as_str(), "на" | "в" | "у")) {
        return at;
    }
    const PLACES: &[&str] = &["сайт", "вебсайт", "веб-сайт", "сторінц", "страниц", "портал"];
    (at + 1..(at + 4).min(words.len()))
        .take_while(|&k| !is_capitalized(words[k].raw))
        // (Folded alike: "сайті" loses the breve of its "й".)
        .find(|&k| PLACES.iter().any(|p| words[k].folded.starts_with(&fold(p))))
        .map_or(at, |k| k + 1)
}

fn is_anonymous_phrase(folded: &[String], lex: &CueLexicon) -> bool {
    folded
        .iter()
        .any(|w| in_list(lex.anonymous_heads, w) || in_list(lexicon::ENGLISH.anonymous_heads, w))
}

/// A story outlet in guillemets and in another case than its name's, with no preposition before
/// it, in the clause before a Ukrainian or Russian verb: whom it was told ("В пресс-службе завода
/// «Курьеру Усть-Белянки» эту информацию подтвердили").
fn dative_outlet_before(text: &str, words: &[Word<'_>], verb: usize, lex: &'static CueLexicon, known: &[String]) -> Option<Source> {
    if !matches!(lex.language, "uk" | "ru") {
        return None;
    }
    let first = (verb.saturating_sub(8)..verb)
        .rev()
        .take_while(|&k| k + 1 == verb || !gap(text, words, k, k + 1).contains([',', '.', ';', ':', '—', '–']))
        .last()?;
    (first..verb).find_map(|s| {
        let opens = gap(text, words, s.checked_sub(1)?, s).trim_end().ends_with(['«', '„', '"']);
        // The word before the opening mark, or the one before a describing word.
        // ("Об этом «X» рассказали": two words back, the preposition governs "этом", not the name.)
        let demonstrative = in_list(&["этом", "цьому", "том", "тому", "этого", "цього"], &words[s - 1].folded);
        let after_preposition = in_list(CYRILLIC_PREPOSITIONS, &words[s - 1].folded)
            || s >= 2 && in_list(CYRILLIC_PREPOSITIONS, &words[s - 2].folded) && !demonstrative;
        if !opens || after_preposition {
            return None;
        }
        let (s, e) = right_phrase(text, words, s, lex).filter(|&(_, e)| e <= verb)?;
        let name = &text[words[s].start..words[e - 1].end];
        let case_key = crate::outlet_case_key(name);
        // ("«Ведомостям» это подтвердил": a well-known medium in another case than its names.)
        let well_known = stemmata_text::media::lookup(name).is_some_and(|m| m.name != name && !m.names.contains(&name))
            && known.contains(&crate::outlet_key(name));
        (well_known || case_key.starts_with('~') && known_case_key(known, &case_key) && !known.contains(&crate::outlet_key(name))).then(|| {
            let mut r = make_source(text, words, s, e, CueKind::MediaVerb, lex, known, "told");
            r.kind = SourceKind::Outlet;
            r
        })
    })
}

/// Ukrainian and Russian prepositions: a name after one is its object, no verb's subject or
/// recipient ("у системі «X» повідомили", "по данным «X»").
#[rustfmt::skip]
const CYRILLIC_PREPOSITIONS: &[&str] = &[
    "в", "во", "у", "на", "по", "от", "від", "для", "из", "із", "з", "с", "о", "об", "про", "к", "до",
];

/// "«Черноводский листок» цитує …", "Видання «X» пише …": a name in quotation marks opening the
/// sentence (or after a media noun that opens it) right before a Ukrainian or Russian verb whose
/// source otherwise follows it is that verb's subject.
fn quoted_subject(text: &str, sentence: Span, words: &[Word<'_>], cue: usize, lex: &CueLexicon) -> Option<(usize, usize)> {
    if !matches!(lex.language, "uk" | "ru") {
        return None;
    }
    let k = quoted_name_before(text, sentence, words, cue)?;
    let opens_sentence = k == 0 || k == 1 && media_noun(lex, &words[0].folded);
    opens_sentence.then_some((k, cue))
}

/// "Видання пише, що …", "Канал сообщает о …": a Ukrainian or Russian verb whose source usually
/// follows it ("…, пише видання") with nothing to name after it; the capitalised phrase (four
/// words at most) opening the sentence right before it is its subject, unless it is an adverb.
fn subject_before_present(text: &str, sentence: Span, words: &[Word<'_>], cue: usize, len: usize, lex: &'static CueLexicon) -> Option<(usize, usize)> {
    if !matches!(lex.language, "uk" | "ru" | "pl" | "es" | "it" | "pt") || cue == 0 {
        return None;
    }
    // (Past where it was posted: "scrive su Telegram che …".)
    let after = after_time_phrase(text, words, cue + len);
    let nothing_after = after >= words.len()
        || gap(text, words, after - 1, after).contains([',', ':', '—', '–'])
        || matches!(words[after].folded.as_str(), "що" | "что" | "про" | "о" | "об" | "ze" | "że" | "que" | "che" | "sobre");
    if !nothing_after {
        return None;
    }
    // ("видання «Коммерсант» пише": a quoted name right before the verb, after a word.)
    let quoted = || quoted_name_before(text, sentence, words, cue).filter(|&k| k > 0).map(|k| (k, cue));
    let (s, e) = left_phrase(text, words, cue, lex).or_else(quoted)?;
    // An adverb opening the sentence is no subject ("Також повідомляє, що …").
    const ADVERBS: &[&str] = &[
        "також", "также", "раніше", "ранее", "тепер", "теперь", "зараз", "сейчас", "сьогодні", "сегодня", "вчора",
        "вчера", "нині", "ныне", "потім", "потом", "далі", "далее", "крім", "кроме", "тому", "поэтому",
    ];
    let adverb = e - s == 1 && in_list(ADVERBS, &words[s].folded);
    if s == 0 && e == cue && e - s <= 4 && is_capitalized(words[s].raw) && !adverb {
        return Some((s, e));
    }
    // "Водночас російське видання «Коммерсант» пише, що …", "Британське видання The Guardian
    // пише": a medium's name after its media noun and the adjectives describing it, past an
    // adverb opening the sentence.
    if !matches!(lex.language, "uk" | "ru") || e != cue || adverb {
        return None;
    }
    let mut start = s;
    if start > 0 && media_noun(lex, &words[start - 1].folded) {
        start -= 1;
    } else if !media_noun(lex, &words[start].folded) {
        return None;
    }
    while start > 0 && slavic_adjective(&words[start - 1].raw.to_lowercase()) && gap_is_space(gap(text, words, start - 1, start)) {
        start -= 1;
    }
    const OPENING: &[&str] = &["водночас", "однак", "проте", "натомість", "втім", "також", "одновременно", "однако", "впрочем", "также", "тем", "временем", "тим", "часом", "а", "і", "и"];
    let lead = (0..start).rev().take_while(|&k| in_list(OPENING, &words[k].folded)).count();
    (lead == start && !gap(text, words, start.saturating_sub(1), start).contains([',', ';', ':']) || start == 0).then_some((start, e))
}

/// A name in quotation marks closing right before word `cue`: the index of its first word (the
/// opening mark at most eight words back).
fn quoted_name_before(text: &str, sentence: Span, words: &[Word<'_>], cue: usize) -> Option<usize> {
    if cue == 0 {
        return None;
    }
    let closing = gap(text, words, cue - 1, cue).trim();
    if closing.is_empty() || !closing.chars().all(|c| CLOSING_QUOTES.contains(&c)) {
        return None;
    }
    // (A platform in guillemets is where it was posted: "у соцмережі «ВКонтакте» написала …".)
    quote_opening_before(text, sentence, words, cue).filter(|&k| !(k + 1 == cue && platform_token(words[k].raw, &words[k].folded)))
}

/// The word (within eight before `at`) that a quotation mark opens right before.
fn quote_opening_before(text: &str, sentence: Span, words: &[Word<'_>], at: usize) -> Option<usize> {
    let before = |k: usize| if k > 0 { gap(text, words, k - 1, k) } else { &text[sentence.start..words[0].start] };
    (at.saturating_sub(8)..at).rev().find(|&k| before(k).trim_end().ends_with(['«', '„', '“', '"']))
}

/// Ukrainian, Russian and French words of a time phrase between a cue and its source ("Как
/// сообщалось во вторник в «X»", "пише вчора X", "a annoncé vendredi le journal X"): weekdays,
/// parts of the day, months, relative days.
#[rustfmt::skip]
const TIME_WORDS_AFTER_CUE: &[&str] = &[
    "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "понеділок", "вівторок",
    "середу", "четвер", "п'ятницю", "пʼятницю", "пятницю", "суботу", "неділю", "вчера", "вчора", "сегодня", "сьогодні",
    "накануне", "напередодні", "ранее", "раніше", "утром", "вранці", "вечером", "ввечері", "ночью", "вночі", "днем",
    "удень", "позавчера", "позавчора", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
    "сентября", "октября", "ноября", "декабря", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
    "серпня", "вересня", "жовтня", "листопада", "грудня",
    // German: "meldete am Dienstag die Agentur X".
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gestern", "heute",
    // French: "comme l'a annoncé vendredi le journal …".
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "matin", "soir",
    // Polish: "napisał w piątek rano w serwisie X".
    "poniedzialek", "poniedziałek", "wtorek", "srode", "czwartek", "piatek", "sobote", "niedziele", "wczoraj", "dzis", "dzisiaj",
    "rano", "wieczorem", "przedpoludniem", "przedpołudniem", "popoludniu", "popołudniu", "ranem",
    // German compounds of a day and its part ("am Freitagmorgen").
    "montagmorgen", "dienstagmorgen", "mittwochmorgen", "donnerstagmorgen", "freitagmorgen", "samstagmorgen",
    "sonntagmorgen", "montagabend", "dienstagabend", "mittwochabend", "donnerstagabend", "freitagabend",
    "samstagabend", "sonntagabend", "morgen", "abend", "nachmittag",
    // Spanish, Portuguese and Italian: "avança esta terça-feira a Gazzetta", "informa este martes".
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "hoy", "ayer", "este", "esta", "segunda-feira",
    "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira", "hoje", "ontem", "nesta", "neste", "lunedi", "martedi",
    "mercoledi", "giovedi", "venerdi", "oggi", "ieri",
    // Dutch: "Dat meldden vrijdag het weekblad X en …".
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "gisteren", "vandaag",
    "maandagavond", "dinsdagavond", "woensdagavond", "donderdagavond", "vrijdagavond", "zaterdagavond", "zondagavond",
];

/// The first word after a time phrase that starts at `from` ("во вторник", "вчора ввечері",
/// "5 октября"), or `from` if none starts there. Only plain spaces may separate its words.
fn after_time_phrase(text: &str, words: &[Word<'_>], from: usize) -> usize {
    let time = |w: &Word<'_>| in_list(TIME_WORDS_AFTER_CUE, &w.folded) || w.folded.chars().all(|c| c.is_ascii_digit());
    // "a annoncé samedi sur X la présidente …", "написала в Telegram мэр …", "wrote on Facebook
    // Mayor …": where it was posted, like when, stands between the verb and its source (with a
    // word or two between: "в соцмережі X", "у своєму телеграм-каналі", "auf der Plattform X",
    // "sur son compte Facebook").
    let between = |n: &Word<'_>| {
        matches!(
            n.folded.as_str(),
            "соцмережі" | "соцмережах" | "соцсети" | "соцсетях" | "мережі" | "сети" | "своєму" | "своему" | "своем" | "der"
                | "plattform" | "son" | "sa" | "compte" | "seinem" | "ihrem" | "her" | "his" | "its" | "official"
                | "platformie" | "swoim" | "swoich" | "profilu" | "koncie" | "своїй" | "своей" | "сторінці" | "странице"
                | "платформі" | "платформе" | "акаунті" | "аккаунте" | "suo" | "sua" | "su" | "seu" | "canale" | "canal"
                | "cuenta" | "perfil" | "profilo" | "serwisie" | "portalu" | "mediach" | "spolecznosciowych" | "la" | "red"
                | "social" | "sociale" | "rede" | "sul" | "le" | "reseau"
        )
    };
    let mut k = from;
    let mut platform_seen = false;
    // (A platform's name may stand in guillemets: "написала во «ВКонтакте» студентка …".)
    let quote_or_space = |g: &str| g.chars().all(|c| c.is_whitespace() || matches!(c, '«' | '»' | '„' | '“' | '”'));
    while k < words.len()
        && k < from + 8
        && (k == from || gap_is_space(gap(text, words, k - 1, k)) || platform_seen && quote_or_space(gap(text, words, k - 1, k)))
    {
        let w = &words[k];
        // (Or a Romance article before the day: "colgó el domingo en su cuenta de TikTok".)
        let preposition = matches!(w.folded.as_str(), "в" | "во" | "у" | "на" | "am" | "w" | "we" | "nad" | "el" | "il" | "le")
            && words.get(k + 1).is_some_and(|n| in_list(TIME_WORDS_AFTER_CUE, &n.folded));
        if matches!(w.folded.as_str(), "sur" | "on" | "в" | "во" | "у" | "auf" | "in" | "на" | "na" | "w" | "su" | "sul" | "en" | "em" | "no" | "nel") {
            let mut p = k + 1;
            while p < words.len() && p < k + 4 && between(&words[p]) {
                p += 1;
            }
            if words.get(p).is_some_and(|n| platform_token(n.raw, &n.folded)) && quote_or_space(gap(text, words, p - 1, p)) {
                platform_seen = true;
                k = p + 1;
                continue;
            }
        }
        // ("Jak relacjonuje we wpisie Marczuk": in a post, a Polish document in the locative,
        // before the source.)
        if matches!(w.folded.as_str(), "w" | "we")
            && words.get(k + 1).is_some_and(|n| matches!(n.folded.as_str(), "wpisie" | "poscie" | "komunikacie" | "oswiadczeniu" | "liscie" | "nagraniu"))
            && words.get(k + 2).is_some_and(|n| is_capitalized(n.raw))
        {
            platform_seen = true;
            k += 2;
            continue;
        }
        // ("anunció en la noche del domingo, en un mensaje publicado en su cuenta de X": a part of
        // the day, then its day.)
        const PARTS_OF_DAY: &[&str] = &["noche", "manana", "tarde", "madrugada", "noite", "manha", "notte", "serata", "mattina", "mattinata", "nuit", "soiree", "matinee"];
        if matches!(w.folded.as_str(), "en" | "na" | "nella" | "dans" | "in")
            && words.get(k + 1).is_some_and(|n| matches!(n.folded.as_str(), "la" | "a" | "le"))
            && words.get(k + 2).is_some_and(|n| PARTS_OF_DAY.contains(&n.folded.as_str()))
        {
            k += 3;
            if words.get(k).is_some_and(|n| matches!(n.folded.as_str(), "del" | "de" | "do" | "di" | "du")) && words.get(k + 1).is_some_and(time) {
                k += 1;
            }
            continue;
        }
        if !(time(w) || preposition) {
            break;
        }
        k += 1;
    }
    let k = k.min(words.len());
    if platform_seen && k > from && k < words.len() {
        return k;
    }
    // "– napisał w piątek rano w serwisie X.", "a-t-il écrit vendredi matin sur X": when and
    // where, and no source after them.
    if platform_seen && k == words.len() {
        return k;
    }
    // A phrase of numbers alone is no time phrase, and the source must follow it.
    if k == from || k == words.len() || words[from..k].iter().all(|w| w.folded.chars().all(|c| c.is_ascii_digit())) {
        return from;
    }
    // "dans un entretien accordé mardi soir à la chaîne X": the preposition of the verb before
    // the time comes after it.
    if from > 0
        && matches!(words[from - 1].folded.as_str(), "accorde" | "accordee" | "donne" | "donnee")
        && matches!(words[k].folded.as_str(), "a" | "au" | "aux")
        && k + 1 < words.len()
    {
        return k + 1;
    }
    // The cue's own preposition comes again after the phrase: "Как сообщалось во вторник в «X»".
    let preposition = |w: &Word<'_>| matches!(w.folded.as_str(), "в" | "во" | "у" | "на");
    if from > 0 && preposition(&words[from - 1]) && preposition(&words[k]) && k + 1 < words.len() {
        return k + 1;
    }
    k
}

/// The "by" of a passive's agent after a time ("first reported on Tuesday by X", "published
/// early on Monday by X"): the first "by" among the three words after `from`, with only time
/// words from `from` up to it and plain spaces between.
fn agent_after_time(text: &str, words: &[Word<'_>], folded: &[String], from: usize) -> Option<usize> {
    let b = (from + 1..(from + 4).min(words.len())).find(|&b| folded[b] == "by")?;
    let times = folded[from..b].iter().all(|w| {
        matches!(
            w.as_str(),
            "on" | "in" | "last" | "this" | "earlier" | "late" | "early" | "first" | "morning" | "evening" | "afternoon" | "night"
                | "yesterday" | "today" | "week" | "weekend"
        ) || in_list(WEEKDAYS, w)
    });
    (times && (from..=b).all(|k| gap_is_space(gap(text, words, k - 1, k)))).then_some(b)
}

/// "L'information a été publiée jeudi par l'hebdomadaire X", "révélée lundi soir par le
/// quotidien X": a French participle of publishing whose agent follows a time (or a Portuguese
/// one: "é avançada esta terça-feira pelo jornal X").
fn participle_agent(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    found: &[Attribution],
    lex: &'static CueLexicon,
    known: &[String],
) -> Vec<Attribution> {
    const PARTICIPLES: &[&str] = &[
        "publie", "publiee", "publies", "publiees", "revele", "revelee", "rapporte", "rapportee", "annonce", "annoncee",
        "diffuse", "diffusee", "relaye", "relayee", "recoupe", "recoupee", "confirme", "confirmee", "devoile", "devoilee",
        // (Plurals: "Ces informations ont été rapportées lundi par l'agence Ansa".)
        "reveles", "revelees", "rapportes", "rapportees", "annonces", "annoncees", "relayes",
        "relayees", "devoiles", "devoilees", "confirmes", "confirmees",
        // "mise au jour mercredi par", "mise en ligne par".
        "mise", "mis",
    ];
    const TIMES: &[&str] = &[
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "matin", "soir", "midi", "dernier",
        "derniere", "ce", "cette", "de", "son", "cote", "aussi", "egalement", "deja", "d'abord", "au", "jour", "en",
        "ligne",
    ];
    // "A notícia é avançada esta terça-feira pelo jornal El País": the Portuguese participle,
    // time and agent.
    const PT_PARTICIPLES: &[&str] = &[
        "avancada", "avancado", "noticiada", "noticiado", "revelada", "revelado", "divulgada", "divulgado", "publicada", "publicado",
        // "A paralisação foi anunciada esta segunda-feira pelo Sindicato …".
        "anunciada", "anunciado", "confirmada", "confirmado",
    ];
    const PT_TIMES: &[&str] = &[
        "esta", "este", "nesta", "neste", "hoje", "ontem", "segunda-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sabado", "domingo", "manha", "tarde", "noite", "de", "na", "no", "ja", "tambem",
    ];
    // "Le informazioni sono state pubblicate ieri dai colleghi tedeschi di Golem.de": Italian.
    const IT_PARTICIPLES: &[&str] = &[
        "pubblicata", "pubblicate", "pubblicato", "pubblicati", "rivelata", "rivelate", "rivelato", "rivelati", "riportata",
        "riportate", "riportato", "riportati", "diffusa", "diffuse", "diffuso", "diffusi", "anticipata", "anticipate",
        "anticipato", "anticipati", "svelata", "svelate", "svelato", "svelati",
        // "le immagini … trasmesse ieri sera da Le Iene": what a programme broadcast.
        "trasmessa", "trasmesse", "trasmesso", "trasmessi",
    ];
    const IT_TIMES: &[&str] = &[
        "ieri", "oggi", "stamattina", "stamani", "stasera", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato",
        "domenica", "mattina", "sera", "pomeriggio", "scorso", "scorsa", "per", "prima", "primo", "gia", "anche",
    ];
    let (participles, times, agents): (&[&str], &[&str], &[&str]) = match lex.language {
        "pt" => (PT_PARTICIPLES, PT_TIMES, &["pelo", "pela"]),
        "it" => (IT_PARTICIPLES, IT_TIMES, &["da", "dal", "dalla", "dai", "dalle", "dagli", "dall'", "dall’", "dallo"]),
        _ => (PARTICIPLES, TIMES, &["par"]),
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !participles.contains(&w.folded.as_str()) {
            continue;
        }
        let Some(by) = (i + 2..(i + 6).min(words.len())).find(|&k| agents.contains(&words[k].folded.as_str())) else {
            continue;
        };
        if !words[i + 1..by].iter().all(|t| times.contains(&t.folded.as_str()))
            || !(i + 1..=by).all(|k| gap_is_space(gap(text, words, k - 1, k)))
            || found.iter().any(|a| a.cue.start <= words[by].start && words[by].start < a.cue.end.max(a.source.as_ref().map_or(0, |s| s.span.end)))
        {
            continue;
        }
        let Some((s, e)) = right_phrase(text, words, by + 1, lex) else { continue };
        let source = make_source(text, words, s, e, CueKind::SourceAfter, lex, known, match lex.language {
            "pt" => "avancada pelo",
            "it" => "pubblicata da",
            _ => "publiee par",
        });
        let cue = Span::new(w.start, words[by].end);
        out.push(Attribution::in_text(text, sentence, cue, CueKindOrCredit::Cue(CueKind::SourceAfter), Some(source)));
    }
    out
}

#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "night", "morning", "afternoon", "evening",
];

/// Lowercase words in -ly that are nouns, not adverbs.
#[rustfmt::skip]
const LY_NOUNS: &[&str] = &["family", "rally", "ally", "assembly", "supply", "monopoly", "anomaly", "bully", "italy", "homily", "panoply", "melee", "daily", "weekly", "monthly", "quarterly", "biweekly"];

/// A gap that closes a party tag: "Lynch (D-Mass.) said".
fn closes_tag(g: &str) -> bool {
    g.trim_start_matches('.').trim() == ")" || g.trim() == ".)"
}

/// The word index right after a verb's subject: auxiliaries and adverbs ("has strongly
/// denied"), a time ("Obama on Tuesday accused", "Trump Monday said") and a party tag ("Sen.
/// Richard Durbin (D-Ill.) said") between subject and verb are passed over.
/// Also whether the subject is joined to what follows (no punctuation in between).
fn subject_end(text: &str, words: &[Word<'_>], cue: usize) -> (usize, bool) {
    let mut j = cue;
    loop {
        if j == 0 {
            return (j, false);
        }
        let g = gap(text, words, j - 1, j);
        let w = &words[j - 1];
        if gap_is_space(g) {
            let adverb = w.folded.len() > 4
                && w.folded.ends_with("ly")
                && !is_capitalized(w.raw)
                && !in_list(LY_NOUNS, &w.folded);
            // "X and Y both reported", "the ministers all said": a quantifier after its subject.
            let floating = matches!(w.folded.as_str(), "both" | "all" | "each")
                && j >= 2
                && gap_is_space(gap(text, words, j - 2, j - 1))
                && !in_list(PHRASE_BREAK, &words[j - 2].folded)
                && !in_list(DETERMINERS, &words[j - 2].folded);
            if in_list(SKIP_BEFORE_VERB, &w.folded) || adverb || floating {
                j -= 1;
                continue;
            }
            if in_list(WEEKDAYS, &w.folded) {
                // "on Tuesday", "on Monday night", "Tuesday".
                let mut k = j - 1;
                while k > 0
                    && in_list(WEEKDAYS, &words[k - 1].folded)
                    && gap_is_space(gap(text, words, k - 1, k))
                {
                    k -= 1;
                }
                if k > 0
                    && matches!(
                        words[k - 1].folded.as_str(),
                        "on" | "late" | "early" | "last"
                    )
                    && gap_is_space(gap(text, words, k - 1, k))
                {
                    k -= 1;
                }
                if k > 0 && gap_is_space(gap(text, words, k - 1, k)) {
                    j = k;
                    continue;
                }
            }
            return (j, true);
        }
        if closes_tag(g) {
            // Back to the opening bracket, at most three words in.
            let open = (j.saturating_sub(4)..j)
                .rev()
                .find(|&k| k > 0 && gap(text, words, k - 1, k).trim_end().ends_with('('));
            if let Some(k) = open
                && gap(text, words, k - 1, k).trim() == "("
            {
                return (k, true);
            }
        }
        return (j, false);
    }
}

/// The noun phrase ending right before word `cue` (the subject of a verb cue): (start, end) word indices.
/// "El Confidencial, dal canto suo, scrive che …": the subject before a "for its part" set off
/// by commas before the cue.
fn subject_for_its_part(text: &str, words: &[Word<'_>], cue: usize) -> Option<(usize, usize)> {
    const FOR_ITS_PART: &[&[&str]] = &[
        &["dal", "canto", "suo"], &["dal", "canto", "loro"], &["por", "su", "parte"], &["pour", "sa", "part"], &["de", "son", "cote"],
        &["for", "its", "part"], &["for", "his", "part"], &["for", "her", "part"], &["seinerseits"], &["ihrerseits"], &["ze", "swojej", "strony"],
        &["por", "sua", "vez"], &["a", "su", "vez"], &["a", "sua", "volta"], &["a", "son", "tour"], &["у", "свою", "чергу"], &["в", "свою", "очередь"],
    ];
    let part = FOR_ITS_PART.iter().find(|p| {
        cue > p.len() + 1
            && gap(text, words, cue - 1, cue).trim() == ","
            && gap(text, words, cue - p.len() - 1, cue - p.len()).trim() == ","
            && words[cue - p.len()..cue].iter().zip(p.iter()).all(|(w, x)| w.folded == *x)
    })?;
    let end = cue - part.len();
    let mut start = end;
    while start > 0 && is_capitalized(words[start - 1].raw) && (start == end || gap_is_space(gap(text, words, start - 1, start))) {
        start -= 1;
    }
    (start < end).then_some((start, end))
}

fn left_phrase(
    text: &str,
    words: &[Word<'_>],
    cue: usize,
    lex: &'static CueLexicon,
) -> Option<(usize, usize)> {
    if let Some(subject) = subject_for_its_part(text, words, cue) {
        return Some(subject);
    }
    // Skip auxiliaries, adverbs, times and party tags, but never across other punctuation.
    let (j, joined) = subject_end(text, words, cue);
    if j == 0 || !joined {
        // Possessive forms and closing quotes break the subject ("...," said X).
        return None;
    }
    let end = j;
    let last = &words[end - 1];
    // ("Kirill Vostriakov, qui briguait un siège, l'a affirmé": a French object pronoun.)
    if lex.language == "fr" && matches!(last.raw, "l'" | "l’" | "L'" | "L’" | "l" | "L") {
        // The name before a relative clause set off by commas.
        let k = end - 1;
        if k > 2 && gap(text, words, k - 1, k).trim() == "," {
            let open = (k.saturating_sub(20)..k - 1).rev().find(|&o| o > 0 && gap(text, words, o - 1, o).trim() == ",")?;
            if !matches!(words[open].folded.as_str(), "qui" | "dont" | "que") {
                return None;
            }
            let mut s = open;
            while s > 0 && is_capitalized(words[s - 1].raw) && (s == open || gap_is_space(gap(text, words, s - 1, s))) {
                s -= 1;
            }
            return (s < open).then_some((s, open));
        }
        // ("Le ministre l'a affirmé": the subject before the pronoun.)
        return left_phrase(text, words, k, lex);
    }
    // ("El diario alemán 'Bild' lo publicaba": a Spanish or Italian object pronoun before the
    // verb; the subject before it.)
    if matches!(lex.language, "es" | "it" | "pt") && end >= 2 && matches!(last.folded.as_str(), "lo" | "la") && gap_is_space(gap(text, words, end - 1, cue)) {
        // ("El diario alemán 'Bild' lo publicaba": a name in single quotes, as Spanish papers
        // write media names, after a media noun.)
        let k = end - 1;
        if matches!(gap(text, words, k - 1, k).trim(), "'" | "’")
            && let Some(open) = (k.saturating_sub(5)..k).rev().find(|&o| o > 0 && matches!(gap(text, words, o - 1, o).trim(), "'" | "‘"))
            && (open.saturating_sub(4)..open).any(|m| media_noun(lex, &words[m].folded))
            && is_capitalized(words[open].raw)
        {
            return Some((open, k));
        }
        return left_phrase(text, words, end - 1, lex);
    }
    if in_list(PRONOUNS, &last.folded) {
        return Some((end - 1, end));
    }
    if in_list(PHRASE_BREAK, &last.folded)
        || lexicon::matcher(lex)
            .match_at(std::slice::from_ref(&last.folded), 0)
            .is_some()
        // ("estuvo en las obras el lunes por la mañana y contó …": a verb after "and" has the
        // subject of the clause before.)
        || lex.language != "en" && matches!(last.folded.as_str(), "y" | "e" | "et" | "und" | "ou" | "oder")
    {
        return None;
    }
    let mut start = end - 1;
    let capital_head = is_capitalized(last.raw);
    while start > 0 && end - start < 8 {
        let prev = &words[start - 1];
        let g = gap(text, words, start - 1, start);
        let abbreviation = g.trim() == "." && in_list(TITLE_ABBREVIATIONS, &prev.folded);
        // ("the Polish Bishops' Conference said": a plural possessive inside a name.)
        let plural_possessive = (g == "' " || g == "’ ") && prev.raw.ends_with('s') && is_capitalized(prev.raw) && is_capitalized(words[start].raw);
        let joined = gap_is_space(g) || abbreviation || g == "." && !g.contains(' ') || g == "-" || plural_possessive;
        if !joined
            || in_list(PHRASE_BREAK, &prev.folded) && !(prev.folded == "of" || prev.folded == "for")
        {
            break;
        }
        if capital_head {
            // Names: capitalised words, "of"/"for"/"de" inside, a leading "the".
            if is_capitalized(prev.raw)
                || in_list(
                    &[
                        "of", "for", "de", "von", "van", "the", "al", "bin", "la", "le", "da", "do", "dos", "del", "della",
                        "di", "du",
                    ],
                    &prev.folded,
                )
                // "La Voix des Carpates" (in German "des" opens a genitive: "Auf Nachfrage des X").
                || lex.language == "fr" && prev.folded == "des"
            {
                start -= 1;
                continue;
            }
            // "the German paper Havelland Kurier": a medium's name keeps the media noun and
            // the words describing it, so the name is read as an outlet's.
            if !is_capitalized(prev.raw)
                && media_noun(lex, &prev.folded)
                && !document_paper(&words[start.saturating_sub(2)..start])
                && let Some(s) = describing_start(text, words, start - 1)
            {
                start = s;
            }
            // "Министерство водного хозяйства Украины распространило": an institution's name in
            // sentence case, its head word first, a place in the genitive last.
            if matches!(lex.language, "uk" | "ru")
                && let Some(k) = (start.saturating_sub(4)..start).rev().find(|&k| {
                    is_capitalized(words[k].raw) && ORGANIZATION_STEMS.iter().any(|st| words[k].folded.starts_with(st))
                })
                && (k + 1..start).all(|d| !is_capitalized(words[d].raw) && stemmata_text::has_cyrillic(words[d].raw))
                && (k + 1..=start).all(|d| gap_is_space(gap(text, words, d - 1, d)))
            {
                start = k;
            } else if matches!(lex.language, "uk" | "ru")
                // "Генеральный штаб Вооруженных сил Украины сообщил": a capitalised word opens
                // the name, its head word after it.
                && let Some(k) = (start.saturating_sub(5)..start).rev().find(|&k| {
                    is_capitalized(words[k].raw)
                        && words[k..start].iter().any(|w| w.folded.starts_with("штаб") || ORGANIZATION_STEMS.iter().any(|st| w.folded.starts_with(st)))
                })
                && (k..start).all(|d| stemmata_text::has_cyrillic(words[d].raw))
                && (k + 1..=start).all(|d| gap_is_space(gap(text, words, d - 1, d)))
            {
                start = k;
            }
            // "peace envoy Steve Witkoff", "spokesman John Kirby": keep the name only.
            break;
        }
        if in_list(DETERMINERS, &prev.folded) {
            start -= 1;
            // "A spokeswoman for the campaign": the head noun before "of"/"for" leads.
            let continues = start >= 2
                && end - start < 6
                && matches!(words[start - 1].folded.as_str(), "of" | "for")
                && gap_is_space(gap(text, words, start - 1, start))
                && gap_is_space(gap(text, words, start - 2, start - 1))
                && !in_list(PHRASE_BREAK, &words[start - 2].folded)
                && !in_list(PRONOUNS, &words[start - 2].folded)
                && lexicon::matcher(lex)
                    .match_at(std::slice::from_ref(&words[start - 2].folded), 0)
                    .is_none();
            if continues {
                start -= 1;
                continue;
            }
            break;
        }
        if lexicon::matcher(lex)
            .match_at(std::slice::from_ref(&prev.folded), 0)
            .is_some()
        {
            break;
        }
        start -= 1;
    }
    // Drop a dangling "of"/"for" at the front.
    while start < end - 1 && in_list(&["of", "for"], &words[start].folded) {
        start += 1;
    }
    // "police in Upper Bavaria said": a body and the place it serves.
    if capital_head
        && start >= 2
        && matches!(words[start - 1].folded.as_str(), "in" | "of")
        && (start - 1..=start).all(|k| gap_is_space(gap(text, words, k - 1, k)))
        && !is_capitalized(words[start - 2].raw)
        && in_list(ORGANIZATION_WORDS, &words[start - 2].folded)
    {
        start -= 2;
    }
    Some((start, end))
}

/// The subject at the head of the sentence when the cue is cut off from it: after an
/// apposition or a clause ("Bill Taylor, an organizer of the rallies, said"), as a participle
/// ("Christie repeated the charge, calling him …"), or as a second verb ("He praised X and said").
/// Not after a closing quote, where the source follows the cue ("…," said X).
fn clause_subject(
    text: &str,
    sentence: Span,
    words: &[Word<'_>],
    cue: usize,
    cue_end: usize,
    lex: &'static CueLexicon,
) -> Option<(usize, usize)> {
    // Other languages put the source after the verb following a comma ("…, повідомило джерело").
    if lex.language != "en" {
        return None;
    }
    let mut j = cue;
    while j > 0
        && in_list(SKIP_BEFORE_VERB, &words[j - 1].folded)
        && gap_is_space(gap(text, words, j - 1, j))
    {
        j -= 1;
    }
    if j < 2 {
        return None;
    }
    let before = gap(text, words, j - 1, j);
    let after_comma = before.trim() == ",";
    let after_and = gap_is_space(before) && words[j - 1].folded == "and";
    if !(after_comma || after_and) {
        return None;
    }
    // "…, said a spokesman." / "…, said Kirby, who …": an inverted source closing the clause.
    // An auxiliary before the verb rules inversion out ("…, have questioned the science").
    if after_comma
        && j == cue
        && let Some((rs, re)) = right_phrase(text, words, cue_end, lex)
    {
        let closes = re == words.len() || gap(text, words, re - 1, re).contains([',', ';', '.']);
        let prepositional = matches!(
            words[rs].folded.as_str(),
            "of" | "to" | "from" | "with" | "by" | "about" | "for"
        );
        if closes && !in_list(PRONOUNS, &words[rs].folded) && !prepositional {
            return None;
        }
    }
    // "…, the airline's chief operating officer, Ilze Kalnina, wrote": a person's name in
    // apposition, between the last two commas, is the subject.
    if after_comma && j == cue {
        let commas: Vec<usize> = (1..=j).filter(|&k| gap(text, words, k - 1, k).contains(',')).collect();
        if let [.., c1, c2] = commas[..]
            && c2 == j
            && (2..=3).contains(&(c2 - c1))
            && (c1 + 1..c2).all(|k| gap_is_space(gap(text, words, k - 1, k)))
            && words[c1..c2].iter().all(|w| is_capitalized(w.raw))
            && (crate::given_names::is_given_name(&words[c1].folded)
                || c1 > 0 && (title_word(&words[c1 - 1].folded) || in_list(PERSON_ROLES, &words[c1 - 1].folded)))
        {
            return Some((c1, c2));
        }
    }
    // "…, the French regional daily La Vigie du Lormont, which went aboard on Tuesday, has
    // reported": the noun phrase a relative clause follows, between commas, is the subject.
    if after_comma
        && let Some(rel) = (1..j).rev().find(|&k| matches!(words[k].folded.as_str(), "which" | "who") && gap(text, words, k - 1, k).trim() == ",")
        && (rel + 1..j).all(|k| !gap(text, words, k - 1, k).contains([',', ';', '"', '“', '”']))
        && let Some(p) = (1..rel).rev().find(|&k| gap(text, words, k - 1, k).trim() == ",")
        && rel - p <= 8
        && (p + 1..rel).all(|k| gap_is_space(gap(text, words, k - 1, k)))
        && words[p..rel].iter().any(|w| is_capitalized(w.raw))
    {
        return Some((p, rel));
    }
    // "…, leaving 40,000 without water, Oleh Kryvoshyia, head of the administration, wrote": a
    // name between commas, then its apposition of role, closes the clause before the verb.
    if after_comma && j == cue {
        let commas: Vec<usize> = (1..j).filter(|&k| gap(text, words, k - 1, k).contains(',')).collect();
        // ("…, lawmaker Ostap Hnatiuk, a member of parliament's budget committee, said": a title
        // in lower case before the name.)
        if let [.., c1, c2] = commas[..]
            && c2 - c1 >= 2
            && c2 - c1 <= 5
            && (c1 + 1..c2).all(|k| gap_is_space(gap(text, words, k - 1, k)))
            && !is_capitalized(words[c2].raw)
        {
            let titled = !is_capitalized(words[c1].raw) && (title_word(&words[c1].folded) || in_list(PERSON_ROLES, &words[c1].folded));
            let name = c1 + usize::from(titled);
            if c2 - name >= 2 && c2 - name <= 4 && words[name..c2].iter().all(|w| is_capitalized(w.raw)) && crate::given_names::is_given_name(&words[name].folded) {
                return Some((c1, c2));
            }
        }
    }
    // A sentence that opens with a quotation: the subject follows it ("''…,'' Mr. Regalado,
    // the mayor, said").
    if text[sentence.start..words[0].start].contains(['"', '“', '”', '«', '\'']) {
        let k = (1..j).find(|&k| {
            let g = gap(text, words, k - 1, k);
            g.contains(',') && g.contains(['"', '”', '»', '\'', '’'])
        })?;
        let (s, e) = right_phrase(text, &words[k..j], 0, lex)?;
        return is_capitalized(words[k + s].raw).then_some((k + s, k + e));
    }
    let first = &words[0];
    // A sentence opening with a prepositional phrase: the subject follows its comma ("During
    // Tuesday's debate, Cruz made …, calling them …").
    let mut head = 0;
    // "But Tom Fitton, the president of …, said": a leading conjunction is passed over.
    if matches!(first.folded.as_str(), "and" | "but" | "yet" | "still")
        && words.len() > 1
        && gap_is_space(gap(text, words, 0, 1))
    {
        head = 1;
    } else if first.folded.ends_with("ing") && first.folded.len() > 4
        || first.folded.ends_with("ly") && first.folded.len() > 4
        || in_list(SKIP_BEFORE_VERB, &first.folded)
        || in_list(WEEKDAYS, &first.folded)
        || matches!(
            first.folded.as_str(),
            "while"
                | "although"
                | "though"
                | "because"
                | "when"
                | "as"
                | "if"
                | "once"
                | "unless"
                | "until"
                | "meanwhile"
                | "during"
                | "in"
                | "on"
                | "at"
                | "after"
                | "before"
                | "since"
                | "despite"
                | "amid"
                | "for"
                | "with"
                | "throughout"
                | "over"
                | "under"
        )
    {
        head = (1..j)
            .find(|&k| {
                let g = gap(text, words, k - 1, k);
                g.trim() == "," && g.ends_with(char::is_whitespace)
            })
            .unwrap_or(0);
        if head == 0 || head > 14 {
            return None;
        }
    }
    let first = &words[head];
    let opener = in_list(PHRASE_BREAK, &first.folded)
        || first.folded.ends_with("ing")
        || matches!(
            first.folded.as_str(),
            "but" | "and" | "so" | "if" | "although" | "here" | "there" | "it" | "this"
        );
    if opener {
        return None;
    }
    let (s, mut e) =
        right_phrase(text, &words[head..], 0, lex).map(|(s, e)| (s + head, e + head))?;
    // "The two leading Republicans": a sentence-initial article before lowercase words.
    if e == s + 1
        && in_list(DETERMINERS, &words[s].folded)
        && let Some((_, e2)) = right_phrase(text, &words[s + 1..], 0, lex)
    {
        e = s + 1 + e2;
    }
    let subject_like = is_capitalized(words[s].raw)
        || in_list(PRONOUNS, &words[s].folded)
        || head > 0 && words[s..e].iter().any(|w| is_capitalized(w.raw));
    (e < j && subject_like).then_some((s, e))
}

/// The noun phrase starting at word `from` (after a prepositional cue or an inverted verb).
fn right_phrase(
    text: &str,
    words: &[Word<'_>],
    from: usize,
    lex: &'static CueLexicon,
) -> Option<(usize, usize)> {
    if from >= words.len() {
        return None;
    }
    let g = if from > 0 {
        gap(text, words, from - 1, from)
    } else {
        ""
    };
    // A name in quotes or guillemets: «Українська правда», „Die Zeit“.
    if g.trim_end().ends_with(['«', '„', '“', '"']) && !g.contains([',', ';', ':', '.']) {
        let mut end = from + 1;
        while end < words.len() && end - from < 8 {
            let between = gap(text, words, end - 1, end);
            if between.contains(['»', '“', '”', '"']) {
                break;
            }
            end += 1;
        }
        let closed = end < words.len()
            && gap(text, words, end - 1, end).contains(['»', '“', '”', '"'])
            || end == words.len()
                && text[words[end - 1].end..]
                    .trim_start()
                    .starts_with(['»', '“', '”', '"']);
        if closed {
            return Some((from, end));
        }
        return None;
    }
    if g.contains([',', ':', ';', '"', '“', '”', '«', '»', '.'])
        && !g.trim().chars().all(|c| matches!(c, '\'' | '’'))
    {
        return None;
    }
    // ("hatte damals über ein Treffen berichtet – der Wechsel scheiterte": a dash after the cue
    // opens another clause.)
    if from > 0 && lex.language != "en" && (g.contains(" – ") || g.contains(" — ")) {
        return None;
    }
    // "написала в Facebook (принадлежит корпорации Meta, деятельность которой признана …) мэр
    // города X": a disclaimer in brackets before the subject.
    if matches!(lex.language, "ru" | "uk")
        && g.trim_end().ends_with('(')
        && let Some(close) = text[words[from].start..].find(')').map(|k| words[from].start + k)
        && let Some(k) = (from..words.len()).find(|&k| words[k].start > close)
        && k - from >= 4
        && gap(text, words, k - 1, k).trim() == ")"
    {
        return right_phrase(text, words, k, lex);
    }
    // "napisał w środę ukazujący się w Trydencie dziennik „l'Adige”": a Polish participle phrase
    // describing the medium before its noun.
    if lex.language == "pl"
        && ["ukazuj", "wydawan", "publikowan"].iter().any(|p| words[from].folded.starts_with(p))
        && let Some(k) = (from + 1..(from + 7).min(words.len())).find(|&k| media_noun(lex, &words[k].folded))
        && (from + 1..=k).all(|d| gap_is_space(gap(text, words, d - 1, d)))
    {
        return right_phrase(text, words, k, lex);
    }
    // A known medium's full name, whatever its words ("Il Sole 24 Ore": a pronoun, a number and
    // a word that could end a phrase).
    if is_capitalized(words[from].raw)
        && let Some(end) = (from + 2..=(from + 6).min(words.len())).rev().find(|&e| {
            (from + 1..e).all(|k| gap_is_space(gap(text, words, k - 1, k)))
                && stemmata_text::media::lookup(&text[words[from].start..words[e - 1].end]).is_some_and(|m| {
                    let phrase = &text[words[from].start..words[e - 1].end];
                    m.name == phrase || m.names.contains(&phrase)
                })
        })
    {
        return Some((from, end));
    }
    let first = &words[from];
    // "– mówi nam Grzegorz Pawlas": the Polish "to us" before the speaker is the outlet itself.
    if lex.language == "pl" && first.folded == "nam" && words.get(from + 1).is_some_and(|w| is_capitalized(w.raw) && gap_is_space(gap(text, words, from, from + 1))) {
        return right_phrase(text, words, from + 1, lex);
    }
    // "aus einer am Dienstag veröffentlichten Entscheidung der Behörde": past a German article, a
    // day and a participle, the noun.
    if lex.language == "de" && matches!(first.folded.as_str(), "einem" | "einer" | "einen" | "eines" | "dem" | "der" | "den" | "des") {
        let participle = (from + 2..(from + 6).min(words.len())).find(|&j| {
            let w = &words[j];
            !is_capitalized(w.raw)
                && ["ten", "tem", "enen", "enem", "ener"].iter().any(|e| w.folded.ends_with(e))
                && words.get(j + 1).is_some_and(|n| is_capitalized(n.raw))
                && (from + 1..j).all(|m| gap_is_space(gap(text, words, m - 1, m)))
                && gap_is_space(gap(text, words, j, j + 1))
        });
        if let Some(j) = participle
            && matches!(words[from + 1].folded.as_str(), "am" | "vom" | "im" | "seit")
        {
            return right_phrase(text, words, j + 1, lex);
        }
    }
    // "Laut dpa können viele Frachtschiffe …": an agency's lowercase abbreviation is the whole name.
    if first.raw.chars().all(char::is_lowercase) && agency::lookup(first.raw).is_some_and(|a| a.abbreviations.contains(&first.raw)) {
        return Some((from, from + 1));
    }
    // "ha confermato 31 casi": a figure is the object (not "selon 20 Minutes").
    if first.raw.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%'))
        && words.get(from + 1).is_none_or(|n| !n.raw.starts_with(char::is_uppercase))
        // (A web address is a name: "059.ua".)
        && !text[first.end..].strip_prefix('.').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        return None;
    }
    // "an article in the March issue of X": the issue's month is no name (the issue cue reads X).
    let dated = if matches!(first.folded.as_str(), "the" | "a" | "its" | "this") { from + 1 } else { from };
    if words.get(dated).is_some_and(|w| {
        matches!(
            w.folded.as_str(),
            "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october"
                | "november" | "december" | "spring" | "summer" | "autumn" | "winter" | "weekend" | "sunday" | "saturday"
        )
    }) && words.get(dated + 1).is_some_and(|w| matches!(w.folded.as_str(), "issue" | "edition" | "number"))
    {
        return None;
    }
    // "издание «AFP»", "the newspaper “Kyiv Daily”": the quoted name.
    if from + 1 < words.len()
        && ([lex, &lexicon::ENGLISH]
            .iter()
            .any(|l| l.media_nouns.iter().any(|m| fold(m) == first.folded))
            || media_noun(lex, &first.folded))
        && gap(text, words, from, from + 1)
            .trim_end()
            .ends_with(['«', '„', '“', '"'])
    {
        return right_phrase(text, words, from + 1, lex);
    }
    // (Italian "il" is an article: "scrive il Corriere della Sera".)
    if in_list(PRONOUNS, &first.folded) && !(lex.language == "it" && first.folded == "il") {
        return Some((from, from + 1));
    }
    // "serwis dailymail.co.uk", "le site lemonde.fr": a media noun, then a web address in
    // lowercase.
    if media_noun(lex, &first.folded)
        && words.get(from + 1).is_some_and(|w| is_domain_word(w.raw) && !is_capitalized(w.raw))
        && gap_is_space(gap(text, words, from, from + 1))
    {
        return Some((from, from + 2));
    }
    // Polish: "Według brytyjskiego dziennika transakcja …": a back-reference ends the phrase.
    if lex.language == "pl" {
        let folded: Vec<String> = words[from..(from + 3).min(words.len())].iter().map(|w| w.folded.clone()).collect();
        // (Not before a web address: "Jak podaje serwis dailymail.co.uk".)
        if let Some(n) = lexicon::phrase_at(lex.back_references, &folded, 0)
            && words.get(from + n).is_none_or(|w| !is_capitalized(w.raw) && !is_domain_word(w.raw))
        {
            return Some((from, from + n));
        }
    }
    if in_list(PHRASE_BREAK, &first.folded) || first.folded == "a" && words.get(from + 1).is_some_and(|w| w.folded == "traves") {
        return None;
    }
    // ("colgó el domingo en su cuenta de TikTok y que …": a Romance "and" opens no name.)
    if matches!(lex.language, "es" | "it" | "pt") && matches!(first.folded.as_str(), "y" | "e") {
        return None;
    }
    // "en su cuenta de Instagram": a genitive names no one ("cuenta" is the noun here).
    if match lex.language {
        "es" => matches!(first.folded.as_str(), "de" | "del"),
        "it" => matches!(first.folded.as_str(), "di" | "del" | "della"),
        "pt" => matches!(first.folded.as_str(), "de" | "do" | "da"),
        _ => false,
    } {
        return None;
    }
    let mut end = from + 1;
    let mut seen_capital = is_capitalized(first.raw);
    // (A longer phrase while a name runs on: "raportu wstępnego opublikowanego we wtorek przez
    // niemiecką Federalną Komisję Badania Wypadków Lotniczych".)
    while end < words.len() && (end - from < 9 || end - from < 14 && is_capitalized(words[end].raw) && is_capitalized(words[end - 1].raw)) {
        let g = gap(text, words, end - 1, end);
        let w = &words[end];
        // Describing words before a quoted name: der britische „Lowland Observer“, the
        // regional daily "Elbtal-Bote".
        // (German capitalises the media noun: "laut dem Telegram-Kanal „X“".)
        // A platform's name describes the medium too: "la chaîne Telegram russophone « X »".
        let platform = |x: &Word<'_>| platform_word(&x.folded);
        // ("die Londoner „Times“": a German city adjective before the quoted name.)
        let city_adjective = lex.language == "de" && end - from <= 2 && is_capitalized(words[end - 1].raw) && words[end - 1].raw.ends_with("er");
        if (!seen_capital
            || media_noun(lex, &words[end - 1].folded)
            || city_adjective
            || words[from..end].iter().filter(|x| is_capitalized(x.raw)).all(platform))
            && end - from <= 6
            && g.trim_end().ends_with(['«', '„', '“', '"'])
            && !g.contains([',', ';', ':', '.'])
        {
            if let Some(quoted) = right_phrase(text, words, end, lex) {
                return Some(quoted);
            }
            break;
        }
        // ("das Umwelt- und Energieministerium": a German compound's part elided before "und".)
        let inner_dot = g == "." || g == "-" || g == "'" || g == "’" || g == "- " && matches!(w.folded.as_str(), "und" | "oder")
            // ("the St. Petersburg news website Fontanka": an abbreviated title of a place.)
            || g == ". " && matches!(words[end - 1].raw, "St" | "Ste" | "Mt" | "Ft") && is_capitalized(w.raw);
        if !(gap_is_space(g) || inner_dot) {
            break;
        }
        // "ГУ МЧС России по Ярославской области": a body's region is part of its name.
        if matches!(lex.language, "uk" | "ru")
            && w.folded == "по"
            && seen_capital
            && end + 2 < words.len() + 1
            && words.get(end + 1).is_some_and(|n| is_capitalized(n.raw))
            && words.get(end + 2).is_some_and(|n| {
                matches!(n.folded.as_str(), "области" | "краю" | "району" | "округу" | "республике" | "городу" | "області" | "місту")
            })
            && (end + 1..end + 3).all(|k| gap_is_space(gap(text, words, k - 1, k)))
        {
            end += 3;
            continue;
        }
        // "la chaîne Telegram russophone « X »": the platform after the media noun describes it.
        if platform(w) && media_noun(lex, &words[end - 1].folded) && gap_is_space(g) {
            end += 1;
            continue;
        }
        // "familiar with the negotiations", "close to the Kremlin" stay in the phrase.
        let after_familiar = matches!(
            words[end - 1].folded.as_str(),
            "familiar" | "close" | "with" | "to" | "of" | "in"
        ) && words[..end].iter().any(|x| {
            matches!(
                x.folded.as_str(),
                "familiar" | "close" | "knowledgeable" | "briefed"
            )
        });
        // "la revista alemana kicker y el diario francés L'Équipe": a Spanish, Portuguese or
        // Italian "and" before an article opens a second phrase ("Pesca y Alimentación" goes on).
        let romance_and = matches!(w.folded.as_str(), "y" | "e")
            && words.get(end + 1).is_some_and(|n| {
                // (Or an English title's: "Deadline y The Hollywood Reporter".)
                matches!(n.folded.as_str(), "el" | "la" | "los" | "las" | "o" | "a" | "os" | "as" | "il" | "lo" | "l'" | "gli" | "le")
                    || n.raw == "The"
            });
        // "la propia artista en un mensaje", "la stessa cantante con un lungo post": a Romance
        // preposition ends the phrase.
        let romance_break = match lex.language {
            "es" => matches!(w.folded.as_str(), "en" | "con" | "mediante" | "durante" | "tras" | "desde"),
            "it" => matches!(w.folded.as_str(), "con" | "su" | "attraverso" | "tramite" | "durante" | "dopo" | "nel" | "nella" | "sul" | "sulla"),
            "pt" => matches!(w.folded.as_str(), "em" | "no" | "na" | "com" | "durante" | "apos" | "numa" | "num"),
            "fr" => matches!(w.folded.as_str(), "en" | "sur" | "via" | "apres"),
            // "laut Meduza auf 420 Millionen Rubel": a German preposition too.
            "de" => matches!(w.folded.as_str(), "auf" | "bei" | "seit"),
            // Dutch: "Volgens het havenbedrijf zijn er …": a verb or preposition after the name.
            "nl" => matches!(
                w.folded.as_str(),
                "zijn" | "is" | "was" | "waren" | "wordt" | "werd" | "heeft" | "hebben" | "had" | "en" | "maar" | "dat" | "die"
                    | "hem" | "haar" | "hen" | "hun" | "ze" | "zich"
                    | "op" | "met" | "in" | "om" | "voor" | "na" | "bij" | "tegen" | "over" | "uit" | "gaat" | "ging" | "moet"
                    | "kan" | "zal" | "zou" | "wil"
                    // "heeft het waterschap vanmiddag bekendgemaakt": a time after the name.
                    | "vandaag" | "gisteren" | "vanochtend" | "vanmorgen" | "vanmiddag" | "vanavond" | "vannacht" | "eerder"
                    | "maandag" | "dinsdag" | "woensdag" | "donderdag" | "vrijdag" | "zaterdag" | "zondag" | "zojuist" | "donderdagavond"
                    | "woensdagavond" | "dinsdagavond" | "maandagavond" | "vrijdagavond"
            ),
            _ => false,
        };
        // "o Ministério do Ambiente e Energia", "el Ministerio de Ambiente y Energía": a body's
        // name runs on over its Portuguese genitive and the "and" between its fields.
        let next_capital = words.get(end + 1).is_some_and(|n| is_capitalized(n.raw) && gap_is_space(gap(text, words, end, end + 1)));
        let body_so_far = || words[from..end].iter().any(|x| crate::institution::kind_only(x.raw));
        // ("an order of the Education and Science Ministry": the kind of body after the fields.)
        let english_fields = lex.language == "en"
            && w.folded == "and"
            && seen_capital
            && next_capital
            && (end + 1..(end + 4).min(words.len()))
                .take_while(|&k| is_capitalized(words[k].raw) && gap_is_space(gap(text, words, k - 1, k)))
                .any(|k| crate::institution::kind_only(words[k].raw));
        let body_link = seen_capital
            && next_capital
            && (lex.language == "pt" && matches!(w.folded.as_str(), "do" | "da" | "dos" | "das")
                || matches!(w.folded.as_str(), "y" | "e" | "et" | "i")
                    && words[from..end].iter().any(|x| matches!(x.folded.as_str(), "de" | "do" | "da" | "di" | "del" | "della" | "du" | "des"))
                    && !words.get(end + 2).is_some_and(|n| is_capitalized(n.raw) && gap_is_space(gap(text, words, end + 1, end + 2))))
            && body_so_far();
        // "die Gewerkschaft Seehäfen und Logistik (GSL)": a name that runs over "and" to the
        // abbreviation defining it.
        // (Outside German, a German "und" between capitalised words is inside a German name:
        // "Jak poinformowała Gewerkschaft Seehäfen und Logistik".)
        let defined_whole = seen_capital
            && next_capital
            && (matches!(w.folded.as_str(), "und" | "and" | "et" | "y" | "e" | "i")
                && text[words[end + 1].end..].strip_prefix(" (").and_then(|r| r.split_once(')')).is_some_and(|(abbr, _)| {
                    (2..=6).contains(&abbr.chars().count()) && abbr.chars().all(char::is_uppercase)
                })
                || lex.language != "de" && w.folded == "und");
        if english_fields || body_link || defined_whole {
            end += 1;
            continue;
        }
        // "o jornal russo no exílio Novaya Gazeta Europa": "in exile" describes the medium.
        if matches!(w.folded.as_str(), "no" | "en" | "in" | "im" | "w")
            && words.get(end + 1).is_some_and(|n| matches!(n.folded.as_str(), "exilio" | "exil" | "esilio" | "exile" | "emigracji"))
            && words[from..end].iter().any(|x| media_noun(lex, &x.folded))
        {
            end += 2;
            continue;
        }
        if (in_list(PHRASE_BREAK, &w.folded) || romance_and || romance_break)
            && !(after_familiar || w.folded == "of" && seen_capital)
            && !(matches!(w.folded.as_str(), "with" | "to" | "in" | "on" | "of")
                && matches!(
                    words[end - 1].folded.as_str(),
                    "familiar" | "close" | "knowledgeable" | "briefed"
                ))
        {
            break;
        }
        // "according to an order published …": after an English article a cue word is a noun.
        let article_noun = lex.language == "en"
            && matches!(words[end - 1].folded.as_str(), "a" | "an" | "the" | "this" | "its")
            && lex.document_heads.contains(&w.folded.as_str())
            // "l'emittente pubblica britannica": "public" after a media noun describes it.
            || matches!(w.folded.as_str(), "pubblica" | "pubblico" | "publica" | "publico" | "publique")
                && media_noun(lex, &words[end - 1].folded);
        if lexicon::matcher(lex)
            .match_at(std::slice::from_ref(&w.folded), 0)
            .is_some()
            && !after_familiar
            && !article_noun
        {
            break;
        }
        // Ukrainian and Russian names go on in lowercase ("Українська правда", "Вечерний
        // меридиан"); elsewhere a lowercase word after a name ends it.
        // (Not after a name in Latin letters: "газета Quenford Mercury опиралась на …".)
        let cyrillic = |raw: &str| raw.chars().next().is_some_and(|c| ('\u{0400}'..='\u{04ff}').contains(&c));
        let cyrillic_name = matches!(lex.language, "uk" | "ru")
            && cyrillic(w.raw)
            && (end == from || cyrillic(words[end - 1].raw))
            && end - from < 3;
        // "the French daily Le Veilleur": a capitalised adjective of nationality describes the
        // media noun after it, and the name comes after that.
        // A media noun of two words: "news agency", "news site".
        let two_word_medium = words.get(end + 1).is_some_and(|n| {
            let pair = format!("{} {}", w.folded, n.folded);
            !is_capitalized(n.raw)
                && [lex, &lexicon::ENGLISH].iter().any(|l| l.media_nouns.iter().any(|m| fold(m) == pair))
        });
        // "the French regional channel X": lowercase describing words before the media noun.
        let noun_at = if !is_capitalized(w.raw) && !media_noun(lex, &w.folded) && !two_word_medium {
            (end + 1..(end + 3).min(words.len()))
                .find(|&k| !is_capitalized(words[k].raw) && media_noun(lex, &words[k].folded))
                .filter(|&k| {
                    (end..k).all(|d| !is_capitalized(words[d].raw) && describing_word(&words[d]))
                        && (end + 1..=k).all(|d| gap_is_space(gap(text, words, d - 1, d)))
                })
        } else {
            None
        };
        // ("Bologna newspaper il Resto del Carlino": one capitalised word, a place, before the
        // noun and a name after it.)
        let named_after = |k: usize| {
            words.get(k).is_some_and(|n| is_capitalized(n.raw) && gap_is_space(gap(text, words, k - 1, k)))
                || matches!(words.get(k).map(|w| w.raw), Some("il" | "la" | "le" | "el" | "lo"))
                    && words.get(k + 1).is_some_and(|n| is_capitalized(n.raw))
        };
        // ("the St. Petersburg news website Fontanka": a place of two words.)
        let place_before = lex.language == "en"
            && (media_noun(lex, &w.folded) || two_word_medium || noun_at.is_some())
            && {
                let place: Vec<&Word<'_>> = words[from..end].iter().filter(|x| !matches!(x.folded.as_str(), "the" | "a" | "an")).collect();
                place.len() == 1 || place.len() == 2 && place.iter().all(|x| is_capitalized(x.raw))
            }
            && is_capitalized(words[end - 1].raw)
            && named_after(noun_at.unwrap_or(end) + if two_word_medium { 2 } else { 1 });
        let described_medium = !is_capitalized(w.raw)
            && (media_noun(lex, &w.folded) || two_word_medium || noun_at.is_some())
            && (place_before
                || words[from..end].iter().all(|x| {
                    matches!(x.folded.as_str(), "the" | "a" | "an")
                        || in_list(GERMAN_ARTICLES, &x.folded)
                        || lex.language == "nl" && matches!(x.folded.as_str(), "de" | "het" | "een")
                        || describing_word(x)
                }));
        if described_medium {
            seen_capital = false;
            end = noun_at.unwrap_or(end) + if two_word_medium { 2 } else { 1 };
            // "деловой сайт «Деньги и рынок»": the quoted name whole, its "и" included.
            if end < words.len()
                && quote_opens(text, words, end)
                && let Some(quoted) = right_phrase(text, words, end, lex)
            {
                return Some(quoted);
            }
            // "told the Romanian paper the crossing would open", "В материале агентства
            // упоминается": no name after the noun (French adjectives come after it: "le quotidien
            // britannique X").
            // (A web address is a name: "новостной сайт brindlewood-news.example".)
            // ("Bologna newspaper il Resto del Carlino": a paper's own lower-case article.)
            let own_article = matches!(words.get(end).map(|w| w.raw), Some("il" | "la" | "le" | "el" | "lo"))
                && words.get(end + 1).is_some_and(|n| is_capitalized(n.raw));
            if end < words.len()
                && !own_article
                && !is_capitalized(words[end].raw)
                && !text[words[end].start..].split_whitespace().next().is_some_and(is_domain_word)
                && (lex.language == "en" || matches!(lex.language, "uk" | "ru") && cyrillic(words[end].raw))
            {
                break;
            }
            continue;
        }
        // "citing Whitehall officials", "Kremlin sources": an unnamed head after the words naming
        // its institution closes the phrase.
        if seen_capital
            && !is_capitalized(w.raw)
            && words[from..end].iter().all(|x| is_capitalized(x.raw) || matches!(x.folded.as_str(), "the" | "a" | "an"))
            && [lex, &lexicon::ENGLISH].iter().any(|l| l.anonymous_heads.iter().any(|h| fold(h) == w.folded))
        {
            end += 1;
            break;
        }
        // "citing a French diplomatic source": one describing word before the head.
        if seen_capital
            && !is_capitalized(w.raw)
            && words[from..end].iter().all(|x| is_capitalized(x.raw) || matches!(x.folded.as_str(), "the" | "a" | "an"))
            && words.get(end + 1).is_some_and(|n| {
                !is_capitalized(n.raw)
                    && gap_is_space(gap(text, words, end, end + 1))
                    && [lex, &lexicon::ENGLISH].iter().any(|l| l.anonymous_heads.iter().any(|h| fold(h) == n.folded))
            })
        {
            end += 2;
            break;
        }
        // "according to a Lindau Herald report": the report noun closes the phrase.
        if seen_capital
            && matches!(w.folded.as_str(), "report" | "story" | "article" | "investigation")
            && !is_capitalized(w.raw)
            && words[from..end].iter().all(|x| is_capitalized(x.raw) || matches!(x.folded.as_str(), "a" | "an" | "the"))
            // (Not "told Playbook the story will …": the name comes right before the noun.)
            && is_capitalized(words[end - 1].raw)
        {
            end += 1;
            break;
        }
        // "Gazette des Dunes", "L'Écho du Nord".
        // German: "Der Bote vom Kalmberg", "Der Anzeiger im Tal" (not "im Interview").
        // Portuguese, Spanish and Italian likewise: "Jornal da Bancada", "Corriere della Sera".
        // And a transliterated Ukrainian "i" ("Hroshi i Rynok").
        // Transliterated Ukrainian and Russian prepositions too ("Pidslukhano v Biloiartsi").
        let french_connector = (matches!(w.folded.as_str(), "des" | "du" | "d" | "d'" | "la" | "da" | "do" | "dos" | "del" | "della" | "di" | "i" | "v" | "u" | "na" | "z" | "pid" | "nad" | "pro")
            || matches!(w.folded.as_str(), "vom" | "von" | "im" | "ins" | "am" | "zum" | "zur" | "an" | "auf")
                && words.get(end + 1).is_some_and(|n| {
                    !matches!(n.folded.as_str(), "interview" | "gesprach" | "bericht" | "auftrag" | "namen" | "internet" | "fernsehen" | "radio" | "telefon" | "rande")
                        && !in_list(WEEKDAYS, &n.folded)
                        && !german_time_word(&n.folded)
                }))
            && words.get(end + 1).is_some_and(|n| is_capitalized(n.raw))
            // "Notes from Poland": a known medium's name with a small word inside.
            || words.get(end + 1).is_some_and(|n| {
                let name_start = (from..end).rev().take_while(|&k| is_capitalized(words[k].raw)).last().unwrap_or(end - 1);
                stemmata_text::media::lookup(&text[words[name_start].start..n.end]).is_some()
            });
        // "la Guardia costiera": a Romance body's field in lower case after its kind.
        let romance_field = matches!(lex.language, "it" | "es" | "pt" | "fr")
            && !is_capitalized(w.raw)
            && end - from <= 3
            && crate::institution::names_kind(words[end - 1].raw)
            && crate::institution::field_word(&w.folded);
        // "die Nachrichtenagentur dpa": an agency's lowercase abbreviation after the media noun.
        let lowercase_agency = media_noun(lex, &words[end - 1].folded)
            && agency::lookup(w.raw).is_some_and(|a| a.abbreviations.contains(&w.raw));
        if seen_capital
            && !is_capitalized(w.raw)
            && !inner_dot
            && !cyrillic_name
            && !matches!(w.folded.as_str(), "of" | "de" | "for" | "the")
            && !french_connector
            && !lowercase_agency
            && !romance_field
        {
            break;
        }
        seen_capital |= is_capitalized(w.raw);
        end += 1;
    }
    while end > from + 1
        && in_list(
            &["of", "the", "de", "des", "du", "la", "for", "with", "to", "in"],
            &words[end - 1].folded,
        )
    {
        end -= 1;
    }
    Some((from, end))
}

/// Where a Romance body's name ends that runs on over its lower-case words to its abbreviation
/// in brackets: "l'Organisation mondiale de la santé (OMS)", "la Organización Mundial de la Salud
/// (OMS)" (the phrase read up to the first lower-case word stops at "Organisation").
fn romance_name_end(text: &str, words: &[Word<'_>], start: usize, end: usize, lex: &CueLexicon) -> usize {
    if !matches!(lex.language, "fr" | "es" | "it" | "pt") || end <= start || end - start > 3 || !is_capitalized(words[end - 1].raw) {
        return end;
    }
    for k in end..words.len().min(end + 6) {
        let linked = gap(text, words, k - 1, k);
        if !(gap_is_space(linked) || linked == "'" || linked == "’") || is_capitalized(words[k].raw) {
            return end;
        }
        let rest = &text[words[k].end..];
        if let Some(inner) = rest.strip_prefix(" (")
            && let Some(close) = inner.find(')')
            && (2..=6).contains(&inner[..close].chars().count())
            && inner[..close].chars().all(|c| c.is_uppercase())
        {
            return k + 1;
        }
    }
    end
}

/// Where a medium's name starts after "nos confrères de", "our colleagues at", "unsere Kollegen
/// vom", "наші колеги з", …: the colleagues are the medium's.
fn colleagues_of(words: &[Word<'_>], start: usize, end: usize) -> Option<usize> {
    const OUR: &[&str] = &["nos", "our", "nuestros", "nuestras", "nostri", "nossos", "unsere", "onze", "nasi", "nasze", "наші", "наши"];
    const COLLEAGUES: &[&str] = &[
        "confreres", "consoeurs", "colleagues", "companeros", "colegas", "colleghi", "kollegen", "kolleginnen", "collega's",
        "koledzy", "kolezanki", "колеги", "коллеги",
    ];
    const OF: &[&str] = &["de", "du", "d'", "d’", "at", "of", "from", "von", "vom", "der", "di", "del", "della", "dello", "da", "do", "van", "bij", "z", "ze", "из", "з", "із"];
    let mut k = start;
    if words.get(k).is_some_and(|w| matches!(w.folded.as_str(), "i" | "os" | "die" | "les" | "los" | "the")) {
        k += 1;
    }
    // ("dai colleghi tedeschi di Golem.de": no possessive, describing words before the medium.)
    if words.get(k).is_some_and(|w| OUR.contains(&w.folded.as_str())) {
        k += 1;
    }
    if !words.get(k).is_some_and(|w| COLLEAGUES.contains(&w.folded.as_str())) {
        return None;
    }
    k += 1;
    let mut adjectives = 0;
    while k < end && adjectives < 2 && !OF.contains(&words[k].folded.as_str()) && !is_capitalized(words[k].raw) {
        k += 1;
        adjectives += 1;
    }
    if !words.get(k).is_some_and(|w| OF.contains(&w.folded.as_str())) {
        return None;
    }
    while k < end && OF.contains(&words[k].folded.as_str()) {
        k += 1;
    }
    (k < end).then_some(k)
}

/// The source a phrase names (see [`classify_source`]), an outlet's name without the article
/// and describing words before it: "der britische Lowland Observer" → "Lowland Observer".
#[allow(clippy::too_many_arguments)]
fn make_source(
    text: &str,
    words: &[Word<'_>],
    start: usize,
    end: usize,
    kind: CueKind,
    lex: &CueLexicon,
    known: &[String],
    cue_folded: &str,
) -> Source {
    let end = romance_name_end(text, words, start, end, lex);
    // "nos confrères de La Voix du Nord", "our colleagues at X", "наши коллеги из X": the medium
    // after the colleagues.
    let start = colleagues_of(words, start, end).unwrap_or(start);
    // "Marta Kozłowska z Fundacji Ostoja Pazura": a person's name, then her organisation.
    let end = if matches!(lex.language, "pl" | "uk" | "ru")
        && let Some(k) = (start + 2..end).find(|&k| matches!(words[k].folded.as_str(), "z" | "ze" | "з" | "із" | "из"))
        && words[start..k].iter().all(|w| is_capitalized(w.raw))
        && crate::given_names::is_given_name(&words[start].folded)
        && words.get(k + 1).is_some_and(|w| is_capitalized(w.raw))
    {
        k
    } else {
        end
    };
    // ("nach Angaben der Agentur AIS-Daten der Schiffe": a German media noun, then data, no name.)
    let end = if lex.language == "de" {
        (start + 1..end)
            .find(|&j| {
                media_noun(lex, &words[j - 1].folded)
                    && ["daten", "zahlen", "angaben", "dokumente", "unterlagen"].iter().any(|h| words[j].folded.ends_with(h))
            })
            .unwrap_or(end)
    } else {
        end
    };
    // "according to Bloomberg's Tobias Rendell": a well-known medium's journalist reports for the
    // medium.
    if end - start >= 3
        && let Some(possessor) = words[start].raw.strip_suffix("'s").or_else(|| words[start].raw.strip_suffix("’s"))
        && stemmata_text::media::lookup(possessor).is_some()
        && crate::given_names::is_given_name(&words[start + 1].folded)
        && words[start + 1..end].iter().all(|w| is_capitalized(w.raw))
    {
        let span = Span::new(words[start].start, words[end - 1].end);
        return Source {
            span,
            text: text[span.start..span.end].to_string(),
            name: possessor.to_string(),
            kind: SourceKind::Outlet,
            agency: None,
            back_reference: false,
        };
    }
    // "Germany's Alpenrand-Bote reports": the country owning the name is no part of it.
    let start = if end - start >= 2
        && (words[start].raw.ends_with("'s") || words[start].raw.ends_with("’s"))
        && is_capitalized(words[start].raw)
        && is_capitalized(words[start + 1].raw)
        && gap_is_space(gap(text, words, start, start + 1))
    {
        start + 1
    } else {
        start
    };
    // "Bologna newspaper il Resto del Carlino", "the Italian newspaper la Repubblica": a place or
    // a describing word, a media noun, then the paper's name (its own lower-case article kept).
    if lex.language == "en"
        && let Some(n) = (start + 1..end.min(start + 6)).find(|&k| !is_capitalized(words[k].raw) && media_noun(lex, &words[k].folded))
        && n + 1 < end
        // ("the Saxon regional daily Sächsische Zeitung", "the St. Petersburg news website X".)
        && words[start..n].iter().all(|w| is_capitalized(w.raw) || matches!(w.folded.as_str(), "the" | "a" | "an" | "news") || describing_word(w))
        && words[start..n].iter().any(|w| is_capitalized(w.raw))
        && (matches!(words[n + 1].raw, "il" | "la" | "le" | "el" | "lo") && n + 2 < end && is_capitalized(words[n + 2].raw)
            || is_capitalized(words[n + 1].raw))
    {
        let mut medium = make_source(text, words, n + 1, end, kind, lex, known, cue_folded);
        if matches!(medium.kind, SourceKind::Person | SourceKind::Unknown) {
            medium.kind = SourceKind::Outlet;
        }
        return medium;
    }
    // "Le Matin de Quierzac, which first reported the plan, said": the relative pronoun stands
    // for the name before its comma.
    if end == start + 1
        && matches!(words[start].folded.as_str(), "which" | "who")
        && start > 0
        && gap(text, words, start - 1, start).trim() == ","
    {
        let mut a = start;
        while a > 0
            && (is_capitalized(words[a - 1].raw) || matches!(words[a - 1].folded.as_str(), "de" | "of" | "du" | "des" | "la"))
            && (a == start || gap_is_space(gap(text, words, a - 1, a)) || gap(text, words, a - 1, a) == "'")
        {
            a -= 1;
        }
        while a < start && !is_capitalized(words[a].raw) {
            a += 1;
        }
        if a < start {
            // The pronoun stays the source's span (the words that name it here); the name and kind
            // are its antecedent's.
            let mut antecedent = make_source(text, words, a, start, kind, lex, known, cue_folded);
            antecedent.span = Span::new(words[start].start, words[start].end);
            antecedent.text = words[start].raw.to_string();
            return antecedent;
        }
    }
    // "передает корреспондент СИА «Кедр»": a journalist noun, then a medium's initials and its
    // quoted name: the medium reports (its journalist is not named).
    if in_list(JOURNALIST_NOUNS, &words[start].folded)
        && end == start + 2
        && end < words.len()
        && is_initials(words[start + 1].raw)
        && words[start + 1].raw.chars().all(char::is_uppercase)
        && quote_opens(text, words, end)
        && let Some(close) = (end..words.len().min(end + 6)).find(|&k| text[words[k].end..].starts_with(CLOSING_QUOTES))
    {
        let span = Span::new(words[start + 1].start, text[words[close].end..].chars().next().map_or(words[close].end, |c| words[close].end + c.len_utf8()));
        let name = span.slice(text).to_string();
        return Source { span, text: name.clone(), name, kind: SourceKind::Agency, agency: None, back_reference: false };
    }
    // "рассказала газете 67-летняя Анна Дидух": the medium told (in the dative, unquoted), then
    // the speaker, who is the source.
    // "рассказала корреспонденту издания 72-летняя Мария Федак": the journalist of the medium
    // (a media noun in the genitive) told, then the speaker.
    const GENITIVE_MEDIA_NOUNS: &[&str] = &["издания", "газеты", "сайта", "канала", "телеканала", "агентства", "видання", "газети", "сайту", "каналу", "телеканалу"];
    let skip = if matches!(lex.language, "uk" | "ru")
        && end > start + 2
        && DATIVE_JOURNALISTS.contains(&words[start].raw)
        && GENITIVE_MEDIA_NOUNS.contains(&words[start + 1].raw)
        && gap_is_space(gap(text, words, start + 1, start + 2))
    {
        1
    } else {
        0
    };
    if matches!(lex.language, "uk" | "ru")
        && end > start + 1 + skip
        && (skip == 1 || DATIVE_MEDIA_NOUNS.contains(&words[start].raw))
        && stemmata_text::has_cyrillic(words[start + 1 + skip].raw)
        && gap_is_space(gap(text, words, start + skip, start + 1 + skip))
    {
        let start = start + skip;
        let mut speaker = classify_source(text, words, start + 1, end, CueKind::SourceAfter, lex, known, cue_folded);
        if speaker.kind.is_media() {
            speaker.kind = SourceKind::Person;
            speaker.name = speaker.text.clone();
        }
        return speaker;
    }
    // "a déclaré à l'agence Serhiï Babentchouk, responsable régional …": after the medium that
    // heard it (named before), the speaker, whom an apposition calls a person.
    let first_capital = (start..end).find(|&k| is_capitalized(words[k].raw));
    // (So in Spanish, Italian and Portuguese: "explicó a la agencia Jörn Hadeler, portavoz de …".)
    // ("a déclaré au journal l'inspectrice Marloes Hoogendijk": the speaker's title before her
    // name.)
    let bare = |w: &str| -> String { ["l'", "l’"].iter().find_map(|a| w.strip_prefix(a)).unwrap_or(w).to_string() };
    let titled = first_capital.is_some_and(|k| {
        k > start + 1
            && (title_word(&bare(&words[k - 1].folded)) || in_list(PERSON_ROLES, &bare(&words[k - 1].folded)))
            && (start..k - 1).all(|d| {
                romance_to_the(&words[d]) || media_noun(lex, &words[d].folded)
            })
            && (cue_folded.split(' ').next_back().is_some_and(|w| media_noun(lex, w)) || (start..k - 1).any(|d| media_noun(lex, &words[d].folded)))
    });
    let speaker_after_medium = matches!(lex.language, "fr" | "es" | "it" | "pt")
        && (titled || appositive_person(text, words, end, lex))
        && first_capital.is_some_and(|k| {
            titled ||
            // "à l'agence X, …" read from the verb: only the preposition, article and media noun before.
            k > start
                && (start..k).all(|d| {
                    romance_to_the(&words[d]) || media_noun(lex, &words[d].folded)
                })
                && (start..k).any(|d| media_noun(lex, &words[d].folded))
                // …or from the cue "à l'agence" itself: only the name after it.
                || k == start && cue_folded.split(' ').next_back().is_some_and(|w| media_noun(lex, w))
                    && (start..end).all(|d| is_capitalized(words[d].raw))
        });
    if speaker_after_medium {
        let from = first_capital.unwrap_or(start);
        let span = Span::new(words[from].start, words[end - 1].end);
        let name = span.slice(text).to_string();
        return Source::named(span, name, SourceKind::Person);
    }
    // "qui l'a révélé sur l'antenne de Radio Val d'Orgne", "au micro de X": the air a speaker
    // was on is the medium that broadcast it.
    const ON_AIR: &[&str] = &["sur l'antenne de ", "à l'antenne de ", "sur l'antenne d'", "au micro de ", "sur les ondes de "];
    let on_air = matches!(words[start].folded.as_str(), "sur" | "a" | "au") && {
        let phrase = text[words[start].start..words[end - 1].end].to_lowercase().replace('’', "'");
        ON_AIR.iter().any(|p| phrase.starts_with(p))
    };
    if on_air
        && let Some(k) = (start + 1..end).find(|&k| is_capitalized(words[k].raw))
    {
        let mut medium = make_source(text, words, k, end, CueKind::MediaVerb, lex, known, cue_folded);
        if !medium.kind.is_media() {
            medium.kind = SourceKind::Outlet;
            medium.name = text[words[k].start..words[end - 1].end].to_string();
            medium.back_reference = false;
        }
        return medium;
    }
    // "selon les images et les informations de la télévision régionale X": what was shown or
    // told, then whose it is.
    if lex.language == "fr"
        && let Some(owner) = french_information_owner(words, start, words.len())
    {
        // The owner's phrase runs to the next punctuation.
        let mut e = owner + 1;
        while e < words.len() && gap_is_space(gap(text, words, e - 1, e)) {
            e += 1;
        }
        return make_source(text, words, owner, e, kind, lex, known, cue_folded);
    }
    // "— цитирует издание Галюка": the medium quotes the person after it (unquoted, in Cyrillic);
    // the medium is the one named before.
    if matches!(lex.language, "uk" | "ru")
        && (cue_folded.starts_with("цитир") || cue_folded.starts_with("цитує") || cue_folded.starts_with("цитують"))
        && end > start + 1
        && media_noun(lex, &words[start].folded)
        && !is_capitalized(words[start].raw)
        && stemmata_text::has_cyrillic(words[start + 1].raw)
        && is_capitalized(words[start + 1].raw)
        && gap_is_space(gap(text, words, start, start + 1))
    {
        return classify_source(text, words, start, start + 1, kind, lex, known, cue_folded);
    }
    // "zitiert das Blatt Anton Kluivers": the medium quotes the person after it.
    if lex.language == "de"
        && cue_folded.starts_with("zitier")
        && end > start + 2
        && matches!(words[start].folded.as_str(), "das" | "die" | "der")
        && media_noun(lex, &words[start + 1].folded)
        && is_capitalized(words[start + 2].raw)
        && gap_is_space(gap(text, words, start + 1, start + 2))
    {
        return classify_source(text, words, start, start + 2, kind, lex, known, cue_folded);
    }
    // "передає кореспондентка Суспільного", "Як передає кореспондент NV": a journalist noun, then
    // the medium's name (not a person's: that opens with a given name); "За даними
    // співрозмовників УП": a medium's sources belong to the medium.
    const SOURCES_OF: &[&str] = &["джерел", "джерела", "співрозмовників", "співрозмовники", "источников", "источники", "собеседников", "собеседники"];
    if end > start + 1
        && (in_list(JOURNALIST_NOUNS, &words[start].folded) && matches!(lex.language, "uk" | "ru")
            || SOURCES_OF.contains(&words[start].raw))
        && (start + 1..end).all(|k| is_capitalized(words[k].raw) && gap_is_space(gap(text, words, k - 1, k)))
        && !crate::given_names::is_given_name(&words[start + 1].folded)
        && (in_list(JOURNALIST_NOUNS, &words[start].folded)
            || words[start + 1..end].iter().all(|w| w.raw.chars().all(|c| !c.is_lowercase()))
            || known.contains(&crate::outlet_key(&text[words[start + 1].start..words[end - 1].end])))
    {
        let mut medium = make_source(text, words, start + 1, end, CueKind::MediaVerb, lex, known, cue_folded);
        if !medium.kind.is_media() {
            medium.kind = SourceKind::Outlet;
            medium.name = text[words[start + 1].start..words[end - 1].end].to_string();
            medium.back_reference = false;
        }
        return medium;
    }
    // A medium's journalist reports for the medium.
    if let Some((s, e)) = journalist_medium(text, words, start, end, lex)
        && (s, e) != (start, end)
    {
        let mut medium = make_source(text, words, s, e, CueKind::MediaVerb, lex, known, cue_folded);
        if !medium.kind.is_media() {
            medium.kind = SourceKind::Outlet;
            medium.back_reference = false;
        }
        return medium;
    }
    let mut source = classify_source(text, words, start, end, kind, lex, known, cue_folded);
    // "au quotidien régional Der Anzeiger im Tal", "в інтерв'ю газеті X": a cue ending in a media
    // noun names a medium; its name starts at the first capital.
    let cue_medium = cue_folded.split(' ').next_back().is_some_and(|w| media_noun(lex, w))
        // "газета «Харвицкий страж»": a quoted name right after a media noun.
        || start > 0
            && gap(text, words, start - 1, start).trim().chars().all(|c| matches!(c, '«' | '„' | '“' | '"'))
            && !gap(text, words, start - 1, start).trim().is_empty()
            && (media_noun(lex, &words[start - 1].folded)
                || in_list(JOURNALIST_NOUNS, &words[start - 1].folded)
                // "la chaîne Telegram russophone « X »": a media noun a few describing words back.
                // (Not after a dative: "заявив виданню директор «X»" names the director's company.)
                || !matches!(lex.language, "uk" | "ru")
                    && (start.saturating_sub(3)..start - 1).any(|k| {
                        media_noun(lex, &words[k].folded)
                            && (k + 1..start).all(|d| {
                                platform_word(&words[d].folded)
                                    || !is_capitalized(words[d].raw) && describing_word(&words[d]) && !is_person_title(&words[d].folded)
                            })
                    }));
    // ("a précisé à l'agence le Dr Hélène Castagnier": a titled name or a given name and a surname
    // after the medium is the speaker.)
    let lead = start + usize::from(matches!(words[start].folded.as_str(), "le" | "la" | "l'" | "the" | "der" | "die" | "el" | "il"));
    let speaker = lead + 1 < end
        && (in_list(TITLE_ABBREVIATIONS, words[lead].folded.trim_end_matches('.'))
            || crate::given_names::is_given_name(&words[lead].folded) && is_capitalized(words[lead + 1].raw));
    if cue_medium
        && !speaker
        && matches!(source.kind, SourceKind::Person | SourceKind::Unknown | SourceKind::Organization)
        && let Some(k) = (start..end).find(|&k| is_capitalized(words[k].raw))
    {
        source.kind = SourceKind::Outlet;
        source.name = text[words[k].start..words[end - 1].end].to_string();
    }
    // "the French regional channel Tele Bresonne", "des französischen Regionalfernsehens
    // Télé-Brésonne": a name right after a media noun is a medium's, from its first capital.
    if matches!(source.kind, SourceKind::Person | SourceKind::Unknown | SourceKind::Organization)
        && let Some(k) = (start + 1..end).find(|&k| {
            media_noun(lex, &words[k - 1].folded)
                // "Radio Val d'Orgne", "Télé Bresonne": a capitalised "Radio" opens the name.
                && !(is_capitalized(words[k - 1].raw) && matches!(words[k - 1].folded.as_str(), "radio" | "tele" | "tv"))
                && is_capitalized(words[k].raw)
                && (start..k - 1).all(|d| !is_capitalized(words[d].raw) || describing_word(&words[d]) || in_list(GERMAN_ARTICLES, &words[d].folded) || words[d].folded == "the")
        })
    {
        source.kind = SourceKind::Outlet;
        source.name = text[words[k].start..words[end - 1].end].to_string();
    }
    // "la télévision régionale Bergland TV": a medium's name starts at the first capital after
    // its media noun and the words describing it.
    // "словацького регіонального Rádio Podtatranie": Ukrainian and Russian adjectives before it.
    if source.kind.is_media()
        && source.name == text[words[start].start..words[end - 1].end]
        && !is_capitalized(words[start].raw)
        && let Some(k) = (start + 1..end).find(|&k| is_capitalized(words[k].raw))
        && ((start..k).any(|j| media_noun(lex, &words[j].folded))
            || matches!(lex.language, "uk" | "ru") && (start..k).all(|j| slavic_adjective_any_case(&words[j].raw.to_lowercase())))
    {
        source.name = text[words[k].start..words[end - 1].end].to_string();
    }
    // "первым написал британский Drayfield Post": a name in Latin letters that publishes in
    // Ukrainian or Russian text is a medium's (people's names are written in Cyrillic there).
    if matches!(lex.language, "uk" | "ru")
        && kind == CueKind::MediaVerb
        && source.kind == SourceKind::Person
        && let Some(k) = (start..end).find(|&k| is_capitalized(words[k].raw) && words[k].raw.is_ascii())
        && (k..end).all(|d| words[d].raw.is_ascii())
    {
        source.kind = SourceKind::Outlet;
        source.name = text[words[k].start..words[end - 1].end].to_string();
    }
    // "Sulska Zoria, a weekly newspaper in …", "Poliskyi Rupor, an anonymous Telegram channel": an
    // apposition that calls the name a medium.
    if matches!(source.kind, SourceKind::Person | SourceKind::Unknown | SourceKind::Organization)
        && is_capitalized(words[start].raw)
        && appositive_medium(text, words, end, lex)
    {
        source.kind = SourceKind::Outlet;
    }
    if source.kind == SourceKind::Outlet && !source.back_reference && source.name == source.text {
        source.name = text[words[outlet_name_start(text, words, start, end, lex)].start..words[end - 1].end].to_string();
    }
    if source.kind == SourceKind::Outlet && !source.back_reference {
        extend_to_known(text, words, end, known, &mut source);
    }
    // "laut einem Bericht des Ebbelinger Landboten", "a report of the Harwick Sentinel": the
    // medium whose report it is, after the document head and a genitive article.
    if matches!(source.kind, SourceKind::Document | SourceKind::Person | SourceKind::Unknown)
        && let Some(k) = (start..end.saturating_sub(1)).find(|&k| {
            matches!(words[k].folded.as_str(), "des" | "der" | "of" | "du" | "de") && is_capitalized(words[k + 1].raw) && k > start
                && (start..k).any(|d| in_list(&["bericht", "berichts", "meldung", "report", "article", "artikel", "rapport"], &words[d].folded))
        })
    {
        let name = &text[words[k + 1].start..words[end - 1].end];
        source.kind = SourceKind::Outlet;
        source.name = name.to_string();
    }
    // "the Harwick Watch Telegram channel": the channel's name without the platform.
    if let Some(name) = source.name.strip_suffix(" Telegram")
        && words.get(end).is_some_and(|w| matches!(w.folded.as_str(), "channel" | "account"))
    {
        source.name = name.trim_start_matches("the ").to_string();
    }
    if source.kind == SourceKind::Outlet
        && !source.back_reference
        && source.name == source.text
        && end - start >= 2
        && (in_list(GERMAN_ARTICLES, &words[start].folded)
            || matches!(words[start].folded.as_str(), "the" | "a" | "an"))
    {
        let first_name = (start + 1..end).find(|&k| is_capitalized(words[k].raw));
        if let Some(k) = first_name
            && k > start + 1
            && words[start + 1..k].iter().all(|w| !is_capitalized(w.raw))
        {
            source.name = text[words[k].start..words[end - 1].end].to_string();
        }
    }
    // A name in guillemets or quotation marks is a title, never a person's: "як з'ясував
    // «Степовий маяк»", "первым об этом сообщил «Степной маяк»".
    let quoted = text[..words[start].start].trim_end().ends_with(['«', '„', '“', '"'])
        && text[words[end - 1].end..].starts_with(['»', '“', '”', '"'])
        && !words[start..end].iter().any(|w| is_person_title(&w.folded));
    let publishing = kind == CueKind::MediaVerb
        || PUBLISHING_STEMS.iter().any(|p| cue_folded.contains(p))
        || cue_folded.split(' ').any(|w| lex.media_verbs.iter().any(|m| fold(m) == w));
    if quoted && is_capitalized(words[start].raw) {
        if source.kind == SourceKind::Person {
            source.kind = if publishing { SourceKind::Outlet } else { SourceKind::Organization };
        } else if source.kind == SourceKind::Organization && publishing {
            source.kind = SourceKind::Outlet;
        }
    }
    // "W rozmowie z telewizją Futbol 1 Hnatiuk przyznał": a channel's number ends its name,
    // unless a word of the name follows ("Channel 4 News").
    if source.kind == SourceKind::Outlet && !source.back_reference {
        source.name = channel_number_end(&source.name).to_string();
    }
    // "A Harwick Post report", "The Harwick Post's reporting": the outlet's name alone.
    if source.kind == SourceKind::Outlet && !source.back_reference {
        let trimmed = trim_report_words(&source.name);
        if trimmed.len() < source.name.len() && !trimmed.is_empty() {
            source.name = trimmed.to_string();
        }
    }
    // "l'agenzia di stampa polacca Pap": an abbreviation written as a word after a media noun,
    // as Italian and Spanish papers write it, is the abbreviation.
    if source.kind.is_media()
        && end - start >= 2
        && !source.name.contains(' ')
        && (3..=5).contains(&source.name.chars().count())
        && source.name.chars().skip(1).all(char::is_lowercase)
        && words[start..end - 1].iter().any(|w| media_noun(lex, &w.folded))
    {
        let upper = source.name.to_uppercase();
        if stemmata_text::media::lookup(&upper).is_some() || crate::agency::lookup(&upper).is_some_and(|a| a.abbreviations.contains(&upper.as_str())) {
            source.name = upper;
        }
    }
    // "Chef-Rettungsschwimmer Rui Falcato": a German role noun before a given name is no part of
    // the person's name.
    if matches!(source.kind, SourceKind::Person | SourceKind::Outlet)
        && !source.back_reference
        && lex.language == "de"
        && end - start >= 3
        && is_capitalized(words[start].raw)
        && !crate::given_names::is_given_name(&words[start].folded)
        && crate::given_names::is_given_name(&words[start + 1].folded)
        // (A title the tables know stays: "Geschäftsführer Frank Heuberger".)
        && !is_person_title(&words[start].folded)
        && ["er", "in", "chef", "leiter", "sprecher", "wart"].iter().any(|e| words[start].folded.ends_with(e))
        && source.name == text[words[start].start..words[end - 1].end]
    {
        source.name = text[words[start + 1].start..words[end - 1].end].to_string();
        source.kind = SourceKind::Person;
    }
    // "el sindicato STTUN", "die Gewerkschaft SAMJ": a kind of body, then its abbreviation, is
    // the body by its abbreviation.
    if matches!(source.kind, SourceKind::Person | SourceKind::Organization | SourceKind::Unknown | SourceKind::Outlet)
        && !source.back_reference
        && (2..=3).contains(&(end - start))
        && is_initials(words[end - 1].raw)
        && words[end - 1].raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && words[end - 1].raw.chars().all(|c| !c.is_lowercase())
        && body_kind_word(lex, &words[end - 2].folded)
        && (end - start == 2 || ARTICLE_WORDS.contains(&words[start].folded.as_str()))
    {
        let span = Span::new(words[end - 1].start, words[end - 1].end);
        return Source::named(span, words[end - 1].raw.to_string(), SourceKind::Organization);
    }
    // "the Syndicat autonome des métiers du jeu (SAMJ), a union …": a name cut at its lowercase
    // words (or whole) is the abbreviation in brackets after them.
    let first_capital = source.name.split_whitespace().find(|w| w.starts_with(char::is_uppercase) && !ARTICLE_WORDS.contains(&fold(w).as_str()));
    // (The name keeps both, as bodies are written: "Comisión de Supervisión … (CSEC)".)
    // (Read as a medium too when it names a union or a body: "in a statement by the Sindicato …".)
    let body_named = || source.name.split_whitespace().any(|w| body_kind_word(lex, &fold(w)));
    if (matches!(source.kind, SourceKind::Person | SourceKind::Organization | SourceKind::Unknown) || source.kind == SourceKind::Outlet && body_named())
        && !source.back_reference
        && let Some(first_capital) = first_capital
        && !crate::given_names::is_given_name(&fold(first_capital))
        && let Some(abbr) = bracketed_abbreviation_after(text, words, end)
        && first_capital.chars().next() == abbr.chars().next()
        && stemmata_text::media::lookup(&source.name).is_none()
    {
        let open = text[words[end - 1].end..].find('(').map_or(words[end - 1].end, |o| words[end - 1].end + o + 1);
        let from = source.name.find(first_capital).map_or(source.span.start, |o| source.span.start + o);
        let span = Span::new(from.min(source.span.end), open + abbr.len() + 1);
        let full = text[from.min(open)..open.saturating_sub(1)].trim_end();
        let name = format!("{full} ({abbr})");
        return Source::named(span, name, SourceKind::Organization);
    }
    // "das Investigativmagazin „Superwizjer“ des polnischen Nachrichtensenders TVN24": a
    // broadcaster's programme or a publisher's magazine reports for its owner, when the owner is
    // a known medium or one of the story's.
    if source.kind.is_media()
        && !source.back_reference
        && lex.language == "de"
        && let Some(owner) = owner_medium_after(text, words, end, known, lex)
    {
        return owner;
    }
    // "Lo scrive Katrin Oberholzer sulla Süddeutsche Zeitung", "écrit X dans Le Monde": a person
    // writing in a medium writes for it; the medium is the source.
    if source.kind == SourceKind::Person
        && (kind == CueKind::MediaVerb
            || ["scriv", "scris", "ecri", "escrib", "escrev", "schreib", "schrieb", "пиш", "писа", "pisz", "pisa", "writ", "wrote"]
                .iter()
                .any(|w| cue_folded.contains(w)))
        && let Some(medium) = medium_written_in(text, words, end, known)
    {
        return medium;
    }
    source
}

/// Nouns of a trade union, folded.
const UNION_NOUNS: &[&str] = &[
    "sindicato", "syndicat", "sindacato", "gewerkschaft", "union", "vakbond", "zwiazek", "профспілка", "профсоюз", "sindicat",
];
/// A folded word naming a kind of body that is no medium: a union ("sindicato") or a head of
/// [`crate::institution`] other than an agency (agencies are as often news agencies).
fn body_kind_word(lex: &CueLexicon, folded: &str) -> bool {
    UNION_NOUNS.contains(&folded) || crate::institution::body_head(folded).is_some_and(|h| h != "AGENCY") && !media_noun(lex, folded)
}

const ARTICLE_WORDS: &[&str] = &["the", "el", "la", "le", "il", "lo", "o", "a", "die", "der", "das", "de", "het", "l'"];

/// An abbreviation in brackets after the rest of a name (up to five words, no punctuation), as
/// in "… autonome des métiers du jeu (SAMJ)" or "… Urbanos do Norte (STTUN)".
fn bracketed_abbreviation_after(text: &str, words: &[Word<'_>], end: usize) -> Option<String> {
    let rest = &text[words.get(end - 1)?.end..];
    let open = rest.find('(')?;
    let before = &rest[..open];
    // (Lowercase words, or the rest of the name: "… Urbanos do Norte (STTUN)".)
    // (A name written whole before its abbreviation is left as written.)
    if before.trim().is_empty() || before.len() > 60 || before.split_whitespace().count() > 5 || before.chars().any(|c| !(c.is_alphabetic() || c == ' ' || c == '\'' || c == '’')) {
        return None;
    }
    let inner = &rest[open + 1..];
    let close = inner.find(')')?;
    let abbr = &inner[..close];
    ((2..=6).contains(&abbr.chars().count()) && abbr.chars().all(|c| c.is_uppercase())).then(|| abbr.to_string())
}

/// The medium a programme belongs to, named after it in the genitive ("… des polnischen
/// Nachrichtensenders TVN24").
fn owner_medium_after(text: &str, words: &[Word<'_>], end: usize, known: &[String], lex: &CueLexicon) -> Option<Source> {
    let mut k = end;
    let closing = text.get(words.get(k.checked_sub(1)?)?.end..words.get(k)?.start)?.trim().trim_start_matches(['“', '"', '»', '”']);
    if !closing.is_empty() || !matches!(words[k].folded.as_str(), "des" | "der" | "vom") {
        return None;
    }
    k += 1;
    let mut noun = false;
    while k < words.len() && k < end + 5 && (!is_capitalized(words[k].raw) || media_noun(lex, &words[k].folded)) {
        noun |= media_noun(lex, &words[k].folded);
        k += 1;
    }
    if !noun || k >= words.len() {
        return None;
    }
    known_medium_named_at(text, words, k, 4, known)
}

/// The auxiliary of "Dat heeft X … bekendgemaakt", "Das hat X … mitgeteilt": a demonstrative
/// object, the auxiliary, the subject, and the participle closing the clause.
fn closing_participle_subject(folded: &[String], i: usize) -> Option<usize> {
    (i.saturating_sub(12)..i)
        .rev()
        .find(|&k| matches!(folded[k].as_str(), "heeft" | "hebben" | "had" | "hadden" | "hat" | "haben" | "hatte" | "hatten"))
        .filter(|&a| a > 0 && matches!(folded[a - 1].as_str(), "dat" | "dit" | "das" | "dies"))
}

/// "Le quotidien italien La Stampa, dont l'envoyé spécial se trouvait …, rapporte": a Romance
/// relative clause set off by commas between a medium and its verb; the medium is the subject.
fn romance_relative_subject(text: &str, words: &[Word<'_>], i: usize, lex: &CueLexicon) -> Option<(usize, usize)> {
    if !matches!(lex.language, "fr" | "es" | "it" | "pt") || i <= 2 || gap(text, words, i - 1, i).trim() != "," {
        return None;
    }
    let o = (i.saturating_sub(16).max(2)..i - 1).rev().find(|&o| {
        gap(text, words, o - 1, o).trim() == ","
            && (matches!(words[o].folded.as_str(), "dont" | "qui" | "cuyo" | "cuya" | "cuyos" | "cuyas" | "cujo" | "cuja" | "che" | "que")
                || matches!(words[o].folded.as_str(), "il" | "la") && words.get(o + 1).is_some_and(|w| w.folded == "cui"))
    })?;
    let mut s = o;
    while s > 0 && is_capitalized(words[s - 1].raw) && (s == o || gap_is_space(gap(text, words, s - 1, s))) {
        s -= 1;
    }
    let described = s > 0 && (s.saturating_sub(3)..s).any(|k| media_noun(lex, &words[k].folded));
    (s < o && (described || stemmata_text::media::lookup(&text[words[s].start..words[o - 1].end]).is_some())).then_some((s, o))
}

/// The medium named right after a writer ("… sulla Süddeutsche Zeitung", "… dans « Le Monde »",
/// "… in the Guardian"): a known medium or a story outlet, after a preposition of place and an
/// article.
fn medium_written_in(text: &str, words: &[Word<'_>], end: usize, known: &[String]) -> Option<Source> {
    const IN: &[&str] = &[
        "sulla", "sul", "sullo", "sull'", "nella", "nel", "dans", "en", "in", "im", "no", "na", "em", "auf", "w", "we", "в", "у", "на", "op",
    ];
    const ARTICLES: &[&str] = &["la", "le", "il", "el", "the", "der", "die", "dem", "de", "het"];
    let mut k = end;
    let prep = words.get(k)?;
    if !IN.contains(&prep.folded.as_str()) || !gap_is_space(gap(text, words, k - 1, k)) {
        return None;
    }
    k += 1;
    while words.get(k).is_some_and(|w| ARTICLES.contains(&w.folded.as_str()) && !is_capitalized(w.raw)) {
        k += 1;
    }
    known_medium_named_at(text, words, k, 5, known)
}

/// The capitalised name (up to `most` words) opening at `first`, as an outlet, when it is a known
/// medium or one of the story's.
fn known_medium_named_at(text: &str, words: &[Word<'_>], first: usize, most: usize, known: &[String]) -> Option<Source> {
    let mut k = first;
    while k < words.len() && is_capitalized(words[k].raw) && (k == first || gap_is_space(gap(text, words, k - 1, k))) && k < first + most {
        k += 1;
    }
    if k == first {
        return None;
    }
    let span = Span::new(words[first].start, words[k - 1].end);
    let name = span.slice(text).to_string();
    let known_medium = stemmata_text::media::lookup(&name).is_some() || known.iter().any(|o| crate::outlet_keys_match(o, &crate::outlet_key(&name)));
    known_medium.then(|| Source::named(span, name, SourceKind::Outlet))
}

/// Whether a phrase describes a person by age: "the 46-year-old", "52-річної", "l'acteur de 44
/// (ans)", "der 51-Jährige" (in German also written as one word, "der 51jährige").
fn age_described(folded: &[&str], language: &str) -> bool {
    if language == "de" && folded.last().is_some_and(|w| ["jahrige", "jahriger", "jahrigen"].iter().any(|e| w.ends_with(e))) {
        return true;
    }
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 3;
    folded.iter().any(|w| {
        w.split_once('-').is_some_and(|(n, rest)| {
            number(n)
                && ["year-old", "years-old", "річн", "летн", "jahrig", "latk", "letni", "letnia", "anni", "ans"]
                    .iter()
                    .any(|e| rest.starts_with(e))
        })
    }) || folded.windows(2).any(|w| matches!(w[0], "de" | "di") && number(w[1])) && folded.len() <= 5
        || folded.windows(2).any(|w| number(w[0]) && matches!(w[1], "ans" | "anni" | "anos" | "anos," | "años" | "lat" | "роки" | "років" | "лет" | "года" | "jahre"))
}

/// A medium's name up to a channel number the name goes on after with another name's words
/// ("Futbol 1 Hnatiuk" → "Futbol 1"; "Channel 4 News" stays).
fn channel_number_end(name: &str) -> &str {
    // ("Il Sole 24 Ore": a known medium's name is whole.)
    if stemmata_text::media::lookup(name).is_some() {
        return name;
    }
    const NAME_WORDS: &[&str] = &[
        "news", "tv", "sport", "sports", "plus", "live", "radio", "hd", "online", "info", "digital", "extra", "now",
        "today", "tonight", "channel", "media", "kids", "music", "cinema", "daily", "international", "world", "europe",
        "ukraine", "ukraina", "украина", "україна", "новости", "новини", "spor",
    ];
    let mut at = 0;
    let mut words = name.split(' ').peekable();
    let mut k = 0;
    while let Some(w) = words.next() {
        at += w.len();
        if k > 0
            && !w.is_empty()
            && w.chars().all(|c| c.is_ascii_digit())
            && let Some(next) = words.peek()
            && next.starts_with(char::is_uppercase)
            && !NAME_WORDS.contains(&fold(next).as_str())
        {
            return &name[..at];
        }
        at += 1;
        k += 1;
    }
    name
}

/// An outlet's name without a leading indefinite article, a trailing possessive or a trailing
/// noun of reporting ("A Harwick Post report" → "Harwick Post", "The Post's" → "The Post").
fn trim_report_words(name: &str) -> &str {
    let mut n = name.trim();
    for lead in ["A ", "An ", "a ", "an "] {
        if let Some(rest) = n.strip_prefix(lead)
            && rest.starts_with(char::is_uppercase)
        {
            n = rest;
        }
    }
    for tail in [
        " report", " reporting", " story", " article", " investigation", " analysis", " piece", " press agency",
        " news agency", " agency", " newspaper", " news site", " website", " daily", " weekly", " paper",
        " Telegram channel", " telegram channel", " Telegram account", " Telegram-канал", " Telegram-channel",
        // "the Sentinel's reporters learned": the outlet's staff stand for the outlet.
        " reporters", " reporter", " journalists", " journalist", " correspondent", " correspondents", " staff",
        " editors", " newsroom",
        // German hyphenated compounds: "dem BBC-Bericht", "ein MOZ-Reporter".
        "-Bericht", "-Berichts", "-Berichten", "-Recherche", "-Recherchen", "-Interview", "-Reporter", "-Reporterin",
        "-Korrespondent", "-Korrespondentin", "-Artikel", "-Meldung",
    ] {
        if let Some(rest) = n.strip_suffix(tail) {
            n = rest.trim_end();
        }
    }
    for poss in ["'s", "’s"] {
        if let Some(rest) = n.strip_suffix(poss) {
            n = rest;
        }
        // "Fenwold Radio's breakfast programme": the name before its possessive.
        if let Some(pos) = n.find(&format!("{poss} "))
            && n[pos + poss.len() + 1..].split(' ').all(|w| w.starts_with(char::is_lowercase))
        {
            n = &n[..pos];
        }
    }
    n
}

/// Where an outlet's name starts in a source phrase read as a whole: after a lowercase German
/// article of running text ("laut dem Dnister Evening Star"; a capitalised one belongs to the name:
/// "Der Spiegel"), a German adjective of place ("der Londoner Harwick Sentinel"; kept when the rest
/// is no name of its own: "Frankfurter Rundschau") and a French media noun with the adjectives
/// after it ("le quotidien allemand Auenhofer Rundschau").
fn outlet_name_start(text: &str, words: &[Word<'_>], start: usize, end: usize, lex: &CueLexicon) -> usize {
    let mut s = start;
    if end - s >= 2 && in_list(GERMAN_ARTICLES, words[s].raw) && is_capitalized(words[s + 1].raw) {
        s += 1;
        let german_noun = |w: &Word<'_>| lexicon::GERMAN.media_nouns.iter().any(|m| fold(m) == w.folded);
        let rest_names = words[s + 1..end].iter().filter(|w| is_capitalized(w.raw) && !german_noun(w)).count();
        if words[s].folded.ends_with("er")
            && rest_names >= 2
            && stemmata_entities::gazetteer::is_place(&words[s].folded[..words[s].folded.len() - 2])
            && gap_is_space(gap(text, words, s, s + 1))
        {
            s += 1;
        }
        return s;
    }
    french_media_name_start(words, start, end, lex)
}

/// After a French media noun and the adjectives after it, where the name starts ("le quotidien
/// allemand Auenhofer Rundschau"); `start` when the phrase is not of that shape.
fn french_media_name_start(words: &[Word<'_>], start: usize, end: usize, lex: &CueLexicon) -> usize {
    let french = lex.language == "fr" || matches!(words[start].folded.as_str(), "le" | "la" | "l'" | "l");
    if !french {
        return start;
    }
    let mut k = start;
    if matches!(words[k].folded.as_str(), "le" | "la" | "les" | "l'" | "l") {
        k += 1;
    }
    let bare = |w: &str| w.trim_start_matches("l'").trim_start_matches("l’").to_string();
    if k < end && !is_capitalized(words[k].raw) && media_noun(&lexicon::FRENCH, &bare(&words[k].folded)) {
        let mut n = k + 1;
        while n < end && n - k <= 3 && !is_capitalized(words[n].raw) && !is_person_title(&words[n].folded) {
            n += 1;
        }
        if n < end && (is_capitalized(words[n].raw) || words[n..end].iter().any(|w| w.raw.contains('.'))) {
            return n;
        }
    }
    start
}

/// An outlet named short of a story outlet's full name, whose lowercase tail follows in the text
/// ("Le Veilleur" + " jurassien" = "Le Veilleur jurassien"): the whole name.
fn extend_to_known(text: &str, words: &[Word<'_>], end: usize, known: &[String], source: &mut Source) {
    let Some(name_start) = source.span.end.checked_sub(source.name.len()) else { return };
    if !text.is_char_boundary(name_start) || text[name_start..source.span.end] != source.name {
        return;
    }
    for extra in 1..=2 {
        let last = end + extra - 1;
        if last >= words.len()
            || is_capitalized(words[last].raw)
            || !gap_is_space(gap(text, words, last - 1, last))
        {
            return;
        }
        let candidate = &text[name_start..words[last].end];
        if known.contains(&crate::outlet_key(candidate)) {
            source.name = candidate.to_string();
            source.text = text[source.span.start..words[last].end].to_string();
            source.span = Span::new(source.span.start, words[last].end);
            return;
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn classify_source(
    text: &str,
    words: &[Word<'_>],
    start: usize,
    end: usize,
    kind: CueKind,
    lex: &CueLexicon,
    known: &[String],
    cue_folded: &str,
) -> Source {
    // Cues of publishing: what follows them is a medium unless it is plainly a person.
    let publishing_cue = PUBLISHING_STEMS.iter().any(|p| cue_folded.contains(p));
    let span = Span::new(words[start].start, words[end - 1].end);
    let surface = text[span.start..span.end].to_string();
    let folded: Vec<&str> = words[start..end]
        .iter()
        .map(|w| w.folded.as_str())
        .collect();
    let joined = folded.join(" ");
    let any_lex = |f: fn(&CueLexicon) -> &'static [&'static str]| {
        [lex, &lexicon::ENGLISH].iter().any(|l| {
            f(l).iter().any(|p| {
                fold(p) == joined
                    || folded
                        .first()
                        .is_some_and(|w| fold(p) == *w && folded.len() == 1)
            })
        })
    };
    let mut source = Source {
        span,
        text: surface.clone(),
        name: surface.clone(),
        kind: SourceKind::Unknown,
        agency: None,
        back_reference: false,
    };
    // "ha publicado fotografías del Porsche": a Romance media verb before a bare lowercase noun
    // has its object there, not its subject.
    if matches!(lex.language, "es" | "it" | "pt" | "fr")
        && kind == CueKind::MediaVerb
        && !is_capitalized(words[start].raw)
        && !media_noun(lex, &words[start].folded)
        && !in_list(PRONOUNS, &words[start].folded)
        && !in_list(ROMANCE_ARTICLES, &words[start].folded)
        && !matches!(words[start].folded.as_str(), "a" | "del" | "della" | "du" | "des" | "do" | "da")
        && end - start >= 2
    {
        return source;
    }
    // (A kind of body that names a medium as often: "the Agency", "la agencia italiana ANSA", a
    // service.)
    let medium_like = |folded: &str| ["agen", "servi", "dienst", "служб"].iter().any(|k| folded.starts_with(k)) || media_noun(lex, folded);
    // "citing U.S. and European officials", "– МЗС": a state or a state body, no medium.
    // ("el Servicio Geológico de Estados Unidos", «l'agence sanitaire de l'ONU»: an
    // international organisation.)
    // ("Lo ha reso noto la DFB": a body's abbreviation the tables know.)
    let abbreviation = {
        let bare = words[start..end].iter().filter(|w| !in_list(ROMANCE_ARTICLES, &w.folded) && !in_list(GERMAN_ARTICLES, &w.folded) && w.folded != "the").collect::<Vec<_>>();
        bare.len() == 1
            && bare[0].raw.chars().count() >= 2
            && bare[0].raw.chars().all(|c| c.is_uppercase())
            && crate::institution::concepts(bare[0].raw).is_some()
            // ("écrit l'Arcep", "schreibt die Arcep": a body's abbreviation written as a word.)
            || bare.len() == 1
                && is_capitalized(bare[0].raw)
                && crate::institution::abbreviation_of_body(bare[0].raw)
            // ("teilte das Friedrich-Loeffler-Institut mit": a body named after a person, its kind
            // after the hyphen.)
            || bare.len() == 1
                && bare[0].raw.contains('-')
                && bare[0].raw.rsplit('-').next().is_some_and(crate::institution::kind_only)
                && crate::institution::concepts(bare[0].raw).is_some()
            // ("scrive il Collegio dell'Autorità": a kind of body, capitalised alone; not "the
            // Agency", a medium's name as often.)
            || bare.len() == 1
                && is_capitalized(bare[0].raw)
                && crate::institution::kind_only(bare[0].raw)
                && !medium_like(&bare[0].folded)
    };
    // ("Lo rende noto l'Università di Padova", "a annoncé l'université de Padoue": a kind of body
    // opening the phrase, past its article, and a name after it.)
    let kind_then_name = {
        let first = words[start..end].iter().find(|w| !in_list(ROMANCE_ARTICLES, &w.folded) && !in_list(GERMAN_ARTICLES, &w.folded) && w.folded != "the");
        let first_raw = first.map(|w| ["l'", "l’", "L'", "L’"].iter().find_map(|a| w.raw.strip_prefix(a)).unwrap_or(w.raw)).unwrap_or("");
        crate::institution::kind_only(first_raw)
            && !medium_like(&fold(first_raw))
            && words[start..end].iter().skip_while(|w| !w.raw.ends_with(first_raw)).skip(1).any(|w| is_capitalized(w.raw) && crate::institution::body_head(w.raw).is_none())
    };
    if is_institution(&surface) || crate::institution::international_body(&surface).is_some() || abbreviation || statement_body(&surface) || kind_then_name {
        source.kind = SourceKind::Organization;
        return source;
    }
    // "Health care companies reported": a common noun closing an English subject names no medium.
    if lex.language == "en"
        && kind == CueKind::MediaVerb
        && end - start >= 2
        && !is_capitalized(words[end - 1].raw)
        && matches!(words[end - 1].folded.as_str(), "companies" | "firms" | "hospitals" | "banks" | "businesses" | "insurers" | "retailers" | "groups" | "schools" | "agencies" | "providers" | "carriers" | "airlines" | "utilities")
    {
        source.kind = SourceKind::Organization;
        return source;
    }
    // "Статтю британська газета опублікувала у четвер": the object opening the sentence is no
    // part of the subject after it.
    if matches!(lex.language, "uk" | "ru")
        && end - start >= 3
        && (start == 0 || gap(text, words, start - 1, start).contains(['.', '!', '?']))
        && matches!(
            folded[0],
            "статтю" | "матеріал" | "публікацію" | "розслідування" | "новину" | "інтерв'ю" | "статью" | "материал"
                | "публикацию" | "расследование" | "новость" | "интервью"
        )
    {
        return classify_source(text, words, start + 1, end, kind, lex, known, cue_folded);
    }
    // "berichtet unser Korrespondent", "a constaté notre journaliste": the article's own reporter,
    // no medium it cites (its own reporting is read from the phrase itself).
    if end - start >= 2
        && matches!(folded[0], "our" | "unser" | "unsere" | "unserem" | "unseren" | "unserer" | "notre" | "nos" | "наш" | "наша" | "нашого" | "нашего")
        && folded[1..].iter().any(|w| in_list(JOURNALIST_NOUNS, w))
    {
        source.kind = SourceKind::Person;
        return source;
    }
    // "el periodista italiano Davide Lanzoni", "the journalist Jan Kowalski": a journalist named,
    // with no medium in the phrase, is a person (whose post may be the origin).
    if end - start >= 3
        && folded.iter().any(|w| in_list(JOURNALIST_NOUNS, w))
        && is_capitalized(words[end - 1].raw)
        && is_capitalized(words[end - 2].raw)
        && words[start..end - 2].iter().all(|w| !is_capitalized(w.raw))
        && stemmata_text::media::within(&surface).is_none()
        && !folded.iter().any(|w| in_list(MEDIA_WORDS, w))
    {
        source.kind = SourceKind::Person;
        return source;
    }
    if let Some(a) = agency::lookup(&surface)
        .or_else(|| {
            // "die Deutsche Presse-Agentur", "German news agency dpa", "агентство dpa": the name
            // after determiners, describing words and a media noun.
            (start + 1..end).find_map(|k| {
                let lead_ok = words[start..k].iter().all(|w| {
                    !is_capitalized(w.raw)
                        || in_list(DETERMINERS, &w.folded)
                        || in_list(GERMAN_ARTICLES, &w.folded)
                        || media_noun(lex, &w.folded)
                }) || media_noun(lex, &words[k - 1].folded);
                if !lead_ok {
                    return None;
                }
                let tail = &text[words[k].start..words[end - 1].end];
                agency::lookup(tail).filter(|a| {
                    // A lowercase word stands for an agency only as its exact abbreviation.
                    is_capitalized(words[k].raw) || a.abbreviations.contains(&tail)
                })
            })
        })
        .or_else(|| {
            // "the news agency Reuters", "агентство Укрінформ"
            // (Not a surname after a given name: "Sprecherin Katarzyna Wolff".)
            words[start..end].iter().enumerate().find_map(|(k, w)| {
                let surname = k > 0 && is_capitalized(words[start + k - 1].raw) && crate::given_names::is_given_name(&words[start + k - 1].folded);
                if is_capitalized(w.raw) && !surname {
                    agency::lookup(w.raw)
                } else {
                    None
                }
            })
        })
    {
        source.kind = SourceKind::Agency;
        source.agency = Some(a.id);
        source.name = a.name.to_string();
        return source;
    }
    // "Генеральний директор Solent Maritime Systems Гарет Прайс": after a person's title, the
    // phrase (a company and a name) is the person.
    if start > 0
        && is_person_title(&words[start - 1].folded)
        && gap_is_space(gap(text, words, start - 1, start))
        && words[start..end].iter().any(|w| is_capitalized(w.raw))
    {
        source.kind = SourceKind::Person;
        return source;
    }
    // A well-known medium ("the FT", "WaPo", «Ґардіан», "британській телерадіокомпанії BBC"): an
    // outlet whatever the cue, under its name.
    // ("Il Metro di Valdecierva", "the Metro of Lisbon": a medium's name as the first word of
    // another body's, a place after it, is that body.)
    if let Some((_, range)) = stemmata_text::media::within(&surface).filter(|(_, r)| {
        let after = &surface[r.end..];
        let place = ["di ", "de ", "of ", "del ", "do ", "da ", "von "].iter().find_map(|p| after.strip_prefix(' ').and_then(|a| a.strip_prefix(p)));
        !place.is_some_and(|rest| rest.starts_with(char::is_uppercase))
    }) {
        source.name = surface[range].to_string();
        source.kind = SourceKind::Outlet;
        return source;
    }
    // "a Lindau Herald report", "the Lindau Herald story": the medium whose report it is.
    let report_noun = |w: &str| matches!(w, "report" | "story" | "article" | "investigation" | "piece");
    if end - start >= 2
        && report_noun(folded[end - start - 1])
        && !is_capitalized(words[end - 1].raw)
        && words[start..end - 1].iter().enumerate().all(|(k, w)| {
            is_capitalized(w.raw) && !title_word(&w.folded) || k == 0 && matches!(w.folded.as_str(), "a" | "an" | "the")
        })
        && words[start..end - 1].iter().any(|w| in_list(MEDIA_WORDS, &w.folded))
    {
        let first = if is_capitalized(words[start].raw) && !matches!(folded[0], "the" | "a" | "an") { start } else { start + 1 };
        source.name = text[words[first].start..words[end - 2].end].to_string();
        source.kind = SourceKind::Outlet;
        return source;
    }
    // ("Польская газета сообщила" opening a sentence or a title: a country's adjective,
    // capitalised as the first word; within a sentence it opens a name, "як передає Польська
    // агенція преси".)
    const SLAVIC_NATIONALITIES: &[&str] = &[
        "польск", "польськ", "британск", "британськ", "немецк", "німецьк", "американск", "американськ", "французск",
        "французьк", "итальянск", "італійськ", "испанск", "іспанськ", "чешск", "чеськ", "литовск", "литовськ",
        "латвийск", "латвійськ", "эстонск", "естонськ", "швейцарск", "швейцарськ", "австрийск", "австрійськ",
        "нидерландск", "нідерландськ", "голландск", "голландськ", "португальск", "португальськ", "канадск", "канадськ",
    ];
    let opening_nationality = |k: usize| {
        k == start
            && (k == 0 || gap(text, words, k - 1, k).contains(['.', '!', '?', '\n']))
            && SLAVIC_NATIONALITIES.iter().any(|n| words[k].folded.starts_with(n))
    };
    // "the German paper", "this Romanian daily", "британській газеті": a medium described, not named.
    let described = ((2..=6).contains(&(end - start)) || end - start == 1 && matches!(lex.language, "uk" | "ru"))
        // "Канал опублікував відео": a media noun alone opening the sentence is capitalised.
        && (!is_capitalized(words[end - 1].raw) || start == 0 && end == 1 && matches!(lex.language, "uk" | "ru"))
        && media_noun(lex, folded[end - start - 1])
        && words[start..end - 1].iter().enumerate().all(|(k, w)| {
            k == 0 && matches!(w.folded.as_str(), "the" | "this" | "that") || describing_word(w) && !in_list(PRONOUNS, &w.folded) || opening_nationality(start + k)
        })
        && (matches!(folded[0], "the" | "this" | "that") || matches!(lex.language, "uk" | "ru"));
    // "dem Mailänder Blatt", "das Hamburger Magazin": a city's adjective and a plain media noun
    // describe a medium ("Hamburger Abendblatt", "Berliner Zeitung" are names).
    let german_described = lex.language == "de" && {
        let w: Vec<&Word<'_>> = words[start..end].iter().filter(|w| !in_list(GERMAN_ARTICLES, &w.folded)).collect();
        let by_city = w.len() == 2
            && is_capitalized(w[0].raw)
            && w[0].folded.ends_with("er")
            && matches!(
                w[1].folded.as_str(),
                "blatt" | "blattes" | "blatts" | "magazin" | "magazins" | "nachrichtenmagazin" | "nachrichtenmagazins"
                    | "wochenzeitung" | "wochenmagazin" | "boulevardblatt" | "boulevardzeitung" | "tageszeitung"
                    | "wirtschaftszeitung" | "wirtschaftsblatt" | "nachrichtenportal" | "sender" | "senders" | "portal"
            );
        // "laut dem englischen Portal", "Die italienische Sportzeitung schreibt": lowercase
        // adjectives and a media noun after an article describe a medium named before.
        let by_adjectives = || {
            in_list(GERMAN_ARTICLES, &words[start].folded)
                && (2..=3).contains(&w.len())
                && w[..w.len() - 1].iter().all(|a| !is_capitalized(a.raw) && a.raw.chars().all(char::is_alphabetic))
                && media_noun(lex, &w[w.len() - 1].folded)
        };
        by_city || by_adjectives()
    };
    if any_lex(|l| l.back_references)
        || described
        || german_described
        || joined.starts_with("the article")
        || joined == "the authors"
    {
        source.kind = SourceKind::Outlet;
        source.back_reference = true;
        return source;
    }
    if end - start == 1 && in_list(PRONOUNS, folded[0]) {
        source.kind = SourceKind::Person;
        return source;
    }

    // "published by the Warsaw-based research firm X": a describing word before a kind, no name.
    if DESCRIBING_SUFFIXES.iter().any(|e| folded[end - start - 1].ends_with(e)) {
        return source;
    }
    // "сообщает пресс-служба регионального ГУ МЧС", "the press office of X": a body speaking.
    if matches!(folded[0], "пресс-служба" | "прес-служба" | "пресслужба" | "пресс-службы" | "прес-служби" | "pressestelle" | "biuro")
        || end - start >= 2 && matches!((folded[0], folded[1]), ("press", "office" | "service") | ("the", "press"))
    {
        source.kind = SourceKind::Organization;
        return source;
    }
    // "selon lequel", "according to which": the medium named before in the sentence.
    // ("…, which unions say has left …": a determiner of the speakers, who are no medium.)
    // (A plural noun phrase: "which French officials have said"; not "which left little".)
    const PLURAL_SPEAKERS: &[&str] = &["unions", "officials", "analysts", "experts", "critics", "sources", "economists", "scientists", "researchers", "activists", "residents", "workers"];
    if end - start > 1
        && folded[0] == "which"
        && !folded[1..].iter().any(|w| media_noun(lex, w))
        && folded.last().is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
        && (end - start > 2 || PLURAL_SPEAKERS.contains(&folded[1]))
    {
        return classify_source(text, words, start + 1, end, kind, lex, known, cue_folded);
    }
    if end - start >= 1 && matches!(folded[0], "lequel" | "laquelle" | "lesquels" | "lesquelles" | "which" | "cui") {
        source.kind = SourceKind::Outlet;
        source.back_reference = true;
        return source;
    }
    // "a précisé à l'agence le Dr Hélène Castagnier": a titled name is a person, whatever the cue.
    let lead = usize::from(matches!(folded[0], "le" | "la" | "l'" | "the" | "der" | "die" | "el" | "il"));
    if end - start > lead + 1
        && in_list(TITLE_ABBREVIATIONS, folded[lead].trim_end_matches('.'))
        && words[start + lead + 1..end].iter().all(|w| is_capitalized(w.raw))
    {
        source.kind = SourceKind::Person;
        return source;
    }
    // "19 Prozent von ihnen berichten", "41 percent said": a share of people, no medium.
    if folded[0].chars().all(|c| c.is_ascii_digit())
        && folded.get(1).is_some_and(|w| matches!(*w, "prozent" | "percent" | "per" | "%" | "pour" | "відсотків" | "процентов" | "proc" | "por"))
    {
        source.kind = SourceKind::Person;
        return source;
    }
    // "Das berichten Forschende der Universität X": researchers speak for themselves, no medium.
    if matches!(
        folded[0],
        "forschende" | "forscher" | "forscherinnen" | "wissenschaftler" | "wissenschaftlerinnen" | "researchers" | "scientists"
            | "chercheurs" | "scientifiques" | "дослідники" | "науковці" | "вчені" | "исследователи" | "ученые" | "учёные"
    ) {
        source.kind = SourceKind::Person;
        return source;
    }
    // "l'acteur de 44 ans", "the 46-year-old", "52-річна", "la regista, 52 anni", "schrieb der
    // 51-Jährige": a person by age.
    if age_described(&folded, lex.language) {
        source.kind = SourceKind::Person;
        return source;
    }
    // "le quotidien britannique Calderwick Times": a French media noun, its adjectives, the name.
    let french_start = french_media_name_start(words, start, end, lex);
    if french_start > start {
        source.name = text[words[french_start].start..span.end].to_string();
        source.kind = SourceKind::Outlet;
        return source;
    }
    // Strip a leading media noun: "the newspaper The Times", "видання The Telegraph".
    let mut name_start = start;
    for n in 1..(end - start) {
        let head = folded[..n].join(" ");
        // "die Nachrichtenagentur Nordic Wire", "the agency Nordic Wire": the article does not matter.
        let head_without_article = match folded[0] {
            "the" | "die" | "der" | "das" | "den" | "dem" | "le" | "la" | "les" | "l'" | "el"
            | "il"
                if n > 1 =>
            {
                folded[1..n].join(" ")
            }
            _ => head.clone(),
        };
        // ("the Dutch newspaper de Volkskrant", "het Parool": a Dutch name's article.)
        let dutch_article = matches!(words[start + n].folded.as_str(), "de" | "het")
            && !matches!(lex.language, "es" | "pt" | "fr" | "it")
            && words.get(start + n + 1).is_some_and(|w| start + n + 1 < end && is_capitalized(w.raw));
        let name_next = is_capitalized(words[start + n].raw)
            || dutch_article
            || is_domain_word(text[words[start + n].start..span.end].split_whitespace().next().unwrap_or(""));
        if [lex, &lexicon::ENGLISH].iter().any(|l| {
            l.media_nouns
                .iter()
                .any(|m| fold(m) == head || fold(m) == head_without_article)
        }) && (!is_capitalized(words[start + n - 1].raw)
            // German capitalises every noun: "die Nachrichtenagentur Nordic Wire".
            || lexicon::GERMAN.media_nouns.iter().any(|m| fold(m) == words[start + n - 1].folded))
            && name_next
            // Describing words before the medium: "the local newspaper Zoriani Visti", "місцеве
            // видання Erlenauer Anzeiger", "die ukrainische Lokalzeitung Zoriani Visti".
            // A capitalised adjective of nationality counts when the media noun is lowercase
            // ("the German paper Havelland Kurier", "the British weekly The Northern Chronicle").
            || words[start..start + n - 1].iter().enumerate().all(|(k, w)| {
                    !is_capitalized(w.raw)
                        || k == 0 && in_list(GERMAN_ARTICLES, &w.folded)
                        // "das Westschweizer Fernsehen RTS": a German adjective of place.
                        || k > 0 && in_list(GERMAN_ARTICLES, &words[start].folded) && w.raw.ends_with("er")
                        || !is_capitalized(words[start + n - 1].raw)
                            && (k == 0 && in_list(DETERMINERS, &w.folded) || describing_word(w))
                })
                && name_next
                && !document_paper(&words[start..start + n])
                && {
                    let last = words[start + n - 1].folded.as_str();
                    let german_compound = ["zeitung", "agentur", "blatt", "sender"]
                        .iter()
                        .any(|h| last.len() > h.len() + 2 && last.ends_with(h));
                    // A capitalised medium word is part of the name ("Daily Wire"), bar German nouns.
                    german_compound
                        || (!is_capitalized(words[start + n - 1].raw)
                            || lexicon::GERMAN.media_nouns.iter().any(|m| fold(m) == last))
                            && [lex, &lexicon::ENGLISH, &lexicon::GERMAN].iter().any(|l| {
                                l.media_nouns.iter().any(|m| !m.contains(' ') && fold(m) == last)
                            })
                }
        {
            name_start = start + n;
        }
    }
    if name_start > start {
        let s = Span::new(words[name_start].start, span.end);
        source.name = text[s.start..s.end].to_string();
        source.kind = SourceKind::Outlet;
        return source;
    }
    // (An article opening a sentence is no name: "O governante adiantou", "La coalición
    // gobernante cuenta".)
    let has_name = words[start..end]
        .iter()
        .filter(|w| {
            is_capitalized(w.raw)
                && !in_list(DETERMINERS, &w.folded)
                && !in_list(PRONOUNS, &w.folded)
                && !in_list(ROMANCE_ARTICLES, &w.folded)
        })
        .count();
    let anonymous_head = folded
        .iter()
        .any(|w| in_list(lex.anonymous_heads, w) || in_list(lexicon::ENGLISH.anonymous_heads, w));
    // "deux sources du Palazzo Chigi", "two officials at the Home Office": the phrase opens with
    // unnamed ones, whoever they belong to.
    // (Written in lower case: "Insider Stepy" is a channel's name.)
    let opens_anonymous = folded
        .iter()
        .zip(&words[start..end])
        .find(|(w, _)| {
            !in_list(DETERMINERS, w)
                && !w.chars().all(|c| c.is_ascii_digit())
                && !matches!(
                    **w,
                    "two" | "three" | "four" | "several" | "deux" | "trois" | "quatre" | "plusieurs" | "des" | "zwei" | "drei"
                        | "mehrere" | "dos" | "tres" | "varias" | "varios" | "due" | "tre" | "alcune" | "alcuni" | "dwa"
                        | "dwie" | "trzy" | "kilka" | "два" | "две" | "три" | "дві" | "кілька" | "несколько"
                )
        })
        .is_some_and(|(w, raw)| {
            !is_capitalized(raw.raw) && (in_list(lex.anonymous_heads, w) || in_list(lexicon::ENGLISH.anonymous_heads, w))
        });
    // "Una de ellas asegura", "one of them said", "l'une d'elles": one of the sources named before.
    let one_of_them = end - start >= 3
        && matches!(folded[0], "una" | "uno" | "one" | "l'une" | "l'un" | "eine" | "einer" | "uma" | "um")
        && matches!(folded[1], "de" | "of" | "d'elles" | "d'eux" | "von" | "delas" | "deles")
        || end - start >= 2 && matches!((folded[0], folded[1]), ("один" | "одна" | "одно", "из" | "з") | ("l'une" | "l'un", "d'elles" | "d'eux"));
    if one_of_them && folded.last().is_some_and(|w| matches!(*w, "ellas" | "ellos" | "them" | "ihnen" | "elas" | "eles" | "них" | "d'elles" | "d'eux")) {
        source.kind = SourceKind::Anonymous;
        return source;
    }
    // ("preliminary figures released on Thursday by Statistics Poland", "official figures":
    // figures published are data, not people; "senior figures" are.)
    let data_figures = folded.iter().enumerate().any(|(k, w)| {
        matches!(*w, "figures" | "figure")
            && (k > 0
                && matches!(
                    folded[k - 1],
                    "preliminary" | "official" | "provisional" | "latest" | "new" | "final" | "monthly" | "annual" | "quarterly" | "initial" | "revised" | "census" | "government"
                )
                || folded.get(k + 1).is_some_and(|n| matches!(*n, "released" | "published" | "issued" | "compiled" | "from" | "show" | "showed")))
    });
    if data_figures && has_name == 0 {
        source.kind = SourceKind::Document;
        return source;
    }
    if anonymous_head && !data_figures && (has_name <= 1 || opens_anonymous)
        || folded
            .iter()
            .any(|w| matches!(*w, "anonymous" | "anonymity" | "unnamed" | "familiar"))
    {
        source.kind = SourceKind::Anonymous;
        return source;
    }
    // "За словами Гриньківа", "по словам Иванова": words are a person's, not a medium's (a well-known
    // medium was read above; a name another article credits as a medium is no medium here).
    if has_name > 0 && matches!(cue_folded, "за словами" | "по словам" | "со слов" | "zdaniem") {
        source.kind = SourceKind::Person;
        return source;
    }
    let key = crate::outlet_key(&surface);
    let domain_like = !surface.contains(' ') && is_domain_word(&surface);
    let person_title = folded.iter().any(|w| title_word(w));
    // A media word counts when it is part of the name ("Fox News", not "a European agency").
    // Cyrillic names are in sentence case ("Невский вестник"): their first word is capitalised.
    let cyrillic_name = is_capitalized(words[start].raw) && stemmata_text::has_cyrillic(words[start].raw);
    // …and every word before it is part of the name too ("a draft seen by Kyiv Ledger" is a draft).
    let media_word = !person_title
        && (start..end).any(|k| {
            let w = &words[k];
            (in_list(MEDIA_WORDS, &w.folded)
                || k > start && transliterated_media_word(w)
                || german_media_compound(&w.folded)
                    && [k.wrapping_sub(1), k + 1].into_iter().filter(|&j| j >= start && j < end).any(|j| {
                        is_capitalized(words[j].raw) && !in_list(GERMAN_ARTICLES, &words[j].folded) && !in_list(DETERMINERS, &words[j].folded)
                    }))
                && (is_capitalized(w.raw) || w.raw.contains('.') || cyrillic_name)
                && (cyrillic_name
                    || words[start..k].iter().all(|x| {
                        is_capitalized(x.raw)
                            || matches!(x.folded.as_str(), "the" | "of" | "le" | "la" | "les" | "el" | "il")
                            || in_list(GERMAN_ARTICLES, &x.folded)
                            // "der britische Greyholm Standard": an adjective after the article.
                            || (in_list(GERMAN_ARTICLES, &words[start].folded) || words[start].folded == "the")
                                && describing_word(x)
                    }))
        });
    let case_key = crate::outlet_case_key(&surface);
    // ("heißt es in dem Post": a German social-network post, no paper named Post.)
    if lex.language == "de"
        && folded.last().is_some_and(|w| *w == "post")
        && folded.len() <= 2
        && folded.first().is_some_and(|w| matches!(*w, "dem" | "den" | "einem" | "einen" | "im" | "post" | "der" | "ihrem" | "seinem"))
    {
        source.kind = SourceKind::Document;
        return source;
    }
    if !key.is_empty() && known.iter().any(|k| crate::outlet_keys_match(k, &key) || *k == case_key)
        || domain_like
        || media_word && has_name > 0
    {
        source.kind = SourceKind::Outlet;
        return source;
    }
    // German compounds end in their head: "Prüfbericht", "Abschlussgutachten".
    let document_head = |w: &&str| {
        // (Folded, as the phrase's words are: "délibération", "declaración".)
        lex.document_heads.iter().any(|h| fold(h) == **w)
            || in_list(lexicon::ENGLISH.document_heads, w)
            || in_list(lexicon::GERMAN.document_heads, w)
            // (Plural and genitive endings too: "laut den Gefängnisprotokollen".)
            || lex.language == "de"
                && lexicon::GERMAN.document_heads.iter().any(|h| {
                    h.chars().count() >= 5 && ["", "e", "en", "n", "s", "es"].iter().any(|x| w.strip_suffix(x).is_some_and(|st| st.ends_with(h)))
                })
    };
    // A document head before any name is the head of the phrase: "an internal memo from chief
    // executive Maren Østby", "внутрішній лист генеральної директорки Марен Естбю".
    let first_name = words[start..end].iter().position(|w| {
        is_capitalized(w.raw) && !in_list(DETERMINERS, &w.folded) && !document_head(&w.folded.as_str())
    });
    let head_first = folded.iter().position(document_head).is_some_and(|d| first_name.is_none_or(|n| d < n));
    if folded.iter().any(document_head) && (has_name <= 1 || head_first) {
        source.kind = SourceKind::Document;
        return source;
    }
    // German compounds end in their head: "Energieministerium", "Gesundheitsamt".
    let german_body = |w: &str| {
        lex.language == "de"
            && ["ministerium", "behorde", "behörde", "verwaltung", "regierung", "polizei", "amt", "rat"]
                .iter()
                .any(|h| w.len() >= h.len() + 4 && w.ends_with(h) && !w.ends_with("samt"))
    };
    if folded.iter().any(|w| in_list(ORGANIZATION_WORDS, w) || german_body(w))
        // Ukrainian and Russian institutions in any case ("за даними міністерства", "по данным
        // Росстата").
        || folded.iter().any(|w| ORGANIZATION_STEMS.iter().any(|st| w.starts_with(st)))
    {
        source.kind = SourceKind::Organization;
        return source;
    }
    // "O Bétis anunciou, no seu site oficial, …", "Il Real Betis ha comunicato attraverso il proprio
    // sito ufficiale": a name that announces on its official website is a body's (a medium has no
    // "official" site).
    if has_name > 0 && !words.is_empty() && names_official_site(&fold(&text[words[0].start..words[words.len() - 1].end])) {
        source.kind = SourceKind::Organization;
        return source;
    }
    if has_name > 0 {
        // "the Greyholm Standard", "L'Éveil de Montcharrier": an article opens a title, not a
        // person's name.
        // "La Voix du Nord", "L'Écho": the word after the article is capitalised too ("L'avocat
        // du condamné" is no title).
        let french_title = matches!(folded[0], "le" | "la" | "les" | "l'" | "l" | "el" | "il" | "lo" | "o" | "os" | "los" | "las")
            && is_capitalized(words[start].raw)
            && words.get(start + 1).is_some_and(|w| is_capitalized(w.raw))
            && !folded.iter().any(|w| matches!(*w, "pen" | "drian" | "maire"));
        let the_name = (folded[0] == "the" || french_title) && end - start >= 2;
        // An unknown name that publishes is an outlet ("Politico reported", "according to
        // The Telegraph"); one that speaks is a person ("Rubio said").
        // An unknown abbreviation after "according to", "за даними" is more often an
        // institution's (ДСНС, NPU) than a medium's: the media abbreviations are known ones (CNN,
        // AFP, УНІАН); one that publishes ("повідомляє X") stays a medium.
        let abbreviation = has_name == 1
            && end - start == 1
            && words[start].raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && words[start].raw.chars().all(|c| !c.is_lowercase());
        let data_cue = ["даними", "данным", "according", "laut", "selon", "apres"].iter().any(|c| cue_folded.contains(c));
        let media_cue = matches!(kind, CueKind::MediaVerb)
            || matches!(kind, CueKind::SourceAfter)
                && (the_name
                    || publishing_cue && !(abbreviation && data_cue)
                    || has_name == 1
                        && end - start == 1
                        && !abbreviation
                        && !words[start].raw.chars().skip(1).all(char::is_lowercase));
        // "President Zelenskyy reported", "Marco Rubio wrote": a person's name with a title or
        // two or more plain capitalised words is a person, whatever the verb.
        let person_like = person_title
            // "повідомляє Олена Гнатюк, речниця міськради": an apposition calls the name a person.
            || !the_name && appositive_person(text, words, end, lex)
            // "l'historienne de l'art Larysa Tymochenko", "le curé Vasyl Melnytchouk": a French
            // article and a lowercase noun of no medium or body before a name of two words or more.
            || lex.language == "fr"
                && matches!(folded[0], "le" | "la" | "l'")
                && end - start >= 4
                && has_name >= 2
                && !is_capitalized(words[start + 1].raw)
                && !media_noun(lex, &words[start + 1].folded)
                && !in_list(ORGANIZATION_WORDS, &words[start + 1].folded)
                && !ORGANIZATION_STEMS.iter().any(|st| words[start + 1].folded.starts_with(st))
                && is_capitalized(words[end - 1].raw)
                && is_capitalized(words[end - 2].raw)
            // "сообщает Иван Петренко", "rapporte Jean Dupont": a given name and a surname, unquoted;
            // also after a title ("написав очільник Ожинської ОВА Олег Кривошия").
            || !the_name
                && (2..=3).contains(&(end - start))
                && words[start..end].iter().all(|w| is_capitalized(w.raw))
                && crate::given_names::is_given_name(&words[start].folded)
                && !text[..words[start].start].trim_end().ends_with(OPENING_QUOTES)
            || !the_name
                && end - start >= 3
                && !is_capitalized(words[start].raw)
                && crate::given_names::is_given_name(&words[end - 2].folded)
                && is_capitalized(words[end - 2].raw)
                && is_capitalized(words[end - 1].raw)
            || !the_name
                && !publishing_cue
                && has_name >= 2
                && words[start..end].iter().all(|w| {
                    w.raw
                        .chars()
                        .skip(1)
                        .all(|c| c.is_lowercase() || c == '\'' || c == '-')
                });
        // A name opening with a place is no person's ("according to Kyiv Ledger").
        let place_first = has_name >= 2
            && end - start >= 2
            && !person_title
            && stemmata_entities::gazetteer::is_place(&words[start].folded);
        source.kind = if french_title && end - start >= 2 || place_first && matches!(kind, CueKind::SourceAfter | CueKind::MediaVerb) {
            SourceKind::Outlet
        } else if person_like {
            SourceKind::Person
        } else if media_cue || the_name && kind == CueKind::MediaVerb {
            SourceKind::Outlet
        } else if the_name || abbreviation {
            SourceKind::Organization
        } else {
            SourceKind::Person
        };
        return source;
    }
    source.kind = if anonymous_head {
        SourceKind::Anonymous
    } else {
        SourceKind::Unknown
    };
    source
}

/// State bodies and institutions news names by a short name ("МЗС", "Генштаб", "the Pentagon"):
/// sources that speak, never media.
/// Whether a name read as a medium's is a person's ("a expliqué à l'agence Sylvie Marchetti":
/// the agency heard her) or no name at all ("приводит радиостанция слова 54-летней женщины"): a
/// given name and a surname, or a figure first; known media excepted.
pub fn not_a_medium_name(name: &str) -> bool {
    let name = name.trim();
    if stemmata_text::media::lookup(name).is_some() || agency::lookup(name).is_some() {
        return false;
    }
    let words: Vec<&str> = crate::words(name).collect();
    // (An age, "54-летней", "26-year-old"; city sites are named by their dialling code: "0599.ua".)
    let age = name.split_once('-').is_some_and(|(n, rest)| {
        !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(char::is_alphabetic)
    });
    // ("via SMS", "per E-Mail": a way of sending messages, no medium.)
    // ("publié sur Internet": the network itself, no medium.)
    let channel = matches!(fold(name).as_str(), "sms" | "e-mail" | "email" | "mms" | "whatsapp" | "signal" | "imessage" | "internet" | "l'internet" | "web"
        // ("den die GSL … auf ihrer Internetseite veröffentlichte": a body's own site.)
        | "internetseite" | "webseite" | "homepage");
    // ("posted on its website Tuesday": a day, no medium.)
    let day = words.len() == 1 && in_list(WEEKDAYS, &fold(name));
    // ("a post on the Telegram messaging app": the platform itself.)
    let platform = name.strip_prefix("the ").unwrap_or(name) == "X"
        || matches!(
        fold(name.strip_prefix("the ").unwrap_or(name)).as_str(),
        "telegram" | "facebook" | "instagram" | "twitter" | "tiktok" | "youtube" | "linkedin" | "threads" | "bluesky" | "vk" | "vkontakte"
    );
    // ("Footage filmed … and shared on Instagram": what was shared, no medium.)
    let media_item = words.len() == 1
        && matches!(fold(name).as_str(), "footage" | "video" | "videos" | "photos" | "pictures" | "images" | "photographs" | "recording" | "recordings");
    let day = day || platform || media_item;
    // ("Laut den Ermittlern", "nach Angaben der Fahnder": people at work, named by their
    // German plural.)
    const GERMAN_GROUPS: &[&str] = &[
        "ermittler", "ermittlern", "fahnder", "fahndern", "experten", "forscher", "forschern", "beamten", "behorden",
        "staatsanwalte", "staatsanwalten", "anwalte", "anwalten", "insider", "insidern", "beobachter", "beobachtern",
        "analysten", "kreisen", "kreise", "retter", "rettern", "einsatzkrafte", "einsatzkraften", "augenzeugen",
    ];
    let group = words.last().is_some_and(|w| GERMAN_GROUPS.contains(&fold(w).as_str()))
        && words.len() <= 2
        && words.first().is_some_and(|w| words.len() == 1 || in_list(GERMAN_ARTICLES, &fold(w)));
    // ("4% mensual", "понад 1100", "Ще дві": a quantity, no medium; "20 Minutes" and "24 Канал"
    // keep their capitalised word.)
    const MORE: &[&str] = &["понад", "більше", "більш", "ще", "близько", "приблизно", "более", "больше", "еще", "ещё", "около", "ponad", "przeszlo", "uber", "mehr", "plus", "mas", "oltre", "over", "more", "about", "around"];
    // (Not a city site by its dialling code: "0599.ua".)
    let quantity = name.contains(' ')
        && words.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit()) && (name.contains('%') || words.get(1).is_some_and(|n| !is_capitalized(n))) || MORE.contains(&fold(w).as_str())
        });
    age || channel || day || group || quantity
        || (2..=3).contains(&words.len())
            && words.iter().all(|w| is_capitalized(w))
            && crate::given_names::is_given_name(&fold(words[0]))
        // "the Polish Anti-Doping Agency", "Federal Cartel Office": a public body of a field.
        || crate::institution::public_body(name)
}

/// Whether the words read as a medium's name hold a person's title: "francesa la ministra de
/// Vivienda" after "declaró a la agencia", "le ministre italien de l'Intérieur" after "a déclaré à
/// l'agence": the speaker, after a medium only described.
pub fn titled_person(text: &str, name: &str) -> bool {
    // (A title after the name is the next phrase's: "в интервью Би-би-си заместитель министра".)
    let before = text.rfind(name).map_or(text, |at| &text[..at]);
    crate::words(before).any(|w| {
        let f = fold(w);
        !is_capitalized(w) && is_person_title(&f)
    })
}

/// Whether a name is a place's ("США", "Kyiv"): no medium is called by it alone.
pub fn names_a_place(name: &str) -> bool {
    let n = name.trim();
    // ("Voronezh Oblast", "Kursk Region", "Odesa Oblast": a name with a word for a region after it.)
    let region = n.split_whitespace().count() >= 2
        && n.split_whitespace().last().is_some_and(|w| matches!(w, "Oblast" | "Region" | "Province" | "Raion" | "District" | "County"));
    // (A country after its article, "Le Kazakhstan assure …", unless a medium is called so: "La
    // Provence".)
    let bare = ["Le ", "La ", "Les ", "L'", "le ", "la ", "les ", "l'", "El ", "el ", "Il ", "il ", "Der ", "Die ", "Das ", "der ", "die ", "das ", "The ", "the "]
        .iter()
        .find_map(|a| n.strip_prefix(a))
        .filter(|b| b.starts_with(char::is_uppercase) && stemmata_text::media::lookup(n).is_none());
    region
        || stemmata_entities::gazetteer::is_place(&n.to_lowercase())
        || stemmata_entities::gazetteer::is_place(&fold(n))
        || bare.is_some_and(|b| stemmata_entities::gazetteer::is_place(&b.to_lowercase()) || stemmata_entities::gazetteer::is_place(&fold(b)))
}

/// "Співрозмовники The Guardian", "Источники The Guardian", "sources of the paper": the medium
/// whose unnamed sources they are, when an unnamed head opens a medium's name.
pub fn medium_behind_sources(name: &str) -> Option<String> {
    let (head, rest) = name.trim().split_once(char::is_whitespace)?;
    const SOURCE_NOUNS: &[&str] = &[
        "співрозмовники", "співрозмовник", "співрозмовника", "джерела", "джерело", "источники", "источник", "собеседники",
        "собеседник", "sources", "quellen", "zrodło", "zrodła", "fuentes", "fonti", "fontes",
    ];
    // ("передает корреспондент Sports.ru": a medium's journalist, named by the medium.)
    const JOURNALIST_NOUNS: &[&str] = &[
        "корреспондент", "кореспондент", "журналист", "журналіст", "korespondent", "dziennikarz", "korrespondent",
    ];
    let head = fold(head);
    let rest = rest.trim();
    // ("wie ein Lokalaugenschein des STANDARD zeigt": a German noun of a report, the known medium
    // whose it is in the genitive.)
    if let Some(owner) = rest.strip_prefix("des ").or_else(|| rest.strip_prefix("der "))
        && name.trim().starts_with(char::is_uppercase)
        && !head.is_empty()
        // (Or a paper's name in capitals, as German papers write their own: "des SPIEGEL".)
        && (stemmata_text::media::lookup(owner).is_some() || owner.chars().count() >= 3 && owner.chars().all(|c| c.is_uppercase()))
    {
        return Some(owner.to_string());
    }
    let journalist = JOURNALIST_NOUNS.iter().any(|h| fold(h) == head)
        && !rest.contains(' ')
        && !crate::given_names::is_given_name(&fold(rest))
        && (stemmata_text::media::lookup(rest).is_some() || stemmata_text::outlet::looks_like_domain(rest));
    let anonymous = SOURCE_NOUNS.iter().any(|h| fold(h) == head) || journalist;
    (anonymous && rest.chars().next().is_some_and(|c| c.is_uppercase() || OPENING_QUOTES.contains(&c))).then(|| {
        rest.trim_matches(|c: char| OPENING_QUOTES.contains(&c) || CLOSING_QUOTES.contains(&c)).to_string()
    })
}

/// A body that speaks in its own statements, named ("het Havenbedrijf Rotterdam", "la Guardia
/// costiera"): an organisation, not a person or a medium.
/// (A body's press office or service is read apart: "пресс-служба регионального ГУ МЧС" is the
/// office of the body named elsewhere.)
fn statement_body(name: &str) -> bool {
    crate::institution::speaks_in_statements(name)
        && (!crate::institution::mentions_press(name) || crate::institution::concepts(name).is_some_and(|c| c.contains("HOLYSEE")))
}

pub fn is_institution(name: &str) -> bool {
    const INSTITUTIONS: &[&str] = &[
        "мзс", "мвс", "моз", "сбу", "зсу", "гур", "генштаб", "оп", "нбу", "міноборони", "мінфін", "мінекономіки",
        "кабмін", "верховна рада", "офіс президента", "міністерство оборони", "мид", "мвд", "фсб", "минобороны",
        "минфин", "кремль", "пентагон", "білий дім", "белый дом", "нато", "єс", "ес", "оон", "onu", "магате", "ова", "ода",
        "the white house", "white house", "the pentagon", "pentagon", "the kremlin", "kremlin", "state department",
        "the state department", "downing street", "whitehall", "nato", "the eu", "the un", "iaea", "ministry of defence",
        "the ministry of defence", "u.s", "u.s.", "us", "uk", "u.k", "eu", "the u.s", "the u.s.", "the us", "the uk",
    ];
    INSTITUTIONS.contains(&name.trim().to_lowercase().as_str())
}

/// A title's trailing credit: "US ready to recognise ... – The Telegraph". Returns the source
/// with spans into the title.
pub fn title_credit(title: &str) -> Option<Source> {
    let trimmed = title.trim_end();
    let mut best: Option<usize> = None;
    for sep in [" – ", " — ", " - ", " | ", " :: "] {
        if let Some(p) = trimmed.rfind(sep) {
            let at = p + sep.len();
            if best.is_none_or(|b| at > b) {
                best = Some(at);
            }
        }
    }
    // "… (Carpathian Voice)", "… [Karpatenbote]": a name in brackets closing the title (not a
    // label such as "(video)" or "(updated)").
    let bracketed = (trimmed.ends_with([')', ']']))
        .then(|| trimmed.rfind(['(', '[']))
        .flatten()
        .filter(|&p| p > 0 && trimmed[..p].ends_with(' '))
        .filter(|&p| {
            const LABELS: &[&str] = &[
                "video", "photo", "photos", "updated", "update", "live", "opinion", "analysis", "exclusive", "poll",
                "відео", "фото", "оновлено", "видео", "обновлено", "aktualisiert", "mise a jour",
            ];
            !LABELS.contains(&fold(trimmed[p + 1..trimmed.len() - 1].trim()).as_str())
        });
    let (at, trimmed) = match bracketed {
        Some(p) => (p + 1, &trimmed[..trimmed.len() - 1]),
        None => (best?, trimmed),
    };
    // A name in quotation marks: "… — «Голос Прикарпаття»".
    let start = trimmed.len() - trimmed[at..].trim_start().len();
    let (at, trimmed) = match (trimmed[start..].chars().next(), trimmed.chars().next_back()) {
        (Some(open @ ('«' | '"' | '“' | '„')), Some(close @ ('»' | '"' | '”' | '“'))) if trimmed.len() - start > 2 => {
            (start + open.len_utf8(), &trimmed[..trimmed.len() - close.len_utf8()])
        }
        _ => (at, trimmed),
    };
    let tail = trimmed[at..].trim();
    let n_words = crate::words(tail).count();
    // ("… – Stadion-Tour 2028!": an exclamation is the headline's, no name.)
    if tail.is_empty()
        || n_words == 0
        || n_words > 5
        || !is_capitalized(tail)
        || at < trimmed.len() / 3
        || tail.ends_with(['!', '?'])
    {
        return None;
    }
    // Tails that are not names: "Live updates", "Opinion", "300 Erlenauer in Sicherheit gebracht"
    // (a name's words are capitalised, bar the small words of names like "Corriere della Sera").
    if tail.chars().filter(|c| c.is_uppercase()).count() == 0 {
        return None;
    }
    // "… — ЗМІ", "… – Reports", "… — источники": the press or sources in general, no one named.
    const UNNAMED: &[&str] = &[
        "змі", "сми", "медіа", "медиа", "media", "medien", "presse", "medias", "reports", "report", "sources", "source",
        "джерела", "джерело", "источники", "источник", "quellen", "insider", "інсайдери", "инсайдеры", "press", "the press",
    ];
    if UNNAMED.contains(&fold(tail).as_str()) {
        return None;
    }
    // "закрила «Ягодин — Дорогуськ» для вантажівок": a dash inside a quoted name.
    let count = |c: char| tail.chars().filter(|&x| x == c).count();
    if count('»') > count('«') || count('“') + count('”') == 1 && !tail.starts_with('“') {
        return None;
    }
    // "pociąg Lwów – Przemyśl – Kraków": a route's stops, one word between two dashes, whatever
    // the gazetteer knows of them.
    let head = trimmed[..at].trim_end().trim_end_matches(['–', '—', '-']).trim_end();
    let (before_stop, stop) = head.rsplit_once(' ').unwrap_or(("", head));
    if before_stop.trim_end().ends_with(['–', '—']) && is_capitalized(stop) && !tail.contains(' ') && stemmata_text::media::lookup(tail).is_none() {
        return None;
    }
    // "потяг Київ — Відень": a place is no medium (the end of a route).
    if stemmata_text::media::lookup(tail).is_none()
        && agency::lookup(tail).is_none()
        && names_a_place(tail)
    {
        return None;
    }
    // "… kippt auf der A8 um – 14 Verletzte": a count is news, not a name (a known medium may
    // open with a number: "20 Minuten").
    if tail.starts_with(|c: char| c.is_ascii_digit()) && stemmata_text::media::lookup(tail).is_none() && agency::lookup(tail).is_none() {
        return None;
    }
    // ("… – Ablöse von 850.000 Dollar": a sum or a count inside the tail, with its thousands
    // written out, is news.)
    if tail.split_whitespace().any(|w| w.len() >= 5 && w.contains(['.', ',']) && w.chars().filter(char::is_ascii_digit).count() >= 4)
        && stemmata_text::media::lookup(tail).is_none()
    {
        return None;
    }
    // "… – Warnstufe Orange im Lake District": a phrase of where, not a name ("Der Anzeiger im
    // Tal" opens with its article).
    let tail_words: Vec<&str> = crate::words(tail).collect();
    if stemmata_text::media::lookup(tail).is_none()
        && agency::lookup(tail).is_none()
        && tail_words.iter().skip(1).any(|w| matches!(*w, "im" | "am" | "in" | "on"))
        && !matches!(fold(tail_words[0]).as_str(), "der" | "die" | "das" | "the" | "le" | "la" | "il" | "el")
    {
        return None;
    }
    const NAME_LINKS: &[&str] = &[
        "of", "the", "and", "de", "del", "della", "la", "le", "du", "des", "der", "die", "das", "und",
        "y", "e", "di", "van", "von", "on", "am", "im",
    ];
    // Cyrillic names are written in sentence case ("Українська правда", "Новая газета"): there
    // the first word alone must be capitalised.
    let cyrillic = stemmata_text::has_cyrillic(tail);
    let sentence_case = cyrillic
        && tail.chars().next().is_some_and(char::is_uppercase)
        && !tail.chars().any(|c| c.is_ascii_digit())
        && n_words <= 3;
    if agency::lookup(tail).is_none()
        && !sentence_case
        && !crate::words(tail).all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || w.contains('.')
                || w.chars().all(|c| c.is_ascii_digit())
                || NAME_LINKS.contains(&w)
        })
    {
        return None;
    }
    let start = trimmed.len() - trimmed[at..].trim_start().len();
    let span = Span::new(start, start + tail.len());
    let (kind, agency, name) = match agency::lookup(tail) {
        Some(a) => (SourceKind::Agency, Some(a.id), a.name.to_string()),
        // "… – МЗС", "… — Генштаб": a state body that said it, no medium.
        None if is_institution(tail) => (SourceKind::Organization, None, tail.to_string()),
        None => (SourceKind::Outlet, None, tail.to_string()),
    };
    Some(Source {
        span,
        text: tail.to_string(),
        name,
        kind,
        agency,
        back_reference: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, lang: &str) -> Vec<(String, Option<(String, SourceKind)>)> {
        extract_sentences(text, &[Span::new(0, text.len())], Some(lang), &[])
            .into_iter()
            .map(|a| (a.cue_text, a.source.map(|s| (s.text, s.kind))))
            .collect()
    }

    #[test]
    fn german_nouns_quoted_names_and_abbreviations_in_brackets() {
        let names = |text: &str, lang: &str| -> Vec<(String, SourceKind)> {
            extract_sentences(text, &[Span::new(0, text.len())], Some(lang), &[]).into_iter().filter_map(|a| a.source.map(|s| (s.name, s.kind))).collect()
        };
        // A media noun's quoted name after it; a described kind of medium before a name.
        let n = names("Das berichtet die ukrainische Onlinezeitung »Ukrajinska Prawda« unter Berufung auf eine Verordnung.", "de");
        assert_eq!(n.first(), Some(&("Ukrajinska Prawda".to_string(), SourceKind::Outlet)), "{n:?}");
        assert_eq!(n.get(1).map(|x| x.1), Some(SourceKind::Document), "{n:?}");
        assert_eq!(names("Das berichtet das US-Portal BleepingComputer.", "de").first().map(|x| x.0.as_str()), Some("BleepingComputer"));
        // A participle as an adjective is no cue; a surname is no agency.
        assert!(names("Die Dosis von drei weit verbreiteten Medikamenten genügt.", "de").is_empty());
        let text = "Ein wachsender Teil des ukrainischen Maises gelangt auf den Binnenmarkt.";
        assert!(media_mentions(text, &[Span::new(0, text.len())], Some("de")).is_empty());
        let n = names("„Die Lücke ist geschlossen“, sagte Carvelo-Sprecherin Katarzyna Wolff gegenüber heise online.", "de");
        assert!(n.iter().all(|x| x.1 != SourceKind::Agency), "{n:?}");
        // An abbreviation in brackets after lowercase words is theirs, no wire credit.
        let n = names("Selon le journal, l'agence sanitaire locale (ATS) a confirmé les sept cas.", "fr");
        assert!(n.iter().all(|x| x.1 != SourceKind::Agency), "{n:?}");
        assert!(names("GENÈVE (ATS) - Le canton a confirmé les sept cas.", "fr").iter().any(|x| x.1 == SourceKind::Agency));
        // Reports of two media before "zufolge"; a described medium; a described person.
        let n = names("Übereinstimmenden Berichten von The Athletic und der Gazzetta dello Sport zufolge verhandelt Ashcombe.", "de");
        assert_eq!(n.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["The Athletic", "Gazzetta dello Sport"], "{n:?}");
        let n = names("Die italienische Sportzeitung schreibt, Morlacchi wolle sein Team mitnehmen.", "de");
        assert_eq!(n.first().map(|x| x.1), Some(SourceKind::Outlet), "{n:?}");
        let text = "Laut dem englischen Portal traf er Vertreter des Klubs.";
        let all = extract_sentences(text, &[Span::new(0, text.len())], Some("de"), &[]);
        assert!(all.iter().any(|a| a.source.as_ref().is_some_and(|s| s.back_reference)), "{all:?}");
        let n = names("„Der Moment ist gekommen“, schrieb der 38-malige Nationalspieler.", "de");
        assert_eq!(n.first().map(|x| x.1), Some(SourceKind::Person), "{n:?}");
        // A waterway is no medium's channel.
        assert!(names("Barges carry grain to the Black Sea via the Sulina channel.", "en").is_empty());
        // "ідеться" after a vowel is "йдеться".
        assert_eq!(names("Як ідеться в документі, зареєстрували 1 870 випадків.", "uk").first().map(|x| x.1), Some(SourceKind::Document));
        // A body's experts speak for it.
        let n = names("За даними фахівців CERT-UA, атаки тривають.", "uk");
        assert_eq!(n.first(), Some(&("CERT-UA".to_string(), SourceKind::Organization)), "{n:?}");
        // A company's common noun is no medium.
        assert!(names("Firma poinformowała o tym we wtorek we wpisie na swoim blogu.", "pl").iter().all(|x| !x.1.is_media()));
        // A given name alone is a person's ("racconta Giulia, 52 anni").
        let n = names("«Nessuno ci ha avvisato», racconta Giulia, 52 anni.", "it");
        assert!(n.iter().all(|x| !x.1.is_media()), "{n:?}");
        // A Ukrainian title with its genitive words before the name; the platform is no medium.
        let n = names("Про це в Telegram написав начальник Ізмаїльської районної військової адміністрації Олег Мирошниченко.", "uk");
        assert_eq!(n.first(), Some(&("Олег Мирошниченко".to_string(), SourceKind::Person)), "{n:?}");
        assert!(not_a_medium_name("the Telegram"));
        // A medium described by its city refers back.
        let text = "Les discussions ont échoué, selon le journal de Düsseldorf.";
        let all = extract_sentences(text, &[Span::new(0, text.len())], Some("fr"), &[]);
        assert!(all.iter().any(|a| a.source.as_ref().is_some_and(|s| s.back_reference)), "{all:?}");
        // The English "per" is an Italian preposition; a known body's abbreviation is a body.
        assert!(names("Quattordici mesi di stop per Michał Sobieraj.", "it").is_empty());
        let n = names("Lo ha reso noto la DFB con un comunicato pubblicato sul proprio sito.", "it");
        assert_eq!(n.first().map(|x| x.1), Some(SourceKind::Organization), "{n:?}");
        // A body's field after a preposition is part of its name.
        let n = names("Про це йдеться у повідомленні Державної служби України з надзвичайних ситуацій, оприлюдненому на сайті.", "uk");
        assert_eq!(n.first().map(|x| x.0.as_str()), Some("Державної служби України з надзвичайних ситуацій"), "{n:?}");
    }

    fn cues(text: &str) -> Vec<String> {
        one(text, "en").into_iter().map(|(c, _)| c).collect()
    }

    fn source_of(text: &str, cue: &str) -> Option<String> {
        one(text, "en")
            .into_iter()
            .find(|(c, _)| c == cue)
            .and_then(|(_, s)| s)
            .map(|s| s.0)
    }

    /// The media a one-sentence text names, each with whether it refers back.
    fn media(text: &str, lang: &str) -> Vec<(String, bool)> {
        extract_sentences(text, &[Span::new(0, text.len())], Some(lang), &[])
            .into_iter()
            .filter_map(|a| a.source.filter(|s| s.kind.is_media()).map(|s| (s.name, s.back_reference)))
            .collect()
    }

    /// The names of the media a one-sentence text names.
    fn outlets(text: &str, lang: &str) -> Vec<String> {
        media(text, lang).into_iter().map(|m| m.0).collect()
    }

    #[test]
    fn an_issue_of_a_publication_and_a_compound_media_noun_name_media() {
        assert_eq!(outlets("Details of the trial appear in the winter issue of Blick ins Labor, a magazine.", "en"), ["Blick ins Labor"]);
        assert_eq!(outlets("Vorgestellt wird das Verfahren in der neuen Ausgabe von «Blick ins Labor», dem Magazin der Universität.", "de"), ["Blick ins Labor"]);
        assert_eq!(outlets("Відео оприлюднив YouTube-канал «Трамвайні нотатки».", "uk"), ["Трамвайні нотатки"]);
    }

    #[test]
    fn media_behind_relative_clauses_passives_and_descriptions() {
        assert_eq!(
            media("Районна газета «Гогенкампер Крайсблатт», кореспонденти якої були на пристані, писала, що пором закриють.", "uk"),
            [("Гогенкампер Крайсблатт".to_string(), false)]
        );
        assert_eq!(
            media("Сообщение распространено в понедельник венгерским телеграфным агентством ATI.", "ru"),
            [("ATI".to_string(), false)]
        );
        assert_eq!(media("Residents called the fire brigade, the German paper wrote.", "en"), [("the German paper".to_string(), true)]);
        assert!(media("She describes the count in an article in the March issue of Fieldfare Monthly.", "en").iter().all(|m| m.0 != "the March"));
        assert_eq!(
            media("C'est la revue spécialisée allemande Solarbau Fachblatt qui a dévoilé le projet dans son numéro de décembre.", "fr"),
            [("Solarbau Fachblatt".to_string(), false)]
        );
        // A title makes the one speaking on air a person.
        assert!(media("«Звук був такий, ніби їхав потяг», — розповіла в ефірі старостка Врхлабця Яна Кратохвілова.", "uk").is_empty());
    }

    #[test]
    fn a_relative_clause_cue_after_another_cue_is_its_own() {
        let found = cues("Trump was forced to defend not paying an architect who said he was stiffed.");
        assert!(found.contains(&"said".to_string()), "{found:?}");
        // A cue inside what another reports stays dropped.
        assert!(!cues("Officials feared voters would see the plan as a giveaway.").contains(&"see".to_string()));
    }

    #[test]
    fn media_named_by_apposition_description_or_subject_across_a_clause() {
        let outlets = |text: &str, lang: &str| -> Vec<String> {
            extract_sentences(text, &[Span::new(0, text.len())], Some(lang), &[])
                .into_iter()
                .filter_map(|a| a.source.filter(|s| s.kind == SourceKind::Outlet).map(|s| s.name))
                .collect()
        };
        assert_eq!(outlets("The account comes from Sulska Zoria, a weekly newspaper in the district.", "en"), ["Sulska Zoria"]);
        assert_eq!(
            outlets("Word of the arrest first surfaced on Poliskyi Rupor, an anonymous Telegram channel.", "en"),
            ["Poliskyi Rupor"]
        );
        assert_eq!(
            outlets("In a report broadcast by the French regional channel Tele Bresonne, the farmer showed the stone.", "en"),
            ["Tele Bresonne"]
        );
        assert_eq!(outlets("Ein Landwirt hat in einem Beitrag des französischen Regionalfernsehens Télé-Brésonne den Stein gezeigt.", "de"), ["Télé-Brésonne"]);
        assert_eq!(
            outlets("Über die Pläne hatten am Montag sowohl das britische Wirtschaftsmagazin Norland Business Review als auch die Lokalzeitung Osernogorski Kurjer berichtet.", "de").len(),
            2
        );
        assert_eq!(
            outlets("Der Tarnmouth Examiner, der die Verhandlung verfolgte, zitiert die Richterin mit den Worten: „Das war kein Zufall.“", "de"),
            ["Der Tarnmouth Examiner"]
        );
        assert_eq!(outlets("Le quotidien sportif portugais Jornal da Bancada annonce un accord entre les deux clubs.", "fr"), ["Jornal da Bancada"]);
        assert_eq!(
            outlets("Le Harrowmere Standard, quotidien de notre ville jumelle, fait état de six malades.", "fr"),
            ["Le Harrowmere Standard"]
        );
        assert_eq!(
            outlets("«Я не спорил», — такие слова Савчина приводит украинское морское издание «Южный причал».", "ru"),
            ["Южный причал"]
        );
        assert_eq!(
            outlets("Першим план закриття оприлюднив британський діловий журнал Norland Business Review.", "uk"),
            ["Norland Business Review"]
        );
        // A Latin name publishing in Russian text is a medium's; an elliptic second clause after
        // a dash names a second one.
        assert_eq!(
            outlets("О сделке первым написал британский Drayfield Post, а позже, независимо от него, — украинский еженедельник «Биржевой обзор».", "ru"),
            ["Drayfield Post", "Биржевой обзор"]
        );
        // A known outlet in the dative after an inverted speaker heard it.
        let known = [crate::outlet_case_key("Вербівський тиждень")];
        let text = "Как рассказал пилот Андрей Козак еженедельнику «Вербовская неделя», ветер стих.";
        let found = extract_sentences(text, &[Span::new(0, text.len())], Some("ru"), &known);
        assert!(found.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.text == "Вербовская неделя")), "{found:?}");
        // An audience after "told" is no medium that heard it.
        let text = "His coach told reporters outside the Llanferrin athletics club that he would appeal.";
        assert!(extract_sentences(text, &[Span::new(0, text.len())], Some("en"), &[]).iter().all(|a| a.recipient.is_none()));
    }

    #[test]
    fn media_named_without_a_cue_are_mentions() {
        let names = |text: &str, lang: &str| -> Vec<String> {
            media_mentions(text, &[Span::new(0, text.len())], Some(lang)).into_iter().map(|s| s.name).collect()
        };
        assert_eq!(
            names("Приводом стало відео, оприлюднене в середу на YouTube-каналі «Трамвайні нотатки».", "uk"),
            ["Трамвайні нотатки"]
        );
        assert_eq!(names("The clip went up on Tram Notes, a YouTube channel run by a local enthusiast.", "en"), ["Tram Notes"]);
        assert_eq!(names("The survey was carried out for the weekly Le Nouveau Regard.", "en"), ["Le Nouveau Regard"]);
        // A Latin name ends before the Cyrillic verb after it; a bare Cyrillic name after a
        // media noun is a person's.
        assert_eq!(
            names("Сведения появились в двух изданиях: местная британская газета Quenford Mercury опиралась на письмо.", "ru"),
            ["Quenford Mercury"]
        );
        assert!(names("Автор каналу Артем Глушко прокоментував відео.", "uk").is_empty());
        assert_eq!(names("Цифру называет украинский деловой сайт «Деньги и рынок», опираясь на рассказ.", "ru"), ["Деньги и рынок"]);
        assert_eq!(names("The site Hroshi i Rynok put the price at 85m.", "en"), ["Hroshi i Rynok"]);
        assert_eq!(names("Журналистка «Лозоварской волны» видела пламя ещё с дороги.", "ru"), ["Лозоварской волны"]);
        assert_eq!(names("A reporter for the Ashgrove Ledger saw the last coins lifted.", "en"), ["Ashgrove Ledger"]);
        assert!(title_credit("«Сталеві шляхи» хочуть скасувати нічні потяги — ЗМІ").is_none());
        assert!(title_credit("Ferry to be sold, union says – Reports").is_none());
        assert!(title_credit("Ferry to be sold – The Telegraph").is_some());
        assert!(unnamed_medium("French news magazine"));
        assert!(!unnamed_medium("UNIAN"));
        assert!(!unnamed_medium("Le Nouveau Regard"));
        assert!(unnamed_medium("Zeitung"));
        assert!(!unnamed_medium("Alpenblatt"));
        assert!(!unnamed_medium("Meridian Daily"));
        // No name after the media noun, a number, or a plain common noun: no mention.
        assert!(names("The site's 23 employees were told on Friday.", "en").is_empty());
        assert!(names("The newspaper was founded in 1901.", "en").is_empty());
    }

    #[test]
    fn numbers_french_passives_and_fronted_details_name_no_medium() {
        assert!(outlets("Selon cette enquête, réalisée auprès de 502 habitants, la liste arrive en tête.", "fr").is_empty());
        assert!(outlets("Le problème aurait été signalé le 4 novembre et corrigé le lendemain.", "fr").is_empty());
        assert!(outlets("L'avocat du condamné a annoncé son intention de faire appel.", "fr").is_empty());
        assert_eq!(outlets("Фотографии перевернувшегося автобуса опубликовал сайт «Гомин Берестянки».", "ru"), ["Гомин Берестянки"]);
        assert_eq!(outlets("L'information a été publiée jeudi par l'hebdomadaire Le Nouveau Regard.", "fr"), ["Le Nouveau Regard"]);
        assert_eq!(outlets("Подробности приводит сайт «Новости Сриблянска».", "ru"), ["Новости Сриблянска"]);
        assert_eq!(outlets("Die britische Nachrichtenagentur Tolland Press Wire verbreitete am Mittwoch eine Mitteilung.", "de"), ["Tolland Press Wire"]);
        assert_eq!(outlets("L'affaire a été mise au jour mercredi par le quotidien slovaque Denník Severka.", "fr"), ["Denník Severka"]);
        assert_eq!(outlets("Відео з твариною з'явилося на сторінці «Мой Сосновогорск» у соцмережі.", "uk"), ["Мой Сосновогорск"]);
    }

    #[test]
    fn retold_and_broadcast_reports_credit_their_medium() {
        let outlet = |text: &str, lang: &str| -> Vec<String> {
            one(text, lang)
                .into_iter()
                .filter_map(|(_, s)| s.filter(|s| s.1 == SourceKind::Outlet).map(|s| s.0))
                .collect()
        };
        assert_eq!(
            outlet("Мы пересказываем сообщение британского агентства Merrow News.", "ru"),
            ["британского агентства Merrow News"]
        );
        assert_eq!(
            outlet("Як розповідає британська місцева газета «Ешгров Леджер», монети дістали у вівторок.", "uk"),
            ["Ешгров Леджер"]
        );
        assert!(
            outlet("Ein Erntehelfer hat laut einem Bericht des ukrainischen Nachrichtenportals Stavyshche Online einen Schatz gefunden.", "de")
                .iter()
                .any(|s| s.ends_with("Stavyshche Online"))
        );
        assert_eq!(
            outlet("The regional television channel Ternivka TV broadcast footage of the cracks on Sunday.", "en"),
            ["Ternivka TV"]
        );
    }

    #[test]
    fn a_named_poll_is_the_source_of_its_finding() {
        let text = "Okafor leads the race by six points in a Harbour Gazette poll released Monday.";
        assert_eq!(cues(text), ["in"]);
        assert_eq!(
            source_of(text, "in").as_deref(),
            Some("a Harbour Gazette poll")
        );
        let text = "In the latest Example/Research survey, 40 percent backed the levy.";
        assert_eq!(
            source_of(text, "In").as_deref(),
            Some("the latest Example/Research survey")
        );
        // A standing in the polls, respondents of a poll, a place: no source.
        assert!(cues("The senator slipped in the polls after the debate.").is_empty());
        assert!(cues("Most voters in the poll were undecided about the levy.").is_empty());
        assert!(cues("They stood in front of a polling station downtown.").is_empty());
    }

    #[test]
    fn headline_case_verbs_are_cues() {
        let text = "Harbour Master Says Ferries Will Resume Next Week";
        assert_eq!(cues(text), ["Says"]);
        assert_eq!(source_of(text, "Says").as_deref(), Some("Harbour Master"));
        // In running text a capitalised cue word is part of a name.
        assert!(cues("She met the Secretary of State Warns at the harbour.").is_empty());
    }

    #[test]
    fn nouns_of_speech_report_without_a_holder() {
        assert_eq!(
            cues("The board faced allegations of fraud and questions about its accounts."),
            ["allegations", "questions"]
        );
        // As verbs after a name they keep their subject.
        assert_eq!(
            source_of("Okafor questions whether the levy is fair.", "questions").as_deref(),
            Some("Okafor")
        );
        // A noun that does not report speech stays silent.
        assert!(cues("The board faced allegations.").is_empty());
    }

    #[test]
    fn a_colon_before_a_quotation_is_a_cue() {
        let text = "After the vote the harbour master shrugged: “We will see.”";
        assert_eq!(cues(text), ["shrugged:"]);
        assert_eq!(
            source_of(text, "shrugged:").as_deref(),
            Some("the harbour master")
        );
        let text = "Turnout fell again - Ann B. Okafor: “The young stayed home.”";
        assert_eq!(source_of(text, ":").as_deref(), Some("Ann B. Okafor"));
        // A colon after another cue, or inside the quotation, adds nothing.
        assert_eq!(cues("Okafor said on Monday: “We will see.”"), ["said"]);
        assert!(
            cues("“Remember: ‘nothing is settled,’” the sign read in part")
                .iter()
                .all(|c| c != ":")
        );
    }

    #[test]
    fn interview_turns_are_attributed() {
        let text = "Q: What did you find?\nA: The ferries were late.";
        let sentences = [Span::new(0, 21), Span::new(22, text.len())];
        let found = extract_sentences(text, &sentences, Some("en"), &[]);
        let cues: Vec<_> = found.iter().map(|a| a.cue_text.as_str()).collect();
        assert_eq!(cues, [":", ":"]);
        // "A:" inside running text is not a turn.
        assert!(one("There was a plan A: build the ferry first.", "en").is_empty());
    }

    #[test]
    fn set_phrases_with_say_are_not_cues() {
        for text in [
            "Cutting the fares is easier said than done.",
            "Having said that, the ferry will run on Sunday.",
            "Needless to say, the ferry was late.",
        ] {
            assert!(cues(text).is_empty(), "{text}: {:?}", cues(text));
        }
        assert_eq!(cues("Okafor said that the ferry was late."), ["said"]);
    }

    #[test]
    fn stance_verbs_added_to_the_lexicon() {
        for (text, cue) in [
            ("Okafor likened the levy to a toll.", "likened"),
            ("The council balked at the price.", "balked"),
            ("Okafor is mulling a run for mayor.", "mulling"),
            ("Economists forecast slower growth next year.", "forecast"),
        ] {
            assert_eq!(cues(text), [cue], "{text}");
        }
        // "seemed" is never a noun: a stance whatever its subject.
        assert_eq!(cues("The risk seemed remote to her."), ["seemed"]);
    }

    #[test]
    fn an_interview_is_the_venue_of_a_speech_verb() {
        assert_eq!(
            cues("Okafor said in an interview with the Harbour Gazette that fares would rise."),
            ["said"]
        );
        let r = one(
            "In an interview with the Harbour Gazette, fares were the first topic.",
            "en",
        );
        assert_eq!(r.len(), 1, "{r:?}");
    }

    #[test]
    fn respondents_of_a_poll_are_its_finding() {
        assert_eq!(
            cues("In a Harbour Gazette poll, 41 percent of residents said the levy was fair."),
            ["In"]
        );
        assert_eq!(
            cues("Last year 41 percent of residents said the levy was fair."),
            ["said"]
        );
    }

    #[test]
    fn evidence_verbs_with_a_noun_subject() {
        assert_eq!(
            cues("The footage shows him leaving the harbour."),
            ["shows"]
        );
        assert_eq!(cues("Tallies by two trackers show a tie."), ["show"]);
        // Nouns: a talk show, a determiner before it.
        assert!(cues("Okafor appeared on a talk show on Sunday.").is_empty());
        assert!(cues("Radio talk shows the whole week long were busy.").is_empty());
    }

    #[test]
    fn attitudes_stated_with_a_copula_and_an_adjective() {
        let text = "Okafor was upbeat about the ferry talks.";
        assert_eq!(cues(text), ["upbeat about"]);
        assert_eq!(source_of(text, "upbeat about").as_deref(), Some("Okafor"));
        assert_eq!(cues("The harbour board is wary of new fees."), ["wary of"]);
        assert_eq!(cues("The mayor is critical of the levy."), ["critical of"]);
        // "about" as "roughly", and adjectives that do not take "of".
        assert!(cues("The levy is worth about ten million.").is_empty());
        assert!(cues("The ferry is full of tourists.").is_empty());
    }

    #[test]
    fn an_adverb_inside_a_cue_phrase() {
        assert_eq!(
            cues("Okafor spoke warmly about the new ferry."),
            ["spoke warmly about"]
        );
        assert_eq!(cues("Vell spoke highly of her rival."), ["spoke highly of"]);
    }

    #[test]
    fn naming_is_not_calling() {
        assert!(cues("A local choir called Seaweed sang first.").is_empty());
        assert!(cues("The vote was called off at noon.").is_empty());
        assert_eq!(cues("Okafor called the levy unfair."), ["called"]);
    }

    #[test]
    fn headline_rule_needs_a_line_of_its_own_and_skips_quoted_words() {
        // Inside running text a title-case stretch gives no licence.
        let text = "Intro. Harbour Master Says Ferries Will Resume. More.";
        let sentences = [Span::new(7, 46)];
        let found = extract_sentences(text, &sentences, Some("en"), &[]);
        assert!(found.is_empty(), "{found:?}");
        // A headline quoting someone: the quoted words hold no cue.
        let text = "Okafor: ‘We’re Done Asking The Board For Ferries’";
        assert!(
            cues(text).iter().all(|c| c != "Asking"),
            "{:?}",
            cues(text)
        );
    }

    #[test]
    fn maintain_needs_what_is_maintained() {
        assert_eq!(
            cues("Okafor has always maintained that the ferry was safe."),
            ["maintained"]
        );
        assert!(cues("Okafor maintained her lead in the harbour race.").is_empty());
    }

    #[test]
    fn published_as_a_participle_names_no_publisher() {
        assert_eq!(
            source_of(
                "The Harbour Gazette published the letter on Monday.",
                "published"
            )
            .as_deref(),
            Some("The Harbour Gazette")
        );
        let r = one("A report published Tuesday ran to forty pages.", "en");
        assert!(r.is_empty(), "{r:?}");
        // An adverb before the source is no part of it.
        let r = one("La scossa, riferisce ancora l'Usgs, è stata avvertita ad Arequipa.", "it");
        assert!(r.iter().any(|(c, s)| c == "riferisce" && s.as_ref().is_some_and(|s| s.0 == "l'Usgs")), "{r:?}");
        // The Spanish and Portuguese adjective is no verb.
        let r = one("La compañía no lo hizo público como información privilegiada hasta el 6 de noviembre.", "es");
        assert!(r.is_empty(), "{r:?}");
        assert_eq!(
            source_of(
                "The news was first published by the Harbour Gazette.",
                "published"
            )
            .as_deref(),
            Some("the Harbour Gazette")
        );
        assert!(cues("The letter was published in 2015.").is_empty());
    }

    #[test]
    fn photo_credits_and_channels_are_not_relays() {
        assert!(cues("Ann Okafor via Example Images.").is_empty());
        assert!(
            cues("The company confirmed the delay via Facebook on Friday.")
                .iter()
                .all(|c| c != "via")
        );
        assert_eq!(
            source_of("The fares will rise, via Harbour Wire.", "via").as_deref(),
            Some("Harbour Wire")
        );
    }

    #[test]
    fn characterizing_someone_as_something() {
        let text = "Okafor cast her rival as a friend of the ferry lobby.";
        assert_eq!(cues(text), ["cast"]);
        assert_eq!(source_of(text, "cast").as_deref(), Some("Okafor"));
        assert_eq!(
            cues("The mayor painted the levy as a tax on tourists."),
            ["painted"]
        );
        // No "as", or a noun: nothing.
        assert!(cues("The crew cast the nets at dawn.").is_empty());
        assert!(cues("Her pitch as a candidate was short.").is_empty());
    }

    #[test]
    fn votes_report_a_stance() {
        assert_eq!(
            cues("The council voted to keep the ferry running."),
            ["voted to"]
        );
    }

    #[test]
    fn an_agency_that_heard_the_words_or_took_the_picture_is_no_credit() {
        // "told Reuters": Reuters is the recipient, not a second source.
        let found = extract_sentences(
            "The mayor told Reuters on Monday that fares would rise.",
            &[Span::new(0, 55)],
            Some("en"),
            &[],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].recipient.is_some());
        let text = "Ann Okafor / Reuters.";
        assert!(one(text, "en").is_empty(), "{:?}", one(text, "en"));
        // A dateline credit stays.
        let text = "LONDON (Reuters) - Fares will rise, the mayor said.";
        assert!(one(text, "en").iter().any(|(c, _)| c == "Reuters"));
    }

    #[test]
    fn hearsay_adverbs_are_cues() {
        assert_eq!(
            cues("The ferry allegedly ran aground twice."),
            ["allegedly"]
        );
    }

    #[test]
    fn criticism_and_intention_in_news_idiom() {
        for (text, cue) in [
            (
                "Okafor took a swipe at the harbour board on Monday.",
                "took a swipe at",
            ),
            ("The mayor tore into the ferry operator.", "tore into"),
            ("Vell fired back at her critics.", "fired back"),
            ("The council is looking to cut fares.", "looking to"),
        ] {
            assert_eq!(cues(text), [cue], "{text}");
        }
    }

    #[test]
    fn a_view_framed_by_to_and_a_name() {
        let text = "To Okafor, the vote was a warning.";
        assert_eq!(cues(text), ["To"]);
        assert_eq!(source_of(text, "To").as_deref(), Some("Okafor"));
        assert!(cues("To be sure, the vote was close.").is_empty());
        assert!(cues("For Okafor, the format was not ideal.").is_empty());
    }

    #[test]
    fn passive_judgements_name_no_judge() {
        let r = one("The levy is widely seen as a tax on tourists.", "en");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "seen as");
        assert!(r[0].1.is_none(), "{r:?}");
    }

    #[test]
    fn cues_inside_a_that_clause_belong_to_the_outer_speaker() {
        let r = one(
            "The mayor said that officials believe the bridge is safe.",
            "en",
        );
        assert_eq!(r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["said"]);
        // A medium inside the clause stays: it is a step of the relay chain.
        let r = one(
            "Censor.NET reported that The Telegraph wrote about the plan.",
            "en",
        );
        assert_eq!(r.len(), 2, "{r:?}");
    }

    #[test]
    fn an_according_to_frame_takes_the_clause_it_frames() {
        // Opening the sentence: the speech verbs after it are what the filing says.
        let r = cues("According to the filing, the contractor said the pier would reopen in May.");
        assert_eq!(r, ["According to"]);
        // Closing it.
        let r = cues(
            "The contractor told residents the pier would reopen, according to minutes of the meeting.",
        );
        assert_eq!(r, ["according to"]);
        // Only its own clause: a clause joined before it and a medium reporting stay.
        let r = cues(
            "The mayor said she was pleased, but the pier stays shut, according to the harbour office.",
        );
        assert_eq!(r, ["said", "according to"]);
        let r = cues(
            "The Harbour Gazette reported, according to two officials, that the pier will reopen.",
        );
        assert!(r.contains(&"reported".to_string()), "{r:?}");
        // A quotation in between is other words.
        let r = cues("According to the minutes, the vote was close: “We said no,” the mayor said.");
        assert!(r.contains(&"said".to_string()), "{r:?}");
        // A quotation after the framed cue is part of the clause.
        let r = cues("According to the minutes, the mayor said the pier was “safe for now.”");
        assert_eq!(r, ["According to"]);
    }

    #[test]
    fn an_infinitive_cue_after_another_is_part_of_what_it_reports() {
        let r = cues("The inspector decided not to recommend charges against the port.");
        assert_eq!(r, ["decided"]);
        let r = cues("The mayor said she had declined to criticize the council.");
        assert_eq!(r, ["said"]);
        // Set off by a comma, it is a purpose of its own.
        let r =
            cues("An official said so, speaking on condition of anonymity to discuss the plans.");
        assert!(r.contains(&"discuss".to_string()), "{r:?}");
    }

    #[test]
    fn a_clause_after_a_that_clause_ends_at_a_comma_or_a_dash() {
        let r = cues("When the mayor noted that the pier was unsafe ― she boasted, “We fixed it.”");
        assert!(r.contains(&"boasted".to_string()), "{r:?}");
        let r = cues("The mayor said that the pier was safe, adding that it would reopen.");
        assert!(r.contains(&"adding".to_string()), "{r:?}");
    }

    #[test]
    fn verbs_of_judging_naming_and_reacting_are_cues() {
        assert_eq!(
            source_of(
                "The tribunal ruled that the ferry levy was lawful.",
                "ruled"
            )
            .as_deref(),
            Some("The tribunal")
        );
        assert_eq!(
            source_of("The harbour master bristled at the suggestion.", "bristled").as_deref(),
            Some("The harbour master")
        );
        assert_eq!(
            source_of("Columnists opined on the state of the port.", "opined").as_deref(),
            Some("Columnists")
        );
        assert_eq!(
            source_of(
                "The audit documented several missing payments.",
                "documented"
            )
            .as_deref(),
            Some("The audit")
        );
        assert!(
            cues("The council released a memo titled “Where the Pier Stands.”")
                .contains(&"titled".to_string())
        );
        assert_eq!(
            source_of("“The ferry is back!” exclaimed a harbour pilot.", "exclaimed").as_deref(),
            Some("a harbour pilot")
        );
        assert_eq!(
            source_of("Few residents foresee a quick reopening of the pier.", "foresee").as_deref(),
            Some("Few residents")
        );
        // An article in a headline keeps the word after it a noun.
        assert!(cues("Mayor Tired Of The Reports About The Pier").is_empty());
    }

    #[test]
    fn a_second_verb_with_its_own_clause_is_a_cue_of_the_main_subject() {
        let r =
            cues("The mayor acknowledged that the pier was late but noted that the budget held.");
        assert_eq!(r, ["acknowledged", "noted"]);
        // Joined without a clause of its own, it stays inside what was said.
        let r = cues("The mayor said that residents were tired and wanted a vote.");
        assert_eq!(r, ["said"]);
    }

    #[test]
    fn a_cue_running_on_from_another_is_inside_what_it_reports() {
        let r = cues("Officials feared voters would see the levy as a giveaway.");
        assert_eq!(r, ["feared"]);
        let r = cues("The senator believes residents know who approved the contract.");
        assert_eq!(r, ["believes"]);
        // A conjunction, a subordinator, a comma or a quotation starts a clause of its own.
        let r = cues("The mayor praised the crews and the council thanked the volunteers.");
        assert_eq!(r, ["praised", "thanked"]);
        let r = cues("The mayor spoke after the council announced the closure.");
        assert!(r.contains(&"announced".to_string()), "{r:?}");
        // A medium stays: it is a step of the relay.
        let r = cues("The mayor confirmed what the Harbour Gazette reported on Monday.");
        assert!(r.contains(&"reported".to_string()), "{r:?}");
    }

    #[test]
    fn a_gerund_after_a_preposition_of_time_or_means_is_a_cue() {
        assert!(
            cues("After saying the pier was safe, the mayor left.").contains(&"saying".to_string())
        );
        assert!(
            cues("The board surprised residents by announcing a second ferry.")
                .contains(&"announcing".to_string())
        );
        // A reason ("for saying") is no report of its own.
        assert!(
            !cues("Residents mocked the mayor for saying the pier was safe.")
                .contains(&"saying".to_string())
        );
    }

    #[test]
    fn newsroom_labels_before_a_colon_are_no_speakers() {
        for text in [
            "BOOM: The ferry levy passes in a late vote.",
            "Just In: The harbour reopens on Monday.",
            "Look: Crowds gather at the pier for the reopening.",
            "Contributing: Dana Okafor and Lee Vell.",
        ] {
            assert!(cues(text).iter().all(|c| c != ":"), "{text}");
        }
    }

    #[test]
    fn respondents_of_a_named_poll_are_its_finding() {
        let r = cues(
            "In a Harbour Gazette poll released Monday, 41 percent of residents said they back the levy.",
        );
        assert!(!r.contains(&"said".to_string()), "{r:?}");
    }

    #[test]
    fn a_cue_in_an_if_clause_is_no_attribution() {
        assert!(cues("The pier stays shut if the council wants a second survey.").is_empty());
        let r = cues("The mayor asked residents if they planned to attend.");
        assert_eq!(r, ["asked"]);
    }

    #[test]
    fn a_media_word_before_a_past_tense_is_a_subject() {
        assert_eq!(
            source_of("Harbour News reported the closure on Monday.", "reported").as_deref(),
            Some("Harbour News")
        );
        assert_eq!(
            source_of("Local media reported that the pier had closed.", "reported").as_deref(),
            Some("Local media")
        );
        assert_eq!(
            source_of("The mayor further noted that the pier had closed.", "noted").as_deref(),
            Some("The mayor")
        );
        assert_eq!(
            source_of(
                "Crowds gathered. Some chanted slogans at the pier.",
                "chanted"
            )
            .as_deref(),
            Some("Some")
        );
        assert_eq!(
            source_of("The levy passed, and many argue it was overdue.", "argue").as_deref(),
            Some("many")
        );
        assert!(cues("Some reports put the cost higher.").is_empty());
        // Still nouns: "news reports", "the press release".
        assert!(cues("News reports of the closure spread quickly.").is_empty());
    }

    #[test]
    fn subjects_cut_off_by_appositions_participles_and_quotes() {
        let src = |text: &str, cue: &str| {
            one(text, "en")
                .into_iter()
                .find(|(c, _)| c == cue)
                .and_then(|(_, s)| s)
                .map(|s| s.0)
        };
        assert_eq!(
            src(
                "Dana Okafor, the harbour master, said he expected more ferries.",
                "said"
            )
            .as_deref(),
            Some("Dana Okafor")
        );
        assert_eq!(
            src(
                "Mayor Vell defended the levy, calling it fair to every district.",
                "calling"
            )
            .as_deref(),
            Some("Mayor Vell")
        );
        assert_eq!(
            src(
                "Vell praised the crews and said the bridge would reopen.",
                "said"
            )
            .as_deref(),
            Some("Vell")
        );
        assert_eq!(
            src(
                "''We are ready,'' Dana Okafor, the harbour master, said on Monday.",
                "said"
            )
            .as_deref(),
            Some("Dana Okafor")
        );
        // Inverted sources closing the clause stay; objects after a verb are not sources.
        assert_eq!(
            src(
                "The ferries will resume on Monday, said a port spokesman.",
                "said"
            )
            .as_deref(),
            Some("a port spokesman")
        );
        assert_ne!(
            src(
                "The council did not describe Okafor as a candidate.",
                "describe"
            )
            .as_deref(),
            Some("Okafor")
        );
    }

    #[test]
    fn an_open_quote_runs_to_the_paragraph_break() {
        let text = "\"VELL: I think the levy is fair and I believe the crews agree.\nThe mayor said the pier held.";
        let sentences = stemmata_text::sentences(text, Some("en"));
        let cues: Vec<String> = extract_sentences(text, &sentences, Some("en"), &[])
            .into_iter()
            .map(|a| a.cue_text)
            .collect();
        assert!(
            !cues.iter().any(|c| c == "think" || c == "believe"),
            "{cues:?}"
        );
        assert!(cues.iter().any(|c| c == "said"), "{cues:?}");
    }

    #[test]
    fn quotes_in_apostrophes_and_mixed_marks_close_before_the_cue() {
        for text in [
            "''The levy is fair to all of us,'' said Dana Okafor, the harbour master.",
            "“The bridge is safe and will be treated as such,\" said Dana Okafor.",
        ] {
            let r = one(text, "en");
            assert_eq!(r.len(), 1, "{text}: {r:?}");
            assert_eq!(
                r[0].1.as_ref().map(|s| s.0.as_str()),
                Some("Dana Okafor"),
                "{text}"
            );
        }
    }

    #[test]
    fn nouns_and_set_phrases_are_not_cues() {
        for text in [
            "Republicans control both chambers in 30 states.",
            "She leads by seven points after a poor showing in Iowa.",
            "Editor's note: this article was updated on Friday.",
            "You know, the ferry has always been late in winter.",
            "They founded a group called the Harbour Friends.",
        ] {
            assert!(one(text, "en").is_empty(), "{text}: {:?}", one(text, "en"));
        }
    }

    #[test]
    fn a_named_subject_after_a_comma_ends_a_that_clause() {
        let r = one(
            "As for polls suggesting that crews are tired, Okafor said the pier held.",
            "en",
        );
        assert!(r.iter().any(|x| x.0 == "said"), "{r:?}");
    }

    #[test]
    fn cues_in_a_clause_without_that_belong_to_the_outer_speaker() {
        let r = one(
            "The mayor said on Monday he thinks the bridge is safe.",
            "en",
        );
        assert_eq!(r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), ["said"]);
        // A new clause after a subordinator is the article's own sourcing again.
        let r = one(
            "The crews left the pier after Okafor said the bridge was safe.",
            "en",
        );
        assert!(r.iter().any(|x| x.0 == "said"), "{r:?}");
    }

    #[test]
    fn subjects_past_times_adverbs_and_party_tags() {
        let src = |text: &str, cue: &str| {
            one(text, "en")
                .into_iter()
                .find(|(c, _)| c == cue)
                .and_then(|(_, s)| s)
                .map(|s| s.0)
        };
        assert_eq!(
            src("Sen. Dana Vell (D-Ore.) said the levy was fair.", "said").as_deref(),
            Some("Sen. Dana Vell")
        );
        assert_eq!(
            src(
                "Mayor Okafor on Tuesday accused the council of delay.",
                "accused"
            )
            .as_deref(),
            Some("Mayor Okafor")
        );
        assert_eq!(
            src("The harbour board strongly denied the charge.", "denied").as_deref(),
            Some("The harbour board")
        );
        // A participle takes its subject from the clause, never the object after it.
        assert_eq!(
            src(
                "During the debate, Vell praised the crews, calling them heroes.",
                "calling"
            )
            .as_deref(),
            Some("Vell")
        );
        // After an apposition the subject heads the sentence; a pronoun after the verb is not inverted.
        assert_eq!(
            src(
                "And Dana Vell, another harbour veteran, said he had not decided.",
                "said"
            )
            .as_deref(),
            Some("Dana Vell")
        );
        assert_eq!(src("While fares rose by $1,000 a year, Dana Vell, the ferry's owner, suggested that costs fell.", "suggested").as_deref(), Some("Dana Vell"));
        assert_eq!(
            src(
                "The two harbour unions, the pilots and the crews, have questioned the plan.",
                "questioned"
            )
            .as_deref(),
            Some("The two harbour unions")
        );
        assert_eq!(src("Dana Okafor, the harbour master, said of the pier, which opened in 2001, that it held.", "said").as_deref(), Some("Dana Okafor"));
        assert_eq!(
            src(
                "Recalling the storm, Dana Okafor, the harbour master, said that the pier held.",
                "said"
            )
            .as_deref(),
            Some("Dana Okafor")
        );
    }

    #[test]
    fn nominal_and_noun_like_cues() {
        let r = one("His call for a new levy on cargo angered the crews.", "en");
        assert!(
            r.iter()
                .any(|(c, s)| c == "call" && s.as_ref().is_some_and(|s| s.0 == "His")),
            "{r:?}"
        );
        let r = one(
            "Vell's suggestion that the ferry be sold angered the crews.",
            "en",
        );
        assert!(
            r.iter()
                .any(|(c, s)| c == "suggestion" && s.as_ref().is_some_and(|s| s.0 == "Vell")),
            "{r:?}"
        );
        let r = one(
            "The harbour survey found most residents back the levy.",
            "en",
        );
        assert!(r.iter().any(|(c, _)| c == "found"), "{r:?}");
        let r = one("The old ferry seemed to slow down near the pier.", "en");
        assert!(r.iter().any(|(c, _)| c == "seemed"), "{r:?}");
        // One cue for a verb and its infinitive.
        let r = one(
            "Okafor declined to say whether the bridge would reopen.",
            "en",
        );
        assert_eq!(
            r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["declined to say"]
        );
    }

    #[test]
    fn some_verbs_are_cues_only_next_to_a_quotation() {
        let r = one("\"The ferry will run,\" Okafor continued.", "en");
        assert!(
            r.iter()
                .any(|(c, s)| c == "continued" && s.as_ref().is_some_and(|s| s.0 == "Okafor")),
            "{r:?}"
        );
        let r = one("The banner read: \"Save the ferry\".", "en");
        assert!(r.iter().any(|(c, _)| c == "read"), "{r:?}");
        for text in [
            "Okafor continues to trail Vell in the harbour race.",
            "The council read the report twice.",
        ] {
            assert!(one(text, "en").is_empty(), "{text}: {:?}", one(text, "en"));
        }
    }

    #[test]
    fn passive_quotes_and_role_phrases() {
        let r = one("Dana Okafor was quoted as saying the pier was safe.", "en");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "quoted as saying");
        assert_eq!(
            r[0].1,
            Some(("Dana Okafor".to_string(), SourceKind::Person))
        );
        let r = one(
            "A spokeswoman for the harbour board did not respond to questions.",
            "en",
        );
        assert_eq!(
            r[0].1.as_ref().map(|s| s.0.as_str()),
            Some("A spokeswoman for the harbour board")
        );
    }

    #[test]
    fn comparisons_credits_and_asides_are_not_cues() {
        for text in [
            "(Reporting by Dana Okafor; Editing by Lin Vell)",
            "Ferry fares rose 5 percent, compared with 3 percent last year.",
            "The levy is no better than, say, a toll on the bridge.",
            "She leads with 60 percent of precincts reporting.",
            "Dana Okafor reported from Harbour City.",
        ] {
            assert!(one(text, "en").is_empty(), "{text}: {:?}", one(text, "en"));
        }
    }

    #[test]
    fn colon_lead_ins_name_their_speaker() {
        let r = one("Mayor Okafor: the bridge will reopen in spring.", "en");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, ":");
        assert_eq!(r[0].1.as_ref().map(|s| s.0.as_str()), Some("Mayor Okafor"));
        // A transcript turn opens with the speaker's name in capitals.
        let r = one("RAMOS: what did the council decide last night?", "en");
        assert_eq!(r[0].1.as_ref().map(|s| s.0.as_str()), Some("RAMOS"));
        let r = one(
            "Senator Vell on the harbour levy: we will vote it down.",
            "en",
        );
        assert_eq!(r[0].1.as_ref().map(|s| s.0.as_str()), Some("Senator Vell"));
        // Labels, openers, figures, transcripts and clock times are not speakers.
        for text in [
            "Photo: the ferry leaves the harbour at dawn.",
            "The Latest: ferries resume service on the northern route.",
            "Here is why: the budget was cut twice this year.",
            "Euro/dollar: UP at 1.11 from 1.10 on Friday.",
            "The ferry leaves at 10:30 every day from the pier.",
            "Okafor: Yes.",
        ] {
            assert!(one(text, "en").iter().all(|(cue, _)| cue != ":"), "{text}");
        }
    }

    #[test]
    fn english_subject_and_inverted_sources() {
        let r = one(
            "The Telegraph reported this, citing its sources, as relayed by Censor.NET.",
            "en",
        );
        assert_eq!(
            r[0],
            (
                "reported".into(),
                Some(("The Telegraph".into(), SourceKind::Outlet))
            )
        );
        assert_eq!(
            r[1],
            (
                "citing".into(),
                Some(("its sources".into(), SourceKind::Anonymous))
            )
        );
        assert_eq!(
            r[2],
            (
                "as relayed by".into(),
                Some(("Censor.NET".into(), SourceKind::Outlet))
            )
        );
        let r = one("\"It's clear,\" said one well-placed source.", "en");
        assert_eq!(
            r[0].1,
            Some(("one well-placed source".into(), SourceKind::Anonymous))
        );
        let r = one(
            "The plan is advancing, according to sources familiar with the negotiations.",
            "en",
        );
        assert_eq!(
            r[0].1,
            Some((
                "sources familiar with the negotiations".into(),
                SourceKind::Anonymous
            ))
        );
        let r = one(
            "Secretary of State Marco Rubio said the team would make changes.",
            "en",
        );
        assert_eq!(
            r[0].1,
            Some(("Secretary of State Marco Rubio".into(), SourceKind::Person))
        );
    }

    #[test]
    fn back_references_are_marked() {
        let r = extract_sentences(
            "\"It breaks with tradition,\" the authors stress.",
            &[Span::new(0, 46)],
            Some("en"),
            &[],
        );
        let s = r[0].source.as_ref().expect("source");
        assert!(s.back_reference);
        assert_eq!(s.text, "the authors");
    }

    fn media_named(r: &[(String, Option<(String, SourceKind)>)], name: &str) -> bool {
        r.iter().any(|(_, s)| {
            s.as_ref()
                .is_some_and(|(t, k)| t.contains(name) && k.is_media())
        })
    }

    fn full(text: &str, lang: &str, known: &[String]) -> Vec<Attribution> {
        extract_sentences(text, &[Span::new(0, text.len())], Some(lang), known)
    }

    #[test]
    fn dutch_credits_with_the_subject_after_the_verb() {
        let names = |text: &str| -> Vec<String> { full(text, "nl", &[]).iter().filter_map(|a| a.source.as_ref().map(|s| s.name.clone())).collect() };
        // The object first, then the verb, a day and two subjects.
        let both = names("Dat meldden vrijdag het Duitse weekblad Der Spiegel en de Britse krant The Guardian, onafhankelijk van elkaar.");
        assert!(both.contains(&"Der Spiegel".to_string()) && both.contains(&"The Guardian".to_string()), "{both:?}");
        assert!(!both.contains(&"Dat".to_string()));
        assert_eq!(names("Dat schrijft het Duitse persbureau dpa op basis van een beursbericht."), ["Deutsche Presse-Agentur", "een beursbericht"]);
        // The name ends before the verb of the clause ("zijn er …").
        assert_eq!(names("Volgens het havenbedrijf zijn er olieschermen gelegd."), ["het havenbedrijf"]);
        // A described paper is a back-reference, and "via" a country is no credit.
        let kinds = full("'Iedereen wist het', citeert de Britse krant hem.", "nl", &[]);
        assert!(kinds.iter().all(|a| a.source.as_ref().is_none_or(|s| unnamed_medium(&s.name))), "{kinds:?}");
        assert!(names_a_place("Roemenië"));
    }

    #[test]
    fn names_over_a_german_und_speakers_after_to_us_and_unnamed_people() {
        let sources = |text: &str, lang: &str| -> Vec<(String, SourceKind)> {
            full(text, lang, &[]).iter().filter_map(|a| a.source.as_ref().map(|s| (s.name.clone(), s.kind))).collect()
        };
        // A German name with "und" outside German, and one defined by its abbreviation in German.
        let pl = sources("Jak poinformowała Gewerkschaft Seehäfen und Logistik w komunikacie, protest ma się rozpocząć w czwartek.", "pl");
        assert!(pl.iter().any(|(n, _)| n == "Gewerkschaft Seehäfen und Logistik"), "{pl:?}");
        let de = sources("Zum Streik aufgerufen hat die Gewerkschaft Seehäfen und Logistik (GSL), teilte die Gewerkschaft Seehäfen und Logistik (GSL) mit.", "de");
        assert!(de.iter().any(|(n, _)| n.ends_with("Gewerkschaft Seehäfen und Logistik")), "{de:?}");
        assert!(!de.iter().any(|(n, _)| n == "Logistik"), "{de:?}");
        // "mówi nam X": the speaker, told the outlet itself.
        let said = sources("– Zostaniemy na dole – mówi nam Grzegorz Pawlas, przewodniczący związku.", "pl");
        assert_eq!(said.first().map(|(n, _)| n.as_str()), Some("Grzegorz Pawlas"));
        // "unter Berufung auf … vertraute Personen": people unnamed, no medium.
        let de = sources("Wie die „Financial Times\" unter Berufung auf drei mit der Sache vertraute Personen berichtete, verhandelt die Bank.", "de");
        assert!(!de.iter().any(|(n, k)| n.contains("Personen") && matches!(k, SourceKind::Outlet | SourceKind::Agency)), "{de:?}");
        // A Romance body's field in lower case stays in its name; it speaks in its statements.
        let it = full("Lo rende noto la Guardia costiera in un comunicato.", "it", &[]);
        assert!(it.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name.ends_with("Guardia costiera") && s.kind == SourceKind::Organization)), "{it:?}");
        // A video a sailor uploaded, the day and the platform between the verb and what follows.
        let text = "Quedó grabado en un vídeo que un marinero ucraniano, Taras Melnichenko, colgó el domingo en su cuenta de TikTok y que superó los dos millones de reproducciones.";
        let es = full(text, "es", &[]);
        assert!(es.iter().any(|a| post_author(text, a).as_deref() == Some("Taras Melnichenko")), "{es:?}");
        // A German duty is no report ("… ihrer Diözesankurie melden").
        assert!(sources("Die Pfarrer müssen die Gründung der Gruppen bis Ende Januar ihrer Diözesankurie melden.", "de").is_empty());
        // A Polish letter's body; a plural possessive inside an English name.
        let text = "„Samotność nie jest prywatną sprawą” – czytamy w liście pasterskim Konferencji Episkopatu Polski.";
        let pl = full(text, "pl", &[]);
        assert!(pl.iter().any(|a| post_author(text, a).as_deref() == Some("Konferencji Episkopatu Polski")), "{pl:?}");
        let en = sources("Every parish should have a team, the Polish Bishops' Conference said in a pastoral letter.", "en");
        assert!(en.iter().any(|(n, _)| n == "the Polish Bishops' Conference"), "{en:?}");
        // A plan is no report; a nationality before a common noun names no one.
        let en = sources("Ukraine's government will propose keeping a 50% tax, Finance Minister Ostap Zhuravlenko said.", "en");
        assert!(!en.iter().any(|(n, _)| n.contains("government")), "{en:?}");
        assert!(sources("Ukrainian banks, which hold government bonds, have reported strong profits.", "en").is_empty());
        // "het Havenbedrijf Rotterdam" is a body, no person.
        let nl = sources("Dat meldt het Havenbedrijf Rotterdam.", "nl");
        assert!(nl.iter().any(|(n, k)| n.ends_with("Havenbedrijf Rotterdam") && *k == SourceKind::Organization), "{nl:?}");
    }

    #[test]
    fn a_document_published_on_a_bodys_website_is_that_bodys() {
        let author = |text: &str, lang: &str| full(text, lang, &[]).iter().filter(|a| posted(text, a)).find_map(|a| post_author(text, a));
        assert_eq!(
            author("Ukraine's High Anti-Corruption Court (HACC) has sentenced Roman Kostiuk to eight years in prison for accepting a bribe, according to a verdict published on the court's website on April 15.", "en").as_deref(),
            Some("court")
        );
        assert_eq!(author("Про це йдеться у вироку, оприлюдненому на сайті ВАКС.", "uk").as_deref(), Some("ВАКС"));
        assert_eq!(author("Das geht aus dem Urteil hervor, das auf der Website des Gerichts veröffentlicht wurde.", "de").as_deref(), Some("Gerichts"));
        // A named speaker's statement on a body's site stays the speaker's.
        assert_ne!(
            author("Spokeswoman Agnieszka Surmacz said in a statement published on the website of the Chancellery of the Prime Minister.", "en").as_deref(),
            Some("Chancellery of the Prime Minister")
        );
        // A paper the medium has seen is no post of its writer.
        let text = "Das geht aus einem internen Papier der Europäischen Weltraumorganisation hervor, das dem SPIEGEL vorliegt.";
        assert!(full(text, "de", &[]).iter().all(|a| !posted(text, a)));
        // A body's warning in Ukrainian.
        assert_eq!(author("Про це йдеться в попередженні Укргідрометцентру.", "uk").as_deref(), Some("Укргідрометцентру"));
        let text = "Ukraine's High Anti-Corruption Court sentenced him. The court said the bribe was paid in cash.";
        assert_eq!(crate::institution::named_body_in(text, "court").as_deref(), Some("High Anti-Corruption Court"));
    }

    #[test]
    fn an_opening_article_and_a_described_subject_name_no_medium() {
        let kinds = |text: &str, lang: &str| -> Vec<SourceKind> { full(text, lang, &[]).iter().filter_map(|a| a.source.as_ref().map(|s| s.kind)).collect() };
        assert!(!kinds("O governante adiantou que o plano será votado na sexta-feira.", "pt").contains(&SourceKind::Outlet));
        assert!(!kinds("La candidate a dévoilé son programme mardi.", "fr").contains(&SourceKind::Outlet));
        assert!(kinds("La coalición gobernante cuenta con 76 escaños.", "es").is_empty());
        assert!(not_a_medium_name("Internet"));
        assert!(not_a_medium_name("Tuesday"));
        // ("citing a post on X by the group": the platform, whose post is the group's.)
        assert!(not_a_medium_name("X"));
        assert!(!not_a_medium_name("Fjordposten"));
        // A Romance media verb's bare object is no medium.
        let text = "Según adelantó TMZ, el portal ha publicado fotografías del Porsche destrozado.";
        let outlets: Vec<String> = full(text, "es", &[]).iter().filter_map(|a| a.source.as_ref()).filter(|s| s.kind == SourceKind::Outlet).map(|s| s.text.clone()).collect();
        assert_eq!(outlets, ["TMZ"]);
        // A German preposition ends the name.
        let text = "Den Schaden beziffert das Gericht laut Meduza auf 420 Millionen Rubel.";
        let names: Vec<String> = full(text, "de", &[]).iter().filter_map(|a| a.source.as_ref()).map(|s| s.name.clone()).collect();
        assert_eq!(names, ["Meduza"]);
        // Two media coordinated after a plural media noun, the second an English title.
        let text = "La plataforma ha cancelado la serie, según publican las revistas estadounidenses Deadline y The Hollywood Reporter.";
        let mut outlets: Vec<String> = full(text, "es", &[]).iter().filter_map(|a| a.source.as_ref()).map(|s| s.name.clone()).collect();
        outlets.dedup();
        assert_eq!(outlets, ["Deadline", "The Hollywood Reporter"]);
        // A title opening with its article stays a medium.
        assert_eq!(kinds("Lo ha rivelato La Repubblica.", "it"), [SourceKind::Outlet]);
    }

    #[test]
    fn a_singers_own_post_told_in_romance_languages_and_german() {
        let sources = |text: &str, lang: &str| -> Vec<(String, bool)> {
            full(text, lang, &[]).iter().filter_map(|a| a.source.as_ref().map(|s| (s.text.clone(), posted(text, a)))).collect()
        };
        // A Romance preposition ends the phrase; "su cuenta" is a noun, "de Instagram" no one.
        assert_eq!(
            sources("Así lo ha anunciado la propia artista en un mensaje publicado el lunes en su cuenta de Instagram.", "es"),
            [("la propia artista".to_string(), true)]
        );
        assert_eq!(
            sources("Lo ha annunciato la stessa cantante con un lungo post su Instagram.", "it"),
            [("la stessa cantante".to_string(), true)]
        );
        assert_eq!(
            sources("A informação foi divulgada pela própria cantora em seu perfil no Instagram.", "pt"),
            [("própria cantora".to_string(), true)]
        );
        assert_eq!(sources("Das verkündete die Sängerin am Montagabend auf Instagram.", "de"), [("die Sängerin".to_string(), true)]);
    }

    #[test]
    fn media_named_by_the_way_they_carried_a_report() {
        // German passive with its agent: "von der Zeitung X berichtet".
        assert_eq!(
            outlets("Anders als zunächst von der britischen Zeitung Harwick Post berichtet, ist die Brücke nicht eingestürzt.", "de"),
            ["Harwick Post"]
        );
        assert_eq!(outlets("Wie vom Regionalsender Tal TV am Montag gemeldet, ist die Brücke gesperrt.", "de"), ["Tal TV"]);
        assert!(outlets("Die Brücke wurde von Arbeitern repariert, wie berichtet.", "de").is_empty());
        // The air a speaker was on; a capitalised "Radio" and a "d'" belong to the name.
        assert_eq!(
            outlets("Un agriculteur, Maurice Delpeyroux, l'a révélé mercredi sur l'antenne de Radio Val d'Orgne.", "fr"),
            ["Radio Val d'Orgne"]
        );
        assert_eq!(outlets("Wie der Lokalsender Radio Val d'Orgne am Mittwoch berichtete, wurde ein Wolf gesehen.", "de"), ["Radio Val d'Orgne"]);
        // What was shown or told, then whose: the medium, its describing words left out.
        assert_eq!(outlets("Le col restera fermé, selon les images et les informations de la télévision régionale Bergland TV.", "fr"), ["Bergland TV"]);
        assert_eq!(outlets("Le col restera fermé, selon la télévision régionale Bergland TV.", "fr"), ["Bergland TV"]);
        // A German head of an office is a person, and a time after "am" ends a name.
        assert!(outlets("Das schrieb der Chef der Gebietsverwaltung, Taras Doroschenko, am Morgen auf Telegram.", "de").is_empty());
        let a = full("„Die Lage ist ernst“, sagte Stadtsprecherin Anja Terhoeven dem Kurier am Freitagmorgen am Telefon.", "de", &[]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Kurier")), "{a:?}");
        let a = full("Das teilte Landrätin Friederike Albers am Samstagnachmittag mit.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Landrätin Friederike Albers")), "{a:?}");
    }

    #[test]
    fn subjects_before_present_verbs_appositions_and_french_interviews() {
        let back = |text: &str, lang: &str| {
            full(text, lang, &[]).into_iter().filter_map(|a| a.source).filter(|s| s.back_reference).map(|s| s.text).collect::<Vec<_>>()
        };
        // A verb whose source usually follows it, with its subject before it.
        assert_eq!(back("Видання пише, що міст закриють.", "uk"), ["Видання"]);
        assert_eq!(back("Канал сообщает о пожаре на складе.", "ru"), ["Канал"]);
        assert!(full("Також повідомляє, що міст закриють.", "uk", &[]).iter().all(|a| a.source.is_none()));
        // A media noun alone opening the sentence refers back.
        assert_eq!(back("Канал опублікував відео з річки.", "uk"), ["Канал"]);
        // A name with an apposition before "and".
        assert_eq!(
            outlets("Obrii, a local news site, and the Russian-language paper Zarechny Listok both reported on Monday on the breakdown.", "en"),
            ["Zarechny Listok", "Obrii"]
        );
        // A French interview given at a time, to a channel; the speaker's phrase ends before it.
        let a = full("La maternité fermera, a déclaré le maire dans un entretien accordé mardi soir à la chaîne régionale Svitanok TV.", "fr", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Svitanok TV")), "{a:?}");
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "le maire")), "{a:?}");
        // "Об этом «X» рассказали": the preposition governs "этом"; the outlet heard it.
        let a = full("Об этом «Тихой Пристани» рассказали два сотрудника мэрии.", "ru", &["Тихая Пристань".to_string()]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.text == "Тихой Пристани")), "{a:?}");
        // A capitalised German media noun before a quoted name.
        assert_eq!(outlets("Die Unterführung stand laut dem Telegram-Kanal „Tryvoschnyj Bereh“ unter Wasser.", "de"), ["Tryvoschnyj Bereh"]);
        // After the medium that heard it, a speaker whom an apposition calls a person.
        let a = full("Une citerne fuit, a déclaré à l'agence Ivan Borodaï, responsable régional de la protection civile.", "fr", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.kind == SourceKind::Person)), "{a:?}");
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Ivan Borodaï")), "{a:?}");
        // After a verb of publishing too: "повідомляє X, речниця …" names a person.
        for (text, lang) in [
            ("Міст закриють на ремонт, повідомляє Олена Гнатюк, речниця міськради.", "uk"),
            ("Мост закроют на ремонт, сообщает Иван Петренко, глава районной администрации.", "ru"),
            ("The bridge will close, reported Tom Barker, a spokesman for the council.", "en"),
        ] {
            let a = full(text, lang, &[]);
            assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Person)), "{text}: {a:?}");
            assert!(outlets(text, lang).is_empty(), "{text}");
        }
        assert_eq!(outlets("The bridge will close, reported Harbour Courier, the official newspaper of the council.", "en"), ["Harbour Courier"]);
        // A given name and a surname are a person's, whatever the verb; a quoted name is a medium's.
        for (text, lang) in [
            ("Мост закроют, пишет Иван Петренко.", "ru"),
            ("Die Brücke wird geschlossen, berichtete Jonas Becker.", "de"),
            ("Le pont sera fermé, rapporte Jean Dupont.", "fr"),
        ] {
            assert!(outlets(text, lang).is_empty(), "{text}");
        }
        assert_eq!(outlets("Мост закроют, сообщает «Анна Новости».", "ru"), ["Анна Новости"]);
        // Initials after "à" are the medium that heard it; a German adjective of place before a
        // media noun; a journalist noun or a medium's sources before its name.
        let a = full("« La paroi bouge », a confié à la RTS le géologue cantonal.", "fr", &[]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "RTS")), "{a:?}");
        assert!(outlets("Rund 86 Menschen wurden evakuiert, wie das Westschweizer Fernsehen RTS berichtete.", "de").contains(&"RTS".to_string()));
        assert_eq!(outlets("Як передає кореспондент NV, у середу з цеху вийшла перша партія.", "uk"), ["NV"]);
        assert_eq!(outlets("За даними співрозмовників УП, причиною став зрив термінів.", "uk"), ["УП"]);
        assert_eq!(outlets("Пожежу досі не загасили, передає кореспондентка Суспільного.", "uk"), ["Суспільного"]);
        // A German relative clause's verb has the pronoun as subject; a name between commas before
        // an apposition of role is the subject of the verb after it; a given name after a title.
        assert!(outlets("Explosionen waren zu hören, schreibt der Kanal, der mehrere Videos des Feuers veröffentlichte.", "de").iter().all(|n| n != "Feuers"));
        let a = full("The station was damaged, leaving 40,000 without water, Oleh Kryvoshyia, head of the regional administration, wrote on Telegram.", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "Oleh Kryvoshyia" && s.kind == SourceKind::Person)), "{a:?}");
        assert!(outlets("Про це написав очільник Ожинської ОВА Олег Кривошия.", "uk").is_empty());
        // The article's own reporter is no medium it cites.
        assert!(outlets("Das Feuer ist gelöscht, berichtet unser Korrespondent aus Solonez.", "de").is_empty());
        let named = outlets("Une citerne fuit, a déclaré le maire à l'agence Nordic Wire, une agence régionale.", "fr");
        assert!(!named.is_empty() && named.iter().all(|n| n == "Nordic Wire"), "{named:?}");
    }

    #[test]
    fn subjects_and_names_cut_where_the_phrase_ends() {
        // A German subject after the auxiliary ends before what was reported.
        assert_eq!(outlets("Zuerst hatte der Lokalsender Radio Ostheide über den Diebstahl berichtet.", "de"), ["Radio Ostheide"]);
        assert_eq!(outlets("Darüber hatte zuerst der Anzeiger im Tal berichtet.", "de"), ["Anzeiger im Tal"]);
        assert_eq!(
            outlets("Nach Schilderung des englischsprachigen Portals Eastmarch Review lagen die Wagen neben dem Gleis.", "de"),
            ["Eastmarch Review"]
        );
        // The noun phrase a relative clause follows is the subject of the verb after it.
        assert_eq!(
            outlets("Nine sailors have gone unpaid for months, the French regional daily La Vigie du Lormont, which went aboard on Tuesday, has reported.", "en"),
            ["La Vigie du Lormont"]
        );
        // A route is no source.
        assert!(outlets("Passenger trains were sent on a detour via Hlybochok, adding two hours.", "en").is_empty());
        assert_eq!(outlets("Details emerged of the train crash, via Kestrel Post.", "en"), ["Kestrel Post"]);
        // "C'est ce qu'affirme X": the source follows the verb.
        assert_eq!(
            outlets("C'est ce qu'affirme le journal local britannique The Kelbridge Post, qui a recueilli deux témoignages.", "fr"),
            ["The Kelbridge Post"]
        );
        // Adjectives before a name in Latin letters describe it.
        assert_eq!(outlets("Про це повідомило словацьке регіональне Rádio Podtatranie.", "uk"), ["Rádio Podtatranie"]);
        // A medium told in the dative, then the speaker: the speaker is the source.
        assert!(outlets("«Проснулась в три часа», — рассказала газете 67-летняя Анна Дидух.", "ru").is_empty());
        assert_eq!(outlets("«Риба гине», — за даними радіостанції «Радіо Камногір'я».", "uk"), ["Радіо Камногір'я"]);
        // Pictures shown by a named medium come from it.
        assert_eq!(
            outlets("Les images diffusées dimanche soir par Télé Haute-Lormande montrent l'eau envahissant la rue.", "fr"),
            ["Télé Haute-Lormande"]
        );
        assert!(outlets("Les images diffusées dimanche montrent l'eau envahissant la rue.", "fr").is_empty());
    }

    #[test]
    fn media_unknown_to_the_story_that_heard_or_asked() {
        let heard = |text: &str, lang: &str| -> Vec<String> {
            full(text, lang, &[]).into_iter().filter_map(|a| a.recipient.map(|r| r.name)).collect()
        };
        // A German compound newspaper name beside another name word is a medium's ...
        assert_eq!(outlets("Die Fähre wird im März eingestellt, schreibt der Kreisbote Altmark.", "de"), ["Kreisbote Altmark"]);
        // ... alone it is a common noun referring back.
        let a = full("Die Lokalzeitung zitiert aus einer Anordnung der Werksleitung.", "de", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.back_reference || !s.kind.is_media())), "{a:?}");
        // The dative after a speech verb, the subject before it.
        assert_eq!(heard("Die Fähre wird eingestellt, sagte der Bürgermeister dem Kreisboten Altmark.", "de"), ["Kreisboten Altmark"]);
        let known = ["Flussbote".to_string()];
        let a = full("Der Direktor des Betreibers bestätigte dies dem Flussboten am Telefon.", "de", &known);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name.starts_with("Flussboten"))), "{a:?}");
        assert_eq!(heard("Міський голова розповів «Голосу Прикарпаття», що пором зупинять.", "uk"), ["Голосу Прикарпаття"]);
        assert_eq!(heard("Мэр подтвердил журналистам «Северного вестника», что паром остановят.", "ru"), ["Северного вестника"]);
        // A quoted name after the verb is the subject when none came before.
        assert!(heard("Про це повідомив «Голос Прикарпаття».", "uk").is_empty());
        assert_eq!(heard("The mayor confirmed to the Harbour Courier that the ferry will stop.", "en"), ["Harbour Courier"]);
        assert_eq!(heard("Le bac cessera de circuler, a déclaré le maire au Courrier du Val.", "fr"), ["Courrier du Val"]);
        // The medium that asked for a comment or interviewed.
        assert_eq!(outlets("Про це у коментарі «Голосу Прикарпаття» сказав міський голова.", "uk"), ["Голосу Прикарпаття"]);
        assert_eq!(outlets("В комментарии «Северному вестнику» мэр заявил, что паром остановят.", "ru"), ["Северному вестнику"]);
        assert_eq!(outlets("Interrogé par Le Courrier du Val, le maire a confirmé la fermeture.", "fr"), ["Le Courrier du Val"]);
        // A platform describes the medium; adjectives and a fronted object leave the subject after
        // the verb.
        assert_eq!(outlets("The ferry will stop, the Telegram channel Port Watch wrote.", "en"), ["Port Watch"]);
        assert_eq!(outlets("Відповідне відео опублікував телеграм-канал «Порт онлайн».", "uk"), ["Порт онлайн"]);
        let known = ["La Voix des Carpates".to_string()];
        let a = full("Le directeur a confié à La Voix des Carpates qu'il n'y avait pas d'autre solution.", "fr", &known);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "La Voix des Carpates")), "{a:?}");
        assert_eq!(outlets("La Voix des Carpates rapporte que la décision a été prise en janvier.", "fr"), ["La Voix des Carpates"]);
    }

    #[test]
    fn a_journalist_reports_for_the_medium() {
        assert_eq!(outlets("Carpathian Voice reporter Olena Marchuk first broke the story.", "en"), ["Carpathian Voice"]);
        assert_eq!(outlets("Olena Marchuk, a reporter at the Carpathian Voice, first broke the story.", "en"), ["Carpathian Voice"]);
        assert_eq!(outlets("The story was first reported by Olena Marchuk, a reporter for the Carpathian Voice.", "en"), ["Carpathian Voice"]);
        assert!(outlets("The Carpathian Voice's reporter Olena Marchuk first broke the story.", "en")[0].starts_with("Carpathian Voice"));
        assert_eq!(outlets("Журналістка «Голосу Прикарпаття» Олена Марчук першою повідомила про це.", "uk"), ["Голосу Прикарпаття"]);
        assert_eq!(outlets("Как сообщил корреспондент «Голоса Прикарпаття» Олег Марчук, решение уже принято.", "ru"), ["Голоса Прикарпаття"]);
        // An agency's initials and quoted name after the journalist noun, no journalist named.
        assert_eq!(outlets("Медведь вышел к окраинам города, передает корреспондент СИА «Кедр».", "ru"), ["СИА «Кедр»"]);
        // A passive's agent after a time; a hyphenated describing word before the media noun.
        assert_eq!(outlets("The die-off was first raised on Sunday morning by local station Radio Kamnohirria.", "en"), ["Radio Kamnohirria"]);
        assert_eq!(outlets("The closure was first reported by the Russian-language site Zarechnye Novosti.", "en"), ["Zarechnye Novosti"]);
        // A wire dateline between slashes, or with a name's small words.
        assert_eq!(outlets("ЛІСОВЕ, 3 лютого /«Голос Прикарпаття»/. Пором зупиняють.", "uk"), ["Голос Прикарпаття"]);
        assert_eq!(outlets("LISSOVÉ, 3 février (La Voix des Carpates) - Le bac s'arrête.", "fr"), ["La Voix des Carpates"]);
        // The phrase before the verb does not agree with it: the subject comes after.
        assert_eq!(outlets("Позже решение подтвердил и телеканал «Край ТВ».", "ru"), ["Край ТВ"]);
        assert!(outlets("Міський голова розповів, що пором зупинять.", "uk").is_empty());
        // A surname in "-енко" is no neuter noun.
        let a = full("Коваленко розповів журналістам «Голосу Прикарпаття», що пором зупинять.", "uk", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "Коваленко")), "{a:?}");
        // No medium named: the journalist is a person.
        assert!(outlets("Senior reporter Olena Marchuk first broke the story.", "en").is_empty());
    }

    #[test]
    fn names_behind_determiners_adjectives_and_media_nouns() {
        // A quoted name after an article and an adjective.
        let r = one("Das meldet die schwedische „Harbor Evening Gazette“.", "de");
        assert!(
            r.iter().any(|(_, s)| s.as_ref().is_some_and(|(t, k)| t == "Harbor Evening Gazette" && *k == SourceKind::Outlet)),
            "{r:?}"
        );
        // A German head noun before the name is not part of it.
        let a = full("Das meldet das polnische Portal Wisla Dzis.", "de", &[]);
        assert!(
            a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Wisla Dzis" && s.kind == SourceKind::Outlet)),
            "{a:?}"
        );
        // Agencies behind determiners, describing words and media nouns.
        for (text, lang) in [
            ("Die Brücke bleibt gesperrt, wie die Deutsche Presse-Agentur meldet.", "de"),
            ("Italian news agency dpa reported the closure on Friday.", "en"),
            ("Мост закрыт, сообщает агентство dpa.", "ru"),
        ] {
            let a = full(text, lang, &[]);
            assert!(
                a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.agency == Some("DPA"))),
                "{text}: {a:?}"
            );
        }
        // A lowercase common word is no agency abbreviation.
        let a = full("The ferry was delayed, the harbour master said.", "en", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.agency.is_none())), "{a:?}");
    }

    #[test]
    fn german_back_references_and_subjects_first() {
        for text in ["Laut dem Blatt kostet der Umbau elf Millionen.", "Das Blatt schreibt weiter, der Umbau koste elf Millionen."] {
            let a = full(text, "de", &[]);
            assert!(
                a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.back_reference)),
                "{text}: {a:?}"
            );
        }
        // "X meldet <noun>": the object is no source, nor is a subject not known as a medium.
        for text in ["Regionaler Flughafen meldet Passagierrekord", "Die Stadtverwaltung meldet neue Zahlen."] {
            let a = full(text, "de", &[]);
            assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.kind.is_media())), "{text}: {a:?}");
        }
        let r = one("Die Harbor Evening Gazette meldet neue Zahlen.", "de");
        assert!(media_named(&r, "Harbor Evening Gazette"), "{r:?}");
        // A fronted pronoun leaves the source after the verb.
        let a = full("Das berichtet der britische Harbor Evening Gazette.", "de", &[]);
        assert!(
            a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Harbor Evening Gazette" && s.kind == SourceKind::Outlet)),
            "{a:?}"
        );
        let r = one("Das berichtet die Zeitung Alpenbote.", "de");
        assert!(media_named(&r, "Alpenbote"), "{r:?}");
        // The outlet that conducted an interview.
        let r = one("Das sagte der Bürgermeister im Interview mit Harbor Evening Gazette.", "de");
        assert!(media_named(&r, "Harbor Evening Gazette"), "{r:?}");
    }

    #[test]
    fn polish_credits_registry_names_and_titled_people() {
        let a = full("Grupa prowadzi rozmowy – podał w poniedziałek „Financial Times”, powołując się na trzy osoby zaznajomione z negocjacjami. Według brytyjskiego dziennika transakcja jest warta 180 mln dolarów.", "pl", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Financial Times" && s.kind.is_media())), "{a:?}");
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "brytyjskiego dziennika" && s.back_reference)), "{a:?}");
        // A registry name behind describing words, a title before a company and a name.
        let a = full("Про це заявила в інтерв'ю британській телерадіокомпанії BBC заступниця міністра. Генеральний директор Solent Maritime Systems Гарет Прайс підтвердив виданню, що переговори тривають.", "uk", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "BBC" && s.kind.is_media())), "{a:?}");
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.text.contains("Прайс") || s.kind == SourceKind::Person)), "{a:?}");
    }

    #[test]
    fn a_name_in_apposition_before_the_verb_and_long_described_media() {
        let a = full("Four of the six jets would be moved to Riga, the news agency said, quoting a memo in which the airline's chief operating officer, Ilze Kalnina, wrote that the carrier had to cut costs.", "en", &[]);
        assert!(a.iter().any(|a| a.cue_text == "wrote" && a.source.as_ref().is_some_and(|s| s.name == "Ilze Kalnina" && s.kind == SourceKind::Person)), "{a:?}");
        let a = full("The ward opened in November, the English-language Ukrainian news site reported.", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.back_reference)), "{a:?}");
        let a = full("Alle Passagiere wurden an Land gebracht, meldet die Nachrichtenagentur dpa.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Agency)), "{a:?}");
        let a = full("Das berichtet das russische Exilmedium Meduza unter Berufung auf Dokumente.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| crate::outlet_key(&s.name) == crate::outlet_key("Meduza"))), "{a:?}");
    }

    #[test]
    fn institutions_officials_objects_and_audiences() {
        assert_eq!(title_credit("Росія не погоджує списки – МЗС").map(|s| s.kind), Some(SourceKind::Organization));
        assert_eq!(title_credit("Росія не погоджує списки – Цензор.НЕТ").map(|s| s.kind), Some(SourceKind::Outlet));
        let a = full("The United States no longer objects, The Times reported, citing Whitehall officials.", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "Whitehall officials" && s.kind == SourceKind::Anonymous)), "{a:?}");
        let a = full("The United States has told European allies it no longer objects to the mission.", "en", &[]);
        assert!(a.iter().all(|a| a.recipient.is_none()), "{a:?}");
        let a = full("Схему обговорять у Женеві. Статтю британська газета опублікувала у четвер.", "uk", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.back_reference)), "{a:?}");
        let a = full("Про це пише The Telegraph з посиланням на дипломатів трьох країн НАТО.", "uk", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Anonymous)), "{a:?}");
    }

    #[test]
    fn credit_lines_without_a_colon_and_lowercase_agencies() {
        let credit = |text: &str, lang: &str| full(text, lang, &[]).into_iter().filter_map(|a| a.source.map(|s| (s.name, s.kind))).collect::<Vec<_>>();
        assert!(credit("Quelle: dpa", "de").iter().any(|(_, k)| *k == SourceKind::Agency));
        assert!(credit("La rédaction avec AFP", "fr").iter().any(|(_, k)| *k == SourceKind::Agency));
        assert!(credit("Le Figaro avec AFP", "fr").iter().any(|(_, k)| *k == SourceKind::Agency));
        assert!(credit("Źródło: PAP", "pl").iter().any(|(n, _)| n == "PAP"));
        assert!(credit("(Writing by Mark Ellery in London, with reporting by Suspilne)", "en").iter().any(|(n, k)| n == "Suspilne" && k.is_media()));
        assert!(credit("(Reporting by Anna Kowal)", "en").iter().all(|(_, k)| !k.is_media()));
        // A noun opening the sentence is no inverted verb.
        assert!(credit("Relay world champion Marta Horobets will retire after the final.", "en").is_empty());
        // A state is no medium; the media at large are none either.
        assert!(credit("Moscow is mobilising, the paper reported, citing U.S. and European officials.", "en").iter().all(|(n, k)| n != "U.S" || !k.is_media()));
        assert!(unnamed_medium("СМИ") && unnamed_medium("US-Zeitung"));
    }

    #[test]
    fn participles_coordination_places_and_recipients() {
        // "X, посилаючись на Y, пише": X is the subject of the verb.
        let r = one("Harbor Evening Gazette, посилаючись на Tidewater Bulletin, пише, що угоду підписано.", "uk");
        assert!(media_named(&r, "Harbor Evening Gazette"), "{r:?}");
        assert!(media_named(&r, "Tidewater Bulletin"), "{r:?}");
        // …but an institution named in any case form is no outlet.
        for text in ["Ціни зросли на 3%, за даними Держстату.", "Цены выросли на 3%, по данным Министерства экономики."] {
            let r = one(text, if text.contains('ы') { "ru" } else { "uk" });
            assert!(r.iter().all(|(_, s)| s.as_ref().is_none_or(|(_, k)| !k.is_media())), "{text}: {r:?}");
        }
        // "за інформацією X" names a publisher.
        let r = one("Завод закриють до осені, за інформацією Silver Compass.", "uk");
        assert!(media_named(&r, "Silver Compass"), "{r:?}");
        // An inverted source and its partner.
        let r = one("Про закриття заводу повідомили Harbor Evening Gazette та «Ранковий вісник».", "uk");
        assert!(media_named(&r, "Harbor Evening Gazette"), "{r:?}");
        assert!(media_named(&r, "Ранковий вісник"), "{r:?}");
        // "via" and a place is a route.
        let r = one("The trucks will travel to Lviv via Hungary next week, the firm said.", "en");
        assert!(!media_named(&r, "Hungary"), "{r:?}");
        // "confirmed … to X": X heard it.
        let a = full("A ministry official confirmed the new date to Harbor Evening Gazette on Monday.", "en", &[]);
        assert!(
            a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Harbor Evening Gazette")),
            "{a:?}"
        );
    }

    #[test]
    fn newspaper_name_heads_make_outlets() {
        for (text, lang, name) in [
            ("The plant will close in May, according to Harbor Ledger.", "en", "Harbor Ledger"),
            ("Завод закроют в мае, сообщил Приморский вестник.", "ru", "Приморский вестник"),
        ] {
            let r = one(text, lang);
            assert!(media_named(&r, name), "{text}: {r:?}");
        }
        // The head of a longer phrase decides: a document seen by a newspaper is a document.
        let r = one("The plant will close in May, according to a draft plan seen by Harbor Ledger.", "en");
        assert!(!media_named(&r, "draft"), "{r:?}");
    }

    #[test]
    fn according_to_unknown_names() {
        // A name opening with a place is no person.
        let r = one("The tram line will close in May, according to Odesa Courier.", "en");
        assert!(media_named(&r, "Odesa Courier"), "{r:?}");
        let r = one("The tram line will close in May, according to Olena Marchuk.", "en");
        assert!(!media_named(&r, "Olena Marchuk"), "{r:?}");
        // A single letter for a double one in a cue word.
        let r = one("The tram line will close in May, acording to the city.", "en");
        assert!(r.iter().any(|(c, _)| c == "acording to"), "{r:?}");
        // "…, reports X." closing the sentence.
        let r = one("The tram line will close in May, reports Silver Compass.", "en");
        assert!(media_named(&r, "Silver Compass"), "{r:?}");
        let r = one("He reads the reports Silver Compass sent.", "en");
        assert!(!media_named(&r, "Silver Compass"), "{r:?}");
    }

    #[test]
    fn a_headline_opening_with_a_known_outlet_credits_it() {
        let title = "Ранковий вісник: міст закриють на ремонт";
        let a = full(title, "uk", &["Ранковий вісник".to_string()]);
        assert!(
            a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Outlet && s.name == "Ранковий вісник")),
            "{a:?}"
        );
        let a = full(title, "uk", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.kind.is_media())), "{a:?}");
    }

    #[test]
    fn ukrainian_and_russian_cues() {
        let r = one(
            "Про це пише видання The Guardian з посиланням на джерела.",
            "uk",
        );
        assert!(
            r.iter().any(|(_, s)| s
                .as_ref()
                .is_some_and(|(t, k)| t.contains("The Guardian") && *k == SourceKind::Outlet)),
            "{r:?}"
        );
        assert!(
            r.iter()
                .any(|(_, s)| s.as_ref().is_some_and(|(_, k)| *k == SourceKind::Anonymous)),
            "{r:?}"
        );
        let r = one("Об этом сообщает ТАСС.", "ru");
        assert!(
            r.iter()
                .any(|(_, s)| s.as_ref().is_some_and(|(_, k)| *k == SourceKind::Agency)),
            "{r:?}"
        );
    }

    #[test]
    fn title_suffix_names_the_outlet() {
        let s = title_credit(
            "US ready to recognise Russia's control over occupied territories – The Telegraph",
        )
        .expect("credit");
        assert_eq!(
            (s.text.as_str(), s.kind),
            ("The Telegraph", SourceKind::Outlet)
        );
        assert!(title_credit("Talks resume - again").is_none());
        assert!(title_credit("Sturm Ilka: Auer tritt über die Ufer – 300 Erlenauer in Sicherheit gebracht").is_none());
        assert_eq!(title_credit("Il governo cade – Corriere della Sera").map(|s| s.text).as_deref(), Some("Corriere della Sera"));
        assert_eq!(title_credit("Ceasefire talks stall – 24 Kanal").map(|s| s.text).as_deref(), Some("24 Kanal"));
        assert_eq!(title_credit("Переговори зупинились – Українська правда").map(|s| s.text).as_deref(), Some("Українська правда"));
        // In quotation marks or in brackets closing the title; a label in brackets is no credit.
        assert_eq!(title_credit("Пором до Лісового зупиняють — «Голос Прикарпаття»").map(|s| s.name).as_deref(), Some("Голос Прикарпаття"));
        assert_eq!(title_credit("Ferry to Lisove to stop running (Carpathian Voice)").map(|s| s.name).as_deref(), Some("Carpathian Voice"));
        assert!(title_credit("Ferry to Lisove to stop running (video)").is_none());
    }

    fn outlet_named(a: &[Attribution], name: &str) -> bool {
        a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == name && s.kind == SourceKind::Outlet))
    }

    #[test]
    fn russian_and_ukrainian_kinds_of_paper_before_a_name() {
        let a = full("Об этом сообщает польский еженедельник The Harbour Ledger.", "ru", &[]);
        assert!(outlet_named(&a, "The Harbour Ledger"), "{a:?}");
        let a = full("По данным немецкого еженедельника Lindental Post, мост закроют.", "ru", &[]);
        assert!(outlet_named(&a, "Lindental Post"), "{a:?}");
        let a = full("Про це пише польський тижневик The Harbour Ledger.", "uk", &[]);
        assert!(outlet_named(&a, "The Harbour Ledger"), "{a:?}");
    }

    #[test]
    fn german_and_french_articles_adjectives_and_titles_around_names() {
        // A lowercase German article and an adjective of place are no part of the name.
        let a = full("Der Hafen wird erweitert, wie der Londoner Morrow Tribune meldet.", "de", &[]);
        assert!(outlet_named(&a, "Morrow Tribune"), "{a:?}");
        let a = full("Laut dem Kestrel Morning Post wird der Hafen erweitert.", "de", &[]);
        assert!(outlet_named(&a, "Kestrel Morning Post"), "{a:?}");
        // A name of one word after the place adjective keeps it: "Frankfurter Rundschau".
        let a = full("Der Hafen wird erweitert, wie die Frankfurter Rundschau meldet.", "de", &[]);
        assert!(outlet_named(&a, "Frankfurter Rundschau"), "{a:?}");
        // French: the media noun with its adjectives after it.
        let a = full("Le port sera agrandi, a rapporté le quotidien belge Gazette des Dunes.", "fr", &[]);
        assert!(outlet_named(&a, "Gazette des Dunes"), "{a:?}");
        // A mayor is a person, even after "selon".
        let a = full("Selon le maire Anton Severin, le port sera agrandi.", "fr", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Person)), "{a:?}");
        // A nationality adjective and a media noun before a name with a lowercase tail that a
        // story outlet has.
        let known = ["La Vigie lorraine".to_string()];
        let a = full("The port will grow, as reported by the French daily La Vigie lorraine on Monday.", "en", &known);
        assert!(outlet_named(&a, "La Vigie lorraine"), "{a:?}");
        let a = full("Wie die französische Zeitung La Vigie lorraine schreibt, wird der Hafen erweitert.", "de", &known);
        assert!(outlet_named(&a, "La Vigie lorraine"), "{a:?}");
    }

    #[test]
    fn more_ways_of_crediting_a_report() {
        let a = full("По сведениям Morrow Tribune, порт расширят.", "ru", &[]);
        assert!(outlet_named(&a, "Morrow Tribune"), "{a:?}");
        let a = full("The Kestrel Morning Post was the first to report the decision.", "en", &[]);
        assert!(outlet_named(&a, "The Kestrel Morning Post"), "{a:?}");
        let a = full("D'après les informations de Morrow Tribune, reprises par Kestrel Post, le port sera agrandi.", "fr", &[]);
        assert!(outlet_named(&a, "Morrow Tribune") && outlet_named(&a, "Kestrel Post"), "{a:?}");
        let a = full("Der Hafen wird erweitert. Das geht aus einem Bericht der Wirtschaftszeitung Morrow Tribune hervor.", "de", &[]);
        assert!(outlet_named(&a, "Morrow Tribune"), "{a:?}");
        // The medium that held an interview heard the words.
        let a = full("The port will grow, Mayor Anton Severin said in an interview with the Danish paper Morrow Tribune.", "en", &[]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Morrow Tribune")), "{a:?}");
        assert_eq!(a.len(), 1, "{a:?}");
        let a = full("Мэр Антон Северин в интервью датской газете Morrow Tribune заявил, что порт расширят.", "ru", &[]);
        assert!(outlet_named(&a, "Morrow Tribune"), "{a:?}");
    }

    #[test]
    fn german_inversions_coordination_and_prepositions() {
        let a = full("Das erfuhr der britische Morrow Standard von zwei Mitarbeitern der Stadt.", "de", &[]);
        assert!(outlet_named(&a, "Morrow Standard"), "{a:?}");
        let a = full("Wie unser Korrespondent vor Ort erfuhr, wurden 14 Menschen verletzt.", "de", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.kind != SourceKind::Outlet)), "{a:?}");
        let a = full("Nach Informationen der Lokalzeitung Kestra Bote und der französischen Wochenzeitung La Vigie wurden 14 Menschen verletzt.", "de", &[]);
        assert!(outlet_named(&a, "Kestra Bote") && outlet_named(&a, "La Vigie"), "{a:?}");
        let known = ["Morrow Tribune".to_string()];
        let a = full("Ein Sprecher der Stadt bestätigte dem Morrow Tribune am Mittwoch die Schließung.", "de", &known);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Morrow Tribune")), "{a:?}");
    }

    #[test]
    fn described_media_unnamed_sources_and_speakers_after_a_medium() {
        let a = full("Le magazine cite une note interne du ministère de l'économie.", "fr", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.back_reference)), "{a:?}");
        let a = full("La présidence a décidé de remplacer trois ministres, selon deux sources du Palazzo Chigi.", "fr", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Anonymous)), "{a:?}");
        // A channel's name that opens with a word for unnamed ones is a name.
        let a = full("Как пишет Insider Stepy, завод сокращает 1200 человек.", "ru", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.kind != SourceKind::Anonymous)), "{a:?}");
        assert!(titled_person("francesa la ministra de Vivienda", "Vivienda"));
        assert!(!titled_person("Би-би-си заместитель министра энергетики", "Би-би-си"));
        assert!(names_a_place("Amburgo") && names_a_place("Varsovie"));
        let a = full("Laut dem Mailänder Blatt soll die Umbildung erst im Juni kommen.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.back_reference)), "{a:?}");
    }

    #[test]
    fn a_company_s_disclosure_is_published_like_a_post() {
        assert!(names_platform("The Hamburg-based company said in a regulatory filing that it expects less."));
        assert!(names_platform("Das teilte das Unternehmen am Montag in einer Ad-hoc-Mitteilung mit."));
        // "in the statement" is one told before: its author is named there.
        assert!(!names_platform("\"We are sorry,\" chief executive Linda Marsh said in the statement."));
        assert!(title_word("vorstandschefin") && title_word("abteilungsleiter"));
    }

    #[test]
    fn polls_posts_and_people_described() {
        let author = |text: &str, lang: &str| {
            full(text, lang, &[]).iter().filter(|a| posted(text, a)).find_map(|a| post_author(text, a))
        };
        // A published poll is its maker's publication.
        assert_eq!(
            author("Ruch 2030 is third, according to a poll published on Tuesday by the Warsaw-based research firm Horyzont.", "en").as_deref(),
            Some("Horyzont")
        );
        assert_eq!(author("Ruch 2030 awansował – wynika z najnowszego sondażu pracowni Horyzont.", "pl").as_deref(), Some("Horyzont"));
        assert_eq!(author("Ruch 2030 grimpe, selon un sondage de l'institut polonais Horyzont publié mardi.", "fr").as_deref(), Some("Horyzont"));
        assert_eq!(
            author("La Koalicja arrive en tête, selon les résultats officiels publiés mardi par la Commission électorale nationale (PKW).", "fr").as_deref(),
            Some("Commission électorale nationale")
        );
        // A researcher's blog post is the researcher's.
        assert_eq!(author("Das schreibt der Hamburger Sicherheitsforscher Jonas Retzlaff in einem Blogbeitrag.", "de").as_deref(), Some("Jonas Retzlaff"));
        // When and where after the verb are no source.
        let a = full("„Wyborcy wydali werdykt” – napisał w piątek rano w serwisie X.", "pl", &[]);
        assert!(a.iter().all(|a| a.source.is_none()), "{a:?}");
        assert!(names_social_platform("– napisał w piątek rano w serwisie X."));
        assert!(!names_social_platform("Das teilte das Ministerium in einer Pressemitteilung mit."));
        // A fronted prepositional phrase is no German subject.
        let a = full("Auf Instagram schrieb sie, sie singe seit Monaten mit einem Polypen.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "sie")), "{a:?}");
        // People described by age.
        assert!(age_described(&["l'artiste", "de", "29"], "fr") && age_described(&["the", "46-year-old"], "en") && age_described(&["52-річна"], "uk"));
        assert!(age_described(&["der", "51jahrige"], "de"));
        assert!(!age_described(&["the", "daily", "mail"], "en"));
        // A channel's number ends its name unless a word of the name follows.
        assert_eq!(channel_number_end("Futbol 1 Hnatiuk"), "Futbol 1");
        assert_eq!(channel_number_end("Channel 4 News"), "Channel 4 News");
        // A medium in Latin letters after Cyrillic words; a lowercase brand.
        let a = full("«Ми будемо готові», – цитує Гриценко The Economist.", "uk", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "The Economist")), "{a:?}");
        let a = full("Как сообщает немецкий портал heise online, пароль даёт доступ.", "ru", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Outlet && s.name.contains("heise online"))), "{a:?}");
        // "exchanged vows" is no cue, and no agency.
        assert!(full("The couple exchanged vows on Saturday in front of 40 guests.", "en", &[]).is_empty());
    }

    #[test]
    fn impersonal_verbs_and_the_body_where_it_was_said() {
        let author = |text: &str, lang: &str| {
            full(text, lang, &[]).iter().filter(|a| posted(text, a)).find_map(|a| post_author(text, a))
        };
        let a = full("Про це повідомили в Офісі генпрокурора.", "uk", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "Офісі генпрокурора" && s.kind == SourceKind::Organization)), "{a:?}");
        assert!(a.iter().any(|a| posted("Про це повідомили в Офісі генпрокурора.", a)));
        // When, not where: no source.
        let a = full("Про це повідомили в понеділок.", "uk", &[]);
        assert!(a.iter().all(|a| a.source.is_none()), "{a:?}");
        // Words are a person's, even of a name another article credits as a medium.
        let a = full("За словами Гриньківа, захист уже подав клопотання.", "uk", &["гриньківа".to_string()]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Person)), "{a:?}");
        // A titled name after "à l'agence" is the speaker, not a medium.
        let a = full("Aucun n'avait voyagé, a précisé à l'agence le Dr Hélène Castagnier, médecin à l'ARS.", "fr", &[]);
        assert!(a.iter().all(|a| a.source.iter().chain(&a.recipient).all(|s| !s.kind.is_media())), "{a:?}");
        let a = full("Vieron dos drones, explicó a la agencia Jörn Hadeler, portavoz de la Policía Federal.", "es", &[]);
        assert!(a.iter().all(|a| a.source.iter().all(|s| !s.kind.is_media())), "{a:?}");
        // A well-known medium a publication appeared in is mentioned; a place after "in" is not.
        let text = "Metformin may delay knee arthritis, according to a trial published in the New England Journal of Medicine.";
        let m = media_mentions(text, &[Span::new(0, text.len())], Some("en"));
        assert_eq!(m.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["New England Journal of Medicine"]);
        let text = "The results were published in Melbourne on Tuesday.";
        assert!(media_mentions(text, &[Span::new(0, text.len())], Some("en")).is_empty());
        // A paper described by its city, its own lower-case article kept.
        let a = full("According to Bologna newspaper il Resto del Carlino, the carrier blamed a fault.", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "il Resto del Carlino" && s.kind.is_media())), "{a:?}");
        // A Polish inverted subject after the platform; a report and its body's abbreviation.
        let a = full("\"Dziewięć godzin bez wody\" - napisała w poście na Facebooku pasażerka Marta Zielonka z Krakowa.", "pl", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text.contains("Marta Zielonka"))), "{a:?}");
        let text = "El avión abortó el despegue. Así lo recoge el informe provisional que la Comisión de Investigación de Accidentes e Incidentes de Aviación Civil (CIAIAC) hizo público este miércoles.";
        let a = full(text, "es", &[]);
        assert!(a.iter().any(|a| post_author(text, a).as_deref() == Some("CIAIAC")), "{a:?}");
        assert!(not_a_medium_name("SMS"));
        // A festival or a museum announces; a one-word body in a statement is named.
        let text = "Le film fera l'ouverture de la 77e Berlinale, a annoncé mardi la Berlinale dans un communiqué.";
        let a = full(text, "fr", &[]);
        assert!(a.iter().any(|a| posted(text, a) && post_author(text, a).as_deref() == Some("Berlinale")), "{a:?}");
        let text = "Das Gemälde wurde übergeben, teilte das Museum mit.";
        let a = full(text, "de", &[]);
        assert!(a.iter().any(|a| posted(text, a)), "{a:?}");
        // A statement released by a body is the body's.
        let text = "\"Rivers are the weak point,\" the study's lead author, Miriam Vogelsang, said in a statement released by the institute.";
        let a = full(text, "en", &[]);
        assert!(a.iter().any(|a| posted(text, a) && post_author(text, a).as_deref() == Some("the institute")), "{a:?}");
        // A report named by the quoted medium that published it.
        let text = "Rzecznik odniósł się w ten sposób do porannej publikacji „Rzeczpospolitej”.";
        let m = media_mentions(text, &[Span::new(0, text.len())], Some("pl"));
        assert_eq!(m.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Rzeczpospolitej"], "{m:?}");
        // A Russian institution's name in sentence case, capitalised words inside it.
        let a = full("Генеральный штаб Вооруженных сил Украины сообщил, что российская армия потеряла 1270 военнослужащих.", "ru", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "Генеральный штаб Вооруженных сил Украины")), "{a:?}");
        // A leaker's post: the platform before the inverted subject, a leaker's title.
        assert_eq!(
            author("Según ha publicado en Weibo el filtrador Jishu Laoshou, el Mix Pocket 2 montará una pantalla de 6,1 pulgadas.", "es").as_deref(),
            Some("Jishu Laoshou")
        );
        assert_eq!(titled_name_in("Der Leaker Quinn Harlow hat auf X Bilder veröffentlicht.").as_deref(), Some("Quinn Harlow"));
        for (latin, cyrillic) in [("quinn", "квінн"), ("harlow", "гарлоу"), ("surmacz", "сурмач")] {
            assert_eq!(crate::translit_skeleton(latin), crate::translit_skeleton(&crate::latin_word(cyrillic)));
        }
        // A fronted Polish prepositional phrase is no subject.
        let a = full("O planach resortu poinformowali nas dwaj dyplomaci, którzy prosili o anonimowość.", "pl", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.text.starts_with("O planach"))), "{a:?}");
        // A body and the place it serves; the press in general hears nothing.
        let a = full("Two cars were caught, police in Upper Bavaria said in a Facebook post on Tuesday.", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "police in Upper Bavaria" && s.kind == SourceKind::Organization)), "{a:?}");
        let a = full("Streets flooded overnight, residents told independent Russian media.", "en", &[]);
        assert!(a.iter().all(|a| a.recipient.is_none()), "{a:?}");
        // A reflexive pronoun is no subject.
        let a = full("Die Polizei bittet Spender, sich beim Kriminalkommissariat 23 zu melden.", "de", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.text.starts_with("sich"))), "{a:?}");
    }

    #[test]
    fn clubs_on_their_official_sites_and_journalists_on_x() {
        let author = |text: &str, lang: &str| {
            full(text, lang, &[]).iter().filter(|a| posted(text, a)).find_map(|a| post_author(text, a))
        };
        // A name that announces on its official website is a body's, its article left out.
        assert_eq!(author("O Bétis anunciou esta quinta-feira, no seu site oficial, a contratação do médio.", "pt").as_deref(), Some("Bétis"));
        assert_eq!(author("Il Real Betis ha comunicato attraverso il proprio sito ufficiale l'acquisto del centrocampista.", "it").as_deref(), Some("Real Betis"));
        // A club described by its league is no name.
        assert_eq!(author("Real Betis have signed Joaquín Olaverri, the LaLiga club announced on its official website.", "en"), None);
        // A council's press release names no channel of its own: no author read here.
        assert_eq!(author("Das teilte der Bezirksrat in einer Pressemitteilung mit.", "de"), None);
        // A social network named in Spanish, Portuguese and Italian; the poster in the source phrase.
        assert_eq!(
            author("El Newcastle ha llegado a un acuerdo, según ha publicado en la red social X el periodista italiano Davide Lanzoni.", "es").as_deref(),
            Some("Davide Lanzoni")
        );
        assert_eq!(author("Lo ha scritto su X l'esperto di mercato Davide Lanzoni: c'è l'intesa.", "it").as_deref(), Some("Davide Lanzoni"));
        assert_eq!(
            author("Wie Transfer-Insider Davide Lanzoni auf X schrieb, haben sich Atalanta Bergamo und Newcastle United geeinigt.", "de").as_deref(),
            Some("Davide Lanzoni")
        );
        // Two media joined by a Spanish "y" before an article are two sources.
        let a = full("Así lo publican este miércoles la revista alemana kicker y el diario francés L'Équipe.", "es", &[]);
        let names: Vec<&str> = a.iter().filter_map(|a| a.source.as_ref()).map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["kicker", "L'Équipe"]);
    }

    #[test]
    fn the_author_of_a_statement_is_the_named_body_or_the_issuer() {
        let author = |text: &str| {
            full(text, "en", &[]).iter().filter(|a| posted(text, a)).find_map(|a| post_author(text, a))
        };
        assert_eq!(author("In a statement released Tuesday, Harwick Township police said a man was arrested.").as_deref(), Some("Harwick Township police"));
        assert_eq!(
            author("A tip led investigators to the man, according to a news release issued Tuesday by the Harwick Township Police Department.").as_deref(),
            Some("Harwick Township Police Department")
        );
        // A description names no one.
        assert_eq!(author("The Hamburg-based company said in a regulatory filing that it expects less."), None);
        // A ministry or a general staff publishes its own reports: cited for them, it is their author.
        let uk = |text: &str| {
            full(text, "uk", &[]).iter().filter(|a| posted(text, a)).find_map(|a| post_author(text, a))
        };
        assert_eq!(uk("Ворог втратив 1200 осіб за добу, за інформацією Генштабу.").as_deref(), Some("Генштабу"));
        assert_eq!(author("Power cuts will last four hours, according to the Ministry of Energy.").as_deref(), Some("Ministry of Energy"));
        // A regional council cited for a figure is the outlet's source, not a publication.
        assert_eq!(author("The bridge will reopen in May, according to the regional council."), None);
    }

    #[test]
    fn a_company_reporting_its_results_is_no_attribution() {
        let a = full("Vaucourt reported a 14% fall in sales in 2026.", "en", &[]);
        assert!(a.is_empty(), "{a:?}");
        let a = full("The carmaker posted a record net loss for the quarter.", "en", &[]);
        assert!(a.is_empty(), "{a:?}");
        let a = full("Reuters reported a sharp fall in sales at the company.", "en", &[]);
        assert!(outlet_named(&a, "Reuters") || a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Reuters")), "{a:?}");
        let a = full("The newspaper reported a sharp fall in sales at the company.", "en", &[]);
        assert!(!a.is_empty(), "{a:?}");
    }

    #[test]
    fn ukrainian_and_russian_publication_phrases() {
        let a = full("Про це йдеться у публікації британського видання The Morrow Post.", "uk", &[]);
        assert!(outlet_named(&a, "The Morrow Post"), "{a:?}");
        let a = full("Мост закрыли на ремонт, говорится в материале «Степного маяка».", "ru", &[]);
        assert!(outlet_named(&a, "Степного маяка"), "{a:?}");
        let a = full("Деньги ушли на ремонт санатория, говорится в расследовании The Morrow Post.", "ru", &[]);
        assert!(outlet_named(&a, "The Morrow Post"), "{a:?}");
        let a = full("Гроші пішли на ремонт санаторію, йдеться в розслідуванні The Morrow Post.", "uk", &[]);
        assert!(outlet_named(&a, "The Morrow Post"), "{a:?}");
        // A name in guillemets after a cue of publishing is a medium, not a person.
        let a = full("Як з'ясував «Степовий маяк», міст закрили на ремонт.", "uk", &[]);
        assert!(outlet_named(&a, "Степовий маяк"), "{a:?}");
        // A fronted object: the subject follows the verb.
        let a = full("Такую информацию обнародовало издание «Степной маяк».", "ru", &[]);
        assert!(outlet_named(&a, "Степной маяк"), "{a:?}");
        let a = full("Мост закрыли на ремонт, сообщает РИА «Лесные вести».", "ru", &[]);
        assert!(outlet_named(&a, "Лесные вести"), "{a:?}");
        // The story outlet after the verb is whom it was told.
        let known = ["Степовий маяк".to_string()];
        let a = full("Як розповіли «Степовому маяку» в міськраді, міст закрили на ремонт.", "uk", &known);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.text != "Степовому маяку")), "{a:?}");
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.text == "Степовому маяку")), "{a:?}");
    }

    #[test]
    fn credits_in_brackets_relative_pronouns_and_german_word_order() {
        // Initials in a dateline, a medium's name closing a sentence in brackets.
        let a = full("KESTRA (KLN) – Ein Großbrand ist ausgebrochen.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "KLN" && s.kind == SourceKind::Agency)), "{a:?}");
        let a = full("The council approved the tram extension on Wednesday (Morrow-Press).", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Morrow-Press")), "{a:?}");
        let a = full("The council approved the tram extension on Wednesday (pictured).", "en", &[]);
        assert!(a.is_empty(), "{a:?}");
        // "which" stands for the name before its comma.
        let a = full("Drivers will strike on Monday, La Vigie du Port, which first reported the plan, said.", "en", &[]);
        assert!(outlet_named(&a, "La Vigie du Port"), "{a:?}");
        // German perfect: the subject before the auxiliary.
        let a = full("Das russische Nachrichtenportal Kestra Wedomosti hatte zuerst darüber berichtet.", "de", &[]);
        assert!(outlet_named(&a, "Kestra Wedomosti"), "{a:?}");
        // German: the recipient in the dative after the inverted subject.
        let known = ["Der Anzeiger im Tal".to_string()];
        let a = full("Das sagte Bürgermeister Anton Graf dem Anzeiger im Tal.", "de", &known);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name.contains("Anzeiger im Tal"))), "{a:?}");
        // A cue ending in a media noun names a medium.
        let a = full("La mairie passe à la semaine de quatre jours, a confié le maire au quotidien régional Der Anzeiger im Tal.", "fr", &[]);
        assert!(outlet_named(&a, "Der Anzeiger im Tal"), "{a:?}");
        // A passive without its agent names no source; with it, the agent.
        let a = full("No injuries were reported.", "en", &[]);
        assert!(a.iter().all(|a| a.source.is_none()), "{a:?}");
        let a = full("The closure was first reported on Tuesday by the Morrow Post.", "en", &[]);
        assert!(outlet_named(&a, "the Morrow Post"), "{a:?}");
    }

    #[test]
    fn russian_and_ukrainian_inversions_and_channels() {
        // A prepositional phrase before or after the verb: the subject follows.
        let a = full("Об этом в воскресенье написала британская газета «Морроу Пост».", "ru", &[]);
        assert!(outlet_named(&a, "Морроу Пост"), "{a:?}");
        let a = full("Про це розповіли в британському інформаційному агентстві «Кестра Прес».", "uk", &[]);
        assert!(outlet_named(&a, "Кестра Прес"), "{a:?}");
        let a = full("Гарячу воду вимкнуть, повідомив у своєму Telegram-каналі «Степовий вартовий».", "uk", &[]);
        assert!(outlet_named(&a, "Степовий вартовий"), "{a:?}");
        let a = full("Как стало известно британскому информационному агентству KPA, реку перекрыли.", "ru", &[]);
        assert!(outlet_named(&a, "KPA"), "{a:?}");
        let a = full("Газета ссылается на украинскую региональную газету «Степной вестник».", "ru", &[]);
        assert!(outlet_named(&a, "Степной вестник"), "{a:?}");
        let a = full("La fabrique fermera, selon les révélations de l'hebdomadaire britannique Morrow Observer.", "fr", &[]);
        assert!(outlet_named(&a, "Morrow Observer"), "{a:?}");
    }

    #[test]
    fn a_name_in_guillemets_before_the_verb_is_its_subject() {
        let a = full("Російське видання «Степовий маяк» опублікувало фото ведмедя в клітці.", "uk", &[]);
        assert!(outlet_named(&a, "Степовий маяк"), "{a:?}");
    }

    #[test]
    fn report_words_and_possessives_around_an_outlet_name() {
        let a = full("A Morrow Post report said the bridge was closed.", "en", &[]);
        assert!(outlet_named(&a, "Morrow Post"), "{a:?}");
        let a = full("The news was broken by the Morrow Post on Monday.", "en", &[]);
        assert!(outlet_named(&a, "the Morrow Post"), "{a:?}");
    }

    #[test]
    fn english_media_phrases_and_transliterated_names() {
        let a = full("Flights end on November 1, reports the German paper Morrow Tribune, which said the airline confirmed it.", "en", &[]);
        assert!(outlet_named(&a, "Morrow Tribune"), "{a:?}");
        let a = full("The German news agency Nordwire, in a report published on Wednesday, gave the same figure and said work would start in 2028.", "en", &[]);
        assert!(outlet_named(&a, "Nordwire"), "{a:?}");
        let a = full("Frescoes were uncovered in the chapel, according to a story in the local paper La Vigie.", "en", &[]);
        assert!(outlet_named(&a, "La Vigie"), "{a:?}");
        let a = full("Шахту закриють у березні, повідомила Марровік Таймс.", "uk", &[]);
        assert!(outlet_named(&a, "Марровік Таймс"), "{a:?}");
        // A wire dateline with a date and a short name in brackets credits an agency.
        let a = full("KESTRA, 14 mai (ALP) – Neuf wagons ont déraillé près de Kestra.", "fr", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "ALP" && s.kind == SourceKind::Agency)), "{a:?}");
        let a = full("KESTRA (Lindenfest) – Neuf wagons ont déraillé.", "fr", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.kind != SourceKind::Agency)), "{a:?}");
    }

    #[test]
    fn time_phrase_after_cue_and_dative_outlet_before_verb() {
        // A time phrase between the cue and its source, the cue's preposition again after it.
        let a = full("Как сообщалось во вторник в «Пятой версте», причиной стал рост цен.", "ru", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "Пятой версте")), "{a:?}");
        // A story outlet in the dative before the verb heard it.
        let known = ["Курьер Усть-Белянки".to_string()];
        let a = full("В пресс-службе завода «Курьеру Усть-Белянки» эту информацию подтвердили.", "ru", &known);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.text == "Курьеру Усть-Белянки")), "{a:?}");
        // A medium citing a medium: both are credited.
        let a = full("Британская газета Dunhallow Courier, рассказавшая об оползне в понедельник, ссылается на газету «Ружнянский вестник».", "ru", &[]);
        assert!(outlet_named(&a, "Ружнянский вестник") && a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "Dunhallow Courier")), "{a:?}");
        let a = full("Der Dunhallow Courier beruft sich auf die Regionalzeitung Ruzhnianskyi Visnyk.", "de", &[]);
        assert_eq!(a.iter().filter(|a| a.source.as_ref().is_some_and(|s| s.kind.is_media())).count(), 2, "{a:?}");
        // An agent after a time; the outlet an interview was given to.
        let a = full("The plant will close, according to a report published on Tuesday by the Harwick Sentinel.", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name.contains("Harwick Sentinel") && s.kind == SourceKind::Outlet)), "{a:?}");
        let a = full("Speaking to the Harwick Sentinel, the mayor said the plant would close.", "en", &[]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name.contains("Harwick Sentinel"))), "{a:?}");
        let a = full("The mayor told local radio station Radio Velm that the plant would close.", "en", &[]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name.contains("Radio Velm"))), "{a:?}");
        // A quoted name after a media noun and a time; a past publishing verb after a quoted name.
        let a = full("Завод закроют в мае, сообщила во вторник газета «Харвицкий страж» со ссылкой на мэрию.", "ru", &[]);
        assert!(outlet_named(&a, "Харвицкий страж"), "{a:?}");
        let a = full("Раніше «Харвіцький вартовий» писав, що завод закриють у травні.", "uk", &[]);
        assert!(outlet_named(&a, "Харвіцький вартовий"), "{a:?}");
        // German: a time after the auxiliary or between the verb and its inverted subject.
        let a = full("Der Harwick Sentinel hatte am Dienstag über die Schließung berichtet.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name.contains("Harwick Sentinel"))), "{a:?}");
        let a = full("Das Werk soll im Mai schließen, meldete am Dienstag die Agentur Nordpress.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name.contains("Nordpress"))), "{a:?}");
        // A quoted name opening the sentence is the subject of a verb whose source otherwise
        // follows it; "так утверждает X", "такі дані наводить X": the subject after.
        let a = full("«Черноводский листок» цитує неназваного співробітника міської адміністрації.", "uk", &[]);
        assert!(outlet_named(&a, "Черноводский листок"), "{a:?}");
        let a = full("Группа близка к покупке — так утверждает британское агентство Pennant Press Association.", "ru", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name.contains("Pennant Press"))), "{a:?}");
        let a = full("Laut einem Bericht des Ebbelinger Landboten soll der Park entstehen.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Ebbelinger Landboten" && s.kind == SourceKind::Outlet)), "{a:?}");
        // A channel's post: the channel is the medium, without its platform.
        let a = full("In a post on its Telegram channel, Harwick Watch said the bridge was hit.", "en", &[]);
        assert!(outlet_named(&a, "Harwick Watch"), "{a:?}");
        let a = full("The bridge was hit, according to a post on the Harwick Watch Telegram channel.", "en", &[]);
        assert!(outlet_named(&a, "Harwick Watch"), "{a:?}");
        // A line naming the sources; a photo credit names none.
        let text = "Завод закриють у травні.\n\nДжерело: Harwick Sentinel, «Гарвіцький вісник»\n\nФото: Reuters";
        let a = extract_sentences(text, &stemmata_text::sentences(text, Some("uk")), Some("uk"), &[]);
        assert!(outlet_named(&a, "Harwick Sentinel") && outlet_named(&a, "Гарвіцький вісник"), "{a:?}");
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.name.contains("Reuters"))), "{a:?}");
        // The line in brackets.
        let text = "The ferry will stop in March. (Source: Carpathian Voice)";
        let a = extract_sentences(text, &stemmata_text::sentences(text, Some("en")), Some("en"), &[]);
        assert!(outlet_named(&a, "Carpathian Voice"), "{a:?}");
        // German: the subjects after the auxiliary, the participle closing the clause.
        let a = full("Darüber hatten zuerst die britische Zeitung Brackenfield Journal und, unabhängig davon, die ukrainische Lokalzeitung Sorepilskyj Kurjer berichtet.", "de", &[]);
        assert!(outlet_named(&a, "Brackenfield Journal") && outlet_named(&a, "Sorepilskyj Kurjer"), "{a:?}");
        // In its own case it is the subject, not whom it was told.
        let a = full("Эту информацию «Курьер Усть-Белянки» подтвердил.", "ru", &known);
        assert!(a.iter().all(|a| a.recipient.is_none()), "{a:?}");
    }

    #[test]
    fn described_media_and_floating_quantifiers() {
        // A nationality adjective and a lowercase media noun before the name.
        let a = full("The ferry was cancelled, the Danish weekly Fjordposten reported.", "en", &[]);
        assert!(outlet_named(&a, "Fjordposten"), "{a:?}");
        // "X and the Y paper Z both reported": two outlets, "both" in neither name.
        let a = full(
            "The ferry was cancelled, Ostrava Vestnik and the Czech paper Lindental Post both reported.",
            "en",
            &[],
        );
        assert!(outlet_named(&a, "Lindental Post"), "{a:?}");
        assert!(outlet_named(&a, "Ostrava Vestnik"), "{a:?}");
        let a = full("The ferry was cancelled, Harbor Evening Gazette and Ostrava Vestnik both said.", "en", &[]);
        assert!(outlet_named(&a, "Harbor Evening Gazette"), "{a:?}");
        assert!(outlet_named(&a, "Ostrava Vestnik"), "{a:?}");
        // A quantifier opening the sentence is the subject itself.
        let r = one("Both said the ferry would sail.", "en");
        assert!(r.iter().any(|(_, s)| s.as_ref().is_some_and(|(t, _)| t == "Both")), "{r:?}");
        // A document paper is no newspaper.
        let a = full("The levy is fair, the policy paper Lindental Post quoted said.", "en", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.text.contains("policy"))), "{a:?}");
    }


    #[test]
    fn a_known_outlet_in_the_dative_after_a_speech_verb_heard_it() {
        let known = ["Поліська зоря".to_string()];
        let a = full("Директор порту Олег Тимчук підтвердив «Поліській зорі», що рішення вже ухвалено.", "uk", &known);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.text == "Поліській зорі" && r.kind == SourceKind::Outlet)), "{a:?}");
        let known = ["Северный вестник".to_string()];
        let a = full("Директор порта Олег Тимчук рассказал Северному вестнику, что решение уже принято.", "ru", &known);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.text == "Северному вестнику")), "{a:?}");
        // A name after the verb that is no known outlet is no recipient (an inverted speaker).
        let a = full("«Рішення ухвалено», — підтвердив Олег Тимчук.", "uk", &known);
        assert!(a.iter().all(|a| a.recipient.is_none()), "{a:?}");
    }


    #[test]
    fn a_post_on_ones_own_page_names_no_medium_and_a_source_line_in_spanish() {
        let text = "The mayor, Yannick Le Bihan, announced the result in a post on his Facebook page on Sunday evening.";
        let a = full(text, "en", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.kind.is_media())), "{a:?}");
        let text = "La huelga paralizó el puerto.\n\nFuente: EFE";
        let a = extract_sentences(text, &stemmata_text::sentences(text, Some("es")), Some("es"), &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Agencia EFE")), "{a:?}");
    }

    #[test]
    fn a_persons_post_in_the_genitive_and_an_italian_scoop_told_after_the_verb() {
        let text = "Der Journalist Davide Ferrandi schrieb auf X von einer Einigung. Den Medizincheck soll er laut Ferrandis Post am Donnerstag absolvieren.";
        let a = full(text, "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Ferrandi" && s.kind == SourceKind::Person)), "{a:?}");
        let a = full("Die Zahl stieg laut Washington Post am Montag.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.kind.is_media())), "{a:?}");
        let text = "Lo ha anticipato ieri sera su X il giornalista di mercato Davide Ferrandi.";
        let a = full(text, "it", &[]);
        assert!(a.iter().any(|a| post_author(text, a).as_deref() == Some("Davide Ferrandi")), "{a:?}");
    }

    #[test]
    fn a_medium_described_before_a_present_verb_in_ukrainian_and_russian() {
        for (text, lang, name) in [
            ("Водночас російське видання «Коммерсант» пише, що компанія вже переоформлює свої танкери.", "uk", "Коммерсант"),
            ("Британське видання The Guardian пише, що компанія продає танкери.", "uk", "The Guardian"),
            ("Британское издание The Guardian пишет, что компания продает танкеры.", "ru", "The Guardian"),
        ] {
            let a = full(text, lang, &[]);
            assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == name && s.kind.is_media())), "{text}: {a:?}");
        }
        // A phrase that is no medium's stays no source.
        let a = full("Ціни на пальне в регіоні пише, що зросли.", "uk", &[]);
        assert!(a.iter().all(|a| a.source.is_none()), "{a:?}");
    }

    #[test]
    fn a_wire_signs_off_on_the_last_line() {
        for (text, lang, name) in [("Die Autobahn war gesperrt.\n\n(aw/dpa)", "de", "Deutsche Presse-Agentur"), ("Autostrada była zablokowana.\n\naw, PAP", "pl", "Polish Press Agency")] {
            let a = extract_sentences(text, &stemmata_text::sentences(text, Some(lang)), Some(lang), &[]);
            assert!(a.iter().any(|a| a.cue_kind == CueKindOrCredit::Credit && a.source.as_ref().is_some_and(|s| s.name == name)), "{text}: {a:?}");
        }
        // Not a last line of words.
        let text = "Autostrada była zablokowana.\n\nKoniec, PAP";
        let a = extract_sentences(text, &stemmata_text::sentences(text, Some("pl")), Some("pl"), &[]);
        assert!(a.iter().all(|a| a.cue_kind != CueKindOrCredit::Credit), "{a:?}");
    }

    #[test]
    fn a_railway_station_and_a_region_are_no_media() {
        let text = "Pociąg wykoleił się w pobliżu stacji Riabinowka w obwodzie woroneskim.";
        assert!(media_mentions(text, &[Span::new(0, text.len())], Some("pl")).is_empty());
        let text = "A train derailed near Ryabinovka station in Russia's Voronezh Oblast, Ukraine's military intelligence agency said.";
        assert!(media_mentions(text, &[Span::new(0, text.len())], Some("en")).is_empty());
        assert!(names_a_place("Voronezh Oblast") && !names_a_place("Ostrivnenskyi Krai"));
        // A station by a known name is a medium.
        let text = "The radio station RMF FM reported the crash.";
        assert!(!media_mentions(text, &[Span::new(0, text.len())], Some("en")).is_empty());
    }

    #[test]
    fn a_military_report_and_a_statement_before_the_inverted_subject() {
        let posts = |text: &str, lang: &str, author: &str| {
            let a = full(text, lang, &[]);
            assert!(a.iter().any(|a| posted(text, a) && post_author(text, a).as_deref() == Some(author)), "{text}: {a:?}");
        };
        posts("Forces fought 152 battles over the past day, Ukraine's General Staff said in its morning report on Monday.", "en", "General Staff");
        posts("Na froncie doszło do 152 starć — podał w porannym komunikacie Sztab Generalny Sił Zbrojnych Ukrainy.", "pl", "Sztab Generalny Sił Zbrojnych Ukrainy");
        posts("Ein Güterzug ist entgleist. Das teilte der HUR am Dienstag mit.", "de", "HUR");
        posts("A freight train derailed in Russia's Voronezh Oblast, Ukraine's military intelligence agency (HUR) said on April 8.", "en", "Ukraine's military intelligence agency");
    }

    #[test]
    fn a_romance_body_runs_on_to_its_abbreviation_and_a_place_is_no_source() {
        let text = "Six personnes sont mortes, a annoncé l'Organisation mondiale de la santé (OMS) dans un communiqué publié mercredi à Genève.";
        let a = full(text, "fr", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "l'Organisation mondiale de la santé")), "{a:?}");
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| !s.text.contains("Genève"))), "{a:?}");
        assert!(crate::institution::publishing_body("l'Organisation mondiale de la santé"));
        assert!(only_a_place("à Genève") && only_a_place("publié mercredi à Genève") && !only_a_place("à Reuters"));
    }

    #[test]
    fn a_dateline_credits_an_agency_outside_the_registry() {
        let text = "LINDENTAL (Baltic Coast Press Agency) — The ferry to the island resumed on Monday.";
        let a = full(text, "en", &[]);
        assert!(
            a.iter().any(|a| a.cue_kind == CueKindOrCredit::Credit
                && a.source.as_ref().is_some_and(|s| s.name == "Baltic Coast Press Agency" && s.kind == SourceKind::Agency)),
            "{a:?}"
        );
        let a = full("LINDENTAL, 4. März (Nordische Presseagentur) – Die Fähre fährt wieder.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Nordische Presseagentur")), "{a:?}");
        // A bracket in running text, or without an agency word, credits no one.
        let a = full("The ferry (Baltic Coast Press Agency) resumed on Monday.", "en", &[]);
        assert!(a.iter().all(|a| a.cue_kind != CueKindOrCredit::Credit), "{a:?}");
        let a = full("LINDENTAL (Harbour Office) — The ferry resumed on Monday.", "en", &[]);
        assert!(a.iter().all(|a| a.cue_kind != CueKindOrCredit::Credit), "{a:?}");
        // German wires sign in small letters, in the dateline and after the last sentence.
        let credited = |text: &str, lang: &str, name: &str| {
            let a = full(text, lang, &[]);
            assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == name && s.kind == SourceKind::Agency)), "{text}: {a:?}");
        };
        credited("LINDENTAL (nwa) – Die Fähre zur Insel fährt wieder.", "de", "nwa");
        credited("Die Fähre zur Insel fährt wieder. Warum sie stand, ist unklar. (nwa)", "de", "nwa");
        credited("The ferry to the island resumed on Monday. (NWA)", "en", "NWA");
        // Initials before the full stop define an acronym.
        let a = full("The ferry is run by the Northern Water Authority (NWA).", "en", &[]);
        assert!(a.iter().all(|a| a.cue_kind != CueKindOrCredit::Credit), "{a:?}");
    }


    #[test]
    fn spanish_italian_portuguese_credits() {
        assert!(media_named(&one("El buque encalló, según informa la agencia EFE.", "es"), "EFE"));
        assert!(media_named(&one("El País publicó que el buque encalló.", "es"), "El País"));
        assert!(media_named(&one("La nave si è incagliata, scrive il Corriere della Sera.", "it"), "Corriere della Sera"));
        assert!(media_named(&one("Come riportato dall'agenzia portoghese Lusa, Lisbona invierà 12 genieri.", "it"), "Lusa"));
        assert!(media_named(&one("O plano foi aprovado, avança o Expresso.", "pt"), "Expresso"));
        let r = one("Lo ha scritto su Telegram il ministro dell'Interno Ihor Marchenko.", "it");
        assert!(r.iter().any(|(_, s)| s.as_ref().is_some_and(|(t, k)| t.contains("Marchenko") && *k == SourceKind::Person)), "{r:?}");
    }

    #[test]
    fn titles_names_and_bodies_across_languages() {
        let r = one("Selon le vice-ministre ukrainien des Infrastructures, la traversée doit soulager les postes-frontières.", "fr");
        assert!(r.iter().any(|(_, s)| s.as_ref().is_some_and(|(_, k)| *k == SourceKind::Person)), "{r:?}");
        let r = one("Das teilte das ukrainische Energieministerium auf seiner Internetseite mit.", "de");
        assert!(r.iter().any(|(_, s)| s.as_ref().is_some_and(|(_, k)| *k == SourceKind::Organization)), "{r:?}");
        let r = one("The painting was recovered, EFE said, citing the Guardia Civil.", "en");
        assert!(r.iter().any(|(_, s)| s.as_ref().is_some_and(|(t, k)| t.contains("Guardia") && *k == SourceKind::Organization)), "{r:?}");
        // A name in camel case; a French medium after "c'est ce que".
        assert!(media_named(&one("Das berichtet das russische Investigativportal iStories.", "de"), "iStories"));
        assert!(media_named(&one("C'est ce que révèlent mardi le Financial Times et l'hebdomadaire Der Spiegel.", "fr"), "Financial Times"));
        // "a French diplomatic source" is one anonymous source, not a medium called "French".
        assert!(!media_named(&one("The talks will resume, Le Figaro reported, citing a French diplomatic source.", "en"), "French"));
    }

    #[test]
    fn german_quotes_and_a_hearer_later_in_the_clause() {
        let a = full("»Die Büffel waren gelassen«, sagte ein Polizeisprecher der Deutschen Presse-Agentur.", "de", &[]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Deutsche Presse-Agentur")), "{a:?}");
        let a = full("Alle seien an Land gebracht worden, sagte eine Sprecherin der Hafenbehörde, Olena Hryzaj, der Nachrichtenagentur Reuters.", "de", &[]);
        assert!(a.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Reuters")), "{a:?}");
    }

    #[test]
    fn title_tails_that_are_no_credit() {
        assert!(title_credit("Reisebus mit polnischen Urlaubern kippt auf der A8 um – 14 Verletzte").is_none());
        assert!(title_credit("Укрзалізниця запустить прямий нічний потяг Київ — Відень").is_none());
        assert!(title_credit("Польща на 48 годин закрила «Ягодин — Дорогуськ» для вантажівок").is_none());
        assert!(title_credit("Port closed – The Telegraph").is_some());
    }

    /// Attributions of a text split into its sentences, with the author of each post.
    fn posts_of(text: &str, lang: &str) -> Vec<(String, Option<String>)> {
        extract_sentences(text, &stemmata_text::sentences(text, Some(lang)), Some(lang), &[])
            .iter()
            .map(|a| (a.source.as_ref().map_or(String::new(), |s| s.name.clone()), posted(text, a).then(|| post_author(text, a)).flatten()))
            .collect()
    }

    #[test]
    fn a_bare_document_is_the_one_published_before_it() {
        // The publisher's site in the sentence before.
        let text = "Відповідний наказ №1482 у п'ятницю оприлюднили на сайті МОЗ. Як ідеться в документі, від початку року зареєстрували 1 870 випадків кору.";
        assert!(posts_of(text, "uk").iter().any(|(_, by)| by.as_deref() == Some("МОЗ")), "{:?}", posts_of(text, "uk"));
        // Or a publisher named with the participle's agent a few sentences before.
        let text = "È il dato del rapporto \"Praterie in ritirata\", pubblicato stamattina sul proprio sito dalla Fondazione Prateria Blu. Le praterie arretrano. Secondo il rapporto, il 34 per cento è perso.";
        assert!(posts_of(text, "it").iter().any(|(_, by)| by.as_deref() == Some("Fondazione Prateria Blu")), "{:?}", posts_of(text, "it"));
        // No publisher before: no post.
        let text = "Die Behörde prüft den Fall. Wie es in dem Dokument heißt, ist der Schaden groß.";
        assert!(posts_of(text, "de").iter().all(|(_, by)| by.is_none()), "{:?}", posts_of(text, "de"));
    }

    #[test]
    fn who_published_a_document() {
        assert_eq!(published_by("Le rapport publié mardi 4 mai par la fondation italienne Prateria Blu montre un recul."), Some("Prateria Blu".into()));
        assert_eq!(published_by("según un informe que la fundación italiana Prateria Blu publicó este martes"), Some("Prateria Blu".into()));
        assert_eq!(published_by("an advisory published Tuesday by Ukraine's computer emergency response team, CERT-UA"), None);
        assert_eq!(published_by("The report was published on Tuesday."), None);
    }

    #[test]
    fn a_document_of_a_body_and_an_order_after_an_article() {
        let text = "Schools must close, according to an order published on the ministry's website Friday.";
        let a = full(text, "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "an order" && s.kind == SourceKind::Document)), "{a:?}");
        let text = "Registration opens in May, according to an order of the Education and Science Ministry published on its website.";
        assert!(posts_of(text, "en").iter().any(|(_, by)| by.as_deref() == Some("Education and Science Ministry")), "{:?}", posts_of(text, "en"));
    }

    #[test]
    fn companies_named_by_legal_form_or_kind() {
        let text = "Про це повідомили в Telegram-каналі АТ «Горинь Газ».";
        assert!(posts_of(text, "uk").iter().any(|(name, by)| name == "Горинь Газ" && by.as_deref() == Some("Горинь Газ")), "{:?}", posts_of(text, "uk"));
        let text = "Das teilte der regionale Gasversorger Horyn Gas auf Telegram mit.";
        assert!(posts_of(text, "de").iter().any(|(name, _)| name == "Horyn Gas"), "{:?}", posts_of(text, "de"));
        let a = full("About 14,300 homes lost gas, regional gas distributor Horyn Gas said.", "en", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Horyn Gas" && s.kind == SourceKind::Organization)), "{a:?}");
    }

    #[test]
    fn what_is_no_source_or_recipient() {
        // A figure after the verb is its object; a dated web address is a name.
        let a = full("L'agenzia sanitaria ha confermato 31 casi da inizio febbraio.", "it", &[]);
        assert!(a.iter().all(|a| a.source.as_ref().is_none_or(|s| s.text != "31")), "{a:?}");
        // A province in a wire dateline is no agency.
        assert!(dateline_agency("PORTOFERRATO (CHIETI) - Un vasto incendio.", Span::new(0, 40)).is_none());
        assert!(dateline_agency("EBERSFURT (PAL) – Ein Brand.", Span::new(0, 28)).is_some());
        // A crossing or a move's goal is no medium.
        let a = full("The first volumes are expected to arrive in May via the Polish and Slovak borders.", "en", &[]);
        assert!(a.iter().all(|a| a.cue_text != "via"), "{a:?}");
        let a = full("Hanseflug confirms plan to shift Dresden base to Krakow after newspaper report", "en", &[]);
        assert!(a.iter().all(|a| a.recipient.is_none()), "{a:?}");
        let a = full("The session runs to June 28, the order says, with registration open from March 1 to March 31.", "en", &[]);
        assert!(a.iter().all(|a| a.recipient.is_none()), "{a:?}");
        // A back-reference is no cue: "a agência" folds like "à agência".
        let a = full("De acordo com a agência, associações ambientalistas convocaram uma manifestação.", "pt", &[]);
        assert_eq!(a.len(), 1, "{a:?}");
        // People at work named by their German plural are no medium.
        assert!(not_a_medium_name("den Ermittlern"));
        assert!(!not_a_medium_name("dem Spiegel"));
    }

    #[test]
    fn bodies_and_media_named_in_full() {
        let a = full("Portugal reducirá el agua, informó este martes el Ministerio de Ambiente y Energía luso en un comunicado.", "es", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "el Ministerio de Ambiente y Energía")), "{a:?}");
        let a = full("A medida foi anunciada, anunciou o Ministério do Ambiente e Energia, num comunicado.", "pt", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "o Ministério do Ambiente e Energia")), "{a:?}");
        let a = full("Laut dpa können viele Frachtschiffe nur noch ein Viertel transportieren.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "dpa")), "{a:?}");
        let a = full("Das berichtete das russische Wirtschaftsportal RBK am Dienstag.", "de", &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "RBK")), "{a:?}");
        let a = full("Anche diverse famiglie si sono ammalate, riferisce l'emittente pubblica britannica.", "it", &[]);
        assert_eq!(a.len(), 1, "{a:?}");
        let a = full("Come riportano il quotidiano francese Le Monde e la Bbc, i contagi riguardano i lavoratori.", "it", &[]);
        assert_eq!(a.iter().filter(|a| a.source.as_ref().is_some_and(|s| s.kind.is_media())).count(), 2, "{a:?}");
        // An abbreviation the text defines as a body's is that body.
        let text = "Trente cas, a confirmé l'agence régionale de santé (ARS) Auvergne-Rhône-Alpes. Des vacanciers sont malades, selon l'ARS.";
        let a = extract_sentences(text, &stemmata_text::sentences(text, Some("fr")), Some("fr"), &[]);
        assert!(a.iter().any(|a| a.source.as_ref().is_some_and(|s| s.text == "l'ARS" && s.kind == SourceKind::Organization)), "{a:?}");
    }

    #[test]
    fn a_press_office_gives_out_its_bodys_words() {
        let text = "Энергоблок возобновил работу, говорится в сообщении Министерства энергетики Украины. По словам замминистра энергетики Ирины Довгаль, которые приводит пресс-служба ведомства, ремонт продолжится.";
        let posts = posts_of(text, "ru");
        assert!(posts.iter().filter(|(_, by)| by.is_some()).all(|(_, by)| by.as_deref() == Some("Министерства энергетики Украины")), "{posts:?}");
        // A body asked by the reporter answers it.
        let text = "Procurada, a Capes afirmou em nota que está apurando as informações.";
        assert!(posts_of(text, "pt").iter().all(|(_, by)| by.is_none()), "{:?}", posts_of(text, "pt"));
    }

    #[test]
    fn figures_houses_and_bodies_defined_by_their_abbreviation() {
        // A body's figures are its publication.
        let text = "Про це свідчать дані Міністерства внутрішніх справ Італії, оприлюднені на його сайті.";
        assert!(posts_of(text, "uk").iter().any(|(_, by)| by.as_deref() == Some("Міністерства внутрішніх справ Італії")), "{:?}", posts_of(text, "uk"));
        // A participle's place after a comma is no apposition calling the name a medium.
        assert!(media_mentions(text, &stemmata_text::sentences(text, Some("uk")), Some("uk")).is_empty());
        // A house described in lower case, then its name.
        let text = "Про це йдеться в повідомленні аукціонного дому Delorme-Vasseur, оприлюдненому на його сайті.";
        assert!(posts_of(text, "uk").iter().any(|(_, by)| by.as_deref() == Some("Delorme-Vasseur")), "{:?}", posts_of(text, "uk"));
        // A body named in lower case and defined by its abbreviation in brackets, past a
        // hyphenated day.
        let text = "Segundo um aviso publicado na noite de terça-feira pela agência espanhola de segurança alimentar (AESAN), estão em causa três lotes.";
        assert!(posts_of(text, "pt").iter().any(|(_, by)| by.as_deref() == Some("AESAN")), "{:?}", posts_of(text, "pt"));
        // A museum speaks in its own release.
        let text = "Об этом говорится в пресс-релизе Городской пинакотеки Вальдорно, опубликованном на сайте музея.";
        assert!(posts_of(text, "ru").iter().any(|(_, by)| by.as_deref() == Some("Городской пинакотеки Вальдорно")), "{:?}", posts_of(text, "ru"));
    }

    #[test]
    fn a_german_genitive_before_a_closing_participle_is_no_subject() {
        let text = "Marta Olaizola hat am Sonntag ihren Rückzug aus dem Rennen um die Präsidentschaft der nordspanischen Region Kantabrien erklärt.";
        assert!(posts_of(text, "de").iter().all(|(name, _)| name != "Region Kantabrien"), "{:?}", posts_of(text, "de"));
        // Nor inside a prepositional phrase; a headline's exclamation is no credit.
        let text = "Wie BILD aus dem Umfeld der Band erfuhr, gehen die vier auf Tour.";
        assert!(posts_of(text, "de").iter().all(|(name, _)| name != "Band"), "{:?}", posts_of(text, "de"));
        assert!(title_credit("BILD enthüllt: Die Glasbläser kommen zurück – Stadion-Tour 2028!").is_none());
        // A place after "in" is no subject.
        let text = "As análises a amostras recolhidas num armazém em Loures revelaram até 310 miligramas de histamina.";
        assert!(posts_of(text, "pt").iter().all(|(name, _)| name != "Loures"), "{:?}", posts_of(text, "pt"));
        // (Inside a subject it is the subject's: "Der russische Dienst der BBC berichtete".)
        let text = "Der russische Dienst der BBC berichtete unter Berufung auf zwei Mitarbeiter, es habe gebrannt.";
        assert!(extract_sentences(text, &stemmata_text::sentences(text, Some("de")), Some("de"), &[])
            .iter()
            .any(|a| a.source.as_ref().is_some_and(|s| s.name.contains("BBC"))));
    }

    #[test]
    fn policing_housing_car_and_telecom_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        // A rent index is no Spiegel.
        assert!(!german_media_compound("mietspiegel") && german_media_compound("tagesspiegel") && german_media_compound("wochenspiegel"));
        assert_eq!(sources("Laut dem neuen Mietspiegel 2027 liegt die Miete bei 8,74 Euro.", "de").first().map(|s| s.kind), Some(SourceKind::Document));
        // A phrase opened by "as", and a people, are no one.
        assert!(sources("Jako powód podają „zmianę prognoz popytu”.", "pl").is_empty());
        assert!(sources("Koreańczycy informują w nim o „czasowym zawieszeniu robót”.", "pl").is_empty());
        // One German noun in the dative is no medium; a paper's head word is.
        let all = full("Daeyang erklärte, man bleibe dem Projekt in Polen verpflichtet.", "de", &[]);
        assert!(all.iter().all(|a| a.recipient.is_none()), "{all:?}");
        let all = full("„Eingestürzt ist nichts“, sagte Stadtsprecherin Anja Terhoeven dem Kurier am Freitag.", "de", &["Ostholmer Kurier".to_string()]);
        assert!(all.iter().any(|a| a.recipient.is_some()), "{all:?}");
        // The person from a place, past her age.
        let s = sources("Fatima El Idrissi (52) from the Afrikaanderwijk told this newspaper.", "en");
        assert_eq!(s.first().map(|s| (s.name.as_str(), s.kind)), Some(("Fatima El Idrissi", SourceKind::Person)), "{s:?}");
        // The daily named before, then the speaker.
        let all = full("« Rien », a confié au quotidien une locataire du quartier d'Afrikaanderwijk.", "fr", &[]);
        assert!(all.iter().flat_map(|a| a.source.iter().chain(&a.recipient)).all(|s| s.back_reference || !s.kind.is_media()), "{all:?}");
        // A body's document named in the genitive after the document.
        let text = "Das geht aus einem Eintrag in der Rückrufdatenbank des Kraftfahrt-Bundesamts (KBA) hervor, der am Montag veröffentlicht wurde.";
        let a = full(text, "de", &[]).into_iter().find(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Document)).unwrap();
        assert!(posted(text, &a));
        assert_eq!(post_author(text, &a).as_deref(), Some("Kraftfahrt-Bundesamts (KBA)"));
        // Past a German article, a day and a participle, the noun.
        let s = sources("Das geht aus einer am Dienstag veröffentlichten Entscheidung der Behörde hervor.", "de");
        assert_eq!(s.first().map(|s| s.kind), Some(SourceKind::Document), "{s:?}");
        // A regulator's abbreviation written as a word; its site.
        assert_eq!(sources("« Les retards ne sauraient être justifiés », écrit l'Arcep.", "fr").first().map(|s| s.kind), Some(SourceKind::Organization));
        let text = "L'Autorité de régulation des communications électroniques (Arcep) a infligé une amende à Hexa Mobile, selon une décision publiée mardi sur son site internet.";
        let a = full(text, "fr", &[]).into_iter().find(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Document)).unwrap();
        assert_eq!(post_author(text, &a).as_deref(), Some("Arcep"));
        // A report made to the police is no publication.
        assert!(sources("SkhidLink has reported the incident to the police.", "en").iter().all(|s| s.name != "SkhidLink"));
        // Polish and Spanish credits.
        let s = sources("Jak ustalili reporterzy OCCRP, posiadłość nie została zamrożona.", "pl");
        assert!(s.iter().any(|s| s.name == "OCCRP"), "{s:?}");
        let s = sources("Cerrará su planta, según informó la agencia Reuters, que cita al diario brasileño Valor Econômico.", "es");
        assert!(s.iter().any(|s| s.name == "Valor Econômico" && s.kind.is_media()), "{s:?}");
        let s = sources("Undici fermi in Italia, secondo quanto comunica Europol in una nota.", "it");
        assert!(s.iter().any(|s| s.name == "Europol"), "{s:?}");
        // A German media noun, then data: no name.
        let s = sources("Das Seeamt wertet nach Angaben der Agentur AIS-Daten der Schiffe aus.", "de");
        assert!(s.iter().all(|s| s.name != "AIS-Daten"), "{s:?}");
    }

    #[test]
    fn medicines_retail_tourism_wildlife_and_media_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        // A verb of saying is no name; a platform is where, not who.
        assert!(sources("Dairy prices set to rise, reports say.", "en").iter().all(|s| s.name != "say"));
        assert!(sources("Das schrieb er in einem Beitrag auf dem Karrierenetzwerk LinkedIn.", "de").iter().all(|s| !s.name.contains("LinkedIn")));
        // A Dutch name ends before the day, after the words describing it.
        let s = sources("Dat blijkt uit cijfers die de Portugese consumentenorganisatie DECO PROteste woensdag op haar website publiceerde.", "nl");
        assert!(s.iter().any(|s| s.name == "DECO PROteste"), "{s:?}");
        // The medium whose information it is.
        assert!(sources("Selon les informations d'El País, les discussions sont avancées.", "fr").iter().any(|s| s.name == "El País"));
        // The outlet told in the dative before the Polish speaker; a role noun alone is a person.
        let all = full("– Odwołamy się – powiedział Wirtualnemedia.pl Marek Wilczyński, prezes spółki.", "pl", &[]);
        assert!(all.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Wirtualnemedia.pl") && a.source.as_ref().is_some_and(|s| s.name == "Marek Wilczyński")), "{all:?}");
        assert_eq!(sources("Naczelna napisała w nim, że odchodzi.", "pl").first().map(|s| s.kind), Some(SourceKind::Person));
        // A post in the locative before the source.
        assert!(sources("Jak relacjonuje we wpisie Marczuk, wolontariusze obdzwonili 46 aptek.", "pl").iter().any(|s| s.name == "Marczuk"));
        // A company officer's title.
        assert_eq!(sources("\"We will publish a report,\" CTO Rasmus Ilves wrote.", "en").first().map(|s| s.kind), Some(SourceKind::Person));
        // A surname alone of a person named in full; the outlet told before a Romance speaker; a
        // body named after a person.
        let s = sources("Олена Тарасюк оголосила про звільнення. «Я не можу працювати», – написала Тарасюк.", "uk");
        assert!(s.iter().filter(|s| s.name == "Тарасюк").all(|s| s.kind == SourceKind::Person), "{s:?}");
        let all = full("«Non è un pedaggio», ha raccontato a Repubblica Ernesto Dallapè, presidente del consorzio.", "it", &[]);
        assert!(all.iter().any(|a| a.recipient.is_some() && a.source.as_ref().is_some_and(|s| s.name == "Ernesto Dallapè")), "{all:?}");
        assert_eq!(sources("Das teilte das Friedrich-Loeffler-Institut am Freitag mit.", "de").first().map(|s| s.kind), Some(SourceKind::Organization));
        // The person after the quoted name of her body.
        let s = sources("Про це написала у Facebook засновниця волонтерської ініціативи «Східний ковчег» Ольга Ткачук.", "uk");
        assert_eq!(s.first().map(|s| (s.name.as_str(), s.kind)), Some(("Ольга Ткачук", SourceKind::Person)), "{s:?}");
        // A body whose name opens with a media noun.
        assert!(sources("La empresa ha notificado los fallecimientos a la Agencia Española de Medicamentos y Productos Sanitarios (AEMPS).", "es").is_empty());
        // A Portuguese participle, time and agent.
        assert!(sources("A notícia é avançada esta terça-feira pelo jornal El País, que cita três fontes.", "pt").iter().any(|s| s.name == "El País"));
        // Studies after the cue's clause name no publisher of the decision.
        let text = "Jak czytamy w uzasadnieniu decyzji, badania przeprowadzone przez Narodowy Instytut Leków wykazały zanieczyszczenie.";
        let a = full(text, "pl", &[]).into_iter().next().unwrap();
        assert_eq!(poll_author(text, &a), None);
    }

    #[test]
    fn farming_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        // A month is no source.
        let s = sources("The ministry raised its forecast to 58.3 million tons, up 2.1 million tons from its June estimate, the ministry said.", "en");
        assert!(s.iter().all(|s| s.name != "June"), "{s:?}");
        // A medium's noun read into the cue, its city after it: a back-reference.
        let all = full("« Les crédits ne seront pas épargnés », a confié l'un de ces fonctionnaires au quotidien de Düsseldorf.", "fr", &[]);
        assert!(all.iter().flat_map(|a| a.source.iter().chain(&a.recipient)).filter(|s| s.name.contains("Düsseldorf")).all(|s| s.back_reference), "{all:?}");
        // An Italian passive credit.
        let s = sources("La notizia è stata data dal sito ucraino Ukrainska Pravda, che cita due fonti.", "it");
        assert!(s.iter().any(|s| s.name == "Ukrainska Pravda"), "{s:?}");
        // An Italian given name makes a person.
        let s = sources("Selon Gennaro Iannotta, aucune bête n'est malade.", "fr");
        assert_eq!(s.first().map(|s| s.kind), Some(SourceKind::Person), "{s:?}");
    }

    #[test]
    fn aviation_heritage_fisheries_pensions_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        // A person described, named in the middle, before her institute.
        let s = sources("Sprawcy rozkopali kurhan – napisała na Facebooku ukraińska archeolożka Ołena Marczuk z Instytutu Archeologii Narodowej Akademii Nauk Ukrainy.", "pl");
        assert_eq!(s.first().map(|s| (s.name.as_str(), s.kind)), Some(("Ołena Marczuk", SourceKind::Person)), "{s:?}");
        // A titled speaker after the paper told.
        let s = sources("« Une cloison comme celle-là, on ne la construit pas par hasard », a déclaré au journal l'inspectrice Marloes Hoogendijk.", "fr");
        assert!(s.iter().all(|s| s.kind == SourceKind::Person), "{s:?}");
        // "nous a confirmé": the speaker after the verb, no place told.
        let all = full("L'équipage ne s'était aperçu de rien, nous a confirmé l'agent maritime du navire à Anvers.", "fr", &[]);
        assert!(all.iter().all(|a| a.recipient.is_none() && a.source.as_ref().is_some_and(|s| s.text.starts_with("l'agent"))), "{all:?}");
        // What a participle is followed by, with no agent, was published, not the publisher.
        let s = sources("D'après le message du pêcheur, qui a également publié la position GPS du navire, les autorités ont été prévenues.", "fr");
        assert!(s.iter().all(|s| !s.kind.is_media()), "{s:?}");
        // A lower-case media noun and a place of two words refer back.
        let s = sources("Nadie respondió a sus llamadas por el canal 16, informa el rotativo de Ponta Delgada.", "es");
        assert!(s.iter().all(|s| s.back_reference), "{s:?}");
        // The media a plural noun names, each a source.
        let s = sources("Wie die Zeitungen „Corriere della Sera“ und „Il Sole 24 Ore“ übereinstimmend berichten, geht es um Steuern.", "de");
        assert_eq!(s.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Corriere della Sera", "Il Sole 24 Ore"]);
        // A Slavic dative adjective and media noun before the quoted name.
        let all = full("Про це заступник міністра фінансів РФ Олексій Воронихін заявив російському агентству «Інтерфакс».", "uk", &[]);
        assert!(all.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "Interfax")), "{all:?}");
        // A year after a preposition is no source.
        assert!(sources("Il ministero intende ridurre il contributo all'assicurazione pensionistica pubblica nel 2028.", "it").is_empty());
        // "riportare alla luce" unearths; "riportare gravi ferite" suffers.
        assert!(sources("Un'équipe di archeologi ha riportato alla luce un tesoretto.", "it").is_empty());
        assert!(sources("Il conducente ha riportato gravi ferite.", "it").is_empty());
        // A court's ruling, its name running on over lower-case words.
        let s = sources("Lo ha stabilito la Corte di giustizia dell'Unione europea con una sentenza pubblicata oggi.", "it");
        assert_eq!(s.first().map(|s| s.text.as_str()), Some("la Corte di giustizia dell'Unione europea"));
        // "o tym" and the platform before the speaker.
        let s = sources("Poinformował o tym na Telegramie ukraiński deputowany Ostap Hnatiuk, członek komisji.", "pl");
        assert_eq!(s.first().map(|s| s.name.as_str()), Some("Ostap Hnatiuk"));
        // A lower-case title before a name in apposition.
        let s = sources("The ministry drafted changes, lawmaker Ostap Hnatiuk, a member of parliament's budget committee, said in a post.", "en");
        assert_eq!(s.first().map(|s| s.text.as_str()), Some("lawmaker Ostap Hnatiuk"));
        // A known medium's name is whole, its pronoun-like article and number too.
        let s = sources("La police a perquisitionné le siège, selon Il Sole 24 Ore, qui a consulté le mandat.", "fr");
        assert_eq!(s.first().map(|s| s.name.as_str()), Some("Il Sole 24 Ore"));
        // A German noun of a woman by her nation; an age before the noun and the name.
        assert_eq!(sources("„Ich dachte, das wars“, schrieb die Italienerin dazu.", "de").first().map(|s| s.kind), Some(SourceKind::Person));
        let s = sources("Про це в Instagram написала 29-річна італійка Мартіна Коласанті.", "uk");
        assert_eq!(s.first().map(|s| s.name.as_str()), Some("Мартіна Коласанті"));
    }

    #[test]
    fn music_diplomacy_prisons_water_fraud_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        // A passive verb's subject is what was reported.
        assert!(sources("Riots in Russian prisons are rarely reported, and news usually emerges through relatives.", "en").is_empty());
        assert!(sources("The deal was reported by Reuters.", "en").iter().any(|s| s.name == "Reuters"));
        // A phrase opening with a credit of its own is no source.
        assert!(sources("De acuerdo con el relato del rotativo, serraron los barrotes.", "es").iter().all(|s| !s.text.starts_with("De acuerdo")));
        // A declaration that acts is no report.
        assert!(full("Madrid a déclaré jeudi persona non grata deux diplomates russes.", "fr", &[]).is_empty());
        // A body's name runs on over the lower-case word of its field.
        let s = sources("Madrid expulse deux diplomates, a annoncé le ministère espagnol des Affaires étrangères dans un communiqué.", "fr");
        assert!(s.iter().any(|s| s.text.ends_with("Affaires étrangères")), "{s:?}");
        // The outlet told and the speaker after it.
        let all = full("« On compte chaque litre », a confié au Monde Danielle Roumagnac, maire sans étiquette.", "fr", &[]);
        assert!(all.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Danielle Roumagnac") && a.recipient.as_ref().is_some_and(|r| r.name == "Monde")), "{all:?}");
        // A known medium opening the sentence, a phrase between commas, then the verb.
        let s = sources("RMF FM, citando i vigili del fuoco, ha scritto che le raffiche hanno raggiunto i 110 chilometri orari.", "it");
        assert!(s.iter().any(|s| s.name == "RMF FM"), "{s:?}");
        // Women by their role: a German "-in" noun, a Ukrainian lawyer.
        assert_eq!(sources("Sie habe sich getroffen, schrieb die Diplomatin.", "de").first().map(|s| s.kind), Some(SourceKind::Person));
        assert_eq!(sources("Адвокатка оприлюднила також копію заяви.", "uk").first().map(|s| s.kind), Some(SourceKind::Person));
        // What was shared is no medium; a month read as a name is no source.
        assert!(not_a_medium_name("Footage"));
        // A quantity is no medium; a city site by its dialling code is.
        assert!(not_a_medium_name("4% mensual") && not_a_medium_name("понад 1100") && !not_a_medium_name("0599.ua") && !not_a_medium_name("20 Minutes"));
        assert!(sources("A water authority banned irrigation, citing the lowest July flow on the river Meuse.", "en").is_empty());
        // A medium noun and its description, the known name a few words on.
        let s = sources("Lo riporta il sito indipendente in lingua inglese The Moscow Times, citando un messaggio.", "it");
        assert!(s.iter().any(|s| s.name == "The Moscow Times"), "{s:?}");
        // The network by its letter.
        assert!(names_social_platform("Das schrieb Vorstandschef Marius Kalvaitis am Dienstag auf der Plattform X. Danach"));
        // A known medium's name, then its city, read as the medium.
        let all = full("Bebieron agua contaminada, según ha revelado el diario Público de Lisboa.", "es", &["publico".to_string()]);
        assert!(all.iter().filter_map(|a| a.source.as_ref()).any(|s| s.name == "Público"), "{all:?}");
    }

    #[test]
    fn privacy_forests_cities_museums_nuclear_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        let author = |text: &str, lang: &str| -> Vec<String> {
            let all = full(text, lang, &[]);
            all.iter().filter(|a| posted(text, a)).filter_map(|a| post_author(text, a)).collect()
        };
        // A company's head writing in its statement writes the company's.
        assert!(author("„Przepraszamy” – napisała w komunikacie prezes Katrin Oberländer.", "pl").is_empty());
        // An abbreviation in brackets that spells the name before it names the body.
        let text = "La Commission nationale de l'informatique et des libertés (CNIL) a infligé une amende, selon une délibération publiée jeudi sur son site internet.";
        assert!(author(text, "fr").iter().any(|n| n == "CNIL"));
        let text = "In a decision published on its website, the Commission nationale de l'informatique et des libertés (CNIL) said the company erred.";
        assert!(author(text, "en").iter().any(|n| n == "CNIL"));
        let text = "Multa de 14,5 millones, según la resolución que la Comisión Nacional de Informática y Libertades (CNIL, por sus siglas en francés) publicó el jueves.";
        assert!(author(text, "es").iter().any(|n| n == "CNIL"));
        assert!(abbreviates_name_before("a Agência Portuguesa do Ambiente", "APA") && !abbreviates_name_before("said on Monday", "APA"));
        // ... and is no wire's credit.
        assert!(sources("Contactada, a Agência Portuguesa do Ambiente (APA) disse desconhecer os bidões.", "pt").iter().all(|s| s.kind != SourceKind::Agency));
        // A document published, its owner named in the genitive after it.
        let text = "Die französische Datenschutzbehörde CNIL hat ein Bußgeld verhängt. Das geht aus einem am Donnerstag veröffentlichten Beschluss der Behörde hervor.";
        assert!(author(text, "de").iter().any(|n| n.contains("CNIL")));
        // A post on Mastodon, the poster after the platform.
        let text = "La tienda dejó expuesta una base, según publicó este lunes en la red social Mastodon el investigador neerlandés Jeroen Vlastuin.";
        assert!(author(text, "es").iter().any(|n| n == "Jeroen Vlastuin"));
        // The poster described in lower case, the name in the apposition after.
        let text = "Arde un pinar, según escribió este lunes en su cuenta de Facebook el director de la Reserva de la Biosfera Radiológica, Oleg Martyniuk.";
        assert!(author(text, "es").iter().all(|n| n == "Oleg Martyniuk"));
        // What is no report: a German participle as an adjective, a Dutch noun, "in writing",
        // "contar con", a noun compound, a date.
        assert!(full("Die in den Niederlanden verbreitete Fitness-App Stapwijs übermittelt Daten.", "de", &[]).is_empty());
        assert!(full("Wees extra voorzichtig met berichten waarin naar je rekeningnummer wordt gevraagd.", "nl", &[]).is_empty());
        assert!(full("Siete de los 14 aviones con los que cuenta el 43 Grupo están inmovilizados.", "es", &[]).is_empty());
        assert!(full("Inspection reports described the same plots as affected by root rot.", "en", &[]).iter().all(|a| a.cue_text.trim() != "reports"));
        assert!(sources("Un rapport interne daté du 2 juillet estime que la flotte pourrait tomber.", "fr").is_empty());
        assert!(full("Il affirme avoir alerté la mairie par écrit dès 2024.", "fr", &[]).iter().all(|a| fold(a.cue_text.trim()) != "ecrit"));
        // Italian credits: "Stando al giornale", "Come ha rivelato per primo".
        assert!(sources("Stando al giornale, gli aerei aspettano da tre mesi.", "it").iter().any(|s| s.back_reference));
        let s = sources("Come ha rivelato per primo il quotidiano corso Corse-Matin, gli inneschi sono tre.", "it");
        assert!(s.iter().any(|s| s.name == "Corse-Matin"), "{s:?}");
        // A German back-reference in the genitive ends at its noun; a described medium at a
        // sentence's start is its name.
        assert!(sources("Hintergrund sind nach Angaben des Blattes Ermittlungen der Staatsanwaltschaft.", "de").iter().any(|s| s.text == "des Blattes"));
        assert!(sources("Das Wirtschaftsportal RBK bestätigte die Festnahme.", "de").iter().any(|s| s.name == "RBK"));
        // The medium told and the speaker after it, in one source phrase.
        let all = full("\"Nadie nos dijo nada\", dijo a este diario Armando Queirós, presidente de la junta.", "es", &[]);
        assert!(all.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Armando Queirós" && s.kind == SourceKind::Person)), "{all:?}");
        let all = full("\"Nadie nos dijo nada\", dijo a El País Armando Queirós, presidente de la junta.", "es", &[]);
        assert!(all.iter().any(|a| a.source.as_ref().is_some_and(|s| s.name == "Armando Queirós") && a.recipient.as_ref().is_some_and(|r| r.name == "El País")), "{all:?}");
        // A country after its article is no medium.
        assert!(names_a_place("Le Kazakhstan"));
        assert!(!names_a_place("Le Monde"));
    }

    #[test]
    fn statistics_gambling_books_doping_roads_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        // A cue inside another credit's source phrase is part of it.
        let all = full("The firm won the tender, Poland's Gazeta Wyborcza reported, citing an investigation by the Ukrainian news site Ukrainska Pravda.", "en", &[]);
        assert_eq!(all.iter().filter(|a| a.source.as_ref().is_some_and(|s| s.name == "Ukrainska Pravda")).count(), 1, "{all:?}");
        // The medium told with no name after it: no source before it.
        assert!(full("El Istat ha indicado al diario que se trata de resultados provisionales.", "es", &[]).iter().all(|a| fold(a.cue_text.trim()) != "al diario"));
        // A Romance "via" is a way; a publication denied; a Polish reflexive object.
        assert!(sources("Hizo depósitos de 20 reales mediante Pix, y luego via Pix otra vez.", "pt").iter().all(|s| s.name != "Pix"));
        assert!(full("Ukraine's State Statistics Service has not published official figures since the invasion.", "en", &[]).is_empty());
        assert!(sources("Swoje wyliczenia opublikowała w środę na Facebooku.", "pl").is_empty());
        // Figures published are data; "senior figures" are people.
        assert_eq!(sources("Births fell, according to preliminary figures released on Thursday by Statistics Poland.", "en").first().map(|s| s.kind), Some(SourceKind::Document));
        assert_eq!(sources("The plan is backed, according to two senior figures.", "en").first().map(|s| s.kind), Some(SourceKind::Anonymous));
        // A Polish "jak podaje" of a publishing body; a document's owner in the Slavic genitive.
        let text = "Liczba ludności spadła – jak podaje GUS – do 36,38 mln.";
        assert!(full(text, "pl", &[]).iter().any(|a| posted(text, a)));
        let text = "Urodzeń było najmniej od wojny – wynika z opublikowanego w czwartek raportu Głównego Urzędu Statystycznego.";
        assert!(full(text, "pl", &[]).iter().any(|a| post_author(text, a).as_deref() == Some("Głównego Urzędu Statystycznego")));
        // A German report compound names the medium; an e-mail and files are documents.
        assert_eq!(trim_report_words("BBC-Bericht"), "BBC");
        assert!(sources("Kopf der Gruppe soll laut den Akten ein Geschäftsmann sein.", "de").iter().all(|s| s.kind == SourceKind::Document));
        // The medium told, a media noun before its name.
        let all = full("The lion will be taken away, the district veterinary officer has confirmed to broadcaster TVN24.", "en", &[]);
        assert!(all.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "TVN24")), "{all:?}");
        // A route's stops are no outlets.
        assert!(full("A daily train will run between Lviv and Kraków via Przemyśl from June 1, the company said.", "en", &[]).iter().all(|a| a.source.as_ref().is_none_or(|s| s.name != "Przemyśl")));
        assert!(title_credit("Prywatny przewoźnik uruchomi pociąg Lwów – Przemyśl – Kraków").is_none());
        assert!(title_credit("Prywatny przewoźnik uruchomi nowy pociąg do Krakowa – Rynek Kolejowy").is_some());
        // An edition's title is no medium.
        let text = "Він додав фотографію обкладинки російського видання з назвою «Зимние яблоки».";
        assert!(media_mentions(text, &stemmata_text::sentences(text, Some("uk")), Some("uk")).is_empty());
        // A university by its kind and name announces in its statement.
        let text = "Il ghiacciaio ha perso il 38% del volume. Lo rende noto l'Università di Padova in un comunicato.";
        assert!(full(text, "it", &[]).iter().any(|a| post_author(text, a).as_deref() == Some("Università di Padova")));
        // "По подсчетам X".
        assert!(sources("По подсчетам de Volkskrant, совпадения занимают одиннадцать страниц.", "ru").iter().any(|s| s.name == "de Volkskrant"));
    }

    #[test]
    fn an_abbreviation_written_as_a_word_after_a_media_noun() {
        let all = full("Il ponte è stato chiuso. Lo riferisce l'agenzia di stampa polacca Pap.", "it", &[]);
        assert!(all.iter().filter_map(|a| a.source.as_ref()).any(|s| s.name == "PAP"), "{all:?}");
    }

    #[test]
    fn one_who_reported_himself_or_said_he_went_to_a_body_told_no_medium() {
        let text = "Lunigiana captain Davide Marchiori has revealed that he is addicted and has reported himself to the federation's prosecutor.";
        assert!(full(text, "en", &[]).iter().all(|a| a.source.as_ref().is_none_or(|s| s.name != "Lunigiana")));
        let text = "Marchiori said he had gone to the FIGC's federal prosecutor of his own accord.";
        assert!(full(text, "en", &[]).iter().all(|a| a.recipient.is_none()));
    }

    #[test]
    fn a_report_noun_ending_a_sentence_is_read_without_panic() {
        // (A media noun's quoted name is looked for past the sentence's last word.)
        for (text, lang) in [("Dane pochodzą z tej samej publikacji", "pl"), ("Про це йдеться у статті", "uk"), ("Об этом говорится в статье.", "ru")] {
            let sentences = stemmata_text::sentences(text, Some(lang));
            assert!(media_mentions(text, &sentences, Some(lang)).is_empty(), "{text}");
        }
    }

    #[test]
    fn wine_charities_insurance_chess_post_round_credits() {
        let sources = |text: &str, lang: &str| -> Vec<Source> { full(text, lang, &[]).into_iter().filter_map(|a| a.source).collect() };
        // A German sports site; a Polish "we write after"; an Italian elided preposition.
        let s = sources("Wie das polnische Portal Onet und die russische Sportseite Sports.ru übereinstimmend berichten, fand das Finale statt.", "de");
        assert!(s.iter().any(|s| s.name == "Sports.ru" && s.kind.is_media()), "{s:?}");
        let s = sources("Kierowcy zarabiają 6,80 euro na godzinę – piszemy za monachijskim dziennikiem „Süddeutsche Zeitung”.", "pl");
        assert!(s.iter().any(|s| s.name == "Süddeutsche Zeitung"), "{s:?}");
        let s = sources("La distilleria sospenderà la produzione, secondo quanto riportato dall'Irish Times.", "it");
        assert!(s.iter().any(|s| s.name == "Irish Times"), "{s:?}");
        // A journalist of a medium named by its domain is the medium.
        assert_eq!(medium_behind_sources("корреспондент Sports.ru").as_deref(), Some("Sports.ru"));
        assert_eq!(medium_behind_sources("Lokalaugenschein des STANDARD").as_deref(), Some("STANDARD"));
        // The Italian cleft.
        let text = "A denunciare il furto è stato lo stesso titolare della Cantina Corte Sasselle, Ruggero Fasoli, con un post pubblicato sul suo profilo Instagram.";
        let all = full(text, "it", &[]);
        assert!(all.iter().any(|a| posted(text, a) && post_author(text, a).as_deref() == Some("Ruggero Fasoli")), "{all:?}");
        // A part of the day before the post; an account on X.
        let text = "El jugador anunció en la noche del domingo, en un mensaje publicado en su cuenta de X, que se va.";
        assert!(full(text, "es", &[]).iter().all(|a| a.source.as_ref().is_none_or(|s| !s.text.contains("noche"))));
        assert!(names_social_platform(text));
        // A year-old, a full name after "a este periódico", a given name no agency's.
        assert!(sources("23-latek napisał w niedzielę w poście na platformie X, że odchodzi.", "pl").iter().all(|s| s.kind == SourceKind::Person));
        assert_eq!(sources("\"Tengo clientes\", explica a este periódico Amparo Ferrer, corredora.", "es").first().map(|s| s.kind), Some(SourceKind::Person));
        assert_eq!(sources("Some orchards lost 40% of their crop, director Stefan Oberhofer told the newspaper.", "en").first().map(|s| s.kind), Some(SourceKind::Person));
        // The paper told in the German dative; a dative pronoun's clause; a reason cited.
        let all = full("Eine Maklerin, Amparo Ferrer, berichtet der Zeitung von Kunden, die mehr zahlen.", "de", &[]);
        assert!(all.iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.back_reference) && a.source.is_none()), "{all:?}");
        assert!(sources("Er bat Händler, ihm verdächtige Angebote zu melden.", "de").is_empty());
        assert!(sources("Several operators raised prices, citing power outages caused by Russian strikes.", "en").is_empty());
        assert!(sources("The price rose, citing the Financial Times.", "en").iter().any(|s| s.name.contains("Financial Times")));
        // A sum in a title's tail is news, no outlet.
        assert!(title_credit("CS2: Eisenwerk holt Sprut – Ablöse von 850.000 Dollar").is_none());
        // A body's abbreviation the tables know; a chess federation in two languages.
        assert!(crate::institution::same_institution("Федерація шахів України", "Ukraińska Federacja Szachowa"));
        assert!(crate::institution::concepts("Anacom").is_some());
    }

    #[test]
    fn dutch_particles_described_media_and_misread_objects() {
        let names = |text: &str, lang: &str| -> Vec<(String, SourceKind)> {
            extract_sentences(text, &[Span::new(0, text.len())], Some(lang), &[]).into_iter().filter_map(|a| a.source.map(|s| (s.name, s.kind))).collect()
        };
        let all = |text: &str, lang: &str| names(text, lang).into_iter().map(|x| x.0).collect::<Vec<_>>();
        let media = |text: &str, lang: &str| names(text, lang).into_iter().filter(|x| x.1.is_media()).map(|x| x.0).collect::<Vec<_>>();
        // A Dutch verb and its particle apart; a participle after "Dat heeft X"; a time after the name.
        assert_eq!(all("Dat maakte de Europese Commissie vrijdag bekend.", "nl"), ["de Europese Commissie"]);
        assert!(all("Het bedrijf maakte vorig jaar winst.", "nl").is_empty());
        assert_eq!(all("Dat heeft Kustlijn Netbeheer vanochtend in een persbericht bekendgemaakt.", "nl"), ["Kustlijn Netbeheer"]);
        assert!(all("Het kabinet heeft het besluit bekendgemaakt.", "nl").is_empty());
        assert!(all("Dat heeft het waterschap Vlietlanden vanmiddag bekendgemaakt.", "nl").iter().all(|n| !n.contains("vanmiddag")));
        // A place of two words, or a place and a describing word, before the media noun.
        assert_eq!(media("It was first reported by the St. Petersburg news website Fontanka.", "en"), ["Fontanka"]);
        assert_eq!(media("The count was wrong, reported the Saxon regional daily Sächsische Zeitung.", "en"), ["Sächsische Zeitung"]);
        assert_eq!(media("O sprawie napisał w środę ukazujący się w Trydencie dziennik „l'Adige”.", "pl"), ["l'Adige"]);
        assert_eq!(media("Transformator stał w magazynie — ustalił ukraiński nadawca publiczny Suspilne.", "pl"), ["Suspilne"]);
        // No source: a finding after "wynika, że", a power station, writing off, a compound's tail,
        // a clause after a dash, a Romance object, a subject before "and".
        assert!(media("Z dokumentów wynika, że transformator miał służyć jako rezerwa dla stacji Werbołoziw-2.", "pl").is_empty());
        assert_eq!(media("Sondaż przeprowadzono dla stacji TVN24.", "pl"), ["TVN24"]);
        assert!(media("Spanish operator writes off satellite after solar array failure", "en").is_empty());
        assert!(media("Rückschlag für die europäische Raumfahrt-Start-up-Szene: Die Rakete explodierte.", "de").is_empty());
        assert!(media("BILD hatte über ein Treffen berichtet – der Wechsel scheiterte am Ende.", "de").is_empty());
        assert!(media("El documento recoge también una cláusula de reventa del 20% a favor del club.", "es").is_empty());
        assert!(media("Nuestro reportero estuvo en las obras el lunes por la mañana y contó sesenta operarios.", "es").is_empty());
        // A document by "wie aus"; a Russian disclaimer in brackets; "dallo" before a name.
        assert_eq!(all("Wie aus dem am Dienstag veröffentlichten Geschäftsbericht des Klubs hervorgeht, stiegen die Erlöse.", "de"), ["Geschäftsbericht des Klubs"]);
        let n = all("Об этом написала в Facebook (принадлежит корпорации Meta, деятельность которой признана в РФ экстремистской) мэр города Элиза Марангони.", "ru");
        assert!(n.iter().all(|x| !x.contains("Meta")) && n.iter().any(|x| x.contains("Марангони")), "{n:?}");
        assert_eq!(media("«Abbiamo controllato», ha dichiarato la direttrice, secondo quanto riportato dallo Standard.", "it"), ["Standard"]);
        // The subject before the verb of a post on one's own platform.
        assert_eq!(all("Про це Вельгош написала у своєму Instagram.", "uk"), ["Вельгош"]);
        // A Portuguese passive agent "in exile"; a French object pronoun; a German city adjective.
        assert_eq!(media("O caso foi relatado pelo jornal russo no exílio Novaya Gazeta Europa.", "pt"), ["Novaya Gazeta Europa"]);
        assert_eq!(all("Kirill Vostriakov, qui briguait un siège, l'a affirmé mercredi sur sa chaîne Telegram.", "fr"), ["Kirill Vostriakov"]);
        assert_eq!(all("Le ministre l'a affirmé mercredi.", "fr"), ["Le ministre"]);
        assert_eq!(media("Wie die Londoner „Times“ berichtet, zahlt das Unternehmen 180 Millionen Pfund.", "de"), ["Times"]);
        // A nationality and a media noun point back; a nationality is told nothing.
        let text = "Exam questions sold online for €600, Polish paper reveals";
        let a = extract_sentences(text, &[Span::new(0, text.len())], Some("en"), &[]);
        assert!(a.iter().filter_map(|a| a.source.as_ref()).filter(|s| s.kind.is_media()).all(|s| s.back_reference && s.name == "paper"), "{a:?}");
        let text = "Dozens admitted to Ukrainian medical school on dubious certificates";
        assert!(extract_sentences(text, &[Span::new(0, text.len())], Some("en"), &[]).iter().all(|a| a.recipient.is_none()));
        // "podał się do dymisji" is a resignation.
        assert!(all("Prezes spółki Andrij Kowtunec podał się do dymisji.", "pl").is_empty());
        // The subject before "for its part".
        assert_eq!(media("El Confidencial, dal canto suo, scrive che il consiglio si è riunito lunedì.", "it"), ["El Confidencial"]);
        assert_eq!(media("El País, por su parte, publica que el Gobierno estudia la medida.", "es"), ["El País"]);
        // One writing in a body's note speaks in it (outside English).
        assert!(all("«Non possiamo garantirlo», scrive la rettrice Carla Ambrosini nella nota.", "it").is_empty());
        assert_eq!(all("„Wir investieren“, schreibt Geschäftsführer Frank Heuberger in seinem Blog.", "de"), ["Geschäftsführer Frank Heuberger"]);
    }

    #[test]
    fn misread_subjects_objects_and_case_endings() {
        let names = |text: &str, lang: &str| -> Vec<(String, SourceKind)> {
            extract_sentences(text, &[Span::new(0, text.len())], Some(lang), &[]).into_iter().filter_map(|a| a.source.map(|s| (s.name, s.kind))).collect()
        };
        let media = |text: &str, lang: &str| names(text, lang).into_iter().filter(|x| x.1.is_media()).map(|x| x.0).collect::<Vec<_>>();
        // A German preposition's object before a verb at the clause's end.
        assert!(media("Die Maschine befand sich in 600 Metern Höhe, als der Pilot eine Drohne unter der linken Tragfläche meldete.", "de").is_empty());
        assert!(media("Die Maschine landete, wie der Spiegel meldete.", "de").iter().all(|m| m == "Spiegel"));
        // A Romance locative with "se"; a possessor cut from its noun; a report's authors; an "as"
        // clause after the cue.
        assert!(media("En el acta se recoge que un ayudante de cocina siguió trabajando.", "es").is_empty());
        assert!(media("According to a report by the Basque government's public health inspectors, an assistant kept working.", "en").is_empty());
        assert!(media("Jego autorzy piszą, że stan techniczny przelewu wymaga pilnego odciążenia.", "pl").is_empty());
        assert!(media("In zijn verslag, dat het platform publiceerde zoals de Europese verordening voorschrijft, staat meer.", "nl").is_empty());
        // One answering the article's own questions is a company, no medium.
        let n = names("Talerzyk w odpowiedzi na nasze pytania napisał, że restauracje są niezależne.", "pl");
        assert_eq!(n, [("Talerzyk".to_string(), SourceKind::Organization)]);
        // "приводит журнал слова …": the medium noun alone, a back-reference.
        let text = "«Это не мелочь», — приводит журнал слова политолога Бременского университета Катрин Вендеборн.";
        let n = extract_sentences(text, &[Span::new(0, text.len())], Some("ru"), &[]);
        assert!(n.iter().filter_map(|a| a.source.as_ref()).any(|s| s.name == "журнал" && s.back_reference), "{n:?}");
        // A Polish case ending after an apostrophe; a quoted product after a common noun; a
        // Dutch name's article; a French broadcaster described; a country's adjective opening a
        // title.
        assert_eq!(media("Według „Le Monde'u” inspektorzy pobrali 60 produktów.", "pl"), ["Le Monde"]);
        assert!(media("Найгірший результат показала палетка «Princess Glam Box»: вміст свинцю перевищив норму.", "uk").is_empty());
        assert_eq!(media("Цю інформацію опублікувала газета «Вісті Заріччя».", "uk"), ["Вісті Заріччя"]);
        assert_eq!(
            media("Первой о контракте написала британская газета The Brackenfield Journal, позже те же данные опубликовал украинский «Зорепильский курьер».", "ru"),
            ["The Brackenfield Journal", "Зорепильский курьер"]
        );
        assert_eq!(media("The app cut the team, the Dutch newspaper de Volkskrant reported on Tuesday.", "en"), ["de Volkskrant"]);
        assert_eq!(media("La digue a coupé la rivière, a révélé jeudi le diffuseur public ukrainien Souspilne.", "fr"), ["Souspilne"]);
        let text = "Польская газета сообщила о трещине в плотине.";
        let t = extract_sentences(text, &[Span::new(0, text.len())], Some("ru"), &[]);
        assert!(t.iter().filter_map(|a| a.source.as_ref()).all(|s| s.back_reference), "{t:?}");
        assert_eq!(media("Троє гірників під землею, як передає Польська агенція преси.", "uk"), ["Польська агенція преси"]);
        // A network named before the cue is where the post went up; its writer comes after.
        assert_eq!(
            names("Про це у своєму дописі в соцмережі X написала генеральна директорка компанії Клеманс Варень.", "uk"),
            [("Клеманс Варень".to_string(), SourceKind::Person)]
        );
        // A medium noun and the language it writes in before its name.
        assert_eq!(media("Así lo informa el diario en inglés The Moscow Times, que cita a Vedómosti.", "es").first().map(String::as_str), Some("The Moscow Times"));
        // A region's government speaks as a body.
        assert_eq!(names("La Regione spiega che l'autorizzazione risale al 2019.", "it"), [("La Regione".to_string(), SourceKind::Organization)]);
    }

    #[test]
    fn a_document_owner_by_its_publisher_and_initials_and_long_names() {
        let text = "Wynika to z raportu wstępnego opublikowanego we wtorek przez niemiecką Federalną Komisję Badania Wypadków Lotniczych (BFU).";
        let n = extract_sentences(text, &[Span::new(0, text.len())], Some("pl"), &[]);
        let a = n.iter().find(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Document)).expect("a document");
        assert_eq!(document_owner(text, a).as_deref(), Some("Federalną Komisję Badania Wypadków Lotniczych (BFU)"));
        assert!(posted(text, a));
        // A Romance genitive and an international body's full name.
        let text = "Les douanes ont intercepté 97 millions d'articles, selon le rapport annuel de la Commission européenne publié ce mardi.";
        let n = extract_sentences(text, &[Span::new(0, text.len())], Some("fr"), &[]);
        let a = n.iter().find(|a| a.source.as_ref().is_some_and(|s| s.kind == SourceKind::Document)).expect("a document");
        assert_eq!(document_owner(text, a).as_deref(), Some("la Commission européenne"));
        // A statement given to a medium is no post; a paper an outlet had access to neither.
        let text = "In a statement to CNN, the Federal Aviation Administration said it was aware of the findings.";
        let n = extract_sentences(text, &[Span::new(0, text.len())], Some("en"), &[]);
        assert!(n.iter().all(|a| !posted(text, a)), "{n:?}");
        let text = "O prejuízo ascende a 6,8 milhões de euros, segundo o despacho de acusação do Ministério Público a que o Expresso teve acesso.";
        let n = extract_sentences(text, &[Span::new(0, text.len())], Some("pt"), &[]);
        assert!(n.iter().all(|a| !posted(text, a)), "{n:?}");
    }

    #[test]
    fn colleagues_writers_programmes_relative_clauses_and_bodies_by_abbreviation() {
        let named = |text: &str, lang: &str, known: &[&str]| -> Vec<(String, SourceKind)> {
            let known: Vec<String> = known.iter().map(|k| k.to_string()).collect();
            full(text, lang, &known).iter().filter_map(|a| a.source.as_ref().map(|s| (s.name.clone(), s.kind))).collect()
        };
        let names = |text: &str, lang: &str, known: &[&str]| -> Vec<String> { named(text, lang, known).into_iter().map(|n| n.0).collect() };
        // "nos confrères de X", "dai colleghi tedeschi di X": the colleagues' medium.
        assert!(names("Comme l'ont révélé nos confrères de La Voix du Nord, le bar n'avait pas d'extincteur.", "fr", &[]).iter().all(|n| n == "La Voix du Nord"));
        assert!(names("Le informazioni sono state pubblicate ieri dai colleghi tedeschi di Golem.de, che affermano di aver visto i documenti.", "it", &[]).iter().any(|n| n.starts_with("Golem")));
        // Impersonal and detailed Spanish credits; a headline's passive names no one.
        assert_eq!(names("Tal y como recogen en The Verge, el teléfono tendrá dos pantallas.", "es", &[]), ["The Verge"]);
        assert_eq!(names("El lanzamiento se retrasa, según detalla Engadget.com.", "es", &[]), ["Engadget.com"]);
        assert!(names("Blocked emergency exits reported as fire tears through shopping mall", "en", &[]).is_empty());
        assert_eq!(names("Talks stalled, The Telegraph reported, as relayed by Censor.NET.", "en", &[])[0], "The Telegraph");
        // A writer in a medium writes for it; a programme reports for its broadcaster.
        assert_eq!(names("Lo scrive Katrin Oberholzer sulla Süddeutsche Zeitung.", "it", &["Süddeutsche Zeitung"]), ["Süddeutsche Zeitung"]);
        assert_eq!(names("Das berichtete das Investigativmagazin „Superwizjer“ des polnischen Nachrichtensenders TVN24 am Dienstagabend.", "de", &["TVN24"]), ["TVN24"]);
        // "zitiert das Blatt X": the paper quotes X.
        assert!(full("„Es hätte einen Nachtdienst geben müssen“, zitiert das Blatt Anton Kluivers.", "de", &[]).iter().all(|a| a.source.as_ref().is_none_or(|s| s.back_reference)));
        // A medium before a Romance relative clause is the subject of the verb after it.
        assert_eq!(names("Le quotidien italien La Stampa, dont l'envoyé spécial se trouvait devant l'hôpital, rapporte qu'il a été héliporté.", "fr", &[]), ["La Stampa"]);
        // Plural French participles of publishing with their agent.
        assert_eq!(names("Ces informations ont été rapportées lundi par l'agence de presse italienne Ansa.", "fr", &[]), ["ANSA"]);
        // Bodies by their abbreviation; a German role noun before a given name; a speaker's
        // organisation after her name.
        assert_eq!(named("Así lo ha anunciado el sindicato STTUN en un comunicado.", "es", &[]), [("STTUN".to_string(), SourceKind::Organization)]);
        assert_eq!(names("Alle 140 Beschäftigten sollen gehen, teilte die Gewerkschaft SAMJ (Syndicat autonome des métiers du jeu) am Dienstag mit.", "de", &[]), ["SAMJ"]);
        assert_eq!(
            names("On Tuesday, the Syndicat autonome des métiers du jeu (SAMJ), a union, said in a statement that the studio would close.", "en", &[]),
            ["Syndicat autonome des métiers du jeu (SAMJ)"]
        );
        assert_eq!(names("„Das habe ich noch nie erlebt“, schrieb Chef-Rettungsschwimmer Rui Falcato auf Facebook.", "de", &[]), ["Rui Falcato"]);
        assert_eq!(
            names("Nagranie, na którym widać lwa, opublikowała w niedzielę na Instagramie Marta Kozłowska z Fundacji Ostoja Pazura.", "pl", &[]),
            ["Marta Kozłowska"]
        );
        // "Das hat X … mitgeteilt"; a platform in guillemets is where it was posted.
        assert_eq!(names("Das hat die Freiwillige Feuerwehr Kirchweiding am Morgen auf Facebook mitgeteilt.", "de", &[]), ["die Freiwillige Feuerwehr Kirchweiding"]);
        assert!(names("Die Polizei hat mitgeteilt, dass niemand verletzt wurde.", "de", &[]).is_empty());
        assert!(!names("Про це у соцмережі «ВКонтакте» написала студентка коледжу Дар'я Метелкіна.", "uk", &[]).iter().any(|n| n == "ВКонтакте"));
        // A German broadcaster in the genitive of a fronted phrase is no subject; a passive
        // quote names the one quoted.
        assert_eq!(
            names("In der Talkshow „El Hormiguero“ des Senders Antena 3 sagte der jüngere Bruder des Königs am Dienstagabend: „Ich verzichte.“", "de", &[]),
            ["der jüngere Bruder des Königs"]
        );
        assert_eq!(names("„Wir sind bereit“, wird der Minister in der Zeitung zitiert.", "de", &[]), ["der Minister"]);
        // An unnamed medium that heard a confirmation; an Italian pluperfect credit.
        assert!(full("He broke his wrist, his palace has confirmed to a German newspaper.", "en", &[]).iter().any(|a| a.recipient.as_ref().is_some_and(|r| r.name == "a German newspaper")));
        assert_eq!(names("Pochi giorni prima il Corriere della Sera aveva rivelato il contenuto del verbale.", "it", &[]), ["Corriere della Sera"]);
        assert_eq!(names("Sono le immagini girate con una telecamera nascosta e trasmesse ieri sera da Le Iene su Italia 1.", "it", &[]), ["Le Iene"]);
        // A Spanish medium in single quotes before an object pronoun and its verb.
        assert_eq!(names("El diario sensacionalista alemán 'Bild' lo publicaba este sábado a toda página.", "es", &[]), ["Bild"]);
        // "which unions say": the speakers, no back-reference.
        assert!(full("Layoffs grew across the industry, which unions say has left thousands out of work.", "en", &[]).iter().all(|a| a.source.as_ref().is_none_or(|s| !s.back_reference)));
    }
}
