//! A read session on a store: the store opened read-only, its graph in memory and the
//! name index, shared by `ask`, the REPL, `sparql` and `serve` so they answer the same
//! way.

use crate::bounds::{Bounds, Deadline};
use crate::graph::KnowledgeGraph;
use crate::lexicon::Lexicon;
use crate::model::EntityId;
use crate::query::{
    self, ast::Query, plan::NameIndex, vocab::Vocab, Answer, EngineKind, QueryError,
};
use crate::store::{ReadStore, StoreError};
use oxigraph::store::Store;
use std::sync::Arc;

/// What the SPARQL engine runs on, owned so a query's worker thread can hold it.
enum Backend {
    Store(Store),
    Remote(crate::remote::Endpoint),
}

/// An open store with everything needed to answer queries.
pub struct Session {
    store: ReadStore,
    index: Arc<Index>,
}

/// What a session loads from a store: the graph and its names. It stays valid after
/// the store is closed (the snapshot is mapped), so a server keeps it between
/// requests and loads it again only when a build changed the store.
pub struct Index {
    graph: KnowledgeGraph,
    names: NameIndex,
    vocab: Vocab,
    /// The sentences indexed for searches, built at the first one.
    sentences: std::sync::OnceLock<query::search::Sentences>,
}

impl Index {
    /// Loads the graph of an open store and indexes its names, with the lexicon's
    /// metonyms (`the Kremlin`) for the entities present.
    pub fn load(store: &ReadStore, lex: &Lexicon) -> Result<Self, StoreError> {
        let graph = KnowledgeGraph::from_packed(crate::store::read_packed(store)?);
        Ok(Self::from_graph(graph, lex))
    }

    /// Indexes the names of a graph loaded elsewhere (from a remote store's entities
    /// and articles, say: [`crate::remote::index`]).
    pub fn from_graph(graph: KnowledgeGraph, lex: &Lexicon) -> Self {
        // A division is asked for by its bare name as often as by its whole one:
        // "Murmansk" for Murmansk Oblast, "Rivas" for Rivas Department. The bare name
        // comes after every entity's own names, so a town called so keeps it.
        let divisions = graph.entities().filter_map(|e| {
            if e.etype != crate::model::EntityType::Place {
                return None;
            }
            let (head, noun) = e.label.rsplit_once(' ')?;
            lex.words
                .division_nouns
                .contains(&crate::text::fold(noun))
                .then(|| (head.to_string(), e.id.clone()))
        });
        let names = NameIndex::new(
            graph.entities(),
            lex.names()
                .map(|(n, id)| (n.to_string(), id.clone()))
                .chain(divisions),
        )
        .with_docs(graph.docs().iter().map(|d| d.id.clone()));
        Index {
            graph,
            names,
            vocab: Vocab::new(lex),
            sentences: std::sync::OnceLock::new(),
        }
    }

    /// The words of the query language, from the lexicon.
    pub fn vocab(&self) -> &Vocab {
        &self.vocab
    }

    /// Completion candidates for the REPL: keywords, relation names and verb forms,
    /// type nouns, and the labels of the store's entities, sorted.
    pub fn completions(&self) -> Vec<String> {
        let mut out = self.vocab.completions();
        out.extend(self.names.labels().map(str::to_string));
        out.sort();
        out.dedup();
        out
    }

    /// Parses a query with this store's vocabulary.
    pub fn parse(&self, text: &str) -> Result<Query, QueryError> {
        query::syntax::parse_with(text, &self.vocab)
    }

    /// The graph.
    pub fn graph(&self) -> &KnowledgeGraph {
        &self.graph
    }

    /// Names of entities, for resolution and completion.
    pub fn names(&self) -> &NameIndex {
        &self.names
    }

    /// Answers a parsed query, stopping with [`QueryError::TimedOut`] at `deadline`
    /// (on a worker thread when there is a deadline, see [`Deadline::run`]). `store`
    /// is needed by the SPARQL engine only; the native engine answers from the graph.
    pub fn run_until(
        self: &Arc<Self>,
        store: Option<&Store>,
        parsed: &Query,
        engine: EngineKind,
        deadline: &Deadline,
    ) -> Result<Answer, QueryError> {
        self.run_on(store.cloned().map(Backend::Store), parsed, engine, deadline)
    }

    /// Answers a parsed query on a remote SPARQL endpoint (always with the SPARQL
    /// engine), within `bounds`, as [`Index::answer`] does locally.
    pub fn answer_remote(
        self: &Arc<Self>,
        endpoint: &crate::remote::Endpoint,
        parsed: &Query,
        bounds: &Bounds,
    ) -> Result<(Answer, Option<usize>), QueryError> {
        let backend = Some(Backend::Remote(endpoint.clone()));
        let mut answer = self.run_on(backend, parsed, EngineKind::Sparql, &bounds.start())?;
        let cut = bounds.cap(&mut answer.rows);
        Ok((answer, cut))
    }

    fn run_on(
        self: &Arc<Self>,
        backend: Option<Backend>,
        parsed: &Query,
        engine: EngineKind,
        deadline: &Deadline,
    ) -> Result<Answer, QueryError> {
        let index = self.clone();
        if engine == EngineKind::Sparql && backend.is_none() {
            return Err(QueryError::Engine(
                "the SPARQL engine needs the store open".into(),
            ));
        }
        let (parsed, d) = (parsed.clone(), deadline.clone());
        deadline.run(move || {
            let native = query::native::Native::bounded(&index.graph, d.clone());
            let sparql = backend.as_ref().map(|b| {
                let target = match b {
                    Backend::Store(st) => query::sparql::Target::Store(st),
                    Backend::Remote(ep) => query::sparql::Target::Remote(ep),
                };
                query::sparql::Sparql::on(target, d)
            });
            let engine: &dyn query::Engine = match (engine, &sparql) {
                (EngineKind::Sparql, Some(sparql)) => sparql,
                _ => &native,
            };
            query::run(&parsed, engine, &index.names, &|id| index.describe(id))
        })?
    }

