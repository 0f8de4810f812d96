//! Cue lexicons: the words and phrases with which news text says where something comes from.
//!
//! One table per language, public so that other stages (quotes, speakers) use the same words
//! instead of keeping their own copies. Entries are written as they appear in text; matching is
//! done on folded words (lowercase, diacritics removed), see [`CueMatcher`].

use std::sync::OnceLock;

/// How a cue relates to its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueKind {
    /// A verb whose subject (or, inverted, the phrase right after it) is the source: "said", "пише".
    Verb,
    /// A verb of publishing: an unknown capitalized subject of it is an outlet ("Politico reported").
    MediaVerb,
    /// A phrase followed by its source: "according to", "citing", "з посиланням на".
    SourceAfter,
    /// A phrase preceded by its source: "zufolge" ("Reuters zufolge").
    SourceBefore,
}

/// The cue words of one language.
#[derive(Debug)]
pub struct CueLexicon {
    /// ISO 639-1 code.
    pub language: &'static str,
    /// Speech and thought verbs, all inflected forms written out.
    pub verbs: &'static [&'static str],
    /// Publishing verbs ("reported", "writes", "повідомляє").
    pub media_verbs: &'static [&'static str],
    /// Nouns of speech and stance whose possessor is the source ("his call for", "her view that").
    pub nominal_cues: &'static [&'static str],
    /// Phrases whose source follows them.
    pub source_after: &'static [&'static str],
    /// Phrases whose source precedes them.
    pub source_before: &'static [&'static str],
    /// Head nouns of unnamed sources ("sources", "official", "джерела").
    pub anonymous_heads: &'static [&'static str],
    /// Words that make a source phrase anonymous even with a named head ("familiar", "unnamed").
    pub anonymous_markers: &'static [&'static str],
    /// Head nouns of documents ("report", "statement", "заява").
    pub document_heads: &'static [&'static str],
    /// Phrases that refer back to an outlet named before ("the article", "the authors", "видання").
    pub back_references: &'static [&'static str],
    /// Common nouns for media that may precede an outlet's name ("the newspaper", "агентство").
    pub media_nouns: &'static [&'static str],
    /// Phrases by which an outlet states its own reporting ("told Reuters" is handled apart):
    /// "independently confirmed", "our correspondent".
    pub own_reporting: &'static [&'static str],
    /// Verbs of checking a report first-hand, whose subject is the writing outlet itself when it
    /// is named ("Редакція «X» зателефонувала до …", "the Courier contacted the council").
    pub own_checks: &'static [&'static str],
}

