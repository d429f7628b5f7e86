//! Page metadata: the title and the publication date.
//!
//! Title: `og:title`, else the first `<h1>`, else `<title>`; a trailing
//! " | Site" (or " - Site" when it repeats `og:site_name`) is cut off.
//! Published: `article:published_time`, else the first `<time datetime>`
//! (inside the main content first), else `<meta name="date">` and its
//! Dublin Core and `datePublished` cousins; written as an ISO partial date
//! `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` when that is all there is).

use jiff::civil::Date;
use scraper::{ElementRef, Html, Node};

/// Title and date read from the page's markup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub published: Option<String>,
}

const DATE_NAMES: &[&str] = &[
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "sailthru.date",
    "govuk:first-published-at",
];

/// Read the metadata of `doc`; `content` is the main content element and
/// `heading` the title heading found before it, if any.
pub(crate) fn read(doc: &Html, content: Option<ElementRef<'_>>, heading: Option<ElementRef<'_>>) -> Meta {
    let mut og_title = None;
    let mut site = None;
    let mut published_time = None;
    let mut named_date = None;
    let mut title_tag = None;
    let mut h1 = None;
    let mut time_any = None;
    for node in doc.tree.root().descendants() {
        let Node::Element(e) = node.value() else { continue };
        match e.name() {
            "meta" => {
                let key =
                    e.attr("property").or(e.attr("name")).or(e.attr("itemprop")).unwrap_or("").to_ascii_lowercase();
                let Some(value) = e.attr("content").map(str::trim).filter(|v| !v.is_empty()) else { continue };
                match key.as_str() {
                    "og:title" | "twitter:title" if og_title.is_none() => og_title = Some(value),
                    "og:site_name" if site.is_none() => site = Some(value),
                    "article:published_time" | "datepublished" if published_time.is_none() => {
                        published_time = iso_partial(value);
                    }
                    k if DATE_NAMES.contains(&k) && named_date.is_none() => named_date = iso_partial(value),
                    _ => {}
                }
            }
            "title" if title_tag.is_none() => {
                title_tag = ElementRef::wrap(node).map(|t| collapse(&t.text().collect::<String>()));
            }
            "h1" if h1.is_none() => {
                h1 = ElementRef::wrap(node).map(|t| collapse(&t.text().collect::<String>())).filter(|t| !t.is_empty());
            }
            "time" if time_any.is_none() => time_any = e.attr("datetime").and_then(iso_partial),
            _ => {}
        }
    }
    let time_in_content = content.and_then(|c| {
        c.descendent_elements()
            .filter(|e| e.value().name() == "time")
            .find_map(|e| e.attr("datetime").and_then(iso_partial))
    });
    let text_of = |e: ElementRef<'_>| Some(collapse(&e.text().collect::<String>())).filter(|t| !t.is_empty());
    let content_h1 = content.and_then(|c| c.descendent_elements().find(|e| e.value().name() == "h1"));
    let h1 = heading.and_then(text_of).or_else(|| content_h1.and_then(text_of)).or(h1);
    let title = og_title
        .map(collapse)
        .filter(|t| !t.is_empty())
        .or(h1)
        .or(title_tag)
        .map(|t| strip_site(&t, site))
        .filter(|t| !t.is_empty());
    let published = published_time.or(time_in_content).or(time_any).or(named_date);
    Meta { title, published }
}

/// Whitespace runs to single spaces, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cut a " | Site" suffix, or " - Site" (or a "Site - " prefix) when it
/// names the site.
fn strip_site(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " :: ", " || "] {
        if let Some((head, _)) = title.split_once(sep) {
            if head.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
                return head.trim().to_owned();
            }
        }
    }
    if let Some(site) = site {
        for sep in [" - ", " – ", " — "] {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                if tail.trim().eq_ignore_ascii_case(site.trim()) && !head.trim().is_empty() {
                    return head.trim().to_owned();
                }
            }
            if let Some((head, tail)) = title.split_once(sep) {
                if head.trim().eq_ignore_ascii_case(site.trim()) && !tail.trim().is_empty() {
                    return tail.trim().to_owned();
                }
            }
        }
    }
    title.to_owned()
}

/// The leading ISO date of a value ("2024-05-06T10:00:00Z" → "2024-05-06"),
/// as a valid partial date.
fn iso_partial(value: &str) -> Option<String> {
    let v = value.trim();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let year = v.get(..4).filter(|y| digits(y))?;
    let rest = v.get(4..).unwrap_or("");
    let sep = rest.chars().next();
    if !matches!(sep, Some('-' | '/')) {
        return rest.chars().next().is_none_or(|c| !c.is_ascii_digit()).then(|| year.to_owned());
    }
    let month = rest.get(1..3).filter(|m| digits(m));
    let day = rest.get(4..6).filter(|d| digits(d) && rest.get(3..4).is_some_and(|s| s == "-" || s == "/"));
    match (month, day) {
        (Some(m), Some(d)) => {
            let iso = format!("{year}-{m}-{d}");
            iso.parse::<Date>().ok().map(|_| iso)
        }
        (Some(m), None) => m.parse::<u8>().ok().filter(|m| (1..=12).contains(m)).map(|_| format!("{year}-{m}")),
        _ => Some(year.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> Meta {
        read(&Html::parse_document(html), None, None)
    }

    #[test]
    fn title_sources() {
        let m = meta("<title>Office Statement | Office of the High Commissioner</title><h1>Office Statement on X</h1>");
        assert_eq!(m.title.as_deref(), Some("Office Statement on X"));
        let m = meta("<meta property='og:title' content='Senators Urge Action - Senator Doe'><meta property='og:site_name' content='Senator Doe'>");
        assert_eq!(m.title.as_deref(), Some("Senators Urge Action"));
        let m = meta("<title>Acme &amp; Co Announces Results | Business Wire</title>");
        assert_eq!(m.title.as_deref(), Some("Acme & Co Announces Results"));
    }

    #[test]
    fn published_sources() {
        let m = meta("<meta property='article:published_time' content='2024-05-06T10:00:00+00:00'><time datetime='2023-01-01'>x</time>");
        assert_eq!(m.published.as_deref(), Some("2024-05-06"));
        assert_eq!(meta("<p><time datetime='2023-02-28'>Feb</time></p>").published.as_deref(), Some("2023-02-28"));
        assert_eq!(meta("<meta name='date' content='2019/07/04'>").published.as_deref(), Some("2019-07-04"));
        assert_eq!(meta("<time datetime='2023-02-30'>x</time>").published, None);
        assert_eq!(meta("<time datetime='soon'>x</time>").published, None);
    }

    #[test]
    fn iso_values() {
        assert_eq!(iso_partial("2024").as_deref(), Some("2024"));
        assert_eq!(iso_partial("2024-05").as_deref(), Some("2024-05"));
        assert_eq!(iso_partial("2024-13").as_deref(), None);
        assert_eq!(iso_partial("20240506"), None);
        assert_eq!(iso_partial("é"), None);
    }
}
