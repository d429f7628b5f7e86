//! Where UAX #29 can end a sentence, found without running the full
//! segmenter over every character.
//!
//! Under UAX #29 a sentence boundary only ever follows a paragraph separator
//! or a run "terminator, closing punctuation, spaces" (rules SB4 and SB11);
//! everywhere else rule SB998 says "no break". So the characters that can
//! trigger a boundary are few ([`TRIGGERS`]), and whether one really does
//! depends only on the character before it (SB7) and on what follows up to
//! the next letter or trigger (SB6–SB11). [`piece_starts`] therefore runs
//! `unicode-segmentation` only on a short window around each trigger, and
//! gives exactly the boundaries of `split_sentence_bound_indices` on the
//! whole text (the tests check this against the crate), except after a run
//! of more than [`MAX_LOOKAHEAD`] bytes of closing marks and spaces, which
//! no real text has. Sentence splitting
//! was the costliest part of the text model; most characters are now read
//! once, by a byte scan.

use unicode_segmentation::UnicodeSegmentation;

/// Code point ranges (inclusive) of the characters that can start a
/// sentence boundary under UAX #29: `Sentence_Break` values `STerm`, `ATerm`, `Sep`, `CR`
/// and LF. Generated from `unicode-segmentation` (a test recomputes it).
const TRIGGERS: &[(u32, u32)] = &[
    (0x000A, 0x000A),
    (0x000D, 0x000D),
    (0x0021, 0x0021),
    (0x002E, 0x002E),
    (0x003F, 0x003F),
    (0x0085, 0x0085),
    (0x0589, 0x0589),
    (0x061D, 0x061F),
    (0x06D4, 0x06D4),
    (0x0700, 0x0702),
    (0x07F9, 0x07F9),
    (0x0837, 0x0837),
    (0x0839, 0x0839),
    (0x083D, 0x083E),
    (0x0964, 0x0965),
    (0x104A, 0x104B),
    (0x1362, 0x1362),
    (0x1367, 0x1368),
    (0x166E, 0x166E),
    (0x1735, 0x1736),
    (0x17D4, 0x17D5),
    (0x1803, 0x1803),
    (0x1809, 0x1809),
    (0x1944, 0x1945),
    (0x1AA8, 0x1AAB),
    (0x1B4E, 0x1B4F),
    (0x1B5A, 0x1B5B),
    (0x1B5E, 0x1B5F),
    (0x1B7D, 0x1B7F),
    (0x1C3B, 0x1C3C),
    (0x1C7E, 0x1C7F),
    (0x2024, 0x2024),
    (0x2028, 0x2029),
    (0x203C, 0x203D),
    (0x2047, 0x2049),
    (0x2CF9, 0x2CFB),
    (0x2E2E, 0x2E2E),
    (0x2E3C, 0x2E3C),
    (0x2E53, 0x2E54),
    (0x3002, 0x3002),
    (0xA4FF, 0xA4FF),
    (0xA60E, 0xA60F),
    (0xA6F3, 0xA6F3),
    (0xA6F7, 0xA6F7),
    (0xA876, 0xA877),
    (0xA8CE, 0xA8CF),
    (0xA92F, 0xA92F),
    (0xA9C8, 0xA9C9),
    (0xAA5D, 0xAA5F),
    (0xAAF0, 0xAAF1),
    (0xABEB, 0xABEB),
    (0xFE12, 0xFE12),
    (0xFE15, 0xFE16),
    (0xFE52, 0xFE52),
    (0xFE56, 0xFE57),
    (0xFF01, 0xFF01),
    (0xFF0E, 0xFF0E),
    (0xFF1F, 0xFF1F),
    (0xFF61, 0xFF61),
    (0x10A56, 0x10A57),
    (0x10F55, 0x10F59),
    (0x10F86, 0x10F89),
    (0x11047, 0x11048),
    (0x110BE, 0x110C1),
    (0x11141, 0x11143),
    (0x111C5, 0x111C6),
    (0x111CD, 0x111CD),
    (0x111DE, 0x111DF),
    (0x11238, 0x11239),
    (0x1123B, 0x1123C),
    (0x112A9, 0x112A9),
    (0x113D4, 0x113D5),
    (0x1144B, 0x1144C),
    (0x115C2, 0x115C3),
    (0x115C9, 0x115D7),
    (0x11641, 0x11642),
    (0x1173C, 0x1173E),
    (0x11944, 0x11944),
    (0x11946, 0x11946),
    (0x11A42, 0x11A43),
    (0x11A9B, 0x11A9C),
    (0x11C41, 0x11C42),
    (0x11EF7, 0x11EF8),
    (0x11F43, 0x11F44),
    (0x16A6E, 0x16A6F),
    (0x16AF5, 0x16AF5),
    (0x16B37, 0x16B38),
    (0x16B44, 0x16B44),
    (0x16D6E, 0x16D6F),
    (0x16E98, 0x16E98),
    (0x1BC9F, 0x1BC9F),
    (0x1DA88, 0x1DA88),
];

