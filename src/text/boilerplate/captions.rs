//! Captions: photo captions and credits. They are part of the release's text
//! but never quotes ("ⓒ 2018 조선중앙통신/로이터통신", "(Photo: …)", "Photo by
//! …", a markdown image's alt text). Credit markers are data:
//! `src/lexicon/data/caption_markers.txt` (openings) and
//! `caption_credits.txt` (agencies and credit words that close a caption).

use std::sync::LazyLock;

use crate::lexicon::{entries, PhraseMatcher};
use crate::text::scan;

const OPENERS_DATA: &str = include_str!("../../lexicon/data/caption_markers.txt");
const CREDITS_DATA: &str = include_str!("../../lexicon/data/caption_credits.txt");

static OPENERS: LazyLock<PhraseMatcher> = LazyLock::new(|| PhraseMatcher::new(entries(OPENERS_DATA)));
static CREDITS: LazyLock<PhraseMatcher> = LazyLock::new(|| PhraseMatcher::new(entries(CREDITS_DATA)));
/// The last bytes (ASCII lower case) of the credits, or `None` when a
/// credit ends with a byte that the closing trim removes (then the last byte
/// of a block says nothing).
static CREDIT_LAST: LazyLock<Option<[bool; 256]>> = LazyLock::new(|| {
    let mut t = [false; 256];
    for e in entries(CREDITS_DATA) {
        let last = e.bytes().last()?;
        if CREDIT_TRIM.contains(&char::from(last)) {
            return None;
        }
        t[usize::from(last.to_ascii_lowercase())] = true;
    }
    Some(t)
});
/// The first bytes of the openers in either ASCII case (the matcher
/// compares ASCII case alone), or `None` when an opener is empty (it may
/// start anywhere). An opener matches at a byte only when this says so.
static OPENER_FIRST: LazyLock<Option<[bool; 256]>> = LazyLock::new(|| {
    let mut t = [false; 256];
    for e in entries(OPENERS_DATA) {
        let first = *e.as_bytes().first()?;
        for b in [first, first.to_ascii_lowercase(), first.to_ascii_uppercase()] {
            t[usize::from(b)] = true;
        }
    }
    Some(t)
});
/// What may follow a closing credit: "… (AFP).", "… / Reuters)".
const CREDIT_TRIM: [char; 3] = [')', '.', ' '];

/// A caption is short: at most this many words.
const MAX_WORDS: usize = 80;

/// True when the block is a photo caption or credit.
pub(super) fn is_caption(s: &str) -> bool {
    let t = without_byte_order_marks(scan::trim(s));
    // A long paragraph (most of a release's bytes) is turned away by a cheap
    // lower bound of its words, which proves it too long before the marks
    // are searched. Counting words exactly walks most of the block: ask
    // only when the block has the marks of a caption (the answer is the same
    // in any order).
    !scan::more_words_than(t, MAX_WORDS) && has_caption_marks(t) && scan::words_upto(t, MAX_WORDS + 1) <= MAX_WORDS
}

/// `t.trim_start_matches('\u{feff}')`, with no pattern search when `t`
/// does not start with EF (the first byte of U+FEFF): most blocks.
fn without_byte_order_marks(t: &str) -> &str {
    if t.as_bytes().first() == Some(&0xEF) {
        t.trim_start_matches('\u{feff}')
    } else {
        t
    }
}

