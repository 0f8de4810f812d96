//! Who published an article: from the outlet line, the URL host, or a relay phrase in the body
//! ("as relayed by Censor.NET").

use crate::normalize_line;
use stemmata_model::Outlet;

/// Second-level public suffixes common in news domains (`telegraph.co.uk`, `pravda.com.ua`).
const SECOND_LEVEL_SUFFIXES: &[&str] = &[
    "co.uk", "org.uk", "ac.uk", "gov.uk", "com.ua", "org.ua", "net.ua", "in.ua", "kiev.ua", "kyiv.ua", "com.au",
    "net.au", "org.au", "co.nz", "co.jp", "ne.jp", "co.kr", "com.br", "com.tr", "com.pl", "co.il", "co.za", "com.cn",
    "com.hk", "com.sg", "com.mx", "com.ar", "msk.ru", "spb.ru", "com.ru", "org.ru",
];

/// Subdomains that say nothing about the outlet.
const GENERIC_SUBDOMAINS: &[&str] = &["www", "m", "mobile", "amp", "global", "en", "eng", "news", "edition", "rss", "feeds"];

/// Is this line a bare domain such as `global.espreso.tv`?
pub fn looks_like_domain(s: &str) -> bool {
    let s = s.trim().trim_end_matches('/');
    let s = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")).unwrap_or(s);
    let labels: Vec<&str> = s.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.len() <= 63 && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// The host of a URL, lowercased, without `www.` or a port.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?.trim().to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    looks_like_domain(&host).then_some(host)
}

/// The registrable part of a host: `global.espreso.tv` → `espreso.tv`,
/// `www.telegraph.co.uk` → `telegraph.co.uk`.
pub fn registrable_domain(host: &str) -> String {
    let host = host.trim().trim_end_matches('.').to_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() <= 2 {
        return host;
    }
    let last_two = labels[labels.len() - 2..].join(".");
    let keep = if SECOND_LEVEL_SUFFIXES.contains(&last_two.as_str()) { 3 } else { 2 };
    labels[labels.len().saturating_sub(keep)..].join(".")
}

/// A readable outlet name from a domain: `global.espreso.tv` → `Espreso`, and hyphens part
/// words: `kyiv-post.com` → `Kyiv Post`.
pub fn name_from_domain(host: &str) -> String {
    let reg = registrable_domain(host);
    let label = reg.split('.').next().unwrap_or(&reg);
    let words: Vec<String> = label
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|f| f.to_uppercase().chain(chars).collect()).unwrap_or_default()
        })
        .collect();
    if words.is_empty() { host.to_owned() } else { words.join(" ") }
}

/// An outlet from a domain, keeping the full host as the domain.
pub fn from_domain(host: &str) -> Outlet {
    let host = host.trim().trim_end_matches('/').to_lowercase();
    let host = host.strip_prefix("https://").or_else(|| host.strip_prefix("http://")).unwrap_or(&host).to_owned();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    let name = {
        let labels: Vec<&str> = host.split('.').collect();
        if labels.len() > 2 && !GENERIC_SUBDOMAINS.contains(&labels[0]) && registrable_domain(&host) != host {
            // A distinct subdomain is often its own outlet; the name still comes from the brand.
            name_from_domain(&host)
        } else {
            name_from_domain(&host)
        }
    };
    // A well-known medium goes by its name ("www.theguardian.com" is The Guardian).
    let name = crate::media::lookup(&host).map_or(name, |m| m.name.to_string());
    Outlet { name, domain: Some(host) }
}

/// Phrases by which an article names the outlet carrying it ("as relayed by Censor.NET").
/// (", передає X" closing a sentence is the Ukrainian and Russian way an outlet says it relays:
/// "Про це пише The Times, передає РБК-Україна".)
const RELAY_PHRASES: &[&str] = &["as relayed by ", "relayed by ", ", передає ", ", передает "];

