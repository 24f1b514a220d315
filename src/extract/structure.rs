//! Relations read from the shape of noun phrases rather than from a verb (roles are in
//! `roles.rs`): borders in "the Finnish–Russian border", "the border between X and Y", "X's border with Y"
//! and "neighbouring Y", places (in `structure/places.rs`: "Inari, Finland",
//! "Thailand's Surin province", "the town of X in Y"), and memberships in "NATO member
//! Finland".

use super::discourse::resolve;
use super::doc::Ent;
use super::english::{clause_end, coordinated_after};
use super::frames::{Candidate, Ctx};
use super::units::UnitKind;
use super::view::Head;
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Modality, Relation};
use places::{located_after, locations_at};

mod places;

fn fact(subject: Ent, relation: Relation, object: Ent, claim: Option<String>) -> Candidate {
    Candidate {
        subject,
        relation,
        object: Some(object),
        claim,
        modality: Modality::Asserted,
        date: None,
        inferred: false,
    }
}

/// Borders, places and memberships from noun phrases.
pub fn noun_phrases(cx: &Ctx<'_, '_, '_>, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let n = s.units.len();
    let ent = |k: usize| s.units.get(k).and_then(|u| doc.entity_cue(u));
    let state = |e: u32| doc.ent(e).entity.etype == EntityType::State;
    let borders = |out: &mut Vec<Candidate>, a: Option<u32>, b: Option<u32>| {
        if let (Some(x), Some(y)) = (a, b) {
            if x != y && doc.may_border(x, y) {
                out.push(fact(Ent::Lex(x), Relation::BORDERS, Ent::Lex(y), None));
            }
        }
    };
    for k in 0..n {
        let u = &s.units[k];
        // "the Finnish-Russian border", "the Thai–Cambodian frontier", "the
        // Attari-Wagah crossing" between two places of two states.
        if let (Some((a, _)), Some((b, _))) = (ent(k), ent(k + 2)) {
            let dash = doc.is_punct(s.units, k + 1, "-")
                || doc.is_punct(s.units, k + 1, "–")
                || doc.is_punct(s.units, k + 1, "/");
            let noun_next = doc.has_at(s.units, k + 3, |c| *c == Cue::CrossingNoun)
                || (doc.is_word(
                    s.units,
                    k + 3,
                    &["road", "land", "rail", "disputed", "shared", "common"],
                ) && doc.has_at(s.units, k + 4, |c| *c == Cue::CrossingNoun));
            let (x, y) = (doc.state_of(Ent::Lex(a)), doc.state_of(Ent::Lex(b)));
            if dash && noun_next {
                borders(out, x, y);
            }
        }
        // "the border between X and Y", "the crossing of Ras Jedir, between X and Y".
        let crossing_at = |j: usize| {
            doc.has_at(s.units, j, |c| {
                matches!(c, Cue::CrossingNoun | Cue::CrossingHead)
            }) || ent(j).is_some_and(|(e, _)| doc.ent(e).entity.etype == EntityType::Crossing)
        };
        let between = doc.is_word(s.units, k, &["between"])
            && (k.saturating_sub(6)..k).rev().any(crossing_at)
            && !(k.saturating_sub(6)..k)
                .any(|j| !crossing_at(j) && doc.has(&s.units[j], |c| matches!(c, Cue::Verb(..))));
        if between {
            let end = clause_end(doc, s, k + 1);
            let mut states: Vec<u32> = Vec::new();
            for j in k + 1..end.min(k + 7) {
                if let Some(p) = s.phrase(j) {
                    if let Head::Ent(e, _) = s.phrases[p].head {
                        if let Some(st) = doc.state_of(e) {
                            if !states.contains(&st) {
                                states.push(st);
                            }
                        }
                    }
                }
            }
            if states.len() == 2 {
                borders(out, Some(states[0]), Some(states[1]));
            }
        }
        // "X's border with Y", "its crossings with Y", "X shares a border with Y", "X
        // closed the Namanga crossing with Y".
        let crossing = doc.has(u, |c| *c == Cue::CrossingNoun)
            || ent(k).is_some_and(|(e, _)| doc.ent(e).entity.etype == EntityType::Crossing);
        // "the border of Brazil with Venezuela".
        if crossing
            && doc.is_word(s.units, k + 1, &["of"])
            && doc.is_word(s.units, k + 3, &["with"])
        {
            if let (Some((x, MentionKind::Name)), Some((y, MentionKind::Name))) =
                (ent(k + 2), ent(k + 4))
            {
                borders(out, doc.state_of(Ent::Lex(x)), doc.state_of(Ent::Lex(y)));
            }
        }
        // "a border of about 1,600 kilometres with Iraq": a length between.
        let with = if doc.is_word(s.units, k + 1, &["with"]) {
            Some(k + 1)
        } else if doc.is_word(s.units, k + 1, &["of"]) {
            (k + 2..(k + 8).min(s.units.len()))
                .take_while(|&j| s.phrase(j).is_none())
                .find(|&j| doc.is_word(s.units, j, &["with"]))
                .filter(|&j| {
                    (k + 2..j).any(|m| {
                        doc.word(&s.units[m])
                            .starts_with(|c: char| c.is_ascii_digit())
                    })
                })
        } else {
            None
        };
        if let Some(with) = with.filter(|_| crossing) {
            let mut j = with + 1;
            if doc.is_word(s.units, j, &["the", "neighbouring", "neighboring"]) {
                j += 1;
            }
            if let Some(Head::Ent(y, MentionKind::Name | MentionKind::Metonym)) =
                s.phrase(j).map(|p| s.phrases[p].head)
            {
                for owner in border_owners(cx, k) {
                    borders(out, doc.state_of(owner), doc.state_of(y));
                }
            }
        }
        // "Kenya and Tanzania share a border", "the two countries share a 770-km
        // frontier" ("X shares a border with Y" is read above).
        if doc.has(u, |c| *c == Cue::Reciprocal(Relation::BORDERS)) {
            let noun = (k + 1..n.min(k + 7))
                .take_while(|&j| {
                    let w = doc.word(&s.units[j]);
                    // Not "shared concerns about the border"; "one of the longest".
                    (s.units[j].kind != UnitKind::Punct || w == "-")
                        && (!super::english::PREPOSITIONS.contains(&w)
                            || (w == "of" && doc.is_word(s.units, j - 1, &["one"])))
                })
                .find(|&j| doc.has_at(s.units, j, |c| *c == Cue::CrossingNoun));
            if noun.is_some_and(|j| !doc.is_word(s.units, j + 1, &["with"])) {
                if let Some((a, b)) = subject_pair(cx, k) {
                    borders(out, Some(a), Some(b));
                }
            }
        }
        // "Sudan and South Sudan will reopen their common border".
        if doc.is_word(s.units, k, &["their"])
            && doc.is_word(s.units, k + 1, &["common", "mutual", "joint"])
            && doc.has_at(s.units, k + 2, |c| *c == Cue::CrossingNoun)
        {
            if let Some((a, b)) = subject_pair(cx, k) {
                borders(out, Some(a), Some(b));
            }
        }
        // "the two countries' border", "their shared border": the story's two states.
        if doc.has(u, |c| *c == Cue::Pair)
            && doc.has_at(s.units, k + 2, |c| *c == Cue::CrossingNoun)
            && doc.is_word(s.units, k + 1, &["'", "'s"])
        {
            if let Some((a, b)) = cx.m.pair() {
                borders(out, Some(a), Some(b));
            }
        }
        // "neighbouring Cambodia", "Pakistan's neighbour Afghanistan": the subject
        // state, or the one the sentence is about, borders it.
        if doc.is_word(
            s.units,
            k,
            &["neighbouring", "neighboring", "neighbour", "neighbor"],
        ) {
            if let Some((y, MentionKind::Name)) = ent(k + 1).filter(|(e, _)| state(*e)) {
                let x = (0..k)
                    .rev()
                    .find_map(|j| {
                        ent(j).filter(|(e, m)| state(*e) && *m != MentionKind::Demonym && *e != y)
                    })
                    .map(|(e, _)| e)
                    .or(cx.m.last_state.and_then(|e| doc.state_of(e)));
                borders(out, x, Some(y));
            }
        }
        locations_at(cx, k, out);
        membership_at(cx, k, out);
        shared_membership(cx, k, out);
        apposed_membership(cx, k, out);
        relative_membership(cx, k, out);
        fronted_membership(cx, k, out);
        // "Storskog … is located in the far northeast of Norway": the verb's subject
        // when it is a crossing or place ("Kordai, which … across the Chu river, lies
        // in": past the relative clause), else the crossing or place named last before
        // the verb.
        let place_verb = doc.has(u, |c| {
            matches!(c, Cue::Verb(r, _) if doc.lex.frame(*r).is_some_and(|f| f.rule == crate::lexicon::Rule::Place))
        });
        if place_verb {
            let place = |p: usize| match s.phrases[p].head {
                Head::Ent(e, _)
                    if s.phrases[p].end <= k
                        && matches!(doc.etype(e), EntityType::Crossing | EntityType::Place) =>
                {
                    Some(e)
                }
                _ => None,
            };
            // (Not a participle after a comma: "… bound for Spin Boldak, located in
            // Kandahar" is Spin Boldak's place.)
            let participle = k > 0
                && doc.is_punct(s.units, k - 1, ",")
                && doc.is_word(s.units, k, &["located", "situated", "lying"]);
            let x = (!participle)
                .then(|| super::english::subject_of(doc, s, k))
                .flatten()
                .and_then(place)
                .or_else(|| (0..s.phrases.len()).rev().find_map(place));
            if let Some(x) = x {
                located_after(cx, k, x, out);
            }
        }
    }
}

