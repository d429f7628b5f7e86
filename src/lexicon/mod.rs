//! Lexicons: speech verbs, demand cues, month names per language, number
//! words, boilerplate phrases and the rest, kept as plain data files in
//! `src/lexicon/data/` and compiled into the binary.
//!
//! A data file holds one entry per line; `#` starts a comment; blank lines
//! are ignored. Some files use `key<TAB>value` lines (month names, number
//! words). Each file is parsed once, on first use, into a [`WordSet`] or a
//! [`PhraseMatcher`].
//!
//! ```
//! use pressparse::lexicon::{entries, WordSet};
//! let set = WordSet::new(entries("# titles\nDr\nSen\n"));
//! assert!(set.contains("dr"));
//! assert!(set.contains("Sen"));
//! ```

pub(crate) mod dates;
pub(crate) mod hits;
pub(crate) mod numbers;
pub(crate) mod phrase_index;
pub(crate) mod speech;

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::text::word_bits::folded_key;

/// The entries of a data file: trimmed lines, comments and blanks removed.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty())
}

/// `key<TAB>value` pairs of a data file (whitespace runs also separate).
pub fn pairs(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(data).filter_map(|l| {
        let (k, v) = l.split_once('\t').or_else(|| l.rsplit_once(char::is_whitespace))?;
        Some((k.trim(), v.trim()))
    })
}

/// A case-insensitive set of words or phrases.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    /// The lower-cased entries, as bytes: a lookup folds its word into a
    /// stack buffer and asks with the bytes, with no UTF-8 check.
    words: HashSet<Box<[u8]>, BuildHasherDefault<FxHasher>>,
    /// Bit set of the first bytes of the (lower-cased) entries, and the
    /// byte length of the longest entry: most ASCII lookups ("the", a
    /// name) are answered by these two tests without hashing.
    first_bytes: [u64; 4],
    longest: usize,
    /// A bit per ASCII entry, at its [`screen_slot`]: an ASCII word whose
    /// bit is not set is no entry, found without lower-casing or hashing
    /// it (most words asked about are no entry).
    screen: Box<[u64]>,
    /// The ASCII entries of up to eight bytes, as (folded key, length), in
    /// an open-addressed table (a power of two long, `(0, 0)` for an empty
    /// slot): such a key is the whole word, so an ASCII word of up to
    /// eight bytes is answered here, exactly, without lower-casing it or
    /// hashing its bytes.
    short: Box<[(u64, u8)]>,
}

/// The "Fx" hash of rustc (`rustc-hash`), written out here rather than
/// added as a dependency: one rotate, xor and multiply per 8 bytes of key.
/// A [`WordSet`] holds fixed lexicon entries and is only ever queried, so
/// the flooding resistance of the default `SipHash` buys nothing, while
/// hashing words was about 5% of the whole pipeline. Only `contains`
/// reads the set, so no output depends on the hash.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

/// A hash map with the [`FxHasher`], for lexicon tables that are only read.
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A hash set with the [`FxHasher`], for lexicon lists that are only read.
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

impl FxHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

