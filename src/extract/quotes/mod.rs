//! Speakers and their direct and indirect quotes.
//!
//! Direct quotes are the top-level quotation pairs of the text model that
//! someone said (`direct`); indirect quotes are content clauses of speech
//! verbs (`indirect`). Speaker phrases next to cues are read by
//! `names` and gathered, with short mentions and pronouns resolved, in a
//! `speakers` registry. Nothing inside boilerplate or photo captions
//! yields a quote or a speaker.
//!
//! # Decisions
//!
//! - A quoted span is a quote when its speech cue reports it directly
//!   ("“Act now,” said X", "X said: “…”"), or when it has three words or
//!   more and a cue in its sentence; continuation, intro lines and headers
//!   need four words and a sentence-like span; a span nobody is said to
//!   have spoken needs eight words and must read as a sentence, not as a
//!   noun phrase ("the “Safe Streets Act”", "titled “…”") or a title
//!   (mostly capitalised words). Captions and boilerplate never quote.
//! - Newswire continuation: a quote with no cue of its own takes the
//!   speaker of the last attributed quote in the same or the previous
//!   paragraph (or in a paragraph of a speech whose quote never closed).
//! - Of joint speakers ("the Department of Justice and the EPA announced")
//!   the first named is the speaker. Documents ("The letter warns") are
//!   organisation speakers named as written. A group named by an anaphor
//!   ("the leaders") takes the fuller phrase it refers to; a person known
//!   by one word ("Dole said") takes the fullest form of the name written
//!   in the release ("U.S. Sen. Elizabeth Dole"), with its title.
//! - Pronouns resolve to the person (or group) named most recently before
//!   them among the speakers, or else to the last person named in the
//!   paragraph or the one before; otherwise the speaker is null.
//! - A passive cue ("was told by") never makes its subject the speaker.
//! - Indirect speech is read from sentences without a direct quote: "X
//!   said (that) CLAUSE", "CLAUSE, X said (today …).", "CLAUSE, X warned,
//!   CLAUSE" (the whole sentence), "According to X, CLAUSE". Corporate
//!   "X announced the appointment of …" (no clause) is not emitted.
//! - A sentence-final attribution ("CLAUSE, said X, ROLE.", "CLAUSE,
//!   announced X of Y and U.S. Attorney Z for W.", "CLAUSE, X and Y
//!   announced.", "CLAUSE, according to X.") is never part of a quote's
//!   text (`trailing`); of several announcers the first speaks and the
//!   others are speakers too.
//! - Documents speak without their article ("According to court
//!   documents" → "court documents", "the indictment alleges" →
//!   "indictment"), kind organisation.
//!
//! # Confidence
//!
//! Every quote carries a `confidence` that says how its speaker was found:
//!
//! | value | attribution |
//! |---|---|
//! | 0.95 | an explicit cue in the quote's own sentence ("said Brad Adams") |
//! | 0.90 | a dash and a name after the quote ("— Eileen Burke") |
//! | 0.85 | an intro line ("X said:") or a header naming the speaker |
//! | 0.75 | continuation of the previous attributed quote (newswire) |
//! | 0.60 | a pronoun cue ("he adds"), resolved to the last named person |
//! | 0.30 | no attribution (speaker null) |
//!
//! ```
//! use pressparse::text::TextModel;
//! let text = "“Act now,” said Brad Adams, Asia director at Human Rights Watch. “Now.”";
//! let (speakers, quotes) = pressparse::extract::quotes::extract(&TextModel::new(text));
//! assert_eq!(speakers[0].name, "Brad Adams");
//! assert_eq!(quotes.len(), 1); // "Now." is too short to be speech on its own
//! assert_eq!(quotes[0].confidence, 0.95);
//! ```

mod cues;
mod direct;
mod indirect;
mod lexicon;
mod names;
mod speakers;
mod trailing;

use crate::document::{Quote, Speaker};
use crate::text::TextModel;

