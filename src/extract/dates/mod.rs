//! Date mentions and the release's own date.
//!
//! One pass per block (in boilerplate blocks only full dates with a day
//! and a year are kept; captions are read): candidate positions come from one Aho-Corasick automaton over the
//! date words of every language (months, weekdays, relative phrases,
//! seasons, "ago") and from the starts of digit runs. At each candidate a
//! few regexes, compiled once, are tried anchored on a short window
//! (`scan`). Month-name dates live in `absolute`, digit-led ones
//! (ISO, `4/20/2018`, `20.04.2018`, `2018년 4월 20일`, years) in
//! `numeric`, relative ones in `relative`. The release's own date is
//! chosen by `published`, and `resolve` turns the raw readings into
//! [`DateMention`]s.
//!
//! Decisions (SPEC.md leaves them open):
//! - A range yields one mention per endpoint; an endpoint without a year
//!   borrows the year of the next endpoint ("from February to August 2009",
//!   "November 30 – December 3, 2021").
//! - A month or day without a year takes the year of the release's own date
//!   when the release states one, else its value is null (never the
//!   caller's reference date).
//! - Relative dates resolve against the release's own date, else the
//!   caller's reference date, else null. Week-level expressions ("this
//!   week") and periods ("the past decade") have a null value and no grain.
//!   "on Monday" is the nearest such weekday before the anchor (or after
//!   it, when the sentence speaks of the future: "will", "scheduled").
//! - Seasons ("spring 2018") have a null value and month grain.
//! - A numeric date whose order the text cannot settle (`4/5/2018`) follows
//!   the release's own habit (more month-first than day-first named dates →
//!   month first, and the reverse); otherwise its value is null and both
//!   readings are in `alternates`. Two-digit years are not read.
//! - Figurative "today's world" / "leaders of tomorrow" are not dates.

mod absolute;
mod numeric;
mod pattern;
mod published;
mod relative;
mod resolve;
mod scan;

use jiff::civil::Date;

use crate::document::{DateKind, DateMention, Dateline, Grain};
use crate::span::Span;
use crate::text::TextModel;

use crate::lexicon::dates::RelUnit;

/// Dates found in a release, with the release's own date.
#[derive(Debug, Clone, Default)]
pub struct DateResult {
    /// Every date mention, in text order.
    pub mentions: Vec<DateMention>,
    /// The release's own date (ISO partial).
    pub published: Option<String>,
}

/// Which reading of a numeric date a text prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    /// "April 20, 2018", "4/20/2018".
    MonthFirst,
    /// "20 April 2018", "20/04/2018".
    DayFirst,
}

/// What a raw reading is, before values are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum What {
    /// A calendar date; a missing year comes from the release's own date.
    Calendar,
    /// A season ("spring 2018"): value null.
    Season,
    /// `a/b/yyyy` where both a and b could be the month.
    Numeric {
        /// The first number.
        first: u8,
        /// The second number.
        second: u8,
    },
    /// A relative phrase ("yesterday", "this year").
    Relative(RelUnit),
    /// A weekday ("on Monday"); -1 last, 1 next, 0 nearest by tense.
    Weekday {
        /// 1 = Monday.
        day: u8,
        /// Direction.
        dir: i8,
    },
    /// "two years ago".
    Ago {
        /// How many units.
        n: u32,
        /// "day", "week", "month", "year", "decade".
        unit: &'static str,
    },
}

/// One date expression as read, with byte offsets into the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Raw {
    /// Start of the expression.
    pub start: usize,
    /// End of the expression.
    pub end: usize,
    /// The year, when written.
    pub year: Option<i32>,
    /// The month, when written.
    pub month: Option<u8>,
    /// The day, when written.
    pub day: Option<u8>,
    /// The precision of the expression.
    pub grain: Option<Grain>,
    /// What kind of reading.
    pub what: What,
    /// The order a named date was written in (a cue for numeric dates).
    pub order: Option<Order>,
}

impl Raw {
    /// A calendar reading.
    pub(crate) fn calendar(start: usize, end: usize, year: Option<i32>, month: Option<u8>, day: Option<u8>) -> Raw {
        let grain = if day.is_some() {
            Grain::Day
        } else if month.is_some() {
            Grain::Month
        } else {
            Grain::Year
        };
        Raw { start, end, year, month, day, grain: Some(grain), what: What::Calendar, order: None }
    }

    /// Shift offsets by `by` bytes.
    pub(crate) fn shifted(mut self, by: usize) -> Raw {
        self.start += by;
        self.end += by;
        self
    }

    fn kind(&self) -> DateKind {
        match self.what {
            What::Calendar | What::Season | What::Numeric { .. } => DateKind::Absolute,
            What::Relative(_) | What::Weekday { .. } | What::Ago { .. } => DateKind::Relative,
        }
    }
}

