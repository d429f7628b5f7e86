//! Demands: who calls on whom to do what.
//!
//! Every sentence of the release (never boilerplate or captions) is read as
//! tokens and searched for the cues of `demand_cues.txt`:
//!
//! - **modal** cues ("should", "must", "needs to", "has to", "ought to",
//!   "is obliged to"): the target is the subject before the cue and must
//!   name a party (a pronoun, a name, an acronym or a head noun from
//!   `demand_parties.txt`); "I" is never a target. Passive modals ("rules
//!   must be strengthened") are demands only with a "by" agent, which is
//!   then the target. "should have" + participle (a reproach), "should you
//!   have questions", "the resources they need to do" (a relative clause)
//!   and questions are not demands.
//! - **verb** cues ("urges X to", "calls on X to", "asks X to", "appeal to
//!   X to", "expect X to", …): the target sits between the cue and "to" and
//!   must be a party; the actor is the subject before the cue. Negated
//!   ("did not call on") and passive ("is urged to") cues are skipped.
//! - **that** cues ("insist that", "demand that", "made demands that"):
//!   the target is the subject of the clause, or else the party named
//!   before the cue in the same sentence ("We hold the WTO responsible …
//!   and demand that …").
//! - **call for** X to Y: a demand only when X is a party and the
//!   infinitive is active ("call for free speech to be restored" is not).
//!
//! A demand clause ends at the end of its sentence, at the end of the
//! enclosing quotation, before a trailing attribution (", Human Rights
//! Watch said today") or before "because". An introducing cue that ends
//! its sentence with a colon ("It urges Kim to:", "We have made demands
//! that members:") yields one demand per following list item, each with
//! the item's first sentence as its text and the intro's target, actor and
//! cue. An inline list after a colon stays one demand.
//!
//! The actor is the speaker of the enclosing quote (for modal demands and
//! first-person calls), else the subject of the verb cue ("It" is resolved
//! to the subject of the previous sentence), else the attribution of the
//! sentence (", X said"; "X suggests that"), else none.

pub(crate) mod cues;
mod phrase;
pub(crate) mod words;

use std::collections::HashSet;

use cues::{CueKind, DETERMINERS, NEGATIONS, PASSIVE_AUX, PREPOSITIONS, VERB_FILLERS};
use phrase::{clause_end, is_party, quote_mark, subject_before, trim_end, Range};
use words::{text_of, tokens, Tok};

use crate::document::{Demand, Quote, Speaker};
use crate::span::Span;
use crate::text::{BlockKind, TextModel};

/// Find demands.
///
/// `quotes` and `speakers` are the records of the quote extractor: a
/// demand inside a quote takes the quote's speaker as its actor.
///
/// ```
/// let doc = pressparse::extract("The letter is signed by 52 organizations. It urges Kim to:\n\n• Act on UN recommendations;\n• End abuses in detention.");
/// let texts: Vec<&str> = doc.demands.iter().map(|d| d.text.as_str()).collect();
/// assert_eq!(texts, ["Act on UN recommendations", "End abuses in detention"]);
/// assert_eq!(doc.demands[0].target.as_deref(), Some("Kim"));
/// assert_eq!(doc.demands[0].actor.as_deref(), Some("The letter"));
/// ```
pub fn extract(model: &TextModel<'_>, speakers: &[Speaker], quotes: &[Quote]) -> Vec<Demand> {
    let text = model.text;
    let sent_toks: Vec<Vec<Tok>> = model.sentences.iter().map(|s| tokens(text, s.span)).collect();
    let proper = phrase::proper_words(text, &sent_toks);
    let reader = Reader { model, sent_toks: &sent_toks, proper: &proper, speakers, quotes };
    let mut out: Vec<Demand> = Vec::new();
    let mut consumed: HashSet<usize> = HashSet::new();
    for (bi, block) in model.content_blocks() {
        if block.caption {
            continue;
        }
        for si in block.sentences.clone() {
            if consumed.contains(&si) {
                continue;
            }
            let last = si + 1 == block.sentences.end;
            // "urged the authorities to take the following steps:" before a
            // list introduces the list like "It urges Kim to:" does.
            let before_list = last && reader.ends_with_colon(si) && reader.list_follows(bi);
            let found_all = reader.sentence(si);
            let n = found_all.len();
            for (k, found) in found_all.into_iter().enumerate() {
                if found.list_intro || before_list && k + 1 == n {
                    if last {
                        reader.list_items(bi, &found, &mut consumed, &mut out);
                    }
                } else if let Some(d) = reader.demand(si, &found, None) {
                    out.push(d);
                }
            }
        }
    }
    out.sort_by_key(|d| d.span.start);
    out
}

