//! Limits and bytes: `max_input_bytes`, `max_records`, strict and lossy
//! UTF-8, the byte order mark. Every way in either gives a Document or a
//! clear error, never a panic.

use pressparse::{decode_utf8, Document, ErrorKind, Extractor};

const RELEASE: &str = "GENEVA (26 June 2023) – “We will win,” said Ann Lee, director at Café Été. \
                       “We will not stop,” said Bob Smith. “Never,” said Carl Jones. \
                       Ann Lee said the talks resume on 3 July 2023, 4 July 2023 and 5 July 2023.";

fn limited(max_input_bytes: Option<usize>, max_records: Option<usize>) -> Extractor {
    Extractor::builder().max_input_bytes(max_input_bytes).max_records(max_records).build().expect("valid options")
}

/// Every span slices `text` on character boundaries.
fn spans_index(doc: &Document, text: &str) {
    for q in &doc.quotes {
        assert_eq!(q.span.slice(text), Some(q.text.as_str()));
    }
    for d in &doc.dates {
        assert_eq!(d.span.slice(text), Some(d.text.as_str()));
    }
    for s in &doc.speakers {
        for m in &s.mentions {
            assert!(m.slice(text).is_some(), "{m:?}");
        }
    }
    let n = doc.speakers.len();
    assert!(doc.quotes.iter().all(|q| q.speaker.is_none_or(|s| s < n)));
}

#[test]
fn defaults_are_documented_and_safe() {
    let ex = Extractor::default();
    assert_eq!(ex.max_input_bytes(), Some(64 * 1024 * 1024));
    assert_eq!(ex.max_records(), Some(10_000));
    assert!(!ex.lossy());
    let built = Extractor::builder().build().expect("defaults are valid");
    assert_eq!(built.max_input_bytes(), ex.max_input_bytes());
    assert_eq!(built.max_records(), ex.max_records());
    let doc = ex.extract(RELEASE);
    assert!(!doc.truncated);
    assert_eq!(doc, pressparse::extract(RELEASE));
    assert!(!doc.to_json(RELEASE).contains("truncated"));
}

#[test]
fn zero_limits_are_invalid_options() {
    for err in [
        Extractor::builder().max_input_bytes(Some(0)).build().err(),
        Extractor::builder().max_records(Some(0)).build().err(),
    ] {
        let err = err.expect("zero is refused");
        assert!(matches!(err.kind(), ErrorKind::InvalidOption { .. }), "{err}");
    }
}

#[test]
fn fallible_entry_points_refuse_long_input() {
    let ex = Extractor::builder().id("r1").max_input_bytes(Some(20)).build().expect("valid");
    let err = ex.try_extract(RELEASE).expect_err("too long");
    match err.kind() {
        ErrorKind::InputTooLarge { input, size, limit } => {
            assert_eq!((input.as_deref(), *size, *limit), (Some("r1"), RELEASE.len(), 20));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        format!("r1: input is {} bytes, over the limit of 20 (max_input_bytes)", RELEASE.len())
    );
    assert!(matches!(
        ex.extract_guarded(RELEASE).map_err(pressparse::Error::into_kind),
        Err(ErrorKind::InputTooLarge { .. })
    ));
    // Refused before decoding: the size is known before the bytes are read.
    let bad = [b'x'; 30].iter().chain(b"\xff").copied().collect::<Vec<_>>();
    assert!(matches!(
        ex.extract_bytes(&bad).map_err(pressparse::Error::into_kind),
        Err(ErrorKind::InputTooLarge { size: 31, .. })
    ));
    // Exactly at the limit is fine.
    assert!(ex.try_extract(&"a".repeat(20)).is_ok());
}

#[test]
fn batches_go_on_past_a_long_input() {
    let ex = limited(Some(100), None);
    let texts = ["“Yes,” said Ann Lee.", RELEASE, "Nothing."];
    let results = ex.extract_many(texts);
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().map(|d| d.quotes.len()).ok(), Some(1));
    assert!(matches!(results[1].as_ref().map_err(pressparse::Error::kind), Err(ErrorKind::InputTooLarge { .. })));
    assert!(results[2].is_ok());
}

#[test]
fn infallible_extract_reads_up_to_the_limit() {
    // The limit falls inside "é" (two bytes): the cut moves back to a
    // character boundary, and spans index the input as given.
    let text = "“Oui,” a dit Zoé. Café Été";
    let limit = text.find("Café").expect("present") + 4;
    assert!(!text.is_char_boundary(limit));
    let ex = limited(Some(limit), None);
    let doc = ex.extract(text);
    assert!(doc.truncated);
    spans_index(&doc, text);
    assert_eq!(doc, {
        let mut whole = Extractor::default().extract(&text[..limit - 1]);
        whole.truncated = true;
        whole
    });
    assert!(doc.to_json(text).contains("\"truncated\":true"));
    // No limit: nothing cut.
    assert!(!limited(None, None).extract(text).truncated);
}

