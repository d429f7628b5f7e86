//! Property tests: no input panics the library, and every span slices the
//! input to exactly the record's text (bytes in Rust, code points in JSON).

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
    let doc = pressparse::extract(text);
    let spans = doc
        .quotes
        .iter()
        .map(|q| (q.span, q.text.as_str()))
        .chain(doc.demands.iter().map(|d| (d.span, d.text.as_str())))
        .chain(doc.dates.iter().map(|d| (d.span, d.text.as_str())))
        .chain(doc.signatories.iter().map(|s| (s.span, s.text.as_str())));
    for (span, record_text) in spans {
        prop_assert_eq!(span.slice(text), Some(record_text), "span {:?} in {:?}", span, text);
    }
    for s in &doc.speakers {
        for m in &s.mentions {
            prop_assert!(m.slice(text).is_some(), "mention {:?} of {:?}", m, s.name);
        }
    }
    for b in &doc.boilerplate {
        prop_assert!(b.slice(text).is_some());
    }
    // JSON spans are code points and slice the same text.
    let chars: Vec<char> = text.chars().collect();
    let json: serde_json::Value = serde_json::from_str(&doc.to_json(text)).expect("valid JSON");
    for kind in ["quotes", "demands", "dates", "signatories"] {
        for r in json[kind].as_array().into_iter().flatten() {
            let start = r["span"][0].as_u64().unwrap_or(0) as usize;
            let end = r["span"][1].as_u64().unwrap_or(0) as usize;
            prop_assert!(start <= end && end <= chars.len());
            let sliced: String = chars[start..end].iter().collect();
            prop_assert_eq!(Some(sliced.as_str()), r["text"].as_str());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn release_like_text_never_panics_and_spans_slice(text in release_like()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        check(&text)?;
    }
}

#[test]
fn corpus_files_spans_slice() {
    for dir in ["examples/releases", "tests/fixtures"] {
        for entry in std::fs::read_dir(dir).expect("folder exists") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("UTF-8");
                check(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            }
        }
    }
}
