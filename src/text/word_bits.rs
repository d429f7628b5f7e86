//! The word characters of a text as a bit set, one bit per byte (every byte
//! of a word character is set), built eight bytes at a time, so that the
//! starts and ends of words are found by bit arithmetic rather than a
//! branch at every byte: walking the bytes one by one, with a branch at
//! each word's first and last byte, cost as much as the look-ups made at
//! the words.
//!
//! A word character is a letter or digit (`char::is_alphanumeric`), and
//! `_` when asked ([`Underscore`]): ASCII bytes are classed eight at a
//! time, and only the lead bytes of non-ASCII characters are decoded.

/// Whether `_` is a word character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Underscore {
    /// `_` joins words (as `lexicon::word_boundary` reads them).
    Word,
    /// `_` separates words (as `char::is_alphanumeric` reads them).
    Separator,
}

/// The word bits of one text.
#[derive(Debug, Clone)]
pub(crate) struct WordBits {
    bits: Vec<u64>,
    len: usize,
}

/// Two bytes of bits for the eight bytes of `x` (little-endian): the word
/// bytes ([`word_bytes`]) and the lead bytes of non-ASCII characters
/// (`0b11xx_xxxx`), without branches.
#[inline]
fn eight_bits(x: u64, underscore: Underscore) -> (u8, u8) {
    (word_bytes(x, underscore), gather_high_bits(x & (x << 1)))
}

/// The high bit of each byte of `x` gathered into one byte (byte `k` of `x`
/// gives bit `k`).
#[inline]
pub(crate) fn gather_high_bits(x: u64) -> u8 {
    (((x & 0x8080_8080_8080_8080) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// One bit per byte of `x` (eight bytes, little-endian): set for an ASCII
/// letter or digit (and `_` when it is a word character), and for every
/// byte of 0x80 and above.
#[inline]
pub(crate) fn word_bytes(x: u64, underscore: Underscore) -> u8 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // With the high bit of each byte cleared, `v + (0x80 - lo)` has its high
    // bit set exactly when `v >= lo` (no carry crosses into the next byte).
    let at_least = |v: u64, lo: u8| v + (0x80 - u64::from(lo)) * ONES;
    let in_range = |v: u64, lo: u8, hi: u8| at_least(v, lo) & !at_least(v, hi + 1);
    let low = x & !HIGH;
    let folded = low | 0x2020_2020_2020_2020;
    let mut ascii_word = in_range(folded, b'a', b'z') | in_range(low, b'0', b'9');
    if underscore == Underscore::Word {
        ascii_word |= in_range(low, b'_', b'_');
    }
    gather_high_bits((ascii_word & !x) | x)
}

/// The end of the run of ASCII letters and digits that starts at byte
/// `from` of `bytes` (`from` itself when there is none, or when out of
/// range): the bytes are classed eight at a time ([`word_bytes`] without
/// the bytes of 0x80 and above), most runs (words) ending in the first
/// eight.
#[inline]
pub(crate) fn ascii_alnum_run_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(eight) = bytes.get(i..i + 8) {
        let mut x = [0u8; 8];
        x.copy_from_slice(eight);
        let x = u64::from_le_bytes(x);
        let run = (word_bytes(x, Underscore::Separator) & !gather_high_bits(x)).trailing_ones() as usize;
        i += run;
        if run < 8 {
            return i;
        }
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        i += 1;
    }
    i
}

/// `char::is_alphanumeric`, with the General Punctuation block (U+2000 to
/// U+206F: typographic spaces, dashes, curly quotes, none a letter or
/// digit) answered without the Unicode tables, which the standard library
/// searches for every character outside ASCII.
pub(crate) fn alphanumeric(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// [`folded_key_at`] of a whole word: its first (up to) eight bytes.
///
/// A word shorter than eight bytes (most words looked up) is read with
/// two overlapping loads instead of a copy of its length into a buffer
/// (a `memcpy` call per look-up): bytes 0..4 and n-4..n for four to seven
/// bytes, bytes 0, n/2 and n-1 for one to three; where the loads overlap
/// they read the same bytes, so or-ing them at their places gives the
/// word's bytes with zeros after them, as `folded_key_at` does.
#[inline]
pub(crate) fn folded_key(word: &[u8]) -> u64 {
    let n = word.len();
    let four = |at: usize| word.get(at..at + 4).and_then(|b| <[u8; 4]>::try_from(b).ok()).map_or(0, u32::from_le_bytes);
    let byte = |at: usize| word.get(at).map_or(0, |&b| u64::from(b));
    let x = match n {
        0 => 0,
        1..=3 => byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1)),
        4..=7 => u64::from(four(0)) | u64::from(four(n - 4)) << (8 * (n - 4)),
        _ => word.get(..8).and_then(|b| <[u8; 8]>::try_from(b).ok()).map_or(0, u64::from_le_bytes),
    };
    fold_ascii_case(x)
}

