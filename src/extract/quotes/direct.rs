//! Direct quotes: the top-level quotation pairs of the text model that
//! someone said, with their attribution.
//!
//! For each pair (outside boilerplate and captions), attribution is read
//! in this order:
//! 1. a cue after the quote in its sentence ("“A,” said X." / "“A,” X
//!    said." / "“A.” Adams said.", the last being a short sentence of its
//!    own), or a dash and a name ("“A.” — Cook County State's Attorney
//!    Eileen Burke");
//! 2. a cue before the quote in its sentence ("X said: “A”", "According to
//!    X, “A”", "Added X, “A”");
//! 3. the line before the quote's paragraph: an intro line ending in a
//!    colon ("Gordon Brown, former Prime Minister … said:") or a header
//!    that only names a speaker ("Africa Kiiza, African Trade Network,
//!    Uganda");
//! 4. the newswire convention: the speaker of the nearest preceding
//!    attributed quote in the same or the immediately preceding paragraph.
//!
//! A pair that nobody is said to have spoken is kept only when it reads as
//! speech, not as a scare quote or a title: see [`reads_as_speech`].

use super::cues::{self, Cue, CueScan};
use super::names::{self, Mention, MentionKind};
use super::speakers::Registry;
use super::{CONF_CONTINUED, CONF_CUE, CONF_DASH, CONF_INTRO, CONF_NONE, CONF_PRONOUN};
use crate::document::{Quote, QuoteKind};
use crate::span::Span;
use crate::text::{QuotePair, TextModel};

/// How a quote got its speaker.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Attribution {
    speaker: Option<usize>,
    cue: Option<Span>,
    confidence: f32,
    /// The cue sits in the quote's own sentence.
    own: bool,
    /// Only the speaker phrase separates the cue from the quote ("“A,”
    /// said X", "X said: “A”"): the quote is what the cue reports.
    adjacent: bool,
}

/// The full extent of a pair, marks included.
pub(super) fn outer(q: &QuotePair) -> Span {
    Span::new(q.open.map_or(q.inner.start, |o| o.start), q.close.map_or(q.inner.end, |c| c.end))
}

use super::{at_most_words, word_count_upto};

/// Words a title leaves in lower case ("Our World is not for Sale"), which
/// do not count for or against it. (A `match` rather than a list: this runs
/// on every word of every quotation.)
fn is_small_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "and"
            | "for"
            | "in"
            | "on"
            | "a"
            | "an"
            | "to"
            | "at"
            | "by"
            | "with"
            | "&"
            | "–"
            | "-"
            | "—"
            | "or"
    )
}

