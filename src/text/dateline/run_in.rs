//! A headline run into the first paragraph, then a dashed dateline of a
//! known place: "Bayh Co-Sponsors Bill to Create National Emergency Family
//! Locator System Washington-- U.S. Senator Evan Bayh today …". The words
//! before the place must read as a title-case headline.

use super::{place, starts_text, tail, Found};

/// How far into a paragraph a run-in dateline may start, in bytes.
const RUN_IN_REACH: usize = 300;
/// Words a run-in headline has at least and at most.
const RUN_IN_WORDS: std::ops::RangeInclusive<usize> = 4..=30;
/// Short words that stay lower case in a title-case headline.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "with", "by", "from", "as", "into", "over",
    "after",
];

/// Read a run-in headline and its dateline: the byte length of the headline
/// (trimmed) and the dateline.
///
/// A headline may end before any capitalised word that follows a space;
/// such a position starts a word, so the words are walked once and those
/// before each position (the headline's) counted as the walk goes, not
/// split again for every position ([`read_by_resplitting`] in the tests).
pub(crate) fn read(s: &str) -> Option<(usize, Found)> {
    let limit = RUN_IN_REACH.min(s.len());
    let base = s.as_ptr() as usize;
    let (mut words, mut capitalised) = (0usize, 0usize);
    for w in s.split_whitespace() {
        let p = (w.as_ptr() as usize).wrapping_sub(base);
        if p >= limit {
            break;
        }
        let candidate =
            p > 0 && s.get(..p).is_some_and(|b| b.ends_with(' ')) && w.chars().next().is_some_and(char::is_uppercase);
        if candidate {
            if let Some(hit) = read_at(s, p, words, capitalised) {
                return hit;
            }
        }
        words += 1;
        capitalised += usize::from(is_capitalised(w));
    }
    None
}

/// A word as a title-case headline writes it.
fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || SMALL_WORDS.contains(&w)
}

/// The answer of [`read`] at the word starting at byte `p`, after `words`
/// words of which `capitalised` are capitalised: `None` to read on,
/// `Some(None)` when running text has begun.
#[allow(clippy::option_option)]
fn read_at(s: &str, p: usize, words: usize, capitalised: usize) -> Option<Option<(usize, Found)>> {
    let head = crate::text::scan::trim_end(s.get(..p)?);
    if !RUN_IN_WORDS.contains(&words) || head.ends_with(['.', '!', '?', ':', ';', ',']) {
        return None;
    }
    if capitalised * 10 < words * 9 {
        return Some(None); // running text has begun
    }
    let rest = s.get(p..)?;
    let pl = place::scan(rest)?;
    let t = tail::scan(rest, pl.end);
    let d = t.dash_end?;
    let text_follows =
        rest.get(d..).and_then(|r| crate::text::scan::trim_start(r).chars().next()).is_some_and(starts_text);
    if pl.known(rest) && !pl.is_label(rest) && t.stop >= d && text_follows {
        let found = Found { location: p..p + pl.end, span: p..p + d, date: t.date.map(|r| r.start + p..r.end + p) };
        return Some(Some((head.len(), found)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading before: the headline's words split again at every position.
    fn read_by_resplitting(s: &str) -> Option<(usize, Found)> {
        let limit = RUN_IN_REACH.min(s.len());
        for (p, c) in s.char_indices().take_while(|&(p, _)| p < limit) {
            let at_word = p > 0 && s.get(..p).is_some_and(|b| b.ends_with(' '));
            if !at_word || !c.is_uppercase() {
                continue;
            }
            let head = s.get(..p)?.trim_end();
            let words: Vec<&str> = head.split_whitespace().collect();
            if !RUN_IN_WORDS.contains(&words.len()) || head.ends_with(['.', '!', '?', ':', ';', ',']) {
                continue;
            }
            let capitalised = words
                .iter()
                .filter(|w| {
                    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || SMALL_WORDS.contains(w)
                })
                .count();
            if capitalised * 10 < words.len() * 9 {
                return None;
            }
            let rest = s.get(p..)?;
            let Some(pl) = place::scan(rest) else { continue };
            let t = tail::scan(rest, pl.end);
            let Some(d) = t.dash_end else { continue };
            let text_follows = rest.get(d..).and_then(|r| r.trim_start().chars().next()).is_some_and(starts_text);
            if pl.known(rest) && !pl.is_label(rest) && t.stop >= d && text_follows {
                let found =
                    Found { location: p..p + pl.end, span: p..p + d, date: t.date.map(|r| r.start + p..r.end + p) };
                return Some((head.len(), found));
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn as_by_resplitting(s in "(Bill|Act|Senator|Washington|WASHINGTON|the|to|of|a|New York|Geneva|\\PC|[ \n\t.,–-]|--){0,40}") {
            proptest::prop_assert_eq!(read(&s), read_by_resplitting(&s));
        }
    }
}
