//! The place of a dateline: up to six capitalised words in up to three
//! comma-separated parts ("WASHINGTON, D.C.", "KING OF PRUSSIA, Pa.",
//! "MINNEAPOLIS & WASHINGTON", "SEVENUM, The Netherlands", "Geneva,\nSwitzerland").
//! Within one part every word has the same case style (all capitals, or
//! capitalised), so "WASHINGTON A federal judge" ends the place at
//! "WASHINGTON". A month or weekday name ends it too ("MIAMI, April 14").

use std::sync::LazyLock;

use super::words::date_word_kind;
use crate::lexicon::{entries, WordSet};
use crate::text::scan;

static PLACES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/dateline_places.txt"))));
static LABELS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/dateline_labels.txt"))));

/// Most words a place may have.
const MAX_WORDS: usize = 6;
/// Most comma-separated parts a place may have.
const MAX_PARTS: usize = 3;

/// Lower-case words that may join two capitalised words of a place.
const CONNECTORS: &[&str] =
    &["of", "de", "la", "le", "del", "du", "da", "des", "am", "upon", "on", "sur", "en", "and", "&", "y"];

/// A place read at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Place {
    /// Byte offset just after the place's last word.
    pub end: usize,
    /// Byte ranges of the comma-separated parts (the first `part_count`;
    /// an array, as there are at most [`MAX_PARTS`], so a scan allocates
    /// nothing).
    part_ranges: [(usize, usize); MAX_PARTS],
    part_count: usize,
    /// True when no letter of the place is lower case.
    pub caps: bool,
}

impl Place {
    /// Byte ranges of the comma-separated parts.
    pub fn parts(&self) -> &[(usize, usize)] {
        self.part_ranges.get(..self.part_count).unwrap_or(&[])
    }

    /// True when the first part, the whole place, or a later part (a state
    /// or country after a comma) is a known place.
    pub fn known(&self, s: &str) -> bool {
        // Each part, and each place of a joint part ("Nairobi/Geneva",
        // "MINNEAPOLIS & WASHINGTON").
        let known_part = |&(a, b): &(usize, usize)| {
            let part = s.get(a..b).unwrap_or("");
            PLACES.contains(&norm(part)) || part.split(['/', '&']).any(|p| PLACES.contains(&norm(p)))
        };
        let whole = norm(s.get(..self.end).unwrap_or(""));
        PLACES.contains(&whole) || self.parts().iter().any(known_part)
    }

    /// True when the place is a label ("UPDATE", "NOTE TO EDITORS").
    pub fn is_label(&self, s: &str) -> bool {
        let whole = norm(s.get(..self.end).unwrap_or(""));
        LABELS.contains(&whole)
            || self.parts().first().is_some_and(|&(a, b)| LABELS.contains(&norm(s.get(a..b).unwrap_or(""))))
    }

    /// Number of words.
    pub fn words(&self, s: &str) -> usize {
        s.get(..self.end).unwrap_or("").split_whitespace().filter(|w| !CONNECTORS.contains(w)).count()
    }
}

