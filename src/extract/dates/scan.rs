//! Candidate positions in one block and the dispatch to the rules.
//!
//! Candidates are the lexicon phrases (read off the model's lexicon hits)
//! and the starts of digit runs that do not continue a word ("MC13", "G7"
//! are skipped).
//! They are visited left to right; a candidate inside an expression already
//! read is skipped, so each rule runs only where a date can start.

use std::borrow::Cow;

use super::{absolute, numeric, relative, Raw};
use crate::lexicon::dates::{Found, Word};
use crate::lexicon::hits::LexiconHits;
use crate::lexicon::lowercase;
use crate::span::Span;

/// How far past a candidate a rule may read, in bytes.
const WINDOW: usize = 120;

/// Read the date expressions of `span` of `text` into `out` (byte offsets
/// into `text`), in text order.
pub(crate) fn scan(text: &str, span: Span, out: &mut Vec<Raw>) {
    let Some(s) = span.slice(text) else { return };
    let hits = LexiconHits::find(s, &[]);
    let whole = Span::new(0, s.len());
    scan_found(text, span, hits.date_phrases(s, whole), hits.digit_words_in(whole), out);
}

/// [`scan`], with the lexicon phrases read off the model's hits (the same
/// phrases: see [`crate::lexicon::hits`]) instead of searched for again.
pub(crate) fn scan_with_hits(text: &str, span: Span, hits: &LexiconHits, out: &mut Vec<Raw>) {
    scan_found(text, span, hits.date_phrases(text, span), hits.digit_words_in(span), out);
}

/// [`scan`] with the lexicon phrases of the span given (offsets into the
/// span, on word boundaries, leftmost-longest, in order) and the starts of
/// its words that start with a digit (digit runs that do not continue a
/// word, in order).
fn scan_found(
    text: &str,
    span: Span,
    words: impl Iterator<Item = Found>,
    digit_words: impl Iterator<Item = usize>,
    out: &mut Vec<Raw>,
) {
    let Some(s) = span.slice(text) else { return };
    let first = out.len();
    let mut covered = 0usize;
    let mut words = words.peekable();
    let mut digit_words = digit_words.peekable();
    let bytes = s.as_bytes();
    let mut i = 0usize;
    loop {
        // The next digit-run start at or after `i`.
        while digit_words.next_if(|&d| d < i).is_some() {}
        let digit = digit_words.peek().copied();
        let word_start = words.peek().map(|w| w.start);
        let (pos, word) = match (digit, word_start) {
            (None, None) => break,
            (Some(d), Some(w)) if w <= d => (w, words.next()),
            (Some(d), _) => (d, None),
            (None, Some(w)) => (w, words.next()),
        };
        if word.is_none() {
            i = pos + 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        }
        if pos < covered {
            continue;
        }
        let before = out.len();
        let end = if let Some(f) = word {
            match f.word {
                Word::Month(m) => absolute::at_month(s, pos, f.end, m, covered, out),
                Word::Weekday(d) => absolute::at_weekday(s, pos, f.end, covered, out)
                    .or_else(|| relative::weekday(s, pos, f.end, d, covered, out)),
                Word::Season => absolute::at_season(s, pos, out),
                Word::Relative(unit) => relative::phrase(s, pos, f.end, unit, out),
                Word::Ago => relative::ago(s, pos, f.end, covered, out),
            }
        } else {
            let month_near = words.peek().is_some_and(|w| matches!(w.word, Word::Month(_)) && w.start < pos + 40);
            numeric::at_digit(s, pos, covered, month_near, out)
        };
        if let Some(end) = end {
            covered = covered.max(end);
        } else {
            out.truncate(before);
        }
    }
    for r in out.iter_mut().skip(first) {
        *r = r.shifted(span.start);
    }
    numeric::borrow_years(s, span.start, &mut out[first..]);
}

/// Up to [`WINDOW`] bytes of `s` from `pos`, cut at a char boundary.
pub(crate) fn window(s: &str, pos: usize) -> &str {
    let mut end = (pos + WINDOW).min(s.len());
    while end > pos && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(pos..end).unwrap_or("")
}

/// The whitespace-separated token before `pos`, and where it starts.
pub(crate) fn prev_token(s: &str, pos: usize) -> Option<(&str, usize)> {
    let head = s.get(..pos)?.trim_end();
    if head.is_empty() {
        return None;
    }
    let start = head.rfind(char::is_whitespace).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
    Some((&head[start..], start))
}

/// The token before `pos`, lower-cased, without trailing punctuation
/// ("No." → "no", "H.R." → "h.r", "In" → "in"), borrowed from `s` when
/// it is lower-case already (most are).
pub(crate) fn prev_word(s: &str, pos: usize) -> Option<(Cow<'_, str>, usize)> {
    let (tok, start) = prev_token(s, pos)?;
    let w = tok.trim_end_matches(['.', ':', '(', '[']).trim_start_matches(['(', '[', '"', '“', '‘', '\'']);
    Some((lowercase(w), start))
}

/// The word after `pos` (after whitespace), letters and hyphens only.
pub(crate) fn next_word(s: &str, pos: usize) -> &str {
    let tail = s.get(pos..).unwrap_or("");
    let t = tail.trim_start();
    let end = t.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')).unwrap_or(t.len());
    &t[..end]
}

/// The first char at or after `pos`.
pub(crate) fn char_at(s: &str, pos: usize) -> Option<char> {
    s.get(pos..).and_then(|t| t.chars().next())
}

/// True when "mid-" (any case) ends at `pos`: "mid-April", "mid-2020".
pub(crate) fn after_mid(s: &str, pos: usize) -> bool {
    pos >= 4 && s.get(pos - 4..pos).is_some_and(|t| t.eq_ignore_ascii_case("mid-"))
}

/// The char before `pos`.
pub(crate) fn char_before(s: &str, pos: usize) -> Option<char> {
    s.get(..pos).and_then(|t| t.chars().next_back())
}

/// "'s" or "’s" at `pos`: its length.
pub(crate) fn possessive(s: &str, pos: usize) -> Option<usize> {
    let t = s.get(pos..)?;
    for p in ["'s", "’s"] {
        if t.starts_with(p) && !t[p.len()..].chars().next().is_some_and(char::is_alphanumeric) {
            return Some(p.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        let s = "signed H.R. 2018 in (2025)";
        assert_eq!(prev_word(s, 12).map(|w| w.0), Some("h.r".into()));
        assert_eq!(next_word(s, 16), "in");
        assert_eq!(prev_token("x", 0), None);
        assert_eq!(possessive("today’s world", 5), Some(4));
        assert_eq!(possessive("todays", 5), None);
        assert_eq!(window("é", 0), "é");
    }

    #[test]
    fn skips_digits_inside_words() {
        let mut out = Vec::new();
        let s = "MC13 and G7 and COVID-19 at MC12 in 2022";
        scan(s, Span::new(0, s.len()), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(&s[out[0].start..out[0].end], "2022");
    }
}
