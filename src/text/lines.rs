//! Physical lines, with `\n`, `\r\n` and `\r` all recognised as line ends.

use crate::span::Span;

/// One physical line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// The line's content, without its terminator.
    pub span: Span,
    /// True when the line holds only whitespace.
    pub blank: bool,
}

/// Split `text` into lines.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(text.len() / 60 + 1);
    let mut start = 0;
    let mut i = 0;
    loop {
        i = find_break(bytes, i);
        if i >= bytes.len() {
            break;
        }
        push(text, &mut lines, start, i);
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        i += 1;
        start = i;
    }
    if start < bytes.len() {
        push(text, &mut lines, start, bytes.len());
    }
    lines
}

/// The offset of the first `\n` or `\r` at or after `from` (`bytes.len()`
/// when none).
fn find_break(bytes: &[u8], from: usize) -> usize {
    super::scan::find_any(bytes, from, [b'\n', b'\r'])
}

/// Add the line `start..end` of `text` (both offsets at a line break or an
/// end of the text, so on character boundaries). Inlined: it runs once a
/// line, and most lines are decided by their first byte.
///
/// Blank is `content.chars().all(char::is_whitespace)`: the same as the
/// whitespace it starts with being all of it ([`super::scan::leading_space`]
/// trims what `trim_start` trims), read as bytes with no character decoded
/// on an ASCII line.
#[inline]
fn push(text: &str, lines: &mut Vec<Line>, start: usize, end: usize) {
    let content = text.get(start..end).unwrap_or("");
    // U+2028/U+2029 and form feeds are left inside lines; NBSP counts as space.
    let blank = super::scan::leading_space(content) == content.len();
    lines.push(Line { span: Span::new(start, end), blank });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_line_endings() {
        let text = "a\r\nb\rc\nd";
        let lines = split_lines(text);
        let got: Vec<_> = lines.iter().map(|l| &text[l.span.start..l.span.end]).collect();
        assert_eq!(got, ["a", "b", "c", "d"]);
    }

    proptest::proptest! {
        /// A line is blank exactly when all its characters are whitespace.
        #[test]
        fn blank_as_all_whitespace(s in "[a \t\u{b}\u{c}\u{85}\u{a0}\u{2028}\u{3000}é]{0,8}") {
            let mut lines = Vec::new();
            push(&s, &mut lines, 0, s.len());
            proptest::prop_assert_eq!(lines.first().map(|l| l.blank), Some(s.chars().all(char::is_whitespace)));
        }
    }

    #[test]
    fn blank_lines() {
        let lines = split_lines("a\n \t\n\nb\n");
        assert_eq!(lines.iter().filter(|l| l.blank).count(), 2);
        assert_eq!(lines.len(), 4);
    }
}
