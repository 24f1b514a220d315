//! The domain knowledge, loaded from TOML in `data/lexicon/` and compiled into one
//! matcher.
//!
//! Everything newsgraph knows about states, people, crossings, relation verbs, hedges
//! and page furniture is data. [`Lexicon::load`] reads it, checks cross references,
//! and builds a single Aho-Corasick automaton over folded text, so extraction finds
//! every cue of a document in one pass.

use crate::model::{Entity, EntityId, EntityType, Relation};
use crate::text::fold;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Why a lexicon could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A lexicon file could not be read (`data/lexicon/entities.toml: No such file`).
    #[error("{file}: {source}")]
    Io {
        /// The file.
        file: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A lexicon file is not valid TOML or does not have the expected shape.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the TOML parser expected.
        message: String,
    },
    /// A lexicon file parses but says something impossible (an unknown type, an id
    /// that two entities share, a reference to an entity that does not exist).
    #[error("{file}: {message}")]
    Invalid {
        /// The file.
        file: PathBuf,
        /// What is wrong.
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesFile {
    /// Other entity files, relative to this one (the generated gazetteer). Read
    /// through [`IncludeList`] before this struct; declared here so it is allowed.
    #[serde(default)]
    #[allow(dead_code)]
    include: Vec<String>,
    entity: Vec<EntitySpec>,
}

/// Just the `include` list, read before the rest so included files can be found.
#[derive(Deserialize, Default)]
struct IncludeList {
    #[serde(default)]
    include: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitySpec {
    id: Option<String>,
    label: String,
    #[serde(rename = "type")]
    etype: String,
    #[serde(default)]
    aliases: Vec<String>,
    wikidata: Option<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    capitals: Vec<String>,
    #[serde(default)]
    metonyms: Vec<String>,
    #[serde(default)]
    borders: Vec<String>,
    located_in: Option<String>,
    #[serde(default)]
    roles: Vec<RoleSpec>,
    #[serde(default)]
    media: bool,
    /// ISO 3166 codes, kept with the gazetteer's data; not matched in text, where
    /// two-letter codes are mostly ordinary words.
    #[serde(default)]
    #[allow(dead_code)]
    codes: Vec<String>,
}

impl EntitySpec {
    fn id(&self) -> EntityId {
        self.id
            .clone()
            .map_or_else(|| EntityId::from_label(&self.label), EntityId)
    }

    /// Adds what `other` (the same entity from another file) knows; this file's label,
    /// type and QID win.
    fn merge(&mut self, other: EntitySpec) {
        fn union(a: &mut Vec<String>, b: Vec<String>) {
            for x in b {
                if !a.contains(&x) {
                    a.push(x);
                }
            }
        }
        if other.label != self.label {
            union(&mut self.aliases, vec![other.label]);
        }
        union(&mut self.aliases, other.aliases);
        union(&mut self.demonyms, other.demonyms);
        union(&mut self.capitals, other.capitals);
        union(&mut self.metonyms, other.metonyms);
        union(&mut self.borders, other.borders);
        union(&mut self.codes, other.codes);
        self.wikidata = self.wikidata.take().or(other.wikidata);
        self.located_in = self.located_in.take().or(other.located_in);
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleSpec {
    title: String,
    of: String,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RelationWords {
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
    #[serde(default)]
    cues: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModalityWords {
    hedges: Vec<String>,
    conditions: Vec<String>,
    negations: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AttributionWords {
    before: Vec<String>,
    after: Vec<String>,
}

// No `deny_unknown_fields`: it does not combine with `flatten`; unknown relation
// tables are rejected by name when compiled.
#[derive(Deserialize)]
struct RelationsFile {
    modality: ModalityWords,
    attribution: AttributionWords,
    #[serde(flatten)]
    relations: BTreeMap<String, RelationWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RolesFile {
    titles: Vec<String>,
    groups: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoilerplateFile {
    lines: Vec<String>,
    prefixes: Vec<String>,
    cutoffs: Vec<String>,
    credits: Vec<String>,
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
    /// A role title ("Prime Minister").
    Title,
    /// A group noun through which a state acts ("officials").
    Group,
    /// A verb form of a relation.
    Verb(Relation),
    /// A nominal form of a relation ("accusations", "closure").
    Noun(Relation),
    /// Something that can be closed ("border crossings").
    CrossingNoun,
    /// An act whose report makes a statement an accusation ("orchestrating").
    Accusatory,
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
}

/// A match of a lexicon pattern in folded text, with byte offsets into the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueMatch {
    /// Folded start offset.
    pub start: usize,
    /// Folded end offset.
    pub end: usize,
    /// Pattern number; its cues are [`Lexicon::cues`]`(pattern)`.
    pub pattern: u32,
}

/// The compiled lexicon.
pub struct Lexicon {
    /// SHA-256 over the lexicon texts and the crate version (hex, 16 digits).
    fingerprint: String,
    entities: Vec<LexEntity>,
    by_id: HashMap<EntityId, u32>,
    by_name: HashMap<String, Vec<u32>>,
    /// Page furniture rules.
    pub boilerplate: Boilerplate,
    matcher: AhoCorasick,
    cues: Vec<Vec<Cue>>,
    case_rules: Vec<CaseRule>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entities", &self.entities.len())
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

/// Parses TOML text read from `file`, turning errors into file:line:column messages.
fn parse<T: serde::de::DeserializeOwned>(file: &Path, text: &str) -> Result<T, LexiconError> {
    toml::from_str(text).map_err(|e| {
        let (line, column) = line_column(text, e.span().map_or(0, |s| s.start));
        LexiconError::Syntax {
            file: file.to_owned(),
            line,
            column,
            message: e.message().to_string(),
        }
    })
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The lexicon files, in the order [`Lexicon::from_texts`] takes them.
pub const FILES: [&str; 4] = [
    "entities.toml",
    "relations.toml",
    "roles.toml",
    "boilerplate.toml",
];

/// The shipped lexicon, compiled into the binary so it works from any directory.
const EMBEDDED: [&str; 4] = [
    include_str!("../data/lexicon/entities.toml"),
    include_str!("../data/lexicon/relations.toml"),
    include_str!("../data/lexicon/roles.toml"),
    include_str!("../data/lexicon/boilerplate.toml"),
];

/// The gazetteer `entities.toml` includes, compiled in with it.
const EMBEDDED_GAZETTEER: &str = include_str!("../data/gazetteer/states.toml");

struct Builder {
    patterns: Vec<String>,
    index: HashMap<String, usize>,
    cues: Vec<Vec<Cue>>,
    case_rules: Vec<CaseRule>,
}

impl Builder {
    fn add(&mut self, surface: &str, cue: Cue) {
        let surface = surface.trim();
        if surface.is_empty() {
            return;
        }
        let rule = if matches!(cue, Cue::Entity(..)) {
            let letters: Vec<char> = surface.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
                CaseRule::Acronym
            } else if surface.chars().next().is_some_and(char::is_uppercase) {
                CaseRule::Capitalised
            } else {
                CaseRule::Any
            }
        } else {
            CaseRule::Any
        };
        let folded = fold(surface);
        let i = *self.index.entry(folded.clone()).or_insert_with(|| {
            self.patterns.push(folded);
            self.cues.push(Vec::new());
            self.case_rules.push(rule);
            self.patterns.len() - 1
        });
        if !self.cues[i].contains(&cue) {
            self.cues[i].push(cue);
        }
        // The loosest rule wins when two spellings fold together ("NATO", "Nato").
        self.case_rules[i] = match (self.case_rules[i], rule) {
            (CaseRule::Any, _) | (_, CaseRule::Any) => CaseRule::Any,
            (CaseRule::Capitalised, _) | (_, CaseRule::Capitalised) => CaseRule::Capitalised,
            _ => CaseRule::Acronym,
        };
    }
}

impl Lexicon {
    /// Loads and compiles the lexicon in `dir` (the files named in [`FILES`], and the
    /// entity files `entities.toml` includes).
    pub fn load(dir: &Path) -> Result<Self, LexiconError> {
        let mut texts: [(PathBuf, String); 4] = Default::default();
        for (slot, name) in texts.iter_mut().zip(FILES) {
            let file = dir.join(name);
            let text = read(&file)?;
            *slot = (file, text);
        }
        let includes = toml::from_str::<IncludeList>(&texts[0].1).unwrap_or_default();
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
        let texts = FILES.map(|name| (Path::new("data/lexicon").join(name), String::new()));
        let texts: Vec<(PathBuf, String)> = texts
            .into_iter()
            .zip(EMBEDDED)
            .map(|((p, _), t)| (p, t.to_string()))
            .collect();
        Self::from_texts(
            &[
                texts[0].clone(),
                texts[1].clone(),
                texts[2].clone(),
                texts[3].clone(),
            ],
            &[(
                PathBuf::from("data/gazetteer/states.toml"),
                EMBEDDED_GAZETTEER.to_string(),
            )],
        )
    }

    /// Compiles the lexicon from the texts of its four files and of the entity files
    /// `entities.toml` includes, each with the path it is reported under. An included
    /// entity with the id of one already known is merged into it.
    pub fn from_texts(
        texts: &[(PathBuf, String); 4],
        includes: &[(PathBuf, String)],
    ) -> Result<Self, LexiconError> {
        let [(entities_file, e), (relations_file, r), (roles_file, ro), (boilerplate_file, b)] =
            texts;
        let dir = entities_file.parent().unwrap_or(Path::new("."));
        let mut entities: EntitiesFile = parse(entities_file, e)?;
        let relations: RelationsFile = parse(relations_file, r)?;
        let roles: RolesFile = parse(roles_file, ro)?;
        let boilerplate: BoilerplateFile = parse(boilerplate_file, b)?;
        let (entities_file, relations_file) = (entities_file.as_path(), relations_file.as_path());
        let _ = (roles_file, boilerplate_file);

        let invalid = |file: &Path, message: String| LexiconError::Invalid {
            file: file.to_owned(),
            message,
        };
        let mut positions: HashMap<EntityId, usize> = HashMap::new();
        for (i, spec) in entities.entity.iter().enumerate() {
            positions.entry(spec.id()).or_insert(i);
        }
        for (file, text) in includes {
            let inc: EntitiesFile = parse(file, text)?;
            for spec in inc.entity {
                match positions.get(&spec.id()) {
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
            let id = match &spec.id {
                Some(id) => EntityId(id.clone()),
                None => EntityId::from_label(&spec.label),
            };
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
            case_rules: Vec::new(),
        };
        let mut out = Vec::with_capacity(entities.entity.len());
        let mut by_name: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, spec) in entities.entity.iter().enumerate() {
            let i = i as u32;
            let etype = EntityType::parse(&spec.etype).ok_or_else(|| {
                invalid(
                    entities_file,
                    format!(
                        "entity {:?}: unknown type {:?} (expected State, Person, Crossing, Organisation or Place)",
                        spec.label, spec.etype
                    ),
                )
            })?;
            let id = spec
                .id
                .clone()
                .map_or_else(|| EntityId::from_label(&spec.label), EntityId);
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
            let mut role_list = Vec::new();
            for r in &spec.roles {
                role_list.push((
                    fold(&r.title),
                    lookup(&r.of, "role organisation", &spec.label)?,
                ));
            }
            out.push(LexEntity {
                entity: Entity {
                    id,
                    label: spec.label.clone(),
                    etype,
                    aliases: spec.aliases.clone(),
                    wikidata: spec.wikidata.clone(),
                },
                borders,
                located_in,
                roles: role_list,
                media: spec.media,
            });
        }

        for (name, words) in &relations.relations {
            let rel = Relation::parse(name).ok_or_else(|| {
                invalid(
                    relations_file,
                    format!(
                        "unknown relation [{name}] (expected one of: {})",
                        Relation::BUILT_IN.map(|r| r.as_str()).join(", ")
                    ),
                )
            })?;
            for v in &words.verbs {
                b.add(v, Cue::Verb(rel));
            }
            for n in &words.nouns {
                b.add(n, Cue::Noun(rel));
            }
            for o in &words.objects {
                b.add(o, Cue::CrossingNoun);
            }
            for c in &words.cues {
                b.add(c, Cue::Accusatory);
            }
        }
        for w in &relations.modality.hedges {
            b.add(w, Cue::Hedge);
        }
        for w in &relations.modality.conditions {
            b.add(w, Cue::Condition);
        }
        for w in &relations.modality.negations {
            b.add(w, Cue::Negation);
        }
        for w in &relations.attribution.before {
            b.add(w, Cue::AttributionBefore);
        }
        for w in &relations.attribution.after {
            b.add(w, Cue::AttributionAfter);
        }
        for t in &roles.titles {
            b.add(t, Cue::Title);
        }
        for g in &roles.groups {
            b.add(g, Cue::Group);
        }

        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&b.patterns)
            .map_err(|e| invalid(dir, format!("cannot compile the lexicon matcher: {e}")))?;

        let fold_all = |v: &[String]| v.iter().map(|s| fold(s.trim())).collect::<Vec<_>>();
        let mut h = <sha2::Sha256 as sha2::Digest>::new();
        for (_, t) in texts {
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
            boilerplate: Boilerplate {
                lines: fold_all(&boilerplate.lines).into_iter().collect(),
                prefixes: fold_all(&boilerplate.prefixes),
                cutoffs: fold_all(&boilerplate.cutoffs),
                credits: fold_all(&boilerplate.credits).into_iter().collect(),
            },
            matcher,
            cues: b.cues,
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

    /// The meanings of pattern `pattern`.
    pub fn cues(&self, pattern: u32) -> &[Cue] {
        &self.cues[pattern as usize]
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
            let ok = match self.case_rules[pattern as usize] {
                CaseRule::Any => true,
                CaseRule::Capitalised => original[folded.start(s)..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()),
                CaseRule::Acronym => original[folded.start(s)..folded.end(e, original)]
                    .chars()
                    .all(|c| !c.is_alphabetic() || c.is_uppercase()),
            };
            if ok {
                all.push(CueMatch {
                    start: s,
                    end: e,
                    pattern,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Lexicon {
        Lexicon::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon")).unwrap()
    }

    fn surfaces(lex: &Lexicon, s: &str) -> Vec<String> {
        let f = crate::text::Folded::new(s);
        lex.scan(&f, s)
            .into_iter()
            .map(|m| s[f.start(m.start)..f.end(m.end, s)].to_string())
            .collect()
    }

    #[test]
    fn scan_respects_words_case_and_length() {
        let lex = shipped();
        assert_eq!(
            surfaces(&lex, "Støre and Store met the store owner closely."),
            ["Støre", "Store"]
        );
        assert_eq!(
            surfaces(&lex, "the Borisoglebsk-Storskog border crossing"),
            ["Borisoglebsk-Storskog", "border crossing"]
        );
        assert_eq!(surfaces(&lex, "thus US us"), ["US"]);
    }

    #[test]
    fn bad_toml_reports_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        for f in ["relations.toml", "roles.toml", "boilerplate.toml"] {
            std::fs::copy(src.join(f), dir.path().join(f)).unwrap();
        }
        std::fs::write(
            dir.path().join("entities.toml"),
            "[[entity]]\nlabel = \"Finland\"\ntype = State\n",
        )
        .unwrap();
        let err = Lexicon::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("entities.toml:3:8"), "{err}");
    }
}
