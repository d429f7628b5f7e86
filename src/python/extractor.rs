//! `Extractor`, `extract` and `extract_many`: the three steps of habit 9.
//! Inputs become owned Rust strings, the work runs inside `py.detach`
//! (rayon for batches), then the Python objects are built.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyType};

use super::convert::{repr_opt, text_arg};
use super::document::PyDocument;
use super::error::{bad_value, to_py_err, to_py_instance, wrong_type};
use crate::{Document, Error, Extractor, Result};

/// Extracts records from press releases, with options shared by every call.
///
/// ``reference_date`` (``"YYYY-MM-DD"`` or a :class:`datetime.date`) is the
/// date that relative dates ("today", "last Monday") resolve against when
/// the release states no date of its own. An invalid date raises
/// :class:`PressParseError`. Extractors are immutable, picklable and safe to
/// share between threads.
///
/// ```python
/// >>> import pickle, pressparse
/// >>> ex = pressparse.Extractor(reference_date="2024-05-06")
/// >>> ex
/// Extractor(reference_date='2024-05-06')
/// >>> pickle.loads(pickle.dumps(ex)) == ex
/// True
/// >>> ex.extract("The minister spoke.", id="a").id
/// 'a'
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "Extractor")]
#[derive(Debug, Clone)]
pub(crate) struct PyExtractor {
    inner: Extractor,
}

impl PartialEq for PyExtractor {
    fn eq(&self, other: &Self) -> bool {
        self.inner.reference_date() == other.inner.reference_date()
    }
}

/// Build the core extractor from the Python options.
fn build(reference_date: Option<&Bound<'_, PyAny>>) -> PyResult<Extractor> {
    let mut builder = Extractor::builder();
    if let Some(date) = reference_date.filter(|d| !d.is_none()) {
        builder = builder.reference_date(date_arg(date)?);
    }
    builder.build().map_err(|e| to_py_err(&e))
}

/// `reference_date` as `YYYY-MM-DD`: a `str` as given, or a `datetime.date`
/// (or `datetime.datetime`, whose time is ignored).
fn date_arg(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_str()?.to_owned());
    }
    let date_type = obj.py().import("datetime")?.getattr("date")?;
    if obj.is_instance(&date_type)? {
        let part = |name: &str| -> PyResult<i32> { obj.getattr(name)?.extract() };
        return Ok(format!("{:04}-{:02}-{:02}", part("year")?, part("month")?, part("day")?));
    }
    Err(wrong_type("reference_date", "str or datetime.date", obj))
}

/// One text: extract inside `detach`, catching panics, then wrap.
fn run_one(py: Python<'_>, ex: &Extractor, text: &Bound<'_, PyAny>, id: Option<String>) -> PyResult<PyDocument> {
    let text = text_arg(text, "text", None)?;
    py.detach(|| finish(ex.extract_guarded(&text), &text, id))
        .map(PyDocument::from_char_offsets)
        .map_err(|e| to_py_err(&e))
}

/// One web page: its markup to text, then the same pipeline; the
/// Document's `text` is the derived text that its spans index.
fn run_html(py: Python<'_>, ex: &Extractor, html: &Bound<'_, PyAny>, id: Option<String>) -> PyResult<PyDocument> {
    let html = text_arg(html, "html", None)?;
    py.detach(|| finish(ex.extract_html_guarded(&html), &html, id))
        .map(PyDocument::from_char_offsets)
        .map_err(|e| to_py_err(&e))
}

/// Set the id and turn byte spans into code-point spans (the one
/// converter). The conversion is guarded like the extraction, so a bad span
/// becomes an internal error rather than a panic crossing into Python.
fn finish(result: Result<Document>, text: &str, id: Option<String>) -> Result<Document> {
    let converted = result.and_then(|doc| {
        catch_unwind(AssertUnwindSafe(|| doc.to_char_offsets(text)))
            .map_err(|_| Error::internal("a span is not on a character boundary"))
    });
    match (converted, id) {
        (Ok(mut doc), Some(id)) => {
            doc.id = Some(id);
            Ok(doc)
        }
        (Err(e), Some(id)) => Err(e.with_input(&id)),
        (other, None) => other,
    }
}

