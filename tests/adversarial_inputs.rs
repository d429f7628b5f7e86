//! The garbage a batch job over a scraped corpus meets: binary files, huge
//! pages without a newline, thousands of unmatched quote marks, invisible
//! and right-to-left characters, NUL bytes, BOMs, CR line ends, deep
//! nesting, and cue words repeated without end. Each input must come back
//! (no panic, no hang, nothing quadratic: a quadratic case would not finish
//! here) with every invariant of `pressparse::check` holding, and a batch
//! must never lose its other inputs.
//!
//! Sizes are chosen so that the whole file runs in well under a minute in
//! a debug build; there are no timing assertions.

mod common;

use pressparse::{ErrorKind, Extractor};

/// Extract once and check every invariant (for the big inputs).
fn holds(name: &str, text: &str) -> pressparse::Document {
    let doc = pressparse::extract(text);
    if let Err(e) = pressparse::check::document(&doc, text) {
        panic!("{name}: {e}");
    }
    doc
}

/// Extract twice, check every invariant and that both runs agree.
fn holds_twice(name: &str, text: &str) -> pressparse::Document {
    pressparse::check::extraction(text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The bundled example releases, each followed by a blank line.
fn releases() -> String {
    let mut out = common::example_releases().join("\n\n");
    out.push_str("\n\n");
    assert!(out.len() > 20_000, "the example releases are missing");
    out
}

/// `unit` repeated until the text holds at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

/// Deterministic pseudo-random bytes.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

/// Every quotation mark and apostrophe style.
const MARKS: &[&str] =
    &["\"", "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "＂", "`", "´"];

#[test]
fn binary_garbage() {
    for seed in [1, 7, 0x5eed] {
        let bytes = noise(300_000, seed);
        holds("noise, lossy", &String::from_utf8_lossy(&bytes));
        let err = Extractor::default().extract_bytes(&bytes).expect_err("noise is not UTF-8");
        assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { .. }), "{err}");
    }
    // Every byte value, many times over, as a file of it would be read.
    let all: Vec<u8> = (0..=255u8).cycle().take(256 * 400).collect();
    holds("every byte, lossy", &String::from_utf8_lossy(&all));
    // Noise that happens to be valid UTF-8: control characters and the
    // whole range of code points.
    let chars: String = noise(200_000, 3)
        .chunks_exact(3)
        .filter_map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2] & 0x1f, 0])))
        .collect();
    holds("random code points", &chars);
}

#[test]
fn nul_bytes() {
    holds("only NULs", &"\0".repeat(200_000));
    let text = releases();
    holds_twice("NUL after every word", &text.replace(' ', " \0"));
    holds_twice("NUL instead of newlines", &text.replace('\n', "\0"));
}

#[test]
fn megabytes_without_a_newline() {
    let text = releases();
    holds("releases flattened to one 2 MB line", &repeat_to(&text.replace('\n', " "), 2_000_000));
    holds("one 1 MB word", &"a".repeat(1_000_000));
    holds("1 MB of words, no punctuation", &repeat_to("word ", 1_000_000));
    holds("1 MB of one sentence with commas", &repeat_to("the minister, who said, ", 1_000_000));
}

#[test]
fn ten_thousand_unmatched_quote_marks_of_each_style() {
    for mark in MARKS {
        holds(&format!("10 000 × {mark} word"), &format!("{mark} word ").repeat(10_000));
        holds(&format!("2 000 × {mark}We act, said Ann Lee."), &format!("{mark}We act, said Ann Lee. ").repeat(2_000));
        holds(&format!("10 000 × {mark} glued"), &mark.repeat(10_000));
    }
    // Opening marks only, one per paragraph, with cues.
    holds("10 000 unclosed paragraphs", &"“We will not stop, said Brad Adams, director at Acme.\n\n".repeat(10_000));
}

#[test]
fn deep_nesting() {
    let depth = 5_000;
    let open = "“‘«„「(".repeat(depth);
    let close = ")」“»’”".repeat(depth);
    holds("nested quotes and brackets", &format!("{open}We will act, said Ann Lee.{close}"));
    holds("nested brackets", &format!("{}Geneva{}", "([{".repeat(depth), "}])".repeat(depth)));
    holds("only openers", &"(“".repeat(20_000));
    holds("only closers", &")”".repeat(20_000));
    let mut bullets = String::new();
    for i in 0..5_000 {
        bullets.push_str(&"  ".repeat(i % 200));
        bullets.push_str("• “Item one,” said Ann Lee.\n");
    }
    holds("nested bullets", &bullets);
}

/// Regressions: inputs that were quadratic (minutes for 100 KB).
#[test]
fn quadratic_before_and_now_linear() {
    // Every quote of one endless sentence rescanned the sentence from its
    // start for a cue (`quotes::direct::before_quote`).
    holds("20 000 quoted words in one sentence", &"“a” ".repeat(20_000));
    holds("20 000 quoted cue words in one sentence", &"“said” ".repeat(20_000));
    // After a full stop, the sentence segmenter's look-ahead rescanned a
    // run of closing marks from each of its characters
    // (`text::sentence_bounds`).
    holds("a full stop and 30 000 closing marks", &format!("Ann Lee.{}", ")」“»’”".repeat(5_000)));
    holds("a full stop and 100 000 spaces", &format!("Ann Lee.{}then", " ".repeat(100_000)));
    // Each date of one huge line near the top rescanned the line back to
    // its start, and on to its end, for the release's own date
    // (`dates::published::own_line`).
    holds("20 000 French dates on one line", &"20 avril 2018 ".repeat(20_000));
    holds("20 000 Korean dates on one line", &"2018년 4월 ".repeat(20_000));
}

#[test]
fn invisible_and_right_to_left_characters_everywhere() {
    let text = releases();
    for (name, c) in [
        ("zero-width space", "\u{200B}"),
        ("zero-width joiner", "\u{200D}"),
        ("right-to-left mark", "\u{200F}"),
        ("right-to-left override", "\u{202E}"),
        ("soft hyphen", "\u{AD}"),
    ] {
        let every_char: String =
            text[..30_000.min(text.len())].chars().flat_map(|ch| [ch].into_iter().chain(c.chars())).collect();
        holds_twice(&format!("{name} after every character"), &every_char);
        holds_twice(&format!("{name} around every space"), &text.replace(' ', &format!("{c} {c}")));
    }
    holds_twice("Arabic and Hebrew with marks", &"«قال» المتحدث ‏“שלום,” אמר‏ 20 أبريل 2018.\n".repeat(2_000));
}

#[test]
fn byte_order_marks() {
    let text = releases();
    holds_twice("BOM at start", &format!("\u{FEFF}{text}"));
    holds_twice("BOM at start of every paragraph", &text.replace("\n\n", "\n\n\u{FEFF}"));
    holds_twice("BOM in the middle of words", &text.replace("ing", "i\u{FEFF}ng"));
    holds("only BOMs", &"\u{FEFF}".repeat(100_000));
}

#[test]
fn carriage_returns() {
    let text = releases();
    holds_twice("CRLF", &text.replace('\n', "\r\n"));
    holds_twice("lone CR", &text.replace('\n', "\r"));
    holds_twice("mixed CR, LF, CRLF, LFCR", &text.replace("\n\n", "\r\n\n\r").replace(". ", ".\r"));
    holds("only CRs", &"\r".repeat(300_000));
    holds("only CRLFs", &"\r\n".repeat(150_000));
    holds(
        "Unicode line and paragraph separators",
        &text.replace('\n', "\u{2028}").replace("\u{2028}\u{2028}", "\u{2029}"),
    );
}

#[test]
fn ten_megabytes_of_releases() {
    let big = repeat_to(&releases(), 10_000_000);
    let doc = holds("10 MB of releases", &big);
    assert!(doc.quotes.len() > 1_000, "a 10 MB input of releases still has quotes");
}

#[test]
fn cue_words_repeated() {
    let n = 5_000;
    for unit in [
        "said ",
        "said, ",
        "Said ",
        "urges ",
        "urged the government to ",
        "calls on ",
        "should ",
        "must ",
        "according to ",
        "told reporters ",
        "“said” ",
        "signed by ",
        "signed by 52 organizations ",
        "more than ",
        "organizations ",
        "April ",
        "April 20, ",
        "20 avril 2018 ",
        "2018년 4월 ",
        "Monday ",
        "today ",
        "last week ",
        "2018 ",
        "4/5/2018 ",
        "1 ",
        "12345678901234567890",
        "1,000,000 ",
        "one hundred and ",
        "Dr. ",
        "U.S. ",
        "Mr. Smith ",
        "Brad Adams, Asia director at Human Rights Watch, ",
        "(New York) – ",
        "GENEVA – ",
        "FOR IMMEDIATE RELEASE ",
        "###\n",
        "• ",
        "1. ",
        "- ",
        "Contact: ",
        "he said. ",
        "as Ann Lee points out, ",
    ] {
        holds(&format!("{n} × {unit:?}"), &unit.repeat(n));
    }
    holds("said on separate lines", &"said\n".repeat(n));
    holds("month names in every language", &"January janvier enero Januar 1월 März mars marzo ".repeat(n / 8));
    holds("a 200 000-digit number", &"9".repeat(200_000));
    holds("digits with a unit", &format!("signed by {} organizations", "9".repeat(10_000)));
}

#[test]
fn one_bad_input_never_loses_the_rest_of_the_batch() {
    let text = releases();
    let garbage = String::from_utf8_lossy(&noise(50_000, 11)).into_owned();
    let batch = vec![
        text.clone(),
        garbage,
        "\0".repeat(1_000),
        String::new(),
        "“".repeat(10_000),
        text.replace('\n', "\r"),
        text,
    ];
    let docs = Extractor::default().extract_many(&batch);
    assert_eq!(docs.len(), batch.len());
    for (input, doc) in batch.iter().zip(&docs) {
        let doc = doc.as_ref().expect("no input of the batch fails");
        pressparse::check::document(doc, input).expect("invariants");
    }
    assert_eq!(docs[0].as_ref().ok(), docs[6].as_ref().ok(), "same input, same output, wherever it sits in the batch");
    assert!(!docs[0].as_ref().expect("ok").quotes.is_empty());
}

#[test]
fn invalid_utf8_is_an_error_at_the_first_bad_byte() {
    let ex = Extractor::default();
    for (bytes, at) in [
        (&b"\xff"[..], 0),
        (b"ok \xc3", 3),
        (b"\xef\xbb\xbf\xe2\x80\x9cHi,\xe2\x80\x9d said Ann Lee. \xed\xa0\x80", 27),
        (b"caf\xe9 said Ann Lee", 3),
    ] {
        let err = ex.extract_bytes(bytes).expect_err("invalid UTF-8");
        match err.kind() {
            ErrorKind::InvalidUtf8 { valid_up_to, .. } => assert_eq!(*valid_up_to, at, "{bytes:?}"),
            other => panic!("{bytes:?} gave {other:?}"),
        }
    }
    // A UTF-8 BOM is valid UTF-8 and passes.
    let doc = ex.extract_bytes("\u{FEFF}“Hi,” said Ann Lee.".as_bytes()).expect("valid UTF-8");
    pressparse::check::document(&doc, "\u{FEFF}“Hi,” said Ann Lee.").expect("invariants");
    assert_eq!(doc.quotes.len(), 1);
}
