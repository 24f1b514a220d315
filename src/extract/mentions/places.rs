//! Names set off as places by what follows them: the state after a place ("X,
//! Lithuania"), a short apposition (", a Democrat,"), a settlement noun or "in" after a
//! name ("Liboi, in Garissa County,").

use super::super::doc::Doc;
use super::super::english::located_in_at;
use super::super::units::{Unit, UnitKind};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;

/// The unit after a short apposition set off by commas at `k`: ", a Democrat," — an
/// article, then up to six words with no verb or relative pronoun, then a comma.
pub(super) fn apposition_end(doc: &Doc<'_>, units: &[Unit], k: usize) -> Option<usize> {
    if !doc.is_punct(units, k, ",") || !doc.is_word(units, k + 1, &["a", "an", "the"]) {
        return None;
    }
    let close = (k + 2..(k + 9).min(units.len())).find(|&j| units[j].kind == UnitKind::Punct)?;
    let plain = (k + 2..close).all(|j| {
        !doc.has(&units[j], |c| matches!(c, Cue::Verb(..)))
            && !doc.is_word(units, j, &["that", "which", "who", "whose"])
    });
    (doc.is_punct(units, close, ",") && plain && close > k + 2).then_some(close + 1)
}

/// The state named just after a place: "X, Lithuania", "X, in north-eastern Lithuania".
pub(super) fn state_after(doc: &Doc<'_>, units: &[Unit], run: usize) -> Option<u32> {
    let is_state = |x: &Unit| {
        doc.entity_cue(x).filter(|&(k, m)| {
            m == MentionKind::Name && doc.ent(k).entity.etype == EntityType::State
        })
    };
    if !doc.is_punct(units, run, ",") {
        return None;
    }
    if let Some((k, _)) = units.get(run + 1).and_then(is_state) {
        // "Goma, Congo, said" is a place; "X, Russia and Belarus" is a list.
        return Some(k);
    }
    if doc.is_word(units, run + 1, &["in", "near"]) {
        return (run + 2..(run + 7).min(units.len()))
            .take_while(|&k| !doc.is_punct(units, k, ","))
            .find_map(|k| is_state(&units[k]).map(|(e, _)| e));
    }
    None
}

/// Whether the name ending before `run` is set off as a place by what follows it:
/// "Liboi, in Garissa County,", "Kobani, a Kurdish-held town in", "Tulcan, capital of
/// Carchi", "Sokh, an exclave of". A person is set off by an office, not a settlement.
pub(super) fn place_apposition(doc: &Doc<'_>, units: &[Unit], run: usize) -> bool {
    let located = located_in_at(doc, units, run);
    if !doc.is_punct(units, run, ",") && located.is_none() {
        return false;
    }
    let run = located.map_or(run, |j| j - 1);
    let n = units.len();
    let place_at = |k: usize| {
        doc.entity_cue(&units[k]).is_some_and(|(e, m)| {
            m == MentionKind::Name
                && matches!(
                    doc.ent(e).entity.etype,
                    EntityType::Place | EntityType::State
                )
        })
    };
    // ", in (the) (northern) Garissa County": a place the lexicon knows, or a
    // capitalised name before a settlement noun.
    if doc.is_word(units, run + 1, &["in"]) {
        let mut k = run + 2;
        while k < n && doc.lex.words.place_modifiers.contains(doc.word(&units[k])) {
            k += 1;
        }
        if k < n && place_at(k) {
            return true;
        }
        // ", in the Mexican state of Sonora", ", in the province of Herat".
        let d = k + units
            .get(k)
            .and_then(|u| doc.entity_cue(u))
            .is_some_and(|(_, m)| m == MentionKind::Demonym) as usize;
        if doc.has_at(units, d, |c| *c == Cue::SettlementNoun) && doc.is_word(units, d + 1, &["of"])
        {
            return true;
        }
        let end = doc.name_end(units, k, 4, true);
        return end > k && doc.has_at(units, end, |c| *c == Cue::SettlementNoun);
    }
    // ", a (small) (border) town in", ", the trading town in", ", capital of".
    let mut k = run + 1;
    if doc.is_word(units, k, &["a", "an", "the"]) {
        k += 1;
    }
    let last = (k + 6).min(n);
    while k < last && (units[k].kind != UnitKind::Punct || doc.word(&units[k]) == "-") {
        let demonym = doc
            .entity_cue(&units[k])
            .is_some_and(|(_, m)| m == MentionKind::Demonym);
        if doc.has(&units[k], |c| *c == Cue::SettlementNoun)
            && !doc.is_word(units, k, &["state", "area", "port"])
        {
            return doc.is_word(
                units,
                k + 1,
                &["in", "of", "on", "near", "that", "which", "where"],
            ) || doc.is_punct(units, k + 1, ",");
        }
        // "a Kurdish-held town", "a Russian-backed region".
        let hyphened = doc.is_punct(units, k + 1, "-");
        if hyphened {
            k += 3;
            continue;
        }
        // "a mostly Christian town", "a Kurdish village": an adjective right before
        // the noun.
        let adjective = doc.entity_cue(&units[k]).is_none()
            && doc.has_at(units, k + 1, |c| *c == Cue::SettlementNoun);
        if (doc
            .original(units, k, k + 1)
            .starts_with(char::is_uppercase)
            && !demonym
            && !adjective)
            || doc.has(&units[k], |c| {
                matches!(c, Cue::Office | Cue::OrgHead | Cue::Verb(..))
            })
        {
            return false;
        }
        k += 1;
    }
    false
}

/// The settlement noun closing an autonomous division's full name whose first word the
/// lexicon knows, the rest starting at `k`: "(Guangxi) Zhuang Autonomous Region",
/// "(Tibet) Autonomous Region". Ethnic names between are part of the name.
pub(super) fn autonomous_noun(doc: &Doc<'_>, units: &[Unit], k: usize) -> Option<usize> {
    let at = (k..(k + 3).min(units.len()))
        .take_while(|&j| units[j].kind == UnitKind::Word && doc.capitalised(&units[j]))
        .find(|&j| doc.is_word(units, j, &["autonomous"]))?;
    let noun = at + 1;
    (units
        .get(noun)
        .is_some_and(|u| doc.has(u, |c| *c == Cue::SettlementNoun) && doc.capitalised(u)))
    .then_some(noun)
}
