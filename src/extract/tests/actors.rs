//! Who acts: bodies of a state standing for it.

use super::check;

#[test]
fn the_authorities_in_a_capital_are_its_state() {
    check(
        "Bulgaria accused the authorities in Skopje of exporting their own bottleneck.",
        &["bulgaria accuses north-macedonia"],
    );
    // Officials in a town are not the town.
    check(
        "The officials in Mtwara accused Mozambique of abandoning its positions.",
        &[],
    );
}

#[test]
fn said_inside_a_name_is_part_of_it() {
    check(
        "Halima Said Mnyampala, the governor of Mtwara, accused Mozambique of abandoning its positions.",
        &[
            "halima-said-mnyampala holds_role mtwara",
            "halima-said-mnyampala accuses mozambique",
        ],
    );
    // Not before a name the lexicon knows: there it is the verb.
    check("Kiwelu Said Mozambique Must Act", &[]);
}
