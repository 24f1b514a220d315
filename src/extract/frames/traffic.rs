//! Traffic at a crossing standing for the crossing's closure or reopening: "traffic
//! resumed at X" (an ergative verb whose subject is the traffic), "let lorries through
//! X again" (an enabling verb with "again"), "X is open again" (the crossing's state
//! once it happened). Who acts, when nobody is named, is found as for an agentless
//! passive.

use super::*;

/// Prepositions before the crossing the traffic passes.
const AT: &[&str] = &[
    "at", "through", "across", "via", "on", "over", "along", "into", "from",
];

/// Words making an enabling verb a reopening: "let lorries through again".
const AGAIN: &[&str] = &["again", "once again", "once more", "anew"];

/// Words between a crossing and its state: "X is now open again".
const LINKS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "now",
    "finally",
    "fully",
    "partly",
    "partially",
    "officially",
    "to",
    "once",
];

/// "traffic resumed at X", "crossings were halted at the border by Thai soldiers",
/// "trade through Torkham restarted": the verb at `v` of frame `f`, whose subject is
/// traffic.
pub(super) fn ergative(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, out: &mut Vec<Candidate>) {
    let s = cx.s;
    let Some(t) = traffic_before(cx, v) else {
        return transitive(cx, f, v, out);
    };
    let end = clause_end(cx.doc, s, v + 1);
    // The crossing: after a preposition following the verb, else between the traffic
    // and the verb ("trade through Torkham resumed").
    let mut objects = crossing_after(cx, v, end);
    if objects.is_empty() {
        objects = closed_objects(cx, t + 1, v, None);
    }
    if objects.is_empty() {
        return;
    }
    let pairs = actors_of(cx, v, end, Vec::new(), &objects);
    push(cx, f, pairs, verb_group_modality(cx, v, end), v, out);
}

/// "Mongolia resumed passenger traffic at Zamiin-Uud", "Chad could halt all traffic
/// at Goré": the ergative verb at `v` used transitively, the traffic its object and the
/// crossing after a preposition (or set before the clause: "At Korday, the guards
/// halted traffic").
fn transitive(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, out: &mut Vec<Candidate>) {
    let s = cx.s;
    if is_passive(cx.doc, s, v) {
        return;
    }
    let end = clause_end(cx.doc, s, v + 1);
    // The traffic right after the verb, past a quantifier and a modifier or two; not
    // one vehicle ("stopped a lorry at the post" is a check, not a closure).
    let Some(t) = (v + 1..(v + 4).min(end))
        .take_while(|&k| s.units[k].kind != UnitKind::Punct && s.phrase(k).is_none())
        .find(|&k| cx.has(k, |c| *c == Cue::Traffic))
    else {
        return;
    };
    // "stopped a lorry", "stopped the truck at the post": one vehicle is a check;
    // "suspended the entry of lorries", "halted the traffic" are not.
    let one = |k: usize| cx.is(k, &["a", "an", "one"]);
    let vehicle = cx.is(t, &["lorry", "truck", "vehicle", "car", "bus", "train"]);
    if (v + 1..t).any(|k| one(k) || (vehicle && cx.is(k, &["the"]))) {
        return;
    }
    let mut objects = crossing_after(cx, t, end);
    if objects.is_empty() {
        objects = fronted_crossing(cx, v);
    }
    if objects.is_empty() {
        return;
    }
    let subjects = cx.subjects(v);
    if subjects.is_empty() {
        return;
    }
    let pairs = actors_of(cx, v, end, subjects, &objects);
    let modality = cx.modality_from(subject_of(cx.doc, s, v), v, end);
    push(cx, f, pairs, modality, v, out);
}

