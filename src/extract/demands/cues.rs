//! Demand cues and the small word classes the demand rules read, all
//! loaded once from data files (`demand_cues.txt`,
//! `demand_attribution_verbs.txt`, `demand_parties.txt`,
//! `modals_passive.txt`) or listed here when they are grammar words.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::lexicon::{entries, pairs, PhraseMatcher, WordSet};

/// How a cue connects the target and the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// "X should Y": the target is the subject before the cue.
    Modal,
    /// "urges X to Y": the target sits between the cue and "to".
    To,
    /// "insist that X ...": the target is the subject of the clause.
    That,
    /// "call for X to Y": a demand only when X is a party.
    For,
}

/// The cue matcher; each pattern's value is its kind.
pub(crate) static CUES: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::with_values(pairs(include_str!("../../lexicon/data/demand_cues.txt"))));

/// Disclaimer phrases: their blocks yield no demands.
pub(crate) static DISCLAIMERS: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::new(entries(include_str!("../../lexicon/data/demand_disclaimers.txt"))));

/// Each cue's longest word, its anchor (matched ignoring ASCII case), with
/// the words that must come before and after it, separated by whitespace
/// only ("is obliged to": "is" + "obliged" + "to"). Cues are matched on
/// whole tokens, so an anchor is a whole word of the sentence (no letter
/// or digit on either side), and the other words of its cue sit next to it
/// with whitespace between (two tokens with nothing between them would be
/// one): a sentence with no anchor so placed holds no cue, whatever its
/// tokens. The longest word is the rarest ("obliged", not "is").
struct CueAnchors {
    /// The anchors, leftmost-longest: an anchor that is a whole word is the
    /// longest match at its start, and no match (letters only) reaches
    /// across the start of a word, so a non-overlapping search finds every
    /// anchor that is a whole word.
    ac: AhoCorasick,
    /// For each anchor, the words before it (nearest first) and after it
    /// of each of its cues.
    around: Vec<Vec<(Vec<&'static str>, Vec<&'static str>)>>,
}

static CUE_ANCHORS: LazyLock<Option<CueAnchors>> = LazyLock::new(|| {
    let mut anchors: Vec<&'static str> = Vec::new();
    let mut around: Vec<Vec<(Vec<&'static str>, Vec<&'static str>)>> = Vec::new();
    for (phrase, _) in pairs(include_str!("../../lexicon/data/demand_cues.txt")) {
        let words: Vec<&'static str> = phrase.split_whitespace().collect();
        // The first longest word.
        let Some(a) = (0..words.len()).rev().max_by_key(|&i| words[i].len()) else { continue };
        let anchor = words[a];
        if !anchor.bytes().all(|b| b.is_ascii_alphabetic()) {
            // Not expected in the data; keep the filter exact by letting
            // every text through.
            return None;
        }
        let before: Vec<&'static str> = words[..a].iter().rev().copied().collect();
        let after: Vec<&'static str> = words[a + 1..].to_vec();
        if let Some(i) = anchors.iter().position(|h| h.eq_ignore_ascii_case(anchor)) {
            around[i].push((before, after));
        } else {
            anchors.push(anchor);
            around.push(vec![(before, after)]);
        }
    }
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&anchors)
        .ok()?;
    Some(CueAnchors { ac, around })
});

/// Does `rest` start with the words of `tail`, each after whitespace?
fn tail_follows(rest: &str, tail: &[&str]) -> bool {
    let mut rest = rest;
    for w in tail {
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() {
            return false;
        }
        match trimmed.get(..w.len()) {
            Some(head) if head.eq_ignore_ascii_case(w) => rest = &trimmed[w.len()..],
            _ => return false,
        }
    }
    true
}

/// Does `head` end with the words of `words` (nearest first), each
/// before whitespace?
fn words_precede(head: &str, words: &[&str]) -> bool {
    let mut head = head;
    for w in words {
        let trimmed = head.trim_end();
        if trimmed.len() == head.len() {
            return false;
        }
        match trimmed.len().checked_sub(w.len()).and_then(|at| trimmed.get(at..).map(|t| (at, t))) {
            Some((at, t)) if t.eq_ignore_ascii_case(w) => head = &trimmed[..at],
            _ => return false,
        }
    }
    true
}