#[rustfmt::skip]
pub static ENGLISH: CueLexicon = CueLexicon {
    language: "en",
    verbs: &[
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "adds", "added", "adding",
        "note", "notes", "noted", "noting", "stresses", "stressed", "stressing", "emphasize",
        "emphasized", "emphasised", "emphasizes", "claim", "claims", "claimed", "claiming",
        "stated", "stating", "announce", "announces", "announced", "announcing", "confirm", "confirms",
        "confirmed", "confirming", "deny", "denies", "denied", "denying", "warn", "warns", "warned", "warning",
        "explain", "explains", "explained", "explaining", "insist", "insists", "insisted", "insisting", "argue",
        "argues", "argued", "arguing", "suggest", "suggests", "suggested", "suggesting", "indicate", "indicates",
        "indicated", "indicating", "acknowledge", "acknowledges", "acknowledged", "acknowledging", "admit",
        "admits", "admitted", "admitting", "recall", "recalls", "recalled", "recalling",
        "tweeted", "tweeting", "ask", "asks", "asked", "asking", "reply", "replies", "replied", "respond",
        "responds", "responded", "declare", "declares", "declared", "declaring", "believe", "believes",
        "believed", "think", "thinks", "thought", "predict", "predicts", "predicted", "promise", "promises",
        "promised", "promising", "pledge", "pledged", "pledges", "vow", "vowed", "vows", "urge", "urged",
        "urges", "urging", "call", "called", "calls", "calling", "accuse", "accused", "accuses", "accusing",
        "criticize", "criticized", "criticised", "criticizes", "praise", "praised", "praises", "blame",
        "blamed", "blames", "describe", "described", "describes", "describing", "mention", "mentioned",
        "mentions", "agree", "agreed", "agrees", "concede", "conceded",
        "concluded", "conclude", "concludes", "expect", "expects", "expected", "hope", "hopes", "hoped",
        "hoping", "fear", "fears", "feared", "want", "wants", "wanted", "know", "knows", "knew", "see", "sees",
        "saw", "feel", "feels", "felt", "complain", "complained", "complains", "remarked",
        "observe", "observed", "observes", "point", "pointed", "points", "reveal", "revealed", "reveals",
        "disclose", "disclosed", "assert", "asserted", "asserts", "maintained", "maintains",
        "contend", "contended", "contends", "allege", "alleged", "alleges", "estimate", "estimated",
        "estimates", "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "question",
        "questioned", "questions", "dismiss", "dismissed", "dismisses", "reject", "rejected", "rejects",
        "defend", "defended", "defends", "decline", "declined", "declines", "refuse", "refused", "refuses",
        "thank", "thanked", "joke", "joked", "jokes", "recount", "recounted", "quip", "quipped", "shout",
        "shouted", "chant", "chanted", "boast", "boasted", "boasts", "concur", "concurred", "reiterate",
        "reiterated", "reiterates", "testify", "testified", "testifies", "endorse", "endorsed", "endorses",
        "support", "supports", "supported", "oppose", "opposes", "opposed", "propose", "proposed", "proposes",
        "plan", "plans", "planned", "seem", "seems", "seemed", "appear", "appears", "appeared",
        "attacked", "blast", "blasted", "blasts", "slam", "slammed", "slams", "demand", "demanded",
        "demands", "worry", "worried", "worries", "doubt", "doubted", "doubts", "hint", "hinted", "hints",
        "signal", "signaled", "signalled", "signals", "assure", "assured", "assures", "cite", "cited", "cites",
        "insinuate", "speculate", "speculated", "recommend", "recommended", "recommends", "advise", "advised",
        "wonder", "wondered", "wonders", "charge", "charged", "charges", "order", "ordered", "threaten",
        "threatened", "threatens", "acknowledged", "according", "suspect",
        "suspected", "suspects", "prefer", "prefers", "preferred", "imply", "implied", "implies",
        "referring to", "referred to", "talking about", "talked about", "spoke about", "expressed",
        "expresses", "sought", "seeks", "seeking", "focused on", "offered", "decided", "would like",
        "sounded", "criticizing", "criticising", "considered", "considers", "invoked",
        "denounced", "denouncing", "repeated", "highlighted", "welcomed", "echoed", "condemned", "mocked",
        "pushed", "challenged", "bemoaned", "lamented", "pointing out", "pointed out", "pointed to",
        "reportedly", "put it", "compared", "nominated", "voted against", "voted for", "backing", "backed",
        "supporting", "insisting", "vowing", "warning that", "announcing", "noting that", "argued that",
        "talked", "talking", "detailed", "detailing", "listed", "listing",
        "referenced", "referencing", "posted",
        "addressed", "voiced", "voicing", "railed", "embraced", "embracing",
        "embraces", "projected",
        "issued", "viewed", "attacking", "attacked", "continued", "continues", "read", "reads", "stress", "emphasizing", "emphasise", "emphasises", "emphasising", "praising", "predicting", "yell", "yells",
        "yelled", "yelling", "asserting", "dismissing", "mentioning", "refusing", "answered", "answering",
        "discuss", "discusses", "discussed", "discussing", "encourage", "encourages", "encouraged",
        "encouraging", "demanding", "questioning", "threatening", "reaffirm", "reaffirms", "reaffirmed",
        "reaffirming", "applaud", "applauds", "applauded", "applauding", "assail", "assails", "assailed",
        "assailing", "remind", "reminds", "reminded", "reminding", "proposing", "advocated", "advocating",
        "forecasted", "forecasting", "remembered", "deem", "deems", "deemed", "deeming", "tout", "touts",
        "touted", "touting", "portray", "portrays", "portrayed", "portraying", "mocks", "mocking", "decry",
        "decries", "decried", "decrying", "deride", "derides", "derided", "deriding", "congratulate",
        "congratulates", "congratulated", "congratulating", "proclaim", "proclaims", "proclaimed",
        "proclaiming", "brag", "brags", "bragged", "bragging", "implore", "implores", "implored",
        "imploring", "implying", "echoing", "rebuff", "rebuffs", "rebuffed", "rebuffing", "clarify",
        "clarifies", "clarified", "clarifying", "lament", "laments", "lamenting", "characterize",
        "characterizes", "characterized", "characterizing", "characterise", "characterises",
        "characterised", "characterising", "labeled", "labeling", "concedes", "conceding", "confess",
        "confesses", "confessed", "confessing", "cautioned", "cautioning", "complaining", "grumble",
        "grumbles", "grumbled", "grumbling", "mused", "ponder", "ponders", "pondered", "pondering",
        "wondering", "swear", "swears", "swore", "sworn", "swearing", "guarantee", "guarantees",
        "guaranteed", "guaranteeing", "concluding", "discloses", "disclosing", "divulge", "divulges",
        "divulged", "divulging", "pronounce", "pronounces", "pronounced", "pronouncing", "reiterating",
        "repeat", "repeats", "repeating", "retort", "retorts", "retorted", "retorting", "countered",
        "countering", "rebut", "rebuts", "rebutted", "rebutting", "replying", "protested",
        "protesting", "scoff", "scoffs", "scoffed", "scoffing", "snapped", "fumed", "fuming", "ranted",
        "ranting", "blasting", "slamming", "lambast", "lambasts", "lambasted", "lambasting", "lambaste",
        "lambastes", "berate", "berates", "berated", "berating", "chide", "chides", "chided", "chiding",
        "scold", "scolds", "scolded", "scolding", "rebuke", "rebukes", "rebuked", "rebuking", "reprimand",
        "reprimands", "reprimanded", "reprimanding", "condemn", "condemns", "condemning", "denounce",
        "denounces", "criticise", "criticises", "castigate", "castigates", "castigated", "castigating",
        "ridicule", "ridicules", "ridiculed", "ridiculing", "taunt", "taunts", "taunted", "taunting",
        "belittle", "belittles", "belittled", "belittling", "disparage", "disparages", "disparaged",
        "downplay", "downplays", "downplayed", "downplaying", "rejecting", "refute",
        "refutes", "refuted", "refuting", "disputed", "disputing", "challenging",
        "doubting", "disagree", "disagrees", "disagreed", "disagreeing", "concurs", "concurring",
        "agreeing", "verified", "verifying", "affirm", "affirms", "affirmed", "affirming", "assuring",
        "reassure", "reassures", "reassured", "reassuring", "pledging", "advises", "counseled",
        "recommending", "pressed", "lobbied", "lobbying", "plead", "pleads", "pleaded", "pleading", "beg",
        "begs", "begged", "begging", "appealed", "requested", "requesting", "inquire", "inquires",
        "inquired", "inquiring", "contending", "maintaining", "alleging", "charging", "blaming", "commend",
        "commends", "commended", "commending", "hail", "hails", "hailed", "hailing", "laud", "lauds",
        "lauded", "lauding", "welcoming", "thanking", "endorsing", "boasting",
        "gloat", "gloats", "gloated", "gloating", "anticipate", "anticipates", "anticipated",
        "anticipating", "expecting", "wished", "wishing", "fearing", "worrying", "believing", "sensed",
        "suspecting", "guessed", "guessing", "assumed", "presumed", "presuming", "reckon", "reckons",
        "reckoned", "reckoning", "regarded", "realized", "realizing", "realised", "realising", "recognize",
        "recognizes", "recognized", "recognizing", "recognise", "recognises", "recognised", "recognising",
        "understood", "noticed", "observing", "remarking", "commented", "commenting",
        "depicted", "depicting", "blogged", "blogging", "signaling", "hinting", "insinuates", "insinuated",
        "insinuating", "demonstrating", "illustrated", "illustrating", "revealing",
        "highlighting", "underscore", "underscores", "underscored", "underscoring", "recounts",
        "recounting", "informed", "informing", "notify", "notifies", "notified", "notifying", "testifying",
        "attest", "attests", "attested", "attesting", "vouched", "vouching", "chants", "chanting", "shouts",
        "shouting", "scream", "screams", "screamed", "screaming", "whisper", "whispers", "whispered",
        "whispering", "joking", "quips", "quipping", "tease", "teases", "teased", "teasing", "estimating",
        "speculates", "speculating", "theorize", "theorizes", "theorized", "theorizing", "hypothesize",
        "hypothesizes", "hypothesized", "hypothesizing", "defending", "justify", "justifies", "justified",
        "justifying", "rationalize", "rationalizes", "rationalized", "rationalizing", "apologize",
        "apologizes", "apologized", "apologizing", "opposing", "favored", "favoring", "favoured",
        "favouring", "preferring", "wanting",
        "made clear", "made it clear", "makes clear", "make clear", "laid out", "lays out", "brushed off",
        "brushed aside", "spoke of", "speaks of", "talks about", "talk about", "spoke out", "weighed in",
        "chimed in", "opened up about", "walked back", "took aim at", "lashed out at", "lashes out at",
        "went on to say", "goes on to say",
        "liken", "likens", "likened", "likening", "balk", "balks",
        "balked", "balking", "mull", "mulls", "mulled", "mulling", "forecast", "forecasts",
        "express", "expressing", "distanced himself", "distanced herself", "distanced themselves",
        "distance himself", "distance herself", "distance themselves", "posit", "posits", "posited",
        "interjected", "interjects", "demurred", "sighed", "muse", "muses", "musing",
        "critical of", "skeptical of", "skeptical about", "sceptical of", "adamant that", "optimistic that",
        "pessimistic that", "confident that", "convinced that", "hopeful that", "worried that",
        "worried about", "concerned that", "concerned about", "upset that", "upset about", "angry that",
        "furious that", "frustrated that", "eager to", "sure that", "certain that", "unhappy with",
        "known for", "referenced", "references", "unleashed",
        "speak about", "speaks about", "speaking about", "spoken about", "speak of", "speaking of",
        "spoken of", "speak out", "speaks out", "speaking out", "spoken out", "speak up", "speaks up",
        "spoke up", "speaking up", "spoke on", "speaks to", "spoke to the",
        "voted to", "votes to",
        "allegedly", "purportedly", "supposedly", "reputedly",
        "swipes at", "swiped at", "swiping at", "took a swipe at", "takes a swipe at", "taking a swipe at",
        "knocked", "knocks", "bashed", "bashes", "bashing", "hammered", "hammers", "hammering", "ripped",
        "rips", "ripping", "tore into", "tears into", "went after", "goes after", "going after",
        "fired back", "fires back", "hit back", "hits back", "shot back", "shoots back", "pushed back",
        "pushes back", "pushing back", "jabbed", "needled", "needling", "skewered", "skewers", "trashed",
        "trashes", "trashing", "savaged", "savages", "savaging", "excoriated", "excoriates",
        "excoriating", "pummeled", "pummels",
        "looks to", "looking to", "aimed to", "seeks to", "sought to", "seeking to",
        "intends to", "intended to", "intend to", "hopes to", "hoped to", "hoping to",
        "seen as", "perceived as", "thought of as", "known as",
        "opine", "opines", "opined", "bristle", "bristles", "bristled", "react", "reacts", "reacted",
        "envision", "envisions", "envisioned", "envisioning", "promotes", "persuade", "persuades",
        "persuading", "ruled", "documented", "dubbed", "titled", "outlined",
        "exclaim", "exclaims", "exclaimed", "exclaiming", "gush", "gushes", "gushed", "marvel",
        "marvels", "marveled", "marvelled", "illustrate", "illustrates", "lectured", "retweeted",
        "foresee", "foresees", "foresaw", "despise", "despised", "depict", "depicts",
    ],
    media_verbs: &[
        "reports", "reported", "reporting", "write", "writes", "wrote", "written", "writing",
        "publish", "publishes", "published", "relay", "relays", "relayed", "quote", "quotes", "quoted",
        "quoting", "broadcasts", "broadcast footage", "aired footage", "showed footage",
        "broadcast pictures", "aired pictures",
        // A press review: "The Sun splashes on the strike" ("leads with" is also a candidate's
        // lead in a count).
        "splashes on", "splashed on",
        // "Word of the arrest first surfaced on X", "the account comes from X" (source after).
        "learned", "learnt", "obtained", "reveals",
        // "Footage shared on Saturday evening by X"; "The die-off was first raised on Sunday by X".
        "shared", "first raised", "first flagged",
        // "X was the first to report", "X broke the story".
        "was the first to report", "was first to report", "were the first to report", "broke the story",
        "broke the news", "was the first to break the news", "was first to break the news",
        // "X gave the same figures in a separate report": a second medium carrying the report.
        "gave the same figures", "gave the same details", "gave the same numbers", "carried the same figures",
        "carried the same details", "carried the same report", "published the same figures", "published the same details",
        "reported the same figures", "reported the same details",
    ],
    nominal_cues: &[
        "criticism", "criticisms", "allegation", "allegations", "accusation", "accusations", "suggestion",
        "suggestions", "view", "views", "complaint", "complaints",
        "claim", "claims", "assertion", "assertions", "insistence",
        "proposal", "proposals", "promise", "promises", "pledge", "pledges", "warning", "warnings", "call",
        "calls", "demand", "demands", "opposition", "support", "attack", "attacks", "denial", "denials",
        "admission", "vow", "threat", "threats",
        "fear", "fears", "hope", "hopes", "belief", "beliefs", "argument", "arguments", "plan",
        "plans", "praise", "endorsement", "request", "question", "questions",
        "assessment", "prediction", "predictions", "description", "characterization", "charge", "charges",
        "insistence", "opinion", "opinions", "objection", "objections", "defense", "defence", "explanation",
        "confession", "boast", "pitch", "appeal", "plea", "advice",
        "recommendation", "recommendations", "doubts", "skepticism", "dismissal", "condemnation",
        "insult", "insults", "assurance", "assurances",
        "proclamation", "declaration", "contention", "thesis", "theory", "suspicion", "suspicions",
    ],
    source_after: &[
        // "were carried by X", "in the December issue of X", "an investigation by X has found".
        "carried by", "an investigation by",
        // "was announced on Monday in a statement by the union".
        "in a statement by", "in a statement issued by", "in a statement released by", "in a press release by",
        // "…, figures from the interior ministry show": whose figures.
        "figures from", "data from", "statistics from",
        // "came to light through a post on X".
        "a post on", "a post by",
        // A poll commissioned by a medium is the medium's: "a Demoskop poll for the tabloid X".
        "poll for", "survey for",
        // A journal's paper: "according to a study published on Wednesday in the journal Nature".
        "in the journal", "in the medical journal", "in the scientific journal",
        // ("the issue of immigration" is no credit: only an issue of a publication.)
        "january issue of", "february issue of", "march issue of", "april issue of", "may issue of", "june issue of", "july issue of", "august issue of", "september issue of", "october issue of", "november issue of", "december issue of", "latest issue of", "current issue of", "new issue of", "weekend issue of", "sunday issue of", "winter issue of", "spring issue of", "summer issue of", "autumn issue of", "print issue of",

        // "The account comes from X", "Word of it first surfaced on X", "figures gathered by X",
        // "a report broadcast by X".
        "the account comes from", "the report comes from", "the information comes from", "the story comes from",
        "first surfaced on", "first surfaced in", "surfaced on", "first appeared on", "first emerged on",
        "gathered by", "compiled by", "broadcast by", "aired by",
        // "The die-off was first raised by local station X", "the leak was uncovered by X".
        "first raised by", "first flagged by", "flagged by", "first spotted by", "first noticed by", "brought to light by",
        "first highlighted by", "uncovered by", "exposed by",

        "according to", "citing", "cited by", "as relayed by", "relayed by", "as reported by", "reported by",
        "as quoted by", "quoted by", "as cited by", "as first reported by", "first reported by",
        "as told to", "in an interview with", "in a conversation with", "in a phone call with",
        "in a telephone conversation with", "in a statement to", "via", "h/t", "hat tip", "per",
        "speaking to", "in comments to", "in remarks to", "in an interview to", "speaking on",
        // "according to a post on the X Telegram channel".
        "a post on", "a post by", "a post from", "a telegram post by", "a telegram post from",
        "as noted by", "as written by", "writing in", "wrote in", "report by", "in the words of",
        "a report from", "a report in",
        // "according to a story in the local paper X".
        "according to a report in", "according to a report by", "according to a story in",
        "according to a story by", "according to an article in", "according to reporting by",
        "a story in", "an article in", "was broken by", "were broken by",
        // A source named as the upstream of another: "X reported, citing a report in Y".
        "citing a report in", "citing a report by", "citing a story in", "citing an article in",
        "citing reporting by", "quoting a report in", "which cited", "which quoted",
        "based on information from", "based on reporting by", "based on a report by", "based on a report in",
        "quoting",
    ],
    source_before: &[],
    anonymous_heads: &[
        "source", "sources", "official", "officials", "insider", "insiders", "person", "people", "diplomat",
        "diplomats", "aide", "aides", "adviser", "advisers", "advisors", "advisor", "someone", "individual",
        "individuals", "figure", "figures", "member", "members",
    ],
    anonymous_markers: &[
        "familiar", "anonymous", "anonymity", "unnamed", "well-placed", "senior", "close", "knowledgeable",
        "one", "multiple", "several", "some", "two", "three", "many", "briefed", "informed", "unidentified",
        "high-ranking", "a",
    ],
    document_heads: &[
        "report", "statement", "document", "documents", "study", "survey", "poll", "polls", "letter", "memo",
        "data", "filing", "complaint", "lawsuit", "indictment", "analysis", "release", "communique", "decree",
        "draft", "plan", "text", "transcript", "record", "records", "figures", "estimate", "estimates",
        "notice", "notification", "bulletin", "alert", "circular", "advisory",
        "investigation", "review", "audit", "assessment", "resolution", "order",
    ],
    back_references: &[
        "the article", "the authors", "the author", "the journalists", "the journalist", "the newspaper",
        "the paper", "the publication", "the outlet", "the report says", "the article says", "the agency",
        "the broadcaster", "the magazine", "the reporters", "the report", "the newspaper's", "the outlet's",
        "the daily", "the tabloid", "the website", "the site", "the wire service", "the podcast", "the programme",
    ],
    media_nouns: &[
        "newspaper", "the newspaper", "news agency", "the news agency", "agency", "the agency", "outlet",
        "the outlet", "publication", "the publication", "daily", "the daily", "broadcaster", "the broadcaster",
        "magazine", "the magazine", "website", "the website", "tabloid", "the tabloid", "wire service",
        "channel", "the channel", "tv channel", "news site", "portal", "weekly", "the weekly", "paper", "site",
        "podcast", "programme", "account", "newsletter",
        "station", "radio station", "tv station", "television station", "broadcaster", "radio",
    ],
    own_reporting: &[
        "independently confirmed", "independently verified", "has confirmed", "has independently",
        "our correspondent", "our reporter", "our sources", "separately confirmed", "has learned",
        "has learnt", "has established", "our own", "we have confirmed", "we confirmed", "confirmed to",
        "told this outlet", "told our", "told us", "has been given a copy", "has seen a copy", "has obtained",
        "obtained by this", "seen by this", "told this newspaper", "told this paper", "told this website",
        "told this site", "told this reporter", "told this publication",
    ],
    own_checks: &["contacted", "called", "phoned", "rang", "reached", "asked", "visited", "checked", "verified", "confirmed", "independently",
        "heard", "saw", "witnessed"],
};

