//! Numbers as written in counts: digits with separators ("1,200",
//! "1 200", "1.200" in German), scaled numbers ("1.2 million"), and number
//! words in English, French, Spanish, German and Portuguese ("fifty-two",
//! "two hundred", "a dozen", "deux cents", "zweihundertfünfzig"). The
//! words are data (`number_words_*.txt`); "xN" entries multiply.

use std::sync::LazyLock;

use crate::lexicon::hits::{inside, LexiconHits};
use crate::lexicon::numbers::{Part, ENGLISH, OTHER};
use crate::lexicon::{entries, FxSet, WordSet};
use crate::span::Span;
use crate::text::tokens::{text_of, Tok};

static CONNECTORS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/number_connectors.txt"))));

/// What a scan of a sentence's text (before tokenising it) says about the
/// numbers it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberHint {
    /// No digit and no English number word starts a word: a number only
    /// when the sentence is read as foreign (`Lang::Any`: "un", "once",
    /// "zweihundert").
    Foreign,
    /// A digit or an English number word starts a word.
    Any,
}

/// [`number_hint_in`] over the whole of `s`, searched on its own.
#[cfg(test)]
pub(crate) fn number_hint(s: &str) -> NumberHint {
    number_hint_in(s, Span::new(0, s.len()), &LexiconHits::find(s, &[]))
}

/// A cheap scan of `span` of sentence text `text` for where a number may
/// start in an English reading: a word (a character after no letter or
/// digit) that starts with an ASCII digit, or an English number word as a
/// whole word or before a hyphen (`number_at` reads a token only from such
/// a start; "a dozen" needs the number word after "a"), read off the
/// text's hits. `NumberHint::Foreign` means that no token of the span
/// starts a number in English.
pub(crate) fn number_hint_in(text: &str, span: Span, hits: &LexiconHits) -> NumberHint {
    let Some(s) = span.slice(text) else {
        return NumberHint::Any;
    };
    if !LexiconHits::numbers_usable() || folding(s) || hits.digit_words_in(span).next().is_some() {
        return NumberHint::Any;
    }
    let word_start = |i: usize| s.get(..i).and_then(|h| h.chars().next_back()).is_none_or(|c| !c.is_alphanumeric());
    // The words are letters only, so an occurrence that starts a word is
    // the whole word when no letter or digit follows it.
    let whole_word = |m: &Span| {
        let (start, end) = (m.start - span.start, m.end - span.start);
        word_start(start) && s.get(end..).and_then(|t| t.chars().next()).is_none_or(|c| !c.is_alphanumeric())
    };
    if inside(&hits.english_numbers, span, |h| *h).any(whole_word) {
        NumberHint::Any
    } else {
        NumberHint::Foreign
    }
}

/// The starts of the English number-word hits inside `span`, in order.
pub(crate) fn english_number_starts(span: Span, hits: &LexiconHits) -> impl Iterator<Item = usize> + '_ {
    inside(&hits.english_numbers, span, |h| *h).map(|h| h.start)
}

/// True when `s` holds a character that lower-cases to an ASCII letter
/// (the Kelvin sign, the dotted capital I), which the ASCII number words
/// would miss.
///
/// Read as one vector search for the last bytes of both characters (AA of
/// the Kelvin sign's E2 84 AA, B0 of the dotted I's C4 B0), each hit
/// checked against the bytes before it: a continuation byte ends exactly
/// one character, so those bytes before it are that character. (Two
/// substring searches per sentence cost more.)
pub(crate) fn folding(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xAA, 0xB0, b).any(|i| match b.get(i) {
        Some(0xAA) => i.checked_sub(2).and_then(|k| b.get(k..i)) == Some(&[0xE2, 0x84][..]),
        _ => i.checked_sub(1).and_then(|k| b.get(k)) == Some(&0xC4),
    })
}

