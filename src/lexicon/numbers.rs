//! Number words of the languages counts are read in ("fifty-two", "two
//! hundred", "a dozen", "deux cents"): `number_words_*.txt`, one
//! `word<TAB>value` line each; "xN" values multiply.

use std::sync::LazyLock;

use super::{pairs, FxMap};

/// One entry of a number-word table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// Adds to the number ("fifty", "two").
    Add(u64),
    /// Multiplies what came before, or 1 ("hundred", "dozen", "million").
    Mul(u64),
}

/// Read `word<TAB>value` lines into `into` (lower-cased keys; the first
/// value of a word wins; lines whose value is no number are skipped).
fn parse_table(data: &'static str, into: &mut FxMap<String, Part>) {
    for (k, v) in pairs(data) {
        let part = match v.strip_prefix('x') {
            Some(m) => m.parse().ok().map(Part::Mul),
            None => v.parse().ok().map(Part::Add),
        };
        if let Some(p) = part {
            into.entry(k.to_lowercase()).or_insert(p);
        }
    }
}

/// The English number words, lower-case.
pub(crate) static ENGLISH: LazyLock<FxMap<String, Part>> = LazyLock::new(|| {
    let mut m = FxMap::default();
    parse_table(include_str!("data/number_words_en.txt"), &mut m);
    m
});

/// The number words of the other languages (French, Spanish, German,
/// Portuguese), lower-case; a word of several keeps its first value.
pub(crate) static OTHER: LazyLock<FxMap<String, Part>> = LazyLock::new(|| {
    let mut m = FxMap::default();
    for data in [
        include_str!("data/number_words_fr.txt"),
        include_str!("data/number_words_es.txt"),
        include_str!("data/number_words_de.txt"),
        include_str!("data/number_words_pt.txt"),
    ] {
        parse_table(data, &mut m);
    }
    m
});
