//! Dates that start with a digit: "2018년 4월 20일" / "2018年4月20日",
//! ISO "2018-04-20", "4/20/2018" and "20/04/2018", "20.04.2018", day-first
//! month-name dates (see [`super::absolute::day_first`]), year ranges
//! ("2018–2019", "(2021-2022 cohort)"), and a bare four-digit number when
//! the words around it make it a year ("in 2014", "the 2014 UN Commission",
//! "© 2018", "(2025)"). Identifiers ("H.R. 2018", "No. 19-cv-2014",
//! "20530-0001"), counts ("over 2000 people"), addresses ("1945 East
//! Russell Road"), phone numbers and decades ("the 1990s") are not years.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::scan::{char_at, char_before, next_word, possessive, prev_word};
use super::{absolute, Raw, What};
use crate::document::Grain;
use crate::lexicon::dates::LEXICON;
use crate::lexicon::with_lowercase;

/// "2018년 4월 20일", "2018年4月", "2018년".
static CJK_YEAR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let lx = &*LEXICON;
    let (y, m, d) = (&lx.marker_year, &lx.marker_month, &lx.marker_day);
    Regex::new(&format!(
        r"^(?P<y>[12][0-9]{{3}})\s*{y}(?:\s*(?P<m>1[0-2]|0?[1-9])\s*{m}(?:\s*(?P<d>3[01]|[12][0-9]|0?[1-9])\s*{d})?)?"
    ))
    .ok()
});

/// "4월 20일", "4月20日".
static CJK_MONTH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let lx = &*LEXICON;
    let (m, d) = (&lx.marker_month, &lx.marker_day);
    Regex::new(&format!(r"^(?P<m>1[0-2]|0?[1-9])\s*{m}\s*(?P<d>3[01]|[12][0-9]|0?[1-9])\s*{d}")).ok()
});

/// "2018-04-20", "2018/04/20".
static ISO: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^(?P<y>[12][0-9]{3})([-/])(?P<m>1[0-2]|0[1-9])[-/](?P<d>3[01]|[12][0-9]|0[1-9])").ok()
});

/// "4/20/2018", "20.04.2018", "20-04-2018".
static NUMERIC: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"^(?P<a>[0-9]{1,2})(?P<s>[/.\-])(?P<b>[0-9]{1,2})(?P<t>[/.\-])(?P<y>[12][0-9]{3})").ok()
});

