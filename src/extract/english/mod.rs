//! English clause structure, as far as the rules need it: where a verb's subject is,
//! whether it is passive, where its clause ends, which hedges and negations govern it,
//! and the text of a span. Pure functions of a [`Sentence`]; the closed-class words
//! here are grammar, so they live in code (domain words are in the lexicon).

use super::doc::Doc;
use super::units::UnitKind;
use super::view::{Head, Sentence};
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Relation};

mod subjects;
mod words;
pub use subjects::{nearest_subject, only_aux_between, subject_of, subject_position};
use words::OBJECT_ADVERBS;
pub use words::{
    ADJECTIVE_ENDINGS, ASIDE_OPENERS, AUXILIARIES, BE, DETERMINERS, PREPOSITIONS, RELATIVES,
};

/// Month and weekday words, which stand between a subject and its verb in "Finland on
/// Tuesday closed…".
pub fn date_word(w: &str) -> bool {
    matches!(
        w,
        "jan"
            | "january"
            | "feb"
            | "february"
            | "mar"
            | "march"
            | "apr"
            | "april"
            | "may"
            | "jun"
            | "june"
            | "jul"
            | "july"
            | "aug"
            | "august"
            | "sep"
            | "sept"
            | "september"
            | "oct"
            | "october"
            | "nov"
            | "november"
            | "dec"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "same"
            | "day"
            | "weekend"
            | "morning"
            | "evening"
            | "night"
            | "afternoon"
            | "late"
            | "early"
            | "last"
            | "next"
            | "this"
            | "week"
            | "month"
            | "year"
            | "on"
            | "earlier"
            | "later"
    )
}

/// The unit after a time adverbial that starts at unit `k` ("last year", "on Tuesday",
/// "in March 2023", "in 2018", "earlier this month"), if one does: at most one
/// preposition, then up to four words of dates, at least one of them a year or a word
/// naming a time by itself (not a day's number, nor "same", "this", "next", "last",
/// "late" or "early" alone: "on 10 Russian officials" is no time).
pub fn time_after(doc: &Doc<'_>, units: &[super::units::Unit], k: usize) -> Option<usize> {
    let digits = |w: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit())
    };
    let mut j = k;
    if doc.is_word(units, j, &["on", "in", "during", "since"]) {
        j += 1;
    }
    let from = j;
    let mut named = false;
    while j < units.len() && j - from < 4 && units[j].kind == UnitKind::Word {
        let w = doc.word(&units[j]);
        let (year, day) = (digits(w, 4..=4), digits(w, 1..=2));
        if w == "on" || !(date_word(w) || year || day) {
            break;
        }
        named |= year
            || date_word(w) && !matches!(w, "same" | "this" | "next" | "last" | "late" | "early");
        j += 1;
    }
    named.then_some(j)
}

