//! Main-content selection and the elements left out of the derived text.
//!
//! One walk over the page scores every element by the paragraph text it
//! holds (chrome left out). The main content is, in this order of
//! preference: an `<article>`; a `<main>` or `[role=main]`; an element
//! whose class or id says content ("entry-content", "field--name-body",
//! "press-release"); each only when it holds a fair share of the page's
//! paragraph text, and among nested candidates of one kind the innermost
//! that still holds nearly all of it. Failing those, the element with the
//! most paragraph text as direct children.
//!
//! Always left out: scripts, styles, navigation, asides, forms, buttons,
//! media, hidden elements, and elements whose class or id says chrome
//! (cookie banners, share bars, breadcrumbs, related links), and lists or
//! paragraph-free blocks whose text is mostly link text. Page headers
//! and footers are left out when they sit outside the main content; a
//! footer inside it is left out too unless it holds paragraphs.

use std::collections::HashSet;
use std::sync::LazyLock;

use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

use crate::lexicon::entries;

/// Class or id words of chrome; `*word*` entries match inside a word and
/// win over any content word.
static CHROME: LazyLock<(HashSet<&'static str>, Vec<&'static str>)> = LazyLock::new(|| {
    let mut words = HashSet::new();
    let mut inside = Vec::new();
    for e in entries(include_str!("../lexicon/data/html_chrome_classes.txt")) {
        match e.strip_prefix('*').and_then(|e| e.strip_suffix('*')) {
            Some(w) => inside.push(w),
            None => {
                words.insert(e);
            }
        }
    }
    (words, inside)
});
/// Class or id words of main content.
static CONTENT: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("../lexicon/data/html_content_classes.txt")).collect());

/// Elements never part of the derived text: not rendered as text.
const INVISIBLE_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "form", "button", "select", "option", "input", "textarea", "svg",
    "canvas", "iframe", "object", "embed", "video", "audio", "datalist", "head", "title", "meta", "link", "img",
    "picture", "source", "map", "noembed", "noframes",
];
/// Elements of page chrome, left out in the strict reading.
const CHROME_TAGS: &[&str] = &["nav", "aside", "dialog", "menu"];
/// Inline elements: their text belongs to the block around them.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
];
/// ARIA roles of chrome.
const DROPPED_ROLES: &[&str] =
    &["navigation", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "alert"];

/// The share of the page's paragraph text a candidate must hold.
const MIN_SHARE: f64 = 0.3;
/// Among nested candidates, the innermost holding this share (17/20) of the best.
const NESTED_SHARE: (usize, usize) = (17, 20);
/// Direct text shorter than this (characters) is not paragraph-like.
const MIN_DIRECT_TEXT: usize = 25;

/// What [`select`] found.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Selection<'a> {
    /// The main content element.
    pub root: Option<ElementRef<'a>>,
    /// The page's first `<h1>`, when it comes before the main content
    /// (and so would be lost with the page header).
    pub title: Option<ElementRef<'a>>,
    /// Whether the strict reading of chrome was kept (see [`is_dropped`]).
    pub strict: bool,
}

/// How one class name or id reads: (says chrome, says content). A name
/// says what its whole or any of its parts says, except that its last
/// part, the head ("article-share", "entry-content"), overrides.
fn classify(name: &str) -> (bool, bool) {
    let (exact, inside) = &*CHROME;
    let full = name.to_ascii_lowercase();
    // A BEM modifier ("l-outer--nav", "o-section--has-ads") says how a
    // block looks, not what it is: chrome is read from the block name only.
    let lower = full.split("--").next().unwrap_or("").to_owned();
    let parts: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let is_chrome = |w: &str| exact.contains(w) || inside.iter().any(|i| w.contains(i));
    let is_content = |w: &str| CONTENT.contains(w);
    if inside.iter().any(|i| lower.contains(i)) {
        // "*word*" entries are strong: "related-content" is chrome.
        return (true, false);
    }
    let head = parts.last().copied().unwrap_or("");
    let chrome = is_chrome(&lower) || (parts.iter().any(|w| is_chrome(w)) && !is_content(head));
    let full_parts = full.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    let content = is_content(&full) || (full_parts.into_iter().any(is_content) && !is_chrome(head));
    (chrome, content)
}

