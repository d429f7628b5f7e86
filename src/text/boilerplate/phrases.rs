//! Phrase evidence: a block that is, or starts with, a known piece of page
//! chrome ("Skip to main content", "Share this", "Donate", "Cookie
//! settings", social network names, menu labels), in several languages.
//! The phrases are data: `src/lexicon/data/boilerplate_lines.txt` (whole
//! blocks) and `boilerplate_prefixes.txt` (block openings).

use std::sync::LazyLock;

use crate::lexicon::{entries, with_lowercase, PhraseMatcher};

const LINES_DATA: &str = include_str!("../../lexicon/data/boilerplate_lines.txt");
const LINK_LABELS_DATA: &str = include_str!("../../lexicon/data/boilerplate_link_labels.txt");
const PREFIXES_DATA: &str = include_str!("../../lexicon/data/boilerplate_prefixes.txt");

static LINES: LazyLock<PhraseMatcher> = LazyLock::new(|| PhraseMatcher::new(entries(LINES_DATA)));
static LINK_LABELS: LazyLock<PhraseMatcher> = LazyLock::new(|| PhraseMatcher::new(entries(LINK_LABELS_DATA)));
static PREFIXES: LazyLock<PhraseMatcher> = LazyLock::new(|| PhraseMatcher::new(entries(PREFIXES_DATA)));

/// The longest block a prefix phrase may flag, in words: a donation appeal
/// or cookie notice is one or two sentences, never a paragraph of the release.
const MAX_PREFIX_WORDS: usize = 30;

/// `s` without surrounding whitespace, leading bullets or bars, and trailing
/// ":", "|", "›", "»", ">>".
pub(super) fn normalise(s: &str) -> &str {
    // Most blocks open and close with an ASCII character that none of the
    // trims below removes ("The … said."): nothing to do. This runs several
    // times on every block.
    let untouched = |b: Option<&u8>, trimmed: &[u8]| {
        b.is_some_and(|&b| b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b && !trimmed.contains(&b))
    };
    if untouched(s.as_bytes().first(), b"|") && untouched(s.as_bytes().last(), b":|>,") {
        return s;
    }
    s.trim()
        .trim_start_matches(['•', '|', '·', '\u{feff}'])
        .trim()
        .trim_end_matches([':', '|', '›', '»', '>', ','])
        .trim()
}

/// The number of words of `t`, counted up to `max + 1` at most: enough to
/// compare with `max` without walking a whole paragraph.
pub(super) fn words_upto(t: &str, max: usize) -> usize {
    crate::text::scan::words_upto(t, max + 1)
}

/// True when the whole block is a chrome phrase ("Share", "Twitter",
/// "Skip to main content").
#[cfg(test)]
pub(super) fn is_chrome_phrase(s: &str) -> bool {
    phrase_is_chrome(normalise(s))
}

/// [`is_chrome_phrase`] of a block whose [`normalise`]d text is `t`.
pub(super) fn phrase_is_chrome(t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    LINES.is_exactly(t)
}

/// True when the block is a link label of a download list ("Spanish.",
/// "doc.", "French:"), which is weak evidence (`boilerplate_link_labels.txt`).
#[cfg(test)]
pub(super) fn is_link_label(s: &str) -> bool {
    link_label(normalise(s))
}

/// [`is_link_label`] of a block whose [`normalise`]d text is `t`.
pub(super) fn link_label(t: &str) -> bool {
    let t = t.strip_suffix('.').unwrap_or(t);
    // The exact lookup first: it turns a long block away by its length.
    !t.is_empty() && LINK_LABELS.is_exactly(t) && !t.contains(char::is_whitespace)
}

/// True when the block opens with a chrome phrase and is short enough to be
/// a widget, appeal or notice ("Your tax deductible gift can help …",
/// "The post … appeared first on …", "Updated August 23, 2016").
#[cfg(test)]
fn starts_with_chrome_phrase(s: &str) -> bool {
    opens_with_chrome_phrase(normalise(s))
}

