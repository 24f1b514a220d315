//! Groups and state forces named in full or by acronym: a province of the Islamic State is its
//! own group, not the Islamic State.

use super::check;

#[test]
fn provinces_of_the_islamic_state() {
    check(
        "Cameroon's defence minister, Joseph Beti Assomo, blamed the attack on fighters of \
         the Islamic State West Africa Province (ISWAP).",
        &[
            "joseph-beti-assomo holds_role cameroon",
            "joseph-beti-assomo accuses islamic-state-west-africa-province",
        ],
    );
    check(
        "Kabul blamed the bombing on ISIS-K.",
        &["afghanistan accuses islamic-state-khorasan-province"],
    );
}

#[test]
fn national_police_forces_act_for_their_state() {
    check(
        "Portugal's Interior Minister, Rui Carvalhal, charged that the Guardia Civil had \
         ignored three warnings.",
        &[
            "rui-carvalhal holds_role portugal",
            "rui-carvalhal accuses guardia-civil",
        ],
    );
    check(
        "Portugal and Spain share a border. The GNR closed the Tui bridge.",
        &["portugal borders spain", "portugal closes tui"],
    );
}

#[test]
fn governments_the_article_does_not_name_stand_for_none_of_its_states() {
    check(
        "Mongolia accused China of jamming flights. Several Asian governments condemned \
         the jamming.",
        &["mongolia accuses china"],
    );
    check(
        "Mongolia accused China of jamming flights. Many diplomats condemned the jamming.",
        &["mongolia accuses china"],
    );
    // The article's state's own government still does.
    check(
        "Mongolia accused China of jamming flights. The government condemned the jamming.",
        &["mongolia accuses china", "mongolia condemns china"],
    );
    // At a sentence's start too; "several ministers" may all be one state's.
    check(
        "Mongolia accused China of jamming flights. European governments condemned the \
         jamming.",
        &["mongolia accuses china"],
    );
    check(
        "Mongolia accused China of jamming flights. Several ministers condemned the \
         jamming.",
        &["mongolia accuses china", "mongolia condemns china"],
    );
}

#[test]
fn the_government_a_states_body_speaks_of_is_its_own() {
    check(
        "Kazakhstan closed the Korday crossing. Officials at the Kyrgyz border service said \
         the government was considering closing its posts on the Kazakh border.",
        &[
            "kazakhstan closes korday",
            "kyrgyzstan closes kazakhstan-kyrgyzstan-border-crossings [possible]",
        ],
    );
    // A state named as the object, then a saying: not the speaker.
    check(
        "Kazakhstan accused Kyrgyzstan of smuggling, saying the government had closed \
         its posts on the border.",
        &[
            "kazakhstan accuses kyrgyzstan",
            "kazakhstan closes kazakhstan-kyrgyzstan-border-crossings",
        ],
    );
}

#[test]
fn unknown_names_before_a_noun_of_armed_men_name_a_group() {
    check(
        "South Sudan accused Misseriya militias of planning the raid.",
        &["south-sudan accuses misseriya"],
    );
    check(
        "Mali blamed Katiba Macina fighters for the ambush.",
        &["mali accuses katiba-macina"],
    );
    // An adjective of a people names no group.
    check("Turkey blamed the Kurdish militia for the attack.", &[]);
}

#[test]
fn a_body_named_after_a_states_possessive_acts_for_that_state() {
    // Not for the state the story has been about so far, even when the body was
    // named alone before.
    check(
        "Zimbabwe protested again on Monday. The Border Management Authority had turned \
         back lorries. South Africa's Border Management Authority closed the freight \
         terminal at Beitbridge.",
        &["south-africa closes beitbridge-crossing"],
    );
    check(
        "Pakistan's Federal Investigation Agency shut the Torkham crossing.",
        &["pakistan closes torkham"],
    );
}

#[test]
fn a_body_two_states_have_and_an_armed_group_are_no_states_organ() {
    // "Cameroon's Ambazonia Defence Forces" are separatists, not Cameroon's.
    check(
        "Cameroon's Ambazonia Defence Forces closed the Ekok crossing to traders on Monday.",
        &[],
    );
}
