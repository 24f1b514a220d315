//! Compiling the lexicon files into one [`Lexicon`]: the matcher, the name index,
//! the frames and the word lists.

use super::*;

struct Builder {
    patterns: Vec<String>,
    index: HashMap<String, usize>,
    cues: Vec<Vec<Cue>>,
    caseless: Vec<Vec<Cue>>,
    case_rules: Vec<CaseRule>,
}

/// Adds a cue to a pattern's list once; a surface that is several forms of one verb
/// ("shut") has one cue with all its forms.
fn push_cue(cues: &mut Vec<Cue>, cue: Cue) {
    match cue {
        Cue::Verb(r, forms) => {
            if let Some(Cue::Verb(_, f)) = cues
                .iter_mut()
                .find(|c| matches!(c, Cue::Verb(x, _) if *x == r))
            {
                *f = f.union(forms);
                return;
            }
        }
        Cue::Ergative(r, forms) => {
            if let Some(Cue::Ergative(_, f)) = cues
                .iter_mut()
                .find(|c| matches!(c, Cue::Ergative(x, _) if *x == r))
            {
                *f = f.union(forms);
                return;
            }
        }
        _ => {}
    }
    if !cues.contains(&cue) {
        cues.push(cue);
    }
}

impl Builder {
    fn add(&mut self, surface: &str, cue: Cue) {
        let surface = surface.trim();
        if surface.is_empty() {
            return;
        }
        // An acronym matches only in capitals, whatever its cue ("UN envoy", not the
        // "Un" of "Kim Jong Un"); a capitalised entity name only capitalised.
        let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
        let rule = if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
            CaseRule::Acronym
        } else if matches!(cue, Cue::Entity(..))
            && surface.chars().next().is_some_and(char::is_uppercase)
        {
            CaseRule::Capitalised
        } else {
            CaseRule::Any
        };
        let folded = fold(surface);
        let i = *self.index.entry(folded.clone()).or_insert_with(|| {
            self.patterns.push(folded);
            self.cues.push(Vec::new());
            self.caseless.push(Vec::new());
            self.case_rules.push(CaseRule::Acronym);
            self.patterns.len() - 1
        });
        push_cue(&mut self.cues[i], cue);
        if rule == CaseRule::Any {
            push_cue(&mut self.caseless[i], cue);
        }
        // Among the case-sensitive names of a pattern the loosest rule wins ("NATO",
        // "Nato"); case-blind cues are kept apart, so the governor "is" does not make
        // the acronym "IS" match lowercase text.
        if rule != CaseRule::Any {
            self.case_rules[i] = match (self.case_rules[i], rule) {
                (CaseRule::Capitalised, _) | (_, CaseRule::Capitalised) => CaseRule::Capitalised,
                _ => CaseRule::Acronym,
            };
        } else if self.cues[i].len() == self.caseless[i].len() {
            self.case_rules[i] = CaseRule::Any;
        }
    }

    fn add_all(&mut self, surfaces: &[String], cue: Cue) {
        for s in surfaces {
            self.add(s, cue);
        }
    }
}

