//! Statements: who says what (quotations, "said that …", inverted attributions) and
//! reported speech that is itself a fact of a frame with `acts`: "X said Y was behind
//! the attack" is an accusation by X against Y.

use super::discourse::{resolve, Memory};
use super::doc::{Doc, Ent};
use super::english::{clause_end, span_text, subject_of, BE, PREPOSITIONS};
use super::frames::{Candidate, Ctx};
use super::units::UnitKind;
use super::view::{Head, Sentence};
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Modality, Relation};

mod actor;
mod acts;
mod dismissals;
use actor::act_in;
use acts::act_at;
pub(super) use acts::act_by;
pub use dismissals::dismissals;

/// Forms of "be" and "have" skipped at the start of a reported claim.
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "had", "have", "that", "of",
];

/// Reads the statement whose verb of saying is at unit `v`.
pub fn says(cx: &Ctx<'_, '_, '_>, v: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let w = doc.word(&s.units[v]);
    // "dismissed the claims", "their remarks": a noun after an article or a
    // possessive, no verb ("both said" stays a verb).
    if v > 0
        && (doc.is_word(
            s.units,
            v - 1,
            &[
                "the", "a", "an", "its", "their", "his", "her", "our", "such", "these", "those",
                "'s", "'",
            ],
        ) || doc
            .entity_cue(&s.units[v - 1])
            .is_some_and(|(_, k)| k == MentionKind::Demonym)
            // "rejected claims by Athens that …", "amid claims that …": a word that is
            // also a charge's noun, as the object of a verb or a preposition ("continued
            // to insist" stays a verb).
            || doc.has(&s.units[v], |c| *c == Cue::Charge)
                && (doc.has_at(s.units, v - 1, |c| matches!(c, Cue::Verb(..) | Cue::Governor(..)))
                    || doc.is_word(s.units, v - 1, PREPOSITIONS) && !doc.is_word(s.units, v - 1, &["to"])))
    {
        return;
    }
    // "had fired warning shots": a gerund between a verb and its object's noun
    // modifies the noun ("kept warning residents" and "were warning" stay verbs).
    if w.ends_with("ing") && gerund_modifies(doc, s, v) {
        return;
    }
    // "quoted X as saying": the speaker is the person quoted.
    let speaker = if matches!(w, "saying") {
        if doc.is_punct(s.units, v.wrapping_sub(1), ",") {
            // "X rejected the claims, saying …", "X went further, saying …": the
            // subject of the clause the participle hangs on.
            subject_of(doc, s, v)
        } else if doc.is_word(s.units, v.wrapping_sub(1), &["as"]) {
            (0..s.phrases.len()).rev().find(|&p| {
                s.phrases[p].end <= v
                    && matches!(s.phrases[p].head, Head::Ent(e, _) if doc.etype(e) == EntityType::Person)
            })
        } else {
            return;
        }
    } else if w == "adding" {
        subject_of(doc, s, v)
    } else {
        // Inverted: `"…," said Laanemets`; right after a closing quotation the speaker
        // follows (the quotation's own subject is no speaker: `"… that China lets
        // through, we will clear," said Wazir Farrukh Baig`).
        let inverted = s
            .phrase(v + 1)
            .filter(|_| v > 0 && s.units[v - 1].kind == UnitKind::Punct);
        let closing_quote =
            |k: usize| doc.is_punct(s.units, k, "\"") || doc.is_punct(s.units, k, "”");
        // A quotation opening the sentence (`"…," said X`), not a quoted title or term
        // (`The statement, entitled "Setting the record straight," said …`).
        let opens_sentence = s
            .units
            .first()
            .is_some_and(|u| u.kind == UnitKind::Punct && matches!(doc.word(u), "\"" | "“"));
        let quoted_before = v > 0
            && (closing_quote(v - 1)
                || v > 1 && doc.is_punct(s.units, v - 1, ",") && closing_quote(v - 2));
        let after_quote = opens_sentence && quoted_before;
        if after_quote {
            inverted.or_else(|| subject_of(doc, s, v))
        } else if quoted_before {
            // After a quoted title or term, the speaker is the subject before it.
            subject_of(doc, s, v)
        } else {
            subject_of(doc, s, v).or(inverted)
        }
    };
    let Some(sp) = speaker else { return };
    let Some(subject) = resolve(doc, cx.m, s, sp, None) else {
        return;
    };
    let Ent::Lex(si) = subject else { return };
    let le = doc.ent(si);
    if le.media || !le.entity.etype.can_act() {
        return;
    }
    // What was said: the clause after the verb ("said that …"), else the quotation
    // (`"…," X said`), else the clause before the speaker ("…, X said on Nov. 22").
    let end = clause_end(doc, s, v + 1);
    let mut c = v + 1;
    if doc.is_word(s.units, c, &["on", "in"]) && s.dates.iter().any(|(at, _)| *at == c + 1) {
        c += 1;
    }
    while c < end
        && (s.dates.iter().any(|(at, _)| *at == c)
            || doc
                .word(&s.units[c])
                .chars()
                .all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ','))
    {
        c += 1;
    }
    // "told reporters that …", "telling parliament that …", "said in an interview with
    // a newspaper that …": past the addressee or an adjunct with no verb of its own.
    if !doc.is_word(s.units, c, &["that"]) {
        if let Some(t) = (c..(c + 10).min(end))
            .take_while(|&j| {
                s.units[j].kind != UnitKind::Punct
                    && !doc.is_word(s.units, j, BE)
                    && !doc.is_word(s.units, j, FINITE_HELPERS)
                    && !doc.has(&s.units[j], |cue| matches!(cue, Cue::Verb(..)))
            })
            .find(|&j| doc.is_word(s.units, j, &["that"]))
        {
            c = t;
        }
    }
    let complement = if doc.is_word(s.units, c, &["that"]) {
        c += 1;
        true
    } else {
        s.units.get(c).is_some_and(|u| {
            u.kind != UnitKind::Punct
                && !PREPOSITIONS.contains(&doc.word(u))
                && doc.word(u) != "as"
                && !doc.has(u, |c| {
                    matches!(c, Cue::AttributionBefore | Cue::AttributionAfter)
                })
                && doc.entity_cue(u).is_none_or(|(i, _)| !doc.ent(i).media)
        }) && !(doc.is_word(s.units, c, &["the", "a"])
            && s.units
                .get(c + 1)
                .and_then(|u| doc.entity_cue(u))
                .is_some_and(|(i, _)| doc.ent(i).media))
    };
    // The words after an inverted speaker are the speaker's apposition, not what was
    // said: `"…," said Kiros Hagos, Zalambessa's town administrator`.
    let after = (complement && s.phrases[sp].start < v)
        .then(|| span_text(doc, s, c, end))
        .flatten()
        .filter(|t| t.split_whitespace().count() >= 3);
    let quote = quoted(&s.evidence.sentence);
    // Before the speaker only when the speaker opens a new clause: `…, X said`.
    let mut speaker_at = s.phrases[sp].start;
    if doc.is_word(s.units, speaker_at.wrapping_sub(1), &["the"]) {
        speaker_at -= 1;
    }
    let speaker_opens = speaker_at > 0 && s.units[speaker_at - 1].kind == UnitKind::Punct;
    let before = {
        let b = (0..speaker_at)
            .rev()
            .find(|&k| s.units[k].kind != UnitKind::Punct)
            .map_or(0, |k| k + 1);
        speaker_opens
            .then(|| span_text(doc, s, 0, b))
            .flatten()
            .filter(|t| t.split_whitespace().count() >= 3)
    };
    let Some(claim) = after.or(quote).or(before) else {
        return;
    };
    let date = s.date_near(v);
    let disclaimed = complement && disclaims(cx, c, end, subject);
    if disclaimed {
        // "Vientiane insisted it had done nothing wrong": a denial, not a charge.
        out.push(Candidate {
            subject,
            relation: Relation::DENIES,
            object: None,
            claim: span_text(doc, s, c, end),
            modality: Modality::Asserted,
            date: date.clone(),
            inferred: false,
        });
    }
    out.push(Candidate {
        subject,
        relation: Relation::SAYS,
        object: None,
        claim: Some(claim),
        modality: Modality::Asserted,
        date: date.clone(),
        inferred: false,
    });
    // "said the claim that Cambodian troops had fired first was false": what was said
    // is about a charge, not the charge itself.
    // So is the clause before a speaker who closes the sentence, when an owner's charge
    // opens it: "(But) Warsaw's accusations that the Kremlin was behind the flights were
    // 'an absurd fantasy', she said" (the charge is Warsaw's; not a speaker whose own
    // complement follows: "…, and X said Congolese troops were backing the FDLR").
    let charge_at = |k: usize| {
        let noun = if doc.is_word(
            s.units,
            k,
            &["the", "these", "those", "such", "this", "that"],
        ) {
            k + 1
        } else {
            match s.phrase(k).filter(|&p| s.phrases[p].possessive) {
                Some(p) => {
                    s.phrases[p].end
                        + usize::from(doc.is_word(s.units, s.phrases[p].end, &["'s", "'"]))
                }
                None => return false,
            }
        };
        doc.has_at(s.units, noun, |cue| *cue == Cue::Charge)
            && doc.is_word(s.units, noun + 1, &["that"])
    };
    let closing_speaker = !complement && speaker_opens;
    let first = (0..s.units.len())
        .find(|&k| {
            s.units[k].kind != UnitKind::Punct
                && !doc.is_word(s.units, k, &["but", "and", "however", "yet"])
        })
        .unwrap_or(0);
    let about_a_charge = (complement && charge_at(c))
        || (closing_speaker && first < s.phrases[sp].start && charge_at(first));
    if !disclaimed && !about_a_charge {
        reported(cx, v, sp, subject, end, date, out);
    }
}

