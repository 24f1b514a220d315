//! Stage 4 of extraction: the frame matcher. Every relation frame of the lexicon is
//! applied by the same code at each of its trigger words: an active verb with its
//! subjects, objects and claim; a passive with or without its agent; a noun with the
//! actor in a possessive, a "by" phrase, an apposition or the verb that governs it; a
//! participle after "kept" or "remain". What a frame declares (argument types,
//! prepositions, collective crossings, who acts in an agentless passive) is data.

use super::discourse::{neighbour, resolve, resolve_all, Memory};
use super::doc::{Doc, Ent};
use super::english::{
    clause_end, coordinated_after, coordinated_before, is_passive, modality, nominal_use,
    phrase_after, span_text, subject_of, subject_position, DETERMINERS, PREPOSITIONS,
};
use super::units::UnitKind;
use super::view::{Head, Sentence};
use crate::lexicon::{Agentless, Cue, Forms, Frame, MentionKind, Rule};
use crate::model::{EntityType, Modality, Relation};

/// A fact the rules read, before it is checked and recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Who acts.
    pub subject: Ent,
    /// The relation.
    pub relation: Relation,
    /// The second entity.
    pub object: Option<Ent>,
    /// What was claimed, alleged or said.
    pub claim: Option<String>,
    /// Asserted, possible or negated.
    pub modality: Modality,
    /// ISO date.
    pub date: Option<String>,
    /// Inferred rather than read (an official's state taken from the article's topic):
    /// recorded, but not used to read later sentences.
    pub inferred: bool,
}

/// What the matcher reads: the document, what came before, and the sentence.
pub struct Ctx<'c, 'd, 'u> {
    /// The document.
    pub doc: &'c Doc<'d>,
    /// What the article said before.
    pub m: &'c Memory,
    /// The sentence.
    pub s: &'c Sentence<'u>,
}

