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
}