/// The two states of the subjects of the clause at unit `k`, if they are exactly two:
/// "Kenya and Tanzania share a border", "Sudan and South Sudan … their common border".
fn subject_pair(cx: &Ctx<'_, '_, '_>, k: usize) -> Option<(u32, u32)> {
    let mut states: Vec<u32> = Vec::new();
    for e in cx.subjects(k) {
        if let Some(st) = cx.doc.state_of(e).filter(|st| !states.contains(st)) {
            states.push(st);
        }
    }
    match states[..] {
        [a, b] => Some((a, b)),
        _ => None,
    }
}

/// Who owns the border noun at unit `k`: a possessive or demonym before it, else the
/// clause's subjects ("their borders" after "Estonia and Latvia … have accused").
fn border_owners(cx: &Ctx<'_, '_, '_>, k: usize) -> Vec<Ent> {
    let (doc, s) = (cx.doc, cx.s);
    let mut j = k;
    let mut before = k;
    while j > 0 {
        j -= 1;
        let u = &s.units[j];
        if let Some(p) = s.phrase(j) {
            let ph = &s.phrases[p];
            if ph.possessive || matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) {
                return super::discourse::resolve_all(doc, cx.m, s, p, None);
            }
            // "closed the Namanga crossing with Kenya": the name is no owner.
            if ph.end == k
                && matches!(ph.head, Head::Ent(e, _) if matches!(doc.etype(e), EntityType::Crossing | EntityType::Place))
            {
                before = ph.start;
            }
            break;
        }
        // "Poland's 535-kilometre border": numbers and hyphens may stand between.
        // So may a comma between adjectives: "Guyana's long, thinly policed border".
        let listed = doc.word(u) == ","
            && j > 0
            && s.units[j - 1].kind == UnitKind::Word
            && !doc.is_word(s.units, j + 1, super::english::PREPOSITIONS)
            && !doc.is_word(s.units, j + 1, super::english::DETERMINERS)
            && !doc.is_word(
                s.units,
                j + 1,
                &["which", "who", "that", "where", "and", "or"],
            );
        let filler = u.kind == UnitKind::Word
            || doc.word(u) == "-"
            || listed
            || doc.has(u, |c| *c == Cue::CrossingNoun);
        if !filler || k - j > 6 {
            break;
        }
    }
    let Some(p) = super::english::nearest_subject(doc, s, before) else {
        return Vec::new();
    };
    let mut out: Vec<Ent> = Vec::new();
    for q in super::english::coordinated_before(doc, s, p) {
        out.extend(resolve(doc, cx.m, s, q, None));
    }
    out
}

