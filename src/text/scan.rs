//! Byte-level helpers for the hot loops of the text model and the
//! extractors: counting words and characters, and finding ASCII phrases
//! ignoring case, without decoding every character or allocating.
//!
//! Each gives exactly the answer of the `str` method it replaces (named in
//! its doc comment; the tests compare them on odd input).

/// What a byte says about whitespace: part of a word (`WORD`), an ASCII
/// space (`SPACE`, the ASCII characters `char::is_whitespace` accepts), or
/// the lead byte of a character that may be whitespace (`LEAD`: U+0085,
/// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and
/// U+3000 start with C2, E1, E2 or E3), which must be decoded.
const WORD: u8 = 0;
const SPACE: u8 = 1;
const LEAD: u8 = 2;

const CLASS: [u8; 256] = {
    let mut t = [WORD; 256];
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[0x0b] = SPACE;
    t[0x0c] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[0xC2] = LEAD;
    t[0xE1] = LEAD;
    t[0xE2] = LEAD;
    t[0xE3] = LEAD;
    t
};

/// At byte `i` (not a [`WORD`] byte), the byte length of the whitespace
/// character there, or 0 when the character there is not whitespace.
fn space_len(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i).map(|&b| CLASS[usize::from(b)]) {
        Some(SPACE) => 1,
        Some(LEAD) => s.get(i..).and_then(|r| r.chars().next()).filter(|c| c.is_whitespace()).map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// The end of the run of ASCII letters and digits starting at byte `from`
/// of `bytes` (`from` itself when there is none, or when out of range),
/// read eight bytes at a time ([`super::word_bits::ascii_alnum_run_end`]).
pub(crate) fn ascii_alnum_end(bytes: &[u8], from: usize) -> usize {
    super::word_bits::ascii_alnum_run_end(bytes, from)
}

/// The number of whitespace-separated words of `s`, counted up to `max`:
/// `s.split_whitespace().take(max).count()`, reading bytes.
///
/// Word starts (a byte that is not whitespace after one that is) are
/// counted without a branch per byte; only the lead byte of a character
/// that may be whitespace is decoded.
///
/// Eight bytes with no lead byte of a character that may be whitespace
/// (none from C2 on, tested as one word) are read at once: their
/// whitespace bytes are marked exactly ([`ascii_spaces`]), and the word
/// starts among them counted as marks ([`u64::count_ones`]), the byte
/// before each (the last one read before them, for the first) telling
/// whether a word was open. Any other byte is read as before.
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose, see above
pub(crate) fn words_upto(s: &str, max: usize) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while let Some(w) = bytes.get(i..i + 8).and_then(|h| <[u8; 8]>::try_from(h).ok()).map(u64::from_le_bytes) {
        if word_at_least(w, 0xC2) != 0 {
            // A possible lead byte: this step reads one character.
            let (space, len) = match space_len(s, i) {
                0 => (false, 1),
                n => (true, n),
            };
            count += usize::from(!space & !in_word);
            if count > max {
                return max;
            }
            in_word = !space;
            i += len;
            continue;
        }
        let spaces = ascii_spaces(w);
        // A byte opens a word when it is no space and the byte before was.
        let before = (spaces << 8) | if in_word { 0 } else { 0x80 };
        count += (!spaces & before & HIGHS).count_ones() as usize;
        if count > max {
            return max;
        }
        in_word = spaces >> 63 == 0;
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        let class = CLASS[usize::from(b)];
        let (space, len) = if class == LEAD {
            match space_len(s, i) {
                0 => (false, 1),
                n => (true, n),
            }
        } else {
            (class == SPACE, 1)
        };
        count += usize::from(!space & !in_word);
        if count > max {
            return max;
        }
        in_word = !space;
        i += len;
    }
    count
}

/// The high bit of each byte of `w` that is an ASCII whitespace byte
/// (`char::is_whitespace` on ASCII: 09–0D and 20), exactly: a space is
/// marked by [`word_equals_exactly`]; a byte from 09 to 0D has its high bit
/// clear and its low seven bits at least 09 and below 0E (the sums below
/// never carry into the next byte).
fn ascii_spaces(w: u64) -> u64 {
    const LOWS: u64 = !HIGHS;
    let low = w & LOWS;
    let from_tab = low + ONES * (0x80 - 0x09);
    let past_cr = low + ONES * (0x80 - 0x0E);
    word_equals_exactly(w, b' ') | (from_tab & !past_cr & !w & HIGHS)
}

