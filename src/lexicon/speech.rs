//! The speech cues indexed for one scan of word starts: the speech verbs
//! and phrases of `speech_verbs.txt` (list 0, valued "d" for direct quotes
//! only or "di" for reported speech too) and the prepositional cues of
//! `speech_preps.txt` (list 1). The lexicon pass scans a whole text for
//! them with its other lexicons ([`super::hits`]); the quote pass reads
//! the cues of any span off that scan.

use std::sync::LazyLock;

use super::phrase_index::PhraseIndex;
use super::{entries, pairs};

/// The speech verbs (list 0) and prepositional cues (list 1).
pub(crate) static CUE_INDEX: LazyLock<PhraseIndex> = LazyLock::new(|| {
    PhraseIndex::new(vec![
        pairs(include_str!("data/speech_verbs.txt")).collect(),
        entries(include_str!("data/speech_preps.txt")).map(|p| (p, "")).collect(),
    ])
});
