//! Crossings left out of a closure or reopening: "shut all its crossings with Somalia
//! except Mandera", "closed seven of its eight crossings, leaving only Bajakovo open".
//! Each is the same relation, negated, for the same actors.

use super::*;

/// Negated facts for the crossings the clause of the verb at `v` leaves out, for each
/// of `subjects` (only when the act itself is asserted and `acted` on some crossing).
#[allow(clippy::too_many_arguments)]
pub(super) fn left_out(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    v: usize,
    subjects: &[Ent],
    modality: Modality,
    acted: bool,
    date: &Option<String>,
    out: &mut Vec<Candidate>,
) {
    if !f.collective || modality != Modality::Asserted || subjects.is_empty() || !acted {
        return;
    }
    let s = cx.s;
    // To the end of the sentence or the next clause of its own ("; …", "and said …"):
    // "leaving …" opens a clause of its own that still tells of this act.
    let stop = (v + 1..s.units.len())
        .find(|&k| {
            [";", ".", "—"]
                .iter()
                .any(|p| cx.doc.is_punct(s.units, k, p))
                || cx.has(k, |c| matches!(c, Cue::Verb(..)))
        })
        .unwrap_or(s.units.len());
    let mut spared = Vec::new();
    let mut k = v + 1;
    while k < stop {
        if let Some(len) = marker_at(cx, k, stop) {
            spared.extend(crossings_from(cx, k + len, stop));
            break;
        }
        // "leaving (only) Bajakovo, on the motorway, open": a sparing participle, then
        // the state that denies the relation.
        if cx.doc.lex.words.sparing.contains(cx.word(k)) {
            let open = (k + 1..stop)
                .find(|&j| cx.has(j, |c| matches!(c, Cue::Opposite(r) if *r == f.relation)));
            if let Some(open) = open {
                spared.extend(crossings_from(cx, k + 1, open));
                break;
            }
        }
        k += 1;
    }
    for e in spared {
        for &subject in subjects {
            out.push(Candidate {
                subject,
                relation: f.relation,
                object: Some(e),
                claim: None,
                modality: Modality::Negated,
                date: date.clone(),
                inferred: false,
            });
        }
    }
}

/// The length in units of an exception marker ("except", "with the exception of")
/// starting at unit `k`.
pub(super) fn marker_at(cx: &Ctx<'_, '_, '_>, k: usize, stop: usize) -> Option<usize> {
    let markers = &cx.doc.lex.words.exceptions;
    (1..=4).rev().filter(|&n| k + n <= stop).find(|&n| {
        let words: Vec<&str> = (k..k + n).map(|j| cx.word(j)).collect();
        markers.contains(&words.join(" "))
    })
}

/// The crossings listed right from unit `from` (before `to`): "Mandera and Liboi",
/// "only the Kasumbalesa crossing"; the list ends at the first other word ("except
/// for lorries …" lists none; "Bajakovo, on the motorway" lists one).
fn crossings_from(cx: &Ctx<'_, '_, '_>, from: usize, to: usize) -> Vec<Ent> {
    let s = cx.s;
    let mut out = Vec::new();
    let mut k = from;
    while k < to {
        if let Some(p) = s.phrase(k) {
            match s.phrases[p].head {
                Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing => {
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
                _ => break,
            }
            k = s.phrases[p].end.max(k + 1);
            continue;
        }
        let joins = cx.doc.is_punct(s.units, k, ",")
            || cx.is(k, &["and", "or", "the", "only", "just"])
            || cx.has(k, |c| matches!(c, Cue::CrossingHead | Cue::CrossingNoun));
        if !joins {
            break;
        }
        k += 1;
    }
    out
}