/// The longest look-ahead after a trigger, in bytes (see [`piece_starts`]).
const MAX_LOOKAHEAD: usize = 256;

/// True when `c` can trigger a sentence boundary.
fn is_trigger(c: char) -> bool {
    let u = c as u32;
    let i = TRIGGERS.partition_point(|&(_, hi)| hi < u);
    TRIGGERS.get(i).is_some_and(|&(lo, _)| lo <= u)
}

/// The UTF-8 lead bytes of the non-ASCII characters in [`TRIGGERS`]: any
/// other non-ASCII byte is skipped without decoding a character.
const TRIGGER_LEADS: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < TRIGGERS.len() {
        let (lo, hi) = TRIGGERS[i];
        let mut c = lo;
        while c <= hi {
            let lead = if c < 0x80 {
                c
            } else if c < 0x800 {
                0xC0 | (c >> 6)
            } else if c < 0x1_0000 {
                0xE0 | (c >> 12)
            } else {
                0xF0 | (c >> 18)
            };
            t[lead as usize] = true;
            c += 1;
        }
        i += 1;
    }
    t
};

/// The byte offsets (ascending, all in `1..text.len()`) where
/// `text.split_sentence_bound_indices()` starts a new piece, written into
/// `out` (cleared first); `triggers` is scratch space. Linear in the length
/// of `text`: each window spans at most from the previous trigger to the
/// next trigger, and at most [`MAX_LOOKAHEAD`] bytes past its own (so a
/// boundary after a longer run of closing marks and spaces is missed).
#[cfg(test)]
pub(super) fn piece_starts(text: &str, triggers: &mut Vec<usize>, out: &mut Vec<usize>) {
    piece_starts_with::<true, false>(text, triggers, out, &mut Vec::new(), 0);
}

/// [`piece_starts`] of a text that holds no line break (`\n` or `\r`), as
/// a block read as one line does: the search for triggers skips those two
/// (it would find none), one vector compare fewer per sixteen bytes.
#[cfg(test)]
pub(super) fn piece_starts_in_line(text: &str, triggers: &mut Vec<usize>, out: &mut Vec<usize>) {
    debug_assert!(!text.contains(['\n', '\r']));
    piece_starts_with::<false, false>(text, triggers, out, &mut Vec::new(), 0);
}

/// [`piece_starts_in_line`], also pushing to `quote_marks` the offset plus
/// `base` of every byte of `text` where a quotation mark may start (`"`,
/// `'` and every lead byte from C2 on), in order: the bytes the quote pass
/// stops at ([`super::quotes`]), found in the same search as the triggers
/// (whose lead bytes they share), so the quote pass reads no byte again.
pub(super) fn piece_starts_in_line_marking_quotes(
    text: &str,
    triggers: &mut Vec<usize>,
    out: &mut Vec<usize>,
    quote_marks: &mut Vec<usize>,
    base: usize,
) {
    debug_assert!(!text.contains(['\n', '\r']));
    piece_starts_with::<false, true>(text, triggers, out, quote_marks, base);
}