/// `member_of` before a membership noun: "NATO member Finland", "Finland, an EU and
/// NATO member", "are both NATO allies".
fn membership_at(cx: &Ctx<'_, '_, '_>, k: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    // ("allies" only here, before the noun: "Israel's allies in the EU" are no members.)
    let member = doc.has_at(
        s.units,
        k,
        |c| matches!(c, Cue::Noun(r) if *r == Relation::MEMBER_OF),
    ) && matches!(doc.word(&s.units[k]), "member" | "members")
        || doc.is_word(s.units, k, &["ally", "allies"]);
    if !member || k == 0 {
        return;
    }
    // The organisations before the noun: "an EU and NATO member"; "are NATO members"
    // reads as the body's people, one phrase with the noun.
    let mut orgs = Vec::new();
    let mut j = k;
    if let Some(p) = s.phrase(k).filter(|&p| s.phrases[p].start < k) {
        match s.phrases[p].head {
            Head::Ent(e, MentionKind::Name) if doc.etype(e) == EntityType::Organisation => {
                orgs.push(e);
                j = s.phrases[p].start;
            }
            _ => return,
        }
    }
    while let Some(p) = j
        .checked_sub(1)
        .and_then(|i| s.phrase(i))
        .filter(|&p| s.phrases[p].end == j)
    {
        match s.phrases[p].head {
            Head::Ent(e, MentionKind::Name) if doc.etype(e) == EntityType::Organisation => {
                orgs.insert(0, e)
            }
            _ => break,
        }
        j = s.phrases[p].start;
        if j > 0
            && (doc.is_word(s.units, j - 1, &["and"]) || doc.is_punct(s.units, j - 1, ","))
            && s.phrase(j - 2).is_some()
        {
            j -= 1;
        } else {
            break;
        }
    }
    if orgs.is_empty() {
        return;
    }
    // Who: "NATO member Finland" (after), "Finland, a NATO member" (apposition), or
    // the clause subject of "is/became".
    let mut start = j;
    while start > 0
        && s.units[start - 1].kind == UnitKind::Word
        && s.phrase(start - 1).is_none()
        && !doc.is_word(s.units, start - 1, &["a", "an"])
        && start + 3 > j
    {
        start -= 1;
    }
    let one = |p: usize| {
        resolve(doc, cx.m, s, p, None)
            .into_iter()
            .collect::<Vec<_>>()
    };
    let subjects: Vec<Ent> =
        if let Some(p) = s.phrase(k + 1).filter(|&p| s.phrases[p].start == k + 1) {
            one(p)
        } else if start >= 3
            && doc.is_word(s.units, start - 1, &["a", "an"])
            && doc.is_punct(s.units, start - 2, ",")
        {
            s.phrase(start - 3).map(one).unwrap_or_default()
        } else if doc.is_word(s.units, start, &["both"]) {
            // "Kenya and Tanzania, both EAC members".
            both_sides(cx, start)
        } else {
            let be = (0..start).rev().find(|&i| {
                doc.is_word(
                    s.units,
                    i,
                    &[
                        "became", "become", "becomes", "is", "was", "are", "were", "remains",
                        "remained",
                    ],
                )
            });
            // (Not when a preposition governs the members: "is not recognised by any
            // UN member state", "was blocked from becoming a NATO member"; but "is
            // among the EU members", "became in April 2023 a NATO member" are.)
            let past_preposition = |b: usize| {
                (b + 1..j).any(|i| {
                    let w = doc.word(&s.units[i]);
                    s.units[i].kind != UnitKind::Punct
                        && super::english::PREPOSITIONS.contains(&w)
                        && !matches!(w, "among" | "of")
                        && (i + 1..j).all(|x| {
                            let w = doc.word(&s.units[x]);
                            super::english::DETERMINERS.contains(&w)
                                || matches!(w, "becoming" | "become" | "more" | "than" | "other")
                                || w.chars().all(|c| c.is_ascii_digit())
                        })
                })
            };
            // "Both Bulgaria and Turkey are NATO members": every one of the subjects.
            be.filter(|&b| !past_preposition(b))
                .and_then(|b| super::english::subject_of(doc, s, b))
                .map(|p| {
                    super::english::coordinated_before(doc, s, p)
                        .into_iter()
                        .flat_map(one)
                        .collect()
                })
                .unwrap_or_default()
        };
    let negated =
        (start.saturating_sub(4)..start).any(|i| doc.has(&s.units[i], |c| *c == Cue::Negation));
    let modality = if negated {
        Modality::Negated
    } else {
        Modality::Asserted
    };
    for x in subjects {
        if !matches!(doc.etype(x), EntityType::State | EntityType::Organisation) {
            continue;
        }
        for &org in orgs.iter().filter(|&&o| o != x) {
            out.push(Candidate {
                modality,
                ..fact(x, Relation::MEMBER_OF, org, None)
            });
        }
    }
}

