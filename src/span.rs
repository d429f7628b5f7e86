//! Byte spans and the one converter from byte offsets to code-point offsets.
//!
//! The core works in byte offsets (cheap to slice a `&str`). JSON output and
//! the Python binding use code-point offsets so that `text[start:end]` in
//! Python returns the record's text. Every conversion goes through
//! [`OffsetConverter`].

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of offsets into the input text.
///
/// In Rust the offsets are bytes; after [`crate::Document::to_char_offsets`]
/// (and in JSON and Python) they are code points.
///
/// ```
/// use pressparse::Span;
/// let text = "said Brad Adams";
/// let span = Span::new(5, 15);
/// assert_eq!(span.slice(text), Some("Brad Adams"));
/// assert_eq!(span.len(), 10);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First offset inside the span.
    pub start: usize,
    /// First offset after the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped to be at least `start`.
    pub const fn new(start: usize, end: usize) -> Self {
        let end = if end < start { start } else { end };
        Span { start, end }
    }

    /// Length in offsets.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one offset.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text a byte span covers, or `None` when it is out of range or
    /// not on character boundaries.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span::new(start, end))
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// Maps byte offsets of one text to code-point offsets.
///
/// Built once per text in linear time; each lookup is a binary search over
/// the non-ASCII characters only, so ASCII-heavy text costs almost nothing.
///
/// ```
/// use pressparse::OffsetConverter;
/// let text = "Türk said";
/// let conv = OffsetConverter::new(text);
/// assert_eq!(conv.to_char(5), 4); // the byte after "Türk" is code point 4
/// assert_eq!(conv.to_char(text.len()), 9);
/// ```
#[derive(Debug, Clone)]
pub struct OffsetConverter {
    /// Byte offset of every multi-byte character, with the number of extra
    /// bytes seen up to and including it.
    wide: Vec<(usize, usize)>,
}

impl OffsetConverter {
    /// Index the multi-byte characters of `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    wide.push((i, extra));
                }
            }
        }
        OffsetConverter { wide }
    }

    /// The code-point offset of byte offset `byte` (which should be on a
    /// character boundary; inside a character it maps to that character).
    pub fn to_char(&self, byte: usize) -> usize {
        // Characters that start strictly before `byte` contribute their extra bytes.
        let idx = self.wide.partition_point(|&(b, _)| b < byte);
        if idx == 0 {
            byte
        } else {
            byte - self.wide[idx - 1].1
        }
    }

    /// Convert a byte span to a code-point span.
    pub fn span(&self, span: Span) -> Span {
        Span::new(self.to_char(span.start), self.to_char(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_mixed_text() {
        let text = "a“b”c 김정은 d";
        let conv = OffsetConverter::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(conv.to_char(bi), ci);
        }
        assert_eq!(conv.to_char(text.len()), text.chars().count());
    }

    #[test]
    fn span_helpers() {
        let s = Span::new(3, 1);
        assert!(s.is_empty());
        assert!(Span::new(0, 10).contains(Span::new(2, 4)));
        assert!(Span::new(0, 3).overlaps(Span::new(2, 4)));
        assert!(!Span::new(0, 2).overlaps(Span::new(2, 4)));
    }
}
