//! Conversions shared by every class: spans, enum names,
//! JSON and dicts (both from the one serde model), and short reprs.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::invalid;
use crate::Span;

/// Longest text shown in a `__repr__` before it is cut with "...".
const REPR_TEXT_CHARS: usize = 40;

/// A Python `(start, end)` span. The span already holds code-point offsets
/// (every Document reaching Python went through `Document::to_char_offsets`).
pub(crate) fn span_tuple(span: Span) -> (usize, usize) {
    (span.start, span.end)
}

/// The lower-case name serde gives an enum value (`direct`, `more_than`),
/// so Python and JSON spell every kind the same way.
pub(crate) fn enum_str<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The `f64` that JSON shows for an `f32` (0.9, not 0.8999999761581421),
/// so `quote.confidence == quote.to_dict()["confidence"]`.
pub(crate) fn f32_as_json(x: f32) -> f64 {
    x.to_string().parse().unwrap_or(f64::from(x))
}

/// One line of JSON for a record.
pub(crate) fn to_json<T: Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| invalid(format!("cannot serialize: {e}")))
}

/// Pretty JSON (two-space indent) for a record.
pub(crate) fn to_json_pretty<T: Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string_pretty(value).map_err(|e| invalid(format!("cannot serialize: {e}")))
}

/// The record as plain Python data: `json.loads` of [`to_json`], so the two
/// agree by construction.
pub(crate) fn to_dict<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loads = LOADS.get_or_try_init(py, || py.import("json")?.getattr("loads").map(Bound::unbind))?;
    loads.bind(py).call1((to_json(value)?,))
}

/// Parse a record from JSON; an error is a `PressParseError`.
pub(crate) fn from_json<T: DeserializeOwned>(json: &str, what: &str) -> PyResult<T> {
    serde_json::from_str(json).map_err(|e| invalid(format!("invalid {what} json: {e}")))
}

/// Python's `repr` of a string, cut to a readable length.
pub(crate) fn repr_text(py: Python<'_>, text: &str) -> String {
    let short: String = if text.chars().count() > REPR_TEXT_CHARS {
        let mut s: String = text.chars().take(REPR_TEXT_CHARS - 3).collect();
        s.push_str("...");
        s
    } else {
        text.to_owned()
    };
    PyString::new(py, &short).repr().map_or_else(|_| format!("{short:?}"), |r| r.to_string())
}

/// `repr` of an optional string: the string's repr or `None`.
pub(crate) fn repr_opt(py: Python<'_>, text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), |t| repr_text(py, t))
}