/// `member_of` for every side of "Kazakhstan and China, both members of the SCO",
/// "…, and both are founding members of the GCC" and "Poland and Slovakia, both in the
/// Schengen Area": the two states or bodies named last before "both", each a member of
/// the bodies after "of" (or "in").
fn shared_membership(cx: &Ctx<'_, '_, '_>, k: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let (lead, at) = if doc.is_word(s.units, k, &["members"])
        && doc.is_word(s.units, k + 1, &["of"])
    {
        // Past a word like "founding" or "full" before "members".
        (before_qualifiers(cx, k, 2, &[]), k + 2)
    } else if doc.is_word(s.units, k, &["in"]) && doc.is_word(s.units, k.wrapping_sub(1), &["both"])
    {
        (k, k + 1)
    } else {
        return;
    };
    let both = if doc.is_word(s.units, lead.wrapping_sub(1), &["both"]) {
        lead - 1
    } else if doc.is_word(s.units, lead.wrapping_sub(1), &["are", "were"])
        && doc.is_word(s.units, lead.wrapping_sub(2), &["both"])
    {
        lead - 2
    } else {
        return;
    };
    let at = at + doc.is_word(s.units, at, &["the"]) as usize;
    let Some(mut first) = s.phrase(at).filter(|&p| s.phrases[p].start == at) else {
        return;
    };
    // Past where the body sits: "both members of the Tehran-based Economic Cooperation
    // Organization".
    let end = s.phrases[first].end;
    if doc.is_punct(s.units, end, "-") && doc.is_word(s.units, end + 1, &["based"]) {
        let Some(body) = s.phrase(end + 2) else {
            return;
        };
        first = body;
    }
    let orgs: Vec<Ent> = super::english::coordinated_after(doc, s, first, s.units.len())
        .into_iter()
        .flat_map(|q| resolve(doc, cx.m, s, q, None))
        .filter(|e| doc.etype(*e) == EntityType::Organisation)
        .collect();
    for x in both_sides(cx, both) {
        for &org in orgs.iter().filter(|o| **o != x) {
            out.push(fact(x, Relation::MEMBER_OF, org, None));
        }
    }
}