/// Whitespace collapsed to single spaces. Most places are written so
/// already (single spaces between words, none around), and are borrowed.
fn norm(s: &str) -> std::borrow::Cow<'_, str> {
    if is_normal(s) || s.is_empty() {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// True when `s` has single spaces between words and no other whitespace,
/// so that collapsing its whitespace changes nothing. ASCII text is
/// checked byte by byte (the ASCII whitespace of `char::is_whitespace`:
/// space, tab, line feed, vertical tab, form feed, carriage return).
fn is_normal(s: &str) -> bool {
    if !s.is_ascii() {
        return !s.starts_with(char::is_whitespace)
            && !s.ends_with(char::is_whitespace)
            && s.split(' ').all(|w| !w.is_empty() && !w.contains(char::is_whitespace));
    }
    let b = s.as_bytes();
    let mut prev_space = true; // no leading space
    for &c in b {
        match c {
            b' ' if prev_space => return false,
            b' ' => prev_space = true,
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => return false,
            _ => prev_space = false,
        }
    }
    !prev_space || b.is_empty()
}

/// Skip whitespace (line breaks included) from `i`.
pub(super) fn skip_ws(s: &str, i: usize) -> usize {
    let rest = s.get(i..).unwrap_or("");
    i + crate::text::scan::leading_space(rest)
}

/// The end of the word starting at `i`: letters, digits, apostrophes, full
/// stops, "&", and hyphens that join two letters ("Winston-Salem").
///
/// Runs of ASCII letters and digits (most of a word) are skipped eight
/// bytes at a time ([`scan::ascii_alnum_end`]); each other character is
/// read with the one after it, as a character-at-a-time loop reads it
/// (the tests' reference).
pub(super) fn word_end(s: &str, i: usize) -> usize {
    let mut end = i;
    loop {
        end = scan::ascii_alnum_end(s.as_bytes(), end);
        let mut chars = s.get(end..).unwrap_or("").chars();
        let Some(c) = chars.next() else { return end };
        if !continues_word(c, chars.next()) {
            return end;
        }
        end += c.len_utf8();
    }
}

/// True when `c` (followed by `next`) belongs to the word being read.
fn continues_word(c: char, next: Option<char>) -> bool {
    let joins =
        (c == '-' && next.is_some_and(char::is_alphanumeric)) || (c == '/' && next.is_some_and(char::is_uppercase));
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '.' | '&') || joins
}

fn is_abbreviation(w: &str) -> bool {
    w.contains('.') && w.len() <= 5
}

