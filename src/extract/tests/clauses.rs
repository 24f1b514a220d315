//! Clauses: what a subordinate clause, a time or a determiner does to the verb next
//! to it, and facts shared by two sides.

use super::{check, lexicon};
use crate::extract::extract;
use crate::source::Document;

#[test]
fn a_time_between_the_accused_and_the_charge_is_skipped() {
    assert_eq!(
        super::claims(
            "Djibouti accused Eritrea on Wednesday of moving troops. \
             Chad accused Sudan on 3 May of arming rebels. \
             Kenya blamed Somalia again for the attack."
        ),
        [
            "djibouti accuses eritrea: moving troops",
            "chad accuses sudan: arming rebels",
            "kenya accuses somalia: the attack",
        ],
    );
}

#[test]
fn a_negation_inside_a_subordinate_clause_is_not_the_main_verbs() {
    check(
        "Argentina closed the La Quiaca bridge with Bolivia. \
         \"As long as we do not have a partner on the other side, the bridge will close at night.\" \
         Because Bolivia did not respond, Argentina closed the Aguas Blancas bridge.",
        &[
            "argentina borders bolivia",
            "argentina closes la-quiaca",
            // "the bridge will close at night": asserted, not negated.
            "argentina closes la-quiaca",
            "argentina closes aguas-blancas",
        ],
    );
}

#[test]
fn a_noun_placed_near_the_border_is_not_the_border() {
    check(
        "Ghana closed the Aflao crossing with Togo. \
         Classes at five schools near the border have been suspended.",
        &["ghana borders togo", "ghana closes aflao-crossing"],
    );
}

#[test]
fn a_verb_of_saying_after_a_determiner_is_a_noun() {
    let doc = Document {
        meta: crate::model::DocMeta {
            id: "t".into(),
            ..Default::default()
        },
        text: "Intro.\nMauritania accused Malian soldiers of killing civilians.\n\
               In a communiqué read on state television, the spokesman, Colonel Issa Kanouté, \
               dismissed the Mauritanian claims."
            .into(),
        hints: Vec::new(),
    };
    let out = extract(&doc, &lexicon());
    let says: Vec<_> = out
        .facts
        .iter()
        .filter(|f| f.relation == crate::model::Relation::SAYS)
        .collect();
    assert!(says.is_empty(), "{says:?}");
    assert!(out
        .facts
        .iter()
        .any(|f| f.relation == crate::model::Relation::DENIES));
}

#[test]
fn both_members_of_a_body() {
    check(
        "Kazakhstan and China, both members of the Shanghai Cooperation Organisation, set a target. \
         Oman's border with the United Arab Emirates is long, and both are members of the Gulf Cooperation Council.",
        &[
            "china member_of shanghai-cooperation-organisation",
            "kazakhstan member_of shanghai-cooperation-organisation",
            "oman borders united-arab-emirates",
            "united-arab-emirates member_of gulf-cooperation-council",
            "oman member_of gulf-cooperation-council",
        ],
    );
}

#[test]
fn both_members_of_a_body_in_other_words() {
    // A qualifier before "members"; a body whose name opens with a compass point.
    check(
        "Nepal and India, both founding members of the South Asian Association for Regional Cooperation (SAARC), agreed.",
        &[
            "india member_of south-asian-association-for-regional-cooperation",
            "nepal member_of south-asian-association-for-regional-cooperation",
        ],
    );
    // "both in", and "both <body> members".
    check(
        "Poland and Slovakia, both in the Schengen Area since 2007, have no controls. \
         Kenya and Tanzania, both EAC members, agreed.",
        &[
            "slovakia member_of schengen-area",
            "poland member_of schengen-area",
            "tanzania member_of east-african-community",
            "kenya member_of east-african-community",
        ],
    );
    // "the two countries": the pair the article is about.
    check(
        "Malawi closed the Mulanje crossing with Mozambique. \
         He said the two countries, both members of the Southern African Development Community, would talk.",
        &[
            "malawi borders mozambique",
            "malawi closes mulanje-crossing",
            "malawi member_of southern-african-development-community",
            "mozambique member_of southern-african-development-community",
        ],
    );
}

