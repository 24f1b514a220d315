//! English clause structure, as far as the rules need it: where a verb's subject is,
//! whether it is passive, where its clause ends, which hedges and negations govern it,
//! and the text of a span. Pure functions of a [`Sentence`]; the closed-class words
//! here are grammar, so they live in code (domain words are in the lexicon).

use super::doc::Doc;
use super::units::UnitKind;
use super::view::{Head, Sentence};
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Relation};

mod words;
use words::{AUXILIARIES, CLAUSE_OPENERS, OBJECT_ADVERBS};
pub use words::{BE, DETERMINERS, PREPOSITIONS};

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

/// Whether phrase `p` stands where a clause subject can stand.
pub fn subject_position(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> bool {
    let a = s.phrases[p].start;
    let Some(prev) = a.checked_sub(1).map(|k| &s.units[k]) else {
        return true;
    };
    if prev.kind == UnitKind::Punct {
        return doc.word(prev) != "'";
    }
    let w = doc.word(prev);
    if w == "whose" {
        return false;
    }
    // "The government's spokesman, Ahmed Mulla Talal, called": a common noun's
    // possessive (and its article) before the phrase belongs to it.
    if w == "'s" && a >= 2 && s.units[a - 2].kind != UnitKind::Punct {
        let mut b = a - 2;
        if b > 0 && doc.is_word(s.units, b - 1, &["the", "a", "an", "this", "that"]) {
            b -= 1;
        }
        return b == 0
            || s.units[b - 1].kind == UnitKind::Punct
            || CLAUSE_OPENERS.contains(&doc.word(&s.units[b - 1]));
    }
    if CLAUSE_OPENERS.contains(&w)
        || doc.has(
            prev,
            |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS),
        )
    {
        return true;
    }
    // A few plain words at the start of the sentence or clause are modifiers:
    // "Baltic nations Estonia and Latvia", "Nearby Estonia".
    let mut k = a;
    let mut n = 0;
    while k > 0 {
        let u = &s.units[k - 1];
        if u.kind == UnitKind::Punct {
            break;
        }
        if u.kind != UnitKind::Word
            || PREPOSITIONS.contains(&doc.word(u))
            || DETERMINERS.contains(&doc.word(u)) && n > 0
        {
            return false;
        }
        n += 1;
        k -= 1;
    }
    n <= 2 && !PREPOSITIONS.contains(&w)
}

/// Whether only auxiliaries, adverbs, hedges and negations stand between units `from`
/// and `to`.
pub fn only_aux_between(doc: &Doc<'_>, s: &Sentence<'_>, from: usize, to: usize) -> bool {
    (from..to).all(|k| {
        let u = &s.units[k];
        let w = doc.word(u);
        u.kind != UnitKind::Punct
            && (AUXILIARIES.contains(&w)
                || (u.kind == UnitKind::Word && w.ends_with("ly"))
                || date_word(w)
                || doc.has(u, |c| matches!(c, Cue::Hedge | Cue::Negation)))
    })
}

