//! How a crossing's name is read off the text: particles, hyphens, settlement nouns
//! and paired towns inside it.

use super::check;

#[test]
fn a_crossing_name_keeps_what_stands_before_its_head() {
    // A lowercase particle between capitalised words.
    check(
        "South Africa closed the Ponta do Ouro border post on Friday.",
        &["south-africa closes ponta-do-ouro"],
    );
    // A lowercase syllable joined by a hyphen.
    check(
        "Thailand closed the Chong Sa-ngam checkpoint on Monday.",
        &["thailand closes chong-sa-ngam"],
    );
    // A capitalised settlement noun.
    check(
        "Liberia closed the Toe Town crossing on Tuesday.",
        &["liberia closes toe-town"],
    );
    // Not a word joined by a hyphen before anything but a crossing's head.
    check(
        "The Moscow-backed separatists said Moldova had attacked them.",
        &[],
    );
}

#[test]
fn towns_paired_by_a_dash_name_one_crossing_whatever_their_length() {
    // (A known town's crossing is identified by the town; its label is the pair.)
    check(
        "Slovenia closed the Metlika–Jurovski Brod crossing on the Kupa river.",
        &["slovenia closes metlika-crossing"],
    );
    check(
        "Burundi reopened the Gasenyi–Nemba crossing.",
        &["burundi reopens gasenyi-nemba"],
    );
}

#[test]
fn a_point_of_the_compass_after_a_town_names_one_of_its_crossings() {
    check(
        "The United States shut the Calexico West port of entry late Tuesday.",
        &["united-states closes calexico-west"],
    );
    check(
        "Pakistan closed the Chaman East crossing on Friday.",
        &["pakistan closes chaman-east"],
    );
    // Not a point of the compass with no crossing's head after it.
    check(
        "Pakistan closed the crossing near Chaman East district on Friday.",
        &[],
    );
}

#[test]
fn a_rank_between_a_crossing_name_and_its_head_keeps_the_name() {
    // The crossing, not the province it lies in, is what a passive closes.
    check(
        "Vietnam said clearance at the Cau Treo international border gate in Ha Tinh \
         province was suspended on Tuesday.",
        &[
            "cau-treo located_in ha-tinh-province",
            "vietnam closes cau-treo",
        ],
    );
    // Not a determiner opening the sentence, which names nothing.
    check(
        "Kenya reopened the Malaba crossing. The international border crossing in Busia \
         was closed on Monday.",
        &["kenya reopens malaba", "kenya closes busia"],
    );
    // Not a capitalised rank, which may open a body's or an office's name.
    check(
        "The International Border Commission said the river had risen.",
        &[],
    );
}

#[test]
fn a_new_name_dashed_to_a_known_town_before_a_head_names_one_crossing() {
    // The town the gazetteer knows does not split the crossing's name.
    check(
        "Portugal shut the Tui–Valença bridge on Thursday. Kenya closed the Lunga–Busia \
         crossing.",
        &["portugal closes tui-valenca", "kenya closes lunga-busia"],
    );
    // Without a crossing head, the dash joins no crossing.
    check("Traffic moved from Tui–Valença to Vigo.", &[]);
}

#[test]
fn gazetteer_places_spelling_a_crossing_found_are_that_crossing() {
    // "Novi" and "Yarylovychi" are each a place of the gazetteer.
    check(
        "Ukraine kept the Novi Yarylovychi checkpoint shut on Thursday. Novi Yarylovychi, \
         in the Chernihiv region, lies on the road to Gomel.",
        &[
            "ukraine closes novi-yarylovychi",
            "novi-yarylovychi located_in chernihiv",
        ],
    );
}

#[test]
fn a_crossing_named_after_the_states_it_joins_keeps_the_whole_name() {
    // The pair by demonyms, after an ordinal.
    check(
        "Thailand will close the Third Thai-Lao Friendship Bridge at night from Wednesday.",
        &["thailand closes third-thai-lao-friendship-bridge"],
    );
    // By a combining form and a state's name.
    check(
        "Nepal closed the Sino-Nepal Friendship Bridge on Monday.",
        &["nepal closes sino-nepal-friendship-bridge"],
    );
    // Not a pair with no capitalised name before the head: the states' crossings.
    check(
        "Thailand closed the Thai-Lao bridge on Monday.",
        &[
            "laos borders thailand",
            "thailand closes laos-thailand-border-crossings",
        ],
    );
}

#[test]
fn a_bridge_of_a_name_is_named_whole() {
    check(
        "Mexico closed the Bridge of the Americas on Monday.",
        &["mexico closes bridge-of-the-americas"],
    );
    check(
        "Hungary reopened the Bridge of Friendship to trucks.",
        &["hungary reopens bridge-of-friendship"],
    );
    // Not a bridge of a state: "the Bridge of Serbia" is no crossing's name here.
    check("Hungary praised the Bridge of Serbia.", &[]);
}

#[test]
fn a_place_set_off_as_where_a_crossing_lies_is_not_the_crossing() {
    // The apposition after the department describes El Amatillo, so "it" is El
    // Amatillo.
    check(
        "Fishermen blocked the El Amatillo crossing. They parked across the approach to El Amatillo, in the department of La Union, the busiest crossing between the two countries. Honduran officials reopened it at 3 p.m.",
        &["el-amatillo located_in la-union", "honduras reopens el-amatillo"],
    );
}

#[test]
fn names_closed_together_are_crossings() {
    check(
        "Medininkai and Šalčininkai are open again. Lithuania shut Medininkai and \
         Šalčininkai, its two main crossings with Belarus, on 20 January.",
        &[
            "belarus borders lithuania",
            "lithuania closes medininkai",
            "lithuania closes salcininkai-crossing",
        ],
    );
    check(
        "Kenya closed Busia and Malaba, and hundreds of lorries were stranded at the border.",
        &["kenya closes busia", "kenya closes malaba"],
    );
    // A name joined by "and" that goes on to act is no crossing; nor are towns closed
    // where no crossing or border is spoken of.
    check(
        "Kenya closed Busia and Mwangi condemned the move at the border.",
        &["kenya closes busia"],
    );
    check(
        "India shut Srinagar and Anantnag on Friday ahead of the anniversary.",
        &["india closes srinagar-crossing"],
    );
}

#[test]
fn a_boat_or_river_crossing_is_named_by_its_towns() {
    check(
        "On Tuesday Colombia suspended the Leticia–Santa Rosa boat crossing for 24 hours.",
        &["colombia closes leticia-crossing"],
    );
    check(
        "Zambia reopened the Kazungula river crossing.",
        &["zambia reopens kazungula"],
    );
}

#[test]
fn a_crossing_named_for_what_it_stands_for_keeps_its_head() {
    // "Friendship" alone names no place; "the Allenby crossing" is Allenby's.
    check(
        "Brazilian police closed the Friendship Bridge for six hours.",
        &["brazil closes friendship-bridge"],
    );
    check(
        "Tajikistan reopened the Unity Bridge to lorries on Monday.",
        &["tajikistan reopens unity-bridge"],
    );
}