/// Read a place at the start of `s`.
pub(super) fn scan(s: &str) -> Option<Place> {
    let mut i = 0;
    let mut words = 0;
    let mut end = 0;
    let mut style: Option<bool> = None;
    let mut part_ranges = [(0, 0); MAX_PARTS];
    let mut part_count: usize = 1;
    loop {
        let we = word_end(s, i);
        if we == i {
            break;
        }
        let word = s.get(i..we).unwrap_or("");
        if CONNECTORS.contains(&word) {
            if words == 0 {
                return None;
            }
            let next = skip_ws(s, we);
            if next == we {
                break;
            }
            i = next;
            continue;
        }
        if !word.chars().next().is_some_and(char::is_uppercase) || date_word_kind(word).is_some() {
            break;
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let caps = !word.chars().any(char::is_lowercase);
        if caps && letters < 2 && !word.contains('.') {
            break; // "WASHINGTON A federal judge"
        }
        match style {
            Some(st) if st != caps && !is_abbreviation(word) => break,
            None => style = Some(caps),
            _ => {}
        }
        words += 1;
        if words > MAX_WORDS {
            return None;
        }
        end = we;
        if let Some(part) = part_count.checked_sub(1).and_then(|k| part_ranges.get_mut(k)) {
            part.1 = we;
        }
        // What separates this word from the next: spaces, or a comma that
        // opens a new part when a capitalised word follows.
        let gap_end = skip_ws(s, we);
        if s.get(gap_end..).is_some_and(|r| r.starts_with(',')) {
            let next_start = skip_ws(s, gap_end + 1);
            let nw = s.get(next_start..word_end(s, next_start)).unwrap_or("");
            let capital = nw.chars().next().is_some_and(char::is_uppercase);
            if capital && date_word_kind(nw).is_none() && part_count < MAX_PARTS {
                if let Some(part) = part_ranges.get_mut(part_count) {
                    *part = (next_start, next_start);
                }
                part_count += 1;
                style = None;
                i = next_start;
                continue;
            }
            break;
        }
        if gap_end == we || s.get(we..gap_end).is_some_and(|g| g.matches('\n').count() > 1) {
            break;
        }
        i = gap_end;
    }
    if words == 0 {
        return None;
    }
    // Keep the non-empty parts, in order.
    let mut kept = 0;
    for k in 0..part_count {
        if let Some(&part) = part_ranges.get(k).filter(|p| p.1 > p.0) {
            if let Some(slot) = part_ranges.get_mut(kept) {
                *slot = part;
            }
            kept += 1;
        }
    }
    // Trailing full stops belong to abbreviations ("Pa.") and stay.
    let caps = !s.get(..end).unwrap_or("").chars().any(char::is_lowercase);
    Some(Place { end, part_ranges, part_count: kept, caps })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`word_end`] a character at a time, as first written: the reference
    /// of the proptest below.
    fn word_end_by_chars(s: &str, i: usize) -> usize {
        let rest = s.get(i..).unwrap_or("");
        let mut end = i;
        let mut chars = rest.char_indices().peekable();
        while let Some((k, c)) = chars.next() {
            if continues_word(c, chars.peek().map(|&(_, n)| n)) {
                end = i + k + c.len_utf8();
            } else {
                break;
            }
        }
        end
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
        #[test]
        fn word_ends_as_read_a_character_at_a_time(s in "[aZ09 .'’&/\\-é,É]{0,16}", i in 0usize..18) {
            let i = (0..=i.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap_or(0);
            proptest::prop_assert_eq!(word_end(&s, i), word_end_by_chars(&s, i));
        }
    }

    fn place(s: &str) -> Option<&str> {
        scan(s).map(|p| &s[..p.end])
    }

    #[test]
    fn places_as_written() {
        assert_eq!(place("WASHINGTON, D.C. — The"), Some("WASHINGTON, D.C."));
        assert_eq!(place("KING OF PRUSSIA, Pa.–(BUSINESS WIRE)–Radial"), Some("KING OF PRUSSIA, Pa."));
        assert_eq!(place("MINNEAPOLIS & WASHINGTON–(BUSINESS WIRE)–Vensana"), Some("MINNEAPOLIS & WASHINGTON"));
        assert_eq!(place("SEVENUM, The Netherlands - November 10, 2025"), Some("SEVENUM, The Netherlands"));
        assert_eq!(place("SCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/ --"), Some("SCOTTSDALE, AZ"));
        assert_eq!(place("Geneva,\nSwitzerland--Today"), Some("Geneva,\nSwitzerland"));
        assert_eq!(place("WASHINGTON A Virginia man was sentenced"), Some("WASHINGTON"));
        assert_eq!(place("MIAMI, April 14, 2026 – PRISM"), Some("MIAMI"));
        assert_eq!(place("Washington, DC- Chairman"), Some("Washington, DC"));
        assert_eq!(place("Nairobi/Geneva – The"), Some("Nairobi/Geneva"));
    }

    #[test]
    fn not_places() {
        assert_eq!(place("June 15, 2022"), None);
        assert_eq!(place("the government said"), None);
        assert_eq!(place("SEN. FRIST COMMENTS ON NINTH CIRCUIT COURT OF APPEALS NOMINATION"), None);
        assert_eq!(place(""), None);
        assert_eq!(place("of Geneva"), None);
    }

    proptest::proptest! {
        #[test]
        fn norm_as_split_and_join(s in "(\\PC|[ \n\t\r\u{b}\u{c}\u{a0}\u{3000}]|[a-z]){0,12}") {
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
            let normed = norm(&s);
            proptest::prop_assert_eq!(normed.as_ref(), joined.as_str());
        }
    }

    #[test]
    fn known_places_and_labels() {
        let s = "Las Vegas, United States - December 25, 2024";
        assert!(scan(s).is_some_and(|p| p.known(s)));
        let s = "Pensacola, United States";
        assert!(scan(s).is_some_and(|p| p.known(s)));
        let s = "Deborah James, 18 July 2016";
        assert!(scan(s).is_some_and(|p| !p.known(s)));
        let s = "Nairobi/Geneva – The";
        assert!(scan(s).is_some_and(|p| p.known(s)));
        let s = "UPDATE - The";
        assert!(scan(s).is_some_and(|p| p.is_label(s)));
    }
}
