//! `Extractor`, `extract`, `extract_bytes` and `extract_many`: the three
//! steps of habit 9. Inputs become owned Rust values (a bad one becomes its
//! own error, see `input`), the work runs inside `py.detach` (rayon for
//! batches), then the Python objects are built.

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyType};

use super::convert::repr_opt;
use super::document::PyDocument;
use super::error::{bad_value, to_py_err, to_py_instance, wrong_type};
use super::input::{self, Arg};
use crate::{Document, Error, Extractor, Result};

/// Extracts records from press releases, with options shared by every call.
///
/// ``reference_date`` (``"YYYY-MM-DD"`` or a :class:`datetime.date`) is the
/// date that relative dates ("today", "last Monday") resolve against when
/// the release states no date of its own. ``lossy=True`` replaces what
/// cannot be decoded (invalid UTF-8 in bytes, lone surrogates in a ``str``)
/// with U+FFFD instead of raising. ``max_input_bytes`` (default 64 MiB) is
/// the longest input, in UTF-8 bytes, that is read: a longer one raises
/// :class:`PressParseError`. ``max_records`` (default 10 000) cuts every
/// record list at that length and sets ``Document.truncated``. ``None``
/// lifts either limit. An invalid option raises :class:`PressParseError`.
/// Extractors are immutable, picklable and safe to share between threads.
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
/// >>> pressparse.Extractor(lossy=True, max_records=None)
/// Extractor(reference_date=None, lossy=True, max_records=None)
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "Extractor")]
#[derive(Debug, Clone)]
pub(crate) struct PyExtractor {
    inner: Extractor,
}

impl PartialEq for PyExtractor {
    fn eq(&self, other: &Self) -> bool {
        state(&self.inner) == state(&other.inner)
    }
}

/// What defines an extractor, as pickled.
type State = (Option<String>, bool, Option<usize>, Option<usize>);

fn state(ex: &Extractor) -> State {
    (ex.reference_date().map(|d| d.to_string()), ex.lossy(), ex.max_input_bytes(), ex.max_records())
}

/// The default of ``max_input_bytes`` (for the signatures).
const MAX_INPUT_BYTES: Option<usize> = Some(Extractor::DEFAULT_MAX_INPUT_BYTES);
/// The default of ``max_records`` (for the signatures).
const MAX_RECORDS: Option<usize> = Some(Extractor::DEFAULT_MAX_RECORDS);

/// Build the core extractor from the Python options.
fn build(
    reference_date: Option<&Bound<'_, PyAny>>,
    lossy: bool,
    max_input_bytes: Option<usize>,
    max_records: Option<usize>,
) -> PyResult<Extractor> {
    let mut builder = Extractor::builder().lossy(lossy).max_input_bytes(max_input_bytes).max_records(max_records);
    if let Some(date) = reference_date.filter(|d| !d.is_none()) {
        builder = builder.reference_date(date_arg(date)?);
    }
    builder.build().map_err(|e| to_py_err(&e))
}

/// `reference_date` as `YYYY-MM-DD`: a `str` as given (a lone surrogate in
/// it is replaced, and so rejected as not a date), or a `datetime.date`
/// (or `datetime.datetime`, whose time is ignored).
fn date_arg(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_string_lossy().into_owned());
    }
    let date_type = obj.py().import("datetime")?.getattr("date")?;
    if obj.is_instance(&date_type)? {
        let part = |name: &str| -> PyResult<i32> { obj.getattr(name)?.extract() };
        return Ok(format!("{:04}-{:02}-{:02}", part("year")?, part("month")?, part("day")?));
    }
    Err(wrong_type("reference_date", "str or datetime.date", obj))
}

/// What kind of input a call reads.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Html,
}

