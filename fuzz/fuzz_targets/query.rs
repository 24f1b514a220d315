//! The query language: any text parses or fails with an error; a selection that
//! parses resolves against a small name index (or fails) and compiles to SPARQL.
//! A parsed selection printed as a pattern parses back to the same print.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::model::{Entity, EntityId, EntityType};
use newsgraph::query::ast::Query;
use newsgraph::query::plan::{self, NameIndex};
use std::sync::OnceLock;

fn names() -> &'static NameIndex {
    static N: OnceLock<NameIndex> = OnceLock::new();
    N.get_or_init(|| {
        let entity = |label: &str, etype| Entity {
            id: EntityId::from_label(label),
            label: label.into(),
            etype,
            aliases: Vec::new(),
            wikidata: None,
        };
        let es = [
            entity("Finland", EntityType::State),
            entity("Russia", EntityType::State),
            entity("Storskog", EntityType::Crossing),
            entity("Maria Zakharova", EntityType::Person),
        ];
        NameIndex::new(es.iter(), [("the Kremlin".to_string(), EntityId::from_label("Russia"))])
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(Query::Select(s)) = newsgraph::query::syntax::parse(text) else {
        return;
    };
    if s.columns.is_none() {
        let printed = s.to_string();
        match newsgraph::query::syntax::parse(&printed) {
            Ok(Query::Select(back)) => assert_eq!(back.to_string(), printed),
            other => panic!("{printed:?} does not parse back: {other:?}"),
        }
    }
    if let Ok(plan) = plan::resolve(&s, names()) {
        let _ = newsgraph::query::sparql::compile(&plan).to_string();
    }
});
