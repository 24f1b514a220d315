//! Charges dismissed in so many words: "called the accusations baseless", "said the
//! claims were lies", "dismissed the reports as fabricated" are denials by the speaker.

use super::*;

/// "called the accusations baseless", "said the claims were lies", "described the
/// reports as fabricated": a charge named with a dismissive word is denied by the
/// subject of the verb that names it.
pub fn dismissals(cx: &Ctx<'_, '_, '_>, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let words = &doc.lex.words;
    for c in 0..s.units.len() {
        if !doc.has(&s.units[c], |x| *x == Cue::Charge) {
            continue;
        }
        if let Some(d) = dismissed_by_speaker(cx, c) {
            out.push(d);
            continue;
        }
        // The dismissive word a few words after the charge, past "as", "were", "a";
        // or, after the charge's own "that" clause, closing it: "called the accusations
        // that her colleagues had looked the other way \"baseless\"".
        // (Or past what the charge is about: "called Nigeria's accusations about a
        // state-backed smuggling trade baseless".)
        let about = doc.is_word(s.units, c + 1, &["about", "over", "of", "on"]);
        let reach = if about { 10 } else { 5 };
        // (Past five words, only a dismissive word closing the phrase: not "accusations
        // of spreading disinformation were …".)
        let closes = |j: usize| s.units.get(j + 1).is_none_or(|u| u.kind == UnitKind::Punct);
        let dismissed = (c + 1..(c + reach).min(s.units.len()))
            .take_while(|&j| {
                // (A quotation mark opens what the charge was called: `"baseless"`.)
                (s.units[j].kind != UnitKind::Punct
                    || (about && doc.is_punct(s.units, j, "-"))
                    || matches!(doc.word(&s.units[j]), "\"" | "“"))
                    && !doc.has(&s.units[j], |x| matches!(x, Cue::Verb(..)))
            })
            .any(|j| words.dismissive.contains(doc.word(&s.units[j])) && (j < c + 5 || closes(j)));
        let own = doc
            .is_word(s.units, c + 1, &["that"])
            .then(|| closing_dismissal(cx, c + 2))
            .flatten();
        if !dismissed && own.is_none() {
            continue;
        }
        // The naming verb just before the charge: "called (the) accusations"; past a
        // longer owner only right before the charge's possessive: "called the Serbian
        // interior minister's claims" (not "said Minsk had again dismissed the
        // allegations": no verb between).
        let owned = c >= 1 && doc.is_word(s.units, c - 1, &["'s", "'", "’"]);
        let naming = |j: usize| words.naming_verbs.contains(doc.word(&s.units[j]));
        let Some(v) = (c.saturating_sub(4)..c)
            .rev()
            .find(|&j| naming(j))
            .or_else(|| {
                let v = (c.saturating_sub(7)..c.saturating_sub(4))
                    .rev()
                    .find(|&j| naming(j))?;
                let plain = (v + 1..c).all(|j| {
                    !doc.has(&s.units[j], |x| matches!(x, Cue::Verb(..)))
                        && !doc.is_word(s.units, j, super::super::english::AUXILIARIES)
                });
                (owned && plain).then_some(v)
            })
        else {
            continue;
        };
        // (A possessive is no break: "called Vienna's claims baseless".)
        if (v + 1..c)
            .any(|j| s.units[j].kind == UnitKind::Punct && !doc.is_word(s.units, j, &["'s", "'"]))
        {
            continue;
        }
        // A dismissive word closing the charge's own clause may be part of the charge
        // ("calls for a probe into claims that tally sheets were fabricated"): only
        // when the verb names the charge itself ("called the accusations that …").
        if !dismissed
            && !(v + 1..c).all(|j| doc.is_word(s.units, j, super::super::english::DETERMINERS))
        {
            continue;
        }
        let Some(sp) = subject_of(doc, s, v) else {
            continue;
        };
        let Some(subject) = resolve(doc, cx.m, s, sp, None) else {
            continue;
        };
        if !doc.etype(subject).can_act() {
            continue;
        }
        let claim = match own {
            Some(e) if !dismissed => span_text(doc, s, c + 2, e),
            _ => cx.m.last_accusation.clone(),
        }
        .or_else(|| span_text(doc, s, c, c + 1));
        out.push(denial(subject, claim, s.date_near(v)));
    }
}

/// Where the clause starting at `from` ends when a dismissive word closes it
/// (quotation marks aside), within 25 units: "… had looked the other way
/// \"baseless\",".
fn closing_dismissal(cx: &Ctx<'_, '_, '_>, from: usize) -> Option<usize> {
    let (doc, s) = (cx.doc, cx.s);
    let quote = |j: usize| {
        s.units[j].kind == UnitKind::Punct
            && matches!(doc.word(&s.units[j]), "\"" | "“" | "”" | "'" | "‘" | "’")
    };
    let end = (from..(from + 25).min(s.units.len()))
        .find(|&j| s.units[j].kind == UnitKind::Punct && !quote(j))
        .unwrap_or(s.units.len().min(from + 25));
    let last = (from..end).rev().find(|&j| !quote(j))?;
    if last <= from || !doc.lex.words.dismissive.contains(doc.word(&s.units[last])) {
        return None;
    }
    let mut clause_end = last;
    while clause_end > from && quote(clause_end - 1) {
        clause_end -= 1;
    }
    Some(clause_end)
}

