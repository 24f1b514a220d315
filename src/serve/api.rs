//! The JSON API behind the page, and the page itself: `/api/ask`, `/api/explain`,
//! `/api/complete`, `/api/article/{doc}`, `/api/graph`, `/healthz`, `/`.

use super::protocol::CUT_HEADER;
use super::{blocking, ApiError, Shared};
use crate::dot::{self, DotError, Render};
use crate::query::{Answer, EngineKind};
use crate::report::{self, AnswerFormat};
use crate::session::Index;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The page: one file with its script and style, built into the binary.
const PAGE: &str = include_str!("page.html");

/// `?q=` (and `engine=native|sparql`) of the answer routes.
#[derive(serde::Deserialize)]
pub(super) struct AskParams {
    q: Option<String>,
    engine: Option<String>,
}

impl AskParams {
    /// The query text, or a 400 that shows how to send one.
    fn text(&self, route: &str) -> Result<String, ApiError> {
        match self.q.as_deref().map(str::trim) {
            Some(q) if !q.is_empty() => Ok(q.to_string()),
            _ => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("missing the q parameter: {route}?q=who+denied+what"),
            )),
        }
    }

    fn engine(&self) -> Result<EngineKind, ApiError> {
        match self.engine.as_deref() {
            None | Some("native") => Ok(EngineKind::Native),
            Some("sparql") => Ok(EngineKind::Sparql),
            Some(other) => Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("no engine \"{other}\" (expected native or sparql)"),
            )),
        }
    }
}

fn internal(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
}

/// Answers a question the way `ask` does (same parse, same bounded evaluation):
/// natively from the kept graph, or with the store opened for the SPARQL engine.
fn answer(
    shared: &Shared,
    text: &str,
    engine: EngineKind,
) -> Result<(Arc<Index>, Answer, Option<usize>), ApiError> {
    // Parsed with the store's vocabulary, the way `ask` parses.
    let query_error = |e| ApiError::query(e, text);
    let bounds = &shared.config.bounds;
    let (index, result) = match engine {
        EngineKind::Native => {
            let index = shared.index()?;
            let result = index
                .parse(text)
                .and_then(|parsed| index.answer(None, &parsed, engine, bounds));
            (index, result)
        }
        EngineKind::Sparql => {
            let session = shared.session()?;
            let result = session
                .parse(text)
                .and_then(|parsed| session.answer(&parsed, engine, bounds));
            (session.index().clone(), result)
        }
    };
    // A question no form reads is answered by a search of the sentences' words.
    let (answer, cut) = result
        .or_else(|e| index.search(text, &e).map(|a| (a, None)).ok_or(e))
        .map_err(query_error)?;
    Ok((index, answer, cut))
}

fn with_cut(mut r: Response, cut: Option<usize>, max_rows: usize) -> Response {
    if let Some(total) = cut {
        if let Ok(v) = HeaderValue::from_str(&format!("first {max_rows} of {total} rows")) {
            r.headers_mut().insert(CUT_HEADER, v);
        }
    }
    r
}

/// `GET /api/ask?q=`: the JSON of `ask --format json`.
pub(super) async fn ask(
    State(shared): State<Arc<Shared>>,
    Query(p): Query<AskParams>,
) -> Result<Response, ApiError> {
    let text = p.text("/api/ask")?;
    let engine = p.engine()?;
    let max_rows = shared.config.bounds.max_rows;
    let (body, cut) = blocking(move || {
        let (index, answer, cut) = answer(&shared, &text, engine)?;
        let mut body = Vec::new();
        report::write_answer(&mut body, index.graph(), &answer, AnswerFormat::Json, false)
            .map_err(internal)?;
        Ok((body, cut))
    })
    .await?;
    let r = ([(header::CONTENT_TYPE, "application/json")], body).into_response();
    Ok(with_cut(r, cut, max_rows))
}

