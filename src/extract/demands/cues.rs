//! Demand cues and the small word classes the demand rules read, all
//! loaded once from data files (`demand_cues.txt`,
//! `demand_attribution_verbs.txt`, `demand_parties.txt`,
//! `modals_passive.txt`) or listed here when they are grammar words.

use std::sync::LazyLock;

use crate::lexicon::hits::{inside, CueAnchor, LexiconHits, CUE_ANCHORS};
use crate::lexicon::lowercase;
use crate::lexicon::{entries, pairs, PhraseMatcher, WordSet};
use crate::span::Span;
use crate::text::tokens::{self as words, text_of, Tok};
use crate::text::TextModel;

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

/// Whether `text` may hold a demand cue (a cheap test before tokenising):
/// [`may_hold_cue_in`] over the whole of `text`, searched on its own.
#[cfg(test)]
pub(crate) fn may_hold_cue(text: &str) -> bool {
    may_hold_cue_in(text, Span::new(0, text.len()), &LexiconHits::find(text, &[]))
}

/// Whether `span` of `text` may hold a demand cue, read off the hits of
/// `text` (a cheap test before tokenising).
///
/// Cues are matched on whole tokens, so a cue's anchor ([`CUE_ANCHORS`],
/// its longest word) is a whole word of the span (no letter or digit on
/// either side, inside the span), and the other words of its cue sit next
/// to it with whitespace between (two tokens with nothing between them
/// would be one): a span with no anchor so placed holds no cue, whatever
/// its tokens. The longest word is the rarest ("obliged", not "is").
pub(crate) fn may_hold_cue_in(text: &str, span: Span, hits: &LexiconHits) -> bool {
    let Some(s) = span.slice(text) else {
        return false;
    };
    let (Some(anchors), true) = (CUE_ANCHORS.as_ref(), LexiconHits::usable()) else {
        return true;
    };
    inside(&hits.cue_anchors, span, |h| h.0).any(|&(m, i)| anchor_placed(s, span, m, i, anchors))
}

/// [`may_hold_cue_in`] of every sentence of `model`, read in one pass over
/// the cue anchors' hits (each hit asked about in the sentence that holds
/// it) instead of one search of the hits per sentence; `None` when the
/// sentences are not in order without overlaps (each hit then lies in at
/// most the one sentence found) or the hits were not indexed.
pub(crate) fn sentences_holding_cues(model: &TextModel<'_>) -> Option<Vec<bool>> {
    let anchors = CUE_ANCHORS.as_ref().filter(|_| LexiconHits::usable())?;
    let sentences = &model.sentences;
    if !sentences.windows(2).all(|w| w[0].span.end <= w[1].span.start) {
        return None;
    }
    let mut holds = vec![false; sentences.len()];
    for &(m, i) in &model.lexicon_hits().cue_anchors {
        // The sentence whose span holds the hit, as `inside` asks.
        let si = sentences.partition_point(|s| s.span.end <= m.start);
        let Some(sentence) = sentences.get(si) else { break };
        let span = sentence.span;
        if span.start > m.start || m.end > span.end || holds.get(si) != Some(&false) {
            continue;
        }
        let placed = span.slice(model.text).is_some_and(|s| anchor_placed(s, span, m, i, anchors));
        if let Some(h) = holds.get_mut(si) {
            *h = placed;
        }
    }
    Some(holds)
}

/// Whether the anchor hit `m` (of anchor `i`) in `s`, the text of `span`,
/// is a whole word of it with the other words of one of its cues next to
/// it, whitespace between: as every cue a sentence's tokens match is (see
/// [`may_hold_cue_in`]).
fn anchor_placed(s: &str, span: Span, m: Span, i: u16, anchors: &[CueAnchor]) -> bool {
    let wordy = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let head = s.get(..m.start - span.start).unwrap_or("");
    let rest = s.get(m.end - span.start..).unwrap_or("");
    !wordy(head.chars().next_back())
        && !wordy(rest.chars().next())
        && anchors.get(usize::from(i)).is_some_and(|a| {
            a.around.iter().any(|(before, after)| words_precede(head, before) && tail_follows(rest, after))
        })
}

/// The later words of the cues (ASCII lower-cased) and the most words a cue
/// has.
type LaterWords = (Vec<Box<[u8]>>, usize);