/// Whether `b` may start with a match of [`NUMERIC`], read from its bytes:
/// one or two digits (all of the first run: a third digit is no
/// separator), a separator, one or two digits, a separator, then `1` or
/// `2` and three digits. Most numbers with a point or a dash ("2.4
/// million", "3-4") fail this without the regex being run.
fn may_be_numeric(b: &[u8]) -> bool {
    let digits = |from: usize| b.get(from..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
    let sep = |at: usize| b.get(at).is_some_and(|c| matches!(c, b'/' | b'.' | b'-'));
    let a = digits(0);
    if !(1..=2).contains(&a) || !sep(a) {
        return false;
    }
    let m = digits(a + 1);
    let y = a + 1 + m + 1;
    (1..=2).contains(&m) && sep(a + 1 + m) && b.get(y).is_some_and(|c| matches!(c, b'1' | b'2')) && digits(y) >= 4
}

/// "2018–2019", "2018-19", "2021/2022".
static YEAR_RANGE: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^(?P<a>[12][0-9]{3})\s*[-–—/]\s*(?P<b>[12][0-9]{3}|[0-9]{2})\b").ok());

/// Read a date at the digit run starting at `pos`.
/// `month_near` says a month name starts shortly after `pos` (the only
/// case where a day-first date can start here). Cheap byte tests decide
/// which regexes to try at all.
pub(crate) fn at_digit(s: &str, pos: usize, covered: usize, month_near: bool, out: &mut Vec<Raw>) -> Option<usize> {
    let rest = s.get(pos..)?;
    let run = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest.as_bytes()[run..];
    let next = after.first().copied();
    let next_solid = after.iter().find(|b| **b != b' ').copied();
    let cjk_marker = next_solid.is_some_and(|b| b >= 0x80);
    if run == 4 {
        if cjk_marker {
            if let Some(end) = cjk(s, pos, out) {
                return Some(end);
            }
        }
        if matches!(next, Some(b'-' | b'/')) {
            if let Some(end) = iso(s, pos, out) {
                return Some(end);
            }
        }
        if matches!(next_solid, Some(b'-' | b'/' | 0xE2)) {
            if let Some(end) = year_range(s, pos, out) {
                return Some(end);
            }
        }
        return bare_year(s, pos, covered, out);
    }
    if run > 2 {
        return None;
    }
    if cjk_marker {
        if let Some(end) = cjk(s, pos, out) {
            return Some(end);
        }
    }
    if matches!(next, Some(b'/' | b'.' | b'-')) {
        if let Some(end) = slashed(s, pos, out) {
            return Some(end);
        }
    }
    if month_near {
        return absolute::day_first(s, pos, out);
    }
    None
}

fn next_is_digit(s: &str, end: usize) -> bool {
    char_at(s, end).is_some_and(|c| c.is_ascii_digit())
}

fn cjk(s: &str, pos: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let win = super::scan::window(s, pos);
    let (caps, year) = if let Some(caps) = CJK_YEAR.as_ref()?.captures(win) {
        let y = caps.name("y")?.as_str().parse().ok();
        (caps, y)
    } else {
        (CJK_MONTH.as_ref()?.captures(win)?, None)
    };
    let month = caps.name("m").and_then(|m| m.as_str().parse().ok());
    let day = caps.name("d").and_then(|m| m.as_str().parse().ok());
    let end = pos + caps.get(0)?.end();
    out.push(Raw::calendar(pos, end, year, month, day));
    Some(end)
}

fn iso(s: &str, pos: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let caps = ISO.as_ref()?.captures(super::scan::window(s, pos))?;
    let end = pos + caps.get(0)?.end();
    if next_is_digit(s, end)
        || char_before(s, pos).is_some_and(|b| b == '/' || b == '-') && char_at(s, end) == Some('/')
    {
        return None;
    }
    let y = caps.name("y")?.as_str().parse().ok();
    let m = caps.name("m")?.as_str().parse().ok();
    let d = caps.name("d")?.as_str().parse().ok();
    out.push(Raw::calendar(pos, end, y, m, d));
    Some(end)
}

fn slashed(s: &str, pos: usize, out: &mut Vec<Raw>) -> Option<usize> {
    if !may_be_numeric(s.as_bytes().get(pos..).unwrap_or(&[])) {
        return None;
    }
    let caps = NUMERIC.as_ref()?.captures(super::scan::window(s, pos))?;
    let sep = caps.name("s")?.as_str();
    if sep != caps.name("t")?.as_str() {
        return None;
    }
    let end = pos + caps.get(0)?.end();
    // Part of a longer run of numbers: "1.2.3.2018", "12/3/2018/4", a URL.
    if next_is_digit(s, end)
        || char_at(s, end).is_some_and(|ch| ch.to_string() == sep && next_is_digit(s, end + 1))
        || char_before(s, pos).is_some_and(|ch| matches!(ch, '/' | '.' | '-'))
    {
        return None;
    }
    let a: u8 = caps.name("a")?.as_str().parse().ok()?;
    let b: u8 = caps.name("b")?.as_str().parse().ok()?;
    let y: i32 = caps.name("y")?.as_str().parse().ok()?;
    let mut raw = Raw::calendar(pos, end, Some(y), None, None);
    raw.grain = Some(Grain::Day);
    if sep == "." || a > 12 {
        // "20.04.2018" is always day first.
        raw.month = Some(b);
        raw.day = Some(a);
    } else if b > 12 || a == b {
        raw.month = Some(a);
        raw.day = Some(b);
    } else {
        raw.what = What::Numeric { first: a, second: b };
    }
    if a == 0 || b == 0 || raw.month.is_some_and(|m| m > 12) {
        return None;
    }
    out.push(raw);
    Some(end)
}

fn year_range(s: &str, pos: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let win = super::scan::window(s, pos);
    let caps = YEAR_RANGE.as_ref()?.captures(win)?;
    let a = caps.name("a")?;
    let b = caps.name("b")?;
    let ya: i32 = a.as_str().parse().ok()?;
    let yb: i32 = if b.as_str().len() == 2 {
        ya / 100 * 100 + b.as_str().parse::<i32>().ok()?
    } else {
        b.as_str().parse().ok()?
    };
    let end = pos + b.end();
    if !(yb > ya && yb - ya <= 20) || next_is_digit(s, end) || !(1800..=2199).contains(&ya) {
        return None;
    }
    if char_at(s, end).is_some_and(|ch| matches!(ch, '-' | '/' | '.')) && next_is_digit(s, end + 1) {
        return None;
    }
    if char_before(s, pos).is_some_and(|ch| matches!(ch, '-' | '/' | '$' | '#' | '+' | '.' | ',')) {
        return None;
    }
    if prev_word(s, pos).is_some_and(|(p, _)| LEXICON.not_year_prefix.contains(&*p)) {
        return None;
    }
    out.push(Raw::calendar(pos, pos + a.end(), Some(ya), None, None));
    out.push(Raw::calendar(pos + b.start(), end, Some(yb), None, None));
    Some(end)
}

/// A plural noun after a number makes it a count ("2000 people").
fn count_noun(w: &str) -> bool {
    const NOT: &[&str] =
        &["was", "has", "is", "this", "its", "always", "perhaps", "as", "thus", "plus", "levels", "us"];
    w.len() > 3
        && w.chars().next().is_some_and(char::is_lowercase)
        && (w.ends_with('s') && !w.ends_with("ss"))
        && !NOT.contains(&w)
}

/// A bare four-digit year at `pos`, when the words around it say so.
fn bare_year(s: &str, pos: usize, covered: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let end = pos + 4;
    let y: i32 = s.get(pos..end)?.parse().ok()?;
    let next = char_at(s, end);
    let after = s.get(end..).unwrap_or("");
    let mut na = after.chars();
    let (n1, n2) = (na.next(), na.next());
    // Decades, units and longer numbers.
    if next.is_some_and(|c| c.is_alphanumeric() || c == '%' || c == '_' || c == '@') {
        return None;
    }
    if matches!(n1, Some('.' | ',' | ':' | '/' | '-' | '–' | '+' | '×' | 'x')) && n2.is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    // "2019-nCoV": part of a name.
    if n1 == Some('-') && n2.is_some_and(char::is_alphabetic) && !to_present(after) {
        return None;
    }
    let prev = char_before(s, pos);
    let mid = super::scan::after_mid(s, pos);
    if prev.is_some_and(|c| {
        matches!(
            c,
            '$' | '€' | '£' | '¥' | '#' | '/' | '\\' | ':' | '+' | '=' | '.' | ',' | '@' | '_' | '–' | '—' | '№'
        )
    }) || prev == Some('-') && !mid
    {
        return None;
    }
    let pw = prev_word(s, pos);
    let p = pw.as_ref().map_or("", |(w, _)| w.trim_end_matches(','));
    if LEXICON.not_year_prefix.contains(p) {
        return None;
    }
    let nw = next_word(s, end);
    let in_range = |lo: i32, hi: i32| (lo..=hi).contains(&y);
    let after_t = after.trim_start();
    let paren = prev == Some('(') || after_t.starts_with(')') && !after.starts_with("))");
    let accepted = if mid {
        in_range(1000, 2199)
    } else if let Some(&strong) = LEXICON.year_prefix.get(p) {
        if strong {
            in_range(1000, 2199) && !with_lowercase(nw, |nw| LEXICON.count_nouns.contains(nw))
        } else {
            !count_noun(nw) && in_range(1800, 2199)
        }
    } else if paren || possessive(s, end).is_some() || list_of_years(s, pw.as_ref(), covered) || to_present(after) {
        in_range(1800, 2199)
    } else if after.starts_with(' ') && nw.chars().next().is_some_and(char::is_uppercase) {
        // "the seminal 2014 UN Commission", not "1945 East Russell Road".
        in_range(1900, 2099) && !street_follows(s, end) && !with_lowercase(nw, count_noun)
    } else if pw.as_ref().is_some_and(|(w, st)| capitalised_name(s, *st, w)) {
        // "Development Report 2019 showed", "Seattle 1999".
        in_range(1900, 2099) && !count_noun(nw)
    } else {
        // "Buenos Aires 2017", "Vision 2030." at the end of a name.
        let ends = after_t.is_empty()
            || after.starts_with(['.', ',', ';', ')', '\n'])
            || after.starts_with(" -")
            || after.starts_with(" –");
        ends && in_range(1900, 2099)
            && pw.as_ref().is_some_and(|(w, st)| {
                s.get(*st..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase) && !w.is_empty()
            })
    };
    if !accepted {
        return None;
    }
    let _ = covered;
    out.push(Raw::calendar(pos, end, Some(y), None, None));
    Some(end)
}

/// "2008, 2009 and 2010": the token before is a year already read.
fn list_of_years(s: &str, pw: Option<&(Cow<'_, str>, usize)>, covered: usize) -> bool {
    pw.is_some_and(|(w, st)| {
        let w = w.trim_end_matches(',');
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && covered >= st + 4 && s.get(st + 4..st + 5) == Some(",")
    })
}

/// "1994-Present", "2019 – present".
fn to_present(after: &str) -> bool {
    let t = after.trim_start_matches([' ', '-', '–', '—']);
    after.trim_start().starts_with(['-', '–', '—']) && t.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("present"))
}

/// A capitalised word (not a label such as "No." or "Room") before the year.
fn capitalised_name(s: &str, start: usize, w: &str) -> bool {
    w.chars().count() > 1
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && s.get(start..).and_then(|t| t.chars().next()).is_some_and(char::is_uppercase)
        && !LEXICON.not_year_prefix.contains(w)
        && LEXICON.month(w).is_none()
}

/// A street word within the next four words: an address, not a year.
fn street_follows(s: &str, end: usize) -> bool {
    s.get(end..)
        .unwrap_or("")
        .split_whitespace()
        .take(4)
        .any(|w| with_lowercase(w.trim_matches(|c: char| !c.is_alphanumeric()), |w| LEXICON.street.contains(w)))
}

/// Give a yearless endpoint the year of the next endpoint it is joined to
/// ("November 30 – December 3, 2021", "from February to August 2009",
/// "March 1, March 14, and May 4, 2009"). `s` is the block text starting
/// at byte `base` of the input.
pub(crate) fn borrow_years(s: &str, base: usize, raws: &mut [Raw]) {
    for i in (0..raws.len().saturating_sub(1)).rev() {
        let (a, b) = (raws[i], raws[i + 1]);
        if a.what != What::Calendar || a.year.is_some() || a.month.is_none() || b.what != What::Calendar {
            continue;
        }
        let (Some(yb), Some(mb), Some(ma)) = (b.year, b.month, a.month) else { continue };
        let gap = s.get(a.end - base..b.start - base).unwrap_or("x");
        let joined = gap
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| w == "&" || w.eq_ignore_ascii_case("on") || LEXICON.alt_range_has(w));
        if joined {
            raws[i].year = Some(if ma > mb { yb - 1 } else { yb });
        }
    }
}

