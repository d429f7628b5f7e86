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
//!   have questions", "the resources they need to do" (a relative clause),
//!   entitlements ("should have the right to", `demand_entitlements.txt`)
//!   and questions are not demands. A copula is a demand only when it
//!   still asks the subject to act: a frame of `demand_copular.txt`
//!   ("should be involved in", "must be ready to"), a progressive ("should
//!   be thinking about") or a short complement coordinated with an action
//!   verb of `demand_bare_verbs.txt` ("must be more serious and get rid
//!   of"). Instruments and texts (`demand_instruments.txt`: "WTO
//!   Agreements", "the Act") are never parties; "The States Parties to the
//!   Convention" keeps the party before "to".
//! - **verb** cues ("urges X to", "calls on X to", "asks X to", "appeal to
//!   X to", "expect X to", …): the target sits between the cue and "to" and
//!   must be a party; the actor is the subject before the cue, also across
//!   an apposition ("The letter, signed by 124 organizations, urges").
//!   Negated ("did not call on") and passive ("is urged to") cues are
//!   skipped; a call owned by a possessive ("reiterated his appeal to the
//!   Secretary to") is a demand whose actor comes from attribution.
//! - **that** cues ("insist that", "demand that", "made demands that"):
//!   the target is the subject of the clause, or else the party named
//!   before the cue in the same sentence ("We hold the WTO responsible …
//!   and demand that …").
//! - **call for** X to Y: a demand only when X is a party and the
//!   infinitive is active ("call for free speech to be restored" is not).
//!
//! Blocks of legal disclaimers (`demand_disclaimers.txt`: "undue reliance
//! on forward-looking statements") yield no demands.
//!
//! A sentence in which no cue's words occur (`cues::may_hold_cue_in`, read
//! off the model's lexicon hits) is never tokenised for its own sake.
//!
//! A demand clause ends at the end of its sentence, at a full stop glued
//! between two sentences ("power lines.Casey"), at the end of the
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
mod modal;
mod phrase;
mod records;
mod verbs;

use std::cell::RefCell;
use std::collections::HashSet;

use crate::text::tokens::{self as words, text_of, Tok};
use cues::CueKind;
use phrase::{quote_mark, trim_end, ProperNames, Range};

