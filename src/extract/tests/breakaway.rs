//! Breakaway states that govern themselves (Transnistria, South Ossetia, Abkhazia,
//! Northern Cyprus): actors like states, lying in the state that claims them.

use super::check;

#[test]
fn a_breakaway_state_accuses_and_has_officials() {
    check(
        "The Transnistrian authorities in Tiraspol accused Chisinau of an economic blockade. \
         Gennady Kirsanov, Transnistria's self-styled foreign minister, said the rules were illegal.",
        &[
            "transnistria accuses moldova",
            "gennady-kirsanov holds_role transnistria",
        ],
    );
    check(
        "Turkish Cypriot leader Ersin Tatar accused the Greek Cypriot side of provocations.",
        &[
            "ersin-tatar holds_role northern-cyprus",
            "ersin-tatar accuses cyprus",
        ],
    );
    check(
        "South Ossetia closed the Odzisi crossing with Georgia.",
        &[
            "georgia borders south-ossetia",
            "south-ossetia closes odzisi",
        ],
    );
}

#[test]
fn a_breakaway_state_lies_in_the_state_that_claims_it() {
    check(
        "Ukraine was preparing a provocation against Transnistria, a Russian-backed breakaway region in eastern Moldova.",
        &["transnistria located_in moldova"],
    );
    // Not in a state that does not claim it, and no recognised state lies anywhere.
    check(
        "Abkhazia, a breakaway region in western Russia, held elections.",
        &[],
    );
    check(
        "Ukraine, a state in eastern Europe, closed its airspace.",
        &["ukraine closes ukrainian-airspace"],
    );
}

#[test]
fn the_breakaway_region_is_the_breakaway_state_last_named() {
    let text = "Moldova closed the Varnița checkpoint after Tiraspol protested. \
                Moldova said the checks were legal. \
                Gennady Kirsanov, the foreign minister of the breakaway region, said they were not. \
                The breakaway region's leader, Vadim Krasnoselsky, called it a blockade. \
                The separatist authorities accused Moldova of strangling trade.";
    check(
        text,
        &[
            "moldova closes varnita",
            "gennady-kirsanov holds_role transnistria",
            "vadim-krasnoselsky holds_role transnistria",
            "transnistria accuses moldova",
        ],
    );
    // With no breakaway state named, the words name no one.
    check(
        "Moldova closed the Varnița checkpoint. \
         The separatist authorities accused Moldova of strangling trade.",
        &["moldova closes varnita"],
    );
}

#[test]
fn an_office_for_a_portfolio_serves_the_state_the_story_is_about() {
    check(
        "Moldova closed the Varnița checkpoint. \
         Deputy Prime Minister for Reintegration Tudor Vârlan said the checks were legal.",
        &["moldova closes varnita", "tudor-varlan holds_role moldova"],
    );
    // A spokesman for a movement is nobody's official.
    check(
        "Rwanda closed the Grande Barrière crossing. \
         A spokesman for the rebels, Oscar Kabalisa, said the army fired first.",
        &["rwanda closes grande-barriere"],
    );
}

#[test]
fn crossings_with_a_state_only_one_side_lists_as_a_neighbour() {
    // Ethiopia's own list of neighbours does not name Somaliland; Somaliland's names
    // Ethiopia.
    check(
        "Ethiopia closed its crossings with Somaliland.",
        &[
            "ethiopia borders somaliland",
            "ethiopia closes ethiopia-somaliland-border-crossings",
        ],
    );
    check(
        "Ukraine has kept its crossings with Transnistria closed since February 2022.",
        &[
            "transnistria borders ukraine",
            "ukraine closes transnistria-ukraine-border-crossings",
        ],
    );
}

#[test]
fn recognised_by_member_states_is_no_membership() {
    check("Somaliland is not recognised by any UN member state.", &[]);
    check(
        "Kosovo is not a UN member state.",
        &["kosovo member_of united-nations [negated]"],
    );
    check("Sweden was blocked from becoming a NATO member.", &[]);
    check(
        "Finland became in April 2023 a NATO member.",
        &["finland member_of nato"],
    );
}

#[test]
fn the_breakaway_region_is_not_one_named_elsewhere_or_ambiguous() {
    // The sentence names where it means.
    check(
        "Moscow recognised Abkhazia in 2008. \
         Azerbaijan accused the separatist authorities of Nagorno-Karabakh of smuggling arms.",
        &[],
    );
    // Two were named last: either.
    check(
        "Moscow recognised Abkhazia and South Ossetia in 2008. \
         The separatist authorities accused Georgia of provocations.",
        &[],
    );
    // A self-styled office of no state read is nobody's, not the claimant's.
    check(
        "Morocco closed the Guerguerat crossing. \
         Brahim Ghali, the self-styled president of the breakaway region, said the war had resumed.",
        &["morocco closes guerguerat"],
    );
}

#[test]
fn a_breakaway_state_lies_only_in_its_claimant() {
    check(
        "Somaliland, a breakaway region in northern Somalia, reopened the Wajale crossing.",
        &["somaliland located_in somalia", "somaliland reopens wajale"],
    );
    check(
        "South Ossetia, situated in the Caucasus mountains north of Tbilisi, closed the Odzisi crossing.",
        &["south-ossetia closes odzisi"],
    );
}

#[test]
fn a_states_forces_in_a_place_are_the_states() {
    check(
        "Georgia said Russian border guards in South Ossetia detained two villagers.",
        &["georgia accuses russia"],
    );
    check(
        "Israel said Iranian forces in Syria fired rockets at the Golan.",
        &["israel accuses iran"],
    );
    // A name in the subject before the verb still acts.
    check(
        "Sudan said fighters allied with Eritrea crossed the border and attacked Kassala.",
        &["sudan accuses eritrea"],
    );
    check(
        "Cyprus said Turkish troops entered the buffer zone from Northern Cyprus and detained two farmers.",
        &["cyprus accuses turkey"],
    );
}
