//! Sentences: Unicode sentence boundaries (UAX #29, via
//! `unicode-segmentation`, run only around possible terminators; see
//! [`super::sentence_bounds`]) within each block, with line breaks inside a
//! block read as spaces, and boundaries after abbreviations ("Sen.",
//! "Dr.", "D-N.Y.", "No.", "Jan.") and initials ("Diana D. Bertocci")
//! removed.

use super::blocks::Block;
use super::quotes::QuoteMarks;
use super::scan::find_any;
use super::sentence_bounds::piece_starts_in_line_marking_quotes;
use crate::lexicon::{ABBREVIATIONS, SENTENCE_OPENERS, WEAK_ABBREVIATIONS};
use crate::span::Span;

/// One sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, trimmed.
    pub span: Span,
    /// Index of its block.
    pub block: usize,
}

/// Split every block into sentences and record each block's range; the
/// bytes where a quotation mark may start are found in the same search and
/// written to `quote_marks` (for [`super::quotes::pair_quotes`]).
pub(crate) fn split_sentences(text: &str, blocks: &mut [Block], quote_marks: &mut QuoteMarks) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(blocks.len() * 2);
    let mut flat = String::new();
    // Scratch buffers reused across blocks.
    let (mut triggers, mut starts) = (Vec::new(), Vec::new());
    for (bi, block) in blocks.iter_mut().enumerate() {
        let first = out.len();
        let s = &text[block.span.start..block.span.end];
        // Line breaks would end sentences under UAX #29; read them as spaces
        // (same byte length, so offsets are unchanged).
        // (Byte searches: both are ASCII, so every cut is a char boundary.)
        // A block on one line lies inside that line's content, which holds
        // no line break: only a block on several lines is searched.
        let first_break = if block.lines.len() <= 1 { s.len() } else { find_any(s.as_bytes(), 0, [b'\n', b'\r']) };
        let src: &str = if first_break < s.len() {
            flat.clear();
            let mut from = 0;
            let mut at = first_break;
            while at < s.len() {
                flat.push_str(s.get(from..at).unwrap_or(""));
                flat.push(' ');
                from = at + 1;
                at = find_any(s.as_bytes(), from, [b'\n', b'\r']);
            }
            flat.push_str(s.get(from..).unwrap_or(""));
            &flat
        } else {
            s
        };
        let mut pending: Option<(usize, usize)> = None;
        // (`src` holds no line break: see above.)
        // (`src` holds the block's bytes at the same offsets, but for line
        // breaks read as spaces: the quote marks are the block's.)
        let first_mark = quote_marks.at.len();
        piece_starts_in_line_marking_quotes(src, &mut triggers, &mut starts, &mut quote_marks.at, block.span.start);
        quote_marks.blocks.push(first_mark..quote_marks.at.len());
        // The pieces UAX #29 cuts `src` into (none when it is empty).
        let cuts = std::iter::once(0).chain(starts.iter().copied());
        let ends = starts.iter().copied().chain(std::iter::once(src.len()));
        for (start, end) in cuts.zip(ends).filter(|_| !src.is_empty()) {
            pending = match pending {
                Some((ps, pe)) if !ends_sentence(&src[ps..pe], &src[start..end]) => Some((ps, end)),
                Some((ps, pe)) => {
                    push(text, &mut out, block.span.start + ps, block.span.start + pe, bi);
                    Some((start, end))
                }
                None => Some((start, end)),
            };
        }
        if let Some((ps, pe)) = pending {
            push(text, &mut out, block.span.start + ps, block.span.start + pe, bi);
        }
        block.sentences = first..out.len();
    }
    out
}

fn push(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize, block: usize) {
    let span = super::trim_span(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(Sentence { span, block });
    }
}

