//! Who did the act a statement reports: the state or body named before it ("Kenya
//! said Somali forces crossed into Mandera"), past its own adjuncts and a first verb
//! phrase, or named after it by "by".

use super::super::discourse::resolve;
use super::super::doc::{Doc, Ent};
use super::super::english::{past_members, AUXILIARIES};
use super::super::frames::Ctx;
use super::super::modality::conditioned;
use super::super::units::UnitKind;
use super::super::view::{Head, Sentence};
use super::acts::{act_at, agent_act_at, incursion_owner};
use super::{accusable, innocence_in, state_of_actor};
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Relation};

/// In units `from..to`, a state named before an act: the state, the act's relation,
/// where the claim starts (after the state) and where it ends.
pub(super) fn act_in(
    cx: &Ctx<'_, '_, '_>,
    from: usize,
    to: usize,
    speaker: Ent,
) -> Option<(Ent, Relation, usize, usize)> {
    let (doc, s) = (cx.doc, cx.s);
    // "X said soldiers were killed", "too precious to be held hostage": a passive act
    // names its victim, not its author; its author, if named, follows "by" or "from"
    // ("had been shot in the back by a Greek border patrol").
    let be = |j: usize| {
        j > 0
            && doc.is_word(
                s.units,
                j - 1,
                &["was", "were", "be", "been", "being", "is", "are"],
            )
            // "was giving shelter" is progressive, not passive.
            && !doc.word(&s.units[j]).split(' ').next().is_some_and(|w| w.ends_with("ing"))
    };
    // A headline's passive without its helper: "Two Thai rangers wounded in dawn
    // firefight" (a participle right after the noun opening the sentence, then a
    // preposition; not "said soldiers attacked in broad daylight").
    let opens = |p: usize| {
        (0..s.phrases[p].start).all(|k| {
            s.units[k].kind == UnitKind::Punct
                || doc.is_word(s.units, k, super::super::english::DETERMINERS)
                || doc.word(&s.units[k]).chars().all(|c| c.is_ascii_digit())
        })
    };
    let reduced = |j: usize| {
        j > 0
            // (Not a possessive's noun: "treat their wounded on Algerian soil".)
            && s.phrase(j - 1).is_some_and(|p| !s.phrases[p].possessive && opens(p))
            && doc.word(&s.units[j]).ends_with("ed")
            && !doc.word(&s.units[j]).contains(' ')
            && doc.is_word(s.units, j + 1, &["in", "at", "on", "during", "near", "after"])
    };
    let be = |j: usize| be(j) || reduced(j);
    let agent_after =
        |j: usize| (j + 1..(j + 6).min(to)).find(|&k| doc.is_word(s.units, k, &["by", "from"]));
    // "to fight smuggling and terrorism", "against the trafficking of": the act is
    // opposed; not "to stop Thailand's aggression" (whose author is named) nor "did
    // nothing to stop smuggling" (failing to oppose it is the charge).
    let countered = |j: usize| {
        let counter = (j.saturating_sub(4).max(from)..j)
            .rev()
            .take_while(|&k| s.units[k].kind != UnitKind::Punct && s.phrase(k).is_none())
            .find(|&k| doc.lex.words.countering.contains(doc.word(&s.units[k])));
        counter.is_some_and(|c| {
            !(c.saturating_sub(7)..c).any(|k| {
                doc.lex
                    .words
                    .failing_to_counter
                    .contains(doc.word(&s.units[k]))
                    || doc.has(&s.units[k], |x| *x == Cue::Negation)
            })
        })
    };
    let (q, relation) = (from..to).find_map(|j| {
        act_at(doc, s, j)
            .filter(|_| (!be(j) || agent_after(j).is_some()) && !countered(j))
            // "could reopen if Afghan authorities withdrew armed men": a condition,
            // not a charge.
            .filter(|_| !conditioned(doc, s, from, j))
            // "said Kenyan officials did nothing wrong": innocence, not an act.
            .filter(|_| !innocence_in(doc, s, j, (j + 5).min(to)))
            .map(|r| (j, r))
    })?;
    let speaker_state = state_of_actor(doc, cx.m, speaker);
    // Before an act named with its agent stands its target, not its author ("Sudanese
    // positions came under an attack by the RSF").
    // So does the subject of a copula before the act and its agent: "It was a
    // calculated provocation by Yerevan" names Yerevan, not what "it" is.
    let copula_agent = agent_after(q).is_some()
        && (from..q).any(|j| doc.is_word(s.units, j, &["was", "is", "were", "are"]));
    let mut k = if be(q) || agent_act_at(doc, s, q) || copula_agent {
        from
    } else {
        q
    };
    // "were acting under an agreement with Tskhinvali and had detained trespassers":
    // an act in a second verb phrase shares the first's subject, so a name ending the
    // first (no verb between it and "and") is part of it, not who acted ("fighters
    // allied with Eritrea crossed the border and attacked" names Eritrea in the
    // subject).
    let and_at = {
        let mut j = q;
        while j > from && doc.is_word(s.units, j - 1, AUXILIARIES) {
            j -= 1;
        }
        (j > from && doc.is_word(s.units, j - 1, &["and"])).then_some(j - 1)
    };
    let verb_like = |x: usize| {
        let w = doc.word(&s.units[x]);
        doc.is_word(s.units, x, AUXILIARIES)
            || doc.has(&s.units[x], |c| matches!(c, Cue::Verb(..)))
            || (w.ends_with("ed") && !w.contains(' '))
            || IRREGULAR_PAST.contains(&w)
    };
    let in_first_verb_phrase = |ph: &super::super::view::Phrase| {
        and_at.is_some_and(|a| {
            ph.end <= a
                && !(ph.end..a).any(verb_like)
                && (s
                    .phrases
                    .iter()
                    .any(|q| q.start >= from && q.end < ph.start)
                    || (from..ph.start).any(verb_like))
        })
    };
    let mut claim_from = 0;
    while k > from {
        k -= 1;
        let u = &s.units[k];
        // "nobody fired at children", "nobody in the capital is defending those who
        // …": no one acts (but "Rwandan soldiers, none of whom wore insignia, fired at"
        // do).
        let no_one = if doc.is_word(s.units, k, &["no"]) && doc.is_word(s.units, k + 1, &["one"]) {
            2
        } else {
            doc.is_word(s.units, k, &["nobody", "none", "no-one"]) as usize
        };
        if no_one > 0 && !doc.is_word(s.units, k + no_one, &["of", "whom", "who"]) {
            return None;
        }
        // A verb of a frame between them is read by its own rule.
        if doc.has(u, |c| {
            matches!(c, Cue::Hedge | Cue::Negation | Cue::Noun(_))
                || matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS || cx.doc.lex.frame(*r).is_some_and(|f| f.object_claim || f.relation == relation))
        }) {
            return None;
        }
        let Some(p) = s.phrase(k) else { continue };
        let ph = &s.phrases[p];
        // "No Eritrean troops fired at our positions".
        if ph.start < from || (ph.start > 0 && doc.is_word(s.units, ph.start - 1, &["no"])) {
            return None;
        }
        k = ph.start;
        // (Nor the place after "in" of a state's forces: "Iranian forces in Syria
        // fired rockets" names Iran.)
        let forces_in = ph.start > 1
            && doc.is_word(s.units, ph.start - 1, &["in", "inside"])
            && s.phrase(ph.start - 2).is_some_and(|q| {
                s.phrases[q].end == ph.start - 1
                    && s.phrases[q].start >= from
                    && matches!(s.phrases[q].head, Head::Ent(e, _)
                        if matches!(doc.etype(e), EntityType::State | EntityType::Organisation))
            });
        if in_first_verb_phrase(ph) || forces_in {
            // (The claim starts past the place: "fired rockets", not "in Syria fired".)
            if forces_in {
                claim_from = ph.end;
            }
            continue;
        }
        // A bare demonym ("Russian border") names no actor.
        if matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) && ph.end - ph.start == 1 {
            continue;
        }
        // "Al-Shabaab said (that) it had carried out the raid": a pronoun opening what
        // was said is the speaker; it tells of its own act.
        // "he" after a state is someone else ("Ukraine said he had ordered the
        // strikes"): only a pronoun of the speaker's kind is the speaker.
        let speaker_person = doc.etype(speaker) == EntityType::Person;
        if matches!(ph.head, Head::Pronoun { person } if person == speaker_person)
            && (ph.start == from || doc.is_word(s.units, ph.start - 1, &["that"]))
        {
            return None;
        }
        // "Our units paid with their blood to fight smuggling": the speaker's own side
        // acts; nobody is accused.
        if doc.is_word(s.units, ph.start, &["our", "we", "us", "my"])
            || (ph.start > 0 && doc.is_word(s.units, ph.start - 1, &["our", "my"]))
        {
            return None;
        }
        // "sanctions on any SSPDF officers found to have armed the raiders": whoever
        // may have done it, nobody is said to have.
        if ph.start > 0 && doc.is_word(s.units, ph.start - 1, &["any", "whichever"]) {
            return None;
        }
        // A phrase that names no one ("officials", an unresolved pronoun) is not the
        // actor; one further back may be.
        let Some(e) = resolve(doc, cx.m, s, p, Some(speaker)) else {
            continue;
        };
        // "Pakistani forces remained inside Pakistani territory": one's own ground.
        let own_ground = incursion_owner(doc, s, q)
            .is_some_and(|o| o == e || doc.state_of(e).map(Ent::Lex) == Some(o));
        if accusable(doc, e)
            && !own_ground
            && doc.state_of(e) != speaker_state
            && Some(e) != speaker_state.map(Ent::Lex)
        {
            return Some((
                e,
                relation,
                past_aside(doc, s, ph.end, q).max(claim_from),
                to,
            ));
        }
    }
    // "the crossings were being organised from the Belarusian side", "directed from
    // Moscow": the actor after the act, unless the act is denied ("no record of any
    // driver being assaulted by the PRM").
    if let Some(j) = agent_after(q).filter(|_| !denied_before(doc, s, from, q)) {
        let k = j + 1 + doc.is_word(s.units, j + 1, &["the", "a", "an"]) as usize;
        // Past members of the actor: "by fighters of the RSF", "by gunmen linked to
        // La Línea", "by men loyal to the general".
        let k = past_members(doc, s, k);
        if let Some(p) = s.phrase(k) {
            let ph = &s.phrases[p];
            let side = matches!(ph.head, Head::Ent(_, MentionKind::Demonym))
                && doc.is_word(s.units, ph.end, &["side", "territory", "authorities"]);
            let named = matches!(
                ph.head,
                Head::Ent(_, MentionKind::Name | MentionKind::Metonym)
            );
            if side || named {
                if let Some(e) = resolve(doc, cx.m, s, p, Some(speaker)) {
                    if accusable(doc, e) && Some(e) != speaker_state.map(Ent::Lex) {
                        return Some((e, relation, from, to));
                    }
                }
            }
        }
    }
    None
}

