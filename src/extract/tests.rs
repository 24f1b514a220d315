//! Sentence-level extraction checks: each case is a text and the facts it must give,
//! written as `subject relation object [modality]`.

use super::*;
use std::path::Path;

fn lexicon() -> Lexicon {
    Lexicon::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon")).unwrap()
}

fn facts(text: &str, published: Option<&str>) -> Vec<String> {
    let doc = Document {
        meta: crate::model::DocMeta {
            id: "t".into(),
            published: published.map(str::to_string),
            ..Default::default()
        },
        text: text.to_string(),
        hints: Vec::new(),
    };
    let out = extract(&doc, &lexicon());
    out.facts
        .iter()
        .filter(|f| f.relation != Relation::SAYS)
        .map(|f| {
            let mut s = format!(
                "{} {} {}",
                f.subject,
                f.relation,
                f.object.as_ref().map_or("-", |o| o.as_str())
            );
            if f.modality != Modality::Asserted {
                s.push_str(&format!(" [{}]", f.modality));
            }
            s
        })
        .collect()
}

#[track_caller]
fn check(text: &str, expected: &[&str]) {
    let got = facts(&format!("Intro.\n{text}"), Some("2023-11-23"));
    assert_eq!(got, expected, "\ntext: {text}");
}

#[test]
fn accusations() {
    check(
        "Helsinki accuses Russia of orchestrating the migration flow in retaliation for Finland joining NATO, which Moscow denies.",
        &["finland accuses russia", "finland member_of nato", "russia denies -"],
    );
    check(
        "Baltic nations Estonia and Latvia, like Finland, have accused Moscow of sending migrants to their borders.",
        &["estonia accuses russia", "latvia accuses russia"],
    );
    check(
        "It comes as Moscow was accused of attempting to destabilise the area.",
        &[],
    );
}

#[test]
fn closures_and_modality() {
    check(
        "Norway has announced it could join Finland and close its only open border with Russia.",
        &[
            "norway borders russia",
            "norway closes norway-russia-border-crossings [possible]",
        ],
    );
    check(
        "Finland has responded by closing all but one of its eight border crossings with Russia.",
        &[
            "finland borders russia",
            "finland closes finland-russia-border-crossings",
        ],
    );
    check(
        "Speaking at a press conference, he said they are keeping a close eye on the situation.",
        &[],
    );
}

#[test]
fn hedged_active_verbs_and_numbers() {
    check(
        "On the same day, Estonian Interior Minister Lauri Laanemets accused Russia of conducting \"a coordinated offensive operation\" to push migrants to the border, and said Estonia was prepared to close border crossings if \"migrant pressure from Russia escalates,\" Reuters reported.",
        &[
            "lauri-laanemets holds_role estonia",
            "lauri-laanemets accuses russia",
            "estonia closes estonia-russia-border-crossings [possible]",
        ],
    );
    check(
        "Finland shares a 1,340km border with Russia.",
        &["finland borders russia"],
    );
}

#[test]
fn names_the_lexicon_does_not_know() {
    check(
        "Lithuanian Interior Minister Agnė Bilotaitė accused Belarus of using migrants as a weapon. Bilotaitė said Vilnius would shut the Medininkai crossing if necessary.",
        &[
            "agne-bilotaite holds_role lithuania",
            "agne-bilotaite accuses belarus",
            "lithuania closes medininkai [possible]",
        ],
    );
    check(
        "Anton Bychkovsky, a spokesman for the Belarusian border committee, denied the claims.",
        &[
            "anton-bychkovsky holds_role belarus",
            "anton-bychkovsky denies -",
        ],
    );
    check(
        "Finland closed the Vartius checkpoint and the Kuusamo border crossing on Friday.",
        &["finland closes vartius", "finland closes kuusamo"],
    );
    check(
        "The Ministry of the Interior said Minsk was orchestrating the crossings.",
        &["ministry-of-the-interior accuses belarus"],
    );
}
