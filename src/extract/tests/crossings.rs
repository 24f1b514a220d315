//! Which crossing a closing or reopening verb acts on.

use super::check;

#[test]
fn closing_the_road_through_a_town_closes_its_crossing() {
    check(
        "Kenya closed the road through Namanga to traffic.",
        &["kenya closes namanga"],
    );
}

#[test]
fn the_crossing_at_a_town_is_that_town_not_the_last_crossing_named() {
    // A town the gazetteer knows, and one the article introduced as a place.
    check(
        "Tanzania closed the Kilambo ferry crossing on Monday. Israel reopened the crossing at Rafah on Friday.",
        &["tanzania closes kilambo", "israel reopens rafah-crossing"],
    );
    check(
        "On the far side of the river is Namoto, in Mozambique's Cabo Delgado province. \
         Tanzania closed the Kilambo ferry crossing on Monday. \
         Mozambique has not closed its side of the crossing at Namoto.",
        &[
            "namoto located_in mozambique",
            "cabo-delgado located_in mozambique",
            "tanzania closes kilambo",
            "mozambique closes namoto [negated]",
        ],
    );
}

#[test]
fn a_name_first_shouted_takes_the_case_the_body_writes() {
    let doc = crate::source::Document {
        meta: crate::model::DocMeta {
            id: "t".into(),
            ..Default::default()
        },
        text: "KUWAIT TO CLOSE NUWAISEEB TO FREIGHT\n\nKuwait said it would close \
               Nuwaiseeb to lorries from Thursday. UNHCR said the queue was long."
            .into(),
        hints: Vec::new(),
    };
    let out = crate::extract::extract(&doc, &super::lexicon());
    let labels: Vec<&str> = out.entities.values().map(|e| e.label.as_str()).collect();
    assert!(labels.contains(&"Nuwaiseeb"), "{labels:?}");
    assert!(!labels.contains(&"NUWAISEEB"), "{labels:?}");
}
