//! The seed text format: one article per file.
//!
//! ```text
//! Title line
//! outlet line        (optional: a domain like `global.espreso.tv` or a short name like `Kyiv Courier`)
//! date line          (optional: RFC 2822, ISO 8601, `28 November 2025`, ...)
//! URL line / "By ..." (optional)
//!
//! Body paragraphs, one per line.
//! ```
//! Header lines are only taken as such when they look the part: a domain, a URL, a byline or a
//! date is unmistakable; a short name-like line counts as an outlet only when the header block
//! ends right after it (blank line or date), so a short first body sentence is never mistaken
//! for an outlet.

use crate::dates::{DateParse, parse_date};
use regex::Regex;
use std::sync::LazyLock;
use stemmata_model::{DateSource, Diagnostic, RawArticle, Severity};

#[derive(Debug)]
enum HeaderLine {
    Outlet { name: String, strong: bool },
    Date(DateParse),
    Url(String),
    Byline(String),
    Language(String),
}

impl HeaderLine {
    fn kind(&self) -> u8 {
        match self {
            HeaderLine::Outlet { .. } => 0,
            HeaderLine::Date(_) => 1,
            HeaderLine::Url(_) => 2,
            HeaderLine::Byline(_) => 3,
            HeaderLine::Language(_) => 4,
        }
    }
    fn strong(&self) -> bool {
        !matches!(self, HeaderLine::Outlet { strong: false, .. })
    }
}

static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}/?$")
        .expect("valid regex")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by|von|автор:?|author:?)\s+(?P<name>\p{Lu}[\p{L}.'\- ]{1,60})$")
        .expect("valid regex")
});

/// `Source: Kyiv Courier`, `Date: 2026-03-06`, ...: labelled header lines some exporters write.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)(?P<label>source|outlet|publisher|date|published|url|link|author|language|lang|опубліковано|опубликовано|дата|veröffentlicht|datum|publié le|publié|date de publication)\s*:\s*(?P<value>\S.*)$|^(?i)(?P<label2>опубліковано|опубликовано|veröffentlicht(?: am)?|publié le|mis en ligne le)\s+(?P<value2>\d.*)$")
        .expect("valid regex")
});
static TITLE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i)title\s*:\s*").expect("valid regex"));

fn classify(line: &str) -> Option<HeaderLine> {
    let line = line.trim();
    if line.is_empty() || line.chars().count() > 120 {
        return None;
    }
    if let Some(caps) = LABELLED.captures(line) {
        // "Опубліковано 6 лютого 2026", "Publié le 6 février 2026": a date label without a colon.
        if let Some(value) = caps.name("value2") {
            return Some(HeaderLine::Date(parse_date(value.as_str().trim(), DateSource::Header)));
        }
        let value = caps["value"].trim().to_owned();
        return Some(match caps["label"].to_lowercase().as_str() {
            "source" | "outlet" | "publisher" => HeaderLine::Outlet {
                name: value,
                strong: true,
            },
            "date" | "published" | "опубліковано" | "опубликовано" | "дата" | "veröffentlicht" | "datum" | "publié le" | "publié"
            | "date de publication" => HeaderLine::Date(parse_date(&value, DateSource::Header)),
            "url" | "link" => HeaderLine::Url(value),
            "author" => HeaderLine::Byline(value),
            _ => HeaderLine::Language(value.to_lowercase()),
        });
    }
    match parse_date(line, DateSource::Header) {
        DateParse::NotADate => {}
        parsed => return Some(HeaderLine::Date(parsed)),
    }
    // A line written like a date that no format here reads ("6-II-2026", "Fri 6/2/26"): a date
    // line all the same, so the outlet line before it stands; the date is left unknown.
    if date_like(line) {
        return Some(HeaderLine::Date(DateParse::NotADate));
    }
    if (line.starts_with("http://") || line.starts_with("https://"))
        && !line.contains(char::is_whitespace)
    {
        return Some(HeaderLine::Url(line.to_owned()));
    }
    if let Some(caps) = BYLINE.captures(line) {
        return Some(HeaderLine::Byline(caps["name"].trim().to_owned()));
    }
    if DOMAIN.is_match(line) {
        return Some(HeaderLine::Outlet {
            name: line.trim_end_matches('/').to_owned(),
            strong: true,
        });
    }
    if let Some(name) = outlet_line_name(line) {
        return Some(HeaderLine::Outlet { name, strong: false });
    }
    // A brand written in lower case ("franceinfo", "watson"): one word, letters first.
    if (2..=30).contains(&line.chars().count())
        && line.chars().next().is_some_and(char::is_lowercase)
        && line.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
        // (Or a letter and digits: "g1", "n1".)
        && (line.chars().filter(|c| c.is_alphabetic()).count() >= 2 || line.chars().any(|c| c.is_ascii_digit()))
    {
        return Some(HeaderLine::Outlet { name: line.to_owned(), strong: false });
    }
    None
}

