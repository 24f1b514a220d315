//! Ways people phrase a question that the forms read like their plain version.

use super::*;

#[test]
fn an_adverb_closing_a_question_is_not_part_of_a_name() {
    for (q, object) in [
        ("will norway close storskog too", "storskog"),
        ("is finland closing raja-jooseppi too", "raja-jooseppi"),
        ("did Estonia accuse Russia either?", "Russia"),
        ("has Finland closed Vaalimaa again", "Vaalimaa"),
    ] {
        let s = select(q);
        assert!(s.yes_no, "{q}");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name).as_deref(),
            Some(object),
            "{q}"
        );
    }
}
