//! Trailing link lists: a web page may end, after the release's last body
//! paragraph, with the titles of related documents it links to ("Police
//! Reform Report ⏎ Police Reform Finder ⏎ Police Reform Accomplishments"),
//! their "Attachment(s):" label lost in the scrape. They carry no phrase
//! evidence, so they are told by shape, place and reference: short
//! title-case headings that end the page, on a page whose header was chrome,
//! naming things the release itself mentions.

use super::shapes;

/// Words a related-document link label may have.
const MAX_WORDS: usize = 8;

/// Short function words allowed in lower case inside a title-case label.
const SMALL: [&str; 12] = ["a", "an", "and", "as", "at", "for", "in", "of", "on", "the", "to", "with"];

/// A short title-case heading with no punctuation, digits or contact details:
/// the shape of a link to a document ("Police Reform Finder").
fn is_link_label(s: &str) -> bool {
    let t = s.trim();
    if t.len() > 80 || t.is_empty() {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=MAX_WORDS).contains(&words.len())
        && !t.contains([',', '(', ')', ':', ';', '.', '!', '?', '"', '“', '”', '@', '/', '|'])
        && !t.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) || SMALL.contains(w))
        && !shapes::is_release_anchor(t)
}

/// Capitalised words of four letters or more in `label` that occur in `body`.
fn mentioned(label: &str, body: &[&str]) -> bool {
    label
        .split_whitespace()
        .filter(|w| w.chars().count() >= 4 && w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| body.iter().any(|b| b.contains(w)))
}

/// Flag the link labels that end the page: two or more unflagged headings
/// after the last body paragraph `last_body`, all link-shaped, with nothing
/// unflagged after them, on a page with chrome above its first body
/// paragraph `first_body`, each naming something the body mentions.
pub(super) fn flag_trailing_links(
    texts: &[&str],
    headings: &[bool],
    first_body: usize,
    last_body: usize,
    flags: &mut [bool],
) {
    let n = texts.len();
    if last_body >= n || !flags.iter().take(first_body).any(|&f| f) {
        return;
    }
    let trailing: Vec<usize> = (last_body..n).filter(|&k| !flags[k]).collect();
    if trailing.len() < 2 || !trailing.iter().all(|&k| headings[k] && is_link_label(texts[k])) {
        return;
    }
    let body: Vec<&str> = texts.get(first_body..last_body).unwrap_or(&[]).to_vec();
    if trailing.iter().all(|&k| mentioned(texts[k], &body)) {
        for k in trailing {
            flags[k] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_labels() {
        assert!(is_link_label("Police Reform Finder"));
        assert!(is_link_label("Complaint for Permanent Injunction"));
        assert!(!is_link_label("Youth Foundation of Bangladesh, Bangladesh"));
        assert!(!is_link_label("Chee Yoke Ling, on behalf of the Third World Network (TWN)"));
        assert!(!is_link_label("Vladi Bergman +1 (702) 868-1438"));
        assert!(!is_link_label("About Velocity Global"));
        assert!(!is_link_label("Getting pets involved"));
        assert!(!is_link_label("Sincerely"));
    }

    #[test]
    fn trailing_run() {
        let texts = [
            "Justice News",
            "The division also published an interactive Police Reform Finder for the public, the department said today.",
            "Police Reform Report",
            "Police Reform Finder",
        ];
        let headings = [true, false, true, true];
        let mut flags = [true, false, false, false];
        flag_trailing_links(&texts, &headings, 1, 2, &mut flags);
        assert_eq!(flags, [true, false, true, true]);
        // Without chrome above the body, a closing list stays.
        let mut flags = [false, false, false, false];
        flag_trailing_links(&texts, &headings, 1, 2, &mut flags);
        assert_eq!(flags, [false; 4]);
        // Labels the body never mentions (a list of signers) stay.
        let texts = ["Justice News", texts[1], "Third World Network", "War on Want"];
        let mut flags = [true, false, false, false];
        flag_trailing_links(&texts, &headings, 1, 2, &mut flags);
        assert_eq!(flags, [true, false, false, false]);
    }
}
