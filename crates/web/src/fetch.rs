//! Polite HTTP fetching: robots.txt, a per-host rate limit, timeouts, retries with backoff,
//! conditional GET (ETag / Last-Modified), a body size cap and a bounded number of redirects.
//!
//! Blocking on purpose (ureq): fetching is paced by the rate limit, not by concurrency, and a
//! blocking client keeps the build small. Redirects are followed here rather than inside the
//! client so every hop is checked against robots.txt and paced like any other request.

use crate::feed::{looks_like_feed, parse_feed};
use crate::readers::{Limits, feed_item_article, feed_records, html_records};
use std::collections::BTreeMap;
use std::io::Read;
use std::time::{Duration, Instant};
use stemmata_ingest::Record;
use stemmata_model::{Diagnostic, Severity};

/// How to fetch.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    pub user_agent: String,
    /// Whole-request timeout (connect, send, receive).
    pub timeout: Duration,
    /// Largest body accepted; larger responses are cut off and reported.
    pub max_bytes: usize,
    pub max_redirects: u32,
    /// Extra attempts after a network error, 429 or 5xx.
    pub retries: u32,
    /// First retry waits this long; each further one twice as long.
    pub backoff: Duration,
    /// Least time between two requests to one host (robots.txt Crawl-delay may raise it).
    pub per_host_interval: Duration,
    pub respect_robots: bool,
    /// Use HTTP(S)_PROXY from the environment.
    pub use_env_proxy: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            user_agent: format!("stemmata/{} (news analysis; +robots.txt respected)", env!("CARGO_PKG_VERSION")),
            timeout: Duration::from_secs(20),
            max_bytes: 16 << 20,
            max_redirects: 5,
            retries: 2,
            backoff: Duration::from_millis(500),
            per_host_interval: Duration::from_secs(1),
            respect_robots: true,
            use_env_proxy: true,
        }
    }
}

/// A fetched document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The URL after redirects.
    pub url: String,
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// What became of one URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Fetched(Fetched),
    /// 304: unchanged since the last fetch (conditional GET).
    NotModified,
    /// robots.txt disallows the URL for our user agent.
    Disallowed,
    /// Failed for good (after retries): the reason.
    Failed(String),
}

/// Validators remembered per URL for conditional GET.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A fetcher with its per-host state (robots rules, pacing) and per-URL validators.
pub struct Fetcher {
    agent: ureq::Agent,
    config: FetchConfig,
    robots: BTreeMap<String, Robots>,
    last_request: BTreeMap<String, Instant>,
    /// Validators by URL; callers persist them between runs (`watch` keeps them in its state file).
    pub validators: BTreeMap<String, Validators>,
}

impl Fetcher {
    pub fn new(config: FetchConfig) -> Self {
        let mut builder = ureq::Agent::config_builder()
            .timeout_global(Some(config.timeout))
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(config.user_agent.as_str());
        if !config.use_env_proxy {
            builder = builder.proxy(None);
        }
        Fetcher {
            agent: builder.build().into(),
            config,
            robots: BTreeMap::new(),
            last_request: BTreeMap::new(),
            validators: BTreeMap::new(),
        }
    }

    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Fetches one URL, following up to `max_redirects` redirects.
    pub fn fetch(&mut self, url: &str) -> Outcome {
        let mut current = url.to_owned();
        for _hop in 0..=self.config.max_redirects {
            let Some(origin) = origin_of(&current) else {
                return Outcome::Failed(format!("not an http(s) URL: {current}"));
            };
            if self.config.respect_robots {
                let robots = self.robots_for(&origin);
                if !robots.allows(path_of(&current)) {
                    return match robots.unavailable.clone() {
                        Some(reason) => {
                            // Not cached when the host was unreachable: the next URL tries again.
                            if robots.retry_later {
                                self.robots.remove(&origin);
                            }
                            Outcome::Failed(reason)
                        }
                        None => Outcome::Disallowed,
                    };
                }
            }
            let conditional = self.validators.get(&current).cloned().unwrap_or_default();
            match self.request_with_retries(&origin, &current, &conditional) {
                Err(reason) => return Outcome::Failed(reason),
                Ok(resp) => match resp.status {
                    304 => return Outcome::NotModified,
                    301 | 302 | 303 | 307 | 308 => {
                        let Some(location) = resp.location else {
                            return Outcome::Failed(format!("redirect {} without Location", resp.status));
                        };
                        current = resolve(&current, &location);
                    }
                    200..=299 => {
                        if resp.truncated {
                            return Outcome::Failed(format!("response larger than {} bytes; not read", self.config.max_bytes));
                        }
                        if resp.validators != Validators::default() {
                            self.validators.insert(current.clone(), resp.validators);
                        }
                        return Outcome::Fetched(Fetched { url: current, status: resp.status, content_type: resp.content_type, body: resp.body });
                    }
                    s => return Outcome::Failed(format!("HTTP status {s}")),
                },
            }
        }
        Outcome::Failed(format!("more than {} redirects", self.config.max_redirects))
    }

