//! Officials named in less usual ways: a capitalised qualifier before the title, a
//! relative clause after the name.

use super::*;

#[test]
fn a_capitalised_qualifier_opens_an_appositive_title() {
    // "Official" before "Spokesman" is part of the title, not a body.
    check(
        "Kwame Asante-Boateng, Official Spokesman of the Ministry of Foreign Affairs of \
         the Republic of Ghana, accused Togo of harbouring the gunmen.",
        &[
            "kwame-asante-boateng holds_role ghana",
            "kwame-asante-boateng accuses togo",
        ],
    );
}

#[test]
fn a_relative_who_after_two_names_says_they_are_a_person() {
    check(
        "Talgat Yerzhanov, who accused Kyrgyzstan of hoarding fuel, spoke in Almaty.",
        &["talgat-yerzhanov accuses kyrgyzstan"],
    );
    // The claim ends where the relative clause does, unless a list runs on.
    assert_eq!(
        claims("Talgat Yerzhanov, who accused Kyrgyzstan of hoarding fuel, spoke in Almaty."),
        ["talgat-yerzhanov accuses kyrgyzstan: hoarding fuel"]
    );
    assert_eq!(
        claims(
            "Talgat Yerzhanov, who accused Kyrgyzstan of hoarding fuel, flour and sugar, \
             spoke in Almaty."
        ),
        ["talgat-yerzhanov accuses kyrgyzstan: hoarding fuel, flour and sugar"]
    );
    assert_eq!(
        claims(
            "Talgat Yerzhanov, who accused Kyrgyzstan of hoarding fuel, flour, sugar and \
             rice, spoke in Almaty."
        ),
        ["talgat-yerzhanov accuses kyrgyzstan: hoarding fuel, flour, sugar and rice"]
    );
}

#[test]
fn a_name_set_off_by_commas_before_a_verb_of_saying_is_the_speaker() {
    // The named official accuses, not the body the opening noun phrase names.
    check(
        "A Thai army official, Somchai Wongsuwan, said Cambodian troops had shelled the \
         village.",
        &["somchai-wongsuwan accuses cambodia"],
    );
    check(
        "A Houthi official in Saada, Abdulkarim al-Hamdani, told reporters that Saudi \
         border guards had shelled villages.",
        &["abdulkarim-al-hamdani accuses saudi-arabia"],
    );
}