/// The evidence of a caption, whatever the block's length.
fn has_caption_marks(t: &str) -> bool {
    // A markdown image: its alt text describes the picture.
    if t.starts_with("![") && t.ends_with(')') && t.contains("](") {
        return true;
    }
    // "Photo: …", "… (Photo by …)", "… . Photo credit: …".
    let opener_here = |start: usize| {
        let before = t.get(..start).map_or("", scan::trim_end);
        before.is_empty() || before.ends_with(['.', '(', '|', '–', '-', '—'])
    };
    // Only where an opener may stand: at the start, or after one of those
    // marks and spaces (not a scan of the whole block).
    // (`match_at` compares only the openers sharing the first two bytes
    // there: most marks end a sentence before a word no opener starts like.)
    let opens_at = |start: usize| OPENERS.match_at(t, start).is_some() && opener_here(start);
    // After a mark, the byte where the spaces end is first compared with
    // the openers' first bytes (most marks end a sentence before a word
    // no opener starts like): the same answers as `opens_at`, whose
    // matcher compares that byte first too, without a call per mark.
    let first = OPENER_FIRST.as_ref();
    let may_open_at = |start: usize| t.as_bytes().get(start).is_some_and(|&b| first.is_none_or(|f| f[usize::from(b)]));
    // (A byte that is ASCII and no whitespace, as most after a mark are,
    // is where the spaces end; the rest is trimmed as characters.)
    let after_spaces = |after: usize| match t.as_bytes().get(after) {
        Some(&b) if b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b => after,
        _ => after + t.get(after..).map_or(0, scan::leading_space),
    };
    if opens_at(0) {
        return true;
    }
    // A circled "ⓒ", an opener after a mark, or a plain "©" outside a
    // rights notice (the phrase has no "i" before an "m" or "g" and no "k",
    // so comparing ASCII case alone gives the answer of a full lower-casing).
    let (found, plain) = signs_and_marks(t.as_bytes(), |after| {
        let start = after_spaces(after);
        may_open_at(start) && opens_at(start)
    });
    if found || (plain && !scan::contains_ignore_ascii_case(t, "all rights reserved")) {
        return true;
    }
    // A credit that closes the caption: "… / Reuters", "… Getty Images".
    // It ends the block (but for the closing trim), so the block's last
    // byte must be the last byte of a credit.
    let closing = t.trim_end_matches(CREDIT_TRIM).as_bytes().last().map_or(0, u8::to_ascii_lowercase);
    if CREDIT_LAST.as_ref().is_some_and(|last| !last[usize::from(closing)]) {
        return false;
    }
    let tail_from = t.len().saturating_sub(40);
    let tail_from = (tail_from..t.len()).find(|&i| t.is_char_boundary(i)).unwrap_or(t.len());
    let tail = t.get(tail_from..).unwrap_or("");
    // A credit follows one of the marks below inside the tail: most
    // sentence endings have none of their bytes ('©' holds A9, '–' 93), and
    // are not searched.
    if scan::find_any(tail.as_bytes(), 0, [b'/', b'(', b'-', b':', 0xA9, 0x93]) == tail.len() {
        return false;
    }
    let ends_with_credit = CREDITS.find_iter(tail).any(|m| {
        let after = tail.get(m.end..).unwrap_or("").trim_end_matches(CREDIT_TRIM);
        after.is_empty() && tail.get(..m.start).is_some_and(|b| b.trim_end().ends_with(['/', '(', '©', '-', '–', ':']))
    });
    ends_with_credit
}

/// One pass over `bytes` for the copyright signs and the marks that may
/// precede an opener: `(circled || visited, plain)` where `(circled,
/// plain)` is [`copyright_signs`] and `visited` is [`after_marks`] with
/// `visit`, except that the pass stops at the first circled sign or visit
/// returning `true` (then `plain` may be incomplete, and is not needed).
/// The ASCII marks and every non-ASCII byte are found by one search
/// ([`scan::any_at_or_from`]: the signs' last bytes A9 and 92 and the
/// dashes' 93 and 94 are among the non-ASCII bytes, which cost one vector
/// compare together), not by two passes; the other non-ASCII bytes are
/// passed over. (Only the bytes from 92 on are asked about: the bytes
/// below, 80 to 91, were passed over too, and are the second bytes of the
/// common E2 80 punctuation, ’ “ ”.)
fn signs_and_marks(bytes: &[u8], mut visit: impl FnMut(usize) -> bool) -> (bool, bool) {
    let mut plain = false;
    let found = scan::any_at_or_from(bytes, [b'.', b'(', b'|', b'-'], 0x92, |i| {
        let before = bytes.get(i.saturating_sub(2)..i).unwrap_or(&[]);
        match bytes.get(i) {
            Some(0x92) => before == [0xE2, 0x93],
            Some(0xA9) => {
                plain |= before.last() == Some(&0xC2);
                false
            }
            Some(0x93 | 0x94) => before == [0xE2, 0x80] && visit(i + 1),
            Some(&b) if b >= 0x80 => false,
            _ => visit(i + 1),
        }
    });
    (found, plain)
}

/// Whether `bytes` hold a circled "ⓒ" (E2 93 92) and a plain "©" (C2
/// A9): `(t.contains('ⓒ'), t.contains('©'))` in one byte search for the
/// last bytes, which are rare in text (A9 also ends "é", 92 a few dashes).
/// The reference [`signs_and_marks`] is tested against.
#[cfg(test)]
fn copyright_signs(bytes: &[u8]) -> (bool, bool) {
    let (mut circled, mut plain) = (false, false);
    let mut i = scan::find_any(bytes, 0, [0xA9, 0x92]);
    while let Some(&b) = bytes.get(i) {
        let before = bytes.get(i.saturating_sub(2)..i).unwrap_or(&[]);
        circled |= b == 0x92 && before == [0xE2, 0x93];
        plain |= b == 0xA9 && before.last() == Some(&0xC2);
        i = scan::find_any(bytes, i + 1, [0xA9, 0x92]);
    }
    (circled, plain)
}

