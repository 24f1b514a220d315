//! What no one states: questions of what may happen, commentators' guesses, and words
//! that only look like verbs of saying.

use super::*;

#[test]
fn a_question_of_what_may_happen_states_nothing() {
    // The gold's hypotheticals in questions: no possible closure.
    check("Will Zimbabwe close the Forbes crossing too?", &[]);
    check(
        "And if Nairobi holds firm, will Kampala answer by shutting the Malaba crossing in turn?",
        &[],
    );
    // A question about what happened presupposes it.
    check(
        "Why did Kenya close the Namanga crossing?",
        &["kenya closes namanga"],
    );
    // A threat in a statement stays possible.
    check(
        "Kenya could close the Namanga crossing again, the interior minister warned.",
        &["kenya closes namanga [possible]"],
    );
}

#[test]
fn commentators_guesses_state_no_possible_act() {
    check(
        "Some analysts believe Beijing may keep the Khunjerab Pass shut for weeks to press Islamabad.",
        &[],
    );
    check(
        "Analysts say the kingdom may keep the Al-Wadiah crossing shut well into the new year.",
        &[],
    );
    check(
        "Thailand could close the Mae Sai crossing again, according to analysts.",
        &[],
    );
    // What they report as done stays.
    check(
        "Analysts say Thailand closed the Mae Sai crossing to press Naypyidaw.",
        &["thailand closes mae-sai-crossing"],
    );
}

#[test]
fn a_gerund_between_a_verb_and_its_noun_is_no_statement() {
    // "fired warning shots": no statement by the fighters, and the charge is read.
    let got = facts(
        "Bangladesh and Myanmar share a border.\nLieutenant Colonel Ashikur Rahman, commander of the Border Guard Bangladesh battalion in Teknaf, said Arakan Army fighters had fired warning shots over the boats before towing them to the Myanmar bank.",
        None,
    );
    assert!(
        got.contains(&"ashikur-rahman accuses arakan-army".to_string())
            && got.contains(&"ashikur-rahman holds_role border-guard-bangladesh".to_string()),
        "{got:?}"
    );
    let speakers = |text: &str| -> Vec<String> {
        statements(text)
            .into_iter()
            .filter_map(|s| s.split(':').next().map(str::to_string))
            .collect()
    };
    assert_eq!(
        speakers("Kenyan officials said Ugandan soldiers had fired warning shots over the boats."),
        ["kenya"]
    );
    // After a verb that takes a gerund, it still says.
    assert_eq!(
        speakers("The police spokesman, David Misime, started warning traders on Monday that the road would close."),
        ["david-misime"]
    );
}

#[test]
fn a_town_named_after_its_crossing_names_the_crossing_for_later_references() {
    check(
        "Iran closed the Milak crossing on Thursday. Afghanistan said it had not closed its side of the crossing at Zaranj. When might Milak reopen? Iran said the crossing could reopen within days.",
        &[
            "iran closes milak-crossing",
            "afghanistan closes zaranj-crossing [negated]",
            "iran reopens milak-crossing [possible]",
        ],
    );
}

#[test]
fn a_body_named_before_its_acronym_or_a_bloc_left_is_the_one_of_membership() {
    check(
        "The Economic Community of Central African States (ECCAS), to which Chad belongs, called for calm.",
        &["chad member_of economic-community-of-central-african-states"],
    );
    // "is not a member", of the body the clause named after a word of leaving.
    check(
        "Mali, which withdrew from ECOWAS in January, is no longer a member.",
        &["mali member_of economic-community-of-west-african-states [negated]"],
    );
    // A body named for another reason is not the one.
    check(
        "Kenya, which hosts the UN Environment Programme, is a member.",
        &[],
    );
}

#[test]
fn a_question_after_a_statement_keeps_the_statements_threat() {
    // A clause or quotation before the question: its threat stands.
    check(
        "Uganda threatens to shut the Malaba crossing: will Kenya blink?",
        &["uganda closes malaba [possible]"],
    );
    // A named speaker's threat in a sentence that also cites analysts stands.
    check(
        "Interior Minister Kithure Kindiki said Kenya could close the Namanga crossing, a step analysts said would hurt traders.",
        &[
            "kithure-kindiki holds_role kenya",
            "kenya closes namanga [possible]",
        ],
    );
    // Experts named by their body are a source.
    check(
        "UN experts said Rwanda could close the Rusizi crossing.",
        &["rwanda closes rusizi [possible]"],
    );
}

#[test]
fn a_quoted_title_before_the_verb_is_no_quotation_of_the_speaker() {
    assert_eq!(
        statements("The Rwandan statement, entitled \"Setting the record straight,\" said Burundi had sheltered the rebels."),
        Vec::<String>::new()
    );
}

