//! Which crossing "the crossing", "the bridge" or a town stands for when the sentence
//! names none.

use super::check;

#[test]
fn the_crossing_at_a_town_is_that_town_not_the_last_crossing_named() {
    // A town the gazetteer knows, and one the article introduced as a place.
    check(
        "Tanzania closed the Kilambo ferry crossing on Monday. Israel reopened the crossing at Rafah on Friday.",
        &["tanzania closes kilambo", "israel reopens rafah-crossing"],
    );
    check(
        "On the far side of the river is Namoto, in Mozambique's Cabo Delgado province. \
         Tanzania closed the Kilambo ferry crossing on Monday. \
         Mozambique has not closed its side of the crossing at Namoto.",
        &[
            "namoto located_in cabo-delgado",
            "cabo-delgado located_in mozambique",
            "tanzania closes kilambo",
            "mozambique closes namoto [negated]",
        ],
    );
}

#[test]
fn the_bridge_is_the_last_crossing_whose_name_says_bridge() {
    // Not the ferry crossing named since.
    check(
        "South Africa closed Maseru Bridge on Monday. Mauritania closed the Rosso ferry \
         crossing. South Africa said the bridge would reopen on Friday.",
        &[
            "south-africa closes maseru-bridge",
            "mauritania closes rosso-crossing",
            "south-africa reopens maseru-bridge",
        ],
    );
    // After the verb too.
    check(
        "South Africa closed Maseru Bridge on Monday. Mauritania closed the Rosso ferry \
         crossing. South Africa reopened the bridge on Friday.",
        &[
            "south-africa closes maseru-bridge",
            "mauritania closes rosso-crossing",
            "south-africa reopens maseru-bridge",
        ],
    );
}

#[test]
fn the_crossing_that_would_reopen_is_the_one_closed() {
    check(
        "Kenya closed the Namanga crossing on Monday. Tanzania has not closed Holili. \
         Kenyan officials said the crossing would not reopen until the talks ended.",
        &[
            "kenya closes namanga",
            "tanzania closes holili [negated]",
            "kenya reopens namanga [negated]",
        ],
    );
}

#[test]
fn a_crossing_that_stays_shut_is_kept_shut_by_whoever_closed_it() {
    // Not by the state it lies in, nor by the state whose officials say so.
    check(
        "Tanzania closed Namanga on Monday. Kenyan officials said Namanga would remain \
         closed until Friday.",
        &["tanzania closes namanga", "tanzania closes namanga"],
    );
    check(
        "Beijing shut the Gashuun Sukhait crossing on Monday. Mongolian officials said the \
         crossing stays shut.",
        &[
            "china closes gashuun-sukhait",
            "china closes gashuun-sukhait",
        ],
    );
}

#[test]
fn the_crossing_that_was_shut_is_the_one_closed_not_a_town_named_since() {
    // A town named as a crossing after the closure ("the customs post at Bisil") is
    // not what "the crossing … was shut" means when no state acted on it.
    check(
        "Kenya closed the Namanga crossing on Monday, hours after shots were fired near \
         the customs post at Bisil. The crossing, which carries the Arusha road, was \
         shut at dawn by order of the interior ministry.",
        &["kenya closes namanga", "kenya closes namanga"],
    );
}

#[test]
fn crossings_left_out_of_a_closure_are_not_closed() {
    check(
        "Kenya shut all its crossings with Somalia except Mandera.",
        &[
            "kenya borders somalia",
            "kenya closes kenya-somalia-border-crossings",
            "kenya closes mandera-crossing [negated]",
        ],
    );
    check(
        "Zambia closed all its border posts with the DRC apart from Kasumbalesa and \
         Mokambo, officials said.",
        &[
            "dr-congo borders zambia",
            "zambia closes dr-congo-zambia-border-crossings",
            "zambia closes kasumbalesa [negated]",
            "zambia closes mokambo-crossing [negated]",
        ],
    );
    check(
        "Croatia closed seven of its eight road border crossings with Serbia, leaving \
         only Bajakovo, on the Zagreb-Belgrade motorway, open.",
        &[
            "croatia borders serbia",
            "croatia closes croatia-serbia-border-crossings",
            "croatia closes bajakovo [negated]",
        ],
    );
    // Only crossings named right after the exception are left out.
    check(
        "Kenya closed the Namanga crossing, leaving thousands stranded at the Holili \
         crossing, which is normally open.",
        &["kenya closes namanga"],
    );
}