/// Whether an element's classes and id say (chrome, content).
fn reading(e: &Element) -> (bool, bool) {
    let mut out = (false, false);
    // Headings often carry an id made from their own words ("nav_nur_die_folie"):
    // only their classes are read.
    let id = if matches!(e.name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") { None } else { e.id() };
    for value in [e.attr("class"), id].into_iter().flatten() {
        for name in value.split_ascii_whitespace() {
            let (ch, co) = classify(name);
            out.0 |= ch;
            out.1 |= co;
        }
    }
    if e.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articleBody")) {
        out.1 = true;
    }
    out
}

/// True when the element (and all it holds) is left out of the derived
/// text. The strict reading also leaves out chrome by tag, ARIA role, and
/// class or id; the lenient one (used when the strict one loses most of the
/// page's paragraphs, as when a wrapper's class says "has-sidebar") only
/// what is never rendered as text.
pub(crate) fn is_dropped(e: &Element, strict: bool) -> bool {
    let name = e.name();
    if INVISIBLE_TAGS.contains(&name) {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if !strict {
        return false;
    }
    if CHROME_TAGS.contains(&name) {
        return true;
    }
    if e.attr("role").is_some_and(|r| DROPPED_ROLES.iter().any(|d| r.eq_ignore_ascii_case(d))) {
        return true;
    }
    if matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    let (chrome, content) = reading(e);
    chrome && !content
}

/// Page header or footer: left out unless inside the main content.
pub(crate) fn is_page_frame(e: &Element) -> bool {
    matches!(e.name(), "header" | "footer")
        || e.attr("role").is_some_and(|r| r.eq_ignore_ascii_case("banner") || r.eq_ignore_ascii_case("contentinfo"))
}

/// True when the element is left out of the derived text of the main
/// content: dropped ([`is_dropped`]), a footer holding no paragraphs
/// (strict reading), or a list of links ([`link_heavy`]).
pub(crate) fn left_out(el: ElementRef<'_>, strict: bool, budget: &mut usize) -> bool {
    let e = el.value();
    is_dropped(e, strict) || (strict && e.name() == "footer" && !holds_paragraphs(el)) || link_heavy(el, budget)
}

/// True when an element holds a `<p>` among its first few hundred
/// descendants: a footer inside the main content that does is kept (it may
/// hold the release's last paragraphs); one that holds only links, tags
/// and share buttons is not.
pub(crate) fn holds_paragraphs(e: ElementRef<'_>) -> bool {
    e.descendent_elements().take(300).any(|d| d.value().name() == "p")
}

/// Containers checked for link density.
const LINK_CONTAINERS: &[&str] = &["ul", "ol", "dl", "table", "div", "section"];
/// The share of link text above which a container is a link list.
const LINK_DENSITY: (usize, usize) = (3, 5);

/// True when `e` is a list of links ("Related articles", tag lists, share
/// bars without telling class names): a list, table or paragraph-free
/// `div`/`section` whose text is mostly link text. Each check reads the
/// element's subtree and is charged to `budget`; once the budget (a few
/// times the page's size, set by the caller) is spent, nothing more is
/// checked, so pages stay linear however deeply they nest.
pub(crate) fn link_heavy(e: ElementRef<'_>, budget: &mut usize) -> bool {
    let name = e.value().name();
    if !LINK_CONTAINERS.contains(&name) || *budget == 0 {
        return false;
    }
    let (mut all, mut link) = (0usize, 0usize);
    for node in e.descendants() {
        if *budget == 0 {
            return false;
        }
        *budget -= 1;
        match node.value() {
            Node::Text(t) => all += t.chars().filter(|c| !c.is_whitespace()).count(),
            Node::Element(d) if d.name() == "p" && matches!(name, "div" | "section") => return false,
            Node::Element(d) if d.name() == "a" => {
                if let Some(a) = ElementRef::wrap(node) {
                    link += a.text().map(|t| t.chars().filter(|c| !c.is_whitespace()).count()).sum::<usize>();
                }
            }
            _ => {}
        }
    }
    all > 0 && link * LINK_DENSITY.1 > all * LINK_DENSITY.0
}

/// The preference tier of a candidate (lower is better).
fn tier(e: &Element) -> Option<u8> {
    match e.name() {
        "article" => Some(0),
        "main" => Some(1),
        _ if e.attr("role").is_some_and(|r| r.eq_ignore_ascii_case("main")) => Some(1),
        _ => {
            let (chrome, content) = reading(e);
            (content && !chrome).then_some(2)
        }
    }
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    /// Non-space characters of text.
    all: usize,
    /// Non-space characters inside `<p>` elements, and in long runs of
    /// loose text (paragraphs written with `<br>`s).
    para: usize,
    /// Characters of `<p>` children and long direct text.
    direct: usize,
}

struct Frame<'a> {
    el: Option<ElementRef<'a>>,
    score: Score,
    is_p: bool,
    inline: bool,
    in_main: bool,
    tier: Option<u8>,
    order: usize,
}

