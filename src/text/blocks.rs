//! Blocks: paragraphs, headings and list items.
//!
//! Lines are grouped into runs separated by blank lines. A run whose line
//! breaks look like soft wraps (a long line not ending a sentence, or a
//! break followed by a lower-case word) becomes one block; otherwise every
//! line is its own block (menus, one-line paragraphs, bullet lists). A line
//! that starts with a bullet or number always starts a new list item, and a
//! bare marker line joins the line after it. Inside soft-wrapped prose a
//! line indented far deeper than the one before (a centred date under a
//! headline in a PDF export) starts a block of its own, and so does the line
//! after it when the indentation falls back. Very long lines whose
//! paragraphs were collapsed into double spaces by a scraper are split at
//! those gaps.

use std::ops::Range;

use super::lines::Line;
use super::scan::{chars_upto, leading_space, more_words_than, trim, words_upto};
use crate::span::Span;

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A short line without closing punctuation: headline, section title,
    /// menu label, date line.
    Heading,
    /// An item of a bulleted or numbered list (marker stripped).
    ListItem,
}

/// One paragraph, heading or list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The content, trimmed, with any list marker or `#` heading mark excluded.
    pub span: Span,
    /// Paragraph, heading or list item.
    pub kind: BlockKind,
    /// The bullet or number of a list item.
    pub marker: Option<Span>,
    /// The physical lines the block spans.
    pub lines: Range<usize>,
    /// True when one or more blank lines separate this block from the previous one.
    pub gap_before: bool,
    /// Page chrome that is not part of the release.
    pub boilerplate: bool,
    /// A photo caption or credit: part of the text but never a quote.
    pub caption: bool,
    /// Index range into [`super::TextModel::sentences`].
    pub sentences: Range<usize>,
    /// Index range into [`super::TextModel::quotes`].
    pub quotes: Range<usize>,
}

const BULLETS: &[char] = &['•', '●', '▪', '■', '◦', '○', '·', '‣', '⁃', '►', '▶', '✓', '✔', '*', '-', '–', '—'];

/// The byte length of a list marker at the start of `s` (after leading
/// whitespace has been removed), including the whitespace after it.
pub(crate) fn list_marker_len(s: &str) -> Option<usize> {
    if opens_with_no_marker(s) {
        return None;
    }
    marker_len_read(s)
}

/// True when `s` opens with an ASCII letter that cannot start a marker: a
/// capital, or a small letter not followed by `)` (most lines of a release
/// open so). [`marker_len_read`] gives `None` for them (no bullet is an
/// ASCII letter, and a letter item is one small letter and `)`), so they
/// are turned away before the bullets are compared.
fn opens_with_no_marker(s: &str) -> bool {
    match s.as_bytes() {
        [a, rest @ ..] => a.is_ascii_uppercase() || (a.is_ascii_lowercase() && rest.first() != Some(&b')')),
        [] => false,
    }
}

/// [`list_marker_len`], read in full.
fn marker_len_read(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, c) = chars.next()?;
    if BULLETS.contains(&c) {
        let after = &s[c.len_utf8()..];
        // A dash or star must be followed by space (or end the line); a
        // bullet glyph may touch the word.
        let space = after.len() - after.trim_start().len();
        if after.is_empty() {
            return Some(s.len());
        }
        if space > 0 {
            return Some(c.len_utf8() + space);
        }
        if !matches!(c, '*' | '-' | '–' | '—') {
            return Some(c.len_utf8());
        }
        return None;
    }
    // "1." "12)" "(a)" "a)" "iv." followed by whitespace.
    let bytes = s.as_bytes();
    let mut i = 0;
    let paren = bytes[0] == b'(';
    if paren {
        i = 1;
    }
    let start = i;
    while i < bytes.len() && bytes[i].is_ascii_digit() && i - start < 3 {
        i += 1;
    }
    if i == start {
        // a single letter item: "a)" or "(a)"
        if i < bytes.len() && bytes[i].is_ascii_lowercase() {
            i += 1;
        } else {
            return None;
        }
        if !(i < bytes.len() && bytes[i] == b')') {
            return None;
        }
    }
    if i >= bytes.len() {
        return None;
    }
    match bytes[i] {
        b'.' | b')' if !paren || bytes[i] == b')' => i += 1,
        _ => return None,
    }
    let rest = &s[i..];
    let space = rest.len() - rest.trim_start().len();
    if space == 0 || rest.trim().is_empty() {
        return None;
    }
    // "17. Juni 2022", "3. März": a day and a month name (German and other
    // day-first dates with a full stop), not a numbered item.
    let first_word = rest.split_whitespace().next().unwrap_or("").trim_end_matches([',', '.']);
    if bytes[i - 1] == b'.' && crate::lexicon::dates::LEXICON.month(first_word).is_some() {
        return None;
    }
    Some(i + space)
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    t.ends_with(['.', '!', '?', ':', ';', '…'])
}

