//! Dates written with a month name, in every language of the lexicon:
//! "April 20, 2018", "Apr. 20", "April 20th", "May 23-25", "April 2018",
//! "abril de 2018" (month first); "20 April 2018", "26 February, 2024",
//! "20. April 2018", "20 de abril de 2018", "1er mai", "from 3 to 5 May"
//! (day first); a weekday before either ("Friday, August 10, 2012");
//! "spring 2018"; and a lone month name where the words around it make it
//! a date ("since its launch in March", "mid-April", "from February to
//! August 2009").

use std::sync::LazyLock;

use regex::Regex;

use super::pattern::{self, Group, Groups};
use super::scan::{char_at, char_before, next_word, prev_word, window};
use super::{Order, Raw, What};
use crate::document::Grain;
use crate::lexicon::dates::{MonthName, LEXICON};
use crate::lexicon::hits::LexiconHits;

const DAY: &str = r"(?:3[01]|[12][0-9]|0?[1-9])";
const YEAR: &str = r"[12][0-9]{3}";

/// Month first: name, optional day (or day range), optional year. The
/// reference for [`AFTER_MONTH`], which the scan runs.
#[cfg(test)]
static MONTH_FIRST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let m = &LEXICON.alt_months;
    Regex::new(&format!(r"(?i)^(?P<m>{m}){}", month_tail())).ok()
});

/// What follows a month name in a month-first date: the pattern of
/// `MONTH_FIRST` after its name, searched from the end of the name that
/// the scan found (so that `\b` sees the name). Without the alternation of
/// every month name of every language, a search costs a fraction of one
/// over the whole pattern.
pub(super) static AFTER_MONTH: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!("(?i){}", month_tail())).ok());

/// The part of the month-first pattern after the name.
fn month_tail() -> String {
    let lx = &*LEXICON;
    let (o, r, l) = (&lx.alt_ordinal, &lx.alt_range, &lx.alt_link);
    format!(
        r"\b\.?(?:\s+(?:the\s+)?(?P<d1>{DAY})(?P<o1>(?:{o})?)\b(?:\s*{r}\s*(?P<d2>{DAY})(?P<o2>(?:{o})?)\b)?)?(?:,?\s+(?:{l}\s+)?(?P<y>{YEAR})\b)?"
    )
}

/// The month-first captures of `win`, which starts with a month name of
/// `name_len` bytes (as the scan found it): those of `MONTH_FIRST` when it
/// reads the same name there, else none.
///
/// They are the same: month names are words of letters, so a name the
/// scan found ends where `\b` holds or where no other name (longer or
/// shorter, which the alternation would try) could end on `\b` either; and
/// the rest of the pattern is the same. It is read by hand
/// ([`pattern::after_month`]) where it can be, else by `AFTER_MONTH`.
fn month_captures(win: &str, name_len: usize) -> Option<Groups> {
    if pattern::readable(win) {
        return pattern::after_month(win, name_len);
    }
    let caps = AFTER_MONTH.as_ref()?.captures_at(win, name_len)?;
    (caps.get(0)?.start() == name_len).then(|| Groups::of(&caps))
}

/// The day-first captures of `win` ([`DAY_FIRST`]), read by hand where
/// they can be ([`pattern::day_first`]).
fn day_first_captures(win: &str) -> Option<Groups> {
    if pattern::readable(win) {
        return pattern::day_first(win);
    }
    DAY_FIRST.as_ref()?.captures(win).map(|c| Groups::of(&c))
}

/// Day first: day (or day range), optional link word, name, optional year.
pub(super) static DAY_FIRST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let lx = &*LEXICON;
    let (m, o, r, l) = (&lx.alt_months, &lx.alt_ordinal, &lx.alt_range, &lx.alt_link);
    Regex::new(&format!(
        r"(?i)^(?P<d1>{DAY})(?P<o1>(?:{o})?)(?:\s*{r}\s*(?P<d2>{DAY})(?:{o})?)?\s+(?:(?:{l})\s+)?(?P<m>{m})\b\.?(?:,?\s+(?:{l}\s+)?(?P<y>{YEAR})\b)?"
    ))
    .ok()
});

/// A season with its year.
static SEASON: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let lx = &*LEXICON;
    Regex::new(&format!(r"(?i)^{}\s+(?:(?:of|{})\s+)?(?P<y>{YEAR})\b", lx.alt_seasons, lx.alt_link)).ok()
});

/// A range word between a lone month and the next month name.
static TO_MONTH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let lx = &*LEXICON;
    Regex::new(&format!(r"(?i)^\s*{}\s*{}\b", lx.alt_range, lx.alt_months)).ok()
});

