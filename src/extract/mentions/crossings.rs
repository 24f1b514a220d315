//! Crossing patterns of name discovery: what makes a name a crossing's (closed,
//! closed in a passive, where traffic stops, listed after crossing nouns).

use super::super::doc::Doc;
use super::super::english::{before_article, DETERMINERS};
use super::super::units::{Unit, UnitKind};
use super::links::known_at;
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;

/// A crossing head at unit `k` ("crossing", "bridge", "border post"); a kind of
/// traffic may stand before it ("the Kuźnica and Bobrowniki road crossings").
pub(super) fn crossing_head(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    let head = |k: usize| doc.has_at(units, k, |c| *c == Cue::CrossingHead);
    head(k) || (crossing_kind(doc, units, k) && head(k + 1))
}

/// A kind of traffic before a crossing noun, written in lower case: "road", "rail".
fn crossing_kind(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    units.get(k).is_some_and(|u| {
        u.kind != UnitKind::Punct
            && doc.lex.words.crossing_kinds.contains(doc.word(u))
            && doc
                .original(units, k, k + 1)
                .starts_with(char::is_lowercase)
    })
}

/// Whether a noun is plural: "crossings", not "pass".
pub fn plural(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

/// A plural crossing noun other than "borders" at `k`, maybe after a kind of traffic:
/// "crossings", "road crossings".
pub(super) fn plural_crossings_at(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    let noun = |k: usize| {
        doc.has_at(units, k, |c| *c == Cue::CrossingNoun)
            && plural(doc.word(&units[k]))
            && !doc.word(&units[k]).starts_with("border")
    };
    noun(k) || (crossing_kind(doc, units, k) && noun(k + 1))
}

/// Whether the name at unit `i` follows a crossing head or "border" and "at", or a
/// crossing head and "of": "the crossing at Rafah", "the border post at Namoto", "kept
/// the border at Adré shut", "the border post of Kabanga".
pub(super) fn crossing_at(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    // "its main border post with Kenya at Namanga": the partner between.
    let state = |j: usize| {
        units
            .get(j)
            .and_then(|u| doc.entity_cue(u))
            .is_some_and(|(e, _)| doc.ent(e).entity.etype == EntityType::State)
    };
    let head = if i >= 4 && state(i - 2) && doc.is_word(units, i - 3, &["with"]) {
        i - 4
    } else {
        i.saturating_sub(2)
    };
    // "the border post of Kabanga": one crossing's noun that names a crossing with "of"
    // (data crossing_heads_of; not "the port of Mombasa", a seaport, nor "the police
    // station of Bunia").
    let of = i >= 2
        && doc.is_word(units, i - 1, &["of"])
        && doc
            .lex
            .words
            .crossing_heads_of
            .contains(doc.word(&units[i - 2]));
    of || (i >= 2
        && doc.is_word(units, i - 1, &["at"])
        && (crossing_head(doc, units, head) || doc.is_word(units, head, &["border", "frontier"])))
}

/// Words that may follow the name of what a verb closes or reopens, ending its object:
/// "closed Safwan on Monday", "reopened Kerem Shalom at dawn", "shut Milange and
/// Zobue".
pub(super) const AFTER_CLOSED_NAME: &[&str] = &[
    "on",
    "after",
    "until",
    "and",
    "to",
    "for",
    "again",
    "indefinitely",
    "from",
    "last",
    "this",
    "since",
    "during",
    "in",
    "at",
];

/// Whether the name from unit `i`, ending before unit `k`, is the subject of a passive
/// of closing or reopening: "was closed", "has been shut", "will be reopened" — not a
/// region ("the Grodno region was shut") nor the place a named crossing is in or near
/// ("the Kamenny Log checkpoint in Grodno was shut"; but "the crossing in Kye-Ossi",
/// "the border post of Gaya" are the crossing).
pub(super) fn closed_in_passive(doc: &Doc<'_>, units: &[Unit], i: usize, k: usize) -> bool {
    let region = k > i && doc.has(&units[k - 1], |c| *c == Cue::SettlementNoun);
    // A crossing's name: capitalised, not a determiner opening the sentence ("The
    // border crossing in Busia was closed", "Another border post in …").
    let name_word = |j: usize| {
        doc.capitalised(&units[j])
            && !doc.is_word(units, j, DETERMINERS)
            && !doc.is_word(units, j, &["another"])
    };
    let place_of_crossing = before_article(doc, units, i).is_some_and(|b| {
        doc.is_word(units, b, &["near", "outside", "inside"])
            || (doc.is_word(units, b, &["in"])
                && b >= 2
                && doc.has(&units[b - 1], |c| *c == Cue::CrossingHead)
                && (name_word(b - 2)
                    // "the Cau Treo international border gate in Ha Tinh province"
                    || (b >= 3 && crossing_kind(doc, units, b - 2) && name_word(b - 3))))
    });
    if region || place_of_crossing {
        return false;
    }
    // Helpers of a passive (not english::BE, whose "remains" makes a stative).
    const HELPERS: &[&str] = &[
        "was", "were", "is", "are", "has", "have", "had", "been", "will", "be", "would", "could",
        "may", "might", "should", "can", "must",
    ];
    let aux = (k..units.len())
        .take_while(|&j| doc.is_word(units, j, HELPERS))
        .count();
    // The last helper is a form of "be": "has closed the border" is active.
    let be = aux > 0
        && doc.is_word(
            units,
            k + aux - 1,
            &["was", "were", "is", "are", "been", "be"],
        );
    be && units.get(k + aux).is_some_and(|u| {
            doc.has(u, |c| {
                matches!(c, Cue::Verb(r, f) if f.has(crate::lexicon::Forms::PARTICIPLE)
                    && doc.lex.frame(*r).is_some_and(|fr| fr.object.contains(EntityType::Crossing) && fr.collective))
            })
        })
}

/// Whether unit `i` names the town of a road a verb (`closes`) closes: "closed the
/// coastal road through Moulhoulé" (the road's town is its crossing).
pub(super) fn road_through(
    doc: &Doc<'_>,
    units: &[Unit],
    i: usize,
    closes: &dyn Fn(usize) -> bool,
) -> bool {
    i >= 3
        && doc.is_word(units, i - 1, &["through", "via"])
        && doc.is_word(units, i - 2, &["road", "route", "highway"])
        && (i.saturating_sub(6)..i - 2).any(closes)
}

/// Whether unit `i` follows "at" or "through" after a verb that stops, resumes or lets
/// through traffic in the same clause: "halted traffic at Erenhot", "resumed
/// operations for passenger traffic at Zamiin-Uud", "let lorries through Namanga" (the
/// place named is a crossing).
pub(super) fn traffic_stops_at(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    if i < 2 || !doc.is_word(units, i - 1, &["at", "through"]) {
        return false;
    }
    let clause: Vec<usize> = (i.saturating_sub(7)..i - 1)
        .rev()
        .take_while(|&j| units[j].kind != UnitKind::Punct)
        .collect();
    // "halted cargo traffic at Namanga": a verb of a crossing frame, traffic after it.
    let verb_then_traffic = |j: usize| {
        doc.has(&units[j], |c| {
            matches!(c, Cue::Verb(r, _) | Cue::Ergative(r, _) | Cue::Enabling(r) if doc.lex.frame(*r).is_some_and(|f| f.object.contains(EntityType::Crossing)))
        }) && (j + 1..i - 1).any(|k| doc.has(&units[k], |c| *c == Cue::Traffic))
    };
    clause
        .iter()
        .any(|&j| traffic_stopped(doc, &units[j]) || verb_then_traffic(j))
}

/// Whether a unit is a verb of a frame that acts on crossings (closing, reopening).
pub(super) fn crossing_verb(doc: &Doc<'_>, u: &Unit) -> bool {
    doc.has(u, |c| {
        matches!(c, Cue::Verb(r, _) if doc.lex.frame(*r).is_some_and(|f| f.object.contains(EntityType::Crossing)))
    })
}

/// Whether a unit is a verb of closing or reopening with the traffic as its own
/// object, matched as one pattern ("halted traffic", "suspended operations").
pub(super) fn traffic_stopped(doc: &Doc<'_>, u: &Unit) -> bool {
    crossing_verb(doc, u)
        && matches!(
            doc.word(u).rsplit(' ').next(),
            Some("traffic" | "operations" | "crossings")
        )
}

/// Reads the rest of a list of crossings from unit `i` (after its first name): each
/// name after a comma, "and" or "or" is a crossing, a town the lexicon knows included.
/// Returns where the list ends; the units read are pushed to `out`.
pub(super) fn crossing_list(
    doc: &mut Doc<'_>,
    units: &[Unit],
    mut i: usize,
    state: Option<u32>,
    out: &mut Vec<Unit>,
) -> usize {
    let n = units.len();
    while i + 1 < n && (doc.is_punct(units, i, ",") || doc.is_word(units, i, &["and", "or"])) {
        let mut a = i + 1;
        if doc.is_word(units, a, &["and", "or"]) {
            a += 1;
        }
        let Some((b, town)) = list_item(doc, units, a) else {
            break;
        };
        let label = doc.original(units, a, b).to_string();
        let c = match town {
            Some(p) => doc.crossing_named_after(p, &label),
            None => doc.found_entity(&label, EntityType::Crossing, state),
        };
        out.extend_from_slice(&units[i..a]);
        out.push(Unit::merge(units, a, b - 1, UnitKind::Found(c)));
        i = b;
    }
    i
}

/// The item of a list of crossings at unit `a`: where it ends, and the town the
/// lexicon knows it is, if it is one; `None` for another name the lexicon knows (read
/// as itself) or no name.
fn list_item(doc: &Doc<'_>, units: &[Unit], a: usize) -> Option<(usize, Option<u32>)> {
    match units.get(a).and_then(|u| doc.entity_cue(u)) {
        Some((p, MentionKind::Name)) if doc.ent(p).entity.etype == EntityType::Place => {
            Some((a + 1, Some(p)))
        }
        Some(_) => None,
        None => Some(doc.name_end(units, a, 3, true))
            .filter(|&b| b > a)
            .map(|b| (b, None)),
    }
}

/// Whether more names follow a crossing closed or reopened by name (from unit `i`,
/// after its name) and end the clause there: "shut Medininkai and Šalčininkai on
/// Monday", "closed Busia, Malaba and Lwakhakha." — not "closed Busia and Mwangi said",
/// nor "closed Rafah and Egypt protested".
pub(super) fn closed_list_follows(doc: &Doc<'_>, units: &[Unit], mut i: usize) -> bool {
    let mut items = 0;
    loop {
        let comma = doc.is_punct(units, i, ",");
        if !(comma || doc.is_word(units, i, &["and", "or"])) {
            break;
        }
        let a = i + 1 + doc.is_word(units, i + 1, &["and", "or"]) as usize;
        match list_item(doc, units, a) {
            Some((b, _)) => {
                items += 1;
                i = b;
            }
            // "closed Busia and Malaba, the two main posts", "…, and lorries were
            // stranded": the list ends at the comma.
            None if comma => break,
            None => return false,
        }
    }
    items > 0
        && (units.get(i).is_none_or(|x| x.kind == UnitKind::Punct)
            || doc.is_word(units, i, AFTER_CLOSED_NAME))
}

/// Whether the sentence speaks of crossings or the border (a crossing noun or head):
/// the ground on which towns closed one after another are crossings ("shut
/// Medininkai and Šalčininkai, its two main crossings"; not "India shut Srinagar and
/// Anantnag ahead of the anniversary").
pub(super) fn crossings_spoken_of(doc: &Doc<'_>, units: &[Unit]) -> bool {
    (0..units.len()).any(|k| {
        doc.has_at(units, k, |c| {
            matches!(c, Cue::CrossingNoun | Cue::CrossingHead)
        })
    })
}

/// How a town the lexicon knows at unit `i` is read as its crossing, found by
/// [`town_crossing`].
pub(super) struct TownCrossing {
    /// Closed or reopened by a verb right before it, or where traffic stops: more
    /// names closed with it may follow.
    pub closed: bool,
    /// Named among crossings after "including": a list may follow.
    pub listed: bool,
}

/// Whether the town the lexicon knows at unit `i` stands for its crossing: closed or
/// reopened ("Israel closed Rafah", "to shut Beitbridge and 19 other land borders"),
/// where traffic stops or resumes, kept so ("kept Milange shut"), named among
/// crossings, right after "the crossing at", or closed in a passive.
pub(super) fn town_crossing(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<TownCrossing> {
    // "Israel closed Rafah", "to shut Beitbridge and 19 other land borders": a
    // town closed or reopened is its crossing.
    let closes = |k: usize| {
        doc.has(&units[k], |c| {
            matches!(c, Cue::Verb(r, _) if doc.lex.frame(*r).is_some_and(|f| f.object.contains(EntityType::Crossing) && f.collective))
        })
    };
    // "halted traffic at Erenhot", "resumed operations for passenger traffic at
    // Zamiin-Uud": the town where traffic stops or resumes is its crossing.
    let traffic_at = traffic_stops_at(doc, units, i);
    let road_through = road_through(doc, units, i, &closes);
    let closed_town = i >= 1
        && (closes(i - 1) || traffic_at || road_through)
        && (units.get(i + 1).is_none_or(|x| x.kind == UnitKind::Punct)
            || doc.is_word(units, i + 1, AFTER_CLOSED_NAME));
    let listed = listed_after_crossings(doc, units, i);
    // "kept Milange shut", "left Beitbridge closed": a town kept in that state.
    let kept_town = i >= 1
        && doc.has(
            &units[i - 1],
            |c| matches!(c, Cue::Stative(r) if doc.lex.frame(*r).is_some_and(|f| f.collective)),
        )
        && units
            .get(i + 1)
            .is_some_and(|x| doc.has(x, |c| matches!(c, Cue::Verb(..))))
        && closes(i + 1);
    // "the crossing at Rafah", "its side of the border post at Namoto": a town
    // right after a crossing noun and "at" is that crossing.
    let crossing_at = crossing_at(doc, units, i);
    // "Makalondi was closed by Nigerien troops".
    let passive = closed_in_passive(doc, units, i, i + 1);
    (closed_town || listed || kept_town || crossing_at || passive).then_some(TownCrossing {
        closed: closed_town,
        listed,
    })
}

/// Whether the name at unit `i` opens a list that follows crossings named as a group:
/// "three checkpoints, including Aflao", "its crossings, among them Vartius", "posts
/// such as Elubo", "four land borders: Seme, Illela …".
pub(super) fn listed_after_crossings(doc: &Doc<'_>, units: &[Unit], i: usize) -> bool {
    let lead = (i >= 1
        && (doc.is_word(units, i - 1, &["including", "namely"])
            || doc.is_punct(units, i - 1, ":")))
        || (i >= 2
            && ((doc.is_word(units, i - 2, &["among"]) && doc.is_word(units, i - 1, &["them"]))
                || (doc.is_word(units, i - 2, &["such"]) && doc.is_word(units, i - 1, &["as"]))));
    // "all its crossings except Mandera", "… crossings, leaving only Bajakovo open".
    let sparing = |k: usize| doc.lex.words.sparing.contains(doc.word(&units[k]));
    let left_out = (1..=4.min(i)).any(|n| {
        let words: Vec<&str> = (i - n..i).map(|k| doc.word(&units[k])).collect();
        doc.lex.words.exceptions.contains(&words.join(" "))
    }) || (i >= 1 && sparing(i - 1))
        || (i >= 2 && sparing(i - 2) && doc.is_word(units, i - 1, &["only", "just"]));
    // ("its border posts, including Liboi": a plural crossing noun too, not "borders".)
    let posts = |k: usize| {
        doc.has_at(units, k, |c| *c == Cue::CrossingNoun)
            && plural(doc.word(&units[k]))
            && doc.word(&units[k]) != "borders"
    };
    (lead || left_out) && (i.saturating_sub(8)..i).any(|k| crossing_head(doc, units, k) || posts(k))
}

/// Where a long crossing name from unit `i` ends, before its crossing head: three to
/// seven capitalised words, particles ("de", "del") and names the lexicon knows
/// ("Santa Cruz", a town; "Santander", a person) — "San Roque González de Santa Cruz
/// bridge". Shorter names are read by the other patterns.
pub(super) fn long_crossing_name_end(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let capital = |u: &Unit| u.kind != UnitKind::Punct && doc.capitalised(u);
    let particle = |u: &Unit| doc.is_particle(u);
    let named = |u: &Unit| {
        capital(u)
            && (doc.cap(u, true)
                || doc.entity_cue(u).is_some_and(|(e, _)| {
                    matches!(
                        doc.ent(e).entity.etype,
                        EntityType::Place | EntityType::Person
                    )
                }))
    };
    if !units.get(i).is_some_and(|u| doc.cap(u, true)) {
        return None;
    }
    let mut j = i;
    while j < units.len() && j < i + 7 && (named(&units[j]) || particle(&units[j])) {
        j += 1;
    }
    (j >= i + 3 && !particle(&units[j - 1]) && crossing_head(doc, units, j)).then_some(j)
}

/// A town or crossing the document knows at units `i..j`, joined to more names before a
/// crossing noun: "the Gasenyi–Nemba crossing" (the towns facing each other name one
/// crossing), "the Adré and Tiné crossings", "the Gasenyi–Nemba and Akanyaru
/// crossings" (a plural noun makes each name a crossing). Pushes the crossing's unit
/// and returns the unit after it; the names after "and" are read as any others.
pub(super) fn joined_crossing(
    doc: &mut Doc<'_>,
    units: &[Unit],
    i: usize,
    j: usize,
    known: u32,
    out: &mut Vec<Unit>,
) -> Option<usize> {
    let etype = doc.ent(known).entity.etype;
    if !matches!(etype, EntityType::Place | EntityType::Crossing) {
        return None;
    }
    // "the Metlika–Jurovski Brod crossing": the name after a dash may be two words.
    let after_dash = |end: usize| {
        doc.is_punct(units, end, "-")
            .then(|| doc.name_end(units, end + 1, 3, false))
            .filter(|&k| k > end + 1)
    };
    let mut end = j;
    while let Some(k) = after_dash(end) {
        end = k;
    }
    let paired = end > j;
    let listed = doc.is_word(units, end, &["and"]) && {
        let next = end + 1;
        let after = if units.get(next).is_some_and(|u| doc.entity_cue(u).is_some()) {
            next + 1
        } else {
            doc.name_end(units, next, 3, true)
        };
        let mut after = after;
        while let Some(k) = after_dash(after) {
            after = k;
        }
        after > next && plural_crossings_at(doc, units, after)
    };
    let crossing = if paired {
        listed || crossing_head(doc, units, end)
    } else {
        listed && etype == EntityType::Place
    };
    if !crossing {
        return None;
    }
    let label = doc.original(units, i, end).to_string();
    let c = if etype == EntityType::Place && doc.is_found(known) {
        // A name this document introduced as a place was the crossing's all along.
        doc.retype(known, EntityType::Crossing);
        known
    } else if etype == EntityType::Place {
        let first = doc.original(units, i, j).to_string();
        doc.crossing_named_after(known, if paired { &label } else { &first })
    } else {
        known
    };
    doc.add_alias(c, &label);
    out.push(Unit::merge(units, i, end - 1, UnitKind::Found(c)));
    Some(end)
}

/// Where the crossing's name ends when a name no list knows at units `i..run`, a dash
/// and a town the document knows stand before a crossing head: "the Tui–Valença
/// bridge" is one crossing, not a crossing "Tui" beside the town. The town is a
/// lexicon place at one unit, or a name this document found.
pub(super) fn dashed_to_town(doc: &Doc<'_>, units: &[Unit], i: usize, run: usize) -> Option<usize> {
    if run == i || !doc.is_punct(units, run, "-") {
        return None;
    }
    let k = run + 1;
    let (end, town) = match units.get(k).and_then(|u| doc.entity_cue(u)) {
        Some((e, _)) => (k + 1, e),
        None => known_at(doc, units, k, doc.name_end(units, k, 3, true))?,
    };
    (doc.ent(town).entity.etype == EntityType::Place && crossing_head(doc, units, end))
        .then_some(end)
}

/// Whether the name at units `i..j` is the object of a verb that closes or reopens
/// crossings right before it, ending its clause: "Uzbekistan has not closed Alat, and
/// …", "reopened Kerem Shalom on Sunday".
pub(super) fn closed_name(doc: &Doc<'_>, units: &[Unit], i: usize, j: usize) -> bool {
    i >= 1
        && doc.has(&units[i - 1], |c| {
            matches!(c, Cue::Verb(r, _) if doc.lex.frame(*r).is_some_and(|f| f.object.contains(EntityType::Crossing) && f.collective))
        })
        && (units.get(j).is_none_or(|x| x.kind == UnitKind::Punct)
            || doc.is_word(units, j, AFTER_CLOSED_NAME))
}

/// The state whose capital, written with a capital letter at unit `i`, opens a
/// crossing's name before a crossing head: "Maseru Bridge", "the Kinshasa ferry port"
/// name the crossing, not the state.
pub(super) fn capital_before_head(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<u32> {
    let (st, kind) = units.get(i).and_then(|u| doc.entity_cue(u))?;
    let capital = doc
        .original(units, i, i + 1)
        .starts_with(char::is_uppercase);
    (kind == MentionKind::Metonym && capital && crossing_head(doc, units, i + 1)).then_some(st)
}

/// Where a crossing named after the two states it joins ends, at its capitalised head:
/// an ordinal may open the name, then the pair (each side a state's name, demonym or
/// combining form), then one to three capitalised words, the last one the lexicon's
/// `pair_crossing_words` — "the Third Thai-Lao Friendship Bridge", "the Sino-Nepal
/// Friendship Bridge" (not "the Lebanese-Syrian Masnaa Crossing", which is Masnaa's).
pub(super) fn pair_named_crossing_end(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let words = &doc.lex.words;
    let capital = |k: usize| {
        units
            .get(k)
            .is_some_and(|u| u.kind != UnitKind::Punct && doc.capitalised(u))
    };
    let mut k = i;
    if capital(k) && words.crossing_name_ordinals.contains(doc.word(&units[k])) {
        k += 1;
    }
    let side = |k: usize| {
        capital(k)
            && (words.pair_prefixes.contains(doc.word(&units[k]))
                || doc.entity_cue(&units[k]).is_some_and(|(e, m)| {
                    matches!(m, MentionKind::Name | MentionKind::Demonym)
                        && doc.ent(e).entity.etype == EntityType::State
                }))
    };
    let dash = |k: usize| doc.is_punct(units, k, "-") || doc.is_punct(units, k, "–");
    if !(side(k) && dash(k + 1) && side(k + 2)) {
        return None;
    }
    let mut j = k + 3;
    while j < k + 6
        && units.get(j).is_some_and(|u| doc.cap(u, true))
        && !crossing_head(doc, units, j)
    {
        j += 1;
    }
    (j > k + 3 && named_for_ideal(doc, units, j) && capital(j) && crossing_head(doc, units, j))
        .then_some(j)
}

/// Whether the crossing head at unit `head` follows a word of what the crossing stands
/// for (`pair_crossing_words`): "the Friendship Bridge", "the Unity bridge".
pub(super) fn named_for_ideal(doc: &Doc<'_>, units: &[Unit], head: usize) -> bool {
    let words = &doc.lex.words;
    head > 0
        && words
            .pair_crossing_words
            .contains(doc.word(&units[head - 1]))
        && units
            .get(head)
            .is_some_and(|h| words.titled_crossing_heads.contains(doc.word(h)))
}

/// Where a crossing named "Bridge of …" ends: a capitalised titled head, "of", maybe
/// "the", then capitalised words none of them a state — "the Bridge of the Americas",
/// "the Bridge of Friendship".
pub(super) fn bridge_of_end(doc: &Doc<'_>, units: &[Unit], i: usize) -> Option<usize> {
    let head = units.get(i)?;
    if !(doc.capitalised(head)
        && doc.lex.words.heads_named_of.contains(doc.word(head))
        && doc.is_word(units, i + 1, &["of"]))
    {
        return None;
    }
    let start = if doc.is_word(units, i + 2, &["the"]) {
        i + 3
    } else {
        i + 2
    };
    let mut j = start;
    while j < start + 3
        && units.get(j).is_some_and(|u| {
            u.kind != UnitKind::Punct
                && doc.capitalised(u)
                && doc
                    .entity_cue(u)
                    .is_none_or(|(e, _)| doc.ent(e).entity.etype != EntityType::State)
        })
    {
        j += 1;
    }
    (j > start).then_some(j)
}

/// How a name no list knows at units `i..run` is a crossing's, found by
/// [`named_crossing`].
pub(super) struct NamedCrossing {
    /// Named after "at" or "of" and a crossing head ("the crossing at Chaman"): a list
    /// of names may follow.
    pub at: bool,
    /// Named among crossings after "including": a list may follow.
    pub included: bool,
    /// The state a demonym before the head names ("the Belarusian checkpoint of
    /// Berestovitsa").
    pub state: Option<u32>,
}

/// Whether the name at units `i..run` (`run` past its last word) is a crossing's:
/// before a crossing head ("the Torkham crossing"), set off before "the busiest
/// crossing" ("Medininkai, the busiest crossing on the road"), after "at" or "of" and
/// a crossing head, among crossings after "including", set off right after a crossing
/// noun's phrase, or before "border" ("the Mfum border with Cameroon").
pub(super) fn named_crossing(
    doc: &Doc<'_>,
    units: &[Unit],
    i: usize,
    run: usize,
) -> Option<NamedCrossing> {
    // Not a place set off as where the crossing before it lies ("El Amatillo, in the
    // department of La Unión, the busiest crossing"), only after a name and a comma:
    // "in the frontier town of Kasumbalesa, the busiest crossing" and "at the border,
    // in Kasumbalesa, the busiest crossing" name the crossing.
    let aside_after_name = |c: usize| {
        c >= 1
            && doc.is_punct(units, c, ",")
            && (doc.entity_cue(&units[c - 1]).is_some()
                || matches!(units[c - 1].kind, UnitKind::Found(_))
                || doc.capitalised(&units[c - 1]))
    };
    let where_before = i >= 2
        && ((doc.is_word(units, i - 1, &["of"])
            && doc.has_at(units, i - 2, |c| *c == Cue::SettlementNoun)
            && i >= 6
            && doc.is_word(units, i - 3, &["the"])
            && doc.is_word(units, i - 4, &["in", "at"])
            && aside_after_name(i - 5))
            || (doc.is_word(units, i - 1, &["in"]) && aside_after_name(i - 2)));
    let appositive_crossing = run > i
        && !where_before
        && doc.is_punct(units, run, ",")
        && doc.is_word(units, run + 1, &["the", "a", "another", "its"])
        && (run + 2..run + 5).any(|k| crossing_head(doc, units, k));
    let included = run > i && listed_after_crossings(doc, units, i);
    // "its other official crossing with Syria, Rabia, closed": a name set off by
    // commas right after a singular crossing noun's phrase.
    let apposed = run > i
        && i >= 3
        && doc.is_punct(units, i - 1, ",")
        && (doc.is_punct(units, run, ",") || doc.is_word(units, run, &["and"]))
        && (i.saturating_sub(6)..i - 1)
            .rev()
            .take_while(|&k| units[k].kind != UnitKind::Punct)
            .any(|k| {
                doc.has_at(units, k, |c| *c == Cue::CrossingHead) && !plural(doc.word(&units[k]))
            });
    // "the crossing at Chaman", "the Belarusian checkpoint of Berestovitsa".
    let at = run > i
        && i >= 2
        && (crossing_at(doc, units, i)
            || (doc.is_word(units, i - 1, &["of"]) && crossing_head(doc, units, i - 2)))
        && !doc.has_at(units, run, |c| *c == Cue::SettlementNoun);
    // "the Mfum border with Cameroon": a name no list knows before "border" is a
    // crossing's (a state's would be known).
    let named_border = run > i
        && run - i <= 2
        && doc.is_word(units, run, &["border"])
        // Not in a title-cased headline ("Russia Closes Arctic Border").
        && doc.original(units, run, run + 1) == "border"
        && !doc.is_word(
            units,
            run + 1,
            &["'s", "guards", "guard", "police", "force", "forces"],
        );
    // "the Danube bridge at Ilok": a river or road before a lower-case head, the
    // head then placed "at" a town, describes the crossing the town names.
    let described = crossing_head(doc, units, run)
        && doc.is_word(units, run + 1, &["at"])
        && doc
            .original(units, run, run + 1)
            .starts_with(char::is_lowercase)
        && units
            .get(run + 2)
            .is_some_and(|u| doc.text[u.span.0..u.span.1].starts_with(char::is_uppercase));
    let named = run > i
        && !described
        && (crossing_head(doc, units, run)
            || appositive_crossing
            || included
            || apposed
            || at
            || named_border);
    if !named {
        return None;
    }
    // A demonym before the head says where it lies.
    let state = if at {
        units
            .get(i.saturating_sub(3))
            .and_then(|x| doc.entity_cue(x))
            .and_then(|(e, k)| {
                (k == MentionKind::Demonym && doc.ent(e).entity.etype == EntityType::State)
                    .then_some(e)
            })
    } else {
        None
    };
    Some(NamedCrossing {
        at,
        included,
        state,
    })
}
