//! Invariants every [`Document`] must satisfy, shared by the fuzz targets,
//! the property tests and the adversarial tests so that they all check the
//! same thing. Not part of the public API.
//!
//! ```
//! let text = "“We will act,” said Jane Doe on April 20, 2018.";
//! let doc = pressparse::extract(text);
//! pressparse::check::document(&doc, text).unwrap();
//! ```

use crate::document::Document;
use crate::span::Span;

/// Extract `text` twice with default options and check every invariant of
/// the result, and that both runs agree.
///
/// ```
/// pressparse::check::extraction("«Non», a déclaré Marie le 3 mai 2021.").unwrap();
/// ```
pub fn extraction(text: &str) -> Result<Document, String> {
    let first = crate::extract(text);
    document(&first, text)?;
    same(&first, &crate::extract(text), text)?;
    Ok(first)
}

/// Check every invariant of `doc`, extracted from `input` (for HTML input,
/// the spans index [`Document::text`] and `input` is ignored): byte spans on
/// character boundaries that slice to each record's text, records sorted by
/// position, speaker ids consistent, and code-point spans in the JSON that
/// slice to the same text. The error names the first broken invariant.
pub fn document(doc: &Document, input: &str) -> Result<(), String> {
    let text = doc.text.as_deref().unwrap_or(input);
    spans(doc, text)?;
    sorted(doc)?;
    speakers(doc)?;
    json_spans(doc, text)
}

/// Byte spans: every record's span slices `text` to the record's `text`;
/// every other span (dateline, mentions, boilerplate) lies inside `text` on
/// character boundaries.
pub fn spans(doc: &Document, text: &str) -> Result<(), String> {
    let with_text = doc
        .quotes
        .iter()
        .map(|q| ("quote", q.span, q.text.as_str()))
        .chain(doc.demands.iter().map(|d| ("demand", d.span, d.text.as_str())))
        .chain(doc.dates.iter().map(|d| ("date", d.span, d.text.as_str())))
        .chain(doc.signatories.iter().map(|s| ("signatory count", s.span, s.text.as_str())))
        .chain(doc.signatory_total.iter().map(|s| ("signatory total", s.span, s.text.as_str())));
    for (kind, span, record_text) in with_text {
        match span.slice(text) {
            Some(s) if s == record_text => {}
            Some(s) => return Err(format!("{kind} span {span:?} slices {s:?}, record text is {record_text:?}")),
            None => return Err(format!("{kind} span {span:?} is not on character boundaries of the input")),
        }
    }
    let bare = doc
        .dateline
        .iter()
        .map(|d| ("dateline", d.span))
        .chain(doc.speakers.iter().flat_map(|s| s.mentions.iter().map(|m| ("mention", *m))))
        .chain(doc.boilerplate.iter().map(|b| ("boilerplate", *b)));
    for (kind, span) in bare {
        if span.slice(text).is_none() {
            return Err(format!("{kind} span {span:?} is not on character boundaries of the input"));
        }
    }
    Ok(())
}

/// Records are listed in the order they occur: each list is sorted by
/// span start. (A speaker's mentions are not: the fullest form of the name
/// may be found after a short one.)
pub fn sorted(doc: &Document) -> Result<(), String> {
    let lists: [(&str, Vec<Span>); 5] = [
        ("quotes", doc.quotes.iter().map(|q| q.span).collect()),
        ("demands", doc.demands.iter().map(|d| d.span).collect()),
        ("dates", doc.dates.iter().map(|d| d.span).collect()),
        ("signatories", doc.signatories.iter().map(|s| s.span).collect()),
        ("boilerplate", doc.boilerplate.clone()),
    ];
    for (kind, spans) in &lists {
        in_order(kind, spans)?;
    }
    Ok(())
}

fn in_order(kind: &str, spans: &[Span]) -> Result<(), String> {
    match spans.windows(2).find(|w| w[1].start < w[0].start) {
        Some(w) => Err(format!("{kind} out of order: {:?} before {:?}", w[0], w[1])),
        None => Ok(()),
    }
}

/// Speaker ids are their indexes, and every quote's speaker exists.
pub fn speakers(doc: &Document) -> Result<(), String> {
    if let Some(s) = doc.speakers.iter().enumerate().find(|(i, s)| s.id != *i) {
        return Err(format!("speaker {:?} at index {} has id {}", s.1.name, s.0, s.1.id));
    }
    match doc.quotes.iter().find(|q| q.speaker.is_some_and(|s| s >= doc.speakers.len())) {
        Some(q) => Err(format!("quote {:?} points to missing speaker {:?}", q.text, q.speaker)),
        None => Ok(()),
    }
}

/// The JSON form: valid, and its code-point spans slice the text (as
/// Python would) to each record's text.
pub fn json_spans(doc: &Document, text: &str) -> Result<(), String> {
    let json: serde_json::Value =
        serde_json::from_str(&doc.to_json(text)).map_err(|e| format!("to_json is not valid JSON: {e}"))?;
    let chars: Vec<char> = text.chars().collect();
    for kind in ["quotes", "demands", "dates", "signatories"] {
        for r in json[kind].as_array().into_iter().flatten() {
            let start = r["span"][0].as_u64().map_or(usize::MAX, |v| v as usize);
            let end = r["span"][1].as_u64().map_or(usize::MAX, |v| v as usize);
            if start > end || end > chars.len() {
                return Err(format!("{kind} JSON span [{start}, {end}] is outside {} code points", chars.len()));
            }
            let sliced: String = chars[start..end].iter().collect();
            if Some(sliced.as_str()) != r["text"].as_str() {
                return Err(format!("{kind} JSON span [{start}, {end}] slices {sliced:?}, record is {}", r["text"]));
            }
        }
    }
    Ok(())
}

/// Two extractions of the same input give the same JSON.
pub fn same(first: &Document, second: &Document, input: &str) -> Result<(), String> {
    let (a, b) = (first.to_json(input), second.to_json(input));
    if a == b {
        Ok(())
    } else {
        Err(format!("extraction is not deterministic:\n{a}\n{b}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catches_a_span_that_does_not_slice_the_text() {
        let text = "“We will act,” said Jane Doe.";
        let mut doc = crate::extract(text);
        assert!(document(&doc, text).is_ok());
        // Inside the opening mark, then one character into the quote.
        doc.quotes[0].span.start = 1;
        assert!(spans(&doc, text).is_err_and(|e| e.contains("not on character boundaries")));
        doc.quotes[0].span.start = 4;
        assert!(spans(&doc, text).is_err_and(|e| e.contains("slices")));
    }

    #[test]
    fn catches_records_out_of_order() {
        let text = "It happened on May 2, 2020 and on June 3, 2021.";
        let mut doc = crate::extract(text);
        assert!(sorted(&doc).is_ok());
        doc.dates.reverse();
        assert!(sorted(&doc).is_err_and(|e| e.contains("dates out of order")));
    }

    #[test]
    fn catches_a_dangling_speaker() {
        let text = "“We will act,” said Jane Doe.";
        let mut doc = crate::extract(text);
        doc.quotes[0].speaker = Some(7);
        assert!(speakers(&doc).is_err());
    }
}