impl WordSet {
    /// Build from entries; entries are lower-cased.
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a str>) -> Self {
        let words: HashSet<Box<[u8]>, BuildHasherDefault<FxHasher>> =
            entries.into_iter().map(|e| e.to_lowercase().into_bytes().into_boxed_slice()).collect();
        let mut first_bytes = [0u64; 4];
        for w in &words {
            if let Some(&b) = w.first() {
                first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut screen = vec![0u64; (words.len() * 16).next_power_of_two().div_ceil(64).max(1)].into_boxed_slice();
        for w in words.iter().filter(|w| w.is_ascii()) {
            let (i, bit) = screen_slot(folded_key(w), w.len(), screen.len());
            if let Some(word) = screen.get_mut(i) {
                *word |= bit;
            }
        }
        let shorts: Vec<&[u8]> =
            words.iter().map(|w| &**w).filter(|w| w.is_ascii() && (1..=8).contains(&w.len())).collect();
        let mut short = vec![(0u64, 0u8); (shorts.len() * 2).next_power_of_two()].into_boxed_slice();
        for w in shorts {
            let (key, len) = (folded_key(w), w.len());
            let mut slot = short_slot(key, len, short.len());
            while short.get(slot).is_some_and(|&(_, l)| l != 0) {
                slot = (slot + 1) & (short.len().saturating_sub(1));
            }
            if let Some(s) = short.get_mut(slot) {
                *s = (key, len as u8);
            }
        }
        WordSet { words, first_bytes, longest, screen, short }
    }

    /// Whether the ASCII word of `len` bytes (1 to 8) whose folded key is
    /// `key` is an entry.
    #[inline]
    fn holds_short(&self, key: u64, len: usize) -> bool {
        let mask = self.short.len().saturating_sub(1);
        let mut slot = short_slot(key, len, self.short.len());
        // The table is at most half full: an empty slot ends every probe.
        while let Some(&(k, l)) = self.short.get(slot) {
            if l == 0 {
                return false;
            }
            if k == key && usize::from(l) == len {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        false
    }

    /// False when no entry has this (lower-cased) byte length and first
    /// byte.
    fn may_hold(&self, lower: &[u8]) -> bool {
        lower.len() <= self.longest
            && lower.first().is_none_or(|&b| self.first_bytes[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }

    /// True when `word` (any case) is in the set.
    pub fn contains(&self, word: &str) -> bool {
        // Lower-casing keeps at least a quarter of the bytes (the Kelvin
        // sign's three become one "k"): a much longer word is no entry.
        if word.len() > 4 * self.longest {
            return false;
        }
        // (A word of up to eight bytes is all in its key, whose bytes keep
        // their high bits when folded: the key tells whether it is ASCII
        // without a second look at its bytes.)
        let short = word.len() <= 8;
        let key = folded_key(word.as_bytes());
        if if short { key & 0x8080_8080_8080_8080 == 0 } else { word.is_ascii() } {
            // Its lower case is its ASCII folding, of the same length.
            let (i, bit) = screen_slot(key, word.len(), self.screen.len());
            if self.screen.get(i).is_none_or(|w| w & bit == 0) {
                return false;
            }
            if short && !word.is_empty() {
                return self.holds_short(key, word.len());
            }
        }
        with_lowercase_bytes(word, |w| self.may_hold(w) && self.words.contains(w))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The word and bit of a [`WordSet`]'s screen (of `words` 64-bit words, a
/// power of two) for a lower-case ASCII word of `len` bytes whose first
/// eight bytes are `key`.
#[inline]
fn screen_slot(key: u64, len: usize, words: usize) -> (usize, u64) {
    let h = (key ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let h = (h >> 32) as usize;
    (h >> 6 & words.saturating_sub(1), 1 << (h & 63))
}

/// The first slot to probe in a [`WordSet`]'s table of short words (of
/// `slots` slots, a power of two) for a word of `len` bytes whose folded
/// key is `key`.
#[inline]
fn short_slot(key: u64, len: usize, slots: usize) -> usize {
    let h = (key ^ (len as u64).rotate_right(8)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & slots.saturating_sub(1)
}

/// `word.to_lowercase()`, borrowed when that is `word` itself: an ASCII
/// word without capitals, most words of a text, costs one look at its
/// bytes and no `String`.
pub(crate) fn lowercase(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Call `f` with `word` lower-cased. Words of up to [`LOWER_BUF`] bytes
/// (most lookups: "Sen", "The", "April", "Über") are folded in a stack
/// buffer instead of a new `String` per call; ASCII words already in lower
/// case are passed as is.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if !word.is_ascii() {
        let mut buf = [0u8; LOWER_BUF];
        return match lower_non_ascii(word, &mut buf).map(std::str::from_utf8) {
            Some(Ok(lower)) => f(lower),
            _ => f(&word.to_lowercase()),
        };
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; LOWER_BUF];
    match buf.get_mut(..word.len()).map(|lower| {
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower)
    }) {
        Some(Ok(lower)) => f(lower),
        _ => f(&word.to_ascii_lowercase()),
    }
}

/// The stack buffer of [`with_lowercase`] and [`with_lowercase_bytes`].
const LOWER_BUF: usize = 48;

/// [`with_lowercase`] on bytes: `f` gets the bytes of `word.to_lowercase()`,
/// folded in one pass into a stack buffer for words of up to
/// [`LOWER_BUF`] bytes (no UTF-8 check, no allocation, also for most
/// non-ASCII words).
pub(crate) fn with_lowercase_bytes<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; LOWER_BUF];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return f(word.to_lowercase().as_bytes());
    };
    let mut high = 0u8;
    for (l, &b) in lower.iter_mut().zip(word.as_bytes()) {
        high |= b;
        *l = b.to_ascii_lowercase();
    }
    if high.is_ascii() {
        return f(lower);
    }
    let mut buf = [0u8; LOWER_BUF];
    match lower_non_ascii(word, &mut buf) {
        Some(lower) => f(lower),
        None => f(word.to_lowercase().as_bytes()),
    }
}

/// `word.to_lowercase()` written into `buf`, character by character; `None`
/// when it does not fit, or when the word holds a capital sigma (whose
/// lower case depends on its place in the word, which only
/// `str::to_lowercase` knows).
fn lower_non_ascii<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b [u8]> {
    let mut n = 0;
    for c in word.chars() {
        if c == '\u{3a3}' {
            return None;
        }
        for l in c.to_lowercase() {
            let w = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + w)?);
            n += w;
        }
    }
    buf.get(..n)
}

/// A case-insensitive multi-phrase matcher (one Aho-Corasick automaton)
/// that reports matches on word boundaries only, leftmost-longest.
#[derive(Debug, Clone)]
pub struct PhraseMatcher {
    ac: AhoCorasick,
    /// The value attached to each pattern (for `key<TAB>value` files).
    values: Vec<&'static str>,
    /// The phrases with ASCII letters lower-cased, for [`Self::is_exactly`]
    /// (a hash lookup instead of an automaton search); empty when the
    /// automaton could not be built (then nothing matches).
    exact: HashSet<Box<[u8]>, BuildHasherDefault<FxHasher>>,
    /// The screen of `exact` ([`ExactScreen`]): most texts asked about
    /// are let go by it before they are folded and hashed.
    exact_screen: ExactScreen,
    /// The screen of the phrases' openings ([`OpeningScreen`]), asked by
    /// [`Self::match_at`] after `starts`.
    opening: OpeningScreen,
    /// The byte length of the longest phrase.
    longest: usize,
    /// The bytes a phrase may start with (either ASCII case), so that
    /// [`Self::match_at`] answers most positions without a search; `None`
    /// when a phrase is empty (it starts anywhere).
    starts: Option<[bool; 256]>,
    /// The phrases (ASCII lower-cased, by pattern index) grouped by their
    /// first two bytes, longest first: [`Self::match_at`] compares the few
    /// of a group instead of running the automaton. `None` when a phrase is
    /// shorter than two bytes (the automaton answers then).
    by_head: Option<HeadGroups>,
    /// A bit per head key of `by_head` (65 536 bits, one per pair of
    /// bytes): most positions asked about start with two bytes no phrase
    /// starts with, and are let go by this one test before the group
    /// look-up.
    head_screen: Box<[u64; HEAD_SCREEN_WORDS]>,
}

/// Words of 64 bits of a [`PhraseMatcher`]'s head screen.
const HEAD_SCREEN_WORDS: usize = 1024;

/// The word and bit of the head screen for a head key.
#[inline]
fn head_screen_bit(key: u16) -> (usize, u64) {
    (usize::from(key >> 6), 1 << (key & 63))
}

/// Phrases by their first two bytes: (pattern index, ASCII-lower-cased
/// phrase), longest first.
type HeadGroups = FxMap<u16, Vec<(usize, Box<[u8]>)>>;

/// The first two bytes of `b` in ASCII lower case, as one number.
fn head_key(b: &[u8]) -> Option<u16> {
    match b {
        [x, y, ..] => Some(u16::from_be_bytes([x.to_ascii_lowercase(), y.to_ascii_lowercase()])),
        _ => None,
    }
}

/// One phrase found by a [`PhraseMatcher`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Byte offset of the start of the match in the searched text.
    pub start: usize,
    /// Byte offset of the end of the match.
    pub end: usize,
    /// Index of the pattern.
    pub pattern: usize,
    /// The value attached to the pattern ("" when none).
    pub value: &'static str,
}

impl PhraseMatcher {
    /// Build from phrases.
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a str>) -> Self {
        let pats: Vec<&str> = phrases.into_iter().collect();
        let values = vec![""; pats.len()];
        Self::build(&pats, values)
    }

    /// Build from `(phrase, value)` pairs.
    pub fn with_values(pairs: impl IntoIterator<Item = (&'static str, &'static str)>) -> Self {
        let (pats, values): (Vec<&str>, Vec<&'static str>) = pairs.into_iter().unzip();
        Self::build(&pats, values)
    }

    fn build(pats: &[&str], values: Vec<&'static str>) -> Self {
        // A DFA: our phrase lists are small (a few hundred entries at most),
        // so its table stays small, and a search is one table lookup per
        // byte instead of the NFA's failure-link walks. The crate picks a
        // contiguous NFA by default above ~100 patterns; that was the single
        // hottest function of the pipeline. Matches are the same for any
        // kind (same match kind and patterns).
        let built = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Both)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(pats);
        let exact: HashSet<Box<[u8]>, BuildHasherDefault<FxHasher>> = if built.is_ok() {
            pats.iter().map(|p| p.to_ascii_lowercase().into_bytes().into_boxed_slice()).collect()
        } else {
            HashSet::default()
        };
        let longest = exact.iter().map(|p| p.len()).max().unwrap_or(0);
        let exact_screen = ExactScreen::new(exact.iter().map(|p| &**p));
        let opening = OpeningScreen::new(exact.iter().map(|p| &**p));
        let mut starts = Some([false; 256]);
        for p in &exact {
            match (p.first(), starts.as_mut()) {
                (Some(&b), Some(table)) => {
                    table[usize::from(b)] = true;
                    table[usize::from(b.to_ascii_uppercase())] = true;
                }
                _ => starts = None,
            }
        }
        // (When the automaton could not be built nothing matches: no groups.)
        let mut by_head: Option<HeadGroups> = Some(FxMap::default());
        for (i, p) in pats.iter().enumerate().filter(|_| built.is_ok()) {
            match (head_key(p.as_bytes()), by_head.as_mut()) {
                (Some(key), Some(groups)) => {
                    groups.entry(key).or_default().push((i, p.as_bytes().to_ascii_lowercase().into()));
                }
                _ => by_head = None,
            }
        }
        let mut head_screen = Box::new([0u64; HEAD_SCREEN_WORDS]);
        for &key in by_head.iter().flat_map(|g| g.keys()) {
            let (w, bit) = head_screen_bit(key);
            if let Some(x) = head_screen.get_mut(w) {
                *x |= bit;
            }
        }
        for group in by_head.iter_mut().flat_map(|g| g.values_mut()) {
            // Longest first; at one length the first listed, as the automaton.
            group.sort_by_key(|(_, p)| std::cmp::Reverse(p.len()));
        }
        let ac = built.unwrap_or_else(|_| AhoCorasick::new(Vec::<&str>::new()).expect("empty automaton builds"));
        PhraseMatcher { ac, values, exact, exact_screen, opening, longest, starts, by_head, head_screen }
    }

    /// All non-overlapping matches in `text` that start and end on word boundaries.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = PhraseMatch> + 't {
        self.ac.find_iter(text).filter(move |m| word_boundary(text, m.start(), m.end())).map(move |m| PhraseMatch {
            start: m.start(),
            end: m.end(),
            pattern: m.pattern().as_usize(),
            value: self.values.get(m.pattern().as_usize()).copied().unwrap_or(""),
        })
    }

    /// The match that starts exactly at `at` and is longest, if any.
    ///
    /// The longest phrase that the text from `at` starts with (ignoring
    /// ASCII case), kept when it ends on a word boundary: such a phrase
    /// shares the text's first two bytes there, so only that group of
    /// phrases is compared, longest first (the same answer as an anchored
    /// leftmost-longest search of the automaton; see the tests).
    pub fn match_at(&self, text: &str, at: usize) -> Option<PhraseMatch> {
        if self.starts.as_ref().is_some_and(|starts| !text.as_bytes().get(at).is_some_and(|&b| starts[usize::from(b)]))
        {
            return None;
        }
        if !self.opening.may_open(text.as_bytes().get(at..).unwrap_or(&[])) {
            return None;
        }
        let Some(groups) = &self.by_head else {
            return self.match_at_by_automaton(text, at);
        };
        let rest = text.as_bytes().get(at..)?;
        let key = head_key(rest)?;
        let (w, bit) = head_screen_bit(key);
        if self.head_screen.get(w).is_none_or(|&x| x & bit == 0) {
            return None;
        }
        let (i, p) =
            groups.get(&key)?.iter().find(|(_, p)| rest.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))?;
        word_boundary(text, at, at + p.len()).then(|| PhraseMatch {
            start: at,
            end: at + p.len(),
            pattern: *i,
            value: self.values.get(*i).copied().unwrap_or(""),
        })
    }

    /// [`Self::match_at`] by an anchored search of the automaton.
    pub(crate) fn match_at_by_automaton(&self, text: &str, at: usize) -> Option<PhraseMatch> {
        // (The automaton panics on a range past the end.)
        if at > text.len() {
            return None;
        }
        let input = aho_corasick::Input::new(text).range(at..).anchored(aho_corasick::Anchored::Yes);
        let m = self.ac.find(input)?;
        word_boundary(text, m.start(), m.end()).then(|| PhraseMatch {
            start: m.start(),
            end: m.end(),
            pattern: m.pattern().as_usize(),
            value: self.values.get(m.pattern().as_usize()).copied().unwrap_or(""),
        })
    }

    /// True when `text` equals one of the phrases (ignoring ASCII case).
    ///
    /// The same answer as `match_at(text, 0)` ending at `text.len()` (the
    /// longest phrase at the start is the whole text exactly when the text
    /// is a phrase, and the ends of the text are word boundaries), found
    /// by folding ASCII case into a stack buffer and one hash lookup.
    pub fn is_exactly(&self, text: &str) -> bool {
        if text.len() > self.longest || !self.exact_screen.may_be(text.as_bytes()) {
            return false;
        }
        let mut buf = [0u8; 64];
        match buf.get_mut(..text.len()) {
            Some(lower) => {
                lower.copy_from_slice(text.as_bytes());
                lower.make_ascii_lowercase();
                self.exact.contains(&*lower)
            }
            None => self.exact.contains(text.to_ascii_lowercase().as_bytes()),
        }
    }
}

