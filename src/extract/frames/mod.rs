//! Stage 4 of extraction: the frame matcher. Every relation frame of the lexicon is
//! applied by the same code at each of its trigger words: an active verb with its
//! subjects, objects and claim; a passive with or without its agent; a noun with the
//! actor in a possessive, a "by" phrase, an apposition or the verb that governs it; a
//! participle after "kept" or "remain". What a frame declares (argument types,
//! prepositions, collective crossings, who acts in an agentless passive) is data.

use super::discourse::{neighbour, resolve, resolve_all, Memory};
use super::doc::{Doc, Ent};
use super::english::{
    before_article, clause_end, coordinated_after, coordinated_before, is_passive, nominal_use,
    past_members, phrase_after, span_text, subject_of, time_after, DETERMINERS, PREPOSITIONS,
    RELATIVES,
};
use super::modality::{conditioned, hypothetical, modality};
use super::units::UnitKind;
use super::view::{Head, Sentence};
use crate::lexicon::{Agentless, Cue, Forms, Frame, MentionKind, Rule};
use crate::model::{EntityType, Modality, Relation};

mod claims;
mod clauses;
mod exceptions;
mod modality;
mod noun;
mod objects;
mod passive;
mod subjects;
mod traffic;

use claims::*;
use clauses::*;
use noun::*;
use objects::*;
use passive::*;

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

    /// Whether unit `k` is a verb of a frame that closes collectively (closes,
    /// reopens).
    fn closing_verb(&self, k: usize) -> bool {
        self.has(k, |c| {
            matches!(c, Cue::Verb(r, _) if self.doc.lex.frame(*r).is_some_and(|f| f.collective))
        })
    }

    fn word(&self, k: usize) -> &str {
        self.s.units.get(k).map_or("", |u| self.doc.word(u))
    }

    fn is(&self, k: usize, words: &[&str]) -> bool {
        self.doc.is_word(self.s.units, k, words)
    }

    /// The phrase right after the preposition at `k`, past an article: "by the United
    /// States", "with Cambodia", "rejected by a spokesman for the Greek foreign
    /// ministry, Petros Alexiou".
    fn phrase_after_prep(&self, k: usize) -> Option<usize> {
        self.s
            .phrase(k + 1 + usize::from(self.is(k + 1, &["the", "a", "an"])))
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
        // The entities phrase `p` names that the frame takes as its object.
        let accused = |p: usize| -> Vec<Ent> {
            self.resolve_all(p, subject)
                .into_iter()
                .filter(fits)
                .collect()
        };
        // The entities the phrases in `list` name that the frame takes, each once.
        let accused_all = |list: &[usize]| -> Vec<Ent> {
            let mut es: Vec<Ent> = Vec::new();
            for &q in list {
                for e in accused(q) {
                    if !es.contains(&e) {
                        es.push(e);
                    }
                }
            }
            es
        };
        // The phrases coordinated from `p` with a conjunction ("New Delhi and Beijing",
        // "Pakistan, Iran and India", "Pakistan as well as Iran"); `p` alone when only
        // commas follow it ("JNIM, the al-Qaeda-linked group" is one group and its
        // apposition).
        let and_list = |p: usize| -> Vec<usize> {
            let mut list = coordinated_after(self.doc, s, p, end);
            let last = s.phrases[*list.last().unwrap_or(&p)].start;
            let joined =
                (s.phrases[p].end..last).any(|m| self.is(m, &["and", "or", "nor", "as well as"]));
            if !joined {
                list.truncate(1);
            }
            list
        };
        // "alleged that Cambodia had laid mines": the accused is the clause's subject
        // (also after "charged that", read as one unit).
        let that = if self.word(k).ends_with(" that") {
            Some(k)
        } else {
            Some(k + 1).filter(|&j| self.is(j, &["that"]))
        };
        if let Some(that) = that.filter(|_| {
            f.claim.iter().any(|c| c == "that") || f.noun_claim.iter().any(|c| c == "that")
        }) {
            // "… that the trial was unfair, and that the Belarusian authorities are …":
            // the first clause whose subject can be accused.
            let mut t = that;
            while t < end {
                if let Some(p) = phrase_after(self.doc, s, t, 3, &[]) {
                    let ph = &s.phrases[p];
                    let demonym_only = matches!(ph.head, Head::Ent(_, MentionKind::Demonym))
                        && ph.end - ph.start == 1;
                    if !demonym_only {
                        // "charged that New Delhi and Beijing had struck a bargain".
                        let list = and_list(p);
                        let es = accused_all(&list);
                        if !es.is_empty() {
                            let last = *list.last().unwrap_or(&p);
                            return (es, s.phrases[last].end);
                        }
                    }
                }
                match (t + 1..end).find(|&j| self.is(j, &["that"]) && self.is(j - 1, &["and"])) {
                    Some(j) => t = j,
                    None => break,
                }
            }
            // "charged that the PMN-2 mine that exploded on Tuesday had been laid by
            // Cambodian troops": the agent of a passive in the clause.
            // (To punctuation other than quotes and a hyphen inside a word:
            // "anti-personnel".)
            let reach = end.min(that + 20);
            let stop = (that + 1..reach)
                .find(|&j| {
                    s.units[j].kind == UnitKind::Punct
                        && !matches!(self.word(j), "\"" | "'")
                        && !(self.word(j) == "-"
                            && s.units[j - 1].span.1 == s.units[j].span.0
                            && s.units
                                .get(j + 1)
                                .is_some_and(|n| n.span.0 == s.units[j].span.1))
                })
                .unwrap_or(reach);
            let agent = (that + 1..stop.saturating_sub(2)).find_map(|j| {
                let passive = self.is(j, &["been", "was", "were"])
                    && s.units[j + 1].kind == UnitKind::Word
                    && !PREPOSITIONS.contains(&self.word(j + 1))
                    && self.is(j + 2, &["by"]);
                passive
                    .then(|| phrase_after(self.doc, s, j + 2, 2, &[]))
                    .flatten()
            });
            if let Some(p) = agent.filter(|&p| s.phrases[p].end <= stop) {
                let es = accused(p);
                if !es.is_empty() {
                    return (es, s.phrases[p].end);
                }
            }
        }
        // "blamed criminal groups, including the Sinaloa Cartel and …, for": an object
        // named nowhere but in the examples it is given.
        let comma = |j: usize| self.doc.is_punct(s.units, j, ",");
        let including = (k + 2..end.min(k + 7))
            .take_while(|&j| s.units[j].kind != UnitKind::Punct || comma(j))
            .find(|&j| comma(j))
            .filter(|&j| {
                self.is(j + 1, &["including"]) && !(k + 1..j).any(|m| self.is(m, &["of"]))
            });
        let example = including.and_then(|j| phrase_after(self.doc, s, j + 1, 2, &[]));
        let firsts = [phrase_after(self.doc, s, k, 3, preps), example];
        for p in firsts
            .into_iter()
            .flatten()
            .filter(|&p| s.phrases[p].end <= end)
        {
            let mut out = Vec::new();
            let mut list = coordinated_after(self.doc, s, p, end);
            let last = *list.last().unwrap_or(&p);
            // "accused Iran and its allies, including Lebanon's Hezbollah, of": the
            // examples given of the list's last item are accused too.
            let mut last_end = s.phrases[last].end;
            // (Only plain words between: not "blamed Minsk for migrants, including
            // Iraqis, crossing …", where the examples are of the charge.)
            let plain = |m: usize| {
                s.units[m].kind == UnitKind::Word
                    && s.phrase(m).is_none()
                    && !PREPOSITIONS.contains(&self.word(m))
                    && !f.claim.iter().any(|c| c == self.word(m))
            };
            let given = including.zip(example).filter(|&(j, x)| {
                x != p
                    && (last_end..=last_end + 2).contains(&j)
                    && (last_end..j).all(plain)
                    && s.phrases[x].end <= end
            });
            if let Some((_, x)) = given {
                let more = coordinated_after(self.doc, s, x, end);
                last_end = s.phrases[*more.last().unwrap_or(&x)].end;
                list.extend(more);
            }
            // Past the comma that closes the examples.
            if given.is_some() || Some(p) == example {
                last_end += comma(last_end) as usize;
            }
            for q in list {
                // A body of no named state ("accused the authorities") names nobody.
                if s.phrases[q].head == Head::Group {
                    continue;
                }
                // "Iran and its allies": whoever "its" stands for is named already.
                if !out.is_empty()
                    && s.phrases[q].possessive
                    && matches!(s.phrases[q].head, Head::Pronoun { .. })
                {
                    continue;
                }
                if f.foreign_object {
                    match self.described_by_demonym(q) {
                        Some(Some(org)) => {
                            if fits(&org) && !out.contains(&org) {
                                out.push(org);
                            }
                            continue;
                        }
                        Some(None) => continue,
                        None => {}
                    }
                }
                for e in self.resolve_all(q, subject) {
                    if fits(&e) && !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
            if !out.is_empty() {
                return (out, last_end);
            }
        }
        // "condemned the attack by M23 rebels", "denounced the shelling by Azerbaijani
        // forces": the act's agent.
        let mut j = k + 1;
        let mut words = 0;
        while j < end && words < AGENT_REACH {
            let u = &s.units[j];
            if u.kind == UnitKind::Punct && matches!(self.word(j), "\"" | "'") {
                j += 1;
                continue;
            }
            // "the shelling of Tajik border posts by Taliban fighters": a demonym
            // modifying the act's target is passed over; another phrase ends the act.
            if let Some(p) = s.phrase(j).filter(|&p| {
                matches!(s.phrases[p].head, Head::Ent(_, MentionKind::Demonym))
                    && j > k + 1
                    && s.units[j - 1].kind != UnitKind::Punct
            }) {
                j = s.phrases[p].end;
                words += 1;
                continue;
            }
            if u.kind == UnitKind::Punct || s.phrase(j).is_some() {
                break;
            }
            let on = f.claim_object.iter().any(|w| w == self.word(j));
            // Not the "by" of a participle describing the target after "of": "the
            // destruction of grain terminals leased by Turkey" (but "the strikes
            // launched by Turkey").
            let participle = j > k + 1
                && self.word(j - 1).ends_with("ed")
                && (k + 1..j).any(|m| self.is(m, &["of"]));
            let agent = (self.is(j, &["by"]) && !participle) || self.is(j, &["from"]) || on;
            // "a crisis the EU blamed on Lukashenko": the blamed act stands before the
            // subject (a relative clause), so "on" may follow the verb at once.
            let gapped = on && j == k + 1 && relative_gap(self.doc, s, k);
            if agent && (j > k + 1 || gapped) {
                // "blamed the attack on fighters of JNIM": past the members to the body.
                let at = past_members(self.doc, s, j + 1 + self.is(j + 1, &["the"]) as usize);
                // "blamed the deaths on Malian soldiers and on the Russian mercenaries
                // of the Africa Corps", "on Pakistan and Iran": every one it is laid on.
                let mut laid = Vec::new();
                let mut next = s.phrase(at);
                while let Some(p) = next {
                    laid.extend(and_list(p));
                    let after = s.phrases[*laid.last().unwrap_or(&p)].end;
                    let again = self.is(after, &["and"]) && self.word(after + 1) == self.word(j);
                    next = again
                        .then(|| {
                            let a = after + 2 + self.is(after + 2, &["the"]) as usize;
                            s.phrase(past_members(self.doc, s, a))
                        })
                        .flatten();
                }
                // (Not past the first when the list runs on into a clause of its own:
                // "blamed the attack on the TTP and Pakistan denied any role".)
                if laid.len() > 1
                    && !list_ends(self.doc, s, s.phrases[laid[laid.len() - 1]].end, end)
                {
                    laid.truncate(1);
                }
                let es = accused_all(&laid);
                if let (false, Some(&last)) = (es.is_empty(), laid.last()) {
                    return (es, s.phrases[last].end);
                }
                break;
            }
            if PREPOSITIONS.contains(&self.word(j)) && !self.is(j, &["of"]) {
                break;
            }
            // A count of the victims is no word of the act: "the beating of two
            // Senegalese drivers by Gambian officers".
            let count = crate::text::NUMBER_WORDS.contains(&self.word(j))
                || self.word(j).chars().all(|c| c.is_ascii_digit() || c == ',');
            words += !count as usize;
            j += 1;
        }
        (Vec::new(), k + 1)
    }
}

/// How many words after its verb the agent of an act may stand ("condemned the attack
/// by M23 rebels", "blamed the shelling of Tajik border posts on Taliban fighters").
const AGENT_REACH: usize = 6;

/// Whether a list of those acted on ends at unit `k`: at the clause's end `end`, at
/// punctuation, a preposition or a relative pronoun ("on Pakistan and Iran for the
/// attack", "on the mercenaries who patrol with them"), not before a verb of a clause
/// of its own ("on the TTP and Pakistan denied").
fn list_ends(doc: &Doc<'_>, s: &Sentence<'_>, k: usize, end: usize) -> bool {
    let Some(u) = s.units.get(k).filter(|_| k < end) else {
        return true;
    };
    let w = doc.word(u);
    u.kind == UnitKind::Punct || PREPOSITIONS.contains(&w) || RELATIVES.contains(&w) || w == "that"
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
            Cue::Ergative(r, _) => {
                if let Some(f) = cx.frame(r) {
                    traffic::ergative(cx, f, v, out);
                }
            }
            Cue::Enabling(r) => {
                if let Some(f) = cx.frame(r) {
                    traffic::enabling(cx, f, v, out);
                }
            }
            Cue::Complement(r) => {
                if let Some(f) = cx.frame(r) {
                    complement(cx, f, v, out);
                }
            }
            Cue::Restored(r) => {
                if let Some(f) = cx.frame(r) {
                    traffic::restored(cx, f, v, out);
                }
            }
            // "the crossing remained open": the state of the frame, negated.
            Cue::Opposite(r) => {
                if let Some(f) = cx.frame(r) {
                    if let Some(k) = stative_before(cx, v, r) {
                        let end = clause_end(cx.doc, cx.s, v + 1);
                        let from = out.len();
                        stative(cx, f, k, v, end, true, out);
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

/// Whether the verb at `v` may be the relation by what follows it: one of the frame's
/// `named_verbs` only before a name or a capital, after "the" or "both" at most
/// ("pointed at Moscow", "pointed at the Taliban", "pointed at both Armenia and
/// France"), or a body a demonym names ("pointed at the Rwandan army"); not before a
/// thing or people a demonym describes ("pointed at the Russian flag", "pointed at the
/// Thai soldiers at the gate"), an owner's other thing ("pointed at Uganda's success";
/// but "pointed at Moscow's hand", words.toml `culpability_nouns`), nor a model ("pointed
/// at Germany as an example"). Other verbs always.
fn named_next(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize) -> bool {
    // (The lexicon's verb forms are ASCII, so their folded form is their lower case.)
    let w = cx.word(v);
    let named_verb = f
        .named_verbs
        .iter()
        .any(|vf| vf.surfaces().iter().any(|(s, _)| s.eq_ignore_ascii_case(w)));
    if !named_verb {
        return true;
    }
    // "pointed at the separatist administration": a breakaway state named by its noun.
    if cx.s.phrase(v + 1).is_some_and(|p| {
        let ph = &cx.s.phrases[p];
        ph.start == v + 1 && ph.head == Head::Breakaway && !ph.possessive
    }) {
        return true;
    }
    let words = &cx.doc.lex.words;
    // A body, not the people in it.
    let body =
        |k: usize| cx.has(k, |c| *c == Cue::Group) && !words.force_nouns.contains(cx.word(k));
    let at = v + 1 + cx.is(v + 1, &["the", "both"]) as usize;
    let Some(ph) = cx.s.phrase(at).map(|p| &cx.s.phrases[p]) else {
        return false;
    };
    let named = ph.start == at
        && matches!(
            ph.head,
            Head::Ent(_, MentionKind::Name | MentionKind::Metonym)
        );
    let demonym = cx.has(at, |c| matches!(c, Cue::Entity(_, MentionKind::Demonym)));
    let owner_ok =
        !ph.possessive || body(ph.end) || words.culpability_nouns.contains(cx.word(ph.end));
    let model = cx.is(ph.end, &["as"])
        && (cx.is(ph.end + 1, &["a", "an"]) || words.model_nouns.contains(cx.word(ph.end + 1)));
    // The body ends the phrase ("the Congolese side of the river" is a place, "the
    // Pakistani army post" a thing).
    let named_body = body(at + 1)
        && ph.end == at + 2
        && cx.s.phrase(at + 2).is_none()
        && cx.s.units.get(at + 2).is_none_or(|u| {
            u.kind == UnitKind::Punct
                || (PREPOSITIONS.contains(&cx.doc.word(u)) && cx.doc.word(u) != "of")
        });
    named && (!demonym || named_body) && owner_ok && !model
}

/// ", a charge rejected by Kigali": a charge's rejection (or denial) reduced to its
/// participle at `v`, its agent after "by".
fn reduced_charge(cx: &Ctx<'_, '_, '_>, v: usize) -> bool {
    v > 0 && cx.has(v - 1, |c| *c == Cue::Charge) && cx.is(v + 1, &["by"])
}

/// The unit of a stative verb of `r` ("kept", "remain") before the participle at `v`
/// in the same clause.
fn stative_before(cx: &Ctx<'_, '_, '_>, v: usize, r: Relation) -> Option<usize> {
    // "kept all eight passenger crossings on its 1,340-kilometre land border with
    // Russia closed": a long object between.
    (v.saturating_sub(16)..v)
        .rev()
        .take_while(|&k| {
            // A comma opening another clause ends it too: ", but Greece has closed".
            let clause = cx.doc.is_punct(cx.s.units, k, ",")
                && cx.is(k + 1, &["but", "and", "while", "whereas", "or"]);
            let punct = (cx.s.units[k].kind == UnitKind::Punct && !matches!(cx.word(k), "-" | ","))
                || clause;
            // Another verb ends the search; "border" in "kept its border shut" is a noun.
            let verb = cx.has(k, |c| matches!(c, Cue::Verb(..)))
                && !cx.has(k, |c| matches!(c, Cue::Stative(_) | Cue::CrossingNoun));
            !punct && (k + 1 == v || !verb)
        })
        .find(|&k| cx.has(k, |c| *c == Cue::Stative(r)))
}

/// Whether the verb at `v` is what someone is charged with: a gerund after a
/// preposition that introduces the claim of an earlier verb's frame ("accused
/// Kazakhstan of closing the border", "condemned X for shutting …"). It is that
/// frame's claim, not an act of the sentence's subject.
fn charged(cx: &Ctx<'_, '_, '_>, v: usize) -> bool {
    if v < 2 || !cx.word(v).ends_with("ing") {
        return false;
    }
    let prep = cx.word(v - 1);
    (v.saturating_sub(16)..v - 1).any(|k| {
        cx.has(k, |c| {
            matches!(c, Cue::Verb(r, _) if cx.doc.lex.frame(*r).is_some_and(|f| f.claim.iter().any(|w| w == prep)))
        })
    })
}

fn verb(cx: &Ctx<'_, '_, '_>, f: &Frame, v: usize, forms: Forms, out: &mut Vec<Candidate>) {
    // "rejects charge that", "denied charges that": a present form right after
    // another verb of a frame is a noun (its object), not a second verb.
    // (Not "A new UN report accuses Rwanda of …": only a noun with its own "that"
    // clause, after a verb that is no noun itself.)
    let charge_noun = (forms.has(Forms::BASE) || forms.has(Forms::THIRD))
        && !forms.has(Forms::PAST)
        && v > 0
        && cx.has(v - 1, |c| matches!(c, Cue::Verb(..)))
        && !nominal_use(cx.doc, cx.s, v - 1)
        && (cx.word(v).ends_with(" that") || cx.is(v + 1, &["that"]));
    if nominal_use(cx.doc, cx.s, v) || charged(cx, v) || charge_noun || !named_next(cx, f, v) {
        return;
    }
    // "If the border stays closed for a month, …": a closed state nobody is said to
    // bring about, as the condition itself, is no fact; a named actor's act in a
    // condition ("Unless Iran reopens X", "if it is closed by Russia") stays possible.
    // ("I eat my capital if the border is shut for a week": in its own clause too.)
    let in_condition = hypothetical(cx.doc, cx.s, v) || conditioned(cx.doc, cx.s, 0, v);
    // "Reporters asked whether Nicaragua would close …": a question nobody answered is
    // nobody's act ("…, he said it would not" is a negated one).
    if super::modality::whether_clause(cx.doc, cx.s, v) == Some(false) {
        return;
    }
    let end = clause_end(cx.doc, cx.s, v + 1);
    let after_crossing = v > 0
        && cx.has(v - 1, |c| {
            matches!(c, Cue::CrossingNoun | Cue::CrossingHead)
        });
    if forms.has(Forms::PARTICIPLE) {
        if let Some(k) = stative_before(cx, v, f.relation) {
            // "… if the crossing stays closed into the spring": a state supposed.
            if in_condition || conditioned(cx.doc, cx.s, 0, k) {
                return;
            }
            return stative(cx, f, k, v, end, false, out);
        }
        // "Iraq, Syria reopen al-Qaim crossing shut since 2012": a participle after the
        // crossing the clause's verb of closing or reopening acts on describes it.
        if after_crossing && closing_verb_before(cx, v) {
            return;
        }
        let reduced = f.object_claim && reduced_charge(cx, v);
        if f.passive && (is_passive(cx.doc, cx.s, v) || reduced) {
            let by_agent = (v + 1..(v + 4).min(cx.s.units.len())).any(|k| cx.is(k, &["by"]));
            if in_condition && !by_agent {
                return;
            }
            return passive(cx, f, v, end, out);
        }
    }
    // A bare participle after a noun is a modifier ("crossings closed since June",
    // "reopen the Namanga crossing shut since March": "shut" is also a present),
    // unless it is the clause's only verb ("The Namanga crossing reopened on Monday").
    if forms.has(Forms::PARTICIPLE)
        && after_crossing
        && !(forms.has(Forms::PAST) && only_verb(cx, v, end))
    {
        return;
    }
    let subject_p = subject_of(cx.doc, cx.s, v);
    if f.agentless == Agentless::Location && intransitive(cx, v, subject_p) {
        // "the crossing is expected to reopen", "Raja-Jooseppi will close on
        // Friday": the crossing's state acts on it.
        return passive(cx, f, v, end, out);
    }
    // "rejected calls to shut the border": a refusal of what was asked, no denial.
    if f.object_claim && asked_object(cx, v, end) {
        return;
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
        let mut acted = false;
        for subject in &subjects {
            let state = cx.acting_state(*subject);
            let mut objects = closed_objects(cx, v + 1, end, state);
            if objects.is_empty() {
                // "At Korday, the border guards halted traffic for two days".
                objects = traffic::fronted_crossing(cx, v);
            }
            if objects.is_empty() {
                objects.extend(relative_object(cx, f, subject_p));
            }
            acted |= !objects.is_empty();
            for object in objects {
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
        exceptions::left_out(cx, f, v, &subjects, modality, acted, &date, out);
        return;
    } else {
        let (mut objs, after) = cx.objects_after(f, v, end, &f.verb_object, first);
        if objs.is_empty() {
            objs.extend(relative_object(cx, f, subject_p));
        }
        // "India and China blamed each other": each accuses the other.
        let each_other = cx.is(v + 1, &["each other", "one another"]);
        if each_other && subjects.len() >= 2 {
            objs = subjects.clone();
        }
        if objs.is_empty() && f.object_optional {
            // "Phnom Penh condemned the air strikes": nobody named; in a story between
            // two states, the act condemned is the other side's.
            // Not one of the subjects: "Finland and Estonia condemned the move".
            let other = called_object(cx, v, end, first)
                .or_else(|| relative_agent(cx, end, first))
                .or_else(|| first.and_then(|e| other_side(cx, e)))
                .filter(|o| {
                    let st = cx.acting_state(*o);
                    !subjects
                        .iter()
                        .any(|e| e == o || st.is_some() && cx.acting_state(*e) == st)
                });
            (vec![other], span_text(cx.doc, cx.s, v + 1, end))
        } else {
            let claim = cx.claim_after(after, &f.claim, end);
            (objs.into_iter().map(Some).collect(), claim)
        }
    };
    // "an exchange of fire … that Baku blamed on Armenian forces": what was blamed is
    // the noun the relative clause hangs on.
    let claim = claim.or_else(|| blamed_claim(cx, f, v, end));
    let mut subjects = subjects;
    if f.speaker_acts {
        if let Some(sp) = trailing_speaker(cx, v) {
            let state = cx.acting_state(sp);
            let same = subjects
                .iter()
                .any(|e| *e != sp && state.is_some() && cx.acting_state(*e) == state);
            if same && !subjects.contains(&sp) {
                subjects.push(sp);
            }
        }
    }
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

impl Ctx<'_, '_, '_> {
    /// What a bare demonym at phrase `q` describes when it names no state as an actor:
    /// a body named right after it ("the Syrian Kurdish YPG militia": the YPG), or no
    /// one ("Mexican criminal groups", "Afghan smugglers"); `None` when the demonym
    /// stands for its state ("the Israeli strikes").
    fn described_by_demonym(&self, q: usize) -> Option<Option<Ent>> {
        let s = self.s;
        let ph = &s.phrases[q];
        if !matches!(ph.head, Head::Ent(_, MentionKind::Demonym)) || ph.end - ph.start != 1 {
            return None;
        }
        // The rest of the noun phrase: up to four words, to punctuation, a
        // conjunction, a preposition or a verb ("Ukrainian and EU officials" is two).
        let rest: Vec<usize> = (ph.end..(ph.end + 4).min(s.units.len()))
            .take_while(|&k| {
                let w = self.word(k);
                s.units[k].kind != UnitKind::Punct
                    && !matches!(w, "and" | "or" | "but")
                    && !PREPOSITIONS.contains(&w)
                    && !self.has(k, |c| matches!(c, Cue::Verb(..)))
            })
            .collect();
        let body = rest
            .iter()
            .find_map(|&k| s.phrase(k))
            .and_then(|r| match s.phrases[r].head {
                Head::Ent(e, MentionKind::Name)
                    if self.doc.etype(e) == EntityType::Organisation =>
                {
                    Some(e)
                }
                _ => None,
            });
        if body.is_some() {
            return Some(body);
        }
        let nouns = &self.doc.lex.words.non_state_nouns;
        let named = rest.iter().any(|&k| {
            nouns.contains(self.word(k))
                || rest
                    .contains(&(k + 1))
                    .then(|| format!("{} {}", self.word(k), self.word(k + 1)))
                    .is_some_and(|two| nouns.contains(&two))
        });
        named.then_some(None)
    }
}

/// Whether the nearest verb before unit `v` in its clause (back to punctuation other
/// than a hyphen, or to "and", "but", "while", "that") is of a frame that closes
/// collectively (closes, reopens).
fn closing_verb_before(cx: &Ctx<'_, '_, '_>, v: usize) -> bool {
    let s = cx.s;
    (0..v)
        .rev()
        .take_while(|&k| {
            (s.units[k].kind != UnitKind::Punct || cx.doc.is_punct(s.units, k, "-"))
                && !cx.is(k, &["and", "but", "while", "that"])
        })
        .find(|&k| cx.has(k, |c| matches!(c, Cue::Verb(..))))
        .is_some_and(|k| cx.closing_verb(k))
}

/// Whether the verb at `v` is the only verb of its clause (up to `end`), with nothing
/// but its subject before it: "The Namanga crossing reopened on Monday", not "Thailand
/// reopened the crossing closed since June" nor "crossings closed since June remain
/// shut".
fn only_verb(cx: &Ctx<'_, '_, '_>, v: usize, end: usize) -> bool {
    let s = cx.s;
    let verb = |k: usize| {
        cx.has(k, |c| {
            matches!(c, Cue::Verb(..) | Cue::Stative(_) | Cue::Ergative(..))
        }) || cx.is(
            k,
            &[
                "is", "are", "was", "were", "remain", "remains", "remained", "will", "has", "have",
                "had", "stays", "stayed", "said", "says",
            ],
        )
    };
    let start = (0..v)
        .rev()
        .find(|&k| s.units[k].kind == UnitKind::Punct || cx.is(k, &["that", "and", "but"]))
        .map_or(0, |k| k + 1);
    !(start..v).any(verb) && !(v + 1..end.min(s.units.len())).any(verb)
}