/// True when `s` surely has more than `max` whitespace-separated words
/// (`s.split_whitespace().count() > max`); `false` says nothing.
///
/// It counts only the word starts made of ASCII bytes (an ASCII space
/// followed by a printable ASCII byte, or a printable ASCII byte first):
/// each is the start of a distinct word of `split_whitespace`, so the count
/// is a lower bound of the number of words, and exceeding `max` is proof.
/// The count is one branch-free, vectorised pass over byte pairs (64 at a
/// time, stopping once `max` is exceeded), several times cheaper than
/// [`words_upto`]: rules that only ever fire on short blocks use it to turn
/// a long paragraph away before any other scan.
pub(crate) fn more_words_than(s: &str, max: usize) -> bool {
    /// An ASCII whitespace byte (`char::is_whitespace` on ASCII).
    fn space(b: u8) -> bool {
        (b == b' ') | (b.wrapping_sub(b'\t') < 5)
    }
    /// A printable ASCII byte other than the space: a character of a word.
    fn word(b: u8) -> bool {
        b.wrapping_sub(b'!') < 0x5F
    }
    let bytes = s.as_bytes();
    // Two counted starts are two bytes apart at least (a space, then a word
    // byte), so at most (len + 1) / 2 are counted: a text of no more than
    // 2 * max bytes never proves more than `max` words, and is not read
    // (most blocks are short).
    if bytes.len() <= max.saturating_mul(2) {
        return false;
    }
    let mut count = usize::from(bytes.first().is_some_and(|&b| word(b)));
    let mut from = 0;
    while count <= max && from + 1 < bytes.len() {
        let to = (from + 64).min(bytes.len() - 1);
        let prev = bytes.get(from..to).unwrap_or(&[]);
        let next = bytes.get(from + 1..=to).unwrap_or(&[]);
        // At most 64 pairs: the sum fits a byte.
        let starts = prev.iter().zip(next).fold(0u8, |n, (&p, &c)| n.wrapping_add(u8::from(space(p) & word(c))));
        count += usize::from(starts);
        from = to;
    }
    count > max
}

/// The whitespace-separated words of `s` with their byte offsets:
/// `s.split_whitespace()` with each word's offset, reading bytes (only the
/// lead bytes of characters that may be whitespace are decoded).
pub(crate) fn split_whitespace_at(s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let n = space_len(s, i);
            if n == 0 {
                break;
            }
            i += n;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        loop {
            while bytes.get(i).is_some_and(|&b| CLASS[usize::from(b)] == WORD) {
                i += 1;
            }
            if i >= bytes.len() || space_len(s, i) > 0 {
                break;
            }
            // A lead byte of a character that is not whitespace.
            i += 1;
        }
        Some((start, &s[start..i]))
    })
}

/// True for the ASCII bytes `char::is_whitespace` accepts (' ' and
/// '\t'..='\r').
#[inline]
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// The byte length of the whitespace `s` starts with: `s.len() -
/// s.trim_start().len()`, reading bytes. ASCII bytes are told by their
/// value; at the first other byte the rest is trimmed by `trim_start`
/// (every byte before it is ASCII, so it starts a character). Most text
/// starts with a letter: one byte read, without the standard library's
/// generic searcher.
#[inline]
pub(crate) fn leading_space(s: &str) -> usize {
    let mut i = 0;
    while let Some(&b) = s.as_bytes().get(i) {
        if !is_ascii_space(b) {
            if b.is_ascii() {
                return i;
            }
            return i + s.get(i..).map_or(0, |rest| rest.len() - rest.trim_start().len());
        }
        i += 1;
    }
    i
}

/// The byte length of `s` without the whitespace it ends with:
/// `s.trim_end().len()`, reading bytes as [`leading_space`] does, from
/// the end (an ASCII byte ends a character, so the part before a non-ASCII
/// last byte ends on a character boundary).
#[inline]
pub(crate) fn trimmed_end(s: &str) -> usize {
    let mut j = s.len();
    while let Some(&b) = j.checked_sub(1).and_then(|k| s.as_bytes().get(k)) {
        if !is_ascii_space(b) {
            if b.is_ascii() {
                return j;
            }
            return s.get(..j).map_or(j, |head| head.trim_end().len());
        }
        j -= 1;
    }
    j
}

/// `s.trim_end()`, reading bytes ([`trimmed_end`]).
#[inline]
pub(crate) fn trim_end(s: &str) -> &str {
    s.get(..trimmed_end(s)).unwrap_or("")
}

/// `s.trim_start()`, reading bytes ([`leading_space`]).
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    s.get(leading_space(s)..).unwrap_or("")
}

/// `s.trim()`, reading bytes ([`leading_space`], [`trimmed_end`]).
/// Always inlined: called once a block by several block tests, it is a
/// few instructions when the block's ends are ASCII and no whitespace
/// (block spans are trimmed), fewer than the call.
#[allow(clippy::inline_always)] // see above
#[inline(always)]
pub(crate) fn trim(s: &str) -> &str {
    let end = trimmed_end(s);
    let start = leading_space(s).min(end);
    s.get(start..end).unwrap_or("")
}

