//! What follows a dateline's place up to its dash: dates ("May 06, 2025",
//! "(26 June 2023)"), wire and distributor names ("(BUSINESS WIRE)",
//! "/24-7PressRelease/", `[Media OutReach Newswire](…)`, `(Newsworthy.ai)`),
//! a time ("@ 8:08 AM US/Mountain"), commas and dashes. The scan stops at the
//! first word of running text.

use std::ops::Range;

use super::place::{skip_ws, word_end};
use super::words::date_word_kind;

/// Longest bracketed or slashed piece of furniture, in bytes.
const MAX_GROUP: usize = 200;

/// The furniture after a place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Tail {
    /// Byte offset just after the last dash, if any.
    pub dash_end: Option<usize>,
    /// Byte offset where running text starts (the length of `s` when the
    /// scan reached the end).
    pub stop: usize,
    /// The first date, as a byte range.
    pub date: Option<Range<usize>>,
    /// True when a date, a wire name or a time was read.
    pub furniture: bool,
}

const DASHES: &[char] = &['-', '–', '—', '―', '‒'];

fn is_number(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ',']);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty()
        && digits.len() <= 4
        && digits.chars().all(|c| c.is_ascii_digit())
        // "21st", and the French ordinals "1er", "1re", "2e".
        && ["", "st", "nd", "rd", "th", "er", "re", "e"].iter().any(|x| suffix.eq_ignore_ascii_case(x))
}

fn is_time(w: &str) -> bool {
    let mut it = w.splitn(2, ':');
    let (Some(h), Some(m)) = (it.next(), it.next()) else {
        return false;
    };
    (1..=2).contains(&h.len())
        && h.chars().all(|c| c.is_ascii_digit())
        && m.len() == 2
        && m.chars().all(|c| c.is_ascii_digit())
}

/// Scan the furniture of `s` from byte `from`.
pub(super) fn scan(s: &str, from: usize) -> Tail {
    let mut tail = Tail { stop: s.len(), ..Tail::default() };
    let mut i = from;
    let mut date_run: Option<Range<usize>> = None;
    let mut after_time = false;
    loop {
        let at = skip_ws(s, i);
        let Some(ch0) = s.get(at..).and_then(|r| r.chars().next()) else {
            break;
        };
        // A Spanish closing ".-" after a group: "(Europa Press).- La empresa".
        let dotted = ch0 == '.' && s.get(at + 1..).is_some_and(|r| r.starts_with(DASHES));
        if DASHES.contains(&ch0) || dotted {
            let at = if dotted { at + 1 } else { at };
            let rest = s.get(at..).unwrap_or("");
            let run = rest.len() - rest.trim_start_matches(DASHES).len();
            tail.dash_end = Some(at + run);
            after_time = false;
            close_date(&mut date_run, &mut tail);
            i = at + run;
            continue;
        }
        let group_end = match ch0 {
            '(' => find_close(s, at, ')'),
            '[' => find_close(s, at, ']').and_then(|group_close| {
                // A markdown link: "[Media OutReach Newswire](https://…)".
                if s.get(group_close..).is_some_and(|r| r.starts_with('(')) {
                    find_close(s, group_close, ')')
                } else {
                    Some(group_close)
                }
            }),
            '/' => find_close(s, at, '/'),
            _ => None,
        };
        if let Some(group_close) = group_end {
            close_date(&mut date_run, &mut tail);
            if ch0 == '(' && tail.date.is_none() {
                let inner = s.get(at + 1..group_close - 1).unwrap_or("");
                if inner.split_whitespace().any(|word| date_word_kind(word) == Some("month")) {
                    tail.date = Some(at + 1..group_close - 1);
                }
            }
            tail.furniture = true;
            i = group_close;
            continue;
        }
        if matches!(ch0, '(' | '[' | '/') {
            tail.stop = at;
            break;
        }
        if ch0 == ',' {
            i = at + 1;
            continue;
        }
        if ch0 == '@' {
            close_date(&mut date_run, &mut tail);
            after_time = true;
            i = at + 1;
            continue;
        }
        // A word: up to whitespace, a comma or a bracket.
        let rest = s.get(at..).unwrap_or("");
        let mut len = rest
            .find(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '(' | '[') || (!after_time && ch == '/'))
            .unwrap_or(rest.len());
        // A number ends at a closing dash ("5 de marzo de 2023.- La
        // empresa"), not at a range ("June 12-15").
        if ch0.is_ascii_digit() {
            let word = rest.get(..len).unwrap_or("");
            if let Some(d) = word.find(DASHES) {
                if word.get(d..).is_some_and(|r| r.trim_start_matches(DASHES).is_empty()) {
                    len = d;
                }
            }
        }
        let we = if len == 0 { word_end(s, at).max(at + ch0.len_utf8()) } else { at + len };
        let word = s.get(at..we).unwrap_or("");
        let kind = date_word_kind(word);
        if kind == Some("month") || is_number(word) {
            date_run = Some(date_run.map_or(at..we, |r| r.start..we));
            tail.furniture = true;
        } else if is_date_link(word) && date_follows(s, we) {
            // "Genève, le 12 juin 2022", "Madrid, 12 de junio de 2022", "Berlin, den 12. Juni".
            if let Some(r) = date_run.as_mut() {
                r.end = we;
            }
        } else if kind == Some("weekday")
            || is_time(word)
            || ["am", "pm", "a.m.", "p.m."].iter().any(|x| word.eq_ignore_ascii_case(x))
            || (after_time && (word.contains('/') || word.chars().next().is_some_and(char::is_uppercase)))
        {
            close_date(&mut date_run, &mut tail);
            tail.furniture = true;
            after_time |= is_time(word);
        } else {
            tail.stop = at;
            break;
        }
        i = we;
    }
    close_date(&mut date_run, &mut tail);
    tail
}