/// The number a group of `win` holds.
fn num(win: &str, group: Group) -> Option<i32> {
    group.and_then(|g| text_of(win, g)?.parse().ok())
}

/// The text of a group's match in `win`.
fn text_of(win: &str, (start, end): (usize, usize)) -> Option<&str> {
    win.get(start..end)
}

/// A day that is really the start of a bigger number or a time: "March 3.5",
/// "May 2,000", "June 6:30".
fn bad_day_end(s: &str, end: usize) -> bool {
    let t = s.get(end..).unwrap_or("");
    let mut cs = t.chars();
    match (cs.next(), cs.next()) {
        (Some('%'), _) => true,
        (Some('.' | ',' | ':'), Some(d)) => d.is_ascii_digit(),
        _ => false,
    }
}

/// Whether the written month name may be read as a month here.
fn name_ok(name: &str, m: MonthName, has_day: bool, has_link: bool) -> bool {
    let capital = name.chars().next().is_some_and(char::is_uppercase);
    if m.needs_capital && !capital {
        return false;
    }
    // "Mars 2020": a capitalised name of a lower-case language needs a day.
    !(!m.capital_lang && capital && !has_day && !has_link)
}

/// Read a date that starts with a month name at `pos`.
pub(crate) fn at_month(
    s: &str,
    pos: usize,
    name_end: usize,
    m: MonthName,
    covered: usize,
    out: &mut Vec<Raw>,
) -> Option<usize> {
    // A name that needs a capital and has none ("may", "march") is no
    // month, whatever follows: `name_ok` below says so once the pattern has
    // matched the same name; asked first, the pattern is not run for the
    // many modal verbs "may".
    if m.needs_capital && !s.get(pos..name_end)?.starts_with(char::is_uppercase) {
        return None;
    }
    let win = window(s, pos);
    let name = win.get(..name_end.checked_sub(pos)?)?;
    let caps = month_captures(win, name.len())?;
    let year = num(win, caps.y);
    let mut d1 = caps.d1;
    let mut d2 = caps.d2;
    let o1_end = caps.o1.map_or(0, |o| o.1);
    let o2_end = caps.o2.map_or(0, |o| o.1);
    if d1.is_some_and(|d| bad_day_end(win, d.1)) {
        d1 = None;
        d2 = None;
    }
    if d2.is_some_and(|d| bad_day_end(win, d.1)) {
        d2 = None;
    }
    let matched = win.get(..caps.end).unwrap_or("");
    let has_link = year.is_some() && has_de(matched);
    if !name_ok(name, m, d1.is_some(), has_link) {
        return None;
    }
    let month = Some(m.number);
    if let Some(d1) = d1 {
        // A year is part of the match only when it follows the last day.
        let y_ok = year.is_some();
        let day1: u8 = text_of(win, d1)?.parse().ok()?;
        if let Some(d2) = d2 {
            let day2: u8 = text_of(win, d2)?.parse().ok()?;
            if day2 <= day1 {
                return Some(single(pos, win, &caps, o1_end, month, day1, out));
            }
            let mut first = Raw::calendar(pos, pos + o1_end, year, month, Some(day1));
            first.order = Some(Order::MonthFirst);
            let end = pos + caps.end;
            let end = if y_ok { end } else { pos + o2_end };
            out.push(first);
            out.push(Raw::calendar(pos + d2.0, end, year, month, Some(day2)));
            return Some(end);
        }
        return Some(single(pos, win, &caps, o1_end, month, day1, out));
    }
    let mid = super::scan::after_mid(s, pos) && pos >= 4 && pos - 4 >= covered;
    if let Some(y) = year {
        let end = pos + caps.end;
        let start = if mid { pos - 4 } else { pos };
        out.push(Raw::calendar(start, end, Some(y), month, None));
        return Some(end);
    }
    // A lone month name.
    if m.abbr || !m.may_stand_alone {
        return None;
    }
    let start = if mid { pos - 4 } else { pos };
    let prefix = prev_word(s, pos).is_some_and(|(p, _)| LEXICON.month_prefix.contains(p.trim_end_matches(',')));
    let to_month = TO_MONTH.as_ref().is_some_and(|r| r.is_match(s.get(name_end..).unwrap_or("")));
    if !(mid || prefix || to_month) {
        return None;
    }
    // "in April Smith's office": a name, not a month.
    let after = s.get(name_end..).unwrap_or("");
    if after.starts_with(' ') && next_word(s, name_end).chars().next().is_some_and(char::is_uppercase) && !to_month {
        LEXICON.month(next_word(s, name_end))?;
    }
    out.push(Raw::calendar(start, name_end, None, month, None));
    Some(name_end)
}

