//! Modality: whether a fact is asserted, possible or negated, read from the negations
//! and hedges before its verb and the conditions that govern its clause.

use super::doc::Doc;
use super::english::{AUXILIARIES, PREPOSITIONS, RELATIVES};
use super::units::UnitKind;
use super::view::Sentence;
use crate::lexicon::Cue;
use crate::model::{Modality, Relation};

/// Words opening a clause subordinate to the main one (relative pronouns too: "X,
/// which has not commented, has blamed Y").
const SUBORDINATORS: &[&str] = &[
    "because", "although", "though", "while", "unless", "until", "since", "which", "who", "whose",
    "whom",
];

/// Modal verbs: a hedge among them governs every verb joined to its own.
pub(super) const MODALS: &[&str] = &["may", "might", "could", "would", "can", "should"];

/// Whether the clause of the verb at `v`, whose subject ends at `from`, opens with
/// "nor" or "neither" before that subject: "Nor has Astana closed the Karasu crossing",
/// "…, and nor did Tirana close its side", "Neither Serbia nor Croatia has closed it",
/// "Nor did Rwanda, which closed Gatuna in 2019, reopen it". Only when the words
/// between it and the subject open no other clause: not "Neither Kenya nor Tanzania
/// was consulted before Uganda closed …", "Nor is it clear why Niger closed …".
fn nor_clause(doc: &Doc<'_>, s: &Sentence<'_>, from: usize, v: usize) -> bool {
    let opens = |k: usize| {
        k == 0
            || doc.is_punct(s.units, k - 1, ",")
            || doc.is_punct(s.units, k - 1, ";")
            || doc.is_word(s.units, k - 1, &["and", "but"])
    };
    // The nearest "nor" or "neither" before the subject that opens its clause;
    // "Neither Serbia nor Croatia": the "neither" before the "nor".
    let Some(k) = (0..from.min(v))
        .rev()
        .filter(|&k| doc.is_word(s.units, k, &["nor", "neither"]))
        .find(|&k| opens(k))
    else {
        return false;
    };
    // Before the subject's phrase: auxiliaries, articles and the other names of a
    // "neither … nor" ("Nor did traders know Uganda had closed …" is another clause's).
    let subject_start = s.phrase(from - 1).map_or(from, |p| s.phrases[p].start);
    let plain = (k + 1..subject_start).all(|j| {
        s.phrase(j).is_some()
            || doc.is_word(s.units, j, AUXILIARIES)
            || doc.is_word(s.units, j, super::english::DETERMINERS)
            // (The auxiliaries hold "did", "will", "would"; the rest of the modals here.)
            || doc.is_word(s.units, j, &["nor", "can", "could", "must"])
            || doc.has(&s.units[j], |c| matches!(c, Cue::Hedge))
    });
    // "Nor did Rwanda, which closed Gatuna in 2019, reopen it": a verb of the relative
    // clause after the subject is not the "nor"'s.
    let relative = (from..v)
        .rev()
        .find(|&j| doc.is_word(s.units, j, RELATIVES) && j > 0 && doc.is_punct(s.units, j - 1, ","))
        .is_some_and(|r| (r..v).all(|j| !doc.is_punct(s.units, j, ",")));
    from - k <= 8
        && plain
        && !relative
        && (k + 1..from).all(|j| {
            let u = &s.units[j];
            u.kind != UnitKind::Punct
                && !doc.is_word(s.units, j, SUBORDINATORS)
                && !doc.is_word(s.units, j, TEMPORAL)
                && !doc.is_word(
                    s.units,
                    j,
                    &["that", "why", "how", "whether", "if", "and", "but"],
                )
                && !doc.is_statement_verb(u)
                && !doc.has(u, |c| matches!(c, Cue::Verb(..)))
        })
}

/// Words opening a clause of time ("before the gate was shut"); as prepositions or
/// adverbs they open no clause, and no subject follows them.
const TEMPORAL: &[&str] = &["before", "after", "when", "once"];

