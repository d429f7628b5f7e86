//! Evidence weighed over runs of blocks: repeated link labels, runs of
//! short menu-like blocks judged by their position on the page, and the page
//! footer that follows the release's last body paragraph.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon::{entries, PhraseMatcher};
use crate::text::blocks::looks_like_body;

/// A short block seen this many times on one page is repeated chrome evidence.
const REPEATS: usize = 3;

/// Openings that start a page footer (`boilerplate_footer.txt`).
static FOOTER: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::new(entries(include_str!("../../lexicon/data/boilerplate_footer.txt"))));

/// Link labels (up to three words, in lower case or ending in a comma:
/// "pdf,", "English,") whose text occurs [`REPEATS`] times or more. Repeated
/// capitalised lines are not evidence: chants, table cells (country names)
/// and speaker lines repeat too.
/// `norms` are the blocks' [`super::phrases::normalise`]d texts.
pub(super) fn repeated_blocks(texts: &[&str], norms: &[&str]) -> Vec<bool> {
    let key = |s: &str, t: &str| {
        let link = s.trim_end().ends_with(',') || t.chars().next().is_some_and(char::is_lowercase);
        (link && t.split_whitespace().take(4).count() <= 3 && !t.is_empty()).then(|| t.to_lowercase())
    };
    // Each block's key is made once (it lower-cases, so allocates).
    let keys: Vec<Option<String>> = texts.iter().zip(norms).map(|(s, t)| key(s, t)).collect();
    // Fewer keys than REPEATS in all can repeat none: no table is needed.
    if keys.iter().flatten().nth(REPEATS - 1).is_none() {
        return vec![false; texts.len()];
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in keys.iter().flatten() {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    keys.iter().map(|k| k.as_deref().is_some_and(|k| counts.get(k).copied().unwrap_or(0) >= REPEATS)).collect()
}

/// Weigh one run of menu-like blocks and flag the part that is chrome.
///
/// In the header (before the first body paragraph) or footer (after the
/// last), a run of three or more with at least two evidence blocks making a
/// quarter of it is chrome, from its first evidence block through its last
/// (in the footer: the whole run, since contact lines end runs).
/// Elsewhere the run needs three evidence blocks making half of it.
pub(super) fn flag_run(run: Range<usize>, evidence: &[bool], first_body: usize, last_body: usize, flags: &mut [bool]) {
    let len = run.len();
    // The first and last evidence blocks and their number, counted in one
    // pass (no list of them is needed).
    let mut hits = run.clone().filter(|&k| evidence.get(k).copied().unwrap_or(false));
    let Some(first) = hits.next() else {
        return;
    };
    let (last, count) = hits.fold((first, 1), |(_, n), k| (k, n + 1));
    let header = run.end <= first_body;
    let footer = run.start >= last_body;
    let (from, to) = if (header || footer) && len >= 3 && count >= 2 && count * 4 >= len {
        (if footer { run.start } else { first }, if footer { run.end } else { last + 1 })
    } else if len >= 3 && count >= 3 && count * 2 >= len {
        (first, last + 1)
    } else {
        return;
    };
    for f in flags.iter_mut().take(to).skip(from) {
        *f = true;
    }
}

/// After the last body paragraph, a flagged block that opens a footer
/// ("Your tax deductible gift …", "Related content", "Tags") makes the
/// blocks after it chrome, until the release's own furniture ("About …",
/// "Media contact") or running text comes back.
/// `anchor` says whether a block is the release's own furniture
/// ([`super::shapes::is_release_anchor`], read by the caller).
pub(super) fn sweep_footer(
    texts: &[&str],
    norms: &[&str],
    mut anchor: impl FnMut(usize) -> bool,
    last_body: usize,
    flags: &mut [bool],
) {
    let mut sweeping = false;
    for k in last_body..texts.len() {
        let s = texts[k];
        let opens = flags[k] && norms.get(k).is_some_and(|t| FOOTER.match_at(t, 0).is_some());
        // An anchor changes something only while sweeping or where a
        // footer opens (otherwise `sweeping` stays false and no flag is
        // set): only there is it read (both tests are pure).
        if (sweeping || opens) && anchor(k) {
            sweeping = false;
        } else if opens {
            sweeping = true;
        } else if sweeping && !flags[k] {
            if looks_like_body(s) || s.contains(['“', '"']) {
                sweeping = false;
            } else {
                flags[k] = true;
            }
        }
    }
}