    fn robots_for(&mut self, origin: &str) -> &Robots {
        if !self.robots.contains_key(origin) {
            let robots_url = format!("{origin}/robots.txt");
            let rules = match self.request_with_retries(origin, &robots_url, &Validators::default()) {
                Ok(r) if (200..300).contains(&r.status) => {
                    Robots::parse(&String::from_utf8_lossy(&r.body), &product_token(&self.config.user_agent))
                }
                // 4xx: no rules, everything allowed. 5xx or unreachable: the conservative
                // reading of RFC 9309 is "disallow all" until it can be read.
                Ok(r) if (400..500).contains(&r.status) => Robots::default(),
                Ok(r) => Robots {
                    groups_disallow_all: true,
                    unavailable: Some(format!("robots.txt answered HTTP {}; nothing is fetched from this host until it can be read", r.status)),
                    ..Robots::default()
                },
                Err(e) => Robots {
                    groups_disallow_all: true,
                    unavailable: Some(format!("cannot read robots.txt: {e}")),
                    retry_later: true,
                    ..Robots::default()
                },
            };
            self.robots.insert(origin.to_owned(), rules);
        }
        &self.robots[origin]
    }

    fn pace(&mut self, origin: &str) {
        let mut interval = self.config.per_host_interval;
        if let Some(delay) = self.robots.get(origin).and_then(|r| r.crawl_delay) {
            interval = interval.max(delay.min(Duration::from_secs(60)));
        }
        if let Some(last) = self.last_request.get(origin) {
            let since = last.elapsed();
            if since < interval {
                std::thread::sleep(interval - since);
            }
        }
        self.last_request.insert(origin.to_owned(), Instant::now());
    }

    fn request_with_retries(&mut self, origin: &str, url: &str, conditional: &Validators) -> Result<RawResponse, String> {
        let mut attempt = 0;
        loop {
            self.pace(origin);
            let result = self.request_once(url, conditional);
            let retry_after = match &result {
                Ok(r) if r.status == 429 || r.status >= 500 => Some(r.retry_after),
                Ok(_) => None,
                Err(_) => Some(None),
            };
            match retry_after {
                Some(wait) if attempt < self.config.retries => {
                    let backoff = self.config.backoff * 2u32.saturating_pow(attempt);
                    // Honour Retry-After, but never wait more than a minute for one URL.
                    let wait = wait.map_or(backoff, |w| w.max(backoff)).min(Duration::from_secs(60));
                    std::thread::sleep(wait);
                    attempt += 1;
                }
                _ => return result,
            }
        }
    }

    fn request_once(&self, url: &str, conditional: &Validators) -> Result<RawResponse, String> {
        let mut request = self.agent.get(url);
        if let Some(etag) = &conditional.etag {
            request = request.header("If-None-Match", etag.as_str());
        }
        if let Some(lm) = &conditional.last_modified {
            request = request.header("If-Modified-Since", lm.as_str());
        }
        let mut response = request.call().map_err(|e| e.to_string())?;
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let status = response.status().as_u16();
        let content_type = header("content-type");
        let location = header("location");
        let validators = Validators { etag: header("etag"), last_modified: header("last-modified") };
        let retry_after = header("retry-after").and_then(|v| v.trim().parse::<u64>().ok()).map(Duration::from_secs);
        let mut body = Vec::new();
        let mut truncated = false;
        if (200..300).contains(&status) {
            let mut reader = response.body_mut().with_config().limit(u64::MAX).reader();
            (&mut reader).take(self.config.max_bytes as u64 + 1).read_to_end(&mut body).map_err(|e| format!("reading body: {e}"))?;
            if body.len() > self.config.max_bytes {
                truncated = true;
                body.truncate(self.config.max_bytes);
            }
        }
        Ok(RawResponse { status, content_type, location, validators, retry_after, body, truncated })
    }
}

struct RawResponse {
    status: u16,
    content_type: Option<String>,
    location: Option<String>,
    validators: Validators,
    retry_after: Option<Duration>,
    body: Vec<u8>,
    truncated: bool,
}

/// `https://host:port` of a URL.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    (!authority.is_empty()).then(|| format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// Path and query of a URL (`/` when empty).
fn path_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split('#').next().unwrap_or("");
    match rest.find(['/', '?']) {
        Some(i) => &rest[i..],
        None => "/",
    }
}

