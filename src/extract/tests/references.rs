//! What a noun standing for an actor refers back to: "the kingdom", "the patrol", and
//! the subject of a clause after "charging that", and the state a story is about.

use super::check;

#[test]
fn the_kingdom_is_the_one_of_the_two_states_that_is_one() {
    // Algiers was named last, but Algeria is no kingdom.
    check(
        "Morocco closed the Zouj Beghal crossing with Algeria on Monday. Its interior \
         minister said the crossing could reopen if Algiers agreed to joint patrols. \
         But the kingdom, he said, would not reopen it to lorries this month.",
        &[
            "algeria borders morocco",
            "morocco closes zouj-beghal",
            "morocco reopens zouj-beghal [possible]",
            "morocco reopens zouj-beghal [negated]",
        ],
    );
}

#[test]
fn the_patrol_is_the_one_last_named_with_its_owner() {
    check(
        "Shots were fired from the far bank, where a patrol of the Border Security Force \
         (BSF) was deployed, villagers said. Bangladesh's foreign adviser, Touhid Hossain, \
         charged that the patrol had opened fire without warning.",
        &[
            "touhid-hossain holds_role bangladesh",
            "touhid-hossain accuses border-security-force",
        ],
    );
    // Not the government, which is the sentence's own.
    check(
        "Guatemalan soldiers had fired on the farmers, Honduras said. Honduras has not \
         closed its side, but the government is considering shutting El Florido.",
        &[
            "honduras accuses guatemala",
            "honduras closes el-florido [possible]",
        ],
    );
}

#[test]
fn the_clause_after_charging_that_has_its_own_subject() {
    // Nairobi closes the crossing, not the Somali minister who charges it.
    check(
        "Somalia's foreign minister, Ahmed Moallim Fiqi, went further, charging that \
         Nairobi had breached the trade agreement by shutting the Mandera crossing \
         without notice.",
        &[
            "ahmed-moallim-fiqi holds_role somalia",
            "ahmed-moallim-fiqi accuses kenya",
            "kenya closes mandera-crossing",
        ],
    );
}

#[test]
fn his_agency_is_the_state_of_the_official_just_named() {
    check(
        "Zimbabwe closed the Forbes crossing on Monday. Zimbabwe's immigration chief, Evans \
         Siziba, said the post would stay shut. His agency is also considering closing \
         Nyamapanda.",
        &[
            "zimbabwe closes forbes",
            "evans-siziba holds_role zimbabwe",
            "zimbabwe closes forbes",
            "zimbabwe closes nyamapanda [possible]",
        ],
    );
    // The agency of an official of no state acts for none.
    check(
        "Zimbabwe closed the Forbes crossing on Monday. UNHCR chief Filippo Grandi spoke in \
         Geneva. His agency is considering closing its office at Forbes.",
        &["zimbabwe closes forbes", "filippo-grandi holds_role unhcr"],
    );
}

#[test]
fn the_country_on_a_side_named_first_is_that_sides() {
    // Not Greece, which acted last.
    check(
        "Greece closed Evzoni on Monday. On the North Macedonian side, the Bogorodica post \
         was closed to southbound lorries by the country's police, the ministry said.",
        &["greece closes evzoni", "north-macedonia closes bogorodica"],
    );
}

#[test]
fn another_name_of_a_post_is_not_another_post() {
    check(
        "South Africa closed Maseru Bridge on Monday. The smaller Ficksburg Bridge post, \
         known on the Lesotho side as Maputsoe Bridge, was closed on Thursday morning.",
        &[
            "south-africa closes maseru-bridge",
            "south-africa closes ficksburg-crossing",
        ],
    );
}

#[test]
fn the_troops_of_two_owners_named_together_are_neither() {
    check(
        "Indian troops moved up after Chinese troops built new posts, Delhi said. Nepal's \
         foreign minister, Arzu Rana Deuba, said the troops had fired on herders.",
        &["arzu-rana-deuba holds_role nepal"],
    );
}