#[test]
fn record_lists_are_cut_at_max_records() {
    let full = limited(None, None).extract(RELEASE);
    assert!(full.quotes.len() >= 3 && full.dates.len() >= 3 && full.speakers.len() >= 3, "{full:?}");
    assert!(!full.truncated);
    for max in [1, 2] {
        let doc = limited(None, Some(max)).extract(RELEASE);
        assert!(doc.truncated);
        assert_eq!(
            doc.quotes[..],
            full.quotes[..max]
                .iter()
                .cloned()
                .map(|mut q| {
                    q.speaker = q.speaker.filter(|s| *s < max);
                    q
                })
                .collect::<Vec<_>>()[..]
        );
        assert_eq!(doc.dates[..], full.dates[..max]);
        assert_eq!(doc.speakers.len(), max);
        assert!(doc.speakers.iter().all(|s| s.mentions.len() <= max));
        spans_index(&doc, RELEASE);
        // The JSON still reads back, speaker indexes valid.
        let back: Document = serde_json::from_str(&doc.to_json(RELEASE)).expect("valid JSON");
        assert!(back.truncated);
    }
    // A limit the lists stay under changes nothing.
    assert_eq!(limited(None, Some(1000)).extract(RELEASE), full);
}

#[test]
fn strict_bytes_name_the_first_bad_byte() {
    let ex = Extractor::builder().id("doc-7").build().expect("valid");
    let mut bytes = "“Hi,” said Ann. ".as_bytes().to_vec();
    let bad_at = bytes.len();
    bytes.extend_from_slice(b"\xc3\x28 more");
    let err = ex.extract_bytes(&bytes).expect_err("invalid UTF-8");
    assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { valid_up_to, .. } if *valid_up_to == bad_at));
    assert_eq!(
        err.to_string(),
        format!("doc-7: invalid UTF-8 at byte {bad_at} (the lossy option replaces invalid bytes)")
    );
    // The shared decoder says the same.
    let err = decode_utf8(&bytes, false).expect_err("invalid UTF-8");
    assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { valid_up_to, input: None } if *valid_up_to == bad_at));
}

#[test]
fn lossy_bytes_give_the_decoded_text() {
    let ex = Extractor::builder().lossy(true).build().expect("valid");
    let bytes = b"\xff\xfe \xe2\x80\x9cWe will win,\xe2\x80\x9d said Ann Lee.";
    let doc = ex.extract_bytes(bytes).expect("lossy never fails on encoding");
    let text = doc.text.clone().expect("decoded text kept when bytes were replaced");
    assert!(text.starts_with("\u{fffd}\u{fffd} "));
    assert_eq!(doc.quotes[0].text, "We will win,");
    spans_index(&doc, &text);
    // JSON spans are code points into the decoded text.
    let json: serde_json::Value = serde_json::from_str(&doc.to_json("")).expect("valid JSON");
    assert_eq!(json["quotes"][0]["span"][0], 4);
    // Valid bytes: no text kept, spans index the bytes.
    let valid = "“We will win,” said Ann Lee.";
    let doc = ex.extract_bytes(valid.as_bytes()).expect("valid");
    assert_eq!((doc.text.as_deref(), &doc), (None, &Extractor::default().extract(valid)));
}

#[test]
fn a_byte_order_mark_is_skipped_and_spans_index_the_input() {
    let plain = Extractor::default().extract(RELEASE);
    let with_bom = format!("\u{feff}{RELEASE}");
    let doc = Extractor::default().extract(&with_bom);
    assert_eq!(doc.dateline.as_ref().map(|d| d.location.as_str()), Some("GENEVA"));
    assert_eq!(doc.quotes.len(), plain.quotes.len());
    assert_eq!(doc.title, plain.title);
    for (a, b) in doc.quotes.iter().zip(&plain.quotes) {
        assert_eq!((a.span.start, a.span.end), (b.span.start + 3, b.span.end + 3));
    }
    spans_index(&doc, &with_bom);
    // Bytes with a BOM: same Document, and the code-point spans count the
    // mark as one code point.
    let from_bytes = Extractor::default().extract_bytes(with_bom.as_bytes()).expect("valid");
    assert_eq!(from_bytes, doc);
    let json: serde_json::Value = serde_json::from_str(&doc.to_json(&with_bom)).expect("valid JSON");
    let plain_json: serde_json::Value = serde_json::from_str(&plain.to_json(RELEASE)).expect("valid JSON");
    assert_eq!(json["quotes"][0]["span"][0].as_u64(), plain_json["quotes"][0]["span"][0].as_u64().map(|s| s + 1));
}

#[cfg(feature = "html")]
#[test]
fn html_follows_the_same_limits() {
    let page = format!("<article><p>{RELEASE}</p></article>");
    let ex = limited(Some(40), Some(1));
    assert!(matches!(
        ex.extract_html_guarded(&page).map_err(pressparse::Error::into_kind),
        Err(ErrorKind::InputTooLarge { .. })
    ));
    assert!(ex.extract_html(&page).truncated);
    let doc = limited(None, Some(1)).extract_html(&page);
    assert!(doc.truncated && doc.quotes.len() == 1 && doc.dates.len() == 1);
}
