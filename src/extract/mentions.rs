//! Stage 2 of extraction: names the lexicon does not know, found once per document
//! from how news writing introduces them, and merged into one unit each.
//!
//! Officials come after a title ("Interior Minister Agnė Bilotaitė") or before an
//! appositive one ("Anton Bychkovsky, a spokesman for …"), or between commas after one
//! ("Pakistan's interior minister, Mohsin Naqvi, said"); crossings before a crossing
//! head ("the Kuźnica crossing", "the Simón Bolívar bridge") or after "the crossing
//! at"; places before a state ("Druskininkai, Lithuania"), after a settlement noun
//! ("the town of Krāslava") or before one ("Batken region"); organisations by their
//! last word ("Polish Border Guard", "Rapid Support Forces") or as unknown acronyms.
//! A second pass links mentions of these names that come before their introduction.

use super::doc::{Doc, Ent};
use super::english::date_word;
use super::units::{Unit, UnitKind};
use crate::lexicon::{Cue, MentionKind};
use crate::model::EntityType;
use crate::text::fold;

pub(super) mod crossings;
mod links;
mod names;
mod objects;
mod places;
mod titles;
pub use crossings::plural;
use crossings::{
    closed_in_passive, closed_list_follows, closed_name, crossing_head, crossing_list,
    crossings_spoken_of, joined_crossing, long_crossing_name_end, named_crossing,
    plural_crossings_at, road_through, town_crossing, traffic_stops_at, AFTER_CLOSED_NAME,
};
use links::{known_at, link_known, link_outlet};
use names::{defined_acronym, org_name_end, other_bearer, shouted, speech_verb_at, with_article};
use objects::acted_on;
use places::{apposition_end, autonomous_noun, place_apposition, state_after};
use titles::{
    appositive_title, office_before_comma, set_off_speaker, title_before, title_state, who_follows,
};
pub use titles::{heads_body, portfolio_word, title_end, title_modifier};

/// Whether the capital at unit `k` is a given name: "Sofía Echeverría, a spokeswoman",
/// "Santiago Cafiero said" — one word the lexicon knows as a capital or seat of
/// government, then one or two capitalised words the lexicon does not know (nor a
/// weekday or month: "Moscow Monday accused") and no further name word ("Sofia
/// Airport Authority" stays the capital's).
fn given_capital(doc: &Doc<'_>, units: &[Unit], k: usize, kind: Option<MentionKind>) -> bool {
    let one_word = !doc.text[units[k].span.0..units[k].span.1].contains(' ');
    if kind != Some(MentionKind::Metonym) || !one_word {
        return false;
    }
    let unknown = |j: usize| {
        units.get(j).is_some_and(|n| {
            n.kind == UnitKind::Word
                && doc.capitalised(n)
                && !(date_word(doc.word(n)) && doc.word(n) != "may")
        })
    };
    let run = (k + 1..k + 4).take_while(|&j| unknown(j)).count();
    (1..=2).contains(&run)
        && !units
            .get(k + 1 + run)
            .is_some_and(|n| n.kind != UnitKind::Punct && doc.capitalised(n))
}

/// Finds the document's names in every sentence's units, in place.
pub fn discover(doc: &mut Doc<'_>, sentences: &mut [Vec<Unit>], outlet: Option<&str>) {
    // The outlet's own name first: "**Teranga Post** · Saint-Louis", "Photo: Teranga
    // Post / M. Diallo", "… | Bab el-Mandeb Post" name no crossing.
    if let Some(name) = outlet.filter(|n| n.split_whitespace().count() >= 2) {
        let e = doc.register_outlet(name);
        let folded = fold(name);
        for units in sentences.iter_mut() {
            let linked = link_outlet(doc, units, e, &folded);
            *units = linked;
        }
    }
    doc.note_known_people(sentences);
    // "Germán Apaza": a word written with accents before a name no list knows is a
    // given name, not an English demonym ("German"); "Burkinabè soldiers" stays one.
    for units in sentences.iter_mut() {
        for k in 0..units.len() {
            let accented = !doc.text[units[k].span.0..units[k].span.1].is_ascii();
            let name_next = units
                .get(k + 1)
                .is_some_and(|n| n.kind == UnitKind::Word && doc.capitalised(n));
            let kind = doc.entity_cue(&units[k]).map(|(_, m)| m);
            if name_next
                && ((accented && kind == Some(MentionKind::Demonym))
                    || given_capital(doc, units, k, kind))
            {
                units[k].kind = UnitKind::Word;
            }
        }
    }
    for units in sentences.iter_mut() {
        let found = discover_in(doc, units);
        *units = with_article(doc, found);
    }
    for units in sentences.iter_mut() {
        let linked = link_known(doc, units);
        *units = linked;
    }
    for u in sentences.iter().flatten() {
        if let UnitKind::Found(e) = u.kind {
            let written = &doc.text[u.span.0..u.span.1];
            doc.take_case(e, written);
        }
    }
}

