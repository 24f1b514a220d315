//! The native engine: evaluates a [`Plan`] over the petgraph [`KnowledgeGraph`].
//!
//! Evaluation is bounded and works on bindings, not on combinations of facts:
//!
//! 1. The clauses are split into **components** that share no variable (a cross
//!    product of components is never built unless rows are asked for, and a count
//!    multiplies the components' counts).
//! 2. Within a component the clauses are **ordered by selectivity**: the clause with
//!    the fewest candidate facts first, then always a clause sharing a bound variable
//!    (the cheapest of those), so each step looks facts up by a bound entity.
//! 3. Each step extends the distinct **bindings** (one value per variable, compact
//!    references into the graph) and drops duplicates, so a pattern that many facts
//!    support (`?x accuses ?y` said in five articles) is one binding, not five; the
//!    bindings held are checked against the query's budget in rows × width
//!    ([`Deadline::row_budget`]), and the query ends with [`QueryError::TooLarge`]
//!    rather than filling the memory.
//! 4. Only for the final bindings are the facts behind them collected: every fact
//!    that matches some clause under the binding, which is the union of the sources of
//!    all the combinations of facts the binding stands for.

use super::ast::DateOp;
use super::plan::{PClaim, PClause, PRel, Plan, Slot};
use super::{Engine, Hop, QueryError, Solution, Source, Tally, Value};
use crate::bounds::{Deadline, CELLS_PER_SOURCE};
use crate::graph::{FactIx, KnowledgeGraph};
use crate::model::{EntityId, Relation};
use crate::packed::FactRef;
use petgraph::graph::NodeIndex;
use std::collections::{BTreeSet, HashMap, HashSet};

mod parts;
use parts::{clause_vars, components, orient, orientations, product, same};

/// Evaluates plans over a graph.
pub struct Native<'g> {
    g: &'g KnowledgeGraph,
    deadline: Deadline,
}

impl<'g> Native<'g> {
    /// An engine over `g`, without a time limit.
    pub fn new(g: &'g KnowledgeGraph) -> Self {
        Self::bounded(g, Deadline::none())
    }

    /// An engine over `g` whose evaluations stop at `deadline` and keep within its row
    /// budget.
    pub fn bounded(g: &'g KnowledgeGraph, deadline: Deadline) -> Self {
        Native { g, deadline }
    }
}

/// Whether an ISO date (possibly partial) passes a comparison, as plain strings so
/// both engines agree: `on 2023-11` matches any day of November 2023.
pub fn date_passes(date: &str, op: DateOp, x: &str) -> bool {
    // A day in any year (`--11-22`): the month and day of full dates.
    if let Some(md) = x.strip_prefix("--") {
        return date.len() >= 10 && date_passes(&date[5..], op, md);
    }
    match op {
        DateOp::After => date > x && !date.starts_with(x),
        DateOp::Before => date < x,
        DateOp::Since => date >= x,
        DateOp::Until => date <= x || date.starts_with(x),
        DateOp::On => date.starts_with(x),
    }
}

fn source(f: FactRef<'_>, subject: &EntityId, object: Option<&EntityId>) -> Source {
    Source {
        doc: f.doc.to_string(),
        sentence: f.sentence().to_string(),
        start: f.start,
        end: f.end,
        fact: (f.relation, subject.clone(), object.cloned()),
        modality: f.modality,
    }
}

/// A variable's value in a binding: a reference into the graph, compared by content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Cell<'a> {
    Entity(&'a EntityId),
    Claim(&'a str),
    Relation(Relation),
}

/// One value per plan variable (`None`: not bound yet, or an optional slot left empty).
type Binding<'a> = Box<[Option<Cell<'a>>]>;

/// A fact matched by a clause, in one orientation.
#[derive(Clone, Copy)]
struct Matched<'a> {
    fact: FactRef<'a>,
    swap: bool,
    /// Whether the clause has an object slot (its source then names the object).
    object: bool,
}

/// The values a fact gives a clause's variables, in the order of `clause_vars`.
type Values<'a> = Box<[Option<Cell<'a>>]>;

/// A fact found by a lookup, with the values it gives the clause's variables.
type Found<'a> = (Values<'a>, Matched<'a>);

