//! The query language: `who accused Russia of what?` or `?x closes ?c where ?c is
//! Crossing`.
//!
//! Stages, each a public function: [`syntax::parse`] (text → pest tree → typed
//! [`ast::Query`]), [`plan::resolve`] (names and relations looked up → [`plan::Plan`]),
//! then an [`Engine`] ([`native::Native`] over the petgraph graph, or
//! [`sparql::Sparql`], which compiles the plan to spargebra's algebra and runs it on
//! the oxigraph store) produces [`Solution`]s, and [`answer`] merges them into rows.

pub mod ast;
pub mod native;
pub mod plan;
pub mod sparql;
pub mod syntax;

use crate::model::{EntityId, Relation};
use ast::{Query, Span};
use plan::{NameIndex, Order, Plan, VarKind};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

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
    /// The joins grew past [`native::MAX_PARTIALS`] partial solutions: a cross product.
    #[error("the query matches more than {limit} combinations of facts; narrow it with names, types or `limit`")]
    TooLarge {
        /// The limit.
        limit: usize,
    },
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
        out
    }
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

/// Evaluates plans. Both engines answer the same plans with the same solutions.
pub trait Engine {
    /// All solutions of a plan, in any order.
    fn solve(&self, plan: &Plan) -> Result<Vec<Solution>, QueryError>;
    /// Facts with an object that touch `id`, seen from `id`.
    fn neighbours(&self, id: &EntityId) -> Result<Vec<Hop>, QueryError>;
}

/// A row of an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// One per column.
    pub values: Vec<Option<Value>>,
    /// Every fact behind the row, from every article that says it.
    pub sources: Vec<Source>,
}

/// An answer, ready to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// Lines shown above the table (an entity description).
    pub header: Vec<String>,
    /// Column names.
    pub columns: Vec<String>,
    /// Rows.
    pub rows: Vec<Row>,
}

