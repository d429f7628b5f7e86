//! Speech cues: speech verbs ("said", "told reporters", "a déclaré") and
//! prepositional cues ("according to") found in a span of text, outside
//! quotation marks. Adjacent verbs ("explains says") merge into one cue.

use super::lexicon::{CUE_INDEX, SPEECH_PREPS, SPEECH_VERBS};
use crate::lexicon::with_lowercase;
use crate::span::Span;

/// One speech cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cue {
    /// Where the cue is written.
    pub span: Span,
    /// True when the cue can introduce reported speech ("said that").
    pub reports: bool,
    /// True for prepositional cues, whose speaker follows ("according to").
    pub prep: bool,
}

/// True when the word before `at` makes a verb an infinitive or a
/// modal form ("to say", "will announce"), which reports nothing.
fn infinitive(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    with_lowercase(prev, |prev| {
        ["to", "will", "would", "may", "might", "could", "should", "can", "cannot", "must", "not", "never", "shall"]
            .contains(&prev)
    })
}

/// True when the word before `at` is a determiner ("a warning").
fn determiner(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    with_lowercase(prev, |prev| {
        ["a", "an", "the", "this", "that", "its", "their", "our", "his", "her", "any", "no"].contains(&prev)
    })
}

/// True when the word before `at` makes the next word a plural noun
/// ("additional states", "other claims", "these notes").
fn quantifier(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    determiner(text, at)
        || with_lowercase(prev, |prev| {
            [
                "additional",
                "other",
                "all",
                "many",
                "several",
                "some",
                "both",
                "few",
                "member",
                "more",
                "most",
                "new",
                "such",
                "these",
                "those",
                "two",
                "three",
                "four",
                "five",
                "50",
                "various",
                "numerous",
                "multiple",
            ]
            .contains(&prev)
        })
}

/// True when the cue is a passive ("was told", "were warned"): its
/// grammatical subject is the listener, not the speaker.
pub(super) fn passive(text: &str, cue: Span) -> bool {
    let before = text.get(..cue.start).unwrap_or("").trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    with_lowercase(prev, |prev| {
        ["was", "were", "been", "being", "is", "are", "be", "allegedly", "reportedly"].contains(&prev)
    })
}

/// Verb and prepositional cue phrases of `s` on word boundaries, verbs
/// first: `(start, end, reports, prep)`.
fn candidates(s: &str) -> Vec<(usize, usize, bool, bool)> {
    let mut found = Vec::new();
    if CUE_INDEX.scan(s, &mut found) {
        let verbs = found.iter().filter(|f| f.0 == 0).map(|&(_, a, b, v)| (a, b, v.contains('i'), false));
        let preps = found.iter().filter(|f| f.0 == 1).map(|&(_, a, b, _)| (a, b, true, true));
        return verbs.chain(preps).collect();
    }
    // A phrase of several words starts inside a word: only the automaton
    // knows which matches it swallows.
    let verbs = SPEECH_VERBS.find_iter(s).map(|m| (m.start, m.end, m.value.contains('i'), false));
    let preps = SPEECH_PREPS.find_iter(s).map(|m| (m.start, m.end, true, true));
    verbs.chain(preps).collect()
}

/// The cues inside `span` of `text` that lie outside every span of `masks`
/// (quotations, sorted and not overlapping), in order.
pub(super) fn find(text: &str, span: Span, masks: &[Span]) -> Vec<Cue> {
    let Some(s) = span.slice(text) else {
        return Vec::new();
    };
    let mut out: Vec<Cue> = Vec::new();
    let mut all = candidates(s);
    all.sort_unstable_by_key(|c| c.0);
    for (a, b, reports, prep) in all {
        let cs = Span::new(span.start + a, span.start + b);
        // Masks are in text order: only the first one ending after the cue
        // can cover it.
        let k = masks.partition_point(|m| m.end <= cs.start);
        if masks.get(k).is_some_and(|m| m.overlaps(cs)) {
            continue;
        }
        // "to say", "will announce", "cannot claim": not a report.
        if !prep && infinitive(text, cs.start) {
            continue;
        }
        // "serves as a warning that": a noun, not a participle.
        if !prep && s[a..b].ends_with("ing") && determiner(text, cs.start) {
            continue;
        }
        // "expand to additional states", "the claims": a plural noun.
        if !prep && s[a..b].ends_with('s') && !s[a..b].contains(' ') && quantifier(text, cs.start) {
            continue;
        }
        // A capitalised cue counts only where a sentence starts ("Added
        // X, …"), not inside a name ("the United States", a headline).
        if s[a..].starts_with(char::is_uppercase) {
            let before = text.get(..cs.start).unwrap_or("").trim_end();
            let starts = cs.start == span.start
                || before.len() < span.start
                || before.ends_with(['.', '!', '?', ':', '”', '"', '\n']);
            if !starts {
                continue;
            }
        }
        if let Some(last) = out.last_mut() {
            if last.span.end >= cs.start {
                continue;
            }
            let gap = text.get(last.span.end..cs.start).unwrap_or("x");
            if !last.prep && !prep && gap.trim().is_empty() {
                last.span.end = cs.end;
                last.reports |= reports;
                continue;
            }
        }
        out.push(Cue { span: cs, reports, prep });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues<'a>(t: &'a str, masks: &[Span]) -> Vec<&'a str> {
        let t2 = t;
        find(t2, Span::new(0, t.len()), masks).iter().map(|c| &t2[c.span.start..c.span.end]).collect()
    }

    #[test]
    fn merged_and_masked() {
        let t = "“We said no,” explains says Andrew Ferraiuolo.";
        assert_eq!(cues(t, &[Span::new(0, 16)]), ["explains says"]);
    }

    #[test]
    fn prepositional() {
        assert_eq!(cues("According to the complaint, she said nothing.", &[]), ["According to", "said"]);
    }

    #[test]
    fn nouns_in_ing_are_not_cues() {
        assert!(
            cues("It also serves as a warning to other landlords that they will be held accountable.", &[]).is_empty()
        );
        assert_eq!(cues("The group issued a statement, warning that prices rise.", &[]), ["warning"]);
    }

    #[test]
    fn plural_nouns_are_not_cues() {
        assert!(cues("Lotto.com plans to expand to additional states in the near future.", &[]).is_empty());
        assert_eq!(cues("The complaint states that he lied.", &[]), ["states"]);
    }

    #[test]
    fn infinitives_are_not_cues() {
        assert!(cues("We should be allowed to say it and they will claim it.", &[]).is_empty());
    }

    #[test]
    fn no_cue_inside_words() {
        assert!(cues("The unsaid words of Sayers.", &[]).is_empty());
        assert!(cues("He wrote to the United States Senate.", &[]) == ["wrote"]);
        assert_eq!(cues("Tax Preparer Allegedly Claimed Improper Credits", &[]), Vec::<&str>::new());
    }
}
