//! The date lexicon: month and weekday names, relative-date words, seasons
//! and the small word lists that decide whether a number is a year, read
//! from one data file per language in `src/lexicon/data/dates/`.
//!
//! Adding a language means adding a file and one line to [`FILES`]. Every
//! line is `kind<TAB>phrase[<TAB>value[<TAB>flag]]`; `en.txt` documents the
//! kinds.

use std::collections::HashSet;
use std::sync::LazyLock;

#[cfg(any(doc, test))]
use crate::lexicon::hits::LexiconHits;
use crate::lexicon::{entries, FxMap, FxSet};

/// The data files, one per language.
const FILES: &[&str] = &[
    include_str!("data/dates/en.txt"),
    include_str!("data/dates/fr.txt"),
    include_str!("data/dates/es.txt"),
    include_str!("data/dates/pt.txt"),
    include_str!("data/dates/de.txt"),
    include_str!("data/dates/ko.txt"),
    include_str!("data/dates/ja.txt"),
];

/// A month name.
#[allow(clippy::struct_excessive_bools)] // four independent facts read from the data files
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthName {
    /// 1 to 12.
    pub number: u8,
    /// An abbreviation ("Apr"): only a date with a day or a year.
    pub abbr: bool,
    /// Every language listing it writes months with a capital letter
    /// (English): the lower-case word ("may", "march") is not a month.
    pub needs_capital: bool,
    /// Some language listing it writes months with a capital letter: a
    /// capitalised name of the other languages ("Mars 2020") needs a day.
    pub capital_lang: bool,
    /// A full name that may stand alone ("since its launch in March").
    pub may_stand_alone: bool,
}

/// What a relative-date phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelUnit {
    /// Days from the anchor ("yesterday" = -1).
    Day(i32),
    /// A week-level expression: no ISO value.
    Week,
    /// Months from the anchor.
    Month(i32),
    /// Years from the anchor ("this year" = 0).
    Year(i32),
    /// A period that no ISO partial expresses ("the past decade").
    Null,
}

/// The kind of a date phrase found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
    /// A month name.
    Month(MonthName),
    /// A weekday, 1 = Monday.
    Weekday(u8),
    /// A relative-date phrase.
    Relative(RelUnit),
    /// A season name.
    Season,
    /// "ago".
    Ago,
}

/// A phrase found in a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub word: Word,
}

/// Everything read from the data files.
pub(crate) struct Lexicon {
    /// The date phrases searched for in texts (each spelling), and the kind
    /// of each.
    patterns: Vec<String>,
    words: Vec<Word>,
    /// Month names, lower-case.
    pub months: FxMap<String, MonthName>,
    /// Weekday names, lower-case.
    pub weekdays: FxMap<String, u8>,
    /// Number words ("two" → 2).
    pub numbers: FxMap<String, u32>,
    /// "years" → year.
    pub units: FxMap<String, &'static str>,
    /// Words after which a four-digit number is a year; the flag says the
    /// word is strong evidence ("in", "since").
    pub year_prefix: FxMap<String, bool>,
    /// Labels after which a number is an identifier ("No.", "H.R.").
    pub not_year_prefix: FxSet<String>,
    /// Words after which a lone month name is a date ("in March").
    pub month_prefix: FxSet<String>,
    /// Words after which a lone weekday is a date ("on Monday").
    pub weekday_prefix: FxSet<String>,
    /// Nouns after "today's" that make it generic ("today's world").
    pub figurative: FxSet<String>,
    /// Nouns after "tomorrow's" that make it a day ("tomorrow's vote").
    pub events: FxSet<String>,
    /// Street words of postal addresses.
    pub street: FxSet<String>,
    /// Nouns that make a number a count even after a year word ("the 2000 people").
    pub count_nouns: FxSet<String>,
    /// Words that join the endpoints of a range ("to", "–").
    pub range: FxSet<String>,
    /// Day ordinals, range words and link words, in the order of their
    /// regex alternations ([`longest_first`]), for the readers that stand
    /// for the regexes.
    pub ordinal_words: Vec<String>,
    pub range_words: Vec<String>,
    pub link_words: Vec<String>,
    /// Regex alternations (escaped, longest first).
    pub alt_months: String,
    pub alt_seasons: String,
    pub alt_range: String,
    pub alt_link: String,
    pub alt_ordinal: String,
    pub alt_numbers: String,
    pub alt_units: String,
    pub marker_year: String,
    pub marker_month: String,
    pub marker_day: String,
}

