//! The domain knowledge, loaded from `data/lexicon/` and compiled into one matcher.
//!
//! Everything newsgraph knows about states, people, places, crossings, offices,
//! relation frames, hedges and page furniture is data. [`Lexicon::load`] reads it,
//! checks cross references, and builds a single Aho-Corasick automaton over folded
//! text, so extraction finds every cue of a document in one pass. The same frames give
//! the query language and the REPL their verbs ([`Lexicon::frames`]).

mod frames;
mod schema;
mod validate;

pub use frames::{Agentless, Forms, Frame, NounForms, Rule, TypeSet, VerbForms};
pub use schema::line_column;

use crate::model::{Entity, EntityId, EntityType, Relation};
use crate::shown;
use crate::text::fold;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use schema::{
    parse, BoilerplateFile, EntitiesFile, EntitySpec, IncludeList, RelationsFile, RolesFile,
    WordsFile,
};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Why a lexicon could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A lexicon file could not be read (`data/lexicon/entities.toml: No such file`).
    #[error("{}: {source}", shown::path(file))]
    Io {
        /// The file.
        file: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A lexicon file is not valid TOML (or TSV) or does not have the expected shape.
    #[error("{}:{line}:{column}: {message}", shown::path(file))]
    Syntax {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// A lexicon file parses but says something impossible (an unknown type, an id
    /// that two entities share, a reference to an entity that does not exist).
    #[error("{}: {message}", shown::path(file))]
    Invalid {
        /// The file.
        file: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A lexicon file parses but says something impossible at a known place: an
    /// empty name (`aliases = [""]`), an id no entity has (`borders = ["atlantis"]`),
    /// an include cycle (`include = ["entities.toml"]` in `entities.toml`).
    #[error("{}:{line}:{column}: {message}", shown::path(file))]
    InvalidAt {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// How a name refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// The entity's label or an alias: "Finland", "Støre".
    Name,
    /// A demonym: "Finnish officials", "the Norwegian Prime Minister".
    Demonym,
    /// A capital or other metonym acting for a state: "Helsinki", "the Kremlin".
    Metonym,
}

/// What a matched piece of text means. One surface may mean several things ("said"
/// is a statement verb and an attribution marker); extraction picks by context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A mention of lexicon entity number `.0`.
    Entity(u32, MentionKind),
    /// An office ("minister", "prime minister", "spokesperson").
    Office,
    /// A word that qualifies an office ("deputy", "foreign", "interior").
    Qualifier,
    /// What a minister is minister of ("foreign affairs", "the interior").
    Portfolio,
    /// A body through which a state acts ("officials", "army", "foreign ministry").
    Group,
    /// Words standing for the two states of a story ("the two countries").
    Pair,
    /// Words standing for the state just named ("the country", "his government").
    OwnState,
    /// A verb form of a relation, and which forms the surface is.
    Verb(Relation, Forms),
    /// A nominal form of a relation ("accusations", "closure").
    Noun(Relation),
    /// A verb whose subject acts the relation's noun ("imposed sanctions").
    Governor(Relation),
    /// A verb that makes the relation's noun mutual ("traded accusations").
    Reciprocal(Relation),
    /// A verb taking the relation's participle as a state ("kept … closed").
    Stative(Relation),
    /// An act whose report is the relation ("was behind", "orchestrating").
    Act(Relation),
    /// An adjective whose state denies the relation ("remained open" for closes).
    Opposite(Relation),
    /// A verb whose subject is the traffic at a crossing ("traffic resumed at X").
    Ergative(Relation, Forms),
    /// A verb letting traffic through a crossing ("let lorries through X again").
    Enabling(Relation),
    /// A crossing's state once the relation happened ("open again").
    Restored(Relation),
    /// Traffic through a crossing ("traffic", "lorries", "travellers").
    Traffic,
    /// A complement making a verb and its object the relation ("held X responsible").
    Complement(Relation),
    /// Something that can be closed when unnamed ("border crossings", "the border").
    CrossingNoun,
    /// The last word of a crossing's name ("crossing", "bridge", "corridor").
    CrossingHead,
    /// A settlement or region noun ("town", "province").
    SettlementNoun,
    /// A landmark noun that is part of a place's name ("Galwan Valley", "Pangong Lake").
    Landmark,
    /// The last word of an organisation's name ("committee", "forces").
    OrgHead,
    /// A noun referring to a charge already reported ("the claims").
    Charge,
    /// A hedge making a fact possible ("may", "prepared to").
    Hedge,
    /// A condition making a fact possible ("if").
    Condition,
    /// A negation ("not").
    Negation,
    /// A source marker before the source ("according to").
    AttributionBefore,
    /// A source marker after the source ("reported").
    AttributionAfter,
    /// A fixed phrase that means none of its words' cues ("close to", "state media").
    Fixed,
}

/// Case constraint on a pattern, checked against the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CaseRule {
    /// Any case.
    Any,
    /// First letter must be uppercase (proper names: "Store" is not "store").
    Capitalised,
    /// Every letter uppercase (acronyms: "US" is not "us").
    Acronym,
}

/// An entity as the lexicon knows it: the public [`Entity`] plus what extraction uses.
#[derive(Clone, Debug)]
pub struct LexEntity {
    /// The entity as stored and shown.
    pub entity: Entity,
    /// Neighbouring states (lexicon indices), to resolve "its neighbour".
    pub borders: Vec<u32>,
    /// The state or place it lies in (lexicon index), for agentless closures.
    pub located_in: Option<u32>,
    /// Known roles: folded title and the lexicon index of the state or organisation.
    pub roles: Vec<(String, u32)>,
    /// A news outlet or agency.
    pub media: bool,
}

/// Page furniture rules, folded.
#[derive(Clone, Debug, Default)]
pub struct Boilerplate {
    /// Lines dropped when equal.
    pub lines: HashSet<String>,
    /// Lines dropped when starting with one of these.
    pub prefixes: Vec<String>,
    /// Lines after which the article is over.
    pub cutoffs: Vec<String>,
    /// Photo credit lines.
    pub credits: HashSet<String>,
    /// Lines that open a list of links to other stories ("Related", "Most read").
    pub markers: HashSet<String>,
}

/// Single words the extractor checks by equality rather than through the matcher
/// (folded).
#[derive(Clone, Debug, Default)]
pub struct Words {
    /// Capitalised words that never start or continue a discovered name.
    pub not_names: HashSet<String>,
    /// Words between "in" and a place ("in the far north of").
    pub place_modifiers: HashSet<String>,
    /// Lowercase particles inside personal names ("al", "von").
    pub name_particles: HashSet<String>,
    /// Family names written first ("Wang Yi" is later "Wang").
    pub family_names_first: HashSet<String>,
    /// Honorifics before a personal name that are not part of it ("Sheikh", "Dr").
    pub honorifics: HashSet<String>,
    /// Words that dismiss a charge ("baseless", "lies"): "called the accusations
    /// baseless" is a denial.
    pub dismissive: HashSet<String>,
    /// Verbs that name something as something ("called", "described as").
    pub naming_verbs: HashSet<String>,
    /// Verbs that ask someone to act ("urged", "persuading"): what they ask for is
    /// only possible.
    pub asking_verbs: HashSet<String>,
    /// Nouns counting a frame's noun ("13 packages of sanctions").
    pub quantity_nouns: HashSet<String>,
    /// People a demonym can describe without naming its state as the actor
    /// ("Mexican criminal groups", "Afghan smugglers").
    pub non_state_nouns: HashSet<String>,
    /// Words saying an act did not happen ("no record", "no evidence").
    pub no_evidence: HashSet<String>,
    /// Openers that begin with a condition word but state no condition ("if anything").
    pub condition_idioms: HashSet<String>,
    /// Objects that deny their verb's act ("nothing", "no one").
    pub negative_objects: HashSet<String>,
    /// Verbs of saying that name the person told first ("told X that").
    pub addressee_verbs: HashSet<String>,
    /// Government offices whose holder, named without a state, serves the state the
    /// article is about ("Prime Minister Petteri Orpo", "the minister of security").
    pub state_offices: Vec<String>,
    /// Every word of the offices, qualifiers and portfolios ("interior", "minister",
    /// "deputy"): the words a title is made of, for questions naming an official by
    /// title ("Estonia's interior minister").
    pub title_words: HashSet<String>,
    /// The last words of offices ("minister", "spokeswoman"): a title ends in one.
    pub office_words: HashSet<String>,
    /// Words after a state's name or demonym that mark it as not a guessed official's
    /// own ("his Saudi counterpart", "China's ambassador", "the Mauritanian claims").
    pub foreign_marks: Vec<String>,
    /// Words before "in <capital>" that place a speaking official at home ("told
    /// reporters in Beijing").
    pub home_leads: HashSet<String>,
    /// Verbs that take an official to a place of their own state ("visiting X").
    pub home_visits: HashSet<String>,
    /// First words of a body's name that make it part of a state's government
    /// ("Ministry of …"): after the state's possessive or demonym, the state acts.
    pub state_body_heads: HashSet<String>,
}

/// A match of a lexicon pattern in folded text, with byte offsets into the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueMatch {
    /// Folded start offset.
    pub start: usize,
    /// Folded end offset.
    pub end: usize,
    /// Pattern number; its cues are [`Lexicon::cues`]`(pattern, cased)`.
    pub pattern: u32,
    /// Whether the text has the case the pattern's names need ("IS" for Islamic State,
    /// "Store" for Støre); when not, only its case-blind cues ("is") apply.
    pub cased: bool,
}

