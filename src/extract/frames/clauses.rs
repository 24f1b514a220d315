//! Clauses around a frame's verb: the object named before a relative clause ("NATO,
//! which Estonia joined"), the gap a relative clause leaves ("a crisis the EU
//! blamed"), complements ("held Minsk responsible") and the speaker reported after
//! the clause ("…, its spokesman said").

use super::*;
use crate::extract::english::apposition_comma;

/// The object of a verb in a relative clause set off by a comma, whose subject is
/// `subject_p`: "NATO, which Estonia joined in 2004", "Kapıköy, which Iran closed on
/// Monday" (the name before the comma, when the frame takes it as an object).
pub(super) fn relative_object(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    subject_p: Option<usize>,
) -> Option<Ent> {
    let s = cx.s;
    // "NATO, to which both Albania and Greece belong": from the first subject, past
    // "both".
    let mut start = coordinated_before(cx.doc, s, subject_p?)
        .into_iter()
        .map(|q| s.phrases[q].start)
        .min()?;
    // "Hezbollah, which the United States sanctioned": past the subject's article.
    if start > 0 && cx.is(start - 1, &["both", "the"]) {
        start -= 1;
    }
    if start < 3 || !cx.is(start - 1, &["which", "that"]) {
        return None;
    }
    // "The Arab League, to which Somalia belongs": the verb's preposition before
    // "which".
    let mut comma = if f
        .verb_object
        .iter()
        .any(|w| cx.is(start - 2, &[w.as_str()]))
    {
        start.checked_sub(3)?
    } else {
        start - 2
    };
    // "ECOWAS, the regional bloc to which Niger belongs": the bloc the apposition
    // names, as "the bloc" is read.
    if let Some(p) = s.phrase(comma).filter(|&p| s.phrases[p].head == Head::Bloc) {
        return cx
            .resolve(p, None)
            .filter(|e| f.object.contains(cx.doc.etype(*e)));
    }
    if !cx.doc.is_punct(s.units, comma, ",") {
        comma = apposition_comma(cx.doc, s, comma + 1)?;
    }
    if comma == 0 || !cx.doc.is_punct(s.units, comma, ",") {
        return None;
    }
    // "The Caribbean Community (CARICOM), to which Belize belongs": past the acronym.
    let mut named = comma - 1;
    if named >= 3
        && cx.doc.is_punct(s.units, named, ")")
        && cx.doc.is_punct(s.units, named - 2, "(")
    {
        named -= 3;
    }
    // "the Rafah crossing, which Israel closed in May": a frame acting on crossings
    // reads past the crossing's head noun to its name, when the actor is named (not
    // "which police closed"); not to a demonym ("the Iranian border crossing, which
    // Washington sanctioned"), nor to the last of names a dash stands between ("the
    // Caia–Badajoz crossing", a name not read as one).
    let actor_named = matches!(
        s.phrases[subject_p?].head,
        Head::Ent(_, MentionKind::Name | MentionKind::Metonym)
    );
    if named >= 2
        && actor_named
        && f.object.contains(EntityType::Crossing)
        && s.phrase(named).is_none()
        && cx.has(named, |c| {
            matches!(c, Cue::CrossingHead | Cue::CrossingNoun)
        })
        && s.phrase(named - 1).is_some_and(|p| {
            let a = s.phrases[p].start;
            matches!(s.phrases[p].head, Head::Ent(_, MentionKind::Name))
                && (a == 0 || !matches!(cx.word(a - 1), "-" | "–" | "—"))
        })
    {
        named -= 1;
    }
    match s.phrase(named).map(|p| s.phrases[p].head)? {
        Head::Ent(e, _) if f.object.contains(cx.doc.etype(e)) => Some(e),
        _ => None,
    }
}

/// Whether the verb at `v` ends a relative clause whose object is the noun before its
/// subject: "a crisis the EU blamed", "fire … that Baku blamed".
pub(super) fn relative_gap(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    let Some(p) = v.checked_sub(1).and_then(|k| s.phrase(k)) else {
        return false;
    };
    let start = s.phrases[p].start;
    let before = start.checked_sub(1);
    before.is_some_and(|b| {
        doc.is_word(s.units, b, &["that", "which"])
            || (s.units[b].kind == UnitKind::Word
                && !doc.is_word(s.units, b, &["and", "or", "but", "as", "while", "when"])
                && doc.cues(&s.units[b]).is_empty())
    })
}

/// "Kenya held Somalia responsible for the attack", "Brussels continues to hold Minsk
/// responsible": a verb of `complement_verbs`, its object, then the complement at `c`.
pub(super) fn complement(cx: &Ctx<'_, '_, '_>, f: &Frame, c: usize, out: &mut Vec<Candidate>) {
    let s = cx.s;
    let Some(v) = (c.saturating_sub(8)..c)
        .rev()
        .take_while(|&k| s.units[k].kind != UnitKind::Punct)
        .find(|&k| f.complement_verbs.iter().any(|w| w == cx.word(k)))
    else {
        return;
    };
    // The object fills the gap: "held [Minsk] responsible".
    let Some(p) = s.phrase(v + 1 + cx.is(v + 1, &["the"]) as usize) else {
        return;
    };
    if s.phrases[p].end > c {
        return;
    }
    let objects: Vec<Ent> = coordinated_after(cx.doc, s, p, c)
        .into_iter()
        .flat_map(|q| cx.resolve_all(q, None))
        .filter(|e| f.object.contains(cx.doc.etype(*e)))
        .collect();
    let subjects = cx.coordinated_speaker(v).unwrap_or_else(|| cx.subjects(v));
    let end = clause_end(cx.doc, s, c + 1);
    // "responsible for" may be one unit.
    let claim = if cx.word(c).ends_with(" for") {
        span_text(cx.doc, s, c + 1, end)
    } else {
        cx.claim_after(c + 1, &f.claim, end)
    };
    let modality = cx.modality_from(subject_of(cx.doc, s, v), v, end);
    let date = s.date_near(v);
    for subject in subjects {
        for &object in &objects {
            out.push(Candidate {
                subject,
                relation: f.relation,
                object: Some(object),
                claim: claim.clone(),
                modality,
                date: date.clone(),
                inferred: false,
            });
        }
    }
}

/// The person reported after the clause of the verb at `v`: "…, Belarusian leader
/// Alexander Lukashenko said on Sunday", "…, its spokesman told reporters".
pub(super) fn trailing_speaker(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<Ent> {
    (v + 2..cx.s.units.len())
        .filter(|&k| cx.has(k, |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS)))
        .find_map(|k| speaker_before(cx, v, k))
}

/// The person right before the verb of saying at `k`, opening a clause after `v`.
fn speaker_before(cx: &Ctx<'_, '_, '_>, v: usize, k: usize) -> Option<Ent> {
    let s = cx.s;
    let p = s.phrase(k - 1)?;
    let ph = &s.phrases[p];
    let Head::Ent(e, _) = ph.head else {
        return None;
    };
    if cx.doc.etype(e) != EntityType::Person {
        return None;
    }
    // The speaker opens its own clause after a comma, past its title ("Kremlin
    // spokesman", "the Belarusian leader").
    let mut a = ph.start;
    while a > v + 1
        && ph.start - a < 4
        && s.units[a - 1].kind != UnitKind::Punct
        && !cx.has(a - 1, |c| matches!(c, Cue::Verb(..)))
    {
        a -= 1;
    }
    (a > v + 1 && cx.doc.is_punct(s.units, a - 1, ",")).then_some(e)
}
