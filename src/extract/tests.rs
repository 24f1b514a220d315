//! Sentence-level extraction checks: each case is a text and the facts it must give,
//! written as `subject relation object [modality]`.

use super::*;
use crate::model::{Modality, Relation};
use std::path::Path;

mod actors;
mod acts;
mod adjuncts;
mod blocs;
mod breakaway;
mod clauses;
mod complements;
mod constructions;
mod coordination;
mod crossing_names;
mod crossing_refs;
mod crossings;
mod dates;
mod denials;
mod groups;
mod idioms;
mod officials;
mod places;
mod references;
mod reopenings;
mod sanctions;
mod suppositions;

pub(super) fn lexicon() -> Lexicon {
    Lexicon::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon")).unwrap()
}

/// What the extractor reads in `text`, published on `published`.
fn extracted(text: &str, published: Option<&str>) -> Vec<crate::model::Fact> {
    let doc = Document {
        meta: crate::model::DocMeta {
            id: "t".into(),
            published: published.map(str::to_string),
            ..Default::default()
        },
        text: text.to_string(),
        hints: Vec::new(),
    };
    extract(&doc, &lexicon()).facts
}

pub(super) fn facts(text: &str, published: Option<&str>) -> Vec<String> {
    extracted(text, published)
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

/// The facts of `text` with their claims: "subject relation object: claim".
pub(super) fn claims(text: &str) -> Vec<String> {
    extracted(&format!("Intro.\n{text}"), None)
        .iter()
        .filter(|f| f.relation != Relation::SAYS && f.relation != Relation::HOLDS_ROLE)
        .map(|f| {
            format!(
                "{} {} {}: {}",
                f.subject,
                f.relation,
                f.object.as_ref().map_or("-", |o| o.as_str()),
                f.claim.as_deref().unwrap_or("")
            )
        })
        .collect()
}

/// The statements of a text, as `speaker: what was said`.
pub(super) fn statements(text: &str) -> Vec<String> {
    extracted(&format!("Intro.\n{text}"), None)
        .iter()
        .filter(|f| f.relation == Relation::SAYS)
        .map(|f| format!("{}: {}", f.subject, f.claim.as_deref().unwrap_or("")))
        .collect()
}

#[track_caller]
pub(super) fn check(text: &str, expected: &[&str]) {
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
        // "like Finland": Finland has too.
        &["estonia accuses russia", "latvia accuses russia", "finland accuses russia"],
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
    // A ministry named without its state speaks for the state the article is about.
    check(
        "Lithuania is worried. The Ministry of the Interior said Minsk was orchestrating the crossings.",
        &["lithuania accuses belarus"],
    );
}

#[test]
fn officials_of_any_state() {
    check(
        "Thailand's interior minister, Anutin Charnvirakul, said the crossings would stay shut.",
        &["anutin-charnvirakul holds_role thailand"],
    );
    check(
        "Kenyan President William Ruto condemned the attack by al-Shabaab fighters.",
        &[
            "william-ruto holds_role kenya",
            "william-ruto condemns al-shabaab",
        ],
    );
    check(
        "Foreign Secretary Priya Raman accused Ghana of lying.",
        &["priya-raman accuses ghana"],
    );
}

#[test]
fn state_organs_act_for_their_state() {
    check(
        "The Thai army accused Cambodian troops of laying fresh landmines.",
        &["thailand accuses cambodia"],
    );
    check(
        "Pakistan's foreign ministry blamed Afghanistan for the attack.",
        &["pakistan accuses afghanistan"],
    );
    check(
        "Caracas accused Bogotá of harbouring armed groups.",
        &["venezuela accuses colombia"],
    );
}

#[test]
fn closures_reported_and_announced() {
    check(
        "Pakistan said it had closed the Torkham crossing with Afghanistan.",
        &["afghanistan borders pakistan", "pakistan closes torkham"],
    );
    check(
        "Burundi closed its border with Rwanda on Thursday.",
        &[
            "burundi borders rwanda",
            "burundi closes burundi-rwanda-border-crossings",
        ],
    );
    check(
        "Chad kept its border with Sudan shut.",
        &[
            "chad borders sudan",
            "chad closes chad-sudan-border-crossings",
        ],
    );
}

#[test]
fn accusations_and_denials_phrased_many_ways() {
    check(
        "Kinshasa blamed Rwanda for the fall of Goma.",
        &["dr-congo accuses rwanda"],
    );
    check("Rwanda rejected the claims.", &["rwanda denies -"]);
    check(
        "Cambodia and Thailand traded accusations over the clashes.",
        &["cambodia accuses thailand", "thailand accuses cambodia"],
    );
}

#[test]
fn relations_declared_only_in_data() {
    check(
        "Pakistan condemned Iran's strike on its territory.",
        &["pakistan condemns iran"],
    );
    check(
        "The United States imposed sanctions on two Rwandan officials and on Rwanda.",
        &["united-states sanctions rwanda"],
    );
}

#[test]
fn names_that_hold_a_place_word_and_untitled_portfolios() {
    // Given names the gazetteer also knows as towns, a state's name opening a name,
    // and "Minister of <portfolio the lexicon does not list>".
    check(
        "The Peruvian minister of the interior, Victor Santos Ramirez, said the border stayed calm.",
        &["victor-santos-ramirez holds_role peru"],
    );
    check(
        "Lebanese Deputy Prime Minister Jordan Malik said on Monday the talks had ended.",
        &["jordan-malik holds_role lebanon"],
    );
    check(
        "Ghana's minister of lands and forestry, Kwame Asante, accused Togo of shielding smugglers.",
        &["kwame-asante holds_role ghana", "kwame-asante accuses togo"],
    );
    check(
        "The president of Paraguay Luis Benitez met his Bolivian counterpart, Marco Quispe, in Asuncion.",
        &["luis-benitez holds_role paraguay", "marco-quispe holds_role bolivia"],
    );
}

#[test]
fn blame_on_and_coordinated_verbs() {
    check(
        "Niger blamed the ambush on the Islamic State group.",
        &["niger accuses islamic-state"],
    );
    check(
        "The foreign ministry of Chile summoned the envoy and accused Argentina of moving troops.",
        &["chile accuses argentina"],
    );
    check(
        "Bhutan could follow India and close its crossings with China.",
        &[
            "bhutan borders china",
            "bhutan closes bhutan-china-border-crossings [possible]",
        ],
    );
}

#[test]
fn crossings_named_and_reopened_many_ways() {
    check(
        "Israel reopened Nitzana on Sunday. Senegal closed Kalifourou again.",
        &["israel reopens nitzana", "senegal closes kalifourou"],
    );
    check(
        "Officials in Lima said the Santa Rosa Bajo crossing will reopen on Monday.",
        &["peru reopens santa-rosa-bajo"],
    );
    check(
        "The crossing at Akhaura, between Bangladesh and India, was reopened on Tuesday.",
        &[
            "bangladesh borders india",
            "bangladesh reopens akhaura",
            "india reopens akhaura",
        ],
    );
    check(
        "Ecuador lifted the closure of the Huaquillas post on Friday.",
        &["ecuador reopens huaquillas-crossing"],
    );
}

#[test]
fn places_set_off_by_an_apposition() {
    // Names no gazetteer lists, placed by a comma and "in", or by an apposition
    // naming a settlement.
    check(
        "Traders crossed at Bakori, in Katsina State, and at Zongo, a market town in Niger's Dosso region.",
        &[
            "bakori located_in katsina-state",
            "zongo located_in dosso-region",
            "dosso-region located_in niger",
        ],
    );
    check(
        "Shelling hit Tavush, an exclave of Armenia's Ijevan district, on Friday.",
        &[
            "tavush located_in armenia",
            "tavush located_in ijevan",
            "ijevan located_in armenia",
        ],
    );
    check(
        "Rockets came from Qamishli, a Kurdish-held city in Syria.",
        &["qamishli located_in syria"],
    );
    // A gazetteer town of a state the article never names lies nowhere known: the
    // border is not between its state and the other.
    check(
        "The road between Joda, in White Nile state, and Renk, in Upper Nile state, will reopen.",
        &["joda located_in white-nile", "renk located_in upper-nile"],
    );
}

#[test]
fn roles_behind_ranks_honorifics_and_bodies() {
    // An honorific is not part of the name; a rank is followed by the office that says
    // whose; a short lowercase syllable after a hyphen belongs to the name.
    check(
        "Omani Foreign Minister Sheikh Badr bin Hamad al-Busaidi said the talks had ended.",
        &["badr-bin-hamad-al-busaidi holds_role oman"],
    );
    check(
        "The order came from Colonel Assimi Goita, Mali's interim president, on Friday.",
        &["assimi-goita holds_role mali"],
    );
    check(
        "Moon Jae-in, a spokesman for South Korea's defence ministry, said the talks would go on.",
        &["moon-jae-in holds_role south-korea"],
    );
    check(
        "Nasser Kanaani, foreign policy adviser to the Iranian president, went further.",
        &["nasser-kanaani holds_role iran"],
    );
    // A title of address or a police rank set off after the office, with its period.
    check(
        "By phone, Liberia's Minister of Justice, Cllr. Moses D. Gbayou, said it was a precaution.",
        &["moses-d-gbayou holds_role liberia"],
    );
    check(
        "Mozambique's police spokesman, Inspector Celestino Matsinhe, dismissed the claims.",
        &[
            "celestino-matsinhe holds_role mozambique",
            "celestino-matsinhe denies -",
        ],
    );
    // The office before the next name is that name's, not the one before the comma
    // (Sharif's own state is known from the gazetteer of officials).
    check(
        "Chaired by Prime Minister Shehbaz Sharif, Pakistan's foreign secretary Asad Gilani announced the closure of the post.",
        &["shehbaz-sharif holds_role pakistan", "asad-gilani holds_role pakistan"],
    );
}

#[test]
fn known_officials_serve_their_own_state() {
    // An office named without its state is the known holder's, whatever other state
    // the sentence names; the family name alone stands for the person later.
    check(
        "Prime Minister Nikol Pashinyan told parliament that Azerbaijan was pursuing a policy of ethnic cleansing.",
        &["nikol-pashinyan holds_role armenia", "nikol-pashinyan accuses azerbaijan"],
    );
    check(
        "Foreign Minister Sameh Shoukry met his counterpart in Khartoum. Later, Foreign Minister Shoukry said Egypt would keep the Qustul crossing closed.",
        &[
            "sameh-shoukry holds_role egypt",
            "sameh-shoukry holds_role egypt",
            "egypt closes qustul",
        ],
    );
    // A family name the gazetteer lists no alias for, once the full name is read.
    check(
        "Foreign Minister Carlos Ramiro Martínez spoke in Mexico City. Martínez accused Mexico of ignoring the violence.",
        &[
            "carlos-ramiro-martinez holds_role guatemala",
            "carlos-ramiro-martinez accuses mexico",
        ],
    );
}

#[test]
fn blame_in_relative_clauses_and_object_pronouns() {
    // The blamed act is the noun a relative clause hangs on.
    check(
        "The convoy was hit in an ambush that Kinshasa blamed on Rwandan troops.",
        &["dr-congo accuses rwanda"],
    );
    // An object pronoun stands for none of its clause's subjects.
    check(
        "Kenya, Uganda and Tanzania closed their borders with Burundi, accusing it of sheltering rebels.",
        &[
            // Only Tanzania of the three has a land border with Burundi, so only it
            // has crossings with Burundi to close.
            "burundi borders tanzania",
            "tanzania closes burundi-tanzania-border-crossings",
            "kenya accuses burundi",
            "uganda accuses burundi",
            "tanzania accuses burundi",
        ],
    );
    // What a speaker says another state did is an accusation.
    check(
        "Afghan officials said Islamabad was giving shelter to the militants.",
        &["afghanistan accuses pakistan"],
    );
}

#[test]
fn charges_named_with_a_dismissive_word_are_denied() {
    check(
        "Chad accused Sudan of arming the rebels. Sudan's foreign minister, Ali Sadiq, called the accusations baseless.",
        &[
            "chad accuses sudan",
            "ali-sadiq holds_role sudan",
            "ali-sadiq denies -",
        ],
    );
    // A charge called serious is not denied.
    check(
        "Chad accused Sudan of arming the rebels. Sudan said the accusations were serious.",
        &["chad accuses sudan"],
    );
}

#[test]
fn hyphenated_adjectives_and_quantities_of_sanctions() {
    // "the Iran-backed Houthis": the name inside the adjective is not the object.
    check(
        "Saudi Arabia accused the Iran-backed Houthis of firing missiles.",
        &["saudi-arabia accuses houthis"],
    );
    check(
        "Canada has imposed six packages of sanctions on Belarus since 2020.",
        &["canada sanctions belarus"],
    );
}

#[test]
fn a_state_joined_to_a_participle_is_a_patron_not_an_actor() {
    // The faction speaks, not its patron; its spokesman holds no office of Iran.
    check(
        "Saraya al-Badiya, an Iran-aligned armed faction, blamed Israel for the attack. \
         Ali Hassan, a spokesman for an Iran-backed militia, denied the charge.",
        &["ali-hassan denies -"],
    );
    // Wherever it stands; a body can be a patron too.
    check(
        "Iran-backed militias said they would close the Al-Qaim crossing. Kenya blamed \
         the attack on UN-backed forces.",
        &[],
    );
    // A state leading a coalition still speaks through it.
    check(
        "Turki al-Maliki, spokesman for the Saudi-led coalition, accused Iran of arming \
         the Houthis.",
        &[
            "turki-al-maliki holds_role saudi-arabia",
            "turki-al-maliki accuses iran",
        ],
    );
}

#[test]
fn a_subordinate_clause_closes_nothing_named_before_it() {
    // The terminal shut in the "while" clause is no crossing of the main clause.
    check(
        "Oman has not closed the Wajajah crossing, officials said, although traffic stopped while the Emirati terminal was shut.",
        &["oman closes wajajah [negated]"],
    );
}

#[test]
fn traffic_halted_at_a_crossing_is_a_closure() {
    check(
        "Senegal halted traffic at Moussala, its busiest land post with Mali, on Monday.",
        &["senegal closes moussala"],
    );
}

#[test]
fn a_town_closed_is_its_crossing() {
    check(
        "Israel closed Rafah after the attack.",
        &["israel closes rafah-crossing"],
    );
}

#[test]
fn what_one_state_asks_another_to_do_is_only_possible() {
    check(
        "Washington urged Islamabad to reopen Torkham.",
        &["pakistan reopens torkham [possible]"],
    );
}

#[test]
fn traffic_resuming_or_let_through_again_is_a_reopening() {
    check(
        "Pakistan closed the Torkham crossing on Monday. Traffic resumed at Torkham on Saturday.",
        &["pakistan closes torkham", "pakistan reopens torkham"],
    );
    check(
        "Kazakh border guards let Kyrgyz trucks through the Korday checkpoint again.",
        &["kazakhstan reopens korday"],
    );
    check(
        "The Ghulam Khan crossing is open again, Pakistani customs officials said.",
        &["pakistan reopens ghulam-khan"],
    );
    // Without "again", letting trucks through reopens nothing.
    check(
        "Kazakh border guards let Kyrgyz trucks through the Korday checkpoint.",
        &[],
    );
}

#[test]
fn traffic_as_the_object_of_a_closing_or_reopening_verb() {
    check(
        "The Rusumo bridge was shut in May. Tanzania resumed cargo traffic at Rusumo on Friday.",
        &["tanzania reopens rusumo"],
    );
    check(
        "An official said Chad could halt all traffic at the Goré crossing.",
        &["chad closes gore [possible]"],
    );
    // The crossing set before the clause.
    check(
        "At the Nemba post, Rwandan officers let lorries through again on Monday.",
        &["rwanda reopens nemba"],
    );
    check(
        "At the Moyale crossing, Ethiopian guards halted traffic for two days.",
        &["ethiopia closes moyale-crossing"],
    );
    // One lorry stopped is a check, not a closure; a bare "At the border" names none.
    check(
        "Police stopped a lorry at the Goré crossing. At the border, Thai soldiers halted traffic.",
        &[],
    );
}

#[test]
fn held_responsible_is_an_accusation() {
    check(
        "Kenya held Somalia responsible for the attack.",
        &["kenya accuses somalia"],
    );
    check(
        "Ethiopia's government considers Eritrea responsible for the shelling.",
        &["ethiopia accuses eritrea"],
    );
}
