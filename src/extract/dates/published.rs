//! The release's own date: a date line near the top, never a date of the
//! narrative or an "Updated …" line.
//!
//! The top of a release runs up to and including its first long paragraph
//! (and at most [`TOP_BLOCKS`] content blocks). There a date with its own
//! year is the release's date when it
//! - stands alone in its block, perhaps after a label ("FOR IMMEDIATE
//!   RELEASE:", "Release:", "Published") or before a time ("November 30,
//!   2021 at 9:00 am");
//! - ends a short block ("By Adam Wolfenden, 7 October 2020.", "New York,
//!   NY Dec 1, 2025");
//! - sits in a dateline at the start of a paragraph, before a wire mark or
//!   a dash ("SCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/ --",
//!   "GENEVA (26 June 2023) –").

use super::resolve::IsoParts;
use super::{Raw, What};
use crate::lexicon::with_lowercase;
use crate::text::TextModel;

/// How many content blocks the top of a release may have.
const TOP_BLOCKS: usize = 30;
/// A paragraph this long (bytes) ends the top of the release.
const LONG: usize = 250;

/// Labels that may precede the release's date in its block.
const LABELS: &[&str] = &[
    "for immediate release",
    "immediate release",
    "press release",
    "news release",
    "media release",
    "release date",
    "release",
    "released",
    "published on",
    "published",
    "posted on",
    "posted",
    "issued",
    "date",
    "dated",
];

/// Labels that mark a date that is not the release's own.
const NOT_LABELS: &[&str] =
    &["updated", "last updated", "modified", "last modified", "revised", "reviewed", "accessed"];

/// The release's own date among `raws` (byte offsets into `model.text`).
pub(crate) fn find(model: &TextModel<'_>, raws: &[Raw]) -> Option<IsoParts> {
    let mut k = 0;
    let mut seen = 0;
    // Past the first long paragraph only a date on a line of its own counts.
    let mut long_seen = 0;
    for block in &model.blocks {
        if seen >= TOP_BLOCKS {
            break;
        }
        seen += usize::from(!block.boilerplate);
        let span = block.span;
        while k < raws.len() && raws[k].start < span.start {
            k += 1;
        }
        let text = model.slice(span);
        let mut j = k;
        while j < raws.len() && raws[j].end <= span.end {
            let r = raws[j];
            j += 1;
            let (Some(year), What::Calendar) = (r.year, r.what) else { continue };
            if r.month.is_none() {
                continue;
            }
            let head = text.get(..r.start - span.start).unwrap_or("");
            let tail = text.get(r.end - span.start..).unwrap_or("");
            let found = if long_seen == 0 { own_date(head, tail, text) } else { own_line(head, tail) };
            if found {
                return Some(IsoParts { year, month: r.month, day: r.day });
            }
        }
        if text.len() >= LONG && !block.is_heading() && !block.boilerplate {
            long_seen += 1;
            if long_seen > 1 {
                break;
            }
        }
    }
    None
}

/// The longest head, in bytes, that [`strip_label`] reads as a label.
const LABEL_REACH: usize = 200;

fn strip_label(head: &str) -> Option<&str> {
    if head.len() > LABEL_REACH {
        return Some(head);
    }
    with_lowercase(head, is_label).map(|label| if label { "" } else { head })
}

/// Whether a lower-cased head is only a label (or nothing): `Some(true)`,
/// `Some(false)` when it is something else, `None` when it ends with a
/// word that rules a publication date out.
fn is_label(lower: &str) -> Option<bool> {
    let t = lower.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | '(' | '['));
    if NOT_LABELS.iter().any(|l| t.ends_with(l)) {
        return None;
    }
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() {
        return Some(true);
    }
    for l in LABELS {
        if let Some(rest) = t.strip_prefix(l) {
            let rest = rest.trim_matches(|c: char| c.is_whitespace() || !c.is_alphanumeric());
            if rest.is_empty() {
                return Some(true);
            }
        }
    }
    Some(false)
}

/// A date alone on its physical line, perhaps after a label or before a
/// time or a place ("March 28, 2026. 15:00 West African Time").
fn own_line(head: &str, tail: &str) -> bool {
    if !blank_but_label(head) {
        return false;
    }
    let line_tail = tail.split(['\n', '\r']).next().unwrap_or("").trim();
    line_tail.chars().count() <= 60 && !line_tail.contains(" said") && !line_tail.contains(" will ")
}

/// Is the last physical line of `head` empty but for a label? Reads back
/// at most a label's length (past it, only through whitespace), so that
/// the dates of one huge line do not each rescan the line from its start.
fn blank_but_label(head: &str) -> bool {
    let mut from = head.len().saturating_sub(LABEL_REACH + 1);
    while !head.is_char_boundary(from) {
        from -= 1;
    }
    let recent = &head[from..];
    let line = match recent.rfind(['\n', '\r']) {
        Some(i) => &recent[i + 1..],
        None if from == 0 => head,
        // A line longer than a label: blank only when all whitespace.
        None => {
            return head
                .chars()
                .rev()
                .find(|c| !c.is_whitespace() || matches!(c, '\n' | '\r'))
                .is_none_or(|c| matches!(c, '\n' | '\r'))
        }
    };
    strip_label(line).is_some_and(|h| h.trim().is_empty())
}

