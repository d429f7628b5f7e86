//! [`Extractor`] and its [`ExtractorBuilder`]: options, limits, one input, batches.

use std::panic::{catch_unwind, AssertUnwindSafe};

use jiff::civil::Date;

use crate::decode::{bom_len, decode_utf8};
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
///
/// # Limits
///
/// Two limits keep one bad input from taking a whole service down; both
/// are on by default and can be changed or lifted (`None`) on the builder:
///
/// - [`ExtractorBuilder::max_input_bytes`] (default
///   [`Extractor::DEFAULT_MAX_INPUT_BYTES`], 64 MiB): the fallible entry
///   points ([`Extractor::try_extract`], [`Extractor::extract_bytes`],
///   [`Extractor::extract_many`], the `_guarded` methods) refuse a longer
///   input with [`crate::ErrorKind::InputTooLarge`]; [`Extractor::extract`],
///   which cannot fail, reads only the first `max_input_bytes` (cut on a
///   character boundary) and sets [`Document::truncated`].
/// - [`ExtractorBuilder::max_records`] (default
///   [`Extractor::DEFAULT_MAX_RECORDS`], 10 000): every record list is cut
///   at the limit and [`Document::truncated`] is set.
///
/// ```
/// use pressparse::{Extractor, ErrorKind};
///
/// let ex = Extractor::builder().max_input_bytes(Some(10)).build()?;
/// let err = ex.try_extract("“Hello there,” said Ann Lee.").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::InputTooLarge { limit: 10, .. }));
/// let doc = ex.extract("“Hello there,” said Ann Lee.");
/// assert!(doc.truncated && doc.quotes.is_empty());
/// # Ok::<(), pressparse::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    pub(crate) reference_date: Option<Date>,
    pub(crate) id: Option<String>,
    lossy: bool,
    max_input_bytes: Option<usize>,
    max_records: Option<usize>,
}

impl Default for Extractor {
    /// No reference date, no id, strict UTF-8, the default limits.
    fn default() -> Self {
        Extractor {
            reference_date: None,
            id: None,
            lossy: false,
            max_input_bytes: Some(Extractor::DEFAULT_MAX_INPUT_BYTES),
            max_records: Some(Extractor::DEFAULT_MAX_RECORDS),
        }
    }
}

/// Builder for [`Extractor`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    reference_date: Option<String>,
    id: Option<String>,
    lossy: bool,
    max_input_bytes: Option<usize>,
    max_records: Option<usize>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        let ex = Extractor::default();
        ExtractorBuilder {
            reference_date: None,
            id: None,
            lossy: ex.lossy,
            max_input_bytes: ex.max_input_bytes,
            max_records: ex.max_records,
        }
    }
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

    /// How [`Extractor::extract_bytes`] decodes invalid UTF-8: an
    /// [`crate::ErrorKind::InvalidUtf8`] error (default), or with `true`
    /// each invalid sequence replaced by U+FFFD (see [`crate::decode_utf8`]).
    ///
    /// ```
    /// let ex = pressparse::Extractor::builder().lossy(true).build()?;
    /// let doc = ex.extract_bytes(b"\xe9\xe9 \xe2\x80\x9cYes,\xe2\x80\x9d said Ann Lee.")?;
    /// assert_eq!(doc.quotes[0].text, "Yes,");
    /// # Ok::<(), pressparse::Error>(())
    /// ```
    #[must_use]
    pub fn lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }

    /// The longest input, in bytes (UTF-8), that an extraction reads;
    /// `None` for no limit. The default, 64 MiB, is over 4 000 times the
    /// longest release in the development corpus (14 KB), and bounds one
    /// extraction to about 600 MB of memory and some 20 seconds (measured
    /// on 64 MiB of concatenated releases: about 9 bytes of peak memory per
    /// input byte). A longer input is almost surely not one press release
    /// (a concatenated dump, a binary file), and a service had better
    /// refuse it than spend that on it. See [`Extractor`]'s limits for what each entry
    /// point does with a longer input. Zero is an invalid option.
    #[must_use]
    pub fn max_input_bytes(mut self, limit: Option<usize>) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// The most entries kept in each record list of a [`Document`]
    /// (speakers, quotes, demands, dates, signatories, boilerplate, and each
    /// speaker's mentions); `None` for no limit. The default, 10 000, is far
    /// above what a release holds (the corpus's longest list has 69
    /// entries) and bounds the output, and the Python objects built from
    /// it, for pathological input such as a file of ten thousand dates.
    /// Lists are cut in their order and [`Document::truncated`] is set.
    /// Zero is an invalid option.
    #[must_use]
    pub fn max_records(mut self, limit: Option<usize>) -> Self {
        self.max_records = limit;
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
        if self.max_input_bytes == Some(0) {
            return Err(Error::invalid_option("max_input_bytes", "must be at least 1 (None for no limit)"));
        }
        if self.max_records == Some(0) {
            return Err(Error::invalid_option("max_records", "must be at least 1 (None for no limit)"));
        }
        Ok(Extractor {
            reference_date,
            id: self.id,
            lossy: self.lossy,
            max_input_bytes: self.max_input_bytes,
            max_records: self.max_records,
        })
    }
}

