//! Date expressions in sentences, normalised to ISO 8601 against the article's
//! publication date.
//!
//! "Nov. 22", "November 22, 2023", "28 November 2023", "2023-11-22" give dates; "on
//! Sunday" and "yesterday" need the publication day; "on the same day" refers to the
//! previous date of the article. A date whose year cannot be known is left out rather
//! than guessed.

/// A date expression found in a sentence, with its folded byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Folded start offset (relative to the sentence).
    pub start: usize,
    /// What the expression says.
    pub value: DateValue,
}

/// What a date expression says before it is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateValue {
    /// Month and day, with the year when written.
    Calendar {
        /// Year, when written.
        year: Option<i32>,
        /// 1-12.
        month: u32,
        /// 1-31.
        day: u32,
    },
    /// A weekday (0 = Monday) meaning the last such day on or before publication.
    Weekday(u32),
    /// Days before publication ("yesterday" = 1, "today" = 0).
    DaysAgo(i64),
    /// "the same day": the previous date in the article.
    SameDay,
}

const MONTHS: [(&str, u32); 23] = [
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
];

pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn month(w: &str) -> Option<u32> {
    if w == "dec" {
        return Some(12);
    }
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

fn day(w: &str) -> Option<u32> {
    // Most words are no number: skip them before the suffix searches.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let w = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(w: &str) -> Option<i32> {
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2200).contains(y))
}

/// Finds date expressions in a folded sentence given as words with their offsets.
pub fn find(words: &[(usize, &str)]) -> Vec<DateMention> {
    let mut out = Vec::new();
    let w = |i: usize| words.get(i).map_or("", |x| x.1);
    let mut i = 0;
    while i < words.len() {
        let start = words[i].0;
        let cur = w(i);
        // 2023-11-22
        if cur.len() == 10 && cur.as_bytes()[4] == b'-' && cur.as_bytes()[7] == b'-' {
            if let (Some(y), Ok(m), Some(d)) = (year(&cur[..4]), cur[5..7].parse(), day(&cur[8..]))
            {
                if (1..=12).contains(&m) {
                    out.push(DateMention {
                        start,
                        value: DateValue::Calendar {
                            year: Some(y),
                            month: m,
                            day: d,
                        },
                    });
                }
            }
            i += 1;
            continue;
        }
        // Month Day[, Year] — "may" is a month only when a day follows.
        if let Some(m) = month(cur) {
            let mut j = i + 1;
            if w(j) == "." {
                j += 1;
            }
            if let Some(d) = day(w(j)) {
                let mut k = j + 1;
                if w(k) == "," {
                    k += 1;
                }
                let y = year(w(k));
                out.push(DateMention {
                    start,
                    value: DateValue::Calendar {
                        year: y,
                        month: m,
                        day: d,
                    },
                });
                i = if y.is_some() { k + 1 } else { j + 1 };
                continue;
            }
        }
        // Day Month [Year]
        if let Some(d) = day(cur) {
            if let Some(m) = month(w(i + 1)).filter(|_| w(i + 1) != "may" || day(w(i)).is_some()) {
                let mut k = i + 2;
                if w(k) == "." {
                    k += 1;
                }
                let y = year(w(k));
                out.push(DateMention {
                    start,
                    value: DateValue::Calendar {
                        year: y,
                        month: m,
                        day: d,
                    },
                });
                i = if y.is_some() { k + 1 } else { k };
                continue;
            }
        }
        if let Some(wd) = WEEKDAYS.iter().position(|d| *d == cur) {
            out.push(DateMention {
                start,
                value: DateValue::Weekday(wd as u32),
            });
        } else if cur == "yesterday" {
            out.push(DateMention {
                start,
                value: DateValue::DaysAgo(1),
            });
        } else if cur == "today" {
            out.push(DateMention {
                start,
                value: DateValue::DaysAgo(0),
            });
        } else if cur == "same" && w(i + 1) == "day" {
            out.push(DateMention {
                start,
                value: DateValue::SameDay,
            });
        }
        i += 1;
    }
    out
}

/// A civil date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    /// Year.
    pub y: i32,
    /// Month, 1-12.
    pub m: u32,
    /// Day, 1-31.
    pub d: u32,
}