#[cfg(test)]
mod tests {

    proptest::proptest! {
        /// Text the byte screen turns away never matches `NUMERIC`.
        #[test]
        fn the_numeric_screen_keeps_every_match(t in "[0-9/.\\-12 a]{0,14}") {
            if !super::may_be_numeric(t.as_bytes()) {
                proptest::prop_assert!(!super::NUMERIC.as_ref().is_some_and(|r| r.is_match(&t)), "{:?}", t);
            }
        }
    }
    use crate::span::Span;

    /// Text, year, month, day.
    type Reading = (String, Option<i32>, Option<u8>, Option<u8>);

    fn read(s: &str) -> Vec<Reading> {
        let mut out = Vec::new();
        super::super::scan::scan(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|r| (s[r.start..r.end].to_owned(), r.year, r.month, r.day)).collect()
    }

    fn years(s: &str) -> Vec<String> {
        read(s).into_iter().map(|r| r.0).collect()
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(
            read("북한 2018년\u{a0}4월\u{a0}20일 평양"),
            [("2018년\u{a0}4월\u{a0}20일".into(), Some(2018), Some(4), Some(20))]
        );
        assert_eq!(read("4월 20일에"), [("4월 20일".into(), None, Some(4), Some(20))]);
        assert_eq!(read("see 2018-04-20."), [("2018-04-20".into(), Some(2018), Some(4), Some(20))]);
        assert_eq!(read("on 4/20/2018"), [("4/20/2018".into(), Some(2018), Some(4), Some(20))]);
        assert_eq!(read("on 20/04/2018"), [("20/04/2018".into(), Some(2018), Some(4), Some(20))]);
        assert_eq!(read("am 20.04.2018"), [("20.04.2018".into(), Some(2018), Some(4), Some(20))]);
    }

