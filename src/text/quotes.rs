//! Quotation-mark pairs.
//!
//! Marks of every style are paired per block with a stack: “ ” ‘ ’ " ' « »
//! „ “ ‚ ‘ ‹ › 「 」 『 』. Whether a mark opens or closes is read from its
//! neighbours (space before and a letter after opens; a letter before and
//! space or punctuation after closes), so straight quotes, apostrophes
//! ("don't", "groups’ letter") and inch marks (12") are told apart. Only
//! top-level pairs are recorded; nested quotes stay inside their outer pair.
//! A double quote never closed ends at the end of its block. A block that
//! follows an unclosed quote and closes a quote it never opened continues
//! the quote (newswire convention); one that opens again is marked as a
//! continuation too.

use std::ops::Range;

use super::blocks::Block;
use crate::span::Span;

/// The bytes of every block where a quotation mark may start: `"`, `'`
/// and every lead byte from C2 on (the bytes the quote pass stops at),
/// found by the sentence pass's search ([`super::sentences`]).
#[derive(Debug, Default)]
pub(crate) struct QuoteMarks {
    /// Their offsets in the text, ascending.
    pub(crate) at: Vec<usize>,
    /// For each block, the range of `at` inside it.
    pub(crate) blocks: Vec<Range<usize>>,
}

impl QuoteMarks {
    /// Room for the marks of a text of `len` bytes in `blocks` blocks
    /// (one mark in 64 bytes is more than most releases hold: a few
    /// quotation marks and apostrophes, fewer characters from U+0080 on),
    /// so that they are rarely moved as they grow.
    pub(crate) fn with_capacity(len: usize, blocks: usize) -> Self {
        QuoteMarks { at: Vec::with_capacity(len / 64 + 16), blocks: Vec::with_capacity(blocks) }
    }

    /// The marks of block `index` (none when out of range).
    fn of_block(&self, index: usize) -> &[usize] {
        self.blocks.get(index).and_then(|r| self.at.get(r.clone())).unwrap_or(&[])
    }

    /// The marks found by searching each block anew, as the quote pass
    /// once did: the reference the sentence pass's marks are tested
    /// against.
    #[cfg(test)]
    pub(crate) fn by_search(text: &str, blocks: &[Block]) -> Self {
        let mut marks = QuoteMarks::default();
        for block in blocks {
            let first = marks.at.len();
            let bytes = text.as_bytes().get(block.span.start..block.span.end).unwrap_or(&[]);
            let mut i = 0;
            loop {
                i = crate::text::scan::find_any_or_from(bytes, i, [b'"', b'\''], 0xC2);
                if i >= bytes.len() {
                    break;
                }
                marks.at.push(block.span.start + i);
                i += 1;
            }
            marks.blocks.push(first..marks.at.len());
        }
        marks
    }
}

/// A top-level pair of quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotePair {
    /// The opening mark; `None` for a continuation block that closes a
    /// quote opened in the previous block without opening it again.
    pub open: Option<Span>,
    /// The closing mark; `None` when the quote runs to the end of its block.
    pub close: Option<Span>,
    /// What is between the marks, trimmed.
    pub inner: Span,
    /// Index of the block.
    pub block: usize,
    /// True when this quote continues an unclosed quote of the previous block.
    pub continued: bool,
    /// True for single quotation marks (‘ ’, ' ', ‚ ‘, ‹ ›).
    pub single: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// What a quotation mark does.
enum Act {
    Open(Family),
    Close(Family),
    None,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    /// Byte offset of the mark (absolute); `usize::MAX` for a virtual open.
    at: usize,
    ch: char,
    family: Family,
}

/// Every character that can open or close a quotation.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' | '"' | '‘' | '’' | '‚' | '‹' | '›' | '\'')
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => p.is_whitespace() || "([{<—–-/‘“„«‹'\"‚:".contains(p),
    }
}

fn is_closing_context(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) => n.is_whitespace() || ".,;:!?)]}>—–-…'\"’”»›*".contains(n),
    }
}

/// What a block's scan says beyond its pairs (written to the caller's list).
struct Scan {
    /// The block ended inside an unclosed top-level double quote.
    ended_open: bool,
    /// A virtual opening (continuation) was closed.
    virtual_closed: bool,
}

/// Pair the quotation marks of every block.
///
/// Each block's pairs are written straight to the list, and one stack is
/// reused for every block (no vectors made per block). A scan with a
/// virtual opening that closes none is dropped by cutting the list back to
/// where the block's pairs began, as if it had never run.
/// The places each block is read at are its `marks` (see [`QuoteMarks`]).
pub(crate) fn pair_quotes(text: &str, blocks: &mut [Block], marks: &QuoteMarks) -> Vec<QuotePair> {
    let mut out = Vec::new();
    let mut stack = Vec::new();
    let mut prev_open = false;
    for (bi, block) in blocks.iter_mut().enumerate() {
        let span = block.span;
        let first = out.len();
        let at = marks.of_block(bi);
        let mut scan = None;
        if prev_open && !starts_with_opening(text, span) {
            let s = scan_block(text, span, bi, true, at, &mut stack, &mut out);
            if s.virtual_closed {
                scan = Some(s);
            } else {
                out.truncate(first);
            }
        }
        let scan = scan.unwrap_or_else(|| scan_block(text, span, bi, false, at, &mut stack, &mut out));
        if prev_open {
            if let Some(first) = out.get_mut(first) {
                if first.open.is_none_or(|o| o.start == span.start) {
                    first.continued = true;
                }
            }
        }
        prev_open = scan.ended_open;
        block.quotes = first..out.len();
    }
    out
}