/// The crossing of a place phrase opening the sentence before the verb at `v`: "At the
/// Guabito post on the Caribbean coast, customs let cargo through again", "Further
/// south, at Razi, officials halted all traffic" (a short adverbial may come first).
pub(super) fn fronted_crossing(cx: &Ctx<'_, '_, '_>, v: usize) -> Vec<Ent> {
    const PLACE: &[&str] = &["at", "in", "on", "through"];
    let s = cx.s;
    let Some(mut first) = (0..v).find(|&k| s.units[k].kind != UnitKind::Punct) else {
        return Vec::new();
    };
    if !cx.is(first, PLACE) {
        let after_adverbial = (first + 1..(first + 4).min(v))
            .find(|&k| cx.doc.is_punct(s.units, k, ","))
            .map(|k| k + 1)
            .filter(|&k| k < v && cx.is(k, PLACE));
        match after_adverbial {
            Some(k) => first = k,
            None => return Vec::new(),
        }
    }
    let Some(comma) = (first + 1..v).find(|&k| cx.doc.is_punct(s.units, k, ",")) else {
        return Vec::new();
    };
    let objects = closed_objects(cx, first + 1, comma, None);
    let named = |e: &Ent| {
        (first + 1..comma).any(|k| {
            s.phrase(k)
                .is_some_and(|p| matches!(s.phrases[p].head, Head::Ent(x, _) if x == *e))
        })
    };
    // Only a crossing named there: a bare "At the border," names none.
    objects.into_iter().filter(named).collect()
}

/// "Bolivian authorities had let traffic through at Pisiga again", "lorries were
/// allowed through the Korday checkpoint again": the enabling verb at `v`, with traffic
/// after it and "again" in its clause.
pub(super) fn enabling(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, out: &mut Vec<Candidate>) {
    let s = cx.s;
    let end = clause_end(cx.doc, s, v + 1);
    if !(v + 1..end).any(|k| cx.is(k, AGAIN)) {
        return;
    }
    // ("is open again" is a state, read by `restored`.)
    if cx.is(v, &["open", "opens"]) && v > 0 && cx.is(v - 1, LINKS) {
        return;
    }
    let passive = v > 0 && cx.is(v - 1, &["was", "were", "be", "been", "being", "is", "are"]);
    // What is let through: traffic, or the crossing itself ("opened the Namanga
    // crossing again", "the bridge was opened again").
    let crossing_at = |k: usize| {
        s.phrase(k).is_some_and(
            |p| matches!(s.phrases[p].head, Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing),
        ) || cx.has(k, |c| matches!(c, Cue::CrossingNoun | Cue::CrossingHead))
    };
    let traffic = if passive {
        traffic_before(cx, v).is_some() || !crossings_before(cx, v).is_empty()
    } else {
        (v + 1..(v + 5).min(end)).any(|k| cx.has(k, |c| *c == Cue::Traffic))
            || (v + 1..(v + 4).min(end))
                .take_while(|&k| k == v + 1 || s.units[k].kind != UnitKind::Punct)
                .any(crossing_at)
    };
    if !traffic {
        return;
    }
    let mut objects = crossing_after(cx, v, end);
    if objects.is_empty() && !passive {
        // "opened the Namanga crossing again": the crossing is the verb's object.
        let state = cx.subjects(v).first().and_then(|e| cx.acting_state(*e));
        objects = closed_objects(cx, v + 1, end, state);
    }
    if objects.is_empty() && passive {
        objects = crossings_before(cx, v);
    }
    if objects.is_empty() {
        objects = fronted_crossing(cx, v);
    }
    if objects.is_empty() {
        return;
    }
    let subjects = if passive { Vec::new() } else { cx.subjects(v) };
    let pairs = actors_of(cx, v, end, subjects, &objects);
    let modality = cx.modality_from(subject_of(cx.doc, s, v), v, end);
    push(cx, f, pairs, modality, v, out);
}