/// Whether `text` may hold a demand cue (a cheap test before tokenising).
pub(crate) fn may_hold_cue(text: &str) -> bool {
    let Some(anchors) = CUE_ANCHORS.as_ref() else {
        return true;
    };
    let wordy = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    anchors.ac.find_iter(text).any(|m| {
        let head = text.get(..m.start()).unwrap_or("");
        let rest = text.get(m.end()..).unwrap_or("");
        !wordy(head.chars().next_back())
            && !wordy(rest.chars().next())
            && anchors.around.get(m.pattern().as_usize()).is_some_and(|cues| {
                cues.iter().any(|(before, after)| words_precede(head, before) && tail_follows(rest, after))
            })
    })
}

/// The kind of a matched cue.
pub(crate) fn kind_of(value: &str) -> Option<CueKind> {
    match value {
        "modal" => Some(CueKind::Modal),
        "to" => Some(CueKind::To),
        "that" => Some(CueKind::That),
        "for" => Some(CueKind::For),
        _ => None,
    }
}

/// Reporting verbs ("said", "suggests", "wrote").
pub(crate) static ATTRIBUTION: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/demand_attribution_verbs.txt"))));

/// Head nouns of parties ("government", "members", "countries").
pub(crate) static PARTIES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/demand_parties.txt"))));

/// Copular frames that still ask the subject to act ("should be involved
/// in", "must be ready to").
/// Each frame is its lower-case words.
pub(crate) static COPULAR_FRAMES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    entries(include_str!("../../lexicon/data/demand_copular.txt")).map(|e| e.split_whitespace().collect()).collect()
});

/// Bare action verbs after "<modal> be <complement> and".
pub(crate) static BARE_VERBS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/demand_bare_verbs.txt"))));

/// Head nouns of instruments and texts, never parties ("WTO Agreements").
pub(crate) static INSTRUMENTS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/demand_instruments.txt"))));

/// Nouns of entitlement after "should have (the)": "the right to".
pub(crate) static ENTITLEMENTS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/demand_entitlements.txt"))));

/// Irregular past participles ("held", "made").
pub(crate) static PARTICIPLES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/modals_passive.txt"))));

/// Subject pronouns: a complete noun phrase on their own.
pub(crate) static SUBJECT_PRONOUNS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(["i", "we", "you", "he", "she", "it", "they"]));

/// Object pronouns that can be asked to act ("urged him to").
pub(crate) static OBJECT_PRONOUNS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(["him", "her", "them", "us", "you", "it", "me"]));

/// Auxiliary and copular verbs: they end a subject noun phrase.
pub(crate) static AUXILIARIES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would", "can", "could",
        "may", "might", "shall", "should", "must", "do", "does", "did", "cannot",
    ])
});

/// Words that open a clause: a subject never reaches back over them.
pub(crate) static BOUNDARY_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "that", "which", "who", "whom", "whose", "if", "because", "while", "when", "where", "whether", "although",
        "though", "unless", "until", "since", "so", "but", "then", "than", "once", "whereas", "why", "how", "what",
        "in", "on", "at", "for", "with", "without", "by", "from", "to", "into", "about", "after", "before", "during",
        "under", "through", "against", "among", "despite", "nor", "not", "only", "also", "is", "are", "was", "were",
    ])
});

/// Conjunctions and adverbs stripped from the start of a subject.
pub(crate) static LEADING_FILLERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "and",
        "or",
        "but",
        "so",
        "also",
        "then",
        "now",
        "instead",
        "therefore",
        "thus",
        "however",
        "meanwhile",
        "indeed",
        "today",
        "still",
        "yet",
        "even",
        "rather",
        "first",
        "finally",
        "moreover",
        "furthermore",
        "additionally",
        "likewise",
        "similarly",
        "hence",
        "clearly",
        "surely",
        "perhaps",
    ])
});

/// Adverbs and auxiliaries that may stand between a subject and a verb
/// cue ("CSOs have urged", "The letter specifically asks").
pub(crate) static VERB_FILLERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "have",
        "has",
        "had",
        "also",
        "today",
        "similarly",
        "therefore",
        "specifically",
        "together",
        "respectfully",
        "further",
        "again",
        "jointly",
        "strongly",
        "repeatedly",
        "now",
        "will",
        "would",
        "is",
        "are",
        "am",
        "was",
        "were",
        "all",
        "both",
        "thus",
        "hereby",
        "urgently",
        "formally",
        "publicly",
        "explicitly",
        "directly",
        "consistently",
        "recently",
        "yesterday",
        "previously",
        "already",
        "collectively",
        "unanimously",
        "once",
        "still",
        "continue",
        "to",
        "hence",
        "earlier",
        "this",
        "week",
        "year",
        "month",
        "morning",
        "evening",
        "also",
        "specially",
        "especially",
        "firmly",
        "loudly",
        "be",
        "been",
        "being",
    ])
});

