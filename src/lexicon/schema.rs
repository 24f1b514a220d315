//! The lexicon files as written: TOML tables and the gazetteer's TSV rows, read with
//! file:line:column errors. Nothing here is compiled; [`super::Lexicon`] does that.

use super::LexiconError;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EntitiesFile {
    /// Other entity files, relative to this one (the generated gazetteer). Read
    /// through [`IncludeList`] before this struct; declared here so it is allowed.
    #[serde(default)]
    #[allow(dead_code)]
    include: Vec<String>,
    #[serde(default)]
    pub(super) entity: Vec<EntitySpec>,
}

/// Just the `include` list, read before the rest so included files can be found.
#[derive(Deserialize, Default)]
pub(super) struct IncludeList {
    #[serde(default)]
    pub(super) include: Vec<String>,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EntitySpec {
    pub(super) id: Option<String>,
    pub(super) label: String,
    #[serde(rename = "type")]
    pub(super) etype: String,
    #[serde(default)]
    pub(super) aliases: Vec<String>,
    pub(super) wikidata: Option<String>,
    #[serde(default)]
    pub(super) demonyms: Vec<String>,
    #[serde(default)]
    pub(super) capitals: Vec<String>,
    #[serde(default)]
    pub(super) metonyms: Vec<String>,
    #[serde(default)]
    pub(super) borders: Vec<String>,
    pub(super) located_in: Option<String>,
    #[serde(default)]
    pub(super) roles: Vec<RoleSpec>,
    #[serde(default)]
    pub(super) media: bool,
    #[serde(default)]
    pub(super) bloc: bool,
    /// ISO 3166 codes, kept with the gazetteer's data; not matched in text, where
    /// two-letter codes are mostly ordinary words.
    #[serde(default)]
    #[allow(dead_code)]
    codes: Vec<String>,
}

impl EntitySpec {
    pub(super) fn id(&self) -> crate::model::EntityId {
        self.id.clone().map_or_else(
            || crate::model::EntityId::from_label(&self.label),
            crate::model::EntityId,
        )
    }

