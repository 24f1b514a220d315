//! Denials in less usual shapes: a seat of government for its state, a speaker set off
//! inside the dismissal, a dismissive word past what the charge is about.

use super::*;

#[test]
fn a_seat_of_government_denies_for_its_state() {
    check(
        "Baghdad accused the United States of the strikes. The Pentagon denied any \
         involvement.",
        &["iraq accuses united-states", "united-states denies -"],
    );
}

#[test]
fn a_charge_said_to_be_baseless_by_a_speaker_set_off_by_commas_is_denied() {
    check(
        "Mutinta Hamoonga, Zambia's foreign minister, spoke in Lusaka. Kinshasa's \
         accusations that Zambian police had provoked the violence were, she said, \
         \"baseless and insulting\".",
        &[
            "mutinta-hamoonga holds_role zambia",
            "dr-congo accuses zambia",
            "mutinta-hamoonga denies -",
        ],
    );
}

#[test]
fn a_dismissive_word_past_what_the_charge_is_about_dismisses_it() {
    check(
        "Benin's government spokesman, Alain Orounla, welcomed the reopening but called \
         Nigeria's accusations about a state-backed smuggling trade baseless.",
        &["alain-orounla holds_role benin", "alain-orounla denies -"],
    );
}

#[test]
fn the_copula_after_a_charges_clause_is_not_part_of_the_claim() {
    assert_eq!(
        claims(
            "Kinshasa's accusations that Zambian police had provoked the violence were, \
             she said, baseless."
        )[0],
        "dr-congo accuses zambia: provoked the violence"
    );
}

#[test]
fn a_charge_rejected_by_a_titled_speaker_after_an_article_is_denied() {
    check(
        "Cambodia accused Thailand of shelling a temple. That claim was rejected by a \
         spokeswoman for the Thai foreign ministry, Nikorndej Balankura, who called it \
         baseless.",
        &[
            "cambodia accuses thailand",
            "nikorndej-balankura holds_role thailand",
            "nikorndej-balankura denies -",
        ],
    );
}

#[test]
fn a_charge_dismissed_as_something_by_a_speaker_is_denied() {
    // The agent after what the verb called the charge, quoted or not; the charge's
    // clause ends where the passive begins.
    let text = "Nairobi's accusations that Somali troops had fired on Kenyan positions \
                were dismissed as \"fabricated\" by Ahmed Moalim Fiqi, Somalia's \
                defence minister.";
    check(
        text,
        &[
            "ahmed-moalim-fiqi holds_role somalia",
            "kenya accuses somalia",
            "ahmed-moalim-fiqi denies -",
        ],
    );
    assert!(
        claims(text).contains(&"kenya accuses somalia: fired on Kenyan positions".to_string()),
        "{:?}",
        claims(text)
    );
    check(
        "Kampala's claims were dismissed as propaganda by Juba.",
        &["south-sudan denies -"],
    );
}

#[test]
fn a_lower_case_particle_stays_inside_a_crossing_name() {
    // Catalan and Italian particles: "Coll dels Belitres", "Colle dei Giovi".
    check(
        "Italy closed the small crossing at Colle dei Giovi on Monday.",
        &["italy closes colle-dei-giovi"],
    );
}

#[test]
fn an_official_who_dismisses_a_charge_speaks_for_the_state_accused() {
    check(
        "Uganda's agriculture minister, Frank Tumwebaze, dismissed Kenyan accusations \
         that the milk had been contaminated.",
        &[
            "frank-tumwebaze holds_role uganda",
            "frank-tumwebaze denies -",
            "kenya accuses uganda",
        ],
    );
}

#[test]
fn one_who_dismisses_his_own_states_charge_is_the_one_accused() {
    check(
        "Opposition leader Bobi Wine dismissed Ugandan government accusations that he had \
         incited riots.",
        &["bobi-wine denies -", "uganda accuses bobi-wine"],
    );
    // Only a denial's agent follows "as … by": here "by" is the charge's own.
    check(
        "Venezuela's charges were rejected as an attempt by Caracas to distract voters.",
        &[],
    );
    // The claim keeps its own passive.
    assert_eq!(
        claims("Kabul rejected Pakistani accusations that the Torkham crossing was closed without notice."),
        [
            "afghanistan denies -: Pakistani accusations that the Torkham crossing was closed without notice",
            "pakistan accuses afghanistan: the Torkham crossing was closed without notice",
        ]
    );
}

#[test]
fn a_charge_called_something_in_quotation_marks_is_denied() {
    // The quotation mark before the dismissive word, a possessive before the charge.
    check(
        "Tanzania's trade minister, Ashatu Kijaji, called Nairobi's claims \"baseless and \
         insulting\".",
        &[
            "ashatu-kijaji holds_role tanzania",
            "ashatu-kijaji denies -",
        ],
    );
}

#[test]
fn a_place_opening_the_sentence_has_no_apposition() {
    // "In Minsk, a spokesman, X," describes the spokesman, not Minsk.
    check(
        "Lithuania accused Belarus of hybrid attacks. In Minsk, a spokesman, Anton \
         Kavalenka, denied the accusations. In Nairobi, a spokeswoman, Jane Wambui, \
         rejected the claims.",
        &[
            "lithuania accuses belarus",
            "anton-kavalenka holds_role belarus",
            "anton-kavalenka denies -",
            "jane-wambui holds_role kenya",
            "jane-wambui denies -",
        ],
    );
}

#[test]
fn the_act_condemned_after_an_adjunct_is_its_agents() {
    check(
        "Cameroon closed Kye-Ossi. Governor Leandro Mba Nsang condemned on the radio what he called the \"provocation\" of the Cameroonian gendarmes.",
        &[
            "cameroon closes kye-ossi",
            "leandro-mba-nsang condemns cameroon",
        ],
    );
}

