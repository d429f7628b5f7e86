//! The dateline: where (and sometimes when) the release was issued, at the
//! very start of its first body paragraph.
//!
//! Shapes read (by `crate::text::dateline`, which recognises them):
//! - a place and a dash: "WASHINGTON, D.C. —", "GLOBAL—", "Geneva - Civil
//!   society …", "CHICAGO, IL\n–";
//! - with a date or wire name before the dash: "GENEVA (26 June 2023) –",
//!   "LONDON, March 3 (Reuters) -", "KING OF PRUSSIA, Pa.–(BUSINESS WIRE)–",
//!   "SCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/ --";
//! - a place in parentheses, with or without a dash: "(New York) –",
//!   "(Abu Dhabi) NGOs filed …", "(Geneva)\nToday, …";
//! - a block of its own before the body: "WASHINGTON, DC", "New York, NY Dec
//!   1, 2025", "Las Vegas, United States - December 25, 2024 / Karma And Luck /";
//! - an all-capitals known place with its dash lost: "WASHINGTON A federal
//!   judge …".
//!
//! Precision comes first: only the blocks before and including the first
//! body paragraph are read, a mixed-case place needs a date, a wire name or
//! a listed place (`dateline_places.txt`), and labels ("UPDATE –") are not
//! places. The date goes through [`crate::extract::dates::parse_standalone`].
//!
//! ```
//! use pressparse::text::TextModel;
//! let text = "Headline\n\n(New York) – The government should act, the group said today in a letter.";
//! let dl = pressparse::extract::dateline::find(&TextModel::new(text)).unwrap();
//! assert_eq!(dl.location, "New York");
//! assert_eq!(&text[dl.span.start..dl.span.end], "(New York) –");
//! ```

use crate::document::Dateline;
use crate::span::Span;
#[cfg(test)]
use crate::text::dateline::run_in_headline;
use crate::text::dateline::{is_body, read, run_in, Found};
use crate::text::{BlockKind, TextModel};

/// How many content blocks from the top are read at most.
const MAX_BLOCKS: usize = 16;

/// The release's dateline, when it has one.
pub fn find(model: &TextModel<'_>) -> Option<Dateline> {
    let mut blocks = Vec::with_capacity(MAX_BLOCKS);
    blocks.extend(model.content_blocks().filter(|(_, b)| !b.caption).take(MAX_BLOCKS));
    for (k, (_, b)) in blocks.iter().enumerate() {
        let s = model.block_text(b);
        let next_is_text = blocks.get(k + 1).is_some_and(|(_, n)| n.kind != BlockKind::Heading);
        if let Some(found) = read(s, next_is_text) {
            return Some(dateline(b.span.start, s, found));
        }
        if b.kind == BlockKind::Paragraph && is_body(s) {
            // "Bayh Co-Sponsors Bill … System Washington-- U.S. Senator …":
            // a headline run into the first paragraph.
            if let Some((_, found)) = run_in::read(s) {
                return Some(dateline(b.span.start, s, found));
            }
            break;
        }
    }
    None
}

/// The record for a dateline found in a block starting at byte `at`.
fn dateline(at: usize, s: &str, found: Found) -> Dateline {
    let date = found.date.and_then(|r| s.get(r)).and_then(crate::extract::dates::parse_standalone);
    Dateline {
        location: s.get(found.location).unwrap_or("").to_owned(),
        date,
        span: Span::new(at + found.span.start, at + found.span.end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_at_the_start_of_the_first_body_paragraphs() {
        let text = "Title of the release\n\nThe company said today that it had grown in every market it serves.\n\nWASHINGTON, D.C. — Another paragraph.";
        assert!(find(&TextModel::new(text)).is_none());
        let text = "Title\n\nSkip to main content\n\n(New York) – The group said today that the law must change now.";
        let m = TextModel::new(text);
        assert_eq!(find(&m).map(|d| d.location), Some("New York".to_owned()));
    }

    /// Needs `dates::parse_standalone` (merged from the dates branch).
    #[test]
    fn dateline_date() {
        let m = TextModel::new(
            "SCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/ -- For many people battling addiction, help is far.",
        );
        assert_eq!(find(&m).and_then(|d| d.date), Some("2025-05-06".to_owned()));
    }

    #[test]
    fn datelines_in_other_languages() {
        for (text, place, date) in [
            (
                "Paris, le 1er mai 2024 – Les syndicats ont appelé aujourd’hui le gouvernement à agir.",
                "Paris",
                "2024-05-01",
            ),
            (
                "Berlin, 20. April 2018 – Die Gewerkschaften haben heute die Regierung aufgefordert.",
                "Berlin",
                "2018-04-20",
            ),
            (
                "Madrid, 20 de abril de 2018 – Los sindicatos pidieron hoy al Gobierno que actúe.",
                "Madrid",
                "2018-04-20",
            ),
            (
                "Buenos Aires, 5 de marzo de 2023.- La empresa anunció hoy el lanzamiento de un servicio.",
                "Buenos Aires",
                "2023-03-05",
            ),
        ] {
            let d = find(&TextModel::new(text));
            assert_eq!(d.as_ref().map(|d| d.location.as_str()), Some(place), "{text}");
            assert_eq!(d.and_then(|d| d.date).as_deref(), Some(date), "{text}");
        }
    }

    #[test]
    fn run_in_headline_and_dateline() {
        let s = "Bayh Co-Sponsors Bill to Create National Emergency Family Locator System Washington-- U.S. Senator Evan Bayh today co-sponsored legislation introduced by Senator Barack Obama to create a system.";
        assert_eq!(
            run_in_headline(s).map(|e| &s[..e]),
            Some("Bayh Co-Sponsors Bill to Create National Emergency Family Locator System")
        );
        let m = TextModel::new(s);
        assert_eq!(find(&m).map(|d| d.location), Some("Washington".to_owned()));
        // Running text that mentions a place with a dash is no headline.
        let s = "The senator said that the money would go to the state. Washington - the capital - agreed.";
        assert_eq!(run_in_headline(s), None);
    }

    proptest::proptest! {
        #[test]
        fn any_input_gives_a_valid_span(text in "(\\PC|[\\n(–—-]){0,120}") {
            let m = TextModel::new(&text);
            if let Some(d) = find(&m) {
                let slice = d.span.slice(&text);
                proptest::prop_assert!(slice.is_some());
                proptest::prop_assert!(slice.is_some_and(|sl| sl.contains(d.location.trim())));
            }
        }
    }

    #[test]
    fn odd_input() {
        for s in ["", "(", ")", "(()", "(\u{feff})", "\u{feff}WASHINGTON", "A", "– –", "(é) é", "Ünïcödé, ÄÖ – x"]
        {
            let _ = find(&TextModel::new(s));
        }
    }
}
