//! The headline, exactly as in the input (entities such as "&amp;" are not
//! decoded), or `None` when no headline can be identified.
//!
//! In order:
//! 1. a markdown heading ("# Title") near the top, without its "#", and
//!    without a site name before or after a bar ("Site | Headline");
//! 2. otherwise the first block of the release that reads as a headline,
//!    after any "FOR IMMEDIATE RELEASE" (so not the agency masthead above
//!    it) and past the furniture above headlines (`furniture`: date lines,
//!    labels, bylines, contact blocks, a stand-alone dateline), with a
//!    trailing date cut off;
//! 3. `None` when the first such block is running text (a photo caption
//!    followed by "(New York) – …" has no headline).
//!
//! ```
//! use pressparse::text::TextModel;
//! let m = TextModel::new("Justice News\n\nDepartment of Justice\n\nFOR IMMEDIATE RELEASE\n\nFriday, August 10, 2012\n\nNew York Federal Court Bars Woman from Preparing Tax Returns\n\nA federal court has barred a woman from preparing returns, the department said.");
//! assert_eq!(pressparse::extract::title::find(&m).as_deref(), Some("New York Federal Court Bars Woman from Preparing Tax Returns"));
//! ```

mod furniture;

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};
use furniture::Furniture;

use crate::text::{Block, BlockKind, TextModel};

/// "for immediate release", ignoring ASCII case: the same blocks as
/// lower-casing each block and searching it (no other character lower-cases
/// into these letters and spaces), without a copy of every block.
static IMMEDIATE_RELEASE: LazyLock<Option<AhoCorasick>> =
    LazyLock::new(|| AhoCorasickBuilder::new().ascii_case_insensitive(true).build(["for immediate release"]).ok());

/// Whether `s` says "for immediate release" (any case).
/// (A block shorter than the phrase is answered without a search. A
/// byte-by-byte screen for the phrase's "mm" was tried and was slower than
/// the search's own prefilter on long blocks.)
fn says_immediate_release(s: &str) -> bool {
    if s.len() < "for immediate release".len() {
        return false;
    }
    match IMMEDIATE_RELEASE.as_ref() {
        Some(ac) => ac.is_match(s),
        None => s.to_lowercase().contains("for immediate release"),
    }
}

/// How many content blocks from the top are read at most.
const MAX_BLOCKS: usize = 20;
/// How far down a markdown heading may be.
const MARKDOWN_BLOCKS: usize = 8;
/// Most words of a headline.
const MAX_WORDS: usize = 60;
/// Most words of a site name before or after a bar.
const SITE_WORDS: usize = 3;
/// Fewer words than this after "FOR IMMEDIATE RELEASE" make an office
/// name, not a headline, when a longer headline stands above it.
const HEADLINE_WORDS: usize = 5;
/// Most words of a contact block's continuation line.
const CONTACT_LINE_WORDS: usize = 8;

/// The release's headline, when one can be identified.
pub fn find(model: &TextModel<'_>) -> Option<String> {
    let mut blocks: Vec<&Block> = Vec::with_capacity(MAX_BLOCKS);
    blocks.extend(model.content_blocks().map(|(_, b)| b).take(MAX_BLOCKS));
    if let Some(b) = blocks.iter().take(MARKDOWN_BLOCKS).find(|b| is_markdown_heading(model, b)) {
        return Some(without_site_name(model.block_text(b)).to_owned());
    }
    let release = blocks.iter().take(MAX_BLOCKS / 2).position(|b| says_immediate_release(model.block_text(b)));
    let Some(release) = release else {
        return first_headline(model, &blocks);
    };
    // The headline usually follows "FOR IMMEDIATE RELEASE" (and its date),
    // below the agency's masthead; on some sites it comes above it, and
    // what follows is a short office name ("Office of Public Affairs").
    let after = first_headline(model, blocks.get(release + 1..).unwrap_or(&[]));
    let short = |t: &String| t.split_whitespace().count() < HEADLINE_WORDS;
    if after.as_ref().is_none_or(short) {
        let before = first_headline(model, blocks.get(..release).unwrap_or(&[])).filter(|t| !short(t));
        if before.is_some() {
            return before;
        }
    }
    after
}