/// Find every date mention in the content blocks of `model`, and the
/// release's own date: the dateline's date when it has one, else a date
/// line near the top ("FOR IMMEDIATE RELEASE" … "Friday, August 10, 2012",
/// "14 April 2021" under the title, "SCOTTSDALE, AZ, May 06, 2025
/// /24-7PressRelease/ --"), never a date of the narrative or an "Updated …"
/// line. Relative dates resolve against the release's date, else
/// `reference`.
///
/// ```
/// use pressparse::extract::dates::extract;
/// use pressparse::text::TextModel;
/// let model = TextModel::new("Release title\n\n14 April 2021\n\nThe leaders wrote today, as they did in 2014.");
/// let found = extract(&model, None, None);
/// assert_eq!(found.published.as_deref(), Some("2021-04-14"));
/// let values: Vec<_> = found.mentions.iter().map(|m| m.value.as_deref()).collect();
/// assert_eq!(values, [Some("2021-04-14"), Some("2021-04-14"), Some("2014")]);
/// ```
pub fn extract(model: &TextModel<'_>, dateline: Option<&Dateline>, reference: Option<Date>) -> DateResult {
    let mut raws = Vec::new();
    let hits = model.lexicon_hits();
    for block in &model.blocks {
        let first = raws.len();
        scan::scan_with_hits(model.text, block.span, hits, &mut raws);
        if block.boilerplate {
            // Page chrome keeps only full dates ("Friday, August 10, 2012"
            // when a menu run swallowed the release's date line).
            let tail = raws.split_off(first);
            raws.extend(tail.into_iter().filter(|r| r.what == What::Calendar && r.year.is_some() && r.day.is_some()));
        }
    }
    let from_dateline = dateline.and_then(|d| d.date.as_deref()).and_then(resolve::parse_iso);
    let published = from_dateline.or_else(|| published::find(model, &raws));
    let mentions = resolve::resolve(model, &raws, published, reference);
    DateResult { mentions, published: published.map(resolve::IsoParts::to_iso) }
}

/// Parse `s` when it is exactly one date expression with its own year; the
/// ISO partial value. Surrounding brackets and trailing punctuation
/// (`"(26 June 2023)"`, `"May 06, 2025,"`) are ignored; a leading weekday
/// is part of the expression. A month or day without a year ("March 3"), a
/// relative date ("today"), an ambiguous numeric date ("4/5/2018") and
/// anything with more words give `None`. A lone four-digit year gives the
/// year.
///
/// ```
/// use pressparse::extract::dates::parse_standalone;
/// assert_eq!(parse_standalone("26 June 2023").as_deref(), Some("2023-06-26"));
/// assert_eq!(parse_standalone("(Friday, August 10, 2012)").as_deref(), Some("2012-08-10"));
/// assert_eq!(parse_standalone("May 06, 2025").as_deref(), Some("2025-05-06"));
/// assert_eq!(parse_standalone("March 3"), None);
/// assert_eq!(parse_standalone("GENEVA"), None);
/// ```
pub fn parse_standalone(s: &str) -> Option<String> {
    let t = s
        .trim()
        .trim_start_matches(['(', '[', '{'])
        .trim_end_matches([')', ']', '}', ',', '.', ';', ':', '–', '—', '-'])
        .trim();
    if t.is_empty() {
        return None;
    }
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = t.parse().ok()?;
        return (1000..=2199).contains(&y).then(|| t.to_owned());
    }
    let mut raws = Vec::new();
    scan::scan(t, Span::new(0, t.len()), &mut raws);
    let [raw] = raws.as_slice() else { return None };
    if raw.start != 0 || raw.end != t.len() || raw.what != What::Calendar || raw.year.is_none() {
        return None;
    }
    resolve::calendar_value(raw.year?, raw.month, raw.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(String, Option<String>)> {
        let model = TextModel::new(text);
        extract(&model, None, None).mentions.into_iter().map(|m| (m.text, m.value)).collect()
    }

    #[test]
    fn standalone() {
        assert_eq!(parse_standalone("2018-04-20").as_deref(), Some("2018-04-20"));
        assert_eq!(parse_standalone("20 de abril de 2018").as_deref(), Some("2018-04-20"));
        assert_eq!(parse_standalone("April 2018").as_deref(), Some("2018-04"));
        assert_eq!(parse_standalone("today"), None);
        assert_eq!(parse_standalone("April 20, 2018 and more"), None);
        assert_eq!(parse_standalone(""), None);
        assert_eq!(parse_standalone("31 April 2018"), None);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", "é", "2018년", "May", "31/", "1/1/", "\u{a0}2018\u{a0}", "ago", "(", "Monday,", "20.", "mid-"] {
            let _ = values(t);
            let _ = parse_standalone(t);
        }
    }

    #[test]
    fn german_date_line_is_not_a_list_item() {
        assert_eq!(
            values("Titel\n\n17. Juni 2022\n\nText."),
            [("17. Juni 2022".to_owned(), Some("2022-06-17".to_owned()))]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        #[test]
        fn never_panics_and_spans_hold(parts in proptest::collection::vec(proptest::sample::select(vec![
            "2018", "20", "4", "/", ".", "-", "–", " ", "\n", "April", "mai", "de", "년", "월", "일", "年", "é", "’s", "today",
            "ago", "two years", "Monday", ",", "(", ")", "mid-", "in", "the", "No.", "©", "\u{a0}", "1er", "º",
        ]), 0..24)) {
            let text: String = parts.concat();
            let model = TextModel::new(&text);
            for m in extract(&model, None, None).mentions {
                proptest::prop_assert_eq!(m.span.slice(&text), Some(m.text.as_str()));
            }
            let _ = parse_standalone(&text);
        }
    }

    #[test]
    fn spans_slice_to_text() {
        let text = "GENEVA (26 June 2023) – Talks held on 25 June, 2023-06-20 and 2018년 4월 20일 ended today.";
        let model = TextModel::new(text);
        let found = extract(&model, None, None);
        assert!(found.mentions.len() >= 4);
        for m in &found.mentions {
            assert_eq!(m.span.slice(text), Some(m.text.as_str()));
        }
    }
}
