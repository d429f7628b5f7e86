//! Any bytes, read as text with invalid UTF-8 replaced, through
//! `pressparse::extract`: no panic, spans that slice the input to each
//! record's text, records in order, the same output twice.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = pressparse::check::extraction(&text) {
        panic!("{e}");
    }
});
