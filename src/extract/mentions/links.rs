//! Linking later mentions: the outlet's own name, and names found elsewhere in the
//! document ("Niinistö said" after "President Sauli Niinistö").

use super::super::doc::Doc;
use super::super::units::{Unit, UnitKind};
use crate::model::EntityType;
use crate::text::fold;

/// Merges the runs of units that spell the outlet's name (folded) into one unit of
/// entity `e`.
pub(super) fn link_outlet(doc: &Doc<'_>, units: &[Unit], e: u32, name: &str) -> Vec<Unit> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let w = doc.word(&units[i]);
        let end = (!w.is_empty() && name.starts_with(w))
            .then(|| {
                (i + 1..=units.len().min(i + 8)).find(|&j| fold(doc.original(units, i, j)) == name)
            })
            .flatten();
        // An outlet named after a state ("The Belize Channel Reporter") still says
        // whose news it is: that name stays, for the article's topic.
        let names_state = |j: usize| {
            (i..j).any(|k| {
                doc.entity_cue(&units[k])
                    .is_some_and(|(x, _)| doc.ent(x).entity.etype == EntityType::State)
            })
        };
        if let Some(j) = end.filter(|&j| !names_state(j)) {
            out.push(Unit::merge(units, i, j - 1, UnitKind::Found(e)));
            i = j;
            continue;
        }
        out.push(units[i]);
        i += 1;
    }
    out
}

/// Merges runs of capitalised words that spell a name found anywhere in the document.
pub(super) fn link_known(doc: &Doc<'_>, units: &[Unit]) -> Vec<Unit> {
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        // "Akylbek Japarov" is not the "Japarov" named before.
        let after_name = i > 0 && doc.cap(&units[i - 1], true);
        if doc.cap(&units[i], true) && !after_name {
            let run = doc.name_end(units, i, 4, true);
            if let Some((j, e)) = known_at(doc, units, i, run) {
                out.push(Unit::merge(units, i, j - 1, UnitKind::Found(e)));
                i = j;
                continue;
            }
        }
        out.push(units[i]);
        i += 1;
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
