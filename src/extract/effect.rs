//! "The measure will take effect on Nov. 24": a sentence that says when the act of the
//! sentence before starts dates that act. The closures and reopenings read in the
//! sentence before are given again, with this sentence's date and as its evidence, so
//! "when does Finland's closure take effect" finds the day it starts, not only the day
//! it was announced.

use super::doc::{Doc, Ent};
use super::view::{Head, Sentence};
use crate::lexicon::Cue;

/// Verbs of starting, each with the words after it: "take effect", "come into force",
/// "go into effect", "kick in".
const STARTS: &[(&[&str], &[&str])] = &[
    (&["take", "takes", "took", "taken", "taking"], &["effect"]),
    (&["come", "comes", "came", "coming"], &["into", "force"]),
    (
        &["enter", "enters", "entered", "entering"],
        &["into", "force"],
    ),
    (
        &["go", "goes", "went", "gone", "going"],
        &["into", "effect"],
    ),
    (&["kick", "kicks", "kicked", "kicking"], &["in"]),
];

/// The date the act of the sentence before starts on, when this sentence says it, and
/// whose act it is when the sentence names the actor: a noun of the lexicon's
/// `measure_nouns` ("the measure", "the closure", "Finland's decision") or "it" opens
/// the sentence, no other entity is named before the verb of starting, and a date
/// follows.
pub fn starts_on(doc: &Doc<'_>, s: &Sentence<'_>) -> Option<(String, Option<Ent>)> {
    let words = |k: usize| s.units.get(k).map_or("", |u| doc.word(u));
    let v = (0..s.units.len()).find(|&v| {
        STARTS.iter().any(|(verbs, after)| {
            verbs.contains(&words(v))
                && after
                    .iter()
                    .enumerate()
                    .all(|(j, w)| words(v + 1 + j) == *w)
        })
    })?;
    // The subject: within the first words, a measure noun or a pronoun standing for
    // the act; no name of its own (the act of another state is not this one).
    let subject = (0..v.min(4)).any(|k| {
        doc.lex.words.measure_nouns.contains(words(k)) || matches!(words(k), "it" | "this")
    });
    let named: Vec<_> = s
        .phrases
        .iter()
        .filter(|p| p.start < v)
        .filter_map(|p| match p.head {
            Head::Ent(e, _) => Some((p.end, e)),
            _ => None,
        })
        .collect();
    // "Finland's decision": the actor's possessive (inside its phrase or after it)
    // before the noun.
    let measure_after_possessive = |end: usize| {
        let noun = if doc.is_word(s.units, end, &["'s"]) {
            end + 1
        } else if end > 0 && doc.is_word(s.units, end - 1, &["'s"]) {
            end
        } else {
            return false;
        };
        s.units
            .get(noun)
            .is_some_and(|u| doc.lex.words.measure_nouns.contains(doc.word(u)))
    };
    let owner = match named[..] {
        [] => None,
        [(end, e)] if measure_after_possessive(end) => Some(e),
        _ => return None,
    };
    let negated = (0..v).any(|k| doc.has(&s.units[k], |c| *c == Cue::Negation));
    if !subject || negated {
        return None;
    }
    let date = s
        .dates
        .iter()
        .find(|(at, d)| *at > v && d.is_some())
        .and_then(|(_, d)| d.clone())?;
    Some((date, owner))
}