/// Call `visit` with the byte offset just after every mark that may precede
/// a caption opener ('.', '(', '|', '-', '–', '—'), in order, until it
/// returns `true`; `true` when it did. The dashes are E2 80 93 and E2 80
/// 94 in UTF-8: they are found by their last byte (93 or 94, never an
/// ASCII byte or a lead byte), so that the many other E2 characters (’ “
/// ”) are passed over.
///
/// The offsets a loop of searches for the next mark would give (each mark
/// once, in order), read in one pass ([`scan::any_at`]). The reference
/// [`signs_and_marks`] is tested against.
#[cfg(test)]
fn after_marks(bytes: &[u8], mut visit: impl FnMut(usize) -> bool) -> bool {
    scan::any_at(bytes, [b'.', b'(', b'|', b'-', 0x93, 0x94], |i| {
        let dash_ok = match bytes.get(i) {
            Some(0x93 | 0x94) => i >= 2 && bytes.get(i - 2..i) == Some(&[0xE2, 0x80][..]),
            _ => true,
        };
        dash_ok && visit(i + 1)
    })
}

/// The byte offset just after the first mark that may precede a caption
/// opener at or after `from`: the loop [`after_marks`] replaces.
#[cfg(test)]
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    loop {
        i = scan::find_any(bytes, i, [b'.', b'(', b'|', b'-', 0x93, 0x94]);
        match bytes.get(i)? {
            0x93 | 0x94 => {
                if i >= from + 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 {
                    return Some(i + 1);
                }
                i += 1;
            }
            _ => return Some(i + 1),
        }
    }
}

