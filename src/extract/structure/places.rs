//! Places in noun phrases: "Inari, Finland", "Thailand's Surin province", "the town of
//! X in Y", "Elegu, the post opposite Nimule in Adjumani district".

use super::super::doc::{Doc, Ent};
use super::super::english::{located_in_at, PREPOSITIONS};
use super::super::frames::{Candidate, Ctx};
use super::super::units::{Unit, UnitKind};
use super::super::view::Head;
use super::fact;
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Relation};

/// `located_in` around unit `k`: "Inari, Finland"; "the Šumskas border crossing,
/// Lithuania"; "Thailand's Surin province"; "the Polish town of Kuźnica"; "Kirkenes in
/// Norway"; "X, in north-eastern Lithuania".
pub(super) fn locations_at(cx: &Ctx<'_, '_, '_>, k: usize, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let ent = |k: usize| s.units.get(k).and_then(|u| doc.entity_cue(u));
    let is = |e: u32, t: EntityType| doc.ent(e).entity.etype == t;
    // (A state that lies in another, a breakaway region governing itself, is placed like
    // a region: "Transnistria, a breakaway region in eastern Moldova".)
    let placeish =
        |e: u32| is(e, EntityType::Place) || is(e, EntityType::Crossing) || doc.is_breakaway(e);
    let Some((a, kind)) = ent(k) else { return };
    // Whether an apposition ends at unit `j`: "Inari, Finland, on Sunday", not the
    // subject of the next clause ("…the Bazargan crossing, Turkey will shut").
    // A dash ends it when set off by a space ("HORGOŠ, Serbia — Hungarian police …"),
    // not when it joins words ("Estonia-Russia").
    let set_off_end = |j: usize| {
        s.units.get(j).is_none_or(|x| {
            let spaced = x.span.0 > 0 && doc.text[..x.span.0].ends_with(char::is_whitespace);
            (x.kind == UnitKind::Punct && (!matches!(doc.word(x), "-" | "–") || spaced))
                || doc.is_word(
                    s.units,
                    j,
                    &["on", "in", "after", "where", "when", "said", "says"],
                )
        })
    };
    // Place, State / Place, Region: "Inari, Finland", "Goma, North Kivu".
    let listed =
        k > 0 && (doc.is_punct(s.units, k - 1, ",") || doc.is_word(s.units, k - 1, &["and", "or"]));
    if kind == MentionKind::Name && placeish(a) && doc.is_punct(s.units, k + 1, ",") {
        if let Some((b, MentionKind::Name)) = ent(k + 2) {
            // "Narva, Estonia, and Ivangorod, Russia", "Goma, North Kivu, on Sunday";
            // not the list "Ludza, Krāslava and Augšdaugava".
            let next_is = |j: usize, w: &[&str]| doc.is_word(s.units, j, w);
            let ends = set_off_end(k + 3)
                // "Dostuk, Batken district."
                || (doc.has_at(s.units, k + 3, |c| *c == Cue::SettlementNoun)
                    && s.units.get(k + 4).is_none_or(|y| y.kind == UnitKind::Punct));
            let ok = if is(b, EntityType::State) {
                ends || next_is(k + 3, &["and"])
                    && !ent(k + 4).is_some_and(|(c, _)| is(c, EntityType::State))
            } else {
                // "X, Y and Z" and "X, Y, Z" list places; they do not locate X.
                // ("Nearest towns: Petrich, Sandanski, Sidirokastro": a third name no
                // list knows, not a state ending a chain, goes on too.)
                // (Itself ending the list: not "In Namanga, Kajiado, Maasai herders
                // said".)
                let third_name =
                    s.units.get(k + 4).is_some_and(|u| {
                        u.kind == UnitKind::Word
                            && doc.capitalised(u)
                            && doc.entity_cue(u).is_none()
                            && !s.dates.iter().any(|(at, _)| *at == k + 4)
                    }) && (s.units.get(k + 5).is_none_or(|u| u.kind == UnitKind::Punct)
                        || next_is(k + 5, &["and", "or"]));
                let list_goes_on = next_is(k + 4, &["and", "or"])
                    || (doc.is_punct(s.units, k + 3, ",")
                        && (ent(k + 4).is_some_and(|(c, _)| placeish(c)) || third_name));
                ends && !listed && !list_goes_on
            };
            if (is(b, EntityType::State) || is(b, EntityType::Place)) && ok && a != b {
                out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(b), None));
            }
        }
    }
    // "Bukavu, the main city of South Kivu", "Goma, the capital of North Kivu",
    // "Tulcán, capital of Carchi".
    if kind == MentionKind::Name && placeish(a) && doc.is_punct(s.units, k + 1, ",") {
        let from = k + 2 + doc.is_word(s.units, k + 2, &["the", "a", "an"]) as usize;
        let noun = (from..(k + 6).min(s.units.len()))
            .find(|&j| doc.has(&s.units[j], |c| *c == Cue::SettlementNoun));
        if let Some(j) = noun.filter(|&j| doc.is_word(s.units, j + 1, &["of"])) {
            // Words describing the noun, not a preposition opening another phrase
            // ("links Luzhanka, in Zakarpattia, with the village of Beregsurány").
            let plain = (from..j).all(|m| {
                s.units[m].kind == UnitKind::Word
                    && !doc.is_word(s.units, m, PREPOSITIONS)
                    && !doc.is_word(s.units, m, &["and", "or", "past", "opposite", "towards"])
            });
            if let Some((b, MentionKind::Name)) =
                ent(j + 2).filter(|(b, _)| is(*b, EntityType::Place) || is(*b, EntityType::State))
            {
                if plain && b != a {
                    out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(b), None));
                }
            }
        }
    }
    // "Bruzgi, the Belarusian checkpoint", "Chaman, a Pakistani border town": an
    // apposition with a demonym.
    if kind == MentionKind::Name
        && placeish(a)
        && doc.is_punct(s.units, k + 1, ",")
        && doc.is_word(s.units, k + 2, &["the", "a", "an"])
    {
        let mut j = k + 3;
        while j < k + 6
            && s.units.get(j).is_some_and(|x| x.kind == UnitKind::Word)
            && !doc.is_word(s.units, j, &["of", "in"])
        {
            j += 1;
        }
        if let Some((d, MentionKind::Demonym)) = ent(j).filter(|(d, _)| is(*d, EntityType::State)) {
            let noun = doc.has_at(s.units, j + 1, |c| {
                matches!(
                    c,
                    Cue::CrossingHead | Cue::SettlementNoun | Cue::CrossingNoun
                )
            }) || (doc.is_word(
                s.units,
                j + 1,
                &[
                    "border", "frontier", "main", "busiest", "largest", "northern", "southern",
                    "eastern", "western", "key",
                ],
            ) && doc.has_at(s.units, j + 2, |c| {
                matches!(
                    c,
                    Cue::CrossingHead | Cue::SettlementNoun | Cue::CrossingNoun
                )
            }));
            if noun {
                out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(d), None));
            }
        }
    }
    // "near Dorohusk on the Polish side of the border".
    if kind == MentionKind::Name
        && placeish(a)
        && doc.is_word(s.units, k + 1, &["on"])
        && doc.is_word(s.units, k + 2, &["the"])
    {
        if let Some((d, MentionKind::Demonym)) =
            ent(k + 3).filter(|(d, _)| is(*d, EntityType::State))
        {
            if doc.is_word(s.units, k + 4, &["side"]) {
                out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(d), None));
            }
        }
    }
    // "the Belarusian checkpoint of Berestovitsa", "the Thai border town of Mae Sot".
    if kind == MentionKind::Demonym && is(a, EntityType::State) {
        let mut j = k + 1;
        if doc.is_word(s.units, j, &["border", "frontier"]) {
            j += 1;
        }
        if doc.has_at(s.units, j, |c| {
            matches!(c, Cue::CrossingHead | Cue::SettlementNoun)
        }) && doc.is_word(s.units, j + 1, &["of"])
        {
            if let Some((pl, _)) = ent(j + 2).filter(|(p, _)| placeish(*p)) {
                out.push(fact(Ent::Lex(pl), Relation::LOCATED_IN, Ent::Lex(a), None));
            }
        }
    }
    // "The Šumskas border crossing, Lithuania".
    if kind == MentionKind::Name
        && is(a, EntityType::Crossing)
        && doc.has_at(s.units, k + 1, |c| *c == Cue::CrossingHead)
        && doc.is_punct(s.units, k + 2, ",")
    {
        if let Some((b, MentionKind::Name)) = ent(k + 3).filter(|(b, _)| is(*b, EntityType::State))
        {
            if set_off_end(k + 4) {
                out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(b), None));
            }
        }
    }
    // "Thailand's Surin province", "Russia's northwestern Murmansk region",
    // "Pakistan's Chaman".
    if kind != MentionKind::Demonym
        && (is(a, EntityType::State) || is(a, EntityType::Place))
        && doc.is_word(s.units, k + 1, &["'s"])
    {
        let mut j = k + 2;
        if doc.is_word(s.units, j, &["restive", "remote", "border"]) {
            j += 1;
        } else {
            j += doc.compass_len(s.units, j);
        }
        // "Afghanistan's northern province of Badakhshan".
        if doc.has_at(s.units, j, |c| *c == Cue::SettlementNoun)
            && doc.is_word(s.units, j + 1, &["of"])
        {
            j += 2;
        }
        if let Some((pl, MentionKind::Name)) = ent(j).filter(|(p, _)| placeish(*p)) {
            out.push(fact(Ent::Lex(pl), Relation::LOCATED_IN, Ent::Lex(a), None));
        }
    }
    // "Ceuta, Spain's North African enclave", "Chaman, Pakistan's busiest border town".
    if kind == MentionKind::Name && placeish(a) && doc.is_punct(s.units, k + 1, ",") {
        if let Some((st, MentionKind::Name)) = ent(k + 2).filter(|(b, _)| is(*b, EntityType::State))
        {
            if doc.is_word(s.units, k + 3, &["'s"]) {
                let noun = (k + 4..(k + 8).min(s.units.len()))
                    .take_while(|&m| s.units[m].kind != UnitKind::Punct)
                    .find(|&m| {
                        doc.has(&s.units[m], |c| {
                            matches!(c, Cue::SettlementNoun | Cue::CrossingHead)
                        })
                    });
                if noun.is_some() && st != a {
                    out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(st), None));
                }
            }
        }
    }
    // "Surin province of Thailand", "Kirkenes of Norway", "Darchula district of
    // Sudurpaschim Province".
    if kind == MentionKind::Name && is(a, EntityType::Place) {
        let end = s.phrase(k).map_or(k + 1, |p| s.phrases[p].end.max(k + 1));
        let mut j = end;
        let noun = doc.has_at(s.units, j, |c| *c == Cue::SettlementNoun);
        if noun {
            j += 1;
        }
        if doc.is_word(s.units, j, &["of"]) {
            // "the Dangam district of Afghanistan's Kunar province": the place a
            // state owns, as its division (not "of Yemen's Aden-based government").
            let owned = s
                .phrase(j + 1)
                .filter(|&p| noun && s.phrases[p].possessive)
                .filter(|&p| ent(s.phrases[p].start).is_some_and(|(o, _)| is(o, EntityType::State)))
                .map(|p| s.phrases[p].end)
                .filter(|&q| {
                    doc.has_at(s.units, q + 1, |c| *c == Cue::SettlementNoun)
                        || s.units.get(q + 1).is_none_or(|u| {
                            u.kind == UnitKind::Punct && !doc.is_punct(s.units, q + 1, "-")
                        })
                })
                .and_then(ent)
                .filter(|(b, kind)| {
                    *kind == MentionKind::Name && is(*b, EntityType::Place) && *b != a
                });
            if let Some((pl, _)) = owned {
                out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(pl), None));
            } else if let Some((st, MentionKind::Name)) = ent(j + 1).filter(|(b, _)| {
                is(*b, EntityType::State) || noun && is(*b, EntityType::Place) && *b != a
            }) {
                out.push(fact(Ent::Lex(a), Relation::LOCATED_IN, Ent::Lex(st), None));
            }
        }
    }
    // "X … in Y": a crossing or place, a few words, then "in" a place or state.
    if kind == MentionKind::Name && placeish(a) {
        // "the post opposite Nimule in Adjumani district": "in" places the post, unless
        // it names a state or a place of Nimule's own state ("opposite O'Smach in
        // Cambodia"); set off by a comma, it places Nimule.
        let end = s.phrase(k).map_or(k + 1, |p| s.phrases[p].end);
        let facing = k > 0
            && doc.is_word(s.units, k - 1, &["opposite", "facing"])
            && !doc.is_punct(s.units, end, ",");
        // "in Vietnam's Tay Ninh province" names a province, not the state.
        let province = (end + 1..end + 3)
            .find_map(|m| s.phrase(m))
            .is_some_and(|p| s.phrases[p].possessive);
        let from = out.len();
        located_after(cx, k, Ent::Lex(a), out);
        if facing {
            let mut kept = out.split_off(from);
            kept.retain(|c| {
                c.object.is_some_and(|y| {
                    doc.etype(y) == EntityType::State && !province
                        || doc.state_of(y).is_some() && doc.state_of(y) == doc.state_of(Ent::Lex(a))
                })
            });
            out.extend(kept);
        }
    }
}