/// True when `s` reads as running text of the release: twelve words or more
/// ending a sentence (or forty words or more, however it ends).
pub(crate) fn looks_like_body(s: &str) -> bool {
    // 40 words, or 12 when it ends like a sentence. Counting stops at the
    // number needed, so a long paragraph is not walked word by word.
    let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    let needed = if t.ends_with(['.', '!', '?', '…']) { 12 } else { 40 };
    // A cheap proof of more than `needed - 1` words (most body paragraphs
    // give it in a few bytes) is the same answer as the exact count.
    more_words_than(s, needed - 1) || words_upto(s, needed) >= needed
}

fn starts_lower(line: &str) -> bool {
    line.get(leading_space(line)..).and_then(|t| t.chars().next()).is_some_and(char::is_lowercase)
}

fn is_all_caps(line: &str) -> bool {
    // The lower-case test first: it stops at the first lower-case letter,
    // which in most lines is the second character.
    !line.chars().any(char::is_lowercase) && line.chars().filter(|c| c.is_alphabetic()).take(3).count() >= 3
}

/// Extra indentation (in bytes of leading whitespace) that marks a centred
/// line, such as a date under a headline in a PDF export.
const CENTRED: usize = 4;

fn indent(line: &str) -> usize {
    leading_space(line)
}

/// Build the blocks of `text` from its lines.
pub(crate) fn build_blocks(text: &str, lines: &[Line]) -> Vec<Block> {
    let mut blocks = Vec::with_capacity(lines.len() / 2 + 1);
    let mut i = 0;
    let mut gap = true;
    while i < lines.len() {
        if lines[i].blank {
            gap = true;
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].blank {
            i += 1;
        }
        split_run(text, lines, start..i, gap, &mut blocks);
        gap = false;
    }
    blocks
}

/// Split one run of non-blank lines into blocks.
fn split_run(text: &str, lines: &[Line], run: Range<usize>, gap: bool, out: &mut Vec<Block>) {
    let line_text = |k: usize| &text[lines[k].span.start..lines[k].span.end];
    // Decide whether the run is soft-wrapped prose.
    let breaks = run.len().saturating_sub(1);
    let mut soft = 0;
    for k in run.start..run.end.saturating_sub(1) {
        let cur = line_text(k);
        let next = line_text(k + 1);
        if !ends_sentence(cur) && (chars_upto(trim(cur), 40) >= 40 || starts_lower(next)) {
            soft += 1;
        }
    }
    let wrapped = breaks > 0 && soft * 2 >= breaks;

    let mut first = run.start;
    let mut first_gap = gap;
    for k in run.start..run.end {
        let next = k + 1;
        let end_here = next == run.end || {
            let cur = line_text(k);
            let nxt = line_text(next);
            // (Only a block's first line can be a bare marker that joins the
            // next: the marker is read there alone.)
            let bare_marker = || list_marker_len(cur.trim_start()).is_some_and(|n| n == cur.trim_start().len());
            if k == first && bare_marker() {
                false
            } else if list_marker_len(nxt.trim_start()).is_some() || !wrapped {
                true
            } else {
                // Forced breaks inside wrapped prose: an all-caps line before
                // mixed case, a deeper-indented line after a sentence end, a
                // centred line (indented far deeper than the line before),
                // and a short line after which the indentation falls back.
                (is_all_caps(cur) && !is_all_caps(nxt))
                    || (indent(nxt) > indent(cur) + 1 && ends_sentence(cur))
                    || indent(nxt) >= indent(cur) + CENTRED
                    || (indent(cur) >= indent(nxt) + CENTRED && chars_upto(trim(cur), 40) < 40)
            }
        };
        if end_here {
            push_block(text, lines, first..next, first_gap, out);
            first = next;
            first_gap = false;
        }
    }
}