/// The compiled lexicon.
pub struct Lexicon {
    /// SHA-256 over the lexicon texts and the crate version (hex, 16 digits).
    fingerprint: String,
    entities: Vec<LexEntity>,
    by_id: HashMap<EntityId, u32>,
    by_name: HashMap<String, Vec<u32>>,
    /// Folded demonym ("finnish") → the state it names.
    by_demonym: HashMap<String, u32>,
    frames: Vec<Frame>,
    /// Page furniture rules.
    pub boilerplate: Boilerplate,
    /// Words checked by equality.
    pub words: Words,
    matcher: AhoCorasick,
    /// Every cue of each pattern.
    cues: Vec<Vec<Cue>>,
    /// The cues of each pattern that apply whatever the case of the text.
    caseless: Vec<Vec<Cue>>,
    /// The case the pattern's names need.
    case_rules: Vec<CaseRule>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entities", &self.entities.len())
            .field("frames", &self.frames.len())
            .field("patterns", &self.cues.len())
            .finish()
    }
}

fn read(file: &Path) -> Result<String, LexiconError> {
    std::fs::read_to_string(file).map_err(|source| LexiconError::Io {
        file: file.to_owned(),
        source,
    })
}

/// The lexicon files, in the order [`Lexicon::from_texts`] takes them.
pub const FILES: [&str; 5] = [
    "entities.toml",
    "relations.toml",
    "roles.toml",
    "words.toml",
    "boilerplate.toml",
];

