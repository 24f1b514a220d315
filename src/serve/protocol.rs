//! `/sparql`: the SPARQL 1.1 Protocol on the store.
//!
//! Queries come as `GET ?query=`, as a `POST` form (`query=` or `update=`), or as a
//! `POST` body of type `application/sparql-query` (`application/sparql-update` for
//! updates). The prefixes and the union default graph are those of `newsgraph sparql`
//! (same [`sparql::evaluate`]); the result format follows the `Accept` header.

use super::{blocking, ApiError, Shared};
use crate::sparql::{self, Results, Wire};
use crate::store;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use oxigraph::io::RdfFormat;
use oxigraph::sparql::results::QueryResultsFormat;
use std::sync::Arc;

/// Media types for SELECT and ASK results, the first being the default.
const RESULT_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
];

/// Media types for CONSTRUCT and DESCRIBE results, the first being the default.
const GRAPH_TYPES: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/n-triples", RdfFormat::NTriples),
    ("application/n-quads", RdfFormat::NQuads),
];

/// The response header that says a result was cut at the row cap.
pub const CUT_HEADER: &str = "newsgraph-cut";

/// Picks the format the client prefers among `table` from an `Accept` header
/// (`q` weights, `type/*` and `*/*` ranges); no header means the default (first).
fn negotiate<F: Copy>(accept: Option<&str>, table: &[(&str, F)]) -> Option<F> {
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Some(table[0].1);
    };
    let mut ranges: Vec<(f32, String)> = accept
        .split(',')
        .map(|part| {
            let mut pieces = part.split(';');
            let media = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (q, media)
        })
        .filter(|(q, _)| *q > 0.0)
        .collect();
    // Stable: among equal weights the client's order stands.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges.iter().find_map(|(_, media)| {
        if media == "*/*" {
            return Some(table[0].1);
        }
        if let Some(kind) = media.strip_suffix("/*") {
            return table
                .iter()
                .find(|(m, _)| m.split('/').next() == Some(kind))
                .map(|(_, f)| *f);
        }
        table.iter().find(|(m, _)| m == media).map(|(_, f)| *f)
    })
}

fn not_acceptable() -> ApiError {
    let types: Vec<&str> = RESULT_TYPES
        .iter()
        .map(|(m, _)| *m)
        .chain(GRAPH_TYPES.iter().map(|(m, _)| *m))
        .collect();
    ApiError::new(
        StatusCode::NOT_ACCEPTABLE,
        format!(
            "none of the types in the Accept header can be produced; this endpoint offers {}",
            types.join(", ")
        ),
    )
}

fn content_type(results: &Results, wire: Wire) -> &'static str {
    match results {
        Results::Graph(_) => match wire.graph {
            RdfFormat::NTriples => "application/n-triples",
            RdfFormat::NQuads => "application/n-quads",
            _ => "text/turtle; charset=utf-8",
        },
        _ => match wire.results {
            QueryResultsFormat::Xml => "application/sparql-results+xml",
            QueryResultsFormat::Csv => "text/csv; charset=utf-8",
            QueryResultsFormat::Tsv => "text/tab-separated-values; charset=utf-8",
            _ => "application/sparql-results+json",
        },
    }
}

/// Form or query-string pairs.
fn form(bytes: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(bytes).into_owned().collect()
}

fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Refuses protocol parameters this endpoint does not honour, rather than ignoring
/// them and answering over another dataset than the client asked for.
fn check_dataset(pairs: &[(String, String)]) -> Result<(), ApiError> {
    for p in [
        "default-graph-uri",
        "named-graph-uri",
        "using-graph-uri",
        "using-named-graph-uri",
    ] {
        if param(pairs, p).is_some() {
            return Err(ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("{p} is not supported: the default graph is the union of all articles; use GRAPH ?doc {{ … }} to name one"),
            ));
        }
    }
    Ok(())
}

/// `GET /sparql?query=…`.
pub(super) async fn sparql_get(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let pairs = form(raw.unwrap_or_default().as_bytes());
    check_dataset(&pairs)?;
    if param(&pairs, "update").is_some() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "updates must be sent with POST (update=… as a form, or an application/sparql-update body)",
        ));
    }
    let Some(query) = param(&pairs, "query") else {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "missing the query parameter: GET /sparql?query=SELECT…",
        ));
    };
    run_query(shared, &headers, query.to_string()).await
}

