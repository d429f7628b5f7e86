//! Dateline shapes: recognising, in a block's text, a dateline at its start
//! ("WASHINGTON, D.C. —", "(New York) –", "GENEVA (26 June 2023) –",
//! "KING OF PRUSSIA, Pa.–(BUSINESS WIRE)–", "WASHINGTON A federal judge")
//! as byte ranges of the place, the whole dateline and its date. The model
//! uses it to spot a caption above the dateline, the title finder to skip
//! a dateline standing alone, and [`crate::extract::dateline`] to build the
//! record. [`place`] reads the place, [`tail`] what follows it.

pub(crate) mod place;
pub(crate) mod run_in;
pub(crate) mod tail;
mod words;

pub(crate) use words::date_word_kind;

use crate::text::scan;

/// Most words of a dateline that stands as a block of its own.
const MAX_STANDALONE_WORDS: usize = 15;
/// Words that make running text whatever its end.
const BODY_WORDS: usize = 40;
/// Most words of a place in parentheses.
const MAX_PAREN_WORDS: usize = 5;

/// A headline run into the first paragraph, then a dashed dateline of a
/// known place: "Bayh Co-Sponsors Bill to Create National Emergency Family
/// Locator System Washington-- U.S. Senator …". Returns the byte length of
/// the headline (trimmed).
pub(crate) fn run_in_headline(s: &str) -> Option<usize> {
    run_in::read(s).map(|(end, _)| end)
}

/// True when `s` opens with a dateline followed by running text ("(New
/// York) – The …", "WASHINGTON, D.C. — Senators …"); the text model uses
/// it to recognise a photo caption placed just above the dateline.
pub(crate) fn opens_with_dateline(s: &str) -> bool {
    read(s, false).is_some_and(|f| f.span.end < scan::trimmed_end(s))
}

/// True when `s` is a dateline standing as a block of its own ("WASHINGTON,
/// DC", "New York, NY Dec 1, 2025"); the title finder skips such blocks.
///
/// Only [`read`]'s whole-block shape can end at the end of the block (the
/// others need running text after the dateline), and it starts at 0 only
/// without a leading space or byte-order mark and has at most
/// [`MAX_STANDALONE_WORDS`] words; a block failing these cheap tests (a
/// paragraph, most often) gets the same `false` without being read.
pub(crate) fn is_standalone(s: &str) -> bool {
    if s.starts_with(['(', ' ', '\u{feff}']) || words_upto(s, MAX_STANDALONE_WORDS + 1) > MAX_STANDALONE_WORDS {
        return false;
    }
    read(s, true).is_some_and(|f| f.span.end >= scan::trimmed_end(s) && f.span.start == 0)
}

/// Running text: a sentence of twelve words or more, or forty words.
/// (Words are counted up to forty, which decides as a full count would.)
pub(crate) fn is_body(s: &str) -> bool {
    let words = words_upto(s, BODY_WORDS);
    let t = scan::trim_end(s).trim_end_matches(['"', '”', '’', '\'', ')']);
    words >= BODY_WORDS || (words >= 12 && t.ends_with(['.', '…']))
}

/// The number of words of `s` (as `split_whitespace` splits them), counted
/// up to `most` (the model's reader, eight bytes at a time, shared here with
/// the title finder).
pub(crate) use crate::text::scan::words_upto;

/// A dateline found in one block, as byte ranges of the block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) location: std::ops::Range<usize>,
    pub(crate) span: std::ops::Range<usize>,
    pub(crate) date: Option<std::ops::Range<usize>>,
}

/// Read a dateline at the start of a block's text. `next_is_text` says
/// whether running text follows, which a stand-alone dateline needs.
pub(crate) fn read(s: &str, next_is_text: bool) -> Option<Found> {
    let lead = s.len() - s.trim_start_matches(['\u{feff}', ' ']).len();
    let body = s.get(lead..)?;
    let shift = |r: std::ops::Range<usize>| r.start + lead..r.end + lead;
    if body.starts_with('(') {
        return read_parenthesised(body).map(|f| Found {
            location: shift(f.location),
            span: shift(f.span),
            date: f.date.map(shift),
        });
    }
    let p = place::scan(body)?;
    if p.is_label(body) {
        return None;
    }
    let t = tail::scan(body, p.end);
    // Whether the place is known is asked last (a few set lookups), only
    // where the other tests leave it to decide.
    let known = || p.known(body);
    let opens_text =
        |at: usize| body.get(at..).and_then(|r| scan::trim_start(r).chars().next()).is_some_and(starts_text);
    let span_end = if t.stop >= body.len() {
        // The whole block is the dateline.
        let words = words_upto(body, MAX_STANDALONE_WORDS + 1);
        (next_is_text && words <= MAX_STANDALONE_WORDS && known()).then_some(scan::trimmed_end(body))?
    } else if let Some(d) = t.dash_end {
        (opens_text(d) && (p.caps || t.furniture || known())).then_some(d)?
    } else {
        // No dash: "WASHINGTON A federal judge …" (a known place in capitals).
        let gap = body.get(p.end..t.stop).unwrap_or("");
        (p.caps && !t.furniture && gap == " " && opens_text(t.stop) && known()).then_some(p.end)?
    };
    Some(Found { location: shift(0..p.end), span: shift(0..span_end), date: t.date.map(shift) })
}