/// `located_in` from "X … in Y", where `k` is X's unit: "the Raja-Jooseppi crossing in
/// the far-northern arctic region in Finland", "Tverečius, in north-eastern Lithuania".
pub(super) fn located_after(cx: &Ctx<'_, '_, '_>, k: usize, x: Ent, out: &mut Vec<Candidate>) {
    let (doc, s) = (cx.doc, cx.s);
    let n = s.units.len();
    let mut j = k + 1;
    let mut words = 0;
    let mut seen_in = false;
    // "Hrebenne and Korczowa crossings in south-eastern Poland": both.
    let mut also: Vec<Ent> = Vec::new();
    let mut facing: Option<Ent> = None;
    // "Ras Ajdir (also spelt Ras Jedir), in Tunisia's Medenine governorate": what
    // follows a short bracketed aside places X; not when the aside names a state
    // ("Goma (Congo), in Rubavu district": the sentence is about the other side).
    const ASIDE: usize = 10;
    if doc.is_punct(s.units, j, "(") {
        let close = (j + 1..(j + ASIDE).min(n)).find(|&m| doc.is_punct(s.units, m, ")"));
        if let Some(c) = close {
            let names_state = (j + 1..c).any(|m| {
                doc.entity_cue(&s.units[m])
                    .is_some_and(|(e, _)| doc.ent(e).entity.etype == EntityType::State)
            });
            if names_state {
                return;
            }
            j = c + 1;
        }
    }
    // "Kerem Shalom, the main crossing for goods, in southern Israel".
    if doc.is_punct(s.units, j, ",") && doc.is_word(s.units, j + 1, &["the", "a", "an"]) {
        if let Some(c) = (j + 2..(j + 14).min(n)).find(|&m| s.units[m].kind == UnitKind::Punct) {
            if doc.is_punct(s.units, c, ",") && doc.is_word(s.units, c + 1, &["in", "inside"]) {
                j = c;
            }
        }
    }
    // "Ekok, a town in Cameroon's South-West region", "Myawaddy, the trading town in
    // Myanmar's Kayin state": an apposition that names a settlement, then "in"; or a
    // copula ("Pingxiang is a city in …") whose subject opens its clause (not "the
    // bridge from Ivangorod is …"; "was" may be a former place).
    let opens_clause = |x: usize| {
        let start = s.phrase(x).map_or(x, |p| s.phrases[p].start);
        start == 0
            || s.units[start - 1].kind == UnitKind::Punct
            || doc.is_word(s.units, start - 1, &["and", "but", "the", "while"])
    };
    let copula = doc.is_word(s.units, j, &["is"])
        && doc.is_word(s.units, j + 1, &["a", "an", "the"])
        && opens_clause(k);
    if doc.is_punct(s.units, j, ",") || copula {
        let mut m = j + 1;
        if doc.is_word(s.units, m, &["the", "a", "an"]) {
            m += 1;
        }
        let last = (m + 6).min(n);
        let noun = |m: usize| {
            doc.has(&s.units[m], |c| {
                matches!(c, Cue::SettlementNoun | Cue::CrossingHead)
            })
        };
        while m < last
            && (s.units[m].kind != UnitKind::Punct || doc.word(&s.units[m]) == "-")
            && !noun(m)
            && !doc.has(&s.units[m], |c| matches!(c, Cue::Verb(..) | Cue::Office))
            && s.phrase(m)
                .is_none_or(|p| matches!(s.phrases[p].head, Head::Ent(_, MentionKind::Demonym)))
        {
            // "a Kurdish-held town": the word after a hyphen is part of the adjective.
            m += if doc.is_punct(s.units, m + 1, "-") {
                3
            } else {
                1
            };
        }
        if m < last && noun(m) {
            // "Elegu, the post opposite Nimule in Adjumani district": the place across
            // the border is passed over, and is what "in" places when the place is its
            // state's.
            let mut after = m + 1;
            if doc.is_word(s.units, after, &["opposite", "facing"]) {
                if let Some(p) = s
                    .phrase(after + 1)
                    .filter(|&p| s.phrases[p].start == after + 1)
                {
                    if let Head::Ent(y, MentionKind::Name) = s.phrases[p].head {
                        facing = Some(y);
                    }
                    after = s.phrases[p].end;
                } else {
                    // A name the article does not know.
                    after += 1;
                    while s
                        .units
                        .get(after)
                        .is_some_and(|u| u.kind == UnitKind::Word && doc.capitalised(u))
                    {
                        after += 1;
                    }
                }
            }
            let settlement = doc.has(&s.units[m], |c| *c == Cue::SettlementNoun);
            // "Český Těšín, a town of 24,000 in the Moravian-Silesian Region", "a
            // city of about two million people in …": its size, then where it lies.
            if settlement && doc.is_word(s.units, after, &["of"]) {
                if let Some(q) = population_end(doc, s.units, after + 1) {
                    after = q;
                }
            }
            if doc.is_word(s.units, after, &["in", "inside"]) {
                j = after;
            } else if settlement
                && doc.is_word(s.units, after, &["of"])
                && s.phrase(after + 1).is_some_and(|p| s.phrases[p].possessive)
            {
                // "Sokh, an exclave of Uzbekistan's Fergana region".
                j = after + 1;
                seen_in = true;
            } else if settlement
                && doc.is_word(s.units, after, &["of"])
                && doc.is_word(s.units, after + 1, &["the"])
            {
                // "Diboli, a town of the Kayes region".
                j = after + 1;
                seen_in = true;
            }
        }
    }
    if doc.is_punct(s.units, j, ",") && doc.is_word(s.units, j + 1, &["in", "inside"]) {
        j += 1;
    }
    // "Kalapani, which lies in Darchula district", "…, located in the Osh region".
    if let Some(m) = located_in_at(doc, s.units, j) {
        j = m;
    }
    while j < n && words <= 10 {
        let u = &s.units[j];
        if let Some(p) = s.phrase(j) {
            match s.phrases[p].head {
                // "Pacaraima and Boa Vista, in the northern state of Roraima".
                Head::Ent(y @ Ent::Lex(yi), MentionKind::Name)
                    if !seen_in
                        && (doc.ent(yi).entity.etype == EntityType::Crossing
                            || doc.ent(yi).entity.etype == doc.etype(x))
                        && doc.is_word(s.units, j - 1, &["and"]) =>
                {
                    also.push(y);
                    j = s.phrases[p].end;
                    continue;
                }
                Head::Ent(_, MentionKind::Demonym)
                    if seen_in
                        && doc.has_at(s.units, s.phrases[p].end, |c| *c == Cue::SettlementNoun) =>
                {
                    j = s.phrases[p].end;
                    words += 1;
                    continue;
                }
                // "in Zimbabwe's Mashonaland West province", "in the country's
                // Zakarpattia region", "in Laos's northern Luang Namtha province": the
                // owner's place is the place.
                Head::Ent(_, MentionKind::Name) | Head::OwnState
                    if seen_in
                        && s.phrases[p].possessive
                        && s.phrase(modified_from(cx, s.phrases[p].end)).is_some_and(|q| {
                            s.phrases[q].start == modified_from(cx, s.phrases[p].end)
                                && matches!(s.phrases[q].head, Head::Ent(e @ Ent::Lex(ei), MentionKind::Name)
                                    if doc.etype(e) == EntityType::Place
                                        && clean_name(cx, ei, s.phrases[q].end)
                                        // Venezuela's Amazonas is no other state's.
                                        && match s.phrases[p].head {
                                            Head::Ent(o, _) if doc.etype(o) == EntityType::State => {
                                                doc.state_of(e).is_none_or(|st| Ent::Lex(st) == o)
                                            }
                                            _ => true,
                                        })
                        }) =>
                {
                    j = s.phrases[p].end;
                    continue;
                }
                Head::Ent(y @ Ent::Lex(yi), MentionKind::Name) if seen_in => {
                    // "Sderot, a town in Gaza's shadow", "Narva, in Russia's orbit": an
                    // owner's common noun is no part of it ("in Kenya's north" is).
                    // (words.toml `figurative_nouns`; "in Sudan's war-torn Darfur
                    // region" does place.)
                    let figurative = s.phrases[p].possessive
                        && s.units.get(s.phrases[p].end).is_some_and(|w| {
                            doc.lex.words.figurative_nouns.contains(doc.word(w))
                        });
                    if !figurative
                        && matches!(
                            doc.ent(yi).entity.etype,
                            EntityType::State | EntityType::Place
                        )
                    {
                        // "…opposite O'Smach in Cambodia" places O'Smach, not the post.
                        let theirs = facing.is_some_and(|f| {
                            doc.etype(y) == EntityType::State && !s.phrases[p].possessive
                                || doc.state_of(y).is_some() && doc.state_of(y) == doc.state_of(f)
                        });
                        if doc.etype(y) != EntityType::State && venues(cx, k, s.phrases[p].end) {
                            return;
                        }
                        for xe in std::iter::once(x).chain(also) {
                            if xe != y && !theirs {
                                out.push(fact(xe, Relation::LOCATED_IN, y, None));
                            }
                        }
                    }
                }
                _ => {}
            }
            return;
        }
        // "the Taftan crossing, in Balochistan's Chagai district"; "Tha Uthen and Ban
        // Phaeng, both in Nakhon Phanom province".
        if !seen_in && doc.is_punct(s.units, j, ",") {
            let both = usize::from(doc.is_word(s.units, j + 1, &["both", "all", "each"]));
            if doc.is_word(s.units, j + 1 + both, &["in", "inside"]) {
                j += 1 + both;
                continue;
            }
        }
        // "The Astara crossing, on the Caspian coast in southern Azerbaijan": where on
        // the land, then "in".
        if !seen_in
            && doc.is_punct(s.units, j, ",")
            && doc.is_word(s.units, j + 1, &["on", "along"])
        {
            let to = (j + 2..(j + 7).min(n)).find(|&m| {
                s.units[m].kind == UnitKind::Punct
                    || s.phrase(m).is_some()
                    || doc.is_word(s.units, m, &["in", "inside"])
            });
            if let Some(m) = to.filter(|&m| doc.is_word(s.units, m, &["in", "inside"])) {
                j = m;
                continue;
            }
        }
        if u.kind == UnitKind::Punct && doc.word(u) != "-" {
            return;
        }
        if doc.has(u, |c| matches!(c, Cue::Verb(..) | Cue::Noun(_))) {
            return;
        }
        // "in the Western Region's Jomoro municipality": an owner in words.
        let owner_end = (j + 1..(j + 4).min(n))
            .find(|&m| doc.is_word(s.units, m, &["'s"]))
            .filter(|&m| {
                (j..m).all(|i| {
                    s.units[i].kind != UnitKind::Punct
                        && (doc.capitalised(&s.units[i])
                            || doc.has(&s.units[i], |c| *c == Cue::SettlementNoun))
                }) && s.phrase(m + 1).is_some()
            });
        if let Some(m) = owner_end.filter(|_| seen_in) {
            j = m + 1;
            continue;
        }
        if doc.is_word(s.units, j, &["in", "inside"]) {
            seen_in = true;
        } else if seen_in
            && !doc.lex.words.place_modifiers.contains(doc.word(u))
            && !doc.has(u, |c| *c == Cue::SettlementNoun)
            // "in the Mexican state of Sonora": the place follows its noun.
            && (!doc.is_word(s.units, j, &["of"])
                || j == 0
                || !doc.has(&s.units[j - 1], |c| *c == Cue::SettlementNoun))
        {
            // "in contrast with Finland" places nothing.
            return;
        } else if !seen_in
            && !doc.has(u, |c| {
                matches!(
                    c,
                    Cue::CrossingNoun | Cue::CrossingHead | Cue::SettlementNoun | Cue::Landmark
                )
            })
            && !doc.is_word(
                s.units,
                j,
                &[
                    "international",
                    "road",
                    "rail",
                    "main",
                    "northern",
                    "southern",
                    "only",
                    "and",
                    "border",
                    "busy",
                    "busiest",
                    "key",
                    "main",
                ],
            )
        {
            return;
        }
        words += 1;
        j += 1;
    }
}