/// The outlet's name on an outlet line: the line itself when it looks like a name, or the name in
/// it: in quotation marks (`«Вісті Заріччя»`, `Газета «Вісті Заріччя»`), before a place or a
/// tagline (`Вісті Заріччя, Лісове`, `Вісті Заріччя — новини громади`, `Вісті Заріччя /
/// Zarichchia News`) or before a bracket (`Вісті Заріччя (Лісове)`).
fn outlet_line_name(line: &str) -> Option<String> {
    if line.chars().count() > 80 || line.ends_with(['.', '!', '?', ':', ';', '…']) {
        return None;
    }
    // A tagline or a second name after a dash, a bar or a slash; a place after a comma; a bracket.
    let cut = [" — ", " – ", " | ", " / ", ", ", " ("]
        .iter()
        .filter_map(|sep| line.find(sep).map(|at| (at, *sep)))
        .min();
    if let Some((at, sep)) = cut {
        let tail = line[at + sep.len()..].trim();
        let tail_ok = match sep {
            ", " => tail.split_whitespace().count() <= 3 && tail.starts_with(char::is_uppercase),
            " (" => tail.ends_with(')'),
            _ => tail.split_whitespace().count() <= 5,
        };
        let name = line[..at].trim();
        if tail_ok && name_like(name) && !line[..at].contains(['«', '"', '“']) {
            return Some(name.to_owned());
        }
    }
    if name_like(line) {
        return Some(line.to_owned());
    }
    if let Some(open) = line.find(['«', '“', '"', '„']) {
        let rest = &line[open + line[open..].chars().next()?.len_utf8()..];
        let close = rest.find(['»', '”', '"', '“'])?;
        let name = rest[..close].trim();
        let before = line[..open].trim();
        // Only a few words around it (a legal form or a media noun before it).
        return (name_like(name) && before.split_whitespace().count() <= 2 && rest[close..].chars().count() <= 2)
            .then(|| name.to_owned());
    }
    None
}

/// A short line of digits and at most four words, with a year or a day-month pair, and no
/// sentence punctuation at its end.
fn date_like(line: &str) -> bool {
    static YEAR_OR_DAY_MONTH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b").expect("valid regex"));
    let words = line.split(|c: char| c.is_whitespace() || c == ',').filter(|w| w.chars().any(char::is_alphabetic)).count();
    line.chars().count() <= 40
        && words <= 4
        && YEAR_OR_DAY_MONTH.is_match(line)
        && !line.ends_with(['.', '!', '?', ':', ';', '"', '”', '»'])
}

