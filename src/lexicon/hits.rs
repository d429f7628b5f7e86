//! One pass over a whole input for the lexicons that extractors look for in
//! running text (`TextModel::lexicon_hits`), instead of one aho-corasick
//! automaton per lexicon over every block or sentence:
//!
//! - the date phrases of [`super::dates::LEXICON`] (month and weekday
//!   names, relative-date phrases, seasons, "ago");
//! - the anchors of the demand cues ([`CUE_ANCHORS`]: each cue's longest
//!   word);
//! - the heads of the signatory unit nouns ("organizations", "groups");
//! - the English number words ("two", "hundred");
//! - the phrases of legal disclaimers ("forward-looking statements");
//! - and, in the same walk over the words, the speech cues of the quote
//!   pass ([`super::speech::CUE_INDEX`], scanned by their own index).
//!
//! Those automata read every byte of a release four times, at a few
//! nanoseconds a byte. Every pattern starts with a word character, and every
//! reader wants occurrences that start where a word starts, so the pass reads
//! the text a word at a time instead ([`WordBits`], eight bytes at a time)
//! and looks each word up by its first bytes and length ([`Index`]): most
//! words are let go by one hashed bit test, the rest by one hash look-up.
//! ASCII case is ignored, as the automata did.
//!
//! What each reader asks of a block or sentence is read off the hits inside
//! it ([`inside`]); [`leftmost_longest`] rebuilds a leftmost-longest search
//! over a span from them. Each reader's tests compare its answers with its
//! old automaton's on random text.
//!
//! ```
//! use pressparse::text::TextModel;
//! // The hits are crate-internal; the readers use them through the model.
//! let doc = pressparse::extract("On Monday, 52 groups urged the minister to act.");
//! assert_eq!(doc.signatories[0].count, 52);
//! assert_eq!(doc.demands.len(), 1);
//! # let _ = TextModel::new("");
//! ```

use std::sync::LazyLock;

use super::dates::{Found, Word, LEXICON};
use super::numbers::ENGLISH;
use super::phrase_index::{word_key, word_product, PhraseIndex, Scanned, WholeScan};
use super::{pairs, word_boundary, FxMap};
use crate::span::Span;
use crate::text::word_bits::{cut_to, folded_key, folded_key_at, loose_eight_at, Underscore, WordBits};

/// A demand cue's anchor: its longest word (the first of the longest), with
/// the words around it of each cue it anchors.
#[derive(Debug)]
pub(crate) struct CueAnchor {
    /// The anchor, as written in the data (ASCII letters).
    pub word: &'static str,
    /// For each cue with this anchor: the words before the anchor (nearest
    /// first) and the words after it.
    pub around: Vec<(Vec<&'static str>, Vec<&'static str>)>,
}

/// The anchors of the demand cues (`demand_cues.txt`), in data order of
/// first use; `None` when a cue's longest word is not made of ASCII
/// letters, so that whole-word matches could not be told from the hits
/// (not expected in the data; a screen then lets every text through).
pub(crate) static CUE_ANCHORS: LazyLock<Option<Vec<CueAnchor>>> = LazyLock::new(|| {
    let mut anchors: Vec<CueAnchor> = Vec::new();
    for (phrase, _) in pairs(include_str!("data/demand_cues.txt")) {
        let words: Vec<&'static str> = phrase.split_whitespace().collect();
        // The first longest word.
        let Some(a) = (0..words.len()).rev().max_by_key(|&i| words[i].len()) else { continue };
        let anchor = words[a];
        if !anchor.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let before: Vec<&'static str> = words[..a].iter().rev().copied().collect();
        let after: Vec<&'static str> = words[a + 1..].to_vec();
        if let Some(known) = anchors.iter_mut().find(|h| h.word.eq_ignore_ascii_case(anchor)) {
            known.around.push((before, after));
        } else {
            anchors.push(CueAnchor { word: anchor, around: vec![(before, after)] });
        }
    }
    Some(anchors)
});

/// The unit nouns' first words (`signatory_units.txt`): those in ASCII,
/// which a count's unit token equals as a whole word (ignoring case), and
/// the others cut before their first non-ASCII character ("organiza" of
/// "organizações"), which its token starts with (ignoring ASCII case; a
/// capital such as "Ç" is no ASCII letter).
fn unit_heads() -> (Vec<String>, Vec<String>) {
    let (mut words, mut prefixes) = (Vec::new(), Vec::new());
    for (unit, _) in pairs(include_str!("data/signatory_units.txt")) {
        let Some(first) = unit.split_whitespace().next() else { continue };
        if first.is_ascii() {
            words.push(first.to_ascii_lowercase());
        } else {
            prefixes.push(first.chars().take_while(char::is_ascii).collect::<String>().to_ascii_lowercase());
        }
    }
    for list in [&mut words, &mut prefixes] {
        list.sort();
        list.dedup();
    }
    (words, prefixes)
}

/// What one pattern stands for: it may belong to several
/// lexicons ("may" is a month; "second" a number word and a date phrase).
#[derive(Debug, Clone, Copy, Default)]
struct Roles {
    date: Option<Word>,
    cue_anchor: Option<u16>,
    english_number: bool,
    unit_head: bool,
    disclaimer: bool,
}

