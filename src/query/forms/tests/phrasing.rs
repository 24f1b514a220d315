//! Ways people phrase a question that the forms read like their plain version.

use super::*;

#[test]
fn an_adverb_closing_a_question_is_not_part_of_a_name() {
    for (q, object) in [
        ("will norway close storskog too", "storskog"),
        ("is finland closing raja-jooseppi too", "raja-jooseppi"),
        ("did Estonia accuse Russia either?", "Russia"),
        ("has Finland closed Vaalimaa again", "Vaalimaa"),
    ] {
        let s = select(q);
        assert!(s.yes_no, "{q}");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name).as_deref(),
            Some(object),
            "{q}"
        );
    }
}

#[test]
fn an_adverb_of_emphasis_before_the_verb_changes_nothing() {
    for (q, subject, object) in [
        (
            "has finland actually closed raja-jooseppi",
            "finland",
            "raja-jooseppi",
        ),
        ("did Russia already shut Storskog?", "Russia", "Storskog"),
        (
            "has Kenya officially reopened the Namanga crossing",
            "Kenya",
            "the Namanga crossing",
        ),
        ("did Estonia really accuse Russia", "Estonia", "Russia"),
    ] {
        let s = select(q);
        assert!(s.yes_no, "{q}");
        assert_eq!(name(&s.clauses[0].subject), subject, "{q}");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name).as_deref(),
            Some(object),
            "{q}"
        );
    }
    let s = select("which crossings did finland actually close");
    assert_eq!(rel(&s.clauses[0]), "closes");
    assert_eq!(name(&s.clauses[0].subject), "finland");
}

#[test]
fn of_and_for_between_capitalised_words_are_part_of_a_name() {
    let s = select("what did the Institute for the Study of War say");
    assert_eq!(rel(&s.clauses[0]), "says");
    assert_eq!(
        name(&s.clauses[0].subject),
        "the Institute for the Study of War"
    );
    let s = select("did the Bank of Finland sanction Russia");
    assert_eq!(name(&s.clauses[0].subject), "the Bank of Finland");
    // Not after a word that ends no organisation's name, nor across a line.
    let s = select("did Norway close Storskog for Christmas");
    assert_eq!(
        s.clauses[0].object.as_ref().map(name).as_deref(),
        Some("Storskog")
    );
    // Whatever the question is read as, no name runs over the line break.
    if let Ok(Some(r)) = recognise("did the Bank of\nFinland sanction Russia", Vocab::builtin()) {
        if let Query::Select(s) = r.query {
            for c in &s.clauses {
                assert!(!name(&c.subject).contains('\n'), "{c:?}");
            }
        }
    }
    // Not a lower-case name, nor what a charge is "of".
    let s = select("what did Finland accuse Russia of?");
    assert_eq!(name(&s.clauses[0].subject), "Finland");
    assert_eq!(
        s.clauses[0].object.as_ref().map(name).as_deref(),
        Some("Russia")
    );
}

#[test]
fn a_crossing_noun_opened_by_border_belongs_to_the_name() {
    for (q, crossing) in [
        (
            "where is the storskog border crossing",
            "the storskog border crossing",
        ),
        (
            "where is the raja joosepi border station",
            "the raja joosepi border station",
        ),
        ("who closed the Kipoi border post?", "the Kipoi border post"),
    ] {
        let s = select(q);
        let named = [Some(&s.clauses[0].subject), s.clauses[0].object.as_ref()]
            .into_iter()
            .flatten()
            .map(name)
            .collect::<Vec<_>>();
        assert!(named.iter().any(|n| n == crossing), "{q}: {named:?}");
    }
    // "border" alone still ends a name: "does Finland border Russia".
    let s = select("does finland border russia");
    assert_eq!(rel(&s.clauses[0]), "borders");
}

#[test]
fn a_keyword_query_of_an_office_asks_who_holds_it() {
    // "<office> of X" and "X <office>" for a name that is not a state's, as "who is the
    // <office> of X".
    for (q, of, title) in [
        ("governor of murmansk region", "murmansk region", "governor"),
        ("prime minister of Norway", "Norway", "minister"),
        ("murmansk governor", "murmansk", "governor"),
        ("Kremlin spokesman", "Kremlin", "spokesman"),
        // A place's noun is the name's, not the title's; "name" asks for the holder.
        ("murmansk region governor", "murmansk region", "governor"),
        (
            "murmansk region governor name",
            "murmansk region",
            "governor",
        ),
        ("kremlin spokesman name", "kremlin", "spokesman"),
    ] {
        let s = select(q);
        assert_eq!(rel(&s.clauses[0]), "holds_role", "{q}");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name).as_deref(),
            Some(of),
            "{q}"
        );
        assert!(
            s.conds
                .iter()
                .any(|c| matches!(c, Cond::ClaimContains(w) if w == title)),
            "{q}: {:?}",
            s.conds
        );
    }
    // A question word never opens the name.
    let s = select("who is the Finnish interior minister?");
    assert_eq!(
        s.clauses[0].object.as_ref().map(name).as_deref(),
        Some("Finland")
    );
}

