//! Where each DOM text node sits in the HTML source.
//!
//! html5ever builds the tree but keeps no source positions. The
//! [`Aligner`] recovers them: a light scan of the source lists its data
//! regions (text outside tags, comments and raw-text elements such as
//! `<script>`), and each DOM text node, taken in document order, is matched
//! in lockstep against those regions from where the previous node ended,
//! decoding character references (`&rsquo;`, `&#8217;`, `&#x2019;`) and
//! `\r\n` line ends as it goes.
//!
//! Limits: entity values are checked for the names in
//! `lexicon/data/html_entities.txt` and for every numeric reference; other
//! names are taken on trust. A node may run across at most a few stray tags
//! that the parser dropped (`a</span>b`). Text that the parser moved out of
//! source order (some foster-parented table text) or invented is left
//! unmapped. Each search is bounded by a window, and all searches together
//! by a budget proportional to the source length, so a page where alignment
//! keeps failing still costs linear time: it just maps less.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon::pairs;

/// Named references whose value is checked while matching.
static ENTITIES: LazyLock<HashMap<&'static str, char>> = LazyLock::new(|| {
    pairs(include_str!("../lexicon/data/html_entities.txt"))
        .filter_map(|(k, v)| Some((k, char::from_u32(u32::from_str_radix(v, 16).ok()?)?)))
        .collect()
});

/// Elements whose content is raw text (never markup, never a data region).
pub(crate) const RAW_TEXT: &[&str] =
    &["script", "style", "noscript", "iframe", "noembed", "noframes", "xmp", "template", "plaintext"];
/// Elements whose content is text with references but no tags.
pub(crate) const RCDATA: &[&str] = &["title", "textarea"];

/// How far (in source characters) one search may look ahead.
const WINDOW: usize = 1 << 16;
/// How many stray tags one text node may run across.
const MAX_CROSSINGS: usize = 4;
/// The largest gap (bytes of markup) a text node may run across.
const MAX_GAP: usize = 256;

/// A stretch of one text node and the source bytes it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Byte range in the node's (decoded) text.
    pub node: Range<usize>,
    /// Byte range in the source.
    pub src: Range<usize>,
    /// True when the two ranges hold the same bytes (no reference, no `\r`).
    pub exact: bool,
}

/// Matches DOM text nodes, in document order, to the source.
#[derive(Debug)]
pub(crate) struct Aligner<'s> {
    src: &'s str,
    regions: Vec<Range<usize>>,
    region: usize,
    pos: usize,
    budget: usize,
}

enum Entity {
    /// A reference whose value is known, and its length in the source.
    Known(char, usize),
    /// A well-formed `&name;` whose value is not in the table.
    Unknown(usize),
}

impl<'s> Aligner<'s> {
    /// Scan `src` for its data regions.
    pub(crate) fn new(src: &'s str) -> Self {
        Aligner { src, regions: data_regions(src), region: 0, pos: 0, budget: src.len().saturating_mul(8) + 4096 }
    }

    /// Find `text` (a DOM text node) at or after the end of the previous
    /// match. `None` when it cannot be found; the cursor then stays put.
    pub(crate) fn align(&mut self, text: &str) -> Option<Vec<Piece>> {
        let first = text.chars().next()?;
        let mut r = self.region;
        let mut scanned = 0usize;
        while r < self.regions.len() {
            let reg = self.regions[r].clone();
            let start = if r == self.region { self.pos.max(reg.start) } else { reg.start };
            let hay = self.src.get(start..reg.end).unwrap_or("");
            for (i, c) in hay.char_indices() {
                if self.budget == 0 || scanned > WINDOW {
                    return None;
                }
                self.budget -= 1;
                scanned += 1;
                if c == first || c == '&' || c == '\r' || c == '\0' {
                    if let Some((pieces, er, ep)) = self.lockstep(text, r, start + i) {
                        self.region = er;
                        self.pos = ep;
                        return Some(pieces);
                    }
                }
            }
            r += 1;
        }
        None
    }

