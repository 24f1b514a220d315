//! Subjects joined by "and": each acts, and none acts on another.

use super::check;

#[test]
fn co_subjects_condemning_an_act_do_not_condemn_each_other() {
    check(
        "Finland and Estonia condemned the move on Tuesday.",
        &["finland condemns -", "estonia condemns -"],
    );
    check(
        "Brazil and Argentina both denounced the decision.",
        &["brazil condemns -", "argentina condemns -"],
    );
    // One of the pair alone still condemns the other side's act.
    check(
        "Cambodia and Thailand share a border. Phnom Penh condemned the air strikes.",
        &["cambodia borders thailand", "cambodia condemns thailand"],
    );
}

#[test]
fn a_state_and_a_body_after_and_the_act_together() {
    check(
        "Iran closed the crossing with Iraq. Baghdad and the KRG condemned the bombardment.",
        &[
            "iran borders iraq",
            "iran closes iran-iraq-border-crossings",
            "iraq condemns iran",
            "kurdistan-regional-government condemns iran",
        ],
    );
    // A place fronted before a comma opens no list.
    check(
        "In Brussels, the European Commission condemned the violence.",
        &["european-commission condemns -"],
    );
}

#[test]
fn a_list_opened_by_a_preposition_or_a_verb_is_no_subject() {
    check(
        "Israeli jets struck targets in southern Lebanon and Hezbollah condemned the attack.",
        &["hezbollah condemns -"],
    );
    check(
        "Colombia closed the border with Venezuela and the ELN accused Bogota of treachery.",
        &[
            "colombia borders venezuela",
            "colombia closes colombia-venezuela-border-crossings",
            "eln accuses colombia",
        ],
    );
    // Examples of the subject, and both ends of "between", stay.
    check(
        "Gulf governments including Bahrain and Kuwait condemned the attack.",
        &["bahrain condemns -", "kuwait condemns -"],
    );
}

#[test]
fn subjects_joined_past_a_relative_clause_act_together() {
    // The relative clause's own subject is not the verb's.
    check(
        "Both the Kurdistan Regional Government and the Arab League, of which Iraq is a founding member, condemned the strike.",
        &[
            "iraq member_of arab-league",
            "kurdistan-regional-government condemns -",
            "arab-league condemns -",
        ],
    );
    // A semicolon in a headline opens a clause with its own subject, which the verb
    // after "denies," shares.
    check(
        "Iraq accuses Turkey over strike; Ankara denies, blames PKK",
        &[
            "iraq accuses turkey",
            "turkey denies -",
            "turkey accuses pkk",
        ],
    );
    // A clause after the semicolon with no subject of its own shares the first one.
    check(
        "Pakistan accuses Kabul of shelling; summons envoy, shuts Torkham crossing",
        &["pakistan accuses afghanistan", "pakistan closes torkham"],
    );
}

#[test]
fn a_second_verb_phrase_shares_the_first_ones_subject() {
    // "with Tskhinvali" is the object of the first verb phrase, not who detained.
    check(
        "A Russian spokeswoman, Yelena Zhuravleva, said Russian border guards were acting \
         under an agreement with Tskhinvali and had detained trespassers.",
        &["yelena-zhuravleva holds_role russia"],
    );
    // A name opening the second clause still acts.
    check(
        "Ghana said it had spoken to Togo and Togolese soldiers had fired on traders.",
        &["ghana accuses togo"],
    );
}

#[test]
fn blame_laid_on_several_falls_on_each() {
    check(
        "Nouakchott blamed the deaths on Malian soldiers and on the Russian mercenaries \
         who patrol with them.",
        &["mauritania accuses mali", "mauritania accuses russia"],
    );
    check(
        "Kabul blamed the attack on Pakistan and Iran.",
        &["afghanistan accuses pakistan", "afghanistan accuses iran"],
    );
    check(
        "Juba blamed the killings on Sudan and on the SPLM-IO.",
        &["south-sudan accuses sudan", "south-sudan accuses splm-io"],
    );
    // Not a subject of a clause of its own after "and".
    check(
        "Juba blamed the killings on the SPLM-IO and Sudan called for restraint.",
        &["south-sudan accuses splm-io"],
    );
}

#[test]
fn a_named_subject_joined_to_a_common_noun_phrase_speaks() {
    check(
        "Governor Ali Jimale Farah and a group of clan elders said Ethiopian soldiers had \
         detained two local traders.",
        &["ali-jimale-farah accuses ethiopia"],
    );
    // Not a name that is the object of the verb before "and".
    check(
        "Kenya accused Somalia and a group of local elders said nothing.",
        &["kenya accuses somalia"],
    );
}

#[test]
fn subjects_joined_by_neither_and_nor_both_deny_the_act() {
    check(
        "Neither Kenya nor Uganda has closed the Busia crossing.",
        &[
            "kenya closes busia [negated]",
            "uganda closes busia [negated]",
        ],
    );
    check(
        "By Tuesday evening, however, neither Hanoi nor Beijing had closed any of the \
         crossings along their shared land border.",
        &[
            "china borders vietnam",
            "vietnam closes china-vietnam-border-crossings [negated]",
            "china closes china-vietnam-border-crossings [negated]",
        ],
    );
}

#[test]
fn a_clause_opened_by_nor_or_neither_is_negated() {
    check(
        "Nor has Astana closed the Karasu crossing, where lorries had queued for days.",
        &["kazakhstan closes karasu-crossing [negated]"],
    );
    check(
        "Croatia did not close Bajakovo, nor did Serbia close Batrovci.",
        &[
            "croatia closes bajakovo [negated]",
            "serbia closes batrovci [negated]",
        ],
    );
    check(
        "Neither Serbia nor Croatia has closed the Batrovci crossing.",
        &[
            "serbia closes batrovci [negated]",
            "croatia closes batrovci [negated]",
        ],
    );
    check(
        "Nor did Rwanda, which closed the Gatuna crossing in 2019, reopen it.",
        &["rwanda closes gatuna", "rwanda reopens gatuna [negated]"],
    );
    // A clause after a colon, or another clause before the subject, is not the "nor"'s.
    check(
        "Nor was that all: Croatia closed Bajakovo.",
        &["croatia closes bajakovo"],
    );
    check(
        "Neither Kenya nor Tanzania was consulted before Uganda closed the Mutukula crossing.",
        &["uganda closes mutukula"],
    );
    check(
        "Nor did traders know Uganda had closed the Mutukula crossing.",
        &["uganda closes mutukula"],
    );
}