#[test]
fn a_passive_asking_for_its_agent_is_the_active_question() {
    for q in [
        "Storskog was closed by whom?",
        "by whom was Storskog closed?",
        "who was Storskog closed by?",
        "Storskog has been closed by who",
    ] {
        let s = select(q);
        assert_eq!(rel(&s.clauses[0]), "closes", "{q}");
        assert!(matches!(&s.clauses[0].subject, Term::Var(_)), "{q}");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name).as_deref(),
            Some("Storskog"),
            "{q}"
        );
    }
    // "by" before a name that is not the end of the question is not an agent asked.
    let s = select("who was accused by Finland?");
    assert!(matches!(&s.clauses[0].object, Some(Term::Var(_))));
}

#[test]
fn articles_that_quote_or_cite_someone_mention_them() {
    for (q, who) in [
        ("which articles quote maria zakharova", "maria zakharova"),
        ("which articles cite Zakharova", "Zakharova"),
    ] {
        match rec(q).query {
            Query::Mentions(n, _) => assert_eq!(n.text, who, "{q}"),
            other => panic!("{q}: {other:?}"),
        }
    }
}

#[test]
fn a_partitive_after_how_many_counts_the_same_things() {
    match rec("how many of the articles mention estonia").query {
        Query::Mentions(n, true) => assert_eq!(n.text, "estonia"),
        other => panic!("{other:?}"),
    }
    let s = select("how many of the states accused Russia?");
    assert!(s.count);
    assert_eq!(
        s.clauses[0].object.as_ref().map(name).as_deref(),
        Some("Russia")
    );
}

/// The first clause's object, when the question is read as a selection.
fn object_of(q: &str) -> Option<String> {
    match recognise(q, Vocab::builtin()) {
        Ok(Some(Recognised {
            query: Query::Select(s),
            ..
        })) => s.clauses.first()?.object.as_ref().map(name),
        _ => None,
    }
}

#[test]
fn other_forms_keep_their_questions_from_the_keyword_and_agent_readings() {
    // Openings of other forms and auxiliaries never become a name before a title; a
    // plan or a question word keeps a passive as it is.
    for (q, misread) in [
        ("tell me about Kremlin spokesman", "tell me about Kremlin"),
        ("has Zakharova been spokeswoman", "has Zakharova been"),
        ("news about Murmansk governor", "news about Murmansk"),
        ("Storskog will be closed by whom", "Storskog will"),
        ("which crossing was closed by whom", "which crossing"),
    ] {
        assert_ne!(object_of(q).as_deref(), Some(misread), "{q}");
    }
    // Helpers after the name are not of it.
    for q in [
        "who has Storskog been closed by?",
        "by whom has Storskog been closed?",
    ] {
        assert_eq!(object_of(q).as_deref(), Some("Storskog"), "{q}");
    }
}

#[test]
fn a_quoted_claim_after_an_article_or_words_is_the_claim() {
    // `of a "hybrid attack"`: the quotation after an article is matched as written.
    let s = select("who accused Russia of a \"hybrid attack\"?");
    assert_eq!(rel(&s.clauses[0]), "accuses");
    assert_eq!(
        s.clauses[0].claim,
        Some(ClaimTerm::Contains("hybrid attack".into()))
    );
    // After it, "on Estonia's border" is words of the claim, not a date filter.
    let s = select("who blamed Russia for a \"hybrid attack operation\" on Estonia's border?");
    assert_eq!(name(s.clauses[0].object.as_ref().unwrap()), "Russia");
    assert_eq!(
        s.clauses[0].claim,
        Some(ClaimTerm::Contains("hybrid attack operation".into()))
    );
    let said = contains(&s);
    assert!(
        said.iter().any(|w| "border".starts_with(w.as_str())),
        "{said:?}"
    );
    // A date after "on" is still a filter.
    let s = select("who accused Russia of \"hybrid attack\" on 2023-11-22");
    assert!(
        s.conds.iter().any(|c| !matches!(c, Cond::ClaimContains(_))),
        "{:?}",
        s.conds
    );
}