/// [`piece_starts`], searching for line breaks only when `LINE_BREAKS`, and
/// for the quote marks (pushed to `quote_marks`, offset by `base`) only
/// when `QUOTES`.
fn piece_starts_with<const LINE_BREAKS: bool, const QUOTES: bool>(
    text: &str,
    triggers: &mut Vec<usize>,
    out: &mut Vec<usize>,
    quote_marks: &mut Vec<usize>,
    base: usize,
) {
    out.clear();
    triggers.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    loop {
        // The ASCII triggers, and every lead byte of a character from U+0080
        // on (C2 and up); most bytes are neither.
        i = if LINE_BREAKS {
            super::scan::find_any_or_from(bytes, i, [b'.', b'!', b'?', b'\n', b'\r'], 0xC2)
        } else if QUOTES {
            super::scan::find_any_or_from(bytes, i, [b'.', b'!', b'?', b'"', b'\''], 0xC2)
        } else {
            super::scan::find_any_or_from(bytes, i, [b'.', b'!', b'?'], 0xC2)
        };
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // Only lead bytes of a trigger start one; other characters are
        // skipped.
        if QUOTES && (b == b'"' || b == b'\'' || b >= 0xC2) {
            quote_marks.push(base + i);
        }
        let hit = match (b, bytes.get(i + 1)) {
            // (Found only when `QUOTES`: no trigger.)
            (b'"' | b'\'', _) => false,
            _ if b.is_ascii() => true,
            // U+2000–U+203F (quotation marks, dashes, the apostrophe: most
            // non-ASCII characters of a release), decided by their last
            // byte: the triggers among them are U+2024, U+2028, U+2029,
            // U+203C and U+203D.
            (0xE2, Some(0x80)) => matches!(bytes.get(i + 2), Some(0xA4 | 0xA8 | 0xA9 | 0xBC | 0xBD)),
            _ => TRIGGER_LEADS[usize::from(b)] && text.get(i..).and_then(|s| s.chars().next()).is_some_and(is_trigger),
        };
        if hit {
            triggers.push(i);
        }
        i += 1;
    }
    let char_end = |at: usize| at + text.get(at..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
    for (k, &p) in triggers.iter().enumerate() {
        // Most triggers are a full stop before a space and a capital, or
        // inside a word or number: decided by their next two bytes alone.
        match local_break(bytes, p) {
            Local::Break(b) => {
                // (Earlier windows end by this trigger's end, `p + 1`.)
                out.push(b);
                continue;
            }
            Local::NoBreak => continue,
            Local::Window => {}
        }
        // Look-behind: from the start of the trigger's word (SB7 needs the
        // letter before a full stop), but never before the previous trigger.
        let floor = if k == 0 { 0 } else { triggers[k - 1] };
        // When the character before the trigger is ASCII, the window may
        // start there instead: only the category of that one character
        // reaches the rules deciding the breaks after the trigger (SB7), as
        // every rule reading further back (SB8–SB11) stops at the trigger.
        let start = match p.checked_sub(1).filter(|&b| b >= floor).and_then(|b| bytes.get(b)) {
            Some(b' ' | b'\t') => p,
            Some(b) if b.is_ascii() => p - 1,
            _ => bytes
                .get(floor..p)
                .and_then(|s| s.iter().rposition(|&b| b == b' ' || b == b'\t'))
                .map_or(floor, |i| floor + i + 1),
        };
        // Look-ahead: every rule deciding a boundary after this trigger's
        // run stops at the first letter (SB6–SB8a) or at the next trigger, so
        // the window ends just past whichever comes first. An ASCII letter is
        // enough as a stop (it is Upper or Lower); stopping later is harmless.
        let next = triggers.get(k + 1).map_or(text.len(), |&n| char_end(n));
        let from = char_end(p).min(next);
        let mut end = bytes
            .get(from..next)
            .and_then(|s| s.iter().position(u8::is_ascii_alphabetic))
            .map_or(next, |i| from + i + 1);
        // After a full stop, the segmenter rescans a run of closing marks
        // and spaces from each of its characters (rule SB8 looks ahead for
        // a lower-case letter), which is quadratic in the run's length. No
        // real sentence has such a run; one longer than MAX_LOOKAHEAD bytes
        // is cut there, and a boundary at its far end is not looked for.
        if end - from > MAX_LOOKAHEAD {
            end = from + MAX_LOOKAHEAD;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
        }
        let Some(window) = text.get(start..end) else {
            continue;
        };
        let mut push = |off: usize| {
            let b = start + off;
            // Boundaries at or before the trigger belong to earlier windows;
            // one at the window's end is only the window's end.
            if b > p && b < end && out.last().is_none_or(|&last| b > last) {
                out.push(b);
            }
        };
        if window.is_ascii() {
            ascii::breaks(window.as_bytes(), &mut push);
        } else {
            for (off, _) in window.split_sentence_bound_indices() {
                push(off);
            }
        }
    }
}

/// What the bytes after a trigger say of its window's breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Local {
    /// One break, at this offset.
    Break(usize),
    /// None.
    NoBreak,
    /// They do not decide: the window must be run.
    Window,
}