/// What `on_error` asks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Collect,
}

/// A batch: owned inputs, parallel extraction without the GIL, then one
/// Document (or, with `on_error="collect"`, one error) per input in order.
fn run_many<'py>(
    py: Python<'py>,
    ex: &Extractor,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    on_error: &str,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let on_error = match on_error {
        "raise" => OnError::Raise,
        "collect" => OnError::Collect,
        other => return Err(bad_value(format!("on_error must be 'raise' or 'collect', not {other:?}"))),
    };
    if threads == Some(0) {
        return Err(bad_value("threads must be at least 1"));
    }
    if texts.is_instance_of::<PyString>() {
        return Err(wrong_type("texts", "an iterable of str", texts));
    }
    let mut owned: Vec<String> = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        owned.push(text_arg(&item?, "texts", Some(i))?);
    }
    let ids = id_list(ids, owned.len())?;

    let results = py.detach(|| {
        on_pool(threads, || {
            ex.extract_many(&owned)
                .into_iter()
                .zip(&owned)
                .zip(ids)
                .map(|((result, text), id)| finish(result, text, id))
                .collect::<Vec<_>>()
        })
    })?;

    let mut out = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(doc) => out.push(Bound::new(py, PyDocument::from_char_offsets(doc))?.into_any()),
            Err(e) if on_error == OnError::Collect => out.push(to_py_instance(py, &e)),
            Err(e) => return Err(to_py_err(&e)),
        }
    }
    Ok(out)
}

/// Run `work` on a pool of `threads` threads, or on rayon's global pool
/// when `threads` is None (or serially in a forked child). Call it inside
/// `detach`; a pool that cannot start is a `RuntimeError`, raised by the
/// caller after leaving `detach`.
fn on_pool<T: Send>(threads: Option<usize>, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    match threads {
        Some(n) if crate::parallel::enabled() => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(|pool| pool.install(work))
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start a pool of threads: {e}"))),
        _ => Ok(work()),
    }
}

/// The Rust pipeline alone, for the benchmark: extract every text (on
/// `threads` threads, as :func:`extract_many`) without converting spans
/// or building any Python object, and return how many records were found.
/// The difference from ``extract_many`` is the binding's overhead.
#[pyfunction]
#[pyo3(name = "_extract_rust_only", signature = (texts, /, *, threads = None))]
pub(crate) fn extract_rust_only(py: Python<'_>, texts: &Bound<'_, PyAny>, threads: Option<usize>) -> PyResult<usize> {
    if threads == Some(0) {
        return Err(bad_value("threads must be at least 1"));
    }
    let mut owned: Vec<String> = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        owned.push(text_arg(&item?, "texts", Some(i))?);
    }
    let ex = Extractor::default();
    py.detach(|| {
        on_pool(threads, || {
            ex.extract_many(&owned)
                .iter()
                .flatten()
                .map(|d| d.speakers.len() + d.quotes.len() + d.demands.len() + d.dates.len() + d.signatories.len())
                .sum()
        })
    })
}