    /// Adds what `other` (the same entity from another file) knows; this file's label,
    /// type and QID win.
    pub(super) fn merge(&mut self, other: EntitySpec) {
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

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RoleSpec {
    pub(super) title: String,
    pub(super) of: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ModalityWords {
    pub(super) hedges: Vec<String>,
    pub(super) conditions: Vec<String>,
    #[serde(default)]
    pub(super) pending: Vec<String>,
    pub(super) negations: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AttributionWords {
    pub(super) before: Vec<String>,
    pub(super) after: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RelationsFile {
    pub(super) frame: BTreeMap<String, super::frames::FrameSpec>,
    pub(super) modality: ModalityWords,
    pub(super) attribution: AttributionWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RolesFile {
    pub(super) offices: Vec<String>,
    pub(super) qualifiers: Vec<String>,
    pub(super) portfolios: Vec<String>,
    pub(super) groups: Vec<String>,
    #[serde(default)]
    pub(super) state_offices: Vec<String>,
    #[serde(default)]
    pub(super) foreign_marks: Vec<String>,
    #[serde(default)]
    pub(super) home_leads: Vec<String>,
    #[serde(default)]
    pub(super) home_visits: Vec<String>,
    #[serde(default)]
    pub(super) local_offices: Vec<String>,
    #[serde(default)]
    pub(super) ranks: Vec<String>,
    #[serde(default)]
    pub(super) state_body_heads: Vec<String>,
    #[serde(default)]
    pub(super) heading_verbs: Vec<String>,
    #[serde(default)]
    pub(super) abbreviations: std::collections::BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct WordsFile {
    pub(super) not_names: Vec<String>,
    pub(super) org_heads: Vec<String>,
    pub(super) crossing_nouns: Vec<String>,
    pub(super) crossing_heads: Vec<String>,
    #[serde(default)]
    pub(super) traffic_nouns: Vec<String>,
    pub(super) settlement_nouns: Vec<String>,
    pub(super) landmark_nouns: Vec<String>,
    pub(super) place_modifiers: Vec<String>,
    pub(super) charges: Vec<String>,
    pub(super) pairs: Vec<String>,
    pub(super) own_state: Vec<String>,
    pub(super) name_particles: Vec<String>,
    #[serde(default)]
    pub(super) family_names_first: Vec<String>,
    #[serde(default)]
    pub(super) honorifics: Vec<String>,
    #[serde(default)]
    pub(super) dismissive: Vec<String>,
    #[serde(default)]
    pub(super) naming_verbs: Vec<String>,
    #[serde(default)]
    pub(super) asking_verbs: Vec<String>,
    #[serde(default)]
    pub(super) quantity_nouns: Vec<String>,
    #[serde(default)]
    pub(super) non_state_nouns: Vec<String>,
    #[serde(default)]
    pub(super) member_nouns: Vec<String>,
    #[serde(default)]
    pub(super) part_nouns: Vec<String>,
    #[serde(default)]
    pub(super) body_nouns: Vec<String>,
    #[serde(default)]
    pub(super) asked_objects: Vec<String>,
    #[serde(default)]
    pub(super) crossing_kinds: Vec<String>,
    #[serde(default)]
    pub(super) name_articles: Vec<String>,
    #[serde(default)]
    pub(super) patron_participles: Vec<String>,
    #[serde(default)]
    pub(super) membership_participles: Vec<String>,
    #[serde(default)]
    pub(super) group_articles: Vec<String>,
    #[serde(default)]
    pub(super) location_verbs: Vec<String>,
    #[serde(default)]
    pub(super) airspace_nouns: Vec<String>,
    #[serde(default)]
    pub(super) membership_qualifiers: Vec<String>,
    #[serde(default)]
    pub(super) culpability_nouns: Vec<String>,
    #[serde(default)]
    pub(super) mandative_verbs: Vec<String>,
    #[serde(default)]
    pub(super) figurative_nouns: Vec<String>,
    #[serde(default)]
    pub(super) model_nouns: Vec<String>,
    #[serde(default)]
    pub(super) body_qualifiers: Vec<String>,
    #[serde(default)]
    pub(super) rival_body_qualifiers: Vec<String>,
    #[serde(default)]
    pub(super) population_words: Vec<String>,
    #[serde(default)]
    pub(super) count_words: Vec<String>,
    #[serde(default)]
    pub(super) body_epithets: Vec<String>,
    #[serde(default)]
    pub(super) article_epithets: Vec<String>,
    #[serde(default)]
    pub(super) purpose_nouns: Vec<String>,
    #[serde(default)]
    pub(super) order_nouns: Vec<String>,
    #[serde(default)]
    pub(super) compass: Vec<String>,
    #[serde(default)]
    pub(super) compass_points: Vec<String>,
    #[serde(default)]
    pub(super) not_compass_regions: Vec<String>,
    #[serde(default)]
    pub(super) crossing_heads_of: Vec<String>,
    #[serde(default)]
    pub(super) titled_crossing_heads: Vec<String>,
    #[serde(default)]
    pub(super) crossing_name_ordinals: Vec<String>,
    #[serde(default)]
    pub(super) pair_prefixes: Vec<String>,
    #[serde(default)]
    pub(super) measure_nouns: Vec<String>,
    #[serde(default)]
    pub(super) pair_crossing_words: Vec<String>,
    #[serde(default)]
    pub(super) heads_named_of: Vec<String>,
    #[serde(default)]
    pub(super) effect_phrases: Vec<String>,
    #[serde(default)]
    pub(super) event_openers: Vec<String>,
    #[serde(default)]
    pub(super) no_evidence: Vec<String>,
    #[serde(default)]
    pub(super) condition_idioms: Vec<String>,
    #[serde(default)]
    pub(super) negative_objects: Vec<String>,
    #[serde(default)]
    pub(super) addressee_verbs: Vec<String>,
    #[serde(default)]
    pub(super) countering: Vec<String>,
    #[serde(default)]
    pub(super) own_ground: Vec<String>,
    #[serde(default)]
    pub(super) business_nouns: Vec<String>,
    #[serde(default)]
    pub(super) division_nouns: Vec<String>,
    #[serde(default)]
    pub(super) failing_to_counter: Vec<String>,
    #[serde(default)]
    pub(super) partial_sets: Vec<String>,
    #[serde(default)]
    pub(super) innocence: Vec<String>,
    #[serde(default)]
    pub(super) member_links: Vec<String>,
    #[serde(default)]
    pub(super) agent_acts: Vec<String>,
    #[serde(default)]
    pub(super) gerund_nouns: Vec<String>,
    #[serde(default)]
    pub(super) force_nouns: Vec<String>,
    #[serde(default)]
    pub(super) armed_group_nouns: Vec<String>,
    #[serde(default)]
    pub(super) stateless_bodies: Vec<String>,
    #[serde(default)]
    pub(super) organ_heads: Vec<String>,
    #[serde(default)]
    pub(super) many_states_groups: Vec<String>,
    #[serde(default)]
    pub(super) group_quantifiers: Vec<String>,
    #[serde(default)]
    pub(super) unowned_adjectives: Vec<String>,
    #[serde(default)]
    pub(super) office_bodies: Vec<String>,
    #[serde(default)]
    pub(super) bloc_nouns: Vec<String>,
    #[serde(default)]
    pub(super) party_bloc_words: Vec<String>,
    #[serde(default)]
    pub(super) checking_verbs: Vec<String>,
    #[serde(default)]
    pub(super) speculators: Vec<String>,
    #[serde(default)]
    pub(super) speculator_leads: Vec<String>,
    #[serde(default)]
    pub(super) breakaway_words: Vec<String>,
    #[serde(default)]
    pub(super) breakaway_nouns: Vec<String>,
    #[serde(default)]
    pub(super) question_openers: Vec<String>,
    #[serde(default)]
    pub(super) question_if_openers: Vec<String>,
    #[serde(default)]
    pub(super) leaving: Vec<String>,
    #[serde(default)]
    pub(super) charging: Vec<String>,
    #[serde(default)]
    pub(super) opinions: Vec<String>,
    #[serde(default)]
    pub(super) through_manner: Vec<String>,
    #[serde(default)]
    pub(super) exceptions: Vec<String>,
    #[serde(default)]
    pub(super) sparing: Vec<String>,
    #[serde(default)]
    pub(super) pairing_nouns: Vec<String>,
    #[serde(default)]
    pub(super) place_adjectives: Vec<String>,
    #[serde(default)]
    pub(super) another_crossing: Vec<String>,
    pub(super) fixed: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BoilerplateFile {
    pub(super) lines: Vec<String>,
    pub(super) prefixes: Vec<String>,
    pub(super) cutoffs: Vec<String>,
    pub(super) credits: Vec<String>,
    pub(super) markers: Vec<String>,
}

/// Parses TOML text read from `file`, turning errors into file:line:column messages.
pub(super) fn parse<T: serde::de::DeserializeOwned>(
    file: &Path,
    text: &str,
) -> Result<T, LexiconError> {
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

/// Reads the gazetteer's places table: `#` comment lines, a header row
/// `id label kind state region aliases`, then one tab-separated row per place. Each
/// row becomes a `Place` lying in its state (or region).
pub(super) fn parse_places(file: &Path, text: &str) -> Result<Vec<EntitySpec>, LexiconError> {
    let mut out = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            header_seen = true;
            if cols.first() == Some(&"id") {
                continue;
            }
        }
        let bad = |column: usize, message: String| LexiconError::Syntax {
            file: file.to_owned(),
            line: i + 1,
            column,
            message,
        };
        if cols.len() < 4 {
            return Err(bad(
                1,
                format!(
                    "expected tab-separated id, label, kind, state, region, aliases; found {} columns",
                    cols.len()
                ),
            ));
        }
        let (id, label, state) = (cols[0].trim(), cols[1].trim(), cols[3].trim());
        if id.is_empty() || label.is_empty() || state.is_empty() {
            return Err(bad(1, "id, label and state must not be empty".into()));
        }
        let aliases = cols
            .get(5)
            .map(|a| {
                a.split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        out.push(EntitySpec {
            id: Some(id.to_string()),
            label: label.to_string(),
            etype: "Place".into(),
            aliases,
            wikidata: None,
            demonyms: Vec::new(),
            capitals: Vec::new(),
            metonyms: Vec::new(),
            borders: Vec::new(),
            located_in: Some(state.to_string()),
            roles: Vec::new(),
            media: false,
            bloc: false,
            codes: Vec::new(),
        });
    }
    Ok(out)
}
