//! The query language: `who accused Russia of what?` or `?x closes ?c where ?c is
//! Crossing`.
//!
//! Stages, each a public function: [`syntax::parse`] (text → pest tree → typed
//! [`ast::Query`]), [`plan::resolve`] (names and relations looked up → [`plan::Plan`]),
//! then an [`Engine`] ([`native::Native`] over the petgraph graph, or
//! [`sparql::Sparql`], which compiles the plan to spargebra's algebra and runs it on
//! the oxigraph store) produces [`Solution`]s, and [`answer`] merges them into rows.

pub mod answer;
pub mod ast;
mod between;
pub mod explain;
pub mod forms;
pub mod native;
pub mod plan;
pub mod search;
pub mod sparql;
pub mod syntax;
pub mod vocab;

use crate::model::{EntityId, Modality, Relation};
pub use answer::{answer, run};
use ast::Span;
use plan::{Plan, VarKind};
use std::collections::{BTreeMap, VecDeque};

/// Why a query could not be answered.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The text does not parse: `who acused Russia`.
    #[error("{message}")]
    Syntax {
        /// Where.
        span: Span,
        /// What was expected, in words.
        message: String,
        /// The nearest question form that works.
        hint: Option<String>,
    },
    /// A date that is no day of the calendar: `after 2023-11-32`.
    #[error("no such date {date}: {why}")]
    BadDate {
        /// The date as written.
        date: String,
        /// What is wrong with it.
        why: String,
        /// Where.
        span: Span,
    },
    /// `in 9`: no article id starts so.
    #[error("no article id starts with \"{prefix}\" (the store has {known})")]
    UnknownDoc {
        /// The prefix as written.
        prefix: String,
        /// Some ids the store has.
        known: String,
        /// Where.
        span: Span,
    },
    /// The query is longer than [`syntax::MAX_QUERY_BYTES`].
    #[error("query of {len} bytes is too long (limit {limit})")]
    TooLong {
        /// Its length.
        len: usize,
        /// The limit.
        limit: usize,
    },
    /// The pattern has more than [`syntax::MAX_CLAUSES`] clauses.
    #[error("query has {clauses} clauses; at most {limit} are allowed")]
    TooComplex {
        /// How many.
        clauses: usize,
        /// The limit.
        limit: usize,
    },
    /// A name matches no entity: `who is Rusia`.
    #[error("no entity \"{name}\"{}", did_you_mean(suggestions))]
    UnknownEntity {
        /// The name.
        name: String,
        /// Where.
        span: Span,
        /// Nearest labels.
        suggestions: Vec<String>,
    },
    /// A word in relation position is no relation: `?x acuses Russia`.
    #[error("no relation \"{word}\"{}", did_you_mean(suggestions))]
    UnknownRelation {
        /// The word.
        word: String,
        /// Where.
        span: Span,
        /// Nearest relations.
        suggestions: Vec<String>,
    },
    /// A type name is unknown: `?x is Country2`.
    #[error("no type \"{word}\" (expected State, Person, Crossing, Organisation or Place)")]
    UnknownType {
        /// The word.
        word: String,
        /// Where.
        span: Span,
    },
    /// A condition uses a variable no clause binds: `?x accuses Russia where ?y is State`.
    #[error("variable ?{name} is not bound by any clause")]
    UnboundVar {
        /// The name.
        name: String,
        /// Where.
        span: Span,
    },
    /// One variable is used for an entity and for a claim or relation.
    #[error("variable ?{name} is used both for an entity and for a claim or relation")]
    VarKind {
        /// The name.
        name: String,
        /// Where.
        span: Span,
    },
    /// Valid syntax the engines do not evaluate.
    #[error("{what} is not supported")]
    Unsupported {
        /// What.
        what: String,
        /// Where.
        span: Span,
    },
    /// The store failed while answering.
    #[error("store error: {0}")]
    Engine(String),
    /// Evaluation ran out of time (`--timeout`).
    #[error(transparent)]
    TimedOut(#[from] crate::bounds::TimedOut),
    /// The query's heap grew past its memory budget ([`crate::bounds::Stopped::Memory`]).
    #[error(transparent)]
    OutOfMemory(crate::bounds::Stopped),
    /// The joins would hold more rows than the budget allows
    /// ([`crate::bounds::Deadline::row_budget`]): a cross product, or a pattern with too
    /// few constraints. The user must change the query (or raise `--max-rows`).
    #[error(
        "this query would produce more than {limit} rows; add a constraint or raise --max-rows"
    )]
    TooLarge {
        /// The row budget that was passed.
        limit: usize,
    },
}

impl From<crate::bounds::Stopped> for QueryError {
    fn from(s: crate::bounds::Stopped) -> Self {
        match s {
            crate::bounds::Stopped::TimedOut(t) => QueryError::TimedOut(t),
            memory => QueryError::OutOfMemory(memory),
        }
    }
}

fn did_you_mean(s: &[String]) -> String {
    match s {
        [] => String::new(),
        [one] => format!(" — did you mean {one}?"),
        [init @ .., last] => format!(" — did you mean {} or {last}?", init.join(", ")),
    }
}

