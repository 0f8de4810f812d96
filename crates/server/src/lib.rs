//! `stemmata serve`: a JSON API (described at `/openapi.json`) and a web UI for people, both
//! over one store.
//!
//! Shape (after axum's own advice): thin handlers, typed state, one error type that becomes a
//! response in one place. Store calls are blocking SQLite work, so they run on the blocking
//! pool with a connection taken from a small pool of read-only connections; WAL lets them read
//! while an ingest writes.
//!
//! Safety rules for the UI: every piece of data goes through maud, which escapes it; links to
//! outside URLs are only made for `http`/`https`; pages carry a Content-Security-Policy that
//! allows no scripts at all (the UI needs none), so even a missed escape could not run code.
//! The server is read-only unless an ingest token is configured.

mod api;
mod cache;
mod graph;
mod html;
mod params;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use stemmata_store::{Page, SearchFilter, SearchResults, Store, StoreError};

pub use params::MAX_PAGE;

/// What an ingest through the API did; returned as JSON.
pub type IngestSummary = serde_json::Value;

/// Ingests a request body into the store. Supplied by the binary, which knows the readers and
/// the pipeline; the server only authenticates, limits and forwards.
pub trait Ingester: Send + Sync {
    /// `body` is the raw upload; `format` the `?format=` parameter if given.
    fn ingest(&self, db: &std::path::Path, body: &[u8], format: Option<&str>) -> Result<IngestSummary, String>;
}

/// Server settings.
#[derive(Clone)]
pub struct Config {
    pub db: PathBuf,
    /// `Some` enables `POST /api/ingest` for requests bearing this token.
    pub ingest: Option<(String, Arc<dyn Ingester>)>,
    /// Largest accepted ingest body.
    pub max_upload_bytes: usize,
    /// How many store reads run at once (each on its own pooled connection); further requests
    /// wait their turn in arrival order.
    pub read_workers: usize,
    /// How many search results to keep for repeated queries (0: none); emptied on every change
    /// to the store.
    pub search_cache: usize,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Self {
        Config { db: db.into(), ingest: None, max_upload_bytes: 32 << 20, read_workers: default_read_workers(), search_cache: 512 }
    }
}

/// Twice the cores: enough to keep every core busy while another read waits on the disk, few
/// enough that reads do not preempt each other and each connection's page cache stays warm.
fn default_read_workers() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(1, 32) * 2
}

/// Errors of the server crate (opening the store, binding the address).
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: std::io::Error },
    #[error("server failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Read-only connections, reused across requests, each with the `data_version` it last saw.
pub(crate) struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<(Store, i64)>>,
}

impl Pool {
    /// A connection and the data version it saw when last used (`None` when new).
    pub(crate) fn take(&self) -> Result<(Store, Option<i64>), StoreError> {
        let reused = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        match reused {
            Some((store, seen)) => Ok((store, Some(seen))),
            None => Ok((Store::open_read_only(&self.path)?, None)),
        }
    }

    pub(crate) fn give_back(&self, store: Store, seen: i64) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < 64 {
                idle.push((store, seen));
            }
    }
}

pub(crate) struct AppState {
    pub config: Config,
    pub pool: Pool,
    /// One permit per read worker; tokio's semaphore is fair (first come, first served).
    pub readers: tokio::sync::Semaphore,
    /// One ingest at a time: SQLite has one writer anyway, and the analysis re-run is heavy.
    pub ingest_lock: tokio::sync::Mutex<()>,
    pub search_cache: cache::SearchCache,
}

pub(crate) type State = Arc<AppState>;