impl Ymd {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Self> {
        let mut it = s.split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        (it.next().is_none() && (1..=12).contains(&m) && (1..=days_in(y, m)).contains(&d))
            .then_some(Ymd { y, m, d })
    }

    /// ISO 8601 form.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    fn days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Self {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Ymd { y, m, d }
    }

    /// 0 = Monday.
    fn weekday(self) -> u32 {
        ((self.days() + 3).rem_euclid(7)) as u32
    }
}

fn days_in(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The publication date as far as it is known: year, and month and day when given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Published {
    /// Year.
    pub year: Option<i32>,
    /// Month.
    pub month: Option<u32>,
    /// Full date.
    pub date: Option<Ymd>,
}

impl Published {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: Option<&str>) -> Self {
        let Some(s) = s else {
            return Published::default();
        };
        let mut it = s.split('-');
        let year = it.next().and_then(|y| y.parse().ok());
        let month = it.next().and_then(|m| m.parse().ok());
        Published {
            year,
            month,
            date: Ymd::parse(s),
        }
    }
}

/// Resolves a date expression; `previous` is the last date resolved in the article.
pub fn resolve(v: &DateValue, published: Published, previous: Option<&str>) -> Option<String> {
    match *v {
        DateValue::Calendar { year, month, day } => {
            let y = year.or_else(|| {
                let py = published.year?;
                // A December event reported in January belongs to the year before.
                Some(match published.month {
                    Some(pm) if month > pm + 6 => py - 1,
                    _ => py,
                })
            })?;
            (day <= days_in(y, month)).then(|| {
                Ymd {
                    y,
                    m: month,
                    d: day,
                }
                .iso()
            })
        }
        DateValue::Weekday(wd) => {
            let p = published.date?;
            let back = (p.weekday() + 7 - wd) % 7;
            Some(Ymd::from_days(p.days() - i64::from(back)).iso())
        }
        DateValue::DaysAgo(n) => {
            let p = published.date?;
            Some(Ymd::from_days(p.days() - n).iso())
        }
        DateValue::SameDay => previous.map(str::to_string),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let mut i = 0;
        for part in s.split(' ') {
            out.push((i, part.to_string()));
            i += part.len() + 1;
        }
        out
    }

    fn dates(s: &str, published: &str) -> Vec<Option<String>> {
        let w = words(s);
        let refs: Vec<(usize, &str)> = w.iter().map(|(i, s)| (*i, s.as_str())).collect();
        find(&refs)
            .iter()
            .map(|d| {
                resolve(
                    &d.value,
                    Published::parse(Some(published)),
                    Some("2023-11-22"),
                )
            })
            .collect()
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(
            dates("on nov . 22 ,", "2023-11-23"),
            [Some("2023-11-22".into())]
        );
        assert_eq!(
            dates("november 23 , 2023 9:13", "2020"),
            [Some("2023-11-23".into())]
        );
        assert_eq!(
            dates("on 28 november 2023", "2023-11"),
            [Some("2023-11-28".into())]
        );
        assert_eq!(
            dates("from 30 november for", "2023-11"),
            [Some("2023-11-30".into())]
        );
        assert_eq!(
            dates("on 13 december", "2024-01-02"),
            [Some("2023-12-13".into())]
        );
        assert!(dates("norway may close", "2023-11").is_empty());
    }

    #[test]
    fn relative_dates_need_the_publication_day() {
        // 2023-11-23 was a Thursday; the Sunday before is 2023-11-19.
        assert_eq!(
            dates("reported sunday", "2023-11-23"),
            [Some("2023-11-19".into())]
        );
        assert_eq!(dates("reported sunday", "2023-11"), [None]);
        assert_eq!(
            dates("on the same day", "2023-11"),
            [Some("2023-11-22".into())]
        );
        assert_eq!(dates("nov . 22", ""), [None]);
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for s in ["1970-01-01", "2000-02-29", "2023-11-23", "2024-12-31"] {
            let d = Ymd::parse(s).unwrap();
            assert_eq!(Ymd::from_days(d.days()), d);
        }
        assert_eq!(Ymd::parse("2023-11-23").unwrap().weekday(), 3);
    }
}
