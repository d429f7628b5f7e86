//! Sentence-final attributions: "CLAUSE, said X, ROLE.", "CLAUSE,
//! announced X of Y and U.S. Attorney Z for W.", "CLAUSE, X said (today).",
//! "CLAUSE, according to X." The reported clause is what comes before the
//! comma; the attribution itself is never part of a quote's text.

use super::cues::{self, Cue, CueScan};
use super::names::{self, Mention, MentionKind};
use crate::lexicon::with_lowercase;
use crate::span::Span;
use crate::text::trim_span;

/// A sentence-final attribution.
#[derive(Debug, Clone)]
pub(super) struct Final {
    /// Byte offset of the comma that ends the reported clause.
    pub comma: usize,
    /// The speech cue of the attribution.
    pub cue: Cue,
    /// The speakers named, the first one speaking ("announced X and Y").
    pub speakers: Vec<Mention>,
}

use super::{at_least_words, at_most_words};

/// First words of a comma part that continue the quote after an
/// interrupting attribution ("…, said U.S. Attorney Leonardo, we will …").
const CONTINUATIONS: &[&str] = &[
    "we", "i", "they", "it", "he", "she", "you", "this", "that", "but", "so", "because", "if", "although", "though",
    "yet", "while", "when", "as", "there", "our", "not", "nor", "or", "then", "which",
];

/// The sentence-final attribution of sentence `s`, if it ends with one;
/// `all` are the cues of `s` (`scan.find(s, masks)`, which the
/// caller has already computed).
pub(super) fn find(scan: &CueScan<'_>, text: &str, s: Span, masks: &[Span], all: &[Cue]) -> Option<Final> {
    let mut c = *all.iter().rev().find(|c| c.reports || c.prep)?;
    let mut s = s;
    // "CLAUSE, she said, noting that CLAUSE": the attribution before the
    // participle ends the first clause.
    if participle(text, c) {
        let lead = text.get(s.start..c.span.start)?.trim_end();
        let comma = lead.strip_suffix(',')?;
        s = Span::new(s.start, s.start + comma.len());
        c = *all.iter().rev().find(|p| p.span.end <= s.end && (p.reports || p.prep))?;
    }
    if cues::passive(text, c.span) {
        return None;
    }
    let lead = text.get(s.start..c.span.start)?.trim_end();
    if let Some(before) = lead.strip_suffix(',') {
        // ", said X, ROLE." / ", announced X and Y." / ", according to X."
        if !at_least_words(before, 4) {
            return None;
        }
        let speakers = announcers(text, Span::new(c.span.end, s.end))?;
        // "CLAUSE, according to complaints unsealed …, announced X.": the
        // inner attribution is not reported either.
        let mut comma = s.start + before.len();
        let inner = Span::new(s.start, comma);
        if let Some(p) = scan.find(inner, masks).iter().rev().find(|p| p.prep) {
            let before = text.get(s.start..p.span.start).unwrap_or("").trim_end();
            let after = text.get(p.span.end..comma).unwrap_or(",");
            if before.ends_with(',') && !after.contains(',') && at_least_words(before, 4) {
                comma = s.start + before.len() - 1;
            }
        }
        return Some(Final { comma, cue: c, speakers });
    }
    if c.prep {
        return None;
    }
    // ", X said (today)." / ", X and Y announced."
    let tail = text.get(c.span.end..s.end)?;
    if !at_most_words(tail, 10) || tail.contains(',') || !adjunct(tail) {
        return None;
    }
    let comma = lead.rfind(',')?;
    let seg = Span::new(s.start + comma + 1, c.span.start);
    if !at_least_words(text.get(s.start..s.start + comma)?, 4) {
        return None;
    }
    // "…, Acting Assistant Attorney General X of Y and U.S. Attorney Z
    // announced.": titled people named forward.
    // (Read once: the last step below reads the same announcers again.)
    let named = announcers(text, seg);
    let titled = |v: &Vec<Mention>| v.iter().all(|m| m.kind == MentionKind::Person && m.role.is_some());
    if named.as_ref().is_some_and(titled) {
        return Some(Final { comma: s.start + comma, cue: c, speakers: named? });
    }
    if let Some(m) = names::before_cue(text, Span::new(s.start, c.span.start)).filter(|m| m.span.start >= seg.start) {
        if !text.get(seg.start..m.span.start)?.contains(',') {
            return Some(Final { comma: s.start + comma, cue: c, speakers: vec![m] });
        }
    }
    let speakers = named.filter(|v| v.iter().all(|m| m.kind == MentionKind::Person))?;
    Some(Final { comma: s.start + comma, cue: c, speakers })
}

