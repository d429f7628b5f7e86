//! A phrase list looked up at word starts only.
//!
//! [`PhraseIndex::scan`] finds the same matches as a case-insensitive,
//! leftmost-longest [`crate::lexicon::PhraseMatcher`] run over a slice and
//! filtered to word boundaries, but it reads the slice a word at a time
//! and looks each word up in a table of first words, instead of running
//! an automaton over every byte (the automaton was a third of the quote
//! pass, as most spans are scanned several times).
//!
//! Every phrase starts with a word character, so a match that keeps its
//! word boundaries starts where a word starts. The automaton also reports
//! matches inside words, which are then dropped; they matter only when one
//! runs past the end of its word and swallows a match that would start
//! there ("Xhas said" hides "said"). That needs a phrase with a space
//! starting inside a word: the scan reports it and the caller falls back
//! to the automaton for that slice.
//!
//! Words are found through a bit set of the slice's word bytes, built
//! eight bytes at a time ([`WordBits`]): walking the bytes one by one, with
//! a branch at every word's first and last byte, cost more than the lookups.

use crate::text::word_bits::{alphanumeric, cut_to, loose_eight_at, loose_key, loose_key_at, Underscore, WordBits};

/// One match: the index of its list, byte offsets in the scanned slice
/// and the phrase's value.
pub(crate) type Found = (usize, usize, usize, &'static str);

/// The longest first word the table holds (longer words match nothing).
const MAX_HEAD: usize = 24;

/// The most phrase lists one index holds.
const MAX_LISTS: usize = 4;

/// One phrase of a list.
#[derive(Debug)]
struct Phrase {
    /// The phrase, ASCII lower-cased.
    bytes: Box<[u8]>,
    /// Byte length of its first word.
    head: usize,
    /// The first (up to) eight bytes of its first word, as a [`loose_key`]:
    /// most words are told apart by this alone.
    key: u64,
    /// The (up to) eight bytes after its first word, as `key`: a phrase of
    /// several words is mostly told apart from the text by them ("a" starts
    /// many words, "a déclaré" few).
    rest_key: u64,
    /// The mask of the bytes of `rest_key` ([`cut_to`] of all ones).
    rest_mask: u64,
    /// Its value.
    value: &'static str,
    /// The list it belongs to.
    list: usize,
}

/// Phrase lists indexed by the first byte and length of their first word.
/// Each list is matched on its own, as by its own automaton.
#[derive(Debug)]
pub(crate) struct PhraseIndex {
    phrases: Vec<Phrase>,
    /// Indexes into `phrases` by `first byte * (MAX_HEAD + 1) + first word
    /// length` (ASCII lower-cased), longest phrase first.
    heads: Vec<Vec<usize>>,
    /// Bit set of the [`head_key`]s of the first words of the phrases: a
    /// word whose key is not in it starts no phrase. (One hashed bit test a
    /// word, without branches, where a look-up by first byte and length
    /// let a third of the words through to the buckets.)
    head_keys: Box<[u64; HEAD_KEY_WORDS]>,
    /// Indexes of phrases with more than one word, by the last byte of
    /// their first word.
    multi: Vec<Vec<usize>>,
    /// Bit set of [`multi_key`]s (the last two bytes of the first word and
    /// the two bytes after the separator) of the phrases of several words,
    /// ASCII lower-cased: a word whose ending and following bytes give a key
    /// not in it cannot end the first word of such a phrase.
    multi_keys: Box<[u64; MULTI_KEY_WORDS]>,
    /// False when a phrase does not start with a word (or its first word
    /// is very long, or a multi-word phrase has a single byte after it):
    /// the index cannot stand in for the automaton and every scan says so.
    usable: bool,
}

/// True for the characters that `word_boundary` treats as word characters.
fn wordy(c: char) -> bool {
    c == '_' || alphanumeric(c)
}

/// Byte length of the run of word characters at the start of `s`.
fn head_len(s: &str) -> usize {
    s.char_indices().find(|&(_, c)| !wordy(c)).map_or(s.len(), |(i, _)| i)
}

fn starts_with_folded(hay: &[u8], folded: &[u8]) -> bool {
    hay.get(..folded.len()).is_some_and(|h| h.eq_ignore_ascii_case(folded))
}

/// Words (of 64 bits) of the [`multi_key`] bit set.
const MULTI_KEY_WORDS: usize = 1 << 10;

/// The place in the multi-key bit set of four bytes (ASCII case ignored):
/// the last two bytes of a word and the two after the byte that follows it.
fn multi_key(before: u8, last: u8, after: u8, next: u8) -> (usize, u64) {
    multi_key_of(u32::from_le_bytes([before, last, after, next]))
}

/// [`multi_key`] of the four bytes of `four` (little-endian).
#[inline]
fn multi_key_of(four: u32) -> (usize, u64) {
    // Setting bit 5 of each byte lower-cases ASCII capitals; it also merges
    // a few other bytes, which only makes the screen pass a little more.
    let k = four | 0x2020_2020;
    let h = (k.wrapping_mul(0x9E37_79B1) >> 16) as usize;
    (h >> 6 & (MULTI_KEY_WORDS - 1), 1 << (h & 63))
}

/// Words (of 64 bits) of the [`head_key`] bit set.
const HEAD_KEY_WORDS: usize = 1 << 10;

/// The place in the head-key bit set of a first word, from its
/// [`loose_key`] and byte length (the key holds eight bytes at most).
#[inline]
fn head_key(key: u64, len: usize) -> (usize, u64) {
    head_bit(word_product(word_key(key, len)).0)
}

/// [`head_key`] read off the low half of the word's [`word_product`].
#[inline]
fn head_bit(low: u64) -> (usize, u64) {
    let h = low >> 48;
    ((h >> 6) as usize & (HEAD_KEY_WORDS - 1), 1 << (h & 63))
}

/// A word's key (its [`loose_key`], eight bytes at most) mixed with its
/// byte length, in the top six bits.
#[inline]
pub(crate) fn word_key(key: u64, len: usize) -> u64 {
    key ^ (len as u64) << 58
}

/// The product of a [`word_key`] and a large odd constant, as its low and
/// high 64 bits: one multiply hashes a word for two screens, this index's
/// head keys (the top of the low half) and the lexicon pass's first words
/// (the top of the high half, [`crate::lexicon::hits`]).
#[inline]
pub(crate) fn word_product(k: u64) -> (u64, u64) {
    let p = u128::from(k) * u128::from(0x9E37_79B9_7F4A_7C15u64);
    (p as u64, (p >> 64) as u64)
}

impl PhraseIndex {
    /// Build from lists of `(phrase, value)` pairs; a phrase repeated in a
    /// list keeps its first value, as the automaton does.
    pub(crate) fn new(lists: Vec<Vec<(&'static str, &'static str)>>) -> Self {
        let mut index = PhraseIndex {
            phrases: Vec::new(),
            heads: vec![Vec::new(); 256 * (MAX_HEAD + 1)],
            head_keys: Box::new([0; HEAD_KEY_WORDS]),
            multi: vec![Vec::new(); 256],
            multi_keys: Box::new([0; MULTI_KEY_WORDS]),
            usable: lists.len() <= MAX_LISTS,
        };
        for (list, pairs) in lists.into_iter().enumerate() {
            for (phrase, value) in pairs {
                let bytes: Box<[u8]> = phrase.as_bytes().to_ascii_lowercase().into();
                if index.phrases.iter().any(|p| p.list == list && p.bytes == bytes) {
                    continue;
                }
                let head = head_len(phrase);
                let (Some(&first), Some(&last)) = (bytes.first(), bytes.get(head.wrapping_sub(1))) else {
                    index.usable = false;
                    continue;
                };
                if head == 0 || head > MAX_HEAD {
                    index.usable = false;
                    continue;
                }
                let id = index.phrases.len();
                if head < bytes.len() {
                    let (Some(&after), Some(&next)) = (bytes.get(head + 1), bytes.get(head + 2)) else {
                        index.usable = false;
                        continue;
                    };
                    index.multi[usize::from(last)].push(id);
                    // A first word of one byte may end a word after any byte.
                    let befores = if head >= 2 { bytes[head - 2]..=bytes[head - 2] } else { 0..=u8::MAX };
                    for before in befores {
                        let (w, bit) = multi_key(before, last, after, next);
                        index.multi_keys[w] |= bit;
                    }
                }
                index.heads[usize::from(first) * (MAX_HEAD + 1) + head].push(id);
                let key = loose_key(&bytes[..head]);
                let (w, bit) = head_key(key, head);
                index.head_keys[w] |= bit;
                let rest_key = loose_key(bytes.get(head..).unwrap_or(&[]));
                let rest_mask = cut_to(u64::MAX, bytes.len() - head);
                index.phrases.push(Phrase { bytes, head, key, rest_key, rest_mask, value, list });
            }
        }
        let phrases = &index.phrases;
        for bucket in &mut index.heads {
            bucket.sort_by_key(|&id| std::cmp::Reverse(phrases[id].bytes.len()));
        }
        index
    }

    /// True when a phrase of several words starts inside the word `[i, j)`
    /// of `s` (its first word is a proper suffix of the word).
    #[inline]
    fn starts_inside(&self, bytes: &[u8], i: usize, j: usize) -> bool {
        // The word's last two bytes, its separator and the two after it:
        // every phrase of several words has two bytes after its separator.
        // (For a word of one byte, the byte before it and its byte: no
        // first word, of one byte or more, is shorter than the word, which
        // `phrase_ends_word` checks.)
        // Read with one load of eight bytes where there are eight.
        let from = j.wrapping_sub(2);
        let x = if let Some(eight) = bytes.get(from..).and_then(<[u8]>::first_chunk::<8>) {
            u64::from_le_bytes(*eight)
        } else {
            let Some(five) = bytes.get(from..).and_then(<[u8]>::first_chunk::<5>) else {
                return false;
            };
            let mut eight = [0; 8];
            eight[..5].copy_from_slice(five);
            u64::from_le_bytes(eight)
        };
        // Bytes 0, 1, 3 and 4: `[before, last, after, next]`.
        let four = x as u32 & 0xFFFF | (x >> 8) as u32 & 0xFFFF_0000;
        let (word, bit) = multi_key_of(four);
        if self.multi_keys[word] & bit == 0 {
            return false;
        }
        self.phrase_ends_word(bytes, i, j, (x >> 8) as u8)
    }

    /// The rest of [`PhraseIndex::starts_inside`], once its screen let the
    /// word through.
    ///
    /// Such a phrase's rest starts at the word's end: the loose eight bytes
    /// there, read once, let most phrases go before their bytes are
    /// compared (as in [`PhraseIndex::phrases_at`]).
    #[inline(never)]
    fn phrase_ends_word(&self, bytes: &[u8], i: usize, j: usize, last: u8) -> bool {
        let after = loose_eight_at(bytes, j);
        self.multi[usize::from(last.to_ascii_lowercase())].iter().any(|&id| {
            let phrase = &self.phrases[id];
            after & phrase.rest_mask == phrase.rest_key
                && j - i > phrase.head
                && starts_with_folded(&bytes[j - phrase.head..], &phrase.bytes)
        })
    }

    /// Push the matches in `s` that start and end on word boundaries (as
    /// `PhraseMatcher::find_iter` reports them for each list) onto `out`,
    /// in text order. Returns false, with `out` in an unspecified state,
    /// when a phrase of several words starts inside a word: the caller
    /// must then use the automata.
    pub(crate) fn scan(&self, s: &str, out: &mut Vec<Found>) -> bool {
        if !self.usable {
            return false;
        }
        self.walk(s, &WordBits::new(s, Underscore::Word), |hit| {
            if hit.valid && hit.inside.is_none() {
                out.push((hit.list, hit.start, hit.end, hit.value));
            }
            hit.inside.is_none()
        })
    }

    /// [`PhraseIndex::scan`] of a whole text, keeping what it takes to
    /// answer the scan of a slice of it ([`Scanned::slice`]): every match,
    /// valid or not, and every word inside which a phrase may start.
    /// `None` when the index cannot stand in for the automata at all.
    #[cfg(test)]
    pub(crate) fn scan_all(&self, s: &str) -> Option<Scanned> {
        self.scan_all_with(s, &WordBits::new(s, Underscore::Word))
    }

    /// [`PhraseIndex::scan_all`] with the text's word bits (`_` a word
    /// character) already made.
    pub(crate) fn scan_all_with(&self, s: &str, words: &WordBits) -> Option<Scanned> {
        let mut scan = WholeScan::new(self, s.len())?;
        let bytes = s.as_bytes();
        for (i, j) in words.words() {
            let key = loose_key_at(bytes, i, j - i);
            scan.word(bytes, words, (i, j), (key, word_product(word_key(key, j - i)).0));
        }
        Some(scan.finish())
    }

    /// The scan's loop: every match a word start yields (longest per list,
    /// valid or not, as the automaton's non-overlapping search takes it)
    /// and every word a phrase of several words may start inside (with
    /// `inside` set) go to `visit`, in text order; `visit` returns false to
    /// stop at such a word, and `walk` then returns false.
    fn walk(&self, s: &str, words: &WordBits, mut visit: impl FnMut(Hit) -> bool) -> bool {
        let bytes = s.as_bytes();
        // Per list, the end of its last match, valid or not: later words
        // inside it are swallowed, as in the automaton's non-overlapping
        // search.
        let mut pos = [0usize; MAX_LISTS];
        words.words().all(|(i, j)| self.step(bytes, words, (i, j), loose_key_at(bytes, i, j - i), &mut pos, &mut visit))
    }

    /// One word `[i, j)` of the scan's loop, whose key is `key` (its
    /// first eight bytes at most: [`loose_key_at`] cut to the word); false
    /// when `visit` stops.
    #[inline]
    fn step(
        &self,
        bytes: &[u8],
        words: &WordBits,
        (i, j): (usize, usize),
        key: u64,
        pos: &mut [usize; MAX_LISTS],
        visit: &mut impl FnMut(Hit) -> bool,
    ) -> bool {
        if self.may_start_phrase(key, j - i) {
            self.phrases_at_out_of_line(bytes, words, (i, j), key, pos, visit);
        }
        !self.starts_inside(bytes, i, j)
            || visit(Hit { list: 0, start: i, end: j, value: "", valid: false, inside: Some(i) })
    }

    /// False when a word of `len` bytes whose key is `key` starts no
    /// phrase (most words): its key is not in the head-key set.
    #[inline]
    fn may_start_phrase(&self, key: u64, len: usize) -> bool {
        self.may_start_phrase_by(word_product(word_key(key, len)).0, len)
    }

    /// [`PhraseIndex::may_start_phrase`] of a word whose [`word_product`]
    /// has the low half `low`.
    #[inline]
    fn may_start_phrase_by(&self, low: u64, len: usize) -> bool {
        let (w, bit) = head_bit(low);
        len <= MAX_HEAD && self.head_keys[w] & bit != 0
    }

    /// [`PhraseIndex::phrases_at`], kept out of the loop of
    /// [`PhraseIndex::walk`], as most words never get there.
    #[inline(never)]
    fn phrases_at_out_of_line(
        &self,
        bytes: &[u8],
        words: &WordBits,
        span: (usize, usize),
        key: u64,
        pos: &mut [usize; MAX_LISTS],
        visit: &mut impl FnMut(Hit) -> bool,
    ) {
        self.phrases_at(bytes, words, span, key, pos, visit);
    }

    /// The longest phrase of each list at the word `[i, j)` of `bytes`
    /// (whose [`loose_key`] is `key`), unless an earlier match of its list
    /// swallows the word, given to `visit`. (Inlined into its two callers,
    /// each kept out of line.)
    #[inline]
    fn phrases_at(
        &self,
        bytes: &[u8],
        words: &WordBits,
        (i, j): (usize, usize),
        key: u64,
        pos: &mut [usize; MAX_LISTS],
        visit: &mut impl FnMut(Hit) -> bool,
    ) {
        let first = usize::from(bytes[i].to_ascii_lowercase());
        let Some(bucket) = self.heads.get(first * (MAX_HEAD + 1) + (j - i)) else {
            return;
        };
        // The bucket's phrases have a first word as long as the word, so
        // their rest starts at its end: its loose bytes, read once, tell
        // most of them apart (zeros past the end of the text, where no
        // phrase's rest has any).
        let after = loose_eight_at(bytes, j);
        // Lists that have had their longest phrase at `i`.
        let mut done = 0u32;
        for &id in bucket {
            let phrase = &self.phrases[id];
            if phrase.key != key
                || after & phrase.rest_mask != phrase.rest_key
                || done & 1 << phrase.list != 0
                || pos[phrase.list] > i
                || !starts_with_folded(&bytes[i..], &phrase.bytes)
            {
                continue;
            }
            done |= 1 << phrase.list;
            let end = i + phrase.bytes.len();
            pos[phrase.list] = end;
            // The phrase ends in a word character: it must not
            // run on into a word.
            let valid = end == j || !words.is_word_byte(end);
            visit(Hit { list: phrase.list, start: i, end, value: phrase.value, valid, inside: None });
        }
    }
}

/// One step of [`PhraseIndex::walk`]: a match at a word start, or (with
/// `inside`) a word inside which a phrase of several words may start.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    list: usize,
    start: usize,
    end: usize,
    value: &'static str,
    /// It ends on a word boundary of the scanned text.
    valid: bool,
    inside: Option<usize>,
}