/// A demand found in one sentence, in tokens of that sentence.
#[derive(Debug, Clone)]
struct Found {
    /// First and last (exclusive) token of the demand text.
    text: Range,
    /// The action tokens.
    action: Range,
    /// The target tokens.
    target: Option<Range>,
    /// The cue tokens.
    cue: Range,
    /// The subject of a verb cue, or the attribution of a modal demand.
    actor: Option<Range>,
    /// True when the actor comes from the subject (not an attribution).
    actor_is_subject: bool,
    /// The cue introduces a list ("It urges Kim to:").
    list_intro: bool,
}

/// How many tokens a demand may reach before or after its cue.
const MAX_REACH: usize = 250;

/// What stands before a verb cue.
enum Subject {
    /// The cue is no call: negated ("did not urge"), passive ("is urged
    /// to"), or a noun ("the press", "their demands").
    NoCall,
    /// The subject, if one is adjacent.
    Found(Option<Range>),
}

struct Reader<'m, 'a> {
    model: &'m TextModel<'a>,
    sent_toks: &'m [Vec<Tok>],
    proper: &'m HashSet<String>,
    speakers: &'m [Speaker],
    quotes: &'m [Quote],
}

impl Reader<'_, '_> {
    fn text(&self) -> &str {
        self.model.text
    }

    fn slice(&self, si: usize, r: Range) -> Option<(Span, &str)> {
        let toks = self.sent_toks.get(si)?;
        if r.0 >= r.1 {
            return None;
        }
        let span = Span::new(toks.get(r.0)?.span.start, toks.get(r.1 - 1)?.span.end);
        Some((span, span.slice(self.text())?))
    }

    /// Every demand cue of sentence `si`.
    fn sentence(&self, si: usize) -> Vec<Found> {
        let text = self.text();
        let toks = &self.sent_toks[si];
        let Some(sentence) = self.model.sentences.get(si) else {
            return Vec::new();
        };
        if is_question(text, toks) {
            return Vec::new();
        }
        let mut out: Vec<Found> = Vec::new();
        for (ci, cj, value) in words::phrase_matches(&cues::CUES, text, toks) {
            let Some(kind) = cues::kind_of(value) else { continue };
            let start = toks[ci].span.start;
            // Cues inside the action of the previous demand belong to it
            // (actions follow their cues, so the last one reaches furthest).
            // A second verb cue coordinated with "and" ("urged the government
            // to amend the law and called on the Council to monitor") ends the
            // first demand and starts its own, with the same actor.
            let inside = out.last().is_some_and(|f| f.action.0 <= ci && ci < f.action.1);
            let coordinated = inside
                && kind != CueKind::Modal
                && ci >= 1
                && text_of(text, &toks[ci - 1]).eq_ignore_ascii_case("and")
                && out.last().is_some_and(|f| f.action.0 < ci - 1);
            if inside && !coordinated {
                continue;
            }
            let (floor, limit) = self.bounds(sentence.block, toks, start);
            // A demand clause is never longer than this; it keeps
            // pathological one-sentence inputs linear.
            let floor = floor.max(ci.saturating_sub(MAX_REACH));
            let limit = limit.min(cj + MAX_REACH);
            let found = match kind {
                CueKind::Modal => self.modal(toks, ci, cj, floor, limit),
                CueKind::To | CueKind::For => self.verb_to(toks, ci, cj, floor, limit, kind),
                CueKind::That => self.verb_that(toks, ci, cj, floor, limit),
            };
            if let Some(mut f) = found {
                if coordinated {
                    if let Some(prev) = out.last_mut() {
                        let end = trim_end(text, toks, prev.action.0, ci - 1);
                        prev.action.1 = end;
                        prev.text.1 = prev.text.1.min(end);
                        if f.actor.is_none() {
                            f.actor = prev.actor;
                            f.actor_is_subject = prev.actor_is_subject;
                        }
                    }
                }
                out.push(f);
            }
        }
        out
    }

