//! Indirect (reported) speech: a speech verb, a speaker and a content
//! clause, without quotation marks.
//!
//! Shapes read, per sentence (outside boilerplate, captions and sentences
//! that already hold a direct quote):
//! - "X said (today, in a letter) that CLAUSE" → CLAUSE;
//! - "CLAUSE, X said (today in a letter to Y)." → CLAUSE;
//! - "CLAUSE, X warned, CLAUSE." (the attribution interrupts) → the sentence;
//! - "According to X, CLAUSE." and "CLAUSE, according to X." → CLAUSE;
//! - "…, underscoring that CLAUSE" → CLAUSE, spoken by the sentence's subject;
//! - "X said CLAUSE" without "that" when the clause shows a finite verb
//!   early ("said the proceeds would …");
//! - "CLAUSE, said X, ROLE." and the like: see `trailing`; cues
//!   inside CLAUSE read it alone.
//!
//! Only cues marked as reporting in `speech_verbs.txt` count ("urged",
//! "called for" are demands, not reported speech). A sentence's first cue
//! that yields a speaker wins.

use super::cues::{self, Cue, CueScan};
use super::direct::outer;
use super::names::{self, Mention};
use super::speakers::Registry;
use super::trailing;
use super::CONF_CUE;
use crate::document::{Quote, QuoteKind};
use crate::lexicon::with_lowercase;
use crate::span::Span;
use crate::text::{trim_span, BlockKind, TextModel};

/// Find indirect quotes; `direct` holds the direct quotes already found.
pub(super) fn extract(model: &TextModel<'_>, reg: &mut Registry, direct: &[Quote], scan: &CueScan<'_>) -> Vec<Quote> {
    let text = model.text;
    let mut out = Vec::new();
    // The block's quotation spans, in one buffer for all blocks.
    let mut masks: Vec<Span> = Vec::new();
    for (_, block) in model.content_blocks() {
        if block.caption || block.kind == BlockKind::Heading {
            continue;
        }
        masks.clear();
        masks.extend(model.quotes_in(block).iter().map(outer));
        for sent in model.sentences_in(block) {
            let s = sent.span;
            // Direct quotes are in text order: look only at those near `s`.
            let near = direct.partition_point(|q| q.span.end <= s.start);
            if direct.get(near).is_some_and(|q| q.span.overlaps(s)) {
                continue;
            }
            // "CLAUSE, said X, ROLE.": the clause before the attribution is
            // the report; cues inside it are read within the clause only.
            let cues_s = scan.find(s, &masks);
            let fin = trailing::find(scan, text, s, &masks, &cues_s);
            if let Some(f) = &fin {
                if let Some(content) = clause(text, s.start, f.comma) {
                    let mut who = f.speakers.iter();
                    if let Some(m) = who.next() {
                        out.push(finish(model, reg, m, f.cue, content));
                    }
                    for m in who {
                        super::direct::resolve(model, reg, m, CONF_CUE);
                    }
                }
            }
            // Bounded: a sentence reports a few times at most; a huge run-on
            // sentence must not yield a quote per cue.
            for c in cues_s.into_iter().take(MAX_CUES) {
                if !c.reports || cues::passive(text, c.span) {
                    continue;
                }
                // Cues before the attribution read the clause alone; after
                // it only a participle ("…, she said, noting that …").
                let within = match &fin {
                    Some(f) if c.span.end <= f.comma => Span::new(s.start, f.comma),
                    Some(f) if c.span.start >= f.cue.span.end && trailing::participle(text, c) => s,
                    Some(_) => continue,
                    None => s,
                };
                if let Some(q) = reported(model, scan, reg, within, c) {
                    // A report inside another report ("According to the
                    // complaint, Aliffi told her customers that …") is its own.
                    if !out.iter().rev().take(MAX_CUES + 1).any(|o: &Quote| o.span == q.span) {
                        out.push(q);
                    }
                }
            }
        }
    }
    out
}

/// The most speech cues read in one sentence.
const MAX_CUES: usize = 8;

use super::{at_least_words, at_most_words};

