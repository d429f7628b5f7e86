//! Bytes to text: the one UTF-8 decoder that [`crate::Extractor::extract_bytes`],
//! the command-line tool and the Python binding share.
//!
//! Decoding is strict by default: invalid UTF-8 is an
//! [`crate::ErrorKind::InvalidUtf8`] error naming the byte offset of the
//! first invalid sequence. Lossy decoding replaces each invalid sequence
//! with U+FFFD (`�`), as [`String::from_utf8_lossy`] does.
//!
//! **Byte order mark.** A leading UTF-8 BOM (`EF BB BF`) is kept in the
//! decoded text, so that byte spans still index the bytes as given (and
//! code-point spans count it as one code point). The extraction itself
//! skips it: [`crate::Extractor`] reads the text after the mark and shifts
//! every span past it, so a release finds the same records, each shifted
//! by the mark's length, with or without one.

use std::borrow::Cow;

use crate::error::{Error, Result};

/// The UTF-8 byte order mark as a character.
pub const BOM: char = '\u{feff}';

/// Decode `bytes` as UTF-8: strictly (an error naming the byte offset of the
/// first invalid sequence) or, with `lossy`, replacing each invalid
/// sequence with U+FFFD. Valid input is borrowed, never copied. A leading
/// byte order mark is kept (see the module docs).
///
/// ```
/// use pressparse::{decode_utf8, ErrorKind};
///
/// assert_eq!(decode_utf8(b"caf\xc3\xa9", false)?, "café");
/// let err = decode_utf8(b"caf\xe9 au lait", false).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { valid_up_to: 3, .. }));
/// assert!(err.to_string().contains("byte 3"));
/// assert_eq!(decode_utf8(b"caf\xe9 au lait", true)?, "caf\u{fffd} au lait");
/// # Ok::<(), pressparse::Error>(())
/// ```
pub fn decode_utf8(bytes: &[u8], lossy: bool) -> Result<Cow<'_, str>> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(Error::invalid_utf8(e.valid_up_to())),
    }
}

/// [`decode_utf8`] for owned bytes: valid input becomes a `String` without
/// a copy.
///
/// ```
/// let text = pressparse::decode_utf8_owned(b"\xff ok".to_vec(), true)?;
/// assert_eq!(text, "\u{fffd} ok");
/// assert!(pressparse::decode_utf8_owned(b"\xff ok".to_vec(), false).is_err());
/// # Ok::<(), pressparse::Error>(())
/// ```
pub fn decode_utf8_owned(bytes: Vec<u8>, lossy: bool) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(Error::invalid_utf8(e.utf8_error().valid_up_to())),
    }
}

/// The length in bytes of a leading byte order mark: 3, or 0 when there is none.
pub(crate) fn bom_len(text: &str) -> usize {
    if text.starts_with(BOM) {
        BOM.len_utf8()
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn offset(bytes: &[u8]) -> usize {
        match decode_utf8(bytes, false).map_err(Error::into_kind) {
            Err(ErrorKind::InvalidUtf8 { valid_up_to, input: None }) => valid_up_to,
            other => panic!("expected an InvalidUtf8 error, got {other:?}"),
        }
    }

    #[test]
    fn strict_errors_name_the_first_bad_byte() {
        assert_eq!(offset(b"\xff"), 0);
        assert_eq!(offset(b"ab\xc3"), 2); // truncated sequence at the end
        assert_eq!(
            offset("é".repeat(5).as_bytes().iter().copied().chain([0x80, b'x']).collect::<Vec<_>>().as_slice()),
            10
        );
        assert_eq!(offset(b"ok \xed\xa0\x80 surrogate"), 3); // an encoded surrogate is not UTF-8
    }

    #[test]
    fn valid_input_is_borrowed() {
        assert!(matches!(decode_utf8(b"plain", false), Ok(Cow::Borrowed("plain"))));
        assert!(matches!(decode_utf8(b"plain", true), Ok(Cow::Borrowed("plain"))));
    }

    #[test]
    fn lossy_replaces_each_bad_sequence() {
        assert_eq!(decode_utf8(b"a\xffb\xc3", true).ok().as_deref(), Some("a\u{fffd}b\u{fffd}"));
        assert_eq!(decode_utf8_owned(b"a\xffb".to_vec(), true).ok().as_deref(), Some("a\u{fffd}b"));
        assert_eq!(decode_utf8_owned("é".into(), false).ok().as_deref(), Some("é"));
    }

    #[test]
    fn the_bom_is_kept() {
        let text = decode_utf8(b"\xef\xbb\xbfHello", false).ok();
        assert_eq!(text.as_deref(), Some("\u{feff}Hello"));
        assert_eq!(bom_len("\u{feff}Hello"), 3);
        assert_eq!(bom_len("Hello\u{feff}"), 0);
    }
}