#[test]
fn a_state_in_a_body_is_its_member_and_a_crossing_in_a_state_lies_there() {
    for (q, r, object) in [
        ("is finland in nato now", "member_of", "nato"),
        ("Is Norway in Schengen?", "member_of", "Schengen"),
        ("is Storskog in Norway", "located_in", "Norway"),
        ("is storskog in norway already?", "located_in", "norway"),
    ] {
        let s = select(q);
        assert!(s.yes_no, "{q}");
        assert_eq!(rel(&s.clauses[0]), r, "{q}");
        assert_eq!(
            s.clauses[0].object.as_ref().map(name).as_deref(),
            Some(object),
            "{q}"
        );
    }
}

#[test]
fn which_t_is_x_in_asks_where_x_lies() {
    for (q, x) in [
        ("which province is storskog in", "storskog"),
        ("what region is Raja-Jooseppi located in?", "Raja-Jooseppi"),
        ("which state is Storskog in?", "Storskog"),
    ] {
        let s = select(q);
        let c = &s.clauses[0];
        assert_eq!(
            (rel(c), name(&c.subject)),
            ("located_in", x.to_string()),
            "{q}"
        );
    }
    // Think tanks, institutes and blocs are organisations.
    for q in [
        "which think tanks accused Russia",
        "which bloc condemned Russia",
    ] {
        let s = select(q);
        assert!(
            s.conds.iter().any(|c| matches!(
                c,
                Cond::Type {
                    etype: EntityType::Organisation,
                    ..
                }
            )),
            "{q}"
        );
    }
}

#[test]
fn a_relation_noun_between_two_names_asks_for_the_relation_between_them() {
    for (q, subject, relation, object, claim) in [
        (
            "estonia accusation russia",
            "estonia",
            "accuses",
            "russia",
            true,
        ),
        (
            "Kenya accusations Somalia",
            "Kenya",
            "accuses",
            "Somalia",
            true,
        ),
        (
            "finland closure raja-jooseppi",
            "finland",
            "closes",
            "raja-jooseppi",
            false,
        ),
        (
            "Thailand closure Mae Sai",
            "Thailand",
            "closes",
            "Mae Sai",
            false,
        ),
    ] {
        let s = select(q);
        let c = &s.clauses[0];
        assert_eq!(
            (name(&c.subject), rel(c), c.object.as_ref().map(name)),
            (subject.to_string(), relation, Some(object.to_string())),
            "{q}"
        );
        assert_eq!(c.claim.is_some(), claim, "{q}");
    }
    // A common word after the noun is no name: another form reads it.
    let other = recognise("estonia closure plans", Vocab::builtin());
    assert!(
        !matches!(other, Ok(Some(Recognised { form, .. })) if form == "X accusation Y"),
        "estonia closure plans"
    );
}

#[test]
fn a_mistyped_when_opens_a_when_question() {
    for q in [
        "whn did laanemets accuse russia",
        "hwen did finland close vaalimaa",
    ] {
        assert_eq!(
            rec(q).form,
            rec(&q.replacen(q.split(' ').next().unwrap(), "when", 1)).form,
            "{q}"
        );
    }
}

#[test]
fn a_tail_that_asks_nothing_more_is_left_out() {
    // The query's shape, without its spans (the same words sit elsewhere).
    let shape = |q: &str| -> String {
        let r = rec(q);
        format!("{} {:?}", r.form, r.query)
            .chars()
            .filter(|c| !c.is_ascii_digit())
            .collect()
    };
    // "X who is he" is "who is X".
    assert_eq!(
        shape("matti pitkaniity who is he"),
        shape("who is matti pitkaniity")
    );
    // "… in these reports" asks about the articles anyway.
    for q in [
        "How are Norway and Finland linked in these reports?",
        "how are Norway and Finland linked according to the articles",
    ] {
        assert_eq!(shape(q), shape("how are Norway and Finland linked"), "{q}");
    }
    // "its Russian border" is its border with Russia.
    assert_eq!(
        shape("has sweden shut its russian border"),
        shape("has sweden shut its border with russia")
    );
}

