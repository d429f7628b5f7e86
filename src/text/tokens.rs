//! Tokens of one sentence: words and single punctuation marks, with byte
//! spans into the input. The text model makes them once per sentence, on
//! first use ([`super::TextModel::sentence_tokens`]); demands and
//! signatory counts both read sentences through them.

use super::word_bits::alphanumeric;
use crate::lexicon::PhraseMatcher;
use crate::span::Span;

/// A word or one punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    /// Where the token is in the input.
    pub span: Span,
    /// True for a word (letters or digits), false for a punctuation mark.
    pub word: bool,
}

/// Characters that may join two word characters inside one word:
/// "don't", "co-signed", "U.S.", "1,200", "1.2".
fn joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | ',' | '&' | '/')
}

/// Split `span` of `text` into tokens. Whitespace separates; a joiner
/// stays inside a word only between two word characters (and `,` only
/// between digits).
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Tok> {
    read_tokens::<true>(text, span)
}

/// [`tokens`], with its two ASCII shortcuts (`SHORTCUTS`) or, for the
/// tests' reference, every character decoded and classed.
fn read_tokens<const SHORTCUTS: bool>(text: &str, span: Span) -> Vec<Tok> {
    let Some(s) = span.slice(text) else {
        return Vec::new();
    };
    let base = span.start;
    // About one token per five bytes of press text.
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let bytes = s.as_bytes();
    // The character at byte `i` (an ASCII byte is read as is; only other
    // characters are decoded). Every `i` used is a character boundary.
    let at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(i..).and_then(|r| r.chars().next()),
        None => None,
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // An ASCII space or mark is told by its byte (the ASCII characters
        // `char::is_whitespace` accepts are ' ' and '\t'..='\r').
        if SHORTCUTS && b.is_ascii() && !b.is_ascii_alphanumeric() {
            if !matches!(b, b' ' | b'\t'..=b'\r') {
                out.push(Tok { span: Span::new(base + i, base + i + 1), word: false });
            }
            i += 1;
            continue;
        }
        let Some(c) = at(i) else {
            break;
        };
        let width = c.len_utf8();
        if c.is_whitespace() {
            i += width;
            continue;
        }
        if !alphanumeric(c) {
            out.push(Tok { span: Span::new(base + i, base + i + width), word: false });
            i += width;
            continue;
        }
        // A word: letters and digits, and joiners between two of them.
        let mut prev = c;
        let mut j = i + width;
        loop {
            // A run of ASCII letters and digits, the bulk of press text,
            // read a byte at a time without decoding.
            let end = super::scan::ascii_alnum_end(bytes, j);
            if end > j {
                j = end;
                prev = bytes.get(j - 1).map_or(prev, |&b| char::from(b));
            }
            // An ASCII byte here is no letter or digit (the run took
            // those): it joins or ends the word.
            if SHORTCUTS && bytes.get(j).is_some_and(|&b| b.is_ascii() && !joiner(char::from(b))) {
                break;
            }
            let Some(c) = at(j) else {
                break;
            };
            let cw = c.len_utf8();
            if alphanumeric(c) {
                prev = c;
                j += cw;
                continue;
            }
            if !joiner(c) {
                break;
            }
            let Some(next) = at(j + cw).filter(|&n| alphanumeric(n)) else {
                break;
            };
            let ok = match c {
                ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                // "U.S.", "1.2", but not "end.Next" between words of two
                // sentences written without a space.
                '.' => prev.is_ascii_digit() || prev.is_uppercase(),
                _ => true,
            };
            if !ok {
                break;
            }
            prev = c;
            j += cw;
        }
        out.push(Tok { span: Span::new(base + i, base + j), word: true });
        i = j;
    }
    out
}

/// The text of a token.
pub(crate) fn text_of<'a>(text: &'a str, t: &Tok) -> &'a str {
    t.span.slice(text).unwrap_or("")
}

/// True when the word starts with an upper-case letter.
pub(crate) fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True for an acronym of two or more capitals ("WTO", "NGOs", "U.S.").
pub(crate) fn acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Matches of a phrase lexicon over tokens, as token ranges `[first,
/// end)` with the pattern's value. The tokens are joined by single spaces
/// before matching, so a phrase matches across line breaks and runs of
/// spaces ("demand\nthat", "coalition of  more").
pub(crate) fn phrase_matches(matcher: &PhraseMatcher, text: &str, toks: &[Tok]) -> Vec<(usize, usize, &'static str)> {
    let mut joined = JoinedTokens::default();
    joined.join(text, toks);
    joined.matches(matcher, toks).collect()
}

/// Tokens joined by single spaces, with the offset of each token in the
/// joined text: the buffers are kept from one join to the next, so a
/// caller joining many windows of tokens allocates once, not per window.
#[derive(Debug, Default)]
pub(crate) struct JoinedTokens {
    pub(crate) joined: String,
    pub(crate) starts: Vec<usize>,
}

