//! When a fact happened: the date of its sentence, and the day a later sentence says
//! the act starts on.

use super::extracted;
use crate::model::Relation;

/// The closures of `text` (published 2023-11-23) as "subject object date".
fn dated_closures(text: &str) -> Vec<String> {
    extracted(&format!("Intro.\n{text}"), Some("2023-11-23"))
        .iter()
        .filter(|f| matches!(f.relation, Relation::CLOSES | Relation::REOPENS))
        .map(|f| {
            format!(
                "{} {} {} {}",
                f.subject,
                f.relation,
                f.object.as_ref().map_or("-", |o| o.as_str()),
                f.date.as_deref().unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn a_sentence_saying_when_the_act_before_starts_dates_it_again() {
    assert_eq!(
        dated_closures(
            "Finland announced on Nov. 22 that it would close all but the northernmost \
             crossing with Russia. The measure will take effect on Nov. 24."
        ),
        [
            "finland closes finland-russia-border-crossings 2023-11-22",
            "finland closes finland-russia-border-crossings 2023-11-24",
        ]
    );
    assert_eq!(
        dated_closures(
            "Kenya said on Monday it would reopen the Namanga crossing. The reopening \
             comes into force on 1 December."
        ),
        [
            "kenya reopens namanga 2023-11-20",
            "kenya reopens namanga 2023-12-01",
        ]
    );
    // The actor's own decision.
    assert_eq!(
        dated_closures(
            "Finland said on Wednesday it would close four crossings with Russia. \
             Finland's decision is expected to take effect on November 24."
        ),
        [
            "finland closes finland-russia-border-crossings 2023-11-22",
            "finland closes finland-russia-border-crossings 2023-11-24",
        ]
    );
    // Not another state's decision, nor a measure that will not start.
    assert_eq!(
        dated_closures(
            "Chad closed the Adré crossing on Monday. Sudan said the decision would take \
             effect on 3 March."
        ),
        ["chad closes adre-crossing 2023-11-20"]
    );
    assert_eq!(
        dated_closures(
            "Chad closed the Adré crossing on Monday. The closure will not take effect \
             before 3 December."
        ),
        ["chad closes adre-crossing 2023-11-20"]
    );
}

#[test]
fn only_a_measure_that_starts_on_a_calendar_day_dates_the_act_before() {
    // A weekday counts backwards from publication; the start is to come.
    assert_eq!(
        dated_closures(
            "Finland said on Wednesday it would close four crossings with Russia. The \
             closure will take effect on Friday."
        ),
        ["finland closes finland-russia-border-crossings 2023-11-22"]
    );
    // Another measure's start, a start that may not come, a date that is not the
    // start's.
    for second in [
        "The new measure on khat imports, announced last week, takes effect on 1 December.",
        "It also announced new visa rules, which will take effect on 1 December.",
        "The closure could take effect as early as 1 December.",
        "The measure will take effect within 48 hours, the ministry said on 24 November.",
    ] {
        assert_eq!(
            dated_closures(&format!(
                "Kenya said on Monday it would close the Namanga crossing. {second}"
            )),
            ["kenya closes namanga 2023-11-20"],
            "{second}"
        );
    }
    // "The reopening" dates no closure.
    assert_eq!(
        dated_closures(
            "Kenya said on Monday it would close the Namanga crossing. The reopening will \
             take effect on 1 December."
        ),
        ["kenya closes namanga 2023-11-20"]
    );
}