/// Small words that link the parts of a date, or a place to its date.
const DATE_LINKS: &[&str] = &["le", "de", "del", "den", "am", "the", "of", "el"];

/// True when `word` is one of [`DATE_LINKS`], ignoring case. The links
/// are ASCII without "k", and the only other characters that lower-case
/// into ASCII are the capitals "A"–"Z" and the Kelvin sign (into "k"), so
/// comparing ignoring ASCII case answers as `to_lowercase` would, without
/// a copy.
fn is_date_link(word: &str) -> bool {
    DATE_LINKS.iter().any(|l| word.eq_ignore_ascii_case(l))
}

/// True when the word after byte `at` is a number or a month name.
fn date_follows(s: &str, at: usize) -> bool {
    let rest = crate::text::scan::trim_start(s.get(at..).unwrap_or(""));
    let next = rest.split(|c: char| c.is_whitespace() || c == ',').next().unwrap_or("").trim_end_matches(DASHES);
    is_number(next) || date_word_kind(next) == Some("month")
}

/// Record the first date run.
fn close_date(run: &mut Option<Range<usize>>, t: &mut Tail) {
    if let Some(r) = run.take() {
        if t.date.is_none() {
            t.date = Some(r);
        }
    }
}

/// The byte offset just after the `close` that ends the group opened at
/// `open`, if it comes within [`MAX_GROUP`] bytes on the same line or two.
fn find_close(s: &str, open: usize, close: char) -> Option<usize> {
    let rest = s.get(open + 1..)?;
    let k = rest.find(close)?;
    let inner = rest.get(..k)?;
    (k <= MAX_GROUP && inner.matches('\n').count() <= 1).then_some(open + 1 + k + close.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(s: &str) -> (Option<&str>, Option<&str>, &str) {
        let t = scan(s, 0);
        (t.dash_end.map(|e| &s[..e]), t.date.map(|r| &s[r]), &s[t.stop..])
    }

    #[test]
    fn wire_datelines() {
        assert_eq!(
            tail(", May 06, 2025 /24-7PressRelease/ -- For many"),
            (Some(", May 06, 2025 /24-7PressRelease/ --"), Some("May 06, 2025"), "For many")
        );
        assert_eq!(tail("–(BUSINESS WIRE)–Radial, Inc."), (Some("–(BUSINESS WIRE)–"), None, "Radial, Inc."));
        assert_eq!(
            tail(" (26 June 2023) – The council"),
            (Some(" (26 June 2023) –"), Some("26 June 2023"), "The council")
        );
        assert_eq!(
            tail(" (Newsworthy.ai) Monday Apr 7, 2025 @ 8:08 AM US/Mountain — Ojje, a"),
            (Some(" (Newsworthy.ai) Monday Apr 7, 2025 @ 8:08 AM US/Mountain —"), Some("Apr 7, 2025"), "Ojje, a")
        );
        assert_eq!(
            tail(" - [Media OutReach Newswire](https://www.media-outreach.com) - 6 August 2024 - From July"),
            (
                Some(" - [Media OutReach Newswire](https://www.media-outreach.com) - 6 August 2024 -"),
                Some("6 August 2024"),
                "From July"
            )
        );
        assert_eq!(tail(", March 3 (Reuters) - Shares"), (Some(", March 3 (Reuters) -"), Some("March 3"), "Shares"));
    }

    #[test]
    fn dates_in_other_languages() {
        assert_eq!(
            tail(", le 12 juin 2022 – Les organisations"),
            (Some(", le 12 juin 2022 –"), Some("12 juin 2022"), "Les organisations")
        );
        assert_eq!(
            tail(", 12 de junio de 2022 – Las"),
            (Some(", 12 de junio de 2022 –"), Some("12 de junio de 2022"), "Las")
        );
        assert_eq!(tail(", den 12. Juni 2022 – Die"), (Some(", den 12. Juni 2022 –"), Some("12. Juni 2022"), "Die"));
        assert_eq!(
            tail(", le 1er mai 2024 – Les syndicats"),
            (Some(", le 1er mai 2024 –"), Some("1er mai 2024"), "Les syndicats")
        );
        assert_eq!(
            tail(", 5 de marzo de 2023.- La empresa"),
            (Some(", 5 de marzo de 2023.-"), Some("5 de marzo de 2023."), "La empresa")
        );
        assert_eq!(tail(", 20. April 2018 – Die"), (Some(", 20. April 2018 –"), Some("20. April 2018"), "Die"));
        assert_eq!(
            tail(", 3 de marzo de 2023 (Europa Press).- La empresa"),
            (Some(", 3 de marzo de 2023 (Europa Press).-"), Some("3 de marzo de 2023"), "La empresa")
        );
        // A range is not a closing dash.
        assert_eq!(tail(" the June 12-15 WTO Ministerial").0, None);
    }

    #[test]
    fn standalone_and_bare() {
        let t = scan(" - December 25, 2024 / Karma And Luck /", 0);
        assert_eq!(t.stop, " - December 25, 2024 / Karma And Luck /".len());
        let t = scan(" Dec 1, 2025", 0);
        assert!(t.furniture && t.dash_end.is_none());
        let t = scan(" A Virginia man", 0);
        assert_eq!(t.stop, 1);
        assert!(!t.furniture);
    }

    proptest::proptest! {
        #[test]
        fn date_links_as_by_lower_case(w in "(\\PC|[LlEeDdNnAaMmTtHhOoFfİ]|\u{212a}){0,4}") {
            proptest::prop_assert_eq!(is_date_link(&w), DATE_LINKS.contains(&w.to_lowercase().as_str()));
        }
    }

    #[test]
    fn date_links_hold_no_k() {
        assert!(DATE_LINKS.iter().all(|l| l.is_ascii() && !l.contains('k') && *l == l.to_lowercase()));
    }

    #[test]
    fn odd_input() {
        for s in ["", "(", "[x](", "/", "@", "—", "(((", "/ä/", "12:", "@ é"] {
            let _ = scan(s, 0);
        }
    }
}
