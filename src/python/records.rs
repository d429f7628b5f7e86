//! `Demand`, `DateMention`, `SignatoryCount` and `Dateline`.

use pyo3::prelude::*;
use pyo3::types::PyType;

use super::convert::{enum_str, from_json, repr_opt, repr_text, span_tuple, to_dict, to_json};
use crate::{DateMention, Dateline, Demand, SignatoryCount};

/// A call on a party to act: ``target`` is asked by ``actor`` to do
/// ``action``; ``cue`` is "should", "urges", "calls on" as written.
///
/// ```python
/// >>> import pressparse
/// >>> text = "The government should release all political prisoners, the group said."
/// >>> [d.target for d in pressparse.extract(text).demands]
/// ['The government']
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "Demand")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyDemand {
    pub(crate) inner: Demand,
}

#[pymethods]
impl PyDemand {
    /// The whole demand clause.
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    /// ``(start, end)`` code-point span of ``text``.
    #[getter]
    fn span(&self) -> (usize, usize) {
        span_tuple(self.inner.span)
    }

    /// Who makes the demand, as written, or None.
    #[getter]
    fn actor(&self) -> Option<&str> {
        self.inner.actor.as_deref()
    }

    /// The party asked to act, as written, or None.
    #[getter]
    fn target(&self) -> Option<&str> {
        self.inner.target.as_deref()
    }

    /// What the target is asked to do, without the cue.
    #[getter]
    fn action(&self) -> &str {
        &self.inner.action
    }

    /// The cue as written, or None.
    #[getter]
    fn cue(&self) -> Option<&str> {
        self.inner.cue.as_deref()
    }

    /// The demand as SPEC.md's JSON object, parsed.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.inner)
    }

    /// The demand as one line of JSON.
    fn to_json(&self) -> PyResult<String> {
        to_json(&self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let d = &self.inner;
        format!(
            "Demand(target={}, action={}, cue={}, span=({}, {}))",
            repr_opt(py, d.target.as_deref()),
            repr_text(py, &d.action),
            repr_opt(py, d.cue.as_deref()),
            d.span.start,
            d.span.end
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().getattr("_from_state")?, (to_json(&slf.get().inner)?,)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        Ok(PyDemand { inner: from_json(state, "demand")? })
    }
}

/// A date expression: ``value`` is an ISO partial date ("2018",
/// "2018-04", "2018-04-20") or None; ``kind`` is ``"absolute"`` or
/// ``"relative"``; ``grain`` is ``"year"``, ``"month"``, ``"day"`` or None;
/// ``alternates`` are other readings of an ambiguous date.
///
/// ```python
/// >>> import pressparse
/// >>> [d.value for d in pressparse.extract("The talks ended on April 20, 2018.").dates]
/// ['2018-04-20']
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "DateMention")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyDateMention {
    pub(crate) inner: DateMention,
}

#[pymethods]
impl PyDateMention {
    /// The expression as written.
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    /// ``(start, end)`` code-point span of ``text``.
    #[getter]
    fn span(&self) -> (usize, usize) {
        span_tuple(self.inner.span)
    }

    /// ISO partial date, or None when it cannot be resolved.
    #[getter]
    fn value(&self) -> Option<&str> {
        self.inner.value.as_deref()
    }

    /// ``"absolute"`` or ``"relative"``.
    #[getter]
    fn kind(&self) -> String {
        enum_str(&self.inner.kind)
    }

    /// ``"year"``, ``"month"``, ``"day"``, or None.
    #[getter]
    fn grain(&self) -> Option<String> {
        self.inner.grain.as_ref().map(enum_str)
    }

    /// Other readings of an ambiguous date ("4/5/2018").
    #[getter]
    fn alternates(&self) -> Vec<String> {
        self.inner.alternates.clone()
    }

