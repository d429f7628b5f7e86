//! From found demands to records: the text and action as written, the
//! actor (quote speaker, subject, attribution), and one record per list
//! item under an introducing call.

use std::collections::HashSet;

use super::phrase::{trim_end, Range};
use super::{cues, Found, Reader};
use crate::document::Demand;
use crate::lexicon::with_lowercase;
use crate::span::Span;
use crate::text::tokens::text_of;
use crate::text::BlockKind;

impl Reader<'_, '_> {
    /// Turn a found demand into the record.
    pub(super) fn demand(&self, si: usize, f: &Found, text_override: Option<(usize, Range)>) -> Option<Demand> {
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

    /// Who makes the demand: the quote's speaker for modal and
    /// first-person calls, else the subject ("It" resolved), else the
    /// attribution.
    fn actor(&self, si: usize, f: &Found, cue: Span) -> Option<String> {
        let subject = if f.actor_is_subject { f.actor.and_then(|r| self.slice(si, r)).map(|(_, s)| s) } else { None };
        let first_person = subject.is_some_and(|s| {
            let first = s.split_whitespace().next().unwrap_or("").trim_matches(',');
            with_lowercase(first, |first| matches!(first, "i" | "we" | "our"))
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
        let q = if self.quote_ends.len() == self.quotes.len() && !self.quotes.is_empty() {
            // Quotes in start order: those starting at or before the cue are
            // a prefix, and the first of them to reach the cue's end is the
            // first index where the running maximum of ends reaches it.
            let starts_before = self.quotes.partition_point(|q| q.span.start <= cue.start);
            let first = self.quote_ends.partition_point(|&end| end < cue.end);
            self.quotes[..starts_before].get(first)?
        } else {
            self.quotes.iter().find(|q| q.span.start <= cue.start && cue.end <= q.span.end)?
        };
        let s = self.speakers.get(q.speaker?)?;
        Some(s.name.clone())
    }

    /// The subject that opens the previous sentence ("The letter is signed
    /// by …" → "The letter").
    fn previous_subject(&self, si: usize) -> Option<String> {
        let prev = si.checked_sub(1)?;
        let toks = self.toks(prev);
        let text = self.text();
        let mut e = 0;
        while e < toks.len() && e < 8 {
            let t = &toks[e];
            // (The word sets fold case themselves.)
            let w = text_of(text, t);
            if !t.word
                || cues::AUXILIARIES.contains(w)
                || cues::ATTRIBUTION.contains(w)
                || cues::BOUNDARY_WORDS.contains(w)
            {
                break;
            }
            e += 1;
        }
        (e > 0).then(|| self.slice(prev, (0, e)).map(|(_, s)| s.to_owned())).flatten()
    }

    /// The sentence ends with a colon.
    pub(super) fn ends_with_colon(&self, si: usize) -> bool {
        self.toks(si).last().is_some_and(|t| text_of(self.text(), t) == ":")
    }

    /// The block after `bi` is a list item of the release.
    pub(super) fn list_follows(&self, bi: usize) -> bool {
        self.model.blocks.get(bi + 1).is_some_and(|b| b.kind == BlockKind::ListItem && !b.boilerplate)
    }

    /// One demand per list item after an introducing sentence.
    pub(super) fn list_items(&self, bi: usize, intro: &Found, consumed: &mut HashSet<usize>, out: &mut Vec<Demand>) {
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
            let toks = self.toks(first);
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