/// Does the boundary between `prev` and `next` really end a sentence?
fn ends_sentence(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    // (`next` without its leading spaces, trimmed once for every test.)
    let after = next.trim_start();
    let Some(stem) = p.strip_suffix('.') else {
        // UAX #29 also breaks after "?" and "!" followed by a lower-case word
        // only rarely; keep its decision.
        return !after.starts_with(|c: char| c.is_lowercase());
    };
    let word = last_word(stem);
    let next_starts_lower = after.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    if next_starts_lower {
        return false;
    }
    if after.starts_with(['(', '[']) && (ABBREVIATIONS.contains(word) || word.chars().count() == 1) {
        // "Joseph R. Biden, Jr. (D-DE) issued …": a bracket after an
        // abbreviation continues the sentence.
        return false;
    }
    if !after.starts_with(char::is_alphanumeric) {
        // A new quotation or bracket opens: the sentence really ended. Other
        // punctuation ("Inc./Champion") continues it.
        return after.starts_with(['“', '"', '‘', '\'', '«', '„', '(', '[', '—', '–', '•']);
    }
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        // An initial ("Diana D. Bertocci").
        return false;
    }
    if ABBREVIATIONS.contains(word) {
        return false;
    }
    if WEAK_ABBREVIATIONS.contains(word) {
        // The word that opens `next` (its letters and digits).
        let end = after.char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(after.len(), |(i, _)| i);
        return SENTENCE_OPENERS.contains(after.get(..end).unwrap_or(""));
    }
    true
}

/// Whether `c` ends the word before a full stop.
fn separates(c: char) -> bool {
    c.is_whitespace() || c == '(' || c == '“' || c == '"'
}

/// The word before a full stop: what follows the last separator of `stem`
/// (`stem.rsplit(separates).next()`). Read back over bytes while they are
/// ASCII (where `separates` is a test of the byte); at a non-ASCII byte
/// the characters are split as before.
fn last_word(stem: &str) -> &str {
    let bytes = stem.as_bytes();
    let mut j = bytes.len();
    while let Some(&c) = j.checked_sub(1).and_then(|k| bytes.get(k)) {
        if !c.is_ascii() {
            return stem.rsplit(separates).next().unwrap_or("");
        }
        if separates(char::from(c)) {
            break;
        }
        j -= 1;
    }
    stem.get(j..).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::{last_word, separates};

    proptest::proptest! {
        #[test]
        fn last_word_as_rsplit(stem in "[a-zA-Z.( \t\u{b}\u{a0}\u{2003}“\"é’-]{0,12}") {
            proptest::prop_assert_eq!(last_word(&stem), stem.rsplit(separates).next().unwrap_or(""));
        }
    }

    use crate::text::TextModel;

    fn sentences(text: &str) -> Vec<&str> {
        let m = TextModel::new(text);
        m.sentences.iter().map(|s| &text[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let got = sentences("Sen. Jane Doe (D-N.Y.) spoke. Dr. Smith agreed on Jan. 5 with No. 10. The end.");
        assert_eq!(got, ["Sen. Jane Doe (D-N.Y.) spoke.", "Dr. Smith agreed on Jan. 5 with No. 10.", "The end."]);
    }

    #[test]
    fn initials_and_us() {
        let got = sentences(
            "Diana D. Bertocci-Aliffi left the U.S. Department of Justice. She is in the U.S. The case ended.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn wrapped_lines_do_not_break() {
        let got = sentences("Civil\nsociety highlighted that the texts\nare biased. Next one.");
        assert_eq!(got.len(), 2);
        let got = sentences("Civil\r\nsociety, in Zürich,\r\nagreed. Next\rone.");
        assert_eq!(got, ["Civil\r\nsociety, in Zürich,\r\nagreed.", "Next\rone."]);
    }

    #[test]
    fn slash_after_abbreviation() {
        let got = sentences("The Imperial Oil Company Inc./Champion Chemical Company site in N.J. is clean. Next.");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn bracket_after_abbreviation() {
        let got = sentences("Joseph R. Biden, Jr. (D-DE) issued a statement. It was short.");
        assert_eq!(got, ["Joseph R. Biden, Jr. (D-DE) issued a statement.", "It was short."]);
    }

    #[test]
    fn quotes_with_attribution() {
        let got = sentences("“A,” said X. “B.”");
        assert_eq!(got, ["“A,” said X.", "“B.”"]);
    }
}