/// Find the main content and a title heading outside it: with the strict
/// reading of chrome, unless that keeps less than a quarter of the
/// paragraph text the lenient reading finds.
pub(crate) fn select(doc: &Html) -> Selection<'_> {
    let (strict, kept, _) = select_with(doc, true);
    let (lenient, _, total) = select_with(doc, false);
    if kept.saturating_mul(4) < total {
        lenient
    } else {
        strict
    }
}

/// One reading: the selection, the paragraph text of its root, and the
/// paragraph text of the page.
#[allow(clippy::single_match_else)] // the two arms are a tree walk's open and close
fn select_with(doc: &Html, strict: bool) -> (Selection<'_>, usize, usize) {
    let mut candidates: Vec<(u8, ElementRef<'_>, Score, usize)> = Vec::new();
    let mut fallback: Option<(usize, ElementRef<'_>, usize, usize)> = None;
    let mut h1: Option<(ElementRef<'_>, usize)> = None;
    let mut body: Option<(ElementRef<'_>, usize)> = None;
    let mut order = 0usize;
    let root_node = doc.tree.root();
    let mut stack = vec![(
        root_node.children(),
        Frame { el: None, score: Score::default(), is_p: false, inline: false, in_main: false, tier: None, order: 0 },
    )];
    let mut total = Score::default();
    while let Some((iter, frame)) = stack.last_mut() {
        match iter.next() {
            Some(child) => match child.value() {
                Node::Text(t) => {
                    let n = t.chars().filter(|c| !c.is_whitespace()).count();
                    frame.score.all += n;
                    if n >= MIN_DIRECT_TEXT {
                        frame.score.direct += n;
                        frame.score.para += n;
                    }
                }
                Node::Element(e) => {
                    let in_main = frame.in_main;
                    if is_dropped(e, strict) || (strict && !in_main && is_page_frame(e)) {
                        continue;
                    }
                    let Some(el) = ElementRef::wrap(child) else { continue };
                    order += 1;
                    let name = e.name();
                    if name == "h1" && h1.is_none() {
                        h1 = Some((el, order));
                    }
                    if name == "body" && body.is_none() {
                        body = Some((el, order));
                    }
                    let t = tier(e);
                    let in_main = in_main || t.is_some_and(|t| t < 2);
                    stack.push((
                        child.children(),
                        Frame {
                            el: Some(el),
                            score: Score::default(),
                            is_p: name == "p",
                            inline: INLINE.contains(&name),
                            in_main,
                            tier: t,
                            order,
                        },
                    ));
                }
                _ => {}
            },
            None => {
                let Some((_, f)) = stack.pop() else { break };
                let Some((_, parent)) = stack.last_mut() else {
                    total = f.score;
                    break;
                };
                parent.score.all += f.score.all;
                if f.is_p {
                    parent.score.para += f.score.all;
                    parent.score.direct += f.score.all;
                } else {
                    parent.score.para += f.score.para;
                    if f.inline {
                        // Text of inline markup counts for the block around it.
                        parent.score.direct += f.score.direct;
                    }
                }
                if let Some(el) = f.el.filter(|_| !f.inline) {
                    if f.score.direct > 0 && fallback.as_ref().is_none_or(|(best, _, _, _)| f.score.direct > *best) {
                        fallback = Some((f.score.direct, el, f.order, f.score.para));
                    }
                    if let Some(t) = f.tier {
                        candidates.push((t, el, f.score, f.order));
                    }
                }
            }
        }
    }
    let root = pick(&candidates, total.para)
        .or(fallback.map(|(_, el, o, para)| (el, o, para)))
        .or(body.map(|(el, o)| (el, o, total.para)));
    let title = match (h1, root) {
        (Some((h, ho)), Some((_, ro, _))) if ho < ro => Some(h),
        _ => None,
    };
    let root_para = root.map_or(0, |r| r.2);
    (Selection { root: root.map(|(el, _, _)| el), title, strict }, root_para, total.para)
}

/// The best candidate by tier, share of paragraph text and nesting.
fn pick<'a>(
    candidates: &[(u8, ElementRef<'a>, Score, usize)],
    total_para: usize,
) -> Option<(ElementRef<'a>, usize, usize)> {
    for tier in 0..=2u8 {
        let in_tier = candidates.iter().filter(|c| c.0 == tier);
        let best = in_tier.clone().map(|c| c.2.para).max().unwrap_or(0);
        if best == 0 || (best as f64) < MIN_SHARE * total_para as f64 {
            continue;
        }
        let floor = best.saturating_mul(NESTED_SHARE.0).div_ceil(NESTED_SHARE.1);
        let chosen = in_tier.filter(|c| c.2.para >= floor).min_by_key(|c| (c.2.all, c.3));
        if let Some(c) = chosen {
            return Some((c.1, c.3, c.2.para));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root_id(html: &str) -> Option<String> {
        let doc = Html::parse_document(html);
        select(&doc).root.and_then(|r| r.value().id().map(str::to_owned))
    }

    const P: &str = "<p>This paragraph is long enough to count as real paragraph text of the release.</p>";

    #[test]
    fn prefers_article_over_main() {
        let html = format!("<main id=m><article id=a>{P}{P}</article><p>short</p></main>");
        assert_eq!(root_id(&html).as_deref(), Some("a"));
    }

    #[test]
    fn skips_teaser_articles() {
        let html = format!(
            "<div id=c>{P}{P}{P}{P}{P}</div><div><article id=t><p>Teaser text of another story.</p></article></div>"
        );
        assert_eq!(root_id(&html).as_deref(), Some("c"));
    }

    #[test]
    fn innermost_content_class() {
        let html = format!(
            "<div id=content class=site-content><div class=entry-content id=e>{P}{P}</div><div>links</div></div>"
        );
        assert_eq!(root_id(&html).as_deref(), Some("e"));
    }

    #[test]
    fn chrome_rules() {
        let doc = Html::parse_fragment(
            "<div class='cookie-banner'></div><div class='entry-content share-on'></div><div style='display: none'></div><div class='shared-services'></div><div class='article-share'></div><div class='bw-release-story'></div>",
        );
        let got: Vec<bool> = doc.root_element().child_elements().map(|e| is_dropped(e.value(), true)).collect();
        assert_eq!(got, [true, false, true, false, true, false]);
    }

    #[test]
    fn lenient_when_a_wrapper_says_chrome() {
        // "has-sidebar" would drop the whole page under the strict reading.
        let html = format!("<div class='wrapper has-sidebar'><div id=body-text>{P}{P}</div></div><nav>{P}</nav>");
        let doc = Html::parse_document(&html);
        let sel = select(&doc);
        assert!(!sel.strict);
        assert_eq!(sel.root.and_then(|r| r.value().id()), Some("body-text"));
    }

    #[test]
    fn link_lists() {
        let doc = Html::parse_fragment(
            "<ul><li><a>Related story one</a></li><li><a>Another story</a></li></ul><ul><li>Release all detainees;</li><li>Allow <a>monitors</a> in.</li></ul><div><p><a>A linked paragraph</a></p></div>",
        );
        let mut budget = 1000;
        let got: Vec<bool> = doc.root_element().child_elements().map(|e| link_heavy(e, &mut budget)).collect();
        assert_eq!(got, [true, false, false]);
    }

    #[test]
    fn title_before_content() {
        let html = format!("<header><h1>Site</h1></header><div class=page><h1 id=t>Headline</h1><div class=entry-content>{P}{P}</div></div>");
        let doc = Html::parse_document(&html);
        let sel = select(&doc);
        assert_eq!(sel.title.and_then(|t| t.value().id()), Some("t"));
    }
}