/// One `str` input (text or HTML): convert, extract inside `detach`
/// (catching panics), then wrap. A bad input raises `PressParseError`
/// naming the id when there is one.
fn run_one(
    py: Python<'_>,
    ex: &Extractor,
    obj: &Bound<'_, PyAny>,
    kind: Kind,
    id: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDocument> {
    let name = match kind {
        Kind::Text => "text",
        Kind::Html => "html",
    };
    let id = input::opt_text(id, Arg::named("id"), ex.lossy())?;
    let text = input::text(obj, Arg::named(name), ex.lossy())?;
    py.detach(|| extract_text(ex, text, kind, id.as_deref(), id.as_deref()))
        .map(PyDocument::from_char_offsets)
        .map_err(|e| to_py_err(&e))
}

/// Extract one converted input, convert its spans and set its id; `label`
/// names the input in an error.
fn extract_text(
    ex: &Extractor,
    text: Result<String>,
    kind: Kind,
    id: Option<&str>,
    label: Option<&str>,
) -> Result<Document> {
    let result = text.and_then(|text| {
        let doc = match kind {
            Kind::Text => ex.extract_guarded(&text),
            #[cfg(feature = "html")]
            Kind::Html => ex.extract_html_guarded(&text),
            #[cfg(not(feature = "html"))]
            Kind::Html => Err(Error::internal("built without HTML support")),
        };
        doc.and_then(|doc| char_offsets(&doc, &text))
    });
    finish(result, id, label)
}

/// Turn byte spans into code-point spans (the one converter), guarded like
/// the extraction, so that a bad span becomes an internal error rather
/// than a panic crossing into Python.
fn char_offsets(doc: &Document, text: &str) -> Result<Document> {
    catch_unwind(AssertUnwindSafe(|| doc.to_char_offsets(text)))
        .map_err(|_| Error::internal("a span is not on a character boundary"))
}

/// Set the id, and name the input in an error.
fn finish(result: Result<Document>, id: Option<&str>, label: Option<&str>) -> Result<Document> {
    match result {
        Ok(mut doc) => {
            if let Some(id) = id {
                doc.id = Some(id.to_owned());
            }
            Ok(doc)
        }
        Err(e) => Err(match label {
            Some(label) => e.with_input(label),
            None => e,
        }),
    }
}

/// One bytes-like input: copy (refusing an over-long one first), decode and
/// extract inside `detach`, then wrap. Spans are code-point offsets into
/// the decoded text.
fn run_bytes(
    py: Python<'_>,
    ex: &Extractor,
    data: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyDocument> {
    let id = input::opt_text(id, Arg::named("id"), ex.lossy())?;
    let data = input::bytes(data, Arg::named("data"), ex.max_input_bytes())?;
    let result = py.detach(|| {
        let doc = data.and_then(|data| {
            // The spans index the decoded text: `Document.text` when lossy
            // decoding replaced anything, else the bytes themselves.
            ex.extract_bytes(&data).and_then(|doc| char_offsets(&doc, &String::from_utf8_lossy(&data)))
        });
        finish(doc, id.as_deref(), id.as_deref())
    });
    result.map(PyDocument::from_char_offsets).map_err(|e| to_py_err(&e))
}

/// What `on_error` asks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Collect,
}

/// A batch: owned inputs (a bad one becomes that item's error), parallel
/// extraction without the GIL, then one Document (or, with
/// `on_error="collect"`, one error) per input in order.
fn run_many<'py>(
    py: Python<'py>,
    ex: &Extractor,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    on_error: &Bound<'py, PyAny>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let on_error = match input::choice(on_error, "on_error", &["raise", "collect"])? {
        "raise" => OnError::Raise,
        _ => OnError::Collect,
    };
    if threads == Some(0) {
        return Err(bad_value("threads must be at least 1"));
    }
    if texts.is_instance_of::<PyString>() {
        return Err(wrong_type("texts", "an iterable of str", texts));
    }
    let mut owned: Vec<Result<String>> = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        owned.push(input::text(&item?, Arg::item("texts", i), ex.lossy())?);
    }
    let ids = id_list(ids, owned.len(), ex.lossy())?;
    // More threads than texts never helps, and a pool of a million
    // threads would only exhaust the machine.
    let threads = threads.map(|n| n.min(owned.len().max(1)));

    let results = py.detach(|| {
        on_pool(threads, || {
            let work = owned.into_iter().zip(ids).enumerate().collect::<Vec<_>>();
            let one = |(i, (text, id)): (usize, (Result<String>, Result<Option<String>>))| {
                let id = match id {
                    Ok(id) => id,
                    Err(e) => return Err(e),
                };
                let label = id.clone().unwrap_or_else(|| Arg::item("texts", i).label());
                extract_text(ex, text, Kind::Text, id.as_deref(), Some(&label))
            };
            if work.len() > 1 && crate::parallel::enabled() {
                use rayon::prelude::*;
                work.into_par_iter().map(one).collect::<Vec<_>>()
            } else {
                work.into_iter().map(one).collect::<Vec<_>>()
            }
        })
    })?;

    let mut out = Vec::with_capacity(results.len());
    let mut first_error = None;
    for result in results {
        match result {
            Ok(doc) => out.push(Bound::new(py, PyDocument::from_char_offsets(doc))?.into_any()),
            Err(e) if on_error == OnError::Collect => out.push(to_py_instance(py, &e)),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    match first_error {
        Some(e) => Err(to_py_err(&e)),
        None => Ok(out),
    }
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
        owned.push(input::plain_text(&item?, Arg::item("texts", i), false)?);
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

/// `ids` as one optional id per text; a length mismatch is a `ValueError`
/// (read no further than one id past the texts, so an endless iterator of
/// ids fails too). An id with a lone surrogate (a file name that is not
/// UTF-8, read with Python's "surrogateescape") is that item's error,
/// naming `ids[i]`, unless `lossy` replaces it.
fn id_list(ids: Option<&Bound<'_, PyAny>>, n: usize, lossy: bool) -> PyResult<Vec<Result<Option<String>>>> {
    let Some(ids) = ids.filter(|i| !i.is_none()) else {
        return Ok((0..n).map(|_| Ok(None)).collect());
    };
    if ids.is_instance_of::<PyString>() {
        return Err(wrong_type("ids", "a sequence of str or None", ids));
    }
    let mut out = Vec::with_capacity(n);
    for (i, item) in ids.try_iter()?.enumerate() {
        if i == n {
            return Err(bad_value(format!("got more ids than the {n} texts")));
        }
        let item = item?;
        out.push(if item.is_none() {
            Ok(None)
        } else {
            let arg = Arg::item("ids", i);
            input::text(&item, arg, lossy)?.map(Some).map_err(|e| {
                // Named with its repr, which escapes the surrogate.
                let shown = item.repr().map(|r| r.to_string()).unwrap_or_default();
                e.with_input(&format!("{} = {shown}", arg.label()))
            })
        });
    }
    if out.len() != n {
        return Err(bad_value(format!("got {} ids for {n} texts", out.len())));
    }
    Ok(out)
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(
        signature = (*, reference_date = None, lossy = false, max_input_bytes = MAX_INPUT_BYTES, max_records = MAX_RECORDS),
        text_signature = "(*, reference_date=None, lossy=False, max_input_bytes=67108864, max_records=10000)"
    )]
    fn new(
        reference_date: Option<&Bound<'_, PyAny>>,
        lossy: bool,
        max_input_bytes: Option<usize>,
        max_records: Option<usize>,
    ) -> PyResult<Self> {
        Ok(PyExtractor { inner: build(reference_date, lossy, max_input_bytes, max_records)? })
    }

    /// The reference date as ``"YYYY-MM-DD"``, or None.
    #[getter]
    fn reference_date(&self) -> Option<String> {
        self.inner.reference_date().map(|d| d.to_string())
    }

    /// True when undecodable input is replaced with U+FFFD instead of raising.
    #[getter]
    fn lossy(&self) -> bool {
        self.inner.lossy()
    }

    /// The longest input read, in UTF-8 bytes, or None for no limit.
    #[getter]
    fn max_input_bytes(&self) -> Option<usize> {
        self.inner.max_input_bytes()
    }

    /// The most entries kept in each record list, or None for no limit.
    #[getter]
    fn max_records(&self) -> Option<usize> {
        self.inner.max_records()
    }

    /// Extract every record from one release; see :func:`extract`.
    #[pyo3(signature = (text, /, *, id = None))]
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>, id: Option<&Bound<'_, PyAny>>) -> PyResult<PyDocument> {
        run_one(py, &self.inner, text, Kind::Text, id)
    }

    /// Extract one release given as bytes; see :func:`extract_bytes`.
    #[pyo3(signature = (data, /, *, id = None))]
    fn extract_bytes(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyDocument> {
        run_bytes(py, &self.inner, data, id)
    }

    /// Extract one web page; see :func:`extract_html`.
    #[pyo3(signature = (html, /, *, id = None))]
    fn extract_html(
        &self,
        py: Python<'_>,
        html: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyDocument> {
        run_one(py, &self.inner, html, Kind::Html, id)
    }

    /// Extract a batch in parallel; see :func:`extract_many`.
    #[pyo3(
        signature = (texts, /, *, ids = None, threads = None, on_error = None),
        text_signature = "($self, texts, /, *, ids=None, threads=None, on_error='raise')"
    )]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        threads: Option<usize>,
        on_error: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        run_many(py, &self.inner, texts, ids, threads, &on_error_or_raise(py, on_error))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let ex = &self.inner;
        let mut out = format!("Extractor(reference_date={}", repr_opt(py, self.reference_date().as_deref()));
        if ex.lossy() {
            out.push_str(", lossy=True");
        }
        let limit = |n: Option<usize>| n.map_or_else(|| "None".to_owned(), |n| n.to_string());
        if ex.max_input_bytes() != MAX_INPUT_BYTES {
            let _ = write!(out, ", max_input_bytes={}", limit(ex.max_input_bytes()));
        }
        if ex.max_records() != MAX_RECORDS {
            let _ = write!(out, ", max_records={}", limit(ex.max_records()));
        }
        out.push(')');
        out
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, State)> {
        Ok((slf.get_type().getattr("_from_state")?, state(&slf.get().inner)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    #[pyo3(
        signature = (reference_date, lossy = false, max_input_bytes = MAX_INPUT_BYTES, max_records = MAX_RECORDS),
        text_signature = "($cls, reference_date, lossy=False, max_input_bytes=67108864, max_records=10000)"
    )]
    fn _from_state(
        _cls: &Bound<'_, PyType>,
        reference_date: Option<&Bound<'_, PyAny>>,
        lossy: bool,
        max_input_bytes: Option<usize>,
        max_records: Option<usize>,
    ) -> PyResult<Self> {
        Ok(PyExtractor { inner: build(reference_date, lossy, max_input_bytes, max_records)? })
    }
}