/// The patterns, looked up by the first word of each word of a text.
///
/// Every pattern starts with a word character, so an occurrence that
/// starts where a word starts has its first word there: a whole word of
/// the text when the pattern goes on past it ("last week"), and for a
/// pattern of one word, either the whole word or a prefix of a longer one
/// ("May" of "Mayor"). Only the whole-word occurrences are kept, as each
/// reader wants: a date phrase, a cue anchor, a number word and a unit
/// noun in ASCII must end a word; the prefixes of the other unit nouns
/// have their own table.
struct Index {
    /// The patterns, with their roles.
    patterns: Vec<(Folded, Roles)>,
    /// The patterns by the key of their first word ([`first_word_key`]),
    /// each as a [`Candidate`] that most words sharing the key fail
    /// without reading the pattern.
    by_first_word: KeyTable<Candidate>,
    /// A bit per key ([`first_word_key`]) of every first word: a word
    /// whose key is not set starts no pattern (most words; a table of the
    /// lengths per first byte, tested before it, let few more go than it
    /// did alone).
    screen: Box<[u64; SCREEN_WORDS]>,
    /// The prefixes of the unit nouns not in ASCII (lower-cased).
    heads: Vec<Box<[u8]>>,
    /// Indexes into `heads` by the key of their first three bytes: a word
    /// starting with one of them counts.
    heads_by_key: KeyTable<usize>,
    /// Per first byte (loose: bit 5 set, so both ASCII cases), a screen of
    /// the words that may start with a unit head: a mask and a value for
    /// the word's first three bytes (loose, [`loose_eight_at`]). They are
    /// those of the one head starting with the byte (most words fail the
    /// comparison without hashing), or a mask of zero letting every word
    /// through when several heads start with it, or [`NO_HEAD`] when none
    /// does.
    head_three: [(u32, u32); 256],
    /// True when every English number word is made of ASCII letters, so
    /// that whole-word occurrences can be told from the hits.
    numbers_usable: bool,
}

/// A pattern as the words starting it are tested against it, laid out
/// together so that the candidates of a key are read in one run ("the"
/// passes the screens and starts five date phrases).
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// Its first (up to) eight bytes, loose ([`loose_eight_at`]), and the
    /// mask of those bytes: a text matches only where its own loose eight
    /// bytes agree under the mask, one comparison that lets go most
    /// candidates sharing a first word ("the past year", "the next
    /// year").
    prefix: u64,
    mask: u64,
    /// Byte length of its first word.
    first: u32,
    /// Its index in [`Index::patterns`].
    pattern: u32,
}

/// A pattern, ASCII lower-cased, as eight-byte [`folded_key`]s (the last
/// one cut to what is left), so that a text is compared with it eight bytes
/// at a time ([`Folded::is_at`]).
#[derive(Debug)]
struct Folded {
    len: usize,
    eights: Box<[u64]>,
}

impl Folded {
    fn new(pattern: &[u8]) -> Folded {
        Folded { len: pattern.len(), eights: pattern.chunks(8).map(folded_key).collect() }
    }

    /// True when `bytes` hold the pattern from `at`, ignoring ASCII case:
    /// the same answer as `eq_ignore_ascii_case` on the bytes there, as
    /// folding lower-cases each ASCII capital and the pattern is lower
    /// case; read eight bytes at a time, where a loop over the bytes cost
    /// some seventeen instructions a byte.
    #[inline]
    fn is_at(&self, bytes: &[u8], at: usize) -> bool {
        at.checked_add(self.len).is_some_and(|end| end <= bytes.len())
            && (0..).step_by(8).zip(self.eights.iter()).all(|(k, &e)| folded_key_at(bytes, at + k, self.len - k) == e)
    }
}

/// A word (or a listed start inside one) that passed the screens of
/// [`Index::word_at`].
struct Passed<'t> {
    /// The text.
    bytes: &'t [u8],
    start: usize,
    /// Bytes to the end of the word.
    len: usize,
    /// Its loose eight bytes ([`loose_eight_at`]).
    eight: u64,
    /// Its key as a first word ([`first_word_key`]).
    key: u64,
    /// It passed the screen of first words, of unit heads.
    first: bool,
    head: bool,
}

impl Passed<'_> {
    /// False when the word cannot start pattern `c` (of its key): the
    /// pattern's first word must be the whole word, and its first eight
    /// bytes must agree with the word's, loose.
    #[inline]
    fn may_be(&self, c: &Candidate) -> bool {
        c.first as usize == self.len && self.eight & c.mask == c.prefix
    }
}

/// The [`Index::head_three`] of a first byte that starts no unit head: no
/// word's first byte is zero (a word starts with a word character).
const NO_HEAD: (u32, u32) = (0x00FF_FFFF, 0);

