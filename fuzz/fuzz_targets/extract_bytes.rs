//! Raw bytes through `Extractor::extract_bytes`, the strict decoding path
//! of the CLI and the Python binding: invalid UTF-8 is an `InvalidUtf8`
//! error at the first bad byte, never a panic; valid UTF-8 gives the same
//! document as `extract` on the text, with every invariant holding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pressparse::ErrorKind;

fuzz_target!(|data: &[u8]| {
    let extractor = pressparse::Extractor::default();
    match (extractor.extract_bytes(data), std::str::from_utf8(data)) {
        (Ok(doc), Ok(text)) => {
            if let Err(e) = pressparse::check::document(&doc, text) {
                panic!("{e}");
            }
            if let Err(e) = pressparse::check::same(&doc, &extractor.extract(text), text) {
                panic!("{e}");
            }
        }
        (Err(e), Err(utf8)) => match e.kind() {
            ErrorKind::InvalidUtf8 { valid_up_to, .. } => {
                assert_eq!(*valid_up_to, utf8.valid_up_to(), "wrong offset of the first invalid byte");
            }
            other => panic!("invalid UTF-8 reported as {other:?}"),
        },
        (Ok(_), Err(e)) => panic!("invalid UTF-8 accepted ({e})"),
        (Err(e), Ok(_)) => panic!("valid UTF-8 rejected: {e}"),
    }
});