/// "(New York) –", "(Abu Dhabi) NGOs filed …", "(Geneva)\nToday".
fn read_parenthesised(s: &str) -> Option<Found> {
    let close = s.find(')')?;
    let inner = s.get(1..close)?;
    let p = place::scan(inner)?;
    // The place may carry a date: "(Beirut, October 3, 2023) –".
    let inner_tail = tail::scan(inner, p.end);
    let only_date = inner_tail.stop >= inner.len() && inner_tail.dash_end.is_none();
    if !only_date || p.is_label(inner) || p.words(inner) > MAX_PAREN_WORDS || is_source(inner) {
        return None;
    }
    let t = tail::scan(s, close + 1);
    let after = t.dash_end.unwrap_or(close + 1);
    let rest = scan::trim_start(s.get(after..)?);
    let dashed = t.dash_end.is_some_and(|d| t.stop >= d);
    if !rest.chars().next().is_some_and(starts_text) || !(dashed || p.known(inner)) {
        return None;
    }
    let span_end = if dashed { after } else { close + 1 };
    let date = inner_tail.date.map(|r| r.start + 1..r.end + 1);
    Some(Found { location: 1..1 + p.end, span: 0..span_end, date })
}

/// A wire or distributor in parentheses (`(NewsUSA)`, `(BookTrib)`).
fn is_source(inner: &str) -> bool {
    use std::sync::LazyLock;
    static SOURCES: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| crate::lexicon::entries(include_str!("../../lexicon/data/dateline_sources.txt")).collect());
    let lower = inner.to_lowercase();
    let camel = inner.split_whitespace().any(|w| {
        let mut prev_lower = false;
        w.chars().any(|c| {
            let hit = prev_lower && c.is_uppercase();
            prev_lower = c.is_lowercase();
            hit
        }) && !w.starts_with("Mc")
            && !w.starts_with("Mac")
    });
    // A domain name ("Newsworthy.ai"), not an abbreviation ("St. Louis").
    let domain = inner.split_whitespace().any(|w| {
        w.split_once('.').is_some_and(|(a, b)| !a.is_empty() && b.chars().next().is_some_and(char::is_lowercase))
    });
    camel || domain || SOURCES.iter().any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w))
}

