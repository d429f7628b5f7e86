//! Noun phrases and clause ends around a cue, read from sentence tokens:
//! the subject before a modal ("The North Korean government should"), the
//! target between a verb cue and "to" ("urges Kim to"), where the demand
//! clause stops (before ", Human Rights Watch said"), and whether a noun
//! phrase names a party that can be asked to act.

use std::cell::RefCell;

use super::cues::{
    ATTRIBUTION, AUXILIARIES, BOUNDARY_WORDS, DETERMINERS, HEAD_CUTS, LEADING_FILLERS, OBJECT_PRONOUNS, PARTIES,
    SUBJECT_PRONOUNS,
};
use crate::lexicon::{lowercase, with_lowercase};
use crate::text::tokens::{acronym, capitalized, text_of, Tok};
use crate::text::TextModel;

/// A run of tokens `[start, end)`.
pub(crate) type Range = (usize, usize);

/// Marks that open or close a quotation.
pub(crate) fn quote_mark(s: &str) -> bool {
    matches!(s, "“" | "”" | "\"" | "«" | "»" | "„" | "‘" | "’" | "'" | "‹" | "›")
}

/// The subject noun phrase that ends right before token `end`, reaching
/// back no further than `floor`. A subject pronoun is a whole phrase; a
/// boundary word, an auxiliary or a punctuation mark ends the phrase
/// (a parenthesis is skipped whole: "Senator Doe (D-NY) should").
pub(crate) fn subject_before(text: &str, toks: &[Tok], end: usize, floor: usize) -> Option<Range> {
    let mut k = end;
    let mut start = end;
    let mut words = 0;
    while k > floor && words < 12 {
        let t = &toks[k - 1];
        let w = text_of(text, t);
        if !t.word {
            if w == ")" && k == end {
                // Skip back over "( ... )" right before the cue:
                // "Senator Jane Doe (D-NY) should".
                let open = (floor..k - 1).rev().take(9).find(|&j| text_of(text, &toks[j]) == "(");
                match open {
                    Some(j) if k - 1 - j <= 8 => {
                        k = j;
                        start = j;
                        continue;
                    }
                    _ => break,
                }
            }
            if matches!(w, "&" | "/") {
                k -= 1;
                start = k;
                continue;
            }
            break;
        }
        // (The word sets fold case themselves.)
        if SUBJECT_PRONOUNS.contains(w) {
            start = k - 1;
            break;
        }
        if BOUNDARY_WORDS.contains(w) || AUXILIARIES.contains(w) || ATTRIBUTION.contains(w) && !PARTIES.contains(w) {
            break;
        }
        if start < end && with_lowercase(w, |lw| matches!(lw, "and" | "or")) {
            // "essential and UNCTAD should": clauses, not a coordinated
            // subject, when a new phrase starts after "and" (a name, a
            // determiner, a pronoun) and the word before it is no party.
            // "patients and consumers" stays one phrase.
            let after = text_of(text, &toks[start]);
            let new_phrase = capitalized(after) || DETERMINERS.contains(after) || SUBJECT_PRONOUNS.contains(after);
            let before = (k >= 2 && k - 2 >= floor).then(|| &toks[k - 2]);
            let coordinated = before.is_some_and(|b| {
                let bw = text_of(text, b);
                b.word && (capitalized(bw) || PARTIES.contains(bw))
            });
            if new_phrase && !coordinated {
                break;
            }
        }
        k -= 1;
        start = k;
        words += 1;
    }
    // Strip leading conjunctions and adverbs ("and", "Instead").
    while start < end && toks[start].word && LEADING_FILLERS.contains(text_of(text, &toks[start])) {
        start += 1;
    }
    // Strip leading parenthesis tokens.
    while start < end && !toks[start].word {
        start += 1;
    }
    (start < end).then_some((start, end))
}

/// The head word of a noun phrase: the last word before "of", "in", "who",
/// "as", … ("members of Congress" → "members", "We as a nation" → "We").
pub(crate) fn head(text: &str, toks: &[Tok], np: Range) -> Option<usize> {
    let mut last = None;
    for (k, t) in toks.iter().enumerate().take(np.1).skip(np.0) {
        let w = text_of(text, t);
        if k > np.0 && t.word && HEAD_CUTS.contains(w) {
            break;
        }
        if !t.word && w == "(" {
            break;
        }
        if t.word && w.chars().any(char::is_alphabetic) {
            last = Some(k);
        }
    }
    last
}