/// A scan of a whole text ([`PhraseIndex::scan_all_with`]) fed a word at
/// a time by a caller that walks the text's words itself, for other
/// lexicons too ([`crate::lexicon::hits`]).
pub(crate) struct WholeScan<'i> {
    index: &'i PhraseIndex,
    /// Per list, the end of its last match (see [`PhraseIndex::walk`]).
    pos: [usize; MAX_LISTS],
    /// The furthest end of the matches so far.
    reach: usize,
    scanned: Scanned,
}

impl<'i> WholeScan<'i> {
    /// A scan of a text of `len` bytes; `None` when the index cannot stand
    /// in for the automata at all.
    pub(crate) fn new(index: &'i PhraseIndex, len: usize) -> Option<Self> {
        index.usable.then(|| WholeScan {
            index,
            pos: [0; MAX_LISTS],
            reach: 0,
            // (About one speech cue in 800 bytes of a press release.)
            scanned: Scanned {
                len,
                hits: Vec::with_capacity(len / 512),
                reach: Vec::with_capacity(len / 512),
                inside: Vec::new(),
            },
        })
    }

    /// The next word `[i, j)` of the text (words come in order, as `words`
    /// gives them, with `_` a word character), whose key is `key` (its
    /// first eight bytes at most: [`loose_key_at`] cut to the word) and
    /// the low half of whose [`word_product`] is `low`.
    ///
    /// The step of [`PhraseIndex::step`], with the screens read here and
    /// the rest out of line: most words pass neither screen, and the
    /// common path then builds nothing for the rare one.
    #[allow(clippy::inline_always)] // once a word: belongs inside the lexicon pass's word loop
    #[inline(always)]
    pub(crate) fn word(&mut self, bytes: &[u8], words: &WordBits, (i, j): (usize, usize), (key, low): (u64, u64)) {
        if self.index.may_start_phrase_by(low, j - i) {
            self.phrases_at(bytes, words, (i, j), key);
        }
        if self.index.starts_inside(bytes, i, j) {
            self.scanned.inside.push(i);
        }
    }