fn starts_with_opening(text: &str, span: Span) -> bool {
    text[span.start..span.end].starts_with(['“', '"', '„', '«', '‘', '\'', '「', '『'])
}

/// Pair the marks of one block, appending its pairs to `pairs`; `marks`
/// are the block's [`QuoteMarks`] (absolute offsets); `stack` is scratch
/// space (cleared first).
fn scan_block(
    text: &str,
    span: Span,
    block: usize,
    virtual_open: bool,
    marks: &[usize],
    stack: &mut Vec<Open>,
    pairs: &mut Vec<QuotePair>,
) -> Scan {
    let s = &text[span.start..span.end];
    stack.clear();
    if virtual_open {
        stack.push(Open { at: usize::MAX, ch: '“', family: Family::Double });
    }
    let mut virtual_closed = false;
    // Only the bytes that can start a quotation mark are looked at: '"',
    // '\'', and the lead bytes C2 (« »), E2 (the curly marks, ‹ ›) and E3
    // (「 」 『 』); every other ASCII byte is skipped without decoding. The
    // leads are found as any byte from C2 on (one vector compare, not
    // three): those are lead bytes only, and the characters the other leads
    // start (rare in a release) are decoded and passed over as no mark.
    // They were found by the sentence pass ([`QuoteMarks`]): the next of
    // them at or after `i` is where a search for those bytes from `i`
    // would stop, as the loop below once did.
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut next_mark = 0;
    loop {
        while marks.get(next_mark).is_some_and(|&m| m < span.start + i) {
            next_mark += 1;
        }
        i = marks.get(next_mark).map_or(bytes.len(), |&m| m - span.start);
        if i >= bytes.len() {
            break;
        }
        let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        let width = c.len_utf8();
        if !is_quote_mark(c) {
            i += width;
            continue;
        }
        let has_double = stack.iter().any(|o| o.family == Family::Double);
        let has_single = stack.iter().any(|o| o.family == Family::Single);
        // An apostrophe ("group’s", the commonest mark) or a closing
        // guillemet with no quote of its family open does nothing whatever
        // its neighbours (see the match below): skipped before they are read.
        if (matches!(c, '’' | '›') && !has_single) || (c == '»' && !has_double) {
            i += width;
            continue;
        }
        let prev = s.get(..i).and_then(|r| r.chars().next_back());
        let next = s.get(i + width..).and_then(|r| r.chars().next());
        let at = span.start + i;
        // Read from the neighbours only where a mark's rule asks (both are
        // pure tests, so asking later or not at all changes no answer).
        let opening = || is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace());
        let closing = || prev.is_some_and(|p| !p.is_whitespace()) && is_closing_context(next);
        let top_ch = stack.last().map(|o| o.ch);
        let act = match c {
            '“' => {
                if top_ch == Some('„') || (has_double && closing() && !opening()) {
                    Act::Close(Family::Double)
                } else {
                    Act::Open(Family::Double)
                }
            }
            '„' | '«' | '「' | '『' => Act::Open(Family::Double),
            '”' | '」' | '』' => {
                if has_double {
                    Act::Close(Family::Double)
                } else if opening() {
                    Act::Open(Family::Double)
                } else {
                    Act::None
                }
            }
            '»' => {
                if has_double {
                    Act::Close(Family::Double)
                } else {
                    Act::None
                }
            }
            '"' => {
                if has_double && (closing() || !opening()) {
                    Act::Close(Family::Double)
                } else if opening() {
                    Act::Open(Family::Double)
                } else {
                    Act::None
                }
            }
            '‘' | '‚' | '‹' => {
                if top_ch == Some('‚') || (has_single && closing() && !opening()) {
                    Act::Close(Family::Single)
                } else if opening() {
                    Act::Open(Family::Single)
                } else {
                    Act::None
                }
            }
            '’' | '›' => {
                if has_single && closing() {
                    Act::Close(Family::Single)
                } else {
                    Act::None
                }
            }
            '\'' => {
                let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                if alnum(prev) && alnum(next) {
                    Act::None
                } else if has_single && closing() {
                    Act::Close(Family::Single)
                } else if opening() && next.is_some_and(char::is_alphabetic) {
                    Act::Open(Family::Single)
                } else {
                    Act::None
                }
            }
            _ => Act::None,
        };
        match act {
            Act::Open(family) => stack.push(Open { at, ch: c, family }),
            Act::Close(family) => {
                if let Some(pos) = stack.iter().rposition(|o| o.family == family) {
                    let o = stack[pos];
                    stack.truncate(pos);
                    if pos == 0 {
                        let open_span = (o.at != usize::MAX).then(|| Span::new(o.at, o.at + o.ch.len_utf8()));
                        if o.at == usize::MAX {
                            virtual_closed = true;
                        }
                        let inner_start = open_span.map_or(span.start, |o| o.end);
                        pairs.push(QuotePair {
                            open: open_span,
                            close: Some(Span::new(at, at + c.len_utf8())),
                            inner: super::trim_span(text, Span::new(inner_start, at)),
                            block,
                            continued: false,
                            single: family == Family::Single,
                        });
                    }
                }
            }
            Act::None => {}
        }
        i += width;
    }
    let mut ended_open = false;
    if let Some(o) = stack.first() {
        if o.family == Family::Double && o.at != usize::MAX {
            let open_span = Span::new(o.at, o.at + o.ch.len_utf8());
            let inner = super::trim_span(text, Span::new(open_span.end, span.end));
            if !inner.is_empty() {
                pairs.push(QuotePair {
                    open: Some(open_span),
                    close: None,
                    inner,
                    block,
                    continued: false,
                    single: false,
                });
                ended_open = true;
            }
        }
    }
    Scan { ended_open, virtual_closed }
}