/// The modality of a verb at `v` whose subject ends at `from`: negated when a negation
/// stands between them or the object denies the act ("closed nothing"), possible when
/// a hedge does, a condition governs the clause up to `clause_end`, or a condition
/// opens the sentence.
pub fn modality(
    doc: &Doc<'_>,
    s: &Sentence<'_>,
    from: usize,
    v: usize,
    clause_end: usize,
) -> Modality {
    let mut m = Modality::Asserted;
    // Whether the hedge is a modal, which governs every verb joined to its own ("could
    // join Finland and close").
    let mut modal = false;
    // A subordinate clause before the verb ("As long as we do not have a partner, the
    // bridge will close"): its negation or hedge ends at its comma, where the modality
    // before it returns ("could respond, if …, including closing X").
    let mut before_subordinate = None;
    // A relative clause set off by commas ("officials, who asked not to be named,
    // said …") has its own negations and hedges.
    let mut relative_until = None;
    for k in from..v {
        let u = &s.units[k];
        if relative_until.is_some_and(|end| k <= end) {
            continue;
        }
        // (", to which …" too.)
        let rel_at = k + 1 + usize::from(doc.is_word(s.units, k + 1, PREPOSITIONS));
        if doc.is_punct(s.units, k, ",")
            && doc.is_word(s.units, rel_at, &["who", "whom", "which", "whose"])
        {
            relative_until = (rel_at + 1..v).find(|&j| doc.is_punct(s.units, j, ","));
            if relative_until.is_some() {
                continue;
            }
        }
        if doc.has(u, |c| *c == Cue::Condition)
            || doc.is_word(s.units, k, SUBORDINATORS)
            || (doc.is_word(s.units, k, &["as"])
                && doc.is_word(s.units, k + 1, &["long"])
                && doc.is_word(s.units, k + 2, &["as"]))
        {
            before_subordinate = before_subordinate.or(Some((m, modal)));
        }
        if (doc.is_word(s.units, k, SUBORDINATORS) || doc.is_word(s.units, k, TEMPORAL))
            && (k + 1..v).all(|j| !doc.is_punct(s.units, j, ","))
            // A clause has its own subject; "has not since reopened", "had never
            // before closed" are adverbs.
            && (k + 1..v).any(|j| {
                s.phrase(j).is_some()
                    || doc.is_word(s.units, j, &["it", "he", "she", "they", "we", "i"])
                    || doc.is_word(s.units, j, super::english::DETERMINERS)
            })
        {
            // The verb is in the clause this word opens ("said it had not been
            // consulted before the gate was shut"): what is negated or hedged before
            // it is the other clause's.
            (m, modal) = (Modality::Asserted, false);
            continue;
        }
        if doc.is_punct(s.units, k, ",") {
            if let Some((m0, modal0)) = before_subordinate.take() {
                (m, modal) = (m0, modal0);
                continue;
            }
        }
        // "officials, who asked not to be named because they were not authorised to
        // speak, said the post could be reopened": what was said has its own
        // negations and hedges (not "did not say it would reopen").
        // (Nor "reportedly said": a hedge of the saying is the report's.)
        if doc.is_statement_verb(u)
            && !(k.saturating_sub(3)..k)
                .any(|j| doc.has(&s.units[j], |c| matches!(c, Cue::Negation | Cue::Hedge)))
        {
            (m, modal) = (Modality::Asserted, false);
            before_subordinate = None;
            continue;
        }
        // "said X had shut it \"not as a punishment\", and that the crossing could
        // reopen": the next reported clause has its own negations and hedges.
        if doc.is_word(s.units, k, &["that"])
            && k > from
            && doc.is_word(s.units, k - 1, &["and", "but"])
        {
            (m, modal) = (Modality::Asserted, false);
            before_subordinate = None;
            continue;
        }
        // "demanded guarantees and accused …": a hedging verb or a negation of an
        // earlier verb joined by "and" or "but" is not this verb's.
        if doc.is_word(s.units, k, &["and", "but"])
            && v - k <= 3
            && (k + 1..v).all(|j| s.phrase(j).is_none())
            && !modal
        {
            m = Modality::Asserted;
            continue;
        }
        // "This is not the first time the border has been shut", "not for the first
        // time": the negation is of "first", the act happened.
        let first_time = || {
            doc.is_word(s.units, k + 1, &["the", "for", "first"])
                && (k + 1..=k + 3).any(|j| {
                    doc.is_word(s.units, j, &["first"]) && doc.is_word(s.units, j + 1, &["time"])
                })
        };
        if doc.has(u, |c| *c == Cue::Negation) && !first_time() {
            m = Modality::Negated;
        } else if doc.has(u, |c| *c == Cue::Hedge) && m != Modality::Negated {
            m = Modality::Possible;
            modal |= doc.is_word(s.units, k, MODALS);
        }
    }
    if m == Modality::Negated
        || nor_clause(doc, s, from, v)
        || negative_object(doc, s, v)
        || whether_clause(doc, s, v) == Some(true)
    {
        return Modality::Negated;
    }
    // "When might Milak reopen?", "Will Ankara close the gate?": a question asks whether
    // it may happen; the modal stands before the subject.
    let question = s
        .units
        .last()
        .is_some_and(|u| u.kind == UnitKind::Punct && doc.word(u) == "?");
    if question
        && (0..v).any(|k| doc.is_word(s.units, k, MODALS) || doc.is_word(s.units, k, &["will"]))
    {
        m = Modality::Possible;
    }
    // A condition inside a quotation opened after a verb with a claim is the claim's
    // ("accused them of \"tolerating, if not protecting\" a gang"; not "will close it
    // \"if the attacks go on\""), and "if not" joins two words, not a condition to the
    // act.
    let claims = doc.has(&s.units[v], |c| {
        matches!(c, Cue::Verb(r, _) if doc.lex.frame(*r).is_some_and(|f| !f.claim.is_empty() || f.object_claim))
    });
    let mut quoted = false;
    let clause_end = past_attribution(doc, s, clause_end);
    // A verb in a relative clause set off by commas ("the OAS, to which both countries
    // belong, if the port stayed shut"): the condition after it is the main clause's.
    let relative = (0..v)
        .rev()
        .take_while(|&k| !doc.is_punct(s.units, k, ","))
        .find(|&k| doc.is_word(s.units, k, &["which", "whom", "whose"]))
        .is_some_and(|k| {
            let before =
                k.checked_sub(1 + usize::from(k >= 1 && doc.is_word(s.units, k - 1, PREPOSITIONS)));
            before.is_some_and(|b| doc.is_punct(s.units, b, ","))
        });
    let clause_end = if relative {
        (v + 1..clause_end)
            .find(|&k| doc.is_punct(s.units, k, ","))
            .unwrap_or(clause_end)
    } else {
        clause_end
    };
    let mut k = v;
    while k + 1 < clause_end {
        k += 1;
        let u = &s.units[k];
        // "said X would stay closed … and that Poland could close others if …": the
        // next reported clause has its own conditions.
        if doc.is_word(s.units, k, &["that"]) && doc.is_word(s.units, k - 1, &["and", "but"]) {
            break;
        }
        // "belong to the Schengen Area, whose rules allow checks in the event of a
        // threat": a relative clause set off by a comma has its own conditions; the
        // main clause's comes after a later comma ("the crossing, which it shut in
        // 2020, if …"; not "whose protocol, signed in 1979, lets … in the event of").
        if doc.is_punct(s.units, k, ",") && doc.is_word(s.units, k + 1, RELATIVES) {
            match (k + 2..clause_end).find(|&j| {
                doc.is_punct(s.units, j, ",")
                    && doc.has_at(s.units, j + 1, |c| *c == Cue::Condition)
            }) {
                Some(j) => {
                    k = j;
                    continue;
                }
                None => break,
            }
        }
        if claims && u.kind == UnitKind::Punct && matches!(doc.word(u), "\"" | "“" | "”") {
            quoted = !quoted;
            continue;
        }
        let idiom = doc.word(u) == "if" && doc.is_word(s.units, k + 1, &["not"]);
        if !quoted
            && !idiom
            && (doc.has(u, |c| *c == Cue::Condition)
                || doc.has(u, |c| *c == Cue::Hedge) && doc.word(u).starts_with("if"))
        {
            m = Modality::Possible;
        }
    }
    if conditional_opening(doc, s, v)
        || m == Modality::Asserted && pending(doc, s, from, v, clause_end)
    {
        m = Modality::Possible;
    }
    m
}