/// The break the window of the ASCII trigger at `p` would give, when the
/// bytes after it decide it alone ([`Local`]).
///
/// With `t` the trigger (`.`, `!` or `?`), the cases are:
/// - `t` ends the text: no break (a window's breaks lie after its
///   trigger and before the end).
/// - `t`, closing marks (`"` `'` `)` `]` `}` or U+2018–U+201F, the curly
///   quotation marks), spaces (one at least), then a capital: one break,
///   before the capital. SB9 and SB10 keep the marks and spaces with the
///   terminator; SB11 breaks before the capital, as no earlier rule holds
///   there (SB7 needs the capital right after a full stop; SB8 a
///   lower-case letter first, and a capital stops its look-ahead).
/// - the same with a lower-case letter after `!` or `?`: the same break
///   (SB8, the only rule keeping a lower-case word in the sentence, needs a
///   full stop); after `.`: no break (SB9, SB10, then SB8).
/// - `.` then a lower-case letter or a digit: no break there (SB8, SB6),
///   and none after in the window: the letter or digit ends the run
///   "terminator, closing marks, spaces" that every later break needs
///   (SB11), and the window ends at the next trigger's end, so a paragraph
///   separator (SB4) can only end it.
///
/// Nothing before the trigger reaches these decisions (only SB7 reads the
/// character before a full stop), none of the characters read is a
/// trigger or is ignored (SB5), and the window of the trigger before ends
/// by this one's end, `p + 1`: its breaks all come before. The marks and
/// spaces read are few (a window is never cut short, see `MAX_LOOKAHEAD`).
fn local_break(bytes: &[u8], p: usize) -> Local {
    let Some(&t) = bytes.get(p).filter(|&&t| matches!(t, b'.' | b'!' | b'?')) else {
        return Local::Window;
    };
    let Some(&next) = bytes.get(p + 1) else {
        return Local::NoBreak;
    };
    if t == b'.' && (next.is_ascii_lowercase() || next.is_ascii_digit()) {
        return Local::NoBreak;
    }
    // The closing marks, then the spaces, after the trigger.
    let mut j = p + 1;
    let mut spaces = false;
    loop {
        match bytes.get(j..) {
            Some([b'"' | b'\'' | b')' | b']' | b'}', ..]) if !spaces => j += 1,
            Some([0xE2, 0x80, 0x98..=0x9F, ..]) if !spaces => j += 3,
            Some([b' ', ..]) => {
                spaces = true;
                j += 1;
            }
            _ => break,
        }
        if j - p > 16 {
            return Local::Window;
        }
    }
    match bytes.get(j) {
        Some(&letter) if spaces && (letter.is_ascii_uppercase() || (t != b'.' && letter.is_ascii_lowercase())) => {
            Local::Break(j)
        }
        Some(&letter) if spaces && letter.is_ascii_lowercase() => Local::NoBreak,
        _ => Local::Window,
    }
}