/// The outlet named in a relay phrase in `text`, e.g. `Censor.NET` in
/// "The Telegraph reported this, citing its sources, as relayed by Censor.NET."
pub fn relay_outlet_in_body(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for phrase in RELAY_PHRASES {
        if let Some(pos) = lower.find(phrase) {
            let after = text.get(pos + phrase.len()..).unwrap_or("").lines().next().unwrap_or("");
            let mut parts = Vec::new();
            for w in after.split_whitespace().take(4) {
                let w = w.trim_start_matches(['«', '"', '“', '„']);
                if !w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
                    break;
                }
                let trimmed = w.trim_end_matches(['.', ',', ';', ':', ')', '"', '”', '»']);
                parts.push(trimmed);
                if trimmed.len() < w.len() {
                    break;
                }
            }
            let name = parts.join(" ");
            if !name.is_empty() && name.chars().count() <= 60 {
                return Some(name.to_owned());
            }
        }
    }
    None
}

/// The outlet a page title ends with: "Council votes to close the baths – Corvenna Clarion",
/// "Les bains fermeront | L'Écho de Vaubrelle" (a name of at most five words, capitalised, after a
/// spaced dash or bar).
pub fn title_suffix(title: &str) -> Option<String> {
    let title = title.trim();
    let cut = [" | ", " – ", " — ", " - "].iter().filter_map(|sep| title.rfind(sep).map(|p| (p, sep.len()))).max()?;
    let (head, name) = (title[..cut.0].trim(), title[cut.0 + cut.1..].trim());
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = name.chars().next().is_some_and(char::is_uppercase);
    let plain = !name.contains(['.', '!', '?', ',', ':', ';', '"', '«', '»', '“', '”']) || looks_like_domain(name);
    // Section and format labels end titles too ("… – Live", "… | Opinion").
    const LABELS: &[&str] = &[
        "live", "live updates", "opinion", "analysis", "video", "photos", "update", "updates", "explainer", "review",
        "interview", "podcast", "editorial", "exclusive", "breaking", "breaking news", "report", "comment", "news",
    ];
    let label = LABELS.contains(&name.to_lowercase().as_str());
    // A name's words are capitalised, bar the small words of names ("Corriere della Sera", "Bild
    // am Sonntag"); Cyrillic names are in sentence case ("Тиха пристань"). A clause is no name
    // ("… – Ermittler vermuten Insider").
    const NAME_LINKS: &[&str] = &[
        "of", "the", "and", "de", "del", "della", "la", "le", "du", "des", "der", "die", "das", "und", "y", "e", "di",
        "van", "von", "on", "am", "im", "d'", "l'",
    ];
    let name_like = looks_like_domain(name)
        || crate::has_cyrillic(name) && words.len() <= 3
        || words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || w.contains('.')
                || NAME_LINKS.contains(w)
                || NAME_LINKS.iter().any(|l| l.ends_with('\'') && w.starts_with(l))
        });
    (capitalised && plain && name_like && !label && (1..=5).contains(&words.len()) && head.split_whitespace().count() >= 3)
        .then(|| name.to_string())
}

/// Whether the body reports the medium a title ends with as its source ("… — WSJ" over
/// "…, сообщила The Wall Street Journal"): then the title credits the report and names no
/// publisher. A publisher names itself too, but as the one who found out ("the Kyiv Lantern has
/// learned", "Як з'ясувала Думка.Info"), not with a verb of relaying.
fn credited_in_body(name: &str, text: &str) -> bool {
    const BEFORE: &[&str] = &[
        "according to", "reported by", "citing", "сообщила", "сообщил", "сообщило", "сообщает", "пишет", "по данным",
        "со ссылкой на", "повідомила", "повідомив", "повідомило", "повідомляє", "пише", "за даними", "з посиланням на",
        "laut", "berichtet", "berichtete", "meldet", "selon", "rapporte", "według", "podaje",
    ];
    const AFTER: &[&str] = &[
        "reported", "reports", "wrote", "writes", "сообщила", "сообщил", "сообщило", "пишет", "написала", "написал",
        "повідомила", "повідомило", "пише", "berichtet", "berichtete", "rapporte", "a rapporté",
    ];
    let lower = text.to_lowercase();
    let mut names = vec![name.to_lowercase()];
    if let Some(m) = crate::media::lookup(name) {
        names.push(m.name.to_lowercase());
        names.extend(m.names.iter().map(|n| n.to_lowercase()));
        names.extend(m.abbreviations.iter().map(|n| n.to_lowercase()));
    }
    names.retain(|n| n.chars().count() >= 2);
    names.iter().any(|n| {
        lower.match_indices(n.as_str()).any(|(at, _)| {
            let before = lower[..at].trim_end().trim_end_matches(['«', '"', '“', '„']).trim_end();
            let before = before.strip_suffix("the").map_or(before, str::trim_end);
            // (A word of its own: the medium's name and nothing glued to it.)
            let after = lower[at + n.len()..].trim_start_matches(['»', '"', '”', ',']).trim_start();
            BEFORE.iter().any(|b| before.ends_with(b)) || AFTER.iter().any(|a| after.starts_with(a))
        })
    })
}

