//! The text model: the input read once into lines, blocks (paragraphs,
//! headings, list items), sentences, quotation-mark pairs and boilerplate
//! flags. Every extractor reads this model; none rescans the raw text.
//!
//! All offsets are byte offsets into the caller's text, unchanged: line
//! endings (`\n`, `\r\n`, `\r`) are recognised where they are, so nothing
//! is copied or shifted.
//!
//! ```
//! use pressparse::text::{TextModel, BlockKind};
//! let text = "Title\n\n“Hello,” she said. “Bye.”\n\n• first item\n• second item\n";
//! let model = TextModel::new(text);
//! let kinds: Vec<_> = model.blocks.iter().map(|b| b.kind).collect();
//! assert_eq!(kinds, [BlockKind::Heading, BlockKind::Paragraph, BlockKind::ListItem, BlockKind::ListItem]);
//! assert_eq!(model.block_text(&model.blocks[2]), "first item");
//! assert_eq!(model.quotes.len(), 2);
//! assert_eq!(model.sentences_in(&model.blocks[1]).len(), 2);
//! ```

mod blocks;
pub mod boilerplate;
pub(crate) mod dateline;
mod lines;
mod quotes;
pub(crate) mod scan;
mod sentence_bounds;
mod sentences;
pub(crate) mod tokens;
pub(crate) mod word_bits;

pub use blocks::{Block, BlockKind};
pub use lines::Line;
pub use quotes::QuotePair;
pub use sentences::Sentence;

use std::sync::OnceLock;

use std::borrow::Cow;

use crate::lexicon::hits::LexiconHits;
use crate::lexicon::speech::CUE_INDEX;
use crate::span::Span;
use tokens::Tok;
use word_bits::{Underscore, WordBits};

/// The shared reading of one input text.
#[derive(Debug, Clone)]
pub struct TextModel<'a> {
    /// The input, exactly as given.
    pub text: &'a str,
    /// Every physical line (content without its terminator).
    pub lines: Vec<Line>,
    /// Paragraphs, headings and list items, in order.
    pub blocks: Vec<Block>,
    /// Sentences, in order; each belongs to one block.
    pub sentences: Vec<Sentence>,
    /// Top-level quotation-mark pairs, in order; each belongs to one block.
    /// Nested quotes stay inside their outer pair and are not listed.
    pub quotes: Vec<QuotePair>,
    /// The tokens of each sentence, made on first use and shared by every
    /// extractor that reads words (demands, signatory counts).
    sentence_tokens: Vec<OnceLock<Vec<Tok>>>,
    /// Every occurrence of the lexicons the extractors look for in running
    /// text (date phrases, demand-cue anchors, signatory unit heads,
    /// English number words, disclaimer phrases) and the words starting
    /// with a digit, found in one pass on first use.
    lexicon_hits: OnceLock<LexiconHits>,
    /// The word characters of the text (`_` a separator), made on first
    /// use and read by both word walks over the whole text: the lexicon
    /// hits and the quote pass's speech cues.
    word_bits: OnceLock<WordBits>,
}

impl<'a> TextModel<'a> {
    /// Read `text` into the model. Linear in the length of the text.
    pub fn new(text: &'a str) -> Self {
        let lines = lines::split_lines(text);
        let mut blocks = blocks::build_blocks(text, &lines);
        let mut quote_marks = quotes::QuoteMarks::with_capacity(text.len(), blocks.len());
        let sentences = sentences::split_sentences(text, &mut blocks, &mut quote_marks);
        let quotes = quotes::pair_quotes(text, &mut blocks, &quote_marks);
        let sentence_tokens = sentences.iter().map(|_| OnceLock::new()).collect();
        let mut model = TextModel {
            text,
            lines,
            blocks,
            sentences,
            quotes,
            sentence_tokens,
            lexicon_hits: OnceLock::new(),
            word_bits: OnceLock::new(),
        };
        boilerplate::mark(&mut model);
        model
    }

    /// The tokens (words and punctuation marks) of sentence `index`, made
    /// on first use and kept, so that every extractor reading words shares
    /// one tokenisation (empty for an index out of range).
    pub(crate) fn sentence_tokens(&self, index: usize) -> &[Tok] {
        match (self.sentence_tokens.get(index), self.sentences.get(index)) {
            (Some(cell), Some(s)) => cell.get_or_init(|| tokens::tokens(self.text, s.span)),
            _ => &[],
        }
    }

    /// Every occurrence in the text of the lexicons that extractors look
    /// for in running text, found by one automaton on first use and shared
    /// (see [`crate::lexicon::hits`]).
    pub(crate) fn lexicon_hits(&self) -> &LexiconHits {
        self.lexicon_hits.get_or_init(|| self.find_lexicon_hits())
    }

