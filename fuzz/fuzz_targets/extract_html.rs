//! Any bytes, read as markup with invalid UTF-8 replaced, through
//! `Extractor::extract_html`: no panic, a derived text that every span
//! slices to each record's text, records in order, the same output twice.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let extractor = pressparse::Extractor::default();
    let first = extractor.extract_html(&html);
    assert!(first.text.is_some(), "HTML input must carry its derived text");
    if let Err(e) = pressparse::check::document(&first, &html) {
        panic!("{e}");
    }
    let second = extractor.extract_html(&html);
    if let Err(e) = pressparse::check::same(&first, &second, &html) {
        panic!("{e}");
    }
});
