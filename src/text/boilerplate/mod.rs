//! Boilerplate: page chrome that belongs to the web page, not the release;
//! and captions, which belong to the release but never yield quotes.
//!
//! Evidence is read per block, then weighed per run of short blocks:
//! - phrases (`phrases`): whole-block and opening phrase lexicons, kept as
//!   data in several languages ("Skip to main content", "Share this",
//!   "Donate", "Cookie settings", "Related content", social network names);
//! - shapes (`shapes`): breadcrumbs ("Home » Office » News"), tag-list
//!   headers ("Region / Country"), a lone bullet, a footer line opening with
//!   a bar;
//! - repetition: a short block that occurs three or more times on the page;
//! - runs and position: a run of short, unpunctuated blocks (a menu or link
//!   list) is chrome when enough of its blocks carry evidence; fewer are
//!   needed before the first body paragraph and after the last one, where
//!   headers and footers sit.
//!
//! The release's own furniture ("FOR IMMEDIATE RELEASE", contact blocks,
//! "###", "About …", "Notes to editors") is never flagged and ends a run, so
//! contact lines, lists of speakers, signatories or demands, chants and
//! addressee blocks, which carry no chrome evidence, stay in the release.
//!
//! ```
//! use pressparse::text::TextModel;
//! let m = TextModel::new("Skip to main content\n\n(New York) – The group said today that the law must change.\n\nShare this\n");
//! let flagged: Vec<_> = m.blocks.iter().filter(|b| b.boilerplate).map(|b| m.block_text(b)).collect();
//! assert_eq!(flagged, ["Skip to main content", "Share this"]);
//! ```

mod captions;
mod demands;
mod links;
mod phrases;
mod runs;
mod shapes;

use super::blocks::looks_like_body;
use super::{BlockKind, TextModel};
use crate::span::Span;

/// A heading of this many words or more in the header is taken for the
/// headline and never for a menu item.
const HEADLINE_WORDS: usize = 7;

/// A quoted stretch of this many words or more is a quotation.
const QUOTE_WORDS: usize = 5;

