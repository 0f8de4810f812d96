//! HTML pages: main text and metadata.
//!
//! The page is parsed once (html5ever via `dom_query`). Metadata is read first, from the places
//! publishers put it — `<meta>` tags (Open Graph, Dublin Core, parsely, sailthru...), JSON-LD,
//! microdata, `<time>`, the canonical link, the URL path. Then the main text is found by
//! `dom_smoothie` (a Readability port), and what Readability tends to leave in — captions,
//! bylines, "related" link lists, share and subscribe prompts — is cut from its result.

use crate::dates::{date_from_url, parse_date};
use crate::markup::strip_inert;
use dom_query::{Document, Element, LocalName, Matcher, NodeData, NodeRef, Selection, local_name};
use regex::Regex;
use std::sync::LazyLock;
use stemmata_model::{DateSource, Published};

/// What a page says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<Published>,
    pub modified: Option<Published>,
    pub site_name: Option<String>,
    /// ISO 639-1 from `<html lang>` / content-language / og:locale.
    pub language: Option<String>,
    pub canonical_url: Option<String>,
    pub description: Option<String>,
}

/// A page's main text and metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExtractedPage {
    pub meta: PageMeta,
    /// Body text, paragraphs separated by `\n`.
    pub text: String,
}

/// Pages with more elements than this are not scored by Readability (it is quadratic in
/// places); their text falls back to the paragraphs of the page.
const MAX_ELEMENTS: usize = 200_000;

/// Pages nested deeper than this are not parsed: the HTML tree builder does work in proportion
/// to the depth for every tag, so a page of 100,000 nested `<div>`s would take minutes.
pub const MAX_NESTING: usize = 5_000;

/// Elements that never have an end tag.
const VOID: [&str; 14] = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// The deepest tag nesting in the page, counted on the raw markup (an upper bound where end
/// tags are omitted). Stops counting past `limit`.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(rel) = memchr::memchr(b'<', &bytes[i..]) {
        let at = i + rel + 1;
        i = at;
        match bytes.get(at) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = bytes[at..].iter().position(|b| !b.is_ascii_alphanumeric()).map_or(bytes.len(), |e| at + e);
                let name = &html[at..name_end];
                let tag_end = memchr::memchr(b'>', &bytes[name_end..]).map_or(bytes.len(), |e| name_end + e);
                let self_closing = tag_end > 0 && bytes.get(tag_end - 1) == Some(&b'/');
                if !self_closing && !VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) {
                    depth += 1;
                    max = max.max(depth);
                    if max > limit {
                        return max;
                    }
                }
            }
            _ => {}
        }
    }
    max
}

/// Extracts main text and metadata. `url` is where the page came from, when known. A page
/// nested deeper than [`MAX_NESTING`] yields nothing (callers report it; see `readers`).
pub fn extract(html: &str, url: Option<&str>) -> ExtractedPage {
    let (html, depth) = strip_inert(html);
    if depth > MAX_NESTING {
        return ExtractedPage::default();
    }
    let doc = Document::from(html);
    let meta = {
        // One walk finds what the metadata search and the boilerplate pruning read.
        let (nodes, candidates) = survey(&doc);
        let meta = read_meta(&doc, &nodes, url);
        remove_boilerplate(&doc, candidates);
        meta
    };
    let text = main_text(doc, url, &meta);
    ExtractedPage { meta, text }
}

/// Main text of a page whose boilerplate is already removed.
fn main_text(doc: Document, url: Option<&str>, meta: &PageMeta) -> String {
    let _ = meta;
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: MAX_ELEMENTS,
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let fallback_doc_text = |d: &Document| paragraphs_text(d);
    let mut readability = match dom_smoothie::Readability::with_document(doc, url, Some(cfg.clone())) {
        Ok(r) => r,
        Err(_) => return String::new(),
    };
    match readability.parse() {
        Ok(article) => drop_boilerplate_lines(&tidy(&article.text_content)),
        Err(_) => fallback_doc_text(&readability.doc),
    }
}

/// Plain text of an HTML fragment (feed content, titles), paragraphs on their own lines.
pub fn fragment_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return collapse_ws(html);
    }
    tidy(&Document::fragment(html).formatted_text())
}

/// Class/id words of blocks that are not article text: captions, bylines, share bars,
/// related-story lists, newsletter prompts, galleries.
static BOILERPLATE_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(caption|credit|byline|author|dateline|timestamp|publish|updated|share|social|related|recommend|newsletter|subscri|promo|sponsor|advert|(^|[\s_-])ads?([\s_-]|$)|gallery|slideshow|carousel|breadcrumb|(^|[\s_-])tags?([\s_-]|$)|comment|popular|trending|most-?read|read-?more|more-?stories|outbrain|taboola|signup|paywall|toolbar|(^|[\s_-])meta([\s_-]|$)|photo|image|video|embed|inline-?link|also-?read|teaser|widget|sidebar|nav)",
    )
    .expect("static regex")
});