fn push_block(text: &str, lines: &[Line], range: Range<usize>, gap: bool, out: &mut Vec<Block>) {
    let span = Span::new(lines[range.start].span.start, lines[range.end - 1].span.end);
    let content = super::trim_span(text, span);
    if content.is_empty() {
        return;
    }
    let s = &text[content.start..content.end];
    // Paragraphs collapsed into one long line with double spaces.
    let gaps = if s.len() > 300 { collapsed_gaps(s) } else { Vec::new() };
    if gaps.len() >= 3 {
        let mut from = 0;
        let mut first_gap = gap;
        for (gs, ge) in gaps.into_iter().chain(std::iter::once((s.len(), s.len()))) {
            let piece = super::trim_span(text, Span::new(content.start + from, content.start + gs));
            if !piece.is_empty() {
                push_one(text, piece, range.clone(), first_gap, out);
                first_gap = true;
            }
            from = ge;
        }
        return;
    }
    push_one(text, content, range, gap, out);
}

/// Byte ranges of runs of two or more spaces (or NBSPs) inside `s`.
///
/// The same ranges as [`collapsed_gaps_reference`], the plain byte loop,
/// which only ever records a run of two or more units: such a run opens
/// with a space before a space or NBSP, or with an NBSP, so the loop is run
/// only from each such opening ([`next_gap_opening`], a vectorised search
/// over byte pairs) to the end of its run. A run that does not open so is a
/// single space and records nothing; an opening is never inside a run
/// already read (the search resumes after it). As in the loop, a run
/// reaching the end of the block is not recorded.
fn collapsed_gaps(s: &str) -> Vec<(usize, usize)> {
    let mut gaps = Vec::new();
    let bytes = s.as_bytes();
    let mut i = next_gap_opening(bytes, 0);
    while i < bytes.len() {
        let start = i;
        let mut count = 0;
        while let Some(width) = unit_width(bytes, i) {
            count += 1;
            i += width;
        }
        // (A run that reaches the end of the block is not a gap.)
        if count >= 2 && i < bytes.len() {
            gaps.push((start, i));
        }
        // `i` is at a byte that is not a unit (or the end).
        i = next_gap_opening(bytes, i + 1);
    }
    gaps
}

/// The byte width of the space (1) or no-break space (2, C2 A0) at `i`.
fn unit_width(bytes: &[u8], i: usize) -> Option<usize> {
    match (bytes.get(i), bytes.get(i + 1)) {
        (Some(b' '), _) => Some(1),
        (Some(0xC2), Some(0xA0)) => Some(2),
        _ => None,
    }
}

/// The first offset at or after `from` where a run of two or more spaces
/// or NBSPs may open: a space before a space or a C2 byte, or C2 A0
/// (`bytes.len()` when none).
///
/// Sixteen byte pairs at a time are screened ([`gap_screen`]) for what
/// every opening has, and only the pairs the screen stops at are tested
/// exactly, one by one.
#[allow(clippy::needless_bitwise_bool)] // the pair test as first written
fn next_gap_opening(bytes: &[u8], from: usize) -> usize {
    let opens = |p: u8, c: u8| ((p == b' ') & ((c == b' ') | (c == 0xC2))) | ((p == 0xC2) & (c == 0xA0));
    let opens_at = |k: usize| matches!((bytes.get(k), bytes.get(k + 1)), (Some(&p), Some(&c)) if opens(p, c));
    let mut i = from;
    loop {
        i = gap_screen(bytes, i);
        // The sixteen pairs from `i` (all that are left, near the end).
        let end = if i + 17 <= bytes.len() { i + 16 } else { bytes.len() };
        if let Some(k) = (i..end).find(|&k| opens_at(k)) {
            return k;
        }
        if end >= bytes.len() {
            return bytes.len();
        }
        i = end;
    }
}

