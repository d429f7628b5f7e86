//! Property tests: no input panics the library, every span slices the input
//! to exactly the record's text (bytes in Rust, code points in JSON),
//! records come in order, and extraction is deterministic. The invariants
//! are `pressparse::check`'s, shared with the fuzz targets and
//! `tests/adversarial_inputs.rs`.
//!
//! Three sources of input: text built from the pieces releases are made of,
//! arbitrary Unicode, and real releases (`examples/releases/`) mutated the
//! way scraped copies are damaged: quote marks inserted or lost, paragraphs
//! shuffled, line ends and spaces changed, invisible characters scattered.

mod common;

use std::sync::LazyLock;

use proptest::prelude::*;

/// Text built from the pieces press releases are made of: quote marks of
/// every style, apostrophes, bullets, dashes, digits, month names, cue
/// words, line breaks, and arbitrary Unicode.
fn release_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("'".to_owned()),
        Just("‘".to_owned()),
        Just("’".to_owned()),
        Just("«".to_owned()),
        Just("»".to_owned()),
        Just("„".to_owned()),
        Just("「".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("  ".to_owned()),
        Just("• ".to_owned()),
        Just("1. ".to_owned()),
        Just(" – ".to_owned()),
        Just("—".to_owned()),
        Just(" said ".to_owned()),
        Just(" urged the government to ".to_owned()),
        Just(" should ".to_owned()),
        Just(" signed by 52 organizations".to_owned()),
        Just(" April 20, 2018".to_owned()),
        Just(" 4/5/2018 ".to_owned()),
        Just("2018년 4월 20일".to_owned()),
        Just("(New York) – ".to_owned()),
        Just("Brad Adams, Asia director at Human Rights Watch".to_owned()),
        Just("Dr. ".to_owned()),
        Just("U.S. ".to_owned()),
        Just(":".to_owned()),
        Just(".".to_owned()),
        Just(",".to_owned()),
        "[a-zA-Z ]{1,12}",
        "[0-9]{1,5}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    pressparse::check::extraction(text).map(drop).map_err(|e| TestCaseError::fail(format!("{e}\ninput: {text:?}")))
}

/// The bundled example releases, read once.
static RELEASES: LazyLock<Vec<String>> = LazyLock::new(common::example_releases);