/// Headings that introduce link lists rather than article text.
static BOILERPLATE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(you may also like|you might also like|related|read more|more from|recommended|most popular|trending|see also|also read|more stories|latest news|top stories|more on this|read next|what to read next|sign up|subscribe)").expect("static regex")
});

fn matcher(selector: &str) -> Matcher {
    Matcher::new(selector).expect("static selector")
}
/// Elements that are never article text: figures, asides, navigation, footers, buttons,
/// frames, complementary or navigation roles, hidden elements.
fn is_dropped(e: &Element) -> bool {
    const TAGS: [LocalName; 7] = [
        local_name!("figure"),
        local_name!("figcaption"),
        local_name!("aside"),
        local_name!("nav"),
        local_name!("footer"),
        local_name!("button"),
        local_name!("iframe"),
    ];
    tag_is(e, &TAGS)
        || attr_value(e, &local_name!("role")).is_some_and(|r| r == "complementary" || r == "navigation")
        || e.attrs.iter().any(|a| a.name.local == local_name!("hidden"))
}

/// Tags of the blocks whose class/id words are checked against [`BOILERPLATE_ATTR`].
const NAMED_BLOCK_TAGS: [LocalName; 13] = [
    local_name!("div"),
    local_name!("section"),
    local_name!("span"),
    local_name!("ul"),
    local_name!("ol"),
    local_name!("p"),
    local_name!("header"),
    local_name!("a"),
    local_name!("li"),
    local_name!("small"),
    local_name!("time"),
    local_name!("address"),
    local_name!("table"),
];

/// Elements of the document, in document order, for which `keep` holds: one walk over the
/// tree instead of a CSS selector list (which tries every selector on every element).
#[cfg(test)]
fn elements_where<'a>(doc: &'a Document, keep: impl Fn(&Element) -> bool) -> Vec<NodeRef<'a>> {
    doc.root().descendants_it().filter(|n| element_where(n, &keep)).collect()
}

/// Length in bytes of the text of `n` (all text below it, as `text()` joins it), without
/// copying it.
fn text_len(n: &NodeRef) -> usize {
    n.descendants_it()
        .map(|d| {
            d.query_or(0, |t| match &t.data {
                NodeData::Text { contents } => contents.len(),
                _ => 0,
            })
        })
        .sum()
}

/// Whether the text of `n` (all text below it, as `text()` joins it) is longer than `limit`
/// bytes; stops counting as soon as it is.
fn text_longer_than(n: &NodeRef, limit: usize) -> bool {
    let mut len = 0;
    for d in n.descendants_it() {
        len += d.query_or(0, |t| match &t.data {
            NodeData::Text { contents } => contents.len(),
            _ => 0,
        });
        if len > limit {
            return true;
        }
    }
    false
}

/// Whether `n` is an element and `test` holds for it (reads the element in place).
#[cfg(test)]
fn element_where(n: &NodeRef, test: impl FnOnce(&Element) -> bool) -> bool {
    n.query(|t| match &t.data {
        NodeData::Element(e) => test(e),
        _ => false,
    })
    .unwrap_or(false)
}

/// Whether the element's tag is one of `names` (interned names: compared as numbers).
fn tag_is(e: &Element, names: &[LocalName]) -> bool {
    names.contains(&e.name.local)
}

/// The value of an attribute, borrowed.
fn attr_value<'e>(e: &'e Element, name: &LocalName) -> Option<&'e str> {
    e.attrs.iter().find(|a| a.name.local == *name).map(|a| a.value.as_ref())
}

static PARAGRAPH: LazyLock<Matcher> = LazyLock::new(|| matcher("p"));
static CANONICAL: LazyLock<Matcher> = LazyLock::new(|| matcher("link[rel=canonical]"));
static JSON_LD: LazyLock<Matcher> = LazyLock::new(|| matcher("script[type=\"application/ld+json\"]"));
static TIME_PUBDATE: LazyLock<Matcher> = LazyLock::new(|| matcher("time[pubdate]"));
static ARTICLE_TIME: LazyLock<Matcher> = LazyLock::new(|| matcher("article time"));
static TIME: LazyLock<Matcher> = LazyLock::new(|| matcher("time"));
static ITEMPROP_PUBLISHED: LazyLock<Matcher> = LazyLock::new(|| matcher("[itemprop=datePublished]"));
static ITEMPROP_MODIFIED: LazyLock<Matcher> = LazyLock::new(|| matcher("[itemprop=dateModified]"));
static LINK: LazyLock<Matcher> = LazyLock::new(|| matcher("a"));

