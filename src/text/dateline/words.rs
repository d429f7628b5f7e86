//! Month and weekday names in every supported language, read from the date
//! lexicon (`lexicon/data/dates/*.txt`, one file per language), for the
//! dateline and title finders to recognise dates and date lines.

use std::sync::LazyLock;

use crate::lexicon::dates::LEXICON;
use crate::lexicon::ExactScreen;

/// The month and weekday names, screened ([`ExactScreen`]): most words
/// asked about (a name, a place, a number) are let go before they are
/// lower-cased and hashed.
static NAMES: LazyLock<ExactScreen> =
    LazyLock::new(|| ExactScreen::new(LEXICON.months.keys().chain(LEXICON.weekdays.keys()).map(String::as_bytes)));

/// The kind of a month or weekday word (`"month"`, `"weekday"`), ignoring
/// case and a trailing full stop or comma ("Apr.", "Monday,").
pub(crate) fn date_word_kind(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches(['.', ',']);
    if w.is_empty() || w.len() > 12 {
        return None;
    }
    // (An ASCII word lower-cases as in ASCII, which the screen ignores.)
    if w.is_ascii() && !NAMES.may_be(w.as_bytes()) {
        return None;
    }
    kind_of(w)
}

/// The kind of `w` lower-cased, looked up.
fn kind_of(w: &str) -> Option<&'static str> {
    crate::lexicon::with_lowercase(w, |w| {
        if LEXICON.months.contains_key(w) {
            Some("month")
        } else if LEXICON.weekdays.contains_key(w) {
            Some("weekday")
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_name_passes_the_screen() {
        for name in LEXICON.months.keys().chain(LEXICON.weekdays.keys()).filter(|n| n.is_ascii() && n.len() <= 12) {
            assert!(NAMES.may_be(name.as_bytes()), "{name:?}");
            assert!(NAMES.may_be(name.to_ascii_uppercase().as_bytes()), "{name:?}");
        }
        assert!(!NAMES.may_be(b"Geneva"));
    }

    proptest::proptest! {
        /// The screen changes no answer.
        #[test]
        fn kinds_as_the_plain_lookup(w in "(may|May|MAY|jun|Mon|mar|Sept|[a-zA-Z0-9\u{e9}.,]){0,4}") {
            let t = w.trim_end_matches(['.', ',']);
            let plain = if t.is_empty() || t.len() > 12 { None } else { kind_of(t) };
            proptest::prop_assert_eq!(date_word_kind(&w), plain);
        }
    }

    #[test]
    fn kinds() {
        assert_eq!(date_word_kind("Apr."), Some("month"));
        assert_eq!(date_word_kind("lundi"), Some("weekday"));
        assert_eq!(date_word_kind("Juni"), Some("month"));
        assert_eq!(date_word_kind("Geneva"), None);
        assert_eq!(date_word_kind(""), None);
    }
}
