//! The furniture above a headline: date lines ("Tuesday, November 13,
//! 2007", "(12 June 2022)", "Thursday, 30 September 2021, 16:30 - 17:30
//! CEST"), labels ("FOR IMMEDIATE RELEASE", "Release: …", "Contact: …",
//! "Media release", "pdf"), bylines ("By Meg Flippin Benzinga", "Deborah
//! James, 18 July 2016", "Report by Public Services International (PSI),
//! February 2020") and bare addresses. Labels are data:
//! `src/lexicon/data/title_skip.txt`.

use std::sync::LazyLock;

use crate::lexicon::{entries, with_lowercase, WordSet};
use crate::text::dateline::date_word_kind;

/// Whole-block labels and block openings ("…*" in the data file).
static SKIP: LazyLock<(Vec<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let mut whole = Vec::new();
    let mut open = Vec::new();
    for e in entries(include_str!("../../lexicon/data/title_skip.txt")) {
        match e.strip_suffix('*') {
            Some(p) => open.push(p),
            None => whole.push(e),
        }
    }
    (whole, open)
});

/// The whole labels of [`SKIP`] as a case-insensitive set: a lookup
/// answers as comparing the lower-cased block with each label (the set
/// lower-cases as `to_lowercase`, or character by character, which differ
/// only in the Greek sigma no label holds), and rejects a long block by
/// its length alone.
static WHOLE: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SKIP.0.iter().copied()));

/// Words that end an organisation's name ("network", "coalition").
static ORG_WORDS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(entries(include_str!("../../lexicon/data/org_words.txt"))));

/// Most words of an issuer line.
const ISSUER_WORDS: usize = 8;

/// An issuer line above a headline: the organisation's name with its
/// acronym ("Our World Is Not for Sale (OWINFS) network", "Third World
/// Network (TWN)"), ending with the acronym or an organisation word.
pub(super) fn is_issuer_line(s: &str) -> bool {
    let t = s.trim();
    if t.len() > 120 || t.split_whitespace().count() > ISSUER_WORDS {
        return false;
    }
    let acronym = t.split('(').skip(1).any(|r| {
        r.split_once(')').is_some_and(|(a, _)| {
            a.chars().filter(char::is_ascii_alphabetic).count() >= 2
                && a.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        })
    });
    let last = t.split_whitespace().last().unwrap_or("");
    acronym && (t.ends_with(')') || ORG_WORDS.contains(&last.to_lowercase()))
}

/// Most words of a byline.
const BYLINE_WORDS: usize = 10;

/// What a block above the headline is, when it is not the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Furniture {
    /// A contact label; a short line after it belongs to the contact block.
    Contact,
    /// Any other furniture.
    Other,
}

/// Classify a block above the headline; `None` when it may be the headline.
///
/// The labels are compared with the block lower-cased character by
/// character, not with a lower-cased copy of the whole block (which may be
/// a long paragraph): the two differ only in the Greek capital sigma, which
/// `str::to_lowercase` maps by context and no label holds
/// (`no_label_holds_a_sigma`), so the answers are the same.
pub(super) fn classify(s: &str) -> Option<Furniture> {
    classify_with(s, lower_starts_with, |bare| WHOLE.contains(bare))
}

/// [`classify`] with its two label comparisons given: whether the block
/// lower-cased starts with a label, and whether its text (trimmed of
/// closing colons and spaces) lower-cased is a whole label.
fn classify_with(
    s: &str,
    starts_with: impl Fn(&str, &str) -> bool,
    is_whole: impl Fn(&str) -> bool,
) -> Option<Furniture> {
    let t = s.trim();
    if ["contact", "media contact", "press contact"].iter().any(|p| starts_with(t, p)) {
        return Some(Furniture::Contact);
    }
    // Lower-casing keeps ':' and ' ' and makes no new ones, so trimming
    // them before lower-casing trims the same.
    if is_whole(t.trim_end_matches([':', ' '])) {
        return Some(Furniture::Other);
    }
    for p in &SKIP.1 {
        if starts_with(t, p) {
            // "By Adam Wolfenden, …" but not "By 2030, Half of Cars …".
            if p.ends_with(' ') {
                let next = t.get(p.len()..).and_then(|r| r.chars().next());
                if t.split_whitespace().count() > BYLINE_WORDS || !next.is_some_and(char::is_uppercase) {
                    continue;
                }
            }
            return Some(Furniture::Other);
        }
    }
    if is_date_line(t) || is_dated_byline(t) || is_address(t) {
        return Some(Furniture::Other);
    }
    None
}

/// `s` lower-cased character by character starts with `p` (a lower-case
/// label). When the first `p.len()` bytes of `s` are ASCII they lower-case
/// to as many ASCII bytes, so comparing them ignoring ASCII case answers.
fn lower_starts_with(s: &str, p: &str) -> bool {
    if let Some(head) = s.as_bytes().get(..p.len()).filter(|h| h.is_ascii()) {
        return head.eq_ignore_ascii_case(p.as_bytes());
    }
    let mut lower = s.chars().flat_map(char::to_lowercase);
    p.chars().all(|c| lower.next() == Some(c))
}

