//! The two patterns of dates written with a month name, read by hand: what
//! follows a month name in a month-first date ("May 23-25, 2024", "April
//! 20th", "abril de 2018") and a whole day-first date ("20 April 2018",
//! "1er mai", "3 to 5 May", "20 de abril de 2018").
//!
//! Each reader takes the path a backtracking regex engine takes through
//! the pattern (alternatives in order, greedy repetition giving back one
//! character at a time), so its captures are those of the regexes it stands
//! for (`absolute::MONTH_FIRST` and `absolute::DAY_FIRST`, kept as the
//! reference of the tests). A regex search cost about a microsecond a
//! date: most of it went to the engine, not to the few bytes read.
//!
//! Matching ignores case as `(?i)` does (simple case folding); a text
//! holding the one character whose folding lower-casing does not give,
//! the long s (`ſ`), is not read here (the callers run the regex).

use crate::lexicon::dates::LEXICON;

/// A capture: byte offsets of a group's match.
pub(super) type Group = Option<(usize, usize)>;

/// The captures of one match (offsets into the text read).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Groups {
    /// The month name (day first only).
    pub m: Group,
    pub d1: Group,
    pub o1: Group,
    pub d2: Group,
    pub o2: Group,
    pub y: Group,
    /// The end of the whole match.
    pub end: usize,
}

impl Groups {
    /// The groups of a regex's captures.
    pub(super) fn of(caps: &regex::Captures<'_>) -> Groups {
        let at = |name: &str| caps.name(name).map(|m| (m.start(), m.end()));
        Groups {
            m: at("m"),
            d1: at("d1"),
            o1: at("o1"),
            d2: at("d2"),
            o2: at("o2"),
            y: at("y"),
            end: caps.get(0).map_or(0, |m| m.end()),
        }
    }
}

/// The alternatives of the lexicon's ordinals, range words and link words,
/// in the order of the regexes' alternations (longest first, then by bytes).
struct Alternatives {
    ordinal: Vec<Vec<char>>,
    range: Vec<Vec<char>>,
    link: Vec<Vec<char>>,
}

static ALTERNATIVES: std::sync::LazyLock<Alternatives> = std::sync::LazyLock::new(|| {
    let chars = |words: &[String]| words.iter().map(|w| w.chars().collect()).collect();
    let lx = &*LEXICON;
    Alternatives { ordinal: chars(&lx.ordinal_words), range: chars(&lx.range_words), link: chars(&lx.link_words) }
});

/// Whether text character `t` matches pattern character `p` ignoring case
/// as `(?i)` does: the same, or the same once lower-cased (one character
/// each). The long s, which folds to `s` without lower-casing to it, is
/// kept out by the callers.
fn same_folded(t: char, p: char) -> bool {
    if t == p {
        return true;
    }
    // Two ASCII characters lower-case to one ASCII character each.
    if t.is_ascii() && p.is_ascii() {
        return t.eq_ignore_ascii_case(&p);
    }
    let mut tl = t.to_lowercase();
    let mut pl = p.to_lowercase();
    match (tl.next(), tl.next(), pl.next(), pl.next()) {
        (Some(a), None, Some(b), None) => a == b,
        _ => false,
    }
}

/// `\w` of the regexes: for an ASCII character its own test (regex-syntax
/// answers ASCII word characters at once but looks other ASCII characters,
/// the spaces and marks around dates, up in its Unicode table).
fn is_word_character(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        regex_syntax::is_word_character(c)
    }
}

/// Whether the text may be read here: it holds no long s.
pub(super) fn readable(s: &str) -> bool {
    !s.contains('\u{17f}')
}

/// A continuation: given where the pattern has got to, whether the rest
/// of the match succeeds.
type Next<'k> = &'k mut dyn FnMut(usize, &mut Groups) -> bool;

/// A reader of one text.
struct Reader<'s> {
    s: &'s str,
    alt: &'static Alternatives,
}