/// A read-only table from 64-bit keys to lists of values, open-addressed
/// at a quarter full: a key that is not there (most words) costs one
/// multiply and one slot, where a general hash map cost several times that
/// in the pass.
#[derive(Debug)]
struct KeyTable<T> {
    /// Per slot: the key, and its values as a range of `values`; an empty
    /// range marks an empty slot.
    slots: Vec<(u64, u32, u32)>,
    values: Vec<T>,
    /// Bits of the hash that pick a slot.
    bits: u32,
}

impl<T> Default for KeyTable<T> {
    fn default() -> Self {
        KeyTable { slots: Vec::new(), values: Vec::new(), bits: 0 }
    }
}

impl<T> KeyTable<T> {
    /// A table of `lists` (key, values), each key once.
    fn new(lists: Vec<(u64, Vec<T>)>) -> Option<KeyTable<T>> {
        let bits = (lists.len().max(1) * 4).next_power_of_two().trailing_zeros();
        let mut table = KeyTable { slots: vec![(0, 0, 0); 1 << bits], values: Vec::new(), bits };
        for (key, list) in lists {
            let from = u32::try_from(table.values.len()).ok()?;
            table.values.extend(list);
            let to = u32::try_from(table.values.len()).ok()?;
            let mut i = table.slot(key);
            while table.slots[i].1 != table.slots[i].2 {
                i = (i + 1) & (table.slots.len() - 1);
            }
            table.slots[i] = (key, from, to);
        }
        Some(table)
    }

    /// The first slot to look at for `key`.
    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - self.bits)) as usize
    }

    /// The values listed under `key` (none when it is not there).
    #[inline]
    fn get(&self, key: u64) -> &[T] {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let Some(&(k, from, to)) = self.slots.get(i) else { return &[] };
            if from == to {
                return &[];
            }
            if k == key {
                return self.values.get(from as usize..to as usize).unwrap_or(&[]);
            }
            i = (i + 1) & mask;
        }
    }
}

/// The shortest unit head: the head table is keyed by this many bytes.
const HEAD_KEY: usize = 3;

/// The first [`HEAD_KEY`] bytes of a key.
const HEAD_MASK: u64 = (1 << (8 * HEAD_KEY)) - 1;

/// Words of 64 bits in the screen (32 768 bits, 4 KiB).
const SCREEN_WORDS: usize = 512;

/// The key of a first word of `len` bytes, read off `eight` (the loose
/// first eight bytes from its start, [`loose_eight_at`]): its first (up
/// to) eight bytes, loose, mixed with its length ([`word_key`], as the
/// speech cues' screen keys a word). Two words may share a key; a look-up
/// checks the length and the bytes.
#[inline]
fn first_word_key(eight: u64, len: usize) -> u64 {
    word_key(cut_to(eight, len), len)
}

/// The word and bit of the screen that `key` sets.
#[inline]
fn screen_bit(key: u64) -> (usize, u64) {
    screen_bit_by(word_product(key).1)
}

/// [`screen_bit`] read off the high half of the key's [`word_product`],
/// whose low half the speech cues' screen reads: its lowest bits, which
/// the carries of every partial product reach (its top bits follow the
/// key's top bits, the length, and let many more words through).
#[inline]
fn screen_bit_by(high: u64) -> (usize, u64) {
    let h = (high & 0x7FFF) as usize;
    (h >> 6 & (SCREEN_WORDS - 1), 1 << (h & 63))
}

/// The patterns being collected, one per spelling (ASCII case ignored),
/// with their roles.
#[derive(Default)]
struct Collected {
    spellings: Vec<String>,
    roles: Vec<Roles>,
    index: super::FxMap<Vec<u8>, usize>,
}

impl Collected {
    /// The roles of pattern `p`, added if new (`None` for an empty one).
    fn role(&mut self, p: &str) -> Option<&mut Roles> {
        if p.is_empty() {
            return None;
        }
        let next = self.roles.len();
        let i = *self.index.entry(p.as_bytes().to_ascii_lowercase()).or_insert(next);
        if i == next {
            self.spellings.push(p.to_owned());
            self.roles.push(Roles::default());
        }
        self.roles.get_mut(i)
    }
}