    /// The token range a cue's clause may use: the enclosing quotation, or
    /// the whole sentence.
    fn bounds(&self, block: usize, toks: &[Tok], at: usize) -> (usize, usize) {
        let Some(b) = self.model.blocks.get(block) else {
            return (0, toks.len());
        };
        let quotes = self.model.quotes_in(b);
        // The last quotation opening at or before `at` (quotes are in order).
        let i = quotes.partition_point(|q| q.inner.start <= at);
        if let Some(q) = i.checked_sub(1).and_then(|i| quotes.get(i)) {
            if at < q.inner.end {
                let floor = toks.partition_point(|t| t.span.start < q.inner.start);
                let limit = toks.partition_point(|t| t.span.start < q.inner.end);
                return (floor, limit);
            }
        }
        (0, toks.len())
    }

    fn modal(&self, toks: &[Tok], ci: usize, cj: usize, floor: usize, limit: usize) -> Option<Found> {
        let text = self.text();
        let lw = |k: usize| toks.get(k).map(|t| text_of(text, t).to_lowercase()).unwrap_or_default();
        // "must-see", "a must."
        if text.get(toks[cj - 1].span.end..).is_some_and(|r| r.starts_with('-'))
            || !toks.get(cj).is_some_and(|t| t.word)
        {
            return self.modal_list_intro(toks, ci, cj, floor, limit);
        }
        if cues::SUBJECT_PRONOUNS.contains(&lw(cj)) {
            // "should you have questions"
            return None;
        }
        let mut k = cj;
        while k < limit && cues::adverb(&lw(k)) {
            k += 1;
        }
        // "must and will be held"
        if matches!(lw(k).as_str(), "and" | "or")
            && matches!(lw(k + 1).as_str(), "will" | "can" | "shall" | "would" | "should" | "must")
        {
            k += 2;
        }
        if lw(k) == "have" && cues::participle(&lw(k + 1)) {
            return None;
        }
        if ci > floor && cues::DETERMINERS.contains(&lw(ci - 1)) {
            // "the need to", "a must"
            return None;
        }
        let subject = subject_before(text, toks, ci, floor).map(|s| last_noun_phrase(text, toks, s));
        let cue_text = lw(ci);
        if let Some(s) = subject {
            if toks[s.0..s.1].iter().any(|t| NEGATIONS.contains(text_of(text, t)) || text_of(text, t) == "longer") {
                return None;
            }
        }
        let (end, attribution) = clause_end(text, toks, cj, limit);
        let end = cut_at_because(text, toks, cj, end);
        let end = trim_end(text, toks, cj, end);
        if matches!(lw(k).as_str(), "be" | "been") {
            let mut p = k + 1;
            while p < end && cues::adverb(&lw(p)) {
                p += 1;
            }
            if cues::participle(&lw(p)) {
                // Passive: a demand only with a "by" agent.
                let agent = by_agent(text, toks, p + 1, end)?;
                if !is_party(text, toks, agent, self.proper) {
                    return None;
                }
                let start = subject.map_or(floor, |s| s.0).min(appositive_start(text, toks, ci, floor));
                let end = agent.1;
                return Some(Found {
                    text: (start, end),
                    action: (cj, end),
                    target: Some(agent),
                    cue: (ci, cj),
                    actor: attribution,
                    actor_is_subject: false,
                    list_intro: false,
                });
            }
        }
        if matches!(lw(k).as_str(), "be" | "been") {
            // A copula ("should be free to", "must be accountable") states
            // how things ought to be, not what the subject should do.
            return None;
        }
        let subject = match subject {
            Some(s) if is_party(text, toks, s, self.proper) => s,
            _ => relative_subject(text, toks, ci, floor, self.proper)?,
        };
        if !main_clause_subject(text, toks, subject, floor, &cue_text) {
            return None;
        }
        if end <= cj {
            return None;
        }
        let attribution = attribution.or_else(|| self.leading_attribution(toks, subject.0, floor));
        Some(Found {
            text: (subject.0, end),
            action: (cj, end),
            target: Some(subject),
            cue: (ci, cj),
            actor: attribution,
            actor_is_subject: false,
            list_intro: false,
        })
    }