/// Running text starts with a letter, a digit or an opening quote.
fn starts_text(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '“' | '"' | '‘' | '\'' | '«')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(s: &str) -> Option<(&str, &str)> {
        read(s, true).map(|f| (&s[f.location], &s[f.span]))
    }

    #[test]
    fn dashed() {
        assert_eq!(loc("WASHINGTON, D.C. — Senators said today"), Some(("WASHINGTON, D.C.", "WASHINGTON, D.C. —")));
        assert_eq!(loc("CHICAGO, IL\n– The company"), Some(("CHICAGO, IL", "CHICAGO, IL\n–")));
        assert_eq!(loc("GLOBAL—Civil society groups"), Some(("GLOBAL", "GLOBAL—")));
        assert_eq!(loc("GENEVA (26 June 2023) – The council"), Some(("GENEVA", "GENEVA (26 June 2023) –")));
        assert_eq!(loc("LONDON, March 3 (Reuters) - Shares fell"), Some(("LONDON", "LONDON, March 3 (Reuters) -")));
        assert_eq!(
            loc("Geneva - Civil\nSociety organizations (CSOs) from around the world are supporting"),
            Some(("Geneva", "Geneva -"))
        );
        assert_eq!(
            loc("Geneva,\nSwitzerland--Today, a group of civil society"),
            Some(("Geneva,\nSwitzerland", "Geneva,\nSwitzerland--"))
        );
        assert_eq!(
            loc("Washington, DC- Chairman of the Senate Foreign Relations Committee"),
            Some(("Washington, DC", "Washington, DC-"))
        );
    }

    #[test]
    fn wires() {
        assert_eq!(
            loc("MINNEAPOLIS & WASHINGTON–(BUSINESS WIRE)–Vensana Capital, a leading"),
            Some(("MINNEAPOLIS & WASHINGTON", "MINNEAPOLIS & WASHINGTON–(BUSINESS WIRE)–"))
        );
        assert_eq!(
            loc("KING OF PRUSSIA, Pa.–(BUSINESS WIRE)–Radial, Inc., a bpostgroup company"),
            Some(("KING OF PRUSSIA, Pa.", "KING OF PRUSSIA, Pa.–(BUSINESS WIRE)–"))
        );
        let s = "SCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/ -- For many people battling addiction";
        let f = read(s, true).unwrap_or_else(|| panic!("no dateline"));
        assert_eq!(&s[f.location.clone()], "SCOTTSDALE, AZ");
        assert_eq!(f.date.map(|r| &s[r]), Some("May 06, 2025"));
        assert_eq!(
            loc("RADNOR, PA - (NewMediaWire) - January 4, 2025 - The law firm of Kessler Topaz"),
            Some(("RADNOR, PA", "RADNOR, PA - (NewMediaWire) - January 4, 2025 -"))
        );
        assert_eq!(
            loc("Boulder, CO (Newsworthy.ai) Monday Apr 7, 2025 @ 8:08 AM US/Mountain — Ojje, a breakthrough"),
            Some(("Boulder, CO", "Boulder, CO (Newsworthy.ai) Monday Apr 7, 2025 @ 8:08 AM US/Mountain —"))
        );
    }

    #[test]
    fn parenthesised() {
        assert_eq!(loc("(New York) – The North Korean government should"), Some(("New York", "(New York) –")));
        assert_eq!(loc("(Abu Dhabi) NGOs filed formal complaints"), Some(("Abu Dhabi", "(Abu Dhabi)")));
        assert_eq!(loc("(Geneva)\nToday, 206 major civil society groups"), Some(("Geneva", "(Geneva)")));
        assert_eq!(
            loc("(Beirut, October 3, 2023) – Lebanese authorities should"),
            Some(("Beirut", "(Beirut, October 3, 2023) –"))
        );
        assert_eq!(loc("(Nairobi/Geneva) – Kenyan authorities should"), Some(("Nairobi/Geneva", "(Nairobi/Geneva) –")));
        assert_eq!(loc("(NewsUSA) - A survey sponsored by More Perfect"), None);
        assert_eq!(loc("(BookTrib) - “Palm Beach Confidential” by Susannah Marren"), None);
        assert_eq!(loc("(Photo: OWINFS) Delegates"), None);
        assert_eq!(loc("(Newsworthy.ai) Today the company"), None);
        assert_eq!(loc("(St. Louis) – The city council voted"), Some(("St. Louis", "(St. Louis) –")));
    }

    #[test]
    fn standalone_and_bare() {
        assert_eq!(loc("WASHINGTON, DC"), Some(("WASHINGTON, DC", "WASHINGTON, DC")));
        assert_eq!(loc("New York, NY Dec 1, 2025"), Some(("New York, NY", "New York, NY Dec 1, 2025")));
        assert_eq!(
            loc("Las Vegas, United States - December 25, 2024 / Karma And Luck /").map(|x| x.0),
            Some("Las Vegas, United States")
        );
        assert_eq!(loc("WASHINGTON A Virginia man was sentenced today"), Some(("WASHINGTON", "WASHINGTON")));
        assert!(read("WASHINGTON, DC", false).is_none());
    }

    proptest::proptest! {
        /// The cheap rejections change no answer.
        #[test]
        fn standalone_and_body_as_the_plain_reading(s in "(\\PC|[ \n\t\r\u{b}\u{c}\u{85}\u{a0}\u{2028}\u{3000}(,–\u{feff}]|WASHINGTON|DC|May|1|Geneva|New York|a b c d e f g h i j k l m n o p){0,40}") {
            let plain = read(&s, true).is_some_and(|f| f.span.end >= s.trim_end().len() && f.span.start == 0);
            proptest::prop_assert_eq!(is_standalone(&s), plain);
            for most in [0, 1, 3, 16, 40] {
                proptest::prop_assert_eq!(words_upto(&s, most), s.split_whitespace().take(most).count());
            }
            let words = s.split_whitespace().count();
            let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']);
            proptest::prop_assert_eq!(is_body(&s), words >= 40 || (words >= 12 && t.ends_with(['.', '…'])));
        }
    }

    #[test]
    fn not_datelines() {
        for s in [
            "Deborah James, 18 July 2016",
            "WINNING THE FUTURE",
            "HOPTEK, a global leader in AI-driven trucking",
            "Surge Copper CEO Leif Nilsson joined Steve Darling",
            "NASA Administrator Bill Nelson said today",
            "UPDATE - The meeting was moved",
            "Tuesday, November 13, 2007",
            "Statement\nof Civil Society Supporting Developing Countries",
            "LAID OFF FEDERAL WORKERS PROGRAM PAUSED AMID HIRING FREEZE: The Moore administration",
            "John Smith - the director - said",
            "Release: December 9, 2019",
        ] {
            assert_eq!(loc(s), None, "{s}");
        }
    }
}
