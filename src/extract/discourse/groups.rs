//! Bodies named by a group word: whose uniformed body or office a phrase names, the
//! one a definite noun stands for later ("the patrol", "the ministry", "the breakaway
//! region"), and group words that stand for no state of the article.

use super::{Memory, GROUP_REACH};
use crate::extract::doc::{Doc, Ent};
use crate::extract::english::ADJECTIVE_ENDINGS;
use crate::extract::units::UnitKind;
use crate::extract::view::{Head, Sentence};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;

/// Whether the group word at phrase `p` names bodies of no state the article names:
/// governments or diplomats after a quantifier (words.toml `group_quantifiers`,
/// `many_states_groups`: "several governments", not "several ministers"), or any group
/// after a capitalised adjective that names no entity ("European governments",
/// "Western diplomats"; not "Homeland Security officials", a body's name the lexicon
/// does not know).
pub(super) fn unowned_group(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> bool {
    let start = s.phrases[p].start;
    let words = &doc.lex.words;
    let plain = |k: usize| s.units[k].kind == UnitKind::Word && s.phrase(k).is_none();
    let quantified = |k: usize| {
        plain(k)
            && words.group_quantifiers.contains(doc.word(&s.units[k]))
            && words.many_states_groups.contains(doc.word(&s.units[start]))
    };
    let qualifier = |k: usize| {
        let w = doc.word(&s.units[k]);
        let adjective = ADJECTIVE_ENDINGS.iter().any(|x| w.ends_with(x))
            || words.unowned_adjectives.contains(w);
        plain(k)
            && adjective
            && doc.text[s.units[k].span.0..].starts_with(char::is_uppercase)
            && !doc.has(&s.units[k], |c| matches!(c, Cue::Group | Cue::Office))
    };
    match start.checked_sub(1) {
        Some(k) if quantified(k) => true,
        // (The ending keeps "Senior officials said" out at a sentence's start.)
        Some(k) if qualifier(k) => k == 0 || !doc.is_word(s.units, k - 1, &["the"]),
        _ => false,
    }
}

/// The body's last word when phrase `q` names a state's or organisation's uniformed
/// body (words.toml `force_nouns`) with its owner: "South African soldiers" →
/// "soldiers", "a patrol of the South African National Defence Force" → "patrol",
/// "Saudi border guards" → "guards".
pub(super) fn owned_group(doc: &Doc<'_>, s: &Sentence<'_>, q: usize) -> Option<String> {
    let ph = &s.phrases[q];
    let Head::Ent(e, _) = ph.head else {
        return None;
    };
    if !matches!(doc.etype(e), EntityType::State | EntityType::Organisation) || ph.possessive {
        return None;
    }
    let group = |k: usize| doc.has(&s.units[k], |c| *c == Cue::Group);
    // "Saudi border guards": the demonym's noun ends the phrase; "a patrol of the
    // SANDF": the noun opens it.
    let k = if ph.end - ph.start >= 2 && group(ph.end - 1) {
        ph.end - 1
    } else if ph.end - ph.start >= 3
        && group(ph.start)
        && doc.is_word(s.units, ph.start + 1, &["of"])
    {
        ph.start
    } else {
        return None;
    };
    let word = doc.word(&s.units[k]).rsplit(' ').next()?;
    doc.lex
        .words
        .force_nouns
        .contains(word)
        .then(|| word.to_string())
}

/// The head noun of a body named at phrase `p` ("committee" in "Azerbaijan's State
/// Customs Committee", "ministry" in "Belarus's defence ministry"): an organisation's
/// or a state's phrase ending in one of words.toml `office_bodies`.
pub(super) fn body_head(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Option<String> {
    let ph = &s.phrases[p];
    let Head::Ent(e, MentionKind::Name) = ph.head else {
        return None;
    };
    if !matches!(doc.etype(e), EntityType::Organisation | EntityType::State) {
        return None;
    }
    // "Kenya's Ministry of Foreign Affairs", "Moldova's Bureau for Reintegration
    // Policies": the noun before "of", "for" or "on".
    let unit = doc.word(&s.units[ph.end - 1]);
    let head = [" of ", " for ", " on "]
        .iter()
        .filter_map(|sep| unit.find(sep))
        .min()
        .map_or(unit, |at| &unit[..at]);
    let word = head.rsplit(' ').next()?;
    doc.lex
        .words
        .office_bodies
        .contains(word)
        .then(|| word.to_string())
}

/// How many sentences back a body named by its head noun alone ("a spokesman for the
/// ministry") may have been named in full.
pub(super) const BODY_REACH: usize = 6;

/// The body last named by the head noun `word`, within [`BODY_REACH`] sentences and
/// with no other named so since: "the committee" after "Azerbaijan's State Customs
/// Committee".
pub fn body_named_before(m: &Memory, word: &str) -> Option<Ent> {
    match m.body_named.get(word) {
        Some(&(e, at)) if at + BODY_REACH >= m.sentences => e,
        _ => None,
    }
}

/// "the patrol had opened fire" after "a patrol of the SANDF": a body named without
/// its owner, by a definite noun (or a bare plural opening the sentence), is the one
/// last named with its owner.
pub(super) fn group_named_before(
    doc: &Doc<'_>,
    m: &Memory,
    s: &Sentence<'_>,
    p: usize,
) -> Option<Ent> {
    let ph = &s.phrases[p];
    let a = ph.start;
    let definite = a > 0 && doc.is_word(s.units, a - 1, &["the"]);
    let opening = (0..a).all(|k| s.units[k].kind == UnitKind::Punct);
    if !(definite || opening) {
        return None;
    }
    let word = doc.word(&s.units[ph.end - 1]).rsplit(' ').next()?;
    match m.group_owner.get(word) {
        Some(&(owner, at)) if at + GROUP_REACH >= m.sentences => owner,
        _ => None,
    }
}

/// How many sentences back a breakaway state is still what "the breakaway region"
/// means.
const BREAKAWAY_REACH: usize = 6;

/// The breakaway state that "the breakaway region" or "the separatist authorities" at
/// units `start..end` stands for: the one named last, a few sentences back at most;
/// none when the sentence says where it means ("the separatist authorities of
/// Nagorno-Karabakh", "In Donetsk, the separatist authorities …") and that is not it.
pub fn breakaway_named(
    doc: &Doc<'_>,
    m: &Memory,
    s: &Sentence<'_>,
    start: usize,
    end: usize,
) -> Option<u32> {
    let (b, at) = m.last_breakaway?;
    let b = b.filter(|_| at + BREAKAWAY_REACH >= m.sentences)?;
    // A name there, known or not, other than the breakaway state's own.
    let elsewhere = |k: usize| {
        let k = k + usize::from(doc.is_word(s.units, k, &["the"]));
        s.units.get(k).is_some_and(|u| match doc.entity_cue(u) {
            Some((e, _)) => doc.state_of(Ent::Lex(e)) != Some(b),
            None => u.kind != UnitKind::Punct && doc.capitalised(u),
        })
    };
    let named_after = doc.is_word(s.units, end, &["of", "in"]) && elsewhere(end + 1);
    let fronted = start > 0 && doc.is_word(s.units, 0, &["in"]) && elsewhere(1);
    (!named_after && !fronted).then_some(b)
}
