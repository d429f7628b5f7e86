//! Count phrases: an optional qualifier, a number and a unit noun of
//! signers ("more than 300 nongovernmental organizations", "a coalition
//! of 40 groups", "50+ Consumer and Digital Rights Groups").

use std::sync::LazyLock;

use super::numbers::{number_at, Lang, NumberStarts};
use crate::document::Qualifier;
use crate::lexicon::hits::{inside, LexiconHits};
use crate::lexicon::{pairs, with_lowercase, FxMap, WordSet};
use crate::span::Span;
use crate::text::tokens::{text_of, Tok};

/// What kind of party a unit noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitClass {
    /// Organisations and groups.
    Org,
    /// Office holders: senators, governments, heads of state, laureates.
    Official,
    /// People, who count as signers only with an explicit link.
    Person,
}

static UNITS: LazyLock<FxMap<String, UnitClass>> = LazyLock::new(|| {
    pairs(include_str!("../../lexicon/data/signatory_units.txt"))
        .filter_map(|(k, v)| {
            let class = match v {
                "org" => UnitClass::Org,
                "official" => UnitClass::Official,
                "person" => UnitClass::Person,
                _ => return None,
            };
            Some((k.to_lowercase(), class))
        })
        .collect()
});

/// Whether `text` may hold a count phrase (a cheap test before
/// tokenising): [`may_hold_count_in`] over the whole of `text`.
#[cfg(test)]
pub(crate) fn may_hold_count(text: &str) -> bool {
    may_hold_count_in(text, Span::new(0, text.len()), &LexiconHits::find(text, &[]))
}

/// Whether `span` of `text` may hold a count phrase, read off the text's
/// hits (a cheap test before tokenising).
///
/// A count's unit is a token that lower-cases to a unit noun or to the
/// first word of one ("trade" of "trade unions"): for a noun in ASCII, the
/// token is that word (ignoring ASCII case), a whole word of the text;
/// for another ("organizações"), it starts with the noun's ASCII part. The
/// one character that lower-cases into ASCII from outside it, the Kelvin
/// sign, lets the sentence through.
pub(crate) fn may_hold_count_in(text: &str, span: Span, hits: &LexiconHits) -> bool {
    holds_unit_head(span, hits) || span.slice(text).is_some_and(|s| s.contains(KELVIN))
}

/// The Kelvin sign, which lower-cases to an ASCII "k".
pub(crate) const KELVIN: char = '\u{212a}';

/// The first test of [`may_hold_count_in`]: a unit head's hit lies in
/// `span` (or the hits were not indexed).
pub(crate) fn holds_unit_head(span: Span, hits: &LexiconHits) -> bool {
    !LexiconHits::usable() || inside(&hits.unit_heads, span, |h| *h).next().is_some()
}

/// The starts of the unit-head hits inside `span`, in order.
pub(crate) fn unit_head_starts(span: Span, hits: &LexiconHits) -> impl Iterator<Item = usize> + '_ {
    inside(&hits.unit_heads, span, |h| *h).map(|h| h.start)
}

static QUALIFIERS: LazyLock<FxMap<String, &'static str>> =
    LazyLock::new(|| crate::lexicon::table(include_str!("../../lexicon/data/qualifiers.txt")));

/// Words that cannot sit between a number and its unit noun.
static NOT_MODIFIERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "from",
        "in",
        "of",
        "to",
        "by",
        "with",
        "at",
        "for",
        "on",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "who",
        "which",
        "that",
        "percent",
        "per",
        "cent",
        "years",
        "year",
        "days",
        "months",
        "times",
        "million",
        "billion",
        "thousand",
        "hundred",
        "the",
        "a",
        "an",
        "their",
        "its",
        "our",
        "than",
        "people’s",
        "countries",
        "including",
    ])
});

/// A count phrase found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CountPhrase {
    /// First token (the qualifier, or the number).
    pub first: usize,
    /// Token of the number.
    pub number: usize,
    /// Last token of the unit (inclusive).
    pub last: usize,
    /// The number.
    pub count: u64,
    /// The qualifier.
    pub qualifier: Qualifier,
    /// First and last token of the unit.
    pub unit: (usize, usize),
    /// The class of the unit's head noun.
    pub class: UnitClass,
}

fn qualifier_of(v: &str) -> Qualifier {
    match v {
        "more_than" => Qualifier::MoreThan,
        "at_least" => Qualifier::AtLeast,
        "about" => Qualifier::About,
        "up_to" => Qualifier::UpTo,
        _ => Qualifier::Exact,
    }
}

