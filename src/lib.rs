//! # pressparse
//!
//! Turn press releases into typed records: speakers, direct and indirect
//! quotes with their attribution, demands (who calls on whom to do what),
//! dates, signatory counts of joint letters, the dateline, the title and
//! the page chrome to ignore.
//!
//! ```
//! let text = "(New York) – The government should release all detainees, \
//!             Human Rights Watch said today.\n\n\
//!             “This is a test of good faith,” said Brad Adams, Asia director at Human Rights Watch.\n\n\
//!             The letter is signed by 52 organizations.";
//! let doc = pressparse::extract(text);
//! assert_eq!(doc.dateline.as_ref().map(|d| d.location.as_str()), Some("New York"));
//! let quote = doc.quotes.iter().find(|q| q.kind == pressparse::QuoteKind::Direct).unwrap();
//! let speaker = &doc.speakers[quote.speaker.unwrap()];
//! assert_eq!(speaker.name, "Brad Adams");
//! assert_eq!(speaker.role.as_deref(), Some("Asia director"));
//! assert_eq!(doc.demands[0].target.as_deref(), Some("The government"));
//! assert_eq!(doc.signatories[0].count, 52);
//! // Spans are byte offsets in Rust:
//! assert_eq!(&text[quote.span.start..quote.span.end], quote.text);
//! ```
//!
//! Options (the reference date for relative dates, the document id, lossy
//! UTF-8 decoding, the limits on input size and record counts) go through
//! [`Extractor::builder`]; raw bytes go through [`Extractor::extract_bytes`]
//! (one decoder, [`decode_utf8`], serves it, the CLI and Python). JSON output with code-point offsets, as
//! SPEC.md defines it, comes from [`Document::to_json`].
//!
//! ## Features
//! - `parallel`: [`Extractor::extract_many`] runs on rayon's thread pool.
//! - `cli`: the `pressparse` command-line tool.
//! - `html`: web pages through `Extractor::extract_html` (html5ever), with
//!   a map from the derived text back to the markup (`html::HtmlDocument`).
//! - `python`: the Python binding (built by maturin; Rust users never need it).

#[doc(hidden)]
pub mod check;
#[cfg(feature = "cli")]
pub mod cli;
pub mod decode;
mod document;
mod error;
pub mod extract;
mod extractor;
#[cfg(feature = "html")]
pub mod html;
pub mod lexicon;
pub mod parallel;
mod pretty;
mod span;
#[cfg(test)]
mod test_text;
pub mod text;

#[cfg(feature = "python")]
mod python;

pub use decode::{decode_utf8, decode_utf8_owned};
pub use document::{
    DateKind, DateMention, Dateline, Demand, Document, Grain, Qualifier, Quote, QuoteKind, SignatoryCount, Speaker,
    SpeakerKind,
};
pub use error::{Error, ErrorKind, Result};
pub use extractor::{extract, Extractor, ExtractorBuilder};
#[cfg(feature = "html")]
pub use html::extract_html;
pub use span::{OffsetConverter, Span};

/// The README's Rust example, compiled and run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