/// The words of the cues after their first, ASCII lower-cased, and the
/// most words a cue has; `None` when a cue is not words between single
/// spaces (then [`cue_matches`] searches whole sentences).
static LATER_WORDS: LazyLock<Option<LaterWords>> = LazyLock::new(|| {
    let mut later: Vec<Box<[u8]>> = Vec::new();
    let mut most = 0;
    for (cue, _) in pairs(include_str!("../../lexicon/data/demand_cues.txt")) {
        let words: Vec<&str> = cue.split(' ').collect();
        if words.iter().any(|w| w.is_empty() || w.contains(char::is_whitespace)) {
            return None;
        }
        most = most.max(words.len());
        later.extend(words.iter().skip(1).map(|w| w.as_bytes().to_ascii_lowercase().into_boxed_slice()));
    }
    later.sort();
    later.dedup();
    Some((later, most))
});

/// The cue matches of a sentence's tokens `toks` (sentence `span` of
/// `text`), as [`words::phrase_matches`] finds them with [`CUES`] over
/// the whole sentence, but searched only in windows around the tokens
/// where a cue anchor's hit starts, placed as in a cue
/// ([`anchor_placed`]).
///
/// The search runs over the tokens joined by single spaces, leftmost
/// longest, keeping the matches on token edges. A match kept holds its
/// cue's anchor as a whole token, where the anchor's hit starts; it is at
/// most as many tokens long as the longest cue. The search of a window
/// finds what the search of the sentence finds in it when no cue's
/// occurrence (even one not kept, as "made demands that" in "remade
/// demands that") reaches across either edge: the matches before an edge
/// then end before it. An occurrence reaches across the edge before token
/// `t` only with a space and a later word of its cue that token `t` starts
/// with ([`LATER_WORDS`]): each window is widened to edges before tokens
/// that start with none.
///
/// Whole sentences are searched when a span ends inside a word (its last
/// token is then no whole word of the text, as the hits need) or when the
/// hits or the cue words could not be indexed.
///
/// `joined` is a buffer for the joined tokens of the windows.
pub(crate) fn cue_matches(
    text: &str,
    span: Span,
    toks: &[Tok],
    hits: &LexiconHits,
    joined: &mut words::JoinedTokens,
) -> Vec<(usize, usize, &'static str)> {
    let (Some((later, most)), Some(anchors), true) =
        (LATER_WORDS.as_ref(), CUE_ANCHORS.as_ref(), LexiconHits::usable())
    else {
        return words::phrase_matches(&CUES, text, toks);
    };
    let Some(s) = span.slice(text) else {
        return words::phrase_matches(&CUES, text, toks);
    };
    if text.get(span.end..).and_then(|r| r.chars().next()).is_some_and(char::is_alphanumeric) {
        return words::phrase_matches(&CUES, text, toks);
    }
    let reach = most.saturating_sub(1);
    // No occurrence reaches across the edge before token `t`.
    let edge = |t: usize| {
        toks.get(t).filter(|_| t > 0).is_none_or(|tok| {
            let w = text_of(text, tok).as_bytes();
            !later.iter().any(|l| w.get(..l.len()).is_some_and(|head| head.eq_ignore_ascii_case(l)))
        })
    };
    let mut out = Vec::new();
    // Tokens before `done` are searched (`done` is an edge).
    let mut done = 0;
    for &(m, i) in inside(&hits.cue_anchors, span, |h| h.0) {
        if !anchor_placed(s, span, m, i, anchors) {
            // (No cue matched holds this anchor.)
            continue;
        }
        let a = toks.partition_point(|t| t.span.start < m.start);
        if a < done || toks.get(a).is_none_or(|t| t.span.start != m.start) {
            // (A match holding an anchor before `done` ends before it.)
            continue;
        }
        let mut from = a.saturating_sub(reach).max(done);
        while from > done && !edge(from) {
            from -= 1;
        }
        let mut to = (a + 1 + reach).min(toks.len());
        while !edge(to) {
            to += 1;
        }
        let Some(window) = toks.get(from..to) else { break };
        joined.join(text, window);
        out.extend(joined.matches(&CUES, window).map(|(i, j, v)| (i + from, j + from, v)));
        done = to;
    }
    out
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
    let l = lowercase(w);
    (l.ends_with("ly") && l.len() > 3)
        || matches!(
            &*l,
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
    let l = lowercase(w);
    PARTICIPLES.contains(&l)
        || (l.ends_with("ed")
            && l.len() > 3
            && !matches!(
                &*l,
                "need" | "proceed" | "succeed" | "exceed" | "speed" | "feed" | "bleed" | "breed" | "seed"
            ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, MatchKind};
    use proptest::prelude::*;

    /// The screen as it was before the shared lexicon pass: its own
    /// leftmost-longest automaton of the anchors over the text.
    fn may_hold_cue_by_own_automaton(text: &str) -> bool {
        let Some(anchors) = CUE_ANCHORS.as_ref() else { return true };
        let words: Vec<&str> = anchors.iter().map(|a| a.word).collect();
        let Ok(ac) =
            AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(MatchKind::LeftmostLongest).build(&words)
        else {
            return true;
        };
        let wordy = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        ac.find_iter(text).any(|m| {
            let head = text.get(..m.start()).unwrap_or("");
            let rest = text.get(m.end()..).unwrap_or("");
            !wordy(head.chars().next_back())
                && !wordy(rest.chars().next())
                && anchors[m.pattern().as_usize()]
                    .around
                    .iter()
                    .any(|(before, after)| words_precede(head, before) && tail_follows(rest, after))
        })
    }

    proptest! {
        /// The sentences found in one pass over the hits are those the
        /// screen of each sentence lets through.
        #[test]
        fn sentences_holding_cues_as_screened_one_by_one(
            text in crate::test_text::words_and_separators(&["must", "should", "has", "to", "need", "urges", "Kim", "calls", "on",
                    "made", "demands", "that", "the", "x", "mustard", "."], &[" ", "", "\n", "\n\n", ". ", "-", "_"], 16),
        ) {
            let model = crate::text::TextModel::new(&text);
            let holds = sentences_holding_cues(&model);
            for (si, sentence) in model.sentences.iter().enumerate() {
                let one = may_hold_cue_in(&text, sentence.span, model.lexicon_hits());
                prop_assert_eq!(holds.as_ref().map_or(one, |h| h[si]), one, "{:?}", &text);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        /// The windows around the anchors find the matches that the search
        /// of whole sentences finds.
        #[test]
        fn cue_matches_in_windows_as_in_whole_sentences(
            text in crate::test_text::words_and_separators(&["made", "remade", "demands", "demand", "that", "thatcher", "urge", "urges",
                    "to", "on", "Calls", "call", "recall", "for", "upon", "is", "obliged", "IS", "need", "needs", "ought", "expresses",
                    "presses", "appeal", "has", "have", "Kim", "the", "we", "x", "“", "”", ":", "’", "don't"],
                    &[" ", "  ", "\n", "", "-", ", ", ". ", "_", "\u{a0}", "’", "\n\n"], 18),
        ) {
            let model = crate::text::TextModel::new(&text);
            let hits = model.lexicon_hits();
            for (si, sentence) in model.sentences.iter().enumerate() {
                let toks = model.sentence_tokens(si);
                if !may_hold_cue_in(&text, sentence.span, hits) {
                    continue;
                }
                prop_assert_eq!(
                    cue_matches(&text, sentence.span, toks, hits, &mut words::JoinedTokens::default()),
                    words::phrase_matches(&CUES, &text, toks),
                    "{:?}", &text
                );
            }
        }
    }

    proptest! {
        /// Disclaimers (`demand_disclaimers.txt`) read off the hits, as the
        /// block's own phrase search found them.
        #[test]
        fn disclaimers_as_their_own_automaton_found_them(
            text in crate::test_text::words_and_separators(&["forward", "looking", "statement", "statements", "undue", "reliance", "safe",
                    "harbor", "proxy", "does", "not", "constitute", "an", "offer", "investment", "advice", "x"], &[" ", "-", "", "_", ". ", "\n"], 12),
        ) {
            let own = PhraseMatcher::new(entries(include_str!("../../lexicon/data/demand_disclaimers.txt")));
            let span = Span::new(0, text.len());
            prop_assert_eq!(
                LexiconHits::find(&text, &[]).holds_disclaimer(&text, span),
                own.find_iter(&text).next().is_some(),
                "{:?}", text
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn the_shared_pass_screens_as_the_own_automaton_did(
            text in crate::test_text::words_and_separators(&["urge", "URGES", "call", "on", "calls", "demand", "demands", "must", "is",
                    "obliged", "to", "that", "we", "have", "has", "should", "ask", "asks", "them", "xurge", "callon",
                    "é", "2", "Council"], &[" ", "  ", "\n", "", "-", "_", ".", ", ", "\u{a0}", "’", "“"], 14),
            from in 0usize..8,
        ) {
            // A span from a word start of the text to its end, as a
            // sentence is (the hits know sentence starts).
            let starts: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
            let start = starts[from.min(starts.len() - 1)];
            let span = Span::new(start, text.len());
            let hits = LexiconHits::find(&text, &[start]);
            prop_assert_eq!(may_hold_cue_in(&text, span, &hits), may_hold_cue_by_own_automaton(&text[start..]), "{:?}", &text[start..]);
        }
    }

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