/// The lexicon, read once.
pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// The order of a regex alternation of `words`: longest first, then by
/// bytes (a regex tries alternatives in this order).
fn longest_first(words: &HashSet<String>) -> Vec<String> {
    let mut v: Vec<String> = words.iter().cloned().collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    v
}

fn alternation(words: &HashSet<String>) -> String {
    let parts: Vec<String> = longest_first(words).iter().map(|w| regex::escape(w)).collect();
    if parts.is_empty() {
        "(?:[^\\s\\S])".to_owned()
    } else {
        format!("(?:{})", parts.join("|"))
    }
}

/// The spellings the automaton must know: the word itself when ASCII (the
/// automaton folds ASCII case), else as written, lower-case, capitalised
/// and upper-case.
fn variants(s: &str) -> Vec<String> {
    if s.is_ascii() {
        return vec![s.to_lowercase()];
    }
    let lower = s.to_lowercase();
    let upper = s.to_uppercase();
    let mut cap = String::new();
    let mut chars = lower.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
        cap.push_str(chars.as_str());
    }
    let mut v = vec![s.to_owned(), lower, cap, upper];
    v.sort();
    v.dedup();
    v
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut lx = Lexicon {
            patterns: Vec::new(),
            words: Vec::new(),
            months: FxMap::default(),
            weekdays: FxMap::default(),
            numbers: FxMap::default(),
            units: FxMap::default(),
            year_prefix: FxMap::default(),
            not_year_prefix: FxSet::default(),
            month_prefix: FxSet::default(),
            weekday_prefix: FxSet::default(),
            figurative: FxSet::default(),
            events: FxSet::default(),
            street: FxSet::default(),
            range: FxSet::default(),
            count_nouns: FxSet::default(),
            ordinal_words: Vec::new(),
            range_words: Vec::new(),
            link_words: Vec::new(),
            alt_months: String::new(),
            alt_seasons: String::new(),
            alt_range: String::new(),
            alt_link: String::new(),
            alt_ordinal: String::new(),
            alt_numbers: String::new(),
            alt_units: String::new(),
            marker_year: String::new(),
            marker_month: String::new(),
            marker_day: String::new(),
        };
        let mut patterns: Vec<(String, Word)> = Vec::new();
        let (mut seasons, mut range, mut link, mut ordinal) =
            (HashSet::new(), HashSet::new(), HashSet::new(), HashSet::new());
        let (mut my, mut mm, mut md) = (HashSet::new(), HashSet::new(), HashSet::new());
        for data in FILES {
            let capitalized = entries(data).any(|l| l == "option\tcapitalized_months");
            let standalone = entries(data).any(|l| l == "option\tstandalone_months");
            for line in entries(data) {
                let f: Vec<&str> = line.split('\t').map(str::trim).filter(|s| !s.is_empty()).collect();
                let (Some(&kind), Some(&phrase)) = (f.first(), f.get(1)) else { continue };
                let value = f.get(2).copied().unwrap_or("");
                let flag = f.get(3).copied().unwrap_or("");
                let lower = phrase.to_lowercase();
                match kind {
                    "month" => {
                        let Ok(number) = value.parse::<u8>() else { continue };
                        let abbr = flag == "abbr";
                        let e = lx.months.entry(lower).or_insert(MonthName {
                            number,
                            abbr,
                            needs_capital: capitalized,
                            capital_lang: capitalized,
                            may_stand_alone: false,
                        });
                        e.abbr &= abbr;
                        e.needs_capital &= capitalized;
                        e.capital_lang |= capitalized;
                        e.may_stand_alone |= standalone && !abbr;
                    }
                    "weekday" => {
                        if let Ok(n) = value.parse::<u8>() {
                            lx.weekdays.insert(lower, n);
                        }
                    }
                    "relative" => {
                        let n: i32 = f.get(3).and_then(|v| v.parse().ok()).unwrap_or(0);
                        let unit = match value {
                            "day" => RelUnit::Day(n),
                            "week" => RelUnit::Week,
                            "month" => RelUnit::Month(n),
                            "year" => RelUnit::Year(n),
                            _ => RelUnit::Null,
                        };
                        for v in variants(phrase) {
                            patterns.push((v, Word::Relative(unit)));
                        }
                    }
                    "season" => {
                        seasons.insert(lower.clone());
                        for v in variants(phrase) {
                            patterns.push((v, Word::Season));
                        }
                    }
                    "ago" => patterns.push((lower, Word::Ago)),
                    "number" => {
                        if let Ok(n) = value.parse() {
                            lx.numbers.insert(lower, n);
                        }
                    }
                    "unit" => {
                        let unit = match value {
                            "day" => "day",
                            "week" => "week",
                            "month" => "month",
                            "year" => "year",
                            _ => "decade",
                        };
                        lx.units.insert(lower, unit);
                    }
                    "year_prefix" => {
                        lx.year_prefix.insert(lower, value == "strong");
                    }
                    "not_year_prefix" => {
                        lx.not_year_prefix.insert(lower);
                    }
                    "month_prefix" => {
                        lx.month_prefix.insert(lower);
                    }
                    "weekday_prefix" => {
                        lx.weekday_prefix.insert(lower);
                    }
                    "range" => {
                        range.insert(lower);
                    }
                    "link" => {
                        link.insert(lower);
                    }
                    "ordinal" => {
                        ordinal.insert(lower);
                    }
                    "figurative" => {
                        lx.figurative.insert(lower);
                    }
                    "event" => {
                        lx.events.insert(lower);
                    }
                    "count_noun" => {
                        lx.count_nouns.insert(lower);
                    }
                    "street" => {
                        lx.street.insert(lower);
                    }
                    "marker" => {
                        let set = match phrase {
                            "year" => &mut my,
                            "month" => &mut mm,
                            _ => &mut md,
                        };
                        set.insert(value.to_owned());
                    }
                    _ => {}
                }
            }
        }
        let months: HashSet<String> = lx.months.keys().cloned().collect();
        for (name, m) in &lx.months {
            for v in variants(name) {
                patterns.push((v, Word::Month(*m)));
            }
        }
        for (name, n) in &lx.weekdays {
            for v in variants(name) {
                patterns.push((v, Word::Weekday(*n)));
            }
        }
        // Duplicates keep the first kind.
        let mut seen = HashSet::new();
        patterns.retain(|(p, _)| seen.insert(p.clone()));
        let (pats, words): (Vec<String>, Vec<Word>) = patterns.into_iter().unzip();
        lx.patterns = pats;
        lx.words = words;
        let numbers: HashSet<String> = lx.numbers.keys().cloned().collect();
        let units: HashSet<String> = lx.units.keys().cloned().collect();
        lx.alt_months = alternation(&months);
        lx.alt_seasons = alternation(&seasons);
        lx.alt_range = alternation(&range);
        lx.alt_link = alternation(&link);
        (lx.ordinal_words, lx.range_words, lx.link_words) =
            (longest_first(&ordinal), longest_first(&range), longest_first(&link));
        lx.alt_ordinal = alternation(&ordinal);
        lx.alt_numbers = alternation(&numbers);
        lx.alt_units = alternation(&units);
        lx.marker_year = alternation(&my);
        lx.marker_month = alternation(&mm);
        lx.marker_day = alternation(&md);
        lx.range = range.into_iter().collect();
        lx
    }

    /// The phrases searched for in texts (ASCII case ignored), each with its
    /// kind: [`LexiconHits::date_phrases`] finds them.
    pub(crate) fn phrases(&self) -> impl Iterator<Item = (&str, Word)> {
        self.patterns.iter().map(String::as_str).zip(self.words.iter().copied())
    }

    /// True when `word` joins range endpoints ("to", "-", "and").
    pub fn alt_range_has(&self, word: &str) -> bool {
        self.range.contains(&word.to_lowercase())
    }

    /// The month named by `word` (any case).
    pub fn month(&self, word: &str) -> Option<MonthName> {
        super::with_lowercase(word, |w| self.months.get(w).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_language() {
        let lx = &*LEXICON;
        assert_eq!(lx.month("April").map(|m| m.number), Some(4));
        assert_eq!(lx.month("août").map(|m| m.number), Some(8));
        assert_eq!(lx.month("diciembre").map(|m| m.number), Some(12));
        assert_eq!(lx.month("März").map(|m| m.number), Some(3));
        assert_eq!(lx.month("outubro").map(|m| m.number), Some(10));
        assert!(lx.month("May").is_some_and(|m| m.needs_capital && m.may_stand_alone));
        assert!(lx.month("Apr").is_some_and(|m| m.abbr));
        assert!(lx.marker_year.contains('년'));
        assert!(lx.year_prefix.get("in").copied().unwrap_or(false));
    }

    #[test]
    fn finds_words_on_boundaries() {
        let text = "On Monday, FÉVRIER and today’s mayday; today";
        let hits = LexiconHits::find(text, &[]);
        let kinds: Vec<_> =
            hits.date_phrases(text, crate::span::Span::new(0, text.len())).map(|f| &text[f.start..f.end]).collect();
        assert_eq!(kinds, ["Monday", "FÉVRIER", "today", "today"]);
    }
}