/// Phrases of a newsroom's own contact with a source, before the medium's name: "Contacté par
/// X, le porte-parole a confirmé", "the mayor told X", "a confié à franceinfo".
const CONTACT_PHRASES: &[&str] = &[
    "contacted by ", "reached by ", "when asked by ", "in an interview with ", "speaking to ",
    "contacté par ", "contactée par ", "contactés par ", "contactées par ", "joint par ", "jointe par ",
    "joints par ", "interrogé par ", "interrogée par ", "sollicité par ", "sollicitée par ", "a confié à ",
    "a déclaré à ", "a indiqué à ", "a précisé à ", "auf anfrage von ", "im gespräch mit ", "im interview mit ",
];

/// The medium an article without an outlet line names only as the one that contacted its
/// sources ("Contacté par Le Journal des Affaires, le porte-parole a confirmé"), never as a
/// source it credits: the article's own newsroom. One such name, or none.
pub fn contact_outlet_in_body(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let mut found: Option<String> = None;
    for phrase in CONTACT_PHRASES {
        for (pos, _) in lower.match_indices(phrase) {
            // (The phrase starts a word.)
            if lower[..pos].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            // (Positions in the lower-cased text; a text whose case changes its length is skipped.)
            let Some(after) = text.get(pos + phrase.len()..) else { continue };
            let after = after.lines().next().unwrap_or("");
            let after = after.strip_prefix("the ").unwrap_or(after);
            let mut parts: Vec<&str> = Vec::new();
            for w in after.split_whitespace().take(7) {
                let w = w.trim_start_matches(['«', '"', '“', '„']);
                let trimmed = w.trim_end_matches(['.', ',', ';', ':', ')', '"', '”', '»']);
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                // ("Le Journal des Affaires du Rhône": lower-case links inside a name.)
                let link = !parts.is_empty() && matches!(trimmed, "de" | "du" | "des" | "la" | "le" | "of" | "the" | "d'" | "l'");
                if !(capital || link || parts.is_empty() && crate::media::lookup(trimmed).is_some()) {
                    break;
                }
                parts.push(trimmed);
                if trimmed.len() < w.len() {
                    break;
                }
            }
            while parts.last().is_some_and(|w| !w.chars().next().is_some_and(char::is_uppercase) && crate::media::lookup(w).is_none()) {
                parts.pop();
            }
            let name = parts.join(" ");
            if name.is_empty() || name.chars().count() > 60 {
                continue;
            }
            // A medium's name: one the registry knows or one with a media word in it.
            let medium = crate::media::lookup(&name).is_some() || name.split_whitespace().any(|w| MEDIA_NAME_WORDS.contains(&w.to_lowercase().as_str()));
            if !medium {
                continue;
            }
            match &found {
                Some(f) if *f != name => return None,
                _ => found = Some(name),
            }
        }
    }
    found.filter(|n| !credited_in_body(n, text))
}

/// Words that make a capitalised phrase a medium's name ("Journal", "Zeitung", "Radio").
const MEDIA_NAME_WORDS: &[&str] = &[
    "journal", "times", "post", "news", "herald", "tribune", "gazette", "courier", "courrier", "ledger", "daily",
    "radio", "tv", "télévision", "zeitung", "rundschau", "anzeiger", "kurier", "bote", "tagblatt", "nachrichten",
    "presse", "press", "quotidien", "gazette", "dépêche", "écho", "echo", "observateur", "monitor", "sentinel",
    "express", "magazine", "revue", "review", "chronicle", "dispatch", "bulletin", "affaires", "matin", "soir",
];