/// Resolves a Location header against the URL it came from.
pub fn resolve(base: &str, location: &str) -> String {
    let location = location.trim();
    if location.contains("://") {
        return location.to_owned();
    }
    let origin = origin_of(base).unwrap_or_default();
    if let Some(rest) = location.strip_prefix("//") {
        let scheme = base.split("://").next().unwrap_or("https");
        return format!("{scheme}://{rest}");
    }
    if location.starts_with('/') {
        return format!("{origin}{location}");
    }
    let path = path_of(base);
    let path = path.split('?').next().unwrap_or("/");
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{origin}{dir}{location}")
}

/// First word of the user agent, lowercased, as robots.txt groups name agents.
fn product_token(user_agent: &str) -> String {
    user_agent.split(['/', ' ']).next().unwrap_or("").to_ascii_lowercase()
}

/// The rules of a robots.txt for one user agent (RFC 9309: the most specific group, longest
/// matching rule wins, Allow wins ties; `*` and `$` patterns).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Robots {
    /// (allow, pattern)
    rules: Vec<(bool, String)>,
    pub crawl_delay: Option<Duration>,
    /// robots.txt could not be fetched for a server-side reason: nothing is allowed.
    groups_disallow_all: bool,
    /// Why robots.txt could not be read, when it could not.
    unavailable: Option<String>,
    /// The host was unreachable (not an HTTP answer): ask again next time.
    retry_later: bool,
}

/// A robots.txt group: its user agents, its (allow, path) rules and its crawl delay.
type RobotsGroup = (Vec<String>, Vec<(bool, String)>, Option<Duration>);

impl Robots {
    pub fn parse(text: &str, agent: &str) -> Robots {
        // Groups: consecutive user-agent lines, then their rules.
        let mut groups: Vec<RobotsGroup> = Vec::new();
        let mut in_agents = false;
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else { continue };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        groups.push((Vec::new(), Vec::new(), None));
                        in_agents = true;
                    }
                    if let Some(g) = groups.last_mut() {
                        g.0.push(value.to_ascii_lowercase());
                    }
                }
                "allow" | "disallow" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut()
                        && !value.is_empty()
                    {
                        g.1.push((key == "allow", value.to_owned()));
                    }
                }
                "crawl-delay" => {
                    in_agents = false;
                    if let Some(g) = groups.last_mut() {
                        g.2 = value.parse::<f64>().ok().filter(|d| d.is_finite() && *d >= 0.0).map(Duration::from_secs_f64);
                    }
                }
                _ => {}
            }
        }
        let specific: Vec<_> = groups.iter().filter(|g| g.0.iter().any(|a| a != "*" && agent.starts_with(a.as_str()))).collect();
        let chosen: Vec<_> = if specific.is_empty() { groups.iter().filter(|g| g.0.iter().any(|a| a == "*")).collect() } else { specific };
        let mut robots = Robots::default();
        for g in chosen {
            robots.rules.extend(g.1.iter().cloned());
            robots.crawl_delay = robots.crawl_delay.or(g.2);
        }
        robots
    }

    pub fn allows(&self, path: &str) -> bool {
        if self.groups_disallow_all {
            return false;
        }
        if path == "/robots.txt" {
            return true;
        }
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if pattern_matches(pattern, path) {
                let len = pattern.len();
                best = match best {
                    Some((l, a)) if l > len || (l == len && a) => Some((l, a)),
                    _ => Some((len, *allow)),
                };
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// robots.txt pattern match: prefix match with `*` wildcards and a `$` end anchor.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let parts: Vec<&str> = pattern.split('*').collect();
    let mut pos = 0;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            if !path.starts_with(part) {
                return false;
            }
            pos = part.len();
        } else if let Some(found) = path[pos..].find(part) {
            pos += found + part.len();
        } else {
            return false;
        }
    }
    if anchored {
        // The last part must end the path.
        let last = parts.last().copied().unwrap_or("");
        return if parts.len() == 1 { path == pattern } else { path.ends_with(last) };
    }
    true
}

/// Fetches URLs (pages or feeds) and turns them into records. A feed's items are followed to
/// their pages for the full text; an item whose page cannot be had keeps the feed's text.
pub fn fetch_records(fetcher: &mut Fetcher, urls: &[String], limits: Limits, mut progress: impl FnMut(&str)) -> Vec<Record> {
    let mut out = Vec::new();
    for url in urls {
        progress(url);
        match fetcher.fetch(url) {
            Outcome::Fetched(doc) => out.extend(document_records(fetcher, &doc, limits, None, &mut progress)),
            Outcome::NotModified => {}
            other => out.push(outcome_diagnostic(url, &other)),
        }
    }
    out
}