/// Where the clause ending at `end` ends when an attribution set off by commas interrupts
/// it: "The post would be reopened, he added, only once …", "…, the minister told
/// reporters, until …" — a condition after the second comma is still the clause's.
fn past_attribution(doc: &Doc<'_>, s: &Sentence<'_>, end: usize) -> usize {
    if !doc.is_punct(s.units, end, ",") {
        return end;
    }
    let Some(close) = (end + 2..(end + 7).min(s.units.len()))
        .take_while(|&k| !doc.is_punct(s.units, k - 1, ","))
        .find(|&k| doc.is_punct(s.units, k, ","))
    else {
        return end;
    };
    let says = |k: usize| {
        doc.has(
            &s.units[k],
            |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS),
        )
    };
    let speaker = doc.is_word(s.units, end + 1, &["he", "she", "they", "it", "we"])
        || s.phrase(end + 1).is_some()
        || doc.is_word(s.units, end + 1, &["the"]);
    // Only a condition goes on the clause: not ", she said, although …", ", he said,
    // adding …".
    let at = close + 1 + doc.is_word(s.units, close + 1, &["only"]) as usize;
    let condition = s
        .units
        .get(at)
        .is_some_and(|u| doc.has(u, |c| matches!(c, Cue::Condition | Cue::Pending)));
    if speaker && condition && (end + 2..close).any(says) {
        super::english::clause_end(doc, s, close + 1)
    } else {
        end
    }
}