/// Cuts what Readability tends to keep: boilerplate blocks by tag and by class/id words
/// (unless they hold the article itself), link lists, and the headings above them.
fn remove_boilerplate(doc: &Document, found: Candidates) {
    Selection::from(found.dropped).remove();
    let root = doc.root();
    // Candidates inside a block an earlier pass removed are passed over: removing them would
    // change nothing in the page.
    let attached = |n: &NodeRef| n.ancestors_it(None).last().is_some_and(|a| a.id == root.id);
    for el in found.named.into_iter().filter(attached).map(Selection::from) {
        // A container that holds several real paragraphs is the article, whatever its name.
        let long_paragraphs = el.select_matcher(&PARAGRAPH).nodes().iter().filter(|p| text_longer_than(p, 120)).take(2).count();
        if long_paragraphs >= 2 {
            continue;
        }
        let own_len = el.nodes().first().map_or(0, text_len);
        if own_len > 500 {
            let link_len: usize = el.select_matcher(&LINK).nodes().iter().map(text_len).sum();
            if link_len * 4 < own_len {
                continue;
            }
        }
        el.remove();
    }
    for list in found.lists.into_iter().filter(attached).map(Selection::from) {
        let text_len = list.text().trim().len();
        let link_len: usize = list.select_matcher(&LINK).iter().map(|a| a.text().trim().len()).sum();
        if text_len > 0 && link_len * 10 >= text_len * 8 {
            list.remove();
        }
    }
    for h in found.headings.into_iter().filter(attached).map(Selection::from) {
        let t = h.text();
        if t.len() < 60 && BOILERPLATE_HEADING.is_match(t.trim()) {
            h.remove();
        }
    }
}

/// What [`remove_boilerplate`] looks at, found in one walk over the tree in document order:
/// the elements dropped whole (their subtrees are not entered) and, outside them, blocks
/// whose class or id names boilerplate, lists, and headings.
#[derive(Default)]
struct Candidates<'a> {
    dropped: Vec<NodeRef<'a>>,
    named: Vec<NodeRef<'a>>,
    lists: Vec<NodeRef<'a>>,
    headings: Vec<NodeRef<'a>>,
}

#[cfg(test)]
impl<'a> Candidates<'a> {
    fn find(doc: &'a Document) -> Self {
        survey(doc).1
    }
}

/// One walk over the tree in document order: the elements the metadata search reads, and the
/// candidates of the boilerplate pruning (nothing inside an element dropped whole is one).
fn survey(doc: &Document) -> (MetaNodes<'_>, Candidates<'_>) {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Meta,
        Script,
        Link,
        Time,
        Html,
        H1,
        Title,
        Other,
    }
    const HEADINGS: [LocalName; 7] = [
        local_name!("h2"),
        local_name!("h3"),
        local_name!("h4"),
        local_name!("h5"),
        local_name!("h6"),
        local_name!("strong"),
        local_name!("b"),
    ];
    let root = doc.root();
    let (mut nodes, mut found) = (MetaNodes::default(), Candidates::default());
    // The dropped element the walk is inside, if any.
    let mut in_dropped: Option<dom_query::NodeId> = None;
    let mut next = root.first_child();
    while let Some(n) = next {
        let outside_dropped = in_dropped.is_none();
        // (kind, itemprop, date block, [dropped, named, list, heading])
        let what = n
            .query(|t| match &t.data {
                NodeData::Element(e) => {
                    let kind = match &*e.name.local {
                        "meta" => Kind::Meta,
                        "script" => Kind::Script,
                        "link" => Kind::Link,
                        "time" => Kind::Time,
                        "html" => Kind::Html,
                        "h1" => Kind::H1,
                        "title" => Kind::Title,
                        _ => Kind::Other,
                    };
                    let prune = if !outside_dropped {
                        [false; 4]
                    } else if is_dropped(e) {
                        [true, false, false, false]
                    } else {
                        [
                            false,
                            // The class and id are matched one at a time, read in place: the
                            // same as matching "class id" (no pattern spans the space between
                            // them; `^` and `$` stand in for it).
                            tag_is(e, &NAMED_BLOCK_TAGS)
                                && [attr_value(e, &local_name!("class")), attr_value(e, &local_name!("id"))]
                                    .into_iter()
                                    .flatten()
                                    .any(|v| BOILERPLATE_ATTR.is_match(v)),
                            tag_is(e, &[local_name!("ul"), local_name!("ol")]),
                            tag_is(e, &HEADINGS),
                        ]
                    };
                    Some((kind, e.has_attr("itemprop"), is_date_block(e), prune))
                }
                _ => None,
            })
            .flatten();
        if let Some((kind, itemprop, date_block, [dropped, named, list, heading])) = what {
            match kind {
                Kind::Meta => nodes.metas.push(n),
                Kind::Script => nodes.scripts.push(n),
                Kind::Link => nodes.links.push(n),
                Kind::Time => nodes.times.push(n),
                Kind::Html => {
                    nodes.html.get_or_insert(n);
                }
                Kind::H1 => {
                    nodes.h1.get_or_insert(n);
                }
                Kind::Title => {
                    nodes.title.get_or_insert(n);
                }
                Kind::Other => {}
            }
            if itemprop {
                nodes.itemprops.push(n);
            }
            if date_block {
                nodes.date_blocks.push(n);
            }
            if dropped {
                found.dropped.push(n);
                in_dropped = Some(n.id);
            }
            if named {
                found.named.push(n);
            }
            if list {
                found.lists.push(n);
            }
            if heading {
                found.headings.push(n);
            }
        }
        next = n.first_child().or_else(|| {
            // The next node after `n`'s subtree, if it is still below the root; leaving a
            // dropped element's subtree ends its exclusion.
            let mut cur = n;
            loop {
                if cur.id == root.id {
                    return None;
                }
                if in_dropped == Some(cur.id) {
                    in_dropped = None;
                }
                if let Some(s) = cur.next_sibling() {
                    return Some(s);
                }
                cur = cur.parent()?;
            }
        });
    }
    (nodes, found)
}

