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
    // A body a demonym names, an owner's hand, both of two.
    check(
        "Kinshasa pointed at the Rwandan army for the attack. Kenya pointed at Moscow's \
         hand in the unrest. Azerbaijan pointed at both Armenia and France.",
        &[
            "dr-congo accuses rwanda",
            "kenya accuses russia",
            "azerbaijan accuses armenia",
            "azerbaijan accuses france",
        ],
    );
    // Pointing at a thing, at people a demonym describes, at an owner's other thing or
    // at a model is no accusation.
    check(
        "Kenya's interior minister pointed at the Somali flag over the post. Thailand's \
         army chief pointed at the Cambodian soldiers standing at the gate. Uganda's army \
         spokesman pointed at the Congolese side of the river. Kenya's president pointed \
         at Uganda's success in exporting milk. Turkey's president pointed at Germany as \
         a model for the reforms. Indian soldiers pointed at the Pakistani army post across \
         the river. Kenya's foreign minister pointed at Qatar's role in the talks.",
        &[],
    );
}