/// `ids` as one optional id per text; a length mismatch is a `ValueError`.
fn id_list(ids: Option<&Bound<'_, PyAny>>, n: usize) -> PyResult<Vec<Option<String>>> {
    let Some(ids) = ids.filter(|i| !i.is_none()) else {
        return Ok(vec![None; n]);
    };
    if ids.is_instance_of::<PyString>() {
        return Err(wrong_type("ids", "a sequence of str or None", ids));
    }
    let mut out = Vec::with_capacity(n);
    for (i, item) in ids.try_iter()?.enumerate() {
        let item = item?;
        out.push(if item.is_none() { None } else { Some(text_arg(&item, "ids", Some(i))?) });
    }
    if out.len() != n {
        return Err(bad_value(format!("got {} ids for {n} texts", out.len())));
    }
    Ok(out)
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (*, reference_date = None))]
    fn new(reference_date: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        Ok(PyExtractor { inner: build(reference_date)? })
    }

    /// The reference date as ``"YYYY-MM-DD"``, or None.
    #[getter]
    fn reference_date(&self) -> Option<String> {
        self.inner.reference_date().map(|d| d.to_string())
    }

    /// Extract every record from one release. ``text`` must be a ``str``.
    #[pyo3(signature = (text, /, *, id = None))]
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>, id: Option<String>) -> PyResult<PyDocument> {
        run_one(py, &self.inner, text, id)
    }

    /// Extract one web page; see :func:`extract_html`.
    #[pyo3(signature = (html, /, *, id = None))]
    fn extract_html(&self, py: Python<'_>, html: &Bound<'_, PyAny>, id: Option<String>) -> PyResult<PyDocument> {
        run_html(py, &self.inner, html, id)
    }

    /// Extract a batch in parallel; see :func:`extract_many`.
    #[pyo3(signature = (texts, /, *, ids = None, threads = None, on_error = "raise"))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        threads: Option<usize>,
        on_error: &str,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        run_many(py, &self.inner, texts, ids, threads, on_error)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!("Extractor(reference_date={})", repr_opt(py, self.reference_date().as_deref()))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Option<String>,))> {
        Ok((slf.get_type().getattr("_from_state")?, (slf.get().reference_date(),)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, reference_date: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        Ok(PyExtractor { inner: build(reference_date)? })
    }
}

/// Extract every record from one press release.
///
/// ``text`` must be a ``str`` (decode bytes first); ``id`` is written into
/// ``Document.id``; ``reference_date`` is as for :class:`Extractor`. Spans
/// are code-point offsets into ``text``.
///
/// ```python
/// >>> import pressparse
/// >>> text = "“We will win,” said Jane Doe."
/// >>> q = pressparse.extract(text).quotes[0]
/// >>> (q.text, q.speaker.name if q.speaker else None, text[q.span[0]:q.span[1]] == q.text)
/// ('We will win,', 'Jane Doe', True)
///
/// ```
#[pyfunction]
#[pyo3(signature = (text, /, *, id = None, reference_date = None))]
pub(crate) fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    id: Option<String>,
    reference_date: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDocument> {
    run_one(py, &build(reference_date)?, text, id)
}

/// Extract the release on one web page (HTML).
///
/// The page's main content is turned into text (paragraphs, headings and
/// list items; navigation, scripts, footers and other chrome dropped;
/// entities decoded), then read like a plain-text release. The Document's
/// ``text`` holds that derived text, which every span indexes; the title
/// and published date also come from the page's metadata when the text
/// gives none.
///
/// ```python
/// >>> import pressparse
/// >>> page = "<nav>Home</nav><article><p>&ldquo;We will act,&rdquo; said Ann Lee.</p></article>"
/// >>> doc = pressparse.extract_html(page)
/// >>> doc.text
/// '“We will act,” said Ann Lee.'
/// >>> q = doc.quotes[0]
/// >>> doc.text[q.span[0]:q.span[1]]
/// 'We will act,'
///
/// ```
#[pyfunction]
#[pyo3(signature = (html, /, *, id = None, reference_date = None))]
pub(crate) fn extract_html(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    id: Option<String>,
    reference_date: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDocument> {
    run_html(py, &build(reference_date)?, html, id)
}

/// Extract a batch of releases, in parallel and without holding the GIL.
///
/// Returns one result per text, in input order. ``ids`` gives each
/// Document its id (same length as ``texts``); ``threads`` runs the batch
/// on a pool of that many threads (default: rayon's global pool, one
/// thread per core). With ``on_error="raise"`` (default) the first failed
/// item's :class:`PressParseError` is raised after the whole batch ran;
/// with ``on_error="collect"`` the error instance takes the failed item's
/// place in the list.
///
/// ```python
/// >>> import pressparse
/// >>> docs = pressparse.extract_many(["First.", "Second."], ids=["a", "b"], threads=2)
/// >>> [d.id for d in docs]
/// ['a', 'b']
///
/// ```
#[pyfunction]
#[pyo3(signature = (texts, /, *, ids = None, threads = None, reference_date = None, on_error = "raise"))]
pub(crate) fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    reference_date: Option<&Bound<'py, PyAny>>,
    on_error: &str,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    run_many(py, &build(reference_date)?, texts, ids, threads, on_error)
}
