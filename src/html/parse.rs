//! HTML to derived text, with a map back to the source.
//!
//! The page is parsed by html5ever (through `scraper`), which decodes
//! character references and repairs malformed markup as browsers do. The
//! main content (see [`super::content`]) is then written out as plain text
//! in the shape the text model reads: one block per line, blocks separated
//! by a blank line. Block elements (`p`, `div`, `h1`–`h6`, `li`,
//! `blockquote`, `tr`, `figcaption`, `br`, …) start new blocks; a list item
//! starts with "• "; whitespace runs (including no-break spaces) become one
//! space, except inside `<pre>`, where a line break stays a line break and a
//! blank line ends the block; table cells in a row are separated by a space.
//!
//! Every run of derived text copied from a text node is recorded in the
//! [`SourceMap`] with the source bytes it came from, found by the
//! [`Aligner`] (html5ever keeps no positions; see [`super::align`]).

use scraper::{ElementRef, Html, Node};

use super::align::{Aligner, Piece, RAW_TEXT};
use super::content::{self, Selection};
use super::map::SourceMap;
use crate::span::Span;

/// Elements that start and end a block.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "html",
];
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// What the structure of the page says about a stretch of derived text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hint {
    /// An `<h1>`–`<h6>`.
    Heading,
    /// A `<figcaption>` (or `<caption>` of a figure-like table).
    Caption,
}

/// The derived text and what goes with it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Derived {
    pub text: String,
    pub map: SourceMap,
    pub hints: Vec<(Span, Hint)>,
}

/// What to do when an element closes.
#[derive(Debug, Clone, Copy)]
enum Close {
    Nothing,
    Block,
    ListItem,
    Cell,
    Pre,
    Hint(Hint, usize),
}

#[derive(Debug, Default)]
struct Writer {
    out: Derived,
    /// The current block has text.
    in_block: bool,
    /// Whitespace was seen since the last character written.
    space: bool,
    /// A list bullet waits for the item's first text.
    bullet: bool,
    /// Depth of `<pre>` elements: there line breaks are kept.
    pre: usize,
    /// Line breaks seen since the last character written (inside `<pre>`).
    newlines: u8,
}

impl Writer {
    fn boundary(&mut self) {
        self.in_block = false;
        self.space = false;
        self.newlines = 0;
    }

    /// Write one text node (`pieces` locate it in the source).
    fn text(&mut self, t: &str, pieces: Option<&[Piece]>) {
        let mut run_start = None;
        for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            let ws = c.is_whitespace();
            match (ws, run_start) {
                (true, Some(s)) => {
                    self.run(t, s..i, pieces);
                    run_start = None;
                    self.space = true;
                }
                (true, None) => self.space = true,
                (false, None) => run_start = Some(i),
                (false, Some(_)) => {}
            }
            if c == '\n' && self.pre > 0 && i < t.len() {
                self.newlines = self.newlines.saturating_add(1);
            }
        }
        // The sentinel space at the end is not a real one.
        if !t.ends_with(char::is_whitespace) {
            self.space = false;
        }
    }

    /// Write the non-space run `t[range]`.
    fn run(&mut self, t: &str, range: std::ops::Range<usize>, pieces: Option<&[Piece]>) {
        let out = &mut self.out;
        if self.in_block && self.newlines >= 2 {
            // A blank line inside <pre> ends the block.
            self.in_block = false;
        }
        if self.in_block {
            if self.newlines == 1 {
                out.text.push('\n');
            } else if self.space {
                out.text.push(' ');
            }
        } else {
            if !out.text.is_empty() {
                out.text.push_str("\n\n");
            }
            if self.bullet {
                out.text.push_str("• ");
                self.bullet = false;
            }
            self.in_block = true;
        }
        self.space = false;
        self.newlines = 0;
        let base = out.text.len();
        out.text.push_str(&t[range.clone()]);
        let Some(pieces) = pieces else { return };
        let derived = |x: usize| base + x - range.start;
        let first = pieces.partition_point(|p| p.node.end <= range.start);
        for p in pieces.get(first..).unwrap_or(&[]).iter().take_while(|p| p.node.start < range.end) {
            let lo = p.node.start.max(range.start);
            let hi = p.node.end.min(range.end);
            if p.exact {
                let s = p.src.start + (lo - p.node.start);
                out.map.push(Span::new(derived(lo), derived(hi)), Span::new(s, s + (hi - lo)), true);
            } else {
                out.map.push(Span::new(derived(lo), derived(hi)), Span::new(p.src.start, p.src.end), false);
            }
        }
    }

    fn open(&mut self, name: &str) -> Close {
        if name == "br" || name == "hr" {
            self.boundary();
            return Close::Nothing;
        }
        if name == "td" || name == "th" {
            self.space = true;
            return Close::Cell;
        }
        if name == "pre" {
            self.boundary();
            self.pre += 1;
            return Close::Pre;
        }
        if !BLOCKS.contains(&name) {
            return Close::Nothing;
        }
        self.boundary();
        if name == "li" {
            self.bullet = true;
            return Close::ListItem;
        }
        if HEADINGS.contains(&name) {
            return Close::Hint(Hint::Heading, self.out.text.len());
        }
        if name == "figcaption" {
            return Close::Hint(Hint::Caption, self.out.text.len());
        }
        Close::Block
    }

    fn close(&mut self, action: Close) {
        match action {
            Close::Nothing => {}
            Close::Cell => self.space = true,
            Close::Block => self.boundary(),
            Close::Pre => {
                self.boundary();
                self.pre = self.pre.saturating_sub(1);
            }
            Close::ListItem => {
                self.boundary();
                self.bullet = false;
            }
            Close::Hint(hint, from) => {
                self.boundary();
                let text = &self.out.text;
                let s = text.get(from..).unwrap_or("");
                let start = from + (s.len() - s.trim_start().len());
                if start < text.len() {
                    self.out.hints.push((Span::new(start, text.len()), hint));
                }
            }
        }
    }
}