/// Whole lines that are page furniture, not article text.
static BOILERPLATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W*(advert(isement)?|sponsored( content)?|comments?|\d+ comments?|share( this( article| story)?)?|tell us what you think.*|click here.*|story continues below.*|continue reading.*|image \d+ of( / )?\d+|photo: .*|caption|close|less|more|(last )?(updated|published|posted)( on| at)?\b.{0,60}\d.{0,40}|follow us.*|sign up.*|subscribe.*|listen to this article.*)\W*$",
    )
    .expect("static regex")
});

/// Lines near the top that are bylines or date lines.
static BYLINE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(By|BY|by|Von|Par|Por|Di|Door|Av|Autor:?|Author:?) \p{Lu}").expect("static regex"));

/// Drops furniture lines, bylines at the top, and "related" blocks: a heading such as
/// "You may also like" and the short headline lines after it.
fn drop_boilerplate_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut keep = Vec::with_capacity(lines.len());
    let mut in_related = false;
    for (i, line) in lines.iter().enumerate() {
        let short = line.chars().count() < 100;
        let ends_sentence = line.trim_end().ends_with(['.', '!', '?', '"', '”', '»', '。', ':']);
        if in_related {
            if short && !ends_sentence {
                continue;
            }
            in_related = false;
        }
        if short && BOILERPLATE_HEADING.is_match(line) && !ends_sentence {
            in_related = true;
            continue;
        }
        if short && BOILERPLATE_LINE.is_match(line) {
            continue;
        }
        if i < 4 && line.chars().count() < 80 && BYLINE_LINE.is_match(line) {
            continue;
        }
        keep.push(*line);
    }
    keep.join("\n")
}

/// Text of all `<p>` elements, for pages Readability gives up on.
fn paragraphs_text(doc: &Document) -> String {
    let mut out = String::new();
    for p in doc.select_matcher(&PARAGRAPH).iter() {
        let t = collapse_ws(&p.text());
        if t.len() > 40 {
            out.push_str(&t);
            out.push('\n');
        }
    }
    out.trim_end().to_owned()
}

/// Collapses runs of whitespace inside lines and drops empty lines.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(first);
        for word in words {
            out.push(' ');
            out.push_str(word);
        }
    }
    out
}

fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Metadata

/// The elements the metadata search reads, gathered in one walk over the tree (document
/// order) instead of one selector walk each; the selectors are then tried on these alone.
#[derive(Default)]
struct MetaNodes<'a> {
    metas: Vec<NodeRef<'a>>,
    scripts: Vec<NodeRef<'a>>,
    links: Vec<NodeRef<'a>>,
    times: Vec<NodeRef<'a>>,
    /// Elements with an `itemprop` attribute.
    itemprops: Vec<NodeRef<'a>>,
    html: Option<NodeRef<'a>>,
    h1: Option<NodeRef<'a>>,
    title: Option<NodeRef<'a>>,
    /// Date, time and byline blocks ([`is_date_block`]).
    date_blocks: Vec<NodeRef<'a>>,
}