/// Confidence of a quote attributed by a cue in its own sentence.
pub const CONF_CUE: f32 = 0.95;
/// Confidence of a quote attributed by a dash and a name after it.
pub const CONF_DASH: f32 = 0.9;
/// Confidence of a quote attributed by an intro line or a header.
pub const CONF_INTRO: f32 = 0.85;
/// Confidence of a quote continuing the previous attributed quote.
pub const CONF_CONTINUED: f32 = 0.75;
/// Confidence of a quote attributed through a pronoun.
pub const CONF_PRONOUN: f32 = 0.6;
/// Confidence of a quote nobody is said to have spoken.
pub const CONF_NONE: f32 = 0.3;

/// The number of whitespace-separated words of `s` that hold a letter or
/// digit: `s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()`,
/// reading bytes (only non-ASCII words are decoded).
#[cfg(test)]
fn word_count(s: &str) -> usize {
    word_count_upto(s, usize::MAX)
}

/// [`word_count`], but counting stops at `limit` (for tests like "more
/// than 30 words" on long paragraphs).
pub(super) fn word_count_upto(s: &str, limit: usize) -> usize {
    // The first count reaching `limit` ends the count (so a `limit` of 0
    // stops at the first word, as 1 does).
    let limit = limit.max(1);
    let mut n = 0;
    each_word(s, |_, _, alnum| {
        n += usize::from(alnum);
        n < limit
    });
    n
}

/// [`word_count_upto`] read byte by byte (the tests' reference for the
/// word walk of [`each_word`]): a word counts at its first letter or
/// digit, and whitespace ends it.
#[cfg(test)]
fn word_count_upto_bytewise(s: &str, limit: usize) -> usize {
    let limit = limit.max(1);
    let bytes = s.as_bytes();
    let (mut n, mut counted) = (0, false);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (space, alnum, len) = class_at(s, i, b);
        n += usize::from(alnum && !counted);
        counted = (counted || alnum) && !space;
        if n >= limit {
            return n;
        }
        i += len;
    }
    n
}

/// `word_count(s) <= n`, counting no further than the answer needs (most
/// tests ask about a few words of a long clause).
pub(super) fn at_most_words(s: &str, n: usize) -> bool {
    word_count_upto(s, n.saturating_add(1)) <= n
}

/// `word_count(s) >= n`, counting no further than the answer needs.
pub(super) fn at_least_words(s: &str, n: usize) -> bool {
    word_count_upto(s, n) >= n
}

/// Whether the character at byte `i` of `s` (whose first byte is `b`) is
/// whitespace, whether it is a letter or digit, and its byte length: ASCII
/// by table, other characters decoded.
#[inline]
fn class_at(s: &str, i: usize, b: u8) -> (bool, bool, usize) {
    if b < 0x80 {
        let class = ASCII_CLASS[usize::from(b)];
        (class & SPACE != 0, class & ALNUM != 0, 1)
    } else {
        non_ascii_class(s.as_bytes(), i, b)
    }
}

/// [`class_at`] of a non-ASCII character (lead byte `b` at byte `i`),
/// decoded from its bytes. The General Punctuation block U+2000..=U+203F
/// (lead bytes E2 80: dashes, curly quotes, typographic spaces), the
/// commonest non-ASCII in press releases, is answered without decoding: it
/// holds no letter or digit, and its whitespace is U+2000..=U+200A, U+2028,
/// U+2029 and U+202F (see the test against `char`).
#[inline]
fn non_ascii_class(bytes: &[u8], i: usize, b: u8) -> (bool, bool, usize) {
    let at = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    if b == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
        let low = at(2);
        return (low <= 0x0A || low == 0x28 || low == 0x29 || low == 0x2F, false, 3);
    }
    let (len, code) = if b >= 0xF0 {
        (4, (u32::from(b & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3))
    } else if b >= 0xE0 {
        (3, (u32::from(b & 0x0F) << 12) | (at(1) << 6) | at(2))
    } else {
        (2, (u32::from(b & 0x1F) << 6) | at(1))
    };
    let c = char::from_u32(code).unwrap_or(' ');
    (c.is_whitespace(), c.is_alphanumeric(), len)
}

