//! The modality of a frame's fact from its clause: what the clause around the verb
//! says of it (hedges, negations, conditions: [`super::super::modality`]), what another
//! verb asks of its subject ("urged Tehran to close"), and what a speaker denies
//! ("denied that Iran had closed the border").

use super::super::english::only_aux_between;
use super::super::modality::modality;
use super::Ctx;
use crate::lexicon::Cue;
use crate::model::{Modality, Relation};

impl Ctx<'_, '_, '_> {
    /// The modality of the fact whose verb is at `v`, its subject phrase
    /// `subject_phrase`, its clause ending at `end`.
    pub(super) fn modality_from(
        &self,
        subject_phrase: Option<usize>,
        v: usize,
        end: usize,
    ) -> Modality {
        let from = subject_phrase.map_or_else(
            || {
                self.s.phrase_at[..v]
                    .iter()
                    .rposition(|p| p.is_some())
                    .unwrap_or(0)
            },
            |p| self.s.phrases[p].end,
        );
        // "persuading Egypt to reopen Rafah", "urged Tehran to close": the subject of an
        // infinitive another verb asks for only may act.
        // ("expect the government to shut", "urged its army to reopen": past an
        // article or a possessive.)
        let asked = subject_phrase.is_some_and(|p| {
            let start = self.before_determiner(p);
            start > 0
                && self.is(self.s.phrases[p].end, &["to"])
                && (self.has(start - 1, |c| *c == Cue::Hedge)
                    || self
                        .doc
                        .lex
                        .words
                        .asking_verbs
                        .contains(self.word(start - 1)))
        });
        // "demanded that Kenya reopen the crossing": the subject of a clause another verb
        // demands only may act (words.toml `mandative_verbs`; not "was convinced that
        // Uganda closed it", nor a relative clause inside the demand).
        let demanded = subject_phrase.is_some_and(|p| {
            let start = self.before_determiner(p);
            start > 1
                && self.is(start - 1, &["that"])
                && self
                    .doc
                    .lex
                    .words
                    .mandative_verbs
                    .contains(self.word(start - 2))
                && only_aux_between(self.doc, self.s, self.s.phrases[p].end, v)
        });
        if asked || demanded {
            return Modality::Possible;
        }
        // "Neither Hanoi nor Beijing had closed": the last of subjects joined by "nor".
        if subject_phrase
            .is_some_and(|p| self.is(self.s.phrases[p].start.saturating_sub(1), &["nor"]))
        {
            return Modality::Negated;
        }
        if self.closing_verb(v) && subject_phrase.is_some_and(|p| self.denied_clause(p, v)) {
            return Modality::Negated;
        }
        modality(self.doc, self.s, from.min(v), v, end)
    }

    /// The start of phrase `p`, with an article or a possessive pronoun before it ("the
    /// government", "its army").
    fn before_determiner(&self, p: usize) -> usize {
        let start = self.s.phrases[p].start;
        if start > 1 && self.is(start - 1, &["the", "its", "their", "his", "her"]) {
            start - 1
        } else {
            start
        }
    }

    /// Whether subject phrase `p` of the verb at `v` opens what a speaker denies:
    /// "denied that Iran had closed the border", "rejected that its guards would
    /// reopen Astara" (not "did not deny that …", nor past a relative clause: "denied
    /// that Azerbaijan, which closed Lachin, had any right …").
    fn denied_clause(&self, p: usize, v: usize) -> bool {
        let a = self.before_determiner(p);
        let denial = |k: usize| {
            self.has(
                k,
                |c| matches!(c, Cue::Verb(r, _) if *r == Relation::DENIES),
            )
        };
        // The verb read with its "that" as one unit ("denied that"), or before "that".
        let verb = if a > 0 && self.word(a - 1).ends_with(" that") && denial(a - 1) {
            a - 1
        } else if a > 1 && self.is(a - 1, &["that"]) && denial(a - 2) {
            a - 2
        } else {
            return false;
        };
        let denial_negated = (verb.saturating_sub(3)..verb)
            .any(|k| self.has(k, |c| *c == Cue::Negation) || self.is(k, &["refused", "declined"]));
        !denial_negated && only_aux_between(self.doc, self.s, self.s.phrases[p].end, v)
    }
}