#[test]
fn a_place_before_a_body_known_by_a_generic_name_names_another_body() {
    // "the National Liberation Army" alone is Colombia's ELN; with a place before it,
    // it is a body of its own.
    check(
        "Angolan General Pedro Neto blamed the Cabinda National Liberation Army for the \
         ambush. Colombia blamed the National Liberation Army for the attack.",
        &[
            "pedro-neto holds_role angola",
            "pedro-neto accuses cabinda-national-liberation-army",
            "colombia accuses eln",
        ],
    );
}

#[test]
fn examples_given_after_the_accused_are_accused_and_the_charge_follows_the_aside() {
    // "its allies" are not the state "its" stands for; the examples after "including"
    // are accused too, and the charge comes after the aside that names them.
    assert_eq!(
        super::claims(
            "Jordanian officials accused Iran and its allies, including Lebanon's \
             Hezbollah, of smuggling captagon. \
             Moscow accused Western states, including France and Germany, of arming Kyiv. \
             N'Djamena accused the Libyan National Army (LNA), which controls southern \
             Libya, of sheltering the rebels."
        ),
        [
            "jordan accuses iran: smuggling captagon",
            "jordan accuses hezbollah: smuggling captagon",
            "russia accuses france: arming Kyiv",
            "russia accuses germany: arming Kyiv",
            "chad accuses libyan-national-army: sheltering the rebels",
        ],
    );
}

#[test]
fn a_crown_or_a_ban_before_a_body_is_no_part_of_its_name() {
    assert_eq!(
        super::claims(
            "Phnom Penh accused the Royal Thai Army of shelling a temple. \
             Islamabad blamed the banned Tehrik-e-Taliban Pakistan (TTP) for the ambush."
        ),
        [
            "cambodia accuses thailand: shelling a temple",
            "pakistan accuses tehrik-i-taliban-pakistan: the ambush",
        ],
    );
}

#[test]
fn examples_of_the_charge_and_other_asides_accuse_nobody() {
    assert_eq!(
        super::claims(
            "Poland blamed Minsk for migrants, including Iraqis and Syrians, crossing the \
             border. Jordan condemned Israel, as did Egypt. Lebanon accused Royal Jordanian \
             of overcharging."
        ),
        [
            "poland accuses belarus: migrants, including Iraqis and Syrians, crossing the border",
            "jordan condemns israel: ",
        ],
    );
}

#[test]
fn a_menu_of_places_is_not_the_state_the_story_is_about() {
    // A masthead or menu names states with nothing said of them: page furniture,
    // not the state whose minister speaks unnamed.
    check(
        "Nairobi | Mogadishu | Addis Ababa\n\
         Ethiopia accused Kenya of sheltering rebels near Moyale. Interior Minister \
         Abebe Kassa said the border would stay shut.",
        &[
            "ethiopia accuses kenya",
            "abebe-kassa holds_role ethiopia",
            "ethiopia closes ethiopia-kenya-border-crossings",
        ],
    );
    check(
        "Home | Laos | Cambodia | Business\n\
         Thailand accused Cambodia of laying mines. Defence Minister Somchai Phumtham \
         said talks were over.",
        &[
            "thailand accuses cambodia",
            "somchai-phumtham holds_role thailand",
        ],
    );
    check(
        "Buenos Aires - Montevideo - Santiago\n\
         Argentina accused the UK of militarising the South Atlantic. The drills took \
         place around the British base on the Falkland Islands. \"It is not routine,\" \
         Foreign Minister Martín Echagüe told reporters.",
        &[
            "argentina accuses united-kingdom",
            "martin-echague holds_role argentina",
        ],
    );
    // A state closing a headline is its speaker, not a menu's item.
    check(
        "Home | Afghanistan | World\n\
         Torkham to stay shut until attacks end, says Pakistan\n\
         Information Minister Attaullah Tarar said the crossing would not reopen.",
        &["attaullah-tarar holds_role pakistan"],
    );
}
