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

/// The byte offsets (ascending, all in `1..text.len()`) where
/// `text.split_sentence_bound_indices()` starts a new piece, written into
/// `out` (cleared first); `triggers` is scratch space. Linear in the length
/// of `text`: each window spans at most from the previous trigger to the
/// next trigger, and at most [`MAX_LOOKAHEAD`] bytes past its own (so a
/// boundary after a longer run of closing marks and spaces is missed).
pub(super) fn piece_starts(text: &str, triggers: &mut Vec<usize>, out: &mut Vec<usize>) {
    out.clear();
    triggers.clear();
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let hit = if b.is_ascii() {
            matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r')
        } else {
            // Only lead bytes start a character; continuation bytes are skipped.
            b >= 0xC0 && text.get(i..).and_then(|s| s.chars().next()).is_some_and(is_trigger)
        };
        if hit {
            triggers.push(i);
        }
    }
    let char_end = |at: usize| at + text.get(at..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
    for (k, &p) in triggers.iter().enumerate() {
        // Look-behind: from the start of the trigger's word (SB7 needs the
        // letter before a full stop), but never before the previous trigger.
        let floor = if k == 0 { 0 } else { triggers[k - 1] };
        let start = text.get(floor..p).and_then(|s| s.rfind([' ', '\t'])).map_or(floor, |i| floor + i + 1);
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
        for (off, _) in window.split_sentence_bound_indices() {
            let b = start + off;
            // Boundaries at or before the trigger belong to earlier windows;
            // one at the window's end is only the window's end.
            if b > p && b < end && out.last().is_none_or(|&last| b > last) {
                out.push(b);
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
    fn long_runs_of_terminators_stay_linear() {
        // Each window spans at most from one trigger to the next, so these
        // take about as long as their length (quadratic would be minutes).
        for text in ["!".repeat(100_000), "a.".repeat(50_000), "U.S. ".repeat(20_000), "。”".repeat(30_000)] {
            let t0 = std::time::Instant::now();
            assert_eq!(ours(&text), reference(&text));
            assert!(t0.elapsed().as_secs() < 20, "{:?}", t0.elapsed());
        }
    }

    proptest! {
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
        }
    }
}
