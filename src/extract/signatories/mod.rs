//! Signatory counts: how many parties sign, endorse or stand behind a
//! letter, statement, petition or coalition.
//!
//! A count is a number (digits or words, see `numbers.rs`) with an optional
//! qualifier before it (`qualifiers.txt`) and a unit noun of signers after
//! it (`signatory_units.txt`: "more than 300 nongovernmental
//! organizations"). Number words of French, Spanish, German and Portuguese
//! are read only in sentences that look like those languages. A count
//! becomes a [`SignatoryCount`] only when its sentence links it to
//! signing:
//!
//! - a **signing word** (`signing_verbs.txt`: "signed", "endorsed",
//!   "representing", "coalition of", "signatories", "garnered", …) links
//!   to the first count after it (right after "signed by" or "coalition
//!   of", within six tokens of a verb, anywhere after a signer noun such
//!   as "signatories"), to a count it sits in ("52 signatory
//!   organizations") and, unless it ends in "by" or "of", to counts that
//!   end at most twelve tokens before it ("206 organizations from around
//!   the world endorsed"). Counts of people ("individuals", "people") need
//!   the word close by: right before ("signed by 1,200 individuals") or at
//!   most eight tokens after. "supported by" links organisations only.
//! - a count of organisations or office holders that is the **subject** of
//!   its sentence (nothing, an introductory phrase ending in a comma, or
//!   "X and" before it) and is followed by a letter, statement or call
//!   (`signing_documents.txt`): "206 Civil Society Groups Call for …",
//!   "Human Rights Watch and more than 300 nongovernmental organizations
//!   said today in a letter", "twelve senators wrote", or takes a joint
//!   stand ("More than 50 NGOs … object to", "300 groups oppose").
//! - a count of signatures or signatories, and the senders of a document
//!   ("Letter from 110 Members of U.S. Congress").
//!
//! Counts after "from", "in", "to", "for", "among" are never signers ("from
//! more than 170 countries"), nor are counts without a number ("hundreds of
//! organizations"), nor counts whose unit is not a party (victims, dollars,
//! years, countries, percentages). Boilerplate blocks are skipped.
//!
//! A sentence in which no unit noun's head occurs (`count::may_hold_count_in`),
//! or in which no word starts a number (`numbers::number_hint_in`), both
//! read off the model's lexicon hits, is not tokenised. In the others a
//! unit is looked for only at the tokens where a unit head's hit starts
//! (`count::UnitHeads`), and a number read in English only at those where
//! a digit word or an English number word starts (`numbers::NumberStarts`).
//!
//! `signatory_total`, the signers of the release's own letter or
//! statement, is the largest count that signed (signing words other than
//! "representing" and "on behalf of", or a subject count) found in the
//! headline and the first two paragraphs of the release (where a release
//! presents its own letter), else the largest such count anywhere; only
//! when nothing signed, the largest count of represented parties ("on
//! behalf of 200 million workers"), with its qualifier.

mod count;
pub(crate) mod numbers;

use std::sync::LazyLock;

use count::{CountPhrase, UnitClass, UnitHeads};
use numbers::{Lang, NumberHint, NumberStarts};

use crate::document::SignatoryCount;
use crate::lexicon::hits::LexiconHits;
use crate::lexicon::{entries, lowercase, PhraseMatcher, WordSet};
use crate::span::Span;
use crate::text::tokens::{text_of, JoinedTokens, Tok};
use crate::text::{BlockKind, TextModel};

static SIGNING: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::new(entries(include_str!("../../lexicon/data/signing_verbs.txt"))));
static DOCUMENTS: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::new(entries(include_str!("../../lexicon/data/signing_documents.txt"))));

/// Prepositions after which a count is not a count of signers.
static BLOCKING: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(["from", "in", "to", "for", "against", "among", "across", "between", "within", "than"])
});

/// Words that mark a sentence as French, Spanish, German or Portuguese.
static FOREIGN_MARKERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new([
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "el",
        "los",
        "las",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "und",
        "et",
        "par",
        "por",
        "von",
        "da",
        "do",
        "dos",
        "das",
        "em",
        "para",
        "une",
        "una",
        "uma",
        "est",
        "ist",
        "fue",
        "foi",
        "été",
        "wurde",
        "ont",
        "han",
        "haben",
        "signé",
        "firmada",
        "assinada",
        "unterzeichnet",
    ])
});

/// Words that mark a sentence as English (so that "once" or "elf" is not
/// read as a Spanish or German number).
static ENGLISH_MARKERS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ENGLISH_MARKER_WORDS));

/// The words of [`ENGLISH_MARKERS`].
const ENGLISH_MARKER_WORDS: [&str; 11] =
    ["the", "of", "and", "by", "with", "which", "from", "their", "is", "are", "were"];