/// Byte length of a dateline that opens a clause ("WASHINGTON ", "NEW
/// YORK – "): upper-case words followed by more text.
fn dateline_len(s: &str) -> usize {
    let mut len = 0;
    let mut caps = 0;
    for w in s.split_inclusive(char::is_whitespace) {
        let t = w.trim().trim_end_matches([',', '–', '—', '-']);
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2
            && !t.chars().any(char::is_lowercase)
            && t.chars().all(|c| c.is_alphabetic() || ".,".contains(c))
        {
            len += w.len();
            caps += 1;
        } else if caps > 0 && ["–", "—", "-", "--"].contains(&w.trim()) {
            len += w.len();
        } else {
            break;
        }
    }
    if caps > 0 && caps <= 3 && len < s.len() && s[len..].starts_with(char::is_uppercase) {
        len
    } else {
        0
    }
}

/// A content clause span, trimmed of spaces, commas and the final stop.
fn clause(text: &str, from: usize, to: usize) -> Option<Span> {
    let sp = trim_span(text, Span::new(from, to));
    let skip = dateline_len(sp.slice(text)?);
    let sp = Span::new(sp.start + skip, sp.end);
    let s = sp.slice(text)?;
    let t = s.trim_start_matches([',', ' ', ':', '—', '–']).trim_end_matches(['.', ',', ' ', ';']);
    let start = sp.start + (s.len() - s.trim_start_matches([',', ' ', ':', '—', '–']).len());
    let sp = Span::new(start, start + t.len());
    at_least_words(t, 4).then_some(sp)
}

fn reported(model: &TextModel<'_>, scan: &CueScan<'_>, reg: &mut Registry, s: Span, c: Cue) -> Option<Quote> {
    let text = model.text;
    let lead = text.get(s.start..c.span.start)?;
    let tail = text.get(c.span.end..s.end)?;
    let (m, content) = if c.prep {
        let m = names::after_cue(text, Span::new(c.span.end, s.end))?;
        // "Also according to the plea agreement, …": an adverb alone
        // before the cue leaves it at the start.
        let lead_adverb = super::lower_in(
            lead.trim().trim_end_matches(','),
            &["also", "further", "moreover", "additionally", "and", "but"],
        ) || lead.trim_end().ends_with(',') && at_most_words(lead, 3);
        if lead.trim().is_empty() || lead_adverb {
            // "According to X, CLAUSE." / "According to the complaint she …"
            let after = text.get(m.span.end..s.end)?;
            let from = opening_comma(after).map_or(m.span.end, |i| m.span.end + i + 1);
            (m, clause(text, from, s.end)?)
        } else {
            let comma = lead.rfind(',')?;
            (m, clause(text, s.start, s.start + comma)?)
        }
    } else if let Some(after_as) = as_frame(lead).filter(|_| tail.trim_start().starts_with(',')) {
        // "As the letter points out, CLAUSE." / "As Adams noted, CLAUSE.":
        // the speaker sits between "As" and the cue; the clause follows.
        let m = names::before_cue(text, Span::new(s.start + after_as, c.span.start))?;
        let comma = tail.find(',')?;
        (m, clause(text, c.span.end + comma + 1, s.end)?)
    } else if lead.trim_end().contains(',')
        && (tail.trim_start().starts_with(',') && at_least_words(tail, 3)
            || lead.trim_end().ends_with(',')
                && tail.contains(',')
                && tail.trim_start().starts_with(char::is_uppercase))
    {
        // "CLAUSE, X warned, CLAUSE" or "CLAUSE, says X, CLAUSE": the whole
        // sentence.
        let inverted = lead.trim_end().ends_with(',');
        let m = if inverted {
            let next_comma = tail.find(',').map_or(s.end, |i| c.span.end + i);
            let m = names::after_cue(text, Span::new(c.span.end, next_comma))?;
            // "CLAUSE, said X, Acting Assistant Attorney General.": the
            // attribution ends the sentence; only the clause before it is
            // reported.
            let rest = text.get(next_comma..s.end).unwrap_or("").trim_start_matches([',', ' ']);
            if !rest.starts_with(char::is_lowercase) {
                let comma = lead.trim_end().len() - 1;
                return Some(finish(model, reg, &m, c, clause(text, s.start, s.start + comma)?));
            }
            m
        } else {
            names::before_cue(text, Span::new(s.start, c.span.start))?
        };
        let until = if inverted { c.span.start } else { m.span.start };
        let lead_comma = text.get(s.start..until)?.rfind(',')?;
        if !at_least_words(text.get(s.start..s.start + lead_comma)?, 2) {
            return None;
        }
        (m, clause(text, s.start, s.end)?)
    } else if let Some(that) = that_after(tail).filter(|&t| !object_then_that(model.slice(c.span), &tail[..t])) {
        // "X said (today in a letter) that CLAUSE".
        let m = subject(scan, text, s, c)?;
        (m, clause(text, c.span.end + that, s.end)?)
    } else if tail.split_whitespace().next().is_some_and(|w| CLAUSE_SUBJECTS.contains(&w)) {
        // "HIVE says it is firing on all cylinders": a clause without "that".
        let m = subject(scan, text, s, c)?;
        (m, clause(text, c.span.end, s.end)?)
    } else if at_most_words(tail, 14) && !tail.contains(',') && adjunct(tail) {
        // "CLAUSE, X said (today in a letter to Y)."
        let m = names::before_cue(text, Span::new(s.start, c.span.start))?;
        let comma = text.get(s.start..m.span.start)?.rfind(',')?;
        (m, clause(text, s.start, s.start + comma)?)
    } else if bare_clause(model.slice(c.span), tail) {
        // "Thomas and Enzi said producers … are already enjoying …"; not a
        // share of a poll ("Just 13% said …").
        let m = names::before_cue(text, Span::new(s.start, c.span.start))
            .filter(|m| !m.name.contains(|ch: char| ch.is_ascii_digit() || ch == '%'))?;
        (m, clause(text, c.span.end, s.end)?)
    } else {
        return None;
    };
    Some(finish(model, reg, &m, c, content))
}

