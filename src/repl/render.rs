//! How the REPL shows answers at a terminal: tables fitted to the screen's width
//! (display width, so `Støre` and CJK names line up), an expanded one-block-per-row
//! mode, and a pager for answers taller than the screen.

use std::io::{self, Write};
use std::process::{Command, Stdio};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The narrowest a column is cut to (unless its content is narrower).
const MIN_COLUMN: usize = 6;

/// The terminal's size as (columns, rows), when standard output is a terminal.
pub fn terminal_size() -> Option<(usize, usize)> {
    let (terminal_size::Width(w), terminal_size::Height(h)) = terminal_size::terminal_size()?;
    (w > 0 && h > 0).then_some((usize::from(w), usize::from(h)))
}

/// The display width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` display columns, ending in `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Splits `s` into lines of at most `max` display columns, at spaces where it can.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word longer than a line is cut into pieces.
        let mut rest = word;
        while width(rest) > max {
            let mut used = 0;
            let cut = rest
                .char_indices()
                .find(|&(_, c)| {
                    used += c.width().unwrap_or(0);
                    used > max
                })
                .map_or(rest.len(), |(i, _)| i);
            lines.push(rest[..cut].to_string());
            rest = &rest[cut..];
        }
        line = rest.to_string();
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Column widths that fit in `max` display columns with two spaces between columns:
/// the widest columns give way first, none below [`MIN_COLUMN`] (or its header).
pub fn fit_widths(natural: &[usize], headers: &[usize], max: usize) -> Vec<usize> {
    let mut w = natural.to_vec();
    let gaps = 2 * w.len().saturating_sub(1);
    let floor: Vec<usize> = natural
        .iter()
        .zip(headers)
        .map(|(&n, &h)| n.min(MIN_COLUMN.max(h)))
        .collect();
    loop {
        let total: usize = w.iter().sum::<usize>() + gaps;
        if total <= max {
            return w;
        }
        // Shrink the widest column that can still give way, to the next width down.
        let Some(i) = (0..w.len())
            .filter(|&i| w[i] > floor[i])
            .max_by_key(|&i| (w[i], std::cmp::Reverse(i)))
        else {
            return w;
        };
        // Down to the next widest column, or by one when another is as wide, so
        // equally wide columns shrink together.
        let others = (0..w.len()).filter(|&j| j != i).map(|j| w[j]).max();
        let next = match others {
            Some(o) if o < w[i] => o,
            _ => w[i] - 1,
        };
        let excess = total - max;
        w[i] = next.max(w[i].saturating_sub(excess)).max(floor[i]);
    }
}

/// Writes rows as an aligned table no wider than `max` columns: a header, a rule,
/// and the rows, cells cut with `…` where the table would not fit.
pub fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
    max: usize,
) -> io::Result<()> {
    let clean = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let heads: Vec<usize> = header.iter().map(|h| width(h)).collect();
    let mut natural = heads.clone();
    for r in &cells {
        for (w, c) in natural.iter_mut().zip(r) {
            *w = (*w).max(width(c));
        }
    }
    let widths = fit_widths(&natural, &heads, max);
    let line = |out: &mut dyn Write, r: &[String]| -> io::Result<()> {
        let mut s = String::new();
        for (i, (c, &w)) in r.iter().zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            let c = truncate(c, w);
            let pad = w.saturating_sub(width(&c));
            s.push_str(&c);
            s.extend(std::iter::repeat_n(' ', pad));
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, header)?;
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    line(out, &rule)?;
    for r in &cells {
        line(out, r)?;
    }
    Ok(())
}

/// Writes each row as a block of `column | value` lines under a `-[ RECORD n ]-` rule,
/// values wrapped to `max` columns.
pub fn write_expanded(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
    max: usize,
) -> io::Result<()> {
    let label = header.iter().map(|h| width(h)).max().unwrap_or(0);
    let value_width = max.saturating_sub(label + 3).max(10);
    for (n, r) in rows.iter().enumerate() {
        let head = format!("-[ RECORD {} ]", n + 1);
        let rule = max
            .min(label + 3 + value_width)
            .saturating_sub(width(&head));
        writeln!(out, "{head}{}", "-".repeat(rule))?;
        for (h, v) in header.iter().zip(r) {
            let v = v.replace(['\n', '\r', '\t'], " ");
            for (i, part) in wrap(&v, value_width).iter().enumerate() {
                let name = if i == 0 { h.as_str() } else { "" };
                let pad = label - width(name);
                writeln!(out, "{name}{} | {part}", " ".repeat(pad))?;
            }
        }
    }
    Ok(())
}

/// The pager command: `$PAGER`, else `less -FRX`; `None` when `$PAGER` is set empty.
pub fn pager_command() -> Option<String> {
    match std::env::var("PAGER") {
        Ok(p) if p.trim().is_empty() => None,
        Ok(p) => Some(p),
        Err(_) => Some("less -FRX".into()),
    }
}

/// Shows `text` through the pager and waits for it. Returns `false` (nothing shown)
/// when the pager cannot be started, so the caller prints the text itself.
pub fn page(command: &str, text: &[u8]) -> bool {
    let child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The user may quit the pager before reading everything: not an error.
        let _ = stdin.write_all(text);
    }
    child
        .wait()
        .is_ok_and(|s| s.success() || s.code().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_by_display_width() {
        assert_eq!(truncate("Jonas Gahr Støre", 10), "Jonas Gah…");
        assert_eq!(truncate("short", 10), "short");
        // Wide characters take two columns each.
        assert_eq!(truncate("東京都庁舎", 5), "東京…");
        assert_eq!(width(&truncate("東京都庁舎", 5)), 5);
    }

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 3), vec![""]);
    }

    #[test]
    fn widest_columns_give_way_first() {
        assert_eq!(fit_widths(&[5, 70, 3], &[3, 5, 3], 40), vec![5, 28, 3]);
        assert_eq!(fit_widths(&[5, 10], &[3, 5], 40), vec![5, 10]);
        // Two wide columns shrink together.
        assert_eq!(fit_widths(&[50, 50], &[3, 3], 42), vec![20, 20]);
    }

    #[test]
    fn a_table_fits_its_width() {
        let header = vec!["who".to_string(), "claim".to_string()];
        let rows = vec![vec!["Finland".to_string(), "x".repeat(200)]];
        let mut out = Vec::new();
        write_table(&mut out, &header, &rows, 40).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.lines().all(|l| width(l) <= 40), "{text}");
        assert!(text.contains('…'), "{text}");
    }

    #[test]
    fn expanded_rows_are_blocks() {
        let header = vec!["who".to_string(), "sources".to_string()];
        let rows = vec![vec!["Finland".to_string(), "000".to_string()]];
        let mut out = Vec::new();
        write_expanded(&mut out, &header, &rows, 30).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("-[ RECORD 1 ]"), "{text}");
        assert!(
            text.contains("who     | Finland\nsources | 000\n"),
            "{text}"
        );
    }
}
