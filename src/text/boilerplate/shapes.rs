//! Shape evidence: blocks whose form, not their words, says "page chrome"
//! (breadcrumbs, tag lists, a lone bullet, a footer line opening with a bar),
//! the short unpunctuated blocks that menus are made of, and the release's
//! own furniture that is never chrome however short it is.

use std::sync::LazyLock;

use super::phrases::{normalise, words_upto};
use crate::lexicon::entries;
use crate::text::scan;

/// Words a menu item may have at most.
pub(super) const MENU_MAX_WORDS: usize = 12;

/// A block that is chrome by its shape alone.
pub(super) fn is_chrome_shape(s: &str) -> bool {
    shape_is_chrome(s, normalise(s))
}

/// [`is_chrome_shape`] of `s`, whose [`normalise`]d text is `t`.
pub(super) fn shape_is_chrome(s: &str, t: &str) -> bool {
    shape_is_chrome_of(s, t, longer_than_menu(t))
}

/// True when `t` surely has more words than a menu item
/// ([`scan::more_words_than`]): asked once per block by the caller of
/// [`shape_is_chrome_of`] and [`menu_like_of`], which both read it.
pub(super) fn longer_than_menu(t: &str) -> bool {
    scan::more_words_than(t, MENU_MAX_WORDS)
}

/// [`shape_is_chrome`] with `long`, [`longer_than_menu`] of `t`, known.
pub(super) fn shape_is_chrome_of(s: &str, t: &str, long: bool) -> bool {
    if t.is_empty() {
        return !scan::trim(s).is_empty(); // a lone bullet or bar
    }
    // Every shape but the bar needs a short block and one of a few marks or
    // endings: the words are counted only when those are there (most
    // paragraphs have none: no "»" (C2 BB), ">" or "/").
    // A block proven longer than a menu item has no shape but the bar: its
    // words are counted (cheaply, see `more_words_than`) before it is scanned.
    if long {
        return scan::trim_start(s).starts_with('|');
    }
    let marks = scan::find_any(t.as_bytes(), 0, [0xBB, b'>', b'/']) < t.len();
    let news = t.ends_with(" News") || t.ends_with(" Newsroom");
    let image = t.starts_with("![](") && t.ends_with(')');
    if marks || news || image {
        let words = words_upto(t, MENU_MAX_WORDS);
        // Breadcrumbs: "Home » Office of Public Affairs » News", "Home > News > 2024".
        if words <= 12 && !t.contains('«') && (t.contains(" » ") || t.matches(" > ").count() >= 2) {
            return true;
        }
        // Tag-list headers: "Region / Country", "Topic / Issue".
        if (2..=4).contains(&words) && t.contains(" / ") && !t.chars().any(|c| c.is_ascii_digit()) {
            return true;
        }
        // A masthead label ending in "News" ("Justice News", "Latest News").
        if words <= 3 && news {
            return true;
        }
        // An image without alt text (a tracking pixel, a logo): "![](…)".
        if image && words == 1 {
            return true;
        }
    }
    // A footer line opening with a bar ("| 950 Pennsylvania Avenue, NW").
    scan::trim_start(s).starts_with('|')
}

/// Short, unpunctuated blocks as found in menus and link lists.
#[cfg(test)]
pub(super) fn is_menu_like(s: &str) -> bool {
    menu_like(normalise(s))
}

/// [`is_menu_like`] of a block whose [`normalise`]d text is `t`.
#[cfg(test)]
pub(super) fn menu_like(t: &str) -> bool {
    menu_like_of(t, longer_than_menu(t))
}

/// [`menu_like`] with `long`, [`longer_than_menu`] of `t`, known.
pub(super) fn menu_like_of(t: &str, long: bool) -> bool {
    // The ending first: most paragraphs stop there without a word counted;
    // then the cheap proof of length, before the exact count.
    !t.ends_with(['.', '!', '?', ';', '"', '”', '»'])
        && !long
        && words_upto(t, MENU_MAX_WORDS) <= MENU_MAX_WORDS
        && !holds_opening_quote(t.as_bytes())
}