    /// "Governments should:" followed by a list.
    fn modal_list_intro(&self, toks: &[Tok], ci: usize, cj: usize, floor: usize, limit: usize) -> Option<Found> {
        let text = self.text();
        if toks.get(cj).is_some_and(|t| text_of(text, t) == ":") && cj + 1 >= limit {
            let subject = subject_before(text, toks, ci, floor)?;
            if is_party(text, toks, subject, self.proper) {
                return Some(Found {
                    text: (subject.0, cj),
                    action: (cj, cj),
                    target: Some(subject),
                    cue: (ci, cj),
                    actor: self.leading_attribution(toks, subject.0, floor),
                    actor_is_subject: false,
                    list_intro: true,
                });
            }
        }
        None
    }

    /// "X said that" / "the Senator suggests that" before a modal subject.
    fn leading_attribution(&self, toks: &[Tok], start: usize, floor: usize) -> Option<Range> {
        let text = self.text();
        let mut k = start;
        while k > floor {
            let w = text_of(text, &toks[k - 1]).to_lowercase();
            if w == "that" || quote_mark(&w) || w == "today" || w == ":" {
                k -= 1;
                continue;
            }
            break;
        }
        if k > floor && toks[k - 1].word && cues::ATTRIBUTION.contains(text_of(text, &toks[k - 1])) {
            return subject_before(text, toks, k - 1, 0);
        }
        None
    }

    /// The subject before a verb cue, skipping adverbs and auxiliaries.
    fn verb_subject(&self, toks: &[Tok], ci: usize, floor: usize) -> Subject {
        let text = self.text();
        let mut k = ci;
        let mut passive = false;
        let mut negated = false;
        while k > floor && toks[k - 1].word {
            let w = text_of(text, &toks[k - 1]);
            let lw = w.to_lowercase();
            if NEGATIONS.contains(&lw) || lw.ends_with("n't") {
                negated = true;
                k -= 1;
                continue;
            }
            if !VERB_FILLERS.contains(&lw) {
                break;
            }
            passive |= PASSIVE_AUX.contains(&lw);
            k -= 1;
        }
        if k > floor && text_of(text, &toks[k - 1]).ends_with("n't") {
            negated = true;
        }
        let cue = text_of(text, &toks[ci]).to_lowercase();
        if negated || passive && cue.ends_with("ed") {
            return Subject::NoCall;
        }
        if k > floor {
            let prev = text_of(text, &toks[k - 1]);
            if DETERMINERS.contains(prev) || matches!(prev, "’" | "'") {
                return Subject::NoCall;
            }
        }
        if k > floor && matches!(text_of(text, &toks[k - 1]).to_lowercase().as_str(), "and" | "or" | "but") {
            // "… and demand that": the subject is far away.
            return Subject::Found(None);
        }
        let mut subject = subject_before(text, toks, k, floor);
        if cue.ends_with("ing") && k == ci {
            if let Some(s) = subject {
                let h = phrase::head(text, toks, s).map(|h| text_of(text, &toks[h]).to_lowercase()).unwrap_or_default();
                if !is_party(text, toks, s, self.proper) && !DOCUMENT_NOUNS.contains(&h.as_str()) {
                    // "UNCTAD's long history encouraging …": a modifier.
                    return Subject::NoCall;
                }
            }
        }
        if subject.is_none() && k > floor && text_of(text, &toks[k - 1]) == "," {
            // "I, with my fellow laureates, urge"; "We, the undersigned, urge"
            let comma = (floor..k - 1).rev().take(16).find(|&j| text_of(text, &toks[j]) == ",");
            if let Some(j) = comma {
                if j > floor
                    && cues::SUBJECT_PRONOUNS.contains(text_of(text, &toks[j - 1]))
                    && (j - 1 == floor || !toks[j - 2].word)
                {
                    subject = Some((j - 1, j));
                }
            }
        }
        Subject::Found(subject)
    }

