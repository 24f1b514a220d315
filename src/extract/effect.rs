//! "The measure will take effect on Nov. 24": a sentence that says when the act of the
//! sentence before starts dates that act. The closures and reopenings read in the
//! sentence before are given again, with this sentence's date and as its evidence, so
//! "when does Finland's closure take effect" finds the day it starts, not only the day
//! it was announced.

use super::dates::WEEKDAYS;
use super::doc::{Doc, Ent};
use super::view::{Head, Sentence};
use crate::lexicon::Cue;
use crate::model::Relation;

/// When an act starts, as a sentence says it.
pub struct Start {
    /// The day (ISO).
    pub date: String,
    /// Whose act, when the sentence names the actor ("Finland's decision").
    pub actor: Option<Ent>,
    /// The act, when the noun says which ("the closure", "the reopening").
    pub relation: Option<Relation>,
}

/// Words between the measure and the verb of starting: "will", "is expected to", "was
/// due to".
/// ("expected to" is one unit, a hedge of the lexicon read here as the plan it states.)
const AUXILIARIES: &[&str] = &[
    "will",
    "would",
    "shall",
    "is",
    "was",
    "are",
    "were",
    "be",
    "expected",
    "due",
    "set",
    "to",
    "scheduled",
    "also",
    "expected to",
    "due to",
    "set to",
    "scheduled to",
];

/// Words after the verb of starting, before its date: "on", "from", "at midnight on".
const DATE_LEADS: &[&str] = &["on", "from", "at", "midnight", "as", "of", "starting", ","];

/// The start of the act of the sentence before, when this sentence says it: a noun of
/// the lexicon's `measure_nouns` ("the measure", "the closure", "Finland's decision")
/// or "it" opens the sentence as the subject of a verb of starting (the lexicon's
/// `effect_phrases`: "take effect", "come into force"), with only auxiliaries between
/// and no hedge ("could take effect" is no start), and a calendar date right after.
pub fn starts_on(doc: &Doc<'_>, s: &Sentence<'_>) -> Option<Start> {
    let words = |k: usize| s.units.get(k).map_or("", |u| doc.word(u));
    let (v, len) = (0..s.units.len()).find_map(|v| {
        doc.lex
            .words
            .effect_phrases
            .iter()
            .find(|p| p.iter().enumerate().all(|(j, w)| words(v + j) == w))
            .map(|p| (v, p.len()))
    })?;
    let mut k = v;
    while k > 0 && AUXILIARIES.contains(&words(k - 1)) {
        k -= 1;
    }
    let noun_at = k.checked_sub(1)?;
    let noun = words(noun_at);
    if noun_at > 3 || !(doc.lex.words.measure_nouns.contains(noun) || noun == "it") {
        return None;
    }
    // Before the noun, only its determiner or its actor's possessive ("Finland's
    // decision"): no other entity, no verb.
    let named: Vec<Ent> = s
        .phrases
        .iter()
        .filter(|p| p.start < noun_at)
        .filter_map(|p| match p.head {
            Head::Ent(e, _) => Some(e),
            _ => None,
        })
        .collect();
    let possessive = noun_at > 0
        && (words(noun_at - 1) == "'s"
            || s.phrase(noun_at - 1)
                .is_some_and(|p| s.phrases[p].possessive));
    let actor = match named[..] {
        [] => None,
        [e] if possessive => Some(e),
        _ => return None,
    };
    // The date right after the verb, past "on", "from", "at midnight on" and weekdays
    // (which the sentence's dates count backwards from publication: "on Friday" is to
    // come here, so only a calendar date is taken).
    let mut date = None;
    for j in v + len..(v + len + 6).min(s.units.len()) {
        let weekday = WEEKDAYS.contains(&words(j));
        match s.dates.iter().find(|(at, _)| *at == j) {
            Some((_, Some(d))) if !weekday => {
                date = Some(d.clone());
                break;
            }
            _ if weekday || DATE_LEADS.contains(&words(j)) => {}
            _ => break,
        }
    }
    let date = date?;
    // "the closure" dates only closures, "the reopening" only reopenings.
    let relation = doc.cues(&s.units[noun_at]).iter().find_map(|c| match *c {
        Cue::Noun(r) if matches!(r, Relation::CLOSES | Relation::REOPENS) => Some(r),
        _ => None,
    });
    Some(Start {
        date,
        actor,
        relation,
    })
}