/// `t.contains(['“', '"', '«'])` on bytes: '"' is 22, '“' E2 80 9C and
/// '«' C2 AB, found by their last byte (9C and AB are never a lead byte
/// or ASCII) and checked, without decoding every character.
fn holds_opening_quote(b: &[u8]) -> bool {
    scan::any_at(b, [b'"', 0x9C, 0xAB], |i| match b.get(i) {
        Some(0x9C) => i >= 2 && b.get(i - 2..i) == Some(&[0xE2, 0x80][..]),
        Some(0xAB) => i >= 1 && b.get(i - 1) == Some(&0xC2),
        _ => true,
    })
}

/// The release's own furniture, kept even when short: "FOR IMMEDIATE
/// RELEASE", contact blocks, "About …" sections, "Notes to editors", "###".
pub(super) fn is_release_anchor(s: &str) -> bool {
    let t = scan::trim(s);
    // Only the start of a block can make it an anchor, and this runs on
    // every block: compare ASCII openings in place, and only those whose
    // first byte matches.
    let first = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let opens = |(p, space): &(&str, bool)| {
        t.as_bytes().get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
            && (!space || t.as_bytes().get(p.len()).is_some_and(u8::is_ascii_whitespace))
    };
    let release = || {
        // The first 80 characters. (The phrase holds no "k" and its "i"s
        // are followed by "m": comparing ASCII case alone gives the answer
        // of a full lower-casing.)
        let head_end = scan::char_offset(t, 80);
        scan::contains_ignore_ascii_case(t.get(..head_end).unwrap_or(t), "for immediate release")
    };
    // (The tests are pure: the cheap comparisons of the opening go first,
    // the searches of the head and the date words last.)
    ANCHOR_BY_FIRST.get(usize::from(first)).is_some_and(|group| group.iter().any(opens))
        || (t.starts_with('#') && t.chars().all(|c| c == '#' || c == ' '))
        || t == "-30-"
        || t.eq_ignore_ascii_case("ends")
        || (t.len() < 300 && release())
        || is_date_line(t)
}

/// Openings of the release's own furniture (`boilerplate_anchors.txt`),
/// compared ignoring ASCII case; `true` when a space must follow.
static ANCHOR_OPENINGS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    entries(include_str!("../../lexicon/data/boilerplate_anchors.txt"))
        .map(|e| e.strip_suffix(" +").map_or((e, false), |p| (p, true)))
        .collect()
});

/// [`ANCHOR_OPENINGS`] grouped by first byte (ASCII lower case): a block
/// is compared only with the openings that start as it does (none for most
/// first bytes).
static ANCHOR_BY_FIRST: LazyLock<Vec<Vec<(&'static str, bool)>>> = LazyLock::new(|| {
    let mut t = vec![Vec::new(); 256];
    for &(p, space) in ANCHOR_OPENINGS.iter() {
        if let Some(&b) = p.as_bytes().first() {
            t[usize::from(b.to_ascii_lowercase())].push((p, space));
        }
    }
    t
});

/// A date standing alone ("Friday, August 10, 2012", "27 February 2024"):
/// two to six words, a month name, a number, nothing else.
fn is_date_line(t: &str) -> bool {
    use crate::text::dateline::date_word_kind;
    // Six words of a date fit in well under 80 bytes, and a date has a number.
    // (A fold, not `any`: it is vectorised, and the line is short.)
    #[allow(clippy::needless_bitwise_bool)]
    if t.len() > 80 || !t.bytes().fold(false, |found, b| found | b.is_ascii_digit()) {
        return false;
    }
    // More than six words is never a date line: count them before looking
    // any up.
    if scan::words_upto(t, 7) > 6 {
        return false;
    }
    let (mut words, mut month) = (0, false);
    for w in t.split_whitespace() {
        words += 1;
        let kind = date_word_kind(w);
        month |= kind == Some("month");
        let bare = w.trim_matches([',', '.', '(', ')']);
        // The cheap tests first: a number or "of" needs no look-up. Nor
        // does a word whose trims leave what `date_word_kind` looks up
        // (it drops a closing "." or "," itself): its kind is known.
        let date_word = bare.bytes().all(|b| b.is_ascii_digit())
            || ["of", "de"].contains(&bare)
            || if bare.trim_end_matches(['.', ',']) == w.trim_end_matches(['.', ',']) {
                kind.is_some()
            } else {
                date_word_kind(bare).is_some()
            };
        if !date_word {
            return false;
        }
    }
    words >= 2 && month
}

