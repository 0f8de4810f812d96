//! The web UI: server-rendered HTML, readable without JavaScript and on a phone. maud escapes
//! every value; nothing here builds HTML by concatenating strings.

use crate::params::{self, PageParams, SearchParams, StoryParams};
use crate::{AppError, State};
use axum::Router;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::{DOCTYPE, Markup, html};
use std::collections::{BTreeMap, BTreeSet};
use stemmata_model::report::{ArticleSummary, ClaimReport, QuoteReport, StoryReport};
use stemmata_store::{Fragment, Page};

const CSS: &str = include_str!("style.css");

pub fn routes() -> Router<State> {
    Router::new()
        .route("/", get(story_list))
        .route("/story/{id}", get(story_page))
        .route("/article/{id}", get(article_page))
        .route("/search", get(search_page))
        .route("/entities", get(entities_page))
        .route("/quarantine", get(quarantine_page))
        .route("/style.css", get(stylesheet))
        .fallback(not_found)
}

async fn stylesheet() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], CSS).into_response()
}

async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, error_page(StatusCode::NOT_FOUND, "There is no page at this address.")).into_response()
}

pub fn error_page(status: StatusCode, message: &str) -> Markup {
    layout(
        &format!("{} {}", status.as_u16(), status.canonical_reason().unwrap_or("")),
        html! {
            h1 { (status.as_u16()) " " (status.canonical_reason().unwrap_or("")) }
            p.error { (message) }
            p { a href="/" { "Back to the stories" } }
        },
    )
}

fn layout(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · stemmata" }
                link rel="stylesheet" href="/style.css";
            }
            body {
                header.top {
                    a.brand href="/" { "stemmata" }
                    nav {
                        a href="/" { "Stories" }
                        a href="/search" { "Search" }
                        a href="/entities" { "Entities" }
                        a href="/quarantine" { "Quarantine" }
                    }
                }
                main { (body) }
                footer { "API: " a href="/openapi.json" { "/openapi.json" } }
            }
        }
    }
}

fn html_query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, AppError> {
    q.map(|Query(v)| v).map_err(|r| AppError::bad_request(r.body_text()).into_html())
}

fn html_id(p: Result<Path<String>, PathRejection>, what: &str) -> Result<String, AppError> {
    let Path(v) = p.map_err(|r| AppError::bad_request(r.body_text()).into_html())?;
    params::id(what, &v).map(str::to_owned).map_err(AppError::into_html)
}

/// `2025-11-28T20:12:00+02:00` → `2025-11-28 20:12 +02:00`.
fn when(rfc3339: Option<&str>) -> String {
    match rfc3339 {
        Some(s) if s.len() >= 16 => format!("{} {}", s[..16].replace('T', " "), s.get(19..).unwrap_or("")),
        Some(s) => s.to_string(),
        None => "undated".into(),
    }
}

fn outlet_of(a: &ArticleSummary) -> String {
    a.outlet.name.clone().or_else(|| a.outlet.domain.clone()).unwrap_or_else(|| "unknown outlet".into())
}

/// Only web links become clickable; `javascript:`, `data:` and the like stay text.
fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")).then_some(url.trim_start())
}

fn fragments(parts: &[Fragment]) -> Markup {
    html! { @for f in parts { @if f.hit { mark { (f.text) } } @else { (f.text) } } }
}

