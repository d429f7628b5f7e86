//! Modal demands: "The North Korean government should immediately
//! undertake …", "it must secure …", and passive modals with an agent
//! ("must be discontinued immediately by WTO MC 13").

use super::cues::{self, NEGATIONS};
use super::phrase::{clause_end, is_party, quote_mark, subject_before, trim_end, ProperNames, Range};
use super::{Found, Reader};
use crate::lexicon::{lowercase, with_lowercase};
use crate::text::tokens::{capitalized, text_of, Tok};
use std::borrow::Cow;

impl Reader<'_, '_> {
    /// A modal cue at tokens `ci..cj`: the subject before it is the
    /// target, the predicate after it the action.
    pub(super) fn modal(&self, toks: &[Tok], ci: usize, cj: usize, floor: usize, limit: usize) -> Option<Found> {
        let text = self.text();
        let lw = |k: usize| toks.get(k).map(|t| lowercase(text_of(text, t))).unwrap_or_default();
        // The word itself, for the word sets (which fold case themselves).
        let word = |k: usize| toks.get(k).map_or("", |t| text_of(text, t));
        // "must-see", "a must."
        if text.get(toks[cj - 1].span.end..).is_some_and(|r| r.starts_with('-'))
            || !toks.get(cj).is_some_and(|t| t.word)
        {
            return self.modal_list_intro(toks, ci, cj, floor, limit);
        }
        if cues::SUBJECT_PRONOUNS.contains(word(cj)) {
            // "should you have questions"
            return None;
        }
        let mut k = cj;
        while k < limit && cues::adverb(&lw(k)) {
            k += 1;
        }
        // "must and will be held"
        if matches!(&*lw(k), "and" | "or")
            && matches!(&*lw(k + 1), "will" | "can" | "shall" | "would" | "should" | "must")
        {
            k += 2;
        }
        if lw(k) == "have" && cues::participle(&lw(k + 1)) {
            return None;
        }
        // "Countries should have the right to decide": an entitlement.
        let det = usize::from(matches!(&*lw(k + 1), "the" | "a" | "an" | "more" | "full" | "equal"));
        if lw(k) == "have" && cues::ENTITLEMENTS.contains(&lw(k + 1 + det)) {
            return None;
        }
        if matches!(
            &*lw(k),
            "see" | "expect" | "know" | "receive" | "get" | "hear" | "arrive" | "happen" | "occur" | "result" | "last"
        ) {
            // "We should see results by next year": an expectation.
            return None;
        }
        if lw(cj) == "do" && lw(cj + 1) == "with" {
            // "It has to do with funding."
            return None;
        }
        if ci > floor && cues::DETERMINERS.contains(word(ci - 1)) {
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
        // "UNCTAD should be involved in monitoring", "we should be thinking
        // about", "the WTO must be more serious and get rid of …": a copula
        // that still asks the subject to act.
        let active_copula = lw(k) == "be" && active_copula(&lw, k + 1, end);
        if matches!(&*lw(k), "be" | "been") && !active_copula {
            let mut p = k + 1;
            while p < end && cues::adverb(&lw(p)) {
                p += 1;
            }
            if cues::participle(&lw(p)) {
                // Passive: a demand only with a "by" agent.
                let agent = by_agent(text, toks, p + 1, end)?;
                if !is_party(text, toks, agent, self.proper()) {
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
        if matches!(&*lw(k), "be" | "been") && !active_copula {
            // A copula ("should be free to", "must be accountable") states
            // how things ought to be, not what the subject should do.
            return None;
        }
        // "Egyptian authorities … released researchers, but should free …":
        // a predicate coordinated with the sentence's first one.
        let coordinated = ci > floor && with_lowercase(word(ci - 1), |w| matches!(w, "but" | "and" | "yet"));
        if coordinated {
            let lead = leading_subject(text, toks, floor, ci)?;
            if !is_party(text, toks, lead, self.proper()) || end <= cj {
                return None;
            }
            return Some(Found {
                text: (ci, end),
                action: (cj, end),
                target: Some(lead),
                cue: (ci, cj),
                actor: attribution,
                actor_is_subject: false,
                list_intro: false,
            });
        }
        let subject = match subject.map(|s| (s, self.parties_to(toks, s, floor))) {
            Some((_, Some(whole))) => whole,
            Some((s, None)) if is_party(text, toks, s, self.proper()) => s,
            _ => relative_subject(text, toks, ci, floor, self.proper())?,
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

    /// "The Parties to the Agreement should": a party named by the
    /// instrument it belongs to, from the party to the end of `s`.
    fn parties_to(&self, toks: &[Tok], s: Range, floor: usize) -> Option<Range> {
        let text = self.text();
        let to = s.0.checked_sub(1).filter(|&t| t > floor)?;
        if !text_of(text, &toks[to]).eq_ignore_ascii_case("to") {
            return None;
        }
        let party = subject_before(text, toks, to, floor)?;
        is_party(text, toks, party, self.proper()).then_some((party.0, s.1))
    }

    /// "Governments should:" followed by a list.
    fn modal_list_intro(&self, toks: &[Tok], ci: usize, cj: usize, floor: usize, limit: usize) -> Option<Found> {
        let text = self.text();
        if toks.get(cj).is_some_and(|t| text_of(text, t) == ":") && cj + 1 >= limit {
            let subject = subject_before(text, toks, ci, floor)?;
            if is_party(text, toks, subject, self.proper()) {
                return Some(Found::list_intro(
                    subject.0,
                    cj,
                    (ci, cj),
                    Some(subject),
                    self.leading_attribution(toks, subject.0, floor),
                    false,
                ));
            }
        }
        None
    }

    /// "X said that" / "the Senator suggests that" before a modal subject.
    fn leading_attribution(&self, toks: &[Tok], start: usize, floor: usize) -> Option<Range> {
        let text = self.text();
        let mut k = start;
        while k > floor {
            let w = lowercase(text_of(text, &toks[k - 1]));
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
}

/// After "<modal> be" at `p`: a frame of `demand_copular.txt` ("involved
/// in", "ready to"), a progressive ("thinking about"), or a short
/// complement coordinated with a bare verb ("more serious and get rid of").
fn active_copula<'t>(lw: &dyn Fn(usize) -> Cow<'t, str>, p: usize, end: usize) -> bool {
    let mut p = p;
    while p < end && cues::adverb(&lw(p)) && lw(p) != "not" {
        p += 1;
    }
    if p >= end {
        return false;
    }
    if cues::COPULAR_FRAMES.iter().any(|f| f.iter().enumerate().all(|(i, w)| lw(p + i) == *w)) {
        return true;
    }
    let w = lw(p);
    if w.len() > 4 && w.ends_with("ing") && !matches!(&*w, "nothing" | "something" | "anything" | "everything") {
        return true;
    }
    // "more serious and get rid of": up to three words, "and", a bare verb
    // (not a participle, an adjective in -ed, or a determiner).
    (p + 1..(p + 4).min(end)).any(|a| {
        lw(a) == "and" && {
            let v = lw(a + 1);
            cues::BARE_VERBS.contains(&v) && (p..a).all(|q| !cues::participle(&lw(q)))
        }
    })
}

/// The clause ends before "because" (the reason is not the demand).
fn cut_at_because(text: &str, toks: &[Tok], from: usize, end: usize) -> usize {
    (from..end).find(|&k| text_of(text, &toks[k]).eq_ignore_ascii_case("because")).unwrap_or(end)
}

/// The agent of a passive: "by WTO MC 13".
fn by_agent(text: &str, toks: &[Tok], from: usize, end: usize) -> Option<Range> {
    // "by" soon after the participle, in the same clause ("discontinued
    // immediately by", "held to account by"; not "prohibited or
    // restricted are subsidies by").
    let k = (from..end.min(from + 4))
        .take_while(|&k| toks[k].word && !cues::AUXILIARIES.contains(text_of(text, &toks[k])))
        .find(|&k| text_of(text, &toks[k]).eq_ignore_ascii_case("by"))?;
    let mut e = k + 1;
    while e < end && toks[e].word && !cues::BOUNDARY_WORDS.contains(text_of(text, &toks[e])) && e < k + 8 {
        e += 1;
    }
    (e > k + 1).then_some((k + 1, e))
}

/// The noun phrase that opens the clause at `floor`: words up to the
/// first auxiliary, reporting verb, preposition, punctuation or past-tense
/// verb ("Egyptian authorities on February 4 released" → "Egyptian
/// authorities").
fn leading_subject(text: &str, toks: &[Tok], floor: usize, ci: usize) -> Option<Range> {
    // Skip a dateline: "(New York, February 4, 2011) -".
    let mut floor = floor;
    if toks.get(floor).is_some_and(|t| text_of(text, t) == "(") {
        if let Some(close) = (floor..ci.min(floor + 16)).find(|&k| text_of(text, &toks[k]) == ")") {
            floor = close + 1;
        }
    }
    while floor < ci && !toks[floor].word {
        floor += 1;
    }
    let mut e = floor;
    while e < ci && e < floor + 8 {
        let t = &toks[e];
        let w = lowercase(text_of(text, t));
        let verbish = e > floor && w.ends_with("ed") && !capitalized(text_of(text, t));
        if !t.word
            || cues::AUXILIARIES.contains(&w)
            || cues::ATTRIBUTION.contains(&w)
            || cues::BOUNDARY_WORDS.contains(&w)
            || verbish
        {
            break;
        }
        e += 1;
    }
    (e > floor).then_some((floor, e))
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
fn relative_subject(text: &str, toks: &[Tok], ci: usize, floor: usize, proper: &ProperNames<'_, '_>) -> Option<Range> {
    for k in (floor..ci).rev().take(20) {
        let t = &toks[k];
        let w = lowercase(text_of(text, t));
        if !t.word {
            return None;
        }
        if matches!(&*w, "who" | "that" | "which") {
            let np = subject_before(text, toks, k, floor)?;
            return is_party(text, toks, np, proper).then_some((np.0, ci));
        }
    }
    None
}

/// Nouns that a relative "that" usually follows ("the steps that
/// governments must take").
const RELATIVE_HEADS: &[&str] = &[
    "thing",
    "things",
    "one",
    "way",
    "ways",
    "step",
    "steps",
    "measure",
    "measures",
    "action",
    "actions",
    "issue",
    "issues",
    "rule",
    "rules",
    "change",
    "changes",
    "commitment",
    "commitments",
    "reform",
    "reforms",
    "everything",
    "something",
    "anything",
    "nothing",
    "all",
    "requirements",
    "obligations",
    "standards",
    "conditions",
    "price",
    "role",
    "work",
    "decisions",
    "choices",
    "lesson",
    "lessons",
    "questions",
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
    let w = lowercase(text_of(text, prev));
    if !prev.word {
        return true;
    }
    if SUBORDINATORS.contains(&&*w) || cues::PREPOSITIONS.contains(&w) && w != "that" {
        return false;
    }
    if w == "that" && subject.0 >= 2 {
        // "the one thing that the WTO must do": a relative clause. For
        // "have to" and "need to" ("fees that the corporations have to
        // pay") "that" must follow a reporting verb.
        let before = lowercase(text_of(text, &toks[subject.0 - 2]));
        let weak = !matches!(cue, "must" | "should" | "ought");
        if RELATIVE_HEADS.contains(&&*before) || weak && !cues::ATTRIBUTION.contains(&before) {
            return false;
        }
    }
    if cues::BOUNDARY_WORDS.contains(&w) || cues::LEADING_FILLERS.contains(&w) || cues::ATTRIBUTION.contains(&w) {
        return true;
    }
    let pronoun = subject.1 - subject.0 == 1 && cues::SUBJECT_PRONOUNS.contains(text_of(text, &toks[subject.0]));
    let opens_subordinate = toks.get(floor).is_some_and(|t| SUBORDINATORS.contains(&&*lowercase(text_of(text, t))));
    pronoun && matches!(cue, "must" | "should") && opens_subordinate
}

/// The last noun phrase of a run that holds two ("build the strong data
/// foundation your organization" → "your organization"): cut before a
/// determiner that follows a content word.
fn last_noun_phrase(text: &str, toks: &[Tok], r: Range) -> Range {
    let mut start = r.0;
    for k in r.0 + 1..r.1 {
        let det = with_lowercase(text_of(text, &toks[k]), |w| {
            matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "your"
                    | "their"
                    | "our"
                    | "its"
                    | "his"
                    | "her"
                    | "my"
                    | "this"
                    | "these"
                    | "those"
            )
        });
        if det
            && toks[k - 1].word
            && !with_lowercase(text_of(text, &toks[k - 1]), |prev| matches!(prev, "of" | "and" | "or" | "&" | "as"))
        {
            start = k;
        }
    }
    (start, r.1)
}

/// Words that open a subordinate clause: a modal right after one of them
/// ("how agencies must operate", "because they must") describes rather
/// than calls.
const SUBORDINATORS: &[&str] = &[
    "how", "what", "why", "whether", "where", "when", "which", "who", "if", "unless", "once", "until", "because",
    "although", "though", "while", "since", "whereas", "than", "as", "before", "after",
];