/// Phrases coordinated before phrase `p` ("Estonia and Latvia … have accused"), in
/// text order, ending with `p`.
pub fn coordinated_before(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Vec<usize> {
    let mut out = vec![p];
    let mut q = p;
    while q > 0 {
        let start = s.phrases[q].start;
        // Past an article after "and" ("Baghdad and the KRG"; not after a comma: "In
        // Cairo, the Arab League" is no list).
        let the = start >= 3
            && doc.is_word(s.units, start - 1, &["the"])
            && doc.is_word(s.units, start - 2, &["and"]);
        let a = start - the as usize;
        let joined = a >= 2
            && (doc.is_word(s.units, a - 1, &["and", "nor"]) || doc.is_punct(s.units, a - 1, ","))
            && s.phrases[q - 1].end == a - 1;
        if !joined {
            break;
        }
        out.insert(0, q - 1);
        q -= 1;
    }
    // A list opened by a preposition or a verb is an object, and the phrase after its
    // "and" opens a clause of its own: "struck targets in Lebanon and Hezbollah
    // condemned", "closed the border with Venezuela and the ELN accused"; after a
    // comma, only the governed phrase is left out ("after the election of Mirziyoyev,
    // Tashkent and Bishkek reopened"). Examples of a subject and the two ends of
    // "between" stay ("Gulf governments including Bahrain and Kuwait condemned",
    // "relations between Phnom Penh and Hanoi, which both belong to ASEAN").
    let governed = |q: usize| {
        // (Past "the" and a compass word: "in southern Lebanon".)
        let mut first = s.phrases[q].start;
        while first > 0
            && s.phrases[q].start - first < 2
            && (doc.is_word(s.units, first - 1, &["the"])
                || doc
                    .lex
                    .words
                    .compass
                    .contains(doc.word(&s.units[first - 1])))
        {
            first -= 1;
        }
        first.checked_sub(1).is_some_and(|k| {
            (doc.is_word(s.units, k, PREPOSITIONS)
                && !doc.is_word(s.units, k, &["including", "like", "between"]))
                || doc.has_at(s.units, k, |c| matches!(c, Cue::Verb(..)))
        })
    };
    while out.len() > 1 && governed(out[0]) {
        if doc.is_punct(s.units, s.phrases[out[0]].end, ",") {
            out.remove(0);
        } else {
            out.drain(..out.len() - 1);
        }
    }
    out
}

/// Phrases coordinated after phrase `p` ("closed Vaalimaa, Nuijamaa and Imatra"),
/// starting with `p`.
pub fn coordinated_after(doc: &Doc<'_>, s: &Sentence<'_>, p: usize, end: usize) -> Vec<usize> {
    let mut out = vec![p];
    let mut k = s.phrases[p].end;
    while k < end {
        let joiner = doc.is_word(s.units, k, &["and", "or", "nor", "as well as"])
            || doc.is_punct(s.units, k, ",");
        if !joiner {
            break;
        }
        let mut j = k + 1;
        if doc.is_word(s.units, j, &["and", "or"]) {
            j += 1;
        }
        if doc.is_word(s.units, j, &["the"]) {
            j += 1;
        }
        match s.phrase(j) {
            // "Zhao Wei, the Chinese owner of …": a bare demonym after a comma opens an
            // apposition, not the next item.
            Some(q)
                if doc.is_punct(s.units, k, ",")
                    && matches!(s.phrases[q].head, Head::Ent(_, MentionKind::Demonym))
                    && s.phrases[q].end == j + 1 =>
            {
                break
            }
            Some(q) if s.phrases[q].start == j => {
                out.push(q);
                k = s.phrases[q].end;
            }
            _ => break,
        }
    }
    out
}

/// The unit before unit `a`, past an article: "in" for "in the Grodno region".
pub fn before_article(doc: &Doc<'_>, units: &[super::units::Unit], a: usize) -> Option<usize> {
    let b = a.checked_sub(1)?;
    if doc.is_word(units, b, &["the"]) {
        b.checked_sub(1)
    } else {
        Some(b)
    }
}

/// Past people named as members of a body to the body's name: "fighters of the RSF",
/// "gunmen linked to La Línea", "men loyal to the general", "the government of
/// Belarus", "militants from al-Shabaab", "gunmen from a faction of the Gulf Cartel".
/// The unit where the body's name starts, or `k` when unit `k` (not itself a name)
/// names no members.
pub fn past_members(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> usize {
    // "the Rwanda-backed M23": past the patron to the body.
    let k = doc.past_patron(s.units, k);
    let a = k + doc.is_word(s.units, k, &["a", "an"]) as usize;
    let once = members_once(doc, s, a);
    if once == a {
        return k;
    }
    // One body may itself be part of another: "a faction of", "a wing of".
    match members_once(doc, s, once) {
        body if body != once => body,
        _ => once,
    }
}

fn members_once(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> usize {
    let words = &doc.lex.words;
    let Some(u) = s.units.get(k) else {
        return k;
    };
    let part = words.part_nouns.contains(doc.word(u));
    let member =
        part || doc.has(u, |c| *c == Cue::Group) || words.member_nouns.contains(doc.word(u));
    if s.phrase(k).is_some() || !member {
        return k;
    }
    // Where a body named after "of" or "from" starts.
    let at = k + 2 + doc.is_word(s.units, k + 2, &["the", "a", "an"]) as usize;
    // "a faction of Somalia's army" is no act of Somalia.
    if part {
        let state = s.phrase(at).is_some_and(
            |p| matches!(s.phrases[p].head, Head::Ent(e, _) if doc.etype(e) == EntityType::State),
        );
        if state {
            return k;
        }
    }
    let body = if doc.is_word(s.units, k + 1, &["of"]) {
        k + 2
    } else if doc.is_word(s.units, k + 1, &["from"]) {
        // "militants from Somalia", "gunmen from Mexico's Sinaloa state" come from a
        // place; "militants from al-Shabaab", "soldiers from the Rwandan army" and a
        // state's own "troops from Eritrea" are a body's people.
        let body = s.phrase(at).is_some_and(|p| {
            let ph = &s.phrases[p];
            let Head::Ent(e, kind) = ph.head else {
                return false;
            };
            let bare_state = ph.end - ph.start == 1
                && matches!(kind, MentionKind::Name | MentionKind::Metonym)
                && doc.etype(e) == EntityType::State;
            doc.etype(e) == EntityType::Organisation
                || doc.has(&s.units[ph.end - 1], |c| {
                    matches!(c, Cue::Group | Cue::OrgHead)
                })
                || (bare_state && doc.has(&s.units[k], |c| *c == Cue::Group))
        });
        // (A part of a body leads on to the body: "gunmen from a faction of".)
        let part_next = s
            .units
            .get(at)
            .is_some_and(|u| words.part_nouns.contains(doc.word(u)));
        if !body && !part_next {
            return k;
        }
        k + 2
    } else if s
        .units
        .get(k + 1)
        .is_some_and(|u| words.member_links.contains(doc.word(u)))
        && doc.is_word(s.units, k + 2, &["to", "with"])
    {
        k + 3
    } else {
        return k;
    };
    body + doc.is_word(s.units, body, &["the", "a", "an"]) as usize
}

/// The first phrase after unit `v`, skipping determiners, the given prepositions and
/// an adverb right after the verb ("accused moreover the authorities"), within `max`
/// units.
pub fn phrase_after(
    doc: &Doc<'_>,
    s: &Sentence<'_>,
    v: usize,
    max: usize,
    preps: &[String],
) -> Option<usize> {
    let mut k = v + 1;
    let mut max = max;
    // "the state-owned Myanma Economic Bank", "the Iran-backed Houthis": a hyphenated
    // adjective (maybe holding a name); it does not count against `max`.
    // So is a compound of plain lower-case words: "the six-nation Gulf Cooperation
    // Council", "the passport-free Schengen Area", "the 15-member bloc".
    let lower = |u: &super::units::Unit| {
        u.kind != UnitKind::Punct
            && doc.text[u.span.0..u.span.1]
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    };
    let hyphened = |k: usize| {
        let j = s.phrase(k).map_or(k, |p| s.phrases[p].end - 1);
        let compound = s.phrase(k).is_none()
            && lower(&s.units[k])
            && s.units
                .get(j + 2)
                .is_some_and(|u| lower(u) && s.phrase(j + 2).is_none());
        (s.units[k].kind != UnitKind::Punct
            && doc.is_punct(s.units, j + 1, "-")
            && (compound
                || s.units
                    .get(j + 2)
                    .is_some_and(|u| u.kind != UnitKind::Punct && doc.word(u).ends_with("ed"))))
        .then_some(j + 3)
    };
    while k < s.units.len() && k <= v + max {
        if let Some(next) = hyphened(k) {
            max += next - k;
            k = next;
            continue;
        }
        if let Some(p) = s.phrase(k) {
            return Some(p);
        }
        let w = doc.word(&s.units[k]);
        // "fighters of the ADF", "agents of Rwanda", "the government of Belarus", "the
        // regime of Alexander Lukashenko": the body the people belong to.
        let at = past_members(doc, s, k);
        if at != k {
            return s.phrase(at);
        }
        let quote = s.units[k].kind == UnitKind::Punct && matches!(w, "\"" | "'");
        // "the Shiite Hezbollah", "the Royal Thai Navy": a word describing the body.
        let epithet = doc.lex.words.body_epithets.contains(w)
            || (doc.lex.words.article_epithets.contains(w)
                && doc.is_word(s.units, k - 1, &["the"]));
        let skippable = DETERMINERS.contains(&w)
            || (k == v + 1 || k == v + 2) && OBJECT_ADVERBS.contains(&w)
            || preps.iter().any(|p| p == w)
            || matches!(w, "either" | "neighbouring" | "neighboring" | "both")
            || epithet;
        if quote {
            k += 1;
            continue;
        }
        if !skippable || s.units[k].kind == UnitKind::Punct {
            return None;
        }
        // An epithet ("the state-owned …", "the Shiite …") does not count against `max`.
        if epithet {
            max += 1;
        }
        k += 1;
    }
    None
}

/// End of the clause that starts at unit `from`: a semicolon, a dash, the end of the
/// sentence, or a comma or "and" that opens a new statement; in a relative clause set
/// off by commas (", who accused …"), the comma that closes it.
pub fn clause_end(doc: &Doc<'_>, s: &Sentence<'_>, from: usize) -> usize {
    let n = s.units.len();
    // "Mukwena, who accused Maputo of complicity, spoke on Monday": a relative clause
    // set off by commas ends at the comma that closes it.
    // (Not the main verb after a short relative: "X, who spoke, accused …".)
    let relative = (from.saturating_sub(4).max(1)..from).any(|j| {
        doc.is_word(s.units, j, &["who"])
            && doc.is_punct(s.units, j - 1, ",")
            && (j + 1..from).all(|q| s.units[q].kind != UnitKind::Punct)
    });
    let mut k = from;
    while k < n {
        let u = &s.units[k];
        let w = doc.word(u);
        // A colon after crossings introduces their names ("four crossings: X, Y and Z",
        // "two posts with Benin: X and Y"), not another clause.
        let names_follow = w == ":"
            && (k.saturating_sub(4)..k).any(|j| {
                doc.has(&s.units[j], |c| {
                    matches!(c, Cue::CrossingHead | Cue::CrossingNoun)
                })
            });
        // "at 06:00 on Sunday": a colon inside a time is no boundary.
        let digit = |j: usize| {
            s.units
                .get(j)
                .is_some_and(|x| doc.word(x).chars().all(|c| c.is_ascii_digit()))
        };
        let time = w == ":" && k > 0 && digit(k - 1) && digit(k + 1);
        if u.kind == UnitKind::Punct
            && matches!(w, ";" | "—" | "–" | ":")
            && k > from
            && !names_follow
            && !time
        {
            return k;
        }
        if u.kind == UnitKind::Punct && w == "," {
            let mut q = k + 1;
            while s
                .units
                .get(q)
                .is_some_and(|x| x.kind == UnitKind::Punct && matches!(doc.word(x), "\"" | "'"))
            {
                q += 1;
            }
            let next = s.units.get(q);
            let opens = next.is_some_and(|nu| {
                matches!(
                    doc.word(nu),
                    "which"
                        | "adding"
                        | "and"
                        | "while"
                        | "but"
                        | "who"
                        | "saying"
                        | "as"
                        | "according"
                        | "though"
                        | "although"
                        | "where"
                        | "whereas"
                        | "citing"
                        | "prompting"
                        | "after"
                        | "before"
                        | "amid"
                        | "despite"
                        | "in spite"
                        | "regardless"
                        | "following"
                        | "even"
                        | "leaving"
                ) || doc.has(nu, |c| {
                    matches!(
                        c,
                        Cue::AttributionBefore | Cue::AttributionAfter
                    ) || matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS)
                        // ", accusing its neighbour of …": a participle opens a clause.
                        || matches!(c, Cue::Verb(_, f) if *f == crate::lexicon::Forms::ING)
                        || (matches!(c, Cue::Governor(_)) && doc.word(nu).ends_with("ing"))
                }) || doc.entity_cue(nu).is_some_and(|(i, _)| doc.ent(i).media)
                    || (doc.word(nu) == "the"
                        && s.units
                            .get(q + 1)
                            .and_then(|x| doc.entity_cue(x))
                            .is_some_and(|(i, _)| doc.ent(i).media))
            });
            // ", a charge rejected by Kigali": what the clause said, named again.
            let charge_named = doc.is_word(s.units, q, &["a", "an", "the"])
                && s.units
                    .get(q + 1)
                    .is_some_and(|x| doc.has(x, |c| *c == Cue::Charge));
            // (Not inside a list: "of smuggling arms, fuel and people", "of hoarding
            // fuel, flour, sugar and rice": the next item ends with "and" or a comma.)
            let next_punct = (k + 1..n).find(|&j| s.units[j].kind == UnitKind::Punct);
            let listed = (k + 1..next_punct.unwrap_or(n))
                .any(|j| doc.is_word(s.units, j, &["and", "or"]))
                || next_punct.is_some_and(|j| doc.is_punct(s.units, j, ","));
            if opens || charge_named || speaker_follows(doc, s, q) || (relative && !listed) {
                return k;
            }
        }
        // "and said …", "dismissed the claim as a lie and accused the army of …": a
        // verb that says or acts after "and" opens a clause of its own ("closed and
        // sealed the border", the verb right after, does not; nor does "-ing"; nor
        // does one inside what a verb of saying reports: "said it had sent a note and
        // condemned …").
        let reported = from.checked_sub(1).is_some_and(|j| says_at(doc, s, j));
        // "its airports and borders", "travel bans and sanctions": a noun as well is
        // no verb.
        let noun = |nu: &super::units::Unit| {
            doc.has(nu, |c| matches!(c, Cue::Noun(_) | Cue::CrossingNoun))
        };
        if k > from
            && w == "and"
            && s.units.get(k + 1).is_some_and(|nu| {
                doc.has(nu, |c| match c {
                    Cue::Verb(r, _) if *r == Relation::SAYS => true,
                    Cue::Verb(_, f) => finite(f) && !reported && !noun(nu),
                    _ => false,
                })
            })
        {
            return k;
        }
        k += 1;
    }
    n
}

/// Whether a verb form is finite: "accused", "accuses" (not "accusing").
pub fn finite(f: &crate::lexicon::Forms) -> bool {
    f.has(crate::lexicon::Forms::PAST) || f.has(crate::lexicon::Forms::THIRD)
}

/// Whether the unit at `k` is a verb of saying.
fn says_at(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> bool {
    doc.has_at(
        s.units,
        k,
        |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS),
    )
}

/// Whether units from `q` are a trailing attribution: a few words naming the speaker,
/// then a verb of saying ("…, Kremlin spokesman Dmitry Peskov told reporters").
fn speaker_follows(doc: &Doc<'_>, s: &Sentence<'_>, q: usize) -> bool {
    let says = |k: usize| {
        doc.has(
            &s.units[k],
            |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS),
        )
    };
    (q + 1..(q + 8).min(s.units.len()))
        .take_while(|&k| {
            let u = &s.units[k - 1];
            u.kind != UnitKind::Punct && !doc.has(u, |c| matches!(c, Cue::Verb(..)))
        })
        .any(|k| says(k) && s.phrase(k - 1).is_some())
}

/// The comma before an apposition naming a body's kind that ends right before unit
/// `b`: "the CSTO, the Russian-led bloc| of which …", "ECOWAS, the regional bloc| to
/// which …" — the body is the phrase before the comma.
pub fn apposition_comma(doc: &Doc<'_>, s: &Sentence<'_>, b: usize) -> Option<usize> {
    let noun = b.checked_sub(1)?;
    // A kind, not the last word of a name ("the Baltic Union of which …").
    if !doc.lex.words.body_nouns.contains(doc.word(&s.units[noun])) || s.phrase(noun).is_some() {
        return None;
    }
    (noun.saturating_sub(5)..noun)
        .rev()
        .take_while(|&k| s.units[k].kind != UnitKind::Punct || doc.word(&s.units[k]) == "-")
        .find(|&k| doc.is_word(s.units, k, &["the", "a", "an"]))
        .filter(|&k| k > 0 && doc.is_punct(s.units, k - 1, ","))
        .map(|k| k - 1)
}

/// Original text of units `a..b`, trimmed of punctuation that does not belong, with a
/// quotation cut by the span closed or its dangling quote mark dropped.
pub fn span_text(doc: &Doc<'_>, s: &Sentence<'_>, a: usize, b: usize) -> Option<String> {
    if a >= b || b > s.units.len() {
        return None;
    }
    let t = doc.text[s.units[a].span.0..s.units[b - 1].span.1].trim();
    let t = t.trim_end_matches([',', ';', ':', ' ', '.']);
    let mut t = t.to_string();
    if t.matches(['"', '“', '”']).count() % 2 == 1 {
        if t.ends_with(['"', '”']) {
            t.pop();
            t = t.trim_end_matches([',', ' ']).to_string();
        } else if t.starts_with(['"', '“']) {
            t.remove(0);
        } else {
            t.push(if t.contains('“') { '”' } else { '"' });
        }
    }
    let t = t.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Whether the verb at `v` is passive: a form of "be" (or "get") before it, with only
/// adverbs between; "is not closing" is progressive.
pub fn is_passive(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    if doc.word(&s.units[v]).ends_with("ing") {
        return false;
    }
    let mut k = v;
    while k > 0 {
        k -= 1;
        let w = doc.word(&s.units[k]);
        if BE.contains(&w) || matches!(w, "get" | "got" | "gets" | "getting") {
            // "was prepared to close": a hedge between makes the verb active.
            return true;
        }
        let adverb = matches!(
            w,
            "also"
                | "already"
                | "now"
                | "being"
                | "not"
                | "reportedly"
                | "previously"
                | "recently"
                | "temporarily"
                | "again"
                | "still"
                | "officially"
                | "formally"
                | "partially"
                | "partly"
                | "fully"
                | "completely"
                | "briefly"
                | "once"
                | "effectively"
                | "repeatedly"
                | "widely"
                | "indefinitely"
                | "abruptly"
                | "swiftly"
                | "quickly"
                | "later"
                | "since"
                | "never"
        ) || (s.units[k].kind == UnitKind::Word && w.ends_with("ly"));
        if !adverb {
            return false;
        }
    }
    false
}

/// Whether the unit at `v` is used as a noun or adjective rather than a verb: after a
/// determiner, a possessive or a preposition other than "to".
pub fn nominal_use(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    let Some(k) = v.checked_sub(1) else {
        return false;
    };
    // A gerund after a preposition is still a verb: "by closing its border".
    let gerund = doc.word(&s.units[v]).ends_with("ing");
    if gerund && PREPOSITIONS.contains(&doc.word(&s.units[k])) {
        return false;
    }
    let prev = &s.units[k];
    if prev.kind == UnitKind::Punct {
        return false;
    }
    let w = doc.word(prev);
    // "has since sealed": "since" after an auxiliary is an adverb.
    let adverb_since = w == "since" && k > 0 && doc.is_word(s.units, k - 1, AUXILIARIES);
    (DETERMINERS.contains(&w) && !matches!(w, "all" | "both" | "each"))
        || w == "'s"
        || (PREPOSITIONS.contains(&w) && w != "to" && !adverb_since)
        || (matches!(w, "very" | "shuttered" | "newly" | "fully") && !verbal_adverb(doc, s, k))
        || s.phrase(k).is_some_and(|p| s.phrases[p].possessive)
}

/// Whether the word at `k` before a verb form modifies the verb, not a noun: after an
/// auxiliary, a modal, "not" or a phrase that is no possessive ("could fully reopen",
/// "Nigeria fully reopened"), against "the fully reopened crossing" and "trucks to
/// newly reopened Liboi".
fn verbal_adverb(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> bool {
    let Some(j) = k.checked_sub(1) else {
        return false;
    };
    // ("to" is among the auxiliaries, but before a participle it is a preposition.)
    (doc.is_word(s.units, j, AUXILIARIES) && !doc.is_word(s.units, j, &["to"]))
        || doc.is_word(s.units, j, super::modality::MODALS)
        || doc.is_word(s.units, j, &["not", "never", "must", "will"])
        || s.phrase(j).is_some_and(|p| !s.phrases[p].possessive)
}

/// The unit of "in" after a verb saying where a place lies: "Kalapani lies in", ", which
/// is situated in", ", located in".
pub fn located_in_at(doc: &Doc<'_>, units: &[super::units::Unit], run: usize) -> Option<usize> {
    let mut j = run;
    if doc.is_punct(units, j, ",") {
        j += 1;
        if doc.is_word(units, j, &["which", "that"]) {
            j += 1;
        }
    }
    if doc.is_word(units, j, BE) {
        j += 1;
    }
    let verb = units
        .get(j)
        .is_some_and(|u| doc.lex.words.location_verbs.contains(doc.word(u)));
    (verb && doc.is_word(units, j + 1, &["in", "inside"])).then_some(j + 1)
}