/// Whether token `t` is the word `w` (lower-case ASCII without a "k"),
/// ignoring case: the same as `text_of(text, t).to_lowercase() == w`, since only ASCII
/// letters lower-case to such a word (the one character outside ASCII that
/// lower-cases into it, the Kelvin sign, becomes a "k").
fn is_word(text: &str, t: &Tok, w: &str) -> bool {
    debug_assert!(!w.contains('k') && w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()));
    text_of(text, t).eq_ignore_ascii_case(w)
}

/// The tokens of one sentence at which a unit may start: [`unit_at`] finds
/// nothing at the others, so that a count is looked for only before such
/// a token and a unit only at one.
#[derive(Debug, Clone)]
pub(crate) struct UnitHeads {
    /// The tokens at which a unit may start, in order; `None`: every token.
    at: Option<Vec<usize>>,
    /// The last token at which a unit may start.
    last: Option<usize>,
}

impl UnitHeads {
    /// A unit may start at every one of `n` tokens (no screen).
    pub(crate) fn every(n: usize) -> Self {
        UnitHeads { at: None, last: n.checked_sub(1) }
    }

    /// The unit heads of sentence `span` with tokens `toks`, read off the
    /// text's hits; `folding`: whether the sentence holds a character that
    /// lower-cases into ASCII (`numbers::folding`).
    ///
    /// The token at which [`unit_at`] finds a unit lower-cases to a unit
    /// noun or to the first word of one, and starts where a word of the
    /// text starts (after no letter or digit, or at the sentence's start):
    /// a unit-head hit starts there (see [`may_hold_count_in`]), unless
    /// the sentence holds the Kelvin sign (or the index is missing), when
    /// every token may start a unit.
    /// `buffer` is reused for the list (see [`UnitHeads::into_buffer`]).
    pub(crate) fn of(span: Span, toks: &[Tok], hits: &LexiconHits, folding: bool, buffer: Vec<usize>) -> Self {
        if !LexiconHits::usable() || folding {
            return Self::every(toks.len());
        }
        let mut at = buffer;
        at.clear();
        for h in inside(&hits.unit_heads, span, |h| *h) {
            let k = toks.partition_point(|t| t.span.start < h.start);
            if toks.get(k).is_some_and(|t| t.span.start == h.start) && at.last() != Some(&k) {
                // Hits come in order of their starts.
                at.push(k);
            }
        }
        let last = at.last().copied();
        UnitHeads { at: Some(at), last }
    }

    /// The list's buffer, for the next sentence's [`UnitHeads::of`].
    pub(crate) fn into_buffer(self) -> Vec<usize> {
        self.at.unwrap_or_default()
    }

    /// Whether a count may be read at all: its unit starts after the
    /// number, so at a token after the first.
    pub(crate) fn may_hold_count(&self) -> bool {
        self.any_after(0)
    }

    /// Whether a unit may start at token `k`.
    fn may_start(&self, k: usize) -> bool {
        self.at.as_ref().is_none_or(|at| at.binary_search(&k).is_ok())
    }

    /// Whether a unit may start at a token after `i`.
    fn any_after(&self, i: usize) -> bool {
        self.last.is_some_and(|l| l > i)
    }
}

/// The unit head at token `k` (one or two words), with its class and the
/// index of its last token; only where `heads` lets a unit start.
fn unit_at(text: &str, toks: &[Tok], k: usize, heads: &UnitHeads) -> Option<(UnitClass, usize)> {
    if !heads.may_start(k) {
        return None;
    }
    let t = toks.get(k).filter(|t| t.word)?;
    // The word lower-cased, then the two-word unit it may open ("member
    // states"), in one buffer: the word is the key's head.
    let mut key = String::new();
    with_lowercase(text_of(text, t), |w| key.push_str(w));
    let word_len = key.len();
    if let Some(n) = toks.get(k + 1).filter(|n| n.word) {
        key.push(' ');
        with_lowercase(text_of(text, n), |w| key.push_str(w));
        if let Some(c) = UNITS.get(key.as_str()) {
            return Some((*c, k + 1));
        }
        key.truncate(word_len);
    }
    UNITS.get(key.as_str()).map(|c| (*c, k))
}

/// The qualifier that ends right before token `i`, with its first token;
/// `phrase` is a buffer for the words before it.
fn qualifier_before(text: &str, toks: &[Tok], i: usize, phrase: &mut String) -> (Qualifier, usize) {
    // The words before `i` lower-cased and joined by single spaces, built
    // once: the phrase of `len` words is its tail.
    phrase.clear();
    let mut tails = [0usize; 4];
    for len in (1..=3).rev() {
        if i < len {
            continue;
        }
        if toks[i - len..i].iter().any(|t| !t.word) {
            continue;
        }
        if phrase.is_empty() {
            for (n, t) in toks[i - len..i].iter().enumerate() {
                if n > 0 {
                    phrase.push(' ');
                }
                tails[len - n] = phrase.len();
                with_lowercase(text_of(text, t), |w| phrase.push_str(w));
            }
        }
        let Some(tail) = phrase.get(tails[len]..) else { continue };
        if let Some(v) = QUALIFIERS.get(tail) {
            return (qualifier_of(v), i - len);
        }
    }
    (Qualifier::Exact, i)
}

