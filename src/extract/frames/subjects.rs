//! Who acts in a frame: the subjects of a verb with their coordinated co-subjects, a
//! subject fronted before a participle opener, and the speaker of a coordinated report.

use super::Ctx;
use crate::extract::doc::Ent;
use crate::extract::english::{coordinated_before, subject_of, subject_position, RELATIVES};
use crate::extract::units::UnitKind;
use crate::extract::view::Head;
use crate::lexicon::{Cue, MentionKind};
use crate::model::{EntityType, Relation};

impl Ctx<'_, '_, '_> {
    /// Subjects of the verb at `v`, with coordinated ones, resolved.
    pub(in crate::extract) fn subjects(&self, v: usize) -> Vec<Ent> {
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
        // "Estonia, which like Finland is a member of NATO", "Latvia, like Lithuania,
        // has closed": who is likened acts too.
        let like = (self.s.phrases[p].end..v)
            .find(|&k| {
                self.is(k, &["like"])
                    && (self.doc.is_punct(self.s.units, k - 1, ",")
                        || self.is(k - 1, &["which", "who"]))
            })
            .and_then(|k| {
                self.phrase_after_prep(k)
                    .filter(|&q| self.s.phrases[q].end <= v)
            })
            // In the verb's own clause: only a comma and auxiliaries between.
            .filter(|&q| {
                (self.s.phrases[q].end..v).all(|k| {
                    self.doc.is_punct(self.s.units, k, ",")
                        || crate::extract::english::only_aux_between(self.doc, self.s, k, k + 1)
                })
            });
        for e in like.map(|q| self.resolve_all(q, None)).unwrap_or_default() {
            if !out.contains(&e) {
                out.push(e);
            }
        }
        // Coordinated subjects must be of one kind: "Estonia and Latvia"; states and
        // bodies act alike ("Baghdad and the KRG both condemned").
        let kind = |e: Ent| match self.doc.etype(e) {
            EntityType::Organisation => EntityType::State,
            t => t,
        };
        if let Some(&last) = out.last() {
            let t = kind(last);
            out.retain(|e| kind(*e) == t);
        }
        out
    }

    /// The subject of a participle or infinitive with none of its own: "After accusing
    /// Russia of …, Finland closed", "Thailand's decision to close the border".
    pub(super) fn opener_subject(&self, v: usize) -> Option<Ent> {
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
            // Not a speaker set off by commas: "Closing the bridges, Spain warned, only
            // pushes people towards the river" — the gerund is the subject of what
            // follows, no one's act.
            // (Past a few words after the verb: "Spain warned on Monday,", "Hun Sen
            // told reporters,".)
            .filter(|&p| {
                let e = s.phrases[p].end;
                let says = self.has(e, |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS));
                // The comma is followed by the gerund's own verb ("…, only pushes",
                // "…, would hurt"), not more of the speaker's clause ("Thailand said
                // the move, which angered traders, was temporary").
                let predicate = |k: usize| {
                    (k..(k + 2).min(s.units.len())).any(|j| {
                        self.has(j, |c| matches!(c, Cue::Verb(..)))
                            || self.is(j, crate::extract::english::AUXILIARIES)
                            || self.is(j, crate::extract::modality::MODALS)
                            || self.is(j, &["only", "just", "merely", "simply"])
                    }) && !self.is(k, RELATIVES)
                };
                let set_off = (e + 1..(e + 6).min(s.units.len()))
                    .take_while(|&k| !self.has(k, |c| matches!(c, Cue::Verb(..))))
                    .any(|k| self.doc.is_punct(s.units, k, ",") && predicate(k + 1));
                !(says && set_off)
            })
            .and_then(|p| self.resolve(p, None))
    }

    /// "Orpo said Russian border authorities had begun …, and accused Moscow of …":
    /// a verb coordinated after a statement takes the speaker as subject.
    pub(super) fn coordinated_speaker(&self, v: usize) -> Option<Vec<Ent>> {
        // ", and accused": a comma marks coordination with the main clause; "said
        // Norway could follow … and close" coordinates inside the reported clause; "affirmed
        // that Bolivia does not intervene and rejected …": after a clause opened by
        // "that", with the speaker again.
        if !(v > 1 && self.is(v - 1, &["and", "but"])) {
            return None;
        }
        let comma = self.doc.is_punct(self.s.units, v - 2, ",");
        let says = (0..v - 1)
            .rev()
            .find(|&k| self.has(k, |c| matches!(c, Cue::Verb(r, _) if *r == Relation::SAYS)))?;
        // "… that Norway could follow … and close": a bare verb joins the modal's.
        // Only an act of speech: "said that Somalia closed Mandera but reopened it" is
        // Somalia's reopening.
        let finite = self.has(v, |c| {
            matches!(c, Cue::Verb(r, f) if crate::extract::english::finite(f)
                && self.frame(*r).is_some_and(|fr| !fr.object.contains(EntityType::Crossing)))
        });
        let after_that = self.is(says + 1, &["that"]) && finite;
        if !(comma || after_that) {
            return None;
        }
        let p = subject_of(self.doc, self.s, says)?;
        let who: Vec<Ent> = self.resolve(p, None).into_iter().collect();
        (!who.is_empty()).then_some(who)
    }
}
