//! Random texts for property tests: words of a lexicon and the characters
//! that may stand between them.

use proptest::prelude::*;

/// Texts of fewer than `max` of `words`, each followed by one of
/// `separators` (which may be empty, gluing two words into one).
pub(crate) fn words_and_separators(
    words: &'static [&'static str],
    separators: &'static [&'static str],
    max: usize,
) -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(words), prop::sample::select(separators)), 0..max)
        .prop_map(|parts| parts.iter().map(|(w, sep)| [*w, *sep].concat()).collect())
}
