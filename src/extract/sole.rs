//! A crossing the article calls the only one between two states ("The only legal land
//! border crossing between Norway and Russia is called Storskog", "Ras Ajdir, the only
//! crossing between Tunisia and Libya"): every mention of the crossings between those
//! states in the article ("Norway may close its border crossing with Russia"), before
//! or after, is that crossing.
//!
//! Read once per document, after names are found and before any relation, so the
//! [`Doc::crossings`] of the pair is the named crossing in every sentence.

use super::doc::{Doc, Ent};
use super::mentions::crossings::plural;
use super::units::{Unit, UnitKind};
use crate::lexicon::Cue;
use crate::model::EntityType;

/// How many words may stand between "only" and the crossing noun ("the only legal
/// land border crossing").
const ADJECTIVES: usize = 4;

/// Records in `doc` each crossing a sentence calls the only one between two states.
pub fn note(doc: &mut Doc<'_>, sentences: &[Vec<Unit>]) {
    let mut last_crossing: Option<u32> = None;
    for units in sentences {
        let named = named_of(doc, units, EntityType::Crossing);
        if let Some(noun) = sole_crossing_noun(doc, units) {
            // "This checkpoint serves as the only crossing point between …": the
            // crossing the sentence before named.
            let this = doc.is_word(units, 0, &["this", "that", "the"])
                && doc.has_at(units, 1, |c| *c == Cue::CrossingHead)
                && noun > 1;
            let crossing = match named.as_slice() {
                [one] => Some(*one),
                [] if this => last_crossing,
                _ => None,
            };
            // The states after the noun; with one, the owner before it ("Norway's
            // only crossing with Russia").
            let mut states = named_of(doc, &units[noun..], EntityType::State);
            if states.len() == 1 {
                states = named_of(doc, units, EntityType::State);
            }
            if let (Some(x), [a, b]) = (crossing, states.as_slice()) {
                if doc.may_border(*a, *b) {
                    doc.note_sole_crossing(*a, *b, x);
                }
            }
        }
        if let Some(&last) = named.last() {
            last_crossing = Some(last);
        }
    }
}

/// The unit of a singular crossing noun after "only" or "sole" and before what says
/// between which states ("the only legal land border crossing between", "the sole
/// checkpoint on the border with"), when the sentence says nothing making it the only
/// one of some kind ("the only crossing still open", "the only rail crossing").
fn sole_crossing_noun(doc: &Doc<'_>, units: &[Unit]) -> Option<usize> {
    if units
        .iter()
        .any(|u| doc.lex.words.partial_sets.contains(doc.word(u)))
    {
        return None;
    }
    let noun_after = |only: usize| {
        (only + 1..units.len().min(only + 2 + ADJECTIVES))
            .take_while(|&k| {
                // "the primary, and currently only, border crossing point"
                doc.is_punct(units, k, ",")
                    || (units[k].kind != UnitKind::Punct
                        && doc
                            .original(units, k, k + 1)
                            .starts_with(char::is_lowercase)
                        && !doc.is_word(units, k, FUNCTION_WORDS))
            })
            .find(|&k| {
                doc.has_at(units, k, |c| *c == Cue::CrossingHead)
                    && doc.has_at(units, k, |c| *c == Cue::CrossingNoun)
                    && !plural(doc.word(&units[k]))
            })
    };
    // Which states: "between A and B", "with B", "on the A–B border".
    let between = |noun: usize| {
        (noun + 1..units.len().min(noun + 4))
            .any(|k| doc.is_word(units, k, &["between", "with", "on"]))
    };
    (0..units.len())
        .filter(|&i| doc.is_word(units, i, &["only", "sole"]))
        .filter_map(noun_after)
        .find(|&noun| between(noun))
}

/// Words that end a run of adjectives before a crossing noun: "only allows trucks at
/// the checkpoint" names no sole checkpoint.
const FUNCTION_WORDS: &[&str] = &[
    "at", "to", "in", "on", "the", "a", "an", "for", "of", "through", "via", "by", "from",
];

/// The entities of a type a run of units names, each once, in order.
fn named_of(doc: &Doc<'_>, units: &[Unit], etype: EntityType) -> Vec<u32> {
    let mut out = Vec::new();
    for u in units {
        if let Some((i, _)) = doc.entity_cue(u) {
            if doc.etype(Ent::Lex(i)) == etype && !out.contains(&i) {
                out.push(i);
            }
        }
    }
    out
}