/// The first headline among `blocks`, past the furniture above headlines;
/// `None` when running text comes first.
fn first_headline(model: &TextModel<'_>, blocks: &[&Block]) -> Option<String> {
    let mut after_contact = false;
    for (k, b) in blocks.iter().enumerate() {
        let s = model.block_text(b);
        if b.caption {
            continue;
        }
        // "Our World Is Not for Sale (OWINFS) network" above the headline.
        if b.kind == BlockKind::Heading && furniture::is_issuer_line(s) {
            let next = blocks.get(k + 1).filter(|n| n.kind == BlockKind::Heading);
            if next.is_some_and(|n| reads_as_headline(n, model.block_text(n))) {
                continue;
            }
        }
        match furniture::classify(s) {
            Some(f) => {
                after_contact = f == Furniture::Contact;
                continue;
            }
            None if after_contact
                && s.split_whitespace().count() <= CONTACT_LINE_WORDS
                && b.kind == BlockKind::Heading =>
            {
                // "Our World Is Not for Sale (OWINFS) network" under "Contact: …".
                after_contact = false;
                continue;
            }
            None => {}
        }
        if crate::text::dateline::is_standalone(s) {
            continue;
        }
        if reads_as_headline(b, s) {
            return Some(furniture::without_trailing_date(without_site_name(s)).to_owned());
        }
        // Running text whose start is a headline run into a dateline.
        let run_in = crate::text::dateline::run_in_headline(s).and_then(|end| s.get(..end)).map(str::to_owned);
        if run_in.is_none() && k == 0 && !crate::text::dateline::opens_with_dateline(s) {
            // A page summary above the dated headline ("Hear from experts … ⏎
            // Global Solidarity Against Trump’s Tariff Attacks ⏎ 18 November 2025").
            if let (Some(h), Some(d)) = (blocks.get(1), blocks.get(2)) {
                let (hs, ds) = (model.block_text(h), model.block_text(d));
                if h.kind == BlockKind::Heading && reads_as_headline(h, hs) && furniture::is_date_line(ds) {
                    return Some(furniture::without_trailing_date(hs).to_owned());
                }
            }
        }
        return run_in;
    }
    None
}

/// A heading written as markdown ("# Title").
fn is_markdown_heading(model: &TextModel<'_>, b: &Block) -> bool {
    let Some(line) = model.lines.get(b.lines.start) else {
        return false;
    };
    let before = model.text.get(line.span.start..b.span.start).unwrap_or("");
    b.kind == BlockKind::Heading && before.trim_start().starts_with('#')
}

/// A block that can be a headline: a few words, not a list item, not ending
/// like running text.
/// (Words are counted up to one past [`MAX_WORDS`], which decides as a full
/// count would.)
fn reads_as_headline(b: &Block, s: &str) -> bool {
    let words = crate::text::dateline::words_upto(s, MAX_WORDS + 1);
    let t = s.trim_end().trim_end_matches(['"', '”', '’', '\'', ')']);
    b.kind != BlockKind::ListItem
        && (1..=MAX_WORDS).contains(&words)
        && s.chars().any(char::is_alphabetic)
        && (b.kind == BlockKind::Heading || !t.ends_with(['.', ',', ';', ':', '…']))
}