    /// Answers a parsed query within `bounds`: stops at the timeout, and keeps the first
    /// `max_rows` rows, saying how many there were when it dropped some. `ask`, the
    /// REPL and `serve` answer through here.
    pub fn answer(
        self: &Arc<Self>,
        store: Option<&Store>,
        parsed: &Query,
        engine: EngineKind,
        bounds: &Bounds,
    ) -> Result<(Answer, Option<usize>), QueryError> {
        let mut answer = self.run_until(store, parsed, engine, &bounds.start())?;
        let cut = bounds.cap(&mut answer.rows);
        Ok((answer, cut))
    }

    /// How a query is understood: the question form, the plan in words and the
    /// SPARQL it compiles to.
    pub fn explain(&self, text: &str) -> Result<String, QueryError> {
        query::explain::explain(&self.parse(text)?, &self.names)
    }

    /// For a question that failed with `e`, the facts of the sentences that share the
    /// most words with it ([`query::search::search`]): `None` when it is no question
    /// to search for ([`query::searchable`]) or no sentence shares a word with it.
    pub fn search(&self, text: &str, e: &QueryError) -> Option<Answer> {
        if !query::searchable(text, e, &self.vocab) {
            return None;
        }
        let unknown = match e {
            QueryError::UnknownEntity { name, .. } => Some(name.as_str()),
            _ => None,
        };
        let sentences = self
            .sentences
            .get_or_init(|| query::search::Sentences::new(&self.graph, &self.vocab));
        query::search::search(
            &self.graph,
            sentences,
            &self.names,
            &self.vocab,
            text,
            unknown,
        )
    }

    /// Header lines describing an entity: label, type, other names, Wikidata.
    pub fn describe(&self, id: &EntityId) -> Vec<String> {
        let Some(e) = self.graph.entity(id) else {
            return Vec::new();
        };
        let mut lines = vec![format!("{} ({})", e.label, e.etype)];
        if !e.aliases.is_empty() {
            lines.push(format!("also: {}", e.aliases.join(", ")));
        }
        if let Some(q) = &e.wikidata {
            lines.push(format!("wikidata: {q}"));
        }
        lines
    }
}

impl Session {
    /// Opens a session: loads the graph of an open store and indexes its names.
    pub fn new(store: ReadStore, lex: &Lexicon) -> Result<Self, StoreError> {
        let index = Arc::new(Index::load(&store, lex)?);
        Ok(Session { store, index })
    }

    /// A session on `store` with an index loaded earlier from the same store state.
    pub fn with_index(store: ReadStore, index: Arc<Index>) -> Self {
        Session { store, index }
    }

    /// The loaded graph and names, to keep for a later session.
    pub fn index(&self) -> &Arc<Index> {
        &self.index
    }

    /// The graph.
    pub fn graph(&self) -> &KnowledgeGraph {
        self.index.graph()
    }

    /// The store.
    pub fn store(&self) -> &ReadStore {
        &self.store
    }

    /// Names of entities, for resolution and completion.
    pub fn names(&self) -> &NameIndex {
        self.index.names()
    }

    /// Gives the store back (to close it before a build).
    pub fn into_store(self) -> ReadStore {
        self.store
    }

    /// The words of the query language, from the lexicon.
    pub fn vocab(&self) -> &Vocab {
        self.index.vocab()
    }

    /// Completion candidates for the REPL (see [`Index::completions`]).
    pub fn completions(&self) -> Vec<String> {
        self.index.completions()
    }

    /// Parses a query with this store's vocabulary.
    pub fn parse(&self, text: &str) -> Result<Query, QueryError> {
        self.index.parse(text)
    }

    /// Answers a query with an engine.
    pub fn ask(&self, text: &str, engine: EngineKind) -> Result<Answer, QueryError> {
        let parsed = self.parse(text)?;
        self.run(&parsed, engine)
    }

    /// Answers a parsed query.
    pub fn run(&self, parsed: &Query, engine: EngineKind) -> Result<Answer, QueryError> {
        self.run_until(parsed, engine, &Deadline::none())
    }

    /// Answers a parsed query, stopping with [`QueryError::TimedOut`] at `deadline`.
    pub fn run_until(
        &self,
        parsed: &Query,
        engine: EngineKind,
        deadline: &Deadline,
    ) -> Result<Answer, QueryError> {
        self.index
            .run_until(Some(self.store.store()), parsed, engine, deadline)
    }

    /// Answers a parsed query within `bounds` (see [`Index::answer`]).
    pub fn answer(
        &self,
        parsed: &Query,
        engine: EngineKind,
        bounds: &Bounds,
    ) -> Result<(Answer, Option<usize>), QueryError> {
        self.index
            .answer(Some(self.store.store()), parsed, engine, bounds)
    }

    /// How a query is understood: the question form, the plan in words and the
    /// SPARQL it compiles to.
    pub fn explain(&self, text: &str) -> Result<String, QueryError> {
        self.index.explain(text)
    }

    /// Header lines describing an entity: label, type, other names, Wikidata.
    pub fn describe(&self, id: &EntityId) -> Vec<String> {
        self.index.describe(id)
    }

    /// A search for a question that failed (see [`Index::search`]).
    pub fn search(&self, text: &str, e: &QueryError) -> Option<Answer> {
        self.index.search(text, e)
    }
}