#[rustfmt::skip]
pub static UKRAINIAN: CueLexicon = CueLexicon {
    language: "uk",
    verbs: &[
        "уточнює", "уточнила", "уточнив", "уточнило",
        // Denials: "Волністов сам спростував цю інформацію".
        "спростував", "спростувала", "спростували", "спростувало", "спростовує", "заперечив", "заперечила",
        "заперечили", "заперечує",

        "заявив", "заявила", "заявили", "заявляє", "заявляють", "сказав", "сказала", "сказали", "каже",
        "кажуть", "зазначив", "зазначила", "зазначили", "зазначає", "зазначають", "наголосив", "наголосила",
        "наголошує", "наголошують", "підкреслив", "підкреслила", "підкреслюють", "підкреслює", "розповів",
        "розповіла", "розповіли", "додав", "додала", "додали", "пояснив", "пояснила", "вважає", "вважають",
        "визнав", "визнала", "підтвердив", "підтвердила", "підтвердили", "повідомив", "повідомила",
        "повідомили", "заперечив", "заперечила", "попередив", "попередила", "оголосив", "оголосила",
        "стверджує", "стверджують", "стверджував", "відзначив", "відзначила", "нагадав", "нагадала",
        "попереджає", "попереджають", "попередили",
    ],
    media_verbs: &[
        // "виклав телеграм-канал X" (posted).
        "виклав", "виклала", "виклало", "виклали",
        // "Кадри показав телеканал X" (showed on air; only a medium named as one counts).
        "показав", "показала", "показало", "показали",

        "повідомляє", "повідомляють", "пише", "пишуть", "написав", "написала", "написали", "передає",
        "передають", "інформує", "цитує", "публікує", "опублікував", "опублікувала", "опублікувало",
        "повідомило", "написало", "з'ясувало", "з'ясував", "дізнався", "дізналося", "дізналася",
        "оприлюднило", "оприлюднив", "оприлюднила", "з'ясувала",
        // "Раніше «X» писав, що …", "Першим про це повідомив «X»".
        "писав", "писала", "писало", "писали", "першим повідомив", "першою повідомила", "першим повідомило",
        "першими повідомили", "повідомляв", "повідомляла", "повідомляло", "переказує", "переказав", "переказала",
        "переказало", "переказують", "поширило", "поширила", "поширив", "поширили", "поширює", "наводить", "наводять",
        "навело", "навела", "навів",
        // "переслав своїм підписникам телеграм-канал X" (forwarded).
        "переслав", "переслала", "переслало", "переслали", "підхопила", "підхопив", "підхопило", "підхопили",
        // A medium that checked the report itself: "британська X поговорила по телефону з директоркою".
        "поговорила", "поговорив", "поговорило", "поговорили", "зателефонувала", "зателефонував", "зателефонували",
        "додзвонилася", "додзвонився", "додзвонилися", "зв'язалася", "зв'язався", "зв'язалися",
        // "якого процитувала газета X", "надрукував тижневик X".
        "процитувала", "процитував", "процитувало", "процитували", "надрукував", "надрукувала", "надрукувало",
        "надрукували",
    ],
    nominal_cues: &[],
    source_after: &[
        // "випливає з повідомлення голови ОДА X у телеграмі": whose message it is.
        "випливає з повідомлення", "йдеться у повідомленні", "йдеться в повідомленні", "йдеться у дописі", "йдеться в дописі",
        "з посиланням на", "із посиланням на", "зі посиланням на", "за даними", "за підрахунками", "за розрахунками", "за словами", "за інформацією", "як передає", "як повідомляє",
        "стало відомо з публікації", "з публікації", "стало відомо з матеріалу", "з матеріалу",
        "як пише", "як повідомило", "як повідомила", "як повідомив", "згідно з", "посилаючись на",
        "як зазначає", "цитує", "передає", "повідомляє", "пише", "про це пише", "про це повідомляє",
        "про це повідомило", "про це повідомила", "про це повідомив", "про це заявив", "про це заявила",
        "як інформує", "за повідомленням", "за відомостями", "про це повідомляють", "повідомляють",
        "про це пишуть", "пишуть", "як випливає з матеріалу", "випливає з матеріалу", "як повідомлялося в",
        "про це розповіли в", "про це розповіли у", "як стало відомо", "посилається на", "у публікації",
        "в публікації", "у своєму telegram-каналі", "в своєму telegram-каналі", "у розмові з журналістом",
        "у розмові з журналістами",
        // "за матеріалами телеканалу X", "як видно з сюжету телекомпанії X", "у розмові з газетою X";
        // a passive with its agent after it: "оприлюднено в понеділок агенцією X".
        "за матеріалами", "з сюжету", "як видно з сюжету", "у розмові з", "в розмові з", "поширено", "оприлюднено",
        // "Про це свідчать дані Міністерства …": whose data show it.
        "про це свідчать дані", "свідчать дані", "як свідчать дані", "показують дані", "як показують дані", "випливає з даних",
        "опубліковано",
        "як повідомлялося у", "як з'ясувало", "як з'ясував", "як з'ясувала",
        // The outlet that conducted an interview or asked for a comment: "в інтерв'ю газеті X",
        // "у коментарі «X» сказав".
        "в інтерв'ю", "в інтерв’ю", "у інтерв'ю", "у інтерв’ю", "у коментарі", "в коментарі",
        // "Згідно з інформацією «X»"; "Про це стало відомо «X» від працівників порту".
        "згідно з інформацією", "згідно з даними", "відповідно до інформації", "про це стало відомо",
        // "йдеться в матеріалі X", "в ефірі телеканалу X".
        "йдеться в матеріалі", "йдеться у матеріалі", "йдеться в публікації", "йдеться у публікації",
        "йдеться в розслідуванні", "йдеться у розслідуванні", "йдеться в статті", "йдеться у статті",
        "йдеться в заяві", "йдеться у заяві", "йдеться в пресрелізі", "йдеться у пресрелізі", "йдеться в комюніке",
        // A body's warning or decision: "йдеться в попередженні Укргідрометцентру", "йдеться в рішенні комітету".
        "йдеться в попередженні", "йдеться у попередженні", "йдеться в рішенні", "йдеться у рішенні", "йдеться в повідомленні",
        "йдеться у повідомленні", "йдеться у вироку", "йдеться в вироку", "йдеться в бюлетені", "йдеться у бюлетені",
        "йдеться в наказі", "йдеться у наказі", "йдеться в постанові", "йдеться у постанові", "йдеться в розпорядженні",
        "йдеться у розпорядженні",
        // "йдеться в безпековому повідомленні, яке компанія розмістила на своєму сайті".
        "йдеться в", "йдеться у",
        // (After a vowel: "Як ідеться в документі".)
        "ідеться в", "ідеться у", "ідеться в повідомленні", "ідеться у повідомленні", "ідеться в заяві", "ідеться у заяві",
        // A journal's paper: "опублікованій у науковому журналі Nature".
        "у науковому журналі", "в науковому журналі", "у медичному журналі", "в медичному журналі",
        "в матеріалі", "у матеріалі", "в ефірі", "у ефірі",
        // "Як розповідає газета X"; an outlet retelling another's report in the first person.
        // (Only the present: "як розповіли «X» в міськраді" names whom it was told.)
        "як розповідає", "як розповідають",
        // "у сюжеті телеканалу X", "з'явилося у стрічці агентства X", "у телеграм-каналі X",
        // "Ексклюзивно для «X» …".
        "у сюжеті", "в сюжеті", "у стрічці", "в стрічці", "у телеграм-каналі", "в телеграм-каналі",
        "у telegram-каналі", "в telegram-каналі", "ексклюзивно для",
        // "На запит «X» в прокуратурі підтвердили": X asked, so X reported it.
        "на запит", "у відповідь на запит",
        // "Новина з'явилася в бюлетені X", "Відео з'явилося на сторінці «X»", "у свіжому випуску X".
        "з'явилася в", "з'явилася у", "з'явилося в", "з'явилося у", "з'явилося на", "з'явилася на", "у випуску",
        "в випуску",
        "переказуємо повідомлення", "переказуємо матеріал", "переказуємо",
    ],
    source_before: &[],
    anonymous_heads: &[
        "джерело", "джерела", "джерел", "співрозмовник", "співрозмовники", "посадовець", "посадовці",
        "чиновник", "чиновники", "дипломат", "дипломати", "інсайдер", "інсайдери",
        // Governed by "з посиланням на", "за словами": genitive and accusative plurals.
        "співрозмовників", "посадовців", "чиновників", "дипломатів", "інсайдерів", "представників", "урядовців",
        "військових", "офіційних",
    ],
    anonymous_markers: &["обізнані", "обізнане", "анонімні", "анонімне", "поінформовані", "одне", "кілька", "власні"],
    document_heads: &["звіт", "заява", "заяві", "документ", "документі", "дослідження", "лист", "постанова", "указ", "опитування",
        // In the genitive after "з посиланням на проєкт документа", and drafts.
        "документа", "документів", "звіту", "заяви", "листа", "проєкт", "проєкту", "проект", "проекту", "меморандум", "меморандуму",
        // A warning, a ruling, a decision: "йдеться в попередженні Укргідрометцентру".
        "попередження", "попередженні", "рішення", "рішенні", "вирок", "вироку", "вироку", "повідомлення", "повідомленні",
        // A service's bulletin, a ministry's order: "йдеться в бюлетені Департаменту", "наказ МОЗ".
        "бюлетень", "бюлетені", "бюлетеня", "наказ", "наказі", "наказу", "постанові", "постанови", "розпорядження", "розпорядженні"],
    back_references: &[
        "видання", "автори", "автор", "журналісти", "журналіст", "у статті", "в статті", "стаття",
        "газета", "агентство", "у публікації", "в публікації", "публікація",
    ],
    media_nouns: &[
        "видання", "газета", "газети", "агентство", "агентства", "телеканал", "сайт", "портал", "журнал",
        "ресурс", "ресурсу", "інтернет-ресурс", "інтернет-ресурсу",
        // A community page or public channel publishes too ("спільнота «X» у фейсбуці").
        "спільнота", "спільноти", "паблік", "пабліку", "радіостанція", "радіостанції",
        // "німецький суспільний мовник tagesschau": a broadcaster.
        "мовник", "мовника", "мовнику", "телерадіокомпанія", "телерадіокомпанії",
        // Kinds of paper and their genitive ("британський тижневик X", "за даними тижневика X").
        "тижневик", "тижневика", "щоденник", "щоденника", "часопис", "часопису", "таблоїд", "таблоїда",
        "журналу", "телеканалу", "порталу", "сайту", "інтернет-видання", "радіостанція", "радіостанції",
        // Dative: "в інтерв'ю німецькій газеті X"; locative: "в агентстві X".
        "газеті", "виданню", "агентству", "тижневику", "щоденнику", "часопису", "агентстві", "виданні",
        "telegram-канал", "telegram-каналу", "telegram-каналі", "канал", "каналу", "каналі",
        "агенція", "агенції", "агенцію", "агенцією", "телеграм-канал", "телеграм-каналу", "телеграм-каналі",
        // Instrumental after a passive ("оприлюднено агентством X") and other cases.
        "агентством", "газетою", "газету", "виданням", "видання", "телеканалом", "телеканалі", "сайтом", "сайті",
        "порталом", "порталі", "журналом", "журналі", "телекомпанія", "телекомпанії", "телекомпанією", "телекомпанію",
        "подкаст", "подкасту", "подкасті", "телепрограма", "телепрограми", "телепрограмі", "передача", "передачі",
        "сторінка", "сторінки", "сторінці", "акаунт", "акаунту", "агенція новин", "агентство новин", "бюлетень",
        "бюлетені", "розсилка", "розсилці", "випуску",
        // "ІА «Обрій-Інфо»": the abbreviation of an agency before its name.
        "іа", "ia",
    ],
    own_reporting: &["незалежно підтвердив", "незалежно підтвердила", "наш кореспондент", "наш журналіст", "наша журналістка", "нашому кореспонденту", "нашим джерелам", "розповіли нашому", "підтвердили нашому", "підтвердив нашому", "з'ясував",
        "нашому кореспондентові", "нашій кореспондентці", "нашому журналісту", "нашому журналістові", "нашому виданню",
        "підтвердила нашому", "розповів нашому", "розповіла нашому", "ми поговорили", "нам вдалося", "редакції вдалося",
        "на запитання редакції", "на запит редакції", "наша редакція", "нашій редакції", "редакції передав",
        "редакції передала", "редакції передали", "передав редакції", "передала редакції", "передали редакції",
        // "В департаменті нам повідомили", "підтвердив нам".
        "нам повідомили", "нам повідомив", "нам повідомила", "нам сказали", "нам сказав", "нам сказала", "нам розповіли",
        "нам розповів", "нам розповіла", "нам підтвердили", "нам підтвердив", "нам підтвердила", "повідомили нам",
        "повідомив нам", "повідомила нам", "сказав нам", "сказала нам", "сказали нам", "підтвердив нам",
        "підтвердила нам", "підтвердили нам", "розповів нам", "розповіла нам", "розповіли нам",
        "нашій газеті", "нашому виданню", "нашому сайту",
        // "Ми зателефонували начальникові гідровузла": the newsroom checked (outside quotation marks).
        "ми зателефонували", "ми зв'язалися", "ми звернулися", "ми запитали", "ми перевірили", "ми побували", "ми дізналися"],
    own_checks: &["зателефонувала", "зателефонували", "зателефонував", "звернулася", "звернулися", "звернувся", "зв'язалася",
        "зв'язалися", "зв'язався", "запитала", "запитали", "запитав", "перевірила", "перевірили", "перевірив", "побувала",
        "побували", "побував", "підтвердила", "підтвердили", "з'ясувала", "з'ясували", "дізналася", "дізналися",
        "додзвонилася", "додзвонилися", "додзвонився", "поговорила", "поговорили", "поговорив"],
};

