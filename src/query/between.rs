//! Crossings between two states ("what is the only legal land crossing between Norway
//! and Russia?"): each crossing that lies in one of them and that a fact ties to the
//! other in an article saying the two share a border (Storskog lies in Norway; Russia
//! closed it), or that lies in both, and the two states' crossings
//! taken together ("the Finland–Russia border crossings") when the articles speak of
//! them so. Both engines answer it alike: it is built from plans and hops only.

use super::answer::answer;
use super::ast::{self, Clause, Cond, RelTerm, Select, Term, Var};
use super::plan::{self, NameIndex};
use super::{Answer, Engine, QueryError, Row, Source, Value};
use crate::model::{EntityId, EntityType, Relation};

/// The crossings between the states named `a` and `b`, with the facts that place each
/// and tie it to the other side.
pub(super) fn between(
    a: &ast::Name,
    b: &ast::Name,
    engine: &dyn Engine,
    names: &NameIndex,
) -> Result<Answer, QueryError> {
    // A state the lexicon knows that no article names: nothing, and why.
    if let Some(n) = [a, b]
        .into_iter()
        .find(|n| names.lookup(&n.text).is_empty() && names.absent(&n.text).is_some())
    {
        return Ok(Answer {
            notes: vec![plan::absent_note(&n.text)],
            ..Answer::default()
        });
    }
    let ia = super::answer::resolve_name(names, a)?;
    let ib = super::answer::resolve_name(names, b)?;
    // A crossing in one state acted on by the other lies between them only where the
    // article says the two share a border (Israel closing Rafah, which lies in Egypt on
    // its border with Gaza, makes Rafah no Egypt–Israel crossing); placed in both, it
    // does anywhere.
    let bordering: Vec<String> = engine
        .neighbours(&ia)?
        .into_iter()
        .filter(|h| h.relation == Relation::BORDERS && h.other == ib)
        .map(|h| h.source.doc)
        .collect();
    let mut rows: Vec<Row> = Vec::new();
    for (here, there) in [(a, &ib), (b, &ia)] {
        for row in lying_in(here, engine, names)?.rows {
            let Some(Some(Value::Entity(c))) = row.values.first() else {
                continue;
            };
            let ties: Vec<Source> = engine
                .neighbours(c)?
                .into_iter()
                .filter(|h| {
                    &h.other == there
                        && (h.relation == Relation::LOCATED_IN || bordering.contains(&h.source.doc))
                })
                .map(|h| h.source)
                .collect();
            if !ties.is_empty() {
                add(
                    &mut rows,
                    c.clone(),
                    row.sources.iter().cloned().chain(ties),
                );
            }
        }
    }
    // "the Finland–Russia border crossings": the pair's crossings as one.
    let (la, lb) = (names.label(&ia), names.label(&ib));
    let (first, second) = if la <= lb { (&la, &lb) } else { (&lb, &la) };
    for c in names.lookup(&format!("{first}–{second} border crossings")) {
        let facts: Vec<Source> = engine
            .neighbours(c)?
            .into_iter()
            .map(|h| h.source)
            .collect();
        if !facts.is_empty() {
            add(&mut rows, c.clone(), facts.into_iter());
        }
    }
    let notes = if rows.is_empty() {
        vec![format!(
            "no crossing in the articles lies in {la} or {lb} and is tied by a fact to the other"
        )]
    } else {
        Vec::new()
    };
    Ok(Answer {
        columns: vec!["crossing".into()],
        rows,
        notes,
        focus: vec![ia, ib],
        ..Answer::default()
    })
}

/// The crossings the articles place in the state named `state`: `?crossing located_in
/// STATE where ?crossing is Crossing`.
fn lying_in(
    state: &ast::Name,
    engine: &dyn Engine,
    names: &NameIndex,
) -> Result<Answer, QueryError> {
    let var = Var {
        name: "crossing".into(),
        span: state.span,
    };
    let mut s = Select::new(vec![Clause {
        subject: Term::Var(var.clone()),
        relation: RelTerm::Fixed(Relation::LOCATED_IN, state.span),
        object: Some(Term::Name(state.clone())),
        claim: None,
        modality: None,
        optional: false,
    }]);
    s.conds.push(Cond::Type {
        var,
        etype: EntityType::Crossing,
        negated: false,
    });
    let p = plan::resolve(&s, names)?;
    Ok(answer(&p, engine.solve(&p)?, names))
}

/// Adds crossing `c` with the facts behind it, once; a crossing placed in both states
/// keeps the facts of both.
fn add(rows: &mut Vec<Row>, c: EntityId, facts: impl Iterator<Item = Source>) {
    let i = match rows
        .iter()
        .position(|r| r.values.first() == Some(&Some(Value::Entity(c.clone()))))
    {
        Some(i) => i,
        None => {
            rows.push(Row {
                values: vec![Some(Value::Entity(c))],
                ..Row::default()
            });
            rows.len() - 1
        }
    };
    let row = &mut rows[i];
    for f in facts {
        if !row.sources.contains(&f) {
            row.sources.push(f);
        }
    }
    row.sources.sort();
    row.modalities = Vec::new();
    for m in row.sources.iter().map(|s| s.modality) {
        if !row.modalities.contains(&m) {
            row.modalities.push(m);
        }
    }
    row.modalities.sort();
}