/// The first offset `i` at or after `from` such that one of the sixteen
/// byte pairs from `i` may open a gap (`next_gap_opening`): two spaces, or
/// a C2 byte, which every opening has; or the first from which fewer than
/// seventeen bytes are left. The test is written as compares of one
/// seventeen-byte window at fixed places, in a function of its own: so it
/// is compiled into a few vector compares (the exact test, or this one
/// inlined into its caller, was compiled into shuffles or byte loads).
#[inline(never)]
#[allow(clippy::needless_bitwise_bool, clippy::needless_range_loop)] // branch-free fixed places: vectorised
fn gap_screen(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(w) = bytes.get(i..i + 17) {
        let (a, b) = (&w[..16], &w[1..]);
        let mut may = false;
        for k in 0..16 {
            may |= ((a[k] == b' ') & (b[k] == b' ')) | (b[k] == 0xC2) | (a[k] == 0xC2);
        }
        if may {
            return i;
        }
        i += 16;
    }
    i
}

/// [`collapsed_gaps`] as first written: one byte loop over the block.
#[cfg(test)]
fn collapsed_gaps_reference(s: &str) -> Vec<(usize, usize)> {
    let mut gaps = Vec::new();
    let mut run_start = None;
    let mut count = 0;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let width = match (bytes[i], bytes.get(i + 1)) {
            (b' ', _) => 1,
            (0xC2, Some(0xA0)) => 2,
            _ => 0,
        };
        if width > 0 {
            if run_start.is_none() {
                run_start = Some(i);
            }
            count += 1;
            i += width;
        } else {
            if let Some(st) = run_start.take() {
                if count >= 2 {
                    gaps.push((st, i));
                }
            }
            count = 0;
            i += 1;
        }
    }
    gaps
}

fn push_one(text: &str, content: Span, lines: Range<usize>, gap: bool, out: &mut Vec<Block>) {
    let s = &text[content.start..content.end];
    let mut span = content;
    let mut marker = None;
    let mut kind = BlockKind::Paragraph;
    if let Some(n) = list_marker_len(s) {
        marker = Some(Span::new(content.start, content.start + s[..n].trim_end().len()));
        span = super::trim_span(text, Span::new(content.start + n, content.end));
        kind = BlockKind::ListItem;
        if span.is_empty() {
            // A marker with nothing after it: keep it as a tiny paragraph so
            // that page chrome like a lone "•" is still covered.
            span = content;
            marker = None;
            kind = BlockKind::Paragraph;
        }
    } else if s.starts_with('#') {
        let stripped = s.trim_start_matches('#');
        if stripped.starts_with(' ') {
            span = super::trim_span(text, Span::new(content.end - stripped.len(), content.end));
            kind = BlockKind::Heading;
        }
    }
    if kind == BlockKind::Paragraph && looks_like_heading(&text[span.start..span.end]) {
        kind = BlockKind::Heading;
    }
    out.push(Block {
        span,
        kind,
        marker,
        lines,
        gap_before: gap,
        boilerplate: false,
        caption: false,
        sentences: 0..0,
        quotes: 0..0,
    });
}

/// Most words of a heading in sentence case; a title-case heading may have
/// up to [`LONG_HEADING_WORDS`].
const HEADING_WORDS: usize = 25;
/// Most words of a long headline written in title case.
const LONG_HEADING_WORDS: usize = 45;

fn looks_like_heading(s: &str) -> bool {
    // Every test below reads the count only up to LONG_HEADING_WORDS + 1,
    // so counting stops there (long paragraphs are not walked word by word).
    // Tested first because it is cheapest (every test here that fails
    // returns false, so the order does not change the answer).
    let t = s.trim_end();
    if t.ends_with(['.', ',', ';', ':', '“', '"', '”', '’', '»']) {
        return false;
    }
    // More than LONG_HEADING_WORDS words fail the test below whatever the
    // case: a cheap proof of length turns a long paragraph away first.
    if more_words_than(s, LONG_HEADING_WORDS) {
        return false;
    }
    let words = words_upto(s, LONG_HEADING_WORDS + 1);
    if words == 0 || words > 12 && s.contains('\n') {
        return false;
    }
    if words > HEADING_WORDS && !(words <= LONG_HEADING_WORDS && is_title_case(s)) {
        return false;
    }
    if t.ends_with(['!', '?']) {
        // Headlines may end with "!" or "?" when written in title case.
        let caps = s.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
        return caps * 2 > words;
    }
    s.chars().any(char::is_alphanumeric)
}