    /// Match all of `text` starting exactly at source byte `start` of region `r`.
    fn lockstep(&mut self, text: &str, mut r: usize, start: usize) -> Option<(Vec<Piece>, usize, usize)> {
        let src = self.src;
        let mut pieces = Vec::new();
        let (mut ti, mut si) = (0usize, start);
        let mut run: Option<(usize, usize)> = None;
        let mut crossings = 0;
        let close = |run: &mut Option<(usize, usize)>, pieces: &mut Vec<Piece>, ti: usize, si: usize| {
            if let Some((t0, s0)) = run.take() {
                if ti > t0 {
                    pieces.push(Piece { node: t0..ti, src: s0..si, exact: true });
                }
            }
        };
        while ti < text.len() {
            let end = self.regions[r].end;
            if si >= end {
                close(&mut run, &mut pieces, ti, si);
                let next = self.regions.get(r + 1)?;
                if crossings >= MAX_CROSSINGS || next.start - end > MAX_GAP {
                    return None;
                }
                crossings += 1;
                r += 1;
                si = next.start;
                continue;
            }
            if self.budget == 0 {
                return None;
            }
            self.budget -= 1;
            let tc = text.get(ti..)?.chars().next()?;
            let sc = src.get(si..end)?.chars().next()?;
            if sc == '&' {
                let consumed = match entity_at(src, si, end) {
                    Some(Entity::Known(ch, len)) if ch == tc => Some(len),
                    Some(Entity::Unknown(len)) if tc != '&' => Some(len),
                    _ => None,
                };
                if let Some(len) = consumed {
                    close(&mut run, &mut pieces, ti, si);
                    pieces.push(Piece { node: ti..ti + tc.len_utf8(), src: si..si + len, exact: false });
                    ti += tc.len_utf8();
                    si += len;
                    continue;
                }
            }
            if sc == '\r' && tc == '\n' {
                close(&mut run, &mut pieces, ti, si);
                let len = if src.as_bytes().get(si + 1) == Some(&b'\n') { 2 } else { 1 };
                pieces.push(Piece { node: ti..ti + 1, src: si..si + len, exact: false });
                ti += 1;
                si += len;
                continue;
            }
            if sc == tc {
                if run.is_none() {
                    run = Some((ti, si));
                }
                ti += tc.len_utf8();
                si += sc.len_utf8();
                continue;
            }
            if sc == '\0' {
                close(&mut run, &mut pieces, ti, si);
                si += 1;
                continue;
            }
            return None;
        }
        close(&mut run, &mut pieces, ti, si);
        Some((pieces, r, si))
    }
}

/// The character reference at byte `at` (which holds `&`), if any.
fn entity_at(src: &str, at: usize, limit: usize) -> Option<Entity> {
    let b = src.as_bytes();
    let limit = limit.min(b.len());
    let mut j = at + 1;
    if b.get(j) == Some(&b'#') {
        j += 1;
        let hex = matches!(b.get(j), Some(b'x' | b'X'));
        if hex {
            j += 1;
        }
        let digits = j;
        while j < limit && (if hex { b[j].is_ascii_hexdigit() } else { b[j].is_ascii_digit() }) {
            j += 1;
        }
        if j == digits {
            return None;
        }
        let value = u32::from_str_radix(src.get(digits..j)?, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
        if j < limit && b[j] == b';' {
            j += 1;
        }
        return Some(Entity::Known(numeric_char(value), j - at));
    }
    let name_start = j;
    while j < limit && b[j].is_ascii_alphanumeric() {
        j += 1;
    }
    if j == name_start {
        return None;
    }
    let name = src.get(name_start..j)?;
    let semi = j < limit && b[j] == b';';
    match ENTITIES.get(name) {
        // Only the Latin-1 names (and &amp; and friends) may omit the ";".
        Some(&c) if semi || c <= '\u{ff}' => Some(Entity::Known(c, j - at + usize::from(semi))),
        None if semi => Some(Entity::Unknown(j + 1 - at)),
        _ => None,
    }
}

/// The character a numeric reference stands for, as HTML decodes it
/// (Windows-1252 for 0x80–0x9F, U+FFFD for invalid values).
fn numeric_char(v: u32) -> char {
    const CP1252: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let v = if (0x80..=0x9F).contains(&v) { CP1252[(v - 0x80) as usize] } else { v };
    if v == 0 {
        return '\u{fffd}';
    }
    char::from_u32(v).unwrap_or('\u{fffd}')
}

/// Byte ranges of the source that hold character data: outside tags,
/// comments, doctypes and raw-text elements.
fn data_regions(src: &str) -> Vec<Range<usize>> {
    let b = src.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut push = |r: Range<usize>| {
        if r.start < r.end {
            out.push(r);
        }
    };
    let mut i = 0;
    let mut text_start = 0;
    while let Some(off) = b.get(i..).and_then(|s| s.iter().position(|&c| c == b'<')) {
        let lt = i + off;
        match b.get(lt + 1) {
            Some(c) if c.is_ascii_alphabetic() => {
                push(text_start..lt);
                let (end, name) = tag_end(b, lt + 1);
                let name = src.get(name).unwrap_or("").to_ascii_lowercase();
                if name == "plaintext" {
                    return out;
                }
                let raw = RAW_TEXT.contains(&name.as_str());
                if raw || RCDATA.contains(&name.as_str()) {
                    let close = find_end_tag(b, end, &name);
                    if !raw {
                        push(end..close);
                    }
                    i = close;
                    text_start = close;
                } else {
                    i = end;
                    text_start = end;
                }
            }
            Some(b'/') => {
                push(text_start..lt);
                let end = match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => tag_end(b, lt + 2).0,
                    _ => find_byte(b, lt + 2, b'>'),
                };
                i = end;
                text_start = end;
            }
            Some(b'!') => {
                push(text_start..lt);
                let end = if b.get(lt + 2..lt + 4) == Some(b"--") {
                    comment_end(b, lt + 4)
                } else {
                    find_byte(b, lt + 2, b'>')
                };
                i = end;
                text_start = end;
            }
            Some(b'?') => {
                push(text_start..lt);
                let end = find_byte(b, lt + 2, b'>');
                i = end;
                text_start = end;
            }
            _ => i = lt + 1,
        }
    }
    push(text_start..n);
    out
}