impl Lexicon {
    /// Compiles the lexicon from the texts of its five files and of the entity files
    /// `entities.toml` includes (`.toml` entity lists, `.tsv` place tables), each with
    /// the path it is reported under. An included entity with the id of one already
    /// known is merged into it.
    pub fn from_texts(texts: &[Text; 5], includes: &[Text]) -> Result<Self, LexiconError> {
        let [(entities_file, e), (relations_file, r), (roles_file, ro), (words_file, w), (boilerplate_file, b)] =
            texts;
        let dir = entities_file.parent().unwrap_or(Path::new("."));
        let mut entities: EntitiesFile = parse(entities_file, e)?;
        validate::names(entities_file, e, &entities.entity)?;
        // The entity tables of each TOML file, as written, to check their references
        // once every id is known.
        let mut written: Vec<(&Path, &str, Vec<EntitySpec>)> =
            vec![(entities_file.as_path(), e.as_str(), entities.entity.clone())];
        let relations: RelationsFile = parse(relations_file, r)?;
        let roles: RolesFile = parse(roles_file, ro)?;
        let words: WordsFile = parse(words_file, w)?;
        let boilerplate: BoilerplateFile = parse(boilerplate_file, b)?;
        let entities_file = entities_file.as_path();

        let invalid = |file: &Path, message: String| LexiconError::Invalid {
            file: file.to_owned(),
            message,
        };
        let mut positions: HashMap<EntityId, usize> = HashMap::default();
        for (i, spec) in entities.entity.iter().enumerate() {
            positions.entry(spec.id()).or_insert(i);
        }
        for (file, text) in includes {
            let places = file.extension().is_some_and(|x| x == "tsv");
            let specs = if places {
                schema::parse_places(file, text)?
            } else {
                validate::no_nested_include(file, text)?;
                let specs = parse::<EntitiesFile>(file, text)?.entity;
                validate::names(file, text, &specs)?;
                written.push((file.as_path(), text.as_str(), specs.clone()));
                specs
            };
            for spec in specs {
                match positions.get(&spec.id()) {
                    // A gazetteer place never changes an entity of another type.
                    Some(&i) if places && entities.entity[i].etype != spec.etype => {}
                    Some(&i) => entities.entity[i].merge(spec),
                    None => {
                        positions.insert(spec.id(), entities.entity.len());
                        entities.entity.push(spec);
                    }
                }
            }
        }

        // First pass: ids, so references can point forwards.
        let mut by_id = HashMap::default();
        for (i, spec) in entities.entity.iter().enumerate() {
            let id = spec.id();
            if id.as_str().is_empty() {
                return Err(invalid(
                    entities_file,
                    format!("entity {:?} has an empty id", spec.label),
                ));
            }
            if by_id.insert(id.clone(), i as u32).is_some() {
                return Err(invalid(
                    entities_file,
                    format!(
                        "two entities have the id {id:?} (the second is {:?})",
                        spec.label
                    ),
                ));
            }
        }
        let known = |id: &str| by_id.contains_key(&EntityId(id.to_string()));
        for (file, text, specs) in &written {
            validate::references(file, text, specs, &known)?;
        }
        let lookup = |name: &str, what: &str, owner: &str| {
            by_id
                .get(&EntityId(name.to_string()))
                .copied()
                .ok_or_else(|| {
                    invalid(
                        entities_file,
                        format!("entity {owner:?}: {what} {name:?} is not the id of any entity"),
                    )
                })
        };

        let mut b = Builder {
            patterns: Vec::new(),
            index: HashMap::default(),
            cues: Vec::new(),
            caseless: Vec::new(),
            case_rules: Vec::new(),
        };
        let mut out = Vec::with_capacity(entities.entity.len());
        let mut by_name: HashMap<String, Vec<u32>> = HashMap::default();
        let mut by_demonym: HashMap<String, u32> = HashMap::default();
        for (i, spec) in entities.entity.iter().enumerate() {
            for d in &spec.demonyms {
                by_demonym.entry(fold(d)).or_insert(i as u32);
            }
            out.push(compile_entity(
                i as u32,
                spec,
                &mut b,
                &mut by_name,
                &by_id,
                &lookup,
                entities_file,
            )?);
        }

        let mut frames = Vec::new();
        for (name, spec) in &relations.frame {
            let relation = Relation::parse(name).ok_or_else(|| {
                invalid(
                    relations_file,
                    format!("[frame.{name}]: a relation name is lowercase letters, digits and _"),
                )
            })?;
            let frame = spec
                .compile(relation)
                .map_err(|m| invalid(relations_file, format!("[frame.{name}]: {m}")))?;
            if frame.symmetric {
                relation.declare_symmetric();
            }
            for v in frame.verbs.iter().chain(&frame.named_verbs) {
                for (surface, forms) in v.surfaces() {
                    b.add(surface, Cue::Verb(relation, forms));
                }
            }
            for n in &frame.nouns {
                b.add(&n.singular, Cue::Noun(relation));
                b.add(&n.plural, Cue::Noun(relation));
            }
            b.add_all(&spec.governors, Cue::Governor(relation));
            b.add_all(&spec.planning, Cue::Governor(relation));
            b.add_all(&spec.reciprocal, Cue::Reciprocal(relation));
            b.add_all(&spec.stative, Cue::Stative(relation));
            b.add_all(&spec.acts, Cue::Act(relation));
            b.add_all(&spec.opposites, Cue::Opposite(relation));
            b.add_all(&spec.restored, Cue::Restored(relation));
            b.add_all(&spec.complements, Cue::Complement(relation));
            for v in &frame.ergative {
                for (surface, forms) in v.surfaces() {
                    b.add(surface, Cue::Ergative(relation, forms));
                }
            }
            for v in &frame.enabling {
                for (surface, _) in v.surfaces() {
                    b.add(surface, Cue::Enabling(relation));
                }
            }
            frames.push(frame);
        }
        // Built-in relations first, in their order, then the others by name.
        frames.sort_by_key(|f| {
            let pos = Relation::BUILT_IN.iter().position(|r| *r == f.relation);
            (pos.unwrap_or(usize::MAX), f.relation)
        });
        b.add_all(&relations.modality.hedges, Cue::Hedge);
        b.add_all(&relations.modality.conditions, Cue::Condition);
        b.add_all(&relations.modality.pending, Cue::Pending);
        b.add_all(&relations.modality.negations, Cue::Negation);
        b.add_all(&relations.attribution.before, Cue::AttributionBefore);
        b.add_all(&relations.attribution.after, Cue::AttributionAfter);
        b.add_all(&roles.offices, Cue::Office);
        b.add_all(&roles.qualifiers, Cue::Qualifier);
        b.add_all(&roles.portfolios, Cue::Portfolio);
        b.add_all(&roles.groups, Cue::Group);
        b.add_all(&words.org_heads, Cue::OrgHead);
        b.add_all(&words.crossing_nouns, Cue::CrossingNoun);
        b.add_all(&words.crossing_heads, Cue::CrossingHead);
        b.add_all(&words.traffic_nouns, Cue::Traffic);
        b.add_all(&words.settlement_nouns, Cue::SettlementNoun);
        b.add_all(&words.landmark_nouns, Cue::Landmark);
        b.add_all(&words.charges, Cue::Charge);
        b.add_all(&words.pairs, Cue::Pair);
        b.add_all(&words.own_state, Cue::OwnState);
        b.add_all(&words.fixed, Cue::Fixed);

        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&b.patterns)
            .map_err(|e| invalid(dir, format!("cannot compile the lexicon matcher: {e}")))?;

