//! A cap on element nesting before parsing.
//!
//! html5ever's tree builder checks the stack of open elements for many
//! tags, which makes pages nested tens of thousands of levels deep take
//! quadratic time. Browsers cap the depth of the tree their parser builds
//! (Chromium at 512); we do the same on the source: start tags (and their
//! end tags) beyond [`MAX_DEPTH`] are removed from a copy of the source
//! that is only used for parsing, so their text joins the enclosing
//! element. Alignment still runs on the original source, and the text is
//! unchanged, so the source map is unaffected. Elements that close
//! implicitly (`p`, `li`, `td`, …) and void elements are not counted.

use std::borrow::Cow;

use super::align::{comment_end, find_byte, find_end_tag, tag_end, RAW_TEXT, RCDATA};

/// The deepest nesting kept.
pub(crate) const MAX_DEPTH: usize = 512;

/// Elements that do not add to the depth.
const UNCOUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    "html", "head", "body",
];

/// The source with tags beyond [`MAX_DEPTH`] removed (borrowed when none are).
pub(crate) fn cap_depth(src: &str) -> Cow<'_, str> {
    let b = src.as_bytes();
    let mut depth = 0usize;
    let mut skipped = 0usize;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|s| s.iter().position(|&c| c == b'<')) {
        let lt = i + off;
        match b.get(lt + 1) {
            Some(c) if c.is_ascii_alphabetic() => {
                let (end, name) = tag_end(b, lt + 1);
                let name = src.get(name).unwrap_or("").to_ascii_lowercase();
                let self_closing = end >= 2 && b.get(end - 2) == Some(&b'/');
                if RAW_TEXT.contains(&name.as_str()) || RCDATA.contains(&name.as_str()) {
                    i = find_end_tag(b, end, &name);
                    continue;
                }
                if !UNCOUNTED.contains(&name.as_str()) && !self_closing {
                    if depth >= MAX_DEPTH {
                        cuts.push((lt, end));
                        skipped += 1;
                    } else {
                        depth += 1;
                    }
                }
                i = end;
            }
            Some(b'/') => {
                let end = match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let (end, name) = tag_end(b, lt + 2);
                        let name = src.get(name).unwrap_or("").to_ascii_lowercase();
                        if !UNCOUNTED.contains(&name.as_str()) {
                            if skipped > 0 {
                                cuts.push((lt, end));
                                skipped -= 1;
                            } else {
                                depth = depth.saturating_sub(1);
                            }
                        }
                        end
                    }
                    _ => find_byte(b, lt + 2, b'>'),
                };
                i = end;
            }
            Some(b'!') if b.get(lt + 2..lt + 4) == Some(b"--") => i = comment_end(b, lt + 4),
            Some(b'!' | b'?') => i = find_byte(b, lt + 2, b'>'),
            _ => i = lt + 1,
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len());
    let mut from = 0;
    for (s, e) in cuts {
        out.push_str(src.get(from..s).unwrap_or(""));
        from = e;
    }
    out.push_str(src.get(from..).unwrap_or(""));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_untouched() {
        let src = "<div><p>a<p>b<ul><li>c<li>d</ul></div>";
        assert!(matches!(cap_depth(src), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_cut() {
        let src = "<div>".repeat(MAX_DEPTH + 10) + "x" + &"</div>".repeat(MAX_DEPTH + 10);
        let capped = cap_depth(&src);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
    }
}
