//! Words between a verb and its subject that are not its subject: an adverb after a
//! modal, a place describing a noun, a clause whose subject is no one.

use super::check;

#[test]
fn an_adverb_after_a_modal_leaves_the_verb_a_verb() {
    check(
        "Zambia could fully reopen the Kasumbalesa crossing next week.",
        &["zambia reopens kasumbalesa [possible]"],
    );
    check(
        "Peru has partially reopened the Desaguadero crossing.",
        &["peru reopens desaguadero"],
    );
    // Before a noun the adverb makes an adjective of the participle.
    check(
        "The fully reopened Desaguadero crossing was busy on Monday.",
        &[],
    );
}

#[test]
fn a_place_describing_a_thing_is_not_its_subject() {
    check(
        "A clinic in Bolivia condemned what it called excessive force.",
        &[],
    );
    // People of a state there act for it.
    check(
        "Officials in Bolivia condemned the closure by Peru.",
        &["bolivia condemns peru"],
    );
    check(
        "Leaders in Kinshasa accused Rwanda of backing the M23 rebels.",
        &["dr-congo accuses rwanda"],
    );
    // A participle's place is an adjunct: the subject stands before it.
    check(
        "Foreign Minister Rosa Quispe, speaking in La Paz, condemned the closure by Peru.",
        &["rosa-quispe condemns peru"],
    );
}

#[test]
fn a_quoted_act_done_by_no_one_accuses_no_one() {
    check(
        "\"Nobody set foot in Peru, and nobody fired at the farmers,\" Bolivian Foreign \
         Minister Rosa Quispe said.",
        &["rosa-quispe holds_role bolivia"],
    );
    // "none" in a clause about the actors leaves them the actors.
    check(
        "\"Rwandan soldiers, none of whom wore insignia, fired at our positions,\" \
         Congolese army spokesman Sylvain Ekenge said.",
        &[
            "sylvain-ekenge holds_role dr-congo",
            "sylvain-ekenge accuses rwanda",
        ],
    );
    check(
        "\"No Eritrean troops fired at our positions,\" Ethiopian army spokesman Getnet \
         Adane said.",
        &["getnet-adane holds_role ethiopia"],
    );
}