/// Words seen capitalised inside a sentence of the release (not first,
/// and not right after an opening quote, a colon, a bracket, a bullet or a
/// dash): proper names, so that a sentence-initial "India" or "Kim" is
/// known as one. Answered per word when asked, from the word's
/// occurrences in the text, so that only the sentences holding one are
/// tokenised; each answer is kept.
pub(crate) struct ProperNames<'m, 'a> {
    model: &'m TextModel<'a>,
    known: RefCell<crate::lexicon::FxMap<String, bool>>,
}

impl<'m, 'a> ProperNames<'m, 'a> {
    /// No word asked yet.
    pub(crate) fn new(model: &'m TextModel<'a>) -> Self {
        ProperNames { model, known: RefCell::new(crate::lexicon::FxMap::default()) }
    }

    /// Is `w` a word token, capitalised and not all capitals, that some
    /// sentence holds after its first token (not after a quote mark, ":",
    /// "(", "•" or a dash)?
    pub(crate) fn contains(&self, w: &str) -> bool {
        if !capitalized(w) || w.chars().all(|c| !c.is_lowercase()) {
            return false;
        }
        if let Some(&known) = self.known.borrow().get(w) {
            return known;
        }
        let text = self.model.text;
        let mut from = 0;
        let mut found = false;
        // Every occurrence, overlapping ones included.
        while let Some(at) = text.get(from..).and_then(|t| t.find(w)).map(|i| from + i) {
            if self.inside_sentence(at, at + w.len()) {
                found = true;
                break;
            }
            from = at + w.chars().next().map_or(1, char::len_utf8);
        }
        self.known.borrow_mut().insert(w.to_owned(), found);
        found
    }

    /// Is `[start, end)` a word token of its sentence, not the first, and
    /// not right after an opening mark?
    fn inside_sentence(&self, start: usize, end: usize) -> bool {
        let text = self.model.text;
        // A token starts after no letter or digit and ends before none
        // (cheap rejections before the sentence is tokenised).
        let before = text.get(..start).and_then(|h| h.chars().next_back());
        let after = text.get(end..).and_then(|t| t.chars().next());
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            return false;
        }
        let Some(si) = self.model.sentence_at(start) else {
            return false;
        };
        let Some(sentence) = self.model.sentences.get(si) else {
            return false;
        };
        if end > sentence.span.end || text.get(sentence.span.start..start).is_none_or(|h| h.trim_start().is_empty()) {
            return false;
        }
        let toks = self.model.sentence_tokens(si);
        let k = toks.partition_point(|t| t.span.start < start);
        let (Some(t), Some(prev)) = (toks.get(k), k.checked_sub(1).and_then(|p| toks.get(p))) else {
            return false;
        };
        if t.span.start != start || t.span.end != end || !t.word {
            return false;
        }
        let p = text_of(text, prev);
        prev.word || !(quote_mark(p) || matches!(p, ":" | "(" | "•" | "-" | "–" | "—"))
    }
}

/// Does the noun phrase name a party that can be asked to act? Pronouns,
/// heads from the party lexicon ("government", "members"), names
/// ("Kim", "President Biden") and acronyms ("WTO") do; abstract heads
/// ("rules", "any security discussion", "International cooperation") do
/// not.
pub(crate) fn is_party(text: &str, toks: &[Tok], np: Range, proper: &ProperNames<'_, '_>) -> bool {
    let Some(h) = head(text, toks, np) else {
        return false;
    };
    // (The word sets fold case themselves.)
    let w = text_of(text, &toks[h]);
    if OBJECT_PRONOUNS.contains(w) {
        return true;
    }
    if DETERMINERS.contains(w)
        || LEADING_FILLERS.contains(w)
        || BOUNDARY_WORDS.contains(w)
        || with_lowercase(w, |lw| matches!(lw, "i" | "there" | "here" | "all" | "none"))
    {
        return false;
    }
    if super::cues::INSTRUMENTS.contains(w) && !acronym(w) {
        // "WTO Agreements must not apply": a text, not a party.
        return false;
    }
    if w.eq_ignore_ascii_case("state") && toks.get(h + 1).is_some_and(|n| text_of(text, n).eq_ignore_ascii_case("of")) {
        // "The state of the world's health should …"
        return false;
    }
    // The part after the last hyphen: lower-casing neither makes nor
    // removes a hyphen, and a hyphen is no context for a final sigma, so
    // the set asked with it (folding case) answers as with the part of
    // the lower-cased word.
    let last_part = w.rsplit('-').next().unwrap_or("");
    if SUBJECT_PRONOUNS.contains(w) || OBJECT_PRONOUNS.contains(w) || PARTIES.contains(w) || PARTIES.contains(last_part)
    {
        return true;
    }
    if acronym(w) {
        return true;
    }
    if capitalized(w) {
        let initial = h == 0 || (h == 1 && !toks[0].word);
        return !initial || proper.contains(w) || np.1 - np.0 >= 2 && h > np.0;
    }
    false
}