    fn verb_to(&self, toks: &[Tok], ci: usize, cj: usize, floor: usize, limit: usize, kind: CueKind) -> Option<Found> {
        let text = self.text();
        let Subject::Found(subject) = self.verb_subject(toks, ci, floor) else {
            return None;
        };
        let lw = |k: usize| toks.get(k).map(|t| text_of(text, t).to_lowercase()).unwrap_or_default();
        // "We therefore respectfully request:" followed by a list.
        if kind == CueKind::To && lw(cj) == ":" && cj + 1 >= limit {
            return Some(Found {
                text: (subject.map_or(ci, |s| s.0), cj),
                action: (cj, cj),
                target: None,
                cue: (ci, cj),
                actor: subject,
                actor_is_subject: true,
                list_intro: true,
            });
        }
        // The infinitive "to" after the target.
        let mut to = None;
        for k in cj + 1..(cj + 40).min(limit) {
            let t = &toks[k];
            let w = text_of(text, t);
            if !t.word {
                if matches!(w, "." | ";" | ":" | "?" | "!") || quote_mark(w) {
                    break;
                }
                continue;
            }
            if w.eq_ignore_ascii_case("to") {
                // "to “act in good faith …”": look past an opening quote.
                let skip = usize::from(toks.get(k + 1).is_some_and(|n| matches!(text_of(text, n), "“" | "\"" | "«")));
                let next = toks.get(k + 1 + skip);
                let nw = next.map(|n| text_of(text, n).to_lowercase()).unwrap_or_default();
                if nw == ":"
                    || next.is_some_and(|n| n.word)
                        && !DETERMINERS.contains(&nw)
                        && !nw.starts_with(|c: char| c.is_ascii_digit())
                {
                    to = Some(k);
                    break;
                }
            }
        }
        let to = to?;
        // The target, cut at an apposition: "you, as the Director-General,".
        let mut tend = cj;
        while tend < to && text_of(text, &toks[tend]) != "," {
            tend += 1;
        }
        // "urged members not to …": the negation belongs to the action.
        let negated = tend == to && tend > cj && matches!(lw(tend - 1).as_str(), "not" | "never");
        if negated {
            tend -= 1;
        }
        let target = (cj, tend);
        if tend == cj || tend - cj > 12 || PREPOSITIONS.contains(text_of(text, &toks[cj])) {
            return None;
        }
        if !is_party(text, toks, target, self.proper) {
            return None;
        }
        let cue_word = lw(ci);
        if cue_word.starts_with("expect") && !named_or_pronoun(text, toks, target) {
            // "expects the transaction to close": a forecast, unless a
            // named party or "you" is expected to act.
            return None;
        }
        let mut astart = if negated { tend } else { to + 1 };
        if kind == CueKind::For && lw(to + 1) == "be" {
            return None;
        }
        let start = subject.map_or(ci, |s| s.0);
        if !negated && lw(astart) == ":" {
            if astart + 1 >= limit {
                return Some(Found {
                    text: (start, astart),
                    action: (astart, astart),
                    target: Some(target),
                    cue: (ci, cj),
                    actor: subject,
                    actor_is_subject: true,
                    list_intro: true,
                });
            }
            astart += 1;
        }
        let (end, attribution) = clause_end(text, toks, astart, limit);
        let end = trim_end(text, toks, astart, end);
        if end <= astart {
            return None;
        }
        Some(Found {
            text: (start, end),
            action: (astart, end),
            target: Some(target),
            cue: (ci, cj),
            actor: subject.or(attribution),
            actor_is_subject: subject.is_some(),
            list_intro: false,
        })
    }