impl Reader<'_> {
    fn char_at(&self, i: usize) -> Option<char> {
        self.s.get(i..).and_then(|r| r.chars().next())
    }

    fn char_before(&self, i: usize) -> Option<char> {
        self.s.get(..i).and_then(|r| r.chars().next_back())
    }

    /// `\b`: a word character on one side only.
    fn boundary(&self, i: usize) -> bool {
        let word = |c: Option<char>| c.is_some_and(is_word_character);
        word(self.char_before(i)) != word(self.char_at(i))
    }

    /// `\s*` (`min` 0) or `\s+` (`min` 1), greedy.
    fn spaces(&self, i: usize, min: usize, g: &mut Groups, next: Next<'_>) -> bool {
        // Run to the end of the spaces, counting them, then try each end
        // from the longest back (stepping back over the same characters),
        // as long as at least `min` spaces remain.
        let mut j = i;
        let mut count = 0;
        while let Some(c) = self.char_at(j).filter(|c| c.is_whitespace()) {
            j += c.len_utf8();
            count += 1;
        }
        while count >= min {
            if next(j, g) {
                return true;
            }
            let Some(c) = self.char_before(j).filter(|_| count > 0) else { break };
            j -= c.len_utf8();
            count -= 1;
        }
        false
    }

    /// Where literal `p` ends when it matches at `i`, ignoring case.
    fn literal(&self, i: usize, p: &[char]) -> Option<usize> {
        let mut j = i;
        for &pc in p {
            let c = self.char_at(j).filter(|&c| same_folded(c, pc))?;
            j += c.len_utf8();
        }
        Some(j)
    }

    /// One of `alts`, in order.
    fn one_of(&self, i: usize, alts: &[Vec<char>], g: &mut Groups, next: Next<'_>) -> bool {
        alts.iter().any(|a| self.literal(i, a).is_some_and(|j| next(j, g)))
    }

    /// `(?:ALTS)?`, greedy.
    fn maybe_one_of(&self, i: usize, alts: &[Vec<char>], g: &mut Groups, next: Next<'_>) -> bool {
        self.one_of(i, alts, g, next) || next(i, g)
    }

    /// `(?:3[01]|[12][0-9]|0?[1-9])`.
    fn day(&self, i: usize, g: &mut Groups, next: Next<'_>) -> bool {
        let b = self.s.as_bytes();
        let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
        let two =
            |first: &[u8], second: std::ops::RangeInclusive<u8>| first.contains(&at(0)) && second.contains(&at(1));
        (two(b"3", b'0'..=b'1') && next(i + 2, g))
            || (two(b"12", b'0'..=b'9') && next(i + 2, g))
            || (two(b"0", b'1'..=b'9') && next(i + 2, g))
            || ((b'1'..=b'9').contains(&at(0)) && next(i + 1, g))
    }

    /// `[12][0-9]{3}`.
    fn year(&self, i: usize) -> Option<usize> {
        let b = self.s.as_bytes().get(i..i + 4)?;
        (matches!(b[0], b'1' | b'2') && b[1..].iter().all(u8::is_ascii_digit)).then_some(i + 4)
    }

    /// `(?P<NAME>…)` around `inner`: the group is set while the rest runs,
    /// and given up with it.
    fn group(
        i: usize,
        slot: fn(&mut Groups) -> &mut Group,
        g: &mut Groups,
        inner: &mut dyn FnMut(usize, &mut Groups, Next<'_>) -> bool,
        next: Next<'_>,
    ) -> bool {
        inner(i, g, &mut |j, g: &mut Groups| {
            let old = *slot(g);
            *slot(g) = Some((i, j));
            if next(j, g) {
                return true;
            }
            *slot(g) = old;
            false
        })
    }

    /// `(?P<d>DAY)(?P<o>(?:ORDINAL)?)` (`o` may be no group), then `rest`.
    fn day_and_ordinal(
        &self,
        i: usize,
        d: fn(&mut Groups) -> &mut Group,
        o: Option<fn(&mut Groups) -> &mut Group>,
        g: &mut Groups,
        rest: Next<'_>,
    ) -> bool {
        Self::group(i, d, g, &mut |i, g, k| self.day(i, g, k), &mut |j, g: &mut Groups| match o {
            Some(o) => Self::group(j, o, g, &mut |j, g, k| self.maybe_one_of(j, &self.alt.ordinal, g, k), rest),
            None => self.maybe_one_of(j, &self.alt.ordinal, g, rest),
        })
    }

    /// `(?:,?\s+(?:LINK\s+)?(?P<y>YEAR)\b)?`, then `next`.
    fn maybe_year(&self, i: usize, g: &mut Groups, next: Next<'_>) -> bool {
        let with_comma = self.char_at(i) == Some(',');
        let mut after_comma = |c: usize, g: &mut Groups| {
            self.spaces(c, 1, g, &mut |j, g: &mut Groups| {
                let mut year_here = |k: usize, g: &mut Groups| match self.year(k).filter(|&e| self.boundary(e)) {
                    Some(e) => {
                        let old = g.y;
                        g.y = Some((k, e));
                        next(e, g) || {
                            g.y = old;
                            false
                        }
                    }
                    None => false,
                };
                self.one_of(j, &self.alt.link, g, &mut |l, g: &mut Groups| self.spaces(l, 1, g, &mut year_here))
                    || year_here(j, g)
            })
        };
        (with_comma && after_comma(i + 1, g)) || after_comma(i, g) || next(i, g)
    }
}

