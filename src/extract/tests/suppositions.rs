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
        let doc = Document {
            meta: crate::model::DocMeta {
                id: "t".into(),
                ..Default::default()
            },
            text: text.into(),
            hints: Vec::new(),
        };
        let out = extract(&doc, &lexicon());
        out.facts
            .iter()
            .filter(|f| f.relation == Relation::SAYS)
            .map(|f| f.subject.to_string())
            .collect()
    };
    assert_eq!(
        speakers("Intro.\nKenyan officials said Ugandan soldiers had fired warning shots over the boats."),
        ["kenya"]
    );
    // After a verb that takes a gerund, it still says.
    assert_eq!(
        speakers("Intro.\nThe police spokesman, David Misime, started warning traders on Monday that the road would close."),
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
