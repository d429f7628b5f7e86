//! [`SourceMap`]: from byte spans of the derived text back to byte spans of
//! the HTML source.

use crate::span::Span;

/// One run of derived text copied from one source text node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapEntry {
    /// Bytes of the derived text.
    pub derived: Span,
    /// Bytes of the HTML source they came from.
    pub source: Span,
    /// True when both ranges hold the same bytes, so that any offset inside
    /// maps one to one; false for a character reference (`&rsquo;`) or a
    /// `\r\n`, which map as a whole.
    pub exact: bool,
}

/// Maps spans of the text derived from an HTML page to spans of the page's
/// source. Built by [`super::HtmlDocument::parse`].
///
/// Text that the derivation added (list bullets, the blank lines between
/// blocks, a space standing for a run of whitespace) maps to nothing; a
/// span that starts or ends there is narrowed to the copied text it covers.
///
/// ```
/// use pressparse::{html::HtmlDocument, Span};
/// let html = "<p>Ann said &ldquo;yes&rdquo;.</p>";
/// let page = HtmlDocument::parse(html);
/// let at = page.text.find("yes").unwrap();
/// let src = page.source_span(Span::new(at, at + 3)).unwrap();
/// assert_eq!(&html[src.start..src.end], "yes");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    entries: Vec<MapEntry>,
}

impl SourceMap {
    /// Add an entry; entries come in derived-text order. Adjacent exact
    /// entries that continue each other are merged.
    pub(crate) fn push(&mut self, derived: Span, source: Span, exact: bool) {
        if derived.is_empty() {
            return;
        }
        if let Some(last) = self.entries.last_mut() {
            if exact && last.exact && last.derived.end == derived.start && last.source.end == source.start {
                last.derived.end = derived.end;
                last.source.end = source.end;
                return;
            }
        }
        self.entries.push(MapEntry { derived, source, exact });
    }

    /// The entries, in derived-text order.
    pub fn entries(&self) -> &[MapEntry] {
        &self.entries
    }

    /// The source span of a derived span: from where its first mapped byte
    /// came from to where its last mapped byte came from. `None` when no
    /// byte of the span was copied from the source.
    pub fn source_span(&self, derived: Span) -> Option<Span> {
        if derived.is_empty() {
            return None;
        }
        // The first entry that ends after the span starts.
        let first = self.entries.partition_point(|e| e.derived.end <= derived.start);
        let head = self.entries.get(first).filter(|e| e.derived.start < derived.end)?;
        // The last entry that starts before the span ends.
        let last = self.entries.partition_point(|e| e.derived.start < derived.end).checked_sub(1)?;
        let tail = self.entries.get(last)?;
        let start = if head.exact && derived.start > head.derived.start {
            head.source.start + (derived.start - head.derived.start)
        } else {
            head.source.start
        };
        let end = if tail.exact && derived.end < tail.derived.end {
            tail.source.start + (derived.end - tail.derived.start)
        } else {
            tail.source.end
        };
        Some(Span::new(start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_inside_and_across_entries() {
        let mut m = SourceMap::default();
        m.push(Span::new(0, 5), Span::new(10, 15), true);
        m.push(Span::new(5, 8), Span::new(15, 22), false); // "’" from "&rsquo;"
        m.push(Span::new(8, 10), Span::new(22, 24), true);
        m.push(Span::new(12, 16), Span::new(40, 44), true);
        assert_eq!(m.source_span(Span::new(1, 3)), Some(Span::new(11, 13)));
        assert_eq!(m.source_span(Span::new(6, 9)), Some(Span::new(15, 23)));
        // Starts in a gap (added text): narrowed to the copied text.
        assert_eq!(m.source_span(Span::new(10, 14)), Some(Span::new(40, 42)));
        assert_eq!(m.source_span(Span::new(10, 12)), None);
        assert_eq!(m.source_span(Span::new(50, 60)), None);
        assert_eq!(m.source_span(Span::new(3, 3)), None);
    }

    #[test]
    fn merges_continuing_entries() {
        let mut m = SourceMap::default();
        m.push(Span::new(0, 2), Span::new(0, 2), true);
        m.push(Span::new(2, 4), Span::new(2, 4), true);
        assert_eq!(m.entries().len(), 1);
    }
}
