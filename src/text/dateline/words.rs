//! Month and weekday names in every supported language, read from the date
//! lexicon (`lexicon/data/dates/*.txt`, one file per language), for the
//! dateline and title finders to recognise dates and date lines.

use crate::lexicon::dates::LEXICON;

/// The kind of a month or weekday word (`"month"`, `"weekday"`), ignoring
/// case and a trailing full stop or comma ("Apr.", "Monday,").
pub(crate) fn date_word_kind(word: &str) -> Option<&'static str> {
    let w = word.trim_end_matches(['.', ',']);
    if w.is_empty() || w.len() > 12 {
        return None;
    }
    crate::lexicon::with_lowercase(w, |w| {
        if LEXICON.months.contains_key(w) {
            Some("month")
        } else if LEXICON.weekdays.contains_key(w) {
            Some("weekday")
        } else {
            None
        }
    })
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
