//! A closure or reopening asked by its noun: "when does Finland's border closure take
//! effect", "when does the Finnish closure come into force", "when will Norway's
//! reopening begin" — the question `when did X close its border`.

use super::tokens::{Kind, DO_HAVE, MODAL};
use super::{type_col, typed_var, Recognised, P};
use crate::model::{EntityType, Relation};
use crate::query::ast::*;
use crate::query::QueryError;

/// Words between the owner and the event's noun: "Finland's border closure".
const EVENT_MODIFIERS: &[&str] = &[
    "border",
    "borders",
    "crossing",
    "crossings",
    "frontier",
    "partial",
    "full",
    "latest",
    "new",
    "first",
];

/// Plain verbs that ask when an event starts: "when did Norway's reopening start".
const STARTS: &[&str] = &["start", "started", "begin", "began", "happen", "happened"];

impl P<'_> {
    /// `when` and an auxiliary, a state's possessive, maybe crossing words, a noun of
    /// closing or reopening, maybe a verb of starting, and nothing more.
    pub(super) fn event_when(&mut self) -> Result<Option<Recognised>, QueryError> {
        let save = self.i;
        let Some((state, rel, span, future)) = self.event_when_at() else {
            self.i = save;
            return Ok(None);
        };
        let w = self.whole();
        let mut s = Select::new(vec![Clause {
            subject: Term::Name(Name {
                text: state,
                span,
                written: None,
            }),
            relation: RelTerm::Fixed(rel, span),
            object: Some(typed_var(EntityType::Crossing, w)),
            claim: None,
            modality: None,
            optional: false,
        }]);
        if future {
            s.conds.push(Cond::AnyModality);
        }
        s.columns = Some(vec![type_col(EntityType::Crossing)]);
        s.by_date = true;
        s.order = Some((OrderKey::Date, false));
        self.typed_objects(&mut s);
        self.finish(s, "when does X's closure take effect")
    }

    fn event_when_at(&mut self) -> Option<(String, Relation, Span, bool)> {
        self.i = 1;
        let aux = self.tok(0)?.low.clone();
        if !(DO_HAVE.contains(&aux.as_str()) || MODAL.contains(&aux.as_str())) {
            return None;
        }
        let future = matches!(aux.as_str(), "does" | "do" | "will" | "would");
        self.i += 1;
        self.eat(&["the"]);
        let first = self.tok(0)?.clone();
        let state = if let Some(label) = self.v.demonym(&first.low) {
            // "the Finnish border closure".
            self.i += 1;
            label.to_string()
        } else if self.tok(1).is_some_and(|t| t.kind == Kind::Possessive) {
            self.i += 2;
            self.v.state(&first.low)?.to_string()
        } else {
            self.i += 1;
            self.v.state(first.low.strip_suffix('s')?)?.to_string()
        };
        while self.is(0, EVENT_MODIFIERS) {
            self.i += 1;
        }
        let noun = self.tok(0).filter(|t| t.kind == Kind::Word)?.clone();
        let rel = self.v.noun(&noun.low)?;
        if rel != Relation::CLOSES && rel != Relation::REOPENS {
            return None;
        }
        self.i += 1;
        // A verb of starting (the lexicon's `effect_phrases`, as the extractor reads
        // them), or "start", "begin", "happen".
        let v = self.v;
        if let Some(p) = v
            .effect_phrases()
            .iter()
            .find(|p| p.iter().enumerate().all(|(k, w)| self.is(k, &[w.as_str()])))
        {
            self.i += p.len();
        } else {
            self.eat(STARTS);
        }
        // Only the filters may follow (`after 2023-11-20`).
        if !(self.done() || self.filter_here()) {
            return None;
        }
        let span = Span {
            start: first.span.start,
            end: noun.span.end,
        };
        Some((state, rel, span, future))
    }
}
