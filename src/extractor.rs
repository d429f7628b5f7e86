//! [`Extractor`] and its [`ExtractorBuilder`]: options, one input, batches.

use std::panic::{catch_unwind, AssertUnwindSafe};

use jiff::civil::Date;

use crate::document::Document;
use crate::error::{Error, Result};
use crate::extract as extractors;
use crate::text::TextModel;

/// Options shared by every extraction. Build one with
/// [`Extractor::builder`], then reuse it (it is cheap to clone and safe to
/// share across threads).
///
/// ```
/// let ex = pressparse::Extractor::builder()
///     .reference_date("2024-05-06")
///     .id("release-1")
///     .build()?;
/// let doc = ex.extract("The minister spoke today.");
/// assert_eq!(doc.id.as_deref(), Some("release-1"));
/// assert_eq!(doc.dates[0].value.as_deref(), Some("2024-05-06"));
/// # Ok::<(), pressparse::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    pub(crate) reference_date: Option<Date>,
    pub(crate) id: Option<String>,
}

/// Builder for [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    reference_date: Option<String>,
    id: Option<String>,
}

impl ExtractorBuilder {
    /// The date that relative dates ("today", "last Monday") resolve
    /// against when the release states no date of its own, as `YYYY-MM-DD`.
    #[must_use]
    pub fn reference_date(mut self, date: impl Into<String>) -> Self {
        self.reference_date = Some(date.into());
        self
    }

    /// The id written into [`Document::id`].
    #[must_use]
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Check the options and build the extractor.
    pub fn build(self) -> Result<Extractor> {
        let reference_date = match self.reference_date {
            None => None,
            Some(s) => Some(s.trim().parse::<Date>().map_err(|e| {
                Error::invalid_option("reference_date", format!("{s:?} is not a YYYY-MM-DD date ({e})"))
            })?),
        };
        Ok(Extractor { reference_date, id: self.id })
    }
}

impl Extractor {
    /// Start building an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The reference date, if one was set.
    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    /// Extract every record from one release. Never panics.
    pub fn extract(&self, text: &str) -> Document {
        let mut doc = run_pipeline(text, self.reference_date);
        doc.id.clone_from(&self.id);
        doc
    }

    /// Extract one release and set its id.
    pub fn extract_with_id(&self, text: &str, id: impl Into<String>) -> Document {
        let mut doc = run_pipeline(text, self.reference_date);
        doc.id = Some(id.into());
        doc
    }

    /// Extract every record from an HTML page (feature `html`): the page's
    /// main content becomes plain text, [`Document::text`], which every span
    /// of the result indexes; the title and publication date fall back to
    /// the page's metadata. For a map from the text back to the markup, use
    /// [`crate::html::HtmlDocument`].
    ///
    /// ```
    /// let html = "<nav>Menu</nav><article><p>&ldquo;Act now,&rdquo; said Ann Lee.</p></article>";
    /// let doc = pressparse::Extractor::default().extract_html(html);
    /// assert_eq!(doc.text.as_deref(), Some("“Act now,” said Ann Lee."));
    /// ```
    #[cfg(feature = "html")]
    pub fn extract_html(&self, html: &str) -> Document {
        crate::html::HtmlDocument::parse(html).extract(self)
    }

    /// Extract from raw bytes, which must be UTF-8 (spans index the bytes as
    /// given). Invalid UTF-8 is an [`crate::ErrorKind::InvalidUtf8`] error.
    ///
    /// ```
    /// let ex = pressparse::Extractor::default();
    /// assert!(ex.extract_bytes(b"\xff\xfe").is_err());
    /// assert!(ex.extract_bytes("“Hi,” said Ann Lee.".as_bytes()).is_ok());
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Document> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
        Ok(self.extract(text))
    }

    /// Extract a batch. One result per input, in input order; an input
    /// that fails (an internal error caught at the boundary) never loses the
    /// others. With the `parallel` feature the batch runs on rayon's pool.
    ///
    /// ```
    /// let ex = pressparse::Extractor::default();
    /// let docs = ex.extract_many(["“Yes,” said Ann Lee.", "No quotes here."]);
    /// assert_eq!(docs.len(), 2);
    /// assert_eq!(docs[0].as_ref().unwrap().quotes.len(), 1);
    /// ```
    pub fn extract_many<I, S>(&self, texts: I) -> Vec<Result<Document>>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str> + Sync,
    {
        let texts: Vec<S> = texts.into_iter().collect();
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            if texts.len() > 1 && crate::parallel::enabled() {
                return texts.par_iter().map(|t| self.extract_guarded(t.as_ref())).collect();
            }
        }
        texts.iter().map(|t| self.extract_guarded(t.as_ref())).collect()
    }

    /// Extract, turning an unexpected panic into an [`crate::ErrorKind::Internal`] error.
    pub fn extract_guarded(&self, text: &str) -> Result<Document> {
        guard(|| self.extract(text))
    }

    /// [`Extractor::extract_html`], turning an unexpected panic into an
    /// [`crate::ErrorKind::Internal`] error.
    #[cfg(feature = "html")]
    pub fn extract_html_guarded(&self, html: &str) -> Result<Document> {
        guard(|| self.extract_html(html))
    }
}

/// Run one extraction, catching a panic (a bug) as an internal error so
/// that a batch goes on.
fn guard(run: impl FnOnce() -> Document) -> Result<Document> {
    catch_unwind(AssertUnwindSafe(run)).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_owned());
        Error::internal(msg)
    })
}

/// The pipeline: text model, then each extractor in turn.
pub(crate) fn run_pipeline(text: &str, reference_date: Option<Date>) -> Document {
    let model = TextModel::new(text);
    extractors::run(&model, reference_date)
}

/// Extract every record from one release with default options.
///
/// ```
/// let doc = pressparse::extract("“We will not stop,” said Maria Lopez.");
/// assert_eq!(doc.quotes[0].text, "We will not stop,");
/// ```
pub fn extract(text: &str) -> Document {
    run_pipeline(text, None)
}