/// Whether the gerund at `v` modifies the noun after it, one of the lexicon's
/// `gerund_nouns`: "fired warning shots", "ignored warning signs" (not "was filmed
/// telling troops that …", "kept warning residents").
fn gerund_modifies(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    s.units
        .get(v + 1)
        .is_some_and(|u| doc.lex.words.gerund_nouns.contains(doc.word(u)))
}

/// Whether unit `v` is a verb of charging (words.toml `charging`) whose "that" follows
/// past a date: "charged on Wednesday that Zimbabwean soldiers had …" (right before
/// "that" it is the accuses frame's own verb, "charged that").
pub fn charged_that(cx: &Ctx<'_, '_, '_>, v: usize) -> bool {
    let (doc, s) = (cx.doc, cx.s);
    if !doc.lex.words.charging.contains(doc.word(&s.units[v])) {
        return false;
    }
    let dated = |k: usize| {
        s.dates.iter().any(|(at, _)| *at == k)
            || doc.is_word(
                s.units,
                k,
                &["on", "late", "early", "yesterday", "today", "again"],
            )
    };
    let mut k = v + 1;
    while k < (v + 5).min(s.units.len()) && dated(k) {
        k += 1;
    }
    k > v + 1 && doc.is_word(s.units, k, &["that"])
}