/// `POST /sparql` with a form or a direct body.
pub(super) async fn sparql_post(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let media = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let text = |body: &Bytes| {
        String::from_utf8(body.to_vec()).map_err(|_| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "the request body is not valid UTF-8",
            )
        })
    };
    match media.as_str() {
        "application/x-www-form-urlencoded" => {
            let pairs = form(&body);
            check_dataset(&pairs)?;
            match (param(&pairs, "query"), param(&pairs, "update")) {
                (Some(q), None) => run_query(shared, &headers, q.to_string()).await,
                (None, Some(u)) => run_update(shared, &headers, u.to_string()).await,
                _ => Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "the form needs exactly one of query=… or update=…",
                )),
            }
        }
        "application/sparql-query" => run_query(shared, &headers, text(&body)?).await,
        "application/sparql-update" => run_update(shared, &headers, text(&body)?).await,
        other => Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!(
                "cannot read a body of type \"{other}\"; send application/x-www-form-urlencoded, application/sparql-query or application/sparql-update"
            ),
        )),
    }
}

async fn run_query(
    shared: Arc<Shared>,
    headers: &HeaderMap,
    query: String,
) -> Result<Response, ApiError> {
    let accept = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok());
    let results = negotiate(accept, RESULT_TYPES);
    let graph = negotiate(accept, GRAPH_TYPES);
    if results.is_none() && graph.is_none() {
        return Err(not_acceptable());
    }
    let (body, media, cut) = blocking(move || {
        let session = shared.session()?;
        let deadline = shared.config.bounds.start();
        let done = sparql::evaluate(session.store().store(), &query, &deadline)?;
        let wire = match &done.results {
            Results::Graph(_) => graph.map(|g| Wire {
                results: QueryResultsFormat::Json,
                graph: g,
            }),
            _ => results.map(|r| Wire {
                results: r,
                graph: RdfFormat::Turtle,
            }),
        }
        .ok_or_else(not_acceptable)?;
        let mut body = Vec::new();
        sparql::write_wire(&done.results, wire, &mut body)?;
        let cut = done.cut.then_some(deadline.max_rows());
        Ok((body, content_type(&done.results, wire), cut))
    })
    .await?;
    let mut response = ([(header::CONTENT_TYPE, media)], body).into_response();
    if let Some(n) = cut {
        response.headers_mut().insert(
            CUT_HEADER,
            HeaderValue::from_str(&format!("first {n} rows"))
                .unwrap_or(HeaderValue::from_static("yes")),
        );
    }
    Ok(response)
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn run_update(
    shared: Arc<Shared>,
    headers: &HeaderMap,
    update: String,
) -> Result<Response, ApiError> {
    let Some(token) = shared.config.update_token.clone() else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "this endpoint is read-only: updates are refused (start `newsgraph serve --update` with a token to allow them)",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if !given.is_some_and(|g| same_secret(g.as_bytes(), token.as_bytes())) {
        let mut r = ApiError::new(
            StatusCode::UNAUTHORIZED,
            "updates need the bearer token: Authorization: Bearer <token>",
        )
        .into_response();
        r.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"newsgraph\""),
        );
        return Ok(r);
    }
    blocking(move || {
        store::with_write(&shared.config.store, |st| sparql::update(st, &update))??;
        Ok(())
    })
    .await?;
    Ok((StatusCode::OK, "update applied\n").into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_weight_and_range() {
        let n = |a: Option<&str>| negotiate(a, RESULT_TYPES);
        assert_eq!(n(None), Some(QueryResultsFormat::Json));
        assert_eq!(n(Some("text/csv")), Some(QueryResultsFormat::Csv));
        assert_eq!(
            n(Some("text/csv;q=0.5, application/sparql-results+xml")),
            Some(QueryResultsFormat::Xml)
        );
        assert_eq!(n(Some("text/*")), Some(QueryResultsFormat::Csv));
        assert_eq!(
            n(Some("image/png, */*;q=0.1")),
            Some(QueryResultsFormat::Json)
        );
        assert_eq!(n(Some("image/png")), None);
        assert_eq!(n(Some("text/csv;q=0")), None);
        assert_eq!(
            negotiate(Some("application/n-triples"), GRAPH_TYPES),
            Some(RdfFormat::NTriples)
        );
    }

    #[test]
    fn compares_secrets_whole() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"ab"));
    }
}