    /// The phrases at the word `[i, j)` ([`PhraseIndex::phrases_at`]),
    /// kept with the furthest end so far.
    #[inline(never)]
    fn phrases_at(&mut self, bytes: &[u8], words: &WordBits, (i, j): (usize, usize), key: u64) {
        let WholeScan { index, pos, reach, scanned } = self;
        index.phrases_at(bytes, words, (i, j), key, pos, &mut |hit: Hit| {
            *reach = (*reach).max(hit.end);
            scanned.reach.push(*reach);
            scanned.hits.push(hit);
            true
        });
    }

    /// The scan, once every word has been given.
    pub(crate) fn finish(self) -> Scanned {
        self.scanned
    }
}

/// A whole text's scan ([`PhraseIndex::scan_all`]), from which the scan of
/// many of its slices is read without scanning them again.
#[derive(Debug, Clone)]
pub(crate) struct Scanned {
    /// Length of the scanned text.
    len: usize,
    /// Every match, valid or not, in text order.
    hits: Vec<Hit>,
    /// `reach[k]`: the furthest end of `hits[..=k]`.
    reach: Vec<usize>,
    /// Starts of the words a phrase of several words may start inside.
    inside: Vec<usize>,
}

impl Scanned {
    /// Push onto `out` what [`PhraseIndex::scan`] of `text[a..b]` pushes
    /// (offsets in the slice), where `text` is the scanned text, and return
    /// true; or return false (with `out` untouched) where that cannot be
    /// read off the whole scan, and the slice must be scanned itself.
    ///
    /// The slice's scan sees the same words as the whole scan between `a`
    /// and `b` when neither cuts a word (a word character on both sides).
    /// It then takes the same steps on them, in the same state, unless
    /// - a match starting before `a` runs past it: in the whole scan it
    ///   swallows words that the slice reads (`reach`);
    /// - a match starting in the slice runs past `b`: the slice cannot hold
    ///   it and may take a shorter phrase instead;
    /// - a phrase may start inside one of its words: the slice's scan may
    ///   give up (its test reads at most what the whole one reads, so it
    ///   cannot give up where the whole scan did not).
    ///
    /// A match ending at `b` ends a word of the slice, so it is valid there
    /// even where the whole scan saw a word character after it.
    #[cfg(test)]
    pub(crate) fn slice(&self, text: &str, a: usize, b: usize, out: &mut Vec<Found>) -> bool {
        self.slice_matches(text, a, b).map(|found| out.extend(found)).is_some()
    }