#[rustfmt::skip]
pub static RUSSIAN: CueLexicon = CueLexicon {
    language: "ru",
    verbs: &[
        "уточняет", "уточнила", "уточнил", "уточнило",
        "опровергла", "опровергли", "опровергает", "отверг", "отвергла", "отвергли", "отрицает",

        "заявил", "заявила", "заявили", "заявляет", "заявляют", "сказал", "сказала", "сказали", "говорит",
        "говорят", "отметил", "отметила", "отметили", "отмечает", "отмечают", "подчеркнул", "подчеркнула",
        "подчеркивает", "подчёркивает", "подчеркивают", "рассказал", "рассказала", "рассказали", "добавил",
        "добавила", "добавили", "пояснил", "пояснила", "считает", "считают", "признал", "признала",
        "подтвердил", "подтвердила", "подтвердили", "сообщил", "сообщила", "сообщили", "опроверг",
        "предупредил", "предупредила", "объявил", "объявила", "утверждает", "утверждают", "напомнил",
        "напомнила",
    ],
    media_verbs: &[
        // "выложила газета X" (posted).
        "выложил", "выложила", "выложило", "выложили",
        // "Кадры показал телеканал X" (showed on air; only a medium named as one counts).
        "показал", "показала", "показало", "показали",

        "сообщает", "сообщают", "пишет", "пишут", "написал", "написала", "написали", "передает", "передаёт",
        "передают", "информирует", "цитирует", "публикует", "опубликовал", "опубликовала", "опубликовало",
        "сообщило", "написало", "выяснило", "выяснил", "узнал", "узнало", "узнала",
        "обнародовало", "обнародовал", "обнародовала", "выяснила",
        "писал", "писала", "писало", "писали", "первым сообщил", "первой сообщила", "первым сообщило",
        "первыми сообщили", "сообщал", "сообщала", "сообщало", "пересказывает", "пересказал", "пересказала",
        "пересказало", "пересказывают", "распространило", "распространила", "распространил", "распространили",
        "приводит", "приводят", "привело", "привела", "привел",
        "переслал", "переслала", "переслало", "переслали", "подхватила", "подхватил", "подхватило", "подхватили",
        "поговорила", "поговорил", "поговорило", "поговорили", "позвонила", "позвонил", "позвонили", "дозвонилась",
        "дозвонился", "дозвонились", "связалась", "связался", "связались",
        "процитировала", "процитировал", "процитировало", "процитировали", "напечатал", "напечатала",
        "напечатало", "напечатали",
    ],
    nominal_cues: &[],
    source_after: &[
        // "следует из сообщения главы администрации X в телеграме": whose message it is.
        "следует из сообщения", "говорится в сообщении", "следует из поста", "говорится в посте",
        // "говорится в бюллетене безопасности, опубликованном на сайте компании".
        "говорится в бюллетене", "говорится в пресс-релизе", "говорится в документе", "говорится в отчете", "говорится в",
        "в научном журнале", "в медицинском журнале", "в журналах",
        "стало известно из публикации", "из публикации", "стало известно из материала", "из материала",
        "со ссылкой на", "по данным", "по словам", "по информации", "как передает", "как передаёт",
        "как сообщает", "как пишет", "как сообщило", "как сообщила", "как сообщил", "согласно", "ссылаясь на",
        "как отмечает", "цитирует", "передает", "передаёт", "сообщает", "пишет", "об этом пишет",
        // "по материалам телеканала X", "в разговоре с газетой X", "распространено агентством X".
        "по материалам", "в разговоре с", "в беседе с", "из сюжета", "распространено", "опубликовано",
        // "По подсчетам de Volkskrant": by the medium's count.
        "по подсчетам", "по подсчётам", "по расчетам", "по расчётам",
        "об этом свидетельствуют данные", "свидетельствуют данные", "как свидетельствуют данные", "показывают данные",
        "как показывают данные", "следует из данных",
        "обнародовано",
        "об этом сообщает", "об этом сообщило", "об этом сообщила", "об этом сообщил", "об этом заявил",
        "об этом заявила", "как информирует", "по сообщению", "по сведениям", "об этом сообщают", "сообщают",
        "об этом пишут", "пишут", "как выяснило", "как выяснил",
        "как выяснила", "как следует из материала", "следует из материала", "как сообщалось в",
        "как стало известно", "ссылается на", "в публикации", "в своем telegram-канале",
        "в разговоре с журналистом", "в разговоре с журналистами", "об этом рассказали в",
        "как сообщалось во",
        // The outlet that conducted an interview or asked for a comment: "в интервью газете X",
        // "в комментарии «X» заявил".
        "в интервью", "в комментарии",
        // "Согласно информации «X»"; "Об этом стало известно «X» от сотрудников порта".
        "согласно информации", "согласно данным", "об этом стало известно",
        // "говорится в материале X", "в эфире телеканала X".
        "говорится в материале", "говорится в публикации", "в материале", "в эфире",
        "говорится в расследовании", "говорится в статье",
        "говорится в заявлении", "говорится в пресс-релизе", "говорится в коммюнике",
        "говорится в предупреждении", "говорится в решении", "говорится в сообщении", "говорится в приговоре",
        "говорится в бюллетене", "говорится в приказе", "говорится в постановлении", "говорится в распоряжении",
        // "Как рассказывает газета X"; an outlet retelling another's report in the first person.
        // (Only the present: "как рассказали «X» в мэрии" names whom it was told.)
        "как рассказывает", "как рассказывают",
        // "в сюжете телеканала X", "появилось в ленте агентства X", "в телеграм-канале X",
        // "Эксклюзивно для «X» …".
        "в сюжете", "в ленте", "в телеграм-канале", "в telegram-канале", "эксклюзивно для",
        // "На запрос «X» в прокуратуре подтвердили": X asked, so X reported it.
        "на запрос", "в ответ на запрос",
        // "Новость появилась в рассылке X", "в свежем выпуске X".
        "появилась в", "появилось в", "появилось на", "появилась на", "в выпуске",
        "пересказываем сообщение", "пересказываем материал", "пересказываем",
    ],
    source_before: &[],
    anonymous_heads: &[
        "источник", "источники", "источников", "источника", "собеседник", "собеседники", "чиновник",
        "чиновники", "дипломат", "дипломаты", "инсайдер", "инсайдеры", "осведомленные", "осведомлённые",
        "собеседников", "чиновников", "дипломатов", "инсайдеров", "представителей", "военных", "официальных",
    ],
    anonymous_markers: &["осведомленные", "осведомлённые", "анонимные", "анонимный", "информированные", "один", "несколько", "собственные"],
    document_heads: &["доклад", "отчет", "отчёт", "заявление", "заявлении", "документ", "документе", "исследование", "письмо", "указ", "опрос", "опроса",
        "документа", "документов", "доклада", "отчета", "отчёта", "заявления", "письма", "проект", "проекта", "меморандум", "меморандума",
        "предупреждение", "предупреждении", "решение", "решении", "приговор", "приговоре", "сообщение", "сообщении",
        "бюллетень", "бюллетене", "бюллетеня", "приказ", "приказе", "приказа", "постановление", "постановлении", "распоряжение", "распоряжении"],
    back_references: &[
        "издание", "авторы", "автор", "журналисты", "журналист", "в статье", "статья", "газета", "агентство",
        "в публикации", "публикация",
    ],
    media_nouns: &[
        "сообщество", "сообщества", "паблик", "паблика", "радиостанция", "радиостанции",
        "вещатель", "вещателя", "вещателю", "телерадиокомпания", "телерадиокомпании",
        "издание", "газета", "газеты", "агентство", "агентства", "телеканал", "сайт", "портал", "журнал",
        // "американский отраслевой ресурс Game Developer".
        "ресурс", "ресурса", "интернет-ресурс", "интернет-ресурса",
        // Kinds of paper and their genitive ("британский еженедельник X", "по данным еженедельника X").
        "еженедельник", "еженедельника", "ежедневник", "ежедневника", "таблоид", "таблоида", "издания",
        "журнала", "телеканала", "портала", "сайта", "интернет-издание", "интернет-издания", "радиостанция",
        "радиостанции",
        "телеграм-канал", "телеграм-канала", "телеграм-канале", "подкаст", "подкаста", "подкасте", "телепрограмма",
        "телепрограммы", "телепрограмме", "передача", "передачи", "страница", "страницы", "странице", "аккаунт", "аккаунта",
        "бюллетень", "бюллетене", "рассылка", "рассылке", "выпуске",
        "агентство новостей",
        // Instrumental after a passive ("распространено агентством X") and other cases.
        "агентством", "газетой", "газете", "газету", "изданием", "изданию", "телеканалом", "телеканале", "сайтом",
        "сайте", "порталом", "портале", "журналом", "журнале", "телекомпания", "телекомпании", "телекомпанией",
        // "РИА «Лесные вести»": the abbreviation of an agency before its name.
        "иа", "риа", "агентстве", "издании", "telegram-канал", "telegram-канала", "telegram-канале", "канал",
        "канала", "канале",
        // Dative: "в интервью немецкой газете X".
        "газете", "изданию", "агентству", "еженедельнику", "телеканалу", "журналу", "порталу", "сайту",
    ],
    own_reporting: &["независимо подтвердил", "независимо подтвердила", "наш корреспондент", "наш журналист", "наша журналистка", "нашему корреспонденту", "нашим источникам", "рассказали нашему", "подтвердили нашему", "подтвердил нашему", "выяснил",
        "нашему журналисту", "нашему изданию", "подтвердила нашему", "рассказал нашему", "рассказала нашему", "мы поговорили",
        "нам удалось", "редакции удалось", "на вопрос редакции", "на запрос редакции", "наша редакция", "нашей редакции",
        "редакции передал", "редакции передала", "редакции передали", "передал редакции", "передала редакции",
        "передали редакции", "нашей газете", "нашему сайту",
        "нам сообщили", "нам сообщил", "нам сообщила", "нам сказали", "нам сказал", "нам сказала", "нам рассказали",
        "нам рассказал", "нам рассказала", "нам подтвердили", "нам подтвердил", "нам подтвердила", "сообщили нам",
        "сообщил нам", "сообщила нам", "сказал нам", "сказала нам", "сказали нам", "подтвердил нам", "подтвердила нам",
        "подтвердили нам", "рассказал нам", "рассказала нам", "рассказали нам",
        "мы позвонили", "мы связались", "мы обратились", "мы спросили", "мы проверили", "мы побывали", "мы узнали"],
    own_checks: &["позвонила", "позвонили", "позвонил", "связалась", "связались", "связался", "обратилась", "обратились",
        "обратился", "запросила", "запросили", "проверила", "проверили", "проверил", "побывала", "побывали", "побывал",
        "подтвердила", "подтвердили", "выяснила", "выяснили", "узнала", "узнали",
        "дозвонилась", "дозвонились", "дозвонился", "поговорила", "поговорили", "поговорил"],
};