/// A screen for the texts that equal a phrase of a list ignoring ASCII
/// case ([`PhraseMatcher::is_exactly`], and lexicon look-ups of whole
/// words): the pairs (length, first byte) and (length, last byte) of the
/// phrases, bytes in ASCII lower case and lengths modulo 64, as bits. A
/// text equal to a phrase has the phrase's length and, lower-cased, its
/// first and last bytes, so a text with either bit clear is no phrase,
/// found without folding and hashing it (most short blocks: a name, a
/// heading).
#[derive(Debug, Clone)]
pub(crate) struct ExactScreen {
    firsts: Box<[u64; 256]>,
    lasts: Box<[u64; 256]>,
}

impl ExactScreen {
    /// The screen of `phrases` (their bytes).
    pub(crate) fn new<'a>(phrases: impl IntoIterator<Item = &'a [u8]>) -> Self {
        let (mut firsts, mut lasts) = (Box::new([0u64; 256]), Box::new([0u64; 256]));
        // (An empty phrase sets no bit: every empty text is let through.)
        for p in phrases {
            if let (Some(&f), Some(&l)) = (p.first(), p.last()) {
                for (table, slot) in [(&mut firsts, exact_slot(p.len(), f)), (&mut lasts, exact_slot(p.len(), l))] {
                    if let Some(w) = table.get_mut(slot / 64) {
                        *w |= 1 << (slot % 64);
                    }
                }
            }
        }
        ExactScreen { firsts, lasts }
    }

    /// False when `t` surely equals none of the phrases ignoring ASCII case
    /// (an empty `t` is let through).
    #[inline]
    pub(crate) fn may_be(&self, t: &[u8]) -> bool {
        let (Some(&f), Some(&l)) = (t.first(), t.last()) else {
            return true;
        };
        let bit = |table: &[u64; 256], slot: usize| table.get(slot / 64).is_some_and(|w| w >> (slot % 64) & 1 == 1);
        bit(&self.firsts, exact_slot(t.len(), f)) && bit(&self.lasts, exact_slot(t.len(), l))
    }
}

