//! The text's layout: names and sentences across the lines of a hard-wrapped page.

use super::facts;

#[test]
fn a_name_broken_over_two_lines_of_a_wrapped_paragraph_is_one_name() {
    let text = "Pakistan shuts Khunjerab after ambush\n\n\
        ISLAMABAD, May 3 - Pakistan closed the Khunjerab crossing on Friday after\n\
        gunmen killed four soldiers on the road to the pass, officials said, and\n\
        traffic was halted on both sides. Interior Minister Asif Nawaz Warraich\n\
        told reporters in the capital that he blamed the banned Tehreek-i-Taliban\n\
        Pakistan (TTP) for the ambush, which came a week after a similar attack\n\
        on a convoy in the north.";
    let got = facts(text, None);
    assert!(
        got.contains(&"asif-nawaz-warraich accuses tehrik-i-taliban-pakistan".to_string()),
        "{got:?}"
    );
}
