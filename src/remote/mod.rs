//! Remote SPARQL 1.1 stores: the HTTP client behind `build --remote` (Graph Store
//! Protocol, [`push`]) and `ask|sparql|repl --endpoint` (SPARQL 1.1 Protocol queries,
//! [`Endpoint::select`], [`Endpoint::query`], [`index`]).
//!
//! Any store that speaks the standard protocols will do (the tests run the oxigraph
//! server on loopback). Requests that fail with a 5xx status or a connection error are
//! tried again with exponential backoff; credentials come from the environment or
//! `~/.netrc` and are never printed.

mod auth;
pub mod push;

pub use auth::Auth;
pub use push::{push, PushReport};

use crate::bounds::Deadline;
use crate::graph::KnowledgeGraph;
use crate::model::Dataset;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad, Term, Triple};
use oxigraph::sparql::results::{
    QueryResultsFormat, QueryResultsParser, ReaderQueryResultsParserOutput,
};
use oxigraph::sparql::QuerySolution;
use std::io::Read;
use std::time::Duration;

/// Why a remote store could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// The URL is not one this client can use (`ftp://…`, `https://…` without TLS).
    #[error("bad endpoint URL {url:?}: {reason}")]
    Url {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The store could not be reached, or kept failing, after every retry.
    #[error("{method} {url} failed after {tries} tries: {cause}")]
    Unreachable {
        /// The HTTP method.
        method: &'static str,
        /// The URL (without credentials).
        url: String,
        /// How many times it was tried.
        tries: u32,
        /// The last failure.
        cause: String,
    },
    /// The store answered with an error status that retrying does not cure.
    #[error("{method} {url} answered {status}: {body}")]
    Status {
        /// The HTTP method.
        method: &'static str,
        /// The URL (without credentials).
        url: String,
        /// The HTTP status.
        status: u16,
        /// The start of the response body.
        body: String,
    },
    /// The store's answer could not be read as the format asked for.
    #[error("cannot read the answer of {url}: {cause}")]
    Answer {
        /// The URL (without credentials).
        url: String,
        /// What was wrong.
        cause: String,
    },
    /// The query ran out of time on the store.
    #[error(transparent)]
    TimedOut(#[from] crate::bounds::TimedOut),
}

/// How requests are retried: `retries` more tries after the first, waiting `backoff`,
/// then twice as long each time.
#[derive(Clone, Copy, Debug)]
pub struct Retry {
    /// Tries after the first.
    pub retries: u32,
    /// The first wait.
    pub backoff: Duration,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            retries: 4,
            backoff: Duration::from_millis(250),
        }
    }
}

/// A remote store: where to send Graph Store Protocol requests and queries, with the
/// credentials to send. Cloning shares the connection pool.
#[derive(Clone)]
pub struct Endpoint {
    /// The URL requests go to (GSP for pushes, the query endpoint for queries).
    url: String,
    agent: ureq::Agent,
    auth: Option<Auth>,
    retry: Retry,
}

impl std::fmt::Debug for Endpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the credentials.
        f.debug_struct("Endpoint").field("url", &self.url).finish()
    }
}

/// One HTTP answer: status and body.
struct Answer {
    status: u16,
    body: ureq::Body,
}