    /// What [`Scanned::slice`] pushes, as an iterator, or `None` where the
    /// slice must be scanned itself.
    pub(crate) fn slice_matches(
        &self,
        text: &str,
        a: usize,
        b: usize,
    ) -> Option<impl Iterator<Item = Found> + Clone + '_> {
        if text.len() != self.len || a > b || !cuts_no_word(text, a) || !cuts_no_word(text, b) {
            return None;
        }
        let first = self.hits.partition_point(|h| h.start < a);
        if first > 0 && self.reach.get(first - 1).is_some_and(|&r| r > a) {
            return None;
        }
        let k = self.inside.partition_point(|&i| i < a);
        if self.inside.get(k).is_some_and(|&i| i < b) {
            return None;
        }
        let last = first + self.hits.get(first..).map_or(0, |h| h.partition_point(|h| h.start < b));
        let hits = self.hits.get(first..last)?;
        if hits.iter().any(|h| h.end > b) {
            return None;
        }
        Some(hits.iter().filter(move |h| h.valid || h.end == b).map(move |h| (h.list, h.start - a, h.end - a, h.value)))
    }
}

/// True when offset `at` of `text` is a char boundary that does not split
/// a word (not a word character on both sides).
fn cuts_no_word(text: &str, at: usize) -> bool {
    if !text.is_char_boundary(at) {
        return false;
    }
    // An ASCII byte on either side is its character: one that is no word
    // character settles it without decoding the other side.
    let ascii_gap = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !(b.is_ascii_alphanumeric() || b == b'_'));
    let bytes = text.as_bytes();
    if at == 0 || at == text.len() || ascii_gap(bytes.get(at - 1)) || ascii_gap(bytes.get(at)) {
        return true;
    }
    let (head, tail) = text.split_at(at);
    !(head.chars().next_back().is_some_and(wordy) && tail.chars().next().is_some_and(wordy))
}