/// The sentence breaks of an ASCII text, computed as `unicode-segmentation`
/// computes them (the same state machine, ported rule for rule) but on
/// bytes, with the categories of the 128 ASCII characters in a table: most
/// windows around a full stop are ASCII, and running the general segmenter
/// on each was the costliest part of sentence splitting.
mod ascii {
    /// `Sentence_Break` categories that ASCII characters have.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Cat {
        Any,
        Cr,
        Lf,
        Sp,
        Lower,
        Upper,
        Numeric,
        ATerm,
        STerm,
        Close,
        SContinue,
    }

    /// The category of an ASCII byte (`SentenceBreakProperty.txt`).
    fn cat(b: u8) -> Cat {
        match b {
            b'\r' => Cat::Cr,
            b'\n' => Cat::Lf,
            b'\t' | 0x0b | 0x0c | b' ' => Cat::Sp,
            b'a'..=b'z' => Cat::Lower,
            b'A'..=b'Z' => Cat::Upper,
            b'0'..=b'9' => Cat::Numeric,
            b'.' => Cat::ATerm,
            b'!' | b'?' => Cat::STerm,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Cat::Close,
            b',' | b'-' | b':' | b';' => Cat::SContinue,
            _ => Cat::Any,
        }
    }

    /// What the last characters were (the segmenter's `StatePart`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Part {
        Sot,
        Other,
        Cr,
        Lf,
        ATerm,
        UpperLower,
        ClosePlus,
        SpPlus,
        STerm,
    }

    fn next(parts: [Part; 4], cat: Cat) -> [Part; 4] {
        match (parts[3], cat) {
            (Part::ClosePlus, Cat::Close) | (Part::SpPlus, Cat::Sp) => parts,
            _ => [
                parts[1],
                parts[2],
                parts[3],
                match cat {
                    Cat::Cr => Part::Cr,
                    Cat::Lf => Part::Lf,
                    Cat::ATerm => Part::ATerm,
                    Cat::Upper | Cat::Lower => Part::UpperLower,
                    Cat::Close => Part::ClosePlus,
                    Cat::Sp => Part::SpPlus,
                    Cat::STerm => Part::STerm,
                    _ => Part::Other,
                },
            ],
        }
    }

    /// SB8: `ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower`.
    fn sb8(parts: [Part; 4], ahead: &[u8]) -> bool {
        let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
        if parts[idx] == Part::ClosePlus {
            idx -= 1;
        }
        if parts[idx] != Part::ATerm {
            return false;
        }
        for &b in ahead {
            match cat(b) {
                Cat::Lower => return true,
                Cat::Upper | Cat::Cr | Cat::Lf | Cat::STerm | Cat::ATerm => return false,
                _ => {}
            }
        }
        false
    }

    /// `SATerm Close* Sp*` before this point (rules `SB8a` and `SB10`).
    fn sb8a(parts: [Part; 4]) -> bool {
        let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
        if parts[idx] == Part::ClosePlus {
            idx -= 1;
        }
        matches!(parts[idx], Part::STerm | Part::ATerm)
    }

    /// `SATerm Close*` before this point (SB9).
    fn sb9(parts: [Part; 4]) -> bool {
        let idx = if parts[3] == Part::ClosePlus { 2 } else { 3 };
        matches!(parts[idx], Part::STerm | Part::ATerm)
    }

    /// `SATerm Close* Sp* ParaSep?` before this point (SB11).
    fn sb11(parts: [Part; 4]) -> bool {
        let mut idx = if matches!(parts[3], Part::Cr | Part::Lf) { 2 } else { 3 };
        if parts[idx] == Part::SpPlus {
            idx -= 1;
        }
        if parts[idx] == Part::ClosePlus {
            idx -= 1;
        }
        matches!(parts[idx], Part::STerm | Part::ATerm)
    }

    /// Call `found` with every break inside `text` (ASCII), after its start
    /// and before its end, in order.
    pub(super) fn breaks(text: &[u8], found: &mut impl FnMut(usize)) {
        let mut state = [Part::Sot; 4];
        for (pos, &b) in text.iter().enumerate() {
            let before = state;
            let c = cat(b);
            state = next(state, c);
            let split = match c {
                _ if before[3] == Part::Sot => false,
                Cat::Lf if before[3] == Part::Cr => false,
                _ if matches!(before[3], Part::Cr | Part::Lf) => true,
                Cat::Numeric if before[3] == Part::ATerm => false,
                Cat::Upper if before[2] == Part::UpperLower && before[3] == Part::ATerm => false,
                _ if sb8(before, &text[pos..]) => false,
                // SB8a and SB10 (the segmenter tests SB9 between them; all
                // three say "no break", so their order does not matter).
                Cat::SContinue | Cat::STerm | Cat::ATerm | Cat::Sp | Cat::Cr | Cat::Lf if sb8a(before) => false,
                Cat::Close | Cat::Sp | Cat::Cr | Cat::Lf if sb9(before) => false,
                _ => sb11(before),
            };
            if split {
                found(pos);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(text: &str) -> Vec<usize> {
        text.split_sentence_bound_indices().map(|(i, _)| i).filter(|&i| i > 0).collect()
    }

    fn ours(text: &str) -> Vec<usize> {
        let (mut t, mut out) = (Vec::new(), Vec::new());
        piece_starts(text, &mut t, &mut out);
        out
    }

    #[test]
    fn general_punctuation_triggers() {
        // The characters decided by their last byte in `piece_starts`.
        let listed: Vec<char> = ('\u{2000}'..='\u{203f}').filter(|&c| is_trigger(c)).collect();
        assert_eq!(listed, ['\u{2024}', '\u{2028}', '\u{2029}', '\u{203c}', '\u{203d}']);
    }

    #[test]
    fn trigger_table_matches_the_segmenter() {
        // A character triggers a boundary exactly when "a", it, " A" splits.
        let mut s = String::new();
        for c in (0u32..=0x10_FFFF).filter_map(char::from_u32) {
            s.clear();
            s.push('a');
            s.push(c);
            s.push_str(" A");
            assert_eq!(s.split_sentence_bounds().count() > 1, is_trigger(c), "{c:?}");
        }
    }

    #[test]
    fn same_boundaries_as_the_segmenter_on_press_text() {
        for text in [
            "",
            ".",
            "Sen. Jane Doe (D-N.Y.) spoke. Dr. Smith agreed on Jan. 5 with No. 10. The end.",
            "“A,” said X. “B.” Why? Because!  (Really.) U.S. 12 apples. e.g. this",
            "He said: “Stop.” — and left.\u{2029}Next… one。二 ? ! ?! .. ...",
            "www.example.com/a.b?c=d. Ends here.\u{85}x",
            "Ünïcode É. Übung. ÉTÉ. é. 3.5 percent. Inc./Champion",
        ] {
            assert_eq!(ours(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn triggers_decided_by_their_next_bytes() {
        for text in [
            "He said. The end. the end? The end! the end.5 x.y 3.5 e.g. this U.S. Army? yes! Yes",
            "a. A",
            "a.b",
            "a.1",
            "a. b",
            "a? b",
            "a! B",
            "a.  B",
            "a. (B",
            "a.\u{a0}B",
            "café. Été. ok. Ok",
            "(a.) B",
            "a.\" B",
            ". A",
            "?. A",
            "... A",
            "a.",
            "a. ",
            "a.A",
            "?a",
            "x. 1",
            "A. B. C.",
            "said.” The",
            "said.” the",
            "said?” the",
            "said.’” He",
            "said.”The",
            "said.) (B",
            "end.”  “Next",
            "end.\u{201d}\u{2029}A",
            "end.\u{201d}\u{a0}A",
            "end.\u{201d}\u{200b} A",
            "U.S.” A",
            "a.] B",
            "a.}\u{2019} b",
        ] {
            assert_eq!(ours(text), reference(text), "{text:?}");
        }
    }

    #[test]
    fn long_runs_of_terminators_stay_linear() {
        // Each window spans at most from one trigger to the next, so these
        // take about as long as their length (quadratic would be minutes).
        for text in ["!".repeat(100_000), "a.".repeat(50_000), "U.S. ".repeat(20_000), "。”".repeat(30_000)] {
            let t0 = std::time::Instant::now();
            assert_eq!(ours(&text), reference(&text));
            assert!(t0.elapsed().as_secs() < 20, "{:?}", t0.elapsed());
        }
    }

    #[test]
    fn ascii_breaks_match_the_segmenter() {
        // Every ASCII character in contexts that tell the categories apart.
        let before = ["", "a", "a.", "a. ", "a.)", "a.) ", "a?", "A. ", "a.\r", "a. \n", "x(", "U.S"];
        let after = ["", "b", " b", "B", " B", "1", ".", ")", ",", "\n", " (b", "- b"];
        let mut text = String::new();
        for c in (0u8..128).map(char::from) {
            for b in before {
                for a in after {
                    text.clear();
                    text.push_str(b);
                    text.push(c);
                    text.push_str(a);
                    let mut ours = Vec::new();
                    ascii::breaks(text.as_bytes(), &mut |i| ours.push(i));
                    assert_eq!(
                        ours,
                        reference(&text).into_iter().filter(|&i| i < text.len()).collect::<Vec<_>>(),
                        "{text:?}"
                    );
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn same_ascii_boundaries_as_the_segmenter(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "b", "A", "Z", "1", ".", "!", "?", " ", "  ", "\t", "\r", "\n", "\r\n", "\"", "'", "(", ")", "[",
                "]", "{", "}", ",", "-", ":", ";", "#", "_", "/", "U.S.", "Dr. ", "said. ", "e.g. this", "...",
            ]),
            0..40,
        )) {
            let text: String = parts.concat();
            prop_assert_eq!(ours(&text), reference(&text));
            let mut direct = Vec::new();
            ascii::breaks(text.as_bytes(), &mut |i| direct.push(i));
            let whole: Vec<usize> = reference(&text).into_iter().filter(|&i| i < text.len()).collect();
            prop_assert_eq!(direct, whole);
        }

        #[test]
        fn same_boundaries_as_the_segmenter(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "b", "A", "Z", "1", ".", "!", "?", " ", "  ", "\t", "\u{a0}", "”", "“", "’", "(", ")", "[",
                ",", "-", "—", ":", ";", "\u{2029}", "\u{85}", "\u{301}", "\u{200b}", "\u{ad}", "。",
                "é", "É", "ß", "中", "…", "'", "\"", "\u{2024}", "٫", "7.", "U.S.", "Dr. ", "said. ",
            ]),
            0..40,
        )) {
            let text: String = parts.concat();
            prop_assert_eq!(ours(&text), reference(&text));
            // Read as one line (as blocks are), without the search for breaks.
            let line = text.replace(['\n', '\r'], " ");
            let (mut t, mut in_line) = (Vec::new(), Vec::new());
            piece_starts_in_line(&line, &mut t, &mut in_line);
            prop_assert_eq!(in_line, reference(&line));
        }
    }
}
