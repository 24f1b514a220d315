//! Who is acted on: people and bodies named only where a relation acts on them, and
//! agents after "by".

use super::check;

#[test]
fn a_name_a_relation_acts_on_is_a_person() {
    // After the relation's noun and its preposition; an apposition after it is no
    // second object.
    check(
        "Britain imposed sanctions on Kyaw Min Thein, the Burmese owner of a casino.",
        &["united-kingdom sanctions kyaw-min-thein"],
    );
    // After its verb, before a comma.
    check(
        "Canada sanctioned Rafael Ortiz Vega, a former general, in March.",
        &["canada sanctions rafael-ortiz-vega"],
    );
    // Before its passive with an agent.
    check(
        "Julio Mejia Lopez was sanctioned by Mexico in 2022.",
        &["mexico sanctions julio-mejia-lopez"],
    );
}

#[test]
fn an_agent_after_by_the() {
    check(
        "Armenia was condemned by the European Union on Monday.",
        &["european-union condemns armenia"],
    );
    // A body of no named state names no agent: the crossing's own state shut it.
    check(
        "Pakistan protested on Monday. \
         The Karakoram post, in China's Xinjiang region, was closed by the authorities in Kashgar.",
        &[
            "karakoram located_in china",
            "xinjiang located_in china",
            "china closes karakoram",
        ],
    );
}