/// Whether verb `v` is a plan that waits for an event and gives no date: "would reopen
/// once construction was complete", "will reopen as soon as calm returns", not "will
/// reopen on Monday, once the roads are secured" (announced for a date).
fn pending(doc: &Doc<'_>, s: &Sentence<'_>, from: usize, v: usize, clause_end: usize) -> bool {
    let future = (from..v).any(|k| doc.is_word(s.units, k, &["will", "would", "'ll", "shall"]));
    let waits = (v + 1..clause_end.min(s.units.len()))
        .any(|k| doc.has(&s.units[k], |c| *c == Cue::Pending));
    let dated = s.dates.iter().any(|&(at, _)| at >= from && at < clause_end);
    future && waits && !dated
}

/// Whether verb `v` is in a condition that opens the sentence or in the clause it
/// governs: "If talks fail, Turkey will close the crossing", "Unless Iran reopens
/// Bazargan, …" (up to the first comma after the condition's own that does not
/// separate names of a list: "If Russia, Belarus or Iran send migrants, Finland will
/// close …"). "If anything, …" states no condition.
fn conditional_opening(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    opening_condition(doc, s).is_some_and(|(k, _, governed)| k < v && v < governed)
}

/// Whether unit `k` is in a condition opened in its own clause, after `from`: "could
/// reopen if Afghan authorities withdrew armed men", "if the crossing stays closed".
/// Eight units back at most (a condition's subject and verb group), not past a comma
/// or semicolon; not "even if" (a concession: what follows holds), nor an idiom ("if
/// not", "if anything").
pub fn conditioned(doc: &Doc<'_>, s: &Sentence<'_>, from: usize, k: usize) -> bool {
    let idiom = |j: usize| {
        s.units.get(j + 1).is_some_and(|next| {
            let pair = format!("{} {}", doc.word(&s.units[j]), doc.word(next));
            doc.lex.words.condition_idioms.contains(&pair) || doc.word(next) == "not"
        }) || (j > 0 && doc.is_word(s.units, j - 1, &["even"]))
    };
    (from.max(k.saturating_sub(8))..k)
        .rev()
        .take_while(|&j| !doc.is_punct(s.units, j, ",") && !doc.is_punct(s.units, j, ";"))
        .any(|j| doc.has(&s.units[j], |c| *c == Cue::Condition) && !idiom(j))
}

