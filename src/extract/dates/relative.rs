//! Relative dates: the phrases of the lexicon ("today", "yesterday", "this
//! week", "this year", "cette année"), weekdays after "on"/"last"/"next"
//! ("on Monday"), and "two years ago". Figurative uses of today and
//! tomorrow ("today's world", "leaders of tomorrow", "tomorrow's
//! challenges") are not dates.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::{next_word, possessive, prev_word};
use super::{Raw, What};
use crate::document::Grain;
use crate::lexicon::dates::{RelUnit, LEXICON};
use crate::lexicon::hits::LexiconHits;

/// "two years", "3 months", "a year" just before "ago".
static AGO: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let lx = &*LEXICON;
    Regex::new(&format!(
        r"(?i)(?:^|[^\p{{L}}\p{{N}}])(?P<n>{}|[0-9]{{1,3}})[\s-]+(?P<u>{})\s+$",
        lx.alt_numbers, lx.alt_units
    ))
    .ok()
});

fn grain_of(unit: RelUnit) -> Option<Grain> {
    match unit {
        RelUnit::Day(_) => Some(Grain::Day),
        RelUnit::Month(_) => Some(Grain::Month),
        RelUnit::Year(_) => Some(Grain::Year),
        RelUnit::Week | RelUnit::Null => None,
    }
}

fn relative_raw(start: usize, end: usize, what: What, grain: Option<Grain>) -> Raw {
    Raw { start, end, year: None, month: None, day: None, grain, what, order: None }
}

/// A relative phrase found by the lexicon at `pos..end`.
pub(crate) fn phrase(s: &str, pos: usize, end: usize, unit: RelUnit, out: &mut Vec<Raw>) -> Option<usize> {
    let mut end = end;
    if let RelUnit::Day(_) = unit {
        // "leaders of tomorrow", "the world of today".
        if prev_word(s, pos).is_some_and(|(p, _)| p == "of") {
            return None;
        }
        if let Some(len) = possessive(s, end) {
            let noun = next_word(s, end + len).to_lowercase();
            // "today's world", "today's most powerful": generic unless an
            // event follows ("Today's statement", "tomorrow's vote").
            if !LEXICON.events.contains(&noun) {
                return None;
            }
            end += len;
        }
    }
    out.push(relative_raw(pos, end, What::Relative(unit), grain_of(unit)));
    Some(end)
}

/// A weekday that stands alone: "on Monday", "last Friday", "Sunday’s briefing".
pub(crate) fn weekday(s: &str, pos: usize, end: usize, day: u8, covered: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let pw = prev_word(s, pos);
    let p = pw.as_ref().map_or("", |(w, _)| &**w);
    let poss = possessive(s, end);
    if !(LEXICON.weekday_prefix.contains(p) || poss.is_some()) {
        return None;
    }
    let (start, dir) = match (p, pw.as_ref()) {
        ("last", Some((_, st))) if *st >= covered => (*st, -1),
        ("next", Some((_, st))) if *st >= covered => (*st, 1),
        ("this", Some((_, st))) if *st >= covered => (*st, 0),
        _ => (pos, 0),
    };
    let end = end + poss.unwrap_or(0);
    out.push(relative_raw(start, end, What::Weekday { day, dir }, Some(Grain::Day)));
    Some(end)
}

/// "two years ago": the lexicon found "ago" at `pos..end`.
pub(crate) fn ago(s: &str, pos: usize, end: usize, covered: usize, out: &mut Vec<Raw>) -> Option<usize> {
    let from = {
        let mut f = pos.saturating_sub(40).max(covered);
        while f < pos && !s.is_char_boundary(f) {
            f += 1;
        }
        f
    };
    let head = s.get(from..pos)?;
    let caps = AGO.as_ref()?.captures(head)?;
    let n_text = caps.name("n")?;
    let n: u32 =
        n_text.as_str().parse().ok().or_else(|| LEXICON.numbers.get(&n_text.as_str().to_lowercase()).copied())?;
    let unit = *LEXICON.units.get(&caps.name("u")?.as_str().to_lowercase())?;
    let start = from + n_text.start();
    // "a decade ago" has no ISO value.
    let grain = match unit {
        "day" => Some(Grain::Day),
        "month" => Some(Grain::Month),
        "year" => Some(Grain::Year),
        _ => None,
    };
    // "a year ago in May": one expression.
    let rest = s.get(end..).unwrap_or("");
    let t = rest.trim_start();
    if unit == "year" && rest.len() > t.len() && t.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in ")) {
        let at = end + (rest.len() - t.len()) + 3;
        let month = LexiconHits::date_phrase_at_start(s.get(at..).unwrap_or(""));
        if let Some(crate::lexicon::dates::Found { end: m_end, word: crate::lexicon::dates::Word::Month(m), .. }) =
            month
        {
            if m.may_stand_alone && s.get(at..).and_then(|x| x.chars().next()).is_some_and(char::is_uppercase) {
                let mut r = relative_raw(start, at + m_end, What::Ago { n, unit }, Some(Grain::Month));
                r.month = Some(m.number);
                out.push(r);
                return Some(at + m_end);
            }
        }
    }
    out.push(relative_raw(start, end, What::Ago { n, unit }, grain));
    Some(end)
}

#[cfg(test)]
mod tests {
    use crate::span::Span;

    fn read(s: &str) -> Vec<String> {
        let mut out = Vec::new();
        super::super::scan::scan(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|r| s[r.start..r.end].to_owned()).collect()
    }

    #[test]
    fn relative_phrases() {
        assert_eq!(read("Today’s statement was signed today."), ["Today’s", "today"]);
        assert_eq!(read("He left yesterday and returns tomorrow."), ["yesterday", "tomorrow"]);
        assert_eq!(read("talks this week, this year and this afternoon"), ["this week", "this year", "this afternoon"]);
        assert_eq!(read("It began two years ago."), ["two years ago"]);
        assert_eq!(read("The vote on Monday; last Friday’s hearing"), ["Monday", "last Friday’s"]);
        assert_eq!(read("in the next year"), ["the next year"]);
    }

    #[test]
    fn figurative_today_is_not_a_date() {
        assert!(read("in today's world").is_empty());
        assert!(read("the leaders of tomorrow").is_empty());
        assert!(read("tomorrow’s challenges").is_empty());
        assert!(read("today’s most powerful actives").is_empty());
        assert!(read("Monday through Friday").is_empty());
    }
}