/// A screen for the texts that open with a phrase of a list ignoring
/// ASCII case ([`PhraseMatcher::match_at`]): the phrases' first bytes (as
/// many as the shortest phrase has, at most eight; ASCII lower case) as
/// bits of a 4096-bit table, at a hash of those bytes. A text opening with
/// a phrase opens with the phrase's first bytes in some ASCII case, so its
/// own first bytes, lower-cased, find the phrase's bit: a text whose bit is
/// clear opens with no phrase. (Most texts asked about: "The company …"
/// shares the first two bytes of "the post", the two-byte groups' screen,
/// but not six.)
#[derive(Debug, Clone)]
struct OpeningScreen {
    /// The bytes compared, and the table; `None` when a phrase is empty
    /// (or there is none): every text is let through.
    heads: Option<(usize, Box<[u64; 64]>)>,
}

impl OpeningScreen {
    fn new<'a>(phrases: impl Iterator<Item = &'a [u8]> + Clone) -> Self {
        let heads = (|| {
            let len = phrases.clone().map(<[u8]>::len).min()?.min(8);
            if len == 0 {
                return None;
            }
            let mut bits = Box::new([0u64; 64]);
            for p in phrases {
                let slot = opening_slot(p.get(..len)?);
                *bits.get_mut(slot / 64)? |= 1 << (slot % 64);
            }
            Some((len, bits))
        })();
        OpeningScreen { heads }
    }

    /// False when `t` surely opens with none of the phrases.
    #[inline]
    fn may_open(&self, t: &[u8]) -> bool {
        match &self.heads {
            Some((len, bits)) => t.get(..*len).is_some_and(|head| {
                let slot = opening_slot(head);
                bits.get(slot / 64).is_some_and(|w| w >> (slot % 64) & 1 == 1)
            }),
            None => true,
        }
    }
}