/// A contact line: an e-mail address or a telephone number.
pub(super) fn is_contact_line(s: &str) -> bool {
    let t = scan::trim(s);
    let b = t.as_bytes();
    // An address needs an "@": most lines have none, and are not searched.
    // (A byte search, not `contains`: its `memchr` is called per byte on
    // short slices.)
    let email = scan::find_any(b, 0, [b'@']) < b.len()
        && t.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        });
    if email {
        return true;
    }
    // Digits and the other characters of a number are ASCII: count bytes
    // (a character has one byte that is not a continuation byte). Each
    // count is its own vectorised pass (one test per byte, no branch), and
    // a block with fewer than seven digits needs no other.
    let digits = count_bytes(b, |c| c.is_ascii_digit());
    if digits < 7 {
        return false;
    }
    let marks: usize = [b'+', b'(', b')', b'-', b'.', b' '].iter().map(|&m| count_bytes(b, |c| c == m)).sum();
    let phone_chars = digits + marks;
    let chars = count_bytes(b, |c| c & 0xC0 != 0x80);
    phone_chars * 10 >= chars * 6
}

/// The number of bytes of `b` for which `hit` holds (a branch-free sum).
fn count_bytes(b: &[u8], hit: impl Fn(u8) -> bool) -> usize {
    b.iter().map(|&c| usize::from(hit(c))).sum()
}

