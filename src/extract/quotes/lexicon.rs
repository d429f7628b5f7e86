//! The word lists of quote attribution, loaded once from
//! `src/lexicon/data/*.txt`.

use std::sync::LazyLock;

pub(super) use crate::lexicon::speech::CUE_INDEX;
use crate::lexicon::{entries, pairs, table, with_lowercase, FxMap, PhraseMatcher, WordSet};

/// Speech verbs and phrases ("said", "told reporters", "a déclaré"); the
/// value is "d" (direct quotes only) or "di" (also reported speech).
pub(super) static SPEECH_VERBS: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::with_values(pairs(include_str!("../../lexicon/data/speech_verbs.txt"))));

/// Prepositional cues whose speaker follows ("according to").
pub(super) static SPEECH_PREPS: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::new(entries(include_str!("../../lexicon/data/speech_preps.txt"))));

/// Honorifics stripped from names ("Dr", "Ms", "Professor").
pub(super) static HONORIFICS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/honorifics.txt"))));

/// Post-nominal letters ("MD", "`PhD`").
pub(super) static CREDENTIALS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/credentials.txt"))));

/// Words that make a phrase a role or title.
pub(super) static ROLE_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/role_words.txt"))));

/// Words that make a name an organisation.
pub(super) static ORG_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/org_words.txt"))));

/// Capitalised words that never begin a name (months, weekdays).
pub(super) static NOT_NAMES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/not_names.txt"))));

/// Function words stripped from the front of a speaker phrase ("With").
pub(super) static NAME_OPENERS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/name_openers.txt"))));

/// Pronouns and what they can refer to ("person" or "group").
pub(super) static PRONOUNS: LazyLock<FxMap<String, &'static str>> =
    LazyLock::new(|| table(include_str!("../../lexicon/data/pronouns.txt")));

/// Common nouns heading a speaker phrase: "document" or "group".
pub(super) static SPEAKER_NOUNS: LazyLock<FxMap<String, &'static str>> =
    LazyLock::new(|| table(include_str!("../../lexicon/data/speaker_nouns.txt")));

/// The kind of a pronoun (lower-cased lookup), if `w` is one.
pub(super) fn pronoun(w: &str) -> Option<&'static str> {
    with_lowercase(w, |w| PRONOUNS.get(w).copied())
}

/// The kind of a speaker noun ("letter" → "document"), if `w` is one.
pub(super) fn speaker_noun(w: &str) -> Option<&'static str> {
    with_lowercase(w, |w| SPEAKER_NOUNS.get(w).copied())
}

static CUE_ADJUNCTS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/cue_adjuncts.txt"))));
static CUE_ADJUNCT_CLAUSES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/cue_adjunct_clauses.txt"))));

/// A word that may follow a final speech cue without starting new content
/// ("…, X said today in a letter").
pub(super) fn is_cue_adjunct(word: &str) -> bool {
    CUE_ADJUNCTS.contains(word)
}

/// A subordinator after a final cue that indirect speech reads as an
/// adjunct ("…, X said when asked").
pub(super) fn is_cue_adjunct_clause(word: &str) -> bool {
    CUE_ADJUNCT_CLAUSES.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(SPEECH_VERBS.is_exactly("said"));
        assert!(SPEECH_VERBS.is_exactly("told reporters"));
        assert!(SPEECH_PREPS.is_exactly("According to"));
        // The word-start index stands in for the automata on these lists.
        let mut found = Vec::new();
        assert!(CUE_INDEX.scan("Bonjour, a déclaré Marie, y añadió Juan según él", &mut found));
        let lists: Vec<usize> = found.iter().map(|f| f.0).collect();
        assert_eq!(lists, [0, 0, 1]);
        assert!(HONORIFICS.contains("Dr"));
        assert!(CREDENTIALS.contains("MD"));
        assert!(ROLE_WORDS.contains("Director"));
        assert!(ORG_WORDS.contains("Watch"));
        assert_eq!(pronoun("She"), Some("person"));
        assert_eq!(speaker_noun("letter"), Some("document"));
    }
}
