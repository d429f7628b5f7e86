//! Boilerplate: page chrome that belongs to the web page, not the release;
//! and captions, which belong to the release but never yield quotes.
//!
//! Evidence is read per block: whole-line and prefix phrase lexicons (data
//! files, several languages), the "The post … appeared first on …" footer,
//! breadcrumb and tag-list shapes ("Home » News", "Region / Country"), and
//! runs of short menu-like blocks. The release's own furniture ("FOR
//! IMMEDIATE RELEASE", "###", contact blocks, "About …", lists of demands)
//! is never flagged.

use std::sync::LazyLock;

use super::{BlockKind, TextModel};
use crate::lexicon::{entries, PhraseMatcher};

static LINES: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::new(entries(include_str!("../lexicon/data/boilerplate_lines.txt"))));
static PREFIXES: LazyLock<PhraseMatcher> =
    LazyLock::new(|| PhraseMatcher::new(entries(include_str!("../lexicon/data/boilerplate_prefixes.txt"))));

/// Flag boilerplate and caption blocks of the model.
pub(crate) fn mark(model: &mut TextModel<'_>) {
    let n = model.blocks.len();
    let mut flags = vec![false; n];
    let mut short = vec![false; n];
    for (i, b) in model.blocks.iter().enumerate() {
        let s = model.slice(b.span);
        let full = model.slice(b.marker.map_or(b.span, |m| crate::span::Span::new(m.start, b.span.end)));
        flags[i] = is_chrome_line(s) || is_chrome_line(full);
        short[i] = is_menu_like(s) && !is_release_anchor(s);
    }
    // Runs of four or more short, menu-like blocks are navigation.
    let mut i = 0;
    while i < n {
        if !short[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && short[i] {
            i += 1;
        }
        let run = start..i;
        let hits = run.clone().filter(|&k| flags[k]).count();
        if run.len() >= 4 && (hits > 0 || run.len() >= 6) {
            for k in run {
                flags[k] = true;
            }
        }
    }
    // A chrome label ending in ":" ("Related Documents:") takes the short
    // lines listed under it.
    for i in 0..n {
        let s = model.slice(model.blocks[i].span);
        if flags[i] && s.trim_end().ends_with(':') {
            let mut k = i + 1;
            while k < n && is_listed_under_label(model.slice(model.blocks[k].span)) {
                flags[k] = true;
                k += 1;
            }
        }
    }
    for (b, f) in model.blocks.iter_mut().zip(flags) {
        b.boilerplate = f;
    }
    for i in 0..n {
        let s = model.slice(model.blocks[i].span);
        model.blocks[i].caption = is_caption(s);
    }
}

fn normalise(s: &str) -> &str {
    s.trim().trim_start_matches(['•', '|', '·']).trim().trim_end_matches([':', '|', '›', '»']).trim()
}

/// A whole block that is chrome by phrase or shape.
fn is_chrome_line(s: &str) -> bool {
    let t = normalise(s);
    if t.is_empty() {
        return !s.trim().is_empty(); // a lone bullet or bar
    }
    if LINES.is_exactly(t) {
        return true;
    }
    if PREFIXES.match_at(t, 0).is_some() && (t.len() < 200 || t.starts_with("The post")) {
        if t.starts_with("The post") || t.starts_with("the post") {
            return t.contains("appeared first on");
        }
        return true;
    }
    // Breadcrumbs and tag lists: "Home » Office » News", "Region / Country".
    let words = t.split_whitespace().count();
    if words <= 12 && (t.matches('»').count() >= 1 || t.matches(" > ").count() >= 2) {
        return true;
    }
    if words <= 4 && t.contains(" / ") && !t.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    // A short label ending in "News" ("Justice News", "Latest News").
    if words <= 3 && (t.ends_with(" News") || t.ends_with(" Newsroom")) {
        return true;
    }
    // A street address line in a page footer, starting with a bar.
    s.trim_start().starts_with('|')
}

/// Short, unpunctuated blocks as found in menus and link lists.
fn is_menu_like(s: &str) -> bool {
    let t = normalise(s);
    let words = t.split_whitespace().count();
    words <= 6 && !t.ends_with(['.', '!', '?', ',', ';', '"', '”']) && !t.contains('“')
}

/// Lines that belong to the release itself even when short.
fn is_release_anchor(s: &str) -> bool {
    let t = s.trim();
    let lower = t.to_lowercase();
    lower.contains("for immediate release")
        || lower.starts_with("contact")
        || lower.starts_with("media contact")
        || lower.starts_with("about ")
        || lower.starts_with("notes to editors")
        || t == "###"
        || t == "#"
        || t.chars().any(|c| c.is_ascii_digit()) && t.chars().filter(char::is_ascii_digit).count() >= 4 && !t.contains('|')
}

fn is_listed_under_label(s: &str) -> bool {
    let t = normalise(s);
    let words = t.split_whitespace().count();
    words > 0 && words <= 12 && !t.ends_with(['.', '!', '?', ';'])
}

/// Photo captions and credits.
fn is_caption(s: &str) -> bool {
    let t = s.trim();
    let lower = t.to_lowercase();
    t.contains('ⓒ')
        || (t.contains('©') && t.len() < 400 && !lower.contains("all rights reserved"))
        || lower.starts_with("photo:")
        || lower.starts_with("photo credit")
        || lower.starts_with("credit:")
        || lower.starts_with("image:")
        || lower.starts_with("caption:")
        || lower.starts_with("(photo")
        || lower.ends_with(")") && (lower.contains("(photo:") || lower.contains("(photo by") || lower.contains("(photo credit"))
}

impl super::Block {
    /// True for a heading block.
    pub fn is_heading(&self) -> bool {
        self.kind == BlockKind::Heading
    }
}

#[cfg(test)]
mod tests {
    use crate::text::TextModel;

    fn flagged(text: &str) -> Vec<String> {
        let m = TextModel::new(text);
        m.blocks.iter().filter(|b| b.boilerplate).map(|b| m.slice(b.span).to_owned()).collect()
    }

    #[test]
    fn phrases_and_shapes() {
        let t = "Skip to main content\n\n(New York) – The government should act now, the group said today in a long letter.\n\nYour tax deductible gift can help stop human rights violations.\n\nRegion / Country";
        assert_eq!(flagged(t), ["Skip to main content", "Your tax deductible gift can help stop human rights violations.", "Region / Country"]);
    }

    #[test]
    fn menus_but_not_release_furniture() {
        let t = "Home\nAbout\nThe Attorney General\nBudget & Performance\nHistory\n\nFOR IMMEDIATE RELEASE\n\nFriday, August 10, 2012\n\nCourt Bars Woman\n\nThe court ruled today on the case of a tax preparer in New York.";
        let f = flagged(t);
        assert_eq!(f.len(), 5, "{f:?}");
    }

    #[test]
    fn wordpress_footer() {
        let t = "Body text of the release goes here.\n\nThe post APUS Appoints Dr. Nicholas Wernicki as Dean appeared first on citybiz.";
        assert_eq!(flagged(t).len(), 1);
    }

    #[test]
    fn captions() {
        let m = TextModel::new("김정은 위원장. 2018년 4월 20일 평양 공개. ⓒ 2018 조선중앙통신/로이터통신\n\nBody.");
        assert!(m.blocks[0].caption);
        assert!(!m.blocks[0].boilerplate);
    }
}