/// Helpers that make a finite verb group: one before "that" opens a clause of its own
/// ("said Russia had shown that …"), so that "that" opens no complement of the verb.
const FINITE_HELPERS: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "did", "does",
    "do",
];

/// Whether what was said from unit `c` to `end` is the speaker's word that it did no
/// wrong: the speaker (or a pronoun) followed, within a few words, by one of the
/// lexicon's `innocence` phrases ("it had nothing to do with the attack").
fn disclaims(cx: &Ctx<'_, '_, '_>, c: usize, end: usize, speaker: Ent) -> bool {
    let (doc, s) = (cx.doc, cx.s);
    // The speaker, or the state it speaks for ("a Lao spokesman said Laos had …").
    let own = state_of_actor(doc, cx.m, speaker);
    let by_speaker = doc.is_word(s.units, c, &["it", "we", "they", "he", "she", "i"])
        || s.phrase(c)
            .and_then(|p| resolve(doc, cx.m, s, p, None))
            .is_some_and(|e| e == speaker || own.is_some() && state_of_actor(doc, cx.m, e) == own);
    if !by_speaker {
        return false;
    }
    innocence_in(doc, s, c, end.min(c + 10))
}

/// Whether units `from..to` hold one of the lexicon's `innocence` phrases ("had
/// nothing to do with", "did nothing wrong").
fn innocence_in(doc: &Doc<'_>, s: &Sentence<'_>, from: usize, to: usize) -> bool {
    let Some(text) = span_text(doc, s, from, to) else {
        return false;
    };
    let text = crate::text::fold(&text);
    doc.lex
        .words
        .innocence
        .iter()
        .any(|p| text.contains(p.as_str()))
}