/// `GET /api/explain?q=`: how the question is understood (form, plan in words, SPARQL),
/// as text.
pub(super) async fn explain(
    State(shared): State<Arc<Shared>>,
    Query(p): Query<AskParams>,
) -> Result<Response, ApiError> {
    let text = p.text("/api/explain")?;
    let body = blocking(move || {
        let index = shared.index()?;
        index.explain(&text).map_err(|e| ApiError::query(e, &text))
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response())
}

/// `?prefix=` (and `mode=sparql`) of `/api/complete`.
#[derive(serde::Deserialize)]
pub(super) struct CompleteParams {
    prefix: Option<String>,
    mode: Option<String>,
}

/// `GET /api/complete?prefix=`: what the REPL's Tab offers at the end of the text,
/// as `{"keep": text before the completed word, "candidates": [{"display",
/// "replacement"}]}`.
pub(super) async fn complete(
    State(shared): State<Arc<Shared>>,
    Query(p): Query<CompleteParams>,
) -> Result<Response, ApiError> {
    let prefix = p.prefix.unwrap_or_default();
    let sparql = p.mode.as_deref() == Some("sparql");
    let body = blocking(move || {
        let index = shared.index()?;
        let (start, candidates) = crate::repl::complete(index.graph(), &prefix, sparql);
        let candidates: Vec<_> = candidates
            .into_iter()
            .take(50)
            .map(|(display, replacement)| json!({"display": display, "replacement": replacement}))
            .collect();
        Ok(json!({"keep": prefix.get(..start).unwrap_or(&prefix), "candidates": candidates}))
    })
    .await?;
    Ok(axum_json(&body))
}

fn axum_json(v: &serde_json::Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_string_pretty(v).unwrap_or_default(),
    )
        .into_response()
}

/// `GET /api/article/{doc}`: the article's metadata, the sentences its facts were read
/// from (with byte spans; the store keeps those, not the whole text) and its facts.
/// `doc` is the id or a prefix naming one article (`001`).
pub(super) async fn article(
    State(shared): State<Arc<Shared>>,
    Path(doc): Path<String>,
) -> Result<Response, ApiError> {
    let body = blocking(move || {
        let index = shared.index()?;
        let g = index.graph();
        let matching: Vec<_> = g
            .docs()
            .iter()
            .filter(|d| d.id == doc || d.id.starts_with(&doc))
            .collect();
        let meta = match matching.iter().find(|d| d.id == doc) {
            Some(m) => *m,
            None => match matching.as_slice() {
                [one] => *one,
                [] => {
                    return Err(ApiError::new(
                        StatusCode::NOT_FOUND,
                        format!("no article \"{doc}\" in the store"),
                    ))
                }
                many => {
                    let ids: Vec<&str> = many.iter().take(5).map(|d| d.id.as_str()).collect();
                    return Err(ApiError::new(
                        StatusCode::BAD_REQUEST,
                        format!("\"{doc}\" names {} articles ({}…); give more of the id", many.len(), ids.join(", ")),
                    ));
                }
            },
        };
        let mut sentences = BTreeMap::new();
        let mut facts = Vec::new();
        for f in g.facts().filter(|f| f.doc == meta.id) {
            sentences.entry((f.start, f.end)).or_insert_with(|| {
                json!({"start": f.start, "end": f.end, "section": f.section.as_str(), "text": f.sentence()})
            });
            facts.push(report::fact_json(g, f));
        }
        Ok(json!({
            "id": meta.id,
            "file": meta.file,
            "title": meta.title,
            "publisher": meta.publisher,
            "published": meta.published,
            "sentences": sentences.into_values().collect::<Vec<_>>(),
            "facts": facts,
        }))
    })
    .await?;
    Ok(axum_json(&body))
}

/// `GET /api/graph?q=`: the facts behind the answer as SVG, laid out by Graphviz.
pub(super) async fn graph(
    State(shared): State<Arc<Shared>>,
    Query(p): Query<AskParams>,
) -> Result<Response, ApiError> {
    let text = p.text("/api/graph")?;
    let engine = p.engine()?;
    let svg = blocking(move || {
        let (index, answer, _) = answer(&shared, &text, engine)?;
        let dot = dot::answer_dot(index.graph(), &answer, &text, dot::Look::ANSWER);
        dot::render_bytes(&dot, Render::Svg).map_err(|e| match e {
            DotError::NoGraphviz => ApiError::new(StatusCode::NOT_IMPLEMENTED, e.to_string()),
            e => internal(e),
        })
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "image/svg+xml")], svg).into_response())
}

/// `GET /healthz`: `ok` while the server runs (the store is not touched, so it
/// answers during a long query or a build).
pub(super) async fn healthz() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "ok\n",
    )
        .into_response()
}

/// `GET /`: the page.
pub(super) async fn page() -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE).into_response()
}