/// Whether the place at `k` and the one ending before `end` are venues listed one after
/// the other ("we will raise this in Ergneti, in Geneva and with every partner"): the
/// first follows "in" or "at" and the second is followed by another adjunct ("and
/// with", ", at"), so neither places the other (the caller asks only when the second
/// is no state: "at Busia, in Kenya, and at Malaba" does place Busia).
fn venues(cx: &Ctx<'_, '_, '_>, k: usize, end: usize) -> bool {
    let (doc, s) = (cx.doc, cx.s);
    let start = s.phrase(k).map_or(k, |p| s.phrases[p].start);
    let adjunct = start > 0 && doc.is_word(s.units, start - 1, &["in", "at"]);
    let joined = doc.is_word(s.units, end, &["and", "or"]) || doc.is_punct(s.units, end, ",");
    // Not "on": "queue at Nakonde, in Zambia's Muchinga Province, on Tuesday"; and "in"
    // or "at" only before a name ("in Goma, in North Kivu, in the early hours" places
    // Goma).
    let named = |j: usize| {
        let j = j + usize::from(doc.is_word(s.units, j, &["the"]));
        s.units.get(j).is_some_and(|u| doc.capitalised(u))
    };
    adjunct
        && joined
        && (doc.is_word(s.units, end + 1, &["with"])
            || (doc.is_word(s.units, end + 1, &["in", "at"]) && named(end + 2)))
}

