//! HTML input: fixture pages modelled on real press-release pages (with
//! their navigation, cookie banners, share buttons, scripts and styles),
//! each paired with the clean text of its release.
#![cfg(feature = "html")]

use std::fs;
use std::path::{Path, PathBuf};

use pressparse::html::HtmlDocument;
use pressparse::text::TextModel;
use pressparse::{Document, Extractor, Span};

fn fixtures() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let html = fs::read_to_string(&p).expect("html fixture");
            let clean = fs::read_to_string(p.with_extension("txt")).expect("clean text for every page");
            (name, html, clean)
        })
        .collect()
}

/// Blank-line separated blocks, trimmed.
fn blocks(text: &str) -> Vec<String> {
    text.split("\n\n").map(|b| b.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|b| !b.is_empty()).collect()
}

/// Whitespace (no-break spaces included) collapsed.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The text of an HTML slice, decoded and with whitespace collapsed.
fn text_of_markup(slice: &str) -> String {
    let frag = scraper::Html::parse_fragment(slice);
    collapse(&frag.root_element().text().collect::<String>())
}

#[test]
fn there_are_enough_fixtures() {
    assert!(fixtures().len() >= 10);
}

#[test]
fn derived_text_is_the_release_and_nothing_else() {
    for (name, html, clean) in fixtures() {
        let page = HtmlDocument::parse(&html);
        let got = blocks(&page.text);
        let want = blocks(&clean);
        // Every paragraph of the release, in order...
        let mut at = 0;
        for w in &want {
            let pos = got[at..].iter().position(|g| g == w);
            assert!(pos.is_some(), "{name}: missing or out of order: {w:?}\nderived:\n{}", page.text);
            at += pos.unwrap_or(0) + 1;
        }
        // ...and no chrome: every derived block belongs to the release.
        for g in &got {
            assert!(want.contains(g), "{name}: chrome in the derived text: {g:?}");
        }
        for entity in ["&ldquo;", "&rsquo;", "&#8217;", "&amp;", "&nbsp;"] {
            assert!(!page.text.contains(entity), "{name}: undecoded {entity}");
        }
    }
}

#[test]
fn records_match_the_clean_text() {
    let ex = Extractor::default();
    for (name, html, clean) in fixtures() {
        let page = HtmlDocument::parse(&html);
        let from_html = page.extract(&ex);
        let from_text = ex.extract(&clean);
        let text = from_html.text.as_deref().expect("HTML documents carry their text");
        assert_eq!(text, page.text);
        assert_eq!(from_html.title, from_text.title.clone().or(page.title.clone()), "{name}: title");
        assert_eq!(summary(&from_html), summary(&from_text), "{name}");
        // Every span slices the derived text.
        for q in &from_html.quotes {
            assert_eq!(q.span.slice(text), Some(q.text.as_str()), "{name}");
        }
        for d in &from_html.dates {
            assert_eq!(d.span.slice(text), Some(d.text.as_str()), "{name}");
        }
    }
}

/// The records compared between the two inputs.
fn summary(doc: &Document) -> String {
    let dateline = doc.dateline.as_ref().map(|d| d.location.clone());
    let quotes: Vec<_> = doc.quotes.iter().map(|q| q.text.clone()).collect();
    let speakers: Vec<_> = doc.speakers.iter().map(|s| s.name.clone()).collect();
    let demands: Vec<_> = doc.demands.iter().map(|d| d.text.clone()).collect();
    let dates: Vec<_> = doc.dates.iter().map(|d| d.value.clone()).collect();
    let signatories: Vec<_> = doc.signatories.iter().map(|s| s.count).collect();
    format!("dateline {dateline:?}\nquotes {quotes:?}\nspeakers {speakers:?}\ndemands {demands:?}\ndates {dates:?}\nsignatories {signatories:?}")
}

#[test]
fn metadata_is_read() {
    for (name, html, _) in fixtures() {
        let page = HtmlDocument::parse(&html);
        assert!(page.title.as_deref().is_some_and(|t| !t.contains(" | ")), "{name}: {:?}", page.title);
        let published = page.published.as_deref().unwrap_or_else(|| panic!("{name}: no date"));
        assert!(published.len() == 10 && published.starts_with("2024-"), "{name}: {published}");
    }
}

#[test]
fn every_block_and_quote_maps_back_to_its_markup() {
    for (name, html, _) in fixtures() {
        let page = HtmlDocument::parse(&html);
        let model = TextModel::new(&page.text);
        let mut spans: Vec<Span> = model.blocks.iter().map(|b| b.span).collect();
        spans.extend(model.quotes.iter().map(|q| q.inner));
        assert!(!spans.is_empty(), "{name}");
        for span in spans {
            let derived = collapse(span.slice(&page.text).unwrap_or(""));
            let src = page.source_span(span).unwrap_or_else(|| panic!("{name}: unmapped {derived:?}"));
            let markup = html.get(src.start..src.end).unwrap_or_else(|| panic!("{name}: bad span {src:?}"));
            assert_eq!(text_of_markup(markup), derived, "{name}: {markup:?}");
        }
    }
}