/// `on_error`, with its default ("raise") when not given.
fn on_error_or_raise<'py>(py: Python<'py>, on_error: Option<&Bound<'py, PyAny>>) -> Bound<'py, PyAny> {
    on_error.cloned().unwrap_or_else(|| PyString::new(py, "raise").into_any())
}

/// Extract every record from one press release.
///
/// ``text`` must be a ``str`` (see :func:`extract_bytes` for bytes); ``id``
/// is written into ``Document.id``; the other options are as for
/// :class:`Extractor`. Spans are code-point offsets into ``text``. A
/// ``str`` holding a lone surrogate (``"\ud800"``) raises
/// :class:`PressParseError` naming its code-point offset, unless
/// ``lossy=True`` replaces it with U+FFFD; input over ``max_input_bytes``
/// raises too.
///
/// ```python
/// >>> import pressparse
/// >>> text = "“We will win,” said Jane Doe."
/// >>> q = pressparse.extract(text).quotes[0]
/// >>> (q.text, q.speaker.name if q.speaker else None, text[q.span[0]:q.span[1]] == q.text)
/// ('We will win,', 'Jane Doe', True)
/// >>> pressparse.extract("bad \ud800", id="r1")
/// Traceback (most recent call last):
///   ...
/// pressparse.PressParseError: r1: lone surrogate at code point 4 (the lossy option replaces it)
///
/// ```
#[pyfunction]
#[pyo3(
    signature = (text, /, *, id = None, reference_date = None, lossy = false, max_input_bytes = MAX_INPUT_BYTES, max_records = MAX_RECORDS),
    text_signature = "(text, /, *, id=None, reference_date=None, lossy=False, max_input_bytes=67108864, max_records=10000)"
)]
#[allow(clippy::too_many_arguments)] // the options, keyword-only
pub(crate) fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
    reference_date: Option<&Bound<'_, PyAny>>,
    lossy: bool,
    max_input_bytes: Option<usize>,
    max_records: Option<usize>,
) -> PyResult<PyDocument> {
    run_one(py, &build(reference_date, lossy, max_input_bytes, max_records)?, text, Kind::Text, id)
}

