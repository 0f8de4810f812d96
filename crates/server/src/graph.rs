//! The relay graph of a story drawn as SVG: who took the report from whom. Origins on the left,
//! each relay one column further right, so a chain A → B → C reads left to right. Drawn on the
//! server (no script), every label escaped by maud.

use maud::{Markup, html};
use std::collections::BTreeMap;
use stemmata_model::report::{ArticleSummary, StoryReport};

const COLUMN: i64 = 220;
const NODE_W: i64 = 190;
const NODE_H: i64 = 36;
const ROW: i64 = 50;
const MARGIN: i64 = 12;
/// Past this the picture stops being readable; the rest is listed below it.
const MAX_NODES: usize = 60;

struct Node {
    key: String,
    label: String,
    sub: String,
    article_id: Option<String>,
    external: bool,
    sort: (i64, String),
}

/// `None` when the story has no relay to draw.
pub fn relay_graph(story: &StoryReport, articles: &[ArticleSummary]) -> Option<Markup> {
    if story.relays.is_empty() {
        return None;
    }
    let by_id: BTreeMap<&str, &ArticleSummary> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let mut edges: Vec<(String, String, String)> = Vec::new();
    let article_node = |id: &str, nodes: &mut BTreeMap<String, Node>| -> String {
        let key = format!("a:{id}");
        nodes.entry(key.clone()).or_insert_with(|| {
            let a = by_id.get(id);
            let label = a.and_then(|a| a.outlet.name.clone().or(a.outlet.domain.clone())).unwrap_or_else(|| "unknown outlet".into());
            let published = a.and_then(|a| a.published.clone()).unwrap_or_default();
            let sub = if published.len() >= 16 { published[..16].replace('T', " ") } else { "undated".into() };
            Node {
                key: key.clone(),
                label,
                sub,
                article_id: Some(id.to_string()),
                external: false,
                sort: (if published.is_empty() { 1 } else { 0 }, format!("{published}{id}")),
            }
        });
        key
    };
    for relay in &story.relays {
        let to = article_node(&relay.article_id, &mut nodes);
        let from = match relay.origin_article_id.as_deref() {
            Some(origin_article) => article_node(origin_article, &mut nodes),
            None => {
                let key = format!("o:{}", relay.origin.to_lowercase());
                nodes.entry(key.clone()).or_insert_with(|| Node {
                    key: key.clone(),
                    label: relay.origin.clone(),
                    sub: "not in the corpus".into(),
                    article_id: None,
                    external: true,
                    sort: (0, relay.origin.to_lowercase()),
                });
                key
            }
        };
        if from != to {
            edges.push((from, to, relay.evidence.clone()));
        }
    }
    // Columns by longest path from a root; bounded passes so a cycle cannot loop forever.
    let mut depth: BTreeMap<&str, i64> = nodes.keys().map(|k| (k.as_str(), 0)).collect();
    for _ in 0..8 {
        let mut changed = false;
        for (from, to, _) in &edges {
            let d = depth.get(from.as_str()).copied().unwrap_or(0) + 1;
            if d <= 8 && depth.get(to.as_str()).copied().unwrap_or(0) < d {
                depth.insert(to.as_str(), d);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut columns: BTreeMap<i64, Vec<&Node>> = BTreeMap::new();
    for node in nodes.values().take(MAX_NODES) {
        columns.entry(depth.get(node.key.as_str()).copied().unwrap_or(0)).or_default().push(node);
    }
    let mut position: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for (col, members) in columns.iter_mut() {
        members.sort_by(|a, b| a.sort.cmp(&b.sort));
        for (row, node) in members.iter().enumerate() {
            position.insert(node.key.as_str(), (MARGIN + col * COLUMN, MARGIN + row as i64 * ROW));
        }
    }
    let width = MARGIN * 2 + (columns.keys().max().copied().unwrap_or(0)) * COLUMN + NODE_W;
    let height = MARGIN * 2 + columns.values().map(Vec::len).max().unwrap_or(1) as i64 * ROW - (ROW - NODE_H);
    let hidden = nodes.len().saturating_sub(MAX_NODES);
    Some(html! {
        figure.graph {
            svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {width} {height}")) width=(width) height=(height)
                role="img" aria-label="Relay graph: arrows point from the source to the article that relays it" {
                defs {
                    marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" {
                        path d="M 0 0 L 10 5 L 0 10 z" fill="#555" {}
                    }
                }
                @for (from, to, evidence) in &edges {
                    @if let (Some(&(x1, y1)), Some(&(x2, y2))) = (position.get(from.as_str()), position.get(to.as_str())) {
                        @let (sx, sy, tx, ty) = (x1 + NODE_W, y1 + NODE_H / 2, x2, y2 + NODE_H / 2);
                        @let mid = (sx + tx) / 2;
                        path.edge d=(format!("M {sx} {sy} C {mid} {sy}, {mid} {ty}, {tx} {ty}")) fill="none" stroke="#555" stroke-width="1.5" marker-end="url(#arrow)" {
                            title { (evidence) }
                        }
                    }
                }
                @for node in nodes.values().take(MAX_NODES) {
                    @if let Some(&(x, y)) = position.get(node.key.as_str()) {
                        @let body = html! {
                            rect x=(x) y=(y) width=(NODE_W) height=(NODE_H) rx="5"
                                fill=(if node.external { "#fff8e1" } else { "#eef4ff" })
                                stroke=(if node.external { "#b8860b" } else { "#3a6ea5" })
                                stroke-dasharray=(if node.external { "4 3" } else { "none" }) {}
                            text x=(x + 8) y=(y + 15) font-size="13" font-weight="600" fill="#111" { (truncate(&node.label, 23)) }
                            text x=(x + 8) y=(y + 30) font-size="11" fill="#555" { (node.sub) }
                            title { (node.label) " — " (node.sub) }
                        };
                        @if let Some(id) = &node.article_id {
                            a href=(format!("/article/{id}")) { (body) }
                        } @else {
                            g { (body) }
                        }
                    }
                }
            }
            figcaption {
                "Arrows point from the source to the article that took the report from it. "
                "Dashed boxes are sources outside the collected articles."
                @if hidden > 0 { " " (hidden) " more nodes are not drawn." }
            }
        }
    })
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stemmata_model::report::{OutletReport, RelayReport};

    fn summary(id: &str, outlet: &str, published: Option<&str>) -> ArticleSummary {
        ArticleSummary {
            id: id.into(),
            source: "t".into(),
            title: "t".into(),
            outlet: OutletReport { name: Some(outlet.into()), domain: None },
            published: published.map(str::to_owned),
            published_source: None,
            language: None,
            url: None,
            story_id: None,
        }
    }

    #[test]
    fn a_chain_is_drawn_left_to_right_with_escaped_labels() {
        let arts = vec![
            summary("a1", "Espreso", Some("2025-11-28T20:12:00+02:00")),
            summary("a2", "<script>alert(1)</script>", None),
        ];
        let story = StoryReport {
            relays: vec![
                RelayReport {
                    origin: "Espreso".into(),
                    article_id: "a2".into(),
                    evidence: "as relayed by \"Espreso\"".into(),
                    origin_article_id: Some("a1".into()),
                    kind: None,
                },
                RelayReport { origin: "Reuters".into(), article_id: "a1".into(), evidence: "citing Reuters".into(), origin_article_id: None, kind: None },
            ],
            ..Default::default()
        };
        let svg = relay_graph(&story, &arts).unwrap().into_string();
        assert_eq!(svg.matches("<path class=\"edge\"").count(), 2);
        assert!(svg.contains("&lt;script&gt;"));
        assert!(!svg.contains("<script>"));
        // Reuters (outside) in column 0, Espreso in column 1, the relay of Espreso in column 2.
        assert!(svg.contains("x=\"452\""), "{svg}");
        assert!(svg.contains("href=\"/article/a2\""));
    }

    #[test]
    fn no_relays_no_picture() {
        assert!(relay_graph(&StoryReport::default(), &[]).is_none());
    }
}