#[test]
fn only_a_places_own_office_and_a_charge_in_a_relative_clause() {
    // A consul posted in a town serves a state, not the town.
    check(
        "Ali Khan, Jalalabad's consul general, said the road was shut.",
        &[],
    );
    // A noun act in a relative clause is still charged.
    check(
        "Lithuania's interior minister, who called the crossings a hybrid attack by Belarus, said the border would stay shut.",
        &["lithuania accuses belarus"],
    );
    // No membership from a body named after a verb of something else.
    check(
        "Eritrea, which rejected criticism from the African Union, is not a member.",
        &["eritrea denies -"],
    );
}

#[test]
fn what_traders_or_analysts_expect_a_state_to_do_is_no_fact() {
    check(
        "Senegal closed Kidira on Monday. Some traders in Kayes expect Mali to shut Diboli \
         in retaliation.",
        &["senegal closes kidira"],
    );
    check(
        "Kenya closed Namanga on Monday. Analysts expect Tanzania to reopen Holili.",
        &["kenya closes namanga"],
    );
    // A state's own expectation is said: possible.
    check(
        "Kenya closed Namanga on Monday. Kenya expects Tanzania to reopen Holili.",
        &["kenya closes namanga", "tanzania reopens holili [possible]"],
    );
}

#[test]
fn a_condition_in_a_relative_clause_is_the_relative_clauses() {
    check(
        "Ghana and Togo belong to ECOWAS, whose treaty lets members close borders in the \
         event of an epidemic.",
        &[
            "ghana member_of economic-community-of-west-african-states",
            "togo member_of economic-community-of-west-african-states",
        ],
    );
    // A comma inside the relative clause does not end it.
    check(
        "Ghana belongs to ECOWAS, whose protocol, signed in 1979, lets members close \
         borders in the event of an epidemic.",
        &["ghana member_of economic-community-of-west-african-states"],
    );
}

#[test]
fn what_speakers_expect_a_government_to_do_is_no_act() {
    // "expect the government to shut": the article before the infinitive's subject.
    check(
        "Mali closed the Kidira crossing. Traders in Kayes expect the government to shut \
         Diboli as well.",
        &["mali closes kidira"],
    );
    check(
        "Mali closed the Kidira crossing. Hauliers urged the government to reopen it.",
        &["mali closes kidira", "mali reopens kidira [possible]"],
    );
}

#[test]
fn a_gerund_before_a_speaker_set_off_by_commas_is_no_ones_act() {
    // The gerund is the subject of what follows the speaker: an act talked about.
    check(
        "France closed the Santiago bridge. Closing the bridges, Spain warned, only \
         pushes people towards the river.",
        &["france closes santiago-bridge"],
    );
    check(
        "France closed the Santiago bridge. Shutting the border, Spain told reporters, \
         would hurt traders.",
        &["france closes santiago-bridge"],
    );
    // Not a comma inside what the speaker said: the participle is the speaker's act.
    check(
        "Closing the Poipet crossing, Thailand said the move, which angered traders, \
         was temporary.",
        &["poipet located_in thailand", "thailand closes poipet"],
    );
    // Not a participle whose subject speaks after it without a comma: hers.
    check(
        "France closed the Santiago bridge. Closing the bridges on Monday, Spain accused \
         France of negligence.",
        &[
            "france closes santiago-bridge",
            "spain closes france-spain-border-crossings",
            "spain accuses france",
        ],
    );
}

#[test]
fn what_a_clause_demands_is_only_possible() {
    check(
        "Truckers demanded that Kenya reopen the Malaba crossing. Officials proposed that \
         Uganda close the Busia crossing.",
        &[
            "kenya reopens malaba [possible]",
            "uganda closes busia [possible]",
        ],
    );
    // What a speaker holds happened is asserted.
    check(
        "Kenya insisted that Uganda had closed the Busia crossing. Nairobi was convinced \
         that Uganda closed the Busia crossing. Kenya demanded that Uganda, which closed \
         the Busia crossing on Monday, explain itself.",
        &[
            "uganda closes busia",
            "uganda closes busia",
            "uganda closes busia",
        ],
    );
}

#[test]
fn a_question_asked_is_no_act_unless_answered_no() {
    // Answered no: the act is negated.
    check(
        "Asked whether Nicaragua would close its crossings with Honduras, the minister said it would not.",
        &["nicaragua closes honduras-nicaragua-border-crossings [negated]"],
    );
    // Not every "not" after a statement answers: "said he could not comment".
    check(
        "Asked whether Ghana would close its border with Togo, the spokesman said he could not comment.",
        &[],
    );
    // Unanswered, or an open question: nobody's act.
    check(
        "Reporters asked whether Nicaragua would close its crossings with Honduras.",
        &[],
    );
    check("It is unclear whether Uganda will close Malaba.", &[]);
    // "whether to" weighs a plan.
    check(
        "Kenya is weighing whether to close Malaba.",
        &["kenya closes malaba [possible]"],
    );
}