static INDEX: LazyLock<Option<Index>> = LazyLock::new(|| {
    let mut table = Collected::default();
    for (p, word) in LEXICON.phrases() {
        // Duplicates keep the first kind, as in the date lexicon.
        if let Some(r) = table.role(p) {
            r.date.get_or_insert(word);
        }
    }
    for (i, a) in CUE_ANCHORS.iter().flatten().enumerate() {
        let i = u16::try_from(i).ok()?;
        if let Some(r) = table.role(a.word) {
            r.cue_anchor.get_or_insert(i);
        }
    }
    let numbers_usable = ENGLISH.keys().all(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_alphabetic()));
    for k in ENGLISH.keys().filter(|_| numbers_usable) {
        if let Some(r) = table.role(k) {
            r.english_number = true;
        }
    }
    for d in super::entries(include_str!("data/demand_disclaimers.txt")) {
        if let Some(r) = table.role(d) {
            r.disclaimer = true;
        }
    }
    let (unit_words, unit_prefixes) = unit_heads();
    for w in &unit_words {
        if let Some(r) = table.role(w) {
            r.unit_head = true;
        }
    }
    let Collected { spellings: patterns, roles, .. } = table;
    let mut index = Index {
        patterns: Vec::new(),
        by_first_word: KeyTable::default(),
        screen: Box::new([0; SCREEN_WORDS]),
        heads: Vec::new(),
        heads_by_key: KeyTable::default(),
        head_three: [NO_HEAD; 256],
        numbers_usable,
    };
    let mut by_first_word: FxMap<u64, Vec<Candidate>> = FxMap::default();
    let mut heads_by_key: FxMap<u64, Vec<usize>> = FxMap::default();
    for (p, r) in patterns.iter().zip(roles) {
        let bytes: Box<[u8]> = p.as_bytes().to_ascii_lowercase().into();
        let first = p.char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(p.len(), |(i, _)| i);
        // A pattern that does not start with a word character would be
        // missed: no index rather than a wrong one (a test keeps the data
        // so).
        if first == 0 {
            return None;
        }
        let eight = loose_eight_at(&bytes, 0);
        let key = first_word_key(eight, first);
        index.set_screen(key);
        let candidate = Candidate {
            prefix: eight,
            mask: cut_to(u64::MAX, bytes.len()),
            first: u32::try_from(first).ok()?,
            pattern: u32::try_from(index.patterns.len()).ok()?,
        };
        by_first_word.entry(key).or_default().push(candidate);
        index.patterns.push((Folded::new(&bytes), r));
    }
    for h in unit_prefixes {
        let bytes: Box<[u8]> = h.as_bytes().to_ascii_lowercase().into();
        if bytes.len() < HEAD_KEY || !bytes.iter().all(u8::is_ascii_alphanumeric) {
            return None;
        }
        let three = loose_eight_at(&bytes, 0) & HEAD_MASK;
        let screen = &mut index.head_three[usize::from(bytes[0] | 0x20)];
        *screen = match *screen {
            NO_HEAD => (NO_HEAD.0, three as u32),
            (_, v) if u64::from(v) == three => *screen,
            _ => (0, 0),
        };
        heads_by_key.entry(three).or_default().push(index.heads.len());
        index.heads.push(bytes);
    }
    index.by_first_word = KeyTable::new(by_first_word.into_iter().collect())?;
    index.heads_by_key = KeyTable::new(heads_by_key.into_iter().collect())?;
    Some(index)
});

/// A date phrase found: where, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateHit {
    pub span: Span,
    pub word: Word,
}

/// Every occurrence of the shared lexicons' patterns in one text, by
/// lexicon, each list sorted by start (and, at one start, longest first).
#[derive(Debug, Clone, Default)]
pub(crate) struct LexiconHits {
    /// Date phrases.
    pub dates: Vec<DateHit>,
    /// Demand-cue anchors, with the index of the anchor in [`CUE_ANCHORS`].
    pub cue_anchors: Vec<(Span, u16)>,
    /// Signatory unit heads.
    pub unit_heads: Vec<Span>,
    /// English number words.
    pub english_numbers: Vec<Span>,
    /// Phrases of legal disclaimers ("forward-looking statements").
    pub disclaimers: Vec<Span>,
    /// Where the words that start with an ASCII digit start ("2024",
    /// "1st", "3G"), in order: the candidates of dates written in digits.
    pub digit_words: Vec<usize>,
    /// The speech cues of the text ([`super::speech::CUE_INDEX`]), when
    /// they were scanned in the same pass.
    pub speech_cues: Option<Scanned>,
}

impl LexiconHits {
    /// Empty lists with room for about as many hits as a press release of
    /// `len` bytes holds (one date phrase in ~900 bytes, a cue anchor in
    /// ~330, a unit head in ~410, an English number word in ~1 500, a digit
    /// word in ~260, measured on the dev corpus), so that most texts fill
    /// them without growing them step by step.
    fn with_capacity_for(len: usize) -> Self {
        LexiconHits {
            dates: Vec::with_capacity(len / 512),
            cue_anchors: Vec::with_capacity(len / 256),
            unit_heads: Vec::with_capacity(len / 256),
            english_numbers: Vec::with_capacity(len / 1024),
            disclaimers: Vec::new(),
            digit_words: Vec::with_capacity(len / 128),
            speech_cues: None,
        }
    }

    /// False when the index could not be built (see the test
    /// `every_lexicon_is_indexed`): the screens then let every text
    /// through, and no date phrase is found.
    pub(crate) fn usable() -> bool {
        INDEX.is_some()
    }

    /// True when the English number words could be indexed, so that
    /// [`LexiconHits::english_numbers`] holds every whole-word one.
    pub(crate) fn numbers_usable() -> bool {
        INDEX.as_ref().is_some_and(|i| i.numbers_usable)
    }

    /// Find every occurrence in `text` that starts where a word starts (no
    /// letter or digit before it) or at one of `starts` (sorted: the
    /// starts of the sentences and blocks a caller will ask about, so that
    /// a span's first word counts even when a letter precedes it).
    pub(crate) fn find(text: &str, starts: &[usize]) -> LexiconHits {
        Self::find_with(text, starts, &WordBits::new(text, Underscore::Separator), None)
    }