/// True when `c` is a participle cue after a comma ("…, noting that").
pub(super) fn participle(text: &str, c: Cue) -> bool {
    let lead = text.get(..c.span.start).unwrap_or("").trim_end();
    !c.prep && text.get(c.span.start..c.span.end).is_some_and(|w| w.ends_with("ing")) && lead.ends_with(',')
}

/// True when the text after a final cue is empty or an adjunct.
fn adjunct(tail: &str) -> bool {
    let first = tail.split_whitespace().next().unwrap_or("").trim_end_matches(['.', '!', '?']);
    with_lowercase(first, |first| first.is_empty() || super::lexicon::is_cue_adjunct(first))
}

/// The speakers named in `span`, an attribution that runs to the end of
/// the sentence: pieces split at semicolons and at "and" before another
/// titled person. `None` when the first piece names nobody or a comma
/// part reads as the quote going on ("…, said X, we will …").
pub(super) fn announcers(text: &str, span: Span) -> Option<Vec<Mention>> {
    let span = trim_span(text, span);
    let s = span.slice(text)?;
    let body = s.trim_end_matches(['.', ' ', '!', '?']);
    for part in body.split([',', ';']).skip(1) {
        let t = part.trim_start();
        let t = t.strip_prefix("and ").unwrap_or(t).trim_start();
        if super::lower_in(t.split_whitespace().next().unwrap_or(""), CONTINUATIONS) {
            return None;
        }
    }
    let mut pieces: Vec<Span> = Vec::new();
    let mut from = 0;
    // Bounded: a list of announcers is short; a huge sentence stays linear.
    for (i, _) in body.match_indices(';').take(16) {
        pieces.push(Span::new(span.start + from, span.start + i));
        from = i + 1;
    }
    pieces.push(Span::new(span.start + from, span.start + body.len()));
    let mut out: Vec<Mention> = Vec::new();
    for (k, p) in pieces.into_iter().enumerate() {
        let p = trim_span(text, p);
        let ps = p.slice(text)?;
        let ps_and = ps.strip_prefix("and ").map_or(0, |r| ps.len() - r.len());
        let p = Span::new(p.start + ps_and, p.end);
        // "X of the Tax Division and U.S. Attorney Y for …": cut at an
        // "and" that begins another titled person.
        let ps = p.slice(text)?;
        let mut cut = p.end;
        let mut second = None;
        for (i, _) in ps.match_indices(" and ").take(4) {
            let rest = Span::new(p.start + i + 5, p.end);
            // (Only a person is wanted here: the screen skips reading the
            // rest when it cannot name one.)
            if !names::after_cue_may_name_person(text, rest) {
                continue;
            }
            if let Some(m) = names::after_cue(text, rest) {
                if m.kind == MentionKind::Person && m.role.is_some() && m.name.split_whitespace().count() >= 2 {
                    cut = p.start + i;
                    second = Some(m);
                    break;
                }
            }
        }
        match names::after_cue(text, Span::new(p.start, cut)) {
            Some(m) if k == 0 && only_name(text, &m, cut) => out.push(m),
            Some(m) if k > 0 && !matches!(m.kind, MentionKind::Pronoun(_)) => out.push(m),
            _ if k == 0 => return None,
            _ => {}
        }
        out.extend(second);
    }
    (!out.is_empty()).then_some(out)
}

/// True when the attribution piece ending at `end` holds only the name
/// of `m`, its appositions and prepositional organisation ("X of the Tax
/// Division, head of …"), not a clause ("she expects the study to …").
fn only_name(text: &str, m: &Mention, end: usize) -> bool {
    let rest = text.get(m.span.end..end).unwrap_or("");
    let first = rest.split([',', ';']).next().unwrap_or("").trim();
    first.is_empty()
        || with_lowercase(first.split_whitespace().next().unwrap_or(""), |w| {
            ["of", "for", "from", "at", "with", "in", "and", "on"].contains(&w)
                || w.starts_with('(')
                || NAME_TAILS.contains(&w.trim_end_matches('.'))
        })
}

/// Words that may end a written name after the part read as the name.
const NAME_TAILS: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

#[cfg(test)]
mod tests {
    use super::*;

    /// `super::find` with the cues it is given computed here.
    fn find(text: &str, s: Span, masks: &[Span]) -> Option<Final> {
        super::find(&CueScan::new(text), text, s, masks, &cues::find(text, s, masks))
    }

    fn names_of(t: &str) -> Option<(String, Vec<String>)> {
        let f = find(t, Span::new(0, t.len()), &[])?;
        Some((t[..f.comma].to_owned(), f.speakers.into_iter().map(|m| m.name).collect()))
    }

