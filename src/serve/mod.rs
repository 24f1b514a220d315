//! `newsgraph serve`: the store over HTTP (axum on tokio).
//!
//! | route | what |
//! |---|---|
//! | `/` | the page: ask box, answers with sources, article view, graph and SPARQL tabs |
//! | `/sparql` | SPARQL 1.1 Protocol: GET, POST form, POST direct body; content negotiation |
//! | `/api/ask?q=` | the JSON of `ask --format json` |
//! | `/api/explain?q=` | the typed query, plan and SPARQL (text) |
//! | `/api/complete?prefix=` | the REPL's completion candidates |
//! | `/api/article/{doc}` | an article's metadata, sentences and facts with byte spans |
//! | `/api/graph?q=` | the facts behind an answer as SVG (Graphviz) |
//! | `/healthz` | `ok`, without touching the store |
//!
//! A request that needs the database (SPARQL) opens the store read-only for its own
//! duration only, so a build in another process waits at most for the requests in
//! flight; the others answer from the graph kept for the store's
//! [`store::Generation`], loaded again only when a build or an update changed the
//! store. Queries run on blocking threads within the configured
//! [`Bounds`], so a runaway query is cut at the timeout while other requests are served.

mod api;
mod protocol;

use crate::bounds::{Bounds, TimedOut};
use crate::lexicon::Lexicon;
use crate::query::QueryError;
use crate::session::{Index, Session};
use crate::sparql::SparqlError;
use crate::store::{self, Generation, StoreError};
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What `newsgraph serve` was started with.
#[derive(Clone, Debug)]
pub struct Config {
    /// The store directory.
    pub store: PathBuf,
    /// The address to listen on (`127.0.0.1:7878`; port 0 picks a free one).
    pub bind: String,
    /// Timeout and row cap of every query.
    pub bounds: Bounds,
    /// The bearer token updates need; `None` refuses every update.
    pub update_token: Option<String>,
}

/// Why the server could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The async runtime could not be created.
    #[error("cannot start the server's runtime")]
    Runtime(#[source] std::io::Error),
    /// The address could not be bound.
    #[error("cannot listen on {addr}")]
    Bind {
        /// The address asked for.
        addr: String,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// Accepting connections failed.
    #[error("the server failed")]
    Serve(#[source] std::io::Error),
}

/// What every handler shares: the configuration, the lexicon (for names), and the
/// graph loaded for the store's current generation.
pub(crate) struct Shared {
    config: Config,
    lexicon: Lexicon,
    loaded: Mutex<Option<(Generation, Arc<Index>)>>,
}

impl Shared {
    /// Opens the store for one request, with the graph of its current generation
    /// (loaded again when the store changed since the last request).
    pub(crate) fn session(&self) -> Result<Session, ApiError> {
        let store = store::open_read(&self.config.store)?;
        let generation = store::generation(&self.config.store);
        let mut loaded = self.loaded.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((g, index)) = loaded.as_ref() {
            if *g == generation {
                return Ok(Session::with_index(store, index.clone()));
            }
        }
        let session = Session::new(store, &self.lexicon)?;
        *loaded = Some((generation, session.index().clone()));
        Ok(session)
    }

    /// The graph and names of the store's current generation, without opening the
    /// database when they are loaded already (opening it is most of a small request).
    /// The snapshot they map stays valid when a build replaces it; the generation,
    /// read with two `stat`s, says when to load it again.
    pub(crate) fn index(&self) -> Result<Arc<Index>, ApiError> {
        let generation = store::generation(&self.config.store);
        let loaded = self.loaded.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((g, index)) = loaded.as_ref() {
            if *g == generation {
                return Ok(index.clone());
            }
        }
        drop(loaded);
        Ok(self.session()?.index().clone())
    }
}

/// An error as an HTTP response: a status and a plain-text message that says what
/// went wrong and what to do.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    message: String,
    retry: bool,
}

impl ApiError {
    /// An error with a status and a message.
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError {
            status,
            message: message.into(),
            retry: false,
        }
    }

    /// A query-language error, with the caret under the query when it has a place.
    pub(crate) fn query(e: QueryError, text: &str) -> Self {
        match e {
            QueryError::TimedOut(t) => t.into(),
            QueryError::Engine(_) => Self::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
            e => Self::new(StatusCode::BAD_REQUEST, e.render(text)),
        }
    }
}