#[rustfmt::skip]
pub static GERMAN: CueLexicon = CueLexicon {
    language: "de",
    verbs: &[
        "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "fügte", "meinte",
        "meint", "bestätigte", "bestätigt", "teilte", "warnte", "kündigte", "behauptete", "behauptet",
        "erklärt", "versicherte", "räumte", "dementierte", "verkündete", "verkündet", "verkündeten", "warnt", "warnen",
        // Only as "Das hat die Feuerwehr am Morgen auf Facebook mitgeteilt" (see the extractor).
        "mitgeteilt", "bekanntgegeben",
    ],
    media_verbs: &[
        "berichtet", "berichtete", "berichten", "meldet", "meldete", "melden", "schreibt", "schrieb",
        "telegraphiert", "telegraphierte", "telegrafiert", "veröffentlichte", "zitiert", "zitierte",
        "drahtet", "erfährt", "erfuhr", "verbreitete", "verbreiteten",
    ],
    nominal_cues: &[],
    source_after: &[
        "laut", "nach angaben", "nach angaben von", "unter berufung auf", "wie", "berichtet", "meldet",
        // "Nach Schilderung des Portals X", "nach Darstellung der Zeitung X".
        "nach schilderung", "nach der schilderung", "nach darstellung", "nach der darstellung",
        "schreibt", "gemäß", "zitiert von", "nach einem bericht", "nach einer meldung", "nach meldungen",
        // "Übereinstimmenden Berichten von X und der Y zufolge", "Nach Berichten von X".
        "berichten von", "nach berichten von", "nach berichten", "übereinstimmenden berichten von",
        // The outlet that conducted an interview: "sagte X im Interview mit Y".
        "im interview mit", "in einem interview mit", "im gespräch mit", "in einem gespräch mit",
        // "Das geht aus einem Bericht der Zeitung X hervor", "nach Informationen der X".
        "aus einem bericht", "nach informationen", "nach informationen von", "einem bericht",
        // "…, so die Regionalzeitung X."
        "so die", "so der", "so das",
        // "Die Meldung stammt von X", "heißt es in einem Artikel des X", "In einem Beitrag des X".
        "stammt von", "stammt vom", "stammen von", "heißt es in einem artikel", "heißt es in einem bericht",
        "heißt es in einem beitrag", "in einem beitrag", "einem artikel", "einem beitrag",
        // "Der Courier beruft sich auf X": X is the source (the subject relays it).
        "beruft sich auf", "berief sich auf", "berufen sich auf", "beriefen sich auf",
        // "in der neuen Ausgabe von «X»": an issue of a publication.
        "ausgabe von", "ausgabe des", "ausgabe der",
        // "heißt es bei X", "nachzulesen ist das in X".
        "heißt es bei", "nachzulesen in", "nachzulesen ist das in", "nachzulesen ist das im",
        // "hieß es in der Mitteilung des Unternehmens", "hieß es aus Regierungskreisen".
        "hieß es in", "heißt es in", "hieß es im", "heißt es im", "hieß es aus", "heißt es aus", "hieß es bei",
        // "Das geht aus einer am Dienstag veröffentlichten Umfrage des Instituts X hervor".
        "geht aus", "ging aus", "gehen aus", "gingen aus",
        // "Wie aus dem am Dienstag veröffentlichten Geschäftsbericht hervorgeht".
        "wie aus",
        // A poll commissioned by a medium: "eine Umfrage im Auftrag der Zeitung X".
        "im auftrag der", "im auftrag des", "im auftrag von",
        // "Das berichten Forschende im Fachjournal Nature", "im Fachblatt The Lancet".
        "im fachjournal", "im fachblatt", "in der fachzeitschrift", "im fachmagazin", "im journal", "in der zeitschrift",
    ],
    source_before: &["zufolge", "berichtet", "meldet"],
    anonymous_heads: &["quelle", "quellen", "kreise", "kreisen", "insider", "diplomat", "diplomaten", "beamte", "beamter",
        // "unter Berufung auf drei mit der Sache vertraute Personen".
        "personen"],
    anonymous_markers: &["informierte", "informierten", "gut", "eingeweihte", "anonyme", "ungenannte", "vertraute", "vertrauten"],
    document_heads: &[
        "bericht", "erklärung", "dokument", "dokumente", "studie", "brief", "mitteilung", "communiqué",
        // "Laut Präsentation", "aus den Folien": slides shown inside a company.
        "präsentation", "präsentationen", "prasentation", "prasentationen", "folien",
        "schreiben", "memo", "papier", "unterlagen", "gutachten", "protokoll", "entwurf", "umfrage", "erhebung", "hinweis", "hinweise", "sicherheitshinweis",
        // "Laut Analysen des Umweltbundesamts", "unter Berufung auf Recherchen": findings, not a name.
        "akte", "akten", "e-mail", "e-mails", "mail", "mails", "analyse", "analysen", "recherche", "recherchen", "berechnungen", "schätzungen", "daten", "zahlen", "dokumenten",
        // "heißt es in dem Post", "in einem Beitrag": a social-network post.
        "post", "posting", "beitrag", "instagram-post", "facebook-post",
        // A court's ruling, an indictment: "Laut Urteilsbegründung", "heißt es in der Anklage".
        "handelsregister", "register", "unternehmensregister", "urteil", "urteils", "urteilsbegründung", "urteilsbegrundung", "begrundung", "anklage", "anklageschrift", "beschluss", "entscheidung",
        // An authority's order or notice: "heißt es in der Verfügung", "laut Bescheid".
        "verfügung", "verfugung", "anordnung", "verordnung", "bescheid", "bußgeldbescheid", "bussgeldbescheid",
        "warnung", "warnmeldung", "unwetterwarnung",
        // A union's or a party's call: "Das geht aus einem Streikaufruf hervor".
        "aufruf", "streikaufruf",
        // "Das geht aus der Veröffentlichung hervor", "laut dem neuen Mietspiegel": a publication,
        // a rent or price index.
        "veröffentlichung", "veroffentlichung", "mietspiegel", "preisspiegel", "index",
        // "Das geht aus einem Eintrag in der Rückrufdatenbank des Kraftfahrt-Bundesamts hervor".
        "eintrag", "datenbankeintrag", "datenbank", "rückrufdatenbank", "ruckrufdatenbank",
    ],
    back_references: &[
        "die zeitung", "das blatt", "die agentur", "die autoren", "die journalisten", "der bericht",
        // Dative after "laut", "nach Angaben": "laut dem Blatt", "laut der Zeitung".
        "dem blatt", "der zeitung", "der agentur", "das portal", "dem portal", "das magazin", "dem magazin",
    ],
    media_nouns: &[
        "zeitung", "die zeitung", "agentur", "die agentur", "nachrichtenagentur", "blatt", "sender", "bureau",
        // "die russische Sportseite Sports.ru", "die Nachrichtenseite X".
        "nachrichtenseite", "sportseite", "newsseite", "wirtschaftsportal", "sportportal",
        "büro", "portal", "nachrichtenportal", "onlineportal", "magazin", "nachrichtenmagazin", "tageszeitung",
        "podcast", "podcasts", "sendung", "fernsehen", "fernsehens", "rundfunk", "rundfunks", "hörfunk", "fernsehsender",
        // "laut dem Telegram-Kanal „X“".
        "kanal", "kanals", "telegram-kanal", "telegram-kanals", "telegramkanal", "telegramkanals",
        // Genitive after "laut einem Bericht des …", "nach Angaben des …".
        "portals", "nachrichtenportals", "onlineportals", "magazins", "nachrichtenmagazins", "senders", "blattes",
        // Trade press: "dem britischen Branchendienst X", "das Fachblatt X".
        "branchendienst", "branchendienstes", "branchendiensts", "informationsdienst", "informationsdienstes",
        "fachdienst", "fachdienstes", "branchenblatt", "branchenblattes", "fachblatt", "fachblattes", "fachmagazin",
        "fachmagazins", "wirtschaftsmagazin", "wirtschaftsmagazins", "wirtschaftszeitung", "finanzportal", "finanzportals",
        // "der französischen Illustrierten „Paris Match“".
        "illustrierte", "illustrierten", "klatschblatt", "klatschblattes", "boulevardzeitung", "boulevardblatt",
    ],
    own_reporting: &["unser korrespondent", "unserem korrespondenten", "unser reporter", "unsere reporterin", "unsere korrespondentin", "unabhängig bestätigt", "erfuhr unsere", "unserer redaktion",
        "auf nachfrage unserer", "gegenüber unserer", "unsere redaktion",
        // "„…“, sagte uns der Kapitän": told the paper itself.
        "sagte uns", "sagten uns", "erzählte uns", "erzählten uns", "bestätigte uns", "bestätigten uns", "erklärte uns",
        "erklärten uns", "sagt uns", "erzählt uns", "uns gegenüber",
        // "sagte eine Sprecherin dieser Zeitung": this paper, the article's own.
        "dieser zeitung"],
    own_checks: &["fragte", "fragten", "erreichte", "erreichten", "kontaktierte", "kontaktierten", "rief", "riefen", "besuchte",
        "besuchten", "prüfte", "prüften", "überprüfte", "bestätigte", "erfuhr", "erfuhren"],
};

#[rustfmt::skip]
pub static FRENCH: CueLexicon = CueLexicon {
    language: "fr",
    verbs: &[
        "fait état de", "a fait état de", "font état de",

        "a déclaré", "déclare", "déclarait", "a dit", "dit", "a affirmé", "affirme", "a indiqué", "indique",
        "a précisé", "précise", "a ajouté", "ajoute", "a souligné", "souligne", "a expliqué", "explique",
        "a confirmé", "confirme", "a annoncé", "annonce", "a assuré", "assure", "estime", "a estimé",
        "a démenti", "dément", "a averti", "a rappelé", "rappelle", "a confié", "confie",
    ],
    media_verbs: &[
        "rapporte", "a rapporté", "écrit", "a écrit", "mande", "on mande", "télégraphie", "publie",
        "révèlent", "ont révélé", "rapportent", "ont rapporté", "écrivent", "ont écrit", "publient", "ont publié",
        "a publié", "relate", "apprend", "annonce", "signale", "cite", "révèle", "a révélé", "a appris",
        "a dévoilé", "dévoile", "avait dévoilé", "avait révélé", "relaie", "relaient", "a relayé", "ont relayé",
    ],
    nominal_cues: &[],
    source_after: &[
        // "L'information a d'abord circulé dans « X »".
        "circulé dans", "a circulé dans", "a d'abord circulé dans",
        // A journal's paper: "selon une étude parue mercredi dans la revue Nature".
        "dans la revue", "dans la revue scientifique", "dans la revue médicale",

        // "a-t-on appris auprès de l'agence X".
        "appris auprès de", "appris auprès du", "auprès de", "auprès du",
        // "L'annonce a été faite par l'intermédiaire de l'agence X", "Les images sont signées de la
        // chaîne X", "au micro de la chaîne X".
        "par l'intermédiaire de", "par l'intermédiaire du", "signées de", "signée de", "signés de", "signé de",
        "au micro de", "au micro du",
        // "d'après des informations recueillies par l'agence X".
        "recueillies par", "recueillie par", "recueillis par", "recueilli par", "obtenues par", "obtenue par",

        // "…, relaie le site anglophone X".
        "relaie", "relaient",
        // "C'est ce que révèlent mardi le Financial Times et …": the medium after the verb.
        "c'est ce que révèle", "c'est ce que révèlent", "c'est ce que rapporte", "c'est ce que rapportent",
        "c'est ce qu'écrit", "c'est ce qu'écrivent", "c'est ce qu'affirme", "c'est ce qu'affirment",
        "c'est ce qu'annonce", "ce que révèle", "ce que révèlent", "ce que rapporte", "ce que rapportent",
        "selon", "d'après", "citant", "cité par", "citée par", "rapporte", "a rapporté", "rapportée par",
        "rapportent", "rapportent nos confrères de", "rapportent nos confrères du", "nos confrères de", "nos confrères du",
        "écrivent nos confrères de", "écrivent nos confrères du", "affirment nos confrères de", "affirment nos confrères du",
        "publiée par", "publié par", "révélée par", "révélé par", "relayée par", "relayé par", "annoncée par",
        "annoncé par", "comme l'indique", "comme l'a indiqué", "comme le rapporte", "comme l'a rapporté",
        "comme le souligne", "comme l'écrit", "comme l'a écrit", "comme l'a révélé", "comme le révèle",
        // The plural: "Comme l'ont révélé Les Echos".
        "comme l'ont révélé", "comme le révèlent", "comme l'ont rapporté", "comme le rapportent",
        "comme l'ont indiqué", "comme l'indiquent", "comme l'ont écrit", "comme l'écrivent",
        "comme l'a annoncé", "comme l'ont annoncé", "comme l'annonce", "comme l'a dévoilé", "comme l'ont dévoilé",
        "rapporté par", "de source", "au dire de", "aux dires de", "à en croire", "mande", "on mande de",
        "annonce", "écrit", "relate", "dépêche de", "dépêche", "télégramme de", "une dépêche de",
        "suivant", "communique", "communiqué de", "d'après les informations de", "d'après les informations du",
        "selon les informations de", "selon les informations du", "selon nos confrères de", "selon nos confrères du",
        "selon les informations d'", "d'après les informations d'", "selon une information d'", "selon les révélations d'",
        "selon une information de", "selon une information du", "d'après une information de",
        "selon les révélations de", "selon les révélations du", "d'après les révélations de",
        "d'après les révélations du",
        "d'après une information du", "selon des informations de", "selon des informations du",
        "reprises par", "repris par", "reprise par", "relayé par", "relayée par", "relayés par", "relayées par",
        "révèle", "a révélé", "dans un entretien accordé à", "dans une interview accordée à",
        // "… accordé mardi soir à la chaîne X", "… accordé au Monde": the time and preposition
        // are read after the cue.
        "dans un entretien accordé", "dans une interview accordée", "dans un entretien donné", "dans une interview donnée",
        "dans un entretien accordé au", "dans une interview accordée au",
        // The medium that heard it: "a confié le maire au quotidien régional X".
        "au quotidien", "au journal", "à l'hebdomadaire", "au site", "à l'agence",
        // The medium that asked: "Interrogé par X, le maire a confirmé …".
        "interrogé par", "interrogée par", "interrogés par", "contacté par", "contactée par", "contactés par",
        "joint par", "jointe par", "sollicité par", "sollicitée par", "questionné par", "questionnée par",
    ],
    source_before: &[],
    anonymous_heads: &["source", "sources", "milieux", "cercles", "responsable", "responsables", "diplomate", "diplomates"],
    anonymous_markers: &["informés", "bien", "proche", "proches", "anonyme", "autorisés", "autorisée"],
    document_heads: &["rapport", "communiqué", "déclaration", "document", "étude", "lettre", "note", "sondage", "enquête", "bulletin", "arrêté", "décision", "avis", "délibération", "ordonnance", "jugement", "arrêt", "décret", "circulaire"],
    back_references: &["le journal", "la publication", "l'agence", "les auteurs", "les journalistes", "l'article", "le quotidien",
        "le magazine", "l'hebdomadaire", "le site", "la chaîne", "la radio", "le média", "le mensuel", "la revue",
        "la télévision", "le quotidien britannique", "le journal britannique"],
    media_nouns: &["journal", "le journal", "agence", "l'agence", "quotidien", "le quotidien", "dépêche", "la dépêche", "télégramme",
        "revue", "émission", "podcast", "compte", "média", "médias",
        "site", "le site", "hebdomadaire", "l'hebdomadaire", "magazine", "portail", "chaîne", "radio", "télévision", "télé", "station", "mensuel", "bimensuel", "bulletin",
        // "le diffuseur public ukrainien Souspilne".
        "diffuseur", "radiodiffuseur"],
    own_reporting: &["notre correspondant", "notre correspondante", "notre envoyé", "notre envoyée", "nos envoyés",
        "notre journaliste", "nos journalistes", "notre reporter",
        "de notre correspondant", "de notre correspondante", "confirmé de manière indépendante",
        // "« … », nous a confié le capitaine": told the paper itself.
        "nous a confié", "nous a dit", "nous a déclaré", "nous a expliqué", "nous a raconté", "nous a confirmé",
        "nous a indiqué", "nous a affirmé", "nous ont confié", "nous ont dit", "nous ont expliqué", "nous ont confirmé",
        "nous ont raconté", "nous ont indiqué", "nous confie", "nous explique", "nous raconte", "nous confirme"],
    own_checks: &["a contacté", "ont contacté", "a joint", "a appelé", "a interrogé", "a vérifié", "a pu vérifier",
        "a confirmé", "s'est rendu", "s'est rendue", "a appris"],
};