impl Extractor {
    /// The default of [`ExtractorBuilder::max_input_bytes`]: 64 MiB.
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

    /// The default of [`ExtractorBuilder::max_records`]: 10 000.
    pub const DEFAULT_MAX_RECORDS: usize = 10_000;

    /// Start building an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The reference date, if one was set.
    pub fn reference_date(&self) -> Option<Date> {
        self.reference_date
    }

    /// The id written into every Document, if one was set.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// True when [`Extractor::extract_bytes`] replaces invalid UTF-8.
    pub fn lossy(&self) -> bool {
        self.lossy
    }

    /// The input size limit in bytes, if any.
    pub fn max_input_bytes(&self) -> Option<usize> {
        self.max_input_bytes
    }

    /// The limit on each record list, if any.
    pub fn max_records(&self) -> Option<usize> {
        self.max_records
    }

    /// Extract every record from one release. Never panics and never
    /// fails: an input longer than [`ExtractorBuilder::max_input_bytes`] is
    /// read only up to the limit (cut on a character boundary, so spans
    /// still index `text`) and the Document is marked
    /// [`Document::truncated`]. Use [`Extractor::try_extract`] to refuse
    /// such an input instead.
    pub fn extract(&self, text: &str) -> Document {
        let (head, cut) = self.head(text);
        let mut doc = self.run(head);
        doc.truncated |= cut;
        doc
    }

    /// [`Extractor::extract`], setting the id.
    pub fn extract_with_id(&self, text: &str, id: impl Into<String>) -> Document {
        let mut doc = self.extract(text);
        doc.id = Some(id.into());
        doc
    }

    /// Extract every record from one release, or fail: an input longer
    /// than [`ExtractorBuilder::max_input_bytes`] is an
    /// [`crate::ErrorKind::InputTooLarge`] error, and an unexpected panic
    /// (a bug) an [`crate::ErrorKind::Internal`] error. Errors name the
    /// extractor's id when it has one.
    ///
    /// ```
    /// let ex = pressparse::Extractor::builder().id("r1").max_input_bytes(Some(4)).build()?;
    /// assert!(ex.try_extract("Hi.").is_ok());
    /// let err = ex.try_extract("Hello.").unwrap_err();
    /// assert_eq!(err.to_string(), "r1: input is 6 bytes, over the limit of 4 (max_input_bytes)");
    /// # Ok::<(), pressparse::Error>(())
    /// ```
    pub fn try_extract(&self, text: &str) -> Result<Document> {
        self.check_size(text.len())?;
        self.named(guard(|| self.run(text)))
    }