impl Endpoint {
    /// An endpoint at `url` (`http://host:port/path`), with credentials from the
    /// environment or `~/.netrc` for its host (see [`Auth::find`]).
    pub fn new(url: &str) -> Result<Self, RemoteError> {
        // Credentials typed into the URL are not repeated in the message.
        let shown = match url.split_once("://") {
            Some((scheme, rest)) if rest.split('/').next().is_some_and(|h| h.contains('@')) => {
                let after = rest.split_once('@').map_or(rest, |(_, a)| a);
                format!("{scheme}://…@{after}")
            }
            _ => url.to_string(),
        };
        let bad = |reason: &str| RemoteError::Url {
            url: shown.clone(),
            reason: reason.to_string(),
        };
        let rest =
            match url.split_once("://") {
                Some(("http", rest)) => rest,
                Some(("https", _)) => return Err(bad(
                    "this build speaks plain HTTP only; reach an https store through a local proxy",
                )),
                _ => return Err(bad("expected http://HOST[:PORT]/PATH")),
            };
        let host = rest.split(['/', '?']).next().unwrap_or_default();
        if host.is_empty() || host.contains('@') {
            return Err(bad(
                "expected http://HOST[:PORT]/PATH, with credentials in the environment or ~/.netrc, not in the URL",
            ));
        }
        let hostname = host.rsplit_once(':').map_or(host, |(h, _)| h);
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .build()
            .new_agent();
        Ok(Endpoint {
            url: url.to_string(),
            agent,
            auth: Auth::find(hostname),
            retry: Retry::default(),
        })
    }

    /// The same store with another retry policy.
    pub fn with_retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// The same store at another URL (its query endpoint, say), with the same
    /// credentials.
    pub fn at(&self, url: &str) -> Self {
        Endpoint {
            url: url.to_string(),
            ..self.clone()
        }
    }

