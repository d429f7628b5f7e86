//! HTML input (feature `html`): a press-release web page turned into plain
//! text in the shape the [text model](crate::text) reads, the same
//! extraction run on that text, and a map from the text back to the page's
//! source.
//!
//! ```
//! let html = r#"<html><head><title>Senators Act | Senator Doe</title></head>
//! <body><nav><a href="/">Home</a></nav>
//! <article><h1>Senators Act</h1>
//! <p>WASHINGTON &ndash; &ldquo;We will not wait,&rdquo; said Jane Doe.</p>
//! <ul><li>Fund the program;</li><li>Report by May.</li></ul></article>
//! <footer>&copy; Senator Doe</footer></body></html>"#;
//! let page = pressparse::html::HtmlDocument::parse(html);
//! assert_eq!(page.text, "Senators Act\n\nWASHINGTON – “We will not wait,” said Jane Doe.\n\n• Fund the program;\n\n• Report by May.");
//! let doc = page.extract(&pressparse::Extractor::default());
//! assert_eq!(doc.text.as_deref(), Some(page.text.as_str()));
//! assert_eq!(doc.title.as_deref(), Some("Senators Act"));
//! // Every span slices the derived text, and maps back to the markup:
//! let at = page.text.find("We will").unwrap();
//! let src = page.source_span(pressparse::Span::new(at, at + 7)).unwrap();
//! assert_eq!(&html[src.start..src.end], "We will");
//! ```
//!
//! The derived text holds the page's main content only (see `content.rs`
//! for how it is chosen and what is left out), preceded by the page's
//! `<h1>` when that sits outside the main content. Headings and
//! `<figcaption>`s found in the markup are marked on the text model's
//! blocks (heading kind, caption flag) before the extractors run.

mod align;
mod content;
mod depth;
mod map;
mod meta;
mod parse;

pub use map::{MapEntry, SourceMap};

use scraper::Html;

use crate::document::Document;
use crate::extractor::Extractor;
use crate::span::Span;
use crate::text::{BlockKind, TextModel};

use parse::Hint;

/// A parsed HTML page: its derived text, metadata and source map.
#[derive(Debug, Clone, Default)]
pub struct HtmlDocument {
    /// The text derived from the page's main content: blocks separated by
    /// blank lines, list items starting with "• ", entities decoded.
    pub text: String,
    /// The title from the page's metadata (`og:title`, `<h1>`, `<title>`).
    pub title: Option<String>,
    /// The publication date from the page's metadata, as an ISO partial
    /// date (`article:published_time`, `<time datetime>`, `<meta name="date">`).
    pub published: Option<String>,
    map: SourceMap,
    hints: Vec<(Span, Hint)>,
}

impl HtmlDocument {
    /// Parse a page. Never panics; malformed markup is repaired as a
    /// browser would, and text without markup comes out as one paragraph
    /// per run of text.
    ///
    /// ```
    /// let page = pressparse::html::HtmlDocument::parse("<p>Caf&eacute; &amp; bar</p>");
    /// assert_eq!(page.text, "Café & bar");
    /// ```
    pub fn parse(html: &str) -> Self {
        let doc = Html::parse_document(&depth::cap_depth(html));
        let selection = content::select(&doc);
        let derived = parse::derive(&doc, html, &selection);
        let meta = meta::read(&doc, selection.root, selection.title);
        HtmlDocument {
            text: derived.text,
            title: meta.title,
            published: meta.published,
            map: derived.map,
            hints: derived.hints,
        }
    }

    /// The byte span of the HTML source that a byte span of [`Self::text`]
    /// came from (see [`SourceMap::source_span`]).
    ///
    /// ```
    /// use pressparse::{html::HtmlDocument, Span};
    /// let html = "<div><p>It&#8217;s <b>done</b>.</p></div>";
    /// let page = HtmlDocument::parse(html);
    /// assert_eq!(page.text, "It’s done.");
    /// let src = page.source_span(Span::new(0, page.text.len())).unwrap();
    /// assert_eq!(&html[src.start..src.end], "It&#8217;s <b>done</b>.");
    /// ```
    pub fn source_span(&self, derived: Span) -> Option<Span> {
        self.map.source_span(derived)
    }

    /// The whole map from derived text to source.
    pub fn source_map(&self) -> &SourceMap {
        &self.map
    }

    /// Run the extraction on the derived text. The returned document's
    /// [`Document::text`] is the derived text, which all its spans index;
    /// its title and publication date come from the page's metadata when
    /// the text yields none.
    pub fn extract(&self, extractor: &Extractor) -> Document {
        let mut model = TextModel::new(&self.text);
        self.apply_hints(&mut model);
        let mut doc = crate::extract::run(&model, extractor.reference_date());
        doc.id.clone_from(&extractor.id);
        if doc.title.is_none() {
            doc.title.clone_from(&self.title);
        }
        if doc.published.is_none() {
            doc.published.clone_from(&self.published);
        }
        doc.text = Some(self.text.clone());
        doc
    }

    /// Mark headings and captions that the markup states on the model's blocks.
    fn apply_hints(&self, model: &mut TextModel<'_>) {
        let mut h = 0;
        for block in &mut model.blocks {
            while h < self.hints.len() && self.hints[h].0.end <= block.span.start {
                h += 1;
            }
            let Some(&(span, hint)) = self.hints.get(h) else { break };
            if !span.contains(block.span) {
                continue;
            }
            match hint {
                Hint::Heading if block.kind == BlockKind::Paragraph => block.kind = BlockKind::Heading,
                Hint::Caption => block.caption = true,
                Hint::Heading => {}
            }
        }
    }
}

/// Extract every record from an HTML page with default options; see
/// [`Extractor::extract_html`].
///
/// ```
/// let doc = pressparse::html::extract_html("<p>&ldquo;We are ready,&rdquo; said Jane Doe.</p>");
/// let text = doc.text.as_deref().unwrap();
/// assert_eq!(text, "“We are ready,” said Jane Doe.");
/// for q in &doc.quotes {
///     assert_eq!(q.span.slice(text), Some(q.text.as_str()));
/// }
/// ```
pub fn extract_html(html: &str) -> Document {
    HtmlDocument::parse(html).extract(&Extractor::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_reach_the_model() {
        let html = "<article><h2>Results of the year.</h2><figure><figcaption>The minister at the site, May 2024.</figcaption></figure><p>Body text here.</p></article>";
        let page = HtmlDocument::parse(html);
        let mut model = TextModel::new(&page.text);
        page.apply_hints(&mut model);
        assert_eq!(model.blocks[0].kind, BlockKind::Heading);
        assert!(model.blocks[1].caption);
        assert!(!model.blocks[2].caption);
    }

    #[test]
    fn meta_fills_missing_fields() {
        let html =
            "<head><meta property='article:published_time' content='2024-05-06'></head><p>No date in the text.</p>";
        let doc = HtmlDocument::parse(html).extract(&Extractor::default());
        assert_eq!(doc.published.as_deref(), Some("2024-05-06"));
    }
}
