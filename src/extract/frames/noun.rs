//! Frames read from nouns: "the closure of Storskog", "Finland's accusations against Russia", "accusations by X of Y".

use super::*;

/// A noun of the frame at `v`: "Helsinki's accusations that …", "accusations by X
/// against Y", "imposed sanctions on X", "the closure of …", "traded accusations".
pub(super) fn noun(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, out: &mut Vec<Candidate>) {
    if f.borne_under && under(cx, f, v, out) {
        return;
    }
    let s = cx.s;
    let end = clause_end(cx.doc, s, v + 1);
    let date = s.date_near(v);
    // Where the noun phrase starts: past determiners and adjectives.
    // "imposed 13 packages of sanctions", "a new round of sanctions".
    let quantity_of = |k: usize| {
        cx.is(k, &["of"]) && k > 0 && cx.doc.lex.words.quantity_nouns.contains(cx.word(k - 1))
    };
    let mut start = v;
    while start > 0 && v - start < 5 {
        let k = start - 1;
        // "impose trade sanctions", "threatened Cambodia with trade sanctions": after the
        // noun's governing verb, a preposition or a determiner, "trade" is a modifier,
        // not the verb of another frame's noun ("trade accusations").
        let other_frames_verb = cx.has(
            k,
            |c| matches!(c, Cue::Governor(r) | Cue::Reciprocal(r) if *r != f.relation),
        );
        let modifier = k > 0
            && (cx.has(k - 1, |c| *c == Cue::Governor(f.relation))
                || other_frames_verb && (cx.is(k - 1, PREPOSITIONS) || cx.is(k - 1, DETERMINERS)));
        let plain = (s.units[k].kind == UnitKind::Word
            || modifier
                && matches!(s.units[k].kind, UnitKind::Cue(..))
                && cx.doc.entity_cue(&s.units[k]).is_none()
                && !cx.has(k, |c| matches!(c, Cue::Negation | Cue::Hedge)))
            && s.phrase(k).is_none();
        // "was carrying two members of the National Assembly": a progressive verb,
        // whose object opens with a determiner or number, ends the noun phrase; "was"
        // governs it, not the noun ("are founding members", "are sitting members" are
        // no verbs).
        let progressive = cx.word(k).ends_with("ing")
            && !cx.doc.lex.words.membership_qualifiers.contains(cx.word(k))
            && k > 0
            && cx.is(k - 1, super::super::english::BE)
            && (cx.is(k + 1, super::super::english::DETERMINERS)
                || cx.word(k + 1).starts_with(|c: char| c.is_ascii_digit()));
        // "ordered on Monday the immediate closure of …": a date between the verb
        // and its object.
        let dated = cx.is(k, &["on", "in"]) && s.dates.iter().any(|(at, _)| *at == k + 1);
        if plain
            && !progressive
            && (!PREPOSITIONS.contains(&cx.word(k)) || quantity_of(k) || dated)
            && !cx.has(k, |c| match c {
                Cue::Verb(..) => true,
                Cue::Governor(r) | Cue::Reciprocal(r) => !modifier || *r == f.relation,
                _ => false,
            })
        {
            start -= 1;
        } else {
            break;
        }
    }
    // The actor.
    let mut subjects: Vec<Ent> = Vec::new();
    let mut governor = None;
    let mut reciprocal = false;
    if let Some(p) = start
        .checked_sub(1)
        .and_then(|k| s.phrase(k))
        .filter(|&p| s.phrases[p].possessive)
    {
        // "The EU extended its sanctions on …": "its" after the governing verb is
        // the verb's subject.
        let own = matches!(
            s.phrases[p].head,
            Head::Pronoun { person: false } | Head::They
        );
        let g = s.phrases[p]
            .start
            .checked_sub(1)
            .filter(|&g| own && cx.has(g, |c| *c == Cue::Governor(f.relation)));
        if let Some(g) = g {
            governor = Some(g);
            subjects = cx.subjects(g);
        }
        // Else, or when the verb's subject names no one ("the ministry repeated its
        // accusation"), the pronoun's own referent.
        if subjects.is_empty() {
            subjects = cx.resolve_all(p, None);
        }
    }
    // "US sanctions on Iran", "Russian accusations against Finland": a name or
    // demonym right before the noun of an act against another, who is named.
    // ("Greek accusations that Turkish coast guards had …": the object in a clause.)
    let object_named = s.units.get(v + 1).is_some_and(|u| {
        f.noun_object.iter().any(|w| w == cx.doc.word(u))
            || f.noun_claim.iter().any(|w| w == "that") && cx.doc.word(u) == "that"
    });
    if subjects.is_empty() && start == v && f.foreign_object && object_named && v > 0 {
        if let Some(p) = s.phrase(v - 1).filter(|&p| s.phrases[p].end == v) {
            if let Head::Ent(e, MentionKind::Name | MentionKind::Metonym | MentionKind::Demonym) =
                s.phrases[p].head
            {
                if matches!(
                    cx.doc.etype(e),
                    EntityType::State | EntityType::Organisation
                ) {
                    subjects = cx.resolve_all(p, None);
                }
            }
        }
    }
    // "accusations by Vilnius of …"; "the sanctions of the European Union against
    // Russia" (an owner named with "of", then the object).
    let by = (v + 1 < end && cx.is(v + 1, &["by", "from"]))
        .then(|| s.phrase(v + 2))
        .flatten()
        .or_else(|| {
            let owner = cx.is(v + 1, &["of"]) && !f.noun_object.iter().any(|w| w == "of");
            let p = cx.phrase_after_prep(v + 1).filter(|_| owner)?;
            let next = cx.word(s.phrases[p].end);
            f.noun_object
                .iter()
                .any(|w| w == next && w != "by")
                .then_some(p)
        });
    if subjects.is_empty() {
        if let Some(p) = by {
            subjects = cx.resolve_all(p, None);
        }
    }
    // "threatened both countries with sanctions": the governor's object is the target.
    let mut with_object = None;
    if subjects.is_empty() && start >= 3 && cx.is(start - 1, &["with"]) {
        if let Some(p) = s.phrase(start - 2) {
            let g = s.phrases[p].start.checked_sub(1);
            if let Some(g) = g.filter(|&g| cx.has(g, |c| *c == Cue::Governor(f.relation))) {
                governor = Some(g);
                subjects = cx.subjects(g);
                with_object = Some(p);
            }
        }
    }
    if subjects.is_empty() && start > 0 {
        // The governing verb, past negations and adverbs: "is not a member of".
        let mut k = start - 1;
        // ("considered sanctions": a hedge may be the governor itself).
        while k > 0
            && start - k < 4
            && !cx.has(k, |c| *c == Cue::Governor(f.relation))
            && (cx.has(k, |c| matches!(c, Cue::Negation | Cue::Hedge))
                || cx.is(
                    k,
                    &[
                        "also", "still", "already", "now", "once", "no", "longer", "never", "then",
                        "quickly", "swiftly",
                    ],
                )
                || cx.word(k).ends_with("ly"))
        {
            k -= 1;
        }
        if cx.has(k, |c| *c == Cue::Reciprocal(f.relation)) {
            reciprocal = true;
            governor = Some(k);
        } else if cx.has(k, |c| *c == Cue::Governor(f.relation)) {
            governor = Some(k);
        }
        if let Some(g) = governor {
            subjects = cx.subjects(g);
        } else if let Some(a) = (start..v).find(|&j| cx.is(j, &["a", "an"])) {
            // "Norway, a member of NATO", "Finland, a founding member of".
            if a >= 2 && cx.doc.is_punct(s.units, a - 1, ",") {
                if let Some(p) = s.phrase(a - 2) {
                    subjects = cx.resolve_all(p, None);
                }
            }
        }
    }
    // "the sanctions that the European Union imposed on Russia": a relative clause
    // after the noun names the actor before its governing verb, the object after it.
    let mut relative = None;
    if subjects.is_empty() && cx.is(v + 1, &["that", "which"]) {
        if let Some(p) = cx.phrase_after_prep(v + 1) {
            // Past auxiliaries: "the sanctions that the EU has imposed on Russia".
            let mut g = s.phrases[p].end;
            while g < end && cx.is(g, &["has", "have", "had", "would", "will", "was", "were"]) {
                g += 1;
            }
            if g < end && cx.has(g, |c| *c == Cue::Governor(f.relation)) {
                subjects = cx.resolve_all(p, None);
                governor = Some(g);
                relative = Some(g);
            }
        }
    }
    if subjects.is_empty() {
        return;
    }
    let modality = match governor {
        // "threatened both countries with sanctions": only possible.
        Some(g) if with_object.is_some() && cx.doc.lex.words.asking_verbs.contains(cx.word(g)) => {
            Modality::Possible
        }
        Some(g) => {
            let from = subject_of(cx.doc, s, g).map_or(g, |p| s.phrases[p].end);
            match modality(cx.doc, s, from.min(g), start, end) {
                Modality::Asserted if f.planning.iter().any(|w| w == cx.word(g)) => {
                    Modality::Possible
                }
                m => m,
            }
        }
        None => modality(cx.doc, s, start.saturating_sub(4), start, end),
    };
    // The object.
    let mut after_by = relative.unwrap_or_else(|| by.map_or(v, |p| s.phrases[p].end - 1));
    // "impose sanctions, including entry bans, on Thai rangers": past an aside that
    // names some of them, to the object's preposition.
    let mut end = end;
    if after_by == v
        && cx.doc.is_punct(s.units, v + 1, ",")
        && cx.is(v + 2, super::super::english::ASIDE_OPENERS)
    {
        let close =
            (v + 3..(v + 15).min(s.units.len())).find(|&j| cx.doc.is_punct(s.units, j, ","));
        if let Some(j) =
            close.filter(|&j| f.noun_object.iter().any(|p| cx.is(j + 1, &[p.as_str()])))
        {
            after_by = j;
            end = clause_end(cx.doc, s, j + 1);
        }
    }
    // "imposed sanctions last year on Zhao Wei": past a time right after the noun.
    if after_by == v && !f.object.is_empty() {
        if let Some(t) = time_after(cx.doc, s.units, v + 1).filter(|&t| {
            f.noun_object
                .iter()
                .any(|p| p != "by" && cx.is(t, &[p.as_str()]))
        }) {
            after_by = t - 1;
        }
    }
    let first = subjects.first().copied();
    let (mut objects, claim) = if f.object.is_empty() {
        (Vec::new(), span_text(cx.doc, s, v + 1, end))
    } else if f.collective {
        let state = first.and_then(|e| cx.acting_state(e));
        if !cx.is(
            v + 1,
            &f.noun_object.iter().map(String::as_str).collect::<Vec<_>>(),
        ) {
            return;
        }
        (closed_objects(cx, v + 2, end, state), None)
    } else {
        let preps: Vec<String> = f
            .noun_object
            .iter()
            .filter(|p| *p != "by")
            .cloned()
            .collect();
        let (objs, after) = if preps.iter().any(|p| cx.is(after_by + 1, &[p.as_str()]))
            || cx.is(after_by + 1, &["that"])
        {
            cx.objects_after(f, after_by, end, &preps, first)
        } else {
            (Vec::new(), after_by + 1)
        };
        let mut claim_words = f.noun_claim.clone();
        claim_words.extend(f.claim.iter().cloned());
        let claim = cx.claim_after(after, &claim_words, end);
        (objs, claim)
    };
    if let Some(p) = with_object.filter(|_| !f.object.is_empty()) {
        objects = cx
            .resolve_all(p, first)
            .into_iter()
            .filter(|e| f.object.contains(cx.doc.etype(*e)))
            .collect();
    }
    // "Truong Phat Logistics dismissed Vientiane's accusations that it had carried
    // drugs": "it" opening the charge is who dismisses it, when not a person (a
    // spokesman's "she" may be his leader).
    if !f.collective
        && !f.object.is_empty()
        && cx.is(after_by + 1, &["that"])
        && cx.is(after_by + 2, &["it"])
    {
        let own: Vec<Ent> = denier_before(cx, start)
            .map(|d| cx.subjects(d))
            .unwrap_or_default()
            .into_iter()
            .filter(|&e| {
                f.object.contains(cx.doc.etype(e)) && cx.doc.etype(e) != EntityType::Person
            })
            .collect();
        if !own.is_empty() {
            objects = own;
        }
    }
    if reciprocal {
        // "Thailand and Cambodia traded accusations", "the two sides traded blame",
        // "X traded accusations with Y".
        if subjects.len() == 1 {
            if let Some(p) = (v + 1..end)
                .find(|&k| cx.is(k, &["with"]))
                .and_then(|k| cx.phrase_after_prep(k))
            {
                subjects.extend(cx.resolve_all(p, None));
            }
        }
        if subjects.len() == 2 {
            let (a, b) = (subjects[0], subjects[1]);
            for (x, y) in [(a, b), (b, a)] {
                out.push(Candidate {
                    subject: x,
                    relation: f.relation,
                    object: (!f.object.is_empty()).then_some(y),
                    claim: claim.clone(),
                    modality,
                    date: date.clone(),
                    inferred: false,
                });
            }
        }
        return;
    }
    if objects.is_empty() && !f.object.is_empty() && !f.collective {
        // "the European Union, of which Greece is a member", "Tren de Aragua, on which
        // the United States imposed sanctions": the antecedent of "which".
        if let Some(w) = (start.saturating_sub(6)..start)
            .rev()
            .find(|&k| cx.is(k, &["which"]))
        {
            let preposition = w >= 2
                && (cx.is(w - 1, &["of", "to"])
                    || f.noun_object.iter().any(|p| cx.is(w - 1, &[p.as_str()])));
            if preposition {
                let mut a = w - 2;
                if cx.doc.is_punct(s.units, a, ",") && a > 0 {
                    a -= 1;
                }
                if let Some(p) = s.phrase(a) {
                    objects = cx
                        .resolve_all(p, None)
                        .into_iter()
                        .filter(|e| f.object.contains(cx.doc.etype(*e)))
                        .collect();
                }
            }
        }
    }
    if objects.is_empty() && !f.object.is_empty() && !f.collective {
        // "Minsk dismissed accusations by Vilnius of …": the accused is who denies.
        if let Some(d) = denier_before(cx, start) {
            // An official who denies speaks for the state accused ("Theodorakis
            // dismissed Bulgarian accusations that the outbreak had been concealed"),
            // unless it is the accuser's own ("Bobi Wine dismissed Ugandan government
            // accusations that he had incited riots": he is accused).
            // An official of no state read speaks for the state body his title names,
            // else for one unnamed ("A spokesman for the ministry, X, dismissed
            // Islamabad's allegations"): no one.
            let role = subject_of(cx.doc, s, d).and_then(|p| s.phrases[p].role.as_ref());
            let official = role.is_some();
            // (A body of a state other than the accuser's: "MRA's spokesman" speaks for
            // Malawi's revenue authority; not the IAEA's, nor M23's, whom the charge
            // may not be against.)
            let body = role.and_then(|r| r.of).filter(|&b| {
                cx.doc.etype(b) == EntityType::Organisation
                    && cx
                        .acting_state(b)
                        .is_some_and(|st| !subjects.iter().any(|&x| cx.acting_state(x) == Some(st)))
            });
            objects = cx
                .subjects(d)
                .into_iter()
                .filter_map(|e| match cx.doc.etype(e) {
                    EntityType::Person => {
                        let st = cx.m.state_of_person(cx.doc, e).map(Ent::Lex);
                        match st {
                            Some(st) if !subjects.contains(&st) => Some(st),
                            None if official => body,
                            _ => Some(e),
                        }
                    }
                    _ => Some(e),
                })
                .collect();
        } else if governor.is_some() && f.relation == Relation::ACCUSES {
            // "made similar accusations": against whom the last one was.
            objects.extend(cx.m.last_accused);
        } else if governor.is_some()
            && f.relation == Relation::MEMBER_OF
            && s.units.get(v + 1).is_none_or(|u| u.kind == UnitKind::Punct)
        {
            // "Eritrea, which walked out of IGAD in 2007, is not a member": a member of
            // no body named after the noun is one of the body the clause named last,
            // right after a verb of joining or leaving (words.toml `leaving`: "walked
            // out of", "withdrew from"; not "rejected criticism from the AU").
            let joined = |a: usize| {
                let a = a - usize::from(a > 0 && cx.is(a - 1, &["the"]));
                let leaving = |k: usize| cx.doc.lex.words.leaving.contains(cx.word(k));
                a > 0
                    && (leaving(a - 1)
                        || a > 1 && cx.is(a - 1, &["of", "from"]) && leaving(a - 2)
                        || cx.has(
                            a - 1,
                            |c| matches!(c, Cue::Verb(r, _) if *r == Relation::MEMBER_OF),
                        ))
            };
            objects.extend(
                (0..s.phrases.len())
                    .rev()
                    .find_map(|p| match s.phrases[p].head {
                        Head::Ent(e, _)
                            if s.phrases[p].end <= start
                                && cx.doc.etype(e) == EntityType::Organisation
                                && joined(s.phrases[p].start) =>
                        {
                            Some(e)
                        }
                        _ => None,
                    }),
            );
        }
    }
    let objects: Vec<Option<Ent>> = if f.object.is_empty() {
        vec![None]
    } else if objects.is_empty() && f.object_optional {
        vec![first.and_then(|e| other_side(cx, e))]
    } else {
        objects.into_iter().map(Some).collect()
    };
    // What was blamed, as for a verb: the noun a relative clause hangs on, or the words
    // before "on".
    let claim = claim.or_else(|| blamed_claim(cx, f, v, end));
    for subject in subjects {
        for &object in &objects {
            out.push(Candidate {
                subject,
                relation: f.relation,
                object,
                claim: claim.clone(),
                modality,
                date: date.clone(),
                inferred: false,
            });
        }
    }
}