/// True when `s`, the block just above the paragraph that opens with the
/// dateline, reads as a photo caption: a sentence (it ends with a full stop)
/// not written in title case, as subtitles are.
pub(super) fn is_caption_above_dateline(s: &str) -> bool {
    let t = scan::trim(s);
    let words: Vec<&str> = t.split_whitespace().collect();
    let capitalised = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    (3..=MAX_WORDS).contains(&words.len())
        && t.ends_with('.')
        && capitalised * 2 < words.len()
        && !t.contains(['“', '"', '«'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_and_markers() {
        for s in [
            "김정은 북방 국무 위원장이 조선 노동당 제7기 중앙위원회 제 3차 전원회의에 참석 한 모습. 북한 조선 중앙 통신 2018년 4월 20일 평양 공개. ⓒ 2018 조선중앙통신/로이터통신",
            "Photo: Chairperson Ljaucu Zingrur (Tseng Chih-Yung) of the Indigenous Peoples Council delivered opening remarks.",
            "Photo by Jane Doe",
            "Protesters outside the WTO in Geneva (Photo: OWINFS)",
            "Delegates at the opening session. Photo credit: OWINFS",
            "![Join the United Network for Organ Sharing and Donate Life America for the 5th annual event.](https://public.newsdirect.com/1.jpg)",
            "Kim Jong Un at the plenary meeting, April 20, 2018. / Reuters",
            "Police at the barricades on Sunday. (AFP)",
        ] {
            assert!(is_caption(s), "{s}");
        }
    }

    #[test]
    fn above_the_dateline() {
        assert!(is_caption_above_dateline("Protesters gather outside the ministerial venue on the opening day."));
        // Subtitles are in title case, and quotes are not captions.
        assert!(!is_caption_above_dateline(
            "Historic Milestone of Founders Returning to Full Ownership Concludes Highly Successful Collaboration."
        ));
        assert!(!is_caption_above_dateline("“We will not be silenced,” said the delegates outside the venue."));
    }

    #[test]
    fn openers_only_at_the_start_or_after_a_mark() {
        assert!(is_caption("Crowds outside the venue. Photo by Jane Doe"));
        assert!(is_caption("Crowds outside the venue —  photo: OWINFS"));
        assert!(is_caption("(L-R) Jane Doe, John Roe"));
        // "(l-r)" is one opener: its bracket is not a mark before "l-r:".
        assert!(!is_caption("Crowds outside the venue (l-r) Jane, John"));
        assert!(!is_caption("The team filed a photo: the court"));
        assert!(!is_caption("Crowds outside the venue, photo by Jane Doe"));
        // An opener must stand on its own ("photos by", not "photosynthesis").
        assert!(!is_caption("Plants. Photosynthesis by leaves"));
        // After a byte-order mark, a space is not the start.
        assert!(!is_caption("\u{feff} Photo by Jane Doe"));
    }

    /// The positions the opener loop first visited: the start, then after
    /// each mark and the spaces after it.
    fn visited_reference(t: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = Some(0);
        while let Some(start) = at {
            out.push(start);
            at = next_mark(t.as_bytes(), start)
                .map(|after| after + t.get(after..).map_or(0, |r| r.len() - r.trim_start().len()));
        }
        out
    }

    fn visited(t: &str) -> Vec<usize> {
        let mut out = vec![0];
        after_marks(t.as_bytes(), |after| {
            out.push(after + t.get(after..).map_or(0, |r| r.len() - r.trim_start().len()));
            false
        });
        out
    }

    proptest::proptest! {
        #[test]
        fn marks_visited_as_the_search_loop(t in "[a .(|\\-–—’“ⓒ\u{2013}\u{2093}\u{2194}]{0,40}") {
            proptest::prop_assert_eq!(visited(&t), visited_reference(&t));
        }
    }

    #[test]
    fn copyright_signs_as_contains() {
        for t in ["", "©", "ⓒ", "x ⓒ y © z", "é", "‒ ’", "\u{a9}é©", "Ⓒ ⓑ ⓓ", "a©", "ⓒ2018"] {
            assert_eq!(copyright_signs(t.as_bytes()), (t.contains('ⓒ'), t.contains('©')), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn copyright_signs_as_contains_on_any_text(t in "[a ©ⓒéⓓ‒’\u{a9}\u{2492}\u{24d2}]{0,20}") {
            proptest::prop_assert_eq!(copyright_signs(t.as_bytes()), (t.contains('ⓒ'), t.contains('©')));
        }
    }

    proptest::proptest! {
        /// The one pass gives the two passes' answers: the same visits in
        /// the same order (until one returns `true`), and the same signs.
        #[test]
        fn one_pass_as_the_two(
            t in "[a .(|\\-–—’“©ⓒéⓓ‒\u{a9}\u{2492}\u{24d2}\u{2013}\u{2093}\u{2194}]{0,40}",
            stop in 0usize..60,
        ) {
            let b = t.as_bytes();
            let (circled, plain) = copyright_signs(b);
            let mut want = Vec::new();
            let visited = after_marks(b, |i| { want.push(i); i >= stop });
            let mut got = Vec::new();
            let (found, got_plain) = signs_and_marks(b, |i| { got.push(i); i >= stop });
            proptest::prop_assert_eq!(found, circled || visited);
            if found {
                // Stopped early: the visits so far are the first ones.
                proptest::prop_assert!(want.starts_with(&got) || got.starts_with(&want));
            } else {
                proptest::prop_assert_eq!(got_plain, plain);
                proptest::prop_assert_eq!(&got, &want);
            }
        }
    }

    proptest::proptest! {
        /// An opener matches only where the first-byte table says it may.
        #[test]
        fn openers_start_only_at_their_first_bytes(
            t in "[a-zA-Z .(:é-]{0,6}(Photo|photo|PHOTO|Credit|l-r|(l-r)|Foto|crédit|Bild|Image|x)[a-z :]{0,6}",
            at in 0usize..20,
        ) {
            if OPENERS.match_at(&t, at).is_some() {
                let b = t.as_bytes()[at];
                proptest::prop_assert!(OPENER_FIRST.as_ref().is_none_or(|f| f[usize::from(b)]));
            }
        }
    }

    #[test]
    fn every_opener_starts_at_its_first_byte() {
        for e in entries(OPENERS_DATA) {
            for t in [e.to_owned(), e.to_ascii_uppercase(), e.to_ascii_lowercase()] {
                if OPENERS.match_at(&t, 0).is_some() {
                    let b = t.as_bytes()[0];
                    assert!(OPENER_FIRST.as_ref().is_none_or(|f| f[usize::from(b)]), "{t}");
                }
            }
        }
    }

    #[test]
    fn not_captions() {
        for s in [
            "Reuters reported that the talks had stalled, according to two officials.",
            "The photographer was detained for three days.",
            "Copyright reform is on the agenda of the council this week.",
            "“We are here,” she said.",
        ] {
            assert!(!is_caption(s), "{s}");
        }
    }
}