    #[test]
    fn said_name_role() {
        let t = "Over the years, countless law enforcement officials and community members have requested additional information about the Civil Rights Divisions policing work, said Principal Deputy Assistant Attorney General Vanita Gupta, head of the Civil Rights Division.";
        let (clause, who) = names_of(t).unwrap_or_default();
        assert!(clause.ends_with("policing work"));
        assert_eq!(who, ["Vanita Gupta"]);
    }

    #[test]
    fn two_announcers() {
        let t = "A Harvey, Illinois, man was sentenced to 63 months in prison today for his role in a stolen identity refund fraud scheme, announced Principal Deputy Assistant Attorney General Richard E. Zuckerman of the Justice Departments Tax Division and U.S. Attorney John R. Lausch Jr. for the Northern District of Illinois.";
        let f = find(t, Span::new(0, t.len()), &[]);
        let f = f.as_ref();
        let who: Vec<&str> = f.map(|f| f.speakers.iter().map(|m| m.name.as_str()).collect()).unwrap_or_default();
        assert_eq!(who, ["Richard E. Zuckerman", "John R. Lausch Jr."]);
        let org = f.and_then(|f| f.speakers[0].org.clone());
        assert_eq!(org.as_deref(), Some("Justice Departments Tax Division"));
    }

    #[test]
    fn semicolon_list() {
        let t = "A patient recruiter for a Miami health care company was sentenced today to serve 37 months in prison for his participation in a $20 million Medicare fraud scheme, announced Acting Assistant Attorney General Mythili Raman of the Justice Departments Criminal Division; U.S. Attorney Wifredo A. Ferrer of the Southern District of Florida; Michael B. Steinbach, Special Agent in Charge of the FBIs Miami Field Office; and Special Agent in Charge Christopher B. Dennis of the U.S. Department of Health and Human Services Office of Inspector General (HHS-OIG), Office of Investigations Miami Office.";
        let f = find(t, Span::new(0, t.len()), &[]);
        let first = f.as_ref().map(|f| (f.speakers[0].name.clone(), f.speakers[0].org.clone()));
        assert_eq!(first, Some(("Mythili Raman".to_owned(), Some("Justice Departments Criminal Division".to_owned()))));
        assert!(f.is_some_and(|f| f.speakers.len() >= 3));
    }

    #[test]
    fn announced_at_the_end() {
        let t = "Three El Paso, Texas, tax return preparers were convicted by a jury yesterday of conspiracy to defraud the United States, Acting Assistant Attorney General Caroline D. Ciraolo of the Justice Departments Tax Division and U. S. Attorney Richard L. Durbin Jr. for the Western District of Texas announced.";
        let (clause, who) = names_of(t).unwrap_or_default();
        assert!(clause.ends_with("defraud the United States"));
        assert_eq!(who.first().map(String::as_str), Some("Caroline D. Ciraolo"));
    }

    #[test]
    fn inner_according_to() {
        let t = "Twelve individuals were charged with allegedly executing a scheme to defraud customers through conduct known as ATM skimming, according to complaints that were unsealed following the arrest of the majority of the defendants, announced Assistant Attorney General Leslie R. Caldwell of the Justice Departments Criminal Division.";
        let (clause, who) = names_of(t).unwrap_or_default();
        assert!(clause.ends_with("ATM skimming"), "{clause}");
        assert_eq!(who.first().map(String::as_str), Some("Leslie R. Caldwell"));
    }

    #[test]
    fn clause_after_the_cue_is_not_an_attribution() {
        let t = "Poupak Afshar, CEO of Easy Dynamics, said she expects the study to positively impact the continuing efforts.";
        assert!(find(t, Span::new(0, t.len()), &[]).is_none());
    }

    #[test]
    fn odd_inputs() {
        for t in [
            ", said",
            "a b c d, said ;;;; and and and",
            "a b c d e, according to",
            "a b c d e, X and Y announced",
            "Ünïcödé wörds hëre now, said Dr. Ä Ö; and Ü Ö Ä Jr., of Ö.",
            "a b c d, said Special Agent in Charge",
        ] {
            let _ = find(t, Span::new(0, t.len()), &[]);
        }
        let big = "word ".repeat(20_000) + ", said Jane Doe and John Roe; and Ann Lee.";
        let t = std::time::Instant::now();
        let _ = find(&big, Span::new(0, big.len()), &[]);
        assert!(t.elapsed().as_secs() < 5);
    }

    #[test]
    fn interruption_is_not_final() {
        let t = "While we recognize that many Indian tribes use federally protected birds, said U.S. Attorney Leonardo, we will hold accountable those who seek commercial gain.";
        assert!(find(t, Span::new(0, t.len()), &[]).is_none());
        assert!(find("said, ,", Span::new(0, 7), &[]).is_none());
    }
}
