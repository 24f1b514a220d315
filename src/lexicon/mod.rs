//! The domain knowledge, loaded from `data/lexicon/` and compiled into one matcher.
//!
//! Everything newsgraph knows about states, people, places, crossings, offices,
//! relation frames, hedges and page furniture is data. [`Lexicon::load`] reads it,
//! checks cross references, and builds a single Aho-Corasick automaton over folded
//! text, so extraction finds every cue of a document in one pass. The same frames give
//! the query language and the REPL their verbs ([`Lexicon::frames`]).

mod build;
mod frames;
mod schema;
mod validate;

pub use frames::{Agentless, Forms, Frame, NounForms, Rule, TypeSet, VerbForms};
pub use schema::line_column;

use crate::model::{Entity, EntityId, EntityType, Relation};
use crate::shown;
use crate::text::fold;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use schema::{
    parse, BoilerplateFile, EntitiesFile, EntitySpec, IncludeList, RelationsFile, RolesFile,
    WordsFile,
};
use std::path::{Path, PathBuf};

/// One lexicon file: where it is reported from, and its text.
pub type Text = (PathBuf, String);

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
    /// An event a plan waits for ("once", "as soon as"): "will reopen once the
    /// road is repaired" is only possible unless a date is given.
    Pending,
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
    /// A bloc of states, which "the bloc" and "the alliance" may stand for.
    pub bloc: bool,
    /// A state's first demonym, the adjective of its things ("Finnish").
    pub demonym: Option<String>,
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
    /// People standing for the body they belong to before "of" ("fighters of the
    /// ADF", "agents of Rwanda").
    pub member_nouns: HashSet<String>,
    /// Parts of a body that stand for it, but not for a state ("a faction of").
    pub part_nouns: HashSet<String>,
    /// Kinds of body an apposition names before "of which" or "to which" ("the CSTO,
    /// the Russian-led bloc of which Tajikistan is a member").
    pub body_nouns: HashSet<String>,
    /// What is asked for, whose rejection is a refusal and no denial ("rejected calls
    /// to close the border").
    pub asked_objects: HashSet<String>,
    /// Kinds of traffic before a crossing noun ("the Kuźnica and Bobrowniki road
    /// crossings").
    pub crossing_kinds: HashSet<String>,
    /// Arabic articles written onto a name with a hyphen ("al-Qaim", "el-Menfi").
    pub name_articles: HashSet<String>,
    /// Participles after a name and a hyphen that make it someone else's patron ("an
    /// Iran-aligned faction", "Moscow-backed rebels"): the name does not act.
    pub patron_participles: HashSet<String>,
    /// Of those, the ones naming a body's own people after a body ("JNIM-linked").
    pub membership_participles: HashSet<String>,
    /// Articles opening a group's name ("Los Choneros", "Al Shabaab").
    pub group_articles: HashSet<String>,
    /// Verbs saying where a place lies, before "in" ("Kalapani lies in Darchula").
    pub location_verbs: HashSet<String>,
    /// A state's own space, closed like a crossing ("closed its airspace").
    pub airspace_nouns: HashSet<String>,
    /// Words before "member of" that keep it a membership ("a founding member of").
    pub membership_qualifiers: HashSet<String>,
    /// An owner's nouns that make pointing at them an accusation ("Moscow's hand").
    pub culpability_nouns: HashSet<String>,
    /// Verbs whose "that" clause is demanded ("demanded that Kenya reopen").
    pub mandative_verbs: HashSet<String>,
    /// An owner's nouns that place nothing ("in Gaza's shadow").
    pub figurative_nouns: HashSet<String>,
    /// Nouns after "as" that make a pointed-at name a model ("as proof").
    pub model_nouns: HashSet<String>,
    /// Title words that name a state's body ("the US Treasury").
    pub body_qualifiers: HashSet<String>,
    /// Qualifiers making a body after a state's name another's ("Myanmar's opposition
    /// government").
    pub rival_body_qualifiers: HashSet<String>,
    /// Words of a settlement's size between "of" and "in" ("a town of about 24,000
    /// people in …").
    pub population_words: HashSet<String>,
    /// Words that make a number of them ("two million", "three lakh").
    pub count_words: HashSet<String>,
    /// Capitalised words that describe a body rather than name one ("the Shiite
    /// Hezbollah", "Islamist al-Shabaab").
    pub body_epithets: HashSet<String>,
    /// Words that describe a body only after "the" ("the Royal Thai Navy").
    pub article_epithets: HashSet<String>,
    /// Nouns of an adjunct of purpose before "to" ("in a bid to close").
    pub purpose_nouns: HashSet<String>,
    /// Nouns of "on (the) orders from X": who had an act done ("shut on orders from").
    pub order_nouns: HashSet<String>,
    /// The nouns of pairs said of the two states ("the two countries"), which may take
    /// adjectives first ("the two nuclear-armed neighbours").
    pub pair_nouns: HashSet<String>,
    /// Adjectives of direction before a place or state ("eastern Libya"); capitalised,
    /// they open names of bodies and regions ("Northern Freedom Brigade", "the Central
    /// region").
    pub compass: HashSet<String>,
    /// Points of the compass, which open names of bodies and regions too ("South Asian
    /// Association …", "Cameroon's East region").
    pub compass_points: HashSet<String>,
    /// Settlement nouns that after a point of the compass name no region ("Western
    /// capitals").
    pub not_compass_regions: HashSet<String>,
    /// Crossing nouns that name a crossing by "of" ("the border post of Kabanga").
    pub crossing_heads_of: HashSet<String>,
    /// Crossing heads that a title alone names, capitalised ("the Ambassador Bridge").
    pub titled_crossing_heads: HashSet<String>,
    /// Ordinals that open a crossing's name ("the Third Thai-Lao Friendship Bridge").
    pub crossing_name_ordinals: HashSet<String>,
    /// Combining forms of states' names in a pair ("Sino-Nepal", "Indo-Bangladesh").
    pub pair_prefixes: HashSet<String>,
    /// Nouns for an act announced ("the measure", "the closure"), which a later sentence
    /// says starts on a day.
    pub measure_nouns: HashSet<String>,
    /// Words a crossing named after its two states is named for ("Friendship").
    pub pair_crossing_words: HashSet<String>,
    /// Crossing heads that open a name with "of" ("the Bridge of the Americas").
    pub heads_named_of: HashSet<String>,
    /// Verbs of an act starting, each as its words ("take effect", "come into force").
    pub effect_phrases: Vec<Vec<String>>,
    /// First words of the names of operations and events, never of people ("Operation
    /// Sindoor", "Exercise Zapad").
    pub event_openers: HashSet<String>,
    /// Words saying an act did not happen ("no record", "no evidence").
    pub no_evidence: HashSet<String>,
    /// Openers that begin with a condition word but state no condition ("if anything").
    pub condition_idioms: HashSet<String>,
    /// Objects that deny their verb's act ("nothing", "no one").
    pub negative_objects: HashSet<String>,
    /// Verbs of saying that name the person told first ("told X that").
    pub addressee_verbs: HashSet<String>,
    /// Verbs of leading a body ("X, who heads the border guard"): the relative clause
    /// names a person and the body they head.
    pub heading_verbs: HashSet<String>,
    /// Words that oppose the act after them ("to fight smuggling", "against
    /// terrorism"): nobody is said to commit it.
    pub countering: HashSet<String>,
    /// What a state holds as its own and others may not enter ("territory",
    /// "airspace"): "had chased the vehicles 800 metres into Bolivian territory".
    pub own_ground: HashSet<String>,
    /// What a business is called in an apposition after its name ("Zorak Transit, a
    /// haulage company"): the name is an organisation's.
    pub business_nouns: HashSet<String>,
    /// Nouns of a state's divisions, capitalised as part of a name ("Võru County",
    /// "Vukovar-Srijem County"): with a town's name they name a division, not the town.
    pub division_nouns: HashSet<String>,
    /// Words saying an act was not opposed ("did nothing to stop"): the act is charged.
    pub failing_to_counter: HashSet<String>,
    /// Words making "the only crossing" the only one of some kind ("the only crossing
    /// still open"), not the only one there is.
    pub partial_sets: HashSet<String>,
    /// Phrases that, said of the speaker, deny a charge ("insisted it had done nothing
    /// wrong").
    pub innocence: Vec<String>,
    /// Words tying members to the body they act for: "gunmen linked to La Línea".
    pub member_links: HashSet<String>,
    /// Nouns of hostile acts that, reported with their agent after "by", charge it:
    /// "(said the post was hit in) an attack by the RSF".
    pub agent_acts: HashSet<String>,
    /// Nouns a gerund of saying modifies: "fired warning shots".
    pub gerund_nouns: HashSet<String>,
    /// Uniformed bodies "the patrol" refers back to with their last owner.
    pub force_nouns: HashSet<String>,
    /// Nouns of armed men after which unknown capitalised words name their group.
    pub armed_group_nouns: HashSet<String>,
    /// Head nouns of bodies that are no state's ("the movement").
    pub stateless_bodies: HashSet<String>,
    /// Head nouns besides `office_bodies` of a state's organs ("X's Border Guard").
    pub organ_heads: HashSet<String>,
    /// Group words no one state fills: "several governments".
    pub many_states_groups: HashSet<String>,
    /// Words before such a group saying it is some of many: "several", "many".
    pub group_quantifiers: HashSet<String>,
    /// Capitalised adjectives of regions that name no state: "Arab governments".
    pub unowned_adjectives: HashSet<String>,
    /// Head nouns of offices of state a definite noun later refers back to: "a
    /// spokesman for the ministry" after "Belarus's defence ministry".
    pub office_bodies: HashSet<String>,
    /// Nouns of blocs of states: "the bloc", "the alliance".
    pub bloc_nouns: HashSet<String>,
    /// Words that make such a noun a bloc of parties or armed groups.
    pub party_bloc_words: HashSet<String>,
    /// Verbs of checking that name a post only as where it happened.
    pub checking_verbs: HashSet<String>,
    /// Unnamed commentators whose guesses are no one's statement: "analysts say …".
    pub speculators: HashSet<String>,
    /// Verbs of charging that take a claim after a date: "charged on Wednesday that".
    pub charging: HashSet<String>,
    /// Verbs of leaving a body: "walked out of IGAD", "withdrew from ECOWAS".
    pub leaving: HashSet<String>,
    /// Words that may open a sentence before them and name no one: "some", "many".
    pub speculator_leads: HashSet<String>,
    /// Words before a noun of `breakaway_nouns` that make it a breakaway state's ("the
    /// breakaway region", "the separatist authorities").
    pub breakaway_words: HashSet<String>,
    /// Nouns a breakaway state goes by after `breakaway_words`.
    pub breakaway_nouns: HashSet<String>,
    /// Words after which "whether" opens a question: "asked whether", "unclear
    /// whether", "would not say whether".
    pub question_openers: HashSet<String>,
    /// Words after which "if" opens a question ("asked if"), not a condition.
    pub question_if_openers: HashSet<String>,
    /// Verbs of saying and guessing after them: "say", "believe", "expect".
    pub opinions: HashSet<String>,
    /// Words after "through" closing the object of a verb that lets traffic through,
    /// which make it an act of letting someone pass unchecked: "waved the lorries
    /// through without inspection".
    pub through_manner: HashSet<String>,
    /// Words after a verb of closing or reopening that leave crossings out of it:
    /// "closed all its crossings except Mandera" (Mandera is not closed).
    pub exceptions: HashSet<String>,
    /// Participles that spare the crossings named next when the relation's opposite
    /// state follows: "leaving only Bajakovo open".
    pub sparing: HashSet<String>,
    /// Nouns after two names joined by a hyphen that make them a pair, not one name:
    /// "the ANC-DA coalition", "the India-Pakistan talks".
    pub pairing_nouns: HashSet<String>,
    /// Directions and adjectives between a state's possessive and its province ("in
    /// Laos's northern Luang Namtha province").
    pub place_adjectives: HashSet<String>,
    /// Words before a crossing noun that pick out another crossing than the one last
    /// named, or make the noun an act ("the other post", "the attempted crossing").
    pub another_crossing: HashSet<String>,
    /// Government offices whose holder, named without a state, serves the state the
    /// article is about ("Prime Minister Petteri Orpo", "the minister of security").
    pub state_offices: Vec<String>,
    /// The portfolios of offices ("home affairs", "reintegration"), folded.
    pub portfolios: HashSet<String>,
    /// Every word of the offices, qualifiers and portfolios ("interior", "minister",
    /// "deputy"): the words a title is made of, for questions naming an official by
    /// title ("Estonia's interior minister").
    pub title_words: HashSet<String>,
    /// The last words of offices ("minister", "spokeswoman"): a title ends in one.
    pub office_words: HashSet<String>,
    /// The groups of the lexicon whole ("border police", "national army"): a body
    /// whose name ends with one is an organ of its state.
    pub group_phrases: HashSet<String>,
    /// Last words of an organisation's name ("ministry", "institute", "bank").
    pub org_heads: HashSet<String>,
    /// Every word of the bodies that stand for a state ("border", "officials",
    /// "forces"), for questions naming one ("Russian border officials").
    pub group_words: HashSet<String>,
    /// Short forms of titles, folded ("pm" → "prime minister").
    pub title_abbreviations: HashMap<String, String>,
    /// Words after a state's name or demonym that mark it as not a guessed official's
    /// own ("his Saudi counterpart", "China's ambassador", "the Mauritanian claims").
    pub foreign_marks: Vec<String>,
    /// Words before "in <capital>" that place a speaking official at home ("told
    /// reporters in Beijing").
    pub home_leads: HashSet<String>,
    /// Verbs that take an official to a place of their own state ("visiting X").
    pub home_visits: HashSet<String>,
    /// Words of a title that make the office local ("regional governor"): in a
    /// sentence opening "In <place>," it serves that place.
    pub local_offices: HashSet<String>,
    /// Military and police ranks ("Major General", "Colonel"): a rank before a name
    /// says no office, so an office in apposition after the name does.
    pub ranks: HashSet<String>,
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
                // A name opened by "the" needs its next word capitalised too: "The
                // Gambia", not "The crossings" opening a sentence (a town in Florida).
                CaseRule::Capitalised => [s, s + 4]
                    .iter()
                    .take(1 + usize::from(text[s..e].starts_with("the ")))
                    .all(|&at| {
                        original[folded.start(at)..]
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    }),
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
            match kept.last_mut() {
                Some(k) if m.start < k.end => {
                    // "the Border Guard Bangladesh battalion": a proper name running past
                    // a common phrase opened by "the" is the name, after its article.
                    let name = matches!(self.case_rules[m.pattern as usize], CaseRule::Capitalised)
                        && m.cased;
                    let after_the =
                        m.start > k.start + 3 && text[k.start..m.start].trim_end() == "the";
                    if name && m.end > k.end && after_the {
                        *k = m;
                    }
                }
                _ => kept.push(m),
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests;