#[rustfmt::skip]
pub static POLISH: CueLexicon = CueLexicon {
    language: "pl",
    verbs: &[
        "powiedział", "powiedziała", "powiedzieli", "mówi", "mówią", "oświadczył", "oświadczyła", "stwierdził",
        "stwierdziła", "dodał", "dodała", "zaznaczył", "zaznaczyła", "podkreślił", "podkreśliła", "potwierdził",
        "potwierdziła", "potwierdzili", "przekazał", "przekazała", "wyjaśnił", "wyjaśniła", "zapowiedział",
        "zapowiedziała", "ocenił", "oceniła", "uważa", "twierdzi", "przyznał", "przyznała", "zapewnił", "zapewniła",
        "ostrzegł", "ostrzegła", "ogłosił", "ogłosiła", "zdementował", "zdementowała",
        // "— ustalił ukraiński nadawca publiczny Suspilne": what a medium (or anyone) found out.
        "ustalił", "ustaliła", "ustaliło", "ustalili", "dowiedział się", "dowiedziała się", "dowiedziało się",
    ],
    media_verbs: &[
        "podał", "podała", "podało", "podaje", "podają", "pisze", "piszą", "napisał", "napisała", "napisało",
        "donosi", "donoszą", "doniósł", "doniosła", "informuje", "informują", "poinformował", "poinformowała",
        "poinformowało", "poinformowali", "ujawnił", "ujawniła", "ujawniło", "opublikował", "opublikowała",
        "opublikowało", "relacjonuje",
    ],
    nominal_cues: &[],
    source_after: &[
        "według", "powołując się na", "powołuje się na", "powołują się na", "jak podaje", "jak podał", "jak podała",
        // "– piszemy za monachijskim dziennikiem „Süddeutsche Zeitung”": we write after it.
        "piszemy za", "podajemy za", "informujemy za", "pisze za", "podaje za", "podał za", "podała za",
        "jak pisze", "jak napisał", "jak napisała", "jak informuje", "jak poinformował", "jak poinformowała",
        "jak relacjonuje", "jak relacjonował", "jak relacjonowała", "jak twierdzi", "jak przekazał", "jak przekazała",
        "jak donosi", "jak ustalił", "jak ustaliła", "jak ustalili", "jak ustaliło", "wynika ze", "jak wynika ze", "cytowany przez", "cytowana przez", "cytowani przez",
        "za agencją", "za portalem", "za dziennikiem", "za serwisem", "za gazetą", "za stacją", "za tygodnikiem",
        "podaje", "podał", "podała", "pisze", "donosi", "informuje",
        // "wynika z najnowszego sondażu pracowni X", "jak wynika z komunikatu".
        "wynika z", "jak wynika z", "wynikało z", "wynika to z",
        // "czytamy w liście pasterskim Konferencji Episkopatu Polski": what a document says.
        "czytamy w", "jak czytamy w", "napisano w", "jak napisano w",
        // The medium that held the interview: "w rozmowie z PAP", "w wywiadzie dla RMF FM".
        "w rozmowie z", "w wywiadzie dla", "w wywiadzie z", "w rozmowie dla",
        // A poll commissioned by a medium: "sondaż pracowni X dla dziennika „Y”".
        "dla dziennika", "dla tygodnika", "dla portalu", "dla gazety", "dla stacji", "dla telewizji", "dla radia",
    ],
    source_before: &[],
    anonymous_heads: &["źródła", "źródło", "źródeł", "rozmówcy", "rozmówców", "urzędnicy", "urzędników", "dyplomaci",
        "dyplomatów", "osoby", "osób"],
    anonymous_markers: &["anonimowe", "anonimowy", "anonimowych", "zaznajomione", "zaznajomionych", "zbliżone",
        "zbliżonych", "poinformowane", "poinformowanych", "nieoficjalnie"],
    document_heads: &["raport", "raportu", "oświadczenie", "oświadczeniu", "komunikat", "komunikacie", "dokument",
        "dokumentu", "projekt", "projektu", "komunikatu", "sondaż", "sondażu", "badanie", "badania",
        // A letter ("w liście pasterskim"), a post ("we wpisie").
        "list", "liście", "listu", "wpis", "wpisie", "wpisu",
        // "Jak czytamy w dokumencie urzędu", "z decyzji", "w uzasadnieniu".
        "dokumencie", "decyzja", "decyzji", "decyzję", "uzasadnienie", "uzasadnieniu", "raporcie"],
    back_references: &["dziennik", "dziennika", "gazeta", "gazety", "magazyn", "magazynu", "tygodnik", "tygodnika",
        "portal", "portalu", "agencja", "agencji", "serwis", "serwisu", "autorzy", "autorów", "dziennikarze",
        "brytyjskiego dziennika", "brytyjski dziennik", "amerykańskiego dziennika", "amerykański dziennik",
        "amerykańskiego magazynu", "amerykański magazyn", "niemieckiego dziennika", "brytyjskiej gazety"],
    media_nouns: &["dziennik", "dziennika", "dziennikowi", "gazeta", "gazety", "gazecie", "tygodnik", "tygodnika",
        "magazyn", "magazynu", "portal", "portalu", "serwis", "serwisu", "agencja", "agencji", "agencją", "stacja",
        "stacji", "telewizja", "telewizji", "radio", "radia", "rozgłośnia", "rozgłośni", "kanał", "kanału"],
    own_reporting: &["nasz korespondent", "nasza korespondentka", "naszemu korespondentowi", "naszej korespondentce",
        "nasz reporter", "nasza reporterka", "naszemu reporterowi", "naszej reporterce", "naszemu dziennikarzowi",
        "naszej dziennikarce",
        "naszej redakcji", "powiedział nam", "powiedziała nam", "ustaliliśmy", "dowiedzieliśmy się",
        // "O planach resortu poinformowali nas dwaj dyplomaci": told us.
        "poinformowali nas", "poinformował nas", "poinformowała nas", "przekazali nam", "przekazał nam", "przekazała nam",
        "powiedzieli nam", "nasi rozmówcy", "naszych rozmówców", "nasz rozmówca", "naszego rozmówcy",
        // "– mówi nam Grzegorz Pawlas": says to us, in the present of a reportage.
        "mówi nam", "mówią nam", "mówił nam", "mówiła nam", "opowiada nam", "tłumaczy nam", "wyjaśnia nam", "przyznaje nam"],
    own_checks: &["ustalił", "ustaliła", "ustaliło", "dowiedział się", "dowiedziała się", "sprawdził", "sprawdziła",
        "zapytał", "zapytała"],
};

/// All lexicons, in a fixed order.
pub static SPANISH: CueLexicon = CueLexicon {
    language: "es",
    verbs: &[
        "dijo", "ha dicho", "dice", "afirmó", "ha afirmado", "afirma", "declaró", "ha declarado", "declara",
        "aseguró", "ha asegurado", "asegura", "explicó", "ha explicado", "explica", "añadió", "ha añadido",
        "señaló", "ha señalado", "señala", "indicó", "ha indicado", "indica", "subrayó", "ha subrayado",
        "confirmó", "ha confirmado", "confirma", "anunció", "ha anunciado", "anuncia", "advirtió", "ha advertido",
        "negó", "ha negado", "niega", "desmintió", "ha desmentido", "destacó", "ha destacado", "precisó",
        "ha precisado", "reconoció", "ha reconocido", "sostuvo", "sostiene", "apuntó", "ha apuntado", "escribió",
        "ha escrito", "publicó en", "comentó", "ha comentado",
        // Plural subjects: "informaron los bomberos", "dijeron fuentes".
        "dijeron", "han dicho", "afirmaron", "declararon", "aseguraron", "explicaron", "añadieron", "señalaron",
        "indicaron", "confirmaron", "anunciaron", "advirtieron", "negaron", "precisaron", "escribieron",
    ],
    media_verbs: &[
        "informa", "informó", "ha informado", "publica", "publicó", "ha publicado", "adelanta", "adelantó",
        // "un vídeo que el marinero … colgó el domingo en su cuenta de TikTok".
        "colgó", "compartió",
        "ha adelantado", "recoge", "recogió", "ha recogido", "revela", "reveló", "ha revelado", "difunde",
        "difundió", "ha difundido", "avanza", "avanzó", "ha avanzado", "asegura", "cuenta", "contó", "relata",
        "relató", "reporta", "reportó", "informaron", "han informado", "publicaron", "revelaron", "difundieron",
        "informan", "publican", "adelantan", "revelan", "recogen",
        // The imperfect of news: "El diario alemán 'Bild' lo publicaba este sábado".
        "publicaba", "adelantaba", "informaba", "revelaba",
    ],
    nominal_cues: &[],
    source_after: &[
        "según", "según informa", "según informó", "según ha informado", "según ha publicado", "según publica",
        "según recoge", "según adelanta", "según adelantó", "según ha adelantado", "según revela", "según reveló",
        "según ha revelado", "según fuentes de", "de acuerdo con",
        // "según detalla Engadget", "Tal y como recogen en The Verge": the medium after the verb
        // (impersonal "recogen en").
        "según detalla", "según detallan", "según explica", "según cuenta", "según cuentan", "según apunta",
        "según señala", "según recogen", "según publican", "según informan", "según revelan", "según recogen en",
        "tal y como recoge", "tal y como recogen", "tal y como recogen en", "tal como recoge", "tal como recogen en",
        "tal y como informa", "tal y como publica", "tal y como adelanta", "tal y como ha publicado",
        "tal y como ha informado", "tal y como ha adelantado", "tal y como detalla", "tal y como explica",
        "como recoge", "como recogen en", "citando a", "citando", "citado por", "citada por",
        // "según informó la agencia Reuters, que cita al diario brasileño Valor Econômico".
        "que cita a", "que cita al", "que citaba a", "que citaba al", "que cita al diario", "que cita al periódico",
        "que cita a la agencia", "que cita a la cadena", "que cita a la revista", "que cita al portal", "que cita al medio",
        "citados por", "citadas por", "como adelantó", "como ha adelantado", "como adelanta", "como informó",
        "como ha informado", "como publicó", "como ha publicado", "como reveló", "como ha revelado", "informa",
        "informó", "ha informado", "publica", "publicó", "recoge", "adelanta", "adelantó", "revela", "reveló",
        // "Así lo ha informado el ministerio", "lo publica el diario X": the subject after the verb.
        "lo ha informado", "lo informa", "lo informó", "lo publica", "lo publicó", "lo ha publicado", "lo ha anunciado",
        "lo anunció", "lo ha confirmado", "lo confirmó", "lo ha dicho", "lo dijo", "lo ha adelantado", "lo adelanta",
        "lo recoge", "lo revela", "lo ha revelado", "lo ha asegurado", "lo aseguró", "lo adelantó", "lo ha avanzado", "lo avanzó",
        // "Así lo publican la revista X y el diario Y": plural subjects.
        "lo publican", "lo publicaron", "lo informan", "lo informaron", "lo adelantan", "lo revelan", "lo recogen",
        "en declaraciones a", "en una entrevista con", "en una entrevista concedida a", "a la agencia", "al diario",
        "al periódico", "a la cadena", "a la emisora", "con información de",
    ],
    source_before: &[],
    anonymous_heads: &["fuentes", "fuente", "funcionarios", "funcionario", "diplomáticos", "diplomático", "responsables",
        "personas", "interlocutores"],
    anonymous_markers: &["anónimo", "anónima", "anonimato", "cercanas", "cercana", "próximas", "conocedoras",
        "diplomáticas", "gubernamentales", "oficiales", "consultadas"],
    document_heads: &["informe", "comunicado", "documento", "carta", "nota", "declaración", "borrador", "memorando", "encuesta", "sondeo", "boletín", "resolución", "decreto", "sentencia", "auto", "decisión", "circular", "orden", "estudio", "aviso", "alerta"],
    back_references: &["el diario", "el periódico", "la agencia", "el rotativo", "el medio", "la cadena", "el portal",
        "los autores", "los periodistas", "el artículo", "la publicación", "el semanario", "la revista", "la emisora"],
    media_nouns: &["diario", "periódico", "agencia", "rotativo", "semanario", "revista", "cadena", "emisora", "radio",
        "televisión", "portal", "medio", "digital", "canal", "programa", "web"],
    own_reporting: &["nuestro corresponsal", "nuestra corresponsal", "nuestro enviado", "nuestra enviada",
        "ha podido saber", "ha sabido", "ha confirmado de forma independiente", "fuentes consultadas por",
        "ha podido confirmar", "dijo a este diario", "ha dicho a este diario", "explicó a este diario",
        "declaró a este diario", "ha confirmado a este diario", "confirmó a este diario", "consultado por este diario",
        "consultada por este diario",
        // "explica a este periódico la jefa de Medicina Interna": told the paper itself, whatever the verb.
        "a este diario", "a este periódico", "a este medio", "por este periódico", "por este medio", "con este periódico"],
    own_checks: &["ha podido saber", "ha podido confirmar", "ha confirmado", "ha verificado", "ha contactado",
        "consultó", "ha consultado"],
};