/// True when a word of `s` starts with an ASCII digit, or when `s` holds
/// a character that lower-cases to an ASCII letter ([`folding`]): either
/// way a number may start. (The hint reads the digit words off the hits;
/// this is the test it was, kept for the tests.)
#[cfg(test)]
fn digit_or_folding(s: &str) -> bool {
    if folding(s) {
        return true;
    }
    let word_start = |i: usize| s.get(..i).and_then(|h| h.chars().next_back()).is_none_or(|c| !c.is_alphanumeric());
    let bytes = s.as_bytes();
    (0..bytes.len()).any(|i| bytes[i].is_ascii_digit() && word_start(i))
}

/// The tokens of one sentence at which [`number_at`] may read a number in
/// English (`Lang::English`), so that a reader skips the others.
///
/// In English a number starts with a word that starts with an ASCII digit
/// (a hit of the text's digit words at the token's start), with an English
/// number word that is the token or its part before a hyphen (a hit of
/// the English number words at the token's start: the word is ASCII, a
/// whole word of the text), or with "a" or "an" right before such a word.
/// A sentence holding a character that lower-cases to an ASCII letter
/// ([`folding`]) is not screened, nor is any when the number
/// words could not be indexed.
#[derive(Debug, Clone)]
pub(crate) struct NumberStarts {
    /// The tokens, in order; `None`: every token.
    at: Option<Vec<usize>>,
}

impl NumberStarts {
    /// A number may start at every token (no screen).
    pub(crate) fn every() -> Self {
        NumberStarts { at: None }
    }

    /// The tokens `toks` of sentence `span` at which a number may start in
    /// English, read off the text's hits; `folding`: whether the sentence
    /// holds a character that lower-cases into ASCII ([`folding`]).
    /// `buffer` is reused for the list (see [`NumberStarts::into_buffer`]).
    pub(crate) fn of(span: Span, toks: &[Tok], hits: &LexiconHits, folding: bool, buffer: Vec<usize>) -> Self {
        if !LexiconHits::numbers_usable() || folding {
            return Self::every();
        }
        let token_at = |start: usize| {
            let k = toks.partition_point(|t| t.span.start < start);
            toks.get(k).is_some_and(|t| t.span.start == start).then_some(k)
        };
        let mut at = buffer;
        at.clear();
        at.extend(hits.digit_words_in(span).filter_map(|i| token_at(span.start + i)));
        for h in inside(&hits.english_numbers, span, |h| *h) {
            if let Some(k) = token_at(h.start) {
                // The word itself, and an article before it ("a dozen").
                at.extend(k.checked_sub(1));
                at.push(k);
            }
        }
        at.sort_unstable();
        at.dedup();
        NumberStarts { at: Some(at) }
    }

    /// The list's buffer, for the next sentence's [`NumberStarts::of`].
    pub(crate) fn into_buffer(self) -> Vec<usize> {
        self.at.unwrap_or_default()
    }

    /// The first token from `i` on at which a number may start in English.
    pub(crate) fn next_from(&self, i: usize) -> Option<usize> {
        match &self.at {
            None => Some(i),
            Some(at) => at.get(at.partition_point(|&k| k < i)).copied(),
        }
    }
}

/// A number read from tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Number {
    /// The value.
    pub value: u64,
    /// Index of the first token after the number.
    pub next: usize,
}

/// Which number-word tables to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    /// English words only (so "once", "elf", "un" stay words).
    English,
    /// English and the other languages.
    Any,
}

fn lookup(word: &str, lang: Lang) -> Option<Part> {
    // Lower-case without allocating for ASCII words (most tokens).
    crate::lexicon::with_lowercase(word, |w| {
        ENGLISH.get(w).copied().or_else(|| if lang == Lang::Any { OTHER.get(w).copied() } else { None })
    })
}

/// Bit sets of the ASCII first letters of the number words: English
/// entries, and (for `Lang::Any`) every entry and every connector that
/// may open a compound.
static FIRST_LETTERS: LazyLock<(u128, u128)> = LazyLock::new(|| {
    let bit = |w: &str| w.bytes().next().filter(u8::is_ascii).map_or(0, |b| 1u128 << b.to_ascii_lowercase());
    let english = ENGLISH.keys().fold(0, |set, k| set | bit(k));
    let connectors = entries(include_str!("../../lexicon/data/number_connectors.txt")).filter(|c| c.len() > 1);
    let any = OTHER.keys().map(String::as_str).chain(connectors).fold(english, |set, k| set | bit(k));
    (english, any)
});