/// The first text of `node`, collapsed, when it has any.
fn first_text(node: Option<&NodeRef>) -> Option<String> {
    node.and_then(|n| non_empty(n.text().as_ref()))
}

fn read_meta(doc: &Document, nodes: &MetaNodes, url: Option<&str>) -> PageMeta {
    let mut metas: Vec<(String, String)> = Vec::new();
    for m in &nodes.metas {
        let key = m.attr("property").or_else(|| m.attr("name")).or_else(|| m.attr("itemprop")).or_else(|| m.attr("http-equiv"));
        if let (Some(k), Some(v)) = (key, m.attr("content")) {
            let v = collapse_ws(&v);
            if !v.is_empty() {
                metas.push((k.to_ascii_lowercase(), v));
            }
        }
    }
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| metas.iter().find(|(mk, _)| mk == k).map(|(_, v)| v.clone()))
    };
    let ld = json_ld(&nodes.scripts);

    let title = meta(&["og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title"])
        .or_else(|| ld.headline.clone())
        .or_else(|| first_text(nodes.h1.as_ref()))
        .or_else(|| first_text(nodes.title.as_ref()));

    let published = [
        "article:published_time",
        "og:article:published_time",
        "article.published",
        "datepublished",
        "parsely-pub-date",
        "sailthru.date",
        "publishdate",
        "pubdate",
        "publish-date",
        "publish_date",
        "dc.date.issued",
        "dc.date",
        "dcterms.created",
        "date",
        "article_date_original",
        "cxenseparse:recs:publishtime",
        "og:published_time",
        "og:pubdate",
    ]
    .iter()
    .find_map(|k| metas.iter().filter(|(mk, _)| mk == k).find_map(|(_, v)| parse_date(v, DateSource::Metadata)))
    .or_else(|| ld.published.as_deref().and_then(|v| parse_date(v, DateSource::Metadata)))
    .or_else(|| itemprop_date(&nodes.itemprops, &ITEMPROP_PUBLISHED))
    .or_else(|| time_element(&nodes.times));
    // Without metadata, a date in the URL is the publisher's own; visible dates on the page
    // may be the date of something else (a quoted statement, an event). Visible dates are
    // only looked for when needed: metadata in UTC, or no metadata at all.
    let published = match published {
        Some(p) if p.offset_seconds != 0 => Some(p),
        Some(p) => Some(with_visible_offset(p, &visible_dates(doc, &nodes.date_blocks))),
        None => url.and_then(date_from_url).or_else(|| visible_dates(doc, &nodes.date_blocks).first().copied()),
    };

    let modified = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"]
        .iter()
        .find_map(|k| metas.iter().filter(|(mk, _)| mk == k).find_map(|(_, v)| parse_date(v, DateSource::Metadata)))
        .or_else(|| ld.modified.as_deref().and_then(|v| parse_date(v, DateSource::Metadata)))
        .or_else(|| itemprop_date(&nodes.itemprops, &ITEMPROP_MODIFIED));

    let byline = ld
        .author
        .clone()
        .or_else(|| meta(&["author", "parsely-author", "sailthru.author", "dc.creator", "byl"]))
        .or_else(|| meta(&["article:author"]).filter(|a| !a.contains("://")))
        .map(|a| a.trim_start_matches("By ").trim_start_matches("by ").to_owned());

    let site_name = meta(&["og:site_name", "application-name", "twitter:site", "publisher"])
        .or_else(|| ld.publisher.clone())
        .map(|s| s.trim_start_matches('@').to_owned());

    let language = nodes
        .html
        .and_then(|h| h.attr("lang"))
        .map(|l| l.to_string())
        .or_else(|| meta(&["content-language", "language", "dc.language", "og:locale"]))
        .and_then(|l| iso639_1(&l));

    let canonical_url = nodes
        .links
        .iter()
        .filter(|l| l.is_match(&CANONICAL))
        .find_map(|l| l.attr("href").map(|h| h.trim().to_owned()))
        .filter(|h| h.starts_with("http"))
        .or_else(|| meta(&["og:url"]).filter(|h| h.starts_with("http")))
        .or_else(|| url.map(str::to_owned));

    let description = meta(&["og:description", "description", "twitter:description"]);

    PageMeta { title, byline, published, modified, site_name, language, canonical_url, description }
}

fn non_empty(s: &str) -> Option<String> {
    let s = collapse_ws(s);
    (!s.is_empty()).then_some(s)
}