/// [`ASCII_CLASS`] bit of the ASCII characters `char::is_whitespace`
/// accepts (not only `u8::is_ascii_whitespace`: also the vertical tab).
const SPACE: u8 = 1;
/// [`ASCII_CLASS`] bit of ASCII letters and digits.
const ALNUM: u8 = 2;

/// What each ASCII byte is, as [`SPACE`] and [`ALNUM`] bits.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            t[b] = SPACE;
        } else if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        }
        b += 1;
    }
    t
};

/// Call `f` with the end offset of each whitespace-separated word of `s`
/// (as `str::split_whitespace`), the word, and whether it holds a letter
/// or digit, in order, while `f` returns true. One pass over the bytes: only non-ASCII
/// characters are decoded.
#[inline]
fn each_word(s: &str, mut f: impl FnMut(usize, &str, bool) -> bool) {
    let bytes = s.as_bytes();
    let mut i = 0;
    loop {
        // Skip whitespace to the next word, if any.
        let start = loop {
            let Some(&b) = bytes.get(i) else {
                return;
            };
            let (space, _, len) = class_at(s, i, b);
            if !space {
                break i;
            }
            i += len;
        };
        // Read the word to the next whitespace: eight ASCII bytes at a
        // time while no whitespace or non-ASCII byte is among them (the
        // word bytes of prose), then byte by byte, others decoded.
        let mut alnum = false;
        loop {
            let (ascii_len, letter) = ascii_word_bytes(bytes, i, alnum);
            alnum |= letter;
            i += ascii_len;
            if ascii_len < 8 {
                break;
            }
        }
        while let Some(&b) = bytes.get(i) {
            let (space, letter, len) = if b < 0x80 {
                let class = ASCII_CLASS[usize::from(b)];
                (class & SPACE != 0, class & ALNUM != 0, 1)
            } else {
                non_ascii_class(bytes, i, b)
            };
            if space {
                break;
            }
            alnum |= letter;
            i += len;
        }
        if !f(i, s.get(start..i).unwrap_or(""), alnum) {
            return;
        }
    }
}

/// A byte of each lane of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each lane.
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// How many of the eight bytes of `bytes` from `i` are ASCII and not
/// whitespace before the first that is either (8 when none is; 0 when
/// fewer than eight bytes are left), and, unless `known` (the caller
/// already has its answer), whether a letter or digit is among those
/// bytes. Lane arithmetic on the low seven bits of each byte: every sum
/// below stays under 0x100 in its lane, so no lane carries into the next,
/// and a lane's high bit then answers "at least" for that byte alone
/// (bytes with their own high bit set stop the run, whatever their lane
/// says). The same bytes as [`class_at`] reads one by one (see the tests).
#[inline]
fn ascii_word_bytes(bytes: &[u8], i: usize, known: bool) -> (usize, bool) {
    let Some(w) = bytes.get(i..i + 8).and_then(|h| <[u8; 8]>::try_from(h).ok()).map(u64::from_le_bytes) else {
        return (0, false);
    };
    let low = w & !HIGHS;
    // Lanes of `v` (each under 0x80) at least `b` have their high bit set.
    let at_least_in = |v: u64, b: u8| v + ONES * u64::from(0x80 - b);
    let at_least = |b: u8| at_least_in(low, b);
    // Tab to carriage return (09–0D), or a space (20).
    let control_space = at_least(0x09) & !at_least(0x0E);
    let not_space = (low ^ (ONES * 0x20)) + ONES * 0x7F;
    let stop = (control_space | !not_space | w) & HIGHS;
    let len = if stop == 0 { 8 } else { (stop.trailing_zeros() / 8) as usize };
    if known || len == 0 {
        return (len, false);
    }
    // Letters (case folded by the 0x20 bit: A–Z to a–z, and no other
    // byte into a–z) and digits, among the first `len` bytes.
    let folded = low | (ONES * 0x20);
    let letters = at_least_in(folded, b'a') & !at_least_in(folded, b'z' + 1);
    let digits = at_least(b'0') & !at_least(b'9' + 1);
    let within = if len == 8 { u64::MAX } else { (1u64 << (8 * len)) - 1 };
    (len, ((letters | digits) & HIGHS & within) != 0)
}