#[test]
fn a_member_in_a_relative_clause_after_the_body() {
    check(
        "Haiti will raise the matter with the Caribbean Community (CARICOM), of which Haiti \
         is a founding member. Bangui asked the Economic Community of Central African \
         States (ECCAS), of which the Central African Republic is a member, to mediate.",
        &[
            "haiti member_of caribbean-community",
            "central-african-republic member_of economic-community-of-central-african-states",
        ],
    );
}

#[test]
fn a_member_in_a_relative_clause_after_an_apposition_naming_the_bodys_kind() {
    check(
        "The CSTO, the Russian-led bloc of which Tajikistan is a member, condemned the \
         shelling of Tajik border posts by Afghan forces.",
        &[
            "tajikistan member_of collective-security-treaty-organization",
            "collective-security-treaty-organization condemns afghanistan",
        ],
    );
    check(
        "Niger appealed to ECOWAS, the regional bloc to which Benin also belongs.",
        &["benin member_of economic-community-of-west-african-states"],
    );
}

#[test]
fn a_verb_of_saying_after_both_stays_a_verb() {
    let doc = Document {
        meta: crate::model::DocMeta {
            id: "t".into(),
            ..Default::default()
        },
        text: "Intro.\nKenya and Uganda both said the border would stay shut until Monday.".into(),
        hints: Vec::new(),
    };
    let out = extract(&doc, &lexicon());
    assert!(out
        .facts
        .iter()
        .any(|f| f.relation == crate::model::Relation::SAYS));
}

#[test]
fn a_negation_inside_a_relative_clause_of_the_subject_is_not_the_verbs() {
    check(
        "Myanmar's military government, which has not commented on the deaths, \
         has blamed the Arakan Army for firing across the border.",
        &["myanmar accuses arakan-army"],
    );
}

#[test]
fn a_time_between_the_auxiliary_and_the_verb() {
    check(
        "Myanmar has in the past blamed the Arakan Army for firing across the border.",
        &["myanmar accuses arakan-army"],
    );
}

#[test]
fn a_charge_called_false_before_its_speaker_is_denied() {
    assert_eq!(
        super::claims(
            "Costa Rica accused Panama of breaking the treaties. \
             \"These accusations are groundless,\" Panama's trade minister, Ramón Martínez, said. \
             The claims that Rwanda backs the rebels are false, Kigali said on Monday."
        ),
        [
            "costa-rica accuses panama: breaking the treaties",
            "ramon-martinez denies -: breaking the treaties",
            "rwanda denies -: Rwanda backs the rebels",
        ],
    );
    // Said to be false by no one named: no denial.
    check("The accusations are baseless, according to analysts.", &[]);
}

#[test]
fn him_after_a_verb_of_accusing_is_the_person_named_before() {
    check(
        "The United States imposed sanctions on James Kabarebe, Rwanda's minister of state, accusing him of orchestrating support for the rebels.",
        &[
            "james-kabarebe holds_role rwanda",
            "united-states sanctions james-kabarebe",
            "united-states accuses james-kabarebe",
        ],
    );
}

#[test]
fn a_relative_clause_between_a_body_and_its_verb_is_passed_over() {
    check(
        "The Arab League, which readmitted Syria in May 2023 after a suspension of more than a decade, condemned Israel's incursion into Suwaysa.",
        &["arab-league condemns israel"],
    );
    let got = super::claims(
        "The Intergovernmental Authority on Development (IGAD), from which Eritrea withdrew in 2023, condemned any violation of the border.",
    );
    assert_eq!(
        got,
        ["intergovernmental-authority-on-development condemns -: any violation of the border"]
    );
}