/// Flag boilerplate and caption blocks of the model.
pub(crate) fn mark(model: &mut TextModel<'_>) {
    let n = model.blocks.len();
    let texts: Vec<&str> = model.blocks.iter().map(|b| model.slice(b.span)).collect();
    let fulls: Vec<&str> =
        model.blocks.iter().map(|b| model.slice(b.marker.map_or(b.span, |m| Span::new(m.start, b.span.end)))).collect();

    // The release's own furniture is read only for the blocks where it
    // decides something (see `Anchors`): chrome evidence first, then the
    // anchor test (both are pure, so their order changes no answer).
    // Each block normalised once ([`phrases::normalise`] is pure): most
    // tests below read the normalised text, several of them per block.
    let norms: Vec<&str> = texts.iter().map(|s| phrases::normalise(s)).collect();
    // (And whether each is longer than a menu item: read by the shape and
    // the menu tests, each of which counted it.)
    let long: Vec<bool> = norms.iter().map(|t| shapes::longer_than_menu(t)).collect();
    let mut anchor = Anchors::new(&texts);
    let mut flags: Vec<bool> =
        (0..n).map(|i| is_chrome(texts[i], norms[i], long[i], fulls[i]) && !anchor.get(i)).collect();
    let repeated = runs::repeated_blocks(&texts, &norms);
    let evidence: Vec<bool> = (0..n).map(|i| flags[i] || repeated[i]).collect();
    // Contact lines (an e-mail address, a telephone number) are never menu
    // items and end a run, so a contact block stays out of a footer menu.
    let mut menu: Vec<bool> = (0..n)
        .map(|k| shapes::menu_like_of(norms[k], long[k]) && !anchor.get(k) && !shapes::is_contact_line(texts[k]))
        .collect();

    // Header and footer regions: before the first and after the last body paragraph.
    // Only the first and the last are needed: search from each end.
    let body = |k: usize| !flags[k] && model.blocks[k].kind != BlockKind::Heading && looks_like_body(texts[k]);
    // A page without any body paragraph has no header or footer to speak of.
    let first_body = (0..n).position(body).unwrap_or(0);
    let last_body = (0..n).rposition(body).map_or(n, |i| i + 1);
    // In the header, a long unflagged heading is the headline, not a menu
    // item: it ends the run ("Home ⏎ News ⏎ <headline> ⏎ Share ⏎ Twitter").
    for k in 0..first_body.min(n) {
        // (Words are counted last: the other tests are cheaper.)
        if !evidence[k]
            && model.blocks[k].kind == BlockKind::Heading
            && crate::text::scan::words_upto(texts[k], HEADLINE_WORDS) >= HEADLINE_WORDS
        {
            menu[k] = false;
        }
    }

    // A lone one-word label inside the release ("Regions" of "Regions
    // Refocus" in a list of signatories) is weak evidence: it stays unless a
    // neighbour is chrome too or a run makes it so. After the last body
    // paragraph only a bare capitalised word is weak ("Attachment(s):" and
    // link labels such as "pdf," stay chrome there).
    for k in first_body..n {
        if !flags[k] {
            continue;
        }
        let one_word = phrases::words_upto(norms[k], 1) == 1
            && phrases::phrase_is_chrome(norms[k])
            && !shapes::shape_is_chrome_of(texts[k], norms[k], long[k]);
        let bare_name = texts[k].trim().chars().all(char::is_alphabetic)
            && texts[k].trim().chars().next().is_some_and(char::is_uppercase);
        let neighbour = (k > 0 && evidence[k - 1]) || (k + 1 < n && evidence[k + 1]);
        if flags[k] && one_word && !neighbour && (k < last_body || bare_name) {
            flags[k] = false;
        }
    }

    let mut i = 0;
    while i < n {
        if !menu[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && menu[i] {
            i += 1;
        }
        runs::flag_run(start..i, &evidence, first_body, last_body, &mut flags);
    }

    runs::sweep_footer(&texts, &norms, |k| anchor.get(k), last_body, &mut flags);
    let headings: Vec<bool> = model.blocks.iter().map(|b| b.kind == BlockKind::Heading).collect();
    links::flag_trailing_links(&texts, &headings, first_body, last_body, &mut flags);

    // Link labels of a download list ("English: ⏎ pdf, ⏎ doc.") beside
    // another label or chrome block; the list may chain ("English, Spanish,
    // French."), so spread both ways.
    let label: Vec<bool> = (0..n).map(|k| phrases::link_label(norms[k]) && !anchor.get(k)).collect();
    for k in (0..n).chain((0..n).rev()) {
        let beside = |j: usize| flags[j] || label[j];
        if label[k] && !flags[k] && ((k > 0 && beside(k - 1)) || (k + 1 < n && beside(k + 1))) {
            flags[k] = true;
        }
    }

    // A chrome label ending in ":" ("Related Documents:", "Component(s):")
    // takes the short lines listed under it.
    for k in 0..n {
        if flags[k] && texts[k].trim_end().ends_with(':') {
            let mut j = k + 1;
            while j < n && !flags[j] && shapes::is_listed_under_label(texts[j]) && !anchor.get(j) {
                flags[j] = true;
                j += 1;
            }
        }
    }

    // A block that carries a quotation (a quoted stretch of several words,
    // not a quoted term such as "more on “intellectual property”") is the
    // release speaking, whatever its neighbours: never chrome.
    // (Only a flagged block can change: its quotes alone are counted.)
    for q in &model.quotes {
        if !q.single
            && flags.get(q.block).copied().unwrap_or(false)
            && crate::text::scan::words_upto(model.slice(q.inner), QUOTE_WORDS) >= QUOTE_WORDS
        {
            flags[q.block] = false;
        }
    }
    // Nor is a sentence that asks a party to act ("The groups call on
    // members to …"); only the few flagged blocks are searched.
    for k in 0..n {
        if flags[k] && demands::asks_to_act(texts[k]) {
            flags[k] = false;
        }
    }

    let mut caption: Vec<bool> = (0..n).map(|k| !flags[k] && captions::is_caption(texts[k])).collect();
    // A caption line just above the dateline ("Protesters outside the venue.
    // ⏎ (Geneva) – …"), before any body paragraph.
    let kept: Vec<usize> = (0..n).filter(|&k| !flags[k]).take(first_body + 1).collect();
    for pair in kept.windows(2) {
        let (above, below) = (pair[0], pair[1]);
        if below <= first_body
            && model.blocks[above].kind == BlockKind::Paragraph
            && captions::is_caption_above_dateline(texts[above])
            && crate::text::dateline::opens_with_dateline(texts[below])
        {
            caption[above] = true;
        }
    }
    for (k, b) in model.blocks.iter_mut().enumerate() {
        b.boilerplate = flags[k];
        b.caption = caption[k];
    }
}

/// Which blocks are the release's own furniture
/// ([`shapes::is_release_anchor`]), each read on first use and kept.
///
/// An anchor only ever vetoes: chrome evidence, a menu item, a link label,
/// a line listed under a chrome label, and (after the last body paragraph)
/// the footer sweep. Most blocks are none of these, so most are never read
/// (the test is pure: reading it later or not at all changes no answer).
struct Anchors<'t> {
    texts: &'t [&'t str],
    known: Vec<Option<bool>>,
}