impl QueryError {
    /// Where in the query the problem is, when it is somewhere.
    pub fn span(&self) -> Option<Span> {
        match self {
            QueryError::Syntax { span, .. }
            | QueryError::BadDate { span, .. }
            | QueryError::UnknownDoc { span, .. }
            | QueryError::UnknownEntity { span, .. }
            | QueryError::UnknownRelation { span, .. }
            | QueryError::UnknownType { span, .. }
            | QueryError::UnboundVar { span, .. }
            | QueryError::VarKind { span, .. }
            | QueryError::Unsupported { span, .. } => Some(*span),
            _ => None,
        }
    }

    /// The message with the query and a caret under the position:
    ///
    /// ```text
    /// error: expected a relation …, found `acused`
    ///   who acused Russia
    ///       ^^^^^^
    /// ```
    pub fn render(&self, query: &str) -> String {
        let mut out = format!("error: {self}");
        if let Some(sp) = self.span() {
            // Show the line the error is on, with the caret under it.
            let start = sp.start.min(query.len());
            let line_start = query[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = query[start..].find('\n').map_or(query.len(), |i| start + i);
            let line = &query[line_start..line_end];
            let col = query[line_start..start].chars().count();
            let width = query[start..sp.end.clamp(start, line_end)]
                .chars()
                .count()
                .max(1);
            out.push_str(&format!(
                "\n  {line}\n  {}{}",
                " ".repeat(col),
                "^".repeat(width)
            ));
        }
        if let QueryError::Syntax { hint: Some(h), .. } = self {
            out.push_str(&format!("\n  a question that works: {h}"));
        }
        out
    }
}

/// Whether a query that failed with `e` is a question to answer by a search of the
/// sentences' words ([`search::search`]): words (no variable, no `?` but a final one)
/// that no form reads, or that use a word the store does not know — not a typo the
/// error corrects ("who is Rusa?", "who acused Russia?"), a question the error shows
/// how to ask, a bad date or an unknown article.
pub fn searchable(text: &str, e: &QueryError, vocab: &vocab::Vocab) -> bool {
    let t = text.trim();
    let t = t.strip_suffix(['?', '.', '!']).unwrap_or(t);
    if t.is_empty() || t.contains('?') || t.contains('\n') {
        return false;
    }
    match e {
        QueryError::Syntax { hint, span, .. } => {
            // The filters after a question are the pattern language's: a bad date or
            // limit after `after`, `before`, `in` or `limit` is an error to mend.
            // Any of the three words before the error ("before 2023/11/22",
            // "between Nov 20 and Nov 23"), or `in` or `limit` right before it.
            let before: Vec<String> = text
                .get(..span.start)
                .map(|t| {
                    t.split_whitespace()
                        .rev()
                        .take(3)
                        .map(str::to_lowercase)
                        .collect()
                })
                .unwrap_or_default();
            let filter = before.iter().enumerate().any(|(k, w)| {
                ["after", "before", "since", "until", "between"].contains(&w.as_str())
                    || (k == 0 && ["in", "limit"].contains(&w.as_str()))
            });
            !filter && hint.as_deref().is_none_or(|h| !close(t, h))
        }
        QueryError::UnknownEntity { suggestions, .. } => suggestions.is_empty(),
        QueryError::UnknownRelation { word, .. } => !vocab.verb_near(word),
        QueryError::UnknownType { .. } => true,
        _ => false,
    }
}

/// Whether the question a syntax error suggests is the text with a word or two
/// changed ("what Finland accuse Russia of" → "what did Finland accuse Russia of"),
/// rather than some other question of the same shape: most of the words of each are
/// words of the other.
fn close(text: &str, hint: &str) -> bool {
    let words = |s: &str| -> std::collections::BTreeSet<String> {
        crate::text::fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(text), words(hint));
    let shared = a.intersection(&b).count();
    shared * 3 >= a.union(&b).count() * 2
}

/// A value in an answer cell.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Value {
    /// An entity.
    Entity(EntityId),
    /// A text (a claim).
    Text(String),
    /// A relation.
    Relation(Relation),
    /// A number (a count).
    Number(u64),
}

/// Where a matched fact was read: document and sentence.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Source {
    /// Document id.
    pub doc: String,
    /// The sentence.
    pub sentence: String,
    /// Byte offset of the sentence.
    pub start: usize,
    /// Byte offset past the sentence.
    pub end: usize,
    /// The matched fact's relation, subject and object as the clause saw them (for
    /// drawing the facts behind an answer; not part of the JSON output).
    #[serde(skip)]
    pub fact: (Relation, EntityId, Option<EntityId>),
    /// How firmly the article states the fact.
    #[serde(skip)]
    pub modality: Modality,
}

/// One way the clauses matched: a value per variable, and the matched facts' sources
/// and dates.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Solution {
    /// By variable number; `None` for an optional slot left empty.
    pub values: Vec<Option<Value>>,
    /// One per clause.
    pub sources: Vec<Source>,
    /// Dates of the matched facts that have one.
    pub dates: Vec<String>,
}

