//! Demand evidence against chrome: a block in which a party is asked to act
//! ("The groups call on members to …", "urged the government to …") is the
//! release speaking. The cues are the demand extractor's data
//! (`demand_cues.txt`), without its modals ("should", "must"), which cookie
//! and browser notices use too.

use std::sync::LazyLock;

use crate::lexicon::{pairs, PhraseMatcher};

/// Cues that ask someone to act, followed by "to" ("call on", "urge").
static ASKING: LazyLock<PhraseMatcher> = LazyLock::new(|| {
    PhraseMatcher::with_values(
        pairs(include_str!("../../lexicon/data/demand_cues.txt")).filter(|&(_, kind)| kind != "modal"),
    )
});

/// Fewest words of a sentence that asks a party to act.
const MIN_WORDS: usize = 6;

/// True when `s` asks someone to act: a cue, a party after it, then "to".
pub(super) fn asks_to_act(s: &str) -> bool {
    if s.split_whitespace().take(MIN_WORDS).count() < MIN_WORDS {
        return false;
    }
    ASKING.find_iter(s).any(|m| {
        let rest = s.get(m.end..).unwrap_or("");
        // The party, then "to": "call on members to", "urged the WTO to".
        rest.split_whitespace().take(8).skip(1).any(|w| w.eq_ignore_ascii_case("to"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asking_a_party_to_act() {
        assert!(asks_to_act("The groups call on trade ministers to reject the deal"));
        assert!(asks_to_act("Civil society urged the WTO members to restore access today."));
        assert!(!asks_to_act("You must enable JavaScript to use this site."));
        assert!(!asks_to_act("Call on us"));
        assert!(!asks_to_act("Ask the experts: our weekly column on taxes and money"));
    }
}