/// Builds `?a=b&c=d` from non-empty pairs, percent-encoded.
fn query_string(pairs: &[(&str, Option<String>)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.as_ref().filter(|v| !v.is_empty()).map(|v| format!("{k}={}", encode(v))))
        .collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn pager(page: Page, total: usize, link: impl Fn(usize) -> String) -> Markup {
    let shown_to = (page.offset + page.limit).min(total);
    html! {
        nav.pager {
            @if page.offset > 0 {
                a rel="prev" href=(link(page.offset.saturating_sub(page.limit))) { "← Previous" }
            }
            span { (if total == 0 { 0 } else { page.offset + 1 }) "–" (shown_to) " of " (total) }
            @if shown_to < total {
                a rel="next" href=(link(page.offset + page.limit)) { "Next →" }
            }
        }
    }
}

async fn story_list(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<StoryParams>, QueryRejection>,
) -> Result<Markup, AppError> {
    let p = html_query(q)?;
    let (filter, page) = p.filter().map_err(AppError::into_html)?;
    let f = filter.clone();
    let (total, rows) = state.read(move |s| Ok(s.stories(&f, page)?)).await.map_err(AppError::into_html)?;
    let link = |offset: usize| {
        query_string(&[
            ("outlet", filter.outlet.clone()),
            ("language", filter.language.clone()),
            ("title", filter.title.clone()),
            ("min_size", filter.min_size.map(|n| n.to_string())),
            ("sort", p.sort.clone()),
            ("offset", Some(offset.to_string())),
        ])
    };
    Ok(layout(
        "Stories",
        html! {
            h1 { "Stories" }
            form.filters method="get" action="/" {
                label { "Title " input type="search" name="title" value=(filter.title.clone().unwrap_or_default()); }
                label { "Outlet " input type="text" name="outlet" value=(filter.outlet.clone().unwrap_or_default()); }
                label { "Language " input type="text" name="language" size="3" value=(filter.language.clone().unwrap_or_default()); }
                label { "Sort "
                    select name="sort" {
                        @for (value, name) in [("size", "most articles"), ("recent", "most recent"), ("independent", "most independent sources")] {
                            option value=(value) selected[p.sort.as_deref() == Some(value)] { (name) }
                        }
                    }
                }
                button type="submit" { "Apply" }
            }
            @if rows.is_empty() {
                p.empty { "No stories yet. Ingest articles with " code { "stemmata ingest PATH" } "." }
            } @else {
                div.scroll {
                    table.stories {
                        thead { tr {
                            th { "Story" } th.num { "Articles" } th { "Outlets" } th { "Languages" }
                            th.when { "First seen" } th.when { "Last seen" } th.num title="Sources the story rests on independently" { "Independent" }
                        } }
                        tbody {
                            @for row in &rows {
                                tr {
                                    td { a href=(format!("/story/{}", row.id)) { (row.title) } }
                                    td.num data-label="articles" { (row.size) }
                                    td data-label="outlets" {
                                        (row.outlets.iter().take(3).cloned().collect::<Vec<_>>().join(", "))
                                        @if row.outlets.len() > 3 { " +" (row.outlets.len() - 3) }
                                    }
                                    td data-label="languages" { (row.languages.join(", ")) }
                                    td.when data-label="first" { (when(row.first_seen.as_deref())) }
                                    td.when data-label="last" { (when(row.last_seen.as_deref())) }
                                    td.num data-label="independent" { (row.independent_sources) }
                                }
                            }
                        }
                    }
                }
                (pager(page, total, link))
            }
        },
    ))
}

async fn story_page(
    axum::extract::State(state): axum::extract::State<State>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Markup, AppError> {
    let id = html_id(p, "story")?;
    let detail = state.read(move |s| Ok(s.story(&id)?)).await.map_err(AppError::into_html)?;
    let Some(detail) = detail else {
        return Err(AppError::not_found("There is no story with this id.").into_html());
    };
    let story = &detail.report;
    let articles = &detail.articles;
    let by_id: BTreeMap<&str, &ArticleSummary> = articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let outlet = |id: &str| by_id.get(id).map(|a| outlet_of(a)).unwrap_or_else(|| "unknown outlet".into());
    let relayed_from: BTreeMap<&str, &str> = story.relays.iter().map(|r| (r.article_id.as_str(), r.origin.as_str())).collect();

    // Articles grouped by outlet, outlets in order of their first article.
    let mut groups: Vec<(String, Vec<&ArticleSummary>)> = Vec::new();
    for a in articles {
        let name = outlet_of(a);
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, list)) => list.push(a),
            None => groups.push((name, vec![a])),
        }
    }
    let unique = unique_by_outlet(story, &by_id);
    let quotes = quotes_by_speaker(&story.quotes);
    let mut timeline = story.timeline.clone();
    timeline.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.expression.cmp(&b.expression)));
    let row = &detail.row;

    Ok(layout(
        &row.title,
        html! {
            h1 { (row.title) }
            p.meta {
                (row.size) " articles · " (row.outlets.len()) " outlets · "
                strong { (row.independent_sources) " independent" } " · "
                (row.languages.join(", ")) " · "
                (when(row.first_seen.as_deref())) " → " (when(row.last_seen.as_deref()))
                " · " a href=(format!("/search{}", query_string(&[("story", Some(row.id.clone()))]))) { "search in this story" }
            }
            nav.toc {
                a href="#articles" { "Articles" } a href="#relays" { "Relays" } a href="#claims" { "Claims" }
                a href="#quotes" { "Quotes" } a href="#timeline" { "Timeline" } a href="#entities" { "Entities" }
            }

            section #articles {
                h2 { "Articles by outlet" }
                @for (name, list) in &groups {
                    div.outlet {
                        h3 { (name) " " span.count { "(" (list.len()) ")" } }
                        ol {
                            @for a in list {
                                li {
                                    span.when { (when(a.published.as_deref())) } " "
                                    a href=(format!("/article/{}", a.id)) { (a.title) }
                                    @if let Some(l) = &a.language { " " span.tag { (l) } }
                                    @if let Some(origin) = relayed_from.get(a.id.as_str()) { " " span.tag.relay { "relays " (origin) } }
                                }
                            }
                        }
                    }
                }
            }

            section #relays {
                h2 { "Provenance" }
                @if !story.origins.is_empty() {
                    h3 { "Origins" }
                    ul {
                        @for o in &story.origins {
                            li {
                                @match &o.article_id {
                                    Some(id) => a href=(format!("/article/{id}")) { (o.name) },
                                    None => (o.name),
                                }
                                @if !o.in_corpus { " " span.tag.external { "outside the corpus" } }
                                @if let Some(kind) = &o.kind { " " span.tag { (kind) } }
                            }
                        }
                    }
                }
                @match crate::graph::relay_graph(story, articles) {
                    Some(svg) => (svg),
                    None => p.empty { "No relay between these articles was detected." },
                }
                @if !story.relays.is_empty() {
                    details {
                        summary { "Evidence for each relay (" (story.relays.len()) ")" }
                        ul {
                            @for r in &story.relays {
                                li {
                                    a href=(format!("/article/{}", r.article_id)) { (outlet(&r.article_id)) }
                                    " ← " (r.origin)
                                    @if let Some(kind) = &r.kind { " " span.tag { (kind) } }
                                    blockquote { (r.evidence) }
                                }
                            }
                        }
                    }
                }
            }

            section #claims {
                h2 { "Claims" }
                @if story.claims.is_empty() { p.empty { "No claims were extracted for this story." } }
                @for c in &story.claims {
                    (claim(c, &outlet))
                }
                @if !unique.is_empty() {
                    h3 { "What each outlet adds" }
                    p.hint { "Claims carried only by one outlet's articles." }
                    @for (name, claims) in &unique {
                        div.outlet {
                            h4 { (name) }
                            ul { @for c in claims { li { (c.text) } } }
                        }
                    }
                }
            }

            section #quotes {
                h2 { "Quotes by speaker" }
                @if quotes.is_empty() { p.empty { "No quotes were found." } }
                @for (speaker, list) in &quotes {
                    div.speaker {
                        h3 { (speaker) }
                        @for q in list {
                            figure.quote {
                                blockquote { "“" (q.text) "”" }
                                figcaption {
                                    a href=(format!("/article/{}", q.article_id)) { (outlet(&q.article_id)) }
                                    @if let Some(kind) = &q.kind { " · " (kind) }
                                    @if let Some(cue) = &q.cue { " · " (cue) }
                                }
                                @if !q.variants.is_empty() {
                                    details {
                                        summary { (q.variants.len()) " variant" @if q.variants.len() != 1 { "s" } }
                                        ul { @for v in &q.variants {
                                            li { a href=(format!("/article/{}", v.article_id)) { (outlet(&v.article_id)) } ": “" (v.text) "”" }
                                        } }
                                    }
                                }
                            }
                        }
                    }
                }
            }

            section #timeline {
                h2 { "Timeline" }
                @if timeline.is_empty() { p.empty { "No dated events were found." } } @else {
                    ol.timeline {
                        @for t in &timeline {
                            li {
                                span.date { (t.date) } " "
                                span.expr { "“" (t.expression) "”" } " — " (t.text) " "
                                a href=(format!("/article/{}", t.article_id)) { (outlet(&t.article_id)) }
                                @if !t.also_in.is_empty() { " " span.tag { "also in " (t.also_in.len()) } }
                                @if let Some(conflict) = &t.conflict { " " span.tag.conflict { "conflict: " (conflict) } }
                            }
                        }
                    }
                }
            }

            section #entities {
                h2 { "Entities" }
                @if story.entities.is_empty() { p.empty { "No entities were found." } } @else {
                    div.scroll { table {
                        thead { tr { th { "Name" } th { "Kind" } th { "Also called" } th { "Roles" } } }
                        tbody { @for e in &story.entities {
                            tr {
                                td { a href=(format!("/entities{}", query_string(&[("name", Some(e.name.clone()))]))) { (e.name) } }
                                td { (e.kind) } td { (e.aliases.join(", ")) } td { (e.roles.join(", ")) }
                            }
                        } }
                    } }
                }
            }
        },
    ))
}