/// The subject of the verb at unit `v`: the nearest phrase to the left that stands in
/// subject position or directly before the verb. Returns the phrase index.
pub fn subject_of(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> Option<usize> {
    // "the nation entered …": a common noun right before the verb is its subject.
    let mut k = v;
    while k > 0 {
        k -= 1;
        let u = &s.units[k];
        let w = doc.word(u);
        if u.kind == UnitKind::Word
            && s.phrase(k).is_none()
            && (AUXILIARIES.contains(&w)
                || w.ends_with("ly")
                || date_word(w)
                || w.chars().all(|c| c.is_ascii_digit())
                // "and has since sealed", "and then closed".
                || matches!(w, "since" | "then" | "also" | "now" | "later" | "subsequently"))
        {
            continue;
        }
        // "had for her part accused", "has in turn blamed": a parenthesis between the
        // auxiliary and the verb.
        if k >= 2
            && ((w == "part"
                && doc.is_word(s.units, k - 1, &["its", "her", "his", "their", "our", "my"])
                && doc.is_word(s.units, k - 2, &["for"]))
                || (doc.is_word(s.units, k - 1, &["in"])
                    && matches!(w, "turn" | "response" | "return" | "reply")))
        {
            k -= if w == "part" { 2 } else { 1 };
            continue;
        }
        // "has in the past blamed", "had at the time accused": a time between the
        // auxiliary and the verb.
        if k >= 2
            && doc.is_word(s.units, k - 1, &["the"])
            && matches!(
                (doc.word(&s.units[k - 2]), w),
                ("in", "past") | ("at", "time") | ("in", "meantime")
            )
        {
            k -= 2;
            continue;
        }
        // "Greece closed Kastanies, and has since sealed its border": a verb after
        // "and"/"but" with no subject of its own shares the sentence's first one.
        if matches!(w, "and" | "but") && k >= 2 && doc.is_punct(s.units, k - 1, ",") {
            if let Some(p) = main_subject(doc, s, k) {
                return Some(p);
            }
        }
        // "Venezuela suspended the ferry on Tuesday and accused Trinidad …": with no
        // comma, the subject of the verb the clause before "and" was built on.
        if w == "and" && k >= 2 && s.phrase(k - 1).is_none_or(|p| !subject_position(doc, s, p)) {
            // The first finite verb back to a comma: "Chad reopened the crossing that
            // Sudan's army closed and accused …" is Chad's.
            let earlier = (0..k)
                .rev()
                .take_while(|&j| !doc.is_punct(s.units, j, ","))
                .filter(|&j| doc.has(&s.units[j], |c| matches!(c, Cue::Verb(_, f) if finite(f))))
                .last();
            if let Some(p) = earlier.and_then(|j| subject_of(doc, s, j)) {
                return Some(p);
            }
        }
        if doc.has(u, |c| matches!(c, Cue::Hedge | Cue::Negation)) {
            continue;
        }
        // "Latvia says …, weighs closing Silene": a verb right after a comma with no
        // subject of its own shares the sentence's first one.
        if doc.is_punct(s.units, k, ",") && k < v {
            let verb_next = doc.has(&s.units[k + 1], |c| matches!(c, Cue::Verb(..) | Cue::Hedge));
            if verb_next {
                if let Some(p) = main_subject(doc, s, k) {
                    return Some(p);
                }
            }
        }
        let content = u.kind == UnitKind::Word
            && s.phrase(k).is_none()
            && !PREPOSITIONS.contains(&w)
            && !CLAUSE_OPENERS.contains(&w)
            && !DETERMINERS.contains(&w)
            && !w.chars().all(|c| c.is_ascii_digit());
        if content {
            return None;
        }
        break;
    }
    nearest_subject(doc, s, v)
}

/// The phrase of a state's or organisation's body named with its owner ("China's
/// embassy", "the Polish ambassador") right before "in", "to" or "at" and the phrase
/// `p`: "China's embassy in Manila", "Iran's mission to the United Nations".
fn body_before_place(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Option<usize> {
    let mut at = s.phrases[p].start.checked_sub(1)?;
    if doc.is_word(s.units, at, &["the"]) {
        at = at.checked_sub(1)?;
    }
    if !doc.is_word(s.units, at, &["in", "to", "at"]) {
        return None;
    }
    let q = s.phrase(at.checked_sub(1)?)?;
    let body = &s.phrases[q];
    let owner_named = matches!(
        body.head,
        Head::Ent(e, MentionKind::Name | MentionKind::Demonym)
            if matches!(doc.etype(e), EntityType::State | EntityType::Organisation)
    );
    (owner_named && !body.possessive && body.end - body.start >= 2).then_some(q)
}

/// The first phrase of the sentence, before unit `before`, that is a clause subject
/// followed by a verb of saying or of a frame: the sentence's main subject.
fn main_subject(doc: &Doc<'_>, s: &Sentence<'_>, before: usize) -> Option<usize> {
    let p = (0..s.phrases.len()).find(|&p| {
        let ph = &s.phrases[p];
        ph.end <= before
            && !ph.possessive
            && !(matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) && ph.end - ph.start == 1)
            && subject_position(doc, s, p)
    })?;
    let e = s.phrases[p].end;
    let verb = (e..(e + 4).min(before)).any(|k| {
        doc.has(&s.units[k], |c| {
            matches!(
                c,
                Cue::Verb(..) | Cue::Governor(_) | Cue::Stative(_) | Cue::Hedge
            )
        }) || doc.is_word(
            s.units,
            k,
            &[
                "has", "have", "had", "is", "are", "was", "were", "will", "would",
            ],
        )
    });
    verb.then_some(p)
}

/// The nearest phrase left of unit `v` that stands in subject position or right
/// before `v`.
pub fn nearest_subject(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> Option<usize> {
    let mut k = v;
    while k > 0 {
        k -= 1;
        // "Finland, which has closed … and accuses Moscow": the antecedent; "Iraq,
        // whose region was hit …, has condemned": past the relative clause.
        if doc.is_word(s.units, k, &["which", "who", "whose"]) {
            let mut j = k;
            while j > 0 && doc.is_punct(s.units, j - 1, ",") {
                j -= 1;
            }
            return j.checked_sub(1).and_then(|j| s.phrase(j));
        }
        // "The Arab League, which readmitted Syria in May, condemned", "ECCAS, to which
        // both countries belong, condemned": past a relative clause set off by commas.
        if doc.is_punct(s.units, k, ",") && (k + 1..v).all(|j| s.units[j].kind == UnitKind::Word) {
            let open = (k.saturating_sub(25)..k).rev().find(|&j| {
                doc.is_punct(s.units, j, ",")
                    && (doc.is_word(s.units, j + 1, &["which", "who", "whose"])
                        || (PREPOSITIONS.contains(&doc.word(&s.units[j + 1]))
                            && doc.is_word(s.units, j + 2, &["which", "whom"])))
            });
            // "The Economic Community … (ECCAS), to which": past the acronym.
            let named = |j: usize| {
                let e = if j > 0 && doc.is_punct(s.units, j - 1, ")") {
                    (j.saturating_sub(5)..j - 1)
                        .rev()
                        .find(|&m| doc.is_punct(s.units, m, "("))
                        .unwrap_or(j)
                } else {
                    j
                };
                e.checked_sub(1).and_then(|m| s.phrase(m))
            };
            if let Some(j) = open {
                let inner = (j + 1..k).any(|m| doc.is_punct(s.units, m, ","));
                if let Some(p) = named(j).filter(|_| !inner) {
                    return Some(p);
                }
            }
        }
        // "Zambia, he said, would not impose sanctions": past a speaker's attribution
        // set off by commas ("he said", "Dacic added"), to the clause's own subject when
        // a name the article knows stands right before it (for "the police, he said,
        // could close", the speaker's side is the best reading).
        if doc.is_punct(s.units, k, ",")
            && k >= 3
            && (k + 1..v).all(|j| s.units[j].kind != UnitKind::Punct)
            && doc.is_statement_verb(&s.units[k - 1])
        {
            let speaker = s.phrase(k - 2).map(|q| s.phrases[q].start);
            let named = |a: usize| a >= 2 && s.phrase(a - 2).is_some();
            if let Some(a) = speaker.filter(|&a| named(a) && doc.is_punct(s.units, a - 1, ",")) {
                k = a - 1;
                continue;
            }
        }
        // "The SDF, a U.S.-backed alliance dominated by the YPG, also rejected": past
        // the apposition to the phrase it describes.
        if doc.is_punct(s.units, k, ",") && (k + 1..v).all(|j| s.units[j].kind == UnitKind::Word) {
            let open = (k.saturating_sub(20)..k).rev().find(|&j| {
                // "The Syrian Democratic Forces (SDF), a …": past the acronym too.
                let e = if j > 0 && doc.is_punct(s.units, j - 1, ")") {
                    j - 1
                } else {
                    j
                };
                doc.is_punct(s.units, j, ",")
                    && e > 0
                    && s.phrase(e - 1).is_some_and(|q| s.phrases[q].end >= e - 1)
                    && (doc.is_word(s.units, j + 1, &["a", "an", "the"])
                        // "Hilário Chaúque, spokesman for the police (PRM) in Zambézia,
                        // rejected": a title without an article.
                        || (doc.has_at(s.units, j + 1, |c| matches!(c, Cue::Office | Cue::Qualifier))
                            && s.phrase(e - 1).is_some_and(|q| {
                                matches!(s.phrases[q].head, Head::Ent(p, _) if doc.etype(p) == EntityType::Person)
                            })))
                    // "X, the United Arab Emirates, Y and Z" is a list, not an apposition
                    // ("X, the SSPDF spokesman, denied" is).
                    && s.phrase(j + 2).is_none_or(|q| {
                        let end = s.phrases[q].end;
                        let more = doc.is_punct(s.units, end, ",") && end != k;
                        !(more || doc.is_word(s.units, end, &["and"]))
                    })
            });
            if let Some(j) = open {
                k = j;
                continue;
            }
        }
        let Some(p) = s.phrase(k) else { continue };
        let ph = &s.phrases[p];
        k = ph.start;
        // "China's embassy in Manila dismissed", "Iran's mission to the United Nations
        // rejected": the place after the body's preposition is not the subject.
        if let Some(q) = body_before_place(doc, s, p) {
            return Some(q);
        }
        if ph.possessive && !matches!(ph.head, Head::Pronoun { .. } | Head::They) {
            continue;
        }
        if ph.possessive {
            continue;
        }
        if matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) && ph.end - ph.start == 1 {
            continue;
        }
        // "Estonia, which like Finland is a member": a comparison is no subject.
        if ph.start > 0 && doc.is_word(s.units, ph.start - 1, &["like", "unlike"]) {
            continue;
        }
        if subject_position(doc, s, p)
            || only_aux_between(doc, s, ph.end, v)
            || named_in_aside(doc, s, p, v)
        {
            return Some(p);
        }
    }
    None
}

/// Whether phrase `p` ends an aside that names members of a plural subject, right
/// before the verb at `v`: "Opposition parties, including the CPN-UML, blamed",
/// "Western governments, notably Poland and Lithuania, accused" (the names are the
/// ones the text commits to).
fn named_in_aside(doc: &Doc<'_>, s: &Sentence<'_>, p: usize, v: usize) -> bool {
    let ph = &s.phrases[p];
    if !doc.is_punct(s.units, ph.end, ",") || !only_aux_between(doc, s, ph.end + 1, v) {
        return false;
    }
    let first = coordinated_before(doc, s, p)[0];
    let mut a = s.phrases[first].start;
    if a > 0 && doc.is_word(s.units, a - 1, &["the"]) {
        a -= 1;
    }
    let opener = match a.checked_sub(1) {
        Some(k) if doc.is_word(s.units, k, &["including", "notably", "especially"]) => k,
        Some(k)
            if k > 0
                && doc.is_word(s.units, k, &["as"])
                && doc.is_word(s.units, k - 1, &["such"]) =>
        {
            k - 1
        }
        _ => return false,
    };
    opener > 0 && doc.is_punct(s.units, opener - 1, ",")
}

/// Phrases coordinated before phrase `p` ("Estonia and Latvia … have accused"), in
/// text order, ending with `p`.
pub fn coordinated_before(doc: &Doc<'_>, s: &Sentence<'_>, p: usize) -> Vec<usize> {
    let mut out = vec![p];
    let mut q = p;
    while q > 0 {
        let a = s.phrases[q].start;
        let joined = a >= 2
            && (doc.is_word(s.units, a - 1, &["and"]) || doc.is_punct(s.units, a - 1, ","))
            && s.phrases[q - 1].end == a - 1;
        if !joined {
            break;
        }
        out.insert(0, q - 1);
        q -= 1;
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

/// Past people named as members of a body to the body's name: "fighters of the RSF",
/// "gunmen linked to La Línea", "men loyal to the general", "the government of
/// Belarus". The unit where the body's name starts, or `k` when unit `k` (not itself a
/// name) names no members.
pub fn past_members(doc: &Doc<'_>, s: &Sentence<'_>, k: usize) -> usize {
    let words = &doc.lex.words;
    let member = |u: &super::units::Unit| {
        doc.has(u, |c| *c == Cue::Group) || words.member_nouns.contains(doc.word(u))
    };
    if s.phrase(k).is_some() || !s.units.get(k).is_some_and(member) {
        return k;
    }
    let body = if doc.is_word(s.units, k + 1, &["of"]) {
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
    let hyphened = |k: usize| {
        let j = s.phrase(k).map_or(k, |p| s.phrases[p].end - 1);
        (s.units[k].kind != UnitKind::Punct
            && doc.is_punct(s.units, j + 1, "-")
            && s.units
                .get(j + 2)
                .is_some_and(|u| u.kind != UnitKind::Punct && doc.word(u).ends_with("ed")))
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
        // "the regime of Alexander Lukashenko", "the government of Belarus".
        if doc.has(&s.units[k], |c| *c == Cue::Group) && doc.is_word(s.units, k + 1, &["of"]) {
            return s.phrase(k + 2);
        }
        // "fighters of the ADF", "agents of Rwanda": the body the people belong to.
        let at = past_members(doc, s, k);
        if at != k {
            return s.phrase(at);
        }
        let quote = s.units[k].kind == UnitKind::Punct && matches!(w, "\"" | "'");
        // "the Shiite Hezbollah": a word describing the body.
        let skippable = DETERMINERS.contains(&w)
            || (k == v + 1 || k == v + 2) && OBJECT_ADVERBS.contains(&w)
            || preps.iter().any(|p| p == w)
            || matches!(w, "either" | "neighbouring" | "neighboring" | "both")
            || doc.lex.words.body_epithets.contains(w);
        if quote {
            k += 1;
            continue;
        }
        if !skippable || s.units[k].kind == UnitKind::Punct {
            return None;
        }
        // An epithet ("the state-owned …", "the Shiite …") does not count against `max`.
        if doc.lex.words.body_epithets.contains(w) {
            max += 1;
        }
        k += 1;
    }
    None
}

/// End of the clause that starts at unit `from`: a semicolon, a dash, the end of the
/// sentence, or a comma or "and" that opens a new statement.
pub fn clause_end(doc: &Doc<'_>, s: &Sentence<'_>, from: usize) -> usize {
    let n = s.units.len();
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
            if opens || charge_named || speaker_follows(doc, s, q) {
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
        || matches!(w, "very" | "shuttered" | "newly" | "fully")
        || s.phrase(k).is_some_and(|p| s.phrases[p].possessive)
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
