//! Linking later mentions: the outlet's own name, and names found elsewhere in the
//! document ("Niinistö said" after "President Sauli Niinistö").

use super::super::doc::Doc;
use super::super::units::{Unit, UnitKind};
use crate::lexicon::Cue;
use crate::model::EntityType;
use crate::text::fold;

/// Merges the runs of units that spell the outlet's name (folded) into one unit of
/// entity `e`.
pub(super) fn link_outlet(doc: &Doc<'_>, units: &[Unit], e: u32, name: &str) -> Vec<Unit> {
    merge_runs(units, |i| {
        let w = doc.word(&units[i]);
        if w.is_empty() || !name.starts_with(w) {
            return None;
        }
        let j =
            (i + 1..=units.len().min(i + 8)).find(|&j| fold(doc.original(units, i, j)) == name)?;
        // An outlet named after a state ("The Belize Channel Reporter") still says
        // whose news it is: that name stays, for the article's topic.
        let names_state = (i..j).any(|k| {
            doc.entity_cue(&units[k])
                .is_some_and(|(x, _)| doc.ent(x).entity.etype == EntityType::State)
        });
        (!names_state).then_some((j, e))
    })
}

/// Merges runs of capitalised words that spell a name found anywhere in the document.
pub(super) fn link_known(doc: &Doc<'_>, units: &[Unit]) -> Vec<Unit> {
    merge_runs(units, |i| {
        // "Akylbek Japarov" is not the "Japarov" named before.
        let after_name = i > 0 && doc.cap(&units[i - 1], true);
        if after_name {
            return None;
        }
        // "Valenzuela accused …" after "Rodrigo Valenzuela": a place a gazetteer knows
        // (a town in the Philippines) that is the family name of a person the document
        // named, before a verb only people and bodies use, is that person.
        let place = doc
            .entity_cue(&units[i])
            .is_some_and(|(x, _)| doc.ent(x).entity.etype == EntityType::Place);
        // ("Valenzuela's ministry": before the body the person speaks for, too.)
        let body_after = doc.is_word(units, i + 1, &["'s"])
            && doc.has_at(units, i + 2, |c| {
                matches!(c, Cue::Group | Cue::Office | Cue::OrgHead | Cue::Portfolio)
            });
        if place && (body_after || super::speech_verb_at(doc, units, i + 1)) {
            let person = doc
                .found_name(&fold(doc.original(units, i, i + 1)))
                .filter(|&e| doc.ent(e).entity.etype == EntityType::Person);
            if let Some(e) = person {
                return Some((i + 1, e));
            }
        }
        // "could reopen Rock Island" after "the Rock Island port of entry": a gazetteer's
        // place the document found as a crossing is that crossing, right after a verb
        // of closing or reopening (elsewhere it may be the town).
        // (The name alone, ending its phrase: not "closed Chaman bazaar", "reopened
        // Busia's market".)
        let crossing_verb = i > 0 && super::crossings::crossing_verb(doc, &units[i - 1]);
        let ends = units.get(i + 1).is_none_or(|n| {
            (n.kind == UnitKind::Punct && doc.word(n) != "'s")
                || doc.is_word(
                    units,
                    i + 1,
                    &[
                        "on", "in", "at", "to", "for", "from", "and", "as", "again", "until",
                        "after", "before", "by",
                    ],
                )
        });
        let crossing = doc
            .entity_cue(&units[i])
            .and_then(|(x, _)| doc.crossing_of_place(x))
            .filter(|&e| doc.is_found(e));
        if let Some(e) = crossing.filter(|_| place && crossing_verb && ends) {
            return Some((i + 1, e));
        }
        // "Novi Yarylovychi" after "the Novi Yarylovychi checkpoint": a place the
        // gazetteer knows ("Novi"), then up to three more places or capitalised words
        // ("Yarylovychi"), that together spell a name the document found are that name.
        if place {
            let run = (i + 1..units.len().min(i + 4))
                .take_while(|&k| {
                    doc.entity_cue(&units[k])
                        .is_some_and(|(x, _)| doc.ent(x).entity.etype == EntityType::Place)
                        || doc.cap(&units[k], true)
                })
                .last()
                .map_or(i + 1, |k| k + 1);
            let known = known_at(doc, units, i, run).filter(|&(j, _)| j > i + 1);
            if known.is_some() {
                return known;
            }
        }
        if !doc.cap(&units[i], true) {
            return None;
        }
        known_at(doc, units, i, doc.name_end(units, i, 4, true))
    })
}

/// The units with every run `i..j` for which `at(i)` gives `(j, e)` merged into one
/// unit of entity `e`.
fn merge_runs(units: &[Unit], at: impl Fn(usize) -> Option<(usize, u32)>) -> Vec<Unit> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if let Some((j, e)) = at(i) {
            out.push(Unit::merge(units, i, j - 1, UnitKind::Found(e)));
            i = j;
        } else {
            out.push(units[i]);
            i += 1;
        }
    }
    out
}

/// The longest prefix of the capitalised run `i..run` that is a name found in the
/// document: its end and entity.
pub(super) fn known_at(
    doc: &Doc<'_>,
    units: &[Unit],
    i: usize,
    run: usize,
) -> Option<(usize, u32)> {
    (i + 1..=run).rev().find_map(|j| {
        doc.found_name(&fold(doc.original(units, i, j)))
            .map(|e| (j, e))
    })
}
