//! The state on the other side of a border a state acts on ("India closed the
//! border"): one bordering it named in the sentence, else the one most named so far.

use super::super::doc::{Doc, Ent};
use super::super::view::{Head, Sentence};
use super::Memory;

/// A state bordering `state` named in the sentence, else the one most named so far,
/// else any state named so far other than `state`.
pub fn neighbour(doc: &Doc<'_>, m: &Memory, s: &Sentence<'_>, state: u32) -> Option<u32> {
    let borders = &doc.ent(state).borders;
    for p in &s.phrases {
        if let Head::Ent(Ent::Lex(i), _) = p.head {
            if borders.contains(&i) {
                return Some(i);
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