/// Whether unit `k` is a capitalised division noun naming a division with the name
/// before it ("Võru County", "Pujehun District"), not opening a title or a body's name
/// ("Chililabombwe District Commissioner", "Pujehun District Council").
fn division_noun_at(doc: &Doc<'_>, units: &[Unit], k: usize) -> bool {
    units
        .get(k)
        .is_some_and(|x| doc.lex.words.division_nouns.contains(doc.word(x)) && doc.capitalised(x))
        && !doc.has_at(units, k + 1, |c| matches!(c, Cue::Office | Cue::OrgHead))
}

/// Bodies a leader is named with: "the Lukashenko regime", "Maduro's government".
const LEADER_BODIES: &[&str] = &["regime", "administration", "government", "junta", "cabinet"];

/// Finds names in one sentence's units and merges each into one unit.
/// The state named in the last three units read, when the entity named last there is
/// one: "Thailand's" before "Surin province".
fn state_before(doc: &Doc<'_>, out: &[Unit]) -> Option<u32> {
    let (e, _) = out.iter().rev().take(3).find_map(|x| doc.entity_cue(x))?;
    (doc.ent(e).entity.etype == EntityType::State).then_some(e)
}

fn discover_in(doc: &mut Doc<'_>, units: &[Unit]) -> Vec<Unit> {
    let n = units.len();
    let mut out: Vec<Unit> = Vec::with_capacity(n);
    let shouted = shouted(doc, units);
    let mut i = 0;
    while i < n {
        let u = units[i];
        // "the Third Thai-Lao Friendship Bridge": a crossing named after its states.
        if let Some(head) = crossings::pair_named_crossing_end(doc, units, i) {
            // Named in full: "Friendship" alone names nothing.
            let label = doc.original(units, i, head + 1).to_string();
            let e = doc.found_entity(&label, EntityType::Crossing, None);
            doc.add_alias(e, doc.original(units, i, head));
            out.push(Unit::merge(units, i, head - 1, UnitKind::Found(e)));
            i = head;
            continue;
        }
        // "the Bridge of the Americas": the whole is the crossing's name.
        if let Some(end) = crossings::bridge_of_end(doc, units, i) {
            let label = doc.original(units, i, end).to_string();
            let e = doc.found_entity(&label, EntityType::Crossing, None);
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            i = end;
            continue;
        }
        // A place the lexicon knows, before a crossing head: "the Rafah crossing".
        if let Some((p, MentionKind::Name)) = doc.entity_cue(&u) {
            let place = doc.ent(p).entity.etype == EntityType::Place;
            // "Võru County", "Vukovar-Srijem County": a town's name, maybe joined to
            // more by hyphens, then a capitalised division noun names the division.
            // "Liang Zhiqiang, Zhuhai's vice-mayor, …", "Zafar Rakhimov, the khokim
            // (governor) of …": a town's name, then an unknown capitalised word or two,
            // then an apposition with an office, is a person's name.
            if let Some(end) = place
                .then(|| names::town_opens_person(doc, units, i))
                .flatten()
            {
                let label = doc.original(units, i, end).to_string();
                let e = doc.found_entity(&label, EntityType::Person, None);
                out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
                i = end;
                continue;
            }
            if place {
                let mut end = i + 1;
                while doc.is_punct(units, end, "-")
                    && units.get(end + 1).is_some_and(|x| doc.cap(x, false))
                {
                    end += 2;
                }
                if division_noun_at(doc, units, end) {
                    let label = doc.original(units, i, end + 1).to_string();
                    let st = doc.state_of(Ent::Lex(p));
                    let e = doc.found_entity(&label, EntityType::Place, st);
                    out.push(Unit::merge(units, i, end, UnitKind::Found(e)));
                    i = end + 1;
                    continue;
                }
                // "Guangxi Zhuang Autonomous Region", "the Tibet Autonomous Region": the
                // region the lexicon knows, named in full.
                if let Some(noun) = autonomous_noun(doc, units, i + 1) {
                    out.push(Unit::merge(units, i, noun, UnitKind::Found(p)));
                    i = noun + 1;
                    continue;
                }
            }
            if let Some(next) = joined_crossing(doc, units, i, i + 1, p, &mut out) {
                i = next;
                continue;
            }
            if let Some(how) = place.then(|| town_crossing(doc, units, i)).flatten() {
                let label = doc.original(units, i, i + 1).to_string();
                let c = doc.crossing_named_after(p, &label);
                out.push(Unit::merge(units, i, i, UnitKind::Found(c)));
                i += 1;
                let more = how.closed
                    && crossings_spoken_of(doc, units)
                    && closed_list_follows(doc, units, i);
                if how.listed || more {
                    i = crossing_list(doc, units, i, None, &mut out);
                }
                continue;
            }
            if place && crossing_head(doc, units, i + 1) {
                let label = doc.original(units, i, i + 1).to_string();
                let c = doc.crossing_named_after(p, &label);
                // The head may stand past a kind: "the Busia international border post".
                let head_end = if doc.has_at(units, i + 1, |c| *c == Cue::CrossingHead) {
                    i + 2
                } else {
                    i + 3
                };
                let alias = doc.original(units, i, head_end).to_string();
                doc.add_alias(c, &alias);
                out.push(Unit::merge(units, i, i, UnitKind::Found(c)));
                i += 1;
                continue;
            }
        }
        // "Colonel Issoufou Garba Maïga": a known person's surname after a title,
        // followed by more of a name, opens another person's name.
        if let Some(run) = names::past_known_surname(doc, units, i) {
            let label = doc.original(units, i, run).to_string();
            let state = title_state(doc, units, i);
            let e = doc.found_entity(&label, EntityType::Person, state);
            out.push(Unit::merge(units, i, run - 1, UnitKind::Found(e)));
            i = run;
            continue;
        }
        // "Maseru Bridge", "the Kinshasa ferry port": a capital before a crossing head
        // names the crossing, not its state.
        if let Some(st) = crossings::capital_before_head(doc, units, i) {
            let label = doc.original(units, i, i + 2).to_string();
            let c = doc.found_entity(&label, EntityType::Crossing, Some(st));
            out.push(Unit::merge(units, i, i + 1, UnitKind::Found(c)));
            i += 2;
            continue;
        }
        // "the West Papua National Liberation Army": a place's name right before a body
        // the lexicon knows by a generic name of two or more words ending in a body's
        // word names another body (not Colombia's National Liberation Army).
        if let Some(end) = names::place_body(doc, units, i) {
            let label = doc.original(units, i, end).to_string();
            let e = doc.found_entity(&label, EntityType::Organisation, None);
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            i = end;
            continue;
        }
        // "the San Roque González de Santa Cruz bridge", "the Francisco de Paula
        // Santander bridge": a long name, with particles and towns or people the
        // lexicon knows inside, before a crossing head.
        if let Some(end) = long_crossing_name_end(doc, units, i) {
            let label = doc.original(units, i, end).to_string();
            let e = doc.found_entity(&label, EntityType::Crossing, None);
            doc.add_alias(e, doc.original(units, i, end + 1));
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            i = end;
            continue;
        }
        // "the Panji Poyon checkpoint", "the King Hussein Bridge": a crossing's name
        // may open with a word the lexicon knows as a town or a title; a title alone
        // names one before a capitalised bridge, crossing, checkpoint or gate ("the
        // Ambassador Bridge").
        let office = doc.has(&u, |c| *c == Cue::Office);
        let opens = office
            || doc.entity_cue(&u).is_some_and(|(p, k)| {
                k == MentionKind::Name && doc.ent(p).entity.etype == EntityType::Place
            });
        if opens
            && doc
                .original(units, i, i + 1)
                .starts_with(char::is_uppercase)
        {
            let run = doc.name_end(units, i + 1, 2, true);
            // "the Calexico West port of entry": a point of the compass after the town.
            let run = if run == i + 1 && names::compass_suffix(doc, units, run) {
                run + 1
            } else {
                run
            };
            // (Only the lexicon's titled crossing heads: not "Foreign Minister Post".)
            let titled = office
                && run == i + 1
                && units.get(run).is_some_and(|h| doc.capitalised(h))
                && doc
                    .lex
                    .words
                    .titled_crossing_heads
                    .contains(doc.word(&units[run]));
            if (run > i + 1 || titled) && crossing_head(doc, units, run) {
                let label = doc.original(units, i, run).to_string();
                // The town's state is not the crossing's: a name shares words by chance.
                let e = doc.found_entity(&label, EntityType::Crossing, None);
                doc.add_alias(e, doc.original(units, i, run + 1));
                out.push(Unit::merge(units, i, run - 1, UnitKind::Found(e)));
                i = run;
                continue;
            }
        }
        // "Foreign Minister Israel Katz", "his counterpart, Hassan Sheikh Mohamud,":
        // a word the gazetteer knows as a state or town may open a person's name where
        // the context says a person is named.
        let place_word = doc.entity_cue(&u).is_some_and(|(e, k)| {
            k == MentionKind::Name
                && matches!(
                    doc.ent(e).entity.etype,
                    EntityType::State | EntityType::Place
                )
        });
        // (After a title, or set off by commas after one, more of the name may be known
        // places too: "Governor Lorena Ibarra Cota", "Colombia's foreign minister,
        // Mariana Restrepo Villalba,"; not "residents of Calexico Mexicali said".)
        let titled = || title_before(doc, units, i) || office_before_comma(doc, units, i);
        let name_follows = units
            .get(i + 1)
            .is_some_and(|n| doc.cap(n, true) || (doc.known_name_word(n) && titled()));
        // "the Minister of Economy of Armenia Karen Avagyan": the state ends the title.
        let end = if place_word && name_follows && !titles::state_closes_title(doc, units, i) {
            doc.person_end(units, i + 1, 3)
        } else {
            i
        };
        // "with his Somali counterpart, Hassan Sheikh Mohamud." ends the sentence.
        let name_ends = end == n
            || [",", ".", ";", ")"]
                .iter()
                .any(|p| doc.is_punct(units, end, p));
        let person_context = end > i + 1
            && (title_before(doc, units, i)
                || (doc.is_punct(units, end, ",") && appositive_title(doc, units, end))
                || (name_ends && office_before_comma(doc, units, i))
                || ((i > 0 && doc.is_word(units, i - 1, &["said", "told", "says"]))
                    || speech_verb_at(doc, units, end)));
        if person_context {
            let state = title_state(doc, units, i);
            let label = doc.original(units, i, end).to_string();
            let e = doc.found_entity(&label, EntityType::Person, state);
            if let Some(st) = state {
                doc.learn_location(e, st);
            }
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            i = end;
            continue;
        }
        // "the Thala Barivat district" opens with a town's name (`Doc::name_end`).
        let town_first = doc.gazetteer_town_word(&u) && doc.name_end(units, i, 4, true) > i + 1;
        // "Sabah al-Jubouri": a place's name before a name particle opens a person's.
        let place_then_particle = doc.entity_cue(&u).is_some_and(|(e, k)| {
            k == MentionKind::Name && doc.ent(e).entity.etype == EntityType::Place
        }) && units.get(i + 1).is_some_and(|n| doc.is_particle(n))
            && doc.is_punct(units, i + 2, "-");
        // "Cameroon's East region", "the Far North Region": capitalised points of the
        // compass before a settlement noun name a region.
        if let Some(noun) = names::compass_region(doc, units, i) {
            let state = state_before(doc, &out);
            let label = super::view::title_case(doc.original(units, i, noun + 1));
            let e = doc.found_entity(&label, EntityType::Place, state);
            out.push(Unit::merge(units, i, noun, UnitKind::Found(e)));
            i = noun + 1;
            continue;
        }
        let compass_body = names::compass_opens(doc, units, i);
        // "Zambia Police Service": a body word the names list keeps out ("Police")
        // opening a body's name.
        let body_opens = doc.capitalised(&u) && !doc.word(&u).starts_with("the ") && {
            let end = org_name_end(doc, units, i);
            end >= i + 2 && doc.has(&units[end - 1], |c| *c == Cue::OrgHead)
        };
        if !doc.cap(&u, false)
            && !town_first
            && !place_then_particle
            && !compass_body
            && !body_opens
        {
            out.push(u);
            i += 1;
            continue;
        }
        let text = doc.text;
        let label = |a: usize, b: usize| text[units[a].span.0..units[b - 1].span.1].to_string();
        let word_run = doc.name_end(units, i, 4, true);
        // A name seen before in this document.
        if let Some((j, e)) = known_at(doc, units, i, word_run) {
            if let Some(next) = joined_crossing(doc, units, i, j, e, &mut out) {
                i = next;
                continue;
            }
            // A place first read as one is a crossing in "the X and Y crossings".
            // So is one closed in a passive ("Makalondi was closed by Nigerien troops"),
            // and one where traffic stops or resumes ("resumed operations at Zamiin-Uud").
            let crossing_next = crossing_head(doc, units, j)
                || (doc.is_word(units, j, &["and"]) && crossing_head(doc, units, j + 2))
                || closed_in_passive(doc, units, i, j)
                || closed_name(doc, units, i, j)
                || traffic_stops_at(doc, units, i);
            if crossing_next && doc.ent(e).entity.etype == EntityType::Place {
                doc.retype(e, EntityType::Crossing);
            }
            out.push(Unit::merge(units, i, j - 1, UnitKind::Found(e)));
            // "shut Medininkai and Šalčininkai": the names closed with a crossing.
            let closed = i >= 1 && crossings::crossing_verb(doc, &units[i - 1]);
            i = j;
            if closed
                && doc.ent(e).entity.etype == EntityType::Crossing
                && closed_list_follows(doc, units, i)
            {
                i = crossing_list(doc, units, i, None, &mut out);
            }
            continue;
        }
        // "Crescencio Nsue Obama", "Michelle Obama": given names no list knows before
        // a known person's surname name another person (not "Thursday Obama": names
        // only, and not one the person is known by).
        if let Some(end) = other_bearer(doc, units, i, word_run) {
            let label = doc.original(units, i, end).to_string();
            let e = doc.found_entity(&label, EntityType::Person, None);
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            i = end;
            continue;
        }
        // "Kataib Hezbollah", "Asaib Ahl al-Haq": an unknown capitalised word right
        // before a body the lexicon knows names another body (not at the start of a
        // sentence, where any word is capitalised).
        let body_next = units
            .get(word_run)
            .and_then(|x| doc.entity_cue(x))
            .is_some_and(|(e, k)| {
                k == MentionKind::Name && doc.ent(e).entity.etype == EntityType::Organisation
            });
        let epithet = doc.lex.words.body_epithets.contains(doc.word(&u));
        // Mid-sentence: after a word or a comma, not an opening quote.
        let mid =
            i > 0 && (units[i - 1].kind != UnitKind::Punct || doc.is_punct(units, i - 1, ","));
        // "In a statement, Rosselkhoznadzor accused China": a body, see `lone_speaker`.
        if word_run == i + 1 && u.kind == UnitKind::Word && names::lone_speaker(doc, units, i) {
            let e = doc.found_entity(&label(i, i + 1), EntityType::Organisation, None);
            out.push(Unit::merge(units, i, i, UnitKind::Found(e)));
            i += 1;
            continue;
        }
        // "accused Misseriya militias": a group named before a noun of armed men.
        // (Named by its name, "YPG", "Katiba Macina", and by the words read.)
        if mid && !epithet && names::armed_group(doc, units, i, word_run) {
            let e = doc.found_entity(&label(i, word_run), EntityType::Organisation, None);
            doc.add_alias(e, &label(i, word_run + 1));
            out.push(Unit::merge(units, i, word_run, UnitKind::Found(e)));
            i = word_run + 1;
            continue;
        }
        if word_run == i + 1 && mid && u.kind == UnitKind::Word && body_next && !epithet {
            let e = doc.found_entity(&label(i, i + 2), EntityType::Organisation, None);
            out.push(Unit::merge(units, i, i + 1, UnitKind::Found(e)));
            i += 2;
            continue;
        }
        // "Inter-Services Public Relations (ISPR)": a body defined with its acronym,
        // whose letters open its words.
        // (Not a person's after a title: "President Andrés Manuel López Obrador (AMLO)".)
        if let Some(end) = defined_acronym(doc, units, i).filter(|_| !title_before(doc, units, i)) {
            let e = doc.found_entity(&label(i, end), EntityType::Organisation, None);
            doc.add_alias(e, doc.word(&units[end + 1]).to_uppercase().as_str());
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            out.push(units[end]);
            out.push(Unit::merge(units, end + 1, end + 1, UnitKind::Found(e)));
            i = end + 2;
            continue;
        }
        // An official after a title, before an appositive title, or set off by commas
        // after one.
        // "Datuk Nik Mohd Faris Nik Hassan": after a title, a name of up to five words
        // when no capitalised word follows (not "Minister Ahmed Moalim Fiqi Visits
        // Dhobley" in a title-cased headline).
        let titled_run = Some(doc.person_end(units, i, 5))
            .filter(|&r| r < i + 5 || units.get(r).is_none_or(|x| !doc.cap(x, false)))
            .unwrap_or_else(|| doc.person_end(units, i, 4));
        // "Mrs. Nino Gelashvili": an honorific opens a person's name wherever it stands.
        let honorific_at = |k: usize| doc.lex.words.honorifics.contains(doc.word(&units[k]));
        let honorific = titled_run > i
            && ((i >= 1 && honorific_at(i - 1))
                || (i >= 2 && doc.is_punct(units, i - 1, ".") && honorific_at(i - 2)));
        let titled = (title_before(doc, units, i) || honorific)
            && titled_run > i
            && (titled_run >= i + 2 || !doc.cap(units.get(titled_run).unwrap_or(&u), false));
        if titled {
            let state = title_state(doc, units, i);
            let e = doc.found_entity(&label(i, titled_run), EntityType::Person, state);
            if let Some(st) = state {
                doc.learn_location(e, st);
            }
            out.push(Unit::merge(units, i, titled_run - 1, UnitKind::Found(e)));
            i = titled_run;
            continue;
        }
        // Set off by commas, a name may hold a word the gazetteer knows as a place
        // ("Juan Manuel Santos", "Paul Atanga Nji").
        let person_run = doc.person_end(units, i, 4).max(word_run);
        let appositive = person_run >= i + 2 && appositive_title(doc, units, person_run);
        // "…, said Panama's Commerce Minister, Ramón Martínez.": or ending the sentence.
        let comma_set = person_run >= i + 2
            && office_before_comma(doc, units, i)
            && units.get(person_run).is_none_or(|x| {
                [",", ".", ";", ")"]
                    .iter()
                    .any(|p| doc.is_punct(units, person_run, p))
                    && x.kind == UnitKind::Punct
            });
        if appositive || comma_set || set_off_speaker(doc, units, i, person_run) {
            let e = doc.found_entity(&label(i, person_run), EntityType::Person, None);
            out.push(Unit::merge(units, i, person_run - 1, UnitKind::Found(e)));
            i = person_run;
            continue;
        }
        // `"…," said Ahmed Khan`, `Hun Manet said`, `Greg Abbott accused`: two or three
        // names before a verb only people and bodies use.
        let plain_run = (i..word_run).all(|m| {
            !doc.has(&units[m], |c| {
                matches!(
                    c,
                    Cue::CrossingHead | Cue::SettlementNoun | Cue::OrgHead | Cue::Landmark
                )
            })
        });
        // "Katie Hobbs, a Democrat, blamed": past a short apposition.
        let verb_at = apposition_end(doc, units, word_run).unwrap_or(word_run);
        let speaking = (2..=3).contains(&(word_run - i))
            && plain_run
            && (who_follows(doc, units, word_run)
                || speech_verb_at(doc, units, verb_at)
                || (i > 0 && doc.is_word(units, i - 1, &["said", "told", "says"])));
        // "Alexander Lukashenko's government", "the regime of Daniel Ortega", "the
        // Biden administration": a leader.
        let leads = |k: usize| doc.is_word(units, k, LEADER_BODIES);
        let leader = ((2..=3).contains(&(word_run - i))
            && ((doc.is_word(units, word_run, &["'s"]) && leads(word_run + 1))
                || (i >= 2 && doc.is_word(units, i - 1, &["of"]) && leads(i - 2))))
            || ((1..=2).contains(&(word_run - i))
                && leads(word_run)
                && i > 0
                && doc.is_word(units, i - 1, &["the"]));
        if speaking || leader {
            let e = doc.found_entity(&label(i, word_run), EntityType::Person, None);
            out.push(Unit::merge(units, i, word_run - 1, UnitKind::Found(e)));
            i = word_run;
            continue;
        }
        if let Some(next) = acted_on(doc, units, i, word_run, plain_run, &mut out) {
            i = next;
            continue;
        }
        let run = doc.name_end(units, i, 3, true);
        // "the Tui–Valença bridge": past the town the new name is joined to.
        let run = crossings::dashed_to_town(doc, units, i, run).unwrap_or(run);
        // "reopened Kerem Shalom on Sunday": a name right after a verb that closes or
        // reopens crossings, ending the clause or before a preposition, is a crossing.
        let crossing_verb = |k: usize| crossings::crossing_verb(doc, &units[k]);
        // "reopened Kerem Shalom", "closed the Ras Jedir", and "halted traffic at
        // Petrapole" (a verb whose own object is the traffic, then "at").
        let verb_before = (1..=2).any(|d| {
            i >= d && (d == 1 || doc.is_word(units, i - 1, &["the"])) && crossing_verb(i - d)
        }) || traffic_stops_at(doc, units, i)
            || road_through(doc, units, i, &crossing_verb);
        let closes_clause = units.get(run).is_none_or(|x| x.kind == UnitKind::Punct)
            || doc.is_word(units, run, AFTER_CLOSED_NAME);
        // "Makalondi was closed by Nigerien troops", "Kaya has been shut since
        // Monday": a name no list knows, then a passive of closing or reopening.
        let passive_after = run > i && closed_in_passive(doc, units, i, run);
        if (verb_before && closes_clause || passive_after) && run > i {
            let e = doc.found_entity(&label(i, run), EntityType::Crossing, None);
            out.push(Unit::merge(units, i, run - 1, UnitKind::Found(e)));
            i = run;
            // "shut Medininkai and Šalčininkai on Monday": the names closed with it.
            if verb_before && crossings_spoken_of(doc, units) && closed_list_follows(doc, units, i)
            {
                i = crossing_list(doc, units, i, None, &mut out);
            }
            continue;
        }
        // Crossings: "the Torkham crossing", "Medininkai, the busiest crossing on the
        // road", "the crossing at Chaman" (crossings::named_crossing says how).
        if let Some(named) = named_crossing(doc, units, i, run) {
            let (at, included, state) = (named.at, named.included, named.state);
            // "the Friendship Bridge": a name of what the crossing stands for is no
            // place's; the crossing is named with its head, and not by the word alone
            // ("the Friendship Highway").
            let ideal = crossings::named_for_ideal(doc, units, run);
            let e = doc.found_entity(&label(i, run + ideal as usize), EntityType::Crossing, state);
            if crossing_head(doc, units, run) && !ideal {
                // "the Lachin corridor" is also a name of the crossing "Lachin".
                doc.add_alias(e, &label(i, run + 1));
            }
            out.push(Unit::merge(units, i, run - 1, UnitKind::Found(e)));
            i = run;
            // "the crossings at Kharlachi, Angoor Adda and Ghulam Khan", "three posts,
            // including Aflao and Elubo": the list goes on.
            if at || included {
                i = crossing_list(doc, units, i, state, &mut out);
            }
            continue;
        }
        if run > i && doc.is_word(units, run, &["and"]) {
            let run2 = doc.name_end(units, run + 1, 3, true);
            // "the Kuźnica and Bobrowniki (road) crossings": a plural crossing noun.
            let heads = crossing_head(doc, units, run2) || plural_crossings_at(doc, units, run2);
            if run2 > run + 1 && heads {
                let a = doc.found_entity(&label(i, run), EntityType::Crossing, None);
                out.push(Unit::merge(units, i, run - 1, UnitKind::Found(a)));
                out.push(units[run]);
                let b = doc.found_entity(&label(run + 1, run2), EntityType::Crossing, None);
                out.push(Unit::merge(units, run + 1, run2 - 1, UnitKind::Found(b)));
                i = run2;
                continue;
            }
        }
        // Places: "Druskininkai, Lithuania"; "the town of Krāslava"; "Batken region".
        let town_of = i >= 2
            && doc.is_word(units, i - 1, &["of"])
            && doc.has(&units[i - 2], |c| *c == Cue::SettlementNoun);
        let org_word = (i..run + 1).any(|m| doc.has_at(units, m, |c| *c == Cue::OrgHead));
        // "the regent of Sanggau", "the mayor of Zwedru": a local office's place.
        let office_of = i >= 2
            && doc.is_word(units, i - 1, &["of"])
            && doc
                .lex
                .words
                .local_offices
                .contains(doc.word(&units[i - 2]))
            && !org_word;
        let town_of = town_of || office_of;
        // Not "a mostly Christian town", "an Alawite village": after an indefinite
        // article or a degree word, capitals before the noun describe it.
        let adjectival = i > 0
            && doc.is_word(
                units,
                i - 1,
                &[
                    "a",
                    "an",
                    "mostly",
                    "predominantly",
                    "largely",
                    "mainly",
                    "overwhelmingly",
                ],
            );
        let noun_after = run > i
            && doc.has_at(units, run, |c| *c == Cue::SettlementNoun)
            && !doc.is_word(units, run, &["capital", "area"])
            && !org_word
            && !adjectival;
        // "the Galwan Valley", "Pangong Lake": the noun is part of the name.
        if run > i && doc.has_at(units, run, |c| *c == Cue::Landmark) && !org_word {
            let cap_noun = doc.text[units[run].span.0..].starts_with(char::is_uppercase);
            let end = if cap_noun { run + 1 } else { run };
            let e = doc.found_entity(&label(i, end), EntityType::Place, None);
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            i = end;
            continue;
        }
        let state = state_after(doc, units, run);
        let set_off = run > i && place_apposition(doc, units, run);
        if run > i && (state.is_some() || town_of || noun_after || set_off) {
            // "Thailand's Surin province", "the Pakistani town of Chaman"; a capitalised
            // division noun is part of the name ("Sierra Leone's Pujehun District"),
            // which is then also the bare name's.
            let division = noun_after && division_noun_at(doc, units, run);
            let end = if division { run + 1 } else { run };
            let state = state.or_else(|| state_before(doc, &out));
            let e = doc.found_entity(&label(i, end), EntityType::Place, state);
            if division {
                doc.add_alias(e, &label(i, run));
            }
            out.push(Unit::merge(units, i, end - 1, UnitKind::Found(e)));
            i = end;
            continue;
        }
        // Organisations by their last word; a demonym just before belongs to the name.
        let mut org_run = org_name_end(doc, units, i);
        // "the Sinaloa Cartel", "Zuwara Municipal Council": a town or region the
        // gazetteer knows, then a body's name, is the body's.
        // A place of several words only before a body of several ("the Kon Tum
        // Provincial Border Guard Command").
        let long_place = |x: &Unit| {
            org_run >= i + 2
                && doc.capitalised(x)
                && doc.entity_cue(x).is_some_and(|(e, k)| {
                    k == MentionKind::Name
                        && !doc.is_found(e)
                        && doc.ent(e).entity.etype == EntityType::Place
                })
        };
        let place_before = out
            .last()
            .filter(|x| doc.gazetteer_town_word(x) || long_place(x))
            .and_then(|x| doc.entity_cue(x));
        if org_run == i
            && place_before.is_some()
            && doc.capitalised(&u)
            && doc.has(&u, |c| *c == Cue::OrgHead)
        {
            org_run = i + 1;
        }
        // "Polish Border Guard", and "Second Army Region" (a head, then a region noun).
        let head = org_run > i
            && (doc.has(&units[org_run - 1], |c| *c == Cue::OrgHead)
                || (org_run >= i + 2
                    && doc.has(&units[org_run - 2], |c| *c == Cue::OrgHead)
                    && doc.has(&units[org_run - 1], |c| *c == Cue::SettlementNoun)));
        // "Ministry of the Interior", "State Committee for National Security of
        // Tajikistan": tails joined by "of" and "for", a state's name among them.
        let mut tail_state = None;
        while head && doc.is_word(units, org_run, &["of", "for"]) {
            let mut k = org_run + 1;
            if doc.is_word(units, k, &["the"]) {
                k += 1;
            }
            if let Some((st, MentionKind::Name)) = units.get(k).and_then(|x| doc.entity_cue(x)) {
                if doc.ent(st).entity.etype == EntityType::State {
                    tail_state = Some(st);
                    org_run = k + 1;
                    break;
                }
            }
            let tail = doc.name_end(units, k, 3, false);
            if tail > k {
                org_run = tail;
            } else {
                break;
            }
            // "Ministry of Foreign and Diaspora Affairs", "Department of Trade and
            // Industry": a capitalised tail after "and" that is no entity nor another body.
            if doc.is_word(units, org_run, &["and"])
                && units
                    .get(org_run + 1)
                    .is_some_and(|x| doc.entity_cue(x).is_none())
            {
                let more = doc.name_end(units, org_run + 1, 3, false);
                if more > org_run + 1 && !doc.has(&units[more - 1], |c| *c == Cue::OrgHead) {
                    org_run = more;
                }
            }
        }
        // "Polish Border Guard"; "Ghana Revenue Authority", "Kenya Defence Forces": a
        // state's name right before the body is part of it too.
        let demonym_before = out
            .last()
            .and_then(|x| doc.entity_cue(x))
            .filter(|&(st, m)| {
                m == MentionKind::Demonym
                    || (m == MentionKind::Name
                        && doc.ent(st).entity.etype == EntityType::State
                        && head
                        && org_run >= i + 2)
            });
        // "the Border Management Authority": a capitalised body word the lexicon knows
        // ("Border", "National") opens the name.
        let body_word_before = out.last().is_some_and(|x| {
            matches!(x.kind, UnitKind::Cue(..))
                && doc.capitalised(x)
                && doc.entity_cue(x).is_none()
                && doc.has(x, |c| matches!(c, Cue::Qualifier | Cue::Group))
                && !doc.has(x, |c| matches!(c, Cue::Office))
                && out.len() >= 2
        });
        if head && (org_run >= i + 2 || demonym_before.is_some() || place_before.is_some()) {
            let head = doc.word(&units[org_run - 1]).to_string();
            let owner = |skip: usize| names::possessive_owner(doc, &out, skip, &head);
            let (start, located) = match (demonym_before, place_before) {
                (Some((st, _)), _) => (out.pop().unwrap_or(u), Some(st)),
                (None, Some(_)) => (out.pop().unwrap_or(u), None),
                (None, None) if body_word_before => {
                    let located = tail_state.or_else(|| owner(1));
                    (out.pop().unwrap_or(u), located)
                }
                (None, None) => (u, tail_state.or_else(|| owner(0))),
            };
            let last = units[org_run - 1];
            let lab = doc.text[start.span.0..last.span.1].to_string();
            let e = doc.found_entity(&lab, EntityType::Organisation, located);
            out.push(Unit {
                folded: (start.folded.0, last.folded.1),
                span: (start.span.0, last.span.1),
                kind: UnitKind::Found(e),
            });
            i = org_run;
            continue;
        }
        // An acronym nobody defined: "the RSF", "TTP fighters", "the CPN-UML".
        if let Some(last) = names::undefined_acronym(doc, units, i, word_run).filter(|_| !shouted) {
            let w = &doc.text[u.span.0..units[last].span.1];
            let e = doc.found_entity(w, EntityType::Organisation, None);
            out.push(Unit::merge(units, i, last, UnitKind::Found(e)));
            i = last + 1;
            continue;
        }
        out.push(u);
        i += 1;
    }
    out
}