pub static ITALIAN: CueLexicon = CueLexicon {
    language: "it",
    verbs: &[
        "ha detto", "dice", "ha dichiarato", "dichiara", "ha affermato", "afferma", "ha spiegato", "spiega",
        "ha aggiunto", "aggiunge", "ha sottolineato", "sottolinea", "ha confermato", "conferma", "ha annunciato",
        "annuncia", "ha assicurato", "assicura", "ha precisato", "precisa", "ha avvertito", "ha smentito",
        "smentisce", "ha negato", "nega", "ha ribadito", "ribadisce", "ha osservato", "osserva", "ha scritto",
        "ha commentato", "commenta", "ha riconosciuto", "ha sostenuto", "sostiene", "ha comunicato", "comunica",
        // Plural subjects: "hanno detto i vigili del fuoco".
        "hanno detto", "hanno dichiarato", "hanno affermato", "hanno spiegato", "hanno aggiunto", "hanno confermato",
        "hanno annunciato", "hanno precisato", "hanno scritto", "hanno comunicato", "hanno fatto sapere",
        // "Lo ha fatto sapere Deutsche Bahn in un comunicato": made known.
        "ha fatto sapere", "fa sapere", "fanno sapere", "ha reso noto", "rende noto", "hanno reso noto",
    ],
    media_verbs: &[
        "riporta", "ha riportato", "riferisce", "ha riferito", "scrive", "ha scritto", "pubblica", "ha pubblicato",
        "rivela", "ha rivelato", "anticipa", "ha anticipato", "rende noto", "ha reso noto", "racconta",
        "ha raccontato", "informa", "ha informato", "riprende", "ha ripreso",
        // Plural subjects: "come riportano Le Monde e la Bbc".
        "riportano", "hanno riportato", "riferiscono", "hanno riferito", "scrivono", "rivelano", "hanno rivelato",
        // "il Corriere della Sera aveva rivelato il contenuto del verbale".
        "aveva rivelato", "aveva scritto", "aveva riportato", "aveva anticipato", "aveva pubblicato",
    ],
    nominal_cues: &[],
    source_after: &[
        "come ha rivelato", "come hanno rivelato", "come ha riportato", "come hanno riportato", "come ha scritto", "come hanno scritto", "come ha riferito", "come hanno riferito", "come ha anticipato", "come hanno anticipato", "come ha raccontato", "come hanno raccontato", "come ha reso noto", "come hanno reso noto", "come ha rivelato per primo", "come ha rivelato per prima", "come ha riportato per primo", "come ha riportato per prima", "come ha scritto per primo", "come ha scritto per prima", "come ha riferito per primo", "come ha riferito per prima", "come ha anticipato per primo", "come ha anticipato per prima",
        "secondo", "stando a", "stando al", "stando alla", "stando all'", "stando ai", "stando alle", "stando agli",
        "secondo quanto riporta", "secondo quanto riportato da", "secondo quanto riferisce",
        "secondo quanto riferito da", "secondo quanto scrive", "secondo quanto rivela", "secondo quanto anticipa",
        "secondo quanto appreso da", "secondo quanto comunica", "secondo quanto comunicato da", "secondo quanto annuncia",
        "secondo quanto annunciato da", "secondo quanto dichiarato da", "secondo quanto reso noto da", "secondo quanto fa sapere",
        "secondo quanto precisa", "come riportato da", "come riporta", "come riferisce", "come scrive",
        "come rivelato da", "come anticipato da", "come riportato dal", "come riportato dalla", "come riportato dall'",
        "come riferito dal", "come riferito dalla", "come riferito dall'", "secondo quanto riportato dal",
        "secondo quanto riportato dalla", "secondo quanto riportato dall'", "riportato dal", "riportata dal",
        "riportato dalla", "riportata dalla", "riportato dall'", "riportata dall'", "citando", "citato da",
        // ("secondo quanto riportato dallo Standard": "dallo" before s + consonant.)
        "secondo quanto riportato dallo", "come riportato dallo", "come riferito dallo", "riportato dallo", "riportata dallo",
        "secondo quanto riferito dallo", "come rivelato dallo", "come anticipato dallo",
        // "Lo riporta l'agenzia X", "lo ha scritto su Telegram il ministro": the clitic object
        // before the verb, the subject after it.
        "lo riporta", "lo ha riportato", "lo scrive", "lo ha scritto", "lo riferisce", "lo ha riferito", "lo rende noto",
        "lo ha reso noto", "lo ha detto", "lo ha annunciato", "lo annuncia", "lo ha dichiarato", "lo dichiara",
        // "Lo ha stabilito la Corte di giustizia … con una sentenza": a court's or a body's ruling.
        "lo ha stabilito", "lo stabilisce", "lo ha deciso", "lo ha comunicato", "lo comunica",
        // "Lo hanno raccontato il quotidiano … e l'emittente …": two subjects after the verb.
        "lo hanno raccontato", "lo ha raccontato", "lo racconta", "lo hanno riferito", "lo hanno riportato", "lo hanno scritto",
        "lo hanno annunciato", "lo hanno reso noto",
        // "Si legge nel bollettino diffuso dal Dipartimento …": what a document reads.
        "si legge nel", "si legge nella", "si legge in", "si legge sul",
        // "È quanto emerge dal cruscotto statistico pubblicato dal Viminale": what it comes from.
        "emerge dal", "emerge dalla", "emerge dai", "emerge dalle", "emerge dall'",
        "lo afferma", "lo ha affermato", "lo conferma", "lo ha confermato", "lo rivela", "lo ha rivelato",
        "lo ha fatto sapere", "lo fa sapere", "lo hanno fatto sapere",
        "lo ha raccontato", "lo racconta", "lo ha spiegato", "lo spiega", "lo dice", "lo ha ammesso",
        "lo ammette", "lo ha precisato", "lo precisa", "lo ha comunicato", "lo comunica", "lo ha anticipato", "lo anticipa", "lo ha svelato", "lo svela", "lo ha rilanciato",
        // "come riportato dall'agenzia X": the article is glued to the noun.
        "come riportato", "come riferito", "secondo quanto riportato", "secondo quanto riferito", "come scritto", "citata da", "citati da", "citate da",
        "riportato da", "riportata da", "riferito da", "riferita da", "stando a", "a quanto riporta", "a quanto riferisce",
        "in un'intervista a", "in un'intervista al", "in un'intervista alla", "all'agenzia", "al quotidiano",
        "al giornale", "alla rete", "riporta", "riferisce", "scrive", "pubblica", "rivela", "anticipa",
        "come riportano", "come riferiscono", "come scrivono", "secondo quanto riportano", "secondo quanto riferiscono",
        "secondo quanto scrivono", "lo riportano", "lo riferiscono", "lo scrivono", "riportano", "riferiscono", "scrivono",
        // "La notizia è stata data dal sito ucraino Ukrainska Pravda": the news given by the medium.
        "è stata data da", "è stata data dal", "è stata data dalla", "è stata data dall'", "è stato dato da",
        "è stato dato dal", "è stato dato dalla", "è stato dato dall'", "è stata diffusa da", "è stata diffusa dal",
        "è stata diffusa dalla", "è stata diffusa dall'", "è stato diffuso da", "è stato diffuso dal",
        "è stato diffuso dalla", "è stato diffuso dall'", "è stata rivelata da", "è stata rivelata dal",
        "è stata rivelata dalla", "è stata rivelata dall'", "è stato rivelato da", "è stato rivelato dal",
        "è stato rivelato dalla", "è stato rivelato dall'", "è stata riportata da", "è stata riportata dal",
        "è stata riportata dalla", "è stata riportata dall'", "è stato riportato da", "è stato riportato dal",
        "è stato riportato dalla", "è stato riportato dall'", "è stata lanciata da", "è stata lanciata dal",
        "è stata lanciata dalla", "è stata lanciata dall'", "è stato lanciato da", "è stato lanciato dal",
        "è stato lanciato dalla", "è stato lanciato dall'", "è stata pubblicata da", "è stata pubblicata dal",
        "è stata pubblicata dalla", "è stata pubblicata dall'", "è stato pubblicato da", "è stato pubblicato dal",
        "è stato pubblicato dalla", "è stato pubblicato dall'", "è stata anticipata da", "è stata anticipata dal",
        "è stata anticipata dalla", "è stata anticipata dall'", "è stato anticipato da", "è stato anticipato dal",
        "è stato anticipato dalla", "è stato anticipato dall'",
    ],
    source_before: &[],
    anonymous_heads: &["fonti", "fonte", "funzionari", "funzionario", "diplomatici", "diplomatico", "persone",
        "interlocutori", "ambienti"],
    anonymous_markers: &["anonimo", "anonima", "anonimato", "vicine", "vicina", "vicino", "informate", "governative",
        "diplomatiche", "qualificate", "ufficiali"],
    document_heads: &["rapporto", "comunicato", "documento", "lettera", "nota", "dichiarazione", "bozza", "relazione", "sondaggio", "bollettino", "ordinanza", "decreto",
        "delibera", "provvedimento", "sentenza", "decisione", "circolare", "avviso", "studio", "ricerca",
        "cruscotto", "dati"],
    back_references: &["il quotidiano", "il giornale", "l'agenzia", "il sito", "la testata", "gli autori",
        "i giornalisti", "l'articolo", "la rete", "l'emittente", "il settimanale", "la rivista", "il periodico",
        "il magazine", "il mensile"],
    media_nouns: &["quotidiano", "giornale", "agenzia", "l'agenzia", "dall'agenzia", "dell'agenzia",
        "l'emittente", "dall'emittente", "settimanale", "rivista", "rete", "emittente", "radio",
        "televisione", "sito", "testata", "canale", "programma", "portale", "blog"],
    own_reporting: &["il nostro corrispondente", "la nostra corrispondente", "il nostro inviato", "la nostra inviata",
        "nostro corrispondente", "nostro inviato", "ha appreso", "ha potuto verificare", "ha confermato in modo indipendente",
        "ha detto al nostro giornale", "ha dichiarato al nostro giornale", "ci ha detto", "ci ha spiegato",
        "ci ha confermato", "ci ha raccontato", "al nostro giornale", "a questo giornale"],
    own_checks: &["ha appreso", "ha verificato", "ha potuto verificare", "ha contattato", "ha consultato"],
};