/// Derive the text of `doc`'s main content from `source`, the markup it was
/// parsed from.
pub(crate) fn derive(doc: &Html, source: &str, selection: &Selection<'_>) -> Derived {
    let mut aligner = Aligner::new(source);
    let mut w = Writer::default();
    let root_id = selection.root.map(|r| r.id());
    let title_id = selection.title.map(|r| r.id());
    // (children, what to do on close, emitting before this element)
    let mut stack = vec![(doc.tree.root().children(), Close::Nothing, false)];
    let mut emitting = false;
    let mut link_budget = source.len().saturating_mul(2) + 10_000;
    while let Some((iter, _, _)) = stack.last_mut() {
        let Some(child) = iter.next() else {
            if let Some((_, action, before)) = stack.pop() {
                if emitting {
                    w.close(action);
                }
                emitting = before;
            }
            continue;
        };
        match child.value() {
            Node::Text(t) => {
                let t: &str = t;
                let pieces = if t.trim().is_empty() { None } else { aligner.align(t) };
                if emitting {
                    w.text(t, pieces.as_deref());
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if RAW_TEXT.contains(&name) || name == "title" || name == "textarea" {
                    continue;
                }
                let id = Some(child.id());
                let now = if id == root_id || id == title_id {
                    true
                } else {
                    emitting
                        && ElementRef::wrap(child)
                            .is_some_and(|el| !content::left_out(el, selection.strict, &mut link_budget))
                };
                let action = if now { w.open(name) } else { Close::Nothing };
                if now && !emitting {
                    w.boundary();
                }
                stack.push((child.children(), action, emitting));
                emitting = now;
            }
            _ => {}
        }
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn derive_str(html: &str) -> Derived {
        let doc = Html::parse_document(html);
        let sel = content::select(&doc);
        derive(&doc, html, &sel)
    }

    #[test]
    fn blocks_bullets_and_spaces() {
        let d = derive_str(
            "<article><h1>Title  here</h1><p>One\n  <b>bold</b>&nbsp;text.</p><ul><li>first</li><li><p>second</p></li></ul><p>a<br>b</p></article>",
        );
        assert_eq!(d.text, "Title here\n\nOne bold text.\n\n• first\n\n• second\n\na\n\nb");
        assert_eq!(d.hints, [(Span::new(0, 10), Hint::Heading)]);
    }

    #[test]
    fn pre_keeps_lines() {
        let d = derive_str("<pre>NEW YORK, May 6 /PRNewswire/ -- Acme today\nannounced results.\n\n  \"We grew,\" said Ann Lee.\n</pre>");
        assert_eq!(
            d.text,
            "NEW YORK, May 6 /PRNewswire/ -- Acme today\nannounced results.\n\n\"We grew,\" said Ann Lee."
        );
    }

    #[test]
    fn map_points_at_source() {
        let html = "<html><body><nav>Home</nav><article><p>“Yes,” she said. It&rsquo;s <i>done</i>.</p></article></body></html>";
        let d = derive_str(html);
        assert_eq!(d.text, "“Yes,” she said. It’s done.");
        for word in ["Yes", "she said", "done", "It’s"] {
            let at = d.text.find(word).expect("mapped");
            let src = d.map.source_span(Span::new(at, at + word.len())).expect("mapped");
            let got = &html[src.start..src.end];
            assert!(got == word || got == "It&rsquo;s", "{word}: {got}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for html in ["", "plain text, no markup", "<", "<p", "</p></p>", "<table><td>x<p>y</table>z", "&", "<li>• x"]
        {
            let _ = derive_str(html);
        }
    }
}