use crate::document::{Demand, Quote, Speaker};
use crate::span::Span;
use crate::text::TextModel;

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
    // Sentences are tokenised on first use, once for every extractor
    // (`TextModel::sentence_tokens`): most hold no cue at all
    // (`cues::may_hold_cue_in`), and only the ones that do, their
    // neighbours and (when a capitalised subject at the start of a
    // sentence needs it) the sentences holding that word elsewhere are
    // ever read as tokens.
    let reader = Reader {
        model,
        proper: ProperNames::new(model),
        speakers,
        quotes,
        quote_ends: running_ends(quotes),
        cue_sentences: cues::sentences_holding_cues(model),
        joined: RefCell::default(),
    };
    let mut out: Vec<Demand> = Vec::new();
    let mut consumed: HashSet<usize> = HashSet::new();
    for (bi, block) in model.content_blocks() {
        if block.caption {
            continue;
        }
        // Whether the block is a legal disclaimer, asked only once a
        // sentence of it may hold a cue (most blocks hold none).
        let mut disclaimer = None;
        for si in block.sentences.clone() {
            if consumed.contains(&si) {
                continue;
            }
            if !reader.may_hold_cue(si) {
                continue;
            }
            if *disclaimer.get_or_insert_with(|| model.lexicon_hits().holds_disclaimer(model.text, block.span)) {
                break;
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

impl Found {
    /// A cue that introduces a list ("It urges Kim to:"): the demand text
    /// runs from `start` to the colon at `colon`; the items carry the action.
    fn list_intro(
        start: usize,
        colon: usize,
        cue: Range,
        target: Option<Range>,
        actor: Option<Range>,
        actor_is_subject: bool,
    ) -> Self {
        Found { text: (start, colon), action: (colon, colon), target, cue, actor, actor_is_subject, list_intro: true }
    }
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
    /// Words seen capitalised inside sentences, asked word by word.
    proper: ProperNames<'m, 'a>,
    speakers: &'m [Speaker],
    quotes: &'m [Quote],
    /// `quote_ends[i]`: the furthest end among `quotes[..=i]`, so that the
    /// quote around a cue is found by binary search, not by a walk over
    /// every quote for every demand (quadratic on huge inputs). Empty when
    /// the quotes are not in start order (then the walk is used).
    quote_ends: Vec<usize>,
    /// Per sentence, whether it may hold a cue, all read in one pass
    /// (`cues::sentences_holding_cues`); `None`: asked sentence by sentence.
    cue_sentences: Option<Vec<bool>>,
    /// The buffer `cues::cue_matches` joins tokens in, kept from sentence
    /// to sentence.
    joined: RefCell<words::JoinedTokens>,
}

/// The running maximum of quote ends, when the quotes are in start order.
fn running_ends(quotes: &[Quote]) -> Vec<usize> {
    if !quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start) {
        return Vec::new();
    }
    quotes
        .iter()
        .scan(0, |furthest, q| {
            *furthest = q.span.end.max(*furthest);
            Some(*furthest)
        })
        .collect()
}

impl<'m, 'a> Reader<'m, 'a> {
    /// The input text.
    pub(super) fn text(&self) -> &str {
        self.model.text
    }

    /// The tokens of sentence `si` (none for an index out of range).
    pub(super) fn toks(&self, si: usize) -> &[Tok] {
        self.model.sentence_tokens(si)
    }

    /// Words seen capitalised inside the release's sentences.
    pub(super) fn proper(&self) -> &ProperNames<'m, 'a> {
        &self.proper
    }

    /// Whether sentence `si` may hold a demand cue: false when no cue's
    /// first word occurs in its text, so that it yields nothing.
    fn may_hold_cue(&self, si: usize) -> bool {
        if let Some(holds) = &self.cue_sentences {
            return holds.get(si).copied().unwrap_or(false);
        }
        self.model
            .sentences
            .get(si)
            .is_some_and(|s| cues::may_hold_cue_in(self.text(), s.span, self.model.lexicon_hits()))
    }

    /// The span and text of tokens `r` of sentence `si`.
    pub(super) fn slice(&self, si: usize, r: Range) -> Option<(Span, &str)> {
        let toks = self.toks(si);
        if r.0 >= r.1 {
            return None;
        }
        let span = Span::new(toks.get(r.0)?.span.start, toks.get(r.1 - 1)?.span.end);
        Some((span, span.slice(self.text())?))
    }

    /// Every demand cue of sentence `si`.
    pub(super) fn sentence(&self, si: usize) -> Vec<Found> {
        let text = self.text();
        let toks = self.toks(si);
        let Some(sentence) = self.model.sentences.get(si) else {
            return Vec::new();
        };
        if is_question(text, toks) {
            return Vec::new();
        }
        let found = {
            // (The buffer is never borrowed twice; a fresh one would do.)
            let mut fresh = words::JoinedTokens::default();
            let mut kept = self.joined.try_borrow_mut();
            let joined = kept.as_deref_mut().unwrap_or(&mut fresh);
            cues::cue_matches(text, sentence.span, toks, self.model.lexicon_hits(), joined)
        };
        let mut out: Vec<Found> = Vec::new();
        for (ci, cj, value) in found {
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
            // "If Members agree to an outcome on fisheries, it must
            // preserve …": "it" is the text, not a party.
            let found = found.filter(|f| kind != CueKind::Modal || !self.it_is_instrument(si, f));
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

    /// Is the target of `f` the pronoun "it" whose nearest antecedent
    /// (within six words back, into the end of the previous sentence) is
    /// an instrument or text ("an outcome on fisheries, it", "as the text
    /// mandates. However, it") rather than a party?
    fn it_is_instrument(&self, si: usize, f: &Found) -> bool {
        let text = self.text();
        let toks = self.toks(si);
        let Some((t0, t1)) = f.target else {
            return false;
        };
        if t1 != t0 + 1 || !toks.get(t0).is_some_and(|t| text_of(text, t).eq_ignore_ascii_case("it")) {
            return false;
        }
        let prev = si.checked_sub(1).map_or(&[][..], |p| self.toks(p));
        let before = toks[..t0].iter().rev().chain(prev.iter().rev()).filter(|t| t.word).take(6);
        for t in before {
            // (The word sets fold case themselves.)
            let w = text_of(text, t);
            if cues::INSTRUMENTS.contains(w) {
                return true;
            }
            if cues::PARTIES.contains(w) || words::acronym(w) {
                return false;
            }
        }
        false
    }

    /// The token range a cue's clause may use: the enclosing quotation, or
    /// the whole sentence.
    pub(super) fn bounds(&self, block: usize, toks: &[Tok], at: usize) -> (usize, usize) {
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
}

fn is_question(text: &str, toks: &[Tok]) -> bool {
    toks.iter().rev().find(|t| !quote_mark(text_of(text, t))).is_some_and(|t| text_of(text, t) == "?")
}

#[cfg(test)]
mod tests;
