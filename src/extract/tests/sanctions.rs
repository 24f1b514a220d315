//! Sanctions: who imposes them on whom, in relative clauses and passives.

use super::check;

#[test]
fn a_body_before_which_imposes_for_its_state() {
    check(
        "The US Treasury, which imposed sanctions on Uganda, has asked Chad to share \
         records.",
        &["united-states sanctions uganda"],
    );
}

#[test]
fn the_bearer_of_sanctions_past_an_apposition() {
    check(
        "Wadi Howar Trading, a haulage firm, was placed under sanctions by the US Treasury \
         in January.",
        &["united-states sanctions wadi-howar-trading"],
    );
}