/// Every quotation mark and apostrophe style the quote pairer knows.
const MARKS: &[&str] =
    &["\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "＂", "`", "´"];

/// Characters that turn up invisibly in scraped text.
const INVISIBLE: &[&str] = &[
    "\u{200B}", // zero-width space
    "\u{200C}", // zero-width non-joiner
    "\u{200D}", // zero-width joiner
    "\u{2060}", // word joiner
    "\u{FEFF}", // byte-order mark / zero-width no-break space
    "\u{200E}", // left-to-right mark
    "\u{200F}", // right-to-left mark
    "\u{202E}", // right-to-left override
    "\u{2067}", // right-to-left isolate
    "\u{00AD}", // soft hyphen
    "\u{0}",    // NUL
    "\u{FFFD}", // replacement character
];

/// One way a scraped copy of a release gets damaged. Positions are
/// fractions (per mille) of the text's length, snapped to a character
/// boundary, so they stay meaningful while the text changes.
#[derive(Debug, Clone)]
enum Mutation {
    /// Insert a quote mark.
    InsertMark { at: u16, mark: usize },
    /// Delete the `nth` quote mark (counted modulo the number present).
    DeleteMark { nth: usize },
    /// Shuffle the paragraphs.
    Shuffle { seed: u64 },
    /// Every line end becomes CRLF.
    Crlf,
    /// Every line end becomes a lone CR.
    LoneCr,
    /// Every `every`-th space becomes `with` (tab, NBSP, thin space, ideographic space).
    Spaces { every: usize, with: char },
    /// Paragraph breaks are doubled.
    DoubleBlank,
    /// Scatter an invisible character at `count` places.
    Invisible { which: usize, count: usize, seed: u64 },
    /// A byte-order mark at the start.
    Bom,
    /// Delete a stretch of text.
    Cut { at: u16, len: u16 },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (0..1000u16, 0..MARKS.len()).prop_map(|(at, mark)| Mutation::InsertMark { at, mark }),
        3 => any::<usize>().prop_map(|nth| Mutation::DeleteMark { nth }),
        1 => any::<u64>().prop_map(|seed| Mutation::Shuffle { seed }),
        1 => Just(Mutation::Crlf),
        1 => Just(Mutation::LoneCr),
        2 => (1..5usize, prop::sample::select(vec!['\t', '\u{A0}', '\u{2009}', '\u{3000}', '\u{202F}']))
            .prop_map(|(every, with)| Mutation::Spaces { every, with }),
        1 => Just(Mutation::DoubleBlank),
        2 => (0..INVISIBLE.len(), 1..40usize, any::<u64>())
            .prop_map(|(which, count, seed)| Mutation::Invisible { which, count, seed }),
        1 => Just(Mutation::Bom),
        1 => (0..1000u16, 1..400u16).prop_map(|(at, len)| Mutation::Cut { at, len }),
    ]
}

/// The character boundary at or before `per_mille` of the text.
fn boundary(text: &str, per_mille: u64) -> usize {
    let mut at = (text.len() as u64 * per_mille / 1000) as usize;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A small deterministic generator for the shuffles and scatterings.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn apply(text: &str, m: &Mutation) -> String {
    match m {
        Mutation::InsertMark { at, mark } => {
            let at = boundary(text, u64::from(*at));
            format!("{}{}{}", &text[..at], MARKS[*mark], &text[at..])
        }
        Mutation::DeleteMark { nth } => {
            let marks: Vec<(usize, char)> =
                text.char_indices().filter(|(_, c)| MARKS.iter().any(|m| m.starts_with(*c))).collect();
            if marks.is_empty() {
                return text.to_owned();
            }
            let (at, c) = marks[nth % marks.len()];
            format!("{}{}", &text[..at], &text[at + c.len_utf8()..])
        }
        Mutation::Shuffle { seed } => {
            let mut paras: Vec<&str> = text.split("\n\n").collect();
            let mut s = seed | 1;
            for i in (1..paras.len()).rev() {
                paras.swap(i, (next(&mut s) % (i as u64 + 1)) as usize);
            }
            paras.join("\n\n")
        }
        Mutation::Crlf => text.replace("\r\n", "\n").replace('\n', "\r\n"),
        Mutation::LoneCr => text.replace("\r\n", "\n").replace('\n', "\r"),
        Mutation::Spaces { every, with } => {
            let mut n = 0usize;
            text.chars()
                .map(|c| {
                    if c == ' ' {
                        n += 1;
                        if n % every == 0 {
                            return *with;
                        }
                    }
                    c
                })
                .collect()
        }
        Mutation::DoubleBlank => text.replace("\n\n", "\n\n\n\n"),
        Mutation::Invisible { which, count, seed } => {
            let mut out = text.to_owned();
            let mut s = seed | 1;
            for _ in 0..*count {
                let at = boundary(&out, next(&mut s) % 1001);
                out.insert_str(at, INVISIBLE[*which]);
            }
            out
        }
        Mutation::Bom => format!("\u{FEFF}{text}"),
        Mutation::Cut { at, len } => {
            let start = boundary(text, u64::from(*at));
            let mut end = (start + usize::from(*len)).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}{}", &text[..start], &text[end..])
        }
    }
}

/// A real release with a few mutations applied in turn.
fn mutated_release() -> impl Strategy<Value = String> {
    (0..RELEASES.len(), prop::collection::vec(mutation(), 1..6))
        .prop_map(|(i, ms)| ms.iter().fold(RELEASES[i].clone(), |text, m| apply(&text, m)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn release_like_text_never_panics_and_spans_slice(text in release_like()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        check(&text)?;
    }

    #[test]
    fn arbitrary_chars_with_controls_never_panic(text in "(?s).{0,300}") {
        check(&text)?;
    }
}

proptest! {
    // Whole releases cost more per case; 48 cases over nine releases and
    // ten kinds of damage keep this well under the time of the rest.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mutated_releases_keep_every_invariant(text in mutated_release()) {
        check(&text)?;
    }
}

#[test]
fn mutations_change_the_text() {
    let text = "“We act,” said Ann Lee.\n\nSecond paragraph here.\n\nThird one.";
    let all = [
        Mutation::InsertMark { at: 500, mark: 0 },
        Mutation::DeleteMark { nth: 1 },
        Mutation::Shuffle { seed: 7 },
        Mutation::Crlf,
        Mutation::LoneCr,
        Mutation::Spaces { every: 1, with: '\t' },
        Mutation::DoubleBlank,
        Mutation::Invisible { which: 0, count: 3, seed: 9 },
        Mutation::Bom,
        Mutation::Cut { at: 100, len: 5 },
    ];
    for m in &all {
        assert_ne!(apply(text, m), text, "{m:?} left the text alone");
    }
    assert_eq!(
        apply(text, &Mutation::DeleteMark { nth: 0 }),
        "We act,” said Ann Lee.\n\nSecond paragraph here.\n\nThird one."
    );
}

#[test]
fn corpus_files_spans_slice() {
    for dir in ["examples/releases", "tests/fixtures", "tests/fixtures/html"] {
        for entry in std::fs::read_dir(dir).expect("folder exists") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("UTF-8");
                check(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            }
        }
    }
}