/// The two states or bodies "both" at unit `both` stands for: the two named last
/// before it ("Kazakhstan and China, both …"), or the pair "the two countries" names
/// ("the two countries, both members of SADC").
fn both_sides(cx: &Ctx<'_, '_, '_>, both: usize) -> Vec<Ent> {
    let (doc, s) = (cx.doc, cx.s);
    let mut members: Vec<Ent> = Vec::new();
    for p in (0..s.phrases.len())
        .rev()
        .filter(|&p| s.phrases[p].end <= both)
    {
        match s.phrases[p].head {
            Head::Ent(e, MentionKind::Name | MentionKind::Metonym) => {
                let t = doc.etype(e);
                if matches!(t, EntityType::State | EntityType::Organisation)
                    && !members.contains(&e)
                {
                    members.push(e);
                }
            }
            Head::Pair if members.is_empty() => {
                return super::discourse::resolve_all(doc, cx.m, s, p, None);
            }
            _ => {}
        }
        if members.len() == 2 {
            return members;
        }
    }
    Vec::new()
}

/// Where a membership noun at `k` starts once the `max` words before it that are
/// `articles` or words like "founding" (`membership_qualifiers`) are passed over.
fn before_qualifiers(cx: &Ctx<'_, '_, '_>, k: usize, max: usize, articles: &[&str]) -> usize {
    let (doc, s) = (cx.doc, cx.s);
    let mut c = k;
    while c > 0
        && k - c < max
        && (doc.is_word(s.units, c - 1, articles)
            || doc
                .lex
                .words
                .membership_qualifiers
                .contains(doc.word(&s.units[c - 1])))
    {
        c -= 1;
    }
    c
}