/// One month-first day; the year counts only when it directly follows the day.
fn single(
    pos: usize,
    win: &str,
    caps: &Groups,
    day_end: usize,
    month: Option<u8>,
    day: u8,
    out: &mut Vec<Raw>,
) -> usize {
    let year_m =
        caps.y.filter(|y| win.get(day_end..y.0).is_some_and(|g| g.len() <= 8 && !g.chars().any(char::is_numeric)));
    let end = year_m.map_or(day_end, |y| y.1);
    let year = num(win, year_m);
    let mut r = Raw::calendar(pos, pos + end, year, month, Some(day));
    r.order = Some(Order::MonthFirst);
    out.push(r);
    pos + end
}

/// `s.to_lowercase().contains(" de ")` without the copy (the needle has
/// no "k" or "i": [`crate::text::scan::contains_ignore_ascii_case`]).
fn has_de(s: &str) -> bool {
    crate::text::scan::contains_ignore_ascii_case(s, " de ")
}

/// Read a day-first date starting with the digits at `pos`.
pub(crate) fn day_first(s: &str, pos: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let win = window(s, pos);
    let caps = day_first_captures(win)?;
    let mm = text_of(win, caps.m?)?;
    let m = LEXICON.month(mm.trim_end_matches('.'))?;
    let has_link = win.get(..caps.end).is_some_and(has_de);
    if !name_ok(mm, m, true, has_link) {
        return None;
    }
    // "2.4 May" is not a day; "20." (German) is.
    if char_before(s, pos).is_some_and(|ch| ch == '.' || ch == ',') {
        return None;
    }
    let year = num(win, caps.y);
    let day1: u8 = text_of(win, caps.d1?)?.parse().ok()?;
    let end = pos + caps.end;
    let month = Some(m.number);
    if let Some(d2) = caps.d2 {
        let day2: u8 = text_of(win, d2)?.parse().ok()?;
        if day2 > day1 {
            let d1_end = caps.o1?.1;
            let mut first = Raw::calendar(pos, pos + d1_end, year, month, Some(day1));
            first.order = Some(Order::DayFirst);
            out.push(first);
            out.push(Raw::calendar(pos + d2.0, end, year, month, Some(day2)));
            return Some(end);
        }
        return None;
    }
    let mut r = Raw::calendar(pos, end, year, month, Some(day1));
    r.order = Some(Order::DayFirst);
    out.push(r);
    Some(end)
}

/// A weekday followed by a date: "Friday, August 10, 2012", "Sunday, 12 June 2022".
pub(crate) fn at_weekday(s: &str, pos: usize, name_end: usize, covered: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let rest = s.get(name_end..)?;
    let skip = rest.len() - rest.trim_start_matches(['.', ',']).trim_start().len();
    if skip == 0 {
        return None;
    }
    let at = name_end + skip;
    let before = out.len();
    let end = match char_at(s, at) {
        Some(c) if c.is_ascii_digit() => day_first(s, at, out),
        Some(_) => {
            let f = LexiconHits::date_phrase_at_start(s.get(at..)?)?;
            match f.word {
                crate::lexicon::dates::Word::Month(m) => at_month(s, at, at + f.end, m, covered, out),
                _ => None,
            }
        }
        None => None,
    }?;
    let first = out.get_mut(before)?;
    if first.what != What::Calendar || first.day.is_none() {
        out.truncate(before);
        return None;
    }
    first.start = pos;
    Some(end)
}

/// "spring 2018", "summer of 2019".
pub(crate) fn at_season(s: &str, pos: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let win = window(s, pos);
    let caps = SEASON.as_ref()?.captures(win)?;
    let y: i32 = caps.name("y")?.as_str().parse().ok()?;
    let end = pos + caps.get(0)?.end();
    out.push(Raw {
        start: pos,
        end,
        year: Some(y),
        month: None,
        day: None,
        grain: Some(Grain::Month),
        what: What::Season,
        order: None,
    });
    Some(end)
}

#[cfg(test)]
mod tests {
    use crate::span::Span;

    /// Text, year, month, day.
    type Reading = (String, Option<i32>, Option<u8>, Option<u8>);

    fn read(s: &str) -> Vec<Reading> {
        let mut out = Vec::new();
        super::super::scan::scan(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|r| (s[r.start..r.end].to_owned(), r.year, r.month, r.day)).collect()
    }

