//! Bodies named by a group word: whose uniformed body or office a phrase names, and
//! group words that stand for no state of the article.

use crate::extract::doc::Doc;
use crate::extract::units::UnitKind;
use crate::extract::view::{Head, Sentence};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;

/// Endings of adjectives of regions and peoples: "European", "Western", "Nordic".
const ADJECTIVE_ENDINGS: &[&str] = &["an", "ern", "ic", "ish", "ese"];

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