/// The byte length of a leading "As " when the text before a cue is an
/// "As X" frame ("As the letter points out, …"): "As", then a short
/// subject without a comma.
fn as_frame(lead: &str) -> Option<usize> {
    let t = lead.trim_start();
    let rest = t.strip_prefix("As").filter(|r| r.starts_with(char::is_whitespace))?;
    (!rest.contains(',') && at_least_words(rest, 1) && at_most_words(rest, 8)).then(|| lead.len() - rest.len())
}

/// The indirect quote of `content`, spoken by `m` with cue `c`.
fn finish(model: &TextModel<'_>, reg: &mut Registry, m: &Mention, c: Cue, content: Span) -> Quote {
    let (speaker, confidence) = super::direct::resolve(model, reg, m, CONF_CUE);
    Quote {
        text: model.slice(content).to_owned(),
        span: content,
        kind: QuoteKind::Indirect,
        speaker,
        cue: Some(model.slice(c.span).to_owned()),
        confidence,
    }
}

/// The comma that ends an opening "According to X" phrase, in the text
/// after X: the first within eight words, or, past a modifier of X
/// ("According to an indictment returned by the grand jury … on Jan. 7,
/// 2014, and the plea agreement, Rodgers …"), the first within thirty
/// words not followed by a number or "and".
fn opening_comma(after: &str) -> Option<usize> {
    // "on Jan. 7, 2014": a comma inside a date.
    let in_date = |i: usize| {
        after[..i].ends_with(|c: char| c.is_ascii_digit())
            && after[i + 1..].trim_start().starts_with(|c: char| c.is_ascii_digit())
    };
    let first = after.find(',')?;
    if at_most_words(&after[..first], 8) && !in_date(first) {
        return Some(first);
    }
    let w = after.split_whitespace().next().unwrap_or("");
    let modifier =
        w.len() > 3 && w.ends_with("ed") || ["by", "in", "of", "with", "from", "for", "at", "and"].contains(&w);
    if !modifier {
        return None;
    }
    after.match_indices(',').map(|(i, _)| i).take_while(|&i| at_most_words(&after[..i], 30)).find(|&i| {
        let next = after[i + 1..].trim_start();
        !in_date(i) && !next.starts_with("and ")
    })
}

/// Cues whose object is the listener ("told reporters that", "warned the
/// committee that"); after other cues an object noun phrase before "that"
/// takes a relative clause ("announced a partnership that allows …").
const TELL_CUES: &[&str] = &[
    "told",
    "tells",
    "tell",
    "warned",
    "warns",
    "informed",
    "informs",
    "reminded",
    "reminds",
    "assured",
    "assures",
    "notified",
    "advised",
    "advises",
    "convinced",
];

