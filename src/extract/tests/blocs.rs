//! Blocs of states named again by a common noun ("the bloc", "the regional bloc",
//! "the alliance") and their members called allies.

use super::check;

#[test]
fn the_bloc_is_the_last_bloc_named() {
    check(
        "Mali left ECOWAS in January. Senegal is a founding member of the regional bloc.",
        &["senegal member_of economic-community-of-west-african-states"],
    );
    // Named before in the same sentence.
    check(
        "Serbia, which opened accession talks with the European Union in 2014, is still not \
         a member of the bloc.",
        &["serbia member_of european-union [negated]"],
    );
    // A hauliers' union named since is no bloc of states.
    check(
        "Serbia has applied to join the European Union. Its lorries fly the flag of the \
         Union of International Hauliers. Serbia is still not a member of the bloc.",
        &["serbia member_of european-union [negated]"],
    );
}

#[test]
fn the_alliance_is_a_bloc_whose_name_says_so() {
    // Not the European Union named since.
    check(
        "Montenegro joined NATO in 2017 and hopes to join the European Union. Bosnia, \
         which is not a member of the alliance, has struggled to unify its police.",
        &[
            "montenegro member_of nato",
            "montenegro member_of european-union [possible]",
            "bosnia-and-herzegovina member_of nato [negated]",
        ],
    );
}

#[test]
fn allies_of_a_bloc_are_its_members() {
    check(
        "Turkey and Greece are both NATO allies.",
        &["greece member_of nato", "turkey member_of nato"],
    );
    // A state's ally is no member of anything.
    check("Pakistan is a close Chinese ally.", &[]);
}

#[test]
fn a_bloc_of_parties_is_no_bloc_of_states() {
    check(
        "Mali left ECOWAS in January. Senegal's president is a member of the opposition bloc.",
        &[],
    );
}

#[test]
fn a_bloc_named_with_where_it_sits_is_that_bloc() {
    // Not Indonesia, whose capital the bloc sits in.
    check(
        "Cambodia and Thailand, both members of the Jakarta-based ASEAN, signed a transit \
         deal.",
        &["thailand member_of asean", "cambodia member_of asean"],
    );
}

#[test]
fn a_compound_adjective_before_a_body_is_passed() {
    check(
        "Botswana, a member of the 16-nation Southern African Development Community, \
         protested.",
        &["botswana member_of southern-african-development-community"],
    );
    check(
        "Both Latvia and Lithuania are members of the passport-free Schengen Area.",
        &[
            "latvia member_of schengen-area",
            "lithuania member_of schengen-area",
        ],
    );
}

#[test]
fn the_two_states_may_take_adjectives() {
    check(
        "India closed the Kartarpur corridor to Pakistan. The row comes at an awkward \
         moment for the two nuclear-armed neighbours, which are both members of the \
         Shanghai Cooperation Organisation. The two oil-rich countries are both members of \
         OPEC.",
        &[
            "india closes kartarpur-crossing",
            "india member_of shanghai-cooperation-organisation",
            "pakistan member_of shanghai-cooperation-organisation",
            "india member_of opec",
            "pakistan member_of opec",
        ],
    );
}

#[test]
fn a_fronted_membership_is_the_subjects() {
    check(
        "As a member of NATO and a candidate for membership of the European Union, North \
         Macedonia remains committed to open borders. As founding members of the East \
         African Community, Kenya and Uganda share a customs union.",
        &[
            "north-macedonia member_of nato",
            "kenya member_of east-african-community",
            "uganda member_of east-african-community",
        ],
    );
    // A clause of time, and an apposition after the member, make no members.
    check(
        "As a member of al-Shabaab was being questioned in Mandera, Kenya sealed the \
         border. As a member of NATO, Lithuania, Belarus's western neighbour, closed two \
         crossings.",
        &[
            "lithuania member_of nato",
            "lithuania closes belarus-lithuania-border-crossings",
        ],
    );
}

#[test]
fn a_state_readmitted_to_a_body_is_its_member() {
    check(
        "Syria, which was readmitted to the Arab League in 2023, has sought Iraqi help.",
        &["syria member_of arab-league"],
    );
    // "admitted to" mostly confesses or tells: no membership.
    check(
        "Russia admitted to NATO officials that its drones had strayed.",
        &[],
    );
}
