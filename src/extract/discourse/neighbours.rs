//! The state on the other side of a border: "India closed the border" said by Nepal's
//! minister is a closure of the India–Nepal border.

use super::super::doc::{Doc, Ent};
use super::super::view::{Head, Sentence};
use super::Memory;

/// A state bordering `state` named in the sentence, else the one most named so far,
/// else any state named so far other than `state`.
pub fn neighbour(doc: &Doc<'_>, m: &Memory, s: &Sentence<'_>, state: u32) -> Option<u32> {
    let borders = &doc.ent(state).borders;
    for p in &s.phrases {
        // "X, Nepal's home minister, said India had closed the border": the state an
        // official serves is named too.
        let head = match p.head {
            Head::Ent(e, _) => Some(e),
            _ => None,
        };
        let served = p.role.as_ref().and_then(|r| r.of);
        for e in [head, served].into_iter().flatten() {
            if let Ent::Lex(i) = e {
                if borders.contains(&i) {
                    return Some(i);
                }
            }
        }
    }
    let best = |only_neighbours: bool| {
        m.states_seen
            .iter()
            .filter(|(i, _)| **i != state && (!only_neighbours || borders.contains(i)))
            .max_by_key(|(i, n)| (**n, std::cmp::Reverse(**i)))
            .map(|(i, _)| *i)
    };
    best(true).or_else(|| best(false))
}