/// Whether the unit at `k` is a determiner.
#[allow(dead_code)]
pub(super) fn determiner(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    DETERMINERS.contains(&cx.word(k))
}

/// "Kataib Hezbollah has been under sanctions imposed by the United States", "remain
/// under United Nations sanctions", "who was placed under sanctions by the United
/// States": the clause's subject bears the noun at `v`; who imposed it is named
/// between "under" and the noun, or after "by". Whether the construction was read.
fn under(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, out: &mut Vec<Candidate>) -> bool {
    let s = cx.s;
    let Some(u) = (v.saturating_sub(4)..v)
        .rev()
        .find(|&k| cx.is(k, &["under"]))
    else {
        return false;
    };
    // "under UN sanctions", "under the sanctions": not "under threat of sanctions".
    if !(u + 1..v).all(|k| s.phrase(k).is_some() || cx.is(k, DETERMINERS)) {
        return false;
    }
    let end = clause_end(cx.doc, s, v + 1);
    let between = (u + 1..v).find_map(|k| s.phrase(k));
    let by = (v + 1..(v + 4).min(end))
        .find(|&k| cx.is(k, &["by"]))
        .and_then(|k| cx.phrase_after_prep(k));
    let imposers: Vec<Ent> = between
        .or(by)
        .map(|p| cx.resolve_all(p, None))
        .unwrap_or_default()
        .into_iter()
        .filter(|e| {
            matches!(
                cx.doc.etype(*e),
                EntityType::State | EntityType::Organisation
            )
        })
        .collect();
    // The bearer is the subject of "under"'s own verb group: "X has been under", "X,
    // who was placed under" (not an owner: "the Houthis' leader, …").
    let Some(q) = subject_of(cx.doc, s, u).filter(|&q| {
        let ph = &s.phrases[q];
        // Past an apposition: "Nahr al-Khabur General Trading, a Hasakah-based haulage
        // firm, was placed under sanctions by …".
        // (Only after a bare name: "the Houthis' leader, a cleric, has been under UN
        // sanctions" bears them himself.)
        let bare_name = matches!(ph.head, Head::Ent(_, MentionKind::Name))
            && ph.role.is_none()
            && (ph.start..ph.end)
                .all(|k| !cx.is(k, &["'s", "'"]) && !cx.doc.is_punct(s.units, k, "'"));
        let from = Some(ph.end)
            .filter(|&c| {
                bare_name && cx.doc.is_punct(s.units, c, ",") && cx.is(c + 1, &["a", "an", "the"])
            })
            .and_then(|c| (c + 2..u.min(c + 12)).find(|&k| cx.doc.is_punct(s.units, k, ",")))
            .map_or(ph.end, |k| k + 1);
        !ph.possessive
            && (from..u).all(|k| {
                let w = cx.word(k);
                super::super::english::BE.contains(&w)
                    || matches!(
                        w,
                        "has" | "have" | "had" | "been" | "who" | "which" | "," | "still" | "also"
                    )
                    || w.ends_with("ly")
                    || cx.has(k, |c| {
                        matches!(
                            c,
                            Cue::Governor(_) | Cue::Stative(_) | Cue::Negation | Cue::Hedge
                        )
                    })
            })
    }) else {
        return false;
    };
    let bearers: Vec<Ent> = coordinated_before(cx.doc, s, q)
        .into_iter()
        .flat_map(|q| cx.resolve_all(q, None))
        .filter(|e| f.object.contains(cx.doc.etype(*e)))
        .collect();
    if imposers.is_empty() || bearers.is_empty() {
        return false;
    }
    let modality = modality(cx.doc, s, s.phrases[q].end.min(u), u, end);
    let date = s.date_near(v);
    for &subject in &imposers {
        for &object in bearers.iter().filter(|&&o| o != subject) {
            out.push(Candidate {
                subject,
                relation: f.relation,
                object: Some(object),
                claim: None,
                modality,
                date: date.clone(),
                inferred: false,
            });
        }
    }
    true
}

/// A verb that dismisses a claim just before the noun at `start`: "dismissed
/// Vientiane's accusations", "rejected accusations by Vilnius".
fn denier_before(cx: &Ctx<'_, '_, '_>, start: usize) -> Option<usize> {
    (start.saturating_sub(3)..start).rev().find(|&k| {
        cx.has(k, |c| matches!(c, Cue::Verb(r, _) if cx.doc.lex.frame(*r).is_some_and(|f| f.object_claim)))
    })
}