/// `list.contains(&w.to_lowercase().as_str())` for a list of lower-case
/// ASCII words, without lower-casing an ASCII `w` (its lower case is then
/// its ASCII lower case, so the test is a case-blind compare).
pub(super) fn lower_in(w: &str, list: &[&str]) -> bool {
    if w.is_ascii() {
        list.iter().any(|x| x.eq_ignore_ascii_case(w))
    } else {
        list.contains(&w.to_lowercase().as_str())
    }
}

/// True when `w` holds a letter or digit (reading bytes when it is ASCII).
#[cfg(test)]
fn has_alphanumeric(w: &str) -> bool {
    if w.is_ascii() {
        w.bytes().any(|b| b.is_ascii_alphanumeric())
    } else {
        w.chars().any(char::is_alphanumeric)
    }
}

/// Find speakers and their direct and indirect quotes, in text order.
pub fn extract(model: &TextModel<'_>) -> (Vec<Speaker>, Vec<Quote>) {
    let mut reg = speakers::Registry::default();
    // The cue phrases of the whole text, read by every step below.
    let scan = cues::CueScan::of_model(model);
    let mut quotes = direct::extract(model, &mut reg, &scan);
    let reported = indirect::extract(model, &mut reg, &quotes, &scan);
    quotes.extend(reported);
    quotes.sort_by_key(|q| q.span.start);
    fuller_names(model, &mut reg);
    fuller_groups(model, &mut reg);
    let speakers = without_bare_bystanders(reg.speakers, &mut quotes);
    (speakers, quotes)
}

/// Speakers are those to whom a quote is attributed (SPEC.md). A name
/// registered on the way (a capitalised word read as a subject, "Covid-19
/// has exposed …") that no quote points to and that carries neither a role
/// nor an organisation is dropped; co-announcers named with their title
/// ("announced X and U.S. Attorney Y") stay. Ids are renumbered and the
/// quotes' speaker indexes follow.
fn without_bare_bystanders(speakers: Vec<Speaker>, quotes: &mut [Quote]) -> Vec<Speaker> {
    let mut quoted = vec![false; speakers.len()];
    for q in quotes.iter() {
        if let Some(slot) = q.speaker.and_then(|i| quoted.get_mut(i)) {
            *slot = true;
        }
    }
    let mut new_id = vec![None; speakers.len()];
    let mut kept = Vec::with_capacity(speakers.len());
    for (i, mut sp) in speakers.into_iter().enumerate() {
        if quoted[i] || sp.role.is_some() || sp.organization.is_some() {
            new_id[i] = Some(kept.len());
            sp.id = kept.len();
            kept.push(sp);
        }
    }
    for q in quotes.iter_mut() {
        q.speaker = q.speaker.and_then(|i| new_id.get(i).copied().flatten());
    }
    kept
}