    /// [`LexiconHits::find`] with the text's word bits (`_` a separator)
    /// already made; and, when `cues` is given, the scan of the text for
    /// them ([`PhraseIndex::scan_all_with`], kept in
    /// [`LexiconHits::speech_cues`]) in the same walk over the words. That
    /// scan reads `_` as a word character: the caller gives `cues` only
    /// for a text without `_`, whose words are the same either way.
    pub(crate) fn find_with(text: &str, starts: &[usize], words: &WordBits, cues: Option<&PhraseIndex>) -> LexiconHits {
        let Some(index) = INDEX.as_ref() else {
            return LexiconHits::default();
        };
        let mut hits = LexiconHits::with_capacity_for(text.len());
        // One loop with the cue scan and one without, rather than a test
        // of it at every word.
        if let Some(mut scan) = cues.and_then(|c| WholeScan::new(c, text.len())) {
            index.walk(text.as_bytes(), starts, words, &mut scan, &mut hits);
            hits.speech_cues = Some(scan.finish());
        } else {
            index.walk(text.as_bytes(), starts, words, &mut NoCues, &mut hits);
        }
        // Matches of one start come in order of their ends.
        hits.dates.sort_unstable_by_key(|h| (h.span.start, std::cmp::Reverse(h.span.end)));
        hits.cue_anchors.sort_unstable_by_key(|h| (h.0.start, std::cmp::Reverse(h.0.end)));
        hits.unit_heads.sort_unstable_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        hits.english_numbers.sort_unstable_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        hits.disclaimers.sort_unstable_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        hits
    }
}

/// What the word loop ([`Index::walk`]) does with each word for the
/// speech cues.
trait CueSink {
    /// The next word `span` of the text, with its key (its loose first
    /// eight bytes cut to the word) and the low half of the
    /// [`word_product`] of its [`word_key`] (`key_low`).
    fn word(&mut self, bytes: &[u8], words: &WordBits, span: (usize, usize), key_low: (u64, u64));
}

/// No speech-cue scan.
struct NoCues;

impl CueSink for NoCues {
    #[inline]
    fn word(&mut self, _: &[u8], _: &WordBits, _: (usize, usize), _: (u64, u64)) {}
}

impl CueSink for WholeScan<'_> {
    #[allow(clippy::inline_always)] // once a word: belongs inside the word loop
    #[inline(always)]
    fn word(&mut self, bytes: &[u8], words: &WordBits, span: (usize, usize), key_low: (u64, u64)) {
        WholeScan::word(self, bytes, words, span, key_low);
    }
}

impl Index {
    /// The loop of [`LexiconHits::find_with`] over the words of `bytes`
    /// (and the listed `starts` inside them), giving each to `cues` too.
    #[inline]
    fn walk(&self, bytes: &[u8], starts: &[usize], words: &WordBits, cues: &mut impl CueSink, hits: &mut LexiconHits) {
        // A word of the text that runs from `start` to `end`, whose loose
        // first eight bytes are `eight`, its first-word key and the high
        // half of that key's product (`key_high`).
        // (`start` is a word byte, an ASCII letter or digit or a byte of
        // 0x80 and above: its loose byte is a digit when it is one.)
        let mut word = |start: usize, end: usize, eight: u64, key_high: (u64, u64)| {
            if (eight as u8).is_ascii_digit() {
                hits.digit_words.push(start);
            }
            self.word_at(bytes, (start, end), eight, key_high, hits);
        };
        // The next listed start not yet passed (`usize::MAX` past the last).
        let mut k = 0;
        let mut next_start = starts.first().copied().unwrap_or(usize::MAX);
        for (start, end) in words.words() {
            let eight = loose_eight_at(bytes, start);
            // (Setting bit 5 works byte by byte: cutting the loose bytes is
            // the loose key of the cut.)
            let cut = cut_to(eight, end - start);
            // One multiply hashes the word for both screens.
            let key = word_key(cut, end - start);
            let (low, high) = word_product(key);
            cues.word(bytes, words, (start, end), (cut, low));
            word(start, end, eight, (key, high));
            // Listed starts outside words start nothing (every pattern
            // starts with a word character); those inside a word start one.
            while next_start < end {
                if next_start > start {
                    let eight = loose_eight_at(bytes, next_start);
                    let key = first_word_key(eight, end - next_start);
                    word(next_start, end, eight, (key, word_product(key).1));
                }
                k += 1;
                next_start = starts.get(k).copied().unwrap_or(usize::MAX);
            }
        }
    }

    /// Set the screen's bit for `key`.
    fn set_screen(&mut self, key: u64) {
        let (word, bit) = screen_bit(key);
        if let Some(w) = self.screen.get_mut(word) {
            *w |= bit;
        }
    }

    /// True when the screen's bit for a key whose [`word_product`] has the
    /// high half `high` is set.
    #[inline]
    fn screened_by(&self, high: u64) -> bool {
        let (word, bit) = screen_bit_by(high);
        self.screen.get(word).is_some_and(|w| w & bit != 0)
    }