/// Whether a place's name ending before unit `end` is whole: one the lexicon knows, one
/// read from this text that ends in a division noun ("Dubrovnik-Neretva County", read
/// as a division after a known place), or one that a lower-case settlement noun ends
/// ("Jomoro municipality"; not "Guangxi Zhuang Autonomous" before "Region").
fn clean_name(cx: &Ctx<'_, '_, '_>, e: u32, end: usize) -> bool {
    let (doc, s) = (cx.doc, cx.s);
    let division = || {
        let label = crate::text::fold(&doc.ent(e).entity.label);
        label
            .rsplit(' ')
            .next()
            .is_some_and(|w| doc.lex.words.division_nouns.contains(w))
    };
    !doc.is_found(e)
        || division()
        || s.units
            .get(end)
            .is_some_and(|u| doc.has(u, |c| *c == Cue::SettlementNoun) && !doc.capitalised(u))
}

/// Where a settlement's size that starts at unit `from` ends, when "in" or "inside"
/// follows it: "24,000", "about two million people", "three lakh residents" (words.toml
/// `population_words`, with a number: digits or `count_words`). Sizes are short: eight
/// units at most.
fn population_end(doc: &Doc<'_>, units: &[Unit], from: usize) -> Option<usize> {
    let words = &doc.lex.words;
    let number =
        |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) || words.count_words.contains(w);
    let end = (from..(from + 8).min(units.len()))
        .find(|&q| {
            let w = doc.word(&units[q]);
            units[q].kind == UnitKind::Punct || !(number(w) || words.population_words.contains(w))
        })
        .unwrap_or((from + 8).min(units.len()));
    let counted = (from..end).any(|q| number(doc.word(&units[q])));
    (end > from && counted && doc.is_word(units, end, &["in", "inside"])).then_some(end)
}

/// Unit `k`, or the first unit after the lexicon's `place_adjectives` from `k` on
/// ("northern Luang Namtha province", "north-eastern Podlaskie province"): where the
/// place's name starts.
fn modified_from(cx: &Ctx<'_, '_, '_>, k: usize) -> usize {
    let (doc, s) = (cx.doc, cx.s);
    let mut m = k;
    while m < (k + 2).min(s.units.len()) && s.phrase(m).is_none() && !doc.capitalised(&s.units[m]) {
        // "in Poland's north-eastern Podlaskie province": hyphenated, three units.
        if doc.compass_len(s.units, m) == 3 {
            m += 3;
        } else if doc
            .lex
            .words
            .place_adjectives
            .contains(doc.word(&s.units[m]))
        {
            m += 1;
        } else {
            break;
        }
    }
    m
}