/// [`starts_with_chrome_phrase`] of a block whose [`normalise`]d text is `t`.
pub(super) fn opens_with_chrome_phrase(t: &str) -> bool {
    // A Markdown link label: "[Click image above to view full announcement.](…)".
    let t = t.strip_prefix('[').unwrap_or(t);
    let Some(end) = PREFIXES.match_at(t, 0).map(|m| m.end) else {
        return false;
    };
    let rest = t.get(end..).unwrap_or("");
    match with_lowercase(t.get(..end).unwrap_or(""), head_kind) {
        // WordPress syndication footer: "The post <title> appeared first on <site>."
        Head::Post => rest.contains("appeared first on"),
        // A wire's source line ("Source: Newsworthy.ai"), not a sourced claim.
        Head::Source => rest.split_whitespace().count() <= 4 && !rest.contains(['“', '"']),
        // "Updated August 23, 2016": only with a date after it.
        Head::Updated => rest.chars().any(|c| c.is_ascii_digit()) && rest.split_whitespace().count() <= 6,
        Head::Other => words_upto(t, MAX_PREFIX_WORDS) <= MAX_PREFIX_WORDS,
    }
}

/// The chrome phrases [`opens_with_chrome_phrase`] reads further.
enum Head {
    Post,
    Source,
    Updated,
    Other,
}

/// Which phrase a lower-cased chrome head is.
fn head_kind(head: &str) -> Head {
    if head == "the post" {
        Head::Post
    } else if head == "source:" {
        Head::Source
    } else if head.ends_with("updated") {
        Head::Updated
    } else {
        Head::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_lines_in_several_languages() {
        for s in [
            "Skip to main content",
            "• Share",
            "Twitter",
            "Related content:",
            "Donate",
            "Partager",
            "Compartir",
            "Teilen",
            "Version française",
            "In English",
        ] {
            assert!(is_chrome_phrase(s), "{s}");
        }
        for s in ["English,", "pdf,", "doc.", "Spanish.", "French:"] {
            assert!(is_link_label(s), "{s}");
        }
        assert!(!is_link_label("Spanish speakers."));
        for s in ["Contact:", "Media contact", "About Human Rights Watch", "Notes to editors", "###"] {
            assert!(!is_chrome_phrase(s), "{s}");
        }
    }

    #[test]
    fn prefix_ends_as_the_automaton() {
        let mut texts: Vec<String> = Vec::new();
        for e in entries(PREFIXES_DATA) {
            texts.push(e.to_owned());
            texts.push(e.to_ascii_uppercase());
            texts.push(format!("{e} and more"));
            texts.push(format!("{e}x"));
            texts.push(e.get(..e.len() - 1).unwrap_or("").to_owned());
        }
        texts.extend(["", "T", "In a statement", "The group said", "[x"].map(String::from));
        for t in &texts {
            assert_eq!(PREFIXES.match_at(t, 0), PREFIXES.match_at_by_automaton(t, 0), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn prefix_ends_as_the_automaton_on_any_text(
            t in "(the |The post |source: |Updated |to view |we use |[a-zA-Z\u{e9}]){0,4}[a-z .:,\u{e9}]{0,12}",
        ) {
            proptest::prop_assert_eq!(PREFIXES.match_at(&t, 0), PREFIXES.match_at_by_automaton(&t, 0));
        }
    }

    #[test]
    fn prefixes_only_on_short_blocks() {
        assert!(starts_with_chrome_phrase(
            "Your tax deductible gift can help stop human rights violations and save lives around the world."
        ));
        assert!(starts_with_chrome_phrase("Updated August 23, 2016"));
        assert!(!starts_with_chrome_phrase(
            "Updated figures released by the ministry show a sharp rise in detentions."
        ));
        assert!(starts_with_chrome_phrase(
            "The post Vida Powers MeetingsTech’s Scalable AI Call Operations appeared first on citybiz."
        ));
        assert!(!starts_with_chrome_phrase("The post of director has been vacant since May."));
        for s in [
            "To view the full announcement, including downloadable images, bios, and more, click here.",
            "[Click image above to view full announcement.](https://newsworthy.reportablenews.com/pr/x)",
            "Source: Newsworthy.ai",
            "Distributed by: Reportable, Inc.",
            "The issuer is solely responsible for the content of this announcement.",
            "Also available in Spanish",
            "To view the full press release, visit https://ibn.fm/4BzXM",
            "Please see full terms of use and disclaimers on the InvestorWire website applicable to all content provided by IBN, wherever published or re-published: https://www.InvestorWire.com/Disclaimer",
            "To receive SMS alerts from BillionDollarClub, text “Billion” to 888-902-4192 (U.S. Mobile Phones Only)",
        ] {
            assert!(starts_with_chrome_phrase(s), "{s}");
        }
        assert!(!starts_with_chrome_phrase(
            "Source: a senior official who asked not to be named because the talks are confidential told us."
        ));
        let long = format!("We use cookies {}", "and more words ".repeat(20));
        assert!(!starts_with_chrome_phrase(&long));
    }
}