/// The byte lengths of the shortest and the longest English marker (all
/// ASCII, so that a marker word of a text has one of their lengths).
static MARKER_LENGTHS: LazyLock<(usize, usize)> = LazyLock::new(|| {
    let lengths = ENGLISH_MARKER_WORDS.iter().map(|w| w.len());
    (lengths.clone().min().unwrap_or(0), lengths.max().unwrap_or(0))
});

/// Whether sentence text `s` may hold a number that `count::find` reads:
/// a digit or an English number word starts a word, or the sentence is not
/// surely English (an English marker word between spaces makes it
/// `Lang::English` in `in_sentence`), so that words of other languages may
/// be numbers.
fn may_hold_number(text: &str, span: Span, hits: &LexiconHits) -> bool {
    match numbers::number_hint_in(text, span, hits) {
        NumberHint::Any => true,
        NumberHint::Foreign => !english_marker_in(span.slice(text).unwrap_or("")),
    }
}

/// Whether a word of `s` between ASCII whitespace (or its ends) is an
/// English marker: such a word is a token of its own, so that
/// `in_sentence` reads the sentence as English. Words are split at bytes,
/// not characters: the markers are ASCII (a word holding another
/// character is none), and a word between other spaces that this misses
/// only lets a sentence through. A word is compared with the markers
/// ignoring ASCII case, as `ENGLISH_MARKERS` would (only ASCII letters
/// lower-case to an ASCII marker without a "k").
fn english_marker_in(s: &str) -> bool {
    let (shortest, longest) = *MARKER_LENGTHS;
    s.as_bytes().split(u8::is_ascii_whitespace).any(|w| {
        (shortest..=longest).contains(&w.len())
            && ENGLISH_MARKER_WORDS.iter().any(|m| m.as_bytes().eq_ignore_ascii_case(w))
    })
}

/// Whether, read in English, no number of `span` can start before a unit
/// of its: every digit word and English number word (where, alone or with
/// an article before it, a number may start: [`NumberStarts`]) starts
/// after the start of every unit head. `count::find` reads a number only
/// where a unit head follows it, so such an English sentence holds no
/// count and need not be tokenised. The hits of the span are a superset
/// of the screens' token starts, so the test errs only towards reading.
/// (Not for a span with a folding character, where the screens let every
/// token through.)
fn every_number_after_the_units(span: Span, hits: &LexiconHits) -> bool {
    if !LexiconHits::usable() || !LexiconHits::numbers_usable() {
        return false;
    }
    let Some(last_unit) = count::unit_head_starts(span, hits).last() else {
        return false;
    };
    let first_digit = hits.digit_words_in(span).next().map(|i| span.start + i);
    let first_word = numbers::english_number_starts(span, hits).next();
    [first_digit, first_word].into_iter().flatten().all(|n| n > last_unit)
}

/// Find signatory counts and the release's own total.
///
/// ```
/// let doc = pressparse::extract("The letter is signed by 52 organizations, representing more than 300 nongovernmental organizations from 40 countries.");
/// let counts: Vec<u64> = doc.signatories.iter().map(|s| s.count).collect();
/// assert_eq!(counts, [52, 300]);
/// assert_eq!(doc.signatory_total.map(|s| s.count), Some(52));
/// ```
pub fn extract(model: &TextModel<'_>) -> (Vec<SignatoryCount>, Option<SignatoryCount>) {
    let text = model.text;
    let hits = model.lexicon_hits();
    let kelvin = text.contains(count::KELVIN);
    let mut out = Vec::new();
    // One buffer for the joined tokens of every sentence read, and two for
    // the screens' lists.
    let mut joined = JoinedTokens::default();
    let mut lists = (Vec::new(), Vec::new());
    let mut lead_end = usize::MAX;
    let mut paragraphs = 0;
    for (_, block) in model.content_blocks() {
        if block.kind == BlockKind::Paragraph {
            paragraphs += 1;
            if paragraphs == 2 {
                lead_end = block.span.end;
            }
        }
        for (si, sentence) in block.sentences.clone().zip(model.sentences_in(block)) {
            // Most sentences name no unit of signers, or hold no number:
            // skip tokenising them.
            let span = sentence.span;
            // (`may_hold_count_in`, whose search for the Kelvin sign is made
            // once for the whole text rather than once a sentence.)
            let may_hold_count =
                count::holds_unit_head(span, hits) || kelvin && count::may_hold_count_in(text, span, hits);
            if span.slice(text).is_none() || !may_hold_count || !may_hold_number(text, span, hits) {
                continue;
            }
            let folding = span.slice(text).is_none_or(numbers::folding);
            if !folding && every_number_after_the_units(span, hits) && english_marker_in(span.slice(text).unwrap_or(""))
            {
                continue;
            }
            let toks = model.sentence_tokens(si);
            let screens = (
                UnitHeads::of(span, toks, hits, folding, std::mem::take(&mut lists.0)),
                NumberStarts::of(span, toks, hits, folding, std::mem::take(&mut lists.1)),
            );
            out.extend(in_sentence(text, toks, &screens, &mut joined));
            lists = (screens.0.into_buffer(), screens.1.into_buffer());
        }
    }
    let total = choose_total(&out, lead_end);
    (out.into_iter().map(|(c, _)| c).collect(), total)
}