/// `de-DE`, `en_US`, `EN` -> `de`, `en`, `en`.
fn iso639_1(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

/// Class words of date, time and byline blocks (matched as substrings, case-sensitive).
const DATE_CLASS_WORDS: [&[u8]; 10] = [b"date", b"Date", b"time", b"Time", b"publish", b"posted", b"byline", b"Byline", b"meta", b"info"];

/// `time` elements and elements whose class or id names a date, time, byline or meta block.
fn is_date_block(e: &Element) -> bool {
    e.name.local == local_name!("time")
        || attr_value(e, &local_name!("class")).is_some_and(|c| crate::markup::contains_any(c.as_bytes(), &DATE_CLASS_WORDS))
        || attr_value(e, &local_name!("id")).is_some_and(|i| crate::markup::contains_any(i.as_bytes(), &[b"date", b"time"]))
}

/// Dates written for readers near the headline: the first few short date, time or byline
/// blocks that hold a parseable date, in document order.
fn visible_dates(doc: &Document, date_blocks: &[NodeRef]) -> Vec<Published> {
    let mut out = Vec::new();
    for el in date_blocks {
        // Containers named "meta" or "info" can hold the whole page: measure before copying.
        if text_longer_than(el, 200) {
            continue;
        }
        let text = el.text();
        if let Some(p) = crate::dates::parse_visible_date(&collapse_ws(&text)) {
            out.push(p);
            if out.len() >= 5 {
                break;
            }
        }
    }
    if out.is_empty() {
        // No date block by name: a short text that says "published on ..." in so many words.
        for el in doc.select_matcher(&SHORT_TEXT_BLOCKS).iter() {
            let own = el.immediate_text();
            if own.len() > 150 || !PUBLISHED_WORD.is_match(&own) {
                continue;
            }
            if let Some(p) = crate::dates::parse_visible_date(&collapse_ws(&el.text())) {
                out.push(p);
                break;
            }
        }
    }
    out
}

static SHORT_TEXT_BLOCKS: LazyLock<Matcher> = LazyLock::new(|| matcher("span, p, small, em, div, li"));
static PUBLISHED_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(published|posted|publiziert|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|diterbitkan)\b").expect("static regex")
});

/// Metadata often gives the instant in UTC while the page shows its local time; when a
/// visible date-time is that same instant seen from a plausible UTC offset, keep the
/// instant and take the offset, so the calendar day is the one the publisher printed.
fn with_visible_offset(published: Published, visible: &[Published]) -> Published {
    if published.offset_seconds != 0 {
        return published;
    }
    for v in visible {
        if v.precision == stemmata_model::DatePrecision::Day {
            continue;
        }
        // Visible dates are parsed as if written in UTC: the difference is the local offset.
        let diff = v.unix - published.unix;
        let rounded = ((diff as f64) / 900.0).round() as i64 * 900;
        if (-12 * 3600..=14 * 3600).contains(&rounded) && (diff - rounded).abs() <= 120 {
            return Published { offset_seconds: rounded as i32, ..published };
        }
    }
    // A printed day (no time) one day off the UTC date: the instant fell on that day in the
    // publisher's zone. The printed day is what the publisher states; keep it.
    if let (Some(v), Some(utc_day)) = (visible.first(), published.local_date())
        && v.precision == stemmata_model::DatePrecision::Day
        && let Some(vd) = v.local_date()
        && (utc_day - vd).get_days().abs() == 1
        && (published.unix - v.unix).abs() < 36 * 3600
    {
        return Published { unix: v.unix, offset_seconds: 0, precision: stemmata_model::DatePrecision::Day, source: published.source };
    }
    published
}

/// The first date in the `content` or `datetime` of the elements `itemprop` matches
/// (`[itemprop=datePublished]`...).
fn itemprop_date(candidates: &[NodeRef], itemprop: &Matcher) -> Option<Published> {
    candidates
        .iter()
        .filter(|n| n.is_match(itemprop))
        .find_map(|n| {
            n.attr("content").or_else(|| n.attr("datetime")).and_then(|v| parse_date(&v, DateSource::Metadata))
        })
}

/// The first `<time datetime>` (or `pubdate`) that parses, preferring one inside the article.
fn time_element(times: &[NodeRef]) -> Option<Published> {
    let from = |sel: &Matcher| {
        times.iter().filter(|t| t.is_match(sel)).find_map(|t| {
            t.attr("datetime")
                .and_then(|v| parse_date(&v, DateSource::Metadata))
                .or_else(|| parse_date(&t.text(), DateSource::Metadata))
        })
    };
    from(&TIME_PUBDATE).or_else(|| from(&ARTICLE_TIME)).or_else(|| from(&TIME))
}

#[derive(Default)]
struct LdFacts {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
}

