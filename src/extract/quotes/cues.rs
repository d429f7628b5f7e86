//! Speech cues: speech verbs ("said", "told reporters", "a déclaré") and
//! prepositional cues ("according to") found in a span of text, outside
//! quotation marks. Adjacent verbs ("explains says") merge into one cue.

use super::lexicon::{CUE_INDEX, SPEECH_PREPS, SPEECH_VERBS};
use std::borrow::Cow;
use std::cell::RefCell;

use crate::lexicon::phrase_index::{Found, Scanned};
use crate::lexicon::with_lowercase;
use crate::span::Span;
use crate::text::word_bits::Underscore;
use crate::text::TextModel;

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

/// The word before byte `at` of `text`:
/// `text[..at].trim_end().rsplit(char::is_whitespace).next()` (empty when
/// `at` is out of range or not a boundary), asked of every cue candidate
/// several times. Read by bytes back over ASCII whitespace and the ASCII
/// bytes of the word, where `char::is_whitespace` is the ASCII test
/// (space and tab to carriage return); at the first non-ASCII byte the
/// standard library's reading is taken instead (see the test).
fn prev_word(text: &str, at: usize) -> &str {
    let Some(before) = text.get(..at) else {
        return "";
    };
    let bytes = before.as_bytes();
    let space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
    let mut end = bytes.len();
    while end > 0 && bytes.get(end - 1).is_some_and(|&b| b < 0x80 && space(b)) {
        end -= 1;
    }
    let mut start = end;
    while let Some(&b) = start.checked_sub(1).and_then(|i| bytes.get(i)) {
        if b >= 0x80 {
            return prev_word_by_chars(before);
        }
        if space(b) {
            break;
        }
        start -= 1;
    }
    // (Only ASCII whitespace was trimmed: a non-ASCII byte before it ends
    // the trim and was then read above.)
    before.get(start..end).unwrap_or("")
}

/// [`prev_word`] of the text `before` the position, by the standard
/// library (the reference, and the reading of non-ASCII text).
fn prev_word_by_chars(before: &str) -> &str {
    before.trim_end().rsplit(char::is_whitespace).next().unwrap_or("")
}

/// True when the word before `at` makes a verb an infinitive or a
/// modal form ("to say", "will announce"), which reports nothing.
fn infinitive(text: &str, at: usize) -> bool {
    let prev = prev_word(text, at);
    with_lowercase(prev, |prev| {
        ["to", "will", "would", "may", "might", "could", "should", "can", "cannot", "must", "not", "never", "shall"]
            .contains(&prev)
    })
}

/// True when the word before `at` is a determiner ("a warning").
fn determiner(text: &str, at: usize) -> bool {
    let prev = prev_word(text, at);
    with_lowercase(prev, |prev| {
        ["a", "an", "the", "this", "that", "its", "their", "our", "his", "her", "any", "no"].contains(&prev)
    })
}

/// True when the word before `at` makes the next word a plural noun
/// ("additional states", "other claims", "these notes").
fn quantifier(text: &str, at: usize) -> bool {
    let prev = prev_word(text, at);
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
    let prev = prev_word(text, cue.start);
    with_lowercase(prev, |prev| {
        ["was", "were", "been", "being", "is", "are", "be", "allegedly", "reportedly"].contains(&prev)
    })
}

/// Verb and prepositional cue phrases of `s` on word boundaries, verbs
/// first: `(start, end, reports, prep)`.
fn candidates(s: &str) -> Vec<(usize, usize, bool, bool)> {
    let mut found = Vec::new();
    if CUE_INDEX.scan(s, &mut found) {
        let mut all = Vec::new();
        extend_from_index(&mut all, found.iter().copied());
        return all;
    }
    // A phrase of several words starts inside a word: only the automaton
    // knows which matches it swallows.
    let verbs = SPEECH_VERBS.find_iter(s).map(|m| (m.start, m.end, m.value.contains('i'), false));
    let preps = SPEECH_PREPS.find_iter(s).map(|m| (m.start, m.end, true, true));
    verbs.chain(preps).collect()
}

/// Add the candidates of the matches of [`CUE_INDEX`] to `all`, verbs
/// first.
fn extend_from_index(all: &mut Vec<(usize, usize, bool, bool)>, found: impl Iterator<Item = Found> + Clone) {
    let verbs = found.clone().filter(|f| f.0 == 0).map(|(_, a, b, v)| (a, b, v.contains('i'), false));
    let preps = found.filter(|f| f.0 == 1).map(|(_, a, b, _)| (a, b, true, true));
    all.extend(verbs.chain(preps));
}

/// The cue phrases of one text, scanned once: [`CueScan::find`] answers
/// [`find`] for any span of it, reading most spans off the one scan
/// instead of scanning each (a sentence is read for cues by several
/// steps, before and after each quote, in its clauses …).
pub(super) struct CueScan<'a> {
    text: &'a str,
    scanned: Option<Cow<'a, Scanned>>,
    /// The candidates of the span asked about, in a buffer kept from one
    /// [`CueScan::find`] to the next (a text asks for a few hundred spans).
    candidates: RefCell<Vec<(usize, usize, bool, bool)>>,
}

impl<'a> CueScan<'a> {
    #[cfg(test)]
    pub(super) fn new(text: &'a str) -> Self {
        CueScan { text, scanned: CUE_INDEX.scan_all(text).map(Cow::Owned), candidates: RefCell::default() }
    }