fn claim(c: &ClaimReport, outlet: &dyn Fn(&str) -> String) -> Markup {
    let outlets: BTreeSet<String> = c.article_ids.iter().map(|id| outlet(id)).collect();
    html! {
        div.claim {
            p { span.badge title="independent sources" { (c.independent_sources) } " " (c.text) }
            p.hint {
                (c.independent_sources) " independent source" @if c.independent_sources != 1 { "s" }
                " · in " (c.article_ids.len()) " article" @if c.article_ids.len() != 1 { "s" }
                " (" (outlets.into_iter().collect::<Vec<_>>().join(", ")) ")"
                @if !c.sources.is_empty() { " · rests on " (c.sources.join(", ")) }
            }
            @if !c.variants.is_empty() {
                details {
                    summary { "Wording in each article" }
                    ul { @for v in &c.variants {
                        li { a href=(format!("/article/{}", v.article_id)) { (outlet(&v.article_id)) } ": " (v.text) }
                    } }
                }
            }
        }
    }
}

/// Claims carried by exactly one outlet, when the story has more than one.
fn unique_by_outlet<'a>(
    story: &'a StoryReport,
    by_id: &BTreeMap<&str, &ArticleSummary>,
) -> BTreeMap<String, Vec<&'a ClaimReport>> {
    let outlets: BTreeSet<String> = by_id.values().map(|a| outlet_of(a)).collect();
    let mut out: BTreeMap<String, Vec<&ClaimReport>> = BTreeMap::new();
    if outlets.len() < 2 {
        return out;
    }
    for c in &story.claims {
        let carriers: BTreeSet<String> =
            c.article_ids.iter().filter_map(|id| by_id.get(id.as_str())).map(|a| outlet_of(a)).collect();
        if carriers.len() == 1
            && let Some(name) = carriers.into_iter().next() {
                out.entry(name).or_default().push(c);
            }
    }
    out
}