/// The (up to) eight bytes of `bytes` from `at`, at most `len` of them,
/// ASCII lower-cased, as a little-endian number (zeros past them): a key
/// that tells most words apart, read with one load where eight bytes are
/// there to read.
#[inline]
pub(crate) fn folded_key_at(bytes: &[u8], at: usize, len: usize) -> u64 {
    let n = len.min(8);
    let mut buf = [0u8; 8];
    let x = if let Some(eight) = bytes.get(at..at + 8) {
        buf.copy_from_slice(eight);
        let keep = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
        u64::from_le_bytes(buf) & keep
    } else {
        let rest = bytes.get(at..).unwrap_or(&[]);
        let n = n.min(rest.len());
        buf[..n].copy_from_slice(&rest[..n]);
        u64::from_le_bytes(buf)
    };
    fold_ascii_case(x)
}

/// Per byte count `n` (0 to 8), the mask of the first `n` bytes of a
/// little-endian `u64`.
const FIRST_BYTES: [u64; 9] = {
    let mut masks = [u64::MAX; 9];
    let mut n = 0;
    while n < 8 {
        masks[n] = (1u64 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// The first `len` bytes of the eight of `eight` (all eight from eight on):
/// one table load and an `and`, where a branch or a variable shift cost
/// several instructions a word.
#[inline]
pub(crate) fn cut_to(eight: u64, len: usize) -> u64 {
    eight & FIRST_BYTES[len.min(8)]
}

/// The eight bytes of `bytes` from `at`, each with bit 5 set, as a
/// little-endian number (zeros past the end of `bytes`): a key for
/// look-ups whose candidates are then compared byte by byte, one `or`
/// cheaper than folding ([`folded_key_at`]). Setting bit 5 lower-cases an
/// ASCII capital and leaves ASCII small letters and digits alone, so two
/// texts equal up to ASCII case have equal loose keys (`x | 0x20 ==
/// x.to_ascii_lowercase() | 0x20` for every byte); it also merges a few
/// other bytes (a capital and a small letter outside ASCII, `@` and
/// `` ` ``), so equal keys only say that the texts may be equal.
#[inline]
pub(crate) fn loose_eight_at(bytes: &[u8], at: usize) -> u64 {
    const BIT5: u64 = 0x2020_2020_2020_2020;
    if let Some(eight) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        u64::from_le_bytes(*eight) | BIT5
    } else {
        let rest = bytes.get(at..).unwrap_or(&[]);
        let n = rest.len().min(8);
        let mut buf = [0u8; 8];
        buf[..n].copy_from_slice(&rest[..n]);
        cut_to(u64::from_le_bytes(buf) | BIT5, n)
    }
}

/// [`loose_eight_at`] cut to `len` bytes.
#[inline]
pub(crate) fn loose_key_at(bytes: &[u8], at: usize, len: usize) -> u64 {
    cut_to(loose_eight_at(bytes, at), len)
}

/// [`loose_key_at`] of a whole word: its first (up to) eight bytes.
pub(crate) fn loose_key(word: &[u8]) -> u64 {
    loose_key_at(word, 0, word.len())
}

/// The eight bytes of `x` with ASCII capitals lower-cased.
#[inline]
fn fold_ascii_case(x: u64) -> u64 {
    // Set bit 5 of every byte in 'A'..='Z' (as `to_ascii_lowercase`),
    // eight bytes at a time.
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & LOW7;
    let ge_a = low + 0x3f3f_3f3f_3f3f_3f3f; // high bit set when >= b'A'
    let gt_z = low + 0x2525_2525_2525_2525; // high bit set when > b'Z'
    let upper = (ge_a ^ gt_z) & !x & HIGH;
    x | upper >> 2
}

impl WordBits {
    /// The word bits of `s`.
    pub(crate) fn new(s: &str, underscore: Underscore) -> Self {
        let bytes = s.as_bytes();
        let mut words = WordBits { bits: Vec::with_capacity(bytes.len() / 64 + 1), len: bytes.len() };
        // Lead bytes of non-ASCII characters, per chunk of 64 (only while
        // one is seen).
        let mut leads: Vec<u64> = Vec::new();
        // The bits of the whole eights of `part` (at most 64 bytes), eight
        // bytes at a time.
        let eights_bits = |part: &[u8]| {
            let (mut word, mut lead) = (0u64, 0u64);
            for (q, eight) in part.chunks_exact(8).enumerate() {
                let mut x = [0u8; 8];
                x.copy_from_slice(eight);
                let (w, l) = eight_bits(u64::from_le_bytes(x), underscore);
                word |= u64::from(w) << (8 * q);
                lead |= u64::from(l) << (8 * q);
            }
            (word, lead)
        };
        // Whole chunks of 64 bytes (a fixed eight steps each), then the
        // last chunk.
        let mut chunks = bytes.chunks_exact(64);
        for chunk in chunks.by_ref() {
            let (word, lead) = eights_bits(chunk);
            words.push_chunk(word, lead, &mut leads);
        }
        let last_chunk = chunks.remainder();
        let (mut word, mut lead) = eights_bits(last_chunk);
        let rest = last_chunk.chunks_exact(8).remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            let (w, l) = eight_bits(u64::from_le_bytes(last), underscore);
            let shift = 8 * (bytes.len() / 8 % 8);
            word |= u64::from(w) << shift;
            lead |= u64::from(l) << shift;
        }
        if bytes.len() % 64 != 0 {
            words.push_chunk(word, lead, &mut leads);
        }
        // Settle the non-ASCII characters: a letter or digit stays in its
        // word, anything else ("“", "—", a no-break space) is cleared.
        for (c, &high) in leads.iter().enumerate() {
            let mut m = high;
            while m != 0 {
                let i = c * 64 + m.trailing_zeros() as usize;
                m &= m - 1;
                // General punctuation (U+2000 to U+203F: spaces, dashes,
                // curly quotes) is common and never a word character.
                if bytes.get(i..i + 2) == Some(&[0xE2, 0x80]) {
                    words.clear(i..i + 3);
                    continue;
                }
                let Some(ch) = s.get(i..).and_then(|t| t.chars().next()) else {
                    continue;
                };
                if !ch.is_alphanumeric() {
                    words.clear(i..i + ch.len_utf8());
                }
            }
        }
        words
    }

    /// These bits with `_` a word character too, for bits made with `_`
    /// a separator (`s` being their text): the bits `WordBits::new(s,
    /// Underscore::Word)` makes, as `_` is the one byte the two readings
    /// class differently, and an ASCII byte stands for its character alone.
    pub(crate) fn with_underscores(&self, s: &str) -> WordBits {
        let mut words = self.clone();
        for (k, _) in s.bytes().enumerate().filter(|&(_, b)| b == b'_') {
            if let Some(w) = words.bits.get_mut(k / 64) {
                *w |= 1 << (k % 64);
            }
        }
        words
    }

    /// Clear the bits of the bytes `range` (a character that is no word
    /// character).
    fn clear(&mut self, range: std::ops::Range<usize>) {
        for k in range {
            if let Some(w) = self.bits.get_mut(k / 64) {
                *w &= !(1 << (k % 64));
            }
        }
    }

    /// True when byte `i` belongs to a word character (false past the end).
    pub(crate) fn is_word_byte(&self, i: usize) -> bool {
        i < self.len && self.bits.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 != 0)
    }

    /// Append the word bits of the next 64 bytes, and note their lead bytes
    /// of non-ASCII characters, if any, in `leads`.
    fn push_chunk(&mut self, word: u64, lead: u64, leads: &mut Vec<u64>) {
        if lead != 0 {
            if leads.capacity() == 0 {
                // Room for a lead per chunk of the text, once one is seen.
                leads.reserve(self.bits.capacity());
            }
            leads.resize(self.bits.len() + 1, 0);
            if let Some(l) = leads.last_mut() {
                *l = lead;
            }
        }
        self.bits.push(word);
    }

    /// The words, as byte ranges `[start, end)`, in order: read off the
    /// bits where wordness changes (a start, then an end, in turn), a few
    /// instructions a word.
    pub(crate) fn words(&self) -> Words<'_> {
        Words { bits: &self.bits, len: self.len, chunk: 0, changes: self.bits.first().map_or(0, |&w| w ^ w << 1) }
    }
}