    fn verb_that(&self, toks: &[Tok], ci: usize, cj: usize, floor: usize, limit: usize) -> Option<Found> {
        let text = self.text();
        let Subject::Found(subject) = self.verb_subject(toks, ci, floor) else {
            return None;
        };
        // The subject of the that-clause.
        let mut k = cj;
        while k < limit && k < cj + 8 {
            let t = &toks[k];
            let w = text_of(text, t).to_lowercase();
            if !t.word || cues::AUXILIARIES.contains(&w) || cues::BOUNDARY_WORDS.contains(&w) {
                break;
            }
            k += 1;
        }
        let clause_subject = (k > cj).then_some((cj, k));
        let mut target = clause_subject.filter(|&r| is_party(text, toks, r, self.proper));
        let list_intro = toks.get(k).is_some_and(|t| text_of(text, t) == ":") && k + 1 >= limit;
        if target.is_none() {
            target = self.named_party_before(toks, floor, ci, subject);
        }
        let target = target?;
        let start = subject.map_or(ci, |s| s.0);
        if list_intro {
            return Some(Found {
                text: (start, k),
                action: (k, k),
                target: Some(target),
                cue: (ci, cj),
                actor: subject,
                actor_is_subject: true,
                list_intro: true,
            });
        }
        let (end, attribution) = clause_end(text, toks, cj, limit);
        let end = trim_end(text, toks, cj, end);
        if end <= cj {
            return None;
        }
        // The action keeps "that" ("that our rights are restored").
        let astart = cj.saturating_sub(1).max(ci);
        Some(Found {
            text: (start, end),
            action: (astart, end),
            target: Some(target),
            cue: (ci, cj),
            actor: subject.or(attribution),
            actor_is_subject: subject.is_some(),
            list_intro: false,
        })
    }

    /// The first name or acronym before the cue that is not in the
    /// subject ("We hold the WTO responsible … and demand that …").
    fn named_party_before(&self, toks: &[Tok], floor: usize, ci: usize, subject: Option<Range>) -> Option<Range> {
        let text = self.text();
        let from = subject.map_or(floor, |s| s.1).max(floor + 1);
        let mut k = from;
        while k < ci {
            let w = text_of(text, &toks[k]);
            if toks[k].word && (words::acronym(w) || words::capitalized(w)) && w != "I" {
                let mut e = k + 1;
                while e < ci && toks[e].word && words::capitalized(text_of(text, &toks[e])) {
                    e += 1;
                }
                let s = if k > 0 && text_of(text, &toks[k - 1]).eq_ignore_ascii_case("the") { k - 1 } else { k };
                return Some((s, e));
            }
            k += 1;
        }
        None
    }

    /// Turn a found demand into the record.
    fn demand(&self, si: usize, f: &Found, text_override: Option<(usize, Range)>) -> Option<Demand> {
        let (tsi, trange) = text_override.unwrap_or((si, f.text));
        let (span, text) = self.slice(tsi, trange)?;
        let action = match text_override {
            Some(_) => text.to_owned(),
            None => self.slice(si, f.action).map(|(_, a)| a.to_owned()).unwrap_or_default(),
        };
        let target = f.target.and_then(|r| self.slice(si, r)).map(|(_, t)| t.to_owned());
        let (cue_span, cue) = self.slice(si, f.cue)?;
        Some(Demand {
            text: text.to_owned(),
            span,
            actor: self.actor(si, f, cue_span),
            target,
            action,
            cue: Some(cue.to_owned()),
        })
    }

    fn actor(&self, si: usize, f: &Found, cue: Span) -> Option<String> {
        let subject = if f.actor_is_subject { f.actor.and_then(|r| self.slice(si, r)).map(|(_, s)| s) } else { None };
        let first_person = subject.is_some_and(|s| {
            let first = s.split_whitespace().next().unwrap_or("").trim_matches(',').to_lowercase();
            matches!(first.as_str(), "i" | "we" | "our")
        });
        if subject.is_none() || first_person {
            if let Some(name) = self.quote_speaker(cue) {
                return Some(name);
            }
        }
        if let Some(s) = subject {
            if s.eq_ignore_ascii_case("it") || s.eq_ignore_ascii_case("this") {
                if let Some(prev) = self.previous_subject(si) {
                    return Some(prev);
                }
            }
            return Some(s.to_owned());
        }
        f.actor.and_then(|r| self.slice(si, r)).map(|(_, s)| s.to_owned())
    }