/// One hop of a connection between entities.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Hop {
    /// The relation of the fact.
    pub relation: Relation,
    /// The entity at the other end.
    pub other: EntityId,
    /// Whether the hop follows the fact's direction.
    pub forward: bool,
    /// Where the fact was read.
    pub source: Source,
}

/// What a count needs of a plan's solutions, without the rows themselves.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Distinct rows of the plan's shown columns (and dates, for `when` questions).
    pub rows: u64,
    /// Every fact behind them.
    pub sources: std::collections::BTreeSet<Source>,
}

/// Evaluates plans. Both engines answer the same plans with the same solutions.
pub trait Engine {
    /// All solutions of a plan, in any order. A solution's sources are the facts
    /// behind it: one per clause, or every fact that supports its values.
    fn solve(&self, plan: &Plan) -> Result<Vec<Solution>, QueryError>;
    /// How many distinct rows the plan has and the facts behind them. Engines that can
    /// count without listing the rows (the native engine multiplies the counts of
    /// independent parts of a pattern) override this; by default the solutions are
    /// listed and merged.
    fn tally(&self, plan: &Plan) -> Result<Tally, QueryError> {
        Ok(answer::tally_of(plan, self.solve(plan)?))
    }
    /// Facts with an object that touch `id`, seen from `id`.
    fn neighbours(&self, id: &EntityId) -> Result<Vec<Hop>, QueryError>;
    /// What the store knows of the articles `ids` (title, publisher, date), in the
    /// order of `ids`; an article it has no metadata for is left out.
    fn articles(&self, ids: &[&str]) -> Result<Vec<crate::model::DocMeta>, QueryError>;
}

/// A row of an answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// One per column.
    pub values: Vec<Option<Value>>,
    /// Every fact behind the row, from every article that says it.
    pub sources: Vec<Source>,
    /// The modalities of those facts, distinct, in order (asserted first).
    pub modalities: Vec<Modality>,
    /// Their dates, distinct and sorted (empty when no article dates them).
    pub dates: Vec<String>,
}

/// An answer, ready to print.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answer {
    /// Lines shown above the table (an entity description).
    pub header: Vec<String>,
    /// The entity described (`who is X`), for structured output.
    pub entity: Option<EntityId>,
    /// The entities the question is about (those it names), drawn highlighted in a
    /// picture of the answer.
    pub focus: Vec<EntityId>,
    /// Column names.
    pub columns: Vec<String>,
    /// Rows.
    pub rows: Vec<Row>,
    /// What the answer leaves out, or why it is empty ("2 possible facts not shown:
    /// add `possible`").
    pub notes: Vec<String>,
    /// The sentences behind the rows are part of the answer (`why did …`): shown
    /// whatever the output asks.
    pub cite: bool,
}

impl Answer {
    /// Whether any row rests on facts that are not asserted (then the modality is
    /// shown).
    pub fn shows_modality(&self) -> bool {
        self.rows
            .iter()
            .any(|r| r.modalities.iter().any(|m| *m != Modality::Asserted))
    }

    /// Whether any row has a date (then dates are shown).
    pub fn shows_dates(&self) -> bool {
        self.rows.iter().any(|r| !r.dates.is_empty())
    }
}

/// Shortest connection from `a` to `b` over facts with objects, in either direction.
/// Neighbours are visited in sorted order, so the path found is deterministic.
pub fn shortest_path(
    engine: &dyn Engine,
    a: &EntityId,
    b: &EntityId,
    max_hops: usize,
) -> Result<Option<Vec<(EntityId, Hop)>>, QueryError> {
    if a == b {
        return Ok(Some(Vec::new()));
    }
    let mut prev: BTreeMap<EntityId, (EntityId, Hop)> = BTreeMap::new();
    let mut depth: BTreeMap<EntityId, usize> = BTreeMap::from([(a.clone(), 0)]);
    let mut queue = VecDeque::from([a.clone()]);
    while let Some(n) = queue.pop_front() {
        let d = depth[&n];
        if d >= max_hops {
            continue;
        }
        let mut hops = engine.neighbours(&n)?;
        hops.sort();
        for h in hops {
            if depth.contains_key(&h.other) {
                continue;
            }
            depth.insert(h.other.clone(), d + 1);
            prev.insert(h.other.clone(), (n.clone(), h.clone()));
            if &h.other == b {
                let mut path = Vec::new();
                let mut cur = b.clone();
                while let Some((from, hop)) = prev.get(&cur) {
                    path.push((from.clone(), hop.clone()));
                    cur = from.clone();
                }
                path.reverse();
                return Ok(Some(path));
            }
            queue.push_back(h.other);
        }
    }
    Ok(None)
}

/// Which engine evaluates plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EngineKind {
    /// The petgraph graph in memory.
    Native,
    /// SPARQL on the oxigraph store.
    Sparql,
}

/// Kinds of the plan's variables, for engines.
pub(crate) fn kind(plan: &Plan, v: usize) -> VarKind {
    plan.kinds[v]
}
