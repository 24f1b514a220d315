//! Relations said in idioms: verbs of several words, and verbs that are the relation
//! only before a name.

use super::check;

#[test]
fn pointing_at_a_name_is_an_accusation() {
    check(
        "Starr County Judge Maricela Guerra Salinas pointed at Washington instead. \
         Afghanistan pointed at the Taliban for the attack. Kenya's interior minister \
         pointed at al-Shabaab.",
        &[
            "maricela-guerra-salinas accuses united-states",
            "afghanistan accuses taliban",
            "kenya accuses al-shabaab",
        ],
    );
    // Pointing at a thing, or at people a demonym describes, is a gesture.
    check(
        "Kenya's interior minister pointed at the Somali flag over the post. Thailand's \
         army chief pointed at the Cambodian soldiers standing at the gate. Uganda's army \
         spokesman pointed at the Congolese side of the river.",
        &[],
    );
}