/// The largest count that signed, in the lead, then anywhere; then the
/// largest count of people represented, in the lead, then anywhere.
fn choose_total(counts: &[(SignatoryCount, Link)], lead_end: usize) -> Option<SignatoryCount> {
    let largest = |signed: bool, lead: bool| {
        counts
            .iter()
            .filter(|(s, link)| (!signed || *link == Link::Signed) && (!lead || s.span.end <= lead_end))
            .max_by_key(|(s, _)| (s.count, std::cmp::Reverse(s.span.start)))
            .map(|(s, _)| s.clone())
    };
    largest(true, true)
        .or_else(|| largest(true, false))
        .or_else(|| largest(false, true))
        .or_else(|| largest(false, false))
}

/// How a count is tied to a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Link {
    /// Not tied.
    None,
    /// Represented by the signers ("representing 200 million people").
    Represented,
    /// Signed, endorsed, joined, or wrote.
    Signed,
}

/// The signatory counts of one sentence, whose units and numbers start
/// only where `screens` let them (see [`count::find`]); `joined` is a
/// buffer for its joined tokens.
fn in_sentence(
    text: &str,
    toks: &[Tok],
    screens: &(UnitHeads, NumberStarts),
    joined: &mut JoinedTokens,
) -> Vec<(SignatoryCount, Link)> {
    let (heads, starts) = screens;
    if !heads.may_hold_count() {
        return Vec::new();
    }
    // Foreign markers matter only without an English one.
    let english = toks.iter().any(|t| t.word && ENGLISH_MARKERS.contains(text_of(text, t)));
    let foreign = !english && toks.iter().any(|t| t.word && FOREIGN_MARKERS.contains(text_of(text, t)));
    let lang = if foreign { Lang::Any } else { Lang::English };
    let found = count::find(text, toks, lang, heads, starts);
    // A count after a blocking preposition is never kept, however linked:
    // with only such counts the links need not be searched.
    if found.iter().all(|c| blocked(text, toks, c)) {
        return Vec::new();
    }
    // The tokens are joined once for both lexicons.
    joined.join(text, toks);
    let mut linked = vec![Link::None; found.len()];
    for (l, l_end, _) in joined.matches(&SIGNING, toks) {
        let reach = Reach::of(text, toks, l, l_end);
        let first = toks.get(l).map(|t| lowercase(text_of(text, t))).unwrap_or_default();
        let kind = if first.starts_with("represent") || first == "on" { Link::Represented } else { Link::Signed };
        // The first count after the link (counts are in order).
        let k = found.partition_point(|c| c.first < l_end);
        if let Some(c) = found.get(k) {
            let gap = c.first - l_end;
            let window = if c.class == UnitClass::Person { reach.forward.min(1) } else { reach.forward };
            // "supported by over 100 WTO members" backs a proposal; only
            // organisations supporting a text count as its signers.
            let org_only = first == "supported" && c.class != UnitClass::Org;
            if gap <= window && !org_only {
                linked[k] = linked[k].max(kind);
            }
        }
        // A link inside the count itself: "52 signatory organizations".
        if let Some(c) = found.get(k.saturating_sub(1)) {
            if c.first < l && l <= c.last {
                linked[k.saturating_sub(1)] = linked[k.saturating_sub(1)].max(kind);
            }
        }
        // Counts shortly before it.
        if reach.backward {
            let end = found.partition_point(|c| c.last < l);
            for k in (0..end).rev() {
                let c = &found[k];
                if l - c.last > 12 {
                    break;
                }
                if c.class != UnitClass::Person || l - c.last <= 8 {
                    linked[k] = linked[k].max(kind);
                }
            }
        }
    }
    // The last document named, searched for only when a subject count asks.
    let mut last_doc: Option<Option<usize>> = None;
    for (k, c) in found.iter().enumerate() {
        if is_signing_noun(text, toks, c) || is_letter_from(text, toks, c) {
            linked[k] = Link::Signed;
        }
        if linked[k] != Link::Signed
            && c.class != UnitClass::Person
            && is_subject(text, toks, c)
            && last_doc
                .get_or_insert_with(|| joined.matches(&DOCUMENTS, toks).map(|(d, _, _)| d).max())
                .is_some_and(|d| d > c.last)
        {
            linked[k] = Link::Signed;
        }
    }
    found
        .iter()
        .zip(linked)
        .filter(|(c, link)| *link != Link::None && !blocked(text, toks, c))
        .filter_map(|(c, link)| record(text, toks, c).map(|r| (r, link)))
        .collect()
}

