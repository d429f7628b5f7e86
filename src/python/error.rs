//! The one place where pressparse errors cross into Python.
//!
//! Every [`crate::Error`] becomes a `pressparse.PressParseError` (a
//! `ValueError`); a caught panic arrives here as
//! [`crate::ErrorKind::Internal`], so Python never sees a bare
//! `PanicException`.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

use crate::Error;

pyo3::create_exception!(
    pressparse,
    PressParseError,
    PyValueError,
    "Raised when pressparse cannot do what was asked: an invalid option \
     (such as a malformed ``reference_date``), an invalid document JSON, or \
     an internal error caught at the boundary (please report it with the \
     input). A subclass of :class:`ValueError`."
);

/// The Python exception for a core error.
pub(crate) fn to_py_err(err: &Error) -> PyErr {
    PressParseError::new_err(err.to_string())
}

/// A `PressParseError` with a message of our own (invalid JSON state).
pub(crate) fn invalid(message: impl Into<String>) -> PyErr {
    PressParseError::new_err(message.into())
}

/// The exception *instance* for a core error, returned in place of a
/// Document by `extract_many(..., on_error="collect")`.
pub(crate) fn to_py_instance<'py>(py: Python<'py>, err: &Error) -> Bound<'py, PyAny> {
    to_py_err(err).into_value(py).into_bound(py).into_any()
}

/// `TypeError` naming the expected type: "text must be str, not bytes".
pub(crate) fn wrong_type(what: &str, expected: &str, got: &Bound<'_, PyAny>) -> PyErr {
    let got = got.get_type().name().map_or_else(|_| "object".to_owned(), |n| n.to_string());
    PyTypeError::new_err(format!("{what} must be {expected}, not {got}"))
}

/// `ValueError` for an argument with a bad value (not a pressparse error).
pub(crate) fn bad_value(message: impl Into<String>) -> PyErr {
    PyValueError::new_err(message.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_become_pressparse_errors() {
        Python::initialize();
        Python::attach(|py| {
            let err = to_py_err(&Error::internal("boom").with_input("doc-1"));
            assert!(err.is_instance_of::<PressParseError>(py));
            assert!(err.is_instance_of::<PyValueError>(py));
            assert_eq!(err.value(py).to_string(), "doc-1: internal error (please report): boom");
            let inst = to_py_instance(py, &Error::internal("x"));
            assert!(inst.is_instance_of::<PressParseError>());
        });
    }

    #[test]
    fn type_errors_name_the_expected_type() {
        Python::initialize();
        Python::attach(|py| {
            let got = pyo3::types::PyBytes::new(py, b"x").into_any();
            let err = wrong_type("text", "str", &got);
            assert!(err.is_instance_of::<PyTypeError>(py));
            assert_eq!(err.value(py).to_string(), "text must be str, not bytes");
        });
    }
}
