//! The SPARQL engine: compiles a [`Plan`] to spargebra's typed algebra (never by
//! string concatenation) and evaluates it on the oxigraph store. Each clause becomes
//! a match on a fact node inside its article's graph:
//!
//! ```sparql
//! GRAPH ?g0 { ?f0 rdf:subject ?who ; rdf:predicate ng:accuses ; rdf:object ent:russia ;
//!             ng:modality ng:asserted ; ng:claim ?claim ; ng:evidence ?e0 .
//!             ?e0 ng:text ?t0 ; ng:start ?s0 ; ng:end ?n0 .
//!             OPTIONAL { ?f0 ng:date ?d0 } }
//! ```
//! Symmetric relations (`borders`) match both orientations through a UNION.

use super::ast::DateOp;
use super::plan::{PClaim, PClause, PRel, Plan, Slot, VarKind};
use super::{Engine, Hop, QueryError, Solution, Source, Value};
use crate::bounds::Deadline;
use crate::model::{EntityId, EntityType, Modality, Relation};
use crate::rdf;
use oxigraph::sparql::{QueryEvaluationError, QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use spargebra::algebra::{Expression, Function, GraphPattern};
use spargebra::term::{Literal, NamedNode, NamedNodePattern, TermPattern, TriplePattern, Variable};

/// Evaluates plans as SPARQL on a store.
pub struct Sparql<'s> {
    target: Target<'s>,
    deadline: Deadline,
}