/// A token of a date line.
fn is_date_token(w: &str) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | '.' | '[' | ']'));
    if w.is_empty() || date_word_kind(w).is_some() {
        return true;
    }
    if with_lowercase(w, |lower| {
        matches!(lower, "am" | "pm" | "a.m" | "p.m" | "at" | "of" | "de" | "le" | "the" | "-" | "–" | "—" | "@" | "h")
    }) {
        return true;
    }
    // Numbers, ordinals, ISO and dotted dates, times: "4th", "2021-11-30", "17h30", "16:30".
    let digits = w.chars().filter(char::is_ascii_digit).count();
    if digits > 0 && w.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | ':' | '.')) {
        // Its ASCII letters, lower-cased: all the suffixes are of at most
        // two, so a third letter is none of them.
        let mut letters = w.bytes().filter(u8::is_ascii_alphabetic).map(|b| b.to_ascii_lowercase());
        let suffix = [letters.next(), letters.next(), letters.next()];
        return matches!(
            suffix,
            [None | Some(b'h'), None, None]
                | [Some(b's'), Some(b't'), None]
                | [Some(b'n' | b'r'), Some(b'd'), None]
                | [Some(b't'), Some(b'h'), None]
                | [Some(b'a' | b'p'), Some(b'm'), None]
        );
    }
    // Time zones: "CEST", "UTC".
    w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase())
}

/// True when `s` is a date and nothing else ("Tuesday, November 13, 2007").
pub(super) fn is_date_line(s: &str) -> bool {
    // The cheap tests first (a digit, at most 14 words): most lines fail
    // them, and their words are then never looked up.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // Up to 15 words, on the stack.
    let mut buf = [""; 15];
    let mut n = 0;
    for (slot, w) in buf.iter_mut().zip(s.split_whitespace()) {
        *slot = w;
        n += 1;
    }
    let words = buf.get(..n).unwrap_or(&[]);
    if words.is_empty() || words.len() > 14 {
        return false;
    }
    let named = || words.iter().any(|w| date_word_kind(w.trim_matches([',', '(', ')', '.'])).is_some());
    let iso = || {
        words
            .iter()
            .any(|w| w.len() >= 8 && w.matches('-').count() == 2 && w.chars().filter(char::is_ascii_digit).count() >= 6)
    };
    (named() || iso()) && words.iter().all(|w| is_date_token(w))
}

/// "Deborah James, 18 July 2016", "Report by Public Services International
/// (PSI), February 2020": a short byline that ends with a date.
fn is_dated_byline(s: &str) -> bool {
    let Some((who, when)) = s.rsplit_once(',') else {
        return false;
    };
    if !is_date_line(when.trim().trim_end_matches('.')) {
        return false;
    }
    let words = who.split_whitespace().count();
    let by = who.to_lowercase().contains("by ") || who.to_lowercase().starts_with("by");
    words <= 4 || (by && words <= BYLINE_WORDS)
}

/// An e-mail address or a web address standing alone.
fn is_address(s: &str) -> bool {
    let t = s.trim();
    !t.contains(' ') && (t.contains('@') || t.starts_with("http") || t.starts_with("www."))
}

/// Words after which a trailing date belongs to the headline ("… on March 3").
const PREPOSITIONS: &[&str] =
    &["on", "in", "by", "until", "from", "since", "for", "at", "of", "through", "to", "before", "after"];

