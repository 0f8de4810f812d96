//! The JSON API. Every response is JSON (exports: CSV or JSON Lines); every error is
//! `{"error": {"status", "message"}}`. The OpenAPI document beside this file describes it.

use crate::params::{self, EntityParams, ExportParams, IngestParams, PageParams, SearchParams, StoryParams};
use crate::{AppError, State};
use axum::Json;
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::{BytesRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use std::io::Write;
use std::pin::Pin;
use std::task::{Context, Poll};
use stemmata_store::{ExportFormat, Table};

pub const OPENAPI: &str = include_str!("../openapi.json");

pub fn routes(upload_limit: usize) -> Router<State> {
    Router::new()
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/articles/{id}", get(article))
        .route("/api/search", get(search))
        .route("/api/entities", get(entities))
        .route("/api/quarantine", get(quarantine))
        .route("/api/export/{table}", get(export))
        .route("/api/ingest", post(ingest).layer(DefaultBodyLimit::max(upload_limit)))
        .route("/openapi.json", get(openapi))
        .route("/healthz", get(health))
}

/// Turns extractor rejections (bad query strings, bad paths) into our JSON errors.
fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, AppError> {
    q.map(|Query(v)| v).map_err(|r| AppError::bad_request(r.body_text()))
}

fn path(p: Result<Path<String>, PathRejection>, what: &str) -> Result<String, AppError> {
    let Path(value) = p.map_err(|r| AppError::bad_request(r.body_text()))?;
    Ok(params::id(what, &value)?.to_string())
}

async fn stories(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<StoryParams>, QueryRejection>,
) -> Result<Json<Value>, AppError> {
    let (filter, page) = query(q)?.filter()?;
    let (total, rows) = state.read(move |s| Ok(s.stories(&filter, page)?)).await?;
    Ok(Json(json!({"total": total, "offset": page.offset, "limit": page.limit, "stories": rows})))
}

async fn story(
    axum::extract::State(state): axum::extract::State<State>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, AppError> {
    let id = path(p, "story")?;
    let detail = state.read(move |s| Ok(s.story(&id)?)).await?;
    match detail {
        Some(d) => Ok(Json(serde_json::to_value(d).map_err(|e| AppError::internal(e.to_string()))?)),
        None => Err(AppError::not_found("no story with this id")),
    }
}

async fn article(
    axum::extract::State(state): axum::extract::State<State>,
    p: Result<Path<String>, PathRejection>,
) -> Result<Json<Value>, AppError> {
    let id = path(p, "article")?;
    let found = state.read(move |s| Ok(s.article(&id)?)).await?;
    match found {
        Some(a) => Ok(Json(serde_json::to_value(a).map_err(|e| AppError::internal(e.to_string()))?)),
        None => Err(AppError::not_found("no article with this id")),
    }
}

async fn search(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<Value>, AppError> {
    let params = query(q)?;
    let text = params.query()?;
    if text.is_empty() {
        return Err(AppError::bad_request("'q' is required: the words to search for"));
    }
    let (filter, page) = params.filter()?;
    let results = state.search(text, filter, page).await?;
    let mut v = serde_json::to_value(&*results).map_err(|e| AppError::internal(e.to_string()))?;
    v["offset"] = json!(page.offset);
    v["limit"] = json!(page.limit);
    Ok(Json(v))
}

async fn entities(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<EntityParams>, QueryRejection>,
) -> Result<Json<Value>, AppError> {
    let p = query(q)?;
    let page = PageParams { offset: p.offset, limit: p.limit }.page(50)?;
    let name = params::text("name", &p.name)?;
    let kind = params::text("kind", &p.kind)?;
    let story = match p.story.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => Some(params::id("story", s)?.to_string()),
        None => None,
    };
    let (total, rows) =
        state.read(move |s| Ok(s.entities(name.as_deref(), kind.as_deref(), story.as_deref(), page)?)).await?;
    Ok(Json(json!({"total": total, "offset": page.offset, "limit": page.limit, "entities": rows})))
}

async fn quarantine(
    axum::extract::State(state): axum::extract::State<State>,
    q: Result<Query<PageParams>, QueryRejection>,
) -> Result<Json<Value>, AppError> {
    let page = query(q)?.page(50)?;
    let (total, rows) = state.read(move |s| Ok((s.counts()?.quarantined, s.quarantine_list(page)?))).await?;
    Ok(Json(json!({"total": total, "offset": page.offset, "limit": page.limit, "quarantine": rows})))
}

async fn health(axum::extract::State(state): axum::extract::State<State>) -> Result<Json<Value>, AppError> {
    let counts = state.read(|s| Ok(s.counts()?)).await?;
    let ingest = state.config.ingest.is_some();
    Ok(Json(json!({"ok": true, "counts": counts, "ingest_enabled": ingest})))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Streams an export: a blocking task writes rows into a bounded channel, the response body
/// reads from it, so memory stays flat and a client that goes away stops the export.
pub(crate) async fn export(
    axum::extract::State(state): axum::extract::State<State>,
    p: Result<Path<String>, PathRejection>,
    q: Result<Query<ExportParams>, QueryRejection>,
) -> Result<Response, AppError> {
    let Path(name) = p.map_err(|r| AppError::bad_request(r.body_text()))?;
    // Accept both /api/export/claims?format=csv and /api/export/claims.csv.
    let (table_name, ext) = match name.rsplit_once('.') {
        Some((t, e)) => (t.to_string(), Some(e.to_string())),
        None => (name.clone(), None),
    };
    let table: Table = table_name.parse().map_err(AppError::bad_request)?;
    let format_name = query(q)?.format.or(ext).unwrap_or_else(|| "jsonl".into());
    let format: ExportFormat = format_name.parse().map_err(AppError::bad_request)?;
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Vec<u8>, std::io::Error>>(8);
    let worker = state.clone();
    tokio::task::spawn_blocking(move || {
        let (store, seen) = match worker.pool.take() {
            Ok(s) => s,
            Err(e) => {
                let _ = tx.blocking_send(Err(std::io::Error::other(e.to_string())));
                return;
            }
        };
        let writer = ChannelWriter { tx: tx.clone(), buffer: Vec::with_capacity(CHUNK) };
        if let Err(e) = store.export(table, format, writer) {
            let _ = tx.blocking_send(Err(std::io::Error::other(e.to_string())));
        }
        // This read did not check the data version: the connection keeps the one it had (a new
        // one, which has none, is not kept).
        if let Some(seen) = seen {
            worker.pool.give_back(store, seen);
        }
    });
    let filename = format!("attachment; filename=\"stemmata-{}.{}\"", table.name(), format.extension());
    Ok((
        [(header::CONTENT_TYPE, format.content_type().to_string()), (header::CONTENT_DISPOSITION, filename)],
        Body::from_stream(ChunkStream(rx)),
    )
        .into_response())
}

const CHUNK: usize = 64 * 1024;

struct ChannelWriter {
    tx: tokio::sync::mpsc::Sender<Result<Vec<u8>, std::io::Error>>,
    buffer: Vec<u8>,
}

impl ChannelWriter {
    fn send(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::replace(&mut self.buffer, Vec::with_capacity(CHUNK));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client went away"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        if self.buffer.len() >= CHUNK {
            self.send()?;
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.send()
    }
}

struct ChunkStream(tokio::sync::mpsc::Receiver<Result<Vec<u8>, std::io::Error>>);

impl futures_core::Stream for ChunkStream {
    type Item = Result<Vec<u8>, std::io::Error>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}

async fn ingest(
    axum::extract::State(state): axum::extract::State<State>,
    headers: HeaderMap,
    q: Result<Query<IngestParams>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, AppError> {
    let Some((token, ingester)) = state.config.ingest.clone() else {
        return Err(AppError::with_status(
            StatusCode::FORBIDDEN,
            "this server is read-only; start it with an ingest token to enable uploads",
        ));
    };
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !constant_time_eq(presented.as_bytes(), token.as_bytes()) {
        return Err(AppError::with_status(StatusCode::UNAUTHORIZED, "missing or wrong bearer token"));
    }
    let format = params::text("format", &query(q)?.format)?;
    let body = body.map_err(|r| AppError::with_status(r.status(), r.body_text()))?;
    if body.is_empty() {
        return Err(AppError::bad_request("the request body is empty: send articles (JSONL, text or TSV)"));
    }
    let _one_writer = state.ingest_lock.lock().await;
    let db = state.config.db.clone();
    let summary = tokio::task::spawn_blocking(move || ingester.ingest(&db, &body, format.as_deref()))
        .await
        .map_err(|e| AppError::internal(format!("ingest worker failed: {e}")))?
        .map_err(AppError::bad_request)?;
    Ok(Json(summary))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
