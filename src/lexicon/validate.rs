//! Checks of what parses but cannot be right, each reported at its file, line and
//! column: empty names, references to ids no entity has, includes that loop.
//!
//! The TOML parser keeps no positions for values, so a value is found again in the
//! text of its `[[entity]]` table: after its key, as the quoted string it was written
//! as. A value written with escapes is reported at its table.

use super::schema::{line_column, EntitySpec};
use super::LexiconError;
use std::path::Path;

const TABLE: &str = "[[entity]]";

/// The byte range of the `k`-th `[[entity]]` table in `text`.
fn table(text: &str, k: usize) -> Option<(usize, usize)> {
    let start = text
        .match_indices(TABLE)
        .filter(|(i, _)| text[..*i].ends_with('\n') || *i == 0)
        .nth(k)?
        .0;
    let body = start + TABLE.len();
    let end = text[body..]
        .find(&format!("\n{TABLE}"))
        .map_or(text.len(), |e| body + e);
    Some((start, end))
}

/// Where `value` (quoted) follows `key =` in the `k`-th entity table of `text`, as a
/// byte offset: the `n`-th such occurrence, for a value listed twice. Falls back to
/// the key, then to the table.
fn offset(text: &str, k: usize, key: &str, value: &str, n: usize) -> usize {
    let Some((start, end)) = table(text, k) else {
        return 0;
    };
    let block = &text[start..end];
    let key_at = block
        .match_indices(key)
        .find(|(i, _)| block[i + key.len()..].trim_start().starts_with('='))
        .map(|(i, _)| i);
    let Some(key_at) = key_at else {
        return start;
    };
    let quoted = format!("\"{value}\"");
    block[key_at..]
        .match_indices(&quoted)
        .nth(n)
        .map_or(start + key_at, |(i, _)| start + key_at + i)
}

/// The error for `message` at byte `at` of `file`.
fn at(file: &Path, text: &str, at: usize, message: String) -> LexiconError {
    let (line, column) = line_column(text, at);
    LexiconError::InvalidAt {
        file: file.to_owned(),
        line,
        column,
        message,
    }
}

/// Rejects an empty (or blank) label, alias, demonym, capital or metonym in the entity
/// tables of `file`: an empty name would match nothing and export as an empty label.
pub(super) fn names(file: &Path, text: &str, specs: &[EntitySpec]) -> Result<(), LexiconError> {
    for (k, spec) in specs.iter().enumerate() {
        if spec.label.trim().is_empty() {
            let pos = offset(text, k, "label", &spec.label, 0);
            return Err(at(file, text, pos, "an entity has an empty label".into()));
        }
        let lists = [
            ("aliases", &spec.aliases),
            ("demonyms", &spec.demonyms),
            ("capitals", &spec.capitals),
            ("metonyms", &spec.metonyms),
        ];
        for (key, list) in lists {
            if let Some(i) = list.iter().position(|n| n.trim().is_empty()) {
                let n = list[..i].iter().filter(|m| **m == list[i]).count();
                let pos = offset(text, k, key, &list[i], n);
                let message = format!("entity {:?}: an empty name in {key}", spec.label);
                return Err(at(file, text, pos, message));
            }
        }
    }
    Ok(())
}

/// Rejects a `borders`, `located_in` or role `of` id in the entity tables of `file`
/// that `known` does not know.
pub(super) fn references(
    file: &Path,
    text: &str,
    specs: &[EntitySpec],
    known: &dyn Fn(&str) -> bool,
) -> Result<(), LexiconError> {
    let unknown = |k: usize, key: &str, id: &str, owner: &str| {
        let pos = offset(text, k, key, id, 0);
        let message = format!("entity {owner:?}: {key} {id:?} is not the id of any entity");
        at(file, text, pos, message)
    };
    for (k, spec) in specs.iter().enumerate() {
        if let Some(id) = spec.borders.iter().find(|id| !known(id)) {
            return Err(unknown(k, "borders", id, &spec.label));
        }
        if let Some(id) = spec.located_in.as_deref().filter(|id| !known(id)) {
            return Err(unknown(k, "located_in", id, &spec.label));
        }
        if let Some(r) = spec.roles.iter().find(|r| !known(&r.of)) {
            return Err(unknown(k, "of", &r.of, &spec.label));
        }
    }
    Ok(())
}

/// Rejects an `include` list in `file` that names `file` itself or one file twice:
/// the entities would be read twice over. `same` tells whether two included names
/// are one file.
pub(super) fn includes(
    file: &Path,
    text: &str,
    include: &[String],
    is_self: &dyn Fn(&str) -> bool,
) -> Result<(), LexiconError> {
    let pos = |name: &str, n: usize| {
        let key = text.find("include").unwrap_or(0);
        text[key..]
            .match_indices(&format!("\"{name}\""))
            .nth(n)
            .map_or(key, |(i, _)| key + i)
    };
    for (i, name) in include.iter().enumerate() {
        if is_self(name) {
            let message = format!("include {name:?} is this file itself: an include cycle");
            return Err(at(file, text, pos(name, 0), message));
        }
        if include[..i].contains(name) {
            let message = format!("{name:?} is included twice");
            return Err(at(file, text, pos(name, 1), message));
        }
    }
    Ok(())
}

