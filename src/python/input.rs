//! Arguments from Python to owned Rust values, without ever letting a
//! Python `UnicodeEncodeError` (or a crash) out of the binding.
//!
//! A wrong type is a `TypeError` naming the argument. A `str` holding a
//! lone surrogate (`"\ud800"`), which UTF-8 cannot encode, becomes a core
//! [`crate::ErrorKind::Surrogate`] error naming its code-point offset, or,
//! with `lossy`, has each surrogate replaced by one U+FFFD, so that
//! code-point offsets into the result are offsets into the Python string.
//! Bytes-like objects (`bytes`, `bytearray`, `memoryview`) are copied as
//! they are; decoding is the core's [`crate::decode_utf8`].

use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyMemoryView, PyString};

use super::error::{bad_value, to_py_err, wrong_type};
use crate::Error;

/// Where an argument sits: its name and, in a batch, its index, formatted
/// only when an error names it ("texts[3]").
#[derive(Clone, Copy)]
pub(crate) struct Arg<'a> {
    pub(crate) name: &'a str,
    pub(crate) index: Option<usize>,
}

impl<'a> Arg<'a> {
    /// A single argument.
    pub(crate) fn named(name: &'a str) -> Self {
        Arg { name, index: None }
    }

    /// Item `index` of a sequence argument.
    pub(crate) fn item(name: &'a str, index: usize) -> Self {
        Arg { name, index: Some(index) }
    }

    /// "texts[3]" or "text".
    pub(crate) fn label(self) -> String {
        match self.index {
            Some(i) => format!("{}[{i}]", self.name),
            None => self.name.to_owned(),
        }
    }
}

/// A `str` argument as an owned `String`: a `TypeError` for anything else;
/// the inner error for a lone surrogate unless `lossy` replaces it.
pub(crate) fn text(obj: &Bound<'_, PyAny>, arg: Arg<'_>, lossy: bool) -> PyResult<Result<String, Error>> {
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(wrong_type(&arg.label(), "str", obj));
    };
    if let Ok(t) = s.to_str() {
        return Ok(Ok(t.to_owned()));
    }
    // Only lone surrogates stop a `str` from encoding to UTF-8; Python's
    // "surrogatepass" writes each as three bytes (ED A0..BF 80..BF).
    let encoded = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
    let bytes = encoded.cast::<PyBytes>().map_err(PyErr::from)?.as_bytes();
    Ok(replace_surrogates(bytes, lossy))
}

/// A `str` argument that is not an input (an id, an option): a lone
/// surrogate is a `PressParseError` naming the argument, unless `lossy`.
pub(crate) fn plain_text(obj: &Bound<'_, PyAny>, arg: Arg<'_>, lossy: bool) -> PyResult<String> {
    text(obj, arg, lossy)?.map_err(|e| to_py_err(&e.with_input(&arg.label())))
}

/// An optional `str` argument (`None` allowed).
pub(crate) fn opt_text(obj: Option<&Bound<'_, PyAny>>, arg: Arg<'_>, lossy: bool) -> PyResult<Option<String>> {
    match obj {
        Some(o) if !o.is_none() => Ok(Some(plain_text(o, arg, lossy)?)),
        _ => Ok(None),
    }
}

/// Text encoded by Python with "surrogatepass" back to a Rust `String`:
/// every surrogate replaced by U+FFFD when `lossy`, else an error naming
/// the code-point offset of the first.
fn replace_surrogates(bytes: &[u8], lossy: bool) -> Result<String, Error> {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    let mut chars = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(tail) => {
                out.push_str(tail);
                return Ok(out);
            }
            Err(e) => {
                let (valid, bad) = rest.split_at(e.valid_up_to());
                let valid = std::str::from_utf8(valid).unwrap_or_default();
                if !lossy {
                    return Err(Error::surrogate(chars + valid.chars().count()));
                }
                chars += valid.chars().count() + 1;
                out.push_str(valid);
                out.push('\u{fffd}');
                // A surrogate is three bytes; anything else (never seen)
                // skips what the decoder calls invalid.
                let skip = if bad.len() >= 3 && bad[0] == 0xED { 3 } else { e.error_len().unwrap_or(bad.len()) };
                rest = &bad[skip.min(bad.len())..];
            }
        }
    }
}