/// The words of a [`WordBits`] ([`WordBits::words`]), an iterator whose
/// steps inline into the caller's loop.
pub(crate) struct Words<'w> {
    bits: &'w [u64],
    len: usize,
    /// The 64-bit word of `bits` being read.
    chunk: usize,
    /// Its change bits not yet read: bit `k` is set when byte `k` differs
    /// in wordness from the byte before it (the start of the text counts
    /// as outside a word).
    changes: u64,
}

impl Words<'_> {
    /// The next offset where wordness changes.
    #[inline]
    fn next_change(&mut self) -> Option<usize> {
        loop {
            if self.changes != 0 {
                let at = self.chunk * 64 + self.changes.trailing_zeros() as usize;
                self.changes &= self.changes - 1;
                return Some(at);
            }
            let before = self.bits.get(self.chunk)? >> 63;
            self.chunk += 1;
            let w = *self.bits.get(self.chunk)?;
            self.changes = w ^ (w << 1 | before);
        }
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.next_change()?;
        // A word running to the end of the text has no change after it.
        let end = self.next_change().unwrap_or(self.len);
        Some((start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn word_bytes_agree_with_a_byte_test() {
        for underscore in [Underscore::Word, Underscore::Separator] {
            let word = |b: u8| b >= 0x80 || b.is_ascii_alphanumeric() || (b == b'_' && underscore == Underscore::Word);
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut eight = [b' '; 8];
                    eight[at] = b;
                    let x = u64::from_le_bytes(eight);
                    assert_eq!(word_bytes(x, underscore), u8::from(word(b)) << at, "{b} at {at}");
                    assert_eq!(gather_high_bits(x), u8::from(b >= 0x80) << at, "{b} at {at}");
                }
            }
        }
    }

    #[test]
    fn keys_fold_ascii_letters_only() {
        let key = folded_key;
        assert_eq!(key(b"SaId"), key(b"said"));
        assert_eq!(key(b"EMPHASIZING"), key(b"emphasiz"));
        assert_ne!(key("É".as_bytes()), key("é".as_bytes()));
        for b in 0..=255u8 {
            assert_eq!(key(&[b]), u64::from(b.to_ascii_lowercase()), "{b}");
        }
        // Past the end, or asked for more than there is: zeros.
        assert_eq!(folded_key_at(b"Ab", 1, 5), u64::from(b'b'));
        assert_eq!(folded_key_at(b"Ab", 9, 5), 0);
        assert_eq!(folded_key_at(b"ABCDEFGHIJ", 1, 3), u64::from_le_bytes(*b"bcd\0\0\0\0\0"));
    }

    #[test]
    fn loose_keys_set_bit_five_and_cut() {
        assert_eq!(loose_key(b"SaId"), loose_key(b"said"));
        assert_eq!(loose_key(b"said"), u64::from_le_bytes(*b"said\0\0\0\0"));
        assert_eq!(loose_key_at(b"ABCDEFGHIJ", 1, 3), u64::from_le_bytes(*b"bcd\0\0\0\0\0"));
        assert_eq!(loose_eight_at(b"Ab", 1), u64::from(b'b'));
        assert_eq!(loose_eight_at(b"Ab", 9), 0);
        assert_eq!(loose_eight_at(b"A B@CDEFG", 1), u64::from_le_bytes(*b" b`cdefg"));
        for len in 0..12 {
            assert_eq!(cut_to(u64::MAX, len), if len >= 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 });
        }
    }

    proptest! {
        /// Texts equal up to ASCII case have equal loose keys, at every
        /// offset and length: a look-up by loose key misses no match.
        #[test]
        fn loose_keys_agree_where_texts_agree_ignoring_ascii_case(
            a in prop::collection::vec(any::<u8>(), 0..12),
            flips in prop::collection::vec(any::<bool>(), 12),
            at in 0usize..14,
            len in 0usize..10,
        ) {
            let flip = |(&x, &f): (&u8, &bool)| if f { x.to_ascii_uppercase() } else { x.to_ascii_lowercase() };
            let b: Vec<u8> = a.iter().zip(&flips).map(flip).collect();
            prop_assert_eq!(loose_key_at(&a, at, len), loose_key_at(&b, at, len));
            prop_assert_eq!(loose_eight_at(&a, at), loose_eight_at(&b, at));
            // Folding then setting bit 5 is setting bit 5.
            let folded = folded_key_at(&a, at, len);
            let n = a.len().saturating_sub(at).min(len).min(8);
            prop_assert_eq!(cut_to(folded | 0x2020_2020_2020_2020, n), loose_key_at(&a, at, len));
        }
    }

    #[test]
    fn non_ascii_characters_are_settled() {
        let s = "“Ça dit” — naïve_x2\u{a0}é\u{2028}x\u{203f}y";
        let words: Vec<&str> = WordBits::new(s, Underscore::Word).words().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(words, ["Ça", "dit", "naïve_x2", "é", "x", "y"]);
        let words: Vec<&str> = WordBits::new(s, Underscore::Separator).words().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(words, ["Ça", "dit", "naïve", "x2", "é", "x", "y"]);
        // Long enough to span several 64-byte chunks, a character across a
        // chunk boundary included.
        let long = format!("{}“said” {}", "a".repeat(63), "é".repeat(40));
        let words: Vec<&str> = WordBits::new(&long, Underscore::Word).words().map(|(a, b)| &long[a..b]).collect();
        assert_eq!(words, ["a".repeat(63), "said".to_owned(), "é".repeat(40)]);
        // A word running to the end of a whole number of chunks.
        let whole = format!("{} {}", "b".repeat(63), "c".repeat(64));
        assert_eq!(WordBits::new(&whole, Underscore::Word).words().collect::<Vec<_>>(), [(0, 63), (64, 128)]);
        assert_eq!(WordBits::new("", Underscore::Word).words().count(), 0);
    }

    /// The words of `s` read a character at a time.
    fn words_by_chars(s: &str, underscore: Underscore) -> Vec<&str> {
        let wordy = |c: char| c.is_alphanumeric() || (c == '_' && underscore == Underscore::Word);
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            match (wordy(c), start) {
                (true, None) => start = Some(i),
                (false, Some(a)) => {
                    out.push(&s[a..i]);
                    start = None;
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn general_punctuation_is_no_letter_or_digit() {
        for c in ('\u{1f00}'..='\u{2100}').chain(['a', 'é', '1', ' ', '\u{a0}', '_']) {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest! {
        #[test]
        fn words_are_those_read_a_character_at_a_time(s in "[a-zA-Z0-9_ ,.é“”—\u{a0}\u{ac00}\u{2028}\u{2000}-\u{203f}\n]{0,300}") {
            for underscore in [Underscore::Word, Underscore::Separator] {
                let words: Vec<&str> = WordBits::new(&s, underscore).words().map(|(a, b)| &s[a..b]).collect();
                prop_assert_eq!(words, words_by_chars(&s, underscore));
            }
            let added: Vec<(usize, usize)> = WordBits::new(&s, Underscore::Separator).with_underscores(&s).words().collect();
            prop_assert_eq!(added, WordBits::new(&s, Underscore::Word).words().collect::<Vec<_>>());
        }

        /// The run end read eight bytes at a time is the one read a byte at
        /// a time, from every offset.
        #[test]
        fn ascii_alnum_runs_as_read_a_byte_at_a_time(s in prop::collection::vec(prop::sample::select(b"aZ09_ .-\x7f\x80\xc3\xff@[`{/:".to_vec()), 0..40)) {
            for from in 0..=s.len() + 1 {
                let mut end = from;
                while s.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                prop_assert_eq!(ascii_alnum_run_end(&s, from), end, "{:?} {}", s, from);
            }
        }

        /// The key of a whole word, read by overlapping loads, is the key
        /// [`folded_key_at`] reads through a buffer, at every length.
        #[test]
        fn whole_word_key_is_the_buffered_key(w in prop::collection::vec(any::<u8>(), 0..12)) {
            prop_assert_eq!(folded_key(&w), folded_key_at(&w, 0, w.len()));
        }
    }
}