/// Rejects an `include` list in an included file: only `entities.toml` includes, so
/// an included file that includes (itself, `entities.toml` or another) would loop or be
/// silently ignored.
pub(super) fn no_nested_include(file: &Path, text: &str) -> Result<(), LexiconError> {
    let nested = text
        .lines()
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| {
            line.trim_start()
                .strip_prefix("include")
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        });
    match nested {
        Some((start, line)) => {
            let indent = line.len() - line.trim_start().len();
            let message = "an included file includes others: an include cycle or a chain \
                           newsgraph does not follow; list every file in entities.toml"
                .to_string();
            Err(at(file, text, start + indent, message))
        }
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::{Lexicon, FILES};
    use std::path::{Path, PathBuf};

    /// A lexicon in a temporary directory named `name`: the shipped files, with
    /// `entities` as its `entities.toml` and `extra` files beside it.
    fn lexicon(name: &str, entities: &str, extra: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        for f in FILES {
            std::fs::copy(src.join(f), dir.join(f)).unwrap();
        }
        std::fs::write(dir.join("entities.toml"), entities).unwrap();
        for (file, text) in extra {
            std::fs::write(dir.join(file), text).unwrap();
        }
        (tmp, dir)
    }

    fn error(entities: &str, extra: &[(&str, &str)]) -> String {
        let (_tmp, dir) = lexicon("lex", entities, extra);
        match Lexicon::load(&dir) {
            Ok(_) => panic!("an invalid lexicon loaded"),
            Err(e) => e.to_string(),
        }
    }

    const FINLAND: &str = "[[entity]]\nlabel = \"Finland\"\ntype = \"State\"\n";

    #[test]
    fn empty_names_are_refused_where_they_are() {
        let err = error(
            &format!("{FINLAND}\n[[entity]]\nlabel = \"Russia\"\ntype = \"State\"\naliases = [\"RF\", \"\"]\n"),
            &[],
        );
        assert!(
            err.contains("entities.toml:8:18: entity \"Russia\": an empty name in aliases"),
            "{err}"
        );
        let err = error("[[entity]]\nlabel = \" \"\ntype = \"State\"\n", &[]);
        assert!(
            err.contains("entities.toml:2:9: an entity has an empty label"),
            "{err}"
        );
        let err = error(&format!("{FINLAND}demonyms = [\"\"]\n"), &[]);
        assert!(err.contains("entities.toml:4:13:"), "{err}");
    }

    #[test]
    fn unknown_ids_are_refused_in_borders_as_in_located_in() {
        let err = error(
            &format!("{FINLAND}borders = [\"finland\", \"atlantis\"]\n"),
            &[],
        );
        assert!(
            err.contains("entities.toml:4:23: entity \"Finland\": borders \"atlantis\" is not the id of any entity"),
            "{err}"
        );
        let err = error(&format!("{FINLAND}located_in = \"atlantis\"\n"), &[]);
        assert!(
            err.contains("entities.toml:4:14: entity \"Finland\": located_in"),
            "{err}"
        );
        // In an included file, the included file's position.
        let err = error(
            &format!("include = [\"more.toml\"]\n{FINLAND}"),
            &[(
                "more.toml",
                "\n[[entity]]\nlabel = \"Norway\"\ntype = \"State\"\nborders = [\"mu\"]\n",
            )],
        );
        assert!(
            err.contains("more.toml:5:12: entity \"Norway\": borders \"mu\""),
            "{err}"
        );
    }

    #[test]
    fn include_cycles_are_refused() {
        let err = error(&format!("include = [\"entities.toml\"]\n{FINLAND}"), &[]);
        assert!(
            err.contains("entities.toml:1:12: include \"entities.toml\" is this file itself"),
            "{err}"
        );
        let err = error(&format!("include = [\"./entities.toml\"]\n{FINLAND}"), &[]);
        assert!(err.contains("an include cycle"), "{err}");
        let err = error(
            &format!("include = [\"more.toml\", \"more.toml\"]\n{FINLAND}"),
            &[("more.toml", "")],
        );
        assert!(
            err.contains("entities.toml:1:25: \"more.toml\" is included twice"),
            "{err}"
        );
        let err = error(
            &format!("include = [\"more.toml\"]\n{FINLAND}"),
            &[("more.toml", "# back\n  include = [\"entities.toml\"]\n")],
        );
        assert!(
            err.contains("more.toml:2:3: an included file includes others"),
            "{err}"
        );
    }

    #[test]
    fn a_file_name_with_a_newline_stays_on_one_line() {
        let (_tmp, dir) = lexicon("lex\nerror: forged", "[[entity]]\nlabel = 1\n", &[]);
        let err = Lexicon::load(&dir).err().unwrap().to_string();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("lex\\nerror: forged/entities.toml:2:9"),
            "{err}"
        );
    }

    #[test]
    fn the_shipped_lexicon_passes() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        if let Err(e) = Lexicon::load(&dir) {
            panic!("{e}");
        }
    }
}