/// A short proper name, not the start of a sentence: few words, capitalised, no sentence
/// punctuation.
fn name_like(line: &str) -> bool {
    let words = line.split_whitespace().count();
    // (A well-known medium written in lowercase, as "dpa" writes itself, is a name too.)
    let first_ok = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || stemmata_text::media::lookup(line.trim()).is_some()
        // "il Resto del Carlino", "la Repubblica": a paper that writes its article in lower case.
        || line.split_once(' ').is_some_and(|(article, rest)| {
            matches!(article, "il" | "la" | "le" | "l'" | "el" | "lo") && rest.starts_with(char::is_uppercase)
        });
    let last = line.chars().last().unwrap_or(' ');
    line.chars().count() <= 50
        && (1..=5).contains(&words)
        && first_ok
        && line.chars().any(char::is_alphabetic)
        && !matches!(
            last,
            '.' | '!' | '?' | ':' | ';' | ',' | '"' | '”' | '»' | '…' | '-' | '–'
        )
        && !line.contains([',', ';', '"', '“', '”', '«', '»', '!', '?'])
}

/// Parses one article in the seed text format. `Err` holds why it cannot be used (quarantine);
/// `Ok` holds the article and warnings (e.g. an impossible date, left empty).
pub(crate) fn parse_text_article(
    source: &str,
    text: &str,
) -> Result<(RawArticle, Vec<Diagnostic>), String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let Some(title_index) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return Err("no title and no text: the file holds only whitespace".to_owned());
    };
    let title = TITLE_LABEL
        .replace(lines[title_index].trim(), "")
        .into_owned();

    // Candidate header block: classified lines right after the title, at most one of each kind.
    let mut header: Vec<(usize, HeaderLine)> = Vec::new();
    let mut update_line: Option<usize> = None;
    let mut i = title_index + 1;
    while i < lines.len() && header.len() < 4 {
        let Some(h) = classify(lines[i]) else { break };
        if header.iter().any(|(_, seen)| seen.kind() == h.kind()) {
            // A second date right after the first is the time of an update ("Updated: …"): part
            // of the header, the first date stays the publication's.
            if matches!(h, HeaderLine::Date(_)) && header.last().is_some_and(|(_, last)| matches!(last, HeaderLine::Date(_))) {
                update_line = Some(i);
                i += 1;
                continue;
            }
            break;
        }
        header.push((i, h));
        i += 1;
    }
    let block_closed = i >= lines.len() || lines[i].trim().is_empty();
    if !block_closed {
        // Without a blank line after it, only unmistakable header lines count; a weak outlet
        // line could be the first sentence of the body.
        let strong_prefix = header.iter().take_while(|(_, h)| h.strong()).count();
        header.truncate(strong_prefix);
    }
    let body_start = header
        .last()
        .map_or(title_index + 1, |(index, _)| index + 1);
    // (The update line, when the header was kept, closes it.)
    let body_start = match update_line {
        Some(u) if u + 1 > body_start && !header.is_empty() && header.last().is_some_and(|(index, _)| *index + 1 == u) => u + 1,
        _ => body_start,
    };

    let mut article = RawArticle {
        source: source.to_owned(),
        title,
        ..RawArticle::default()
    };
    let mut warnings = Vec::new();
    for (index, h) in header {
        match h {
            HeaderLine::Outlet { name, .. } => article.outlet = Some(name),
            HeaderLine::Url(url) => article.url = Some(url),
            HeaderLine::Byline(name) => article.byline = Some(name),
            HeaderLine::Language(code) => article.language = Some(code),
            HeaderLine::Date(DateParse::Ok(p)) => article.published = Some(p),
            HeaderLine::Date(DateParse::Impossible(why)) => warnings.push(Diagnostic {
                source: source.to_owned(),
                location: format!("line {}", index + 1),
                message: format!("impossible date: {why}; publication date left unknown, article kept"),
                severity: Severity::Warning,
            }),
            HeaderLine::Date(DateParse::NotADate) => warnings.push(Diagnostic {
                source: source.to_owned(),
                location: format!("line {}", index + 1),
                message: "unreadable date line; publication date left unknown, article kept".to_owned(),
                severity: Severity::Warning,
            }),
        }
    }
    let body: Vec<&str> = lines[body_start.min(lines.len())..]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    article.text = body.join("\n");
    if article.text.is_empty() {
        warnings.push(Diagnostic {
            source: source.to_owned(),
            location: String::new(),
            message: "no body text after the header; article kept with its title only".to_owned(),
            severity: Severity::Warning,
        });
    }
    Ok((article, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brand_in_lower_case_is_an_outlet_line() {
        let (a, _) = parse_text_article("a.txt", "Vol au musée\nfranceinfo\n2027-06-07 12:05\n\nLe musée a été cambriolé.\n").unwrap();
        assert_eq!(a.outlet.as_deref(), Some("franceinfo"));
        let (a, _) = parse_text_article("g.txt", "Rio chega a 24,6 metros\ng1\n21/11/2027 08h47\n\nO rio subiu.\n").unwrap();
        assert_eq!(a.outlet.as_deref(), Some("g1"));
        // Without the blank line closing the header, it could be the body's first word.
        let (a, _) = parse_text_article("a.txt", "Vol au musée\ncambriolage\nLe musée a été cambriolé.\n").unwrap();
        assert_eq!(a.outlet, None);
    }

    #[test]
    fn full_header_is_read() {
        let (a, w) = parse_text_article(
            "a.txt",
            "Dam repairs finished early\nriverside-gazette.example\nFri, 28 Nov 2025 20:12:00 +0200\n\nFirst paragraph.\nSecond one.\n",
        )
        .unwrap();
        assert!(w.is_empty());
        assert_eq!(a.title, "Dam repairs finished early");
        assert_eq!(a.outlet.as_deref(), Some("riverside-gazette.example"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2025-11-28T20:12:00+02:00"
        );
        assert_eq!(a.text, "First paragraph.\nSecond one.");
    }

    #[test]
    fn an_update_time_after_the_date_is_part_of_the_header() {
        let (a, _) = parse_text_article(
            "u.txt",
            "Smelter to shut furnaces\nThe Marlow Courier\n2027-04-20 15:10\nUpdated: 2027-04-21 08:45\n\nThe body.",
        )
        .unwrap();
        assert_eq!(a.outlet.as_deref(), Some("The Marlow Courier"));
        assert_eq!(a.published.unwrap().to_rfc3339(), "2027-04-20T15:10:00+00:00");
        assert_eq!(a.text, "The body.");
    }

    #[test]
    fn a_lowercase_known_medium_is_an_outlet_line() {
        let (a, _) = parse_text_article("d.txt", "Brücke gesperrt\ndpa\n13. Oktober 2027\n\nKiew (dpa) - Die Brücke ist gesperrt.").unwrap();
        assert_eq!(a.outlet.as_deref(), Some("dpa"));
    }

    #[test]
    fn no_header_lines_means_no_outlet_and_no_date() {
        let (a, _) = parse_text_article(
            "b.txt",
            "Title – The Herald\n\nThe body starts here.\nMore.",
        )
        .unwrap();
        assert_eq!(a.outlet, None);
        assert_eq!(a.published, None);
        assert_eq!(a.text, "The body starts here.\nMore.");
    }

    #[test]
    fn a_short_first_body_line_is_not_an_outlet() {
        let (a, _) = parse_text_article(
            "c.txt",
            "Title\nBreaking News\nThe council met today and voted.\n",
        )
        .unwrap();
        assert_eq!(a.outlet, None);
        assert_eq!(a.text, "Breaking News\nThe council met today and voted.");
        // ...but a name followed by the blank line that closes the header is an outlet.
        let (a, _) =
            parse_text_article("d.txt", "Title\nKyiv Courier\n\nThe council met today.").unwrap();
        assert_eq!(a.outlet.as_deref(), Some("Kyiv Courier"));
        let (a, _) = parse_text_article(
            "e.txt",
            "Title\nThe council met today, officials said.\n\nMore.",
        )
        .unwrap();
        assert_eq!(a.outlet, None);
        assert!(a.text.starts_with("The council met"));
    }

    #[test]
    fn impossible_date_is_reported_and_left_empty() {
        let (a, w) =
            parse_text_article("f.txt", "Title\nexample.org\n31 Feb 2025\n\nBody.").unwrap();
        assert_eq!(a.published, None);
        assert_eq!(a.outlet.as_deref(), Some("example.org"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].location, "line 3");
        assert!(w[0].message.contains("impossible date"));
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn url_and_byline_lines() {
        let (a, _) = parse_text_article(
            "g.txt",
            "Title\nhttps://news.example/a/1\n2025-03-02\nBy Olena Koval\n\nBody.",
        )
        .unwrap();
        assert_eq!(a.url.as_deref(), Some("https://news.example/a/1"));
        assert_eq!(a.byline.as_deref(), Some("Olena Koval"));
        assert!(a.published.is_some());
    }

    #[test]
    fn labelled_header_lines() {
        let (a, w) = parse_text_article(
            "k.txt",
            "Title: Ferry back in service\nSource: Harbour Times\nDate: 2026-03-02 07:30 +01:00\nLanguage: EN\n\nBody.",
        )
        .unwrap();
        assert!(w.is_empty());
        assert_eq!(a.title, "Ferry back in service");
        assert_eq!(a.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(a.language.as_deref(), Some("en"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2026-03-02T07:30:00+01:00"
        );
        let (a, w) = parse_text_article("l.txt", "T\nDate: sometime soon\n\nBody.").unwrap();
        assert_eq!(a.published, None);
        assert_eq!(w[0].location, "line 2");
        // Labels in other languages, and date labels without a colon.
        // ("Publikacja: 06.02.2026 13:10", a Russian month cut short, a time first with its zone and a dot.)
        for header in ["Опубліковано: 6 лютого 2026", "Опубликовано 6 февраля 2026", "Publié le 6 février 2026 à 14h30", "Veröffentlicht am 6. Februar 2026", "Publikacja: 06.02.2026 13:10", "6 фев 2026, 09:34", "4:52 PM PST · February 6, 2026", "6 lut 2026, 17:52", "Issued on: 06/02/2026 - 16:40", "6. 2. 2026", "6 fevereiro 2026 — 18:05", "06.02.2026 [09:40]", "6 Feb, 2026 @ 19:15", "6 FEBBRAIO 2026 ALLE 12:05", "Published: 21:04 BST, 6 February 2026 | Updated: 22:30 BST, 6 February 2026", "Pubblicato il 06/02/2026 alle ore 10:40"] {
            let (a, _) = parse_text_article("m.txt", &format!("Пором зупиняють\nВісті Заріччя\n{header}\n\nТекст.")).unwrap();
            assert_eq!(a.outlet.as_deref(), Some("Вісті Заріччя"), "{header}");
            assert!(a.published.unwrap().to_rfc3339().starts_with("2026-02-06"), "{header}");
        }
        // A date line no format reads still closes the header: the outlet line stands.
        let (a, w) = parse_text_article("o.txt", "Пором зупиняють\nВісті Заріччя\n6-II-2026\n\nТекст.").unwrap();
        assert_eq!(a.outlet.as_deref(), Some("Вісті Заріччя"));
        assert_eq!((a.published, a.text.as_str()), (None, "Текст."));
        assert_eq!(w[0].location, "line 3");
        // The name on an outlet line in quotation marks, before a place, a tagline or a bracket.
        for line in ["«Вісті Заріччя»", "Газета «Вісті Заріччя»", "Вісті Заріччя, Лісове", "Вісті Заріччя — новини громади", "Вісті Заріччя (Лісове)"] {
            let (a, _) = parse_text_article("p.txt", &format!("Пором зупиняють\n{line}\n2026-02-06\n\nТекст.")).unwrap();
            assert_eq!(a.outlet.as_deref(), Some("Вісті Заріччя"), "{line}");
        }
        // An outlet whose name starts like a label stays an outlet.
        let (a, _) = parse_text_article("n.txt", "Ferry stops\nSource Weekly\n6 February 2026\n\nBody.").unwrap();
        assert_eq!(a.outlet.as_deref(), Some("Source Weekly"));
    }

    #[test]
    fn whitespace_only_is_refused() {
        assert!(parse_text_article("h.txt", " \n\n\t\n").is_err());
    }
}