/// What follows a month name that ends at `from` in `s`: the pattern
/// `\b\.?(?:\s+(?:the\s+)?(?P<d1>DAY)(?P<o1>(?:ORD)?)\b(?:\s*RANGE\s*
/// (?P<d2>DAY)(?P<o2>(?:ORD)?)\b)?)?(?:,?\s+(?:LINK\s+)?(?P<y>YEAR)\b)?`
/// searched there, case ignored; `None` when it does not match (no word
/// boundary at `from`).
pub(super) fn after_month(s: &str, from: usize) -> Option<Groups> {
    let r = Reader { s, alt: &ALTERNATIVES };
    if !r.boundary(from) {
        return None;
    }
    let mut found = None;
    let mut done = |end: usize, g: &mut Groups| {
        found = Some(Groups { end, ..*g });
        true
    };
    // `\.?`, then the optional day part, then the optional year.
    let mut tail = |i: usize, g: &mut Groups| {
        let mut days = |i: usize, g: &mut Groups| {
            r.spaces(i, 1, g, &mut |j, g: &mut Groups| {
                let mut first_day = |k: usize, g: &mut Groups| {
                    r.day_and_ordinal(k, |g| &mut g.d1, Some(|g| &mut g.o1), g, &mut |e, g: &mut Groups| {
                        r.boundary(e) && {
                            // `(?:\s*RANGE\s*(?P<d2>DAY)(?P<o2>…)\b)?`, then the year.
                            let mut second = |e: usize, g: &mut Groups| {
                                r.spaces(e, 0, g, &mut |a, g: &mut Groups| {
                                    r.one_of(a, &r.alt.range, g, &mut |b, g: &mut Groups| {
                                        r.spaces(b, 0, g, &mut |c, g: &mut Groups| {
                                            r.day_and_ordinal(c, |g| &mut g.d2, Some(|g| &mut g.o2), g, &mut |f, g| {
                                                r.boundary(f) && r.maybe_year(f, g, &mut done)
                                            })
                                        })
                                    })
                                })
                            };
                            second(e, g) || r.maybe_year(e, g, &mut done)
                        }
                    })
                };
                let the = ['t', 'h', 'e'];
                r.literal(j, &the).is_some_and(|t| r.spaces(t, 1, g, &mut first_day)) || first_day(j, g)
            })
        };
        days(i, g) || r.maybe_year(i, g, &mut done)
    };
    let mut g = Groups::default();
    let dot = s.get(from..).is_some_and(|t| t.starts_with('.'));
    let _ = (dot && tail(from + 1, &mut g)) || tail(from, &mut g);
    found
}