#[test]
fn it_after_a_body_that_said_on_a_day_is_the_body() {
    let got = super::claims(
        "Kenya accused Eritrea of massing troops. \
         The African Union Commission said on Tuesday that it condemned all collective expulsions.",
    );
    assert_eq!(
        got,
        [
            "kenya accuses eritrea: massing troops",
            "african-union condemns -: all collective expulsions",
        ]
    );
}

#[test]
fn the_two_countries_are_the_two_the_sentence_named() {
    check(
        "Kenya accused Somalia of harbouring militants. \
         After Saudi Arabia and Iraq met on Monday, the two countries reopened the Arar crossing.",
        &[
            "kenya accuses somalia",
            "saudi-arabia reopens arar-crossing",
            "iraq reopens arar-crossing",
        ],
    );
}

#[test]
fn a_verb_after_and_without_a_comma_shares_the_first_verbs_subject() {
    check(
        "Algeria suspended the ferry between Oran and Alicante on Tuesday and accused Morocco of smuggling.",
        &["algeria accuses morocco"],
    );
    // Only within the clause: past a comma, the verb's own subject.
    check(
        "After Chad accused Sudan of shelling, the African Union met and condemned the raid.",
        &["chad accuses sudan", "african-union condemns -"],
    );
    // "borders" after "and" is a noun here, the verb's second object.
    check(
        "Uganda closed its airports and borders with Kenya on Monday.",
        &[
            "kenya borders uganda",
            "uganda closes kenya-uganda-border-crossings",
        ],
    );
}

#[test]
fn a_denial_ends_where_and_opens_another_act() {
    let got = super::claims(
        "Chad's army spokesman, Azem Bermendoa, dismissed the report as propaganda and accused Sudan of arming rebels.",
    );
    assert_eq!(
        got,
        [
            "azem-bermendoa denies -: the report as propaganda",
            "azem-bermendoa accuses sudan: arming rebels",
        ]
    );
    // Inside what was said, "and" joins the reported verbs: the violation it condemned
    // is a charge against the state that committed it.
    check(
        "The Honduran foreign ministry said it had sent a note to San Salvador and condemned \
         a violation of Honduran sovereignty by members of the Salvadoran Armed Forces.",
        &[
            "honduras accuses el-salvador",
            "honduras condemns el-salvador",
        ],
    );
}

#[test]
fn memberships_by_relative_clause_compound_noun_and_likeness() {
    // The verb's preposition before "which".
    check(
        "The African Union, to which Morocco belongs, condemned the raid.",
        &[
            "morocco member_of african-union",
            "african-union condemns -",
        ],
    );
    // "are <body> members": every subject.
    check(
        "Both Chile and Peru are APEC members.",
        &["chile member_of apec", "peru member_of apec"],
    );
    // "like X": X too.
    check(
        "Senegal, which like Mali is a member of ECOWAS, closed the border.",
        &[
            "senegal member_of economic-community-of-west-african-states",
            "mali member_of economic-community-of-west-african-states",
            "senegal closes mali-senegal-border-crossings",
        ],
    );
}

#[test]
fn a_verb_after_a_that_clause_takes_the_speaker() {
    // "affirmed that … and rejected": the speaker rejects, not the clause's subject.
    check(
        "Interior Minister Carlos Torres affirmed that Paraguay does not interfere and rejected the allegations.",
        &["carlos-torres denies -"],
    );
    // A bare verb after the modal of the that-clause is the clause's.
    check(
        "Jonas Gahr Store was quoted as saying that Norway could follow Finland and close its border with Russia.",
        &["norway borders russia", "norway closes norway-russia-border-crossings [possible]"],
    );
    // With no "that", "and" may join verbs inside what was said.
    check(
        "Kenya said Somalia would close the border and accused no one.",
        &["somalia closes kenya-somalia-border-crossings"],
    );
}