#[test]
fn claims_called_baseless_after_a_long_possessive() {
    check(
        "Ghana accused Togo of harbouring smugglers. Togolese spokesman Yawa Kouigan \
         called the Ghanaian interior minister's claims \"baseless\".",
        &[
            "ghana accuses togo",
            "yawa-kouigan holds_role togo",
            "yawa-kouigan denies -",
        ],
    );
}

#[test]
fn the_agent_of_a_condemned_act_in_a_relative_clause_is_condemned() {
    check(
        "Kenya closed the Mandera crossing with Somalia. Nairobi condemned the attack, \
         which it said was carried out by al-Shabaab militants.",
        &[
            "kenya borders somalia",
            "kenya closes mandera-crossing",
            "kenya condemns al-shabaab",
        ],
    );
    // An agent of another event named inside the clause, or another's word, is not
    // the one condemned.
    check(
        "Afghanistan closed Torkham. Kabul condemned the air strikes, which followed a \
         bombing carried out by the Pakistani Taliban. Kabul also condemned the raid, \
         which Islamabad claimed had been carried out by the Taliban.",
        &[
            "afghanistan closes torkham",
            "afghanistan condemns -",
            "afghanistan condemns pakistan",
        ],
    );
}

#[test]
fn a_closing_a_speaker_denies_is_negated() {
    // The state named in the denied clause did not close, whoever denies it.
    check(
        "Ali Rahimi, Iran's foreign minister, denied that Iran had closed the border with \
         Azerbaijan.",
        &[
            "ali-rahimi holds_role iran",
            "azerbaijan borders iran",
            "ali-rahimi denies -",
            "iran closes azerbaijan-iran-border-crossings [negated]",
        ],
    );
    check(
        "Baku rejected that its guards would reopen the Astara crossing.",
        &["azerbaijan denies -", "azerbaijan reopens astara [negated]"],
    );
    // Not denied, or a relative clause denied: asserted.
    check(
        "Tehran did not deny that Iran had closed the border with Azerbaijan.",
        &[
            "azerbaijan borders iran",
            "iran denies - [negated]",
            "iran closes azerbaijan-iran-border-crossings",
        ],
    );
    check(
        "Armenia denied that Azerbaijan, which closed the Lachin corridor in December, \
         had any right to the road.",
        &["armenia denies -", "azerbaijan closes lachin-crossing"],
    );
    // Said, not denied: asserted.
    check(
        "Tehran said that Iran had closed the border with Azerbaijan.",
        &[
            "azerbaijan borders iran",
            "iran closes azerbaijan-iran-border-crossings",
        ],
    );
}

#[test]
fn a_charge_after_went_on_to_is_the_speakers() {
    check(
        "Hossein Rezaeipour, a spokesman for Iran's foreign ministry, spoke on Monday. \
         Rezaeipour went on to accuse Baku of lying.",
        &[
            "hossein-rezaeipour holds_role iran",
            "hossein-rezaeipour accuses azerbaijan",
        ],
    );
}

#[test]
fn an_owners_charge_a_speaker_calls_false_is_the_owners() {
    // The speaker does not accuse; the charge's owner does.
    check(
        "Yelena Kostrova, a spokeswoman for Russia's foreign ministry, spoke on Monday. \
         Warsaw's accusations that the Kremlin was behind the flights were \"an absurd \
         fantasy\", she said.",
        &[
            "yelena-kostrova holds_role russian-foreign-ministry",
            "poland accuses russia",
        ],
    );
}

#[test]
fn it_opening_a_dismissed_charge_is_who_dismisses_it() {
    check(
        "Laos closed the Nam Phao checkpoint. Hanoi said the driver was Vietnamese. \
         Truong Phat Logistics dismissed Vientiane's accusations that it had knowingly \
         carried drugs.",
        &[
            "laos closes nam-phao",
            "truong-phat-logistics denies -",
            "laos accuses truong-phat-logistics",
        ],
    );
    check(
        "Somalia closed the Bula Hawo crossing. Ethiopia urged calm. Nairobi rejected Somali \
         accusations that it had armed the militia.",
        &[
            "somalia closes bula-hawo",
            "kenya denies -",
            "somalia accuses kenya",
        ],
    );
    // Not a person who dismisses a charge against "it": his state, or another.
    check(
        "Kenya closed the Busia crossing. Ali Hassan dismissed Somali accusations that \
         it had armed the militia.",
        &[
            "kenya closes busia",
            "ali-hassan denies -",
            "somalia accuses kenya",
        ],
    );
}

#[test]
fn an_official_of_no_state_read_is_not_the_accused() {
    // He speaks for a ministry the sentence does not name: the charge is against no one
    // named; a man with no office who dismisses a charge is its target.
    check(
        "A spokesman for the ministry, Ehsanullah Wardak, dismissed Islamabad's \
         allegations as baseless.",
        &["ehsanullah-wardak denies -"],
    );
    // A spokesman of a body of no state is not its target either: the charge may be
    // against another ("IAEA spokesman X dismissed Moscow's accusations").
    check(
        "M23 spokesman Lawrence Kanyuka dismissed Kinshasa's accusations.",
        &[
            "lawrence-kanyuka holds_role m23",
            "lawrence-kanyuka denies -",
        ],
    );
    check(
        "Juma Otieno dismissed Kampala's allegations that he had smuggled fuel.",
        &["juma-otieno denies -", "uganda accuses juma-otieno"],
    );
}