/// Reported speech whose content is an act of a frame (`acts`): "X said (that) Y was
/// behind …", "… Russia, which he said was using migrants to …", and inverted: "Moscow
/// is trying to destabilise …, ISW said". The object is the state named closest before
/// the act, with no hedge between them.
fn reported(
    cx: &Ctx<'_, '_, '_>,
    v: usize,
    sp: usize,
    subject: Ent,
    end: usize,
    date: Option<String>,
    out: &mut Vec<Candidate>,
) {
    let (doc, s) = (cx.doc, cx.s);
    let a = s.phrases[sp].start;
    let found = if a > 0 && doc.is_word(s.units, a - 1, &["which", "who"]) {
        // The antecedent: the phrase just before "which" (past a quote and comma).
        let Some(op) = s.phrase_at[..a - 1].iter().rposition(|p| p.is_some()) else {
            return;
        };
        if a - 1 - op > 3 {
            return;
        }
        let Some(p) = s.phrase(op) else { return };
        let obj = resolve(doc, cx.m, s, p, Some(subject));
        let act = (v + 1..end).find_map(|j| act_at(doc, s, j));
        obj.zip(act).map(|(o, r)| (o, r, v + 1, end))
    } else {
        // "told Afghan officials that …": the addressee is no actor of what was said.
        let from = (v + 1..(v + 12).min(end))
            .take_while(|&j| s.units[j].kind != UnitKind::Punct)
            .find(|&j| doc.is_word(s.units, j, &["that"]))
            .filter(|_| {
                doc.lex
                    .words
                    .addressee_verbs
                    .contains(doc.word(&s.units[v]))
            })
            .map_or(v + 1, |j| j + 1);
        act_in(cx, from, end, subject)
            .or_else(|| {
                // "told reporters that the road was closed, and that soldiers of the
                // SSPDF had opened fire": what was said goes on in the next clause
                // opened by "and that".
                let mut at = end;
                while let Some(next) = next_complement(doc, s, at) {
                    let stop = clause_end(doc, s, next);
                    if let Some(found) = act_in(cx, next, stop, subject) {
                        return Some(found);
                    }
                    at = stop;
                }
                None
            })
            .or_else(|| {
                // Inverted attribution: the statement stands before the speaker.
                let before_end = (0..a)
                    .rev()
                    .find(|&k| s.units[k].kind != UnitKind::Punct)
                    .map_or(0, |k| k + 1);
                let opens = a > 0 && s.units[a - 1].kind == UnitKind::Punct;
                opens
                    .then(|| act_in(cx, 0, before_end, subject))
                    .flatten()
                    .map(|(o, r, _, stop)| (o, r, 0, stop))
            })
    };
    if let Some(found) = found {
        out.extend(charge(cx, subject, found, date));
    }
}

/// Where a further complement of the same verb of saying starts when the clause ending
/// at unit `end` is followed by "(,) and that" or "(,) but that".
fn next_complement(doc: &Doc<'_>, s: &Sentence<'_>, end: usize) -> Option<usize> {
    let k = end + usize::from(doc.is_punct(s.units, end, ","));
    (doc.is_word(s.units, k, &["and", "but"]) && doc.is_word(s.units, k + 1, &["that"]))
        .then_some(k + 2)
}

/// The charge by `subject` that [`act_in`] found (object, relation, claim start and
/// end), unless the object cannot be accused or is the subject itself; the claim
/// starts past forms of "be" and "have".
fn charge(
    cx: &Ctx<'_, '_, '_>,
    subject: Ent,
    (object, relation, mut c, stop): (Ent, Relation, usize, usize),
    date: Option<String>,
) -> Option<Candidate> {
    let (doc, s) = (cx.doc, cx.s);
    if !accusable(doc, object) || object == subject {
        return None;
    }
    while c < stop && doc.is_word(s.units, c, COPULAS) {
        c += 1;
    }
    Some(Candidate {
        subject,
        relation,
        object: Some(object),
        claim: span_text(doc, s, c, stop),
        modality: Modality::Asserted,
        date,
        inferred: false,
    })
}