    /// The scan of a model's text: the one its lexicon pass made, or, for
    /// a text that pass did not scan (one with `_`), one made here on the
    /// word bits the model shares.
    pub(super) fn of_model(model: &'a TextModel<'a>) -> Self {
        let scanned = match model.lexicon_hits().speech_cues.as_ref() {
            Some(s) => Some(Cow::Borrowed(s)),
            None => CUE_INDEX.scan_all_with(model.text, &model.word_bits(Underscore::Word)).map(Cow::Owned),
        };
        CueScan { text: model.text, scanned, candidates: RefCell::default() }
    }

    /// `find(text, span, masks)` for the scanned text: the same cues, as
    /// the candidates read off the whole scan are those of the span's own
    /// scan ([`Scanned::slice`]), which is run where they cannot be.
    pub(super) fn find(&self, span: Span, masks: &[Span]) -> Vec<Cue> {
        match self.scanned.as_ref().and_then(|s| s.slice_matches(self.text, span.start, span.end)) {
            Some(found) => {
                // (The buffer is never borrowed twice; a fresh one would do.)
                let mut fresh = Vec::new();
                let mut kept = self.candidates.try_borrow_mut();
                let all = kept.as_deref_mut().unwrap_or(&mut fresh);
                all.clear();
                extend_from_index(all, found);
                select(self.text, span, all, masks)
            }
            None => find(self.text, span, masks),
        }
    }
}

/// The cues inside `span` of `text` that lie outside every span of `masks`
/// (quotations, sorted and not overlapping), in order.
pub(super) fn find(text: &str, span: Span, masks: &[Span]) -> Vec<Cue> {
    let Some(s) = span.slice(text) else {
        return Vec::new();
    };
    select(text, span, &mut candidates(s), masks)
}

/// The cues of `span` among its phrase candidates `all` (offsets in the
/// span, verbs first): not masked, not an infinitive, a noun or a name,
/// and adjacent verbs merged.
fn select(text: &str, span: Span, all: &mut [(usize, usize, bool, bool)], masks: &[Span]) -> Vec<Cue> {
    let Some(s) = span.slice(text) else {
        return Vec::new();
    };
    let mut out: Vec<Cue> = Vec::new();
    all.sort_unstable_by_key(|c| c.0);
    for &mut (a, b, reports, prep) in all {
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
    use proptest::prelude::*;

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

    /// Texts made of cue words, parts of cues and the bytes around them.
    fn cue_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "said",
                "Said",
                "SAYS",
                "has",
                "Xhas",
                "told",
                "reporters",
                "reportersX",
                "pointed",
                "out",
                "called",
                "for",
                "in",
                "a",
                "statement",
                "déclaré",
                "According",
                "according",
                "to",
                "as",
                "stated",
                "by",
                "warning",
                "the",
                "states",
                "will",
                "“",
                "”",
                ".",
                ",",
                " ",
                " ",
                " ",
                "\n",
                "é",
                "Korea",
                "un",
                "the following remarks",
                "delivered",
                "—",
                "_",
            ]),
            0..40,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn prev_word_is_the_std_reading(t in "[a \t\n\u{b}\u{c}\r\u{1c}\u{85}\u{a0}\u{2003}é“.]{0,16}", at in 0usize..40) {
            let want = t.get(..at).map_or("", prev_word_by_chars);
            prop_assert_eq!(prev_word(&t, at), want);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        #[test]
        fn one_scan_finds_the_cues_of_every_span(t in cue_text(), a in 0usize..400, b in 0usize..400, m in 0usize..400) {
            let snap = |i: usize| (0..=i.min(t.len())).rev().find(|&k| t.is_char_boundary(k)).unwrap_or(0);
            let (a, b, m) = (snap(a), snap(b), snap(m));
            let span = Span::new(a.min(b), a.max(b));
            let masks = if m < t.len() { vec![Span::new(m, snap(m + 6))] } else { Vec::new() };
            let scan = CueScan::new(&t);
            prop_assert_eq!(scan.find(span, &masks), find(&t, span, &masks));
            prop_assert_eq!(scan.find(Span::new(0, t.len()), &[]), find(&t, Span::new(0, t.len()), &[]));
        }
    }

    #[test]
    fn one_scan_answers_sentences_without_scanning_them() {
        let t = "He said it. “Act now,” told reporters Jane Doe. According to the complaint, she lied.";
        let scan = CueScan::new(t);
        let Some(scanned) = scan.scanned.as_ref() else {
            panic!("the cue lists are indexed");
        };
        let second = t.find("According").unwrap_or(0);
        for (a, b) in [(0, 11), (12, second - 1), (second, t.len()), (0, t.len())] {
            assert!(scanned.slice(t, a, b, &mut Vec::new()), "{:?}", &t[a..b]);
            assert_eq!(scan.find(Span::new(a, b), &[]), find(t, Span::new(a, b), &[]));
        }
        // Cutting "told reporters" leaves "told" to the span's own scan.
        let cut = t.find("reporters").map_or(0, |i| i + 3);
        assert!(!scanned.slice(t, 12, cut, &mut Vec::new()));
        assert_eq!(scan.find(Span::new(12, cut), &[]), find(t, Span::new(12, cut), &[]));
    }
}