#[cfg(test)]
mod trim_tests {
    use super::{leading_space, trim, trim_end, trim_start, trimmed_end};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        /// The byte reads trim what the standard library trims.
        #[test]
        fn trims_as_the_standard_library(s in "[a \t\n\r\u{b}\u{c}\u{1c}\u{85}\u{a0}\u{2028}\u{3000}é“]{0,12}") {
            prop_assert_eq!(leading_space(&s), s.len() - s.trim_start().len());
            prop_assert_eq!(trimmed_end(&s), s.trim_end().len());
            prop_assert_eq!(trim(&s), s.trim());
            prop_assert_eq!(trim_start(&s), s.trim_start());
            prop_assert_eq!(trim_end(&s), s.trim_end());
        }
    }
}

#[cfg(test)]
mod split_whitespace_tests {
    use super::split_whitespace_at;
    use proptest::prelude::*;

    fn std_words(s: &str) -> Vec<(usize, &str)> {
        s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).collect()
    }

    #[test]
    fn same_words_as_the_std_split() {
        for s in [
            "",
            " ",
            "a",
            " a b ",
            "x\u{a0}y\u{2003}z\u{3000}w\u{85}v",
            "“Act”\u{2014}now é\u{1680}ü\n\t",
            "\u{e2}\u{20ac}",
        ] {
            assert_eq!(split_whitespace_at(s).collect::<Vec<_>>(), std_words(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn same_words_as_the_std_split_on_any_text(s in "[ a\u{a0}\u{85}\u{2000}-\u{2010}\u{202f}\u{3000}\u{e9}\u{201c}\n\t.]{0,40}") {
            prop_assert_eq!(split_whitespace_at(&s).collect::<Vec<_>>(), std_words(&s));
        }
    }
}

/// The offset of the first byte at or after `from` for which `hit` holds
/// (`bytes.len()` when none), where `chunk_hit` tells whether any byte of a
/// sixteen-byte chunk is one: the chunks are screened with it. In the chunk
/// holding the first hit, `word_hits` marks the hits of eight bytes at a
/// time (the high bit of each byte that is one, and possibly of bytes after
/// the first hit, never before it), so the first hit is the lowest mark, with
/// no byte read one by one; the last bytes (fewer than sixteen) are read
/// the same way as the text's last sixteen, or one by one when the search
/// starts among them.
#[allow(clippy::inline_always)] // the needles must be constants where the chunks are tested
#[inline(always)]
fn find_by_chunks(
    bytes: &[u8],
    from: usize,
    chunk_hit: impl Fn(&[u8]) -> bool,
    word_hits: impl Fn(u64) -> u64,
    hit: impl Fn(u8) -> bool,
) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        if chunk_hit(chunk) {
            // The chunk holds a hit: in its first or its second half.
            for (k, half) in halves(chunk).into_iter().enumerate() {
                let marks = word_hits(half);
                if marks != 0 {
                    return i + 8 * k + (marks.trailing_zeros() / 8) as usize;
                }
            }
            break;
        }
        i += 16;
    }
    // The last bytes (fewer than sixteen), when chunks were read before
    // them, as the last sixteen of the text with the marks of the bytes
    // already read dropped ([`last_chunk`]): those bytes hold no hit (their
    // chunks were screened), so `word_hits` marks nothing among them or
    // because of them, and the lowest mark kept is the first hit.
    let tail = if i > from { last_chunk(bytes, i) } else { None };
    let Some((chunk, base, skip)) = tail else {
        return bytes.get(i..).and_then(|rest| rest.iter().position(|&b| hit(b))).map_or(bytes.len(), |k| i + k);
    };
    for (k, half) in halves(chunk).into_iter().enumerate() {
        let marks = word_hits(half) & !marks_below(skip.saturating_sub(8 * k));
        if marks != 0 {
            return base + 8 * k + (marks.trailing_zeros() / 8) as usize;
        }
    }
    bytes.len()
}

/// The two eight-byte words (little-endian) of a sixteen-byte chunk.
#[inline]
fn halves(chunk: &[u8]) -> [u64; 2] {
    [chunk.get(..8), chunk.get(8..16)]
        .map(|h| h.and_then(|h| <[u8; 8]>::try_from(h).ok()).map_or(0, u64::from_le_bytes))
}