/// Facts from JSON-LD blocks, preferring an article-typed object (NewsArticle, BlogPosting...)
/// anywhere in the block (top level, arrays, `@graph`).
fn json_ld(scripts: &[NodeRef]) -> LdFacts {
    let mut blocks: Vec<serde_json::Value> = Vec::new();
    for s in scripts.iter().filter(|s| s.is_match(&JSON_LD)) {
        let text = s.text();
        let trimmed = text.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>").trim();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(trimmed) {
            blocks.push(v);
        }
    }
    let mut objects: Vec<&serde_json::Value> = Vec::new();
    for b in &blocks {
        collect_objects(b, &mut objects, 0);
    }
    let is_article = |o: &serde_json::Value| {
        let types: Vec<String> = match o.get("@type") {
            Some(serde_json::Value::String(s)) => vec![s.clone()],
            Some(serde_json::Value::Array(a)) => a.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect(),
            _ => vec![],
        };
        types.iter().any(|t| t.ends_with("Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting")
    };
    let mut facts = LdFacts::default();
    let ordered = objects.iter().filter(|o| is_article(o)).chain(objects.iter().filter(|o| !is_article(o)));
    for o in ordered {
        let s = |k: &str| o.get(k).and_then(|v| v.as_str()).map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        if facts.published.is_none() {
            facts.published = s("datePublished").or_else(|| s("dateCreated"));
        }
        if facts.modified.is_none() {
            facts.modified = s("dateModified");
        }
        if is_article(o) {
            if facts.headline.is_none() {
                facts.headline = s("headline");
            }
            if facts.author.is_none() {
                facts.author = o.get("author").and_then(names);
            }
            if facts.publisher.is_none() {
                facts.publisher = o.get("publisher").and_then(names);
            }
        }
    }
    facts
}

fn collect_objects<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a serde_json::Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_objects(x, out, depth + 1)),
        serde_json::Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                collect_objects(g, out, depth + 1);
            }
            out.push(v);
        }
        _ => {}
    }
}

/// `"Jane Doe"`, `{"name": "Jane Doe"}` or a list of them -> "Jane Doe, John Roe".
fn names(v: &serde_json::Value) -> Option<String> {
    let list: Vec<String> = match v {
        serde_json::Value::String(s) => vec![s.trim().to_owned()],
        serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()).map(|n| vec![n.trim().to_owned()]).unwrap_or_default(),
        serde_json::Value::Array(a) => a.iter().filter_map(names).collect(),
        _ => vec![],
    };
    let list: Vec<String> = list.into_iter().filter(|n| !n.is_empty() && !n.contains("://")).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="de-AT"><head>
<title>Brücke eröffnet | Kärntner Bote</title>
<meta property="og:site_name" content="Kärntner Bote">
<meta property="og:title" content="Neue Brücke über die Drau eröffnet">
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
<link rel="canonical" href="https://bote.example/regional/bruecke-eroeffnet">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Bote"},
 {"@type":"NewsArticle","headline":"Neue Brücke","dateModified":"2024-03-06T08:00:00+01:00",
  "author":[{"@type":"Person","name":"Anna Huber"}]}]}</script>