/// An asserted denial by `subject` of what `claim` says.
fn denial(subject: Ent, claim: Option<String>, date: Option<String>) -> Candidate {
    Candidate {
        subject,
        relation: Relation::DENIES,
        object: None,
        claim,
        modality: Modality::Asserted,
        date,
        inferred: false,
    }
}

/// `"These allegations are groundless," Zakharova said`, "Costa Rica's accusation that
/// Panama broke the treaties was unfounded, said Panama's minister": a charge opening
/// the sentence, said to be false before the comma, is denied by who says so.
fn dismissed_by_speaker(cx: &Ctx<'_, '_, '_>, c: usize) -> Option<Candidate> {
    let (doc, s) = (cx.doc, cx.s);
    // The charge opens the sentence: only quotation marks, determiners or an owner's
    // possessive before it.
    let opens = (0..c).all(|j| {
        let u = &s.units[j];
        u.kind == UnitKind::Punct && matches!(doc.word(u), "\"" | "“" | "'" | "‘")
            || doc.is_word(
                s.units,
                j,
                &["the", "these", "those", "such", "this", "that", "all"],
            )
            || s.phrase(j).is_some_and(|p| s.phrases[p].possessive)
    });
    if !opens {
        return None;
    }
    // "… was (\"")unfounded" before the clause's comma.
    // (A comma may come with a closing quotation mark: `groundless,"`.)
    let marks =
        |j: usize, m: char| s.units[j].kind == UnitKind::Punct && doc.word(&s.units[j]).contains(m);
    let comma = (c + 1..s.units.len()).find(|&j| marks(j, ',') || marks(j, '.'))?;
    let dismissive = |j: usize| doc.lex.words.dismissive.contains(doc.word(&s.units[j]));
    let Some(d) = (c + 1..comma).find(|&j| dismissive(j)) else {
        return parenthetical(cx, c, comma);
    };
    let copula = (d.saturating_sub(2)..d).any(|j| doc.is_word(s.units, j, BE));
    if !copula {
        return None;
    }
    // Who says so, after the comma: "X said", "said X".
    let v = (comma + 1..s.units.len())
        .take_while(|&j| !marks(j, '.'))
        .find(|&j| doc.is_statement_verb(&s.units[j]))?;
    let sp = subject_of(doc, s, v)
        .filter(|&p| s.phrases[p].start > comma)
        .or_else(|| s.phrase(v + 1))?;
    let subject = resolve(doc, cx.m, s, sp, None)?;
    if !doc.etype(subject).can_act() {
        return None;
    }
    // "The claims that Rwanda backs the rebels are false": the charge says itself;
    // "These allegations are groundless" points back to the last one.
    let own = doc.is_word(s.units, c + 1, &["that"]);
    let claim = if own {
        span_text(doc, s, c + 2, d.saturating_sub(1))
    } else {
        cx.m.last_accusation
            .clone()
            .or_else(|| span_text(doc, s, c, comma))
    };
    Some(denial(subject, claim, s.date_near(v)))
}

/// "Kinshasa's accusations that Zambian police had provoked the violence were, she
/// said, \"baseless\"": the speaker set off by commas between the copula closing the
/// charge's clause (at `comma`) and the dismissive word.
fn parenthetical(cx: &Ctx<'_, '_, '_>, c: usize, comma: usize) -> Option<Candidate> {
    let (doc, s) = (cx.doc, cx.s);
    if !doc.is_word(s.units, comma - 1, BE) || !doc.is_punct(s.units, comma, ",") {
        return None;
    }
    let close = (comma + 1..(comma + 6).min(s.units.len()))
        .find(|&j| s.units[j].kind == UnitKind::Punct)
        .filter(|&j| doc.is_punct(s.units, j, ","))?;
    let v = (comma + 1..close).find(|&j| doc.is_statement_verb(&s.units[j]))?;
    let quote = |j: usize| {
        s.units[j].kind == UnitKind::Punct
            && matches!(doc.word(&s.units[j]), "\"" | "“" | "'" | "‘")
    };
    let d = (close + 1..s.units.len()).find(|&j| !quote(j))?;
    if !doc.lex.words.dismissive.contains(doc.word(&s.units[d])) {
        return None;
    }
    let sp = subject_of(doc, s, v).filter(|&p| s.phrases[p].start > comma)?;
    let subject = resolve(doc, cx.m, s, sp, None)?;
    if !doc.etype(subject).can_act() {
        return None;
    }
    let claim = if doc.is_word(s.units, c + 1, &["that"]) {
        span_text(doc, s, c + 2, comma - 1)
    } else {
        cx.m.last_accusation.clone()
    };
    Some(denial(subject, claim, s.date_near(v)))
}
