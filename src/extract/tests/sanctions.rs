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

#[test]
fn a_time_between_the_noun_and_its_object() {
    check(
        "Washington imposed sanctions last year on Caracas over the election.",
        &["united-states sanctions venezuela"],
    );
    check(
        "The EU imposed fresh sanctions in March 2023 against Minsk.",
        &["european-union sanctions belarus"],
    );
    // Not a place or a sector between: only a time.
    check(
        "Washington imposed sanctions in the oil sector on Caracas.",
        &[],
    );
}

#[test]
fn sanctions_reimposed() {
    check(
        "Washington could reimpose oil sanctions on Caracas.",
        &["united-states sanctions venezuela [possible]"],
    );
}

#[test]
fn a_new_name_the_verb_acts_on_before_a_time() {
    check(
        "The United States sanctioned Zhao Wei in 2018 as the head of a criminal network.",
        &["united-states sanctions zhao-wei"],
    );
    check(
        "Britain sanctioned Ilan Shor for his role in the protests.",
        &["united-kingdom sanctions ilan-shor"],
    );
    // Not a name before a place.
    check(
        "The United States sanctioned Golden Triangle in the region.",
        &[],
    );
}

#[test]
fn a_name_with_a_particle_is_one_named_after_sanctions_or_a_charge() {
    // "al-" and its hyphen are no words of the name's two or three.
    check(
        "The United States imposed sanctions on Abdulkhaliq al-Hattar.",
        &["united-states sanctions abdulkhaliq-al-hattar"],
    );
    check(
        "Jordan accused Khaled Turki al-Hamdan of smuggling captagon.",
        &["jordan accuses khaled-turki-al-hamdan"],
    );
}