    /// The speaker of the quote around `cue`, if the quote extractor named one.
    fn quote_speaker(&self, cue: Span) -> Option<String> {
        let q = self.quotes.iter().find(|q| q.span.start <= cue.start && cue.end <= q.span.end)?;
        let s = self.speakers.get(q.speaker?)?;
        Some(s.name.clone())
    }

    /// The subject that opens the previous sentence ("The letter is signed
    /// by …" → "The letter").
    fn previous_subject(&self, si: usize) -> Option<String> {
        let prev = si.checked_sub(1)?;
        let toks = self.sent_toks.get(prev)?;
        let text = self.text();
        let mut e = 0;
        while e < toks.len() && e < 8 {
            let t = &toks[e];
            let w = text_of(text, t).to_lowercase();
            if !t.word
                || cues::AUXILIARIES.contains(&w)
                || cues::ATTRIBUTION.contains(&w)
                || cues::BOUNDARY_WORDS.contains(&w)
            {
                break;
            }
            e += 1;
        }
        (e > 0).then(|| self.slice(prev, (0, e)).map(|(_, s)| s.to_owned())).flatten()
    }

    /// The sentence ends with a colon.
    fn ends_with_colon(&self, si: usize) -> bool {
        self.sent_toks.get(si).and_then(|t| t.last()).is_some_and(|t| text_of(self.text(), t) == ":")
    }

    /// The block after `bi` is a list item of the release.
    fn list_follows(&self, bi: usize) -> bool {
        self.model.blocks.get(bi + 1).is_some_and(|b| b.kind == BlockKind::ListItem && !b.boilerplate)
    }

    /// One demand per list item after an introducing sentence.
    fn list_items(&self, bi: usize, intro: &Found, consumed: &mut HashSet<usize>, out: &mut Vec<Demand>) {
        let Some(si) = self.model.blocks.get(bi).and_then(|b| b.sentences.end.checked_sub(1)) else {
            return;
        };
        let text = self.text();
        for block in self.model.blocks.iter().skip(bi + 1) {
            if block.kind != BlockKind::ListItem || block.boilerplate {
                break;
            }
            let first = block.sentences.start;
            if first >= block.sentences.end {
                continue;
            }
            let toks = &self.sent_toks[first];
            let end = trim_end(text, toks, 0, toks.len());
            if end == 0 {
                continue;
            }
            consumed.insert(first);
            if let Some(d) = self.demand(si, intro, Some((first, (0, end)))) {
                out.push(d);
            }
        }
    }
}

fn is_question(text: &str, toks: &[Tok]) -> bool {
    toks.iter().rev().find(|t| !quote_mark(text_of(text, t))).is_some_and(|t| text_of(text, t) == "?")
}

/// The clause ends before "because" (the reason is not the demand).
fn cut_at_because(text: &str, toks: &[Tok], from: usize, end: usize) -> usize {
    (from..end).find(|&k| text_of(text, &toks[k]).eq_ignore_ascii_case("because")).unwrap_or(end)
}

/// The agent of a passive: "by WTO MC 13".
fn by_agent(text: &str, toks: &[Tok], from: usize, end: usize) -> Option<Range> {
    let k = (from..end).find(|&k| text_of(text, &toks[k]).eq_ignore_ascii_case("by"))?;
    let mut e = k + 1;
    while e < end && toks[e].word && !cues::BOUNDARY_WORDS.contains(text_of(text, &toks[e])) && e < k + 8 {
        e += 1;
    }
    (e > k + 1).then_some((k + 1, e))
}

/// Where a subject with an apposition starts: "The moratorium …, called
/// the E-Com Moratorium, must" starts at the clause start.
fn appositive_start(text: &str, toks: &[Tok], ci: usize, floor: usize) -> usize {
    let mut k = ci;
    while k > floor {
        let w = text_of(text, &toks[k - 1]);
        if !toks[k - 1].word && matches!(w, ";" | ":" | "(" | ")") || quote_mark(w) {
            break;
        }
        k -= 1;
    }
    k
}

