//! Month and weekday names in every supported language, read from the date
//! lexicon (`lexicon/data/dates/*.txt`, one file per language), for the
//! dateline and title finders to recognise dates and date lines.

use std::sync::LazyLock;

use crate::lexicon::dates::LEXICON;

/// The (length, first byte) and (length, last byte) pairs of the ASCII
/// month and weekday names (lower case), as bits: an ASCII word lower-cases
/// to a name of its own length, first and last bytes, so a word with
/// either bit clear is none, found without lower-casing and hashing it
/// (most words asked about: a name, a place, a number).
static ASCII_NAMES: LazyLock<[[u64; 4]; 26]> = LazyLock::new(|| {
    let mut t = [[0u64; 4]; 26];
    // (Rows 1 to 12: first bytes by length; rows 14 to 25: last bytes.
    // Longer names are never looked up.)
    for name in LEXICON.months.keys().chain(LEXICON.weekdays.keys()).filter(|n| n.is_ascii() && n.len() <= 12) {
        let b = name.as_bytes();
        if let (Some(&f), Some(row)) = (b.first(), t.get_mut(b.len())) {
            row[usize::from(f >> 6)] |= 1 << (f & 63);
        }
        if let (Some(&l), Some(row)) = (b.last(), t.get_mut(13 + b.len())) {
            row[usize::from(l >> 6)] |= 1 << (l & 63);
        }
    }
    t
});

/// False when the ASCII word `w` (of 1 to 12 bytes) is surely no month or
/// weekday name, in any ASCII case ([`ASCII_NAMES`]).
fn may_be_name(w: &[u8]) -> bool {
    let bit = |row: usize, b: u8| {
        let b = b.to_ascii_lowercase();
        ASCII_NAMES.get(row).and_then(|r| r.get(usize::from(b >> 6))).is_some_and(|x| x >> (b & 63) & 1 == 1)
    };
    match (w.first(), w.last()) {
        (Some(&f), Some(&l)) => bit(w.len(), f) && bit(13 + w.len(), l),
        _ => true,
    }
}

/// The kind of a month or weekday word (`"month"`, `"weekday"`), ignoring
/// case and a trailing full stop or comma ("Apr.", "Monday,").
pub(crate) fn date_word_kind(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches(['.', ',']);
    if w.is_empty() || w.len() > 12 {
        return None;
    }
    if w.is_ascii() && !may_be_name(w.as_bytes()) {
        return None;
    }
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
            assert!(may_be_name(name.as_bytes()), "{name:?}");
            assert!(may_be_name(name.to_ascii_uppercase().as_bytes()), "{name:?}");
        }
        assert!(!may_be_name(b"Geneva"));
    }

    proptest::proptest! {
        /// The screen changes no answer.
        #[test]
        fn kinds_as_the_plain_lookup(w in "(may|May|MAY|jun|Mon|mar|Sept|[a-zA-Z0-9\u{e9}.,]){0,4}") {
            let t = w.trim_end_matches(['.', ',']);
            let plain = if t.is_empty() || t.len() > 12 {
                None
            } else {
                crate::lexicon::with_lowercase(t, |t| {
                    if LEXICON.months.contains_key(t) {
                        Some("month")
                    } else if LEXICON.weekdays.contains_key(t) {
                        Some("weekday")
                    } else {
                        None
                    }
                })
            };
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