/// False when `word` starts with an ASCII letter that starts no number
/// word of `lang` (most words): `word_parts` finds nothing in it.
fn may_start_number_word(word: &str, lang: Lang) -> bool {
    let Some(&b) = word.as_bytes().first().filter(|b| b.is_ascii()) else {
        return true;
    };
    let (english, any) = *FIRST_LETTERS;
    let set = if lang == Lang::English { english } else { any };
    set & (1u128 << b.to_ascii_lowercase()) != 0
}

/// The parts of one written word: the word itself, its hyphen-joined
/// pieces ("fifty-two", "quatre-vingt-dix"), or (other languages) a
/// compound split greedily ("zweihundertfünfzig").
///
/// Each way of reading needs the word to be a table entry, to hold a
/// hyphen, or (other languages) to be a long word of letters: a word that
/// is none of these is let go before the tests that cost more.
fn word_parts(word: &str, lang: Lang) -> Option<Vec<Part>> {
    read_word_parts::<true>(word, lang)
}

/// [`word_parts`], with its screens (`SCREENS`) or, for the tests'
/// reference, every word that may start a number word looked up, split or
/// decomposed.
fn read_word_parts<const SCREENS: bool>(word: &str, lang: Lang) -> Option<Vec<Part>> {
    if !may_start_number_word(word, lang) {
        return None;
    }
    if SCREENS {
        // Whether `lookup` finds the word: the tables' words, as a screened set.
        let entry = NUMBER_WORDS.get(usize::from(lang == Lang::Any)).is_some_and(|set| set.contains(word));
        let compound = lang == Lang::Any && word.len() > 5;
        if !entry && !compound && !word.contains('-') {
            return None;
        }
    }
    if word.chars().filter(|c| c.is_uppercase()).count() >= 2 {
        // "UN", "ONE": acronyms and shouting are not number words.
        return None;
    }
    if let Some(p) = lookup(word, lang) {
        return Some(vec![p]);
    }
    if word.contains('-') {
        let pieces: Vec<&str> = word.split('-').collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < pieces.len() {
            // Longest run of pieces that is itself an entry.
            let mut found = None;
            for j in (i + 1..=pieces.len()).rev() {
                if let Some(p) = lookup(&pieces[i..j].join("-"), lang) {
                    found = Some((p, j));
                    break;
                }
            }
            let (p, j) = found?;
            out.push(p);
            i = j;
        }
        return Some(out);
    }
    if lang == Lang::Any && word.chars().count() > 5 && word.chars().all(char::is_alphabetic) {
        return crate::lexicon::with_lowercase(word, |lower| {
            if SCREENS && !may_open_compound(lower) {
                return None;
            }
            split_compound(lower)
        });
    }
    None
}

/// The words of the number tables, as sets (`lookup` finds a word exactly
/// when its set holds it: both ask for the word lower-cased): English, and
/// English with the other languages.
static NUMBER_WORDS: LazyLock<[WordSet; 2]> = LazyLock::new(|| {
    let english = WordSet::new(ENGLISH.keys().map(String::as_str));
    let any = WordSet::new(ENGLISH.keys().chain(OTHER.keys()).map(String::as_str));
    [english, any]
});

/// The first two characters of every table word and every connector that
/// may open a compound (those [`split_compound`] reads a first piece as);
/// `None` when one of them is a single character (then any word may open
/// one).
static COMPOUND_OPENERS: LazyLock<Option<FxSet<[char; 2]>>> = LazyLock::new(|| {
    let connectors = entries(include_str!("../../lexicon/data/number_connectors.txt"))
        .map(str::to_lowercase)
        .filter(|c| c.len() > 1);
    let words = OTHER.keys().chain(ENGLISH.keys()).cloned().chain(connectors);
    words.map(|w| first_two(&w)).collect()
});