#[test]
fn acts_on_crossings_stay_with_the_reported_subject_and_clauses_end_at_but() {
    // A crossing's reopening after "but" in what was said is the clause subject's.
    check(
        "Kenyan officials said that Somalia closed the Mandera crossing on Monday but reopened it on Wednesday.",
        &["somalia closes mandera-crossing", "somalia reopens mandera-crossing"],
    );
    // The verb before "and" is the first of its clause, not one in a relative clause.
    check(
        "Chad reopened the Adre crossing that Sudan's army closed in February and accused Sudan of smuggling arms.",
        &["chad reopens adre-crossing", "chad accuses sudan"],
    );
    // A stative verb does not reach past ", but".
    check(
        "Turkey has kept thousands of Syrians at its border for months, but Greece has closed Kastanies.",
        &["greece closes kastanies"],
    );
}

#[test]
fn not_the_first_time_negates_first_not_the_act() {
    check(
        "Guinea closed its land border with Senegal on Monday night. \
         This is not the first time the border has been shut.",
        &[
            "guinea borders senegal",
            "guinea closes guinea-senegal-border-crossings",
            "guinea closes guinea-senegal-border-crossings",
        ],
    );
}

#[test]
fn them_after_a_verb_of_reopening_is_what_an_earlier_verb_closed() {
    check(
        "Guinea kept its crossings with Senegal closed for eighteen months from \
         September 2020, and reopened them in February 2022.",
        &[
            "guinea borders senegal",
            "guinea closes guinea-senegal-border-crossings",
            "guinea reopens guinea-senegal-border-crossings",
        ],
    );
}

#[test]
fn a_place_phrase_before_that_is_not_where_the_border_noun_stands() {
    check(
        "Guinea closed its land border with Senegal on Monday night. A Guinean official \
         told the Herald by telephone that the border could be reopened soon.",
        &[
            "guinea borders senegal",
            "guinea closes guinea-senegal-border-crossings",
            "guinea reopens guinea-senegal-border-crossings [possible]",
        ],
    );
}

#[test]
fn not_for_the_first_time_and_an_adverb_before_the_object() {
    check(
        "Guinea has closed its border with Senegal, not for the first time.",
        &[
            "guinea borders senegal",
            "guinea closes guinea-senegal-border-crossings",
        ],
    );
    check(
        "Crescencio Nsue Obama accused moreover the Cameroonian authorities of closing \
         their eyes to arms trafficking.",
        &["crescencio-nsue-obama accuses cameroon"],
    );
}

#[test]
fn them_after_reopening_is_what_an_earlier_verb_closed() {
    check(
        "Guinea closed its crossings with Senegal in 2020 and reopened them in 2022.",
        &[
            "guinea borders senegal",
            "guinea closes guinea-senegal-border-crossings",
            "guinea reopens guinea-senegal-border-crossings",
        ],
    );
}

#[test]
fn a_negation_or_hedge_stays_in_its_clause_of_time() {
    // "before the gate was shut": the negation is of "consulted".
    check(
        "Ethiopia closed the Pagak crossing on Sunday. South Sudan said it had not been consulted before the crossing was shut.",
        &["ethiopia closes pagak", "ethiopia closes pagak"],
    );
    // Still the verb's own: "will not reopen until …", "has not reopened X since …".
    check(
        "Finland will not reopen the Vaalimaa crossing until Russia stops sending migrants.",
        &["finland reopens vaalimaa [negated]"],
    );
    check(
        "Estonia has not reopened Narva since the crossing was shut.",
        &["estonia reopens narva [negated]", "estonia closes narva"],
    );
}

#[test]
fn a_speaker_saying_it_did_no_wrong_denies() {
    check(
        "China closed the Boten crossing. Vientiane insisted it had done nothing wrong.",
        &["china closes boten", "laos denies -"],
    );
    check(
        "Kigali said it had nothing to do with the attack, but Uganda said Rwanda was behind it.",
        &["rwanda denies -", "uganda accuses rwanda"],
    );
    // Said of someone else, it is no denial by the speaker.
    check("Kenya said Somalia had nothing to do with the attack.", &[]);
}