/// Give groups named by an anaphor ("the leaders", "the groups") the
/// fuller phrase they refer to: an earlier phrase with the same head noun,
/// or else the counted group that opens the release ("298 public health
/// and other civil society organizations … condemned").
fn fuller_groups(model: &TextModel<'_>, reg: &mut speakers::Registry) {
    for id in 0..reg.speakers.len().min(64) {
        let sp = &reg.speakers[id];
        // A name of exactly two words, the first "the".
        let mut words = sp.name.split_whitespace();
        let (Some(article), Some(head), None) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        if sp.kind != crate::document::SpeakerKind::Organization || !article.eq_ignore_ascii_case("the") {
            continue;
        }
        if lexicon::speaker_noun(head) != Some("group") {
            continue;
        }
        let first = sp.mentions.iter().map(|m| m.start).min().unwrap_or(0);
        let before = crate::span::Span::new(0, first);
        let found = names::antecedent(model.text, before, head).or_else(|| {
            let generic = crate::lexicon::with_lowercase(head, |head| {
                ["groups", "organizations", "organisations", "signatories", "signers"].contains(&head)
            });
            let lead = model
                .content_blocks()
                .find(|(_, b)| b.kind == crate::text::BlockKind::Paragraph && b.span.end <= first)?
                .1;
            let s = model.sentences_in(lead).first()?.span;
            ["organizations", "groups", "organisations"]
                .iter()
                .filter(|_| generic)
                .find_map(|h| names::antecedent(model.text, s, h))
        });
        if let Some(m) = found {
            reg.widen(id, &m);
        }
    }
}

/// Give people known by one word ("Dole said") the fullest form of their
/// name written anywhere in the release ("U.S. Sen. Elizabeth Dole"),
/// with its title when none is known.
fn fuller_names(model: &TextModel<'_>, reg: &mut speakers::Registry) {
    // Bounded so that a release with thousands of speakers stays linear.
    for id in 0..reg.speakers.len().min(64) {
        let sp = &reg.speakers[id];
        if sp.kind != crate::document::SpeakerKind::Person || sp.name.split_whitespace().count() != 1 {
            continue;
        }
        let short = sp.name.clone();
        // A surname is safer evidence than a first name ("Bayh" in "U.S.
        // Senator Evan Bayh" before "Bayh Co-Sponsors Bill"): the first
        // surname reading in any block wins, else the first first-name one.
        // Both are read in one pass over the blocks (`names::full_names`),
        // which finds what a surname pass then a first-name pass find.
        // Only blocks holding the name can hold its fuller form (a word
        // equal to it needs it in the text); blocks come in text order, so
        // one forward search serves them all and stops where the fuller
        // name is found.
        let mut next = NextOccurrence::new(model.text, &short);
        let mut first = None;
        let found = model
            .content_blocks()
            .filter(|(_, b)| !b.caption && b.kind != crate::text::BlockKind::Heading)
            .filter(|(_, b)| next.at_or_after(b.span.start).is_some_and(|p| p + short.len() <= b.span.end))
            .find_map(|(_, b)| {
                let (surname, first_name) = names::full_names(model.text, b.span, &short, first.is_none());
                if first.is_none() {
                    first = first_name;
                }
                surname
            })
            .or(first);
        if let Some(m) = found {
            reg.widen(id, &m);
        }
    }
}

/// The occurrences of a needle in a text, asked for at positions that only
/// grow: each part of the text is searched at most once.
struct NextOccurrence<'a> {
    text: &'a str,
    /// The needle's vector searcher, set up once: the same first match as
    /// `str::find` (a match of a whole `str` in a `str` starts at a
    /// character boundary, and both search bytes in order).
    finder: memchr::memmem::Finder<'a>,
    /// The last search: where it started and what it found.
    last: Option<(usize, Option<usize>)>,
}

impl<'a> NextOccurrence<'a> {
    fn new(text: &'a str, needle: &'a str) -> Self {
        NextOccurrence { text, finder: memchr::memmem::Finder::new(needle), last: None }
    }

