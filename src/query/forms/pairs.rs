//! Keyword queries naming a relation by its noun between two names: "estonia
//! accusation russia", "finland closure raja-jooseppi", "finland membership nato".

use super::{clause, named, Recognised, P};
use crate::query::ast::*;

impl P<'_> {
    /// A name, a relation's noun and a name: the relation between them, with what was
    /// claimed when the relation has claims.
    pub(super) fn relation_keyword(&mut self) -> Option<Recognised> {
        let n = self.toks.len();
        let (k, r) = (1..n.saturating_sub(1))
            .find_map(|k| self.v.noun(&self.toks[k].low).map(|r| (k, r)))?;
        // The second name must look like one ("estonia closure plans" is no pair): a
        // state, or written with a capital or a hyphen ("Storskog", "raja-jooseppi").
        let rest = &self.toks[k + 1..];
        let joined: Vec<&str> = rest.iter().map(|t| t.low.as_str()).collect();
        let written = &self.text[rest.first()?.span.start..rest.last()?.span.end];
        let looks_named = self.v.state(&joined.join(" ")).is_some()
            || written.contains(|c: char| c.is_uppercase() || c == '-');
        if !looks_named {
            return None;
        }
        let all = std::mem::take(&mut self.toks);
        let read = |toks: &[super::tokens::Tok], p: &mut Self| {
            p.toks = toks.to_vec();
            p.i = 0;
            p.name().filter(|_| p.done())
        };
        let x = read(&all[..k], self);
        let y = read(&all[k + 1..], self);
        self.toks = all;
        self.i = 0;
        let (x, y) = (x?, y?);
        let w = self.whole();
        let claim = self
            .v
            .has_claim(r)
            .then(|| ClaimTerm::Var(named("claim", w)));
        let s = Select::new(vec![clause(
            Term::Name(x),
            r,
            w,
            Some(Term::Name(y)),
            claim,
        )]);
        self.i = n;
        self.finish(s, "X accusation Y").ok().flatten()
    }
}