#[cfg(test)]
mod tests {

    /// `cuts_no_word` as it read both sides' characters.
    fn cuts_no_word_by_chars(text: &str, at: usize) -> bool {
        let (Some(head), Some(tail)) = (text.get(..at), text.get(at..)) else {
            return false;
        };
        !(head.chars().next_back().is_some_and(wordy) && tail.chars().next().is_some_and(wordy))
    }

    proptest! {
        #[test]
        fn cuts_as_read_by_characters(text in "[a_ .é“’\u{2014}1]{0,8}", at in 0usize..20) {
            prop_assert_eq!(cuts_no_word(&text, at), cuts_no_word_by_chars(&text, at));
        }
    }
    use super::*;
    use crate::lexicon::PhraseMatcher;
    use proptest::prelude::*;

    const PHRASES: &[(&str, &str)] = &[
        ("said", "di"),
        ("say", "di"),
        ("has said", "di"),
        ("told", "di"),
        ("told reporters", "di"),
        ("a déclaré", "di"),
        ("in a statement", "d"),
        ("so", "d"),
        ("erklärte", "di"),
        ("añadió", "di"),
        ("ça dit", "di"),
        ("stated", "di"),
    ];

    const PREPS: &[(&str, &str)] = &[("according to", ""), ("in the words of", ""), ("as stated by", "")];

