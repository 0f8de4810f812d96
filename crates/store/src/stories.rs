//! Stories as the pipeline formed them: the full report per story (JSON, the output contract)
//! plus a few plain columns so lists can be filtered and sorted without decoding JSON.

use crate::{Page, Result, Store, StoreError};
use rusqlite::{OptionalExtension, Row, params, params_from_iter, types::Value};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use stemmata_model::report::{ArticleSummary, OutletReport, Report, StoryReport};
use stemmata_model::{DateSource, Published};

/// One line of a story list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoryRow {
    pub id: String,
    pub title: String,
    /// Number of articles.
    pub size: usize,
    /// Distinct outlets, most articles first.
    pub outlets: Vec<String>,
    /// Distinct languages (ISO 639-1), sorted.
    pub languages: Vec<String>,
    /// RFC 3339, in the offset the earliest/latest article was written in.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// How many sources the story rests on independently (see [`independent_sources`]).
    pub independent_sources: usize,
}

/// How a story list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StorySort {
    /// Most articles first (the pipeline's own order breaks ties).
    #[default]
    Size,
    /// Most recently seen first; undated stories last.
    Recent,
    /// Most independent sources first.
    Independent,
}

impl std::str::FromStr for StorySort {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "size" => Ok(StorySort::Size),
            "recent" => Ok(StorySort::Recent),
            "independent" => Ok(StorySort::Independent),
            other => Err(format!("unknown sort '{other}' (expected size, recent or independent)")),
        }
    }
}

/// Narrows a story list. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryFilter {
    /// Stories carried by this outlet (name or domain, case-insensitive).
    pub outlet: Option<String>,
    /// Stories with at least one article in this language.
    pub language: Option<String>,
    /// Stories with at least this many articles.
    pub min_size: Option<usize>,
    /// Title contains this text (case-insensitive for ASCII).
    pub title: Option<String>,
    pub sort: StorySort,
}

/// Everything a story page shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryDetail {
    #[serde(flatten)]
    pub row: StoryRow,
    pub report: StoryReport,
    /// The story's articles, earliest first (undated last), then by outlet.
    pub articles: Vec<ArticleSummary>,
}

/// Independent sources of a story. When the claims stage has counted independent sources per
/// claim, the story's figure is that of its best-corroborated claim. Otherwise it is estimated
/// from provenance: the distinct outlets of articles that relay no one, plus the outlets and
/// agencies outside the corpus that relays point to (people and anonymous sources quoted along
/// the way are not counted). Ten outlets copying one agency count as one.
pub fn independent_sources(story: &StoryReport, outlet_of: &BTreeMap<String, String>) -> usize {
    if let Some(best) = story.claims.iter().map(|c| c.independent_sources).max() {
        return best;
    }
    let relaying: BTreeSet<&str> = story.relays.iter().map(|r| r.article_id.as_str()).collect();
    let mut sources: BTreeSet<String> = story
        .article_ids
        .iter()
        .filter(|id| !relaying.contains(id.as_str()))
        .map(|id| outlet_of.get(id).cloned().unwrap_or_else(|| format!("article {id}")).to_lowercase())
        .collect();
    for origin in story.origins.iter().filter(|o| !o.in_corpus) {
        if matches!(origin.kind.as_deref(), None | Some("outlet") | Some("agency")) {
            sources.insert(origin.name.to_lowercase());
        }
    }
    sources.len()
}

const ROW_COLUMNS: &str =
    "id, title, size, outlets, languages, first_seen, last_seen, independent_sources";

fn row_from(r: &Row<'_>) -> Result<StoryRow> {
    let outlets: String = r.get(3)?;
    let languages: String = r.get(4)?;
    Ok(StoryRow {
        id: r.get(0)?,
        title: r.get(1)?,
        size: r.get::<_, i64>(2)? as usize,
        outlets: serde_json::from_str(&outlets).map_err(|source| StoreError::Json { what: "stories.outlets", source })?,
        languages: serde_json::from_str(&languages)
            .map_err(|source| StoreError::Json { what: "stories.languages", source })?,
        first_seen: r.get(5)?,
        last_seen: r.get(6)?,
        independent_sources: r.get::<_, i64>(7)? as usize,
    })
}