#[test]
fn a_plan_given_up_is_a_negated_act() {
    check(
        "Kenya has shelved plans to close the Namanga crossing.",
        &["kenya closes namanga [negated]"],
    );
    check(
        "Tanzania plans to close the Namanga crossing.",
        &["tanzania closes namanga [possible]"],
    );
}

#[test]
fn the_crossing_after_a_post_named_as_a_place_is_the_one_acted_on() {
    // Namanga was named only as where the lorry was checked.
    check(
        "Tanzania closed the Holili crossing on Sunday. The lorry had been checked at \
         Namanga, Kenyan officials said. Kenya charged that Dodoma had broken the customs \
         union by closing the crossing.",
        &[
            "tanzania closes holili",
            "kenya accuses tanzania",
            "tanzania closes holili",
        ],
    );
}

#[test]
fn who_donated_what_a_reopened_crossing_carries_did_not_reopen_it() {
    check(
        "Turkey reopened the Bab al-Hawa crossing to trucks carrying aid donated by Qatar.",
        &["turkey reopens bab-al-hawa"],
    );
    check(
        "The Bab al-Hawa crossing was reopened to trucks carrying aid donated by Qatar.",
        &[],
    );
}

#[test]
fn the_region_a_crossing_is_in_is_not_shut_with_it() {
    check(
        "Lithuania closed Medininkai. The Kamenny Log checkpoint in the Grodno region was \
         shut by the Belarusian side. The Oraba post near the Koboko district was closed by \
         Ugandan police.",
        &[
            "lithuania closes medininkai",
            "kamenny-log located_in grodno-region",
            "belarus closes kamenny-log",
            "uganda closes oraba",
        ],
    );
}

#[test]
fn a_town_read_as_a_crossing_is_the_crossing_after_a_verb_of_closing() {
    // "Rock Island" is a town the gazetteer knows; after "the Rock Island port of
    // entry", "reopen Rock Island" reopens the crossing.
    check(
        "Canada closed the Rock Island port of entry on Thursday. Ottawa could reopen \
         Rock Island as early as Monday, she added.",
        &[
            "canada closes rock-island-crossing",
            "canada reopens rock-island-crossing [possible]",
        ],
    );
    // (The name alone: "closed Chaman bazaar" closes the town's market, not the crossing.)
    check(
        "Pakistan closed the Chaman crossing on Monday. Pakistani police closed Chaman \
         bazaar after the clashes.",
        &["pakistan closes chaman-crossing"],
    );
}

#[test]
fn other_posts_closed_are_the_states_crossings() {
    // "posts" after a closure names more of its crossings; "army posts" attacked do not.
    check(
        "Uzbekistan closed the Bekabad crossing with Tajikistan on Thursday. Two smaller \
         posts further down the Syr Darya were also shut by Uzbek border troops.",
        &[
            "tajikistan borders uzbekistan",
            "uzbekistan closes bekabad",
            "uzbekistan closes tajikistan-uzbekistan-border-crossings",
        ],
    );
    check(
        "Militants attacked two army posts near the border with Afghanistan.",
        &[],
    );
    check(
        "Afghanistan and Pakistan share a border. The Taliban said they had seized and \
         closed 19 Pakistani posts.",
        &["afghanistan borders pakistan"],
    );
    check(
        "Niger closed its border with Mali on Monday. Dozens of health posts were also \
         shut.",
        &[
            "mali borders niger",
            "niger closes mali-niger-border-crossings",
        ],
    );
}

#[test]
fn the_crossings_after_several_are_the_border_s() {
    // Many, so not the last one named: the crossings of the border with Russia.
    check(
        "Finland will close the Vaalimaa, Nuijamaa, Imatra and Niirala crossings on Friday. Finland shares a long border with Russia, and officials said the crossings could reopen once the arrivals stop.",
        &[
            "finland closes vaalimaa",
            "finland closes nuijamaa",
            "finland closes imatra",
            "finland closes niirala",
            "finland borders russia",
            "finland reopens finland-russia-border-crossings [possible]",
        ],
    );
}

#[test]
fn the_crossings_opening_a_sentence_are_no_town() {
    // There is a The Crossings in Florida: a name opened by "the" needs its next word
    // capitalised too.
    check(
        "Finland closed its border with Russia on Friday. The crossings were closed after 600 migrants arrived.",
        &[
            "finland borders russia",
            "finland closes finland-russia-border-crossings",
            "finland closes finland-russia-border-crossings",
        ],
    );
}
