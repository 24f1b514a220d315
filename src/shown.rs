//! Names from outside (file names, commands) as error messages show them: on one line,
//! control characters escaped, so a file named `a\nerror: …` cannot forge a second
//! line of output.

use std::fmt::Write;
use std::path::Path;

/// `s` with every control character (newline, tab, escape, DEL, …) written as a Rust
/// escape (`\n`, `\t`, `\u{1b}`) and backslashes doubled only where they start such an
/// escape; everything else, non-ASCII letters included, is kept as it is.
pub fn shown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() {
            // `escape_debug` gives `\n`, `\t`, `\r`, `\0` and `\u{…}` for the rest.
            let _ = write!(out, "{}", c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out
}

/// A path as [`shown`] shows it (lossy for names that are not UTF-8).
pub fn path(p: &Path) -> String {
    shown(&p.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_letters_kept() {
        assert_eq!(shown("a\nerror: forged"), "a\\nerror: forged");
        assert_eq!(shown("tab\there\u{1b}[31m"), "tab\\there\\u{1b}[31m");
        assert_eq!(shown("Støre – Kyiv"), "Støre – Kyiv");
        assert_eq!(path(Path::new("/tmp/x\ry")), "/tmp/x\\ry");
        assert!(!shown("a\u{7f}b\u{85}c").chars().any(char::is_control));
    }
}