/// The first two characters of `w`, if it has two.
fn first_two(w: &str) -> Option<[char; 2]> {
    let mut chars = w.chars();
    Some([chars.next()?, chars.next()?])
}

/// False when lower-case `w` starts with no table word or connector:
/// [`split_compound`] then finds no first piece in it.
fn may_open_compound(w: &str) -> bool {
    match (COMPOUND_OPENERS.as_ref(), first_two(w)) {
        (Some(openers), Some(two)) => openers.contains(&two),
        _ => true,
    }
}

/// Split a compound number word into table entries, longest prefix first.
fn split_compound(w: &str) -> Option<Vec<Part>> {
    let mut out = Vec::new();
    let mut rest = w;
    while !rest.is_empty() {
        let mut best: Option<(usize, Option<Part>)> = None;
        for (i, _) in rest.char_indices().skip(1).chain(std::iter::once((rest.len(), ' '))) {
            let head = &rest[..i];
            let part = OTHER.get(head).or_else(|| ENGLISH.get(head)).copied();
            if part.is_some() || CONNECTORS.contains(head) && head.len() > 1 {
                best = Some((i, part));
            }
        }
        let (len, part) = best?;
        if let Some(p) = part {
            out.push(p);
        }
        rest = &rest[len..];
    }
    (!out.is_empty()).then_some(out)
}

fn evaluate(parts: &[Part]) -> Option<u64> {
    let mut total: u64 = 0;
    let mut cur: u64 = 0;
    for p in parts {
        match *p {
            Part::Add(v) => cur = cur.checked_add(v)?,
            Part::Mul(m) if m >= 1000 => {
                total = total.checked_add(cur.max(1).checked_mul(m)?)?;
                cur = 0;
            }
            Part::Mul(m) => cur = cur.max(1).checked_mul(m)?,
        }
    }
    total.checked_add(cur)
}

/// Read digits with separators: "1,200" and "1.200" (three-digit groups)
/// are thousands, "1.2" and "1,5" decimals. Returns the value as a float
/// so that a scale word can follow ("1.2 million").
fn parse_digits(s: &str) -> Option<f64> {
    if !s.chars().next().is_some_and(|c| c.is_ascii_digit())
        || !s.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let groups: Vec<&str> = s.split([',', '.']).collect();
    if groups.len() == 1 {
        return s.parse().ok();
    }
    let thousands = groups[1..].iter().all(|g| g.len() == 3) && groups[0].len() <= 3 && !groups[0].is_empty();
    let seps: Vec<char> = s.chars().filter(|c| *c == ',' || *c == '.').collect();
    if thousands && (seps.len() > 1 || seps[0] == ',' || seps[0] == '.') && seps.iter().all(|c| *c == seps[0]) {
        return s.replace([',', '.'], "").parse().ok();
    }
    if groups.len() == 2 {
        return format!("{}.{}", groups[0], groups[1]).parse().ok();
    }
    None
}