    fn reference(s: &str) -> Vec<Found> {
        let mut out = Vec::new();
        for (list, phrases) in [PHRASES, PREPS].into_iter().enumerate() {
            let m = PhraseMatcher::with_values(phrases.iter().copied());
            out.extend(m.find_iter(s).map(|m| (list, m.start, m.end, m.value)));
        }
        out.sort_by_key(|f| (f.1, f.0));
        out
    }

    fn scanned(s: &str) -> Option<Vec<Found>> {
        let index = PhraseIndex::new(vec![PHRASES.to_vec(), PREPS.to_vec()]);
        let mut out = Vec::new();
        index.scan(s, &mut out).then(|| {
            out.sort_by_key(|f| (f.1, f.0));
            out
        })
    }

    #[test]
    fn matches_at_word_starts() {
        let s = "Adams said; unsaid. He TOLD REPORTERS so, she has said, Marie a déclaré, sayso erklärte";
        assert_eq!(scanned(s), Some(reference(s)));
        assert_eq!(scanned(s).map(|v| v.len()), Some(6));
    }

    #[test]
    fn a_longer_phrase_running_into_a_word_hides_the_shorter() {
        assert_eq!(scanned("He told reportersX"), Some(vec![]));
        assert_eq!(reference("He told reportersX"), vec![]);
    }