        let fold_all = |v: &[String]| v.iter().map(|s| fold(s.trim())).collect::<Vec<_>>();
        let mut h = <sha2::Sha256 as sha2::Digest>::new();
        for (_, t) in texts.iter().chain(includes) {
            sha2::Digest::update(&mut h, t.as_bytes());
            sha2::Digest::update(&mut h, [0u8]);
        }
        sha2::Digest::update(&mut h, env!("CARGO_PKG_VERSION").as_bytes());
        // The sources that read articles (see build.rs): new extraction code is a new
        // extractor, so a store re-reads its articles with it.
        sha2::Digest::update(
            &mut h,
            include_str!(concat!(env!("OUT_DIR"), "/reader.txt")),
        );
        let digest = sha2::Digest::finalize(h);
        let fingerprint = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        Ok(Lexicon {
            fingerprint,
            entities: out,
            by_id,
            by_name,
            by_demonym,
            frames,
            boilerplate: Boilerplate {
                lines: fold_all(&boilerplate.lines).into_iter().collect(),
                prefixes: fold_all(&boilerplate.prefixes),
                cutoffs: fold_all(&boilerplate.cutoffs),
                credits: fold_all(&boilerplate.credits).into_iter().collect(),
                markers: fold_all(&boilerplate.markers).into_iter().collect(),
            },
            words: Words {
                not_names: fold_all(&words.not_names).into_iter().collect(),
                place_modifiers: fold_all(&words.place_modifiers).into_iter().collect(),
                name_particles: fold_all(&words.name_particles).into_iter().collect(),
                family_names_first: fold_all(&words.family_names_first).into_iter().collect(),
                honorifics: fold_all(&words.honorifics).into_iter().collect(),
                dismissive: fold_all(&words.dismissive).into_iter().collect(),
                naming_verbs: fold_all(&words.naming_verbs).into_iter().collect(),
                asking_verbs: fold_all(&words.asking_verbs).into_iter().collect(),
                quantity_nouns: fold_all(&words.quantity_nouns).into_iter().collect(),
                non_state_nouns: fold_all(&words.non_state_nouns).into_iter().collect(),
                member_nouns: fold_all(&words.member_nouns).into_iter().collect(),
                part_nouns: fold_all(&words.part_nouns).into_iter().collect(),
                body_nouns: fold_all(&words.body_nouns).into_iter().collect(),
                asked_objects: fold_all(&words.asked_objects).into_iter().collect(),
                crossing_kinds: fold_all(&words.crossing_kinds).into_iter().collect(),
                name_articles: fold_all(&words.name_articles).into_iter().collect(),
                patron_participles: fold_all(&words.patron_participles).into_iter().collect(),
                membership_participles: fold_all(&words.membership_participles)
                    .into_iter()
                    .collect(),
                group_articles: fold_all(&words.group_articles).into_iter().collect(),
                location_verbs: fold_all(&words.location_verbs).into_iter().collect(),
                airspace_nouns: fold_all(&words.airspace_nouns).into_iter().collect(),
                membership_qualifiers: fold_all(&words.membership_qualifiers).into_iter().collect(),
                culpability_nouns: fold_all(&words.culpability_nouns).into_iter().collect(),
                mandative_verbs: fold_all(&words.mandative_verbs).into_iter().collect(),
                figurative_nouns: fold_all(&words.figurative_nouns).into_iter().collect(),
                model_nouns: fold_all(&words.model_nouns).into_iter().collect(),
                body_qualifiers: fold_all(&words.body_qualifiers).into_iter().collect(),
                rival_body_qualifiers: fold_all(&words.rival_body_qualifiers).into_iter().collect(),
                population_words: fold_all(&words.population_words).into_iter().collect(),
                count_words: fold_all(&words.count_words).into_iter().collect(),
                body_epithets: fold_all(&words.body_epithets).into_iter().collect(),
                article_epithets: fold_all(&words.article_epithets).into_iter().collect(),
                purpose_nouns: fold_all(&words.purpose_nouns).into_iter().collect(),
                order_nouns: fold_all(&words.order_nouns).into_iter().collect(),
                pair_nouns: fold_all(&words.pairs)
                    .into_iter()
                    .filter_map(|p| p.strip_prefix("the two ").map(str::to_string))
                    .collect(),
                compass: fold_all(&words.compass).into_iter().collect(),
                compass_points: fold_all(&words.compass_points).into_iter().collect(),
                not_compass_regions: fold_all(&words.not_compass_regions).into_iter().collect(),
                crossing_heads_of: fold_all(&words.crossing_heads_of).into_iter().collect(),
                titled_crossing_heads: fold_all(&words.titled_crossing_heads).into_iter().collect(),
                crossing_name_ordinals: fold_all(&words.crossing_name_ordinals)
                    .into_iter()
                    .collect(),
                pair_prefixes: fold_all(&words.pair_prefixes).into_iter().collect(),
                measure_nouns: fold_all(&words.measure_nouns).into_iter().collect(),
                pair_crossing_words: fold_all(&words.pair_crossing_words).into_iter().collect(),
                heads_named_of: fold_all(&words.heads_named_of).into_iter().collect(),
                effect_phrases: fold_all(&words.effect_phrases)
                    .iter()
                    .map(|p| p.split(' ').map(str::to_string).collect())
                    .collect(),
                event_openers: fold_all(&words.event_openers).into_iter().collect(),
                no_evidence: fold_all(&words.no_evidence).into_iter().collect(),
                condition_idioms: fold_all(&words.condition_idioms).into_iter().collect(),
                negative_objects: fold_all(&words.negative_objects).into_iter().collect(),
                addressee_verbs: fold_all(&words.addressee_verbs).into_iter().collect(),
                heading_verbs: fold_all(&roles.heading_verbs).into_iter().collect(),
                countering: fold_all(&words.countering).into_iter().collect(),
                own_ground: fold_all(&words.own_ground).into_iter().collect(),
                business_nouns: fold_all(&words.business_nouns).into_iter().collect(),
                division_nouns: fold_all(&words.division_nouns).into_iter().collect(),
                failing_to_counter: fold_all(&words.failing_to_counter).into_iter().collect(),
                partial_sets: fold_all(&words.partial_sets).into_iter().collect(),
                innocence: fold_all(&words.innocence),
                member_links: fold_all(&words.member_links).into_iter().collect(),
                agent_acts: fold_all(&words.agent_acts).into_iter().collect(),
                gerund_nouns: fold_all(&words.gerund_nouns).into_iter().collect(),
                force_nouns: fold_all(&words.force_nouns).into_iter().collect(),
                armed_group_nouns: fold_all(&words.armed_group_nouns).into_iter().collect(),
                stateless_bodies: fold_all(&words.stateless_bodies).into_iter().collect(),
                organ_heads: fold_all(&words.organ_heads).into_iter().collect(),
                many_states_groups: fold_all(&words.many_states_groups).into_iter().collect(),
                group_quantifiers: fold_all(&words.group_quantifiers).into_iter().collect(),
                unowned_adjectives: fold_all(&words.unowned_adjectives).into_iter().collect(),
                office_bodies: fold_all(&words.office_bodies).into_iter().collect(),
                bloc_nouns: fold_all(&words.bloc_nouns).into_iter().collect(),
                party_bloc_words: fold_all(&words.party_bloc_words).into_iter().collect(),
                checking_verbs: fold_all(&words.checking_verbs).into_iter().collect(),
                speculators: fold_all(&words.speculators).into_iter().collect(),
                speculator_leads: fold_all(&words.speculator_leads).into_iter().collect(),
                question_openers: fold_all(&words.question_openers).into_iter().collect(),
                breakaway_words: fold_all(&words.breakaway_words).into_iter().collect(),
                breakaway_nouns: fold_all(&words.breakaway_nouns).into_iter().collect(),
                question_if_openers: fold_all(&words.question_if_openers).into_iter().collect(),
                leaving: fold_all(&words.leaving).into_iter().collect(),
                charging: fold_all(&words.charging).into_iter().collect(),
                opinions: fold_all(&words.opinions).into_iter().collect(),
                through_manner: fold_all(&words.through_manner).into_iter().collect(),
                exceptions: fold_all(&words.exceptions).into_iter().collect(),
                sparing: fold_all(&words.sparing).into_iter().collect(),
                pairing_nouns: fold_all(&words.pairing_nouns).into_iter().collect(),
                place_adjectives: fold_all(&words.place_adjectives).into_iter().collect(),
                another_crossing: fold_all(&words.another_crossing).into_iter().collect(),
                state_offices: fold_all(&roles.state_offices),
                portfolios: fold_all(&roles.portfolios).into_iter().collect(),
                title_words: fold_all(&roles.offices)
                    .iter()
                    .chain(&fold_all(&roles.qualifiers))
                    .chain(&fold_all(&roles.portfolios))
                    .flat_map(|t| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                    .collect(),
                group_phrases: fold_all(&roles.groups).into_iter().collect(),
                org_heads: fold_all(&words.org_heads).into_iter().collect(),
                group_words: fold_all(&roles.groups)
                    .iter()
                    .flat_map(|t| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                    .collect(),
                title_abbreviations: roles
                    .abbreviations
                    .iter()
                    .map(|(k, v)| (fold(k), fold(v)))
                    .collect(),
                office_words: fold_all(&roles.offices)
                    .iter()
                    .filter_map(|t| t.split_whitespace().last().map(str::to_string))
                    .collect(),
                foreign_marks: fold_all(&roles.foreign_marks),
                home_leads: fold_all(&roles.home_leads).into_iter().collect(),
                home_visits: fold_all(&roles.home_visits).into_iter().collect(),
                local_offices: fold_all(&roles.local_offices).into_iter().collect(),
                ranks: fold_all(&roles.ranks).into_iter().collect(),
                state_body_heads: fold_all(&roles.state_body_heads).into_iter().collect(),
            },
            matcher,
            cues: b.cues,
            caseless: b.caseless,
            case_rules: b.case_rules,
        })
    }
}

/// Compiles entity `i`: its names into the matcher and the name index, its references
/// into lexicon numbers.
fn compile_entity(
    i: u32,
    spec: &EntitySpec,
    b: &mut Builder,
    by_name: &mut HashMap<String, Vec<u32>>,
    by_id: &HashMap<EntityId, u32>,
    lookup: &dyn Fn(&str, &str, &str) -> Result<u32, LexiconError>,
    file: &Path,
) -> Result<LexEntity, LexiconError> {
    let etype = EntityType::parse(&spec.etype).ok_or_else(|| LexiconError::Invalid {
        file: file.to_owned(),
        message: format!(
            "entity {:?}: unknown type {:?} (expected State, Person, Crossing, Organisation or Place)",
            spec.label, spec.etype
        ),
    })?;
    for name in std::iter::once(&spec.label).chain(&spec.aliases) {
        b.add(name, Cue::Entity(i, MentionKind::Name));
        let names = by_name.entry(fold(name)).or_default();
        if !names.contains(&i) {
            names.push(i);
        }
    }
    for name in &spec.demonyms {
        b.add(name, Cue::Entity(i, MentionKind::Demonym));
    }
    for name in spec.capitals.iter().chain(&spec.metonyms) {
        b.add(name, Cue::Entity(i, MentionKind::Metonym));
        by_name.entry(fold(name)).or_default().push(i);
    }
    let borders = spec
        .borders
        .iter()
        .filter_map(|n| by_id.get(&EntityId(n.clone())).copied())
        .collect();
    let located_in = match &spec.located_in {
        Some(n) => Some(lookup(n, "located_in", &spec.label)?),
        None => None,
    };
    let mut roles = Vec::new();
    for r in &spec.roles {
        roles.push((
            fold(&r.title),
            lookup(&r.of, "role organisation", &spec.label)?,
        ));
    }
    Ok(LexEntity {
        entity: Entity {
            id: spec.id(),
            label: spec.label.clone(),
            etype,
            aliases: spec.aliases.clone(),
            wikidata: spec.wikidata.clone(),
        },
        borders,
        located_in,
        roles,
        media: spec.media,
        bloc: spec.bloc,
        demonym: spec.demonyms.first().cloned(),
    })
}