/// Read a number starting at token `i`.
#[allow(clippy::cast_sign_loss)] // the value is checked to be in 0..1e15 first
pub(crate) fn number_at(text: &str, toks: &[Tok], i: usize, lang: Lang) -> Option<Number> {
    let first = toks.get(i)?;
    if !first.word {
        return None;
    }
    let written = text_of(text, first);
    if written.starts_with(|c: char| c.is_ascii_digit()) {
        let mut digits = written.to_owned();
        let mut next = i + 1;
        // "1 200": a group of exactly three digits after one space.
        while let Some(n) = toks.get(next) {
            let nw = text_of(text, n);
            let gap = text.get(toks[next - 1].span.end..n.span.start).unwrap_or("");
            let spaced = matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}");
            if n.word && spaced && nw.len() == 3 && nw.chars().all(|c| c.is_ascii_digit()) && digits.len() <= 3 {
                digits.push_str(nw);
                next += 1;
            } else {
                break;
            }
        }
        let mut value = parse_digits(&digits)?;
        // "1.2 million"
        if let Some(n) = toks.get(next).filter(|n| n.word) {
            if let Some(Part::Mul(m)) = lookup(text_of(text, n), Lang::Any) {
                if m >= 1000 {
                    value *= m as f64;
                    next += 1;
                }
            }
        }
        if value.fract() != 0.0 || !(0.0..1e15).contains(&value) {
            return None;
        }
        return Some(Number { value: value as u64, next });
    }
    // Number words, possibly several joined by connectors.
    let mut parts: Vec<Part> = Vec::new();
    let mut j = i;
    // Only "a" and "an" lower-case to "a" and "an".
    let article = written.eq_ignore_ascii_case("a") || written.eq_ignore_ascii_case("an");
    if article {
        // "a dozen", "a hundred"
        let n = toks.get(i + 1)?;
        match word_parts(text_of(text, n), lang)?.first() {
            Some(Part::Mul(_)) => {
                parts.push(Part::Add(1));
                j = i + 1;
            }
            _ => return None,
        }
    }
    let mut last_ok = j;
    while let Some(tok) = toks.get(j).filter(|t| t.word) {
        let word = text_of(text, tok);
        if let Some(ps) = word_parts(word, lang) {
            parts.extend(ps);
            j += 1;
            last_ok = j;
            continue;
        }
        if !parts.is_empty() && CONNECTORS.contains(word) {
            // Only when a number word follows.
            if toks.get(j + 1).is_some_and(|n| n.word && word_parts(text_of(text, n), lang).is_some()) {
                j += 1;
                continue;
            }
        }
        break;
    }
    if parts.is_empty() || parts.iter().all(|p| matches!(p, Part::Mul(_))) && !article {
        return None;
    }
    Some(Number { value: evaluate(&parts)?, next: last_ok })
}

#[cfg(test)]
mod tests {
    use aho_corasick::{AhoCorasickBuilder, MatchKind};
    use proptest::prelude::*;

