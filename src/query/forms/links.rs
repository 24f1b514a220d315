//! The link between two entities asked with a noun: "what is the link between Maria
//! Zakharova and Storskog", "connection between Andrei Chibis and Raja-Jooseppi",
//! "any ties between Finland and Norway?" — the question `how are A and B connected`.

use super::{Recognised, P};
use crate::query::ast::{Query, Term};

/// The words a link question may open with before its noun.
const LEADS: &[&str] = &[
    "what", "is", "are", "was", "were", "the", "a", "any", "there", "show", "find",
];

/// Nouns that ask how two entities are connected.
const LINK_NOUNS: &[&str] = &[
    "link",
    "links",
    "connection",
    "connections",
    "relation",
    "relations",
    "relationship",
    "tie",
    "ties",
];

impl P<'_> {
    /// Leading words of [`LEADS`], a noun of [`LINK_NOUNS`], "between", two names joined
    /// by "and", and nothing more.
    pub(super) fn link_between(&mut self) -> Option<Recognised> {
        let save = self.i;
        let found = self.link_between_at();
        if found.is_none() {
            self.i = save;
        }
        found
    }

    fn link_between_at(&mut self) -> Option<Recognised> {
        self.i = 0;
        while self.is(0, LEADS) {
            self.i += 1;
        }
        self.eat(LINK_NOUNS)?;
        self.eat(&["between"])?;
        let a = self.name()?;
        self.eat(&["and"])?;
        let b = self.name()?;
        self.done().then_some(Recognised {
            query: Query::Path(Term::Name(a), Term::Name(b)),
            form: "how are A and B connected",
        })
    }
}