/// Whether a quoted span reads as a title ("Beyond Genetics – The New
/// Science", “Safe Streets Act”: most words capitalised, no closing
/// punctuation), in one pass over its words. Asked only where the answer
/// can matter (most quotes are kept or dropped by their cue and their
/// first words).
///
/// The walk stops once the words left cannot make a title: those left
/// after a word ending at byte `e` are at most `(len - e).div_ceil(2)` (each
/// is a byte or more after whitespace), and even all capitalised they
/// cannot bring the share up. With lower-case words read the short-span
/// rule (every word capitalised) fails too. The same answer as reading
/// every word ([`title_share`] on the whole span; see the test).
fn reads_as_title(s: &str) -> bool {
    // A span ending in a comma or full stop reads as a sentence unless
    // nearly every word is capitalised ("Beyond Genetics – … Prevention,").
    let share = if s.trim_end().ends_with([',', '.']) { 9 } else { 7 };
    let (mut words, mut caps, mut hopeless) = (0usize, 0usize, false);
    super::each_word(s, |end, w, _| {
        if !is_small_word(w) {
            words += 1;
            caps += usize::from(w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
        }
        let lower = words - caps;
        let left = s.len().saturating_sub(end).div_ceil(2);
        hopeless = lower > 0 && (10 - share) * (caps + left) < share * lower;
        !hopeless
    });
    !hopeless && title_share(words, caps, share)
}

/// The title rule on a span's counts: short spans need every word
/// capitalised ("Blame Game"); longer ones most ("Our World is not for
/// Sale: WTO – Shrink or Sink!"), `share` tenths of them.
fn title_share(words: usize, caps: usize, share: usize) -> bool {
    words > 0 && if words <= 3 { caps == words } else { caps * 10 >= words * share }
}

/// [`reads_as_title`] reading every word (the tests' reference).
#[cfg(test)]
fn reads_as_title_whole(s: &str) -> bool {
    let share = if s.trim_end().ends_with([',', '.']) { 9 } else { 7 };
    let (mut words, mut caps) = (0, 0);
    for w in s.split_whitespace().filter(|w| !is_small_word(w)) {
        words += 1;
        caps += usize::from(w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    }
    title_share(words, caps, share)
}

/// Words after which a quoted span is a name or title, not speech ("the
/// “Safe Streets Act”", "titled “…”").
const NP_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "our",
    "his",
    "her",
    "this",
    "these",
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
    "so-called",
    "as",
    "of",
    "new",
    "annual",
];

/// True when the word before the opening mark makes the quote a noun phrase.
fn np_embedded(model: &TextModel<'_>, q: &QuotePair) -> bool {
    let Some(open) = q.open else {
        return false;
    };
    let before = model.text.get(..open.start).unwrap_or("").trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    NP_OPENERS.contains(&prev) || prev.ends_with("-page")
}

/// Nouns for written or recorded works ("op-ed", "article", "book").
static WORK_NOUNS: std::sync::LazyLock<crate::lexicon::WordSet> = std::sync::LazyLock::new(|| {
    crate::lexicon::WordSet::new(crate::lexicon::entries(include_str!("../../lexicon/data/work_nouns.txt")))
});

/// True when the quote follows a work noun and a comma or colon ("in his
/// op-ed, “…”", "the report: “…”").
fn after_work_noun(model: &TextModel<'_>, q: &QuotePair) -> bool {
    let Some(open) = q.open else {
        return false;
    };
    let before = model.text.get(..open.start).unwrap_or("").trim_end();
    let Some(before) = before.strip_suffix([',', ':']) else {
        return false;
    };
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    WORK_NOUNS.contains(prev)
}

/// Does an unattributed pair read as speech? It must be long (eight words
/// or more) and read as a sentence of its own: it ends with sentence
/// punctuation, or it fills most of its sentence rather than sitting in it
/// as a noun phrase.
/// `n8` is the word count of the pair's inner text up to eight
/// (`word_count_upto(inner, 8)`) and `title` whether it reads as a title,
/// asked only when the answer still depends on it; the exact word count
/// is read only for the last test.
fn reads_as_speech(model: &TextModel<'_>, q: &QuotePair, n8: usize, title: impl FnOnce() -> bool) -> bool {
    let inner = model.slice(q.inner);
    if n8 < 8 || title() || np_embedded(model, q) {
        return false;
    }
    if inner.trim_end().ends_with(['.', '!', '?', ',', '…']) || q.close.is_none() || q.continued {
        return true;
    }
    let n = word_count_upto(inner, usize::MAX);
    let o = outer(q);
    let sent = model.sentence_at(o.start).map_or(o, |i| model.sentences[i].span);
    // (Counting past the most words that pass changes no answer.)
    let sent_words = word_count_upto(model.slice(sent), n * 10 / 6 + 1).max(1);
    n * 10 >= sent_words * 6
}

/// Find the direct quotes of the model and register their speakers.
pub(super) fn extract(model: &TextModel<'_>, reg: &mut Registry, scan: &CueScan<'_>) -> Vec<Quote> {
    let mut out = Vec::new();
    // (speaker, block) of the last attributed quote, for continuation.
    let mut last: Option<(Option<usize>, usize)> = None;
    // The last block without quotes: an intro or header line there ("X
    // said:") names the speaker of quotes opening the next block. It is read
    // only when such a block follows (most blocks hold no quote).
    let mut intro_block: Option<usize> = None;
    let mut prev_block: Option<usize> = None;
    // Blocks left in which an unclosed quote may still run on.
    let mut unclosed = 0u8;
    // The block's quotation spans, in one buffer for all blocks.
    let mut masks: Vec<Span> = Vec::new();
    for (bi, block) in model.content_blocks() {
        if block.caption {
            continue;
        }
        let pairs = model.quotes_in(block);
        masks.clear();
        masks.extend(pairs.iter().map(outer));
        // An intro line before quotes names its speaker even when the quote
        // carries its own cue (its role may be fuller there).
        let quote_led = pairs.first().is_some_and(|q| outer(q).start <= block.span.start + 1);
        // (speaker phrase, cue, block) of the intro line before this block.
        let intro: Option<(Mention, Option<Cue>, usize)> = intro_block
            .filter(|&b| quote_led && Some(b) == prev_block)
            .and_then(|b| intro_line(model, scan, b).map(|(m, cue)| (m, cue, b)));
        if let Some((m, _, b)) = intro.as_ref() {
            if Some(*b) == prev_block && !matches!(m.kind, MentionKind::Pronoun(_)) {
                reg.resolve(m);
            }
        }
        for (qi, q) in pairs.iter().enumerate() {
            let inner = model.slice(q.inner);
            // Every test of the word count below asks about eight words
            // or fewer (the exact count is read where it is needed), and
            // the title test reads the whole span: it is asked lazily, at
            // most once.
            let n = word_count_upto(inner, 8);
            let mut title_memo = None;
            let mut title = || *title_memo.get_or_insert_with(|| reads_as_title(inner));
            if n == 0 {
                continue;
            }
            let mut attr = own_sentence(model, scan, reg, pairs, qi, &masks);
            if attr.is_none() && qi == 0 && sentence_like(inner) {
                if let Some((m, cue, _)) = intro.as_ref().filter(|(_, _, b)| Some(*b) == prev_block) {
                    let mut a = attribute(model, reg, m, *cue, CONF_INTRO);
                    a.own = false;
                    a.confidence = a.confidence.min(CONF_INTRO);
                    attr = Some(a);
                }
            }
            if attr.is_none() && qi + 1 == pairs.len() {
                if let Some(m) = trailer(model, bi) {
                    let mut a = attribute(model, reg, &m, None, CONF_INTRO);
                    a.own = false;
                    attr = Some(a);
                }
            }
            if attr.is_none() {
                if let Some((sp, b)) = last {
                    if b == bi || Some(b) == prev_block {
                        attr = Some(Attribution {
                            speaker: sp,
                            cue: None,
                            confidence: CONF_CONTINUED,
                            own: false,
                            adjacent: false,
                        });
                    }
                }
            }
            // "in his recent op-ed, “The Demonization of Israel: …”": a
            // work's title, even next to a cue.
            if after_work_noun(model, q) && title() {
                continue;
            }
            let keep = match attr {
                // A short span is a quote only when its cue reports it
                // directly ("“Act now,” said Brad Adams"), not when a cue
                // elsewhere in the sentence governs it (a scare quote).
                Some(a) if a.own => {
                    let closed = inner.trim_end().ends_with([',', '.', '!', '?', '…']);
                    a.adjacent || n >= 3 && !title() && (n >= 6 || closed)
                }
                Some(_) => n >= 4 && !title() && (reads_as_speech(model, q, n, || false) || sentence_like(inner)),
                None => reads_as_speech(model, q, n, title),
            };
            if !keep {
                continue;
            }
            let a = attr.unwrap_or(Attribution {
                speaker: None,
                cue: None,
                confidence: CONF_NONE,
                own: false,
                adjacent: false,
            });
            if a.speaker.is_some() {
                last = Some((a.speaker, bi));
                unclosed = if q.close.is_none() { 3 } else { 0 };
            }
            out.push(Quote {
                text: inner.to_owned(),
                span: q.inner,
                kind: QuoteKind::Direct,
                speaker: a.speaker,
                cue: a.cue.map(|c| model.slice(c).to_owned()),
                confidence: a.confidence,
            });
        }
        if pairs.is_empty() {
            intro_block = Some(bi);
            // Paragraphs of a speech whose quote never closed (split by a
            // scraper) keep the speaker for the next quoted paragraph.
            if unclosed > 0 {
                unclosed -= 1;
                if let Some((sp, _)) = last {
                    last = Some((sp, bi));
                }
            }
        } else if !pairs.iter().any(|q| q.close.is_none()) {
            unclosed = 0;
        }
        prev_block = Some(bi);
    }
    out
}

fn sentence_like(s: &str) -> bool {
    let t = s.trim();
    t.starts_with(char::is_uppercase) || t.ends_with(['.', '!', '?', ',', '…'])
}

/// Attribution from a cue in the quote's own sentence, or a dash after it.
fn own_sentence(
    model: &TextModel<'_>,
    scan: &CueScan<'_>,
    reg: &mut Registry,
    pairs: &[QuotePair],
    qi: usize,
    masks: &[Span],
) -> Option<Attribution> {
    let text = model.text;
    let q = &pairs[qi];
    let o = outer(q);
    let inner = model.slice(q.inner);
    let block = &model.blocks[q.block];
    let next_open = pairs.get(qi + 1).map_or(block.span.end, |n| outer(n).start);
    // After the quote: to the end of its sentence, or of the next sentence
    // when the quote ends its own ("“A.” Adams said.").
    let close_sent = model.sentence_at(o.end.saturating_sub(1));
    let mut after_end = close_sent.map_or(block.span.end, |i| model.sentences[i].span.end);
    let mut extended = false;
    if text.get(o.end..after_end).is_some_and(|s| s.trim().is_empty()) {
        if let Some(i) = close_sent {
            if let Some(ns) = model.sentences.get(i + 1).filter(|s| s.block == q.block) {
                // "“A.” Adams said." or "“A.” Emerson said, “B.”".
                let end = ns.span.end.min(next_open);
                if text
                    .get(ns.span.start..end)
                    .is_some_and(|t| at_most_words(t, if end < ns.span.end { 8 } else { 15 }))
                {
                    after_end = end;
                    extended = true;
                }
            }
        }
    }
    let after = Span::new(o.end, after_end.min(next_open).max(o.end));
    if extended {
        // The next sentence may belong to the next quote ("Mr. Smith said
        // that “…”"): the quote's own sentence speaks first.
        if let Some(a) = before_quote(model, scan, reg, q, masks) {
            return Some(a);
        }
    }
    // The first cue that yields a speaker ("state" in "the state budget"
    // is a noun, not a cue).
    for c in scan.find(after, masks).iter().take(3) {
        let lead = text.get(after.start..c.span.start).unwrap_or("");
        let lead_empty = lead.trim_matches(|ch: char| !ch.is_alphanumeric()).is_empty();
        let m = if c.prep || lead_empty {
            names::after_cue(text, Span::new(c.span.end, after.end))
        } else {
            names::before_cue(text, Span::new(after.start, c.span.start))
                .or_else(|| names::after_cue(text, Span::new(c.span.end, after.end)))
        };
        if let Some(m) = m {
            let mut a = attribute(model, reg, &m, Some(*c), CONF_CUE);
            // "“A,” said X" / "“A.” Adams said": punctuation closes the
            // quote; "“died” as they explained" is a scare quote.
            let punct =
                inner.trim_end().ends_with([',', '.', '!', '?', '…']) || lead.trim_start().starts_with([',', '—', '–']);
            a.adjacent = punct && at_most_words(lead, 5);
            return Some(a);
        }
    }
    // "“A.” — Cook County State's Attorney Eileen Burke".
    let rest = text.get(after.start..after.end).unwrap_or("");
    let trimmed = rest.trim_start();
    if let Some(tail) = trimmed.strip_prefix(['—', '–', '-']) {
        let from = after.end - tail.len();
        if let Some(m) = names::after_cue(text, Span::new(from, after.end)) {
            if matches!(m.kind, MentionKind::Person | MentionKind::Organization) {
                let mut a = attribute(model, reg, &m, None, CONF_DASH);
                a.adjacent = true;
                return Some(a);
            }
        }
    }
    // An extended sentence has had its cue before the quote read first,
    // and found none: `reg` is unchanged since (only a found speaker is
    // registered), so a second reading would find none either.
    if extended {
        return None;
    }
    before_quote(model, scan, reg, q, masks)
}

/// How far back before a quote, in bytes, its sentence is searched for a
/// cue: more than any cue-to-quote distance in the corpus (about 80 words).
const LOOKBACK: usize = 500;

/// Attribution from a cue before the quote in its sentence ("X said: “A”",
/// "According to X, “A”", "Added X, “A”").
fn before_quote(
    model: &TextModel<'_>,
    scan: &CueScan<'_>,
    reg: &mut Registry,
    q: &QuotePair,
    masks: &[Span],
) -> Option<Attribution> {
    let text = model.text;
    let o = outer(q);
    let block = &model.blocks[q.block];
    let open_sent = model.sentence_at(o.start);
    let sent_start = open_sent.map_or(block.span.start, |i| model.sentences[i].span.start);
    // Only the last LOOKBACK bytes of the sentence are read, so that a
    // sentence that never ends (a page of quotes without a full stop) costs
    // each quote the same instead of a rescan from its start.
    let mut sent_start = sent_start.max(o.start.saturating_sub(LOOKBACK));
    while !text.is_char_boundary(sent_start) {
        sent_start += 1;
    }
    let before = Span::new(sent_start, o.start);
    for c in scan.find(before, masks).iter().rev().take(3) {
        // The clause starts after the last quotation that ends before the
        // cue (masks are sorted and do not overlap).
        let clause_start = masks[..masks.partition_point(|m| m.end <= c.span.start)]
            .last()
            .filter(|m| m.start >= sent_start)
            .map_or(sent_start, |m| m.end);
        let m = if c.prep {
            names::after_cue(text, Span::new(c.span.end, before.end))
        } else if cues::passive(text, c.span) {
            None
        } else {
            names::before_cue(text, Span::new(clause_start, c.span.start))
                .or_else(|| names::after_cue(text, Span::new(c.span.end, before.end)))
                .or_else(|| subjectless(model, Span::new(sent_start, c.span.start), c))
        };
        if let Some(m) = m {
            let gap = text.get(c.span.end..o.start).unwrap_or("").trim_end();
            let mut a = attribute(model, reg, &m, Some(*c), CONF_CUE);
            a.adjacent =
                at_most_words(gap, 6) && (gap.is_empty() || gap.ends_with([':', ',']) || gap.ends_with("that"));
            return Some(a);
        }
    }
    None
}

/// The speaker of a cue with no subject of its own: a participle ("…,
/// also saying, “…”") speaks for the last person named before it; a
/// clause joined by "and" ("She asked …, and noted that") for the
/// sentence's subject.
fn subjectless(model: &TextModel<'_>, before: Span, c: &Cue) -> Option<Mention> {
    let text = model.text;
    let cue = model.slice(c.span);
    if cue.ends_with("ing") {
        let masks = masks_between(model, before);
        return names::last_person(text, before, &masks);
    }
    let lead = text.get(before.start..before.end)?.trim_end();
    if lead.ends_with(" and") || lead.ends_with(", and") || lead.ends_with(" then") {
        return names::sentence_subject(text, before);
    }
    None
}

/// Start of the sentence `n` sentences before the one holding `at`: the
/// window that pronoun resolution looks back over, so that it stays linear
/// however long a paragraph is.
pub(super) fn window_start(model: &TextModel<'_>, at: usize, n: usize) -> usize {
    let i = model.sentences.partition_point(|s| s.span.start <= at).saturating_sub(1);
    model.sentences.get(i.saturating_sub(n)).map_or(0, |s| s.span.start.min(at))
}

/// The quotation pairs of the blocks a span touches.
fn masks_between(model: &TextModel<'_>, span: Span) -> Vec<Span> {
    let first = model.block_at(span.start).unwrap_or(0);
    let last = model.block_at(span.end).unwrap_or(first).max(first);
    model.blocks.get(first..=last).unwrap_or(&[]).iter().flat_map(|b| model.quotes_in(b)).map(outer).collect()
}

/// Head nouns of groups a plural pronoun may refer to.
const GROUP_HEADS: &[&str] =
    &["groups", "organizations", "organisations", "leaders", "signatories", "members", "unions", "coalitions"];

/// Resolve a mention to a speaker id and build the attribution.
fn attribute(model: &TextModel<'_>, reg: &mut Registry, m: &Mention, cue: Option<Cue>, conf: f32) -> Attribution {
    let (speaker, confidence) = resolve(model, reg, m, conf);
    Attribution { speaker, cue: cue.map(|c| c.span), confidence, own: true, adjacent: false }
}

/// The speaker id of a mention, registering it, and the confidence: `conf`
/// for a name, [`CONF_PRONOUN`] for a pronoun.
pub(super) fn resolve(model: &TextModel<'_>, reg: &mut Registry, m: &Mention, conf: f32) -> (Option<usize>, f32) {
    match m.kind {
        MentionKind::Pronoun(what) => {
            let bi = model.block_at(m.span.start).unwrap_or(0);
            let block = model.blocks.get(bi).map_or(Span::new(0, 0), |b| b.span);
            reg.note_names(model.text, Span::new(window_start(model, m.span.start, 4).max(block.start), m.span.start));
            let mut id = reg.pronoun(what, m.span.start);
            if id.is_none() && what == "person" {
                // Nobody has spoken yet: the last person named in this or
                // the previous paragraph.
                let prev = bi.checked_sub(1).and_then(|p| model.blocks.get(p)).map_or(block.start, |b| b.span.start);
                let from = window_start(model, m.span.start, 8).max(prev);
                let masks = masks_between(model, Span::new(from, m.span.start));
                if let Some(p) = names::last_person(model.text, Span::new(from, m.span.start), &masks) {
                    id = reg.resolve(&p);
                }
            }
            if id.is_none() && what == "group" {
                // "In the statement, they called for …": the counted or
                // determined group named shortly before ("206 major civil
                // society groups").
                let window = Span::new(window_start(model, m.span.start, 8), m.span.start);
                let found = GROUP_HEADS
                    .iter()
                    .filter_map(|h| names::antecedent(model.text, window, h))
                    .max_by_key(|g| g.span.start);
                if let Some(g) = found {
                    id = reg.resolve(&g);
                }
            }
            if let Some(id) = id {
                reg.seen(id, m.span.start);
            }
            (id, CONF_PRONOUN)
        }
        _ => (reg.resolve(m), conf),
    }
}

/// A line after a quote's paragraph that only names its speaker ("Luke
/// Chua CEO, `BullionStar`"), when the quote ends its paragraph.
fn trailer(model: &TextModel<'_>, bi: usize) -> Option<Mention> {
    let block = &model.blocks[bi];
    let last = model.quotes_in(block).last()?;
    let end = outer(last).end;
    if !model.text.get(end..block.span.end).is_some_and(|t| t.trim().is_empty()) {
        return None;
    }
    let (ni, next) = model.next_content_block(bi)?;
    let s = model.block_text(next).trim_end();
    if !next.quotes.is_empty() || word_count_upto(s, 13) > 12 || s.ends_with(['.', '!', '?', ';', ':']) {
        return None;
    }
    // A header followed by a quote names the next speaker, not this one.
    if model
        .next_content_block(ni)
        .is_some_and(|(_, b)| model.quotes_in(b).first().is_some_and(|q| outer(q).start <= b.span.start + 1))
    {
        return None;
    }
    names::header(model.text, next.span)
}

/// Phrases opening an intro line that names a statement's author.
static STATEMENT_INTROS: std::sync::LazyLock<crate::lexicon::PhraseMatcher> = std::sync::LazyLock::new(|| {
    crate::lexicon::PhraseMatcher::new(crate::lexicon::entries(include_str!("../../lexicon/data/statement_intros.txt")))
});

/// An intro line ("X said:", "Statement from X:") or a header naming a
/// speaker, in block `bi`.
fn intro_line(model: &TextModel<'_>, scan: &CueScan<'_>, bi: usize) -> Option<(Mention, Option<Cue>)> {
    let text = model.text;
    let block = &model.blocks[bi];
    let s = model.block_text(block).trim_end();
    // "Statement from Chairwoman Ann Lee:", "Remarks by Mayor Jane Doe:".
    if s.ends_with(':') {
        if let Some(m) = STATEMENT_INTROS.match_at(s, 0) {
            let span = Span::new(block.span.start + m.end, block.span.start + s.len() - 1);
            if let Some(speaker) = names::after_cue(text, span) {
                return Some((speaker, None));
            }
        }
    }
    // "X said:" or a sentence broken off before its quote ("…, and noted
    // that civil society groups").
    // Whether the block holds a cue, found once when first asked.
    let mut has_cue = None;
    let mut block_has_cue = || *has_cue.get_or_insert_with(|| !scan.find(block.span, &[]).is_empty());
    let last_word = s.rsplit(char::is_whitespace).next().unwrap_or("");
    let open_ended = !s.ends_with(['.', '!', '?', ';', '"', '”', '’', ')'])
        && block.kind != crate::text::BlockKind::ListItem
        && word_count_upto(s, 6) >= 6
        && last_word.starts_with(char::is_lowercase);
    if s.ends_with(':') || open_ended && block_has_cue() {
        let sent = model.sentences_in(block).last()?.span;
        let end = Span::new(sent.start, if s.ends_with(':') { sent.end.saturating_sub(1) } else { sent.end });
        if let Some(&c) = scan.find(end, &[]).last() {
            let m = names::before_cue(text, Span::new(sent.start, c.span.start))
                .or_else(|| names::after_cue(text, Span::new(c.span.end, end.end)))
                .or_else(|| subjectless(model, Span::new(sent.start, c.span.start), &c))?;
            return Some((m, Some(c)));
        }
    }
    // A header naming the speaker, possibly ending in a colon ("Deborah
    // James, facilitator of Our World Is Not for Sale (OWINFS) global
    // network:").
    // (Cheapest test first: most paragraphs end with a full stop.)
    if !s.ends_with(['.', '!', '?', ';']) && word_count_upto(s, 31) <= 30 && !block_has_cue() {
        let span = Span::new(block.span.start, block.span.start + s.trim_end_matches(':').len());
        if let Some(m) = names::header(text, span) {
            return Some((m, None));
        }
    }
    // "A civil society representative set to attend is Richard Hill from
    // Association for Proper Internet Governance (Switzerland):".
    if s.ends_with(':') {
        let sent = model.sentences_in(block).last()?.span;
        let masks = masks_between(model, sent);
        return names::last_person(text, sent, &masks).map(|m| (m, None));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::text::TextModel;

    proptest::proptest! {
        #[test]
        fn reads_as_title_is_the_whole_reading(t in "([A-Z1]?[a-z]{0,3}|of|the|–|“)( |  |\n|, |\u{a0}|é){1,2}(([A-Z][a-z]{0,2}|[a-z]{1,3}|and|—)( |\t|[.] |, )){0,14}[.,!]?") {
            proptest::prop_assert_eq!(super::reads_as_title(&t), super::reads_as_title_whole(&t));
        }

        #[test]
        fn reads_as_title_stops_only_when_hopeless(lower in 0usize..8, upper in 0usize..30, end in "[.,!]?") {
            // Lower-case words, then capitalised ones: the walk's bound is
            // tight here (all the words left are capitalised).
            let t = format!("{}{}{end}", "x ".repeat(lower), "B ".repeat(upper));
            proptest::prop_assert_eq!(super::reads_as_title(&t), super::reads_as_title_whole(&t));
        }
    }

    fn run(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let m = TextModel::new(t);
        let (sp, qs) = extract(&m);
        qs.into_iter()
            .filter(|q| q.kind == crate::document::QuoteKind::Direct)
            .map(|q| (q.text, q.speaker.map(|i| sp[i].name.clone()), q.cue))
            .collect()
    }

    fn who(t: &str) -> Vec<Option<String>> {
        run(t).into_iter().map(|q| q.1).collect()
    }

    #[test]
    fn said_after_and_split_quote() {
        let t = "“Kim Jong Un is trying to become an international statesman,” Adams said. “If he really wants to end North Korea’s international isolation, he should act.”";
        let got = run(t);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1.as_deref(), Some("Adams"));
        assert_eq!(got[1].1.as_deref(), Some("Adams"));
        assert_eq!(got[0].2.as_deref(), Some("said"));
    }

    #[test]
    fn inverted_said_with_apposition() {
        let t = "“North Korea’s increased dialogue with other countries is a positive step,” said Brad Adams, Asia director at Human Rights Watch.";
        let m = TextModel::new(t);
        let (sp, qs) = extract(&m);
        assert_eq!(qs.len(), 1);
        assert_eq!(sp[0].name, "Brad Adams");
        assert_eq!(sp[0].role.as_deref(), Some("Asia director"));
    }

    #[test]
    fn inverted_added_before_quote() {
        let t = "“Maria is an experienced investor,” said Vensana Managing Partner Justin Klein, MD, JD. Added Vensana Managing Partner Kirk Nielsen, “We have known Maria for many years.”";
        assert_eq!(who(t), [Some("Justin Klein".into()), Some("Kirk Nielsen".into())]);
        assert_eq!(run(t)[1].2.as_deref(), Some("Added"));
    }

    #[test]
    fn a_works_title_after_a_cue_is_not_speech() {
        let t = "“These professionals would rather risk lives,” Broidy observed in his recent op-ed, “The Demonization of Israel: The Newest Form of the Oldest Hatred.” “This is pathological hatred that has overpowered all reason.”";
        let got: Vec<String> = run(t).into_iter().map(|q| q.0).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|q| !q.starts_with("The Demonization")), "{got:?}");
        // A sentence after the same shape is still speech.
        let t = "In a statement, “We will not stop until every family is home,” said Jane Doe.";
        assert_eq!(run(t).len(), 1);
    }

    #[test]
    fn statement_from_intro_line() {
        let t = "Statement from Chairwoman Ann Lee:\n\n“Today’s vote is a victory for working families.”\n\n“We will keep going.”";
        assert_eq!(who(t), [Some("Ann Lee".to_owned()), Some("Ann Lee".to_owned())]);
        let t = "Remarks by Senator John Park (D-N.Y.):\n\n“Our streets are safer than they have been in a decade.”";
        assert_eq!(who(t), [Some("John Park".to_owned())]);
    }

    #[test]
    fn colon_intro_line_and_following_paragraphs() {
        let t = "Gordon Brown, former Prime Minister of the United Kingdom said:\n\n“President Biden has said that no one is safe until everyone is safe.\n\n“An urgent temporary waiver of intellectual property rules would help us ramp up supply.”";
        assert_eq!(who(t), [Some("Gordon Brown".into()), Some("Gordon Brown".into())]);
    }

    #[test]
    fn header_line_names_speaker() {
        let t = "Africa Kiiza, African Trade Network, Uganda\n\n\"The ultimate test of a success of the MC 13 will be whether its outcomes act as a catalyst.\"";
        let got = run(t);
        assert_eq!(got[0].1.as_deref(), Some("Africa Kiiza"));
        assert_eq!(got[0].2, None);
    }

    #[test]
    fn header_line_with_colon() {
        let t = "Deborah James, facilitator of Our World Is Not for Sale (OWINFS) global network:\n\n“The contours of the battle are clear. The best outcome for humanity would be a full waiver.”";
        assert_eq!(who(t), [Some("Deborah James".into())]);
    }

    #[test]
    fn dash_attribution() {
        let t = "“We will hold every one of them accountable for what they did to this community.” — Cook County State's Attorney Eileen Burke";
        assert_eq!(who(t), [Some("Eileen Burke".into())]);
    }

    #[test]
    fn according_to_and_said_that() {
        let t = "According to Jane Doe, “the plan will fail without more money.” Mr. Smith said that “nothing will change at all.”";
        assert_eq!(who(t), [Some("Jane Doe".into()), Some("Smith".into())]);
    }

    #[test]
    fn embedded_quote_with_subject_before() {
        let t = "The former Democratic governor of Idaho, Cecil Andrus, says Bill Myers possesses \"the necessary personal integrity, judicial temperament, and legal experience,\" as well as the \"ability to act fairly on matters of law that will come before him.\"";
        assert_eq!(who(t), [Some("Cecil Andrus".into()), Some("Cecil Andrus".into())]);
    }

    #[test]
    fn pronoun_resolves_to_recent_person() {
        let t = "“We like it here,” says Jack. “It is fine,” says Andrew Ferraiuolo.\n\nJack appreciates the packages. “Our costs are very controllable,” especially at dinner, he adds.";
        assert_eq!(who(t)[2].as_deref(), Some("Jack"));
    }

    #[test]
    fn attribution_sentence_between_quotes() {
        let t = "\"Our firefighters come from all walks of life and serve every segment of society.\" Emerson said, \"However, many of those departments operate on less than a shoe string budget.\"";
        assert_eq!(who(t), [Some("Emerson".into()), Some("Emerson".into())]);
    }

    #[test]
    fn signature_line_after_quote() {
        let t = "“This partnership merges cryptocurrency’s flexibility with stability,” said Rick Wilson, CEO of KYN Capital Group.\n\n“Our vision from the onset is to make precious metals incredibly accessible to everyone.”\n\nLuke Chua CEO, BullionStar\n\nTo explore BullionStar’s services, visit BullionStar";
        assert_eq!(who(t), [Some("Rick Wilson".into()), Some("Luke Chua".into())]);
    }

    #[test]
    fn participle_cue_speaks_for_last_person() {
        let t = "The text that Indian Commerce Minister Piyush Goyal attacked this week as \"completely half-baked,\" also saying, \"it will not allow us to make any vaccines at all in this country.\"";
        assert_eq!(who(t), [Some("Piyush Goyal".into())]);
    }

    #[test]
    fn broken_off_intro_with_pronoun() {
        let t = "OWINFS’s Deborah James was invited to an event in Washington, DC.\n\nShe was able to ask the first question, and noted that civil society groups\n\n“are particularly concerned about the efforts of developed countries to launch a new round.”";
        assert_eq!(who(t), [Some("Deborah James".into())]);
    }

    #[test]
    fn short_quotes_reported_by_their_cue() {
        assert_eq!(who("“Act now,” said Brad Adams."), [Some("Brad Adams".into())]);
        assert_eq!(who("“Bonjour,” a déclaré Marie."), [Some("Marie".into())]);
        let t = "Civil society highlighted that the exclusionary “Green Rooms,” in which most countries are invited, must end, the groups said.";
        assert!(run(t).is_empty());
        assert!(run("One by one, activists “died” as they explained how the rules work.").is_empty());
    }

    #[test]
    fn plural_pronoun_takes_the_group_named_before() {
        let t = "Today, 206 major civil society groups delivered a statement to members of the WTO.\n\nIn the statement, they called for “a new vision for multilateralism which is necessary to create jobs.”";
        assert_eq!(who(t), [Some("206 major civil society groups".into())]);
    }

    #[test]
    fn a_noun_that_looks_like_a_cue_is_skipped() {
        let t = "Emerson said the state budget “is broken beyond any repair this year.”";
        assert_eq!(who(t), [Some("Emerson".into())]);
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotes() {
        let t = "The bill, known as the “Safe Streets Act”, passed. She wrote a book titled \"Beyond Genetics – The New Science of Hair\" last year. It was a “Blame Game” for all. Dr. Anderson presented “Beyond Genetics – Integrative Strategies for Hair Loss Prevention,” at the congress. They endorsed the 12-page “Turnaround: New Multilateral Trade Rules for People-Centered Shared Prosperity and Sustainable Development, calling for major transformations to the current rules";
        assert!(run(t).is_empty());
    }

    #[test]
    fn unattributed_long_quote_is_kept_without_speaker() {
        let t = "“We represent civil society organizations from two dozen countries around the world, in rich and poor countries alike.”";
        assert_eq!(who(t), [None]);
    }

    #[test]
    fn odd_number_of_marks_keeps_the_document() {
        let t = "“A quote that never closes, said nobody in particular, and runs on\n\nNext paragraph with “one” mark and a stray ” mark.\n\n“Another,” she said.";
        let m = TextModel::new(t);
        let (_, qs) = extract(&m);
        for q in &qs {
            assert_eq!(q.span.slice(t), Some(q.text.as_str()));
        }
        assert!(!qs.is_empty());
    }

    #[test]
    fn captions_never_quote() {
        let t = "Photo: “We are here to stay for a long time, whatever happens next,” a sign reads. (Photo credit: Reuters)";
        let m = TextModel::new(t);
        if m.blocks[0].caption {
            assert!(extract(&m).1.is_empty());
        }
    }
}
