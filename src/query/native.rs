//! The native engine: evaluates a [`Plan`] over the petgraph [`KnowledgeGraph`] by
//! joining clauses one at a time, each clause looking up only the facts its bound
//! slots allow (by subject, by object, or by relation).

use super::ast::DateOp;
use super::plan::{PClaim, PClause, PRel, Plan, Slot};
use super::{Engine, Hop, QueryError, Solution, Source, Value};
use crate::bounds::Deadline;
use crate::graph::{FactIx, KnowledgeGraph};
use crate::model::{EntityId, Relation};
use crate::packed::FactRef;

/// Evaluates plans over a graph.
pub struct Native<'g> {
    g: &'g KnowledgeGraph,
    deadline: Deadline,
}

/// Most partial solutions a join may hold: past this a query is a runaway (a cross
/// product) and stops with [`QueryError::TooLarge`] before it fills the memory.
pub const MAX_PARTIALS: usize = 1_000_000;

impl<'g> Native<'g> {
    /// An engine over `g`, without a time limit.
    pub fn new(g: &'g KnowledgeGraph) -> Self {
        Self::bounded(g, Deadline::none())
    }

    /// An engine over `g` whose evaluations stop at `deadline`.
    pub fn bounded(g: &'g KnowledgeGraph, deadline: Deadline) -> Self {
        Native { g, deadline }
    }
}

/// Whether an ISO date (possibly partial) passes a comparison, as plain strings so
/// both engines agree: `on 2023-11` matches any day of November 2023.
pub fn date_passes(date: &str, op: DateOp, x: &str) -> bool {
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

struct Partial {
    values: Vec<Option<Value>>,
    sources: Vec<Source>,
    dates: Vec<String>,
}

impl Native<'_> {
    fn bound<'a>(&self, slot: &'a Slot, values: &'a [Option<Value>]) -> Option<&'a EntityId> {
        match slot {
            Slot::Entity(id) => Some(id),
            Slot::Var(v) => match &values[*v] {
                Some(Value::Entity(id)) => Some(id),
                _ => None,
            },
        }
    }

    /// Facts a clause can match given current bindings: the narrowest index.
    fn candidates(&self, c: &PClause, values: &[Option<Value>]) -> Vec<FactIx> {
        let rels: Vec<Relation> = match c.relation {
            PRel::Fixed(r) => vec![r],
            PRel::Var(v) => match &values[v] {
                Some(Value::Relation(r)) => vec![*r],
                _ => self.g.relations().to_vec(),
            },
        };
        let subj = self
            .bound(&c.subject, values)
            .and_then(|id| self.g.node(id));
        let obj = c
            .object
            .as_ref()
            .and_then(|o| self.bound(o, values))
            .and_then(|id| self.g.node(id));
        let unknown_entity = (self.bound(&c.subject, values).is_some() && subj.is_none())
            || (c
                .object
                .as_ref()
                .and_then(|o| self.bound(o, values))
                .is_some()
                && obj.is_none());
        if unknown_entity {
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

    /// Binds `slot` to `id` in `values`; false when it is bound to something else.
    fn unify(slot: &Slot, id: &EntityId, values: &mut [Option<Value>]) -> bool {
        match slot {
            Slot::Entity(e) => e == id,
            Slot::Var(v) => match &values[*v] {
                Some(Value::Entity(e)) => e == id,
                Some(_) => false,
                None => {
                    values[*v] = Some(Value::Entity(id.clone()));
                    true
                }
            },
        }
    }

    /// Extends `p` with fact `f` matched by clause `c`, in one orientation.
    fn matches(
        &self,
        plan: &Plan,
        c: &PClause,
        f: FactRef<'_>,
        swap: bool,
        p: &Partial,
    ) -> Option<Partial> {
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
        let mut values = p.values.clone();
        let (s, o) = match (f.object, swap) {
            (Some(o), true) => (o, Some(f.subject)),
            (o, _) => (f.subject, o),
        };
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
            values[v] = Some(Value::Relation(f.relation));
        }
        match &c.claim {
            Some(PClaim::Var(v)) => match (f.claim, &values[*v]) {
                (Some(t), None) => values[*v] = Some(Value::Text(t.to_string())),
                (Some(t), Some(Value::Text(b))) if t == b => {}
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
        let mut sources = p.sources.clone();
        // Report the fact as the clause matched it (orientation, object only if asked).
        sources.push(source(f, s, c.object.as_ref().and(o)));
        let mut dates = p.dates.clone();
        dates.extend(f.date.map(str::to_string));
        Some(Partial {
            values,
            sources,
            dates,
        })
    }

    fn type_ok(&self, plan: &Plan, values: &[Option<Value>]) -> bool {
        plan.types.iter().all(|(v, t, negated)| {
            let is = matches!(&values[*v], Some(Value::Entity(id)) if self.g.entity(id).is_some_and(|e| e.etype == *t));
            is != *negated
        }) && plan.equals.iter().all(|(v, id, negated)| {
            let is = matches!(&values[*v], Some(Value::Entity(e)) if e == id);
            is != *negated
        })
    }
}

impl Engine for Native<'_> {
    fn solve(&self, plan: &Plan) -> Result<Vec<Solution>, QueryError> {
        let mut partials = vec![Partial {
            values: vec![None; plan.vars.len()],
            sources: Vec::new(),
            dates: Vec::new(),
        }];
        for c in &plan.clauses {
            let mut next = Vec::new();
            for p in &partials {
                self.deadline.check()?;
                if next.len() > MAX_PARTIALS {
                    return Err(QueryError::TooLarge {
                        limit: MAX_PARTIALS,
                    });
                }
                for ix in self.candidates(c, &p.values) {
                    let f = self.g.fact(ix);
                    let orientations: &[bool] = if f.relation.is_symmetric() && c.object.is_some() {
                        &[false, true]
                    } else {
                        &[false]
                    };
                    for &swap in orientations {
                        if let Some(n) = self.matches(plan, c, f, swap, p) {
                            next.push(n);
                        }
                    }
                }
            }
            partials = next;
        }
        Ok(partials
            .into_iter()
            .filter(|p| self.type_ok(plan, &p.values))
            .map(|p| Solution {
                values: p.values,
                sources: p.sources,
                dates: p.dates,
            })
            .collect())
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
