//! What a closure or reopening acts on: stative verbs ("kept the border closed"), owners of nouns, and the crossings a verb closes (named, listed, or a border's crossings).

use super::*;

/// "kept the Kuźnica crossing closed", "the border will remain shut until further
/// notice": the stative verb at `k`, the participle at `v`; `opposite` when the state
/// is the frame's opposite ("remained open"), which the caller negates.
#[allow(clippy::too_many_arguments)]
pub(super) fn stative(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    k: usize,
    v: usize,
    end: usize,
    opposite: bool,
    out: &mut Vec<Candidate>,
) {
    let s = cx.s;
    let date = s.date_near(v);
    // Objects between the two verbs: "kept its border shut".
    let between: Vec<Ent> = if f.collective {
        closed_objects(cx, k + 1, v, None)
    } else {
        Vec::new()
    };
    let subject_p = subject_of(cx.doc, s, k);
    let modality = verb_group_modality(cx, k, end);
    // "The Tienditas bridge is kept closed by Caracas": the agent keeps it closed
    // ("kept closed still by", "kept shut indefinitely by": an adverb between).
    let adverb = |j: usize| {
        cx.is(j, &["still", "again", "now", "so"])
            || (s.units[j].kind == UnitKind::Word && cx.doc.word(&s.units[j]).ends_with("ly"))
    };
    let by = (v + 1..(v + 3).min(end))
        .take_while(|&j| cx.is(j, &["by"]) || adverb(j))
        .find(|&j| cx.is(j, &["by"]));
    if let Some(a) = by.and_then(|j| cx.phrase_after_prep(j)) {
        let objects = crossings_before(cx, k);
        for subject in cx.resolve_all(a, None) {
            for &object in &objects {
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
        return;
    }
    let _ = subject_p;
    if !between.is_empty()
        || (k + 1..v).any(|j| s.phrase(j).is_some() || cx.has(j, |c| *c == Cue::CrossingNoun))
    {
        // "X kept Y closed": X acts on Y.
        let subjects = cx.subjects(k);
        for subject in subjects {
            let state = cx.acting_state(subject);
            let objects = closed_objects(cx, k + 1, v, state);
            for object in objects {
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
        return;
    }
    // "Niger will keep closed its border with Benin": the object after the participle.
    if f.collective && v == k + 1 {
        let subjects = cx.subjects(k);
        let mut any = false;
        for subject in &subjects {
            let state = cx.acting_state(*subject);
            for object in closed_objects(cx, v + 1, end, state) {
                any = true;
                out.push(Candidate {
                    subject: *subject,
                    relation: f.relation,
                    object: Some(object),
                    claim: None,
                    modality,
                    date: date.clone(),
                    inferred: false,
                });
            }
        }
        if any {
            return;
        }
    }
    // "Y remains closed": Y is the object; who acts is who holds it.
    let mut objects = crossings_before(cx, k);
    if objects.is_empty() && f.collective {
        if let Some(c) = (k.saturating_sub(8)..k)
            .rev()
            .find(|&j| cx.has(j, |c| *c == Cue::CrossingNoun))
        {
            let state = noun_owner(cx, c);
            let start = (0..c)
                .rev()
                .find(|&j| s.units[j].kind == UnitKind::Punct)
                .map_or(0, |j| j + 1);
            objects = closed_objects(cx, start, k, state);
        }
    }
    // "Sudanese authorities said the Adre crossing would remain open": a crossing of
    // no known state is held by the state of who says so, else the article's.
    let speaker_state = || {
        let v0 = (0..k)
            .rev()
            .find(|&j| cx.doc.is_statement_verb(&s.units[j]))?;
        let p = subject_of(cx.doc, s, v0)?;
        cx.resolve(p, None).and_then(|e| cx.acting_state(e))
    };
    for object in objects {
        let st = match object {
            // "Beijing shut Gashuun Sukhait. … the crossing stays shut": whoever
            // closed it keeps it closed (but "remained open" is its own state's).
            e if !opposite && cx.m.acted_on.contains_key(&e) => cx.m.acted_on.get(&e).copied(),
            Ent::Crossings(a, b) => pair_side(cx, a, b),
            e => cx
                .doc
                .state_of(e)
                .or_else(speaker_state)
                .or(cx.m.main_state()),
        };
        if let Some(st) = st {
            out.push(Candidate {
                subject: Ent::Lex(st),
                relation: f.relation,
                object: Some(object),
                claim: None,
                modality,
                date: date.clone(),
                inferred: false,
            });
        }
    }
}

/// The state whose crossings an unnamed crossing noun at `k` means when no actor says:
/// a possessive or demonym before it ("Finland's border", "the Finnish border"), else
/// the state the article is about, else the last state that acted.
pub(super) fn noun_owner(cx: &Ctx<'_, '_, '_>, k: usize) -> Option<u32> {
    let s = cx.s;
    let mut j = k;
    while j > 0 && k - j < 6 {
        j -= 1;
        if let Some(p) = s.phrase(j) {
            let ph = &s.phrases[p];
            if ph.possessive || matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) {
                if let Some(st) = cx.resolve(p, None).and_then(|e| cx.acting_state(e)) {
                    return Some(st);
                }
            }
            break;
        }
        if s.units[j].kind == UnitKind::Punct && cx.word(j) != "-" {
            break;
        }
    }
    // "… crossing points were closed …, and the last one, Raja-Jooseppi": a named
    // crossing of the sentence says whose border it is.
    let named = s.phrases.iter().find_map(|p| match p.head {
        Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing => cx.doc.state_of(e),
        _ => None,
    });
    named
        .or(cx.m.main_state())
        .or(cx.m.last_state.and_then(|e| cx.doc.state_of(e)))
}

/// Which side of the border between `a` and `b` acts when no actor is named: the
/// article's state if it is one of them, else the last state that acted, else `a`.
pub(super) fn pair_side(cx: &Ctx<'_, '_, '_>, a: u32, b: u32) -> Option<u32> {
    let on = |x: Option<u32>| x.filter(|x| *x == a || *x == b);
    on(cx.m.main_state())
        .or_else(|| on(cx.m.last_state.and_then(|e| cx.doc.state_of(e))))
        .or(Some(a))
}

/// Named crossings standing before the verb at `v` in its clause (a coordinated list,
/// "Tverečius, in north-eastern Lithuania, and Šumskas"), or what "it" and "the
/// crossing" mean there.
pub(super) fn crossings_before(cx: &Ctx<'_, '_, '_>, v: usize) -> Vec<Ent> {
    let s = cx.s;
    let mut out = Vec::new();
    let mut k = v;
    // A relative clause set off by commas between the subject and the verb's helpers
    // is passed over: "The checkpoint, which handles lorries bound for Muang Ngeun, was
    // sealed" closes the checkpoint. Not a list ("Tverečius, which lies in the north,
    // and Šumskas, east of Vilnius, will be shut").
    // (Not ", who said the crossings … would remain closed": a speaker's clause.)
    let opened = Some(super::passive::subject_end(cx, v))
        .filter(|&c| {
            c < v
                && matches!(
                    super::passive::relative_after(cx, c),
                    Some("which" | "where")
                )
        })
        .unwrap_or(v);
    let closed = (opened..v)
        .rev()
        .find(|&j| cx.doc.is_punct(s.units, j, ","));
    let listed = (opened..v).any(|j| {
        cx.doc.is_punct(s.units, j, ",") && cx.is(j + 1, &["and", "or"])
            || cx.doc.is_punct(s.units, j, ";")
    });
    let mut skipped = 0;
    while k > 0 {
        k -= 1;
        if out.is_empty() && opened < v && !listed && Some(k) == closed {
            skipped += k - opened + 1;
            k = opened;
            continue;
        }
        if cx.has(k, |c| matches!(c, Cue::Verb(..))) && !out.is_empty() {
            break;
        }
        // "X halts traffic at A; B to reopen": a semicolon or dash ends the clause.
        if [";", "—", "–"]
            .iter()
            .any(|p| cx.doc.is_punct(s.units, k, p))
        {
            break;
        }
        // "…, although there was no traffic while the Israeli terminal was shut": a
        // subordinate clause's subject is in that clause.
        if out.is_empty() && cx.is(k, &["while", "although", "though", "whereas", "because"]) {
            break;
        }
        if let Some(p) = s.phrase(k) {
            match s.phrases[p].head {
                // A place listed with crossings is one ("Tverečius, in north-eastern
                // Lithuania, and Šumskas, east of Vilnius, will be shut").
                // "The Ficksburg Bridge post, known on the Lesotho side as Maputsoe
                // Bridge, was closed": another name of the same post.
                Head::Ent(..) if other_name(cx, p) => {}
                Head::Ent(e, _)
                    if cx.doc.etype(e) == EntityType::Crossing
                        || (cx.doc.etype(e) == EntityType::Place
                            && matches!(e, Ent::Lex(i) if cx.doc.is_found(i))
                            && !out.is_empty()
                            && cx.doc.is_punct(s.units, s.phrases[p].end, ","))
                            && !out.contains(&e) =>
                {
                    out.push(e);
                }
                // A town the article named a crossing after, as the subject.
                Head::Ent(..)
                    if out.is_empty()
                        && town_crossing(cx, p).is_some()
                        && super::passive::bare_verb(cx, s.phrases[p].end, v) =>
                {
                    out.extend(town_crossing(cx, p));
                }
                Head::Pronoun { person: false } if !s.phrases[p].possessive && out.is_empty() => {
                    return last_crossing_in(cx, p).into_iter().collect();
                }
                _ => {}
            }
            k = s.phrases[p].start;
        } else if out.is_empty()
            && cx.has(k, |c| *c == Cue::CrossingHead)
            && k > 0
            && (cx.is(k - 1, &["the", "this"]) || modified_definite(cx, k))
            && v - k - skipped <= 4
        {
            // "the crossing" (or "the coast-road post") means the last one named;
            // "the border" names none.
            let before = s.phrases.iter().take_while(|p| p.start < k).count();
            let last = last_crossing_called(cx, before, Some(k)).map(|e| closed_first(cx, v, e));
            // "the crossings could reopen": many, so not the last one named but the
            // crossings between its state and the neighbour — unless another state is
            // the subject of a clause before them ("Egypt said the crossings would stay open" after
            // Israel's closure: Egypt's, whichever they are).
            let head = cx.word(k).rsplit(' ').next().unwrap_or_default();
            if crate::extract::mentions::plural(head) {
                let state = last.and_then(|e| cx.doc.state_of(e));
                let other_named = (0..before).any(|q| {
                    matches!(s.phrases[q].head, Head::Ent(e, MentionKind::Name | MentionKind::Metonym)
                        if cx.doc.etype(e) == EntityType::State && cx.doc.state_of(e) != state)
                        && crate::extract::english::subject_position(cx.doc, s, q)
                });
                if other_named {
                    return Vec::new();
                }
                return state
                    .and_then(|st| {
                        let other = neighbour(cx.doc, cx.m, s, st)?;
                        cx.doc.crossings(st, other)
                    })
                    .into_iter()
                    .collect();
            }
            return last.into_iter().collect();
        }
    }
    out
}

/// Whether phrase `p` gives another name of what was just named: "known on the
/// Lesotho side as Maputsoe Bridge", "called Yarag-Kazmalyar by the Russians".
fn other_name(cx: &Ctx<'_, '_, '_>, p: usize) -> bool {
    let a = cx.s.phrases[p].start;
    a >= 2
        && cx.is(a - 1, &["as"])
        && (a.saturating_sub(7)..a - 1)
            .rev()
            .take_while(|&j| cx.s.units[j].kind != UnitKind::Punct)
            .any(|j| cx.is(j, &["known", "called", "dubbed"]))
}

/// What "the crossing" before a verb of closing or reopening at `v` means, for the
/// crossing `e` last named: the one a state last closed or reopened, when no state
/// acted on `e` ("Thailand closed Mae Sai. Myanmar has not closed Tachileik. … the
/// crossing would not reopen until …": Mae Sai; "Chile closed the Pino Hachado pass …
/// shots near the customs complex at Liucura. The crossing … was shut at 6 a.m.":
/// Pino Hachado), unless this sentence names `e`.
fn closed_first(cx: &Ctx<'_, '_, '_>, v: usize, e: Ent) -> Ent {
    let acting = cx.closing_verb(v);
    let here =
        cx.s.phrases
            .iter()
            .any(|p| matches!(p.head, Head::Ent(x, _) if x == e));
    if !acting || here || cx.m.acted_on.contains_key(&e) {
        return e;
    }
    cx.m.last_acted_crossing.unwrap_or(e)
}

/// The last verb before unit `before` (the verb whose object is read) in its
/// sentence whose frame closes collectively (closes, reopens), with no "it" right
/// after it (which would be read again).
fn earlier_closing_verb(cx: &Ctx<'_, '_, '_>, before: usize) -> Option<usize> {
    (0..before)
        .rev()
        .find(|&k| cx.closing_verb(k) && !cx.is(k + 1, &["it", "them"]))
}

/// The crossing "it" or "the crossing" before phrase `before_phrase` stands for: the
/// last crossing the sentence names before it ("at Kapıköy … and close it"), a town
/// the article named a crossing after counting as that crossing, but not one inside a
/// relative clause set off by commas ("Salwa, which faces Abu Samra, … before Riyadh
/// shut it"); else the last one the article named, unless it was named before the
/// previous sentence, no state was read to act on it and one was on another ("while
/// cars can still use the small crossing at Konieczna. … 13:40 … condemned Warsaw's
/// decision to close the crossing": the one closed).
pub(super) fn last_crossing_in(cx: &Ctx<'_, '_, '_>, before_phrase: usize) -> Option<Ent> {
    last_crossing_called(cx, before_phrase, None)
}

/// The crossing a definite noun at unit `noun` means ("the bridge"): as
/// [`last_crossing_in`], except that among the crossings named before this sentence the
/// last whose name holds the noun comes first ("Maseru Bridge", not the Rosso ferry
/// named since).
pub(super) fn last_crossing_called(
    cx: &Ctx<'_, '_, '_>,
    before_phrase: usize,
    noun: Option<usize>,
) -> Option<Ent> {
    let s = cx.s;
    let crossing = |q: usize| match s.phrases[q].head {
        Head::Ent(e @ Ent::Lex(_), _) if cx.doc.etype(e) == EntityType::Crossing => Some(e),
        _ => town_crossing(cx, q),
    };
    let before = before_phrase.min(s.phrases.len());
    let until = s.phrases.get(before).map_or(s.units.len(), |p| p.start);
    (0..before)
        .rev()
        .filter(|&q| !in_relative_clause(cx, s.phrases[q].start, until))
        .find_map(crossing)
        .or_else(|| {
            // Not the generic noun, which any crossing's name may end with.
            let word = noun
                .map(|k| cx.word(k))
                .filter(|w| !matches!(*w, "crossing" | "crossings"))?;
            cx.m.crossings_seen
                .iter()
                .rev()
                .copied()
                .find(|&e| match e {
                    Ent::Lex(i) => cx
                        .doc
                        .ent(i)
                        .entity
                        .label
                        .split([' ', '-'])
                        .any(|w| crate::text::fold(w) == word),
                    _ => false,
                })
        })
        .or_else(|| {
            // "… scanned at Abu Samra. … by shutting the crossing": a crossing just
            // named as where something happened yields to the one a state acted on.
            let aside = cx.m.last_crossing_at
                && cx
                    .m
                    .last_acted_crossing
                    .is_some_and(|a| Some(a) != cx.m.last_crossing);
            let recent = cx.m.last_crossing_sentence + 1 >= cx.m.sentences && !aside;
            cx.m.last_crossing
                .filter(|e| recent || cx.m.acted_on.contains_key(e))
                .or(cx.m.last_acted_crossing)
                .or(cx.m.last_crossing)
        })
}

/// The crossing named after the town phrase `p` names, if the lexicon has one or the
/// article named it ("the Magaria crossing" makes a later "Magaria" the crossing).
pub(super) fn town_crossing(cx: &Ctx<'_, '_, '_>, p: usize) -> Option<Ent> {
    match cx.s.phrases[p].head {
        Head::Ent(Ent::Lex(i), _) if cx.doc.etype(Ent::Lex(i)) == EntityType::Place => {
            cx.doc.crossing_of_place(i).map(Ent::Lex)
        }
        _ => None,
    }
}

/// Whether unit `k` is inside a relative clause set off by commas that closes before
/// unit `until`: ", which faces Qatar's Abu Samra post,".
fn in_relative_clause(cx: &Ctx<'_, '_, '_>, k: usize, until: usize) -> bool {
    let s = cx.s;
    let opened = (0..k).rev().find(|&j| cx.doc.is_punct(s.units, j, ","));
    let Some(c) = opened else { return false };
    cx.is(c + 1, &["which", "where", "who", "that"])
        && (k..until).any(|j| cx.doc.is_punct(s.units, j, ","))
}

/// What is closed in units `from..end`: named crossings (with every crossing of a
/// list), or crossing nouns standing for the crossings between `state` and the other
/// side ("its border crossings with Russia", "the border").
pub(super) fn closed_objects(
    cx: &Ctx<'_, '_, '_>,
    from: usize,
    end: usize,
    state: Option<u32>,
) -> Vec<Ent> {
    let s = cx.s;
    let crossing = |p: usize| match s.phrases[p].head {
        Head::Ent(c @ Ent::Lex(_), _) if cx.doc.etype(c) == EntityType::Crossing => Some(c),
        _ => None,
    };
    let mut named: Vec<Ent> = Vec::new();
    // The generic noun: where it ends, and whether it means one crossing ("its
    // checkpoint on the Lachin corridor", "the crossing") or many ("its crossings",
    // "the border").
    let mut generic: Option<(usize, bool)> = None;
    let mut partner = None;
    // "the border crossing with Somalia": the partner makes it one of the border's.
    let mut partner_with = false;
    // A state whose people or vehicles may not pass is not the other side.
    let mut barred = None;
    let mut last_named_end = from;
    let mut k = from;
    while k < end {
        // "all its crossings except Mandera": what follows is left out.
        if super::exceptions::marker_at(cx, k, end).is_some() {
            break;
        }
        let u = &s.units[k];
        if let Some(p) = s.phrase(k) {
            match s.phrases[p].head {
                Head::Ent(e @ Ent::Lex(i), kind) => match cx.doc.ent(i).entity.etype {
                    EntityType::Crossing => {
                        // One list of names per clause: "closed Kastanies, opposite
                        // Pazarkule" closes one. After a generic noun a name belongs to
                        // it only when close or introduced ("its crossings, including
                        // X", "crossings at X"); "… a day after it reopened X" is
                        // another clause.
                        if !named.is_empty() {
                            // "the Vartius checkpoint and the Kuusamo border crossing":
                            // only a joined name goes on the list.
                            // (A kind of traffic before the head: "the Trebil road
                            // checkpoint and the Safwan checkpoint".)
                            let joined = (last_named_end..k).all(|j| {
                                cx.is(j, &["and", "or", "nor", "the", "its"])
                                    || cx.doc.lex.words.crossing_kinds.contains(cx.word(j))
                                    || cx.doc.is_punct(s.units, j, ",")
                                    || cx.has(j, |c| {
                                        matches!(c, Cue::CrossingHead | Cue::CrossingNoun)
                                    })
                            });
                            if !joined
                                || !(last_named_end..k).any(|j| {
                                    cx.is(j, &["and", "or", "nor"])
                                        || cx.doc.is_punct(s.units, j, ",")
                                })
                            {
                                break;
                            }
                        }
                        if let Some((g, many)) = generic {
                            // "its other crossing with Syria, Rabia,": one crossing, named
                            // in apposition.
                            let apposed = !many && cx.doc.is_punct(s.units, k - 1, ",");
                            // ("including the busy Sadakhlo post": one adjective
                            // between.)
                            let introduced = apposed
                                || (k.saturating_sub(3).max(g)..k).any(|j| {
                                    cx.is(
                                        j,
                                        &[
                                            "including",
                                            "namely",
                                            "notably",
                                            "at",
                                            "such",
                                            "especially",
                                            "on",
                                            "in",
                                            "of",
                                        ],
                                    )
                                });
                            if k > g + 3 && !introduced {
                                break;
                            }
                        }
                        if !named.contains(&e) {
                            named.push(e);
                        }
                        last_named_end = s.phrases[p].end;
                        for q in coordinated_after(cx.doc, s, p, end) {
                            if let Some(c) = crossing(q).filter(|c| !named.contains(c)) {
                                named.push(c);
                                last_named_end = s.phrases[q].end;
                            }
                        }
                        // "Medininkai, the busiest crossing on the road to Minsk, nor
                        // Šalčininkai": past an apposition, the list goes on.
                        let after = s.phrases[p].end;
                        if cx.doc.is_punct(s.units, after, ",")
                            && cx.is(after + 1, &["the", "a", "an", "its"])
                        {
                            if let Some(c2) = (after + 2..(after + 14).min(end))
                                .find(|&j| cx.doc.is_punct(s.units, j, ","))
                            {
                                if cx.is(c2 + 1, &["nor", "and", "or"]) {
                                    if let Some(c) = s
                                        .phrase(c2 + 2)
                                        .and_then(crossing)
                                        .filter(|c| !named.contains(c))
                                    {
                                        named.push(c);
                                    }
                                }
                            }
                        }
                    }
                    // "sealed its border to Cuban migrants": whose people or vehicles
                    // may not pass, not the border's other side unless a neighbour
                    // ("closed the border to Zimbabwean traffic").
                    EntityType::State
                        if kind == MentionKind::Demonym
                            && cx.has(s.phrases[p].end, |c| *c == Cue::Traffic)
                            && state.is_some_and(|st| !cx.doc.ent(st).borders.contains(&i)) =>
                    {
                        barred = Some(i);
                    }
                    EntityType::State if Some(i) != state && partner.is_none() => {
                        partner = Some(i);
                        // "with Somalia", "with the DRC".
                        let before =
                            k.saturating_sub(1 + usize::from(cx.is(k.saturating_sub(1), &["the"])));
                        partner_with = cx.is(before, &["with"]);
                    }
                    // "its side of the crossing at Namoto": a place named as where the
                    // crossing is stands for it.
                    // "kept the border at Adré shut" too.
                    // "its main border post with Kenya at Namanga": one post, where.
                    // "has not closed the post of Kye-Ossi": one post, whose town.
                    EntityType::Place
                        if generic.is_some_and(|(g, many)| {
                            (g + 1 == k && (!many || cx.is(g - 1, &["border", "frontier"])))
                                || (!many && k <= g + 4)
                        }) && cx.is(k - 1, &["at"])
                            || k >= 2
                                && cx.is(k - 1, &["of"])
                                && cx
                                    .doc
                                    .lex
                                    .words
                                    .crossing_heads_of
                                    .contains(cx.doc.word(&s.units[k - 2])) =>
                    {
                        let c = cx.doc.crossing_of_place(i).map_or(e, Ent::Lex);
                        if !named.contains(&c) {
                            named.push(c);
                        }
                    }
                    _ => {}
                },
                Head::Neighbour => {
                    if let Some(st) = state {
                        partner = partner.or_else(|| neighbour(cx.doc, cx.m, s, st));
                    }
                }
                Head::Pronoun { person: false } if k <= from + 1 && !s.phrases[p].possessive => {
                    // "has not closed the border with Bulgaria and will not close it":
                    // what an earlier verb of the sentence closed.
                    let earlier = earlier_closing_verb(cx, from.saturating_sub(1));
                    if let Some(v0) = earlier {
                        let objects = closed_objects(cx, v0 + 1, s.phrases[p].start, state);
                        if !objects.is_empty() {
                            return objects;
                        }
                    }
                    return last_crossing_in(cx, p).into_iter().collect();
                }
                _ => {}
            }
            k = s.phrases[p].end;
            continue;
        }
        // "kept Kuźnica and Bobrowniki closed, and has not reopened them": every
        // crossing the sentence named before.
        if k <= from + 1 && cx.is(k, &["them"]) {
            let named: Vec<Ent> = (0..s.phrase_at[..k]
                .iter()
                .flatten()
                .last()
                .map_or(0, |p| p + 1))
                .filter_map(|q| match s.phrases[q].head {
                    Head::Ent(e @ Ent::Lex(_), _) if cx.doc.etype(e) == EntityType::Crossing => {
                        Some(e)
                    }
                    _ => None,
                })
                .collect();
            if named.len() >= 2 {
                return named;
            }
            // "closed its crossings with Senegal in 2020 and reopened them", "kept its
            // crossings closed … and reopened them": what an earlier verb of the
            // sentence closed or kept closed, as for "it".
            if let Some(v0) = earlier_closing_verb(cx, from.saturating_sub(1)) {
                // A stative of a closing frame in the same stretch ("kept … closed").
                let kept = (v0.saturating_sub(8)..v0)
                    .rev()
                    .take_while(|&j| s.units[j].kind != UnitKind::Punct)
                    .find(|&j| {
                        cx.has(j, |c| {
                            matches!(c, Cue::Stative(r) if cx.doc.lex.frame(*r).is_some_and(|f| f.collective))
                        })
                    });
                let mut objects = kept
                    .map(|j| closed_objects(cx, j + 1, v0, state))
                    .unwrap_or_default();
                if objects.is_empty() {
                    objects = closed_objects(cx, v0 + 1, k, state);
                }
                if !objects.is_empty() {
                    return objects;
                }
            }
        }
        // "closed its airspace", "Pakistani airspace", "Algeria's airspace": the
        // owner's (else the acting state's) airspace.
        if named.is_empty()
            && generic.is_none()
            && cx.doc.lex.words.airspace_nouns.contains(cx.doc.word(u))
        {
            let owner = k
                .checked_sub(1)
                .and_then(|j| s.phrase(j))
                .and_then(|p| match s.phrases[p].head {
                    Head::Ent(Ent::Lex(st), _)
                        if cx.doc.etype(Ent::Lex(st)) == EntityType::State =>
                    {
                        Some(st)
                    }
                    _ => None,
                })
                .or(state);
            if let Some(st) = owner {
                return vec![Ent::Airspace(st)];
            }
        }
        if cx.doc.has(u, |c| *c == Cue::CrossingNoun) {
            if generic.is_none() {
                // "the border", "its land frontier" or a plural: many; "its main
                // border post" is one.
                let last = cx.doc.word(u).rsplit(' ').next().unwrap_or_default();
                let many =
                    crate::extract::mentions::plural(last) || matches!(last, "border" | "frontier");
                generic = Some((k + 1, many));
            }
        } else if ((generic.is_some() || !named.is_empty())
            && cx.doc.has(u, |c| matches!(c, Cue::Verb(..))))
            || (generic.is_none() && named.is_empty() && k > from + 6)
        {
            // A verb past what was found ends the object; so does a long stretch of
            // nothing.
            break;
        }
        k += 1;
    }
    let mut out = Vec::new();
    match (generic, named.is_empty()) {
        // "the crossing": the one named last, in this sentence if it names one ("at
        // Razi, officials halted traffic before reopening the crossing").
        // ("the border crossing on the western road" is one of the border's).
        (Some((g, false)), true)
            if g >= 2
                && cx.is(g - 2, &["the", "this"])
                && !partner_with
                && !cx.word(g - 1).starts_with("border") =>
        {
            let before = s.phrases.iter().take_while(|p| p.start < from).count();
            out.extend(last_crossing_called(cx, before, Some(g - 1)));
        }
        (Some((g, many)), _) => {
            // A noun for one crossing before a name is that crossing; a noun for many
            // before names ("two crossings, Kuźnica and Bobrowniki", "its crossings,
            // including X") gives the collective too.
            let name_first = named.first().and_then(|e| {
                (from..end).find(|&j| matches!(s.phrase(j).map(|p| s.phrases[p].head), Some(Head::Ent(x, _)) if x == *e))
            });
            let noun_before_names = name_first.is_none_or(|n| g <= n);
            // "suspended crossings at La Mesilla", "kept the border at Paso Canoas
            // shut": the noun is where the name is, not the whole border.
            let at_name = name_first.is_some_and(|n| {
                n > g
                    && (g..n).all(|j| cx.is(j, &["at", "in", "the"]))
                    && (g..n).any(|j| cx.is(j, &["at", "in"]))
            });
            // "its other crossings, X and Y": the names are all it says; not after
            // "including", which names only some ("its other crossings with Armenia,
            // including the Sadakhlo post").
            let including = name_first
                .is_some_and(|n| (g..n).any(|j| cx.is(j, super::super::english::ASIDE_OPENERS)));
            let others_named =
                !named.is_empty() && g >= 2 && cx.is(g - 2, &["other"]) && !including;
            if (many || named.is_empty()) && noun_before_names && !at_name && !others_named {
                if let Some(state) = state {
                    let partner = partner.or_else(|| {
                        neighbour(cx.doc, cx.m, s, state).filter(|&n| Some(n) != barred)
                    });
                    out.extend(partner.and_then(|p| cx.doc.crossings(state, p)));
                }
            }
        }
        _ => {}
    }
    out.extend(named);
    out
}

/// Whether a determiner and one or two plain lower-case modifiers come before the
/// crossing head at `k`: "the coast-road post", "the small post"; not words that pick
/// out another crossing ("the other post", "the smaller crossing", "the northern
/// gate") or make the noun an act ("the attempted crossing"). A superlative ("the
/// busiest crossing") is one crossing, most often the one named.
pub(super) fn modified_definite(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    let s = cx.s;
    // "the three checkpoints" are many.
    let head = cx.word(k).rsplit(' ').next().unwrap_or_default();
    if crate::extract::mentions::plural(head) {
        return false;
    }
    let mut words = 0;
    for j in (k.saturating_sub(5)..k).rev() {
        if cx.is(j, &["the", "this", "that"]) {
            return words > 0;
        }
        if cx.word(j) == "-" {
            continue;
        }
        let u = &s.units[j];
        let w = cx.word(j);
        let another =
            cx.doc.lex.words.another_crossing.contains(w) || (w.ends_with("er") && w != "border");
        let plain = u.kind != UnitKind::Punct
            && !another
            && !cx.doc.capitalised(u)
            && s.phrase(j).is_none()
            && !cx.has(j, |c| {
                matches!(c, Cue::Verb(..) | Cue::Hedge | Cue::Negation)
            });
        words += 1;
        if !plain || words > 2 {
            return false;
        }
    }
    false
}