#[test]
fn crossings_between_two_states() {
    for q in [
        "what is the only legal land crossing between Norway and Russia?",
        "only legal land crossing between norway and russia",
        "which crossings are on the border between Norway and Russia",
        "border crossings between Norway and Russia",
        "Which border crossing connects Norway and Russia?",
        "what crossings are there between Norway and Russia",
    ] {
        match rec(q).query {
            Query::Between(a, b) => {
                assert_eq!(a.text.to_lowercase(), "norway", "{q}");
                assert_eq!(b.text.to_lowercase(), "russia", "{q}");
            }
            other => panic!("{q}: {other:?}"),
        }
    }
    // Other words before the noun ask something else: who acted on the crossing,
    // where it is, how many there are.
    for q in [
        "who closed the crossing between Finland and Russia?",
        "who guards the crossing between Norway and Russia",
        "where is the crossing between Norway and Russia",
        "how many crossings are there between Norway and Russia",
    ] {
        assert!(
            !matches!(
                recognise(q, Vocab::builtin()),
                Ok(Some(Recognised {
                    query: Query::Between(..),
                    ..
                }))
            ),
            "{q}"
        );
    }
}

#[test]
fn a_link_between_two_entities_asked_with_a_noun() {
    for q in [
        "whats the link between maria zakharova and storskog",
        "What is the connection between Maria Zakharova and Storskog?",
        "connection between maria zakharova and storskog",
        "any ties between Maria Zakharova and Storskog?",
        "the relationship between Maria Zakharova and Storskog",
    ] {
        match rec(q).query {
            Query::Path(Term::Name(a), Term::Name(b)) => {
                assert_eq!(a.text.to_lowercase(), "maria zakharova", "{q}");
                assert_eq!(b.text.to_lowercase(), "storskog", "{q}");
            }
            other => panic!("{q}: {other:?}"),
        }
    }
    // One name, or words after the second, ask something else.
    for q in [
        "link between finland",
        "the link between Finland and Norway in 2023",
    ] {
        assert!(
            !matches!(
                recognise(q, Vocab::builtin()),
                Ok(Some(Recognised {
                    query: Query::Path(..),
                    ..
                }))
            ),
            "{q}"
        );
    }
}

#[test]
fn a_closure_asked_by_its_noun_is_when_the_state_closed_its_border() {
    for (q, subject, rel) in [
        (
            "when does finlands border closure take effect",
            "Finland",
            Relation::CLOSES,
        ),
        (
            "When does Finland's closure come into force?",
            "Finland",
            Relation::CLOSES,
        ),
        (
            "when did norways reopening start",
            "Norway",
            Relation::REOPENS,
        ),
        (
            "when does the Finnish border closure go into effect",
            "Finland",
            Relation::CLOSES,
        ),
    ] {
        let s = select(q);
        let c = &s.clauses[0];
        assert_eq!(name(&c.subject), subject, "{q}");
        assert!(
            matches!(c.relation, RelTerm::Fixed(r, _) if r == rel),
            "{q}"
        );
        assert_eq!(
            c.object.as_ref().map(name),
            Some("?crossing".to_string()),
            "{q}"
        );
        assert!(s.by_date, "{q}");
    }
    // What is to come may be possible; what did happen is asked as asserted.
    assert!(select("when does finlands closure take effect")
        .conds
        .contains(&Cond::AnyModality));
    assert!(!select("when did finlands closure take effect")
        .conds
        .contains(&Cond::AnyModality));
    // Not a noun of another relation, nor more words after the event.
    for q in [
        "when does finlands accusation take effect",
        "when does finlands closure of storskog matter most",
    ] {
        assert!(
            recognise(q, Vocab::builtin())
                .ok()
                .flatten()
                .is_none_or(|r| r.form != "when does X's closure take effect"),
            "{q}"
        );
    }
}

#[test]
fn where_does_x_lie_asks_where_it_is() {
    for q in ["where does storskog lie", "Where does Storskog lie?"] {
        let s = select(q);
        let c = &s.clauses[0];
        assert_eq!(name(&c.subject).to_lowercase(), "storskog", "{q}");
        assert!(
            matches!(c.relation, RelTerm::Fixed(r, _) if r == Relation::LOCATED_IN),
            "{q}"
        );
    }
}

#[test]
fn an_adverb_of_emphasis_after_the_question_word_changes_nothing() {
    // The same query but for the positions of its words.
    let shape = |q: &str| {
        format!("{:?}", rec(q).query)
            .chars()
            .filter(|c| !c.is_ascii_digit())
            .collect::<String>()
    };
    for (q, plain) in [
        ("where exactly is Storskog?", "where is Storskog?"),
        ("who actually closed Storskog", "who closed Storskog"),
        (
            "what precisely did Estonia accuse Russia of",
            "what did Estonia accuse Russia of",
        ),
        (
            "when exactly did Finland close Vaalimaa",
            "when did Finland close Vaalimaa",
        ),
    ] {
        assert_eq!(shape(q), shape(plain), "{q}");
    }
}