#[test]
fn the_crossing_named_long_before_and_never_acted_on_is_not_the_one_closed() {
    check(
        "Poland closed the Barwinek crossing with Slovakia. Cars can still use the small crossing at Konieczna. Drivers waited for hours. Slovakia condemned Warsaw's decision to close the crossing.",
        &[
            "poland borders slovakia",
            "poland closes barwinek",
            "slovakia condemns poland",
            "poland closes barwinek",
        ],
    );
    // Named in the sentence before, it is the one meant.
    check(
        "Poland closed the Barwinek crossing with Slovakia. Cars can still use the small crossing at Konieczna. Slovakia condemned Warsaw's decision to close the crossing.",
        &[
            "poland borders slovakia",
            "poland closes barwinek",
            "slovakia condemns poland",
            "poland closes konieczna",
        ],
    );
}

#[test]
fn a_condition_of_the_next_reported_clause_is_not_this_ones() {
    check(
        "Poland closed the Barwinek crossing with Slovakia. The minister said Barwinek would stay closed and that Poland could close other crossings with Slovakia if the smuggling continued.",
        &[
            "poland borders slovakia",
            "poland closes barwinek",
            "poland borders slovakia",
            "poland closes barwinek",
            "poland closes poland-slovakia-border-crossings [possible]",
        ],
    );
}

#[test]
fn a_progressive_verb_before_a_noun_is_not_its_governor() {
    check(
        "Guatemala closed the Melchor de Mencos post. The patrol was carrying two members of the National Assembly.",
        &["guatemala closes melchor-de-mencos"],
    );
    // "are founding members" is no verb.
    check(
        "Jordan and Saudi Arabia share a border. Both countries are founding members of the Arab League.",
        &[
            "jordan borders saudi-arabia",
            "jordan member_of arab-league",
            "saudi-arabia member_of arab-league",
        ],
    );
}

#[test]
fn whether_and_expectations_leave_a_fact_possible() {
    check(
        "Bulgaria closed the Kalotina crossing with Serbia. \"Whether Kalotina reopens on \
         Friday depends on Belgrade,\" he said.",
        &[
            "bulgaria borders serbia",
            "bulgaria closes kalotina",
            "bulgaria reopens kalotina [possible]",
        ],
    );
    check(
        "Turkey closed the Türkgözü crossing with Georgia. The ministry said it expected \
         the gate to be reopened without delay.",
        &[
            "georgia borders turkey",
            "turkey closes turkgozu",
            "turkey reopens turkgozu [possible]",
        ],
    );
}

#[test]
fn a_condition_after_an_attribution_leaves_a_fact_possible_and_a_question_states_none() {
    // The condition after ", he added," is still the clause's; not a clause of its own
    // after ", she said, although …".
    check(
        "Burundi closed the Ruhwa crossing with Rwanda. The post would be reopened, he \
         added, only once Kigali had handed over the attackers.",
        &[
            "burundi borders rwanda",
            "burundi closes ruhwa",
            "burundi reopens ruhwa [possible]",
        ],
    );
    check(
        "Slovenia closed the Dragonja crossing. Dragonja would be reopened on Monday, she \
         said, although smaller crossings could stay shut.",
        &["slovenia closes dragonja", "slovenia reopens dragonja"],
    );
    // A question with a modal asks whether: it states no possible reopening (the
    // gold's hypotheticals in questions).
    check(
        "Iran closed the Bazargan crossing with Turkey. When might Bazargan reopen?",
        &["iran borders turkey", "iran closes bazargan"],
    );
}

#[test]
fn a_body_to_which_both_belong() {
    check(
        "NATO, to which both Albania and Greece belong, said it was following developments.",
        &["albania member_of nato", "greece member_of nato"],
    );
}