/// Auxiliaries that make a past-participle cue passive ("is urged to").
pub(crate) static PASSIVE_AUX: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"]));

/// Determiners and possessives: a word after them is a noun, not a verb
/// ("the press", "their demands").
pub(crate) static DETERMINERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your", "whose",
        "urgent", "growing", "strong", "key", "main", "same", "public", "such", "any", "no", "every", "each",
    ])
});

/// Prepositions that cannot start a target ("asked about ...").
pub(crate) static PREPOSITIONS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "without",
        "by",
        "from",
        "to",
        "into",
        "about",
        "after",
        "before",
        "during",
        "under",
        "through",
        "against",
        "among",
        "despite",
        "over",
        "as",
        "that",
        "whether",
        "if",
        "what",
        "how",
        "why",
        "when",
        "where",
        "questions",
        "question",
    ])
});

/// Words that end the head of a noun phrase ("members of Congress" has
/// the head "members").
pub(crate) static HEAD_CUTS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "of",
        "in",
        "at",
        "from",
        "on",
        "with",
        "who",
        "that",
        "which",
        "as",
        "across",
        "around",
        "for",
        "including",
    ])
});

/// Negations that cancel a verb cue ("did not call for").
pub(crate) static NEGATIONS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "not", "never", "no", "nor", "cannot", "neither", "without", "refused", "declined", "refuse", "decline",
        "hesitate", "rarely", "seldom",
    ])
});

/// Adverbs between a modal and its verb ("should immediately undertake").
pub(crate) fn adverb(w: &str) -> bool {
    let l = w.to_lowercase();
    (l.ends_with("ly") && l.len() > 3)
        || matches!(
            l.as_str(),
            "not"
                | "also"
                | "now"
                | "always"
                | "never"
                | "still"
                | "first"
                | "only"
                | "then"
                | "urgently"
                | "at"
                | "least"
                | "again"
                | "therefore"
                | "instead"
                | "all"
        )
}

/// True for a past participle: "strengthened", "held", "taken".
pub(crate) fn participle(w: &str) -> bool {
    let l = w.to_lowercase();
    PARTICIPLES.contains(&l)
        || (l.ends_with("ed")
            && l.len() > 3
            && !matches!(
                l.as_str(),
                "need" | "proceed" | "succeed" | "exceed" | "speed" | "feed" | "bleed" | "breed" | "seed"
            ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_prefilter() {
        assert!(may_hold_cue("They URGED the Council to act."));
        assert!(may_hold_cue("the groups called\non members"));
        assert!(!may_hold_cue("The company reported strong results."));
        assert!(!may_hold_cue(""));
        assert!(may_hold_cue("what they HAVE\n  to do"));
        assert!(!may_hold_cue("They have done it; this is a plan."));
        assert!(!may_hold_cue("It has-to be."));
        // Odd input: multi-byte text right after a head, a head at the end.
        assert!(!may_hold_cue("it hasé to have"));
        assert!(may_hold_cue("it has\u{a0}to"));
        assert!(!may_hold_cue("ought"));
        // Heads are whole words: not inside "this", "phase" or "asks".
        assert!(!may_hold_cue("this phase has-been; he needsto"));
        assert!(may_hold_cue("She asks them to act"));
        assert!(may_hold_cue("(Must) they?"));
        assert!(!may_hold_cue("mustard and 2must"));
        // The words before the longest one: "is obliged to", "made demands that".
        assert!(may_hold_cue("The state IS\n obliged  to pay"));
        assert!(!may_hold_cue("The state was obliged to pay"));
        assert!(!may_hold_cue("obliged to pay"));
        assert!(may_hold_cue("We have made demands that"));
    }

    #[test]
    fn cue_lexicon_loads() {
        let text = "The group calls on members and insists that Kim should act.";
        let found: Vec<(&str, &str)> = CUES.find_iter(text).map(|m| (&text[m.start..m.end], m.value)).collect();
        assert_eq!(found, [("calls on", "to"), ("insists that", "that"), ("should", "modal")]);
        assert!(PARTIES.contains("governments"));
        assert!(ATTRIBUTION.contains("said"));
    }

    #[test]
    fn participles() {
        assert!(participle("strengthened"));
        assert!(participle("held"));
        assert!(participle("taken"));
        assert!(!participle("given_up"));
        assert!(!participle("listen"));
        assert!(!participle("proceed"));
        assert!(!participle("free"));
    }
}
