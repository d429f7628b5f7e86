//! Verb demands: "urges Kim to", "calls on WTO members to", "We expect
//! you … to", "demand that …", "call for NOAA to …".

use super::cues::{self, CueKind, DETERMINERS, NEGATIONS, PASSIVE_AUX, PREPOSITIONS, VERB_FILLERS};
use super::phrase::{self, clause_end, is_party, quote_mark, subject_before, trim_end, Range};
use super::{Found, Reader, Subject};
use crate::lexicon::{lowercase, with_lowercase};
use crate::text::tokens::{self as words, text_of, Tok};

impl Reader<'_, '_> {
    /// The subject before a verb cue, skipping adverbs and auxiliaries.
    fn verb_subject(&self, toks: &[Tok], ci: usize, floor: usize) -> Subject {
        let text = self.text();
        let mut k = ci;
        let mut passive = false;
        let mut negated = false;
        while k > floor && toks[k - 1].word {
            // (The word sets fold case themselves.)
            let w = text_of(text, &toks[k - 1]);
            if NEGATIONS.contains(w) || lower_ends_with(w, "n't") {
                negated = true;
                k -= 1;
                continue;
            }
            if !VERB_FILLERS.contains(w) {
                break;
            }
            passive |= PASSIVE_AUX.contains(w);
            k -= 1;
        }
        if k > floor && text_of(text, &toks[k - 1]).ends_with("n't") {
            negated = true;
        }
        let cue = text_of(text, &toks[ci]);
        if negated || passive && lower_ends_with(cue, "ed") {
            return Subject::NoCall;
        }
        if k > floor {
            let prev = text_of(text, &toks[k - 1]);
            // "Senator Casey reiterated his appeal to the Secretary to …",
            // "renewed their call on the WTO to …": a call as a noun, owned
            // by the one who makes it (who is found by attribution, if at
            // all). Other determiners ("the press", "a request") make no call.
            if k == ci
                && with_lowercase(prev, |p| POSSESSIVES.contains(&p))
                && with_lowercase(cue, |cue| NOUN_CALLS.contains(&cue))
            {
                return Subject::Found(None);
            }
            if DETERMINERS.contains(prev) || matches!(prev, "’" | "'") {
                return Subject::NoCall;
            }
        }
        if k > floor && with_lowercase(text_of(text, &toks[k - 1]), |w| matches!(w, "and" | "or" | "but")) {
            // "… and demand that": the subject is far away.
            return Subject::Found(None);
        }
        let mut subject = subject_before(text, toks, k, floor);
        if lower_ends_with(cue, "ing") && k == ci {
            if let Some(s) = subject {
                let h = phrase::head(text, toks, s).map(|h| lowercase(text_of(text, &toks[h]))).unwrap_or_default();
                if !is_party(text, toks, s, self.proper()) && !DOCUMENT_NOUNS.contains(&&*h) {
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
                } else if j > floor {
                    // "The letter, signed by 124 organizations from 40
                    // countries, urges": the noun phrase that opens the
                    // clause, before its apposition.
                    subject = self.appositive_subject(toks, j, floor);
                }
            }
        }
        // "The SDG mandate implicitly calls for", "Their letter instead
        // called for": adverbs end the subject.
        if let Some((s0, s1)) = subject {
            let mut e = s1;
            while e > s0 + 1 && {
                let w = text_of(text, &toks[e - 1]);
                SUBJECT_ADVERBS.contains(&w)
            } {
                e -= 1;
            }
            subject = Some((s0, e));
        }
        // "We are writing to urge you": the subject of "are writing".
        if let Some((s0, s1)) = subject {
            let gerund = s1 == s0 + 1 && lower_ends_with(text_of(text, &toks[s0]), "ing");
            let mut p = s0;
            while p > floor && toks[p - 1].word && cues::adverb(text_of(text, &toks[p - 1])) {
                p -= 1;
            }
            let aux = p > floor && cues::AUXILIARIES.contains(text_of(text, &toks[p - 1]));
            if gerund && aux {
                subject = subject_before(text, toks, p - 1, floor);
            }
        }
        Subject::Found(subject)
    }

    /// The subject before an apposition that ends at the comma `j`
    /// ("The letter, signed by …, urges"): a party or a document that
    /// opens its clause.
    fn appositive_subject(&self, toks: &[Tok], j: usize, floor: usize) -> Option<Range> {
        let text = self.text();
        let s = subject_before(text, toks, j, floor)?;
        let opens = s.0 == floor || !toks[s.0 - 1].word;
        let head = phrase::head(text, toks, s).map(|h| lowercase(text_of(text, &toks[h]))).unwrap_or_default();
        (opens && (is_party(text, toks, s, self.proper()) || DOCUMENT_NOUNS.contains(&&*head))).then_some(s)
    }