impl From<TimedOut> for ApiError {
    fn from(t: TimedOut) -> Self {
        ApiError::new(StatusCode::GATEWAY_TIMEOUT, t.to_string())
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Busy { .. } | StoreError::Locked { .. } | StoreError::Building { .. } => {
                ApiError {
                    status: StatusCode::SERVICE_UNAVAILABLE,
                    message: e.to_string(),
                    retry: true,
                }
            }
            StoreError::Missing { .. } | StoreError::Unfinished { .. } => {
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, e.to_string())
            }
            e => ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        }
    }
}

impl From<SparqlError> for ApiError {
    fn from(e: SparqlError) -> Self {
        let status = match e {
            SparqlError::Syntax { .. }
            | SparqlError::TooLong { .. }
            | SparqlError::TooDeep { .. }
            | SparqlError::OutOfMemory(_) => StatusCode::BAD_REQUEST,
            SparqlError::UpdateRefused => StatusCode::FORBIDDEN,
            SparqlError::FormatMismatch { .. } => StatusCode::NOT_ACCEPTABLE,
            SparqlError::TimedOut(t) => return t.into(),
            SparqlError::Evaluation(_) | SparqlError::Io(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError::new(status, e.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = (
            self.status,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("{}\n", self.message),
        )
            .into_response();
        if self.retry {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        r
    }
}

/// Runs `f` on a blocking thread (queries and store access never block the runtime).
pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("the request failed: {e}"),
        )
    })?
}

/// The routes, for [`run`] and for tests that drive the router directly.
pub fn router(config: Config, lexicon: Lexicon) -> Router {
    let shared = Arc::new(Shared {
        config,
        lexicon,
        loaded: Mutex::new(None),
    });
    Router::new()
        .route("/", get(api::page))
        .route(
            "/sparql",
            get(protocol::sparql_get).post(protocol::sparql_post),
        )
        .route("/api/ask", get(api::ask))
        .route("/api/explain", get(api::explain))
        .route("/api/complete", get(api::complete))
        .route("/api/article/{doc}", get(api::article))
        .route("/api/graph", get(api::graph))
        .route("/healthz", get(api::healthz))
        .layer(axum::middleware::from_fn(log))
        .with_state(shared)
}

/// One log line per request: method, path, status, time.
async fn log(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let response = next.run(req).await;
    tracing::info!(
        "{method} {path} {} {:.1} ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

/// Serves until SIGTERM or Ctrl-C, then finishes the requests in flight and returns.
/// Prints `listening on http://ADDR/` on standard output once the port is bound.
pub fn run(config: Config, lexicon: Lexicon) -> Result<(), ServeError> {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .build()
        .map_err(ServeError::Runtime)?;
    runtime.block_on(async move {
        let addr = config.bind.clone();
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .map_err(|source| ServeError::Bind {
                addr: addr.clone(),
                source,
            })?;
        let local = listener
            .local_addr()
            .map_err(|source| ServeError::Bind { addr, source })?;
        let mut out = std::io::stdout().lock();
        // The tests read the address from this line; a closed stdout is no reason to stop.
        let _ = writeln!(out, "listening on http://{local}/");
        let _ = out.flush();
        drop(out);
        tracing::info!(
            "serving {} on http://{local}/ (updates {})",
            config.store.display(),
            if config.update_token.is_some() {
                "with the bearer token"
            } else {
                "refused"
            }
        );
        axum::serve(listener, router(config, lexicon))
            .with_graceful_shutdown(shutdown())
            .await
            .map_err(ServeError::Serve)
    })?;
    // A query still running past the drain is cut by its own timeout; do not wait.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM or Ctrl-C (SIGINT).
async fn shutdown() {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            // Without a SIGTERM handler, Ctrl-C still stops the server.
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
    tracing::info!("shutting down: finishing the requests in flight");
}
