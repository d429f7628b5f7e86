//! Month and weekday names in several languages (`date_words.txt`), shared
//! by the dateline and title finders to recognise dates and date lines.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::table;

static DATE_WORDS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| table(include_str!("../../lexicon/data/date_words.txt")));

/// The kind of a month or weekday word (`"month"`, `"weekday"`), ignoring
/// case and a trailing full stop or comma ("Apr.", "Monday,").
pub(crate) fn date_word_kind(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches(['.', ',']);
    if w.is_empty() || w.len() > 12 {
        return None;
    }
    DATE_WORDS.get(&w.to_lowercase()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(date_word_kind("Apr."), Some("month"));
        assert_eq!(date_word_kind("lundi"), Some("weekday"));
        assert_eq!(date_word_kind("Juni"), Some("month"));
        assert_eq!(date_word_kind("Geneva"), None);
        assert_eq!(date_word_kind(""), None);
    }
}