/// Whether a domain is written as a name: a capital opening a word of lower-case letters
/// ("Sports.ru", "Cybersport.ru", "Censor.NET").
fn styled_domain(s: &str) -> bool {
    let first = s.split('.').next().unwrap_or("");
    first.starts_with(char::is_uppercase) && first.chars().skip(1).any(char::is_lowercase)
}

/// Decide the outlet: the stated one (a domain or a name), else the URL's host, else a relay
/// phrase in the body, else the name a page title ends with. Records in `extra["outlet_from"]`
/// which it was.
pub fn infer(
    stated: Option<&str>,
    url: Option<&str>,
    title: &str,
    text: &str,
    extra: &mut serde_json::Map<String, serde_json::Value>,
) -> Option<Outlet> {
    let url_host = url.and_then(host_of);
    let mut from = "stated";
    let outlet = match stated.map(normalize_line).filter(|s| !s.is_empty()) {
        // (A domain written with capitals is the outlet's own styling of its name: "Sports.ru",
        // "Censor.NET".)
        // (Not a name in capitals: "LIGA.net" is the brand Liga's.)
        Some(s) if looks_like_domain(&s) && !styled_domain(&s) => Some(from_domain(&s)),
        Some(s) if looks_like_domain(&s) => Some(Outlet { domain: Some(s.to_lowercase()), name: s }),
        Some(name) => Some(Outlet { name, domain: url_host.clone() }),
        None => {
            if let Some(host) = &url_host {
                from = "url";
                Some(from_domain(host))
            } else if let Some(name) = relay_outlet_in_body(text) {
                from = "body";
                if looks_like_domain(&name) && !name.chars().any(char::is_uppercase) {
                    Some(from_domain(&name))
                } else {
                    Some(Outlet { name, domain: None })
                }
            } else if let Some(name) = title_suffix(title).filter(|n| !credited_in_body(n, text)) {
                from = "title";
                Some(Outlet { name, domain: None })
            } else if let Some(name) = contact_outlet_in_body(text) {
                from = "contact";
                Some(Outlet { name, domain: None })
            } else {
                None
            }
        }
    };
    if outlet.is_some() {
        extra.insert("outlet_from".into(), serde_json::Value::String(from.into()));
    }
    outlet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_suffix_the_body_reports_from_is_a_credit_not_the_publisher() {
        let mut extra = serde_json::Map::new();
        let title = "США рассматривают назначение спецпосланника — WSJ";
        let body = "Об этом в среду сообщила The Wall Street Journal со ссылкой на людей, знакомых с ситуацией.";
        assert!(infer(None, None, title, body, &mut extra).is_none());
        let own = "The government plans to sell its stake, the Kyiv Lantern has learned.";
        assert!(infer(None, None, "Stake for sale | Kyiv Lantern", own, &mut extra).is_some());
    }

    #[test]
    fn text_whose_case_changes_its_length_is_read_safely() {
        // "İ" lower-cases to two characters: positions in the lower-cased text do not fit.
        let text = "İİİİ Contacted by the Harbour Ledger, the mayor declined. İİ as relayed by Censor.NET";
        let _ = contact_outlet_in_body(text);
        let _ = relay_outlet_in_body(text);
    }

    #[test]
    fn a_medium_named_only_as_the_one_that_asked_is_the_article_s_own() {
        let body = "Le groupe négocie, selon Reuters. Contacté par Le Journal des Affaires du Rhône, le porte-parole a confirmé.";
        assert_eq!(contact_outlet_in_body(body).as_deref(), Some("Le Journal des Affaires du Rhône"));
        // A medium the article also credits is the one it relays.
        let relay = "The Harbour Ledger reported the closure. Contacted by the Harbour Ledger, the mayor declined to comment.";
        assert_eq!(contact_outlet_in_body(relay), None);
        // A name with no media word is no medium; two different media are no answer.
        assert_eq!(contact_outlet_in_body("Contacted by Ferry Holdings, the mayor declined."), None);
        assert_eq!(contact_outlet_in_body("Contacted by the Harbour Ledger, he declined. Reached by Radio Velm, she agreed."), None);
        let mut extra = serde_json::Map::new();
        let o = infer(None, None, "Ferry sold", body, &mut extra);
        assert_eq!(o.map(|o| o.name).as_deref(), Some("Le Journal des Affaires du Rhône"));
        assert_eq!(extra["outlet_from"], "contact");
    }

    #[test]
    fn a_title_ends_with_its_outlet() {
        assert_eq!(title_suffix("Ferry service to resume in May | Harbour Ledger").as_deref(), Some("Harbour Ledger"));
        assert_eq!(title_suffix("Ferry service to resume in May – Harbour Ledger").as_deref(), Some("Harbour Ledger"));
        assert_eq!(title_suffix("Ferry service to resume in May"), None);
        assert_eq!(title_suffix("Ferry service to resume in May – Live"), None);
        assert_eq!(title_suffix("Trüffel für 240.000 Euro gestohlen – Ermittler vermuten Insider"), None);
        assert_eq!(title_suffix("Sturm zerstört Windmühle – Bild am Sonntag").as_deref(), Some("Bild am Sonntag"));
        assert_eq!(title_suffix("Буря зруйнувала вітряк у Вербівці – Тиха пристань").as_deref(), Some("Тиха пристань"));
        assert_eq!(title_suffix("Kyiv – Lviv trains: what changes on Monday, and why"), None);
        let mut extra = serde_json::Map::new();
        let o = infer(None, None, "Ferry service to resume in May | Harbour Ledger", "The ferry resumes.", &mut extra);
        assert_eq!(o.map(|o| o.name).as_deref(), Some("Harbour Ledger"));
        assert_eq!(extra["outlet_from"], "title");
    }

    #[test]
    fn domains() {
        assert!(looks_like_domain("global.espreso.tv"));
        assert!(!looks_like_domain("Censor NET"));
        assert!(!looks_like_domain("Fri, 28 Nov 2025 20:12:00 +0200"));
        assert_eq!(registrable_domain("www.telegraph.co.uk"), "telegraph.co.uk");
        assert_eq!(name_from_domain("global.espreso.tv"), "Espreso");
        // A stated domain written as a name keeps its name; one in lower case is read.
        let mut extra = serde_json::Map::new();
        assert_eq!(infer(Some("Sports.ru"), None, "", "", &mut extra).map(|o| o.name).as_deref(), Some("Sports.ru"));
        assert_eq!(infer(Some("espreso.tv"), None, "", "", &mut extra).map(|o| o.name).as_deref(), Some("Espreso"));
        assert_eq!(name_from_domain("www.kyiv-post.com"), "Kyiv Post");
        assert_eq!(name_from_domain("erlenauer-anzeiger.example"), "Erlenauer Anzeiger");
        assert_eq!(host_of("https://www.Example.com:8080/a?b").as_deref(), Some("example.com"));
        let o = from_domain("global.espreso.tv");
        assert_eq!(o.domain.as_deref(), Some("global.espreso.tv"));
    }

    #[test]
    fn a_ukrainian_relay_phrase_names_the_carrying_outlet() {
        assert_eq!(relay_outlet_in_body("Про це пише британська газета The Times, передає «РБК-Україна».").as_deref(), Some("РБК-Україна"));
        assert_eq!(relay_outlet_in_body("Як передає Reuters, угоду підписали."), None);
    }

    #[test]
    fn relay_phrase_names_the_carrying_outlet() {
        let t = "The Telegraph reported this, citing its sources, as relayed by Censor.NET.\nMore text.";
        assert_eq!(relay_outlet_in_body(t).as_deref(), Some("Censor.NET"));
        let mut extra = serde_json::Map::new();
        let o = infer(None, None, "", t, &mut extra).unwrap();
        assert_eq!(o.name, "Censor.NET");
        assert_eq!(extra["outlet_from"], "body");
    }
}