/// Every count phrase in the tokens of one sentence; a unit starts only
/// where `heads` lets it, and a number read in English only where
/// `starts` lets it.
pub(crate) fn find(text: &str, toks: &[Tok], lang: Lang, heads: &UnitHeads, starts: &NumberStarts) -> Vec<CountPhrase> {
    let mut out = Vec::new();
    // One buffer for the words before every number read.
    let mut phrase = String::new();
    let mut i = 0;
    while i < toks.len() {
        // No number is read before the next start (the loop would step
        // over those tokens one by one).
        if lang == Lang::English {
            match starts.next_from(i) {
                Some(next) => i = next,
                None => break,
            }
        }
        // A count's unit starts after its number, which starts at `i`: with
        // no unit head after `i`, no count starts here or later.
        if !heads.any_after(i) {
            break;
        }
        let Some(num) = number_at(text, toks, i, lang) else {
            i += 1;
            continue;
        };
        let mut next = num.next;
        let (mut qualifier, first) = qualifier_before(text, toks, i, &mut phrase);
        // "50+ groups"
        if toks.get(next).is_some_and(|t| !t.word && text_of(text, t) == "+") {
            qualifier = Qualifier::MoreThan;
            next += 1;
        }
        if let Some(found) = unit_after(text, toks, next, heads) {
            let (start, head_last, class) = found;
            let last = extend_unit(text, toks, head_last, heads);
            out.push(CountPhrase { first, number: i, last, count: num.value, qualifier, unit: (start, last), class });
            i = last + 1;
        } else {
            i = num.next.max(i + 1);
        }
    }
    out
}

/// The unit after a number: up to five modifier words, then a head noun.
fn unit_after(text: &str, toks: &[Tok], start: usize, heads: &UnitHeads) -> Option<(usize, usize, UnitClass)> {
    for k in start..(start + 30).min(toks.len()) {
        let t = &toks[k];
        if !t.word {
            // A list of modifiers: "27 human rights, religious, and civil
            // liberties groups", "immigrants’ rights and allied
            // organizations" (never right after the number: "In 2014,").
            let mark = text_of(text, t);
            if matches!(mark, "," | "’" | "'") && k > start && toks.get(k + 1).is_some_and(|n| n.word) {
                continue;
            }
            return None;
        }
        if k >= start + 6 && toks[start..k].iter().all(|t| t.word) {
            return None;
        }
        if let Some((class, last)) = unit_at(text, toks, k, heads) {
            return Some((start, last, class));
        }
        let w = text_of(text, t);
        if NOT_MODIFIERS.contains(w) || w.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    None
}

/// Extend a unit over "of state", "of Congress" and coordinated heads:
/// "heads of state and government and Nobel laureates".
fn extend_unit(text: &str, toks: &[Tok], head_last: usize, heads: &UnitHeads) -> usize {
    let mut last = head_last;
    let mut k = head_last + 1;
    let limit = (head_last + 12).min(toks.len());
    while k < limit {
        let t = &toks[k];
        if !t.word {
            break;
        }
        if is_word(text, t, "of") || is_word(text, t, "and") {
            k += 1;
            continue;
        }
        if let Some((_, l)) = unit_at(text, toks, k, heads) {
            last = l;
            k = l + 1;
            continue;
        }
        // "of state", "of Congress", "of government": one word after "of";
        // an abbreviation there takes its full stop and the capitalised
        // noun after it ("Members of U.S. Congress").
        let w = text_of(text, t);
        if is_word(text, &toks[k - 1], "of") && k - 1 == last + 1 && !NOT_MODIFIERS.contains(w) {
            last = k;
            k += 1;
            let abbreviation = w.contains('.');
            let dot = toks.get(k).is_some_and(|d| !d.word && text_of(text, d) == "." && d.span.start == t.span.end);
            let noun = toks.get(k + 1).is_some_and(|n| n.word && text_of(text, n).starts_with(char::is_uppercase));
            if abbreviation && dot && noun {
                last = k + 1;
                k += 2;
            }
            continue;
        }
        // A modifier of a coordinated head: "and Nobel laureates".
        if is_word(text, &toks[k - 1], "and")
            && !NOT_MODIFIERS.contains(w)
            && !w.starts_with(|c: char| c.is_ascii_digit())
        {
            k += 1;
            continue;
        }
        break;
    }
    last
}
