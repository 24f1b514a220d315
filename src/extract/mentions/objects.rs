//! Names discovered where a relation acts on them: people and groups charged ("accused
//! Ahmed Shah of …"), sanctioned ("imposed sanctions on Zhao Wei") and businesses
//! called so in an apposition ("sanctions on Zorak Transit, a haulage company").

use super::super::doc::Doc;
use super::super::english::time_after;
use super::super::units::{Unit, UnitKind};
use super::names::business_name_end;
use crate::lexicon::Cue;
use crate::model::{EntityType, Relation};

/// A name a relation acts on at units `i..word_run` (capitalised words; `plain_run`
/// when no crossing, place or body word is among them): pushes its entity's unit
/// (and a second name's) to `out` and returns the unit to go on from.
pub(super) fn acted_on(
    doc: &mut Doc<'_>,
    units: &[Unit],
    i: usize,
    word_run: usize,
    plain_run: bool,
    out: &mut Vec<Unit>,
) -> Option<usize> {
    let text = doc.text;
    let label = |a: usize, b: usize| text[units[a].span.0..units[b - 1].span.1].to_string();
    // A name of two or three words; its particles in lower case and their hyphens do
    // not count ("Ahmed al-Hattar", "Khaled Turki al-Hamdan").
    let sized = |a: usize, b: usize| {
        let particles = (a..b)
            .filter(|&k| {
                doc.is_particle(&units[k])
                    || (doc.is_punct(units, k, "-") && k > a && doc.is_particle(&units[k - 1]))
            })
            .count();
        let lower = (a..b).any(|k| doc.is_particle(&units[k]) && !doc.capitalised(&units[k]));
        (2..=3).contains(&(b - a)) || (lower && (2..=3).contains(&(b - a - particles)))
    };
    // "blamed Los Choneros for …", "accused Ahmed Shah of …": a name of two or three
    // words between a verb of accusing and the word opening its charge, and a second
    // one joined by "and" ("Los Choneros and Los Lobos for …"); a group when an
    // article opens it.
    let second = doc
        .is_word(units, word_run, &["and"])
        .then(|| doc.name_end(units, word_run + 1, 3, true))
        .filter(|&r2| sized(word_run + 1, r2));
    let charge_at = second.unwrap_or(word_run);
    let charged = sized(i, word_run)
        && plain_run
        && i > 0
        && charge_at < units.len()
        && doc.has(&units[i - 1], |c| {
            matches!(c, Cue::Verb(r, _) if doc.lex.frame(*r).is_some_and(|f| {
                f.object.contains(EntityType::Person)
                    && f.claim.iter().any(|w| w == doc.word(&units[charge_at]) && matches!(w.as_str(), "of" | "for" | "over"))
            }))
        });
    // "imposed sanctions on Zhao Wei", "had sanctioned Ilan Shor, the …", "Horacio
    // Cartes was sanctioned by …": a name of two or three words that a relation
    // taking people acts on, after its noun and the word taking its object, after
    // its verb before a comma, or before its passive.
    let takes_people = |r: &Relation| {
        doc.lex.frame(*r).is_some_and(|f| {
            f.object.contains(EntityType::Person) && !f.object.contains(EntityType::Crossing)
        })
    };
    let after_noun = i >= 2
        && doc.has(&units[i - 2], |c| {
            matches!(c, Cue::Noun(r) if takes_people(r) && doc.lex.frame(*r).is_some_and(|f| {
                f.noun_object.iter().any(|w| w == doc.word(&units[i - 1]))
            }))
        });
    // Whether the unit before the name is a verb of a relation whose frame `fits`.
    let verb_of = |fits: &dyn Fn(&Relation) -> bool| {
        i >= 1 && doc.has(&units[i - 1], |c| matches!(c, Cue::Verb(r, _) if fits(r)))
    };
    let verb_before = verb_of(&takes_people);
    let after_verb = verb_before
        && (doc.is_punct(units, word_run, ",")
            // "The United States sanctioned Zhao Wei in 2018 …": only for a relation its
            // object bears (sanctions; "The AU condemned Ansar Dine on Tuesday" names a
            // group as often as a man).
            || time_after(doc, units, word_run).is_some()
                && verb_of(&|r| doc.lex.frame(*r).is_some_and(|f| f.borne_under)));
    // (Not an active perfect: "had sanctioned drivers hired by Thailand".)
    let passive_at = |at: usize| {
        (doc.is_word(units, at, &["was", "were"])
            || doc.is_word(units, at, &["has", "had", "have"])
                && doc.is_word(units, at + 1, &["been"]))
            && (at + 1..at + 3).any(|k| {
                doc.has_at(units, k, |c| {
                    matches!(c, Cue::Verb(r, f) if takes_people(r) && f.has(crate::lexicon::Forms::PARTICIPLE))
                })
            })
            // (A few words may stand between: "were sanctioned on Thursday by".)
            && (at + 1..(at + 6).min(units.len()))
                .take_while(|&k| units[k].kind != UnitKind::Punct)
                .any(|k| doc.is_word(units, k, &["by"]))
    };
    let passive = passive_at(word_run);
    let event = doc.lex.words.event_openers.contains(doc.word(&units[i]));
    let noun_object =
        sized(i, word_run) && plain_run && !event && (after_noun || after_verb || passive);
    // ("imposed sanctions on Zorak Transit, a haulage company": a business, below.)
    // "Autotransportes Bravo del Norte, a Juárez haulage company, was sanctioned by":
    // before a passive past the apposition that opens at the comma ending the name at
    // `end` — a name that opens there, not one a capitalised word before it may open
    // ("Balkan Express Logistics, a haulage firm, …").
    let name_opens = i == 0 || !doc.capitalised(&units[i - 1]);
    let passive_past = |end: usize| {
        name_opens
            && (end + 1..(end + 10).min(units.len()))
                .find(|&k| units[k].kind == UnitKind::Punct)
                .is_some_and(|c| doc.is_punct(units, c, ",") && passive_at(c + 1))
    };
    if let Some(end) = business_name_end(doc, units, i)
        .filter(|&end| (after_noun || verb_before || passive_past(end)) && !event)
    {
        let e = doc.found_entity(&label(i, end), EntityType::Organisation, None);
        out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
        return Some(end);
    }
    if charged || noun_object {
        let charge_at = if charged { charge_at } else { word_run };
        let second = if charged { second } else { None };
        let mut names = vec![(i, word_run)];
        names.extend(second.map(|r2| (word_run + 1, r2)));
        for (n, &(a, b)) in names.iter().enumerate() {
            // A group when an article opens it or a body's word ends it ("Huawei
            // Technologies" is no man).
            let group = doc.lex.words.group_articles.contains(doc.word(&units[a]))
                || doc.lex.words.org_heads.contains(doc.word(&units[b - 1]))
                || doc
                    .lex
                    .words
                    .business_nouns
                    .contains(doc.word(&units[b - 1]));
            let kind = if group {
                EntityType::Organisation
            } else {
                EntityType::Person
            };
            let e = doc.found_entity(&label(a, b), kind, None);
            if n > 0 {
                out.push(units[a - 1]);
            }
            out.push(Unit::merge(units, a, b - 1, UnitKind::Found(e)));
        }
        return Some(charge_at);
    }
    None
}