impl JoinedTokens {
    /// Join `toks` (replacing what was joined before). Tokens already one
    /// space apart in `text` (most of them) are copied as one run, not one
    /// by one.
    pub(crate) fn join(&mut self, text: &str, toks: &[Tok]) {
        let size = toks.first().zip(toks.last()).map_or(0, |(a, b)| b.span.end.saturating_sub(a.span.start));
        let (joined, starts) = (&mut self.joined, &mut self.starts);
        joined.clear();
        starts.clear();
        joined.reserve(size + toks.len());
        starts.reserve(toks.len());
        // The run of tokens being copied: where it starts in `text` and in
        // `joined`, and where its last token ends in `text`.
        let mut run: Option<(usize, usize, usize)> = None;
        for t in toks {
            match run {
                Some((from, at, end)) if text.as_bytes().get(end..t.span.start) == Some(b" ") => {
                    starts.push(at + (t.span.start - from));
                    run = Some((from, at, t.span.end));
                }
                _ => {
                    if let Some((from, _, end)) = run {
                        joined.push_str(text.get(from..end).unwrap_or(""));
                        joined.push(' ');
                    }
                    starts.push(joined.len());
                    run = Some((t.span.start, joined.len(), t.span.end));
                }
            }
        }
        if let Some((from, _, end)) = run {
            joined.push_str(text.get(from..end).unwrap_or(""));
        }
    }

    /// The matches of `matcher` in the tokens `toks` last joined, as token
    /// ranges (see [`phrase_matches`]).
    pub(crate) fn matches<'s>(
        &'s self,
        matcher: &'s PhraseMatcher,
        toks: &'s [Tok],
    ) -> impl Iterator<Item = (usize, usize, &'static str)> + 's {
        let starts = &self.starts;
        matcher.find_iter(&self.joined).filter_map(move |m| {
            let first = starts.partition_point(|&s| s < m.start);
            let end = starts.partition_point(|&s| s < m.end);
            // Only matches that start and end on token edges.
            let starts_ok = starts.get(first) == Some(&m.start);
            let ends_ok = end > first
                && starts.get(end - 1).zip(toks.get(end - 1)).is_some_and(|(&s, t)| s + t.span.len() == m.end);
            (starts_ok && ends_ok).then_some((first, end, m.value))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len())).iter().map(|t| text_of(text, t)).collect()
    }

    #[test]
    fn splits_words_and_marks() {
        assert_eq!(
            words("The U.S. co-signed 1,200 letters, don't."),
            ["The", "U.S", ".", "co-signed", "1,200", "letters", ",", "don't", "."]
        );
        assert_eq!(words("“Act now,” she said"), ["“", "Act", "now", ",", "”", "she", "said"]);
        assert_eq!(words("1.2 million; 김정은"), ["1.2", "million", ";", "김정은"]);
    }

    #[test]
    fn phrases_across_lines() {
        let m = PhraseMatcher::new(["demand that", "calls on"]);
        let text = "and demand\nthat our  rights; calls  on";
        let toks = tokens(text, Span::new(0, text.len()));
        let found: Vec<(usize, usize)> = phrase_matches(&m, text, &toks).into_iter().map(|(a, b, _)| (a, b)).collect();
        assert_eq!(found, [(1, 3), (6, 8)]);
    }

    #[test]
    fn joins_tokens_by_single_spaces() {
        // One buffer for all: each join replaces the one before.
        let mut buffer = JoinedTokens::default();
        for text in
            ["a  b\nc d", "", "a", "The U.S. co-signed 1,200 letters, don't.", "“Act now,” she said", "x é y", " lead"]
        {
            let toks = tokens(text, Span::new(0, text.len()));
            buffer.join(text, &toks);
            let (joined, starts) = (&buffer.joined, &buffer.starts);
            let want: Vec<&str> = toks.iter().map(|t| text_of(text, t)).collect();
            assert_eq!(*joined, want.join(" "), "{text:?}");
            for (t, &at) in toks.iter().zip(starts) {
                assert_eq!(joined.get(at..at + t.span.len()), Some(text_of(text, t)), "{text:?}");
            }
            assert_eq!(starts.len(), toks.len());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
        /// The tokens read with the ASCII shortcuts are those read a
        /// character at a time.
        #[test]
        fn tokens_as_read_a_character_at_a_time(s in "[a-zA-Z0-9 ,.'’&/_\\-é“”—\u{a0}\u{85}\u{b}\u{1c}\u{2028}\u{ac00}\n\t:;!?()]{0,80}") {
            let span = Span::new(0, s.len());
            proptest::prop_assert_eq!(tokens(&s, span), read_tokens::<false>(&s, span));
        }
    }

    #[test]
    fn odd_input() {
        assert!(words("").is_empty());
        assert_eq!(words("-'.,"), ["-", "'", ".", ","]);
        assert!(tokens("abc", Span::new(2, 9)).is_empty());
    }
}