/// `member_of` for the subject after a fronted "As a member of NATO and a candidate
/// for …, North Macedonia remains committed", "As founding members of the EAC, Kenya
/// and Uganda …".
fn fronted_membership(cx: &Ctx<'_, '_, '_>, k: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let member =
        doc.is_word(s.units, k, &["member", "members"]) && doc.is_word(s.units, k + 1, &["of"]);
    if !member
        || before_qualifiers(cx, k, 3, &["a", "an"]) != 1
        || !doc.is_word(s.units, 0, &["as"])
    {
        return;
    }
    let from = k + 2 + doc.is_word(s.units, k + 2, &["the"]) as usize;
    let Some(p) = s.phrase(from).filter(|&p| s.phrases[p].start == from) else {
        return;
    };
    let Some(comma) = (from..s.units.len()).find(|&j| doc.is_punct(s.units, j, ",")) else {
        return;
    };
    let list = coordinated_after(doc, s, p, comma);
    let orgs: Vec<Ent> = list
        .iter()
        .filter_map(|&q| match s.phrases[q].head {
            Head::Ent(e, MentionKind::Name) if doc.etype(e) == EntityType::Organisation => Some(e),
            _ => None,
        })
        .collect();
    // The comma closes the bodies, or "and a candidate for …" after them (not "As a
    // member of al-Shabaab was being questioned, Kenya …", a clause of time).
    let tail = list.last().map_or(comma, |&q| s.phrases[q].end);
    if tail != comma
        && !(doc.is_word(s.units, tail, &["and"]) && doc.is_word(s.units, tail + 1, &["a", "an"]))
    {
        return;
    }
    // One member, or two joined by "and" after "members" (not "Lithuania, Belarus's
    // western neighbour", an apposition).
    let Some(q) = s.phrase(comma + 1) else {
        return;
    };
    let mut who = vec![q];
    let and = s.phrases[q].end;
    if doc.is_word(s.units, k, &["members"]) && doc.is_word(s.units, and, &["and"]) {
        who.extend(s.phrase(and + 1));
    }
    let members = who
        .into_iter()
        .filter_map(|q| resolve(doc, cx.m, s, q, None))
        .filter(|&x| matches!(doc.etype(x), EntityType::State | EntityType::Organisation));
    for x in members {
        for &org in orgs.iter().filter(|&&o| o != x) {
            out.push(fact(x, Relation::MEMBER_OF, org, None));
        }
    }
}