/// Is a date with `head` before it and `tail` after it in block `text` the
/// release's own date?
fn own_date(head: &str, tail: &str, text: &str) -> bool {
    if strip_label(head).is_none() {
        return false;
    }
    if own_line(head, tail) {
        return true;
    }
    // Ending a short block: a byline or a place.
    let tail_t = tail.trim();
    let end_like = tail_t.is_empty() || matches!(tail_t, "." | ")" | "]" | ").");
    if end_like && text.len() <= 150 {
        return true;
    }
    // A dateline: a place in capitals, then the date, then a wire mark or a dash.
    let starts_upper = head
        .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let t = tail.trim_start_matches([')', ']']).trim_start();
    let wire = t.starts_with(['/', '(', '—', '–', '-', '@', '|'])
        || tail.starts_with("  ") && t.chars().next().is_some_and(char::is_uppercase);
    let range_start = t.starts_with(['-', '–', '—'])
        && t[t.chars().next().map_or(1, char::len_utf8)..].trim_start().starts_with(|c: char| c.is_ascii_digit());
    let head_ok = starts_upper || head.trim().is_empty();
    head.len() <= 160 && head_ok && wire && !range_start && lowercase_words(head) <= 3
}

/// Lower-case words outside brackets: few in a dateline or a title, many in a sentence.
fn lowercase_words(head: &str) -> usize {
    let mut depth = 0i32;
    let mut plain = String::with_capacity(head.len());
    for c in head.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth <= 0 => plain.push(c),
            _ => {}
        }
    }
    plain.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_lowercase)).count()
}

#[cfg(test)]
mod tests {
    use crate::text::TextModel;

    fn published(text: &str) -> Option<String> {
        super::super::extract(&TextModel::new(text), None, None).published
    }

    #[test]
    fn date_lines() {
        assert_eq!(
            published("FOR IMMEDIATE RELEASE\n\nFriday, August 10, 2012\n\nCourt Bars Woman\n\nThe court ruled today.")
                .as_deref(),
            Some("2012-08-10")
        );
        assert_eq!(
            published("Title of it\n\n14 April 2021\n\nMore than 170 former heads of state wrote.").as_deref(),
            Some("2021-04-14")
        );
        assert_eq!(
            published("Title\n\nRelease:\nSeptember 27, 2021\n\nContact:\nDeborah James").as_deref(),
            Some("2021-09-27")
        );
        assert_eq!(
            published("# Title\n\nSCOTTSDALE, AZ, May 06, 2025 /24-7PressRelease/ -- For many people battling addiction, since March 3, 2020.").as_deref(),
            Some("2025-05-06")
        );
        assert_eq!(published("GENEVA (26 June 2023) – The council met.").as_deref(), Some("2023-06-26"));
        assert_eq!(
            published("Title\n\nMarch 3, 2009 — The company announced a long list of things today.").as_deref(),
            Some("2009-03-03")
        );
        assert_eq!(published("By Jane Doe | March 3, 2021 | 5 min read\n\nText.").as_deref(), Some("2021-03-03"));
        assert_eq!(published("FOR IMMEDIATE RELEASE: March 3, 2009\n\nText.").as_deref(), Some("2009-03-03"));
        assert_eq!(published("Published on 4 May 2021 by the network.").as_deref(), Some("2021-05-04"));
        assert_eq!(
            published(
                "BIDEN Statement on Georgia\n             November 14, 2007 \n Washington, DC- The senator said."
            )
            .as_deref(),
            Some("2007-11-14")
        );
        assert_eq!(
            published("NGO PRESS CONFERENCE\n\nMarch 28, 2026. 15:00 West African Time, press briefing room.")
                .as_deref(),
            Some("2026-03-28")
        );
        assert_eq!(
            published("\u{feff}YUCCA VALLEY, California — November 11, 2024 — The foundation announced a grant.")
                .as_deref(),
            Some("2024-11-11")
        );
    }

    #[test]
    fn never_narrative_or_updated() {
        assert_eq!(
            published("The 14th Ministerial Conference of the WTO has taken place 26-29 March 2026 in Cameroon."),
            None
        );
        assert_eq!(
            published(
                "The court ruled on March 3, 2009 that the tax preparer in New York must stop, the department said."
            ),
            None
        );
        assert_eq!(published("Updated August 23, 2016\n\nText."), None);
        let long = "x ".repeat(200);
        assert_eq!(published(&format!("Title\n\n{long}\n\n{long}\n\n14 April 2021\n\nMore.")), None);
        assert_eq!(published(&format!("Title\n\n{long}\n\nDeborah James, 14 April 2021\n\nMore.")), None);
    }
}