/// Extract every record from one press release given as bytes.
///
/// ``data`` is a ``bytes``, ``bytearray`` or ``memoryview`` of UTF-8 text.
/// Invalid UTF-8 raises :class:`PressParseError` naming the byte offset of
/// the first invalid sequence; with ``lossy=True`` each invalid sequence is
/// replaced by U+FFFD instead, and ``Document.text`` then holds the decoded
/// text. Spans are code-point offsets into the decoded text
/// (``data.decode("utf-8")``); a leading byte order mark is kept in it and
/// counts as one code point. Data over ``max_input_bytes`` is refused
/// before it is copied. The other options are as for :func:`extract`.
///
/// ```python
/// >>> import pressparse
/// >>> data = "“We will win,” said Jane Doe.".encode()
/// >>> doc = pressparse.extract_bytes(data, id="r1")
/// >>> q = doc.quotes[0]
/// >>> data.decode()[q.span[0]:q.span[1]]
/// 'We will win,'
/// >>> pressparse.extract_bytes(b"caf\xe9", id="r2")
/// Traceback (most recent call last):
///   ...
/// pressparse.PressParseError: r2: invalid UTF-8 at byte 3 (the lossy option replaces invalid bytes)
/// >>> pressparse.extract_bytes(b"caf\xe9", lossy=True).text == "caf\ufffd"
/// True
///
/// ```
#[pyfunction]
#[pyo3(
    signature = (data, /, *, id = None, reference_date = None, lossy = false, max_input_bytes = MAX_INPUT_BYTES, max_records = MAX_RECORDS),
    text_signature = "(data, /, *, id=None, reference_date=None, lossy=False, max_input_bytes=67108864, max_records=10000)"
)]
#[allow(clippy::too_many_arguments)] // the options, keyword-only
pub(crate) fn extract_bytes(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
    reference_date: Option<&Bound<'_, PyAny>>,
    lossy: bool,
    max_input_bytes: Option<usize>,
    max_records: Option<usize>,
) -> PyResult<PyDocument> {
    run_bytes(py, &build(reference_date, lossy, max_input_bytes, max_records)?, data, id)
}