#[cfg(test)]
mod tests {
    use crate::text::TextModel;

    proptest::proptest! {
        /// The sentence pass finds the bytes a search of each block for
        /// the quote pass's bytes finds.
        #[test]
        fn sentence_pass_marks_as_the_search(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "B", " ", "\n", "\n\n", "\r\n", ".", "!", "?", "\"", "'", "“", "”", "‘", "’", "«", "»", "„",
                "é", "—", "•", "- ", "1. ", "(", "。", "「", "」", "\u{2029}", "\u{a0}", "  ", "don't", "U.S. ",
            ]),
            0..60,
        )) {
            let text: String = parts.concat();
            let lines = crate::text::lines::split_lines(&text);
            let mut blocks = crate::text::blocks::build_blocks(&text, &lines);
            let mut marks = super::QuoteMarks::default();
            let _ = crate::text::sentences::split_sentences(&text, &mut blocks, &mut marks);
            let want = super::QuoteMarks::by_search(&text, &blocks);
            proptest::prop_assert_eq!(&marks.at, &want.at);
            proptest::prop_assert_eq!(&marks.blocks, &want.blocks);
        }
    }

    fn inners(text: &str) -> Vec<String> {
        let m = TextModel::new(text);
        m.quotes.iter().map(|q| text[q.inner.start..q.inner.end].to_owned()).collect()
    }

    #[test]
    fn curly_and_nested() {
        let t = "“He presides over the ‘world’s biggest open prison,’” Adams said. “Act now.”";
        assert_eq!(inners(t), ["He presides over the ‘world’s biggest open prison,’", "Act now."]);
    }

    #[test]
    fn straight_quotes_and_apostrophes() {
        let t = "\"I don't know,\" she said. The 12\" pipe isn't a quote. 'Yes,' he said.";
        assert_eq!(inners(t), ["I don't know,", "Yes,"]);
    }

    #[test]
    fn german_french_cjk() {
        assert_eq!(inners("Er sagte: „Wir kommen.“ Gut."), ["Wir kommen."]);
        assert_eq!(inners("Elle a dit : « Nous partons » hier."), ["Nous partons"]);
        assert_eq!(inners("그는 「안녕」 했다"), ["안녕"]);
    }

    #[test]
    fn unclosed_runs_to_block_end() {
        let t = "She said “we will win\n\nNext paragraph.";
        assert_eq!(inners(t), ["we will win"]);
    }

    #[test]
    fn wrong_closing_mark() {
        let t = "billed as its most “open, transparent and inclusive process“ ever.";
        assert_eq!(inners(t), ["open, transparent and inclusive process"]);
    }

    #[test]
    fn continuation_without_opening_mark() {
        let t = "“The old rules. It’s about control.\n\nMost of “reform by doing” is unlawful.”\n\nAfter.";
        let m = TextModel::new(t);
        assert_eq!(m.quotes.len(), 2);
        assert!(m.quotes[1].continued);
        assert!(m.quotes[1].open.is_none());
        assert_eq!(&t[m.quotes[1].inner.start..m.quotes[1].inner.end], "Most of “reform by doing” is unlawful.");
    }

    #[test]
    fn continuation_with_opening_mark() {
        let t = "“First part,\n\n“Second part.”";
        let m = TextModel::new(t);
        assert_eq!(m.quotes.len(), 2);
        assert!(m.quotes[1].continued);
    }

    #[test]
    fn odd_marks_never_panic() {
        for t in ["“", "”", "\"", "'", "‘’", "“”", "a\"b\"c", "«»«", "„"] {
            let _ = TextModel::new(t);
        }
    }
}