impl<'t> Anchors<'t> {
    fn new(texts: &'t [&'t str]) -> Self {
        Anchors { texts, known: vec![None; texts.len()] }
    }

    /// True when block `k` is an anchor (`false` out of range).
    fn get(&mut self, k: usize) -> bool {
        let texts = self.texts;
        self.known.get_mut(k).is_some_and(|known| {
            *known.get_or_insert_with(|| texts.get(k).is_some_and(|s| shapes::is_release_anchor(s)))
        })
    }
}

/// Phrase or shape evidence on one block (its content `s`, normalised
/// `t`, longer than a menu item or not, or with its marker).
fn is_chrome(s: &str, t: &str, long: bool, full: &str) -> bool {
    phrases::phrase_is_chrome(t)
        || phrases::opens_with_chrome_phrase(t)
        || shapes::shape_is_chrome_of(s, t, long)
        // (The same slice when the block has no marker: compared as
        // pointers first, not byte by byte.)
        || (!std::ptr::eq(full, s) && full != s && shapes::is_chrome_shape(full))
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
        assert_eq!(
            flagged(t),
            [
                "Skip to main content",
                "Your tax deductible gift can help stop human rights violations.",
                "Region / Country"
            ]
        );
    }

    #[test]
    fn header_menu_but_not_release_furniture() {
        let t = "Skip to main content\nMain menu\n• Home\n• About\n• The Attorney General\n• Budget & Performance\n• History\n• Contact\nYou are here\nHome » Office of Public Affairs » News\nShare\nJustice News\nDepartment of Justice\nOffice of Public Affairs\nFOR IMMEDIATE RELEASE\nFriday, August 10, 2012\nNew York Federal Court Bars Womanfrom Preparing Tax Returns\n\nA federal court in Central Islip, N.Y., has permanently barred Diana D. Bertocci-Aliffi from preparing federal tax returns for others.";
        let f = flagged(t);
        assert_eq!(f.len(), 12, "{f:?}");
        assert_eq!(f.last().map(String::as_str), Some("Justice News"));
    }

    #[test]
    fn headline_between_menus_stays() {
        let t = "Home\nNews\nRights Groups Urge Kim to End Abuses in North Korea\nShare\nTwitter\nFacebook\n\n(New York) – The government should act now, the group said today in a long letter.";
        let f = flagged(t);
        assert_eq!(f, ["Home", "News", "Share", "Twitter", "Facebook"]);
    }

    #[test]
    fn footer_menu_after_release() {
        let t = "The court ruled today on the case of a tax preparer in New York, the department said.\n\nRelated Documents:\nComplaint for Permanent Injunction\nComponent(s):\nTax Division\nPress Release Number:\n12-992\nUpdated August 23, 2016\nReport a Crime\nGet a Job\nContact Us\nJUSTICE.GOV\n• Archive\n• Accessibility\n• CONTACT";
        let f = flagged(t);
        assert_eq!(f.len(), 14, "{f:?}");
    }

    #[test]
    fn contact_blocks_and_lists_stay() {
        let t = "The groups said today that the rules must change before the ministerial meeting.\n\nContacts:\nSangeeta\nShashikant, Third\nWorld Network\nMelanie\nFoley, Public\nCitizen\n\nSigned by:\nThird World Network\nWar on Want\nSocial Watch\nHealth Global Access Project\nPeoples Health Movement";
        assert!(flagged(t).is_empty(), "{:?}", flagged(t));
        let chant = "Geneva, Switzerland--Today, a group of civil society working together performed a chant.\n\nWe are here\nGlobal civil society\nFrom 23 countries\nFarmers and workers\nLet us In\nLet us In\nLet us In\nYou’re not on the list\nStanding united";
        assert!(flagged(chant).is_empty());
        let signers = "The groups said today that the rules must change before the ministerial meeting.\n\nSocial Watch\nRegions\nRefocus\nThird World Network\n\nThe letter was sent to all members of the organisation on Monday.";
        assert!(flagged(signers).is_empty());
        // The same list closing the page, after the last body paragraph.
        let closing = "The groups said today that the rules must change before the ministerial meeting.\n\nAsia\nPacific Forum on Women, Law and Development (APWLD), Thailand\n\nRegions\nRefocus\n\nCentre for Research";
        assert!(flagged(closing).is_empty(), "{:?}", flagged(closing));
    }

    #[test]
    fn quotations_are_never_chrome() {
        let t = "The court ruled today on the case of a tax preparer in New York, the department said.\n\nRelated Documents:\n\n“We will not stop until the law changes,” she said\n\nComplaint for Permanent Injunction";
        let f = flagged(t);
        assert!(!f.iter().any(|s| s.contains("We will not stop")), "{f:?}");
        assert!(f.iter().any(|s| s == "Complaint for Permanent Injunction"), "{f:?}");
    }

    #[test]
    fn demands_are_never_chrome() {
        let t = "The court ruled today on the case of a tax preparer in New York, the department said.\n\nRelated Documents:\n\nThe groups call on trade ministers to reject the deal\n\nComplaint for Permanent Injunction";
        let f = flagged(t);
        assert!(!f.iter().any(|s| s.contains("call on")), "{f:?}");
        assert!(f.iter().any(|s| s == "Complaint for Permanent Injunction"), "{f:?}");
    }

    #[test]
    fn contact_label_is_not_chrome() {
        let t = "The company announced its results today in a statement to investors.\n\nContact:\nEnias, Founder and CEO, GirlfriendGPT\nmarketing@gptgirlfriend.online";
        assert!(flagged(t).is_empty());
    }

    #[test]
    fn repeated_link_labels() {
        let t = "The statement was published today in three languages by the network.\n\nEnglish,\npdf,\nSpanish\nEnglish,\npdf,\nFrench\nEnglish,\npdf,";
        let f = flagged(t);
        assert!(f.len() >= 6, "{f:?}");
    }

    #[test]
    fn download_lists() {
        let t = "The statement was published today in three languages by the network.\n\nTwelve reasons to oppose rules on digital commerce in the WTO:\n\nEnglish:\n\npdf,\n\ndocx.\n\nFrench:\n\npdf,\n\ndocx.\n\n(May 12, 2017)\n\nThe groups said the talks must end before the ministerial conference.";
        let f = flagged(t);
        assert_eq!(f, ["English:", "pdf,", "docx.", "French:", "pdf,", "docx."]);
        // A lone language name in a list of signers stays.
        let t = "The groups said today that the rules must change before the ministerial meeting.\n\nThird World Network\n\nFrench\n\nWar on Want";
        assert!(flagged(t).is_empty(), "{:?}", flagged(t));
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

    #[test]
    fn caption_line_above_the_dateline() {
        let m = TextModel::new("Civil Society Protest at the WTO\n\nDelegates hold banners outside the venue on the opening day.\n\n(Geneva) – Civil society groups protested today against the exclusion of observers from the talks.");
        assert!(m.blocks[1].caption, "{:?}", m.blocks[1]);
        assert!(!m.blocks[2].caption);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["", "\u{feff}", "•\n•\n•", "|", "» » »", "ⓒ", "(\n)\n[", "\r\n\r\n", "é»", "Share\u{a0}this"]
        {
            let _ = flagged(t);
        }
    }
}