fn quotes_by_speaker(quotes: &[QuoteReport]) -> BTreeMap<String, Vec<&QuoteReport>> {
    let mut out: BTreeMap<String, Vec<&QuoteReport>> = BTreeMap::new();
    for q in quotes {
        out.entry(q.speaker.clone().unwrap_or_else(|| "Unattributed".into())).or_default().push(q);
    }
    out
}

async fn article_page(
    axum::extract::State(state): axum::extract::State<State>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Markup, AppError> {
    let id = html_id(p, "article")?;
    let found = state.read(move |s| Ok(s.article(&id)?)).await.map_err(AppError::into_html)?;
    let Some(stored) = found else {
        return Err(AppError::not_found("There is no article with this id.").into_html());
    };
    let a = &stored.article;
    let published = a.published.map(|p| p.to_rfc3339());
    let date_source = a.published.map(|p| format!("{:?}", p.source).to_lowercase());
    Ok(layout(
        &a.title,
        html! {
            article.full {
                h1 { (a.title) }
                dl.meta {
                    dt { "Outlet" } dd { (a.outlet_name()) @if let Some(d) = a.outlet.as_ref().and_then(|o| o.domain.as_ref()) { " (" (d) ")" } }
                    dt { "Published" } dd {
                        @match &published { Some(p) => { (when(Some(p))) " " span.tag { "from " (date_source.clone().unwrap_or_default()) } }, None => "unknown (no date stated)" }
                    }
                    @if let Some(b) = &a.byline { dt { "Byline" } dd { (b) } }
                    dt { "Language" } dd { (a.language.clone().unwrap_or_else(|| "unknown".into())) }
                    @if let Some(url) = &a.url {
                        dt { "Original" } dd {
                            @match safe_url(url) {
                                Some(u) => a href=(u) rel="noopener noreferrer nofollow" { (u) },
                                None => code { (url) },
                            }
                        }
                    }
                    dt { "Read from" } dd { code { (a.source) } }
                    @if let Some(story) = &stored.story_id { dt { "Story" } dd { a href=(format!("/story/{story}")) { "see the whole story" } } }
                }
                @for paragraph in a.text.split('\n').filter(|p| !p.trim().is_empty()) {
                    p { (paragraph) }
                }
            }
        },
    ))
}

async fn search_page(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Markup, AppError> {
    let p = html_query(q)?;
    let text = p.query().map_err(AppError::into_html)?;
    let (filter, page) = p.filter().map_err(AppError::into_html)?;
    let results = if text.is_empty() {
        None
    } else {
        Some(state.search(text.clone(), filter.clone(), page).await.map_err(AppError::into_html)?)
    };
    let link = |offset: usize| {
        format!(
            "/search{}",
            query_string(&[
                ("q", Some(text.clone())),
                ("outlet", filter.outlet.clone()),
                ("language", filter.language.clone()),
                ("story", filter.story.clone()),
                ("from", p.from.clone()),
                ("to", p.to.clone()),
                ("offset", Some(offset.to_string())),
            ])
        )
    };
    Ok(layout(
        if text.is_empty() { "Search" } else { &text },
        html! {
            h1 { "Search" }
            form.filters method="get" action="/search" {
                label.wide { "Words " input type="search" name="q" value=(text) placeholder="kharkiv \"grain deal\" export* -rumour"; }
                label { "Outlet " input type="text" name="outlet" value=(filter.outlet.clone().unwrap_or_default()); }
                label { "Language " input type="text" name="language" size="3" value=(filter.language.clone().unwrap_or_default()); }
                label { "From " input type="date" name="from" value=(p.from.clone().unwrap_or_default()); }
                label { "To " input type="date" name="to" value=(p.to.clone().unwrap_or_default()); }
                @if let Some(story) = &filter.story { input type="hidden" name="story" value=(story); }
                button type="submit" { "Search" }
            }
            @if let Some(story) = &filter.story {
                p.hint { "Only in story " a href=(format!("/story/{story}")) { (story) } "." }
            }
            @if let Some(r) = &results {
                p.hint { (r.total) @if r.total_is_lower_bound { "+" } " articles match." }
                ol.hits {
                    @for hit in &r.hits {
                        li {
                            a.title href=(format!("/article/{}", hit.article.id)) { (fragments(&hit.title)) }
                            div.meta {
                                (outlet_of(&hit.article)) " · " (when(hit.article.published.as_deref()))
                                @if let Some(l) = &hit.article.language { " · " (l) }
                                @if let Some(s) = &hit.article.story_id { " · " a href=(format!("/story/{s}")) { "story" } }
                            }
                            @if !hit.snippet.is_empty() { p.snippet { (fragments(&hit.snippet)) } }
                        }
                    }
                }
                (pager(page, r.total, link))
            } @else {
                p.hint { "All words must match. Use \"quotes\" for a phrase, word* for a prefix, -word to exclude, OR between alternatives." }
            }
        },
    ))
}

async fn entities_page(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<crate::params::EntityParams>, QueryRejection>,
) -> Result<Markup, AppError> {
    let p = html_query(q)?;
    let page = PageParams { offset: p.offset, limit: p.limit }.page(50).map_err(AppError::into_html)?;
    let name = params::text("name", &p.name).map_err(AppError::into_html)?;
    let kind = params::text("kind", &p.kind).map_err(AppError::into_html)?;
    let (n, k) = (name.clone(), kind.clone());
    let (total, rows) =
        state.read(move |s| Ok(s.entities(n.as_deref(), k.as_deref(), None, page)?)).await.map_err(AppError::into_html)?;
    let link = |offset: usize| {
        format!("/entities{}", query_string(&[("name", name.clone()), ("kind", kind.clone()), ("offset", Some(offset.to_string()))]))
    };
    Ok(layout(
        "Entities",
        html! {
            h1 { "Entities" }
            form.filters method="get" action="/entities" {
                label { "Name " input type="search" name="name" value=(name.clone().unwrap_or_default()); }
                label { "Kind "
                    select name="kind" {
                        option value="" { "any" }
                        @for k in ["person", "organisation", "place", "event"] { option value=(k) selected[kind.as_deref() == Some(k)] { (k) } }
                    }
                }
                button type="submit" { "Filter" }
            }
            @if rows.is_empty() { p.empty { "No entities." } } @else {
                div.scroll { table {
                    thead { tr { th { "Name" } th { "Kind" } th.num { "Stories" } th { "Also called" } th { "Roles" } } }
                    tbody { @for e in &rows {
                        tr {
                            td { (e.name) } td { (e.kind) }
                            td.num { @for (i, s) in e.story_ids.iter().take(5).enumerate() { @if i > 0 { " " } a href=(format!("/story/{s}")) { (i + 1) } } @if e.stories > 5 { " …" } }
                            td { (e.aliases.join(", ")) } td { (e.roles.join(", ")) }
                        }
                    } }
                } }
                (pager(page, total, link))
            }
        },
    ))
}

async fn quarantine_page(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<PageParams>, QueryRejection>,
) -> Result<Markup, AppError> {
    let page = html_query(q)?.page(50).map_err(AppError::into_html)?;
    let (total, rows) =
        state.read(move |s| Ok((s.counts()?.quarantined, s.quarantine_list(page)?))).await.map_err(AppError::into_html)?;
    Ok(layout(
        "Quarantine",
        html! {
            h1 { "Quarantine" }
            p.hint { "Records that could not be used, kept with their raw bytes so nothing is lost." }
            @if rows.is_empty() { p.empty { "Nothing is quarantined." } }
            @for q in &rows {
                div.quarantined {
                    p { code { (q.source) @if !q.location.is_empty() { ":" (q.location) } } " — " (q.reason) }
                    p.hint { (q.raw_len) " bytes kept" }
                    @if !q.preview.is_empty() { pre { (q.preview) } }
                }
            }
            (pager(page, total, |o| format!("/quarantine?offset={o}")))
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_links_are_clickable() {
        assert_eq!(safe_url("https://x.example/a"), Some("https://x.example/a"));
        assert_eq!(safe_url("  HTTP://x.example"), Some("HTTP://x.example"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url(" JavaScript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,<script>"), None);
    }

    #[test]
    fn query_strings_are_encoded() {
        assert_eq!(query_string(&[("q", Some("a b&c=\"".into())), ("x", None)]), "?q=a%20b%26c%3D%22");
        assert_eq!(query_string(&[("q", Some(String::new()))]), "");
    }

    #[test]
    fn dates_read_well() {
        assert_eq!(when(Some("2025-11-28T20:12:00+02:00")), "2025-11-28 20:12 +02:00");
        assert_eq!(when(None), "undated");
    }
}
