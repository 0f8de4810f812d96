//! Text rendering of reports for people (the `--json` forms are the output contract).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use stemmata_model::report::{ArticleSummary, Report, StoryReport};

fn clip(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn article_label(id: &str, articles: &BTreeMap<&str, &ArticleSummary>) -> String {
    match articles.get(id) {
        Some(a) => {
            let outlet = a.outlet.name.clone().or_else(|| a.outlet.domain.clone()).unwrap_or_else(|| "unknown outlet".into());
            let date = a.published.as_deref().map(|d| d.get(..10).unwrap_or(d)).unwrap_or("undated");
            format!("{outlet} ({date}) “{}” [{}]", clip(&a.title, 70), &id[..id.len().min(8)])
        }
        None => format!("[{}]", &id[..id.len().min(8)]),
    }
}

/// One line per story: size, outlets, dates, title.
pub fn story_list(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} stories from {} articles", report.stories.len(), report.articles.len());
    for s in &report.stories {
        let independent = s.claims.iter().map(|c| c.independent_sources).max();
        let _ = writeln!(
            out,
            "{}  {:>3} art. {:>2} outlets{}  {}",
            s.id,
            s.article_ids.len(),
            s.outlets.len(),
            independent.map(|n| format!(" {n:>2} indep.")).unwrap_or_default(),
            clip(&s.title, 90)
        );
    }
    out
}

/// The relay chains as a tree: origins at the roots, relaying articles below them.
pub fn relay_tree(story: &StoryReport, articles: &BTreeMap<&str, &ArticleSummary>) -> String {
    let mut out = String::new();
    if story.relays.is_empty() && story.origins.is_empty() {
        return out;
    }
    // children of an origin name or of an article id
    let mut children: BTreeMap<String, Vec<(&str, &str)>> = BTreeMap::new();
    let mut relayed: BTreeSet<&str> = BTreeSet::new();
    // An origin's other article (the same report read twice, from two formats) is shown under
    // the origin's name, so no relay drops out of the tree.
    let placed: BTreeSet<&str> = story
        .origins
        .iter()
        .filter_map(|o| o.article_id.as_deref())
        .chain(story.relays.iter().map(|r| r.article_id.as_str()))
        .collect();
    for r in &story.relays {
        let parent = match &r.origin_article_id {
            Some(id) if placed.contains(id.as_str()) => id.clone(),
            _ => format!("origin:{}", r.origin),
        };
        children.entry(parent).or_default().push((r.article_id.as_str(), r.evidence.as_str()));
        relayed.insert(r.article_id.as_str());
    }
    fn walk(
        out: &mut String,
        key: &str,
        depth: usize,
        children: &BTreeMap<String, Vec<(&str, &str)>>,
        articles: &BTreeMap<&str, &ArticleSummary>,
        seen: &mut BTreeSet<String>,
    ) {
        let Some(kids) = children.get(key) else { return };
        for (i, (article, evidence)) in kids.iter().enumerate() {
            let last = i + 1 == kids.len();
            let indent = "   ".repeat(depth);
            let _ = writeln!(out, "  {indent}{} {}", if last { "└─" } else { "├─" }, article_label(article, articles));
            if !evidence.is_empty() {
                let _ = writeln!(out, "  {indent}{}     evidence: “{}”", if last { " " } else { "│" }, clip(evidence, 110));
            }
            if seen.insert(article.to_string()) {
                walk(out, article, depth + 1, children, articles, seen);
            }
        }
    }
    let _ = writeln!(out, "Provenance:");
    let mut seen = BTreeSet::new();
    for o in &story.origins {
        let place = if o.in_corpus { "in the corpus" } else { "not in the corpus" };
        let kind = o.kind.as_deref().map(|k| format!("{k}, ")).unwrap_or_default();
        let _ = writeln!(out, "  {} ({kind}{place})", o.name);
        if let Some(id) = &o.article_id {
            let _ = writeln!(out, "     = {}", article_label(id, articles));
            walk(&mut out, id, 1, &children, articles, &mut seen);
        }
        walk(&mut out, &format!("origin:{}", o.name), 1, &children, articles, &mut seen);
    }
    out
}