    /// The hint as it was before the shared lexicon pass: its own
    /// leftmost-longest automaton of the English number words.
    fn number_hint_by_own_automaton(s: &str) -> NumberHint {
        let Ok(english) = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(ENGLISH.keys())
        else {
            return NumberHint::Any;
        };
        if digit_or_folding(s) {
            return NumberHint::Any;
        }
        let word_start = |i: usize| s.get(..i).and_then(|h| h.chars().next_back()).is_none_or(|c| !c.is_alphanumeric());
        let whole_word = |m: aho_corasick::Match| {
            word_start(m.start())
                && s.get(m.end()..).and_then(|t| t.chars().next()).is_none_or(|c| !c.is_alphanumeric())
        };
        if english.find_iter(s).any(whole_word) {
            NumberHint::Any
        } else {
            NumberHint::Foreign
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn the_shared_pass_hints_as_the_own_automaton_did(
            s in crate::test_text::words_and_separators(&["two", "TWELVE", "ten", "tenants", "fifty", "hundred", "dozen", "a", "one",
                    "someone", "seventy", "x7", "7", "é", "groups", "once", "\u{212a}"], &[" ", "", "-", "_", ".", ", ", "\u{a0}", "’"], 12),
        ) {
            prop_assert_eq!(number_hint(&s), number_hint_by_own_automaton(&s), "{:?}", s);
        }
    }

    use super::*;
    use crate::span::Span;
    use crate::text::tokens::tokens;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        /// The byte search finds the folding characters the substring
        /// searches found.
        #[test]
        fn folding_is_found_as_by_substring_search(s in "[aK\u{212a}\u{130}\u{aa}\u{b0}\u{2129}\u{12a}\u{2b0}İ ]{0,12}") {
            prop_assert_eq!(folding(&s), s.contains('\u{212a}') || s.contains('\u{130}'));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1024))]
        #[test]
        fn screened_word_parts_read_as_before(
            word in crate::test_text::words_and_separators(&["two", "TWELVE", "Twelve", "ten", "tenants", "fifty", "hundred", "dozen",
                    "a", "one", "once", "elf", "zwei", "hundert", "ZWEI", "und", "deux", "cents", "quatre", "vingt", "doscientas",
                    "mil", "cinquenta", "dos", "e", "y", "et", "ünd", "\u{212a}", "Σ", "the", "those", "x"], &["", "-"], 4),
        ) {
            for lang in [Lang::English, Lang::Any] {
                prop_assert_eq!(word_parts(&word, lang), read_word_parts::<false>(&word, lang), "{:?}", word);
            }
        }
    }

    fn read(s: &str, lang: Lang) -> Option<u64> {
        let toks = tokens(s, Span::new(0, s.len()));
        number_at(s, &toks, 0, lang).map(|n| n.value)
    }

    #[test]
    fn digits() {
        assert_eq!(read("52 organizations", Lang::English), Some(52));
        assert_eq!(read("1,200 individuals", Lang::English), Some(1200));
        assert_eq!(read("1 200 personnes", Lang::Any), Some(1200));
        assert_eq!(read("1.200 Organisationen", Lang::Any), Some(1200));
        assert_eq!(read("1.2 million people", Lang::English), Some(1_200_000));
        assert_eq!(read("2.4 million fisherfolks", Lang::English), Some(2_400_000));
        assert_eq!(read("1.5 groups", Lang::English), None);
        assert_eq!(read("12,345,678", Lang::English), Some(12_345_678));
    }

    #[test]
    fn english_words() {
        assert_eq!(read("fifty-two groups", Lang::English), Some(52));
        assert_eq!(read("two hundred groups", Lang::English), Some(200));
        assert_eq!(read("two hundred and fifty groups", Lang::English), Some(250));
        assert_eq!(read("a dozen senators", Lang::English), Some(12));
        assert_eq!(read("two dozen groups", Lang::English), Some(24));
        assert_eq!(read("Twelve senators", Lang::English), Some(12));
        assert_eq!(read("three thousand four hundred", Lang::English), Some(3400));
        assert_eq!(read("a group", Lang::English), None);
        assert_eq!(read("hundred", Lang::English), None);
        assert_eq!(read("UN members", Lang::Any), None);
        assert_eq!(read("once members", Lang::English), None);
    }

    #[test]
    fn other_languages() {
        assert_eq!(read("deux cents organisations", Lang::Any), Some(200));
        assert_eq!(read("quatre-vingt-dix", Lang::Any), Some(90));
        assert_eq!(read("doscientas organizaciones", Lang::Any), Some(200));
        assert_eq!(read("dos mil personas", Lang::Any), Some(2000));
        assert_eq!(read("zweihundertfünfzig Organisationen", Lang::Any), Some(250));
        assert_eq!(read("einundzwanzig", Lang::Any), Some(21));
        assert_eq!(read("duzentas e cinquenta", Lang::Any), Some(250));
    }

    #[test]
    fn hints_before_tokenising() {
        use NumberHint::{Any, Foreign};
        let hint = number_hint;
        assert_eq!(hint("signed by 52 groups"), Any);
        assert_eq!(hint("Twelve senators wrote"), Any);
        assert_eq!(hint("fifty-two groups"), Any);
        assert_eq!(hint("a dozen groups"), Any);
        assert_eq!(hint("(1,200) groups"), Any);
        // Digits and number words inside a word start no number.
        assert_eq!(hint("G20 members: someone often phoned"), Foreign);
        assert_eq!(hint("the groups signed"), Foreign);
        // "ten" is no whole word in "tenants"; "SEVEN" is.
        assert_eq!(hint("tenants united"), Foreign);
        assert_eq!(hint("SEVEN."), Any);
        // Another language's words need `Lang::Any`.
        assert_eq!(hint("Once upon a time"), Foreign);
        assert_eq!(hint("zweihundertfünfzig Organisationen"), Foreign);
        assert_eq!(hint("\u{212a}ilo"), Any);
        assert_eq!(hint(""), Foreign);
    }

    #[test]
    fn odd_input() {
        assert_eq!(read("", Lang::Any), None);
        assert_eq!(read("99999999999999999999999 groups", Lang::Any), None);
        assert_eq!(read("1.2.3", Lang::Any), None);
        assert_eq!(read("ß", Lang::Any), None);
    }
}