/// Extract the release on one web page (HTML).
///
/// The page's main content is turned into text (paragraphs, headings and
/// list items; navigation, scripts, footers and other chrome dropped;
/// entities decoded), then read like a plain-text release. The Document's
/// ``text`` holds that derived text, which every span indexes; the title
/// and published date also come from the page's metadata when the text
/// gives none. The options are as for :func:`extract`.
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
#[pyo3(
    signature = (html, /, *, id = None, reference_date = None, lossy = false, max_input_bytes = MAX_INPUT_BYTES, max_records = MAX_RECORDS),
    text_signature = "(html, /, *, id=None, reference_date=None, lossy=False, max_input_bytes=67108864, max_records=10000)"
)]
#[allow(clippy::too_many_arguments)] // the options, keyword-only
pub(crate) fn extract_html(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
    reference_date: Option<&Bound<'_, PyAny>>,
    lossy: bool,
    max_input_bytes: Option<usize>,
    max_records: Option<usize>,
) -> PyResult<PyDocument> {
    run_one(py, &build(reference_date, lossy, max_input_bytes, max_records)?, html, Kind::Html, id)
}

/// Extract a batch of releases, in parallel and without holding the GIL.
///
/// Returns one result per text, in input order. ``ids`` gives each
/// Document its id (same length as ``texts``); ``threads`` runs the batch
/// on a pool of that many threads (default: rayon's global pool, one
/// thread per core; never more threads than texts). A text that cannot be
/// read (a lone surrogate without ``lossy=True``, over
/// ``max_input_bytes``) or that fails is an error of its own, named by its
/// id or as ``texts[i]``; the others are still extracted. With
/// ``on_error="raise"`` (default) the first failed item's
/// :class:`PressParseError` is raised after the whole batch ran; with
/// ``on_error="collect"`` the error instance takes the failed item's place
/// in the list. A text that is not a ``str`` is a ``TypeError`` at once.
///
/// ```python
/// >>> import pressparse
/// >>> docs = pressparse.extract_many(["First.", "Second."], ids=["a", "b"], threads=2)
/// >>> [d.id for d in docs]
/// ['a', 'b']
/// >>> pressparse.extract_many(["Fine.", "bad \udc80"], on_error="collect")[1]
/// PressParseError('texts[1]: lone surrogate at code point 4 (the lossy option replaces it)')
///
/// ```
#[pyfunction]
#[pyo3(
    signature = (texts, /, *, ids = None, threads = None, reference_date = None, on_error = None, lossy = false, max_input_bytes = MAX_INPUT_BYTES, max_records = MAX_RECORDS),
    text_signature = "(texts, /, *, ids=None, threads=None, reference_date=None, on_error='raise', lossy=False, max_input_bytes=67108864, max_records=10000)"
)]
#[allow(clippy::too_many_arguments)] // the options, keyword-only
pub(crate) fn extract_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    ids: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    reference_date: Option<&Bound<'py, PyAny>>,
    on_error: Option<&Bound<'py, PyAny>>,
    lossy: bool,
    max_input_bytes: Option<usize>,
    max_records: Option<usize>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let ex = build(reference_date, lossy, max_input_bytes, max_records)?;
    run_many(py, &ex, texts, ids, threads, &on_error_or_raise(py, on_error))
}