    /// Record the occurrences that start at `start`, where a word of the
    /// text runs to `end`; `eight` are the loose eight bytes from `start`
    /// ([`loose_eight_at`]), `key` its [`first_word_key`] and `high` the
    /// high half of that key's [`word_product`] (computed once for this
    /// and the speech-cue scan).
    #[allow(clippy::inline_always)] // called once a word: the screens belong inside the word loop
    #[inline(always)]
    #[allow(clippy::needless_bitwise_bool)] // branch-free on purpose: one branch a word, see below
    fn word_at(
        &self,
        bytes: &[u8],
        (start, end): (usize, usize),
        eight: u64,
        (key, high): (u64, u64),
        hits: &mut LexiconHits,
    ) {
        let len = end - start;
        // Every key below is read off the first eight bytes from the start
        // (`eight`). Both screens are read before the one branch that lets
        // most words go, which is then easy to predict.
        let first = self.screened_by(high);
        // (A word shorter than a head may pass, its separator read as a
        // head's byte: `record_heads` lets it go.)
        let (mask, three) = self.head_three[usize::from(eight as u8)];
        let head = eight as u32 & mask == three;
        if !(first | head) {
            return;
        }
        self.record_at(&Passed { bytes, start, len, eight, key, first, head }, hits);
    }

    /// Record the occurrences at the word `w`, which passed the screens of
    /// first words, of unit heads or both: kept out of line, as most words
    /// never get here.
    ///
    /// Most words that get here hold none of their candidates ("the"
    /// starts five date phrases and passes the screens): this part only
    /// looks for the first candidate whose prefix the word holds, and
    /// calls nothing else (in tail position), so that it needs no frame.
    #[inline(never)]
    fn record_at(&self, w: &Passed, hits: &mut LexiconHits) {
        let candidates = if w.first { self.by_first_word.get(w.key) } else { &[] };
        match candidates.iter().position(|c| w.may_be(c)) {
            Some(k) => self.record_candidates(w, candidates.get(k..).unwrap_or(&[]), hits),
            None if w.head => self.record_heads(w, hits),
            None => {}
        }
    }

    /// The rest of [`Index::record_at`], from the first of `candidates`,
    /// whose prefix the word holds.
    #[inline(never)]
    fn record_candidates(&self, w: &Passed, candidates: &[Candidate], hits: &mut LexiconHits) {
        for c in candidates {
            if !w.may_be(c) {
                continue;
            }
            let Some((p, roles)) = self.patterns.get(c.pattern as usize) else { continue };
            if p.is_at(w.bytes, w.start) {
                hits.add(roles, Span::new(w.start, w.start + p.len));
            }
        }
        if w.head {
            self.record_heads(w, hits);
        }
    }

    /// Record the unit heads that start the word `w`.
    #[inline(never)]
    fn record_heads(&self, &Passed { bytes, start, eight, len, .. }: &Passed, hits: &mut LexiconHits) {
        for &i in self.heads_by_key.get(eight & HEAD_MASK) {
            let Some(h) = self.heads.get(i) else { continue };
            if h.len() <= len && bytes.get(start..start + h.len()).is_some_and(|t| t.eq_ignore_ascii_case(h)) {
                hits.unit_heads.push(Span::new(start, start + h.len()));
            }
        }
    }
}

impl LexiconHits {
    /// The date phrase that starts `text`, if one does: what
    /// [`LexiconHits::date_phrases`] finds first when it starts at 0, read
    /// without looking further.
    pub(crate) fn date_phrase_at_start(text: &str) -> Option<Found> {
        let index = INDEX.as_ref()?;
        let mut hits = LexiconHits::default();
        let end = text.char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(text.len(), |(i, _)| i);
        if end > 0 {
            let eight = loose_eight_at(text.as_bytes(), 0);
            let key = first_word_key(eight, end);
            index.word_at(text.as_bytes(), (0, end), eight, (key, word_product(key).1), &mut hits);
        }
        let h = hits.dates.iter().max_by_key(|h| h.span.end)?;
        word_boundary(text, h.span.start, h.span.end).then_some(Found {
            start: h.span.start,
            end: h.span.end,
            word: h.word,
        })
    }

    /// True when a disclaimer phrase stands in `span` of `text`, on word
    /// boundaries (read within the span) and starting where a word starts.
    pub(crate) fn holds_disclaimer(&self, text: &str, span: Span) -> bool {
        let s = span.slice(text).unwrap_or("");
        inside(&self.disclaimers, span, |h| *h).any(|h| word_boundary(s, h.start - span.start, h.end - span.start))
    }

    /// The starts of the words of `span` that start with an ASCII digit
    /// (offsets into the span).
    pub(crate) fn digit_words_in(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        inside(&self.digit_words, span, |&at| Span::new(at, at)).map(move |&at| at - span.start)
    }