pub static PORTUGUESE: CueLexicon = CueLexicon {
    language: "pt",
    verbs: &[
        "disse", "diz", "afirmou", "afirma", "declarou", "declara", "explicou", "explica", "acrescentou",
        "acrescenta", "sublinhou", "sublinha", "confirmou", "confirma", "anunciou", "anuncia", "garantiu",
        "garante", "precisou", "advertiu", "alertou", "negou", "nega", "desmentiu", "desmente", "indicou",
        "indica", "referiu", "refere", "salientou", "salienta", "escreveu", "comentou", "reconheceu", "defendeu",
        // Plural subjects: "informaram os Bombeiros Voluntários de Machico".
        "disseram", "afirmaram", "declararam", "explicaram", "acrescentaram", "confirmaram", "anunciaram",
        "garantiram", "precisaram", "alertaram", "negaram", "indicaram", "referiram", "escreveram",
    ],
    media_verbs: &[
        "noticiou", "noticia", "avançou", "avança", "informou", "informa", "publicou", "publica", "revelou",
        "revela", "escreve", "escreveu", "relatou", "relata", "divulgou", "divulga", "adiantou", "adianta",
        "reportou", "reporta", "informaram", "noticiaram", "publicaram", "revelaram", "divulgaram", "relataram",
    ],
    nominal_cues: &[],
    source_after: &[
        "segundo", "segundo o", "segundo a", "de acordo com", "citando", "citado por", "citada por", "citados por",
        "citadas por", "conforme noticiou", "conforme avançou", "conforme informou", "conforme revelou",
        "como noticiou", "como avançou", "como informou", "como revelou", "como adiantou", "noticiou", "avançou",
        "informou", "publicou", "revelou", "escreve", "adianta", "em declarações à", "em declarações ao",
        "em entrevista à", "em entrevista ao", "à agência", "ao jornal", "ao diário", "à rádio", "à televisão",
        // A passive agent: "A informação foi divulgada pela própria cantora".
        "foi divulgada pela", "foi divulgada pelo", "foi divulgado pela", "foi divulgado pelo", "foi anunciada pela",
        "foi anunciada pelo", "foi anunciado pela", "foi anunciado pelo", "foi publicada pela", "foi publicada pelo",
        "foi publicado pela", "foi publicado pelo",
        // "O caso foi relatado pelo jornal russo …", "noticiado pela agência …", "revelado pelo semanário …".
        "relatado pelo", "relatado pela", "relatada pelo", "relatada pela", "noticiado pelo", "noticiado pela", "noticiada pelo",
        "noticiada pela", "revelado pelo", "revelado pela", "revelada pelo", "revelada pela", "avançado pelo", "avançado pela",
        "avançada pelo", "avançada pela",
    ],
    source_before: &[],
    anonymous_heads: &["fontes", "fonte", "funcionários", "funcionário", "diplomatas", "diplomata", "responsáveis",
        "pessoas", "interlocutores"],
    anonymous_markers: &["anónimo", "anônimo", "anónima", "anonimato", "próximas", "próxima", "conhecedoras",
        "diplomáticas", "governamentais", "oficiais", "ouvidas"],
    document_heads: &["relatório", "comunicado", "documento", "carta", "nota", "declaração", "rascunho", "memorando", "sondagem", "pesquisa", "boletim", "despacho", "decreto", "sentença", "acórdão", "decisão", "portaria", "circular", "estudo", "aviso", "alerta"],
    back_references: &["o jornal", "o diário", "a agência", "o semanário", "a publicação", "os autores",
        "os jornalistas", "o artigo", "a estação", "o canal"],
    media_nouns: &["jornal", "diário", "agência", "semanário", "revista", "estação", "rádio", "televisão", "canal",
        "site", "portal", "publicação", "programa"],
    own_reporting: &["o nosso correspondente", "a nossa correspondente", "o nosso enviado", "a nossa enviada",
        "nosso correspondente", "sabe o", "sabe a", "apurou", "confirmou de forma independente",
        "disse ao nosso jornal", "disse a este jornal", "explicou a este jornal", "confirmou a este jornal"],
    own_checks: &["apurou", "confirmou junto", "contactou", "verificou", "consultou"],
};


#[rustfmt::skip]
pub static DUTCH: CueLexicon = CueLexicon {
    language: "nl",
    verbs: &[
        "zei", "zegt", "zeiden", "zeggen", "verklaarde", "verklaart", "verklaarden", "benadrukte", "benadrukt", "voegde",
        "bevestigde", "bevestigt", "bevestigden", "waarschuwde", "waarschuwt", "kondigde", "ontkende", "ontkent",
        "vertelde", "vertelt", "vertelden", "stelde", "stelt", "erkende", "erkent", "beweerde", "beweert", "meende",
        "liet", "noemde", "noemt", "legde", "onderstreepte", "reageerde", "antwoordde",
        // Verb and particle apart: "Dat maakte de Commissie bekend", "deelde de politie mee"
        // (read only with the particle later in the clause); the participle at the clause's end:
        // "Dat heeft het waterschap … bekendgemaakt".
        "maakte", "maakt", "maakten", "deelde", "deelt", "deelden", "bekendgemaakt", "meegedeeld",
    ],
    media_verbs: &[
        "meldt", "meldde", "meldden", "melden", "bericht", "berichtte", "berichtten", "berichten", "schrijft", "schreef",
        "schreven", "publiceerde", "publiceert", "publiceerden", "onthulde", "onthult", "onthulden", "citeert", "citeerde",
    ],
    nominal_cues: &[],
    source_after: &[
        "volgens", "aldus", "op basis van", "onder verwijzing naar", "met een beroep op", "zich baserend op",
        "zo meldt", "zo meldde", "zo schrijft", "zo schreef", "zo bericht", "zo berichtte", "meldt", "schrijft", "bericht",
        // The outlet an interview was given to: "zei hij tegenover de NOS", "in een interview met NRC".
        "tegenover", "in een interview met", "in gesprek met", "in een gesprek met",
        // "Dat blijkt uit een rapport van X", "uit cijfers van X".
        "blijkt uit", "bleek uit", "uit cijfers van", "uit gegevens van", "uit een rapport van", "uit onderzoek van",
        // "Dat staat in een rapport van de Rijksinspectie …": what a document holds.
        "staat in", "stond in", "staat in het", "stond in het",
        "in het vakblad", "in het tijdschrift", "in het wetenschappelijke tijdschrift",
    ],
    source_before: &["meldt", "bericht", "schrijft"],
    anonymous_heads: &["bronnen", "bron", "ingewijden", "insiders", "functionarissen", "diplomaten", "ambtenaren", "kringen"],
    anonymous_markers: &["anonieme", "anoniem", "ingewijde", "goed", "welingelichte", "naamloze", "betrokken", "ingelichte"],
    document_heads: &[
        "rapport", "verklaring", "persbericht", "document", "brief", "beursbericht", "studie", "onderzoek", "mededeling",
        "verslag", "notitie", "peiling", "enquête", "cijfers", "gegevens", "vonnis", "uitspraak", "besluit", "bericht",
    ],
    back_references: &[
        "de krant", "het persbureau", "het blad", "het dagblad", "het weekblad", "de omroep", "de zender", "de auteurs",
        "de journalisten", "het artikel", "de site", "het nieuwsbureau", "het agentschap",
    ],
    media_nouns: &[
        "krant", "dagblad", "weekblad", "persbureau", "nieuwsbureau", "staatspersbureau", "omroep", "zender", "blad",
        "tijdschrift", "nieuwssite", "vakblad", "magazine", "nieuwszender", "zakenkrant", "ochtendkrant", "avondkrant",
    ],
    own_reporting: &["onze correspondent", "onze verslaggever", "tegenover deze krant", "tegenover onze redactie",
        "aan deze krant", "bij navraag", "navraag door", "onze journalist", "onze journaliste", "onze verslaggeefster",
        "tegen onze krant", "tegen deze krant", "aan onze krant", "onze redactie"],
    own_checks: &["vroeg", "vroegen", "benaderde", "belde", "controleerde", "bezocht", "sprak"],
};

pub fn all() -> [&'static CueLexicon; 10] {
    [&ENGLISH, &UKRAINIAN, &RUSSIAN, &GERMAN, &FRENCH, &POLISH, &SPANISH, &ITALIAN, &PORTUGUESE, &DUTCH]
}

/// The lexicon of a language (ISO 639-1), if there is one.
pub fn lexicon(language: &str) -> Option<&'static CueLexicon> {
    all().into_iter().find(|l| l.language == language)
}

/// The lexicons to use for a text: its own language first, then English (news in every language
/// quotes English outlet names with English phrases less often, but titles and credits do). An
/// unknown language gets all of them.
pub fn for_language(language: Option<&str>) -> Vec<&'static CueLexicon> {
    match language.and_then(lexicon) {
        Some(l) if l.language == "en" => vec![l],
        Some(l) => vec![l, &ENGLISH],
        None => all().to_vec(),
    }
}

/// Folded word sequences of a phrase, as matched against text.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    crate::words(phrase).map(stemmata_text::fold).collect()
}

/// A compiled matcher of all cue phrases of one lexicon, longest phrases first.
#[derive(Debug)]
pub struct CueMatcher {
    pub language: &'static str,
    /// (folded words, kind, phrase as written), longest first.
    pub phrases: Vec<(Vec<String>, CueKind, &'static str)>,
}

impl CueMatcher {
    fn build(lex: &'static CueLexicon) -> Self {
        let mut phrases = Vec::new();
        let groups: [(&[&str], CueKind); 4] = [
            (lex.source_after, CueKind::SourceAfter),
            (lex.source_before, CueKind::SourceBefore),
            (lex.media_verbs, CueKind::MediaVerb),
            (lex.verbs, CueKind::Verb),
        ];
        for (list, kind) in groups {
            for p in list {
                let w = phrase_words(p);
                if !w.is_empty() {
                    phrases.push((w, kind, *p));
                }
            }
        }
        // Longest first so "as relayed by" wins over "relayed"; the sort is stable, so within one
        // length the group order above decides.
        phrases.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        CueMatcher {
            language: lex.language,
            phrases,
        }
    }

    /// The longest cue starting at word `i` of `folded`: (number of words, kind, phrase). In
    /// English an adverb in -ly may stand after the first word of a phrase ("spoke highly of",
    /// "voted solidly for"); it is counted in the number of words.
    pub fn match_at(&self, folded: &[String], i: usize) -> Option<(usize, CueKind, &'static str)> {
        let exact = self
            .phrases
            .iter()
            .find(|(w, _, _)| folded.len() >= i + w.len() && folded[i..i + w.len()] == w[..])
            .map(|(w, k, p)| (w.len(), *k, *p));
        if exact.is_some() || self.language != "en" {
            return exact;
        }
        let adverb = folded.get(i + 1).is_some_and(|w| {
            w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_alphabetic)
        });
        if !adverb {
            return None;
        }
        self.phrases
            .iter()
            .find(|(w, _, _)| {
                w.len() >= 2
                    && folded.len() > i + w.len()
                    && folded[i] == w[0]
                    && folded[i + 2..i + 1 + w.len()] == w[1..]
            })
            .map(|(w, k, p)| (w.len() + 1, *k, *p))
    }
}

/// The compiled matcher of a lexicon.
pub fn matcher(lex: &'static CueLexicon) -> &'static CueMatcher {
    static MATCHERS: OnceLock<Vec<CueMatcher>> = OnceLock::new();
    let all_matchers = MATCHERS.get_or_init(|| all().into_iter().map(CueMatcher::build).collect());
    all_matchers
        .iter()
        .find(|m| m.language == lex.language)
        .unwrap_or(&all_matchers[0])
}

/// Whether a folded word sequence starting at `i` equals one of `phrases` (folded); returns its length.
pub fn phrase_at(phrases: &[&str], folded: &[String], i: usize) -> Option<usize> {
    let mut best = None;
    for p in phrases {
        let w = phrase_words(p);
        if !w.is_empty() && folded.len() >= i + w.len() && folded[i..i + w.len()] == w[..] {
            best = best.max(Some(w.len()));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_cue_wins() {
        let m = matcher(&ENGLISH);
        let words: Vec<String> = phrase_words("as relayed by Censor.NET");
        let (len, kind, _) = m.match_at(&words, 0).expect("cue");
        assert_eq!((len, kind), (3, CueKind::SourceAfter));
    }

    #[test]
    fn ukrainian_cues_match_folded_text() {
        let m = matcher(&UKRAINIAN);
        let words = phrase_words("з посиланням на джерела");
        assert_eq!(
            m.match_at(&words, 0).map(|c| c.1),
            Some(CueKind::SourceAfter)
        );
        assert!(for_language(Some("uk")).len() == 2);
    }
}
