//! Pure helpers of the native engine: fact orientation, binding comparison, products
//! and the split of a plan into independent components.

use super::*;

/// Subject and object of a fact as a clause sees it, swapped for the other
/// orientation of a symmetric relation.
pub(super) fn orient(f: FactRef<'_>, swap: bool) -> (&EntityId, Option<&EntityId>) {
    match (f.object, swap) {
        (Some(o), true) => (o, Some(f.subject)),
        (o, _) => (f.subject, o),
    }
}

/// The orientations in which a clause reads a fact: both for a symmetric relation
/// with an object slot.
pub(super) fn orientations(f: FactRef<'_>, c: &PClause) -> &'static [bool] {
    if f.relation.is_symmetric() && c.object.is_some() {
        &[false, true]
    } else {
        &[false]
    }
}

pub(super) fn same(a: &Matched<'_>, b: &Matched<'_>) -> bool {
    a.swap == b.swap
        && a.object == b.object
        && a.fact.doc == b.fact.doc
        && a.fact.start == b.fact.start
        && a.fact.end == b.fact.end
        && a.fact.relation == b.fact.relation
        && a.fact.subject == b.fact.subject
        && a.fact.object == b.fact.object
        && a.fact.claim == b.fact.claim
        && a.fact.modality == b.fact.modality
}

/// Every combination of one item from each list.
pub(super) fn product<T: Copy>(lists: &[Vec<T>]) -> Vec<Vec<T>> {
    let mut out: Vec<Vec<T>> = vec![Vec::new()];
    for list in lists {
        out = out
            .iter()
            .flat_map(|pre| {
                list.iter().map(move |x| {
                    let mut v = pre.clone();
                    v.push(*x);
                    v
                })
            })
            .collect();
    }
    out
}

/// The variables a clause mentions.
pub(super) fn clause_vars(c: &PClause) -> Vec<usize> {
    let mut out = Vec::new();
    for s in std::iter::once(&c.subject).chain(c.object.as_ref()) {
        if let Slot::Var(v) = s {
            out.push(*v);
        }
    }
    if let PRel::Var(v) = c.relation {
        out.push(v);
    }
    if let Some(PClaim::Var(v)) = c.claim {
        out.push(v);
    }
    out
}

/// The plan's clauses grouped into components that share no variable, each with its
/// variables, in the order of their first clause.
pub(super) fn components(plan: &Plan) -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut groups: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for (i, c) in plan.clauses.iter().enumerate() {
        let vars = clause_vars(c);
        let (mut joined, rest): (Vec<_>, Vec<_>) = groups
            .into_iter()
            .partition(|(_, vs)| vs.iter().any(|v| vars.contains(v)));
        let mut group = (vec![i], vars);
        for (cs, vs) in joined.drain(..) {
            group.0.extend(cs);
            group.1.extend(vs);
        }
        group.0.sort_unstable();
        group.1.sort_unstable();
        group.1.dedup();
        groups = rest;
        groups.push(group);
    }
    groups.sort_by_key(|(cs, _)| cs[0]);
    groups
}