/// A day-first date at the start of `s`: the pattern
/// `^(?P<d1>DAY)(?P<o1>(?:ORD)?)(?:\s*RANGE\s*(?P<d2>DAY)(?:ORD)?)?\s+
/// (?:LINK\s+)?(?P<m>MONTH)\b\.?(?:,?\s+(?:LINK\s+)?(?P<y>YEAR)\b)?`, case
/// ignored; `None` when it does not match.
pub(super) fn day_first(s: &str) -> Option<Groups> {
    let r = Reader { s, alt: &ALTERNATIVES };
    let mut found = None;
    let mut done = |end: usize, g: &mut Groups| {
        found = Some(Groups { end, ..*g });
        true
    };
    // `\s+(?:LINK\s+)?(?P<m>MONTH)\b\.?`, then the optional year.
    let mut to_month = |i: usize, g: &mut Groups| {
        r.spaces(i, 1, g, &mut |j, g: &mut Groups| {
            let mut month = |k: usize, g: &mut Groups| {
                // A month name is letters, so a name followed by `\b` is
                // the whole run of word characters there.
                let end = s.get(k..).map_or(k, |t| k + t.find(|c: char| !is_word_character(c)).unwrap_or(t.len()));
                if end == k || LEXICON.month(s.get(k..end).unwrap_or("")).is_none() {
                    return false;
                }
                let old = g.m;
                g.m = Some((k, end));
                let dot = s.get(end..).is_some_and(|t| t.starts_with('.'));
                (dot && r.maybe_year(end + 1, g, &mut done)) || r.maybe_year(end, g, &mut done) || {
                    g.m = old;
                    false
                }
            };
            r.one_of(j, &r.alt.link, g, &mut |l, g: &mut Groups| r.spaces(l, 1, g, &mut month)) || month(j, g)
        })
    };
    let mut g = Groups::default();
    r.day_and_ordinal(0, |g| &mut g.d1, Some(|g| &mut g.o1), &mut g, &mut |e, g: &mut Groups| {
        // `(?:\s*RANGE\s*(?P<d2>DAY)(?:ORD)?)?`, then the month.
        let mut range = |e: usize, g: &mut Groups| {
            r.spaces(e, 0, g, &mut |a, g: &mut Groups| {
                r.one_of(a, &r.alt.range, g, &mut |b, g: &mut Groups| {
                    r.spaces(b, 0, g, &mut |c, g: &mut Groups| {
                        r.day_and_ordinal(c, |g| &mut g.d2, None, g, &mut to_month)
                    })
                })
            })
        };
        range(e, g) || to_month(e, g)
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the month-first regex reads after a name ending at `from`.
    fn after_month_by_regex(s: &str, from: usize) -> Option<Groups> {
        let re = super::super::absolute::AFTER_MONTH.as_ref()?;
        re.captures_at(s, from).filter(|c| c.get(0).is_some_and(|m| m.start() == from)).map(|c| Groups::of(&c))
    }

    fn day_first_by_regex(s: &str) -> Option<Groups> {
        super::super::absolute::DAY_FIRST.as_ref()?.captures(s).map(|c| Groups::of(&c))
    }

    #[test]
    fn word_characters_as_regex_syntax_reads_them() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_word_character(c), regex_syntax::is_word_character(c), "{c:?}");
        }
    }

    #[test]
    fn same_folded_as_lower_casing() {
        for t in (0..0x250).filter_map(char::from_u32).chain(['\u{212a}', '\u{17f}', '\u{130}']) {
            for p in ['k', 'K', 's', 'S', 'i', 'é', 'É', 'ä', '-', '1'] {
                let lower = |c: char| c.to_lowercase().collect::<String>();
                let one = |c: char| c.to_lowercase().count() == 1;
                let expected = t == p || (one(t) && one(p) && lower(t) == lower(p));
                assert_eq!(same_folded(t, p), expected, "{t:?} {p:?}");
            }
        }
    }

    #[test]
    fn reads_the_forms_of_the_regexes() {
        let g = after_month("May 23-25, 2024 was", 3).unwrap_or_default();
        assert_eq!((g.d1, g.d2, g.y, g.end), (Some((4, 6)), Some((7, 9)), Some((11, 15)), 15));
        assert_eq!(after_month("Mayor", 3), None);
        let g = day_first("20 de abril de 2018.").unwrap_or_default();
        assert_eq!((g.d1, g.m, g.y, g.end), (Some((0, 2)), Some((6, 11)), Some((15, 19)), 19));
        assert_eq!(day_first("12 organizations"), None);
        for (s, from) in [("April 20th, 2018", 5), ("Apr. 20", 3), ("abril de 2018", 5), ("May the 4th", 3)] {
            assert_eq!(after_month(s, from), after_month_by_regex(s, from), "{s}");
        }
        for s in ["1er mai 2019", "20. April 2018", "3 to 5 May", "26 February, 2024", "1st of May"] {
            assert_eq!(day_first(s), day_first_by_regex(s), "{s}");
            assert!(day_first(s).is_some(), "{s}");
        }
    }

    const WORDS: &[&str] = &[
        "1", "3", "4", "12", "20", "29", "30", "31", "32", "05", "0", "00", "2024", "1999", "3000", "20245", "st",
        "TH", "nd", "er", "e", "°", "º", ".", "the", "THE", "to", "-", "–", "through", "a", "al", "y", "bis", "and",
        "até", "ATÉ", "of", "de", "DEL", "May", "mai", "abril", "März", "MÄRZ", "août", "Mayor", "x", "_", "\u{301}",
        "\u{212a}",
    ];
    const SEPARATORS: &[&str] = &[" ", "", "  ", ",", ", ", ".", "\u{a0}", "\n", "-", " - "];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn after_a_month_reads_as_the_regex(
            name in prop::sample::select(vec!["May", "April", "Apr", "abril", "März", "septembre"]),
            rest in crate::test_text::words_and_separators(WORDS, SEPARATORS, 9),
        ) {
            let s = format!("{name}{rest}");
            prop_assert_eq!(after_month(&s, name.len()), after_month_by_regex(&s, name.len()), "{:?}", s);
        }

        #[test]
        fn day_first_reads_as_the_regex(
            day in prop::sample::select(vec!["1", "3", "12", "20", "31", "05", "0", "32", "x"]),
            rest in crate::test_text::words_and_separators(WORDS, SEPARATORS, 9),
        ) {
            let s = format!("{day}{rest}");
            prop_assert_eq!(day_first(&s), day_first_by_regex(&s), "{:?}", s);
        }
    }
}
