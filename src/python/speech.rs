//! `Speaker` and `Quote`: who spoke, and what they said.

use pyo3::prelude::*;
use pyo3::types::PyType;
use serde::{Deserialize, Serialize};

use super::convert::{enum_str, f32_as_json, from_json, repr_opt, repr_text, span_tuple, to_dict, to_json};
use crate::{Quote, Speaker};

/// A person or organisation to whom a quote is attributed.
///
/// ``id`` is the speaker's index in ``Document.speakers``; ``kind`` is
/// ``"person"`` or ``"organization"``; ``mentions`` are the ``(start, end)``
/// code-point spans where the speaker is named.
///
/// ```python
/// >>> import pressparse
/// >>> doc = pressparse.Document.from_json(
/// ...     '{"speakers": [{"id": 0, "name": "Jane Doe", "kind": "person",'
/// ...     ' "role": null, "organization": "Acme", "mentions": [[0, 8]]}],'
/// ...     ' "quotes": [], "demands": [], "dates": [], "signatories": [],'
/// ...     ' "boilerplate": []}')
/// >>> doc.speakers[0]
/// Speaker(id=0, name='Jane Doe', kind='person', role=None, organization='Acme', mentions=1)
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "Speaker")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PySpeaker {
    pub(crate) inner: Speaker,
}

#[pymethods]
impl PySpeaker {
    /// Index of this speaker in ``Document.speakers``.
    #[getter]
    fn id(&self) -> usize {
        self.inner.id
    }

    /// The fullest form of the name used in the text.
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }

    /// ``"person"`` or ``"organization"``.
    #[getter]
    fn kind(&self) -> String {
        enum_str(&self.inner.kind)
    }

    /// Role or title ("Asia director"), or None.
    #[getter]
    fn role(&self) -> Option<&str> {
        self.inner.role.as_deref()
    }

    /// Organisation ("Human Rights Watch"), or None.
    #[getter]
    fn organization(&self) -> Option<&str> {
        self.inner.organization.as_deref()
    }

    /// Every ``(start, end)`` span where the speaker is named.
    #[getter]
    fn mentions(&self) -> Vec<(usize, usize)> {
        self.inner.mentions.iter().map(|s| span_tuple(*s)).collect()
    }

    /// The speaker as SPEC.md's JSON object, parsed.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.inner)
    }

    /// The speaker as one line of JSON.
    fn to_json(&self) -> PyResult<String> {
        to_json(&self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let s = &self.inner;
        format!(
            "Speaker(id={}, name={}, kind='{}', role={}, organization={}, mentions={})",
            s.id,
            repr_text(py, &s.name),
            enum_str(&s.kind),
            repr_opt(py, s.role.as_deref()),
            repr_opt(py, s.organization.as_deref()),
            s.mentions.len()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().getattr("_from_state")?, (to_json(&slf.get().inner)?,)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        Ok(PySpeaker { inner: from_json(state, "speaker")? })
    }
}

/// Direct or indirect speech and who said it.
///
/// ``kind`` is ``"direct"`` (words inside quotation marks) or
/// ``"indirect"`` (reported speech); ``span`` is the ``(start, end)``
/// code-point span of ``text``, so ``source[start:end] == text``;
/// ``speaker`` is the :class:`Speaker` or None and ``speaker_id`` its index;
/// ``confidence`` (0 to 1) reflects how the attribution was made.
///
/// ```python
/// >>> import pressparse
/// >>> text = "“We will win,” said Jane Doe."
/// >>> doc = pressparse.extract(text)
/// >>> [text[q.span[0]:q.span[1]] == q.text for q in doc.quotes]
/// [True]
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "Quote")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyQuote {
    pub(crate) quote: Quote,
    /// The attributed speaker, copied so that a quote stands on its own.
    pub(crate) speaker: Option<Speaker>,
}

#[pymethods]
impl PyQuote {
    /// What is inside the marks (direct) or the content clause (indirect).
    #[getter]
    fn text(&self) -> &str {
        &self.quote.text
    }

    /// ``(start, end)`` code-point span of ``text``.
    #[getter]
    fn span(&self) -> (usize, usize) {
        span_tuple(self.quote.span)
    }

    /// ``"direct"`` or ``"indirect"``.
    #[getter]
    fn kind(&self) -> String {
        enum_str(&self.quote.kind)
    }

    /// The :class:`Speaker` the quote is attributed to, or None.
    #[getter]
    fn speaker(&self) -> Option<PySpeaker> {
        self.speaker.clone().map(|inner| PySpeaker { inner })
    }

    /// Index of the speaker in ``Document.speakers``, or None.
    #[getter]
    fn speaker_id(&self) -> Option<usize> {
        self.quote.speaker
    }

    /// The speech verb or phrase as written ("said", "according to"), or None.
    #[getter]
    fn cue(&self) -> Option<&str> {
        self.quote.cue.as_deref()
    }

    /// How sure the attribution is, from 0 to 1.
    #[getter]
    fn confidence(&self) -> f64 {
        f32_as_json(self.quote.confidence)
    }

    /// The quote as SPEC.md's JSON object (``speaker`` is the index), parsed.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.quote)
    }

    /// The quote as one line of JSON (``speaker`` is the index).
    fn to_json(&self) -> PyResult<String> {
        to_json(&self.quote)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let q = &self.quote;
        format!(
            "Quote(kind='{}', text={}, speaker={}, cue={}, span=({}, {}))",
            enum_str(&q.kind),
            repr_text(py, &q.text),
            repr_opt(py, self.speaker.as_ref().map(|s| s.name.as_str())),
            repr_opt(py, q.cue.as_deref()),
            q.span.start,
            q.span.end
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let q = slf.get();
        let state = QuoteState { quote: q.quote.clone(), speaker: q.speaker.clone() };
        Ok((slf.get_type().getattr("_from_state")?, (to_json(&state)?,)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        let QuoteState { quote, speaker } = from_json(state, "quote")?;
        Ok(PyQuote { quote, speaker })
    }
}

/// What pickle stores for a quote: the quote and its speaker, since a
/// pickled quote travels without its Document.
#[derive(Serialize, Deserialize)]
struct QuoteState {
    quote: Quote,
    speaker: Option<Speaker>,
}