impl AppState {
    /// Runs `f` with a pooled read connection on the blocking pool.
    pub async fn read<R, F>(self: &Arc<Self>, f: F) -> Result<R, AppError>
    where
        R: Send + 'static,
        F: FnOnce(&Store) -> Result<R, AppError> + Send + 'static,
    {
        let state = self.clone();
        let permit = self.readers.acquire().await.map_err(|e| AppError::internal(format!("server closing: {e}")))?;
        let result = tokio::task::spawn_blocking(move || {
            let (store, seen) = state.pool.take()?;
            // A connection new to the pool cannot tell what changed before it opened.
            let now = store.data_version()?;
            if seen != Some(now) {
                state.search_cache.invalidate();
            }
            let result = f(&store);
            state.pool.give_back(store, now);
            result
        })
        .await
        .map_err(|e| AppError::internal(format!("worker failed: {e}")))?;
        drop(permit);
        result
    }

    /// A search, answered from the cache when the same one was made since the store last changed.
    pub async fn search(
        self: &Arc<Self>,
        text: String,
        filter: SearchFilter,
        page: Page,
    ) -> Result<Arc<SearchResults>, AppError> {
        let state = self.clone();
        self.read(move |s| {
            let key = cache::Key::new(&text, &filter, page);
            // Read after `read` has checked the connection's data version.
            let generation = state.search_cache.generation();
            if let Some(hit) = state.search_cache.get(&key) {
                return Ok(hit);
            }
            let results = Arc::new(s.search(&text, &filter, page)?);
            state.search_cache.insert(key, results.clone(), generation);
            Ok(results)
        })
        .await
    }
}

/// An error as the client sees it: a status and a message. API routes render it as JSON
/// (`{"error": {"status": 400, "message": "..."}}`), UI routes as a small HTML page.
#[derive(Debug)]
pub(crate) struct AppError {
    pub status: StatusCode,
    pub message: String,
    pub html: bool,
}

impl AppError {
    pub fn bad_request(message: impl Into<String>) -> Self {
        AppError { status: StatusCode::BAD_REQUEST, message: message.into(), html: false }
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        AppError { status: StatusCode::NOT_FOUND, message: message.into(), html: false }
    }
    pub fn internal(message: impl Into<String>) -> Self {
        AppError { status: StatusCode::INTERNAL_SERVER_ERROR, message: message.into(), html: false }
    }
    pub fn with_status(status: StatusCode, message: impl Into<String>) -> Self {
        AppError { status, message: message.into(), html: false }
    }
    pub fn into_html(mut self) -> Self {
        self.html = true;
        self
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Query(m) => AppError::bad_request(format!("invalid search query: {m}")),
            other => AppError::internal(other.to_string()),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if self.html {
            return (self.status, html::error_page(self.status, &self.message)).into_response();
        }
        let body = serde_json::json!({"error": {"status": self.status.as_u16(), "message": self.message}});
        (self.status, axum::Json(body)).into_response()
    }
}

/// The whole application: API, UI, OpenAPI document, health check.
pub fn router(config: Config) -> Result<Router, ServerError> {
    // Create or migrate the file once with a writable handle; requests then read only.
    drop(Store::open(&config.db)?);
    let limit = config.max_upload_bytes;
    let cached_searches = config.search_cache;
    let state: State = Arc::new(AppState {
        pool: Pool { path: config.db.clone(), idle: Mutex::new(Vec::new()) },
        readers: tokio::sync::Semaphore::new(config.read_workers.max(1)),
        config,
        ingest_lock: tokio::sync::Mutex::new(()),
        search_cache: cache::SearchCache::new(cached_searches),
    });
    let app = Router::new()
        .merge(api::routes(limit))
        .merge(html::routes())
        .with_state(state)
        .layer(axum::middleware::map_response(security_headers));
    Ok(app)
}

async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
             base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// Serves until Ctrl-C. `on_ready` is told the bound address (port 0 picks a free one).
pub async fn serve(config: Config, addr: SocketAddr, on_ready: impl FnOnce(SocketAddr)) -> Result<(), ServerError> {
    let app = router(config)?;
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|source| ServerError::Bind { addr, source })?;
    on_ready(listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}

/// Blocking entry point for the binary: builds a runtime and serves.
pub fn run(config: Config, addr: SocketAddr, on_ready: impl FnOnce(SocketAddr)) -> Result<(), ServerError> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(serve(config, addr, on_ready))
}