/// Every byte of a word set to 1.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` that is `n`, and possibly of bytes
/// above (after) such a byte, but never below the lowest: the classic
/// zero-byte test on `w ^ n…n` (a borrow only runs upward from a zero byte).
#[allow(clippy::inline_always)] // the needles must be constants where the words are tested
#[inline(always)]
fn word_equals(w: u64, n: u8) -> u64 {
    let x = w ^ (ONES * u64::from(n));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// The high bit of each byte of `w` that is at least `high` (exactly; for
/// `high` from 0x80 on, which every caller uses): a byte with its high bit
/// set whose low seven bits reach those of `high` (the sum of two numbers
/// below 0x80 and at most 0x80 never carries into the next byte).
#[allow(clippy::inline_always)] // `high` must be a constant where the words are tested
#[inline(always)]
fn word_at_least(w: u64, high: u8) -> u64 {
    let add = ONES * u64::from(0x80 - (high & 0x7F));
    w & ((w & !HIGHS) + add) & HIGHS
}

/// True when some byte of `chunk` is `n`, without a branch per byte.
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose: one vector compare
#[allow(clippy::inline_always)] // the needles must be constants where the chunks are tested
#[inline(always)]
fn holds(chunk: &[u8], n: u8) -> bool {
    chunk.iter().fold(false, |found, &b| found | (b == n))
}

/// True when `b` is one of `needles`: `needles.contains(&b)` as compares
/// combined with no branch, where `contains` runs `memchr`'s loop over the
/// needles, for the last bytes of every search (on a short block, all its
/// bytes). (A 256-bit set of the needles was built anew for every byte,
/// not once: more instructions than these compares.)
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose, see above
#[allow(clippy::inline_always)] // the needles must be constants where the bytes are tested
#[inline(always)]
fn is_needle<const N: usize>(b: u8, needles: [u8; N]) -> bool {
    needles.iter().fold(false, |found, &n| found | (b == n))
}

/// The offset of the first of `needles` at or after `from` (`bytes.len()`
/// when none), reading sixteen bytes at a time with one vector compare per
/// needle, so a search for rare bytes costs well under one instruction per
/// byte.
///
/// Each chunk is tested needle by needle: testing it byte by byte against
/// the whole set let the compiler turn a set of small constant bytes into a
/// 64-bit membership mask, which it vectorised with dozens of shuffles per
/// chunk (a `matches!` or `||` test was slower still).
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose, see above
#[allow(clippy::inline_always)] // the needles must be constants where the chunks are tested
#[inline(always)]
pub(crate) fn find_any<const N: usize>(bytes: &[u8], from: usize, needles: [u8; N]) -> usize {
    find_by_chunks(
        bytes,
        from,
        |chunk| needles.iter().fold(false, |found, &n| found | holds(chunk, n)),
        |w| needles.iter().fold(0, |marks, &n| marks | word_equals(w, n)),
        |b| is_needle(b, needles),
    )
}

/// The high bit of each byte of `w` that is `n`, exactly (unlike
/// [`word_equals`], no byte after a hit is marked): a byte is zero when
/// neither its low seven bits added to 0x7F nor its own high bit set the
/// high bit (the sum never carries into the next byte).
#[allow(clippy::inline_always)] // the needles must be constants where the words are tested
#[inline(always)]
fn word_equals_exactly(w: u64, n: u8) -> u64 {
    const LOWS: u64 = !HIGHS;
    let x = w ^ (ONES * u64::from(n));
    !(((x & LOWS) + LOWS) | x) & HIGHS
}

/// Call `visit` with the offset of every byte of `bytes` that is one of
/// `needles`, in order, until it returns `true`; `true` when it did.
///
/// The same offsets as calling [`find_any`] again after each one, without
/// restarting a search per hit: sixteen-byte chunks are screened as in
/// [`find_any`], and a chunk that holds a hit is read as two words whose
/// hits are marked exactly ([`word_equals_exactly`]) and visited by their
/// marks. The last bytes (fewer than sixteen) are read as the text's last
/// sixteen (or one by one in a text shorter than sixteen).
#[allow(clippy::inline_always)] // the needles must be constants where the chunks are tested
#[inline(always)]
pub(crate) fn any_at<const N: usize>(bytes: &[u8], needles: [u8; N], visit: impl FnMut(usize) -> bool) -> bool {
    marks_at(bytes, needles, None, visit)
}

/// [`any_at`] for the bytes that are one of `needles` or at least `high`
/// (from 0x80 on, where the word test is exact): every non-ASCII byte
/// costs one vector compare, however many of them the caller asks about.
#[allow(clippy::inline_always)] // the needles must be constants where the chunks are tested
#[inline(always)]
pub(crate) fn any_at_or_from<const N: usize>(
    bytes: &[u8],
    needles: [u8; N],
    high: u8,
    visit: impl FnMut(usize) -> bool,
) -> bool {
    debug_assert!(high >= 0x80);
    marks_at(bytes, needles, Some(high), visit)
}

/// [`any_at`] (`high` none) and [`any_at_or_from`] (`high` given): one
/// loop, with `high` a constant where it is inlined.
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose, see find_any
#[allow(clippy::inline_always)] // the needles must be constants where the chunks are tested
#[inline(always)]
fn marks_at<const N: usize>(
    bytes: &[u8],
    needles: [u8; N],
    high: Option<u8>,
    mut visit: impl FnMut(usize) -> bool,
) -> bool {
    let above = |b: u8| high.is_some_and(|h| b >= h);
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 16) {
        let any_above = high.is_some() && chunk.iter().fold(false, |found, &b| found | above(b));
        if needles.iter().fold(any_above, |found, &n| found | holds(chunk, n)) {
            for (k, w) in halves(chunk).into_iter().enumerate() {
                let from = high.map_or(0, |h| word_at_least(w, h));
                let mut marks = needles.iter().fold(from, |marks, &n| marks | word_equals_exactly(w, n));
                while marks != 0 {
                    if visit(i + 8 * k + (marks.trailing_zeros() / 8) as usize) {
                        return true;
                    }
                    marks &= marks - 1;
                }
            }
        }
        i += 16;
    }
    // The last bytes (fewer than sixteen) are read as the last sixteen of
    // the text, with the marks of the bytes already read dropped
    // ([`last_chunk`]; the marks are exact, one per byte): the same visits
    // as a loop over them, without a test and a call per byte.
    let Some((chunk, base, skip)) = last_chunk(bytes, i) else {
        let rest = bytes.get(i..).unwrap_or(&[]);
        return rest.iter().enumerate().any(|(k, &b)| (above(b) || is_needle(b, needles)) && visit(i + k));
    };
    for (k, w) in halves(chunk).into_iter().enumerate() {
        let from = high.map_or(0, |h| word_at_least(w, h));
        let mut marks = needles.iter().fold(from, |marks, &n| marks | word_equals_exactly(w, n));
        marks &= !marks_below(skip.saturating_sub(8 * k));
        while marks != 0 {
            if visit(base + 8 * k + (marks.trailing_zeros() / 8) as usize) {
                return true;
            }
            marks &= marks - 1;
        }
    }
    false
}