#[test]
fn a_condition_in_its_own_clause_is_no_fact() {
    // An act in a condition is no charge.
    check(
        "Davlatzoda said the crossing could reopen within days if Afghan authorities withdrew armed men from the riverbank.",
        &[],
    );
    // A state supposed in a condition is no closure.
    check(
        "Officials say Tehran could lose that argument if the Gabd crossing stays closed into the spring.",
        &[],
    );
    // Nor a closure nobody makes, supposed in a condition mid-sentence.
    check(
        "\"My customers are in Lomé. If the border is shut for a week, I eat my capital,\" a trader said.",
        &[],
    );
    // "Even if" concedes: what follows holds.
    check(
        "Tanzania closed the Kabanga post on Monday. Even if talks resume, officials said, \
         the Kabanga post will stay closed until further notice.",
        &[
            "tanzania closes kabanga-crossing",
            "tanzania closes kabanga-crossing",
        ],
    );
    // Not a charge made outside the condition.
    check(
        "Lusaka said Tanzanian soldiers had shelled the village and would close the border if it happened again.",
        &["zambia accuses tanzania", "zambia closes tanzania-zambia-border-crossings [possible]"],
    );
}

#[test]
fn a_second_reported_clause_has_its_own_negation() {
    check(
        "Pakistan closed the Gabd crossing on Monday. Awan said Islamabad had shut Gabd \"as a \
         precaution, not as a punishment\", and that the crossing could reopen within days.",
        &[
            "pakistan closes gabd",
            "pakistan closes gabd",
            "pakistan reopens gabd [possible]",
        ],
    );
}

#[test]
fn a_speakers_attribution_set_off_by_commas_leaves_the_clause_its_subject() {
    // "he said" between commas is not the subject of what follows.
    check(
        "Katete District Commissioner Edwin Mwale spoke on Monday. Zambia, he said, would \
         not impose sanctions on Mozambique.",
        &[
            "edwin-mwale holds_role katete",
            "zambia sanctions mozambique [negated]",
        ],
    );
    check(
        "Interior Minister Ivica Dacic spoke in Belgrade. The European Union, Dacic added, \
         could impose sanctions on Kosovo.",
        &[
            "ivica-dacic holds_role serbia",
            "european-union sanctions kosovo [possible]",
        ],
    );
    // A subject that names no one leaves the act to the speaker's side.
    check(
        "Greek government spokesman Giorgos Kalogeropoulos spoke in Athens. The police, he \
         said, could close the Evzoni crossing for a few hours.",
        &[
            "giorgos-kalogeropoulos holds_role greece",
            "greece closes evzoni [possible]",
        ],
    );
}

#[test]
fn what_was_said_has_its_own_negations_and_hedges() {
    // A negation in a relative clause about the speakers, or in a clause of reason
    // inside it, is not the reported act's.
    check(
        "Tanzanian officials, who asked not to be named because they were not authorised \
         to speak, said the Tarakea post could be reopened within days.",
        &["tanzania reopens tarakea-crossing [possible]"],
    );
    check(
        "Kenyan officials, who would not give their names, said Kenya had closed the Namanga crossing.",
        &["kenya closes namanga"],
    );
    // A condition after a relative clause set off by commas is the main clause's.
    check(
        "Mexico said it would raise the matter with the Organization of American States, to \
         which it belongs, if the port stayed shut.",
        &["mexico member_of organization-of-american-states"],
    );
}

#[test]
fn crossings_named_after_including_are_some_of_the_others() {
    // "including" names some: the collective too, past an adjective.
    check(
        "Georgia has not closed its other crossings with Armenia, including the busy \
         Sadakhlo post on the main highway.",
        &[
            "armenia borders georgia",
            "georgia closes armenia-georgia-border-crossings [negated]",
            "georgia closes sadakhlo [negated]",
        ],
    );
    // So do "notably", "especially" and "such as".
    check(
        "Georgia has not closed its other crossings with Armenia, notably the Sadakhlo post.",
        &[
            "armenia borders georgia",
            "georgia closes armenia-georgia-border-crossings [negated]",
            "georgia closes sadakhlo [negated]",
        ],
    );
}