/// Where the SPARQL runs: the local store, or a remote SPARQL 1.1 endpoint (sent as
/// text, printed from the same algebra).
#[derive(Clone, Copy)]
pub enum Target<'s> {
    /// The local oxigraph store.
    Store(&'s Store),
    /// A remote endpoint whose default graph is the union of its graphs.
    Remote(&'s crate::remote::Endpoint),
}

impl<'s> Sparql<'s> {
    /// An engine over `store`, without a time limit.
    pub fn new(store: &'s Store) -> Self {
        Self::bounded(store, Deadline::none())
    }

    /// An engine over `store` whose evaluations stop at `deadline`.
    pub fn bounded(store: &'s Store, deadline: Deadline) -> Self {
        Self::on(Target::Store(store), deadline)
    }

    /// An engine over `target` whose evaluations stop at `deadline`.
    pub fn on(target: Target<'s>, deadline: Deadline) -> Self {
        Sparql { target, deadline }
    }
}

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn rdf_term(local: &str) -> NamedNode {
    nn(&format!("{}{local}", rdf::RDF))
}

fn ng(local: &str) -> NamedNode {
    nn(&format!("{}{local}", rdf::NG))
}

fn v(name: &str) -> Variable {
    Variable::new_unchecked(name)
}

fn tp(s: impl Into<TermPattern>, p: NamedNode, o: impl Into<TermPattern>) -> TriplePattern {
    TriplePattern {
        subject: s.into(),
        predicate: NamedNodePattern::NamedNode(p),
        object: o.into(),
    }
}

fn call(f: Function, args: Vec<Expression>) -> Expression {
    Expression::FunctionCall(f, args)
}

fn str_of(var: &Variable) -> Expression {
    call(Function::Str, vec![Expression::Variable(var.clone())])
}

fn lit(s: &str) -> Expression {
    Expression::Literal(Literal::new_simple_literal(s))
}

fn and(a: Expression, b: Expression) -> Expression {
    Expression::And(Box::new(a), Box::new(b))
}

fn or(a: Expression, b: Expression) -> Expression {
    Expression::Or(Box::new(a), Box::new(b))
}

fn join(a: GraphPattern, b: GraphPattern) -> GraphPattern {
    match (&a, &b) {
        (GraphPattern::Bgp { patterns }, _) if patterns.is_empty() => b,
        _ => GraphPattern::Join {
            left: Box::new(a),
            right: Box::new(b),
        },
    }
}

fn filter(expr: Expression, inner: GraphPattern) -> GraphPattern {
    GraphPattern::Filter {
        expr,
        inner: Box::new(inner),
    }
}

fn modality_iri(m: Modality) -> NamedNode {
    ng(m.as_str())
}

/// The class an entity type is stored with.
fn class_of(t: EntityType) -> NamedNode {
    match t {
        EntityType::State => nn(&format!("{}Country", rdf::SCHEMA)),
        EntityType::Person => nn(&format!("{}Person", rdf::SCHEMA)),
        EntityType::Crossing => ng("Crossing"),
        EntityType::Organisation => nn(&format!("{}Organization", rdf::SCHEMA)),
        EntityType::Place => nn(&format!("{}Place", rdf::SCHEMA)),
    }
}

/// SPARQL variable of a plan variable.
fn plan_var(plan: &Plan, i: usize) -> Variable {
    v(&format!("v{i}_{}", sanitize(&plan.vars[i])))
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn slot(plan: &Plan, s: &Slot) -> TermPattern {
    match s {
        Slot::Var(i) => plan_var(plan, *i).into(),
        Slot::Entity(id) => rdf::entity_iri(id).into(),
    }
}

/// Per-clause variables: fact, graph, evidence text/start/end, date, modality.
struct ClauseVars {
    graph: Variable,
    text: Variable,
    start: Variable,
    end: Variable,
    date: Variable,
    modality: Variable,
}

fn clause_vars(i: usize) -> ClauseVars {
    ClauseVars {
        graph: v(&format!("g{i}")),
        text: v(&format!("t{i}")),
        start: v(&format!("s{i}")),
        end: v(&format!("n{i}")),
        date: v(&format!("d{i}")),
        modality: v(&format!("m{i}")),
    }
}

/// The pattern of one clause in one orientation.
fn clause_pattern(plan: &Plan, i: usize, c: &PClause, swap: bool) -> GraphPattern {
    let f = v(&format!("f{i}"));
    let e = v(&format!("e{i}"));
    let cv = clause_vars(i);
    let (subject, object) = match (&c.object, swap) {
        (Some(o), true) => (Some(o), Some(&c.subject)),
        (o, _) => (Some(&c.subject), o.as_ref()),
    };
    let mut triples = Vec::new();
    if let Some(s) = subject {
        triples.push(tp(f.clone(), rdf_term("subject"), slot(plan, s)));
    }
    let predicate = match c.relation {
        PRel::Fixed(r) => NamedNodePattern::NamedNode(rdf::relation_iri(r)),
        PRel::Var(x) => NamedNodePattern::Variable(plan_var(plan, x)),
    };
    triples.push(TriplePattern {
        subject: f.clone().into(),
        predicate: NamedNodePattern::NamedNode(rdf_term("predicate")),
        object: match predicate {
            NamedNodePattern::NamedNode(n) => n.into(),
            NamedNodePattern::Variable(x) => x.into(),
        },
    });
    let optional_object = c.optional && matches!(object, Some(Slot::Var(_)));
    if let (Some(o), false) = (object, optional_object) {
        triples.push(tp(f.clone(), rdf_term("object"), slot(plan, o)));
    }
    match c.modality {
        Some(m) => triples.push(tp(f.clone(), ng("modality"), modality_iri(m))),
        None => triples.push(tp(f.clone(), ng("modality"), cv.modality.clone())),
    }
    let claim_var = v(&format!("c{i}"));
    let mut optional_claim = None;
    // The variable the claim filters test.
    let mut tested = claim_var.clone();
    match &c.claim {
        Some(PClaim::Var(x)) if c.optional => optional_claim = Some(plan_var(plan, *x)),
        Some(PClaim::Var(x)) => {
            tested = plan_var(plan, *x);
            triples.push(tp(f.clone(), ng("claim"), plan_var(plan, *x)))
        }
        Some(PClaim::Contains(_)) => triples.push(tp(f.clone(), ng("claim"), claim_var.clone())),
        None if !c.contains.is_empty() => {
            triples.push(tp(f.clone(), ng("claim"), claim_var.clone()))
        }
        None => {}
    }
    if let (Some(PClaim::Var(x)), true) = (&c.claim, c.optional) {
        tested = plan_var(plan, *x);
    }
    if let Some(a) = &plan.filter.attributed {
        triples.push(tp(
            f.clone(),
            nn(&format!("{}wasAttributedTo", rdf::PROV)),
            rdf::entity_iri(a),
        ));
    }
    triples.push(tp(f.clone(), ng("evidence"), e.clone()));
    triples.push(tp(e.clone(), ng("text"), cv.text.clone()));
    triples.push(tp(e.clone(), ng("start"), cv.start.clone()));
    triples.push(tp(e, ng("end"), cv.end.clone()));
    let mut inner = GraphPattern::Bgp { patterns: triples };
    let optional = |inner: GraphPattern, t: TriplePattern| GraphPattern::LeftJoin {
        left: Box::new(inner),
        right: Box::new(GraphPattern::Bgp { patterns: vec![t] }),
        expression: None,
    };
    if optional_object {
        if let Some(o) = object {
            inner = optional(inner, tp(f.clone(), rdf_term("object"), slot(plan, o)));
        }
    }
    if let Some(x) = optional_claim {
        inner = optional(inner, tp(f.clone(), ng("claim"), x));
    }
    inner = optional(inner, tp(f, ng("date"), cv.date.clone()));
    let contains = |t: &str| {
        call(
            Function::Contains,
            vec![call(Function::LCase, vec![str_of(&tested)]), lit(t)],
        )
    };
    if let Some(PClaim::Contains(t)) = &c.claim {
        inner = filter(contains(t), inner);
    }
    for t in &c.contains {
        inner = filter(contains(t), inner);
    }
    GraphPattern::Graph {
        name: NamedNodePattern::Variable(cv.graph),
        inner: Box::new(inner),
    }
}

fn date_expr(var: &Variable, op: DateOp, x: &str) -> Expression {
    // A day in any year (`--11-22`): the month and day of full dates, as natively.
    if let Some(md) = x.strip_prefix("--") {
        let full = Expression::GreaterOrEqual(
            Box::new(call(Function::StrLen, vec![str_of(var)])),
            Box::new(Expression::Literal(Literal::from(10_i64))),
        );
        let month_day = call(
            Function::SubStr,
            vec![str_of(var), Expression::Literal(Literal::from(6_i64))],
        );
        return and(full, date_compare(month_day, op, md));
    }
    date_compare(str_of(var), op, x)
}

/// A date string passing a comparison with `x`, as [`super::native::date_passes`].
fn date_compare(d: Expression, op: DateOp, x: &str) -> Expression {
    let starts = || call(Function::StrStarts, vec![d.clone(), lit(x)]);
    let cmp = |f: fn(Box<Expression>, Box<Expression>) -> Expression| {
        f(Box::new(d.clone()), Box::new(lit(x)))
    };
    match op {
        DateOp::After => and(
            cmp(Expression::Greater),
            Expression::Not(Box::new(starts())),
        ),
        DateOp::Before => cmp(Expression::Less),
        DateOp::Since => cmp(Expression::GreaterOrEqual),
        DateOp::Until => or(cmp(Expression::LessOrEqual), starts()),
        DateOp::On => starts(),
    }
}

/// Compiles a plan to a SPARQL SELECT in spargebra's algebra.
pub fn compile(plan: &Plan) -> spargebra::Query {
    let mut pattern = GraphPattern::Bgp {
        patterns: Vec::new(),
    };
    let mut projected: Vec<Variable> = (0..plan.vars.len()).map(|i| plan_var(plan, i)).collect();
    for (i, c) in plan.clauses.iter().enumerate() {
        let mut p = clause_pattern(plan, i, c, false);
        // A symmetric fact holds both ways round: with a relation variable, the other
        // way round for the symmetric relations only.
        match (c.relation, c.object.is_some()) {
            (PRel::Fixed(r), true) if r.is_symmetric() => {
                p = GraphPattern::Union {
                    left: Box::new(p),
                    right: Box::new(clause_pattern(plan, i, c, true)),
                };
            }
            (PRel::Var(x), true) => {
                let one_of = Expression::In(
                    Box::new(Expression::Variable(plan_var(plan, x))),
                    Relation::symmetric()
                        .into_iter()
                        .map(|r| Expression::NamedNode(rdf::relation_iri(r)))
                        .collect(),
                );
                p = GraphPattern::Union {
                    left: Box::new(p),
                    right: Box::new(filter(one_of, clause_pattern(plan, i, c, true))),
                };
            }
            _ => {}
        }
        let cv = clause_vars(i);
        for (op, x) in &plan.filter.dates {
            p = filter(
                and(
                    Expression::Bound(cv.date.clone()),
                    date_expr(&cv.date, *op, x),
                ),
                p,
            );
        }
        if !plan.filter.docs.is_empty() {
            let e = plan
                .filter
                .docs
                .iter()
                .map(|d| {
                    call(
                        Function::StrStarts,
                        vec![str_of(&cv.graph), lit(&format!("{}{}", rdf::DOC, d))],
                    )
                })
                .reduce(or)
                .unwrap_or_else(|| lit(""));
            p = filter(e, p);
        }
        pattern = join(pattern, p);
        projected.extend([cv.graph, cv.text, cv.start, cv.end, cv.date, cv.modality]);
    }
    for (x, t, negated) in &plan.types {
        let typed = GraphPattern::Bgp {
            patterns: vec![tp(plan_var(plan, *x), rdf_term("type"), class_of(*t))],
        };
        // A filter, not a join: the clauses bind the variable, and oxigraph would
        // otherwise start from every entity of the type and search each one's facts
        // (`which states border Russia?` took 1.1 s on 1000 articles, 67 ms so).
        let exists = Expression::Exists(Box::new(typed));
        let test = if *negated {
            Expression::Not(Box::new(exists))
        } else {
            and(Expression::Bound(plan_var(plan, *x)), exists)
        };
        pattern = filter(test, pattern);
    }
    for (x, id, negated) in &plan.equals {
        let eq = Expression::SameTerm(
            Box::new(Expression::Variable(plan_var(plan, *x))),
            Box::new(Expression::NamedNode(rdf::entity_iri(id))),
        );
        pattern = filter(
            if *negated {
                Expression::Not(Box::new(eq))
            } else {
                eq
            },
            pattern,
        );
    }
    spargebra::Query::Select {
        dataset: None,
        pattern: GraphPattern::Project {
            inner: Box::new(pattern),
            variables: projected,
        },
        base_iri: None,
    }
}

fn err(e: impl std::fmt::Display) -> QueryError {
    QueryError::Engine(e.to_string())
}

impl Sparql<'_> {
    fn select(
        &self,
        q: spargebra::Query,
    ) -> Result<Vec<oxigraph::sparql::QuerySolution>, QueryError> {
        let eval_err = |e: QueryEvaluationError| match e {
            QueryEvaluationError::Cancelled => self.deadline.timed_out().into(),
            e => err(e),
        };
        let store = match self.target {
            Target::Store(store) => store,
            Target::Remote(endpoint) => {
                return endpoint
                    .select(&q.to_string(), &self.deadline)
                    .map_err(|e| match e {
                        crate::remote::RemoteError::TimedOut(t) => t.into(),
                        e => err(e),
                    })
            }
        };
        match SparqlEvaluator::new()
            .with_cancellation_token(self.deadline.token())
            .for_query(q)
            .on_store(store)
            .execute()
            .map_err(eval_err)?
        {
            QueryResults::Solutions(it) => {
                // Rows are taken only while time is left, and only as many as the
                // budget holds at this width (every clause projects its fact's graph,
                // text, offsets, date and modality).
                let limit = self.deadline.row_budget(it.variables().len());
                let mut rows = Vec::new();
                for r in it {
                    self.deadline.check()?;
                    rows.push(r.map_err(eval_err)?);
                    if rows.len() > limit {
                        return Err(QueryError::TooLarge { limit });
                    }
                }
                Ok(rows)
            }
            _ => Err(QueryError::Engine("expected solutions".into())),
        }
    }
}

fn term_value(t: &oxigraph::model::Term, kind: VarKind) -> Option<Value> {
    use oxigraph::model::Term;
    match (t, kind) {
        (Term::NamedNode(n), VarKind::Entity) => {
            rdf::entity_id_from_iri(n.as_str()).map(Value::Entity)
        }
        (Term::NamedNode(n), VarKind::Relation) => n
            .as_str()
            .strip_prefix(rdf::NG)
            .and_then(Relation::parse)
            .map(Value::Relation),
        (Term::Literal(l), VarKind::Claim) => Some(Value::Text(l.value().to_string())),
        _ => None,
    }
}

fn literal(t: Option<&oxigraph::model::Term>) -> Option<String> {
    match t {
        Some(oxigraph::model::Term::Literal(l)) => Some(l.value().to_string()),
        _ => None,
    }
}

/// The entity a slot stands for in a solution.
fn slot_value(plan: &Plan, sol: &oxigraph::sparql::QuerySolution, s: &Slot) -> Option<EntityId> {
    match s {
        Slot::Entity(id) => Some(id.clone()),
        Slot::Var(i) => match sol
            .get(plan_var(plan, *i))
            .and_then(|t| term_value(t, VarKind::Entity))
        {
            Some(Value::Entity(id)) => Some(id),
            _ => None,
        },
    }
}

/// What fact a clause matched in a solution, in the clause's orientation.
fn clause_fact(
    plan: &Plan,
    sol: &oxigraph::sparql::QuerySolution,
    c: &PClause,
) -> Option<(Relation, EntityId, Option<EntityId>)> {
    let relation = match c.relation {
        PRel::Fixed(r) => r,
        PRel::Var(i) => match sol
            .get(plan_var(plan, i))
            .and_then(|t| term_value(t, VarKind::Relation))
        {
            Some(Value::Relation(r)) => r,
            _ => return None,
        },
    };
    let subject = slot_value(plan, sol, &c.subject)?;
    let object = c.object.as_ref().and_then(|o| slot_value(plan, sol, o));
    Some((relation, subject, object))
}

fn source_of(
    sol: &oxigraph::sparql::QuerySolution,
    i: usize,
    fact: (Relation, EntityId, Option<EntityId>),
    modality: Option<Modality>,
) -> Option<Source> {
    let cv = clause_vars(i);
    let doc = match sol.get(&cv.graph) {
        Some(oxigraph::model::Term::NamedNode(g)) => rdf::doc_id_from_iri(g.as_str())?,
        _ => return None,
    };
    Some(Source {
        doc,
        sentence: literal(sol.get(&cv.text))?,
        start: literal(sol.get(&cv.start))?.parse().ok()?,
        end: literal(sol.get(&cv.end))?.parse().ok()?,
        fact,
        modality: match modality {
            Some(m) => m,
            None => match sol.get(&cv.modality) {
                Some(oxigraph::model::Term::NamedNode(n)) => {
                    n.as_str().strip_prefix(rdf::NG).and_then(Modality::parse)?
                }
                _ => return None,
            },
        },
    })
}

impl Engine for Sparql<'_> {
    fn solve(&self, plan: &Plan) -> Result<Vec<Solution>, QueryError> {
        let rows = self.select(compile(plan))?;
        let mut out = Vec::with_capacity(rows.len());
        for sol in rows {
            let values = (0..plan.vars.len())
                .map(|i| {
                    sol.get(plan_var(plan, i))
                        .and_then(|t| term_value(t, super::kind(plan, i)))
                })
                .collect();
            let mut sources = Vec::new();
            let mut dates = Vec::new();
            for (i, c) in plan.clauses.iter().enumerate() {
                if let Some(fact) = clause_fact(plan, &sol, c) {
                    sources.extend(source_of(&sol, i, fact, c.modality));
                }
                dates.extend(literal(sol.get(&clause_vars(i).date)));
            }
            out.push(Solution {
                values,
                sources,
                dates,
            });
        }
        Ok(out)
    }

    fn neighbours(&self, id: &EntityId) -> Result<Vec<Hop>, QueryError> {
        // Facts with an object where `id` is subject (forward) or object (backward).
        let mut hops = Vec::new();
        for forward in [true, false] {
            let (me, other) = if forward {
                ("subject", "object")
            } else {
                ("object", "subject")
            };
            let f = v("f");
            let e = v("e");
            let cv = clause_vars(0);
            let pattern = GraphPattern::Graph {
                name: NamedNodePattern::Variable(cv.graph.clone()),
                inner: Box::new(GraphPattern::Bgp {
                    patterns: vec![
                        tp(f.clone(), rdf_term(me), rdf::entity_iri(id)),
                        tp(f.clone(), rdf_term(other), v("other")),
                        tp(f.clone(), rdf_term("predicate"), v("p")),
                        tp(f.clone(), ng("modality"), cv.modality.clone()),
                        tp(f, ng("evidence"), e.clone()),
                        tp(e.clone(), ng("text"), cv.text.clone()),
                        tp(e.clone(), ng("start"), cv.start.clone()),
                        tp(e, ng("end"), cv.end.clone()),
                    ],
                }),
            };
            let q = spargebra::Query::Select {
                dataset: None,
                pattern: GraphPattern::Project {
                    inner: Box::new(pattern),
                    variables: vec![
                        v("other"),
                        v("p"),
                        cv.graph,
                        cv.text,
                        cv.start,
                        cv.end,
                        cv.modality,
                    ],
                },
                base_iri: None,
            };
            for sol in self.select(q)? {
                let (Some(Value::Entity(other)), Some(Value::Relation(relation))) = (
                    sol.get("other")
                        .and_then(|t| term_value(t, VarKind::Entity)),
                    sol.get("p").and_then(|t| term_value(t, VarKind::Relation)),
                ) else {
                    continue;
                };
                let fact = if forward {
                    (relation, id.clone(), Some(other.clone()))
                } else {
                    (relation, other.clone(), Some(id.clone()))
                };
                let Some(source) = source_of(&sol, 0, fact, None) else {
                    continue;
                };
                hops.push(Hop {
                    relation,
                    other,
                    forward,
                    source,
                });
            }
        }
        Ok(hops)
    }

    fn articles(&self, ids: &[&str]) -> Result<Vec<crate::model::DocMeta>, QueryError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Each article's graph describes the article (`?g schema:headline ?title`); each
        // has its SHA-256.
        let graphs: Vec<String> = ids
            .iter()
            .map(|id| rdf::doc_graph(id).to_string())
            .collect();
        let q = format!(
            "SELECT ?g ?title ?publisher ?published WHERE {{ VALUES ?g {{ {} }} GRAPH ?g {{ \
             ?g <{}> ?sha OPTIONAL {{ ?g <{}> ?title }} OPTIONAL {{ ?g <{}> ?publisher }} \
             OPTIONAL {{ ?g <{}> ?published }} }} }}",
            graphs.join(" "),
            rdf::term::SHA256.as_str(),
            rdf::term::HEADLINE.as_str(),
            rdf::term::PUBLISHER.as_str(),
            rdf::term::PUBLISHED.as_str(),
        );
        let q = spargebra::SparqlParser::new()
            .parse_query(&q)
            .map_err(err)?;
        let mut found = std::collections::HashMap::new();
        for sol in self.select(q)? {
            let lit = |v: &str| match sol.get(v) {
                Some(oxigraph::model::Term::Literal(l)) => Some(l.value().to_string()),
                _ => None,
            };
            let Some(oxigraph::model::Term::NamedNode(g)) = sol.get("g") else {
                continue;
            };
            let Some(id) = rdf::doc_id_from_iri(g.as_str()) else {
                continue;
            };
            let meta = crate::model::DocMeta {
                id: id.clone(),
                title: lit("title"),
                publisher: lit("publisher"),
                published: lit("published"),
                ..Default::default()
            };
            found.entry(id).or_insert(meta);
        }
        Ok(ids.iter().filter_map(|id| found.remove(*id)).collect())
    }
}
