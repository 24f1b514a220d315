//! Crossings between two states: "what is the only legal land crossing between Norway
//! and Russia", "crossings between Finland and Russia", "which border crossings link
//! Poland and Belarus", "which crossings are on the border between Kenya and Somalia".

use super::tokens::Kind;
use super::{Recognised, P};
use crate::model::EntityType;
use crate::query::ast::Query;

/// The words a crossings-between question may open with before its noun.
const LEADS: &[&str] = &[
    "what", "which", "is", "are", "was", "were", "the", "a", "an", "there", "only", "main",
    "official", "major", "busiest", "other", "all", "list", "name", "show",
];

impl P<'_> {
    /// A crossing noun after nothing but "what is the only …", "which" and the like,
    /// then "between" (or "linking", "connecting", or "on the border between") two
    /// names joined by "and", and nothing more: "who closed the crossing between …",
    /// "how many crossings …", "where is the crossing between …" ask something else.
    pub(super) fn between(&mut self) -> Option<Recognised> {
        let save = self.i;
        let found = self.between_at();
        if found.is_none() {
            self.i = save;
        }
        found
    }

    fn between_at(&mut self) -> Option<Recognised> {
        for k in 0..self.toks.len() {
            self.i = k;
            if self.tok(0)?.kind != Kind::Word {
                return None;
            }
            if !matches!(self.type_noun(), Some((EntityType::Crossing, _))) {
                self.i = k;
                if self.is(0, LEADS) {
                    continue;
                }
                return None;
            }
            self.eat(&["are", "is", "that", "which"]);
            self.eat(&["there", "exist", "exists", "lie", "lies"]);
            if self.is(0, &["on", "along", "at"])
                && self.is(1, &["the"])
                && self.is(2, &["border", "frontier"])
            {
                self.i += 3;
            }
            self.eat(&[
                "between",
                "linking",
                "connecting",
                "joining",
                "link",
                "links",
                "connect",
                "connects",
                "join",
                "joins",
            ])?;
            let a = self.name()?;
            self.eat(&["and"])?;
            let b = self.name()?;
            return self.done().then_some(Recognised {
                query: Query::Between(a, b),
                form: "which crossings are between X and Y",
            });
        }
        None
    }
}