/// For one clause, the facts behind each value of its variables.
enum FactsIndex<'a> {
    /// Looked up once per probe and grouped by the values they give.
    ByValues {
        vars: Vec<usize>,
        by_values: HashMap<Values<'a>, Vec<Matched<'a>>>,
    },
    /// An optional clause: matched against each binding.
    PerBinding,
}

/// The solutions of one component: its bindings, with the facts behind each.
struct Part<'a> {
    vars: Vec<usize>,
    solutions: Vec<(Binding<'a>, Vec<Matched<'a>>)>,
}

/// Checks the deadline every this many steps of a loop.
const CHECK_EVERY: usize = 1024;

impl<'g> Native<'g> {
    fn over_budget(&self, limit: usize) -> QueryError {
        QueryError::TooLarge { limit }
    }

    fn bound<'a>(slot: &'a Slot, values: &[Option<Cell<'a>>]) -> Option<&'a EntityId>
    where
        'g: 'a,
    {
        match slot {
            Slot::Entity(id) => Some(id),
            Slot::Var(v) => match values[*v] {
                Some(Cell::Entity(id)) => Some(id),
                _ => None,
            },
        }
    }

    /// Facts a clause can match given current bindings: the narrowest index.
    fn candidates(&self, c: &PClause, values: &[Option<Cell<'_>>]) -> Vec<FactIx> {
        let rels: Vec<Relation> = match c.relation {
            PRel::Fixed(r) => vec![r],
            PRel::Var(v) => match values[v] {
                Some(Cell::Relation(r)) => vec![r],
                _ => self.g.relations().to_vec(),
            },
        };
        let subject = Self::bound(&c.subject, values);
        let object = c.object.as_ref().and_then(|o| Self::bound(o, values));
        let subj = subject.and_then(|id| self.g.node(id));
        let obj = object.and_then(|id| self.g.node(id));
        if (subject.is_some() && subj.is_none()) || (object.is_some() && obj.is_none()) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for r in rels {
            match (subj, obj) {
                (Some(s), _) => {
                    out.extend_from_slice(self.g.facts_of(s, r));
                    if r.is_symmetric() {
                        out.extend_from_slice(self.g.facts_to(s, r));
                    }
                }
                (None, Some(o)) => {
                    out.extend_from_slice(self.g.facts_to(o, r));
                    if r.is_symmetric() {
                        out.extend_from_slice(self.g.facts_of(o, r));
                    }
                }
                (None, None) => out.extend_from_slice(self.g.facts_with(r)),
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// How many facts a clause would look at with the variables in `bound` bound: the
    /// exact count for named entities, a fraction of it for a bound variable (a lookup
    /// by one entity instead of a scan).
    fn estimate(&self, c: &PClause, bound: &[bool]) -> usize {
        let node = |s: &Slot| match s {
            Slot::Entity(id) => Some(self.g.node(id)),
            Slot::Var(_) => None,
        };
        let rels: Vec<Relation> = match c.relation {
            PRel::Fixed(r) => vec![r],
            PRel::Var(_) => self.g.relations().to_vec(),
        };
        let (subj, obj) = (node(&c.subject), c.object.as_ref().and_then(node));
        let scan: usize = rels
            .iter()
            .map(|&r| {
                let sym = r.is_symmetric();
                let of = |n: NodeIndex| self.g.facts_of(n, r).len();
                let to = |n: NodeIndex| self.g.facts_to(n, r).len();
                match (subj, obj) {
                    // A named entity the graph does not have: nothing to match.
                    (Some(None), _) | (_, Some(None)) => 0,
                    (Some(Some(s)), _) => of(s) + if sym { to(s) } else { 0 },
                    (None, Some(Some(o))) => to(o) + if sym { of(o) } else { 0 },
                    (None, None) => self.g.facts_with(r).len(),
                }
            })
            .sum();
        let var_bound = |s: &Slot| matches!(s, Slot::Var(v) if bound[*v]);
        let by_var = var_bound(&c.subject) || c.object.as_ref().is_some_and(var_bound);
        let rel_bound = matches!(c.relation, PRel::Var(v) if bound[v]);
        match (by_var, rel_bound) {
            (true, _) => scan / 16 + 1,
            (false, true) => scan / 4 + 1,
            (false, false) => scan,
        }
    }

    /// Binds `slot` to `id`; false when it is bound to something else.
    fn unify<'a>(slot: &Slot, id: &'a EntityId, values: &mut [Option<Cell<'a>>]) -> bool {
        match slot {
            Slot::Entity(e) => e == id,
            Slot::Var(v) => match values[*v] {
                Some(Cell::Entity(e)) => e == id,
                Some(_) => false,
                None => {
                    values[*v] = Some(Cell::Entity(id));
                    true
                }
            },
        }
    }

    /// The binding `values` extended by fact `f` matched by clause `c` in one
    /// orientation, or `None` when the fact does not match.
    fn extend(
        &self,
        plan: &Plan,
        c: &PClause,
        f: FactRef<'g>,
        swap: bool,
        values: &[Option<Cell<'g>>],
    ) -> Option<Binding<'g>> {
        if let Some(m) = c.modality {
            if f.modality != m {
                return None;
            }
        }
        if !plan.filter.docs.is_empty()
            && !plan
                .filter
                .docs
                .iter()
                .any(|d| f.doc.starts_with(d.as_str()))
        {
            return None;
        }
        if let Some(a) = &plan.filter.attributed {
            if f.attribution != Some(a) {
                return None;
            }
        }
        if !plan.filter.dates.is_empty() {
            let d = f.date?;
            if !plan
                .filter
                .dates
                .iter()
                .all(|(op, x)| date_passes(d, *op, x))
            {
                return None;
            }
        }
        let mut values: Binding<'g> = values.into();
        let (s, o) = orient(f, swap);
        if !Self::unify(&c.subject, s, &mut values) {
            return None;
        }
        if let Some(slot) = &c.object {
            match o {
                Some(o) => {
                    if !Self::unify(slot, o, &mut values) {
                        return None;
                    }
                }
                None if c.optional && matches!(slot, Slot::Var(_)) => {}
                None => return None,
            }
        }
        if let PRel::Var(v) = c.relation {
            match values[v] {
                Some(Cell::Relation(r)) if r == f.relation => {}
                None => values[v] = Some(Cell::Relation(f.relation)),
                Some(_) => return None,
            }
        }
        match &c.claim {
            Some(PClaim::Var(v)) => match (f.claim, values[*v]) {
                (Some(t), None) => values[*v] = Some(Cell::Claim(t)),
                (Some(t), Some(Cell::Claim(b))) if t == b => {}
                (None, None) if c.optional => {}
                _ => return None,
            },
            Some(PClaim::Contains(t))
                if !f
                    .claim
                    .is_some_and(|cl| cl.to_lowercase().contains(t.as_str())) =>
            {
                return None;
            }
            Some(PClaim::Contains(_)) => {}
            None => {}
        }
        if !c.contains.is_empty() {
            let claim = f.claim.map(str::to_lowercase).unwrap_or_default();
            if !c.contains.iter().all(|t| claim.contains(t.as_str())) {
                return None;
            }
        }
        Some(values)
    }

    /// Whether the type and equality conditions on `vars` hold; with `partial`, a
    /// variable not bound yet passes (it is tested when bound).
    fn conditions_hold(
        &self,
        plan: &Plan,
        vars: &[usize],
        values: &[Option<Cell<'_>>],
        partial: bool,
    ) -> bool {
        let tested = |v: &usize| vars.contains(v) && !(partial && values[*v].is_none());
        plan.types.iter().filter(|(v, _, _)| tested(v)).all(|(v, t, negated)| {
            let is = matches!(values[*v], Some(Cell::Entity(id)) if self.g.entity(id).is_some_and(|e| e.etype == *t));
            is != *negated
        }) && plan.equals.iter().filter(|(v, _, _)| tested(v)).all(|(v, id, negated)| {
            let is = matches!(values[*v], Some(Cell::Entity(e)) if e == id);
            is != *negated
        })
    }

    /// The clauses in evaluation order: the cheapest first, then always the cheapest
    /// clause that shares a bound variable, if any does.
    fn order(&self, plan: &Plan, clauses: &[usize]) -> Vec<usize> {
        let mut bound = vec![false; plan.vars.len()];
        let mut left: Vec<usize> = clauses.to_vec();
        let mut out = Vec::with_capacity(left.len());
        while !left.is_empty() {
            let connected: Vec<usize> = left
                .iter()
                .copied()
                .filter(|&i| clause_vars(&plan.clauses[i]).iter().any(|&v| bound[v]))
                .collect();
            let pool = if connected.is_empty() {
                &left
            } else {
                &connected
            };
            let best = pool
                .iter()
                .copied()
                .min_by_key(|&i| (self.estimate(&plan.clauses[i], &bound), i))
                .unwrap_or(left[0]);
            for v in clause_vars(&plan.clauses[best]) {
                bound[v] = true;
            }
            left.retain(|&i| i != best);
            out.push(best);
        }
        out
    }

    /// The lookup `candidates` makes for clause `c` under binding `p`: `p` with only
    /// the variables the lookup uses (the subject when bound, else the object when
    /// bound, and the relation). Bindings with the same probe find the same facts.
    fn probe(c: &PClause, p: &[Option<Cell<'g>>]) -> Binding<'g> {
        let mut probe: Binding<'g> = vec![None; p.len()].into();
        let bound = |s: &Slot| match s {
            Slot::Var(v) if p[*v].is_some() => Some(*v),
            _ => None,
        };
        if let Some(v) = bound(&c.subject).or_else(|| c.object.as_ref().and_then(bound)) {
            probe[v] = p[v];
        }
        if let PRel::Var(v) = c.relation {
            probe[v] = p[v];
        }
        probe
    }

    /// The facts clause `c` matches under `probe`, each with the values it gives the
    /// clause's variables `vars`.
    fn lookup(
        &self,
        plan: &Plan,
        c: &PClause,
        vars: &[usize],
        probe: &Binding<'g>,
    ) -> Vec<Found<'g>> {
        let mut out = Vec::new();
        for ix in self.candidates(c, probe) {
            let f = self.g.fact(ix);
            for &swap in orientations(f, c) {
                if let Some(e) = self.extend(plan, c, f, swap, probe) {
                    let matched = Matched {
                        fact: f,
                        swap,
                        object: c.object.is_some(),
                    };
                    out.push((vars.iter().map(|&v| e[v]).collect(), matched));
                }
            }
        }
        out
    }

    /// The distinct bindings of a component's clauses, within the row budget. A
    /// clause's facts are looked up once per distinct probe (a hash join), not once per
    /// binding; an optional clause, whose variables may stay empty, is matched against
    /// each binding.
    fn bindings(
        &self,
        plan: &Plan,
        clauses: &[usize],
        vars: &[usize],
    ) -> Result<Vec<Binding<'g>>, QueryError> {
        let limit = self.deadline.row_budget(plan.vars.len().max(1));
        let mut rows: Vec<Binding<'g>> = vec![vec![None; plan.vars.len()].into()];
        let mut steps = 0usize;
        for i in self.order(plan, clauses) {
            let c = &plan.clauses[i];
            let cvars = clause_vars(c);
            let mut next: HashSet<Binding<'g>> = HashSet::new();
            let mut cache: HashMap<Binding<'g>, Vec<Values<'g>>> = HashMap::new();
            let keep = |b: Binding<'g>, next: &mut HashSet<Binding<'g>>| {
                if self.conditions_hold(plan, vars, &b, true) {
                    next.insert(b);
                    if next.len() > limit {
                        return Err(self.over_budget(limit));
                    }
                }
                Ok(())
            };
            for p in &rows {
                if c.optional {
                    for ix in self.candidates(c, p) {
                        let f = self.g.fact(ix);
                        for &swap in orientations(f, c) {
                            if let Some(b) = self.extend(plan, c, f, swap, p) {
                                keep(b, &mut next)?;
                            }
                        }
                    }
                    continue;
                }
                let found = cache.entry(Self::probe(c, p)).or_insert_with_key(|probe| {
                    let mut distinct: Vec<Values<'g>> = self
                        .lookup(plan, c, &cvars, probe)
                        .into_iter()
                        .map(|(values, _)| values)
                        .collect::<HashSet<_>>()
                        .into_iter()
                        .collect();
                    distinct.shrink_to_fit();
                    distinct
                });
                for values in found.iter() {
                    steps += 1;
                    if steps.is_multiple_of(CHECK_EVERY) {
                        self.deadline.check()?;
                    }
                    let agrees = cvars
                        .iter()
                        .zip(values.iter())
                        .all(|(&v, x)| p[v].is_none() || p[v] == *x);
                    if agrees {
                        let mut b = p.clone();
                        for (&v, x) in cvars.iter().zip(values.iter()) {
                            b[v] = *x;
                        }
                        keep(b, &mut next)?;
                    }
                }
            }
            rows = next.into_iter().collect();
            self.deadline.check()?;
        }
        rows.retain(|b| self.conditions_hold(plan, vars, b, false));
        Ok(rows)
    }

    /// For each clause, the facts behind each value of its variables among `bindings`,
    /// looked up once per distinct probe.
    fn facts_index(
        &self,
        plan: &Plan,
        clauses: &[usize],
        bindings: &[Binding<'g>],
    ) -> Vec<FactsIndex<'g>> {
        clauses
            .iter()
            .map(|&i| {
                let c = &plan.clauses[i];
                if c.optional {
                    return FactsIndex::PerBinding;
                }
                let vars = clause_vars(c);
                let mut probes: HashSet<Binding<'g>> = HashSet::new();
                let mut by_values: HashMap<Values<'g>, Vec<Matched<'g>>> = HashMap::new();
                for b in bindings {
                    let probe = Self::probe(c, b);
                    if probes.contains(&probe) {
                        continue;
                    }
                    for (values, m) in self.lookup(plan, c, &vars, &probe) {
                        by_values.entry(values).or_default().push(m);
                    }
                    probes.insert(probe);
                }
                FactsIndex::ByValues { vars, by_values }
            })
            .collect()
    }

    /// The facts behind a binding: for each clause, the facts that match it without
    /// changing the binding.
    fn facts_of(
        &self,
        plan: &Plan,
        clauses: &[usize],
        index: &[FactsIndex<'g>],
        b: &Binding<'g>,
    ) -> Vec<Vec<Matched<'g>>> {
        clauses
            .iter()
            .zip(index)
            .map(|(&i, ix)| match ix {
                FactsIndex::ByValues { vars, by_values } => {
                    let key: Values<'g> = vars.iter().map(|&v| b[v]).collect();
                    by_values.get(&key).cloned().unwrap_or_default()
                }
                FactsIndex::PerBinding => {
                    let c = &plan.clauses[i];
                    let mut out = Vec::new();
                    for ix in self.candidates(c, b) {
                        let f = self.g.fact(ix);
                        for &swap in orientations(f, c) {
                            if self.extend(plan, c, f, swap, b).is_some_and(|e| e == *b) {
                                out.push(Matched {
                                    fact: f,
                                    swap,
                                    object: c.object.is_some(),
                                });
                            }
                        }
                    }
                    out
                }
            })
            .collect()
    }

    /// Solves each component of the plan on its own. With `combinations`, a binding
    /// gives one solution per combination of facts (one per clause) as a join of
    /// facts would, for `when` questions whose rows are the combinations' dates;
    /// otherwise one solution with every fact behind it.
    fn parts(&self, plan: &Plan, combinations: bool) -> Result<Vec<Part<'g>>, QueryError> {
        let limit = self.deadline.row_budget(plan.vars.len().max(1));
        let budget = self.deadline.cell_budget();
        let mut parts = Vec::new();
        for (clauses, vars) in components(plan) {
            let mut cells = 0usize;
            let mut solutions = Vec::new();
            let bindings = self.bindings(plan, &clauses, &vars)?;
            let index = self.facts_index(plan, &clauses, &bindings);
            for b in bindings {
                let per_clause = self.facts_of(plan, &clauses, &index, &b);
                if combinations {
                    // Counted before they are built: one clause's facts times
                    // another's can be large.
                    let n = per_clause
                        .iter()
                        .fold(1usize, |n, l| n.saturating_mul(l.len()));
                    let width = plan.vars.len() + CELLS_PER_SOURCE * per_clause.len();
                    if cells.saturating_add(n.saturating_mul(width)) > budget {
                        return Err(self.over_budget(limit));
                    }
                    for combo in product(&per_clause) {
                        cells += plan.vars.len() + CELLS_PER_SOURCE * combo.len();
                        if cells > budget {
                            return Err(self.over_budget(limit));
                        }
                        solutions.push((b.clone(), combo));
                    }
                } else {
                    let mut all: Vec<Matched<'g>> = per_clause.into_iter().flatten().collect();
                    all.sort_by_key(|m| (m.fact.doc, m.fact.start, m.fact.end, m.swap, m.object));
                    all.dedup_by(|a, b| same(a, b));
                    cells += plan.vars.len() + CELLS_PER_SOURCE * all.len();
                    if cells > budget {
                        return Err(self.over_budget(limit));
                    }
                    solutions.push((b, all));
                }
                self.deadline.check()?;
            }
            parts.push(Part { vars, solutions });
        }
        Ok(parts)
    }

    fn value(cell: Option<Cell<'_>>) -> Option<Value> {
        match cell? {
            Cell::Entity(id) => Some(Value::Entity(id.clone())),
            Cell::Claim(t) => Some(Value::Text(t.to_string())),
            Cell::Relation(r) => Some(Value::Relation(r)),
        }
    }

    fn source_of(m: &Matched<'_>) -> Source {
        let (s, o) = orient(m.fact, m.swap);
        source(m.fact, s, o.filter(|_| m.object))
    }
}

impl Engine for Native<'_> {
    fn solve(&self, plan: &Plan) -> Result<Vec<Solution>, QueryError> {
        let parts = self.parts(plan, plan.by_date)?;
        // The rows are the product of the components' solutions: check its size
        // against the budget before building it.
        let limit = self.deadline.row_budget(plan.vars.len().max(1));
        let mut rows: u128 = 1;
        let mut cells: u128 = 0;
        for p in &parts {
            let n = p.solutions.len() as u128;
            let width: u128 = p
                .solutions
                .iter()
                .map(|(_, m)| (plan.vars.len() + CELLS_PER_SOURCE * m.len()) as u128)
                .sum();
            cells = cells * n + width * rows;
            rows *= n;
        }
        if rows > limit as u128 || cells > self.deadline.cell_budget() as u128 {
            return Err(self.over_budget(limit));
        }
        let mut out = vec![Solution {
            values: vec![None; plan.vars.len()],
            sources: Vec::new(),
            dates: Vec::new(),
        }];
        for p in &parts {
            let mut next = Vec::with_capacity(out.len() * p.solutions.len());
            for pre in &out {
                for (b, facts) in &p.solutions {
                    let mut s = pre.clone();
                    for &v in &p.vars {
                        s.values[v] = Self::value(b[v]);
                    }
                    for m in facts {
                        s.sources.push(Self::source_of(m));
                        s.dates.extend(m.fact.date.map(str::to_string));
                    }
                    next.push(s);
                }
            }
            out = next;
            self.deadline.check()?;
        }
        Ok(out)
    }

    fn articles(&self, ids: &[&str]) -> Result<Vec<crate::model::DocMeta>, QueryError> {
        let docs = self.g.docs();
        Ok(ids
            .iter()
            .filter_map(|id| {
                docs.binary_search_by(|d| d.id.as_str().cmp(id))
                    .ok()
                    .map(|i| docs[i].clone())
            })
            .collect())
    }

    fn tally(&self, plan: &Plan) -> Result<Tally, QueryError> {
        if plan.by_date {
            return Ok(super::answer::tally_of(plan, self.solve(plan)?));
        }
        let parts = self.parts(plan, false)?;
        let mut tally = Tally {
            rows: 1,
            sources: BTreeSet::new(),
        };
        if parts.iter().any(|p| p.solutions.is_empty()) {
            return Ok(Tally {
                rows: 0,
                sources: BTreeSet::new(),
            });
        }
        for p in &parts {
            let shown: Vec<usize> = plan
                .columns
                .iter()
                .copied()
                .filter(|c| p.vars.contains(c))
                .collect();
            let mut keys: HashSet<Vec<Option<Cell<'_>>>> = HashSet::new();
            for (b, facts) in &p.solutions {
                keys.insert(shown.iter().map(|&v| b[v]).collect());
                for m in facts {
                    tally.sources.insert(Self::source_of(m));
                }
            }
            tally.rows = tally.rows.saturating_mul(keys.len() as u64);
        }
        Ok(tally)
    }

    fn neighbours(&self, id: &EntityId) -> Result<Vec<Hop>, QueryError> {
        let Some(n) = self.g.node(id) else {
            return Ok(Vec::new());
        };
        Ok(self
            .g
            .edges_of(n)
            .map(|(_, s, t, ix)| {
                let f = self.g.fact(ix);
                let forward = s == n;
                let other = if forward { t } else { s };
                Hop {
                    relation: f.relation,
                    other: self.g.entity_at(other).id.clone(),
                    forward,
                    source: source(f, f.subject, f.object),
                }
            })
            .collect())
    }
}