/// The headline with a trailing date cut off ("Casey Meets with Energy
/// Secretary to Discuss Transmission Corridor December 4, 2007" → "… Corridor").
/// A date after a preposition ("… on March 3, 2025") stays.
pub(super) fn without_trailing_date(s: &str) -> &str {
    // The words read from the end: the date tokens (not all capitals),
    // then `before`, the word before them, and whether at least three
    // words end with it (two more before it; the rest are not read).
    let mut words = s.split_whitespace().rev();
    let (mut named, mut numbered) = (false, false);
    let mut before = None;
    for w in words.by_ref() {
        if !is_date_token(w) || w.chars().all(|c| c.is_ascii_uppercase()) {
            before = Some(w);
            break;
        }
        named |= date_word_kind(w).is_some_and(|kind| kind == "month");
        numbered |= w.chars().any(|c| c.is_ascii_digit());
    }
    let Some(before) = before else {
        return s;
    };
    let three = words.nth(1).is_some();
    // The prepositions are ASCII without "k" (`prepositions_hold_no_k`), so
    // comparing ignoring ASCII case answers as comparing the lower-cased word.
    if three && named && numbered && !PREPOSITIONS.iter().any(|p| before.eq_ignore_ascii_case(p)) {
        let end = before.as_ptr() as usize - s.as_ptr() as usize + before.len();
        return s.get(..end).unwrap_or(s).trim_end_matches([',', ' ', '-', '–', '—']);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines() {
        for s in [
            "Tuesday, November 13, 2007",
            "Friday, August 10, 2012",
            "4th February 2021",
            "(12 June 2022)",
            "Thursday, 30 September 2021, 16:30 - 17:30 CEST",
            "November 26, 2021, 17h30 CET",
            "17. Juni 2022",
            "27 de julio de 2022",
            "2021-11-30",
        ] {
            assert!(is_date_line(s), "{s}");
        }
        for s in ["2022-06-12 Civil Society Media Briefing on MC12", "November 2025 Biohacking Index Report", "Members"]
        {
            assert!(!is_date_line(s), "{s}");
        }
    }

    #[test]
    fn labels_and_bylines() {
        assert_eq!(classify("Contact: Deborah James, djames@cepr.net"), Some(Furniture::Contact));
        for s in [
            "FOR IMMEDIATE RELEASE",
            "Release: November 19, 2021",
            "See also: PDF of the letter in English / Arabic translation",
            "Media release",
            "Deborah James, 18 July 2016",
            "Report by Public Services International (PSI), February 2020",
            "By Meg Flippin Benzinga",
            "djames@cepr.net",
        ] {
            assert_eq!(classify(s), Some(Furniture::Other), "{s}");
        }
        for s in [
            "Media Advisory: CSO Quotes on WTO Negotiations",
            "By 2030, Half of New Cars Will Be Electric",
            "Statement of Civil Society Supporting Developing Countries",
            "Members",
        ] {
            assert_eq!(classify(s), None, "{s}");
        }
    }

    #[test]
    fn prepositions_hold_no_k() {
        assert!(PREPOSITIONS.iter().all(|p| p.is_ascii() && !p.contains('k') && *p == p.to_lowercase()));
    }

    #[test]
    fn no_label_holds_a_sigma() {
        let (whole, open) = &*SKIP;
        assert!(whole.iter().chain(open).all(|e| !e.contains(['σ', 'ς', 'Σ'])));
        // And every label is lower case, as the comparisons expect.
        assert!(whole.iter().chain(open).all(|e| *e == e.to_lowercase()));
    }

    /// The lower-casing the classifier did before, on a copy of the block.
    fn classify_by_copy(s: &str) -> Option<Furniture> {
        classify_with(s, |t, p| t.to_lowercase().starts_with(p), |bare| SKIP.0.contains(&bare.to_lowercase().as_str()))
    }

    proptest::proptest! {
        #[test]
        fn classify_as_by_copy(s in "(\\PC|[ :\n]|Σ|İ|\u{212a}|FOR IMMEDIATE RELEASE|Statement|By |CONTACT|Press Release|Pressemitteilung|Communiqué){0,8}") {
            proptest::prop_assert_eq!(classify(&s), classify_by_copy(&s));
        }
    }

    #[test]
    fn issuer_lines() {
        assert!(is_issuer_line("Our World Is Not for Sale (OWINFS) network"));
        assert!(is_issuer_line("Third World Network (TWN)"));
        assert!(!is_issuer_line("PowerBank (SUUN) Advances Beta Partnership With Intellistake on Enterprise AI Suite"));
        assert!(!is_issuer_line("Prof. Stiglitz on digital trade (3 min video)"));
        assert!(!is_issuer_line("Our World Is Not for Sale network"));
    }

    #[test]
    fn trailing_dates() {
        assert_eq!(
            without_trailing_date(
                "Casey Meets with Energy Secretary to Discuss Transmission Corridor December 4, 2007"
            ),
            "Casey Meets with Energy Secretary to Discuss Transmission Corridor"
        );
        assert_eq!(without_trailing_date("Vote Set for March 3, 2025"), "Vote Set for March 3, 2025");
        assert_eq!(
            without_trailing_date("Named to PSN Top Guns List for Q4 2024"),
            "Named to PSN Top Guns List for Q4 2024"
        );
        assert_eq!(without_trailing_date(""), "");
    }

    /// [`without_trailing_date`] on a list of the words, read from the
    /// front.
    fn without_trailing_date_by_list(s: &str) -> &str {
        let words: Vec<(usize, &str)> =
            s.split_whitespace().map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w)).collect();
        let mut k = words.len();
        while k > 0 && is_date_token(words[k - 1].1) && !words[k - 1].1.chars().all(|c| c.is_ascii_uppercase()) {
            k -= 1;
        }
        let dated = &words[k..];
        let named = dated.iter().any(|(_, w)| date_word_kind(w).is_some_and(|kind| kind == "month"));
        let numbered = dated.iter().any(|(_, w)| w.chars().any(|c| c.is_ascii_digit()));
        let before = k.checked_sub(1).map(|i| words[i].1);
        if k >= 3
            && named
            && numbered
            && !before.is_some_and(|b| PREPOSITIONS.iter().any(|p| b.eq_ignore_ascii_case(p)))
        {
            let end = words[k - 1].0 + words[k - 1].1.len();
            return s.get(..end).unwrap_or(s).trim_end_matches([',', ' ', '-', '–', '—']);
        }
        s
    }

    proptest::proptest! {
        #[test]
        fn without_trailing_date_as_by_list(s in "((Vote|Set|for|FOR|March|3,|2025|4th|UTC|am|the|Q4|\\(PSI\\),|-) ?){0,9}") {
            proptest::prop_assert_eq!(without_trailing_date(&s), without_trailing_date_by_list(&s));
        }
    }
}