/// The shipped lexicon, compiled into the binary so it works from any directory.
const EMBEDDED: [&str; 5] = [
    include_str!("../../data/lexicon/entities.toml"),
    include_str!("../../data/lexicon/relations.toml"),
    include_str!("../../data/lexicon/roles.toml"),
    include_str!("../../data/lexicon/words.toml"),
    include_str!("../../data/lexicon/boilerplate.toml"),
];

/// The gazetteer files `entities.toml` includes, compiled in with it.
const EMBEDDED_GAZETTEER: [(&str, &str); 3] = [
    (
        "data/gazetteer/states.toml",
        include_str!("../../data/gazetteer/states.toml"),
    ),
    (
        "data/gazetteer/places.tsv",
        include_str!("../../data/gazetteer/places.tsv"),
    ),
    (
        "data/gazetteer/people.toml",
        include_str!("../../data/gazetteer/people.toml"),
    ),
];

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

/// One lexicon file: where it is reported from, and its text.
pub type Text = (PathBuf, String);

impl Lexicon {
    /// Loads and compiles the lexicon in `dir` (the files named in [`FILES`], and the
    /// entity files `entities.toml` includes).
    pub fn load(dir: &Path) -> Result<Self, LexiconError> {
        let mut texts: [Text; 5] = Default::default();
        for (slot, name) in texts.iter_mut().zip(FILES) {
            let file = dir.join(name);
            let text = read(&file)?;
            *slot = (file, text);
        }
        let includes = toml::from_str::<IncludeList>(&texts[0].1).unwrap_or_default();
        let entities_file = &texts[0].0;
        let is_self = |name: &str| {
            let target = dir.join(name);
            target == *entities_file
                || std::fs::canonicalize(&target)
                    .ok()
                    .zip(std::fs::canonicalize(entities_file).ok())
                    .is_some_and(|(a, b)| a == b)
        };
        validate::includes(entities_file, &texts[0].1, &includes.include, &is_self)?;
        let mut extra = Vec::new();
        for inc in includes.include {
            let file = dir.join(&inc);
            let text = read(&file)?;
            extra.push((file, text));
        }
        Self::from_texts(&texts, &extra)
    }