/// Whether the sentence asks whether something may happen: a question with a modal or
/// "will" ("Will Zimbabwe close Forbes too?", "And if Belmopan holds firm, will
/// Guatemala answer by shutting Melchor de Mencos?"). What it supposes is nobody's
/// statement: its possible facts are dropped ("Why did Finland close the border?"
/// keeps its asserted one).
pub fn asks_whether(doc: &Doc<'_>, s: &Sentence<'_>) -> bool {
    let quote = |u: &super::units::Unit| {
        u.kind == UnitKind::Punct && matches!(doc.word(u), "\"" | "“" | "”" | "'" | "‘" | "’" | ")")
    };
    let Some(last) = s.units.iter().rposition(|u| !quote(u)) else {
        return false;
    };
    // The whole sentence is the question: nothing before it ends a clause of its own
    // or opens a quotation ("… shut Malaba: will Kenya blink?", `"Uganda could close
    // Malaba. Who will stop us?"` keep their threats).
    let whole = (1..last).all(|k| {
        !(s.units[k].kind == UnitKind::Punct
            && matches!(
                doc.word(&s.units[k]),
                "." | ":" | ";" | "—" | "\"" | "“" | "‘"
            ))
    });
    doc.is_punct(s.units, last, "?")
        && whole
        && (0..last).any(|k| doc.is_word(s.units, k, MODALS) || doc.is_word(s.units, k, &["will"]))
}

/// Whether the sentence is unattributed speculation: what unnamed commentators
/// (words.toml `speculators`: "analysts", "observers") say, believe or expect —
/// "Some analysts believe Beijing may keep the crossing shut", "…, analysts said",
/// "according to analysts". Its possible facts are nobody's plan or threat.
pub fn speculative(doc: &Doc<'_>, s: &Sentence<'_>) -> bool {
    let words = &doc.lex.words;
    let ends = |k: usize| {
        s.units
            .get(k..)
            .is_some_and(|r| r.iter().all(|u| u.kind == UnitKind::Punct))
    };
    (0..s.units.len()).any(|k| {
        if !words.speculators.contains(doc.word(&s.units[k])) || s.phrase(k).is_some() {
            return false;
        }
        // Past where they are: "Some traders in Kayes expect …".
        let at = match s.phrase(k + 2) {
            Some(q) if doc.is_word(s.units, k + 1, &["in", "at", "from"]) => s.phrases[q].end,
            _ => k + 1,
        };
        let opinion = s
            .units
            .get(at)
            .is_some_and(|u| words.opinions.contains(doc.word(u)));
        // Opening the sentence past words that name no one ("Some analysts believe
        // …"; not "UN experts said …"), or closing it ("…, analysts said.",
        // "according to analysts").
        let opens = (0..k).all(|j| {
            s.units[j].kind == UnitKind::Punct
                || words.speculator_leads.contains(doc.word(&s.units[j]))
        });
        let closes = k > 0
            && (opinion && doc.is_punct(s.units, k - 1, ",") && ends(at + 1)
                || doc.is_word(s.units, k - 1, &["according to"]) && ends(k + 1));
        opinion && opens || closes
    })
}