/// The index after the `>` that ends `b[from..]`, or the end of input.
pub(crate) fn find_byte(b: &[u8], from: usize, byte: u8) -> usize {
    b.get(from..).and_then(|s| s.iter().position(|&c| c == byte)).map_or(b.len(), |p| from + p + 1)
}

/// The end of a comment whose body starts at `from`.
pub(crate) fn comment_end(b: &[u8], from: usize) -> usize {
    // "<!-->" and "<!--->" are complete (empty) comments.
    if b.get(from) == Some(&b'>') {
        return from + 1;
    }
    if b.get(from..from + 2) == Some(b"->") {
        return from + 2;
    }
    let mut j = from;
    while j < b.len() {
        if b[j] == b'-' && b.get(j + 1) == Some(&b'-') {
            if b.get(j + 2) == Some(&b'>') {
                return j + 3;
            }
            if b.get(j + 2..j + 4) == Some(b"!>") {
                return j + 4;
            }
        }
        j += 1;
    }
    b.len()
}

/// The end of a tag whose name starts at `from`, and the name's range.
pub(crate) fn tag_end(b: &[u8], from: usize) -> (usize, Range<usize>) {
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut j = from;
    while j < b.len() && !is_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = from..j;
    loop {
        while j < b.len() && (is_space(b[j]) || b[j] == b'/') {
            j += 1;
        }
        match b.get(j) {
            None => return (b.len(), name),
            Some(b'>') => return (j + 1, name),
            Some(_) => {}
        }
        // Attribute name (its first character may be "=").
        j += 1;
        while j < b.len() && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                j = find_byte(b, j + 1, q);
            }
            _ => {
                while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
            }
        }
    }
}

/// The start (`<`) of the end tag `</name` at or after `from`, or the end of input.
pub(crate) fn find_end_tag(b: &[u8], from: usize, name: &str) -> usize {
    let mut j = from;
    while let Some(p) = b.get(j..).and_then(|s| s.windows(2).position(|w| w == b"</")) {
        let at = j + p;
        let name_end = at + 2 + name.len();
        if b.get(at + 2..name_end).is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(name_end).is_none_or(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
        {
            return at;
        }
        j = at + 2;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions(src: &str) -> Vec<&str> {
        data_regions(src).into_iter().map(|r| &src[r]).collect()
    }

    #[test]
    fn scans_data_regions() {
        let src = "<p class=\"a>b\">One</p><!-- c > d --><script>if (a<b) {}</script>Two<title>T &amp; U</title>x < y";
        assert_eq!(regions(src), ["One", "Two", "T &amp; U", "x < y"]);
        assert_eq!(regions("<!---->a<!-->b<?php x ?>c</ x>d"), ["a", "b", "c", "d"]);
    }

    #[test]
    fn aligns_entities_and_line_ends() {
        let src = "<p>It&rsquo;s &#8220;fine&#x201D; &amp; good\r\nok</p><p>Next</p>";
        let mut a = Aligner::new(src);
        let pieces = a.align("It’s “fine” & good\nok").expect("aligned");
        assert_eq!(pieces.first().expect("aligned").src, 3..5);
        assert_eq!(&src[pieces.last().expect("aligned").src.clone()], "ok");
        let next = a.align("Next").expect("aligned");
        assert_eq!(&src[next[0].src.clone()], "Next");
    }

    #[test]
    fn windows_1252_and_unknown_names() {
        let src = "<p>&#147;Hi&#148; &zzz; AT&T &copy 2024</p>";
        let pieces = Aligner::new(src).align("“Hi” ? AT&T © 2024").expect("aligned");
        assert!(!pieces.is_empty());
    }

    #[test]
    fn skips_earlier_text_and_fails_cleanly() {
        let src = "<nav>Home</nav><p>Home page story</p>";
        let mut a = Aligner::new(src);
        assert!(a.align("Not here").is_none());
        let p = a.align("Home page story").expect("aligned");
        assert_eq!(p[0].src.start, src.find("Home page").expect("aligned"));
    }

    #[test]
    fn odd_sources_never_panic() {
        for src in
            ["<", "&", "&#", "&#x;", "<a b='", "<!--", "<script>", "</", "<p>&#99999999999;</p>", "\r", "é<é>&é;"]
        {
            let mut a = Aligner::new(src);
            let _ = a.align("x");
            let _ = a.align("é");
        }
    }
}