/// A diagnostic for a URL that gave no document.
pub fn outcome_diagnostic(url: &str, outcome: &Outcome) -> Record {
    let message = match outcome {
        Outcome::Disallowed => "robots.txt disallows fetching this URL; skipped".to_owned(),
        Outcome::Failed(reason) => format!("fetch failed: {reason}"),
        Outcome::NotModified => "not modified since the last fetch".to_owned(),
        Outcome::Fetched(_) => String::new(),
    };
    Record::Diagnostic(Diagnostic { source: url.to_owned(), location: String::new(), message, severity: Severity::Error })
}

/// Whether a fetched document is a feed (by Content-Type, else by its first bytes).
pub fn is_feed(doc: &Fetched) -> bool {
    let ct = doc.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    ct.contains("rss") || ct.contains("atom") || ct.contains("feed+json") || (!ct.contains("html") && looks_like_feed(&doc.body))
}

/// Records of one fetched document. For a feed, `only_items` (when given) says which item ids
/// to follow (`watch` passes the new ones).
pub fn document_records(
    fetcher: &mut Fetcher,
    doc: &Fetched,
    limits: Limits,
    only_items: Option<&dyn Fn(&str) -> bool>,
    progress: &mut dyn FnMut(&str),
) -> Vec<Record> {
    if !is_feed(doc) {
        return html_records(&doc.url, "", &doc.body, Some(&doc.url), doc.content_type.as_deref(), limits);
    }
    let feed = match parse_feed(&doc.body) {
        Ok(f) => f,
        Err(_) => return feed_records(&doc.url, "", &doc.body, limits),
    };
    let mut out = Vec::new();
    for item in &feed.items {
        if let Some(filter) = only_items
            && !filter(&item.id)
        {
            continue;
        }
        let from_feed = feed_item_article(&format!("{} item {}", doc.url, item.id), item, feed.title.as_deref(), feed.language.as_deref());
        let Some(link) = item.url.as_deref().filter(|u| origin_of(u).is_some()) else {
            match from_feed {
                Some(a) => out.push(Record::Article(a)),
                None => out.push(Record::Diagnostic(Diagnostic {
                    source: doc.url.clone(),
                    location: format!("item {}", item.id),
                    message: "feed item has neither a link nor text; skipped".into(),
                    severity: Severity::Warning,
                })),
            }
            continue;
        };
        progress(link);
        let page = match fetcher.fetch(link) {
            Outcome::Fetched(page) => html_records(&page.url, "", &page.body, Some(&page.url), page.content_type.as_deref(), limits),
            other => vec![outcome_diagnostic(link, &other)],
        };
        let mut got_article = false;
        for r in page {
            match r {
                Record::Article(mut a) => {
                    // The feed's date and author are the publisher's own statement; keep them
                    // when the page has none.
                    if a.published.is_none()
                        && let Some(f) = &from_feed
                    {
                        a.published = f.published;
                    }
                    if a.byline.is_none() {
                        a.byline = item.author.clone();
                    }
                    a.extra.insert("feed_item_id".into(), serde_json::Value::String(item.id.clone()));
                    got_article = true;
                    out.push(Record::Article(a));
                }
                other => out.push(other),
            }
        }
        if !got_article && let Some(a) = from_feed {
            out.push(Record::Diagnostic(Diagnostic {
                source: link.to_owned(),
                location: String::new(),
                message: "page unusable; the feed's own text was kept instead".into(),
                severity: Severity::Warning,
            }));
            out.push(Record::Article(a));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_groups_and_longest_match() {
        let txt = "User-agent: *\nDisallow: /private\nAllow: /private/open$\nCrawl-delay: 2\n\nUser-agent: badbot\nDisallow: /\n";
        let r = Robots::parse(txt, "stemmata");
        assert!(r.allows("/news/a"));
        assert!(!r.allows("/private/x"));
        assert!(r.allows("/private/open"));
        assert!(!r.allows("/private/open/more"));
        assert_eq!(r.crawl_delay, Some(Duration::from_secs(2)));
        let bad = Robots::parse(txt, "badbot");
        assert!(!bad.allows("/news/a"));
        let wild = Robots::parse("User-agent: *\nDisallow: /*.pdf$\n", "stemmata");
        assert!(!wild.allows("/files/report.pdf"));
        assert!(wild.allows("/files/report.pdf.html"));
    }

    #[test]
    fn urls_resolve() {
        assert_eq!(resolve("http://a.example/x/y?q", "/z"), "http://a.example/z");
        assert_eq!(resolve("http://a.example/x/y", "z"), "http://a.example/x/z");
        assert_eq!(resolve("https://a.example/x", "//b.example/p"), "https://b.example/p");
        assert_eq!(origin_of("HTTP://A.example:8080/p"), Some("http://a.example:8080".into()));
        assert_eq!(origin_of("ftp://a"), None);
        assert_eq!(path_of("http://a.example"), "/");
        assert_eq!(path_of("http://a.example/p?q#f"), "/p?q");
    }
}