/// Where the demand clause that starts at token `from` ends (exclusive),
/// before any trailing attribution (", Human Rights Watch said today" or
/// ", said Brad Adams"), with the attributed noun phrase if any. `limit`
/// is the end of the sentence or of the enclosing quotation.
pub(crate) fn clause_end(text: &str, toks: &[Tok], from: usize, limit: usize) -> (usize, Option<Range>) {
    for k in from..limit {
        let w = text_of(text, &toks[k]);
        if w == "." && glued_sentence_end(text, toks, k) {
            return (k, None);
        }
        if w != "," {
            continue;
        }
        if let Some(actor) = attribution_after(text, toks, k + 1, limit) {
            return (k, Some(actor));
        }
    }
    (limit, None)
}

/// A full stop at token `k` that ends a sentence written without a space
/// after it ("power lines.Casey Quote"): glued to a lower-case word before
/// and a capitalised word after.
fn glued_sentence_end(text: &str, toks: &[Tok], k: usize) -> bool {
    let (Some(prev), Some(dot), Some(next)) =
        (k.checked_sub(1).and_then(|i| toks.get(i)), toks.get(k), toks.get(k + 1))
    else {
        return false;
    };
    prev.word
        && next.word
        && prev.span.end == dot.span.start
        && dot.span.end == next.span.start
        && text_of(text, prev).chars().next_back().is_some_and(char::is_lowercase)
        && capitalized(text_of(text, next))
}

/// ", X said …" or ", said X …" starting at token `m`.
fn attribution_after(text: &str, toks: &[Tok], m: usize, limit: usize) -> Option<Range> {
    let first = toks.get(m).filter(|t| t.word && m < limit)?;
    let fw = lowercase(text_of(text, first));
    if ATTRIBUTION.contains(&fw) && fw != "according" {
        // ", said Brad Adams, Asia director"
        let mut e = m + 1;
        while e < limit && toks[e].word {
            e += 1;
        }
        return (e > m + 1).then_some((m + 1, e));
    }
    if fw == "according" {
        let mut e = m + 2;
        while e < limit && toks[e].word {
            e += 1;
        }
        return (e > m + 2).then_some((m + 2, e));
    }
    if matches!(
        &*fw,
        "which"
            | "who"
            | "that"
            | "and"
            | "but"
            | "as"
            | "while"
            | "including"
            | "where"
            | "when"
            | "because"
            | "so"
            | "if"
            | "or"
            | "not"
            | "particularly"
            | "especially"
            | "notably"
            | "such"
            | "like"
            | "even"
            | "mainly"
            | "mostly"
    ) {
        // ", particularly those originating from state actors": an
        // elaboration of the clause, not its attribution.
        return None;
    }
    let mut k = m;
    while k < limit && k < m + 14 {
        let t = &toks[k];
        if !t.word {
            return None;
        }
        let w = lowercase(text_of(text, t));
        if ATTRIBUTION.contains(&w) && k > m {
            // The verb must end the sentence or be followed by adverbs and
            // prepositional phrases, not a clause of its own.
            return Some((m, k));
        }
        if AUXILIARIES.contains(&w) && !matches!(&*w, "has" | "have") {
            return None;
        }
        k += 1;
    }
    None
}

/// Trim a token range of trailing punctuation (keeping a closing quote
/// whose opening mark is inside) and of list joiners ("; and").
pub(crate) fn trim_end(text: &str, toks: &[Tok], start: usize, mut end: usize) -> usize {
    while end > start {
        let t = &toks[end - 1];
        let w = text_of(text, t);
        if t.word {
            if matches!(&*lowercase(w), "and" | "or") && end - 1 > start && !toks[end - 2].word {
                end -= 1;
                continue;
            }
            break;
        }
        if quote_mark(w)
            && toks[start..end - 1].iter().any(|o| !o.word && matches!(text_of(text, o), "“" | "\"" | "«" | "„"))
        {
            break;
        }
        if w == ")" && toks[start..end - 1].iter().any(|o| text_of(text, o) == "(") {
            break;
        }
        end -= 1;
    }
    end
}