    /// The word bits of the whole text, with `_` a word character or not,
    /// made once (with `_` a separator) and shared: both readings are the
    /// same bits when the text holds no `_` (most texts), and otherwise
    /// differ at the `_` alone.
    pub(crate) fn word_bits(&self, underscore: Underscore) -> Cow<'_, WordBits> {
        let shared = self.word_bits.get_or_init(|| WordBits::new(self.text, Underscore::Separator));
        if underscore == Underscore::Separator || !self.holds_underscore() {
            Cow::Borrowed(shared)
        } else {
            Cow::Owned(shared.with_underscores(self.text))
        }
    }

    /// Find the lexicon hits again (as the first extractor asking does,
    /// without keeping them) and return how many there are; for timing the
    /// one pass on its own (`examples/profile.rs`).
    #[doc(hidden)]
    pub fn count_lexicon_hits(&self) -> usize {
        let h = self.find_lexicon_hits();
        h.dates.len() + h.cue_anchors.len() + h.unit_heads.len() + h.english_numbers.len()
    }

    /// The lexicon hits of the text, found anew.
    fn find_lexicon_hits(&self) -> LexiconHits {
        // Extractors ask about blocks and sentences: their first words
        // count even where a letter precedes them.
        let starts = merged(self.blocks.iter().map(|b| b.span.start), self.sentences.iter().map(|s| s.span.start));
        // The speech cues are scanned in the same walk where both read the
        // same words (no `_` in the text).
        let cues = (!self.holds_underscore()).then(|| &*CUE_INDEX);
        LexiconHits::find_with(self.text, &starts, &self.word_bits(Underscore::Separator), cues)
    }

    /// Make the tokens of every sentence now (as the extractors reading
    /// words would on first use) and return how many there are; for
    /// timing the tokenizer on its own (`examples/profile.rs`).
    #[doc(hidden)]
    pub fn tokenize_all(&self) -> usize {
        (0..self.sentences.len()).map(|i| self.sentence_tokens(i).len()).sum()
    }

    /// True when the text holds a `_` (searched with `memchr`'s vector
    /// search; the standard library's `contains` reads a word at a time).
    fn holds_underscore(&self) -> bool {
        memchr::memchr(b'_', self.text.as_bytes()).is_some()
    }

    /// The text a byte span covers ("" when out of range).
    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text).unwrap_or("")
    }

    /// The content of a block (list marker excluded).
    pub fn block_text(&self, block: &Block) -> &'a str {
        self.slice(block.span)
    }

    /// The sentences of a block.
    pub fn sentences_in(&self, block: &Block) -> &[Sentence] {
        self.sentences.get(block.sentences.clone()).unwrap_or(&[])
    }

    /// The top-level quotation pairs of a block.
    pub fn quotes_in(&self, block: &Block) -> &[QuotePair] {
        self.quotes.get(block.quotes.clone()).unwrap_or(&[])
    }

    /// Index of the block containing byte offset `at`, if any.
    pub fn block_at(&self, at: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.span.end < at);
        (i < self.blocks.len() && self.blocks[i].span.start <= at).then_some(i)
    }

    /// Index of the sentence containing byte offset `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        (i < self.sentences.len() && self.sentences[i].span.start <= at).then_some(i)
    }

    /// True when the byte span lies in a block flagged as boilerplate.
    pub fn in_boilerplate(&self, span: Span) -> bool {
        self.block_at(span.start).is_some_and(|i| self.blocks[i].boilerplate)
    }

    /// The first block after block `index` that belongs to the release,
    /// with its index. Starts at `index + 1`, so calling it for every block
    /// stays linear.
    pub fn next_content_block(&self, index: usize) -> Option<(usize, &Block)> {
        self.blocks.iter().enumerate().skip(index.saturating_add(1)).find(|(_, b)| !b.boilerplate)
    }

    /// Blocks that belong to the release (not boilerplate), with their index.
    pub fn content_blocks(&self) -> impl Iterator<Item = (usize, &Block)> {
        self.blocks.iter().enumerate().filter(|(_, b)| !b.boilerplate)
    }
}

/// Trim whitespace from both ends of a byte span of `text`.
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text).unwrap_or("");
    let start = span.start + scan::leading_space(s);
    let end = span.start + scan::trimmed_end(s);
    Span::new(start, end.max(start))
}

/// The values of two ascending sequences (block starts, sentence starts)
/// in one ascending `Vec`: merged in one pass, then sorted only if an
/// input was not in order after all.
fn merged(a: impl Iterator<Item = usize>, b: impl Iterator<Item = usize>) -> Vec<usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    let mut out = Vec::with_capacity(a.size_hint().0 + b.size_hint().0);
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(&x), Some(&y)) => x <= y,
            (x, _) => x.is_some(),
        };
        let next = if take_a { a.next() } else { b.next() };
        match next {
            Some(v) => out.push(v),
            None => break,
        }
    }
    if !out.is_sorted() {
        out.sort_unstable();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn merged_is_the_sorted_concatenation(mut a in prop::collection::vec(0usize..50, 0..12), b in prop::collection::vec(0usize..50, 0..12), sort_a in any::<bool>()) {
            if sort_a {
                a.sort_unstable();
            }
            let mut b = b;
            b.sort_unstable();
            let mut all: Vec<usize> = a.iter().chain(&b).copied().collect();
            all.sort_unstable();
            prop_assert_eq!(merged(a.into_iter(), b.into_iter()), all);
        }
    }
}
