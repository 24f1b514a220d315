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