    #[test]
    fn years_in_context() {
        assert_eq!(years("in 2014, since 1990, © 2018"), ["2014", "1990", "2018"]);
        assert_eq!(years("the seminal 2014 UN Commission of Inquiry"), ["2014"]);
        assert_eq!(years("Workforce (2025)2."), ["2025"]);
        assert_eq!(years("available (2021-2022 cohort) showing"), ["2021", "2022"]);
        assert_eq!(years("the 1999 WTO Ministerial"), ["1999"]);
        assert_eq!(years("Founded in 2019, Vensana"), ["2019"]);
        assert_eq!(years("until at least 2024 to achieve"), ["2024"]);
        assert_eq!(years("tax years 2008, 2009 and 2010."), ["2008", "2009", "2010"]);
        assert_eq!(years("In the fiscal year 2004 appropriations process"), ["2004"]);
        assert_eq!(years("reported Q1 2025 results"), ["2025"]);
        assert_eq!(years("Trade and Development Report 2019 showed"), ["2019"]);
        assert_eq!(years("Police Reform Work: 1994-Present, is"), ["1994"]);
        assert_eq!(years("Seattle 1999\n\nLooking back"), ["1999"]);
        assert_eq!(years("Looking back on the 1999 protests"), ["1999"]);
        assert!(years("the 2000 people who came").is_empty());
    }

    #[test]
    fn numbers_that_are_not_years() {
        for t in [
            "H.R. 2018 passed",
            "No. 19-cv-2014",
            "Case Number: 12-992",
            "DC 20530-0001",
            "over 2000 people",
            "in the 1990s",
            "call 202-514-2007",
            "1945 East Russell Road",
            "$2018 million",
            "2018 organizations signed",
            "version 2.2018",
            "page 2014",
            "12:2018",
            "the 2019-nCoV virus",
        ] {
            assert!(read(t).is_empty(), "{t}: {:?}", read(t));
        }
    }
}
