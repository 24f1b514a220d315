//! Where the REPL's answers come from: the local store, or a SPARQL 1.1 endpoint
//! (`repl --endpoint URL`), so one shell works on both.

use crate::bounds::{Bounds, Deadline};
use crate::graph::{KnowledgeGraph, Stats};
use crate::lexicon::Lexicon;
use crate::query::ast::Query;
use crate::query::{Answer, EngineKind, QueryError};
use crate::remote::{self, Endpoint, RemoteError};
use crate::session::{Index, Session};
use crate::sparql::{self, Bounded, SparqlError};
use std::sync::Arc;

/// What the REPL reads.
pub enum Source {
    /// The local store, open for reading.
    Local(Session),
    /// A remote SPARQL 1.1 endpoint whose default graph is the union of its graphs.
    Remote(Remote),
}

/// A remote endpoint and the names and articles read from it when the shell started,
/// so questions resolve names and rows print as they do locally.
pub struct Remote {
    endpoint: Endpoint,
    index: Arc<Index>,
}

/// Why a query on the source failed.
#[derive(Debug, thiserror::Error)]
pub enum SourceQueryError {
    /// The SPARQL text is wrong (caught before it is sent).
    #[error(transparent)]
    Sparql(#[from] SparqlError),
    /// The endpoint could not answer.
    #[error(transparent)]
    Remote(#[from] RemoteError),
}

impl Source {
    /// Connects to `endpoint`: reads its entities and articles within `deadline`.
    pub fn remote(
        endpoint: Endpoint,
        lex: &Lexicon,
        deadline: &Deadline,
    ) -> Result<Self, RemoteError> {
        let graph = remote::index(&endpoint, deadline)?;
        let index = Arc::new(Index::from_graph(graph, lex));
        Ok(Source::Remote(Remote { endpoint, index }))
    }

    /// The names, articles and (locally) facts answers are printed with.
    pub fn index(&self) -> &Arc<Index> {
        match self {
            Source::Local(s) => s.index(),
            Source::Remote(r) => &r.index,
        }
    }

    /// The graph, for completion, `:entities` and pictures.
    pub fn graph(&self) -> &KnowledgeGraph {
        self.index().graph()
    }

    /// The endpoint's URL, when the source is remote.
    pub fn url(&self) -> Option<&str> {
        match self {
            Source::Local(_) => None,
            Source::Remote(r) => Some(r.endpoint.url()),
        }
    }

    /// Answers a question: natively on the local graph, compiled to SPARQL remotely.
    pub fn answer(
        &self,
        parsed: &Query,
        bounds: &Bounds,
    ) -> Result<(Answer, Option<usize>), QueryError> {
        match self {
            Source::Local(s) => s.answer(parsed, EngineKind::Native, bounds),
            Source::Remote(r) => r.index.answer_remote(&r.endpoint, parsed, bounds),
        }
    }

    /// Runs SPARQL within `deadline`; remotely the project's prefixes are expanded
    /// first, so a wrong query is caught here with its position, and updates are
    /// refused as they are locally.
    pub fn sparql(&self, text: &str, deadline: &Deadline) -> Result<Bounded, SourceQueryError> {
        match self {
            Source::Local(s) => Ok(sparql::evaluate(s.store().store(), text, deadline)?),
            Source::Remote(r) => {
                let query = sparql::expand(text)?;
                let results = r.endpoint.query(&query, deadline)?;
                Ok(Bounded::capped(results, deadline.max_rows()))
            }
        }
    }

    /// Articles, entities and facts: remotely the facts are counted on the endpoint.
    pub fn stats(&self, deadline: &Deadline) -> Result<Stats, RemoteError> {
        let mut st = self.graph().stats();
        if let Source::Remote(r) = self {
            st.by_relation = remote::fact_counts(&r.endpoint, deadline)?;
            st.facts = st.by_relation.values().sum();
        }
        Ok(st)
    }
}
