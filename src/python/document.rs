//! `Document`: everything read from one release, with code-point spans.

use pyo3::prelude::*;
use pyo3::types::PyType;

use super::convert::{from_json, repr_opt, to_dict, to_json, to_json_pretty};
use super::error::invalid;
use super::input::{self, Arg};
use super::records::{PyDateMention, PyDateline, PyDemand, PySignatoryCount};
use super::speech::{PyQuote, PySpeaker};
use crate::Document;

/// Everything pressparse read from one press release.
///
/// Spans are ``(start, end)`` code-point offsets into the text that was
/// passed to :func:`extract`, so ``text[start:end]`` is the record's text.
/// The list attributes build new objects on every access; bind them to a
/// name inside loops.
///
/// ```python
/// >>> import json, pressparse
/// >>> doc = pressparse.extract("Skip to main content\n\nThe minister spoke.", id="r1")
/// >>> doc.id
/// 'r1'
/// >>> doc.to_dict() == json.loads(doc.to_json())
/// True
/// >>> pressparse.Document.from_json(doc.to_json()) == doc
/// True
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "Document")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyDocument {
    /// The document with code-point spans.
    inner: Document,
}

impl PyDocument {
    /// Wrap a document whose spans are already code-point offsets.
    pub(crate) fn from_char_offsets(inner: Document) -> Self {
        PyDocument { inner }
    }

    /// The wrapped document (code-point spans).
    pub(crate) fn inner(&self) -> &Document {
        &self.inner
    }
}

/// Check what the JSON cannot express by itself: speaker ids are indexes
/// and every quote's speaker exists.
fn check(doc: &Document) -> Result<(), String> {
    if let Some((i, s)) = doc.speakers.iter().enumerate().find(|(i, s)| s.id != *i) {
        return Err(format!("speakers[{i}] has id {}, expected {i}", s.id));
    }
    let n = doc.speakers.len();
    if let Some((i, q)) = doc.quotes.iter().enumerate().find(|(_, q)| q.speaker.is_some_and(|s| s >= n)) {
        return Err(format!("quotes[{i}] names speaker {:?}, but there are {n} speakers", q.speaker));
    }
    Ok(())
}

#[pymethods]
impl PyDocument {
    /// Caller-given id, or None.
    #[getter]
    fn id(&self) -> Option<&str> {
        self.inner.id.as_deref()
    }

    /// The headline, or None.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title.as_deref()
    }

    /// The :class:`Dateline`, or None.
    #[getter]
    fn dateline(&self) -> Option<PyDateline> {
        self.inner.dateline.clone().map(|inner| PyDateline { inner })
    }

    /// The release's own date as an ISO partial date, or None.
    #[getter]
    fn published(&self) -> Option<&str> {
        self.inner.published.as_deref()
    }

    /// Everyone to whom a quote is attributed, in id order.
    #[getter]
    fn speakers(&self) -> Vec<PySpeaker> {
        self.inner.speakers.iter().map(|s| PySpeaker { inner: s.clone() }).collect()
    }

    /// Direct and indirect quotes, in text order.
    #[getter]
    fn quotes(&self) -> Vec<PyQuote> {
        let speakers = &self.inner.speakers;
        self.inner
            .quotes
            .iter()
            .map(|q| PyQuote { quote: q.clone(), speaker: q.speaker.and_then(|i| speakers.get(i)).cloned() })
            .collect()
    }

    /// Calls on a party to act.
    #[getter]
    fn demands(&self) -> Vec<PyDemand> {
        self.inner.demands.iter().map(|d| PyDemand { inner: d.clone() }).collect()
    }

    /// Every date expression.
    #[getter]
    fn dates(&self) -> Vec<PyDateMention> {
        self.inner.dates.iter().map(|d| PyDateMention { inner: d.clone() }).collect()
    }

    /// Counts of signers or represented parties.
    #[getter]
    fn signatories(&self) -> Vec<PySignatoryCount> {
        self.inner.signatories.iter().map(|s| PySignatoryCount { inner: s.clone() }).collect()
    }

    /// ``(start, end)`` spans of page chrome that is not part of the release.
    #[getter]
    fn boilerplate(&self) -> Vec<(usize, usize)> {
        self.inner.boilerplate.iter().map(|s| (s.start, s.end)).collect()
    }

    /// The count of signers of the release's own letter or statement, or None.
    #[getter]
    fn signatory_total(&self) -> Option<PySignatoryCount> {
        self.inner.signatory_total.clone().map(|inner| PySignatoryCount { inner })
    }

    /// The text the spans index when it is not the input as given: for
    /// HTML input, the text derived from the markup; for bytes decoded with
    /// ``lossy=True`` that replaced anything, the decoded text. Otherwise
    /// None.
    #[getter]
    fn text(&self) -> Option<&str> {
        self.inner.text.as_deref()
    }

    /// True when records may be missing because a limit was reached: a
    /// record list was cut at the extractor's ``max_records``.
    #[getter]
    fn truncated(&self) -> bool {
        self.inner.truncated
    }

    /// The document as SPEC.md's JSON object, parsed (``json.loads`` of
    /// :meth:`to_json`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.inner)
    }

    /// The document as JSON with code-point spans: one line, or indented
    /// with ``pretty=True``.
    #[pyo3(signature = (*, pretty = false))]
    fn to_json(&self, pretty: bool) -> PyResult<String> {
        if pretty {
            to_json_pretty(&self.inner)
        } else {
            to_json(&self.inner)
        }
    }

    /// Read a document from its JSON (as written by :meth:`to_json` or the
    /// CLI). Raises :class:`PressParseError` when the JSON is not a valid
    /// document.
    #[classmethod]
    fn from_json(_cls: &Bound<'_, PyType>, json: &Bound<'_, PyAny>) -> PyResult<Self> {
        let json = input::plain_text(json, Arg::named("json"), false)?;
        let inner: Document = from_json(&json, "document")?;
        check(&inner).map_err(|e| invalid(format!("invalid document json: {e}")))?;
        Ok(PyDocument { inner })
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let d = &self.inner;
        format!(
            "Document(id={}, title={}, speakers={}, quotes={}, demands={}, dates={}, signatories={}, boilerplate={}",
            repr_opt(py, d.id.as_deref()),
            repr_opt(py, d.title.as_deref()),
            d.speakers.len(),
            d.quotes.len(),
            d.demands.len(),
            d.dates.len(),
            d.signatories.len(),
            d.boilerplate.len()
        ) + if d.truncated { ", truncated=True)" } else { ")" }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().getattr("from_json")?, (to_json(&slf.get().inner)?,)))
    }
}