/// "Site | Headline" → "Headline"; "Headline | Site" → "Headline".
fn without_site_name(s: &str) -> &str {
    let words = |x: &str| x.split_whitespace().count();
    if let Some((site, rest)) = s.split_once(" | ") {
        if words(site) <= SITE_WORDS && words(rest) > words(site) && !rest.contains(" | ") {
            return rest.trim();
        }
    }
    if let Some((rest, site)) = s.rsplit_once(" | ") {
        if words(site) <= SITE_WORDS && words(rest) > words(site) && !rest.contains(" | ") {
            return rest.trim();
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn immediate_release_as_by_lower_case(s in "(\\PC|[mM ]|FOR IMMEDIATE RELEASE|for Immediate release|immediate|\u{212a}){0,8}") {
            proptest::prop_assert_eq!(says_immediate_release(&s), s.to_lowercase().contains("for immediate release"));
        }
    }

    #[test]
    fn immediate_release_in_any_case() {
        assert!(says_immediate_release("FOR IMMEDIATE RELEASE"));
        assert!(says_immediate_release("Contact: x — For Immediate Release: May 1"));
        assert!(!says_immediate_release("For immediate\nrelease"));
        assert!(!says_immediate_release("For release"));
    }

    fn title(text: &str) -> Option<String> {
        find(&TextModel::new(text))
    }

    #[test]
    fn issuer_line_above_the_headline() {
        let text = "Release: December 9, 2019\n\nOur World Is Not for Sale (OWINFS) network\n\nAs WTO Dispute Settlement System Collapses, Civil Society Calls Attention to Need for Fundamental Change\n\n(Geneva) Tomorrow, the WTO’s flagship dispute settlement mechanism will cease to be functional.";
        assert_eq!(
            title(text).as_deref(),
            Some("As WTO Dispute Settlement System Collapses, Civil Society Calls Attention to Need for Fundamental Change")
        );
    }

    #[test]
    fn page_summary_above_a_dated_headline() {
        let text = "Hear from experts and leaders in the global movement for trade justice. Join us in calling on governments to act.\n\nGlobal Solidarity Against Trump’s Tariff Attacks\n\n18 November 2025\n\nWHY:";
        assert_eq!(title(text).as_deref(), Some("Global Solidarity Against Trump’s Tariff Attacks"));
        // Without a date under it, the heading is a section heading of a release without headline.
        let text = "The group said today that the rules must change before the ministerial meeting.\n\nBackground\n\nThe talks began in 2001.";
        assert_eq!(title(text), None);
    }

    #[test]
    fn release_labels_in_other_languages() {
        for (label, headline, opening) in [
            (
                "Communiqué de presse",
                "Les syndicats exigent une hausse des salaires",
                "Paris, le 1er mai 2024 – Les syndicats ont appelé le gouvernement à agir.",
            ),
            (
                "COMMUNIQUÉ DE PRESSE\nPour diffusion immédiate",
                "Lancement d’un nouveau service de paiement",
                "MONTRÉAL, le 3 mars 2023 /CNW/ - La société a annoncé un nouveau service.",
            ),
            (
                "Pressemitteilung",
                "Gewerkschaften fordern höhere Löhne",
                "Berlin, 20. April 2018 – Die Gewerkschaften haben heute die Regierung aufgefordert.",
            ),
            (
                "Nota de prensa",
                "La empresa lanza un nuevo servicio",
                "Buenos Aires, 5 de marzo de 2023.- La empresa anunció hoy un nuevo servicio.",
            ),
            (
                "Comunicado de imprensa",
                "Empresa lança novo serviço",
                "Lisboa, 5 de março de 2023 – A empresa anunciou hoje um novo serviço.",
            ),
        ] {
            let text = format!("{label}\n\n{headline}\n\n{opening}\n");
            assert_eq!(title(&text).as_deref(), Some(headline), "{label}");
        }
        for label in ["Information presse", "Avis aux médias", "Medieninformation", "Comunicato stampa"] {
            let text = format!("{label}\n\nLa société lance un nouveau service\n\nParis, le 3 mars 2023 – La société a annoncé un service.\n");
            assert_eq!(title(&text).as_deref(), Some("La société lance un nouveau service"), "{label}");
        }
    }

    #[test]
    fn markdown_and_entities() {
        assert_eq!(
            title("# Radial Promotes Shauna Bowen to EVP, Chief Digital &amp; Transformation Officer\n\nKING OF PRUSSIA, Pa.–(BUSINESS WIRE)–Radial, Inc. announced it today.").as_deref(),
            Some("Radial Promotes Shauna Bowen to EVP, Chief Digital &amp; Transformation Officer")
        );
        assert_eq!(
            title("# citybiz | Vida Powers MeetingsTech’s Scalable AI Call Operations\n\nBody.").as_deref(),
            Some("Vida Powers MeetingsTech’s Scalable AI Call Operations")
        );
        // A bar inside a headline stays.
        assert_eq!(
            title("# Register Now: Free Hylaine Webinar | AI Readiness Starts with Your Data\n\nBody.").as_deref(),
            Some("Register Now: Free Hylaine Webinar | AI Readiness Starts with Your Data")
        );
    }

    #[test]
    fn after_for_immediate_release() {
        let t = "Justice News\n\nDepartment of Justice\n\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\n\nTuesday, May 6, 2014\n\nPatient Recruiter of Miami Home Health Company\nSentenced to 37 Months in Prison for Role in $20 Million Health Care Fraud Scheme\n\nA patient recruiter was sentenced today.";
        assert_eq!(
            title(t).as_deref(),
            Some("Patient Recruiter of Miami Home Health Company\nSentenced to 37 Months in Prison for Role in $20 Million Health Care Fraud Scheme")
        );
    }

    #[test]
    fn headline_above_for_immediate_release() {
        let t = "Press Release\n\nFormer State Official Sentenced for Bribery Scheme\n\nTuesday, May 7, 2024\n\nFor Immediate Release\n\nOffice of Public Affairs\n\nA former state official was sentenced today to five years in prison for taking bribes.";
        assert_eq!(title(t).as_deref(), Some("Former State Official Sentenced for Bribery Scheme"));
    }

    #[test]
    fn past_labels_and_contacts() {
        let t = "See also: PDF of the letter in English / Arabic translation\n\nRelease: November 19, 2021\n\nContact: Deborah James, djames@cepr.net\n\nOur World Is Not for Sale (OWINFS) network\n\nCivil Society Groups Expose Fake “Walker Process” on “Trade in Health”\n\nThe Walker process is designed to save the WTO’s tattered reputation.";
        assert_eq!(title(t).as_deref(), Some("Civil Society Groups Expose Fake “Walker Process” on “Trade in Health”"));
        let t = "Report by Public Services International (PSI), February 2020\n\nDigital trade rules and Big Tech: Surrendering public good to private power\n\nAs tech giants emerge as the undisputed winners of the Covid-19 crisis, they lobby.";
        assert_eq!(
            title(t).as_deref(),
            Some("Digital trade rules and Big Tech: Surrendering public good to private power")
        );
    }

    #[test]
    fn no_headline() {
        let t = "Skip to main content\n김정은 위원장. ⓒ 2018 조선중앙통신/로이터통신\n\n(New York) – The North Korean government should immediately undertake meaningful reforms, the groups said today.";
        assert_eq!(title(t), None);
        let t = "Tuesday, November 13, 2007\n\n   WASHINGTON - The report on the costs of military operations in Iraq and Afghanistan is hyperbole.";
        assert_eq!(title(t), None);
    }

    #[test]
    fn all_caps_and_trailing_dates() {
        assert_eq!(
            title("SEN. FRIST COMMENTS ON NINTH CIRCUIT COURT OF APPEALS NOMINATION\n  Mr. President, this afternoon we held the vote.").as_deref(),
            Some("SEN. FRIST COMMENTS ON NINTH CIRCUIT COURT OF APPEALS NOMINATION")
        );
        assert_eq!(
            title("Casey Meets with Energy Secretary to Discuss Transmission Corridor December 4, 2007  WASHINGTON, DC  U.S. Senator Bob Casey (D-PA) today met with U.S. Secretary of Energy, Samuel Bodman to discuss it.  During the meeting, Senator Casey reiterated his appeal to the Secretary.  More text follows here in this paragraph of the release.  And the end.").as_deref(),
            Some("Casey Meets with Energy Secretary to Discuss Transmission Corridor")
        );
    }

    #[test]
    fn site_name_before_a_bar() {
        let t = "Human Rights Watch | North Korea: Kim Should End Abuses\n\n(New York) – The government should act now, the groups said today in a letter.";
        assert_eq!(title(t).as_deref(), Some("North Korea: Kim Should End Abuses"));
    }

    #[test]
    fn run_in_headline() {
        let t = "Bayh Co-Sponsors Bill to Create National Emergency Family Locator System Washington-- U.S. Senator Evan Bayh today co-sponsored legislation introduced by Senator Barack Obama to create a national system.";
        assert_eq!(
            title(t).as_deref(),
            Some("Bayh Co-Sponsors Bill to Create National Emergency Family Locator System")
        );
        // A headline with a place and a dash in it is kept whole.
        let t = "Trade Ministers Meet in Geneva - Talks Stall\n\nThe ministers met today in Geneva and failed to agree on a text.";
        assert_eq!(title(t).as_deref(), Some("Trade Ministers Meet in Geneva - Talks Stall"));
    }

    proptest::proptest! {
        #[test]
        fn any_input_gives_text_of_the_input(text in "(\\PC|[\\n#|]){0,120}") {
            if let Some(t) = title(&text) {
                proptest::prop_assert!(text.contains(&t));
            }
        }
    }

    #[test]
    fn odd_input() {
        for t in ["", "#", "# ", "#\n\n#", " | ", "FOR IMMEDIATE RELEASE", "\u{feff}# é | ü"] {
            let _ = title(t);
        }
    }
}