/// The table slot of a phrase's or text's first bytes (at most eight),
/// lower-cased in ASCII.
fn opening_slot(head: &[u8]) -> usize {
    let key = head.iter().rev().fold(0u64, |k, &b| (k << 8) | u64::from(b.to_ascii_lowercase()));
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
}

/// The bit of a length (modulo 64) and a byte (ASCII lower case).
fn exact_slot(len: usize, b: u8) -> usize {
    ((len % 64) << 8) | usize::from(b.to_ascii_lowercase())
}

/// True when `[start, end)` of `text` begins and ends at word boundaries.
pub fn word_boundary(text: &str, start: usize, end: usize) -> bool {
    let (Some(head), Some(inner), Some(tail)) = (text.get(..start), text.get(start..end), text.get(end..)) else {
        return false;
    };
    let wordy = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let joins_before = wordy(head.chars().next_back()) && wordy(inner.chars().next());
    let joins_after = wordy(tail.chars().next()) && wordy(inner.chars().next_back());
    !joins_before && !joins_after
}

/// Abbreviations after which a full stop does not end a sentence.
pub static ABBREVIATIONS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("data/abbreviations.txt"))));

/// Abbreviations that usually, but not always, sit inside a sentence.
pub static WEAK_ABBREVIATIONS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("data/abbreviations_weak.txt"))));