/// Whether verb `v` stands in an embedded yes/no question ("Asked whether Nicaragua
/// would close its crossings", "It is unclear whether Uganda will retaliate", "asked
/// if Kenya would reopen"), and then whether the sentence answers it no: `Some(true)`
/// for "…, he said it would not" (its act is negated), `Some(false)` when unanswered
/// (nobody's act: no fact).
pub fn whether_clause(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> Option<bool> {
    let breaks = |k: usize| {
        s.units[k].kind == UnitKind::Punct && matches!(doc.word(&s.units[k]), "," | ";" | ":")
    };
    (0..v)
        .rev()
        .take_while(|&k| !breaks(k))
        .find(|&k| {
            // (Also a lexicon phrase ending in it: "asked whether", "unclear whether".)
            // Not a whether-clause as a subject ("Whether Kalotina reopens depends on
            // Belgrade" keeps its possible act).
            let w = doc.word(&s.units[k]);
            let words = &doc.lex.words;
            let before = |set: &rustc_hash::FxHashSet<String>| {
                k > 0
                    && s.units[k - 1].kind != UnitKind::Punct
                    && set.contains(doc.word(&s.units[k - 1]))
            };
            w.ends_with(" whether")
                || (w == "whether" && before(&words.question_openers))
                || (w == "if" && before(&words.question_if_openers))
        })
        // "weighing whether to close X" is a plan weighed, not a question.
        .filter(|&k| !doc.is_word(s.units, k + 1, &["to"]))?;
    // The answer: after the question's clause, a statement verb, maybe "that", one
    // word or name for who acts, then an auxiliary and "not" ("he said it would not",
    // "said Ghana would not"), or "no" right after the verb ("said no"). Not "said he
    // could not comment", "said he did not know".
    let end = (v + 1..s.units.len())
        .find(|&k| breaks(k))
        .unwrap_or(s.units.len());
    let no = (end..s.units.len()).any(|k| {
        if !doc.is_statement_verb(&s.units[k]) {
            return false;
        }
        if doc.is_word(s.units, k + 1, &["no"]) {
            return true;
        }
        let mut j = k + 1 + usize::from(doc.is_word(s.units, k + 1, &["that"]));
        j = s.phrase(j).map_or(j + 1, |p| s.phrases[p].end);
        let aux = doc.is_word(s.units, j, AUXILIARIES)
            || doc.is_word(s.units, j, MODALS)
            || doc.is_word(s.units, j, &["will"]);
        let negated = |at: usize| doc.has_at(s.units, at, |c| *c == Cue::Negation);
        // Then the answer ends: nothing after it but punctuation.
        let ends_at = |at: usize| {
            s.units
                .get(at + 1)
                .is_none_or(|u| u.kind == UnitKind::Punct)
        };
        // A negated auxiliary as one unit ("won't"), or the auxiliary and "not".
        (negated(j) && ends_at(j)) || (aux && negated(j + 1) && ends_at(j + 1))
    });
    Some(no)
}

/// Whether verb `v` is the condition itself, not what it governs: "If the border stays
/// closed for a month, people will leave" — a hypothetical nobody announces.
pub fn hypothetical(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    opening_condition(doc, s).is_some_and(|(k, condition_end, _)| k < v && v < condition_end)
}

/// A condition opening the sentence: the unit of its word, where the condition ends
/// (its first comma) and where the clause it governs ends.
fn opening_condition(doc: &Doc<'_>, s: &Sentence<'_>) -> Option<(usize, usize, usize)> {
    let mut k = 0;
    while k < s.units.len()
        && (s.units[k].kind == UnitKind::Punct || doc.is_word(s.units, k, &["but", "and", "yet"]))
    {
        k += 1;
    }
    if k >= s.units.len() || !doc.has(&s.units[k], |c| *c == Cue::Condition) {
        return None;
    }
    if let Some(next) = s.units.get(k + 1) {
        let idiom = format!("{} {}", doc.word(&s.units[k]), doc.word(next));
        if doc.lex.words.condition_idioms.contains(&idiom) {
            return None;
        }
    }
    // A comma before a name followed by another comma, "or" or "and" lists names.
    let listing = |j: usize| {
        s.phrase(j + 1).is_some_and(|p| {
            let end = s.phrases[p].end;
            doc.is_punct(s.units, end, ",") || doc.is_word(s.units, end, &["or", "and"])
        })
    };
    let mut breaks = (k + 1..s.units.len()).filter(|&j| {
        s.units[j].kind == UnitKind::Punct
            && matches!(doc.word(&s.units[j]), "," | ";")
            && !listing(j)
    });
    let condition_end = breaks.next().unwrap_or(s.units.len());
    let governed = breaks.next().unwrap_or(s.units.len());
    Some((k, condition_end, governed))
}

/// Whether the object right after verb `v` denies its act: "has closed nothing",
/// "accused no one" (the lexicon's `negative_objects`), not "nothing but", "none other
/// than".
fn negative_object(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    let words = &doc.lex.words.negative_objects;
    let one = s.units.get(v + 1).map(|u| doc.word(u));
    let two = one
        .zip(s.units.get(v + 2))
        .map(|(a, u)| format!("{a} {}", doc.word(u)));
    let denies = one.is_some_and(|w| words.contains(w)) || two.is_some_and(|w| words.contains(&w));
    denies && !doc.is_word(s.units, v + 2, &["but", "other", "less", "more"])
}