/// Merges solutions into rows: rows with the same shown values are one row with all
/// their sources; then sorts (by the order key, else by the values' labels) and limits.
pub fn answer(plan: &Plan, solutions: Vec<Solution>, names: &NameIndex) -> Answer {
    // Solutions found twice need no dedup of their own: sources merge into a set, and
    // of the dates and order values only the least is used. (Hashing a clone of every
    // solution to drop repeats was a third of answering a large question.)
    let mut merged: BTreeMap<Vec<Option<Value>>, (BTreeSet<Source>, Vec<String>)> = BTreeMap::new();
    for s in solutions {
        let key: Vec<Option<Value>> = plan
            .columns
            .iter()
            .map(|&c| s.values.get(c).cloned().flatten())
            .collect();
        let order_val = match plan.order {
            Some((Order::Var(v), _)) if !plan.columns.contains(&v) => {
                s.values.get(v).cloned().flatten()
            }
            _ => None,
        };
        let entry = merged.entry(key).or_default();
        entry.0.extend(s.sources);
        entry.1.extend(s.dates);
        if let Some(Value::Text(t)) | Some(Value::Entity(EntityId(t))) = order_val {
            entry.1.push(t);
        }
    }
    let columns: Vec<String> = plan.columns.iter().map(|&c| plan.vars[c].clone()).collect();
    if plan.count {
        let n = merged.len();
        let sources = merged
            .into_values()
            .flat_map(|(s, _)| s)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        return Answer {
            header: Vec::new(),
            columns: vec!["count".into()],
            rows: vec![Row {
                values: vec![Some(Value::Text(n.to_string()))],
                sources,
            }],
        };
    }
    let display = |v: &Option<Value>| -> String {
        match v {
            Some(Value::Entity(id)) => crate::text::fold(&names.label(id)),
            Some(Value::Text(t)) => crate::text::fold(t),
            Some(Value::Relation(r)) => r.as_str().to_string(),
            None => String::new(),
        }
    };
    let mut rows: Vec<(Vec<String>, String, String, Row)> = merged
        .into_iter()
        .map(|(values, (sources, mut dates))| {
            dates.sort();
            let labels: Vec<String> = values.iter().map(display).collect();
            let first_doc = sources
                .iter()
                .next()
                .map_or(String::new(), |s| s.doc.clone());
            let date = dates.into_iter().next().unwrap_or_default();
            (
                labels,
                date,
                first_doc,
                Row {
                    values,
                    sources: sources.into_iter().collect(),
                },
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.3.values.cmp(&b.3.values)));
    if let Some((key, desc)) = plan.order {
        let pos = |v: usize| plan.columns.iter().position(|&c| c == v);
        rows.sort_by(|a, b| {
            let o = match key {
                Order::Var(v) => match pos(v) {
                    Some(i) => a.0[i].cmp(&b.0[i]),
                    None => a.1.cmp(&b.1),
                },
                Order::Date => a.1.cmp(&b.1),
                Order::Doc => a.2.cmp(&b.2),
            };
            if desc {
                o.reverse()
            } else {
                o
            }
        });
    }
    let mut rows: Vec<Row> = rows.into_iter().map(|r| r.3).collect();
    if let Some(n) = plan.limit {
        rows.truncate(n);
    }
    Answer {
        header: Vec::new(),
        columns,
        rows,
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

/// Answers a parsed query with an engine. `describe` supplies an entity's header lines.
pub fn run(
    q: &Query,
    engine: &dyn Engine,
    names: &NameIndex,
    describe: &dyn Fn(&EntityId) -> Vec<String>,
) -> Result<Answer, QueryError> {
    match q {
        Query::Select(s) => {
            let p = plan::resolve(s, names)?;
            let sols = engine.solve(&p)?;
            Ok(answer(&p, sols, names))
        }
        Query::Describe(n) => {
            let id = resolve_name(names, n)?;
            // One table: relation, the other entity, claim. Facts where the entity is
            // the object show the relation as "← accuses": the other entity accuses it.
            let mut rows = Vec::new();
            for outgoing in [true, false] {
                let p = plan::describe_plan(&id, outgoing);
                for mut r in answer(&p, engine.solve(&p)?, names).rows {
                    if let Some(Some(Value::Relation(rel))) = r.values.first().cloned() {
                        let shown = if outgoing {
                            rel.as_str().to_string()
                        } else {
                            format!("← {}", rel.as_str())
                        };
                        r.values[0] = Some(Value::Text(shown));
                    }
                    rows.push(r);
                }
            }
            let columns = vec![
                "relation".to_string(),
                "entity".to_string(),
                "claim".to_string(),
            ];
            Ok(Answer {
                header: describe(&id),
                columns,
                rows,
            })
        }
        Query::Path(a, b) => {
            let a = term_entity(names, a)?;
            let b = term_entity(names, b)?;
            let path = shortest_path(engine, &a, &b, 6)?;
            let mut rows = Vec::new();
            if let Some(path) = path {
                for (from, hop) in path {
                    let (s, o) = if hop.forward {
                        (from, hop.other)
                    } else {
                        (hop.other, from)
                    };
                    rows.push(Row {
                        values: vec![
                            Some(Value::Entity(s)),
                            Some(Value::Relation(hop.relation)),
                            Some(Value::Entity(o)),
                        ],
                        sources: vec![hop.source],
                    });
                }
            }
            Ok(Answer {
                header: Vec::new(),
                columns: vec!["subject".into(), "relation".into(), "object".into()],
                rows,
            })
        }
    }
}

fn resolve_name(names: &NameIndex, n: &ast::Name) -> Result<EntityId, QueryError> {
    names
        .lookup(&n.text)
        .first()
        .cloned()
        .ok_or_else(|| QueryError::UnknownEntity {
            name: n.text.clone(),
            span: n.span,
            suggestions: names.suggest(&n.text),
        })
}

fn term_entity(names: &NameIndex, t: &ast::Term) -> Result<EntityId, QueryError> {
    match t {
        ast::Term::Name(n) => resolve_name(names, n),
        ast::Term::Var(v) => Err(QueryError::Unsupported {
            what: "a variable in `how is … connected to …`".into(),
            span: v.span,
        }),
    }
}

/// Kinds of the plan's variables, for engines.
pub(crate) fn kind(plan: &Plan, v: usize) -> VarKind {
    plan.kinds[v]
}