/// Words that commonly open a sentence.
pub static SENTENCE_OPENERS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("data/sentence_openers.txt"))));

/// A lookup table from a `key<TAB>value` file, keys lower-cased, with any
/// hasher (the crate's read-only tables use a fast one).
///
/// ```
/// use std::collections::HashMap;
/// let t: HashMap<String, &str> = pressparse::lexicon::table("She\tperson\nthey\tgroup\n");
/// assert_eq!(t.get("she"), Some(&"person"));
/// ```
pub fn table<S: std::hash::BuildHasher + Default>(data: &'static str) -> HashMap<String, &'static str, S> {
    pairs(data).map(|(k, v)| (k.to_lowercase(), v)).collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// Comparing the phrases of the text's two-byte group finds what
        /// the automaton's anchored leftmost-longest search finds.
        #[test]
        fn match_at_as_the_automaton(
            phrases in prop::collection::vec("(to|To|the|The|a|é|x)( ?(post|view|é|-|x))?( ?(use|[.:]))?", 1..12),
            text in "(to|TO|the|The|a|é|x| |-|post|view|use|[.:])*",
            at in 0usize..12,
        ) {
            let m = PhraseMatcher::new(phrases.iter().map(String::as_str));
            prop_assert_eq!(m.match_at(&text, at), m.match_at_by_automaton(&text, at), "{:?} {:?}", phrases, text);
        }
    }

    proptest! {
        /// The screen never turns away an entry, in any case.
        #[test]
        fn word_set_answers_as_lower_casing_and_looking_up(
            entries in prop::collection::vec("[a-zA-Zé0-9 ]{0,12}", 0..40),
            asked in prop::collection::vec("[a-zA-ZéÉ\u{212a}0-9 ]{0,12}", 0..40),
        ) {
            let set = WordSet::new(entries.iter().map(String::as_str));
            let lower: HashSet<String> = entries.iter().map(|e| e.to_lowercase()).collect();
            for w in asked.iter().chain(&entries).chain(entries.iter().map(|e| e.to_uppercase()).collect::<Vec<_>>().iter()) {
                prop_assert_eq!(set.contains(w), lower.contains(&w.to_lowercase()), "{:?}", w);
            }
        }
    }

    proptest! {
        /// `lowercase` is `to_lowercase`, and borrows only a word that is
        /// its own lower case.
        #[test]
        fn lowercase_is_to_lowercase(word in "[a-zA-Z \u{212a}\u{130}ΣσÉé.-]{0,10}") {
            let lower = lowercase(&word);
            prop_assert_eq!(&*lower, word.to_lowercase());
            if let Cow::Borrowed(b) = lower {
                prop_assert_eq!(b, word.as_str());
            }
        }
    }

    #[test]
    fn match_at_past_the_end_is_none() {
        // (An empty phrase turns the first-byte screen off; the automaton's
        // search then must not be asked about a position past the end.)
        let m = PhraseMatcher::new(["", "to"]);
        assert!(m.match_at("", 11).is_none());
        assert!(m.match_at_by_automaton("to", 3).is_none());
        assert!(PhraseMatcher::new(["to"]).match_at("to", 9).is_none());
    }

    #[test]
    fn an_empty_word_set_holds_nothing() {
        assert!(!WordSet::default().contains("a"));
        assert!(!WordSet::default().contains(""));
        assert!(!WordSet::new([]).contains("a"));
    }

    use super::*;

    #[test]
    fn the_exact_screen_lets_every_phrase_through() {
        for data in [include_str!("data/boilerplate_lines.txt"), include_str!("data/boilerplate_link_labels.txt")] {
            let screen = ExactScreen::new(entries(data).map(str::as_bytes));
            for e in entries(data) {
                assert!(screen.may_be(e.as_bytes()) && screen.may_be(e.to_ascii_uppercase().as_bytes()), "{e:?}");
            }
        }
        let lines = ExactScreen::new(entries(include_str!("data/boilerplate_lines.txt")).map(str::as_bytes));
        assert!(!lines.may_be(b"The company announced its results today."));
    }

    proptest::proptest! {
        /// A text the screen turns away equals no phrase (ignoring ASCII case).
        #[test]
        fn the_exact_screen_turns_away_no_phrase(t in "(share|Share|SHARE|pdf|Twitter|[a-zA-Z\u{e9} ]){0,3}[.,:]?") {
            for data in [include_str!("data/boilerplate_lines.txt"), include_str!("data/boilerplate_link_labels.txt")] {
                let screen = ExactScreen::new(entries(data).map(str::as_bytes));
                let phrase = entries(data).any(|e| e.eq_ignore_ascii_case(&t));
                proptest::prop_assert!(screen.may_be(t.as_bytes()) || !phrase, "{:?}", t);
            }
        }
    }

    #[test]
    fn with_lowercase_folds_every_kind_of_word() {
        let long = "A".repeat(40);
        let long_accented = "É".repeat(40);
        for w in [
            "",
            "said",
            "Said",
            "SAID",
            "Übung",
            "\u{212a}m",
            "ΟΔΟΣ",
            "İstanbul",
            long.as_str(),
            long_accented.as_str(),
        ] {
            assert_eq!(with_lowercase(w, str::to_owned), w.to_lowercase(), "{w:?}");
            assert_eq!(with_lowercase_bytes(w, <[u8]>::to_vec), w.to_lowercase().into_bytes(), "{w:?}");
        }
    }

    #[test]
    fn word_set_folds_case_of_any_length() {
        let long = "a-very-long-hyphenated-entry-of-more-than-thirty-two-bytes";
        let set = WordSet::new(["Über", "sen", long]);
        assert!(set.contains("SEN") && set.contains("Sen") && set.contains("sen"));
        assert!(set.contains("über") && set.contains("ÜBER"));
        // A capital sigma lower-cases by its place in the word.
        let sigma = WordSet::new(["ΟΔΟΣ", "σς"]);
        assert!(sigma.contains("οδος") && sigma.contains("ΟΔΟΣ") && sigma.contains("ΣΣ") && !sigma.contains("οδοσ"));
        assert!(set.contains(&long.to_uppercase()) && set.contains(long));
        assert!(!set.contains("se") && !set.contains("") && !set.contains("S\u{e9}n"));
        assert!(!set.contains("sent") && !set.contains("Xen") && !set.contains(&format!("{long}s")));
        // The Kelvin sign lower-cases to an ASCII "k".
        let kelvin = WordSet::new(["\u{212a}m", ""]);
        assert!(kelvin.contains("km") && kelvin.contains("KM") && kelvin.contains(""));
    }

    #[test]
    fn phrase_matcher_respects_word_boundaries() {
        let m = PhraseMatcher::new(["said", "according to"]);
        let text = "Adams said; unsaid. According to him";
        let found: Vec<_> = m.find_iter(text).map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["said", "According to"]);
        assert!(m.match_at(text, 6).is_some());
        // The first-byte screen keeps ASCII case-insensitivity and turns
        // other starts away.
        assert!(m.match_at("SAID it", 0).is_some() && m.match_at("xsaid", 0).is_none());
        assert!(m.match_at("said", 4).is_none() && m.match_at("", 0).is_none());
        assert!(m.is_exactly("said"));
        assert!(m.is_exactly("ACCORDING to") && !m.is_exactly("according  to") && !m.is_exactly("sai"));
        assert!(!m.is_exactly("said ") && !m.is_exactly("") && !m.is_exactly("according to him"));
    }

    #[test]
    fn is_exactly_agrees_with_match_at() {
        let m = PhraseMatcher::new(["said", "Über", "a", "a b", "said to", "x-ray", "\u{212a}m"]);
        for t in [
            "said",
            "SAID",
            "über",
            "ÜBER",
            "Über",
            "A",
            "a b",
            "A B",
            "a  b",
            "said to",
            "said t",
            "X-RAY",
            "km",
            "\u{212a}M",
            "",
            "é",
        ] {
            assert_eq!(m.is_exactly(t), m.match_at(t, 0).is_some_and(|f| f.end == t.len()), "{t:?}");
        }
    }

    #[test]
    fn abbreviations_loaded() {
        assert!(ABBREVIATIONS.contains("Sen"));
        assert!(ABBREVIATIONS.contains("SEN"));
        assert!(WEAK_ABBREVIATIONS.contains("u.s"));
    }
}