/// Common irregular past tenses, which end a verb phrase's subject like "-ed" ones.
const IRREGULAR_PAST: &[&str] = &[
    "took", "went", "came", "fled", "shot", "hit", "made", "set", "ran", "broke", "fought", "held",
    "led", "sent", "struck", "began", "kept", "left", "stole", "drove", "threw",
];

/// Where a claim starts after its actor ends at `c`: past an aside set off between
/// them ("Thai rangers, known as Thahan Phran, had fired", "soldiers of the SSPDF
/// (the army) had entered"), not into the act at `q`.
pub(super) fn past_aside(doc: &Doc<'_>, s: &Sentence<'_>, c: usize, q: usize) -> usize {
    // An actor named inside brackets: "(SSPDF) had entered".
    if doc.is_punct(s.units, c, ")") {
        return c + 1;
    }
    if !(doc.is_punct(s.units, c, ",") || doc.is_punct(s.units, c, "(")) {
        return c;
    }
    (c + 1..q)
        .rev()
        .find(|&k| doc.is_punct(s.units, k, ",") || doc.is_punct(s.units, k, ")"))
        .map_or(c, |k| k + 1)
}

/// Whether the act at `q` is denied in its own clause (from `from` on): a negation in
/// its verb group ("had not been attacked by …") or words saying it did not happen
/// ("no record of any driver being assaulted by …"); not "no doubt", nor a negation
/// of another clause ("ruled out talks after its post was raided by …").
pub(super) fn denied_before(doc: &Doc<'_>, s: &Sentence<'_>, from: usize, q: usize) -> bool {
    let clause = (from.max(q.saturating_sub(8))..q)
        .rev()
        .take_while(|&k| {
            s.units[k].kind != UnitKind::Punct
                && !doc.is_word(
                    s.units,
                    k,
                    &["after", "before", "when", "while", "because", "since"],
                )
        })
        .collect::<Vec<_>>();
    let group = clause
        .iter()
        .take_while(|&&k| {
            doc.has(&s.units[k], |c| *c == Cue::Negation)
                || doc.is_word(
                    s.units,
                    k,
                    &[
                        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                    ],
                )
        })
        .any(|&k| doc.has(&s.units[k], |c| *c == Cue::Negation));
    let no_evidence = clause.iter().any(|&k| {
        doc.is_word(s.units, k, &["no"])
            && s.units.get(k + 1).is_some_and(|u| {
                let pair = format!("no {}", doc.word(u));
                doc.lex.words.no_evidence.contains(&pair)
            })
    });
    group || no_evidence
}