/// "Colchane open again to travellers", "the Aguas Verdes bridge is open again": the
/// state at `k` of the crossing named before it.
pub(super) fn restored(cx: &Ctx<'_, '_, '_>, f: &Frame, k: usize, out: &mut Vec<Candidate>) {
    let s = cx.s;
    let mut j = k;
    while j > 0 && cx.is(j - 1, LINKS) {
        j -= 1;
    }
    let start = (0..j)
        .rev()
        .find(|&i| s.units[i].kind == UnitKind::Punct && !cx.is(i, &["-"]))
        .map_or(0, |i| i + 1);
    if j == 0 || start >= j {
        return;
    }
    // The crossing phrase (or a crossing noun) must end right before the link words.
    let last = j - 1;
    let named = s.phrase(last).is_some_and(
        |p| matches!(s.phrases[p].head, Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing),
    );
    if !named && !cx.has(last, |c| matches!(c, Cue::CrossingNoun | Cue::CrossingHead)) {
        return;
    }
    let objects = closed_objects(cx, start, j, None);
    if objects.is_empty() {
        return;
    }
    let end = clause_end(cx.doc, s, k + 1);
    let pairs = location_actors(cx, k, &objects);
    push(cx, f, pairs, verb_group_modality(cx, k, end), k, out);
}

/// The unit of the traffic noun that is the subject of the verb at `v`: among the few
/// words before it, past auxiliaries, adverbs and a crossing ("traffic on the bridge").
fn traffic_before(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<usize> {
    let s = cx.s;
    let mut k = v;
    while k > 0 && v - k < 8 {
        k -= 1;
        if cx.has(k, |c| *c == Cue::Traffic) {
            return Some(k);
        }
        let stop = s.units[k].kind == UnitKind::Punct
            || cx.has(k, |c| matches!(c, Cue::Verb(..) | Cue::Ergative(..)))
            || s.phrase(k).is_some_and(|p| {
                !matches!(s.phrases[p].head, Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing)
            });
        if stop {
            return None;
        }
    }
    None
}

/// The crossings named after a preposition in the few units after `v`.
fn crossing_after(cx: &Ctx<'_, '_, '_>, v: usize, end: usize) -> Vec<Ent> {
    let s = cx.s;
    let Some(j) = (v + 1..end.min(v + 9))
        .take_while(|&j| s.units[j].kind != UnitKind::Punct)
        .find(|&j| cx.is(j, AT))
    else {
        return Vec::new();
    };
    closed_objects(cx, j + 1, end, None)
}

/// Who acts on `objects`, each paired with each: the `subjects` given, else the agents
/// after "by", else who acts when nobody is named ([`location_actors`]).
fn actors_of(
    cx: &Ctx<'_, '_, '_>,
    v: usize,
    end: usize,
    subjects: Vec<Ent>,
    objects: &[Ent],
) -> Vec<(Ent, Ent)> {
    let actors = if subjects.is_empty() {
        agents_after(cx, v, end)
    } else {
        subjects
    };
    if actors.is_empty() {
        return location_actors(cx, v, objects);
    }
    objects
        .iter()
        .flat_map(|o| actors.iter().map(move |a| (*a, *o)))
        .collect()
}

/// The states named after "by" in `v..end`: "were halted at X by Thai soldiers".
fn agents_after(cx: &Ctx<'_, '_, '_>, v: usize, end: usize) -> Vec<Ent> {
    let Some(b) = (v + 1..end).find(|&k| cx.is(k, &["by"])) else {
        return Vec::new();
    };
    let Some(p) = cx.s.phrase(b + 1 + cx.is(b + 1, &["the"]) as usize) else {
        return Vec::new();
    };
    cx.resolve_all(p, None)
        .into_iter()
        .filter(|e| cx.acting_state(*e).is_some())
        .collect()
}

fn push(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    pairs: Vec<(Ent, Ent)>,
    modality: Modality,
    at: usize,
    out: &mut Vec<Candidate>,
) {
    let date = cx.s.date_near(at);
    for (subject, object) in pairs {
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