    /// A verb cue with its target before an infinitive ("urges Kim to",
    /// "call for NOAA to"), or ending in a colon before a list.
    pub(super) fn verb_to(
        &self,
        toks: &[Tok],
        ci: usize,
        cj: usize,
        floor: usize,
        limit: usize,
        kind: CueKind,
    ) -> Option<Found> {
        let text = self.text();
        let Subject::Found(subject) = self.verb_subject(toks, ci, floor) else {
            return None;
        };
        let lw = |k: usize| toks.get(k).map(|t| lowercase(text_of(text, t))).unwrap_or_default();
        // "We therefore respectfully request:" followed by a list.
        if kind == CueKind::To && lw(cj) == ":" && cj + 1 >= limit {
            return Some(Found::list_intro(subject.map_or(ci, |s| s.0), cj, (ci, cj), None, subject, true));
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
                // (Lower-casing changes neither ":", a determiner's set
                // membership nor a leading digit.)
                let nw = next.map_or("", |n| text_of(text, n));
                if nw == ":"
                    || next.is_some_and(|n| n.word)
                        && !DETERMINERS.contains(nw)
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
        // "called on Attorney General Loretta Lynch in a June 23 letter to":
        // a prepositional phrase after the party is not part of it.
        if let Some(p) = (cj + 1..tend).find(|&p| {
            toks.get(p).is_some_and(|t| {
                with_lowercase(text_of(text, t), |w| {
                    matches!(w, "in" | "at" | "during" | "on" | "through" | "with" | "by" | "after" | "before" | "for")
                })
            }) && !names_follow(text, toks, p + 1)
        }) {
            tend = p;
        }
        // "urged members not to …": the negation belongs to the action.
        let negated = tend == to && tend > cj && matches!(&*lw(tend - 1), "not" | "never");
        if negated {
            tend -= 1;
        }
        let target = (cj, tend);
        if tend == cj || tend - cj > 12 || PREPOSITIONS.contains(text_of(text, &toks[cj])) {
            return None;
        }
        if !is_party(text, toks, target, self.proper()) {
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
                return Some(Found::list_intro(start, astart, (ci, cj), Some(target), subject, true));
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

    /// A "that" cue ("demand that", "insist that"): the target is the
    /// subject of the clause, or a party named earlier in the sentence.
    pub(super) fn verb_that(&self, toks: &[Tok], ci: usize, cj: usize, floor: usize, limit: usize) -> Option<Found> {
        let text = self.text();
        let Subject::Found(subject) = self.verb_subject(toks, ci, floor) else {
            return None;
        };
        // The subject of the that-clause.
        // It ends at an auxiliary ("civic spaces be respected") or after a
        // party head and the names or party nouns right after it ("the court
        // delay the hearing" → "the court"; "WTO members allow" → "WTO
        // members").
        let party_word = |w: &str| cues::PARTIES.contains(w) || words::acronym(w);
        let mut k = cj;
        let mut seen_head = false;
        while k < limit && k < cj + 8 {
            let t = &toks[k];
            let w = text_of(text, t);
            if !t.word || cues::AUXILIARIES.contains(w) || cues::BOUNDARY_WORDS.contains(w) {
                break;
            }
            let head = party_word(text_of(text, t));
            if seen_head && !head && !words::capitalized(text_of(text, t)) {
                break;
            }
            seen_head |= head;
            k += 1;
        }
        let clause_subject = (k > cj).then_some((cj, k));
        let mut target = clause_subject.filter(|&r| is_party(text, toks, r, self.proper()));
        let list_intro = toks.get(k).is_some_and(|t| text_of(text, t) == ":") && k + 1 >= limit;
        if target.is_none() {
            target = self.named_party_before(toks, floor, ci, subject);
        }
        let target = target?;
        let start = subject.map_or(ci, |s| s.0);
        if list_intro {
            return Some(Found::list_intro(start, k, (ci, cj), Some(target), subject, true));
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
}

/// A name follows at `k`, perhaps after "the": "on Foreign Relations",
/// "in the House" (but not "in a June 23 letter").
fn names_follow(text: &str, toks: &[Tok], k: usize) -> bool {
    let word = |i: usize| toks.get(i).map_or("", |t| text_of(text, t));
    words::capitalized(word(k)) || word(k).eq_ignore_ascii_case("the") && words::capitalized(word(k + 1))
}

/// The head of the target is a pronoun, a name or an acronym.
fn named_or_pronoun(text: &str, toks: &[Tok], np: Range) -> bool {
    phrase::head(text, toks, np).is_some_and(|h| {
        let w = text_of(text, &toks[h]);
        words::capitalized(w) || cues::OBJECT_PRONOUNS.contains(w) || cues::SUBJECT_PRONOUNS.contains(w)
    })
}

/// Adverbs between a subject and its verb cue ("The SDG mandate
/// implicitly calls for"): listed, since a word in "-ly" may be a noun
/// ("the General Assembly", "the family").
const SUBJECT_ADVERBS: &[&str] = &[
    "instead",
    "thus",
    "therefore",
    "again",
    "also",
    "now",
    "implicitly",
    "explicitly",
    "repeatedly",
    "jointly",
    "publicly",
    "formally",
    "officially",
    "specifically",
    "recently",
    "strongly",
    "further",
    "once",
];

/// `lowercase(w).ends_with(suffix)` for a `suffix` of lower-case ASCII
/// letters other than "k" and apostrophes, without the copy: only a
/// letter and its capital lower-case to a string ending in that letter
/// (the Kelvin sign gives a "k", the dotted capital I ends in a combining
/// dot) and only "'" to one ending in "'", so it is `w`'s last bytes,
/// ASCII case ignored.
fn lower_ends_with(w: &str, suffix: &str) -> bool {
    w.len()
        .checked_sub(suffix.len())
        .and_then(|i| w.as_bytes().get(i..))
        .is_some_and(|e| e.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// Possessive determiners that can own a call ("his appeal to").
const POSSESSIVES: &[&str] = &["his", "her", "their", "our", "its", "my", "your"];

/// Cues (their first word) that are also nouns of a call: "his appeal to
/// X to", "their call on X to".
const NOUN_CALLS: &[&str] = &["appeal", "call"];

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

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn lower_ends_with_is_on_the_lower_case(w in "[nN'tT’iIgGeEdD\u{130}\u{212a}\u{3a3}a]{0,6}") {
            for suffix in ["n't", "ed", "ing"] {
                proptest::prop_assert_eq!(lower_ends_with(&w, suffix), w.to_lowercase().ends_with(suffix));
            }
        }
    }
}