/// A bytes-like argument (`bytes`, `bytearray`, `memoryview`) as owned
/// bytes, refusing before the copy an object longer than `limit`.
pub(crate) fn bytes(obj: &Bound<'_, PyAny>, arg: Arg<'_>, limit: Option<usize>) -> PyResult<Result<Vec<u8>, Error>> {
    let too_long = |len: usize| match limit {
        Some(limit) if len > limit => Some(Error::input_too_large(len, limit)),
        _ => None,
    };
    if let Ok(b) = obj.cast::<PyBytes>() {
        let data = b.as_bytes();
        return Ok(too_long(data.len()).map_or_else(|| Ok(data.to_vec()), Err));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(too_long(b.len()).map_or_else(|| Ok(b.to_vec()), Err));
    }
    if obj.is_instance_of::<PyMemoryView>() {
        let nbytes: usize = obj.getattr("nbytes")?.extract()?;
        if let Some(e) = too_long(nbytes) {
            return Ok(Err(e));
        }
        let copy = obj.call_method0("tobytes")?;
        let data = copy.cast::<PyBytes>().map_err(PyErr::from)?;
        return Ok(Ok(data.as_bytes().to_vec()));
    }
    Err(wrong_type(&arg.label(), "bytes, bytearray or memoryview", obj))
}

/// `on_error` as one of the accepted names; anything else is a `ValueError`.
pub(crate) fn choice<'a>(obj: &Bound<'_, PyAny>, name: &str, allowed: &[&'a str]) -> PyResult<&'a str> {
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(wrong_type(name, "str", obj));
    };
    let given = s.to_string_lossy();
    allowed.iter().find(|a| **a == given).copied().ok_or_else(|| {
        let names: Vec<String> = allowed.iter().map(|a| format!("'{a}'")).collect();
        bad_value(format!("{name} must be {}, not {given:?}", names.join(" or ")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn surrogate_offset(bytes: &[u8]) -> Option<usize> {
        match replace_surrogates(bytes, false).map_err(Error::into_kind) {
            Err(ErrorKind::Surrogate { offset, .. }) => Some(offset),
            _ => None,
        }
    }

    #[test]
    fn surrogates_are_named_by_code_point() {
        assert_eq!(surrogate_offset(b"ab\xed\xa0\x80c"), Some(2));
        assert_eq!(
            surrogate_offset("é€".as_bytes().iter().chain(b"\xed\xbf\xbf").copied().collect::<Vec<_>>().as_slice()),
            Some(2)
        );
        assert_eq!(surrogate_offset(b"fine"), None);
    }

    #[test]
    fn lossy_keeps_one_char_per_surrogate() {
        let text = replace_surrogates(
            "é\u{1F642}".as_bytes().iter().chain(b"\xed\xa0\x80\xed\xb0\x80x").copied().collect::<Vec<_>>().as_slice(),
            true,
        );
        assert_eq!(text.ok().as_deref(), Some("é\u{1F642}\u{fffd}\u{fffd}x"));
    }

    #[test]
    fn arguments_convert_or_fail_with_python_errors() {
        Python::initialize();
        Python::attach(|py| {
            let s = PyString::new(py, "ok").into_any();
            assert_eq!(text(&s, Arg::named("text"), false).ok().and_then(Result::ok).as_deref(), Some("ok"));
            let n = 5_i32.into_pyobject(py).map(Bound::into_any);
            let err = n.ok().and_then(|n| text(&n, Arg::item("texts", 2), false).err());
            assert_eq!(err.map(|e| e.value(py).to_string()).as_deref(), Some("texts[2] must be str, not int"));
            let b = PyBytes::new(py, b"\xffab").into_any();
            let got = bytes(&b, Arg::named("data"), Some(2)).ok().and_then(Result::err).map(Error::into_kind);
            assert!(matches!(got, Some(ErrorKind::InputTooLarge { size: 3, limit: 2, .. })));
            let on = PyString::new(py, "collect").into_any();
            assert_eq!(choice(&on, "on_error", &["raise", "collect"]).ok(), Some("collect"));
        });
    }
}