    #[test]
    fn a_phrase_starting_inside_a_word_falls_back() {
        assert_eq!(scanned("Xhas said it"), None);
        // "Korea déclaré" holds "a déclaré" inside a word.
        assert_eq!(scanned("Korea déclaré"), None);
        assert_eq!(scanned("Korean dit"), Some(vec![]));
        assert_eq!(scanned("Korea a déclaré"), Some(reference("Korea a déclaré")));
    }

    #[test]
    fn a_phrase_list_it_cannot_index_always_falls_back() {
        let index = PhraseIndex::new(vec![vec![("—said", "d")]]);
        assert!(!index.scan("said", &mut Vec::new()));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn same_matches_as_the_automaton(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "said", "SAID", "Say", "has", "x", "Xhas", " ", "  ", ",", ".", "told", "reporters",
                    "a", "déclaré", "in", "statement", "so", "erklärte", "_", "é", "according", "to", "\n", "un",
                    "añadió", "ça", "dit", "Ça", "ñ", "as", "stated", "by", "the", "words", "of",
                ]),
                0..24,
            )
        ) {
            let s: String = parts.concat();
            if let Some(got) = scanned(&s) {
                prop_assert_eq!(got, reference(&s));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        #[test]
        fn a_slice_read_off_the_whole_scan_is_its_own_scan(
            parts in prop::collection::vec(
                prop::sample::select(vec![
                    "said", "SAID", "has", "Xhas", " ", "  ", ",", "told", "reporters", "a", "déclaré", "in",
                    "statement", "so", "é", "according", "to", "\n", "un", "ça", "dit", "as", "stated", "by", "the",
                    "words", "of", "“",
                ]),
                0..30,
            ),
            a in 0usize..200,
            b in 0usize..200,
        ) {
            let s: String = parts.concat();
            let snap = |i: usize| (0..=i.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap_or(0);
            let (a, b) = (snap(a.min(b)), snap(a.max(b)));
            let index = PhraseIndex::new(vec![PHRASES.to_vec(), PREPS.to_vec()]);
            let Some(whole) = index.scan_all(&s) else {
                return Err(TestCaseError::fail("the test lists are indexed"));
            };
            let mut read = Vec::new();
            if whole.slice(&s, a, b, &mut read) {
                let mut own = Vec::new();
                prop_assert!(index.scan(&s[a..b], &mut own));
                prop_assert_eq!(read, own);
            }
        }
    }
}