#[test]
fn a_stretch_of_time_between_the_auxiliary_and_the_verb_is_skipped() {
    check(
        "Kenya has for years accused Somalia of sheltering militants. \
         Bolivia has in recent months blamed Peru for the blockade.",
        &["kenya accuses somalia", "bolivia accuses peru"],
    );
}

#[test]
fn a_time_fronted_without_a_comma_and_an_adjunct_of_saying_are_skipped() {
    // "On Saturday the …": the subject after a fronted time; "in a statement": an
    // adjunct between the subject and its verb.
    check(
        "On Saturday the State Border Service of Azerbaijan in a statement claimed that \
         Iranian border guards had opened fire on a shepherd. \
         Ghana in an interview accused Togolese soldiers of beating traders. \
         On 9 January Peru closed the Desaguadero crossing.",
        &[
            "azerbaijan accuses iran",
            "ghana accuses togo",
            "peru closes desaguadero",
        ],
    );
    // An adjunct before "decided to" still leaves the subject its verb.
    check(
        "Chad at a security meeting on Monday decided to close its border with Sudan.",
        &[
            "chad borders sudan",
            "chad closes chad-sudan-border-crossings",
        ],
    );
    // (Not past a phrase that is a preposition's object, nor an adjunct of purpose.)
    check(
        "Traders from Benin at the border post accused Nigerian customs officers of \
         extortion. Kenya sent troops to Somalia in a bid to close the border.",
        &[],
    );
    // (A clause after the adjunct is no part of it: "joined the EU in 2013 but is not
    // a member of Schengen" is Croatia's.)
    check(
        "Croatia joined the European Union in 2013 but is not yet a member of Schengen.",
        &[
            "croatia member_of european-union",
            "croatia member_of schengen-area [negated]",
        ],
    );
}

#[test]
fn a_semicolon_ends_the_clause_of_a_subject() {
    // The body after the semicolon, not the states before it, rejects the claims.
    check(
        "Armed faction blames US and Israel; coalition rejects 'baseless' claims. \
         Argentina shuts Aguas Blancas crossing; gendarmerie chief accuses Bolivian police.",
        &["argentina closes aguas-blancas"],
    );
    // A subject before its verb in the same clause still acts.
    check(
        "Kenya shuts El Wak crossing; Somalia rejects the accusations.",
        &["kenya closes el-wak-crossing", "somalia denies -"],
    );
    // A verb with no subject of its own after the semicolon shares the first.
    check(
        "Pakistan closes Torkham; blames Kabul for clashes.",
        &["pakistan closes torkham", "pakistan accuses afghanistan"],
    );
    check(
        "Kenya closes Liboi crossing; family blames Somalia for attack.",
        &["kenya closes liboi"],
    );
}

#[test]
fn a_crossing_a_named_state_acted_on_in_a_relative_clause() {
    check(
        "Egypt protested over the Rafah crossing, which Israel closed in May.",
        &["israel closes rafah-crossing"],
    );
    check(
        "Traders queued at the Torkham border crossing, which Pakistan reopened on Monday.",
        &["pakistan reopens torkham"],
    );
}

#[test]
fn every_subject_of_a_charged_clause_is_accused() {
    check(
        "Kabul alleged that Pakistan and Iran were arming the fighters.",
        &["afghanistan accuses pakistan", "afghanistan accuses iran"],
    );
    // An apposition is no second subject.
    check(
        "Kenya alleged that al-Shabaab, the Somali militia, was behind the attack.",
        &["kenya accuses al-shabaab"],
    );
}
