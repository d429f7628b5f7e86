//! Shared helpers for the integration tests: the project's own annotated
//! TSV files, and the bundled example releases.

// Each test crate includes this module and uses a part of it.
#![allow(dead_code)]

use std::path::PathBuf;

/// One annotated release: the text and the gold value (None for "null").
pub struct Annotated {
    pub file: String,
    pub text: String,
    pub gold: Option<String>,
}

/// The folder holding the corpus: `../shared` beside the crate.
fn shared_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("shared")
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Read a `file<TAB>value` annotation file; panics when a release is missing,
/// so that a broken checkout cannot pass silently.
pub fn load(tsv: &str) -> Vec<Annotated> {
    let mut out = Vec::new();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((file, value)) = line.split_once('\t') else {
            panic!("malformed annotation line: {line:?}");
        };
        let path = shared_dir().join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let gold = (value != "null").then(|| unescape(value));
        out.push(Annotated { file: file.to_owned(), text, gold });
    }
    out
}

/// The bundled example releases (`examples/releases/*.txt`), in file-name
/// order; panics when they are missing, so that a broken checkout cannot
/// pass silently.
pub fn example_releases() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/releases");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/releases exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).expect("UTF-8")).collect();
    assert!(texts.len() >= 5, "the example releases are missing");
    texts
}
