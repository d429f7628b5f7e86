//! Print one JSON Document per line for the files named on the command line
//! (id = file stem), e.g. to score against the gold annotations:
//!
//! ```text
//! cargo run --example jsonl -- ../shared/corpus/dev/*.txt > out.jsonl
//! ```
#![allow(clippy::print_stdout)]

use std::path::Path;

fn main() {
    let ex = pressparse::Extractor::default();
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("{arg}: cannot read as UTF-8");
            continue;
        };
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        println!("{}", ex.extract_with_id(&text, id).to_json(&text));
    }
}
