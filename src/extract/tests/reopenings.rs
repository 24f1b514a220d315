//! Reopenings said in other words: a ban lifted on a crossing's traffic, traffic
//! restored.

use super::check;

#[test]
fn a_ban_lifted_on_a_crossings_traffic_reopens_it() {
    check(
        "Uganda lifted the ban on traffic through the Malaba crossing on Monday.",
        &["uganda reopens malaba"],
    );
    check(
        "Sudan restored traffic at the Gallabat crossing on Friday.",
        &["sudan reopens gallabat"],
    );
    // A ban on goods names no crossing.
    check(
        "Kenya lifted the ban on maize imports from Tanzania on Monday.",
        &[],
    );
}

#[test]
fn the_crossing_past_a_relative_clause_reopens() {
    check(
        "Iran closed the Dogharoun crossing on Monday. The crossing, which carries most of \
         the fuel, flour and cement that reach Herat, will reopen on Wednesday.",
        &["iran closes dogharoun", "iran reopens dogharoun"],
    );
    // A clause set off by commas that is no relative clause is no way back.
    check(
        "Iran closed the Dogharoun crossing on Monday. The crossing, officials said, \
         carries fuel, and traders will reopen their shops on Wednesday.",
        &["iran closes dogharoun"],
    );
}