impl Ctx<'_, '_, '_> {
    fn frame(&self, r: Relation) -> Option<&Frame> {
        self.doc.lex.frame(r).filter(|f| f.rule == Rule::Frame)
    }

    fn word(&self, k: usize) -> &str {
        self.s.units.get(k).map_or("", |u| self.doc.word(u))
    }

    fn is(&self, k: usize, words: &[&str]) -> bool {
        self.doc.is_word(self.s.units, k, words)
    }

    fn has(&self, k: usize, pred: impl Fn(&Cue) -> bool) -> bool {
        self.doc.has_at(self.s.units, k, pred)
    }

    fn resolve(&self, p: usize, subject: Option<Ent>) -> Option<Ent> {
        resolve(self.doc, self.m, self.s, p, subject)
    }

    fn resolve_all(&self, p: usize, subject: Option<Ent>) -> Vec<Ent> {
        resolve_all(self.doc, self.m, self.s, p, subject)
    }

    /// The state an actor acts for: a state itself, a place's or organisation's state,
    /// a person's state from the roles read so far.
    fn acting_state(&self, e: Ent) -> Option<u32> {
        match self.doc.etype(e) {
            EntityType::Person => self.m.state_of_person(self.doc, e),
            _ => self.doc.state_of(e),
        }
    }

    /// Subjects of the verb at `v`, with coordinated ones, resolved.
    fn subjects(&self, v: usize) -> Vec<Ent> {
        let Some(p) = subject_of(self.doc, self.s, v) else {
            return self.opener_subject(v).into_iter().collect();
        };
        let mut out = Vec::new();
        for q in coordinated_before(self.doc, self.s, p) {
            let ph = &self.s.phrases[q];
            // A coordinated demonym or possessive is a modifier, not a subject.
            if q != p && (ph.possessive || matches!(ph.head, Head::Ent(_, MentionKind::Demonym))) {
                continue;
            }
            for e in self.resolve_all(q, None) {
                if !out.contains(&e) {
                    out.push(e);
                }
            }
        }
        // Coordinated subjects must be of one kind: "Estonia and Latvia".
        if let Some(&last) = out.last() {
            let t = self.doc.etype(last);
            out.retain(|e| self.doc.etype(*e) == t);
        }
        out
    }

    /// The subject of a participle or infinitive with none of its own: "After accusing
    /// Russia of …, Finland closed", "Thailand's decision to close the border".
    fn opener_subject(&self, v: usize) -> Option<Ent> {
        let s = self.s;
        // "X's decision/move/order to close".
        if v >= 3 && self.is(v - 1, &["to"]) {
            for k in (v.saturating_sub(5)..v - 1).rev() {
                if let Some(p) = s.phrase(k) {
                    if s.phrases[p].possessive && s.phrases[p].end + 2 >= v - 1 {
                        return self.resolve(p, None);
                    }
                    break;
                }
            }
        }
        // A participle opening the sentence takes the main clause's subject.
        let opener = v <= 2
            && (v == 0
                || self.is(
                    v - 1,
                    &[
                        "after",
                        "before",
                        "since",
                        "by",
                        "when",
                        "while",
                        "following",
                    ],
                ));
        if !opener {
            return None;
        }
        (0..s.phrases.len())
            .filter(|&p| s.phrases[p].start > v && !s.phrases[p].possessive)
            .find(|&p| {
                let a = s.phrases[p].start;
                a > 0 && s.units[a - 1].kind == UnitKind::Punct && subject_position(self.doc, s, p)
            })
            .and_then(|p| self.resolve(p, None))
    }

    /// "Orpo said Russian border authorities had begun …, and accused Moscow of …":
    /// a verb coordinated after a statement takes the speaker as subject.
    fn coordinated_speaker(&self, v: usize) -> Option<Vec<Ent>> {
        // ", and accused": a comma marks coordination with the main clause; "said
        // Norway could follow … and close" coordinates inside the reported clause.
        if !(v > 1 && self.is(v - 1, &["and"]) && self.doc.is_punct(self.s.units, v - 2, ",")) {
            return None;
        }
        let says = (0..v - 1)
            .rev()
            .find(|&k| self.has(k, |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS)))?;
        let p = subject_of(self.doc, self.s, says)?;
        let who: Vec<Ent> = self.resolve(p, None).into_iter().collect();
        (!who.is_empty()).then_some(who)
    }

    fn modality_from(&self, subject_phrase: Option<usize>, v: usize, end: usize) -> Modality {
        let from = subject_phrase.map_or_else(
            || {
                self.s.phrase_at[..v]
                    .iter()
                    .rposition(|p| p.is_some())
                    .unwrap_or(0)
            },
            |p| self.s.phrases[p].end,
        );
        modality(self.doc, self.s, from.min(v), v, end)
    }

    /// The claim after unit `k` when it opens with one of `words`.
    fn claim_after(&self, k: usize, words: &[String], end: usize) -> Option<String> {
        const AUX: &[&str] = &[
            "is", "are", "was", "were", "has", "had", "have", "been", "being", "having", "would",
            "will", "had been", "has been",
        ];
        let w = self.word(k);
        let mut c = if words.iter().any(|x| x == w) {
            k + 1
        } else if AUX.contains(&w) {
            // The rest of a that-clause: "accusations that Russia is orchestrating …".
            k
        } else {
            return None;
        };
        while c < end && self.is(c, AUX) {
            c += 1;
        }
        span_text(self.doc, self.s, c, end)
    }

    /// Objects of a frame in units after `k`: entity phrases (a coordinated list), the
    /// owner of an act ("Iran's strike", "the attack by M23"), or the subject of a
    /// that-clause ("alleged that Cambodia had…"). Returns the entities and the unit
    /// after the last of them.
    fn objects_after(
        &self,
        f: &Frame,
        k: usize,
        end: usize,
        preps: &[String],
        subject: Option<Ent>,
    ) -> (Vec<Ent>, usize) {
        let s = self.s;
        let fits = |e: &Ent| f.object.contains(self.doc.etype(*e));
        // "alleged that Cambodia had laid mines": the accused is the clause's subject.
        if self.is(k + 1, &["that"])
            && (f.claim.iter().any(|c| c == "that") || f.noun_claim.iter().any(|c| c == "that"))
        {
            // "… that the trial was unfair, and that the Belarusian authorities are …":
            // the first clause whose subject can be accused.
            let mut t = k + 1;
            while t < end {
                if let Some(p) = phrase_after(self.doc, s, t, 3, &[]) {
                    let ph = &s.phrases[p];
                    let demonym_only = matches!(ph.head, Head::Ent(_, MentionKind::Demonym))
                        && ph.end - ph.start == 1;
                    if !demonym_only {
                        let es: Vec<Ent> = self
                            .resolve_all(p, subject)
                            .into_iter()
                            .filter(fits)
                            .collect();
                        if !es.is_empty() {
                            return (es, ph.end);
                        }
                    }
                }
                match (t + 1..end).find(|&j| self.is(j, &["that"]) && self.is(j - 1, &["and"])) {
                    Some(j) => t = j,
                    None => break,
                }
            }
        }
        if let Some(p) = phrase_after(self.doc, s, k, 3, preps).filter(|&p| s.phrases[p].end <= end)
        {
            let mut out = Vec::new();
            let list = coordinated_after(self.doc, s, p, end);
            let last = *list.last().unwrap_or(&p);
            for q in list {
                // A body of no named state ("accused the authorities") names nobody.
                if s.phrases[q].head == Head::Group {
                    continue;
                }
                for e in self.resolve_all(q, subject) {
                    if fits(&e) && !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
            if !out.is_empty() {
                return (out, s.phrases[last].end);
            }
        }
        // "condemned the attack by M23 rebels", "denounced the shelling by Azerbaijani
        // forces": the act's agent.
        let mut j = k + 1;
        let mut words = 0;
        while j < end && words < 6 {
            let u = &s.units[j];
            if u.kind == UnitKind::Punct && matches!(self.word(j), "\"" | "'") {
                j += 1;
                continue;
            }
            if u.kind == UnitKind::Punct || s.phrase(j).is_some() {
                break;
            }
            let on = f.claim_object.iter().any(|w| w == self.word(j));
            let agent = self.is(j, &["by", "from"]) || on;
            // "a crisis the EU blamed on Lukashenko": the blamed act stands before the
            // subject (a relative clause), so "on" may follow the verb at once.
            let gapped = on && j == k + 1 && relative_gap(self.doc, s, k);
            if agent && (j > k + 1 || gapped) {
                let at = j + 1 + self.is(j + 1, &["the"]) as usize;
                if let Some(p) = s.phrase(at) {
                    let es: Vec<Ent> = self
                        .resolve_all(p, subject)
                        .into_iter()
                        .filter(fits)
                        .collect();
                    if !es.is_empty() {
                        return (es, s.phrases[p].end);
                    }
                }
                break;
            }
            if PREPOSITIONS.contains(&self.word(j)) && !self.is(j, &["of"]) {
                break;
            }
            words += 1;
            j += 1;
        }
        (Vec::new(), k + 1)
    }
}

/// Applies every frame whose trigger word is at unit `v`.
pub fn apply(cx: &Ctx<'_, '_, '_>, v: usize, out: &mut Vec<Candidate>) {
    let u = cx.s.units[v];
    for &cue in cx.doc.cues(&u) {
        match cue {
            Cue::Verb(r, forms) => {
                if let Some(f) = cx.frame(r) {
                    verb(cx, f, v, forms, out);
                }
            }
            Cue::Noun(r) => {
                if let Some(f) = cx.frame(r) {
                    noun(cx, f, v, out);
                }
            }
            // "the crossing remained open": the state of the frame, negated.
            Cue::Opposite(r) => {
                if let Some(f) = cx.frame(r) {
                    if let Some(k) = stative_before(cx, v, r) {
                        let end = clause_end(cx.doc, cx.s, v + 1);
                        let from = out.len();
                        stative(cx, f, k, v, end, out);
                        for c in &mut out[from..] {
                            c.modality = match c.modality {
                                Modality::Asserted => Modality::Negated,
                                m => m,
                            };
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// The unit of a stative verb of `r` ("kept", "remain") before the participle at `v`
/// in the same clause.
fn stative_before(cx: &Ctx<'_, '_, '_>, v: usize, r: Relation) -> Option<usize> {
    (v.saturating_sub(12)..v)
        .rev()
        .take_while(|&k| {
            let punct = cx.s.units[k].kind == UnitKind::Punct && !matches!(cx.word(k), "-" | ",");
            // Another verb ends the search; "border" in "kept its border shut" is a noun.
            let verb = cx.has(k, |c| matches!(c, Cue::Verb(..)))
                && !cx.has(k, |c| matches!(c, Cue::Stative(_) | Cue::CrossingNoun));
            !punct && (k + 1 == v || !verb)
        })
        .find(|&k| cx.has(k, |c| *c == Cue::Stative(r)))
}

fn verb(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, forms: Forms, out: &mut Vec<Candidate>) {
    if nominal_use(cx.doc, cx.s, v) {
        return;
    }
    let end = clause_end(cx.doc, cx.s, v + 1);
    if forms.has(Forms::PARTICIPLE) {
        if let Some(k) = stative_before(cx, v, f.relation) {
            return stative(cx, f, k, v, end, out);
        }
        if f.passive && is_passive(cx.doc, cx.s, v) {
            return passive(cx, f, v, end, out);
        }
    }
    // A bare participle after a noun is a modifier ("crossings closed since June").
    if (forms == Forms::PAST.union(Forms::PARTICIPLE) || forms == Forms::PARTICIPLE)
        && v > 0
        && cx.has(v - 1, |c| *c == Cue::CrossingNoun)
    {
        return;
    }
    let subject_p = subject_of(cx.doc, cx.s, v);
    if f.agentless == Agentless::Location && intransitive(cx, v, subject_p) {
        // "the crossing is expected to reopen", "Raja-Jooseppi will close on
        // Friday": the crossing's state acts on it.
        return passive(cx, f, v, end, out);
    }
    let subjects = cx.coordinated_speaker(v).unwrap_or_else(|| cx.subjects(v));
    if subjects.is_empty() {
        return;
    }
    let modality = cx.modality_from(subject_p, v, end);
    let date = cx.s.date_near(v);
    let first = subjects.first().copied();
    let (objects, claim) = if f.object.is_empty() {
        (vec![None], object_claim(cx, f, v, end))
    } else if f.collective {
        // Each actor closes its own crossings: "Poland, Lithuania and Latvia … their
        // borders with Belarus".
        for subject in &subjects {
            let state = cx.acting_state(*subject);
            for object in closed_objects(cx, v + 1, end, state) {
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
        return;
    } else {
        let (mut objs, after) = cx.objects_after(f, v, end, &f.verb_object, first);
        // "India and China blamed each other": each accuses the other.
        let each_other = cx.is(v + 1, &["each other", "one another"]);
        if each_other && subjects.len() >= 2 {
            objs = subjects.clone();
        }
        if objs.is_empty() && f.object_optional {
            // "Phnom Penh condemned the air strikes": nobody named; in a story between
            // two states, the act condemned is the other side's.
            let other = first.and_then(|e| other_side(cx, e));
            (vec![other], span_text(cx.doc, cx.s, v + 1, end))
        } else {
            let claim = cx.claim_after(after, &f.claim, end);
            (objs.into_iter().map(Some).collect(), claim)
        }
    };
    // "an exchange of fire … that Baku blamed on Armenian forces": what was blamed is
    // the noun the relative clause hangs on.
    let claim = claim.or_else(|| {
        let on =
            cx.s.units
                .get(v + 1)
                .is_some_and(|u| f.claim_object.iter().any(|w| w == cx.doc.word(u)));
        if on {
            return gapped_claim(cx, v);
        }
        // "blamed the ambush on the Islamic State group": what was blamed.
        let j = (v + 2..end.min(v + 10))
            .take_while(|&j| cx.s.units[j].kind != UnitKind::Punct)
            .find(|&j| {
                f.claim_object
                    .iter()
                    .any(|w| w == cx.doc.word(&cx.s.units[j]))
            })?;
        span_text(cx.doc, cx.s, v + 1, j)
    });
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

/// The claim of a frame whose object is the claim ("denied the accusations of …"):
/// the text after the verb; a bare "the charges" means the last accusation read.
fn object_claim(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, end: usize) -> Option<String> {
    if !f.object_claim {
        return None;
    }
    let text = span_text(cx.doc, cx.s, v + 1, end);
    let anaphoric = text.as_deref().is_none_or(|t| {
        let words: Vec<&str> = t.split_whitespace().collect();
        let last = crate::text::fold(words.last().copied().unwrap_or(""));
        // "denied the charges", "rejected it": a charge noun or a pronoun.
        words.len() <= 3
            && ((v + 1..end).any(|k| cx.has(k, |c| *c == Cue::Charge))
                || matches!(last.as_str(), "it" | "them" | "this" | "that"))
            && !last.is_empty()
    });
    if anaphoric {
        cx.m.last_accusation.clone().or(text)
    } else {
        text
    }
}

/// "X was accused by Y of …", "Raja-Jooseppi will be closed", "Moscow was accused of".
fn passive(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, end: usize, out: &mut Vec<Candidate>) {
    let s = cx.s;
    let date = cx.s.date_near(v);
    // The agent: "by X" right after the verb.
    let by = (v + 1..(v + 4).min(s.units.len())).find(|&k| cx.is(k, &["by"]));
    let agent_p = by.and_then(|k| s.phrase(k + 1)).filter(|_| f.passive);
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
            if let Some(k) = (v.saturating_sub(8)..v)
                .rev()
                .find(|&k| cx.has(k, |c| *c == Cue::CrossingNoun))
            {
                let state = agents
                    .first()
                    .and_then(|e| cx.acting_state(*e))
                    .or_else(|| noun_owner(cx, k));
                let start = (0..k)
                    .rev()
                    .find(|&j| s.units[j].kind == UnitKind::Punct)
                    .map_or(0, |j| j + 1);
                objects = closed_objects(cx, start, v, state);
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
        let claim = subject_p
            .and_then(|p| span_text(cx.doc, s, s.phrases[p].start, v))
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
    } else if f.agentless == Agentless::Location {
        // Who acts: the state the crossing lies in; else both states it lies between;
        // else the state of whoever reports it; else the article's state.
        let reporter = reporter_state(cx, v);
        let between = between_states(cx, v);
        objects
            .iter()
            .flat_map(|o| {
                let states: Vec<u32> = match *o {
                    Ent::Crossings(a, b) => reporter
                        .filter(|r| *r == a || *r == b)
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

/// The state of whoever reports the act at `v` in its sentence: "Tajik officials say
/// the crossing could reopen", "…, the Israeli airports authority said".
fn reporter_state(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<u32> {
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
fn between_states(cx: &Ctx<'_, '_, '_>, v: usize) -> Vec<u32> {
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
fn other_side(cx: &Ctx<'_, '_, '_>, actor: Ent) -> Option<Ent> {
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
fn verb_group_modality(cx: &Ctx<'_, '_, '_>, k: usize, end: usize) -> Modality {
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
/// the crossing: a named crossing or "the crossing" right before the verb.
fn intransitive(cx: &Ctx<'_, '_, '_>, v: usize, subject_p: Option<usize>) -> bool {
    let s = cx.s;
    if subject_p.is_some_and(
        |p| matches!(s.phrases[p].head, Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing),
    ) {
        return true;
    }
    // "the crossing expected to reopen": a crossing head, then only hedges and
    // auxiliaries.
    let mut k = v;
    let mut n = 0;
    while k > 0 && n < 4 {
        k -= 1;
        if cx.has(k, |c| *c == Cue::CrossingHead) {
            // "the crossing", or "the Panji Poyon crossing".
            let named = k > 0
                && s.phrase(k - 1).is_some_and(|p| {
                    matches!(s.phrases[p].head, Head::Ent(e, _) if cx.doc.etype(e) == EntityType::Crossing)
                });
            return k > 0 && (named || cx.is(k - 1, &["the", "this", "that"]));
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

/// The modality of units `from..v` and conditions up to `end`, if any word says one.
fn modality_between(cx: &Ctx<'_, '_, '_>, from: usize, v: usize, end: usize) -> Option<Modality> {
    Some(modality(cx.doc, cx.s, from.min(v), v, end))
}

/// "kept the Kuźnica crossing closed", "the border will remain shut until further
/// notice": the stative verb at `k`, the participle at `v`.
fn stative(
    cx: &Ctx<'_, '_, '_>,
    f: &Frame,
    k: usize,
    v: usize,
    end: usize,
    out: &mut Vec<Candidate>,
) {
    let s = cx.s;
    let date = s.date_near(v);
    // Objects between the two verbs: "kept its border shut".
    let between: Vec<Ent> = if f.collective {
        closed_objects_in(cx, k + 1, v, None)
    } else {
        Vec::new()
    };
    let subject_p = subject_of(cx.doc, s, k);
    let modality = verb_group_modality(cx, k, end);
    // "The Tienditas bridge is kept closed by Caracas": the agent keeps it closed.
    if let Some(a) = (v + 1 < end && cx.is(v + 1, &["by"]))
        .then(|| s.phrase(v + 2))
        .flatten()
    {
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
            let objects = closed_objects_in(cx, k + 1, v, state);
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
            for object in closed_objects_in(cx, v + 1, end, state) {
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
    for object in objects {
        let st = match object {
            Ent::Crossings(a, b) => pair_side(cx, a, b),
            e => cx.doc.state_of(e).or(cx.m.main_state()),
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
fn noun_owner(cx: &Ctx<'_, '_, '_>, k: usize) -> Option<u32> {
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
fn pair_side(cx: &Ctx<'_, '_, '_>, a: u32, b: u32) -> Option<u32> {
    let on = |x: Option<u32>| x.filter(|x| *x == a || *x == b);
    on(cx.m.main_state())
        .or_else(|| on(cx.m.last_state.and_then(|e| cx.doc.state_of(e))))
        .or(Some(a))
}

/// Named crossings standing before the verb at `v` in its clause (a coordinated list,
/// "Tverečius, in north-eastern Lithuania, and Šumskas"), or what "it" and "the
/// crossing" mean there.
fn crossings_before(cx: &Ctx<'_, '_, '_>, v: usize) -> Vec<Ent> {
    let s = cx.s;
    let mut out = Vec::new();
    let mut k = v;
    while k > 0 {
        k -= 1;
        if cx.has(k, |c| matches!(c, Cue::Verb(..))) && !out.is_empty() {
            break;
        }
        if let Some(p) = s.phrase(k) {
            match s.phrases[p].head {
                // A place listed with crossings is one ("Tverečius, in north-eastern
                // Lithuania, and Šumskas, east of Vilnius, will be shut").
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
                Head::Pronoun { person: false } if !s.phrases[p].possessive && out.is_empty() => {
                    return last_crossing_in(cx, p).into_iter().collect();
                }
                _ => {}
            }
            k = s.phrases[p].start;
        } else if out.is_empty()
            && cx.has(k, |c| *c == Cue::CrossingHead)
            && k > 0
            && cx.is(k - 1, &["the", "this"])
            && v - k <= 4
        {
            // "the crossing" means the last one named; "the border" names none.
            let before = s.phrases.iter().take_while(|p| p.start < k).count();
            return last_crossing_in(cx, before).into_iter().collect();
        }
    }
    out
}

fn last_crossing_in(cx: &Ctx<'_, '_, '_>, before_phrase: usize) -> Option<Ent> {
    (0..before_phrase.min(cx.s.phrases.len()))
        .rev()
        .find_map(|q| match cx.s.phrases[q].head {
            Head::Ent(e @ Ent::Lex(_), _) if cx.doc.etype(e) == EntityType::Crossing => Some(e),
            _ => None,
        })
        .or(cx.m.last_crossing)
}

/// What is closed in units `from..end`: named crossings (with every crossing of a
/// list), or crossing nouns standing for the crossings between `state` and the other
/// side ("its border crossings with Russia", "the border").
fn closed_objects(cx: &Ctx<'_, '_, '_>, from: usize, end: usize, state: Option<u32>) -> Vec<Ent> {
    closed_objects_in(cx, from, end, state)
}

fn closed_objects_in(
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
    let mut last_named_end = from;
    let mut k = from;
    while k < end {
        let u = &s.units[k];
        if let Some(p) = s.phrase(k) {
            match s.phrases[p].head {
                Head::Ent(e @ Ent::Lex(i), _) => match cx.doc.ent(i).entity.etype {
                    EntityType::Crossing => {
                        // One list of names per clause: "closed Kastanies, opposite
                        // Pazarkule" closes one. After a generic noun a name belongs to
                        // it only when close or introduced ("its crossings, including
                        // X", "crossings at X"); "… a day after it reopened X" is
                        // another clause.
                        if !named.is_empty() {
                            // "the Vartius checkpoint and the Kuusamo border crossing":
                            // only a joined name goes on the list.
                            let joined = (last_named_end..k).all(|j| {
                                cx.is(j, &["and", "or", "nor", "the", "its"])
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
                        if let Some((g, _)) = generic {
                            let introduced = (k.saturating_sub(2).max(g)..k).any(|j| {
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
                    EntityType::State if Some(i) != state && partner.is_none() => partner = Some(i),
                    _ => {}
                },
                Head::Neighbour => {
                    if let Some(st) = state {
                        partner = partner.or_else(|| neighbour(cx.doc, cx.m, s, st));
                    }
                }
                Head::Pronoun { person: false } if k <= from + 1 && !s.phrases[p].possessive => {
                    return cx.m.last_crossing.into_iter().collect();
                }
                _ => {}
            }
            k = s.phrases[p].end;
            continue;
        }
        if cx.doc.has(u, |c| *c == Cue::CrossingNoun) {
            if generic.is_none() {
                let w = cx.doc.word(u);
                let many = w.ends_with('s') || w.contains("border") || w.contains("frontier");
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
        // "the crossing": the one named last.
        (Some((g, false)), true) if g >= 2 && cx.is(g - 2, &["the", "this"]) => {
            out.extend(cx.m.last_crossing);
        }
        (Some((g, many)), _) => {
            // A noun for one crossing before a name is that crossing; a noun for many
            // before names ("two crossings, Kuźnica and Bobrowniki", "its crossings,
            // including X") gives the collective too.
            let name_first = named.first().and_then(|e| {
                (from..end).find(|&j| matches!(s.phrase(j).map(|p| s.phrases[p].head), Some(Head::Ent(x, _)) if x == *e))
            });
            let noun_before_names = name_first.is_none_or(|n| g <= n);
            if (many || named.is_empty()) && noun_before_names {
                if let Some(state) = state {
                    let partner = partner.or_else(|| neighbour(cx.doc, cx.m, s, state));
                    out.extend(partner.and_then(|p| cx.doc.crossings(state, p)));
                }
            }
        }
        _ => {}
    }
    out.extend(named);
    out
}

/// A noun of the frame at `v`: "Helsinki's accusations that …", "accusations by X
/// against Y", "imposed sanctions on X", "the closure of …", "traded accusations".
fn noun(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, out: &mut Vec<Candidate>) {
    let s = cx.s;
    let end = clause_end(cx.doc, s, v + 1);
    let date = s.date_near(v);
    // Where the noun phrase starts: past determiners and adjectives.
    let mut start = v;
    while start > 0 && v - start < 3 {
        let k = start - 1;
        let plain = s.units[k].kind == UnitKind::Word && s.phrase(k).is_none();
        if plain
            && !PREPOSITIONS.contains(&cx.word(k))
            && !cx.has(k, |c| {
                matches!(c, Cue::Governor(_) | Cue::Reciprocal(_) | Cue::Verb(..))
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
        subjects = cx.resolve_all(p, None);
    }
    // "accusations by Vilnius of …".
    let by = (v + 1 < end && cx.is(v + 1, &["by", "from"]))
        .then(|| s.phrase(v + 2))
        .flatten();
    if subjects.is_empty() {
        if let Some(p) = by {
            subjects = cx.resolve_all(p, None);
        }
    }
    if subjects.is_empty() && start > 0 {
        // The governing verb, past negations and adverbs: "is not a member of".
        let mut k = start - 1;
        while k > 0
            && start - k < 4
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
    if subjects.is_empty() {
        return;
    }
    let modality = match governor {
        Some(g) => {
            let from = subject_of(cx.doc, s, g).map_or(g, |p| s.phrases[p].end);
            modality(cx.doc, s, from.min(g), start, end)
        }
        None => modality(cx.doc, s, start.saturating_sub(2), start, end),
    };
    // The object.
    let after_by = by.map_or(v, |p| s.phrases[p].end - 1);
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
    if reciprocal {
        // "Thailand and Cambodia traded accusations", "the two sides traded blame",
        // "X traded accusations with Y".
        if subjects.len() == 1 {
            if let Some(p) = (v + 1..end)
                .find(|&k| cx.is(k, &["with"]))
                .and_then(|k| s.phrase(k + 1))
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
        // "the European Union, of which Greece is a member": the antecedent of "which".
        if let Some(w) = (start.saturating_sub(6)..start)
            .rev()
            .find(|&k| cx.is(k, &["which"]))
        {
            if w >= 2 && cx.is(w - 1, &["of", "to"]) {
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
        let denier = (start.saturating_sub(3)..start).rev().find(|&k| {
            cx.has(k, |c| matches!(c, Cue::Verb(r, _) if cx.doc.lex.frame(*r).is_some_and(|f| f.object_claim)))
        });
        if let Some(d) = denier {
            objects = cx.subjects(d);
        } else if governor.is_some() && f.relation == Relation::ACCUSES {
            // "made similar accusations": against whom the last one was.
            objects.extend(cx.m.last_accused);
        }
    }
    let objects: Vec<Option<Ent>> = if f.object.is_empty() {
        vec![None]
    } else if objects.is_empty() && f.object_optional {
        vec![first.and_then(|e| other_side(cx, e))]
    } else {
        objects.into_iter().map(Some).collect()
    };
    // "an exchange of fire … that Baku blamed on Armenian forces": what was blamed is
    // the noun the relative clause hangs on.
    let claim = claim.or_else(|| {
        let on =
            cx.s.units
                .get(v + 1)
                .is_some_and(|u| f.claim_object.iter().any(|w| w == cx.doc.word(u)));
        if on {
            return gapped_claim(cx, v);
        }
        // "blamed the ambush on the Islamic State group": what was blamed.
        let j = (v + 2..end.min(v + 10))
            .take_while(|&j| cx.s.units[j].kind != UnitKind::Punct)
            .find(|&j| {
                f.claim_object
                    .iter()
                    .any(|w| w == cx.doc.word(&cx.s.units[j]))
            })?;
        span_text(cx.doc, cx.s, v + 1, j)
    });
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
fn determiner(cx: &Ctx<'_, '_, '_>, k: usize) -> bool {
    DETERMINERS.contains(&cx.word(k))
}

/// Whether the verb at `v` ends a relative clause whose object is the noun before its
/// subject: "a crisis the EU blamed", "fire … that Baku blamed".
fn relative_gap(doc: &Doc<'_>, s: &Sentence<'_>, v: usize) -> bool {
    let Some(p) = v.checked_sub(1).and_then(|k| s.phrase(k)) else {
        return false;
    };
    let start = s.phrases[p].start;
    let before = start.checked_sub(1);
    before.is_some_and(|b| {
        doc.is_word(s.units, b, &["that", "which"])
            || (s.units[b].kind == UnitKind::Word
                && !doc.is_word(s.units, b, &["and", "or", "but", "as", "while", "when"])
                && doc.cues(&s.units[b]).is_empty())
    })
}

/// The noun a relative clause ending in the verb at `v` hangs on: "an exchange of fire
/// at the Hakari bridge" in "… an exchange of fire at the Hakari bridge that Baku
/// blamed on …".
fn gapped_claim(cx: &Ctx<'_, '_, '_>, v: usize) -> Option<String> {
    let (doc, s) = (cx.doc, cx.s);
    if !relative_gap(doc, s, v) {
        return None;
    }
    let p = s.phrase(v - 1)?;
    let mut end = s.phrases[p].start;
    if doc.is_word(s.units, end - 1, &["that", "which"]) {
        end -= 1;
    }
    let mut a = end;
    while a > 0 && end - a < 8 {
        let u = &s.units[a - 1];
        let stop = u.kind == UnitKind::Punct
            || doc.has(u, |c| matches!(c, Cue::Verb(..)))
            || doc.is_word(
                s.units,
                a - 1,
                &[
                    "in", "after", "before", "since", "during", "when", "where", "amid", "over",
                    "followed", "with", "to", "for", "from", "by",
                ],
            );
        if stop {
            break;
        }
        a -= 1;
    }
    (a < end).then(|| span_text(doc, s, a, end)).flatten()
}