/// A subject with a relative clause: "Countries that have not ratified
/// the treaty should": the party before "that", "who" or "which", with
/// the clause, when no punctuation intervenes.
fn relative_subject(text: &str, toks: &[Tok], ci: usize, floor: usize, proper: &HashSet<String>) -> Option<Range> {
    for k in (floor..ci).rev().take(20) {
        let t = &toks[k];
        let w = text_of(text, t).to_lowercase();
        if !t.word {
            return None;
        }
        if matches!(w.as_str(), "who" | "that" | "which") {
            let np = subject_before(text, toks, k, floor)?;
            return is_party(text, toks, np, proper).then_some((np.0, ci));
        }
    }
    None
}

/// The head of the target is a pronoun, a name or an acronym.
fn named_or_pronoun(text: &str, toks: &[Tok], np: Range) -> bool {
    phrase::head(text, toks, np).is_some_and(|h| {
        let w = text_of(text, &toks[h]);
        words::capitalized(w) || cues::OBJECT_PRONOUNS.contains(w) || cues::SUBJECT_PRONOUNS.contains(w)
    })
}

/// Documents that can call on someone ("letters urging senators to …").
const DOCUMENT_NOUNS: &[&str] = &[
    "letter",
    "letters",
    "statement",
    "statements",
    "petition",
    "petitions",
    "resolution",
    "resolutions",
    "report",
    "reports",
    "text",
    "bill",
    "bills",
    "campaign",
    "campaigns",
    "declaration",
    "appeal",
    "motion",
    "amendment",
];

/// Words that open a subordinate clause: a modal right after one of them
/// ("how agencies must operate", "because they must") describes rather
/// than calls.
const SUBORDINATORS: &[&str] = &[
    "how", "what", "why", "whether", "where", "when", "which", "who", "if", "unless", "once", "until", "because",
    "although", "though", "while", "since", "whereas", "than", "as", "before", "after",
];

/// Is `subject` the subject of a main (or "that") clause? Not when it
/// follows a preposition ("by MFA should"), a subordinator ("how agencies
/// must"), or a noun ("the resources they need to", "the amount Fodrey
/// should quote": a relative clause). A pronoun after a noun is allowed
/// for "must" and "should" when the sentence opens with a subordinate
/// clause that ends without a comma ("While India has championed the
/// cause of its fishers it must …").
fn main_clause_subject(text: &str, toks: &[Tok], subject: Range, floor: usize, cue: &str) -> bool {
    if subject.0 <= floor {
        return true;
    }
    let prev = &toks[subject.0 - 1];
    let w = text_of(text, prev).to_lowercase();
    if !prev.word {
        return true;
    }
    if SUBORDINATORS.contains(&w.as_str()) || cues::PREPOSITIONS.contains(&w) && w != "that" {
        return false;
    }
    if cues::BOUNDARY_WORDS.contains(&w) || cues::LEADING_FILLERS.contains(&w) || cues::ATTRIBUTION.contains(&w) {
        return true;
    }
    let pronoun = subject.1 - subject.0 == 1 && cues::SUBJECT_PRONOUNS.contains(text_of(text, &toks[subject.0]));
    let opens_subordinate =
        toks.get(floor).is_some_and(|t| SUBORDINATORS.contains(&text_of(text, t).to_lowercase().as_str()));
    pronoun && matches!(cue, "must" | "should") && opens_subordinate
}

/// The last noun phrase of a run that holds two ("build the strong data
/// foundation your organization" → "your organization"): cut before a
/// determiner that follows a content word.
fn last_noun_phrase(text: &str, toks: &[Tok], r: Range) -> Range {
    let mut start = r.0;
    for k in r.0 + 1..r.1 {
        let w = text_of(text, &toks[k]).to_lowercase();
        let prev = text_of(text, &toks[k - 1]).to_lowercase();
        let det = matches!(
            w.as_str(),
            "the" | "a" | "an" | "your" | "their" | "our" | "its" | "his" | "her" | "my" | "this" | "these" | "those"
        );
        if det && toks[k - 1].word && !matches!(prev.as_str(), "of" | "and" | "or" | "&" | "as") {
            start = k;
        }
    }
    (start, r.1)
}

#[cfg(test)]
mod tests;