/// The last sixteen bytes of `bytes`, their offset, and how many of them
/// come before `from`, when `from` leaves fewer than sixteen (and at least
/// one) and the text has sixteen or more; `None` otherwise (the caller
/// reads the bytes left one by one).
#[inline]
fn last_chunk(bytes: &[u8], from: usize) -> Option<(&[u8], usize, usize)> {
    let left = bytes.len().checked_sub(from).filter(|&n| (1..16).contains(&n))?;
    let base = bytes.len().checked_sub(16)?;
    Some((bytes.get(base..)?, base, 16 - left))
}

/// The mark bits (high bit of each byte) of the first `n` bytes of a word:
/// a mask that drops the marks of padding (all of them when `n` is 0).
#[inline]
fn marks_below(n: usize) -> u64 {
    if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    }
}

/// The offset of the first byte at or after `from` that is one of
/// `needles` or is at least `high` (`bytes.len()` when none): [`find_any`]
/// with one more vector compare.
#[allow(clippy::needless_bitwise_bool)] // branch-free on purpose, see find_any
#[allow(clippy::inline_always)] // the needles must be constants where the chunks are tested
#[inline(always)]
pub(crate) fn find_any_or_from<const N: usize>(bytes: &[u8], from: usize, needles: [u8; N], high: u8) -> usize {
    find_by_chunks(
        bytes,
        from,
        |chunk| {
            let above = chunk.iter().fold(false, |found, &b| found | (b >= high));
            needles.iter().fold(above, |found, &n| found | holds(chunk, n))
        },
        |w| {
            // (Below 0x80 the word test does not hold: each byte is marked
            // on its own.)
            let above = if high >= 0x80 {
                word_at_least(w, high)
            } else {
                w.to_le_bytes().iter().enumerate().fold(0, |m, (k, &b)| m | (u64::from(b >= high) << (8 * k + 7)))
            };
            needles.iter().fold(above, |marks, &n| marks | word_equals(w, n))
        },
        |b| b >= high || is_needle(b, needles),
    )
}

/// The number of characters of `s`, counted up to `max`:
/// `s.chars().take(max).count()`, reading bytes.
///
/// When the first `max` bytes are ASCII (most lines of a release), they are
/// `max` characters: the count is `max` without reading them one by one
/// (`is_ascii` reads a word at a time).
pub(crate) fn chars_upto(s: &str, max: usize) -> usize {
    if s.as_bytes().get(..max).is_some_and(<[u8]>::is_ascii) {
        return max;
    }
    // Every character has one byte that is not a continuation byte.
    if s.len() <= max {
        return s.bytes().filter(|&b| b & 0xC0 != 0x80).count();
    }
    let mut n = 0;
    for &b in s.as_bytes() {
        if b & 0xC0 != 0x80 {
            if n == max {
                return n;
            }
            n += 1;
        }
    }
    n
}