    /// The URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Sends one request, again after a 5xx status or a connection failure, with
    /// backoff. `send` builds and sends the request each time.
    fn send(
        &self,
        method: &'static str,
        url: &str,
        send: impl Fn(
            &ureq::Agent,
            Option<String>,
        ) -> Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Answer, RemoteError> {
        let authorization = self.auth.as_ref().map(Auth::header);
        let mut wait = self.retry.backoff;
        let mut tries = 0;
        loop {
            tries += 1;
            let cause = match send(&self.agent, authorization.clone()) {
                Ok(r) if r.status().is_server_error() => {
                    let status = r.status().as_u16();
                    format!("{status}: {}", excerpt(r.into_body()))
                }
                Ok(r) => {
                    return Ok(Answer {
                        status: r.status().as_u16(),
                        body: r.into_body(),
                    })
                }
                Err(e) => e.to_string(),
            };
            if tries > self.retry.retries {
                return Err(RemoteError::Unreachable {
                    method,
                    url: url.to_string(),
                    tries,
                    cause,
                });
            }
            std::thread::sleep(wait);
            wait *= 2;
        }
    }

    /// Fails with [`RemoteError::Status`] unless the status is 2xx.
    fn ok(&self, method: &'static str, a: Answer) -> Result<ureq::Body, RemoteError> {
        if (200..300).contains(&a.status) {
            Ok(a.body)
        } else {
            Err(RemoteError::Status {
                method,
                url: self.url.clone(),
                status: a.status,
                body: excerpt(a.body),
            })
        }
    }

    /// Replaces the named graph `graph` with `triples` (GSP `PUT ?graph=IRI`).
    pub fn put_graph(&self, graph: &NamedNode, triples: &[Triple]) -> Result<(), RemoteError> {
        let body = ntriples(triples);
        let a = self.send("PUT", &self.url, |agent, auth| {
            let mut r = agent
                .put(&self.url)
                .query("graph", graph.as_str())
                .header("Content-Type", "application/n-triples");
            if let Some(a) = auth {
                r = r.header("Authorization", a);
            }
            r.send(&body[..])
        })?;
        self.ok("PUT", a).map(drop)
    }

    /// Adds `triples` to the named graph `graph` (GSP `POST ?graph=IRI`: a merge).
    pub fn post_graph(&self, graph: &NamedNode, triples: &[Triple]) -> Result<(), RemoteError> {
        let body = ntriples(triples);
        let a = self.send("POST", &self.url, |agent, auth| {
            let mut r = agent
                .post(&self.url)
                .query("graph", graph.as_str())
                .header("Content-Type", "application/n-triples");
            if let Some(a) = auth {
                r = r.header("Authorization", a);
            }
            r.send(&body[..])
        })?;
        self.ok("POST", a).map(drop)
    }

    /// Deletes the named graph `graph` (GSP `DELETE ?graph=IRI`); a graph the store
    /// does not hold (404) is already deleted.
    pub fn delete_graph(&self, graph: &NamedNode) -> Result<(), RemoteError> {
        let a = self.send("DELETE", &self.url, |agent, auth| {
            let mut r = agent.delete(&self.url).query("graph", graph.as_str());
            if let Some(a) = auth {
                r = r.header("Authorization", a);
            }
            r.call()
        })?;
        if a.status == 404 {
            return Ok(());
        }
        self.ok("DELETE", a).map(drop)
    }

    /// Sends a query (SPARQL 1.1 Protocol, form-encoded POST) with `accept`, within
    /// `deadline`, and gives the body of the answer.
    fn post_query(
        &self,
        query: &str,
        accept: &str,
        deadline: &Deadline,
    ) -> Result<ureq::Body, RemoteError> {
        deadline.check()?;
        let timeout = deadline.remaining();
        let a = self
            .send("POST", &self.url, |agent, auth| {
                let mut r = agent
                    .post(&self.url)
                    .config()
                    .timeout_global(timeout)
                    .build()
                    .header("Accept", accept);
                if let Some(a) = auth {
                    r = r.header("Authorization", a);
                }
                r.send_form([("query", query)])
            })
            .map_err(|e| match e {
                _ if deadline.expired() => deadline.timed_out().into(),
                e => e,
            })?;
        self.ok("POST", a)
    }

    /// Runs a SELECT query and gives its solutions, within `deadline`.
    pub fn select(
        &self,
        query: &str,
        deadline: &Deadline,
    ) -> Result<Vec<QuerySolution>, RemoteError> {
        match self.query(query, deadline)? {
            Results::Solutions { rows, .. } => Ok(rows),
            _ => Err(self.bad_answer("expected solutions")),
        }
    }

    /// Runs any query: solutions (SPARQL JSON results), a boolean, or triples
    /// (N-Triples for CONSTRUCT and DESCRIBE), within `deadline`.
    pub fn query(&self, query: &str, deadline: &Deadline) -> Result<Results, RemoteError> {
        let graph = matches!(
            spargebra::SparqlParser::new().parse_query(query),
            Ok(spargebra::Query::Construct { .. } | spargebra::Query::Describe { .. })
        );
        let accept = if graph {
            "application/n-triples"
        } else {
            "application/sparql-results+json"
        };
        let body = self.post_query(query, accept, deadline)?;
        let reader = body.into_reader();
        let bad = |e: &dyn std::fmt::Display| self.bad_answer(&e.to_string());
        if graph {
            let mut triples = Vec::new();
            for q in RdfParser::from_format(RdfFormat::NTriples).for_reader(reader) {
                deadline.check()?;
                triples.push(Triple::from(q.map_err(|e| bad(&e))?));
            }
            return Ok(Results::Graph(triples));
        }
        match QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_reader(reader)
            .map_err(|e| bad(&e))?
        {
            ReaderQueryResultsParserOutput::Boolean(b) => Ok(Results::Boolean(b)),
            ReaderQueryResultsParserOutput::Solutions(it) => {
                let variables = it.variables().to_vec();
                let limit = deadline.row_budget(variables.len().max(1));
                let mut rows = Vec::new();
                for r in it {
                    deadline.check()?;
                    rows.push(r.map_err(|e| bad(&e))?);
                    if rows.len() > limit {
                        return Err(self.bad_answer(&format!(
                            "more than {limit} rows (raise --max-rows or add a LIMIT)"
                        )));
                    }
                }
                Ok(Results::Solutions { variables, rows })
            }
        }
    }

    fn bad_answer(&self, cause: &str) -> RemoteError {
        RemoteError::Answer {
            url: self.url.clone(),
            cause: cause.to_string(),
        }
    }
}

/// What a remote query gave (see [`crate::sparql::Results`], which this converts to).
pub type Results = crate::sparql::Results;

/// The first 300 bytes of a body, on one line.
fn excerpt(body: ureq::Body) -> String {
    let mut buf = Vec::new();
    let _ = body.into_reader().take(300).read_to_end(&mut buf);
    String::from_utf8_lossy(&buf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Triples as N-Triples.
fn ntriples(triples: &[Triple]) -> Vec<u8> {
    let mut out = Vec::with_capacity(triples.len() * 120);
    for t in triples {
        // `Triple`'s Display is N-Triples' syntax for a triple.
        out.extend_from_slice(t.to_string().as_bytes());
        out.extend_from_slice(b" .\n");
    }
    out
}

/// What `ask --endpoint` (and `repl --endpoint`) needs besides the answers: the store's entities (labels,
/// aliases, types, Wikidata links, from the default graph) and its articles'
/// metadata, read with two queries and assembled as a graph without facts, so names
/// resolve and rows print exactly as they do locally.
pub fn index(endpoint: &Endpoint, deadline: &Deadline) -> Result<KnowledgeGraph, RemoteError> {
    use crate::rdf::{DOC, ENTITY, OWL, RDF, RDFS, SCHEMA, SKOS};
    let entities = format!(
        "SELECT ?s ?p ?o WHERE {{ ?s ?p ?o . \
         VALUES ?p {{ <{RDF}type> <{RDFS}label> <{SKOS}altLabel> <{OWL}sameAs> }} \
         FILTER(STRSTARTS(STR(?s), \"{ENTITY}\")) }}"
    );
    let docs = format!(
        "SELECT ?s ?p ?o WHERE {{ GRAPH ?s {{ ?s a <{SCHEMA}NewsArticle> ; ?p ?o }} \
         FILTER(STRSTARTS(STR(?s), \"{DOC}\")) }}"
    );
    let mem = oxigraph::store::Store::new().map_err(|e| endpoint.bad_answer(&e.to_string()))?;
    for (query, in_graph) in [(entities, false), (docs, true)] {
        for row in endpoint.select(&query, deadline)? {
            let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(o)) =
                (row.get("s"), row.get("p"), row.get("o"))
            else {
                continue;
            };
            let g = if in_graph {
                GraphName::NamedNode(s.clone())
            } else {
                GraphName::DefaultGraph
            };
            let quad = Quad::new(s.clone(), p.clone(), o.clone(), g);
            mem.insert(&quad)
                .map_err(|e| endpoint.bad_answer(&e.to_string()))?;
        }
    }
    let ds: Dataset =
        crate::rdf::read_dataset(&mem).map_err(|e| endpoint.bad_answer(&e.to_string()))?;
    Ok(KnowledgeGraph::from_dataset(ds))
}

/// The store's facts by relation (`closes` → 24), counted on the endpoint: the
/// graph [`index`] reads has no facts, so `repl --endpoint` asks for the counts its
/// banner and `:stats` show.
pub fn fact_counts(
    endpoint: &Endpoint,
    deadline: &Deadline,
) -> Result<std::collections::BTreeMap<String, usize>, RemoteError> {
    use crate::rdf::{NG, RDF};
    let query = format!(
        "SELECT ?p (COUNT(?f) AS ?n) WHERE {{ ?f <{RDF}predicate> ?p . \
         FILTER(STRSTARTS(STR(?p), \"{NG}\")) }} GROUP BY ?p"
    );
    let mut counts = std::collections::BTreeMap::new();
    for row in endpoint.select(&query, deadline)? {
        let (Some(Term::NamedNode(p)), Some(Term::Literal(n))) = (row.get("p"), row.get("n"))
        else {
            continue;
        };
        let Ok(n) = n.value().parse::<usize>() else {
            return Err(endpoint.bad_answer(&format!("a count that is not a number: {n}")));
        };
        let name = p.as_str().trim_start_matches(NG);
        counts.insert(name.to_string(), n);
    }
    Ok(counts)
}