    /// The first occurrence starting at or after `pos` (a char boundary, not
    /// before the `pos` of an earlier call).
    fn at_or_after(&mut self, pos: usize) -> Option<usize> {
        match self.last {
            // The earlier search began no later and found nothing, or found
            // one at or after `pos`: it is still the answer.
            Some((from, None)) if from <= pos => None,
            Some((from, Some(p))) if from <= pos && p >= pos => Some(p),
            _ => {
                let found = self.text.get(pos..).and_then(|rest| self.finder.find(rest.as_bytes())).map(|i| pos + i);
                self.last = Some((pos, found));
                found
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_occurrence_answers_growing_positions() {
        let mut next = NextOccurrence::new("aaa é aa", "aa");
        assert_eq!(next.at_or_after(0), Some(0));
        assert_eq!(next.at_or_after(1), Some(1));
        assert_eq!(next.at_or_after(2), Some(7));
        assert_eq!(next.at_or_after(7), Some(7));
        assert_eq!(next.at_or_after(8), None);
        assert_eq!(next.at_or_after(9), None);
    }

    #[test]
    fn a_bare_name_nobody_quotes_is_not_a_speaker() {
        let text = "Covid-19\nhas exposed the WTO’s priority of profits over people.\n\n“The waiver cannot wait any longer for the poor,” said Deborah James, facilitator of OWINFS.";
        let (speakers, quotes) = extract(&TextModel::new(text));
        let names: Vec<&str> = speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Deborah James"]);
        assert_eq!(quotes[0].speaker, Some(0));
        assert!(speakers.iter().enumerate().all(|(i, s)| s.id == i));
    }
    use proptest::prelude::*;

    #[test]
    fn word_count_counts_words_with_letters_or_digits() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  — “Act now,” said 3 people –\u{a0}é\n"), 6);
    }

    fn check(text: &str) {
        let model = TextModel::new(text);
        let (speakers, quotes) = extract(&model);
        for q in &quotes {
            assert_eq!(q.span.slice(text), Some(q.text.as_str()));
            assert!(q.speaker.is_none_or(|s| s < speakers.len()));
            assert!((0.0..=1.0).contains(&q.confidence));
        }
        for (i, s) in speakers.iter().enumerate() {
            assert_eq!(s.id, i);
            for m in &s.mentions {
                assert!(m.slice(text).is_some());
            }
        }
    }

    #[test]
    fn odd_inputs_never_panic() {
        for t in [
            "",
            "“",
            "said",
            "According to",
            "“A,” said",
            "“A,” said Dr.",
            "\"\"\"\"\"",
            "«»«» said X, “",
            "he said: „",
            "X said that",
            ", said , , ,",
            "“Unclosed quote said by nobody\n\n“Second unclosed\n\n”",
            "Ms. O’Brien-Smith, Jr., PhD, said — “",
            "김정은 said “안녕하세요 여러분 반갑습니다 오늘은 좋은 날입니다”",
            "“A”“B”“C” said D. E. F.",
        ] {
            check(t);
        }
    }

    #[test]
    fn odd_number_of_marks_keeps_the_rest_of_the_document() {
        let t = "He wrote “one unmatched mark and then more.\n\n“We will continue to fight for this community every day,” said Jane Doe, director at Acme.";
        let model = TextModel::new(t);
        let (speakers, quotes) = extract(&model);
        check(t);
        assert!(quotes.iter().any(|q| q.text.starts_with("We will continue")));
        assert!(speakers.iter().any(|s| s.name == "Jane Doe"));
    }

    #[test]
    fn class_at_is_char_class_for_every_char() {
        let mut buf = [0u8; 4];
        for c in (0..=0x0010_FFFF_u32).filter_map(char::from_u32) {
            let s = c.encode_utf8(&mut buf);
            let b = s.as_bytes()[0];
            assert_eq!(class_at(s, 0, b), (c.is_whitespace(), c.is_alphanumeric(), c.len_utf8()), "{c:?}");
        }
    }

    /// Words, each with whether it holds a letter or digit.
    type Words = Vec<(String, bool)>;

    /// The words `each_word` gives for `t`, and those `split_whitespace`
    /// gives.
    fn each_word_and_split_whitespace(t: &str) -> (Words, Words) {
        let mut got = Vec::new();
        each_word(t, |_, w, alnum| {
            got.push((w.to_owned(), alnum));
            true
        });
        let want = t.split_whitespace().map(|w| (w.to_owned(), has_alphanumeric(w))).collect();
        (got, want)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        #[test]
        fn next_occurrence_is_str_find(t in "[aé b]{0,24}", needle in "[aé]{0,3}", steps in proptest::collection::vec(0usize..5, 0..8)) {
            let mut next = NextOccurrence::new(&t, &needle);
            let mut pos = 0;
            for step in steps {
                pos += step;
                if !t.is_char_boundary(pos.min(t.len())) {
                    continue;
                }
                let want = t.get(pos..).and_then(|r| r.find(needle.as_str())).map(|i| pos + i);
                prop_assert_eq!(next.at_or_after(pos), want);
            }
        }

        #[test]
        fn lower_in_is_lowercase_contains(w in "[a-zA-Zé ÉK]{0,6}") {
            let list = ["also", "we", "ke", "é", "in"];
            prop_assert_eq!(lower_in(&w, &list), list.contains(&w.to_lowercase().as_str()));
        }

        #[test]
        fn each_word_is_split_whitespace(t in "[ a-zA-Z0-9.,“—é\u{a0}\u{2003}\u{85}\u{b}\n\t-]{0,60}") {
            let (got, want) = each_word_and_split_whitespace(&t);
            prop_assert_eq!(got, want);
        }

        #[test]
        fn chunked_word_walk_is_the_byte_walk(
            t in "([a-zA-Z0-9@`\\[{/:]{0,12}[ \t\n\u{b}\u{c}\r\u{1f}\u{7f}é—\u{a0}\u{2003}.,-]{0,2}){0,12}",
            limit in 0usize..12,
        ) {
            prop_assert_eq!(word_count_upto(&t, usize::MAX), word_count_upto_bytewise(&t, usize::MAX));
            prop_assert_eq!(word_count_upto(&t, limit), word_count_upto_bytewise(&t, limit));
            let (got, want) = each_word_and_split_whitespace(&t);
            prop_assert_eq!(got, want);
        }

        #[test]
        fn ascii_word_bytes_is_the_byte_classes(b in proptest::collection::vec(any::<u8>(), 0..12), i in 0usize..4) {
            let (len, alnum) = ascii_word_bytes(&b, i, false);
            match b.get(i..i + 8) {
                None => prop_assert_eq!((len, alnum), (0, false)),
                Some(chunk) => {
                    let want = chunk.iter().position(|&c| c >= 0x80 || ASCII_CLASS[usize::from(c)] & SPACE != 0).unwrap_or(8);
                    prop_assert_eq!(len, want);
                    let letters = chunk.iter().take(want).any(|&c| ASCII_CLASS[usize::from(c & 0x7F)] & ALNUM != 0);
                    prop_assert_eq!(alnum, letters);
                    prop_assert_eq!(ascii_word_bytes(&b, i, true), (want, false));
                }
            }
        }

        #[test]
        fn word_count_is_split_and_filter(t in "[ a-zA-Z0-9.,“—é\u{a0}\u{2003}\n\t-]{0,60}") {
            let words = t.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
            prop_assert_eq!(word_count(&t), words);
            prop_assert_eq!(word_count_upto_bytewise(&t, usize::MAX), words);
            prop_assert_eq!(word_count_upto(&t, 3), words.min(3));
            prop_assert_eq!(word_count_upto(&t, 0), words.min(1));
            for n in 0..8 {
                prop_assert_eq!(at_most_words(&t, n), words <= n);
                prop_assert_eq!(at_least_words(&t, n), words >= n);
            }
        }

        #[test]
        fn any_text_is_safe(t in "[ a-zA-Z.,:;“”\"'‘’«»—\n-]{0,120}") {
            check(&t);
        }

        #[test]
        fn speech_like_text_is_safe(
            a in "[A-Z][a-z]{1,8}",
            b in "[A-Z][a-z]{1,8}",
            q in "[a-z ,.]{0,40}",
            cue in prop::sample::select(vec!["said", "says", "added", "according to", "told", "warned that"]),
        ) {
            check(&format!("“{q}” {cue} {a} {b}, director at {b} Watch. {a} {cue} “{q}"));
        }
    }
}