    /// The date phrases of `span` of `text` (offsets into the span): those
    /// a leftmost-longest search finds when a match may only start where a
    /// word starts (the leftmost hit inside the span, the longest at that
    /// start, then the same from its end on), kept when they end a word
    /// too ([`super::word_boundary`], read within the span).
    ///
    /// A search that also started matches inside words would drop them
    /// all at the boundary test, but one could first swallow a phrase
    /// starting at the next word ("Xlast week" hiding "week"): starting at
    /// words only, none does.
    pub(crate) fn date_phrases<'h>(&'h self, text: &'h str, span: Span) -> impl Iterator<Item = Found> + 'h {
        let s = span.slice(text).unwrap_or("");
        leftmost_longest(&self.dates, span, |h| h.span)
            .map(move |h| Found { start: h.span.start - span.start, end: h.span.end - span.start, word: h.word })
            .filter(move |f| word_boundary(s, f.start, f.end))
    }

    /// Record one occurrence of a pattern under each of its roles.
    fn add(&mut self, r: &Roles, span: Span) {
        if let Some(word) = r.date {
            self.dates.push(DateHit { span, word });
        }
        if let Some(i) = r.cue_anchor {
            self.cue_anchors.push((span, i));
        }
        if r.english_number {
            self.english_numbers.push(span);
        }
        if r.unit_head {
            self.unit_heads.push(span);
        }
        if r.disclaimer {
            self.disclaimers.push(span);
        }
    }
}

/// The hits of `sorted` (by start, longest first at one start) that lie
/// inside `span`.
pub(crate) fn inside<T>(sorted: &[T], span: Span, span_of: impl Fn(&T) -> Span + Copy) -> impl Iterator<Item = &T> {
    let first = sorted.partition_point(|h| span_of(h).start < span.start);
    let rest = sorted.get(first..).unwrap_or(&[]);
    rest.iter().take_while(move |h| span_of(h).start < span.end).filter(move |h| span_of(h).end <= span.end)
}