/// The byte offset of character `n` of `s` (`s.len()` when `s` has no
/// more than `n` characters): `s.char_indices().nth(n)`, reading bytes.
pub(crate) fn char_offset(s: &str, n: usize) -> usize {
    if s.len() <= n {
        return s.len();
    }
    // Most text is ASCII: then character `n` is byte `n` (a vectorised test).
    if s.as_bytes().get(..n).is_some_and(<[u8]>::is_ascii) {
        return n;
    }
    let mut seen = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    s.len()
}

/// True when `hay` contains the ASCII `needle` ignoring ASCII case.
///
/// For a needle without `k` or `i` this is also `hay.to_lowercase()
/// .contains(needle)` for a lower-case needle: the only non-ASCII
/// characters that lower-case to ASCII letters are the Kelvin sign (`k`)
/// and the dotted capital I (`i` and a combining dot, which no ASCII letter
/// follows).
pub(crate) fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    if h.len() < n.len() {
        return false;
    }
    let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let last = h.len() - n.len();
    let n_last = n.last().copied().unwrap_or(first);
    // The candidates are found by a vectorised byte search, not a test at
    // every offset; most are let go by the needle's last byte (a word
    // opening like the phrase, "for" of "for immediate release", seldom
    // ends like it) before the whole is compared.
    let mut i = 0;
    loop {
        i = find_any(h, i, [lo, up]);
        if i > last {
            return false;
        }
        if h[i + n.len() - 1].eq_ignore_ascii_case(&n_last) && h[i..i + n.len()].eq_ignore_ascii_case(n) {
            return true;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ODD: [&str; 12] = [
        "",
        " ",
        "a",
        "  two  words ",
        "tab\tsep\nline\r\nend",
        "nbsp\u{a0}joins\u{2003}em\u{3000}ideo\u{85}nel",
        "\u{1680}ogham\u{2028}ls\u{2029}ps\u{202f}nn\u{205f}mm",
        "é中ü\u{200b}zero-width stays",
        "\u{1c}\u{1d}not space",
        "© ⓒ – — “quotes”",
        "김정은 위원장. 2018년",
        "x\u{b}y\u{c}z",
    ];

    #[test]
    fn words_as_split_whitespace() {
        for s in ODD {
            for max in [0, 1, 2, 3, 100] {
                assert_eq!(words_upto(s, max), s.split_whitespace().take(max).count(), "{s:?} {max}");
            }
        }
    }

    #[test]
    fn chars_as_chars() {
        for s in ODD {
            for max in [0, 1, 2, 5, 100] {
                assert_eq!(chars_upto(s, max), s.chars().take(max).count(), "{s:?} {max}");
            }
        }
    }

    #[test]
    fn char_offsets_as_char_indices() {
        for s in ODD {
            for n in [0, 1, 2, 5, 100] {
                assert_eq!(char_offset(s, n), s.char_indices().nth(n).map_or(s.len(), |(i, _)| i), "{s:?} {n}");
            }
        }
    }

    #[test]
    fn finds_bytes() {
        let text = "0123456789abcdef0123456789abcdef!x";
        let b = text.as_bytes();
        assert_eq!(find_any(b, 0, [b'!']), 32);
        assert_eq!(find_any(b, 33, [b'!']), b.len());
        assert_eq!(find_any(b, 3, [b'a']), 10);
        assert_eq!(find_any(b, 11, [b'a']), 26);
        assert_eq!(find_any(b, 99, [b'a']), b.len());
        assert_eq!(find_any(b"", 0, [b'a']), 0);
        assert_eq!(find_any_or_from(b, 0, [b'x'], b'f'), 15);
        assert_eq!(find_any_or_from(b, 16, [b'x', b'!'], 0xC2), 32);
        assert_eq!(find_any_or_from("ab.\u{e9}".as_bytes(), 0, [b'!'], 0xC2), 3);
        assert_eq!(find_any_or_from(b"0123456789abcdef0123456789", 0, [b'.'], 0xC2), 26);
        assert_eq!(find_any(b, 0, [b'!', b'c']), 12);
        assert_eq!(find_any(b, 13, [b'!', b'x']), 32);
        assert_eq!(find_any(b, 0, [b'#']), b.len());
    }

    /// The first of `needles` (or byte from `high` on) at or after `from`,
    /// one byte at a time (`bytes.len()` when none).
    fn find_reference(bytes: &[u8], from: usize, needles: &[u8], high: Option<u8>) -> usize {
        let hit = |b: u8| high.is_some_and(|h| b >= h) || needles.contains(&b);
        (from..bytes.len()).find(|&i| hit(bytes[i])).unwrap_or(bytes.len())
    }

    /// Bytes of every class the searches tell apart: needles, ASCII, the
    /// high bytes around 0x80 and the lead bytes searched for.
    fn needles_and_others() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(
            proptest::sample::select(vec![0u8, 1, b'.', b'a', b'-', 0x7F, 0x80, 0x93, 0xC1, 0xC2, 0xE2, 0xFF]),
            0..70,
        )
    }

    proptest! {
        #[test]
        fn visits_as_a_byte_loop(
            bytes in needles_and_others(),
            stop in 0usize..80,
        ) {
            let needles = [b'.', b'-', 0x93, 0];
            let want: Vec<usize> = (0..bytes.len()).filter(|&i| needles.contains(&bytes[i])).collect();
            let mut got = Vec::new();
            let stopped = any_at(&bytes, needles, |i| {
                got.push(i);
                false
            });
            prop_assert!(!stopped);
            prop_assert_eq!(&got, &want);
            // Stopping early.
            let mut seen = Vec::new();
            let stopped = any_at(&bytes, needles, |i| { seen.push(i); i >= stop });
            prop_assert_eq!(stopped, want.iter().any(|&i| i >= stop));
            let until = want.iter().position(|&i| i >= stop).map_or(want.len(), |k| k + 1);
            prop_assert_eq!(&seen[..], &want[..until]);
        }

        #[test]
        fn visits_from_high_as_a_byte_loop(bytes in needles_and_others(), high in 0x80u8..=0xFF) {
            let needles = [b'.', b'-', 0];
            let want: Vec<usize> =
                (0..bytes.len()).filter(|&i| bytes[i] >= high || needles.contains(&bytes[i])).collect();
            let mut got = Vec::new();
            let stopped = any_at_or_from(&bytes, needles, high, |i| {
                got.push(i);
                false
            });
            prop_assert!(!stopped);
            prop_assert_eq!(got, want);
        }

        #[test]
        fn finds_as_a_byte_loop(
            bytes in needles_and_others(),
            from in 0usize..72,
        ) {
            prop_assert_eq!(find_any(&bytes, from, [b'.', b'-', 0x93]), find_reference(&bytes, from, b".-\x93", None));
            prop_assert_eq!(find_any(&bytes, from, [0u8]), find_reference(&bytes, from, &[0], None));
            prop_assert_eq!(find_any(&bytes, from, [0xFFu8, 1]), find_reference(&bytes, from, &[0xFF, 1], None));
            for high in [0x80, 0xC2, 0xE2, 0xFF, 0x7F, b'a'] {
                prop_assert_eq!(
                    find_any_or_from(&bytes, from, [b'.', 1], high),
                    find_reference(&bytes, from, &[b'.', 1], Some(high)),
                    "high {}", high
                );
            }
        }
    }

    #[test]
    fn ascii_alnum_runs() {
        for s in ODD {
            let b = s.as_bytes();
            for from in 0..=b.len() + 1 {
                let want =
                    from + b.get(from..).map_or(0, |r| r.iter().take_while(|c| c.is_ascii_alphanumeric()).count());
                assert_eq!(ascii_alnum_end(b, from), want, "{s:?} {from}");
            }
        }
        assert_eq!(ascii_alnum_end(b"ab1-c", 0), 3);
        assert_eq!(ascii_alnum_end("é1".as_bytes(), 0), 0);
    }

    #[test]
    fn ascii_case_insensitive_search() {
        assert!(contains_ignore_ascii_case("Photo © 2020. ALL Rights Reserved", "all rights reserved"));
        assert!(!contains_ignore_ascii_case("all rights reserve", "all rights reserved"));
        assert!(contains_ignore_ascii_case("x", ""));
        assert!(!contains_ignore_ascii_case("", "x"));
        assert!(!contains_ignore_ascii_case("FOR \u{130}MMEDIATE RELEASE", "for immediate release"));
    }

    proptest! {
        /// The count `more_words_than` proves by, as a plain byte loop: the
        /// short texts it no longer reads never exceed `max`.
        #[test]
        fn more_words_than_as_the_byte_count(s in "[a .\t\n\u{a0}é]{0,40}", max in 0usize..25) {
            let b = s.as_bytes();
            let word = |c: u8| c.wrapping_sub(b'!') < 0x5F;
            let space = |c: u8| c == b' ' || c.wrapping_sub(b'\t') < 5;
            let count = usize::from(b.first().is_some_and(|&c| word(c)))
                + b.windows(2).filter(|p| space(p[0]) && word(p[1])).count();
            prop_assert_eq!(more_words_than(&s, max), count > max);
        }

        #[test]
        fn ascii_spaces_as_a_byte_test(w: u64) {
            let want = w.to_le_bytes().iter().enumerate().fold(0u64, |m, (k, &b)| {
                m | (u64::from(b.is_ascii() && char::from(b).is_whitespace()) << (8 * k + 7))
            });
            prop_assert_eq!(ascii_spaces(w), want);
        }

        #[test]
        fn words_as_split_whitespace_on_long_text(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "Bc", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{1c}", "\u{a0}", "\u{2003}", "\u{3000}",
                "\u{85}", "é", "’", "中", "\u{200b}", "\u{1680}", "word ", "eight by", "\u{7f}", "\u{0}",
            ]),
            0..60,
        ), max in 0usize..40) {
            let s: String = parts.concat();
            prop_assert_eq!(words_upto(&s, max), s.split_whitespace().take(max).count());
        }
    }

    #[test]
    fn more_words_than_is_proof() {
        for s in ODD {
            for max in [0, 1, 2, 3, 100] {
                let words = s.split_whitespace().count();
                assert!(!more_words_than(s, max) || words > max, "{s:?} {max}");
            }
        }
        // Plain ASCII text is counted exactly; the shortest texts with
        // `max + 1` word starts are proven.
        for max in 0..5 {
            let dense = "a ".repeat(max + 1);
            assert!(more_words_than(dense.trim_end(), max), "{max}");
            assert!(!more_words_than(&dense.trim_end()[1..], max), "{max}");
        }
        let long = "word ".repeat(200);
        for max in [0, 1, 63, 64, 65, 127, 128, 199, 200, 250] {
            assert_eq!(more_words_than(&long, max), 200 > max, "{max}");
        }
        assert!(!more_words_than("", 0));
        assert!(more_words_than("a", 0));
    }

    proptest! {
        #[test]
        fn same_as_std(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "B", " ", "  ", "\t", "\n", "\u{a0}", "\u{2003}", "\u{3000}", "\u{85}", "é", "中", "\u{200b}",
                "all", "RIGHTS", "reserved", "\u{212a}", "\u{130}", "-", "—",
            ]),
            0..30,
        ), max in 0usize..12) {
            let s: String = parts.concat();
            prop_assert_eq!(words_upto(&s, max), s.split_whitespace().take(max).count());
            prop_assert_eq!(chars_upto(&s, max), s.chars().take(max).count());
            prop_assert_eq!(char_offset(&s, max), s.char_indices().nth(max).map_or(s.len(), |(i, _)| i));
            prop_assert!(!more_words_than(&s, max) || s.split_whitespace().count() > max);
            let needle = "all rights reserved";
            prop_assert_eq!(contains_ignore_ascii_case(&s, needle), s.to_lowercase().contains(needle));
        }
    }

    /// Texts of one repeated byte with a few hits: most chunks hold none,
    /// so the searches reach their last bytes after reading chunks (where
    /// those bytes are read as the text's last sixteen).
    fn sparse_hits() -> impl Strategy<Value = Vec<u8>> {
        (
            0usize..70,
            proptest::collection::vec(
                (0usize..70, proptest::sample::select(vec![0u8, 1, b'.', 0x93, 0xC2, 0xFF])),
                0..3,
            ),
        )
            .prop_map(|(len, hits)| {
                let mut bytes = vec![b'a'; len];
                for (at, b) in hits {
                    if let Some(x) = bytes.get_mut(at) {
                        *x = b;
                    }
                }
                bytes
            })
    }

    proptest! {
        #[test]
        fn last_bytes_found_as_a_byte_loop(bytes in sparse_hits(), from in 0usize..72) {
            prop_assert_eq!(find_any(&bytes, from, [b'.', 0x93]), find_reference(&bytes, from, b".\x93", None));
            prop_assert_eq!(find_any(&bytes, from, [0u8]), find_reference(&bytes, from, &[0], None));
            prop_assert_eq!(find_any(&bytes, from, [1u8, 0xFF]), find_reference(&bytes, from, &[1, 0xFF], None));
            for high in [0x80, 0xC2, 0xFF, b'b'] {
                prop_assert_eq!(
                    find_any_or_from(&bytes, from, [b'.', 0], high),
                    find_reference(&bytes, from, &[b'.', 0], Some(high))
                );
            }
            let needles = [b'.', 0x93, 0];
            let want: Vec<usize> = (0..bytes.len()).filter(|&i| needles.contains(&bytes[i])).collect();
            let mut got = Vec::new();
            any_at(&bytes, needles, |i| {
                got.push(i);
                false
            });
            prop_assert_eq!(&got, &want);
            let want: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] >= 0xC2 || bytes[i] == 1).collect();
            let mut got = Vec::new();
            any_at_or_from(&bytes, [1u8], 0xC2, |i| {
                got.push(i);
                false
            });
            prop_assert_eq!(got, want);
        }
    }
}