/// Whether reported speech can make `e` the object of an accusation: a state, or an
/// organisation that is not a news outlet ("Israel said Hamas had fired …").
fn accusable(doc: &Doc<'_>, e: Ent) -> bool {
    match e {
        Ent::Lex(i) => match doc.ent(i).entity.etype {
            EntityType::State | EntityType::Person => true,
            EntityType::Organisation => !doc.ent(i).media,
            _ => false,
        },
        Ent::Crossings(..) | Ent::Airspace(_) => false,
    }
}

fn state_of_actor(doc: &Doc<'_>, m: &Memory, e: Ent) -> Option<u32> {
    match doc.etype(e) {
        EntityType::Person => m.state_of_person(doc, e),
        _ => doc.state_of(e),
    }
}

/// The quoted passages of a sentence, joined with " … ".
fn quoted(sentence: &str) -> Option<String> {
    let mut parts = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(i + c.len_utf8()),
            ('"', None) => open = Some(i + 1),
            ('”' | '"', Some(o)) => {
                let q = sentence[o..i].trim().trim_end_matches(',').trim();
                if q.split_whitespace().count() >= 4 {
                    parts.push(q.to_string());
                }
                open = None;
            }
            _ => {}
        }
    }
    (!parts.is_empty()).then(|| parts.join(" … "))
}

/// A claim named by a noun, which is its owner's reported speech: "Greece's claim that
/// Turkish coast guards had pushed migrants back", "claims by Athens that …", "Greek
/// suggestions that …" (nouns of the lexicon's `charges`). When what is claimed is an
/// act of another, it is the owner's charge, as for "X said Y had …".
pub fn claimed(cx: &Ctx<'_, '_, '_>, v: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    if !doc.has(&s.units[v], |c| *c == Cue::Charge) {
        return;
    }
    // The owner: "by X" after the noun, else a possessive or demonym before it (past
    // plain adjectives: "Greece's repeated claims").
    let (owner, that) = if doc.is_word(s.units, v + 1, &["by", "from"]) {
        let Some(p) = s.phrase(v + 2) else { return };
        (p, s.phrases[p].end)
    } else {
        let mut k = v;
        // (Lower-case words only, no preposition: not "Turkey's response to claims".)
        let adjective = |j: usize| {
            s.units[j].kind != UnitKind::Punct
                && s.phrase(j).is_none()
                && doc.entity_cue(&s.units[j]).is_none()
                && !doc.has(&s.units[j], |c| matches!(c, Cue::Verb(..)))
                && !doc.capitalised(&s.units[j])
                && !PREPOSITIONS.contains(&doc.word(&s.units[j]))
                && !super::english::DETERMINERS.contains(&doc.word(&s.units[j]))
        };
        while k > 0 && v - k < 3 && adjective(k - 1) {
            k -= 1;
        }
        let Some(p) = k.checked_sub(1).and_then(|j| s.phrase(j)) else {
            return;
        };
        // (A demonym only right before the noun: "Greek claims", not "Turkish
        // opposition claims".)
        let owns = s.phrases[p].end == k
            && (s.phrases[p].possessive
                || k == v && matches!(s.phrases[p].head, Head::Ent(_, MentionKind::Demonym)));
        if !owns {
            return;
        }
        (p, v + 1)
    };
    if !doc.is_word(s.units, that, &["that"]) {
        return;
    }
    let Some(subject) = resolve(doc, cx.m, s, owner, None) else {
        return;
    };
    let Ent::Lex(si) = subject else { return };
    let le = doc.ent(si);
    if le.media || !le.entity.etype.can_act() {
        return;
    }
    let end = clause_end(doc, s, that + 1);
    if let Some(found) = act_in(cx, that + 1, end, subject) {
        out.extend(charge(cx, subject, found, s.date_near(v)));
    }
}
