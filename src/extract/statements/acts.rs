//! What counts as an act in reported speech: an act of a frame (`acts`), an incursion
//! into another's ground, a hostile act's noun followed by its agent, or letting
//! traffic through unchecked; and an act of a frame credited to a state with "by".

use super::super::discourse::resolve;
use super::super::doc::{Doc, Ent};
use super::super::english::{span_text, subject_position, BE, RELATIVES};
use super::super::frames::{Candidate, Ctx};
use super::super::units::UnitKind;
use super::super::view::{Head, Sentence};
use super::actor::denied_before;
use super::state_of_actor;
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Modality, Relation};

/// The relation whose act is named at unit `j`.
pub(super) fn act_at(doc: &Doc<'_>, s: &Sentence<'_>, j: usize) -> Option<Relation> {
    doc.cues(&s.units[j])
        .iter()
        .find_map(|c| match c {
            Cue::Act(r) => Some(*r),
            _ => None,
        })
        .or_else(|| incursion_at(doc, s, j).then_some(Relation::ACCUSES))
        .or_else(|| agent_act_at(doc, s, j).then_some(Relation::ACCUSES))
        .or_else(|| through_at(doc, s, j).then_some(Relation::ACCUSES))
}

/// Whether unit `j` is a verb that lets traffic through (the reopens frame's
/// `enabling`) whose object "through" closes, maybe before words of `through_manner`:
/// "waved the group through", "let the trucks through without a proper look" — not
/// "let traffic through the Mandera crossing" (a way, not an act), nor "… through
/// again" (a reopening).
fn through_at(doc: &Doc<'_>, s: &Sentence<'_>, j: usize) -> bool {
    if !doc.has(&s.units[j], |c| matches!(c, Cue::Enabling(_))) {
        return false;
    }
    let Some(t) = (j + 2..(j + 6).min(s.units.len()))
        .take_while(|&k| s.units[k].kind != UnitKind::Punct)
        .find(|&k| doc.is_word(s.units, k, &["through"]))
    else {
        return false;
    };
    let after = s.units.get(t + 1);
    after.is_none_or(|u| u.kind == UnitKind::Punct)
        || after.is_some_and(|u| doc.lex.words.through_manner.contains(doc.word(u)))
}

/// Whether unit `j` is a hostile act's noun followed by its agent: "an attack by the
/// RSF", "airstrikes by Israeli jets" — unless the act is what a frame's verb takes as
/// its claim ("condemns the cowardly attacks by al-Shabaab" is a condemnation, read by
/// its own frame, whose object may be left unnamed).
pub(super) fn agent_act_at(doc: &Doc<'_>, s: &Sentence<'_>, j: usize) -> bool {
    let condemned = (j.saturating_sub(4)..j).any(|k| {
        doc.has(&s.units[k], |c| match c {
            Cue::Verb(r, _) | Cue::Noun(r) => doc.lex.frame(*r).is_some_and(|f| f.object_optional),
            _ => false,
        })
    });
    doc.lex.words.agent_acts.contains(doc.word(&s.units[j]))
        && doc.is_word(s.units, j + 1, &["by"])
        && !condemned
}

/// Whether units from `j` go into another's ground: "(had chased the vehicles 800
/// metres) into Bolivian territory", "(built a fence) inside Nepali territory",
/// "into its airspace". Whose ground it is must be said (a demonym, or "its" and
/// "our" of the wronged state; "their" is the actors' own): "into the territory"
/// names no one wronged. Not after a passive ("were arrested inside Nepali
/// territory": they were acted on).
fn incursion_at(doc: &Doc<'_>, s: &Sentence<'_>, j: usize) -> bool {
    if !doc.is_word(s.units, j, &["into", "inside", "onto"]) {
        return false;
    }
    let passive = (j.saturating_sub(4)..j).any(|k| doc.is_word(s.units, k, BE));
    let owner_end = match s.phrase(j + 1).map(|p| &s.phrases[p]) {
        Some(ph) if ph.start == j + 1 && matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) => {
            j + 2
        }
        _ if doc.is_word(s.units, j + 1, &["its", "our"]) => j + 2,
        _ => return false,
    };
    !passive
        && s.units
            .get(owner_end)
            .is_some_and(|u| doc.lex.words.own_ground.contains(doc.word(u)))
}

/// The state whose ground an incursion at `j` enters, when a demonym names it.
pub(super) fn incursion_owner(doc: &Doc<'_>, s: &Sentence<'_>, j: usize) -> Option<Ent> {
    match s.phrase(j + 1).map(|p| &s.phrases[p])?.head {
        Head::Ent(e, MentionKind::Demonym) if incursion_at(doc, s, j) => Some(e),
        _ => None,
    }
}

/// "described the arrivals as a hybrid attack by Belarus": an act of a frame credited
/// to a state with "by" is that frame's fact, by the clause's subject.
pub(in crate::extract) fn act_by(cx: &Ctx<'_, '_, '_>, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    for k in 0..s.units.len() {
        let Some(relation) = act_at(doc, s, k) else {
            continue;
        };
        if !doc.is_word(s.units, k + 1, &["by"]) || denied_before(doc, s, 0, k) {
            continue;
        }
        // "the government, which is based in Aden and is backed by Riyadh, accused …":
        // a participle in a relative clause describes its antecedent; no one charges
        // anything ("who called the crossings a hybrid attack by Belarus" still does).
        let comma = (0..k).rev().find(|&j| doc.is_punct(s.units, j, ","));
        let relative = comma.is_some_and(|c| doc.is_word(s.units, c + 1, RELATIVES));
        if relative && doc.word(&s.units[k]).ends_with("ed") {
            continue;
        }
        let Some(op) = s.phrase(k + 2) else { continue };
        let Some(object) =
            resolve(doc, cx.m, s, op, None).filter(|e| doc.etype(*e) == EntityType::State)
        else {
            continue;
        };
        let Some(sp) = (0..s.phrases.len()).find(|&p| {
            s.phrases[p].end <= k && subject_position(doc, s, p) && !s.phrases[p].possessive
        }) else {
            continue;
        };
        let Some(subject) = resolve(doc, cx.m, s, sp, None).filter(|e| doc.etype(*e).can_act())
        else {
            continue;
        };
        if state_of_actor(doc, cx.m, subject) != doc.state_of(object) && subject != object {
            out.push(Candidate {
                subject,
                relation,
                object: Some(object),
                claim: span_text(doc, s, k, s.phrases[op].end),
                modality: Modality::Asserted,
                date: s.date_near(k),
                inferred: false,
            });
        }
    }
}
