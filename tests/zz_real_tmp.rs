#![cfg(feature = "html")]
#![allow(missing_docs)]
use pressparse::html::HtmlDocument;
#[test]
fn real_pages() {
    let mut paths: Vec<_> =
        std::fs::read_dir("/tmp/real").expect("dir").filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut total_t = std::time::Duration::ZERO;
    let mut bytes = 0;
    for p in paths {
        let raw = std::fs::read(&p).expect("read");
        let html = String::from_utf8_lossy(&raw).into_owned();
        bytes += html.len();
        let t = std::time::Instant::now();
        let page = HtmlDocument::parse(&html);
        let el = t.elapsed();
        total_t += el;
        let mut mapped = 0usize;
        let mut bad = 0usize;
        for e in page.source_map().entries() {
            mapped += e.derived.len();
            if e.exact && page.text.get(e.derived.start..e.derived.end) != html.get(e.source.start..e.source.end) {
                bad += 1;
            }
        }
        let content = page.text.bytes().filter(|b| !b.is_ascii_whitespace()).count();
        let spaces = page.text.len() - content;
        let cover = if content == 0 { 1.0 } else { mapped as f64 / (page.text.len() - spaces) as f64 };
        eprintln!(
            "{:45} {:>7}B -> {:>6}B text  map {:5.1}%  bad {bad}  {:?}  title={:?} pub={:?}",
            p.file_name().unwrap_or_default().to_string_lossy(),
            html.len(),
            page.text.len(),
            cover * 100.0,
            el,
            page.title.as_deref().map(|t| t.chars().take(40).collect::<String>()),
            page.published
        );
    }
    eprintln!("TOTAL {bytes} bytes in {total_t:?}");
}