impl Store {
    /// Replaces all stored stories with those of `report` (one transaction: readers see the old
    /// set or the new one, never a mix). Returns how many stories were stored.
    pub fn replace_stories(&mut self, report: &Report) -> Result<usize> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM story_entities", [])?;
        tx.execute("DELETE FROM story_reports", [])?;
        tx.execute("DELETE FROM story_articles", [])?;
        tx.execute("DELETE FROM stories", [])?;
        {
            let mut lookup = tx.prepare_cached(
                "SELECT outlet, outlet_domain, language, published_unix, published_offset FROM articles WHERE id = ?1",
            )?;
            let mut insert_story = tx.prepare_cached(
                "INSERT OR REPLACE INTO stories (id, position, title, size, outlets, outlet_count, languages, \
                 first_seen, first_seen_unix, last_seen, last_seen_unix, independent_sources) \
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
            )?;
            let mut insert_report =
                tx.prepare_cached("INSERT OR REPLACE INTO story_reports (story_id, report) VALUES (?1, ?2)")?;
            let mut insert_member =
                tx.prepare_cached("INSERT OR IGNORE INTO story_articles (article_id, story_id) VALUES (?1, ?2)")?;
            let mut insert_entity = tx.prepare_cached(
                "INSERT OR IGNORE INTO story_entities (story_id, name, kind, aliases, roles) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (position, story) in report.stories.iter().enumerate() {
                let mut outlet_of = BTreeMap::new();
                let mut outlet_counts: BTreeMap<String, usize> = BTreeMap::new();
                let mut languages = BTreeSet::new();
                let mut first: Option<(i64, i64)> = None;
                let mut last: Option<(i64, i64)> = None;
                for id in &story.article_ids {
                    let found = lookup
                        .query_row([id], |r| {
                            Ok((
                                r.get::<_, Option<String>>(0)?,
                                r.get::<_, Option<String>>(1)?,
                                r.get::<_, Option<String>>(2)?,
                                r.get::<_, Option<i64>>(3)?,
                                r.get::<_, Option<i64>>(4)?,
                            ))
                        })
                        .optional()?;
                    let Some((name, domain, language, unix, offset)) = found else { continue };
                    if let Some(outlet) = name.or(domain) {
                        *outlet_counts.entry(outlet.clone()).or_default() += 1;
                        outlet_of.insert(id.clone(), outlet);
                    }
                    if let Some(l) = language {
                        languages.insert(l);
                    }
                    if let Some(unix) = unix {
                        let stamp = (unix, offset.unwrap_or(0));
                        if first.is_none_or(|f| stamp.0 < f.0) {
                            first = Some(stamp);
                        }
                        if last.is_none_or(|l| stamp.0 > l.0) {
                            last = Some(stamp);
                        }
                    }
                }
                let mut outlets: Vec<(String, usize)> = outlet_counts.into_iter().collect();
                outlets.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                let outlets: Vec<String> = if outlets.is_empty() {
                    story.outlets.clone()
                } else {
                    outlets.into_iter().map(|(o, _)| o).collect()
                };
                let languages: Vec<String> = languages.into_iter().collect();
                let rfc = |s: Option<(i64, i64)>| {
                    s.map(|(u, o)| {
                        Published::new(u, o as i32, stemmata_model::DatePrecision::Second, DateSource::Header).to_rfc3339()
                    })
                };
                let first_seen = story.first_seen.clone().or_else(|| rfc(first));
                let last_seen = story.last_seen.clone().or_else(|| rfc(last));
                insert_story.execute(params![
                    story.id,
                    position as i64,
                    story.title,
                    story.article_ids.len() as i64,
                    to_json(&outlets)?,
                    outlets.len() as i64,
                    to_json(&languages)?,
                    first_seen,
                    first.map(|f| f.0),
                    last_seen,
                    last.map(|l| l.0),
                    independent_sources(story, &outlet_of) as i64,
                ])?;
                insert_report.execute(params![story.id, to_json(story)?])?;
                for id in &story.article_ids {
                    insert_member.execute(params![id, story.id])?;
                }
                for e in &story.entities {
                    insert_entity.execute(params![story.id, e.name, e.kind, to_json(&e.aliases)?, to_json(&e.roles)?])?;
                }
            }
        }
        tx.commit()?;
        Ok(report.stories.len())
    }

    /// A page of stories and the total number matching the filter.
    pub fn stories(&self, filter: &StoryFilter, page: Page) -> Result<(usize, Vec<StoryRow>)> {
        let mut clauses: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        if let Some(outlet) = filter.outlet.as_deref().filter(|s| !s.is_empty()) {
            clauses.push(
                "EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id \
                 WHERE sa.story_id = stories.id AND (a.outlet = ? COLLATE NOCASE OR a.outlet_domain = ? COLLATE NOCASE))",
            );
            values.push(Value::Text(outlet.to_string()));
            values.push(Value::Text(outlet.to_string()));
        }
        if let Some(language) = filter.language.as_deref().filter(|s| !s.is_empty()) {
            clauses.push("EXISTS (SELECT 1 FROM json_each(stories.languages) WHERE value = ?)");
            values.push(Value::Text(language.to_string()));
        }
        if let Some(min) = filter.min_size {
            clauses.push("size >= ?");
            values.push(Value::Integer(min as i64));
        }
        if let Some(title) = filter.title.as_deref().filter(|s| !s.is_empty()) {
            clauses.push("title LIKE ? ESCAPE '\\'");
            let escaped = title.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            values.push(Value::Text(format!("%{escaped}%")));
        }
        let where_sql = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
        let order = match filter.sort {
            StorySort::Size => "size DESC, position, id",
            // NULL sorts lowest, so undated stories come last in a descending order.
            StorySort::Recent => "last_seen_unix DESC, position, id",
            StorySort::Independent => "independent_sources DESC, size DESC, position, id",
        };
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM stories {where_sql}"),
            params_from_iter(values.iter()),
            |r| r.get(0),
        )?;
        let sql = format!("SELECT {ROW_COLUMNS} FROM stories {where_sql} ORDER BY {order} LIMIT ? OFFSET ?");
        values.push(Value::Integer(page.limit as i64));
        values.push(Value::Integer(page.offset as i64));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values.iter()))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(row_from(r)?);
        }
        Ok((total as usize, out))
    }

    /// One story with its report and its articles.
    pub fn story(&self, id: &str) -> Result<Option<StoryDetail>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS}, (SELECT report FROM story_reports WHERE story_id = stories.id) FROM stories WHERE id = ?1"
        ))?;
        let mut rows = stmt.query([id])?;
        let Some(r) = rows.next()? else { return Ok(None) };
        let row = row_from(r)?;
        let report: String = r.get(8)?;
        let report: StoryReport =
            serde_json::from_str(&report).map_err(|source| StoreError::Json { what: "stories.report", source })?;
        let articles = self.story_articles(id)?;
        Ok(Some(StoryDetail { row, report, articles }))
    }

    /// The summaries of a story's articles, earliest first (undated last), then outlet, then id.
    pub fn story_articles(&self, story_id: &str) -> Result<Vec<ArticleSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.source, a.title, a.outlet, a.outlet_domain, a.published_unix, a.published_offset, \
             a.published_precision, a.published_source, a.language, a.url \
             FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?1 \
             ORDER BY a.published_unix IS NULL, a.published_unix, a.outlet, a.id",
        )?;
        let rows = stmt.query_map([story_id], |r| summary_from_row(r, Some(story_id.to_string())))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Every stored story with its report, in the pipeline's order, read in bounded chunks.
    pub fn all_stories(&self) -> StoryIter<'_> {
        StoryIter { store: self, after_position: -1, buffer: Default::default(), done: false }
    }

    /// Story ids in the pipeline's order (small: one string per story).
    pub fn story_ids(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM stories ORDER BY position, id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

impl Store {
    /// Entities across stories (or of one story), most stories first. Names are matched
    /// case-insensitively by substring; aliases and roles are merged over the stories.
    pub fn entities(
        &self,
        name_contains: Option<&str>,
        kind: Option<&str>,
        story: Option<&str>,
        page: Page,
    ) -> Result<(usize, Vec<EntityRow>)> {
        let mut clauses: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        if let Some(name) = name_contains.filter(|s| !s.is_empty()) {
            clauses.push("name LIKE ? ESCAPE '\\'");
            let escaped = name.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            values.push(Value::Text(format!("%{escaped}%")));
        }
        if let Some(kind) = kind.filter(|s| !s.is_empty()) {
            clauses.push("kind = ?");
            values.push(Value::Text(kind.to_string()));
        }
        if let Some(story) = story.filter(|s| !s.is_empty()) {
            clauses.push("story_id = ?");
            values.push(Value::Text(story.to_string()));
        }
        let where_sql = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM (SELECT 1 FROM story_entities {where_sql} GROUP BY name, kind)"),
            params_from_iter(values.iter()),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT name, kind, count(*) AS n, json_group_array(story_id), json_group_array(json(aliases)), \
             json_group_array(json(roles)) FROM story_entities {where_sql} GROUP BY name, kind \
             ORDER BY n DESC, name, kind LIMIT ? OFFSET ?"
        );
        values.push(Value::Integer(page.limit as i64));
        values.push(Value::Integer(page.offset as i64));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values.iter()))?;
        let mut out = Vec::new();
        let parse = |s: String, what: &'static str| -> Result<Vec<serde_json::Value>> {
            serde_json::from_str(&s).map_err(|source| StoreError::Json { what, source })
        };
        while let Some(r) = rows.next()? {
            let mut story_ids: Vec<String> = parse(r.get(3)?, "entities.stories")?
                .into_iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            story_ids.sort();
            let merge = |lists: Vec<serde_json::Value>| -> Vec<String> {
                let set: BTreeSet<String> = lists
                    .iter()
                    .filter_map(|l| l.as_array())
                    .flatten()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect();
                set.into_iter().collect()
            };
            out.push(EntityRow {
                name: r.get(0)?,
                kind: r.get(1)?,
                stories: r.get::<_, i64>(2)? as usize,
                aliases: merge(parse(r.get(4)?, "entities.aliases")?),
                roles: merge(parse(r.get(5)?, "entities.roles")?),
                story_ids,
            });
        }
        Ok((total as usize, out))
    }
}