    /// The lexicon shipped in `data/lexicon` (with the gazetteer it includes), as
    /// compiled into the binary.
    pub fn embedded() -> Result<Self, LexiconError> {
        let texts: [Text; 5] = std::array::from_fn(|i| {
            (
                Path::new("data/lexicon").join(FILES[i]),
                EMBEDDED[i].to_string(),
            )
        });
        let includes: Vec<Text> = EMBEDDED_GAZETTEER
            .iter()
            .map(|(p, t)| (PathBuf::from(p), t.to_string()))
            .collect();
        Self::from_texts(&texts, &includes)
    }

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
        let mut positions: HashMap<EntityId, usize> = HashMap::new();
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
        let mut by_id = HashMap::new();
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
            index: HashMap::new(),
            cues: Vec::new(),
            caseless: Vec::new(),
            case_rules: Vec::new(),
        };
        let mut out = Vec::with_capacity(entities.entity.len());
        let mut by_name: HashMap<String, Vec<u32>> = HashMap::new();
        let mut by_demonym: HashMap<String, u32> = HashMap::new();
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
            for v in &frame.verbs {
                for (surface, forms) in v.surfaces() {
                    b.add(surface, Cue::Verb(relation, forms));
                }
            }
            for n in &frame.nouns {
                b.add(&n.singular, Cue::Noun(relation));
                b.add(&n.plural, Cue::Noun(relation));
            }
            b.add_all(&spec.governors, Cue::Governor(relation));
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
                no_evidence: fold_all(&words.no_evidence).into_iter().collect(),
                condition_idioms: fold_all(&words.condition_idioms).into_iter().collect(),
                negative_objects: fold_all(&words.negative_objects).into_iter().collect(),
                addressee_verbs: fold_all(&words.addressee_verbs).into_iter().collect(),
                state_offices: fold_all(&roles.state_offices),
                title_words: fold_all(&roles.offices)
                    .iter()
                    .chain(&fold_all(&roles.qualifiers))
                    .chain(&fold_all(&roles.portfolios))
                    .flat_map(|t| t.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                    .collect(),
                office_words: fold_all(&roles.offices)
                    .iter()
                    .filter_map(|t| t.split_whitespace().last().map(str::to_string))
                    .collect(),
                foreign_marks: fold_all(&roles.foreign_marks),
                home_leads: fold_all(&roles.home_leads).into_iter().collect(),
                home_visits: fold_all(&roles.home_visits).into_iter().collect(),
                state_body_heads: fold_all(&roles.state_body_heads).into_iter().collect(),
            },
            matcher,
            cues: b.cues,
            caseless: b.caseless,
            case_rules: b.case_rules,
        })
    }

    /// Identifies this lexicon and extractor version; stored with each article.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// All lexicon entities, indexed by their number.
    pub fn entities(&self) -> &[LexEntity] {
        &self.entities
    }

    /// The entity with lexicon number `i`.
    pub fn entity(&self, i: u32) -> &LexEntity {
        &self.entities[i as usize]
    }

    /// Lexicon number of an entity id.
    pub fn index_of(&self, id: &EntityId) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    /// Entities whose label, alias or metonym folds to `name`.
    pub fn lookup_name(&self, name: &str) -> &[u32] {
        self.by_name.get(&fold(name)).map_or(&[], Vec::as_slice)
    }

    /// Every name the lexicon knows (labels, aliases, capitals, metonyms, folded) with
    /// the entity it names.
    pub fn names(&self) -> impl Iterator<Item = (&str, &EntityId)> + '_ {
        self.by_name.iter().flat_map(move |(n, ids)| {
            ids.iter()
                .map(move |&i| (n.as_str(), &self.entities[i as usize].entity.id))
        })
    }

    /// Every demonym (folded) with the entity it names: "finnish" → Finland.
    pub fn demonyms(&self) -> impl Iterator<Item = (&str, &EntityId)> + '_ {
        self.by_demonym
            .iter()
            .map(move |(n, &i)| (n.as_str(), &self.entities[i as usize].entity.id))
    }

    /// The relation frames, built-in relations first: the vocabulary the extractor,
    /// the query language and the REPL share.
    pub fn frames(&self) -> &[Frame] {
        &self.frames
    }

    /// The frame of a relation.
    pub fn frame(&self, relation: Relation) -> Option<&Frame> {
        self.frames.iter().find(|f| f.relation == relation)
    }

    /// The meanings of pattern `pattern` where the text has the case its names need
    /// (`cased`), or only its case-blind ones.
    pub fn cues(&self, pattern: u32, cased: bool) -> &[Cue] {
        if cased {
            &self.cues[pattern as usize]
        } else {
            &self.caseless[pattern as usize]
        }
    }

    /// Finds every lexicon cue in `folded` (the folded form of `original`), keeping
    /// matches that start and end on word boundaries and respect the case of proper
    /// names; among overlapping matches the leftmost, then the longest, wins.
    pub fn scan(&self, folded: &crate::text::Folded, original: &str) -> Vec<CueMatch> {
        let text = folded.text.as_str();
        let mut all: Vec<CueMatch> = Vec::new();
        for m in self.matcher.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            let starts_word = text[s..].chars().next().is_some_and(char::is_alphanumeric);
            let ends_word = text[..e]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if (starts_word
                && text[..s]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric))
                || (ends_word && text[e..].chars().next().is_some_and(char::is_alphanumeric))
            {
                continue;
            }
            let pattern = m.pattern().as_u32();
            let cased = match self.case_rules[pattern as usize] {
                CaseRule::Any => true,
                CaseRule::Capitalised => original[folded.start(s)..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
                CaseRule::Acronym => original[folded.start(s)..folded.end(e, original)]
                    .chars()
                    .all(|c| !c.is_alphabetic() || c.is_uppercase()),
            };
            if cased || !self.caseless[pattern as usize].is_empty() {
                all.push(CueMatch {
                    start: s,
                    end: e,
                    pattern,
                    cased,
                });
            }
        }
        all.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut kept: Vec<CueMatch> = Vec::with_capacity(all.len());
        for m in all {
            if kept.last().is_none_or(|k| m.start >= k.end) {
                kept.push(m);
            }
        }
        kept
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
    })
}

#[cfg(test)]
mod tests;
