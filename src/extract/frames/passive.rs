//! Passives and agentless acts: "X was accused by Y", "the crossing will reopen": who acts when the sentence names nobody, or names the actor after "by".

use super::*;

/// Helpers of a passive verb group, which a claim ends before: "… were dismissed",
/// "the closure was condemned".
const HELPERS: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "been", "being",
];

/// "X was accused by Y of …", "Raja-Jooseppi will be closed", "Moscow was accused of".
pub(super) fn passive(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    v: usize,
    end: usize,
    out: &mut Vec<Candidate>,
) {
    let s = cx.s;
    let date = cx.s.date_near(v);
    // The agent: "by X" after the verb, past a few plain words ("closed to southbound
    // lorries by the country's police"), not past a comma, a clause word, a verb or a
    // participle of its own ("reopened to trucks carrying aid donated by Turkey").
    let by = (v + 1..(v + 7).min(s.units.len()))
        .take_while(|&k| {
            let w = cx.word(k);
            let participle = k > v + 1 && (w.ends_with("ed") || w.ends_with("ing"));
            !participle
                && s.units[k].kind != UnitKind::Punct
                && !cx.is(
                    k,
                    &[
                        "and", "but", "that", "which", "who", "after", "before", "as",
                    ],
                )
                && !cx.has(k, |c| matches!(c, Cue::Verb(..)))
        })
        .find(|&k| cx.is(k, &["by"]) || f.collective && on_orders_of(cx, k))
        // "were dismissed as \"baseless\" by Olivier Dauzat", "as lies by Juba": a
        // denial's agent past what the verb called the charge — one word, or words in
        // quotation marks (not "closed as fighters backed by Rwanda advanced", "rejected
        // as an attempt by Caracas to …").
        .or_else(|| {
            (f.object.is_empty() && cx.is(v + 1, &["as"])).then_some(())?;
            let quote = |k: usize| matches!(cx.word(k), "\"" | "“" | "”");
            let by = if quote(v + 2) {
                let close = (v + 3..(v + 10).min(s.units.len())).find(|&k| quote(k))?;
                close + 1
            } else {
                v + 3
            };
            let plain = (v + 2..by).all(|k| {
                quote(k)
                    || s.units[k].kind != UnitKind::Punct
                        && !cx.has(k, |c| matches!(c, Cue::Verb(..)))
            });
            (plain && cx.is(by, &["by"])).then_some(by)
        });
    // A body of no named state ("closed by the authorities in Benghazi") names no one
    // who closes: the place's state acts, as with none.
    let agent_p = by
        .and_then(|k| cx.phrase_after_prep(k))
        .filter(|&p| f.passive && !(f.collective && s.phrases[p].head == Head::Group));
    let agents: Vec<Ent> = agent_p.map(|p| cx.resolve_all(p, None)).unwrap_or_default();
    let subject_p = subject_of(cx.doc, s, v);
    let modality = cx.modality_from(subject_p.map(|p| p.min(v)).and(None), v, end);
    let modality = match subject_p {
        Some(p) => modality_between(cx, s.phrases[p].end, v, end).unwrap_or(modality),
        None => modality,
    };
    // What the grammatical subject is: the object of the relation.
    let mut objects: Vec<Ent> = Vec::new();
    if f.collective {
        objects = crossings_before(cx, v);
        if objects.is_empty() {
            // "the border will be closed", "crossings with Cambodia were shut".
            // Not a noun placed near the border: "classes at schools near the border
            // were suspended".
            // The noun's own clause starts after a comma or "that" ("told the Herald
            // by telephone that the border could be reopened").
            let clause_start = |k: usize| {
                (0..k)
                    .rev()
                    .find(|&j| s.units[j].kind == UnitKind::Punct || cx.is(j, &["that"]))
                    .map_or(0, |j| j + 1)
            };
            let placed = |k: usize| {
                let start = clause_start(k);
                let first = (start..=k)
                    .find(|&j| cx.has(j, |c| *c == Cue::CrossingNoun))
                    .unwrap_or(k);
                (start..first).any(|j| {
                    cx.is(
                        j,
                        &[
                            "near", "along", "at", "on", "across", "beside", "outside", "by",
                            "from",
                        ],
                    )
                })
            };
            let before = subject_end(cx, v);
            if let Some(k) = (before.saturating_sub(8)..before)
                .rev()
                .find(|&k| cx.has(k, |c| *c == Cue::CrossingNoun))
                .filter(|&k| !placed(k))
            {
                let state = agents
                    .first()
                    .and_then(|e| cx.acting_state(*e))
                    .or_else(|| noun_owner(cx, k));
                objects = closed_objects(cx, clause_start(k), before, state);
            }
        }
    } else if let Some(p) = subject_p {
        for q in coordinated_before(cx.doc, s, p) {
            objects.extend(cx.resolve_all(q, None));
        }
        objects.retain(|e| f.object.contains(cx.doc.etype(*e)));
    }
    if f.object.is_empty() {
        // "Warsaw's accusations … have been rejected by Minsk": the agent denies what
        // the subject says, else the last accusation read.
        // ", a charge rejected by Kigali": the charge is the last accusation.
        let reduced = reduced_charge(cx, v);
        // (Not the verb's helpers: "… that France had ignored it were dismissed".)
        let mut stop = v;
        while stop > 0 && cx.is(stop - 1, HELPERS) {
            stop -= 1;
        }
        let claim = subject_p
            .filter(|_| !reduced)
            .and_then(|p| span_text(cx.doc, s, s.phrases[p].start, stop))
            .filter(|t| t.split_whitespace().count() > 3)
            .or_else(|| cx.m.last_accusation.clone());
        for subject in agents {
            out.push(Candidate {
                subject,
                relation: f.relation,
                object: None,
                claim: claim.clone(),
                modality,
                date: date.clone(),
                inferred: false,
            });
        }
        return;
    }
    // "The closure was condemned by Albania's foreign ministry": an act whose author
    // the subject does not name; as in the active, in a story between two states it
    // is the other side's.
    if objects.is_empty() && f.object_optional && subject_p.is_none() {
        let from = (0..v)
            .rev()
            .find(|&j| s.units[j].kind == UnitKind::Punct || cx.is(j, &["that", "which"]))
            .map_or(0, |j| j + 1);
        let helpers = (from..v).find(|&j| cx.is(j, HELPERS));
        let claim = helpers.and_then(|h| span_text(cx.doc, s, from, h));
        for subject in agents {
            out.push(Candidate {
                subject,
                relation: f.relation,
                object: other_side(cx, subject),
                claim: claim.clone(),
                modality,
                date: date.clone(),
                inferred: false,
            });
        }
        return;
    }
    if objects.is_empty() {
        return;
    }
    let after = agent_p.map_or(v + 1, |p| s.phrases[p].end);
    let claim = cx.claim_after(after, &f.claim, end);
    let subjects: Vec<(Ent, Ent)> = if !agents.is_empty() {
        objects
            .iter()
            .flat_map(|o| agents.iter().map(move |a| (*a, *o)))
            .collect()
    } else if let Some(st) = side_owner(cx, v).filter(|_| f.agentless == Agentless::Location) {
        objects.iter().map(|o| (Ent::Lex(st), *o)).collect()
    } else if f.agentless == Agentless::Location {
        location_actors(cx, v, &objects)
    } else {
        Vec::new()
    };
    for (subject, object) in subjects {
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

/// Where the subject of the passive at `v` is sought before: the verb itself, or,
/// when the helpers before it ("was", "had been", "could be") follow a relative clause
/// set off by commas, that clause's opening comma ("The crossing, which had been shut
/// over the weekend, was reopened").
pub(super) fn subject_end(cx: &Ctx<'_, '_, '_>, v: usize) -> usize {
    const HELPERS: &[&str] = &[
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would",
        "could", "may", "might", "should", "can", "must", "not", "also", "then",
    ];
    let s = cx.s;
    let mut j = v;
    while j > 0 && cx.is(j - 1, HELPERS) {
        j -= 1;
    }
    if j == 0 || !cx.doc.is_punct(s.units, j - 1, ",") {
        return v;
    }
    (j.saturating_sub(24)..j - 1)
        .rev()
        .find(|&c| cx.doc.is_punct(s.units, c, ",") && relative_after(cx, c).is_some())
        .unwrap_or(v)
}

/// The relative word opening a clause after the comma at `c`: "which", "who", "whom"
/// or "where", maybe after a preposition ("through which", "under whom").
pub(super) fn relative_after(cx: &Ctx<'_, '_, '_>, c: usize) -> Option<&'static str> {
    let k = if PREPOSITIONS.contains(&cx.word(c + 1)) && cx.is(c + 2, &["which", "whom"]) {
        c + 2
    } else {
        c + 1
    };
    crate::extract::english::RELATIVES
        .iter()
        .copied()
        .filter(|w| *w != "whose")
        .find(|w| cx.is(k, &[w]))
}

/// The state whose side of a border the passive at `v` is about: "the Libyan side of
/// the frontier was shut", "Zambia's side of the crossing was closed" (its own clause,
/// before the verb).
fn side_owner(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<u32> {
    let s = cx.s;
    // Back from the verb through its subject only: no other verb, clause word or
    // comma between ("trucks on the Libyan side were stopped as the crossing was
    // shut" names no side of what was shut).
    (v.saturating_sub(10)..v)
        .rev()
        .take_while(|&k| {
            let punct = s.units[k].kind == UnitKind::Punct && matches!(cx.word(k), "," | ";");
            let verb = cx.has(k, |c| matches!(c, Cue::Verb(..)));
            let clause = cx.is(
                k,
                &[
                    "as", "when", "while", "after", "before", "and", "but", "that",
                ],
            );
            !punct && !verb && !clause
        })
        .filter(|&k| cx.is(k, &["side", "end"]) && k >= 1)
        .find_map(|k| {
            // "the Libyan side" is one phrase; "Zambia's side" two.
            let j = if cx.is(k - 1, &["'s"]) {
                k.checked_sub(2)?
            } else {
                k - 1
            };
            match s.phrases[s.phrase(j)?].head {
                Head::Ent(e, _) if cx.doc.etype(e) == EntityType::State => cx.doc.state_of(e),
                _ => None,
            }
        })
}

/// Who acts on crossings when the sentence at `v` names nobody: the state that closed
/// or reopened the crossing last; else the state it lies in; else both states it lies
/// between; else the state of whoever reports it; else the article's state.
pub(super) fn location_actors(cx: &Ctx<'_, '_, '_>, v: usize, objects: &[Ent]) -> Vec<(Ent, Ent)> {
    let reporter = reporter_state(cx, v);
    let between = between_states(cx, v);
    objects
        .iter()
        .flat_map(|o| {
            let states: Vec<u32> = match *o {
                e if cx.m.acted_on.contains_key(&e) => vec![cx.m.acted_on[&e]],
                // "the checkpoints with Belarus have not been closed": not Belarus's.
                Ent::Crossings(a, b) => partner_with(cx)
                    .and_then(|x| (x == a).then_some(b).or((x == b).then_some(a)))
                    .or(reporter.filter(|r| *r == a || *r == b))
                    .or_else(|| pair_side(cx, a, b))
                    .into_iter()
                    .collect(),
                e => match cx.doc.state_of(e) {
                    Some(st) => vec![st],
                    None if !between.is_empty() => between.clone(),
                    None => reporter.or(cx.m.main_state()).into_iter().collect(),
                },
            };
            states.into_iter().map(move |st| (Ent::Lex(st), *o))
        })
        .collect()
}

/// The state named as the other side of crossings in the sentence: "the checkpoints
/// with Belarus", "its crossings with Russia".
fn partner_with(cx: &Ctx<'_, '_, '_>) -> Option<u32> {
    let s = cx.s;
    (0..s.units.len()).find_map(|k| {
        if !cx.has(k, |c| matches!(c, Cue::CrossingNoun | Cue::CrossingHead))
            || !cx.is(k + 1, &["with"])
        {
            return None;
        }
        let p = s.phrase(k + 2)?;
        match s.phrases[p].head {
            Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                if cx.doc.etype(e) == EntityType::State =>
            {
                cx.doc.state_of(e)
            }
            _ => None,
        }
    })
}

/// The state of whoever reports the act at `v` in its sentence: "Tajik officials say
/// the crossing could reopen", "…, the Israeli airports authority said".
pub(super) fn reporter_state(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<u32> {
    (0..cx.s.units.len())
        .filter(|&k| k != v && cx.has(k, |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS)))
        .find_map(|k| {
            let p = subject_of(cx.doc, cx.s, k)?;
            cx.resolve_all(p, None)
                .into_iter()
                .find_map(|e| cx.acting_state(e))
        })
}

/// The two states named in "between A and B" before the verb at `v`: "the crossing
/// between Tunisia and Libya was reopened".
pub(super) fn between_states(cx: &Ctx<'_, '_, '_>, v: usize) -> Vec<u32> {
    let s = cx.s;
    let state_at = |k: usize| {
        s.phrase(k).and_then(|p| match s.phrases[p].head {
            Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                if cx.doc.etype(e) == EntityType::State =>
            {
                cx.doc.state_of(e).map(|st| (st, s.phrases[p].end))
            }
            _ => None,
        })
    };
    let Some(b) = (v.saturating_sub(14)..v).find(|&k| cx.is(k, &["between"])) else {
        return Vec::new();
    };
    let Some((a, end)) = state_at(b + 1) else {
        return Vec::new();
    };
    if !cx.is(end, &["and"]) {
        return Vec::new();
    }
    match state_at(end + 1) {
        Some((c, _)) if c != a => vec![a, c],
        _ => Vec::new(),
    }
}

/// The other of the story's two states, for an actor of one of them.
pub(super) fn other_side(cx: &Ctx<'_, '_, '_>, actor: Ent) -> Option<Ent> {
    let st = cx.acting_state(actor)?;
    let (a, b) = cx.m.pair()?;
    if st == a {
        Some(Ent::Lex(b))
    } else if st == b {
        Some(Ent::Lex(a))
    } else {
        None
    }
}

/// The modality of the verb group ending at unit `k`: the negations and hedges among
/// the auxiliaries and adverbs right before it ("will not", "may soon be"), and
/// conditions up to `end`. Words further back belong to other clauses.
pub(super) fn verb_group_modality(cx: &Ctx<'_, '_, '_>, k: usize, end: usize) -> Modality {
    let mut from = k;
    while from > 0 {
        let j = from - 1;
        let aux = cx.has(j, |c| matches!(c, Cue::Negation | Cue::Hedge))
            || cx.is(
                j,
                &[
                    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                    "still", "also", "already", "now", "to", "so", "far", "yet", "again",
                ],
            );
        if !aux {
            break;
        }
        from = j;
    }
    modality(cx.doc, cx.s, from, k, end)
}

/// Whether a verb of a crossing frame is used without an object, its subject being
/// the crossing: a named crossing, or "the crossing" (with plain modifiers: "the
/// coast-road post") right before the verb.
pub(super) fn intransitive(cx: &Ctx<'_, '_, '_>, v: usize, subject_p: Option<usize>) -> bool {
    let s = cx.s;
    // A named crossing, or a town the article named one after ("Magaria could reopen"
    // after "the Magaria crossing").
    if subject_p.is_some_and(|p| match s.phrases[p].head {
        Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing => true,
        _ => town_crossing(cx, p).is_some() && bare_verb(cx, s.phrases[p].end, v),
    }) {
        return true;
    }
    // "it could reopen within days": "it", with no object after the verb, is the
    // crossing last named.
    if let Some(p) = subject_p.filter(|&p| {
        matches!(s.phrases[p].head, Head::Pronoun { person: false })
            && !s.phrases[p].possessive
            && cx.is(s.phrases[p].start, &["it"])
            && bare_verb(cx, s.phrases[p].end, v)
    }) {
        // Only a crossing something was done to: "Indonesia has not closed Entikong
        // … officials said it would reopen" means the one closed.
        let closed = last_crossing_in(cx, p).is_some_and(|e| cx.m.acted_on.contains_key(&e));
        if closed && !has_object(cx, v) {
            return true;
        }
    }
    // "the crossing expected to reopen": a crossing head, then only hedges and
    // auxiliaries.
    let mut k = v;
    let mut n = 0;
    while k > 0 && n < 4 {
        k -= 1;
        // "The crossing, which carries most of the fuel, flour and cement, will
        // reopen": past a relative clause set off by commas, to the noun it describes.
        if cx.doc.is_punct(s.units, k, ",") {
            if let Some(open) = (k.saturating_sub(30)..k)
                .rev()
                .find(|&j| cx.doc.is_punct(s.units, j, ",") && cx.is(j + 1, &["which", "where"]))
            {
                k = open;
                continue;
            }
        }
        if cx.has(k, |c| *c == Cue::CrossingHead) {
            // "the crossing", or "the Panji Poyon crossing".
            let named = k > 0
                && s.phrase(k - 1).is_some_and(|p| {
                    matches!(s.phrases[p].head, Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing)
                });
            return k > 0
                && (named || cx.is(k - 1, &["the", "this", "that"]) || modified_definite(cx, k));
        }
        let aux = cx.has(k, |c| matches!(c, Cue::Hedge | Cue::Negation))
            || cx.is(
                k,
                &[
                    "will",
                    "would",
                    "to",
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "also",
                    "should",
                    "could",
                    "may",
                    "might",
                    "not",
                    "expected",
                    "due",
                    "set",
                    "scheduled",
                ],
            );
        if !aux {
            return false;
        }
        n += 1;
    }
    false
}

/// Whether only auxiliaries, hedges, negations and words of a plan ("expected", "due",
/// "soon") stand between a subject ending at `from` and its verb at `v`.
pub(super) fn bare_verb(cx: &Ctx<'_, '_, '_>, from: usize, v: usize) -> bool {
    (from..v).all(|k| {
        cx.has(k, |c| matches!(c, Cue::Hedge | Cue::Negation))
            || cx.is(
                k,
                &[
                    "will",
                    "would",
                    "could",
                    "can",
                    "may",
                    "might",
                    "should",
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "been",
                    "has",
                    "have",
                    "had",
                    "to",
                    "not",
                    "expected",
                    "due",
                    "set",
                    "scheduled",
                    "likely",
                    "soon",
                    "only",
                ],
            )
    })
}

/// Whether the verb at `v` has an object right after it ("reopen the crossing",
/// "reopen Magaria"), not a time or a preposition ("reopen within days").
fn has_object(cx: &Ctx<'_, '_, '_>, v: usize) -> bool {
    cx.s.phrase(v + 1).is_some()
        || cx.is(v + 1, DETERMINERS)
        || cx.is(
            v + 1,
            &["it", "them", "anything", "everything", "something"],
        )
        || cx.doc.lex.words.negative_objects.contains(cx.word(v + 1))
}

/// The modality of units `from..v` and conditions up to `end`, if any word says one.
pub(super) fn modality_between(
    cx: &Ctx<'_, '_, '_>,
    from: usize,
    v: usize,
    end: usize,
) -> Option<Modality> {
    Some(modality(cx.doc, cx.s, from.min(v), v, end))
}

/// Whether unit `k` is the "from" or "of" of "on (the) orders from/of X", "on the
/// instructions of X": the one who had a crossing shut or reopened ("shut on orders
/// from Dakar"; not "accused of sabotage on orders from Kigali", whose accuser is
/// another).
fn on_orders_of(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    let on = |j: usize| cx.is(j, &["on"]) || (cx.is(j, &["the"]) && j > 0 && cx.is(j - 1, &["on"]));
    k >= 2
        && cx.is(k, &["from", "of"])
        && cx.doc.lex.words.order_nouns.contains(cx.word(k - 1))
        && on(k - 2)
}