/// An entity as listed across stories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityRow {
    pub name: String,
    pub kind: String,
    /// Number of stories mentioning it.
    pub stories: usize,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub story_ids: Vec<String>,
}

/// Builds an [`ArticleSummary`] from the 11 summary columns.
pub(crate) fn summary_from_row(r: &Row<'_>, story_id: Option<String>) -> rusqlite::Result<ArticleSummary> {
    let unix: Option<i64> = r.get(5)?;
    let published = unix.map(|u| {
        let offset: i64 = r.get::<_, Option<i64>>(6).ok().flatten().unwrap_or(0);
        Published::new(u, offset as i32, stemmata_model::DatePrecision::Second, DateSource::Header)
    });
    Ok(ArticleSummary {
        id: r.get(0)?,
        source: r.get(1)?,
        title: r.get(2)?,
        outlet: OutletReport { name: r.get(3)?, domain: r.get(4)? },
        published: published.map(|p| p.to_rfc3339()),
        published_source: if unix.is_some() { r.get(8)? } else { None },
        language: r.get(9)?,
        url: r.get(10)?,
        story_id,
    })
}

/// Streams `(row, report)` pairs (see [`Store::all_stories`]).
pub struct StoryIter<'a> {
    store: &'a Store,
    after_position: i64,
    buffer: std::collections::VecDeque<(StoryRow, StoryReport)>,
    done: bool,
}