</head><body><nav><a href="/">Start</a> <a href="/regional">Regional</a></nav>
<article><h1>Neue Brücke über die Drau eröffnet</h1>
<p>Nach drei Jahren Bauzeit ist die neue Brücke über die Drau am Dienstag für den Verkehr freigegeben worden. Der Bürgermeister sprach von einem wichtigen Tag für die ganze Region.</p>
<p>Die Baukosten lagen bei rund 14 Millionen Euro und damit knapp unter dem ursprünglichen Plan. Fußgänger und Radfahrer erhalten einen eigenen, breiten Streifen auf der Südseite.</p>
<p>Der alte Übergang aus dem Jahr 1961 wird im Sommer abgerissen. Bis dahin bleibt er für Fußgänger geöffnet, teilte die Landesregierung am Montag mit.</p>
</article><footer>© Kärntner Bote. Alle Rechte vorbehalten.</footer></body></html>"#;

    #[test]
    fn inert_markup_is_stripped_but_json_ld_kept() {
        let html = "<p>a</p><script>var x='<p>no</p>';</script><SCRIPT type=\"application/ld+json\">{}</SCRIPT><!-- c --><style>p{}</style><svg><text>t</text></svg><p>b</p><script>unclosed";
        assert_eq!(strip_inert(html).0, "<p>a</p><SCRIPT type=\"application/ld+json\">{}</SCRIPT><p>b</p>");
        assert_eq!(strip_inert("é<scripts>x</scripts><").0, "é<scripts>x</scripts><");
    }

    #[test]
    fn nesting_depth_counts_open_elements() {
        assert_eq!(nesting_depth("<html><body><div><p>a<br>b</p><img src=x></div></body></html>", 100), 4);
        assert_eq!(nesting_depth(&"<div>".repeat(50), 10), 11);
        // The pre-parse scan counts the same way.
        for html in ["<html><body><div><p>a<br>b</p><img src=x></div></body></html>", "<div><span/><p>x</p><p>y"] {
            assert_eq!(strip_inert(html).1, nesting_depth(html, 100), "{html}");
        }
        // ... except that it steps over attribute values whole.
        assert_eq!(strip_inert("<a title=\"<b>\">x</a>").1, 1);
        let deep = format!("{}<p>text</p>", "<span>".repeat(MAX_NESTING + 10));
        assert_eq!(extract(&deep, None), ExtractedPage::default());
    }

    #[test]
    fn metadata_from_meta_tags_and_json_ld() {
        let p = extract(PAGE, Some("https://bote.example/x?utm=1"));
        let m = &p.meta;
        assert_eq!(m.title.as_deref(), Some("Neue Brücke über die Drau eröffnet"));
        assert_eq!(m.site_name.as_deref(), Some("Kärntner Bote"));
        assert_eq!(m.language.as_deref(), Some("de"));
        assert_eq!(m.canonical_url.as_deref(), Some("https://bote.example/regional/bruecke-eroeffnet"));
        assert_eq!(m.byline.as_deref(), Some("Anna Huber"));
        assert_eq!(m.published.map(|p| p.to_rfc3339()).as_deref(), Some("2024-03-05T09:30:00+01:00"));
        assert_eq!(m.modified.map(|p| p.to_rfc3339()).as_deref(), Some("2024-03-06T08:00:00+01:00"));
    }

    #[test]
    fn main_text_keeps_paragraphs_and_drops_navigation() {
        let p = extract(PAGE, None);
        assert!(p.text.contains("Nach drei Jahren Bauzeit"), "{}", p.text);
        assert!(p.text.contains("wird im Sommer abgerissen"));
        assert!(!p.text.contains("Alle Rechte vorbehalten"));
        assert!(!p.text.contains("Regional"));
        assert!(p.text.lines().count() >= 3);
    }

    #[test]
    fn tree_walks_find_what_the_selectors_did() {
        let html = r#"<html><body><div role="navigation">menu</div><p hidden>gone</p><figure>fig</figure>
<div class="x"><span class="post-Date">5 March 2024</span><p>Kept <b>bold</b> text.</p></div></body></html>"#;
        let doc = Document::from(html);
        assert_eq!(elements_where(&doc, is_dropped).len(), 3);
        // The one-walk search finds the same, and nothing inside what is dropped.
        let found = Candidates::find(&doc);
        let ids = |v: &[NodeRef]| v.iter().map(|n| n.id).collect::<Vec<_>>();
        assert_eq!(ids(&found.dropped), ids(&elements_where(&doc, is_dropped)));
        let nested = Document::from("<body><nav><ul><li><b>x</b></li></ul></nav><ol><li><b>y</b></li></ol></body>");
        let found = Candidates::find(&nested);
        assert_eq!((found.dropped.len(), found.lists.len(), found.headings.len()), (1, 1, 1));
        let dates: Vec<String> = elements_where(&doc, is_date_block).iter().map(|n| n.text().to_string()).collect();
        assert_eq!(dates, ["5 March 2024"]);
        for n in doc.root().descendants_it().filter(|n| n.is_element()) {
            assert_eq!(text_len(&n), n.text().len());
            assert_eq!(text_longer_than(&n, 10), n.text().len() > 10);
        }
        remove_boilerplate(&doc, Candidates::find(&doc));
        let text = doc.select("body").text().to_string();
        assert!(!text.contains("menu") && !text.contains("gone") && !text.contains("fig"), "{text}");
        assert!(text.contains("Kept bold text."));
    }

    #[test]
    fn date_falls_back_to_time_element_then_url() {
        let html = r#"<html><body><article><time datetime="2023-07-14T18:05:00Z">14 July</time><p>x</p></article></body></html>"#;
        let p = extract(html, Some("https://n.example/2020/01/01/a"));
        assert_eq!(p.meta.published.and_then(|d| d.local_date()).map(|d| d.to_string()).as_deref(), Some("2023-07-14"));
        let p = extract("<html><body><p>x</p></body></html>", Some("https://n.example/2020/01/02/a"));
        assert_eq!(p.meta.published.and_then(|d| d.local_date()).map(|d| d.to_string()).as_deref(), Some("2020-01-02"));
    }
}