/// Title case: nine words in ten capitalised (short function words aside),
/// and few commas, as in a long headline rather than a list of names.
fn is_title_case(s: &str) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "with", "by", "from", "as", "under", "into",
    ];
    // (Both counts in one walk over the words, with no list of them made.)
    let (mut words, mut capitalised) = (0usize, 0usize);
    for w in s.split_whitespace() {
        words += 1;
        let w = w.trim_start_matches(['(', '“', '"', '‘']);
        capitalised +=
            usize::from(w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || SMALL.contains(&w));
    }
    capitalised * 10 >= words * 9 && s.matches(',').count() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines::split_lines;
    use proptest::prelude::*;

    proptest! {
        /// The body test with its cheap proof of length first gives the
        /// exact count's answer.
        #[test]
        fn body_test_as_the_word_count(words in proptest::collection::vec("[a-z]{1,3}|[ \u{a0}\n]{1,2}|\\.|é", 0..120)) {
            let s: String = words.concat();
            let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
            let needed = if t.ends_with(['.', '!', '?', '…']) { 12 } else { 40 };
            prop_assert_eq!(looks_like_body(&s), words_upto(&s, needed) >= needed);
        }
    }

    proptest! {
        /// The letter shortcut only ever turns away what the full reading
        /// turns away.
        #[test]
        fn no_marker_shortcut_is_exact(s in "[aAzZ(1.)•\\- ]{0,6}(Juni)?") {
            if opens_with_no_marker(&s) {
                prop_assert_eq!(marker_len_read(&s), None);
            }
        }
    }

    proptest! {
        #[test]
        fn collapsed_gaps_as_the_byte_loop(s in "[a \u{a0}\u{ab}\u{c2}.]{0,60}") {
            prop_assert_eq!(collapsed_gaps(&s), collapsed_gaps_reference(&s));
        }
    }

    #[test]
    fn collapsed_gaps_examples() {
        for s in ["", " ", "  ", "a  b", "a \u{a0}b", "\u{a0}\u{a0}", "a \u{ab} b", "x\u{a0}y  ", "  a  b   c \u{a0} d"]
        {
            assert_eq!(collapsed_gaps(s), collapsed_gaps_reference(s), "{s:?}");
        }
        let long = format!("{}  {}", "word ".repeat(20), "more ".repeat(5));
        assert_eq!(collapsed_gaps(&long), collapsed_gaps_reference(&long));
    }

    fn blocks(text: &str) -> Vec<(BlockKind, String)> {
        let lines = split_lines(text);
        build_blocks(text, &lines).into_iter().map(|b| (b.kind, text[b.span.start..b.span.end].to_owned())).collect()
    }

    #[test]
    fn markers() {
        assert_eq!(list_marker_len("• Act now"), Some(4));
        assert_eq!(list_marker_len("1. During"), Some(3));
        assert_eq!(list_marker_len("(a) first"), Some(4));
        assert_eq!(list_marker_len("- item"), Some(2));
        assert_eq!(list_marker_len("-item"), None);
        assert_eq!(list_marker_len("2018. The"), None);
        assert_eq!(list_marker_len("12-992"), None);
        assert_eq!(list_marker_len("•"), Some(3));
        // A German date line is not a numbered item.
        assert_eq!(list_marker_len("17. Juni 2022"), None);
        assert_eq!(list_marker_len("3. The third point"), Some(3));
    }

    #[test]
    fn wrapped_paragraph_is_one_block() {
        let text = "Geneva - Civil\nSociety organizations from around the world are supporting\ndeveloping country governments to stand firm.\n\nNext.";
        let b = blocks(text);
        assert_eq!(b.len(), 2);
        assert!(b[0].1.starts_with("Geneva") && b[0].1.ends_with("firm."));
    }

    #[test]
    fn short_lines_are_separate() {
        let b = blocks("Twitter\nInstagram\nFacebook");
        assert_eq!(b.len(), 3);
    }

    #[test]
    fn bullets_and_bare_markers() {
        let b = blocks("It urges Kim to:\n\n  • Act;\n  • Increase engagement.\nIn April, Kim pledged.\n\n•\nFacebook");
        let kinds: Vec<_> = b.iter().map(|x| x.0).collect();
        assert_eq!(
            kinds,
            [BlockKind::Paragraph, BlockKind::ListItem, BlockKind::ListItem, BlockKind::Paragraph, BlockKind::ListItem]
        );
        assert_eq!(b[4].1, "Facebook");
        assert_eq!(b[1].1, "Act;");
    }

    #[test]
    fn wrapped_bullets_stay_one_item() {
        let b = blocks("We have made demands that members:\n\n• agree\nimmediately to a full\nwaiver of all rules;\n\n•\nagree to permanent\nsolution for stockholding.");
        assert_eq!(b.len(), 3);
        assert_eq!(b[1].1, "agree\nimmediately to a full\nwaiver of all rules;");
        assert_eq!(b[2].1, "agree to permanent\nsolution for stockholding.");
    }

    #[test]
    fn markdown_heading() {
        let b = blocks("# APUS Appoints Dr. Wernicki\n\nBody text here.");
        assert_eq!(b[0], (BlockKind::Heading, "APUS Appoints Dr. Wernicki".to_owned()));
    }

    #[test]
    fn centred_date_line_is_its_own_block() {
        let text = "BIDEN Statement on Situation in the Republic of Georgia Following Conversation with President Saakashvili\n             November 14, 2007 \n Washington, DC- Chairman of the Senate Foreign Relations Committee Joseph R. Biden, Jr. (D-DE) issued the following statement today on the situation in the Republic of Georgia:   \"This afternoon I spoke with President Mikhail Saakashvili.  Americans will remember him.  Since then, he has turned a country around.";
        let b = blocks(text);
        assert_eq!(b[0], (BlockKind::Heading, "BIDEN Statement on Situation in the Republic of Georgia Following Conversation with President Saakashvili".to_owned()));
        assert_eq!(b[1], (BlockKind::Heading, "November 14, 2007".to_owned()));
        assert!(b[2].1.starts_with("Washington, DC- Chairman"));
    }

    #[test]
    fn long_title_case_headline() {
        let b = blocks("Civil Society Letter to Members of the World Trade Organization (WTO) Concerning a Further Extension of the Transition Period for Least Developed Countries (LDCs) under Article 66.1 of the TRIPS Agreement\n\n4th February 2021");
        assert_eq!(b[0].0, BlockKind::Heading);
        let names = blocks("Amnesty International, Human Rights Watch, Third World Network, War on Want, Social Watch, Public Citizen, Oxfam International, Health Action International, Corporate Europe Observatory, Transnational Institute, Friends of the Earth, Global Justice Now");
        assert_eq!(names[0].0, BlockKind::Paragraph);
    }

    #[test]
    fn body_text() {
        assert!(looks_like_body("A federal court in Central Islip, N.Y., has permanently barred Diana D. Bertocci-Aliffi from preparing returns."));
        assert!(!looks_like_body("New York Federal Court Bars Womanfrom Preparing Tax Returns"));
        assert!(!looks_like_body("It urges Kim to:"));
    }

    #[test]
    fn collapsed_paragraphs() {
        let p = "This is a sentence that goes on for a while to make the line long enough.";
        let text = format!("{p}  {p}  {p}  {p}  {p}");
        assert_eq!(blocks(&text).len(), 5);
    }

    #[test]
    fn collapsed_gaps_count_no_break_spaces_as_spaces() {
        // "é" and "中" hold bytes that are not spaces; "\u{a0}" is C2 A0.
        let s = "é \u{a0}x  中 y\u{a0}\u{a0}";
        assert_eq!(collapsed_gaps(s), [(2, 5), (6, 8)]);
        assert!(collapsed_gaps("a b\u{a0}c").is_empty());
    }
}