impl StoryIter<'_> {
    fn refill(&mut self) -> Result<()> {
        const CHUNK: i64 = 500;
        let mut stmt = self.store.conn.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS}, (SELECT report FROM story_reports WHERE story_id = stories.id), position \
             FROM stories WHERE position > ?1 ORDER BY position LIMIT ?2"
        ))?;
        let mut rows = stmt.query(params![self.after_position, CHUNK])?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            let row = row_from(r)?;
            let report: String = r.get(8)?;
            let report: StoryReport =
                serde_json::from_str(&report).map_err(|source| StoreError::Json { what: "stories.report", source })?;
            self.after_position = r.get(9)?;
            self.buffer.push_back((row, report));
            n += 1;
        }
        if n < CHUNK {
            self.done = true;
        }
        Ok(())
    }
}

impl Iterator for StoryIter<'_> {
    type Item = Result<(StoryRow, StoryReport)>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.buffer.is_empty() && !self.done
            && let Err(e) = self.refill() {
                self.done = true;
                return Some(Err(e));
            }
        self.buffer.pop_front().map(Ok)
    }
}

fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|source| StoreError::Json { what: "stories", source })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::article;
    use stemmata_model::report::{EntityReport, OriginReport, RelayReport};

    fn two_story_store() -> (Store, Vec<stemmata_model::Article>) {
        let mut store = Store::open_in_memory().unwrap();
        let a = article("Bridge reopens", "The bridge reopened.", "Espreso", Some(1_764_353_520));
        let b = article("Bridge reopens, says Espreso", "As reported by Espreso, the bridge reopened.", "Censor", Some(1_764_357_000));
        let c = article("Grain exports rise", "Exports rose.", "Reuters", None);
        store.insert_articles(&[a.clone(), b.clone(), c.clone()]).unwrap();
        let report = Report {
            articles: vec![],
            stories: vec![
                StoryReport {
                    id: "s-1".into(),
                    title: a.title.clone(),
                    article_ids: vec![a.id.clone(), b.id.clone()],
                    relays: vec![RelayReport {
                        origin: "Espreso".into(),
                        article_id: b.id.clone(),
                        evidence: "As reported by Espreso".into(),
                        origin_article_id: Some(a.id.clone()),
                        kind: Some("attribution".into()),
                    }],
                    ..Default::default()
                },
                StoryReport {
                    id: "s-2".into(),
                    title: c.title.clone(),
                    article_ids: vec![c.id.clone()],
                    origins: vec![OriginReport { name: "Ministry".into(), in_corpus: false, article_id: None, kind: None }],
                    entities: vec![EntityReport {
                        name: "Odesa".into(),
                        kind: "place".into(),
                        aliases: vec!["Odessa".into()],
                        roles: vec![],
                        article_ids: vec![],
                    }],
                    ..Default::default()
                },
            ],
            diagnostics: vec![],
        };
        store.replace_stories(&report).unwrap();
        (store, vec![a, b, c])
    }

    #[test]
    fn list_shows_size_outlets_dates_and_independent_sources() {
        let (store, _) = two_story_store();
        let (total, rows) = store.stories(&StoryFilter::default(), Page::default()).unwrap();
        assert_eq!(total, 2);
        assert_eq!(rows[0].id, "s-1");
        assert_eq!(rows[0].size, 2);
        assert_eq!(rows[0].outlets, vec!["Censor".to_string(), "Espreso".to_string()]);
        assert_eq!(rows[0].first_seen.as_deref(), Some("2025-11-28T20:12:00+02:00"));
        // Censor relays Espreso: one independent source, not two.
        assert_eq!(rows[0].independent_sources, 1);
        // Reuters' own article plus the ministry it cites from outside the corpus.
        assert_eq!(rows[1].independent_sources, 2);
        assert_eq!(rows[1].first_seen, None);
    }

    #[test]
    fn counted_claims_decide_the_independent_figure() {
        let claim = |n| stemmata_model::report::ClaimReport {
            text: "x".into(),
            article_ids: vec![],
            independent_sources: n,
            variants: vec![],
            sources: vec![],
        };
        let story = StoryReport { claims: vec![claim(1), claim(3)], ..Default::default() };
        assert_eq!(independent_sources(&story, &BTreeMap::new()), 3);
        let people = StoryReport {
            article_ids: vec!["a".into()],
            relays: vec![RelayReport { origin: "X".into(), article_id: "a".into(), evidence: String::new(), origin_article_id: None, kind: None }],
            origins: vec![OriginReport { name: "A spokesman".into(), in_corpus: false, article_id: None, kind: Some("person".into()) }],
            ..Default::default()
        };
        assert_eq!(independent_sources(&people, &BTreeMap::new()), 0);
    }

    #[test]
    fn filters_narrow_the_list() {
        let (store, _) = two_story_store();
        let by_outlet = StoryFilter { outlet: Some("reuters".into()), ..Default::default() };
        let (total, rows) = store.stories(&by_outlet, Page::default()).unwrap();
        assert_eq!((total, rows[0].id.as_str()), (1, "s-2"));
        let big = StoryFilter { min_size: Some(2), ..Default::default() };
        assert_eq!(store.stories(&big, Page::default()).unwrap().0, 1);
        let titled = StoryFilter { title: Some("grain".into()), ..Default::default() };
        assert_eq!(store.stories(&titled, Page::default()).unwrap().1[0].id, "s-2");
        let none = StoryFilter { language: Some("de".into()), ..Default::default() };
        assert_eq!(store.stories(&none, Page::default()).unwrap().0, 0);
    }

    #[test]
    fn story_detail_and_article_story_link() {
        let (store, arts) = two_story_store();
        let detail = store.story("s-1").unwrap().unwrap();
        assert_eq!(detail.report.relays.len(), 1);
        assert_eq!(detail.articles.len(), 2);
        assert_eq!(detail.articles[0].id, arts[0].id, "earliest first");
        assert_eq!(store.article(&arts[2].id).unwrap().unwrap().story_id.as_deref(), Some("s-2"));
        assert!(store.story("s-404").unwrap().is_none());
    }

    #[test]
    fn entities_are_listed_with_their_stories() {
        let (store, _) = two_story_store();
        let (total, rows) = store.entities(Some("ode"), None, None, Page::default()).unwrap();
        assert_eq!(total, 1);
        assert_eq!(rows[0].aliases, vec!["Odessa".to_string()]);
        assert_eq!(rows[0].story_ids, vec!["s-2".to_string()]);
        assert_eq!(store.entities(None, Some("person"), None, Page::default()).unwrap().0, 0);
    }

    #[test]
    fn replacing_stories_leaves_no_stale_membership() {
        let (mut store, arts) = two_story_store();
        store.replace_stories(&Report::default()).unwrap();
        assert_eq!(store.counts().unwrap().stories, 0);
        assert_eq!(store.article(&arts[0].id).unwrap().unwrap().story_id, None);
        let all: Vec<_> = store.all_stories().collect();
        assert!(all.is_empty());
    }
}