/// True when the words between a cue and "that" (`gap`, ending with
/// "that") are an object noun phrase of a cue that takes none.
fn object_then_that(cue: &str, gap: &str) -> bool {
    let first = gap.split_whitespace().next().unwrap_or("");
    let cue_last = cue.split_whitespace().last().unwrap_or("");
    with_lowercase(first, |first| ["a", "an", "the", "its", "their", "his", "her", "our", "new"].contains(&first))
        && !with_lowercase(cue_last, |cue_last| TELL_CUES.contains(&cue_last))
}

/// Prepositions that open a sentence with a scene, not its subject.
const SCENE_OPENERS: &[&str] =
    &["in", "on", "at", "during", "after", "before", "for", "under", "across", "from", "with", "within", "throughout"];

/// Verbs that open a relative clause after "that" ("beds that were not
/// bolted"), never a content clause.
const RELATIVE_VERBS: &[&str] =
    &["was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "can", "may", "might", "should"];

/// Cues that take a content clause without "that" ("said the proceeds
/// would …"); "announced record revenue" takes an object instead.
const BARE_CLAUSE_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "argued",
    "argues",
    "believes",
    "believe",
    "explained",
    "explains",
    "warned",
    "warns",
    "stressed",
    "stresses",
    "insisted",
    "insists",
    "emphasized",
    "emphasizes",
    "contends",
    "contended",
    "suggested",
    "suggests",
    "thinks",
    "felt",
    "feels",
];

/// Finite auxiliaries that show a clause ("the proceeds would …").
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "must", "may",
    "might", "does", "do", "did",
];

/// Words that never open a content clause after the cue.
const NOT_CLAUSE_OPENERS: &[&str] =
    &["the following", "goodbye", "hello", "thanks", "yes", "no", "so", "nothing", "something", "more", "much"];

/// True when `tail`, after cue `cue`, reads as a content clause without
/// "that": a noun phrase, then a finite auxiliary within twelve words and
/// before any comma.
fn bare_clause(cue: &str, tail: &str) -> bool {
    let cue = cue.split_whitespace().last().unwrap_or("");
    if !with_lowercase(cue, |cue| BARE_CLAUSE_CUES.contains(&cue)) || !at_least_words(tail, 5) {
        return false;
    }
    let t = tail.trim_start();
    let lower = t.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    if adjunct(t) || NOT_CLAUSE_OPENERS.iter().any(|o| lower.starts_with(o)) || first.ends_with(':') {
        return false;
    }
    let head = lower.split(',').next().unwrap_or("");
    head.split_whitespace().take(12).skip(1).any(|w| FINITE.contains(&w))
}

/// Subject pronouns that open a content clause right after the cue ("said
/// it would", "says they are").
const CLAUSE_SUBJECTS: &[&str] = &["it", "they", "he", "she", "we", "there"];

/// True when the text after a final cue is empty or an adjunct.
fn adjunct(tail: &str) -> bool {
    let first = tail.split_whitespace().next().unwrap_or("").trim_end_matches(['.', '!', '?', ',']);
    with_lowercase(first, |first| {
        first.is_empty() || super::lexicon::is_cue_adjunct(first) || super::lexicon::is_cue_adjunct_clause(first)
    })
}

/// Offset just after "that" when it follows the cue within a few words
/// ("said today in a letter that").
fn that_after(tail: &str) -> Option<usize> {
    let mut seen = 0;
    let mut pos = 0;
    for w in tail.split_inclusive(char::is_whitespace) {
        let bare = w.trim().trim_end_matches(',');
        if bare == "that" {
            // "warned hospital staff of the dangers posed by these beds that
            // were not bolted": a relative clause has no subject.
            let next = tail[pos + w.len()..].split_whitespace().next().unwrap_or("");
            return (!RELATIVE_VERBS.contains(&next)).then_some(pos + w.len());
        }
        if w.contains(';') {
            return None;
        }
        seen += 1;
        pos += w.len();
        if seen > 24 {
            return None;
        }
    }
    None
}