/// A short line listed under a chrome label ("Related Documents:").
pub(super) fn is_listed_under_label(s: &str) -> bool {
    let t = normalise(s);
    let words = t.split_whitespace().count();
    // "United States v. Toney Fields, et al." ends with an abbreviation.
    words > 0 && words <= MENU_MAX_WORDS && !t.ends_with(['!', '?', ';']) && (!t.ends_with('.') || words <= 8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `is_date_line` as first written: two look-ups for every word.
    fn date_line_reference(t: &str) -> bool {
        use crate::text::dateline::date_word_kind;
        // (A fold, not `any`: it is vectorised, and the line is short.)
        #[allow(clippy::needless_bitwise_bool)]
        if t.len() > 80 || !t.bytes().fold(false, |found, b| found | b.is_ascii_digit()) {
            return false;
        }
        let (mut words, mut month) = (0, false);
        for w in t.split_whitespace() {
            words += 1;
            month |= date_word_kind(w) == Some("month");
            let w = w.trim_matches([',', '.', '(', ')']);
            let date_word =
                date_word_kind(w).is_some() || w.chars().all(|c| c.is_ascii_digit()) || ["of", "de"].contains(&w);
            if words > 6 || !date_word {
                return false;
            }
        }
        words >= 2 && month
    }

    #[test]
    fn date_lines() {
        for (t, want) in [
            ("Friday, August 10, 2012", true),
            ("27 February 2024", true),
            ("(Apr.) 5", false),
            ("Apr. 5", true),
            (".May 5", false),
            ("5 de mayo de 2020", true),
            ("Monday 5", false),
            ("March 1 2 3 4 5 6", false),
            ("Contact: 555 1234", false),
        ] {
            assert_eq!(is_date_line(t), want, "{t:?}");
            assert_eq!(date_line_reference(t), want, "{t:?}");
        }
    }

    /// `is_contact_line`'s number test as first written: one byte loop.
    fn phone_reference(t: &str) -> bool {
        let (mut digits, mut phone_chars, mut chars) = (0usize, 0usize, 0usize);
        for &c in t.as_bytes() {
            let digit = c.is_ascii_digit();
            digits += usize::from(digit);
            phone_chars += usize::from(digit || matches!(c, b'+' | b'(' | b')' | b'-' | b'.' | b' '));
            chars += usize::from(c & 0xC0 != 0x80);
        }
        digits >= 7 && phone_chars * 10 >= chars * 6
    }

    proptest! {
        #[test]
        fn phone_lines_as_first_written(t in "[0-9 +().a-z\u{e9}\u{2014}-]{0,40}") {
            let t = t.trim();
            prop_assume!(!t.contains('@'));
            prop_assert_eq!(is_contact_line(t), phone_reference(t), "{:?}", t);
        }

        #[test]
        fn date_lines_as_first_written(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "May", "may.", "Apr.", "(June)", ",July", ".Aug", "Monday,", "lundi", "5", "2024,", "(12)", "of",
                "de", "Geneva", "(", ")", ",", ".", " ", "  ", "\u{a0}", "März", "\u{5e74}",
            ]),
            0..10,
        )) {
            let t: String = parts.concat();
            prop_assert_eq!(is_date_line(&t), date_line_reference(&t), "{:?}", t);
        }
    }

    #[test]
    fn breadcrumbs_and_tag_lists() {
        assert!(is_chrome_shape("Home » Office of Public Affairs » News"));
        assert!(is_chrome_shape("Region / Country"));
        assert!(is_chrome_shape("Justice News"));
        assert!(is_chrome_shape("| 950Pennsylvania Avenue, NW Washington, DC 20530-0001"));
        assert!(is_chrome_shape("•"));
        assert!(is_chrome_shape("![](//track.media-outreach.com/index.php/WebView/479950/279561)"));
        assert!(!is_chrome_shape("![Courtesy of Credo Beauty](https://public.newsdirect.com/195024280/tUrwFgcY.jpg)"));
        // French guillemets are quotation marks, not breadcrumbs.
        assert!(!is_chrome_shape("« Nous exigeons » dit-elle"));
        assert!(!is_chrome_shape("Webinar 1 | Asia/Oceania"));
        assert!(!is_chrome_shape("Between 2019 / 2020 exports fell"));
    }

    #[test]
    fn anchors() {
        for s in [
            "FOR IMMEDIATE RELEASE",
            "Contact:",
            "Media Contact",
            "About OWINFS: Our World Is Not For Sale",
            "Notes to editors",
            "###",
            "# # #",
        ] {
            assert!(is_release_anchor(s), "{s}");
        }
        assert!(!is_release_anchor("Contact Us"));
        assert!(!is_release_anchor("About"));
        for s in [
            "COMMUNIQUÉ DE PRESSE",
            "Pressemitteilung",
            "À propos de l’association",
            "Contact presse : Marie Dupont",
            "Pressekontakt:",
            "Acerca de la empresa",
        ] {
            assert!(is_release_anchor(s), "{s}");
        }
        assert!(is_release_anchor("Friday, August 10, 2012"));
        assert!(!is_release_anchor("Updated August 23, 2016"));
        // A bare "Contact" is a menu item; "Contact:" opens a contact block.
        assert!(!is_release_anchor("Contact"));
    }

    #[test]
    fn contact_lines() {
        assert!(is_contact_line("jane@acme.com"));
        assert!(is_contact_line("+1 416 555 0100"));
        assert!(is_contact_line("marketing@gptgirlfriend.online"));
        assert!(!is_contact_line("12-992"));
        assert!(!is_contact_line("Jane Roe"));
    }

    proptest! {
        #[test]
        fn opening_quotes_as_contains(t in "[a \"“”«»\u{9c}\u{ab}\u{201d}\u{2c9c}\u{c2}]{0,20}") {
            prop_assert_eq!(holds_opening_quote(t.as_bytes()), t.contains(['“', '"', '«']));
        }
    }

    #[test]
    fn menu_items() {
        assert!(is_menu_like("• Budget & Performance"));
        assert!(is_menu_like("Locate a Prison, Inmate, or Sex Offender"));
        assert!(!is_menu_like("The court ruled today."));
        assert!(!is_menu_like("“We are here,” she said"));
    }
}
