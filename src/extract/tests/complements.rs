//! Whom a charge made in a that-clause is against.

use super::check;

#[test]
fn the_agent_of_a_passive_in_the_clause_is_accused() {
    check(
        "Thailand charged that the big mine that exploded on Tuesday had been planted by \
         Cambodian troops.",
        &["thailand accuses cambodia"],
    );
    // A model's designation ("PMN-2") is no one's name.
    check(
        "Thailand charged that the PMN-2 mine had been laid by Cambodian troops.",
        &["thailand accuses cambodia"],
    );
}