    /// The date as SPEC.md's JSON object, parsed.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.inner)
    }

    /// The date as one line of JSON.
    fn to_json(&self) -> PyResult<String> {
        to_json(&self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let d = &self.inner;
        format!(
            "DateMention(text={}, value={}, kind='{}', grain={}, span=({}, {}))",
            repr_text(py, &d.text),
            repr_opt(py, d.value.as_deref()),
            enum_str(&d.kind),
            repr_opt(py, d.grain.as_ref().map(enum_str).as_deref()),
            d.span.start,
            d.span.end
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().getattr("_from_state")?, (to_json(&slf.get().inner)?,)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        Ok(PyDateMention { inner: from_json(state, "date")? })
    }
}

/// How many parties sign or stand behind a letter, statement or petition.
/// ``qualifier`` is ``"exact"``, ``"more_than"``, ``"at_least"``,
/// ``"about"`` or ``"up_to"``; ``unit`` is the noun counted, as written.
///
/// ```python
/// >>> import pressparse
/// >>> [(s.count, s.unit) for s in pressparse.extract("The letter is signed by 52 organizations.").signatories]
/// [(52, 'organizations')]
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "SignatoryCount")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PySignatoryCount {
    pub(crate) inner: SignatoryCount,
}

#[pymethods]
impl PySignatoryCount {
    /// The count with its qualifier and unit, as written.
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    /// ``(start, end)`` code-point span of ``text``.
    #[getter]
    fn span(&self) -> (usize, usize) {
        span_tuple(self.inner.span)
    }

    /// The number.
    #[getter]
    fn count(&self) -> u64 {
        self.inner.count
    }

    /// ``"exact"``, ``"more_than"``, ``"at_least"``, ``"about"`` or ``"up_to"``.
    #[getter]
    fn qualifier(&self) -> String {
        enum_str(&self.inner.qualifier)
    }

    /// The noun counted, as written.
    #[getter]
    fn unit(&self) -> &str {
        &self.inner.unit
    }

    /// The count as SPEC.md's JSON object, parsed.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.inner)
    }

    /// The count as one line of JSON.
    fn to_json(&self) -> PyResult<String> {
        to_json(&self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let s = &self.inner;
        format!(
            "SignatoryCount(count={}, qualifier='{}', unit={}, span=({}, {}))",
            s.count,
            enum_str(&s.qualifier),
            repr_text(py, &s.unit),
            s.span.start,
            s.span.end
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().getattr("_from_state")?, (to_json(&slf.get().inner)?,)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        Ok(PySignatoryCount { inner: from_json(state, "signatory count")? })
    }
}

/// Where (and sometimes when) the release was issued: "(New York) –",
/// "GENEVA (26 June 2023) –". ``span`` covers the whole dateline.
///
/// ```python
/// >>> import pressparse
/// >>> dl = pressparse.extract("GENEVA (26 June 2023) – The council met today.").dateline
/// >>> (dl.location, dl.date) if dl else None
/// ('GENEVA', '2023-06-26')
///
/// ```
#[pyclass(frozen, eq, module = "pressparse._pressparse", name = "Dateline")]
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PyDateline {
    pub(crate) inner: Dateline,
}

#[pymethods]
impl PyDateline {
    /// The place, as written.
    #[getter]
    fn location(&self) -> &str {
        &self.inner.location
    }

    /// The date in the dateline as an ISO partial date, or None.
    #[getter]
    fn date(&self) -> Option<&str> {
        self.inner.date.as_deref()
    }

    /// ``(start, end)`` code-point span of the whole dateline.
    #[getter]
    fn span(&self) -> (usize, usize) {
        span_tuple(self.inner.span)
    }

    /// The dateline as SPEC.md's JSON object, parsed.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &self.inner)
    }

    /// The dateline as one line of JSON.
    fn to_json(&self) -> PyResult<String> {
        to_json(&self.inner)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let d = &self.inner;
        format!(
            "Dateline(location={}, date={}, span=({}, {}))",
            repr_text(py, &d.location),
            repr_opt(py, d.date.as_deref()),
            d.span.start,
            d.span.end
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((slf.get_type().getattr("_from_state")?, (to_json(&slf.get().inner)?,)))
    }

    /// Rebuild from the state ``__reduce__`` saved (used by pickle).
    #[classmethod]
    fn _from_state(_cls: &Bound<'_, PyType>, state: &str) -> PyResult<Self> {
        Ok(PyDateline { inner: from_json(state, "dateline")? })
    }
}