/// How far a signing word reaches.
struct Reach {
    /// Tokens allowed between the link and the count after it.
    forward: usize,
    /// Whether it also links counts before it ("206 organizations …
    /// endorsed").
    backward: bool,
}

impl Reach {
    /// "signed by", "coalition of": only the count right after; a signer
    /// noun ("Other signatories include …, together with over 60 …"):
    /// anywhere after, and before; a verb ("endorsed", "representing"):
    /// six tokens after, and before.
    fn of(text: &str, toks: &[Tok], l: usize, l_end: usize) -> Reach {
        let word =
            |i: Option<usize>| i.and_then(|i| toks.get(i)).map(|t| lowercase(text_of(text, t))).unwrap_or_default();
        let (last, first, next) = (word(l_end.checked_sub(1)), word(Some(l)), word(Some(l_end)));
        if matches!(
            &*first,
            "signatories"
                | "signers"
                | "endorsers"
                | "co-signers"
                | "cosponsors"
                | "co-sponsors"
                | "signataires"
                | "firmantes"
                | "signatários"
        ) {
            return Reach { forward: usize::MAX, backward: true };
        }
        if matches!(&*last, "by" | "of" | "par" | "por" | "von" | "de")
            || matches!(&*next, "by" | "par" | "por" | "von")
        {
            return Reach { forward: 1, backward: false };
        }
        Reach { forward: 6, backward: true }
    }
}

/// "52 signatories": the unit itself says they signed.
fn is_signing_noun(text: &str, toks: &[Tok], c: &CountPhrase) -> bool {
    let head = lowercase(text_of(text, &toks[c.unit.1]));
    matches!(
        &*head,
        "signatories"
            | "signers"
            | "signatures"
            | "endorsers"
            | "cosponsors"
            | "co-signers"
            | "signataires"
            | "firmantes"
            | "unterzeichner"
            | "signatários"
    )
}

/// "Letter from 110 Members of U.S. Congress": the count names the
/// senders of a document.
fn is_letter_from(text: &str, toks: &[Tok], c: &CountPhrase) -> bool {
    c.first >= 2
        && text_of(text, &toks[c.first - 1]).eq_ignore_ascii_case("from")
        && matches!(
            &*lowercase(text_of(text, &toks[c.first - 2])),
            "letter" | "statement" | "petition" | "appeal" | "declaration"
        )
}

/// The count is preceded by a blocking preposition ("from more than 170
/// countries"), except in "Letter from 110 Members".
fn blocked(text: &str, toks: &[Tok], c: &CountPhrase) -> bool {
    let Some(prev) = c.first.checked_sub(1).and_then(|i| toks.get(i)) else {
        return false;
    };
    let w = text_of(text, prev);
    if !BLOCKING.contains(w) {
        return false;
    }
    let before = c.first.checked_sub(2).and_then(|i| toks.get(i)).map(|t| lowercase(text_of(text, t)));
    !(w.eq_ignore_ascii_case("from")
        && before.is_some_and(|b| matches!(&*b, "letter" | "statement" | "petition" | "signatures")))
}

/// The count opens its clause: nothing before it, an introduction ending
/// with a comma or dash, or "Human Rights Watch and".
fn is_subject(text: &str, toks: &[Tok], c: &CountPhrase) -> bool {
    if c.first == 0 {
        return true;
    }
    let prev = text_of(text, &toks[c.first - 1]);
    if matches!(prev, "," | "–" | "—" | ":" | ")" | "(") {
        return true;
    }
    if prev.eq_ignore_ascii_case("and") && c.first >= 2 {
        // "Human Rights Watch and 300 groups", "X, Y, and 52 other groups".
        let before = text_of(text, &toks[c.first - 2]);
        return before == "," || crate::text::tokens::capitalized(before);
    }
    c.first == 1 && matches!(&*lowercase(prev), "today" | "yesterday" | "now")
}

fn record(text: &str, toks: &[Tok], c: &CountPhrase) -> Option<SignatoryCount> {
    let span = Span::new(toks.get(c.first)?.span.start, toks.get(c.last)?.span.end);
    let unit_span = Span::new(toks.get(c.unit.0)?.span.start, toks.get(c.unit.1)?.span.end);
    Some(SignatoryCount {
        text: span.slice(text)?.to_owned(),
        span,
        count: c.count,
        qualifier: c.qualifier,
        unit: unit_span.slice(text)?.to_owned(),
    })
}

#[cfg(test)]
mod tests;