    #[test]
    fn month_first_forms() {
        assert_eq!(read("on April 20, 2018."), [("April 20, 2018".into(), Some(2018), Some(4), Some(20))]);
        assert_eq!(read("Apr. 20, 2018"), [("Apr. 20, 2018".into(), Some(2018), Some(4), Some(20))]);
        assert_eq!(read("by April 20th"), [("April 20th".into(), None, Some(4), Some(20))]);
        assert_eq!(
            read("SCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/"),
            [("May 06, 2025".into(), Some(2025), Some(5), Some(6))]
        );
        assert_eq!(
            read("In the April 2018 Panmunjeom Declaration"),
            [("April 2018".into(), Some(2018), Some(4), None)]
        );
        assert_eq!(
            read("held May 23-25 at the Palazzo"),
            [("May 23".into(), None, Some(5), Some(23)), ("25".into(), None, Some(5), Some(25))]
        );
    }

    #[test]
    fn day_first_forms() {
        assert_eq!(read("26 February, 2024"), [("26 February, 2024".into(), Some(2024), Some(2), Some(26))]);
        assert_eq!(read("le 1er mai 2019"), [("1er mai 2019".into(), Some(2019), Some(5), Some(1))]);
        assert_eq!(read("am 20. April 2018"), [("20. April 2018".into(), Some(2018), Some(4), Some(20))]);
        assert_eq!(read("el 20 de abril de 2018"), [("20 de abril de 2018".into(), Some(2018), Some(4), Some(20))]);
        assert_eq!(
            read("from 3 to 5 May"),
            [("3".into(), None, Some(5), Some(3)), ("5 May".into(), None, Some(5), Some(5))]
        );
    }

    #[test]
    fn weekday_and_lone_months() {
        assert_eq!(
            read("Friday, August 10, 2012"),
            [("Friday, August 10, 2012".into(), Some(2012), Some(8), Some(10))]
        );
        assert_eq!(read("since its launch in March, sales"), [("March".into(), None, Some(3), None)]);
        assert_eq!(
            read("from February to August 2009"),
            [("February".into(), Some(2009), Some(2), None), ("August 2009".into(), Some(2009), Some(8), None)]
        );
        assert_eq!(read("by mid-April"), [("mid-April".into(), None, Some(4), None)]);
        assert_eq!(read("by mid-April 2018"), [("mid-April 2018".into(), Some(2018), Some(4), None)]);
        assert!(read("you may march on").is_empty());
        assert!(read("May God bless").is_empty());
        assert!(read("the March for Our Lives").is_empty());
        assert!(read("Mars 2020 rover").is_empty());
    }

    #[test]
    fn ranges_across_months() {
        assert_eq!(
            read("November 30 -\nDecember 3, 2021."),
            [
                ("November 30".into(), Some(2021), Some(11), Some(30)),
                ("December 3, 2021".into(), Some(2021), Some(12), Some(3))
            ]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2048))]
        #[test]
        fn has_de_is_on_the_lower_case(s in "[ dDeE\u{130}\u{212a}\u{3a3}x]{0,8}") {
            proptest::prop_assert_eq!(super::has_de(&s), s.to_lowercase().contains(" de "));
        }

        /// The captures read after the name the scan found are those of the
        /// whole month-first pattern, whenever it reads that name.
        #[test]
        fn captures_after_the_name_are_those_of_the_whole_pattern(
            name in proptest::sample::select(vec!["May", "MAY", "June", "Jun", "Sept", "September", "mars", "März", "Mär", "abril", "ABRIL", "décembre", "DÉCEMBRE", "Dez", "Dezember"]),
            lead in proptest::sample::select(vec![" ", "", ". ", ", ", " the "]),
            rest in crate::test_text::words_and_separators(&["1", "20", "31", "05", "2024", "1999", "th", "st", "er", "the", "to", "de", "through", "e", "ber", "_", "\u{301}", "x"], &[" ", "", ".", ",", "-", "–", ", ", "  "], 10),
        ) {
            // The scan finds month names only.
            proptest::prop_assume!(super::LEXICON.month(name).is_some());
            let win = format!("{name}{lead}{rest}");
            let reference = super::MONTH_FIRST
                .as_ref()
                .and_then(|r| r.captures(&win))
                .filter(|c| c.name("m").is_some_and(|m| m.end() == name.len()))
                .map(|c| super::Groups { m: None, ..super::Groups::of(&c) });
            proptest::prop_assert_eq!(super::month_captures(&win, name.len()), reference, "{:?}", win);
        }
    }
}