/// The speaker of "X said that": the phrase before the cue, or for a
/// participle ("…, underscoring that") the subject of the sentence.
fn subject(scan: &CueScan<'_>, text: &str, s: Span, c: Cue) -> Option<Mention> {
    let before = Span::new(s.start, c.span.start);
    let cue = text.get(c.span.start..c.span.end).unwrap_or("");
    if cue.ends_with("ing") {
        // A participle opening the sentence ("Emphasizing …, Surge Copper
        // is …") has no subject before it.
        if text.get(s.start..c.span.start).is_some_and(|l| l.trim().is_empty()) {
            return None;
        }
        // "…, she said, noting that …": the speaker of the report before.
        if let Some(p) = scan.find(before, &[]).last() {
            if !p.prep && p.span.end < c.span.start {
                let m = names::before_cue(text, Span::new(s.start, p.span.start))
                    .or_else(|| names::after_cue(text, Span::new(p.span.end, c.span.start)));
                if m.is_some() {
                    return m;
                }
            }
        }
        // "In Italy, …, nurses made headlines for declaring …": a sentence
        // that opens with a prepositional phrase hides its subject.
        let first = text.get(s.start..s.end).unwrap_or("").split_whitespace().next().unwrap_or("");
        if super::lower_in(first, SCENE_OPENERS) {
            return None;
        }
        return names::sentence_subject(text, s);
    }
    // "Ford pleaded guilty to all charges and admitted that …": a second
    // verb of the sentence's subject.
    names::before_cue(text, before).or_else(|| {
        let lead = text.get(s.start..c.span.start)?.trim_end();
        if !lead.ends_with(" and") {
            return None;
        }
        // "In a statement …, the Senator sent … and noted that": the clause
        // after the last comma.
        let from = lead.rfind(',').map_or(s.start, |i| s.start + i + 1);
        names::sentence_subject(text, trim_span(text, Span::new(from, s.end)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::document::QuoteKind;
    use crate::text::TextModel;

    fn run(t: &str) -> Vec<(String, Option<String>)> {
        let m = TextModel::new(t);
        let (sp, qs) = extract(&m);
        qs.into_iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .map(|q| (q.text, q.speaker.map(|i| sp[i].name.clone())))
            .collect()
    }

    #[test]
    fn as_x_points_out_frame() {
        let t = "As\nthe letter points out, these inequities are compounded by the impacts of Covid-19 on the ability of Ministers to attend.";
        let m = TextModel::new(t);
        let (speakers, quotes) = super::super::extract(&m);
        let q = quotes.iter().find(|q| q.kind == QuoteKind::Indirect).expect("an indirect quote");
        assert!(q.text.starts_with("these inequities are compounded"), "{:?}", q.text);
        assert_eq!(q.speaker.map(|i| speakers[i].name.as_str()), Some("letter"));
        assert_eq!(q.cue.as_deref(), Some("points out"));
    }

    #[test]
    fn clause_then_attribution() {
        let got = run("A federal court in Central Islip, N.Y., has permanently barred Diana D. Bertocci-Aliffi from preparing federal tax returns for others, the Justice Department announced today.");
        assert_eq!(got.len(), 1);
        assert!(got[0].0.starts_with("A federal court") && got[0].0.ends_with("for others"));
        assert_eq!(got[0].1.as_deref(), Some("Justice Department"));
    }

    #[test]
    fn dateline_is_not_reported_speech() {
        let got = run("WASHINGTON Judge S. Thomas Anderson sentenced Carlton Moore to 27 months in prison, the Justice Department today announced.");
        assert!(got[0].0.starts_with("Judge S. Thomas Anderson"), "{got:?}");
        assert_eq!(super::dateline_len("AstraZeneca LP agreed"), 0);
        assert_eq!(super::dateline_len("NEW YORK – The court"), "NEW YORK – ".len());
    }

    #[test]
    fn document_said_that() {
        let got = run("The government complaint in the case alleged that Aliffi claimed false Indian Employment Tax Credits for customers.");
        assert_eq!(got[0].0, "Aliffi claimed false Indian Employment Tax Credits for customers");
        assert_eq!(got[0].1.as_deref(), Some("government complaint"));
    }

    #[test]
    fn according_to_without_comma() {
        let got =
            run("According to the complaint she had stolen her customers personal information to file false returns.");
        assert_eq!(got[0].0, "she had stolen her customers personal information to file false returns");
        assert_eq!(got[0].1.as_deref(), Some("complaint"));
    }

    #[test]
    fn object_before_that_is_relative() {
        let t = "Kevel and Vantage have announced a partnership that allows retailers, marketplaces, and eCommerce platforms to more easily manage their advertising operations.";
        assert!(run(t).is_empty());
        let got = run("The Justice Department told the court that the defendants misled thousands of customers.");
        assert_eq!(got[0].0, "the defendants misled thousands of customers");
    }

    #[test]
    fn participle_after_preposition_has_no_subject() {
        let t = "In Italy, hospital staff were captured on video, while in Australia, nurses made headlines for declaring they wouldn't treat Israeli patients.";
        assert!(run(t).iter().all(|q| q.1.as_deref() != Some("Italy")));
        let got = run("According to the latest report from Combat Antisemitism Movement's Antisemitism Research Center, 554 antisemitic incidents were recorded worldwide in July 2025 alone.");
        assert!(got[0].0.starts_with("554 antisemitic"), "{got:?}");
    }

    #[test]
    fn opened_by_noting() {
        let got = run("Deborah James of OWINFS opened by noting that, if the TRIPS waiver had been agreed when introduced, perhaps a million less people would be dead today.");
        assert_eq!(got[0].1.as_deref(), Some("Deborah James"), "{got:?}");
    }

    #[test]
    fn adverb_before_according_to_and_second_verb() {
        let got = run("Also according to the plea agreement, between July 2007 and February 2009, Scott sold, purchased, and/or offered to sell other migratory bird parts.");
        assert_eq!(got[0].1.as_deref(), Some("plea agreement"), "{got:?}");
        assert!(got[0].0.starts_with("between July 2007"));
        let got = run("Ford pleaded guilty to all charges and admitted that between January 2013 and May 2015, he used various aliases.");
        assert_eq!(got[0].1.as_deref(), Some("Ford"), "{got:?}");
        let got = run("According to court documents and information presented at the change of plea hearing, from 2006 through 2007, his co-conspirators lured victims by operating websites.");
        assert!(got[0].0.starts_with("from 2006"), "{got:?}");
        let got = run("The court document states that as a result of the kickback scheme, MFA was deprived of competitive pricing.");
        assert_eq!(got[0].1.as_deref(), Some("court document"), "{got:?}");
    }

    #[test]
    fn clause_without_that_after_a_name() {
        let got =
            run("Thomas and Enzi said producers and consumers of seafood are already enjoying the benefits of COOL.");
        assert_eq!(got[0].0, "producers and consumers of seafood are already enjoying the benefits of COOL", "{got:?}");
        let got = run("Tran Hoai Nam, HDBank's Permanent Deputy CEO, said the proceeds would strengthen the bank's medium- and long-term funding base.");
        assert_eq!(got[0].1.as_deref(), Some("Tran Hoai Nam"), "{got:?}");
        assert!(run("The company announced record revenue of $5 million, which was up from last year.").is_empty());
        assert!(run("Jane Doe said goodbye to her colleagues who were leaving the firm.").is_empty());
    }

    #[test]
    fn openers_before_the_report() {
        let got = run("What’s more, according to data from a National Health and Nutrition Examination Survey, 1 in 4 U.S. adults sits for longer than eight hours each day.");
        assert!(got[0].0.starts_with("1 in 4"), "{got:?}");
        let got = run("U.S. Senator Pete Domenici today held a hearing. In a statement submitted for the hearing record, the Senator sent a strong message of support and noted that New Mexico is leading the way.");
        assert_eq!(got[0].0, "New Mexico is leading the way", "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Pete Domenici"), "{got:?}");
    }

    #[test]
    fn report_then_participle() {
        let got = run("Despite increased global production of vaccines, access remains limited in parts of the world, she said, noting that less than 3 percent of adults in Africa have been vaccinated.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0].0,
            "Despite increased global production of vaccines, access remains limited in parts of the world"
        );
        assert_eq!(got[1].0, "less than 3 percent of adults in Africa have been vaccinated");
    }

    #[test]
    fn documents_speak() {
        let got = run("According to court documents, Thelma Rodriguez-Garden, 55, owned and operated Garden Insurance Agency Corporation, a tax return preparation business in Suffolk county.");
        assert!(got[0].0.starts_with("Thelma Rodriguez-Garden, 55, owned"), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("court documents"));
        let got = run("According to documents filed with the court, from around November 2014 to March 2015, Jonathan Herring, 34, working with at least two others, prepared and filed income tax returns.");
        assert!(got[0].0.starts_with("from around November 2014"), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("documents filed with the court"));
        let got = run("According to an indictment returned by the grand jury for the District of Colorado on Jan. 7, 2014, and the plea agreement, Rodgers conspired with others to provide numerous illegal hunts of mountain lions.");
        assert!(got[0].0.starts_with("Rodgers conspired"), "{got:?}");
        let got = run("The indictment alleges that Nusbaum, Stollof and their co-conspirators agreed among themselves which of them would bid on specific tax liens.");
        assert_eq!(got[0].1.as_deref(), Some("indictment"));
    }

    #[test]
    fn announcement_lead() {
        let got = run("A Bay Shore, New York tax return preparer was sentenced to 12 months and one day in prison today in the U.S. District Court for the Eastern District of New York, for aiding and assisting in the preparation of a false tax return for others, announced Principal Deputy Assistant Attorney General Caroline D. Ciraolo, head of the Justice Departments Tax Division.");
        assert_eq!(got.len(), 1);
        assert!(got[0].0.ends_with("a false tax return for others"), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Caroline D. Ciraolo"));
        let got = run("Mr. Stacks admitted that he conspired to use his badge to unlawfully detain and take money from motorists, said Acting Assistant Attorney General Jocelyn Samuels for the Civil Rights Division.");
        assert!(got.iter().all(|q| !q.0.contains("said Acting")), "{got:?}");
        assert!(got.iter().any(|q| q.1.as_deref() == Some("Jocelyn Samuels")));
    }

    #[test]
    fn interrupted_attribution_keeps_sentence() {
        let got = run("The resulting vaccine inequality, the leaders warned, means that the U.S. economy already risks losing $1.3 trillion in GDP this year.");
        assert_eq!(got.len(), 1);
        assert!(got[0].0.starts_with("The resulting"));
    }

    #[test]
    fn inverted_interruption() {
        let got = run(
            "Each threat can be overcome, says Gingrich, but only if regular Americans are as active as the elites.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1.as_deref(), Some("Gingrich"));
    }

    #[test]
    fn final_inverted_attribution_reports_the_clause() {
        let got = run("This settlement will allow the project to proceed as planned, said William D. Weinreb, Acting Assistant Attorney General.");
        assert_eq!(got[0].0, "This settlement will allow the project to proceed as planned");
        assert_eq!(got[0].1.as_deref(), Some("William D. Weinreb"));
        assert!(run("Emphasizing their commitment to planning, Surge Copper is gearing up for a program of work.")
            .is_empty());
    }

    #[test]
    fn participle_after_a_report() {
        let t = "Despite increased production, access remains limited, she said, noting that less than 3 percent of adults in Africa have been vaccinated.";
        let got = run(t);
        assert!(got.iter().all(|q| q.1.as_deref() != Some("Despite")), "{got:?}");
        let got = run("Proponents argue that the rules protect regulatory sovereignty of members.");
        assert_eq!(got[0].1.as_deref(), Some("Proponents"));
    }

    #[test]
    fn clause_without_that() {
        let got = run("With new capacity coming online, HIVE says it is firing on all cylinders.");
        assert_eq!(got, [("it is firing on all cylinders".to_owned(), Some("HIVE".to_owned()))]);
    }

    #[test]
    fn relative_clause_in_subject() {
        let got = run("The letter, which was coordinated by the People’s Vaccine Alliance, a coalition of more than 50 organizations including Oxfam and UNAIDS, warned that at the current rate only 10 percent of people will be vaccinated.");
        assert_eq!(got[0].1.as_deref(), Some("letter"));
    }

    #[test]
    fn no_report_without_speaker_or_clause() {
        assert!(run("He was expected to say more about the plan later this week in Geneva.").is_empty());
        assert!(run("Vensana Capital today announced the additions of Maria Berkman as Partner.").is_empty());
    }
}