    /// The same as [`Extractor::try_extract`]: the batch paths' name for it.
    pub fn extract_guarded(&self, text: &str) -> Result<Document> {
        self.try_extract(text)
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
    ///
    /// Like [`Extractor::extract`], it never fails: markup longer than
    /// [`ExtractorBuilder::max_input_bytes`] is read up to the limit and
    /// the Document marked [`Document::truncated`].
    #[cfg(feature = "html")]
    pub fn extract_html(&self, html: &str) -> Document {
        let (head, cut) = self.head(html);
        let mut doc = self.run_html(head);
        doc.truncated |= cut;
        doc
    }

    /// Extract from raw bytes, decoded as UTF-8 by [`crate::decode_utf8`]:
    /// strictly (invalid UTF-8 is an [`crate::ErrorKind::InvalidUtf8`]
    /// error naming the byte offset of the first invalid sequence) or, with
    /// [`ExtractorBuilder::lossy`], replacing invalid sequences with U+FFFD.
    /// Input longer than [`ExtractorBuilder::max_input_bytes`] is refused
    /// before it is decoded.
    ///
    /// Spans index the bytes as given (a leading byte order mark included).
    /// When lossy decoding replaced anything, the spans index the decoded
    /// text instead, and [`Document::text`] holds it.
    ///
    /// ```
    /// let ex = pressparse::Extractor::default();
    /// let err = ex.extract_bytes(b"ok \xff\xfe").unwrap_err();
    /// assert!(err.to_string().contains("invalid UTF-8 at byte 3"));
    /// let doc = ex.extract_bytes("“Hi,” said Ann Lee.".as_bytes())?;
    /// assert_eq!((doc.quotes.len(), doc.text), (1, None));
    /// # Ok::<(), pressparse::Error>(())
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Document> {
        self.check_size(bytes.len())?;
        let text = self.named(decode_utf8(bytes, self.lossy))?;
        let mut doc = self.named(guard(|| self.run(&text)))?;
        if let std::borrow::Cow::Owned(decoded) = text {
            doc.text = Some(decoded);
        }
        Ok(doc)
    }

    /// Extract a batch. One result per input, in input order, as
    /// [`Extractor::try_extract`] gives it; an input that fails (too large,
    /// or an internal error caught at the boundary) never loses the others. With the `parallel` feature the batch runs on rayon's pool.
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

    /// [`Extractor::extract_html`], or fail as [`Extractor::try_extract`]
    /// does: markup longer than the limit is an
    /// [`crate::ErrorKind::InputTooLarge`] error, a panic an
    /// [`crate::ErrorKind::Internal`] error.
    #[cfg(feature = "html")]
    pub fn extract_html_guarded(&self, html: &str) -> Result<Document> {
        self.check_size(html.len())?;
        self.named(guard(|| self.run_html(html)))
    }

    /// The pipeline on a text within the limit, then the record limit and the id.
    fn run(&self, text: &str) -> Document {
        let mut doc = run_pipeline(text, self.reference_date);
        self.finish(&mut doc);
        doc
    }

    /// The HTML pipeline on markup within the limit, then the record limit.
    #[cfg(feature = "html")]
    fn run_html(&self, html: &str) -> Document {
        let mut doc = crate::html::HtmlDocument::parse(html).extract(self);
        self.finish(&mut doc);
        doc
    }

    fn finish(&self, doc: &mut Document) {
        doc.id.clone_from(&self.id);
        if let Some(max) = self.max_records {
            doc.cap_records(max);
        }
    }

    /// `text` cut to at most `max_input_bytes` on a character boundary, and
    /// whether it was cut.
    fn head<'t>(&self, text: &'t str) -> (&'t str, bool) {
        match self.max_input_bytes {
            Some(limit) if text.len() > limit => {
                let mut end = limit;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                (&text[..end], true)
            }
            _ => (text, false),
        }
    }

    /// An [`crate::ErrorKind::InputTooLarge`] error when `size` is over the limit.
    fn check_size(&self, size: usize) -> Result<()> {
        match self.max_input_bytes {
            Some(limit) if size > limit => self.named(Err(Error::input_too_large(size, limit))),
            _ => Ok(()),
        }
    }

    /// Name the extractor's id in an error.
    fn named<T>(&self, result: Result<T>) -> Result<T> {
        match &self.id {
            Some(id) => result.map_err(|e| e.with_input(id)),
            None => result,
        }
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

/// The pipeline: text model, then each extractor in turn. A leading byte
/// order mark is not read, and the spans are shifted past it, so they
/// index `text` as given (see [`crate::decode`]).
pub(crate) fn run_pipeline(text: &str, reference_date: Option<Date>) -> Document {
    let bom = bom_len(text);
    let model = TextModel::new(&text[bom..]);
    let mut doc = extractors::run(&model, reference_date);
    if bom > 0 {
        doc.map_spans(|s| crate::Span::new(s.start + bom, s.end + bom));
    }
    doc
}

/// Extract every record from one release with default options (and so the
/// default limits); the same as `Extractor::default().extract(text)`.
///
/// ```
/// let doc = pressparse::extract("“We will not stop,” said Maria Lopez.");
/// assert_eq!(doc.quotes[0].text, "We will not stop,");
/// ```
pub fn extract(text: &str) -> Document {
    Extractor::default().extract(text)
}