/// What a leftmost-longest, non-overlapping search over `span` of the text
/// finds, rebuilt from every occurrence (`sorted` by start, longest first
/// at one start): the leftmost occurrence inside the span, the longest at
/// that start, then the same from its end on.
pub(crate) fn leftmost_longest<T>(
    sorted: &[T],
    span: Span,
    span_of: impl Fn(&T) -> Span + Copy,
) -> impl Iterator<Item = &T> {
    let mut from = span.start;
    inside(sorted, span, span_of).filter(move |h| {
        let s = span_of(h);
        if s.start < from {
            return false;
        }
        from = s.end;
        true
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
    use proptest::prelude::*;

    #[test]
    fn every_lexicon_is_indexed() {
        // A data change that breaks the index (a pattern not starting with
        // a word character, a short or non-ASCII unit head) fails here, not
        // silently in the screens.
        let index = INDEX.as_ref().expect("the lexicon index builds");
        assert!(index.numbers_usable);
        assert!(CUE_ANCHORS.is_some());
        assert!(index.patterns.len() > 100);
    }

    proptest! {
        /// A pattern read eight bytes at a time is found where the bytes
        /// equal it ignoring ASCII case, as `eq_ignore_ascii_case` says.
        #[test]
        fn folded_patterns_are_found_as_bytes_compare(
            pattern in prop::collection::vec(prop::sample::select(b"aZz@`[{ 09\x80\xc3\xa9\xc9".to_vec()), 0..20),
            text in prop::collection::vec(prop::sample::select(b"aAzZ@`[{ 09\x80\xc3\xa9\xc9".to_vec()), 0..30),
            at in 0usize..32,
        ) {
            let pattern = pattern.to_ascii_lowercase();
            let want = text.get(at..at + pattern.len()).is_some_and(|t| t.eq_ignore_ascii_case(&pattern));
            prop_assert_eq!(Folded::new(&pattern).is_at(&text, at), want);
            // Planted, in any case.
            let mut planted = text.clone();
            planted.splice(at.min(text.len())..at.min(text.len()), pattern.to_ascii_uppercase());
            prop_assert!(Folded::new(&pattern).is_at(&planted, at.min(text.len())));
        }
    }

    #[test]
    fn key_table_finds_each_list_and_nothing_else() {
        // Many keys, so that some share a first slot.
        let lists: Vec<(u64, Vec<usize>)> = (0..500u64).map(|k| (k * 7919, vec![k as usize, 1000])).collect();
        let table = KeyTable::new(lists).expect("builds");
        for k in 0..500u64 {
            assert_eq!(table.get(k * 7919), [k as usize, 1000]);
            assert!(table.get(k * 7919 + 1).is_empty());
        }
        assert!(KeyTable::<usize>::new(Vec::new()).expect("builds").get(0).is_empty());
    }

    #[test]
    fn finds_words_and_phrases_where_words_start() {
        let text = "On MONDAY two groups urged (last week) Mayor and organizações; xlast week";
        let hits = LexiconHits::find(text, &[]);
        let dates: Vec<&str> = hits.dates.iter().map(|h| &text[h.span.start..h.span.end]).collect();
        assert_eq!(dates, ["MONDAY", "last week"]);
        let numbers: Vec<&str> = hits.english_numbers.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(numbers, ["two"]);
        let heads: Vec<&str> = hits.unit_heads.iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(heads, ["groups", "organiza"]);
        // A listed start inside a word starts a word there.
        let hits = LexiconHits::find("xMonday", &[1]);
        assert_eq!(hits.dates.len(), 1);
        assert!(LexiconHits::find("", &[0, 3]).dates.is_empty());
    }

    proptest! {
        /// Digit words are the digits that follow no letter or digit of the
        /// span, as a byte-by-byte reading finds them.
        #[test]
        fn digit_words_are_digits_after_no_letter_or_digit(s in "[a-z0-9_ é\u{2028}\u{ac00}.-]{0,60}", from in 0usize..60) {
            let starts: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let start = starts[from.min(starts.len() - 1)];
            let span = Span::new(start, s.len());
            let hits = LexiconHits::find(&s, &[start]);
            let t = &s[start..];
            let want: Vec<usize> = t.char_indices()
                .filter(|&(i, c)| c.is_ascii_digit() && t[..i].chars().next_back().is_none_or(|p| !p.is_alphanumeric()))
                .map(|(i, _)| i)
                .collect();
            prop_assert_eq!(hits.digit_words_in(span).collect::<Vec<_>>(), want, "{:?}", t);
        }
    }

    /// The date phrases of `s` read by a leftmost-longest automaton started
    /// at each word start in turn, kept on word boundaries.
    fn date_phrases_by_automaton(s: &str) -> Vec<(usize, usize)> {
        let (patterns, _): (Vec<&str>, Vec<Word>) = LEXICON.phrases().unzip();
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .expect("builds");
        let mut out = Vec::new();
        let mut from = 0;
        for (p, _) in s.char_indices() {
            let word_start = s[..p].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            if p < from || !word_start {
                continue;
            }
            if let Some(m) = ac.find(Input::new(s).range(p..).anchored(Anchored::Yes)) {
                from = m.end();
                if word_boundary(s, m.start(), m.end()) {
                    out.push((m.start(), m.end()));
                }
            }
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn date_phrases_are_those_an_automaton_finds_from_word_starts(
            s in crate::test_text::words_and_separators(&["May", "mayor", "Monday", "last", "week", "next", "month", "today", "ago",
                    "a", "year", "AOÛT", "août", "März", "Jan", "xlast", "the", "past", "decade", "2024", "ten",
                    "tonight", "yesterday"], &[" ", "", "-", "_", ".", ", ", "\n", "’s ", "\u{a0}"], 12),
        ) {
            let span = Span::new(0, s.len());
            let found: Vec<(usize, usize)> =
                LexiconHits::find(&s, &[]).date_phrases(&s, span).map(|f| (f.start, f.end)).collect();
            prop_assert_eq!(&found, &date_phrases_by_automaton(&s), "{:?}", s);
            let first = LexiconHits::date_phrase_at_start(&s).map(|f| (f.start, f.end));
            prop_assert_eq!(first, found.first().copied().filter(|f| f.0 == 0), "{:?}", s);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        /// The unit heads found are those a word-by-word reading finds: the
        /// ASCII unit words as whole words, the other heads as prefixes of
        /// words at least as long (the head screen lets short words and
        /// other cases through; the look-up decides).
        #[test]
        fn unit_heads_are_those_read_word_by_word(
            s in crate::test_text::words_and_separators(&["groups", "GROUPS", "organizações", "Organizations", "organiza",
                    "org", "or", "verbände", "Verb", "ver", "signatários", "SIGNAT", "sig", "s", "v", "o", "the", "2024"],
                    &[" ", "", "-", ".", ", ", "\n", "\u{10}", "“"], 12),
        ) {
            let (unit_words, heads) = unit_heads();
            let mut want = Vec::new();
            for (a, b) in WordBits::new(&s, Underscore::Separator).words() {
                let word = &s.as_bytes()[a..b];
                if unit_words.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes())) {
                    want.push((a, b));
                }
                for h in &heads {
                    if word.len() >= h.len() && word[..h.len()].eq_ignore_ascii_case(h.as_bytes()) {
                        want.push((a, a + h.len()));
                    }
                }
            }
            want.sort_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
            let got: Vec<(usize, usize)> = LexiconHits::find(&s, &[]).unit_heads.iter().map(|h| (h.start, h.end)).collect();
            prop_assert_eq!(got, want, "{:?}", s);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        /// The speech cues scanned in the lexicon pass are those of a scan
        /// of their own, on a text without `_`.
        #[test]
        fn speech_cues_scanned_in_the_pass_are_their_own_scan(
            s in crate::test_text::words_and_separators(&["said", "SAYS", "told", "reporters", "according", "to", "May", "last",
                    "week", "Xhas", "has", "a", "déclaré", "Korea", "2024", "groups", "urged", "é"], &[" ", "", "-", ".", ", ", "\n", "“"], 14),
        ) {
            let index = &*super::super::speech::CUE_INDEX;
            let words = WordBits::new(&s, Underscore::Separator);
            let together = LexiconHits::find_with(&s, &[], &words, Some(index)).speech_cues;
            let alone = index.scan_all(&s);
            prop_assert_eq!(format!("{together:?}"), format!("{alone:?}"));
        }
    }
}