/// A story in full: articles, provenance, claims, quotes, timeline, entities.
pub fn story(report: &Report, story: &StoryReport, show_claims: bool) -> String {
    let articles: BTreeMap<&str, &ArticleSummary> = report.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut out = String::new();
    let _ = writeln!(out, "Story {} — {}", story.id, story.title);
    let _ = writeln!(
        out,
        "{} articles, {} outlets{}{}",
        story.article_ids.len(),
        story.outlets.len(),
        story.first_seen.as_deref().map(|d| format!(", first seen {d}")).unwrap_or_default(),
        story.last_seen.as_deref().map(|d| format!(", last seen {d}")).unwrap_or_default(),
    );
    let _ = writeln!(out, "Articles:");
    for id in &story.article_ids {
        let _ = writeln!(out, "  {}", article_label(id, &articles));
    }
    out.push_str(&relay_tree(story, &articles));
    if !story.claims.is_empty() {
        let shared: Vec<_> = story.claims.iter().filter(|c| c.article_ids.len() > 1).collect();
        let _ = writeln!(out, "Claims carried by more than one article ({}):", shared.len());
        for c in &shared {
            let _ = writeln!(
                out,
                "  [{} articles, {} independent source{}] {}",
                c.article_ids.len(),
                c.independent_sources,
                if c.independent_sources == 1 { "" } else { "s" },
                clip(&c.text, 140)
            );
            if show_claims {
                for v in &c.variants {
                    let _ = writeln!(out, "      {}: {}", article_label(&v.article_id, &articles), clip(&v.text, 120));
                }
            }
        }
        if show_claims {
            let _ = writeln!(out, "Only in one article:");
            for id in &story.article_ids {
                let unique: Vec<_> = story.claims.iter().filter(|c| c.article_ids.len() == 1 && &c.article_ids[0] == id).collect();
                if unique.is_empty() {
                    continue;
                }
                let _ = writeln!(out, "  {}:", article_label(id, &articles));
                for c in unique {
                    let _ = writeln!(out, "    - {}", clip(&c.text, 140));
                }
            }
        }
    }
    if !story.quotes.is_empty() {
        let _ = writeln!(out, "Quotes:");
        for q in &story.quotes {
            let speaker = q.speaker.as_deref().unwrap_or("unknown speaker");
            let variants = if q.variants.len() > 1 { format!(" ({} wordings)", q.variants.len()) } else { String::new() };
            let _ = writeln!(out, "  {speaker}: “{}”{variants}", clip(&q.text, 140));
        }
    }
    if !story.timeline.is_empty() {
        let _ = writeln!(out, "Timeline:");
        for t in &story.timeline {
            let conflict = t.conflict.as_deref().map(|c| format!("  ⚠ {c}")).unwrap_or_default();
            let _ = writeln!(out, "  {:<10}  ({}) {}{conflict}", t.date, t.expression, clip(&t.text, 110));
        }
    }
    if !story.entities.is_empty() {
        let _ = writeln!(out, "Entities:");
        for e in &story.entities {
            let aliases = if e.aliases.is_empty() { String::new() } else { format!(" aka {}", e.aliases.join(", ")) };
            let roles = if e.roles.is_empty() { String::new() } else { format!(" — {}", e.roles.join("; ")) };
            let _ = writeln!(out, "  {} [{}]{aliases}{roles}", e.name, e.kind);
        }
    }
    out
}

/// The whole report for people: every story, then the diagnostics.
pub fn report(report: &Report) -> String {
    let mut out = story_list(report);
    for s in &report.stories {
        out.push('\n');
        out.push_str(&story(report, s, false));
    }
    if !report.diagnostics.is_empty() {
        let _ = writeln!(out, "\n{} problems with the input:", report.diagnostics.len());
        for d in &report.diagnostics {
            let loc = if d.location.is_empty() { String::new() } else { format!(":{}", d.location) };
            let _ = writeln!(out, "  {}{loc}: {}", d.source, d.message);
        }
    }
    out
}

/// Why each article is in the story: the clusterer's decision, score against threshold, the
/// closest members, the shared terms and, when the encoder was used, the closeness in meaning.
pub fn membership(story: &StoryReport, articles: &BTreeMap<&str, &ArticleSummary>) -> String {
    let mut out = String::new();
    if story.why.is_empty() {
        return out;
    }
    let _ = writeln!(out, "Why these articles are one story:");
    for m in &story.why {
        let _ = writeln!(out, "  {}", article_label(&m.article_id, articles));
        let verdict = match m.decision.as_str() {
            "founded" => "started the story".to_string(),
            "near_duplicate" => "near copy of an article already in it".to_string(),
            _ => format!("joined: score {:.3} ≥ threshold {:.3}", m.score, m.threshold),
        };
        let _ = writeln!(out, "     {verdict}");
        if !m.closest.is_empty() {
            let closest: Vec<String> =
                m.closest.iter().map(|n| format!("{} ({:.2})", &n.article_id[..n.article_id.len().min(8)], n.similarity)).collect();
            let _ = writeln!(out, "     closest: {}", closest.join(", "));
        }
        if !m.shared_terms.is_empty() {
            let _ = writeln!(out, "     shared: {}", m.shared_terms.join(", "));
        }
        if let Some(meaning) = m.meaning {
            let _ = writeln!(out, "     meaning: {meaning:.2} (sentence-encoder cosine with the story)");
        }
    }
    out
}