/// `member_of` from a relative clause after the body: "the Caribbean Community
/// (CARICOM), of which Haiti is a member", "ECCAS, of which the Central African
/// Republic is a founding member".
fn relative_membership(cx: &Ctx<'_, '_, '_>, k: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let member = doc.has_at(
        s.units,
        k,
        |c| matches!(c, Cue::Noun(r) if *r == Relation::MEMBER_OF),
    );
    if !member || doc.is_word(s.units, k + 1, &["of"]) {
        return;
    }
    // Back over "a" and a word like "founding" to the verb.
    let c = before_qualifiers(cx, k, 3, &["a", "an"]);
    if c < 4
        || !(doc.is_word(s.units, c - 1, super::english::BE)
            || doc.is_word(s.units, c - 1, &["became"]))
    {
        return;
    }
    // The members: the phrases between "of which" and the verb.
    let Some(p) = s.phrase(c - 2).filter(|&p| s.phrases[p].end == c - 1) else {
        return;
    };
    let members = super::english::coordinated_before(doc, s, p);
    let mut first = members
        .iter()
        .map(|&q| s.phrases[q].start)
        .min()
        .unwrap_or(0);
    if first > 0 && doc.is_word(s.units, first - 1, &["the"]) {
        first -= 1;
    }
    if first < 3
        || !doc.is_word(s.units, first - 1, &["which"])
        || !doc.is_word(s.units, first - 2, &["of"])
    {
        return;
    }
    // The body: before "of which", past a comma and an acronym in brackets, or an
    // apposition naming its kind ("the CSTO, the Russian-led bloc of which").
    let mut b = first - 2;
    if let Some(comma) = super::english::apposition_comma(doc, s, b) {
        b = comma + 1;
    }
    if doc.is_punct(s.units, b - 1, ",") {
        b -= 1;
    }
    if b >= 3 && doc.is_punct(s.units, b - 1, ")") && doc.is_punct(s.units, b - 3, "(") {
        b -= 3;
    }
    let Some(body) = b
        .checked_sub(1)
        .and_then(|i| s.phrase(i))
        .and_then(|q| resolve(doc, cx.m, s, q, None))
        .filter(|&o| doc.etype(o) == EntityType::Organisation)
    else {
        return;
    };
    for q in members {
        for x in super::discourse::resolve_all(doc, cx.m, s, q, None) {
            if x != body && matches!(doc.etype(x), EntityType::State | EntityType::Organisation) {
                out.push(fact(x, Relation::MEMBER_OF, body, None));
            }
        }
    }
}

/// `member_of` from an apposition naming the bodies after "of": "Latvia, member of the
/// European Union and NATO, has…", "Iraq, a founding member of the Arab League, …".
fn apposed_membership(cx: &Ctx<'_, '_, '_>, k: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let member = doc.has_at(
        s.units,
        k,
        |c| matches!(c, Cue::Noun(r) if *r == Relation::MEMBER_OF),
    );
    if !member || !doc.is_word(s.units, k + 1, &["of"]) {
        return;
    }
    // Back to the comma: past "a", "an" and a word like "founding" or "full" (not
    // "former", "candidate" or "observer", which are no membership).
    let c = before_qualifiers(cx, k, 3, &["a", "an", "the"]);
    if c < 2 || !doc.is_punct(s.units, c - 1, ",") {
        return;
    }
    let Some(x) = s.phrase(c - 2).and_then(|p| resolve(doc, cx.m, s, p, None)) else {
        return;
    };
    if !matches!(doc.etype(x), EntityType::State | EntityType::Organisation) {
        return;
    }
    // The bodies: "the European Union and NATO", "the EU, NATO and the OSCE".
    let mut j = k + 2;
    loop {
        if doc.is_word(s.units, j, &["the"]) {
            j += 1;
        }
        let Some(p) = s.phrase(j).filter(|&p| s.phrases[p].start == j) else {
            break;
        };
        match s.phrases[p].head {
            Head::Ent(o, MentionKind::Name) if doc.etype(o) == EntityType::Organisation => {
                if o != x {
                    out.push(fact(x, Relation::MEMBER_OF, o, None));
                }
            }
            _ => break,
        }
        j = s.phrases[p].end;
        if doc.is_word(s.units, j, &["and"])
            || doc.is_punct(s.units, j, ",") && !doc.is_punct(s.units, j + 1, ",")
        {
            j += 1;
        } else {
            break;
        }
    }
}