#[test]
fn exact_bytes_for_plain_words() {
    let html = "<article><p>The minister said &ldquo;we&rsquo;ll act&rdquo; on\n   Monday.</p></article>";
    let page = HtmlDocument::parse(html);
    assert_eq!(page.text, "The minister said “we’ll act” on Monday.");
    let at = page.text.find("Monday").unwrap_or(0);
    let src = page.source_span(Span::new(at, at + 6)).unwrap_or_default();
    assert_eq!(&html[src.start..src.end], "Monday");
    let at = page.text.find("we’ll").unwrap_or(0);
    let src = page.source_span(Span::new(at, at + "we’ll".len())).unwrap_or_default();
    assert_eq!(&html[src.start..src.end], "we&rsquo;ll");
}

#[test]
fn odd_input_never_panics() {
    let nested_divs = "<div>".repeat(20_000) + "deep text" + &"</div>".repeat(20_000);
    let nested_inline = "<b><i>".repeat(5_000) + "deep";
    let nested_lists = "<ul><li>".repeat(5_000) + "item";
    let cases: Vec<String> = vec![
        String::new(),
        " \n\t ".into(),
        "Just plain text.\n\nA second paragraph, no markup at all.".into(),
        "<p>unclosed <b>bold <i>italic</p> after".into(),
        "<table><tr><td>cell</td><p>stray</table>tail".into(),
        "<<<>>>&&&;;;</</</p>".into(),
        "<script>never closed".into(),
        "<!-- never closed".into(),
        "<p>&#0; &#xD800; &#99999999999; &bogus; &amp</p>".into(),
        "\u{0}\u{feff}<p>\r\n\r</p>".into(),
        "<p>é<é>&é;ü</p>".into(),
        nested_divs.clone(),
        nested_inline,
        nested_lists,
    ];
    for html in &cases {
        let page = HtmlDocument::parse(html);
        let doc = page.extract(&Extractor::default());
        assert_eq!(doc.text.as_deref(), Some(page.text.as_str()));
        for e in page.source_map().entries() {
            assert!(html.get(e.source.start..e.source.end).is_some());
            assert!(page.text.get(e.derived.start..e.derived.end).is_some());
        }
    }
    assert_eq!(HtmlDocument::parse("").text, "");
    assert_eq!(HtmlDocument::parse(&nested_divs).text, "deep text");
    let plain = HtmlDocument::parse("Just plain text.\n\nA second paragraph.");
    assert_eq!(plain.text, "Just plain text. A second paragraph.");
}

#[test]
fn free_function_and_extractor_agree() {
    let html = "<article><h1>Title of the release</h1><p>“Yes,” said Ann Lee.</p></article>";
    assert_eq!(pressparse::extract_html(html), Extractor::default().extract_html(html));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Markup built from the pieces pages are made of, in any order: tags
    /// that open and close blocks, lists and tables, chrome, raw text,
    /// comments, references (well-formed and not), quote marks and text.
    fn page_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<p>"),
            Just("</p>"),
            Just("<div class='entry-content'>"),
            Just("</div>"),
            Just("<li>"),
            Just("<ul>"),
            Just("</ul>"),
            Just("<table><tr><td>"),
            Just("</td></tr></table>"),
            Just("<br>"),
            Just("<nav>"),
            Just("</nav>"),
            Just("<script>x<y</script>"),
            Just("<!-- c -->"),
            Just("<pre>"),
            Just("</pre>"),
            Just("<article>"),
            Just("</article>"),
            Just("<h1>"),
            Just("</h1>"),
            Just("<a href=x>"),
            Just("</a>"),
            Just("&ldquo;"),
            Just("&rdquo;"),
            Just("&#8217;"),
            Just("&amp;"),
            Just("&nbsp;"),
            Just("&#x;"),
            Just("&zz;"),
            Just("&copy"),
            Just("<"),
            Just(">"),
            Just("&"),
            Just("\r\n"),
            Just("\n\n"),
            Just("“"),
            Just("é"),
            Just(" said Ann Lee. "),
            Just("The government should act now. "),
        ];
        prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn any_markup_parses_and_maps(html in page_like()) {
            let page = HtmlDocument::parse(&html);
            for e in page.source_map().entries() {
                prop_assert!(html.get(e.source.start..e.source.end).is_some());
                prop_assert!(page.text.get(e.derived.start..e.derived.end).is_some());
                if e.exact {
                    prop_assert_eq!(html.get(e.source.start..e.source.end), page.text.get(e.derived.start..e.derived.end));
                }
            }
            let doc = page.extract(&Extractor::default());
            for q in &doc.quotes {
                prop_assert_eq!(q.span.slice(&page.text), Some(q.text.as_str()));
            }
        }
    }
}
